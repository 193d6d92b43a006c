/* detect-wrote.c — "NAME wrote T", "she wrote T and T2": a title named as
 * the object of a verb of writing, with no year, quotes or imprint; and
 * "will be compared with T" when T has a title's shape.
 *
 *   "Under another name the same hand wrote Iron Harvest and a play."
 *
 * A verb of writing takes letters and people as well ("wrote Parliament a
 * letter", "wrote Ada Vell"), so the run must be two words or more, pass
 * the weak test of title-weak.c (no person, place, event, institution or
 * publisher), name no periodical ("wrote The Times") and end the phrase.
 * The author is found like a pronoun's antecedent (merge.c). */
#include "title-short.h"

static const char * const writing_verbs[] = {
  "wrote", "writes", "write", "written", "rewrote", "co-wrote", "composed",
  /* publishing names a work as writing does ("she published The Salt
   * Road in 1940"), and the tests after the run are the same */
  "published", "publishes", "republished", "reissued", "completed", NULL,
};

static const char * const comparing_verbs[] = { "compared", "comparing", "compare", "compares", NULL };

/* "the trilogy … went on last year with T": a series of works named in
 * the sentence before a verb of going on "with" a title. */
static const char * const series_nouns[] = { "trilogy", "tetralogy", "sequence", "series", "cycle", "quartet",
                                             "saga", NULL };
static const char * const going_on[] = { "began", "begins", "opened", "opens", "continued", "continues", "on",
                                         "ended", "ends", "closed", "closes", "concluded", "started", NULL };

/* Whether "with" at @w continues a series named earlier in the sentence:
 * a verb of going on within three words before it, a series noun before
 * that. */
static gboolean
series_with (const CkExtractCtx *ctx, guint w, guint floor)
{
  guint v = G_MAXUINT;
  for (guint k = w, m = 0; k > floor && m < 4 && v == G_MAXUINT; m++)
    {
      k--;
      if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, going_on))
        v = k;
    }
  if (v == G_MAXUINT)
    return FALSE;
  for (guint k = v; k > floor;)
    {
      k--;
      if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, series_nouns))
        return TRUE;
    }
  return FALSE;
}

/* A title's shape: a lower-case function word inside ("Love on the
 * Shore"), which names of people and places seldom have. */
static gboolean
has_title_shape (const CkExtractCtx *ctx, guint s, guint te)
{
  for (guint k = s + 1; k + 1 < te; k++)
    if (ck_tok_lower_word (ctx, k) && (ck_tok (ctx, k)->flags & CK_TOKF_FUNC) && !ck_tok_is (ctx, k, "and") &&
        !ck_tok_in_lex (ctx, k, CK_LEX_PARTICLES))
      return TRUE;
  return FALSE;
}

void
ck_detect_wrote_title (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 2 < n; i++)
    {
      guint s = i + 1, te, floor, end;
      gboolean compare = FALSE, series = FALSE;
      CkRecord *rec;
      /* "will be compared with T": a comparison names a title only with
       * a title's shape (below) */
      if (i + 3 < n && ck_tok_lower_word (ctx, i) && ck_tok_in_words (ctx, i, comparing_verbs) &&
          (ck_tok_is (ctx, i + 1, "with") || ck_tok_is (ctx, i + 1, "to")))
        {
          compare = TRUE;
          i++;
          s = i + 1;
        }
      else if (ck_tok_is (ctx, i, "with") && ck_tok_lower_word (ctx, i) && series_with (ctx, i, ck_sentence_start (ctx, i)))
        series = TRUE;
      if (!compare && !series && (!ck_tok_lower_word (ctx, i) || !ck_tok_in_words (ctx, i, writing_verbs)))
        continue;
      if (!ck_tok_cap_word (ctx, s) || ck_is_claimed (ctx, s, s + 1))
        continue;
      floor = ck_sentence_start (ctx, i);
      end = MIN (n, ck_sentence_end (ctx, s));
      te = ck_title_span_forward (ctx, s, end, FALSE);
      /* "wrote T and, later, T2": the run ends at "and" */
      for (guint k = s + 1; k < te; k++)
        if (ck_tok_is (ctx, k, "and") && k + 1 < te && ck_tok_is_punct (ctx, k + 1, ','))
          {
            te = k;
            break;
          }
      while (te > s + 1 && (ck_tok (ctx, te - 1)->flags & CK_TOKF_FUNC))
        te--;
      if (ck_count_words (ctx, s, te) < 2 || ck_is_claimed (ctx, s, te) || !ck_title_plausible (ctx, s, te))
        continue;
      /* it ends the phrase: a lower-case word or a punctuation mark other
       * than "(" (an imprint is for the imprint detectors) */
      if (te < n && !(ck_tok_lower_word (ctx, te) ||
                      (ck_tok (ctx, te)->kind == CK_TOK_PUNCT && !ck_tok_is_punct (ctx, te, '('))))
        continue;
      if (!ck_ctx_weak_title_ok (ctx, s, te, floor) || ck_names_periodical (ctx, s, te) ||
          ck_span_in_lex (ctx, s, te, CK_LEX_PERIODICALS) || ck_ctx_names_person (ctx, s, te) ||
          (compare && !has_title_shape (ctx, s, te)))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, s, te));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, te - 1)->end, i, CK_MENTION_PRONOUN);
      ck_claim (ctx, s, te);
      i = te - 1;
    }
}
