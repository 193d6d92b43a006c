/* test-notes12.c — conventions read in the twelfth session.  Every text
 * is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- a relative clause after the title dates it (attr-context.c) */
  { "/extract/notes12/quoted-comma-which-appeared",
    "Readers of the Harbour Quarterly may remember his story \"The Lodge Keeper,\" which appeared there in 1949.\n",
    { XT_TITLE ("The Lodge Keeper"), XT_YEAR (1949) } },
  { "/extract/notes12/which-he-published",
    "Ada Quell wrote \"Everybody's Salt Novel,\" which she published in a little magazine in 1951.\n",
    { XT_TITLE ("Everybody's Salt Novel"), XT_YEAR (1951) } },
  { "/extract/notes12/reduced-relative-published",
    "Ada Quell's The Salt Road, published in Italy in 2011 as La strada del sale, is her best book.\n",
    { XT_TITLE ("The Salt Road"), XT_YEAR (2011) } },
  /* "appeared in Paris in 1935" still dates it when the comma is inside the quotes */
  { "/extract/notes12/quoted-comma-appeared",
    "The first life, Ada Quell's \"The Harbour: A Critical Survey,\" appeared in Paris in 1935 and in English later.\n",
    { XT_TITLE ("The Harbour"), XT_YEAR (1935) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
