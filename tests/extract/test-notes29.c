/* test-notes29.c — conventions read in the twenty-ninth session.  Every
 * text is invented. */
#include "extract-test-util.h"

#define PROSE \
  "The prose of the review runs here, at the length of a paragraph of running text. It follows the " \
  "merchants along the coast and through the long silence after the war, and then it ends.\n"

static const XtCase cases[] = {
  /* ---- an older list's article with no quotes: the journal's tail, a roman volume, the volume's span
   * of years in brackets, the pages (detect-styles.c) */
  { "/extract/notes29/list-unquoted-article-roman-volume",
    PROSE "\nNotes\n\nLind, Oskar. The Method of Salt Economics. Review of Salt Studies, Vol. XIII (1945-46), pp. 19-33.\n",
    { XT_TITLE ("The Method of Salt Economics"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_CONTAINER ("Review of Salt Studies"),
      XT_FIELD (CK_FIELD_VOLUME, "XIII"), XT_FIELD (CK_FIELD_PAGES, "19-33"), XT_YEAR (1945), XT_AUTHOR ("Lind") } },
  /* the month inside the bracket, an issue dated alone; and the next line of a wrapped entry under a
   * hanging indent is no venue line of the text's own (venue-journal.c, detect-venue.c, detectors.c) */
  { "/extract/notes29/list-unquoted-article-month-wrapped",
    PROSE "\nNotes\n\nVell, A. B. The Uses of Salt in Society. Harbour Economic\n"
    "   Review, Vol. XXXV, No. 4 (Sept., 1945), pp. 519-530.\nQuell, Ada. Notes on Harbours. Gannet, No. 1 (Oct., 1945).\n",
    { XT_TITLE ("The Uses of Salt in Society"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_CONTAINER ("Harbour Economic Review"),
      XT_FIELD (CK_FIELD_ISSUE, "4"), XT_FIELD (CK_FIELD_VOLUME, "XXXV"),
      XT_TITLE ("Notes on Harbours"), XT_CONTAINER ("Gannet"), XT_FIELD (CK_FIELD_ISSUE, "1"), XT_NO_SELF } },
  { "/extract/notes29/list-wrapped-journal-not-venue",
    PROSE "\nNotes\n\nLind, Oskar. The Method of Salt Economics. Review of Salt\n"
    "   Studies, Vol. 13, No. 2 (1946), pp. 19-33.\n",
    { XT_TITLE ("The Method of Salt Economics"), XT_CONTAINER ("Review of Salt Studies"), XT_NO_SELF } },
  /* a list of articles in the header zone (a journal's "recent articles" column): not the reviewed book
   * (detect-styles.c) */
  { "/extract/notes29/header-zone-article-list",
    "Vell, A. B. The Uses of Salt in Society. Harbour Economic\n   Review, Vol. XXXV, No. 4 (Sept., 1945), pp. 519-530.\n"
    "Quell, Ada. Notes on Harbours. Gannet, No. 1 (Oct., 1945).\n",
    { XT_TITLE ("The Uses of Salt in Society"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_CONTAINER ("Harbour Economic Review"),
      XT_TITLE ("Notes on Harbours"), XT_CONTAINER ("Gannet") } },
  /* a book with a bracketed imprint is no article there, and its firm stays a firm */
  { "/extract/notes29/list-unquoted-book-not-article",
    PROSE "\nNotes\n\nOrr, Ada. Harbour Lights. London: Cape, 1950.\n",
    { XT_TITLE ("Harbour Lights"), XT_TYPE (CK_TYPE_BOOK), XT_FIELD (CK_FIELD_PUBLISHER, "Cape") } },
  /* ---- the ditto of a long run of hyphens, the imprint in brackets (detect-styles.c) */
  { "/extract/notes29/list-long-ditto-bracketed-imprint",
    PROSE "\nNotes\n\nOrr, Ada. Harbour Lights. London: Cape, 1950.\n"
    "---------. Total Salt: The Rise of the Salt State. (New Haven: Yale University Press, 1944).\n",
    { XT_TITLE ("Total Salt"), XT_AUTHOR ("Orr"), XT_YEAR (1944), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New Haven"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Yale University Press") } },
  /* ---- a foreign title in sentence case with a comma inside, before its imprint (detect-context.c) */
  { "/extract/notes29/foreign-sentence-case-comma-title",
    PROSE "\nHis first book, Peau sal\xc3\xa9" "e, mers lointaines (Paris: Gannet, 1952), was short. The best is Sel et "
    "mer, une histoire (Paris: Harwell, 1954).\n",
    { XT_TITLE ("Peau sal\xc3\xa9" "e, mers lointaines"), XT_YEAR (1952), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_TITLE ("Sel et mer, une histoire"), XT_YEAR (1954) } },
  /* an English clause before the comma is no title's */
  { "/extract/notes29/foreign-comma-title-not-english",
    PROSE "\nIn London, une vie (Paris: Gannet, 1952) was reviewed.\n",
    { XT_NO_TITLE_HAS ("London") } },
  /* ---- a Latin title after an owner, with no date: "De" and its words, or words with Latin endings
   * (detect-poss-lower.c) */
  { "/extract/notes29/latin-title-after-owner",
    PROSE "\nOrr was reading Gannet's De navigatione when the letter came. Quell's lost Antiquitates maritimae "
    "survives only in fragments.\n",
    { XT_TITLE ("De navigatione"), XT_AUTHOR ("Gannet"), XT_TITLE ("Antiquitates maritimae"), XT_AUTHOR ("Quell") } },
  /* an owner's title, then a verb and its preposition and an author-date citation: the title stops
   * before the verb (title-extend.c, detect-name-comma-title.c, detect-poss-lower.c) */
  { "/extract/notes29/owner-title-then-author-date",
    PROSE "\nThe treatment of Quell's De navigatione builds on Orr (1986) to show it.\n",
    { XT_TITLE ("De navigatione"), XT_NO_TITLE_HAS ("builds") } },
  { "/extract/notes29/owner-sentence-case-then-author-date",
    PROSE "\nThe treatment of Quell's Harbour tolls builds on Orr (1986) to show it.\n",
    { XT_NO_TITLE_HAS ("builds") } },
  /* a sentence-case title with a participle is still read whole */
  { "/extract/notes29/owner-sentence-case-participle-kept",
    PROSE "\nSee Quell's Salt harbours reconsidered (1986).\n",
    { XT_TITLE ("Salt harbours reconsidered"), XT_YEAR (1986) } },
  /* the sentence's auxiliary ends a Latin or French title after an owner (detect-poss-lower.c) */
  { "/extract/notes29/owner-foreign-title-then-auxiliary",
    PROSE "\nOrr's Code de la mer (1755) and Vell's De la navigation are handled with skill.\n",
    { XT_TITLE ("De la navigation"), XT_AUTHOR ("Vell"), XT_NO_TITLE_HAS ("handled") } },
  /* ---- a foreign title named bare after "the", marked by its own linking word (detect-foreign-marked.c) */
  { "/extract/notes29/foreign-marked-after-the",
    PROSE "\nHe quotes the Fragments sur les ports r\xc3\xa9publicains at length, and the Discours sur la mer "
    "once.\n",
    { XT_TITLE ("Fragments sur les ports r\xc3\xa9publicains"), XT_TITLE ("Discours sur la mer") } },
  /* a quarrel or a body named in capitals, and a person with a particle, are no titles */
  { "/extract/notes29/foreign-marked-not-bodies",
    PROSE "\nHe met the Comte de Paris at the Querelle des Anciens et des Modernes and wrote to the Comisi\xc3\xb3n "
    "para el Esclarecimiento del Puerto.\n",
    { XT_NO_TITLE_HAS ("Comte"), XT_NO_TITLE_HAS ("Querelle"), XT_NO_TITLE_HAS ("Comisi") } },
  /* ---- a German title after an owner: the article, an adjective with its ending, the noun; the
   * sentence's auxiliary ends it (title-foreign.c) */
  { "/extract/notes29/german-article-adjective-title",
    PROSE "\nReaders of Vell's Der moderne Salzhandel will know it, and of Orr's Das kurze Leben with profit.\n",
    { XT_TITLE ("Der moderne Salzhandel"), XT_AUTHOR ("Vell"), XT_TITLE ("Das kurze Leben"), XT_AUTHOR ("Orr"),
      XT_NO_TITLE_HAS ("will") } },
  /* ---- "M." as Monsieur in a text that writes "M. Vell argues": no part of the given names (extract.c) */
  { "/extract/notes29/monsieur-not-initial",
    PROSE "\nM. Vell has read it. M. Lucien Orr, whose Le Port cach\xc3\xa9 (Paris, 1955) is known, disagrees; M. Vell "
    "argues otherwise in Salt Roads (Paris: Gannet, 1960).\n",
    { XT_TITLE ("Le Port cach\xc3\xa9"), XT_AUTHOR ("Orr"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Lucien") } },
  /* an initial M stays where no one is called so */
  { "/extract/notes29/initial-m-kept",
    PROSE "\nM. Lucien Orr, whose Le Port cach\xc3\xa9 (Paris, 1955) is known, disagrees.\n",
    { XT_TITLE ("Le Port cach\xc3\xa9"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "M. Lucien") } },
  /* ---- editors marked "(eds.)" or the classicists' "(edd.)" before a title in sentence case with a
   * place alone (role-chain.c, detect-reflist.c) */
  { "/extract/notes29/edd-editors-sentence-case-place",
    PROSE "\nSee K. Vell, C. M. Orr and H. W. Lind (edd.), Trade and salt in the early harbours (Glencoe, Ill. 1957), "
    "p. 4; and A. Quell (ed.), Salt and the sea (Leiden, 1960).\n",
    { XT_TITLE ("Trade and salt in the early harbours"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"),
      XT_FAMILY (CK_ROLE_EDITOR, 2, "Lind"), XT_YEAR (1957),
      XT_TITLE ("Salt and the sea"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"), XT_YEAR (1960) } },
  /* ---- a books-received list's inverted names with a style: "Vell, Sir Arthur.", "Orr, Dr. C. D.",
   * "Lind, Prof. Lancelot." (detect-header.c) */
  { "/extract/notes29/books-received-inverted-style",
    "Books Received\n\nVell, Sir Arthur. The Philosophy of Salt. Pp. ix+230. (Cambridge : At the University Press, "
    "1939.) 8s. 6d. net.\n\nOrr, Dr. C. D. The Evolution of Harbours. Pp.\nix+149. (Cambridge : At the University "
    "Press, 1939.) 10s. 6d. net.\n\nLind, Prof. Lancelot. Salt for the Citizen. Pp. 300. (London : Gannet, 1938.) "
    "12s. 6d. net.\n",
    { XT_TITLE ("The Philosophy of Salt"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Arthur"),
      XT_TITLE ("The Evolution of Harbours"), XT_AUTHOR ("Orr"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "C. D."),
      XT_TITLE ("Salt for the Citizen"), XT_AUTHOR ("Lind"), XT_NO_TITLE_HAS ("Prof") } },
  /* two inverted names with initials alone: "Vell, R. A., and Orr, F." (detect-header.c) */
  { "/extract/notes29/books-received-inverted-pair-initials",
    "Books Received\n\nVell, R. A., and Orr, F. Salt Tables for Harbour Research. Pp. 90. (London : Gannet, 1938.) "
    "12s. 6d. net.\n\nQuell, Ada. The Tides. Pp. 100. (London : Gannet, 1938.) 5s. net.\n",
    { XT_TITLE ("Salt Tables for Harbour Research"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Vell"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Orr"), XT_NO_TITLE_HAS ("Vell") } },
  /* ---- a syllabus's Vancouver entries under a reading label, indented under the week's line; the packed
   * initials written with their stops (detect-styles.c, detect-reading-line.c) */
  { "/extract/notes29/syllabus-label-vancouver-entry",
    "Salt 101\n\nSCHEDULE\nWk 1  Jan 10-14   Homeostasis. Vell ch. 1.\n"
    "      Classic: Orr WB. Organization of harbour homeostasis. Salt Rev. 1929;9(3):399-431.\n"
    "Wk 2  Jan 17-21   Membranes.\n"
    "      Required: Lind AL, Quell AF. A quantitative description of salt current. J Salt. 1952;117(4):500-544.\n",
    { XT_TITLE ("Organization of harbour homeostasis"), XT_CONTAINER ("Salt Rev"), XT_AUTHOR ("Orr"),
      XT_GIVEN (CK_ROLE_AUTHOR, 0, "W. B."), XT_FIELD (CK_FIELD_VOLUME, "9"),
      XT_TITLE ("A quantitative description of salt current"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Quell") } },
  /* ---- a dealer's catalogue: the life's years after the inverted heading; an article listed by its
   * periodical after "In:" (detect-header.c, detect-bookseller.c) */
  { "/extract/notes29/dealer-life-years-and-periodical-in",
    "CATALOGUE 12: SALT AND MEDICINE\n\n1. QUELL, Ada (1820-1910). Notes on Harbours: What They Are, and What They "
    "Are Not. London: Harrison, 59, Pall Mall, [1859]. First edition. \xc2\xa3" "450.\n\n2. VELL, Joseph (1827-1912). On "
    "the Antiseptic Principle in the Practice of Salting. In: The Harbour Gazette, vol. II for 1867, pp. 353-356. "
    "\xc2\xa3" "300.\n\n3. ORR, Alexander (1881-1955). On the action of cultures of a salt. In: British Journal of "
    "Harbour Pathology, Vol. X, No. 3, June 1929, pp. 226-236. \xc2\xa3" "2,000.\n\n4. LIND, Tom. The Tides. London: "
    "Gannet, 1901. \xc2\xa3" "40.\n",
    { XT_TITLE ("Notes on Harbours"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"), XT_YEAR (1859),
      XT_TITLE ("On the Antiseptic Principle in the Practice of Salting"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_CONTAINER ("The Harbour Gazette"), XT_FIELD (CK_FIELD_VOLUME, "II"), XT_YEAR (1867),
      XT_TITLE ("On the action of cultures of a salt"), XT_CONTAINER ("British Journal of Harbour Pathology"),
      XT_FIELD (CK_FIELD_ISSUE, "3"), XT_DATE (1929, 6, 0), XT_FIELD (CK_FIELD_PAGES, "226-236"),
      XT_NO_TITLE_HAS ("QUELL") } },
  /* ---- prose: a periodical the lexicon knows after "for the" ends an owner's title, and a verb of
   * writing before it makes even a common word's name the paper's (title-yearparen.c, detect-periodical.c) */
  { "/extract/notes29/title-stops-at-for-the-periodical",
    PROSE "\nShe reviewed Tom Vell's The Harbour Wall for the Spectator in 1936, and it is still read.\n",
    { XT_TITLE ("The Harbour Wall"), XT_AUTHOR ("Vell"), XT_NO_TITLE_HAS ("Spectator") } },
  { "/extract/notes29/press-verb-common-periodical",
    "The prose of the review runs here, at the length of a paragraph of running text. She reviewed it for the "
    "Spectator in 1936, and wrote for the Listener after the war. It follows the merchants along the coast.\n",
    { XT_PERIODICAL ("Spectator"), XT_PERIODICAL ("Listener") } },
  /* a common word's name with no such verb stays a word */
  { "/extract/notes29/common-periodical-word-no-verb",
    "The prose of the review runs here, at the length of a paragraph of running text. He was a mere spectator "
    "in the Spectator of his own life, and the Nation mourned. It follows the merchants along the coast.\n",
    { XT_NOT_PERIODICAL ("Nation") } },
  /* ---- "See Orr and Lind, Title (…)": surnames alone after a note's opening word (scholar-shapes.c) */
  { "/extract/notes29/see-surnames-title-imprint",
    PROSE "\nNotes\n\n1. See Orr and Lind, A History of Salt (Oxford, 1932), p. 4.\n2. Cf. Quell, The Salt Trade (London, 1950).\n",
    { XT_TITLE ("A History of Salt"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Orr"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Lind"),
      XT_TITLE ("The Salt Trade"), XT_AUTHOR ("Quell") } },
  /* ---- "his trilogy (A, B, C)", "her trilogy — A, B and C —": a list set off after the noun
   * (detect-cue-list.c) */
  { "/extract/notes29/trilogy-list-set-off",
    "The prose of the review runs here, at the length of a paragraph of running text. Readers of Lind's trilogy "
    "\xe2\x80\x94 The Grey Quay, Salt Wind and The Last Tide \xe2\x80\x94 will know the town, and Vell's novels (The "
    "Long Mole, Ropewalk, The Pilot Boat) are set in it. It follows the merchants along the coast.\n",
    { XT_TITLE ("The Grey Quay"), XT_AUTHOR ("Lind"), XT_TITLE ("Salt Wind"), XT_TITLE ("The Last Tide"),
      XT_TITLE ("The Long Mole"), XT_AUTHOR ("Vell"), XT_TITLE ("Ropewalk"), XT_TITLE ("The Pilot Boat") } },
  /* a short paragraph that opens with "See" after the prose is a note, never a header's title */
  { "/extract/notes29/see-paragraph-not-header",
    PROSE "\nSee Orr and Lind, A History of Salt (Oxford, 1932), p. 4. Cf. Quell, The Salt Trade (London, 1950).\n",
    { XT_TITLE ("A History of Salt"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Orr"), XT_NO_TITLE_HAS ("See") } },
  /* ---- a price in cents (assemble.c) */
  { "/extract/notes29/price-in-cents",
    "NEW AND NOTEWORTHY\n\nSALT ROAD, by Ada Vell. (Gannet, $1.25.) A history of the trade in the northern ports.\n"
    "HARBOUR LIGHTS, by Tom Orr. (Harwell, 95 cents.) A first novel of a fishing town.\n",
    { XT_TITLE ("HARBOUR LIGHTS"), XT_FIELD (CK_FIELD_PUBLISHER, "Harwell"), XT_FIELD (CK_FIELD_PRICE, "95 cents") } },
  /* ---- a list's title with its article set last goes back in front (assemble.c) */
  { "/extract/notes29/title-article-set-last",
    "Title: Salt Road, The\nAuthor: Ada Vell\nPublisher: Gannet Press\nPublished: 2019\nPages: 312\n\n" PROSE,
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Vell") } },
  { "/extract/notes29/books-received-article-set-last",
    "Books Received\n\nVell, Ada. Salt Road, The. Gannet, 1958. 312p. 25s.\n\nOrr, Tom. Harbour Lights. Harwell, 1957. "
    "200p. 12s. 6d.\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Vell"), XT_TITLE ("Harbour Lights") } },
  /* ---- a spaced dash between an imprint's year and its price; a span of years keeps its dash
   * (assemble.c) */
  { "/extract/notes29/imprint-spaced-dash-price",
    "The Salt Road by Ada Vell\nGannet Press, 2019 \xe2\x80\x93 \xc2\xa3" "18.99\n\n" PROSE,
    { XT_TITLE ("The Salt Road"), XT_YEAR (2019), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_FIELD (CK_FIELD_PRICE, "\xc2\xa3" "18.99") } },
  /* ---- "from T1 to T2": one "to" inside a run opened by "from" parts two titles (title-mend.c) */
  { "/extract/notes29/from-title-to-title",
    "The prose of the review runs here, at the length of a paragraph of running text. It is a long way from The "
    "Grey Quay to Salt Wind. It follows the merchants along the coast.\n",
    { XT_TITLE ("The Grey Quay"), XT_TITLE ("Salt Wind"), XT_NO_TITLE_HAS (" to ") } },
  /* ---- "its sequel, T (1966)", "its successor, T (1966)": the book's neighbours as cues (cues.txt) */
  { "/extract/notes29/sequel-successor-cue",
    PROSE "\nThe poems collected in Harbour Songs (1962) and in its successor, Tidewater (1966), are shorter.\n\n"
    "Its sequel, Low Water (1970), is longer.\n",
    { XT_TITLE ("Tidewater"), XT_YEAR (1966), XT_TITLE ("Low Water"), XT_YEAR (1970) } },
  /* ---- a place and a set's span of years with no comma between: "(Oxford 1934-6)" (assemble.c) */
  { "/extract/notes29/place-year-span-no-comma",
    PROSE "\nNotes\n\n3. See J. Lind, Harbours of the Levant, 2 vols (Oxford 1934-6), i. 23.\n",
    { XT_TITLE ("Harbours of the Levant"), XT_AUTHOR ("Lind"), XT_YEAR (1934), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Oxford") } },
  /* ---- two known places joined by a dash are the imprint's place, no firm (assemble.c) */
  { "/extract/notes29/places-joined-by-dash",
    PROSE "\nNotes\n\n9. H. Harrow, Die H\xc3\xa4" "fen der Nordsee (K\xc3\xb6ln-Wien 1970).\n10. A. Vell, Salz und Meer "
    "(Berlin\xe2\x80\x93Leipzig, 1931), p. 4.\n",
    { XT_TITLE ("Die H\xc3\xa4" "fen der Nordsee"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "K\xc3\xb6ln-Wien"), XT_YEAR (1970),
      XT_TITLE ("Salz und Meer"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Berlin\xe2\x80\x93Leipzig") } },
  /* ---- a short notice whose prose runs on after the imprint's bracket with a dash (detect-header.c) */
  { "/extract/notes29/notice-imprint-dash-prose",
    "Short Notices\n\nThe Salt Road. By Ada Vell. (Gannet. 12s. 6d.)\xe2\x80\x94This is a long and careful book about the "
    "salt trade of the northern ports, written with more love than art.\n\nHarbour Lights. By Tom Orr. (Harwell. 7s. "
    "6d.)\xe2\x80\x94" "A first novel set in a fishing town in the years after the war, its people drawn with care.\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_TITLE ("Harbour Lights"), XT_AUTHOR ("Orr"), XT_FIELD (CK_FIELD_PUBLISHER, "Harwell") } },
  /* ---- Chicago's pair of authors, the first inverted, in a header's sentences (detect-header.c) */
  { "/extract/notes29/chicago-pair-first-inverted",
    "Books for the Salt Teacher\n\nLind, L. D., and E. M. Orr. Salt Mechanics. Translated from the Russian by J. B. "
    "Vell. Oxford: Pergamon, 1960. 165 pp. $6.50.\n\nQuell, Richard, and Herbert Vell. What Is Salt? An Elementary "
    "Approach to Harbours. New York: Oxford University Press, 1941. 521 pp. $5.00.\n",
    { XT_TITLE ("Salt Mechanics"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Lind"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Orr"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"), XT_YEAR (1960),
      XT_TITLE_ANY ("What Is Salt?", "What Is Salt? An Elementary Approach to Harbours"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"), XT_NO_TITLE_HAS ("Lind, L") } },
  /* ---- a weekly's dash entry whose firm wraps onto the next line after its dash (detect-dash-entry.c) */
  { "/extract/notes29/dash-entry-wrapped-firm",
    "NEW BOOKS\n\nTHE NATURE OF SALT\xe2\x80\x94" "Ada Vell\n\xe2\x80\x94" "Gannet, 316 p., $4.\n\nHARBOUR LIGHTS--Tom "
    "Orr--Harwell, 226 p., illus., $3.50.\n",
    { XT_TITLE ("THE NATURE OF SALT"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_TITLE ("HARBOUR LIGHTS"), XT_AUTHOR ("Orr") } },
  /* ---- a syllabus's lines set in under the week: the writer by the surname alone (detect-reflist.c) */
  { "/extract/notes29/syllabus-indented-surname",
    "Week 5: Tragedy\n  Vell, The Salt Road (1941)\n  Orr, Harbour Lights (London: Gannet, 1950), ch. 1\n"
    "  Ada Lind, The Grey Quay (1938)\nWeek 6: Comedy\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Vell"), XT_YEAR (1941), XT_TITLE ("Harbour Lights"), XT_AUTHOR ("Orr"),
      XT_TITLE ("The Grey Quay"), XT_AUTHOR ("Lind") } },
  /* ---- a lexicon title that opens with a name's possessive ("Homer's Iliad", a study's) is the name's
   * own work when the rest is one of theirs (known-works.c) */
  { "/extract/notes29/known-work-owner-led-title",
    "The prose of the review runs here, at the length of a paragraph of running text. Schein has written on the poem, "
    "but its sea is as wine-dark as the one in Homer's Iliad, and its harbours as crowded. It follows the merchants.\n",
    { XT_TITLE ("Iliad"), XT_AUTHOR ("Homer"), XT_NO_TITLE_HAS ("Homer's") } },
  /* ---- French and German headers: "in-8°", "312 p.", "Prix : 12 NF"; "312 S.", "DM 24,80" with its
   * decimal comma (assemble.c) */
  { "/extract/notes29/french-header-format-price",
    "Ada Vell, Le Port gris. Paris, Gallimard, 1958. In-8\xc2\xb0, 312 p. Prix : 12 NF.\n\n" PROSE,
    { XT_TITLE ("Le Port gris"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gallimard"), XT_YEAR (1958),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "312"), XT_FIELD (CK_FIELD_PRICE, "12 NF") } },
  { "/extract/notes29/french-dealer-heading-format",
    "VELL (Ada). Le Port gris. Paris, Gallimard, 1958, in-8\xc2\xb0, 312 p.\n\n" PROSE,
    { XT_TITLE ("Le Port gris"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada") } },
  { "/extract/notes29/german-header-seiten-decimal-comma",
    "Ada Vell: Der graue Hafen. Berlin: Suhrkamp 1958. 312 S., DM 24,80.\n\n" PROSE,
    { XT_TITLE ("Der graue Hafen"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Suhrkamp"), XT_YEAR (1958),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "312"), XT_FIELD (CK_FIELD_PRICE, "DM 24,80") } },
  /* ---- a book's title in quotes with its owner's possessive inside: the possessive is the title's
   * (title-mend.c) */
  { "/extract/notes29/quoted-title-keeps-possessive",
    "The prose of the review runs here, at the length of a paragraph of running text. The best is \"Ada Vell's Salt "
    "Book\" (Gannet, $16.95), and \"The Harbour Kitchen\" (Harwell, $19.95) is nearly as good. It follows the "
    "merchants.\n",
    { XT_TITLE ("Ada Vell's Salt Book"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_TITLE ("The Harbour Kitchen") } },
  /* ---- a list's rows: the name in capitals, a column's gap, the title, a price column; and titles over
   * their names in capitals, paragraph by paragraph (detect-name-column.c, assemble.c) */
  { "/extract/notes29/name-column-rows",
    "THE GANNET POETS\n\nTOM ORR   Harbour Lights                          15s net\nADA VELL   The Hawk in the "
    "Salt                   12s 6d net\nPIET LIND   Ropewalk                              12s 6d net\n\nOur poets in "
    "paperback.\n",
    { XT_TITLE ("Harbour Lights"), XT_AUTHOR ("Orr"), XT_TITLE ("The Hawk in the Salt"), XT_AUTHOR ("Vell"),
      XT_TITLE ("Ropewalk"), XT_AUTHOR ("Lind"), XT_NO_TITLE_HAS ("net") } },
  { "/extract/notes29/title-over-caps-names",
    "Cambridge Texts in Salt\n\nHarbour Methods for Physics and Engineering\nA. B. VELL, C. D. ORR and E. F. LIND\n\n"
    "Tidal Analysis\nT. W. QUELL\n\nA First Course in Salt Dynamics\nPIET MARSH\n",
    { XT_TITLE ("Harbour Methods for Physics and Engineering"), XT_FAMILY (CK_ROLE_AUTHOR, 2, "Lind"),
      XT_TITLE ("Tidal Analysis"), XT_AUTHOR ("Quell"), XT_TITLE ("A First Course in Salt Dynamics"), XT_AUTHOR ("Marsh") } },
  /* one heading over a byline is a header's, no list */
  { "/extract/notes29/title-over-caps-name-once",
    "Harbour Methods\nA. B. VELL\n\n" PROSE,
    { XT_NONE_FIRED ("name-column") } },
  /* ---- the text's own venue line opening its first paragraph, "Published in …", the prose run on below
   * it (detect-venue.c) */
  { "/extract/notes29/venue-prefix-heads-prose",
    "Published in The Salt Review, 14 May 1998\nThis is a long and careful book about the salt trade of the northern "
    "ports, written with more love than art. It follows the merchants along the coast.\n",
    { XT_SELF, XT_CONTAINER ("The Salt Review"), XT_YEAR (1998) } },
  /* "From 1950 to 1960 …" opening prose is no venue */
  { "/extract/notes29/from-opening-prose-not-venue",
    "From 1950 to 1960 Ada Vell lived in Leith, and wrote about the salt trade of the northern ports with more love "
    "than art. It follows the merchants along the coast.\n",
    { XT_NO_SELF } },
  /* ---- "T, first published in France as ORIGINAL [gloss] (1938)" opening its sentence; "T (ORIGINAL, 1938;
   * Eng. trans. 1940)"; "Her The T, translated by X (…)" (title-extend.c, detectors.c) */
  { "/extract/notes29/first-published-as-at-sentence-start",
    "The prose of the review runs here, at the length of a paragraph of running text. The Salt Road, first published "
    "in France as Le Chemin du sel [The Salt Road] (1938), is her best. It follows the merchants.\n",
    { XT_TITLE ("The Salt Road"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Le Chemin du sel") } },
  { "/extract/notes29/original-title-then-translation-note",
    "The prose of the review runs here, at the length of a paragraph of running text. The Harbour Wall (Le Mur du "
    "port, 1938; Eng. trans. 1940) is her best. It follows the merchants.\n",
    { XT_TITLE ("The Harbour Wall"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Le Mur du port"), XT_YEAR (1938) } },
  { "/extract/notes29/pronoun-before-article-title-by",
    "The prose of the review runs here, at the length of a paragraph of running text. Her The Grey Quay, translated "
    "by Tom Orr (Gannet, \xc2\xa3" "12.99), is out now. It follows the merchants.\n",
    { XT_TITLE ("The Grey Quay"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Orr"), XT_NO_TITLE_HAS ("Her") } },
  /* ---- after a verb of printing, a newspaper's word ends an unknown paper's name, a weekday's head and
   * all (detect-periodical.c) */
  { "/extract/notes29/printed-in-the-paper-word",
    "The prose of the review runs here, at the length of a paragraph of running text. The first chapter was "
    "serialized in the Saturday Salt Post. It follows the merchants along the coast.\n",
    { XT_PERIODICAL ("Saturday Salt Post") } },
  /* ---- a note's edited text: a title in sentence case or transliterated before "ed." and the set's size
   * (detect-comma.c, detect-context.c) */
  { "/extract/notes29/note-edited-text-sentence-case",
    PROSE "\nNotes\n\n1. Tom Vell, Kitab al-milh, ed. A. Orr (Cairo, 1960), 45.\n"
    "2. Tom Quellus, Chronographia, ed. C. de Boor, 2 vols. (Leipzig, 1883-85), I, 234.\n"
    "3. Ada Lind, La storia del sale, trans. P. Marsh (Rome, 1961), 12.\n",
    { XT_TITLE ("Kitab al-milh"), XT_AUTHOR ("Vell"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Orr"), XT_YEAR (1960),
      XT_TITLE ("Chronographia"), XT_FAMILY (CK_ROLE_EDITOR, 0, "de Boor"), XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "2"),
      XT_TITLE ("La storia del sale"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Marsh") } },
  /* ---- a scholar's note citing an article by its journal, volume and pages alone, no title
   * (detect-reflist.c) */
  { "/extract/notes29/note-article-without-title",
    PROSE "\nNotes\n\n7. E. Lind, JSH 31 (1968), 1-20.\n8. T. Orr, Harbour Studies 12 (1970): 33-51.\n",
    { XT_CONTAINER ("JSH"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_FIELD (CK_FIELD_VOLUME, "31"),
      XT_FIELD (CK_FIELD_PAGES, "1-20"), XT_AUTHOR ("Lind"), XT_NO_TITLE_HAS ("JSH"),
      XT_CONTAINER ("Harbour Studies"), XT_FIELD (CK_FIELD_VOLUME, "12"), XT_NO_TITLE_HAS ("Harbour Studies") } },
  /* ---- a sentence opened by "In" or "After" and a title an article opens, its comma after
   * (detect-context.c); a place or a paper there is none */
  { "/extract/notes29/sentence-opener-in-article-title",
    "The prose of the review runs here, at the length of a paragraph of running text. In The Grey Quay, Vell turned "
    "to the sea. In The Hague, she met him. It follows the merchants along the coast.\n",
    { XT_TITLE ("The Grey Quay"), XT_NO_TITLE_HAS ("Hague") } },
  /* ---- "the narrator of T", "the publication of T": a story's parts and its coming out (detect-prose-cue.c) */
  { "/extract/notes29/narrator-of-title",
    "The prose of the review runs here, at the length of a paragraph of running text. The narrator of Salt Wind is a "
    "boy of twelve, and the publication of Harbour Lights in 1950 changed everything. It follows the merchants.\n",
    { XT_TITLE ("Salt Wind"), XT_TITLE ("Harbour Lights") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
