/* title-yearparen.h — marks of a title before "(YYYY)" or an imprint in
 * running prose (title-yearparen.c), for detect-bare.c and the imprint
 * detector of detectors.c. */
#pragma once

#include "extract-private.h"

G_BEGIN_DECLS

/* Whether a reader of the work stands right before the run at @ts:
 * "readers of T", "the reader of T1 (1933) and of T2", "admirers of T".
 * Only a work (or a periodical) has readers, so the run is a title
 * whatever its shape, unless it reads as a person or an event. */
gboolean ck_reader_cue_before   (const CkExtractCtx *ctx, guint ts, guint floor);
/* Whether "reader(s) of" (not admirers or fans) is the cue: a place
 * after it is a book's title ("the reader of Lisbon (1934)"). */
gboolean ck_reader_cue_strict   (const CkExtractCtx *ctx, guint ts, guint floor);
/* "Readers of T (1924) will …" at a sentence's start: the reader noun and
 * "of" are no part of the title.  Returns the title's first token, or
 * @ts when the run does not open so. */
guint    ck_reader_opener_skip  (const CkExtractCtx *ctx, guint ts, guint te);
/* The token after the honorifics that open [ts, te) ("Sir", "Dr.",
 * "Professor"), or @ts. */
guint    ck_honorific_skip      (const CkExtractCtx *ctx, guint ts, guint te);
/* "know Vell from T (1987)", "Sir Ivo Orr in T (1948)": a person's name,
 * then "from", "in" or "with", then the title.  Returns the title's first
 * token, or @te when the run does not split so. */
guint    ck_person_prep_cut     (const CkExtractCtx *ctx, guint ts, guint te);
/* "Imperial Venice, 1380-1520 (1963)": a title closed by ", YYYY-YYYY"
 * before the "(" at @open.  Returns its first token, or @open. */
guint    ck_range_title_before  (const CkExtractCtx *ctx, guint open, guint floor);
/* The same forward: when the title-case run ending at @e is followed by
 * ", YYYY-YYYY (", returns the "("; otherwise @e. */
guint    ck_range_title_after   (const CkExtractCtx *ctx, guint e);
/* "went down with Persephone, and Faithful and Virtuous Night (2014)": a
 * comma and "and" after one item join two clauses, not the items of one
 * title ("Salt, Iron, and Rope" has three).  Given the start @s that
 * ck_ctx_comma_title() found for the run at @ts before the "(" at @open,
 * returns @ts when the list it added is such a pair, else @s. */
guint    ck_comma_pair_undo     (const CkExtractCtx *ctx, guint s, guint ts, guint open);
/* "everything from T1 (1968) to The T2", "from T1 (1968) to T2 (1990)":
 * a span of works, the run at @ts before the ")" at @close being the
 * first, when the second is marked as a title (a capital article, or a
 * run with its own year). */
gboolean ck_work_span_from      (const CkExtractCtx *ctx, guint ts, guint close);
/* The title-case run inside quotes from @s, read across commas that join
 * title-case pieces ("Will You Stay Awake, Please?" (1976)) when a
 * parenthesis with a year follows the closing quote at @close: the
 * quotes bound it and the year dates it, so the comma ends no title
 * there (quoted speech, "Yes, Sir", has no year).  Returns the end, at
 * most @te. */
guint    ck_quoted_title_span   (const CkExtractCtx *ctx, guint s, guint te, guint close);
/* "there have been lives by Ada Quell (Varro, 1997), Tom Orr (…)": a
 * plural noun of works and "by" before the name at @ns (or before the
 * first name of its list), so the parenthesis after the name holds a
 * title, even one word, not an imprint. */
gboolean ck_works_by_before     (const CkExtractCtx *ctx, guint ns);
/* "Vell's first two novels, Tom Lane's Ghost (2005) and …": the owner
 * of the possessive at @ns stands in an apposition to an owned plural
 * noun of works, so the possessive is the title's own. */
gboolean ck_owner_in_apposition (const CkExtractCtx *ctx, guint ns);
/* Where the sentence's own words begin inside a title run [ts,te) after
 * an owner: "in YYYY" ("Strauss's Salome in 1906 to Steve Reich" dates an
 * event), or "for the" and a periodical the lexicon knows after a verb of
 * reviewing or writing ("She reviewed Vell's T for the Spectator").
 * Returns the token of the "in" or "for", or @te. */
guint    ck_title_end_in_clause (const CkExtractCtx *ctx, guint ts, guint te);
/* "his Retromania: Pop Culture's Addiction to …": an owner right after a
 * title's colon is part of its subtitle. */
gboolean ck_owner_in_subtitle   (const CkExtractCtx *ctx, guint ns);
/* "Mr. J. N. L. Quell for the Harbour History (1936)": an honorific, a full
 * name, a preposition and a lower-case word open [ts, te): someone doing
 * something, no title ("Mrs Quell in Harbour Lodge" keeps its capital). */
gboolean ck_honorific_person_clause (const CkExtractCtx *ctx, guint ts, guint te);

G_END_DECLS

G_BEGIN_DECLS

/* "Vell's How Norway is Governed (Gannet, 1953)", "Orr's What is to be
 * Done? (1902)": a title that is a sentence may keep "is", "are", "to be"
 * in lower case.  When the title-case run [ts, te) stops at such a word
 * and goes on (across a line break too) to a "?", "!" or straight to a
 * parenthesis holding a year, returns the new end; otherwise @te. */
guint    ck_title_verb_bridge   (const CkExtractCtx *ctx, guint ts, guint te, guint limit);
/* "Tom Brack's Book (New York, 1929)": one capitalised noun for a kind of
 * book after an owner is a title only with the owner ("X's Book",
 * "X's Diary"). */
gboolean ck_owner_generic_title (const CkExtractCtx *ctx, guint ts, guint te);
/* "His Majesty's Ship", "Her Majesty's Stationery Office": a capitalised
 * "His"/"Her" before the owner at @ns puts the possessive inside a name. */
gboolean ck_owner_in_style      (const CkExtractCtx *ctx, guint ns);

G_END_DECLS
