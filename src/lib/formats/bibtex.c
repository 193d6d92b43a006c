/* bibtex.c — BibTeX and biblatex reader and writer. (being written) */
#include "ck-format-private.h"

static const char * const bibtex_extensions[] = { "bib", "bibtex", NULL };
static const char * const biblatex_extensions[] = { "bib", NULL };

const CkFormat ck_format_bibtex = {
  "bibtex", "BibTeX", bibtex_extensions, NULL, NULL, NULL, NULL,
};
const CkFormat ck_format_biblatex = {
  "biblatex", "biblatex (BibTeX dialect)", biblatex_extensions, NULL, NULL, NULL, NULL,
};
