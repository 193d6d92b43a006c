/* test-title-extend.c — titles with inner punctuation kept whole when an
 * imprint parenthesis follows (src/lib/extract/title-extend.c, and the
 * contraction and question-subtitle rules of spans.c and assemble.c).
 * Invented works only. */
#include "extract-test-util.h"

typedef struct {
  const char *path, *text, *title, *subtitle;
  int year;
} Case;

static const Case cases[] = {
  { "/extract/title-extend/comma-question",
    "The shelf also holds Mara Quist's Small Town, What Next? (1961) and little else. ",
    "Small Town, What Next?", NULL, 1961 },
  { "/extract/title-extend/word-list-and",
    "The trade was first described by Ilse Varga in Salt, Iron, and Rope (Harbour Press, 1990), a classic. ",
    "Salt, Iron, and Rope", NULL, 1990 },
  { "/extract/title-extend/word-list-subtitle",
    "Tom Reed has written before. In Ash, Smoke, Ember: A Life of Fire (Hill Press, 2001) he argued the point. ",
    "Ash, Smoke, Ember", "A Life of Fire", 2001 },
  { "/extract/title-extend/question-subtitle",
    "Compare Tom Reed's Why Does It Rain? A Short History of Weather (Hill Press, 1999) with this. ",
    "Why Does It Rain?", "A Short History of Weather", 1999 },
  { "/extract/title-extend/sentence-case-question",
    "He did the same as Ann Lee did in What is Weather? (Hill Press, 1951) long ago. ",
    "What is Weather?", NULL, 1951 },
  { "/extract/title-extend/contraction",
    "It recalls Ann Lee's Fairness: What's the Right Share? (1990) in tone. ",
    "Fairness", "What's the Right Share?", 1990 },
  { "/extract/title-extend/foreign-sentence-case",
    "The method owes much to Jean Morel's La Vie des petites villes (1959) and little to anyone else.\n",
    "La Vie des petites villes", NULL, 1959 },
  { "/extract/title-extend/subtitle-list-after-pronoun",
    "Tom Reed has written about light before. His The Old Lamps: Oil, Wax, and the Making of Light (1999) was "
    "a hopeful book.\n",
    "The Old Lamps", "Oil, Wax, and the Making of Light", 1999 },
  { "/extract/title-extend/year-range-possessive",
    "It answers Anna Holm's Ports and Tolls, 1700-1850 (Hill Press, 1962) point by point.\n",
    "Ports and Tolls, 1700-1850", NULL, 1962 },
  { "/extract/title-extend/year-range-imprint",
    "It answers the classic Canal Towns of the North, 1790-1840 (London: Hill Press, 1958) point by point.\n",
    "Canal Towns of the North, 1790-1840", NULL, 1958 },
  /* a comma after the first word, an owner before it */
  { "/extract/title-extend/comma-after-owner",
    "The point is made by Ada Vell in his Salt, the Sea and Common Harbours (London, 1967), p. 3.\n",
    "Salt, the Sea and Common Harbours", NULL, 1967 },
  /* a title in sentence case, after an owner or a naming cue */
  { "/extract/title-extend/sentence-case-possessive",
    "Much of this comes from Ada Vell's Harbour towns under the old kings (New York, 1996), still read.\n",
    "Harbour towns under the old kings", NULL, 1996 },
  { "/extract/title-extend/sentence-case-pronoun",
    "Tom Reed has written before. Readers may compare his Small town politics in the Midlands (Chicago: "
    "Hill Press, 1971).\n",
    "Small town politics in the Midlands", NULL, 1971 },
  { "/extract/title-extend/sentence-case-see-also",
    "On the fields, see also The making of the northern landscape (London: Hill and Gannet, 1955).\n",
    "The making of the northern landscape", NULL, 1955 },
  { "/extract/title-extend/sentence-case-published-as",
    "Ada Vell wrote it in French. We read it as Salt and rope in the western ports (Paris: Gallimard, 1966), "
    "in a version of her own.\n",
    "Salt and rope in the western ports", NULL, 1966 },
};

static void
run_case (gconstpointer data)
{
  const Case *c = data;
  /* a paragraph of prose first, so that the case is read as prose */
  g_autofree char *text = g_strconcat ("The review begins here, as reviews do. It cites nothing yet, and says so.\n\n",
                                       c->text, "The rest of this paragraph is ordinary prose that goes on for a while, "
                                       "as prose does in a review of some length.\n", NULL);
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *r = xt_find (recs, c->title);
  if (!r)
    for (guint i = 0; i < recs->len; i++)
      g_test_message ("found: %s", ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE));
  g_assert_nonnull (r);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_SUBTITLE), ==, c->subtitle);
  g_assert_cmpint (xt_year (r), ==, c->year);
}

/* prose lists and places stay prose */
static void
test_no_list_in_prose (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "He lived in Paris, Rome, and Vienna (Hill Press, 1930) for a while. They were tired, hungry, and cold (1931).\n");
  for (guint i = 0; i < recs->len; i++)
    {
      const char *t = ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE);
      g_assert_null (strstr (t, ","));
    }
}

/* a sentence before an imprint-like parenthesis stays prose: a verb or
 * a pronoun in the run, or no owner or cue before its capital */
static void
test_sentence_case_prose (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "She was known as Red Ada to her friends in the mill towns (London, 1990). Vell's Harbour book is short "
    "and plain (London: Hill Press, 1990). The quarrel in Leeds spread to the docks of Hull (London, 1929). "
    "Vell's Ada Marsh sequence went on with The Lost Hours (Hill Press, 1950).\n");
  for (guint i = 0; i < recs->len; i++)
    {
      const char *t = ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE);
      g_assert_null (strstr (t, "friends"));
      g_assert_null (strstr (t, "plain"));
      g_assert_null (strstr (t, "docks"));
      g_assert_null (strstr (t, "sequence"));
    }
}

/* "Painter's Long Title (1884-86)": a painting, not a book */
static void
test_painting_range (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "The light recalls Anna Holm's Morning on the Quay at Low Water (1901-03) more than any book, "
    "and the rest of this paragraph is ordinary prose that goes on for a while as prose does.\n");
  g_assert_null (xt_find (recs, "Morning on the Quay at Low Water"));
}

/* "the author of T1 and Under the T2": a capitalised function word after
 * "and" opens a second title; "and the" in lower case stays inside one */
static void
test_and_split (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("Ada Vell, the author of The Salt Roads and Under the\n"
                                          "Grey Weir, writes as a naturalist.\n");
  g_autoptr(GPtrArray) recs2 = xt_extract ("Ada Vell, the author of The Salt Roads and the Grey Weir, writes "
                                           "as a naturalist.\n");
  g_assert_nonnull (xt_find (recs, "The Salt Roads"));
  g_assert_nonnull (xt_find (recs, "Under the Grey Weir"));
  g_assert_cmpstr (xt_family (xt_find (recs, "Under the Grey Weir"), CK_ROLE_AUTHOR, 0), ==, "Vell");
  g_assert_null (xt_find (recs, "The Salt Roads and Under the Grey Weir"));
  g_assert_nonnull (xt_find (recs2, "The Salt Roads and the Grey Weir"));
}

/* "in T, first published in Germany as ORIGINAL": T is the work, the
 * original its original title, even when T ends like an institution */
static void
test_before_published (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("The theory was worked out in The Harbour Society, first published in "
                                          "Germany as Die stille Gesellschaft in 1969, and Vell never stopped.\n");
  CkRecord *rec = xt_find (recs, "The Harbour Society");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_ORIGINAL_TITLE), ==, "Die stille Gesellschaft");
  g_assert_cmpuint (recs->len, ==, 1);
}

/* "published as T (Publisher, Year)" with no language named: T is a work
 * with its imprint, not the original title of an earlier record */
static void
test_published_as_imprint (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("In his prize lecture, published as My Long Night and Other Small "
                                          "Wonders (Faber, 2017), he says he wanted more.\n");
  CkRecord *rec = xt_find (recs, "My Long Night and Other Small Wonders");
  g_assert_nonnull (rec);
  g_assert_cmpint (xt_year (rec), ==, 2017);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Faber");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], run_case);
  g_test_add_func ("/extract/title-extend/no-list-in-prose", test_no_list_in_prose);
  g_test_add_func ("/extract/title-extend/painting-range", test_painting_range);
  g_test_add_func ("/extract/title-extend/sentence-case-prose", test_sentence_case_prose);
  g_test_add_func ("/extract/title-extend/and-split", test_and_split);
  g_test_add_func ("/extract/title-extend/before-published", test_before_published);
  g_test_add_func ("/extract/title-extend/published-as-imprint", test_published_as_imprint);
  return g_test_run ();
}
