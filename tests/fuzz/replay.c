/* replay.c — a plain main() for the fuzz targets, so that the committed
 * corpora are replayed in the normal build (gcc, no libFuzzer).
 *
 *   fuzz-replay-bibtex tests/fuzz/corpora/bibtex/ [more files or dirs …]
 *
 * Every file named, and every regular file in every folder named (in
 * sorted order, not recursive), is fed once to LLVMFuzzerTestOneInput.
 * Output is TAP, one line per file; a broken invariant aborts the process,
 * so the test fails and names the file it was on ("# replaying …" is
 * printed before each input); so does an input that takes longer than
 * CK_REPLAY_TIMEOUT seconds (default 30).  Inputs are copied into an exactly-sized
 * heap buffer so that AddressSanitizer and valgrind see reads past the end.
 */
#include "fuzz-common.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The input being replayed, for the watchdog's message. */
static const char *current_path;

/* A hang is a bug too: name the input and abort rather than wait for the
 * test harness to kill us without saying where. */
static void
on_alarm (int sig)
{
  static const char msg[] = "replay: no result within the time limit (CK_REPLAY_TIMEOUT) on ";
  (void) sig;
  (void) !write (STDERR_FILENO, msg, sizeof msg - 1);
  if (current_path)
    (void) !write (STDERR_FILENO, current_path, strlen (current_path));
  (void) !write (STDERR_FILENO, "\n", 1);
  abort ();
}

static void
collect (const char *path, GPtrArray *files)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }
  dir = g_dir_open (path, 0, &error);
  if (!dir)
    {
      fprintf (stderr, "replay: %s\n", error->message);
      exit (1);
    }
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *full = g_build_filename (path, name, NULL);
      if (name[0] != '.' && g_file_test (full, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (files, g_steal_pointer (&full));
    }
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

int
main (int argc, char **argv)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  guint timeout = 30;   /* seconds per input; committed inputs are small */

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s CORPUS-DIR-OR-FILE…\n", argv[0]);
      return 2;
    }
  LLVMFuzzerInitialize (&argc, &argv);
  if (g_getenv ("CK_REPLAY_TIMEOUT"))
    timeout = (guint) g_ascii_strtoull (g_getenv ("CK_REPLAY_TIMEOUT"), NULL, 10);
  signal (SIGALRM, on_alarm);
  for (int i = 1; i < argc; i++)
    {
      guint first = files->len;
      collect (argv[i], files);
      /* Sort each folder's files so runs are reproducible. */
      if (files->len - first > 1)
        qsort (files->pdata + first, files->len - first, sizeof (gpointer), compare_paths);
    }

  printf ("1..%u\n", files->len);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      g_autofree uint8_t *exact = NULL;
      gsize len = 0;

      if (!g_file_get_contents (path, &contents, &len, &error))
        {
          printf ("not ok %u - %s # %s\n", i + 1, path, error->message);
          continue;
        }
      printf ("# replaying %s (%" G_GSIZE_FORMAT " bytes)\n", path, len);
      fflush (stdout);
      exact = g_memdup2 (contents, len ? len : 1);
      current_path = path;
      alarm (timeout);
      LLVMFuzzerTestOneInput (exact, len);
      alarm (0);
      printf ("ok %u - %s\n", i + 1, path);
      fflush (stdout);
    }
  return 0;
}
