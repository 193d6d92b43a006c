/* test-notes22.c — conventions read in the twenty-second session.  Every
 * text is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- a publisher's list: books under their author in capitals (detect-stacked.c) */
  /* the first book's blurb stands between its title and its particulars */
  { "/extract/notes22/publisher-list-blurb-then-particulars",
    "GANNET & SONS LTD\n\nAUTUMN LIST\n\nADA QUELL\nTHE SALT ORCHARD\n\nMiss Quell follows the harbour trade from "
    "the Tudors to the present day,\nand shows how much of the coast's argument with itself it carried.\n"
    "Demy 8vo. About 380 pp. 30s. net. Ready September\n",
    { XT_TITLE ("THE SALT ORCHARD"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "380"), XT_NO_WORK_HAS ("Demy"), XT_COUNT (1) } },
  /* backlist: "TITLE. particulars" a line, and a title over its subtitle and particulars */
  { "/extract/notes22/publisher-list-backlist-lines",
    "TOM ORR\nHARBOUR LIGHTS. 21s. net\nTHE TIDE TABLES. Second edition, revised (1947). 18s. net\n"
    "SALT AND IRON\nA Study of the Northern Trade\nNew edition, with a new preface. 12s. 6d. net\n",
    { XT_TITLE ("HARBOUR LIGHTS"), XT_AUTHOR ("Orr"), XT_TITLE ("THE TIDE TABLES"), XT_AUTHOR ("Orr"), XT_YEAR (1947),
      XT_FIELD (CK_FIELD_EDITION, "Second edition, revised"), XT_TITLE ("SALT AND IRON"),
      XT_FIELD (CK_FIELD_SUBTITLE, "A Study of the Northern Trade"), XT_AUTHOR ("Orr"), XT_COUNT (3) } },
  /* "A Novel" under the title is a genre label, no subtitle */
  { "/extract/notes22/publisher-list-genre-label",
    "ADA QUELL\nTHE BELL TOWER\nA Novel\nCrown 8vo. 320 pp. 16s. net\n",
    { XT_TITLE ("THE BELL TOWER"), XT_AUTHOR ("Quell"), XT_NO_WORK_HAS ("Novel"), XT_COUNT (1) } },
  /* a format is no firm: "Demy 8vo" never becomes the publisher */
  { "/extract/notes22/format-not-publisher",
    "ADA QUELL\nTHE SALT ORCHARD\nDemy 8vo. 254 pp. 25s. net\n",
    { XT_TITLE ("THE SALT ORCHARD"), XT_NO_WORK_HAS ("Demy"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "254") } },
  /* prose with a name line in capitals over a heading is no list */
  { "/extract/notes22/publisher-list-no-particulars",
    "ADA QUELL\nTHE SALT ORCHARD\n\nShe wrote it in a winter, and it shows.\n",
    { XT_NONE_FIRED ("stacked-header") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
