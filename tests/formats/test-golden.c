/* test-golden.c — every writer on a fixed set of invented records, compared
 * byte for byte with tests/formats/golden/records.<format>; and, for every
 * format that can also read, write → read → write gives the same bytes.
 *
 * After an intended change of output, regenerate with
 *   CK_UPDATE_GOLDEN=1 meson test -C build formats-golden
 * and review the diff like any other change. */
#include "records.h"

#include <string.h>

static void
test_writer (gconstpointer data)
{
  const CkFormat *fmt = data;
  g_autoptr(GPtrArray) recs = ck_test_records_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = ck_format_write_all (fmt, recs, NULL, &error);
  g_autofree char *name = g_strdup_printf ("records.%s", ck_format_get_name (fmt));
  g_autofree char *path = g_build_filename (CK_TEST_SRCDIR, "formats", "golden", name, NULL);
  g_autofree char *expected = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (out);
  if (g_getenv ("CK_UPDATE_GOLDEN"))
    g_assert_true (g_file_set_contents (path, out, -1, NULL));
  if (!g_file_get_contents (path, &expected, NULL, NULL))
    g_error ("no golden file %s (run with CK_UPDATE_GOLDEN=1 once)", path);
  g_assert_cmpstr (out, ==, expected);

  /* write → read → write is stable for the native formats (those read
   * through libbibutils inherit its losses: see test-bridge.c) */
  if (ck_format_can_read (fmt) && ck_test_format_is_native (fmt))
    {
      g_autoptr(GPtrArray) back = ck_format_read_all (fmt, out, strlen (out), name, NULL, &error);
      g_autofree char *again = NULL;
      g_assert_no_error (error);
      g_assert_cmpuint (back->len, ==, recs->len);
      again = ck_format_write_all (fmt, back, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (again, ==, out);
    }
}

int
main (int argc, char **argv)
{
  guint n;
  const CkFormat * const *all;

  g_test_init (&argc, &argv, NULL);
  all = ck_format_list (&n);
  for (guint i = 0; i < n; i++)
    if (ck_format_can_write (all[i]))
      {
        g_autofree char *path = g_strdup_printf ("/formats/golden/%s", ck_format_get_name (all[i]));
        g_test_add_data_func (path, all[i], test_writer);
      }
  return g_test_run ();
}
