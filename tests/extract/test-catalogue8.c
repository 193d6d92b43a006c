/* test-catalogue8.c — catalogue and list layouts: dealers' catalogue
 * entries whose heading is set off by space rather than a stop, the
 * earlier edition a library record's notes name ("Originally published:
 * Place : Firm, 1950."), search-result page chrome, and headers stacked
 * one field a line.
 *
 * Written from the conventions of the book trade and of library systems,
 * not from any evaluation text: every author, title and firm here is
 * invented ("Harwell Press", "Gannet Books", "Kestrel Press").
 * (src/lib/extract/detect-bookseller.c, detect-catalogue-notes.c,
 * detect-stacked.c) */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ------------------------------------------------- dealers' entries */

  /* the lot number, the heading in capitals with initials in
   * parentheses, two spaces, the title and its subtitle as sentences,
   * the imprint on the wrapped line, then the description and price */
  { "/extract/catalogue8/bookseller/spaced-heading",
    "CATALOGUE 12\n\n"
    "204  VARLEY (J.T.)  The Salt Orchard. A Tale of the Marshes.\n"
    "     London: Harwell Press & Co., 1911.  8vo, original blue cloth, spine\n"
    "     a little faded.  First edition.                                  \xc2\xa3" "120\n\n"
    "205  DRAYE (Lucia)  Wind over Kestrel Fell.\n"
    "     Edinburgh: Gannet Books, 1923.  8vo, cloth.  Scarce.             \xc2\xa3" "85\n",
    { XT_TITLE ("The Salt Orchard"), XT_FIELD (CK_FIELD_SUBTITLE, "A Tale of the Marshes"), XT_AUTHOR ("Varley"),
      XT_GIVEN (CK_ROLE_AUTHOR, 0, "J.T."), XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press & Co"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1911),
      XT_TITLE ("Wind over Kestrel Fell"), XT_AUTHOR ("Draye"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Lucia"), XT_YEAR (1923),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books"), XT_COUNT (2) } },
  /* a family name of two words in capitals, a title with "; or," */
  { "/extract/catalogue8/bookseller/two-word-family",
    "17  PENROSE HALL (A.M.)  Beyond the Weir; or, A Summer Lost.\n"
    "    London, Leeds & York: Kestrel Press, 1890.  8vo, cloth.   \xc2\xa3" "60\n",
    { XT_COUNT (1), XT_TITLE ("Beyond the Weir; or, A Summer Lost"), XT_AUTHOR ("Penrose Hall"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Kestrel Press"), XT_YEAR (1890) } },
  /* the older full stop after the heading still reads as before */
  { "/extract/catalogue8/bookseller/stopped-heading",
    "9. VARLEY (John). The Salt Orchard. London: Harwell Press, 1911. First edition. \xc2\xa3" "120.\n",
    { XT_COUNT (1), XT_TITLE ("The Salt Orchard"), XT_AUTHOR ("Varley"), XT_YEAR (1911) } },
  /* the auction form with commas still ends its title at the first one */
  { "/extract/catalogue8/bookseller/auction-lot",
    "318  VARLEY (JOHN) The Salt Orchard, first edition, original cloth, 8vo, Harwell Press, 1911.\n",
    { XT_COUNT (1), XT_TITLE ("The Salt Orchard"), XT_AUTHOR ("Varley"), XT_YEAR (1911) } },
  /* a journal's notice: the heading with spaced initials, the title in
   * sentence case, "Vol. ii:" and the volume's own title, the imprint
   * with its year a sentence of its own, then extent and price */
  { "/extract/catalogue8/bookseller/journal-notice",
    "The Harbour Review, Vol. 12 (1971), pp. 40-42\n\n"
    "VARLEY (J. T. K.) A history of northern salt. Vol. iii: The\n"
    "guild towns from Leith to Bergen. York:\n"
    "University Press. 1970. Pp. xvi + 412. 63s.\n\n"
    "Mr Varley's third volume is, like the first two, a work of patient description, and it will be used by "
    "students for a generation.\n",
    { XT_TITLE ("A history of northern salt"), XT_AUTHOR ("Varley"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "J. T. K."),
      XT_FIELD (CK_FIELD_VOLUME, "iii"), XT_FIELD (CK_FIELD_SUBTITLE, "The guild towns from Leith to Bergen"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "York"), XT_YEAR (1970), XT_NO_TITLE_PREFIX ("guild towns") } },
  /* the same with a numeral and a full stop after the volume */
  { "/extract/catalogue8/bookseller/journal-notice-arabic",
    "ORR (Kai) The lamps of the coast. Vol. 2. The southern lights. London: Harwell Press, 1968. 21s.\n",
    { XT_COUNT (1), XT_TITLE ("The lamps of the coast"), XT_FIELD (CK_FIELD_VOLUME, "2"), XT_AUTHOR ("Orr"),
      XT_YEAR (1968) } },
  /* near misses: a number before words in capitals in prose, a count of
   * men, a table's row; no imprint, no entry */
  { "/extract/catalogue8/bookseller/distractor-numbers",
    "12  NEW TITLES (this month)  See the list below.\n"
    "3 MEN (and a dog) went out. They came back.\n"
    "1911  VARLEY (J.T.)  born in Leeds.\n",
    { XT_COUNT (0) } },
  /* a list of people with their dates, in capitals, is no catalogue */
  { "/extract/catalogue8/bookseller/distractor-people",
    "41  VARLEY (J.T.)  Painter and engraver. Worked in Leeds, 1890.\n",
    { XT_COUNT (0) } },

  /* ----------------------------------------- earlier editions in notes */

  /* "Originally published:" names the first edition of this translation:
   * a record of its own, beside the record's, with its translator */
  { "/extract/catalogue8/notes/originally-published",
    "Search results: harbour (2 of 9)\n\n"
    "1.\n"
    "Author:      Vell, Ben, 1899-1970.\n"
    "Title:       The iron meadow : a chronicle / Ben Vell ; translated from the Danish by Ada Quell.\n"
    "Published:   Leeds : Gannet Books, 1998.\n"
    "Description: 320 p. ; 22 cm.\n"
    "Notes:       Originally published: London : Harwell Press, 1951.\n"
    "Location:    Main Library   PT812.V4 I7 1998   Available\n",
    { XT_COUNT (2), XT_NO_SELF, XT_NO_TITLE_PREFIX ("Search results"),
      XT_TITLE ("The iron meadow"), XT_FIELD (CK_FIELD_SUBTITLE, "a chronicle"), XT_YEAR (1998),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books") } },
  { "/extract/catalogue8/notes/originally-published-edition",
    "Title:       The iron meadow / Ben Vell ; translated from the Danish by Ada Quell.\n"
    "Author:      Vell, Ben, 1899-1970.\n"
    "Published:   Leeds : Gannet Books, 1998.\n"
    "Notes:       Translation of: Jernengen.\n"
    "             Originally published: London : Harwell Press, 1951.\n",
    { XT_COUNT (2), XT_TITLE ("The iron meadow"), XT_YEAR (1998), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Jernengen") } },
  /* "Originally published in English:" under a brief ISBD line over
   * labels; the note is no venue of the text's own */
  { "/extract/catalogue8/notes/in-english",
    "Search results: vell meadow  |  Sort by: date  |  2 results\n\n"
    "1.  The iron meadow / Ben Vell ; translated from the Danish by Ada Quell.\n"
    "    Published:   Leeds : Gannet Books, 2004.\n"
    "    Description: 210 p. ; 20 cm.\n"
    "    Notes:       Translation of: Jernengen.\n"
    "                 Originally published in English: Boston : Kestrel Press, 1962.\n"
    "    Author:      Vell, Ben, 1899-1970.\n\n"
    "2.  Jernengen / Ben Vell.\n"
    "    Published:   Copenhagen : Lindqvist, 1950.\n",
    { XT_COUNT (3), XT_NO_SELF, XT_NO_TITLE_PREFIX ("Search results"), XT_TITLE ("Jernengen"), XT_YEAR (1950) } },
  /* the original language named first ("in French as T"), then "First
   * published:" with a journal's volume in parentheses: the original
   * edition under its own title, by the author alone, and the journal */
  { "/extract/catalogue8/notes/first-published-original",
    "Title:       The long shore / Luc Amiel ; translated by Ada Quell.\n"
    "Author:      Amiel, Luc, 1901-1977.\n"
    "Published:   York : Kestrel Press, 1988.\n"
    "Notes:       \"Originally published in French as La longue rive\"--T.p. verso.\n"
    "             First published: Paris : L. Rameau, 1931 (Revue des lettres maritimes ; no. 4).\n",
    { XT_COUNT (3), XT_TITLE ("The long shore"), XT_YEAR (1988), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Quell"),
      XT_TITLE ("La longue rive"), XT_YEAR (1931), XT_AUTHOR ("Amiel"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, NULL),
      XT_FIELD (CK_FIELD_PUBLISHER, "L. Rameau"), XT_PERIODICAL ("Revue des lettres maritimes") } },
  /* a publisher's series after the imprint is no periodical; a year
   * alone makes no edition of its own */
  { "/extract/catalogue8/notes/series-and-year-only",
    "Title:       The salt marsh / Tomas Fenn.\n"
    "Author:      Fenn, Tomas, 1880-1941.\n"
    "Published:   York : Kestrel Press, 1975.\n"
    "Notes:       Reprint. Originally published: 1930.\n"
    "             First published: London : Harwell Press, 1930 (Harwell library ; 12).\n",
    { XT_COUNT (2), XT_TITLE ("The salt marsh"), XT_YEAR (1975), XT_NO_TYPE (CK_TYPE_PERIODICAL) } },
  /* two editions of one title in a results list stay two records */
  { "/extract/catalogue8/notes/two-editions",
    "1.\n"
    "Author:      Vell, Ben, 1899-1970.\n"
    "Title:       The iron meadow / Ben Vell ; translated by Ada Quell.\n"
    "Published:   Leeds : Gannet Books, 1962.\n"
    "Description: 300 p. ; 22 cm.\n\n"
    "2.\n"
    "Author:      Vell, Ben, 1899-1970.\n"
    "Title:       The iron meadow / Ben Vell ; translated by Orla Strand.\n"
    "Published:   Leeds : Gannet Books, 2011.\n"
    "Description: 310 p. ; 22 cm.\n",
    { XT_COUNT (2) } },
  /* a review's closing note on where it first appeared stays the
   * review's own venue */
  { "/extract/catalogue8/notes/distractor-review-venue",
    "The Iron Meadow, by Ben Vell (Gannet Books, 1998), is a long book. It is also a fine one, and "
    "the translation reads well.\n\n"
    "Originally published in the Harbour Courier, 4 May 1999.\n",
    { XT_TITLE ("The Iron Meadow"), XT_SELF } },

  /* --------------------------------------------------- stacked headers */

  /* a shop's list: a rule over each book, title / author / imprint with
   * " | " separators / price; every book is read, with its year */
  { "/extract/catalogue8/stacked/shop-list",
    "STAFF PICKS: SEA WRITING\n"
    "Showing 1-3 of 3 items   Sort: Staff favourites\n\n"
    "------------------------------------------\n"
    "The Grey Weir: A River from Source to Sea\n"
    "Ola Brekke\n"
    "Quay Books, 2009 | Paperback | 410 pages | ISBN 9780000000001\n"
    "\xc2\xa3" "12.99   [Add to basket]\n\n"
    "Brekke walks the river in a summer and writes it down; the prose is plain and the maps are good.\n"
    "------------------------------------------\n"
    "Salt Roads: The Trade That Made the North\n"
    "Ida Marsh\n"
    "Second edition. Gannet Books, 2015 | Paperback | 380 pages\n"
    "\xc2\xa3" "14.00   [Add to basket]\n\n"
    "First published in 1990 and still the book to start with; Marsh's later work is more technical.\n"
    "------------------------------------------\n"
    "Lanterns, Lanterns, Lanterns. Ships, Ships, Ships.\n"
    "Kai Orr\n"
    "Harwell Press, 2014 | Hardback | 432 pages\n"
    "\xc2\xa3" "9.99   [Add to basket]\n\n"
    "A lighthouse keeper's memoir, funny and sad.\n",
    { XT_TITLE ("Salt Roads"), XT_AUTHOR ("Marsh"), XT_YEAR (2015), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books"),
      XT_TITLE_ANY ("Lanterns, Lanterns, Lanterns. Ships, Ships, Ships", "Lanterns, Lanterns, Lanterns"),
      XT_AUTHOR ("Orr"), XT_YEAR (2014), XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"),
      XT_TITLE ("The Grey Weir"), XT_AUTHOR ("Brekke"), XT_NO_TITLE_HAS ("Add to basket"), XT_NO_TITLE_HAS ("Showing") } },
  /* a review's header in capitals with a translator's line and no year */
  { "/extract/catalogue8/stacked/title-author-translator",
    "THE HARBOUR QUARTERLY\nSpring 1991\n\n"
    "A Lamp in the Dark\n\n"
    "SALT AND IRON\n"
    "Radomir Velk\n"
    "Translated by Ada Quell\n"
    "Gannet Books, 512 pages, \xc2\xa3" "14.95\n\n"
    "Velk finished the book in 1960 and never saw it printed. The manuscript was taken from his flat, and a copy "
    "survived only because a friend kept it.\n",
    { XT_TITLE ("SALT AND IRON"), XT_AUTHOR ("Velk"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Quell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books"), XT_NO_TITLE_HAS ("Gannet") } },
  /* "Name, Title" over the firm's line: the title stops at its line */
  { "/extract/catalogue8/stacked/name-comma-title",
    "Poetry  |  May 3, 2022\n\n"
    "Ada Quell, Songs from the Lower Harbour\n"
    "Farrar, Straus and Giroux, 2022, 80 pages, $26 (hardcover)\n\n"
    "Quell has written about the sea for forty years, and this book is her quietest.\n",
    { XT_TITLE ("Songs from the Lower Harbour"), XT_AUTHOR ("Quell"), XT_YEAR (2022),
      XT_NO_TITLE_HAS ("Farrar") } },
  /* a notice of several books, one header a line, the author in
   * capitals before a colon; the other binding's price in parentheses */
  { "/extract/catalogue8/stacked/colon-lines",
    "KAI ORR: Three Harbour Plays. Quay Books, London and Hull, 1961. 212 pp. 15s. (paper 7s. 6d.)\n"
    "KAI ORR: The Weir. Quay Books, 1963. 88 pp. 10s. 6d.\n\n"
    "Mr. Orr is now so much a figure of the northern stage that it is easy to forget how little of his work "
    "has been in print.\n",
    { XT_TITLE ("Three Harbour Plays"), XT_AUTHOR ("Orr"), XT_YEAR (1961), XT_FIELD (CK_FIELD_PUBLISHER, "Quay Books"),
      XT_TITLE ("The Weir"), XT_AUTHOR ("Orr"), XT_YEAR (1963), XT_NO_TITLE_HAS ("Quay") } },
  /* one such line alone stays the sentence header's; a line of prose
   * with a colon in a paragraph of them makes no notice */
  { "/extract/catalogue8/stacked/colon-lines-distractor",
    "KAI ORR: The Weir. Quay Books, 1963. 88 pp. 10s. 6d.\n"
    "Note: This review first appeared in the spring. It has been revised.\n\n"
    "Mr. Orr writes for the stage.\n",
    { XT_NONE_FIRED ("stacked-lines") } },
  /* near misses: a heading over a byline over a dateline; a headline over
   * a name over prose; a signature over an address */
  { "/extract/catalogue8/stacked/distractor-byline",
    "The Sea Remembered\n"
    "Ann Reed\n"
    "London, 12 May 1990\n\n"
    "Forty years after the fall of the port, the war has at last acquired a history.\n\n"
    "Letters Home\n"
    "Kai Orr\n"
    "Harbour Street, Leeds\n",
    { XT_ABSENT ("The Sea Remembered"), XT_ABSENT ("Letters Home"), XT_NONE_FIRED ("stacked-header"),
      XT_NONE_FIRED ("stacked-ruled"), XT_NONE_FIRED ("stacked-comma") } },
  /* a reading list whose entries wrap with a hanging indent is no stack */
  { "/extract/catalogue8/stacked/distractor-hanging-indent",
    "Further Reading\n\n"
    "Ann Reed, The Salt Road: A History of the\n    Northern Trade (Leeds: Gannet Books, 1990).\n"
    "Tom Orr, Harbours and Havens (York: Kestrel Press,\n    1988).\n",
    { XT_NONE_FIRED ("stacked-comma"), XT_NONE_FIRED ("stacked-header"), XT_TITLE ("The Salt Road") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
