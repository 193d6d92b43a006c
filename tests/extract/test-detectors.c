/* test-detectors.c — one small invented text per citation convention
 * (src/lib/extract/detectors.c).  Each case names the detector that must
 * fire, the title it must find, and a few fields. */
#include "extract-test-util.h"

typedef struct {
  const char *path;
  const char *text;
  const char *detector;
  const char *title;       /* title without subtitle; NULL for an issue */
  const char *author;      /* family of the first author, or NULL */
  int         year;        /* 0 = none expected */
  CkField     field;       /* one more field to check */
  const char *value;
} Case;

static const Case cases[] = {
  { "/extract/detect/venue-line",
    "Heading Words\n\n— Ruth Ames\n\nSome prose that runs on for a while and says nothing of note at all, "
    "really nothing that a reader would cite, though it goes on and on.\n\nNLR 88, July-August 1974\n",
    "venue-line", NULL, "Ames", 1974, CK_FIELD_ISSUE, "88" },
  { "/extract/detect/venue-from",
    "From Modern Quarterly (2nd series), No.4, Autumn 1951, pp.12-19\n",
    "venue-line", NULL, NULL, 1951, CK_FIELD_CONTAINER_TITLE, "Modern Quarterly (2nd series)" },
  { "/extract/detect/venue-series-issue",
    "Quarterly Notes I/23, January-February 1964\n\nA Short Heading\n",
    "venue-line", NULL, NULL, 1964, CK_FIELD_ISSUE, "I/23" },
  { "/extract/detect/venue-number-after-name",
    "Workers Review 190, October 1995\n",
    "venue-line", NULL, NULL, 1995, CK_FIELD_CONTAINER_TITLE, "Workers Review" },
  { "/extract/detect/html-italics",
    "The <i>Evening Lamp</i> was hostile, as was <em>The Long Shore</em> by all accounts.\n",
    "html-italics", "The Long Shore", NULL, 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/web-citation",
    "“A Page Title,” Review Site Online, accessed May 2, 2020, https://example.org/r/1.\n",
    "web-citation", "A Page Title", NULL, 0, CK_FIELD_CONTAINER_TITLE, "Review Site Online" },
  { "/extract/detect/isbd-line",
    "Further reading\n\nSalt roads of the north / Ann Quarle ; translated by Bo Lind. Leeds : Lantern Books, 1977.\n",
    "isbd-line", "Salt roads of the north", "Quarle", 1977, CK_FIELD_PUBLISHER, "Lantern Books" },
  { "/extract/detect/bookseller-entry",
    "7. VARNE, Ilse. The Copper Lantern. Leeds: Gannet Books, 1962. First edition. Octavo, original cloth. \xc2\xa3" "40.\n",
    "bookseller-entry", "The Copper Lantern", "Varne", 1962, CK_FIELD_PUBLISHER, "Gannet Books" },
  { "/extract/detect/marc-record",
    "100 1_ $a Varne, Ilse, $d 1910-1988.\n245 10 $a The copper lantern / $c Ilse Varne.\n"
    "260 __ $a Leeds : $b Gannet Books, $c 1962.\n",
    "marc-record", "The copper lantern", "Varne", 1962, CK_FIELD_PUBLISHER, "Gannet Books" },
  { "/extract/detect/results-list",
    "Results\n\n1. The tin harbour : a history\n   by Feld, Anton, 1890-1950\n   Leeds : Lantern Books, 1954\n"
    "   Book - 240 p.\n",
    "results-list", "The tin harbour", "Feld", 1954, CK_FIELD_PUBLISHER, "Lantern Books" },
  { "/extract/detect/catalogue-record",
    "Title:        The tin harbour / edited by Ann Reed.\nMain Author:  Feld, Anton, 1890-1950.\n"
    "Published:    Leeds : Lantern Books, c1954.\nDescription:  x, 240 p. ; 22 cm.\n",
    "catalogue-record", "The tin harbour", "Feld", 1954, CK_FIELD_PUBLISHER, "Lantern Books" },
  { "/extract/detect/stacked-lines",
    "ILSE VARNE: The Copper Lantern. Gannet Books, 1962. 240 pp. 18s.\n"
    "ILSE VARNE: Harbour Lights. Gannet Books, London and Leeds, 1964. 96 pp. 9s. 6d. (paper 5s.)\n\n"
    "Miss Varne's two books are very different, and the second is the better.\n",
    "stacked-lines", "Harbour Lights", "Varne", 1964, CK_FIELD_PUBLISHER, "Gannet Books" },
  { "/extract/detect/possessive-s",
    "Orr wrote it in the same year and drew on Vallis' The Book of the Weir at length.\n",
    "possessive-s", "The Book of the Weir", "Vallis", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/whose-title",
    "The chapter leans on Vallis, whose Salt Roads of the North it quotes on every page.\n",
    "whose-title", "Salt Roads of the North", "Vallis", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/command-paper",
    "The case rests on the Report of the Committee on Harbour Powers (Cmd. 4060, 1932) and little else.\n",
    "command-paper", "Report of the Committee on Harbour Powers", NULL, 1932, CK_FIELD_NUMBER, "Cmd. 4060" },
  { "/extract/detect/contents-list",
    "Ada Quell, The Salt Class Revisited: Thresholds\nIvo Marsh, Land, Loans and Harbour Stones\n"
    "Ruth Orr, Counting the Rich\n",
    "contents-list", "Counting the Rich", "Orr", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/dash-entry",
    "HARBOUR LIGHTS: A Study of the Ports--Ada Quell and Tom\nVell--Gannet Press, 226 p., illus., $3.50. Essays on the "
    "ports of the north.\n",
    "dash-entry", "HARBOUR LIGHTS", "Quell", 0, CK_FIELD_PUBLISHER, "Gannet Press" },
  { "/extract/detect/blurb-source",
    "THE SALT ROAD\n\n\"A work of the first importance\" \xe2\x80\x94 The Harbour Review\n",
    "blurb-source", "The Harbour Review", NULL, 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/release-byline",
    "THE SALT ROAD\n\nA HISTORY OF THE NORTHERN PORTS\n\nby Ada Quell \xe2\x80\xa7 RELEASE DATE: April 4, 2017\n\n"
    "A patient history of the ports of the north, told through the lives of the men and women who worked them.\n\n"
    "Pub Date: April 4, 2017\n\nPublisher: Gannet\n",
    "release-byline", "THE SALT ROAD", "Quell", 2017, CK_FIELD_SUBTITLE, "A HISTORY OF THE NORTHERN PORTS" },
  { "/extract/detect/press-list",
    "GANNET UNIVERSITY PRESS                         FALL 1962\n\nTHE SALT ROAD\nBy ADA QUELL\n\n"
    "The author examines the harbour.\n    352 pages.  $4.75\n\nTHE TIN HARBOUR\nA History of the Northern Ports\n"
    "TOM VELL\nIn these essays the author sets out his thesis.\n456 pages. $7.50                    October\n",
    "press-list", "THE TIN HARBOUR", "Vell", 1962, CK_FIELD_PUBLISHER, "Gannet University Press" },
  { "/extract/detect/possessive-lower",
    "This is a reply to Jared Vell's Guns, germs, and harbours (1997) and to its critics.\n",
    "possessive-lower", "Guns, germs, and harbours", "Vell", 1997, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/print-line",
    "THE SALT ROAD, by Ada Quell. (Gannet, $16.) A harbour town waits out a long winter in this quiet first novel, "
    "which follows three families through the storms.\n\n"
    "A version of this review appears in print on June 12, 2016, on Page BR28 of the Sunday Book Review with the "
    "headline: Winter in the Harbour.\n",
    "print-line", "Winter in the Harbour", NULL, 2016, CK_FIELD_CONTAINER_TITLE, "Sunday Book Review" },
  { "/extract/detect/note-entry",
    "The harbour book is long and careful. It has been read by every historian of the ports since it "
    "appeared, and it will be read for many years to come by anyone who cares about them.\n\n"
    "Notes\n\n1. A. Quell, The Salt Trade of the North, Vol.2, London 1953, p.12.\n",
    "note-entry", "The Salt Trade of the North", "Quell", 1953, CK_FIELD_PUBLISHER_PLACE, "London" },
  { "/extract/detect/stacked-comma",
    "Ilse Varne, The Copper Lantern\nGannet Books, 1962, 240 pages, $25 (hardcover)\n\n"
    "The lantern of the title hangs in a harbour town.\n",
    "stacked-comma", "The Copper Lantern", "Varne", 1962, CK_FIELD_PUBLISHER, "Gannet Books" },
  { "/extract/detect/stacked-ruled",
    "STAFF PICKS\n\n"
    "The Tin Harbour: A History\nAnton Feld\nLantern Books, 1954 | Paperback | 540 pages\n\xc2\xa3" "9.99\n\n"
    "A fine book about a harbour.\n"
    "-------------------------\n"
    "The Copper Lantern\nIlse Varne\nGannet Books, 1962 | Paperback | 240 pages\n\xc2\xa3" "8.99\n\n"
    "A fine book about a lantern.\n"
    "-------------------------\n"
    "The Glass Weir\nOla Brekke\nQuay Books, 1970 | Paperback | 310 pages\n\xc2\xa3" "7.99\n\n"
    "A fine book about a weir.\n",
    "stacked-ruled", "The Copper Lantern", "Varne", 1962, CK_FIELD_PUBLISHER, "Gannet Books" },
  { "/extract/detect/stacked-header",
    "SALT AND IRON\nIlse Varne\nTranslated by Anton Feld\nGannet Books, 240 pages, \xc2\xa3" "12.95\n\n"
    "The lantern hangs in a harbour town, and the book is about the men who light it.\n",
    "stacked-header", "SALT AND IRON", "Varne", 0, CK_FIELD_PUBLISHER, "Gannet Books" },
  { "/extract/detect/header-lines",
    "The Tin Harbour\nBy Anton Feld\nLantern Books, 1954, 540 pp\n",
    "header-block", "The Tin Harbour", "Feld", 1954, CK_FIELD_NUMBER_OF_PAGES, "540" },
  { "/extract/detect/header-author-title",
    "Clara Voss, Salt and Iron. Translated by Tom Weir. Leeds: Pell Books, 1970. 212 pp. Paperback, $4.95.\n",
    "sentence-header", "Salt and Iron", "Voss", 1970, CK_FIELD_PUBLISHER_PLACE, "Leeds" },
  { "/extract/detect/header-edited-introduced",
    "Along the Canal:\nLetters of Mia Dorn\nEdited and introduced by Paul Hesse\nChicago: Lake Press, 2009, 250 pages, $22 paperback.\n",
    "header-block", "Along the Canal", "Dorn", 2009, CK_FIELD_PUBLISHER, "Lake Press" },
  { "/extract/detect/header-byline-next-paragraph",
    "Roads Out of Town\n\nBy Nell B. Carver. Brimstone. 362 pp. $27.95\n",
    "header-block", "Roads Out of Town", "Carver", 0, CK_FIELD_PUBLISHER, "Brimstone" },
  { "/extract/detect/title-by-paren",
    "Glass Towers by Ivo Rand (Lantern Books. 18s.)\n",
    "title-by", "Glass Towers", "Rand", 0, CK_FIELD_PRICE, "18s." },
  { "/extract/detect/title-comma-by",
    "Another help is The Blue Coast: A Journey, by Lea Marr (Kestrel, £9.99 in UK), which is short.\n",
    "title-by", "The Blue Coast", "Marr", 0, CK_FIELD_PUBLISHER, "Kestrel" },
  { "/extract/detect/title-year-by",
    "The model was Wet Ground (1971), by Ines Kalder, a slow novel of the marsh.\n",
    "title-year-by", "Wet Ground", "Kalder", 1971, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/header-catalogue-lines",
    "The Salt Road\nMara Quist\nHollow Press, 1937\nISBN 978-0-00-000000-2\n264 pages\nPrice: £8.99\n",
    "header-block", "The Salt Road", "Quist", 1937, CK_FIELD_PRICE, "£8.99" },
  { "/extract/detect/header-title-by-paren",
    "Book Review: Cities\n\nA History of Cities by Olaf Brand (Lantern Books. 14s.)\n",
    "title-by", "A History of Cities", "Brand", 0, CK_FIELD_PUBLISHER, "Lantern Books" },
  { "/extract/detect/title-edited-by",
    "A useful companion is The Harbour Letters, edited by Jon Platt (Lantern Books, 1999), at last.\n",
    "title-by", "The Harbour Letters", NULL, 1999, CK_FIELD_PUBLISHER, "Lantern Books" },
  { "/extract/detect/catalogue-heading",
    "The Lamp Maker: A Life of Ora Finch\n\nDescription\n\nxiv, 312 pages\n$24.95\n\nPublisher\n\n"
    "Halifax: Cove Press\n\nYear\n\n1995\n\nReview\n\nA brisk life of a forgotten inventor, told with care and some humour, "
    "though the notes are thin and the index is poor.\n",
    "catalogue-heading", "The Lamp Maker", NULL, 1995, CK_FIELD_PUBLISHER_PLACE, "Halifax" },
  { "/extract/detect/catalogue-title-byline",
    "THE IRON ORCHARD\nA History of Cider\nby Tom Ashe ‧ RELEASE DATE: May 2, 2011\n\nA cheerful history of apples, "
    "presses and the people who drank the results for three centuries or more.\n\nPage Count: 320\nPublisher: Quill\n",
    "header-block", "THE IRON ORCHARD", "Ashe", 2011, CK_FIELD_PUBLISHER, "Quill" },
  { "/extract/detect/catalogue",
    "The Pale Field by Ada Kerr\n\nDescription\n\n310 pages\n$21.95\n\nYear\n\n1991\n\nEdited by Jon Platt\n",
    "title-by", "The Pale Field", "Kerr", 1991, CK_FIELD_NUMBER_OF_PAGES, "310" },
  { "/extract/detect/possessive",
    "This recalls Emil Sarno's Winter in Kiel (Toronto, 1962) and more.\n",
    "possessive", "Winter in Kiel", "Sarno", 1962, CK_FIELD_PUBLISHER_PLACE, "Toronto" },
  { "/extract/detect/possessive-two-authors",
    "Jo Kemp and Li Wen's Bridges of Stone, published only in 1980, is a classic.\n",
    "possessive", "Bridges of Stone", "Kemp", 1980, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/quoted-by",
    "Three stories stand out: \"Blue Hours,\" by Mara Lind; and others.\n",
    "quoted-title", "Blue Hours", "Lind", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/quoted-essay",
    "The Collected Pieces\nBy Ron Abel\nOrbit Press, 1999, 300 pp.\n\nThe 1985 essay “On Rivers,” is the best.\n",
    "quoted-title", "On Rivers", "Abel", 1985, CK_FIELD_CONTAINER_TITLE, "The Collected Pieces" },
  { "/extract/detect/quoted-paren-year",
    "Readers of ‘Fields and Furrows’ (1958) will know the argument.\n",
    "quoted-title", "Fields and Furrows", NULL, 1958, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/quoted-header-line",
    "'Salt and Sugar', by Ida Marsh. Lantern Books, 25s.\n\nA short notice.\n",
    "quoted-title", "Salt and Sugar", "Marsh", 0, CK_FIELD_PRICE, "25s." },
  { "/extract/detect/quoted-owner",
    "Nobody forgets Harmon's essay on tides, nor his \"Counting the Gulls\" either.\n",
    "quoted-title", "Counting the Gulls", "Harmon", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/name-title-imprint",
    "See, for instance, Mona Price, Lowlands (Leeds, 1977) on this.\n",
    "title-imprint", "Lowlands", "Price", 1977, CK_FIELD_PUBLISHER_PLACE, "Leeds" },
  { "/extract/detect/quoted-foreign-article",
    "Vidal's article \"La fin des illusions\" in Cahiers du Nord (Northern Notebooks) appeared in 1951.\n",
    "quoted-title", "La fin des illusions", "Vidal", 0, CK_FIELD_CONTAINER_TITLE, "Cahiers du Nord" },
  { "/extract/detect/see-list",
    "He knows this well (see his Where Next, Europe? and Iron: A Short History).\n",
    "see-list", "Where Next, Europe?", NULL, 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/title-list",
    "Anna Brook's output: her two novels, Night of the Swan, and Flags over Lyon.\n",
    "title-list", "Night of the Swan", "Brook", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/cue-list",
    "Anna Brook is best known for her novels Night Swans and Flags over Lyon, both long out of print.\n",
    "cue-list", "Flags over Lyon", "Brook", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/time-possessive",
    "Anna Brook writes fast. Last year's Night of the Swan was short.\n",
    "time-possessive", "Night of the Swan", "Brook", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/name-in-title",
    "Anna Brook knew the coast. As Anna Brook put it in Notes on Grey Water, nobody stays.\n",
    "name-in-title", "Notes on Grey Water", "Brook", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/name-paren-list",
    "Arthur Penn (The Green Valley, 1991; Stone Towers, 1996) went further.\n",
    "name-paren-list", "Stone Towers", "Penn", 1996, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/author-date",
    "It is a long book.\n\nReferences Cited\n\nQuell, Ada\n2005 The Copper Gull: Herring and Empire. Princeton: Lantern University Press.\n",
    "author-date", "The Copper Gull", "Quell", 2005, CK_FIELD_PUBLISHER, "Lantern University Press" },
  { "/extract/detect/style-entry",
    "It is a long book.\n\nWorks Cited\n\nQuell, Ada. The Copper Gull. Lantern Books, 2005.\n",
    "style-entry", "The Copper Gull", "Quell", 2005, CK_FIELD_PUBLISHER, "Lantern Books" },
  { "/extract/detect/paren-title",
    "It is long. Vell's study (Harbours of Salt: Herring and Empire, Lantern Books, 1988) remains standard.\n",
    "paren-title", "Harbours of Salt", "Vell", 1988, CK_FIELD_PUBLISHER, "Lantern Books" },
  { "/extract/detect/title-imprint",
    "An old account, Rivers of Iron (London: Gale & Co, 1936), is out of print.\n",
    "title-imprint", "Rivers of Iron", NULL, 1936, CK_FIELD_PUBLISHER, "Gale & Co" },
  { "/extract/detect/title-two-years",
    "The same is true of Fields of Gold (1955 and 1977) here.\n",
    "title-imprint", "Fields of Gold", NULL, 1955, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/title-year",
    "Kim, who wrote the introduction to A Rosa Berg Reader\n(1980), is kind.\n",
    "title-year", "A Rosa Berg Reader", NULL, 1980, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/author-of",
    "She is also the co-author of The Salt Road with Peter Lane.\n",
    "title-year", "The Salt Road", NULL, 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/periodical",
    "He wrote for the exile weekly Novaya zarya (New Dawn) for years.\n",
    "periodical", "Novaya zarya", NULL, 0, CK_FIELD_TRANSLATED_TITLE, "New Dawn" },
  { "/extract/detect/periodical-foreign-article",
    "She sued the journal Le Monde libertaire for libel.\n",
    "periodical", "Le Monde libertaire", NULL, 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/periodical-foreign-indefinite",
    "She sued the weekly Une Semaine libre for libel.\n",
    "periodical", "Une Semaine libre", NULL, 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/prose-periodical",
    "Before she turned to novels she spent ten years as a reporter, and most of what she wrote in those "
    "years first appeared in the Lantern Gazette, a paper that few people outside her county ever read.\n",
    "prose-periodical", "Lantern Gazette", NULL, 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/periodical-issue",
    "When we reviewed it, the Weekly Clarion (March 1931) said it was good.\n",
    "periodical-issue", NULL, NULL, 1931, CK_FIELD_CONTAINER_TITLE, "Weekly Clarion" },
  { "/extract/detect/periodical-issue-inside",
    "The speech was printed (Labour Monthly, June 1950 pp201-4) in full.\n",
    "periodical-issue", NULL, NULL, 1950, CK_FIELD_PAGES, "201-4" },
  { "/extract/detect/reference-entry",
    "3. Maud Ferrer, The Quiet Delta (Lisbon: Tagus Press, 1966).\n",
    "reference-entry", "The Quiet Delta", "Ferrer", 1966, CK_FIELD_PUBLISHER, "Tagus Press" },
  { "/extract/detect/reading-line",
    "WEEK 3. The delta and the town\n  Required: Maud Ferrer, The Quiet Delta, chs. 1-3.\n",
    "reading-line", "The Quiet Delta", "Ferrer", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/cover-page",
    "Reviewed Work(s): The Quiet Delta by Maud Ferrer\nReview by: Ivo Brandt\n",
    "cover-page", "The Quiet Delta", "Ferrer", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/venue-forms",
    "Source: Dale Review, Vol. II No. 5, June 1935, pp. 10-12.\n",
    "venue-forms", NULL, NULL, 1935, CK_FIELD_VOLUME, "II" },
  { "/extract/detect/reference-article",
    "Week 2: Ilse Marr, \"Salt Roads,\" Journal of Trade 9, no. 2 (March 1940): 3-18.\n",
    "reference-article", "Salt Roads", "Marr", 1940, CK_FIELD_ISSUE, "2" },
  { "/extract/detect/pronoun-title",
    "Of Ilse Dorn's works, the best is her\nMap of the Sea, now rare.\n",
    "pronoun-title", "Map of the Sea", "Dorn", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/prose-cue",
    "Odile Varga has a new novel out. Her career began with Salt in the Lantern, and grew.\n",
    "prose-cue", "Salt in the Lantern", "Varga", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/bare-title-year",
    "Later Ivo Brandt set the whole story to verse in The Orchard Wall (1911), his last book.\n",
    "bare-title-year", "The Orchard Wall", "Brandt", 1911, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/name-comma-title",
    "He is closer to Ernst Quell, The philosophy of the harbour (1932), than he admits.\n",
    "name-comma-title", "The philosophy of the harbour", "Quell", 1932, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/place-year",
    "Those who know his Ada Quell: a life, New Haven\xe2\x80\x93London 1996, will find it here.\n",
    "place-year", "Ada Quell", NULL, 1996, CK_FIELD_PUBLISHER_PLACE, "New Haven\xe2\x80\x93London" },
  { "/extract/detect/pipe-row",
    "Salt Ways  |  Ada Quell  |  Translated by Tom Vell  |  Gannet  |  2014  |  696 pp.  |  cloth $39.95\n",
    "pipe-row", "Salt Ways", "Quell", 2014, CK_FIELD_PUBLISHER, "Gannet" },
  { "/extract/detect/surname-paren-list",
    "Ilse Varn wrote it. Varn (The Tin Bell, 2001; Slow Rivers, 2005) knows the delta well.\n",
    "surname-paren-list", "Slow Rivers", "Varn", 2005, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/published-title",
    "He tells how Piet Loder, who published The Salt Ledger in 1802, never saw the sea.\n",
    "published-title", "The Salt Ledger", "Loder", 1802, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/appositive-list",
    "Ada Rhee's two books of 1981, Salt Roads: A Study and Tin Bells: An Essay, are rare.\n",
    "appositive-list", "Tin Bells", "Rhee", 1981, CK_FIELD_SUBTITLE, "An Essay" },
  { "/extract/detect/cue-apposition",
    "Ada Rhee wrote it. Salt Roads, her second novel, was a failure.\n",
    "cue-apposition", "Salt Roads", "Rhee", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/wrote-title",
    "Ada Rhee is a poet. Under another name she wrote Iron Harvest and a play.\n",
    "wrote-title", "Iron Harvest", "Rhee", 0, CK_FIELD_N_FIELDS, NULL },
  /* publishing names a work as writing does; a capital "The" in
   * mid-sentence makes "… Road" a title, not a street; "Is" is no "IS" */
  { "/extract/detect/published-wrote-title",
    "Ada Rhee is a poet. In 1940 she published The Grey Road, and nobody noticed it.\n",
    "wrote-title", "The Grey Road", "Rhee", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/wrote-title-inner-is",
    "Ada Rhee is a poet. Under another name she wrote The Winter Is a Long Season and a play.\n",
    "wrote-title", "The Winter Is a Long Season", "Rhee", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/prose-shape",
    "Ada Rhee is a poet. Readers of her enormous The Almanac of Slow Rivers will like this.\n",
    "prose-shape", "The Almanac of Slow Rivers", "Rhee", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/prose-clause",
    "Ada Rhee is a poet. Salt Roads of Arden, which won the Pulitzer in 1999, made her name.\n",
    "prose-clause", "Salt Roads of Arden", "Rhee", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/journal-venue",
    "JOURNAL OF SALT HISTORY, Vol. XXIX, No. 4 (Oct.-Dec. 1968)\n\n"
    "ADA VELL, The Orchard Ledger. Heron Books, 1967. 214 pp. $4.95.\n\n"
    "This is a fine book about apples and the people who grow them, and it is well written.\n",
    "journal-venue", NULL, NULL, 1968, CK_FIELD_VOLUME, "XXIX" },
  { "/extract/detect/title-mend",
    "Readers of the earlier Knight in Grey and And Now the Rain (1931) will not be surprised.\n",
    "title-mend", "Knight in Grey", NULL, 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/known-work",
    "The Magic Mountain is her model, with the jokes left in.\n",
    "known-work", "The Magic Mountain", "Mann", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/list-sibling",
    "Ada Rhee is a poet. Her book reprints The Almanac of Slow Rivers, Low Rooms, Gentry and Tin Bells, all early.\n",
    "list-sibling", "Low Rooms", "Rhee", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/possessive-title",
    "Ada Rhee is a poet. Her best is as good as anything in Pilot's Widow or Ferryman's Acre.\n",
    "possessive-title", "Pilot's Widow", "Rhee", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/opener-title",
    "Mr. Loder's new novel is different. Like A Lamp at Sea, it is a chase.\n",
    "opener-title", "A Lamp at Sea", "Loder", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/genre-of",
    "Mr. Loder's new life is different. It covers more than the nine years of The Diary of Tom Vell, and well.\n",
    "genre-of", "The Diary of Tom Vell", "Vell", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/gloss-paren",
    "Mr. Loder's new primer is different. A tutor who has struggled with the examples in The Salt Almanac (the "
    "Vell-Orr compendium of 1929-30) will sympathise.\n",
    "gloss-paren", "The Salt Almanac", NULL, 1929, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/published-pair",
    "Mr. Loder's new novel is different. Ada Vell, whose Conversazione nel porto (1941) -- published here as Talk "
    "in the Harbour (Hill Press, 1949) -- was read by the young, is his model.\n",
    "published-pair", "Talk in the Harbour", "Vell", 1949, CK_FIELD_ORIGINAL_TITLE, "Conversazione nel porto" },
  { "/extract/detect/foreign-gloss",
    "Two novels from the east. Horak's Zimní světlo [Winter Light] came out in Prague in 1968.\n",
    "foreign-gloss", "Zimní světlo", "Horak", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/name-column",
    "OUR POETS\n\nTOM ORR   Harbour Lights\nADA VELL   The Hawk in the Salt\n\nMr. Loder's new list is different.\n",
    "name-column", "Harbour Lights", "Orr", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/foreign-marked",
    "Mr. Loder's new study is different. He quotes the Consid\xc3\xa9rations sur le port de Brest at length.\n",
    "foreign-marked", "Consid\xc3\xa9rations sur le port de Brest", NULL, 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/prize-subject",
    "Mr. Loder's new novel is different. When Salt Harbour won the Hill Prize in 2009, he was abroad.\n",
    "prize-subject", "Salt Harbour", "Loder", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/verb-title",
    "Mr. Loder's new novel is different. It came out only after Every Day Is Salt Day and Vacant Rooms had made "
    "his name.\n",
    "verb-title", "Every Day Is Salt Day", "Loder", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/named-title",
    "Mr. Loder's new novel is different. He ends the trilogy he calls A Lamp at Sea, which began with a chase.\n",
    "named-title", "A Lamp at Sea", "Loder", 0, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/fact-box",
    "Title\nSalt and Iron\nAuthor\nAda Quell\nPublisher\nLantern Books\nPages\n408\n\n"
    "A book on the mines of the north that is better than it needs to be, though a slow one.\n",
    "fact-box", "Salt and Iron", "Quell", 0, CK_FIELD_NUMBER_OF_PAGES, "408" },
  { "/extract/detect/notice-lead",
    "SALT AND IRON. By Ada Quell. 408 pages. Lantern Books. $3.95. A book on the mines of the north "
    "that is better than it needs to be, though it is a slow one and the maps are poor.\n",
    "notice-lead", "SALT AND IRON", "Quell", 0, CK_FIELD_PRICE, "$3.95" },
  { "/extract/detect/roundup-list",
    "NEW NOVELS\n\nNell Harrow: The Tin Lantern. Oakfield. 15s.\nPiet Dunmore: Ash on the Stair. Coverly Press. 12s. 6d.\n\n"
    "Two novels of small towns this week, and the quieter one is the better of the pair.\n",
    "roundup-list", "Ash on the Stair", "Dunmore", 0, CK_FIELD_PRICE, "12s. 6d." },
  { "/extract/detect/roundup-lead",
    "PAPERBACKS\n\nTHE TIN LANTERN (Oakfield, 9s. 6d.) is Nell Harrow's first novel, and a quiet one.\n",
    "roundup-lead", "THE TIN LANTERN", "Harrow", 0, CK_FIELD_PUBLISHER, "Oakfield" },
  { "/extract/detect/in-book",
    "3. Ivo Brandt, 'Salt and the Sea', in his Harbour Essays (London, 1961), pp. 9-30.\n",
    "in-book", "Salt and the Sea", "Brandt", 1961, CK_FIELD_CONTAINER_TITLE, "Harbour Essays" },
  { "/extract/detect/edited-paren",
    "Readers who know the approach of The Social Life of Salt (Orr, ed. 1986) will find it here.\n",
    "edited-paren", "The Social Life of Salt", NULL, 1986, CK_FIELD_N_FIELDS, NULL },
  { "/extract/detect/idem-article",
    "NOTES\n\n1. Ada Quint, The Tally Men (London: Gannet, 1977), p. 12.\n"
    "2. Id., \"Tallies and Printers,\" Harbour Journal 29 (1986): 55-70.\n",
    "idem-article", "Tallies and Printers", "Quint", 1986, CK_FIELD_CONTAINER_TITLE, "Harbour Journal" },
  { "/extract/detect/idem-ibid",
    "NOTES\n\n1. Ivo Marrow, \"The Quay,\" Harbour History Review 12 (1991): 1-20; idem, \"The Dock,\" ibid. 13 "
    "(1992): 44-60.\n",
    "idem-ibid", "The Dock", "Marrow", 1992, CK_FIELD_CONTAINER_TITLE, "Harbour History Review" },
  { "/extract/detect/comma-citation",
    "1. Hanna Leroux, Theory of Tides, 2nd edition (Boston, MA: Quay Press, 2004).\n",
    "comma-citation", "Theory of Tides", "Leroux", 2004, CK_FIELD_EDITION, "2nd edition" },
  { "/extract/detect/comma-run",
    "The full story is in Ronald Vellar, The Piltdown Harbours, London: Gannet, 1972, which everyone has read.\n",
    "comma-run", "The Piltdown Harbours", "Vellar", 1972, CK_FIELD_PUBLISHER, "Gannet" },
  { "/extract/detect/journal-article",
    "Week 3: Piet Orr, \"Can Clocks Dream?\" Journal of Odd Studies 41 (1988): 12-30.\n",
    "journal-article", "Can Clocks Dream?", "Orr", 1988, CK_FIELD_CONTAINER_TITLE, "Journal of Odd Studies" },
  { "/extract/detect/with-paren",
    "Her share of Salt Roads: A Debate (with Piet Vries, 1973) is the better half.\n",
    "with-paren", "Salt Roads", "Vries", 1973, CK_FIELD_SUBTITLE, "A Debate" },
  { "/extract/detect/classic-article",
    "He had read O. P. Lund's 'Tidal questions', H.Q. N.S. xii (1958), 84-102, with care.\n",
    "classic-article", "Tidal questions", "Lund", 1958, CK_FIELD_VOLUME, "xii" },
  { "/extract/detect/quoted-article",
    "The quarrel was aired by Lotte Brandt in \"Whose Canals Are These?\" (Harbour Weekly, March 1961).\n",
    "quoted-article", "Whose Canals Are These?", "Brandt", 1961, CK_FIELD_CONTAINER_TITLE, "Harbour Weekly" },
  { "/extract/detect/glossed-periodical",
    "In those years she read Viikko Kylä (Village Weekly) every Friday.\n",
    "glossed-periodical", "Viikko Kylä", NULL, 0, CK_FIELD_TRANSLATED_TITLE, "Village Weekly" },
  { "/extract/detect/comma-header",
    "On tides\n\nAnna Berg and Tom Lax, Tidewater, Quay University Press, Bristol and Leeds, 1998. xii + 300 pp., "
    "\xc2\xa3" "12.50 pb.\n\nBerg and Lax have written a book about the sea that is also a book about the land, and it is "
    "all the better for the long view it takes of both.\n",
    "comma-header", "Tidewater", "Berg", 1998, CK_FIELD_PUBLISHER, "Quay University Press" },
};

static void
test_several_books_in_one_paragraph (void)
{
  const char *text = "Two Books on Ships\n\n"
                     "Tall Masts by Ida Crane (Cape, 10s. 6d.)\n"
                     "The Steam Age by Olav Moss (Allen & Unwin, 12s. 6d.)\n\n"
                     "Short Notices\n\nThe Cold Pier\nBy Ann Rook. Knopf. 300 pp. $25\nWinter Docks\n"
                     "By Paul Vane. Lantern. 250 pp. $24\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "Tall Masts"), *b = xt_find (recs, "The Steam Age");
  CkRecord *c = xt_find (recs, "The Cold Pier"), *d = xt_find (recs, "Winter Docks");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_nonnull (d);
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PRICE), ==, "12s. 6d.");
  g_assert_cmpstr (xt_family (d, CK_ROLE_AUTHOR, 0), ==, "Vane");
  g_assert_cmpstr (ck_record_get (c, CK_FIELD_NUMBER_OF_PAGES), ==, "300");
  g_assert_cmpuint (recs->len, ==, 4);
}

static gboolean
fired (CkRecord *rec, const char *detector)
{
  for (guint i = 0; i < ck_record_get_n_provenance (rec); i++)
    if (g_strcmp0 (ck_record_get_provenance (rec, i)->detector, detector) == 0)
      return TRUE;
  return FALSE;
}

static void
run_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GPtrArray) recs = xt_extract (c->text);
  CkRecord *rec = NULL;
  if (c->title)
    rec = xt_find (recs, c->title);
  else
    for (guint i = 0; i < recs->len && !rec; i++)
      if (!ck_record_has (g_ptr_array_index (recs, i), CK_FIELD_TITLE) ||
          ck_record_get_type (g_ptr_array_index (recs, i)) == CK_TYPE_REVIEW_BOOK)
        rec = g_ptr_array_index (recs, i);
  if (!rec)
    g_error ("%s: no record titled %s among %u", c->path, c->title ? c->title : "(none)", recs->len);
  g_assert_true (fired (rec, c->detector));
  if (c->author)
    g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, c->author);
  if (c->year)
    g_assert_cmpint (xt_year (rec), ==, c->year);
  if (c->field != CK_FIELD_N_FIELDS)
    g_assert_cmpstr (ck_record_get (rec, c->field), ==, c->value);
  g_assert_cmpuint (ck_record_get_n_provenance (rec), >, 0);
}

static void
test_table_lists_every_detector (void)
{
  guint n = 0;
  const char * const *names = ck_extract_list_detectors (&n);
  g_assert_cmpuint (n, >=, 10);
  g_assert_null (names[n]);
  for (guint i = 0; i < n; i++)
    {
      /* syllabus-heading makes no records: test-syllabus.c tests it;
       * nor does title-echo: test-title-echo.c tests it; nor
       * numbered-heading: test-precision.c tests it; nor narrative-cite:
       * test-scholarly8.c tests it */
      gboolean tested = g_strcmp0 (names[i], "catalogue") == 0 || g_strcmp0 (names[i], "published-as") == 0 ||
                        g_strcmp0 (names[i], "syllabus-heading") == 0 || g_strcmp0 (names[i], "title-echo") == 0 ||
                        g_strcmp0 (names[i], "numbered-heading") == 0 || g_strcmp0 (names[i], "narrative-cite") == 0;
      for (guint k = 0; k < G_N_ELEMENTS (cases) && !tested; k++)
        tested = g_strcmp0 (cases[k].detector, names[i]) == 0;
      g_assert_true (tested);
    }
}

static void
test_catalogue_fills_reviewed_book (void)
{
  const Case *c = NULL;
  g_autoptr(GPtrArray) recs = NULL;
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    if (strcmp (cases[k].path, "/extract/detect/catalogue") == 0)
      c = &cases[k];
  g_assert_nonnull (c);
  recs = xt_extract (c->text);
  CkRecord *rec = xt_find (recs, "The Pale Field");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PRICE), ==, "$21.95");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_EDITOR, 0), ==, "Platt");
  g_assert_true (fired (rec, "catalogue"));
  g_assert_cmpuint (recs->len, ==, 1);
}

static void
test_published_as (void)
{
  const char *text = "Her novel, The Lamp, first published in France as La Lampe [The Lamp] (1938), sold well.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The Lamp");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_ORIGINAL_TITLE), ==, "La Lampe");
  g_assert_cmpint (ck_record_get_date (rec, CK_DATE_ORIGINAL)->year, ==, 1938);
  g_assert_true (fired (rec, "published-as"));
}

static void
test_two_books_one_header (void)
{
  const char *text = "Books of the Month\n\n"
                     "The Iron Bridge\nBy Ken Solt\nLeeds: Pell Books, 1971, $30 cloth, $12 paper\n\n"
                     "Sea Glass\nBy Amy Wren\nYork: Minster Press, 1972, 200 pp.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "The Iron Bridge"), *b = xt_find (recs, "Sea Glass");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PRICE), ==, "$30; $12");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_BINDING), ==, "cloth");
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Wren");
  g_assert_cmpuint (recs->len, ==, 2);
}

/* "a study (London: Firm and Firm, 1955)": an imprint whose firm no
 * lexicon knows is still no title; "(London: A Biography, …)" is one */
static void
test_paren_imprint_no_title (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("The review begins here, as reviews do. It cites nothing yet.\n\n"
                                          "There is a good study of the fields (London: Gale and Minton, 1955) "
                                          "that few read. His history (London: A Biography, Gale and Minton, "
                                          "1999) was long.\n");
  g_assert_null (xt_find (recs, "London: Gale and Minton"));
  /* the title without its subtitle */
  g_assert_nonnull (xt_find (recs, "London"));
  g_assert_cmpstr (ck_record_get (xt_find (recs, "London"), CK_FIELD_SUBTITLE), ==, "A Biography");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], run_case);
  g_test_add_func ("/extract/detect/table", test_table_lists_every_detector);
  g_test_add_func ("/extract/detect/paren-imprint-no-title", test_paren_imprint_no_title);
  g_test_add_func ("/extract/detect/catalogue-fills", test_catalogue_fills_reviewed_book);
  g_test_add_func ("/extract/detect/published-as", test_published_as);
  g_test_add_func ("/extract/detect/two-books-one-header", test_two_books_one_header);
  g_test_add_func ("/extract/detect/several-books-one-paragraph", test_several_books_in_one_paragraph);
  return g_test_run ();
}
