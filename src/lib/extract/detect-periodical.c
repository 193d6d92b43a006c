/* detect-periodical.c — a periodical named in passing in running prose:
 * "first appeared in the Daily Clarion", "wrote for Harbour Weekly",
 * "a series of articles in Zvono", "Time magazine".
 *
 * Reviews name the papers a writer wrote for or where a piece first ran;
 * such a name is a work of its own (a "periodical" record, title only).
 * Three ways to know a name is a periodical's:
 *   1. the periodicals lexicon knows it, written in title case
 *      (case-sensitive: "the daily worker" is no name);
 *   2. "in/for/to/from/of the X Review" — an unknown title-case run
 *      after "the" ending in a word that names periodicals;
 *   3. a strong cue around one capitalised word: "X magazine", "wrote for
 *      X", "articles in X" (for names too common or unknown to list).
 * Not a periodical record: a name a detector already read (the review's
 * own venue, a cited article's periodical — those tokens are claimed),
 * a name that is the container of an article cited anywhere in the text
 * (the article stands for it), a name that runs on into a longer one
 * ("Monthly Review Press", "the Review Office"), and anything outside
 * running prose (headers and venue lines belong to the venue detectors).
 *
 * Linear: every token starts at most one run of at most MAX_RUN tokens. */
#include "citekit.h"
#include "extract-private.h"
#include "detect-extra.h"
#include "periodical-cues.h"
#include "detect-context.h"
#include "attribution.h"

#include <string.h>

#define MAX_RUN 9

/* Words that end an unknown periodical's name (rule 2).  General English
 * periodical naming. */
static const char * const tail_words[] = {
  "Review", "Journal", "Quarterly", "Times", "Herald", "Gazette", "Magazine", "Weekly",
  "Monthly", "Tribune", "Chronicle", "Bulletin", "Today", "Courier", "Observer", "Mercury", "Telegraph",
  /* newspapers' words no common phrase ends in */
  "Advertiser", "Examiner", "Inquirer", "Enquirer", "Dispatch", "Despatch", "Sentinel", "Argus", "Clarion",
  "Intelligencer", "Courant", NULL,
};

/* Verbs of printing before "in" that make an unknown "X Today", "X
 * Review" after them a periodical without "the" (rule 2): "printed in
 * Harbour Today". */
static const char * const print_verbs[] = {
  "printed", "reprinted", "published", "appeared", "serialized", "serialised", "reviewed", "ran", NULL,
};

/* Words between "the" and "issue of X" that make X a periodical (rule
 * 3): "the current issue of X", "a special issue of X". */
static const char * const issue_words[] = {
  "current", "latest", "next", "last", "special", "recent", "first", "early", "new", "forthcoming", "final",
  "same", "following", "previous", NULL,
};

/* Prepositions before a possessive periodical's name ("in Harper's"):
 * a person's possessive ("Harper's novel") has none. */
static const char * const poss_preps[] = { "in", "for", "to", "from", NULL };

/* Lower-case words that, right before "the", make the run a place of
 * publication or writing (rule 2). */
static const char * const tail_cues[] = { "in", "for", "to", "from", "of", "edited", NULL };

/* Capitalised only because they open the sentence, these words do not
 * continue a name: "In The Harbour Review she ..." starts the name at
 * "The" (starts_clean). */
static const char * const sentence_openers[] = {
  "the", "in", "for", "to", "from", "of", "on", "at", "by", "as", "with", NULL,
};

/* Single common words that are also well-known magazine names: read as a
 * periodical only with a strong cue (rule 3). */
static const char * const common_names[] = {
  "Time", "Life", "Fortune", "Nation", "Vogue", "Nature", "Science", "Commentary", "Encounter",
  "Dissent", "Mind", "Punch", "Spectator", "Listener", "Tatler", "Variety", "Harper's",
  /* an ocean's name: "torpedoed in the Atlantic" */
  "Atlantic", "Pacific", NULL,
};

/* Nouns for pieces in a periodical: "articles in X" (rule 3). */
static const char * const piece_nouns[] = {
  "articles", "article", "column", "columns", "essays", "essay", "pieces", "piece", "dispatches", "editorials",
  "editorial", "reports", "series", "review", "reviews", "notice", "notices", "interview", "profile", "obituary",
  /* "an assignment for X" */
  "assignment", "assignments", NULL,
};

/* A paper's staff before "for X": "a senior writer for X". */
static const char * const staff_nouns[] = {
  "writer", "writers", "critic", "critics", "correspondent", "correspondents", "columnist", "columnists",
  "reviewer", "reviewers", "reporter", "reporters", NULL,
};

/* Posts on a paper's staff before "editor of X" (rule 3): "the literary
 * editor of X"; a bare "editor of X" may edit a poet's works. */
static const char * const editor_posts[] = {
  "founding", "literary", "fiction", "poetry", "managing", "deputy", "assistant", "associate", "contributing",
  "features", "arts", "books", NULL,
};

/* Names of languages and peoples, capitalised in English, that follow
 * "in" as often as a paper's name does ("an essay in German"). */
static const char * const language_words[] = {
  "English", "French", "German", "Spanish", "Italian", "Russian", "Latin", "Greek", "Hebrew", "Yiddish",
  "Arabic", "Chinese", "Japanese", "Portuguese", "Dutch", "Polish", "Czech", "Hungarian", "Swedish", "Danish",
  "Norwegian", "Finnish", "Irish", "Welsh", "Gaelic", "Catalan", "Hindi", "Urdu", "Bengali", "Persian",
  "Turkish", "Korean", "Swahili", "Sanskrit", "Translation", "Print", "Manuscript", "Paperback", "Hardback",
  NULL,
};

/* Verbs of writing for a paper: "wrote for X" (rule 3). */
static const char * const write_verbs[] = {
  "wrote", "writes", "writing", "written", "write", "reviewed", "reviewing", "reported", NULL,
};

static gboolean
tok_in (const CkExtractCtx *ctx, guint i, const char * const *list, gboolean exact_case)
{
  const CkToken *t = ck_tok (ctx, i);
  gsize len = t->end - t->start;
  if (t->kind != CK_TOK_WORD)
    return FALSE;
  for (guint k = 0; list[k]; k++)
    if (strlen (list[k]) == len &&
        (exact_case ? strncmp (ctx->text + t->start, list[k], len) == 0 : ck_tok_is (ctx, i, list[k])))
      return TRUE;
  return FALSE;
}

static gboolean
cap_word (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  return t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_CAP) && !(t->flags & CK_TOKF_INITIAL);
}

/* A name's word: capitalised, or a lower-case function word inside. */
static gboolean
name_word (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  if (t->kind == CK_TOK_WORD)
    return (t->flags & (CK_TOKF_CAP | CK_TOKF_FUNC)) && !(t->flags & CK_TOKF_INITIAL);
  return t->kind == CK_TOK_PUNCT && t->ch == '&';
}

/* Lower-case, without a leading "the ": how names are compared. */
static char *
norm_name (const char *s)
{
  char *f;
  if (!s)
    return NULL;
  f = g_utf8_casefold (s, -1);
  if (g_str_has_prefix (f, "the "))
    memmove (f, f + 4, strlen (f + 4) + 1);
  return f;
}

/* The names of periodicals other records already stand for: the
 * containers of cited articles and the review's own venue. */
static GHashTable *
taken_names (const CkExtractCtx *ctx)
{
  GHashTable *h = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      const CkMention *m = g_ptr_array_index (ctx->mentions, i);
      char *c = norm_name (ck_record_get (m->rec, CK_FIELD_CONTAINER_TITLE));
      if (c)
        g_hash_table_add (h, c);
      if (m->flags & CK_MENTION_SELF)
        {
          char *t = norm_name (ck_record_get (m->rec, CK_FIELD_TITLE));
          if (t)
            g_hash_table_add (h, t);
        }
    }
  return h;
}

/* Whether the run may end at @e: no name word goes on ("Monthly Review
 * Press") and no possessive or hyphen glues on. */
static gboolean
ends_clean (const CkExtractCtx *ctx, guint e, guint pe)
{
  const CkToken *t;
  if (e >= pe)
    return TRUE;
  t = ck_tok (ctx, e);
  if (t->nl >= 2)
    return TRUE;
  if (t->kind == CK_TOK_POSS)
    return FALSE;
  if (t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_CAP) && t->nl == 0)
    return FALSE;
  if (t->kind == CK_TOK_PUNCT && t->ch == '-' && !(ck_tok (ctx, e - 1)->flags & CK_TOKF_SPACE))
    return FALSE;
  return TRUE;
}

/* Whether the run may start at @s: it does not continue a longer name
 * ("the Oxford Daily Worker"), nor open a sentence when it is one word
 * (a sentence-initial capital says nothing). */
static gboolean
starts_clean (const CkExtractCtx *ctx, guint s, guint n_words)
{
  guint p;
  if (s == 0)
    return n_words > 1;
  p = s - 1;
  if (ck_tok (ctx, s)->nl >= 2)
    return n_words > 1;
  if (ck_tok (ctx, p)->kind == CK_TOK_POSS)
    return FALSE;
  if (cap_word (ctx, p) && ck_tok (ctx, s)->nl == 0 &&
      !(tok_in (ctx, p, sentence_openers, FALSE) && ck_sentence_start (ctx, s) == p))
    return FALSE;
  if (n_words == 1 && ck_sentence_start (ctx, s) == s)
    return FALSE;
  return TRUE;
}

/* "X, Y and the like", "X, Y, etc.": names given as examples of a kind
 * of paper, not as a place where a work appeared.  Looks at most
 * EXAMPLES_LOOK tokens ahead, inside the sentence. */
#define EXAMPLES_LOOK 10
static gboolean
examples_list (const CkExtractCtx *ctx, guint e, guint pe)
{
  for (guint k = e; k < pe && k < e + EXAMPLES_LOOK; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_PUNCT && (t->ch == '.' || t->ch == ';' || t->ch == '(' || t->ch == ':'))
        return FALSE;
      if (ck_tok_is (ctx, k, "etc"))
        return TRUE;
      if (k > e && (ck_tok_is (ctx, k - 1, "and") || ck_tok_is (ctx, k - 1, "or")) && ck_tok_is (ctx, k, "the") &&
          k + 1 < pe && ck_tok_is (ctx, k + 1, "like"))
        return TRUE;
    }
  return FALSE;
}

/* Jobs on a paper: "a correspondent for the X", "film critic of the X"
 * name the paper as an employer, an institution, not a work cited. */
static const char * const press_jobs[] = {
  "correspondent", "reporter", "critic", "editor", "columnist", "journalist", "sub-editor", "staffer",
  "reviewer", NULL,
};
static const char * const job_preps[] = { "for", "of", "on", "at", NULL };

/* The name at @s, or its lower-case "the" before it. */
static guint
with_the (const CkExtractCtx *ctx, guint s)
{
  return s >= 1 && ck_tok_is (ctx, s - 1, "the") && ck_tok_lower_word (ctx, s - 1) ? s - 1 : s;
}

/* Whether the name at @s is a paper that employs someone, or a person
 * ("a New Yorker"), rather than a periodical cited. */
static gboolean
names_employer (const CkExtractCtx *ctx, guint s)
{
  guint k = with_the (ctx, s);
  if (s >= 1 && (ck_tok_is (ctx, s - 1, "a") || ck_tok_is (ctx, s - 1, "an")) && ck_tok_lower_word (ctx, s - 1))
    return TRUE;
  return k >= 2 && ck_tok_in_words (ctx, k - 1, job_preps) && ck_tok_in_words (ctx, k - 2, press_jobs);
}

/* Words between a title's comma and its verb of printing: "T, first
 * published in", "T, which was originally printed in". */
static const char * const print_aux[] = {
  "first", "originally", "which", "that", "was", "were", "had", "has", "been", "later", NULL,
};

/* "a piece written for the X", "T, first published in the X", "which
 * appeared in the X as “T”": a verb of printing right before the paper,
 * with a piece named by its title next to it ("her first poems appeared
 * in the X" names none). */
static gboolean
printed_right_before (const CkExtractCtx *ctx, guint s)
{
  guint k = with_the (ctx, s), v;
  if (k >= 2 && ck_tok_is (ctx, k - 1, "for") && ck_tok_is (ctx, k - 2, "written") && ck_tok_lower_word (ctx, k - 2))
    return TRUE;
  if (k < 3 || !ck_tok_is (ctx, k - 1, "in") || !ck_tok_lower_word (ctx, k - 2) ||
      !ck_tok_in_words (ctx, k - 2, print_verbs) || ck_tok_is (ctx, k - 2, "reviewed"))
    return FALSE;
  v = k - 2;
  while (v > 0 && ck_tok_lower_word (ctx, v - 1) && ck_tok_in_words (ctx, v - 1, print_aux))
    v--;
  if (v >= 2 && ck_tok_is_punct (ctx, v - 1, ',') &&
      (ck_tok_cap_word (ctx, v - 2) || ck_tok (ctx, v - 2)->kind == CK_TOK_QUOTE_CLOSE))
    return TRUE;
  for (guint j = s + 1; j + 1 < ck_n_toks (ctx) && j < s + 8; j++)
    if (ck_tok_is (ctx, j, "as") && ck_tok (ctx, j + 1)->kind == CK_TOK_QUOTE_OPEN)
      return TRUE;
  return FALSE;
}

/* '"Essay," which first appeared in the X': a quoted piece and a verb of
 * printing before the paper in its sentence.  Either way the paper is
 * where a piece was printed, the piece's container, not a work of its own
 * ("she wrote for the X" names the paper itself). */
static gboolean
printed_piece_before (const CkExtractCtx *ctx, guint s)
{
  gboolean verb = FALSE;
  if (printed_right_before (ctx, s))
    return TRUE;
  for (guint k = s, steps = 0; k > 0 && steps < 12; k--, steps++)
    {
      const CkToken *t = ck_tok (ctx, k - 1);
      if (t->kind == CK_TOK_QUOTE_CLOSE)
        return verb;
      if (ck_tok_is_punct (ctx, k - 1, '.') || ck_tok_is_punct (ctx, k - 1, ';') || ck_tok (ctx, k)->nl >= 2)
        return FALSE;
      if (ck_tok_in_words (ctx, k - 1, print_verbs))
        verb = TRUE;
    }
  return FALSE;
}

static void
add (CkExtractCtx *ctx, const CkDetector *det, GHashTable *taken, guint s, guint e)
{
  CkRecord *rec;
  char *title = ck_span_dup (ctx, s, e);
  g_autofree char *key = norm_name (title);
  if (!title || g_hash_table_contains (taken, key) ||
      ck_per_citation_container (ctx, s, e, ck_n_toks (ctx)) || names_employer (ctx, s) ||
      printed_piece_before (ctx, s))
    {
      g_free (title);
      return;
    }
  rec = ck_record_new (CK_TYPE_PERIODICAL);
  ck_record_take (rec, CK_FIELD_TITLE, title);
  ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end, s, 0);
  ck_claim (ctx, s, e);
}

/* Whether the last record made is a periodical's name ending at token
 * @k (its list may go on with "and the X"). */
static gboolean
periodical_ends_at (const CkExtractCtx *ctx, guint k)
{
  const CkMention *m;
  if (ctx->mentions->len == 0)
    return FALSE;
  m = g_ptr_array_index (ctx->mentions, ctx->mentions->len - 1);
  return ck_record_get_type (m->rec) == CK_TYPE_PERIODICAL && m->end == ck_tok (ctx, k)->end;
}

/* Rule 2: "for the Harbour Review". */
static gboolean
tail_cue_before (const CkExtractCtx *ctx, guint s)
{
  if (s < 2 || !ck_tok_is (ctx, s - 1, "the") || !(ck_tok (ctx, s - 1)->flags & CK_TOKF_LOWER))
    return FALSE;
  /* "the Daily Clarion and the Harbour Review": a name just read before
   * "and the" */
  if (s >= 3 && (ck_tok_is (ctx, s - 2, "and") || ck_tok_is (ctx, s - 2, "or")) &&
      (ck_tok (ctx, s - 2)->flags & CK_TOKF_LOWER) && periodical_ends_at (ctx, s - 3))
    return TRUE;
  return tok_in (ctx, s - 2, tail_cues, FALSE);
}

/* Rule 2 with the name's own article: "the debate in The Harbour
 * Journal" (a capital "The" in mid-sentence opens a title). */
static gboolean
tail_cue_before_the (const CkExtractCtx *ctx, guint s)
{
  const CkToken *t = ck_tok (ctx, s);
  return s >= 1 && ck_tok_is (ctx, s, "the") && (t->flags & CK_TOKF_CAP) && t->nl < 2 &&
         (ck_tok (ctx, s - 1)->flags & CK_TOKF_LOWER) && tok_in (ctx, s - 1, tail_cues, FALSE) &&
         ck_sentence_start (ctx, s) != s;
}

/* "whose Harbour Review": a name whose owner or editor the sentence has
 * just named.  The lexicon may know it only with its article. */
static gboolean
whose_before (const CkExtractCtx *ctx, guint s)
{
  return s >= 1 && ck_tok_is (ctx, s - 1, "whose") && (ck_tok (ctx, s - 1)->flags & CK_TOKF_LOWER) &&
         ck_tok (ctx, s)->nl < 2;
}

/* Lower-case words after a name known only with "The" that show it ends
 * there: a clause about the paper ("in the Adelphi, which", "under its
 * editor"), or a date ("in the Adelphi in 1930").  Not any preposition:
 * "the conversion of the Hindu in him" is a person. */
static const char * const after_bare_clause[] = { "which", "whose", "where", "under", NULL };
static const char * const after_bare_date[] = {
  "in", "during", "from", "until", "since", "between", "before", "after", "by", NULL,
};

static gboolean
after_bare_name_ok (const CkExtractCtx *ctx, guint e)
{
  if (e + 1 >= ck_n_toks (ctx) || !(ck_tok (ctx, e)->flags & CK_TOKF_LOWER) || ck_tok (ctx, e)->nl >= 2)
    return FALSE;
  if (tok_in (ctx, e, after_bare_clause, TRUE))
    return TRUE;
  return tok_in (ctx, e, after_bare_date, TRUE) && (ck_tok (ctx, e + 1)->flags & CK_TOKF_YEAR);
}

/* "reviewed it for the Spectator", "wrote for the Nation", "appeared in
 * the Listener": a verb of writing or printing a few words before "for
 * the", "in the", "to the" at @s - 2 makes even a common word's name
 * (common_names) the paper's. */
static gboolean
press_verb_before (const CkExtractCtx *ctx, guint s)
{
  static const char * const verbs[] = { "wrote", "writes", "writing", "written", "reviewed", "reviewing", "reviews",
                                        "contributed", "contributing", "appeared", "published", "printed",
                                        "reprinted", "serialized", "serialised", NULL };
  if (s < 3 || !ck_tok_is (ctx, s - 1, "the") || !(ck_tok (ctx, s - 1)->flags & CK_TOKF_LOWER) ||
      !(ck_tok_is (ctx, s - 2, "for") || ck_tok_is (ctx, s - 2, "in") || ck_tok_is (ctx, s - 2, "to")))
    return FALSE;
  for (guint k = s - 2; k > 0 && k + 6 > s; k--)
    {
      if (ck_tok (ctx, k - 1)->kind != CK_TOK_WORD)
        return FALSE;
      if (ck_tok_lower_word (ctx, k - 1) && tok_in (ctx, k - 1, verbs, TRUE))
        return TRUE;
    }
  return FALSE;
}

/* Rule 1: the longest lexicon name in [s, run_end), starting at @s. */
static guint
lexicon_match (const CkExtractCtx *ctx, guint s, guint run_end)
{
  for (guint e = run_end; e > s; e--)
    {
      const char *v;
      g_autofree char *span = NULL;
      if (!cap_word (ctx, e - 1))
        continue;
      span = ck_span_dup (ctx, s, e);
      v = span ? ck_lex_lookup (CK_LEX_PERIODICALS, span, -1) : NULL;
      /* "in the Tablet,": the lexicon may know the name only with its
       * article ("The Tablet"); after a preposition and before a stop
       * ("through the Progressive years" is none), and not a common
       * word's ("the Nation") */
      if (!v && span && !(e == s + 1 && tok_in (ctx, s, common_names, TRUE) && !press_verb_before (ctx, s)) &&
          ((tail_cue_before (ctx, s) &&
            (e >= ck_n_toks (ctx) || ck_tok (ctx, e)->kind == CK_TOK_PUNCT || ck_tok (ctx, e)->nl >= 2 ||
             ck_tok_is (ctx, e, "and") || ck_tok_is (ctx, e, "or") || after_bare_name_ok (ctx, e))) ||
           /* "whose Harbour Review has printed": a verb may follow */
           (whose_before (ctx, s) && e < ck_n_toks (ctx) && ck_tok (ctx, e)->nl < 2 &&
            (ck_tok (ctx, e)->kind == CK_TOK_PUNCT || (ck_tok (ctx, e)->flags & CK_TOKF_LOWER)))))
        {
          g_autofree char *with_the = g_strconcat ("The ", span, NULL);
          v = ck_lex_lookup (CK_LEX_PERIODICALS, with_the, -1);
        }
      /* a value is an abbreviation's expansion: "NS", "IS" are no names */
      if (v && !*v)
        return e;
    }
  return s;
}


/* "in Harper's", "Blackwood's Magazine": a lexicon name with a
 * possessive at @s (the tokenizer splits the "'s" off), after a
 * preposition or going on past the possessive, and not before a noun
 * ("in Harper's novels" is the person's).  Returns the name's end, or
 * @s. */
static guint
poss_lexicon_match (const CkExtractCtx *ctx, guint s, guint pe)
{
  guint best = s;
  gboolean prep = s > 0 && tok_in (ctx, s - 1, poss_preps, TRUE);
  if (s + 1 >= pe || ck_tok (ctx, s + 1)->kind != CK_TOK_POSS)
    return s;
  for (guint e = s + 2; e <= pe && e <= s + 4; e++)
    {
      g_autofree char *span = NULL;
      g_autofree char *key = NULL;
      const char *v;
      if (e > s + 2 && !cap_word (ctx, e - 1))
        break;
      span = ck_span_dup (ctx, s, e);
      if (!span)
        break;
      /* "Harper’s": the lexicon writes a straight apostrophe */
      {
        GString *g = g_string_new (NULL);
        for (const char *c = span; *c; c = g_utf8_next_char (c))
          if (g_utf8_get_char (c) == 0x2019)
            g_string_append_c (g, '\'');
          else
            g_string_append_unichar (g, g_utf8_get_char (c));
        key = g_string_free (g, FALSE);
      }
      v = ck_lex_lookup (CK_LEX_PERIODICALS, key, -1);
      if (v && !*v)
        best = e;
    }
  if (best == s || !ends_clean (ctx, best, pe))
    return s;
  /* without a preposition only a name that goes on past the possessive
   * ("Blackwood's Magazine"): "Harper's" alone may be a person's */
  if (!prep && best == s + 2)
    return s;
  /* "in Harper's novels": a lower-case noun after it */
  if (best == s + 2 && best < pe && ck_tok (ctx, best)->kind == CK_TOK_WORD && (ck_tok (ctx, best)->flags & CK_TOKF_LOWER) &&
      !ck_tok_in_lex (ctx, best, CK_LEX_FUNCTION_WORDS) && !ck_tok_is (ctx, best, "and") && !ck_tok_is (ctx, best, "or") &&
      !ck_tok_is (ctx, best, "magazine"))
    return s;
  return best;
}

/* "last year's TLS symposium", "this week's New Yorker": a time word's
 * possessive before a lexicon name, which the possessive rule of
 * starts_clean() would refuse. */
static gboolean
time_possessive_before (const CkExtractCtx *ctx, guint s)
{
  static const char * const time_words[] = { "year", "week", "month", "day", "today", "yesterday", "Sunday",
                                             "Saturday", "season", "decade", NULL };
  return s >= 2 && ck_tok (ctx, s - 1)->kind == CK_TOK_POSS && tok_in (ctx, s - 2, time_words, FALSE) &&
         ck_tok (ctx, s)->nl == 0;
}

/* "serialized in the X", "printed in the X": a verb of printing before
 * "in the" at @s - 2. */
static gboolean
printed_in_the (const CkExtractCtx *ctx, guint s)
{
  return s >= 3 && ck_tok_is (ctx, s - 1, "the") && ck_tok_lower_word (ctx, s - 1) && ck_tok_is (ctx, s - 2, "in") &&
         ck_tok_lower_word (ctx, s - 2) && tok_in (ctx, s - 3, print_verbs, TRUE);
}

/* Rule 2 without "the": "printed in Harbour Today". */
static gboolean
print_cue_before (const CkExtractCtx *ctx, guint s)
{
  return s >= 2 && ck_tok_is (ctx, s - 1, "in") && (ck_tok (ctx, s - 1)->flags & CK_TOKF_LOWER) &&
         tok_in (ctx, s - 2, print_verbs, TRUE);
}

/* "X, which … its next issue": the clause after the one word at @s
 * speaks of its issues (rule 3). */
static gboolean
issue_clause_after (const CkExtractCtx *ctx, guint s, guint pe)
{
  guint k = s + 1;
  if (k + 1 >= pe || !ck_tok_is_punct (ctx, k, ',') || !(ck_tok_is (ctx, k + 1, "which") || ck_tok_is (ctx, k + 1, "whose")))
    return FALSE;
  for (k = s + 2; k < pe && k < s + 14; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_PUNCT && (t->ch == '.' || t->ch == ';' || t->ch == '(' || t->ch == ':'))
        return FALSE;
      if ((ck_tok_is (ctx, k, "issue") || ck_tok_is (ctx, k, "issues")) &&
          (ck_tok_is (ctx, k - 1, "its") || (tok_in (ctx, k - 1, issue_words, TRUE) && ck_tok_is (ctx, k - 2, "its"))))
        return TRUE;
    }
  return FALSE;
}

/* "the current issue of X", "the March issue of X", "contributors to X"
 * before the one word at @p (rule 3). */
static gboolean
issue_cue_before (const CkExtractCtx *ctx, guint p)
{
  if (p >= 2 && ck_tok_is (ctx, p - 1, "to") &&
      (ck_tok_is (ctx, p - 2, "contributors") || ck_tok_is (ctx, p - 2, "contributor") ||
       ck_tok_is (ctx, p - 2, "contributing")))
    return TRUE;
  /* "the February number of X": an older word for an issue */
  if (p < 3 || !ck_tok_is (ctx, p - 1, "of") ||
      !(ck_tok_is (ctx, p - 2, "issue") || ck_tok_is (ctx, p - 2, "issues") || ck_tok_is (ctx, p - 2, "number")))
    return FALSE;
  return tok_in (ctx, p - 3, issue_words, TRUE) ||
         ck_lex_lookup (CK_LEX_MONTHS, ctx->text + ck_tok (ctx, p - 3)->start,
                        ck_tok (ctx, p - 3)->end - ck_tok (ctx, p - 3)->start) != NULL;
}

/* Rule 3 around the one word at @s. */
static gboolean
strong_cue (const CkExtractCtx *ctx, guint s, guint n)
{
  guint p = s;
  /* "Time magazine", not "a Catholic magazine" (an adjective) */
  if (s + 1 < n && (ck_tok_is (ctx, s + 1, "magazine") || ck_tok_is (ctx, s + 1, "newspaper")) &&
      (ck_tok (ctx, s + 1)->flags & CK_TOKF_LOWER))
    return !ck_per_determiner_before (ctx, s);
  if (p >= 1 && ck_tok_is (ctx, p - 1, "the") && (ck_tok (ctx, p - 1)->flags & CK_TOKF_LOWER))
    p--;
  /* "reviewed in the Listener": a verb of writing or printing before
   * "in", for the names that are also common words */
  if (p >= 2 && ck_tok_is (ctx, p - 1, "in") && (ck_tok (ctx, p - 1)->flags & CK_TOKF_LOWER) &&
      (tok_in (ctx, p - 2, write_verbs, FALSE) || tok_in (ctx, p - 2, print_verbs, TRUE)) &&
      tok_in (ctx, s, common_names, TRUE))
    return TRUE;
  /* "wrote for X", "a piece for X" */
  if (p >= 2 && ck_tok_is (ctx, p - 1, "for") && (tok_in (ctx, p - 2, write_verbs, FALSE) || tok_in (ctx, p - 2, piece_nouns, TRUE) ||
                                                    tok_in (ctx, p - 2, staff_nouns, TRUE)))
    return TRUE;
  /* "the left-wing weekly X, which" */
  if (ck_per_period_noun_around (ctx, s, n))
    return TRUE;
  /* "the literary editor of X" */
  if (p >= 3 && ck_tok_is (ctx, p - 1, "of") && (ck_tok_is (ctx, p - 2, "editor") || ck_tok_is (ctx, p - 2, "editors")) &&
      tok_in (ctx, p - 3, editor_posts, FALSE))
    return TRUE;
  if (p >= 2 && ck_tok_is (ctx, p - 1, "in") && tok_in (ctx, p - 2, piece_nouns, TRUE))
    return TRUE;
  /* "in the pages of the Lantern" (but "from the early pages of T" reads
   * a book) */
  if (p >= 4 && ck_tok_is (ctx, p - 1, "of") && ck_tok_is (ctx, p - 2, "pages") && ck_tok_is (ctx, p - 3, "the") &&
      ck_tok_is (ctx, p - 4, "in"))
    return TRUE;
  return issue_cue_before (ctx, p) || issue_cue_before (ctx, s);
}

/* Rule 3's unknown word must not be a place, a person, a month, a
 * language or a publisher. */
static gboolean
plain_name (const CkExtractCtx *ctx, guint s)
{
  static const char * const clergy[] = { "St", "Rev", "Fr", NULL };
  const CkToken *t = ck_tok (ctx, s);
  /* "in Mr. Vell's book", "in St. Vell's letter": an honorific, no paper */
  if (ck_attr_honorific (ctx, s) || ck_tok_in_words (ctx, s, clergy))
    return FALSE;
  return !ck_tok_in_lex (ctx, s, CK_LEX_PLACES) && !ck_tok_in_lex (ctx, s, CK_LEX_GIVEN_NAMES) &&
         !ck_tok_in_lex (ctx, s, CK_LEX_MONTHS) && !ck_is_weekday (ctx, s) && !tok_in (ctx, s, language_words, TRUE) &&
         !ck_tok_in_lex (ctx, s, CK_LEX_PUBLISHERS) &&
         !(t->flags & CK_TOKF_UPPER) && ck_title_plausible (ctx, s, s + 1);
}

/* "El Faro", "Die Fackel" at @s: a capitalised foreign article and one
 * plain word, not a place ("Los Angeles", "La Jolla" with the lexicon). */
static gboolean
foreign_name (const CkExtractCtx *ctx, guint s)
{
  return s + 1 < ck_n_toks (ctx) && (ck_tok (ctx, s)->flags & CK_TOKF_CAP) &&
         ck_tok_in_words (ctx, s, ck_foreign_articles) && !ck_tok_is (ctx, s, "I") && cap_word (ctx, s + 1) &&
         ck_tok (ctx, s + 1)->nl == 0 && plain_name (ctx, s + 1) && !ck_span_in_lex (ctx, s, s + 2, CK_LEX_PLACES);
}

/* "above all El Diario and Vanguardia,": one more unknown word joined by
 * "and"/"or" to the periodical that ends at @e, and closing the phrase
 * (punctuation after it), is a periodical of the same list.  Returns its
 * end, or @e. */
static guint
coordinated (CkExtractCtx *ctx, const CkDetector *det, GHashTable *taken, guint e, guint pe)
{
  const CkToken *t;
  guint ne;
  if (e + 1 >= pe || !((ck_tok_is (ctx, e, "and") || ck_tok_is (ctx, e, "or")) && (ck_tok (ctx, e)->flags & CK_TOKF_LOWER)) ||
      !cap_word (ctx, e + 1) || ck_is_claimed (ctx, e + 1, e + 2) || ck_tok (ctx, e + 1)->nl >= 2)
    return e;
  /* "and Tidewater Weekly": two or three capitalised words ending in a
   * periodical's word, ending clean */
  for (ne = e + 2; ne < pe && ne <= e + 3 && cap_word (ctx, ne) && ck_tok (ctx, ne)->nl < 2 &&
                   !ck_is_claimed (ctx, ne, ne + 1);
       ne++)
    if (tok_in (ctx, ne, tail_words, TRUE) && ends_clean (ctx, ne + 1, pe) && !tok_in (ctx, e + 1, sentence_openers, FALSE) &&
        !ck_span_in_lex (ctx, e + 1, ne + 1, CK_LEX_PLACES))
      {
        add (ctx, det, taken, e + 1, ne + 1);
        return ne + 1;
      }
  /* "and El Faro,": an article and a word */
  if (e + 2 < pe && foreign_name (ctx, e + 1) && !ck_is_claimed (ctx, e + 2, e + 3))
    ne = e + 3;
  else if (!tok_in (ctx, e + 1, sentence_openers, FALSE) && plain_name (ctx, e + 1))
    ne = e + 2;
  else
    return e;
  if (ne < pe)
    {
      t = ck_tok (ctx, ne);
      if (!(t->kind == CK_TOK_PUNCT && (t->ch == ',' || t->ch == '.' || t->ch == ';' || t->ch == ')' || t->ch == ':')))
        return e;
    }
  add (ctx, det, taken, e + 1, ne);
  return ne;
}

/* "in Harbour Lights magazine": a name of two words or more between a
 * preposition and "magazine"/"newspaper" (one word is rule 3's). */
static gboolean
magazine_after (const CkExtractCtx *ctx, guint s, guint run_end, guint pe)
{
  return run_end < pe && s >= 1 && (ck_tok_is (ctx, run_end, "magazine") || ck_tok_is (ctx, run_end, "newspaper")) &&
         (ck_tok (ctx, run_end)->flags & CK_TOKF_LOWER) && ck_tok (ctx, run_end)->nl < 2 &&
         (ck_tok (ctx, s - 1)->flags & CK_TOKF_LOWER) && tok_in (ctx, s - 1, poss_preps, TRUE);
}

/* Pieces that only a paper prints: "a column in the X". */
static const char * const paper_pieces[] = {
  "column", "columns", "editorial", "editorials", "obituary", "profile", "notice", "notices", NULL,
};

/* Kinds of paper that an apposed name follows: "a newspaper, the X". */
static const char * const paper_kinds[] = {
  "newspaper", "newspapers", "magazine", "weekly", "monthly", "quarterly", "daily", "periodical", "tabloid",
  "broadsheet", NULL,
};

/* What only a paper has: "the files of the X". */
static const char * const paper_parts[] = {
  "files", "columns", "editorials", "masthead", "offices", "editorship", "readership", "proprietor", NULL,
};

/* Rule 4's cue for a name of two words or more, as rule 3's for one:
 * "a column in the Sunday Lantern", "reviewed novels for the Northern
 * Lamp", "the literary editor of the Harbour Mail". */
static gboolean
piece_cue_before (const CkExtractCtx *ctx, guint s)
{
  guint p = s;
  if (p >= 1 && ck_tok_is (ctx, p - 1, "the") && (ck_tok (ctx, p - 1)->flags & CK_TOKF_LOWER))
    p--;
  if (p < 3 || ck_tok (ctx, p)->nl >= 2)
    return FALSE;
  /* "in" also places and dates pieces ("articles in the United States"):
   * only a paper's own kinds of piece stand before it */
  if ((ck_tok_is (ctx, p - 1, "for") && tok_in (ctx, p - 2, piece_nouns, TRUE)) ||
      (ck_tok_is (ctx, p - 1, "in") && tok_in (ctx, p - 2, paper_pieces, TRUE)))
    return TRUE;
  if (ck_tok_is (ctx, p - 1, "for") && (ck_tok (ctx, p - 1)->flags & CK_TOKF_LOWER))
    for (guint b = 2; b <= 4 && b <= p; b++)
      {
        if (tok_in (ctx, p - b, write_verbs, FALSE))
          return TRUE;
        /* "reviewed novels for": one or two lower-case words between */
        if (!ck_tok_lower_word (ctx, p - b))
          return FALSE;
      }
  /* "work for a newspaper, the Morning Quay, …": the kind of paper
   * before the name in apposition */
  if (ck_tok_is_punct (ctx, p - 1, ',') && tok_in (ctx, p - 2, paper_kinds, TRUE) && ck_tok_lower_word (ctx, p - 2))
    return TRUE;
  /* "the files of the Harbour Mail" */
  if (ck_tok_is (ctx, p - 1, "of") && tok_in (ctx, p - 2, paper_parts, TRUE))
    return TRUE;
  return ck_tok_is (ctx, p - 1, "of") && (ck_tok_is (ctx, p - 2, "editor") || ck_tok_is (ctx, p - 2, "editors")) &&
         tok_in (ctx, p - 3, editor_posts, FALSE);
}

/* Rule 4: an unknown name of up to MAX_CUED words in [s, run_end) that a
 * cue around it calls a periodical: "X, a literary monthly which",
 * "stories now appearing in X", "the files of The X".  Returns the
 * name's end, or @s.  Not a person, a place, an institution or an
 * event, and not a book dated after it ("in X (1950)"). */
#define MAX_CUED 4
static guint
cued_name_end (const CkExtractCtx *ctx, guint s, guint run_end, guint pe)
{
  guint words = ck_count_words (ctx, s, run_end);
  gboolean the_cue;
  if (words == 0 || words > MAX_CUED || !ends_clean (ctx, run_end, pe) || examples_list (ctx, run_end, pe))
    return s;
  if (run_end < pe && ck_tok_is_punct (ctx, run_end, '('))
    return s;
  the_cue = ck_per_the_cue_before (ctx, s);
  if (the_cue ? run_end < s + 2
              : !(ck_per_running_cue_before (ctx, s) || (words >= 2 && piece_cue_before (ctx, s)) ||
                  (starts_clean (ctx, s, words) && ck_per_appositive_after (ctx, run_end, pe)) ||
                  (words >= 2 && magazine_after (ctx, s, run_end, pe))))
    return s;
  /* "now appearing in Penguin Modern Classics": a publisher's series */
  if (ck_tok_in_lex (ctx, s, CK_LEX_PUBLISHERS) || ck_tok_in_lex (ctx, s, CK_LEX_PUBLISHER_WORDS))
    return s;
  if (words == 1 ? !plain_name (ctx, s)
                 : (!ck_title_plausible (ctx, s, run_end) || ck_span_in_lex (ctx, s, run_end, CK_LEX_PLACES) ||
                    ck_span_in_lex (ctx, s, run_end, CK_LEX_PUBLISHERS) || ck_ctx_names_person (ctx, s, run_end) ||
                    /* a capital "The" in mid-sentence opens a title even
                     * when its noun could name an event ("The Crisis") */
                    (!the_cue && ck_ctx_names_non_work (ctx, s, run_end))))
    return s;
  return run_end;
}

/* Whether [s, e) is the title of a work the text cites elsewhere
 * ("quoted in T", where T is a book with its imprint). */
static gboolean
seen_as_work (const CkExtractCtx *ctx, guint s, guint e)
{
  g_autofree char *t = ck_span_dup (ctx, s, e);
  return t && ck_title_seen (ctx, t);
}

void
ck_detect_prose_periodical (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  g_autoptr(GHashTable) taken = taken_names (ctx);
  guint para_i = G_MAXUINT, pe = 0;
  gboolean prose = FALSE;

  for (guint s = 0; s < n; s++)
    {
      guint run_end, e, words;
      if (!cap_word (ctx, s) || ck_is_claimed (ctx, s, s + 1))
        continue;
      if (s >= pe)
        {
          const CkPara *pp;
          para_i = ck_para_of (ctx, s);
          pp = &g_array_index (ctx->t->paras, CkPara, para_i);
          pe = pp->tok_end;
          prose = (pp->flags & CK_PARA_PROSE) && !(pp->flags & CK_PARA_SHORT);
        }
      if (!prose)
        continue;
      /* the title-case run from @s, on one paragraph, unclaimed */
      run_end = s + 1;
      while (run_end < pe && run_end < s + MAX_RUN && ck_tok (ctx, run_end)->nl < 2 &&
             name_word (ctx, run_end) && !ck_is_claimed (ctx, run_end, run_end + 1))
        run_end++;
      while (run_end > s + 1 && !cap_word (ctx, run_end - 1))
        run_end--;

      /* "Readers of MIND will …", "readers\nof Africa, who …": the
       * journal a review addresses, its one-word name in capitals or a
       * region's (a book so named would be "the book"; this is its public) */
      if (s >= 2 && s + 1 < pe && ck_tok_is (ctx, s - 1, "of") &&
          (ck_tok_is (ctx, s - 2, "Readers") || ck_tok_is (ctx, s - 2, "readers")) &&
          ((ck_tok (ctx, s)->flags & CK_TOKF_UPPER) || ck_tok_in_lex (ctx, s, CK_LEX_PLACES)) &&
          !cap_word (ctx, s + 1) && ck_tok (ctx, s)->end - ck_tok (ctx, s)->start >= 3 &&
          (ck_tok_is_punct (ctx, s + 1, ',') || ck_tok_lower_word (ctx, s + 1)))
        {
          add (ctx, det, taken, s, s + 1);
          continue;
        }
      /* "in Harper's": a possessive name */
      if ((e = poss_lexicon_match (ctx, s, pe)) > s)
        {
          if (!examples_list (ctx, e, pe))
            {
              add (ctx, det, taken, s, e);
              e = coordinated (ctx, det, taken, e, pe);
            }
          s = e - 1;
          continue;
        }
      e = lexicon_match (ctx, s, run_end);
      if (e > s)
        {
          words = ck_count_words (ctx, s, e);
          /* "Time Magazine": the lexicon's "Time magazine" is the name
           * "Time" with its descriptor */
          if (e == s + 2 && ck_tok_is (ctx, s + 1, "magazine") && tok_in (ctx, s, common_names, TRUE))
            words = 1;
          if (ends_clean (ctx, e, pe) && (starts_clean (ctx, s, words) || time_possessive_before (ctx, s)) &&
              !examples_list (ctx, e, pe) && !ck_per_inside_institution (ctx, s) && !ck_per_runs_on_of (ctx, e, pe))
            {
              add (ctx, det, taken, s, words == 1 ? s + 1 : e);
              e = coordinated (ctx, det, taken, e, pe);
            }
          s = e - 1;
          continue;
        }
      /* rule 2: an unknown name ending in a periodical word; the run may
       * go on past "and" into the next name ("for the Harbour Review and
       * for Time"), so the name ends at its last periodical word before a
       * lower-case "and"/"or" */
      if (run_end - s >= 2 &&
          (tail_cue_before (ctx, s) || print_cue_before (ctx, s) || tail_cue_before_the (ctx, s) ||
           ck_per_bare_tail_cue_before (ctx, s)) &&
          starts_clean (ctx, s, 2))
        {
          guint te = s;
          /* "for the Daily Clarion", "in the Lymington Star": a
           * newspaper's shape after "the"; "in the Journal of Wessex
           * Studies": a learned journal's */
          if ((tail_cue_before (ctx, s) && (te = ck_per_paper_shape_end (ctx, s, run_end)) > s &&
               ends_clean (ctx, te, pe) && !examples_list (ctx, te, pe)) ||
              ((te = ck_per_learned_shape_end (ctx, s, run_end)) > s && ends_clean (ctx, te, pe) &&
               !examples_list (ctx, te, pe)))
            {
              add (ctx, det, taken, s, te);
              te = coordinated (ctx, det, taken, te, pe);
              s = te - 1;
              continue;
            }
          te = s;
          for (guint k = s + 1; k < run_end; k++)
            {
              if ((ck_tok (ctx, k)->flags & CK_TOKF_LOWER) && (ck_tok_is (ctx, k, "and") || ck_tok_is (ctx, k, "or")))
                break;
              /* "serialized in the Saturday Salt Post": after a verb of
               * printing a newspaper's word ends the name too */
              if (tok_in (ctx, k, tail_words, TRUE) || (printed_in_the (ctx, s) && ck_per_city_paper_word (ctx, k)))
                te = k + 1;
            }
          if (te > s + 1 && (te == run_end ? ends_clean (ctx, te, pe)
                                          : ck_tok_is (ctx, te, "and") || ck_tok_is (ctx, te, "or")))
            {
              add (ctx, det, taken, s, te);
              te = coordinated (ctx, det, taken, te, pe);
              s = te - 1;
              continue;
            }
        }
      /* rule 2b: "the Harbour Gazette" with no cue: a name that only a
       * newspaper ends so ("the Journal of …" runs on, and is left to the
       * learned journals' rule) */
      if ((e = ck_per_the_paper_end (ctx, s, MIN (pe, s + 8))) > s && ends_clean (ctx, e, pe) &&
          !examples_list (ctx, e, pe) && !ck_per_runs_on_of (ctx, e, pe) && !ck_per_inside_institution (ctx, s) &&
          !ck_span_in_lex (ctx, s, e, CK_LEX_PUBLISHERS))
        {
          add (ctx, det, taken, s, e);
          s = coordinated (ctx, det, taken, e, pe) - 1;
          continue;
        }
      /* rule 2c: "quoted in X", "X until its suppression": an unknown
       * name of one to four words that a cue of the press around it calls
       * a paper; not a place, a person, an institution or an event (a
       * paper named as an employer, "correspondent for X", add() leaves
       * out) */
      if (run_end - s <= 4 && ends_clean (ctx, run_end, pe) && starts_clean (ctx, s, run_end - s) &&
          (ck_per_venue_cue_before (ctx, s) || ck_per_venue_cue_after (ctx, run_end, pe)) &&
          !examples_list (ctx, run_end, pe) && !(run_end < pe && ck_tok_is_punct (ctx, run_end, '(')) &&
          !ck_tok_in_lex (ctx, s, CK_LEX_PUBLISHERS) && !ck_tok_in_lex (ctx, run_end - 1, CK_LEX_PUBLISHER_WORDS) &&
          !seen_as_work (ctx, s, run_end) &&
          (run_end == s + 1 ? plain_name (ctx, s)
                            : (ck_title_plausible (ctx, s, run_end) && !ck_span_in_lex (ctx, s, run_end, CK_LEX_PLACES) &&
                               !ck_ctx_names_person (ctx, s, run_end) && !ck_ctx_names_non_work (ctx, s, run_end))))
        {
          add (ctx, det, taken, s, run_end);
          s = coordinated (ctx, det, taken, run_end, pe) - 1;
          continue;
        }
      /* rule 3: one word with a strong cue */
      if ((run_end == s + 1 || ((ck_tok_is (ctx, s + 1, "and") || ck_tok_is (ctx, s + 1, "or")) &&
                                (ck_tok (ctx, s + 1)->flags & CK_TOKF_LOWER))) &&
          ends_clean (ctx, s + 1, pe) && starts_clean (ctx, s, 1) &&
          !ck_tok_is (ctx, s, "the") && (strong_cue (ctx, s, n) || issue_clause_after (ctx, s, pe)) &&
          !examples_list (ctx, s + 1, pe) && (tok_in (ctx, s, common_names, TRUE) || plain_name (ctx, s)))
        {
          add (ctx, det, taken, s, s + 1);
          s = coordinated (ctx, det, taken, s + 1, pe) - 1;
        }
      /* rule 3 for a foreign name of two words, an article and a word:
       * "articles in El Faro", "wrote for Die Fackel" */
      else if (run_end >= s + 2 && foreign_name (ctx, s) &&
               (run_end == s + 2 || ((ck_tok_is (ctx, s + 2, "and") || ck_tok_is (ctx, s + 2, "or")) &&
                                     (ck_tok (ctx, s + 2)->flags & CK_TOKF_LOWER))) &&
               ends_clean (ctx, s + 2, pe) && starts_clean (ctx, s, 2) &&
               strong_cue (ctx, s, n) && !examples_list (ctx, s + 2, pe))
        {
          add (ctx, det, taken, s, s + 2);
          s = coordinated (ctx, det, taken, s + 2, pe) - 1;
        }
      /* rule 4: an unknown name a cue around it calls a periodical */
      else if ((e = cued_name_end (ctx, s, run_end, pe)) > s)
        {
          add (ctx, det, taken, s, e);
          s = coordinated (ctx, det, taken, e, pe) - 1;
        }
      /* no name starts here; one may start inside the run ("the Nils Orr
       * of Die Zange"): the next start is the next word, and every run is
       * at most MAX_RUN long, so the scan stays linear */
    }
}
