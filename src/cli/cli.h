/* cli.h — what the subcommands share: the command table entry, exit codes,
 * and small helpers for messages and output.  Commands turn options into
 * library calls; they hold no bibliographic logic of their own. */
#pragma once

#include <citekit/citekit.h>

enum {
  CK_EXIT_OK = 0,     /* success */
  CK_EXIT_DATA = 1,   /* bad input data or a failed write; some records may be skipped */
  CK_EXIT_USAGE = 2,  /* bad command line */
};

typedef int (*CkCommandFunc) (int argc, char **argv);

typedef struct {
  const char   *name;
  const char   *summary;    /* one line for `citekit help` */
  const char   *usage;      /* "[-t FORMAT] [-o OUT] FILE..." */
  CkCommandFunc run;
} CkCommand;

/* Subcommands, one file each. */
int ck_cmd_extract (int argc, char **argv);
int ck_cmd_help    (int argc, char **argv);
int ck_cmd_convert (int argc, char **argv);
int ck_cmd_formats (int argc, char **argv);

/* "citekit: MESSAGE" on stderr. */
void ck_cli_error   (const char *format, ...) G_GNUC_PRINTF (1, 2);
/* Prints diagnostics as "citekit: FILE:LINE:COL: message" and the loss
 * summary lines; returns the number of error-level messages. */
guint ck_cli_print_diag (const CkDiag *diag);
/* Parses @entries out of argc/argv for command @cmd; on failure prints the
 * reason and returns FALSE (the caller exits with CK_EXIT_USAGE). */
gboolean ck_cli_parse (const char *cmd, GOptionEntry *entries, int *argc, char ***argv);
/* Looks up a format by name for @direction ("read"/"write"), or prints an
 * error listing the choices. */
const CkFormat *ck_cli_format (const char *name, gboolean for_writing);
/* Writes all of @records in @fmt to @path ("-" or NULL = stdout),
 * atomically.  Prints errors; returns FALSE on failure. */
gboolean ck_cli_write_records (const CkFormat *fmt, GPtrArray *records, const char *path,
                               const CkWriteOptions *options);
/* FALSE (after printing why) when @output names one of the inputs and
 * @force is not set; see cli.c. */
gboolean ck_cli_check_output (const char *output, char **inputs, int n_inputs, gboolean force);
/* The command table, for help. */
const CkCommand *ck_cli_commands (guint *out_n);
