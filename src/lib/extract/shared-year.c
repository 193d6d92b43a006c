/* shared-year.c — one year given for two titles cited together:
 *
 *   … beside Tom Vell's Salt Roads and Ada Quell's Tide Tables, both of 1948, …
 *   … The Salt Road and The Harbour (both 1962) …
 *
 * Runs after the detectors, before merging: a mention with no date that
 * is followed by ", both of YEAR", ", both YEAR", ", both published in
 * YEAR" or "(both YEAR)" takes the year, and so does the mention before it
 * when only "and" (or a comma and "and") stands between the two.
 */
#include "extract-private.h"
#include <stdlib.h>

/* The year token of "both [of|published in] YEAR" at @k, or 0. */
static guint
both_year_at (const CkExtractCtx *ctx, guint k)
{
  guint n = ck_n_toks (ctx);
  if (k < n && (ck_tok_is_punct (ctx, k, ',') || ck_tok_is_punct (ctx, k, '(')))
    k++;
  if (k >= n || !ck_tok_is (ctx, k, "both") || !ck_tok_lower_word (ctx, k))
    return 0;
  k++;
  if (k < n && ck_tok_is (ctx, k, "of"))
    k++;
  else if (k + 1 < n && ck_tok_is (ctx, k, "published") && ck_tok_is (ctx, k + 1, "in"))
    k += 2;
  return k < n && (ck_tok (ctx, k)->flags & CK_TOKF_YEAR) ? k : 0;
}

static void
take_year (const CkExtractCtx *ctx, CkMention *m, guint y)
{
  if (!ck_record_get_date (m->rec, CK_DATE_ISSUED))
    ck_record_take_date (m->rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, y)->start), 0, 0));
}

void
ck_shared_years (CkExtractCtx *ctx)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      CkMention *m = g_ptr_array_index (ctx->mentions, i);
      guint e, y;
      if (ck_record_get_date (m->rec, CK_DATE_ISSUED) || (m->flags & (CK_MENTION_SELF | CK_MENTION_ISSUE)))
        continue;
      e = ck_tok_at_byte (ctx, m->end);
      if (!(y = both_year_at (ctx, e)))
        continue;
      take_year (ctx, m, y);
      /* the partner just before: "T1 and T2, both of 1948" */
      for (guint j = 0; j < ctx->mentions->len; j++)
        {
          CkMention *o = g_ptr_array_index (ctx->mentions, j);
          guint k;
          if (o == m || o->end > m->start || (o->flags & (CK_MENTION_SELF | CK_MENTION_ISSUE)))
            continue;
          k = ck_tok_at_byte (ctx, o->end);
          if (k < n && ck_tok_is_punct (ctx, k, ','))
            k++;
          if (k < n && ck_tok_is (ctx, k, "and") && k + 1 < n && ck_tok (ctx, k + 1)->start <= m->start &&
              ck_tok_at_byte (ctx, m->start) <= k + 8)
            take_year (ctx, o, y);
        }
    }
}
