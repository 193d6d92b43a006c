/* title-short.h — short titles after a possessive (title-short.c). */
#pragma once

#include "detect-context.h"

G_BEGIN_DECLS

/* A verb of reading or "a copy of" before the owner's name at @ns. */
gboolean ck_short_reading_cue   (const CkExtractCtx *ctx, guint ns);
/* The end of the run [ts,te) without a trailing "with Name" whose Name
 * the text uses elsewhere; @te when there is none. */
guint    ck_short_cut_companion (const CkExtractCtx *ctx, guint ts, guint te);

/* The token after "and associates", "and others" or "et al." at @k, or @k. */
guint    ck_short_skip_unnamed  (const CkExtractCtx *ctx, guint k, guint limit);

/* The "his"/"her" of ", her collection of tales" at or after @k (a comma
 * may come first), or G_MAXUINT. */
guint    ck_short_owner_after   (const CkExtractCtx *ctx, guint k);
/* "a novel called" just before the quote at @open. */
gboolean ck_short_named_cue_before (const CkExtractCtx *ctx, guint open);
/* "W. K. Orrin in" just before the quote at @open: the name's first token, or G_MAXUINT. */
guint    ck_short_name_in_before   (const CkExtractCtx *ctx, guint open);
/* detect-wrote.c: "NAME wrote T", a title as the object of a verb of writing. */
void     ck_detect_wrote_title  (CkExtractCtx *ctx, const CkDetector *det);
/* detect-prose-shape.c: "her enormous The T", "his Lowland Trilogy": titles marked by their shape. */
void     ck_detect_prose_shape  (CkExtractCtx *ctx, const CkDetector *det);

G_END_DECLS
