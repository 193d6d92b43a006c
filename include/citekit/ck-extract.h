/* ck-extract.h — find the works that running prose cites and build a
 * record for each, with provenance.
 *
 *   CkExtractOptions opts = CK_EXTRACT_OPTIONS_INIT;
 *   g_autoptr(GPtrArray) recs = ck_extract_text (text, len, "review.txt", &opts, &error);
 *
 * The pipeline (src/lib/extract/): tokens with offsets → candidate
 * detectors, one per citation convention, listed in one table → record
 * assembly (names, roles, imprint, dates) → merging of repeated mentions →
 * confidence.  Lexicons (places, publishers, periodicals, particles …) are
 * data files compiled into the library as resources.
 */
#pragma once

#if !defined(CITEKIT_INSIDE) && !defined(CITEKIT_COMPILATION)
#error "Only <citekit/citekit.h> can be included directly."
#endif

#include <glib.h>
#include "ck-record.h"

G_BEGIN_DECLS

typedef struct {
  guint   version;
  double  min_confidence;  /* drop records below this (0 keeps all) */
} CkExtractOptions;
#define CK_EXTRACT_OPTIONS_VERSION 1
#define CK_EXTRACT_OPTIONS_INIT { CK_EXTRACT_OPTIONS_VERSION, 0.0 }

/* Returns an array of CkRecord (owning references, in order of first
 * mention), possibly empty.  @text must be valid UTF-8 (NULL is returned
 * with CK_ERROR_ENCODING otherwise).  @source names the text in provenance. */
GPtrArray *ck_extract_text (const char *text, gsize len, const char *source,
                            const CkExtractOptions *options, GError **error);

/* The names of the detectors, in table order, for --explain and tests. */
const char * const *ck_extract_list_detectors (guint *out_n);

G_END_DECLS
