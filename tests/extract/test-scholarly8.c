/* test-scholarly8.c — scholarly reference shapes inside reviews, notes
 * and reference lists (src/lib/extract/scholar-shapes.c and the hooks
 * in detect-authordate.c, detect-comma.c, detect-reflist.c, role-chain.c,
 * assemble.c and merge.c).  Invented authors and titles only.  One row
 * per variant (XtCase, extract-test-util.h), with near misses that must
 * yield nothing. */
#include "extract-test-util.h"
#include "extract/scholar-shapes.h"

#define PROSE "The review begins here, as reviews do. It cites nothing yet, and says so at some length.\n\n"
#define TAIL " The rest of this paragraph is ordinary prose that goes on for a while, as prose does in a review.\n"

static const XtCase cases[] = {
  /* ------------------------------------------------ Harvard, no stop */
  { "/extract/scholarly8/harvard-comma-imprint",
    PROSE "References\n\n"
    "Alder, R. (1979) The Limits of Tidal Science, Brighton: Gannet.\n"
    "Brun, T. (1976) New Rules of Harbour Method, London: Hill Press.\n",
    { XT_TITLE ("The Limits of Tidal Science"), XT_AUTHOR ("Alder"), XT_YEAR (1979),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Brighton"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_TITLE ("New Rules of Harbour Method"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Hill Press"), XT_NO_TITLE_HAS (", London"), XT_NO_TITLE_HAS (", Brighton") } },
  /* a place with a state, a subtitle and a wrapped firm */
  { "/extract/scholarly8/harvard-comma-imprint-wrapped",
    PROSE "References\n\n"
    "Orme, K. and Vey, J. B. (eds) (1989) Harbour Theory Today: Essays on Salt and its\n"
    "Critics, Cambridge: Cambridge University Press.\n"
    "Quell, A. (1990) Salt Roads, Durham, NC: Heron Books.\n",
    { XT_TITLE ("Harbour Theory Today"), XT_FIELD (CK_FIELD_SUBTITLE, "Essays on Salt and its Critics"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Orme"), XT_FIELD (CK_FIELD_PUBLISHER, "Cambridge University Press"),
      XT_TITLE ("Salt Roads"), XT_FIELD (CK_FIELD_PUBLISHER, "Heron Books") } },
  /* a title that holds a place word but no imprint keeps its words */
  { "/extract/scholarly8/harvard-title-keeps-place",
    PROSE "References\n\n"
    "Alder, R. (1979) Letters from London, Paris and Rome. Brighton: Gannet.\n",
    { XT_TITLE ("Letters from London, Paris and Rome"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet") } },
  /* the chapter's book with its imprint after a comma, wrapped */
  { "/extract/scholarly8/harvard-chapter-comma-imprint",
    PROSE "References\n\n"
    "Alder, R. (1991) 'Salt and power: a reply', in\n"
    "C. G. A. Orme and D. Vey (eds) Tide Studies: The\n"
    "Critical Survey, London: Routledge.\n",
    { XT_TITLE ("Salt and power"), XT_TYPE (CK_TYPE_CHAPTER),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Tide Studies: The Critical Survey"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Orme"), XT_FIELD (CK_FIELD_PUBLISHER, "Routledge"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London") } },
  /* --------------------------------------- Chicago author-date, middle initial */
  { "/extract/scholarly8/authordate-middle-initial",
    PROSE "REFERENCES\n\n"
    "Alder, Ruth. 2001. Tides: A Study. London: Faber.\n"
    "Orme, Hal J. 2011. Quiet Rooms: Policing the Lives of Harbour\n"
    "Towns. New York: Norton.\n",
    { XT_TITLE ("Quiet Rooms"), XT_AUTHOR ("Orme"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Hal J."), XT_YEAR (2011),
      XT_FIELD (CK_FIELD_PUBLISHER, "Norton"), XT_TITLE ("Tides") } },
  /* ----------------------------------------- "(tr.)" after the translator */
  { "/extract/scholarly8/header-translator-mark",
    "Harbour Reviews\n2020.04.02\n\n"
    "R. T. Alder, The Book of Tides, Mara Quist (tr.), Gannet Press, 2018, 412pp., $90.00 (hbk).\n\n"
    "R. T. Alder, The Book of Tides, Piet Vries (tr.), Heron Books, 2018, 388pp., $70.00 (hbk).\n\n"
    "Reviewed by Ann Reed, University of Nowhere\n\n"
    "Two translations of the same old book appeared in one year, and both are good in their own ways." TAIL,
    { XT_NO_TITLE_HAS ("(tr.)"), XT_NO_TITLE_HAS ("Quist"),
      XT_TITLE ("The Book of Tides"), XT_AUTHOR ("Alder"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Quist"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_YEAR (2018) } },
  /* the same title with two firms is two works; the same firm is one */
  { "/extract/scholarly8/two-editions-two-works",
    PROSE "Notes\n\n"
    "[1] Jan Ostrow, The Quiet Harbour, trans. Mara Quist (London: Hill Press, 1971).\n\n"
    "[2] Jan Ostrow, The Quiet Harbour, trans. Piet Vries (Oxford: Gannet Press, 1999).\n",
    { XT_COUNT (2), XT_TITLE ("The Quiet Harbour"), XT_AUTHOR ("Ostrow") } },
  { "/extract/scholarly8/same-edition-one-work",
    PROSE "Notes\n\n"
    "[1] Jan Ostrow, The Quiet Harbour, trans. Mara Quist (London: Hill Press, 1971).\n\n"
    "[2] Jan Ostrow, The Quiet Harbour, trans. Mara Quist (London: Hill Press, 1971), 44.\n",
    { XT_COUNT (1), XT_TITLE ("The Quiet Harbour"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Quist") } },
  /* ------------------------------------------------ "Jr." ends a name */
  { "/extract/scholarly8/translator-jr",
    PROSE "Notes\n\n"
    "[4] Pavel Oren, Lectures on the Harbour: Notes from a Seminar, ed. Lena Marsh, trans. Hal T. Bode, Jr. "
    "(New York: Heron Books, 1969).\n",
    { XT_ABSENT ("Jr"), XT_NO_TITLE_PREFIX ("Jr"), XT_TITLE ("Lectures on the Harbour"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Bode"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Marsh"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Heron Books") } },
  /* the editors named after "ed." open no entry of their own */
  { "/extract/scholarly8/editors-after-ed-no-entry",
    PROSE "Notes\n\n"
    "[3] Jan Ostrow, Die Stille Bucht, ed. Hanna Brandt and Ulf Kemper, Werke in Einzelbänden, vol. 4 "
    "(Hamburg: Gannet, 1980).\n",
    { XT_ABSENT ("Werke in Einzelbänden"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Kemper"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Brandt"), XT_TITLE ("Die Stille Bucht"), XT_AUTHOR ("Ostrow"),
      XT_FAMILY (CK_ROLE_EDITOR, 1, "Kemper"), XT_FIELD (CK_FIELD_COLLECTION_TITLE, "Werke in Einzelbänden"),
      XT_FIELD (CK_FIELD_VOLUME, "4"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_YEAR (1980) } },
  /* a volume after a plain title is no series: the title keeps it */
  { "/extract/scholarly8/volume-without-roles",
    PROSE "Notes\n\n"
    "[3] Jan Ostrow, Collected Harbour Papers, vol. 4 (Hamburg: Gannet, 1980).\n",
    { XT_TITLE ("Collected Harbour Papers"), XT_FIELD (CK_FIELD_COLLECTION_TITLE, NULL) } },
  /* -------------------------------------------- "A and B (eds): Title" */
  { "/extract/scholarly8/header-eds-colon",
    "BOOK REVIEWS\n\n"
    "Mara G. H. Quist and Piet Vries (eds): Orme's Theory of Tides: A Critical Appreciation. London and New "
    "York: Heron Books, 1991. xii + 254 pp. £35.00 cloth; £11.99 paper.\n\n"
    "The theory of tides has been under construction for many years, and it has had its critics from the start." TAIL,
    { XT_TITLE ("Orme's Theory of Tides"), XT_FIELD (CK_FIELD_SUBTITLE, "A Critical Appreciation"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Quist"), XT_FAMILY (CK_ROLE_EDITOR, 1, "Vries"),
      XT_NO_TITLE_HAS ("(eds)") } },
  { "/extract/scholarly8/header-ed-colon-one",
    "BOOK REVIEWS\n\n"
    "Piet Vries (ed.): Salt and Society. London: Heron Books, 1994. x + 201 pp. £30.00.\n\n"
    "A collection of essays on salt, most of them good, and one of them very long indeed." TAIL,
    { XT_TITLE ("Salt and Society"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vries"), XT_NO_TITLE_HAS ("(ed.)") } },
  /* ------------------------------------- surnames alone before a title */
  { "/extract/scholarly8/surname-comma-title-imprint",
    PROSE "The fragments are numbered from Holt-Varga, Die Reste der Hafenlieder (6th ed., Berlin, 1951-2), "
    "and the comparison is with Brun and Vey, The Tidal Poets (Cambridge, 1957)." TAIL,
    { XT_TITLE ("Die Reste der Hafenlieder"), XT_AUTHOR ("Holt-Varga"), XT_YEAR (1951),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Berlin"), XT_FIELD (CK_FIELD_EDITION, "6th ed"),
      XT_TITLE ("The Tidal Poets"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Brun"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vey") } },
  /* a foreign series' last word and a sentence's opening word are no surnames */
  { "/extract/scholarly8/surname-comma-near-misses",
    PROSE "One still needs the volume in the Histoire des Rivages, Les Ports du Nord (Paris, 1954). "
    "Moreover, The Tidal Poets (Cambridge, 1957) is still read." TAIL,
    { XT_TITLE ("Les Ports du Nord"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Rivages"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Moreover") } },
  /* life dates are no imprint, even in the short form of a range */
  { "/extract/scholarly8/life-dates-no-year-range",
    PROSE "The school of Ann Holt (1907-67) and Piet Vries (1911-8) is the subject." TAIL,
    { XT_COUNT (0) } },
  /* ----------------------------- British and classical journal articles */
  { "/extract/scholarly8/classic-article-roman-volume",
    PROSE "He has read J. K. L. Marsh's 'Tidal questions', C.Q. N.S. x (1960), 84-102, but he is not persuaded; "
    "nor by Marsh's 'Salt and the poets', J.H.S. lxxx (1960), 14-22." TAIL,
    { XT_TITLE ("Tidal questions"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Marsh"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "C.Q."), XT_FIELD (CK_FIELD_VOLUME, "x"), XT_FIELD (CK_FIELD_PAGES, "84-102"),
      XT_YEAR (1960), XT_TITLE ("Salt and the poets"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "J.H.S."),
      XT_FIELD (CK_FIELD_VOLUME, "lxxx") } },
  { "/extract/scholarly8/classic-article-full-journal",
    PROSE "See O. Lund, 'The Harbour Dues', Harbour Quarterly 12 (1958), pp. 3-20, for the figures." TAIL,
    { XT_TITLE ("The Harbour Dues"), XT_AUTHOR ("Lund"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Quarterly"),
      XT_FIELD (CK_FIELD_VOLUME, "12"), XT_FIELD (CK_FIELD_PAGES, "3-20") } },
  /* a quotation followed by a date, or by a volume with no pages, is no article */
  { "/extract/scholarly8/classic-article-near-misses",
    PROSE "He called it 'a strange affair', Monday 12 (1960) being the day it began. "
    "The phrase 'harbour of glass', Lund Papers iv (1958), is all we have." TAIL,
    { XT_NO_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_ABSENT ("a strange affair"), XT_ABSENT ("harbour of glass") } },
  /* --------------------------------------------- note entries, wrapped */
  { "/extract/scholarly8/note-et-al-wrapped",
    PROSE "Notes\n\n"
    "1. Ann Q. Reed, Salt and the Harbour Game: A Critique of \"Tides of Glass\"\n"
    "(Urbana: Gannet Press, 1975); Piet A. Vries et\n"
    "al., Reckoning with Salt: A Critical Study in the Quantitative History\n"
    "of Harbour Towns (New York: Heron Books, 1976).\n"
    "2. Jan Orme et al., Counting Salt (London: Heron Books, 1979).\n",
    { XT_TITLE ("Salt and the Harbour Game"), XT_FIELD (CK_FIELD_SUBTITLE, "A Critique of \"Tides of Glass\""),
      XT_AUTHOR ("Reed"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_ABSENT ("Tides of Glass"),
      XT_TITLE ("Reckoning with Salt"), XT_AUTHOR ("Vries"), XT_FAMILY (CK_ROLE_AUTHOR, 1, NULL), XT_YEAR (1976),
      XT_TITLE ("Counting Salt"), XT_AUTHOR ("Orme"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London") } },
  /* the editors' list wrapped after its "and" */
  { "/extract/scholarly8/in-book-editors-wrapped",
    PROSE "Notes\n\n"
    "5. Ann Reed, \"The Weighing of Salt in Three Ports: Problems of the\n"
    "Method,\" in Salt in the Old World: A Reader, ed. Lena Marsh and\n"
    "Piet D. Vries (Englewood Cliffs, N.J.: Heron Books, 1969), pp.\n"
    "202-10.\n",
    { XT_TITLE ("The Weighing of Salt in Three Ports"), XT_TYPE (CK_TYPE_CHAPTER),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Salt in the Old World"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Marsh"), XT_FAMILY (CK_ROLE_EDITOR, 1, "Vries"),
      XT_NO_TITLE_HAS (", ed.") } },
  /* "- first printed in" leads to the book as ", in" does */
  { "/extract/scholarly8/first-printed-in",
    PROSE "Readers who remember 'Salt, Glass and Tides' - first printed\n"
    "in Ann Q. Reed (ed.), The Harbour Papers (Berkeley:\n"
    "Gannet Press, 1976) and reprinted in his Quiet Rooms - will find it here." TAIL,
    { XT_TITLE ("Salt, Glass and Tides"), XT_TYPE (CK_TYPE_CHAPTER),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Papers"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Reed"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_YEAR (1976) } },
  /* ------------------------------------ "(with J. K. Name, 1973)" */
  { "/extract/scholarly8/with-coauthor-paren",
    "Ann Reed, Salt and Glass (Gannet Press, 1985)\n\n"
    "Reed has written much. The new book develops her half of Harbour Ethics: For and Against "
    "(with J. K. L. Vries, 1973) at length, and it is the better for it." TAIL,
    { XT_TITLE ("Harbour Ethics"), XT_FIELD (CK_FIELD_SUBTITLE, "For and Against"), XT_YEAR (1973),
      XT_FAMILY (CK_ROLE_AUTHOR, 0, "Reed"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vries") } },
  { "/extract/scholarly8/with-paren-near-misses",
    PROSE "They went to Paris (with Ann Reed, 1973) and back. The war (with France, 1793) was short. "
    "He met Piet Vries (with Ann Reed, 1980) there." TAIL,
    { XT_COUNT (0) } },
  /* -------------------------------- series labels and bracket tails */
  { "/extract/scholarly8/series-label-no-title",
    "The Review of Harbour Studies, New Series, Vol. 31, No. 124 (Nov., 1980), pp. 482-485\n\n"
    "Some prose that runs on for a while and says nothing of note at all." TAIL,
    { XT_ABSENT ("New Series"), XT_NO_TITLE_PREFIX ("New Series") } },
  { "/extract/scholarly8/bracket-tail-no-title",
    "Salt Songs, 1799, 1805. By ANN REED. Edited by PIET VRIES. (Gannet Critical\n"
    "Editions.) Pp. xiv + 684. New York and London: Gannet, 1979. $19.95.\n\n"
    "Some prose that runs on for a while and says nothing of note at all." TAIL,
    { XT_NO_TITLE_HAS ("Editions.)"), XT_NO_TITLE_HAS ("Pp.") } },
  /* a notes label over numbered notes is no book header, and a volume in
   * roman capitals with a date is no title */
  { "/extract/scholarly8/notes-label-no-header",
    PROSE "Notes\n"
    "1. See also Ann Reed, Salt Roads: Their History and Uses (Chicago, 1917), a pamphlet.\n"
    "2. Reed's book is reviewed in this journal, XXXVII (Feb., 1968), 110.\n",
    { XT_ABSENT ("Notes"), XT_ABSENT ("XXXVII"), XT_TITLE ("Salt Roads"), XT_AUTHOR ("Reed"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Chicago"), XT_YEAR (1917) } },
  /* the roman test is strict: a word of roman letters is still a title */
  { "/extract/scholarly8/roman-letters-word-title",
    PROSE "Ann Reed's CIVIL (London: Heron Books, 1968) is her best book." TAIL,
    { XT_TITLE ("CIVIL"), XT_AUTHOR ("Reed") } },
  /* ------------------------------ MLA: role and year sentences in the middle */
  { "/extract/scholarly8/mla-trans-sentence",
    PROSE "Works Cited\n\n"
    "Lund, Oskar. \"Salt and Weltliteratur.\" Trans. Mara Quist and Piet Quist. Harbour Review 13.1 (1969): 1-17.\n"
    "Reed, Ann. The Republic of Tides. Trans. J. K. Vries. Cambridge: Heron UP, 2004.\n"
    "Marsh, Lena Ruth. Our Harbour. 1824-32. Oxford: Gannet UP, 1982.\n",
    { XT_TITLE ("Salt and Weltliteratur"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Review"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Quist"), XT_GIVEN (CK_ROLE_TRANSLATOR, 1, "Piet"),
      XT_TITLE ("The Republic of Tides"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vries"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Cambridge"), XT_FIELD (CK_FIELD_PUBLISHER, "Heron UP"), XT_YEAR (2004),
      XT_TITLE ("Our Harbour"), XT_YEAR (1982), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Oxford") } },
};

/* The strict roman test: canonical numerals only. */
static void
test_roman_numeral_str (void)
{
  static const char * const yes[] = { "XXXVII", "XIV", "MCMLX", "IX", "LXXX", NULL };
  static const char * const no[] = { "CIVIL", "MID", "DIM", "IIII", "VX", "xiv", "", NULL };
  for (guint i = 0; yes[i]; i++)
    g_assert_true (ck_roman_numeral_str (yes[i]));
  for (guint i = 0; no[i]; i++)
    g_assert_false (ck_roman_numeral_str (no[i]));
}

/* The short ranges of a set in several volumes, and what is no such range. */
static void
test_short_year_range (void)
{
  g_assert_cmpint (ck_short_year_range ("1951-2"), ==, 1951);
  g_assert_cmpint (ck_short_year_range ("1951-52"), ==, 1951);
  g_assert_cmpint (ck_short_year_range ("1951\u20132"), ==, 1951);
  g_assert_cmpint (ck_short_year_range ("1931-1936"), ==, 0);
  g_assert_cmpint (ck_short_year_range ("1951"), ==, 0);
  g_assert_cmpint (ck_short_year_range ("0951-2"), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  g_test_add_func ("/extract/scholarly8/roman-numeral-str", test_roman_numeral_str);
  g_test_add_func ("/extract/scholarly8/short-year-range", test_short_year_range);
  return g_test_run ();
}
