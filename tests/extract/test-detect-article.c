/* test-detect-article.c — quoted short pieces next to their source
 * (src/lib/extract/detect-article.c).  Invented works only. */
#include "extract-test-util.h"

static void
test_journal_volume_issue (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Two geologists published a short paper: \"Rivers of Slate and Salt in the Northern Hills\" "
    "(Annals of Hill Geology 41, no. 3, 1999). It was much cited.\n");
  CkRecord *r = xt_find (recs, "Rivers of Slate and Salt in the Northern Hills");
  g_assert_nonnull (r);
  g_assert_cmpint (ck_record_get_type (r), ==, CK_TYPE_ARTICLE_JOURNAL);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_CONTAINER_TITLE), ==, "Annals of Hill Geology");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_VOLUME), ==, "41");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_ISSUE), ==, "3");
  g_assert_cmpint (xt_year (r), ==, 1999);
}

static void
test_journal_pages_semicolon (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Ilse Varga has studied ponds for years. The core of the book is her paper with Tomas Berle, "
    "\"The thermal budget of small ponds\" (Pond Letters 212, 101-109; 2004), which set the agenda.\n");
  CkRecord *r = xt_find (recs, "The thermal budget of small ponds");
  g_assert_nonnull (r);
  g_assert_cmpint (ck_record_get_type (r), ==, CK_TYPE_ARTICLE_JOURNAL);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_CONTAINER_TITLE), ==, "Pond Letters");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_VOLUME), ==, "212");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PAGES), ==, "101-109");
  g_assert_cmpint (xt_year (r), ==, 2004);
  /* the pronoun's person first, then the co-author */
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), ==, "Varga");
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 1), ==, "Berle");
}

static void
test_poem_in_collection (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The new poems revisit the marsh of \"The Heron at Dusk\", in Cold Fields (1981), with less hope.\n");
  CkRecord *poem = xt_find (recs, "The Heron at Dusk");
  CkRecord *book = xt_find (recs, "Cold Fields");
  g_assert_nonnull (poem);
  g_assert_nonnull (book);
  g_assert_cmpint (ck_record_get_type (poem), ==, CK_TYPE_CHAPTER);
  g_assert_cmpstr (ck_record_get (poem, CK_FIELD_CONTAINER_TITLE), ==, "Cold Fields");
  g_assert_cmpint (ck_record_get_type (book), ==, CK_TYPE_BOOK);
  g_assert_cmpint (xt_year (book), ==, 1981);
}

static void
test_magazine_month (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The argument goes back to Okafor in \"Is the Canal Dying?\" (Waterways Monthly, March 1971).\n");
  CkRecord *r = xt_find (recs, "Is the Canal Dying?");
  g_assert_nonnull (r);
  g_assert_cmpint (ck_record_get_type (r), ==, CK_TYPE_ARTICLE_MAGAZINE);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_CONTAINER_TITLE), ==, "Waterways Monthly");
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), ==, "Okafor");
  g_assert_cmpint (xt_year (r), ==, 1971);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/article/journal-volume-issue", test_journal_volume_issue);
  g_test_add_func ("/extract/article/journal-pages-semicolon", test_journal_pages_semicolon);
  g_test_add_func ("/extract/article/poem-in-collection", test_poem_in_collection);
  g_test_add_func ("/extract/article/magazine-month", test_magazine_month);
  return g_test_run ();
}
