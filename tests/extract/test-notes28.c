/* test-notes28.c — conventions read in the twenty-eighth session.  Every
 * text is invented. */
#include "extract-test-util.h"

#define PROSE \
  "The prose of the review runs here, at the length of a paragraph of running text. It follows the " \
  "merchants along the coast and through the long silence after the war, and then it ends.\n"

static const XtCase cases[] = {
  /* ---- "by Professor Orr in Title (Firm, Year)": a style and a surname after "by" are a person, the
   * title starts after "in" (detectors.c title-imprint) */
  { "/extract/notes28/by-styled-surname-in-title",
    PROSE "\nThe theory is the one given by Professor Orr in Salt and Exchange after 1914 (Gannet, 1922), "
    "and by Mr. Lind in Tides of Trade (Harwell, 1921).\n",
    { XT_TITLE ("Salt and Exchange after 1914"), XT_YEAR (1922), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_TITLE ("Tides of Trade"), XT_YEAR (1921), XT_NO_TITLE_HAS ("Professor"), XT_NO_TITLE_HAS ("Lind") } },
  /* a style and a surname alone may still open a title where no "by" stands before */
  { "/extract/notes28/styled-surname-title-kept",
    PROSE "\nWe have read Mrs Quell in Harbour Lodge (London, 1950) twice.\n",
    { XT_TITLE ("Mrs Quell in Harbour Lodge") } },
  /* ---- "Mrs. King's The T": a rank word after a style is a surname, the owner of the title
   * (detectors.c possessive) */
  { "/extract/notes28/style-then-rank-word-owner",
    PROSE "\nShe writes once more. Mrs. King's The Well-Kept Harbour\n(Gannet, 1915) has been reprinted "
    "many times; Dr. Bishop's Salt Roads (Harwell, 1920) less often.\n",
    { XT_TITLE ("The Well-Kept Harbour"), XT_AUTHOR ("King"), XT_YEAR (1915),
      XT_TITLE ("Salt Roads"), XT_AUTHOR ("Bishop"), XT_NO_TITLE_HAS ("Mrs") } },
  /* a rank word alone still owns nothing: "the King's Salt" is a title's own possessive */
  { "/extract/notes28/rank-word-alone-no-owner",
    PROSE "\nHe read The King's Salt (Gannet, 1915) in one night.\n",
    { XT_TITLE ("The King's Salt"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "King") } },
  /* ---- one title, two works: an edited collection in the header and a single author's book of the
   * same name in the prose (merge.c) */
  { "/extract/notes28/same-title-editor-and-other-author",
    "The Salt Harbour, edited by Ada Vell (Gannet Press, \xc2\xa3" "7.99)\n\n" PROSE
    "\nTom Orr, whose own The Salt Harbour (Harwell, 1989) was long the only survey, writes on the "
    "harbour dues.\n",
    { XT_COUNT (2), XT_TITLE ("The Salt Harbour") } },
  /* the editor named again as the owner is the same work */
  { "/extract/notes28/same-title-editor-owner-merged",
    "The Salt Harbour, edited by Ada Vell (Gannet Press, \xc2\xa3" "7.99)\n\n" PROSE
    "\nVell's The Salt Harbour gathers the talks.\n",
    { XT_COUNT (1), XT_TITLE ("The Salt Harbour"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
