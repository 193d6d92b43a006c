/* test-catalogue-notes.c — catalogue records in a numbered, indented
 * results list, and the works their notes name
 * (src/lib/extract/detect-catalogue.c, detect-catalogue-notes.c).
 * Invented records only. */
#include "extract-test-util.h"

static const char results[] =
  "Results 1-2 of 2 for: reed ann\n\n"
  "1.  Title:        Tide tables / Ann Reed.\n"
  "    Author:       Reed, Ann, 1961-\n"
  "    Publisher:    Leeds : Gannet Books, 2001.\n"
  "    Description:  312 p. ; 22 cm.\n"
  "    ISBN:         0000000000 (hbk.) : £12.99\n"
  "    Notes:        Shortlisted for the Harbour Prize 2002.\n"
  "                  Written in answer to B.K. Lund's The quiet coast.\n"
  "    Subjects:     Coasts -- Fiction.\n"
  "    Shelfmark:    F REE      Status: Available\n\n"
  "2.  Title:        The salt road : a novel / Ann Reed.\n"
  "    Author:       Reed, Ann, 1961-\n"
  "    Publisher:    Leeds : Gannet Books, 2006.\n"
  "    Description:  280 p. ; 22 cm.\n"
  "    Notes:        Sequel to: Tide tables.\n"
  "                  Also by the author: Harbour lights ; Grey water : stories of the fens.\n"
  "                  Translation of: Le chemin du sel.\n"
  "    Shelfmark:    F REE      Status: On loan\n";

static void
test_numbered_indented_records (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (results);
  CkRecord *a = xt_find (recs, "Tide tables");
  CkRecord *b = xt_find (recs, "The salt road");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Reed");
  g_assert_cmpstr (xt_given (a, CK_ROLE_AUTHOR, 0), ==, "Ann");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER), ==, "Gannet Books");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER_PLACE), ==, "Leeds");
  g_assert_cmpint (xt_year (a), ==, 2001);
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_SUBTITLE), ==, "a novel");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_ORIGINAL_TITLE), ==, "Le chemin du sel");
  g_assert_cmpint (xt_year (b), ==, 2006);
  /* no title keeps its label */
  for (guint i = 0; i < recs->len; i++)
    g_assert_false (g_str_has_prefix (ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE), "Title"));
}

static void
test_notes_name_works (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (results);
  CkRecord *lund = xt_find (recs, "The quiet coast");
  CkRecord *lights = xt_find (recs, "Harbour lights");
  CkRecord *grey = xt_find (recs, "Grey water");
  g_assert_nonnull (lund);
  g_assert_cmpstr (xt_family (lund, CK_ROLE_AUTHOR, 0), ==, "Lund");
  g_assert_nonnull (lights);
  g_assert_cmpstr (xt_family (lights, CK_ROLE_AUTHOR, 0), ==, "Reed");
  g_assert_nonnull (grey);
  g_assert_cmpstr (ck_record_get (grey, CK_FIELD_SUBTITLE), ==, "stories of the fens");
  g_assert_cmpstr (xt_family (grey, CK_ROLE_AUTHOR, 0), ==, "Reed");
  /* prizes and shelf marks are no works; the sequel's target is the
   * first record, not a second copy */
  g_assert_null (xt_find (recs, "Shortlisted for the Harbour Prize 2002"));
  g_assert_null (xt_find (recs, "Harbour Prize"));
  g_assert_cmpuint (recs->len, ==, 5);
}

/* an indented paragraph with one label is still no record */
static void
test_indented_prose_label (void)
{
  const char *text = "    Title: a word we use for the name of a book, as everyone knows.\n"
                     "    It is a plain thing and we need not dwell on it here at all.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  for (guint i = 0; i < recs->len; i++)
    for (guint k = 0; k < ck_record_get_n_provenance (g_ptr_array_index (recs, i)); k++)
      g_assert_cmpstr (ck_record_get_provenance (g_ptr_array_index (recs, i), k)->detector, !=, "catalogue-record");
}

/* "[1] Title:" numbering, and a bare "Date:" label */
static void
test_bracket_numbers_and_date (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Search results\n\n"
    "[1] Title:      The salt road : a novel / Ann Reed.\n"
    "    Author:     Reed, Ann, 1961-\n"
    "    Publisher:  Leeds : Gannet Books, 2006.\n"
    "    ISBN:       0000000000\n\n"
    "[2] Title:      Tide tables\n"
    "    Author:     Reed, Ann\n"
    "    Publisher:  Gannet Books\n"
    "    Date:       2001\n");
  CkRecord *a = xt_find (recs, "The salt road");
  CkRecord *b = xt_find (recs, "Tide tables");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER_PLACE), ==, "Leeds");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_ISBN), ==, "0000000000");
  g_assert_cmpint (xt_year (b), ==, 2001);
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Reed");
}

/* a brief entry "1. T / A." with labelled lines under it */
static void
test_brief_entry_with_labels (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "1. The salt road : a novel / Ann Reed.\n"
    "   Publisher: Leeds : Gannet Books, 2006.\n"
    "   ISBN: 0000000000\n\n"
    "2. Tide tables / Ann Reed.\n"
    "   Publisher: York : Kestrel Press, 2001.\n");
  CkRecord *a = xt_find (recs, "The salt road");
  CkRecord *b = xt_find (recs, "Tide tables");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER), ==, "Gannet Books");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER_PLACE), ==, "Leeds");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_ISBN), ==, "0000000000");
  g_assert_cmpint (xt_year (a), ==, 2006);
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Kestrel Press");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER_PLACE), ==, "York");
  g_assert_cmpint (xt_year (b), ==, 2001);
  g_assert_cmpuint (recs->len, ==, 2);
}

/* a results list of brief records with no labels */
static void
test_results_list (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Search results for reed\n\n"
    "1. The salt road : a novel\n   by Reed, Ann, 1961-\n   Leeds : Gannet Books, 2006\n   Book - 280 p.\n\n"
    "2. Tide tables\n   by Ann Reed and Bo Lind\n   York : Kestrel Press, 2001\n   eBook\n");
  CkRecord *a = xt_find (recs, "The salt road");
  CkRecord *b = xt_find (recs, "Tide tables");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_SUBTITLE), ==, "a novel");
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Reed");
  g_assert_cmpstr (xt_given (a, CK_ROLE_AUTHOR, 0), ==, "Ann");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_NUMBER_OF_PAGES), ==, "280");
  g_assert_cmpint (xt_year (a), ==, 2006);
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 1), ==, "Lind");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Kestrel Press");
  g_assert_cmpuint (recs->len, ==, 2);
}

/* short lines of verse or notes with a "by" line are no record without
 * an imprint */
static void
test_results_need_imprint (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The road goes down\nby the river and the sea\nand on to Leeds in the rain\n");
  g_assert_cmpuint (recs->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/catalogue-notes/numbered-indented", test_numbered_indented_records);
  g_test_add_func ("/extract/catalogue-notes/notes-name-works", test_notes_name_works);
  g_test_add_func ("/extract/catalogue-notes/indented-prose-label", test_indented_prose_label);
  g_test_add_func ("/extract/catalogue-notes/bracket-numbers-and-date", test_bracket_numbers_and_date);
  g_test_add_func ("/extract/catalogue-notes/brief-entry-with-labels", test_brief_entry_with_labels);
  g_test_add_func ("/extract/catalogue-notes/results-list", test_results_list);
  g_test_add_func ("/extract/catalogue-notes/results-need-imprint", test_results_need_imprint);
  return g_test_run ();
}
