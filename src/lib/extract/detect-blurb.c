/* detect-blurb.c — a press notice quoted on a publisher's list or a
 * jacket, signed with the paper that printed it:
 *
 *   "A work of the first importance" — The Harbour Review
 *   "Deserves its fame" -- Gannet Weekly
 *   "Wise and funny." — Ada Quell, The Salt Gazette
 *
 * The quotation's close, a dash, then a name that ends its line and reads
 * as a periodical's (a word of the periodicals' lexicons or of their
 * titles: "Review", "Times", "Observer"): the paper is a work the text
 * names.  A person's name alone after the dash is a reader's, no work.
 */
#include "detect-extra.h"

#define BL_MAX_WORDS 8

void
ck_detect_blurb_source (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 2 < n; i++)
    {
      guint s, e, ps;
      gboolean ok = TRUE;
      CkRecord *rec;
      if (ck_tok (ctx, i)->kind != CK_TOK_QUOTE_CLOSE || ck_tok (ctx, i + 1)->nl > 0 ||
          (s = ck_dash_at (ctx, i + 1, n)) == i + 1)
        continue;
      /* the signature runs to the line's end */
      for (e = s; e < n && (e == s || ck_tok (ctx, e)->nl == 0); e++)
        ;
      while (e > s && ck_tok_is_punct (ctx, e - 1, '.'))
        e--;
      if (e <= s || ck_count_words (ctx, s, e) > BL_MAX_WORDS || ck_is_claimed (ctx, s, e))
        continue;
      /* "— Ada Quell, The Salt Gazette": the paper after the reviewer */
      ps = s;
      for (guint k = s; k < e; k++)
        if (ck_tok_is_punct (ctx, k, ','))
          ps = k + 1;
      for (guint k = ps; k < e && ok; k++)
        ok = ck_tok_cap_word (ctx, k) || (ck_tok (ctx, k)->flags & CK_TOKF_FUNC) || ck_tok_is_punct (ctx, k, '&');
      if (!ok || ps >= e || !ck_tok_cap_word (ctx, ps) || !ck_names_periodical (ctx, ps, e))
        continue;
      rec = ck_record_new (CK_TYPE_PERIODICAL);
      ck_assemble_title (rec, ck_span_dup (ctx, ps, e));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, ps)->start, ck_tok (ctx, e - 1)->end, ps, 0);
      ck_claim (ctx, ps, e);
      i = e - 1;
    }
}
