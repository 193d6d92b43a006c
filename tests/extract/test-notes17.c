/* test-notes17.c — conventions read in the seventeenth session.  Every
 * text is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- Chicago bibliography entries (detect-styles.c, scholar-shapes.c) */
  /* a star marks the books reviewed in the issue; a three-word family with a particle */
  { "/extract/notes17/style-entry-star-and-long-family",
    "BOOKS RECEIVED\n\n*Vell, Anna J. The Salt Harbours of the North. New York: Heron Books, 1974. Pp. xii, 330.\n\n"
    "Le Breton du Quell, Marie. The Tide Tables. Paris: Gannet, 1961.\n",
    { XT_TITLE ("The Salt Harbours of the North"), XT_AUTHOR ("Vell"), XT_YEAR (1974),
      XT_TITLE ("The Tide Tables"), XT_AUTHOR ("Le Breton du Quell"), XT_YEAR (1961), XT_COUNT (2) } },
  /* "4 vols." between the title and the imprint; an editor's "ed." */
  { "/extract/notes17/style-entry-volumes-sentence",
    "Bibliography\n\nQuell, Wayne D., ed. Salt Villages of the Baltic: A Documentary History. 4 vols. Boston: "
    "Harbour House, 1975.\n",
    { XT_TITLE ("Salt Villages of the Baltic"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"),
      XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "4"), XT_FIELD (CK_FIELD_PUBLISHER, "Harbour House"), XT_YEAR (1975) } },
  /* "Translated, with an introduction, by X." with Chicago's commas; "1932. Reprint, London: …" */
  { "/extract/notes17/style-entry-role-commas-and-reprint",
    "Bibliography\n\nVellman, Mark. The Silent Pier. Translated, with an introduction, by Ruth Quell. Urbana: "
    "Lantern Press, 1966.\n\nQuellman, Ralph. The Quay. 1932. Reprint, London: Gannet Press, 1970.\n",
    { XT_TITLE ("The Silent Pier"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Quell"), XT_YEAR (1966),
      XT_TITLE ("The Quay"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
