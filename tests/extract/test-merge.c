/* test-merge.c — tests of src/lib/extract/merge.c: repeated mentions,
 * surnames and pronouns, the review of itself, distractors. */
#include "extract-test-util.h"

static void
test_repeated_mentions_merge (void)
{
  const char *text =
    "The Lantern Keeper\nBy Rosa Imre\nLeeds: Pell Books, 1961, 240 pp.\n\n"
    "In her book, \"The Lantern Keeper,\" Imre looks back on a long life spent on a rocky coast far from any town, "
    "and the story she tells is a quiet one.\n\n"
    "Later, \"The Lantern Keeper\" returns to the harbour, and so do the readers of this fine book.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The Lantern Keeper");
  g_assert_cmpuint (recs->len, ==, 1);
  g_assert_nonnull (rec);
  /* the fullest mention (the header) wins; all three are kept */
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Pell Books");
  g_assert_cmpuint (ck_record_get_n_provenance (rec), ==, 3);
  g_assert_cmpstr (ck_record_get_provenance (rec, 0)->detector, ==, "header-block");
  g_assert_cmpuint (ck_record_get_provenance (rec, 0)->line, ==, 1);
  g_assert_cmpuint (ck_record_get_provenance (rec, 2)->line, ==, 7);
  g_assert_nonnull (ck_record_get_key (rec));
  g_assert_cmpstr (ck_record_get_key (rec), ==, "imre1961lantern");
}

static void
test_surname_resolves (void)
{
  const char *text =
    "We first met Tomas Brenner in the archive, years before any of this was written down. Later on, in a "
    "quieter season, the work went well.\n\n"
    "Nothing in Brenner's Cold Harbour Songs (Oslo, 1970) prepares the reader for it.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Cold Harbour Songs");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Brenner");
  g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, "Tomas");
}

static void
test_surname_alone_stays_alone (void)
{
  const char *text = "The argument owes much to Halvorsen's Seven Winters, which nobody reads now.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Seven Winters");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Halvorsen");
  g_assert_null (xt_given (rec, CK_ROLE_AUTHOR, 0));
}

static void
test_pronoun_not_the_subject_of_a_study (void)
{
  /* "his" is the historian who wrote the study, not the man it is about */
  const char *text =
    "THE GREY MARSHAL by Ilya Dorn\n\n"
    "The first volume of a life of Rakov by the patient historian (see his Ports of Call and Paper Kings), "
    "taking the story to the end of the war, which is long enough for anyone to read in a week.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Ports of Call");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Dorn");
  g_assert_nonnull (xt_find (recs, "Paper Kings"));
  g_assert_cmpuint (recs->len, ==, 3);
}

static void
test_review_of_itself (void)
{
  const char *text =
    "A Harbour in Winter\n\n— Lise Omar\n\n"
    "Per Holm, The Quiet Sea. Translated by Ann Falk. Bergen: Nord Press, 1990. 300 pp. Cloth, $25.\n\n"
    "This is a long paragraph of ordinary prose about the book and its many virtues, which are real, "
    "though the translation is at times awkward and the notes are thin.\n\n"
    "MQR 12, Spring 1991\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *book = xt_find (recs, "The Quiet Sea"), *review = NULL;
  g_assert_nonnull (book);
  for (guint i = 0; i < recs->len; i++)
    if (ck_record_get_type (g_ptr_array_index (recs, i)) == CK_TYPE_REVIEW_BOOK)
      review = g_ptr_array_index (recs, i);
  g_assert_nonnull (review);
  g_assert_cmpstr (ck_record_get (review, CK_FIELD_TITLE), ==, "A Harbour in Winter");
  g_assert_cmpstr (xt_family (review, CK_ROLE_AUTHOR, 0), ==, "Omar");
  g_assert_cmpstr (ck_record_get (review, CK_FIELD_ISSUE), ==, "12");
  g_assert_cmpstr (ck_record_get (review, CK_FIELD_CONTAINER_TITLE), ==, "MQR");
  g_assert_cmpstr (ck_record_get (review, CK_FIELD_REVIEWED_TITLE), ==, "The Quiet Sea");
  g_assert_cmpstr (xt_family (review, CK_ROLE_REVIEWED_AUTHOR, 0), ==, "Holm");
  g_assert_true (ck_record_find_relation (review, CK_RELATION_REVIEWS) == book);
  g_assert_cmpstr (xt_family (book, CK_ROLE_TRANSLATOR, 0), ==, "Falk");
  g_assert_cmpuint (recs->len, ==, 2);
}

static void
test_essay_in_collection (void)
{
  const char *text =
    "Open Doors: Essays by Mira Voss\n\n"
    "The best pieces here are “The Long Table,” and the late, sad “Home Again,” which "
    "close the book on a note of quiet hope that no reader will soon forget, and that is enough.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *book = xt_find (recs, "Open Doors"), *essay = xt_find (recs, "The Long Table");
  g_assert_nonnull (book);
  g_assert_nonnull (essay);
  g_assert_cmpint (ck_record_get_type (essay), ==, CK_TYPE_CHAPTER);
  g_assert_cmpstr (ck_record_get (essay, CK_FIELD_CONTAINER_TITLE), ==, "Open Doors");
  g_assert_cmpstr (xt_family (essay, CK_ROLE_AUTHOR, 0), ==, "Voss");
  g_assert_true (ck_record_find_relation (book, CK_RELATION_CONSTITUENT) != NULL);
}

static void
test_distractors_yield_nothing (void)
{
  static const char * const texts[] = {
    "The Revolution of 1917 (1917) changed everything, and so did the war (1914-1918).\n",
    "Tom Reed (1887-1920) lived through hard years; see pp. 84f. and (pp.182ff.).\n",
    "It cost $6.00 then and £12 now, which is a lot.\n",
    "\"I will never go back,\" she said, \"not for all the money in the world.\"\n",
    "The chapters treat anarchists (Godwin, Stirner, Tucker) in turn, from the 1840s to the 1970s.\n",
    "He praised “Peace in Every Valley” as a slogan, and the “bright tomorrows” it promised.\n",
    "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n"
    "Permitted markup: <a> <em> <strong> <cite> <code> <ul> <ol> <li>\n"
    "By posting, you agree to our Terms of Use and Cookie Notice.\n",
    "THE COLD YEARS\n\nSunday, March 3, 2002\n\nShort Notices\n",
    "They lived through Stalin's Great Terror, Khrushchev's Secret Speech (1956) and Lenin's New Economic "
    "Policy (NEP), and read about Tito's Partisan Army.\n",
  };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) recs = xt_extract (texts[i]);
      if (recs->len)
        g_error ("distractor %u gave %u records, first \"%s\"", i, recs->len,
                 ck_record_get (g_ptr_array_index (recs, 0), CK_FIELD_TITLE));
    }
}

static void
test_html_entities_decoded (void)
{
  const char *text = "Emil Sarno's Winter in Kiel (London: Gale &amp; Sons, 1962) is out of print.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Winter in Kiel");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Gale & Sons");
}

/* a name inside a quoted title is not what "his" refers to */
static void
test_antecedent_not_inside_quotes (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Ida Marsh wrote the first book on the tides. Peter Grove answered it within weeks in "
    "\"Why Salt Is Good: A Reply to Ida Marsh\" (Harbour Weekly, July 17, 2008), and his new "
    "Tidal Surplus (Gannet Press, 2010) is, in effect, the counter-book.\n");
  CkRecord *a = xt_find (recs, "Tidal Surplus");
  g_assert_nonnull (a);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Grove");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/merge/repeated", test_repeated_mentions_merge);
  g_test_add_func ("/extract/merge/surname", test_surname_resolves);
  g_test_add_func ("/extract/merge/surname-alone", test_surname_alone_stays_alone);
  g_test_add_func ("/extract/merge/pronoun", test_pronoun_not_the_subject_of_a_study);
  g_test_add_func ("/extract/merge/review-itself", test_review_of_itself);
  g_test_add_func ("/extract/merge/essay-in-collection", test_essay_in_collection);
  g_test_add_func ("/extract/merge/distractors", test_distractors_yield_nothing);
  g_test_add_func ("/extract/merge/html-entities", test_html_entities_decoded);
  g_test_add_func ("/extract/merge/antecedent-not-inside-quotes", test_antecedent_not_inside_quotes);
  return g_test_run ();
}
