/* detect-gloss-paren.c — a title glossed in parentheses by a noun for a
 * work:
 *
 *   "… the examples in The Salt Almanac (the Vell-Orr compendium of
 *   1929-30) will …"
 *   "… read Harbour Lights (a slim novel of 1951) twice …"
 *
 * The parenthesis opens with an article, and its head noun (the first
 * lower-case noun, before any preposition) is one of the work nouns of
 * cues.txt or of the short list below: "(the town of her first novel)"
 * is headed by "town", and says nothing of the run before it.  The run
 * is a title when a capital article opens it in mid-sentence, or when the
 * weak test of title-weak.c finds no event, place, institution or person
 * in it.  A year in the parenthesis is the work's.
 */
#include "detect-context.h"
#include "detect-extra.h"
#include <stdlib.h>
#include <string.h>

#define GLOSS_MAX_TOKENS 14

/* Work nouns that cues.txt lacks: kinds of reference books.  Lower case. */
static const char * const reference_nouns[] = {
  "compendium", "textbook", "treatise", "encyclopaedia", "encyclopedia", "handbook", "primer", "anthology",
  "survey", "digest", "omnibus", "almanac", "dictionary", NULL,
};

static gboolean
work_noun (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  const char *v;
  if (!ck_tok_lower_word (ctx, k))
    return FALSE;
  if (ck_tok_in_words (ctx, k, reference_nouns))
    return TRUE;
  v = ck_lex_lookup (CK_LEX_CUES, ctx->text + t->start, t->end - t->start);
  return v && strcmp (v, "book") == 0;
}

/* The head noun of the gloss opened at @open + 1 by an article is a work
 * noun: words before it are capitalised names, numbers or lower-case
 * words that are no function words (adjectives).  Returns the noun's
 * index, or 0. */
static guint
gloss_head (const CkExtractCtx *ctx, guint open, guint close)
{
  guint k = open + 1;
  if (!(ck_tok_is (ctx, k, "the") || ck_tok_is (ctx, k, "a") || ck_tok_is (ctx, k, "an")) || !ck_tok_lower_word (ctx, k))
    return 0;
  for (k = open + 2; k < close && k < open + 6; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (work_noun (ctx, k))
        return k;
      if (t->kind == CK_TOK_NUMBER || ck_tok_cap_word (ctx, k))
        continue;
      if (!ck_tok_lower_word (ctx, k) || (t->flags & CK_TOKF_FUNC))
        return 0;
    }
  return 0;
}

void
ck_detect_gloss_paren (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 2; i + 3 < n; i++)
    {
      guint close = 0, ts, floor, head;
      gboolean strong;
      CkRecord *rec;
      if (!ck_tok_is_punct (ctx, i, '(') || ck_is_claimed (ctx, i, i + 1) || ck_tok (ctx, i - 1)->kind != CK_TOK_WORD)
        continue;
      for (guint k = i + 1; k < n && k < i + GLOSS_MAX_TOKENS; k++)
        {
          if (ck_tok (ctx, k)->nl >= 2 || ck_tok_is_punct (ctx, k, '('))
            break;
          if (ck_tok_is_punct (ctx, k, ')'))
            {
              close = k;
              break;
            }
        }
      if (!close || !(head = gloss_head (ctx, i, close)))
        continue;
      floor = ck_sentence_start (ctx, i);
      ts = ck_title_span_backward (ctx, i, floor);
      ts = ck_ctx_span_back_lines (ctx, ts, i, floor);
      while (ts < i && (ck_tok (ctx, ts)->flags & CK_TOKF_FUNC))
        ts++;
      if (ts >= i || ck_count_words (ctx, ts, i) < 2 || ck_is_claimed (ctx, ts, close + 1) ||
          !ck_title_plausible (ctx, ts, i))
        continue;
      /* "the Salt Almanac (…)": a lower-case article makes it a thing */
      if (ts > 0 && ck_tok_lower_word (ctx, ts - 1) &&
          (ck_tok_is (ctx, ts - 1, "the") || ck_tok_is (ctx, ts - 1, "a") || ck_tok_is (ctx, ts - 1, "an")))
        continue;
      strong = ts > floor && (ck_tok_is (ctx, ts, "The") || ck_tok_is (ctx, ts, "A") || ck_tok_is (ctx, ts, "An")) &&
               !ck_ctx_names_non_work (ctx, ts + 1, i) && !ck_ctx_names_person (ctx, ts + 1, i);
      if (!strong && !ck_ctx_weak_title_ok (ctx, ts, i, floor))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, ts, i));
      for (guint k = head + 1; k < close; k++)
        if (ck_tok (ctx, k)->flags & CK_TOKF_YEAR)
          {
            ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, k)->start), 0, 0));
            break;
          }
      ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, close)->end, ts, CK_MENTION_PRONOUN);
      ck_claim (ctx, ts, close + 1);
      i = close;
    }
}
