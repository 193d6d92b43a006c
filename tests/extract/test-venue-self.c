/* test-venue-self.c — the review's own record: the venue line forms added
 * to src/lib/extract/detect-venue.c (volume:issue, "Number", bare page
 * ranges, the paper's town, month dates, one-word mastheads, a signature
 * after a column gap, slash names, a name over "From the … issue"), column
 * headings (review-heading.c) and the title the record takes from the
 * reviewed book.  Invented periodicals, books and people only. */
#include "extract-test-util.h"

#define PROSE "\n\nThe prose of the review runs here. It says little of note, and ends.\n"

static const XtCase venue[] = {
  /* a volume in lower-case roman numerals glued to its issue, the date in
   * brackets, a bare range of pages */
  { "/extract/venue-self/roman-colon-issue", "Quarterly of Rivers, xii:3 (Summer, 1994), 211-214." PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Quarterly of Rivers"), XT_FIELD (CK_FIELD_VOLUME, "xii"),
      XT_FIELD (CK_FIELD_ISSUE, "3"), XT_FIELD (CK_FIELD_PAGES, "211-214"), XT_DATE (1994, 0, 0) } },
  { "/extract/venue-self/number-label", "Hill Studies, Volume 12, Number 4, March 1999" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Hill Studies"), XT_FIELD (CK_FIELD_VOLUME, "12"),
      XT_FIELD (CK_FIELD_ISSUE, "4"), XT_FIELD (CK_FIELD_PAGES, NULL), XT_DATE (1999, 3, 0) } },
  /* a month without a day, placed on its pages */
  { "/extract/venue-self/month-page-range", "Lantern Monthly, October 1971, pp 12-15" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Lantern Monthly"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, "12-15"), XT_DATE (1971, 10, 0) } },
  { "/extract/venue-self/month-page", "THE HARBOUR COURIER, JUNE, 1936. page 44" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR COURIER"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, "44"), XT_DATE (1936, 6, 0) } },
  /* a month without a day: a known periodical, or one that says it is
   * one at the foot of the text */
  { "/extract/venue-self/month-known-name", "The prose of the review runs here. It ends.\n\n"
    "The Threepenny Review, June 2008\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Threepenny Review"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, NULL), XT_DATE (2008, 6, 0) } },
  { "/extract/venue-self/month-foot", "The prose of the review runs here. It ends.\n\n"
    "The Harbour Monthly, June 2008\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Monthly"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, NULL), XT_DATE (2008, 6, 0) } },
  /* one word and a month, alone at the foot or the top of the text */
  { "/extract/venue-self/one-word-month-foot", "The prose of the review runs here. It ends.\n\n"
    "Lodestar, June 2008\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Lodestar"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, NULL), XT_DATE (2008, 6, 0) } },
  { "/extract/venue-self/one-caps-word-month-top", "LODESTAR, May 1960" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "LODESTAR"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, NULL), XT_DATE (1960, 5, 0) } },
  /* the paper's town between its name and the date */
  { "/extract/venue-self/town", "THE DAILY LAMP, BRISTOL, MAY 2, 1951          PAGE 7" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, "7"), XT_DATE (1951, 5, 2) } },
  /* one word in capitals at the top of the text, with a full date */
  { "/extract/venue-self/one-word-caps", "LODESTAR, June 3, 1962                 page 4" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "LODESTAR"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, "4"), XT_DATE (1962, 6, 3) } },
  /* a name joined by a slash; volume, season and pages */
  { "/extract/venue-self/slash-name", "Work/Le Metier, 7 (Spring 1985), 40-44" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Work/Le Metier"), XT_FIELD (CK_FIELD_VOLUME, "7"),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, "40-44"), XT_DATE (1985, 0, 0) } },
  /* volume:issue after the name, the pages after a colon */
  { "/extract/venue-self/name-volume-colon", "Hill Studies 64:5 (May 2002): 560-64" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Hill Studies"), XT_FIELD (CK_FIELD_VOLUME, "64"),
      XT_FIELD (CK_FIELD_ISSUE, "5"), XT_FIELD (CK_FIELD_PAGES, "560-64"), XT_DATE (2002, 5, 0) } },
  /* a full stop after the name */
  { "/extract/venue-self/name-full-stop", "The Threepenny Review. 19 September 1992." PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Threepenny Review"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, NULL), XT_DATE (1992, 9, 19) } },
  /* the volume before "no." */
  { "/extract/venue-self/volume-then-no", "Hill Studies 12, no. 3 (1998): 45-67" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Hill Studies"), XT_FIELD (CK_FIELD_VOLUME, "12"),
      XT_FIELD (CK_FIELD_ISSUE, "3"), XT_FIELD (CK_FIELD_PAGES, "45-67"), XT_DATE (1998, 0, 0) } },
  /* volume and issue joined by a slash before a date in brackets */
  { "/extract/venue-self/volume-slash-issue", "Hill Studies, 12/3 (1998), 45-67" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Hill Studies"), XT_FIELD (CK_FIELD_VOLUME, "12"),
      XT_FIELD (CK_FIELD_ISSUE, "3"), XT_FIELD (CK_FIELD_PAGES, "45-67"), XT_DATE (1998, 0, 0) } },
  /* the name over its date: a known name in title case, a month */
  { "/extract/venue-self/known-name-over-date", "The Threepenny Review\n19 September 1992" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Threepenny Review"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, NULL), XT_DATE (1992, 9, 19) } },
  { "/extract/venue-self/caps-name-over-month", "THE DAILY LAMP\nJUNE, 2008" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, NULL), XT_DATE (2008, 6, 0) } },
  /* a dash before the line, brackets around it, "Reprinted from" */
  { "/extract/venue-self/dash-before", "The prose of the review runs here. It ends.\n\n"
    "\u2014 The Threepenny Review, 19 September 1992\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Threepenny Review"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, NULL), XT_DATE (1992, 9, 19) } },
  { "/extract/venue-self/brackets", "The prose of the review runs here. It ends.\n\n"
    "(The Threepenny Review, 19 September 1992)\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Threepenny Review"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, NULL), XT_DATE (1992, 9, 19) } },
  { "/extract/venue-self/reprinted-from", "The prose of the review runs here. It ends.\n\n"
    "Reprinted from the Harbour Review, Spring 1992.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Review"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, NULL), XT_DATE (1992, 0, 0) } },
  /* "sec. 7" is a newspaper's section; a season with a range of pages */
  { "/extract/venue-self/section-abbrev", "The Harbour Times (New York), Sunday, June 1, 1997, sec. 7, p. 12" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Times"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, "12"), XT_DATE (1997, 6, 1) } },
  { "/extract/venue-self/season-pages", "The Harbour Review, Winter 1997, pp. 45-50." PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Review"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, "45-50"), XT_DATE (1997, 0, 0) } },
  /* one word over a column gap at the top or foot of the text, the page
   * first or last, the date first */
  { "/extract/venue-self/one-word-gap", "Lodestar          May 20, 1960          page 9" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Lodestar"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, "9"), XT_DATE (1960, 5, 20) } },
  { "/extract/venue-self/page-first", "Page 9          THE LODESTAR          May 20, 1960" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE LODESTAR"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, "9"), XT_DATE (1960, 5, 20) } },
  { "/extract/venue-self/date-first-one-word", "The prose of the review runs here. It ends.\n\n"
    "16 March 1949          LODESTAR\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "LODESTAR"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_FIELD (CK_FIELD_PAGES, NULL), XT_DATE (1949, 3, 16) } },
  /* the name over a line naming the issue by its date */
  { "/extract/venue-self/name-over-issue", "Harbour Review\nFrom the May/June 2003 issue" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Review"), XT_FIELD (CK_FIELD_VOLUME, NULL),
      XT_FIELD (CK_FIELD_ISSUE, "May/June 2003"), XT_FIELD (CK_FIELD_PAGES, NULL), XT_DATE (2003, 5, 0) } },
};

/* Lines that look like venue lines but are not. */
static const XtCase negatives[] = {
  { "/extract/venue-self/negatives",
    /* a place's dateline */
    "BRISTOL, May 20, 1960" PROSE,
    { XT_NO_SELF,
      /* a given name in capitals */
      XT_TEXT ("MARGARET, June 3, 1962" PROSE), XT_NO_SELF,
      /* one word in capitals inside the header, not at its edge */
      XT_TEXT ("Some Heading Here\n\n"
               "WATCHTOWER, June 3, 1962\nAnn Reed\n\n"
               "The prose of the review runs here. It ends.\n\n"
               "A closing line.\n"), XT_NO_SELF,
      /* a publisher, a month and a book's extent */
      XT_TEXT ("The Iron Gate\nBy Ann Reed\nHarrow Books, June 2008, pp. 320" PROSE), XT_NO_SELF,
      /* an unknown name and a month, inside the text */
      XT_TEXT ("Some Heading Here\n\n"
               "The Iron Gate, June 2008\n\n"
               "The prose of the review runs here. It ends.\n\n"
               "A closing line.\n"), XT_NO_SELF,
      /* a signature or an address with its date */
      XT_TEXT ("The prose of the review runs here. It ends.\n\nAnn Reed, 19 September 1992\n"), XT_NO_SELF,
      XT_TEXT ("The prose of the review runs here. It ends.\n\nANN C. REED, 19 September 1992\n"), XT_NO_SELF,
      XT_TEXT ("The prose of the review runs here. It ends.\n\nWadham College, 19 September 1992\n"), XT_NO_SELF,
      /* a publisher and a date in brackets: a book's imprint */
      XT_TEXT ("The Iron Gate\nBy Ann Reed\n(Harrow Press, 12 May 1998)" PROSE), XT_NO_SELF,
      /* a closing word or a participle with a month at the foot */
      XT_TEXT ("The prose of the review runs here. It ends.\n\nPostscript, June 2008\n"), XT_NO_SELF,
      XT_TEXT ("The prose of the review runs here. It ends.\n\nRevised, June 2008\n"), XT_NO_SELF,
      /* one word and a month inside the text */
      XT_TEXT ("Some Heading Here\n\n"
               "Lodestar, June 2008\n\n"
               "The prose of the review runs here. It ends.\n\n"
               "A closing line.\n"), XT_NO_SELF,
      /* a section's running head with a date */
      XT_TEXT ("REVIEWS, June 3, 1962" PROSE), XT_NO_SELF,
      /* a forename or a place over a column gap, with a date */
      XT_TEXT ("Margaret          May 20, 1960" PROSE), XT_NO_SELF,
      XT_TEXT ("BRISTOL          May 20, 1960" PROSE), XT_NO_SELF,
      /* a name of no periodical over a month */
      XT_TEXT ("Hill Studies\nJune 2008" PROSE), XT_NO_SELF,
      XT_TEXT ("Ann Reed\nJune 2008" PROSE), XT_NO_SELF,
      /* a range of days is no range of pages */
      XT_TEXT ("Hill Meeting, 12-14 May 1990" PROSE), XT_NO_SELF } },
};

static const XtCase cases[] = {
  /* "Name, date      J. K. MARLOW": the signature after a column gap is the
   * reviewer, not part of the date. */
  { "/extract/venue-self/signature-after-gap",
    "THE IRON GATE. By Ann Reed. (Harrow Press. 9s. 6d.)\n\n"
    "The prose of the review runs here. It ends.\n\n"
    "Lodestar, 4 April 1950                    J. K. MARLOW\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Lodestar"), XT_YEAR (1950), XT_AUTHOR ("Marlow"),
      XT_GIVEN (CK_ROLE_AUTHOR, 0, "J. K.") } },
  /* "NEW NOVELS" over the books of a column: the heading, never a name;
   * both books of the header, priced and without a year, came out in the
   * year of the issue */
  { "/extract/venue-self/column-heading",
    "NEW NOVELS\n\n"
    "THE IRON GATE. By Ann Reed. (Harrow Press. 9s. 6d.)\n"
    "SALT WIND. By Tom Brisk. (Lantern Books. 8s. 6d.)\n\n"
    "The prose of the review runs here. It ends.\n\n"
    "THE WEEKLY LAMP, 2 AUGUST 1941, Page 88\n",
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "NEW NOVELS"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "NOVELS"),
      XT_TITLE ("THE IRON GATE"), XT_YEAR (1941), XT_TITLE ("SALT WIND"), XT_YEAR (1941) } },
  /* "BOOK REVIEWS" labels the section: no heading, and the review stays
   * untitled; its reviewed-title names the book. */
  { "/extract/venue-self/generic-label",
    "Hill Studies, Volume 12, Number 4, March 1999\n\n"
    "BOOK REVIEWS\n\n"
    "The Iron Gate: A Study of Fences\nBy Ann Reed\nHarrow Press. 212 pp. $30.00\n\n"
    "The prose of the review runs here. It ends.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, NULL), XT_FIELD (CK_FIELD_REVIEWED_TITLE, "The Iron Gate: A Study of Fences") } },
  /* No heading: the review is not given the book's title (it would be
   * taken for the book), and its record comes last even when its venue
   * line opens the text. */
  { "/extract/venue-self/untitled-without-heading",
    "Hill Studies, Volume 12, Number 4, March 1999\n\n"
    "The Iron Gate: A Study of Fences\nBy Ann Reed\nHarrow Press. 212 pp. $30.00\n\n"
    "The prose of the review runs here. It ends.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, NULL), XT_LAST, XT_TITLE ("The Iron Gate"), XT_COUNT (2) } },
  /* "Review essay by Given Family": a byline, not the heading. */
  { "/extract/venue-self/review-essay-byline",
    "FENCES AND THEIR KEEPERS\n\n"
    "Review essay by Olav Strand\n\n"
    "Ann Reed, The Iron Gate, Harrow Press, 1998, 212 pp, £12.50\n\n"
    "Hill Studies, March 1999, pp 20-25\n\n"
    "The prose of the review runs here. It ends.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "FENCES AND THEIR KEEPERS"), XT_AUTHOR ("Strand") } },
  /* A byline between the book's header and the prose names the reviewer;
   * the book, with no year in its header, takes the issue's year. */
  { "/extract/venue-self/byline-after-header",
    "Fences and Their Keepers\n\n"
    "The Iron Gate: A Study of Fences.\nBy Ann Reed.\nHarrow Press. 212 pp. $30.00.\n\n"
    "by PETER STRAND\n\n"
    "The prose of the review runs here, at the length of a paragraph of running text. "
    "It says little of note about fences or their keepers, or about the gates they guard, and then it ends.\n\n"
    "The Harbour Monthly, June 2008\n",
    { XT_SELF, XT_AUTHOR ("Strand"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Peter"),
      XT_TITLE ("The Iron Gate"), XT_YEAR (2008) } },
  /* "        OLAV STRAND" set apart on the text's last line. */
  { "/extract/venue-self/signature-last-line",
    "LODESTAR, June 3, 1962                 page 4\n\n"
    "THE IRON GATE. By Ann Reed. (Harrow Press. 9s. 6d.)\n\n"
    "The prose of the review runs here. It says little of note,\n"
    "and it ends on this line.\n"
    "                                        OLAV STRAND\n",
    { XT_SELF, XT_AUTHOR ("Strand") } },
  /* "General Editor: X" in a header is the book's editor, not a subtitle;
   * the review, named after the book, is still told apart from it. */
  { "/extract/venue-self/general-editor",
    "Hill Studies, Volume 12, Number 4, March 1999\n\n"
    "The Harbour Anthology of Sea Writing\n"
    "General Editor: Ann B. Reed\n"
    "Bristol: Harrow Press, 1998, 2100 pages, $59.95 paperback.\n\n"
    "The prose of the review runs here. It ends.\n",
    { XT_TITLE ("The Harbour Anthology of Sea Writing"), XT_TYPE (CK_TYPE_BOOK), XT_FIELD (CK_FIELD_SUBTITLE, NULL),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Reed") } },
  /* An archive's cover page: the reviewed works, the reviewer, the source;
   * the journal's publisher is no field of the books. */
  { "/extract/venue-self/cover-page",
    "Review\n"
    "Reviewed Work(s): The Iron Gate: A Study of Fences by Ann Reed; Salt Wind by Tom Brisk\n"
    "Review by: Peter Strand\n"
    "Source: Hill Studies, Vol. 12, No. 3 (Autumn, 1985), pp. 540-543\n"
    "Published by: Harrow University Press\n"
    "Stable URL: http://archive.example/stable/1234567\n\n"
    "The prose of the review runs here, at the length of a paragraph of running text. "
    "It says little of note about fences or their keepers, or the gates they guard.\n",
    { XT_TITLE ("The Iron Gate"), XT_AUTHOR ("Reed"), XT_FIELD (CK_FIELD_PUBLISHER, NULL),
      XT_TITLE ("Salt Wind"), XT_AUTHOR ("Brisk"),
      XT_SELF, XT_AUTHOR ("Strand"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Hill Studies"),
      XT_FIELD (CK_FIELD_REVIEWED_TITLE, "The Iron Gate: A Study of Fences") } },
};

/* ------------------------------------------ periodicals named in prose */

#define HEAD "Salt and Iron. By Ada Vell. Gannet Press, 1999. 300 pp.\n\n"

static const XtCase periodicals[] = {
  /* "in Harper's": a possessive name of the lexicon after a preposition;
   * "Harper's novels" is a person's; a name that goes on past the
   * possessive needs no preposition. */
  { "/extract/venue-self/periodical/possessive-name",
    HEAD
    "Vell wrote essays for years, many of them first printed in McClure's - and she wrote two books "
    "of argument as well, which are now forgotten by nearly everyone who once admired them.\n",
    { XT_PERIODICAL ("McClure's"),
      XT_TEXT (HEAD
               "Vell has read widely, and she borrows from McClure's novels and from older writers whose "
               "names she does not give, which is a pity for a reader who would like to follow her there.\n"),
      XT_NOT_PERIODICAL ("McClure's"),
      XT_TEXT (HEAD
               "Vell's early essays, which Blackwood's Magazine printed without her name, are the best thing "
               "she wrote, and it is a pity that the publishers have not seen fit to collect them at last.\n"),
      XT_PERIODICAL ("Blackwood's Magazine") } },
  /* "last year's TLS symposium": a time word's possessive before a known
   * name. */
  { "/extract/venue-self/periodical/time-possessive",
    HEAD
    "Vell's revival dates from last year's New Statesman symposium, in which two poets named her "
    "as the most neglected writer of the century, and the publishers have been quick to follow.\n",
    { XT_PERIODICAL ("New Statesman") } },
  /* "printed in Harbour Today": an unknown name ending in a periodical word
   * after a verb of printing and "in", without "the". */
  { "/extract/venue-self/periodical/print-cue",
    HEAD
    "Rumours of the advance were printed in Harbour Today and repeated everywhere, though the novel "
    "itself deserves better than gossip, and Vell has wisely said nothing about it at all.\n",
    { XT_PERIODICAL ("Harbour Today") } },
  /* Cues around one unknown word: "contributors to X", "the current issue
   * of X", "X, which … its next issue". */
  { "/extract/venue-self/periodical/issue-cues",
    HEAD
    "It is the kind of book the old contributors to Vantage would have scorned. The current issue of "
    "Lodestar is kinder; the novel was also praised in Gorse, which is devoting part of its next issue "
    "to writers of the north, and Vell will surely be pleased by all of this.\n",
    { XT_PERIODICAL ("Vantage"), XT_PERIODICAL ("Lodestar"), XT_PERIODICAL ("Gorse") } },
  /* "X and Y," after a known periodical: Y is one more of the list; a
   * place or a word running on is not. */
  { "/extract/venue-self/periodical/coordinated",
    HEAD
    "Her use of the party press, above all Mundo Obrero and Vanguardista, is exemplary, and she has "
    "read the Daily Worker and London as closely as anyone now writing about the period.\n",
    { XT_PERIODICAL ("Mundo Obrero"), XT_PERIODICAL ("Vanguardista"), XT_ABSENT ("London") } },
  /* "a piece for X", "the literary editor of X", "a review in X"; a
   * language, a month or a bare "editor of" a poet is no periodical. */
  { "/extract/venue-self/periodical/more-cues",
    HEAD
    "Vell wrote a piece for Gorse about the harbour, and the literary editor of Vantage took her "
    "next three stories; a review in Lodestar called her the best of her generation. An essay in "
    "German followed, and a review in March, and the editor of Keats praised her in a letter.\n",
    { XT_PERIODICAL ("Gorse"), XT_ABSENT ("Vantage"), XT_PERIODICAL ("Lodestar"),
      XT_ABSENT ("German"), XT_ABSENT ("March"), XT_ABSENT ("Keats") } },
  /* "in the Tablet,": a name the lexicon knows with its article; "reviewed
   * in the Listener.": a common word's name after a verb of writing; "the
   * Progressive years" is neither. */
  { "/extract/venue-self/periodical/article-names",
    HEAD
    "Vell's first stories appeared in the Tablet, and her novel was reviewed in the Listener. The "
    "book covers the Progressive years and the war, and is longer than it needs to be by far.\n",
    { XT_PERIODICAL ("Tablet"), XT_PERIODICAL ("Listener"), XT_ABSENT ("Progressive") } },
  /* A foreign name of an article and a word after a strong cue, and one
   * more joined by "and"; "Los Angeles" is a place. */
  { "/extract/venue-self/periodical/foreign-names",
    HEAD
    "Vell wrote a series of articles in El Faro and La Brisa, and then a column for Die Fackelzeit; "
    "a series of articles in Los Angeles followed, which nobody read, and she returned to the harbour.\n",
    { XT_PERIODICAL ("El Faro"), XT_PERIODICAL ("La Brisa"), XT_PERIODICAL ("Die Fackelzeit"),
      XT_ABSENT ("Los Angeles") } },
  /* "articles in Gorse and Vantage,": the cue covers both names. */
  { "/extract/venue-self/periodical/cue-pair",
    HEAD
    "Vell spent a decade as a reporter; a series of articles in Gorse and Vantage, written in her "
    "twenties, made her name at home long before she turned to the novel and to the harbour.\n",
    { XT_PERIODICAL ("Gorse"), XT_PERIODICAL ("Vantage") } },
  /* "‘Title’, Periodical, no. 10 (1956)": the quoted article takes the
   * periodical, its number and date; no periodical record of its own. */
  { "/extract/venue-self/periodical/article-paren-date",
    HEAD
    "Readers who know the argument only from her article 'The Quiet Fields of the North: A Regional "
    "Study', Past and Present, no. 10 (1956), will find it here extended to the whole kingdom, and "
    "sharpened by much further work in the archives of the north.\n",
    { XT_TITLE_ANY ("The Quiet Fields of the North: A Regional Study", "The Quiet Fields of the North"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Past and Present"), XT_FIELD (CK_FIELD_ISSUE, "10"), XT_YEAR (1956),
      XT_NOT_PERIODICAL ("Past and Present") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (venue, G_N_ELEMENTS (venue));
  xt_add_cases (negatives, G_N_ELEMENTS (negatives));
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  xt_add_cases (periodicals, G_N_ELEMENTS (periodicals));
  return g_test_run ();
}
