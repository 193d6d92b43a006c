/* test-notes16.c — conventions read in the sixteenth session.  Every text
 * is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- titles (title-mend.c, spans.c) */
  /* a span of years after a title's comma closes the title, whatever follows */
  { "/extract/notes16/title-year-range-tail",
    "As Ann Quell showed in The Salt Trade of the North, 1780-1860, the harbours grew first.\n",
    { XT_TITLE ("The Salt Trade of the North, 1780-1860"), XT_AUTHOR ("Quell") } },
  /* "1917-23 and after" is not a closing span; a quoted title keeps its quotes' end */
  { "/extract/notes16/title-year-range-not-after-quote",
    "Tom Vell's \"The Harbour Wall,\" 1901-1903, was a serial before it was a book.\n",
    { XT_TITLE ("The Harbour Wall") } },
  /* a serial title whose last group has "among the" inside, before "(Place, Year)" */
  { "/extract/notes16/serial-title-inner-function-words",
    "The classic account remains Salt, Tides and Weather among the Harbour Folk (Oxford, 1937), long out of print. "
    "See Nets, Hooks and Lines of the Coast (London, 1951).\n",
    { XT_TITLE ("Salt, Tides and Weather among the Harbour Folk"), XT_YEAR (1937),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Oxford"), XT_TITLE ("Nets, Hooks and Lines of the Coast"), XT_YEAR (1951) } },
  /* "a", "in", "die" inside a foreign title opened by its article */
  { "/extract/notes16/foreign-title-shared-inner-word",
    "Quell, as he showed in La barca a vela (1978), knew the harbour. Vell wrote Reise in die Salzstadt (Berlin, "
    "1931) later. He gave the book a title (1978) of its own.\n",
    { XT_TITLE ("La barca a vela"), XT_YEAR (1978), XT_TITLE ("Reise in die Salzstadt"), XT_YEAR (1931),
      XT_NO_TITLE_HAS ("book a title") } },
  /* ---- reading lists (detect-styles.c) */
  /* every name inverted; a title's stop at a line's end with the firm and year on the next line */
  { "/extract/notes16/style-entry-inverted-coauthors-wrapped",
    "These notes are meant for discussion groups, and the books below can be borrowed through the public "
    "libraries in good time.\n\nFURTHER READING\n\nSHARP, TOM. Harbour Planning. Gannet Books, 1940. 9d.\n\n"
    "QUELL, J. H., and VELLMAN, PATRICK. County of Salt Plan.\nMacmillan, 1943. 12s. 6d.\n\n"
    "VELL, ANN, and QUELL, TOM. The Salt Road. Dent, 1950.\n",
    { XT_TITLE ("Harbour Planning"), XT_AUTHOR ("Sharp"), XT_TITLE ("County of Salt Plan"),
      XT_FAMILY (CK_ROLE_AUTHOR, 0, "Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vellman"), XT_YEAR (1943),
      XT_FIELD (CK_FIELD_PUBLISHER, "Macmillan"), XT_TITLE ("The Salt Road"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Vell"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Quell"), XT_YEAR (1950) } },
  /* a dealer's note after the imprint's line stays out of the entry */
  { "/extract/notes16/style-entry-stops-at-dated-line",
    "Recent acquisitions are listed below; readers may consult them in the reading room on request.\n\n"
    "ACQUISITIONS\n\nVell, J. M. The Harbour of the Western Shore: A Comedy in Three Acts.\nDublin: Gannet & Co., "
    "1907. The rare first issue in wrappers, with\nthe publisher's advertisement for The Salt of the Earth on the back\n"
    "cover. Acc. 1994-117.\n",
    { XT_TITLE ("The Harbour of the Western Shore"), XT_AUTHOR ("Vell"), XT_YEAR (1907) } },
  /* ---- a press's seasonal list (detect-press-list.c) */
  /* "McQUELL" in capitals is a name in capitals; a role line stands where the author's would */
  { "/extract/notes16/press-list-mc-and-role-line",
    "THE GANNET UNIVERSITY PRESS\n5750 Harbour Avenue\n\nSPRING 1964 \xe2\x80\x94 NEW BOOKS\n\n"
    "THE RISE OF THE HARBOURS\nA History of the Salt Coast\nBy WILLIAM H. McQUELL\n\"A remarkable book.\" 829 pages. "
    "Cloth $12.50\n\nTHE COMPLETE SALT SONGS\nEdited by DAVID VELL and RICHMOND QUELL\nThe standard versions, "
    "now in nine volumes. 171 pages, $1.25.\n",
    { XT_TITLE ("THE RISE OF THE HARBOURS"), XT_AUTHOR ("McQuell"), XT_FIELD (CK_FIELD_PUBLISHER, "The Gannet University Press"),
      XT_TITLE ("THE COMPLETE SALT SONGS"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_FAMILY (CK_ROLE_EDITOR, 1, "Quell") } },
  /* ---- web pages (normalize-web.c, detectors.c html-italics) */
  /* "<li>" items are read one by one; a long title in italics with commas; a reader's note after the imprint */
  { "/extract/notes16/html-list-items",
    "<h2>REQUIRED BOOKS</h2>\n<ul>\n<li>Ann Quell, <em>The Life and Death of Great Harbour Towns</em> (New York: "
    "Gannet House, 1961; any edition is fine)</li>\n<li>Tom Vell, <em>Salt of the Coast: Decency, Weather, and the "
    "Moral Life of the Inner Harbour</em> (New York: W. W. Heron, 1999)</li>\n<li>Kate Reed, <em>Evicted: Tides and "
    "Profit in the Salt Town</em> (New York: Crown, 2016)</li>\n</ul>\n",
    { XT_TITLE ("The Life and Death of Great Harbour Towns"), XT_AUTHOR ("Quell"), XT_YEAR (1961),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet House"), XT_TITLE ("Salt of the Coast"), XT_AUTHOR ("Vell"), XT_YEAR (1999),
      XT_TITLE ("Evicted"), XT_AUTHOR ("Reed"), XT_YEAR (2016), XT_COUNT (3) } },
  /* ---- articles (detect-comma.c journal-article) */
  /* British notes: the comma outside the quotes, a volume in Roman numerals, ", pp." before the pages */
  { "/extract/notes16/journal-article-british-comma-roman-volume",
    "The identification was first proposed in 'New Light on the Harbour Letter', Salt Quarterly, lviii (1972), "
    "572-87, and restated in \"Quell and Bonaparte\", Harbour Review, XXIX (1968), pp. 96-105.\n",
    { XT_TITLE ("New Light on the Harbour Letter"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Salt Quarterly"),
      XT_FIELD (CK_FIELD_VOLUME, "lviii"), XT_YEAR (1972), XT_FIELD (CK_FIELD_PAGES, "572-87"),
      XT_TITLE ("Quell and Bonaparte"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Review"),
      XT_FIELD (CK_FIELD_VOLUME, "XXIX"), XT_YEAR (1968), XT_FIELD (CK_FIELD_PAGES, "96-105") } },
  /* ---- imprints in brackets (detectors.c title-imprint) */
  /* an edition and its year are an imprint; a year alone in a bracket after a bare title is none here */
  { "/extract/notes16/title-imprint-edition-year",
    "The analysis goes further than it went in The Harbour of Welfare (4th edition, 1932) and in The Salt Road "
    "(2nd ed., 1950).\n",
    { XT_TITLE ("The Harbour of Welfare"), XT_FIELD (CK_FIELD_EDITION, "4th edition"), XT_YEAR (1932),
      XT_TITLE ("The Salt Road"), XT_YEAR (1950) } },
  /* a later edition's note after the semicolon may name its own firm; a quoted question inside a title */
  { "/extract/notes16/title-imprint-later-note-and-quoted-question",
    "Tom Vell's earlier book, Salt Rediscovered: \xe2\x80\x9cWhat Is to Be Done?\xe2\x80\x9d in Context (Gannet, "
    "2006; paperback Heron, 2008), was long. Ann Quell's The Harbour Strike (1974; revised 1990) was shorter.\n",
    { XT_TITLE ("Salt Rediscovered"), XT_AUTHOR ("Vell"), XT_YEAR (2006), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_TITLE ("The Harbour Strike"), XT_AUTHOR ("Quell"), XT_YEAR (1974) } },
  /* ---- quoted articles (detect-article.c) */
  /* the periodical's name wrapped across a line inside its brackets */
  { "/extract/notes16/quoted-article-source-wrapped",
    "It is a pity that he did not have before him Professor Quell's \"Meaning and Tides\" (Philosophical\n"
    "Review, vol. xlv, 1936, pp. 339-369), which appeared while the present\nbook was in the press.\n",
    { XT_TITLE ("Meaning and Tides"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Philosophical Review"),
      XT_FIELD (CK_FIELD_VOLUME, "xlv"), XT_YEAR (1936) } },
  /* ---- years from the clause (attr-context.c) */
  /* "which" with a firm or a person as the subject of the verb of issue */
  { "/extract/notes16/year-which-firm-subject",
    "Those who know Tom Vell's The Salt Harbour, which the Gannet Press brought out in Paris in 1955, will be "
    "surprised. Ann Quell's The Long Tide, which Heron published in 1940, is shorter.\n",
    { XT_TITLE ("The Salt Harbour"), XT_YEAR (1955), XT_TITLE ("The Long Tide"), XT_YEAR (1940) } },
  /* ---- periodicals named as a piece's place (merge.c) */
  /* a quoted piece and "for"/"in" the periodical near it: the periodical is the piece's container */
  { "/extract/notes16/periodical-is-container-of-quoted-piece",
    "It was Tom Vell who translated Quell's \"The Salt Fool\" for the Kenyon Review in 1953 and so introduced him to "
    "readers. Ann Reed, in an admiring piece in the Salt Weekly last year ('Women on the Quay', 21 January 2013), "
    "agreed.\n",
    { XT_TITLE ("The Salt Fool"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Kenyon Review"),
      XT_TITLE ("Women on the Quay"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Salt Weekly"), XT_COUNT (2) } },
  /* ---- titles that took in their by-line (title-mend.c) */
  /* ". By Name." inside a header's title is its author; a role word closing a title is the next line's */
  { "/extract/notes16/title-mend-byline-and-role-word",
    "NO SALT IS AN ISLAND. By Thomas Quell. Gannet, Heron.\n264 pp. $3.50.\n\nIt is seven years since the harbour "
    "book made a monk a celebrity, and this one is quieter and kinder and much more careful than that.\n",
    { XT_TITLE ("NO SALT IS AN ISLAND"), XT_AUTHOR ("Quell") } },
  { "/extract/notes16/title-mend-role-word-tail",
    "Ann Vell: A Writer's Life by Tom Reed\nGannet, 570 pp., \xc2\xa3" "20, April 1993, 0 571 15174 4\n"
    "Selected Letters of Ann Vell, 1940-1985 edited by Tom Quell\nGannet, 791 pp., \xc2\xa3" "25, October 1992, "
    "0 571 15197 3\n\nThe letters came first, and the life followed, and between them they settle a good deal about "
    "the poet's days.\n",
    { XT_TITLE ("Selected Letters of Ann Vell, 1940-1985"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell") } },
  /* a person's name read into a title before its possessive is the author */
  { "/extract/notes16/title-mend-name-before-possessive",
    "Those who want to know more about the movement will find it in C. Eric\nWashington's The Salt Harbour in Winter "
    "(Boston, 1961) and elsewhere.\n",
    { XT_TITLE ("The Salt Harbour in Winter"), XT_AUTHOR ("Washington"), XT_YEAR (1961) } },
  /* ---- original editions in a bracket (detectors.c original_note) */
  /* a bare "originally" before the original's title and year, after a translator */
  { "/extract/notes16/paren-originally-title",
    "It owes a debt to Tom Vell's Society against the Salt (trans. R. Quell, 1977; originally La soci\xc3\xa9t\xc3\xa9 "
    "contre le sel, 1974) and more.\n",
    { XT_TITLE ("Society against the Salt"), XT_AUTHOR ("Vell"), XT_YEAR (1977),
      XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "La soci\xc3\xa9t\xc3\xa9 contre le sel"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Quell") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
