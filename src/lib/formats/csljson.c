/* csljson.c — CSL-JSON reader and writer. (being written) */
#include "ck-format-private.h"

static const char * const csljson_extensions[] = { "json", NULL };
static const char * const csljson_aliases[] = { "csl-json", "csl", "json", NULL };

const CkFormat ck_format_csljson = {
  "csljson", "CSL-JSON (Zotero, pandoc, citeproc)", csljson_extensions, csljson_aliases, NULL, NULL, NULL,
};
