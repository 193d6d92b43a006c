/* detect-extra.h — detectors that live in files of their own
 * (detect-*.c); each is one row of the table in detectors.c. */
#pragma once

#include "extract-private.h"

G_BEGIN_DECLS

/* detect-reflist.c: "Given Family, Title (Place: Publisher, Year)" note,
 * reading-list and syllabus entries, and Chicago journal articles. */
void ck_detect_reference_entry (CkExtractCtx *ctx, const CkDetector *det);

G_END_DECLS
