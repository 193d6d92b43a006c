/* detect-whose.c — a title right after "whose" that a writer's name
 * owns, with no bracket, quotes or italics to mark it:
 *
 *   Tocqueville, whose Democracy in America he quotes on every page
 *   Nabokov, whose Speak, Memory the author invokes
 *   Evans, whose earlier Funny Weather was a comic guide
 *
 * In reviews ", whose" and a run in title case after a person's name is
 * nearly always a book of that person's, and the owner its author.  A
 * title of one word is left alone (", whose English was poor"), as are
 * runs that name a place, an institution or an event (", whose Central
 * Committee").
 */
#include "extract-private.h"
#include "detect-context.h"
#include "detect-extra.h"

#define WH_MAX_TITLE_WORDS 12

static const char * const kin_words[] = { "Uncle", "Aunt", "Auntie", "Cousin", "Brother", "Sister", "Father", "Mother",
                                           "Grandfather", "Grandmother", "Son", "Daughter", "Wife", "Husband", "Nephew",
                                           "Niece", NULL };

/* Whether the word at @k goes on with a clause after a title: a stop or
 * bracket, a pronoun or a name as the subject ("he quotes", "Amis
 * invokes"), or a verb ("was", "appeared", "covers") — not a noun that
 * makes the run an adjective ("whose Harbour Street house"). */
static gboolean
clause_goes_on (const CkExtractCtx *ctx, guint k)
{
  static const char * const subjects[] = { "he", "she", "they", "we", "i", "it", "you", "one", NULL };
  static const char * const verbs[] = { "was", "is", "are", "were", "has", "had", "have", "will", "would", "can", "could",
                                        "may", "might", "must", "should", "did", "does", "remains", "became", "made",
                                        "won", "gave", "took", "set", "put", "came", "went", "sold", "ran", "began",
                                        "still", "also", "already", "first", "never", "once", NULL };
  const CkToken *t = ck_tok (ctx, k);
  gsize len = t->end - t->start;
  const char *w = ctx->text + t->start;
  if (t->kind == CK_TOK_PUNCT || t->kind == CK_TOK_QUOTE_OPEN || ck_tok_cap_word (ctx, k))
    return TRUE;
  if (!ck_tok_lower_word (ctx, k))
    return FALSE;
  if (ck_tok_in_words (ctx, k, subjects) || (ck_tok (ctx, k)->flags & CK_TOKF_FUNC))
    return TRUE;
  /* verbs in the past or the third person, adverbs */
  if (ck_tok_in_words (ctx, k, verbs))
    return TRUE;
  return len > 3 && ((w[len - 2] == 'e' && w[len - 1] == 'd') || w[len - 1] == 's' || (w[len - 2] == 'l' && w[len - 1] == 'y'));
}

void
ck_detect_whose_title (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 2; i + 2 < n; i++)
    {
      guint floor, ns, ts = i + 1, te, pe, end, flags;
      g_autoptr(CkRecord) rec = NULL;
      g_autoptr(GPtrArray) names = NULL;
      if (!ck_tok_is (ctx, i, "whose") || !ck_tok_lower_word (ctx, i) || !ck_tok_is_punct (ctx, i - 1, ',') ||
          ck_is_claimed (ctx, i, i + 2))
        continue;
      floor = ck_sentence_start (ctx, i);
      ns = ck_name_span_backward (ctx, i - 1, floor);
      if (ns >= i - 1 || ck_tok_in_lex (ctx, i - 2, CK_LEX_PLACES) || ck_ctx_names_non_work (ctx, ns, i - 1))
        continue;
      if (ck_is_title_adjective (ctx, ts) || ck_tok_is (ctx, ts, "own"))
        ts++;
      if (!ck_tok_cap_word (ctx, ts) || ck_is_claimed (ctx, ts, ts + 1))
        continue;
      pe = g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i)).tok_end;
      te = ck_title_span_forward (ctx, ts, pe, TRUE);
      /* "Speak, Memory", "What Is Property?" */
      te = ck_ctx_comma_title_forward (ctx, ts, te, pe);
      te = ck_title_extend_forward (ctx, ts, te, pe);
      if (te <= ts + 1 || ck_count_words (ctx, ts, te) < 2 || ck_count_words (ctx, ts, te) > WH_MAX_TITLE_WORDS ||
          !ck_title_plausible (ctx, ts, te) || ck_is_claimed (ctx, ts, te) || ck_ctx_names_non_work (ctx, ts, te) ||
          ck_span_in_lex (ctx, ts, te, CK_LEX_PLACES) || ck_span_in_lex (ctx, ts, te, CK_LEX_PERIODICALS))
        continue;
      /* "whose Uncle Tomas was a sailor": a relative, a person */
      if (ck_tok_in_words (ctx, ts, kin_words) || ck_ctx_names_person (ctx, ts, te))
        continue;
      /* "whose Democracy in America Neuhaus quotes": the object of a
       * clause whose subject, a person the text names, follows it */
      while (te > ts + 2 && te + 1 < pe && ck_tok_lower_word (ctx, te) && ck_tok_cap_word (ctx, te - 1) &&
             !(ck_tok (ctx, te - 1)->flags & CK_TOKF_FUNC) && ck_ctx_names_person (ctx, te - 1, te))
        te--;
      /* "whose Salt Annals Professor Vell quotes": a styled name as the
       * clause's subject after the title */
      for (guint k = ts + 1; k + 1 < te; k++)
        if (ck_tok_is_honorific (ctx, k) && ck_name_span_forward (ctx, k + 1, te) == te)
          {
            te = k;
            break;
          }
      /* the clause goes on after the title with its verb or subject:
       * not with a noun ("whose Harbour Street house burned") */
      if (te < pe && !clause_goes_on (ctx, te))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
      if (!ck_record_has (rec, CK_FIELD_TITLE))
        continue;
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      if (ck_names_forward (ctx, ns, i - 1, CK_ROLE_AUTHOR, names) == i - 1 && names->len == 1)
        ck_record_take_name (rec, g_ptr_array_steal_index (names, 0));
      end = ck_imprint_after (ctx, rec, te, pe);
      flags = ck_record_get_n_names (rec) ? 0 : CK_MENTION_PRONOUN;
      ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, ts)->start, ck_tok (ctx, end - 1)->end, ts, flags);
      ck_claim (ctx, ts, end);
      i = end - 1;
    }
}
