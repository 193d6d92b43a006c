/* test-fields8.c — the fields of found works: who wrote them, which
 * header line holds the imprint, which name is the translator's.  Each
 * case is an invented review; every author, firm and title is made up
 * (firms the lexicon knows are real publishers, named for their shape). */
#include "extract-test-util.h"

/* a web review's header: title, by-line, imprint on the line below */
#define WEBHDR "The Long Shelf\n\nOn Salt\n\nBy Tom Reader  \u2022  posted on 3 March 2019\n\n" \
  "*Salt and Other Stories* by Ada Quillon\nHarper & Row, 2018, 300 pages, $16.99\n\n"

static const XtCase cases[] = {
  /* ---- the reviewed author's earlier works: a prize, an archive or a
   * press named in the sentence is no person that could own them */
  { "/extract/fields8/oeuvre/after-awards",
    WEBHDR "It is easy to forget, after three Tern Awards in a row for the Tide trilogy -- *The Low Water* "
    "(2012), *The Flood Gate* (2013) and *The Dry Bed* (2014) -- that Ada Quillon began as a writer of "
    "stories, years before *The Glass Kingdoms* came out in 2009.\n",
    { XT_TITLE ("The Low Water"), XT_AUTHOR ("Quillon"), XT_YEAR (2012),
      XT_TITLE ("The Dry Bed"), XT_AUTHOR ("Quillon"),
      XT_TITLE ("The Glass Kingdoms"), XT_AUTHOR ("Quillon"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Awards") } },
  { "/extract/fields8/oeuvre/prizes-plural",
    WEBHDR "After the Vell Prizes of 2010 and 2012 for *Grey Weather* (2009), Quillon went quiet for a "
    "long time, and her readers wondered whether she would ever publish again.\n",
    { XT_TITLE ("Grey Weather"), XT_AUTHOR ("Quillon"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Prizes") } },
  { "/extract/fields8/oeuvre/archive-possessive",
    WEBHDR "Readers who came to Quillon through the plays, or through the short novels in Marrow Archive's "
    "English editions -- _Grey Weather_ (2006) and _Lamp at Noon_ (2010) -- will find the same rhythm.\n",
    { XT_TITLE ("Grey Weather"), XT_AUTHOR ("Quillon"), XT_YEAR (2006),
      XT_TITLE ("Lamp at Noon"), XT_AUTHOR ("Quillon") } },
  { "/extract/fields8/oeuvre/press-possessive",
    WEBHDR "Those who know Quillon only from Gannet Press's reissue of _Lamp at Noon_ (2010) will be surprised "
    "by the new book, which is longer, stranger and a good deal darker than anything she has done.\n",
    { XT_TITLE ("Lamp at Noon"), XT_AUTHOR ("Quillon") } },
  /* distractor: another person's possessive stands nearer the title */
  { "/extract/fields8/oeuvre/other-person-nearer",
    WEBHDR "Readers who came to Quillon through Ivo Marrant's novels -- _Copper Hill_ (2006) -- will find the "
    "same rhythm.\n",
    { XT_TITLE ("Copper Hill"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Quillon") } },

  /* ---- a header's by-line ends at its line: the imprint is below */
  { "/extract/fields8/byline/imprint-next-line",
    WEBHDR "Quillon writes short.\n",
    { XT_TITLE ("Salt and Other Stories"), XT_AUTHOR ("Quillon"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harper & Row"), XT_YEAR (2018),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Harper"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Row") } },
  { "/extract/fields8/byline/firm-with-books",
    "The Long Shelf\n\nOn Salt\n\nBy Tom Reader  \u2022  posted on 3 March 2019\n\n"
    "*Salt: On Harbours* by Ada Quillon\nMarrow Books, 2012, 160 pages, \u00a314.99\n\n"
    "A decade ago Ada Quillon published *Low Water* (2001), a book about the sea.\n",
    { XT_TITLE ("Salt"), XT_AUTHOR ("Quillon"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Marrow Books"), XT_YEAR (2012),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Books") } },

  /* ---- "TITLE, by A, translated from the French by B.": the first
   * by-line names the author, the role phrase the translator */
  { "/extract/fields8/header/comma-by-translated",
    "THE MONTHLY, March 1950\n\nBooks: New Fiction\n\nby Ann Reader\n\n"
    "SALT HARBOUR, by Ada Quillon, translated from the French by Tom Vell. Marrow House. $5.00.\n\n"
    "When Ada Quillon won the prize most readers had to be told who she was.\n",
    { XT_TITLE ("SALT HARBOUR"), XT_AUTHOR ("Quillon"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Marrow House"),
      XT_NO_TITLE_HAS ("translated") } },
  { "/extract/fields8/header/comma-by-edited",
    "THE MONTHLY, March 1950\n\nBooks: Letters\n\nby Ann Reader\n\n"
    "LETTERS FROM THE COAST, by Ada Quillon, edited by Tom Vell. Marrow House. $4.00.\n\n"
    "These letters were written over forty years.\n",
    { XT_TITLE ("LETTERS FROM THE COAST"), XT_AUTHOR ("Quillon"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell") } },
  /* a plain ", by A." still works */
  { "/extract/fields8/header/comma-by-plain",
    "THE MONTHLY, March 1950\n\nBooks: New Fiction\n\nby Ann Reader\n\n"
    "SALT HARBOUR, by Ada Quillon. Marrow House. $5.00.\n\nIt is short.\n",
    { XT_TITLE ("SALT HARBOUR"), XT_AUTHOR ("Quillon"), XT_COUNT (2) } },

  /* ---- "Given Family, Title\nFirm, Year": the line ends the title */
  { "/extract/fields8/comma-header/title-line-break",
    "The Reader\nPOETRY  |  March 3, 2021\n\nOn Salt\n\nBy Tom Reader\n\n"
    "Ada Quillon, Winter Songs from the Harbour\nHarper & Row, 2021, 64 pages, $25 (hardcover)\n\n"
    "When the prize came to Ada Quillon, it cited her voice.\n",
    { XT_TITLE ("Winter Songs from the Harbour"), XT_AUTHOR ("Quillon"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harper & Row"), XT_YEAR (2021) } },
  /* ---- names: a sentence's first word or a rank is no given name */
  { "/extract/fields8/names/sentence-initial-preposition",
    "THE OPEN HAND. By Ivo Marrant. (Gannet Press. 12s. 6d.)\n\n"
    "Marrant writes against the grain of his time, and he knows it. Against R. T. Quarrel's The Shape "
    "of Duty (1979), which held that the state owes nothing to the poor, he sets a long and patient "
    "argument drawn from the parish records of his own county.\n",
    { XT_TITLE ("The Shape of Duty"), XT_AUTHOR ("Quarrel"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "R. T."), XT_YEAR (1979) } },
  { "/extract/fields8/names/sentence-initial-verb",
    "THE OPEN HAND. By Ivo Marrant. (Gannet Press. 12s. 6d.)\n\n"
    "There are already four lives of the poet, and this one does not add much. Add Peter Quarrel's "
    "Salt Ledger (2001), and the shelf is full; Marrant has read them all and thanks none of them.\n",
    { XT_TITLE ("Salt Ledger"), XT_AUTHOR ("Quarrel"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Peter") } },
  /* near miss: a given name that is also a word, used mid-sentence */
  { "/extract/fields8/names/word-given-mid-sentence",
    "THE OPEN HAND. By Ivo Marrant. (Gannet Press. 12s. 6d.)\n\n"
    "The tide rose all night in the story, and the town waited. Like Rose Quarrel's Salt Ledger "
    "(2001), the book is about a flood, and about the people who stayed when it came.\n",
    { XT_TITLE ("Salt Ledger"), XT_AUTHOR ("Quarrel"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Rose") } },
  { "/extract/fields8/names/rank-not-given",
    "THE OPEN HAND. By Ivo Marrant. (Gannet Press. 12s. 6d.)\n\n"
    "Marrant leans heavily on Mr. Justice Quarrel's The Crown and the Courts (1955), a book that few "
    "lawyers now read and fewer historians, and he is right to do so.\n",
    { XT_TITLE ("The Crown and the Courts"), XT_AUTHOR ("Quarrel"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Justice") } },
  /* ---- "translated by M. and R. Quell": one family, two people */
  { "/extract/fields8/names/initials-share-family",
    "NEW NOVELS\n\nTHE SALT WAR. By Karel Vodrak. Translated by M. and R. Quell. (Marrow. 7s. 6d.)\n\n"
    "Mr. Vodrak's satire has been well served by its translators, and it reads as if it had been "
    "written in English; the jokes survive, which is rare.\n",
    { XT_TITLE ("THE SALT WAR"), XT_AUTHOR ("Vodrak"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Quell"), XT_GIVEN (CK_ROLE_TRANSLATOR, 0, "M."),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 1, "Quell"), XT_GIVEN (CK_ROLE_TRANSLATOR, 1, "R.") } },
  /* ---- one person, one surname: "du Quillon" wherever she is named */
  { "/extract/fields8/names/particle-surname-kept",
    "NEW NOVELS\n\nSALT HARBOUR. By Ada du Quillon. (Marrow. 8s. 6d.)\n\n"
    "The new novel is by far the best thing Miss du Quillon has done. Quillon began her career seven "
    "years ago with The Low Water (1931), a novel of the sea, and she has not stopped since then.\n",
    { XT_TITLE ("SALT HARBOUR"), XT_AUTHOR ("du Quillon"),
      XT_TITLE ("The Low Water"), XT_AUTHOR ("du Quillon"), XT_YEAR (1931) } },
  /* ---- a year said after the title in words */
  { "/extract/fields8/year/apposition-the-year-noun",
    "THE OPEN HAND. By Ivo Marrant. (Gannet Press. 12s. 6d.)\n\n"
    "Marrant has been writing his way back to the fens for a decade. \"Copper Weather,\" the 1978 memoir "
    "of his father that was nominated for every prize going, took him to the edge of the sea.\n",
    { XT_TITLE ("Copper Weather"), XT_YEAR (1978) } },
  { "/extract/fields8/year/followed-in",
    "THE OPEN HAND. By Ivo Marrant. (Gannet Press. 12s. 6d.)\n\n"
    "His first book was hailed everywhere. \"The Mills of Saint Ives\" followed in 1951 and disappointed "
    "almost everyone, including, one suspects, Mr. Marrant himself.\n",
    { XT_TITLE ("The Mills of Saint Ives"), XT_YEAR (1951) } },
  /* near misses: a passive "was followed in Y by U" dates U; a decade
   * is no year */
  { "/extract/fields8/year/was-followed-by",
    "THE OPEN HAND. By Ivo Marrant. (Gannet Press. 12s. 6d.)\n\n"
    "His first book was hailed everywhere. \"The Mills of Saint Ives\" was followed in 1951 by a thinner "
    "book of verse, and then by silence for twenty years.\n",
    { XT_TITLE ("The Mills of Saint Ives"), XT_YEAR (0) } },
  { "/extract/fields8/year/decade-not-year",
    "THE OPEN HAND. By Ivo Marrant. (Gannet Press. 12s. 6d.)\n\n"
    "Marrant has been writing his way back to the fens for a decade. \"Copper Weather,\" the 1930s novel "
    "that his father loved, took him to the edge of the sea.\n",
    { XT_TITLE ("Copper Weather"), XT_YEAR (0) } },
  /* ---- "Given Family, Title. Place: Firm, Year. 71 pp." on one line */
  { "/extract/fields8/comma-header/title-stop-imprint",
    "Ada Quillon, Salt and Iron. London: Faber and Faber, 1990. 71 pp. \u00a34.99 pb.\n"
    "Ada Quillon, Other Harbours, introduced by Tom Vell. London: Faber and Faber, 1984.\n"
    "424 pp. \u00a317.50 hb.\n\n"
    "In the summer of the year the harbour froze, five sisters wait in a cottage for the boat that "
    "will bring their brother home, and for whatever it is that will break up their household.\n",
    { XT_TITLE ("Salt and Iron"), XT_AUTHOR ("Quillon"), XT_YEAR (1990), XT_FIELD (CK_FIELD_PUBLISHER, "Faber and Faber"),
      XT_TITLE ("Other Harbours"), XT_AUTHOR ("Quillon"), XT_YEAR (1984) } },
  /* ---- "_Title_, Given Family, trans. B (Firm, Year)": a web header */
  { "/extract/fields8/byline/italic-list-translator",
    "The Long Shelf\nReviews  /  March 2022\n\nOne long sentence\n\nBy Tom Reader\n\n"
    "_Salt Harbour_, Ada Quillon, trans. Ivo Marrant (Harper & Row, 2022), 832 pp., $20\n\n"
    "Harper has now put the three volumes of Ada Quillon's _Salt Harbour_ -- _The Low Water_ (2019), "
    "_The Flood Gate_ (2020) and _The Dry Bed_ (2021) -- into a single brick of a book, and it is the "
    "right way to read it.\n",
    { XT_TITLE ("Salt Harbour"), XT_AUTHOR ("Quillon"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Marrant"),
      XT_YEAR (2022), XT_FIELD (CK_FIELD_PUBLISHER, "Harper & Row"),
      XT_TITLE ("The Low Water"), XT_AUTHOR ("Quillon"), XT_YEAR (2019),
      XT_TITLE ("The Dry Bed"), XT_AUTHOR ("Quillon") } },
  /* "Name's <i>T</i>": the tag owns nothing, the name is a person */
  { "/extract/fields8/oeuvre/possessive-before-html-italics",
    "SALT HARBOUR. By Ada Quillon. (Marrow. 8s. 6d.)\n\n"
    "The publishers have now reissued Ada Quillon's <i>Tides</i> in one volume -- <i>The Low Water</i> "
    "(1969) and <i>The Flood Gate</i> (1970) -- and it is the right way to read them.\n",
    { XT_TITLE ("The Low Water"), XT_AUTHOR ("Quillon"), XT_YEAR (1969) } },
  /* ---- a translator is no author: "in B's translation" */
  { "/extract/fields8/translator/possessive-translation-not-antecedent",
    "SALT HARBOUR, by Ada Quillon, translated from the French by Tom Vell. Marrow House. $5.00.\n\n"
    "When Ada Quillon was given the prize in 1946 most readers had to be told who she was. A few remembered "
    "\"Low Water,\" which appeared here in Ivo Marrant's translation in 1929 and sank without a trace, and "
    "fewer still had read \"Grey Shutters,\" the novel that made her famous at home.\n",
    { XT_TITLE ("Grey Shutters"), XT_AUTHOR ("Quillon"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Marrant") } },
  /* a classic named by its own author's possessive keeps that owner,
   * not the reviewed author of the paragraph */
  { "/extract/fields8/oeuvre/other-possessor-not-subject",
    "The Long Shelf\n\nOn Salt\n\nBy Tom Reader\n\n*Salt and Other Stories* by Ada Quillon\n"
    "Harper & Row, 2018, 300 pages, $16.99\n\n"
    "Quillon spends several pages on Sophocles's *Antigone*, in Ivo Marrant's old Penguin translation, and "
    "on Antigone as a woman whose family has become a war; later she retells another story.\n",
    { XT_TITLE ("Antigone"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Quillon"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Marrant") } },
  /* ---- italics for books, quotation marks for pieces */
  { "/extract/fields8/type/quoted-piece-in-italic-text",
    WEBHDR "Before *The Low Water* (2012) and *The Flood Gate* (2013), Quillon wrote stories. \"The Ones Who "
    "Row Home\" (2009) is the best of them, and \"Salt in the Lamp\" is nearly as good; both were printed "
    "in small magazines that paid in copies.\n",
    { XT_TITLE ("The Ones Who Row Home"), XT_TYPE (CK_TYPE_CHAPTER),
      XT_TITLE ("Salt in the Lamp"), XT_TYPE (CK_TYPE_CHAPTER),
      XT_TITLE ("The Low Water"), XT_TYPE (CK_TYPE_BOOK) } },
  /* near miss: a text that quotes every title (no italics) keeps books */
  { "/extract/fields8/type/quoted-book-in-plain-text",
    "SALT HARBOUR. By Ada Quillon. (Marrow. 8s. 6d.)\n\n"
    "Miss Quillon published a book called \"The Low Water\" (1931) and won a prize with it. "
    "\"The Flood Gate\" followed in 1934 and disappointed almost everyone.\n",
    { XT_TITLE ("The Low Water"), XT_TYPE (CK_TYPE_BOOK), XT_TITLE ("The Flood Gate"), XT_TYPE (CK_TYPE_BOOK) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
