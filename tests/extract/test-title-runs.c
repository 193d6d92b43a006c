/* test-title-runs.c — where a title run starts and ends: plural
 * possessives inside titles, the author before "Name, Title: Subtitle",
 * and a closing list of a longer subtitle (spans.c, detect-context.c). */
#include "extract-test-util.h"

static const XtCase cases[] = {
  { "/extract/title-runs/plural-possessive/after-comma-author",
    "See Ada Quell, Weavers' Guilds in Flanders: Studies in Trade (Ghent, 1961).\n",
    { XT_TITLE ("Weavers' Guilds in Flanders"), XT_AUTHOR ("Quell"), XT_YEAR (1961), XT_ABSENT ("Guilds in Flanders"), XT_COUNT (1) } },
  { "/extract/title-runs/plural-possessive/after-the-capital",
    "Her model was The Sailors' Lament (Hull, 1931), a slim book.\n",
    { XT_TITLE ("The Sailors' Lament"), XT_AUTHOR (NULL), XT_YEAR (1931), XT_ABSENT ("Lament"), XT_COUNT (1) } },
  { "/extract/title-runs/plural-possessive/after-owner",
    "They read Tom Vell's Miners' Strike in Fife (Leith, 1850) at school.\n",
    { XT_TITLE ("Miners' Strike in Fife"), XT_AUTHOR ("Vell"), XT_YEAR (1850), XT_COUNT (1) } },
  /* a family ("the Orrs'") and a person ("von Rees'") own the title */
  { "/extract/title-runs/plural-possessive/family-owner",
    "It follows the Orrs' Village Commons (London, 1911) closely.\n",
    { XT_TITLE ("Village Commons"), XT_AUTHOR (NULL), XT_YEAR (1911), XT_ABSENT ("Orrs' Village Commons"), XT_COUNT (1) } },
  { "/extract/title-runs/plural-possessive/person-owner",
    "It follows Ludwig von Rees' Planning (London, 1936) closely.\n",
    { XT_TITLE ("Planning"), XT_AUTHOR ("von Rees"), XT_YEAR (1936), XT_COUNT (1) } },
  /* a surname ending in "s" is no plural noun */
  { "/extract/title-runs/plural-possessive/surname",
    "Much comes from Dobbs' Theory of Rent (London, 1936).\n",
    { XT_TITLE ("Theory of Rent"), XT_AUTHOR (NULL), XT_YEAR (1936), XT_ABSENT ("Dobbs' Theory of Rent"), XT_COUNT (1) } },
  { "/extract/title-runs/comma-author/forename-ends-list",
    "As shown by Ada Quell, Control in Flanders: Studies in Trade (Ghent, 1961).\n",
    { XT_TITLE ("Control in Flanders"), XT_AUTHOR ("Quell"), XT_YEAR (1961), XT_COUNT (1) } },
  { "/extract/title-runs/comma-author/no-name-in-title",
    "As shown by Ada Quell, Control in Flanders (Ghent, 1961).\n",
    { XT_TITLE ("Control in Flanders"), XT_AUTHOR ("Quell"), XT_YEAR (1961), XT_ABSENT ("Flanders"), XT_COUNT (1) } },
  { "/extract/title-runs/subtitle-list/run-before-list",
    "See Ada Quell, Guilds: Studies in the History of Wool, Flax, and Silk (Ghent, 1961).\n",
    { XT_TITLE ("Guilds"), XT_AUTHOR ("Quell"), XT_YEAR (1961), XT_ABSENT ("Wool, Flax, and Silk"), XT_COUNT (1) } },
  { "/extract/title-runs/alternative-title/or-commas",
    "Vell's Modernism, or, The Cultural Logic of Salt (1991) was long.\n",
    { XT_TITLE ("Modernism, or, The Cultural Logic of Salt"), XT_AUTHOR ("Vell"), XT_YEAR (1991), XT_ABSENT ("The Cultural Logic of Salt"), XT_COUNT (1) } },
  { "/extract/title-runs/alternative-title/or",
    "He read Modernism, or The Logic of Salt (London, 1991) at once.\n",
    { XT_TITLE ("Modernism, or The Logic of Salt"), XT_AUTHOR (NULL), XT_YEAR (1991), XT_ABSENT ("The Logic of Salt"), XT_COUNT (1) } },
  { "/extract/title-runs/sentence-opening/in-the",
    "Ada Vell has thought about mills for years. In the Age of the Salt Machine: The Future of Work "
    "(Lantern Books, 1988) was a study of them, and it is still the one to read, since nobody else "
    "has done the work at such length or with such care for the people in the mills.\n",
    { XT_TITLE ("In the Age of the Salt Machine"), XT_AUTHOR ("Vell"), XT_YEAR (1988), XT_ABSENT ("Age of the Salt Machine"), XT_COUNT (1) } },
  { "/extract/title-runs/sentence-opening/participle",
    "Quell is the more useful of the two writers. Building on Salt Complexity: Studies in Meaning (1992), "
    "he distinguishes flows from mere movement, and that is worth having, since nobody else has done it.\n",
    { XT_TITLE ("Salt Complexity"), XT_AUTHOR (NULL), XT_YEAR (1992), XT_ABSENT ("Building on Salt Complexity"), XT_COUNT (1) } },
  /* a capitalised compound broken after its hyphen (normalize.c) */
  { "/extract/title-runs/hyphen-at-line-end",
    "He read the Anglo-\nSaxon Salt Chronicles (London, 1950) again.\n",
    { XT_TITLE ("Anglo-Saxon Salt Chronicles"), XT_AUTHOR (NULL), XT_YEAR (1950), XT_ABSENT ("Saxon Salt Chronicles"), XT_COUNT (1) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
