/* test-lists.c — syllabus pages: a week's heading with its class dates
 * is no title (detect-reflist.c), and a bulleted list under a label line
 * is read entry by entry, not as one header (ck_para_is_list); and
 * "Name (Title, Year)" lists with one item, or with the names as the
 * subjects of lives (name-paren-list in detectors.c). */
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

static void
test_name_paren_single_title (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("Arthur Penn (The Green Valley, 1991) went further.\n");
  CkRecord *rec = xt_find (recs, "The Green Valley");
  g_assert_cmpuint (recs->len, ==, 1);
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Penn");
  g_assert_null (ck_record_get (rec, CK_FIELD_PUBLISHER));
  g_assert_cmpint (xt_year (rec), ==, 1991);
}

static void
test_name_paren_firm_stays_imprint (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("He wrote Grey Harbour (Kestrel, 1991) and stopped.\n");
  CkRecord *rec = xt_find (recs, "Grey Harbour");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Kestrel");
}

static void
test_name_paren_lives (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("Ann Marr is a fine biographer. It reads as well as her lives of "
                                          "Nelly Vane (The Hidden Woman, 1990) and Dora Ross (Mrs Ross's "
                                          "Trade, 1994).\n");
  CkRecord *a = xt_find (recs, "The Hidden Woman");
  CkRecord *b = xt_find (recs, "Mrs Ross's Trade");
  g_assert_cmpuint (recs->len, ==, 2);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  /* the subjects are not the authors */
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Marr");
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Marr");
  g_assert_cmpint (xt_year (b), ==, 1994);
}

/* "The third volume, The Mirror and the Lamp, is promised": a singular
 * cue names one title; "Ada Vell, whose biography …" names a person;
 * "Every Day Is Mother's Day" keeps its possessive */
static void
test_apposition_boundaries (void)
{
  const char *text =
    "Tom Quell's The Salt Road in Government (1953) made him the architect of the state; Ada Vell, "
    "whose biography is still in progress, has praised it. The third volume, The Mirror and the Lamp, "
    "is promised. Her early Every Day Is Mother's Day sold well.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  g_assert_nonnull (xt_find (recs, "The Mirror and the Lamp"));
  g_assert_null (xt_find (recs, "The Mirror"));
  g_assert_null (xt_find (recs, "Ada Vell"));
  g_assert_null (xt_find (recs, "Day"));
  for (guint i = 0; i < recs->len; i++)
    {
      CkRecord *rec = g_ptr_array_index (recs, i);
      g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), !=, "Mother");
    }
}

/* numbered notes wrapped over lines, one opening "the essays in Name," */
static void
test_wrapped_numbered_notes (void)
{
  const char *text =
    "NOTES\n\n"
    "1. A. D. J. Vell, Salt in Tudor and Stuart England: a Regional and\n"
    "Comparative Study (London, 1970).\n"
    "2. E. E. Quell-Orr, Salt, Iron and Rope among the Northern\n"
    "Peoples (Oxford, 1937).\n"
    "3. See, for example, the essays in Ada Marr, Society and Salt in\n"
    "Early Modern Leeds (Stanford, 1975), esp. chs. 4 and 6.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "Salt in Tudor and Stuart England");
  CkRecord *b = xt_find (recs, "Salt, Iron and Rope among the Northern Peoples");
  CkRecord *c = xt_find (recs, "Society and Salt in Early Modern Leeds");
  g_assert_cmpuint (recs->len, ==, 3);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_SUBTITLE), ==, "a Regional and Comparative Study");
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Vell");
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Quell-Orr");
  g_assert_cmpstr (xt_family (c, CK_ROLE_AUTHOR, 0), ==, "Marr");
  g_assert_cmpint (xt_year (c), ==, 1975);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/lists/bulleted-under-label", test_bulleted_list_under_label);
  g_test_add_func ("/extract/lists/week-heading-dates", test_week_heading_with_dates);
  g_test_add_func ("/extract/lists/name-paren/single-title", test_name_paren_single_title);
  g_test_add_func ("/extract/lists/name-paren/firm-stays-imprint", test_name_paren_firm_stays_imprint);
  g_test_add_func ("/extract/lists/name-paren/lives", test_name_paren_lives);
  g_test_add_func ("/extract/lists/apposition-boundaries", test_apposition_boundaries);
  g_test_add_func ("/extract/lists/wrapped-numbered-notes", test_wrapped_numbered_notes);
  return g_test_run ();
}
