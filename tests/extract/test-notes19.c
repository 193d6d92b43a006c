/* test-notes19.c — conventions read in the nineteenth session.  Every
 * text is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- a note's number glued to the title's last word (extract.c, spans.c) */
  /* "Vell's Salt Roads and Beyond1 the\nNorthern": the removed note number ends the title */
  { "/extract/notes19/note-number-ends-title",
    "Since the appearance of Vell's Salt Roads and Beyond1 the\nNorthern harbour has been the battle-ground of two "
    "schools of historians.\n\n  1 Cambridge, 1897.\n",
    { XT_TITLE ("Salt Roads and Beyond"), XT_AUTHOR ("Vell"), XT_NO_TITLE_HAS ("Northern") } },
  /* ---- sentence-case titles before an imprint (title-extend.c, detectors.c) */
  /* the economic historians' style: "Name, Title in sentence case: sub, 1650 to 1750 (Place, Year)", a
   * possessive before a title with a colon and a year range, and two full names joined by "and" */
  { "/extract/notes19/sentence-case-name-comma-title",
    "The comparisons extend the debate opened by Ada Quell, The salt divergence: ports, tolls, and the "
    "making of the northern trade (Gannet, 2000). Tom Vell's The harbour economy: an economic history of the "
    "coast 1700-1850 (New York, 2009) is the obvious counterpoint, rather than the older picture in P. Marsh and "
    "R. T. Orr, Northern harbour growth 1688-1959 (2nd edn, Oxford, 1967).\n",
    { XT_TITLE ("The salt divergence"),
      XT_FIELD (CK_FIELD_SUBTITLE, "ports, tolls, and the making of the northern trade"), XT_AUTHOR ("Quell"),
      XT_YEAR (2000), XT_TITLE ("The harbour economy"),
      XT_FIELD (CK_FIELD_SUBTITLE, "an economic history of the coast 1700-1850"), XT_AUTHOR ("Vell"),
      XT_YEAR (2009), XT_TITLE ("Northern harbour growth 1688-1959"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Marsh"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Orr"), XT_YEAR (1967), XT_COUNT (3) } },
  /* a clause after a comma ("…, as will readers of the T") stops the reach back to an owner */
  { "/extract/notes19/sentence-case-stops-at-clause",
    "Readers of Vell's Enquiry concerning the Harbour will know the argument, as will readers of the Salt\n"
    "Tables of Quell (London: Gannet, 1922).\n",
    { XT_NO_TITLE_HAS ("will know"), XT_NO_TITLE_HAS ("readers") } },
  /* a sentence between a name and a bracket is no title */
  { "/extract/notes19/sentence-case-needs-owner",
    "Ada Quell, the harbour master who wrote the report, was in the town (Oxford, 1921) for a week.\n",
    { XT_COUNT (0) } },
  /* ---- old weeklies' notices (detect-header.c, assemble.c) */
  /* pence alone as a pamphlet's price, the imprint wrapped under its line; "With maps." between by-line and
   * imprint */
  { "/extract/notes19/notice-pence-and-illustration-statement",
    "The Salt Letters. By C. S. Vell. (Gannet Bles. 5s.)\nHarbour and the Tide. By William Quell. (Penguin\n"
    "    Special. 6d.)\nTHE NORTHERN DESERT. By ROBERT ORR. With\n   maps. (Cape. 7s. 6d. net.)\n\n"
    "MR. VELL has the rare gift of making theology entertaining without loss of seriousness, and these books are "
    "good.\n",
    { XT_TITLE ("The Salt Letters"), XT_AUTHOR ("Vell"), XT_TITLE ("Harbour and the Tide"), XT_AUTHOR ("Quell"),
      XT_TITLE ("THE NORTHERN DESERT"), XT_AUTHOR ("Orr"), XT_FIELD (CK_FIELD_PUBLISHER, "Cape"), XT_COUNT (3) } },
  /* ---- "Author (T1, 1991; T2, 1996)" with a title wrapped inside the brackets (detectors.c) */
  { "/extract/notes19/name-paren-list-wrapped-title",
    "The reader who came to the subject by way of Vell's Argonauts of the Salt (1922) or\nAda Quell (Coming of Age "
    "in the Harbour, 1928; Growing Up in New\nGuinea, 1930) will find his horizons enlarged.\n",
    { XT_TITLE ("Coming of Age in the Harbour"), XT_AUTHOR ("Quell"), XT_YEAR (1928), XT_TITLE ("Growing Up in New Guinea"),
      XT_AUTHOR ("Quell"), XT_YEAR (1930), XT_NO_TITLE_HAS ("Ada Quell"), XT_COUNT (3) } },
  /* ---- two authors joined by "and" (spans.c ck_name_pair_start; detectors.c, detect-article.c) */
  { "/extract/notes19/two-full-names-before-list-and-quoted-article",
    "The early chapters of Peter Vell and William Quell (The Unknown Harbour, 1972; Harbour: The Salt Years, 1979) "
    "hardly at all. The case was made by Alfred H. Marsh and John R. Orr in \"The Economics of the Salt Trade,\" "
    "published in the Journal of Harbour Economy in April 1958.\n",
    { XT_TITLE ("The Unknown Harbour"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Vell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Quell"),
      XT_TITLE ("The Economics of the Salt Trade"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Marsh"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Orr") } },
  /* ---- a contributor's name in capitals over the paragraph is not the author's (spans.c) */
  { "/extract/notes19/caps-contributor-line-not-name",
    "BOOKS OF THE YEAR\n\nMARTHA GREAVES\nHilary Vell's Bring Up the Harbour (Gannet, \xc2\xa3" "20) did the "
    "impossible: it was better than her last.\n",
    { XT_TITLE ("Bring Up the Harbour"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Hilary") } },
  /* ---- an antiquarian dealer's entries (detect-bookseller.c) */
  /* a long subtitle sentence, "2 vols. 8vo.", an edition qualified after its comma, a ship's "H.M.S." inside the
   * title */
  { "/extract/notes19/bookseller-volumes-format-edition",
    "CATALOGUE 12\n\n14\nVELL (Henry Walter). The Salt Naturalist on the River. A record of adventures, habits of "
    "animals, sketches of harbour life, and aspects of nature, during eleven years of travel. 2 vols. 8vo. London: "
    "John Murray, 1863.\nFrontispieces and 7 plates; publisher's green cloth. \xc2\xa3" "1,250\n\n15\n"
    "ORR (Charles). Journal of the Voyage of H.M.S. Gannet round the Coast. Second edition, corrected, with additions. "
    "London: John Murray, 1845.\n8vo, original cloth, rebacked. \xc2\xa3" "975\n",
    { XT_TITLE ("The Salt Naturalist on the River"), XT_AUTHOR ("Vell"), XT_YEAR (1863),
      XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "2"), XT_FIELD (CK_FIELD_PUBLISHER, "John Murray"),
      XT_TITLE ("Journal of the Voyage of H.M.S. Gannet round the Coast"), XT_AUTHOR ("Orr"), XT_YEAR (1845),
      XT_FIELD (CK_FIELD_EDITION, "Second edition"), XT_COUNT (2) } },
  /* ---- "Professor C. I. Vell (Title, 1929)": initials or an honorific name a person, so one item is a title,
   * not a place (detectors.c name-paren-list) */
  { "/extract/notes19/initials-name-paren-one-title",
    "The same view was urged by Professor C. I. Vell (Salt\nand the Harbour-Order, 1929) and by others.\n",
    { XT_TITLE ("Salt and the Harbour-Order"), XT_AUTHOR ("Vell"), XT_YEAR (1929), XT_COUNT (1) } },
  /* ---- italics in sentence case owned by a person (detectors.c html-italics) */
  { "/extract/notes19/owned-italics-sentence-case",
    "<p>Recent German work is cited mainly to be corrected, and T. Quellhorst's\n<i>Tota illa salina</i>,<sup>3</sup> "
    "which reaches conclusions close to her own, is given a footnote; he says <i>this is not so</i>, which is odd.</p>\n",
    { XT_TITLE ("Tota illa salina"), XT_AUTHOR ("Quellhorst"), XT_NO_TITLE_HAS ("not so"), XT_COUNT (1) } },
  /* ---- an essay in an edited book whose title a web page sets in italics (detect-inbook.c) */
  { "/extract/notes19/in-book-italic-container",
    "<p>The method is familiar from her essay \"The Salt of the Absurd: Harbour Street Theatre,\" in C. Vell and "
    "G. Quell (eds.), <i>Harbour the Cosmopolis</i> (Cambridge 2003) 21-43, where the themes are sketched.</p>\n",
    { XT_TITLE ("The Salt of the Absurd"), XT_TYPE (CK_TYPE_CHAPTER),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour the Cosmopolis"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"),
      XT_FAMILY (CK_ROLE_EDITOR, 1, "Quell"), XT_YEAR (2003), XT_ABSENT ("Harbour the Cosmopolis") } },
  /* ---- a publisher's list: a title in capitals over its subtitle (detectors.c header-block) */
  { "/extract/notes19/caps-title-over-subtitle-not-names",
    "HISTORY AND THEORY OF ART\n\nSALT AND TIDE\nStudies in the Art of the Harbour\nJust published. 176 pages, 200 "
    "illustrations. 45s. net\n\nThe first volume of the collected studies brings together essays written over twenty "
    "years.\n",
    { XT_TITLE ("SALT AND TIDE"), XT_FIELD (CK_FIELD_SUBTITLE, "Studies in the Art of the Harbour"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Salt"), XT_COUNT (1) } },
  /* ---- press notices signed with their paper (detect-blurb.c) */
  { "/extract/notes19/blurb-source-papers",
    "THE STORY OF SALT\nEleventh edition, revised and enlarged, 1966. 526 pages, 370 illustrations. 35s. net\n\n"
    "\"Deserves its fame as the best introduction to salt\" \xe2\x80\x94 The Harbour Observer\n\n"
    "\"Wise and funny\" -- Ada Quell, The Salt Gazette\n\n\"A delight\" \xe2\x80\x94 Ada Quell\n",
    { XT_PERIODICAL ("The Harbour Observer"), XT_PERIODICAL ("The Salt Gazette"), XT_NO_TITLE_HAS ("Quell"),
      XT_COUNT (3) } },
  /* ---- printed library cards with the call number down the margin (normalize-cards.c, detect-bookseller.c) */
  { "/extract/notes19/library-cards-call-numbers",
    "--------------------------------------------------------------\n                    HARBOURS.\nBL\n"
    "313       Vell, Joseph, 1904-\n.V4         The hero with a thousand salts.  [New York]\n"
    "          Gannet Books [1949]\n            xxiii, 416 p.  illus.  24 cm.  (Bollingen\n          series, 17)\n\n"
    "            1. Harbours.  2. Salt.  I. Title.\n                                               49-8590*\n"
    "--------------------------------------------------------------\n                    HARBOURS, NORTHERN.\nPR\n"
    "6013      Quell, Robert, 1895-\n.Q35        The white harbour; a historical grammar of\n"
    "W5        poetic salt.  Amended and enl. ed.  London,\n1952      Heron and Heron [1952]\n"
    "            511 p.  illus.  23 cm.\n\n            1. Harbours.  I. Title.\n"
    "--------------------------------------------------------------\nPR\n"
    "317       Orr, Clive Staples, 1898-\n.O4L4       The allegory of salt; a study in medieval\n"
    "          tradition.  Oxford, The Clarendon press, 1936.\n            ix, [1], 378 p.  front.  23 cm.\n",
    { XT_TITLE ("The hero with a thousand salts"), XT_AUTHOR ("Vell"), XT_YEAR (1949),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New York"),
      XT_TITLE ("The white harbour"), XT_FIELD (CK_FIELD_SUBTITLE, "a historical grammar of poetic salt"), XT_AUTHOR ("Quell"), XT_YEAR (1952),
      XT_FIELD (CK_FIELD_EDITION, "Amended and enl. ed"), XT_FIELD (CK_FIELD_PUBLISHER, "Heron and Heron"),
      XT_TITLE ("The allegory of salt"), XT_FIELD (CK_FIELD_SUBTITLE, "a study in medieval tradition"), XT_AUTHOR ("Orr"), XT_YEAR (1936),
      XT_COUNT (3) } },
  /* ---- a monthly's print line names the review's own headline (venue-print-line.c) */
  { "/extract/notes19/monthly-print-line-self",
    "BOOKS\n\nSalt, Rebuilt\n\nBy Daniel Vell\n\nThe book is about salt and the harbours and what they did to "
    "the towns of the coast in the long century.\n\nThis article appears in the March 2021 print edition with the "
    "headline \xe2\x80\x9cSalt, Rebuilt.\xe2\x80\x9d\n",
    { XT_SELF, XT_FIELD (CK_FIELD_TITLE, "Salt, Rebuilt"), XT_DATE (2021, 3, 0) } },
  /* ---- a weekly's list of new books, parts set apart by dashes (detect-dash-entry.c) */
  { "/extract/notes19/dash-entries",
    "Books of the Week\n\nHARBOUR LIGHTS: A Study of the Ports--Ada Quell and Tom\nVell--Gannet Press, 226 p., illus. by "
    "Ruth W.\nMarsh, $3.50. Essays by the late professor of the northern ports.\n\nSALT AND TIDE \xe2\x80\x94 Ivo Orr "
    "\xe2\x80\x94 Heron Books, 117 pp., $2.50.\n\nThe harbour--as the old men say--is closed, and the Tide Board met "
    "on 4 May.\n",
    { XT_TITLE ("HARBOUR LIGHTS"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_FIELD (CK_FIELD_PRICE, "$3.50"), XT_TITLE ("SALT AND TIDE"),
      XT_AUTHOR ("Orr"), XT_FIELD (CK_FIELD_PUBLISHER, "Heron Books"), XT_COUNT (2) } },
  /* ---- "concerning" inside an older title (spans.c) */
  { "/extract/notes19/title-concerning",
    "Readers of Vell's Enquiry concerning Harbour Understanding will know the argument.\n",
    { XT_TITLE ("Enquiry concerning Harbour Understanding"), XT_AUTHOR ("Vell") } },
  /* ---- an owner and a word of praise before a quoted title (detectors.c quoted-title) */
  { "/extract/notes19/owner-adjective-quoted-title",
    "The rehabilitation began with Merle Vell's best-selling \"Salt Speaking: An Oral Biography\" (1974), and he "
    "relies on Quell's own \"Memoirs\" (Gannet, 1955-56) throughout.\n",
    { XT_TITLE ("Salt Speaking"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Merle"), XT_TITLE ("Memoirs"),
      XT_AUTHOR ("Quell") } },
  /* ---- a bracketed list of works and years after a lower-case word (detect-paren-title.c) */
  { "/extract/notes19/paren-year-list",
    "Later books widened the frame (Seeing Salt, 1989; An Anthropologist on the Coast, 1995; The Island of the "
    "Tides, 1996) and returned to music (Boer War, 1899; Great War, 1914).\n",
    { XT_TITLE ("Seeing Salt"), XT_YEAR (1989), XT_TITLE ("An Anthropologist on the Coast"), XT_YEAR (1995),
      XT_TITLE ("The Island of the Tides"), XT_YEAR (1996), XT_ABSENT ("Boer War"), XT_ABSENT ("Great War"),
      XT_COUNT (3) } },
  /* ---- an honorific's owner before a quoted title in sentence case (detectors.c) */
  { "/extract/notes19/honorific-owner-sentence-case-quote",
    "The chapters are uneven, and Dr. Quell's \"The Kede: a riverain state in the northern\nharbour\" is a useful "
    "foretaste of the larger study.\n",
    { XT_TITLE ("The Kede"), XT_AUTHOR ("Quell") } },
  /* ---- a plain header pasted above a page's HTML body keeps its line breaks (normalize-web.c) */
  { "/extract/notes19/plain-header-above-html-body",
    "Harbour Classical Review 2008.04.27\n\nMary Vell, The Roman Salt.  Cambridge, MA/London:  The Gannet Press of "
    "Harbour University Press, 2007.  Pp. xiv, 434.  ISBN 9780674026131.  $35.00.  \n\nReviewed by Daniel K. Quell, "
    "University of Leeds\nWord count: 1,046 words\n\n<p>Anyone who has sat through a lecture on the salt will know\n"
    "the outline of the story.</p>\n\n<p>The book is handsomely produced.</p>\n\n<p>It will provoke argument for "
    "years.</p>\n",
    { XT_TITLE ("The Roman Salt"), XT_AUTHOR ("Vell"), XT_YEAR (2007),
      XT_FIELD (CK_FIELD_PUBLISHER, "The Gannet Press of Harbour University Press") } },
};

/* The call-number column is blanked, byte for byte; a note's number, a
 * numbered item and a table's first column are not. */
static void
test_normalize_card_column (void)
{
  static const struct { const char *in, *out; } rows[] = {
    { "BL\n313       Vell, Ada, 1904-\n.V4         The salt.\n",
      "  \n          Vell, Ada, 1904-\n            The salt.\n" },
    /* "re-\n1922      ligion": the hyphen joins over the code */
    { "310       Vell, Ada.\n.F7         The salt of re-\n1922      ligion.\n",
      "          Vell, Ada.\n            The salt of religion.\n" },
    { "  1 See the harbour, p. 4.\n  2 Ibid.\n", NULL },
    { "1.        First item of the list\n2.        Second item\n", NULL },
    { "Notes   the harbour was closed\n", NULL },
  };
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      gsize n = 0;
      g_autofree guint32 *map = NULL;
      g_autofree char *out = ck_normalize_text (rows[r].in, strlen (rows[r].in), &n, &map);
      g_assert_cmpstr (out, ==, rows[r].out);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/notes19/normalize-card-column", test_normalize_card_column);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
