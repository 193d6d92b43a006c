/* test-notes18.c — conventions read in the eighteenth session.  Every
 * text is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- notices run on into their paragraph (detect-notice.c) */
  /* a biology quarterly's notices: "TITLE.\nBy Name. Firm, Place.\nS6.50. xii + 384 pp.; ill. 1953." with no
   * blank line before the notice; a subtitle, a series with its number and a translator between the parts */
  { "/extract/notes18/notice-title-by-line-series",
    "NEW BOOKS ON THE SEA\n\nThe aim of this department is to give the reader brief indications of the character "
    "and the value of new books on the harbours. Unsigned notices are by the Editors.\n\n"
    "THE SALT HARBOURS OF THE NORTH. Gannet Marine Series, No. 12.\nBy Ada J. Quell. Gannet University Press, New York.\n"
    "S6.50. xx + 434 pp.; ill. 1953.\nThis is not a second edition of her earlier book but a new one, and the chapters "
    "on the tides are wholly rewritten.\n\n"
    "THE TIDE TABLES. A Study of the Ferries of the Coast.\nBy Ivo Vellman. Translated by Ruth Marsh. Heron Book\n"
    "Company, London. 16s. xvi + 255 pp.; ill. 1954.\nA long and careful book, written from Bergen, which the ferrymen "
    "will read.\n",
    { XT_TITLE ("THE SALT HARBOURS OF THE NORTH"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_COLLECTION_TITLE, "Gannet Marine Series"),
      XT_FIELD (CK_FIELD_COLLECTION_NUMBER, "12"), XT_FIELD (CK_FIELD_PRICE, "$6.50"), XT_YEAR (1953),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"), XT_TITLE ("THE TIDE TABLES"),
      XT_FIELD (CK_FIELD_SUBTITLE, "A Study of the Ferries of the Coast"), XT_AUTHOR ("Vellman"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Marsh"), XT_FIELD (CK_FIELD_PUBLISHER, "Heron Book Company"), XT_YEAR (1954),
      XT_COUNT (2) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
