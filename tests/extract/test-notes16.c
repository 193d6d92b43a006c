/* test-notes16.c — conventions read in the sixteenth session.  Every text
 * is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- titles (title-mend.c, spans.c) */
  /* a span of years after a title's comma closes the title, whatever follows */
  { "/extract/notes16/title-year-range-tail",
    "As Ann Quell showed in The Salt Trade of the North, 1780-1860, the harbours grew first.\n",
    { XT_TITLE ("The Salt Trade of the North, 1780-1860"), XT_AUTHOR ("Quell") } },
  /* "1917-23 and after" is not a closing span; a quoted title keeps its quotes' end */
  { "/extract/notes16/title-year-range-not-after-quote",
    "Tom Vell's \"The Harbour Wall,\" 1901-1903, was a serial before it was a book.\n",
    { XT_TITLE ("The Harbour Wall") } },
  /* a serial title whose last group has "among the" inside, before "(Place, Year)" */
  { "/extract/notes16/serial-title-inner-function-words",
    "The classic account remains Salt, Tides and Weather among the Harbour Folk (Oxford, 1937), long out of print. "
    "See Nets, Hooks and Lines of the Coast (London, 1951).\n",
    { XT_TITLE ("Salt, Tides and Weather among the Harbour Folk"), XT_YEAR (1937),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Oxford"), XT_TITLE ("Nets, Hooks and Lines of the Coast"), XT_YEAR (1951) } },
  /* "a", "in", "die" inside a foreign title opened by its article */
  { "/extract/notes16/foreign-title-shared-inner-word",
    "Quell, as he showed in La barca a vela (1978), knew the harbour. Vell wrote Reise in die Salzstadt (Berlin, "
    "1931) later. He gave the book a title (1978) of its own.\n",
    { XT_TITLE ("La barca a vela"), XT_YEAR (1978), XT_TITLE ("Reise in die Salzstadt"), XT_YEAR (1931),
      XT_NO_TITLE_HAS ("book a title") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
