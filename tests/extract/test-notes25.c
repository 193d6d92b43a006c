/* test-notes25.c — conventions read in the twenty-fifth session.  Every
 * text is invented. */
#include "extract-test-util.h"

#define PROSE \
  "The prose of the review runs here, at the length of a paragraph of running text. It follows the " \
  "merchants along the coast and through the long silence after the war, and then it ends.\n"

static const XtCase cases[] = {
  /* ---- a science weekly's briefs: "Title" / "Name Firm (Year)" (detect-stacked.c) */
  { "/extract/notes25/brief-names-firm-year",
    "Books in brief\n\nThe Salt Road\nAda Quell Harwell & Vane (2021)\n\n" PROSE "\n"
    "Tide Tables\nTom Vell (transl. Ann Reed & Cy Orr) Gannet Lane (2020)\n\n" PROSE,
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Harwell & Vane"), XT_YEAR (2021),
      XT_TITLE ("Tide Tables"), XT_AUTHOR ("Vell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Reed"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 1, "Orr"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Lane"), XT_YEAR (2020) } },
  /* a lowercase word before the year is prose, no firm */
  { "/extract/notes25/brief-line-prose-no-firm",
    "The Salt Road\nAda Quell wrote it quickly (2021)\n\n" PROSE,
    { XT_NONE_FIRED ("stacked-header") } },
  /* ---- "lives of A (T1, Year) and B (T2, Year)": a one-word subject, a title holding a particle (name-paren-list) */
  { "/extract/notes25/lives-one-word-subject",
    "The Harbour Master\nBy Tom Quell\nGannet, 2021, 320 pages, $28\n\n"
    "Having written lives of Ada Lovelace (Ada Lovelace, 2011) and Varro (Marcus de Varro, 2017), Quell "
    "turns to a living subject.\n",
    { XT_TITLE ("Ada Lovelace"), XT_YEAR (2011), XT_AUTHOR ("Quell"),
      XT_TITLE ("Marcus de Varro"), XT_YEAR (2017), XT_AUTHOR ("Quell"), XT_COUNT (3) } },
  /* ---- a note's title in sentence case ending on a regnal number (title-weak.c) */
  { "/extract/notes25/note-title-ends-regnal",
    PROSE "\n1 T. R. Vell, The harbour revolution in government: administrative changes in\n"
    "the reign of Henry VIII, Cambridge 1953.\n"
    "2 T. R. Vell, Salt and police: the enforcement of the law in the\nage of the harbour, Cambridge 1972.\n",
    { XT_TITLE ("The harbour revolution in government"), XT_AUTHOR ("Vell"), XT_YEAR (1953),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Cambridge") } },
  /* a short run ending so is still a name */
  { "/extract/notes25/regnal-name-no-title",
    "The prose of the review runs here; Quell admired Henry VIII (1953) and said so.\n",
    { XT_ABSENT ("Henry VIII") } },
  /* ---- "Name. A life. By X. Pp. xxii + 727 incl. 32 colour\nand black-and-white ills." (detect-header.c) */
  { "/extract/notes25/header-name-a-life",
    "Ada Quell. A life. By Tom Vell. Pp. xxii + 727 incl. 32 colour\n"
    "and black-and-white ills. London: Gannet Lane, 2018. \xc2\xa3" "30.\n\n" PROSE,
    { XT_TITLE ("Ada Quell"), XT_FIELD (CK_FIELD_SUBTITLE, "A life"), XT_AUTHOR ("Vell"), XT_YEAR (2018),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Lane"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "xxii + 727") } },
  /* ---- "(Firm, 1972); originally T (1958)": the original's title (published-as) */
  { "/extract/notes25/originally-title-year",
    "Week 7  The harbour.\n   Ada Quell, The Salt Road, trans. Tom Vell (Gannet, 1972); originally Les salines\n"
    "   de la mer (1958). Read pp. 1-95.\n",
    { XT_TITLE ("The Salt Road"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Les salines de la mer"), XT_ABSENT ("Les salines de la mer") } },
  /* ---- "TOM VELL, JR., Title. Place: Firm, Year. Pp. xiv, l94; l0 plates." (detect-header.c, normalize.c) */
  { "/extract/notes25/header-name-suffix-ocr-extent",
    "TOM QUELL, JR., Medieval Salt and Social Change. Oxford: Gannet Press,\n1962. Pp. xiv, l94; l0 plates. $6.00.\n\n"
    PROSE,
    { XT_TITLE ("Medieval Salt and Social Change"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Tom"),
      XT_YEAR (1962), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "xiv + 194") } },
  /* ---- "Dr." before a name is no title in a list (spans.c ck_title_plausible) */
  { "/extract/notes25/doctor-no-title",
    "The study draws on Salt and Harbour (1935), and on the first volumes of Dr. Ada Quell's Salt and "
    "Civilisation in the North, and it is suggestive.\n",
    { XT_ABSENT ("Dr"), XT_TITLE ("Salt and Civilisation in the North"), XT_AUTHOR ("Quell") } },
  /* ---- a journal's name in sentence case before ", VII (1935), 538-563" (detect-comma.c journal-article) */
  { "/extract/notes25/journal-sentence-case-name",
    "The third study draws on Quell's \"Avenement et conquetes du moulin a eau,\" Annales d'histoire economique et\n"
    "sociale, VII (1935), 538-563, and on much else.\n",
    { XT_TITLE ("Avenement et conquetes du moulin a eau"), XT_CONTAINER ("Annales d'histoire economique et sociale"),
      XT_FIELD (CK_FIELD_VOLUME, "VII"), XT_FIELD (CK_FIELD_PAGES, "538-563"), XT_YEAR (1935), XT_AUTHOR ("Quell") } },
  /* no volume, year and pages after it: no journal */
  { "/extract/notes25/journal-sentence-case-needs-pages",
    "The third study draws on \"The rise of the mill,\" which the harbour men read, and on much else.\n",
    { XT_NO_TYPE (CK_TYPE_ARTICLE_JOURNAL) } },
  /* ---- a literary weekly's stacked headers, the name first (detectors.c header-block) */
  { "/extract/notes25/weekly-name-caps-life",
    "BIOGRAPHY\n\nThe lonely harbour\n\nTOM ORR\n\n"
    "Ada Quell\nTOM VELL\nA life\n596pp. Gannet-Lane. \xc2\xa3" "20.\n1 85619 143 5\n\n"
    "Ben Reed, editor\nTHE SELECTED LETTERS OF TOM VELL\nVolume One: The private years, 1884-1914\n"
    "553pp. Harbour Press. \xc2\xa3" "25.\n0 7139 9047 3\n\n" PROSE,
    { XT_TITLE ("TOM VELL"), XT_FIELD (CK_FIELD_SUBTITLE, "A life"), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet-Lane"),
      XT_TITLE ("THE SELECTED LETTERS OF TOM VELL"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Reed"), XT_AUTHOR ("Vell"),
      XT_FIELD (CK_FIELD_VOLUME, "One"), XT_FIELD (CK_FIELD_SUBTITLE, "The private years, 1884-1914"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harbour Press") } },
  /* ---- "The Letters of X", edited by Y: X is the author (assemble.c) */
  { "/extract/notes25/collected-letters-edited",
    "The Letters of Ada Quell, edited by Tom Vell (Gannet, 1974), is the better book.\n",
    { XT_TITLE ("The Letters of Ada Quell"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell") } },
  /* ---- "Name (T1, 1921;\nT2, 1691-1776, 1923)": a title's own span of years (name-paren-list) */
  { "/extract/notes25/paren-list-title-years",
    "For the colonial period the authors draw upon Mr. James Tull Quell (The Founding of New Harbour, 1921;\n"
    "Revolutionary New Harbour, 1691-1776, 1923), though less willing than he.\n",
    { XT_TITLE ("The Founding of New Harbour"), XT_YEAR (1921), XT_AUTHOR ("Quell"),
      XT_TITLE ("Revolutionary New Harbour, 1691-1776"), XT_YEAR (1923), XT_AUTHOR ("Quell") } },
  /* ---- "in the Economic Origins of T (1915)": a title the article runs into (detect-bare.c) */
  { "/extract/notes25/article-runs-into-title",
    "Twelve years since he carried the same inquiry a stage further in the Economic\n"
    "Origins of Harbour Democracy (1915). Readers remember it.\n",
    { XT_TITLE ("Economic Origins of Harbour Democracy"), XT_YEAR (1915) } },
  /* an event, an act, or a run with lower-case words stays none */
  { "/extract/notes25/article-event-no-title",
    "The chapters on the Act in Restraint of Appeals (1533) are strong; men made money in the City and out of "
    "the Salt Harbour Bubble (1720).\n",
    { XT_NO_TITLE_HAS ("Appeals"), XT_NO_TITLE_HAS ("Bubble") } },
  /* ---- a publisher's catalogue in rows parted by bars (detect-pipe-row.c) */
  { "/extract/notes25/pipe-rows-heading-defaults",
    "GANNET UNIVERSITY PRESS   |   FALL 2016                                  27\n\nSALT\n\n"
    "The Salt Road\nA New History of the Coast\n\nADA QUELL\n\n" PROSE "\n"
    "ADA QUELL is Professor of History at Harbour University and author of The Tin Shop (2011).\n\n"
    "November  |  Belknap Press  |  Cloth  |  $29.95  |  344 pages  |  6 1/8 x 9 1/4  |  World\n\n"
    "----------------------------------------\n\nBACKLIST\n\n"
    "Salt Ways: A History  |  Tom Vell  |  Translated by Ann Reed  |  Belknap  |  2014  |  696 pp.  |  cloth $39.95\n"
    "  First published in France as Les Salines (Seuil, 2013).\n\n"
    "Harbour Lights  |  Claudia Orr and Lawrence F. Vane  |  2008  |  488 pp.  |  paper $24.00\n",
    { XT_TITLE ("The Salt Road"), XT_FIELD (CK_FIELD_SUBTITLE, "A New History of the Coast"), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Belknap Press"), XT_YEAR (2016), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "344"),
      XT_TITLE ("Salt Ways"), XT_AUTHOR ("Vell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Reed"), XT_YEAR (2014),
      XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Les Salines"),
      XT_TITLE ("Harbour Lights"), XT_AUTHOR ("Orr"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vane"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"), XT_YEAR (2008),
      XT_NO_TITLE_HAS ("FALL 2016") } },
  /* a table of figures with bars is no catalogue */
  { "/extract/notes25/pipe-table-no-book",
    "Year  |  Tons of salt  |  Price  |  Ships\n1850  |  1200  |  4s.  |  12\n1860  |  1800  |  5s.  |  14\n",
    { XT_NONE_FIRED ("pipe-row") } },
  /* ---- "First published in France as T" opening a sentence is no venue (detect-venue.c) */
  { "/extract/notes25/first-published-as-not-venue",
    "He wrote Salt Ways (Gannet, 2014). First published in France as Les Salines (1913).\n",
    { XT_NO_SELF, XT_TITLE ("Salt Ways"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Les Salines") } },
  /* ---- a syllabus's labelled list: entries set in under "BOOKS FOR PURCHASE:" (spans.c), the
   * edition between the italics and the imprint, and "Name, trans. and ed., _T_" (detectors.c, detect-styles.c) */
  { "/extract/notes25/labelled-list-entries",
    "HISTORY 215                                     Spring 1997\n\n"
    "BOOKS FOR PURCHASE (U-Store; also on reserve):\n"
    "  Ada Quell, _The Salt Revolution_ (Chicago: University of\n    Chicago Press, 1996), paper.\n"
    "  Thomas S. Vell, _The Structure of Salt Revolutions_, 2nd ed.\n    (Chicago: University of Chicago Press, 1970).\n"
    "  Ben Orr, trans. and ed., _Discoveries and Opinions of the Harbour_\n"
    "    (Garden City, N.Y.: Doubleday Anchor, 1957).\n\n" PROSE,
    { XT_TITLE ("The Salt Revolution"), XT_AUTHOR ("Quell"), XT_YEAR (1996),
      XT_TITLE ("The Structure of Salt Revolutions"), XT_AUTHOR ("Vell"), XT_FIELD_PREFIX (CK_FIELD_EDITION, "2nd"),
      XT_YEAR (1970), XT_FIELD (CK_FIELD_PUBLISHER, "University of Chicago Press"),
      XT_TITLE ("Discoveries and Opinions of the Harbour"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Orr"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Orr"), XT_FAMILY (CK_ROLE_AUTHOR, 0, NULL), XT_YEAR (1957) } },
  /* ---- a note of several books by the same authors, "J.L. and Barbara Quell" sharing the family name;
   * a firm named makes "… Society" a title (detect-styles.c note_record) */
  { "/extract/notes25/note-books-run-shared-family",
    PROSE "\nNotes\n\n"
    "1. J.L. and Barbara Quell, The Village Salter 1760-1832, London 1911; The Town Salter 1760-1832, London 1917; "
    "The Skilled Salter 1760-1832, London 1919.\n\n"
    "2. Tom Vell, Culture and Society 1780-1950, London: Gannet & Windus, 1958.\n",
    { XT_TITLE ("The Village Salter 1760-1832"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "J.L."),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Quell"), XT_YEAR (1911),
      XT_TITLE ("The Town Salter 1760-1832"), XT_AUTHOR ("Quell"), XT_YEAR (1917),
      XT_TITLE ("The Skilled Salter 1760-1832"), XT_YEAR (1919), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_TITLE ("Culture and Society 1780-1950"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet & Windus") } },
  /* ---- two imprints in one bracket are no list of titles (name-paren-list) */
  { "/extract/notes25/double-imprint-not-list",
    "He coined the phrase in The Salt Society (Boston: Houghton Mifflin, 1958; London: Hamish Hamilton, 1958).\n",
    { XT_TITLE ("The Salt Society"), XT_YEAR (1958), XT_NO_TITLE_HAS ("Boston"), XT_NO_TITLE_HAS ("London") } },
  /* ---- an indefinite pronoun owns no title (possessive) */
  { "/extract/notes25/everyone-owns-nothing",
    "He was co-author, with Nicole Vell, of Almost Everyone's Guide to Salt (1978), a bestseller.\n",
    { XT_TITLE ("Almost Everyone's Guide to Salt"), XT_YEAR (1978), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Everyone") } },
  /* ---- "Vell's two-volume life of Hitler (T1, 1998; T2, 2000)": a one-word subject, the biographer the author */
  { "/extract/notes25/life-of-one-word-subject",
    "Vell's two-volume life of Bismarck (Hubris, 1998; Nemesis, 2000) is the standard work.\n",
    { XT_TITLE ("Hubris"), XT_AUTHOR ("Vell"), XT_YEAR (1998), XT_TITLE ("Nemesis"), XT_AUTHOR ("Vell") } },
  /* ---- an office alone owns no title ("Ambassador's Journal") (possessive, non-titles.txt) */
  { "/extract/notes25/office-owns-nothing",
    "In 1961 he went to New Delhi as ambassador, a posting recorded in Ambassador's Journal (1969).\n",
    { XT_TITLE ("Ambassador's Journal"), XT_YEAR (1969), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Ambassador") } },
  /* ---- an obituary under a standfirst: "He was also the author of T (1968)" is its subject's
   * (attribution.c ck_attr_profile_subject, merge.c) */
  { "/extract/notes25/obituary-he-author-of",
    "Obituaries\n\nTom Kenneth Vell\n\n"
    "Tall, sardonic economist who told the affluent society some truths it did not wish to hear\n\n"
    "Tom Kenneth Vell, who has died aged 97, was for half a century the most widely read economist in the world, "
    "and the most exasperating of men.\n\n"
    "The New Salt State (1967) completed the argument. Robert Quell's review, \"The New Salt State, or Son of "
    "Affluence\" (The Public Interest, Fall 1967), began a long exchange, and Milton Orr devoted a whole pamphlet, "
    "Orr on Vell (Institute of Economic Affairs, 1977), to the proposition that Vell was a Tory radical in disguise.\n\n"
    "He was also the author of a satirical novel about the State Department, The Triumph (1968), of Economics and "
    "the Salt Purpose (1973), and of Money: Whence It Came (1975).\n",
    { XT_TITLE ("The Triumph"), XT_AUTHOR ("Vell"), XT_TITLE ("Economics and the Salt Purpose"), XT_AUTHOR ("Vell"),
      XT_TITLE ("Money"), XT_AUTHOR ("Vell") } },
  /* ---- a syllabus's entries: '"T," _Journal_ 18 (1991): 93-124' with Markdown italics, the author on
   * the entry's own line; "Name's\n“T,” Journal" (normalize.c, detect-comma.c journal-article) */
  { "/extract/notes25/markdown-journal-after-quote",
    "Week 5  Experiment\n  Lorraine Quell, \"Marvelous Facts and Miraculous Evidence in Early\n"
    "    Modern Salt,\" _Critical Salt_ 18 (1991): 93-124.\n\n"
    "The third study draws on Bloch's\n\"The rise of the salt mill,\" Annales d'histoire economique et\n"
    "sociale, VII (1935), 538-563, and on much else.\n",
    { XT_TITLE ("Marvelous Facts and Miraculous Evidence in Early Modern Salt"), XT_CONTAINER ("Critical Salt"),
      XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Lorraine"), XT_FIELD (CK_FIELD_VOLUME, "18"), XT_YEAR (1991),
      XT_TITLE ("The rise of the salt mill"), XT_AUTHOR ("Bloch"), XT_YEAR (1935) } },
  /* ---- "Pp. xxv + 339. Illustrations. 12s. 6d." (detect-header.c) */
  { "/extract/notes25/header-illustrations-sentence",
    "Facing the Salt: the Tribal Life of the Coast. By ADA QUELL. With an\n"
    "Introduction by B. VELL. London: Secker and Warburg, 1938. Pp. xxv + 339.\nIllustrations. 12s. 6d.\n\n" PROSE,
    { XT_TITLE ("Facing the Salt"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Secker and Warburg"),
      XT_YEAR (1938) } },
  /* ---- a title in sentence case after a possessive or a full name and a comma, its imprint in brackets
   * (detect-name-comma-title.c) */
  { "/extract/notes25/sentence-case-after-possessive",
    "It is the best life since Quell's Saint Augustin et la fin de la culture antique (Paris, 1938), and his edition "
    "of Locke's Two treatises of the harbour (1960) is standard. ROBERT C. VELL, The British salt revolution in "
    "global perspective (Cambridge: Gannet Press, 2009), disagrees.\n",
    { XT_TITLE ("Saint Augustin et la fin de la culture antique"), XT_AUTHOR ("Quell"), XT_YEAR (1938),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Paris"),
      XT_TITLE ("Two treatises of the harbour"), XT_AUTHOR ("Locke"), XT_YEAR (1960),
      XT_TITLE ("The British salt revolution in global perspective"), XT_AUTHOR ("Vell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_YEAR (2009) } },
  /* a title in title case followed by the sentence's words keeps its end */
  { "/extract/notes25/title-case-then-prose",
    "Kenneth Scott Quell's A History of the Expansion of Salt needed seven volumes (1937-45), and nobody read them.\n",
    { XT_NO_TITLE_HAS ("needed") } },
  /* a verb makes the run prose */
  { "/extract/notes25/possessive-run-with-verb",
    "Vell's Salt was reprinted at last (London, 1867) and sold well.\n",
    { XT_NONE_FIRED ("name-comma-title") } },
  /* ---- "Name (T1 in sentence case, 1984; T2, 1984)": a list's foreign titles (name-paren-list) */
  { "/extract/notes25/paren-list-sentence-case",
    "All three books are written after Michel Vell (L'Usage des plaisirs, 1984; Le Souci de soi, 1984), and it shows.\n",
    { XT_TITLE ("L'Usage des plaisirs"), XT_AUTHOR ("Vell"), XT_YEAR (1984), XT_TITLE ("Le Souci de soi"),
      XT_NO_TITLE_HAS ("Michel") } },
  /* ---- a web page's dateline "Sat, Oct 4, 2014, 01:00" is no periodical's issue (detect-venue.c) */
  { "/extract/notes25/abbreviated-weekday-dateline",
    "Salt Road review: the restless young merchants who made the coast\n\nSat, Oct 4, 2014, 01:00\n\n" PROSE,
    { XT_NO_SELF, XT_NO_TITLE_HAS ("Sat") } },
  /* ---- a review card with a place alone and the Library of Congress number in its collation (detect-bookseller.c) */
  { "/extract/notes25/card-place-only-lc-number",
    "13-0214     PR478\n            Quell, Paul. The Great Salt and modern memory. Oxford, 1975.\n"
    "            363p bibl index 75-7346. 13.95\n\n"
    "    Quell argues well, and it goes on for a long while in the manner of prose paragraphs in a review.\n",
    { XT_TITLE ("The Great Salt and modern memory"), XT_AUTHOR ("Quell"), XT_YEAR (1975),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "363") } },
  /* ---- "(Journal, XXII, no. 4 [Fall 1955],\n496-512)": an issue's date in square brackets (detect-article.c) */
  { "/extract/notes25/quoted-article-bracketed-issue-date",
    "The principles were announced a decade ago in \"Problems of\nTranslation: 'Salt' in English\" (Harbour Review, "
    "XXII, no. 4 [Fall 1955],\n496-512), where he declared it.\n",
    { XT_TITLE ("Problems of Translation"), XT_CONTAINER ("Harbour Review"), XT_FIELD (CK_FIELD_VOLUME, "XXII"),
      XT_FIELD (CK_FIELD_ISSUE, "4"), XT_FIELD (CK_FIELD_PAGES, "496-512"), XT_YEAR (1955), XT_ABSENT ("Salt") } },
  /* ---- "followed Ada Quell from T1 (…) to T2 (…)": the name and "from" open no title (title-imprint) */
  { "/extract/notes25/name-from-title",
    "Readers who have followed Jonathan Quell from Ts'ao Yin and the Salt\nEmperor: Bondservant and Master (New Haven, "
    "1966) to Emperor of Salt (New York, 1974) will know his gift.\n",
    { XT_TITLE ("Ts'ao Yin and the Salt Emperor"), XT_YEAR (1966), XT_NO_TITLE_HAS ("Jonathan") } },
  /* ---- a newspaper's footer header: "TITLE" / "Subtitle" / "By Name" / "Illustrated. 319 pp. Firm. $28."
   * (detect-header.c) */
  { "/extract/notes25/footer-caps-title-byline-lines",
    PROSE "\nTHE SALT ROAD\nAn Unnatural History\nBy Ada Quell\nIllustrated. 319 pp. Gannet & Company. $28.\n\n"
    "Tom Vell is a science writer who lives in Vermont.\n",
    { XT_TITLE ("THE SALT ROAD"), XT_FIELD (CK_FIELD_SUBTITLE, "An Unnatural History"), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet & Company"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "319") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
