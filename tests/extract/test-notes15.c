/* test-notes15.c — conventions read in the fifteenth session.  Every text
 * is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- a dealer's catalogue (detect-bookseller.c) */
  /* a given name that is also a place ("Virginia"); a family name that is a place, in capitals */
  { "/extract/notes15/bookseller-place-names-in-heading",
    "CATALOGUE TWELVE\n\n48. QUELL (Virginia). Salt Guineas. London: Gannet Press, 1938. First edition. \xc2\xa3" "75\n\n"
    "49. LAWRENCE (A. B.). Seven Harbours. London: Harbour Press, 1935. Original cloth. \xc2\xa3" "50\n",
    { XT_TITLE ("Salt Guineas"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Virginia"), XT_YEAR (1938),
      XT_TITLE ("Seven Harbours"), XT_AUTHOR ("Lawrence"), XT_YEAR (1935) } },
  /* "Mr." and "Mrs." inside a title do not end it */
  { "/extract/notes15/bookseller-title-with-honorifics",
    "CATALOGUE TWELVE\n\n49. VELL (Tom). Mr. Quell and Mrs. Reed. London: Gannet\nPress, 1924. 12mo, original "
    "wrappers. \xc2\xa3" "45\n",
    { XT_TITLE ("Mr. Quell and Mrs. Reed"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_YEAR (1924) } },
  /* a second author in reading order; a gloss on a pen name; a heading the dealer supplied in brackets */
  { "/extract/notes15/bookseller-heading-forms",
    "CATALOGUE TWELVE\n\n41. QUELL (A. B.) and Thomas REEDLEY. Journey to the Coast. London:\nGannet Press, 1939. "
    "8vo. \xc2\xa3" "180\n\n"
    "2   VELLMAN (Peter) [i.e. Peter St John Sprague]. Salt and\n    Reality. London: Harbour Press, 1937. 8vo. "
    "\xc2\xa3" "95\n\n"
    "125 [BARTON (Alexander William)]. Eothor, or Traces of Salt. London: John Gannet, 1844. First\nedition, "
    "published anonymously. \xc2\xa3" "480\n\n"
    "3   [SALT.] HALLAM (Pat), editor. John Vell. A Memoir. London:\n    Gannet Press, 1938. 8vo, pp. 263. "
    "\xc2\xa3" "75\n",
    { XT_TITLE ("Journey to the Coast"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Reedley"),
      XT_YEAR (1939), XT_TITLE_ANY ("Salt and Reality"), XT_AUTHOR ("Vellman"), XT_YEAR (1937),
      XT_TITLE ("Eothor, or Traces of Salt"), XT_AUTHOR ("Barton"), XT_YEAR (1844),
      XT_TITLE_ANY ("John Vell", "John Vell: A Memoir"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Hallam"), XT_YEAR (1938) } },
  /* ---- "whose" before a title (detect-prose-clause.c) */
  /* an article in capitals after "whose" opens a title whatever follows; "took" tells what a book did */
  { "/extract/notes15/whose-article-title",
    "Vell read widely in Ada Quell, whose The Salt Harvest (the commentary on the harbour charter) he admired. "
    "But Kate Reed, whose Funny Tides took on the weather in cartoon form, tried something harder.\n",
    { XT_TITLE ("The Salt Harvest"), XT_AUTHOR ("Quell"), XT_TITLE ("Funny Tides"), XT_AUTHOR ("Reed") } },
  /* a person's name after "whose" is no title */
  { "/extract/notes15/whose-person-no-title",
    "He wrote to Ada Quell, whose Uncle Tomas was a ferryman, and to Ben Vell, whose Harbour Street house burned.\n",
    { XT_COUNT (0) } },
  /* ---- a title that lists short groups (spans.c serial titles) */
  /* "A, B and C (year)" after a possessive is one title; a subtitle after "A, B:" closes one too */
  { "/extract/notes15/serial-title",
    "Everyone read Vell's Ports, Ferries and Harbours (1899) in those years, and later Ann Quell's Black Sails, "
    "Blue Tides: The Long History of the Salt Coast (2018).\n",
    { XT_TITLE ("Ports, Ferries and Harbours"), XT_AUTHOR ("Vell"), XT_YEAR (1899),
      XT_TITLE ("Black Sails, Blue Tides"), XT_AUTHOR ("Quell") } },
  /* initials before the first group make it a name */
  { "/extract/notes15/serial-title-name-first",
    "He is the author of a much-admired study of E.P. Vellman, Objections and Oppositions (1994).\n",
    { XT_NO_TITLE_HAS ("Vellman,") } },
  /* ---- a law review's header (detectors.c header-block) */
  /* a by-line wrapped after its initials; the imprint in square brackets on the next line */
  { "/extract/notes15/header-byline-wrapped-initials",
    "THE HARBOUR LAW REVIEW\n\nREVIEWS\n\nESSAYS ON SALT: STUDIES IN TIDES AND HARBOURS. By H. L. A.\n"
    "QUELL. [Oxford: Gannet Press. 1982. viii and 272 pp. Hardback \xc2\xa3" "15\xc2\xb7" "00.]\n\n"
    "THE ten essays collected in this volume were written over some twenty years, and most of them will be "
    "familiar to students of the subject.\n",
    { XT_TITLE ("ESSAYS ON SALT"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Oxford"), XT_YEAR (1982) } },
  /* ---- a year from the clause around a title (attr-context.c) */
  /* a noun for a work in apposition, then its issue; a verb of writing before the title */
  { "/extract/notes15/year-from-apposition-and-verb",
    "He quotes Ann Vell's The Salt Rebellion, a pamphlet published in Leeds in 1922, at length. He read "
    "The Harbour Wall, the little book Gannet published in 1940, with care. The argument has moved since Tom "
    "Quell published \"The Long Tide\" in 1968 that nobody needs it.\n",
    { XT_TITLE ("The Salt Rebellion"), XT_YEAR (1922), XT_TITLE ("The Harbour Wall"), XT_YEAR (1940),
      XT_TITLE ("The Long Tide"), XT_YEAR (1968) } },
  /* a year that opens a span, or follows an unrelated verb, dates nothing */
  { "/extract/notes15/year-verb-span-no-date",
    "Tom Quell wrote \"The Long Tide\" in 1968-70 and read The Harbour Wall, the book he loved in 1940.\n",
    { XT_TITLE ("The Long Tide"), XT_YEAR (0), XT_TITLE ("The Harbour Wall"), XT_YEAR (0) } },
  /* ---- imprints (assemble.c, detectors.c header-block) */
  /* "Illustrated." is a note on the book, no firm; a place's colon at a line's end takes the next line's firm */
  { "/extract/notes15/imprint-illustrated-and-wrapped-place",
    "The Harbour Book Review / November 11, 1973\n\nSALT MARRIAGE. By Tom Quell. Illustrated. 250 pp. New York: "
    "Gannet House. $10.\n\nBy ANN REED\n\nWhen the ferry stopped running in 1962, the town found its own way of "
    "talking about the sea, and this book is one of the results.\n\n"
    "THE EMIGRANT SHORE\nBy W. G. Vellman.\nTranslated by Ann Hulse.\n237 pp. New York:\nHarbour Directions. "
    "$23.95.\n\nSomewhere near the middle of this strange book the narrator goes to visit an old painter.\n",
    { XT_TITLE ("SALT MARRIAGE"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet House"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New York"),
      XT_TITLE ("THE EMIGRANT SHORE"), XT_FIELD (CK_FIELD_PUBLISHER, "Harbour Directions"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New York") } },
  /* a law review's imprint in square brackets after the by-line; the author's degree is no place */
  { "/extract/notes15/imprint-bracket-after-byline",
    "REVIEWS\n\nJUDICIAL CONTROL OF SALT DUTIES. By D. R. QUELLMAN, LL.M., of Gray's Inn, Barrister-at-Law. "
    "[London: Gannet & Sons Ltd. 1961. xxiv and 318 pp. (with Index). \xc2\xa3" "2 10s. net.]\n\n"
    "THE student of the salt laws in this country has for some years been better served by his textbooks than "
    "by the courts.\n",
    { XT_TITLE ("JUDICIAL CONTROL OF SALT DUTIES"), XT_AUTHOR ("Quellman"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet & Sons Ltd"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_YEAR (1961) } },
  /* ---- where an article appeared (detectors.c quoted titles, attr-context.c) */
  /* an issue's date after "of" or "for", a day before its month, is no part of the periodical's name */
  { "/extract/notes15/container-issue-date",
    "Vell first set out the argument in an article, \"The Two Coasts,\" in the Harbour Statesman of 6 October "
    "1956, and it grew. See also Quell's article, \"The Laws of Salt,\" in the SALT JOURNAL for December 1926, "
    "at length.\n",
    { XT_TITLE ("The Two Coasts"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Statesman"), XT_YEAR (1956),
      XT_TITLE ("The Laws of Salt"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "SALT JOURNAL"), XT_YEAR (1926) } },
  { "/extract/notes15/container-after-issue-verb-date",
    "Her essay \"The Salt Wind\", which appeared in the Harbour Statesman for December 1926, was reprinted.\n",
    { XT_TITLE ("The Salt Wind"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Statesman") } },
  /* ---- a film in a web syllabus (detectors.c html-italics) */
  { "/extract/notes15/html-italics-film",
    "<p><b>Week 6 &ndash; The harbour on film</b><br/>\nScreening: <i>Salt Harbour</i> (dir. Ada Quell, 1927), "
    "Thursday 7 pm.</p>\n<p>Reading: <i>The Long Tide</i> (London: Gannet, 1990).</p>\n",
    { XT_TITLE ("Salt Harbour"), XT_TYPE (CK_TYPE_MOTION_PICTURE), XT_FAMILY (CK_ROLE_DIRECTOR, 0, "Quell"), XT_YEAR (1927),
      XT_TITLE ("The Long Tide"), XT_TYPE (CK_TYPE_BOOK) } },
  /* ---- parts of a book named by a cue (detectors.c find_cue, cues.txt) */
  /* the noun before "called" names the kind; a cue in capitals opening the sentence; an epilogue */
  { "/extract/notes15/quoted-part-cues",
    "THE SALT ROAD. By Ann Quell. (Gannet Press. 12s. 6d.)\n\n"
    "The best pages are in the chapter called \"The Word of the Tide,\" where she writes of the harbour. "
    "Chapters on \"The Trajectory of the Ferry\" and \"Tribulations of the Pier\" draw on the logbooks. "
    "An epilogue, \"From the House of the Dead,\" on memory, closes it. Her analysis of the slow introduction "
    "to the 'Gannet Call' symphony is masterly.\n",
    { XT_TITLE ("The Word of the Tide"), XT_TYPE (CK_TYPE_CHAPTER), XT_TITLE ("The Trajectory of the Ferry"),
      XT_TYPE (CK_TYPE_CHAPTER), XT_TITLE ("From the House of the Dead"), XT_TYPE (CK_TYPE_CHAPTER),
      XT_NO_TITLE_HAS ("Gannet Call") } },
  /* ---- a news or trade page's stacked header (detect-release.c) */
  /* title and subtitle a paragraph each over "By Name. Firm. pp. $"; a dateline above is no title */
  { "/extract/notes15/stacked-news-header",
    "The Camps\n\nSunday, May 4, 2003\n\nSALT\n\nA History\n\nBy Ann Quellman. Gannet House. 677 pp. $35\n\n"
    "Reviewed by Tom Vell\n\nFor most readers the word entered the language in 1974, when the first volume of the "
    "great chronicle appeared in the West.\n",
    { XT_TITLE_ANY ("SALT: A History", "SALT"), XT_AUTHOR ("Quellman"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet House"),
      XT_NO_TITLE_HAS ("Sunday") } },
  /* a trade page: a title in capitals, its subtitle, a bare "by Name" */
  { "/extract/notes15/stacked-trade-header",
    "HALLAM\n\nA Biography\n\nby Robert Quellman\n\nThe Oxford historian completes his trilogy of harbour lives "
    "with a hard, unsentimental portrait of the man who kept the ferries running.\n",
    { XT_TITLE_ANY ("HALLAM: A Biography", "HALLAM"), XT_AUTHOR ("Quellman") } },
  /* a name in capitals under a headline signs the review: no book */
  { "/extract/notes15/stacked-reviewer-byline",
    "THE HARBOUR OBSERVER, SUNDAY 16 OCTOBER 1983\n\nNEW FICTION\n\nMurder in the library\n\nby HELEN QUELL\n\n"
    "IT IS not every day that a professor of tides writes a bestseller, still less one set in a harbour in 1327.\n",
    { XT_NO_TITLE_HAS ("NEW FICTION"), XT_NO_TYPE (CK_TYPE_BOOK) } },
  /* ---- title extent (spans.c, detectors.c possessive) */
  /* a relative clause in title case stays in the title; one with a lower-case verb after a name does not */
  { "/extract/notes15/title-relative-clause",
    "Readers who know only John Reed's Ten Tides that Shook the Harbour, with its reporting, will be surprised. "
    "He also liked Reed's Salt Days that Orwell admired.\n",
    { XT_TITLE ("Ten Tides that Shook the Harbour"), XT_AUTHOR ("Reed"), XT_TITLE ("Salt Days") } },
  /* "Name, The Owner's Title (…)": the possessive is the title's own */
  { "/extract/notes15/possessive-inside-title-after-comma",
    "The standard account is Wedgwood, The King's Harbour (London, 1955).\n",
    { XT_TITLE ("The King's Harbour"), XT_YEAR (1955) } },
  /* ---- names (spans.c) */
  /* "St." opens a given name or a family name, across a line's end too */
  { "/extract/notes15/name-saint-short-form",
    "SALT METROPOLIS: A STUDY OF HARBOUR LIFE. By St.\nClair Quell and Horace R. Vell. 809 pp. New York: Gannet "
    "House. $5.\n\nThis is a long study of the harbour, and it goes on for a while and is long enough for prose.\n",
    { XT_TITLE_ANY ("SALT METROPOLIS"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "St. Clair"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
