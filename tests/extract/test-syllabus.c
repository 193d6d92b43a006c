/* test-syllabus.c — reading lists: week headings are no titles
 * (ck_detect_syllabus_heading in detect-reflist.c), "Surname, Title
 * (imprint)" lines keep a lone surname, a list of words after an author
 * stays a title.  Invented works only. */
#include "extract-test-util.h"

static void
test_week_headings (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Course outline\n\n"
    "Week 3 - Harbour Cities\n"
    "Holm, The Salt Road (London: Hill Press, 1991).\n"
    "Session 4: Markets\n"
    "Piet Vries, Canal Cities (Chicago: Harbour Press, 2004)\n\n"
    "WEEK 5\n"
    "Ilse Varga, Markets, Fairs, and Tolls (Oxford: Hill Press, 1999)\n");
  CkRecord *a = xt_find (recs, "The Salt Road");
  CkRecord *b = xt_find (recs, "Canal Cities");
  CkRecord *c = xt_find (recs, "Markets, Fairs, and Tolls");
  for (guint i = 0; i < recs->len; i++)
    {
      const char *t = ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE);
      g_assert_false (g_str_has_prefix (t, "Week") || g_str_has_prefix (t, "WEEK") || g_str_has_prefix (t, "Session"));
    }
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Holm");
  g_assert_cmpstr (xt_family (c, CK_ROLE_AUTHOR, 0), ==, "Varga");
  g_assert_cmpint (xt_year (b), ==, 2004);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/syllabus/week-headings", test_week_headings);
  return g_test_run ();
}
