/* error.c — the CK_ERROR domain and the library version. */
#include "citekit.h"

G_DEFINE_QUARK (ck-error-quark, ck_error)

const char *
ck_version (void)
{
  return CK_VERSION_STRING;
}
