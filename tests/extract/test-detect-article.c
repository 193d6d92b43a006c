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

#define PROSE "The review begins here, as reviews do. It cites nothing yet, and says so at some length.\n\n"

static void
test_periodical_before_quote (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    PROSE "Ilse Varga expands her 2011 Harbour Monthly article \"The Last Ferry?\" into a book of some length, "
    "and the book is better for the room it has to breathe.\n");
  CkRecord *r = xt_find (recs, "The Last Ferry?");
  g_assert_nonnull (r);
  g_assert_cmpint (ck_record_get_type (r), ==, CK_TYPE_ARTICLE_MAGAZINE);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_CONTAINER_TITLE), ==, "Harbour Monthly");
  g_assert_cmpint (xt_year (r), ==, 2011);
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), ==, "Varga");
}

static void
test_essay_titled (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    PROSE "Late in life Tomas Berle wrote in the Evening Times, in an essay titled \"A Short Goodbye\", that he "
    "had no regrets at all, which few believed.\n");
  CkRecord *r = xt_find (recs, "A Short Goodbye");
  g_assert_nonnull (r);
  g_assert_cmpint (ck_record_get_type (r), ==, CK_TYPE_ARTICLE_NEWSPAPER);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_CONTAINER_TITLE), ==, "Evening Times");
}

static void
test_column_quote_is_speech (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    PROSE "Tomas Berle wrote in his Evening Times column, \"We are all doomed.\" Few readers agreed with him, "
    "and the paper printed their letters for a month.\n");
  g_assert_null (xt_find (recs, "We are all doomed"));
  g_assert_null (xt_find (recs, "We are all doomed."));
}

static void
test_poems_of_the_book (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Salt Hours\nby Mara Quist\n80pp, Hill Press, £10.99\n\n"
    "The best poems here look back. \"The Lantern at Low Tide\" remembers a harbour at night, and it does so "
    "with a patience the earlier books lacked. \"Ferry 1952\" recalls a crossing; the year is the point. "
    "Quist is still \"looking for the shore\", she says.\n");
  CkRecord *a = xt_find (recs, "The Lantern at Low Tide");
  CkRecord *b = xt_find (recs, "Ferry 1952");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (ck_record_get_type (a), ==, CK_TYPE_CHAPTER);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_CONTAINER_TITLE), ==, "Salt Hours");
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Quist");
  /* quoted words in lower case are speech, not titles */
  g_assert_null (xt_find (recs, "looking for the shore"));
}

static void
test_glossed_foreign_periodical (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    PROSE "For twenty years he edited the Cahiers savants de la Provence maritime (Learned Annals of "
    "Maritime Provence), a journal few outside the region read, and it shows in every chapter.\n");
  CkRecord *r = xt_find (recs, "Cahiers savants de la Provence maritime");
  g_assert_nonnull (r);
  g_assert_cmpint (ck_record_get_type (r), ==, CK_TYPE_PERIODICAL);
}

/* "Title," Periodical, Month Year — no parenthesis; the name must read as
 * a periodical's, so a speaker after a quotation is none */
static void
test_comma_source_without_parenthesis (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Ida Marsh has a gift for the headline. In \"Salt Is Cheap,\" Harbour Business Review, May 2003, "
    "she told the merchants their trade was over. \"We sail at dawn,\" Peter Grove wrote, 1971 or so, "
    "and nobody believed him.\n");
  CkRecord *a = xt_find (recs, "Salt Is Cheap");
  g_assert_nonnull (a);
  g_assert_cmpint (ck_record_get_type (a), ==, CK_TYPE_ARTICLE_MAGAZINE);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_CONTAINER_TITLE), ==, "Harbour Business Review");
  g_assert_cmpint (xt_year (a), ==, 2003);
  g_assert_null (xt_find (recs, "We sail at dawn"));
}

/* "Title," published in The Periodical in July 1945 */
static void
test_published_in_periodical (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "What is missing is history. Ada Kroll's \"As Tides Go,\" published in The Harbour Monthly in July 1945, "
    "imagined a machine for deeper thought.\n");
  CkRecord *a = xt_find (recs, "As Tides Go");
  g_assert_nonnull (a);
  g_assert_cmpint (ck_record_get_type (a), ==, CK_TYPE_ARTICLE_MAGAZINE);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_CONTAINER_TITLE), ==, "The Harbour Monthly");
  g_assert_cmpint (xt_year (a), ==, 1945);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Kroll");
}

/* "\"Title,\" first appeared in Periodical, 17 (Fall 1976), 485-509": the
 * volume and dated issue make it a periodical; an apostrophe inside
 * double quotes ("Workers' Control") closes nothing */
static void
test_appeared_in_volume_issue (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Vell's essays are gathered here. The best known, \"Workers' Control of Salt,\" first appeared in "
    "Harbour Annals, 17 (Fall 1976), 485-509, and has been much cited since.\n");
  CkRecord *a = xt_find (recs, "Workers' Control of Salt");
  g_assert_nonnull (a);
  g_assert_cmpint (ck_record_get_type (a), ==, CK_TYPE_ARTICLE_JOURNAL);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_CONTAINER_TITLE), ==, "Harbour Annals");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_VOLUME), ==, "17");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PAGES), ==, "485-509");
  g_assert_cmpint (xt_year (a), ==, 1976);
}

/* "Owner's A, B and C (Publisher, Year)": one title with commas */
static void
test_possessive_comma_title (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The facts are in Sir John Boyd Vell's Food, Salt and Income (Macmillan, 1936) and elsewhere.\n");
  CkRecord *a = xt_find (recs, "Food, Salt and Income");
  g_assert_nonnull (a);
  g_assert_null (xt_find (recs, "Salt and Income"));
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Vell");
  g_assert_cmpint (xt_year (a), ==, 1936);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/article/journal-volume-issue", test_journal_volume_issue);
  g_test_add_func ("/extract/article/journal-pages-semicolon", test_journal_pages_semicolon);
  g_test_add_func ("/extract/article/poem-in-collection", test_poem_in_collection);
  g_test_add_func ("/extract/article/magazine-month", test_magazine_month);
  g_test_add_func ("/extract/article/periodical-before-quote", test_periodical_before_quote);
  g_test_add_func ("/extract/article/essay-titled", test_essay_titled);
  g_test_add_func ("/extract/article/column-quote-is-speech", test_column_quote_is_speech);
  g_test_add_func ("/extract/article/poems-of-the-book", test_poems_of_the_book);
  g_test_add_func ("/extract/article/glossed-foreign-periodical", test_glossed_foreign_periodical);
  g_test_add_func ("/extract/article/comma-source-no-paren", test_comma_source_without_parenthesis);
  g_test_add_func ("/extract/article/published-in-periodical", test_published_in_periodical);
  g_test_add_func ("/extract/article/appeared-in-volume-issue", test_appeared_in_volume_issue);
  g_test_add_func ("/extract/article/possessive-comma-title", test_possessive_comma_title);
  return g_test_run ();
}
