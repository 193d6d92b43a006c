/* extract.c — placeholder until the extractor lands (branch extract). */
#include "citekit.h"

GPtrArray *
ck_extract_text (const char *text, gsize len, const char *source,
                 const CkExtractOptions *options, GError **error)
{
  if (!ck_text_check_utf8 (text, len, source, error))
    return NULL;
  return g_ptr_array_new_with_free_func ((GDestroyNotify) ck_record_unref);
}

const char * const *
ck_extract_list_detectors (guint *out_n)
{
  static const char * const none[] = { NULL };
  if (out_n)
    *out_n = 0;
  return none;
}
