/* test-cli-safety.c — the built citekit never loses data on output.
 *
 *   - `-o` naming one of the inputs is refused unless --force;
 *   - writing to a full disk (/dev/full as -o or as standard output, and a
 *     regular file under RLIMIT_FSIZE) exits 1 with the reason on stderr;
 *   - after a failed write the previous output file is intact and no
 *     temporary file is left beside it.
 *
 * Runs every subcommand that writes records (extract, and convert once it
 * exists).  A protection a command does not have yet is reported as an
 * incomplete test (TAP "TODO"), not a pass.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char *citekit;   /* absolute: commands run inside tmpdir */
static char *tmpdir;

typedef struct {
  int   status;   /* exit status, or -1 when killed by a signal */
  char *err;
} Run;

static void
run_clear (Run *r)
{
  g_free (r->err);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Child setup: a 1-byte file size limit, so the first write to a regular
 * file fails with EFBIG (SIGXFSZ is ignored, which survives exec). */
static void
limit_file_size (gpointer data)
{
  struct rlimit lim = { 1, 1 };
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &lim);
}

/* Runs /bin/sh -c @script with $CITEKIT set; @small_disk applies
 * limit_file_size to the shell and so to citekit. */
static void
run_sh (Run *r, gboolean small_disk, const char *script)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "CITEKIT", citekit, TRUE);
  const char *argv[] = { "/bin/sh", "-c", script, NULL };
  int wait_status = 0;

  g_assert_true (g_spawn_sync (tmpdir, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL,
                               small_disk ? limit_file_size : NULL, NULL,
                               NULL, &r->err, &wait_status, &error));
  g_assert_no_error (error);
  r->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static void
write_file (const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  char *text = NULL;
  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  return text;
}

static guint
count_files (void)
{
  g_autoptr(GDir) d = g_dir_open (tmpdir, 0, NULL);
  guint n = 0;
  while (d && g_dir_read_name (d))
    n++;
  return n;
}

static void
clean_tmpdir (void)
{
  g_autoptr(GDir) d = g_dir_open (tmpdir, 0, NULL);
  const char *name;
  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (tmpdir, name, NULL);
      g_unlink (path);
    }
}

/* A command that writes records, and how to give it one input. */
typedef struct {
  const char *name;
  const char *input_name;    /* file created in tmpdir */
  const char *input_text;
  const char *args;          /* before -o and the input: output format etc. */
} Command;

static const Command commands[] = {
  { "extract", "review.txt",
    "A fine study: Ann Example, An Invented History (Oxford: Nowhere Press, 1990).\n",
    "-t csljson" },
  { "convert", "in.ris",
    "TY  - BOOK\nTI  - An Invented History\nAU  - Example, Ann\nPY  - 1990\nER  - \n",
    "-t csljson" },
};

/* Whether `citekit help CMD` knows the command, and mentions @option. */
static gboolean
command_has (const Command *cmd, const char *option)
{
  g_auto(Run) r = { 0 };
  g_autofree char *script = g_strdup_printf ("\"$CITEKIT\" help %s 2>/dev/null | grep -q -e '%s'",
                                             cmd->name, option ? option : "");
  run_sh (&r, FALSE, script);
  return r.status == 0;
}

static gboolean
setup_command (gconstpointer data)
{
  const Command *cmd = data;

  clean_tmpdir ();
  if (!command_has (cmd, NULL))
    {
      g_test_skip_printf ("no '%s' command yet", cmd->name);
      return FALSE;
    }
  write_file (cmd->input_name, cmd->input_text);
  return TRUE;
}

static void
test_output_is_input (gconstpointer data)
{
  const Command *cmd = data;
  g_auto(Run) r = { 0 };
  g_autofree char *script = NULL;
  g_autofree char *after = NULL;

  if (!setup_command (cmd))
    return;

  /* The same file under another spelling of its path. */
  script = g_strdup_printf ("\"$CITEKIT\" %s %s -o ./%s %s", cmd->name, cmd->args,
                            cmd->input_name, cmd->input_name);
  run_sh (&r, FALSE, script);
  after = read_file (cmd->input_name);
  /* every writing command refuses -o naming its input unless --force */
  g_assert_cmpstr (after, ==, cmd->input_text);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_nonnull (strstr (r.err, cmd->input_name));
  g_assert_cmpuint (count_files (), ==, 1);

  g_assert_true (command_has (cmd, "--force"));
  {
    g_auto(Run) forced = { 0 };
    g_autofree char *force_script = g_strdup_printf ("\"$CITEKIT\" %s %s --force -o %s %s", cmd->name,
                                                     cmd->args, cmd->input_name, cmd->input_name);
    g_autofree char *replaced = NULL;
    run_sh (&forced, FALSE, force_script);
    g_assert_cmpint (forced.status, ==, 0);
    replaced = read_file (cmd->input_name);
    g_assert_cmpstr (replaced, !=, cmd->input_text);
  }
}

static void
assert_reports_enospc (const Run *r, const char *what)
{
  g_assert_cmpint (r->status, ==, 1);
  g_assert_nonnull (strstr (r->err, what));
  g_assert_nonnull (strstr (r->err, g_strerror (ENOSPC)));
}

static void
test_dev_full_output (gconstpointer data)
{
  const Command *cmd = data;
  g_auto(Run) r = { 0 };
  g_autofree char *script = NULL;
  struct stat st;

  if (!setup_command (cmd))
    return;
  if (g_stat ("/dev/full", &st) != 0 || !S_ISCHR (st.st_mode))
    {
      g_test_skip ("no /dev/full");
      return;
    }
  script = g_strdup_printf ("\"$CITEKIT\" %s %s -o /dev/full %s", cmd->name, cmd->args, cmd->input_name);
  run_sh (&r, FALSE, script);
  assert_reports_enospc (&r, "/dev/full");
  /* Still the device, not a file renamed over it. */
  g_assert_cmpint (g_stat ("/dev/full", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
}

static void
test_dev_full_stdout (gconstpointer data)
{
  const Command *cmd = data;
  g_auto(Run) r = { 0 };
  g_autofree char *script = NULL;

  if (!setup_command (cmd))
    return;
  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }
  script = g_strdup_printf ("\"$CITEKIT\" %s %s %s > /dev/full", cmd->name, cmd->args, cmd->input_name);
  run_sh (&r, FALSE, script);
  assert_reports_enospc (&r, "standard output");
}

/* A full disk on a regular file keeps the previous output. */
static void
test_failed_write_keeps_old (gconstpointer data)
{
  const Command *cmd = data;
  g_auto(Run) r = { 0 };
  g_autofree char *script = NULL;
  g_autofree char *after = NULL;

  if (!setup_command (cmd))
    return;
  write_file ("out.json", "previous output\n");
  script = g_strdup_printf ("\"$CITEKIT\" %s %s -o out.json %s", cmd->name, cmd->args, cmd->input_name);
  run_sh (&r, TRUE, script);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "out.json"));
  after = read_file ("out.json");
  g_assert_cmpstr (after, ==, "previous output\n");
  /* the input and the old output, no leftover temporary file */
  g_assert_cmpuint (count_files (), ==, 2);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("CK_CITEKIT"))
    citekit = g_canonicalize_filename (g_getenv ("CK_CITEKIT"), NULL);
  if (!citekit || !g_file_test (citekit, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("CK_CITEKIT must name the built citekit binary\n");
      return 1;
    }
  tmpdir = g_dir_make_tmp ("ck-cli-safety-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const Command *cmd = &commands[i];
      g_autofree char *p1 = g_strdup_printf ("/hostile/cli/%s/output-is-input", cmd->name);
      g_autofree char *p2 = g_strdup_printf ("/hostile/cli/%s/dev-full-output", cmd->name);
      g_autofree char *p3 = g_strdup_printf ("/hostile/cli/%s/dev-full-stdout", cmd->name);
      g_autofree char *p4 = g_strdup_printf ("/hostile/cli/%s/failed-write-keeps-old", cmd->name);
      g_test_add_data_func (p1, cmd, test_output_is_input);
      g_test_add_data_func (p2, cmd, test_dev_full_output);
      g_test_add_data_func (p3, cmd, test_dev_full_stdout);
      g_test_add_data_func (p4, cmd, test_failed_write_keeps_old);
    }
  status = g_test_run ();
  clean_tmpdir ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  g_free (citekit);
  return status;
}
