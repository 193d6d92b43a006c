/* test-notes21.c — conventions read in the twenty-first session.  Every
 * text is invented; the known works are canonical ones the lexicon holds. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- a known work's author in the form the text writes (known-works.c) */
  { "/extract/notes21/known-work-text-given-initials",
    "Her model, plainly, is The Magic Mountain, and T. H. Mann is never far away.\n",
    { XT_TITLE ("The Magic Mountain"), XT_AUTHOR ("Mann"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "T. H."), XT_COUNT (1) } },
  /* a capitalised word on the line above is no part of the given name */
  { "/extract/notes21/known-work-text-given-one-line",
    "Her model, plainly, is The Magic Mountain.\n\nCentenary Edition\nThomas Mann\n",
    { XT_TITLE ("The Magic Mountain"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Thomas") } },
  /* no given name in the text: the lexicon's */
  { "/extract/notes21/known-work-lexicon-given",
    "Her model, plainly, is The Magic Mountain, and Mann is never far away.\n",
    { XT_TITLE ("The Magic Mountain"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Thomas") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
