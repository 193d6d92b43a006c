/* test-detect-isbd.c — one work a line in ISBD slash form
 * (src/lib/extract/detect-isbd.c).  Invented works only. */
#include "extract-test-util.h"

static const char list[] =
  "Other editions\n\n"
  "The tide tables : a life at sea / Ann Reed ; translated by Bo Lind. -- 2nd ed. -- Leeds : Gannet Books, 1984. -- 320 p.\n"
  "- Harbour songs / edited by Cy Moss. York : Kestrel Press, 1990.\n"
  "The long shore / Peter Grove (1980)\n";

static void
test_full_entry (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (list);
  CkRecord *rec = xt_find (recs, "The tide tables");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_SUBTITLE), ==, "a life at sea");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Reed");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_TRANSLATOR, 0), ==, "Lind");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Gannet Books");
  g_assert_cmpint (xt_year (rec), ==, 1984);
}

static void
test_editor_and_paren_year (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (list);
  CkRecord *a = xt_find (recs, "Harbour songs");
  CkRecord *b = xt_find (recs, "The long shore");
  g_assert_nonnull (a);
  g_assert_cmpstr (xt_family (a, CK_ROLE_EDITOR, 0), ==, "Moss");
  g_assert_cmpint (xt_year (a), ==, 1990);
  g_assert_nonnull (b);
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Grove");
  g_assert_cmpint (xt_year (b), ==, 1980);
}

/* a slash in prose is no entry */
static void
test_prose_slash (void)
{
  const char *text = "Readers and / or writers will find the war of 1914/18 told here at length.\n"
                     "Lakes / rivers were what the old maps showed, and little else.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  for (guint i = 0; i < recs->len; i++)
    for (guint k = 0; k < ck_record_get_n_provenance (g_ptr_array_index (recs, i)); k++)
      g_assert_cmpstr (ck_record_get_provenance (g_ptr_array_index (recs, i), k)->detector, !=, "isbd-line");
}

/* entries wrap onto indented lines; a work in volumes gives its first
 * year; the next entry (its own slash) is not swallowed */
static void
test_wrapped_entries (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "More by this author:\n\n"
    "  Salt and iron, 1400-1800 / Ann Reed ; translated by\n"
    "  Bo Lind. Leeds : Gannet Books, 1981-1984. 3 v.\n"
    "  Harbour songs / Ann Reed ; translation from the Danish revised by\n"
    "  Cy Moss. York : Kestrel Press, 1990. Translation of: Havets sange.\n");
  CkRecord *a = xt_find (recs, "Salt and iron, 1400-1800"), *b = xt_find (recs, "Harbour songs");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (xt_family (a, CK_ROLE_TRANSLATOR, 0), ==, "Lind");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER), ==, "Gannet Books");
  g_assert_cmpint (xt_year (a), ==, 1981);
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Reed");
  g_assert_cmpstr (xt_family (b, CK_ROLE_TRANSLATOR, 0), ==, "Moss");
  g_assert_cmpint (xt_year (b), ==, 1990);
  /* the note after the imprint is no second place or publisher */
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER_PLACE), ==, "York");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Kestrel Press");
}

/* A record whose title the cataloguer's line wrapped before the slash,
 * under a heading line; a lead line ending in a colon is no title. */
static void
test_title_wrapped_above (void)
{
  static const char card[] =
    "Reed, Ann, 1901-1980.\n"
    "The salt meadows : grazing and enclosure on the northern\n"
    "coast, 1600-1800 / Ann Reed.\n"
    "\n"
    "Published: Leeds : Gannet Books, [1975]\n"
    "Series: [none]\n"
    "\n"
    "Readers who borrowed this also borrowed:\n"
    "  The long shore / Peter Grove (1980)\n";
  g_autoptr(GPtrArray) recs = xt_extract (card);
  CkRecord *a = xt_find (recs, "The salt meadows");
  CkRecord *b = xt_find (recs, "The long shore");
  g_assert_nonnull (a);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_SUBTITLE), ==, "grazing and enclosure on the northern coast, 1600-1800");
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Reed");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER), ==, "Gannet Books");
  g_assert_null (ck_record_get (a, CK_FIELD_COLLECTION_TITLE));
  g_assert_nonnull (b);
  g_assert_cmpint (xt_year (b), ==, 1980);
  for (guint i = 0; i < recs->len; i++)
    g_assert_null (strstr (ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE), "borrowed"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/isbd/full-entry", test_full_entry);
  g_test_add_func ("/extract/isbd/editor-and-paren-year", test_editor_and_paren_year);
  g_test_add_func ("/extract/isbd/prose-slash", test_prose_slash);
  g_test_add_func ("/extract/isbd/wrapped-entries", test_wrapped_entries);
  g_test_add_func ("/extract/isbd/title-wrapped-above", test_title_wrapped_above);
  return g_test_run ();
}
