/* test-notes11.c — conventions read in the eleventh session: a journal's
 * masthead with its issue line under the name (at the top or the foot of
 * the text, under a subtitle or a blank line), the marks of a new series
 * and a volume's part, an ISBN sentence in a wrapped header, and a
 * bracketed imprint after "Name, Title".  Every text is invented. */
#include "extract-test-util.h"

#define PROSE                                                                                                  \
  "Few subjects in the history of the ports have suffered so long from good intentions as the salt trade. "  \
  "This book follows the merchants through the war years and the long silence after them, and it reads "    \
  "the harbour records with care.\n"

static const XtCase cases[] = {
  /* ---- the name over its issue line (detect-venue.c, name_over_volume) */
  { "/extract/notes11/name-over-volume-line",
    "The Harbour Quarterly\nVolume 48, Number 2, June 1976\n\nBOOK REVIEWS\n\n"
    "The Salt Road, 1750\xe2\x80\x93" "1789. By Ada Quell.\nOxford: Gannet Press, 1974. Pp. xii+414. \xc2\xa3" "8.00.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Quarterly"), XT_FIELD (CK_FIELD_VOLUME, "48"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_YEAR (1976),
      /* no heading of its own: the review is untitled */
      XT_FIELD (CK_FIELD_TITLE, NULL),
      XT_TITLE ("The Salt Road, 1750\xe2\x80\x93" "1789"), XT_AUTHOR ("Quell"), XT_YEAR (1974),
      XT_ABSENT ("Volume") } },
  { "/extract/notes11/name-subtitle-volume",
    "TIDE\nA Monthly Record of Harbour Science\nVol. LXIV, Nos. 186\xe2\x80\x93" "218        September\xe2\x80\x93October, 1964\n\n"
    "187  The Salt Road. By Ada Quell. London (Gannet Press), 1963. Pp. xiv, 286. Price 42s.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "TIDE"), XT_FIELD (CK_FIELD_VOLUME, "LXIV"),
      XT_FIELD (CK_FIELD_ISSUE, "186\xe2\x80\x93" "218"), XT_YEAR (1964) } },
  { "/extract/notes11/name-blank-volume",
    "THE HARBOUR LAW REVIEW\n\nVolume 46                                   July 1983\n\n"
    "The Salt Road. By Ada Quell. Oxford: Gannet Press, 1982. xl + 420 pp. \xc2\xa3" "35.00.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR LAW REVIEW"), XT_FIELD (CK_FIELD_VOLUME, "46"),
      XT_YEAR (1983) } },
  { "/extract/notes11/number-dash-volume",
    "THE HARBOUR JOURNAL\nNo. 173.\xe2\x80\x94VOL. XLIV.                         MARCH, 1934\n\nREVIEWS\n\n"
    "The Salt Road. By Ada Quell. (London: Gannet Press. 1933. Pp. 352. 12s. 6d.)\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR JOURNAL"), XT_FIELD (CK_FIELD_VOLUME, "XLIV"),
      XT_FIELD (CK_FIELD_ISSUE, "173"), XT_YEAR (1934) } },
  { "/extract/notes11/new-series-volume",
    "THE HARBOUR REVIEW\nNEW SERIES \xc2\xb7 VOLUME XXV \xc2\xb7 NO. 2 \xc2\xb7 NOVEMBER 1975\n\n"
    "SALT AND IRON\n\nThe Salt Road. By Ada Quell. Oxford: Gannet Press, 1974. Pp. xiv + 336. \xc2\xa3" "6.50.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR REVIEW"), XT_FIELD (CK_FIELD_VOLUME, "XXV"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_YEAR (1975), XT_ABSENT ("NEW SERIES") } },
  /* at the foot of the text, under the review's own heading */
  { "/extract/notes11/name-over-volume-foot",
    "Salt in the Blood\n\nTom Vell\n\nThe Salt Road\nby Ada Quell.\nGannet, 72 pp., $3.95\n\n" PROSE
    "\nThe Harbour Review of Books\nVolume 4, Number 2 \xc2\xb7 February 25, 1965\n",
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Salt in the Blood"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Review of Books"), XT_FIELD (CK_FIELD_VOLUME, "4"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_DATE (1965, 2, 25) } },
  /* a person's name over a volume line is no masthead */
  { "/extract/notes11/person-over-volume",
    "Ada Quell\nVolume 2, Number 3, May 1980\n\n" PROSE,
    { XT_NO_SELF } },
  /* ---- the masthead on one line: a spaced slash, a day right after a
   * name in capitals; a one-word section label over the headline */
  { "/extract/notes11/masthead-spaced-slash",
    "THE HARBOUR WEEKLY / May 18, 1974\n\nBOOKS\n\nThe Body in Question\n\nELLEN MARSH\n\n"
    "THE SALT ROAD. By Ada Quell. Gannet Press. 64 pp. $5.95.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR WEEKLY"), XT_DATE (1974, 5, 18),
      XT_FIELD (CK_FIELD_TITLE, "The Body in Question"), XT_TITLE ("THE SALT ROAD"), XT_AUTHOR ("Quell") } },
  { "/extract/notes11/masthead-caps-day",
    "HARBOUR STATESMAN 4 July 1975\n\nESSAYS\n\nDigging In\n\nOwen Baird\n\n"
    "North by Ada Quell (Gannet, \xc2\xa3" "2.25)\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "HARBOUR STATESMAN"), XT_DATE (1975, 7, 4),
      XT_FIELD (CK_FIELD_TITLE, "Digging In"), XT_ABSENT ("ESSAYS") } },
  { "/extract/notes11/column-in-general",
    "HARBOUR STATESMAN   3 NOVEMBER 1961\n\nBooks in General\n\nThe Decent Man's Burden\n\n"
    "Collected Essays. By ADA QUELL. Gannet & Marrow. 30s.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "The Decent Man's Burden"), XT_ABSENT ("Books in General") } },
  /* ---- the series before the issue; a citation line with no date */
  { "/extract/notes11/series-colon-issue",
    "Ann Reed\n\nThe people and the harbour\n\n(Winter 1996)\n\nFrom Harbour Socialism 2 : 73, Winter 1996.\n\n"
    "Ada Quell, The Salt Road: The Northern Ports 1891\xe2\x80\x93" "1924 (Gannet Press, 1996), \xc2\xa3" "20\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Socialism"), XT_FIELD (CK_FIELD_ISSUE, "73"), XT_YEAR (1996),
      XT_FIELD (CK_FIELD_TITLE, "The people and the harbour") } },
  { "/extract/notes11/citation-line-no-date",
    "Journal of the Harbour Institute (N.S.) 29, 441-443\n\n"
    "Ada Quell, The Salt Road (London: Gannet Press, 2021), pp. xii + 692.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of the Harbour Institute"), XT_FIELD (CK_FIELD_VOLUME, "29"),
      XT_FIELD (CK_FIELD_PAGES, "441-443") } },
  { "/extract/notes11/citation-line-year-pages",
    "Studies in Harbour History 39 (2008) 549\xe2\x80\x93" "555\n\nEssay review\n\nSeeing the salt plainly\n\n"
    "Ada Quell, The Salt Road (London: Gannet Press, 2007), pp. xii + 692.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Studies in Harbour History"), XT_FIELD (CK_FIELD_VOLUME, "39"),
      XT_YEAR (2008) } },
  /* ---- a trade review's footer among labelled lines */
  { "/extract/notes11/kirkus-issue-footer",
    "THE SALT ROAD by Ada Quell\n\n" PROSE "\nPub Date: April 28th, 1965\nPublisher: Gannet\nKirkus Reviews Issue: April 1st, 1965\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Kirkus Reviews"), XT_YEAR (1965) } },
  /* ---- a magazine's name over a column's kicker, the issue dated at the foot */
  { "/extract/notes11/print-edition-footer-kicker",
    "THE HARBOUR WEEKLY\n\nA CRITIC AT LARGE\n\nTHE TELL-ALL\nMemoir, confession, and the uses of salt.\nBY ADA QUELL\n\n"
    PROSE "\nPublished in the print edition of the April 7, 1997, issue.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR WEEKLY"), XT_DATE (1997, 4, 7),
      XT_FIELD (CK_FIELD_TITLE, "THE TELL-ALL"), XT_AUTHOR ("Quell"), XT_ABSENT ("A CRITIC AT LARGE") } },
  { "/extract/notes11/dotted-date-one-line",
    "Harbour Classical Review 2016.05.12\n\nAda Quell, The Salt Road. New York: Gannet Press, 2015. Pp. 608. $35.00.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Classical Review"), XT_FIELD (CK_FIELD_ISSUE, "2016.05.12"),
      XT_DATE (2016, 5, 12) } },
  /* ---- "NS", "Pt 2" on one line (venue_elements) */
  { "/extract/notes11/series-and-part",
    "The Journal of Harbour Studies, NS, Vol. 68, Pt 2, October 2017\n\n"
    "The Salt Road: The Life and Thought of Tom Vell. By\nAda Quell. Translated by Piet Marrow. Pp. xiv + 146.\n"
    "Minneapolis: Gannet Press, 2016. ISBN 978 1 5064 0842 4. Paper $18.99.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Journal of Harbour Studies"), XT_FIELD (CK_FIELD_VOLUME, "68"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_YEAR (2017),
      /* ---- an ISBN sentence closing a wrapped header (detect-header.c) */
      XT_TITLE ("The Salt Road"), XT_TYPE (CK_TYPE_BOOK), XT_FIELD (CK_FIELD_SUBTITLE, "The Life and Thought of Tom Vell"),
      XT_AUTHOR ("Quell"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Marrow"), XT_YEAR (2016), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_FIELD (CK_FIELD_ISBN, "978 1 5064 0842 4") } },
  /* ---- journals' book headers (detect-header.c) */
  { "/extract/notes11/extent-fragments-bracket-imprint",
    "HARBOUR REVIEW\n\nSalt and the Language of Tides. By Ada Quell. 202 pp. + 41 b. & w.\n"
    "ills. (Gannet University Press, Cambridge, 1987), \xc2\xa3" "35. ISBN 0-521-32692-1.\n\n" PROSE,
    { XT_TITLE ("Salt and the Language of Tides"), XT_AUTHOR ("Quell"), XT_YEAR (1987),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Cambridge"),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "202") } },
  { "/extract/notes11/honorific-byline-edition-net",
    "HARBOUR REVIEW\n\nThe Salt Universe. By Sir Tom Vell. Cheap edition. Pp. ix\n  + 154. "
    "(Cambridge: At the University Press, 1932.) 2s. 6d. net.\n\n" PROSE,
    { XT_TITLE ("The Salt Universe"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Tom"), XT_YEAR (1932),
      XT_FIELD (CK_FIELD_EDITION, "Cheap edition"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Cambridge"),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "ix + 154") } },
  { "/extract/notes11/place-bracket-firm-extent",
    "HARBOUR REVIEW\n\nThe Salt Folk of the Delta. By Ada Quell. London (Gannet Press for the\n"
    "Harbour Institute), 1963. Pp. xiv, 286, 16 pls., 3 maps.\nPrice 42s.\n\n" PROSE,
    { XT_TITLE ("The Salt Folk of the Delta"), XT_AUTHOR ("Quell"), XT_YEAR (1963),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press for the Harbour Institute") } },
  { "/extract/notes11/caps-inverted-colon-subtitle",
    "PUBLICATIONS RECEIVED\n\nQUELL, ADA: The Salt Road. The Merchants and the Market. 160 pp. incl. 154 b. & w. ills. "
    "(Gannet and Marrow, London, 1988), \xc2\xa3" "18.\n\n" PROSE,
    { XT_TITLE ("The Salt Road"), XT_FIELD (CK_FIELD_SUBTITLE, "The Merchants and the Market"), XT_AUTHOR ("Quell"),
      XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet and Marrow"), XT_YEAR (1988) } },
  { "/extract/notes11/editor-mark-first",
    "SHORT NOTICES\n\nA. B. QUELL (ed.). The Harbour Revolt of 1381. London: Gannet,\n1970. pp. xxxvi + 433. "
    "\xc2\xa3" "4.50 (paperback \xc2\xa3" "2.25).\n\n" PROSE,
    { XT_TITLE ("The Harbour Revolt of 1381"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 0, NULL),
      XT_YEAR (1970), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet") } },
  { "/extract/notes11/initials-then-title",
    "BOOKS RECEIVED\n\nQuell, A. B. The Old Salt Road. Gannet Press. $3.00.\nVell, T. M. Aspects of the Harbour. Marrow Books. $1.15.\n\n" PROSE,
    { XT_TITLE ("The Old Salt Road"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "A. B."),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_TITLE ("Aspects of the Harbour"), XT_AUTHOR ("Vell") } },
  /* prose with a bracket and a price is no header */
  { "/extract/notes11/bracket-prose-no-header",
    "It cost $5.00 then. Nobody bought it. Prices rose in 1971.\n\n"
    "Ilse Varn wrote it. Varn (The Tin Bell, 2001) knows the delta well.\n",
    { XT_NO_TITLE_HAS ("cost"), XT_NO_TITLE_HAS ("wrote") } },
  /* ---- a note's title in sentence case, with a full imprint (detect-reflist.c) */
  { "/extract/notes11/sentence-case-note-title",
    PROSE "\nNotes\n\n1. Ada M. Quell, Trust in tides: The pursuit of salt in science and public life "
    "(Princeton: Gannet University Press, 1995).\n\n2. Tom Vell, The view from the harbour (New York: Marrow Press, 1986).\n",
    { XT_TITLE ("Trust in tides"), XT_FIELD (CK_FIELD_SUBTITLE, "The pursuit of salt in science and public life"),
      XT_AUTHOR ("Quell"), XT_YEAR (1995), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"),
      XT_TITLE ("The view from the harbour"), XT_AUTHOR ("Vell"), XT_YEAR (1986) } },
  /* a sentence in lower case with no publisher stays out */
  { "/extract/notes11/sentence-case-needs-publisher",
    PROSE "\nNotes\n\n1. Ada M. Quell, the view we took of it then (1995).\n",
    { XT_NO_TITLE_HAS ("view we took") } },
  /* ---- two headers, one a line, the second reading like "Place: Firm" */
  { "/extract/notes11/two-title-by-lines",
    "Book Reviews: Salt\n\nTom Vell: Romantic to Revolutionary by A. B. Quell. (Gannet Press, \xc2\xa3" "4.50 paperback)\n"
    "Tom Vell: The Harbour Dreamer by Piet Marrow. Translated by Ann Reed. (Lantern Press, 2 vols, \xc2\xa3" "25)\n\n" PROSE,
    { XT_TITLE ("Tom Vell"), XT_FIELD (CK_FIELD_SUBTITLE, "Romantic to Revolutionary"), XT_AUTHOR ("Quell"),
      XT_NO_TITLE_HAS ("Dreamer by") } },
  /* ---- an apostrophe inside double quotes; an event word after a work's noun */
  { "/extract/notes11/apostrophe-in-double-quotes",
    "As Ada Quell's \"The Sailors' Club\" (1995) showed, the harbour memoir began there.\n",
    { XT_TITLE ("The Sailors' Club"), XT_AUTHOR ("Quell"), XT_YEAR (1995) } },
  { "/extract/notes11/event-word-after-cue",
    "The strike is told best in Tom Vell's book Teamster Rebellion, which remains a classic.\n",
    { XT_TITLE ("Teamster Rebellion"), XT_AUTHOR ("Vell") } },
  { "/extract/notes11/published-in-country-as",
    "Quell's The Salt Road, first published in Germany as Die Salzstrasse (1999), is long.\n",
    { XT_TITLE ("The Salt Road"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Die Salzstrasse"),
      XT_NO_TITLE_HAS ("Germany") } },
  /* ---- articles: a journal cited in brackets, "published in" (detect-article.c) */
  { "/extract/notes11/paren-journal-year-pages",
    "See Mr Vell's 'History and Harbours' (Past and Present, no. 24, 1963, pp. 3-24) for the case, and Quell's "
    "\"Meaning and Tides\" (Philosophical Review, vol. xlv, 1936, pp. 339-369).\n",
    { XT_TITLE ("History and Harbours"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Past and Present"),
      XT_FIELD (CK_FIELD_ISSUE, "24"), XT_YEAR (1963), XT_FIELD (CK_FIELD_PAGES, "3-24"),
      XT_TITLE ("Meaning and Tides"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Philosophical Review"),
      XT_FIELD (CK_FIELD_VOLUME, "xlv"), XT_YEAR (1936) } },
  { "/extract/notes11/published-in-the-name-date",
    "See his article \"Hue and Cry over the Harbour\", published in the New International in April 1938, which was read widely.\n",
    { XT_TITLE ("Hue and Cry over the Harbour"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "New International"), XT_YEAR (1938) } },
  { "/extract/notes11/was-published-in-journal-volume",
    "Her essay \"Hearth and Harbour: The Irish Housewife, 1946-1959\" was published\nin Harbour Historical Studies 44, "
    "no. 166 (2020): 291-310.\n",
    { XT_TITLE ("Hearth and Harbour"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Historical Studies"),
      XT_FIELD (CK_FIELD_VOLUME, "44"), XT_FIELD (CK_FIELD_ISSUE, "166"), XT_YEAR (2020) } },
  { "/extract/notes11/container-drops-in-year",
    "The earliest piece, \"Shooting a Seal,\" first printed in Harbour Review in 1938, is the best.\n",
    { XT_TITLE ("Shooting a Seal"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Review") } },
  /* ---- a trade notice's "(Post; T, 2004, etc.)" (surname- and name-paren-list) */
  { "/extract/notes11/etc-list-surname",
    "Quell (History/Univ. of Gannet, Harbour; The Salt Century, 2004, etc.) takes as her subject the harbour.\n",
    { XT_TITLE ("The Salt Century"), XT_AUTHOR ("Quell"), XT_YEAR (2004), XT_ABSENT ("History/Univ") } },
  { "/extract/notes11/etc-list-full-name",
    "Ada Quell (Salt Days, 2001; The Salt Century, 2004, etc.) returns with a study of the harbour.\n",
    { XT_TITLE ("Salt Days"), XT_YEAR (2001), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"), XT_TITLE ("The Salt Century"), XT_YEAR (2004) } },
  /* one "(Firm, 2004)" without "etc." stays an imprint */
  { "/extract/notes11/no-etc-imprint",
    "Quell (Gannet Press, 2004) returns with a study of the harbour.\n",
    { XT_ABSENT ("Gannet Press") } },
  /* ---- "Vells' Title (Firm, 1967)" (detect-poss-s.c) */
  { "/extract/notes11/s-apostrophe-imprint",
    "It follows Robert V. Vells' Salt October (Scribners, 1967) closely.\n",
    { XT_TITLE ("Salt October"), XT_AUTHOR ("Vells"), XT_YEAR (1967), XT_FIELD (CK_FIELD_PUBLISHER, "Scribners") } },
  /* ---- a film on a reading list; a price in francs (assemble.c) */
  { "/extract/notes11/film-director-year",
    "Fanon, Wretched of the Earth; The Battle of the Harbour (dir. Ada Quell, 1966).\n",
    { XT_TITLE ("The Battle of the Harbour"), XT_TYPE (CK_TYPE_MOTION_PICTURE), XT_FAMILY (CK_ROLE_DIRECTOR, 0, "Quell"),
      XT_YEAR (1966) } },
  { "/extract/notes11/price-in-francs",
    "PUBLICATIONS RECEIVED\n\nQUELL, ADA: The Salt Road. 288 pp. incl. 250 col. ills. (Gannet, Paris, 1988), FF 390.\n\n" PROSE,
    { XT_TITLE ("The Salt Road"), XT_FIELD (CK_FIELD_PRICE, "FF 390"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Paris") } },
  /* ---- a press's seasonal list (detect-press-list.c) */
  { "/extract/notes11/press-list",
    "GANNET UNIVERSITY PRESS                         FALL l962\n\n      HISTORY AND PORTS\n\n"
    "PERSONAL HARBOURS\nTowards a Post-Critical Geography\nBy ADA QUELL\n\nThe author examines the harbour.\n"
    "    xiv + 352 pages.  $4.75\n\nHOW THE PORTS ARE RULED\nRevised Edition\nTOM VELL and PIET MARROW\n"
    "Since 1953 the standard account.\n684 pages. S9.50                    November\n",
    { XT_TITLE ("PERSONAL HARBOURS"), XT_FIELD (CK_FIELD_SUBTITLE, "Towards a Post-Critical Geography"), XT_AUTHOR ("Quell"),
      XT_YEAR (1962), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "xiv + 352"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"),
      XT_TITLE ("HOW THE PORTS ARE RULED"), XT_FIELD (CK_FIELD_EDITION, "Revised Edition"), XT_AUTHOR ("Vell"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Marrow"), XT_ABSENT ("GANNET UNIVERSITY PRESS FALL l962") } },
  /* ---- capitals before "in" are a title's, not a person's (title-imprint) */
  { "/extract/notes11/in-inside-title",
    "It draws on Moral Values and Harbour Behaviour in Ancient Greece (London, 1972) for the case.\n",
    { XT_TITLE ("Moral Values and Harbour Behaviour in Ancient Greece"), XT_YEAR (1972), XT_AUTHOR (NULL),
      XT_ABSENT ("Ancient Greece") } },
  /* a wrapped sentence of prose is no header */
  { "/extract/notes11/pronoun-line-no-header",
    "It draws on Moral Values and Harbour Behaviour in Ancient\nGreece (London, 1972) for the case.\n",
    { XT_NO_TITLE_HAS ("It draws") } },
  /* ---- titles in sentence case after a possessive (detect-poss-lower.c) */
  { "/extract/notes11/possessive-sentence-case",
    "It recalls Pierre Quell's Society against the harbour (trans. R. Hurley, 1977) and Marshall Vell's "
    "'The original affluent port' (in Stone age harbours, 1972).\n",
    { XT_TITLE ("Society against the harbour"), XT_AUTHOR ("Quell"),
      XT_TITLE ("The original affluent port"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Vell") } },
  { "/extract/notes11/possessive-sentence-needs-bracket",
    "Quell's argument is weak (1997), and Tom Vell's book was published in London (1997).\n",
    { XT_NO_TITLE_HAS ("argument"), XT_NO_TITLE_HAS ("published") } },
  /* ---- a stacked header whose title opens with a number (header-block) */
  { "/extract/notes11/number-title-over-byline",
    "Salt in the Blood\n\nTom Vell\n\nFor the Harbour Dead\nby Ada Quell.\nGannet, 72 pp., $3.95\n\n"
    "77 Salt Songs\nby Piet Marrow.\nGannet, Straus, 84 pp., $4.50\n\n" PROSE,
    { XT_TITLE ("77 Salt Songs"), XT_AUTHOR ("Marrow"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "84") } },
  { "/extract/notes11/number-alone-over-byline",
    "Salt in the Blood\n\n2666\nby Ada Quell, translated by Tom Vell\n912pp, Gannet, \xc2\xa3" "20\n\n" PROSE,
    { XT_TITLE ("2666"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell") } },
  /* ---- "paper" announces an article (cues.txt) */
  { "/extract/notes11/paper-cue",
    "Her paper \"Meaning and Tides\" changed the field.\n",
    { XT_TITLE ("Meaning and Tides"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL) } },
  /* ---- a name's particle inside a title run (spans.c) */
  { "/extract/notes11/particle-in-title",
    "It owes most to Marrow, whose Jan van Harbour (London, Gannet Press, 1952) remains the standard book.\n",
    { XT_TITLE ("Jan van Harbour"), XT_YEAR (1952), XT_ABSENT ("Harbour") } },
  /* ---- a paper's one-line header: shelf label, no stop before the firm (title-by) */
  { "/extract/notes11/shelf-label-firm-after-name",
    "Sat, Oct 22, 2005\n\nBIOGRAPHY: James Harbour: A Full Life By Ada Quell Gannet Press, 816pp. \xe2\x82\xac" "35\n\n" PROSE,
    { XT_TITLE ("James Harbour"), XT_FIELD (CK_FIELD_SUBTITLE, "A Full Life"), XT_AUTHOR ("Quell"),
      XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "816"), XT_NO_TITLE_HAS ("BIOGRAPHY") } },
  /* ---- a reading list's imperative opens the sentence (title-imprint) */
  { "/extract/notes11/imperative-before-title",
    "Week 4. Watch Harbour Town (dir. Ada Quell, 1974) before class.\n\nRead The Salt Road (London: Gannet, 1990), chapters 1-3.\n",
    { XT_TITLE ("Harbour Town"), XT_TYPE (CK_TYPE_MOTION_PICTURE), XT_TITLE ("The Salt Road"), XT_YEAR (1990),
      XT_NO_TITLE_HAS ("Watch"), XT_NO_TITLE_HAS ("Read") } },
  /* ---- a shelfmark over a wrapped library record (detect-isbd.c) */
  { "/extract/notes11/shelfmark-over-isbd",
    "Recent acquisitions\n\nLES.331 CRU\n  Salt empire of the south : a history of migrancy to the\n"
    "  salt mines / Ada Quell. -- Boulder : Gannet Press, 1991. -- xvi, 254 p.\n",
    { XT_TITLE ("Salt empire of the south"), XT_AUTHOR ("Quell"), XT_NO_TITLE_HAS ("LES") } },
  /* ---- "Name, Title (Place: Firm, Year), pp." (detect-header.c) */
  { "/extract/notes11/name-title-bracketed-imprint",
    "Harbour Journal of History 70(3): 368\xe2\x80\x93" "371 (2017)\n\n"
    "Ada M. G. Quell, The Salt Road (Grand Rapids, MI: Gannet Press, 2015), pp. xvi + 656. $70.00 (hbk). "
    "ISBN 978-0-8028-6889-9.\n\n" PROSE,
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_YEAR (2015), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Grand Rapids, MI"), XT_NO_TITLE_HAS ("(") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
