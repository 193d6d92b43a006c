/* test-detect-header.c — review headers written as sentences in one short
 * paragraph (src/lib/extract/detect-header.c).  Invented works only. */
#include "extract-test-util.h"

static gboolean
fired (CkRecord *rec, const char *detector)
{
  for (guint i = 0; i < ck_record_get_n_provenance (rec); i++)
    if (g_strcmp0 (ck_record_get_provenance (rec, i)->detector, detector) == 0)
      return TRUE;
  return FALSE;
}

static void
test_author_title_imprint_isbn (void)
{
  const char *text = "Mara Quell. The Salt Ledger: Trade, Debt, and the Sea. Halifax: Tidewater University Press, "
                     "2003. xiv + 310 pp. $42.00 (cloth), ISBN 0-000-00000-0.\n\n"
                     "Reviewed by Ott Brand\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The Salt Ledger");
  g_assert_nonnull (rec);
  g_assert_true (fired (rec, "sentence-header"));
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_SUBTITLE), ==, "Trade, Debt, and the Sea");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Quell");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Tidewater University Press");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER_PLACE), ==, "Halifax");
  g_assert_cmpint (xt_year (rec), ==, 2003);
}

static void
test_caps_title_ocr_imprint (void)
{
  const char *text = "THE LONG MARSH. By T. R. Velde. Boston: The Heron-\nford Company, l961. x + 220 pp. S5.00.\n\n"
                     "   The author, whose earlier book was widely read, returns here to the coast and its people.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "THE LONG MARSH");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Velde");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "The Heronford Company");
  g_assert_cmpint (xt_year (rec), ==, 1961);
}

static void
test_title_with_year_range_then_by (void)
{
  const char *text = "The Tin Years: Mines and Men, 1840–1890. By Ida Penn. Truro: Kernow Books, 2011. £25.00.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The Tin Years");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_SUBTITLE), ==, "Mines and Men, 1840–1890");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Penn");
  g_assert_cmpint (xt_year (rec), ==, 2011);
}

static void
test_two_authors_comma_form (void)
{
  const char *text = "Ann Reed and Bo Lind, Harbour, Lantern University Press, Leeds MA and York, 2000. "
                     "xvii + 478 pp., £19.95 hb., 0 000 00000 0.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Harbour");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Reed");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 1), ==, "Lind");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Lantern University Press");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER_PLACE), ==, "Leeds MA and York");
  g_assert_cmpint (xt_year (rec), ==, 2000);
}

static void
test_short_sentences_with_price_are_no_header (void)
{
  const char *text = "It cost $5.00 then. Nobody bought it. Prices rose in 1971.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  g_assert_cmpuint (recs->len, ==, 0);
}

/* stacked notices (the header-block detector's) with the price glued to
 * the publisher: the price is no part of the publisher's name */
static void
test_price_glued_to_publisher (void)
{
  const char *text = "Glass Rain by Una Pike\nKestrel Books £12.99, pp300\n\n"
                     "A story of weather and families, told with a sure hand over many long and rainy chapters, "
                     "and the better for it.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Glass Rain");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Kestrel Books");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PRICE), ==, "£12.99");
}

/* "Author. Title: Subtitle. Extent. City/City: Publisher, Year. Prices."
 * — the title's colon is no "Place: Publisher" */
static void
test_colon_title_before_extent (void)
{
  const char *text = "Rhea Tolland. Lamps and Ledgers: A Social History of Lighthouses. xxv + 612 pp., illus., "
                     "bibl., index. Boston/London: Gannet University Press, 1994. $80.00 (cloth); $24.95 (paper).\n\n"
                     "The author has walked every coast of the north and she writes of its lights with great care, "
                     "and with more figures than most readers will want.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Lamps and Ledgers");
  g_assert_nonnull (rec);
  g_assert_true (fired (rec, "sentence-header"));
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_SUBTITLE), ==, "A Social History of Lighthouses");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Tolland");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Gannet University Press");
  g_assert_cmpint (xt_year (rec), ==, 1994);
  g_assert_cmpuint (recs->len, ==, 1);
}

/* "Salt and Lanterns" reads like two names; after the author it is the
 * title */
static void
test_name_like_title (void)
{
  const char *text = "Ivo Marsh. Salt and Lanterns. Halifax: Tidewater Press, 2003. xiv + 310 pp.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Salt and Lanterns");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Marsh");
  g_assert_cmpint (xt_year (rec), ==, 2003);
}

/* two notices on consecutive lines stay two books; the publisher is a
 * name-like sentence, the price is in shillings and pence */
static void
test_stacked_notices (void)
{
  const char *text = "RECENT FICTION\n\n"
                     "The Glass Orchard. By Hilda Marsh. Dent and Sons. 7s. 6d.\n"
                     "North of Tarn. By Walter Crane. Cobden. 8s. 6d.\n\n"
                     "Miss Marsh has written a quiet book about a family of fruit growers, and it is better than her "
                     "last. The second novel is about a farmer in the north and it is slower than it should be.\n\n"
                     "JOHN SMITH\n\n"
                     "THE WEEKLY REVIEW, 12 MARCH 1936, Page 40\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "The Glass Orchard");
  CkRecord *b = xt_find (recs, "North of Tarn");
  CkRecord *self = xt_find (recs, "RECENT FICTION");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Marsh");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER), ==, "Dent and Sons");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PRICE), ==, "7s. 6d.");
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Crane");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Cobden");
  /* the heading in capitals is the review's title, the signature its author */
  g_assert_nonnull (self);
  g_assert_cmpint (ck_record_get_type (self), ==, CK_TYPE_REVIEW_BOOK);
  g_assert_cmpstr (xt_family (self, CK_ROLE_AUTHOR, 0), ==, "Smith");
  g_assert_cmpstr (ck_record_get (self, CK_FIELD_CONTAINER_TITLE), ==, "THE WEEKLY REVIEW");
}

/* a library heading: inverted name, sentence-case title, "Publisher,
 * Year", extent and ISBN; a classification line above it */
static void
test_inverted_library_form (void)
{
  const char *text = "41-2201  QH31  2011-3302 CIP\n"
                     "Brekke, Ola. The salt road: trade and the northern coast. Lantern, 2011. 350p bibl index "
                     "ISBN 9780000000001, $28.00; ISBN 9780000000002 ebook, $12.99\n\n"
                     "The author follows the salt trade from the fjords to the Baltic in the years after 1500, and "
                     "she writes well about it.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The salt road");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Brekke");
  g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, "Ola");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Lantern");
  g_assert_cmpint (xt_year (rec), ==, 2011);
}

/* "Title by Author, translated by Name" above "Publisher £P, ppN" */
static void
test_title_by_translated_by (void)
{
  const char *text = "Winter Harbour by Ola Brekke, translated by Mary Kline\nLantern Books £14.99, pp290\n\n"
                     "The novel opens on a quay in the cold spring of 1921, and it stays there for most of its "
                     "length, which is no fault.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Winter Harbour");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Brekke");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_TRANSLATOR, 0), ==, "Kline");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Lantern Books");
  g_assert_cmpuint (recs->len, ==, 1);
}

/* "Title: Subtitle as a question / Author / Publisher: Year" */
static void
test_bare_author_publisher_year (void)
{
  const char *text = "Tidal Minds: Why is the Sea the Way it is?\nIvo Marsh\nGannet: 2016. ISBN: 9780000000003\n\n"
                     "The sea has been studied for as long as there have been people on its shores, and this book "
                     "tells how.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Tidal Minds");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Marsh");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Gannet");
  g_assert_cmpint (xt_year (rec), ==, 2016);
}

/* "Title / By X / Firm Name, 272pp, £20.00 / Published 3 May 2018": the
 * name-like firm after the by-line is the publisher, the date line the year */
static void
test_firm_after_byline_and_published_date (void)
{
  const char *text = "Grey Water: The Long Life of a River\nBy Ivo Marsh\nHarold Penn, 272pp, £20.00\n"
                     "Published 3 May 2018\n\n"
                     "A river is older than the towns on it, and this book tells the story of one from its source "
                     "to the sea.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Grey Water");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Marsh");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Harold Penn");
  g_assert_cmpint (xt_year (rec), ==, 2018);
}

/* "Author / TITLE IN CAPITALS / 254pp. Place: Publisher. €17.": with no
 * by-line below, the name above the title is the author's */
static void
test_author_above_caps_title (void)
{
  const char *text = "FOREIGN BOOKS\n\nOla Brekke\nDE GRIJZE ZEE\n254pp. Amsterdam: Tarnhuis. €17.\n\n"
                     "The novel follows a family of fishermen over three generations, and it is written in a plain "
                     "and careful prose.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "DE GRIJZE ZEE");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Brekke");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Tarnhuis");
}

/* "Title: Subtitle, 1840–1890" over "By X" in a block, and "The Title, by
 * X." in sentences */
static void
test_year_range_block_and_comma_by (void)
{
  const char *text = "The Tin Years: Mines and Men, 1840–1890\nBy Ida Penn\nKernow Books, 2011, £25.00\n\n"
                     "The mines are closed now, but the author remembers them, and she writes of the men who worked "
                     "in them with care.\n";
  const char *text2 = "The Long Shore, by Peter Grove. Lantern Books, 1959. 320 pp. 21s.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  g_autoptr(GPtrArray) recs2 = xt_extract (text2);
  CkRecord *rec = xt_find (recs, "The Tin Years");
  CkRecord *rec2 = xt_find (recs2, "The Long Shore");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_SUBTITLE), ==, "Mines and Men, 1840–1890");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Penn");
  g_assert_cmpint (xt_year (rec), ==, 2011);
  g_assert_nonnull (rec2);
  g_assert_cmpstr (xt_family (rec2, CK_ROLE_AUTHOR, 0), ==, "Grove");
  g_assert_cmpstr (ck_record_get (rec2, CK_FIELD_PUBLISHER), ==, "Lantern Books");
}

/* notices run on in one line, and notices with the imprint in parentheses */
static void
test_notices_run_on_and_parenthesised (void)
{
  const char *run_on = "The Long Shore. By Peter Grove. Lantern Books. 7s. 6d. The Salt Road. By Ann Reed. "
                       "Gannet. 8s. 6d.\n";
  const char *paren = "THE LONG SHORE. By Peter Grove. (Lantern Books. 7s. 6d.)\n"
                      "THE SALT ROAD. By Ann Reed. (Gannet. 8s. 6d.)\n";
  const char *comma_by = "The Long Shore, by Peter Grove. Lantern Books. 7s. 6d. The Salt Road, by Ann Reed. "
                         "Gannet. 8s. 6d.\n";
  const char *texts[] = { run_on, paren, comma_by };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) recs = xt_extract (texts[i]);
      CkRecord *a = xt_find (recs, i != 1 ? "The Long Shore" : "THE LONG SHORE");
      CkRecord *b = xt_find (recs, i != 1 ? "The Salt Road" : "THE SALT ROAD");
      g_assert_nonnull (a);
      g_assert_nonnull (b);
      g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER), ==, "Lantern Books");
      g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Gannet");
      g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Reed");
      g_assert_cmpuint (recs->len, ==, 2);
    }
}

/* "T by X, translated by Y, with an introduction by Z (Publisher, $P)" */
static void
test_title_by_role_chain (void)
{
  const char *text = "Harbour Nights\n\n"
                     "The Long Shore: A Novel by Olav Grove, translated by Ann Reed, with an introduction by Cy Moss "
                     "(Lantern Classics, $15.95)\n\n"
                     "The novel follows a family of fishermen over three generations, and it is written in a plain "
                     "and careful prose that the translation keeps.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The Long Shore");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Grove");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_TRANSLATOR, 0), ==, "Reed");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Lantern Classics");
  /* the introducer is no title */
  g_assert_null (xt_find (recs, "Cy Moss"));
}

/* a standfirst "Name weighs …" above the book names the reviewer */
static void
test_standfirst_reviewer (void)
{
  const char *text = "Salt and light\n\nIda Penn weighs a careful account of how the lighthouses were built.\n\n"
                     "Lamps and Ledgers\nRhea Tolland\nGannet: 2016. ISBN: 9780000000005\n\n"
                     "The lights of the north coast were built in a hurry, and the author tells the story of the men "
                     "who built them, and of the storms that tested their work, with great care.\n\n"
                     "Field Letters 402, 71-73 (9 May 2013)\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *self = NULL;
  for (guint i = 0; i < recs->len; i++)
    if (ck_record_get_type (g_ptr_array_index (recs, i)) == CK_TYPE_REVIEW_BOOK)
      self = g_ptr_array_index (recs, i);
  g_assert_nonnull (self);
  g_assert_cmpstr (xt_family (self, CK_ROLE_AUTHOR, 0), ==, "Penn");
  g_assert_nonnull (xt_find (recs, "Lamps and Ledgers"));
}

/* a standfirst that names the book's own author names no reviewer */
static void
test_standfirst_names_the_author (void)
{
  const char *text = "Salt and light\n\nRhea Tolland argues that the lighthouses were built in a hurry.\n\n"
                     "Lamps and Ledgers\nRhea Tolland\nGannet: 2016. ISBN: 9780000000005\n\n"
                     "The lights of the north coast were built in a hurry, and the author tells the story of the men "
                     "who built them, and of the storms that tested their work, with great care.\n\n"
                     "Field Letters 402, 71-73 (9 May 2013)\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *self = NULL;
  for (guint i = 0; i < recs->len; i++)
    if (ck_record_get_type (g_ptr_array_index (recs, i)) == CK_TYPE_REVIEW_BOOK)
      self = g_ptr_array_index (recs, i);
  g_assert_nonnull (self);
  g_assert_null (xt_family (self, CK_ROLE_AUTHOR, 0));
}

/* "Title: Subtitle by Author." over an LRB-style imprint line, and a
 * "Review:" label before "Title by Author (…)" */
static void
test_title_sub_by_and_review_label (void)
{
  const char *lrb = "The Long Shore: A History of the Coast by Peter Grove.\n"
                    "Lantern, 320 pp., £20, March 2002, 0 00 000000 0\n";
  const char *label = "Review: The Salt Road by Ann Reed (Gannet, £20)\n";
  g_autoptr(GPtrArray) r1 = xt_extract (lrb);
  g_autoptr(GPtrArray) r2 = xt_extract (label);
  CkRecord *a = xt_find (r1, "The Long Shore"), *b = xt_find (r2, "The Salt Road");
  g_assert_nonnull (a);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_SUBTITLE), ==, "A History of the Coast");
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Grove");
  g_assert_cmpint (xt_year (a), ==, 2002);
  g_assert_nonnull (b);
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Reed");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Gannet");
}

/* a review card: a line of catalogue codes, or a heading, over an
 * inverted-name notice whose series parenthesis and prices run long */
static void
test_card_under_codes_or_heading (void)
{
  const char *tails[] = { "31-2207  F12  88-10431 CIP\n", "NEW TITLES\n" };
  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autofree char *text = g_strconcat (tails[i],
        "Holm, Agnes. The salt coast: fishers, merchants, and wardens on the northern shore, 1700-1850. "
        "Leeds, 1988. 412p (Leeds studies in maritime history) bibl index afp $45.00; pa $16.95\n\n"
        "Holm's study of the salt coast replaces the old story of decline with an account of trade, and the "
        "chapters on the wardens are the best part of it. Graduate; faculty.\n", NULL);
      g_autoptr(GPtrArray) recs = xt_extract (text);
      CkRecord *rec = xt_find (recs, "The salt coast");
      g_assert_nonnull (rec);
      g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Holm");
      g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, "Agnes");
      g_assert_cmpint (xt_year (rec), ==, 1988);
      g_assert_cmpuint (recs->len, ==, 1);
    }
}

/* a "TITLE, by" line wrapped after its "by" over "Name (Publisher, 21s.)" */
static void
test_title_by_wrapped_after_by (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "THE SALT ROAD: A STUDY OF THE HARBOUR TRADE, by\nPeter Grove (Lantern Books, 21s.)\n\n"
    "It is not every day that a former clerk of the harbour writes a book, and this one is long and careful.\n");
  CkRecord *rec = xt_find (recs, "THE SALT ROAD");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_SUBTITLE), ==, "A STUDY OF THE HARBOUR TRADE");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Grove");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Lantern Books");
  g_assert_cmpuint (recs->len, ==, 1);
}

/* "T: Sub, by A, Publisher, 276 pages, $26.95" — the publisher after the
 * author's name is no second author */
static void
test_title_by_comma_imprint (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Reading Slowly\n\nBy Ida Marsh\n\n"
    "The Long Shore: Tides and the People Who Read Them, by Peter Grove, W. W. Norton, 276 pages, $26.95\n\n"
    "Peter Grove has a gift for the provocative question, and the answer he gives is a long one, told slowly.\n");
  CkRecord *rec = xt_find (recs, "The Long Shore");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Grove");
  g_assert_null (xt_family (rec, CK_ROLE_AUTHOR, 1));
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "W. W. Norton");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_NUMBER_OF_PAGES), ==, "276");
}

/* a sentence header whose imprint wraps after "Place:" */
static void
test_imprint_wrapped_after_colon (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "By ANN REED\nJournal Book Editor\n\n"
    "THE LONG SHORE. By Peter Grove. 368 pp. Boston:\nLantern Books Co. $5.\n\n"
    "Peter Grove has written a long book about the shore, and it is a good one, careful and slow.\n");
  CkRecord *rec = xt_find (recs, "THE LONG SHORE");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER_PLACE), ==, "Boston");
  g_assert_true (g_str_has_prefix (ck_record_get (rec, CK_FIELD_PUBLISHER), "Lantern Books Co"));
}

/* a review essay's books stacked one a line, "Author, Title: Sub, with,
 * commas, Publisher, Year, N pp, £P" — each its own record */
static void
test_stacked_comma_headers (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "THE SEA REMEMBERED\n\nReview essay by Ann Reed\n\n"
    "Ola Brekke, Blood of Norway: The Experience of the Sea, 1936-1939, Allen Lane, 1979, 628 pp, \u00a312.50\n"
    "Ida Marsh, The Norwegian Harbour: The Left and the Struggle for Power during the War, Gannet Press, 1979, 664 pp, $29.50\n"
    "Peter Grove, The Coming of the Fleet: Reform, Reaction and Revolution in the Kingdom 1931-1936, Macmillan, 1978, 264 pp, \u00a310\n\n"
    "Forty years after the fall of the port, the war has at last acquired a history that is not simply the war "
    "continued by other means.\n");
  CkRecord *a = xt_find (recs, "Blood of Norway"), *b = xt_find (recs, "The Norwegian Harbour"),
           *c = xt_find (recs, "The Coming of the Fleet");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Marsh");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Gannet Press");
  g_assert_cmpstr (ck_record_get (c, CK_FIELD_SUBTITLE), ==, "Reform, Reaction and Revolution in the Kingdom 1931-1936");
  g_assert_cmpstr (ck_record_get (c, CK_FIELD_PUBLISHER), ==, "Macmillan");
  g_assert_cmpint (xt_year (c), ==, 1978);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/sentence-header/author-title-imprint-isbn", test_author_title_imprint_isbn);
  g_test_add_func ("/extract/sentence-header/caps-title-ocr", test_caps_title_ocr_imprint);
  g_test_add_func ("/extract/sentence-header/year-range-then-by", test_title_with_year_range_then_by);
  g_test_add_func ("/extract/sentence-header/two-authors-comma", test_two_authors_comma_form);
  g_test_add_func ("/extract/sentence-header/distractor", test_short_sentences_with_price_are_no_header);
  g_test_add_func ("/extract/sentence-header/price-glued-to-publisher", test_price_glued_to_publisher);
  g_test_add_func ("/extract/sentence-header/colon-title-before-extent", test_colon_title_before_extent);
  g_test_add_func ("/extract/sentence-header/name-like-title", test_name_like_title);
  g_test_add_func ("/extract/sentence-header/stacked-notices", test_stacked_notices);
  g_test_add_func ("/extract/sentence-header/inverted-library-form", test_inverted_library_form);
  g_test_add_func ("/extract/header-block/title-by-translated-by", test_title_by_translated_by);
  g_test_add_func ("/extract/header-block/bare-author-publisher-year", test_bare_author_publisher_year);
  g_test_add_func ("/extract/header-block/firm-after-byline-published-date", test_firm_after_byline_and_published_date);
  g_test_add_func ("/extract/header-block/author-above-caps-title", test_author_above_caps_title);
  g_test_add_func ("/extract/header-block/year-range-block-and-comma-by", test_year_range_block_and_comma_by);
  g_test_add_func ("/extract/sentence-header/notices-run-on-and-parenthesised", test_notices_run_on_and_parenthesised);
  g_test_add_func ("/extract/title-by/role-chain", test_title_by_role_chain);
  g_test_add_func ("/extract/review-heading/standfirst-reviewer", test_standfirst_reviewer);
  g_test_add_func ("/extract/sentence-header/title-sub-by-and-review-label", test_title_sub_by_and_review_label);
  g_test_add_func ("/extract/review-heading/standfirst-names-the-author", test_standfirst_names_the_author);
  g_test_add_func ("/extract/header/card-under-codes-or-heading", test_card_under_codes_or_heading);
  g_test_add_func ("/extract/header/title-by-wrapped-after-by", test_title_by_wrapped_after_by);
  g_test_add_func ("/extract/header/title-by-comma-imprint", test_title_by_comma_imprint);
  g_test_add_func ("/extract/header/imprint-wrapped-after-colon", test_imprint_wrapped_after_colon);
  g_test_add_func ("/extract/header/stacked-comma-headers", test_stacked_comma_headers);
  return g_test_run ();
}
