/* test-sample.c — the sample review (data/review.txt) through every writer:
 * the extractor finds records, each writer produces a document, MODS is
 * valid against the official schema, and every native reader gets the
 * same number of records back with titles and authors intact.  No title or
 * name of the sample is written here: the checks compare the output with
 * the extractor's own records. */
#include "citekit.h"
#include "mods-test-common.h"
#include "records.h"

#include <string.h>

static GPtrArray *sample;   /* the extracted records */

static void
test_extracted (void)
{
  g_assert_nonnull (sample);
  g_assert_cmpuint (sample->len, >=, 5);
  for (guint i = 0; i < sample->len; i++)
    {
      CkRecord *rec = g_ptr_array_index (sample, i);
      g_assert_nonnull (ck_record_get (rec, CK_FIELD_TITLE));
      g_assert_cmpuint (ck_record_get_n_provenance (rec), >=, 1);
      g_assert_nonnull (ck_record_get_key (rec));
    }
}

static void
test_writer (gconstpointer data)
{
  const CkFormat *fmt = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) back = NULL;
  g_autofree char *out = ck_format_write_all (fmt, sample, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (out);
  g_assert_cmpuint (strlen (out), >, 0);
  if (strcmp (ck_format_get_name (fmt), "mods") == 0)
    mt_assert_valid (out);
  /* read back: the native formats must return every record intact */
  if (!ck_format_can_read (fmt) || !ck_test_format_is_native (fmt))
    return;

  back = ck_format_read_all (fmt, out, strlen (out), "sample", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, sample->len);
  for (guint i = 0; i < sample->len; i++)
    {
      CkRecord *want = g_ptr_array_index (sample, i);
      CkRecord *got = g_ptr_array_index (back, i);
      g_autofree char *want_title = ck_record_dup_full_title (want);
      g_autofree char *got_title = ck_record_dup_full_title (got);
      g_assert_cmpstr (got_title, ==, want_title);
      /* every author keeps its family name */
      for (guint j = 0, k = 0; j < ck_record_get_n_names (want); j++)
        {
          const CkName *n = ck_record_get_name (want, j);
          if (n->role != CK_ROLE_AUTHOR)
            continue;
          while (k < ck_record_get_n_names (got) && ck_record_get_name (got, k)->role != CK_ROLE_AUTHOR)
            k++;
          g_assert_cmpuint (k, <, ck_record_get_n_names (got));
          g_assert_cmpstr (ck_record_get_name (got, k)->family, ==, n->family);
          k++;
        }
    }
}

int
main (int argc, char **argv)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  gsize len = 0;
  guint n;
  const CkFormat * const *all;
  int status;

  g_test_init (&argc, &argv, NULL);
  path = g_build_filename (g_getenv ("CK_SOURCE_ROOT"), "data", "review.txt", NULL);
  if (g_file_get_contents (path, &text, &len, NULL))
    sample = ck_extract_text (text, len, "review.txt", NULL, NULL);
  if (sample)
    {
      g_autoptr(CkKeySet) keys = ck_key_set_new ();
      for (guint i = 0; i < sample->len; i++)
        {
          CkRecord *rec = g_ptr_array_index (sample, i);
          g_autofree char *key = ck_record_make_key (rec);
          ck_record_set_key (rec, ck_key_set_unique (keys, key));
        }
    }

  g_test_add_func ("/formats/sample/extracted", test_extracted);
  all = ck_format_list (&n);
  for (guint i = 0; i < n; i++)
    if (ck_format_can_write (all[i]))
      {
        g_autofree char *tp = g_strdup_printf ("/formats/sample/%s", ck_format_get_name (all[i]));
        g_test_add_data_func (tp, all[i], test_writer);
      }
  status = g_test_run ();
  g_clear_pointer (&sample, g_ptr_array_unref);
  return status;
}
