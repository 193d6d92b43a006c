/* detect-results.c — the brief records of a library catalogue's results
 * list, one record a block of short lines with no labels:
 *
 *   1. The salt road : a novel
 *      by Reed, Ann, 1961-
 *      Leeds : Gannet Books, 2006
 *      Book - 280 p.
 *
 * The first line (after a number) is the title, in catalogue sentence
 * case and with " : " before a subtitle; the second is "by" and the
 * names, inverted ("Family, Given, dates") or not; a later line is the
 * imprint, which must read as one (a year, and a place or publisher).
 * Other short lines (the format, the extent, "Available") add what they
 * hold and no more.  The layout is what keeps prose out: a block of two to
 * six short lines, not running text, and nothing claimed by the header
 * detectors before this one.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <stdlib.h>
#include <string.h>

#define RES_MIN_LINES 3
#define RES_MAX_LINES 6
#define RES_MAX_LINE_BYTES 120
#define RES_MAX_TITLE_WORDS 30

/* The first token after a list number ("1.", "2)", "[3]"), or @f. */
static guint
after_number (const CkExtractCtx *ctx, guint f, guint e)
{
  if (f + 2 < e && ck_tok (ctx, f)->kind == CK_TOK_NUMBER && ck_tok (ctx, f)->end - ck_tok (ctx, f)->start <= 3 &&
      (ck_tok_is_punct (ctx, f + 1, '.') || ck_tok_is_punct (ctx, f + 1, ')')))
    return f + 2;
  if (f + 3 < e && ck_tok_is_punct (ctx, f, '[') && ck_tok (ctx, f + 1)->kind == CK_TOK_NUMBER &&
      ck_tok_is_punct (ctx, f + 2, ']'))
    return f + 3;
  return f;
}

/* "by Reed, Ann, 1961-" or "by Ann Reed": the names of line [f,e) into
 * @rec; FALSE when the line is not a by-line that names alone fill. */
static gboolean
by_line (const CkExtractCtx *ctx, guint f, guint e, CkRecord *rec)
{
  g_autofree char *val = NULL;
  g_auto(GStrv) parts = NULL;
  while (e > f && (ck_tok_is_punct (ctx, e - 1, '.') || ck_tok_is_punct (ctx, e - 1, '-') ||
                   ck_tok_is_punct (ctx, e - 1, ',')))
    e--;
  if (e < f + 2 || !ck_tok_is (ctx, f, "by"))
    return FALSE;
  f++;
  if (!ck_tok_is_punct (ctx, f + 1, ','))
    return ck_add_names_exact (ctx, rec, f, e, CK_ROLE_AUTHOR);
  /* "Family, Given, 1961-": at most one family and one given part, then
   * life dates */
  if (!ck_tok_cap_word (ctx, f) || !ck_tok_is_punct (ctx, f + 1, ','))
    return FALSE;
  val = ck_catalogue_value_copy (ctx->text, ck_tok (ctx, f)->start, ck_tok (ctx, e - 1)->end);
  parts = g_strsplit (val, ",", 0);
  if (!parts[0] || !parts[1] || strpbrk (parts[0], "0123456789") || strpbrk (parts[1], "0123456789"))
    return FALSE;
  /* then life dates and relator terms ("1921-1999, author") only */
  for (guint k = 2; parts[k]; k++)
    {
      const char *p = g_strstrip (parts[k]);
      if (strspn (p, "0123456789-?. ") != strlen (p) && strspn (p, "abcdefghijklmnopqrstuvwxyz .") != strlen (p))
        return FALSE;
    }
  /* the heading as the catalogue reader takes it: the fuller form
   * "(Ada Beth)" dropped, the relator term's role */
  ck_catalogue_heading_into (rec, val, FALSE);
  return ck_record_get_n_names (rec) > 0;
}

/* The imprint line [f,e): "Leeds : Gannet Books, 2006"; TRUE when it has a
 * year and a place or publisher and nothing it cannot place. */
static gboolean
imprint_line (const CkExtractCtx *ctx, guint f, guint e, CkRecord *rec)
{
  g_autofree char *val = ck_catalogue_value_copy (ctx->text, ck_tok (ctx, f)->start, ck_tok (ctx, e - 1)->end);
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 0, found;
  ck_catalogue_imprint_clean (&val);
  found = ck_assemble_elements (probe, val, 0, strlen (val), CK_ELEM_BLOCK, &unknown);
  if (!found || unknown || !ck_record_get_date (probe, CK_DATE_ISSUED) ||
      !(ck_record_has (probe, CK_FIELD_PUBLISHER) || ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE)))
    return FALSE;
  ck_assemble_elements (rec, val, 0, strlen (val), CK_ELEM_BLOCK, NULL);
  return TRUE;
}

/* "Book - 280 p.", "xii, 312 pages": the page count of a format line. */
static void
extent_line (const CkExtractCtx *ctx, guint f, guint e, CkRecord *rec)
{
  for (guint k = f; k + 1 < e; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, k)->flags & CK_TOKF_YEAR) &&
        (ck_tok_is (ctx, k + 1, "p") || ck_tok_is (ctx, k + 1, "pages") || ck_tok_is (ctx, k + 1, "pp")) &&
        !ck_record_has (rec, CK_FIELD_NUMBER_OF_PAGES))
      {
        g_autofree char *pages = ck_tok_dup (ctx, k);
        ck_record_set (rec, CK_FIELD_NUMBER_OF_PAGES, pages);
      }
}

/* The imprint of a brief record whose year stands on the format line
 * ("Print book, English, 1958") and whose "Place : Publisher" line has
 * none: the line of the imprint, or G_MAXUINT. */
static guint
split_imprint (const CkExtractCtx *ctx, const CkPara *pp, CkRecord *rec)
{
  guint pub = G_MAXUINT, year = 0;
  for (guint l = pp->line_first + 2; l < pp->line_end; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      guint y = 0;
      for (guint k = ln->tok_first; k < ln->tok_end; k++)
        if (ck_tok (ctx, k)->flags & CK_TOKF_YEAR)
          y = atoi (ctx->text + ck_tok (ctx, k)->start);
      if (y && !year)
        year = y;
      else if (!y && pub == G_MAXUINT && ln->tok_end > ln->tok_first + 2)
        {
          /* "Place : Publisher" whole, both read */
          g_autofree char *val = ck_catalogue_value_copy (ctx->text, ln->start, ln->end);
          g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
          guint unknown = 0;
          if (strchr (val, ':') && ck_assemble_elements (probe, val, 0, strlen (val), CK_ELEM_BLOCK, &unknown) > 0 &&
              unknown == 0 && ck_record_has (probe, CK_FIELD_PUBLISHER) && ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE))
            pub = l;
        }
    }
  if (pub == G_MAXUINT || !year)
    return G_MAXUINT;
  {
    const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, pub);
    g_autofree char *val = ck_catalogue_value_copy (ctx->text, ln->start, ln->end);
    ck_assemble_elements (rec, val, 0, strlen (val), CK_ELEM_BLOCK, NULL);
    if (!ck_record_get_date (rec, CK_DATE_ISSUED))
      ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (year, 0, 0));
  }
  return pub;
}

void
ck_detect_results_list (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      guint n_lines = pp->line_end - pp->line_first, ts, te, imprint = G_MAXUINT;
      const CkLine *l0, *l1;
      g_autoptr(CkRecord) rec = NULL;
      gboolean long_line = FALSE;
      if ((pp->flags & CK_PARA_PROSE) || n_lines < RES_MIN_LINES || n_lines > RES_MAX_LINES ||
          ck_is_claimed (ctx, pp->tok_first, pp->tok_end))
        continue;
      for (guint l = pp->line_first; l < pp->line_end; l++)
        {
          const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
          long_line |= ln->end - ln->start > RES_MAX_LINE_BYTES;
        }
      if (long_line)
        continue;
      l0 = &g_array_index (ctx->t->lines, CkLine, pp->line_first);
      l1 = &g_array_index (ctx->t->lines, CkLine, pp->line_first + 1);
      ts = after_number (ctx, l0->tok_first, l0->tok_end);
      te = l0->tok_end;
      while (te > ts && (ck_tok_is_punct (ctx, te - 1, '.') || ck_tok_is_punct (ctx, te - 1, ':') ||
                         ck_tok_is_punct (ctx, te - 1, ',')))
        te--;
      if (te <= ts || !(ck_tok (ctx, ts)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER)) ||
          ck_count_words (ctx, ts, te) > RES_MAX_TITLE_WORDS || !ck_title_plausible (ctx, ts, te))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      if (!by_line (ctx, l1->tok_first, l1->tok_end, rec))
        continue;
      for (guint l = pp->line_first + 2; l < pp->line_end; l++)
        {
          const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
          if (imprint == G_MAXUINT && imprint_line (ctx, ln->tok_first, ln->tok_end, rec))
            imprint = l;
          else
            extent_line (ctx, ln->tok_first, ln->tok_end, rec);
        }
      /* "Print book, English, 1958" over "London : Harwell Press": the
       * year on the format line, the imprint without it */
      if (imprint == G_MAXUINT)
        imprint = split_imprint (ctx, pp, rec);
      if (imprint == G_MAXUINT)
        continue;
      ck_assemble_title (rec, ck_catalogue_value_copy (ctx->text, ck_tok (ctx, ts)->start, ck_tok (ctx, te - 1)->end));
      if (!ck_record_has (rec, CK_FIELD_TITLE))
        continue;
      ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, ts)->start, pp->end, ts, CK_MENTION_MAIN);
      ck_claim (ctx, pp->tok_first, pp->tok_end);
    }
}
