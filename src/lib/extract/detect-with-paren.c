/* detect-with-paren.c — a book written with a co-author, the partner and
 * the year in brackets after the title, as scholarly reviews cite a
 * writer's joint books:
 *
 *   his half of Title: Subtitle (with J. K. Name, 1973)
 *   Title (with Given Family and Given Family, 1990)
 *
 * The partner is an author of the book; the writer the text is about is
 * the other, found as a pronoun's person is ("his half of T").
 */
#include "scholar-shapes.h"
#include <stdlib.h>

void
ck_detect_with_paren (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 5 < n; i++)
    {
      guint ne, y, floor, ts, pron = G_MAXUINT;
      g_autoptr(GPtrArray) names = NULL;
      CkRecord *rec;
      if (!ck_tok_is_punct (ctx, i, '(') || !ck_tok_is (ctx, i + 1, "with") || !ck_tok_lower_word (ctx, i + 1) ||
          ck_is_claimed (ctx, i, i + 1))
        continue;
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      ne = ck_names_forward (ctx, i + 2, MIN (n, i + 16), CK_ROLE_AUTHOR, names);
      /* full names only, and no place ("with France, 1793") */
      if (ne == i + 2 || names->len == 0 || ck_count_words (ctx, i + 2, ne) < 2 ||
          ck_span_in_lex (ctx, i + 2, ne, CK_LEX_PLACES))
        continue;
      if (!ck_tok_is_punct (ctx, ne, ',') || ne + 2 >= n || !(ck_tok (ctx, ne + 1)->flags & CK_TOKF_YEAR) ||
          !ck_tok_is_punct (ctx, ne + 2, ')'))
        continue;
      y = ne + 1;
      floor = ck_sentence_start (ctx, i);
      ts = ck_title_span_backward (ctx, i, floor);
      while (ts < i && (ck_tok (ctx, ts)->flags & CK_TOKF_FUNC))
        ts++;
      if (ts >= i || ck_is_claimed (ctx, ts, i) || !ck_title_plausible (ctx, ts, i) || ck_count_words (ctx, ts, i) < 1 ||
          /* a person's name before the bracket is a partner's partner, no title */
          ck_name_span_forward (ctx, ts, i) == i)
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, ts, i));
      for (guint q = 0; q < names->len; q++)
        ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
      ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, y)->start), 0, 0));
      /* "his half of T": the pronoun names the other author */
      for (guint k = ts; k > floor && k + 4 > ts; k--)
        if (ck_tok_is (ctx, k - 1, "his") || ck_tok_is (ctx, k - 1, "her") || ck_tok_is (ctx, k - 1, "their"))
          {
            pron = k - 1;
            break;
          }
      ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, ne + 2)->end,
                      pron != G_MAXUINT ? pron : ts, CK_MENTION_PRONOUN | CK_MENTION_COAUTHOR);
      ck_claim (ctx, ts, ne + 3);
      i = ne + 2;
    }
}
