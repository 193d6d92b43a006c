/* test-notes28.c — conventions read in the twenty-eighth session.  Every
 * text is invented. */
#include "extract-test-util.h"

#define PROSE \
  "The prose of the review runs here, at the length of a paragraph of running text. It follows the " \
  "merchants along the coast and through the long silence after the war, and then it ends.\n"

static const XtCase cases[] = {
  /* ---- "by Professor Orr in Title (Firm, Year)": a style and a surname after "by" are a person, the
   * title starts after "in" (detectors.c title-imprint) */
  { "/extract/notes28/by-styled-surname-in-title",
    PROSE "\nThe theory is the one given by Professor Orr in Tides and Tolls after 1919 (Gannet, 1924), "
    "and by Mr. Lind in Tides of Trade (Harwell, 1921).\n",
    { XT_TITLE ("Tides and Tolls after 1919"), XT_YEAR (1924), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_TITLE ("Tides of Trade"), XT_YEAR (1921), XT_NO_TITLE_HAS ("Professor"), XT_NO_TITLE_HAS ("Lind") } },
  /* a style and a surname alone may still open a title where no "by" stands before */
  { "/extract/notes28/styled-surname-title-kept",
    PROSE "\nWe have read Mrs Quell in Harbour Lodge (London, 1950) twice.\n",
    { XT_TITLE ("Mrs Quell in Harbour Lodge") } },
  /* ---- "Mrs. Prince's The T": a rank word after a style is a surname, the owner of the title
   * (detectors.c possessive) */
  { "/extract/notes28/style-then-rank-word-owner",
    PROSE "\nShe writes once more. Mrs. Prince's The Quiet Harbour\n(Gannet, 1922) is still read by "
    "many; Dr. Bishop's Salt Roads (Harwell, 1920) less often.\n",
    { XT_TITLE ("The Quiet Harbour"), XT_AUTHOR ("Prince"), XT_YEAR (1922),
      XT_TITLE ("Salt Roads"), XT_AUTHOR ("Bishop"), XT_NO_TITLE_HAS ("Mrs") } },
  /* a rank word alone still owns nothing: "the King's Salt" is a title's own possessive */
  { "/extract/notes28/rank-word-alone-no-owner",
    PROSE "\nHe read The King's Salt (Gannet, 1915) in one night.\n",
    { XT_TITLE ("The King's Salt"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "King") } },
  /* ---- one title, two works: an edited collection in the header and a single author's book of the
   * same name in the prose (merge.c) */
  { "/extract/notes28/same-title-editor-and-other-author",
    "The Salt Harbour, edited by Ada Vell (Gannet Press, \xc2\xa3" "7.99)\n\n" PROSE
    "\nTom Orr, whose own The Salt Harbour (Harwell, 1989) came first, writes on the "
    "harbour dues.\n",
    { XT_COUNT (2), XT_TITLE ("The Salt Harbour") } },
  /* the editor named again as the owner is the same work */
  { "/extract/notes28/same-title-editor-owner-merged",
    "The Salt Harbour, edited by Ada Vell (Gannet Press, \xc2\xa3" "7.99)\n\n" PROSE
    "\nVell's The Salt Harbour gathers the talks.\n",
    { XT_COUNT (1), XT_TITLE ("The Salt Harbour"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell") } },
  /* ---- an archive's cover page whose long title wraps it into prose; the "Source:" label is no part of
   * the journal's name (detect-cover.c, venue-journal.c) */
  { "/extract/notes28/cover-page-long-title-source-label",
    "Review\nReviewed Work(s): Le sel et les ports de l'Europe du nord, des grandes villes aux villages de la "
    "c\xc3\xb4te (Flandre, Hollande, Z\xc3\xa9lande, XIIe-XVIe si\xc3\xa8" "cles): Essai d'histoire compar\xc3\xa9" "e des "
    "villes et des campagnes by Ada Vell\n"
    "Review by: Piet W. Lind\nSource: Salt Studies, Vol. 21, No. 2 (Apr., 1958), pp. 210-213\n"
    "Published by: Gannet Society of America\nAccessed: 02/05/2011 09:14\n\n" PROSE,
    { XT_TITLE ("Le sel et les ports de l'Europe du nord, des grandes villes aux villages de la c\xc3\xb4te (Flandre, "
                "Hollande, Z\xc3\xa9lande, XIIe-XVIe si\xc3\xa8" "cles)"),
      XT_AUTHOR ("Vell"), XT_SELF, XT_CONTAINER ("Salt Studies"), XT_FIELD (CK_FIELD_VOLUME, "21"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_AUTHOR ("Lind"), XT_NO_TITLE_HAS ("Source") } },
  /* ---- a journal's own citation line: a series before the volume, a comma inside the name, the
   * publisher's notice after the pages (venue-journal.c) */
  { "/extract/notes28/journal-line-series",
    "Journal of the Salt Society, Series 2, Vol. 14, No. 2 (April 2011), pp. 301\xe2\x80\x93" "304\n\n" PROSE,
    { XT_SELF, XT_CONTAINER ("Journal of the Salt Society"), XT_FIELD (CK_FIELD_VOLUME, "14"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_DATE (2011, 4, 0) } },
  { "/extract/notes28/journal-line-comma-in-name",
    "Bulletin of the Institute of Salt Studies, University of Leeds, Vol. 7, No. 2 (1951), pp. 88-90\n\n" PROSE,
    { XT_SELF, XT_CONTAINER ("Bulletin of the Institute of Salt Studies, University of Leeds"),
      XT_FIELD (CK_FIELD_VOLUME, "7"), XT_YEAR (1951) } },
  { "/extract/notes28/journal-line-copyright-after-pages",
    "Journal of Salt History, 22 (1981), pp. 140\xe2\x80\x93" "142. \xc2\xa9 1981 Gannet Press\n\n" PROSE,
    { XT_SELF, XT_CONTAINER ("Journal of Salt History"), XT_FIELD (CK_FIELD_PAGES, "140\xe2\x80\x93" "142") } },
  /* ---- a scholarly journal's header: the author in capitals, a title in sentence case with its own
   * brackets and a subtitle, a series in brackets, the set's size, two firms, the binding, plates and a
   * price in new francs, over five lines (detect-header.c, detect-comma.c, extract.c, assemble.c) */
  { "/extract/notes28/journal-header-foreign-title-five-lines",
    "ADA VELL, Le sel et les ports de l'Europe du nord, des\ngrandes villes aux villages (Flandre, Hollande, "
    "XIIe-XVIe si\xc3\xa8" "cles):\nEssai d'histoire compar\xc3\xa9" "e des villes et des campagnes. (Biblioth\xc3\xa8que\n"
    "des ports.) 3 vols. Paris: Gannet, \xc3\x89" "ditions du Port, 1958. Paper.\nPp. 644; 12 maps. NF 42.\n\n" PROSE,
    { XT_TITLE ("Le sel et les ports de l'Europe du nord, des grandes villes aux villages (Flandre, Hollande, "
                "XIIe-XVIe si\xc3\xa8" "cles)"),
      XT_FIELD (CK_FIELD_SUBTITLE, "Essai d'histoire compar\xc3\xa9" "e des villes et des campagnes"), XT_AUTHOR ("Vell"),
      XT_YEAR (1958), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Paris"), XT_FIELD (CK_FIELD_COLLECTION_TITLE, "Biblioth\xc3\xa8que des ports"),
      XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "3"), XT_FIELD_PREFIX (CK_FIELD_PUBLISHER, "Gannet") } },
  { "/extract/notes28/journal-header-subtitle-price-in-letters",
    "ADA VELL, Histoire du sel: Essai d'histoire. Paris: Gannet, 1958. Pp. 644; 12 maps. NF 42.\n\n" PROSE,
    { XT_TITLE ("Histoire du sel"), XT_FIELD (CK_FIELD_SUBTITLE, "Essai d'histoire"), XT_AUTHOR ("Vell"),
      XT_FIELD (CK_FIELD_PRICE, "NF 42"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet") } },
  { "/extract/notes28/journal-header-volumes-before-imprint",
    "ADA VELL, Histoire du sel. 3 vols. Paris: Gannet, 1958. Pp. 644.\n\n" PROSE,
    { XT_TITLE ("Histoire du sel"), XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "3"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet") } },
  /* a books-received list's entries over four lines stay each one record (extract.c trade_header) */
  { "/extract/notes28/received-four-line-entries",
    "BOOKS RECEIVED\n\n"
    "Vell, Ada, and Tom Orr. The Salt Lectures on Tides. Vol. II: Harbours. Gannet,\n"
    "  Boston, 1971. Unpaged (14 parts). $9.50; school ed. $7.25.\n  (Second of three.)\n\n"
    "Lind, Piet, and Ada Quell. Tides. Parts I and II in one\n  volume. Harwell, Chicago, 1973. xiv + 880 pp. $15.50.\n"
    "  (A revision of Tides for Harbour Pilots,\n  1968.)\n",
    { XT_TITLE ("The Salt Lectures on Tides"), XT_AUTHOR ("Vell"), XT_TITLE ("Tides"), XT_AUTHOR ("Lind") } },
  /* ---- an imprint left unread after a title whose subtitle is in sentence case (imprint-attach.c) */
  { "/extract/notes28/imprint-after-sentence-case-subtitle",
    PROSE "\nVell draws on his first book, Les Salines de Orr: une histoire des ports "
    "(Paris: Gannet, 1984), and on Tom Lind's Salt Ledger (Leeds: Harwell, 2001).\n",
    { XT_TITLE ("Les Salines de Orr"), XT_FIELD (CK_FIELD_SUBTITLE, "une histoire des ports"), XT_YEAR (1984),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Paris") } },
  /* ---- scholars' notes and reference lists: "City, ST, and City:" (assemble.c), three editors
   * before "(eds)," (detect-comma.c), "Name, ed., Title, Place Year" (detect-styles.c), four initials
   * and "&" before the last co-author in an author-date list (detect-authordate.c) */
  { "/extract/notes28/note-state-code-place-list",
    PROSE "\nSee Tom Orr, Salt Roads (Chicago, IL, and London: Gannet University Press, 1998), p. 7.\n",
    { XT_TITLE ("Salt Roads"), XT_AUTHOR ("Orr"), XT_YEAR (1998),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Chicago, IL, and London") } },
  { "/extract/notes28/note-three-editors-paren-eds",
    PROSE "\nP.Q. Orr II, M.J. Lind and T.A. Vell (eds), Harbour Law Reconsidered (Boston: Gannet, 1988).\n",
    { XT_TITLE ("Harbour Law Reconsidered"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Orr"), XT_FAMILY (CK_ROLE_EDITOR, 2, "Vell"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Vell") } },
  { "/extract/notes28/note-name-ed-title-place-year",
    PROSE "\nNotes\n\n1. Piet Quell, ed., Letters from the Salt Coast, Leeds 1966.\n"
    "2. Ada Vell, Tides and Tithes, London 1934.\n",
    { XT_TITLE ("Letters from the Salt Coast"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"), XT_YEAR (1966),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Leeds"), XT_TITLE ("Tides and Tithes") } },
  { "/extract/notes28/author-date-initials-and-ampersand",
    PROSE "\nReferences\n\nLind, P. Q. R. S. 1984. Harbour Gods of the North. Oxford.\n"
    "Vell, Anna, Tom P. Orr & Ada Lind (eds.). 2011. Methods of salt survey. Leiden: Gannet.\n",
    { XT_TITLE ("Harbour Gods of the North"), XT_AUTHOR ("Lind"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "P. Q. R. S."),
      XT_YEAR (1984), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Oxford"),
      XT_TITLE ("Methods of salt survey"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"),
      XT_FAMILY (CK_ROLE_EDITOR, 1, "Orr"), XT_FAMILY (CK_ROLE_EDITOR, 2, "Lind"), XT_YEAR (2011) } },
  /* ---- a British journal note: the series before the volume, the journal's name in abbreviations
   * (detect-article.c, scholar-shapes.c) */
  { "/extract/notes28/journal-note-series-and-abbreviations",
    PROSE "\nSee T. Orr, 'The salt question', Salt History Review, 2nd ser., XII (1959), 45-60; A. Vell, 'Salt "
    "and tithe', J. Salt Hist., xxiii (1972), pp. 45-60; and L. Lind, 'Harbour dues', Proc. Harbour Soc., "
    "vol. 18 (1952), pp. 4-19.\n",
    { XT_TITLE ("The salt question"), XT_CONTAINER ("Salt History Review"), XT_FIELD (CK_FIELD_VOLUME, "XII"),
      XT_YEAR (1959), XT_AUTHOR ("Orr"),
      XT_TITLE ("Salt and tithe"), XT_CONTAINER ("J. Salt Hist."), XT_FIELD (CK_FIELD_VOLUME, "xxiii"), XT_YEAR (1972),
      XT_TITLE ("Harbour dues"), XT_CONTAINER ("Proc. Harbour Soc."), XT_YEAR (1952) } },
  /* ---- '"Title" in Periodical, Spring 1962, pp.': the issue's season after a comma (detect-article.c) */
  { "/extract/notes28/quoted-in-periodical-season",
    PROSE "\nHis essay \"The Salt Tax\" in Harbour Quarterly, Spring 1962, pp. 4-19, began it; the lecture "
    "\"Tides and Dues\" in London, May 1963, did not.\n",
    { XT_TITLE ("The Salt Tax"), XT_CONTAINER ("Harbour Quarterly"), XT_YEAR (1962),
      XT_NO_WORK_HAS ("London") } },
  /* ---- an archive's notice of its terms cites nothing; the line over "Source:" names the piece
   * (detect-cover.c) */
  { "/extract/notes28/archive-notice-and-piece-title",
    "Notes on Harbours; Salt Received\nSource: Salt Verse, Vol. 31, No. 2 (Nov., 1927), pp. 101-106\n"
    "Published by: Salt Foundation\n\nUse of the JSTOR archive means that you accept its Terms and\n"
    "Conditions of Use, available at http://www.jstor.org/page/info/about/policies/terms.jsp\n\n"
    "                         NOTES ON HARBOURS\n\n" PROSE,
    { XT_TITLE ("Notes on Harbours; Salt Received"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Salt Verse"),
      XT_NO_WORK_HAS ("JSTOR", "Terms", "Conditions") } },
  /* ---- "But The Salt Road is …": the conjunction is no part of the title (detect-prose-shape.c) */
  { "/extract/notes28/sentence-conjunction-before-title",
    PROSE "\nThe notes are thin and the maps are poor. But The Salt Road is a fine book all the same: it "
    "restores the harbour men to the history of the war.\n",
    { XT_NO_TITLE_PREFIX ("But") } },
  /* ---- a note number glued to a span of years closing a title (normalize.c) */
  { "/extract/notes28/note-number-after-year-span",
    PROSE "\nTom Orr's Salt Law in the Courts, 1921-19486 is useful on the harbour courts.\n",
    { XT_TITLE ("Salt Law in the Courts, 1921-1948"), XT_AUTHOR ("Orr") } },
  /* ---- "(1957; repr. London: Firm, 1990)": the first year dates the work, the reprint gives the
   * place and firm (assemble.c, detectors.c paren_imprint) */
  { "/extract/notes28/reprint-imprint-after-year",
    PROSE "\nNotes\n\n1. Ada Vell, The Salt Harbour (1957; repr. London: Gannet, 1990), 12.\n",
    { XT_TITLE ("The Salt Harbour"), XT_AUTHOR ("Vell"), XT_YEAR (1957), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London") } },
  /* ---- a journal's short name and issue as its web pages cite them: "nlr i/31, March–April 1966"
   * (detect-article.c) */
  { "/extract/notes28/short-journal-name-slash-issue",
    PROSE "\nSee Tom Vell, \xe2\x80\x98Harbour Tides and the Left\xe2\x80\x99, nlr i/31, March\xe2\x80\x93" "April 1966, and Ada Orr, "
    "\xe2\x80\x98Harbours\xe2\x80\x99, nlr 47, Sept\xe2\x80\x93Oct 2007.\n",
    { XT_TITLE ("Harbour Tides and the Left"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_CONTAINER ("nlr"),
      XT_FIELD (CK_FIELD_ISSUE, "31"), XT_YEAR (1966), XT_AUTHOR ("Vell"),
      XT_TITLE ("Harbours"), XT_FIELD (CK_FIELD_ISSUE, "47"), XT_YEAR (2007) } },
  /* ---- a quoted piece "in" a journal with its volume and season: an article, no chapter
   * (detect-article.c, merge.c) */
  { "/extract/notes28/piece-in-journal-is-article",
    "The prose of the review runs here.\n\nTom Orr's \xe2\x80\x9cSalt and the Tide,\xe2\x80\x9d in "
    "Salt Culture 9 (Autumn 1977), began the argument.\n",
    { XT_TITLE ("Salt and the Tide"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_CONTAINER ("Salt Culture"),
      XT_FIELD (CK_FIELD_VOLUME, "9"), XT_YEAR (1977) } },
  /* ---- the linguists' "Journal 8.41-63" in an author-date list (detect-authordate.c) */
  { "/extract/notes28/author-date-volume-dot-pages",
    PROSE "\nReferences\n\nVELL, ADA. 1952. Notes on the harbour dialects of the north. Journal of "
    "Salt Linguistics 8.41-63.\nORR, TOM. 1960. A new count of harbour words. IJSL 14.9-28.\n",
    { XT_TITLE ("Notes on the harbour dialects of the north"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_CONTAINER ("Journal of Salt Linguistics"), XT_FIELD (CK_FIELD_VOLUME, "8"), XT_FIELD (CK_FIELD_PAGES, "41-63"),
      XT_TITLE ("A new count of harbour words"), XT_FIELD (CK_FIELD_VOLUME, "14"),
      XT_FIELD (CK_FIELD_PAGES, "9-28") } },
  /* ---- "Lisbon by Name (Firm, Year)", "Drowned by Name (Firm, Year)" alone on a line: a town's name
   * or a participle is a title there; "Group" marks a firm (detectors.c title-by, publisher-words.txt) */
  { "/extract/notes28/cited-line-place-or-participle-title",
    "Here are the plays our readers recommend this year, in no order at all, each with a line on why.\n\n"
    "Lisbon by Tom Vell (Gannet Books, 2011), \xc2\xa3" "8.99\nA play about a harbour.\n\n"
    "Drowned by Ada Orr (Harbour Communications Group, 2012)\nA play about the sea wall.\n",
    { XT_TITLE ("Lisbon"), XT_AUTHOR ("Vell"), XT_YEAR (2011), XT_TITLE ("Drowned"), XT_AUTHOR ("Orr"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harbour Communications Group"), XT_ABSENT ("Harbour Communications Group") } },
  /* a participle before "by" in prose is still a verb */
  { "/extract/notes28/participle-by-in-prose",
    PROSE "\nThe book was Transcribed by Tom Vell (Gannet Books, 2009) from the tapes.\n",
    { XT_ABSENT ("Transcribed") } },
  /* ---- a books-received list one entry a line, one of them read by another detector first: the
   * others are still read (detect-header.c) */
  { "/extract/notes28/received-lines-after-one-claimed",
    "BOOKS RECEIVED\n\nVell, Ada. The Harbour Wall. Gannet, 1961. 320 p. $4.95.\n"
    "Orr, Tom, ed. Essays on Salt. Harwell Press, 1962. xii, 240 p. $6.\n"
    "Lind, Piet. Salt Days: a memoir. Translated by Ada Quell. Gannet, 1962. 188 p. $3.50.\n",
    { XT_TITLE ("The Harbour Wall"), XT_AUTHOR ("Vell"), XT_YEAR (1961),
      XT_TITLE ("Essays on Salt"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Orr"),
      XT_TITLE ("Salt Days"), XT_AUTHOR ("Lind"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Quell") } },
  /* ---- a publisher's site sets its elements apart with bars (assemble.c) */
  { "/extract/notes28/catalogue-bar-separated-elements",
    "THE HARBOUR WALL\nAda Vell\nISBN 978-0-12-345678-9 | Hardback | 320 pages | \xc2\xa3" "25.00 | Published 12 March 2015\n\n"
    "A sweeping history of the salt harbours of northern Europe.\n",
    { XT_TITLE ("THE HARBOUR WALL"), XT_AUTHOR ("Vell"), XT_YEAR (2015), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "320"),
      XT_FIELD (CK_FIELD_PRICE, "\xc2\xa3" "25.00") } },
  /* ---- a syllabus's assignment with the part to read and no imprint (detect-reading-line.c) */
  { "/extract/notes28/syllabus-assignment-lines",
    "HISTORY 204: SALT AND THE SEA\n\nWEEK 3. The harbour and the town\n"
    "  Required: Ada Vell, The Harbour Wall, chs. 1-3.\n  Tom Orr, Salt Days, pp. 1-40.\n"
    "  Recommended: Piet Lind, The Quiet Coast.\n  Guest: Ada Quell, Professor of Salt History.\n",
    { XT_TITLE ("The Harbour Wall"), XT_AUTHOR ("Vell"), XT_TITLE ("Salt Days"), XT_AUTHOR ("Orr"),
      XT_TITLE ("The Quiet Coast"), XT_AUTHOR ("Lind"), XT_ABSENT ("Professor of Salt History") } },
  /* ---- "T (1952) was praised by …": what is done to a book makes a sentence's subject a title
   * (detect-bare.c) */
  { "/extract/notes28/title-year-then-passive-book-verb",
    PROSE "\nThe singer has written little since the war. Forty Harbour Songs (1952) was praised by the "
    "critics and ignored by the public, and nothing followed it.\n",
    { XT_TITLE ("Forty Harbour Songs"), XT_YEAR (1952) } },
  /* ---- German and French notes: "Vgl.", "Voir" before the name, "S. 12" for the page, "in:" before
   * the journal (detect-styles.c, detect-article.c) */
  { "/extract/notes28/german-french-note-words",
    PROSE "\nNotes\n\n1. Vgl. A. Vell, Die Salzstrasse, Berlin 1931, S. 12.\n"
    "2. Voir P. Lind, Histoire du sel, Paris, 1960, p. 12.\n"
    "3. T. Orr, \"Salz und Zehnt\", in: Zeitschrift f\xc3\xbcr Salzgeschichte 12 (1931), S. 1-20.\n",
    { XT_TITLE ("Die Salzstrasse"), XT_AUTHOR ("Vell"), XT_YEAR (1931), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Berlin"),
      XT_TITLE ("Histoire du sel"), XT_AUTHOR ("Lind"),
      XT_TITLE ("Salz und Zehnt"), XT_CONTAINER ("Zeitschrift f\xc3\xbcr Salzgeschichte"), XT_FIELD (CK_FIELD_VOLUME, "12"),
      XT_YEAR (1931) } },
  /* ---- a classics journal's header: three authors in capitals with initials before the title
   * (detect-header.c lead_names) */
  { "/extract/notes28/header-three-authors-initials-caps",
    "A. VELL, T. ORR and P. LIND, SALT HARBOURS OF THE NORTH. VOLUME 1: A HISTORY; VOLUME 2: SOURCES. "
    "Cambridge: Gannet University Press, 1998. Pp. xxiv + 454; xv + 416. \xc2\xa3" "50.00 (vol. 1).\n\n" PROSE,
    { XT_TITLE ("SALT HARBOURS OF THE NORTH"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Vell"), XT_FAMILY (CK_ROLE_AUTHOR, 2, "Lind"),
      XT_YEAR (1998) } },
  /* ---- a journal's line atop a review: its name in abbreviations, or the publisher's notice set apart
   * after the issue (venue-journal.c) */
  { "/extract/notes28/journal-line-abbreviated-name",
    "J. Salt Hist. 41 (2009)\n\nADA VELL, The Salt Road. London: Gannet, 1960. Pp. 300. 30s.\n\n" PROSE,
    { XT_SELF, XT_CONTAINER ("J. Salt Hist."), XT_FIELD (CK_FIELD_VOLUME, "41"), XT_YEAR (2009) } },
  { "/extract/notes28/journal-line-notice-set-apart",
    "Journal of Salt History, 27 (1986)   \xc2\xa9 1986 Gannet Press\n\nADA VELL, The Salt Road. London: Gannet, "
    "1960. Pp. 300. 30s.\n\n" PROSE,
    { XT_SELF, XT_CONTAINER ("Journal of Salt History"), XT_FIELD (CK_FIELD_VOLUME, "27"), XT_YEAR (1986) } },
  /* ---- "Journal 12:3 (1961)": the issue after the volume's colon (detect-comma.c journal-article) */
  { "/extract/notes28/journal-volume-colon-issue",
    PROSE "\nNotes\n\n1. A. Vell, \"Salt and Tithe,\" Journal of Salt History 12:3 (1961), 33-51.\n",
    { XT_TITLE ("Salt and Tithe"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_CONTAINER ("Journal of Salt History"),
      XT_FIELD (CK_FIELD_VOLUME, "12"), XT_FIELD (CK_FIELD_ISSUE, "3"), XT_YEAR (1961) } },
  /* ---- a series with its small words between the title and the imprint; a volume, year and pages
   * after a name are a journal's, no title's (detect-inbook.c, detect-bare.c) */
  { "/extract/notes28/note-series-small-words",
    PROSE "\nNotes\n\n1. A. Vell, Salt Tablets, Studies in Salt 12 (Leiden, 1957), p. 4.\n",
    { XT_TITLE ("Salt Tablets"), XT_FIELD (CK_FIELD_COLLECTION_TITLE, "Studies in Salt"), XT_YEAR (1957) } },
  { "/extract/notes28/author-in-journal-volume-no-title",
    PROSE "\nNotes\n\n1. Cf. A. Vell in Salzarchiv 45 (1952) 1-20.\n",
    { XT_NO_TITLE_HAS ("Salzarchiv 45") } },
  /* ---- a full span of years closing an imprint: a set issued over some years (assemble.c) */
  { "/extract/notes28/imprint-full-year-span",
    PROSE "\nNotes\n\n1. A. Vell, Salt and Sea in the North, 2 vols. (Paris, 1960-1965), I, 45.\n"
    "2. Tom Orr (1907-1967) was a sailor before he wrote.\n",
    { XT_TITLE ("Salt and Sea in the North"), XT_YEAR (1960), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Paris"),
      XT_NO_TITLE_HAS ("Tom Orr") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
