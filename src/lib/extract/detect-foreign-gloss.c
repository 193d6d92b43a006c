/* detect-foreign-gloss.c — a title in its own language after its owner,
 * glossed in English in square brackets:
 *
 *   "Horak's Zimní světlo [Winter Light] came out in Prague in 1968"
 *   "her Las horas quietas [The Quiet Hours] was banned"
 *
 * Reviewers of translated literature cite an untranslated book this way.
 * The bracket is the mark: the run before it need not have a function
 * word title-foreign.c knows (Czech, Polish or Welsh titles have none),
 * but it must read as another language — a lower-case word that is no
 * English function word, or a letter outside ASCII — so that an editor's
 * "[sic]" or "[ed.]" after an English title, or "Vell's Salt Road [1990]",
 * gives nothing.  The owner (a possessive name or pronoun) gives the
 * author; the gloss is not kept, CSL has no field for it. */
#include "detect-context.h"
#include "detect-extra.h"

#define GLOSS_MAX_TOKENS 10
#define RUN_MAX_WORDS 7

static const char * const owners[] = { "his", "her", "their", NULL };

/* Bracketed words that are editorial, not a gloss. */
static const char * const editorial[] = { "sic", "ed", "eds", "trans", "tr", "i.e", "ie", "emphasis", "my", "original",
                                          "author", "translator", NULL };

/* English function words that cannot sit inside a foreign title. */
static const char * const english[] = { "the", "of", "and", "to", "is", "was", "with", "for", "that", "which",
                                        "in", "on", "by", "as", "from", "at", "or", "but", "a", "an", NULL };

/* The "]" closing the "[" at @open when the bracket holds an English
 * gloss: words only, the first capitalised and not editorial; or 0.  A
 * parenthesis holds one only in title case, two words or more ("(Face
 * to Face with the Enemy)"): "(Harvard)" or "(Oslo)" is an imprint. */
static guint
gloss_close (const CkExtractCtx *ctx, guint open)
{
  guint n = ck_n_toks (ctx);
  gboolean paren = ck_tok_is_punct (ctx, open, '(');
  if (open + 2 >= n || !ck_tok_cap_word (ctx, open + 1) || ck_tok_in_words (ctx, open + 1, editorial))
    return 0;
  for (guint k = open + 1; k < n && k <= open + GLOSS_MAX_TOKENS; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->nl >= 2)
        return 0;
      if (ck_tok_is_punct (ctx, k, paren ? ')' : ']'))
        {
          if (paren && (k < open + 3 || ck_title_plausible (ctx, open + 1, k) == FALSE ||
                        ck_span_in_lex (ctx, open + 1, k, CK_LEX_PLACES) || ck_span_in_lex (ctx, open + 1, k, CK_LEX_PUBLISHERS)))
            return 0;
          if (paren)
            for (guint q = open + 1; q < k; q++)
              if (ck_tok_lower_word (ctx, q) && !(ck_tok (ctx, q)->flags & CK_TOKF_FUNC))
                return 0;
          return k > open + 1 ? k : 0;
        }
      if (t->kind != CK_TOK_WORD && t->kind != CK_TOK_POSS && !ck_tok_is_punct (ctx, k, ',') &&
          !ck_tok_is_punct (ctx, k, ':'))
        return 0;
    }
  return 0;
}

static gboolean
non_ascii (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  for (guint32 b = t->start; b < t->end; b++)
    if ((guchar) ctx->text[b] >= 0x80)
      return TRUE;
  return FALSE;
}

void
ck_detect_foreign_gloss (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 2; i + 2 < n; i++)
    {
      guint ts = i, own, floor;
      gboolean foreign = FALSE;
      if (!(ck_tok_is_punct (ctx, i, '[') || ck_tok_is_punct (ctx, i, '(')) || !gloss_close (ctx, i))
        continue;
      floor = ck_sentence_start (ctx, i);
      /* back over words that are no English function words; "a" between
       * two foreign words is theirs ("Faccia a faccia col mare") */
      while (ts > floor && i - ts < RUN_MAX_WORDS && ck_tok (ctx, ts - 1)->kind == CK_TOK_WORD &&
             ck_tok (ctx, ts)->nl < 2 &&
             !(ck_tok_lower_word (ctx, ts - 1) && ck_tok_in_words (ctx, ts - 1, english) &&
               !(ck_tok_is (ctx, ts - 1, "a") && ts >= floor + 2 && ck_tok (ctx, ts - 2)->kind == CK_TOK_WORD &&
                 !ck_tok_in_words (ctx, ts - 2, english) && !ck_tok_in_words (ctx, ts - 2, owners) &&
                 ck_tok_lower_word (ctx, ts))) &&
             !(ck_tok_lower_word (ctx, ts - 1) && ck_tok_in_words (ctx, ts - 1, owners)))
        ts--;
      /* the run opens with a capital right after its owner */
      while (ts < i && !ck_tok_cap_word (ctx, ts))
        ts++;
      if (ts >= i || ts == 0)
        continue;
      own = ts - 1;
      /* "his book Faccia a faccia col mare (…)": the owner before a noun for the work */
      if (own > floor && ck_ctx_work_cue (ctx, own))
        own--;
      if (ck_tok (ctx, own)->kind != CK_TOK_POSS && !(ck_tok_lower_word (ctx, own) && ck_tok_in_words (ctx, own, owners)))
        continue;
      for (guint k = ts; k < i && !foreign; k++)
        foreign = non_ascii (ctx, k) || (k > ts && ck_tok_lower_word (ctx, k));
      if (!foreign || ck_is_claimed (ctx, ts, i) || ck_ctx_names_person (ctx, ts, i))
        continue;
      ck_ctx_add_bare_title (ctx, det, ts, i, own);
    }
}
