/* main.c — the citekit command: one table of subcommands, dispatch, help.
 *
 * Every subcommand lives in its own cmd-<name>.c and is listed once here;
 * `citekit help` prints from this table.  After the command returns, stdout
 * is flushed and checked so that a full disk is an error, not a silent loss.
 */
#include "cli.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

static const CkCommand commands[] = {
  { "extract", "Find the works cited in prose and write them as bibliography records",
    "[-t FORMAT] [-o OUT [--force]] [--explain] [--min-confidence X] FILE...", ck_cmd_extract },
  { "help",    "Show help for citekit or one of its commands",
    "[COMMAND]", ck_cmd_help },
  { "convert", "Convert bibliography files between formats, reporting what the target cannot hold",
    "[-f FROM] -t TO [-o OUT [--force]] [--strict] FILE...", ck_cmd_convert },
  { "formats", "List the bibliography formats citekit reads and writes",
    "", ck_cmd_formats },
};

const CkCommand *
ck_cli_commands (guint *out_n)
{
  *out_n = G_N_ELEMENTS (commands);
  return commands;
}

static void
print_overview (FILE *to)
{
  fprintf (to,
           "usage: citekit COMMAND [OPTIONS] [FILE...]\n"
           "       citekit --help | --version\n\n"
           "Commands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (to, "  %-9s %s\n", commands[i].name, commands[i].summary);
  fprintf (to,
           "\nFILE '-' reads standard input.  'citekit help COMMAND' shows a command's options.\n\n"
           "Exit status:\n"
           "  0  success\n"
           "  1  data error: unreadable or invalid input, or a failed write (counts on stderr)\n"
           "  2  usage error: unknown command, option or format\n");
}

int
ck_cmd_help (int argc, char **argv)
{
  if (argc < 2)
    {
      print_overview (stdout);
      return CK_EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      {
        /* Each command prints its own GOption help, generated from its entries. */
        char *help_argv[] = { argv[1], (char *) "--help", NULL };
        return commands[i].run (2, help_argv);
      }
  ck_cli_error ("help: no such command '%s' (try 'citekit help')", argv[1]);
  return CK_EXIT_USAGE;
}

/* git's run_builtin: a command that wrote to a full disk or closed pipe
 * must not exit 0. */
static int
finish_stdout (int status)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      int saved = errno;
      ck_cli_error ("write to standard output failed: %s", g_strerror (saved));
      return status == CK_EXIT_OK ? CK_EXIT_DATA : status;
    }
  return status;
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");

  if (argc < 2)
    {
      print_overview (stderr);
      return CK_EXIT_USAGE;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    {
      print_overview (stdout);
      return finish_stdout (CK_EXIT_OK);
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("citekit %s\n", ck_version ());
      return finish_stdout (CK_EXIT_OK);
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return finish_stdout (commands[i].run (argc - 1, argv + 1));

  ck_cli_error ("'%s' is not a citekit command (try 'citekit --help')", argv[1]);
  return CK_EXIT_USAGE;
}
