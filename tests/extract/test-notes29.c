/* test-notes29.c — conventions read in the twenty-ninth session.  Every
 * text is invented. */
#include "extract-test-util.h"

#define PROSE \
  "The prose of the review runs here, at the length of a paragraph of running text. It follows the " \
  "merchants along the coast and through the long silence after the war, and then it ends.\n"

static const XtCase cases[] = {
  /* ---- an older list's article with no quotes: the journal's tail, a roman volume, the volume's span
   * of years in brackets, the pages (detect-styles.c) */
  { "/extract/notes29/list-unquoted-article-roman-volume",
    PROSE "\nNotes\n\nLind, Oskar. The Method of Salt Economics. Review of Salt Studies, Vol. XIII (1945-46), pp. 19-33.\n",
    { XT_TITLE ("The Method of Salt Economics"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_CONTAINER ("Review of Salt Studies"),
      XT_FIELD (CK_FIELD_VOLUME, "XIII"), XT_FIELD (CK_FIELD_PAGES, "19-33"), XT_YEAR (1945), XT_AUTHOR ("Lind") } },
  /* the month inside the bracket, an issue dated alone; and the next line of a wrapped entry under a
   * hanging indent is no venue line of the text's own (venue-journal.c, detect-venue.c, detectors.c) */
  { "/extract/notes29/list-unquoted-article-month-wrapped",
    PROSE "\nNotes\n\nVell, A. B. The Uses of Salt in Society. Harbour Economic\n"
    "   Review, Vol. XXXV, No. 4 (Sept., 1945), pp. 519-530.\nQuell, Ada. Notes on Harbours. Gannet, No. 1 (Oct., 1945).\n",
    { XT_TITLE ("The Uses of Salt in Society"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_CONTAINER ("Harbour Economic Review"),
      XT_FIELD (CK_FIELD_ISSUE, "4"), XT_FIELD (CK_FIELD_VOLUME, "XXXV"),
      XT_TITLE ("Notes on Harbours"), XT_CONTAINER ("Gannet"), XT_FIELD (CK_FIELD_ISSUE, "1"), XT_NO_SELF } },
  { "/extract/notes29/list-wrapped-journal-not-venue",
    PROSE "\nNotes\n\nLind, Oskar. The Method of Salt Economics. Review of Salt\n"
    "   Studies, Vol. 13, No. 2 (1946), pp. 19-33.\n",
    { XT_TITLE ("The Method of Salt Economics"), XT_CONTAINER ("Review of Salt Studies"), XT_NO_SELF } },
  /* a list of articles in the header zone (a journal's "recent articles" column): not the reviewed book
   * (detect-styles.c) */
  { "/extract/notes29/header-zone-article-list",
    "Vell, A. B. The Uses of Salt in Society. Harbour Economic\n   Review, Vol. XXXV, No. 4 (Sept., 1945), pp. 519-530.\n"
    "Quell, Ada. Notes on Harbours. Gannet, No. 1 (Oct., 1945).\n",
    { XT_TITLE ("The Uses of Salt in Society"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_CONTAINER ("Harbour Economic Review"),
      XT_TITLE ("Notes on Harbours"), XT_CONTAINER ("Gannet") } },
  /* a book with a bracketed imprint is no article there, and its firm stays a firm */
  { "/extract/notes29/list-unquoted-book-not-article",
    PROSE "\nNotes\n\nOrr, Ada. Harbour Lights. London: Cape, 1950.\n",
    { XT_TITLE ("Harbour Lights"), XT_TYPE (CK_TYPE_BOOK), XT_FIELD (CK_FIELD_PUBLISHER, "Cape") } },
  /* ---- the ditto of a long run of hyphens, the imprint in brackets (detect-styles.c) */
  { "/extract/notes29/list-long-ditto-bracketed-imprint",
    PROSE "\nNotes\n\nOrr, Ada. Harbour Lights. London: Cape, 1950.\n"
    "---------. Total Salt: The Rise of the Salt State. (New Haven: Yale University Press, 1944).\n",
    { XT_TITLE ("Total Salt"), XT_AUTHOR ("Orr"), XT_YEAR (1944), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New Haven"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Yale University Press") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
