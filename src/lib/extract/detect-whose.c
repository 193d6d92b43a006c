/* detect-whose.c — a title right after "whose" that a writer's name
 * owns, with no bracket, quotes or italics to mark it:
 *
 *   Tocqueville, whose Democracy in America he quotes on every page
 *   Nabokov, whose Speak, Memory the author invokes
 *   Evans, whose earlier Funny Weather was a comic guide
 *
 * In reviews ", whose" and a run in title case after a person's name is
 * nearly always a book of that person's, and the owner its author.  A title of one word is
 * left alone (", whose English was poor"), as are runs that name a
 * place, an institution or an event (", whose Central Committee").
 */
#include "extract-private.h"
#include "detect-context.h"
#include "detect-extra.h"

#define WH_MAX_TITLE_WORDS 12

/* "earlier", "own", "famous": a lower-case cue of kind "adj" or "own". */
static gboolean
owner_adjective (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  const char *v;
  if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_LOWER))
    return FALSE;
  if (ck_tok_is (ctx, k, "own"))
    return TRUE;
  v = ck_lex_lookup (CK_LEX_CUES, ctx->text + t->start, t->end - t->start);
  return v && strcmp (v, "adj") == 0;
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
      if (owner_adjective (ctx, ts))
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
      /* the clause goes on after the title: a lower-case word, a
       * bracket or a stop; a capital would mean the run was cut short */
      if (te < pe && !(ck_tok_lower_word (ctx, te) || ck_tok (ctx, te)->kind == CK_TOK_PUNCT ||
                       ck_tok (ctx, te)->kind == CK_TOK_QUOTE_OPEN))
        continue;
      /* "whose Democracy in America Neuhaus quotes": the object of a
       * clause whose subject, a person the text names, follows it */
      while (te > ts + 2 && te < pe && ck_tok_lower_word (ctx, te) && ck_tok_cap_word (ctx, te - 1) &&
             !(ck_tok (ctx, te - 1)->flags & CK_TOKF_FUNC) && ck_ctx_names_person (ctx, te - 1, te))
        te--;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
      if (!ck_record_has (rec, CK_FIELD_TITLE))
        continue;
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      if (ck_names_forward (ctx, ns, i - 1, CK_ROLE_AUTHOR, names) == i - 1 && names->len == 1)
        ck_record_take_name (rec, g_ptr_array_steal_index (names, 0));
      end = te;
      if (ck_tok_is_punct (ctx, te, '('))
        {
          guint c = ck_paren_close (ctx, te, pe);
          if (c && ck_paren_imprint (ctx, rec, te, c))
            end = c + 1;
        }
      flags = ck_record_get_n_names (rec) ? 0 : CK_MENTION_PRONOUN;
      ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, ts)->start, ck_tok (ctx, end - 1)->end, ts, flags);
      ck_claim (ctx, ts, end);
      i = end - 1;
    }
}
