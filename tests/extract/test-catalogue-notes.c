/* test-catalogue-notes.c — catalogue records in a numbered, indented
 * results list, and the works their notes name
 * (src/lib/extract/detect-catalogue.c, detect-catalogue-notes.c).
 * Invented records only. */
#include "extract-test-util.h"

static const char results[] =
  "Results 1-2 of 2 for: reed ann\n\n"
  "1.  Title:        Tide tables / Ann Reed.\n"
  "    Author:       Reed, Ann, 1961-\n"
  "    Publisher:    Leeds : Gannet Books, 2001.\n"
  "    Description:  312 p. ; 22 cm.\n"
  "    ISBN:         0000000000 (hbk.) : £12.99\n"
  "    Notes:        Shortlisted for the Harbour Prize 2002.\n"
  "                  Written in answer to B.K. Lund's The quiet coast.\n"
  "    Subjects:     Coasts -- Fiction.\n"
  "    Shelfmark:    F REE      Status: Available\n\n"
  "2.  Title:        The salt road : a novel / Ann Reed.\n"
  "    Author:       Reed, Ann, 1961-\n"
  "    Publisher:    Leeds : Gannet Books, 2006.\n"
  "    Description:  280 p. ; 22 cm.\n"
  "    Notes:        Sequel to: Tide tables.\n"
  "                  Also by the author: Harbour lights ; Grey water : stories of the fens.\n"
  "                  Translation of: Le chemin du sel.\n"
  "    Shelfmark:    F REE      Status: On loan\n";

static const XtCase cases[] = {
  { "/extract/catalogue-notes/numbered-indented", results,
    { XT_TITLE ("Tide tables"), XT_AUTHOR ("Reed"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ann"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Leeds"), XT_YEAR (2001),
      XT_TITLE ("The salt road"), XT_FIELD (CK_FIELD_SUBTITLE, "a novel"),
      XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Le chemin du sel"), XT_YEAR (2006),
      /* no title keeps its label */
      XT_NO_TITLE_PREFIX ("Title") } },
  { "/extract/catalogue-notes/notes-name-works", results,
    { XT_TITLE ("The quiet coast"), XT_AUTHOR ("Lund"),
      XT_TITLE ("Harbour lights"), XT_AUTHOR ("Reed"),
      XT_TITLE ("Grey water"), XT_FIELD (CK_FIELD_SUBTITLE, "stories of the fens"), XT_AUTHOR ("Reed"),
      /* prizes and shelf marks are no works; the sequel's target is the
       * first record, not a second copy */
      XT_ABSENT ("Shortlisted for the Harbour Prize 2002"), XT_ABSENT ("Harbour Prize"), XT_COUNT (5) } },
  /* an indented paragraph with one label is still no record */
  { "/extract/catalogue-notes/indented-prose-label",
    "    Title: a word we use for the name of a book, as everyone knows.\n"
    "    It is a plain thing and we need not dwell on it here at all.\n",
    { XT_NONE_FIRED ("catalogue-record") } },
  /* "[1] Title:" numbering, and a bare "Date:" label */
  { "/extract/catalogue-notes/bracket-numbers-and-date",
    "Search results\n\n"
    "[1] Title:      The salt road : a novel / Ann Reed.\n"
    "    Author:     Reed, Ann, 1961-\n"
    "    Publisher:  Leeds : Gannet Books, 2006.\n"
    "    ISBN:       0000000000\n\n"
    "[2] Title:      Tide tables\n"
    "    Author:     Reed, Ann\n"
    "    Publisher:  Gannet Books\n"
    "    Date:       2001\n",
    { XT_TITLE ("The salt road"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Leeds"), XT_FIELD (CK_FIELD_ISBN, "0000000000"),
      XT_TITLE ("Tide tables"), XT_YEAR (2001), XT_AUTHOR ("Reed") } },
  /* a brief entry "1. T / A." with labelled lines under it */
  { "/extract/catalogue-notes/brief-entry-with-labels",
    "1. The salt road : a novel / Ann Reed.\n"
    "   Publisher: Leeds : Gannet Books, 2006.\n"
    "   ISBN: 0000000000\n\n"
    "2. Tide tables / Ann Reed.\n"
    "   Publisher: York : Kestrel Press, 2001.\n",
    { XT_TITLE ("The salt road"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Leeds"), XT_FIELD (CK_FIELD_ISBN, "0000000000"), XT_YEAR (2006),
      XT_TITLE ("Tide tables"), XT_FIELD (CK_FIELD_PUBLISHER, "Kestrel Press"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "York"), XT_YEAR (2001),
      XT_COUNT (2) } },
  /* a results list of brief records with no labels */
  { "/extract/catalogue-notes/results-list",
    "Search results for reed\n\n"
    "1. The salt road : a novel\n   by Reed, Ann, 1961-\n   Leeds : Gannet Books, 2006\n   Book - 280 p.\n\n"
    "2. Tide tables\n   by Ann Reed and Bo Lind\n   York : Kestrel Press, 2001\n   eBook\n",
    { XT_TITLE ("The salt road"), XT_FIELD (CK_FIELD_SUBTITLE, "a novel"), XT_AUTHOR ("Reed"),
      XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ann"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "280"), XT_YEAR (2006),
      XT_TITLE ("Tide tables"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Lind"), XT_FIELD (CK_FIELD_PUBLISHER, "Kestrel Press"),
      XT_COUNT (2) } },
  /* short lines of verse or notes with a "by" line are no record without
   * an imprint */
  { "/extract/catalogue-notes/results-need-imprint",
    "The road goes down\nby the river and the sea\nand on to Leeds in the rain\n",
    { XT_COUNT (0) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
