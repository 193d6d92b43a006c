/* detect-extra.h — detectors that live in files of their own
 * (detect-*.c); each is one row of the table in detectors.c. */
#pragma once

#include "extract-private.h"

G_BEGIN_DECLS

/* detect-reflist.c: "Given Family, Title (Place: Publisher, Year)" note,
 * reading-list and syllabus entries, and Chicago journal articles. */
void ck_detect_reference_entry (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_reference_article (CkExtractCtx *ctx, const CkDetector *det);

/* detect-venue.c: the review's own venue in "Source: …", "Reviewed in
 * …", "Published on X (Month, Year)", dateline and page-foot forms. */
void ck_detect_venue_forms (CkExtractCtx *ctx, const CkDetector *det);

/* detect-header.c: a review header written as sentences in one short
 * paragraph ("Author. Title. Place: Publisher, Year. N pp. $P."). */
void ck_detect_sentence_header (CkExtractCtx *ctx, const CkDetector *det);

/* detect-catalogue.c: a library catalogue record ("Title: T / edited by
 * X.", "Main Author: Family, Given, 1900-1980.", "Published: Place :
 * Publisher, c1984.", "Contents: a -- b -- c"). */
void ck_detect_catalogue_record (CkExtractCtx *ctx, const CkDetector *det);

G_END_DECLS
