/* test-detect-catalogue.c — library catalogue records
 * (src/lib/extract/detect-catalogue.c).  Invented records only. */
#include "extract-test-util.h"

static const char record[] =
  "Full Record\n\n"
  "Title:          The lantern keepers : essays on coast and light / edited by Ann Reed.\n"
  "Main Author:    Lind, Bo, 1901-1977.\n"
  "Other Authors:  Reed, Ann.\n"
  "Edition:        2nd ed.\n"
  "Published:      Leeds : Gannet Books, c1988.\n"
  "Description:    xii, 390 p. ; 24 cm.\n"
  "ISBN:           0000000000 : $9.95\n"
  "                0000000001 (pbk.) : $4.95\n"
  "Notes:          Includes index.\n"
  "Contents:       Preface / Ann Reed -- The salt trade -- Tides, winds, and wrecks --\n"
  "                Harbour lights / Cy Moss -- Index.\n"
  "Subjects:       Lighthouses -- History.\n"
  "Call Number:    VK1000 .L56 1988\n";

static void
test_record_fields (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (record);
  CkRecord *rec = xt_find (recs, "The lantern keepers");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_SUBTITLE), ==, "essays on coast and light");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Lind");
  g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, "Bo");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_EDITOR, 0), ==, "Reed");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_EDITION), ==, "2nd ed.");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Gannet Books");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER_PLACE), ==, "Leeds");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_NUMBER_OF_PAGES), ==, "xii, 390");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_ISBN), ==, "0000000000");
  g_assert_cmpint (xt_year (rec), ==, 1988);
  /* the page's own heading is no work */
  g_assert_null (xt_find (recs, "Full Record"));
}

static void
test_contents_are_chapters (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (record);
  CkRecord *a = xt_find (recs, "The salt trade");
  CkRecord *b = xt_find (recs, "Tides, winds, and wrecks");
  CkRecord *c = xt_find (recs, "Harbour lights");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_cmpint (ck_record_get_type (a), ==, CK_TYPE_CHAPTER);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_CONTAINER_TITLE), ==, "The lantern keepers");
  /* the book's author, unless the item names its own */
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Lind");
  g_assert_cmpstr (xt_family (c, CK_ROLE_AUTHOR, 0), ==, "Moss");
  /* front and back matter are not works */
  g_assert_null (xt_find (recs, "Preface"));
  g_assert_null (xt_find (recs, "Index"));
  g_assert_cmpuint (recs->len, ==, 4);
}

/* one "Title:" label among prose is no catalogue record */
static void
test_single_label_is_no_record (void)
{
  const char *text = "Title: a word we use for the name of a book, as everyone knows.\n"
                     "It is a plain thing and we need not dwell on it here at all.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  for (guint i = 0; i < recs->len; i++)
    for (guint k = 0; k < ck_record_get_n_provenance (g_ptr_array_index (recs, i)); k++)
      g_assert_cmpstr (ck_record_get_provenance (g_ptr_array_index (recs, i), k)->detector, !=, "catalogue-record");
}

/* a column layout without colons; the translator from the statement */
static void
test_column_layout (void)
{
  const char *text = "Main title     The long shore / Peter Grove ; translated by Ann Reed.\n"
                     "Personal name  Grove, Peter, 1920-\n"
                     "Published/Created  Leeds : Lantern Books, 1999.\n"
                     "Description    x, 300 p. ; 24 cm.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The long shore");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Grove");
  g_assert_null (xt_family (rec, CK_ROLE_AUTHOR, 1));
  g_assert_cmpstr (xt_family (rec, CK_ROLE_TRANSLATOR, 0), ==, "Reed");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER_PLACE), ==, "Leeds");
  g_assert_cmpint (xt_year (rec), ==, 1999);
}

/* a bookseller's record: author in direct order, "Pub Date", "Pages" */
static void
test_bookseller_labels (void)
{
  const char *text = "Title: The Long Shore\nAuthor: Peter Grove\nPublisher: Lantern Books\n"
                     "Pub Date: 03/05/2011\nPages: 336\nPrice: $24.95\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The Long Shore");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Grove");
  g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, "Peter");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Lantern Books");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_NUMBER_OF_PAGES), ==, "336");
  g_assert_cmpint (xt_year (rec), ==, 2011);
}

/* RDA forms: relator term after the dates, "©1999", "1 volume (… pages)" */
static void
test_rda_forms (void)
{
  const char *text = "Title:  The long shore / Peter Grove.\n"
                     "Author:  Grove, Peter, 1920-1990, author.\n"
                     "Published:  Leeds : Lantern Books, \xc2\xa9" "1999.\n"
                     "Physical Description:  1 volume (xii, 390 pages) ; 24 cm\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The long shore");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Grove");
  g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, "Peter");
  g_assert_null (xt_family (rec, CK_ROLE_AUTHOR, 1));
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_NUMBER_OF_PAGES), ==, "xii, 390");
  g_assert_cmpint (xt_year (rec), ==, 1999);
}

/* contents wrapped at the margin continue after a trailing " --"; a line
 * of prose in the same paragraph is no item */
static void
test_wrapped_contents (void)
{
  const char *text = "Title: The harbour book / edited by Ann Reed.\nMain Author: Lind, Bo, 1901-1977.\n"
                     "Published: Leeds : Gannet Books, 1988.\nContents: The salt trade -- Tides and winds --\n"
                     "Harbour lights -- Index.\nThis is a book about the sea and it is good.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  g_assert_nonnull (xt_find (recs, "Harbour lights"));
  g_assert_nonnull (xt_find (recs, "Tides and winds"));
  for (guint i = 0; i < recs->len; i++)
    g_assert_null (strstr (ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE), "about the sea"));
}

/* a work in volumes: "Published: Place : Publisher, 1972-1973." gives
 * the first year */
static void
test_imprint_year_span (void)
{
  const char *text = "Title:  The long shore / Peter Grove.\n"
                     "Author:  Grove, Peter.\n"
                     "Published:  Leeds : Lantern Books, 1972-1973.\n"
                     "Description:  2 v. (xxxv, 900 p.) ; 25 cm.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The long shore");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Lantern Books");
  g_assert_cmpint (xt_year (rec), ==, 1972);
}

/* "Other works by this author:" lists other records (ISBD lines) inside
 * the record; the label below them is no part of the last one */
static void
test_other_works_inside_record (void)
{
  const char *text = "Full record\n\n"
                     "Title:          The salt coast / by P.Q. Grove.\n"
                     "Author:         Grove, P. Q., 1903-1987.\n"
                     "Published:      Leeds : Gannet Books, 1952.\n"
                     "Description:    279 p. ; 23 cm.\n"
                     "Other works by this author:\n"
                     "                A history of tides / P.Q. Grove. Leeds : Kestrel Press, 1938. (Harbour Club)\n"
                     "                The life and ideas of Ann Reed / edited with an introduction by P.Q. Grove. York : Lantern Books, 1962.\n"
                     "Language:       English\n"
                     "Format:         Book\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *a = xt_find (recs, "The salt coast"), *b = xt_find (recs, "A history of tides"),
           *c = xt_find (recs, "The life and ideas of Ann Reed");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Kestrel Press");
  g_assert_cmpstr (xt_family (c, CK_ROLE_EDITOR, 0), ==, "Grove");
  g_assert_cmpstr (ck_record_get (c, CK_FIELD_PUBLISHER), ==, "Lantern Books");
  g_assert_cmpint (xt_year (c), ==, 1962);
}

static const XtCase cases[] = {
  /* a brief "Title / responsibility." line, a blank line, then the labels;
   * "edited and translated by" gives both roles */
  { "/extract/catalogue-record/brief-line-then-labels",
    "Letters from the salt coast / edited and translated by Ada Quell and Piet Orr.\n\n"
    "Author:        Vell, Tomas, 1880-1941.\n"
    "Published:     London : Lantern Books, 1968.\n"
    "Description:   xii, 301 p. ; 22 cm.\n"
    "Other authors: Quell, Ada, editor, translator.\n",
    { XT_COUNT (1), XT_TITLE ("Letters from the salt coast"), XT_AUTHOR ("Vell"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 1, "Orr"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books"), XT_YEAR (1968) } },
  /* the brief line alone, prose after it: no labels to take */
  { "/extract/catalogue-record/brief-line-then-prose",
    "Letters from the salt coast / edited by Ada Quell. London : Lantern Books, 1968.\n\n"
    "The letters were written over forty years and they are worth reading.\n",
    { XT_TITLE ("Letters from the salt coast"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, NULL) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  g_test_add_func ("/extract/catalogue-record/fields", test_record_fields);
  g_test_add_func ("/extract/catalogue-record/contents", test_contents_are_chapters);
  g_test_add_func ("/extract/catalogue-record/single-label", test_single_label_is_no_record);
  g_test_add_func ("/extract/catalogue-record/column-layout", test_column_layout);
  g_test_add_func ("/extract/catalogue-record/bookseller-labels", test_bookseller_labels);
  g_test_add_func ("/extract/catalogue-record/rda-forms", test_rda_forms);
  g_test_add_func ("/extract/catalogue-record/wrapped-contents", test_wrapped_contents);
  g_test_add_func ("/extract/catalogue/imprint-year-span", test_imprint_year_span);
  g_test_add_func ("/extract/catalogue/other-works-inside-record", test_other_works_inside_record);
  return g_test_run ();
}
