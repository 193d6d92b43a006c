/* ris.c — RIS reader and writer. (being written) */
#include "ck-format-private.h"

static const char * const ris_extensions[] = { "ris", NULL };

const CkFormat ck_format_ris = {
  "ris", "RIS (Research Information Systems)", ris_extensions, NULL, NULL, NULL, NULL,
};
