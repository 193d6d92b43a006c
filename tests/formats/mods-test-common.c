/* mods-test-common.c — see mods-test-common.h.  All titles and names are
 * invented. */
#include "mods-test-common.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <string.h>

static CkName *
person (CkRole role, const char *family, const char *given)
{
  return ck_name_new_personal (role, family, given);
}

CkRecord *
mt_rich_book (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  CkRecord *essay = ck_record_new (CK_TYPE_CHAPTER);
  CkRecord *orig = ck_record_new (CK_TYPE_BOOK);
  CkName *n;

  ck_record_set_key (rec, "a:b-1");
  ck_record_set (rec, CK_FIELD_TITLE, "Harbours of the Northern Sea");
  ck_record_set (rec, CK_FIELD_SUBTITLE, "Trade and Weather, 1850–1900");
  ck_record_set (rec, CK_FIELD_ORIGINAL_TITLE, "Les ports de la mer du Nord");
  ck_record_set (rec, CK_FIELD_ORIGINAL_LANGUAGE, "fr");
  ck_record_set (rec, CK_FIELD_TRANSLATED_TITLE, "Northern Harbours");
  n = person (CK_ROLE_AUTHOR, "Berg", "Anna");
  n->particle = g_strdup ("van der");
  n->suffix = g_strdup ("Jr.");
  ck_record_take_name (rec, n);
  ck_record_take_name (rec, person (CK_ROLE_EDITOR, "Okafor", "Lena"));
  ck_record_take_name (rec, person (CK_ROLE_TRANSLATOR, "Marsh", "Peter"));
  ck_record_take_name (rec, person (CK_ROLE_INTRODUCER, "Quist", "Tomas"));
  ck_record_take_name (rec, person (CK_ROLE_COMPILER, "Ruiz", "Elena"));
  ck_record_take_name (rec, ck_name_new_literal (CK_ROLE_CONTRIBUTOR, "Maritime History Society"));
  ck_record_take_name (rec, person (CK_ROLE_COLLECTION_EDITOR, "Stone", "Ivo"));
  ck_record_set (rec, CK_FIELD_PUBLISHER_PLACE, "Port Ellis, Maine");
  ck_record_set (rec, CK_FIELD_PUBLISHER, "Tideway Press & Sons");
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (1996, 0, 0));
  ck_record_set (rec, CK_FIELD_EDITION, "New edition");
  ck_record_set (rec, CK_FIELD_NUMBER_OF_PAGES, "xlvi + 345");
  ck_record_set (rec, CK_FIELD_BINDING, "Paperback");
  ck_record_set (rec, CK_FIELD_PRICE, "$19.95");
  ck_record_set (rec, CK_FIELD_ISBN, "0-000-00000-0");
  ck_record_set (rec, CK_FIELD_URL, "https://example.org/books?id=7&lang=en");
  ck_record_set (rec, CK_FIELD_NOTE, "First published 1931.\nReset in 1996.");
  ck_record_set (rec, CK_FIELD_ABSTRACT, "A <short> history of \"ports\".");
  ck_record_set (rec, CK_FIELD_KEYWORD, "harbours, trade, weather");
  ck_record_set (rec, CK_FIELD_LANGUAGE, "en");
  ck_record_set (rec, CK_FIELD_COLLECTION_TITLE, "Studies in Coastal History");
  ck_record_set (rec, CK_FIELD_COLLECTION_NUMBER, "12");
  ck_record_set_extra (rec, "owner", "library");
  ck_record_set_extra (rec, "bibtex:timestamp", "2020-01-01 10:00");

  ck_record_set (essay, CK_FIELD_TITLE, "On Fog");
  ck_record_take_name (essay, person (CK_ROLE_AUTHOR, "Holm", "Kari"));
  ck_record_take_name (essay, person (CK_ROLE_TRANSLATOR, "Marsh", "Peter"));
  ck_record_set (essay, CK_FIELD_PAGES, "301-345");
  ck_record_add_relation (rec, CK_RELATION_CONSTITUENT, essay);
  ck_record_unref (essay);

  ck_record_set (orig, CK_FIELD_TITLE, "Les ports de la mer du Nord");
  ck_record_set (orig, CK_FIELD_LANGUAGE, "fr");
  ck_record_set (orig, CK_FIELD_PUBLISHER, "Éditions du Port");
  ck_record_take_date (orig, CK_DATE_ISSUED, ck_date_new_ymd (1931, 0, 0));
  ck_record_add_relation (rec, CK_RELATION_ORIGINAL, orig);
  ck_record_unref (orig);
  return rec;
}

CkRecord *
mt_review (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  CkRecord *book = ck_record_new (CK_TYPE_BOOK);
  CkDate *d = ck_date_new ();

  ck_record_set_key (rec, "1999smith");
  ck_record_set (rec, CK_FIELD_TITLE, "A Sea of Small Ports");
  ck_record_take_name (rec, person (CK_ROLE_AUTHOR, "Smith", "Jo"));
  ck_record_set (rec, CK_FIELD_CONTAINER_TITLE, "Coastal Review");
  ck_record_set (rec, CK_FIELD_CONTAINER_TITLE_SHORT, "Coast. Rev.");
  ck_record_set (rec, CK_FIELD_VOLUME, "73");
  ck_record_set (rec, CK_FIELD_ISSUE, "2");
  ck_record_set (rec, CK_FIELD_PAGES, "84–97");
  ck_record_set (rec, CK_FIELD_ISSN, "0000-0000");
  d->year = 1998;
  d->month = 3;
  d->end_year = 1998;
  d->end_month = 4;
  ck_record_take_date (rec, CK_DATE_ISSUED, d);
  ck_record_set (rec, CK_FIELD_REVIEWED_TITLE, "Harbours of the Northern Sea");
  ck_record_take_name (rec, person (CK_ROLE_REVIEWED_AUTHOR, "Berg", "Anna"));

  ck_record_set (book, CK_FIELD_TITLE, "Harbours of the Northern Sea");
  ck_record_take_name (book, person (CK_ROLE_AUTHOR, "Berg", "Anna"));
  ck_record_set (book, CK_FIELD_PUBLISHER, "Tideway Press");
  ck_record_add_relation (rec, CK_RELATION_REVIEWS, book);
  ck_record_unref (book);
  return rec;
}

CkRecord *
mt_chapter (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_CHAPTER);
  ck_record_set_key (rec, "key with space");
  ck_record_set (rec, CK_FIELD_TITLE, "Lighthouses");
  ck_record_take_name (rec, person (CK_ROLE_AUTHOR, "Lind", "Mara"));
  ck_record_take_name (rec, person (CK_ROLE_CONTAINER_AUTHOR, "Ng", "Ola"));
  ck_record_take_name (rec, person (CK_ROLE_EDITOR, "Park", "Suh"));
  ck_record_set (rec, CK_FIELD_CONTAINER_TITLE, "Collected Coasts");
  ck_record_set (rec, CK_FIELD_PAGES, "12");
  ck_record_set (rec, CK_FIELD_CHAPTER_NUMBER, "3");
  ck_record_set (rec, CK_FIELD_PUBLISHER, "Gull Books");
  ck_record_set (rec, CK_FIELD_PUBLISHER_PLACE, "Bay City");
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (2001, 5, 3));
  return rec;
}

CkRecord *
mt_all_fields (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_REPORT);
  ck_record_set_key (rec, "ключ-1");
  for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
    {
      g_autofree char *v = g_strdup_printf ("value of %s", ck_field_to_csl (f));
      ck_record_set (rec, f, v);
    }
  for (guint k = 0; k < CK_DATE_N_KINDS; k++)
    ck_record_take_date (rec, k, ck_date_new_ymd (1900 + (int) k, (int) k + 1, 0));
  for (guint r = 0; r < CK_ROLE_N_ROLES; r++)
    {
      g_autofree char *family = g_strdup_printf ("Family%u", r);
      ck_record_take_name (rec, person (r, family, "Given"));
    }
  ck_record_set_extra (rec, "howpublished", "  spaced  ");
  return rec;
}

GPtrArray *
mt_rich_set (void)
{
  GPtrArray *set = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_record_unref);
  g_ptr_array_add (set, mt_rich_book ());
  g_ptr_array_add (set, mt_review ());
  g_ptr_array_add (set, mt_chapter ());
  g_ptr_array_add (set, mt_all_fields ());
  for (guint t = 0; t < CK_TYPE_N_TYPES; t++)
    {
      CkRecord *rec = ck_record_new (t);
      g_autofree char *title = g_strdup_printf ("A Work of Type %s", ck_type_to_csl (t));
      ck_record_set (rec, CK_FIELD_TITLE, title);
      ck_record_take_name (rec, person (CK_ROLE_AUTHOR, "Doe", "Ray"));
      ck_record_set (rec, CK_FIELD_CONTAINER_TITLE, "Some Container");
      ck_record_set (rec, CK_FIELD_VOLUME, "4");
      ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (2010, 0, 0));
      g_ptr_array_add (set, rec);
    }
  for (guint r = 0; r < CK_ROLE_N_ROLES; r++)
    {
      CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
      ck_record_set (rec, CK_FIELD_TITLE, "Roles");
      ck_record_take_name (rec, person (r, "Role", ck_role_to_csl (r)));
      g_ptr_array_add (set, rec);
    }
  {
    /* dates in every form */
    const char *texts[] = { "Summer 1962", "c. 1900", "n.d.", "1936-1937", "22 April 2010", "forthcoming" };
    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        CkRecord *rec = ck_record_new (CK_TYPE_ARTICLE_JOURNAL);
        CkDate *d = ck_date_parse (texts[i]);
        if (!d)
          {
            d = ck_date_new ();
            d->literal = g_strdup (texts[i]);
          }
        ck_record_set (rec, CK_FIELD_TITLE, texts[i]);
        ck_record_take_date (rec, CK_DATE_ISSUED, d);
        g_ptr_array_add (set, rec);
      }
  }
  {
    /* a chapter pointing at its book, and a book pointing at its series */
    CkRecord *rec = mt_chapter ();
    CkRecord *book = ck_record_new (CK_TYPE_BOOK);
    CkRecord *series = ck_record_new (CK_TYPE_PERIODICAL);
    ck_record_set (series, CK_FIELD_TITLE, "Shore Library");
    ck_record_take_name (series, person (CK_ROLE_EDITOR, "Wade", "Una"));
    ck_record_set (book, CK_FIELD_TITLE, "Collected Coasts");
    ck_record_take_name (book, person (CK_ROLE_EDITOR, "Park", "Suh"));
    ck_record_set (book, CK_FIELD_PUBLISHER, "Gull Books");
    ck_record_set (book, CK_FIELD_COLLECTION_NUMBER, "9");
    ck_record_add_relation (book, CK_RELATION_SERIES, series);
    ck_record_add_relation (rec, CK_RELATION_CONTAINER, book);
    ck_record_set (rec, CK_FIELD_VOLUME, "2");
    ck_record_unref (book);
    ck_record_unref (series);
    g_ptr_array_add (set, rec);
  }
  /* a record that is only a type (RIS "TY  - JOUR" alone) */
  g_ptr_array_add (set, ck_record_new (CK_TYPE_ARTICLE_MAGAZINE));
  {
    /* names of every shape */
    CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
    CkName *n = ck_name_new (CK_ROLE_AUTHOR);
    n->given = g_strdup ("Onlygiven");
    ck_record_take_name (rec, n);
    n = ck_name_new (CK_ROLE_EDITOR);
    n->family = g_strdup ("d'Alembert");
    n->given = g_strdup ("Jean");
    ck_record_take_name (rec, n);
    n = ck_name_new (CK_ROLE_AUTHOR);
    n->family = g_strdup ("Gogh");
    n->particle = g_strdup ("van");
    ck_record_take_name (rec, n);
    ck_record_take_name (rec, ck_name_new_literal (CK_ROLE_AUTHOR, "Office of  Statistics"));
    ck_record_set (rec, CK_FIELD_TITLE, "  Leading and trailing  ");
    ck_record_set (rec, CK_FIELD_NUMBER_OF_PAGES, "345 p.");
    ck_record_set (rec, CK_FIELD_URL, "http://bad host/%zz");
    g_ptr_array_add (set, rec);
  }
  return set;
}

char *
mt_write (GPtrArray *records, CkDiag *diag)
{
  CkWriteOptions opts = CK_WRITE_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;
  char *out;

  opts.diag = diag;
  out = ck_format_write_all (&ck_format_mods, records, &opts, &error);
  g_assert_no_error (error);
  g_assert_nonnull (out);
  return out;
}

char *
mt_write_one (CkRecord *rec, CkDiag *diag)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_ptr_array_add (one, rec);
  return mt_write (one, diag);
}

GPtrArray *
mt_read (const char *xml, gsize len, CkDiag *diag, GError **error)
{
  CkReadOptions opts = CK_READ_OPTIONS_INIT;
  opts.diag = diag;
  return ck_format_read_all (&ck_format_mods, xml, len, "test.xml", &opts, error);
}

static void
collect (void *ctx, xmlErrorPtr err)
{
  GString *s = ctx;
  g_string_append_printf (s, "line %d: %s", err->line, err->message ? err->message : "?\n");
}

gboolean
mt_validate (const char *xml, gsize len, char **out_messages)
{
  static xmlSchemaPtr schema = NULL;
  g_autoptr(GString) msgs = g_string_new (NULL);
  xmlSchemaValidCtxtPtr vctx;
  xmlDocPtr doc;
  int rc;

  if (!schema)
    {
      const char *dir = g_getenv ("CK_SCHEMA_DIR");
      g_autofree char *path = g_build_filename (dir ? dir : "schemas", "mods-3-8.xsd", NULL);
      xmlSchemaParserCtxtPtr pctx = xmlSchemaNewParserCtxt (path);
      schema = xmlSchemaParse (pctx);
      xmlSchemaFreeParserCtxt (pctx);
      g_assert_nonnull (schema);
    }
  doc = xmlReadMemory (xml, (int) len, "out.xml", NULL, XML_PARSE_NONET);
  if (!doc)
    {
      if (out_messages)
        *out_messages = g_strdup ("not well-formed");
      return FALSE;
    }
  vctx = xmlSchemaNewValidCtxt (schema);
  xmlSchemaSetValidStructuredErrors (vctx, collect, msgs);
  rc = xmlSchemaValidateDoc (vctx, doc);
  xmlSchemaFreeValidCtxt (vctx);
  xmlFreeDoc (doc);
  if (out_messages)
    *out_messages = g_strdup (msgs->str);
  return rc == 0;
}

void
mt_assert_valid (const char *xml)
{
  g_autofree char *msgs = NULL;
  if (!mt_validate (xml, strlen (xml), &msgs))
    {
      g_test_message ("%s", xml);
      g_test_message ("schema: %s", msgs);
      g_test_fail ();
    }
}

static void
assert_equal_at (const CkRecord *want, const CkRecord *got, const char *where)
{
  g_assert_cmpstr (ck_type_to_csl (ck_record_get_type (want)), ==, ck_type_to_csl (ck_record_get_type (got)));
  g_assert_cmpstr (ck_record_get_key (want), ==, ck_record_get_key (got));
  for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
    if (g_strcmp0 (ck_record_get (want, f), ck_record_get (got, f)) != 0)
      {
        g_test_message ("%s: field %s differs", where, ck_field_to_csl (f));
        g_assert_cmpstr (ck_record_get (want, f), ==, ck_record_get (got, f));
      }
  for (guint k = 0; k < CK_DATE_N_KINDS; k++)
    if (!ck_date_equal (ck_record_get_date (want, k), ck_record_get_date (got, k)))
      {
        const CkDate *a = ck_record_get_date (want, k), *b = ck_record_get_date (got, k);
        g_autofree char *sa = a ? ck_date_to_iso (a) : g_strdup ("(none)");
        g_autofree char *sb = b ? ck_date_to_iso (b) : g_strdup ("(none)");
        g_test_message ("%s: date %s differs", where, ck_date_kind_to_csl (k));
        g_assert_cmpstr (sa, ==, sb);
        g_assert_true (ck_date_equal (a, b));
      }
  g_assert_cmpuint (ck_record_get_n_names (want), ==, ck_record_get_n_names (got));
  for (guint i = 0; i < ck_record_get_n_names (want); i++)
    {
      const CkName *a = ck_record_get_name (want, i), *b = ck_record_get_name (got, i);
      g_assert_cmpstr (a->family, ==, b->family);
      g_assert_cmpstr (a->given, ==, b->given);
      g_assert_cmpstr (a->particle, ==, b->particle);
      g_assert_cmpstr (a->suffix, ==, b->suffix);
      g_assert_cmpstr (a->literal, ==, b->literal);
      g_assert_cmpint (a->role, ==, b->role);
    }
  g_assert_cmpuint (ck_record_get_n_extras (want), ==, ck_record_get_n_extras (got));
  for (guint i = 0; i < ck_record_get_n_extras (want); i++)
    {
      g_assert_cmpstr (ck_record_get_extra_key (want, i), ==, ck_record_get_extra_key (got, i));
      g_assert_cmpstr (ck_record_get_extra_value (want, i), ==, ck_record_get_extra_value (got, i));
    }
  g_assert_cmpuint (ck_record_get_n_relations (want), ==, ck_record_get_n_relations (got));
  for (guint i = 0; i < ck_record_get_n_relations (want); i++)
    {
      CkRelationKind ka, kb;
      CkRecord *a = ck_record_get_relation (want, i, &ka);
      CkRecord *b = ck_record_get_relation (got, i, &kb);
      g_autofree char *sub = g_strdup_printf ("%s/relation %u", where, i);
      g_assert_cmpint (ka, ==, kb);
      assert_equal_at (a, b, sub);
    }
  g_assert_true (ck_mods_record_equal (want, got));
}

void
mt_assert_equal (const CkRecord *want, const CkRecord *got)
{
  assert_equal_at (want, got, ck_record_get (want, CK_FIELD_TITLE) ? ck_record_get (want, CK_FIELD_TITLE) : "record");
}

char *
mt_fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "formats", "mods", name, NULL);
}
