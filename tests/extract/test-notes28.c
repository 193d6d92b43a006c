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
    PROSE "\nThe theory is the one given by Professor Orr in Salt and Exchange after 1914 (Gannet, 1922), "
    "and by Mr. Lind in Tides of Trade (Harwell, 1921).\n",
    { XT_TITLE ("Salt and Exchange after 1914"), XT_YEAR (1922), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_TITLE ("Tides of Trade"), XT_YEAR (1921), XT_NO_TITLE_HAS ("Professor"), XT_NO_TITLE_HAS ("Lind") } },
  /* a style and a surname alone may still open a title where no "by" stands before */
  { "/extract/notes28/styled-surname-title-kept",
    PROSE "\nWe have read Mrs Quell in Harbour Lodge (London, 1950) twice.\n",
    { XT_TITLE ("Mrs Quell in Harbour Lodge") } },
  /* ---- "Mrs. King's The T": a rank word after a style is a surname, the owner of the title
   * (detectors.c possessive) */
  { "/extract/notes28/style-then-rank-word-owner",
    PROSE "\nShe writes once more. Mrs. King's The Well-Kept Harbour\n(Gannet, 1915) has been reprinted "
    "many times; Dr. Bishop's Salt Roads (Harwell, 1920) less often.\n",
    { XT_TITLE ("The Well-Kept Harbour"), XT_AUTHOR ("King"), XT_YEAR (1915),
      XT_TITLE ("Salt Roads"), XT_AUTHOR ("Bishop"), XT_NO_TITLE_HAS ("Mrs") } },
  /* a rank word alone still owns nothing: "the King's Salt" is a title's own possessive */
  { "/extract/notes28/rank-word-alone-no-owner",
    PROSE "\nHe read The King's Salt (Gannet, 1915) in one night.\n",
    { XT_TITLE ("The King's Salt"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "King") } },
  /* ---- one title, two works: an edited collection in the header and a single author's book of the
   * same name in the prose (merge.c) */
  { "/extract/notes28/same-title-editor-and-other-author",
    "The Salt Harbour, edited by Ada Vell (Gannet Press, \xc2\xa3" "7.99)\n\n" PROSE
    "\nTom Orr, whose own The Salt Harbour (Harwell, 1989) was long the only survey, writes on the "
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
    "Review\nReviewed Work(s): L'histoire du sel dans l'Europe des ports et des march\xc3\xa9s (France, Angleterre, "
    "Empire, IXe-XVe si\xc3\xa8" "cles): Essai de synth\xc3\xa8se et perspectives de recherches by Ada Vell\n"
    "Review by: Piet W. Lind\nSource: Salt Studies, Vol. 38, No. 3 (Jul., 1963), pp. 470-473\n"
    "Published by: Gannet Society of America\nAccessed: 14/03/2012 10:22\n\n" PROSE,
    { XT_TITLE ("L'histoire du sel dans l'Europe des ports et des march\xc3\xa9s (France, Angleterre, Empire, "
                "IXe-XVe si\xc3\xa8" "cles)"),
      XT_AUTHOR ("Vell"), XT_SELF, XT_CONTAINER ("Salt Studies"), XT_FIELD (CK_FIELD_VOLUME, "38"),
      XT_FIELD (CK_FIELD_ISSUE, "3"), XT_AUTHOR ("Lind"), XT_NO_TITLE_HAS ("Source") } },
  /* ---- a journal's own citation line: a series before the volume, a comma inside the name, the
   * publisher's notice after the pages (venue-journal.c) */
  { "/extract/notes28/journal-line-series",
    "Journal of the Salt Society, Series 3, Vol. 30, No. 4 (October 2020), pp. 771\xe2\x80\x93" "774\n\n" PROSE,
    { XT_SELF, XT_CONTAINER ("Journal of the Salt Society"), XT_FIELD (CK_FIELD_VOLUME, "30"),
      XT_FIELD (CK_FIELD_ISSUE, "4"), XT_DATE (2020, 10, 0) } },
  { "/extract/notes28/journal-line-comma-in-name",
    "Bulletin of the School of Salt Studies, University of London, Vol. 12, No. 1 (1947), pp. 214-216\n\n" PROSE,
    { XT_SELF, XT_CONTAINER ("Bulletin of the School of Salt Studies, University of London"),
      XT_FIELD (CK_FIELD_VOLUME, "12"), XT_YEAR (1947) } },
  { "/extract/notes28/journal-line-copyright-after-pages",
    "Journal of Salt History, 47 (2006), pp. 329\xe2\x80\x93" "331. \xc2\xa9 2006 Gannet Press\n\n" PROSE,
    { XT_SELF, XT_CONTAINER ("Journal of Salt History"), XT_FIELD (CK_FIELD_PAGES, "329\xe2\x80\x93" "331") } },
  /* ---- a scholarly journal's header: the author in capitals, a title in sentence case with its own
   * brackets and a subtitle, a series in brackets, the set's size, two firms, the binding, plates and a
   * price in new francs, over five lines (detect-header.c, detect-comma.c, extract.c, assemble.c) */
  { "/extract/notes28/journal-header-foreign-title-five-lines",
    "ADA VELL, L'histoire du sel dans l'Europe des ports et\ndes march\xc3\xa9s (France, Angleterre, Empire, "
    "IXe-XVe si\xc3\xa8" "cles):\nEssai de synth\xc3\xa8se et perspectives de recherches. (Collection\n"
    "historique.) 2 vols. Paris: Gannet, \xc3\x89" "ditions du Port, 1962. Paper.\nPp. 823; 16 plates. NF 39.\n\n" PROSE,
    { XT_TITLE ("L'histoire du sel dans l'Europe des ports et des march\xc3\xa9s (France, Angleterre, Empire, "
                "IXe-XVe si\xc3\xa8" "cles)"),
      XT_FIELD (CK_FIELD_SUBTITLE, "Essai de synth\xc3\xa8se et perspectives de recherches"), XT_AUTHOR ("Vell"),
      XT_YEAR (1962), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Paris"), XT_FIELD (CK_FIELD_COLLECTION_TITLE, "Collection historique"),
      XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "2"), XT_FIELD_PREFIX (CK_FIELD_PUBLISHER, "Gannet") } },
  { "/extract/notes28/journal-header-subtitle-price-in-letters",
    "ADA VELL, Histoire du sel: Essai de synth\xc3\xa8se. Paris: Gannet, 1962. Pp. 823; 16 plates. NF 39.\n\n" PROSE,
    { XT_TITLE ("Histoire du sel"), XT_FIELD (CK_FIELD_SUBTITLE, "Essai de synth\xc3\xa8se"), XT_AUTHOR ("Vell"),
      XT_FIELD (CK_FIELD_PRICE, "NF 39"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet") } },
  { "/extract/notes28/journal-header-volumes-before-imprint",
    "ADA VELL, Histoire du sel. 2 vols. Paris: Gannet, 1962. Pp. 823.\n\n" PROSE,
    { XT_TITLE ("Histoire du sel"), XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "2"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet") } },
  /* a books-received list's entries over four lines stay each one record (extract.c trade_header) */
  { "/extract/notes28/received-four-line-entries",
    "BOOKS RECEIVED\n\n"
    "Vell, Ada, and Tom Orr. The Salt Lectures on Tides. Vol. III: Harbours. Gannet,\n"
    "  Reading, Mass., 1965. Unpaged (21 chapters). $8.75; text ed. $6.50.\n  (Completes the set.)\n\n"
    "Lind, Piet, and Ada Quell. Tides. Parts I and II combined\n  edition. Harwell, New York, 1966. xvi + 1214 pp. $13.95.\n"
    "  (A revision of Tides for Students of Salt and Harbours,\n  1960.)\n",
    { XT_TITLE ("The Salt Lectures on Tides"), XT_AUTHOR ("Vell"), XT_TITLE ("Tides"), XT_AUTHOR ("Lind") } },
  /* ---- an imprint left unread after a title whose subtitle is in sentence case (imprint-attach.c) */
  { "/extract/notes28/imprint-after-sentence-case-subtitle",
    PROSE "\nHere Vell builds on his own earlier study, Les Salines de Orr: le discours des ports "
    "(Paris: Gannet, 1992), and on Tom Lind's Salt Career (Oxford: Clarendon Press, 1998).\n",
    { XT_TITLE ("Les Salines de Orr"), XT_FIELD (CK_FIELD_SUBTITLE, "le discours des ports"), XT_YEAR (1992),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Paris") } },
  /* ---- scholars' notes and reference lists: "City, ST, and City:" (assemble.c), three editors
   * before "(eds)," (detect-comma.c), "Name, ed., Title, Place Year" (detect-styles.c), four initials
   * and "&" before the last co-author in an author-date list (detect-authordate.c) */
  { "/extract/notes28/note-state-code-place-list",
    PROSE "\nSee Tom Orr, Salt Roads (Chicago, IL, and London: University of Chicago Press, 2004), p. 12.\n",
    { XT_TITLE ("Salt Roads"), XT_AUTHOR ("Orr"), XT_YEAR (2004),
      XT_FIELD (CK_FIELD_PUBLISHER, "University of Chicago Press"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Chicago, IL, and London") } },
  { "/extract/notes28/note-three-editors-paren-eds",
    PROSE "\nW.W. Orr III, M.J. Lind and T.A. Reed (eds), American Salt Realism (New York: Gannet, 1993).\n",
    { XT_TITLE ("American Salt Realism"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Orr"), XT_FAMILY (CK_ROLE_EDITOR, 2, "Reed"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Reed") } },
  { "/extract/notes28/note-name-ed-title-place-year",
    PROSE "\nNotes\n\n1. Piet Quell, ed., Memoirs of a Modern Harbour, London 1970.\n"
    "2. Ada Vell, Witch Salt and Witch Tides, London 1929.\n",
    { XT_TITLE ("Memoirs of a Modern Harbour"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"), XT_YEAR (1970),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_TITLE ("Witch Salt and Witch Tides") } },
  { "/extract/notes28/author-date-initials-and-ampersand",
    PROSE "\nReferences\n\nLind, J. H. W. G. 1979. Continuity and Change in Salt Religion. Oxford.\n"
    "Vell, Jost, Tom P. Orr & Ada Lind (eds.). 2006. Essentials of salt documentation. Berlin: Gannet.\n",
    { XT_TITLE ("Continuity and Change in Salt Religion"), XT_AUTHOR ("Lind"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "J. H. W. G."),
      XT_YEAR (1979), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Oxford"),
      XT_TITLE ("Essentials of salt documentation"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"),
      XT_FAMILY (CK_ROLE_EDITOR, 1, "Orr"), XT_FAMILY (CK_ROLE_EDITOR, 2, "Lind"), XT_YEAR (2006) } },
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
    "Notes on Harbours; Books Received\nSource: Salt Verse, Vol. 49, No. 3 (Dec., 1936), pp. 175-180\n"
    "Published by: Salt Foundation\n\nYour use of the JSTOR archive indicates your acceptance of the Terms &\n"
    "Conditions of Use, available at http://www.jstor.org/page/info/about/policies/terms.jsp\n\n"
    "                         NOTES ON HARBOURS\n\n" PROSE,
    { XT_TITLE ("Notes on Harbours; Books Received"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Salt Verse"),
      XT_NO_WORK_HAS ("JSTOR", "Terms", "Conditions") } },
  /* ---- "But The Salt Road is …": the conjunction is no part of the title (detect-prose-shape.c) */
  { "/extract/notes28/sentence-conjunction-before-title",
    PROSE "\nThere are weaknesses, and the framework is loose. But The Salt Road Massacre is a major work: it "
    "restores the harbour men to the history of the war.\n",
    { XT_NO_TITLE_PREFIX ("But") } },
  /* ---- a note number glued to a span of years closing a title (normalize.c) */
  { "/extract/notes28/note-number-after-year-span",
    PROSE "\nTom Orr's Legal Salt at Yale, 1927-19606 is useful on the harbour courts.\n",
    { XT_TITLE ("Legal Salt at Yale, 1927-1960"), XT_AUTHOR ("Orr") } },
  /* ---- "(1957; repr. London: Firm, 1990)": the first year dates the work, the reprint gives the
   * place and firm (assemble.c, detectors.c paren_imprint) */
  { "/extract/notes28/reprint-imprint-after-year",
    PROSE "\nNotes\n\n1. Ada Vell, The Salt Harbour (1957; repr. London: Gannet, 1990), 12.\n",
    { XT_TITLE ("The Salt Harbour"), XT_AUTHOR ("Vell"), XT_YEAR (1957), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London") } },
  /* ---- a journal's short name and issue as its web pages cite them: "nlr i/49, May–June 1968"
   * (detect-article.c) */
  { "/extract/notes28/short-journal-name-slash-issue",
    PROSE "\nSee Tom Vell, \xe2\x80\x98The Three Salt Dreams\xe2\x80\x99, nlr i/49, May\xe2\x80\x93June 1968, and Ada Orr, "
    "\xe2\x80\x98Harbours\xe2\x80\x99, nlr 61, Jan\xe2\x80\x93" "Feb 2010.\n",
    { XT_TITLE ("The Three Salt Dreams"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_CONTAINER ("nlr"),
      XT_FIELD (CK_FIELD_ISSUE, "49"), XT_YEAR (1968), XT_AUTHOR ("Vell"),
      XT_TITLE ("Harbours"), XT_FIELD (CK_FIELD_ISSUE, "61"), XT_YEAR (2010) } },
  /* ---- a quoted piece "in" a journal with its volume and season: an article, no chapter
   * (detect-article.c, merge.c) */
  { "/extract/notes28/piece-in-journal-is-article",
    "The prose of the review runs here.\n\nTom Orr's \xe2\x80\x9cNotes on the Salt Theory in 1962,\xe2\x80\x9d in "
    "Salt Culture 15 (Spring 1985), started the quarrel.\n",
    { XT_TITLE ("Notes on the Salt Theory in 1962"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_CONTAINER ("Salt Culture"),
      XT_FIELD (CK_FIELD_VOLUME, "15"), XT_YEAR (1985) } },
  /* ---- the linguists' "Journal 5.79-100" in an author-date list (detect-authordate.c) */
  { "/extract/notes28/author-date-volume-dot-pages",
    PROSE "\nReferences\n\nVELL, ADA. 1949. Studies in salt classification: I. The harbour family. Southwestern "
    "Journal of Salt 5.79-100.\nORR, TOM. 1955. Towards greater accuracy in salt dating. IJSL 21.121-37.\n",
    { XT_TITLE ("Studies in salt classification"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_CONTAINER ("Southwestern Journal of Salt"), XT_FIELD (CK_FIELD_VOLUME, "5"), XT_FIELD (CK_FIELD_PAGES, "79-100"),
      XT_TITLE ("Towards greater accuracy in salt dating"), XT_FIELD (CK_FIELD_VOLUME, "21"),
      XT_FIELD (CK_FIELD_PAGES, "121-37") } },
  /* ---- "Jerusalem by Name (Firm, Year)", "Ruined by Name (Firm, Year)" alone on a line: a town's name
   * or a participle is a title there; "Group" marks a firm (detectors.c title-by, publisher-words.txt) */
  { "/extract/notes28/cited-line-place-or-participle-title",
    "Every summer our department is asked the same question, and here are the scripts we keep pressing "
    "on our friends.\n\nJerusalem by Tom Vell (Gannet Books, 2009), \xc2\xa3" "9.99\nA play about a man in his wood.\n\n"
    "Ruined by Ada Orr (Harbour Communications Group, 2009)\nOrr set out to adapt a play and wrote her own.\n",
    { XT_TITLE ("Jerusalem"), XT_AUTHOR ("Vell"), XT_YEAR (2009), XT_TITLE ("Ruined"), XT_AUTHOR ("Orr"),
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
  /* ---- "T (1936) was praised for …": what is done to a book makes a sentence's subject a title
   * (detect-bare.c) */
  { "/extract/notes28/title-year-then-passive-book-verb",
    PROSE "\nThe poet has been the most discussed of the younger writers. Twenty-five Tides (1936) was praised "
    "for its energy and blamed for its obscurity in about equal measure.\n",
    { XT_TITLE ("Twenty-five Tides"), XT_YEAR (1936) } },
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
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
