/* test-notes27.c — conventions read in the twenty-seventh session.  Every
 * text is invented. */
#include "extract-test-util.h"

#define PROSE \
  "The prose of the review runs here, at the length of a paragraph of running text. It follows the " \
  "merchants along the coast and through the long silence after the war, and then it ends.\n"

static const XtCase cases[] = {
  /* ---- a plural possessive inside a title: "the Sailors’ Strike" (tokenize.c, detectors.c possessive) */
  { "/extract/notes27/plural-possessive-inside-title",
    PROSE "\nAda Quell\xe2\x80\x99s Salt and Tide: Women and the Sailors\xe2\x80\x99 Strike (Gannet Press, 1987) "
    "recorded the wives\xe2\x80\x99 groups. Within a year Tom Vell had edited Harbour Lines: Issues in the "
    "Dockers' Strike (Harwell, 1985), and the men read it.\n",
    { XT_TITLE ("Salt and Tide"), XT_AUTHOR ("Quell"), XT_YEAR (1987),
      XT_FIELD (CK_FIELD_SUBTITLE, "Women and the Sailors\xe2\x80\x99 Strike"),
      XT_TITLE ("Harbour Lines"), XT_YEAR (1985),
      XT_FIELD (CK_FIELD_SUBTITLE, "Issues in the Dockers' Strike"),
      XT_ABSENT ("Strike") } },
  /* a single quote left open is closed by the apostrophe, not read as a possessive */
  { "/extract/notes27/open-single-quote-closed-by-apostrophe",
    PROSE "\nHis essay \xe2\x80\x98The Last of the Sailors\xe2\x80\x99 appeared in Gannet Review (1961).\n",
    { XT_TITLE ("The Last of the Sailors") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
