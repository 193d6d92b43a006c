/* detect-notice.c — a short notice whose header opens its paragraph.
 *
 *   "GREY HARBOUR. By Tom Vell. 565 pages. Lantern. $4.95. The author of
 *    … turns to the sea."
 *
 * Notices pages and "Briefly noted" columns run the book's header and the
 * notice on in one paragraph, so the paragraph reads as prose and the
 * header-block detector (which wants a header paragraph of its own) never
 * sees it.  Here the paragraph's first sentence is a title (in capitals,
 * or in title case when the header is complete), the second "By Name(s)",
 * and the sentences after it are imprint units — extent, publisher, place,
 * year, price, binding — for as long as each one parses whole.  Only the
 * header is claimed: the notice's own citations stay for the others.  A
 * column set with no blank lines starts a later notice on a line of its
 * own, its title in capitals.
 */
#include "detect-extra.h"
#include "scholar-shapes.h"
#include <string.h>

/* How far into a paragraph the title's full stop may be, in tokens. */
#define NOTICE_TITLE_MAX 24
/* How many imprint sentences a header may run to. */
#define NOTICE_UNITS_MAX 8

static gboolean
all_caps_title (const CkExtractCtx *ctx, guint s, guint e)
{
  guint words = 0;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind != CK_TOK_WORD)
        continue;
      if (!(t->flags & CK_TOKF_UPPER) && t->end - t->start > 1)
        return FALSE;
      words++;
    }
  return words > 0;
}

/* The token after the sentence unit starting at @s: the next "." that ends
 * a unit (not an initial's or an abbreviation's inside a name, nor a
 * decimal point glued to its digits, "S6.50" as OCR reads "$6.50"), or
 * @limit. */
static guint
unit_end (const CkExtractCtx *ctx, guint s, guint limit)
{
  for (guint k = s; k < limit; k++)
    if (ck_tok_is_punct (ctx, k, '.') &&
        !(k > s && ck_tok (ctx, k - 1)->kind == CK_TOK_WORD && ck_tok (ctx, k - 1)->end - ck_tok (ctx, k - 1)->start == 1 &&
          (ck_tok (ctx, k - 1)->flags & CK_TOKF_CAP)) &&
        !(k > s && k + 1 < limit && ck_tok (ctx, k - 1)->end == ck_tok (ctx, k)->start &&
          ck_tok (ctx, k + 1)->start == ck_tok (ctx, k)->end && ck_tok (ctx, k + 1)->kind == CK_TOK_NUMBER))
      return k;
  return limit;
}

/* An imprint unit is short and holds no quotation and hardly any
 * lower-case words ("565 pages", "Harcourt, Brace and Company", "$3.95
 * paper"); a sentence of the notice itself has many. */
static gboolean
unit_shape_ok (const CkExtractCtx *ctx, guint s, guint e)
{
  guint lower = 0;
  if (e - s > 12)
    return FALSE;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_QUOTE_OPEN || t->kind == CK_TOK_QUOTE_CLOSE)
        return FALSE;
      lower += ck_tok_lower_word (ctx, k);
    }
  return lower <= 3;
}

typedef struct { guint a, b; } NoticeSpan;

/* The sentences between a title in capitals and its "By": a subtitle in
 * title case and a series ("Columbia Biological Series, No. 17", "The New
 * Naturalist Series"), each at most once, nothing else. */
static gboolean
after_title (const CkExtractCtx *ctx, guint s, guint e, NoticeSpan *sub, NoticeSpan *series, guint *number)
{
  while (s < e)
    {
      guint se = unit_end (ctx, s, e), te = se, num = 0, st;
      gboolean is_series = FALSE;
      /* "Series, No. 17." — the stop after "No" is not the sentence's */
      if ((st = ck_series_numbered (ctx, s, e, &num)) > s && (num + 1 == e || ck_tok_is_punct (ctx, num + 1, '.')))
        {
          te = st;
          se = num + 1;
          is_series = TRUE;
          *number = num;
        }
      else
        for (guint k = s; k < se; k++)
          if (ck_tok_in_words (ctx, k, ck_series_words) && !ck_tok_lower_word (ctx, k))
            is_series = TRUE, te = k + 1;
      if (se == s || ck_title_span_forward (ctx, s, te, TRUE) != te)
        return FALSE;
      if (is_series && series->b == series->a)
        *series = (NoticeSpan) { s, te };
      else if (!is_series && sub->b == sub->a && series->b == series->a)
        *sub = (NoticeSpan) { s, se };
      else
        return FALSE;
      s = se + 1;
    }
  return TRUE;
}

/* A unit that is a role statement and its names alone, added to @rec. */
static gboolean
role_unit (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  CkRole role;
  guint r = ck_role_statement_at (ctx, s, e, &role);
  return r > s && role != CK_ROLE_AUTHOR && ck_add_names_exact (ctx, rec, r, e, role);
}

/* The notice whose header opens at token @first, in a paragraph ending
 * at @limit; @later: @first opens a later line of the paragraph, where
 * only a title in capitals starts a notice. */
static void
notice_at (CkExtractCtx *ctx, const CkDetector *det, guint first, guint limit, gboolean later)
{
  guint dot = G_MAXUINT, te, ne, e, units = 0;
  NoticeSpan sub = { 0, 0 }, series = { 0, 0 };
  guint number = 0;
  gboolean caps, strong = FALSE;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(CkRecord) imprint = NULL;
  CkRecord *rec;
  do
    {
      if (first >= limit || ck_is_claimed (ctx, first, first + 1) || !ck_tok_cap_word (ctx, first))
        continue;
      for (guint k = first + 1; k < limit && k < first + NOTICE_TITLE_MAX; k++)
        if ((ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, ',')) && ck_tok_is (ctx, k + 1, "by"))
          {
            dot = k;
            break;
          }
      if (dot == G_MAXUINT || ck_is_claimed (ctx, first, dot))
        continue;
      te = dot;
      caps = all_caps_title (ctx, first, dot);
      /* "TITLE IN CAPITALS. Subtitle.\nBy …", "TITLE. A Series, No. 17.\nBy …" */
      if (!caps)
        for (guint k = first + 1; k < dot; k++)
          if (ck_tok_is_punct (ctx, k, '.'))
            {
              if (all_caps_title (ctx, first, k) && after_title (ctx, k + 1, dot, &sub, &series, &number))
                te = k, caps = TRUE;
              break;
            }
      if ((!caps && later) || (!caps && ck_title_span_forward (ctx, first, dot, TRUE) != dot))
        continue;
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      ne = ck_names_forward (ctx, dot + 2, limit, CK_ROLE_AUTHOR, names);
      if (names->len == 0 || !ck_tok_is_punct (ctx, ne, '.'))
        continue;
      /* the imprint: whole sentences that parse as elements and nothing else */
      imprint = ck_record_new (CK_TYPE_BOOK);
      e = ne + 1;
      while (e < limit && units < NOTICE_UNITS_MAX)
        {
          guint ue = unit_end (ctx, e, limit), unknown = 0, found;
          g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
          if (ue == e || ue >= limit)
            break;
          /* "Translated by Marjorie Wilson." between the names and the firm */
          if (role_unit (ctx, e, ue, imprint))
            {
              e = ue + 1;
              continue;
            }
          if (!unit_shape_ok (ctx, e, ue))
            break;
          found = ck_assemble_elements (probe, ctx->text, ck_tok (ctx, e)->start, ck_tok (ctx, ue)->start,
                                        CK_ELEM_BLOCK | CK_ELEM_WRAPPED, &unknown);
          if (found == 0 || unknown > 0)
            break;
          /* a bare capitalised sentence is a publisher only next to other units */
          strong |= ck_record_has (probe, CK_FIELD_PRICE) || ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES) ||
                    ck_record_has (probe, CK_FIELD_ISBN);
          /* with its stop, so that "18s." keeps the abbreviation's */
          ck_assemble_elements (imprint, ctx->text, ck_tok (ctx, e)->start, ck_tok (ctx, ue)->end, CK_ELEM_BLOCK | CK_ELEM_WRAPPED, NULL);
          units++;
          e = ue + 1;
        }
      /* a price or an extent makes it a header; title case needs both a
       * second unit and one of those */
      if (!strong || (!caps && units < 2))
        continue;
      rec = ck_record_copy (imprint);
      ck_assemble_title (rec, ck_span_dup (ctx, first, te));
      if (sub.b > sub.a)
        ck_record_take (rec, CK_FIELD_SUBTITLE, ck_span_dup (ctx, sub.a, sub.b));
      if (series.b > series.a)
        ck_record_take (rec, CK_FIELD_COLLECTION_TITLE, ck_span_dup (ctx, series.a, series.b));
      if (number)
        ck_record_take (rec, CK_FIELD_COLLECTION_NUMBER, ck_span_dup (ctx, number, number + 1));
      for (guint q = 0; q < names->len; q++)
        ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, first)->start, ck_tok (ctx, e - 1)->end, first, 0);
      ck_claim (ctx, first, e);
    }
  while (0);
}

void
ck_detect_notice_lead (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      guint limit = MIN (pp->tok_end, n);
      notice_at (ctx, det, pp->tok_first, limit, FALSE);
      /* "TITLE. By Name. Firm. 18s. The notice …\nTITLE2. By …": a column
       * with no blank line between its notices starts each on a line of
       * its own, after a line that ends a sentence */
      for (guint l = pp->line_first + 1; l < pp->line_end; l++)
        {
          guint f = g_array_index (ctx->t->lines, CkLine, l).tok_first;
          if (f > pp->tok_first && f < limit && ck_tok_is_punct (ctx, f - 1, '.'))
            notice_at (ctx, det, f, limit, TRUE);
        }
    }
}
