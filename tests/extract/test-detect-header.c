/* test-detect-header.c — review headers written as sentences in one short
 * paragraph (src/lib/extract/detect-header.c), and the stacked notices,
 * by-lines and standfirsts around them.  Invented works only.  One row per
 * layout (XtCase, extract-test-util.h). */
#include "extract-test-util.h"

/* the three ways of running two notices together, for
 * notices-run-on-and-parenthesised */
#define TWO_NOTICES(shore, salt)                                                                                \
  XT_TITLE (shore), XT_TITLE (salt), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_AUTHOR ("Reed"),              \
  XT_TITLE (shore), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books"), XT_COUNT (2)

/* a review card, for card-under-codes-or-heading */
#define HOLM_CARD                                                                                               \
  "Holm, Agnes. The salt coast: fishers, merchants, and wardens on the northern shore, 1700-1850. "            \
  "Leeds, 1988. 412p (Leeds studies in maritime history) bibl index afp $45.00; pa $16.95\n\n"                 \
  "Holm's study of the salt coast replaces the old story of decline with an account of trade, and the "         \
  "chapters on the wardens are the best part of it. Graduate; faculty.\n"
#define HOLM_CHECKS                                                                                             \
  XT_TITLE ("The salt coast"), XT_AUTHOR ("Holm"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Agnes"), XT_YEAR (1988),       \
  XT_COUNT (1)

static const XtCase cases[] = {
  /* a collected edition names its writer in the subtitle; a firm the
   * lexicon knows is nobody's antecedent */
  { "/extract/sentence-header/collected-edition-author",
    "The Salt Wife: The Novels and Stories of Orla Quennell.\nHoughton Mifflin. 791 pp. $5.\n\n"
    "Houghton Mifflin have put the novels together at last. Her first novel, The Tin Bell, was read by "
    "everyone, and her second, Marsh Light (1941), by nobody, though it is the better book.\n",
    { XT_TITLE ("The Salt Wife"), XT_AUTHOR ("Quennell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Orla"),
      XT_TITLE ("Marsh Light"), XT_AUTHOR ("Quennell"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Mifflin") } },
  { "/extract/sentence-header/collected-not-a-place",
    "The Harbour: Selected Essays of the Northern Coast. Halifax: Tidewater Press, 1990. 210 pp.\n\n"
    "Reviewed by Ott Brand\n",
    { XT_TITLE ("The Harbour"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Coast") } },
  { "/extract/sentence-header/author-title-imprint-isbn",
    "Mara Quell. The Salt Ledger: Trade, Debt, and the Sea. Halifax: Tidewater University Press, "
    "2003. xiv + 310 pp. $42.00 (cloth), ISBN 0-000-00000-0.\n\n"
    "Reviewed by Ott Brand\n",
    { XT_TITLE ("The Salt Ledger"), XT_FIRED ("sentence-header"),
      XT_FIELD (CK_FIELD_SUBTITLE, "Trade, Debt, and the Sea"), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Tidewater University Press"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Halifax"),
      XT_YEAR (2003) } },
  { "/extract/sentence-header/caps-title-ocr",
    "THE LONG MARSH. By T. R. Velde. Boston: The Heron-\nford Company, l961. x + 220 pp. S5.00.\n\n"
    "   The author, whose earlier book was widely read, returns here to the coast and its people.\n",
    { XT_TITLE ("THE LONG MARSH"), XT_AUTHOR ("Velde"), XT_FIELD (CK_FIELD_PUBLISHER, "The Heronford Company"),
      XT_YEAR (1961) } },
  { "/extract/sentence-header/year-range-then-by",
    "The Tin Years: Mines and Men, 1840–1890. By Ida Penn. Truro: Kernow Books, 2011. £25.00.\n",
    { XT_TITLE ("The Tin Years"), XT_FIELD (CK_FIELD_SUBTITLE, "Mines and Men, 1840–1890"), XT_AUTHOR ("Penn"),
      XT_YEAR (2011) } },
  { "/extract/sentence-header/two-authors-comma",
    "Ann Reed and Bo Lind, Harbour, Lantern University Press, Leeds MA and York, 2000. "
    "xvii + 478 pp., £19.95 hb., 0 000 00000 0.\n",
    { XT_TITLE ("Harbour"), XT_AUTHOR ("Reed"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Lind"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Lantern University Press"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Leeds MA and York"), XT_YEAR (2000) } },
  /* short sentences with a price are no header */
  { "/extract/sentence-header/distractor",
    "It cost $5.00 then. Nobody bought it. Prices rose in 1971.\n",
    { XT_COUNT (0) } },
  /* stacked notices (the header-block detector's) with the price glued to
   * the publisher: the price is no part of the publisher's name */
  { "/extract/sentence-header/price-glued-to-publisher",
    "Glass Rain by Una Pike\nKestrel Books £12.99, pp300\n\n"
    "A story of weather and families, told with a sure hand over many long and rainy chapters, "
    "and the better for it.\n",
    { XT_TITLE ("Glass Rain"), XT_FIELD (CK_FIELD_PUBLISHER, "Kestrel Books"), XT_FIELD (CK_FIELD_PRICE, "£12.99") } },
  /* "Author. Title: Subtitle. Extent. City/City: Publisher, Year. Prices."
   * — the title's colon is no "Place: Publisher" */
  { "/extract/sentence-header/colon-title-before-extent",
    "Rhea Tolland. Lamps and Ledgers: A Social History of Lighthouses. xxv + 612 pp., illus., "
    "bibl., index. Boston/London: Gannet University Press, 1994. $80.00 (cloth); $24.95 (paper).\n\n"
    "The author has walked every coast of the north and she writes of its lights with great care, "
    "and with more figures than most readers will want.\n",
    { XT_TITLE ("Lamps and Ledgers"), XT_FIRED ("sentence-header"),
      XT_FIELD (CK_FIELD_SUBTITLE, "A Social History of Lighthouses"), XT_AUTHOR ("Tolland"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"), XT_YEAR (1994), XT_COUNT (1) } },
  /* "Salt and Lanterns" reads like two names; after the author it is the
   * title */
  { "/extract/sentence-header/name-like-title",
    "Ivo Marsh. Salt and Lanterns. Halifax: Tidewater Press, 2003. xiv + 310 pp.\n",
    { XT_TITLE ("Salt and Lanterns"), XT_AUTHOR ("Marsh"), XT_YEAR (2003) } },
  /* two notices on consecutive lines stay two books; the publisher is a
   * name-like sentence, the price is in shillings and pence; the heading in
   * capitals is the review's title, the signature its author */
  { "/extract/sentence-header/stacked-notices",
    "RECENT FICTION\n\n"
    "The Glass Orchard. By Hilda Marsh. Dent and Sons. 7s. 6d.\n"
    "North of Tarn. By Walter Crane. Cobden. 8s. 6d.\n\n"
    "Miss Marsh has written a quiet book about a family of fruit growers, and it is better than her "
    "last. The second novel is about a farmer in the north and it is slower than it should be.\n\n"
    "JOHN SMITH\n\n"
    "THE WEEKLY REVIEW, 12 MARCH 1936, Page 40\n",
    { XT_TITLE ("North of Tarn"), XT_AUTHOR ("Crane"), XT_FIELD (CK_FIELD_PUBLISHER, "Cobden"),
      XT_TITLE ("The Glass Orchard"), XT_AUTHOR ("Marsh"), XT_FIELD (CK_FIELD_PUBLISHER, "Dent and Sons"),
      XT_FIELD (CK_FIELD_PRICE, "7s. 6d."),
      XT_TITLE ("RECENT FICTION"), XT_TYPE (CK_TYPE_REVIEW_BOOK), XT_AUTHOR ("Smith"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE WEEKLY REVIEW") } },
  /* a library heading: inverted name, sentence-case title, "Publisher,
   * Year", extent and ISBN; a classification line above it */
  { "/extract/sentence-header/inverted-library-form",
    "41-2201  QH31  2011-3302 CIP\n"
    "Brekke, Ola. The salt road: trade and the northern coast. Lantern, 2011. 350p bibl index "
    "ISBN 9780000000001, $28.00; ISBN 9780000000002 ebook, $12.99\n\n"
    "The author follows the salt trade from the fjords to the Baltic in the years after 1500, and "
    "she writes well about it.\n",
    { XT_TITLE ("The salt road"), XT_AUTHOR ("Brekke"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ola"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Lantern"), XT_YEAR (2011) } },
  /* "Title by Author, translated by Name" above "Publisher £P, ppN" */
  { "/extract/header-block/title-by-translated-by",
    "Winter Harbour by Ola Brekke, translated by Mary Kline\nLantern Books £14.99, pp290\n\n"
    "The novel opens on a quay in the cold spring of 1921, and it stays there for most of its "
    "length, which is no fault.\n",
    { XT_TITLE ("Winter Harbour"), XT_AUTHOR ("Brekke"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Kline"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books"), XT_COUNT (1) } },
  /* "Title: Subtitle as a question / Author / Publisher: Year" */
  { "/extract/header-block/bare-author-publisher-year",
    "Tidal Minds: Why is the Sea the Way it is?\nIvo Marsh\nGannet: 2016. ISBN: 9780000000003\n\n"
    "The sea has been studied for as long as there have been people on its shores, and this book "
    "tells how.\n",
    { XT_TITLE ("Tidal Minds"), XT_AUTHOR ("Marsh"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_YEAR (2016) } },
  /* "Title / By X / Firm Name, 272pp, £20.00 / Published 3 May 2018": the
   * name-like firm after the by-line is the publisher, the date line the year */
  { "/extract/header-block/firm-after-byline-published-date",
    "Grey Water: The Long Life of a River\nBy Ivo Marsh\nHarold Penn, 272pp, £20.00\n"
    "Published 3 May 2018\n\n"
    "A river is older than the towns on it, and this book tells the story of one from its source "
    "to the sea.\n",
    { XT_TITLE ("Grey Water"), XT_AUTHOR ("Marsh"), XT_FIELD (CK_FIELD_PUBLISHER, "Harold Penn"),
      XT_YEAR (2018) } },
  /* "Author / TITLE IN CAPITALS / 254pp. Place: Publisher. €17.": with no
   * by-line below, the name above the title is the author's */
  { "/extract/header-block/author-above-caps-title",
    "FOREIGN BOOKS\n\nOla Brekke\nDE GRIJZE ZEE\n254pp. Amsterdam: Tarnhuis. €17.\n\n"
    "The novel follows a family of fishermen over three generations, and it is written in a plain "
    "and careful prose.\n",
    { XT_TITLE ("DE GRIJZE ZEE"), XT_AUTHOR ("Brekke"), XT_FIELD (CK_FIELD_PUBLISHER, "Tarnhuis") } },
  /* "Title: Subtitle, 1840–1890" over "By X" in a block, and "The Title,
   * by X." in sentences */
  { "/extract/header-block/year-range-block-and-comma-by",
    "The Tin Years: Mines and Men, 1840–1890\nBy Ida Penn\nKernow Books, 2011, £25.00\n\n"
    "The mines are closed now, but the author remembers them, and she writes of the men who worked "
    "in them with care.\n",
    { XT_TITLE ("The Tin Years"), XT_FIELD (CK_FIELD_SUBTITLE, "Mines and Men, 1840–1890"), XT_AUTHOR ("Penn"),
      XT_YEAR (2011),
      XT_TEXT ("The Long Shore, by Peter Grove. Lantern Books, 1959. 320 pp. 21s.\n"),
      XT_TITLE ("The Long Shore"), XT_AUTHOR ("Grove"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books") } },
  /* notices run on in one line, notices with the imprint in parentheses,
   * and notices "Title, by X." run on */
  { "/extract/sentence-header/notices-run-on-and-parenthesised",
    "The Long Shore. By Peter Grove. Lantern Books. 7s. 6d. The Salt Road. By Ann Reed. Gannet. 8s. 6d.\n",
    { TWO_NOTICES ("The Long Shore", "The Salt Road"),
      XT_TEXT ("THE LONG SHORE. By Peter Grove. (Lantern Books. 7s. 6d.)\n"
               "THE SALT ROAD. By Ann Reed. (Gannet. 8s. 6d.)\n"),
      TWO_NOTICES ("THE LONG SHORE", "THE SALT ROAD"),
      XT_TEXT ("The Long Shore, by Peter Grove. Lantern Books. 7s. 6d. The Salt Road, by Ann Reed. "
               "Gannet. 8s. 6d.\n"),
      TWO_NOTICES ("The Long Shore", "The Salt Road") } },
  /* "T by X, translated by Y, with an introduction by Z (Publisher, $P)";
   * the introducer is no title */
  { "/extract/title-by/role-chain",
    "Harbour Nights\n\n"
    "The Long Shore: A Novel by Olav Grove, translated by Ann Reed, with an introduction by Cy Moss "
    "(Lantern Classics, $15.95)\n\n"
    "The novel follows a family of fishermen over three generations, and it is written in a plain "
    "and careful prose that the translation keeps.\n",
    { XT_TITLE ("The Long Shore"), XT_AUTHOR ("Grove"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Reed"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Classics"), XT_ABSENT ("Cy Moss") } },
  /* a standfirst "Name weighs …" above the book names the reviewer */
  { "/extract/review-heading/standfirst-reviewer",
    "Salt and light\n\nIda Penn weighs a careful account of how the lighthouses were built.\n\n"
    "Lamps and Ledgers\nRhea Tolland\nGannet: 2016. ISBN: 9780000000005\n\n"
    "The lights of the north coast were built in a hurry, and the author tells the story of the men "
    "who built them, and of the storms that tested their work, with great care.\n\n"
    "Field Letters 402, 71-73 (9 May 2013)\n",
    { XT_SELF, XT_AUTHOR ("Penn"), XT_TITLE ("Lamps and Ledgers") } },
  /* "Title: Subtitle by Author." over an LRB-style imprint line, and a
   * "Review:" label before "Title by Author (…)" */
  { "/extract/sentence-header/title-sub-by-and-review-label",
    "The Long Shore: A History of the Coast by Peter Grove.\n"
    "Lantern, 320 pp., £20, March 2002, 0 00 000000 0\n",
    { XT_TITLE ("The Long Shore"), XT_FIELD (CK_FIELD_SUBTITLE, "A History of the Coast"), XT_AUTHOR ("Grove"),
      XT_YEAR (2002),
      XT_TEXT ("Review: The Salt Road by Ann Reed (Gannet, £20)\n"),
      XT_TITLE ("The Salt Road"), XT_AUTHOR ("Reed"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet") } },
  /* a label in lower case ("Book review:") where the title's span stops
   * at the label's own colon */
  { "/extract/sentence-header/lower-case-review-label", "Book review: The Salt Road by Ann Reed\n\nIt is a fine book.\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Reed"), XT_COUNT (1),
      XT_TEXT ("New reviews: Salt and Iron by Ann Reed\n\nIt is a fine book.\n"),
      XT_TITLE ("Salt and Iron"), XT_AUTHOR ("Reed"), XT_COUNT (1) } },
  /* a standfirst that names the book's own author names no reviewer */
  { "/extract/review-heading/standfirst-names-the-author",
    "Salt and light\n\nRhea Tolland argues that the lighthouses were built in a hurry.\n\n"
    "Lamps and Ledgers\nRhea Tolland\nGannet: 2016. ISBN: 9780000000005\n\n"
    "The lights of the north coast were built in a hurry, and the author tells the story of the men "
    "who built them, and of the storms that tested their work, with great care.\n\n"
    "Field Letters 402, 71-73 (9 May 2013)\n",
    { XT_SELF, XT_AUTHOR (NULL) } },
  /* a review card: a line of catalogue codes, or a heading, over an
   * inverted-name notice whose series parenthesis and prices run long */
  { "/extract/header/card-under-codes-or-heading",
    "31-2207  F12  88-10431 CIP\n" HOLM_CARD,
    { HOLM_CHECKS, XT_TEXT ("NEW TITLES\n" HOLM_CARD), HOLM_CHECKS } },
  /* a "TITLE, by" line wrapped after its "by" over "Name (Publisher, 21s.)" */
  { "/extract/header/title-by-wrapped-after-by",
    "THE SALT ROAD: A STUDY OF THE HARBOUR TRADE, by\nPeter Grove (Lantern Books, 21s.)\n\n"
    "It is not every day that a former clerk of the harbour writes a book, and this one is long and careful.\n",
    { XT_TITLE ("THE SALT ROAD"), XT_FIELD (CK_FIELD_SUBTITLE, "A STUDY OF THE HARBOUR TRADE"),
      XT_AUTHOR ("Grove"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books"), XT_COUNT (1) } },
  /* "T: Sub, by A, Publisher, 276 pages, $26.95" — the publisher after the
   * author's name is no second author */
  { "/extract/header/title-by-comma-imprint",
    "Reading Slowly\n\nBy Ida Marsh\n\n"
    "The Long Shore: Tides and the People Who Read Them, by Peter Grove, W. W. Norton, 276 pages, $26.95\n\n"
    "Peter Grove has a gift for the provocative question, and the answer he gives is a long one, told slowly.\n",
    { XT_TITLE ("The Long Shore"), XT_AUTHOR ("Grove"), XT_FAMILY (CK_ROLE_AUTHOR, 1, NULL),
      XT_FIELD (CK_FIELD_PUBLISHER, "W. W. Norton"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "276") } },
  /* a sentence header whose imprint wraps after "Place:" */
  { "/extract/header/imprint-wrapped-after-colon",
    "By ANN REED\nJournal Book Editor\n\n"
    "THE LONG SHORE. By Peter Grove. 368 pp. Boston:\nLantern Books Co. $5.\n\n"
    "Peter Grove has written a long book about the shore, and it is a good one, careful and slow.\n",
    { XT_TITLE ("THE LONG SHORE"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Boston"),
      XT_FIELD_PREFIX (CK_FIELD_PUBLISHER, "Lantern Books Co") } },
  /* a review essay's books stacked one a line, "Author, Title: Sub, with,
   * commas, Publisher, Year, N pp, £P" — each its own record */
  { "/extract/header/stacked-comma-headers",
    "THE SEA REMEMBERED\n\nReview essay by Ann Reed\n\n"
    "Ola Brekke, Blood of Norway: The Experience of the Sea, 1936-1939, Allen Lane, 1979, 628 pp, \u00a312.50\n"
    "Ida Marsh, The Norwegian Harbour: The Left and the Struggle for Power during the War, Gannet Press, 1979, 664 pp, $29.50\n"
    "Peter Grove, The Coming of the Fleet: Reform, Reaction and Revolution in the Kingdom 1931-1936, Macmillan, 1978, 264 pp, \u00a310\n\n"
    "Forty years after the fall of the port, the war has at last acquired a history that is not simply the war "
    "continued by other means.\n",
    { XT_TITLE ("Blood of Norway"),
      XT_TITLE ("The Norwegian Harbour"), XT_AUTHOR ("Marsh"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_TITLE ("The Coming of the Fleet"),
      XT_FIELD (CK_FIELD_SUBTITLE, "Reform, Reaction and Revolution in the Kingdom 1931-1936"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Macmillan"), XT_YEAR (1978) } },
  /* "Author, Title, Publisher, 960 pages, paperback, £25": no year, but
   * the trade's extent and price; an edition in brackets after a title */
  { "/extract/comma-header/no-year-extent-and-price",
    "Ada Quell, The Salt Road, Gannet, 960 pages, paperback, \xc2\xa3" "25\n\n"
    "The prose of the review runs here, and it runs on for a while in lower case about the book.\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_COUNT (1),
      XT_TEXT ("The Salt Road (4th Edition 2006), by Ada Quell, Gannet, 320 pp, \xc2\xa3" "30\n\n"
               "The prose of the review runs here, and it runs on for a while in lower case about the book.\n"),
      XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_EDITION, "4th Edition"), XT_YEAR (2006),
      /* without a year, a title's words read as "Place: Firm" are no imprint */
      XT_TEXT ("Ada Quell, Stone, Salt and Iron: Essays, Gannet Press, 320 pp., \xc2\xa3" "25\n\n"
               "The prose of the review runs here, and it runs on for a while in lower case about the book.\n"),
      XT_TITLE ("Stone, Salt and Iron"), XT_FIELD (CK_FIELD_SUBTITLE, "Essays"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      /* a price alone is not enough without a year */
      XT_TEXT ("Ada Quell, The Salt Road, Gannet, \xc2\xa3" "25\n\n"
               "The prose of the review runs here, and it runs on for a while in lower case about the book.\n"),
      XT_COUNT (0) } },
  /* abbreviated roles in a header of sentences ("Trans. B.", "Ed. by
   * B.", "Ed. B. C. Vell."), and the author after the title before a
   * firm's name alone and the trade's marks */
  { "/extract/sentence-header/abbreviated-roles-and-firm",
    "Ada Quell. The Salt Road. Trans. Ben Vell. New York: Heron Books, 2009. Pp. 320. $26.00.\n\n"
    "The prose of the review runs here, and it runs on for a while in lower case about the book.\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Heron Books"), XT_YEAR (2009),
      XT_TEXT ("Ada Quell. The Salt Road. Ed. B. C. Vell. New York: Heron Books, 2009.\n\n"
               "The prose of the review runs here, and it runs on for a while in lower case about the book.\n"),
      XT_TITLE ("The Salt Road"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_GIVEN (CK_ROLE_EDITOR, 0, "B. C."),
      XT_FIELD (CK_FIELD_PUBLISHER, "Heron Books"),
      XT_TEXT ("The Salt Road. Ada Quell. Gannet Press. $25. 320 pages.\n\n"
               "The prose of the review runs here, and it runs on for a while in lower case about the book.\n"),
      XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press") } },
  /* "Given Family: Title" over the imprint: the name is the author; a
   * life of that person keeps its whole title */
  { "/extract/header/name-colon-title",
    "Ada Quell: The Salt Road\nGannet, 2004, \xc2\xa3" "18.99, 320pp\n\n"
    "The prose of the review runs here, and it runs on for a while in lower case about the book.\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_YEAR (2004),
      XT_TEXT ("Ada Quell: A Life\nGannet, 2004, \xc2\xa3" "18.99, 320pp\n\n"
               "The prose of the review runs here, and it runs on for a while in lower case about the book.\n"),
      XT_TITLE ("Ada Quell"), XT_FIELD (CK_FIELD_SUBTITLE, "A Life"), XT_AUTHOR (NULL) } },
  /* a firm's name on a line of its own between the author and the extent */
  { "/extract/header/firm-line",
    "The Salt Road\nAda Quell\nGannet Press\n320pp, \xc2\xa3" "20\n\n"
    "The prose of the review runs here, and it runs on for a while in lower case about the book.\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press") } },
  /* a heading line whose title opens with a preposition and an article */
  { "/extract/header/title-by-opening-preposition",
    "Under a Hard Sky by Ada Quell (Gannet, \xc2\xa3" "16.99)\n\n"
    "The prose of the review runs here, and it runs on for a while in lower case about the book.\n",
    { XT_TITLE ("Under a Hard Sky"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_COUNT (1) } },
  /* "Also by Name: …" labels a list; "Also" is no title */
  { "/extract/header/also-by-label",
    "Ilse Varrow, The Tin Orchard. Heron Books, 2011. 312 pp.\n\nAlso by Ilse Varrow: Copper Lanes (1990), "
    "Moth Summers (1993).\n\nThe prose of the review runs here, and it runs on for a while in lower case.\n",
    { XT_ABSENT ("Also"), XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Varrow"),
      XT_TITLE ("Copper Lanes"), XT_AUTHOR ("Varrow"), XT_YEAR (1990),
      XT_TITLE ("Moth Summers"), XT_AUTHOR ("Varrow"), XT_YEAR (1993) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
