/* detect-poss-s.c — the possessive of a name ending in "s" written with
 * the apostrophe alone, before a title, as dealers' notes and reviews
 * write it:
 *
 *   drew on Vallis' The Book of the Weir at length
 *   Ada Quellings' A Winter Harbour
 *
 * The tokenizer takes that apostrophe for a closing quote (it cannot tell
 * "Vallis'" from the end of 'a quoted Vallis'), so the possessive
 * detector never sees it.  Here it is a possessive only when nothing
 * quoted is open before it in the sentence, the owner reads as a person's
 * name (not a place, not "the Smiths'") and the title after it opens with
 * an article ("The", "A", "An") or the owner is a full name, and runs
 * two words or more in title case.
 */
#include "extract-private.h"
#include "detect-context.h"
#include "detect-extra.h"
#include <string.h>

#define PS_MAX_TITLE_WORDS 12

/* Whether a single quote opens before @k in its sentence and is not
 * closed before it: then the apostrophe at @k may close it. */
static gboolean
quote_open_before (const CkExtractCtx *ctx, guint floor, guint k)
{
  int depth = 0;
  for (guint q = floor; q < k; q++)
    {
      const CkToken *t = ck_tok (ctx, q);
      if (t->kind == CK_TOK_QUOTE_OPEN)
        depth++;
      else if (t->kind == CK_TOK_QUOTE_CLOSE && depth > 0)
        depth--;
    }
  return depth > 0;
}

void
ck_detect_possessive_s (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 2 < n; i++)
    {
      const CkToken *q = ck_tok (ctx, i), *w = ck_tok (ctx, i - 1);
      guint floor, ns, ts = i + 1, te, pe, end;
      g_autoptr(GPtrArray) names = NULL;
      g_autoptr(CkRecord) rec = NULL;
      if (q->kind != CK_TOK_QUOTE_CLOSE || (q->ch != '\'' && q->ch != 0x2019) || q->start != w->end ||
          !(q->flags & CK_TOKF_SPACE) || w->kind != CK_TOK_WORD || !(w->flags & CK_TOKF_CAP) ||
          (ctx->text[w->end - 1] != 's' && ctx->text[w->end - 1] != 'S') || !ck_tok_cap_word (ctx, ts) ||
          ck_is_claimed (ctx, i - 1, ts + 1) || ck_inside_quoted_title (ctx, i))
        continue;
      floor = ck_sentence_start (ctx, i);
      if (quote_open_before (ctx, floor, i) || ck_tok_in_lex (ctx, i - 1, CK_LEX_PLACES))
        continue;
      ns = ck_name_span_backward (ctx, i, floor);
      if (ns >= i || (ns > floor && ck_tok_is (ctx, ns - 1, "the")))
        continue;
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      if (ck_names_forward (ctx, ns, i, CK_ROLE_AUTHOR, names) != i || names->len != 1)
        continue;
      if (!ck_tok_in_words (ctx, ts, ck_articles) && ns + 1 >= i)
        continue;
      pe = g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i)).tok_end;
      te = ck_title_span_forward (ctx, ts, pe, TRUE);
      /* "Vells' La CGT en la historia española (…)": a foreign title's
       * small words (detect-context.c), as after "'s" */
      te = ck_ctx_foreign_end (ctx, ts, te, pe);
      if (te <= ts + 1 || ck_count_words (ctx, ts, te) < 2 || ck_count_words (ctx, ts, te) > PS_MAX_TITLE_WORDS ||
          !ck_title_plausible (ctx, ts, te) || ck_is_claimed (ctx, ts, te))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
      if (!ck_record_has (rec, CK_FIELD_TITLE))
        continue;
      ck_record_take_name (rec, g_ptr_array_steal_index (names, 0));
      /* "Vells' The Salt Houses (Gannet, 2007)": the imprint after it */
      end = ck_imprint_after (ctx, rec, te, pe);
      ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, ns)->start, ck_tok (ctx, end - 1)->end, ts, 0);
      ck_claim (ctx, ns, end);
      i = end - 1;
    }
}
