/* test-lists.c — syllabus pages: a week's heading with its class dates
 * is no title (detect-reflist.c), and a bulleted list under a label line
 * is read entry by entry, not as one header (ck_para_is_list). */
#include "extract-test-util.h"

static void
test_bulleted_list_under_label (void)
{
  const char *text =
    "Books to buy (campus store or any used copy):\n"
    "- Ada Quell, Salt Roads: Trade in the North (New York: Lantern Books, 1991)\n"
    "- Tom Vell, Grey Harbour: A History of a Port (Leeds: Minster Press, 1996)\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "Salt Roads");
  CkRecord *b = xt_find (recs, "Grey Harbour");
  g_assert_cmpuint (recs->len, ==, 2);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Quell");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Minster Press");
  g_assert_cmpint (xt_year (b), ==, 1996);
}

static void
test_week_heading_with_dates (void)
{
  const char *text =
    "Week 2 (Jan. 29/31) - Ports and towns\n"
    "  Tom Vell, Grey Harbour: A History of a Port (Leeds: Minster Press, 1996), chs. 1-3\n\n"
    "Week 4 (Feb. 12/14) - Roads\n"
    "  Ada Quell, Salt Roads: Trade in the North (New York: Lantern Books, 1991), ch. 2\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  g_assert_cmpuint (recs->len, ==, 2);
  g_assert_nonnull (xt_find (recs, "Grey Harbour"));
  g_assert_nonnull (xt_find (recs, "Salt Roads"));
  for (guint i = 0; i < recs->len; i++)
    g_assert_false (g_str_has_prefix (ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE), "Week"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/lists/bulleted-under-label", test_bulleted_list_under_label);
  g_test_add_func ("/extract/lists/week-heading-dates", test_week_heading_with_dates);
  return g_test_run ();
}
