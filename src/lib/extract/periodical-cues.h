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

/* "a Catholic magazine", "an American newspaper": a determiner before the
 * word at @s makes it an adjective describing the paper, not its name. */
gboolean ck_per_determiner_before (const CkExtractCtx *ctx, guint s);

/* Cues before an unknown name ending in a periodical's word, without
 * "the": "contributed to Harbour Quarterly", "editor of Harbour Review",
 * "wrote for Harbour Review", "founded Harbour Review". */
gboolean ck_per_bare_tail_cue_before (const CkExtractCtx *ctx, guint s);

/* The shapes of newspapers' names in [s, run_end) after "in/for the":
 * "Daily X", "Sunday X", "Evening X"; a place and a newspaper word
 * ("Lymington Star", "Bristol Evening Post").  Returns the name's end,
 * or @s. */
guint ck_per_paper_shape_end (const CkExtractCtx *ctx, guint s, guint run_end);
/* Whether token @k is a newspaper's word that ends its name ("Post",
 * "Star", "Record"). */
gboolean ck_per_city_paper_word (const CkExtractCtx *ctx, guint k);

/* "the left-wing weekly X", "the Paris monthly X was": a word of
 * periodicity before the one word at @s, which a clause or a stop
 * follows (not "the weekly X meeting"). */
gboolean ck_per_period_noun_around (const CkExtractCtx *ctx, guint s, guint pe);

/* '"Title," Harbour Review, 7 (1974)': the name in [s, e) is the container
 * of a cited article (a quoted title just before it, or a volume number
 * just after it), which the article's record stands for. */
gboolean ck_per_citation_container (const CkExtractCtx *ctx, guint s, guint e, guint pe);

/* "Journal of Wessex Studies", "Bulletin of the Harbour Institute of
 * Historical Research", "Transactions of the Pell Society": a learned
 * journal's shape in [s, run_end).  Returns its end, or @s. */
guint ck_per_learned_shape_end (const CkExtractCtx *ctx, guint s, guint run_end);

/* "wrote for <i>X</i>", "<i>The Harbour Quarterly</i>", "<i>X</i>
 * magazine": whether the italic name in [s, e), opened by the tag at
 * @open and followed by token @after, is a periodical's (a hook for the
 * italics detector in detectors.c). */
gboolean ck_per_italic_periodical (const CkExtractCtx *ctx, guint open, guint s, guint e, guint after);

/* 'the "Adelphi"', 'wrote for the "Tidewater Weekly"': whether the quoted
 * name in [s, e), opened by the quote at @open, is a periodical's (a hook
 * for the quoted-title detector in detectors.c).  Stricter than italics:
 * quotes mark essays and stories too. */
gboolean ck_per_quoted_periodical (const CkExtractCtx *ctx, guint open, guint s, guint e);

/* "quoted in X", "serialised in four parts in X", "a war correspondent
 * for X": a cue before the name at @s that it is the paper a piece
 * appeared in or a writer worked for. */
gboolean ck_per_venue_cue_before (const CkExtractCtx *ctx, guint s);

/* "X until its suppression": a paper's end after the name ending at @e. */
gboolean ck_per_venue_cue_after (const CkExtractCtx *ctx, guint e, guint pe);

/* "the Harbour Gazette", "the Sailor's Journal": capitalised words after
 * a lower-case "the" from @s (before @limit), two to four, ending in a
 * word only newspapers end in.  Returns the name's end, or @s. */
guint ck_per_the_paper_end (const CkExtractCtx *ctx, guint s, guint limit);
