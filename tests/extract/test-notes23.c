/* test-notes23.c — conventions read in the twenty-third session.  Every
 * text is invented. */
#include "extract-test-util.h"

#define PROSE \
  "The prose of the review runs here, at the length of a paragraph of running text. It follows the " \
  "merchants along the coast and through the long silence after the war, and then it ends.\n"

static const XtCase cases[] = {
  /* ---- the review's own heading under its masthead (venue-masthead.c) */
  /* an older weekly's headline in capitals, closed by a full stop */
  { "/extract/notes23/heading-caps-full-stop",
    "THE WEEKLY LAMP, THURSDAY, MARCH 3, 1927.          211\n\n"
    "THE SALT COAST.\n\n"
    "HARBOUR LIGHTS AND SHADOWS. By ADA QUELL. (Gannet. 12s. 6d. net.)\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "THE SALT COAST"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE WEEKLY LAMP"),
      XT_TITLE ("HARBOUR LIGHTS AND SHADOWS"), XT_AUTHOR ("Quell"), XT_COUNT (2) } },
  /* "NEW BOOKS." labels the page, closed as its headlines are; the heading follows */
  { "/extract/notes23/label-full-stop-then-heading",
    "THE WEEKLY LAMP, FRIDAY, MAY 6, 1927.\n\n"
    "                    NEW BOOKS.\n              -------------\n              MISS QUELL AT SEA.\n\n"
    "HARBOUR LIGHTS AND SHADOWS. By Ada Quell. London: Gannet and Co. 10s. 6d. net.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "MISS QUELL AT SEA"), XT_TITLE ("HARBOUR LIGHTS AND SHADOWS"), XT_COUNT (2) } },
  /* one word and a stop is a label, never the heading */
  { "/extract/notes23/one-word-stop-not-heading",
    "THE WEEKLY LAMP, FRIDAY, MAY 6, 1927.\n\nREVIEWS.\n\n"
    "HARBOUR LIGHTS AND SHADOWS. By Ada Quell. London: Gannet and Co. 10s. 6d. net.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, NULL), XT_TITLE ("HARBOUR LIGHTS AND SHADOWS"), XT_COUNT (2) } },
  /* "From the November 1926 issue of the Lamp" at the top, then the heading */
  { "/extract/notes23/issue-sentence-then-heading",
    "From the November 1926 issue of the Harbour Standard\n\nTHE MERCHANT AND THE TIDE.\n\n"
    "\"The Salt Road.\" By Ada Quell. (Gannet. 10s. 6d.)\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "THE MERCHANT AND THE TIDE"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Standard"), XT_YEAR (1926), XT_TITLE ("The Salt Road"), XT_COUNT (2) } },
  /* ---- a web page's dateline over the paper's name (venue-trail.c) */
  { "/extract/notes23/dateline-over-paper",
    "The tide that turned\n\n"
    "Ada Quell follows the salt merchants from the Tudors to the present, says Tom Orrin\n\n"
    "Saturday October 15, 2005\nThe Harbour Herald\n\n"
    "The Salt Road: A History of the Coast\nby Ada Quell\n512pp, Gannet, \xc2\xa3" "25\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "The tide that turned"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Herald"),
      XT_YEAR (2005), XT_AUTHOR ("Orrin"), XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_COUNT (2) } },
  /* the site's navigation over the heading is passed over */
  { "/extract/notes23/dateline-over-paper-after-trail",
    "Herald Unlimited Books | Review | The tide that turned\n\nThe tide that turned\n\n"
    "Saturday October 15, 2005\nThe Harbour Herald\n\n"
    "The Salt Road: A History of the Coast\nby Ada Quell\n512pp, Gannet, \xc2\xa3" "25\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "The tide that turned"), XT_TITLE ("The Salt Road"), XT_COUNT (2) } },
  /* a date over a person's name is a byline, no paper */
  { "/extract/notes23/dateline-over-person-no-paper",
    "The tide that turned\n\nSaturday October 15, 2005\nAda Quell\n\n" PROSE,
    { XT_NO_SELF } },
  /* a running head "DATE]   NAME   PAGE", its bracket closing the date;
   * a heading of two capitalised words joined by "and" is no pair of names */
  { "/extract/notes23/running-head-bracketed-date",
    "July 7, 1926]                 THE WEEKLY LAMP                                 17\n\n"
    "                        BOOKS\n\n                  Salt and Silver\n\n"
    "The Salt Road: A Historical Study. By R. H.\n   Quell. Gannet and Company. S3.50.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Salt and Silver"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE WEEKLY LAMP"),
      XT_FIELD (CK_FIELD_PAGES, "17"), XT_YEAR (1926), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Salt"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Silver"), XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_COUNT (2) } },
  /* ---- the periodicals lexicon expands a magazine's own short form */
  { "/extract/notes23/venue-line-abbreviation-expanded",
    PROSE "\nATC 124, September-October 2006\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Against the Current"), XT_FIELD (CK_FIELD_ISSUE, "124"), XT_YEAR (2006) } },
  /* ---- a list of "Title, YEAR" in brackets with no name before it (detectors.c name-paren-list) */
  { "/extract/notes23/unnamed-paren-list",
    "The series, given by Tom Vell, novelist\n(Medicine Creek, 1989; Green Grass, Running Water, 1993; Truth & Bright\n"
    "Water, 1999), anthologist and broadcaster, is one of the liveliest.\n",
    { XT_TITLE ("Medicine Creek"), XT_YEAR (1989), XT_AUTHOR ("Vell"), XT_TITLE ("Green Grass, Running Water"), XT_YEAR (1993),
      XT_TITLE ("Truth & Bright Water"), XT_YEAR (1999), XT_COUNT (3) } },
  /* authors cited by date and places with years are no titles */
  { "/extract/notes23/unnamed-paren-list-author-date",
    "Trust has been measured often (Ada Lind, 1994; Tom Quell, 1995; Quell et al., 1996).\n",
    { XT_COUNT (0) } },
  { "/extract/notes23/unnamed-paren-list-places",
    "It appeared twice (London, 1979; New York, 1980) and sold well.\n",
    { XT_COUNT (0) } },
  /* ---- older journals' notices: "Title. By Name. Pp. … (Place: Firm, Year.) 7s. 6d. net." (detect-header.c) */
  /* an honorific's stop inside the by-line, a series in brackets */
  { "/extract/notes23/notice-honorific-byline-series",
    "Salt Makes the Harbour. By Prof. V. Gordon Quell. (The Library of Harbour and Culture.) Pp. xii+275. "
    "(London: Gannet and Co., 1936.) 7s. 6d. net.\n\n" PROSE,
    { XT_TITLE ("Salt Makes the Harbour"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "V. Gordon"), XT_YEAR (1936),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet and Co"), XT_COUNT (1) } },
  /* a learned society's reports as the series, plates counted after the pages */
  { "/extract/notes23/notice-reports-series-plates",
    "Harbourside: a Belgic and Two Roman Towns. By R. E. M. Quell and T. V. Quell. (Reports of the Research Committee "
    "of the Harbour Society of London, No. 11.) Pp. xii+244+120 plates. (Oxford: Gannet Press, 1936.) 30s. net.\n\n" PROSE,
    { XT_TITLE ("Harbourside"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Quell"),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "xii + 244"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_COUNT (1) } },
  /* a long title in sentence case is no prose when by-line, extent and price stand with it */
  { "/extract/notes23/notice-long-sentence-case-title",
    "Tidewater: a Survey of the Problems suggested by a Composite Picture of the Life of a Northern Harbour drawn "
    "from Three Points of View. By Ada Quell. Pp. xviii+286+28 plates. (Cambridge: At the University Press, 1936.) "
    "18s. net.\n\n" PROSE,
    { XT_TITLE ("Tidewater"), XT_AUTHOR ("Quell"), XT_YEAR (1936), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Cambridge") } },
  /* a comma inside the title before its by-line parts no author from it */
  { "/extract/notes23/notice-comma-title-before-byline",
    "Salt Roads. By Tom Vell. (Gannet and Hall. 6s.)\nOther Tides, Other Harbours. By Ada Quell. (Heinemann.\n   9s. 6d.)\n\n" PROSE,
    { XT_TITLE ("Salt Roads"), XT_AUTHOR ("Vell"), XT_TITLE ("Other Tides, Other Harbours"), XT_AUTHOR ("Quell"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Tides"), XT_COUNT (2) } },
  /* a title in capitals wrapped after "AND" is no heading over its notice */
  { "/extract/notes23/notice-caps-title-wrapped",
    "THE GENERAL THEORY OF SALT, TIDE AND\n  HARBOURS. By J. M. QUELL. Gannet. 5s.\n\n" PROSE,
    { XT_TITLE ("THE GENERAL THEORY OF SALT, TIDE AND HARBOURS"), XT_AUTHOR ("Quell"), XT_COUNT (1) } },
  /* a number alone before the by-line is the title */
  { "/extract/notes23/notice-number-title",
    "1066. By Ada Quell. Gannet and Company.\n    $2.50.\n\n" PROSE,
    { XT_TITLE ("1066"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet and Company"), XT_COUNT (1) } },
  /* ---- "TITLE, OR ALTERNATIVE, by Name (…)" (detectors.c title-by) */
  { "/extract/notes23/title-by-alternative-title",
    "Two new books: HARBOUR, OR SALT AND THE FUTURE, by J. B. S.\nQuell (16mo, 93 pages; Gannet: $1); TIDE, OR THE\n"
    "FUTURE OF SALT, by Tom Vell (16mo, 64\npages; Gannet: $1). Both are brief, and both are the first numbers of "
    "a series which the firm began this spring, with more to follow in the autumn, on every subject under the sun.\n",
    { XT_TITLE ("HARBOUR, OR SALT AND THE FUTURE"), XT_AUTHOR ("Quell"), XT_TITLE ("TIDE, OR THE FUTURE OF SALT"),
      XT_AUTHOR ("Vell"), XT_COUNT (2) } },
  /* ---- a one-word periodical's cues (detect-periodical.c) */
  { "/extract/notes23/periodical-number-of",
    "The prose of the review runs here, at the length of a paragraph of running text, and the story first appeared in "
    "the\nFebruary number of Lodestar, and it has not been reprinted since.\n",
    { XT_TITLE ("Lodestar"), XT_TYPE (CK_TYPE_PERIODICAL), XT_COUNT (1) } },
  { "/extract/notes23/periodical-assignment-for",
    "The prose of the review runs here, at the length of a paragraph of running text: the photographs began as an "
    "assignment for Lodestar in the summer of the drought.\n",
    { XT_TITLE ("Lodestar"), XT_COUNT (1) } },
  /* a post for a person is no periodical */
  { "/extract/notes23/writer-for-person-no-periodical",
    "The prose of the review runs here, at the length of a paragraph of running text: he was a speech writer for "
    "Ada Quell in her last campaign.\n",
    { XT_COUNT (0) } },
  /* ---- articles in a periodical's issue (detect-article.c, detectors.c periodical-issue) */
  /* "pp76-136": the pages' label run into the first page */
  { "/extract/notes23/quoted-article-run-in-pages",
    "The prose runs here, and Ada Quell wrote \u2018The Moral Economy of the Salt Crowd\u2019 (Harbour and Present 50, "
    "February 1971, pp76-136), which was much read.\n",
    { XT_TITLE ("The Moral Economy of the Salt Crowd"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour and Present"),
      XT_FIELD (CK_FIELD_PAGES, "76-136"), XT_YEAR (1971), XT_COUNT (1) } },
  /* "(Name 51, April-June 1972, pp.2-9)": the number after the name is the issue */
  { "/extract/notes23/periodical-issue-number-after-name",
    "The argument was made at length in the journal itself (Harbour Socialism 51, April-June 1972, pp.2-9), and never answered.\n",
    { XT_COUNT (1), XT_CONTAINER ("Harbour Socialism"), XT_FIELD (CK_FIELD_ISSUE, "51"), XT_YEAR (1972),
      XT_FIELD (CK_FIELD_PAGES, "2-9") } },
  /* ---- a dealer's dash repeats the author of the entry above (detect-bookseller.c) */
  { "/extract/notes23/bookseller-ditto-dash",
    "CATALOGUE No. 38\n\n"
    "201  QUELL (A. B.). Poems. Gannet & Gannet, 1930. Cr. 8vo, original\n     printed paper wrappers.       25s.\n\n"
    "202  \u2014\u2014 The Salt Orators: an English Study. Gannet & Gannet, 1932.\n     Original cloth, dust wrapper.   15s.\n\n"
    "203  VELL (Tom). The Tide Tables. Harbour Press, 1924. Original red cloth.   30s.\n\n"
    "204  \u2014\u2014 Dunmore. Grant Hollis Ltd., 1914. Original red cloth.   \u00a38 8s.\n",
    { XT_TITLE ("The Salt Orators"), XT_AUTHOR ("Quell"), XT_YEAR (1932), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet & Gannet"),
      XT_TITLE ("Dunmore"), XT_AUTHOR ("Vell"), XT_YEAR (1914), XT_TITLE ("Poems"), XT_AUTHOR ("Quell"), XT_COUNT (4) } },
  /* a capitals title wrapped after "WHO" is no heading either */
  { "/extract/notes23/notice-caps-title-wrapped-relative",
    "THE SALT TRADE AND THE MEN WHO\nMADE IT. By Ada Quell. New York: Gannet. 1948. 378 pp. $5.\n\n" PROSE,
    { XT_TITLE ("THE SALT TRADE AND THE MEN WHO MADE IT"), XT_AUTHOR ("Quell"), XT_COUNT (1) } },
  /* "TITLE: SUBTITLE. By Name." in capitals: no place and firm before the by-line;
   * "Translated from the Russian, with a Commentary, by X" names the translator */
  { "/extract/notes23/notice-caps-colon-title-translated-from",
    "SALT HARBOUR: A NOVEL IN VERSE. By Aleksandr Quell. Translated from\nthe Russian, with a Commentary, by "
    "Vladimir Vell. Gannet Series\nLXXII. New York: Pantheon Books, 1964. 4 vols. $18.50, boxed.\n\n" PROSE,
    { XT_TITLE ("SALT HARBOUR"), XT_FIELD (CK_FIELD_SUBTITLE, "A NOVEL IN VERSE"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"),
      XT_YEAR (1964), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Harbour"), XT_COUNT (1) } },
  /* "With a Prefatory Note by Dr. NAME." names the introducer, past the style */
  { "/extract/notes23/notice-prefatory-note-by-doctor",
    "Salt and the Rise of Harbours: a Historical Study. By R. H.\n   QUELL. With a Prefatory Note by Dr. CHARLES VELL. "
    "(London:\n   Gannet, 1926. 10s. 6d.)\n\n" PROSE,
    { XT_TITLE ("Salt and the Rise of Harbours"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_INTRODUCER, 0, "Vell"),
      XT_GIVEN (CK_ROLE_INTRODUCER, 0, "Charles"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_YEAR (1926), XT_COUNT (1) } },
  /* ---- "first published in Holland as O (1919)": the only year given dates the work too (merge.c) */
  { "/extract/notes23/original-year-only-dates-work",
    "The prose of the review runs here, at the length of a paragraph. Johan Quell's The Waning of the Salt Age, first "
    "published in Holland as Herfsttij der Zoutmijnen (1919) and put into English five years later, is the model.\n",
    { XT_TITLE ("The Waning of the Salt Age"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Herfsttij der Zoutmijnen"), XT_YEAR (1919),
      XT_AUTHOR ("Quell") } },
  /* ---- "<i>Title</i>, edited by A &amp; B (Firm, 1962)": the role between italics and imprint (detectors.c html-italics) */
  { "/extract/notes23/italics-role-then-imprint",
    "<p>The prose of the review runs here, at the length of a paragraph.</p>\n"
    "<p>Ada Quell, <i>Mazes: Selected Stories</i>, edited by Donald A. Vell &amp; James E. Orr (New Gannet, 1962). "
    "Start with it.</p>\n",
    { XT_TITLE ("Mazes"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_FAMILY (CK_ROLE_EDITOR, 1, "Orr"),
      XT_FIELD (CK_FIELD_PUBLISHER, "New Gannet"), XT_YEAR (1962), XT_COUNT (1) } },
  /* "With an Essay on … by NAME." is matter another hand added, no break in the header */
  { "/extract/notes23/notice-added-essay-by",
    "Two Harbours? The Significance of C. P. Quell. By F. R. VELL. With an\nEssay on Sir Charles Quell's Rede Lecture "
    "by MICHAEL ORR. Gannet &\nWindus, 10s. 6d.\n\n" PROSE,
    { XT_TITLE_ANY ("Two Harbours?", "Two Harbours? The Significance of C. P. Quell"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet & Windus"),
      XT_COUNT (1) } },
  /* ---- OCR: "$l" is a price of one dollar (normalize.c) */
  { "/extract/notes23/ocr-dollar-l",
    "Two new books: HARBOUR, OR SALT AND THE FUTURE, by J. B. S.\nQuell (16mo, 93 pages; Gannet: $l). It is brief, and "
    "it is the first number of a series which the firm began this spring, with more to follow in the autumn.\n",
    { XT_TITLE ("HARBOUR, OR SALT AND THE FUTURE"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_COUNT (1) } },
  /* ---- Irish particles and the initial "Th." (names.c, tokenize.c) */
  { "/extract/notes23/irish-particles",
    "The prose runs here. Ciar\u00e1n \u00d3 Quell's The Salt Famine (London, 2011) and Peadar Ua Vell's My Harbour "
    "(Dublin, 1915) and M\u00e1ire N\u00ed Orr's Salt Songs (Cork, 1950) are cited.\n",
    { XT_TITLE ("The Salt Famine"), XT_AUTHOR ("\u00d3 Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ciar\u00e1n"),
      XT_TITLE ("My Harbour"), XT_AUTHOR ("Ua Vell"), XT_TITLE ("Salt Songs"), XT_AUTHOR ("N\u00ed Orr") } },
  { "/extract/notes23/initial-th",
    "The prose runs here. A. Th. van Quell's Het zoutgeld (Assen, 1978) is cited.\n",
    { XT_TITLE ("Het zoutgeld"), XT_AUTHOR ("van Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "A. Th."), XT_YEAR (1978) } },
  /* ---- "by X with Y and Z": collaborators on the title page are authors (detect-header.c) */
  { "/extract/notes23/header-by-with-collaborators",
    "Making Salt Work: Civic Traditions in Modern Harbours, by Robert D.\nQuell with Robert Vell and Raffaella Y. Orr. "
    "Princeton, NJ:\nPrinceton University Press, 1993. 258 pp. $24.95 cloth, $14.95 paper.\n\n" PROSE,
    { XT_TITLE ("Making Salt Work"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"), XT_FAMILY (CK_ROLE_AUTHOR, 2, "Orr"),
      XT_YEAR (1993), XT_COUNT (1) } },
  { "/extract/notes23/byline-with-collaborator",
    "Salt and Stone. By Ada Quell with Tom Vell. Gannet, 1993. 258 pp. $24.95.\n\n" PROSE,
    { XT_TITLE ("Salt and Stone"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"), XT_COUNT (1) } },
  /* "A and B, in “T” (Journal, vol. 165, 1950, pp. …)": both are the article's authors (detect-article.c) */
  { "/extract/notes23/quoted-article-pair-comma-in",
    "The prose of the review runs here. Dr. K. P. Quell and C. R. Vell, in \"New Evidence on the Antiquity of Salt\" "
    "(Harbour Review, vol. 165, 1950, pp. 379-382), showed it.\n",
    { XT_TITLE ("New Evidence on the Antiquity of Salt"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Review"), XT_YEAR (1950) } },
  /* ---- OCR: a year whose later "1" was read as "l" (normalize.c) */
  { "/extract/notes23/ocr-year-trailing-l",
    "THE WEEKLY LAMP, THURSDAY, FEBRUARY 17, 192l                    101\n\n"
    "A WALKER IN THE DUNES.\n\n"
    "THE SALT ROAD. By ADA QUELL. Two volumes. (Gannet. \xc2\xa3" "2 2s. net.)\n\n" PROSE,
    { XT_SELF, XT_YEAR (1921), XT_FIELD (CK_FIELD_TITLE, "A WALKER IN THE DUNES"), XT_TITLE ("THE SALT ROAD") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
