/* test-notes14.c — conventions read in the fourteenth session.  Every text
 * is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- a journal's books received, in the Chicago bibliography's form (detect-styles.c) */
  /* the label stands over a note, not straight over the list; entries wrap under a hanging indent */
  { "/extract/notes14/books-received-under-note",
    "THE HARBOUR ECONOMIC REVIEW\n\n                     Books Received\n\n"
    "Listing here does not preclude review in a later issue.\n\n"
    "Hallam, Peter J., Jr. The Long Haul: Freight and Carriers in the\n    Northern Provinces. London: Gannet Press,\n"
    "    1981. Pp. xvi + 608. $18.50.\n\n"
    "van der Berg, Anna. The Salt Trade in an Age of Crisis, 1500-1650.\n    London: Gannet Press, 1979. Pp. xi + 284. "
    "$19.95\n    cloth; $5.95 paper.\n",
    { XT_TITLE ("The Long Haul"), XT_FIELD (CK_FIELD_SUBTITLE, "Freight and Carriers in the Northern Provinces"),
      XT_AUTHOR ("Hallam"), XT_YEAR (1981),
      XT_TITLE ("The Salt Trade in an Age of Crisis, 1500-1650"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_YEAR (1979) } },
  /* a publisher's name wrapped after its first word, "&" opening the next line; three authors */
  { "/extract/notes14/entry-publisher-wrapped",
    "Books Received\n\nTobler, Ruth, Hans Ebner, and Kurt Meili. Gewerbe und Handel\n    auf dem Lande. Gottingen: "
    "Vandenhoeck\n    & Ruprecht, 1980. Pp. 350. DM 48.\n",
    { XT_TITLE ("Gewerbe und Handel auf dem Lande"), XT_FIELD (CK_FIELD_PUBLISHER, "Vandenhoeck & Ruprecht"),
      XT_FAMILY (CK_ROLE_AUTHOR, 2, "Meili"), XT_YEAR (1980) } },
  /* a line that wraps "Households,\n    Markets," is no new entry under a hanging indent */
  { "/extract/notes14/entry-wrapped-comma-word",
    "Books Received\n\nWright, Ann. The Political Economy of the Salt Coast: Harbours,\n"
    "    Markets, and Wealth in the Nineteenth Century. New York: Gannet\n"
    "    Press, 1978. Pp. xiv + 205. $12.95. [Advance proofs; the\n    publisher gives a date of February 1978.]\n",
    { XT_TITLE ("The Political Economy of the Salt Coast"),
      XT_FIELD (CK_FIELD_SUBTITLE, "Harbours, Markets, and Wealth in the Nineteenth Century"),
      XT_AUTHOR ("Wright"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press") } },
  /* ---- imprints (assemble.c) */
  /* "Cambridge, Mass. and London": a state's stop inside a list of places */
  { "/extract/notes14/imprint-state-and-place",
    "Works Cited\n\nHallam, Peter. The Long Haul. Cambridge, Mass. and London: Gannet Press, 1981.\n\n"
    "Quell, Ada. Salt Roads. Evanston, Ill., and London: Harbour University Press, 1990.\n",
    { XT_TITLE ("The Long Haul"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Cambridge, Mass. and London"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_TITLE ("Salt Roads"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harbour University Press") } },
  /* ---- italics in HTML (detectors.c html-italics before the possessive detectors) */
  /* a possessive inside the italics is part of the title; one before them names the author */
  { "/extract/notes14/html-italics-possessive",
    "<ul>\n<li><strong>J. D. Vell</strong>, <em>Gannet&#8217;s Dragon: A Naval History of the Coast</em> (Stroud: "
    "Harbour Press, 2013). A fine book.</li>\n\n<li>A revised edition of Tom Reed&#8217;s <em>Nelson&#8217;s Salt: The "
    "Ships, Men and Organisation 1793&#8211;1815</em> (London: Gannet, 2012).</li>\n</ul>\n<p>More next time.</p>\n",
    { XT_TITLE ("Gannet\xe2\x80\x99s Dragon"), XT_AUTHOR ("Vell"), XT_YEAR (2013),
      XT_TITLE ("Nelson\xe2\x80\x99s Salt"), XT_AUTHOR ("Reed"),
      XT_FIELD (CK_FIELD_SUBTITLE, "The Ships, Men and Organisation 1793\xe2\x80\x93" "1815") } },
  /* ---- a dealer's catalogue (detect-bookseller.c, assemble.c) */
  /* the lot number before the heading with one space; "First edition." is the edition */
  { "/extract/notes14/bookseller-lot-one-space",
    "QUELL & VELL\nAntiquarian Booksellers\n\nCATALOGUE TWELVE\n\n"
    "121 BELL (Ada Lowthian). The Desert and the Sea. London:\nGannet Press, 1907. First edition. 8vo. xv, 347pp. "
    "Folding\nmap and numerous plates. A good copy. \xc2\xa3" "220\n\n"
    "122 REED (Tom). Salt Roads. London: Harbour Press, 1911. Second edition. \xc2\xa3" "40\n",
    { XT_TITLE ("The Desert and the Sea"), XT_AUTHOR ("Bell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada Lowthian"),
      XT_FIELD (CK_FIELD_EDITION, "First edition"), XT_YEAR (1907), XT_TITLE ("Salt Roads"), XT_AUTHOR ("Reed") } },
  /* a number and a word in capitals in prose are no lot */
  { "/extract/notes14/no-lot-in-prose",
    "The harbour had its own salt works until the war.\n3 MEN came back from the boats that winter, and the works "
    "closed. London, 1907, saw the last of them.\n",
    { XT_COUNT (0) } },
  /* a rank in the heading's bracket, a short form among the initials, a work issued over two years */
  { "/extract/notes14/bookseller-rank-short-forms-years",
    "CATALOGUE TWELVE\n\n"
    "123 VELLUM (Major R. E.). From the Salt Coast to the Hills. London: Gannet Press, 1923. \xc2\xa3" "35\n\n"
    "124 QUELLBY (H. St. J. B.). The Heart of the Coast. London: Harbour Press, 1922. First edition. \xc2\xa3" "90\n\n"
    "125 BARTON (Ann F.). A Pilgrimage to the Salt Towns. London: Longman, Brown, Green, and Longmans,\n1855-6. "
    "3 vols. \xc2\xa3" "750\n",
    { XT_TITLE ("From the Salt Coast to the Hills"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "R. E."),
      XT_TITLE ("The Heart of the Coast"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "H. St. J. B."),
      XT_TITLE ("A Pilgrimage to the Salt Towns"), XT_YEAR (1855),
      XT_FIELD (CK_FIELD_PUBLISHER, "Longman, Brown, Green, and Longmans") } },
  /* ---- a reading list (normalize.c, detect-reflist.c, roles.txt) */
  /* a bullet opening the line; a later paperback after the first imprint's year */
  { "/extract/notes14/reading-list-bullet-later-edition",
    "A GUIDE TO FURTHER READING\n\nMembers are not expected to buy all, or even most, of the books below. Those "
    "marked are in the box and may be borrowed from the class secretary; most of the others can be had through the "
    "public library.\n\n* Ann Quell, The Century of Salt 1603-1714 (Gannet,\n1961; Harbour paperback, \xc2\xa3" "1.25). "
    "Still the best.\n\n* Tom Reed, The World Turned Round (Temple Smith, 1972; Penguin,\n1975, \xc2\xa3" "1.00).\n",
    { XT_TITLE ("The Century of Salt 1603-1714"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_YEAR (1961), XT_TITLE ("The World Turned Round"), XT_FIELD (CK_FIELD_PUBLISHER, "Temple Smith"),
      XT_YEAR (1972) } },
  /* the longer phrases of an editor's work end the title */
  { "/extract/notes14/role-prepared-for-publication",
    "A GUIDE TO FURTHER READING\n\nMembers are not expected to buy all, or even most, of the books below. Those "
    "marked are in the box and may be borrowed from the class secretary; most of the others can be had through the "
    "public library.\n\nAnn Quell, The Levellers and the Salt Revolution,\nedited and prepared for publication by "
    "Tom Reed (Gannet Press, 1961). Long and unfinished.\n",
    { XT_TITLE ("The Levellers and the Salt Revolution"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Reed") } },
  /* ---- a note's article with a double issue (detect-reflist.c) */
  { "/extract/notes14/article-double-issue",
    "Notes\n\n2 Ann Quell, 'The new salt history as harbour archaeology', Harbours, vol. 14, nos 2\xe2\x80\x93" "3 "
    "(2004), pp. 75\xe2\x80\x93" "117.\n",
    { XT_TITLE ("The new salt history as harbour archaeology"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbours"), XT_FIELD (CK_FIELD_VOLUME, "14"),
      XT_FIELD (CK_FIELD_ISSUE, "2\xe2\x80\x93" "3"), XT_YEAR (2004) } },
  /* ---- papers named as employers or as where a piece appeared (detect-periodical.c) */
  { "/extract/notes14/periodical-employer-or-container",
    "Ann Quell, a former Warsaw correspondent for the Harbour Economist, writes well. Her essay \"Salt and Tides,\" "
    "which first appeared in the Gannet Review in 1964, is reprinted here. Tom Reed, film critic of the Lymington "
    "Gazette for many years, was a New Yorker by birth. She wrote for the Harbour Clarion every week.\n",
    { XT_NO_WORK_HAS ("Harbour Economist"), XT_NO_WORK_HAS ("Gannet Review"), XT_NO_WORK_HAS ("Lymington Gazette"),
      XT_NO_WORK_HAS ("New Yorker"), XT_PERIODICAL ("Harbour Clarion") } },
  /* where a piece was printed, with no quotes: "first published in the X", "written for the X" */
  { "/extract/notes14/periodical-where-piece-printed",
    "The Salt Road, first published in the Gannet Monthly in July 1890, was then expanded. In a piece originally "
    "written for the Harbour Clarion, he admits it. She wrote for the Lymington Review every week.\n",
    { XT_NO_WORK_HAS ("Gannet Monthly"), XT_NO_WORK_HAS ("Harbour Clarion"), XT_PERIODICAL ("Lymington Review") } },
  /* ---- a co-author before the imprint (title-weak.c ck_ctx_person_after_by) */
  { "/extract/notes14/wrote-with-coauthor",
    "Readers of Salt and the State, which he wrote with Ivo Orrley (Gannet Press, 1968), will find little new. She "
    "began with Ada Quell: The Harbour Years (Gannet, 1995), a life.\n",
    { XT_NO_WORK_HAS ("Ivo Orrley"), XT_TITLE ("Ada Quell") } },
  /* ---- art historians' notes: names in capitals before a colon (detect-note-entry.c) */
  { "/extract/notes14/note-caps-names-colon",
    "The Review\n\nSome prose opens the review here and runs on long enough to make this a paragraph of prose, with "
    "no citations at all in it. It goes on for a second sentence, and a third that is longer than the others and says "
    "even less.\n\nNotes\n\n"
    "\xc2\xb9 M. QUELLER: Giotto and the Harbour, New York [1960].\n"
    "3 W. L. VELLMAN and M. VAN DER ORR: The Salt Documents, New York 1979.\n"
    "4 A. HOUTMAN: De Groote Zoutboek der Nederlantsche Schilders, Amsterdam 1718-21, I, p.254.\n",
    { XT_TITLE ("Giotto and the Harbour"), XT_AUTHOR ("Queller"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "M."), XT_YEAR (1960),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New York"),
      XT_TITLE ("The Salt Documents"), XT_AUTHOR ("Vellman"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Van Der Orr"),
      XT_YEAR (1979),
      XT_TITLE ("De Groote Zoutboek der Nederlantsche Schilders"), XT_YEAR (1718),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Amsterdam") } },
  /* capitals before a colon in prose are no note */
  { "/extract/notes14/no-caps-colon-in-prose",
    "The Review\n\nSome prose opens the review here and runs on long enough to make this a paragraph of prose, with "
    "no citations at all in it. NOTE: The Harbour Press, New York 1960, has closed.\n",
    { XT_COUNT (0) } },
  /* ---- a pamphlet's price alone in brackets after its title (detectors.c title-imprint) */
  { "/extract/notes14/title-price-alone",
    "The Review\n\nSome prose opens the review here and runs on long enough to make this a paragraph of prose, with "
    "no citations at all in it. It goes on for a second sentence, and a third that is longer than the others and says "
    "even less.\n\nFrom the Harbour Party comes Learning to Live: A Policy for Harbours (1s. 6d.), and it is good. "
    "Ann Vell (2s. 6d. a year) is not.\n",
    { XT_TITLE ("Learning to Live"), XT_FIELD (CK_FIELD_SUBTITLE, "A Policy for Harbours"), XT_ABSENT ("Ann Vell") } },
  /* ---- a year right after a title closing its phrase (attr-context.c) */
  { "/extract/notes14/year-of-in-after-title",
    "On the other side stands Vell\u2019s \u201cHue and Cry over the Harbour\u201d of 1938, and the articles with it. "
    "The theory, first set out in his Salt and Prospects in 1906, held that the towns would fall.\n",
    { XT_TITLE ("Hue and Cry over the Harbour"), XT_YEAR (1938), XT_TITLE ("Salt and Prospects"), XT_YEAR (1906) } },
  /* ---- a periodical in italics after a quoted title in HTML (normalize-web.c) */
  { "/extract/notes14/html-quoted-article-italic-journal",
    "<ul>\n<li><strong>Ann Quell</strong>, &#8216;Salting the Channel Fleet, 1793&#8211;1802&#8217;, <em>The Harbour "
    "Mirror</em>, vol. 99, no. 2 (May 2013), pp. 164&#8211;181.</li>\n<li>Tom Reed, &ldquo;The Right to the "
    "Harbour,&rdquo; <i>Gannet Review</i> 53 (Sept./Oct. 2008): 23&ndash;40.</li>\n</ul>\n<p>More next time.</p>\n",
    { XT_TITLE ("Salting the Channel Fleet, 1793\xe2\x80\x93" "1802"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Mirror"), XT_FIELD (CK_FIELD_VOLUME, "99"), XT_AUTHOR ("Quell"),
      XT_TITLE ("The Right to the Harbour"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Gannet Review"),
      XT_FIELD (CK_FIELD_VOLUME, "53"), XT_AUTHOR ("Reed") } },
  /* ---- a quoted article before its journal's dated issue (detectors.c periodical-issue) */
  { "/extract/notes14/quoted-article-dated-issue",
    "Readers will know Ada Quell's influential article \"1919: The Harbour Revolt,\" Harbour/Le Travail 13 (Spring "
    "1984), which first insisted on it. See also J. Reed, \xe2\x80\x98In Defence of the Harbour\xe2\x80\x99, Gannet "
    "Socialism 52 (Autumn 1991).\n",
    { XT_TITLE ("1919"), XT_FIELD (CK_FIELD_SUBTITLE, "The Harbour Revolt"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour/Le Travail"), XT_FIELD (CK_FIELD_VOLUME, "13"), XT_YEAR (1984),
      XT_TITLE ("In Defence of the Harbour"), XT_AUTHOR ("Reed"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Gannet Socialism"),
      XT_YEAR (1991), XT_COUNT (2) } },
  /* ---- a press's list with the author in mixed case over a title in capitals (detect-press-list.c) */
  { "/extract/notes14/press-list-mixed-author-over-caps",
    "GANNET PRESS\nNEW BOOKS \xc2\xb7 SPRING 1991\n\n"
    "Pierre Vellard\nLANGUAGE AND THE HARBOUR\nEdited and introduced by John B. Quell\n\n"
    "This volume brings together the most important writings on the harbour and its language.\n\n"
    "320 pages \xc2\xb7 March 1991\n0 7456 0097 2  paperback \xc2\xa3" "11.95\n\n"
    "Anna Reedman\nMODERNITY AND THE SALT TRADE\nSelf and Society in the Harbour Towns\n\n"
    "Extending the argument of her earlier work, the author shows how the towns lived by salt.\n\n"
    "304 pages \xc2\xb7 April 1991\n0 7456 0571 0  paperback \xc2\xa3" "10.95\n",
    { XT_TITLE ("LANGUAGE AND THE HARBOUR"), XT_AUTHOR ("Vellard"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_YEAR (1991),
      XT_TITLE ("MODERNITY AND THE SALT TRADE"), XT_FIELD (CK_FIELD_SUBTITLE, "Self and Society in the Harbour Towns"),
      XT_AUTHOR ("Reedman") } },
  /* ---- title-by entries one a line are no header block (detectors.c) */
  { "/extract/notes14/title-by-lines-no-header-block",
    "ON THE SHELF\n\nSome prose opens the column here and runs on long enough to make this a paragraph of prose, "
    "with no citations at all in it. It goes on for a second sentence, and a third that is longer.\n\n"
    "  A Possible Harbour Plan, by Brian Abel-Vell (Gannet Research\n  Series No. 198, 2s. 6d.).\n"
    "  The Future of the Salt Unions, by Eric Quellham (Gannet Tract 316, 1s.).\n",
    { XT_TITLE ("A Possible Harbour Plan"), XT_AUTHOR ("Abel-Vell"), XT_TITLE ("The Future of the Salt Unions"),
      XT_AUTHOR ("Quellham"), XT_COUNT (2) } },
  /* a name and a preposition wrapping a line of prose are no header's title */
  { "/extract/notes14/wrapped-prose-no-header-title",
    "The Review\n\nSome prose opens the review here and runs on long enough to make this a paragraph of prose, with "
    "no citations at all in it. It goes on for a second sentence, and a third that is longer.\n\n"
    "Michael Vellman, in Painting and\nExperience in the Harbour Towns (Oxford, 1972), showed how it works.\n",
    { XT_NO_WORK_HAS ("Michael Vellman"), XT_NONE_FIRED ("header-block") } },
  /* ---- edition statements (assemble.c) */
  { "/extract/notes14/edition-anniversary-impression",
    "Works Cited\n\nQuell, Ada. Dust and Salt. 25th anniversary ed. Gannet Press, 2004.\n",
    { XT_TITLE ("Dust and Salt"), XT_FIELD (CK_FIELD_EDITION, "25th anniversary ed"),
      XT_TEXT ("CATALOGUE TWELVE\n\n121 VELL (Tom). The Salt Road. London: Harbour Press, 1931. Second impression. "
               "\xc2\xa3" "40\n"),
      XT_TITLE ("The Salt Road"), XT_FIELD (CK_FIELD_EDITION, "Second impression") } },
  /* ---- an institution after a possessive is no work (attribution.c body nouns) */
  { "/extract/notes14/possessive-institution",
    "Her third collection comes from Dudley Vell's Broadside Press. The poems were published in 1955 by "
    "George Quell's Marvell Press, and she lectured to the Women's Co-operative Guild. Reed's The Salt Road "
    "(London, 1961) is better.\n",
    { XT_NO_WORK_HAS ("Broadside Press"), XT_NO_WORK_HAS ("Marvell Press"), XT_NO_WORK_HAS ("Co-operative Guild"),
      XT_TITLE ("The Salt Road"), XT_AUTHOR ("Reed") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
