/* cmd-formats.c — `citekit formats`: every format in the registry with the
 * directions it supports and its file extensions.
 *
 *   $ citekit formats
 *   NAME        READ  WRITE  EXTENSIONS      DESCRIPTION
 *   bibtex      yes   yes    .bib            BibTeX (and biblatex)
 */
#include "cli.h"

#include <stdio.h>

int
ck_cmd_formats (int argc, char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  const CkFormat * const *all;
  guint n;

  if (!ck_cli_parse ("formats", entries, &argc, &argv))
    return CK_EXIT_USAGE;
  if (argc > 1)
    {
      ck_cli_error ("formats: takes no arguments");
      return CK_EXIT_USAGE;
    }

  all = ck_format_list (&n);
  printf ("%-11s %-5s %-6s %-17s %s\n", "NAME", "READ", "WRITE", "EXTENSIONS", "DESCRIPTION");
  for (guint i = 0; i < n; i++)
    {
      const char * const *ext = ck_format_get_extensions (all[i]);
      g_autoptr(GString) exts = g_string_new (NULL);
      for (guint j = 0; ext && ext[j]; j++)
        g_string_append_printf (exts, "%s.%s", j ? " " : "", ext[j]);
      printf ("%-11s %-5s %-6s %-17s %s\n", ck_format_get_name (all[i]),
              ck_format_can_read (all[i]) ? "yes" : "-",
              ck_format_can_write (all[i]) ? "yes" : "-",
              exts->len ? exts->str : "-", ck_format_get_description (all[i]));
    }
  return CK_EXIT_OK;
}
