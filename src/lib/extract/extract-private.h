/* extract-private.h — the insides of the prose extractor, shared by its
 * files and by the tests.
 *
 * The pipeline, one file per stage:
 *   tokenize.c   text → tokens with byte offsets, line and column; lines
 *                and paragraphs (blocks separated by blank lines)
 *   lexicon.c    the word lists in data/lexicons/, compiled in as GResources
 *   spans.c      shared scanners: title-case spans, personal names, role
 *                phrases, sentences
 *   assemble.c   record assembly: imprint elements ("Place: Publisher,
 *                Year", extent, binding, price, ISBN, edition, roles)
 *   detectors.c  the candidate detectors, one per citation convention, and
 *                the one const table that lists them
 *   merge.c      merging repeated mentions, surname and pronoun resolution,
 *                the review-of-itself record, keys, confidence
 *   extract.c    ck_extract_text(): runs the stages in order
 */
#pragma once

#include "citekit.h"

G_BEGIN_DECLS

/* ---------------------------------------------------------------- tokens */

typedef enum {
  CK_TOK_WORD,        /* letters (with inner hyphens/apostrophes), or a word with digits */
  CK_TOK_NUMBER,      /* starts with a digit: "1998", "1st", "19.95", "14s" */
  CK_TOK_PUNCT,       /* one character: , . : ; ( ) [ ] ? ! - — / & $ £ … */
  CK_TOK_QUOTE_OPEN,  /* “ ‘ or a straight/curly quote after space or start */
  CK_TOK_QUOTE_CLOSE, /* ” ’ or a quote glued to the preceding word */
  CK_TOK_POSS,        /* the possessive 's / ’s split off a word */
} CkTokKind;

enum {
  CK_TOKF_CAP     = 1 << 0,  /* first letter upper case */
  CK_TOKF_UPPER   = 1 << 1,  /* every letter upper case, two letters or more */
  CK_TOKF_LOWER   = 1 << 2,  /* first letter lower case */
  CK_TOKF_FUNC    = 1 << 3,  /* lower-case title function word ("of", "the") */
  CK_TOKF_INITIAL = 1 << 4,  /* one capital letter followed by "." ("V.") */
  CK_TOKF_YEAR    = 1 << 5,  /* four digits, 1400..2099 */
  CK_TOKF_SPACE   = 1 << 6,  /* whitespace follows the token */
  CK_TOKF_NOTE    = 1 << 7,  /* a note's number, glued on and removed, followed it ("Beyond1 the") */
};

typedef struct {
  guint32  start, end;   /* byte span in the text */
  guint32  line, col;    /* 1-based; col counts characters */
  guint8   kind;         /* CkTokKind */
  guint8   nl;           /* newlines in the whitespace before: 0, 1, 2 (= paragraph break) */
  guint16  flags;
  gunichar ch;           /* PUNCT and quotes: the character */
} CkToken;

typedef struct {
  guint32 start, end;        /* byte span, without the newline */
  guint   tok_first, tok_end;/* tokens [first, end) */
  guint   number;            /* 1-based line number in the text */
} CkLine;

enum {
  CK_PARA_HEADER = 1 << 0,   /* before the first prose paragraph */
  CK_PARA_PROSE  = 1 << 1,   /* running text */
  CK_PARA_SHORT  = 1 << 2,   /* one line, no sentence end: a heading or label */
};

typedef struct {
  guint32 start, end;
  guint   line_first, line_end;  /* lines [first, end) */
  guint   tok_first, tok_end;
  guint   flags;
} CkPara;

typedef struct {
  const char *text;
  gsize       len;
  GArray     *toks;   /* CkToken */
  GArray     *lines;  /* CkLine, non-blank lines only */
  GArray     *paras;  /* CkPara */
} CkTokens;

CkTokens *ck_tokens_new  (const char *text, gsize len);
void      ck_tokens_free (CkTokens *t);
/* 1-based line and column (in characters) of byte @offset. */
void      ck_tokens_locate (const CkTokens *t, gsize offset, guint *line, guint *col);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CkTokens, ck_tokens_free)

/* ------------------------------------------------------------- repairs */

/* Repairs cp1252 mojibake, words hyphenated across lines and "l937"
 * (normalize.c).  Returns NULL when there is nothing to repair; otherwise
 * the repaired text, its length and a map from each of its byte offsets
 * (0..*out_len) to the offset in @text. */
char *ck_normalize_text (const char *text, gsize len, gsize *out_len, guint32 **out_map);

/* --------------------------------------------------------------- lexicons */

typedef enum {
  CK_LEX_PLACES,
  CK_LEX_PUBLISHERS,
  CK_LEX_PUBLISHER_WORDS,
  CK_LEX_PERIODICALS,
  CK_LEX_PERIODICAL_CUES,
  CK_LEX_FUNCTION_WORDS,
  CK_LEX_BINDING,
  CK_LEX_CURRENCY,
  CK_LEX_ROLES,
  CK_LEX_CUES,
  CK_LEX_LABELS,
  CK_LEX_MONTHS,
  CK_LEX_GENRE_WORDS,
  CK_LEX_PARTICLES,
  CK_LEX_NON_NAMES,
  CK_LEX_ENTITY_NOUNS,
  CK_LEX_GIVEN_NAMES,   /* given-names.txt: forenames that open a person's name */
  CK_LEX_NON_TITLES,    /* non-titles.txt: event, period, institution, honorific, direction words */
  CK_LEX_N
} CkLexId;

/* The value stored for @word (case-insensitive) in lexicon @id: the text
 * after the tab, or "" for a plain entry; NULL when absent. */
const char *ck_lex_lookup (CkLexId id, const char *word, gssize len);
/* The resource file name of @id ("places.txt"), for tests. */
const char *ck_lex_file   (CkLexId id);
/* Role phrases in match order (longest first): phrase words and role. */
typedef struct { char **words; guint n_words; CkRole role; } CkRolePhrase;
const GPtrArray *ck_lex_role_phrases (void);

/* ------------------------------------------------------------- the context */

enum {
  CK_MENTION_SELF     = 1 << 0,  /* the review (the text) itself */
  CK_MENTION_WEAK     = 1 << 1,  /* kept only if it merges with a firm mention */
  CK_MENTION_MAIN     = 1 << 2,  /* a header citation: the reviewed book */
  CK_MENTION_PART     = 1 << 3,  /* an essay of the main (reviewed) book */
  CK_MENTION_PRONOUN  = 1 << 4,  /* author given only as "his"/"her" */
  CK_MENTION_ISSUE    = 1 << 5,  /* an issue of a periodical (no title) */
  CK_MENTION_PART_MAYBE = 1 << 6,/* an essay title: part of the main book if that is a collection */
  CK_MENTION_ATTACH   = 1 << 7,  /* fields for an earlier record ("published in French as T") */
  CK_MENTION_COAUTHOR = 1 << 8,  /* "his paper with X": the pronoun's person is the first author */
  CK_MENTION_DEICTIC  = 1 << 9,  /* with ATTACH: "This novel, first published as T": for the reviewed book */
  CK_MENTION_EDITION  = 1 << 10, /* one edition of a title a record names twice ("Originally published: Place :
                                    Firm, 1950."): kept apart from the title's other years */
};

typedef struct _CkDetector CkDetector;

typedef struct {
  CkRecord         *rec;
  gsize             start, end;     /* evidence span */
  const CkDetector *det;
  double            confidence;
  guint             flags;
  guint             tok;            /* first token, for pronoun resolution */
} CkMention;


typedef struct {
  const char *text;         /* the text after ck_normalize_text()'s repairs */
  gsize       len;
  const char *orig_text;    /* the text as given */
  gsize       orig_len;
  const guint32 *orig_map;  /* text offset → orig_text offset; NULL when nothing was repaired */
  GArray     *orig_lines;   /* guint32 start offsets of orig_text's lines, when orig_map is set */
  GArray     *orig_cont;    /* guint32 per CK_COL_BLOCK bytes of orig_text: UTF-8 continuation bytes
                               before the block, so a column costs no scan of a long line */
  const char *source;
  CkTokens   *t;
  guint8     *claimed;      /* per token: a detector already used it */
  GPtrArray  *mentions;     /* CkMention* */
  guint32    *sent_start;   /* per token: ck_sentence_start(), computed once (spans.c) */
  guint32    *next_stop;    /* per token: the first token at or after it that ends a sentence, or n */
  guint32    *next_break;   /* per token: the first token at or after it after a paragraph break, or n */
  struct _CkTitleIndex *titles_seen; /* ck_title_seen()'s index of the mentions' titles */
  guint32    *cover_head;   /* per token: 1 + first link of the mentions covering it, or 0 */
  guint32    *cover_tail;   /* per token: 1 + last link, for appending in mention order */
  GArray     *cover_links;  /* CkCoverLink: mention index, next link */
  GArray     *cover_wide;   /* guint32 indices of mentions too long to link token by token */
  CkRecord   *catalogue;    /* fields on their own lines ("Publisher: X", "268 pages"),
                                for the reviewed book once it is known */
  gsize       cat_start, cat_end;
  guint       cat_tok;
  GPtrArray  *reviewers;    /* CkName* from bylines */
  gboolean    reviewers_bare; /* read from a line of bare names: a byline below corrects it */
  char       *review_title; /* the heading of the review, if found */
  gint        film_text;    /* the text writes about films: -1 not yet known, else 0 or 1 */
  gsize       review_title_start, review_title_end;
} CkExtractCtx;

typedef void (*CkDetectFunc) (CkExtractCtx *ctx, const CkDetector *det);

struct _CkDetector {
  const char  *name;        /* shown by --explain */
  CkDetectFunc func;
  double       confidence;  /* base confidence of a mention it makes */
  const char  *convention;  /* what it finds, for the reader of the table */
};

const CkDetector *ck_detectors (guint *out_n);
/* Detectors in files of their own (detect-*.c), listed in the table. */
void ck_detect_bare_title_year (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_comma_citation  (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_comma_run       (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_journal_article (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_quoted_article  (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_glossed_periodical (CkExtractCtx *ctx, const CkDetector *det);
/* detect-article.c: whether tokens [s,e) name a periodical ("Review",
 * "Times", a known abbreviation); "his paper with Given Family, “T”": adds
 * the co-author to @rec and returns the pronoun's token, or G_MAXUINT. */
gboolean ck_names_periodical (const CkExtractCtx *ctx, guint s, guint e);
guint    ck_coauthor_before  (const CkExtractCtx *ctx, guint comma, CkRecord *rec);
/* detect-article.c: a plural noun for parts of a book ("poems", "stories") earlier
 * in the paragraph of the quote at @open, within the three sentences before. */
gboolean ck_part_cue_before  (const CkExtractCtx *ctx, guint open);
void ck_detect_comma_header    (CkExtractCtx *ctx, const CkDetector *det);
/* Finds the review's own heading and byline, walking back from paragraph
 * @book_para (the reviewed book's header, or the first prose paragraph). */
void       ck_find_review_heading (CkExtractCtx *ctx, guint book_para);

/* A provenance entry for text[start,end), with offsets, line, column and
 * evidence taken from the text as the user gave it. */
CkProvenance *ck_provenance_at (const CkExtractCtx *ctx, gsize start, gsize end,
                                const char *detector, double confidence);
CkMention *ck_mention_add   (CkExtractCtx *ctx, const CkDetector *det, CkRecord *rec,
                             gsize start, gsize end, guint first_tok, guint flags);
/* Whether a detector has taken the reviewed book (a CK_MENTION_MAIN mention). */
/* extract.c: names as a catalogue writes them (the plain apostrophe,
 * capitals made title case) */
void       ck_tidy_names (CkRecord *rec);
gboolean   ck_have_main_mention (const CkExtractCtx *ctx);
/* Whether a detector has taken the review's own record (CK_MENTION_SELF). */
gboolean   ck_have_self_mention (const CkExtractCtx *ctx);

/* The mentions whose span covers token @k, in the order they were added,
 * without a scan of every mention (extract.c):
 *   CkCoverIter it; const CkMention *m;
 *   ck_cover_iter_init (ctx, k, &it);
 *   while ((m = ck_cover_iter_next (ctx, &it))) … */
typedef struct {
  guint32 mention, next;    /* next: 1 + the next link, or 0 */
} CkCoverLink;

typedef struct {
  guint tok;
  guint32 link;             /* 1 + the next link to read, or 0 */
  guint wide;               /* the next entry of cover_wide to read */
} CkCoverIter;

/* Whether some mention's record has the main title @title (ASCII case
 * ignored), from an index brought up to date on each call (extract.c). */
gboolean         ck_title_seen      (const CkExtractCtx *ctx, const char *title);

void             ck_cover_iter_init (const CkExtractCtx *ctx, guint k, CkCoverIter *it);
const CkMention *ck_cover_iter_next (const CkExtractCtx *ctx, CkCoverIter *it);
void       ck_claim         (CkExtractCtx *ctx, guint first, guint end);
gboolean   ck_is_claimed    (const CkExtractCtx *ctx, guint first, guint end);

/* ------------------------------------------------------------ token helpers */

static inline const CkToken *
ck_tok (const CkExtractCtx *ctx, guint i)
{
  return &g_array_index (ctx->t->toks, CkToken, i);
}

static inline guint
ck_n_toks (const CkExtractCtx *ctx)
{
  return ctx->t->toks->len;
}

/* Line @l of the text (tokens [tok_first, tok_end), bytes [start, end)). */
static inline const CkLine *
ck_line (const CkExtractCtx *ctx, guint l)
{
  return &g_array_index (ctx->t->lines, CkLine, l);
}

gboolean ck_tok_is       (const CkExtractCtx *ctx, guint i, const char *word); /* case-insensitive */
gboolean ck_tok_is_punct (const CkExtractCtx *ctx, guint i, gunichar ch);
/* Token @i is a superscript digit, a note's mark ("¹", "⁴"): the tokenizer
 * keeps these out of words. */
gboolean ck_tok_is_note_mark (const CkExtractCtx *ctx, guint i);
/* A column gap before token @i on its line: two spaces or more, or a tab
 * (mastheads, signatures and running heads set their parts in columns). */
gboolean ck_tok_column_gap (const CkExtractCtx *ctx, guint i);
/* "Professor", "Mr", "Sir" at @k: a capitalised honorific (non-titles.txt). */
gboolean ck_tok_is_honorific (const CkExtractCtx *ctx, guint k);
/* An honorific ends just before @i ("Professor", "Mr.", "Dr"); @i > 0. */
gboolean ck_honorific_before (const CkExtractCtx *ctx, guint i);
char    *ck_tok_dup      (const CkExtractCtx *ctx, guint i);
/* The text of tokens [first, end) as written, whitespace runs folded to one
 * space; NULL when empty. */
char    *ck_span_dup     (const CkExtractCtx *ctx, guint first, guint end);
gboolean ck_tok_in_lex   (const CkExtractCtx *ctx, guint i, CkLexId id);
gboolean ck_span_in_lex  (const CkExtractCtx *ctx, guint first, guint end, CkLexId id);
/* Index of the paragraph holding token @i. */
guint    ck_para_of      (const CkExtractCtx *ctx, guint i);

/* ------------------------------------------------------------------ spans */

/* A title-case span starting at @i: capitalised words, lower-case function
 * words, numbers, inner hyphens and possessives, "Title: Subtitle".
 * Returns the end token (exclusive), == @i when there is none.
 * @cross_lines allows single line breaks inside. */
guint    ck_title_span_forward  (const CkExtractCtx *ctx, guint i, guint limit, gboolean cross_lines);
/* The title-case span that ends just before @end, or @end when none. */
guint    ck_title_span_backward (const CkExtractCtx *ctx, guint end, guint floor);
gboolean ck_tok_plural_possessive (const CkExtractCtx *ctx, guint j, guint floor);
gboolean ck_tok_the_inside_title (const CkExtractCtx *ctx, guint k);
void     ck_title_volume_tail (CkRecord *rec);
gboolean ck_quoted_strong_cue (const CkExtractCtx *ctx, guint open, guint close);
/* "Vell, whose “T”": a writer's work named by its owner. */
gboolean ck_quoted_after_whose (const CkExtractCtx *ctx, guint open);
/* Whether tokens [s,e) spell a title data/lexicons/works.txt knows, word for word. */
gboolean ck_known_title_at (const CkExtractCtx *ctx, guint s, guint e);
/* A personal name starting at @i ("Mary K. Oduya", "Hart-Lowe");
 * returns its end, == @i when none. */
guint    ck_name_span_forward   (const CkExtractCtx *ctx, guint i, guint limit);
/* "McNEILL", "MacDONALD": the length of the "Mc" or "Mac" that opens the
 * @n bytes at @w before a capital, or 0. */
gsize    ck_mc_prefix_len       (const char *w, gsize n);
/* The personal name ending just before @end; returns its start or @end. */
guint    ck_name_span_backward  (const CkExtractCtx *ctx, guint end, guint floor);
/* "A. Bell and C. Dorr": the start of the first of two full names joined by
 * "and", given the second's start @ns; @ns when there is none. */
guint    ck_name_pair_start     (const CkExtractCtx *ctx, guint ns, guint floor);
/* ck_name_pair_start(), and a one-word first owner of a possessive: "Vell and Orr's". */
guint ck_owner_pair_start (const CkExtractCtx *ctx, guint ns, guint floor);
/* Names joined by ",", "and", "&" starting at @i; appends CkName* with
 * @role to @out and returns the end. */
guint    ck_names_forward       (const CkExtractCtx *ctx, guint i, guint limit, CkRole role, GPtrArray *out);
/* A role phrase ("edited and introduced by") at @i; returns its end, == @i
 * when none. */
guint    ck_role_phrase_at      (const CkExtractCtx *ctx, guint i, guint limit, CkRole *out_role);
/* "Family, Given." or "Family, G. M." at token @f (before @e): how
 * library headings and review cards open. */
gboolean ck_inverted_name_at    (const CkExtractCtx *ctx, guint f, guint e);
/* Token @i is one of the NULL-terminated @words (case-insensitive). */
gboolean ck_tok_in_words        (const CkExtractCtx *ctx, guint i, const char * const *words);
/* The articles that open foreign titles ("La", "Der", "Het"), for
 * ck_tok_in_words (spans.c). */
extern const char * const ck_articles[];
extern const char * const ck_foreign_articles[];
/* Token @i is a word in lower case / with a capital (FALSE past the end). */
gboolean ck_tok_lower_word      (const CkExtractCtx *ctx, guint i);
/* Whether the lower-case word at @i ends as an English verb's form does
 * and a Latin word does not: "builds", "remains", "argued", "showing". */
gboolean ck_tok_verb_form       (const CkExtractCtx *ctx, guint i);
/* "builds on Orr (1986)" at @i: a word ending as an English verb's form
 * does, a preposition (not "of") and an author-date citation, the
 * sentence's own words after a title. */
gboolean ck_verb_author_date_at (const CkExtractCtx *ctx, guint i);
/* "It draws on …", "She wrote …" at @s: a pronoun and a lower-case word
 * that is no function word open a sentence of prose, never a title. */
gboolean ck_pronoun_clause      (const CkExtractCtx *ctx, guint s, guint e);
gboolean ck_tok_cap_word        (const CkExtractCtx *ctx, guint i);
/* Whether two lines or more of paragraph @pp open with a bullet ("- ",
 * "* ", "• "): a list whose items are read one by one, not one header. */
gboolean ck_para_is_list        (const CkExtractCtx *ctx, const CkPara *pp);
gboolean ck_para_is_bio         (const CkExtractCtx *ctx, const CkPara *pp);
gboolean ck_para_opens_schedule (const CkExtractCtx *ctx, const CkPara *pp);
/* "(published) in France as T": an "as" and a capital within the three
 * tokens after @k, before @e — an original's title follows, no venue. */
gboolean ck_as_follows (const CkExtractCtx *ctx, guint k, guint e);
/* First token of the sentence holding @i. */
guint    ck_sentence_start      (const CkExtractCtx *ctx, guint i);
/* Fills ctx->sent_start, next_stop and next_break, so that
 * ck_sentence_start() and ck_sentence_end() cost no scan. */
void     ck_sentence_starts_index (CkExtractCtx *ctx);
/* Token after the end of the sentence holding @i. */
guint    ck_sentence_end        (const CkExtractCtx *ctx, guint i);
/* spans.c: a page's italics tag, "<i>", "<em>" or "<cite>" (with @closing
 * "</i>" …), opening at @k before @limit: the token after it, or @k. */
guint    ck_italic_tag_at       (const CkExtractCtx *ctx, guint k, guint limit, gboolean closing);
/* The first token that starts at or after byte @at (binary search). */
guint    ck_tok_at_byte         (const CkExtractCtx *ctx, gsize at);
/* The quote closing the one opened at @open, before token @limit and in
 * its paragraph; a quote opened inside it closes inside it.  0 if none. */
guint    ck_quote_close_nested  (const CkExtractCtx *ctx, guint open, guint limit);
/* Whether a title made of tokens [first,end) is plausible on its own (not a
 * label or genre word, not a bare place). */
gboolean ck_title_plausible     (const CkExtractCtx *ctx, guint first, guint end);
/* Counts words (WORD/NUMBER tokens) in [first,end). */
guint    ck_count_words         (const CkExtractCtx *ctx, guint first, guint end);
/* Whether [s, e) (a stop after it allowed) is a firm's name alone:
 * capitalised words with a firm's word ("Gannet Press", "Heron Books")
 * or a known publisher. */
gboolean ck_firm_name_span      (const CkExtractCtx *ctx, guint s, guint e);
/* Reads the names in [s, e) with @role onto @rec; returns how many. */
guint    ck_add_names_span      (const CkExtractCtx *ctx, CkRecord *rec, guint s, guint e, CkRole role);
/* The same when names fill [s, e) exactly (one at least); otherwise adds
 * nothing and returns FALSE. */
gboolean ck_add_names_exact     (const CkExtractCtx *ctx, CkRecord *rec, guint s, guint e, CkRole role);

/* ---------------------------------------------------------------- assembly */

/* Sets TITLE and SUBTITLE from "Title: Subtitle" (splitting at the first
 * colon), and VOLUME from an inner "Vol.1".  Takes @full. */
void     ck_assemble_title      (CkRecord *rec, char *full);

/* "Given Family: Title" as a header's title with no author on the
 * record: the name before the colon becomes the author and the rest the
 * title — unless the rest reads as a life of that person. */
void     ck_header_colon_author (CkRecord *rec);
/* "T: The Novels and Stories of Given Family", "Essays by Given Family":
 * a collected edition's writer, when the record names nobody (assemble.c). */
void     ck_collected_author    (CkRecord *rec);

typedef enum {
  CK_ELEM_INLINE = 0,    /* "(London, 1979)": an unknown name is a place */
  CK_ELEM_BLOCK  = 1,    /* a header line: an unknown name is a publisher */
  CK_ELEM_WRAPPED = 2,   /* as a block, but hard-wrapped: a newline is a space
                          * ("Vandenhoeck\n    & Ruprecht" under a hanging indent) */
} CkElemMode;

/* Parses imprint elements in text[start,end) into @rec: places and
 * publishers ("Place: Publisher; Place: Publisher"), year, edition,
 * extent, binding, price, ISBN, role phrases with names.  Returns the
 * number of elements recognised; *@out_unknown counts pieces it could not
 * place. */
guint    ck_assemble_elements   (CkRecord *rec, const char *text, gsize start, gsize end,
                                 CkElemMode mode, guint *out_unknown);
/* TRUE when text[start,end) holds a price, an extent, an ISBN or a
 * "Place: Publisher" pair: the marks of a book-trade header. */
gboolean ck_has_imprint_signal  (const char *text, gsize start, gsize end);
/* The name of a language ("French") → ISO 639-1 ("fr"), or NULL. */
const char *ck_language_code    (const char *word, gsize len);
/* Adds @name unless an equal name with the same role is there; takes it. */
void     ck_record_add_name_unique (CkRecord *rec, CkName *name);

/* --------------------------------------------------------------- notes */

/* note-source.c: a footnote that gives only the source of a title cited
 * in the text ("\"T\",¹" … "¹ Journal, vol. XIV (1961), pp. 40-58.")
 * fills the mention's record.  Runs after the detectors. */
void ck_note_sources (CkExtractCtx *ctx);
/* shared-year.c: "T1 and T2, both of 1948": the year for both mentions.
 * Runs after the detectors. */
void ck_shared_years (CkExtractCtx *ctx);
void ck_press_masthead_publisher (CkExtractCtx *ctx);
/* imprint-attach.c: "Title: le sous-titre (Paris: Firm, 1992)" — an
 * unread imprint after a mention with none.  Runs after the detectors. */
void ck_attach_trailing_imprints (CkExtractCtx *ctx);
/* detect-cover.c: claims an archive's notice of its terms ("Your use of
 * the JSTOR archive …").  Runs before the detectors. */
void ck_claim_archive_notices (CkExtractCtx *ctx);

/* ------------------------------------------------------------------ merging */

/* Resolves surnames and pronouns, merges repeated mentions, builds the
 * review-of-itself record, attaches pending catalogue fields, and returns
 * the final records in order of first mention. */
GPtrArray *ck_merge_mentions (CkExtractCtx *ctx, double min_confidence);

/* names.c: particles and two-word surnames join the family name
 * ("von Mises", "Le Guin", a "Quill Brand" the text uses alone). */
void ck_names_settle (const CkExtractCtx *ctx, GPtrArray *records);

G_END_DECLS
