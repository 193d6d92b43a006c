/* periodical-cues.h — the cues around a name that make it a periodical's,
 * for detect-periodical.c (periodical-cues.c). */
#pragma once

#include "extract-private.h"

/* "the Institute of X", "a Professor of X", "the Centre for X": the name
 * at @s is the tail of an institution's or a post's name, not a paper. */
gboolean ck_per_inside_institution (const CkExtractCtx *ctx, guint s);

/* "X of Y" after a known name ending at @e ("the World Review of Z"): the
 * name runs on into a longer one the lexicon does not know. */
gboolean ck_per_runs_on_of (const CkExtractCtx *ctx, guint e, guint pe);

/* "X, a literary monthly which …", "X, the weekly,": an appositive after
 * the name ending at @e that calls it a periodical. */
gboolean ck_per_appositive_after (const CkExtractCtx *ctx, guint e, guint pe);

/* "stories now appearing in X", "a column running in X": a piece of
 * writing that a paper is printing now, before the name at @s. */
gboolean ck_per_running_cue_before (const CkExtractCtx *ctx, guint s);

/* "the files of The X", "in the pages of The X", "articles in The X": a
 * periodical's cue before the capital article at @s. */
gboolean ck_per_the_cue_before (const CkExtractCtx *ctx, guint s);
