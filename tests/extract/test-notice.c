/* test-notice.c — notices that open with their header (detect-notice.c),
 * booksellers' entries ("23. FAMILY, Given. Title. Place: Publisher,
 * Year." over a description, detect-header.c), and the citations inside a
 * notice: "the author of “T”", an award in
 * parentheses that dates an honour, not a container or a publisher. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  { "/extract/notice/caps-title-runs-on",
    "Briefly Noted\n\nGREY HARBOUR. By Tom Vell. 565 pages. Lantern Books. $4.95. A long and earnest book "
    "about a harbour town and the people who leave it, told in a plain and careful prose that rarely "
    "lifts but never falls, with a hundred pages too many and a good ending.\n",
    { XT_COUNT (1), XT_TITLE ("GREY HARBOUR"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PRICE, "$4.95") } },
  { "/extract/notice/publisher-pages",
    "SALT AND IRON. By Ada Quell and Piet Orr. 408 pages. Random House. $3.95. Two writers on the "
    "mines of the north, and a better book than either has written alone, though it is a slow one.\n",
    { XT_COUNT (1), XT_TITLE ("SALT AND IRON"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Random House") } },
  /* "the author of T" in a notice: the notice's author wrote T (attribution.c) */
  { "/extract/notice/keeps-inner-citation",
    "LOW WATER. By Tom Vell. 251 pages. Lantern Books. $3.50. Ten stories from the author of "
    "\"The Salt Road\" (Booker Prize, 1952), and the best of them is the last, a long walk at night.\n",
    { XT_COUNT (2), XT_TITLE ("The Salt Road"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, NULL) } },
  /* title case needs two imprint units besides the by-line */
  { "/extract/notice/title-case",
    "Low Water. By Tom Vell. 251 pages. Lantern Books. $3.50. Ten stories of the coast, the best of "
    "them the last, a long walk at night along the shore to a light that is never reached.\n",
    { XT_COUNT (1), XT_TITLE ("Low Water"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "251") } },
  /* the notice's first sentence quotes a title and ends inside the quote */
  { "/extract/notice/quote-ends-header",
    "LOW WATER. By Tom Vell. 251 pages. Lantern Books. $3.50. Ten stories from the coastal author of "
    "\"Salt Water.\" It is the most frightening book this reviewer has read this year, and that says a lot.\n",
    { XT_COUNT (2), XT_TITLE ("Salt Water"), XT_AUTHOR ("Vell") } },
  /* a bookseller's entry over the description of the copy */
  { "/extract/notice/bookseller-entry",
    "Catalogue 12\n\n23. VELL, Tom. Grey Harbour. London: Lantern Books, 1938.\nFirst edition. Original "
    "cloth, a very good copy in the rare dust-wrapper, a little faded at the spine, with a small chip.\n"
    "£3,750   [Ref: 2311]\n",
    { XT_COUNT (1), XT_TITLE ("Grey Harbour"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books") } },
  /* entries whose title holds a comma, whose publisher holds commas,
   * and whose description opens with an edition statement */
  { "/extract/notice/bookseller-comma-title",
    "Catalogue 12\n\n24. QUELL, Ada. Good Night, Harbour. London: Lantern Books, 1936.\nFirst edition. "
    "Spine a little faded, otherwise a good copy.\n£1,400   [Ref: 2312]\n",
    { XT_COUNT (1), XT_TITLE ("Good Night, Harbour"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, NULL),
      XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books") } },
  { "/extract/notice/bookseller-comma-publisher",
    "Catalogue 12\n\n25. O'VELL, Tom. Salt-and-Iron. London: Longmans, Green and Co., 1939.\nFirst edition, "
    "one of a few hundred copies sold. Black cloth, a near-fine copy.\n£5,500   [Ref: 2313]\n",
    { XT_COUNT (1), XT_TITLE ("Salt-and-Iron"), XT_AUTHOR ("O'Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Longmans, Green and Co."),
      XT_ABSENT ("First edition, one of a few hundred copies sold") } },
  /* the anthropology journals' header: the author after the title, no "By" */
  { "/extract/notice/author-after-title",
    "Salt Roads: Trade in the North. Ada Quellmann. Minneapolis: Lantern University Press, 1996. 229 pp. "
    "$49.95 (cloth), $19.95 (paper).\n\nBoth of these books gather essays written over a decade.\n",
    { XT_COUNT (1), XT_TITLE ("Salt Roads"), XT_AUTHOR ("Quellmann"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Minneapolis"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Lantern University Press") } },
  /* … but a name-like publisher after the title, with a price only */
  { "/extract/notice/publisher-after-title",
    "Salt Roads. By Ada Quell. Victor Lantern. 7s. 6d.\n\nThe book gathers essays written over a decade.\n",
    { XT_COUNT (1), XT_TITLE ("Salt Roads"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, NULL) } },
  /* "Pp. xiv + 312." with the label first, and the year wrapped onto the
   * next line of the header */
  { "/extract/notice/label-first-extent-wrapped-year",
    "Ada Quell. The Copper Gull: Herring and Empire, 1600-1800. Cambridge: Lantern University Press,\n"
    "1990. Pp. xiv + 312. $49.50 (cloth), $16.95 (paper).\n\n"
    "This is a long book about fish, and a good one, though the maps are poor and the prose is dense.\n",
    { XT_COUNT (1), XT_TITLE ("The Copper Gull"), XT_AUTHOR ("Quell"), XT_YEAR (1990),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "xiv + 312") } },
  /* "QUELL, ADA.": a heading's family and given names both in capitals */
  { "/extract/notice/inverted-name-all-capitals",
    "QUELL, ADA. The Copper Gull: Herring and Empire. Lantern University Press, 1990.\n312 pp. $49.50.\n\n"
    "This is a long book about fish, and a good one, though the maps are poor and the prose is dense.\n",
    { XT_COUNT (1), XT_TITLE ("The Copper Gull"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada") } },
  /* "ADA QUELL. Title. Place: Publisher, Year.": a name in capitals that
   * opens with a known given name is the author, not a title */
  { "/extract/notice/name-in-capitals-first",
    "Review\n\nADA QUELL. European Harbours, 1500-1800. London: Lantern Books, 1984. 398 pp. \xc2\xa3" "25.\n\n"
    "This is a long book about towns, and it is careful and good and long.\n",
    { XT_COUNT (1), XT_TITLE ("European Harbours, 1500-1800"), XT_AUTHOR ("Quell"), XT_YEAR (1984) } },
  /* a journal's header: "Title. By E. P. Name. Place:" wrapped before its
   * publisher, extent as "Pp. 313." */
  { "/extract/notice/journal-header-wrapped-place",
    "Review\n\nSalt and Iron. By E. P. Vell. New York:\nLantern Books, 1975. Pp. 313. $12.95.\n\n"
    "These two books, published within months of each other, announce a new history of the mines.\n",
    { XT_COUNT (1), XT_TITLE ("Salt and Iron"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books") } },
  /* a header line's subtitle with commas before "by", and a possessive
   * that is the title's own */
  { "/extract/notice/header-line-subtitle-commas",
    "Books in this review\n\nFool's Dust: How Greed Corrupted a Dream, Shattered Markets and Unleashed "
    "a Catastrophe by Anna Vell (Lantern, £20)\n\n"
    "The crisis has produced many books, and this is the best of them, though it is not short.\n",
    { XT_COUNT (1), XT_TITLE ("Fool's Dust"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_SUBTITLE, "How Greed Corrupted a Dream, Shattered Markets and Unleashed a Catastrophe") } },
  /* a short paragraph of prose is no header: its first sentence is no title */
  { "/extract/notice/short-prose-paragraph",
    "Ada Vell has thought about mills for years. In the Age of the Salt Machine: The Future of Work "
    "(Lantern Books, 1988) was a study of them.\n",
    { XT_COUNT (1), XT_TITLE ("In the Age of the Salt Machine"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books") } },
  /* a possessive opening a header's title, mentioned again in the prose */
  { "/extract/notice/possessive-title-again",
    "Review\n\nOrr's Salt Tree: Crime in the North. By\nAda Vell and Tom Quell.\nNew York: Lantern Books, "
    "1975. Pp. 352. $12.95.\n\nThe essays in Orr's Salt Tree extend the case, and they are long and careful "
    "and good, though the maps are poor.\n",
    { XT_COUNT (1), XT_TITLE ("Orr's Salt Tree"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books") } },
  /* a sentence that opens with capitals and "By" but carries no imprint */
  { "/extract/notice/no-imprint",
    "THE END. By then the town had emptied, and the harbour was a place for gulls and old men who "
    "remembered the boats, though none of them would say so to a stranger.\n",
    { XT_COUNT (0) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
