/* fuzz-format.c — one reader fuzz target, compiled once per format with
 * -DCK_FUZZ_FORMAT="bibtex" (or "ris", "mods", …).
 *
 * The input goes through the public generic API (ck_format_lookup →
 * ck_format_read) exactly as the CLI would hand over a file; every record
 * that comes back is walked field by field, and the GError and diagnostic
 * contracts are checked.  CK_FUZZ_FORMAT="*" picks the format from the
 * first input byte among every readable format in the registry, so formats
 * added later (the libbibutils bridge) are fuzzed without a new target.
 *
 * A format that is missing or cannot read yet makes the target a no-op;
 * it starts exercising the reader as soon as one lands.
 */
#include "fuzz-common.h"

#ifndef CK_FUZZ_FORMAT
#error "compile with -DCK_FUZZ_FORMAT=\"name\""
#endif

typedef struct {
  guint n_records;
} ReadState;

static gboolean
on_record (CkRecord *rec, gpointer user_data, GError **error)
{
  ReadState *state = user_data;

  if (!rec)
    ck_fuzz_fail ("reader passed a NULL record");
  ck_fuzz_walk_record (rec);
  state->n_records++;
  return TRUE;
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  ck_fuzz_setup ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autoptr(GError) error = NULL;
  CkReadOptions options = CK_READ_OPTIONS_INIT;
  ReadState state = { 0 };
  const CkFormat *fmt;
  gboolean ok;

  if (g_strcmp0 (CK_FUZZ_FORMAT, "*") == 0)
    {
      if (size == 0)
        return 0;
      fmt = ck_fuzz_pick_format (data[0], FALSE);
      data++;
      size--;
    }
  else
    fmt = ck_format_lookup (CK_FUZZ_FORMAT);
  if (!fmt || !ck_format_can_read (fmt))
    return 0;

  options.diag = diag;
  ok = ck_format_read (fmt, (const char *) data, size, "fuzz-input", &options,
                       on_record, &state, &error);
  ck_fuzz_check_result (ok, error, ck_format_get_name (fmt));
  ck_fuzz_walk_diag (diag);
  return 0;
}
