/* test-notes10.c — conventions read in the tenth session: plural
 * possessives inside reference-entry titles and note entries written
 * without parentheses ("Initial. Family, Title, Vol.3, Place Year,
 * p.12."), as transcribed journals print them.  Every text is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- a plural possessive inside a title is no closing quote */
  { "/extract/notes10/plural-possessive-in-entry",
    "Notes\n\n6: Ada Quell, The First Dock Stewards\xe2\x80\x99 Movement (Gannet Press, 1973).\n",
    { XT_COUNT (1), XT_TITLE ("The First Dock Stewards\xe2\x80\x99 Movement"), XT_AUTHOR ("Quell"), XT_YEAR (1973),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press") } },
  { "/extract/notes10/plural-possessive-straight",
    "Notes\n\n7: Ada Quell, The Harbour Porters' Strike (Gannet Press, 1975).\n",
    { XT_COUNT (1), XT_TITLE ("The Harbour Porters' Strike"), XT_AUTHOR ("Quell"), XT_YEAR (1975) } },
  /* ---- note entries without parentheses (note-entry) */
  { "/extract/notes10/note-place-year-volume",
    "The harbour book is long and careful. It has been read by every historian of the ports since it "
    "appeared, and it will be read for many years to come by anyone who cares about them.\n\n"
    "Notes\n\n1. A. Quell, The Salt Trade of the North, Vol.3, New York 1945, p.12.\n\n"
    "2. B. Marrow, The Dock Strikes, London, 1938.\n",
    { XT_COUNT (2), XT_TITLE ("The Salt Trade of the North"), XT_AUTHOR ("Quell"), XT_YEAR (1945),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New York"), XT_FIELD (CK_FIELD_VOLUME, "3"), XT_FIRED ("note-entry"),
      XT_TITLE ("The Dock Strikes"), XT_AUTHOR ("Marrow"), XT_YEAR (1938), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London") } },
  { "/extract/notes10/note-periodical-date",
    "The harbour book is long and careful. It has been read by every historian of the ports since it "
    "appeared, and it will be read for many years to come by anyone who cares about them.\n\n"
    "Notes\n\n3. A. Quell, The Salt Ports at War, The Harbour Review, November 1939.\n\n"
    "4. B. Marrow, A Reply to the Harbour Board, February 1940 (mimeographed).\n",
    { XT_COUNT (2), XT_TITLE ("The Salt Ports at War"), XT_AUTHOR ("Quell"), XT_YEAR (1939),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Review"), XT_TYPE (CK_TYPE_ARTICLE_MAGAZINE),
      XT_TITLE ("A Reply to the Harbour Board"), XT_AUTHOR ("Marrow"), XT_YEAR (1940) } },
  /* prose with commas and a year is no note entry */
  { "/extract/notes10/note-needs-mark",
    "The harbour book is long and careful. It has been read by every historian of the ports since it "
    "appeared, and it will be read for many years to come by anyone who cares about them.\n\n"
    "A. Quell, The Salt Man, London 1938, was a friend of the author.\n",
    { XT_ABSENT ("The Salt Man") } },
  /* ---- the review's heading under a page label (review-heading.c) */
  { "/extract/notes10/heading-under-bar-label",
    "The Times | Saturday March 3 1990\n"
    "\n"
    "Weekend Review | Books\n"
    "\n"
    "Salt on the wind\n"
    "A new life of the poet who loved harbours. By Ada Quell\n"
    "\n"
    "The Salt Road: A Life of Tom Vell\n"
    "by Piet Marrow\n"
    "Gannet, 300pp, \xc2\xa3" "20\n"
    "\n"
    "Marrow has written a patient book about a poet who never left his harbour town. It follows him through the war years and the long silence after them, and it reads the late poems with care. The chapters on his friendships are the best in the book, and the last chapter is a fine essay on the poems themselves.\n",
    { XT_TITLE ("Salt on the wind"), XT_TYPE (CK_TYPE_REVIEW_BOOK), XT_AUTHOR ("Quell"),
      XT_ABSENT ("Weekend Review | Books") } },
  { "/extract/notes10/heading-under-section-label",
    "Harbour Studies Quarterly, Volume 12, Issue 3, Autumn 1990, Pages 210\xe2\x80\x93" "214\n"
    "\n"
    "BOOK REVIEW ESSAY\n"
    "\n"
    "Ports Without Ships? Two Recent Books on the Salt Trade\n"
    "\n"
    "The Salt Road: A History of the Northern Ports\n"
    "By Piet Marrow\n"
    "Gannet Press, 1989. 300 pp. $40.00 (cloth).\n"
    "\n"
    "Marrow has written a patient book about the northern ports. It follows the trade through the war years and the long silence after them, and it reads the harbour records with care. The chapters on the merchants are the best in the book, and the last chapter is a fine essay on the trade itself.\n",
    { XT_TITLE ("Ports Without Ships?"), XT_TYPE (CK_TYPE_REVIEW_BOOK),
      XT_ABSENT ("BOOK REVIEW ESSAY") } },
  /* ---- a column's "TITLE, by Name. (Firm, $16.)" (title-by) */
  { "/extract/notes10/title-by-stop-before-imprint",
    "Paperback Row\n\nTHE SALT ROAD, by Ada Quell. (Gannet, $16.) A harbour town waits out a long winter in this "
    "quiet first novel, which follows three families through the storms and the lean months after them.\n\n"
    "THE TIN HARBOUR, by Tom Vell. (Lantern, $18.) A history of the small ports of the north, told through the "
    "lives of the men and women who worked them over two centuries.\n",
    { XT_TITLE ("THE SALT ROAD"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_FIRED ("title-by"),
      XT_TITLE ("THE TIN HARBOUR"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern") } },
  /* ---- quoted titles: a serial list's last piece, "such as" after a kind */
  { "/extract/notes10/quoted-serial-title",
    "The book gathers the essays of twenty years, and there is \"Salt, Rope, and the Harbour,\" first given as a "
    "lecture at Gannet College, in which she argues well.\n",
    { XT_TITLE ("Salt, Rope, and the Harbour"), XT_FIRED ("quoted-title") } },
  { "/extract/notes10/quoted-list-not-title",
    "The crowd shouted \"Salt, Rope, Tar\" as the boats came in, and nobody listened.\n",
    { XT_ABSENT ("Salt, Rope, Tar"), XT_COUNT (0) } },
  { "/extract/notes10/quoted-such-as-lectures",
    "Lectures such as \"How the Harbour Lives and How It Might Live\" drew crowds in every port town.\n",
    { XT_TITLE ("How the Harbour Lives and How It Might Live") } },
  { "/extract/notes10/quoted-such-as-terms",
    "He used terms such as \"Harbour Law\" and \"Salt Duty\" without defining them.\n",
    { XT_ABSENT ("Harbour Law"), XT_ABSENT ("Salt Duty") } },
  /* ---- a year in the prose after a title (attr-context.c) */
  { "/extract/notes10/year-published-as-by-in",
    "The essays are uneven, but that on \"Salt and Its Discontents,\" first published as a pamphlet by Gannet Press "
    "in 1956, is a small classic.\n",
    { XT_TITLE ("Salt and Its Discontents"), XT_YEAR (1956) } },
  { "/extract/notes10/year-appeared-in-periodical-in",
    "Ada Quell's essay \"The End of the Harbour?\", which appeared in Harbour Monthly in November 1955, "
    "began the quarrel.\n",
    { XT_TITLE ("The End of the Harbour?"), XT_YEAR (1955) } },
  { "/extract/notes10/year-the-novel-of",
    "And Tom Vell's The Middle of the Harbour, the novel of 1947, told the same story.\n",
    { XT_TITLE ("The Middle of the Harbour"), XT_YEAR (1947) } },
  { "/extract/notes10/year-not-across-clause",
    "Ada Quell's The Salt Road appeared in Harbour Monthly and was reprinted after the war in 1956.\n",
    { XT_TITLE ("The Salt Road"), XT_YEAR (0) } },
  /* ---- a trade review's web page (release-byline) */
  { "/extract/notes10/release-byline-page",
    "THE SALT ROAD\n\nA HISTORY OF THE NORTHERN PORTS\n\nby Ada Quell \xe2\x80\xa7 RELEASE DATE: April 4, 2017\n\n"
    "A patient history of the ports of the north, told through the lives of the men and women who worked them.\n\n"
    "Pub Date: April 4, 2017\n\nPublisher: Gannet\n\nHarbour Reviews Issue: Feb. 1, 2017\n",
    { XT_COUNT (2), XT_TITLE ("THE SALT ROAD"), XT_AUTHOR ("Quell"), XT_YEAR (2017),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_ABSENT ("A HISTORY OF THE NORTHERN PORTS"),
      XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Reviews"), XT_FIELD (CK_FIELD_ISSUE, "Feb. 1, 2017") } },
  /* ---- a dealer's entries (bookseller-entry) */
  { "/extract/notes10/bookseller-subject-two-editors-place-title",
    "CATALOGUE 12 \xe2\x80\x94 THE NORTHERN PORTS\n\n"
    "214. VELL (T.A.). Leith. Gannet Press, 1937. First edition. 12mo, pp. 12. Original wrappers. \xc2\xa3" "45.\n\n"
    "216. [QUELL.] MARROW (Pat), editor. Ada Quell: A Memoir. Lantern Books, 1938. First edition. 8vo. \xc2\xa3" "60.\n\n"
    "221. REED (Ann) and HALE (Ivo), editors. Poems for the Harbour. Hill Press, 1939. First edition. \xc2\xa3" "30.\n",
    { XT_TITLE ("Leith"), XT_AUTHOR ("Vell"), XT_YEAR (1937),
      XT_TITLE ("Ada Quell"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Marrow"), XT_YEAR (1938),
      XT_TITLE ("Poems for the Harbour"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Reed"), XT_FAMILY (CK_ROLE_EDITOR, 1, "Hale") } },
  /* ---- Chicago bibliography entries (style-entry) */
  { "/extract/notes10/style-initial-ends-given",
    "BOOKS RECEIVED\n\nThe listing of a book here does not preclude its review in a later issue of the journal. "
    "Publishers are asked to send review copies to the Reviews Editor, not to the General Editors.\n\n"
    "Quell, Ada T. Salt: The Harbour Trade in the North. New York: Gannet Press, 2006. 303 pp. $25.95.\n\n"
    "Vell, Tom. Harbour Law. Bd. 4: The Years of the Storms. Leeds: Lantern Books, 2003. xxiv + 1173 S.\n\n"
    "Reed, Ann, and Ivo Hale. The Great Harbours in History. Studies in the Northern Ports, 21. Cambridge: "
    "Hill Press, 2005. 250 pp. Originally published as Les grands ports (Paris: Seuil, 2004).\n",
    { XT_TITLE ("Salt"), XT_AUTHOR ("Quell"), XT_YEAR (2006), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_TITLE ("Harbour Law"), XT_AUTHOR ("Vell"), XT_YEAR (2003), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Leeds"),
      XT_TITLE ("The Great Harbours in History"), XT_AUTHOR ("Reed"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Hale"),
      XT_YEAR (2005) } },
  /* ---- the periodical a quoted piece came out in (attr-context.c) */
  { "/extract/notes10/quoted-piece-appeared-in",
    "Ada Quell's essay \"The Harbour Style in Northern Politics\" first appeared in Gannet Monthly in November 1964, "
    "and it is still the best thing on the subject.\n",
    { XT_TITLE ("The Harbour Style in Northern Politics"), XT_TYPE (CK_TYPE_ARTICLE_MAGAZINE),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Gannet Monthly"), XT_YEAR (1964) } },
  { "/extract/notes10/quoted-piece-appeared-in-place",
    "Ada Quell's \"The Harbour Style in Northern Politics\" appeared in London in 1964 to little notice.\n",
    { XT_TITLE ("The Harbour Style in Northern Politics"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, NULL) } },
  /* ---- a site's note of the print edition (print-line); a byline
   * corrects a bare line read as the reviewer's name */
  { "/extract/notes10/print-line-and-byline",
    "Harbour Row\n\nBy MARGARET HOLT\n\nJUNE 10, 2016\n\n"
    "THE SALT ROAD, by Ada Quell. (Gannet, $16.) A harbour town waits out a long winter in this quiet first novel, "
    "which follows three families through the storms.\n\n"
    "A version of this list appears in print on June 12, 2016, on Page 7 of the New York edition with the "
    "headline: Harbour Row.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The New York Times"), XT_FIELD (CK_FIELD_PAGES, "7"),
      XT_YEAR (2016), XT_AUTHOR ("Holt"),
      XT_TITLE ("THE SALT ROAD"), XT_AUTHOR ("Quell") } },
  /* ---- "(Whole No.54)" on a venue line (detect-venue.c) */
  { "/extract/notes10/venue-whole-number",
    "Paul Vell\n\nThe Harbour Takes Over?\n\n(June 1941)\n\n"
    "From The Harbour International, Vol.VII No.5 (Whole No.54), June 1941, pp.119-121.\nTranscribed by Ada Quell.\n\n"
    "The book is long and careful. It has been read by every historian of the ports since it appeared, and it will "
    "be read for many years to come by anyone who cares about them.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour International"), XT_FIELD (CK_FIELD_VOLUME, "VII"),
      XT_FIELD (CK_FIELD_ISSUE, "5"), XT_YEAR (1941) } },
  /* ---- an author set in italics under a book's heading (html-italics) */
  { "/extract/notes10/italic-author-line",
    "<h3>The Salt Road: A History of the Northern Ports</h3>\n<p><em>Ada Quell</em> Gannet Press (2016)</p>\n"
    "<p>A patient history of the ports of the north, told through the lives of the men and women who worked "
    "them, and of <em>The Harbour Letters</em>, which first made her name.</p>\n",
    { XT_ABSENT ("Ada Quell"), XT_TITLE ("The Harbour Letters") } },
  /* ---- a list's inverted names before a bracketed imprint (reference-entry) */
  { "/extract/notes10/reference-inverted-names",
    "The harbour book is long and careful. It has been read by every historian of the ports since it appeared, "
    "and it will be read for many years to come by anyone who cares about them.\n\n"
    "FURTHER READING\n\nQuell, A. B., New Ports after the War (London: Gannet Press, 1918).\n\n"
    "Vell, Tom R. (ed.), The Harbour City: Past, Present and Future (London: Lantern Books, 1992).\n",
    { XT_TITLE ("New Ports after the War"), XT_AUTHOR ("Quell"), XT_YEAR (1918),
      XT_TITLE ("The Harbour City"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_YEAR (1992),
      XT_ABSENT ("Vell, Tom R. (ed.), The Harbour City") } },
  /* ---- a forename alone before "and" shares the next name's family (spans.c) */
  { "/extract/notes10/shared-family-name",
    "THE SALT ROAD. By Sidney and Beatrice Vell. (Gannet. 15s.)\n\n"
    "The book is long and careful. It has been read by every historian of the ports since it appeared, and it "
    "will be read for many years.\n",
    { XT_TITLE ("THE SALT ROAD"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Vell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell") } },
  /* ---- an adjective between owner and title; a title stops before "or to" */
  { "/extract/notes10/possessive-adjective-or-to",
    "Readers should turn to Robert Vell's three-volume Harbour: A Political Life or to Ann Quell's new Harbour "
    "the Dictator.\n",
    { XT_TITLE ("Harbour"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_SUBTITLE, "A Political Life"),
      XT_TITLE ("Harbour the Dictator"), XT_AUTHOR ("Quell") } },
  /* ---- a header line's "Title edited by Name (Firm. £P)" (title-by) */
  { "/extract/notes10/header-edited-by-no-comma",
    "The Salt Road 1871 by Tom Vell (Gannet. \xc2\xa3" "4.50)\n"
    "The Salt Road of 1871: The View from the Left edited by Ada Quell (Lantern. \xc2\xa3" "3.50)\n\n"
    "Few episodes in the history of the ports have been claimed by so many owners as the long winter of the "
    "strike. Both books are long and careful.\n",
    { XT_TITLE ("The Salt Road of 1871"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern"),
      XT_TITLE ("The Salt Road 1871"), XT_AUTHOR ("Vell"), XT_FAMILY_NOT (CK_ROLE_EDITOR, 0, "Quell") } },
  /* ---- quotes inside a longer title; a quoted pronoun (quoted-title) */
  { "/extract/notes10/quote-inside-title",
    "He follows Vell's \u201cLeft-Hand\u201d Harbours: A Port Disorder in arguing for the unions, as Orr did in the "
    "essay 'Boys' Harbours' and in \"I\" and \"The Salt Road\".\n",
    { XT_ABSENT ("Left-Hand"), XT_ABSENT ("Boys"), XT_ABSENT ("I"), XT_TITLE ("The Salt Road") } },
  /* ---- a longer preposition in lower case inside a title (spans.c) */
  { "/extract/notes10/inner-preposition",
    "His last book was The Making of Harbour Mould through the Action of Tides (1881), and Vell's Evidence "
    "within the Salt Trade (1863) came before it.\n",
    { XT_TITLE ("The Making of Harbour Mould through the Action of Tides"), XT_YEAR (1881),
      XT_ABSENT ("The Making of Harbour Mould") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
