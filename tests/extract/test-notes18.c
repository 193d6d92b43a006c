/* test-notes18.c — conventions read in the eighteenth session.  Every
 * text is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- notices run on into their paragraph (detect-notice.c) */
  /* a biology quarterly's notices: "TITLE.\nBy Name. Firm, Place.\nS6.50. xii + 384 pp.; ill. 1953." with no
   * blank line before the notice; a subtitle, a series with its number and a translator between the parts */
  { "/extract/notes18/notice-title-by-line-series",
    "NEW BOOKS ON THE SEA\n\nThe aim of this department is to give the reader brief indications of the character "
    "and the value of new books on the harbours. Unsigned notices are by the Editors.\n\n"
    "THE SALT HARBOURS OF THE NORTH. Gannet Marine Series, No. 12.\nBy Ada J. Quell. Gannet University Press, New York.\n"
    "S6.50. xx + 434 pp.; ill. 1953.\nThis is not a second edition of her earlier book but a new one, and the chapters "
    "on the tides are wholly rewritten.\n\n"
    "THE TIDE TABLES. A Study of the Ferries of the Coast.\nBy Ivo Vellman. Translated by Ruth Marsh. Heron Book\n"
    "Company, London. 16s. xvi + 255 pp.; ill. 1954.\nA long and careful book, written from Bergen, which the ferrymen "
    "will read.\n",
    { XT_TITLE ("THE SALT HARBOURS OF THE NORTH"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_COLLECTION_TITLE, "Gannet Marine Series"),
      XT_FIELD (CK_FIELD_COLLECTION_NUMBER, "12"), XT_FIELD (CK_FIELD_PRICE, "$6.50"), XT_YEAR (1953),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"), XT_TITLE ("THE TIDE TABLES"),
      XT_FIELD (CK_FIELD_SUBTITLE, "A Study of the Ferries of the Coast"), XT_AUTHOR ("Vellman"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Marsh"), XT_FIELD (CK_FIELD_PUBLISHER, "Heron Book Company"), XT_YEAR (1954),
      XT_COUNT (2) } },
  /* ---- a publisher's catalogue (detect-stacked.c) */
  /* title in capitals, a subtitle line, the author, a role line, the blurb, then the line of particulars */
  { "/extract/notes18/stacked-catalogue-entry-spec-line",
    "GANNET MODERN CLASSICS\n\nNEW THIS SEASON\n\nTHE SALT ORCHARD\nA Novel of the Northern Coast\nAda Quell\n"
    "With a new preface by Ruth Vellman\nThe harbour master's daughter comes home from the war and remembers nothing of "
    "the last ten years. Quell's first novel, published in 1921, is a short study of memory.\n"
    "B format paperback   144 pp   \xc2\xa3" "1.95   ISBN 0 11111 118 7   September\n\n"
    "THE TIDE TABLES\nIvo Marsh\nIntroduced by Tom Quellman\nStill our best-seller: five years on the ferries.\n"
    "B format paperback   224 pp   \xc2\xa3" "2.25\n",
    { XT_TITLE ("THE SALT ORCHARD"), XT_FIELD (CK_FIELD_SUBTITLE, "A Novel of the Northern Coast"), XT_AUTHOR ("Quell"),
      XT_FAMILY (CK_ROLE_INTRODUCER, 0, "Vellman"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "144"),
      XT_FIELD (CK_FIELD_PRICE, "\xc2\xa3" "1.95"), XT_TITLE ("THE TIDE TABLES"), XT_AUTHOR ("Marsh"),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "224"), XT_COUNT (2) } },
  /* a heading over a byline over prose, with no line of particulars, is an article's opening */
  { "/extract/notes18/stacked-heading-byline-prose-not-entry",
    "THE SALT ORCHARD\nAda Quell\nThe harbour master's daughter came home from the war in 1921 and remembered "
    "nothing of the last ten years, and the town paid 144 men to look for her brother.\n",
    { XT_COUNT (0) } },
  /* ---- a quarterly's books-received list (detect-header.c, detect-styles.c, assemble.c) */
  /* two inverted names in capitals joined by ", and"; a numbered series after the title; a binding in brackets
   * after the price; a firm that published "for the" body that sponsored the book */
  { "/extract/notes18/books-received-inverted-pair-series",
    "BOOKS RECEIVED\n\nQUELL, ADA, and VELLMAN, PETER. The Salt and the Salters: A New\n  Survey of the Harbour "
    "Towns. Occasional Papers on Harbour Administration, No. 17.\n  Gannet. 1965. 78 pp. 10s. 6d. (paper).\n\n"
    "MARSH, IVO. Modern Ferries: The Changing Balance of Trade and\n  Tide. Oxford University Press, for the Royal "
    "Institute of\n  Harbour Affairs. 1965. xvi + 456 pp. 45s.\n",
    { XT_TITLE ("The Salt and the Salters"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vellman"),
      XT_FIELD (CK_FIELD_COLLECTION_TITLE, "Occasional Papers on Harbour Administration"),
      XT_FIELD (CK_FIELD_COLLECTION_NUMBER, "17"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_YEAR (1965),
      XT_TITLE ("Modern Ferries"), XT_AUTHOR ("Marsh"), XT_FIELD (CK_FIELD_PUBLISHER, "Oxford University Press"),
      XT_COUNT (2) } },
  /* ---- a library's acquisitions list (detect-isbd.c, detect-bookseller.c) */
  /* the card's heading before the title on its line, the title in italics, the physical description run on after
   * the imprint's stop; a heading with the name's dates on the line above */
  { "/extract/notes18/isbd-heading-and-run-on-extent",
    "NEW ACQUISITIONS\n\n<b>NA2500 .Q45 2002</b><br>\nQuell, Kenneth. <i>Labour, work and harbours : collected essays "
    "on harbours and design</i> / Kenneth Quell. London ; New York : Gannet, 2002. 351 p. : ill. ; 25 cm.<br>\n<br>\n"
    "Vellman, Robert. Learning from the quays : the forgotten symbolism of form / Robert Vellman. Cambridge, Mass. : "
    "Heron Press, c1977. xvii, 192 p. : ill. ; 28 cm.<br>\n<br>\n"
    "<p>Marsh, Ivo W. (Ivo Wilson), 1925-<br>\nBillion year harbour : the true history of the ferries / Ivo W. Marsh. "
    "-- London : Gannet, 1973. -- xi, 339 p. : ill. ; 24 cm.</p>\n",
    { XT_TITLE ("Labour, work and harbours"), XT_AUTHOR ("Quell"), XT_YEAR (2002), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_TITLE ("Learning from the quays"), XT_AUTHOR ("Vellman"), XT_YEAR (1977),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "xvii, 192"), XT_FIELD (CK_FIELD_PUBLISHER, "Heron Press"),
      XT_TITLE ("Billion year harbour"), XT_AUTHOR ("Marsh"), XT_YEAR (1973), XT_COUNT (3) } },
  /* ---- two books in a London paper's header (detectors.c header-block, detect-header.c) */
  /* "Title by Author" over its imprint line, then "Title edited by Name" over its own; with or without stops */
  { "/extract/notes18/header-two-books-edited-by-line",
    "Cold Comfort\nTom Hale\n\nHarbour Life: A Writer\xe2\x80\x99s Life by Andrew Vell\nGannet, 570 pp., \xc2\xa3" "20, April "
    "1993, 0 571 15174 8\nSelected Letters of Ann Quell 1940-1985 edited by Anthony Marsh\nGannet, 791 pp., \xc2\xa3" "25, "
    "October 1992, 0 571 15197 7\n\nFor thirty years the story of the harbour was one that everybody knew and nobody had "
    "checked, and there was the librarian in Hull who lived alone and disliked abroad and wrote about it.\n",
    { XT_TITLE ("Harbour Life"), XT_AUTHOR ("Vell"), XT_YEAR (1993), XT_TITLE ("Selected Letters of Ann Quell 1940-1985"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Marsh"), XT_YEAR (1992), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "791") } },
  { "/extract/notes18/header-two-books-edited-by-stops",
    "Cold Comfort\nTom Hale\n\nHarbour Life: A Writer\xe2\x80\x99s Life by Andrew Vell.\nGannet, 570 pp., \xc2\xa3" "20, April "
    "1993, 0 571 15174 8\nSelected Letters of Ann Quell 1940-1985 edited by Anthony Marsh.\nGannet, 791 pp., \xc2\xa3" "25, "
    "October 1992, 0 571 15197 7\n\nFor thirty years the story of the harbour was one that everybody knew and nobody had "
    "checked, and there was the librarian in Hull who lived alone and disliked abroad and wrote about it.\n",
    { XT_TITLE ("Harbour Life"), XT_AUTHOR ("Vell"), XT_TITLE ("Selected Letters of Ann Quell 1940-1985"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Marsh"), XT_YEAR (1992) } },
  /* ---- quoted titles (detectors.c quoted-title, detect-noncite.c) */
  /* a person's quoted piece in sentence case is a title; a character's words in the first person are not */
  { "/extract/notes18/quoted-owned-sentence-case",
    "The harbour question was argued for a generation. Readers of Peter Quell's \"Totius in portu: Rhetoric and "
    "authority in the harbour board\" will know the story, and Ann Vell's 'Size and structure of the household' "
    "frames it. Dorothea's \"I should like to make the harbour beautiful\" closes the book.\n",
    { XT_TITLE ("Totius in portu"), XT_AUTHOR ("Quell"), XT_TITLE ("Size and structure of the household"),
      XT_AUTHOR ("Vell"), XT_ABSENT ("I should like to make the harbour beautiful") } },
  /* a chapter placed in words is a part of the book */
  { "/extract/notes18/quoted-chapter-placed-in-words",
    "The book is long and often dull, and it has been reviewed widely in the weekly papers and in the journals.\n\n"
    "The fourth chapter, \"The Harbour and the Town: Western Society as Culture\", argues the main case. The last "
    "chapter, 'The Ferryman\xe2\x80\x99s Touch', on the pilots, is the best.\n",
    { XT_TITLE ("The Harbour and the Town"), XT_TYPE (CK_TYPE_CHAPTER), XT_TITLE ("The Ferryman\xe2\x80\x99s Touch"),
      XT_TYPE (CK_TYPE_CHAPTER) } },
  /* ---- art historians' notes (detect-note-entry.c) */
  /* "C. NAME: 'The article', THE JOURNAL, XLI [1959], pp.75-87." */
  { "/extract/notes18/note-entry-caps-name-quoted-article",
    "The harbour painters were argued over for a generation, and the argument has not been settled by this book, "
    "though it gathers the documents and the pictures well and sets them out in a clear order for readers.\n\n"
    "\xc2\xb9 A. VELL: Harbour Painting and its Social Background, London [1948].\n"
    "\xc2\xb3 C. QUELL: 'The archbishop on the painters of the harbour, 1450', THE HARBOUR BULLETIN, XLI [1959], "
    "pp.75-87.\n",
    { XT_TITLE ("Harbour Painting and its Social Background"), XT_AUTHOR ("Vell"),
      XT_TITLE ("The archbishop on the painters of the harbour, 1450"), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR BULLETIN"), XT_FIELD (CK_FIELD_VOLUME, "XLI"), XT_YEAR (1959),
      XT_TYPE (CK_TYPE_ARTICLE_JOURNAL) } },
  /* ---- "in English as T (…)" and "its" inside a title (detectors.c title-imprint, function-words.txt) */
  { "/extract/notes18/in-english-as-and-its",
    "The monograph, first published in Paris in 1968, is now available in English as Education and Change in a "
    "Harbour Community (New York, 1971). Vell's account, now available in English as The Work of the Tide and the "
    "Problem of its Identity (trans. Ada Quell, 1986), is the starting point.\n",
    { XT_TITLE ("Education and Change in a Harbour Community"), XT_YEAR (1971),
      XT_TITLE ("The Work of the Tide and the Problem of its Identity"), XT_YEAR (1986),
      XT_ABSENT ("English as Education and Change in a Harbour Community") } },
  /* ---- "author of T" with a one-word title (detectors.c title-year) */
  { "/extract/notes18/author-of-one-word",
    "We are told that Ivo Quell is the author of Harbourlight, a novel famous for its style. The author of Guns, "
    "Germs, and Steel is another matter. She was the author of Leeds; he, of nothing.\n",
    { XT_TITLE ("Harbourlight"), XT_AUTHOR ("Quell"), XT_ABSENT ("Guns"), XT_ABSENT ("Leeds") } },
  /* ---- British official papers (detect-command-paper.c) */
  { "/extract/notes18/command-paper",
    "He relies on the Report of the Committee on Harbour Powers (Cmd. 4060, 1932), on Social Insurance and "
    "Allied Harbours (Cmnd. 827, H.M.S.O., 1959) and on the Report of the Royal Commission on Harbour Termini "
    "(1846). Vell's Workers in a Lean Harbour (Gannet, 1997) is a book, and the Revolution of 1848 (1848) no paper.\n",
    { XT_TITLE ("Report of the Committee on Harbour Powers"), XT_TYPE (CK_TYPE_REPORT),
      XT_FIELD (CK_FIELD_NUMBER, "Cmd. 4060"), XT_YEAR (1932),
      XT_TITLE ("Social Insurance and Allied Harbours"), XT_TYPE (CK_TYPE_REPORT), XT_FIELD (CK_FIELD_NUMBER, "Cmnd. 827"),
      XT_FIELD (CK_FIELD_PUBLISHER, "H.M.S.O."), XT_YEAR (1959),
      XT_TITLE ("Report of the Royal Commission on Harbour Termini"), XT_TYPE (CK_TYPE_REPORT), XT_YEAR (1846),
      XT_TITLE ("Workers in a Lean Harbour"), XT_TYPE (CK_TYPE_BOOK), XT_ABSENT ("Revolution of 1848") } },
  /* ---- a collection's contents after the review (detect-contents.c) */
  { "/extract/notes18/contents-list",
    "This volume grew out of a conference on the harbour towns, and its chapters are uneven but useful, and the "
    "editors' introduction sets out the agenda clearly.\n\nAuthors and titles\n\n"
    "Ada Quell and Tom Vell, Introduction: Harbours after Fifty Years\n"
    "Ivo Marsh, The Salt Class Revisited: Thresholds and Numbers\n"
    "Ruth Orr, Land, Loans and the Harbour Stones Revisited\n",
    { XT_TITLE ("The Salt Class Revisited"), XT_AUTHOR ("Marsh"), XT_TYPE (CK_TYPE_CHAPTER),
      XT_TITLE ("Land, Loans and the Harbour Stones Revisited"), XT_AUTHOR ("Orr"),
      XT_TITLE ("Introduction"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell") } },
  /* ---- a dealer's entry whose title ends in an acronym (detect-bookseller.c) */
  { "/extract/notes18/bookseller-acronym-title",
    "CATALOGUE 12\n\n2. QUELL (Andr\xc3\xa9). Retour de l\xe2\x80\x99U.R.S.S. Paris: Gannet, 1936. 12mo, original printed "
    "wrappers, uncut. \xc2\xa3" "40\n\n3. QUELL (Andr\xc3\xa9). Back from the U.S.S.R. Translated by Dora Vell. Heron "
    "Press, 1937. First English edition. Original cloth. \xc2\xa3" "35\n",
    { XT_TITLE_ANY ("Retour de l\xe2\x80\x99U.R.S.S", "Retour de l\xe2\x80\x99U.R.S.S."), XT_YEAR (1936),
      XT_TITLE_ANY ("Back from the U.S.S.R", "Back from the U.S.S.R."), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"),
      XT_YEAR (1937) } },
  /* ---- a notice opening with "TITLE: Sub, Sub, and the Sub, by X (…)" (detectors.c title-by) */
  { "/extract/notes18/title-by-caps-subtitle-commas",
    "BOOKS | IN BRIEF\n\nTHE SALT BREAKER: Ada Quell, Gene Harbours, and the Future of the Northern Race, by Ivo Vell "
    "(Gannet & Heron, 536 pp., $35)\nVell's new book follows the harbour master and her rivals through a decade of "
    "quarrels over the salt, and it is the best he has written.\n",
    { XT_TITLE ("THE SALT BREAKER"), XT_AUTHOR ("Vell"),
      XT_FIELD (CK_FIELD_SUBTITLE, "Ada Quell, Gene Harbours, and the Future of the Northern Race") } },
  /* ---- the classics reviews' header (detect-header.c) and a chapter's book fields (merge.c) */
  /* "Name (ed.), Title: Sub. Place: Firm, Year. Pp. N."; the contents under the review carry the book's editor
   * and year */
  { "/extract/notes18/name-ed-header-and-chapter-fields",
    "Ada Quell (ed.), Harbour and Polis: Essays on the Salt Towns. Berlin; Boston: Gannet, 2018. Pp. 320. "
    "ISBN 9783110000000.\n\nThis volume grew out of a conference on the harbour towns, and its chapters are uneven "
    "but useful, and the introduction sets out the agenda clearly for the reader who comes to it fresh.\n\n"
    "Authors and titles\n\nIvo Marsh, The Salt Class Revisited: Thresholds and Numbers\n"
    "Ruth Orr, Land, Loans and the Harbour Stones Revisited\nJon Aurell, Metic Wealth and the Limits of the Harbour\n",
    { XT_TITLE ("Harbour and Polis"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"), XT_YEAR (2018),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_TITLE ("The Salt Class Revisited"), XT_AUTHOR ("Marsh"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"), XT_YEAR (2018), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour and Polis") } },
  /* two editors before their mark, a title with a comma, "Berlin; Boston:" (detect-comma.c comma-header) */
  { "/extract/notes18/comma-header-two-editors",
    "Ada Quell, Tom Vell (ed.), Harbour, Household and Polis: Essays on the Salt Towns. Berlin; Boston: Gannet, 2018. "
    "Pp. 320. ISBN 9783110000000.\n\nThis volume grew out of a conference on the harbour towns, and its chapters are "
    "uneven but useful, and the introduction sets out the agenda clearly for the reader who comes to it fresh.\n",
    { XT_TITLE ("Harbour, Household and Polis"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"), XT_FAMILY (CK_ROLE_EDITOR, 1, "Vell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_YEAR (2018) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
