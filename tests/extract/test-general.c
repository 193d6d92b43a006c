/* test-general.c — conventions that make the extractor generalize beyond
 * the texts it was written against: bare "Title (Year)" lists, roles
 * before an imprint, quoted articles with their periodical, OCR repairs,
 * issue lines without a periodical name.  Every text is invented. */
#include "extract-test-util.h"

static gboolean
fired (CkRecord *rec, const char *detector)
{
  for (guint i = 0; i < ck_record_get_n_provenance (rec); i++)
    if (g_strcmp0 (ck_record_get_provenance (rec, i)->detector, detector) == 0)
      return TRUE;
  return FALSE;
}

static CkRecord *
find_self (GPtrArray *recs)
{
  for (guint i = 0; i < recs->len; i++)
    if (ck_record_get_type (g_ptr_array_index (recs, i)) == CK_TYPE_REVIEW_BOOK)
      return g_ptr_array_index (recs, i);
  return NULL;
}

/* "Vol. 9 No. 4 · 3 May 1987" names no periodical; the heading and the
 * byline on the two lines after it belong to the review itself. */
static void
test_issue_line_without_name (void)
{
  const char *text = "Vol. 9 No. 4 \xc2\xb7 3 May 1987\n\n"
                     "The Price of Salt\nMarta Quell\n\n"
                     "The Salt Roads by Piet Harlan\nMarrow, 312 pp, \xc2\xa3" "14.95, April 1987\n\n"
                     "Harlan has written a long and careful book about the salt trade of the northern coast, "
                     "and it is the better for the patience with which it treats its many sources.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *self = find_self (recs);
  g_assert_nonnull (self);
  g_assert_cmpstr (ck_record_get (self, CK_FIELD_VOLUME), ==, "9");
  g_assert_cmpstr (ck_record_get (self, CK_FIELD_ISSUE), ==, "4");
  g_assert_cmpstr (ck_record_get (self, CK_FIELD_TITLE), ==, "The Price of Salt");
  g_assert_cmpstr (xt_family (self, CK_ROLE_AUTHOR, 0), ==, "Quell");
  g_assert_cmpint (xt_year (self), ==, 1987);
  g_assert_true (fired (self, "venue-line"));
}

/* "From Journal, Vol.3 No.1, Spring 1971, pp.5-9." */
static void
test_venue_volume_and_number (void)
{
  const char *text = "Ada Brisk\n\nFrom Northern Socialist Quarterly, Vol.3 No.1, Spring 1971, pp.5-9.\n\n"
                     "A note on the coal trade, which was the subject of much writing in those years and "
                     "which deserves a fuller treatment than it has so far been given by anyone.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *self = find_self (recs);
  g_assert_nonnull (self);
  g_assert_cmpstr (ck_record_get (self, CK_FIELD_CONTAINER_TITLE), ==, "Northern Socialist Quarterly");
  g_assert_cmpstr (ck_record_get (self, CK_FIELD_VOLUME), ==, "3");
  g_assert_cmpstr (ck_record_get (self, CK_FIELD_ISSUE), ==, "1");
  g_assert_cmpstr (ck_record_get (self, CK_FIELD_PAGES), ==, "5-9");
}


/* Scanned text: "â€œ…â€" quotes and "â€™s" (UTF-8 read as cp1252), a
 * publisher hyphenated across lines, "l952" for 1952. */
static void
test_ocr_repairs (void)
{
  const char *text = "The argument will be familiar to readers of Nora Vell\xc3\xa2\xe2\x82\xac\xe2\x84\xa2" "s The Quiet Har-\n"
                     "bour (Leeds: Crom-\n   well Press, l952), and of her essay \xc3\xa2\xe2\x82\xac\xc5\x93" "On Mooring\n"
                     "Lines\xc3\xa2\xe2\x82\xac in the same volume.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The Quiet Harbour");
  const CkProvenance *prov;
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Vell");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Cromwell Press");
  g_assert_cmpint (xt_year (rec), ==, 1952);
  /* evidence and position point into the text as given */
  prov = ck_record_get_provenance (rec, 0);
  g_assert_true (g_str_has_prefix (text + prov->start, "Nora") || g_str_has_prefix (text + prov->start, "The Quiet"));
  g_assert_cmpuint (prov->line, ==, 1);
  g_assert_nonnull (xt_find (recs, "On Mooring Lines"));
}

/* A normalizer that finds nothing to repair leaves the text alone. */
static void
test_normalize_nothing (void)
{
  gsize n = 0;
  guint32 *map = NULL;
  const char *plain = "A well-\nKnown case, in 1937, \xe2\x80\x9c" "quoted\xe2\x80\x9d and fran\xc3\xa7" "aise.";
  g_assert_null (ck_normalize_text (plain, strlen (plain), &n, &map));
  g_assert_null (map);
}


/* Bare "Title (Year)": a list of them, a subtitle; events and people
 * with a year are not titles. */
static void
test_bare_title_year (void)
{
  const char *text = "Mara Colt wrote three novels, Salt Harbour (1961), Grey Fen (1964) and The Last Weir (1969), "
                     "before the trilogy that opened with Winter Roads: A Chronicle (1972). The town never forgot "
                     "the General Strike (1926), and Tom Pell (1903) was its hero.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "Salt Harbour"), *b = xt_find (recs, "Grey Fen"), *c = xt_find (recs, "The Last Weir");
  CkRecord *d = xt_find (recs, "Winter Roads");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_nonnull (d);
  g_assert_cmpint (xt_year (b), ==, 1964);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Colt");
  g_assert_cmpstr (ck_record_get (d, CK_FIELD_SUBTITLE), ==, "A Chronicle");
  g_assert_null (xt_find (recs, "General Strike"));
  g_assert_null (xt_find (recs, "Tom Pell"));
  g_assert_cmpuint (recs->len, ==, 4);
}


/* "Given Family, Title, trans. X, revised edition (imprint)", "Given
 * Family, ed., Title (imprint)" and a Chicago journal article. */
static void
test_comma_citations (void)
{
  const char *text = "Reading list\n\n"
                     "- Lena Marsh, ed., Rivers of the North: Essays (Oslo: Fjord Books, 1999).\n"
                     "- Otto Brenn, Letters from a Lighthouse, trans. Ada Kell, revised edition (London: Hale Press, 1987).\n"
                     "- Ivo Stark, \"Why Do Bells Ring?\" Campanology Review 12 (1977): 5-19.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "Rivers of the North"), *b = xt_find (recs, "Letters from a Lighthouse");
  CkRecord *c = xt_find (recs, "Why Do Bells Ring?");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_cmpstr (xt_family (a, CK_ROLE_EDITOR, 0), ==, "Marsh");
  g_assert_null (xt_family (a, CK_ROLE_AUTHOR, 0));
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Brenn");
  g_assert_cmpstr (xt_family (b, CK_ROLE_TRANSLATOR, 0), ==, "Kell");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_EDITION), ==, "revised edition");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Hale Press");
  g_assert_cmpint (ck_record_get_type (c), ==, CK_TYPE_ARTICLE_JOURNAL);
  g_assert_cmpstr (ck_record_get (c, CK_FIELD_VOLUME), ==, "12");
  g_assert_cmpstr (ck_record_get (c, CK_FIELD_PAGES), ==, "5-19");
  g_assert_cmpstr (xt_family (c, CK_ROLE_AUTHOR, 0), ==, "Stark");
  g_assert_cmpuint (recs->len, ==, 3);
}


/* "Name’s Title, translated by X (imprint)": the role fills the title
 * before it and the imprint is that title's, across a hard line wrap. */
static void
test_role_before_imprint (void)
{
  const char *text = "Few have read Anna Holm\xe2\x80\x99s The Weaver of Small\nHours, translated by B. Ruud "
                     "(Bergen: Kai Press, 1971), though it deserves it.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The Weaver of Small Hours");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Holm");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_TRANSLATOR, 0), ==, "Ruud");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Kai Press");
  g_assert_cmpint (xt_year (rec), ==, 1971);
  g_assert_cmpuint (recs->len, ==, 1);
}


/* "Title" in The Periodical (Month Day, Year): one article record; a
 * quotation with a parenthesis that holds no date is no article. */
static void
test_quoted_article_in (void)
{
  const char *text = "Ruth Vale wrote about the ferry strike. Her account first appeared as \"The Last Crossing\" in "
                     "The Northern Review of Letters (May 3, 1984). The mayor called it \"a fine thing\" (see above).\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The Last Crossing");
  g_assert_nonnull (rec);
  g_assert_cmpint (ck_record_get_type (rec), ==, CK_TYPE_ARTICLE_MAGAZINE);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, "The Northern Review of Letters");
  g_assert_cmpint (xt_year (rec), ==, 1984);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Vale");
  g_assert_cmpuint (recs->len, ==, 1);
}


/* A gloss that names no kind of periodical is no periodical. */
static void
test_gloss_without_periodical_word (void)
{
  const char *text = "They met in the Teatro Luce (Light Theatre) and at Caffe Nero Bianco (Black White Cafe).\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  g_assert_cmpuint (recs->len, ==, 0);
}


/* A quoted phrase followed by "speech" or "slogan" is no title. */
static void
test_quoted_speech (void)
{
  const char *text = "The senator never lived down his \"Iron Harvest\" speech of 1902, nor the \"Bread and Coal\" "
                     "slogan that followed it.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  g_assert_cmpuint (recs->len, ==, 0);
}


/* "Publisher, 240 pp, £18.00, March 2004": the month-and-year of a header
 * line gives the year. */
static void
test_header_month_year (void)
{
  const char *text = "Ropes and Knots by Vera Strand\nHawser, 240 pp, \xc2\xa3" "18.00, March 2004\n\n"
                     "Strand knows her knots, and this is a book for anyone who has ever tied one badly and wondered "
                     "why the rope gave way at the worst possible moment.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Ropes and Knots");
  g_assert_nonnull (rec);
  g_assert_cmpint (xt_year (rec), ==, 2004);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Hawser");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/general/venue/issue-line-without-name", test_issue_line_without_name);
  g_test_add_func ("/extract/general/venue/volume-and-number", test_venue_volume_and_number);
  g_test_add_func ("/extract/general/ocr/repairs", test_ocr_repairs);
  g_test_add_func ("/extract/general/ocr/nothing-to-repair", test_normalize_nothing);
  g_test_add_func ("/extract/general/bare-title-year", test_bare_title_year);
  g_test_add_func ("/extract/general/comma-citations", test_comma_citations);
  g_test_add_func ("/extract/general/role-before-imprint", test_role_before_imprint);
  g_test_add_func ("/extract/general/quoted-article-in", test_quoted_article_in);
  g_test_add_func ("/extract/general/gloss-without-periodical-word", test_gloss_without_periodical_word);
  g_test_add_func ("/extract/general/quoted-speech", test_quoted_speech);
  g_test_add_func ("/extract/general/header-month-year", test_header_month_year);
  return g_test_run ();
}
