/* test-bibtex-corpus.c — BibTeX → record → BibTeX on the real files in
 * $CK_SHARED_DIR/corpus/bib (skipped when that folder is absent).
 *
 * Each file is read with the format ck_format_detect() picks, written
 * back with the same format, and both texts are parsed by the raw scanner.
 * Entries are matched in order; for every field of the original we count
 * whether the written entry has it identical, equal after normalization
 * (LaTeX ↔ Unicode, white space, name order, month forms), changed or
 * lost, and every field the writer added.  Set CK_CORPUS_VERBOSE=1 to see
 * each difference.
 */
#include "formats/bibtex-private.h"
#include "util/latex.h"

#include <string.h>

typedef struct {
  guint entries_in, entries_out, xdata;
  guint fields, identical, normalized, changed, lost, added;
  guint keys_changed, types_changed;
} Tally;

static gboolean
collect (BtEntry *entry, gpointer user_data, GError **error)
{
  if (strcmp (entry->type, "preamble") == 0)
    bt_entry_free (entry);
  else
    g_ptr_array_add (user_data, entry);
  return TRUE;
}

static gboolean
is_name_field (const char *name)
{
  const BtFieldMap *row = bt_map_lookup (NULL, name);
  return (row && row->kind == BT_KIND_NAMES) || strcmp (name, "editora") == 0
         || strcmp (name, "editorb") == 0 || strcmp (name, "holder") == 0;
}

static char *
norm_text (const char *value)
{
  g_autofree char *dec = ck_latex_decode (value, -1, CK_LATEX_DECODE_TIE_AS_SPACE, NULL);
  g_autofree char *nfc = g_utf8_normalize (dec, -1, G_NORMALIZE_NFC);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = nfc ? nfc : dec; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0xA0 || c == 0x202F)
        space = TRUE;
      else
        {
          if (space && out->len)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

static char *
norm_names (const char *value)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  GString *out = g_string_new (NULL);
  gboolean others = FALSE;

  bt_names_parse (value, CK_ROLE_AUTHOR, names, &others);
  for (guint i = 0; i < names->len; i++)
    {
      const CkName *n = g_ptr_array_index (names, i);
      g_autofree char *d = ck_name_format_display (n);
      g_string_append_printf (out, "%s|", d ? d : "");
    }
  if (others)
    g_string_append (out, "others");
  return g_string_free (out, FALSE);
}

static int
month_number (const char *v)
{
  int m = ck_month_from_name (v, strlen (v));
  if (!m && v[0] && g_ascii_isdigit (v[0]))
    m = atoi (v);
  return m;
}

static gboolean
equal_normalized (const char *name, const char *a, const char *b)
{
  if (strcmp (name, "month") == 0 && month_number (a) && month_number (a) == month_number (b))
    return TRUE;
  if (is_name_field (name))
    {
      g_autofree char *na = norm_names (a), *nb = norm_names (b);
      if (strcmp (na, nb) == 0)
        return TRUE;
    }
  {
    g_autofree char *na = norm_text (a), *nb = norm_text (b);
    return strcmp (na, nb) == 0;
  }
}

static void
compare_file (const char *path, Tally *t, gboolean verbose)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) bt_entry_free);
  g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func ((GDestroyNotify) bt_entry_free);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(CkDiag) diag = ck_diag_new ();
  CkReadOptions ro = CK_READ_OPTIONS_INIT;
  CkWriteOptions wo = CK_WRITE_OPTIONS_INIT;
  const CkFormat *fmt;
  g_autofree char *text = NULL;
  Tally f = { 0 };
  guint j = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, &error));
  fmt = ck_format_detect (path, data, len);
  g_assert_nonnull (fmt);
  ro.diag = diag;
  wo.diag = diag;
  g_assert_true (bt_parse (data, len, path, &ro, collect, before, &error));
  records = ck_format_read_all (fmt, data, len, path, &ro, &error);
  g_assert_no_error (error);
  text = ck_format_write_all (fmt, records, &wo, &error);
  g_assert_no_error (error);
  g_assert_true (bt_parse (text, strlen (text), "written", &ro, collect, after, &error));

  f.entries_in = before->len;
  f.entries_out = after->len;
  for (guint i = 0; i < before->len; i++)
    {
      BtEntry *a = g_ptr_array_index (before, i), *b;
      if (strcmp (a->type, "xdata") == 0)
        {
          f.xdata++;
          continue;
        }
      if (j >= after->len)
        break;
      b = g_ptr_array_index (after, j++);
      if (g_strcmp0 (a->key, b->key) != 0)
        f.keys_changed++;
      if (strcmp (a->type, b->type) != 0)
        {
          f.types_changed++;
          if (verbose)
            g_printerr ("%s: %s: type %s → %s\n", path, a->key, a->type, b->type);
        }
      for (guint k = 0; k < a->fields->len; k++)
        {
          BtField *fa = g_ptr_array_index (a->fields, k);
          BtField *fb = bt_entry_find (b, fa->name);
          f.fields++;
          if (!fb)
            {
              f.lost++;
              if (verbose)
                g_printerr ("%s: %s: lost %s = {%s}\n", path, a->key, fa->name, fa->value);
            }
          else if (strcmp (fa->value, fb->value) == 0)
            f.identical++;
          else if (equal_normalized (fa->name, fa->value, fb->value))
            {
              f.normalized++;
              if (verbose)
                g_printerr ("%s: %s: normalized %s = {%s} → {%s}\n", path, a->key, fa->name, fa->value, fb->value);
            }
          else
            {
              f.changed++;
              if (verbose)
                g_printerr ("%s: %s: changed %s = {%s} → {%s}\n", path, a->key, fa->name, fa->value, fb->value);
            }
        }
      for (guint k = 0; k < b->fields->len; k++)
        {
          BtField *fb = g_ptr_array_index (b->fields, k);
          if (!bt_entry_find (a, fb->name))
            {
              f.added++;
              if (verbose)
                g_printerr ("%s: %s: added %s = {%s}\n", path, a->key, fb->name, fb->value);
            }
        }
    }
  g_test_message ("%s (%s): entries %u → %u (%u @xdata), fields %u: %u identical, %u normalized, "
                  "%u changed, %u lost, %u added; keys changed %u, types changed %u",
                  path, ck_format_get_name (fmt), f.entries_in, f.entries_out, f.xdata, f.fields,
                  f.identical, f.normalized, f.changed, f.lost, f.added, f.keys_changed, f.types_changed);
  t->entries_in += f.entries_in;
  t->entries_out += f.entries_out;
  t->xdata += f.xdata;
  t->fields += f.fields;
  t->identical += f.identical;
  t->normalized += f.normalized;
  t->changed += f.changed;
  t->lost += f.lost;
  t->added += f.added;
  t->keys_changed += f.keys_changed;
  t->types_changed += f.types_changed;
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
test_corpus_roundtrip (void)
{
  const char *shared = g_getenv ("CK_SHARED_DIR");
  g_autofree char *dir = shared ? g_build_filename (shared, "corpus", "bib", NULL) : NULL;
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  gboolean verbose = g_strcmp0 (g_getenv ("CK_CORPUS_VERBOSE"), "1") == 0;
  const char *name;
  Tally t = { 0 };
  double kept;

  if (!dir || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("CK_SHARED_DIR/corpus/bib not found");
      return;
    }
  d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)))
    if (g_str_has_suffix (name, ".bib"))
      g_ptr_array_add (files, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (files, compare_paths);
  for (guint i = 0; i < files->len; i++)
    compare_file (g_ptr_array_index (files, i), &t, verbose);

  kept = t.fields ? (double) (t.identical + t.normalized) / t.fields : 1.0;
  g_test_message ("TOTAL %u files: entries %u → %u (%u @xdata not written), fields %u: %u identical, "
                  "%u normalized, %u changed, %u lost, %u added; keys changed %u, types changed %u; "
                  "kept %.4f%%", files->len, t.entries_in, t.entries_out, t.xdata, t.fields, t.identical,
                  t.normalized, t.changed, t.lost, t.added, t.keys_changed, t.types_changed, 100.0 * kept);
  g_assert_cmpuint (t.entries_out + t.xdata, ==, t.entries_in);
  g_assert_cmpfloat (kept, >=, 0.995);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/formats/bibtex/corpus/roundtrip", test_corpus_roundtrip);
  return g_test_run ();
}
