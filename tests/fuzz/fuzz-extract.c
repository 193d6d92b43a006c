/* fuzz-extract.c — fuzz target for the prose extractor (ck_extract_text).
 *
 * Besides the GError contract it checks what provenance promises: every
 * mention's byte span lies inside the input.  The records it finds are then
 * written through every writer in the registry, because extracted records
 * are the richest (relations, provenance, reviewed works) that writers see.
 */
#include "fuzz-common.h"

#include <string.h>

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  ck_fuzz_setup ();
  return 0;
}

static void
write_everywhere (GPtrArray *records)
{
  guint n = 0;
  const CkFormat * const *all = ck_format_list (&n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CkDiag) diag = ck_diag_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      CkWriteOptions options = CK_WRITE_OPTIONS_INIT;

      if (!ck_format_can_write (all[i]))
        continue;
      options.diag = diag;
      text = ck_format_write_all (all[i], records, &options, &error);
      ck_fuzz_check_result (text != NULL, error, ck_format_get_name (all[i]));
      if (text && !g_utf8_validate (text, -1, NULL))
        ck_fuzz_fail ("%s writer produced invalid UTF-8", ck_format_get_name (all[i]));
      ck_fuzz_walk_diag (diag);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  CkExtractOptions options = CK_EXTRACT_OPTIONS_INIT;

  records = ck_extract_text ((const char *) data, size, "fuzz-input", &options, &error);
  ck_fuzz_check_result (records != NULL, error, "ck_extract_text");
  if (!records)
    return 0;

  for (guint i = 0; i < records->len; i++)
    {
      CkRecord *rec = g_ptr_array_index (records, i);

      ck_fuzz_walk_record (rec);
      for (guint j = 0; j < ck_record_get_n_provenance (rec); j++)
        {
          const CkProvenance *prov = ck_record_get_provenance (rec, j);
          if (prov->end > size)
            ck_fuzz_fail ("provenance span %zu..%zu ends past the input (%zu bytes)",
                          (size_t) prov->start, (size_t) prov->end, size);
          if (prov->line == 0 || prov->column == 0)
            ck_fuzz_fail ("provenance without a 1-based line and column");
        }
    }
  write_everywhere (records);
  return 0;
}
