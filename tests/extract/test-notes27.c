/* test-notes27.c — conventions read in the twenty-seventh session.  Every
 * text is invented. */
#include "extract-test-util.h"

#define PROSE \
  "The prose of the review runs here, at the length of a paragraph of running text. It follows the " \
  "merchants along the coast and through the long silence after the war, and then it ends.\n"

static const XtCase cases[] = {
  /* ---- a plural possessive inside a title: "the Sailors’ Wages" (tokenize.c, detectors.c possessive) */
  { "/extract/notes27/plural-possessive-inside-title",
    PROSE "\nAda Quell\xe2\x80\x99s Salt and Tide: Tides and the Sailors\xe2\x80\x99 Wages (Gannet Press, 1987) "
    "recorded the wives\xe2\x80\x99 groups. Within a year Tom Vell had edited Harbour Lines: Notes on the "
    "Dockers' Wages (Harwell, 1985), and the men read it.\n",
    { XT_TITLE ("Salt and Tide"), XT_AUTHOR ("Quell"), XT_YEAR (1987),
      XT_FIELD (CK_FIELD_SUBTITLE, "Tides and the Sailors\xe2\x80\x99 Wages"),
      XT_TITLE ("Harbour Lines"), XT_YEAR (1985),
      XT_FIELD (CK_FIELD_SUBTITLE, "Notes on the Dockers' Wages"),
      XT_ABSENT ("Wages") } },
  /* a single quote left open is closed by the apostrophe, not read as a possessive */
  { "/extract/notes27/open-single-quote-closed-by-apostrophe",
    PROSE "\nHis essay \xe2\x80\x98The Last of the Sailors\xe2\x80\x99 appeared in Gannet Review (1961).\n",
    { XT_TITLE ("The Last of the Sailors") } },
  /* ---- a scholar's note: the volume after the title's comma, the set's size, a list of places, a
   * German title's small words (title-volume.c, detect-note-entry.c, function-words.txt) */
  { "/extract/notes27/note-volumes-and-place-list",
    PROSE "\nFor the older literature see J. E. Vell, A History of Salt Learning, i (2nd ed., Cambridge, 1908), "
    "and M. Orr, Geschichte der Salzstrasse, i-ii (Munich, 1902-07).\n\nNotes\n\n"
    "1. W. Orr, Die Salzstrasse vom Hafen bis zum Ende der Stadt, 2 vols., Saltsburg-Harz, 1931-39.\n"
    "2. E. Lind, Tide Tables, 4 vols., Vienna, Augsburg, and W\xc3\xbcrzburg, 1931-40.\n",
    { XT_TITLE ("A History of Salt Learning"), XT_FIELD (CK_FIELD_VOLUME, "i"), XT_YEAR (1908),
      XT_TITLE ("Geschichte der Salzstrasse"), XT_FIELD (CK_FIELD_VOLUME, "i-ii"),
      XT_TITLE ("Die Salzstrasse vom Hafen bis zum Ende der Stadt"), XT_AUTHOR ("Orr"),
      XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "2"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Saltsburg-Harz"), XT_YEAR (1931),
      XT_TITLE ("Tide Tables"), XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "4"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Vienna, Augsburg, and W\xc3\xbcrzburg"),
      XT_NO_TITLE_HAS (", i"), XT_NO_TITLE_HAS ("vols") } },
  /* a capital numeral after the comma may be the title's own */
  { "/extract/notes27/note-capital-numeral-kept",
    PROSE "\nSee J. E. Vell, Studies in Salt, IV (Cambridge, 1908), for the rest.\n",
    { XT_TITLE ("Studies in Salt, IV") } },
  /* ---- "Professor Vell (Salt: Trade and Empire, 1927)", "Quell (Salt Gods, Bari, 1919)": one work in
   * brackets after a styled name or with its place (detect-context.c surname-paren-list) */
  { "/extract/notes27/surname-paren-one-item",
    PROSE "\nThe theory was pressed hardest by Professor Vell (Salt: Trade and Empire, 1927), and by Quell "
    "(Salt Gods, Bari, 1919), while Orr (Gannet, 1990) was more cautious.\n",
    { XT_TITLE ("Salt"), XT_AUTHOR ("Vell"), XT_YEAR (1927),
      XT_TITLE ("Salt Gods"), XT_AUTHOR ("Quell"), XT_YEAR (1919), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Bari"),
      XT_ABSENT ("Gannet") } },
  /* ---- "Dom Ada Vell's T": a religious style is no given name (non-names.txt, non-titles.txt) */
  { "/extract/notes27/dom-style-not-given-name",
    PROSE "\nDom Piet Vell's The Cloister Salt Trade (Cambridge, 1933) is rightly praised in the notes.\n",
    { XT_TITLE ("The Cloister Salt Trade"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Piet") } },
  /* ---- an older journal's books received: "Family (Given). Title. Place: Firm. Year." (normalize-names.c,
   * detect-header.c inverted names with a trailing particle) */
  { "/extract/notes27/received-family-given-in-brackets",
    "                         BOOKS RECEIVED\n\n[Books listed here may be reviewed at length\n"
    "in a later issue.]\n\n"
    "Quell (J. R.). A Short Theory of Tides. London: Gannet & Co.\n   1936. Pp. xi + 208. 7s. 6d.\n\n"
    "Orr (Joan). The Salt Markets of the North. London:\n   Gannet & Co. 1937. Pp. x + 300. 15s.\n\n"
    "Lind (Piet von). Salt, Credit and the Crown. London: Jonathan Gannet. 1938.\n   Pp. 320. 12s. 6d.\n",
    { XT_TITLE ("A Short Theory of Tides"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "J. R."), XT_YEAR (1936),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_TITLE ("The Salt Markets of the North"), XT_AUTHOR ("Orr"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Joan"), XT_YEAR (1937),
      XT_TITLE ("Salt, Credit and the Crown"), XT_AUTHOR ("von Lind"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Piet"), XT_YEAR (1938),
      XT_NO_TITLE_HAS ("("), XT_NO_TITLE_HAS ("Quell"), XT_NO_TITLE_HAS ("Lind") } },
  /* prose with a name and a bracket at a line's start is left as it is */
  { "/extract/notes27/family-given-brackets-prose-untouched",
    PROSE "\nVell (1933) argued the point at length.\nQuell (Ada) said so. The Salt Road (Gannet, 1950) agreed.\n",
    { XT_TITLE ("The Salt Road"), XT_YEAR (1950), XT_NO_TITLE_HAS ("Quell, Ada") } },
  /* ---- known works (works.txt): a year in brackets dates one whose author the text names elsewhere,
   * even a possessive's ("Portnoy’s Complaint (1969)"); a comma inside one is crossed ("Goodbye,
   * Columbus (1959)"); British printing keeps "is" small (known-works.c) */
  { "/extract/notes27/known-work-dated-possessive-comma",
    "Philip Roth is the subject of this long study, which runs to six hundred pages.\n\n"
    PROSE "\nThe books of these years are uneven. The first she calls his best, but Portnoy\xe2\x80\x99s "
    "Complaint (1969) is read now for its noise. He began with Goodbye, Columbus (1959), a book of stories.\n\n"
    "Carson McCullers is not a beginner either. The Heart is a Lonely Hunter (1940) made her name.\n",
    { XT_TITLE ("Portnoy's Complaint"), XT_AUTHOR ("Roth"), XT_YEAR (1969),
      XT_TITLE ("Goodbye, Columbus"), XT_AUTHOR ("Roth"), XT_YEAR (1959),
      XT_TITLE_ANY ("The Heart Is a Lonely Hunter", "The Heart is a Lonely Hunter"), XT_YEAR (1940),
      XT_ABSENT ("Complaint"), XT_ABSENT ("Columbus"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Portnoy") } },
  /* ---- a quoted title the sentence marks as a work: "In “T,” written …", "wrote ‘T’", "‘T’, which first
   * appeared in …", "‘T’ is a great poem" — one word or commas inside (title-quoted.c) */
  { "/extract/notes27/quoted-strong-cues",
    PROSE "\nIn \xe2\x80\x9cHerons,\xe2\x80\x9d written on a pier at night, the grey birds turn to smoke. "
    "Vell went north for a month and wrote 'Harbour', which he later revised twice. The same fate befell "
    "'April 3, 1951', which first appeared in the Gannet Review that autumn.\n\n"
    "\xe2\x80\x98" "A Farewell to the Harbour, by Lamplight, of a Ferry at Dawn\xe2\x80\x99 is a great poem.\n",
    { XT_TITLE ("Herons"), XT_TITLE ("Harbour"), XT_TITLE ("April 3, 1951"),
      XT_TITLE ("A Farewell to the Harbour, by Lamplight, of a Ferry at Dawn") } },
  /* a quoted word with no such cue stays a word */
  { "/extract/notes27/quoted-word-no-cue",
    PROSE "\nThey wrote \xe2\x80\x9c" "anything,\xe2\x80\x9d she said. In \xe2\x80\x9c" "truth\xe2\x80\x9d "
    "nobody knew.\n",
    { XT_ABSENT ("anything"), XT_ABSENT ("truth") } },
  /* ---- an annotated listing: the entry, a code set far right under it, the annotation citing other
   * books (detect-styles.c: the code ends the entry).  A guard: this invented text is read right by the
   * code before the change too (another reader takes the entry); the layout the change is for is not
   * reproduced here */
  { "/extract/notes27/annotated-listing-code-line",
    "NEW SALT BOOKS, ANNOTATED\n\nS1  Salt Trade: General\n\n"
    "VELL, ROBERT. The Salt Harbours of the North: Trade and Tide since 1800. Leith and Oxford: "
    "Gannet University Press, 1999. Pp. xii, 301. $24.50.\n"
    "                                                                    SAL 1999-0417\n"
    "Carries the argument of the author's The Salt Ledger and the Crown (1984) into the years after "
    "the war at sea. Vell teaches at Gannet University. Index.\n",
    { XT_TITLE ("The Salt Harbours of the North"), XT_AUTHOR ("Vell"), XT_YEAR (1999),
      XT_TITLE ("The Salt Ledger and the Crown"), XT_YEAR (1984) } },
  /* ---- "Firm: Place Year", the other way round (assemble.c); "By the Countess of Vell" (detect-header.c) */
  { "/extract/notes27/firm-colon-place-and-peer-byline",
    "Ada Vell, Salt: A Story of Three Ports, Gannet Press: London 1983. 290 pp., \xc2\xa3" "5.50 paperback.\n\n"
    PROSE "\nSalt on the Coast. By the Countess of Quell. (Gannet Pamphlets. 4d.)\n\n" PROSE,
    { XT_TITLE ("Salt"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_YEAR (1983), XT_TITLE ("Salt on the Coast"), XT_AUTHOR ("Quell") } },
  /* ---- "Vell's Old Sailor, Wait! (Gannet, 1949)": an exclamation closes a title with a comma
   * as a question does (detect-context.c) */
  { "/extract/notes27/comma-title-exclamation",
    PROSE "\nThe long chapters follow the merchants along the coast, as others have done before. And Ada "
    "Vell's Old Sailor, Wait! (Gannet, 1949) covers some of the same ground.\n",
    { XT_TITLE ("Old Sailor, Wait!"), XT_AUTHOR ("Vell"), XT_YEAR (1949), XT_ABSENT ("Old Sailor"), XT_ABSENT ("Wait!") } },
  /* ---- "“T,” edited by X (Firm, 1931)": the role, its names and the imprint go with the quoted title,
   * and the brackets are no list of X's works (detectors.c quoted-title, name-paren-list) */
  { "/extract/notes27/quoted-title-edited-by-imprint",
    PROSE "\nThe spring number of the review and the book it became, \"The Salt Coast,\" edited by "
    "Ada Marsh (Tom and Ben Gannet, 1931), have between them made the case.\n",
    { XT_TITLE ("The Salt Coast"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Marsh"), XT_YEAR (1931),
      XT_FIELD (CK_FIELD_PUBLISHER, "Tom and Ben Gannet"), XT_ABSENT ("Tom and Ben Gannet") } },
  /* ---- "the Castle gardens": a known one-word title after "the" with a word after it is an adjective
   * (known-works.c); "available in English (trans. X, London, 1931)": a language is no title (title-imprint) */
  { "/extract/notes27/adjective-and-language-no-title",
    "Franz Kafka is the subject of this long study, which runs to six hundred pages.\n\n"
    PROSE "\nThe last chapter walks through the Castle gardens, which Kafka knew. Vell, whose Salt Roads is now "
    "available in English (trans. T. R. Orr, London, 1931), says the same.\n",
    { XT_ABSENT ("Castle"), XT_ABSENT ("The Castle"), XT_ABSENT ("English") } },
  /* ---- people are no titles: "the death of John Vell in 1788" (detect-bare.c), "the return to work, Tom
   * Vell had …" (title-list) */
  { "/extract/notes27/person-not-title",
    PROSE "\nThe poem ties the death of Ada Vell in 1781 and of John Vell in 1788 to its grief. Within a "
    "year of the return to work, Tom Orr had edited Salt Harbours: Notes on the Sailors' Wages (Gannet, 1979).\n",
    { XT_ABSENT ("John Vell"), XT_ABSENT ("Tom Orr"), XT_TITLE ("Salt Harbours"), XT_YEAR (1979) } },
  /* ---- catalogue cards between rules: a year's work mark "1949a" in the margin, ", by X ..." after a
   * title's question, a co-publisher after a semicolon, a supplied edition "[2d ed.]", a semicolon
   * before the other title information (normalize-cards.c, detect-bookseller.c) */
  { "/extract/notes27/cards-between-rules",
    "--------------------------------------------------------------------\n"
    "GB          Vell, Tom Alder, 1871-1940.\n"
    "471           The salt of the marshes, by Tom Vell ... New\n"
    ".V4         Haven, Gannet university press; London, H. Orr,\n"
    "            Oxford university press, 1929.\n"
    "              xi, 188 p.  front., illus., maps.  23 cm.\n"
    "--------------------------------------------------------------------\n"
    "GB          Lind, Ada, 1880-1951.\n"
    "475           Where is the salt? The chemistry of the shallow\n"
    ".L56        sea, by Ada Lind ... Cambridge [Eng.] The\n"
    "            University press, 1938.\n"
    "              vi, 84 p.  illus.  19 cm.\n"
    "--------------------------------------------------------------------\n"
    "GB          Quell, Pierre Marcel.\n"
    "480           Tide and marsh; a study of the coastal philos-\n"
    ".Q4513      ophy of old harbours.  Translated from the French by\n"
    "            Tom Orr.  [2d ed.]  New York, Gannet,\n"
    "            1958.\n"
    "              x, 176 p.  22 cm.\n"
    "--------------------------------------------------------------------\n"
    "GB          Orr, Tom Robert, 1799-1870.\n"
    "490           On the making of salt pans by means of natural evap-\n"
    ".O7         oration, or the keeping of marsh rights in the coun-\n"
    "1841a       ty of Leith.  Cambridge, Gannet Univer-\n"
    "            sity Press, 1952.\n"
    "              xx, 311 p.  maps.  22 cm.\n",
    { XT_TITLE ("The salt of the marshes"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New Haven"), XT_YEAR (1929),
      XT_TITLE_ANY ("Where is the salt?", "Where is the salt? The chemistry of the shallow sea"), XT_AUTHOR ("Lind"),
      XT_TITLE ("Tide and marsh"), XT_FIELD (CK_FIELD_SUBTITLE, "a study of the coastal philosophy of old harbours"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_YEAR (1958),
      XT_TITLE ("On the making of salt pans by means of natural evaporation, or the keeping of marsh rights in the "
                "county of Leith"), XT_YEAR (1952),
      XT_NO_TITLE_HAS ("1841a"), XT_NO_TITLE_HAS ("by Ada Lind") } },
  /* ---- an older journal's shorter notices: "Title. By Name. (Firm. 7s. 6d. net.)--prose" in title case,
   * the imprint wrapped (detect-header.c) */
  { "/extract/notes27/shorter-notices-title-by-paren-dash",
    "                       SHORTER NOTICES.\n\n"
    "  A Second Look at the Salt Laws: being a Reply to The Salt\nCommissioners of the Port. By J. M. Vell. (Gannet.\n"
    "5s. net.)--Mr. Vell's book was much talked of last spring, and the harbour board has since taken up\n"
    "most of his proposals for the weighing of cargo.\n\n"
    "  Harbour Dues. By Walter Orr. (Tom and Gannet.\n8s. 6d. net.)--Mr. Orr asks how a small port,\n"
    "which sees a ship a week, can be expected to pay for its own light.\n",
    { XT_TITLE ("A Second Look at the Salt Laws"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_TITLE ("Harbour Dues"), XT_AUTHOR ("Orr"), XT_FIELD (CK_FIELD_PUBLISHER, "Tom and Gannet") } },
  /* ---- a journal's list of new books: the imprint in brackets with its extent, "von" after the given
   * names, a row of dashes and its stop repeating the author (detect-bookseller.c) */
  { "/extract/notes27/recent-publications-bracket-imprint-ditto",
    "RECENT PUBLICATIONS\n\n"
    "Vell, Sir Thomas H. Work and Wages in a Salt Town. (London:\n   George Tom & Gannet. 1948. Pp. 312. 10s. 6d.)\n"
    "Lind, Piet von. Salt Offices. (New Haven: Gannet Univer-\n   sity Press. 1948. Pp. vi, 140. $2.50.)\n"
    "---------. The Salt Monopoly: The Rise of the Harbour Board and\n   the Port Dues. (New Haven: Gannet University Press. 1948. "
    "Pp. xi, 260.\n   $3.25.)\n",
    { XT_TITLE ("Work and Wages in a Salt Town"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "George Tom & Gannet"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1948),
      XT_TITLE ("Salt Offices"), XT_AUTHOR ("von Lind"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"),
      XT_TITLE ("The Salt Monopoly"), XT_AUTHOR ("von Lind"), XT_YEAR (1948) } },
  /* ---- a press's own catalogue: columns two spaces apart ("Paper  $31.50S  978-…"), a trade-discount
   * code after the price, the masthead as the publisher of every priced entry (assemble.c,
   * detect-press-list.c) */
  { "/extract/notes27/press-catalogue-columns-masthead",
    "GANNET UNIVERSITY PRESS\nNEW BOOKS  \xc2\xb7  SPRING 1997\n\nSTILL IN PRINT\n\n"
    "A Ledger History of the Salt Trade, 1790\xe2\x80\x93" "1870\nTom Vell & Ada Marsh Orr\n"
    "Paper  $31.50S  978-1-23456-789-7\n1971.  610 pages.\n\n"
    "The Long Salt Road\nPorts, Pans, and the Making of the Northern Salt Trade\nPiet Lind\n"
    "Paper  $22.00S  978-1-23456-790-3\n1994.  344 pages.\n",
    { XT_TITLE ("A Ledger History of the Salt Trade, 1790\xe2\x80\x93" "1870"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"), XT_FIELD (CK_FIELD_ISBN, "978-1-23456-789-7"),
      XT_TITLE ("The Long Salt Road"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"),
      XT_NO_WORK_HAS ("Paper  $31.50S") } },
  /* ---- a dealer's entry whose title line holds several sentences: the first is the title, the rest of the
   * line its subtitle, the imprint on the next line (detect-bookseller.c) */
  { "/extract/notes27/dealer-title-line-sentences",
    "New Stock\n\n---\n\nVELL, Piet (1801-1870).\n"
    "Das Salz. Eine Geschichte der Salinen. Zweiter Teil.\nLeipzig: Verlag von Ada Gannet, 1851.\n\n"
    "FIRST EDITION, one of 500 copies. Octavo. Later boards.\n\n---\n\n"
    "ORR, Ada (1900-1970).\nQuiet salt.  Woodcuts by Tom and Ben Lind.\nBoston, Gannet Hall, 1955.\n\n"
    "FIRST EDITION. Octavo. Original cloth.\n",
    { XT_TITLE ("Das Salz"), XT_FIELD (CK_FIELD_SUBTITLE, "Eine Geschichte der Salinen. Zweiter Teil"),
      XT_AUTHOR ("Vell"), XT_YEAR (1851), XT_TITLE ("Quiet salt"), XT_NO_TITLE_HAS ("Woodcuts") } },
  /* ---- a quoted title the works lexicon knows stands firm even when it reads as a person's name
   * ('Eliot, whose "Silas Marner"'); a known one-word title in quotes stays a word (detectors.c quoted-title) */
  { "/extract/notes27/quoted-known-title",
    PROSE "\nThe novel owes most to Eliot, whose \"Silas Marner\" it imitates. He spoke of \"Honour\" often.\n",
    { XT_TITLE ("Silas Marner"), XT_AUTHOR ("Eliot"), XT_ABSENT ("Honour") } },
  /* ---- a magazine page's header: the title, "Name, translated by X", a blank line, then the imprint
   * (detectors.c header-block, title-by) */
  { "/extract/notes27/header-imprint-after-blank-line",
    "Lost at sea? Ada Vell\xe2\x80\x99s Harbour reviewed\n\nThe third book about the harbour master is short and grim\n\n"
    "Ben Lind\n\nHarbour\nAda Vell, translated by Tom Orr\n\nGannet Books, pp. 288, \xc2\xa3" "14.99, Bookshop "
    "\xc2\xa3" "12.99\n\n" PROSE,
    { XT_TITLE ("Harbour"), XT_AUTHOR ("Vell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Orr"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books"), XT_ABSENT ("Ada Vell") } },
  /* ---- "PIETRO DI VELLA: The Salt. Translated by X. 290 pp. Firm. 16s.": a particle inside a name in
   * capitals before the colon (detect-header.c) */
  { "/extract/notes27/caps-name-particle-colon",
    "A LORD OF SALT\n\nPIETRO DI VELLA: The Salt. Translated by Ada Orr. 290 pp. Tom and Gannet Press. 16s.\n\n"
    PROSE,
    { XT_TITLE ("The Salt"), XT_AUTHOR ("Di Vella"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Orr"), XT_NO_TITLE_HAS ("VELLA") } },
  /* ---- a weekly's first glances: a subject's label over the entry, a style before the name, three
   * authors with commas (detect-dash-entry.c) */
  { "/extract/notes27/dash-entries-label-style-names",
    "New Books at a Glance\n\nGeology\nTHE SALT IN THEIR SEAS\xe2\x80\x94Sir Tom Vell\xe2\x80\x94\n"
    "Gannet, 204 p., $3. Sir Tom writes plainly, and the reader of these chapters never feels\n"
    "that he is being lectured.\n\n"
    "THE STUDY OF SALT\xe2\x80\x94" "A. B. Orr, Tom R. Lind and C. D. Orr\xe2\x80\x94" "Gannet, Marsh, 960 p., $8. "
    "What this long work sets out to do for the whole of the coast is a great deal.\n",
    { XT_TITLE ("THE SALT IN THEIR SEAS"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Tom"),
      XT_TITLE ("THE STUDY OF SALT"), XT_AUTHOR ("Orr"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Lind"),
      XT_NO_TITLE_HAS ("Geology") } },
  /* ---- "MRS. VELL'S SALT KITCHEN." opening a line in capitals: the possessive is the title's own, no
   * book "SALT KITCHEN" by Vell (detectors.c possessive) */
  { "/extract/notes27/caps-title-own-possessive",
    "BOOKS RECEIVED\n\nBooks named in this list may be noticed again at greater length in a\n"
    "later issue of the journal.\n\nMRS. VELL'S SALT KITCHEN AND LARDER. New edition, much\nenlarged. Ward, "
    "Gannet. 30s.\n    A sound book, the best of the cheaper household books on the subject.\n",
    { XT_ABSENT ("SALT KITCHEN AND LARDER"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Vell") } },
  /* ---- "pp. 388" on a header's line is the book's length, "(p. 84)" inline the page cited (assemble.c) */
  { "/extract/notes27/header-pp-is-extent",
    "THE SALT ROAD. By ADA VELL. pp. 388. London, Gannet Publishing, 2011. \xc2\xa3" "25.00.\n\n" PROSE,
    { XT_TITLE ("THE SALT ROAD"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "388"), XT_FIELD (CK_FIELD_PAGES, NULL) } },
  /* ---- the review's own headline without the site's "Book Review:" label (merge.c) */
  { "/extract/notes27/self-title-without-review-label",
    "Book Review: Vell and Salt\n\n" PROSE "\nFrom the March 1951 issue of the Socialist Standard\n",
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Vell and Salt"), XT_NO_TITLE_HAS ("Book Review") } },
  /* ---- "(Salt History, Volume 7, nos. 2/3, Winter 1983–84)": an issue by volume and number (periodical-issue) */
  { "/extract/notes27/periodical-issue-volume-number",
    PROSE "\nReaders will find the background in our own double issue on the ports (Salt History, Volume 7, nos. 2/3, "
    "Winter 1983\xe2\x80\x93" "84). What he adds is a list of ships, as in our own pages (Salt History, Volume 2, no 3, "
    "Autumn 1979).\n",
    { XT_CONTAINER ("Salt History"), XT_FIELD (CK_FIELD_VOLUME, "7"), XT_FIELD (CK_FIELD_ISSUE, "2/3"), XT_YEAR (1983) } },
  /* ---- two owners before a possessive: "Tor and Best's", "Marsh and Simon Orr's", "Sidney and Beatrice
   * Vell's" (spans.c ck_owner_pair_start, detectors.c) */
  { "/extract/notes27/possessive-two-owners",
    PROSE "\nIt became the handbook for historians, Marsh and Simon Orr\xe2\x80\x99s The Harbour and the Salt-Pan (1981). "
    "Anyone who has read Sidney and Beatrice Vell\xe2\x80\x99s The Old Salt Ballads (1966) knows. Lind shows that "
    "Tor and Best\xe2\x80\x99s first paper, \xe2\x80\x9cThe Weight of the Salt,\xe2\x80\x9d was short.\n",
    { XT_TITLE ("The Harbour and the Salt-Pan"), XT_AUTHOR ("Marsh"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Orr"),
      XT_TITLE ("The Old Salt Ballads"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Sidney"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"),
      XT_TITLE ("The Weight of the Salt"), XT_AUTHOR ("Tor"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Best") } },
  /* ---- a note's number glued to a year's stop: "appeared in these pages in 1972.1 Leith" (tokenize.c);
   * "during" and "under" stay small inside a title */
  { "/extract/notes27/year-stop-note-number",
    PROSE "\nIts core has been stable since \xe2\x80\x98The Four Ports of the Salt Coast\xe2\x80\x99 appeared in these "
    "pages in 1972.1 Leith, for Vell, was a harbour. The standard account is Salt Harbours during the War: A "
    "History (Gannet, 1990).\n",
    { XT_TITLE ("The Four Ports of the Salt Coast"), XT_YEAR (1972),
      XT_TITLE ("Salt Harbours during the War"), XT_YEAR (1990) } },
  /* ---- "the director of three films—T1, T2, and T3—": films announce titles as novels do (cues.txt,
   * title-list); "the films, Ada Vell's novel T": an owner is no title of the list */
  { "/extract/notes27/films-dash-list",
    PROSE "\nIn May 1971, Tom Vell, then forty and the director of three films\xe2\x80\x94The Salt Wives, Call the "
    "Harbour Master, and Ada and Salt\xe2\x80\x94spent a month on the coast. He is alert to the romance of the port "
    "\xe2\x80\x93 the songs, the films, Ada Orr\xe2\x80\x99s novel Quay (1999) \xe2\x80\x93 and to its decline.\n",
    { XT_TITLE ("The Salt Wives"), XT_TITLE ("Call the Harbour Master"), XT_TITLE ("Ada and Salt"),
      XT_ABSENT ("Ada Orr") } },
  /* ---- 'Vell, whose “Mareas”': a quoted word after "whose" is the writer's work (title-quoted.c) */
  { "/extract/notes27/quoted-after-whose",
    PROSE "\nThe obvious master is Vell, whose \xe2\x80\x9c" "Mareas\xe2\x80\x9d he read at twenty.\n",
    { XT_TITLE ("Mareas"), XT_AUTHOR ("Vell") } },
  /* ---- "José Vells' La CGT en la historia española (Toulouse, 1961–64)": a foreign title after a
   * plural possessive keeps its small words (detect-poss-s.c, function-words.txt "en") */
  { "/extract/notes27/poss-s-foreign-title",
    PROSE "\nJos\xc3\xa9 Vells\xe2\x80\x99 La CGT en la historia espa\xc3\xb1ola (Toulouse, 1961\xe2\x80\x93" "64) is more "
    "informative.\n",
    { XT_TITLE ("La CGT en la historia espa\xc3\xb1ola"), XT_AUTHOR ("Vells"), XT_YEAR (1961) } },
  /* ---- "whose Salt Annals Professor Orr quotes": a styled name after the title is the clause's
   * subject (detect-whose.c) */
  { "/extract/notes27/whose-title-then-styled-subject",
    PROSE "\nThe best source is Ada of Vell, whose Salt Annals Professor Orr quotes on every page of his book.\n",
    { XT_TITLE ("Salt Annals"), XT_NO_TITLE_HAS ("Professor") } },
  /* ---- "Tom Vell. Title: Subtitle." over its imprint line: the name is a unit of its own
   * (detectors.c header-block) */
  { "/extract/notes27/header-name-sentence-then-title",
    "Salt Quarterly 41.3 (Autumn 1998)\n\nTom Vell. Tides in the Town: How the Salt Came Ashore.\n"
    "New York: A. B. Gannet & Company, 1997. 352 pp. index. illus. bibl. $24.00.\n\n" PROSE,
    { XT_TITLE ("Tides in the Town"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Tom"), XT_YEAR (1997),
      XT_NO_TITLE_HAS ("Tom") } },
  /* ---- "Third Edition" on a catalogue entry's line is an edition, no author (detectors.c header-block) */
  { "/extract/notes27/edition-line-no-author",
    "GANNET REFERENCE 1993\n\nThe Short Salt Dictionary\nThird Edition\nEdited by Ada Vell\n"
    "1-23-456789-0 | 880 pages | 1992 | Hardback | \xc2\xa3" "12.50\n\n" PROSE,
    { XT_TITLE ("The Short Salt Dictionary"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Edition") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
