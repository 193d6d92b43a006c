/* detect-named.c — titles given by a verb of naming.
 *
 *   "a novel called Harbour Lights", "his book, entitled Grey Fields,"
 *   "the trilogy he calls A Salt Harbour", "a memoir titled Low Water"
 *
 * "entitled" and "titled" before a capital name a work wherever they
 * stand ("entitled to" takes no capital).  "called" and "calls" name
 * people and places as often ("a man called Vell", "a town called
 * Ashby"), so they need a noun of a work just before them, perhaps with
 * the namer between ("the trilogy he calls …").  The title is the
 * capitalised run after the verb; one word is enough, since the verb has
 * already said a title follows, unless the word is a forename.  The
 * author is found like a pronoun's (merge.c).
 */
#include "detect-context.h"
#include <stdlib.h>
#include <string.h>

/* A lower-case noun of a whole work or a part of one (cues.txt). */
static gboolean
work_noun (const CkExtractCtx *ctx, guint k)
{
  static const char * const more[] = { "trilogy", "tetralogy", "quartet", "sequence", "series", "saga", "cycle",
                                       "sequel", "novella", "satire", "fable", "romance", "thriller", NULL };
  const CkToken *t = ck_tok (ctx, k);
  const char *v;
  if (!ck_tok_lower_word (ctx, k))
    return FALSE;
  if (ck_tok_in_words (ctx, k, more))
    return TRUE;
  v = ck_lex_lookup (CK_LEX_CUES, ctx->text + t->start, t->end - t->start);
  return v && (strcmp (v, "book") == 0 || strcmp (v, "chapter") == 0 || strcmp (v, "article") == 0);
}

/* Whether the naming verb at @v has a work noun before it: "a novel
 * called", "the book, called", "the trilogy he calls", "a play which
 * he called". */
static gboolean
noun_before (const CkExtractCtx *ctx, guint v, guint floor)
{
  static const char * const between[] = { "he", "she", "they", "which", "that", "simply", "aptly", "now", "then",
                                          "was", "is", "were", "are", "also", "originally", "first", "it", NULL };
  for (guint k = v, m = 0; k > floor && m < 4; m++)
    {
      k--;
      if (work_noun (ctx, k))
        return TRUE;
      if (!(ck_tok_is_punct (ctx, k, ',') || (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, between))))
        return FALSE;
    }
  return FALSE;
}

void
ck_detect_named_title (CkExtractCtx *ctx, const CkDetector *det)
{
  static const char * const strong[] = { "entitled", "titled", NULL };
  static const char * const weak[] = { "called", "calls", "call", "named", NULL };
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 1 < n; i++)
    {
      guint s = i + 1, te, floor, ceil;
      CkRecord *rec;
      if (!ck_tok_lower_word (ctx, i) || !(ck_tok_in_words (ctx, i, strong) || ck_tok_in_words (ctx, i, weak)))
        continue;
      if (!ck_tok_cap_word (ctx, s) || ck_is_claimed (ctx, s, s + 1) || ck_tok (ctx, s)->nl >= 2)
        continue;
      floor = ck_sentence_start (ctx, i);
      if (!ck_tok_in_words (ctx, i, strong) && !noun_before (ctx, i, floor))
        continue;
      ceil = ck_sentence_end (ctx, s);
      te = ck_title_span_forward (ctx, s, MIN (n, ceil), TRUE);
      /* "called Salt Meadow in 1932": the year is the work's, not the title's */
      for (guint k = s + 1; k + 1 < te; k++)
        if (ck_tok_is (ctx, k, "in") && ck_tok_lower_word (ctx, k) && (ck_tok (ctx, k + 1)->flags & CK_TOKF_YEAR))
          {
            te = k;
            break;
          }
      while (te > s + 1 && (ck_tok (ctx, te - 1)->flags & CK_TOKF_FUNC))
        te--;
      if (te <= s || ck_is_claimed (ctx, s, te) || !ck_title_plausible (ctx, s, te))
        continue;
      /* "(…)" after the run is title-imprint's or bare-title-year's */
      if (ck_tok_is_punct (ctx, te, '('))
        continue;
      /* one word: a forename is a person ("a boy called Tom") */
      if (te == s + 1 && ck_tok_in_lex (ctx, s, CK_LEX_GIVEN_NAMES))
        continue;
      if (ck_ctx_names_person (ctx, s, te) || ck_span_in_lex (ctx, s, te, CK_LEX_PLACES))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, s, te));
      if (ck_tok_is (ctx, te, "in") && te + 1 < n && (ck_tok (ctx, te + 1)->flags & CK_TOKF_YEAR))
        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, te + 1)->start), 0, 0));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, te - 1)->end, s, CK_MENTION_PRONOUN);
      ck_claim (ctx, s, te);
      i = te - 1;
    }
}
