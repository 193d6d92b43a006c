/* test-role-chain.c — role statements after a title or its imprint
 * (src/lib/extract/role-chain.c) and "This novel, first published as T".
 * Invented works only. */
#include "extract-test-util.h"

#define PROSE "The review begins here, as reviews do. It cites nothing yet, and says so at some length.\n\n"
#define TAIL " The rest of this paragraph is ordinary prose that goes on for a while, as prose does in a review.\n"

static void
test_title_by_roles_imprint (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The Salt Road: A Winter Journey by Anna Holm, translated by Piet Vries, with an introduction by "
    "Lena Marsh (Harbour Press, $14.95)\n\n"
    "Holm's book is long and slow, and the translation keeps its slowness, which is a virtue in a winter book like this.\n");
  CkRecord *r = xt_find (recs, "The Salt Road");
  g_assert_nonnull (r);
  g_assert_null (xt_find (recs, "Lena Marsh"));
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), ==, "Holm");
  g_assert_cmpstr (xt_family (r, CK_ROLE_TRANSLATOR, 0), ==, "Vries");
  g_assert_cmpstr (xt_family (r, CK_ROLE_INTRODUCER, 0), ==, "Marsh");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER), ==, "Harbour Press");
}

static void
test_translator_after_imprint (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    PROSE "Readers met the idea first in Jan Ostrow's The Quiet Harbour (London: Hill Press, 1971), "
    "translated by Mara Quist, and never forgot it." TAIL);
  CkRecord *r = xt_find (recs, "The Quiet Harbour");
  g_assert_nonnull (r);
  g_assert_cmpstr (xt_family (r, CK_ROLE_TRANSLATOR, 0), ==, "Quist");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER), ==, "Hill Press");
}

static void
test_bracket_translator (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    PROSE "Readers of Ostrow's The Long Shore: Notes on Tides [trans. Mara Quist] (London: Hill Press, 1988) "
    "will know the method." TAIL);
  CkRecord *r = xt_find (recs, "The Long Shore");
  g_assert_nonnull (r);
  g_assert_cmpstr (xt_family (r, CK_ROLE_TRANSLATOR, 0), ==, "Quist");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER), ==, "Hill Press");
  g_assert_cmpint (xt_year (r), ==, 1988);
}

static void
test_this_novel_published_as (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Winter Lamps by Anna Holm, translated by Piet Vries (Harbour Press, $14.95)\n\n"
    "Most readers know Holm as the author of The Glass Dog (1950), a book for children. This novel, first "
    "published in Germany as Die Lampen (1961), is something else entirely, and much darker in every way." TAIL);
  CkRecord *main = xt_find (recs, "Winter Lamps");
  CkRecord *other = xt_find (recs, "The Glass Dog");
  g_assert_nonnull (main);
  g_assert_nonnull (other);
  g_assert_cmpstr (ck_record_get (main, CK_FIELD_ORIGINAL_TITLE), ==, "Die Lampen");
  g_assert_null (ck_record_get (other, CK_FIELD_ORIGINAL_TITLE));
}

static void
test_longest_role_phrase (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    PROSE "We read it twice. Dock Letters, edited and introduced by Tomas Berle (Oxford: Hill Press, 1985) is "
    "the other collection." TAIL);
  CkRecord *r = xt_find (recs, "Dock Letters");
  g_assert_nonnull (r);
  g_assert_null (xt_find (recs, "Tomas Berle"));
  g_assert_cmpstr (xt_family (r, CK_ROLE_EDITOR, 0), ==, "Berle");
  g_assert_cmpint (xt_year (r), ==, 1985);
}

static void
test_edition_after_title (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    PROSE "Students still use Varga's Tides and Towns, 4th Edition 2006, as the textbook." TAIL);
  CkRecord *r = xt_find (recs, "Tides and Towns");
  g_assert_nonnull (r);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_EDITION), ==, "4th Edition");
  g_assert_cmpint (xt_year (r), ==, 2006);
}

static void
test_chicago_lone_surname (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    PROSE "Holm, \"Why Do Ports Fail?\" Harbour Review 83 (1974): 435-450, started it all." TAIL);
  CkRecord *r = xt_find (recs, "Why Do Ports Fail?");
  g_assert_nonnull (r);
  g_assert_cmpint (ck_record_get_type (r), ==, CK_TYPE_ARTICLE_JOURNAL);
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), ==, "Holm");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_CONTAINER_TITLE), ==, "Harbour Review");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_VOLUME), ==, "83");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PAGES), ==, "435-450");
}

/* Chicago articles inline: "Journal 12, no. 3 (Spring 1950): 77-90" */
static void
test_chicago_issue_month (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    PROSE "It continued in Piet Vries, \"Canal Money,\" Journal of Water History 12, no. 3 (July 1950): 77-90, "
    "which nobody answered." TAIL);
  CkRecord *r = xt_find (recs, "Canal Money");
  g_assert_nonnull (r);
  g_assert_cmpint (ck_record_get_type (r), ==, CK_TYPE_ARTICLE_JOURNAL);
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), ==, "Vries");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_CONTAINER_TITLE), ==, "Journal of Water History");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_VOLUME), ==, "12");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_ISSUE), ==, "3");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PAGES), ==, "77-90");
  g_assert_cmpint (xt_year (r), ==, 1950);
}

/* a by-line with a translator over an imprint line, between prose */
static void
test_byline_over_imprint_line (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    PROSE "Harbour by Anna Holm, translated by Piet Vries\nHill Press £16.99, pp415\n\n"
    "More prose follows here, as prose does, with lower-case words in it, for a long while yet, on and on.\n");
  CkRecord *r = xt_find (recs, "Harbour");
  g_assert_nonnull (r);
  g_assert_null (xt_find (recs, "Anna Holm"));
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), ==, "Holm");
  g_assert_cmpstr (xt_family (r, CK_ROLE_TRANSLATOR, 0), ==, "Vries");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER), ==, "Hill Press");
}

/* the short forms of notes: "in Book, ed. B (Place, Year)" — B edits the
 * book and is no title; "trans." and two statements in a row too */
static void
test_short_role_before_imprint (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    PROSE "Ida Roe, \"On Tides,\" in Sea Papers, ed. Lars Berg (Oslo, 1968), p. 26. "
    "See also Field Notes, trans. Mia Holt, ed. Jon Vik (London: Kelp Press, 1971)." TAIL);
  CkRecord *book = xt_find (recs, "Sea Papers"), *notes = xt_find (recs, "Field Notes");
  g_assert_nonnull (book);
  g_assert_nonnull (notes);
  g_assert_null (xt_find (recs, "Lars Berg"));
  g_assert_null (xt_find (recs, "Jon Vik"));
  g_assert_cmpstr (xt_family (book, CK_ROLE_EDITOR, 0), ==, "Berg");
  g_assert_cmpstr (ck_record_get (book, CK_FIELD_PUBLISHER_PLACE), ==, "Oslo");
  g_assert_cmpint (xt_year (book), ==, 1968);
  g_assert_cmpstr (xt_family (notes, CK_ROLE_TRANSLATOR, 0), ==, "Holt");
  g_assert_cmpstr (xt_family (notes, CK_ROLE_EDITOR, 0), ==, "Vik");
  g_assert_cmpstr (ck_record_get (notes, CK_FIELD_PUBLISHER), ==, "Kelp Press");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/role-chain/title-by-roles-imprint", test_title_by_roles_imprint);
  g_test_add_func ("/extract/role-chain/translator-after-imprint", test_translator_after_imprint);
  g_test_add_func ("/extract/role-chain/bracket-translator", test_bracket_translator);
  g_test_add_func ("/extract/role-chain/this-novel-published-as", test_this_novel_published_as);
  g_test_add_func ("/extract/role-chain/longest-role-phrase", test_longest_role_phrase);
  g_test_add_func ("/extract/role-chain/edition-after-title", test_edition_after_title);
  g_test_add_func ("/extract/role-chain/chicago-lone-surname", test_chicago_lone_surname);
  g_test_add_func ("/extract/role-chain/chicago-issue-month", test_chicago_issue_month);
  g_test_add_func ("/extract/role-chain/byline-over-imprint-line", test_byline_over_imprint_line);
  g_test_add_func ("/extract/role-chain/short-role-before-imprint", test_short_role_before_imprint);
  return g_test_run ();
}
