/* test-periodical-cues.c — detect-periodical.c's harder cues: a name run
 * that goes on past "and" into the next name, a capital article after a
 * capitalised sentence opener, "in the pages of the X", and places or
 * institutions that look like periodicals.  Invented papers and people;
 * the two real periodicals' names come from the periodicals lexicon. */
#include "extract-test-util.h"

static gboolean
has_periodical (GPtrArray *recs, const char *title)
{
  for (guint i = 0; i < recs->len; i++)
    {
      CkRecord *r = g_ptr_array_index (recs, i);
      if (ck_record_get_type (r) == CK_TYPE_PERIODICAL && g_strcmp0 (ck_record_get (r, CK_FIELD_TITLE), title) == 0)
        return TRUE;
    }
  return FALSE;
}

static guint
n_periodicals (GPtrArray *recs)
{
  guint n = 0;
  for (guint i = 0; i < recs->len; i++)
    n += ck_record_get_type (g_ptr_array_index (recs, i)) == CK_TYPE_PERIODICAL;
  return n;
}

#define LEAD "Before she turned to fiction Orla Fenwick spent a decade as a reporter on the coast, and the " \
             "habits of that trade are everywhere in the book, for better and for worse. "

/* "for the Tidewater Review and for Time magazine": the unknown name ends
 * at its periodical word, not at the next name */
static void
test_and_next_name (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (LEAD "She wrote for the Tidewater Review and for Time magazine "
                                               "before anyone had heard of her, and she kept at it for years.\n");
  g_assert_true (has_periodical (recs, "Tidewater Review"));
  g_assert_true (has_periodical (recs, "Time"));
}

/* "In The New Yorker she ...": the name starts at "The" */
static void
test_capital_article (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (LEAD "In The New Yorker she published a long piece about the "
                                               "herring fleet, which is still the best thing she has written.\n");
  g_assert_true (has_periodical (recs, "The New Yorker"));
}

/* "in the pages of the Lamplighter": one unknown word with a strong cue */
static void
test_pages_of (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (LEAD "Most of these chapters first saw the light in the pages of "
                                               "the Lamplighter, a paper few people outside the county read.\n");
  g_assert_true (has_periodical (recs, "Lamplighter"));
}

/* places and institutions with periodical words are no periodicals */
static void
test_distractors (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (LEAD "She worked at the Post Office and lived near Times Square, "
                                               "and Life was not easy; the Board of Trade ignored her letters "
                                               "and Fortune never favoured her.\n");
  g_assert_cmpuint (n_periodicals (recs), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/periodical/and-next-name", test_and_next_name);
  g_test_add_func ("/extract/periodical/capital-article", test_capital_article);
  g_test_add_func ("/extract/periodical/pages-of", test_pages_of);
  g_test_add_func ("/extract/periodical/distractors", test_distractors);
  return g_test_run ();
}
