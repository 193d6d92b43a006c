/* test-detect-cue-list.c — titles after a plural genre noun or a time
 * possessive (src/lib/extract/detect-cue-list.c).  Every text is
 * invented: made-up authors, titles and prizes. */
#include "extract-test-util.h"

static CkRecord *
expect (GPtrArray *recs, const char *title, const char *family)
{
  CkRecord *r = xt_find (recs, title);
  if (!r)
    g_error ("no record titled \"%s\"", title);
  if (family)
    g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), ==, family);
  return r;
}

static void
test_plural_cue_two (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Orla Quint, The Lantern Coast. Heron Books, 2006. 280 pp.\n\n"
    "Quint has never been prolific. Her novels Salt Meadow and Grey Harbour sold well, and that was enough.\n");
  expect (recs, "Salt Meadow", "Quint");
  expect (recs, "Grey Harbour", "Quint");
  g_assert_null (xt_find (recs, "Salt Meadow and Grey Harbour"));
}

static void
test_plural_cue_commas (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Orla Quint, The Lantern Coast. Heron Books, 2006. 280 pp.\n\n"
    "Quint began in the theatre. Her plays The Lamp, Night Ferries and Low Water all failed in London.\n");
  expect (recs, "The Lamp", "Quint");
  expect (recs, "Night Ferries", "Quint");
  expect (recs, "Low Water", "Quint");
}

/* A list that holds a person, a publisher or a place is not a list of
 * titles. */
static void
test_plural_cue_distractors (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Quint began in the theatre. Her books Penguin Books and Faber reissued in 1990. Her novels Anna Vell "
    "and Ivo Marrant admired. Her plays North Wales and Lake Geneva staged.\n");
  g_assert_cmpuint (recs->len, ==, 0);
}

static void
test_time_possessive (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Orla Quint, The Lantern Coast. Heron Books, 2006. 280 pp.\n\n"
    "Quint has slowed down. Last year's A Harbour for Lame Gulls, a short book about herring boats, "
    "sold poorly. Last year's General Election, this year's Gold Lantern "
    "Prize and last summer's Harbour Festival are not in it, nor last year's Gannet Book Fair, this year's "
    "Quill Lectures or last year's Harbour Cup.\n");
  expect (recs, "A Harbour for Lame Gulls", "Quint");
  g_assert_null (xt_find (recs, "General Election"));
  g_assert_null (xt_find (recs, "Gold Lantern Prize"));
  g_assert_null (xt_find (recs, "Harbour Festival"));
  g_assert_null (xt_find (recs, "Gannet Book Fair"));
  g_assert_null (xt_find (recs, "Quill Lectures"));
  g_assert_null (xt_find (recs, "Harbour Cup"));
}

/* "in T" after a full name or a verb of writing: titles with a title's
 * shape; the places people are "in" are no titles. */
static void
test_name_in_title (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Lena Corvo, The Salt Years. Pell Books, 2004. 320 pp.\n\n"
    "Corvo met Thomas Mann in Pacific Palisades, and Ada Vell in Key West; she wrote in Grand Central, and "
    "as she put it in Harbour Days, nobody listened. James Baldwin in Saint Germain, Hanne Vollrath in New "
    "York, Carla Varro in Upper Harbour and Tom Orr in Isle of Wight all appear. As Corvo argued in Notes "
    "of a Drowned Son, it was a bad time; Ivo Orr in Portnoy's Lament agrees.\n");
  static const char * const not_titles[] = { "Pacific", "Key West", "Grand Central", "Harbour Days", "Germain",
                                             "New York", "Upper Harbour", "Isle of Wight", NULL };
  for (guint k = 0; not_titles[k]; k++)
    if (xt_find (recs, not_titles[k]))
      g_error ("\"%s\" was taken for a title", not_titles[k]);
  expect (recs, "Notes of a Drowned Son", "Corvo");
  expect (recs, "Portnoy's Lament", "Orr");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/cue-list/plural-two", test_plural_cue_two);
  g_test_add_func ("/extract/cue-list/plural-commas", test_plural_cue_commas);
  g_test_add_func ("/extract/cue-list/plural-distractors", test_plural_cue_distractors);
  g_test_add_func ("/extract/cue-list/time-possessive", test_time_possessive);
  g_test_add_func ("/extract/cue-list/name-in-title", test_name_in_title);
  return g_test_run ();
}
