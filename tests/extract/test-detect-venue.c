/* test-detect-venue.c — the review's own venue line in the forms of
 * src/lib/extract/detect-venue.c.  Invented periodicals only. */
#include "extract-test-util.h"

static CkRecord *
self_record (GPtrArray *recs)
{
  for (guint i = 0; i < recs->len; i++)
    if (ck_record_get_type (g_ptr_array_index (recs, i)) == CK_TYPE_REVIEW_BOOK)
      return g_ptr_array_index (recs, i);
  return NULL;
}

typedef struct {
  const char *path, *text, *container, *volume, *issue, *pages;
  int year, month, day;
} Case;

static const Case cases[] = {
  { "/extract/venue/source-roman-volume", "Source: Hill Review, Vol. IV No. 2, May 1936, pp. 40–44.\n",
    "Hill Review", "IV", "2", "40–44", 1936, 5, 0 },
  { "/extract/venue/reviewed-in", "Reviewed in LANTERN MONTHLY, March 2011, Vol. 12 No. 9\n",
    "LANTERN MONTHLY", "12", "9", NULL, 2011, 3, 0 },
  { "/extract/venue/published-on", "Published on Net-Forum (June, 1999)\n",
    "Net-Forum", NULL, NULL, NULL, 1999, 6, 0 },
  { "/extract/venue/vol-no-paren", "Quarterly of Rivers, Vol. 8, No. 3 (Winter 2012)\n",
    "Quarterly of Rivers", "8", "3", NULL, 2012, 0, 0 },
  { "/extract/venue/volume-pages-date", "Field Letters 402, 71-73 (9 May 2013)\n",
    "Field Letters", "402", NULL, "71-73", 2013, 5, 9 },
  { "/extract/venue/dateline", "The Morning Bell, Tuesday 4 March 1997\n",
    "The Morning Bell", NULL, NULL, NULL, 1997, 3, 4 },
  { "/extract/venue/archive-footer", "THE WEEKLY LAMP, 2 AUGUST 1941, Page 88\n",
    "THE WEEKLY LAMP", NULL, NULL, "88", 1941, 8, 2 },
  { "/extract/venue/page-foot", "Some closing words of the review, ending here.\n\n"
    "214                 THE GARDEN QUARTERLY             [April\n",
    "THE GARDEN QUARTERLY", NULL, NULL, "214", 0, 0, 0 },
  { "/extract/venue/name-then-vol", "Lantern Review of Books Vol. 31 No. 7 · 9 April 2009\n",
    "Lantern Review of Books", "31", "7", NULL, 2009, 4, 9 },
  { "/extract/venue/volume-year-pages", "Quarterly of Rivers 12 (1998): 45-67\n",
    "Quarterly of Rivers", "12", NULL, "45-67", 1998, 0, 0 },
  { "/extract/venue/month-day-dateline", "The Morning Bell | Saturday, March 4, 2006\n",
    "The Morning Bell", NULL, NULL, NULL, 2006, 3, 4 },
  { "/extract/venue/issue-date-no-brackets",
    "Harbour Studies Quarterly, Volume 12, Issue 3, Autumn 1990, Pages 210-214\n\nThe Salt Road\n",
    "Harbour Studies Quarterly", "12", "3", "210-214", 1990, 0, 0 },
  { "/extract/venue/issue-line-at-foot",
    "A HARBOUR AND ITS ENEMIES\n\nTHE SALT ROAD: ESSAYS ON HARBOURS. By Tom Vell. Gannet. $3.50.\n\n"
    "Nearly every essay in the book has appeared before, most of them in these pages, and readers of this "
    "magazine will know the argument well. It is stated again with care, and the book reads well as a whole.\n\n"
    "ANN REED\n\nHARBOUR REVIEW, Vol. XVII, No. 6, July-August 1950\n",
    "HARBOUR REVIEW", "XVII", "6", NULL, 1950, 7, 0 },
  { "/extract/venue/this-review-appeared", "This review appeared in Hill Review, Vol. 9, No. 2 (1987)\n",
    "Hill Review", "9", "2", NULL, 1987, 0, 0 },
};

static void
run_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GPtrArray) recs = xt_extract (c->text);
  CkRecord *rec = self_record (recs);
  const CkDate *d;
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, c->container);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_VOLUME), ==, c->volume);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_ISSUE), ==, c->issue);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PAGES), ==, c->pages);
  d = ck_record_get_date (rec, CK_DATE_ISSUED);
  if (c->year)
    {
      g_assert_nonnull (d);
      g_assert_cmpint (d->year, ==, c->year);
      g_assert_cmpint (d->month, ==, c->month);
      g_assert_cmpint (d->day, ==, c->day);
    }
}

static void
test_not_venues (void)
{
  /* a place dateline, a sentence, a heading with a year: no venue */
  const char *text = "London, 4 March 1997\n\nNotes From Abroad, 1997\n\nSource: my own notes\n\n"
                     "Published 2 May 2011\n\nWeek 3 (1998)\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  g_assert_null (self_record (recs));
}

/* the reviewer signs at the end of the prose: " -- Name, College", or in
 * capitals under a page foot */
static void
test_signatures (void)
{
  const char *dash = "Quell, Mara. The salt ledger. Tidewater, 2003. 310p bibl index ISBN 9780000000004, $42.00\n\n"
                     "A careful history of the salt trade that will serve students and general readers alike, "
                     "with good maps and a long bibliography of the older sources.\n"
                     "Summing Up: Recommended. All readers. -- A. B. Cole, Tarn College\n\n"
                     "Reviewed in LANTERN MONTHLY, March 2011, Vol. 12 No. 9\n";
  const char *caps = "THE LONG MARSH. By T. R. Velde. Boston: Heron Press, 1961. x + 220 pp. $5.00.\n\n"
                     "   The author, whose earlier book was widely read, returns here to the coast and its people, "
                     "and writes of them with the same care as before, though at greater length and with rather more "
                     "patience for the old quarrels of the harbour than most readers will share.\n\n"
                     "214                 THE GARDEN QUARTERLY             [April\n\n"
                     "                         OTTO J. BRAND\n";
  g_autoptr(GPtrArray) r1 = xt_extract (dash);
  g_autoptr(GPtrArray) r2 = xt_extract (caps);
  CkRecord *s1 = self_record (r1), *s2 = self_record (r2);
  g_assert_nonnull (s1);
  g_assert_nonnull (s2);
  g_assert_cmpstr (xt_family (s1, CK_ROLE_AUTHOR, 0), ==, "Cole");
  g_assert_cmpstr (xt_given (s1, CK_ROLE_AUTHOR, 0), ==, "A. B.");
  g_assert_null (xt_family (s1, CK_ROLE_AUTHOR, 1));
  g_assert_cmpstr (xt_family (s2, CK_ROLE_AUTHOR, 0), ==, "Brand");
  g_assert_cmpstr (xt_given (s2, CK_ROLE_AUTHOR, 0), ==, "Otto J.");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], run_case);
  g_test_add_func ("/extract/venue/not-venues", test_not_venues);
  g_test_add_func ("/extract/venue/signatures", test_signatures);
  return g_test_run ();
}
