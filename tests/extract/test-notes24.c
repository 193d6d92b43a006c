/* test-notes24.c — conventions read in the twenty-fourth session.  Every
 * text is invented. */
#include "extract-test-util.h"

#define PROSE \
  "The prose of the review runs here, at the length of a paragraph of running text. It follows the " \
  "merchants along the coast and through the long silence after the war, and then it ends.\n"

static const XtCase cases[] = {
  /* ---- a publisher's catalogue: the contributor's note is prose (spans.c ck_para_is_bio) */
  { "/extract/notes24/contributor-note-is-prose",
    "Ada Quell\nThe Salt Road\n\n" PROSE "\n"
    "ADA QUELL is Professor of History at Harbour University. Her books include The Tin\n"
    "Shop (1989), The Glass Rivers (1992), and Quiet\nHarbour Lights (Gannet, 2004).\n",
    { XT_TITLE ("The Tin Shop"), XT_YEAR (1989), XT_AUTHOR ("Quell"),
      XT_TITLE ("The Glass Rivers"), XT_YEAR (1992), XT_TITLE ("Quiet Harbour Lights"), XT_YEAR (2004),
      XT_NO_TITLE_PREFIX ("ADA QUELL") } },
  /* a book's number is no periodical's issue (detectors.c venue-line) */
  { "/extract/notes24/isbn-line-no-venue",
    PROSE "\n512 pages | Cloth | $39.95\nISBN 978-0-674-02676-6\n",
    { XT_NO_SELF, XT_NO_TYPE (CK_TYPE_REVIEW_BOOK) } },
  /* a title whose verb follows two capitalised words is no note */
  { "/extract/notes24/title-with-is-not-a-note",
    "The World is Flat Again\nBy Ada Quell\nGannet, 1990, 212 pages, $20\n\n" PROSE,
    { XT_TITLE ("The World is Flat Again"), XT_AUTHOR ("Quell"), XT_YEAR (1990) } },
  /* ---- "co-author with X of T" (detectors.c title-year) */
  { "/extract/notes24/coauthor-with-no-commas",
    "The prose of the review runs here. J. A. Quell, co-author with A. F. Vell of The Economy of\n"
    "Salt (1889), to whom he makes a handsome apology, comes off best.\n",
    { XT_TITLE ("The Economy of Salt"), XT_YEAR (1889), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"),
      XT_COUNT (1) } },
  /* a partner named by kin and forename: the forename alone is recorded as no one */
  { "/extract/notes24/coauthor-with-kin",
    "The prose of the review runs here. Her elder sister, Ada Quell, co-author with her sister Jane of\n"
    "the Lives of the Salt Merchants, set a standard of industry.\n",
    { XT_TITLE ("Lives of the Salt Merchants"), XT_AUTHOR ("Quell"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 1, "Jane") } },
  /* ---- the works lexicon (known-works.c): a short title another writer's
   * book holds, where the text names that writer and not the short one's */
  { "/extract/notes24/known-short-title-of-named-author",
    "<p>The comparison the book invites is with Hutt, whose early chapters (the first three of <i>Class in "
    "Britain</i>, reprinted in 1975) are still the angriest thing of their kind.</p>\n",
    { XT_TITLE ("Class in Britain"), XT_AUTHOR ("Hutt"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Cannadine") } },
  /* the short title's own author named: the lexicon's entry stands */
  { "/extract/notes24/known-short-title-own-author",
    "<p>The comparison the book invites is with Cannadine and Hutt, and the first three chapters of <i>Class in "
    "Britain</i> are still the best thing of their kind.</p>\n",
    { XT_TITLE ("Class in Britain"), XT_AUTHOR ("Cannadine") } },
  /* ---- italics (detectors.c html-italics) */
  /* a bracketed list of italic titles, each with its year after a comma */
  { "/extract/notes24/italics-list-years",
    "<p>Quell has been preparing this for a long time (<em>The Salt Road</em>, 1988; <em>Harbour Lights in the "
    "Later Empire</em>, 2002), and its theme is the poor.</p>\n",
    { XT_TITLE ("The Salt Road"), XT_YEAR (1988), XT_TITLE ("Harbour Lights in the Later Empire"), XT_YEAR (2002),
      XT_COUNT (2) } },
  /* "trans. NAME (Year)" and "ed. NAME (3 vols., Firm, Year)" after the italics */
  { "/extract/notes24/italics-trans-ed-volumes",
    "<UL>\n<LI>Procopius, <I>The Hidden Tales</I>, trans. G. A. Vell (1966) -- the dirt on the court.\n</UL>\n"
    "<P>For looking things up, the <I>Salt Dictionary of the Coast</I>, ed. Alexander Quell (3 vols., Gannet "
    "University Press, 1991) -- see if your library has it.\n",
    { XT_TITLE ("The Hidden Tales"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"), XT_YEAR (1966),
      XT_TITLE ("Salt Dictionary of the Coast"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"),
      XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "3"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"),
      XT_YEAR (1991) } },
  /* ---- "edited by his son NAME (three volumes, Firm, Year)": the son is no title (title-imprint) */
  { "/extract/notes24/by-kin-name-not-title",
    "The family closed ranks early: The Life and Letters of Ada Quell, edited by his son Francis (three volumes, "
    "Gannet, 1887), was a monument of filial tact.\n",
    { XT_ABSENT ("Francis"), XT_NO_TITLE_PREFIX ("Francis") } },
  /* ---- plain note numbers glued to a title, the note below giving its imprint (note-source.c) */
  { "/extract/notes24/plain-note-number-imprint",
    "The reviewer follows closely Ada Quell's Salt and Demonic Magic from the Coast to the Hills,1 and Tom\n"
    "Vell's The Harbour Lights of the North2 is, curiously, little used. Mr. Orrin's Tide, Salt and Logic1 is\n"
    "not cited at all.\n\n"
    "1 London: The Gannet Institute, 1958.\n"
    "2 Trans. Ada Reed (New York: Harbour University Press, 1943).\n",
    { XT_TITLE ("Salt and Demonic Magic from the Coast to the Hills"), XT_YEAR (1958),
      XT_FIELD (CK_FIELD_PUBLISHER, "The Gannet Institute"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_TITLE ("The Harbour Lights of the North"), XT_YEAR (1943), XT_FIELD (CK_FIELD_PUBLISHER, "Harbour University Press") } },
  /* a number glued to a word with no note of its number below is nothing */
  { "/extract/notes24/plain-note-number-no-note",
    "The reviewer follows closely Ada Quell's Salt and Demonic Magic from the Coast to the Hills,1 and that is all.\n\n"
    "2 London: The Gannet Institute, 1958.\n",
    { XT_TITLE ("Salt and Demonic Magic from the Coast to the Hills"), XT_YEAR (0) } },
  /* ---- library cards and dealers' entries (detect-bookseller.c) */
  /* the imprint's wrapped line reads like a heading ("City, N. Y., …"); set in, it is the entry's */
  { "/extract/notes24/card-wrap-not-heading",
    "Quell, Andre, 1901-\n    The voices of salt. Translated by Stuart Vell. Garden\n  City, N. Y., Doubleday, 1953.\n"
    "    661 p. illus. 29 cm.\n",
    { XT_TITLE ("The voices of salt"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"), XT_YEAR (1953),
      XT_FIELD (CK_FIELD_PUBLISHER, "Doubleday"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Garden City, N. Y."), XT_COUNT (1) } },
  /* a family name that is a common word heads a card dated by life dates */
  { "/extract/notes24/card-common-word-family",
    "Read, Harold Edward, 1893-\n    A concise history of salt painting. New York, Gannet\n  [1959]\n    376 p. illus. 21 cm.\n",
    { XT_TITLE ("A concise history of salt painting"), XT_AUTHOR ("Read"), XT_YEAR (1959), XT_COUNT (1) } },
  /* without dates the word stays a word */
  { "/extract/notes24/common-word-no-dates-no-card",
    "Read, then, the chapters in order.\n    A concise history of salt painting is the place to start.\n",
    { XT_COUNT (0) } },
  /* a longer note on the copy between title and imprint ("Folding diagram; 32 pp. …") */
  { "/extract/notes24/dealer-physical-note",
    "275  QUELL (Ada).  On the Origin of Salt by means\n     of Natural Selection.  Folding diagram; 32\n"
    "     pp. publisher's advertisements dated June 1859 at end.\n     8vo.  Orig. green cloth, a little rubbed.  "
    "John Murray,\n     1859.  FIRST EDITION.\n                                                     \xc2\xa3" "65\n",
    { XT_TITLE ("On the Origin of Salt by means of Natural Selection"), XT_AUTHOR ("Quell"), XT_YEAR (1859),
      XT_FIELD (CK_FIELD_PUBLISHER, "John Murray") } },
  /* the dealer's own notes on the copy before the imprint are passed over */
  { "/extract/notes24/dealer-notes-before-imprint",
    "3  QUELL (Ada). On the Salt of the Coast by Means of the Tide, or the Keeping of Harbours. 8vo. Folding "
    "lithographed diagram. First issue, with \"harbuors\" on p. 20 and the advertisements dated June 1859. Original "
    "green cloth, spine ends neatly repaired, corners bumped. London: Gannet and Son, 1859. Freeman 373.   \xc2\xa3" "1,400\n",
    { XT_TITLE_ANY ("On the Salt of the Coast by Means of the Tide, or the Keeping of Harbours",
                    "On the Salt of the Coast by Means of the Tide"),
      XT_AUTHOR ("Quell"), XT_YEAR (1859), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet and Son"), XT_COUNT (1) } },
  /* no imprint anywhere after: no entry */
  { "/extract/notes24/dealer-heading-no-imprint",
    "3  QUELL (Ada). On the Salt of the Coast. First issue, with the advertisements. Original green cloth, corners "
    "bumped. A good copy.\n",
    { XT_NONE_FIRED ("bookseller-entry") } },
  /* a review card: "; tr. by NAME" closes the title, "Jr." follows the given names */
  { "/extract/notes24/review-card-tr-by-and-jr",
    "QL    QUELL, Konrad. On salt; tr. by Marjorie Kerr Vell.\n      Gannet Books, 1966. 306p bibl 5.75\n\n"
    "HN    ORRIN, Barrington, Jr. Social origins of the salt trade and\n      the harbour: lord and peasant.\n"
    "      Beacon, 1966. 559p tab bibl 9.95\n\n" PROSE,
    { XT_TITLE ("On salt"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"), XT_YEAR (1966),
      XT_TITLE_ANY ("Social origins of the salt trade and the harbour: lord and peasant",
                    "Social origins of the salt trade and the harbour"),
      XT_AUTHOR ("Orrin"), XT_YEAR (1966) } },
  /* ---- "Surname (The Title, 1979)": a surname the text gave with its forename (title-imprint) */
  { "/extract/notes24/surname-paren-article-title",
    "The book is by Adrian Quell and James Vell.\n\n"
    "It is argued with great energy; Vell (The Post-Harbour Controversies, 1979) supplies the theology.\n",
    { XT_TITLE ("The Post-Harbour Controversies"), XT_AUTHOR ("Vell"), XT_YEAR (1979), XT_ABSENT ("Vell") } },
  /* a firm in brackets after a surname is no title */
  { "/extract/notes24/surname-paren-firm",
    "The book is by Adrian Quell and James Vell.\n\nIt is argued with great energy; Vell (The Gannet Press, 1979) "
    "supplies the theology.\n",
    { XT_ABSENT ("The Gannet Press") } },
  /* ---- a weekly's list of books received (detect-styles.c, detect-header.c) */
  /* the by-line wrapped after "By": its names open no bibliography entry */
  { "/extract/notes24/received-by-wrapped",
    "                         History\n\n"
    "THE RISE OF THE SALT TRADE. By\n  Charles A. Quell and Mary R. Quell. Mac-\n  millan. 1927. 2 vols. $12.50.\n\n"
    "THE HARBOUR AND THE TIDE. By\n  Vernon Louis Vell. Harcourt, Brace.\n  1927. 2 vols. $4 each.\n\n" PROSE,
    { XT_TITLE ("THE RISE OF THE SALT TRADE"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Quell"),
      XT_GIVEN (CK_ROLE_AUTHOR, 1, "Mary R."), XT_YEAR (1927),
      XT_TITLE ("THE HARBOUR AND THE TIDE"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Harcourt, Brace"),
      XT_YEAR (1927), XT_NO_TITLE_PREFIX ("Quell and"), XT_NO_TITLE_PREFIX ("Charles") } },
  /* ---- a syllabus: a meeting's readings are a list, not a book's header (spans.c ck_para_opens_schedule) */
  { "/extract/notes24/syllabus-week-readings",
    "Week 2 (Apr. 6)  The salt trade and its critics.\n   Quell, Parts I-II.\n"
    "   *Alfred Vell, \"The Myth of the Salt Trade\" (1955), in his\n   Aspects of the Salt Trade (New York: Gannet, 1968).\n"
    "   *George V. Orrin, \"Harbour Wealth and the Origins of the Salt Trade,\" Harbour Historical Review 72 "
    "(January 1967):\n   469-96.\n",
    { XT_TITLE ("Aspects of the Salt Trade"), XT_YEAR (1968), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_TITLE ("Harbour Wealth and the Origins of the Salt Trade"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Historical Review"),
      XT_NO_TITLE_PREFIX ("Quell, Parts") } },
  /* "trans. R. R.\n Palmer (…)": the translator's name wrapped after its initials is no title */
  { "/extract/notes24/trans-initials-wrapped-not-title",
    "   Georges Quell, The Coming of the Salt Trade, trans. R. R.\n      Vell (Gannet University Press, 1947). First "
    "published in\n      France as Quatre-vingt-sel (1939).\n",
    { XT_ABSENT ("Vell") } },
  /* ---- a possessive of no person opens the title ("One's Company", "Uncle's Dream") (detectors.c possessive) */
  { "/extract/notes24/possessive-of-no-person",
    "Those who enjoyed Salt Adventure (1933) and One's Harbour (1934) will know what to expect from Mr. Quell.\n",
    { XT_TITLE ("One's Harbour"), XT_YEAR (1934), XT_ABSENT ("Harbour") } },
  { "/extract/notes24/possessive-of-person-still-owner",
    "Those who enjoyed Salt Adventure (1933) and Quell's Harbour Lights (1934) will know what to expect.\n",
    { XT_TITLE ("Harbour Lights"), XT_AUTHOR ("Quell"), XT_YEAR (1934) } },
  /* ---- the text's own venue at its foot (detectors.c venue-line, venue-print-line.c) */
  { "/extract/notes24/this-article-is-from",
    PROSE "\nThis article is from Harbour Weekly 328, 18 June 2014.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Weekly"), XT_FIELD (CK_FIELD_ISSUE, "328"), XT_YEAR (2014) } },
  { "/extract/notes24/version-in-issue-of",
    "<p>" PROSE "</p>\n<p class=\"footnote\"><em>A version of this article appears in the Summer 2022 issue of </em>Salt "
    "Quarterly<em> (No. 31) under the headline &#8220;Reading the Living Coast.&#8221;</em></p>\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Salt Quarterly"), XT_FIELD (CK_FIELD_ISSUE, "31"), XT_YEAR (2022),
      XT_FIELD (CK_FIELD_TITLE, "Reading the Living Coast") } },
  { "/extract/notes24/first-appeared-in-dated-issue",
    PROSE "\nThis article first appeared in the 21 September 2009 issue of the Harbour Statesman\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Statesman"), XT_DATE (2009, 9, 21) } },
  /* ---- a web page's heading, reviewer and books stacked one a line (detectors.c header-block, html-italics) */
  { "/extract/notes24/stacked-books-under-heading",
    "<p>The Revolution in the Harbour</p>\n<p>Niamh Quell</p>\n"
    "<p>Ann Vell, <em>Vivid Tides: The Harbour Generation 1890-1923</em>, Allen Lane, 512 pages, \xc2\xa3" "25<br />\n"
    "Charles Orrin, <em>The Salt Republic: The Fight for Harbour Independence, 1918-1923</em>, Penguin, 608 pages, "
    "paperback, \xc2\xa3" "12.99</p>\n\n<p>" PROSE "</p>\n"
    "<p>First published in the Harbour Review of Books, Issue 61, November 2014.</p>\n",
    { XT_TITLE ("Vivid Tides"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Allen Lane"),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "512"),
      XT_TITLE ("The Salt Republic"), XT_AUTHOR ("Orrin"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Penguin"),
      XT_SELF, XT_FIELD (CK_FIELD_TITLE, "The Revolution in the Harbour"), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Review of Books"), XT_COUNT (3) } },
  /* ---- a journal's header: the price in each country, parted by a semicolon (detect-header.c) */
  { "/extract/notes24/header-prices-two-currencies",
    "ADA QUELL. The Salt Road. xiv + 466\npp., illus., index. London: Gannet and Sons; Chicago:\n"
    "Harbour University Press, 1964. 63s.; $10.00.\n\n" PROSE,
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_YEAR (1964), XT_NO_TITLE_PREFIX ("ADA QUELL") } },
  /* a header's title set in italics is the title, whatever its words ("Poverty, by Salt") */
  { "/extract/notes24/header-italic-title-with-by",
    "<p><em>Poverty, by Salt</em>. By Matthew Quell. New York: Gannet, 2023. Pp. 304. $28.00 (cloth).</p>\n\n<p>" PROSE "</p>\n",
    { XT_TITLE ("Poverty, by Salt"), XT_AUTHOR ("Quell"), XT_YEAR (2023), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet") } },
  /* ---- an apposition's title that is a list, its last item opening on "the" (detect-context.c) */
  { "/extract/notes24/apposition-list-title-article",
    "The prose of the review runs here. Ada Quell's opening essay, Property, Authority and the Salt Law, is the "
    "most important thing in it.\n",
    { XT_TITLE ("Property, Authority and the Salt Law"), XT_AUTHOR ("Quell"), XT_ABSENT ("Property") } },
  /* ---- an older weekly's headline in capitals and its stop, the running head further down (detectors.c) */
  { "/extract/notes24/stopped-caps-heading-running-head-below",
    "THE WINTER SALT.\n\nTHE SALT ROAD. By ADA QUELL. (Gannet. 60s. net.)\n\n" PROSE
    "\nTHE WEEKLY LAMP, THURSDAY, DECEMBER 14, 1922     825\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "THE WINTER SALT"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE WEEKLY LAMP"),
      XT_TITLE ("THE SALT ROAD"), XT_AUTHOR ("Quell") } },
  /* ---- "A. Name and B. Name, “Title,” vol. 108": a scholar's citation of a quoted title (detectors.c quoted-title) */
  { "/extract/notes24/authors-comma-quoted-title",
    "It was first put, in two papers published together in the Harbour Notices: H. Bondi and T. Vell, \"The "
    "Steady-State Theory of the Expanding Harbour,\" vol. 108, p. 252, and it has held.\n",
    { XT_TITLE ("The Steady-State Theory of the Expanding Harbour"), XT_AUTHOR ("Bondi"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell") } },
  /* a speaker's name before quoted words is no author */
  { "/extract/notes24/speaker-comma-quote-no-author",
    "At the launch, said Ada Quell, \"The Harbour Was Never Ours\" was the only thing anyone remembered.\n",
    { XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Quell") } },
  /* "Ann Vell's\nlecture “T,” Journal 181 (2012): 143–67": the owner before the work's noun (detect-comma.c) */
  { "/extract/notes24/owner-cue-quoted-journal-article",
    "The prose of the review runs here, for those who want the frame: they should turn to Julia M. H. Vell's\n"
    "lecture \xe2\x80\x9cPortable Salt: Relics in the Medieval West,\xe2\x80\x9d Harbour Studies 181 (2012): 143\xe2\x80\x93" "67.\n",
    { XT_TITLE ("Portable Salt"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Julia M. H."),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Studies"), XT_YEAR (2012) } },
  /* ---- "the President in the New York Times (December 31, 1933)": the periodical after "in the" (periodical-issue) */
  { "/extract/notes24/periodical-issue-after-in-the",
    "American readers will remember his open letter to the President in the New York Times (December 31, 1933), "
    "and the book bears it out.\n",
    { XT_CONTAINER ("New York Times"), XT_DATE (1933, 12, 31) } },
  /* ---- "Name, The title in sentence case (YEAR)" (detect-name-comma-title.c) */
  { "/extract/notes24/name-comma-sentence-case-title",
    "Gay insists on the modernity of the philosophes; he is closer to Ernst Quell, The philosophy of the harbour "
    "(1932; Eng. tr.,\n1951), than he admits.\n",
    { XT_TITLE ("The philosophy of the harbour"), XT_AUTHOR ("Quell"), XT_YEAR (1932), XT_COUNT (1) } },
  /* no author before the comma: nothing */
  { "/extract/notes24/no-name-comma-sentence-case",
    "In the end, The harbour was quiet again (1932) and nobody spoke of it.\n",
    { XT_NONE_FIRED ("name-comma-title") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
