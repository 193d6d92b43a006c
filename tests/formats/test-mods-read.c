/* test-mods-read.c — the MODS reader (mods-read.c, mods-map.c): the
 * fixture manifest, what each tolerated variant reads as, positioned
 * errors, and the shared corpus when it is present. */
#include "mods-test-common.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  char  *file;
  char  *outcome;   /* "ok", or the CkError expected: "parse", "limit", "encoding", "empty" */
  guint  records;
  guint  warnings;
} Case;

static void
case_free (gpointer p)
{
  Case *c = p;
  g_free (c->file);
  g_free (c->outcome);
  g_free (c);
}

static GPtrArray *
read_fixture (const char *name, CkDiag *diag, GError **error)
{
  g_autofree char *path = mt_fixture_path (name);
  g_autofree char *data = NULL;
  gsize len = 0;
  CkReadOptions opts = CK_READ_OPTIONS_INIT;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  opts.diag = diag;
  return ck_format_read_all (&ck_format_mods, data, len, name, &opts, error);
}

static void
test_manifest_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_fixture (c->file, diag, &error);

  if (strcmp (c->outcome, "ok") == 0)
    {
      g_assert_no_error (error);
      g_assert_cmpuint (recs->len, ==, c->records);
      g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_WARNING), >=, c->warnings);
      if (c->warnings == 0)
        g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_WARNING), ==, 0);
      /* what was read can be written, and the result is valid MODS */
      {
        g_autofree char *xml = mt_write (recs, NULL);
        mt_assert_valid (xml);
      }
    }
  else
    {
      g_autofree char *prefix = g_strdup_printf ("%s:", c->file);
      g_assert_null (recs);
      int code = strcmp (c->outcome, "limit") == 0 ? CK_ERROR_LIMIT :
                 strcmp (c->outcome, "encoding") == 0 ? CK_ERROR_ENCODING :
                 strcmp (c->outcome, "empty") == 0 ? CK_ERROR_EMPTY : CK_ERROR_PARSE;
      g_assert_error (error, CK_ERROR, code);
      /* file:line:col: what */
      g_assert_true (g_str_has_prefix (error->message, prefix));
      g_assert_true (g_regex_match_simple ("^[^:]+:[0-9]+:[0-9]+: .", error->message, 0, 0));
    }
}

static void
test_single_prefixed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_fixture ("y_single_prefixed.xml", NULL, &error);
  CkRecord *r;
  const CkName *n;

  g_assert_no_error (error);
  r = g_ptr_array_index (recs, 0);
  g_assert_cmpint (ck_record_get_type (r), ==, CK_TYPE_BOOK);            /* from issuance */
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_TITLE), ==, "The Lantern Keepers");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_SUBTITLE), ==, "an oral history");
  g_assert_cmpuint (ck_record_get_n_names (r), ==, 3);
  n = ck_record_get_name (r, 0);
  g_assert_cmpstr (n->family, ==, "Tarrow");
  g_assert_cmpstr (n->given, ==, "Edwin");
  g_assert_cmpint (n->role, ==, CK_ROLE_AUTHOR);                          /* text "Creator" */
  n = ck_record_get_name (r, 1);
  g_assert_cmpstr (n->particle, ==, "de la");
  g_assert_cmpstr (n->family, ==, "Vega");
  g_assert_cmpint (n->role, ==, CK_ROLE_EDITOR);                          /* misspelt authority */
  n = ck_record_get_name (r, 2);
  g_assert_cmpstr (n->literal, ==, "Harbour Board, Archives Unit");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER_PLACE), ==, "Gullport");  /* code skipped */
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER), ==, "Beacon House");    /* 3.8 agent */
  g_assert_cmpint (ck_record_get_date (r, CK_DATE_ISSUED)->year, ==, 1999);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_LANGUAGE), ==, "eng");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_NUMBER_OF_PAGES), ==, "xii, 300 p.");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_DIMENSIONS), ==, "24 cm.");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_NOTE), ==, "statement of responsibility: Edwin Tarrow.\nIncludes index.");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_KEYWORD), ==, "Lighthouses, Keepers");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_CALL_NUMBER), ==, "VK1000 .T37 1999");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_ISBN), ==, "0000000000");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_URL), ==, "http://example.org/keepers");
  g_assert_cmpstr (ck_record_get_key (r), ==, "12345678");
}

static void
test_collection_plain (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_fixture ("y_collection_plain.xml", NULL, &error);
  CkRecord *a, *b;

  g_assert_no_error (error);
  a = g_ptr_array_index (recs, 0);
  g_assert_cmpint (ck_record_get_type (a), ==, CK_TYPE_ARTICLE_JOURNAL);
  g_assert_cmpstr (ck_record_get_key (a), ==, "quill1983");
  g_assert_cmpstr (ck_record_get_name (a, 0)->given, ==, "Carla M");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_CONTAINER_TITLE), ==, "Journal of Estuaries");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_VOLUME), ==, "50");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PAGES), ==, "723-735");
  g_assert_cmpint (ck_record_get_date (a, CK_DATE_ISSUED)->month, ==, 2);

  b = g_ptr_array_index (recs, 1);
  g_assert_cmpint (ck_record_get_type (b), ==, CK_TYPE_CHAPTER);          /* host without genre */
  g_assert_cmpstr (ck_record_get_key (b), ==, "ross-2001");               /* @ID */
  g_assert_cmpuint (ck_record_get_n_names (b), ==, 4);
  g_assert_cmpint (ck_record_get_name (b, 1)->role, ==, CK_ROLE_EDITOR);
  /* no @type, one part with a comma: a personal name */
  g_assert_cmpstr (ck_record_get_name (b, 2)->family, ==, "Ulm");
  g_assert_cmpstr (ck_record_get_name (b, 2)->given, ==, "Fen");
  g_assert_cmpint (ck_record_get_name (b, 2)->role, ==, CK_ROLE_CONTRIBUTOR);
  /* the host's author comes after the record's own names */
  g_assert_cmpint (ck_record_get_name (b, 3)->role, ==, CK_ROLE_CONTAINER_AUTHOR);
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Dune Press");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER_PLACE), ==, "Sandton");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PAGES), ==, "5-19");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_COLLECTION_TITLE), ==, "Shore Studies");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_COLLECTION_NUMBER), ==, "4");
  g_assert_cmpint (ck_record_get_date (b, CK_DATE_ISSUED)->year, ==, 2001);
}

static void
test_latin1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_fixture ("y_latin1.xml", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ck_record_get (g_ptr_array_index (recs, 0), CK_FIELD_TITLE), ==, "Café au bord de l'eau");
  g_assert_cmpstr (ck_record_get_name (g_ptr_array_index (recs, 0), 0)->family, ==, "Müller");
}

static void
test_bom_crlf (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_fixture ("y_bom_crlf.xml", NULL, &error);
  g_assert_no_error (error);
  /* XML normalizes line ends to LF */
  g_assert_cmpstr (ck_record_get (g_ptr_array_index (recs, 0), CK_FIELD_TITLE), ==, "Line\nEndings");
}

static void
test_error_position (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_fixture ("n_unclosed.xml", NULL, &error);
  g_assert_null (recs);
  g_assert_error (error, CK_ERROR, CK_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "n_unclosed.xml:3:"));
}

static gboolean
stop_after_first (CkRecord *rec, gpointer user_data, GError **error)
{
  guint *n = user_data;
  if (++*n == 2)
    {
      g_set_error_literal (error, CK_ERROR, CK_ERROR_FAILED, "enough");
      return FALSE;
    }
  return TRUE;
}

/* The callback can stop the reader; its error comes back unchanged. */
static void
test_callback_stops (void)
{
  g_autofree char *path = mt_fixture_path ("y_collection_plain.xml");
  g_autofree char *data = NULL;
  gsize len;
  guint n = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_false (ck_format_read (&ck_format_mods, data, len, "x", NULL, stop_after_first, &n, &error));
  g_assert_error (error, CK_ERROR, CK_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "enough");
  g_assert_cmpuint (n, ==, 2);
}

static void
test_empty_input (void)
{
  static const char *inputs[] = { "", "  \n\t", "\xef\xbb\xbf\n" };
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) recs = ck_format_read_all (&ck_format_mods, inputs[i], strlen (inputs[i]),
                                                      "empty.xml", NULL, &error);
      g_assert_null (recs);
      g_assert_error (error, CK_ERROR, CK_ERROR_EMPTY);
      g_assert_true (g_str_has_prefix (error->message, "empty.xml:1:1: "));
    }
}

static void
test_probe (void)
{
  static const char coll[] = "<?xml version=\"1.0\"?>\n<modsCollection xmlns=\"http://www.loc.gov/mods/v3\">";
  static const char bib[] = "@book{x, title={y}}";
  g_assert_true (ck_format_detect ("a.xml", coll, sizeof coll - 1) == &ck_format_mods);
  g_assert_true (ck_format_detect (NULL, coll, sizeof coll - 1) == &ck_format_mods);
  g_assert_true (ck_format_detect ("a.bib", bib, sizeof bib - 1) != &ck_format_mods);
}

/* Every MODS file of the shared corpus reads, and what is read writes as
 * valid MODS that reads back to the same records. */
static void
test_corpus (void)
{
  const char *shared = g_getenv ("CK_SHARED_DIR");
  g_autofree char *dir_path = shared ? g_build_filename (shared, "corpus", "mods", NULL) : NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint files = 0, records = 0;

  if (!dir_path || !g_file_test (dir_path, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("CK_SHARED_DIR/corpus/mods is not here");
      return;
    }
  dir = g_dir_open (dir_path, 0, NULL);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *data = NULL, *xml = NULL, *msgs = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) recs = NULL, back = NULL;
      gsize len;

      if (!g_str_has_suffix (name, ".xml"))
        continue;
      g_assert_true (g_file_get_contents (path, &data, &len, NULL));
      recs = ck_format_read_all (&ck_format_mods, data, len, name, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (recs->len, >, 0);
      xml = mt_write (recs, NULL);
      if (!mt_validate (xml, strlen (xml), &msgs))
        {
          g_test_message ("%s: %s", name, msgs);
          g_test_fail ();
        }
      back = mt_read (xml, strlen (xml), NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (back->len, ==, recs->len);
      for (guint i = 0; i < recs->len; i++)
        mt_assert_equal (g_ptr_array_index (recs, i), g_ptr_array_index (back, i));
      files++;
      records += recs->len;
    }
  g_test_message ("corpus: %u files, %u records read, written, validated and read back", files, records);
  g_assert_cmpuint (files, >, 0);
}

int
main (int argc, char **argv)
{
  g_autofree char *manifest_path = NULL;
  g_autofree char *manifest = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (case_free);

  g_test_init (&argc, &argv, NULL);
  manifest_path = mt_fixture_path ("manifest.txt");
  g_assert_true (g_file_get_contents (manifest_path, &manifest, NULL, NULL));
  lines = g_strsplit (manifest, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) f = NULL;
      g_autofree char *path = NULL;
      Case *c;
      if (lines[i][0] == '#' || !*g_strstrip (lines[i]))
        continue;
      f = g_regex_split_simple ("\\s+", lines[i], 0, 0);
      c = g_new0 (Case, 1);
      c->file = g_strdup (f[0]);
      c->outcome = g_strdup (f[1]);
      c->records = f[1] && f[2] ? (guint) atoi (f[2]) : 0;
      c->warnings = f[2] && f[3] ? (guint) atoi (f[3]) : 0;
      g_ptr_array_add (cases, c);
      path = g_strdup_printf ("/formats/mods/read/manifest/%s", c->file);
      g_test_add_data_func (path, c, test_manifest_case);
    }
  g_test_add_func ("/formats/mods/read/single-prefixed", test_single_prefixed);
  g_test_add_func ("/formats/mods/read/collection-plain", test_collection_plain);
  g_test_add_func ("/formats/mods/read/latin1", test_latin1);
  g_test_add_func ("/formats/mods/read/bom-crlf", test_bom_crlf);
  g_test_add_func ("/formats/mods/read/error-position", test_error_position);
  g_test_add_func ("/formats/mods/read/callback-stops", test_callback_stops);
  g_test_add_func ("/formats/mods/probe", test_probe);
  g_test_add_func ("/formats/mods/read/empty-input", test_empty_input);
  g_test_add_func ("/formats/mods/read/corpus", test_corpus);
  return g_test_run ();
}
