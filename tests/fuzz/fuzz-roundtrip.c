/* fuzz-roundtrip.c — read → write → read must keep every record.
 *
 * Input layout: byte 0 picks the format to read (among readable formats),
 * byte 1 the format to write and read back (among formats that do both);
 * the rest is the document.  Whatever the first reader accepts, the
 * writer must turn into a document that our own reader of the target
 * format accepts again, with the same number of records — unless the
 * writer reported losing a record as a CK_DIAG_ERROR diagnostic (a loss is
 * allowed to be loud, never silent).
 */
#include "fuzz-common.h"

#include <string.h>

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  ck_fuzz_setup ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(CkDiag) read_diag = ck_diag_new ();
  g_autoptr(CkDiag) write_diag = ck_diag_new ();
  g_autoptr(CkDiag) back_diag = ck_diag_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) back = NULL;
  g_autofree char *text = NULL;
  CkReadOptions read_options = CK_READ_OPTIONS_INIT;
  CkWriteOptions write_options = CK_WRITE_OPTIONS_INIT;
  const CkFormat *from, *to;
  guint lost;

  if (size < 2)
    return 0;
  from = ck_fuzz_pick_format (data[0], FALSE);
  to = ck_fuzz_pick_format (data[1], TRUE);
  if (!from || !to)
    return 0;
  data += 2;
  size -= 2;

  read_options.diag = read_diag;
  records = ck_format_read_all (from, (const char *) data, size, "fuzz-input",
                                &read_options, &error);
  ck_fuzz_check_result (records != NULL, error, ck_format_get_name (from));
  if (!records || records->len == 0)
    return 0;
  for (guint i = 0; i < records->len; i++)
    ck_fuzz_walk_record (g_ptr_array_index (records, i));

  write_options.diag = write_diag;
  text = ck_format_write_all (to, records, &write_options, &error);
  ck_fuzz_check_result (text != NULL, error, ck_format_get_name (to));
  if (!text)
    return 0;   /* refusing loudly is allowed */
  if (!g_utf8_validate (text, -1, NULL))
    ck_fuzz_fail ("%s writer produced invalid UTF-8", ck_format_get_name (to));
  ck_fuzz_walk_diag (write_diag);

  read_options.diag = back_diag;
  back = ck_format_read_all (to, text, strlen (text), "fuzz-output", &read_options, &error);
  if (!back)
    ck_fuzz_fail ("%s → %s: cannot read back what the writer produced: %s\n---\n%s\n---",
                  ck_format_get_name (from), ck_format_get_name (to),
                  error ? error->message : "(no error)", text);
  lost = ck_diag_count_level (write_diag, CK_DIAG_ERROR);
  if (back->len + lost != records->len)
    ck_fuzz_fail ("%s → %s: read %u records, wrote %u (%u reported lost), read back %u\n---\n%s\n---",
                  ck_format_get_name (from), ck_format_get_name (to), records->len,
                  records->len - lost, lost, back->len, text);
  for (guint i = 0; i < back->len; i++)
    ck_fuzz_walk_record (g_ptr_array_index (back, i));
  return 0;
}
