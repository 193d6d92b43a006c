/* test-notes20.c — conventions read in the twentieth session.  Every
 * text is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- "Author (T1, 1991; T2, 1996)" when one title reads as a person ("Saint Jack") (detect-paren-title.c) */
  { "/extract/notes20/year-list-title-like-a-name",
    "Vell the novelist (Salt at Play, 1969; Harbour Lovers, 1971; Saint Jack, 1973) has always been at his best "
    "on the stranded.\n",
    { XT_TITLE ("Salt at Play"), XT_YEAR (1969), XT_TITLE ("Harbour Lovers"), XT_YEAR (1971), XT_TITLE ("Saint Jack"),
      XT_YEAR (1973), XT_COUNT (3) } },
  /* author-date references of surnames alone stay no titles */
  { "/extract/notes20/year-list-of-names-no-titles",
    "as was shown before (Vell, 1969; Quell, 1971) and again (Ada Vell, 1969; Tom Quell, 1971).\n",
    { XT_COUNT (0) } },
  /* ---- a review annual's record: labels over values, blank lines between (detectors.c) */
  /* "By Name" under the Contributor label is the author; the heading "Name: Title" is all title */
  { "/extract/notes20/annual-contributor-by-line",
    "Walter Quell: The Harbour and the Messenger\n\nDescription\n\nxii, 320 pages\n$29.95\nISBN 0-394-22113-3\n\n"
    "Publisher\n\nGannet House of Canada\n\nYear\n\n1989\n\nContributor\n\nBy Ada Vell\nReviewed by Tom Orr\n\n"
    "Tom Orr teaches at a college in Ottawa.\n\nReview\n\nAda Vell, a journalist, has written the first life of "
    "the man.\n",
    { XT_TITLE ("Walter Quell"), XT_FIELD (CK_FIELD_SUBTITLE, "The Harbour and the Messenger"), XT_AUTHOR ("Vell"), XT_YEAR (1989),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet House of Canada"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Quell") } },
  /* no author in the fields: the review's opening possessive names one */
  { "/extract/notes20/annual-author-from-review-opener",
    "The Malaise of the Harbour\n\nDescription\n\n135 pages\n$14.95\nISBN 0-88784-520-X\n\nPublisher\n\n"
    "Gannet Press\n\nYear\n\n1991\n\nContributor\n\nReviewed by Tom Orr\n\nTom Orr teaches philosophy.\n\n"
    "Review\n\nAda Vell\xe2\x80\x99s contribution to the lectures, broadcast this fall, is a compact restatement for "
    "the general reader of the argument of her massive study of the self. Its subject is the ideal of "
    "authenticity.\n",
    { XT_TITLE ("The Malaise of the Harbour"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_YEAR (1991) } },
  /* a byline "By Name" under a heading, no label above it, is the reviewer's */
  { "/extract/notes20/byline-not-contributor",
    "BOOKS\n\nSalt, Rebuilt\n\nBy Tom Orr\n\nThe Salt Harbour: The Nature of the Future\nADA VELL\nGANNET\n\n"
    "Near the beginning of The Salt Harbour, Ada Vell takes a boat trip.\n",
    { XT_NO_TITLE_HAS ("BOOKS"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Orr") } },
  /* ---- two clauses joined by ", and" are no serial list inside a title (detect-context.c) */
  { "/extract/notes20/comma-and-two-clauses",
    "The Salt Galaxy (1962), which won\nthe Governor General\xe2\x80\x99s Award, and Understanding Harbours: The "
    "Extensions\nof Man (1964) as the products of an intellect.\n",
    { XT_TITLE ("Understanding Harbours"), XT_YEAR (1964), XT_NO_TITLE_HAS ("Award") } },
  /* ---- "the Haiti of The Serpent (1985)": a place as a book drew it (detect-bare.c, places lexicon) */
  { "/extract/notes20/place-of-title-year",
    "Later lectures return to the Peru of The Salt Harbour (1996). The last glances back at the Haiti of The "
    "Serpent and the Harbour\n(1985), and ends among the peoples of the coast.\n",
    { XT_TITLE ("The Salt Harbour"), XT_YEAR (1996), XT_TITLE ("The Serpent and the Harbour"), XT_YEAR (1985),
      XT_NO_TITLE_HAS ("Haiti"), XT_COUNT (2) } },
  /* ---- a weekly's list of notices, one a line, the third with a role sentence (detect-header.c, spans.c) */
  { "/extract/notes20/notice-lines-with-role-sentence",
    "POETRY\n\nDeaths and Harbours. By ADA VELL. Dent. 3s. 6d.\nA Map of Salt. By TOM ORR. Cape. 6s.\n"
    "The Collected Poems of Peter Quell. Edited, with a Memoir and\n   Notes, by JOHN MARSH. Routledge. 7s. 6d.\n\n"
    "Miss Vell has been silent since 1939, and her new book is good.\n",
    { XT_TITLE ("Deaths and Harbours"), XT_AUTHOR ("Vell"), XT_TITLE ("A Map of Salt"), XT_AUTHOR ("Orr"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Cape"), XT_TITLE ("The Collected Poems of Peter Quell"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Marsh"), XT_FIELD (CK_FIELD_PUBLISHER, "Routledge"), XT_COUNT (3) } },
  /* ---- a newspaper's quoted book titles with their year, any case style (detectors.c quoted_then_year) */
  { "/extract/notes20/quoted-title-then-year",
    "It is five years since the first volume of Ada Vell's life of Quell, \"A Life of Quell, Volume I: 1881-1906\" "
    "(1991), left the painter. Tom Orr came to write \"Les Peintres du port\" (1913), a book in which the painters "
    "are upstaged. \"We shall never give in\" (1940) was said on the radio.\n",
    { XT_TITLE ("A Life of Quell"), XT_FIELD (CK_FIELD_VOLUME, "I"), XT_YEAR (1991), XT_TITLE ("Les Peintres du port"),
      XT_YEAR (1913), XT_NO_TITLE_HAS ("never"), XT_COUNT (2) } },
  /* ---- "work on the South by Ada Vell (River of Salt, 2013)": the bracket names her book (detectors.c title-by) */
  { "/extract/notes20/by-name-paren-title-year",
    "It has been revived in recent work on the\nAmerican South by Ada Vell (River of Dark Harbours, 2013) and Tom E.\n"
    "Quell (The Half Has Never Been Sold, 2014). What is new is the global view.\n",
    { XT_TITLE ("River of Dark Harbours"), XT_YEAR (2013), XT_TITLE ("The Half Has Never Been Sold"), XT_YEAR (2014),
      XT_NO_TITLE_HAS ("American South"), XT_COUNT (2) } },
  /* ---- "co-author, with Name, of T (2015)" (detectors.c title-year) */
  { "/extract/notes20/co-author-with-partner",
    "Vell, author of On the Harbour\n(2007) and co-author, with Tom Orr, of Salt in America (2015), moved first "
    "into a trailer park.\n",
    { XT_TITLE ("On the Harbour"), XT_YEAR (2007), XT_TITLE ("Salt in America"), XT_YEAR (2015) } },
  /* ---- "whose T (Place: Firm, Year)": a relative's owner opens a sentence-case title (title-extend.c) */
  { "/extract/notes20/whose-sentence-case-imprint",
    "The chapters follow Ada Vell, whose \xc3\x89tudes portuaires (Paris: Hermann,\n1939) remain the guide.\n",
    { XT_TITLE ("\xc3\x89tudes portuaires"), XT_FIELD (CK_FIELD_PUBLISHER, "Hermann"), XT_YEAR (1939), XT_COUNT (1) } },
  /* ---- an online classics review's header: three full names, the title in a page's italics, a volume with its
   * own title, prices for each binding (detect-header.c) */
  { "/extract/notes20/three-names-italic-volume-header",
    "Mary Vell, John Orr, Simon Quell, <i>Harbours of Rome. Volume 1: A History</i>. Cambridge: Cambridge University "
    "Press, 1998. Pp. xxiv + 454. ISBN 0-521-30401-6 (hb); 0-521-31682-0 (pb). $64.95 (hb); $24.95 (pb).\n\n"
    "<p>For most of this century the student who wanted a single account had two choices.</p>\n"
    "<p>The change was signalled twenty years ago.</p>\n<p>The second volume is a sourcebook.</p>\n",
    { XT_TITLE ("Harbours of Rome"), XT_FIELD (CK_FIELD_SUBTITLE, "A History"), XT_FIELD (CK_FIELD_VOLUME, "1"),
      XT_FAMILY (CK_ROLE_AUTHOR, 0, "Vell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Orr"), XT_FAMILY (CK_ROLE_AUTHOR, 2, "Quell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Cambridge University Press"), XT_YEAR (1998) } },
  /* ---- clauses that are no part of a title before an imprint (detect-context.c, title-extend.c) */
  /* "and Ada Vell, in T (Firm, 1986)", "as Tom Orr describes in T: Sub (Firm, 2018)" */
  { "/extract/notes20/name-clause-before-title-imprint",
    "Nor is the idea new. Ann Reed argued in The Great Harbour (1944) that the 'free market' had always been the "
    "creature of the state, and Ada Vell, in Stabilizing an Unstable Harbour (Yale, 1986), showed why it would need "
    "rescuing. After 2008, as Tom Orr describes in Crashed: How a Decade of Salt Crises Changed the World (Allen Lane, "
    "2018), it was.\n",
    { XT_TITLE ("Stabilizing an Unstable Harbour"), XT_YEAR (1986), XT_TITLE ("Crashed"), XT_YEAR (2018),
      XT_NO_TITLE_HAS ("Vell"), XT_NO_TITLE_HAS ("describes") } },
  /* "T of A, B and C (1936)": a list after a title's "of" */
  { "/extract/notes20/of-list-with-and",
    "The synthesis had forgotten what Vell said in The General Theory of Salt, Interest and Money (1936).\n",
    { XT_TITLE ("The General Theory of Salt, Interest and Money"), XT_YEAR (1936), XT_COUNT (1) } },
  /* ---- a library card's sentence-case title in the review, opened by a capitalised article (detect-bare.c) */
  { "/extract/notes20/article-sentence-case-year",
    "The Reith Lectures of 1966, much expanded. Readers of The affluent harbour (1958) will recognize the themes.\n",
    { XT_TITLE ("The affluent harbour"), XT_YEAR (1958), XT_COUNT (1) } },
  /* ---- "Allan Vell (The Closing of the Harbour, 1987)": a person's book in the bracket, no imprint of a
   * title named after her; "Poor Folk (Bednye liudi, 1846)" keeps its original title (detectors.c title-imprint) */
  { "/extract/notes20/forename-paren-title-year",
    "He argues with the knockers of the culture, above\nall Allan Vell (The Closing of the American Harbour, 1987). "
    "The heart of the book lies in the analyses of Poor Folk (Bednye\nliudi, 1846).\n",
    { XT_TITLE ("The Closing of the American Harbour"), XT_YEAR (1987), XT_NO_TITLE_HAS ("Allan"), XT_TITLE ("Poor Folk") } },
  /* ---- a newspaper's column label in capitals before the header (detect-header.c) */
  { "/extract/notes20/book-of-the-day-label",
    "BOOK OF THE DAY: A History of the Harbour: The First Three Thousand Years By Ada Vell Allen Lane, 1,161pp. "
    "\xc2\xa3" "35\n\nThis is a big book about a big subject, and it is a good one.\n",
    { XT_TITLE ("A History of the Harbour"), XT_AUTHOR ("Vell"), XT_NO_TITLE_HAS ("DAY") } },
  /* ---- a trilogy's quoted parts and their years in brackets (detect-paren-title.c) */
  { "/extract/notes20/quoted-year-list",
    "those who want the gossip go to Mr. Tom Vell's \"Hail and Harbour\" (\"Ave,\" 1911; \"Salve,\" 1912; \"Vale,\" "
    "1914), where Mr. Orr himself appears.\n",
    { XT_TITLE ("Hail and Harbour"), XT_TITLE ("Ave"), XT_YEAR (1911), XT_TITLE ("Salve"), XT_YEAR (1912),
      XT_TITLE ("Vale"), XT_YEAR (1914), XT_COUNT (4) } },
  /* ---- a publisher's list sets its elements apart with middle dots (assemble.c) */
  { "/extract/notes20/middle-dot-elements",
    "NOW IN PAPERBACK\n\nAda Vell\nThe Stripping of the Harbour: Traditional Salt in England\n"
    "1992 \xc2\xb7 654 pp. \xc2\xb7 ISBN 0-300-06076-9 \xc2\xb7 paper \xc2\xa3" "16.95\n\nTom Orr\n"
    "Salt Roads: Forging the Nation\n1984 \xe2\x80\xa2 200 pp. \xe2\x80\xa2 ISBN 0-300-03642-6\n",
    { XT_TITLE ("The Stripping of the Harbour"), XT_AUTHOR ("Vell"), XT_YEAR (1992),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "654"), XT_FIELD (CK_FIELD_ISBN, "0-300-06076-9"), XT_TITLE ("Salt Roads"),
      XT_AUTHOR ("Orr"), XT_YEAR (1984) } },
  /* ---- a syllabus's entries: a title wrapped over the line above its imprint, and a span of years with a
   * medieval start before "rev. ed." (detectors.c title-imprint, detect-reflist.c, assemble.c) */
  { "/extract/notes20/syllabus-wrapped-title-and-revised-edition",
    "REQUIRED TEXTS:\n\n  Ada Vell, The Origins of Harbour Science, 1300-1800, rev. ed.\n"
    "    (New York: Free Press, 1965).\n  Thomas S. Orr, The Salt Revolution: Planetary Tides in the\n"
    "    Development of Western Thought (Cambridge, Mass.: Harvard University\n    Press, 1957).\n\n"
    "WEEK 11-12  The harbour\n  Orr, Revolution, chs. 6-7; Never at Rest: A Biography of Isaac\n"
    "    Quell (Cambridge University Press, 1980), ch. 10.\n",
    { XT_TITLE ("The Origins of Harbour Science, 1300-1800"), XT_AUTHOR ("Vell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Free Press"), XT_YEAR (1965), XT_TITLE ("Never at Rest"),
      XT_FIELD (CK_FIELD_SUBTITLE, "A Biography of Isaac Quell"), XT_YEAR (1980) } },
  /* ---- a paperback notice opening with its title in capitals, the subtitle in any words (detectors.c title-by) */
  { "/extract/notes20/caps-title-sentence-subtitle-by",
    "SMALL IS SALTY: A Study of Harbours as if People Mattered by\nE. F. Vell (Abacus, 75p). Intermediate technology "
    "and the wisdom of not growing.\n",
    { XT_TITLE ("SMALL IS SALTY"), XT_FIELD (CK_FIELD_SUBTITLE, "A Study of Harbours as if People Mattered"),
      XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Abacus"), XT_COUNT (1) } },
  /* ---- a page pasted as text: a blank line between plain lines parts them (normalize-web.c) */
  { "/extract/notes20/page-blank-line-parts-byline",
    "<div class=\"section-label\">BOOKS</div>\n<h1>In \xe2\x80\x98" "A Salt World,\xe2\x80\x99 Ada Vell goes looking</h1>\n"
    "By Tom Orr Globe Correspondent,Updated June 23, 2022, 11:30 a.m.\n\n"
    "A SALT WORLD: How Harbour Senses Reveal the Hidden Realms Around Us<br>\nBy Ada Vell<br>\n"
    "Random House, 464 pages, $32\n\nIn 1909 a biologist borrowed an ordinary word for the world as an animal "
    "perceives it.\n",
    { XT_TITLE ("A SALT WORLD"), XT_AUTHOR ("Vell"), XT_NO_TITLE_HAS ("Correspondent"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Random House") } },
  /* ---- a quoted essay dated by its periodical or its issue in brackets (detectors.c quoted-title) */
  { "/extract/notes20/quoted-essay-periodical-or-issue",
    "Vell's own reply, 'The Peculiarities of the Harbour' (Socialist Register 1965), is still worth rereading. "
    "Readers of Orr's essays in Past and Present - 'Time, Salt-Discipline and Industrial Tides' (No.38, December "
    "1967) - will recognise the method.\n",
    { XT_TITLE ("The Peculiarities of the Harbour"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Socialist Register"),
      XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_YEAR (1965), XT_ABSENT ("Socialist Register"),
      XT_TITLE ("Time, Salt-Discipline and Industrial Tides"), XT_FIELD (CK_FIELD_ISSUE, "38"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Past and Present"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_YEAR (1967) } },
  /* ---- "by" inside a title after its owner ("Vell's Not by Salt Alone (1957)") (detectors.c title-by) */
  { "/extract/notes20/by-inside-owned-title",
    "The thaw produced Vell's Not by Salt Alone (1957), which was read everywhere, and Harbour by Ada Orr (1958).\n",
    { XT_TITLE ("Not by Salt Alone"), XT_AUTHOR ("Vell"), XT_YEAR (1957), XT_TITLE ("Harbour"), XT_AUTHOR ("Orr") } },
  /* ---- a books-received entry for two books of one author, joined by "; and" (detect-styles.c) */
  { "/extract/notes20/books-received-two-books",
    "BOOKS RECEIVED\n\nVell, Ada. The Salt Roads: A Study. Berkeley: University of California Press, 1999.\n\n"
    "Orr, Peter. Quell of Hippo: A Biography. New edition with an epi-\nlogue. Berkeley: University of California "
    "Press, 2000; and The Ransom of\nthe Harbour: Afterlife and Wealth in Early Western Tides. Cambridge,\nMA: "
    "Harvard University Press, 2015. $34.95 (paper); $24.95 (cloth).\n",
    { XT_TITLE ("Quell of Hippo"), XT_AUTHOR ("Orr"), XT_YEAR (2000), XT_TITLE ("The Ransom of the Harbour"),
      XT_AUTHOR ("Orr"), XT_YEAR (2015), XT_FIELD (CK_FIELD_PUBLISHER, "Harvard University Press") } },
  /* ---- "… and Society since 1900 (Cambridge, 1992)": a preposition of time before a title's closing year (spans.c) */
  { "/extract/notes20/title-closing-since-year",
    "It has little to say about the mass culture that Ada Vell surveyed in\nSalt Popular Culture: Entertainment and "
    "Harbours since 1900 (Cambridge,\nEng., 1992). Nor is the method always sound; he taught there since 1900 "
    "(Oxford, 1901).\n",
    { XT_TITLE ("Salt Popular Culture"), XT_FIELD (CK_FIELD_SUBTITLE, "Entertainment and Harbours since 1900"),
      XT_YEAR (1992), XT_COUNT (1) } },
  /* ---- "A. Name, 'Essay', in Book (imprint)" with no editor: the essayist's own book too (detect-inbook.c) */
  { "/extract/notes20/essay-in-own-book",
    "5 Ada Vell, 'Paranoid Reading and Reparative Reading', in Touching\nHarbours: Affect, Pedagogy, Performativity "
    "(Durham, NC: Duke University Press,\n2003), pp. 123-51.\n",
    { XT_TITLE ("Paranoid Reading and Reparative Reading"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Vell"),
      XT_TITLE ("Touching Harbours"), XT_TYPE (CK_TYPE_BOOK), XT_AUTHOR ("Vell"), XT_YEAR (2003), XT_COUNT (2) } },
  /* ---- "(Journal, X [1947], 103-123)": a volume in roman numerals and its bracketed year (detect-article.c) */
  { "/extract/notes20/source-volume-bracketed-year",
    "The question is not new. E. A. Vell's \"Family vs. Merit in Chinese Salt\nService Examinations under the "
    "Empire\" (Harvard Journal of Asiatic Studies,\nX [1947], 103-123) found that more than half of the men were new.\n",
    { XT_TITLE ("Family vs. Merit in Chinese Salt Service Examinations under the Empire"), XT_AUTHOR ("Vell"),
      XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harvard Journal of Asiatic Studies"),
      XT_FIELD (CK_FIELD_VOLUME, "X"), XT_FIELD (CK_FIELD_PAGES, "103-123"), XT_YEAR (1947) } },
  /* ---- two authors' books of one title stay two works; OCR's "l5s." for 15s. (merge.c, normalize.c) */
  { "/extract/notes20/same-title-two-authors",
    "                    THE GREAT SURVIVOR\n\nHARBOUR. By Tom Orr. (Cape. l5s.)\n\nTHERE is no figure in modern "
    "history about whom it is easier to be clever, or harder to be just.\n\nLady Vell's Harbour [translated\nby F. "
    "Quell] (Murray, 1894) is learned, German and dull.\n",
    { XT_TITLE ("HARBOUR"), XT_AUTHOR ("Orr"), XT_FIELD (CK_FIELD_PUBLISHER, "Cape"), XT_FIELD (CK_FIELD_PRICE, "15s."),
      XT_TITLE ("Harbour"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Murray"), XT_YEAR (1894),
      XT_COUNT (2) } },
  /* ---- a philosophy journal's books received: "FAMILY, G. J. Title." with a one-word title that is also a town,
   * and an offprint "FAMILY, G. “Essay.” Reprinted from the Journal, Vol. LXII, No. 2 (April, 1953), pp. 167-186."
   * (detect-header.c) */
  { "/extract/notes20/books-received-initials-and-offprint",
    "BOOKS RECEIVED\n\nVELL, G. J. Berkeley. Harmondsworth: Penguin Books (Pelican Philosophy Series), 1953. "
    "Pp. 255. 2s. 6d.\n\nORR, G. \"Ordinary Harbours.\" Reprinted from the Philosophical Review, Vol. LXII, No. 2 "
    "(April, 1953), pp. 167-186.\n",
    { XT_TITLE ("Berkeley"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Penguin Books"),
      XT_FIELD (CK_FIELD_COLLECTION_TITLE, "Pelican Philosophy Series"), XT_YEAR (1953),
      XT_TITLE ("Ordinary Harbours"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Philosophical Review"), XT_FIELD (CK_FIELD_VOLUME, "LXII"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_FIELD (CK_FIELD_PAGES, "167-186"), XT_YEAR (1953) } },
  /* ---- a note's "“Essay,” New Left Review 26 (March-April 2004): 5-34" is an article, not the text's own venue
   * (the periodical's "Review" is no sign of a review) (detectors.c periodical-issue) */
  { "/extract/notes20/periodical-review-word-no-self",
    "Notes\n\n3. Ada Vell, \"Planet of Salt: Harbour Involution and the Informal Proletariat,\" New Left Review 26 "
    "(March-April 2004): 5-34.\n",
    { XT_TITLE ("Planet of Salt"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_NO_SELF, XT_COUNT (1) } },
  /* ---- "Augustine. Confessions. Translated by X.": one name alone before a translated or edited title (detect-header.c) */
  { "/extract/notes20/single-name-author-translated",
    "BOOKS RECEIVED\n\nQuellius. Harbours. Translated by Sarah Vell. New York: Modern Library, 2017. $28.00.\n\n"
    "Orrius. The Salt Republic. Edited by Tom Marsh. Oxford: Clarendon Press, 1990.\n",
    { XT_TITLE ("Harbours"), XT_AUTHOR ("Quellius"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"), XT_YEAR (2017),
      XT_TITLE ("The Salt Republic"), XT_AUTHOR ("Orrius"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Marsh"), XT_COUNT (2) } },
  /* ---- "Gerald Vell (The Rise of Salt: A Cultural History 1740-1830, London, 1987)" (detectors.c title-imprint) */
  { "/extract/notes20/forename-paren-title-imprint",
    "It builds on the work of others, among them Gerald Vell (The Rise of English Salt: A\nCultural History 1740-1830, "
    "London, 1987), but it is far broader in\nscope than any of these.\n",
    { XT_TITLE ("The Rise of English Salt"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_YEAR (1987), XT_NO_TITLE_HAS ("Gerald"), XT_COUNT (1) } },
  /* ---- "Readers of MIND will …": the journal a review addresses (detect-periodical.c) */
  { "/extract/notes20/readers-of-caps-journal",
    "The argument is an old one, and it has been made many times before in these pages and elsewhere.\nReaders of "
    "HARBOUR will already know the debate, and readers of Ulysses will\nnot, but the author makes it again with "
    "great force and some wit.\n",
    { XT_PERIODICAL ("HARBOUR"), XT_COUNT (1) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
