/* test-date.c — CkDate parsing and rendering. */
#include "citekit.h"

typedef struct {
  const char *text;
  int y, m, d, ey, em, ed;
  CkSeason season;
  const char *iso;
} DateCase;

static const DateCase cases[] = {
  { "1998",               1998, 0, 0, 0, 0, 0, CK_SEASON_NONE, "1998" },
  { "March-April 1998",   1998, 3, 0, 1998, 4, 0, CK_SEASON_NONE, "1998-03/1998-04" },
  { "January/February 2014", 2014, 1, 0, 2014, 2, 0, CK_SEASON_NONE, "2014-01/2014-02" },
  { "Summer 1962",        1962, 0, 0, 0, 0, 0, CK_SEASON_SUMMER, "1962-22" },
  { "22 April 2010",      2010, 4, 22, 0, 0, 0, CK_SEASON_NONE, "2010-04-22" },
  { "April 22, 2010",     2010, 4, 22, 0, 0, 0, CK_SEASON_NONE, "2010-04-22" },
  { "1998-03-04",         1998, 3, 4, 0, 0, 0, CK_SEASON_NONE, "1998-03-04" },
  { "1936-1937",          1936, 0, 0, 1937, 0, 0, CK_SEASON_NONE, "1936/1937" },
  { "1936-37",            1936, 0, 0, 1937, 0, 0, CK_SEASON_NONE, "1936/1937" },
  { "Sept. 1971",         1971, 9, 0, 0, 0, 0, CK_SEASON_NONE, "1971-09" },
  { "mars 1938",          1938, 3, 0, 0, 0, 0, CK_SEASON_NONE, "1938-03" },
};

static void
test_parse_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const DateCase *c = &cases[i];
      g_autoptr(CkDate) d = ck_date_parse (c->text);
      g_autofree char *iso = NULL;
      g_test_message ("date: %s", c->text);
      g_assert_nonnull (d);
      g_assert_cmpint (d->year, ==, c->y);
      g_assert_cmpint (d->month, ==, c->m);
      g_assert_cmpint (d->day, ==, c->d);
      g_assert_cmpint (d->end_year, ==, c->ey);
      g_assert_cmpint (d->end_month, ==, c->em);
      g_assert_cmpint (d->end_day, ==, c->ed);
      g_assert_cmpint (d->season, ==, c->season);
      iso = ck_date_to_iso (d);
      g_assert_cmpstr (iso, ==, c->iso);
    }
}

static void
test_no_date (void)
{
  g_autoptr(CkDate) nd = ck_date_parse ("n.d.");
  g_assert_nonnull (nd);
  g_assert_cmpint (nd->year, ==, 0);
  g_assert_cmpstr (nd->literal, ==, "n.d.");
  g_assert_false (ck_date_is_empty (nd));
  g_assert_null (ck_date_parse ("pp. 84-97"));
  g_assert_null (ck_date_parse ("no year here"));
  g_assert_null (ck_date_parse (""));
}

static void
test_display (void)
{
  g_autoptr(CkDate) a = ck_date_parse ("March-April 1998");
  g_autoptr(CkDate) b = ck_date_parse ("c. 1900");
  g_autofree char *sa = ck_date_to_display (a);
  g_autofree char *sb = ck_date_to_display (b);
  g_autoptr(CkDate) copy = ck_date_copy (a);
  g_assert_cmpstr (sa, ==, "March-April 1998");
  g_assert_true (b->circa);
  g_assert_cmpstr (sb, ==, "c. 1900");
  g_assert_true (ck_date_equal (a, copy));
  g_assert_false (ck_date_equal (a, b));
}

static void
test_months (void)
{
  g_assert_cmpint (ck_month_from_name ("February", 8), ==, 2);
  g_assert_cmpint (ck_month_from_name ("dec", 3), ==, 12);
  g_assert_cmpint (ck_month_from_name ("août", 5), ==, 8);
  g_assert_cmpint (ck_month_from_name ("Maybe", 5), ==, 0);
  g_assert_cmpstr (ck_month_name (3), ==, "March");
  g_assert_null (ck_month_name (13));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/date/parse", test_parse_table);
  g_test_add_func ("/model/date/no-date", test_no_date);
  g_test_add_func ("/model/date/display", test_display);
  g_test_add_func ("/model/date/months", test_months);
  return g_test_run ();
}
