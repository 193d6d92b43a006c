/* detect-contents.c — the contents of a collection, one contribution a
 * line, as scholarly reviews list them after the review ("Authors and
 * titles", "Table of Contents"):
 *
 *   Ada Quell and Tom Vell, Introduction: Harbours after Fifty Years
 *   Ivo Marsh, The Salt Class Revisited: Thresholds and Numbers
 *   Ruth Orr, Land, Loans and the Harbour Stones Revisited
 *
 * Every line of the paragraph must be names, a comma and a title in title
 * case, with no imprint or year after it: three such lines together are a
 * table of contents, never prose.  Each line is a part of the collection
 * under review (merge.c makes it a chapter of that book).
 */
#include "detect-extra.h"
#include "venue-masthead.h"

#define CT_MIN_LINES 3
#define CT_MAX_LINES 40

/* "Ada Quell, Title" on line @l: the title's first token, or 0 when the
 * line is not one. */
static guint
contents_line (const CkExtractCtx *ctx, guint l)
{
  const CkLine *ln = ck_line (ctx, l);
  guint f = ln->tok_first, e = ln->tok_end, c = f;
  while (c < e && !ck_tok_is_punct (ctx, c, ','))
    c++;
  if (c <= f + 1 || c + 2 > e || !ck_only_names (ctx, f, c) || !ck_tok_cap_word (ctx, c + 1))
    return 0;
  while (e > c + 1 && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  for (guint k = c + 1; k < e; k++)
    if ((ck_tok (ctx, k)->flags & CK_TOKF_YEAR) || ck_tok_is_punct (ctx, k, '(') || ck_tok_is_punct (ctx, k, '['))
      return 0;
  return ck_title_plausible (ctx, c + 1, e) ? c + 1 : 0;
}

void
ck_detect_contents_list (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      guint n = pp->line_end - pp->line_first, ok = 0;
      if (n < CT_MIN_LINES || n > CT_MAX_LINES || ck_is_claimed (ctx, pp->tok_first, pp->tok_end))
        continue;
      for (guint l = pp->line_first; l < pp->line_end && contents_line (ctx, l); l++)
        ok++;
      if (ok != n)
        continue;
      for (guint l = pp->line_first; l < pp->line_end; l++)
        {
          const CkLine *ln = ck_line (ctx, l);
          guint ts = contents_line (ctx, l), te = ln->tok_end;
          g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_CHAPTER);
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          while (te > ts && ck_tok_is_punct (ctx, te - 1, '.'))
            te--;
          ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
          if (!ck_record_has (rec, CK_FIELD_TITLE))
            continue;
          ck_names_forward (ctx, ln->tok_first, ts - 1, CK_ROLE_AUTHOR, names);
          for (guint q = 0; q < names->len; q++)
            ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
          ck_mention_add (ctx, det, g_steal_pointer (&rec), ln->start, ln->end, ts, CK_MENTION_PART);
        }
      ck_claim (ctx, pp->tok_first, pp->tok_end);
    }
}
