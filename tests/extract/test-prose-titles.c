/* test-prose-titles.c — works named in running prose with no imprint:
 * quoted titles with no cue (title-quoted.c), and the false friends of
 * each rule (terms, events, people in quotes). */
#include "extract-test-util.h"

typedef struct {
  const char *path;
  const char *text;
  const char *titles[4];   /* every record expected, NULL-terminated; none when empty */
} ProseCase;

static const ProseCase cases[] = {
  /* quoted titles in title case, two words or more, no cue */
  { "/extract/prose/quoted/since-made",
    "It is eight years since \"Copper Weather\" made Miss Harlow's name.\n", { "Copper Weather" } },
  { "/extract/prose/quoted/function-words",
    "Two years since \"A Lantern for the Ferryman\" took its heroine north.\n", { "A Lantern for the Ferryman" } },
  { "/extract/prose/quoted/stop-inside",
    "He has not been so sure of himself since \"Cinder Lane.\"\n", { "Cinder Lane" } },
  { "/extract/prose/quoted/number",
    "Nothing since \"Platform 9\" has read so fast.\n", { "Platform 9" } },
  /* terms, events, people and single words stay weak */
  { "/extract/prose/quoted/term-after-the",
    "Most of it is about the \"Herring Years\" of the 1790s.\n", { NULL } },
  { "/extract/prose/quoted/term-after-of",
    "It followed his doctrine of \"Bread Before Books\" to the letter.\n", { NULL } },
  { "/extract/prose/quoted/event",
    "Nobody now remembers \"Tallow Riots\" except the old.\n", { NULL } },
  { "/extract/prose/quoted/person",
    "Everyone there had heard of her; \"Miss Pettigrew\" was all they said.\n", { NULL } },
  { "/extract/prose/quoted/one-word",
    "He spoke of \"Honour\" more than once.\n", { NULL } },
  { "/extract/prose/quoted/sentence",
    "\"We are going home now,\" she said.\n", { NULL } },
  /* weak cues in prose (detect-prose-cue.c) */
  { "/extract/prose/cue/compared-with",
    "His second novel will be compared with Rain on the Quay, and will lose.\n", { "Rain on the Quay" } },
  { "/extract/prose/cue/went-on-with",
    "The cycle went on last year with Kirk Hollow. It is long.\n", { "Kirk Hollow" } },
  { "/extract/prose/cue/wrote",
    "The same hand, under another name, wrote Brittle Lantern and little else.\n", { "Brittle Lantern" } },
  { "/extract/prose/cue/reception-of",
    "She is good on the reception of The Copper Gull and its sequel.\n", { "The Copper Gull" } },
  { "/extract/prose/cue/aside",
    "Tin Meridian, meanwhile, has become a brand.\n", { "Tin Meridian" } },
  { "/extract/prose/cue/year-apposition",
    "The Silver Heron (1977), a comic thriller set in a museum, was written to amuse him.\n",
    { "The Silver Heron" } },
  { "/extract/prose/cue/read-anyway",
    "Nobody actually read Grey Salt Rivers anyway, he said.\n", { "Grey Salt Rivers" } },
  { "/extract/prose/cue/reception-before-paren",
    "She is good on the reception of The Sea Captain's Voyage (\"I woke up famous\") and on Italy.\n",
    { "The Sea Captain's Voyage" } },
  { "/extract/prose/aside/just-out",
    "The Bitter Wren Sang, just out in England, is promised here for next year.\n", { "The Bitter Wren Sang" } },
  { "/extract/prose/aside/lectures",
    "A Shed of Her Own, lectures given at a college, came later.\n", { "A Shed of Her Own" } },
  { "/extract/prose/list/clause-broken",
    "Then came The Tin Shop (1978), Inland Water (1979), which won a prize, and Open Voices (1980), about the radio.\n",
    { "The Tin Shop", "Inland Water", "Open Voices" } },
  { "/extract/prose/apposition/one-word",
    "The same hand wrote, only last year, Gladiator, that bleak Roman fable.\n", { "Gladiator" } },
  { "/extract/prose/apposition/series-verb",
    "For twenty years. Salt and Iron (1940) began the sequence; more followed.\n", { "Salt and Iron" } },
  { "/extract/prose/apposition/one-word-given-name",
    "She wrote to Edith, that patient novel reader.\n", { NULL } },
  { "/extract/prose/apposition/one-word-no-work",
    "They stayed with Corvel, a grocer of the old kind.\n", { NULL } },
  { "/extract/prose/cue/readings-one-word",
    "The readings of Castellane and of Ada Vell's poems are almost as good.\n", { "Castellane" } },
  { "/extract/prose/cue/readings-recurring-name",
    "Corvel gave them in May. The readings of Corvel and of others were long.\n", { NULL } },
  /* the same cues take people, places and events */
  { "/extract/prose/cue/read-subject",
    "He read Modern Languages at Oxford.\n", { NULL } },
  { "/extract/prose/list/no-earlier-item",
    "Wages fell in 1977, and Harbour Strike (1978) followed.\n", { NULL } },
  { "/extract/prose/cue/compared-with-place",
    "Wages here are low compared with New Jersey, and rents high.\n", { NULL } },
  { "/extract/prose/cue/began-with-event",
    "The decade began with General Strike, and ended with nothing.\n", { NULL } },
  { "/extract/prose/cue/wrote-person",
    "He wrote Edith Blake every week, and she answered.\n", { NULL } },
  { "/extract/prose/cue/aside-person",
    "Mrs Hollis, meanwhile, has moved to the coast.\n", { NULL } },
  { "/extract/prose/cue/apposition-no-genre",
    "The Silver Heron (1977), a pub near the docks, was closed.\n", { NULL } },
};

static void
run_case (gconstpointer data)
{
  const ProseCase *c = data;
  g_autoptr(GPtrArray) recs = xt_extract (c->text);
  guint want = 0;
  while (want < G_N_ELEMENTS (c->titles) && c->titles[want])
    want++;
  for (guint i = 0; i < recs->len; i++)
    g_test_message ("got: %s", ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE));
  g_assert_cmpuint (recs->len, ==, want);
  for (guint i = 0; i < want; i++)
    g_assert_nonnull (xt_find (recs, c->titles[i]));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], run_case);
  return g_test_run ();
}
