/* test-venue-self.c — the review's own record: the venue line forms added
 * to src/lib/extract/detect-venue.c (volume:issue, "Number", bare page
 * ranges, the paper's town, month dates, one-word mastheads, a signature
 * after a column gap, slash names, a name over "From the … issue"), column
 * headings (review-heading.c) and the title the record takes from the
 * reviewed book.  Invented periodicals, books and people only. */
#include "extract-test-util.h"

static CkRecord *
self_record (GPtrArray *recs)
{
  for (guint i = 0; i < recs->len; i++)
    if (ck_record_get_type (g_ptr_array_index (recs, i)) == CK_TYPE_REVIEW_BOOK)
      return g_ptr_array_index (recs, i);
  return NULL;
}

#define PROSE "\n\nThe prose of the review runs here. It says little of note, and ends.\n"

typedef struct {
  const char *path, *text, *container, *volume, *issue, *pages;
  int year, month, day;
} Case;

static const Case cases[] = {
  /* a volume in lower-case roman numerals glued to its issue, the date in
   * brackets, a bare range of pages */
  { "/extract/venue-self/roman-colon-issue", "Quarterly of Rivers, xii:3 (Summer, 1994), 211-214." PROSE,
    "Quarterly of Rivers", "xii", "3", "211-214", 1994, 0, 0 },
  { "/extract/venue-self/number-label", "Hill Studies, Volume 12, Number 4, March 1999" PROSE,
    "Hill Studies", "12", "4", NULL, 1999, 3, 0 },
  /* a month without a day, placed on its pages */
  { "/extract/venue-self/month-page-range", "Lantern Monthly, October 1971, pp 12-15" PROSE,
    "Lantern Monthly", NULL, NULL, "12-15", 1971, 10, 0 },
  { "/extract/venue-self/month-page", "THE HARBOUR COURIER, JUNE, 1936. page 44" PROSE,
    "THE HARBOUR COURIER", NULL, NULL, "44", 1936, 6, 0 },
  /* a month without a day: a known periodical, or one that says it is
   * one at the foot of the text */
  { "/extract/venue-self/month-known-name", "The prose of the review runs here. It ends.\n\n"
    "The Threepenny Review, June 2008\n",
    "The Threepenny Review", NULL, NULL, NULL, 2008, 6, 0 },
  { "/extract/venue-self/month-foot", "The prose of the review runs here. It ends.\n\n"
    "The Harbour Monthly, June 2008\n",
    "The Harbour Monthly", NULL, NULL, NULL, 2008, 6, 0 },
  /* the paper's town between its name and the date */
  { "/extract/venue-self/town", "THE DAILY LAMP, BRISTOL, MAY 2, 1951          PAGE 7" PROSE,
    "THE DAILY LAMP", NULL, NULL, "7", 1951, 5, 2 },
  /* one word in capitals at the top of the text, with a full date */
  { "/extract/venue-self/one-word-caps", "LODESTAR, June 3, 1962                 page 4" PROSE,
    "LODESTAR", NULL, NULL, "4", 1962, 6, 3 },
  /* a name joined by a slash; volume, season and pages */
  { "/extract/venue-self/slash-name", "Work/Le Metier, 7 (Spring 1985), 40-44" PROSE,
    "Work/Le Metier", "7", NULL, "40-44", 1985, 0, 0 },
  /* volume:issue after the name, the pages after a colon */
  { "/extract/venue-self/name-volume-colon", "Hill Studies 64:5 (May 2002): 560-64" PROSE,
    "Hill Studies", "64", "5", "560-64", 2002, 5, 0 },
  /* a full stop after the name */
  { "/extract/venue-self/name-full-stop", "The Threepenny Review. 19 September 1992." PROSE,
    "The Threepenny Review", NULL, NULL, NULL, 1992, 9, 19 },
  /* the volume before "no." */
  { "/extract/venue-self/volume-then-no", "Hill Studies 12, no. 3 (1998): 45-67" PROSE,
    "Hill Studies", "12", "3", "45-67", 1998, 0, 0 },
  /* volume and issue joined by a slash before a date in brackets */
  { "/extract/venue-self/volume-slash-issue", "Hill Studies, 12/3 (1998), 45-67" PROSE,
    "Hill Studies", "12", "3", "45-67", 1998, 0, 0 },
  /* the name over its date: a known name in title case, a month */
  { "/extract/venue-self/known-name-over-date", "The Threepenny Review\n19 September 1992" PROSE,
    "The Threepenny Review", NULL, NULL, NULL, 1992, 9, 19 },
  { "/extract/venue-self/caps-name-over-month", "THE DAILY LAMP\nJUNE, 2008" PROSE,
    "THE DAILY LAMP", NULL, NULL, NULL, 2008, 6, 0 },
  /* a dash before the line, brackets around it, "Reprinted from" */
  { "/extract/venue-self/dash-before", "The prose of the review runs here. It ends.\n\n"
    "\u2014 The Threepenny Review, 19 September 1992\n",
    "The Threepenny Review", NULL, NULL, NULL, 1992, 9, 19 },
  { "/extract/venue-self/brackets", "The prose of the review runs here. It ends.\n\n"
    "(The Threepenny Review, 19 September 1992)\n",
    "The Threepenny Review", NULL, NULL, NULL, 1992, 9, 19 },
  { "/extract/venue-self/reprinted-from", "The prose of the review runs here. It ends.\n\n"
    "Reprinted from the Harbour Review, Spring 1992.\n",
    "Harbour Review", NULL, NULL, NULL, 1992, 0, 0 },
  /* "sec. 7" is a newspaper's section; a season with a range of pages */
  { "/extract/venue-self/section-abbrev", "The Harbour Times (New York), Sunday, June 1, 1997, sec. 7, p. 12" PROSE,
    "The Harbour Times", NULL, NULL, "12", 1997, 6, 1 },
  { "/extract/venue-self/season-pages", "The Harbour Review, Winter 1997, pp. 45-50." PROSE,
    "The Harbour Review", NULL, NULL, "45-50", 1997, 0, 0 },
  /* the name over a line naming the issue by its date */
  { "/extract/venue-self/name-over-issue", "Harbour Review\nFrom the May/June 2003 issue" PROSE,
    "Harbour Review", NULL, "May/June 2003", NULL, 2003, 5, 0 },
};

static void
run_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GPtrArray) recs = xt_extract (c->text);
  CkRecord *rec = self_record (recs);
  const CkDate *d;
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, c->container);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_VOLUME), ==, c->volume);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_ISSUE), ==, c->issue);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PAGES), ==, c->pages);
  d = ck_record_get_date (rec, CK_DATE_ISSUED);
  g_assert_nonnull (d);
  g_assert_cmpint (d->year, ==, c->year);
  g_assert_cmpint (d->month, ==, c->month);
  g_assert_cmpint (d->day, ==, c->day);
}

/* Lines that look like venue lines but are not. */
static const char * const negatives[] = {
  /* a place's dateline */
  "BRISTOL, May 20, 1960" PROSE,
  /* a given name in capitals */
  "MARGARET, June 3, 1962" PROSE,
  /* one word in capitals inside the header, not at its edge */
  "Some Heading Here\n\nWATCHTOWER, June 3, 1962\nAnn Reed\n\nThe prose of the review runs here. It ends.\n\nA closing line.\n",
  /* a publisher, a month and a book's extent */
  "The Iron Gate\nBy Ann Reed\nHarrow Books, June 2008, pp. 320" PROSE,
  /* an unknown name and a month, inside the text */
  "Some Heading Here\n\nThe Iron Gate, June 2008\n\nThe prose of the review runs here. It ends.\n\nA closing line.\n",
  /* a signature or an address with its date */
  "The prose of the review runs here. It ends.\n\nAnn Reed, 19 September 1992\n",
  "The prose of the review runs here. It ends.\n\nANN C. REED, 19 September 1992\n",
  "The prose of the review runs here. It ends.\n\nWadham College, 19 September 1992\n",
  /* a publisher and a date in brackets: a book's imprint */
  "The Iron Gate\nBy Ann Reed\n(Harrow Press, 12 May 1998)" PROSE,
  /* a name of no periodical over a month */
  "Hill Studies\nJune 2008" PROSE,
  "Ann Reed\nJune 2008" PROSE,
  /* a range of days is no range of pages */
  "Hill Meeting, 12-14 May 1990" PROSE,
};

static void
test_negatives (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (negatives); i++)
    {
      g_autoptr(GPtrArray) recs = xt_extract (negatives[i]);
      if (self_record (recs))
        g_error ("case %u: a self record from a line that names no venue", i);
    }
}

/* "Name, date      J. K. MARLOW": the signature after a column gap is the
 * reviewer, not part of the date. */
static void
test_signature_after_gap (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("THE IRON GATE. By Ann Reed. (Harrow Press. 9s. 6d.)\n\n"
                                          "The prose of the review runs here. It ends.\n\n"
                                          "Lodestar, 4 April 1950                    J. K. MARLOW\n");
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, "Lodestar");
  g_assert_cmpint (xt_year (rec), ==, 1950);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Marlow");
  g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, "J. K.");
}

/* "NEW NOVELS" over the books of a column: the heading, never a name. */
static void
test_column_heading (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("NEW NOVELS\n\n"
                                          "THE IRON GATE. By Ann Reed. (Harrow Press. 9s. 6d.)\n"
                                          "SALT WIND. By Tom Brisk. (Lantern Books. 8s. 6d.)\n\n"
                                          "The prose of the review runs here. It ends.\n\n"
                                          "THE WEEKLY LAMP, 2 AUGUST 1941, Page 88\n");
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "NEW NOVELS");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), !=, "NOVELS");
  /* both books of the header, priced and without a year, came out in
   * the year of the issue */
  g_assert_nonnull (xt_find (recs, "THE IRON GATE"));
  g_assert_nonnull (xt_find (recs, "SALT WIND"));
  g_assert_cmpint (xt_year (xt_find (recs, "THE IRON GATE")), ==, 1941);
  g_assert_cmpint (xt_year (xt_find (recs, "SALT WIND")), ==, 1941);
}

/* "BOOK REVIEWS" labels the section: the review takes its book's title. */
static void
test_generic_label (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("Hill Studies, Volume 12, Number 4, March 1999\n\n"
                                          "BOOK REVIEWS\n\n"
                                          "The Iron Gate: A Study of Fences\nBy Ann Reed\nHarrow Press. 212 pp. $30.00\n\n"
                                          "The prose of the review runs here. It ends.\n");
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "The Iron Gate");
}

/* No heading: the review is listed under the book it reviews, and its
 * record comes last even when its venue line opens the text. */
static void
test_title_from_book (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("Hill Studies, Volume 12, Number 4, March 1999\n\n"
                                          "The Iron Gate: A Study of Fences\nBy Ann Reed\nHarrow Press. 212 pp. $30.00\n\n"
                                          "The prose of the review runs here. It ends.\n");
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "The Iron Gate");
  g_assert_true (g_ptr_array_index (recs, recs->len - 1) == rec);
}

/* "Review essay by Given Family": a byline, not the heading. */
static void
test_review_essay_byline (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("FENCES AND THEIR KEEPERS\n\n"
                                          "Review essay by Olav Strand\n\n"
                                          "Ann Reed, The Iron Gate, Harrow Press, 1998, 212 pp, £12.50\n\n"
                                          "Hill Studies, March 1999, pp 20-25\n\n"
                                          "The prose of the review runs here. It ends.\n");
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "FENCES AND THEIR KEEPERS");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Strand");
}

/* A byline between the book's header and the prose names the reviewer;
 * the book, with no year in its header, takes the issue's year. */
static void
test_byline_after_header (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("Fences and Their Keepers\n\n"
                                          "The Iron Gate: A Study of Fences.\nBy Ann Reed.\nHarrow Press. 212 pp. $30.00.\n\n"
                                          "by PETER STRAND\n\n"
                                          "The prose of the review runs here, at the length of a paragraph of running text. "
                                          "It says little of note about fences or their keepers, or about the gates they guard, and then it ends.\n\n"
                                          "The Harbour Monthly, June 2008\n");
  CkRecord *rec = self_record (recs);
  CkRecord *book = xt_find (recs, "The Iron Gate");
  g_assert_nonnull (rec);
  g_assert_nonnull (book);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Strand");
  g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, "Peter");
  g_assert_cmpint (xt_year (book), ==, 2008);
}

/* "        OLAV STRAND" set apart on the text's last line. */
static void
test_signature_last_line (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("LODESTAR, June 3, 1962                 page 4\n\n"
                                          "THE IRON GATE. By Ann Reed. (Harrow Press. 9s. 6d.)\n\n"
                                          "The prose of the review runs here. It says little of note,\n"
                                          "and it ends on this line.\n"
                                          "                                        OLAV STRAND\n");
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Strand");
}

/* "General Editor: X" in a header is the book's editor, not a subtitle;
 * the review, named after the book, is still told apart from it. */
static void
test_general_editor (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("Hill Studies, Volume 12, Number 4, March 1999\n\n"
                                          "The Harbour Anthology of Sea Writing\n"
                                          "General Editor: Ann B. Reed\n"
                                          "Bristol: Harrow Press, 1998, 2100 pages, $59.95 paperback.\n\n"
                                          "The prose of the review runs here. It ends.\n");
  CkRecord *book = xt_find (recs, "The Harbour Anthology of Sea Writing");
  g_assert_nonnull (book);
  g_assert_cmpint (ck_record_get_type (book), ==, CK_TYPE_BOOK);
  g_assert_false (ck_record_has (book, CK_FIELD_SUBTITLE));
  g_assert_cmpstr (xt_family (book, CK_ROLE_EDITOR, 0), ==, "Reed");
}

/* ------------------------------------------ periodicals named in prose */

#define HEAD "Salt and Iron. By Ada Vell. Gannet Press, 1999. 300 pp.\n\n"

static gboolean
has_periodical (GPtrArray *recs, const char *title)
{
  CkRecord *r = xt_find (recs, title);
  return r && ck_record_get_type (r) == CK_TYPE_PERIODICAL;
}

/* "in Harper's": a possessive name of the lexicon after a preposition;
 * "Harper's novels" is a person's. */
static void
test_possessive_name (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (HEAD
    "Vell wrote essays for years, many of them first printed in McClure's - and she wrote two books "
    "of argument as well, which are now forgotten by nearly everyone who once admired them.\n");
  g_autoptr(GPtrArray) recs2 = xt_extract (HEAD
    "Vell has read widely, and she borrows from McClure's novels and from older writers whose "
    "names she does not give, which is a pity for a reader who would like to follow her there.\n");
  g_assert_true (has_periodical (recs, "McClure's"));
  g_assert_false (has_periodical (recs2, "McClure's"));
}

/* "last year's TLS symposium": a time word's possessive before a known
 * name. */
static void
test_time_possessive (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (HEAD
    "Vell's revival dates from last year's New Statesman symposium, in which two poets named her "
    "as the most neglected writer of the century, and the publishers have been quick to follow.\n");
  g_assert_true (has_periodical (recs, "New Statesman"));
}

/* "printed in Harbour Today": an unknown name ending in a periodical word
 * after a verb of printing and "in", without "the". */
static void
test_print_cue (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (HEAD
    "Rumours of the advance were printed in Harbour Today and repeated everywhere, though the novel "
    "itself deserves better than gossip, and Vell has wisely said nothing about it at all.\n");
  g_assert_true (has_periodical (recs, "Harbour Today"));
}

/* Cues around one unknown word: "contributors to X", "the current issue
 * of X", "X, which … its next issue". */
static void
test_issue_cues (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (HEAD
    "It is the kind of book the old contributors to Vantage would have scorned. The current issue of "
    "Lodestar is kinder; the novel was also praised in Gorse, which is devoting part of its next issue "
    "to writers of the north, and Vell will surely be pleased by all of this.\n");
  g_assert_true (has_periodical (recs, "Vantage"));
  g_assert_true (has_periodical (recs, "Lodestar"));
  g_assert_true (has_periodical (recs, "Gorse"));
}

/* "a piece for X", "the literary editor of X", "a review in X"; a
 * language, a month or a bare "editor of" a poet is no periodical. */
static void
test_more_cues (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (HEAD
    "Vell wrote a piece for Gorse about the harbour, and the literary editor of Vantage took her "
    "next three stories; a review in Lodestar called her the best of her generation. An essay in "
    "German followed, and a review in March, and the editor of Keats praised her in a letter.\n");
  g_assert_true (has_periodical (recs, "Gorse"));
  g_assert_true (has_periodical (recs, "Vantage"));
  g_assert_true (has_periodical (recs, "Lodestar"));
  g_assert_null (xt_find (recs, "German"));
  g_assert_null (xt_find (recs, "March"));
  g_assert_null (xt_find (recs, "Keats"));
}

/* "in the Tablet,": a name the lexicon knows with its article; "reviewed
 * in the Listener.": a common word's name after a verb of writing; "the
 * Progressive years" is neither. */
static void
test_article_names (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (HEAD
    "Vell's first stories appeared in the Tablet, and her novel was reviewed in the Listener. The "
    "book covers the Progressive years and the war, and is longer than it needs to be by far.\n");
  g_assert_true (has_periodical (recs, "Tablet"));
  g_assert_true (has_periodical (recs, "Listener"));
  g_assert_null (xt_find (recs, "Progressive"));
}

/* "X and Y," after a known periodical: Y is one more of the list; a
 * place or a word running on is not. */
static void
test_coordinated (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (HEAD
    "Her use of the party press, above all Mundo Obrero and Vanguardista, is exemplary, and she has "
    "read the Daily Worker and London as closely as anyone now writing about the period.\n");
  g_assert_true (has_periodical (recs, "Mundo Obrero"));
  g_assert_true (has_periodical (recs, "Vanguardista"));
  g_assert_null (xt_find (recs, "London"));
}

/* "‘Title’, Periodical, no. 10 (1956)": the quoted article takes the
 * periodical, its number and date; no periodical record of its own. */
static void
test_article_paren_date (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (HEAD
    "Readers who know the argument only from her article 'The Quiet Fields of the North: A Regional "
    "Study', Past and Present, no. 10 (1956), will find it here extended to the whole kingdom, and "
    "sharpened by much further work in the archives of the north.\n");
  CkRecord *a = xt_find (recs, "The Quiet Fields of the North: A Regional Study");
  if (!a)
    a = xt_find (recs, "The Quiet Fields of the North");
  g_assert_nonnull (a);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_CONTAINER_TITLE), ==, "Past and Present");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_ISSUE), ==, "10");
  g_assert_cmpint (xt_year (a), ==, 1956);
  g_assert_false (has_periodical (recs, "Past and Present"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], run_case);
  g_test_add_func ("/extract/venue-self/negatives", test_negatives);
  g_test_add_func ("/extract/venue-self/signature-after-gap", test_signature_after_gap);
  g_test_add_func ("/extract/venue-self/column-heading", test_column_heading);
  g_test_add_func ("/extract/venue-self/title-from-book", test_title_from_book);
  g_test_add_func ("/extract/venue-self/generic-label", test_generic_label);
  g_test_add_func ("/extract/venue-self/review-essay-byline", test_review_essay_byline);
  g_test_add_func ("/extract/venue-self/byline-after-header", test_byline_after_header);
  g_test_add_func ("/extract/venue-self/signature-last-line", test_signature_last_line);
  g_test_add_func ("/extract/venue-self/general-editor", test_general_editor);
  g_test_add_func ("/extract/venue-self/periodical/possessive-name", test_possessive_name);
  g_test_add_func ("/extract/venue-self/periodical/time-possessive", test_time_possessive);
  g_test_add_func ("/extract/venue-self/periodical/print-cue", test_print_cue);
  g_test_add_func ("/extract/venue-self/periodical/issue-cues", test_issue_cues);
  g_test_add_func ("/extract/venue-self/periodical/coordinated", test_coordinated);
  g_test_add_func ("/extract/venue-self/periodical/more-cues", test_more_cues);
  g_test_add_func ("/extract/venue-self/periodical/article-names", test_article_names);
  g_test_add_func ("/extract/venue-self/periodical/article-paren-date", test_article_paren_date);
  return g_test_run ();
}
