/* detect-release.c — the web layout of a trade-review page, title and
 * subtitle on lines of their own over a byline with the release date,
 * and the issue line in its footer:
 *
 *   THE SALT ROAD
 *
 *   A HISTORY OF THE NORTHERN PORTS
 *
 *   by Ada Quell ‧ RELEASE DATE: April 4, 2017
 *   …
 *   Publisher: Gannet                (the catalogue detector's)
 *   Harbour Reviews Issue: Feb. 1, 2017
 *
 * The byline names the reviewed book's author and its date; the one or
 * two short lines above it, each a paragraph of its own, are its title
 * and subtitle (stacked in one paragraph, detect-catalogue.c reads them).  "Name Issue:
 * date" is the review's own record.
 *
 * News and trade pages set the same stack without the date: title and
 * subtitle over "By Name. Firm. 677 pp. $35" (or the imprint on a line
 * of its own), or a title in capitals and its subtitle over a bare "by
 * Name".  There a subtitle is required — one title over a byline is the
 * header block's — and a name in capitals ("by HELEN REED") signs the
 * review instead.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <stdlib.h>
#include <string.h>

#define RL_MAX_TITLE_WORDS 20


/* "RELEASE DATE:" (any case) at @k: the token after the colon, or @k. */
static guint
release_label (const CkExtractCtx *ctx, guint k, guint e)
{
  if (k + 2 < e && g_ascii_strncasecmp (ctx->text + ck_tok (ctx, k)->start, "release", 7) == 0 &&
      ck_tok (ctx, k)->end - ck_tok (ctx, k)->start == 7 &&
      g_ascii_strncasecmp (ctx->text + ck_tok (ctx, k + 1)->start, "date", 4) == 0 &&
      ck_tok (ctx, k + 1)->end - ck_tok (ctx, k + 1)->start == 4 && ck_tok_is_punct (ctx, k + 2, ':'))
    return k + 3;
  return k;
}

/* A title line: short, opening with a capital, no sentence end, not read. */
static gboolean
title_line (const CkExtractCtx *ctx, const CkLine *ln)
{
  guint f = ln->tok_first, e = ln->tok_end, w = ck_count_words (ctx, f, e);
  gboolean month = FALSE, year = FALSE;
  /* "Sunday, October 28, 1990": a dateline is no title */
  for (guint k = f; k < e; k++)
    {
      month |= ck_tok_in_lex (ctx, k, CK_LEX_MONTHS);
      year |= (ck_tok (ctx, k)->flags & CK_TOKF_YEAR) != 0;
    }
  return e > f && w > 0 && w <= RL_MAX_TITLE_WORDS && (ck_tok (ctx, f)->flags & CK_TOKF_CAP) &&
         !ck_is_claimed (ctx, f, e) && !ck_tok_is_punct (ctx, e - 1, '.') && ck_title_plausible (ctx, f, e) &&
         !(month && year);
}

static CkDate *
date_of (const CkExtractCtx *ctx, guint f, guint e)
{
  g_autofree char *s = NULL;
  if (f >= e)
    return NULL;
  s = ck_span_dup (ctx, f, e);
  return ck_date_parse (s);
}

/* "by Name ‧ RELEASE DATE: date" on line @l, over title lines: the book. */
/* "Doubleday. 677 pp. $35" at [f,e), after a byline's stop or on a line
 * of its own: an imprint with an extent or a price and nothing else;
 * the parsed record, or NULL.  A reviewer's "By Name November 7, 2014"
 * has neither. */
static CkRecord *
trade_imprint (const CkExtractCtx *ctx, guint f, guint e)
{
  g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 0;
  if (f < e && ck_tok_is_punct (ctx, f, '.'))
    f++;
  if (e <= f + 1 || e > f + 20)
    return NULL;
  if (ck_assemble_elements (rec, ctx->text, ck_tok (ctx, f)->start, ck_tok (ctx, e - 1)->end, CK_ELEM_BLOCK, &unknown) == 0 ||
      unknown > 0 || !(ck_record_has (rec, CK_FIELD_PRICE) || ck_record_has (rec, CK_FIELD_NUMBER_OF_PAGES)))
    return NULL;
  return g_steal_pointer (&rec);
}

/* Whether the title line over the byline at @l (or the line above it,
 * when that is the subtitle's) is set in capitals: "TROTSKY" / "A
 * Biography" / "by Name". */
static gboolean
upper_title_above (const CkExtractCtx *ctx, guint l)
{
  for (guint a = 1; a <= 2 && a <= l; a++)
    {
      const CkLine *ln = ck_line (ctx, l - a);
      gboolean upper = ln->tok_end > ln->tok_first;
      for (guint k = ln->tok_first; k < ln->tok_end && upper; k++)
        upper = ck_tok (ctx, k)->kind != CK_TOK_WORD || (ck_tok (ctx, k)->flags & CK_TOKF_UPPER) ||
                ck_tok (ctx, k)->end - ck_tok (ctx, k)->start <= 1;
      if (upper && title_line (ctx, ln))
        return TRUE;
    }
  return FALSE;
}

static gboolean
release_byline (CkExtractCtx *ctx, const CkDetector *det, guint l)
{
  const CkLine *ln = ck_line (ctx, l), *tl, *sl = NULL;
  guint f = ln->tok_first, e = ln->tok_end, ne, k, d;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(CkRecord) rec = NULL;
  g_autoptr(CkDate) date = NULL;
  g_autofree char *title = NULL;
  g_autoptr(CkRecord) imprint = NULL;
  /* (stacked in one paragraph, the catalogue-title-byline detector's) */
  if (l == 0 || e < f + 3 || !(ck_tok_is (ctx, f, "by") || ck_tok_is (ctx, f, "By")) || ck_is_claimed (ctx, f, e) ||
      ck_tok (ctx, f)->nl < 2)
    return FALSE;
  names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  ne = ck_names_forward (ctx, f + 1, e, CK_ROLE_AUTHOR, names);
  if (ne == f + 1 || names->len == 0)
    return FALSE;
  /* the separator: "‧", "·", "•", "|", "-" */
  k = ne;
  if (k < e && ck_tok (ctx, k)->kind == CK_TOK_PUNCT)
    k++;
  d = release_label (ctx, k, e);
  if (d > k)
    date = date_of (ctx, d, e);
  /* a news page's "By Name. Firm. 677 pp. $35" (or the imprint on the
   * next line), or a trade page's bare "by Name" under a title in
   * capitals: the same stack without the release date */
  else if (!(imprint = trade_imprint (ctx, ne, e)) &&
           !(ne == e && l + 1 < ctx->t->lines->len && (imprint = trade_imprint (ctx, ck_line (ctx, l + 1)->tok_first,
                                                                               ck_line (ctx, l + 1)->tok_end))) &&
           /* (a name in capitals, "by HELEN REED", signs the review) */
           !(ne == e && ck_tok_is (ctx, f, "by") && ck_tok_lower_word (ctx, f) &&
             !(ck_tok (ctx, e - 1)->flags & CK_TOKF_UPPER) && upper_title_above (ctx, l)))
    return FALSE;
  /* the title: the line above; with a second above that, the subtitle */
  tl = ck_line (ctx, l - 1);
  if (!title_line (ctx, tl))
    return FALSE;
  if (l >= 2 && title_line (ctx, ck_line (ctx, l - 2)))
    {
      sl = tl;
      tl = ck_line (ctx, l - 2);
    }
  /* without the release date only a stack of title and subtitle is
   * this layout's (one title over a byline is the header block's) */
  if (!date && !sl)
    return FALSE;
  title = ck_span_dup (ctx, tl->tok_first, tl->tok_end);
  if (sl)
    {
      g_autofree char *sub = ck_span_dup (ctx, sl->tok_first, sl->tok_end);
      g_autofree char *main = g_steal_pointer (&title);
      title = g_strdup_printf ("%s: %s", main, sub);
    }
  rec = ck_record_new (CK_TYPE_BOOK);
  ck_assemble_title (rec, g_steal_pointer (&title));
  for (guint a = 0; a < names->len; a++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, a)));
  if (date && date->year)
    ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (date->year, 0, 0));
  if (imprint)
    {
      static const CkField fields[] = { CK_FIELD_PUBLISHER, CK_FIELD_PUBLISHER_PLACE, CK_FIELD_NUMBER_OF_PAGES,
                                        CK_FIELD_PRICE, CK_FIELD_BINDING, CK_FIELD_ISBN };
      for (guint q = 0; q < G_N_ELEMENTS (fields); q++)
        if (ck_record_has (imprint, fields[q]))
          ck_record_set (rec, fields[q], ck_record_get (imprint, fields[q]));
      if (ck_record_get_date (imprint, CK_DATE_ISSUED) && !ck_record_get_date (rec, CK_DATE_ISSUED))
        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_copy (ck_record_get_date (imprint, CK_DATE_ISSUED)));
    }
  ck_mention_add (ctx, det, g_steal_pointer (&rec), tl->start, ln->end, tl->tok_first, CK_MENTION_MAIN);
  ck_claim (ctx, tl->tok_first, e);
  if (!ctx->review_title)
    {
      ctx->review_title = ck_span_dup (ctx, tl->tok_first, tl->tok_end);
      ctx->review_title_start = tl->start;
      ctx->review_title_end = tl->end;
    }
  return TRUE;
}

/* "Name Reviews Issue: Feb. 1, 2017" on line @l: the review's own record. */
static gboolean
issue_footer (CkExtractCtx *ctx, const CkDetector *det, guint l)
{
  const CkLine *ln = ck_line (ctx, l);
  guint f = ln->tok_first, e = ln->tok_end, k;
  g_autoptr(CkDate) date = NULL;
  CkRecord *rec;
  if (e < f + 4 || ck_is_claimed (ctx, f, e))
    return FALSE;
  for (k = f; k < e && k < f + 6 && (ck_tok (ctx, k)->flags & CK_TOKF_CAP) && !ck_tok_is (ctx, k, "Issue"); k++)
    ;
  if (k == f || k + 2 >= e || !ck_tok_is (ctx, k, "Issue") || !ck_tok_is_punct (ctx, k + 1, ':') ||
      !(date = date_of (ctx, k + 2, e)) || !date->year)
    return FALSE;
  rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, f, k));
  ck_record_take (rec, CK_FIELD_ISSUE, ck_span_dup (ctx, k + 2, e));
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (date->year, 0, 0));
  ck_mention_add (ctx, det, rec, ln->start, ln->end, f, CK_MENTION_SELF);
  ck_claim (ctx, f, e);
  return TRUE;
}

void
ck_detect_release_byline (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ctx->t->lines->len;
  gboolean book = FALSE;
  /* the layout's byline stands among the first lines */
  for (guint l = 1; l < n && l < 8 && !book; l++)
    book = release_byline (ctx, det, l);
  if (!book)
    return;
  for (guint l = n; l-- > 0 && l + 12 > n;)
    if (issue_footer (ctx, det, l))
      break;
}
