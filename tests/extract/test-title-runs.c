/* test-title-runs.c — where a title run starts and ends: plural
 * possessives inside titles, the author before "Name, Title: Subtitle",
 * and a closing list of a longer subtitle (spans.c, detect-context.c). */
#include "extract-test-util.h"

typedef struct {
  const char *path;
  const char *text;
  const char *title;      /* expected title (without subtitle); NULL: no record */
  const char *family;     /* first author's family name, or NULL for none */
  int         year;
  const char *not_title;  /* a title that must not appear, or NULL */
} RunCase;

static const RunCase cases[] = {
  { "/extract/title-runs/plural-possessive/after-comma-author",
    "See Ada Quell, Weavers' Guilds in Flanders: Studies in Trade (Ghent, 1961).\n",
    "Weavers' Guilds in Flanders", "Quell", 1961, "Guilds in Flanders" },
  { "/extract/title-runs/plural-possessive/after-the-capital",
    "Her model was The Sailors' Lament (Hull, 1931), a slim book.\n",
    "The Sailors' Lament", NULL, 1931, "Lament" },
  { "/extract/title-runs/plural-possessive/after-owner",
    "They read Tom Vell's Miners' Strike in Fife (Leith, 1850) at school.\n",
    "Miners' Strike in Fife", "Vell", 1850, NULL },
  /* a family ("the Orrs'") and a person ("von Rees'") own the title */
  { "/extract/title-runs/plural-possessive/family-owner",
    "It follows the Orrs' Village Commons (London, 1911) closely.\n",
    "Village Commons", NULL, 1911, "Orrs' Village Commons" },
  { "/extract/title-runs/plural-possessive/person-owner",
    "It follows Ludwig von Rees' Planning (London, 1936) closely.\n",
    "Planning", "von Rees", 1936, NULL },
  /* a surname ending in "s" is no plural noun */
  { "/extract/title-runs/plural-possessive/surname",
    "Much comes from Dobbs' Theory of Rent (London, 1936).\n",
    "Theory of Rent", NULL, 1936, "Dobbs' Theory of Rent" },
  { "/extract/title-runs/comma-author/forename-ends-list",
    "As shown by Ada Quell, Control in Flanders: Studies in Trade (Ghent, 1961).\n",
    "Control in Flanders", "Quell", 1961, NULL },
  { "/extract/title-runs/comma-author/no-name-in-title",
    "As shown by Ada Quell, Control in Flanders (Ghent, 1961).\n",
    "Control in Flanders", "Quell", 1961, "Flanders" },
  { "/extract/title-runs/subtitle-list/run-before-list",
    "See Ada Quell, Guilds: Studies in the History of Wool, Flax, and Silk (Ghent, 1961).\n",
    "Guilds", "Quell", 1961, "Wool, Flax, and Silk" },
  { "/extract/title-runs/alternative-title/or-commas",
    "Vell's Modernism, or, The Cultural Logic of Salt (1991) was long.\n",
    "Modernism, or, The Cultural Logic of Salt", "Vell", 1991, "The Cultural Logic of Salt" },
  { "/extract/title-runs/alternative-title/or",
    "He read Modernism, or The Logic of Salt (London, 1991) at once.\n",
    "Modernism, or The Logic of Salt", NULL, 1991, "The Logic of Salt" },
  { "/extract/title-runs/sentence-opening/in-the",
    "Ada Vell has thought about mills for years. In the Age of the Salt Machine: The Future of Work "
    "(Lantern Books, 1988) was a study of them, and it is still the one to read, since nobody else "
    "has done the work at such length or with such care for the people in the mills.\n",
    "In the Age of the Salt Machine", "Vell", 1988, "Age of the Salt Machine" },
  { "/extract/title-runs/sentence-opening/participle",
    "Quell is the more useful of the two writers. Building on Salt Complexity: Studies in Meaning (1992), "
    "he distinguishes flows from mere movement, and that is worth having, since nobody else has done it.\n",
    "Salt Complexity", NULL, 1992, "Building on Salt Complexity" },
};

static void
run_case (gconstpointer data)
{
  const RunCase *c = data;
  g_autoptr(GPtrArray) recs = xt_extract (c->text);
  CkRecord *rec = xt_find (recs, c->title);
  if (!rec)
    for (guint i = 0; i < recs->len; i++)
      g_test_message ("found: %s", ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE));
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, c->family);
  g_assert_cmpint (xt_year (rec), ==, c->year);
  if (c->not_title)
    g_assert_null (xt_find (recs, c->not_title));
  g_assert_cmpuint (recs->len, ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], run_case);
  return g_test_run ();
}
