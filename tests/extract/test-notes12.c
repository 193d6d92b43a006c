/* test-notes12.c — conventions read in the twelfth session.  Every text
 * is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- a relative clause after the title dates it (attr-context.c) */
  { "/extract/notes12/quoted-comma-which-appeared",
    "Those who kept the Harbour Quarterly will know his tale \"The Lodge Keeper,\" which appeared there in 1949.\n",
    { XT_TITLE ("The Lodge Keeper"), XT_YEAR (1949) } },
  { "/extract/notes12/which-he-published",
    "Ada Quell wrote \"Nobody's Salt Novel,\" which she published in a small review in 1951.\n",
    { XT_TITLE ("Nobody's Salt Novel"), XT_YEAR (1951) } },
  { "/extract/notes12/reduced-relative-published",
    "Ada Quell's The Salt Road, published in Italy in 2011 as La strada del sale, is her best book.\n",
    { XT_TITLE ("The Salt Road"), XT_YEAR (2011) } },
  /* "appeared in Paris in 1935" still dates it when the comma is inside the quotes */
  { "/extract/notes12/quoted-comma-appeared",
    "The first life, Ada Quell's \"The Harbour: A Short Survey,\" appeared in Lyon in 1931 and in English later.\n",
    { XT_TITLE ("The Harbour"), XT_YEAR (1931) } },
  /* ---- a list in a subtitle before the imprint (title-extend.c) */
  { "/extract/notes12/subtitle-name-list",
    "Nothing has replaced Ada Quell's The Harbour Style: Vell, Marrow, Reed (London, 1971), which remains essential.\n",
    { XT_TITLE ("The Harbour Style"), XT_FIELD (CK_FIELD_SUBTITLE, "Vell, Marrow, Reed"), XT_YEAR (1971),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London") } },
  /* ---- a footnote's square-bracketed imprint, an old state abbreviation (assemble.c) */
  { "/extract/notes12/bracket-imprint-state-abbrev",
    "It began with Ada Quell and Tom Reed's Harbour Life: The Making of Tides [Berkeley, Calif., 1979], "
    "which changed the field.\n",
    { XT_TITLE ("Harbour Life"), XT_YEAR (1979), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Berkeley, Calif."),
      XT_FIELD (CK_FIELD_PUBLISHER, NULL), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Reed") } },
  { "/extract/notes12/paren-imprint-state-abbrev",
    "See Ada Quell's The Salt Road (Evanston, Ill., 1958) for the rest.\n",
    { XT_TITLE ("The Salt Road"), XT_YEAR (1958), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Evanston, Ill."),
      XT_FIELD (CK_FIELD_PUBLISHER, NULL) } },
  /* ---- a question's mark, then the translator and the imprint (detect_possessive) */
  { "/extract/notes12/question-title-translated",
    "We read Ada Quell's What Is Salt?, translated by Tom Gray (London: Gannet Press, 1967), last year.\n",
    { XT_TITLE ("What Is Salt?"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Gray"), XT_YEAR (1967), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press") } },
  /* ---- an era before a span of years closes the title; the region is no writer (title-extend.c, detect-reflist.c) */
  { "/extract/notes12/era-year-span",
    "The standard work is A. B. Vell's The Salt History of Western Europe, A.D. 800\xe2\x80\x93" "1400 (London, 1963), now old.\n",
    { XT_TITLE ("The Salt History of Western Europe, A.D. 800\xe2\x80\x93" "1400"), XT_AUTHOR ("Vell"), XT_YEAR (1963),
      XT_COUNT (1) } },
  /* ---- a title quoted inside the title (title-extend.c) */
  { "/extract/notes12/quoted-inside-title",
    "Nothing matches Tom Reed's Ada Quell and the Shaping of 'Tides' (1934) for detail.\n",
    { XT_TITLE ("Ada Quell and the Shaping of 'Tides'"), XT_AUTHOR ("Reed"), XT_YEAR (1934), XT_COUNT (1) } },
  /* ---- a university press by its university's name, no comma (publishers.txt) */
  { "/extract/notes12/university-short-no-comma",
    "Tom Reed, whose Tidewater (Harvard 1962) remains standard, dissented.\n",
    { XT_TITLE ("Tidewater"), XT_YEAR (1962), XT_FIELD (CK_FIELD_PUBLISHER, "Harvard") } },
  /* ---- a place named as a novel by its cue noun (detect-bare.c) */
  { "/extract/notes12/novel-named-place",
    "He drew on Ada Quell's novel Boston (1928) for its harbour chapters.\n",
    { XT_TITLE ("Boston"), XT_YEAR (1928), XT_AUTHOR ("Quell") } },
  /* without the cue noun the place is no title */
  { "/extract/notes12/place-year-no-cue",
    "He moved to Boston (1928) and then to Ohio.\n",
    { XT_COUNT (0) } },
  /* ---- a foreign title glossed in a parenthesis (detect-foreign-gloss.c) */
  { "/extract/notes12/foreign-title-paren-gloss",
    "We know that his book Faccia a faccia col mare (Face to Face with the Sea) is rare.\n",
    { XT_TITLE ("Faccia a faccia col mare"), XT_ABSENT ("Face to Face with the Sea") } },
  /* a parenthesis with a place is an imprint, not a gloss */
  { "/extract/notes12/foreign-title-paren-place",
    "We know that his Fede della nemica (Milano) is rare.\n",
    { XT_ABSENT ("Milano") } },
  /* ---- a dealer's or journal's entry: a lower-case extent ends the title (detect-bookseller.c) */
  { "/extract/notes12/entry-lower-extent",
    "QUELL, ADA. Harbour trade of the north. xii, 296 pp., maps, plates,\nindex. London: Gannet Publications, 1971. \xc2\xa3" "3.80 (cloth)\n\n"
    "The eight chapters follow the salt boats from the river mouth to the inland markets, one decade at a time.\n",
    { XT_TITLE ("Harbour trade of the north"), XT_AUTHOR ("Quell"), XT_YEAR (1971), XT_NO_TITLE_HAS ("xii") } },
  /* ---- an article "in the Monthly of March 1927" (detect_quoted) */
  { "/extract/notes12/container-of-month-year",
    "His essay \"A Brief for the Salt Road\" in the Harbour Monthly of May 1929 is the source.\n",
    { XT_TITLE ("A Brief for the Salt Road"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Monthly"), XT_YEAR (1929) } },
  /* ---- an essay "in Name's Book (…)": the owner wrote both (detect-inbook.c) */
  { "/extract/notes12/in-possessive-book",
    "She cites \"The Salt Marchers\" in E. J. Vell's Early Tides (Leeds, 1961), and more.\n",
    { XT_TITLE ("The Salt Marchers"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Early Tides"), XT_AUTHOR ("Vell"),
      XT_TITLE ("Early Tides"), XT_AUTHOR ("Vell"), XT_YEAR (1961) } },
  /* ---- a body's possessive owns no book and is no antecedent (attribution.c) */
  { "/extract/notes12/body-possessive",
    "Dr Vell of Gannet's Harbour Research Center (see his Tides and the North and The Salt Road) now writes a history of the port.\n",
    { XT_TITLE ("Tides and the North"), XT_AUTHOR ("Vell"), XT_TITLE ("The Salt Road"), XT_AUTHOR ("Vell"),
      XT_ABSENT ("Harbour Research Center") } },
  /* ---- an owner's lecture series before the title, wrapped to a line's start (detectors.c, detect-reflist.c) */
  { "/extract/notes12/lecture-series-apposition",
    "The scheme suits the older texts only with effort, as everyone who has tried it knows. Readers of Dr Quell's\n"
    "Harbour Lectures, The Vision of Salt (Gannet, 1931), will find a kinder judgement there.\n",
    { XT_TITLE ("The Vision of Salt"), XT_AUTHOR ("Quell"), XT_YEAR (1931), XT_ABSENT ("Harbour Lectures") } },
  /* ---- articles cited the scholars' and the lawyers' ways (detect-classic-article.c, detect-article.c) */
  { "/extract/notes12/law-article-citation",
    "The idea is older: see A. B. Vell and C. D. Reed, \"The Trust Interest in Salt Losses\" (1931) 41 Yale L.J. 112 and 290.\n",
    { XT_TITLE ("The Trust Interest in Salt Losses"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Yale L.J."), XT_FIELD (CK_FIELD_VOLUME, "41"), XT_FIELD (CK_FIELD_PAGES, "112"),
      XT_YEAR (1931), XT_AUTHOR ("Vell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Reed") } },
  /* a case's citation has no quoted title and gives nothing */
  { "/extract/notes12/law-case-no-article",
    "The court followed Quell v. Reed [1961] 2 Q.B. 410 without comment.\n",
    { XT_COUNT (0) } },
  { "/extract/notes12/comma-journal-part-vol",
    "See H. Vell, \"Towards a Model of Salt Claims\", Harbour Economic Review, Annual Proceedings, vol. LXII (1972), pp. 211\xe2\x80\x93" "30.\n",
    { XT_TITLE ("Towards a Model of Salt Claims"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Economic Review"), XT_FIELD (CK_FIELD_VOLUME, "LXII"), XT_YEAR (1972),
      XT_AUTHOR ("Vell") } },
  { "/extract/notes12/paren-journal-roman-volume",
    "See Tom Reed, \"A Case for Salt\" (Proceedings of the Harbour Society, XLIV, 1949-50), for the doctrine.\n",
    { XT_TITLE ("A Case for Salt"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Proceedings of the Harbour Society"), XT_FIELD (CK_FIELD_VOLUME, "XLIV"),
      XT_YEAR (1949) } },
  /* ---- a canonical title named twice near its author (known-works.c) */
  { "/extract/notes12/known-work-named-twice",
    "A librarian who never left his city wrote the books that made it famous. Borges saw to that. All he wrote, "
    "from the stories of Ficciones to the late lectures, drew on the books he had read.\n\n"
    "The essays show it plainly. \"The Garden,\" the best known of the Ficciones stories, began as a review of "
    "an imaginary novel.\n",
    { XT_TITLE ("Ficciones"), XT_AUTHOR ("Borges") } },
  /* ---- "the early pages of T" reads a book, not a periodical (detect-periodical.c) */
  { "/extract/notes12/pages-of-book",
    "Eliot kept her notebooks with care. All she wrote, from the early pages of Middlemarch to the last letters, used "
    "them. The Middlemarch chapters of this biography are the best.\n",
    { XT_NOT_PERIODICAL ("Middlemarch") } },
  /* ---- a slash glued between two capitalised halves stays in the title (spans.c) */
  { "/extract/notes12/slash-in-title",
    "He admired Tom Reed's Salt/Sel (Harbour, 1843) above all, and cited Tide/Marée (London, 1990).\n",
    { XT_TITLE ("Salt/Sel"), XT_AUTHOR ("Reed"), XT_TITLE ("Tide/Mar\xc3\xa9" "e"), XT_YEAR (1990), XT_ABSENT ("Sel"),
      XT_ABSENT ("Mar\xc3\xa9" "e") } },
  /* ---- "(Evanston, Ill., 1957)" is an imprint, no title in brackets (detect-paren-title.c) */
  { "/extract/notes12/paren-place-state-no-title",
    "The harbour case was argued in the salt studies (Evanston, Ill., 1957), which she hardly goes beyond.\n",
    { XT_ABSENT ("Evanston") } },
  /* ---- in scholarship (note marks, page ranges) a quoted title is an article (detect_quoted) */
  { "/extract/notes12/scholarly-quoted-article",
    "The argument of Quell's \"Meaning and Salt\" is answered here.\xc2\xb9 The chapter on tides is weaker.\n\n"
    "\xc2\xb9 See pp. 12-30 of the book.\n",
    { XT_TITLE ("Meaning and Salt"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL) } },
  { "/extract/notes12/press-quoted-book",
    "The argument of Quell's \"Meaning and Salt\" is answered here. The chapter on tides is weaker.\n",
    { XT_TITLE ("Meaning and Salt"), XT_NO_TYPE (CK_TYPE_ARTICLE_JOURNAL) } },
  /* ---- a press's list with the author over the title (detect-press-list.c) */
  { "/extract/notes12/press-list-author-first",
    "GANNET AND MARROW LIMITED\n24 Harbour Square, London\n\nSPRING BOOKS 1966\n\n              POETRY\n\n"
    "ADA QUELL\nLIFE OF A SALTER\n\nMiss Quell keeps a boatyard on the east coast and writes at night. Her first\n"
    "book is about boats, tides and the men who work them.\nDemy 8vo          64 pages          15s. net          May\n\n"
    "W. H. VELL\nTHE COLLECTED POEMS OF TOM REED\nEdited by E. R. Marrow\n\nEvery poem Reed printed, with the\n"
    "drafts he left.\nDemy 8vo          about 576 pages          50s. net          Autumn\n",
    { XT_TITLE ("LIFE OF A SALTER"), XT_AUTHOR ("Quell"), XT_YEAR (1966), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "64"),
      XT_TITLE ("THE COLLECTED POEMS OF TOM REED"), XT_AUTHOR ("Vell"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Marrow") } },
  /* ---- "T, which appeared in 1951," (detect-prose-cue.c) */
  { "/extract/notes12/which-appeared-relative",
    "Her first novel was much praised. Salt of Light, which appeared in 1951, was better.\n",
    { XT_TITLE ("Salt of Light"), XT_YEAR (1951) } },
  /* ---- "T, published in Italy in 2003," (detect-prose-cue.c) */
  { "/extract/notes12/published-place-relative",
    "Her essays came later. Salt Fragments, published in Italy in 2003, was a scrapbook.\n",
    { XT_TITLE ("Salt Fragments"), XT_YEAR (2003) } },
  { "/extract/notes12/person-in-title-published",
    "The thesis came first from the Swiss Bruno Q. in La Salinisation du Monde, published in Lyon in 1936 in a tiny edition.\n",
    { XT_TITLE ("La Salinisation du Monde"), XT_YEAR (1936), XT_NO_TITLE_HAS ("Bruno") } },
  /* ---- a foreign title with name particles inside, no forename before them (title-foreign.c) */
  { "/extract/notes12/foreign-title-particles",
    "It rests on the work of Dr. Marrow, whose\nGeschiedenis van de Zout (Leiden, 1958) is standard.\n",
    { XT_TITLE ("Geschiedenis van de Zout"), XT_YEAR (1958), XT_AUTHOR ("Marrow") } },
  /* a forename with particles is still a person */
  { "/extract/notes12/name-with-particles-no-title",
    "The book was dedicated to Marie de la Roche (1900) and her circle.\n",
    { XT_ABSENT ("Marie de la Roche") } },
  /* ---- a span of years closes a possessive's title with no bracket (title-extend.c) */
  { "/extract/notes12/possessive-year-range-tail",
    "The standard account is E. H. Vell's The Harbour Revolution, 1917-1923, in three volumes.\n",
    { XT_TITLE ("The Harbour Revolution, 1917-1923"), XT_AUTHOR ("Vell") } },
  /* ---- decimal pence as a price (assemble.c) */
  { "/extract/notes12/decimal-pence-price",
    "Essays on Salt Democracy\nKen Vell\nLeeds: Gannet Books, 60p.\n\n"
    "Short pieces on the running of the salt works by the men who run them, written over ten years for "
    "the harbour union's paper.\n",
    { XT_TITLE ("Essays on Salt Democracy"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books"),
      XT_FIELD (CK_FIELD_PRICE, "60p.") } },
  /* ---- "whose T supplies …": what a book does after "whose" (detect-prose-clause.c) */
  { "/extract/notes12/whose-title-verb",
    "She breaks with Professor Quell, whose Markets of Salt supplies most of the terms she uses.\n",
    { XT_TITLE ("Markets of Salt"), XT_AUTHOR ("Quell") } },
  /* ---- after an owner's noun for a work, the run to the bracket is the title (detect_title_imprint) */
  { "/extract/notes12/owner-cue-run-to-imprint",
    "He cited her pamphlet Salt is a Grave Matter (Leeds: Gannet, 1934) with approval.\n",
    { XT_TITLE ("Salt is a Grave Matter"), XT_YEAR (1934), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet") } },
  /* a sentence between the cue and the title is no part of it */
  { "/extract/notes12/owner-cue-sentence-between",
    "It is Quell's novel of 1870, whose title Vell borrowed for his own What Is to Be Salted? (1911), that counts.\n",
    { XT_NO_TITLE_HAS ("borrowed") } },
  /* ---- a list title after a noun for a work (detect-context.c, cue apposition) */
  { "/extract/notes12/cue-list-title",
    "He cited the forgotten pamphlet Labour, Salt and Faith, his answer to the bishop.\n",
    { XT_TITLE ("Labour, Salt and Faith") } },
  /* ---- a periodical in apposition: "his New York paper", "the monthly Name founded" (periodical-cues.c) */
  { "/extract/notes12/periodical-apposition-owner",
    "The harbour years were lean ones. He read Harbour Tide, the monthly Quell founded in 1911, with great care, "
    "and his letters of the time quarrel with its writers about the union's course and its leaders.\n",
    { XT_PERIODICAL ("Harbour Tide") } },
  /* "his paper" in apposition is a newspaper; "a paper" alone may be an essay */
  { "/extract/notes12/paper-apposition-owned",
    "The harbour years were lean ones. He wrote every week in Salt Lantern, his Boston paper, and it never paid "
    "enough, so he took work at the salt pans and on the boats whenever there was any.\n",
    { XT_PERIODICAL ("Salt Lantern") } },
  /* ---- a newsletter's entry: the imprint on the line under the italic heading (detect_html_italics) */
  { "/extract/notes12/html-heading-imprint-line",
    "<h2>NEW THIS MONTH</h2>\n<p>Each month we set out the books our readers ask for most, and this month they "
    "asked for translations, all of them from small presses.</p>\n"
    "<p><b>Ada Quell, <i>My Salt Friend</i></b><br>\nTranslated from the Italian by Tom Reed. Gannet Editions, 2012. "
    "331 pp. $17.00 paper.</p>\n<p>A harbour town seen through one family, in four short novels.</p>\n",
    { XT_TITLE ("My Salt Friend"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Reed"), XT_YEAR (2012),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Editions"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "331") } },
  /* ---- a page's inline tags never stay inside a title (assemble.c) */
  { "/extract/notes12/no-tags-in-title",
    "<p><b>Ada Quell, <i>My Salt Friend</i></b><br>\nTranslated from the Italian by Tom Reed. Gannet Editions, 2012. "
    "331 pp. $17.00 paper.</p>\n<p>A harbour town seen through one family, in four short novels.</p>\n",
    { XT_NO_TITLE_HAS ("<i>"), XT_NO_TITLE_HAS ("</i>") } },
  /* ---- "These are small points." opens prose, not a header (spans.c, ck_pronoun_clause) */
  { "/extract/notes12/pronoun-copula-no-header",
    "The chapters on the salt union say little of how it was run from week to week, which is a pity, since the "
    "minute books survive and the author has clearly read them with care and at length.\n\n"
    "These are small points. Salt Revisited is a fine book, and every harbour library should buy it \xe2\x80\x93 "
    "or ask Gannet for a cheaper edition.\n",
    { XT_ABSENT ("These are small points") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
