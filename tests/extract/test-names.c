/* test-names.c — tests of src/lib/extract/names.c: particles and two-word
 * surnames in extracted names.  Invented people and works only. */
#include "extract-test-util.h"

static void
test_particle_joins_family (void)
{
  const char *text = "Anselm von Greifeld's The Salt Roads (Verso, 1988) and Mireille de Castaigne's "
                     "Le Jardin Perdu (Gallimard, 1971) were both reviewed here.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "The Salt Roads"), *b = xt_find (recs, "Le Jardin Perdu");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "von Greifeld");
  g_assert_cmpstr (xt_given (a, CK_ROLE_AUTHOR, 0), ==, "Anselm");
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "de Castaigne");
}

static void
test_capitalised_particle_in_given (void)
{
  const char *text = "Marguerite T. Le Vasseur's Lantern Country (Faber, 1999) is her best novel.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "Lantern Country");
  g_assert_nonnull (a);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Le Vasseur");
  g_assert_cmpstr (xt_given (a, CK_ROLE_AUTHOR, 0), ==, "Marguerite T.");
}

/* "Anselm Le Roy Quelland", "B. H. Marrow van Tide": a surname that
 * opens before its particle's word */
static void
test_particle_inside_surname (void)
{
  const char *text = "We owe much to Anselm Le Roy Quelland's Les Salines de Provence (Lyon, 1971) and "
                     "to B. H. Marrow van Tide's Salt Harbours (Leeds, 1959), still useful.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "Les Salines de Provence"), *b = xt_find (recs, "Salt Harbours");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Le Roy Quelland");
  g_assert_cmpstr (xt_given (a, CK_ROLE_AUTHOR, 0), ==, "Anselm");
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Marrow van Tide");
  g_assert_cmpstr (xt_given (b, CK_ROLE_AUTHOR, 0), ==, "B. H.");
}

static void
test_two_word_surname_used_alone (void)
{
  const char *text = "Edmund Harrow Vance's The Tidal Years (Cape, 1981) knows the northern ports. "
                     "Harrow Vance's reporting has the texture of a diary.\n\n"
                     "Olive Mary Fenn's Cold Orchards (Cape, 1990) is another matter; Mary Fenn writes of fruit, "
                     "and Fenn knows pears.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "The Tidal Years"), *b = xt_find (recs, "Cold Orchards");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Harrow Vance");
  g_assert_cmpstr (xt_given (a, CK_ROLE_AUTHOR, 0), ==, "Edmund");
  /* "Fenn" stands alone too: "Mary" is a middle forename */
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Fenn");
  g_assert_cmpstr (xt_given (b, CK_ROLE_AUTHOR, 0), ==, "Olive Mary");
}

/* "A and B's Title" with surnames only keeps both authors. */
static void
test_two_surnames_possessive (void)
{
  const char *text = "Critics admired Greaves and Ollander's The Quiet Harbour (1994) for its patience.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "The Quiet Harbour");
  g_assert_nonnull (a);
  g_assert_cmpuint (ck_record_count_role (a, CK_ROLE_AUTHOR), ==, 2);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Greaves");
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 1), ==, "Ollander");
}

/* Notes whose marker is "[4]" or "¹" keep every initial of the author. */
static void
test_note_markers_keep_initials (void)
{
  const char *text = "The review itself runs on for a while, as reviews do, with many words in it and more.\n\n"
                     "[4] E. P. Thorley, The Making of Brine (Gollancz, 1963).\n"
                     "\u00b9 A. B. Corrin, Coastlines Remembered (Oxford, 1950).\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "The Making of Brine"), *b = xt_find (recs, "Coastlines Remembered");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (xt_given (a, CK_ROLE_AUTHOR, 0), ==, "E. P.");
  g_assert_cmpstr (xt_given (b, CK_ROLE_AUTHOR, 0), ==, "A. B.");
}

/* words of institutions and periodicals are no part of a person's name:
 * "Harbour Business Review" does not become the author of what follows */
static void
test_institution_words_are_no_name (void)
{
  const char *text = "Ida Marsh has a gift for the provocative headline. In \"Salt Is Cheap,\" Harbour Business "
                     "Review, May 2003, she told the merchants that their trade was over; in The Great Tide (2008) "
                     "she made the case at book length.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "The Great Tide");
  g_assert_nonnull (a);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Marsh");
}

/* "Author in Title (imprint)": the names before "in" are the authors */
static void
test_authors_in_title (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "It is a book to set beside Raymond Vell in Norway 1808-1939 (Oxford, 1966) and beside Ida Holm and "
    "Kirby in Poverty and Public Salt (Gollancz, 1936), both long.\n");
  CkRecord *a = xt_find (recs, "Norway 1808-1939"), *b = xt_find (recs, "Poverty and Public Salt");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_null (xt_find (recs, "Raymond Vell in Norway 1808-1939"));
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Vell");
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Holm");
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 1), ==, "Kirby");
  g_assert_cmpint (xt_year (b), ==, 1936);
}

/* a catalogue repeats a name with a lower-case particle after the title
 * ("/ Amani wa Kiboko."); its pieces read as names of their own go */
static void
test_name_fragments_go (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Salt of the coast : essays on the sea / Amani wa Kiboko.\n\n"
    "Author:        Amani wa Kiboko, 1950-\n"
    "Title:         Salt of the coast : essays on the sea / Amani wa Kiboko.\n"
    "Published:     London : Hollin Press, 1990.\n"
    "Description:   xii, 114 p. ; 22 cm.\n"
    "Contents:      The tide -- The harbour wall.\n");
  CkRecord *a = xt_find (recs, "Salt of the coast"), *b = xt_find (recs, "The tide");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpuint (ck_record_count_role (a, CK_ROLE_AUTHOR), ==, 1);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Amani wa Kiboko");
  g_assert_cmpuint (ck_record_count_role (b, CK_ROLE_AUTHOR), ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/names/particle", test_particle_joins_family);
  g_test_add_func ("/extract/names/capitalised-particle", test_capitalised_particle_in_given);
  g_test_add_func ("/extract/names/two-word-surname", test_two_word_surname_used_alone);
  g_test_add_func ("/extract/names/particle-inside-surname", test_particle_inside_surname);
  g_test_add_func ("/extract/names/institution-words", test_institution_words_are_no_name);
  g_test_add_func ("/extract/names/authors-in-title", test_authors_in_title);
  g_test_add_func ("/extract/names/two-surnames-possessive", test_two_surnames_possessive);
  g_test_add_func ("/extract/names/note-markers", test_note_markers_keep_initials);
  g_test_add_func ("/extract/names/fragments-go", test_name_fragments_go);
  return g_test_run ();
}
