/* detect-context.h — titles whose author is known only from the context
 * (detect-context.c): the helpers the bare-title detectors share, and the
 * detectors of that file, each one row of the table in detectors.c. */
#pragma once

#include "extract-private.h"

G_BEGIN_DECLS

/* Whether the capitalised word at @i also stands capitalised somewhere
 * outside tokens [first,end) nearby: a surname or place recurs, a title
 * usually does not. */
gboolean ck_ctx_word_recurs    (const CkExtractCtx *ctx, guint i, guint first, guint end);
/* "Since La Place", "Like A Gun": drops a sentence-opening word that is
 * no part of the title run starting at @ts (sentence start @floor). */
guint    ck_ctx_drop_opener    (const CkExtractCtx *ctx, guint ts, guint end, guint floor);
/* "and On the Move": undoes ck_title_span_backward()'s dropping of a
 * capitalised preposition when it stands in mid-sentence. */
guint    ck_ctx_restore_prep   (const CkExtractCtx *ctx, guint ts, guint floor);
/* "Une femme (", "La Société du spectacle (": a foreign title in sentence
 * case ending just before @end, from a capitalised article; returns its
 * start or @end. */
guint    ck_ctx_foreign_start  (const CkExtractCtx *ctx, guint end, guint floor);
/* "Name, Kitab al-milh, ed. …": a title in sentence case, its words
 * after the capital no English ones, right after a comma and ending at
 * @end; its start, or @end. */
guint    ck_ctx_sentence_case_after_comma (const CkExtractCtx *ctx, guint end, guint floor);
/* "Noir et blanc, une vie (": a foreign title in sentence case with a
 * comma, ending just before @end; returns its start when that is before
 * @ts, else @ts. */
guint    ck_ctx_sentence_comma_title (const CkExtractCtx *ctx, guint ts, guint end, guint floor);
/* "Power, Sex, Suicide: …", "Little Man, What Now?": the start of a
 * title that holds commas, given the run [ts,end) after the last comma;
 * returns @ts when there is no such list. */
guint    ck_ctx_comma_title    (const CkExtractCtx *ctx, guint ts, guint end, guint floor);
/* Context that marks the run [ts,open) before "(…)" closing at @close as
 * a title: a cue noun near it ("His first book, T (1970)", "T (1930) the
 * funniest book"), a possessive pronoun, a preposition that takes works
 * ("since T (1991)", "in T (1972)"), or a foreign article.  Returns 0
 * when there is none, 1 for the preposition alone (weak), 2 otherwise. */
guint    ck_ctx_title_signal   (const CkExtractCtx *ctx, guint ts, guint open, guint close);

/* A lower-case cue noun of a book or a part of one at @k ("novel",
 * "story", "collection"). */
gboolean ck_ctx_work_cue       (const CkExtractCtx *ctx, guint k);

/* "Title, What Now? (", "Guns, Germs, and Steel (": extends a title run
 * [ts,te) over ", Item" pieces when the whole reads as one title and an
 * "(" follows; returns the new end or @te. */
guint    ck_ctx_comma_title_forward (const CkExtractCtx *ctx, guint ts, guint te, guint limit);
/* "La Société du spectacle (": extends a run opened by a foreign article
 * over lower-case words up to an "("; returns the new end or @te. */
guint    ck_ctx_foreign_end    (const CkExtractCtx *ctx, guint ts, guint te, guint limit);
/* The ")" of "(YYYY)" or "(YYYY; Translated Title, YYYY)" at @open, or 0;
 * *@tr_s, *@tr_e get the translation's title tokens (both 0 if none). */
guint    ck_ctx_year_paren     (const CkExtractCtx *ctx, guint open, guint *tr_s, guint *tr_e);
/* "(1884-86)", "(1907-1967)": a span of years, which dates a painting or a
 * life, not a book. */
gboolean ck_ctx_year_range_paren (const CkExtractCtx *ctx, guint open);
/* "Drowned Bells" is two words; a lone sentence-initial word before an
 * imprint ("Lanterns (Faber, 1962) described …") is a title only when it
 * is no opener, function word, place or recurring name. */
gboolean ck_ctx_lone_title     (const CkExtractCtx *ctx, guint ts, guint open, guint close);

/* "What is Life? (": a question title in sentence case ending at @end
 * ("?" at @end - 1) whose capitalised run starts at @ts; returns the
 * question word that opens it, or @ts. */
guint    ck_ctx_question_start (const CkExtractCtx *ctx, guint ts, guint end, guint floor);
/* "Ada Lind and Piet Orr, in T (…)", "Ada Lind in T (…)": the authors
 * named just before "in" at @ts - 1, appended to @out (role author).
 * Returns the number of names added. */
guint    ck_ctx_names_in_before (const CkExtractCtx *ctx, guint ts, guint floor, GPtrArray *out);
/* Whether the name holding token @k is a fictional character ("his hero,
 * Will Bode,", "the narrator Ana Pell"): no author. */
gboolean ck_ctx_is_character    (const CkExtractCtx *ctx, guint k);
/* The person a paragraph is about, for a mention at token @tok no nearer
 * context attributes: the first family name from @index (or possessive)
 * in the paragraph before @tok that is not inside a prepositional phrase,
 * a title or a character's introduction.  NULL when none. */
CkName  *ck_ctx_paragraph_subject (const CkExtractCtx *ctx, guint tok, GHashTable *index);
/* "X's own Tidewater": whether the one word [ts,te) after "own" can be a
 * title: a capitalised word, not an institution, event or place, ending a
 * clause. */
gboolean ck_ctx_own_title       (const CkExtractCtx *ctx, guint ts, guint te);
/* "Social Thought, 1860-1915 (1944)": when the run [ts,end) is only a
 * span of years after a comma, the title is the run before the comma and
 * keeps the span; returns its start, or @ts. */
guint    ck_ctx_range_title_start (const CkExtractCtx *ctx, guint ts, guint end, guint floor);
/* The personal name ending with token @k when it is written in full
 * ("Erasmus Vell"), as an author; NULL for a bare family name. */
CkName  *ck_ctx_full_name_at    (const CkExtractCtx *ctx, guint k, guint floor);
/* "their T", "the authors' joint T": the work of all the reviewed book's
 * authors, looking back from token @tok over at most three words. */
gboolean ck_ctx_group_owner     (const CkExtractCtx *ctx, guint tok);
/* "Hospital", "Street", "College": a word that ends the name of a place or
 * an institution, so "Beth Arden Hospital" is nobody's author. */
gboolean ck_ctx_institution_word (const char *word, gssize len);
/* @word ends the name of a body, not a person: an institution word or
 * its plural ("Awards"), a publisher word ("Press"), "Archive". */
gboolean ck_ctx_body_word (const char *word, gssize len);
/* Whether token @k lies inside the title of a mention ("A Man's Place"):
 * a possessive there is no person. */
gboolean ck_ctx_in_title         (const CkExtractCtx *ctx, guint k);
/* The person a text is about, for a work no context attributes: the family
 * name from @index (family → given) that the text names most often, at
 * least twice.  NULL when none stands out. */
CkName  *ck_ctx_text_subject     (const CkExtractCtx *ctx, GHashTable *index);

/* title-weak.c: whether the capitalised run [ts,te) names an event, a
 * period, an institution or a place ("the General Strike", "Treaty of
 * Rome", "North Wales") rather than a work. */
gboolean ck_ctx_names_non_work  (const CkExtractCtx *ctx, guint ts, guint te);
/* title-weak.c: whether [ts,te) may be a title on a weak mark only (a
 * year after it): two words or more in mid-sentence (@sfloor: the
 * sentence start), no event, institution, place or person. */
/* title-weak.c: whether [ts,te) reads as a personal name: an honorific
 * opens it, or it reads as a name that a known given name opens or whose
 * last word the text repeats. */
gboolean ck_ctx_names_person    (const CkExtractCtx *ctx, guint ts, guint te);
/* title-weak.c: whether [ts,te) is a person's name right after a lower-case
 * "by" ("edited by Ann Vell in 1978") or "wrote with": never a title. */
gboolean ck_ctx_person_after_by (const CkExtractCtx *ctx, guint ts, guint te);
gboolean ck_ctx_weak_title_ok   (const CkExtractCtx *ctx, guint ts, guint te, guint sfloor);
/* title-weak.c: whether the "by" at @by follows a verb of sequence ("was
 * followed by T"), so that a work comes after it, not its author. */
gboolean ck_ctx_sequence_by      (const CkExtractCtx *ctx, guint by);
/* title-weak.c: whether token @k is an honorific or a known given name
 * ("The Queen Mary", "The Duke of X"): a name, not a title, follows. */
gboolean ck_ctx_opens_with_name (const CkExtractCtx *ctx, guint k);
/* title-weak.c: "his edition of T", "her translation of T" just before
 * token @tok: the role of the person the context gives (editor,
 * translator); CK_ROLE_AUTHOR otherwise. */
CkRole   ck_ctx_role_before (const CkExtractCtx *ctx, guint tok);
/* title-weak.c: "on Mrs Harrow (1923)": a run opened by "Mr", "Mrs",
 * "Lord", "Sir" after a lower-case word, whose name the text never uses
 * again, no given name after the honorific: a book named for a
 * character (for "(YYYY)" only; "in YYYY" dates people). */
gboolean ck_ctx_honorific_title_ok (const CkExtractCtx *ctx, guint ts, guint te, guint sfloor);
/* title-weak.c: "at Hogg House with Two Lamps": the start of a weak
 * title after the first inner lower-case preposition of [ts,te) when the
 * part before it names a place, institution, person or repeated word;
 * @te when there is none. */
guint    ck_ctx_weak_title_cut  (const CkExtractCtx *ctx, guint ts, guint te, guint sfloor);
/* title-weak.c: "in Downhill All\nthe Way (": extends the run [ts,end)
 * that ck_title_span_backward() stopped at a single line break, for
 * hard-wrapped texts; returns the new start or @ts. */
guint    ck_ctx_span_back_lines (const CkExtractCtx *ctx, guint ts, guint end, guint floor);
/* A review of a life ("Mary Quint" by Ada Vell, "Quint: A Life"): the
 * person the reviewed books are titled after, named at least three times
 * in the text; NULL when there is none or more than one.  Works the
 * context attributes to a biographer are that person's (merge.c). */
CkName  *ck_ctx_biography_subject (const CkExtractCtx *ctx, const GPtrArray *reviewed);
/* The mentions of reviewed books: the main one and the other header
 * entries of a review of several books (CkMention*, not owned). */
GPtrArray *ck_ctx_reviewed_mentions (const CkExtractCtx *ctx);
/* Whether @who has the family name of an author of a @reviewed book and
 * @rec is not that book. */
gboolean ck_ctx_is_main_author    (const GPtrArray *reviewed, const CkRecord *rec, const CkName *who);

void ck_detect_surname_paren_list (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_published_title    (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_appositive_list    (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_cue_apposition     (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_opener_title       (CkExtractCtx *ctx, const CkDetector *det);
/* detect-cue-list.c: "her novels T1 and T2", "Last year's T" */
void ck_detect_cue_list           (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_time_possessive    (CkExtractCtx *ctx, const CkDetector *det);
/* detect-paren-title.c: "Vell's study (Title: Sub, Firm, 1988)" */
void ck_detect_paren_title        (CkExtractCtx *ctx, const CkDetector *det);
/* detect-authordate.c: "Family, Given 2005 Title. Journal 28(3):623-649." */
void ck_detect_author_date        (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_name_in_title      (CkExtractCtx *ctx, const CkDetector *det);
/* A book titled by tokens [ts,te), its author found like a pronoun's from
 * token @who; claims the tokens (detect-cue-list.c). */
void ck_ctx_add_bare_title (CkExtractCtx *ctx, const CkDetector *det, guint ts, guint te, guint who);
/* "a novel called T", "entitled T", "the trilogy he calls T" (detect-named.c) */
void ck_detect_named_title        (CkExtractCtx *ctx, const CkDetector *det);
/* "(T, 2004, etc.)": the end of the list item [s,k) before a closing
 * ", etc." (a trade notice's list of earlier books cut short), or @k. */
guint ck_etc_item_end (const CkExtractCtx *ctx, guint s, guint k);

G_END_DECLS
