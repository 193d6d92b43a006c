/* test-ris-common.h — helpers shared by the RIS and CSL-JSON tests: fixture
 * loading, a manifest-driven y_/n_ runner and a record comparison that
 * says what differs. */
#pragma once

#include "citekit.h"

#include <string.h>

G_GNUC_UNUSED static char *
fixture_path (const char *dir, const char *name)
{
  return g_build_filename (CK_TEST_SRCDIR, "formats", dir, name, NULL);
}

G_GNUC_UNUSED static char *
load_fixture (const char *dir, const char *name, gsize *out_len)
{
  g_autofree char *path = fixture_path (dir, name);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, out_len, &error);
  g_assert_no_error (error);
  return data;
}

G_GNUC_UNUSED static GPtrArray *
read_text (const char *format, const char *text, gsize len, CkDiag *diag, GError **error)
{
  CkReadOptions options = CK_READ_OPTIONS_INIT;
  options.diag = diag;
  return ck_format_read_all (ck_format_lookup (format), text, len, "test", &options, error);
}

G_GNUC_UNUSED static GPtrArray *
read_ok (const char *format, const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *records = read_text (format, text, strlen (text), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (records);
  return records;
}

G_GNUC_UNUSED static char *
write_text (const char *format, GPtrArray *records, CkDiag *diag)
{
  CkWriteOptions options = CK_WRITE_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;
  char *out;

  options.diag = diag;
  out = ck_format_write_all (ck_format_lookup (format), records, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (out);
  return out;
}

G_GNUC_UNUSED static CkRecord *
record_at (GPtrArray *records, guint i)
{
  g_assert_cmpuint (i, <, records->len);
  return g_ptr_array_index (records, i);
}

/* NULL when @a and @b hold the same record, else what differs.  Extras
 * compare as a set; keys only when @keys. */
G_GNUC_UNUSED static char *
record_diff (const CkRecord *a, const CkRecord *b, gboolean keys)
{
  if (ck_record_get_type (a) != ck_record_get_type (b))
    return g_strdup_printf ("type %s != %s", ck_type_to_csl (ck_record_get_type (a)),
                            ck_type_to_csl (ck_record_get_type (b)));
  if (keys && g_strcmp0 (ck_record_get_key (a), ck_record_get_key (b)) != 0)
    return g_strdup_printf ("key %s != %s", ck_record_get_key (a), ck_record_get_key (b));
  for (int f = 0; f < CK_FIELD_N_FIELDS; f++)
    if (g_strcmp0 (ck_record_get (a, f), ck_record_get (b, f)) != 0)
      return g_strdup_printf ("%s: '%s' != '%s'", ck_field_to_csl (f),
                              ck_record_get (a, f), ck_record_get (b, f));
  /* Names in order within each role; the order across roles is the
   * writer's (CSL-JSON has one array per role). */
  for (int role = 0; role < CK_ROLE_N_ROLES; role++)
    {
      g_autoptr(GPtrArray) na = ck_record_get_names_by_role (a, role);
      g_autoptr(GPtrArray) nb = ck_record_get_names_by_role (b, role);
      if (na->len != nb->len)
        return g_strdup_printf ("%u %s names != %u", na->len, ck_role_to_csl (role), nb->len);
      for (guint i = 0; i < na->len; i++)
        if (!ck_name_equal (g_ptr_array_index (na, i), g_ptr_array_index (nb, i)))
          {
            g_autofree char *x = ck_name_format_sorted (g_ptr_array_index (na, i));
            g_autofree char *y = ck_name_format_sorted (g_ptr_array_index (nb, i));
            return g_strdup_printf ("%s %u: '%s' != '%s'", ck_role_to_csl (role), i, x, y);
          }
    }
  for (int k = 0; k < CK_DATE_N_KINDS; k++)
    if (!ck_date_equal (ck_record_get_date (a, k), ck_record_get_date (b, k)))
      {
        const CkDate *da = ck_record_get_date (a, k), *db = ck_record_get_date (b, k);
        g_autofree char *x = da ? ck_date_to_iso (da) : g_strdup ("(none)");
        g_autofree char *y = db ? ck_date_to_iso (db) : g_strdup ("(none)");
        return g_strdup_printf ("%s: %s != %s", ck_date_kind_to_csl (k), x, y);
      }
  if (ck_record_get_n_extras (a) != ck_record_get_n_extras (b))
    return g_strdup_printf ("%u extras != %u", ck_record_get_n_extras (a), ck_record_get_n_extras (b));
  for (guint i = 0; i < ck_record_get_n_extras (a); i++)
    {
      const char *key = ck_record_get_extra_key (a, i);
      if (g_strcmp0 (ck_record_get_extra_value (a, i), ck_record_get_extra (b, key)) != 0)
        return g_strdup_printf ("extra %s: '%s' != '%s'", key, ck_record_get_extra_value (a, i),
                                ck_record_get_extra (b, key));
    }
  return NULL;
}

G_GNUC_UNUSED static void
assert_records_equal (GPtrArray *a, GPtrArray *b, gboolean keys)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      g_autofree char *diff = record_diff (g_ptr_array_index (a, i), g_ptr_array_index (b, i), keys);
      if (diff)
        g_error ("record %u differs: %s", i, diff);
    }
}

/* One manifest line: "FILE records=N" or "FILE error=CODE". */
typedef struct {
  const char *format;
  const char *dir;
  char       *file;
  char       *expect;
} FixtureCase;

G_GNUC_UNUSED static gint
error_code_from_name (const char *name)
{
  if (strcmp (name, "encoding") == 0)
    return CK_ERROR_ENCODING;
  if (strcmp (name, "parse") == 0)
    return CK_ERROR_PARSE;
  if (strcmp (name, "limit") == 0)
    return CK_ERROR_LIMIT;
  g_error ("manifest: unknown error code '%s'", name);
  return CK_ERROR_FAILED;
}

G_GNUC_UNUSED static void
run_fixture (gconstpointer data)
{
  const FixtureCase *fc = data;
  gsize len;
  g_autofree char *text = load_fixture (fc->dir, fc->file, &len);
  g_autoptr(GError) error = NULL;
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autoptr(GPtrArray) records = read_text (fc->format, text, len, diag, &error);

  if (g_str_has_prefix (fc->expect, "records="))
    {
      g_assert_no_error (error);
      g_assert_cmpuint (records->len, ==, (guint) atoi (fc->expect + strlen ("records=")));
      g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_ERROR), ==, 0);
    }
  else if (g_str_has_prefix (fc->expect, "error="))
    {
      g_assert_error (error, CK_ERROR, error_code_from_name (fc->expect + strlen ("error=")));
      g_assert_null (records);
      /* Errors on bad input name the source and a line. */
      g_assert_true (g_str_has_prefix (error->message, "test:"));
    }
  else
    g_error ("manifest: bad expectation '%s'", fc->expect);
}

G_GNUC_UNUSED static void
fixture_case_free (gpointer p)
{
  FixtureCase *fc = p;
  g_free (fc->file);
  g_free (fc->expect);
  g_free (fc);
}

/* Registers one test per manifest line under @prefix ("/formats/ris/fixture"). */
G_GNUC_UNUSED static void
add_manifest_tests (const char *format, const char *dir, const char *prefix)
{
  gsize len;
  g_autofree char *manifest = load_fixture (dir, "manifest", &len);
  g_auto(GStrv) lines = g_strsplit (manifest, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) words = NULL;
      FixtureCase *fc;
      g_autofree char *path = NULL;

      g_strstrip (lines[i]);
      if (!*lines[i] || lines[i][0] == '#')
        continue;
      words = g_strsplit_set (lines[i], " \t", -1);
      {
        /* Drop the empty words between runs of blanks. */
        guint n = 0;
        for (guint j = 0; words[j]; j++)
          if (*words[j])
            words[n++] = words[j];
          else
            g_free (words[j]);
        words[n] = NULL;
      }
      g_assert_cmpuint (g_strv_length (words), ==, 2);
      fc = g_new0 (FixtureCase, 1);
      fc->format = format;
      fc->dir = dir;
      fc->file = g_strdup (words[0]);
      fc->expect = g_strdup (words[1]);
      path = g_strdup_printf ("%s/%s", prefix, fc->file);
      g_test_add_data_func_full (path, fc, run_fixture, fixture_case_free);
    }
}

/* A name of a record's role by index among that role, for assertions. */
G_GNUC_UNUSED static const CkName *
name_with_role (const CkRecord *rec, CkRole role, guint nth)
{
  for (guint i = 0; i < ck_record_get_n_names (rec); i++)
    {
      const CkName *n = ck_record_get_name (rec, i);
      if (n->role == role && nth-- == 0)
        return n;
    }
  return NULL;
}
