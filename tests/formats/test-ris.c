/* test-ris.c — tests of the RIS reader and writer (src/lib/formats/ris*.c). */
#include "test-ris-common.h"
#include "formats/ris-private.h"

#include <stdlib.h>

/* --- reading ------------------------------------------------------------ */

static void
test_read_line_ends (void)
{
  const char *lf = "TY  - BOOK\nTI  - Endings\nAU  - Pike, Ada\nPY  - 1990\nER  - \n";
  const char *crlf = "TY  - BOOK\r\nTI  - Endings\r\nAU  - Pike, Ada\r\nPY  - 1990\r\nER  - \r\n";
  const char *cr = "TY  - BOOK\rTI  - Endings\rAU  - Pike, Ada\rPY  - 1990\rER  - \r";
  g_autoptr(GPtrArray) a = read_ok ("ris", lf);
  g_autoptr(GPtrArray) b = read_ok ("ris", crlf);
  g_autoptr(GPtrArray) c = read_ok ("ris", cr);

  g_assert_cmpuint (a->len, ==, 1);
  g_assert_cmpstr (ck_record_get (record_at (a, 0), CK_FIELD_TITLE), ==, "Endings");
  assert_records_equal (a, b, TRUE);
  assert_records_equal (a, c, TRUE);
}

static void
test_read_bom (void)
{
  gsize len;
  g_autofree char *text = load_fixture ("ris", "y_bom.ris", &len);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_text ("ris", text, len, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (recs->len, ==, 1);
  g_assert_cmpint (ck_record_get_type (record_at (recs, 0)), ==, CK_TYPE_BOOK);
}

static void
test_read_tag_spacing (void)
{
  g_autoptr(GPtrArray) recs = read_ok ("ris", "TY - JOUR\nTI - One\nAU -  Lee, Min \nER -\n"
                                              "TY   - BOOK\nTI   - Two\nER  -\n");
  g_assert_cmpuint (recs->len, ==, 2);
  g_assert_cmpstr (ck_record_get (record_at (recs, 0), CK_FIELD_TITLE), ==, "One");
  g_assert_cmpstr (name_with_role (record_at (recs, 0), CK_ROLE_AUTHOR, 0)->family, ==, "Lee");
  g_assert_cmpstr (name_with_role (record_at (recs, 0), CK_ROLE_AUTHOR, 0)->given, ==, "Min");
  g_assert_cmpint (ck_record_get_type (record_at (recs, 1)), ==, CK_TYPE_BOOK);
}

static void
test_read_continuation (void)
{
  gsize len;
  g_autofree char *text = load_fixture ("ris", "y_continuation.ris", &len);
  g_autoptr(GPtrArray) recs = read_text ("ris", text, len, NULL, NULL);
  CkRecord *rec = record_at (recs, 0);

  /* A wrapped title joins with a blank, a note keeps its lines, and each
   * continuation line of a name tag is one more name. */
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "A Title Wrapped Over Two Lines");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_NOTE), ==, "first line of the note\nsecond line of the note");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_ABSTRACT), ==, "An abstract that\nspans lines without indentation");
  g_assert_cmpuint (ck_record_count_role (rec, CK_ROLE_AUTHOR), ==, 2);
  g_assert_cmpstr (name_with_role (rec, CK_ROLE_AUTHOR, 1)->family, ==, "Osei");
}

static void
test_read_missing_er (void)
{
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autoptr(GError) error = NULL;
  const char *text = "TY  - BOOK\nTI  - One\nTY  - BOOK\nTI  - Two\n";
  g_autoptr(GPtrArray) recs = read_text ("ris", text, strlen (text), diag, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (recs->len, ==, 2);
  /* Warnings, not losses: both records are whole. */
  g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_WARNING), ==, 2);
  g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_ERROR), ==, 0);
  g_assert_cmpuint (ck_diag_get_message (diag, 0)->line, ==, 3);
  g_assert_cmpstr (ck_record_get (record_at (recs, 1), CK_FIELD_TITLE), ==, "Two");
}

static void
test_read_outside (void)
{
  g_autoptr(CkDiag) diag = ck_diag_new ();
  const char *text = "Record 1 of 1\n\nTY  - JOUR\nTI  - Inside\nER  - \nNL  - Trailing tag\n";
  g_autoptr(GPtrArray) recs = read_text ("ris", text, strlen (text), diag, NULL);

  g_assert_cmpuint (recs->len, ==, 1);
  g_assert_cmpuint (ck_diag_get_n_messages (diag), ==, 2);
  g_assert_cmpuint (ck_diag_get_message (diag, 0)->line, ==, 1);
  g_assert_cmpuint (ck_diag_get_message (diag, 1)->line, ==, 6);
  g_assert_cmpstr (ck_diag_get_message (diag, 1)->source, ==, "test");
  /* A tag after ER (as Ovid writes them) joins the record ER closed. */
  g_assert_cmpstr (ck_record_get_extra (record_at (recs, 0), "ris:NL"), ==, "Trailing tag");
}

static void
test_read_no_record (void)
{
  g_autoptr(CkDiag) diag = ck_diag_new ();
  const char *text = "FN Some Other Format\nAU Not, RIS\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_text ("ris", text, strlen (text), diag, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (recs->len, ==, 0);
  g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_WARNING), >=, 1);
}

static void
test_read_bad_utf8_position (void)
{
  const char *text = "TY  - BOOK\nTI  - ab\xc3(\nER  - \n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_text ("ris", text, strlen (text), NULL, &error);

  g_assert_error (error, CK_ERROR, CK_ERROR_ENCODING);
  g_assert_null (recs);
  g_assert_true (g_str_has_prefix (error->message, "test:2:9:"));
}

static void
test_read_limit (void)
{
  CkReadOptions options = CK_READ_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;
  const char *text = "TY  - BOOK\nTI  - a title longer than sixteen bytes\nER  - \n";
  g_autoptr(GPtrArray) recs = NULL;

  options.max_field = 16;
  recs = ck_format_read_all (ck_format_lookup ("ris"), text, strlen (text), "test", &options, &error);
  g_assert_error (error, CK_ERROR, CK_ERROR_LIMIT);
  g_assert_true (g_str_has_prefix (error->message, "test:2:"));
}

typedef struct {
  const char *text;
  int year, month, day, end_year, end_month;
  CkSeason season;
  const char *literal;
} DateCase;

static void
test_read_dates (void)
{
  static const DateCase cases[] = {
    { "1998",                       1998, 0, 0, 0, 0, CK_SEASON_NONE, NULL },
    { "1998///",                    1998, 0, 0, 0, 0, CK_SEASON_NONE, NULL },
    { "1998/03/04/",                1998, 3, 4, 0, 0, CK_SEASON_NONE, NULL },
    { "1998/03/04",                 1998, 3, 4, 0, 0, CK_SEASON_NONE, NULL },
    { "2014//",                     2014, 0, 0, 0, 0, CK_SEASON_NONE, NULL },
    { "2001/00/00/",                2001, 0, 0, 0, 0, CK_SEASON_NONE, NULL },
    { "1962///Summer 1962",         1962, 0, 0, 0, 0, CK_SEASON_SUMMER, NULL },
    { "1962///Summer",              1962, 0, 0, 0, 0, CK_SEASON_SUMMER, NULL },
    { "1998/03//March-April 1998",  1998, 3, 0, 1998, 4, CK_SEASON_NONE, NULL },
    { "2019 Dec",                   2019, 12, 0, 0, 0, CK_SEASON_NONE, NULL },
    { "n.d.",                       0, 0, 0, 0, 0, CK_SEASON_NONE, "n.d." },
    { "YEAR/MONTH/DAY/",            0, 0, 0, 0, 0, CK_SEASON_NONE, "YEAR/MONTH/DAY/" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CkDate) d = ck_ris_parse_date (cases[i].text);
      g_test_message ("date '%s'", cases[i].text);
      g_assert_nonnull (d);
      g_assert_cmpint (d->year, ==, cases[i].year);
      g_assert_cmpint (d->month, ==, cases[i].month);
      g_assert_cmpint (d->day, ==, cases[i].day);
      g_assert_cmpint (d->end_year, ==, cases[i].end_year);
      g_assert_cmpint (d->end_month, ==, cases[i].end_month);
      g_assert_cmpint (d->season, ==, cases[i].season);
      g_assert_cmpstr (d->literal, ==, cases[i].literal);
    }
  g_assert_null (ck_ris_parse_date ("///"));
  g_assert_null (ck_ris_parse_date ("  "));
}

static void
test_read_date_precedence (void)
{
  /* Zotero's order: DA, then Y1, then PY. */
  g_autoptr(GPtrArray) recs = read_ok ("ris",
      "TY  - JOUR\nPY  - 2001\nY1  - 1999\nDA  - 2001/05/03/\nER  - \n"
      "TY  - JOUR\nPY  - 2010\nY1  - 2009\nER  - \n");
  const CkDate *d0 = ck_record_get_date (record_at (recs, 0), CK_DATE_ISSUED);
  const CkDate *d1 = ck_record_get_date (record_at (recs, 1), CK_DATE_ISSUED);

  g_assert_cmpint (d0->year, ==, 2001);
  g_assert_cmpint (d0->month, ==, 5);
  g_assert_cmpint (d0->day, ==, 3);
  /* The Y1 that disagrees is kept, not lost. */
  g_assert_cmpstr (ck_record_get_extra (record_at (recs, 0), "ris:Y1"), ==, "1999");
  g_assert_cmpint (d1->year, ==, 2009);
}

static void
test_read_roles (void)
{
  gsize len;
  g_autofree char *text = load_fixture ("ris", "y_roles.ris", &len);
  g_autoptr(GPtrArray) recs = read_text ("ris", text, len, NULL, NULL);
  CkRecord *book = record_at (recs, 0), *chap = record_at (recs, 1), *edbook = record_at (recs, 2);

  /* On a BOOK, A2 is the series editor and A3 the editor (Zotero). */
  g_assert_cmpstr (name_with_role (book, CK_ROLE_COLLECTION_EDITOR, 0)->family, ==, "Series");
  g_assert_cmpstr (name_with_role (book, CK_ROLE_EDITOR, 0)->family, ==, "Volume");
  /* T2 on a BOOK is the series; M1 its number. */
  g_assert_cmpstr (ck_record_get (book, CK_FIELD_COLLECTION_TITLE), ==, "Studies in Light");
  g_assert_cmpstr (ck_record_get (book, CK_FIELD_COLLECTION_NUMBER), ==, "7");
  g_assert_false (ck_record_has (book, CK_FIELD_CONTAINER_TITLE));
  /* On a CHAP, A2 is the book's editor and A3 the series editor. */
  g_assert_cmpstr (name_with_role (chap, CK_ROLE_EDITOR, 0)->family, ==, "Book");
  g_assert_cmpstr (name_with_role (chap, CK_ROLE_COLLECTION_EDITOR, 0)->family, ==, "Series");
  /* EDBOOK: the authors are editors. */
  g_assert_cmpint (ck_record_get_type (edbook), ==, CK_TYPE_BOOK);
  g_assert_cmpuint (ck_record_count_role (edbook, CK_ROLE_AUTHOR), ==, 0);
  g_assert_cmpstr (name_with_role (edbook, CK_ROLE_EDITOR, 0)->family, ==, "Collector");
}

static void
test_read_names (void)
{
  g_autoptr(GPtrArray) recs = read_ok ("ris",
      "TY  - BOOK\nAU  - van der Meulen, Anneke\nAU  - Haddad, Samir, Jr.\n"
      "AU  - Society of Harbour Pilots\nAU  - Nakamura,\nER  - \n");
  CkRecord *rec = record_at (recs, 0);
  const CkName *n;

  n = name_with_role (rec, CK_ROLE_AUTHOR, 0);
  g_assert_cmpstr (n->particle, ==, "van der");
  g_assert_cmpstr (n->family, ==, "Meulen");
  g_assert_cmpstr (n->given, ==, "Anneke");
  n = name_with_role (rec, CK_ROLE_AUTHOR, 1);
  g_assert_cmpstr (n->suffix, ==, "Jr.");
  n = name_with_role (rec, CK_ROLE_AUTHOR, 2);
  g_assert_cmpstr (n->literal, ==, "Society of Harbour Pilots");
  g_assert_null (n->family);
  n = name_with_role (rec, CK_ROLE_AUTHOR, 3);
  g_assert_cmpstr (n->family, ==, "Nakamura");
  g_assert_null (n->given);
}

static void
test_read_serials (void)
{
  g_autoptr(GPtrArray) recs = read_ok ("ris",
      "TY  - JOUR\nSN  - 03064530 (ISSN)\nER  - \n"
      "TY  - BOOK\nSN  - 0-000-00000-0\nER  - \n"
      "TY  - JOUR\nSN  - 978-0-00-000000-2\nSN  - 1234-5679\nER  - \n");

  g_assert_cmpstr (ck_record_get (record_at (recs, 0), CK_FIELD_ISSN), ==, "03064530 (ISSN)");
  g_assert_cmpstr (ck_record_get (record_at (recs, 1), CK_FIELD_ISBN), ==, "0-000-00000-0");
  g_assert_cmpstr (ck_record_get (record_at (recs, 2), CK_FIELD_ISBN), ==, "978-0-00-000000-2");
  g_assert_cmpstr (ck_record_get (record_at (recs, 2), CK_FIELD_ISSN), ==, "1234-5679");
}

static void
test_read_unknown (void)
{
  gsize len;
  g_autofree char *text = load_fixture ("ris", "y_unknown-tags.ris", &len);
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autoptr(GPtrArray) recs = read_text ("ris", text, len, diag, NULL);
  CkRecord *rec = record_at (recs, 0);

  g_assert_cmpstr (ck_record_get_extra (rec, "ris:AD"), ==, "Department of Lighthouses, Nowhere University");
  g_assert_cmpstr (ck_record_get_extra (rec, "ris:U1"), ==, "user field\nuser field again");
  /* M1 means nothing on an article: kept as it was. */
  g_assert_cmpstr (ck_record_get_extra (rec, "ris:M1"), ==, "misc on an article");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_KEYWORD), ==, "salt, trade, memory");
  /* An unknown TY is a document that remembers its TY. */
  g_assert_cmpint (ck_record_get_type (record_at (recs, 1)), ==, CK_TYPE_DOCUMENT);
  g_assert_cmpstr (ck_record_get_extra (record_at (recs, 1), "ris:TY"), ==, "ADVS");
  g_assert_cmpint (ck_record_get_type (record_at (recs, 2)), ==, CK_TYPE_BOOK);
  g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_WARNING), ==, 1);
  g_assert_cmpuint (ck_diag_get_message (diag, 0)->line, ==, 13);
}

/* --- writing ------------------------------------------------------------ */

/* An invented book shaped like the records the extractor makes. */
static CkRecord *
make_book (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  ck_record_set (rec, CK_FIELD_TITLE, "The Salt Roads");
  ck_record_set (rec, CK_FIELD_SUBTITLE, "Trade and Memory on the Baltic Shore");
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_AUTHOR, "Quellhorst", "Marta"));
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_EDITOR, "Lindqvist-Aho", "Oskar"));
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_TRANSLATOR, "Varga", "Ilona"));
  ck_record_set (rec, CK_FIELD_PUBLISHER_PLACE, "Rostock");
  ck_record_set (rec, CK_FIELD_PUBLISHER, "Harbour Lane Press");
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (1987, 0, 0));
  ck_record_set (rec, CK_FIELD_EDITION, "New edition");
  ck_record_set (rec, CK_FIELD_NUMBER_OF_PAGES, "xii + 402");
  ck_record_set (rec, CK_FIELD_BINDING, "Paperback");
  ck_record_set (rec, CK_FIELD_PRICE, "$19.95");
  return rec;
}

static GPtrArray *
one (CkRecord *rec)
{
  GPtrArray *a = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_record_unref);
  g_ptr_array_add (a, rec);
  return a;
}

static gboolean
has_line (const char *text, const char *line)
{
  g_autofree char *needle = g_strconcat ("\r\n", line, "\r\n", NULL);
  g_autofree char *padded = g_strconcat ("\r\n", text, NULL);
  return strstr (padded, needle) != NULL;
}

static void
test_write_zotero_book (void)
{
  g_autoptr(GPtrArray) recs = one (make_book ());
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autofree char *out = write_text ("ris", recs, diag);
  gboolean price_reported = FALSE, subtitle_reported = FALSE;

  g_assert_true (g_str_has_prefix (out, "TY  - BOOK\r\n"));
  g_assert_true (g_str_has_suffix (out, "ER  - \r\n\r\n"));
  g_assert_true (has_line (out, "TI  - The Salt Roads: Trade and Memory on the Baltic Shore"));
  g_assert_true (has_line (out, "AU  - Quellhorst, Marta"));
  /* Zotero reads A2 on a BOOK as the series editor: the editor is ED. */
  g_assert_true (has_line (out, "ED  - Lindqvist-Aho, Oskar"));
  g_assert_null (strstr (out, "A2  - "));
  g_assert_true (has_line (out, "A4  - Varga, Ilona"));
  g_assert_true (has_line (out, "CY  - Rostock"));
  g_assert_true (has_line (out, "PB  - Harbour Lane Press"));
  g_assert_true (has_line (out, "PY  - 1987"));
  g_assert_true (has_line (out, "ET  - New edition"));
  /* SP on a BOOK is the number of pages, verbatim. */
  g_assert_true (has_line (out, "SP  - xii + 402"));
  g_assert_null (strstr (out, "EP  - "));
  /* Binding and price: only an N1 note keeps them, and the tally says so. */
  g_assert_true (has_line (out, "N1  - Paperback, $19.95"));
  for (guint i = 0; i < ck_diag_get_n_losses (diag); i++)
    {
      g_autofree char *line = ck_diag_format_loss (diag, i);
      g_test_message ("loss: %s", line);
      /* Under the name users know (the CSL name without its '_'). */
      if (strstr (line, "'price'") && strstr (line, "N1"))
        price_reported = TRUE;
      if (strstr (line, "'subtitle'") && strstr (line, "TI"))
        subtitle_reported = TRUE;
    }
  g_assert_true (price_reported);
  g_assert_true (subtitle_reported);
  g_assert_false (ck_diag_has_drops (diag));
}

static void
test_write_chapter (void)
{
  g_autoptr(CkRecord) book = ck_record_new (CK_TYPE_BOOK);
  CkRecord *chap = ck_record_new (CK_TYPE_CHAPTER);
  g_autoptr(GPtrArray) recs = one (chap);
  g_autofree char *out = NULL;

  ck_record_set (book, CK_FIELD_TITLE, "Harbours and Their People");
  ck_record_set (chap, CK_FIELD_TITLE, "Lanterns at the Quay");
  ck_record_take_name (chap, ck_name_new_personal (CK_ROLE_AUTHOR, "Brandt", "Johanna"));
  ck_record_take_name (chap, ck_name_new_personal (CK_ROLE_EDITOR, "Okafor", "Chidi"));
  ck_record_take_name (chap, ck_name_new_personal (CK_ROLE_COLLECTION_EDITOR, "Serra", "Paulo"));
  ck_record_set (chap, CK_FIELD_PAGES, "84–97");
  ck_record_set (chap, CK_FIELD_COLLECTION_TITLE, "Maritime Studies");
  /* The container title comes from the relation when the flat field is missing. */
  ck_record_add_relation (chap, CK_RELATION_CONTAINER, book);
  ck_record_take_date (chap, CK_DATE_ISSUED, ck_date_new_ymd (2004, 6, 0));
  out = write_text ("ris", recs, NULL);

  g_assert_true (g_str_has_prefix (out, "TY  - CHAP\r\n"));
  g_assert_true (has_line (out, "T2  - Harbours and Their People"));
  g_assert_true (has_line (out, "T3  - Maritime Studies"));
  g_assert_true (has_line (out, "ED  - Okafor, Chidi"));
  g_assert_true (has_line (out, "A3  - Serra, Paulo"));
  g_assert_true (has_line (out, "SP  - 84"));
  g_assert_true (has_line (out, "EP  - 97"));
  g_assert_true (has_line (out, "PY  - 2004"));
  g_assert_true (has_line (out, "DA  - 2004/06//"));
}

static void
test_write_losses_strict (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  g_autoptr(GPtrArray) recs = one (rec);
  g_autoptr(CkDiag) diag = ck_diag_new ();
  CkWriteOptions options = CK_WRITE_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  ck_record_set (rec, CK_FIELD_TITLE, "On Harbours");
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_INTRODUCER, "Aalto", "Eero"));
  ck_record_set (rec, CK_FIELD_ORIGINAL_LANGUAGE, "fi");
  out = write_text ("ris", recs, diag);
  /* A review is written as the nearest type, and says so. */
  g_assert_true (g_str_has_prefix (out, "TY  - JOUR\r\n"));
  g_assert_true (ck_diag_has_drops (diag));
  g_assert_cmpuint (ck_diag_get_n_losses (diag), ==, 3);

  options.flags = CK_WRITE_STRICT;
  g_clear_pointer (&out, g_free);
  out = ck_format_write_all (ck_format_lookup ("ris"), recs, &options, &error);
  g_assert_error (error, CK_ERROR, CK_ERROR_LOSS);
  g_assert_null (out);
}

static void
test_write_dates (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_ARTICLE_MAGAZINE);
  g_autoptr(GPtrArray) recs = one (rec);
  g_autoptr(GPtrArray) back = NULL;
  g_autofree char *out = NULL;

  ck_record_set (rec, CK_FIELD_TITLE, "Two Months");
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_parse ("March-April 1998"));
  ck_record_take_date (rec, CK_DATE_ACCESSED, ck_date_new_ymd (2020, 1, 15));
  out = write_text ("ris", recs, NULL);
  g_assert_true (has_line (out, "PY  - 1998"));
  g_assert_true (has_line (out, "DA  - 1998/03//March-April 1998"));
  g_assert_true (has_line (out, "Y2  - 2020/01/15/"));
  back = read_ok ("ris", out);
  assert_records_equal (recs, back, FALSE);
}

static void
test_write_serial_mismatch (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  g_autoptr(GPtrArray) recs = one (rec);
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autofree char *out = NULL;
  g_autofree char *line = NULL;

  /* An ISBN field holding an ISSN-shaped value reads back as ISSN. */
  ck_record_set (rec, CK_FIELD_ISBN, "1234-5679");
  out = write_text ("ris", recs, diag);
  g_assert_true (has_line (out, "SN  - 1234-5679"));
  g_assert_cmpuint (ck_diag_get_n_losses (diag), ==, 1);
  line = ck_diag_format_loss (diag, 0);
  g_assert_nonnull (strstr (line, "'ISBN'"));
  g_assert_nonnull (strstr (line, "ISSN"));
}

static void
test_write_book_pages (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  g_autoptr(GPtrArray) recs = one (rec);
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autofree char *out = NULL;

  /* SP on a BOOK is the number of pages: a page range has no tag there,
   * and no EP is written on its own. */
  ck_record_set (rec, CK_FIELD_PAGES, "10-20");
  out = write_text ("ris", recs, diag);
  g_assert_null (strstr (out, "SP  - "));
  g_assert_null (strstr (out, "EP  - "));
  g_assert_true (ck_diag_has_drops (diag));
}

static void
test_write_multiline_value (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  g_autoptr(GPtrArray) recs = one (rec);
  g_autoptr(GPtrArray) back = NULL;
  g_autofree char *out = NULL;

  /* A note line that looks like a tag must not become one. */
  ck_record_set (rec, CK_FIELD_NOTE, "first\nER  - not the end\nlast");
  out = write_text ("ris", recs, NULL);
  back = read_ok ("ris", out);
  g_assert_cmpuint (back->len, ==, 1);
  g_assert_cmpstr (ck_record_get (record_at (back, 0), CK_FIELD_NOTE), ==, "first\nER  - not the end\nlast");
}


static void
test_review (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  g_autoptr(GPtrArray) recs = one (rec);
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autofree char *out = NULL;
  g_autoptr(GPtrArray) back = NULL;

  ck_record_set (rec, CK_FIELD_TITLE, "Salt and Memory");
  ck_record_set (rec, CK_FIELD_REVIEWED_TITLE, "The Salt Roads");
  ck_record_set (rec, CK_FIELD_CONTAINER_TITLE, "Harbour Review");
  out = write_text ("ris", recs, diag);
  /* JOUR with RI (reviewed item) is read back as a review: no loss. */
  g_assert_true (g_str_has_prefix (out, "TY  - JOUR\r\n"));
  g_assert_true (has_line (out, "RI  - The Salt Roads"));
  g_assert_cmpuint (ck_diag_get_n_losses (diag), ==, 0);
  back = read_ok ("ris", out);
  assert_records_equal (recs, back, FALSE);
}

/* --- round trips -------------------------------------------------------- */

/* RIS → record → RIS → record: the records agree, and the second RIS is
 * the first byte for byte. */
static void
test_roundtrip_fixture (gconstpointer data)
{
  const char *name = data;
  gsize len;
  g_autofree char *text = load_fixture ("ris", name, &len);
  g_autoptr(GPtrArray) first = read_text ("ris", text, len, NULL, NULL);
  g_autofree char *out1 = write_text ("ris", first, NULL);
  g_autoptr(GPtrArray) second = read_ok ("ris", out1);
  g_autofree char *out2 = write_text ("ris", second, NULL);

  assert_records_equal (first, second, TRUE);
  g_assert_cmpstr (out1, ==, out2);
}

static void
test_roundtrip_canonical (void)
{
  gsize len;
  g_autofree char *text = load_fixture ("ris", "y_canonical.ris", &len);
  g_autoptr(GPtrArray) recs = read_text ("ris", text, len, NULL, NULL);
  g_autofree char *out = write_text ("ris", recs, NULL);

  g_assert_cmpstr (out, ==, text);
}

/* --- the shared corpus (optional) --------------------------------------- */

static void
test_corpus (void)
{
  const char *shared = g_getenv ("CK_SHARED_DIR");
  g_autofree char *dir = shared ? g_build_filename (shared, "corpus", "ris", NULL) : NULL;
  g_autoptr(GDir) d = NULL;
  const char *entry;
  guint files = 0, records = 0, warnings = 0, stable = 0;

  if (!dir || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("CK_SHARED_DIR/corpus/ris not present");
      return;
    }
  d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  while ((entry = g_dir_read_name (d)))
    {
      g_autofree char *path = NULL, *text = NULL, *out1 = NULL, *out2 = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(CkDiag) diag = ck_diag_new ();
      g_autoptr(GPtrArray) recs = NULL, again = NULL;
      gsize len;

      if (!g_str_has_suffix (entry, ".ris"))
        continue;
      path = g_build_filename (dir, entry, NULL);
      g_assert_true (g_file_get_contents (path, &text, &len, NULL));
      recs = read_text ("ris", text, len, diag, &error);
      g_assert_no_error (error);
      /* Every record read is written and read back the same. */
      out1 = write_text ("ris", recs, NULL);
      again = read_ok ("ris", out1);
      assert_records_equal (recs, again, TRUE);
      out2 = write_text ("ris", again, NULL);
      if (g_strcmp0 (out1, out2) == 0)
        stable++;
      g_test_message ("%s: %u records, %u warnings", entry, recs->len, ck_diag_get_n_messages (diag));
      files++;
      records += recs->len;
      warnings += ck_diag_get_n_messages (diag);
    }
  g_test_message ("corpus: %u files, %u records, %u warnings, %u files stable RIS->RIS->RIS",
                  files, records, warnings, stable);
  g_assert_cmpuint (files, >, 0);
  g_assert_cmpuint (stable, ==, files);
}


static void
test_probe (void)
{
  const CkFormat *fmt = ck_format_lookup ("ris");
  const char *ris = "\xEF\xBB\xBF\r\nTY  - JOUR\r\nTI  - Probe\r\nER  - \r\n";
  const char *loose = "Provider: X\n1.\nTY - JOUR\n";

  g_assert_true (ck_format_detect (NULL, ris, strlen (ris)) == fmt);
  g_assert_true (ck_format_detect ("refs.txt", loose, strlen (loose)) == fmt);
  /* A .ris name rescues a file whose first lines say nothing. */
  g_assert_true (ck_format_detect ("refs.ris", "\n\n", 2) == fmt);
  g_assert_true (ck_format_detect ("refs.json", "[]", 2) != fmt);
}

int
main (int argc, char **argv)
{
  static const char * const roundtrip_fixtures[] = {
    "y_book.ris", "y_crlf.ris", "y_bom.ris", "y_tag-spacing.ris", "y_continuation.ris",
    "y_missing-er.ris", "y_banner.ris", "y_unknown-tags.ris", "y_roles.ris", "y_dates.ris",
  };

  g_test_init (&argc, &argv, NULL);

  add_manifest_tests ("ris", "ris", "/formats/ris/fixture");
  g_test_add_func ("/formats/ris/read/line-ends", test_read_line_ends);
  g_test_add_func ("/formats/ris/read/bom", test_read_bom);
  g_test_add_func ("/formats/ris/read/tag-spacing", test_read_tag_spacing);
  g_test_add_func ("/formats/ris/read/continuation", test_read_continuation);
  g_test_add_func ("/formats/ris/read/missing-er", test_read_missing_er);
  g_test_add_func ("/formats/ris/read/outside-records", test_read_outside);
  g_test_add_func ("/formats/ris/read/no-record", test_read_no_record);
  g_test_add_func ("/formats/ris/read/bad-utf8-position", test_read_bad_utf8_position);
  g_test_add_func ("/formats/ris/read/limit", test_read_limit);
  g_test_add_func ("/formats/ris/read/dates", test_read_dates);
  g_test_add_func ("/formats/ris/read/date-precedence", test_read_date_precedence);
  g_test_add_func ("/formats/ris/read/roles-per-type", test_read_roles);
  g_test_add_func ("/formats/ris/read/names", test_read_names);
  g_test_add_func ("/formats/ris/read/serials", test_read_serials);
  g_test_add_func ("/formats/ris/read/unknown-tags", test_read_unknown);
  g_test_add_func ("/formats/ris/write/zotero-book", test_write_zotero_book);
  g_test_add_func ("/formats/ris/write/chapter", test_write_chapter);
  g_test_add_func ("/formats/ris/write/losses-strict", test_write_losses_strict);
  g_test_add_func ("/formats/ris/write/dates", test_write_dates);
  g_test_add_func ("/formats/ris/write/review", test_review);
  g_test_add_func ("/formats/ris/write/multiline-value", test_write_multiline_value);
  g_test_add_func ("/formats/ris/write/serial-mismatch", test_write_serial_mismatch);
  g_test_add_func ("/formats/ris/write/book-pages", test_write_book_pages);
  for (guint i = 0; i < G_N_ELEMENTS (roundtrip_fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/formats/ris/roundtrip/%s", roundtrip_fixtures[i]);
      g_test_add_data_func (path, roundtrip_fixtures[i], test_roundtrip_fixture);
    }
  g_test_add_func ("/formats/ris/roundtrip/canonical", test_roundtrip_canonical);
  g_test_add_func ("/formats/ris/probe", test_probe);
  g_test_add_func ("/formats/ris/corpus", test_corpus);
  return g_test_run ();
}
