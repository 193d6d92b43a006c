/* test-self-record.c — the review's own record (the text itself) in the
 * layouts of detect-venue.c (mastheads, "Issue:" lines, page title lines,
 * "This review appeared in …" sentences) and review-heading.c (headlines,
 * bylines, standfirsts, signatures).  Invented papers, people and books;
 * the one real paper's name (from the periodicals lexicon) appears in no
 * sample text. */
#include "extract-test-util.h"

static CkRecord *
self_record (GPtrArray *recs)
{
  for (guint i = 0; i < recs->len; i++)
    if (ck_record_get_type (g_ptr_array_index (recs, i)) == CK_TYPE_REVIEW_BOOK)
      return g_ptr_array_index (recs, i);
  return NULL;
}

static void
assert_date (CkRecord *rec, int year, int month, int day)
{
  const CkDate *d = ck_record_get_date (rec, CK_DATE_ISSUED);
  g_assert_nonnull (d);
  g_assert_cmpint (d->year, ==, year);
  g_assert_cmpint (d->month, ==, month);
  g_assert_cmpint (d->day, ==, day);
}

#define PROSE "The author returns to the coast and its people, and writes of them with the same care as " \
              "before, though at greater length and with rather more patience for the old quarrels of the " \
              "harbour than most readers will share. It is a good book all the same.\n"

/* a newspaper masthead in columns, a headline in two decks, a deck, and a
 * byline over the reviewer's post */
static void
test_masthead_columns (void)
{
  const char *text = "THE EVENING LANTERN          Sunday, March 9, 1961          Part 3-Page 7\n\n"
                     "HERONS RETURN\nTO THE MARSH\n\n"
                     "A Naturalist Counts\nthe Birds Again\n\n"
                     "By OSWALD P. MERRIN\nLantern Nature Editor\n\n"
                     "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n" PROSE;
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, "THE EVENING LANTERN");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PAGES), ==, "7");
  assert_date (rec, 1961, 3, 9);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "HERONS RETURN TO THE MARSH");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Merrin");
  g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, "Oswald P.");
  g_assert_null (xt_family (rec, CK_ROLE_AUTHOR, 1));
}

/* a weekly's running header (name with "&", two spaces, date), a section
 * word, the heading and the reviewer's name on lines of their own */
static void
test_running_header (void)
{
  const char *text = "THE LAMP & BEACON  4 June 1993\n\nREVIEWS\n\nA house of many rooms\n\nCora Vellin\n\n"
                     "The Copper Stair\nIvo Brandt\nHeron Press, 310pp, £18.99\n\n" PROSE;
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, "THE LAMP & BEACON");
  assert_date (rec, 1993, 6, 4);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "A house of many rooms");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Vellin");
}

/* a masthead over a headline in capitals and a standfirst that ends in
 * the byline */
static void
test_standfirst_byline (void)
{
  const char *text = "THE NORTHERN COURIER                        12 October 1988\n\n"
                     "THE MAN WHO MAPPED THE FENS\n\n"
                     "Ada Fenn's new life of a surveyor finds much to admire in a forgotten\n"
                     "career. By Piet Orlov\n\n"
                     "THE LEVEL LAND\nby Ada Fenn\nHeron Press £20 pp412\n\n" PROSE;
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, "THE NORTHERN COURIER");
  assert_date (rec, 1988, 10, 12);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "THE MAN WHO MAPPED THE FENS");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Orlov");
  g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, "Piet");
}

/* "This review appeared in the Month/Month Year issue of Name." closing a
 * bio paragraph; heading, standfirst and "By X" at the top */
static void
test_appeared_in_issue (void)
{
  const char *text = "Salt in the Stone\n\nCan a quarry have a history? A geologist makes the case.\n\n"
                     "By Mara Quell\n\n"
                     "The Quarry Year, by Tamsin Adair, Heron Press, 312 pages, $24.50\n\n" PROSE "\n"
                     "Mara Quell writes on geology. This review appeared in the March/April 2004 "
                     "issue of Field Letters.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, "Field Letters");
  assert_date (rec, 2004, 3, 0);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "Salt in the Stone");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Quell");
}

/* the other sentence forms: "was originally published in Name on Date",
 * "first appeared in Name, Vol. N No. N, Season Year" */
static void
test_appeared_in_sentences (void)
{
  const char *on = "The Quarry Year, by Tamsin Adair (Heron Press, 1999)\n\n" PROSE "\n"
                   "This essay was originally published in The Harbour Gazette on 4 May 1999.\n";
  const char *vol = "The Quarry Year, by Tamsin Adair (Heron Press, 1999)\n\n" PROSE "\n"
                    "Thanks to the editors. This article first appeared in Hill Review, Vol. 12 No. 3, "
                    "Autumn 1999.\n";
  g_autoptr(GPtrArray) r1 = xt_extract (on);
  g_autoptr(GPtrArray) r2 = xt_extract (vol);
  CkRecord *s1 = self_record (r1), *s2 = self_record (r2);
  g_assert_nonnull (s1);
  g_assert_cmpstr (ck_record_get (s1, CK_FIELD_CONTAINER_TITLE), ==, "The Harbour Gazette");
  assert_date (s1, 1999, 5, 4);
  g_assert_nonnull (s2);
  g_assert_cmpstr (ck_record_get (s2, CK_FIELD_CONTAINER_TITLE), ==, "Hill Review");
  g_assert_cmpstr (ck_record_get (s2, CK_FIELD_VOLUME), ==, "12");
  g_assert_cmpstr (ck_record_get (s2, CK_FIELD_ISSUE), ==, "3");
  g_assert_cmpint (xt_year (s2), ==, 1999);
}

/* a reprint page: breadcrumbs, "Heading / by Name", then "From J, Vol. N
 * No. N, Season Year" */
static void
test_reprint_from (void)
{
  const char *text = "Home > Library > Notices\n\nThe Uses of Tide Tables\nby Ruth Calloway\n\n"
                     "From Hill Review, Vol. 12 No. 3, Autumn 1988\n\n"
                     "The Almanac Trade, by Ivo Brandt. London: Heron Press, 1987. 310 pp. $11.75.\n\n" PROSE;
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, "Hill Review");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_VOLUME), ==, "12");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_ISSUE), ==, "3");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "The Uses of Tide Tables");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Calloway");
  g_assert_null (xt_find (recs, "Home > Library > Notices"));
}

/* "Originally published in …" and "Reviewed by X" on lines of their own */
static void
test_originally_reviewed_by (void)
{
  const char *text = "Originally published in The Lamp Quarterly, Vol. 3, No. 1 (Spring 1990)\n\n"
                     "Reviewed by Otto Brand\n\n"
                     "The Almanac Trade, by Ivo Brandt. London: Heron Press, 1989. 310 pp. $11.75.\n\n" PROSE;
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, "The Lamp Quarterly");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_VOLUME), ==, "3");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_ISSUE), ==, "1");
  g_assert_cmpint (xt_year (rec), ==, 1990);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Brand");
}

/* a notice page: "Name Issue: Month Dayth, Year" on a line of its own is
 * the venue; the same line among "Label: value" fields is not */
static void
test_issue_label (void)
{
  const char *alone = "THE ALMANAC TRADE by Ivo Brandt\n\nLantern Notices Issue: May 3rd, 1988\n\n" PROSE;
  const char *block = "THE ALMANAC TRADE by Ivo Brandt\n\n" PROSE "\n"
                      "Pub Date: May 20th, 1988\nPage Count: 310\nLantern Notices Issue: May 3rd, 1988\n";
  g_autoptr(GPtrArray) r1 = xt_extract (alone);
  g_autoptr(GPtrArray) r2 = xt_extract (block);
  CkRecord *rec = self_record (r1);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, "Lantern Notices");
  assert_date (rec, 1988, 5, 3);
  g_assert_null (self_record (r2));
}

/* a web page's title line naming a known paper, and the page's dateline */
static void
test_section_line (void)
{
  const char *text = "Books | Financial Times\n\nThe ledger of the sea\n\n"
                     "A history of marine insurance that reads like a novel. By Lena Holt\n\n"
                     "Saturday March 4, 2006\n\n"
                     "The Underwriters\nby Ivo Brandt\n310pp, Heron Press, £17.45\n\n" PROSE;
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, "Financial Times");
  assert_date (rec, 2006, 3, 4);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "The ledger of the sea");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Holt");
}

/* the reviewer signs over an affiliation before the notes */
static void
test_signature_affiliation (void)
{
  const char *text = "Hill Review, Vol. 12, No. 3 (Sep., 1988), pp. 41-43\n\n"
                     "Ivo Brandt. The Almanac Trade. London: Heron Press, 1987. 310 pp. £13.25.\n\n" PROSE "\n"
                     "Ruth Calloway\nUniversity of Tarnmouth\n\n"
                     "1 Ada Fenn, The Level Land (London, 1980).\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Calloway");
  g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, "Ruth");
}

/* a masthead that sets the date first; a one-line byline with the
 * reviewer's post after a comma */
static void
test_date_first_masthead (void)
{
  const char *text = "Tuesday, May 6, 1952      THE HARBOUR COURIER      Page 11\n\n"
                     "Tides of the Old Port\n\nBy Ann Reed, Staff Writer\n\n"
                     "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n" PROSE;
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE), ==, "THE HARBOUR COURIER");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PAGES), ==, "11");
  assert_date (rec, 1952, 5, 6);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "Tides of the Old Port");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Reed");
  g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, "Ann");
}

/* the date first before a separator mark; "From:" with a colon */
static void
test_date_mark_from_colon (void)
{
  const char *mark = "6 May 1952 | THE HARBOUR COURIER\n\n"
                     "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n" PROSE;
  const char *from = "From: Hill Review, Vol. 3, No. 2 (Spring 1990)\n\n"
                     "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n" PROSE;
  const char *plain = "6 May 1952 | Notes from the harbour\n\n" PROSE;
  g_autoptr(GPtrArray) r1 = xt_extract (mark);
  g_autoptr(GPtrArray) r2 = xt_extract (from);
  g_autoptr(GPtrArray) r3 = xt_extract (plain);
  CkRecord *s1 = self_record (r1), *s2 = self_record (r2);
  g_assert_nonnull (s1);
  g_assert_cmpstr (ck_record_get (s1, CK_FIELD_CONTAINER_TITLE), ==, "THE HARBOUR COURIER");
  assert_date (s1, 1952, 5, 6);
  g_assert_nonnull (s2);
  g_assert_cmpstr (ck_record_get (s2, CK_FIELD_CONTAINER_TITLE), ==, "Hill Review");
  g_assert_cmpstr (ck_record_get (s2, CK_FIELD_ISSUE), ==, "2");
  g_assert_null (self_record (r3));
}

/* a heading of two lines over its byline, in one paragraph */
static void
test_heading_two_lines_byline (void)
{
  const char *text = "THE HARBOUR COURIER, Tuesday 6 May 1952\n\n"
                     "The Long Marsh and the\nPeople of the Coast\nReviewed by Ann Reed\n\n"
                     "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n" PROSE;
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "The Long Marsh and the People of the Coast");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Reed");
}

/* a closing note on the reviewer names the reviewer */
static void
test_signature_bio (void)
{
  const char *text = "THE HARBOUR COURIER, Tuesday 6 May 1952\n\n"
                     "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n" PROSE "\n"
                     "Ruth Calloway teaches history at Tarn College.\n";
  /* the book's subject, named in the prose, is no reviewer; nor is a
   * verdict ("X is right") a note on one */
  const char *subject = "THE HARBOUR COURIER, Tuesday 6 May 1952\n\n"
                        "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n" PROSE
                        "\nOtto Brand, the subject of the book, is a captain of the old school, and the reader "
                        "learns much about him and about his harbour and its quarrels and its boats.\n\n"
                        "Otto Brand is a man we still need.\n";
  const char *verdict = "THE HARBOUR COURIER, Tuesday 6 May 1952\n\n"
                        "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n" PROSE "\n"
                        "Ruth Calloway is right.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  g_autoptr(GPtrArray) r2 = xt_extract (subject);
  g_autoptr(GPtrArray) r3 = xt_extract (verdict);
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Calloway");
  g_assert_nonnull (self_record (r2));
  g_assert_null (xt_family (self_record (r2), CK_ROLE_AUTHOR, 0));
  g_assert_nonnull (self_record (r3));
  g_assert_null (xt_family (self_record (r3), CK_ROLE_AUTHOR, 0));
}

/* JSTOR's "Review by: Name" line under the venue line */
static void
test_review_by_colon (void)
{
  const char *text = "Hill Review, Vol. 12, No. 3 (Sep., 1988), pp. 41-43\n\nReview by: Ruth Calloway\n\n"
                     "Ivo Brandt. The Almanac Trade. London: Heron Press, 1987. 310 pp. £13.25.\n\n" PROSE;
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = self_record (recs);
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Calloway");
  g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, "Ruth");
}

/* mastheads: the date after a spaced dash; the name over the date on two
 * lines (a name that says it is a paper; a book's title in capitals over a
 * date is none); the paper's town in parentheses */
static void
test_masthead_dash_two_lines (void)
{
  const char *dash = "THE HARBOUR COURIER — 6 May 1952\n\n"
                     "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n" PROSE;
  const char *two = "THE HARBOUR COURIER\n6 May 1952\n\n"
                    "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n" PROSE;
  const char *book = "THE LONG MARSH\n6 May 1952\n\n" PROSE;
  const char *town = "The Harbour Courier (Boston), 6 May 1952\n\n"
                     "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n" PROSE;
  g_autoptr(GPtrArray) r4 = xt_extract (town);
  CkRecord *s4 = self_record (r4);
  g_autoptr(GPtrArray) r1 = xt_extract (dash);
  g_autoptr(GPtrArray) r2 = xt_extract (two);
  g_autoptr(GPtrArray) r3 = xt_extract (book);
  CkRecord *s1 = self_record (r1), *s2 = self_record (r2);
  g_assert_nonnull (s1);
  g_assert_cmpstr (ck_record_get (s1, CK_FIELD_CONTAINER_TITLE), ==, "THE HARBOUR COURIER");
  assert_date (s1, 1952, 5, 6);
  g_assert_nonnull (s2);
  g_assert_cmpstr (ck_record_get (s2, CK_FIELD_CONTAINER_TITLE), ==, "THE HARBOUR COURIER");
  assert_date (s2, 1952, 5, 6);
  g_assert_null (self_record (r3));
  /* the paper's town in parentheses after its name */
  g_assert_nonnull (s4);
  g_assert_cmpstr (ck_record_get (s4, CK_FIELD_CONTAINER_TITLE), ==, "The Harbour Courier");
  assert_date (s4, 1952, 5, 6);
}

/* a site's footer names a known paper: a copyright line (its year) or a
 * section line (the header's dateline) */
static void
test_site_footer (void)
{
  const char *copy = "The Underwriters\nby Ivo Brandt\n310pp, Heron Press, £17.45\n\n" PROSE "\n"
                     "© 2006 Financial Times\n";
  const char *bar = "The ledger of the sea\n\nSaturday March 4, 2006\n\n"
                    "The Underwriters\nby Ivo Brandt\n310pp, Heron Press, £17.45\n\n" PROSE "\n"
                    "Books | Financial Times\n";
  g_autoptr(GPtrArray) r1 = xt_extract (copy);
  g_autoptr(GPtrArray) r2 = xt_extract (bar);
  CkRecord *s1 = self_record (r1), *s2 = self_record (r2);
  g_assert_nonnull (s1);
  g_assert_cmpstr (ck_record_get (s1, CK_FIELD_CONTAINER_TITLE), ==, "Financial Times");
  assert_date (s1, 2006, 0, 0);
  g_assert_nonnull (s2);
  g_assert_cmpstr (ck_record_get (s2, CK_FIELD_CONTAINER_TITLE), ==, "Financial Times");
  assert_date (s2, 2006, 3, 4);
  g_assert_cmpstr (ck_record_get (s2, CK_FIELD_TITLE), ==, "The ledger of the sea");
}

/* openers without "This review": "Originally published in the Name,
 * date.", "A version of this review appeared in …"; "First published in
 * Paris, …" names a place, not a periodical */
static void
test_sentence_openers (void)
{
  const char *orig = "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n" PROSE "\n"
                     "Ruth Calloway writes on the sea. Originally published in the Harbour Courier, 4 May 1997.\n";
  const char *version = "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n" PROSE "\n"
                        "A version of this review appeared in Hill Review, Vol. 3, No. 2 (Spring 1990).\n";
  const char *place = "THE GREY WING. By Tamsin Adair. 240 pp. Boston: Heron Press. $4.25.\n\n" PROSE "\n"
                      "It sold well. First published in Paris, 4 May 1962.\n";
  g_autoptr(GPtrArray) r1 = xt_extract (orig);
  g_autoptr(GPtrArray) r2 = xt_extract (version);
  g_autoptr(GPtrArray) r3 = xt_extract (place);
  CkRecord *s1 = self_record (r1), *s2 = self_record (r2);
  g_assert_nonnull (s1);
  g_assert_cmpstr (ck_record_get (s1, CK_FIELD_CONTAINER_TITLE), ==, "Harbour Courier");
  assert_date (s1, 1997, 5, 4);
  g_assert_nonnull (s2);
  g_assert_cmpstr (ck_record_get (s2, CK_FIELD_CONTAINER_TITLE), ==, "Hill Review");
  g_assert_cmpstr (ck_record_get (s2, CK_FIELD_VOLUME), ==, "3");
  g_assert_cmpstr (ck_record_get (s2, CK_FIELD_ISSUE), ==, "2");
  g_assert_null (self_record (r3));
}

/* no venue: a dateline alone, a "This review …" sentence about another
 * review, a section line naming no known periodical, a two-line name and
 * post in the middle of the text, a one-word label before a column gap,
 * a date before a name in title case */
static void
test_not_self (void)
{
  const char *text = "Saturday March 4, 2006\n\nBooks | Harbour Notes\n\nPublished   2 May 2011\n\n"
                     "4 May 1997     Notes From Abroad\n\n" PROSE "\n"
                     "This review appeared to many readers as unfair. This review appeared in my mind.\n\n"
                     "Ruth Calloway\nUniversity of Tarnmouth\n\n" PROSE;
  g_autoptr(GPtrArray) recs = xt_extract (text);
  g_assert_null (self_record (recs));
}

/* a newspaper headline in title case, in two short decks, between the
 * masthead and the book's header is the review's own title; a heading
 * over a deck that is only the reviewer's name is not a two-deck headline */
static void
test_title_case_headline_decks (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "HARBOUR SUNDAY HERALD, OCTOBER 23, 1938\n\n"
    "Salt Gods and Harbour Politics\nSeen by a Careful Traveller\n\n"
    "THE LONG SHORE. By Peter Grove. Illustrated. 301 pp. Leeds: Gannet Books. $3.\n\n"
    "  Mr Grove went to the coast and came back with a book that is long and careful, and it is "
    "the better for both, whatever the critics say of it.\n");
  CkRecord *self = NULL;
  for (guint i = 0; i < recs->len; i++)
    if (ck_record_get_type (g_ptr_array_index (recs, i)) == CK_TYPE_REVIEW_BOOK)
      self = g_ptr_array_index (recs, i);
  g_assert_nonnull (self);
  g_assert_cmpstr (ck_record_get (self, CK_FIELD_TITLE), ==, "Salt Gods and Harbour Politics Seen by a Careful Traveller");
  g_assert_nonnull (xt_find (recs, "THE LONG SHORE"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/self/masthead-columns", test_masthead_columns);
  g_test_add_func ("/extract/self/running-header", test_running_header);
  g_test_add_func ("/extract/self/standfirst-byline", test_standfirst_byline);
  g_test_add_func ("/extract/self/appeared-in-issue", test_appeared_in_issue);
  g_test_add_func ("/extract/self/appeared-in-sentences", test_appeared_in_sentences);
  g_test_add_func ("/extract/self/reprint-from", test_reprint_from);
  g_test_add_func ("/extract/self/originally-reviewed-by", test_originally_reviewed_by);
  g_test_add_func ("/extract/self/issue-label", test_issue_label);
  g_test_add_func ("/extract/self/section-line", test_section_line);
  g_test_add_func ("/extract/self/signature-affiliation", test_signature_affiliation);
  g_test_add_func ("/extract/self/date-first-masthead", test_date_first_masthead);
  g_test_add_func ("/extract/self/date-mark-from-colon", test_date_mark_from_colon);
  g_test_add_func ("/extract/self/heading-two-lines-byline", test_heading_two_lines_byline);
  g_test_add_func ("/extract/self/signature-bio", test_signature_bio);
  g_test_add_func ("/extract/self/masthead-dash-two-lines", test_masthead_dash_two_lines);
  g_test_add_func ("/extract/self/site-footer", test_site_footer);
  g_test_add_func ("/extract/self/sentence-openers", test_sentence_openers);
  g_test_add_func ("/extract/self/review-by-colon", test_review_by_colon);
  g_test_add_func ("/extract/self/not-self", test_not_self);
  g_test_add_func ("/extract/self/title-case-headline-decks", test_title_case_headline_decks);
  return g_test_run ();
}
