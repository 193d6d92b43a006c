/* cmd-extract.c — `citekit extract`: prose in, bibliography records out. */
#include "cli.h"

#include <stdio.h>

static void
print_explain (GPtrArray *records)
{
  for (guint i = 0; i < records->len; i++)
    {
      CkRecord *rec = g_ptr_array_index (records, i);
      g_autofree char *title = ck_record_dup_full_title (rec);
      printf ("%s  %s  \"%s\"  confidence %.2f\n",
              ck_record_get_key (rec) ? ck_record_get_key (rec) : "-",
              ck_type_to_csl (ck_record_get_type (rec)),
              title ? title : "", ck_record_get_confidence (rec));
      for (guint j = 0; j < ck_record_get_n_provenance (rec); j++)
        {
          const CkProvenance *p = ck_record_get_provenance (rec, j);
          printf ("    %s:%u:%u [%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT "] %s %.2f: %s\n",
                  p->source ? p->source : "-", p->line, p->column, p->start, p->end,
                  p->detector ? p->detector : "?", p->confidence, p->evidence ? p->evidence : "");
        }
    }
}

int
ck_cmd_extract (int argc, char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  gboolean explain = FALSE, ascii = FALSE, force = FALSE;
  double min_confidence = 0.0;
  GOptionEntry entries[] = {
    { "to", 't', 0, G_OPTION_ARG_STRING, &format, "Output format: bibtex (default), biblatex, mods, ris, csljson", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to OUT (atomically) instead of standard output", "OUT" },
    { "explain", 0, 0, G_OPTION_ARG_NONE, &explain, "Print each record's evidence, detector and confidence instead of the document", NULL },
    { "min-confidence", 0, 0, G_OPTION_ARG_DOUBLE, &min_confidence, "Drop records with confidence below X (0..1)", "X" },
    { "ascii", 0, 0, G_OPTION_ARG_NONE, &ascii, "BibTeX: escape non-ASCII characters as LaTeX", NULL },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, "Allow OUT to replace one of the input files", NULL },
    { NULL }
  };
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_record_unref);
  g_autoptr(CkKeySet) keys = ck_key_set_new ();
  CkExtractOptions xopts = CK_EXTRACT_OPTIONS_INIT;
  CkWriteOptions wopts = CK_WRITE_OPTIONS_INIT;
  g_autoptr(CkDiag) diag = ck_diag_new ();
  const CkFormat *fmt;
  int status = CK_EXIT_OK;

  if (!ck_cli_parse ("extract", entries, &argc, &argv))
    return CK_EXIT_USAGE;
  if (argc < 2)
    {
      ck_cli_error ("extract: no input file (use '-' for standard input)");
      return CK_EXIT_USAGE;
    }
  if (min_confidence < 0.0 || min_confidence > 1.0)
    {
      ck_cli_error ("extract: --min-confidence must be between 0 and 1");
      return CK_EXIT_USAGE;
    }
  fmt = ck_cli_format (format ? format : "bibtex", TRUE);
  if (!fmt)
    return CK_EXIT_USAGE;
  if (!ck_cli_check_output (output, argv + 1, argc - 1, force))
    return CK_EXIT_USAGE;

  xopts.min_confidence = min_confidence;
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;
      gsize len = 0;
      g_autoptr(GPtrArray) found = NULL;

      if (!ck_input_load (argv[i], 0, &data, &len, &error) ||
          !ck_text_check_utf8 (data, len, argv[i], &error) ||
          !(found = ck_extract_text (data, len, argv[i], &xopts, &error)))
        {
          ck_cli_error ("%s", error->message);
          status = CK_EXIT_DATA;
          continue;
        }
      for (guint j = 0; j < found->len; j++)
        {
          CkRecord *rec = g_ptr_array_index (found, j);
          /* keys stay unique across several input files */
          g_autofree char *wanted = ck_record_get_key (rec) ? g_strdup (ck_record_get_key (rec))
                                                            : ck_record_make_key (rec);
          ck_record_set_key (rec, ck_key_set_unique (keys, wanted));
          g_ptr_array_add (records, ck_record_ref (rec));
        }
      if (found->len == 0)
        ck_cli_error ("%s: no cited works found", argv[i]);
    }

  if (explain)
    {
      print_explain (records);
      if (!output)
        return status;
    }

  wopts.flags |= ascii ? CK_WRITE_ASCII : 0;
  wopts.diag = diag;
  if (!ck_cli_write_records (fmt, records, output, &wopts))
    return CK_EXIT_DATA;
  ck_cli_print_diag (diag);
  return status;
}
