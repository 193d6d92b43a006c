/* test-mods-write.c — the MODS writer (mods-write.c, mods-build.c,
 * mods-fix.c): schema validity, what Zotero needs, exact round trips. */
#include "mods-test-common.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>

/* Number of nodes @xpath selects in @xml (prefix m: = MODS, ck: = ours). */
static int
count (const char *xml, const char *xpath)
{
  xmlDocPtr doc = xmlReadMemory (xml, (int) strlen (xml), NULL, NULL, XML_PARSE_NONET);
  xmlXPathContextPtr ctx;
  xmlXPathObjectPtr obj;
  int n;

  g_assert_nonnull (doc);
  ctx = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (ctx, BAD_CAST "m", BAD_CAST CK_MODS_NS);
  xmlXPathRegisterNs (ctx, BAD_CAST "ck", BAD_CAST CK_MODS_EXT_NS);
  obj = xmlXPathEvalExpression (BAD_CAST xpath, ctx);
  g_assert_nonnull (obj);
  n = obj->nodesetval ? obj->nodesetval->nodeNr : 0;
  xmlXPathFreeObject (obj);
  xmlXPathFreeContext (ctx);
  xmlFreeDoc (doc);
  return n;
}

static void
test_validate_rich (void)
{
  g_autoptr(GPtrArray) set = mt_rich_set ();
  g_autofree char *xml = mt_write (set, NULL);
  mt_assert_valid (xml);
  g_assert_cmpint (count (xml, "/m:modsCollection/m:mods"), ==, (int) set->len);
}

static void
test_validate_each (void)
{
  g_autoptr(GPtrArray) set = mt_rich_set ();
  for (guint i = 0; i < set->len; i++)
    {
      g_autofree char *xml = mt_write_one (g_ptr_array_index (set, i), NULL);
      mt_assert_valid (xml);
    }
}

static void
test_zotero_book (void)
{
  g_autoptr(CkRecord) rec = mt_rich_book ();
  g_autofree char *xml = mt_write_one (rec, NULL);

  g_assert_cmpint (count (xml, "//m:mods/m:genre[@authority='marcgt'][.='book']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:genre[@authority='local'][.='book']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:physicalDescription/m:extent[1][.='xlvi, 345 p.']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:physicalDescription/m:extent[2][.='xlvi + 345']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:name[m:role/m:roleTerm[@type='code'][@authority='marcrelator']='aut']"
                               "[m:namePart[@type='family']='van der Berg'][m:namePart[@type='given']='Anna']"
                               "[m:namePart[@type='termsOfAddress']='Jr.']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:name[m:role/m:roleTerm[@type='code']='edt'][m:role/m:roleTerm[@type='text']='editor']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:name[m:role/m:roleTerm[@type='code']='trl']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:name[m:role/m:roleTerm[@type='code']='aui']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:name[m:role/m:roleTerm[@type='code']='com']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:name[@type='corporate'][m:role/m:roleTerm[@type='code']='ctb']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:titleInfo[not(@type)][m:title='Harbours of the Northern Sea']"
                               "[m:subTitle='Trade and Weather, 1850–1900']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:titleInfo[@type='translated'][m:title='Northern Harbours']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:originInfo[m:place/m:placeTerm[@type='text']='Port Ellis, Maine']"
                               "[m:publisher='Tideway Press & Sons'][m:dateIssued[@encoding='w3cdtf']='1996']"
                               "[m:edition='New edition'][m:issuance='monographic']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:note[@type='binding'][.='Paperback']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:note[@type='price'][.='$19.95']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:identifier[@type='isbn']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:subject/m:topic"), ==, 3);
  g_assert_cmpint (count (xml, "//m:mods/m:relatedItem[@type='series'][m:titleInfo/m:title='Studies in Coastal History']"
                               "[m:part/m:detail[@type='volume']/m:number='12']"
                               "[m:name/m:role/m:roleTerm[@type='code']='pbd']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:relatedItem[@type='constituent'][m:titleInfo/m:title='On Fog']"
                               "[m:name/m:role/m:roleTerm[@type='code']='trl']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:relatedItem[@type='original'][m:titleInfo/m:title='Les ports de la mer du Nord']"), ==, 1);
  /* the key: never @ID */
  g_assert_cmpint (count (xml, "//m:mods/m:recordInfo/m:recordIdentifier[.='a:b-1']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:identifier[@type='citekey'][.='a:b-1']"), ==, 1);
  g_assert_cmpint (count (xml, "//@ID"), ==, 0);
  /* the extras live in the extension */
  g_assert_cmpint (count (xml, "//m:mods/m:extension/ck:record/ck:extra[@key='owner'][.='library']"), ==, 1);
}

static void
test_zotero_parts (void)
{
  g_autoptr(CkRecord) review = mt_review ();
  g_autoptr(CkRecord) chapter = mt_chapter ();
  g_autofree char *xr = mt_write_one (review, NULL);
  g_autofree char *xc = mt_write_one (chapter, NULL);

  g_assert_cmpint (count (xr, "//m:mods/m:relatedItem[@type='host'][m:titleInfo/m:title='Coastal Review']"
                              "[m:titleInfo[@type='abbreviated']/m:title='Coast. Rev.']"
                              "[m:originInfo/m:issuance='continuing']"
                              "[m:part/m:detail[@type='volume']/m:number='73']"
                              "[m:part/m:detail[@type='issue']/m:number='2']"
                              "[m:part/m:extent[@unit='pages'][m:start='84'][m:end='97'][m:list='84–97']]"), ==, 1);
  g_assert_cmpint (count (xr, "//m:mods/m:relatedItem[@type='reviewOf'][m:titleInfo/m:title='Harbours of the Northern Sea']"), ==, 1);
  g_assert_cmpint (count (xr, "//m:mods/m:genre[@authority='marcgt'][.='review']"), ==, 1);
  g_assert_cmpint (count (xr, "//m:mods/m:originInfo/m:dateIssued[@point='start'][.='1998-03']"), ==, 1);
  g_assert_cmpint (count (xr, "//m:mods/m:originInfo/m:dateIssued[@point='end'][.='1998-04']"), ==, 1);

  g_assert_cmpint (count (xc, "//m:mods/m:genre[@authority='local'][.='bookSection']"), ==, 1);
  g_assert_cmpint (count (xc, "//m:mods/m:relatedItem[@type='host'][m:genre[@authority='marcgt']='book']"
                              "[m:name/m:role/m:roleTerm[@type='code']='aut']"
                              "[m:part/m:extent[m:start='12'][m:end='12']]"
                              "[m:part/m:detail[@type='chapter']/m:number='3']"), ==, 1);
  /* the book's editor stays on the chapter, where CSL and Zotero want it */
  g_assert_cmpint (count (xc, "//m:mods/m:name[m:role/m:roleTerm[@type='code']='edt']"), ==, 1);
}

static void
test_roundtrip (void)
{
  g_autoptr(GPtrArray) set = mt_rich_set ();
  g_autofree char *xml = mt_write (set, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) back = mt_read (xml, strlen (xml), NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, set->len);
  for (guint i = 0; i < set->len; i++)
    mt_assert_equal (g_ptr_array_index (set, i), g_ptr_array_index (back, i));
}

/* What a typical record needs in the extension: nothing for a plain book. */
static void
test_extension_minimal (void)
{
  g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
  g_autofree char *xml = NULL;

  ck_record_set (rec, CK_FIELD_TITLE, "Plain");
  ck_record_set (rec, CK_FIELD_SUBTITLE, "A Book");
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_AUTHOR, "Doe", "Jane"));
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_EDITOR, "Roe", "Rick"));
  ck_record_set (rec, CK_FIELD_PUBLISHER, "Press");
  ck_record_set (rec, CK_FIELD_PUBLISHER_PLACE, "Town");
  ck_record_set (rec, CK_FIELD_NUMBER_OF_PAGES, "xii + 200");
  ck_record_set (rec, CK_FIELD_ORIGINAL_TITLE, "Einfach");
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (1980, 0, 0));
  ck_record_set_key (rec, "doe1980plain");
  xml = mt_write_one (rec, NULL);
  g_assert_cmpint (count (xml, "//m:extension"), ==, 0);
}

/* Characters XML cannot hold stay out of the MODS text (which stays
 * well-formed and valid), are reported, and come back exactly from the
 * extension. */
static void
test_control_chars (void)
{
  g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autofree char *xml = NULL;
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;
  CkName *n = ck_name_new_personal (CK_ROLE_AUTHOR, "Nul\x02l", "A");

  n->suffix = g_strdup ("bad \xff byte");
  ck_record_set (rec, CK_FIELD_TITLE, "Bad\x01Title\x1f here \\u0001 \xef\xbf\xbf");
  ck_record_take_name (rec, n);
  ck_record_set_extra (rec, "weird\x03key", "v\x04");
  ck_record_set_extra (rec, "plain", "back\\slash");
  ck_record_set_key (rec, "k\x05");
  xml = mt_write_one (rec, diag);
  mt_assert_valid (xml);
  g_assert_cmpint (count (xml, "//m:mods/m:titleInfo/m:title[.='BadTitle here \\u0001 ']"), ==, 1);
  g_assert_cmpint (count (xml, "//m:mods/m:recordInfo/m:recordIdentifier[.='k']"), ==, 1);
  g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_WARNING), >=, 5);
  g_assert_false (ck_diag_has_drops (diag));
  back = mt_read (xml, strlen (xml), NULL, &error);
  g_assert_no_error (error);
  mt_assert_equal (rec, g_ptr_array_index (back, 0));
}

/* Fields MODS has no element for are tallied as kept in the extension,
 * never as dropped. */
static void
test_extension_report (void)
{
  g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_PAPER_CONFERENCE);
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autofree char *xml = NULL;
  gboolean saw_event = FALSE, saw_extra = FALSE;

  ck_record_set (rec, CK_FIELD_TITLE, "Talk");
  ck_record_set (rec, CK_FIELD_EVENT, "Symposium on Tides");
  ck_record_set_extra (rec, "bibtex:owner", "me");
  xml = mt_write_one (rec, diag);
  g_assert_false (ck_diag_has_drops (diag));
  for (guint i = 0; i < ck_diag_get_n_losses (diag); i++)
    {
      g_autofree char *line = ck_diag_format_loss (diag, i);
      saw_event |= strstr (line, "event-title") && strstr (line, "extension");
      saw_extra |= strstr (line, "bibtex:owner") && strstr (line, "extension");
    }
  g_assert_true (saw_event);
  g_assert_true (saw_extra);
  g_assert_cmpint (count (xml, "//ck:field[@name='event-title'][.='Symposium on Tides']"), ==, 1);
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autofree char *xml = mt_write (none, NULL);
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) back = NULL;

  mt_assert_valid (xml);
  back = mt_read (xml, strlen (xml), diag, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, 0);
  g_assert_cmpuint (ck_diag_get_n_messages (diag), ==, 0);
}

/* The writer streams: begin, records, end, each appending to the string. */
static void
test_streaming (void)
{
  g_autoptr(CkWriter) w = ck_writer_new (&ck_format_mods, NULL, NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(CkRecord) rec = mt_chapter ();
  gsize after_begin;

  g_assert_true (ck_writer_begin (w, out, NULL));
  g_assert_nonnull (strstr (out->str, "<modsCollection"));
  after_begin = out->len;
  g_assert_true (ck_writer_write (w, out, rec, NULL));
  g_assert_nonnull (strstr (out->str + after_begin, "</mods>"));
  g_string_truncate (out, 0);   /* the caller may drain between records */
  g_assert_true (ck_writer_write (w, out, rec, NULL));
  g_assert_true (ck_writer_end (w, out, NULL));
  g_assert_true (g_str_has_suffix (g_strchomp (out->str), "</modsCollection>"));
}

/* Random text from a small alphabet that hits every special case: XML
 * metacharacters, separators the mapping splits on, whitespace at the
 * ends, backslashes, C0 controls, non-ASCII, and words that look like
 * genres, dates, page ranges or particles. */
static char *
random_text (void)
{
  static const char * const atoms[] = {
    "a", "Zed", "van", "de la", " ", "  ", ",", ";", ":", "-", "–", "+", "<", "&", "\"", "'",
    "\\", "\x01", "\x1f", "\t", "\n", "é", "ß", "日本", "\xf0\x9f\x93\x9a", "1998", "03",
    "p.", "xlvi", "345", "book", "journal", "cm", "24 cm", "x", "n.d.", "Summer", "c.", "http://",
    "%zz", "]]>", "&amp;",
  };
  GString *s = g_string_new (NULL);
  guint n = (guint) g_test_rand_int_range (1, 7);
  for (guint i = 0; i < n; i++)
    g_string_append (s, atoms[g_test_rand_int_range (0, G_N_ELEMENTS (atoms))]);
  return g_string_free (s, FALSE);
}

static CkDate *
random_date (void)
{
  CkDate *d = ck_date_new ();
  switch (g_test_rand_int_range (0, 5))
    {
    case 0:
      d->literal = random_text ();
      break;
    case 1:
      d->year = g_test_rand_int_range (1, 3000);
      d->season = (CkSeason) g_test_rand_int_range (1, 5);
      break;
    case 2:
      d->year = g_test_rand_int_range (1, 3000);
      d->month = g_test_rand_int_range (1, 13);
      d->end_year = d->year + g_test_rand_int_range (0, 3);
      d->end_month = g_test_rand_int_range (1, 13);
      d->circa = g_test_rand_bit ();
      break;
    default:
      d->year = g_test_rand_int_range (-50, 12000);
      d->month = g_test_rand_int_range (0, 13);
      d->day = d->month ? g_test_rand_int_range (0, 29) : 0;
      if (d->year == 0)
        d->literal = g_strdup ("zero");
      break;
    }
  return d;
}

static CkRecord *
random_record (guint depth)
{
  CkRecord *rec = ck_record_new ((CkType) g_test_rand_int_range (0, CK_TYPE_N_TYPES));
  guint n;

  if (g_test_rand_bit ())
    {
      g_autofree char *k = random_text ();
      ck_record_set_key (rec, k);
    }
  for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
    if (g_test_rand_int_range (0, 3) == 0)
      ck_record_take (rec, f, random_text ());
  n = (guint) g_test_rand_int_range (0, 6);
  for (guint i = 0; i < n; i++)
    {
      CkName *name = ck_name_new ((CkRole) g_test_rand_int_range (0, CK_ROLE_N_ROLES));
      char **parts[] = { &name->family, &name->given, &name->particle, &name->suffix, &name->literal };
      for (guint j = 0; j < G_N_ELEMENTS (parts); j++)
        if (g_test_rand_int_range (0, 3) == 0)
          *parts[j] = random_text ();
      ck_record_take_name (rec, name);
    }
  for (guint k = 0; k < CK_DATE_N_KINDS; k++)
    if (g_test_rand_int_range (0, 3) == 0)
      ck_record_take_date (rec, k, random_date ());
  n = (guint) g_test_rand_int_range (0, 4);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *key = random_text ();
      g_autofree char *value = random_text ();
      ck_record_set_extra (rec, key, value);
    }
  if (depth < 3)
    {
      n = (guint) g_test_rand_int_range (0, 3);
      for (guint i = 0; i < n; i++)
        {
          CkRecord *t = random_record (depth + 1);
          ck_record_add_relation (rec, (CkRelationKind) g_test_rand_int_range (0, CK_RELATION_N_KINDS), t);
          ck_record_unref (t);
        }
    }
  return rec;
}

/* Property: any record, however odd, writes as valid MODS and reads back
 * equal (the seed is printed by the test framework; --seed replays it). */
static void
test_roundtrip_random (void)
{
  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(CkRecord) rec = random_record (0);
      g_autofree char *xml = mt_write_one (rec, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) back = NULL;

      mt_assert_valid (xml);
      back = mt_read (xml, strlen (xml), NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (back->len, ==, 1);
      if (!ck_mods_record_equal (rec, g_ptr_array_index (back, 0)))
        g_test_message ("%s", xml);
      mt_assert_equal (rec, g_ptr_array_index (back, 0));
    }
}

static void
test_zotero_extent (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "xlvi + 345", "xlvi, 345 p." },
    { "345", "345 p." },
    { "xvii, 389", "xvii, 389 p." },
    { "345 p.", NULL },
    { "xvii, 389 pages", NULL },
    { "2 vols.", NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *z = ck_mods_zotero_extent (cases[i].in);
      g_assert_cmpstr (z, ==, cases[i].out);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/formats/mods/write/valid-collection", test_validate_rich);
  g_test_add_func ("/formats/mods/write/valid-each", test_validate_each);
  g_test_add_func ("/formats/mods/write/zotero-book", test_zotero_book);
  g_test_add_func ("/formats/mods/write/zotero-parts", test_zotero_parts);
  g_test_add_func ("/formats/mods/write/zotero-extent", test_zotero_extent);
  g_test_add_func ("/formats/mods/write/extension-minimal", test_extension_minimal);
  g_test_add_func ("/formats/mods/write/control-chars", test_control_chars);
  g_test_add_func ("/formats/mods/write/extension-report", test_extension_report);
  g_test_add_func ("/formats/mods/write/empty", test_empty);
  g_test_add_func ("/formats/mods/write/streaming", test_streaming);
  g_test_add_func ("/formats/mods/roundtrip/rich", test_roundtrip);
  g_test_add_func ("/formats/mods/roundtrip/random", test_roundtrip_random);
  return g_test_run ();
}
