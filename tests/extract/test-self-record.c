/* test-self-record.c — the review's own record (the text itself) in the
 * layouts of detect-venue.c (mastheads, "Issue:" lines, page title lines,
 * "This review appeared in …" sentences) and review-heading.c (headlines,
 * bylines, standfirsts, signatures).  Invented papers, people and books;
 * the one real paper's name (from the periodicals lexicon) appears in no
 * sample text.  One row per layout (XtCase, extract-test-util.h); rows that
 * contrast texts extract each with XT_TEXT. */
#include "extract-test-util.h"

#define PROSE "The author returns to the coast and its people, and writes of them with the same care as " \
              "before, though at greater length and with rather more patience for the old quarrels of the " \
              "harbour than most readers will share. It is a good book all the same.\n"
/* a book's header line the review's own record must not take over */
#define GREY_WING "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n"
#define QUARRY_YEAR "The Quarry Year, by Tamsin Adair (Heron Press, 1999)\n\n"
#define UNDERWRITERS "The Underwriters\nby Ivo Brandt\n310pp, Heron Press, £17.45\n\n"
#define ALMANAC "The Almanac Trade, by Ivo Brandt. London: Heron Press, 1987. 310 pp. $11.75.\n\n"
#define ALMANAC_INVERTED "Ivo Brandt. The Almanac Trade. London: Heron Press, 1987. 310 pp. £13.25.\n\n"
#define COURIER_LINE "THE HARBOUR COURIER, Tuesday 6 May 1952\n\n"

static const XtCase cases[] = {
  /* a newspaper masthead in columns, a headline in two decks, a deck, and
   * a byline over the reviewer's post */
  { "/extract/self/masthead-columns",
    "THE EVENING LANTERN          Sunday, March 9, 1961          Part 3-Page 7\n\n"
    "HERONS RETURN\nTO THE MARSH\n\n"
    "A Naturalist Counts\nthe Birds Again\n\n"
    "By OSWALD P. MERRIN\nLantern Nature Editor\n\n" GREY_WING PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE EVENING LANTERN"), XT_FIELD (CK_FIELD_PAGES, "7"),
      XT_DATE (1961, 3, 9), XT_FIELD (CK_FIELD_TITLE, "HERONS RETURN TO THE MARSH"), XT_AUTHOR ("Merrin"),
      XT_GIVEN (CK_ROLE_AUTHOR, 0, "Oswald P."), XT_FAMILY (CK_ROLE_AUTHOR, 1, NULL) } },
  /* a weekly's running header (name with "&", two spaces, date), a
   * section word, the heading and the reviewer's name on lines of their own */
  { "/extract/self/running-header",
    "THE LAMP & BEACON  4 June 1993\n\nREVIEWS\n\nA house of many rooms\n\nCora Vellin\n\n"
    "The Copper Stair\nIvo Brandt\nHeron Press, 310pp, £18.99\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE LAMP & BEACON"), XT_DATE (1993, 6, 4),
      XT_FIELD (CK_FIELD_TITLE, "A house of many rooms"), XT_AUTHOR ("Vellin") } },
  /* a masthead over a headline in capitals and a standfirst that ends in
   * the byline */
  { "/extract/self/standfirst-byline",
    "THE NORTHERN COURIER                        12 October 1988\n\n"
    "THE MAN WHO MAPPED THE FENS\n\n"
    "Ada Fenn's new life of a surveyor finds much to admire in a forgotten\n"
    "career. By Piet Orlov\n\n"
    "THE LEVEL LAND\nby Ada Fenn\nHeron Press £20 pp412\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE NORTHERN COURIER"), XT_DATE (1988, 10, 12),
      XT_FIELD (CK_FIELD_TITLE, "THE MAN WHO MAPPED THE FENS"), XT_AUTHOR ("Orlov"),
      XT_GIVEN (CK_ROLE_AUTHOR, 0, "Piet") } },
  /* "This review appeared in the Month/Month Year issue of Name." closing
   * a bio paragraph; heading, standfirst and "By X" at the top */
  { "/extract/self/appeared-in-issue",
    "Salt in the Stone\n\nCan a quarry have a history? A geologist makes the case.\n\n"
    "By Mara Quell\n\n"
    "The Quarry Year, by Tamsin Adair, Heron Press, 312 pages, $24.50\n\n" PROSE "\n"
    "Mara Quell writes on geology. This review appeared in the March/April 2004 "
    "issue of Field Letters.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Field Letters"), XT_DATE (2004, 3, 0),
      XT_FIELD (CK_FIELD_TITLE, "Salt in the Stone"), XT_AUTHOR ("Quell") } },
  /* the other sentence forms: "was originally published in Name on
   * Date", "first appeared in Name, Vol. N No. N, Season Year" */
  { "/extract/self/appeared-in-sentences",
    QUARRY_YEAR PROSE "\nThis essay was originally published in The Harbour Gazette on 4 May 1999.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Gazette"), XT_DATE (1999, 5, 4),
      XT_TEXT (QUARRY_YEAR PROSE "\nThanks to the editors. This article first appeared in Hill Review, "
               "Vol. 12 No. 3, Autumn 1999.\n"),
      XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Hill Review"), XT_FIELD (CK_FIELD_VOLUME, "12"),
      XT_FIELD (CK_FIELD_ISSUE, "3"), XT_YEAR (1999) } },
  /* a reprint page: breadcrumbs, "Heading / by Name", then "From J, Vol. N
   * No. N, Season Year" */
  { "/extract/self/reprint-from",
    "Home > Library > Notices\n\nThe Uses of Tide Tables\nby Ruth Calloway\n\n"
    "From Hill Review, Vol. 12 No. 3, Autumn 1988\n\n" ALMANAC PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Hill Review"), XT_FIELD (CK_FIELD_VOLUME, "12"),
      XT_FIELD (CK_FIELD_ISSUE, "3"), XT_FIELD (CK_FIELD_TITLE, "The Uses of Tide Tables"),
      XT_AUTHOR ("Calloway"), XT_ABSENT ("Home > Library > Notices") } },
  /* "Originally published in …" and "Reviewed by X" on lines of their own */
  { "/extract/self/originally-reviewed-by",
    "Originally published in The Lamp Quarterly, Vol. 3, No. 1 (Spring 1990)\n\n"
    "Reviewed by Otto Brand\n\n"
    "The Almanac Trade, by Ivo Brandt. London: Heron Press, 1989. 310 pp. $11.75.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Lamp Quarterly"), XT_FIELD (CK_FIELD_VOLUME, "3"),
      XT_FIELD (CK_FIELD_ISSUE, "1"), XT_YEAR (1990), XT_AUTHOR ("Brand") } },
  /* a notice page: "Name Issue: Month Dayth, Year" on a line of its own is
   * the venue; the same line among "Label: value" fields is not */
  { "/extract/self/issue-label",
    "THE ALMANAC TRADE by Ivo Brandt\n\nLantern Notices Issue: May 3rd, 1988\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Lantern Notices"), XT_DATE (1988, 5, 3),
      XT_TEXT ("THE ALMANAC TRADE by Ivo Brandt\n\n" PROSE "\n"
               "Pub Date: May 20th, 1988\nPage Count: 310\nLantern Notices Issue: May 3rd, 1988\n"),
      XT_NO_SELF } },
  /* a web page's title line naming a known paper, and the page's dateline */
  { "/extract/self/section-line",
    "Books | Financial Times\n\nThe ledger of the sea\n\n"
    "A history of marine insurance that reads like a novel. By Lena Holt\n\n"
    "Saturday March 4, 2006\n\n" UNDERWRITERS PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Financial Times"), XT_DATE (2006, 3, 4),
      XT_FIELD (CK_FIELD_TITLE, "The ledger of the sea"), XT_AUTHOR ("Holt") } },
  /* the reviewer signs over an affiliation before the notes */
  { "/extract/self/signature-affiliation",
    "Hill Review, Vol. 12, No. 3 (Sep., 1988), pp. 41-43\n\n" ALMANAC_INVERTED PROSE "\n"
    "Ruth Calloway\nUniversity of Tarnmouth\n\n"
    "1 Ada Fenn, The Level Land (London, 1980).\n",
    { XT_SELF, XT_AUTHOR ("Calloway"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ruth") } },
  /* a masthead that sets the date first; a one-line byline with the
   * reviewer's post after a comma */
  { "/extract/self/date-first-masthead",
    "Tuesday, May 6, 1952      THE HARBOUR COURIER      Page 11\n\n"
    "Tides of the Old Port\n\nBy Ann Reed, Staff Writer\n\n" GREY_WING PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR COURIER"), XT_FIELD (CK_FIELD_PAGES, "11"),
      XT_DATE (1952, 5, 6), XT_FIELD (CK_FIELD_TITLE, "Tides of the Old Port"), XT_AUTHOR ("Reed"),
      XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ann") } },
  /* the date first before a separator mark; "From:" with a colon; a date
   * and a mark before no paper's name */
  { "/extract/self/date-mark-from-colon",
    "6 May 1952 | THE HARBOUR COURIER\n\n" GREY_WING PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR COURIER"), XT_DATE (1952, 5, 6),
      XT_TEXT ("From: Hill Review, Vol. 3, No. 2 (Spring 1990)\n\n" GREY_WING PROSE),
      XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Hill Review"), XT_FIELD (CK_FIELD_ISSUE, "2"),
      XT_TEXT ("6 May 1952 | Notes from the harbour\n\n" PROSE),
      XT_NO_SELF } },
  /* a heading of two lines over its byline, in one paragraph */
  { "/extract/self/heading-two-lines-byline",
    COURIER_LINE "The Long Marsh and the\nPeople of the Coast\nReviewed by Ann Reed\n\n" GREY_WING PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "The Long Marsh and the People of the Coast"), XT_AUTHOR ("Reed") } },
  /* a closing note on the reviewer names the reviewer; the book's
   * subject, named in the prose, is no reviewer; nor is a verdict ("X is
   * right") a note on one */
  { "/extract/self/signature-bio",
    COURIER_LINE GREY_WING PROSE "\nRuth Calloway teaches history at Tarn College.\n",
    { XT_SELF, XT_AUTHOR ("Calloway"),
      XT_TEXT (COURIER_LINE GREY_WING PROSE
               "\nOtto Brand, the subject of the book, is a captain of the old school, and the reader "
               "learns much about him and about his harbour and its quarrels and its boats.\n\n"
               "Otto Brand is a man we still need.\n"),
      XT_SELF, XT_AUTHOR (NULL),
      XT_TEXT (COURIER_LINE GREY_WING PROSE "\nRuth Calloway is right.\n"),
      XT_SELF, XT_AUTHOR (NULL) } },
  /* mastheads: the date after a spaced dash; the name over the date on
   * two lines (a name that says it is a paper; a book's title in capitals
   * over a date is none); the paper's town in parentheses */
  { "/extract/self/masthead-dash-two-lines",
    "THE HARBOUR COURIER — 6 May 1952\n\n" GREY_WING PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR COURIER"), XT_DATE (1952, 5, 6),
      XT_TEXT ("THE HARBOUR COURIER\n6 May 1952\n\n" GREY_WING PROSE),
      XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR COURIER"), XT_DATE (1952, 5, 6),
      XT_TEXT ("THE LONG MARSH\n6 May 1952\n\n" PROSE),
      XT_NO_SELF,
      XT_TEXT ("The Harbour Courier (Boston), 6 May 1952\n\n" GREY_WING PROSE),
      XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Courier"), XT_DATE (1952, 5, 6) } },
  /* a site's footer names a known paper: a copyright line (its year) or a
   * section line (the header's dateline) */
  { "/extract/self/site-footer",
    UNDERWRITERS PROSE "\n© 2006 Financial Times\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Financial Times"), XT_DATE (2006, 0, 0),
      XT_TEXT ("The ledger of the sea\n\nSaturday March 4, 2006\n\n" UNDERWRITERS PROSE "\n"
               "Books | Financial Times\n"),
      XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Financial Times"), XT_DATE (2006, 3, 4),
      XT_FIELD (CK_FIELD_TITLE, "The ledger of the sea") } },
  /* openers without "This review": "Originally published in the Name,
   * date.", "A version of this review appeared in …"; "First published in
   * Paris, …" names a place, not a periodical */
  { "/extract/self/sentence-openers",
    GREY_WING PROSE "\nRuth Calloway writes on the sea. Originally published in the Harbour Courier, 4 May 1997.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Courier"), XT_DATE (1997, 5, 4),
      XT_TEXT (GREY_WING PROSE "\nA version of this review appeared in Hill Review, Vol. 3, No. 2 (Spring 1990).\n"),
      XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Hill Review"), XT_FIELD (CK_FIELD_VOLUME, "3"),
      XT_FIELD (CK_FIELD_ISSUE, "2"),
      XT_TEXT (GREY_WING PROSE "\nIt sold well. First published in Paris, 4 May 1962.\n"),
      XT_NO_SELF } },
  /* JSTOR's "Review by: Name" line under the venue line */
  { "/extract/self/review-by-colon",
    "Hill Review, Vol. 12, No. 3 (Sep., 1988), pp. 41-43\n\nReview by: Ruth Calloway\n\n" ALMANAC_INVERTED PROSE,
    { XT_SELF, XT_AUTHOR ("Calloway"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ruth") } },
  /* no venue: a dateline alone, a "This review …" sentence about another
   * review, a section line naming no known periodical, a two-line name
   * and post in the middle of the text, a one-word label before a column
   * gap, a date before a name in title case */
  { "/extract/self/not-self",
    "Saturday March 4, 2006\n\nBooks | Harbour Notes\n\nPublished   2 May 2011\n\n"
    "4 May 1997     Notes From Abroad\n\n" PROSE "\n"
    "This review appeared to many readers as unfair. This review appeared in my mind.\n\n"
    "Ruth Calloway\nUniversity of Tarnmouth\n\n" PROSE,
    { XT_NO_SELF } },
  /* a newspaper headline in title case, in two short decks, between the
   * masthead and the book's header is the review's own title; a heading
   * over a deck that is only the reviewer's name is not a two-deck headline */
  { "/extract/self/title-case-headline-decks",
    "HARBOUR SUNDAY HERALD, OCTOBER 23, 1938\n\n"
    "Salt Gods and Harbour Politics\nSeen by a Careful Traveller\n\n"
    "THE LONG SHORE. By Peter Grove. Illustrated. 301 pp. Leeds: Gannet Books. $3.\n\n"
    "  Mr Grove went to the coast and came back with a book that is long and careful, and it is "
    "the better for both, whatever the critics say of it.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Salt Gods and Harbour Politics Seen by a Careful Traveller"),
      XT_TITLE ("THE LONG SHORE") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
