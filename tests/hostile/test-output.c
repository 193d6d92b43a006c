/* test-output.c — nothing is lost on output (CkOutput in src/lib/util/io.c).
 *
 * A failed write must leave the previous file intact and leave no
 * temporary file behind; writing to a device or FIFO must write to it, not
 * replace the node; a symbolic link must keep pointing at the replaced
 * file; a replaced file keeps its permissions.  A full disk is simulated
 * two ways: /dev/full (ENOSPC) and RLIMIT_FSIZE (EFBIG on a regular file).
 */
#include "citekit.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

static char *
make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("ck-output-XXXXXX", &error);
  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;
  while (d && g_dir_read_name (d))
    n++;
  return n;
}

static void
write_file (const char *path, const char *text)
{
  g_autoptr(GError) error = NULL;
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static gboolean
write_text (const char *path, const char *text, GError **error)
{
  g_autoptr(GString) buf = g_string_new (text);
  CkOutput *out = ck_output_open (path, error);

  if (!out)
    return FALSE;
  if (!ck_output_write (out, buf, error))
    {
      ck_output_abort (out);
      return FALSE;
    }
  return ck_output_commit (out, error);
}

static void
test_replace (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "out.bib", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  write_file (path, "old\n");
  g_assert_true (write_text (path, "new\n", &error));
  g_assert_no_error (error);
  text = read_file (path);
  g_assert_cmpstr (text, ==, "new\n");
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

/* A private file must not become world-readable by being rewritten. */
static void
test_keeps_mode (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "private.bib", NULL);
  g_autoptr(GError) error = NULL;
  struct stat st;

  write_file (path, "old\n");
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (write_text (path, "new\n", &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 07777, ==, 0640);
  remove_tree (dir);
}

/* Writing through a symbolic link replaces the file it points at and
 * leaves the link a link. */
static void
test_symlink (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *target = g_build_filename (dir, "real.bib", NULL);
  g_autofree char *link = g_build_filename (dir, "link.bib", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  write_file (target, "old\n");
  g_assert_cmpint (symlink ("real.bib", link), ==, 0);
  g_assert_true (write_text (link, "new\n", &error));
  g_assert_no_error (error);
  g_assert_cmpint (lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  text = read_file (target);
  g_assert_cmpstr (text, ==, "new\n");
  g_assert_cmpuint (count_entries (dir), ==, 2);
  remove_tree (dir);
}

static void
test_directory (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autoptr(GError) error = NULL;

  g_assert_false (write_text (dir, "x", &error));
  g_assert_error (error, CK_ERROR, CK_ERROR_IO);
  g_assert_cmpuint (count_entries (dir), ==, 0);
  remove_tree (dir);
}

/* /dev/full: every write fails with ENOSPC.  The device must still be a
 * device afterwards (a rename over it would replace it with a file). */
static void
test_dev_full (void)
{
  g_autoptr(GError) error = NULL;
  struct stat st;

  if (g_stat ("/dev/full", &st) != 0 || !S_ISCHR (st.st_mode))
    {
      g_test_skip ("no /dev/full");
      return;
    }
  g_assert_false (write_text ("/dev/full", "some bytes\n", &error));
  g_assert_error (error, CK_ERROR, CK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/dev/full"));
  g_assert_nonnull (strstr (error->message, g_strerror (ENOSPC)));
  g_assert_cmpint (g_stat ("/dev/full", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
}

/* /dev/null is written to, not replaced. */
static void
test_dev_null (void)
{
  g_autoptr(GError) error = NULL;
  struct stat st;

  if (g_stat ("/dev/null", &st) != 0 || !S_ISCHR (st.st_mode))
    {
      g_test_skip ("no /dev/null");
      return;
    }
  g_assert_true (write_text ("/dev/null", "discarded\n", &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
}

static gpointer
drain_fifo (gpointer data)
{
  char *text = NULL;
  g_file_get_contents (data, &text, NULL, NULL);
  return text;
}

static void
test_fifo (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autofree char *got = NULL;
  g_autoptr(GError) error = NULL;
  GThread *reader;
  struct stat st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  reader = g_thread_new ("fifo-reader", drain_fifo, fifo);
  g_assert_true (write_text (fifo, "through the pipe\n", &error));
  g_assert_no_error (error);
  got = g_thread_join (reader);
  g_assert_cmpstr (got, ==, "through the pipe\n");
  g_assert_cmpint (lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

/* A full disk on a regular file, simulated with RLIMIT_FSIZE: the write
 * fails with EFBIG, the previous file is untouched and the temporary file
 * is gone. */
static void
test_full_disk_keeps_old (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "out.ris", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) big = g_string_new (NULL);
  struct rlimit saved, small;
  void (*old_handler) (int);
  CkOutput *out;
  gboolean ok;

  write_file (path, "previous contents\n");
  for (guint i = 0; i < 10000; i++)
    g_string_append (big, "TY  - JOUR\nTI  - filler\nER  - \n");

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  small = saved;
  small.rlim_cur = 4096;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);

  out = ck_output_open (path, &error);
  g_assert_no_error (error);
  ok = ck_output_write (out, big, &error);
  if (ok)
    ok = ck_output_commit (out, &error);
  else
    ck_output_abort (out);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_false (ok);
  g_assert_error (error, CK_ERROR, CK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "out.ris"));
  text = read_file (path);
  g_assert_cmpstr (text, ==, "previous contents\n");
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

/* Inputs: directories are refused, and the size limit holds. */
static void
test_input_limits (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "in.bib", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  g_assert_false (ck_input_load (dir, 0, &data, &len, &error));
  g_assert_error (error, CK_ERROR, CK_ERROR_IO);
  g_clear_error (&error);

  write_file (path, "0123456789");
  g_assert_false (ck_input_load (path, 5, &data, &len, &error));
  g_assert_error (error, CK_ERROR, CK_ERROR_LIMIT);
  g_clear_error (&error);

  g_assert_true (ck_input_load (path, 10, &data, &len, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (len, ==, 10);
  g_assert_cmpint (data[len], ==, '\0');
  remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/output/replace", test_replace);
  g_test_add_func ("/hostile/output/keeps-mode", test_keeps_mode);
  g_test_add_func ("/hostile/output/symlink", test_symlink);
  g_test_add_func ("/hostile/output/directory", test_directory);
  g_test_add_func ("/hostile/output/dev-full", test_dev_full);
  g_test_add_func ("/hostile/output/dev-null", test_dev_null);
  g_test_add_func ("/hostile/output/fifo", test_fifo);
  g_test_add_func ("/hostile/output/full-disk-keeps-old", test_full_disk_keeps_old);
  g_test_add_func ("/hostile/input/limits", test_input_limits);
  return g_test_run ();
}
