/* attribution.h — rules for the owner of a work named in running prose
 * (attribution.c), used by the antecedent search in merge.c. */
#pragma once

#include "extract-private.h"

G_BEGIN_DECLS

/* Name token @k followed by a possessive that owns no word ("in Harper's -"). */
gboolean    ck_attr_bare_possessive  (const CkExtractCtx *ctx, guint k);
/* The name starting at @ns stands after "the NOUN" ("the jazzman NAME"). */
gboolean    ck_attr_described_person (const CkExtractCtx *ctx, guint ns, guint floor);
/* Name token @k is followed by "himself"/"herself". */
gboolean    ck_attr_reflexive_person (const CkExtractCtx *ctx, guint k);
/* The casefolded key in @families that @family misreads by OCR, or NULL. */
const char *ck_attr_ocr_family       (GHashTable *families, const char *family);

G_END_DECLS
