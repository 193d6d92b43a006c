/* test-notes24.c — conventions read in the twenty-fourth session.  Every
 * text is invented. */
#include "extract-test-util.h"

#define PROSE \
  "The prose of the review runs here, at the length of a paragraph of running text. It follows the " \
  "merchants along the coast and through the long silence after the war, and then it ends.\n"

static const XtCase cases[] = {
  /* ---- a publisher's catalogue: the contributor's note is prose (spans.c ck_para_is_bio) */
  { "/extract/notes24/contributor-note-is-prose",
    "Ada Quell\nThe Salt Road\n\n" PROSE "\n"
    "ADA QUELL is Professor of History at Harbour University. Her books include The Tin\n"
    "Shop (1989), The Glass Rivers (1992), and Quiet\nHarbour Lights (Gannet, 2004).\n",
    { XT_TITLE ("The Tin Shop"), XT_YEAR (1989), XT_AUTHOR ("Quell"),
      XT_TITLE ("The Glass Rivers"), XT_YEAR (1992), XT_TITLE ("Quiet Harbour Lights"), XT_YEAR (2004),
      XT_NO_TITLE_PREFIX ("ADA QUELL") } },
  /* a book's number is no periodical's issue (detectors.c venue-line) */
  { "/extract/notes24/isbn-line-no-venue",
    PROSE "\n512 pages | Cloth | $39.95\nISBN 978-0-674-02676-6\n",
    { XT_NO_SELF, XT_NO_TYPE (CK_TYPE_REVIEW_BOOK) } },
  /* a title whose verb follows two capitalised words is no note */
  { "/extract/notes24/title-with-is-not-a-note",
    "The World is Flat Again\nBy Ada Quell\nGannet, 1990, 212 pages, $20\n\n" PROSE,
    { XT_TITLE ("The World is Flat Again"), XT_AUTHOR ("Quell"), XT_YEAR (1990) } },
  /* ---- "co-author with X of T" (detectors.c title-year) */
  { "/extract/notes24/coauthor-with-no-commas",
    "The prose of the review runs here. J. A. Quell, co-author with A. F. Vell of The Economy of\n"
    "Salt (1889), to whom he makes a handsome apology, comes off best.\n",
    { XT_TITLE ("The Economy of Salt"), XT_YEAR (1889), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"),
      XT_COUNT (1) } },
  /* a partner named by kin and forename: the forename alone is recorded as no one */
  { "/extract/notes24/coauthor-with-kin",
    "The prose of the review runs here. Her elder sister, Ada Quell, co-author with her sister Jane of\n"
    "the Lives of the Salt Merchants, set a standard of industry.\n",
    { XT_TITLE ("Lives of the Salt Merchants"), XT_AUTHOR ("Quell"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 1, "Jane") } },
  /* ---- the works lexicon (known-works.c): a short title another writer's
   * book holds, where the text names that writer and not the short one's */
  { "/extract/notes24/known-short-title-of-named-author",
    "<p>The comparison the book invites is with Hutt, whose early chapters (the first three of <i>Class in "
    "Britain</i>, reprinted in 1975) are still the angriest thing of their kind.</p>\n",
    { XT_TITLE ("Class in Britain"), XT_AUTHOR ("Hutt"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Cannadine") } },
  /* the short title's own author named: the lexicon's entry stands */
  { "/extract/notes24/known-short-title-own-author",
    "<p>The comparison the book invites is with Cannadine and Hutt, and the first three chapters of <i>Class in "
    "Britain</i> are still the best thing of their kind.</p>\n",
    { XT_TITLE ("Class in Britain"), XT_AUTHOR ("Cannadine") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
