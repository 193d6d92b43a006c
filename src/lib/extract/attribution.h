/* attribution.h — rules for the owner of a work named in running prose
 * (attribution.c), used by the antecedent search in merge.c. */
#pragma once

#include "extract-private.h"

G_BEGIN_DECLS

/* Name token @k followed by a possessive that owns no word ("sold at Pell's;"). */
gboolean    ck_attr_bare_possessive  (const CkExtractCtx *ctx, guint k);
/* The name starting at @ns stands after "the NOUN" ("the fiddler NAME"). */
gboolean    ck_attr_described_person (const CkExtractCtx *ctx, guint ns, guint floor);
/* Name token @k owns a version of another's work ("Vell's translation",
 * "Vell's old Penguin translation"): a translator, no author. */
gboolean    ck_attr_mediator_possessive (const CkExtractCtx *ctx, guint k);
/* The title of @m follows a capitalised possessive other than @family
 * ("Sophocles's <i>T</i>"): the title has an owner of its own. */
gboolean    ck_attr_other_possessor  (const CkExtractCtx *ctx, const CkMention *m, const char *family);
/* Name token @k and its possessive open a firm the lexicon knows
 * ("Serpent's Tail"): no person. */
gboolean    ck_attr_firm_possessive  (const CkExtractCtx *ctx, guint k);
/* Token @k's possessive owns a body of learning or care ("Gannet's
 * Harbour Research Center", "Oxford's Institute of Salt"): no person. */
gboolean    ck_attr_body_possessive  (const CkExtractCtx *ctx, guint k);
/* Whether [ts,te) ends in the noun of such a body ("Research Center"). */
gboolean    ck_attr_body_run         (const CkExtractCtx *ctx, guint ts, guint te);
/* Name token @k is followed by "himself"/"herself". */
gboolean    ck_attr_reflexive_person (const CkExtractCtx *ctx, guint k);
/* The person an obituary or profile opens with ("IVO BRANT, who has
 * died …"), or NULL; the given name as @index (family → given) has it. */
CkName     *ck_attr_profile_subject  (const CkExtractCtx *ctx, GHashTable *index);
/* The casefolded key in @families that @family misreads by OCR, or NULL. */
const char *ck_attr_ocr_family       (GHashTable *families, const char *family);

/* The name ending at token @k is joined by "of" to a capitalised word
 * ("… of The Diary of Ada Vell"): a title's subject, nobody's owner. */
gboolean    ck_attr_name_in_title    (const CkExtractCtx *ctx, guint k);
/* @rec is titled with a person's name ("Ada Vell", "Ada Vell: A Life")
 * other than @subject's: a life written by someone, not by @subject. */
gboolean    ck_attr_life_of_other    (const CkRecord *rec, const CkName *subject);

/* The pronoun at @tok opens "her lives of", "his biography of": what
 * follows are lives the pronoun's owner wrote. */
gboolean    ck_attr_life_cue         (const CkExtractCtx *ctx, guint tok);

/* The capitalised run [ns,ne) names no person: it follows an article
 * ("the New Left's", "den Prozess der Welt"), or it is a place ("New
 * York"). */
gboolean    ck_attr_entity_name      (const CkExtractCtx *ctx, guint ns, guint ne, guint floor);

/* The title at token @tok follows "the author's father, whose": its
 * owner is a relative the text does not name. */
gboolean    ck_attr_unnamed_owner    (const CkExtractCtx *ctx, guint tok);

/* The title of @m follows "her stories in", "his essays for": T is where
 * they were printed, not a work of hers. */
gboolean    ck_attr_pieces_in        (const CkExtractCtx *ctx, const CkMention *m);
/* The author named @family (case ignored) on one of the reviewed books'
 * mentions @ms, or NULL. */
const CkName *ck_attr_reviewed_author_named (const GPtrArray *ms, const char *family);

/* Token @k is an honorific ("Mr", "Herr", "Madame"): no given name. */
gboolean    ck_attr_honorific        (const CkExtractCtx *ctx, guint k);

/* An honorific stands just before token @k (above @floor): "Miss", "Mr",
 * "Mrs." … */
gboolean    ck_attr_after_honorific  (const CkExtractCtx *ctx, guint k, guint floor);

/* Token @k is a regnal number after a capital ("Otto IV"): no surname. */
gboolean    ck_attr_regnal_number    (const CkExtractCtx *ctx, guint k);
/* The casefolded titles of every mention's record (a set). */
GHashTable *ck_attr_title_set        (const CkExtractCtx *ctx);
/* A title of the text (@titles) starts with the name [ns,ne) and runs on. */
gboolean    ck_attr_title_starts     (const CkExtractCtx *ctx, GHashTable *titles, guint ns, guint ne);
/* Tokens [ns,ne) spell a title of the text ("Salt Harbour" is no person). */
gboolean    ck_attr_span_is_title    (const CkExtractCtx *ctx, GHashTable *titles, guint ns, guint ne);

/* A column of short reviews ("Briefly noted"): each header is followed
 * by its own prose, and the prose belongs to the nearest header before
 * it.  Where headers stand together before the prose (two books reviewed
 * together) the first header stays the reviewed book. */
typedef struct _CkColumnMains CkColumnMains;
CkColumnMains   *ck_column_mains_new  (const CkExtractCtx *ctx);
void             ck_column_mains_free (CkColumnMains *cm);
/* The header mention that prose at byte @start belongs to; @first when no
 * prose separates the headers before it. */
const CkMention *ck_column_main_for   (const CkColumnMains *cm, gsize start, const CkMention *first);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CkColumnMains, ck_column_mains_free)

/* The owner of an unattributed title @m in running prose when the
 * context gives it to a reviewed author: "the author of T" (the
 * authors of @notice, the book whose notice this is), or a sentence
 * whose first person is a reviewed author with no one else between
 * ("Miss Vell, whose T (1928) …").  A new array of names, or NULL. */
GPtrArray  *ck_attr_reviewed_owner   (const CkExtractCtx *ctx, const CkMention *m, const GPtrArray *reviewed,
                                      const CkMention *notice, GHashTable *openers, GHashTable *index);
/* Paragraph start byte + 1 → the mention with an author that opens that
 * paragraph (a notice's header), for ck_attr_reviewed_owner. */
GHashTable *ck_attr_paragraph_openers (const CkExtractCtx *ctx);

/* In a review of several books, the reviewed mention whose title or
 * author the paragraph names nearest before byte @at ("The Wrong Road is
 * a collection … 'T' is the best of them"), or NULL. */
const CkMention *ck_attr_nearest_reviewed (const CkExtractCtx *ctx, gsize at, const GPtrArray *reviewed);

/* The role the owner of @m played by the context: CK_ROLE_EDITOR for
 * "the editors of T", "A and B, eds., T", "the collections Vell edited,
 * T1 and T2", "T, the volume which he edited (with A)"; CK_ROLE_TRANSLATOR
 * for "which Ada Vell translated as T"; else CK_ROLE_AUTHOR.  The people
 * the context names ("Vell edited", "with A", "A and B, eds.", "the book
 * he wrote with A" — a fellow author) are appended to @also (may be
 * NULL); @complete says whether they are all of them, the owner included. */
CkRole      ck_attr_role_cue         (const CkExtractCtx *ctx, const CkMention *m, GPtrArray *also,
                                      gboolean *complete);

/* The full name just before ", whose [essay] T" at @m ("Ada Vell, whose
 * essay T (1840) …"): T's author, even where T reads as a part of the
 * reviewed book.  NULL when no full name stands there. */
CkName     *ck_attr_whose_owner      (const CkExtractCtx *ctx, const CkMention *m);

/* The title of @m follows "the third volume,", "the concluding part": the
 * next book of the reviewed author's series. */
gboolean    ck_attr_series_cue       (const CkExtractCtx *ctx, const CkMention *m);

/* The first token of the name at @ns with an honorific before it ("Dr
 * F. R. Vell" → "Dr"), @ns when there is none. */
guint       ck_attr_name_start       (const CkExtractCtx *ctx, guint ns, guint floor);

/* The person named nearest before @tok in its paragraph, when that is an
 * author of a @reviewed mention ("Mr Vell's refusal … He writes … his
 * earlier T"); a copy, or NULL. */
CkName     *ck_attr_nearest_reviewed_author (const CkExtractCtx *ctx, guint tok, const GPtrArray *reviewed,
                                             GHashTable *index);

/* The capitalised word at @k is the subject of a verb of making whose
 * object is the title at @tok ("Reed wrote T", "Reed also finished T"):
 * a person, though the text never gives the name in full. */
gboolean    ck_attr_writer_subject   (const CkExtractCtx *ctx, guint k, guint tok);
/* The name ending at token @k is the object of a verb of meeting and
 * stands in the title at @tok ("who has met Mrs Tallow in T"): a
 * character of T, not its writer. */
gboolean    ck_attr_character_in     (const CkExtractCtx *ctx, guint k, guint tok, guint floor);
/* Token @k is a capitalised word that may name a person: no pronoun,
 * function word, place, firm, periodical, month or other non-name. */
gboolean    ck_attr_writer_subject_word (const CkExtractCtx *ctx, guint k);
/* The name ending at token @k stands before ", the heroine of" the
 * title at @tok ("Ada Quill, the heroine of T"): a character of T. */
gboolean    ck_attr_character_apposition (const CkExtractCtx *ctx, guint k, guint tok);
/* The sentence of the title at @tok names @family as a character of
 * it ("Ada Quill, the heroine of T", "met Mrs Quill in T"). */
gboolean    ck_attr_character_named  (const CkExtractCtx *ctx, guint tok, const char *family);
/* Token @k is a lower-case word ending in "-ly" ("openly"). */
gboolean    ck_attr_ly_adverb        (const CkExtractCtx *ctx, guint k);

G_END_DECLS
