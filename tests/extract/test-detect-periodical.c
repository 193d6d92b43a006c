/* test-detect-periodical.c — periodicals named in passing in running
 * prose (src/lib/extract/detect-periodical.c).  Invented texts; each
 * prose paragraph is long enough to count as running prose. */
#include "extract-test-util.h"

#define HEAD "Salt and Iron. By Ada Vell. Gannet Press, 1999. 300 pp.\n\n"

/* Whether @title came out as a periodical record with a title only. */
static gboolean
has_periodical (GPtrArray *recs, const char *title)
{
  CkRecord *r = xt_find (recs, title);
  return r && ck_record_get_type (r) == CK_TYPE_PERIODICAL && !ck_record_has (r, CK_FIELD_CONTAINER_TITLE);
}

static void
test_lexicon_name (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (HEAD
    "Vell spent a decade as a reporter before she turned to fiction, and most of what she wrote "
    "in those years first appeared in Bookforum and in the Manchester Guardian, where her editors "
    "let her run on at a length that no paper would allow today.\n");
  g_assert_true (has_periodical (recs, "Bookforum"));
  /* the lower-case "the" is no part of the name */
  g_assert_true (has_periodical (recs, "Manchester Guardian"));
  g_assert_null (xt_find (recs, "the Manchester Guardian"));
}

static void
test_lexicon_case_sensitive (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (HEAD
    "Vell spent a decade as a reporter before she turned to fiction, and she still talks of the "
    "manchester guardian and of pravda as if they were old friends, which is charming for a while "
    "but wears thin long before the end of the book.\n");
  g_assert_null (xt_find (recs, "manchester guardian"));
  g_assert_null (xt_find (recs, "pravda"));
}

static void
test_unknown_with_tail_word (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (HEAD
    "Vell spent a decade as a reporter before she turned to fiction; she wrote for the Lantern "
    "Gazette and later sent her stories to the Ashby Quarterly, though neither paper ever paid "
    "her more than a pittance for anything she wrote.\n");
  g_assert_true (has_periodical (recs, "Lantern Gazette"));
  g_assert_true (has_periodical (recs, "Ashby Quarterly"));
}

static void
test_strong_cues (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (HEAD
    "Vell spent a decade as a reporter before she turned to fiction; a series of articles in Zvonar "
    "made her name at home, and when Time magazine put her on its cover the rest of the world "
    "finally began to take notice of what she had been doing.\n");
  g_assert_true (has_periodical (recs, "Zvonar"));
  g_assert_true (has_periodical (recs, "Time"));
}

static void
test_not_periodicals (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (HEAD
    "Vell worked at the Post Office for ten years, and then in a print shop that did jobs for the "
    "Harbour Review Press and for Oxford University Press; she says she read the Lantern Gazette "
    "Almanac every winter. Time was short. She knew the Pell Review, the Ashby Weekly and the like "
    "only by name, and she never wrote a line for any of them.\n");
  g_assert_null (xt_find (recs, "Harbour Review"));
  g_assert_null (xt_find (recs, "Harbour Review Press"));
  g_assert_null (xt_find (recs, "Lantern Gazette"));
  g_assert_null (xt_find (recs, "Post Office"));
  g_assert_null (xt_find (recs, "Time"));
  /* examples of a kind of paper, not where a work appeared */
  g_assert_null (xt_find (recs, "Pell Review"));
  g_assert_null (xt_find (recs, "Ashby Weekly"));
}

static void
test_container_not_repeated (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (HEAD
    "Vell spent a decade as a reporter before she turned to fiction. Her essay \"Rope Weather\" "
    "(Ashby Quarterly, May 1990) is still read, and she wrote much else for the Ashby Quarterly in "
    "those years, none of it collected here, which is a pity for her readers.\n");
  CkRecord *art = xt_find (recs, "Rope Weather");
  g_assert_nonnull (art);
  g_assert_cmpstr (ck_record_get (art, CK_FIELD_CONTAINER_TITLE), ==, "Ashby Quarterly");
  /* the article stands for its periodical */
  g_assert_null (xt_find (recs, "Ashby Quarterly"));
}

static void
test_own_venue (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("Salt and Iron. By Ada Vell. Gannet Press, 1999. 300 pp.\n\n"
    "Vell spent a decade as a reporter before she turned to fiction, and readers of the Pell "
    "Review will know her early stories, which first ran in these pages under another name "
    "and which she has now, to our regret, disowned.\n\n"
    "From the Pell Review, Vol. 3 No. 2, Spring 2000\n");
  for (guint i = 0; i < recs->len; i++)
    g_assert_false (ck_record_get_type (g_ptr_array_index (recs, i)) == CK_TYPE_PERIODICAL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/prose-periodical/lexicon-name", test_lexicon_name);
  g_test_add_func ("/extract/prose-periodical/lexicon-case-sensitive", test_lexicon_case_sensitive);
  g_test_add_func ("/extract/prose-periodical/unknown-tail-word", test_unknown_with_tail_word);
  g_test_add_func ("/extract/prose-periodical/strong-cues", test_strong_cues);
  g_test_add_func ("/extract/prose-periodical/not-periodicals", test_not_periodicals);
  g_test_add_func ("/extract/prose-periodical/container-not-repeated", test_container_not_repeated);
  g_test_add_func ("/extract/prose-periodical/own-venue", test_own_venue);
  return g_test_run ();
}
