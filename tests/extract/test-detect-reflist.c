/* test-detect-reflist.c — reference entries of notes, reading lists and
 * syllabi (src/lib/extract/detect-reflist.c).  Invented works only. */
#include "extract-test-util.h"

static void
test_book_entry_keeps_inner_commas (void)
{
  const char *text = "Week 3 - Harbours\n"
                     "   Chapter 2 of Nora Vell, The Port in Time: Its Ships, Its Docks, and Its People "
                     "(Leeds: Pell, Crane & Hart, 1958).\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The Port in Time");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_SUBTITLE), ==, "Its Ships, Its Docks, and Its People");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Vell");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Pell, Crane & Hart");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER_PLACE), ==, "Leeds");
  g_assert_cmpint (xt_year (rec), ==, 1958);
  /* the week heading is no title */
  g_assert_cmpuint (recs->len, ==, 1);
}

static void
test_edition_and_translator (void)
{
  const char *text = "1. Otto Brenn, Notes on Light, 2nd edition (Dover, NH: Lamp Press, 2004).\n"
                     "- Ada Kroll, Essays on Rain, trans. Ian Moss, revised edition (York: Minster Press, 1990).\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "Notes on Light"), *b = xt_find (recs, "Essays on Rain");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_EDITION), ==, "2nd edition");
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Brenn");
  g_assert_cmpstr (xt_family (b, CK_ROLE_TRANSLATOR, 0), ==, "Moss");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_EDITION), ==, "revised edition");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Minster Press");
}

static void
test_editor_entry (void)
{
  const char *text = "2. Lena M. Ward, ed., Readings in Weather (Boston: Gale House, 1999).\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Readings in Weather");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_EDITOR, 0), ==, "Ward");
  g_assert_null (xt_family (rec, CK_ROLE_AUTHOR, 0));
}

static void
test_chicago_journal_article (void)
{
  const char *text = "Week 4   Tess Orme, \"Can a Stone Think?\" Review of Minds 71 (1969): 211-230.\n"
                     "Week 5   Paul Dent, \"Cities of Salt,\" Journal of Towns 12, no. 3 (May 1951): 5-19.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "Can a Stone Think?"), *b = xt_find (recs, "Cities of Salt");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (ck_record_get_type (a), ==, CK_TYPE_ARTICLE_JOURNAL);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_CONTAINER_TITLE), ==, "Review of Minds");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_VOLUME), ==, "71");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PAGES), ==, "211-230");
  g_assert_cmpint (xt_year (a), ==, 1969);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Orme");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_ISSUE), ==, "3");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_VOLUME), ==, "12");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_CONTAINER_TITLE), ==, "Journal of Towns");
}

/* Notes often give no volume, only the number, and pages after ", pp.";
 * a superscript note mark glued to the name is no part of it. */
static void
test_note_article_without_volume (void)
{
  const char *text = "Notes\n"
                     "\u00B3Rosa Kell, \"The Salt Clerks,\" Harbour Review, no. 41 (March-April 1969), pp. 3-23.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The Salt Clerks");
  g_assert_nonnull (rec);
  g_assert_cmpint (ck_record_get_type (rec), ==, CK_TYPE_ARTICLE_JOURNAL);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, "Harbour Review");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_ISSUE), ==, "41");
  g_assert_null (ck_record_get (rec, CK_FIELD_VOLUME));
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PAGES), ==, "3-23");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Kell");
  g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, "Rosa");
  g_assert_cmpint (xt_year (rec), ==, 1969);
}

/* "Journal, Vol. 6, No. 2 (Season Year)" in running text, and a question
 * that ends the title proper before its subtitle */
static void
test_article_vol_no_and_question_subtitle (void)
{
  const char *text = "The case is close to that of Rosa Kell, \"Who Keeps the Salt? The Clerks of the Harbour "
                     "Trade,\" Review of Port Economics, Vol. 6, No. 2 (Summer 1974), though nobody cites it.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Who Keeps the Salt?");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_SUBTITLE), ==, "The Clerks of the Harbour Trade");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, "Review of Port Economics");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_VOLUME), ==, "6");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_ISSUE), ==, "2");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Kell");
  g_assert_cmpint (xt_year (rec), ==, 1974);
}

/* a quote inside the article's title, closing with it */
static void
test_article_inner_quote (void)
{
  const char *text = "Notes\n\n7. Ada Kroll, \"Second Thoughts on 'The Salt Road,'\" Harbour Review, no. 88 "
                     "(May-June 1978), pp. 5-9.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Second Thoughts on 'The Salt Road'");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, "Harbour Review");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Kroll");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PAGES), ==, "5-9");
}

/* some journals set the year after the publisher or place with no comma:
 * "(Cambridge: Gannet Press 1979)", "(Chicago 1979)" */
static void
test_year_without_comma (void)
{
  const char *text = "Harbour Studies, 10 (Autumn 1982), 172-175\n\n"
                     "Anna Holm, Salt Roads in Norway: Studies in the History of Trade, Ships, and Tides "
                     "(Cambridge: Gannet Press 1979).\n\n"
                     "THE SALT TRADE has come back into fashion, from Ola Brekke's Harbour Consent (Chicago 1979) "
                     "to much else, and nobody minds.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "Salt Roads in Norway"), *b = xt_find (recs, "Harbour Consent");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER), ==, "Gannet Press");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER_PLACE), ==, "Cambridge");
  g_assert_cmpint (xt_year (a), ==, 1979);
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER_PLACE), ==, "Chicago");
  g_assert_cmpint (xt_year (b), ==, 1979);
}

static void
test_chapter_after_book (void)
{
  const char *text = "Read Ivo Lund, Glass Cities (London: Kestrel, 1977), ch. 6, \"The Last Tram\" for Monday.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *ch = xt_find (recs, "The Last Tram");
  g_assert_nonnull (xt_find (recs, "Glass Cities"));
  g_assert_nonnull (ch);
  g_assert_cmpint (ck_record_get_type (ch), ==, CK_TYPE_CHAPTER);
  g_assert_cmpstr (ck_record_get (ch, CK_FIELD_CONTAINER_TITLE), ==, "Glass Cities");
  g_assert_cmpstr (xt_family (ch, CK_ROLE_AUTHOR, 0), ==, "Lund");
}

static void
test_no_entry_without_imprint (void)
{
  /* a name, a comma and capitalised words are not yet a citation */
  const char *text = "Anna Brook, Head of Studies (since 2001), will teach it.\n"
                     "Tom Hale, Room 12 (East Wing), holds office hours.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  g_assert_cmpuint (recs->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/reflist/book-inner-commas", test_book_entry_keeps_inner_commas);
  g_test_add_func ("/extract/reflist/edition-translator", test_edition_and_translator);
  g_test_add_func ("/extract/reflist/editor", test_editor_entry);
  g_test_add_func ("/extract/reflist/chicago-article", test_chicago_journal_article);
  g_test_add_func ("/extract/reflist/note-article-no-volume", test_note_article_without_volume);
  g_test_add_func ("/extract/reflist/article-vol-no-question", test_article_vol_no_and_question_subtitle);
  g_test_add_func ("/extract/reflist/article-inner-quote", test_article_inner_quote);
  g_test_add_func ("/extract/reflist/year-without-comma", test_year_without_comma);
  g_test_add_func ("/extract/reflist/chapter", test_chapter_after_book);
  g_test_add_func ("/extract/reflist/distractors", test_no_entry_without_imprint);
  return g_test_run ();
}
