/* test-mods-safety.c — hostile MODS input: external entities (XXE),
 * entity expansion bombs, external DTDs, nesting depth, and the shared
 * proof-of-concept files when present.  Every case must end quickly with
 * a positioned error or with records that carry nothing injected. */
#include "mods-test-common.h"
#include "util/xml-safe.h"

#include <glib/gstdio.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <string.h>
#include <unistd.h>

#define MARKER "CITEKIT-SECRET-7f3a"

static GPtrArray *
read_text (const char *xml, const CkReadOptions *opts, GError **error)
{
  return ck_format_read_all (&ck_format_mods, xml, strlen (xml), "hostile.xml", opts, error);
}

static char *
secret_file (void)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("ck-secret-XXXXXX", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, MARKER "\n", -1, NULL));
  return path;
}

/* The reader refuses the DOCTYPE; and even below that refusal, the safe
 * parser options never load the file: the entity stays empty and the
 * mapping reads no text from it. */
static void
test_xxe (void)
{
  g_autofree char *path = secret_file ();
  g_autofree char *xml = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n<!DOCTYPE mods [ <!ENTITY s SYSTEM \"file://%s\"> ]>\n"
    "<mods xmlns=\"" CK_MODS_NS "\"><titleInfo><title>x&s;y</title></titleInfo>"
    "<note>&s;</note></mods>\n", path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_text (xml, NULL, &error);
  xmlDocPtr doc;
  xmlEntityPtr ent;
  g_autoptr(CkRecord) rec = NULL;
  CkModsMapContext ctx = { "hostile.xml", NULL, 256 };

  g_assert_null (recs);
  g_assert_error (error, CK_ERROR, CK_ERROR_PARSE);
  g_assert_null (strstr (error->message, MARKER));
  g_assert_true (g_str_has_prefix (error->message, "hostile.xml:"));

  doc = xmlReadMemory (xml, (int) strlen (xml), NULL, NULL, CK_XML_SAFE_OPTIONS | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  ent = xmlGetDocEntity (doc, BAD_CAST "s");
  g_assert_nonnull (ent);
  g_assert_null (ent->children);          /* never loaded */
  rec = ck_mods_map_record (xmlDocGetRootElement (doc), &ctx, 0);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "xy");
  g_assert_null (ck_record_get (rec, CK_FIELD_NOTE));
  xmlFreeDoc (doc);
  g_unlink (path);
}

static void
test_billion_laughs (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE mods [\n <!ENTITY l0 \"ha\">\n");
  gint64 start;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = NULL;

  for (int i = 1; i <= 12; i++)
    {
      g_string_append_printf (xml, " <!ENTITY l%d \"", i);
      for (int j = 0; j < 10; j++)
        g_string_append_printf (xml, "&l%d;", i - 1);
      g_string_append (xml, "\">\n");
    }
  g_string_append (xml, "]>\n<mods xmlns=\"" CK_MODS_NS "\"><titleInfo><title>&l12;</title></titleInfo></mods>\n");

  start = g_get_monotonic_time ();
  recs = read_text (xml->str, NULL, &error);
  g_assert_null (recs);
  g_assert_error (error, CK_ERROR, CK_ERROR_PARSE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);

  /* the mapping itself never expands a reference either */
  {
    xmlDocPtr doc = xmlReadMemory (xml->str, (int) xml->len, NULL, NULL, CK_XML_SAFE_OPTIONS | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (doc)
      {
        CkModsMapContext ctx = { "x", NULL, 256 };
        g_autoptr(CkRecord) rec = ck_mods_map_record (xmlDocGetRootElement (doc), &ctx, 0);
        g_assert_null (ck_record_get (rec, CK_FIELD_TITLE));
        xmlFreeDoc (doc);
      }
  }
  g_assert_cmpint (g_get_monotonic_time () - start, <, 4 * G_USEC_PER_SEC);
  g_string_free (xml, TRUE);
}

static void
test_external_dtd (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\"?>\n<!DOCTYPE mods SYSTEM \"http://127.0.0.1:9/m.dtd\">\n"
    "<mods xmlns=\"" CK_MODS_NS "\"><titleInfo><title>t</title></titleInfo></mods>";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_text (xml, NULL, &error);
  g_assert_null (recs);
  g_assert_error (error, CK_ERROR, CK_ERROR_PARSE);
}

/* A bare DOCTYPE declares nothing: harmless, accepted. */
static void
test_plain_doctype (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\"?>\n<!DOCTYPE mods>\n"
    "<mods xmlns=\"" CK_MODS_NS "\"><titleInfo><title>t</title></titleInfo></mods>";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_text (xml, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recs->len, ==, 1);
}

static char *
nested (guint depth)
{
  GString *s = g_string_new ("<?xml version=\"1.0\"?>\n<modsCollection xmlns=\"" CK_MODS_NS "\"><mods>"
                             "<titleInfo><title>deep</title></titleInfo>\n");
  for (guint i = 0; i < depth; i++)
    g_string_append (s, "<relatedItem type=\"host\"><titleInfo><title>h</title></titleInfo>\n");
  for (guint i = 0; i < depth; i++)
    g_string_append (s, "</relatedItem>");
  g_string_append (s, "</mods></modsCollection>\n");
  return g_string_free (s, FALSE);
}

static void
test_depth_limit (void)
{
  CkReadOptions opts = CK_READ_OPTIONS_INIT;
  g_autofree char *ok_doc = nested (12);
  g_autofree char *deep_doc = nested (20);
  g_autofree char *very_deep = nested (100000);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = NULL;

  opts.max_depth = 16;
  recs = read_text (ok_doc, &opts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recs->len, ==, 1);
  g_clear_pointer (&recs, g_ptr_array_unref);

  recs = read_text (deep_doc, &opts, &error);
  g_assert_null (recs);
  g_assert_error (error, CK_ERROR, CK_ERROR_LIMIT);
  g_assert_true (g_regex_match_simple ("^hostile\\.xml:[0-9]+:[0-9]+: ", error->message, 0, 0));
  g_clear_error (&error);

  /* the default limit (and libxml2's own) stops a 100,000-deep file early */
  recs = read_text (very_deep, NULL, &error);
  g_assert_null (recs);
  g_assert_nonnull (error);
  g_assert_true (error->code == CK_ERROR_LIMIT || error->code == CK_ERROR_PARSE);
}

/* A record with a text over max_field is skipped with a warning; the
 * others are read. */
static void
test_max_field (void)
{
  CkReadOptions opts = CK_READ_OPTIONS_INIT;
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = NULL;
  g_autofree char *big = g_strnfill (5000, 'x');
  g_autofree char *xml = g_strdup_printf (
    "<modsCollection xmlns=\"" CK_MODS_NS "\"><mods><titleInfo><title>short</title></titleInfo></mods>"
    "<mods><titleInfo><title>%s</title></titleInfo></mods></modsCollection>", big);

  opts.max_field = 1000;
  opts.diag = diag;
  recs = read_text (xml, &opts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recs->len, ==, 1);
  g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_WARNING), ==, 1);
}

/* relatedItems nested within the limit all map (recursion is bounded by it). */
static void
test_deep_related_maps (void)
{
  g_autofree char *doc = nested (200);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_text (doc, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ck_record_get (g_ptr_array_index (recs, 0), CK_FIELD_CONTAINER_TITLE), ==, "h");
}

/* libxml2 reports undecodable input through its global handlers, which
 * print by default; the reader routes them into its error instead, and
 * leaves the caller's handlers as they were. */
static void
test_quiet (void)
{
  if (g_test_subprocess ())
    {
      static const char sjis[] = "<?xml version=\"1.0\" encoding=\"SHIFT_JIS\"?>\n"
                                 "<mods><titleInfo><title>\x81\xff\x81</title></titleInfo></mods>";
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) recs = read_text (sjis, NULL, &error);
      g_assert_null (recs);
      g_assert_error (error, CK_ERROR, CK_ERROR_ENCODING);
      g_assert_true (g_regex_match_simple ("^hostile\\.xml:[1-9][0-9]*:[1-9][0-9]*: ", error->message, 0, 0));
      g_assert_true (xmlGenericError != NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

static void
test_pocs (void)
{
  const char *shared = g_getenv ("CK_SHARED_DIR");
  g_autofree char *dir_path = shared ? g_build_filename (shared, "corpus", "pocs", NULL) : NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint seen = 0;

  if (!dir_path || !g_file_test (dir_path, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("CK_SHARED_DIR/corpus/pocs is not here");
      return;
    }
  dir = g_dir_open (dir_path, 0, NULL);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *data = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) recs = NULL;
      gsize len;
      gint64 start;

      if (!g_str_has_prefix (name, "mods_") || !g_str_has_suffix (name, ".xml"))
        continue;
      g_assert_true (g_file_get_contents (path, &data, &len, NULL));
      start = g_get_monotonic_time ();
      recs = ck_format_read_all (&ck_format_mods, data, len, name, NULL, &error);
      g_test_message ("%s: %s (%.3f s)", name, recs ? "read" : error->message,
                      (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC);
      if (!recs)
        g_assert_true (g_regex_match_simple ("^mods_[a-z_]+\\.xml:[0-9]+:[0-9]+: ", error->message, 0, 0));
      g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
      seen++;
    }
  g_assert_cmpuint (seen, >, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/formats/mods/safety/xxe", test_xxe);
  g_test_add_func ("/formats/mods/safety/billion-laughs", test_billion_laughs);
  g_test_add_func ("/formats/mods/safety/external-dtd", test_external_dtd);
  g_test_add_func ("/formats/mods/safety/plain-doctype", test_plain_doctype);
  g_test_add_func ("/formats/mods/safety/depth-limit", test_depth_limit);
  g_test_add_func ("/formats/mods/safety/deep-related", test_deep_related_maps);
  g_test_add_func ("/formats/mods/safety/max-field", test_max_field);
  g_test_add_func ("/formats/mods/safety/quiet", test_quiet);
  g_test_add_func ("/formats/mods/safety/pocs", test_pocs);
  return g_test_run ();
}
