/* test-cli.c — the built citekit binary on good and bad input: exit status
 * and the message a user sees. */
#include <glib.h>
#include "cli-run.h"
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

static const char *citekit;   /* path of the built binary */
static char *tmpdir;


/* Runs citekit with @args (NULL-terminated); @stdin_path feeds stdin. */
static void
run_citekit (Run *r, const char *stdin_path, ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *cmd = NULL;
  va_list ap;
  const char *a;

  g_ptr_array_add (argv, (char *) citekit);
  va_start (ap, stdin_path);
  while ((a = va_arg (ap, const char *)))
    g_ptr_array_add (argv, (char *) a);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  if (stdin_path)
    {
      /* the shell does the redirection; quote every word */
      g_autoptr(GString) s = g_string_new (NULL);
      for (guint i = 0; g_ptr_array_index (argv, i); i++)
        {
          g_autofree char *q = g_shell_quote (g_ptr_array_index (argv, i));
          g_string_append_printf (s, "%s ", q);
        }
      {
        g_autofree char *q = g_shell_quote (stdin_path);
        g_string_append_printf (s, "< %s", q);
      }
      const char *sh_argv[] = { "/bin/sh", "-c", s->str, NULL };
      g_assert_true (g_spawn_sync (NULL, (char **) sh_argv, NULL, 0, NULL, NULL,
                                   &r->out, &r->err, &r->status, &error));
    }
  else
    g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, 0, NULL, NULL,
                                 &r->out, &r->err, &r->status, &error));
  g_assert_no_error (error);
  r->status = WIFEXITED (r->status) ? WEXITSTATUS (r->status) : 128 + WTERMSIG (r->status);
}

static char *
write_tmp (const char *name, const char *data, gssize len)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_assert_true (g_file_set_contents (path, data, len, NULL));
  return path;
}

static void
test_version_and_help (void)
{
  g_auto(Run) v = { 0 }, h = { 0 }, he = { 0 }, none = { 0 };
  run_citekit (&v, NULL, "--version", NULL);
  g_assert_cmpint (v.status, ==, 0);
  g_assert_true (g_str_has_prefix (v.out, "citekit "));
  run_citekit (&h, NULL, "--help", NULL);
  g_assert_cmpint (h.status, ==, 0);
  g_assert_nonnull (strstr (h.out, "extract"));
  g_assert_nonnull (strstr (h.out, "Exit status"));
  run_citekit (&he, NULL, "help", "extract", NULL);
  g_assert_cmpint (he.status, ==, 0);
  g_assert_nonnull (strstr (he.out, "--min-confidence"));
  run_citekit (&none, NULL, NULL);
  g_assert_cmpint (none.status, ==, 2);
}

static void
test_usage_errors (void)
{
  g_auto(Run) a = { 0 }, b = { 0 }, c = { 0 }, d = { 0 };
  run_citekit (&a, NULL, "frobnicate", NULL);
  g_assert_cmpint (a.status, ==, 2);
  g_assert_nonnull (strstr (a.err, "not a citekit command"));
  run_citekit (&b, NULL, "extract", "-t", "nosuchformat", "x.txt", NULL);
  g_assert_cmpint (b.status, ==, 2);
  g_assert_nonnull (strstr (b.err, "citekit: nosuchformat: unknown output format"));
  run_citekit (&c, NULL, "extract", NULL);
  g_assert_cmpint (c.status, ==, 2);
  run_citekit (&d, NULL, "extract", "--no-such-option", "x", NULL);
  g_assert_cmpint (d.status, ==, 2);
}

static void
test_missing_file (void)
{
  g_auto(Run) r = { 0 };
  run_citekit (&r, NULL, "extract", "-t", "csljson", "/nonexistent/review.txt", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "citekit: /nonexistent/review.txt: No such file or directory"));
}

static void
test_directory (void)
{
  g_auto(Run) r = { 0 };
  run_citekit (&r, NULL, "extract", "-t", "csljson", tmpdir, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "is a directory"));
}

static void
test_invalid_utf8 (void)
{
  g_auto(Run) r = { 0 };
  g_autofree char *path = write_tmp ("latin1.txt", "A review of \xE9tudes.\n", -1);
  run_citekit (&r, NULL, "extract", "-t", "csljson", path, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "latin1.txt:1:13: invalid UTF-8"));
  g_assert_nonnull (strstr (r.err, "byte offset 12"));
}

static void
test_binary (void)
{
  g_auto(Run) r = { 0 };
  g_autofree char *path = write_tmp ("blob.bin", "\x7f" "ELF\x02\x01\x01\0\0\0", 10);
  run_citekit (&r, NULL, "extract", "-t", "csljson", path, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "binary data"));
}

static void
test_empty_input (void)
{
  g_auto(Run) r = { 0 };
  g_autofree char *path = write_tmp ("plain.txt", "Nothing is cited in this sentence.\n", -1);
  run_citekit (&r, NULL, "extract", "-t", "csljson", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "no cited works found"));
  g_assert_true (g_str_has_prefix (g_strstrip (r.out), "["));
  g_assert_true (g_str_has_suffix (r.out, "]"));
}

static void
test_stdin (void)
{
  g_auto(Run) r = { 0 };
  g_autofree char *path = write_tmp ("stdin.txt", "Nothing here either.\n", -1);
  run_citekit (&r, path, "extract", "-t", "csljson", "-", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "-: no cited works found"));
}

/* A failed write must not replace the old output, and must not exit 0. */
static void
test_output_atomic (void)
{
  g_auto(Run) r = { 0 }, full = { 0 };
  g_autofree char *in = write_tmp ("in.txt", "Nothing cited.\n", -1);
  g_autofree char *out = write_tmp ("out.json", "previous\n", -1);
  g_autofree char *got = NULL;

  run_citekit (&r, NULL, "extract", "-t", "csljson", "-o", out, in, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &got, NULL, NULL));
  g_assert_true (g_str_has_prefix (got, "["));

  if (g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_autofree char *cmd = g_strdup_printf ("'%s' extract -t csljson '%s' > /dev/full", citekit, in);
      const char *sh_argv[] = { "/bin/sh", "-c", cmd, NULL };
      g_autoptr(GError) error = NULL;
      g_assert_true (g_spawn_sync (NULL, (char **) sh_argv, NULL, 0, NULL, NULL,
                                   &full.out, &full.err, &full.status, &error));
      g_assert_true (WIFEXITED (full.status));
      g_assert_cmpint (WEXITSTATUS (full.status), ==, 1);
      g_assert_nonnull (strstr (full.err, "No space left on device"));
    }
}

int
main (int argc, char **argv)
{
  int status;
  g_test_init (&argc, &argv, NULL);
  citekit = g_getenv ("CK_CITEKIT");
  g_assert_nonnull (citekit);
  tmpdir = g_dir_make_tmp ("ck-cli-XXXXXX", NULL);

  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/extract/missing-file", test_missing_file);
  g_test_add_func ("/cli/extract/directory", test_directory);
  g_test_add_func ("/cli/extract/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/cli/extract/binary", test_binary);
  g_test_add_func ("/cli/extract/empty-input", test_empty_input);
  g_test_add_func ("/cli/extract/stdin", test_stdin);
  g_test_add_func ("/cli/extract/output-atomic", test_output_atomic);
  status = g_test_run ();

  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmpdir);
    if (system (cmd) != 0)
      g_printerr ("could not remove %s\n", tmpdir);
  }
  g_free (tmpdir);
  return status;
}
