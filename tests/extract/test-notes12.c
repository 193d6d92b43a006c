/* test-notes12.c — conventions read in the twelfth session.  Every text
 * is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- a relative clause after the title dates it (attr-context.c) */
  { "/extract/notes12/quoted-comma-which-appeared",
    "Readers of the Harbour Quarterly may remember his story \"The Lodge Keeper,\" which appeared there in 1949.\n",
    { XT_TITLE ("The Lodge Keeper"), XT_YEAR (1949) } },
  { "/extract/notes12/which-he-published",
    "Ada Quell wrote \"Everybody's Salt Novel,\" which she published in a little magazine in 1951.\n",
    { XT_TITLE ("Everybody's Salt Novel"), XT_YEAR (1951) } },
  { "/extract/notes12/reduced-relative-published",
    "Ada Quell's The Salt Road, published in Italy in 2011 as La strada del sale, is her best book.\n",
    { XT_TITLE ("The Salt Road"), XT_YEAR (2011) } },
  /* "appeared in Paris in 1935" still dates it when the comma is inside the quotes */
  { "/extract/notes12/quoted-comma-appeared",
    "The first life, Ada Quell's \"The Harbour: A Critical Survey,\" appeared in Paris in 1935 and in English later.\n",
    { XT_TITLE ("The Harbour"), XT_YEAR (1935) } },
  /* ---- a list in a subtitle before the imprint (title-extend.c) */
  { "/extract/notes12/subtitle-name-list",
    "Nothing has replaced Ada Quell's The Harbour Style: Vell, Marrow, Reed (London, 1971), which remains essential.\n",
    { XT_TITLE ("The Harbour Style"), XT_FIELD (CK_FIELD_SUBTITLE, "Vell, Marrow, Reed"), XT_YEAR (1971),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London") } },
  /* ---- a footnote's square-bracketed imprint, an old state abbreviation (assemble.c) */
  { "/extract/notes12/bracket-imprint-state-abbrev",
    "It began with Ada Quell and Tom Reed's Harbour Life: The Making of Tides [Beverly Hills, Calif., 1979], "
    "which changed the field.\n",
    { XT_TITLE ("Harbour Life"), XT_YEAR (1979), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Beverly Hills, Calif."),
      XT_FIELD (CK_FIELD_PUBLISHER, NULL), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Reed") } },
  { "/extract/notes12/paren-imprint-state-abbrev",
    "See Ada Quell's The Salt Road (Glencoe, Ill., 1958) for the rest.\n",
    { XT_TITLE ("The Salt Road"), XT_YEAR (1958), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Glencoe, Ill."),
      XT_FIELD (CK_FIELD_PUBLISHER, NULL) } },
  /* ---- a question's mark, then the translator and the imprint (detect_possessive) */
  { "/extract/notes12/question-title-translated",
    "We read Ada Quell's What Is Salt?, translated by Tom Gray (London: Gannet Press, 1967), last year.\n",
    { XT_TITLE ("What Is Salt?"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Gray"), XT_YEAR (1967), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press") } },
  /* ---- an era before a span of years closes the title; the region is no writer (title-extend.c, detect-reflist.c) */
  { "/extract/notes12/era-year-span",
    "The standard work is A. B. Vell's The Salt History of Western Europe, A.D. 500\xe2\x80\x93" "1850 (London, 1963), now old.\n",
    { XT_TITLE ("The Salt History of Western Europe, A.D. 500\xe2\x80\x93" "1850"), XT_AUTHOR ("Vell"), XT_YEAR (1963),
      XT_COUNT (1) } },
  /* ---- a title quoted inside the title (title-extend.c) */
  { "/extract/notes12/quoted-inside-title",
    "Nothing matches Tom Reed's Ada Quell and the Making of 'Tides' (1934) for detail.\n",
    { XT_TITLE ("Ada Quell and the Making of 'Tides'"), XT_AUTHOR ("Reed"), XT_YEAR (1934), XT_COUNT (1) } },
  /* ---- a university press by its university's name, no comma (publishers.txt) */
  { "/extract/notes12/university-short-no-comma",
    "Tom Reed, whose Tidewater (Harvard 1957) is still useful, disagreed.\n",
    { XT_TITLE ("Tidewater"), XT_YEAR (1957), XT_FIELD (CK_FIELD_PUBLISHER, "Harvard") } },
  /* ---- a place named as a novel by its cue noun (detect-bare.c) */
  { "/extract/notes12/novel-named-place",
    "He drew on Ada Quell's novel Boston (1928) for the trial scenes.\n",
    { XT_TITLE ("Boston"), XT_YEAR (1928), XT_AUTHOR ("Quell") } },
  /* without the cue noun the place is no title */
  { "/extract/notes12/place-year-no-cue",
    "He moved to Boston (1928) and then to Ohio.\n",
    { XT_COUNT (0) } },
  /* ---- a foreign title glossed in a parenthesis (detect-foreign-gloss.c) */
  { "/extract/notes12/foreign-title-paren-gloss",
    "We know that his book Faccia a faccia col nemico (Face to Face with the Enemy) is rare.\n",
    { XT_TITLE ("Faccia a faccia col nemico"), XT_ABSENT ("Face to Face with the Enemy") } },
  /* a parenthesis with a place is an imprint, not a gloss */
  { "/extract/notes12/foreign-title-paren-place",
    "We know that his Fede della nemica (Milano) is rare.\n",
    { XT_ABSENT ("Milano") } },
  /* ---- a dealer's or journal's entry: a lower-case extent ends the title (detect-bookseller.c) */
  { "/extract/notes12/entry-lower-extent",
    "QUELL, ADA. Salt age harbours. xiv, 348 pp., tables, figs.,\nbibliogr. London: Gannet Publications, 1974. \xc2\xa3" "4.50 (cloth)\n\n"
    "These six essays are the most sustained attempt yet made to give the harbour a theory of its own.\n",
    { XT_TITLE ("Salt age harbours"), XT_AUTHOR ("Quell"), XT_YEAR (1974), XT_NO_TITLE_HAS ("xiv") } },
  /* ---- an article "in the Monthly of March 1927" (detect_quoted) */
  { "/extract/notes12/container-of-month-year",
    "He cites Tom Reed's famous article \"The Case of the Salt Road\" in the Harbour Monthly of March 1927, and more.\n",
    { XT_TITLE ("The Case of the Salt Road"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Monthly"), XT_YEAR (1927) } },
  /* ---- an essay "in Name's Book (…)": the owner wrote both (detect-inbook.c) */
  { "/extract/notes12/in-possessive-book",
    "She cites \"The Andalusian Salt\" in E. J. Vell's Primitive Tides (Manchester, 1959), and more.\n",
    { XT_TITLE ("The Andalusian Salt"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Primitive Tides"), XT_AUTHOR ("Vell"),
      XT_TITLE ("Primitive Tides"), XT_AUTHOR ("Vell"), XT_YEAR (1959) } },
  /* ---- a body's possessive owns no book and is no antecedent (attribution.c) */
  { "/extract/notes12/body-possessive",
    "Professor Vell of Harbour's Salt Research Center (see his Tides and the North and The Salt Road) here attempts a history.\n",
    { XT_TITLE ("Tides and the North"), XT_AUTHOR ("Vell"), XT_TITLE ("The Salt Road"), XT_AUTHOR ("Vell"),
      XT_ABSENT ("Salt Research Center") } },
  /* ---- an owner's lecture series before the title, wrapped to a line's start (detectors.c, detect-reflist.c) */
  { "/extract/notes12/lecture-series-apposition",
    "The pattern fits the older writings only with some straining, as every reader of them knows. Readers of Dr Quell's\n"
    "Harbour Lectures, The Vision of Salt (Gannet, 1931), will recall a more generous estimate.\n",
    { XT_TITLE ("The Vision of Salt"), XT_AUTHOR ("Quell"), XT_YEAR (1931), XT_ABSENT ("Harbour Lectures") } },
  /* ---- articles cited the scholars' and the lawyers' ways (detect-classic-article.c, detect-article.c) */
  { "/extract/notes12/law-article-citation",
    "The argument goes back to L. L. Vell and W. R. Reed, \"The Reliance Interest in Salt Damages\" (1936) 46 Yale L.J. 52 and 373.\n",
    { XT_TITLE ("The Reliance Interest in Salt Damages"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Yale L.J."), XT_FIELD (CK_FIELD_VOLUME, "46"), XT_FIELD (CK_FIELD_PAGES, "52"),
      XT_YEAR (1936), XT_AUTHOR ("Vell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Reed") } },
  /* a case's citation has no quoted title and gives nothing */
  { "/extract/notes12/law-case-no-article",
    "The court followed Quell v. Reed [1952] 1 K.B. 338 without comment.\n",
    { XT_COUNT (0) } },
  { "/extract/notes12/comma-journal-part-vol",
    "See H. Vell, \"Toward a Theory of Salt Rights\", Harbour Economic Review, Papers and Proceedings, vol. LVII (1967), pp. 347\xe2\x80\x93" "59.\n",
    { XT_TITLE ("Toward a Theory of Salt Rights"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Economic Review"), XT_FIELD (CK_FIELD_VOLUME, "LVII"), XT_YEAR (1967),
      XT_AUTHOR ("Vell") } },
  { "/extract/notes12/paren-journal-roman-volume",
    "See Tom Reed, \"A Plea for Salt\" (Proceedings of the Harbour Society, LVII, 1956-57), for the doctrine.\n",
    { XT_TITLE ("A Plea for Salt"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Proceedings of the Harbour Society"), XT_FIELD (CK_FIELD_VOLUME, "LVII"),
      XT_YEAR (1956) } },
  /* ---- a canonical title named twice near its author (known-works.c) */
  { "/extract/notes12/known-work-named-twice",
    "IT is an odd fate for a writer who fled his city. Borges himself prepared the way. Everything he wrote, from the "
    "stories of Ficciones to the last page of his essays, was made out of his own life.\n\n"
    "We see the books grew out of the life. \"The Garden,\" the last and greatest of the Ficciones stories, turns out "
    "to have been a dream.\n",
    { XT_TITLE ("Ficciones"), XT_AUTHOR ("Borges") } },
  /* ---- "the early pages of T" reads a book, not a periodical (detect-periodical.c) */
  { "/extract/notes12/pages-of-book",
    "Eliot herself prepared the way. Everything she wrote, from the early pages of Middlemarch to the end, was made of "
    "her own life. The Middlemarch chapters of this life are the best.\n",
    { XT_NOT_PERIODICAL ("Middlemarch") } },
  /* ---- a slash glued between two capitalised halves stays in the title (spans.c) */
  { "/extract/notes12/slash-in-title",
    "He admired Tom Reed's Salt/Sel (Harbour, 1843) above all, and cited Tide/Marée (London, 1990).\n",
    { XT_TITLE ("Salt/Sel"), XT_AUTHOR ("Reed"), XT_TITLE ("Tide/Mar\xc3\xa9" "e"), XT_YEAR (1990), XT_ABSENT ("Sel"),
      XT_ABSENT ("Mar\xc3\xa9" "e") } },
  /* ---- "(Glencoe, Ill., 1957)" is an imprint, no title in brackets (detect-paren-title.c) */
  { "/extract/notes12/paren-place-state-no-title",
    "The case was put long ago in the salt studies (Glencoe, Ill., 1957), and it is not clear how far she has gone.\n",
    { XT_ABSENT ("Glencoe") } },
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
    "ADA QUELL\nDEATH OF A SALTER\n\nMiss Quell was born in 1939 on a farm and now lectures in the north. This is her\n"
    "first book, and its subjects are the ones she grew up among.\nDemy 8vo          64 pages          15s. net          May\n\n"
    "W. H. VELL\nTHE COLLECTED POEMS OF TOM REED\nEdited by E. R. Marrow\n\nThe poems of a working life, from the\n"
    "juvenilia to the last pieces.\nDemy 8vo          about 576 pages          50s. net          Autumn\n",
    { XT_TITLE ("DEATH OF A SALTER"), XT_AUTHOR ("Quell"), XT_YEAR (1966), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "64"),
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
    "It was set out by the Italian Bruno Q. in La Salinisation du Monde, published in Paris in 1939 at his own expense.\n",
    { XT_TITLE ("La Salinisation du Monde"), XT_YEAR (1939), XT_NO_TITLE_HAS ("Bruno") } },
  /* ---- a foreign title with name particles inside, no forename before them (title-foreign.c) */
  { "/extract/notes12/foreign-title-particles",
    "It is based on the work of Dr. Marrow, whose\nGeschiedenis van de Zout (Tervuren, 1963) is standard.\n",
    { XT_TITLE ("Geschiedenis van de Zout"), XT_YEAR (1963), XT_AUTHOR ("Marrow") } },
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
    "Essays on Salt Democracy\nKen Vell\nNottingham: Gannet Books, 60p.\n\n"
    "This collection of essays by the leading advocate of harbour control deserves a wide readership among "
    "trade unionists and socialists alike.\n",
    { XT_TITLE ("Essays on Salt Democracy"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books"),
      XT_FIELD (CK_FIELD_PRICE, "60p.") } },
  /* ---- "whose T supplies …": what a book does after "whose" (detect-prose-clause.c) */
  { "/extract/notes12/whose-title-verb",
    "Here she parts company decisively with Professor Quell, whose Economics of Salt supplies both the definitions and the foil.\n",
    { XT_TITLE ("Economics of Salt"), XT_AUTHOR ("Quell") } },
  /* ---- after an owner's noun for a work, the run to the bracket is the title (detect_title_imprint) */
  { "/extract/notes12/owner-cue-run-to-imprint",
    "He cited her pamphlet Salt is a Serious Subject (Cambridge: Gannet, 1932) with approval.\n",
    { XT_TITLE ("Salt is a Serious Subject"), XT_YEAR (1932), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet") } },
  /* a sentence between the cue and the title is no part of it */
  { "/extract/notes12/owner-cue-sentence-between",
    "It is Quell's novel of 1863, whose title Vell lifted for his own What Is to Be Salted? (1902), that matters.\n",
    { XT_NO_TITLE_HAS ("lifted") } },
  /* ---- a list title after a noun for a work (detect-context.c, cue apposition) */
  { "/extract/notes12/cue-list-title",
    "He cited the neglected pamphlet Labour, Salt and Religion, his reply to the bishop.\n",
    { XT_TITLE ("Labour, Salt and Religion") } },
  /* ---- a periodical in apposition: "his New York paper", "the monthly Name founded" (periodical-cues.c) */
  { "/extract/notes12/periodical-apposition-owner",
    "The years in America were hungry ones. He read Mother Tide, the monthly Quell founded in 1906, with great care, "
    "and his letters of those years are full of arguments with its contributors about the direction of the movement.\n",
    { XT_PERIODICAL ("Mother Tide") } },
  /* "his paper" in apposition is a newspaper; "a paper" alone may be an essay */
  { "/extract/notes12/paper-apposition-owned",
    "The years in America were hungry ones. He wrote every week in Salt Lantern, his New York paper, and it was never "
    "enough to live on, so he took work on the docks and in the mills whenever he could find it.\n",
    { XT_PERIODICAL ("Salt Lantern") } },
  /* ---- a newsletter's entry: the imprint on the line under the italic heading (detect_html_italics) */
  { "/extract/notes12/html-heading-imprint-line",
    "<h2>STAFF PICKS</h2>\n<p>Every month the staff choose the books they press on their friends, and this month the "
    "choice was easy: translations, all of them, and all from small presses.</p>\n"
    "<p><b>Ada Quell, <i>My Salt Friend</i></b><br>\nTranslated from the Italian by Tom Reed. Gannet Editions, 2012. "
    "331 pp. $17.00 paper.</p>\n<p>The first of four novels about two girls growing up in a poor harbour town.</p>\n",
    { XT_TITLE ("My Salt Friend"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Reed"), XT_YEAR (2012),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Editions"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "331") } },
  /* ---- a page's inline tags never stay inside a title (assemble.c) */
  { "/extract/notes12/no-tags-in-title",
    "<p><b>Ada Quell, <i>My Salt Friend</i></b><br>\nTranslated from the Italian by Tom Reed. Gannet Editions, 2012. "
    "331 pp. $17.00 paper.</p>\n<p>The first of four novels about two girls growing up in a poor harbour town.</p>\n",
    { XT_NO_TITLE_HAS ("<i>"), XT_NO_TITLE_HAS ("</i>") } },
  /* ---- "These are quibbles." opens prose, not a header (spans.c, ck_pronoun_clause) */
  { "/extract/notes12/pronoun-copula-no-header",
    "Nor does he have much to say about the way the party actually organised in 1905 or 1917, when the tight "
    "underground party of 1902 was flooded with new members, which is a pity given the evidence.\n\n"
    "These are quibbles. Salt Rediscovered is a landmark, and socialists should press their libraries to buy it "
    "\xe2\x80\x93 or press Gannet for a paperback.\n",
    { XT_ABSENT ("These are quibbles") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
