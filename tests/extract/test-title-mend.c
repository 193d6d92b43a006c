/* test-title-mend.c — runs read across a boundary that title case marks
 * (src/lib/extract/title-mend.c): a small word before a capitalised
 * opener, a name in capitals glued above, editors before "eds.,".  The
 * distractors are titles that name a title inside them.  Invented works
 * only. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  { "/extract/title-mend/and-opener/two-titles",
    "Readers of Lost Horizon Road, or the earlier Knight in Grey and And Now the Rain (1931), will not be surprised.\n",
    { XT_TITLE ("Knight in Grey"), XT_TITLE ("And Now the Rain"), XT_YEAR (1931), XT_NO_TITLE_HAS (" and And") } },
  { "/extract/title-mend/as-opener/place-before",
    "Orrin's book, published earlier this year in Britain as The Surgeon of Quell Street (Heron, 1998), tells the story.\n",
    { XT_TITLE ("The Surgeon of Quell Street"), XT_FIELD (CK_FIELD_PUBLISHER, "Heron"), XT_NO_TITLE_HAS ("Britain") } },
  { "/extract/title-mend/in-opener/author-before",
    "The tone is that of Adria Vell Langley in A Lamp Is in the Window (1945), warm and a little arch.\n",
    { XT_TITLE ("A Lamp Is in the Window"), XT_AUTHOR ("Langley"), XT_NO_TITLE_HAS ("Adria") } },
  { "/extract/title-mend/in-opener/title-in-title",
    "He cites Ada Orr's Folk Tunes of the Valley in The Rite of Harvest (1987) twice.\n",
    { XT_TITLE ("Folk Tunes of the Valley in The Rite of Harvest"), XT_AUTHOR ("Orr") } },
  { "/extract/title-mend/of-opener/title-in-title",
    "Ivo Lind's The Fate of A Harbour (Heron, 1990) is the model.\n",
    { XT_TITLE ("The Fate of A Harbour"), XT_AUTHOR ("Lind") } },
  { "/extract/title-mend/caps-name/above",
    "INES CALDWELL\nThe Vanishing Harbour by Bret Orrin (Heron Books, £14.99) - twin sisters, one of whom leaves - is "
    "the most intelligent bestseller of the year.\n",
    { XT_TITLE ("The Vanishing Harbour"), XT_AUTHOR ("Orrin"), XT_NO_TITLE_HAS ("INES") } },
  { "/extract/title-mend/eds/editors",
    "Finding the Salt: Autonomy and Capacity\n\nRichard M. Tennor\n\n"
    "Peter B. Vellum, Dietrich Orr, and Theda Lind, eds., Bringing the Salt Back In.\n"
    "Cambridge: Cambridge University Press, 1985.\n\n"
    "Stephen Quell, Building a New Salt State: The Expansion of Capacities, 1877-1920. "
    "Cambridge: Cambridge University Press, 1982.\n\nThe two books share a thesis.\n",
    { XT_TITLE ("Bringing the Salt Back In"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vellum"),
      XT_FAMILY (CK_ROLE_EDITOR, 2, "Lind"), XT_NO_TITLE_HAS ("eds") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
