/* test-masthead.c — the review's own record from a periodical's masthead
 * (detect-venue.c: a page number closing the line, a possessive in a name
 * in capitals, a name over its "Vol./No." line, the date over the name,
 * "Site | Review no. N", "J 12(3):45-49. Copyright © 2004", a known name
 * alone over the text, a blog's meta line) and the block under it
 * (venue-masthead.c: the heading, its decks, rule and subhead, standfirsts,
 * bylines, datelines, section trails and labels) and the reviewer's late
 * forms (review-heading.c).  Invented periodicals, books and people only;
 * "The Threepenny Review" stands for any name the periodicals lexicon
 * knows. */
#include "extract-test-util.h"

#define PROSE "\n\nThe prose of the review runs here. It says little of note, and ends.\n"
/* running prose: long enough (160 characters) to be read as such */
#define LONG_PROSE "\n\nThe prose of the review runs here, and it runs on for a while in lower case, " \
  "as prose does when it has something to say about a book and the harbour it describes at length.\n"
#define BOOK "\n\nTHE SALT ROAD. By Tom Vell. Gannet Press. 220 pages. $3.\n"

static const XtCase cases[] = {
  /* "NAME    Month, Year    PAGE": the page closes the masthead; the
   * column heading is the only heading, so it is the title */
  { "/extract/masthead/page-after-gap", "THE HARBOUR LAMP    June, 1958    12\n\nRECENT VERSE" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR LAMP"), XT_FIELD (CK_FIELD_PAGES, "12"),
      XT_DATE (1958, 6, 0), XT_FIELD (CK_FIELD_TITLE, "RECENT VERSE") } },
  /* a possessive inside a name in capitals; the heading under the column
   * heading; the signature in capitals at the foot */
  { "/extract/masthead/possessive-name", "THE SAILOR'S WEEKLY, 4 June 1958\n\nNEW FICTION\n\n"
    "A STORM OVER GREY HAVEN" BOOK PROSE "\nR. T. QUILLAN\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE SAILOR'S WEEKLY"), XT_DATE (1958, 6, 4),
      XT_FIELD (CK_FIELD_TITLE, "A STORM OVER GREY HAVEN"), XT_ABSENT ("NEW FICTION") } },
  /* the name in capitals over its volume, number and season */
  { "/extract/masthead/name-over-volume", "THE HARBOUR QUARTERLY\nVol. XII, No. 2 (Winter 1948)\n\n"
    "THE NOVEL AFTER THE FLOOD\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR QUARTERLY"), XT_FIELD (CK_FIELD_VOLUME, "XII"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_YEAR (1948), XT_FIELD (CK_FIELD_TITLE, "THE NOVEL AFTER THE FLOOD"),
      XT_AUTHOR ("Reed") } },
  /* the name over "Volume N, Number N" with no date; a name that says it
   * is a periodical, in title case */
  { "/extract/masthead/name-over-volume-number", "The Harbour Quarterly\nVolume 12, Number 3\n\n"
    "Tides of the Estuary\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Quarterly"), XT_FIELD (CK_FIELD_VOLUME, "12"),
      XT_FIELD (CK_FIELD_ISSUE, "3"), XT_FIELD (CK_FIELD_TITLE, "Tides of the Estuary"), XT_AUTHOR ("Reed") } },
  /* the name over a dateline with its page */
  { "/extract/masthead/name-over-date-page", "THE DAILY LAMP\nFriday, May 4, 1956        Page 9\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_FIELD (CK_FIELD_PAGES, "9"),
      XT_DATE (1956, 5, 4), XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS") } },
  /* the date over the name */
  { "/extract/masthead/date-over-name", "Friday, 9 June 2017\nTHE HARBOUR WEEKLY\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR WEEKLY"), XT_DATE (2017, 6, 9),
      XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS") } },
  /* the heading and byline in the masthead's own paragraph */
  { "/extract/masthead/heading-in-masthead-paragraph", "THE DAILY LAMP, FRIDAY, MAY 4, 1956\nTHREE SEA NOVELS\n"
    "By ANN REED" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS"), XT_AUTHOR ("Reed") } },
  /* "Site | Review no. N": a numbered review needs no date */
  { "/extract/masthead/review-number", "Estuary Reviews Online | Review no. 212" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Estuary Reviews Online"), XT_FIELD (CK_FIELD_NUMBER, "212") } },
  /* volume(issue):pages, then the copyright's year */
  { "/extract/masthead/copyright-year",
    "Harbour Studies 12(3):45-49. Copyright \u00a9 2004, Harbour Society." BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Studies"), XT_FIELD (CK_FIELD_VOLUME, "12"),
      XT_FIELD (CK_FIELD_ISSUE, "3"), XT_FIELD (CK_FIELD_PAGES, "45-49"), XT_YEAR (2004) } },
  /* a headline in two decks, a rule, a subhead */
  { "/extract/masthead/rule-subhead", "THE DAILY LAMP, THURSDAY, MARCH 5, 1959\n\nSALT-MARSH\nPOETS\n\u2014\u2014\n"
    "Verse from the\nEastern Coast" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "SALT-MARSH POETS"), XT_DATE (1959, 3, 5) } },
  /* a heading over a standfirst of sentences, a byline */
  { "/extract/masthead/heading-standfirst", "LODESTAR  |  Issue 12  |  May 2001\n\nWhere the herring went\n"
    "A new history of the fisheries is thorough. It is also very long.\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "LODESTAR"), XT_FIELD (CK_FIELD_ISSUE, "12"),
      XT_FIELD (CK_FIELD_TITLE, "Where the herring went"), XT_AUTHOR ("Reed") } },
  /* a known name alone over the text: the heading, byline and dateline
   * under it */
  { "/extract/masthead/known-name-alone", "The Threepenny Review\n\nSalt and Iron\nBy Ann Reed\nJUNE 9, 2017" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Threepenny Review"), XT_DATE (2017, 6, 9),
      XT_FIELD (CK_FIELD_TITLE, "Salt and Iron"), XT_AUTHOR ("Reed"), XT_NO_TYPE (CK_TYPE_PERIODICAL) } },
  /* a section's heading above the review's own */
  { "/extract/masthead/section-then-heading", "The Threepenny Review, October 3, 1950\n\nPOETRY and the ARTS\n\n"
    "The Estuary Remembered" BOOK PROSE "\nWALTER K. ORME\n",
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "The Estuary Remembered"), XT_ABSENT ("POETRY and the ARTS") } },
  /* a column heading of other column words over the review's heading */
  { "/extract/masthead/column-words", "THE DAILY LAMP, FRIDAY, MAY 4, 1956\n\nBOOKS AND AUTHORS\n\nA POET OF THE SALT MARSH"
    BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A POET OF THE SALT MARSH"), XT_ABSENT ("BOOKS AND AUTHORS") } },
  /* a page's label of two words over the heading */
  { "/extract/masthead/page-label", "THE DAILY LAMP, FRIDAY, MAY 4, 1956\n\nBOOK REVIEW\n\nNets, Knots and Nine Winters"
    BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Nets, Knots and Nine Winters"), XT_ABSENT ("BOOK REVIEW") } },
  /* a headline in capitals is claimed: no possessive title inside it */
  { "/extract/masthead/headline-claimed", "THE DAILY LAMP, SATURDAY, MARCH 2, 1940.\n\nA FISHERMAN'S\n"
    "SAGA OF THE DOCKS\nWINS PRAISE\n\nBY WALTER K. ORME." BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "A FISHERMAN'S SAGA OF THE DOCKS WINS PRAISE"), XT_AUTHOR ("Orme"),
      XT_ABSENT ("SAGA OF THE DOCKS WINS PRAISE"), XT_COUNT (2) } },
  /* an obituary: the subject's name is the heading, the standfirst under
   * it is not; the record is a newspaper article */
  { "/extract/masthead/obituary", "The Threepenny Review\nFriday 9 June 2017\n\nOBITUARY\n\nAda Quint\n\n"
    "Harbour-master's daughter whose verse made the estuary famous\n\n"
    "ADA QUINT, who has died aged 91, kept a lighthouse for twenty years. She wrote well.\n",
    { XT_TITLE ("Ada Quint"), XT_DATE (2017, 6, 9), XT_TYPE (CK_TYPE_ARTICLE_NEWSPAPER),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Threepenny Review"),
      XT_ABSENT ("Harbour-master's daughter whose verse made the estuary famous") } },
  /* a section trail, a heading, a standfirst closed by "reviewed by" */
  { "/extract/masthead/trail-reviewed-by", "THE DAILY LAMP  11 June 2017\nCulture | Fiction\n\n"
    "Two tides and a drowned town\n\nA pair of debut novels set on the coast, reviewed by Miriam Holt" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Two tides and a drowned town"), XT_AUTHOR ("Holt"), XT_DATE (2017, 6, 11) } },
  /* a standfirst closed by "reviewed by" with no heading above it is no
   * heading */
  { "/extract/masthead/reviewed-by-no-heading", "THE DAILY LAMP  11 June 2017\n\n"
    "A pair of debut novels set on the coast, reviewed by Miriam Holt" BOOK PROSE,
    { XT_SELF, XT_AUTHOR ("Holt"), XT_NO_TITLE_HAS ("reviewed by") } },
  /* "Special to", a dateline of two dates, the reviewer's name alone */
  { "/extract/masthead/special-published", "THE THREEPENNY REVIEW\nNews | Arts | Poetry\n\n"
    "Review: Tom Vell's harbour poems count the boats that never came back\n\nSpecial to The Threepenny Review\n"
    "Published June 9, 2017   Updated June 10, 2017\nMartin Quillan" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Tom Vell's harbour poems count the boats that never came back"),
      XT_AUTHOR ("Quillan"), XT_DATE (2017, 6, 9) } },
  /* a headline in title case on two short decks */
  { "/extract/masthead/title-case-decks", "THE DAILY LAMP, OCTOBER 23, 1938\n\nLighthouse Keepers and Their Lamps\n"
    "Told by a Harbour Pilot" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Lighthouse Keepers and Their Lamps Told by a Harbour Pilot") } },
  /* a name under the heading in its paragraph is the byline */
  { "/extract/masthead/name-under-heading", "Lodestar, Vol. 67, No. 4 (Fall 2020)\n\nThe Tidal Ledger\nLeah Quarrie" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "The Tidal Ledger"), XT_AUTHOR ("Quarrie") } },
  /* "Reviewer: Dr Name, Affiliation" under the book's header */
  { "/extract/masthead/reviewer-label", "Estuary Reviews Online | Review no. 212\n\nThe Salt Road\nEdited by Tom Vell\n"
    "Gannet Press, 2010, 300 pages, \u00a320\n\nReviewer: Dr Ann Reed, University of Harbourside\n" PROSE,
    { XT_SELF, XT_AUTHOR ("Reed"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ann") } },
  /* a name in capitals over an affiliation between the header and the
   * prose */
  { "/extract/masthead/name-over-affiliation",
    "Harbour Studies 12(3):45-49. Copyright \u00a9 2004, Harbour Society.\n\n"
    "The Salt Road. Tom Vell. Harbour: Gannet Press, 1996. 229 pp. $49.95.\n\nANN C. REED\nLantern College" LONG_PROSE,
    { XT_SELF, XT_AUTHOR ("Reed") } },
  /* a signature in capitals after the notes */
  { "/extract/masthead/signature-after-notes", "HARBOUR STUDIES, No. 2, Autumn 1976, pp. 14-19\n\nHerring and the Historians"
    BOOK LONG_PROSE "\nNOTES\n\n1. Tom Vell, The Salt Road (London, 1971).\n2. Tom Vell, Iron Road (London, 1973).\n\n"
    "JAMES QUILLAN\n",
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Herring and the Historians"), XT_AUTHOR ("Quillan") } },
  /* the affiliation and, after a column gap, the name in capitals on the
   * text's last line */
  { "/extract/masthead/signature-after-gap", "Harbour Studies, Vol. 12, No. 3 (May 1988), pp. 45-49" BOOK LONG_PROSE
    "\nLantern College                          R. T. QUILLAN\n",
    { XT_SELF, XT_AUTHOR ("Quillan") } },
  /* a blog post: the meta line, the page's <h1>, the blog's name */
  { "/extract/masthead/blog-post", "<div class=\"entry-meta\">Posted on May 4, 2012 by <a href=\"/author/saltwife\">"
    "saltwife</a> | 3 Comments</div>\n<h1 class=\"entry-title\">Salt all the way down: on <em>The Salt Road</em></h1>\n"
    "<p><strong>Harbour Notes</strong> &mdash; jottings from the quay</p>\n\n<p>I put this book off for months. "
    "It was long, and it was good.</p>\n",
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Salt all the way down"), XT_FIELD (CK_FIELD_SUBTITLE, "on The Salt Road"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Notes"), XT_DATE (2012, 5, 4) } },
  /* a plain-text blog post: the blog's name, the title over "Posted on
   * DATE by Name" */
  { "/extract/masthead/blog-post-plain", "Quayside Jottings\n\nNine Winters on the Quay\nPosted on June 9, 2017 by Ann Reed"
    LONG_PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Nine Winters on the Quay"), XT_AUTHOR ("Reed"), XT_DATE (2017, 6, 9),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Quayside Jottings") } },
  /* a post that names no blog names no venue */
  { "/extract/masthead/blog-post-no-venue", "Nine Winters on the Quay\nPosted on June 9, 2017 by Ann Reed" LONG_PROSE,
    { XT_NO_SELF } },
  /* the blog's name from the page's <title> */
  { "/extract/masthead/blog-post-title-element", "<title>Salt all the way down | Harbour Notes</title>\n"
    "<div class=\"entry-meta\">Posted on May 4, 2012 by <a href=\"/author/saltwife\">saltwife</a></div>\n"
    "<h1 class=\"entry-title\">Salt all the way down</h1>\n\n<p>I put this book off for months. "
    "It was long, and it was good.</p>\n",
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Salt all the way down"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Notes") } },
  /* a bullet between the name and the date */
  { "/extract/masthead/bullet-separator", "The Harbour Weekly \u2022 4 March 1950\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Weekly"), XT_DATE (1950, 3, 4),
      XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS") } },
  /* the page first: the heading under the running head is read too */
  { "/extract/masthead/page-first", "12    THE HARBOUR LAMP    June, 1958\n\nTHREE SEA NOVELS\n\nBy Ann Reed" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR LAMP"), XT_FIELD (CK_FIELD_PAGES, "12"),
      XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS"), XT_AUTHOR ("Reed") } },
  /* the month and year first, then the name and the page */
  { "/extract/masthead/month-first", "June, 1958    THE HARBOUR LAMP    12\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR LAMP"), XT_DATE (1958, 6, 0),
      XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS") } },
  /* the page's section after the date; the date first, the name and the
   * page between bars */
  { "/extract/masthead/section-after-date", "THE DAILY LAMP, May 4, 1956 | Books\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_DATE (1956, 5, 4),
      XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS") } },
  { "/extract/masthead/date-name-page-bars", "Friday, May 4, 1956 | THE DAILY LAMP | Page 9\n\nTHREE SEA NOVELS" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP"), XT_FIELD (CK_FIELD_PAGES, "9"),
      XT_FIELD (CK_FIELD_TITLE, "THREE SEA NOVELS") } },
  /* the book's own title over "By Author. Imprint": no heading of the
   * review, the book keeps its title and author */
  { "/extract/masthead/book-title-above-header", "THE DAILY LAMP, FRIDAY, MAY 4, 1956\n\nTHE SALT ROAD\n\n"
    "By Tom Vell. Gannet Press. 220 pages. $3." LONG_PROSE,
    { XT_TITLE ("THE SALT ROAD"), XT_TYPE (CK_TYPE_BOOK), XT_AUTHOR ("Vell"), XT_SELF,
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE DAILY LAMP") } },
  /* a web review's heading "Title by Author" under the site's name and
   * date: the heading is the review's title and names the book too */
  { "/extract/masthead/heading-title-by", "Estuary Reviews | April 9, 2015\nThe Salt Road by Ada Quell" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "The Salt Road by Ada Quell"), XT_DATE (2015, 4, 9),
      XT_TITLE ("The Salt Road"), XT_TYPE (CK_TYPE_BOOK), XT_AUTHOR ("Quell") } },
  /* an aggregator's citation line closed by "(Review)" */
  { "/extract/masthead/review-mark", "Stone and Moth, Volume 9, Number 2, April 1998, pp. 12-14 (Review)\n\n"
    "Salt Road. By Ada Quell. London: Gannet, 1997. 320 pp. $25." PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Stone and Moth"), XT_FIELD (CK_FIELD_VOLUME, "9"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_FIELD (CK_FIELD_PAGES, "12-14"), XT_DATE (1998, 4, 0),
      XT_TITLE ("Salt Road"), XT_TYPE (CK_TYPE_BOOK), XT_AUTHOR ("Quell") } },
  /* a dateline in capitals under a byline names no periodical */
  { "/extract/masthead/caps-date-no-venue", "By Ann Reed\nMARCH 14, 2006" LONG_PROSE,
    { XT_NO_SELF } },
  /* a book's title over its author with no imprint, under a known name
   * with no dateline: no record of the review */
  { "/extract/masthead/no-date-no-self", "The Threepenny Review\n\nSalt and Iron\nBy Ann Reed" PROSE,
    { XT_NO_SELF } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
