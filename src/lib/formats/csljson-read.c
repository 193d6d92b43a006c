/* csljson-read.c — the CSL-JSON reader. (in progress) */
#include "csljson-private.h"

gboolean
ck_csljson_read (const char *data, gsize len, const char *source,
                 const CkReadOptions *options, CkRecordFunc func,
                 gpointer user_data, GError **error)
{
  g_set_error (error, CK_ERROR, CK_ERROR_UNKNOWN_FORMAT, "CSL-JSON reading is not written yet");
  return FALSE;
}
