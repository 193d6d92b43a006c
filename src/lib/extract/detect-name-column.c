/* detect-name-column.c — a publisher's or shop's list that sets each
 * author's name in capitals beside or under the book's title, with no
 * imprint on the line:
 *
 *   ADA VELL     The Salt Road             Harbour Methods for Engineers
 *   TOM ORR      Harbour Lights            A. B. VELL and C. D. ORR
 *
 *                                          Tidal Analysis
 *                                          T. W. QUELL
 *
 * Nothing but the layout marks these as books, so the layout must
 * repeat: two lines or more of one paragraph with the name in capitals,
 * a column's gap, then a run in title case; or two paragraphs or more of
 * exactly a title line over a line of names in capitals.  A heading in
 * capitals over a byline stays the header detectors'.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "detect-context.h"

#define NC_MAX_NAME_TOKS 24

/* Whether [s,e) is names in capitals: "ADA VELL", "A. B. VELL, C. D. ORR
 * and E. F. LIND"; every word in capitals or an initial, "and" and
 * commas between. */
static gboolean
caps_names (const CkExtractCtx *ctx, guint s, guint e)
{
  guint words = 0;
  if (e <= s || e > s + NC_MAX_NAME_TOKS)
    return FALSE;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, ',') || (ck_tok_is (ctx, k, "and") && k > s))
        continue;
      if (t->kind != CK_TOK_WORD || !((t->flags & CK_TOKF_UPPER) || (t->flags & CK_TOKF_INITIAL)))
        return FALSE;
      words++;
    }
  return words >= 2 && !ck_tok_is (ctx, e - 1, "and");
}

/* Whether [s,e) is a title in title case that names nothing else. */
static gboolean
title_run (const CkExtractCtx *ctx, guint s, guint e)
{
  return e > s && ck_tok_cap_word (ctx, s) && !(ck_tok (ctx, s)->flags & CK_TOKF_UPPER) &&
         ck_title_span_forward (ctx, s, e, FALSE) == e && ck_title_plausible (ctx, s, e) &&
         !ck_ctx_names_non_work (ctx, s, e);
}

static void
add_book (CkExtractCtx *ctx, const CkDetector *det, guint ns, guint ne, guint ts, guint te)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
  ck_names_forward (ctx, ns, ne, CK_ROLE_AUTHOR, names);
  for (guint q = 0; q < names->len; q++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
  ck_mention_add (ctx, det, rec, ck_tok (ctx, MIN (ns, ts))->start, ck_tok (ctx, MAX (ne, te) - 1)->end, ts, 0);
  ck_claim (ctx, MIN (ns, ts), MAX (ne, te));
}

/* "ADA VELL   The Salt Road", "…   The Salt Road      12s 6d net" on
 * line @l: the gap's token, or 0; *@te gets the title's end (a column of
 * particulars after a second gap must read wholly as elements). */
static guint
name_gap_title (const CkExtractCtx *ctx, guint l, guint *te)
{
  const CkLine *ln = ck_line (ctx, l);
  for (guint k = ln->tok_first + 2; k < ln->tok_end && k < ln->tok_first + NC_MAX_NAME_TOKS; k++)
    if (ck_tok_column_gap (ctx, k))
      {
        guint e = k + 1, unknown = 0;
        if (!caps_names (ctx, ln->tok_first, k))
          return 0;
        while (e < ln->tok_end && !ck_tok_column_gap (ctx, e))
          e++;
        if (e < ln->tok_end)
          {
            g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
            /* ("12s 6d net": the price and its "net") */
            ck_assemble_elements (probe, ctx->text, ck_tok (ctx, e)->start, ln->end, CK_ELEM_INLINE, &unknown);
            if (!ck_record_has (probe, CK_FIELD_PRICE) && !ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES))
              return 0;
          }
        *te = e;
        return title_run (ctx, k, e) ? k : 0;
      }
  return 0;
}

/* Whether paragraph @p is exactly a title line over a line of names in
 * capitals. */
static gboolean
title_over_names (const CkExtractCtx *ctx, const CkPara *pp)
{
  const CkLine *l0, *l1;
  if (pp->line_end != pp->line_first + 2)
    return FALSE;
  l0 = ck_line (ctx, pp->line_first);
  l1 = ck_line (ctx, pp->line_first + 1);
  return title_run (ctx, l0->tok_first, l0->tok_end) && caps_names (ctx, l1->tok_first, l1->tok_end) &&
         !ck_is_claimed (ctx, l0->tok_first, l1->tok_end);
}

void
ck_detect_name_column (CkExtractCtx *ctx, const CkDetector *det)
{
  guint pairs = 0;
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      guint rows = 0;
      for (guint l = pp->line_first; l < pp->line_end; l++)
        {
          guint te;
          rows += name_gap_title (ctx, l, &te) > 0 && !ck_is_claimed (ctx, ck_line (ctx, l)->tok_first, ck_line (ctx, l)->tok_end);
        }
      if (rows >= 2)
        for (guint l = pp->line_first; l < pp->line_end; l++)
          {
            const CkLine *ln = ck_line (ctx, l);
            guint te = 0, g = name_gap_title (ctx, l, &te);
            if (g && !ck_is_claimed (ctx, ln->tok_first, ln->tok_end))
              add_book (ctx, det, ln->tok_first, g, g, te);
          }
      pairs += title_over_names (ctx, pp);
    }
  if (pairs < 2)
    return;
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      if (title_over_names (ctx, pp))
        {
          const CkLine *l0 = ck_line (ctx, pp->line_first), *l1 = ck_line (ctx, pp->line_first + 1);
          add_book (ctx, det, l1->tok_first, l1->tok_end, l0->tok_first, l0->tok_end);
        }
    }
}
