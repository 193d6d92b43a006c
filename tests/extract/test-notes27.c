/* test-notes27.c — conventions read in the twenty-seventh session.  Every
 * text is invented. */
#include "extract-test-util.h"

#define PROSE \
  "The prose of the review runs here, at the length of a paragraph of running text. It follows the " \
  "merchants along the coast and through the long silence after the war, and then it ends.\n"

static const XtCase cases[] = {
  /* ---- a plural possessive inside a title: "the Sailors’ Strike" (tokenize.c, detectors.c possessive) */
  { "/extract/notes27/plural-possessive-inside-title",
    PROSE "\nAda Quell\xe2\x80\x99s Salt and Tide: Women and the Sailors\xe2\x80\x99 Strike (Gannet Press, 1987) "
    "recorded the wives\xe2\x80\x99 groups. Within a year Tom Vell had edited Harbour Lines: Issues in the "
    "Dockers' Strike (Harwell, 1985), and the men read it.\n",
    { XT_TITLE ("Salt and Tide"), XT_AUTHOR ("Quell"), XT_YEAR (1987),
      XT_FIELD (CK_FIELD_SUBTITLE, "Women and the Sailors\xe2\x80\x99 Strike"),
      XT_TITLE ("Harbour Lines"), XT_YEAR (1985),
      XT_FIELD (CK_FIELD_SUBTITLE, "Issues in the Dockers' Strike"),
      XT_ABSENT ("Strike") } },
  /* a single quote left open is closed by the apostrophe, not read as a possessive */
  { "/extract/notes27/open-single-quote-closed-by-apostrophe",
    PROSE "\nHis essay \xe2\x80\x98The Last of the Sailors\xe2\x80\x99 appeared in Gannet Review (1961).\n",
    { XT_TITLE ("The Last of the Sailors") } },
  /* ---- a scholar's note: the volume after the title's comma, the set's size, a list of places, a
   * German title's small words (title-volume.c, detect-note-entry.c, function-words.txt) */
  { "/extract/notes27/note-volumes-and-place-list",
    PROSE "\nFor the older literature see J. E. Vell, A History of Salt Scholarship, i (3rd ed., Cambridge, 1921), "
    "and M. Orr, Geschichte der Salzstrasse des Mittelalters, i-ii (Munich, 1911-23).\n\nNotes\n\n"
    "1. W. Orr, Die Salzstrasse vom Mittelalter bis zum Ende der Renaissance, 2 vols., Wildpark-Potsdam, 1914-29.\n"
    "2. E. Lind, Tide Tables, 4 vols., W\xc3\xbcrzburg, Augsburg, and Vienna, 1925-78.\n",
    { XT_TITLE ("A History of Salt Scholarship"), XT_FIELD (CK_FIELD_VOLUME, "i"), XT_YEAR (1921),
      XT_TITLE ("Geschichte der Salzstrasse des Mittelalters"), XT_FIELD (CK_FIELD_VOLUME, "i-ii"),
      XT_TITLE ("Die Salzstrasse vom Mittelalter bis zum Ende der Renaissance"), XT_AUTHOR ("Orr"),
      XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "2"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Wildpark-Potsdam"), XT_YEAR (1914),
      XT_TITLE ("Tide Tables"), XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "4"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "W\xc3\xbcrzburg, Augsburg, and Vienna"),
      XT_NO_TITLE_HAS (", i"), XT_NO_TITLE_HAS ("vols") } },
  /* a capital numeral after the comma may be the title's own */
  { "/extract/notes27/note-capital-numeral-kept",
    PROSE "\nSee J. E. Vell, Studies in Salt, IV (Cambridge, 1921), for the rest.\n",
    { XT_TITLE ("Studies in Salt, IV") } },
  /* ---- "Professor Vell (Salt: Man and Thinker, 1925)", "Quell (Zagreus, Bari, 1920)": one work in
   * brackets after a styled name or with its place (detect-context.c surname-paren-list) */
  { "/extract/notes27/surname-paren-one-item",
    PROSE "\nThe theory was pressed hardest by Professor Vell (Salt: Man and Thinker, 1925), and by Quell "
    "(Zagreus, Bari, 1920), while Orr (Gannet, 1990) was more cautious.\n",
    { XT_TITLE ("Salt"), XT_AUTHOR ("Vell"), XT_YEAR (1925),
      XT_TITLE ("Zagreus"), XT_AUTHOR ("Quell"), XT_YEAR (1920), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Bari"),
      XT_ABSENT ("Gannet") } },
  /* ---- "Dom Ada Vell's T": a religious style is no given name (non-names.txt, non-titles.txt) */
  { "/extract/notes27/dom-style-not-given-name",
    PROSE "\nDom Piet Vell's The Monastic Salt Trade (Cambridge, 1940) is rightly praised in the notes.\n",
    { XT_TITLE ("The Monastic Salt Trade"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Piet") } },
  /* ---- an older journal's books received: "Family (Given). Title. Place: Firm. Year." (normalize-names.c,
   * detect-header.c inverted names with a trailing particle) */
  { "/extract/notes27/received-family-given-in-brackets",
    "                         BOOKS RECEIVED\n\n[The inclusion of a book in this list does not preclude its\n"
    "review in a subsequent number.]\n\n"
    "Quell (J. R.). The Theory of Tides. London: Gannet & Co.\n   1932. Pp. xiii + 247. 8s. 6d.\n\n"
    "Orr (Joan). The Economics of Imperfect Salt. London:\n   Gannet & Co. 1933. Pp. xii + 352. 18s.\n\n"
    "Lind (Piet von). The Theory of Salt and Credit. London: Jonathan Gannet. 1934.\n   Pp. 445. 15s.\n",
    { XT_TITLE ("The Theory of Tides"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "J. R."), XT_YEAR (1932),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_TITLE ("The Economics of Imperfect Salt"), XT_AUTHOR ("Orr"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Joan"), XT_YEAR (1933),
      XT_TITLE ("The Theory of Salt and Credit"), XT_AUTHOR ("von Lind"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Piet"), XT_YEAR (1934),
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
    PROSE "\nIn \xe2\x80\x9cHerons,\xe2\x80\x9d written in a hospital bed, the grey birds become a threat. "
    "Vell came home early and wrote 'Harbour', and then spent his life disowning it. The same fate befell "
    "'May 1, 1939', which first appeared in the Gannet Review that autumn.\n\n"
    "\xe2\x80\x98" "A Refusal to Sail the Coast, by Night, of a Boat in Leith\xe2\x80\x99 is a great poem.\n",
    { XT_TITLE ("Herons"), XT_TITLE ("Harbour"), XT_TITLE ("May 1, 1939"),
      XT_TITLE ("A Refusal to Sail the Coast, by Night, of a Boat in Leith") } },
  /* a quoted word with no such cue stays a word */
  { "/extract/notes27/quoted-word-no-cue",
    PROSE "\nThey wrote \xe2\x80\x9c" "anything,\xe2\x80\x9d she said. In \xe2\x80\x9c" "truth\xe2\x80\x9d "
    "nobody knew.\n",
    { XT_ABSENT ("anything"), XT_ABSENT ("truth") } },
  /* ---- an annotated listing: the entry, a code set far right under it, the annotation citing other
   * books (detect-styles.c: the code ends the entry) */
  { "/extract/notes27/annotated-listing-code-line",
    "ANNOTATED LISTING OF NEW BOOKS\n\nF0  International Salt: General\n\n"
    "VELL, ROBERT. The Challenge of Global Salt: The Salt Economy in the 21st Century. Princeton and Oxford: "
    "Gannet University Press, 2000. Pp. xiv, 373. $29.95.\n"
    "                                                                    JEL 2000-1034\n"
    "Extends the analysis of the author's The Political Economy of Salt Relations (1987) to the decade since "
    "the end of the war. Vell is Professor Emeritus at Gannet University. Index.\n",
    { XT_TITLE ("The Challenge of Global Salt"), XT_AUTHOR ("Vell"), XT_YEAR (2000),
      XT_TITLE ("The Political Economy of Salt Relations"), XT_YEAR (1987) } },
  /* ---- "Firm: Place Year", the other way round (assemble.c); "By the Duchess of Vell" (detect-header.c) */
  { "/extract/notes27/firm-colon-place-and-peer-byline",
    "Ada Vell, Salt: A Tale of Two Harbours, Gannet Press: London 1987. 336 pp., \xc2\xa3" "6.95 paperback.\n\n"
    PROSE "\nSalt on the Coast. By the Duchess of Quell. (Gannet Specials. 6d.)\n\n" PROSE,
    { XT_TITLE ("Salt"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_YEAR (1987), XT_TITLE ("Salt on the Coast"), XT_AUTHOR ("Quell") } },
  /* ---- "Vell's Grey Man, Listen! (Gannet, 1957)": an exclamation closes a title with a comma
   * as a question does (detect-context.c) */
  { "/extract/notes27/comma-title-exclamation",
    PROSE "\nThe long chapters follow the merchants along the coast, as others have done before. And Ada "
    "Vell's Grey Man, Listen! (Gannet, 1957) covers some of the same ground.\n",
    { XT_TITLE ("Grey Man, Listen!"), XT_AUTHOR ("Vell"), XT_YEAR (1957), XT_ABSENT ("Grey Man"), XT_ABSENT ("Listen!") } },
  /* ---- "“T,” edited by X (Firm, 1925)": the role, its names and the imprint go with the quoted title,
   * and the brackets are no list of X's works (detectors.c quoted-title, name-paren-list) */
  { "/extract/notes27/quoted-title-edited-by-imprint",
    PROSE "\nThe harbour number of the review and the book which grew out of it, \"The New Harbour,\" edited by "
    "Ada Lock (Albert and Charles Gannet, 1925), have between them made the case.\n",
    { XT_TITLE ("The New Harbour"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Lock"), XT_YEAR (1925),
      XT_FIELD (CK_FIELD_PUBLISHER, "Albert and Charles Gannet"), XT_ABSENT ("Albert and Charles Gannet") } },
  /* ---- "the American years": a known one-word title after "the" with a word after it is an adjective
   * (known-works.c); "accessible in English (trans. X, London, 1925)": a language is no title (title-imprint) */
  { "/extract/notes27/adjective-and-language-no-title",
    "Henry James is the subject of this long study, which runs to six hundred pages.\n\n"
    PROSE "\nThe third part covers the American years, when James lived abroad. Vell, whose Salt Roads is now "
    "accessible in English (trans. W. B. Orr, London, 1925), says the same.\n",
    { XT_ABSENT ("American"), XT_ABSENT ("The American"), XT_ABSENT ("English") } },
  /* ---- people are no titles: "the death of John Vell in 1601" (detect-bare.c), "the return to work, Huw
   * Vell had …" (title-list) */
  { "/extract/notes27/person-not-title",
    PROSE "\nThe play connects the death of Hamnet Vell in 1596 and of John Vell in 1601 with its grief. Within a "
    "year of the return to work, Huw Orr had edited Digging Harbours: Issues in the Sailors' Strike (Gannet, 1985).\n",
    { XT_ABSENT ("John Vell"), XT_ABSENT ("Huw Orr"), XT_TITLE ("Digging Harbours"), XT_YEAR (1985) } },
  /* ---- catalogue cards between rules: a year's work mark "1949a" in the margin, ", by X ..." after a
   * title's question, a co-publisher after a semicolon, a supplied edition "[1st American ed.]", a semicolon
   * before the other title information (normalize-cards.c, detect-bookseller.c) */
  { "/extract/notes27/cards-between-rules",
    "--------------------------------------------------------------------\n"
    "QB          Vell, Edwin Powell, 1889-1953.\n"
    "851           The realm of the salt, by Edwin Vell ... New\n"
    ".H8         Haven, Gannet university press; London, H. Orr,\n"
    "            Oxford university press, 1936.\n"
    "              xiii, 207 p.  front., illus., plates, diagrs.  24 cm.\n"
    "--------------------------------------------------------------------\n"
    "QH          Lind, Ada, 1887-1961.\n"
    "331           What is salt? The physical aspect of the living\n"
    ".S357       cell, by Ada Lind ... Cambridge [Eng.] The\n"
    "            University press, 1944.\n"
    "              viii, 91, [1] p.  illus., diagrs.  19 cm.\n"
    "--------------------------------------------------------------------\n"
    "QH          Quell, Jacques Lucien.\n"
    "501           Chance and salt; an essay on the natural philos-\n"
    ".M5813      ophy of modern tides.  Translated from the French by\n"
    "            Tom Orr.  [1st American ed.]  New York, Gannet,\n"
    "            1971.\n"
    "              xiv, 198, xi p.  22 cm.\n"
    "--------------------------------------------------------------------\n"
    "QH          Orr, Charles Robert, 1809-1882.\n"
    "365           On the origin of salt by means of natural selec-\n"
    ".O2         tion, or the preservation of favoured tides in the strug-\n"
    "1859a       gle for life.  Cambridge, Gannet Univer-\n"
    "            sity Press, 1964.\n"
    "              xxvii, ix, 502 p.  diagr.  22 cm.\n",
    { XT_TITLE ("The realm of the salt"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New Haven"), XT_YEAR (1936),
      XT_TITLE_ANY ("What is salt?", "What is salt? The physical aspect of the living cell"), XT_AUTHOR ("Lind"),
      XT_TITLE ("Chance and salt"), XT_FIELD (CK_FIELD_SUBTITLE, "an essay on the natural philosophy of modern tides"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_YEAR (1971),
      XT_TITLE ("On the origin of salt by means of natural selection, or the preservation of favoured tides in the "
                "struggle for life"), XT_YEAR (1964),
      XT_NO_TITLE_HAS ("1859a"), XT_NO_TITLE_HAS ("by Ada Lind") } },
  /* ---- an older journal's shorter notices: "Title. By Name. (Firm. 7s. 6d. net.)--prose" in title case,
   * the imprint wrapped (detect-header.c) */
  { "/extract/notes27/shorter-notices-title-by-paren-dash",
    "                       SHORTER NOTICES.\n\n"
    "  A Revision of the Salt Treaty: being a Sequel to The Salt\nConsequences of the Peace. By J. M. Vell. (Gannet.\n"
    "7s. 6d. net.)--Mr. Vell's book was the most discussed of the year, and its predictions have been so far\n"
    "fulfilled that the commission has itself adopted the greater part of his argument.\n\n"
    "  Public Salt. By Walter Orr. (Allen and Gannet.\n12s. 6d. net.)--Mr. Orr asks how the ordinary citizen,\n"
    "who knows the world only through the pictures in his head, can be expected to govern it.\n",
    { XT_TITLE ("A Revision of the Salt Treaty"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_TITLE ("Public Salt"), XT_AUTHOR ("Orr"), XT_FIELD (CK_FIELD_PUBLISHER, "Allen and Gannet") } },
  /* ---- a journal's list of new books: the imprint in brackets with its extent, "von" after the given
   * names, a row of dashes and its stop repeating the author (detect-bookseller.c) */
  { "/extract/notes27/recent-publications-bracket-imprint-ditto",
    "RECENT PUBLICATIONS\n\n"
    "Vell, Sir William H. Full Employment in a Free Salt. (London:\n   George Allen & Gannet. 1944. Pp. 429. 12s. 6d.)\n"
    "Lind, Ludwig von. Salt Bureaucracy. (New Haven: Yale Univer-\n   sity Press. 1944. Pp. iv, 125. $2.00.)\n"
    "---------. Omnipotent Salt: The Rise of the Total State and\n   Total War. (New Haven: Yale University Press. 1944. "
    "Pp. x, 291.\n   $3.75.)\n",
    { XT_TITLE ("Full Employment in a Free Salt"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "George Allen & Gannet"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1944),
      XT_TITLE ("Salt Bureaucracy"), XT_AUTHOR ("von Lind"), XT_FIELD (CK_FIELD_PUBLISHER, "Yale University Press"),
      XT_TITLE ("Omnipotent Salt"), XT_AUTHOR ("von Lind"), XT_YEAR (1944) } },
  /* ---- a press's own catalogue: columns two spaces apart ("Paper  $49.95S  978-…"), a trade-discount
   * code after the price, the masthead as the publisher of every priced entry (assemble.c,
   * detect-press-list.c) */
  { "/extract/notes27/press-catalogue-columns-masthead",
    "GANNET UNIVERSITY PRESS\nNEW BOOKS  \xc2\xb7  FALL 2009\n\nBACKLIST HIGHLIGHTS\n\n"
    "A Monetary History of the Salt Trade, 1867\xe2\x80\x93" "1960\nMilton Vell & Anna Jacobson Orr\n"
    "Paper  $49.95S  978-0-691-00354-2\n1963.  888 pages.\n\n"
    "The Great Salt Divergence\nChina, Europe, and the Making of the Modern Salt Economy\nKenneth Lind\n"
    "Paper  $29.95S  978-0-691-09010-8\n2000.  382 pages.\n",
    { XT_TITLE ("A Monetary History of the Salt Trade, 1867\xe2\x80\x93" "1960"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"), XT_FIELD (CK_FIELD_ISBN, "978-0-691-00354-2"),
      XT_TITLE ("The Great Salt Divergence"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"),
      XT_NO_WORK_HAS ("Paper  $49.95S") } },
  /* ---- a dealer's entry whose title line holds several sentences: the first is the title, the rest of the
   * line its subtitle, the imprint on the next line (detect-bookseller.c) */
  { "/extract/notes27/dealer-title-line-sentences",
    "Recent Acquisitions\n\n---\n\nVELL, Karl (1818-1883).\n"
    "Das Salz. Kritik der politischen Oekonomie. Erster Band.\nHamburg: Verlag von Otto Gannet, 1867.\n\n"
    "FIRST EDITION, one of only 1,000 copies. Octavo. Later half cloth.\n\n---\n\n"
    "ORR, Rachel (1907-1964).\nSilent salt.  Drawings by Lois and Louis Lind.\nBoston, Gannet Mifflin, 1962.\n\n"
    "FIRST EDITION. Octavo. Original cloth.\n",
    { XT_TITLE ("Das Salz"), XT_FIELD (CK_FIELD_SUBTITLE, "Kritik der politischen Oekonomie. Erster Band"),
      XT_AUTHOR ("Vell"), XT_YEAR (1867), XT_TITLE ("Silent salt"), XT_NO_TITLE_HAS ("Drawings") } },
  /* ---- "eds., Title, 3 vols. (Firm, 2010)": the set's size between the title and its imprint (title-imprint) */
  { "/extract/notes27/title-vols-before-imprint",
    PROSE "\nThe standard work is Ada P. Vell and Tom Arne Orr, eds., The Cambridge History of the Salt War, 3 vols. "
    "(Gannet University Press, 2010), which every student should know.\n",
    { XT_TITLE ("The Cambridge History of the Salt War"), XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "3"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"), XT_YEAR (2010) } },
  /* ---- a quoted title the works lexicon knows stands firm even when it reads as a person's name
   * ('Sterne, whose "Tristram Shandy"'); a known one-word title in quotes stays a word (detectors.c quoted-title) */
  { "/extract/notes27/quoted-known-title",
    PROSE "\nThe novel owes most to Sterne, whose \"Tristram Shandy\" it imitates. He spoke of \"Honour\" often.\n",
    { XT_TITLE ("Tristram Shandy"), XT_AUTHOR ("Sterne"), XT_ABSENT ("Honour") } },
  /* ---- a magazine page's header: the title, "Name, translated by X", a blank line, then the imprint
   * (detectors.c header-block, title-by) */
  { "/extract/notes27/header-imprint-after-blank-line",
    "Where is Tom? Ada Vell\xe2\x80\x99s Salt reviewed\n\nThe tenth outing for the detective is long and gory\n\n"
    "Andrew Lind\n\nSalt\nAda Vell, translated by Don Orr\n\nGannet Secker, pp. 512, \xc2\xa3" "18.99, Bookshop "
    "\xc2\xa3" "16.99\n\n" PROSE,
    { XT_TITLE ("Salt"), XT_AUTHOR ("Vell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Orr"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Secker"), XT_ABSENT ("Ada Vell") } },
  /* ---- "GIUSEPPE DI VELLA: The Salt. Translated by X. 320 pp. Firm. 18s.": a particle inside a name in
   * capitals before the colon (detect-header.c) */
  { "/extract/notes27/caps-name-particle-colon",
    "A PRINCE OF SALT\n\nGIUSEPPE DI VELLA: The Salt. Translated by Archibald Orr. 320 pp. Collins and Gannet Press. 18s.\n\n"
    PROSE,
    { XT_TITLE ("The Salt"), XT_AUTHOR ("Di Vella"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Orr"), XT_NO_TITLE_HAS ("VELLA") } },
  /* ---- a weekly's first glances: a subject's label over the entry, a style before the name, three
   * authors with commas (detect-dash-entry.c) */
  { "/extract/notes27/dash-entries-label-style-names",
    "First Glances at New Books\n\nAstronomy\nTHE STARS IN THEIR SALT\xe2\x80\x94Sir James Vell\xe2\x80\x94\n"
    "Gannet, 188 p., $2.50. Sir James has a gift, rare among men of his eminence, for making the\n"
    "layman feel that he is being taken into confidence.\n\n"
    "THE SCIENCE OF SALT\xe2\x80\x94" "H. G. Orr, Julian S. Lind and G. P. Orr\xe2\x80\x94" "Doubleday, Gannet, 1514 p., $10. "
    "What this vast work sets out to do for the whole of living nature is a great deal.\n",
    { XT_TITLE ("THE STARS IN THEIR SALT"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "James"),
      XT_TITLE ("THE SCIENCE OF SALT"), XT_AUTHOR ("Orr"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Lind"),
      XT_NO_TITLE_HAS ("Astronomy") } },
  /* ---- "MRS. VELL'S BOOK OF SALT." opening a line in capitals: the possessive is the title's own, no
   * book "BOOK OF SALT" by Vell (detectors.c possessive) */
  { "/extract/notes27/caps-title-own-possessive",
    "BOOKS RECEIVED\n\nThe inclusion of a book in this list neither precludes nor promises a fuller\n"
    "notice in a later number.\n\nMRS. VELL'S BOOK OF HOUSEHOLD SALT. New edition, completely\nrevised. Ward, "
    "Gannet. 42s.\n    A plain book, the best of the cheap general books on the subject.\n",
    { XT_ABSENT ("BOOK OF HOUSEHOLD SALT"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Vell") } },
  /* ---- a title wrapped after its small word: "in Colour in\nMy Salt (1918)" (title-weak.c span_back_lines) */
  { "/extract/notes27/title-wrapped-after-small-word",
    PROSE "\nMRS. VELL has already written, in Colour in\nMy Salt (1918) and The Fragrant Path (1932), two of the most\n"
    "companionable garden books of our time.\n",
    { XT_TITLE ("Colour in My Salt"), XT_YEAR (1918), XT_ABSENT ("My Salt") } },
  /* ---- "pp. 522" on a header's line is the book's length, "(p. 84)" inline the page cited (assemble.c) */
  { "/extract/notes27/header-pp-is-extent",
    "THE SALT ROAD. By ADA VELL. pp. 522. London, Gannet Publishing, 2019. \xc2\xa3" "30.00.\n\n" PROSE,
    { XT_TITLE ("THE SALT ROAD"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "522"), XT_FIELD (CK_FIELD_PAGES, NULL) } },
  /* ---- the review's own headline without the site's "Book Review:" label (merge.c) */
  { "/extract/notes27/self-title-without-review-label",
    "Book Review: Vell and Salt\n\n" PROSE "\nFrom the February 1943 issue of the Socialist Standard\n",
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Vell and Salt"), XT_NO_TITLE_HAS ("Book Review") } },
  /* ---- "(Salt History, Volume 4, nos. 1/2, Winter 1991–92)": an issue by volume and number (periodical-issue) */
  { "/extract/notes27/periodical-issue-volume-number",
    PROSE "\nReaders will find the background in our own double issue on the war (Salt History, Volume 4, nos. 1/2, "
    "Winter 1991\xe2\x80\x93" "92). What he adds is a chronology, as in our own pages (Salt History, Volume 1, no 1, "
    "Spring 1988).\n",
    { XT_CONTAINER ("Salt History"), XT_FIELD (CK_FIELD_VOLUME, "4"), XT_FIELD (CK_FIELD_ISSUE, "1/2"), XT_YEAR (1991) } },
  /* ---- two owners before a possessive: "Tor and Best's", "Shapin and Simon Orr's", "Sidney and Beatrice
   * Vell's" (spans.c ck_owner_pair_start, detectors.c) */
  { "/extract/notes27/possessive-two-owners",
    PROSE "\nIt became the manifesto for historians, Shapin and Simon Orr\xe2\x80\x99s Leviathan and the Salt-Pump (1985). "
    "Anyone who has looked at Sidney and Beatrice Vell\xe2\x80\x99s The Classic Salt Tales (1974) knows. Lind shows that "
    "Tor and Best\xe2\x80\x99s first paper, \xe2\x80\x9cThe Internal Secretion of the Salt,\xe2\x80\x9d was short.\n",
    { XT_TITLE ("Leviathan and the Salt-Pump"), XT_AUTHOR ("Shapin"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Orr"),
      XT_TITLE ("The Classic Salt Tales"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Sidney"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"),
      XT_TITLE ("The Internal Secretion of the Salt"), XT_AUTHOR ("Tor"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Best") } },
  /* ---- a note's number glued to a year's stop: "appeared in these pages in 1968.1 Scotland" (tokenize.c);
   * "during" and "under" stay small inside a title */
  { "/extract/notes27/year-stop-note-number",
    PROSE "\nIts core has been stable since \xe2\x80\x98The Three Dreams of Salt Nationalism\xe2\x80\x99 appeared in these "
    "pages in 1968.1 Scotland, for Vell, was a harbour. The standard account is Salt Harbours during the War: A "
    "History (Gannet, 1990).\n",
    { XT_TITLE ("The Three Dreams of Salt Nationalism"), XT_YEAR (1968),
      XT_TITLE ("Salt Harbours during the War"), XT_YEAR (1990) } },
  /* ---- "the director of three films—T1, T2, and T3—": films announce titles as novels do (cues.txt,
   * title-list); "the films, David Vell's novel T": an owner is no title of the list */
  { "/extract/notes27/films-dash-list",
    PROSE "\nIn August 1962, Tom Vell, then thirty and the director of three films\xe2\x80\x94The 400 Salts, Shoot the "
    "Salt Player, and Jules and Salt\xe2\x80\x94spent a week in an office. He is alert to the romance of the strike "
    "\xe2\x80\x93 the banners, the films, David Orr\xe2\x80\x99s novel GB84 (2004) \xe2\x80\x93 and to its defeat.\n",
    { XT_TITLE ("The 400 Salts"), XT_TITLE ("Shoot the Salt Player"), XT_TITLE ("Jules and Salt"),
      XT_ABSENT ("David Orr") } },
  /* ---- 'Vell, whose “Ficciones”': a quoted word after "whose" is the writer's work (title-quoted.c) */
  { "/extract/notes27/quoted-after-whose",
    PROSE "\nThe obvious master is Vell, whose \xe2\x80\x9c" "Ficciones\xe2\x80\x9d he read at twenty.\n",
    { XT_TITLE ("Ficciones"), XT_AUTHOR ("Vell") } },
  /* ---- "José Vells' La CNT en la revolución española (Toulouse, 1951–53)": a foreign title after a
   * plural possessive keeps its small words (detect-poss-s.c, function-words.txt "en") */
  { "/extract/notes27/poss-s-foreign-title",
    PROSE "\nJos\xc3\xa9 Vells\xe2\x80\x99 La CNT en la revoluci\xc3\xb3n espa\xc3\xb1ola (Toulouse, 1951\xe2\x80\x93" "53) is more "
    "informative.\n",
    { XT_TITLE ("La CNT en la revoluci\xc3\xb3n espa\xc3\xb1ola"), XT_AUTHOR ("Vells"), XT_YEAR (1951) } },
  /* ---- "whose Salt Chronicle Professor Orr quotes": a styled name after the title is the clause's
   * subject (detect-whose.c) */
  { "/extract/notes27/whose-title-then-styled-subject",
    PROSE "\nThe best source is Otto of Vell, whose Salt Chronicle Professor Orr quotes on every page of his book.\n",
    { XT_TITLE ("Salt Chronicle"), XT_NO_TITLE_HAS ("Professor") } },
  /* ---- "Stephen Vell. Title: Subtitle." over its imprint line: the name is a unit of its own
   * (detectors.c header-block) */
  { "/extract/notes27/header-name-sentence-then-title",
    "Salt Quarterly 58.2 (Summer 2005)\n\nStephen Vell. Will in the Salt: How Salt Became Salt.\n"
    "New York: W. W. Gannet & Company, 2004. 430 pp. index. illus. bibl. $26.95.\n\n" PROSE,
    { XT_TITLE ("Will in the Salt"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Stephen"), XT_YEAR (2004),
      XT_NO_TITLE_HAS ("Stephen") } },
  /* ---- "Ninth Edition" on a catalogue entry's line is an edition, no author (detectors.c header-block) */
  { "/extract/notes27/edition-line-no-author",
    "OXFORD REFERENCE 1999\n\nThe Concise Salt Dictionary\nNinth Edition\nEdited by Della Vell\n"
    "0-19-861320-2 | 1,696 pages | 1995 | Hardback | \xc2\xa3" "16.99\n\n" PROSE,
    { XT_TITLE ("The Concise Salt Dictionary"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Edition") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
