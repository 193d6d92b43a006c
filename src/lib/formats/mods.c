/* mods.c — MODS 3.8 XML reader and writer. (being written) */
#include "ck-format-private.h"

static const char * const mods_extensions[] = { "xml", "mods", NULL };

const CkFormat ck_format_mods = {
  "mods", "MODS 3.8 XML", mods_extensions, NULL, NULL, NULL, NULL,
};
