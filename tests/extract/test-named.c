/* test-named.c — titles given by a verb of naming (detect-named.c):
 * "a novel called T", "entitled T", "the trilogy he calls T", and the
 * people, places and phrases the same verbs name. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  { "/extract/named/called-after-noun",
    "She wrote a novel called Harbour Lights about her father.\n",
    { XT_COUNT (1), XT_TITLE ("Harbour Lights"), XT_YEAR (0) } },
  { "/extract/named/entitled-after-comma",
    "His new book, entitled Grey Winter Fields, is short.\n",
    { XT_COUNT (1), XT_TITLE ("Grey Winter Fields"), XT_YEAR (0) } },
  { "/extract/named/calls-with-namer",
    "He has finished the trilogy he calls A Salt Harbour, which began well.\n",
    { XT_COUNT (1), XT_TITLE ("A Salt Harbour"), XT_YEAR (0) } },
  { "/extract/named/titled-one-word",
    "Her memoir titled Ashes sold well.\n",
    { XT_COUNT (1), XT_TITLE ("Ashes"), XT_YEAR (0) } },
  { "/extract/named/year-after-in",
    "He began with a novel called Salt Meadow in 1932.\n",
    { XT_COUNT (1), XT_TITLE ("Salt Meadow"), XT_YEAR (1932) } },
  /* the same verbs name people, places and rights */
  { "/extract/named/person",
    "A man called Peter came by.\n",
    { XT_COUNT (0) } },
  { "/extract/named/place",
    "They lived in a town called Ashby Magna.\n",
    { XT_COUNT (0) } },
  { "/extract/named/forename-after-noun",
    "It has a hero called Tom and little else.\n",
    { XT_COUNT (0) } },
  { "/extract/named/entitled-to",
    "He is entitled to his view of Paris.\n",
    { XT_COUNT (0) } },
  { "/extract/named/no-work-noun",
    "The villagers called Grey Harbour a ghost town.\n",
    { XT_COUNT (0) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
