/* test-convert.c — `citekit convert` and `citekit formats` as a user runs
 * them: exit status, output, the loss report, --strict, several inputs,
 * detection from content, atomic -o. */
#include <glib.h>
#include "cli-run.h"
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

static const char *citekit;
static char *tmpdir;


/* Runs "citekit ARGS" through the shell so that @shell_tail ("< file")
 * can redirect; every argument is quoted. */
static void
run (Run *r, const char *shell_tail, ...)
{
  g_autoptr(GString) cmd = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *q = g_shell_quote (citekit);
  const char *a;
  va_list ap;

  g_string_append (cmd, q);
  va_start (ap, shell_tail);
  while ((a = va_arg (ap, const char *)))
    {
      g_autofree char *qa = g_shell_quote (a);
      g_string_append_printf (cmd, " %s", qa);
    }
  va_end (ap);
  if (shell_tail)
    g_string_append_printf (cmd, " %s", shell_tail);
  const char *argv[] = { "/bin/sh", "-c", cmd->str, NULL };
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL,
                               &r->out, &r->err, &r->status, &error));
  g_assert_no_error (error);
  r->status = WIFEXITED (r->status) ? WEXITSTATUS (r->status) : 128 + WTERMSIG (r->status);
}

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "formats", "bridge", name, NULL);
}

static guint
count (const char *haystack, const char *needle)
{
  guint n = 0;
  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p += strlen (needle))
    n++;
  return n;
}

static void
test_formats_lists_all (void)
{
  g_auto(Run) r = { 0 };
  run (&r, NULL, "formats", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "NAME"));
  /* every direction is shown, bridge formats included */
  g_assert_true (g_regex_match_simple ("^isi +yes +yes +\\.isi \\.ciw", r.out, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^ads +- +yes ", r.out, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^medline +yes +- ", r.out, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^bibtex ", r.out, G_REGEX_MULTILINE, 0));
  g_assert_cmpstr (r.err, ==, "");
}

static void
test_convert_basic (void)
{
  g_autofree char *in = fixture ("y_isi_basic.isi");
  g_auto(Run) r = { 0 };
  run (&r, NULL, "convert", "-t", "endnote", in, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpuint (count (r.out, "%0 Journal Article\n"), ==, 2);
  g_assert_nonnull (strstr (r.out, "%T Sediment counts in dry lakes of an invented plateau\n"));
}

/* No -f: the format comes from the content, also on standard input. */
static void
test_convert_stdin_detect (void)
{
  g_autofree char *in = fixture ("y_nbib_basic.nbib");
  g_autofree char *tail = g_strdup_printf ("< '%s'", in);
  g_auto(Run) r = { 0 };
  run (&r, tail, "convert", "-t", "endnote", "-", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "%T Sleep patterns in invented rodents.\n"));
}

/* Several inputs, several formats, one output document. */
static void
test_convert_concatenates (void)
{
  g_autofree char *a = fixture ("y_refer_basic.enw");
  g_autofree char *b = fixture ("y_word_basic.xml");
  g_auto(Run) r = { 0 };
  run (&r, NULL, "convert", "-t", "word", a, b, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpuint (count (r.out, "<b:Source>"), ==, 5);
  g_assert_cmpuint (count (r.out, "<b:Sources"), ==, 1);
  g_assert_cmpuint (count (r.out, "</b:Sources>"), ==, 1);
}

/* A field the target has no place for: one summary line; --strict fails
 * and leaves no output file. */
static void
test_convert_loss_and_strict (void)
{
  g_autofree char *in = fixture ("y_medline_basic.xml");
  g_autofree char *out = g_build_filename (tmpdir, "strict.enw", NULL);
  g_auto(Run) r = { 0 }, s = { 0 };

  run (&r, NULL, "convert", "-t", "endnote", in, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "citekit: 1 record: field 'container-title-short' has no place in EndNote (refer)"));
  g_assert_cmpuint (count (r.err, "container-title-short"), ==, 1);

  run (&s, NULL, "convert", "--strict", "-t", "endnote", "-o", out, in, NULL);
  g_assert_cmpint (s.status, ==, 1);
  g_assert_nonnull (strstr (s.err, "container-title-short"));
  g_assert_nonnull (strstr (s.err, "no output written"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_convert_output_file (void)
{
  g_autofree char *in = fixture ("y_copac_basic.copac");
  g_autofree char *out = g_build_filename (tmpdir, "out.isi", NULL);
  g_autofree char *text = NULL;
  g_auto(Run) r = { 0 };

  run (&r, NULL, "convert", "-f", "copac", "-t", "isi", "-o", out, in, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_assert_cmpuint (count (text, "\nER\n"), ==, 2);
}

/* One bad input costs only itself: exit 1, counts on stderr, the good
 * records are still written. */
static void
test_convert_bad_input (void)
{
  g_autofree char *good = fixture ("y_isi_basic.isi");
  g_autofree char *bad = g_build_filename (tmpdir, "bad.isi", NULL);
  g_autofree char *missing = g_build_filename (tmpdir, "missing.isi", NULL);
  g_auto(Run) r = { 0 };

  g_assert_true (g_file_set_contents (bad, "PT J\nTI broken \xff byte\nER\n", -1, NULL));
  run (&r, NULL, "convert", "-f", "isi", "-t", "endnote", bad, good, missing, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "bad.isi:2:11: expected UTF-8"));
  g_assert_nonnull (strstr (r.err, "missing.isi"));
  g_assert_nonnull (strstr (r.err, "citekit: convert: 2 records read, 2 written, 0 skipped\n"));
  g_assert_cmpuint (count (r.out, "%0 Journal Article\n"), ==, 2);
}

static void
test_convert_usage (void)
{
  g_autofree char *in = fixture ("y_isi_basic.isi");
  g_auto(Run) a = { 0 }, b = { 0 }, c = { 0 }, d = { 0 }, e = { 0 };

  run (&a, NULL, "convert", in, NULL);                          /* no -t */
  g_assert_cmpint (a.status, ==, 2);
  g_assert_nonnull (strstr (a.err, "-t"));
  run (&b, NULL, "convert", "-t", "nosuch", in, NULL);
  g_assert_cmpint (b.status, ==, 2);
  g_assert_nonnull (strstr (b.err, "nosuch: unknown output format"));
  run (&c, NULL, "convert", "-t", "medline", in, NULL);         /* read-only format */
  g_assert_cmpint (c.status, ==, 2);
  run (&d, NULL, "convert", "-t", "endnote", NULL);             /* no input */
  g_assert_cmpint (d.status, ==, 2);
  run (&e, NULL, "convert", "-f", "ads", "-t", "endnote", in, NULL);  /* write-only format */
  g_assert_cmpint (e.status, ==, 2);
}

/* Content no reader recognises needs -f. */
static void
test_convert_undetectable (void)
{
  g_autofree char *in = g_build_filename (tmpdir, "mystery.txt", NULL);
  g_auto(Run) r = { 0 };
  g_assert_true (g_file_set_contents (in, "just some words\n", -1, NULL));
  run (&r, NULL, "convert", "-t", "endnote", in, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "mystery.txt: cannot tell the input format"));
}

static char *
cli_fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "cli", "convert", name, NULL);
}

/* The native formats: BibTeX -> RIS on standard output, read back from a
 * pipe; a field RIS holds only in a note is reported with where it went. */
static void
test_convert_native_pipeline (void)
{
  g_autofree char *in = cli_fixture ("books.bib");
  g_autofree char *q = g_shell_quote (in);
  g_autofree char *cmd = NULL;
  g_auto(Run) r = { 0 }, p = { 0 };

  run (&r, NULL, "convert", "-t", "ris", in, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpuint (count (r.out, "TY  - "), ==, 2);
  g_assert_nonnull (strstr (r.err, "'price'"));
  g_assert_nonnull (strstr (r.err, "N1"));

  {
    g_autofree char *qc = g_shell_quote (citekit);
    cmd = g_strdup_printf ("%s convert -t ris %s 2>/dev/null |", qc, q);
  }
  /* "A | citekit convert -t bibtex -": detection on a pipe */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *qc = g_shell_quote (citekit);
    g_autofree char *line = g_strdup_printf ("%s %s convert -t bibtex -", cmd, qc);
    const char *argv[] = { "/bin/sh", "-c", line, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &p.out, &p.err, &p.status, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (p.status, ==, 0);
  g_assert_nonnull (strstr (p.out, "@book{varga1987rivers,"));
  g_assert_nonnull (strstr (p.out, "@article{okafor2004sediment,"));
}

/* --strict passes when every field found a place (price in the note). */
static void
test_convert_strict_ok (void)
{
  g_autofree char *in = cli_fixture ("books.bib");
  g_auto(Run) r = { 0 };
  run (&r, NULL, "convert", "--strict", "-t", "endnote", in, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "$19.95"));
  g_assert_nonnull (strstr (r.err, "written to the note"));
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  citekit = g_getenv ("CK_CITEKIT");
  if (!citekit)
    {
      g_test_skip ("CK_CITEKIT is not set");
      return 0;
    }
  tmpdir = g_dir_make_tmp ("ck-convert-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/cli/formats/lists-all", test_formats_lists_all);
  g_test_add_func ("/cli/convert/basic", test_convert_basic);
  g_test_add_func ("/cli/convert/stdin-detect", test_convert_stdin_detect);
  g_test_add_func ("/cli/convert/concatenates", test_convert_concatenates);
  g_test_add_func ("/cli/convert/loss-and-strict", test_convert_loss_and_strict);
  g_test_add_func ("/cli/convert/output-file", test_convert_output_file);
  g_test_add_func ("/cli/convert/bad-input", test_convert_bad_input);
  g_test_add_func ("/cli/convert/usage", test_convert_usage);
  g_test_add_func ("/cli/convert/undetectable", test_convert_undetectable);
  g_test_add_func ("/cli/convert/native-pipeline", test_convert_native_pipeline);
  g_test_add_func ("/cli/convert/strict-ok", test_convert_strict_ok);

  status = g_test_run ();
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmpdir);
    if (system (cmd) != 0)
      g_printerr ("could not remove %s\n", tmpdir);
  }
  g_free (tmpdir);
  return status;
}
