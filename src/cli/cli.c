/* cli.c — helpers shared by the subcommands. */
#include "cli.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

void
ck_cli_error (const char *format, ...)
{
  va_list args;
  g_autofree char *msg = NULL;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "citekit: %s\n", msg);
}

guint
ck_cli_print_diag (const CkDiag *diag)
{
  guint errors = 0;
  if (!diag)
    return 0;
  for (guint i = 0; i < ck_diag_get_n_messages (diag); i++)
    {
      const CkDiagMessage *m = ck_diag_get_message (diag, i);
      const char *level = m->level == CK_DIAG_ERROR ? "error: " :
                          m->level == CK_DIAG_WARNING ? "warning: " : "";
      if (m->level == CK_DIAG_ERROR)
        errors++;
      if (m->source && m->line)
        fprintf (stderr, "citekit: %s:%u:%u: %s%s\n", m->source, m->line, m->column, level, m->message);
      else if (m->source)
        fprintf (stderr, "citekit: %s: %s%s\n", m->source, level, m->message);
      else
        fprintf (stderr, "citekit: %s%s\n", level, m->message);
    }
  for (guint i = 0; i < ck_diag_get_n_losses (diag); i++)
    {
      g_autofree char *line = ck_diag_format_loss (diag, i);
      fprintf (stderr, "citekit: %s\n", line);
    }
  return errors;
}

gboolean
ck_cli_parse (const char *cmd, GOptionEntry *entries, int *argc, char ***argv)
{
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *param = NULL;
  guint n;
  const CkCommand *cmds = ck_cli_commands (&n);

  for (guint i = 0; i < n; i++)
    if (strcmp (cmds[i].name, cmd) == 0)
      {
        param = g_strdup (cmds[i].usage);
        ctx = g_option_context_new (param);
        g_option_context_set_summary (ctx, cmds[i].summary);
      }
  if (!ctx)
    ctx = g_option_context_new (NULL);
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, argc, argv, &error))
    {
      ck_cli_error ("%s: %s (try 'citekit help %s')", cmd, error->message, cmd);
      return FALSE;
    }
  return TRUE;
}

const CkFormat *
ck_cli_format (const char *name, gboolean for_writing)
{
  const CkFormat *fmt = ck_format_lookup (name);
  if (fmt && (for_writing ? ck_format_can_write (fmt) : ck_format_can_read (fmt)))
    return fmt;

  {
    g_autoptr(GString) choices = g_string_new (NULL);
    guint n;
    const CkFormat * const *all = ck_format_list (&n);
    for (guint i = 0; i < n; i++)
      if (for_writing ? ck_format_can_write (all[i]) : ck_format_can_read (all[i]))
        g_string_append_printf (choices, "%s%s", choices->len ? ", " : "", ck_format_get_name (all[i]));
    ck_cli_error ("%s: unknown %s format (expected one of: %s)", name,
                  for_writing ? "output" : "input", choices->str);
  }
  return NULL;
}

gboolean
ck_cli_write_records (const CkFormat *fmt, GPtrArray *records, const char *path,
                      const CkWriteOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CkWriter) writer = NULL;
  g_autoptr(GString) buf = g_string_new (NULL);
  CkOutput *out;

  writer = ck_writer_new (fmt, options, &error);
  if (!writer)
    {
      ck_cli_error ("%s", error->message);
      return FALSE;
    }
  out = ck_output_open (path, &error);
  if (!out)
    {
      ck_cli_error ("%s", error->message);
      return FALSE;
    }
  if (!ck_writer_begin (writer, buf, &error))
    goto fail;
  for (guint i = 0; i < records->len; i++)
    {
      if (!ck_writer_write (writer, buf, g_ptr_array_index (records, i), &error))
        goto fail;
      if (buf->len >= 65536 && !ck_output_write (out, buf, &error))
        goto fail;
    }
  if (!ck_writer_end (writer, buf, &error) || !ck_output_write (out, buf, &error))
    goto fail;
  if (!ck_output_commit (out, &error))
    {
      ck_cli_error ("%s", error->message);
      return FALSE;
    }
  return TRUE;

fail:
  ck_output_abort (out);
  ck_cli_error ("%s", error->message);
  return FALSE;
}

/* TRUE when @output ("-"/NULL = stdout) is not one of the @n_inputs input
 * paths under any spelling (same device and inode).  Otherwise, unless
 * @force, prints why and returns FALSE: the atomic output would replace
 * the input it was made from. */
gboolean
ck_cli_check_output (const char *output, char **inputs, int n_inputs, gboolean force)
{
  GStatBuf out_st, in_st;

  if (!output || strcmp (output, "-") == 0 || force || g_stat (output, &out_st) != 0)
    return TRUE;
  for (int i = 0; i < n_inputs; i++)
    if (strcmp (inputs[i], "-") != 0 && g_stat (inputs[i], &in_st) == 0 &&
        in_st.st_dev == out_st.st_dev && in_st.st_ino == out_st.st_ino)
      {
        ck_cli_error ("%s: the output is the input file %s; use --force to replace it", output, inputs[i]);
        return FALSE;
      }
  return TRUE;
}
