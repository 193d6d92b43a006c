/* test-named.c — titles given by a verb of naming (detect-named.c):
 * "a novel called T", "entitled T", "the trilogy he calls T", and the
 * people, places and phrases the same verbs name. */
#include "extract-test-util.h"

typedef struct {
  const char *path;
  const char *text;
  const char *title;   /* the one record expected, or NULL for none */
  int         year;
} NamedCase;

static const NamedCase cases[] = {
  { "/extract/named/called-after-noun",
    "She wrote a novel called Harbour Lights about her father.\n", "Harbour Lights", 0 },
  { "/extract/named/entitled-after-comma",
    "His new book, entitled Grey Winter Fields, is short.\n", "Grey Winter Fields", 0 },
  { "/extract/named/calls-with-namer",
    "He has finished the trilogy he calls A Salt Harbour, which began well.\n", "A Salt Harbour", 0 },
  { "/extract/named/titled-one-word",
    "Her memoir titled Ashes sold well.\n", "Ashes", 0 },
  { "/extract/named/year-after-in",
    "He began with a novel called Salt Meadow in 1932.\n", "Salt Meadow", 1932 },
  /* the same verbs name people, places and rights */
  { "/extract/named/person", "A man called Peter came by.\n", NULL, 0 },
  { "/extract/named/place", "They lived in a town called Ashby Magna.\n", NULL, 0 },
  { "/extract/named/forename-after-noun", "It has a hero called Tom and little else.\n", NULL, 0 },
  { "/extract/named/entitled-to", "He is entitled to his view of Paris.\n", NULL, 0 },
  { "/extract/named/no-work-noun", "The villagers called Grey Harbour a ghost town.\n", NULL, 0 },
};

static void
run_case (gconstpointer data)
{
  const NamedCase *c = data;
  g_autoptr(GPtrArray) recs = xt_extract (c->text);
  if (!c->title)
    {
      g_assert_cmpuint (recs->len, ==, 0);
      return;
    }
  g_assert_cmpuint (recs->len, ==, 1);
  g_assert_cmpstr (ck_record_get (g_ptr_array_index (recs, 0), CK_FIELD_TITLE), ==, c->title);
  g_assert_cmpint (xt_year (g_ptr_array_index (recs, 0)), ==, c->year);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], run_case);
  return g_test_run ();
}
