/* detect-name-comma-title.c — a scholar's citation in running prose, the
 * title in sentence case after the author and a comma, its year in
 * brackets, as review cards and older journals print it:
 *
 *   The thesis of Ada Quell, The modern corporation and private salt (1932), is …
 *   he is closer to Tom Vell, The philosophy of the harbour (1932; Eng. tr., 1951)
 *
 * Sentence case hides where a title ends, so the shape is held tight: the
 * title opens on a capital article right after "Name, ", runs on one
 * sentence without a comma, semicolon or stop to "(" and a year; the names
 * before the comma must read as authors (ck_comma_author_before()).
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <stdlib.h>

#define NCT_MAX_WORDS 16

void
ck_detect_name_comma_title (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 2; i + 4 < n; i++)
    {
      guint e = i + 1, as;
      gboolean lower = FALSE;
      CkRecord *rec;
      if (!ck_tok_is_punct (ctx, i - 1, ',') || ck_tok (ctx, i)->nl >= 2 ||
          !(ck_tok_is (ctx, i, "The") || ck_tok_is (ctx, i, "A") || ck_tok_is (ctx, i, "An")) || !ck_tok_cap_word (ctx, i) ||
          ck_is_claimed (ctx, i, i + 1))
        continue;
      while (e < n && e < i + 2 * NCT_MAX_WORDS && ck_tok (ctx, e)->nl < 2 &&
             (ck_tok (ctx, e)->kind == CK_TOK_WORD || ck_tok_is_punct (ctx, e, ':') || ck_tok_is_punct (ctx, e, '-')))
        {
          lower |= ck_tok_lower_word (ctx, e) && !(ck_tok (ctx, e)->flags & CK_TOKF_FUNC);
          e++;
        }
      /* sentence case: a lower-case word of content after the article,
       * then "(YEAR" */
      if (!lower || e + 2 >= n || e < i + 3 || !ck_tok_is_punct (ctx, e, '(') || !(ck_tok (ctx, e + 1)->flags & CK_TOKF_YEAR) ||
          ck_tok (ctx, e + 1)->end - ck_tok (ctx, e + 1)->start != 4 || ck_is_claimed (ctx, i, e + 2) ||
          !ck_title_plausible (ctx, i, e))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      as = ck_comma_author_before (ctx, i - 1, rec);
      if (as >= i - 1 || ck_record_get_n_names (rec) == 0)
        {
          ck_record_unref (rec);
          continue;
        }
      ck_assemble_title (rec, ck_span_dup (ctx, i, e));
      ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, e + 1)->start), 0, 0));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, as)->start, ck_tok (ctx, e + 1)->end, i, 0);
      ck_claim (ctx, i, e + 2);
      i = e + 1;
    }
}
