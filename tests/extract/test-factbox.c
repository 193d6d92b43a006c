/* test-factbox.c — a web page's fact box of labels over values
 * (detect-factbox.c), and "Readers of T (1990)" (spans.c). */
#include "extract-test-util.h"

static void
test_fact_box (void)
{
  const char *text =
    "Open this photo in gallery:\n\n"
    "Title\nGrey Harbour\nAuthor\nTom Vell\nGenre\nFiction\nPublisher\nLantern Books\nPages\n303\nPrice\n$34.95\n\n"
    "The harbour is empty now, and the book is about why, told slowly and with care by a narrator who "
    "cannot see what the reader sees.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Grey Harbour");
  g_assert_cmpuint (recs->len, ==, 1);
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Vell");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Lantern Books");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_NUMBER_OF_PAGES), ==, "303");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PRICE), ==, "$34.95");
}

/* two labels are not a box: "Title" / "Author" alone may be headings */
static void
test_fact_box_too_small (void)
{
  const char *text = "Title\nGrey Harbour\nAuthor\nTom Vell\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  for (guint i = 0; i < recs->len; i++)
    {
      CkRecord *rec = g_ptr_array_index (recs, i);
      for (guint k = 0; k < ck_record_get_n_provenance (rec); k++)
        g_assert_cmpstr (ck_record_get_provenance (rec, k)->detector, !=, "fact-box");
    }
}

static void
test_readers_of (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("Tom Vell writes well. Readers of Salt Meadow (1990) will know the voice.\n");
  CkRecord *rec = xt_find (recs, "Salt Meadow");
  g_assert_cmpuint (recs->len, ==, 1);
  g_assert_nonnull (rec);
  g_assert_cmpint (xt_year (rec), ==, 1990);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/factbox/labels-over-values", test_fact_box);
  g_test_add_func ("/extract/factbox/too-small", test_fact_box_too_small);
  g_test_add_func ("/extract/factbox/readers-of", test_readers_of);
  return g_test_run ();
}
