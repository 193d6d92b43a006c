/* test-notes21.c — conventions read in the twenty-first session.  Every
 * text is invented; the known works are canonical ones the lexicon holds. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- a known work's author in the form the text writes (known-works.c) */
  { "/extract/notes21/known-work-text-given-initials",
    "Her model, plainly, is The Magic Mountain, and T. H. Mann is never far away.\n",
    { XT_TITLE ("The Magic Mountain"), XT_AUTHOR ("Mann"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "T. H."), XT_COUNT (1) } },
  /* a capitalised word on the line above is no part of the given name */
  { "/extract/notes21/known-work-text-given-one-line",
    "Her model, plainly, is The Magic Mountain.\n\nCentenary Edition\nThomas Mann\n",
    { XT_TITLE ("The Magic Mountain"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Thomas") } },
  /* no given name in the text: the lexicon's */
  { "/extract/notes21/known-work-lexicon-given",
    "Her model, plainly, is The Magic Mountain, and Mann is never far away.\n",
    { XT_TITLE ("The Magic Mountain"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Thomas") } },
  /* ---- co-authors named beside a work (detect-article.c, detectors.c, detect-wrote.c) */
  /* "a letter by A and B, “T,” published in …": both are its authors */
  { "/extract/notes21/by-pair-comma-quoted-article",
    "Its salesmen could point to a short letter by Ada Vell and Tom Quell, \u201cHarbours Rare in Patients "
    "Treated With Salt,\u201d published in The Harbour Journal in 1980.\n",
    { XT_TITLE ("Harbours Rare in Patients Treated With Salt"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Vell"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Quell"), XT_COUNT (1) } },
  /* "co-author, with A and B, of T": the partners are authors, the person before comes first */
  { "/extract/notes21/co-author-with-two-partners",
    "Ada Marsh, the author of two novels and co-author, with Peter Orr and Sam Kell, of Not in Our Harbours, "
    "builds her book around letters.\n",
    { XT_TITLE ("Not in Our Harbours"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Marsh"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Orr"),
      XT_FAMILY (CK_ROLE_AUTHOR, 2, "Kell"), XT_COUNT (1) } },
  /* "with X, he wrote T": the pronoun's person first, X second */
  { "/extract/notes21/with-partner-he-wrote",
    "John Keynes wrote much. In 1929, with Peter Orr, he wrote Can the Harbour Do It?, in support of the pledge.\n",
    { XT_TITLE ("Can the Harbour Do It?"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Keynes"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Orr"),
      XT_COUNT (1) } },
  /* ---- a reference list pasted from a web page, titles and journals in <em> (detect-authordate.c) */
  { "/extract/notes21/author-date-html-italics",
    "<h4>References</h4>\n<p>Vell, Ada. 1999. <em>Harbour</em>. New York: Gannet &amp; Sons.</p>\n"
    "<p>Quell, Tom. 2012. \"Eviction and the Salt Trade.\" <em>Journal of Harbours</em> 118 (1): 88\u2013133.</p>\n",
    { XT_TITLE ("Harbour"), XT_AUTHOR ("Vell"), XT_YEAR (1999), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New York"),
      XT_TITLE ("Eviction and the Salt Trade"), XT_AUTHOR ("Quell"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Harbours"), XT_FIELD (CK_FIELD_VOLUME, "118"), XT_COUNT (2) } },
  /* Chicago's three or more authors: "Family, Given, Given2 Family2, and Given3 Family3" */
  { "/extract/notes21/author-date-chicago-three-authors",
    "References\n\nSmall, Ada Luis, Tom J. Orr, Sam Kell, and Peter Marsh. 2010. \"Reconsidering Salt.\" "
    "Annals of the Harbour 629 (1): 6-27.\n",
    { XT_TITLE ("Reconsidering Salt"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Small"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Orr"),
      XT_FAMILY (CK_ROLE_AUTHOR, 2, "Kell"), XT_FAMILY (CK_ROLE_AUTHOR, 3, "Marsh"), XT_YEAR (2010), XT_COUNT (1) } },
  /* ---- "the older story told by A. G. Vell, <i>T</i> (2nd edn, London, 1989)" in prose (detectors.c html-italics) */
  { "/extract/notes21/prose-name-comma-italics-imprint",
    "<p>Her village belongs with the newer accounts, and against the older story\ntold by A. G. Vell, "
    "<i>The English Harbour</i> (2nd edn,\nLondon, 1989). Nobody reads it now.</p>\n",
    { XT_TITLE ("The English Harbour"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "A. G."), XT_YEAR (1989),
      XT_COUNT (1) } },
  /* ---- a title ending on a span of years before its imprint, medieval years too (title-extend.c) */
  { "/extract/notes21/title-medieval-year-range-imprint",
    "It is good. Orr's own Civil Harbours in Early Sung Salt, 960-1067 (Cambridge, Mass.: Gannet University "
    "Press, 1953), is good.\n",
    { XT_TITLE ("Civil Harbours in Early Sung Salt, 960-1067"), XT_AUTHOR ("Orr"), XT_YEAR (1953),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Cambridge, Mass."), XT_COUNT (1) } },
  /* a page reference is no year range: "pp. 960-1067" stays out */
  { "/extract/notes21/title-range-not-pages",
    "It is good. Orr's own Civil Harbours in Early Sung Salt, 12-1067 (London, 1953), is good.\n",
    { XT_NO_TITLE_HAS ("1067") } },
  /* ---- a possessive's title whose subtitle wraps after the colon (detectors.c possessive) */
  { "/extract/notes21/possessive-colon-wrapped-subtitle",
    "the view, most forcefully put in Ada B. Vell's Oriental Harbours:\nA Comparative Study of Total Salt (New "
    "Haven: Yale University Press,\n1957), that it was so. And it was so for a long time after that, as all "
    "the readers of the harbour knew.\n",
    { XT_TITLE ("Oriental Harbours"), XT_FIELD (CK_FIELD_SUBTITLE, "A Comparative Study of Total Salt"),
      XT_AUTHOR ("Vell"), XT_YEAR (1957), XT_COUNT (1) } },
  /* ---- a quoted article and its journal (detect-article.c) */
  /* "(Journal, 1938, 4: 360-632)": the volume and pages after a colon */
  { "/extract/notes21/article-paren-year-volume-colon-pages",
    "The first is Ada Vell's \"Salt and the Harbour in Early Modern England\" (Harbouria, 1938, 4: 360-632), "
    "which is famous.\n",
    { XT_TITLE ("Salt and the Harbour in Early Modern England"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbouria"), XT_FIELD (CK_FIELD_VOLUME, "4"),
      XT_FIELD (CK_FIELD_PAGES, "360-632"), XT_YEAR (1938), XT_COUNT (1) } },
  /* "(JOURNAL, N.S., vol. xii, 1903)": the series mark is no obstacle */
  { "/extract/notes21/article-paren-new-series",
    "Orr's \"The Refutation of Salt\" (HARBOUR, N.S., vol. xii, 1903) was early.\n",
    { XT_TITLE ("The Refutation of Salt"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "HARBOUR"),
      XT_FIELD (CK_FIELD_VOLUME, "xii"), XT_YEAR (1903), XT_COUNT (1) } },
  /* "“Title?”, Journal 8 (1959)\n145-164": a volume, its year and pages make any name a journal's */
  { "/extract/notes21/article-bare-volume-year-pages",
    "Orr's \"Was Greek Salt Based on Slave Labour?\", Harbouria 8 (1959)\n145-164, is a classic.\n",
    { XT_TITLE ("Was Greek Salt Based on Slave Labour?"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbouria"), XT_FIELD (CK_FIELD_VOLUME, "8"),
      XT_FIELD (CK_FIELD_PAGES, "145-164"), XT_YEAR (1959), XT_NO_TITLE_HAS ("Harbouria"), XT_COUNT (1) } },
  /* without the pages a name and a year in brackets stay a book's title */
  { "/extract/notes21/article-bare-needs-pages",
    "He read \"Was Greek Salt Based on Slave Labour?\", Harbouria 8 (1959), with care.\n",
    { XT_NO_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_NO_TYPE (CK_TYPE_ARTICLE_MAGAZINE) } },
  /* "“Title”, Name, August 1980": an issue's month makes the name a periodical's */
  { "/extract/notes21/article-comma-name-month-year",
    "Tom Orr's \"The Harbour Conspiracy\", Natural Salt, August 1980, started it.\n",
    { XT_TITLE ("The Harbour Conspiracy"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Natural Salt"), XT_YEAR (1980),
      XT_COUNT (1) } },
  /* a place with a month is no periodical */
  { "/extract/notes21/article-comma-place-month-year",
    "He gave \"The Harbour Conspiracy\", London, August 1980, as a lecture.\n",
    { XT_NO_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_NO_TYPE (CK_TYPE_ARTICLE_MAGAZINE) } },
  /* a web page's "(<em>Journal</em>, 1946)" */
  { "/extract/notes21/article-paren-italic-name",
    "<p>Kell's &ldquo;Some Thoughts on the Common Salt&rdquo; (<em>Harbour</em>, 1946) is short.</p>\n",
    { XT_TITLE ("Some Thoughts on the Common Salt"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour"), XT_YEAR (1946),
      XT_COUNT (1) } },
  /* ---- an older dealer's entry: the copy's body and binding as sentences before the imprint (detect-bookseller.c) */
  { "/extract/notes21/bookseller-physical-sentences",
    "271  QUELL (Ada Walter).  The Harbour on the River\n     Salt, a record of adventures, habits of gulls, "
    "sketches of\n     the coast and its people, and aspects of nature under the cliffs,\n     during eleven years of "
    "travel.  2 vols.  Frontispieces, plates and folding\n     map.  8vo.  Orig. cloth, spines faded.  Gannet "
    "House,\n     1863.  FIRST EDITION.                        \u00a38 10s.\n\n"
    "272  ORR (William).  Reliquiae Salinae; or,\n     Observations on the Salt.  4to.  Boards, rebacked.  Gannet "
    "House,\n     1823.  FIRST EDITION.                        \u00a36 6s.\n",
    { XT_TITLE ("The Harbour on the River Salt"), XT_AUTHOR ("Quell"), XT_YEAR (1863),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet House"), XT_TITLE_ANY ("Reliquiae Salinae", "Reliquiae Salinae; or, Observations on the Salt"),
      XT_AUTHOR ("Orr"), XT_YEAR (1823), XT_COUNT (2) } },
  /* a sentence of other words between format and imprint still ends the entry's reading */
  { "/extract/notes21/bookseller-prose-sentence-no-entry",
    "271  QUELL (Ada).  The Harbour.  8vo.  Cloth, walked along the quay at night.  Gannet House,\n     1863.\n",
    { XT_NONE_FIRED ("bookseller-entry") } },
  /* ---- "(see his T1, 1950, and T2, 1954)": each item's year after its comma (detectors.c see-list) */
  { "/extract/notes21/see-list-items-with-years",
    "Readers who know Orr only as a critic (see his Harbour\npolitics--the dilemma of salt, 1950, and Terror and "
    "progress,\nUSSR, 1954) will find him here at his best.\n",
    { XT_TITLE ("Harbour politics--the dilemma of salt"), XT_YEAR (1950), XT_TITLE ("Terror and progress, USSR"),
      XT_YEAR (1954), XT_COUNT (2) } },
  /* ---- a library's sentence-case journal name in the brackets (detect-article.c) */
  { "/extract/notes21/article-sentence-case-journal",
    "Orr was a critic, and his \"The anatomy of the\nElizabethan harbour\" (Economic history review, 1948) "
    "first\ndrew him into the quarrel.\n",
    { XT_TITLE ("The anatomy of the Elizabethan harbour"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Economic history review"),
      XT_YEAR (1948), XT_COUNT (1) } },
  /* ---- "A's T1 and Mr. B's T2": "and" and an honorific open the next owner (detectors.c possessive) */
  { "/extract/notes21/possessive-and-honorific",
    "The book belongs on the shelf beside Mr. Vell's\nThree Harbours and Mr. Quell's The Enormous\nSalt, and "
    "it is not the least of the three.\n",
    { XT_TITLE ("Three Harbours"), XT_AUTHOR ("Vell"), XT_TITLE ("The Enormous Salt"), XT_AUTHOR ("Quell"),
      XT_NO_TITLE_HAS ("Mr"), XT_COUNT (2) } },
  /* ---- a books-received entry: "The Word: Words." is a title, and the list's note after the price no header (detect-header.c) */
  { "/extract/notes21/received-title-colon-and-note",
    "BOOKS RECEIVED\n\nQuell, Stephen. The Swerve: How the Harbour Became Modern. 356 pp., illus., bibl., index. "
    "New York/London: Gannet, 2011. $26.95 (cloth). On the recovery of an old poem by a papal secretary in 1417.\n\n"
    "Orr, Ada. The Information: A History of Salt. 526 pp., index. New York: Harbour Books, 2011. $29.95 (cloth).\n",
    { XT_TITLE ("The Swerve"), XT_FIELD (CK_FIELD_SUBTITLE, "How the Harbour Became Modern"), XT_AUTHOR ("Quell"),
      XT_YEAR (2011), XT_TITLE ("The Information"), XT_AUTHOR ("Orr"), XT_COUNT (2) } },
  /* ---- "Family, Given M. Title: Sub." — the last initial's stop ends the name (detect-header.c) */
  { "/extract/notes21/received-inverted-initial-stop",
    "BOOKS RECEIVED\n\nVell, Ann M. Too Much to Know: Managing Harbour Information before the Modern Age. xv + 397 pp., "
    "illus., bibl., index. New Haven, Conn./London: Gannet University Press, 2010. $45 (cloth).\n\n"
    "Orr, Ada. The Information: A History of Salt. 526 pp., index. New York: Harbour Books, 2011. $29.95 (cloth).\n",
    { XT_TITLE ("Too Much to Know"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ann M."),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"), XT_YEAR (2010), XT_COUNT (2) } },
  /* ---- "A, co-editor with B of T (imprint)": both are T's editors, A first (detectors.c title-imprint, merge.c) */
  { "/extract/notes21/co-editor-with-partner-of",
    "Ada Marsh, co-editor with Vell of Top Harbours over the Twentieth Century (Gannet University Press, 2007), "
    "has shown it.\n",
    { XT_TITLE ("Top Harbours over the Twentieth Century"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Marsh"),
      XT_FAMILY (CK_ROLE_EDITOR, 1, "Vell"), XT_NO_TITLE_HAS ("Vell"), XT_YEAR (2007), XT_COUNT (1) } },
  /* ---- "Owner's T1, Sub and Sub, 1865-1877 (imprint)": the title from the owner on (detectors.c title-imprint) */
  { "/extract/notes21/possessive-comma-title-range-imprint",
    "It was summed up in Orr's Reconstruction, Political and Economic, 1865-1877 (New York: Harbour & Brothers, "
    "1907): a vengeful North.\n",
    { XT_TITLE ("Reconstruction, Political and Economic, 1865-1877"), XT_AUTHOR ("Orr"), XT_YEAR (1907), XT_COUNT (1) } },
  /* ---- "Dr. Karl Vell's T (imprint)" read back from the bracket: the owner is the author (detectors.c title-imprint) */
  { "/extract/notes21/title-imprint-honorific-possessive",
    "Readers who have struggled with Dr. Karl Vell's Man and Harbour in\nan Age of Salt (Gannet Paul, 1940) will "
    "find this easier.\n",
    { XT_TITLE ("Man and Harbour in an Age of Salt"), XT_AUTHOR ("Vell"), XT_YEAR (1940), XT_NO_TITLE_HAS ("Vell"),
      XT_COUNT (1) } },
  /* an owner and a generic noun are the whole title */
  { "/extract/notes21/title-imprint-owner-generic",
    "The children still read Tom Brack's Book (Gannet, 1931) at school.\n",
    { XT_TITLE ("Tom Brack's Book"), XT_YEAR (1931) } },
  /* ---- a review's footnotes run together: the quoted article with its roman volume, then a bare title (detectors.c, detect-article.c) */
  { "/extract/notes21/footnote-paragraph-roman-volume",
    "The book is good and will be read.\n\n    2 Cf. the same author's \"The Masters of the Schools at Salt and\n"
    "Harbour in John of Vell's Time\", English Historical Review,\nXXXV. (1920), 321-342.\n"
    "    3 The Harbours of Europe in the Middle Ages (Oxford, 1895), I.\n43 ff.\n",
    { XT_TITLE ("The Masters of the Schools at Salt and Harbour in John of Vell's Time"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "English Historical Review"), XT_FIELD (CK_FIELD_VOLUME, "XXXV"), XT_YEAR (1920),
      XT_TITLE ("The Harbours of Europe in the Middle Ages"), XT_YEAR (1895), XT_NO_TITLE_HAS ("Review"), XT_COUNT (2) } },
  /* ---- a web roundup: "<h2>Title</h2>" over "<p>Name, Firm, 384 pages, paperback, £10.99</p>" (normalize-web.c) */
  { "/extract/notes21/web-heading-over-imprint",
    "<div class=\"article-header\">Paperbacks in brief: a harbour, an escape and a family</div>\n\n"
    "<p>Ada Orr's prize-winning life of the poet is a biography in the form of an argument, and it is long enough to "
    "make the point that the rake and the dean were the same restless man, for better and for worse.</p>\n\n"
    "<h2>The Escape Harbour: The Man Who Broke Out of Salt to Warn the World</h2>\n"
    "<p>Jonathan Vell, John Murray, 384 pages, paperback, \u00a310.99</p>\n"
    "<p>In April 1944 two men escaped from the camp and dictated the report that now bears their names, and Vell "
    "tells the story with a thriller's pace and a historian's care for the record.</p>\n\n"
    "<h2>Quell\u2019s Roses</h2>\n<p>Rebecca Quell, Granta, 320pp, pbk, \u00a310.99</p>\n"
    "<p>It begins with the roses Quell planted at the cottage in 1936 and ranges widely over the flower trade and "
    "the politics of the garden, from the lemons of one tyrant to the orchids of another.</p>\n",
    { XT_TITLE ("The Escape Harbour"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "John Murray"),
      XT_TITLE_ANY ("Quell\u2019s Roses", "Quell's Roses"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Granta"),
      XT_NO_TITLE_HAS ("Rebecca") } },
  /* ---- a weekly's notices, each with a line of comment: a style in the by-line, a subtitle after the capitals (detect-header.c) */
  { "/extract/notes21/notice-style-byline-and-subtitle",
    "BIOGRAPHY\n\nGREAT HARBOURS. By the Rt. Hon. Winston S. Vell. (Thornton Gannet. 21s.)\nTwenty-one portraits of "
    "men Mr. Vell has known, from the old lords of the coast and the makers of the harbour to the generals of the "
    "last war and the heirs of the next.\n\n"
    "POLITICS\n\nTHE SALT COCKPIT: An Eye-Witness Account of the Political and Social Conflicts of the Harbour "
    "War. By Franz Orr. (Faber and Faber. 12s. 6d.)\nTwo visits to the coast, in August 1936 and January 1937, by a "
    "sociologist who is no friend to the party line and says so on every page of a long and angry book.\n\n"
    "CHILDREN\n\nTHE HARBOUR, or There and Back Again. By J. R. R. Quell. With illustrations by the author. "
    "(Allen and Unwin. 7s. 6d.)\nA story for children by a professor of the old tongues, which their elders may be "
    "found reading on the quiet, and which will be read long after the professor's grammars are forgotten.\n",
    { XT_TITLE ("GREAT HARBOURS"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Winston S."),
      XT_TITLE ("THE SALT COCKPIT"), XT_AUTHOR ("Orr"), XT_FIELD (CK_FIELD_PUBLISHER, "Faber and Faber"),
      XT_TITLE_ANY ("THE HARBOUR, or There and Back Again", "THE HARBOUR"), XT_AUTHOR ("Quell"), XT_COUNT (3) } },
  /* ---- a title in capitals hyphenated over a line by the printer; a compound keeps its hyphen (normalize.c) */
  { "/extract/notes21/caps-word-hyphenated-over-line",
    "THE MATHEMATICAL THEORY OF HARBOUR COMMUNI-\nCATION. By Claude Vell. (Urbana: Gannet Press. $2.50.)\n\n"
    "ANGLO-\nSAXON HARBOURS. By Tom Orr. (Gannet. 10s.)\n",
    { XT_TITLE ("THE MATHEMATICAL THEORY OF HARBOUR COMMUNICATION"), XT_AUTHOR ("Vell"),
      XT_TITLE ("ANGLO-SAXON HARBOURS"), XT_AUTHOR ("Orr"), XT_COUNT (2) } },
  /* ---- a place or an event dated in brackets is no periodical's issue (detectors.c periodical-issue) */
  { "/extract/notes21/issue-not-place-or-event",
    "He was led out to Semenovsky Square (December 22, 1849) and reprieved at the last moment. The others needed a "
    "weapon against the reformers after the Twenty-Second Congress (October 1961). But the Harbour Review (May "
    "1962) printed his letter.\n",
    { XT_NO_WORK_HAS ("Semenovsky"), XT_NO_WORK_HAS ("Congress"), XT_COUNT (1) } },
  /* ---- a dealer's description: the price closes its line, the edition statement below is its own (detect-bookseller.c) */
  { "/extract/notes21/bookseller-edition-after-price-line",
    "AFRICA\n\n112  QUELL (Richard F.) The Lake Harbours of Central Salt, a Picture\n     of Exploration. Folding map, "
    "tinted plates.\n     2 vols., 8vo. London: Gannet, Green, and Roberts,\n     1860. Original plum cloth, spines "
    "faded; a sound set.                                    \u00a3165\n     First edition. The narrative of the "
    "expedition of 1857-59.\n",
    { XT_TITLE_ANY ("The Lake Harbours of Central Salt", "The Lake Harbours of Central Salt, a Picture of Exploration"),
      XT_AUTHOR ("Quell"), XT_YEAR (1860), XT_FIELD (CK_FIELD_EDITION, "First edition") } },
  /* ---- "(Princeton 1989)", "(Paris 1971)": a place and its year with no comma; a subtitle with commas to the imprint (assemble.c, detectors.c) */
  { "/extract/notes21/place-year-no-comma-subtitle-commas",
    "It is a study of Josiah Vell's Mass and Salt in Democratic Athens:\nRhetoric, Ideology, and the Power of the "
    "People (Princeton 1989), and more. Nobody read Orr's Histoire d'une d\u00e9mocratie: Ath\u00e8nes (Paris 1971) "
    "then. The journal (Spring 1984) said so.\n",
    { XT_TITLE ("Mass and Salt in Democratic Athens"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Princeton"),
      XT_YEAR (1989), XT_TITLE ("Histoire d'une d\u00e9mocratie"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Paris"),
      XT_YEAR (1971), XT_NO_WORK_HAS ("Spring") } },
  /* ---- a known work's year set off by commas in a list ("The Magic Mountain, 1924, and …") (known-works.c) */
  { "/extract/notes21/known-work-comma-year",
    "the classics (Hirschman: The Magic Mountain, 1924; and others) were read.\n",
    { XT_TITLE ("The Magic Mountain"), XT_YEAR (1924), XT_AUTHOR ("Mann") } },
  /* ---- a foreign title known by its accents: "Études galiléennes (Paris: Firm, 1939)" (title-foreign.c) */
  { "/extract/notes21/foreign-title-accented-word",
    "The book is good and the notes are full.\n\n    3 \u00c9tudes galil\u00e9ennes (Paris: Gannet, 1939).\n",
    { XT_TITLE ("\u00c9tudes galil\u00e9ennes"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Paris"), XT_YEAR (1939), XT_COUNT (1) } },
  /* an English loanword with an accent is no foreign marker alone */
  { "/extract/notes21/accented-english-no-title",
    "They met at the little caf\u00e9 (Paris, 1939) most days.\n",
    { XT_NO_TITLE_HAS ("caf\u00e9") } },
  /* ---- a syllabus entry whose title opens on a quotation, its journal wrapped after "of" (detect-reflist.c, detect-venue.c) */
  { "/extract/notes21/syllabus-nested-quote-wrapped-journal",
    "Week 4\n\n  Ann Douglas Vell, \"'The Fashionable Harbours': Women's Complaints\n  and Their Treatment in "
    "Nineteenth-Century America,\" Journal of\n  Interdisciplinary Salt 4 (Summer 1973): 25-52.\n",
    { XT_TITLE_ANY ("'The Fashionable Harbours': Women's Complaints and Their Treatment in Nineteenth-Century America",
                    "'The Fashionable Harbours'"),
      XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Interdisciplinary Salt"), XT_YEAR (1973),
      XT_NO_SELF, XT_COUNT (1) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
