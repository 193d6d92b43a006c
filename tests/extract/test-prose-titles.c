/* test-prose-titles.c — works named in running prose with no imprint:
 * quoted titles with no cue (title-quoted.c), and the false friends of
 * each rule (terms, events, people in quotes). */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* quoted titles in title case, two words or more, no cue */
  { "/extract/prose/quoted/since-made",
    "It is eight years since \"Copper Weather\" made Miss Harlow's name.\n",
    { XT_COUNT (1), XT_TITLE ("Copper Weather") } },
  { "/extract/prose/quoted/function-words",
    "Two years since \"A Lantern for the Ferryman\" took its heroine north.\n",
    { XT_COUNT (1), XT_TITLE ("A Lantern for the Ferryman") } },
  { "/extract/prose/quoted/stop-inside",
    "He has not been so sure of himself since \"Cinder Lane.\"\n", { XT_COUNT (1), XT_TITLE ("Cinder Lane") } },
  { "/extract/prose/quoted/number",
    "Nothing since \"Platform 9\" has read so fast.\n", { XT_COUNT (1), XT_TITLE ("Platform 9") } },
  /* terms, events, people and single words stay weak */
  { "/extract/prose/quoted/term-after-the",
    "Most of it is about the \"Herring Years\" of the 1790s.\n", { XT_COUNT (0) } },
  { "/extract/prose/quoted/term-after-of",
    "It followed his doctrine of \"Bread Before Books\" to the letter.\n", { XT_COUNT (0) } },
  { "/extract/prose/quoted/event",
    "Nobody now remembers \"Tallow Riots\" except the old.\n", { XT_COUNT (0) } },
  { "/extract/prose/quoted/person",
    "Everyone there had heard of her; \"Miss Pettigrew\" was all they said.\n", { XT_COUNT (0) } },
  { "/extract/prose/quoted/one-word",
    "He spoke of \"Honour\" more than once.\n", { XT_COUNT (0) } },
  { "/extract/prose/quoted/sentence",
    "\"We are going home now,\" she said.\n", { XT_COUNT (0) } },
  /* weak cues in prose (detect-prose-cue.c) */
  { "/extract/prose/cue/compared-with",
    "His second novel will be compared with Rain on the Quay, and will lose.\n",
    { XT_COUNT (1), XT_TITLE ("Rain on the Quay") } },
  { "/extract/prose/cue/went-on-with",
    "The cycle went on last year with Kirk Hollow. It is long.\n", { XT_COUNT (1), XT_TITLE ("Kirk Hollow") } },
  { "/extract/prose/cue/wrote",
    "The same hand, under another name, wrote Brittle Lantern and little else.\n",
    { XT_COUNT (1), XT_TITLE ("Brittle Lantern") } },
  { "/extract/prose/cue/reception-of",
    "She is good on the reception of The Copper Gull and its sequel.\n",
    { XT_COUNT (1), XT_TITLE ("The Copper Gull") } },
  { "/extract/prose/cue/aside",
    "Tin Meridian, meanwhile, has become a brand.\n", { XT_COUNT (1), XT_TITLE ("Tin Meridian") } },
  { "/extract/prose/cue/year-apposition",
    "The Silver Heron (1977), a comic thriller set in a museum, was written to amuse him.\n",
    { XT_COUNT (1), XT_TITLE ("The Silver Heron") } },
  { "/extract/prose/cue/read-anyway",
    "Nobody actually read Grey Salt Rivers anyway, he said.\n", { XT_COUNT (1), XT_TITLE ("Grey Salt Rivers") } },
  { "/extract/prose/cue/reception-before-paren",
    "She is good on the reception of The Sea Captain's Voyage (\"I woke up famous\") and on Italy.\n",
    { XT_COUNT (1), XT_TITLE ("The Sea Captain's Voyage") } },
  { "/extract/prose/aside/just-out",
    "The Bitter Wren Sang, just out in England, is promised here for next year.\n",
    { XT_COUNT (1), XT_TITLE ("The Bitter Wren Sang") } },
  { "/extract/prose/aside/lectures",
    "A Shed of Her Own, lectures given at a college, came later.\n", { XT_COUNT (1), XT_TITLE ("A Shed of Her Own") } },
  { "/extract/prose/list/clause-broken",
    "Then came The Tin Shop (1978), Inland Water (1979), which won a prize, and Open Voices (1980), about the radio.\n",
    { XT_COUNT (3), XT_TITLE ("The Tin Shop"), XT_TITLE ("Inland Water"), XT_TITLE ("Open Voices") } },
  { "/extract/prose/apposition/one-word",
    "The same hand wrote, only last year, Gladiator, that bleak Roman fable.\n",
    { XT_COUNT (1), XT_TITLE ("Gladiator") } },
  { "/extract/prose/apposition/series-verb",
    "For twenty years. Salt and Iron (1940) began the sequence; more followed.\n",
    { XT_COUNT (1), XT_TITLE ("Salt and Iron") } },
  { "/extract/prose/apposition/one-word-given-name",
    "She wrote to Edith, that patient novel reader.\n", { XT_COUNT (0) } },
  { "/extract/prose/apposition/one-word-no-work",
    "They stayed with Corvel, a grocer of the old kind.\n", { XT_COUNT (0) } },
  { "/extract/prose/cue/readings-one-word",
    "The readings of Castellane and of Ada Vell's poems are almost as good.\n",
    { XT_COUNT (1), XT_TITLE ("Castellane") } },
  { "/extract/prose/cue/readings-recurring-name",
    "Corvel gave them in May. The readings of Corvel and of others were long.\n", { XT_COUNT (0) } },
  /* the same cues take people, places and events */
  { "/extract/prose/cue/read-subject",
    "He read Modern Languages at Oxford.\n", { XT_COUNT (0) } },
  { "/extract/prose/list/no-earlier-item",
    "Wages fell in 1977, and Harbour Strike (1978) followed.\n", { XT_COUNT (0) } },
  { "/extract/prose/cue/compared-with-place",
    "Wages here are low compared with New Jersey, and rents high.\n", { XT_COUNT (0) } },
  { "/extract/prose/cue/began-with-event",
    "The decade began with General Strike, and ended with nothing.\n", { XT_COUNT (0) } },
  { "/extract/prose/cue/wrote-person",
    "He wrote Edith Blake every week, and she answered.\n", { XT_COUNT (0) } },
  { "/extract/prose/cue/aside-person",
    "Mrs Hollis, meanwhile, has moved to the coast.\n", { XT_COUNT (0) } },
  { "/extract/prose/cue/apposition-no-genre",
    "The Silver Heron (1977), a pub near the docks, was closed.\n", { XT_COUNT (0) } },
  /* "Name, whose T appeared last year": the title the relative owns, its
   * writer the name before; "whose T" with no statement of publication
   * is nothing */
  { "/extract/prose-cue/whose-title-appeared",
    "Like her friend Ben Vell, whose Tidewater Journals appeared last year, she writes best about people who stay.\n",
    { XT_TITLE ("Tidewater Journals"), XT_AUTHOR ("Vell"), XT_COUNT (1),
      XT_TEXT ("Like her friend Ben Vell, whose Harbour House stands empty now, she writes best about people who stay.\n"),
      XT_COUNT (0) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
