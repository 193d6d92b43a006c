/* test-io.c — input loading, UTF-8 checks and atomic output. */
#include "citekit.h"

#include <string.h>

#include <glib/gstdio.h>
#include <unistd.h>

static void
test_utf8_positions (void)
{
  g_autoptr(GError) error = NULL;
  const char bad[] = "line one\nab\xC3\x28 rest";
  const char nul[] = "ok\n\0binary";

  g_assert_true (ck_text_check_utf8 ("plain, caf\xC3\xA9\n", 12, "x.txt", NULL));
  g_assert_false (ck_text_check_utf8 (bad, sizeof bad - 1, "x.txt", &error));
  g_assert_error (error, CK_ERROR, CK_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "x.txt:2:3:"));
  g_assert_nonnull (strstr (error->message, "byte offset 11"));
  g_clear_error (&error);
  g_assert_false (ck_text_check_utf8 (nul, sizeof nul - 1, "y", &error));
  g_assert_nonnull (strstr (error->message, "binary"));
  g_assert_nonnull (strstr (error->message, "byte offset 3"));
  g_clear_error (&error);
  g_assert_false (ck_text_check_utf8 ("a\x01", 2, "z", &error));
  g_assert_nonnull (strstr (error->message, "0x01"));
}

static void
test_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ck-io-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "in.txt", NULL);
  g_autofree char *data = NULL;
  gsize len = 0;

  g_assert_true (g_file_set_contents (path, "hello", 5, NULL));
  g_assert_true (ck_input_load (path, 0, &data, &len, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (len, ==, 5);
  g_assert_cmpstr (data, ==, "hello");
  g_clear_pointer (&data, g_free);

  g_assert_false (ck_input_load (path, 3, &data, &len, &error));
  g_assert_error (error, CK_ERROR, CK_ERROR_LIMIT);
  g_clear_error (&error);
  /* A file exactly at the limit is read (the sized read looks one byte
   * past the size only to see the end). */
  g_assert_true (ck_input_load (path, 5, &data, &len, &error));
  g_assert_cmpuint (len, ==, 5);
  g_clear_pointer (&data, g_free);
  /* Empty, and a file whose size stat does not know (/proc): both read. */
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  g_assert_true (ck_input_load (path, 0, &data, &len, &error));
  g_assert_cmpuint (len, ==, 0);
  g_assert_cmpstr (data, ==, "");
  g_clear_pointer (&data, g_free);
  if (g_file_test ("/proc/self/status", G_FILE_TEST_EXISTS))
    {
      g_assert_true (ck_input_load ("/proc/self/status", 0, &data, &len, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (len, >, 0);
      g_assert_cmpuint (strlen (data), ==, len);
      g_clear_pointer (&data, g_free);
    }
  g_assert_false (ck_input_load (dir, 0, &data, &len, &error));
  g_assert_nonnull (strstr (error->message, "directory"));
  g_clear_error (&error);
  g_assert_false (ck_input_load ("/nonexistent/file", 0, &data, &len, &error));
  g_assert_error (error, CK_ERROR, CK_ERROR_IO);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_atomic_output (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ck-io-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.bib", NULL);
  g_autofree char *got = NULL;
  g_autoptr(GString) buf = g_string_new ("new contents\n");
  CkOutput *out;
  GDir *d;
  guint n = 0;

  g_assert_true (g_file_set_contents (path, "old\n", -1, NULL));
  /* an aborted write leaves the old file and no temporary behind */
  out = ck_output_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ck_output_write (out, buf, &error));
  ck_output_abort (out);
  g_assert_true (g_file_get_contents (path, &got, NULL, NULL));
  g_assert_cmpstr (got, ==, "old\n");
  g_clear_pointer (&got, g_free);

  g_string_assign (buf, "new contents\n");
  out = ck_output_open (path, &error);
  g_assert_true (ck_output_write (out, buf, &error));
  g_assert_cmpuint (buf->len, ==, 0);
  g_assert_true (ck_output_commit (out, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &got, NULL, NULL));
  g_assert_cmpstr (got, ==, "new contents\n");

  d = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (d))
    n++;
  g_dir_close (d);
  g_assert_cmpuint (n, ==, 1);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_output_into_missing_dir (void)
{
  g_autoptr(GError) error = NULL;
  CkOutput *out = ck_output_open ("/nonexistent-dir/out.bib", &error);
  g_assert_null (out);
  g_assert_error (error, CK_ERROR, CK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent-dir/out.bib"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/util/io/utf8-positions", test_utf8_positions);
  g_test_add_func ("/util/io/load", test_load);
  g_test_add_func ("/util/io/atomic-output", test_atomic_output);
  g_test_add_func ("/util/io/output-into-missing-dir", test_output_into_missing_dir);
  return g_test_run ();
}
