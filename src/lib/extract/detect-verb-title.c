/* detect-verb-title.c — a title-case run with a capitalised verb inside:
 *
 *   "… published only after Every Day Is Salt Day and Vacant Rooms had
 *   made her name …"
 *
 * Prose capitalises no "Is" or "Was" in mid-sentence; a run of capitals
 * with one inside, after a lower-case word, can only be a title.  A second
 * run joined by "and" is a title too when a verb follows it and the weak
 * test of title-weak.c finds no person, place or event in it. */
#include "detect-context.h"
#include "detect-extra.h"

/* Finite verbs that title case capitalises; as capitals they never sit
 * inside a name. */
static const char * const verbs[] = { "Is", "Are", "Was", "Were", "Has", "Have", "Does", "Did", "Shall", "Must",
                                      NULL };

static gboolean
inner_verb (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_cap_word (ctx, k) && !(ck_tok (ctx, k)->flags & CK_TOKF_UPPER) && ck_tok_in_words (ctx, k, verbs);
}

void
ck_detect_verb_title (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 2; i + 2 < n; i++)
    {
      guint floor, ts, te, end;
      CkRecord *rec;
      if (!inner_verb (ctx, i) || !ck_tok_cap_word (ctx, i - 1) || !ck_tok_cap_word (ctx, i + 1) ||
          ck_is_claimed (ctx, i, i + 1))
        continue;
      floor = ck_sentence_start (ctx, i);
      end = MIN (n, ck_sentence_end (ctx, i));
      ts = ck_title_span_backward (ctx, i, floor);
      te = ck_title_span_forward (ctx, i, end, TRUE);
      /* mid-sentence after a lower-case word, ended by prose */
      if (ts >= i || ts <= floor || !ck_tok_lower_word (ctx, ts - 1) || te <= i + 1 || ck_is_claimed (ctx, ts, te) ||
          !ck_title_plausible (ctx, ts, te))
        continue;
      /* "told Ada Is Here": a given name opening the run is its subject */
      if (ck_ctx_opens_with_name (ctx, ts))
        continue;
      {
        guint second = 0, se = 0;
        /* "T and U had made": the span ran over "and" into a second run */
        for (guint k = i + 2; k + 1 < te; k++)
          if (ck_tok_is (ctx, k, "and") && ck_tok_lower_word (ctx, k) && ck_tok_cap_word (ctx, k + 1))
            {
              if (te < n && ck_tok_lower_word (ctx, te) && !(ck_tok (ctx, te)->flags & CK_TOKF_FUNC) &&
                  ck_count_words (ctx, k + 1, te) >= 2 && ck_ctx_weak_title_ok (ctx, k + 1, te, floor))
                {
                  second = k + 1;
                  se = te;
                }
              te = k;
              break;
            }
        if (te < n && !(ck_tok_lower_word (ctx, te) || ck_tok (ctx, te)->kind == CK_TOK_PUNCT))
          continue;
        rec = ck_record_new (CK_TYPE_BOOK);
        ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
        ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, te - 1)->end, ts, CK_MENTION_PRONOUN);
        ck_claim (ctx, ts, te);
        i = te;
        if (second)
          {
            rec = ck_record_new (CK_TYPE_BOOK);
            ck_assemble_title (rec, ck_span_dup (ctx, second, se));
            ck_mention_add (ctx, det, rec, ck_tok (ctx, second)->start, ck_tok (ctx, se - 1)->end, second,
                            CK_MENTION_PRONOUN);
            ck_claim (ctx, second, se);
            i = se;
          }
      }
    }
}
