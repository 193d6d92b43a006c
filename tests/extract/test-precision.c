/* test-precision.c — what is NOT a cited work in scholarly reviews:
 * numbered chapters, parts, figures and tables of the book under review
 * (detect-noncite.c), concepts, movements, laws and treaties in capitals,
 * archives and manuscript shelfmarks, "ibid.", "op. cit.", "loc. cit.",
 * series and journal names alone, Greek and Latin terms with their
 * glosses — beside the works such a review really cites, each of which
 * must come out as exactly one record.
 *
 * Every text, author and title is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- the reviewed book's own headings, pointed at by number */
  { "/extract/precision/chapter-number-quoted",
    "The Lantern Guilds of the Salt Coast, 1600-1750. By Ada Quint. Oxford: Gannet Press, 2006. Pp. xii + 288. $60.00.\n\n"
    "Quint sets out to revise the old view of the guild as a brake on growth. Chapter 3, \"The Long Wrangle,\" traces "
    "the guilds' quarrel with the towns, and chapter 5 (\"Salt and Silver\") follows the money. Part II, 'Masters and "
    "Men', is weaker. Figure 4, \"Guild halls by ward,\" and Table 2 (\"Masters admitted, 1650-1700\") are useful.\n",
    { XT_COUNT (1), XT_TITLE ("The Lantern Guilds of the Salt Coast, 1600-1750"), XT_AUTHOR ("Quint"),
      XT_ABSENT ("The Long Wrangle"), XT_ABSENT ("Salt and Silver"), XT_ABSENT ("Masters and Men"),
      XT_ABSENT ("Guild halls by ward"), XT_NONE_FIRED ("quoted-title") } },
  { "/extract/precision/chapter-number-words",
    "In Chapter Four, \"The Lamp and the Ledger,\" Orr turns to the accounts; Section 2, \"Debts,\" is the best "
    "part of the book, and Appendix B, \"Prices at the Quay,\" is a gift to later scholars.\n",
    { XT_COUNT (0) } },
  /* a chapter placed in words, not by number, is listed as a part of the book: readers take it for a work
   * they are pointed to (the read collections list it nine times in ten) */
  { "/extract/precision/chapter-ordinals",
    "Vell writes as a disciple of the old school. His first chapter, \"Droving,\" and his sixth, \"The Fold and "
    "the Crown,\" are the strongest; the concluding chapter, 'After the Fairs', is thin.\n",
    { XT_TITLE ("Droving"), XT_TYPE (CK_TYPE_CHAPTER), XT_TITLE ("The Fold and the Crown"), XT_TITLE ("After the Fairs"),
      XT_TYPE (CK_TYPE_CHAPTER), XT_COUNT (3) } },
  { "/extract/precision/chapter-titles-list",
    "Marrow's chapter titles say it all: \"The Broken Scale?\", \"Prices and Virtues\", \"After the Guilds\". "
    "He quotes the phrase \"fair dealing\" without a source.\n",
    { XT_COUNT (0) } },
  /* a numbered essay in a book the text names is a work all the same */
  { "/extract/precision/chapter-number-in-book",
    "Chapter 2, \"Tolls and Tariffs,\" in Harbour Dues and Duties, ed. Lena Marsh (London: Gannet, 1982), "
    "pp. 33-61, sets the scene.\n",
    { XT_TITLE ("Tolls and Tariffs"), XT_TYPE (CK_TYPE_CHAPTER),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Dues and Duties") } },
  /* "the chapter on X, “T”" stays a part of the book (test-refnotes.c) */
  /* the book's introduction and conclusion named by their titles are parts of it, as chapters are */
  { "/extract/precision/front-matter-quoted",
    "Brill's book joins a crowded shelf. His Introduction (\"Reading the Tally\") sets out the method, and the "
    "conclusion, \"After the Tally,\" restates it.\n",
    { XT_TITLE ("Reading the Tally"), XT_TITLE ("After the Tally"), XT_COUNT (2) } },
  /* a series, a journal's volume: places where works are, not works */
  { "/extract/precision/series-and-journal-volume",
    "Vosk's debt to older work is plain. Oxford Studies in Maritime History (1990) first published her thesis, and her "
    "earlier piece in Salt History 12 (1990) is cited on p. 45; see also Harbour Review 31 (1988), passim.\n",
    { XT_COUNT (0) } },
  /* an edited book named with its editors and year in prose */
  { "/extract/precision/edited-book-in-prose",
    "Brill's book joins the essays collected in Tallies and Lives, ed. Tomas Orr (2011), and the introduction to "
    "Harbour Dues (ed. Kai Marrow and Ada Quint, 1999).\n",
    { XT_COUNT (2),
      XT_TITLE ("Tallies and Lives"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Orr"), XT_AUTHOR (NULL), XT_YEAR (2011),
      XT_TITLE ("Harbour Dues"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Marrow"), XT_FAMILY (CK_ROLE_EDITOR, 1, "Quint"),
      XT_YEAR (1999), XT_ABSENT ("Tomas Orr") } },

  /* ---- notes full of distractors around the works they cite */
  { "/extract/precision/notes-ibid-opcit",
    "Quint sets out to revise the Tory Reading of the guild. She draws on the Saltport Record Office, "
    "HR 388/12, and on Harbour Library Add MS 41,207. The so-called \"tally justice\" of the quays is never "
    "defined.1\n\n"
    "1 See Tomas Brill, The Pepper Factors of Riga (Oxford: Gannet Press, 1983), 40-46; ibid., p. 52; and Lena "
    "Vosk, \"Guild and Commune on the Salt Coast,\" Journal of Harbour History 14 (1992): 211-38.\n"
    "2 Brill, op. cit., p. 61; Vosk, loc. cit.\n",
    { XT_COUNT (2),
      XT_TITLE ("The Pepper Factors of Riga"), XT_AUTHOR ("Brill"), XT_YEAR (1983), XT_TYPE (CK_TYPE_BOOK),
      XT_TITLE ("Guild and Commune on the Salt Coast"), XT_AUTHOR ("Vosk"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Harbour History"), XT_YEAR (1992),
      XT_NO_TITLE_HAS ("Record Office"), XT_NO_TITLE_HAS ("Add MS"), XT_NO_TITLE_HAS ("tally justice") } },
  /* Chicago notes: a date range closing the title, an edition, volumes */
  { "/extract/precision/notes-edition-volumes",
    "NOTES\n\n"
    "1. Ada Quint, The Lantern Guilds of the Salt Coast, 1600-1750, 2nd ed. (Oxford: Gannet Press, 2006), 12-15.\n"
    "2. Quint, Lantern Guilds, 44.\n"
    "3. Tomas Brill and Lena Vosk, eds., The Salt World, 1400-1800, 2 vols. (London and New York: Quay Books, 1990), 1:33.\n"
    "4. Ibid., 2:101.\n",
    { XT_COUNT (2),
      XT_TITLE ("The Lantern Guilds of the Salt Coast, 1600-1750"), XT_AUTHOR ("Quint"), XT_YEAR (2006),
      XT_FIELD (CK_FIELD_EDITION, "2nd ed"),
      XT_TITLE ("The Salt World, 1400-1800"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Brill"),
      XT_FAMILY (CK_ROLE_EDITOR, 1, "Vosk"), XT_AUTHOR (NULL), XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "2"),
      XT_YEAR (1990) } },
  /* a later note's short form of a book: one chapter, in the full title */
  { "/extract/precision/notes-short-form-in-book",
    "NOTES\n\n"
    "1. Tomas Brill and Lena Vosk, eds., The Tally World, 1400-1800 (London: Routledge, 1990).\n"
    "2. Kai Orr, \"Merchants and Ministers,\" in Brill and Vosk, Tally World, 1:201-30.\n",
    { XT_COUNT (2),
      XT_TITLE ("The Tally World, 1400-1800"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Brill"),
      XT_TITLE ("Merchants and Ministers"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Orr"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Tally World, 1400-1800"), XT_FIELD (CK_FIELD_PAGES, "201-30"),
      XT_NO_TITLE_HAS ("Brill and Vosk") } },
  /* "Id.", "idem", "eadem" repeat the author before; "ibid." the journal */
  { "/extract/precision/notes-idem",
    "NOTES\n\n"
    "1. Lena Vosk, \"Oikos and Agora,\" Harbour Quarterly 19 (1969): 101-19; eadem, \"Money in the Ports,\" ibid. 21 "
    "(1971): 44-60.\n"
    "2. Ivo Marrow, The Tally Men (London: Gannet, 1977), p. 12.\n"
    "3. Id., \"Tolls,\" Salt History Review 3 (1975): 1-9.\n"
    "4. Ibid., p. 4.\n",
    { XT_COUNT (4),
      XT_TITLE ("Money in the Ports"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Vosk"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Quarterly"), XT_FIELD (CK_FIELD_VOLUME, "21"), XT_YEAR (1971),
      XT_FIELD (CK_FIELD_PAGES, "44-60"),
      XT_TITLE ("Tolls"), XT_AUTHOR ("Marrow"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Salt History Review") } },
  /* "Id." after a citation no detector has read yet names nobody */
  { "/extract/precision/notes-idem-not-far",
    "NOTES\n\n"
    "1. Ada Quint, The Salt Men (London: Gannet, 1977), p. 12.\n"
    "2. Ivo Marrow, \"Tolls and Tallies,\" Harbour Journal 1 (1980): 1-5.\n"
    "3. Id., \"Tallies Again,\" Harbour Journal 2 (1981): 6-9.\n",
    { XT_TITLE ("Tallies Again"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Quint"), XT_TITLE ("The Salt Men"), XT_AUTHOR ("Quint") } },
  { "/extract/precision/apa-list-ibid",
    "REFERENCES\n\n"
    "Brill, T. (1999). The logic of the toll. Gannet Press.\n"
    "Brill, T., & Vosk, L. (2004). Trust and credit in the salt ports. Harbour History Review, 57(2), 211-240.\n"
    "Vosk, L. (Ed.). (2008). Markets before the mint. Quay Books.\n"
    "Orr, K. (2008). Credit without coin. In L. Vosk (Ed.), Markets before the mint (pp. 45-72). Quay Books.\n"
    "Ibid.\n",
    { XT_COUNT (4),
      XT_TITLE ("The logic of the toll"), XT_AUTHOR ("Brill"), XT_YEAR (1999),
      XT_TITLE ("Trust and credit in the salt ports"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vosk"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour History Review"),
      XT_TITLE ("Markets before the mint"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vosk"), XT_AUTHOR (NULL),
      XT_TITLE ("Credit without coin"), XT_TYPE (CK_TYPE_CHAPTER),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Markets before the mint"), XT_NO_TITLE_HAS ("Ibid") } },
  /* MLA: a chapter whose book has a volume; the series set last; a
   * letter in an archive is no published work */
  { "/extract/precision/mla-volume-series-letter",
    "Works Cited\n\n"
    "Vosk, Lena. \"Ports.\" The Oxford History of Tolls, edited by Ada Quint, vol. 2, Oxford UP, 2009, pp. 300-45.\n"
    "Marrow, Ivo. The Salt Roads. Translated by Kai Orr, Routledge, 1995. Studies in Trade 4.\n"
    "Brill, Tomas. Letter to Ada Quint. 12 Mar. 1961. Quint Papers, Box 3, Folder 12, Harbour College Archives.\n",
    { XT_COUNT (2),
      XT_TITLE ("Ports"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Vosk"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Oxford History of Tolls"), XT_FIELD (CK_FIELD_VOLUME, "2"),
      XT_FIELD (CK_FIELD_PAGES, "300-45"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quint"),
      XT_ABSENT ("The Oxford History of Tolls"),
      XT_TITLE ("The Salt Roads"), XT_AUTHOR ("Marrow"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Orr"),
      XT_FIELD (CK_FIELD_COLLECTION_TITLE, "Studies in Trade"), XT_FIELD (CK_FIELD_COLLECTION_NUMBER, "4"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Routledge"),
      XT_NO_TITLE_HAS ("Letter"), XT_NO_TITLE_HAS ("Papers") } },
  /* the whole source in the parenthesis after an essay's quoted title */
  { "/extract/precision/paren-in-book",
    "Lena Vosk's essay \"Salt and Silence\" (in Harbour Voices, ed. Kai Orr, Oxford, 1998, pp. 12-30) is the best "
    "short account.\n",
    { XT_COUNT (1),
      XT_TITLE ("Salt and Silence"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Vosk"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Voices"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Orr"),
      XT_FIELD (CK_FIELD_PAGES, "12-30"), XT_YEAR (1998), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Oxford") } },
  /* the Harvard of many social-science journals: "Family AB (Year)" */
  { "/extract/precision/harvard-bare-initials",
    "References\n\n"
    "Brill T (2003) Salt and Society. Oxford: Gannet Press.\n"
    "Holt MA, Orr K and Vosk T (2010) Trade networks in the salt ports. Journal of Harbour Sociology 23(4): 512-540.\n"
    "Vosk L (ed.) (1998) Harbours and Hinterlands. London: Quay Books.\n"
    "Quint A (1998) Guild, town and state. In: Vosk L (ed.) Harbours and Hinterlands. London: Quay Books, pp. 44-67.\n",
    { XT_COUNT (4),
      XT_TITLE ("Salt and Society"), XT_AUTHOR ("Brill"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "T"), XT_YEAR (2003),
      XT_TITLE ("Trade networks in the salt ports"), XT_AUTHOR ("Holt"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Orr"),
      XT_FAMILY (CK_ROLE_AUTHOR, 2, "Vosk"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Harbour Sociology"),
      XT_FIELD (CK_FIELD_PAGES, "512-540"),
      XT_TITLE ("Harbours and Hinterlands"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vosk"), XT_AUTHOR (NULL),
      XT_TITLE ("Guild, town and state"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Quint"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Vosk"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbours and Hinterlands"),
      XT_FIELD (CK_FIELD_PAGES, "44-67") } },
  { "/extract/precision/harvard-eds-no-stop",
    "Orr, K. and Vosk, T. (eds) (1999) Networks and Markets. London: Quay Books.\n"
    "Quint, A. (1999) 'Trust revisited', in K. Orr and T. Vosk (eds) Networks and Markets. London: Quay Books, pp. 15-38.\n",
    { XT_COUNT (2),
      XT_TITLE ("Networks and Markets"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Orr"), XT_FAMILY (CK_ROLE_EDITOR, 1, "Vosk"),
      XT_AUTHOR (NULL), XT_YEAR (1999),
      XT_TITLE ("Trust revisited"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Quint"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Networks and Markets"), XT_FIELD (CK_FIELD_PAGES, "15-38") } },
  /* a line opening "Name XY" with no year in brackets is no entry */
  { "/extract/precision/harvard-bare-initials-near-miss",
    "Review essay\n\nSalt and the State\n\nQuint AB wrote to the Harbour Board in 1990. Nobody answered her.\n",
    { XT_NONE_FIRED ("author-date") } },
  { "/extract/precision/events-laws-concepts",
    "Brill's economics are sound. He measures the Tally Revolution against the Marrow Cycle and rejects the "
    "Quint Thesis. The Bank of Saltport (1609), the Treaty of Vellmark (1713) and the Harbour Tolls Amendment Act "
    "(1834) are treated in passing, and the Quay School and New Tallyism not at all.\n",
    { XT_COUNT (0) } },
  /* a law named with its year, after "See" opening a note */
  { "/extract/precision/notes-statute",
    "NOTES\n\n8. See the Statute of Harbour Tolls (1563) and the Edict of the Salt Wardens (1601).\n",
    { XT_COUNT (0) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
