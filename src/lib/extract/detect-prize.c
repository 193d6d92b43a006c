/* detect-prize.c — a title as the subject of winning a book prize:
 *
 *   "When Salt Harbour won the Man Booker in 2009, …"
 *   "The Long Weir won the Hill Prize for Fiction and …"
 *
 * Books win prizes named by a prize word ("Prize", "Award", "Medal") or by
 * the name of a well-known book prize; so do people, so the run must pass
 * the weak test of title-weak.c (no given name, honorific, place, event,
 * institution or repeated surname), with the verb standing in for the
 * title's shape at the start of a sentence.  The year of the prize is not
 * taken: it need not be the book's. */
#include "detect-context.h"
#include "detect-extra.h"

/* Words that end or make the name of a prize; capitalised.  The names
 * are the best-known literary prizes of English, French and German
 * (general knowledge); "Nobel" is left out: people win it, not books. */
static const char * const prize_words[] = {
  "Prize", "Prizes", "Award", "Awards", "Medal", "Booker", "Pulitzer", "Goncourt", "Renaudot", "Femina",
  "Médicis", "Whitbread", "Costa", "Hugo", "Nebula", "Newbery", "Carnegie", "Büchner", NULL,
};

/* Conjunctions that open the sentence before its subject: "When T won". */
static const char * const openers[] = { "When", "After", "Before", "Since", "Until", "Although", "Though", "While",
                                        "If", "As", "Once", "Because", NULL };

void
ck_detect_prize_subject (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 2; i + 2 < n; i++)
    {
      guint floor, ts, k;
      gboolean prize = FALSE;
      CkRecord *rec;
      if (!ck_tok_is (ctx, i, "won") || !ck_tok_lower_word (ctx, i) || !ck_tok_is (ctx, i + 1, "the") ||
          ck_tok (ctx, i - 1)->kind != CK_TOK_WORD)
        continue;
      for (k = i + 2; k < n && k < i + 8 && !prize; k++)
        {
          if (ck_tok_in_words (ctx, k, prize_words) && ck_tok_cap_word (ctx, k))
            prize = TRUE;
          else if (!ck_tok_cap_word (ctx, k) && !(ck_tok (ctx, k)->flags & CK_TOKF_FUNC))
            break;
        }
      if (!prize)
        continue;
      floor = ck_sentence_start (ctx, i);
      ts = ck_title_span_backward (ctx, i, floor);
      if (ts == floor && ts + 1 < i && ck_tok_in_words (ctx, ts, openers))
        ts++;
      while (ts < i && (ck_tok (ctx, ts)->flags & CK_TOKF_FUNC) && ck_tok_lower_word (ctx, ts))
        ts++;
      if (ts >= i || ck_count_words (ctx, ts, i) < 2 || ck_is_claimed (ctx, ts, i) || !ck_title_plausible (ctx, ts, i))
        continue;
      /* "the Party won the …": a lower-case article makes it a thing */
      if (ts > floor && ck_tok_lower_word (ctx, ts - 1) &&
          (ck_tok_is (ctx, ts - 1, "the") || ck_tok_is (ctx, ts - 1, "a") || ck_tok_is (ctx, ts - 1, "an")))
        continue;
      /* a sentence's start counts as mid-sentence here: the verb gives the
       * run its shape */
      if (!ck_ctx_weak_title_ok (ctx, ts, i, ts > 0 ? ts - 1 : 0))
        continue;
      /* "Later Ada Vell won": an adverb opening the sentence hides the
       * name's start, so no word of the run may open a name */
      for (k = ts + 1; k < i && ts == floor; k++)
        if (ck_ctx_opens_with_name (ctx, k))
          break;
      if (ts == floor && k < i)
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, ts, i));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, i - 1)->end, ts, CK_MENTION_PRONOUN);
      ck_claim (ctx, ts, i);
    }
}
