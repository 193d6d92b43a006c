/* attr-context.h — the writer of a work named in running prose when the
 * sentence names that writer after the title or names only the person
 * the work is about (attr-context.c); used by merge.c. */
#pragma once

#include "extract-private.h"

G_BEGIN_DECLS

/* The writer the sentence names after the title of @m: a possessive in
 * apposition owning a noun for a work ("T (1990), Ada Vell's first
 * novel,", "T is Vell's best book"), "T, the new novel by Ada Vell,",
 * "The author of T, Ada Vell,", and the subject after an opening phrase
 * with a writer's verb ("With T (1988) Ada Vell won …").  A surname alone
 * counts when @index (casefolded family names the text gives in full)
 * has it.  A new name, or NULL. */
CkName  *ck_attr_forward_owner   (const CkExtractCtx *ctx, const CkMention *m, GHashTable *index);
/* The same from token @j (the "," or "is" after the title and its year);
 * *@out_end (may be NULL) gets the token after the work's noun. */
CkName  *ck_attr_owner_after     (const CkExtractCtx *ctx, guint j, guint *out_end);

/* The title of @m stands in apposition to a work about a person ("a
 * biography of Ada Vell, T (2001)", "a life of Vell, T") that no
 * possessive or pronoun gives a writer: the person is the subject, the
 * writer is not named here, and nobody should be guessed. */
gboolean ck_attr_about_apposition (const CkExtractCtx *ctx, const CkMention *m);

/* The name starting at token @ns is what a work is about: it follows
 * "about", "on", "against" or a noun of a work about someone and "of"
 * ("a study of Ada Vell", "wrote about Ada Vell in T"). */
gboolean ck_attr_about_name      (const CkExtractCtx *ctx, guint ns, guint floor);

/* The person whose name ends at token @k read, judged or quoted the work
 * whose title starts at @tok, or is a person of theirs that wrote it:
 * "Vell praised T", "Vell, reviewing T", "Vell's review of T", "by Vell's
 * widow, T".  Not its writer. */
gboolean ck_attr_reader_between  (const CkExtractCtx *ctx, guint k, guint tok);

/* "T (1985), by Ada Vell," after the title of @m, for a title another
 * convention found (quotes, italics) without its writer; NULL if none. */
CkName  *ck_attr_by_after        (const CkExtractCtx *ctx, const CkMention *m, GHashTable *index);

/* The title starting at token @ts closes a sentence's opening phrase
 * ("In T", "Like her T", "Since T"): a comma after it ends the phrase. */
gboolean ck_attr_opening_phrase  (const CkExtractCtx *ctx, guint ts);

/* The title of @m follows "my" or "our" ("my own T", "our first book,
 * T"): the reviewer's own work. */
gboolean ck_attr_first_person    (const CkExtractCtx *ctx, const CkMention *m);

/* detect-by-year.c: "T (1985), by Ada Vell," and "T (1985) by Ada Vell",
 * "T (1985), Ada Vell's first novel,", "T (1985) was Vell's answer":
 * a title, its year in parentheses, then its writer. */
void     ck_detect_title_year_by (CkExtractCtx *ctx, const CkDetector *det);

/* The year a clause after the title of @m says it came out: "T appeared
 * in 1961", "T, which came out in 1961,", "Her second novel, T, was
 * published in 1961"; 0 when none. */
int      ck_attr_year_after      (const CkExtractCtx *ctx, const CkMention *m);
/* "“T,” which appeared in Salt Monthly in 1955", "“T” (first published in
 * The Harbour Review)": the periodical a quoted piece came out in, as
 * tokens [*@s, *@e); FALSE when the prose names none. */
gboolean ck_attr_container_after (const CkExtractCtx *ctx, const CkMention *m, guint *s, guint *e);

/* The cue noun at @c holds parts: "the best poems in the book, “T”" —
 * T is a poem of the book, not a book. */
gboolean ck_attr_part_in_container (const CkExtractCtx *ctx, guint c);

/* "T (1961), translated by Ada Vell," and "T, edited by Ada Vell,"
 * after the title of @m in prose: the translators or editors, with
 * their roles, appended to @out. */
void     ck_attr_roles_after     (const CkExtractCtx *ctx, const CkMention *m, GPtrArray *out);

/* The year before the title of @m: "Reed's 1990 novel, T", "her 1971
 * comic novel T"; 0 when none. */
int      ck_attr_year_before     (const CkExtractCtx *ctx, const CkMention *m);

/* The title of @m follows "his review of", "her essay on": the
 * pronoun's person read or judged it; T is not theirs. */
gboolean ck_attr_pronoun_reader  (const CkExtractCtx *ctx, const CkMention *m);

G_END_DECLS
