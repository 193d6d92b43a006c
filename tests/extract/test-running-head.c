/* test-running-head.c — the review's own record from a printed page's
 * running head and the block under it, as OCR'd newspapers and magazines
 * show them (detect-venue.c, venue-masthead.c, running-head.c):
 *
 *   - the running head's forms: "NAME, WEEKDAY, MONTH D, YEAR", "NAME—DATE
 *     page", "NAME   MONTH YEAR", "page   NAME   date", "Page N — Name —
 *     date", bars, the page before or after, names no lexicon knows;
 *   - the block under it: section labels ("NEW FICTION", spaced letters
 *     "B O O K S", "Shorter Notices", "BOOKS OF THE DAY"), kickers, the
 *     headline (one line, or wrapped over two in other case after a
 *     function word), decks, standfirsts ("Ann Reed on …"), bylines;
 *   - which line is the review's title: the headline; the section label
 *     only when there is none;
 *   - distractors: the running head is no book, a book's title in capitals
 *     over its byline stays the book's, the reviewer is no book's author.
 *
 * Invented periodicals, books and people only. */
#include "extract-test-util.h"

#define PROSE "\n\nThe prose of the review runs here. It says little of note, and ends.\n"
#define LONG_PROSE "\n\nThe prose of the review runs here, and it runs on for a while in lower case, " \
  "as prose does when it has something to say about a book and the harbour it describes at length.\n"
#define BOOK "\n\nTHE SALT ROAD. By Tom Vell. Gannet Press. 220 pages. $3.\n"
#define HEAD "THE DAILY LAMP, TUESDAY, MARCH 6, 1962\n\n"

static const XtCase cases[] = {
  /* --- the running head's forms --- */
  /* name, weekday, date; a section label, a headline, a byline in
   * capitals after a lower-case "by" */
  { "/extract/running-head/comma-weekday", HEAD "NEW FICTION\n\nA Harbour in Winter\n\nby ANN REED" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1962, 3, 6),
      XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter"), XT_AUTHOR ("Reed"), XT_TYPE (CK_TYPE_REVIEW_BOOK),
      XT_ABSENT ("NEW FICTION"), XT_TITLE ("THE SALT ROAD"), XT_AUTHOR ("Vell"), XT_NO_WORK_HAS ("DAILY LAMP") } },
  /* an em dash glued to the name, the page after a column gap */
  { "/extract/running-head/glued-dash-page", "THE DAILY LAMP\u2014OCTOBER 11, 1960      417\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1960, 10, 11),
      XT_FIELD (CK_FIELD_PAGES, "417"), XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS"), XT_NO_WORK_HAS ("DAILY LAMP") } },
  /* the page first, then the name glued to its date by a dash */
  { "/extract/running-head/page-then-glued-dash", "418      THE DAILY LAMP\u2014OCTOBER 11, 1960\n\nTHREE SEA NOVELS"
    BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1960, 10, 11),
      XT_FIELD (CK_FIELD_PAGES, "418"), XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS"), XT_NO_WORK_HAS ("DAILY LAMP") } },
  /* a spaced en dash, the date in title case */
  { "/extract/running-head/spaced-en-dash", "THE DAILY LAMP \u2013 October 11, 1960\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1960, 10, 11),
      XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS") } },
  /* a name no lexicon knows, a column gap, the month and year only */
  { "/extract/running-head/month-year-gap", "HARBOUR WEEKLY   SEPTEMBER 1975\n\nSalt and Silence\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "HARBOUR WEEKLY"), XT_DATE (1975, 9, 0),
      XT_FIELD (CK_FIELD_TITLE, "Salt and Silence"), XT_AUTHOR ("Reed"), XT_NO_WORK_HAS ("HARBOUR WEEKLY") } },
  /* the page, the name, the date, in columns */
  { "/extract/running-head/page-name-date", "12   THE HARBOUR REVIEW   May 4, 1956\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR REVIEW"), XT_DATE (1956, 5, 4),
      XT_FIELD (CK_FIELD_PAGES, "12"), XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS") } },
  /* "Page 7 — Name — date": spaced dashes between the parts */
  { "/extract/running-head/page-dash-name-dash-date", "Page 7 \u2014 The Lamp \u2014 Sunday, April 16, 1939\n\n"
    "THREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Lamp"), XT_DATE (1939, 4, 16), XT_FIELD (CK_FIELD_PAGES, "7"),
      XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS") } },
  /* bars between the name, the date and the page */
  { "/extract/running-head/bars-page-last", "THE DAILY LAMP | Sunday, April 16, 1939 | 7\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1939, 4, 16),
      XT_FIELD (CK_FIELD_PAGES, "7"), XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS") } },
  /* a name in title case no lexicon knows, with its weekday and date */
  { "/extract/running-head/unknown-title-case", "The Harbour Gazette, Sunday, April 16, 1939\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Gazette"), XT_DATE (1939, 4, 16),
      XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS") } },
  /* bars, the month and year, the page */
  { "/extract/running-head/bars-month-year-page", "HARBOUR WEEKLY | SEPTEMBER 1975 | 23\n\nSalt and Silence" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "HARBOUR WEEKLY"), XT_DATE (1975, 9, 0),
      XT_FIELD (CK_FIELD_PAGES, "23"), XT_FIELD (CK_FIELD_TITLE, "Salt and Silence") } },

  /* a full stop between the name and the weekday */
  { "/extract/running-head/full-stop-weekday", "THE DAILY LAMP. TUESDAY, MARCH 6, 1962.\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1962, 3, 6) } },
  /* the OCR lost the column gaps: the page, the name in capitals, the
   * date in title case */
  { "/extract/running-head/gaps-lost", "12 THE HARBOUR REVIEW May 4, 1956\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR REVIEW"), XT_DATE (1956, 5, 4),
      XT_FIELD (CK_FIELD_PAGES, "12"), XT_NO_WORK_HAS ("HARBOUR REVIEW") } },
  /* the page closing the line after a full date, one space before it */
  { "/extract/running-head/page-after-date-one-space", "THE DAILY LAMP, SUNDAY, APRIL 16, 1939 8\n\nTHREE SEA NOVELS"
    BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1939, 4, 16),
      XT_FIELD (CK_FIELD_PAGES, "8") } },
  /* the page number alone on the line above the running head */
  { "/extract/running-head/page-line-above", "417\nTHE DAILY LAMP\u2014OCTOBER 11, 1960\n\nTHREE SEA NOVELS\n\n"
    "By Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1960, 10, 11),
      XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS"), XT_AUTHOR ("Reed") } },
  /* the paper's town between the name and the date */
  { "/extract/running-head/town", "THE DAILY LAMP, LONDON, TUESDAY, MARCH 6, 1962\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1962, 3, 6) } },

  /* no comma between the name and the weekday, both in capitals */
  { "/extract/running-head/no-comma-weekday", "THE DAILY LAMP TUESDAY, MARCH 6, 1962\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1962, 3, 6) } },
  /* a weekday inside the name is part of it */
  { "/extract/running-head/weekday-in-name", "HARBOUR SUNDAY HERALD SUNDAY, APRIL 16, 1939\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "HARBOUR SUNDAY HERALD"), XT_DATE (1939, 4, 16) } },
  /* the page after a gap, "PAGE 12" in capitals */
  { "/extract/running-head/caps-page-label", "THE DAILY LAMP   TUESDAY, MARCH 6, 1962   PAGE 12\n\nTHREE SEA NOVELS"
    BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1962, 3, 6),
      XT_FIELD (CK_FIELD_PAGES, "12") } },
  /* a colon after the name */
  { "/extract/running-head/colon", "THE DAILY LAMP: TUESDAY, MARCH 6, 1962\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1962, 3, 6) } },
  /* an ordinal day */
  { "/extract/running-head/ordinal-day", "THE DAILY LAMP, TUESDAY, MARCH 6th, 1962\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1962, 3, 6) } },

  /* a name in capitals that says nothing of a periodical, the month and
   * year after a column gap, on the text's first line */
  { "/extract/running-head/caps-name-month-year", "THE LANTERN   SEPTEMBER 1975\n\nSalt and Silence" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE LANTERN"), XT_DATE (1975, 9, 0),
      XT_FIELD (CK_FIELD_TITLE, "Salt and Silence") } },
  /* the page before it */
  { "/extract/running-head/page-caps-name-month-year", "23   THE LANTERN   SEPTEMBER 1975\n\nSalt and Silence" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE LANTERN"), XT_DATE (1975, 9, 0), XT_FIELD (CK_FIELD_PAGES, "23") } },

  /* the page, then a name in title case, in columns */
  { "/extract/running-head/page-title-case-name", "12   The Harbour Review   May 4, 1956\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Review"), XT_DATE (1956, 5, 4),
      XT_FIELD (CK_FIELD_PAGES, "12") } },
  /* the volume and number between the name and the date */
  { "/extract/running-head/volume-number-date", "THE DAILY LAMP, VOL. LXII, NO. 21, TUESDAY, MARCH 6, 1962\n\n"
    "THREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_FIELD (CK_FIELD_VOLUME, "LXII"),
      XT_FIELD (CK_FIELD_ISSUE, "21"), XT_DATE (1962, 3, 6) } },
  /* a middle dot between the name and the date */
  { "/extract/running-head/middle-dot", "THE HARBOUR REVIEW \u00b7 May 4, 1956\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR REVIEW"), XT_DATE (1956, 5, 4) } },
  /* letter-spaced label of several words */
  { "/extract/running-head/spaced-words", HEAD "N E W   F I C T I O N\n\nA Harbour in Winter" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter") } },

  /* the date first, a glued em dash, the name */
  { "/extract/running-head/date-dash-name", "OCTOBER 11, 1960\u2014THE DAILY LAMP\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1960, 10, 11) } },

  /* the page after the date, a glued em dash between them */
  { "/extract/running-head/date-dash-page", "THE DAILY LAMP, SUNDAY, APRIL 16, 1939\u2014PAGE 7\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1939, 4, 16), XT_FIELD (CK_FIELD_PAGES, "7") } },

  /* --- the block under it --- */
  /* a section label in spaced letters is no heading */
  { "/extract/running-head/spaced-letters", HEAD "B O O K S\n\nA Harbour in Winter" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter"), XT_NO_TITLE_HAS ("B O O K S") } },
  /* "Shorter Notices" labels a column */
  { "/extract/running-head/shorter-notices", HEAD "Shorter Notices\n\nA Harbour in Winter" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter"), XT_ABSENT ("Shorter Notices") } },
  /* "BOOKS OF THE DAY" over a headline in capitals */
  { "/extract/running-head/books-of-the-day", HEAD "BOOKS OF THE DAY\n\nA HARBOUR IN WINTER" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A HARBOUR IN WINTER"), XT_ABSENT ("BOOKS OF THE DAY") } },
  /* no headline: the column heading is the title */
  { "/extract/running-head/label-fallback", HEAD "BOOKS OF THE DAY" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "BOOKS OF THE DAY"), XT_TITLE ("THE SALT ROAD"), XT_AUTHOR ("Vell") } },
  /* a column of short notices with no headline: the label is the title */
  /* (a column of notices is an article of its paper, not a review: merge.c) */
  { "/extract/running-head/shorter-notices-fallback", HEAD "SHORTER NOTICES" BOOK PROSE,
    { XT_TITLE ("SHORTER NOTICES"), XT_TYPE (CK_TYPE_ARTICLE_NEWSPAPER), XT_TITLE ("THE SALT ROAD") } },
  /* a label and a headline in one paragraph */
  { "/extract/running-head/label-headline-one-para", HEAD "BOOKS OF THE WEEK\nA Harbour in Winter\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter"), XT_AUTHOR ("Reed") } },
  /* a column's heading over the headline in its paragraph, both in
   * capitals */
  { "/extract/running-head/column-over-caps-headline", HEAD "THE BOOKSHELF\nA HARBOUR IN WINTER\nBy ANN REED" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A HARBOUR IN WINTER"), XT_AUTHOR ("Reed") } },
  /* a column's heading alone over the byline stays the fallback title */
  { "/extract/running-head/column-over-byline", HEAD "RECENT VERSE\nBy ANN REED" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "RECENT VERSE"), XT_AUTHOR ("Reed") } },
  /* a headline in sentence case wrapped after a function word */
  { "/extract/running-head/wrapped-headline", HEAD "Salt and the\nnarrow seas\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Salt and the narrow seas"), XT_AUTHOR ("Reed"), XT_ABSENT ("Salt and the") } },
  /* wrapped after "of", under a section label */
  { "/extract/running-head/wrapped-after-of", HEAD "NEW FICTION\n\nThe long winter of\nthe herring fleet\n\nBy Ann Reed"
    BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "The long winter of the herring fleet"), XT_AUTHOR ("Reed") } },
  /* a headline, a standfirst naming the reviewer: the headline is the title */
  { "/extract/running-head/standfirst-on", HEAD "The last of the harbour books\nAnn Reed on the close of Tom Vell's harbour novels"
    BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "The last of the harbour books"), XT_NO_TITLE_HAS ("Ann Reed on"),
      XT_AUTHOR ("Reed"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ann"), XT_TITLE ("THE SALT ROAD"),
      XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Reed") } },
  /* the standfirst in its own paragraph */
  { "/extract/running-head/standfirst-para", HEAD "The last of the harbour books\n\n"
    "Ann Reed on the close of Tom Vell's harbour novels" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "The last of the harbour books"), XT_NO_TITLE_HAS ("Ann Reed on"),
      XT_AUTHOR ("Reed") } },
  /* "Reviewed by" under the headline */
  { "/extract/running-head/reviewed-by", HEAD "A Harbour in Winter\n\nReviewed by Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter"), XT_AUTHOR ("Reed"), XT_TITLE ("THE SALT ROAD"),
      XT_AUTHOR ("Vell"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 1, "Reed") } },
  /* a kicker, the headline in capitals, a deck in other case, a byline */
  { "/extract/running-head/kicker-headline-deck", HEAD "NEW FICTION\nA HARBOUR IN WINTER\n"
    "Tom Vell's fourth novel is his bleakest yet\nBy ANN REED" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A HARBOUR IN WINTER"), XT_AUTHOR ("Reed"), XT_NO_TITLE_HAS ("bleakest") } },
  /* a headline in capitals over two decks in capitals */
  { "/extract/running-head/caps-decks", HEAD "A HARBOUR\nIN WINTER\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A HARBOUR IN WINTER"), XT_AUTHOR ("Reed") } },
  /* the headline in the running head's paragraph, a byline after it */
  { "/extract/running-head/same-paragraph", "THE DAILY LAMP\u2014OCTOBER 11, 1960      417\nA Harbour in Winter\n"
    "By Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter"), XT_AUTHOR ("Reed"), XT_FIELD (CK_FIELD_PAGES, "417") } },

  /* a headline wrapped before a lower-case word */
  { "/extract/running-head/wrapped-lower-start", HEAD "Salt, sorrow\nand the long sea roads\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Salt, sorrow and the long sea roads"), XT_AUTHOR ("Reed") } },
  /* a headline in title case wrapped over two lines */
  { "/extract/running-head/wrapped-title-case", HEAD "A Harbour in\nWinter\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter"), XT_AUTHOR ("Reed") } },
  /* a section label of the paper's books pages in mixed case over a
   * headline in capitals */
  { "/extract/running-head/genre-section", HEAD "First Novels\nA HARBOUR IN WINTER\nBy ANN REED" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A HARBOUR IN WINTER"), XT_AUTHOR ("Reed"), XT_NO_TITLE_HAS ("First Novels") } },
  /* "Paperbacks" heads a column */
  { "/extract/running-head/paperbacks", HEAD "PAPERBACKS\n\nA Harbour in Winter" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter"), XT_NO_TITLE_HAS ("PAPERBACKS") } },
  /* a standfirst "Name reviews …" is neither the title nor a work */
  { "/extract/running-head/standfirst-reviews", HEAD "Winter on the quay\n\n"
    "ANN REED reviews the last of Tom Vell's harbour novels" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Winter on the quay"), XT_NO_WORK_HAS ("harbour novels", "ANN REED"),
      XT_AUTHOR ("Reed"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ann") } },
  /* a standfirst that opens with the book's author is about him: the
   * byline under it names the reviewer */
  { "/extract/running-head/standfirst-author-then-byline", HEAD "Winter on the quay\n\n"
    "Tom Vell returns to the coast in his bleakest book\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_AUTHOR ("Reed") } },
  /* a byline with the reviewer's post after a comma */
  { "/extract/running-head/byline-post", HEAD "A Harbour in Winter\n\nBy Ann Reed, Literary Editor" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter"), XT_AUTHOR ("Reed"), XT_NO_WORK_HAS ("Literary Editor") } },
  /* "Reviewed by" in capitals */
  { "/extract/running-head/reviewed-by-caps", HEAD "A HARBOUR IN WINTER\n\nREVIEWED BY ANN REED" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A HARBOUR IN WINTER"), XT_AUTHOR ("Reed") } },

  /* the reviewer's name in capitals under a headline in capitals, in
   * its paragraph */
  { "/extract/running-head/caps-name-under-caps-headline", HEAD "A HARBOUR IN WINTER\nANN REED" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A HARBOUR IN WINTER"), XT_AUTHOR ("Reed"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ann") } },

  /* a headline that asks, a deck in capitals in a paragraph of its own */
  { "/extract/running-head/question-deck-para", HEAD "Is the harbour novel dead?\n\nTOM VELL SAYS NOT" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Is the harbour novel dead?"), XT_ABSENT ("TOM VELL SAYS NOT") } },
  /* a headline, a byline, then the book's header on three lines */
  { "/extract/running-head/heading-then-book-lines", HEAD "A Harbour in Winter\nBy Ann Reed\n\n"
    "The Salt Road\nBy Tom Vell\nGannet Press, 1990. 300 pp. $3." LONG_PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter"), XT_AUTHOR ("Reed"), XT_TITLE ("The Salt Road"),
      XT_AUTHOR ("Vell"), XT_TYPE (CK_TYPE_BOOK) } },

  /* a headline in quotation marks */
  { "/extract/running-head/quoted-headline", HEAD "\u2018Salt in every line\u2019\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Salt in every line"), XT_AUTHOR ("Reed"), XT_COUNT (2) } },
  /* a headline opening with a number */
  { "/extract/running-head/number-headline", HEAD "100 years of the herring fleet\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "100 years of the herring fleet"), XT_AUTHOR ("Reed") } },
  /* a headline with a colon: title and subtitle */
  { "/extract/running-head/colon-headline", HEAD "Harbour lights: a novel of the winter coast\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Harbour lights"), XT_FIELD (CK_FIELD_SUBTITLE, "a novel of the winter coast") } },
  /* a headline of one word */
  { "/extract/running-head/one-word-headline", HEAD "Adrift\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Adrift"), XT_AUTHOR ("Reed") } },
  /* the byline over the headline */
  { "/extract/running-head/byline-first", HEAD "By Ann Reed\n\nA Harbour in Winter" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter"), XT_AUTHOR ("Reed") } },
  /* the headline is the book's title, over the book's header */
  { "/extract/running-head/headline-is-book-title", HEAD "The Salt Road\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "The Salt Road"), XT_AUTHOR ("Reed"), XT_TITLE ("THE SALT ROAD"),
      XT_AUTHOR ("Vell"), XT_COUNT (2) } },
  /* a headline in capitals over the book's header in capitals */
  { "/extract/running-head/caps-headline-caps-book", HEAD "A HARBOUR IN WINTER\n\n"
    "THE SALT ROAD. By TOM VELL. Gannet Press. 220 pages. $3.\n\nReviewed by ANN REED" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A HARBOUR IN WINTER"), XT_AUTHOR ("Reed"), XT_TITLE ("THE SALT ROAD"),
      XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Reed"), XT_COUNT (2) } },

  /* a headline in capitals over a deck in title case: the deck is no
   * part of the title */
  { "/extract/running-head/caps-headline-title-deck", HEAD "A HARBOUR IN WINTER\nTom Vell's Bleakest Novel Yet\n\n"
    "By Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A HARBOUR IN WINTER"), XT_AUTHOR ("Reed") } },
  /* a headline in title case over a short standfirst in sentence case */
  { "/extract/running-head/title-headline-short-standfirst", HEAD "A Harbour in Winter\nTom Vell's novel is his bleakest\n\n"
    "By Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter"), XT_AUTHOR ("Reed") } },

  /* no blank lines: the running head, label, headline and byline in one
   * paragraph */
  { "/extract/running-head/one-paragraph", "THE DAILY LAMP, TUESDAY, MARCH 6, 1962\nNEW FICTION\nA Harbour in Winter\n"
    "By Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter"), XT_AUTHOR ("Reed"), XT_DATE (1962, 3, 6) } },
  /* and the book's header in that paragraph too: the block ends at it
   * (the header's reader does not yet take a header inside a paragraph) */
  { "/extract/running-head/one-paragraph-with-book", "THE DAILY LAMP, TUESDAY, MARCH 6, 1962\nNEW FICTION\n"
    "A Harbour in Winter\nBy Ann Reed\nTHE SALT ROAD. By Tom Vell. Gannet Press. 220 pages. $3." PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A Harbour in Winter"), XT_AUTHOR ("Reed"), XT_NO_TITLE_HAS ("SALT ROAD") } },

  /* --- distractors --- */
  /* the book's title in capitals over its byline and imprint stays the
   * book's; the running head is no book */
  { "/extract/running-head/book-title-over-byline", HEAD "THE SALT ROAD\nBy Tom Vell\nGannet Press, 1990. 300 pp. $3."
    LONG_PROSE,
    { XT_TITLE ("THE SALT ROAD"), XT_TYPE (CK_TYPE_BOOK), XT_AUTHOR ("Vell"), XT_SELF,
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_NO_WORK_HAS ("DAILY LAMP") } },
  /* a headline, the reviewer's byline and the book's own header: the
   * reviewer is no author of the book */
  { "/extract/running-head/reviewer-not-book-author", HEAD "A Harbour in Winter\nBy ANN REED\n\n"
    "The Salt Road, by Tom Vell. Gannet Press. 220 pages. $3." PROSE,
    { XT_SELF, XT_AUTHOR ("Reed"), XT_TITLE ("The Salt Road"), XT_AUTHOR ("Vell"),
      XT_FAMILY_NOT (CK_ROLE_AUTHOR, 1, "Reed"), XT_FIELD (CK_FIELD_TITLE, "The Salt Road") } },
  /* a running head repeated at the top of the next page within the text
   * is no book and no second record of the review */
  { "/extract/running-head/repeated-head", "THE DAILY LAMP\u2014OCTOBER 11, 1960      417\n\nTHREE SEA NOVELS" BOOK
    LONG_PROSE "\n870      THE DAILY LAMP\u2014OCTOBER 11, 1960\n" LONG_PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_PAGES, "417"), XT_COUNT (2), XT_NO_WORK_HAS ("DAILY LAMP") } },
  /* a date in a sentence of prose is no running head */
  { "/extract/running-head/date-in-prose", "On Sunday, April 16, 1939 the harbour froze, and Tom Vell began the novel "
    "he would spend ten years writing, a book about the ice and the boats held fast in it." LONG_PROSE,
    { XT_NO_SELF } },
  /* a name over a date line is a signature, not a running head */
  { "/extract/running-head/signature-date", "THREE SEA NOVELS" BOOK LONG_PROSE "\nAnn Reed\nApril 16, 1939\n",
    { XT_NO_WORK_HAS ("Ann Reed") } },
  /* a person's name with a date is a letter's heading, no running head */
  { "/extract/running-head/person-date", "ANN REED, TUESDAY, MARCH 6, 1962" BOOK LONG_PROSE,
    { XT_NO_SELF } },
  /* a town's dateline opening a report is no running head */
  { "/extract/running-head/town-dateline", "LONDON, March 9, 1957.\u2014The harbour froze again this winter, and the "
    "fishermen of the coast sat idle for a month while the ice held the boats fast in it." LONG_PROSE,
    { XT_NO_SELF } },
  /* a section's running head names no periodical */
  { "/extract/running-head/section-head", "BOOK REVIEWS   May 4, 1956   12" BOOK LONG_PROSE,
    { XT_NO_SELF, XT_TITLE ("THE SALT ROAD") } },
  /* but a periodical's name may be made of such words after "The" */
  { "/extract/running-head/the-new-review", "THE NEW REVIEW, May 4, 1956" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE NEW REVIEW"), XT_DATE (1956, 5, 4) } },
  /* a person's name in capitals with a month after a gap */
  { "/extract/running-head/person-month-gap", "TOM VELL   SEPTEMBER 1975" BOOK LONG_PROSE,
    { XT_NO_SELF } },
  /* the book's header names no author: the reviewer's byline above it
   * gives it none */
  { "/extract/running-head/authorless-book", HEAD "A Harbour in Winter\nBy ANN REED\n\n"
    "THE SALT ROAD. Gannet Press. 220 pages. $3." PROSE,
    { XT_SELF, XT_AUTHOR ("Reed"), XT_TITLE ("THE SALT ROAD"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Reed"),
      XT_FAMILY_NOT (CK_ROLE_EDITOR, 0, "Reed") } },
  /* a name line under the headline, then a book named in the prose */
  { "/extract/running-head/name-line-then-prose-book", HEAD "Winter on the quay\nAnn Reed" "\n\n"
    "The Salt Road by Tom Vell (Gannet Press, $3) is the last of the harbour novels, and the best of them by far, "
    "though it is long.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Winter on the quay"), XT_AUTHOR ("Reed"), XT_TITLE ("The Salt Road"),
      XT_AUTHOR ("Vell"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 1, "Reed") } },
  /* a row of a list: a number, a title, a year, in columns */
  { "/extract/running-head/list-row", "3   The Salt Road   1956\n4   Iron Harbour   1958" LONG_PROSE,
    { XT_NO_SELF } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
