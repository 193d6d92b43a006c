/* cmd-convert.c — `citekit convert`: bibliography files from one format to
 * another, streamed record by record.
 *
 *   citekit convert -t ris refs.bib > refs.ris
 *   citekit convert -f isi -t mods -o out.xml savedrecs.txt
 *
 * Each reader hands records to a callback that writes them at once and
 * drains the text to the output every ~64 KiB, so a large file's records
 * are never all held.  What the target could not hold is reported from the
 * writer's CkDiag (one line per kind of loss); --strict makes it an error.
 */
#include "cli.h"

#include <stdio.h>

#define DRAIN_BYTES (64 * 1024)

typedef struct {
  CkWriter *writer;
  CkOutput *out;
  GString  *buf;
  guint     n_read;
  guint     n_written;
  guint     n_skipped;
  gboolean  output_failed;   /* an I/O or --strict failure: stop everything */
} Convert;

/* Writes one record; a record the writer refuses is skipped (and its
 * partial text removed), any other failure stops the conversion. */
static gboolean
convert_record (CkRecord *rec, gpointer user_data, GError **error)
{
  Convert *cv = user_data;
  gsize before = cv->buf->len;
  g_autoptr(GError) local = NULL;

  cv->n_read++;
  if (!ck_writer_write (cv->writer, cv->buf, rec, &local))
    {
      g_string_truncate (cv->buf, before);
      if (g_error_matches (local, CK_ERROR, CK_ERROR_LOSS) || g_error_matches (local, CK_ERROR, CK_ERROR_IO))
        {
          cv->output_failed = TRUE;
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      ck_cli_error ("%s: skipped: %s", ck_record_get_key (rec) ? ck_record_get_key (rec) : "record",
                    local->message);
      cv->n_skipped++;
      return TRUE;
    }
  cv->n_written++;
  if (cv->buf->len >= DRAIN_BYTES && !ck_output_write (cv->out, cv->buf, error))
    {
      cv->output_failed = TRUE;
      return FALSE;
    }
  return TRUE;
}

/* Reads one input into the writer; FALSE when it could not be read (the
 * error is printed). */
static gboolean
convert_file (Convert *cv, const char *path, const CkFormat *from, CkDiag *diag)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;
  CkReadOptions ropts = CK_READ_OPTIONS_INIT;
  const char *source = g_strcmp0 (path, "-") == 0 ? "<stdin>" : path;

  if (!ck_input_load (path, 0, &data, &len, &error))
    {
      ck_cli_error ("%s", error->message);
      return FALSE;
    }
  if (!from)
    {
      from = ck_format_detect (g_strcmp0 (path, "-") == 0 ? NULL : path, data, len);
      if (!from)
        {
          ck_cli_error ("%s: cannot tell the input format; name it with -f (see 'citekit formats')", source);
          return FALSE;
        }
    }
  ropts.diag = diag;
  if (!ck_format_read (from, data, len, source, &ropts, convert_record, cv, &error))
    {
      ck_cli_error ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

int
ck_cmd_convert (int argc, char **argv)
{
  g_autofree char *from_name = NULL;
  g_autofree char *to_name = NULL;
  g_autofree char *output = NULL;
  gboolean strict = FALSE, ascii = FALSE, biblatex = FALSE, force = FALSE;
  GOptionEntry entries[] = {
    { "from", 'f', 0, G_OPTION_ARG_STRING, &from_name, "Input format (default: detected from each file)", "FROM" },
    { "to", 't', 0, G_OPTION_ARG_STRING, &to_name, "Output format (required; see 'citekit formats')", "TO" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to OUT (atomically) instead of standard output", "OUT" },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict, "Fail when the output format cannot hold a field", NULL },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, "Allow OUT to replace one of the input files", NULL },
    { "ascii", 0, 0, G_OPTION_ARG_NONE, &ascii, "BibTeX: escape non-ASCII characters as LaTeX", NULL },
    { "biblatex", 0, 0, G_OPTION_ARG_NONE, &biblatex, "BibTeX: use biblatex field names and types", NULL },
    { NULL }
  };
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) buf = g_string_new (NULL);
  g_autoptr(CkWriter) writer = NULL;
  CkWriteOptions wopts = CK_WRITE_OPTIONS_INIT;
  const CkFormat *from = NULL, *to;
  Convert cv = { 0 };
  guint n_input_errors = 0;
  int status = CK_EXIT_OK;

  if (!ck_cli_parse ("convert", entries, &argc, &argv))
    return CK_EXIT_USAGE;
  if (!to_name)
    {
      ck_cli_error ("convert: no output format (use -t, see 'citekit formats')");
      return CK_EXIT_USAGE;
    }
  if (argc < 2)
    {
      ck_cli_error ("convert: no input file (use '-' for standard input)");
      return CK_EXIT_USAGE;
    }
  if (!(to = ck_cli_format (to_name, TRUE)))
    return CK_EXIT_USAGE;
  if (from_name && !(from = ck_cli_format (from_name, FALSE)))
    return CK_EXIT_USAGE;
  if (!ck_cli_check_output (output, argv + 1, argc - 1, force))
    return CK_EXIT_USAGE;

  wopts.diag = diag;
  wopts.flags = (strict ? CK_WRITE_STRICT : 0) | (ascii ? CK_WRITE_ASCII : 0) |
                (biblatex ? CK_WRITE_BIBLATEX : 0);
  writer = ck_writer_new (to, &wopts, &error);
  if (!writer || !(cv.out = ck_output_open (output, &error)))
    {
      ck_cli_error ("%s", error->message);
      return CK_EXIT_DATA;
    }
  cv.writer = writer;
  cv.buf = buf;

  if (!ck_writer_begin (writer, buf, &error))
    {
      ck_cli_error ("%s", error->message);
      cv.output_failed = TRUE;
    }
  for (int i = 1; i < argc && !cv.output_failed; i++)
    if (!convert_file (&cv, argv[i], from, diag))
      status = CK_EXIT_DATA;

  /* Entries the readers had to drop are data errors too. */
  n_input_errors = ck_diag_count_level (diag, CK_DIAG_ERROR);
  if (n_input_errors > 0)
    status = CK_EXIT_DATA;
  ck_cli_print_diag (diag);

  if (!cv.output_failed && strict && ck_diag_has_drops (diag))
    {
      ck_cli_error ("convert: --strict: the %s output cannot hold every field (see above)",
                    ck_format_get_name (to));
      cv.output_failed = TRUE;
    }
  if (!cv.output_failed &&
      (!ck_writer_end (writer, buf, &error) || !ck_output_write (cv.out, buf, &error) ||
       !ck_output_commit (g_steal_pointer (&cv.out), &error)))
    {
      ck_cli_error ("%s", error->message);
      cv.output_failed = TRUE;
    }
  if (cv.out)
    ck_output_abort (cv.out);
  if (cv.output_failed)
    status = CK_EXIT_DATA;

  if (status != CK_EXIT_OK)
    {
      g_autofree char *errors = n_input_errors
        ? g_strdup_printf ("; %u error%s in the input (see above)", n_input_errors, n_input_errors == 1 ? "" : "s")
        : g_strdup ("");
      ck_cli_error ("convert: %u record%s read, %u written, %u skipped%s%s", cv.n_read,
                    cv.n_read == 1 ? "" : "s", cv.n_written, cv.n_skipped, errors,
                    cv.output_failed ? "; no output written" : "");
    }
  return status;
}
