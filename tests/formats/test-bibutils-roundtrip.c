/* test-bibutils-roundtrip.c — what citekit writes as BibTeX, RIS and MODS
 * is read back by libbibutils' own readers (the library behind bib2xml,
 * ris2xml, xml2bib) with the key fields intact: authors, editors,
 * translators, title, place, publisher and year.
 *
 * This test talks to libbibutils directly, on purpose: it checks our output
 * against an independent reader, not against our own. */
#include "citekit.h"

#include <bibutils/bibutils.h>
#include <stdio.h>
#include <string.h>

static CkRecord *
make_book (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  ck_record_set (rec, CK_FIELD_TITLE, "The Mass Strike");
  ck_record_set (rec, CK_FIELD_SUBTITLE, "The Political Party and the Trade Unions");
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_AUTHOR, "Luxemburg", "Rosa"));
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_EDITOR, "Okoro", "Helen"));
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_TRANSLATOR, "Lemoine", "Patrick"));
  ck_record_set (rec, CK_FIELD_PUBLISHER_PLACE, "Chicago");
  ck_record_set (rec, CK_FIELD_PUBLISHER, "Lakeside Press");
  ck_record_set (rec, CK_FIELD_EDITION, "2nd edition");
  ck_record_set (rec, CK_FIELD_NUMBER_OF_PAGES, "xii + 212");
  ck_record_set (rec, CK_FIELD_PRICE, "$16.00");
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (2008, 0, 0));
  ck_record_set_key (rec, "luxemburg2008mass");
  return rec;
}

/* All values of @tag at @level (-1: any level) joined with "; ". */
static char *
values_at (fields *f, const char *tag, int level)
{
  GString *s = g_string_new (NULL);
  for (int i = 0; i < fields_num (f); i++)
    if (strcmp ((const char *) fields_tag (f, i, FIELDS_CHRP_NOUSE), tag) == 0
        && (level < 0 || fields_level (f, i) == level))
      g_string_append_printf (s, "%s%s", s->len ? "; " : "",
                              (const char *) fields_value (f, i, FIELDS_CHRP_NOUSE));
  return g_string_free (s, FALSE);
}

static char *
values_of (fields *f, const char *tag)
{
  return values_at (f, tag, -1);
}

static void
dump_fields (fields *f)
{
  for (int i = 0; i < fields_num (f); i++)
    g_test_message ("  %d %s = %s", fields_level (f, i),
                    (const char *) fields_tag (f, i, FIELDS_CHRP_NOUSE),
                    (const char *) fields_value (f, i, FIELDS_CHRP_NOUSE));
}

static void
check_roundtrip (const char *format, int bibl_mode)
{
  g_autoptr(CkRecord) rec = make_book ();
  g_autoptr(GPtrArray) recs = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const CkFormat *fmt = ck_format_lookup (format);
  g_autofree char *text = NULL;
  param p;
  bibl b;
  FILE *fp;
  int st;

  g_assert_nonnull (fmt);
  g_assert_true (ck_format_can_write (fmt));
  g_ptr_array_add (recs, rec);
  text = ck_format_write_all (fmt, recs, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);

  bibl_initparams (&p, bibl_mode, BIBL_MODSOUT, (char *) "test");
  p.verbose = 0;
  bibl_init (&b);
  fp = fmemopen (text, strlen (text), "r");
  g_assert_nonnull (fp);
  st = bibl_read (&b, fp, (char *) "roundtrip", &p);
  fclose (fp);
  g_assert_cmpint (st, ==, BIBL_OK);
  g_assert_cmpint (b.n, ==, 1);
  dump_fields (b.ref[0]);

  {
    fields *f = b.ref[0];
    /* bibutils' RIS reader has no translator tag: it files A4 (the tag
     * Zotero and EndNote read as the translator) as a level-2 AUTHOR. */
    gboolean ris = bibl_mode == BIBL_RISIN;
    g_autofree char *authors = values_at (f, "AUTHOR", ris ? 0 : -1);
    g_autofree char *editors = values_of (f, "EDITOR");
    g_autofree char *translators = ris ? values_at (f, "AUTHOR", 2) : values_of (f, "TRANSLATOR");
    g_autofree char *title = values_of (f, "TITLE");
    g_autofree char *publisher = values_of (f, "PUBLISHER");
    g_autofree char *place = values_of (f, "ADDRESS");
    g_autofree char *place2 = values_of (f, "ADDRESS:PUBLISHER");
    g_autofree char *year = values_of (f, "DATE:YEAR");
    g_autofree char *year2 = values_of (f, "PARTDATE:YEAR");

    g_assert_cmpstr (authors, ==, "Luxemburg|Rosa");
    g_assert_cmpstr (editors, ==, "Okoro|Helen");
    g_assert_cmpstr (translators, ==, "Lemoine|Patrick");
    g_assert_cmpstr (title, ==, "The Mass Strike");
    g_assert_cmpstr (publisher, ==, "Lakeside Press");
    g_assert_true (strcmp (place, "Chicago") == 0 || strcmp (place2, "Chicago") == 0);
    g_assert_true (strcmp (year, "2008") == 0 || strcmp (year2, "2008") == 0);
  }
  bibl_free (&b);
  bibl_freeparams (&p);
}

static void
test_bibtex (void)
{
  check_roundtrip ("bibtex", BIBL_BIBTEXIN);
}

static void
test_ris (void)
{
  check_roundtrip ("ris", BIBL_RISIN);
}

static void
test_mods (void)
{
  check_roundtrip ("mods", BIBL_MODSIN);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/formats/bibutils-roundtrip/bibtex", test_bibtex);
  g_test_add_func ("/formats/bibutils-roundtrip/ris", test_ris);
  g_test_add_func ("/formats/bibutils-roundtrip/mods", test_mods);
  return g_test_run ();
}
