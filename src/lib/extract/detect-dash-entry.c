/* detect-dash-entry.c — a weekly's list of new books, each entry a
 * paragraph whose parts are set apart by dashes:
 *
 *   THE SALT ROADS: A Study of the Northern Ports--Ada Quell and Tom
 *   Vell--Gannet Press, 226 p., illus., $3.50. Essays on the ports …
 *   Harbour Lights — Ivo Marsh — Heron Books, 117 pp., $2.50.
 *
 * Title, authors, then the firm with the extent and the price, closed by
 * the stop after the price; the blurb that follows is the other
 * detectors'.  The dashes are "--", "—" or "–", the first with no line
 * break before it; the names between must read wholly as names, and the imprint
 * must hold a firm and a price or an extent.
 */
#include "detect-extra.h"

#define DE_MAX_TITLE  40   /* tokens of the title */
#define DE_MAX_NAMES  24   /* tokens of the names (three authors with initials) */
#define DE_MAX_IMPR   30   /* tokens of the imprint */

guint
ck_dash_at (const CkExtractCtx *ctx, guint k, guint limit)
{
  if (k < limit && (ck_tok_is_punct (ctx, k, 0x2014) || ck_tok_is_punct (ctx, k, 0x2013)))
    return k + 1;
  if (k + 1 < limit && ck_tok_is_punct (ctx, k, '-') && ck_tok_is_punct (ctx, k + 1, '-') &&
      ck_tok (ctx, k)->end == ck_tok (ctx, k + 1)->start)
    return k + 2;
  return k;
}

/* The first dash in [s, limit) within @max tokens: its token, or @limit. */
static guint
next_dash (const CkExtractCtx *ctx, guint s, guint limit, guint max)
{
  for (guint k = s; k < limit && k < s + max; k++)
    if (ck_dash_at (ctx, k, limit) > k)
      return k;
  return limit;
}

/* Whether token @k holds a digit (a price, a number of pages). */
static gboolean
has_digit (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  for (guint32 b = t->start; b < t->end; b++)
    if (g_ascii_isdigit (ctx->text[b]))
      return TRUE;
  return FALSE;
}

/* The names between the dashes: "Ada Quell and Tom Vell", "A. B. Orr,
 * Tom R. Lind and C. D. Orr" — each piece between commas and "and"
 * wholly a name. */
static gboolean
names_between (const CkExtractCtx *ctx, guint s, guint e, GPtrArray *names)
{
  guint k = s;
  if (ck_names_forward (ctx, s, e, CK_ROLE_AUTHOR, names) == e && names->len > 0)
    return TRUE;
  g_ptr_array_set_size (names, 0);
  while (k < e)
    {
      guint pe = k;
      while (pe < e && !ck_tok_is_punct (ctx, pe, ',') && !(ck_tok_is (ctx, pe, "and") && ck_tok_lower_word (ctx, pe)))
        pe++;
      if (pe == k || ck_names_forward (ctx, k, pe, CK_ROLE_AUTHOR, names) != pe)
        return FALSE;
      k = pe;
      if (k < e && ck_tok_is_punct (ctx, k, ','))
        k++;
      if (k < e && ck_tok_is (ctx, k, "and"))
        k++;
    }
  return names->len > 0;
}

void
ck_detect_dash_entry (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      guint f = pp->tok_first, e = pp->tok_end, d1, n1, d2, n2, ie;
      g_autoptr(GPtrArray) names = NULL;
      g_autoptr(CkRecord) probe = NULL;
      CkRecord *rec;
      guint unknown = 0;
      /* "Geology\nTHE SALT IN THEIR SEAS—…": a subject's label
       * alone on the line over the entry */
      if (pp->line_end - pp->line_first >= 2 && ck_count_words (ctx, f, ck_line (ctx, pp->line_first)->tok_end) <= 3 &&
          ck_line (ctx, pp->line_first)->tok_end == ck_line (ctx, pp->line_first)->tok_first + 1 &&
          (ck_tok (ctx, ck_line (ctx, pp->line_first + 1)->tok_first)->flags & CK_TOKF_UPPER))
        f = ck_line (ctx, pp->line_first + 1)->tok_first;
      if (e <= f + 6 || !ck_tok_cap_word (ctx, f) || ck_is_claimed (ctx, f, f + 1))
        continue;
      d1 = next_dash (ctx, f + 1, e, DE_MAX_TITLE);
      if (d1 >= e || ck_tok (ctx, d1)->nl > 0 || (n1 = ck_dash_at (ctx, d1, e)) >= e)
        continue;
      d2 = next_dash (ctx, n1, e, DE_MAX_NAMES);
      /* (a narrow column may put the dash before the firm on a line of
       * its own: "THE TITLE—Ada Vell\n—Gannet, 316 p., $4.") */
      if (d2 >= e || d2 == n1 || ck_tok (ctx, d2)->nl > 1 || (n2 = ck_dash_at (ctx, d2, e)) >= e)
        continue;
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      /* "—Sir Tom Vell—": the style is no part of the name */
      if (n1 + 2 < d2 && ck_tok_is_honorific (ctx, n1))
        n1 += ck_tok_is_punct (ctx, n1 + 1, '.') ? 2 : 1;
      if (!names_between (ctx, n1, d2, names) || !ck_title_plausible (ctx, f, d1))
        continue;
      /* the imprint ends at the stop after its price or extent, before a
       * capital or the paragraph's end */
      for (ie = n2 + 1; ie < e && ie < n2 + DE_MAX_IMPR; ie++)
        if (ck_tok_is_punct (ctx, ie, '.') && has_digit (ctx, ie - 1) &&
            (ie + 1 == e || ck_tok_cap_word (ctx, ie + 1)))
          break;
      if (ie >= n2 + DE_MAX_IMPR)
        continue;
      probe = ck_record_new (CK_TYPE_BOOK);
      if (ck_assemble_elements (probe, ctx->text, ck_tok (ctx, n2)->start, ck_tok (ctx, ie - 1)->end,
                                CK_ELEM_WRAPPED, &unknown) == 0 ||
          unknown > 2 || !ck_record_has (probe, CK_FIELD_PUBLISHER) ||
          !(ck_record_has (probe, CK_FIELD_PRICE) || ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES)))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, f, d1));
      for (guint k = 0; k < names->len; k++)
        ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, k)));
      ck_assemble_elements (rec, ctx->text, ck_tok (ctx, n2)->start, ck_tok (ctx, ie - 1)->end, CK_ELEM_WRAPPED, NULL);
      ck_mention_add (ctx, det, rec, ck_tok (ctx, f)->start, ck_tok (ctx, MIN (ie, e - 1))->end, f, 0);
      ck_claim (ctx, f, MIN (ie + 1, e));
    }
}
