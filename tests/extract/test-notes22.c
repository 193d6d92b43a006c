/* test-notes22.c — conventions read in the twenty-second session.  Every
 * text is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- a publisher's list: books under their author in capitals (detect-stacked.c) */
  /* the first book's blurb stands between its title and its particulars */
  { "/extract/notes22/publisher-list-blurb-then-particulars",
    "GANNET & SONS LTD\n\nAUTUMN LIST\n\nADA QUELL\nTHE SALT ORCHARD\n\nMiss Quell follows the harbour trade from "
    "the Tudors to the present day,\nand shows how much of the coast's argument with itself it carried.\n"
    "Demy 8vo. About 380 pp. 30s. net. Ready September\n",
    { XT_TITLE ("THE SALT ORCHARD"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "380"), XT_NO_WORK_HAS ("Demy"), XT_COUNT (1) } },
  /* backlist: "TITLE. particulars" a line, and a title over its subtitle and particulars */
  { "/extract/notes22/publisher-list-backlist-lines",
    "TOM ORR\nHARBOUR LIGHTS. 21s. net\nTHE TIDE TABLES. Second edition, revised (1947). 18s. net\n"
    "SALT AND IRON\nA Study of the Northern Trade\nNew edition, with a new preface. 12s. 6d. net\n",
    { XT_TITLE ("HARBOUR LIGHTS"), XT_AUTHOR ("Orr"), XT_TITLE ("THE TIDE TABLES"), XT_AUTHOR ("Orr"), XT_YEAR (1947),
      XT_FIELD (CK_FIELD_EDITION, "Second edition, revised"), XT_TITLE ("SALT AND IRON"),
      XT_FIELD (CK_FIELD_SUBTITLE, "A Study of the Northern Trade"), XT_AUTHOR ("Orr"), XT_COUNT (3) } },
  /* "A Novel" under the title is a genre label, no subtitle */
  { "/extract/notes22/publisher-list-genre-label",
    "ADA QUELL\nTHE BELL TOWER\nA Novel\nCrown 8vo. 320 pp. 16s. net\n",
    { XT_TITLE ("THE BELL TOWER"), XT_AUTHOR ("Quell"), XT_NO_WORK_HAS ("Novel"), XT_COUNT (1) } },
  /* a format is no firm: "Demy 8vo" never becomes the publisher */
  { "/extract/notes22/format-not-publisher",
    "ADA QUELL\nTHE SALT ORCHARD\nDemy 8vo. 254 pp. 25s. net\n",
    { XT_TITLE ("THE SALT ORCHARD"), XT_NO_WORK_HAS ("Demy"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "254") } },
  /* prose with a name line in capitals over a heading is no list */
  { "/extract/notes22/publisher-list-no-particulars",
    "ADA QUELL\nTHE SALT ORCHARD\n\nShe wrote it in a winter, and it shows.\n",
    { XT_NONE_FIRED ("stacked-header") } },
  /* ---- a newsletter's books (detect-stacked.c) */
  /* "Title: Sub" over "Name, illustrated by X, Firm, Year, N pages, £P", a blurb after */
  { "/extract/notes22/newsletter-title-over-names-imprint",
    "Spring list\n\nThe Salt Mole: and Other Living Harbours\nAda Quell, illustrated by Tom Orr, Gannet, 2022, "
    "208 pages, \u00a314.99\nShort, funny essays on creatures of the shore.\n",
    { XT_TITLE ("The Salt Mole"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_ILLUSTRATOR, 0, "Orr"), XT_YEAR (2022),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "208"), XT_COUNT (1) } },
  /* an e-mail's "[image: …]" line stands over the header as a rule does */
  { "/extract/notes22/newsletter-image-placeholder",
    "Spring list\n\n[image: cover of the book]\nA Salted World: How the Sea Keeps Us\nAda Quell, Gannet Press, "
    "2022, 464 pages, hardback, \u00a325\nBats that see with sound.\n",
    { XT_TITLE ("A Salted World"), XT_AUTHOR ("Quell"), XT_YEAR (2022), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_COUNT (1) } },
  /* a row of fields between middle dots, wrapped after a dot */
  { "/extract/notes22/newsletter-middle-dot-row",
    "BACKLIST\n\nSaltland: A Deep Time Journey \u00b7 Ada Quell \u00b7 Gannet Press \u00b7 2019 \u00b7\n"
    "ISBN 978-0-00-000000-2 \u00b7 hardback \u00b7 \u00a320\nThe third of the harbour books.\n",
    { XT_TITLE ("Saltland"), XT_FIELD (CK_FIELD_SUBTITLE, "A Deep Time Journey"), XT_AUTHOR ("Quell"), XT_YEAR (2019),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_NO_TITLE_HAS ("\u00b7"), XT_COUNT (1) } },
  /* ---- a review card (detect-bookseller.c) */
  /* a university press named by its town, the card's "820p maps bibl index" collation */
  { "/extract/notes22/card-place-press-collation",
    "15-0563        HT147.C48\nQuell, Ada M. The salt roads of late imperial Harbouria. Stanford, 1977.\n"
    "820p maps bibl index 35.00\n\nSixteen essays from the conferences of 1968-1971.\n",
    { XT_TITLE ("The salt roads of late imperial Harbouria"), XT_AUTHOR ("Quell"), XT_YEAR (1977),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "820"), XT_COUNT (1) } },
  /* ---- a quoted article and its journal in brackets (detect-article.c) */
  /* a library's sentence case and "v.24", a volume's span of years */
  { "/extract/notes22/article-card-volume-year-span",
    "The model first set out in his\n\"Marketing and salt in rural Harbouria\" (Journal of Harbour studies, v.24,\n"
    "1964-65). Readers will like it.\n",
    { XT_TITLE ("Marketing and salt in rural Harbouria"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Harbour studies"), XT_FIELD (CK_FIELD_VOLUME, "24"),
      XT_YEAR (1964), XT_COUNT (1) } },
  /* a learned journal dated by its year alone: no issue */
  { "/extract/notes22/article-journal-year-no-issue",
    "The model first set out in his \"Marketing and Salt\" (Journal of Harbour Studies, 1964). Readers like it.\n",
    { XT_TITLE ("Marketing and Salt"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_YEAR (1964),
      XT_FIELD (CK_FIELD_ISSUE, NULL), XT_COUNT (1) } },
  /* ---- a scholar's citations in a web page's italics (detectors.c html-italics) */
  /* a surname alone owns a dated book in italics */
  { "/extract/notes22/html-italics-surname-possessive",
    "<p>The story was given its armature by Wissowa's <i>Religion und Kultus der Salz</i> (2nd ed., Munich 1912), "
    "and it runs on.</p>\n",
    { XT_TITLE ("Religion und Kultus der Salz"), XT_AUTHOR ("Wissowa"), XT_YEAR (1912), XT_COUNT (1) } },
  /* "sent to Scheid, <i>T</i> (Rome 1990)": a surname and a comma in mid-sentence */
  { "/extract/notes22/html-italics-surname-comma",
    "<p>For the cult of the brothers the reader is properly sent to Quellmann, <i>Romulus et ses salines</i> "
    "(Rome 1990).</p>\n",
    { XT_TITLE ("Romulus et ses salines"), XT_AUTHOR ("Quellmann"), XT_YEAR (1990), XT_COUNT (1) } },
  /* "set out by X in <i>T</i> (London 1911)" */
  { "/extract/notes22/html-italics-by-name-in",
    "<p>In its classic form, set out by Warde Vell in <i>The Salt Experience of the Roman People</i> "
    "(London 1911), the story runs on.</p>\n",
    { XT_TITLE ("The Salt Experience of the Roman People"), XT_AUTHOR ("Vell"), XT_YEAR (1911), XT_COUNT (1) } },
  /* a place's name before the italics owns nothing */
  { "/extract/notes22/html-italics-place-possessive",
    "<p>The best guide is still London's <i>Salt Harbours of the Thames</i> (London 1911).</p>\n",
    { XT_TITLE ("Salt Harbours of the Thames"), XT_FAMILY (CK_ROLE_AUTHOR, 0, NULL) } },
  /* ---- a learned journal's notice: heading, dash, volumes, two extents (detect-bookseller.c) */
  { "/extract/notes22/journal-notice-dash-volumes-extents",
    "REVIEWS                                                        483\n\nQUELL, ADA. \u2014 A History of Salt and "
    "Experimental Harbours.\nVols. III and IV: Fourteenth and Fifteenth Centuries. xxiv + 827 p.;\nxviii + 767 p. "
    "New York, Gannet University Press, 1934. ($10.00)\n\nTwelve years have passed since the first two volumes were "
    "welcomed.\n",
    { XT_TITLE ("A History of Salt and Experimental Harbours"), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_SUBTITLE, "Fourteenth and Fifteenth Centuries"), XT_FIELD (CK_FIELD_VOLUME, "III and IV"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"), XT_YEAR (1934), XT_COUNT (1) } },
  /* the extent before the imprint, "p." for pages */
  { "/extract/notes22/journal-notice-extent-before-imprint",
    "REVIEWS\n\nQuell, Ada. A History of Salt and Experimental Harbours. xxiv + 827 p. New York, Gannet "
    "University Press, 1934.\n\nTwelve years have passed since the first two volumes were welcomed.\n",
    { XT_TITLE ("A History of Salt and Experimental Harbours"), XT_AUTHOR ("Quell"), XT_YEAR (1934),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New York"), XT_COUNT (1) } },
  /* an article printed in two parts: both runs of pages (detect-article.c) */
  { "/extract/notes22/article-pages-two-parts",
    "The quarrel, which he first carried on in \"The True Roger Salt\" (American\nHistorical Review, vol. XXI, "
    "1916, p. 237-257, 468-480), is not reopened.\n",
    { XT_TITLE ("The True Roger Salt"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "American Historical Review"), XT_FIELD (CK_FIELD_VOLUME, "XXI"),
      XT_FIELD (CK_FIELD_PAGES, "237-257, 468-480"), XT_YEAR (1916), XT_COUNT (1) } },
  /* ---- a header in sentences (detect-header.c) */
  /* a title opening on its year, a lecture series in brackets, "Published for X by Firm" wrapped */
  { "/extract/notes22/header-year-title-series-published-for",
    "BOOK REVIEWS                                                    239\n\n1848: The Revolution of the Salt "
    "Harbours. By L. B. QUELLER. (The Raleigh\nLecture on History, Harbour Academy, 1944.) London: Published for "
    "the\nHarbour Academy by Geoffrey Cumberlege, Oxford University Press, 1946.\nPp. 124. 8s. 6d.\n\n"
    "Professor Queller has long been known to students of the eighteenth century.\n",
    { XT_TITLE ("1848"), XT_FIELD (CK_FIELD_SUBTITLE, "The Revolution of the Salt Harbours"), XT_AUTHOR ("Queller"),
      XT_GIVEN (CK_ROLE_AUTHOR, 0, "L. B."), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1946),
      XT_NO_WORK_HAS ("Lecture"), XT_COUNT (1) } },
  /* ---- a title opening on its year after a comma (title-mend.c) */
  { "/extract/notes22/title-year-colon-after-comma",
    "The great work of Veit Vell, whose English abridgment,\n1848: Chapters of Harbour History, translated by Ada "
    "Quell\n(London: Gannet & Sons, 1940), is now the most convenient account.\n",
    { XT_TITLE ("1848"), XT_FIELD (CK_FIELD_SUBTITLE, "Chapters of Harbour History"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Quell"), XT_YEAR (1940), XT_COUNT (1) } },
  /* ---- "NAME IN CAPITALS, Title: subtitle in sentence case. Place: Firm, Year, extent, prices." (extract.c, detect-comma.c) */
  { "/extract/notes22/caps-name-comma-header-sentence-case",
    "REVIEWS OF BOOKS                                                      597\n\nKARIN QUELLER, I Could Speak Until "
    "Tomorrow: songs, women and the past in a\nHarbour town. Edinburgh: Edinburgh University Press for the "
    "International\nHarbour Institute, 1991, xii + 356 pp., \u00a335.00 cloth, \u00a314.95 paper.\n\n"
    "ANDREW VELLMAN, Salt Critics and Kings: the hermeneutics of power in Harbour\nsociety. Chicago and London: "
    "University of Chicago Press, 1992, xviii +\n270 pp., $45.00 cloth, $17.95 paper.\n\nThese two books, both "
    "the fruit of long fieldwork in small towns, approach the same problem from opposite directions.\n",
    { XT_TITLE ("I Could Speak Until Tomorrow"),
      XT_FIELD (CK_FIELD_SUBTITLE, "songs, women and the past in a Harbour town"), XT_AUTHOR ("Queller"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Edinburgh University Press"), XT_YEAR (1991),
      XT_TITLE ("Salt Critics and Kings"), XT_FIELD (CK_FIELD_SUBTITLE, "the hermeneutics of power in Harbour society"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Chicago and London"), XT_YEAR (1992), XT_COUNT (2) } },
  /* ---- an older preposition kept small inside a title (function-words lexicon) */
  { "/extract/notes22/title-unto",
    "The reader of Kierkegaard, whose The Harbour unto Death he admired, will see it.\n",
    { XT_TITLE ("The Harbour unto Death"), XT_NO_TITLE_HAS ("admired") } },
  /* ---- a title opening on a capitalised preposition after a word in lower case (spans.c) */
  { "/extract/notes22/title-opens-on-preposition-mid-sentence",
    "Her earlier Under the Salt Wind (Gannet, 1941), a kind of prose poem, sold badly.\n",
    { XT_TITLE ("Under the Salt Wind"), XT_YEAR (1941), XT_COUNT (1) } },
  /* at a sentence's start the preposition is the sentence's */
  { "/extract/notes22/preposition-sentence-start-not-title",
    "In the Weekly Harbour (Gannet, 1941) she wrote often.\n",
    { XT_NO_TITLE_PREFIX ("In the") } },
  /* ---- "Mr. Surname (T1, 1918; T2, 1921)" (detectors.c name-paren-list) */
  { "/extract/notes22/honorific-surname-paren-list",
    "It is ten years since Mr. Quellby (Eminent Harbours, 1918; Queen\nSalt, 1921) taught a generation of "
    "readers that biography might be art.\n",
    { XT_TITLE ("Eminent Harbours"), XT_AUTHOR ("Quellby"), XT_YEAR (1918), XT_TITLE ("Queen Salt"), XT_AUTHOR ("Quellby"),
      XT_YEAR (1921), XT_NO_TITLE_HAS ("Mr"), XT_COUNT (2) } },
  /* ---- a known title inside a dealer's longer one stays inside it (known-works.c) */
  { "/extract/notes22/known-title-inside-dealer-title",
    "CATALOGUE\n\n116  VELLMAN (Thomas Henry). Evidence as to Man's Place in Nature. London:\n     Gannet and Norgate, "
    "1863. 8vo., frontispiece, woodcuts; original cloth.                   \u00a3650\n",
    { XT_TITLE ("Evidence as to Man's Place in Nature"), XT_AUTHOR ("Vellman"), XT_YEAR (1863),
      XT_NO_TITLE_PREFIX ("Man's"), XT_COUNT (1) } },
  /* the author of an anonymous book, supplied in brackets (detect-bookseller.c) */
  { "/extract/notes22/dealer-bracketed-heading",
    "CATALOGUE\n\n113  [QUELL (Robert).] Vestiges of the Salt History of Harbours. London:\n     John Gannet, 1844. "
    "8vo., original red cloth, recased.                                  \u00a32,400\n",
    { XT_TITLE ("Vestiges of the Salt History of Harbours"), XT_AUTHOR ("Quell"), XT_YEAR (1844),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_COUNT (1) } },
  /* ---- a title wrapped after a small word, its subtitle in a library's case (spans.c) */
  { "/extract/notes22/title-wrapped-after-of-lowercase-subtitle",
    "All books are first editions. See R. B. Vellman, The Works of\nAda Quell: an Annotated Bibliographical "
    "Handlist, second edition (Folkestone: Gannet, 1977).\n",
    { XT_TITLE ("The Works of Ada Quell"), XT_FIELD (CK_FIELD_SUBTITLE, "an Annotated Bibliographical Handlist"),
      XT_AUTHOR ("Vellman"), XT_YEAR (1977), XT_COUNT (1) } },
  /* ---- a continent is no person (places lexicon) */
  { "/extract/notes22/continent-no-person",
    "The cult spread through Asia (London, 1931) and beyond it, as the Vell survey showed.\n",
    { XT_NO_TITLE_HAS ("Asia") } },
  /* ---- a possessive's title with its subtitle in a library's case, wrapped (detectors.c possessive) */
  { "/extract/notes22/possessive-colon-lowercase-article-subtitle",
    "Earlier accounts were written from outside. Katherine Vell's With a Salt People: the Harbourfolk of "
    "British East\nAfrica (London: Gannet Arnold, 1910) is a traveller's book.\n",
    { XT_TITLE ("With a Salt People"), XT_FIELD (CK_FIELD_SUBTITLE, "the Harbourfolk of British East Africa"),
      XT_AUTHOR ("Vell"), XT_YEAR (1910), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_COUNT (1) } },
  /* ---- a known title after a small "the", its author named elsewhere in the text (known-works.c) */
  { "/extract/notes22/known-work-the-alias-author-in-text",
    "Darwin sailed in 1831 and came home five years later.\n\nThe captain, a devout literalist, came to regard "
    "the Origin of Species, published long after, as a betrayal of the voyage.\n",
    { XT_TITLE_ANY ("Origin of Species", "The Origin of Species"), XT_AUTHOR ("Darwin") } },
  /* with no author in the text, "the Origin of Species" is left alone */
  { "/extract/notes22/known-work-the-alias-no-author",
    "The captain, a devout literalist, came to regard the Origin of Species as a betrayal of the voyage.\n",
    { XT_COUNT (0) } },
  /* ---- a review card: a short title with a verb, the copyright's year after the issue's (detect-bookseller.c, assemble.c) */
  { "/extract/notes22/card-title-with-verb",
    "REVIEWS\n\nQUELLETT, Peter. The world we have lost. Gannet, 1966. 280p il 5.95\n\nThe book is good.\n",
    { XT_TITLE ("The world we have lost"), XT_AUTHOR ("Quellett"), XT_YEAR (1966), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_COUNT (1) } },
  { "/extract/notes22/header-copyright-year-after-issue",
    "REVIEWS\n\nThe Salt World. By Peter Quellett. New York: Gannet, 1966 (c1965). 280 pp. $5.95.\n\nThe book is good.\n",
    { XT_TITLE ("The Salt World"), XT_AUTHOR ("Quellett"), XT_YEAR (1966), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_COUNT (1) } },
  /* a biographical note after a heading stays out */
  { "/extract/notes22/dealer-bio-note-not-title",
    "QUELL, Ada. She was born in a small town. Leeds, 1899.\n",
    { XT_COUNT (0) } },
  /* ---- "Name, Title, Place: Firm, Year" in prose, no brackets (detect-comma.c comma-run) */
  { "/extract/notes22/comma-run-prose-citation",
    "The full story is in Ronald Vellar, The Piltdown Harbours, London: Gannet, 1972, which everyone has read.\n",
    { XT_TITLE ("The Piltdown Harbours"), XT_AUTHOR ("Vellar"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ronald"), XT_YEAR (1972),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_FIRED ("comma-run"),
      XT_COUNT (1) } },
  /* no person before the title: a list of places and dates, no citation */
  { "/extract/notes22/comma-run-needs-person",
    "We went on, Summer Harbours, London: Gannet, 1972, and back.\n",
    { XT_NONE_FIRED ("comma-run") } },
  /* ---- an article alone is no title ("volumes of Die grosse …") (spans.c) */
  { "/extract/notes22/lone-article-no-title",
    "The forty volumes of Die grosse Politik der europ\u00e4ischen Salzhafen (Berlin, 1922-27), the four volumes.\n",
    { XT_TITLE ("Die grosse Politik der europ\u00e4ischen Salzhafen"), XT_COUNT (1) } },
  /* ---- "Woman's Estate": a kind of person owns no title (detectors.c possessive) */
  { "/extract/notes22/possessive-kind-no-owner",
    "Further reading: Ada Vell, Le Deuxieme Port (1949); Juliet Quell, Woman's Harbour (Gannet,\n1971).\n",
    { XT_TITLE_ANY ("Woman's Harbour"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Woman") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
