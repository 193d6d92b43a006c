/* test-title-echo.c — a title found earlier and named again bare later
 * (src/lib/extract/title-echo.c) is no person: it must not become the
 * text's subject, nor the author of the works around it.  Invented texts:
 * made-up authors, titles and firms. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* the repeated title's last word would otherwise count as a surname
   * that recurs, and author every work of the paragraph */
  { "/extract/title-echo/repeat-is-no-author",
    "Her first book was slim; The Drowned Parish (1992) and Seven Sluices (1995) followed, and with\n"
    "A Map of Low Water (Tallis, 1999) she found her subject. It was so in Seven Sluices.\n",
    { XT_TITLE ("Seven Sluices"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Sluices"),
      XT_TITLE ("A Map of Low Water"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Sluices"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Sluices"), XT_COUNT (3) } },
  /* with a reviewed author the works stay hers */
  { "/extract/title-echo/reviewed-author-kept",
    "Ilse Varrow, The Tin Orchard. Heron Books, 2011. 312 pp.\n\n"
    "Her Seven Sluices (1995) was slim, and Iron Gulls (1999) slimmer. It was so in Seven Sluices, and "
    "Seven Sluices is still read.\n",
    { XT_TITLE ("Seven Sluices"), XT_AUTHOR ("Varrow"), XT_TITLE ("Iron Gulls"), XT_AUTHOR ("Varrow") } },
  /* a life named for its subject: the person named again is still a
   * person, and gives the book its author */
  { "/extract/title-echo/person-title-left",
    "Tom Orr's Ada Quennell (1990) is a life. Ada Quennell wrote Iron Gulls (1951) in a month.\n",
    { XT_TITLE ("Iron Gulls"), XT_AUTHOR ("Quennell") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
