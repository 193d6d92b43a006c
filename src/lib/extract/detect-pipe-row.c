/* detect-pipe-row.c — a publisher's catalogue set in rows, its cells
 * parted by bars:
 *
 *   The Salt Road: A History  |  Ada Quell  |  Translated by Tom Vell  |  Gannet  |  2014  |  696 pp.  |  cloth $39.95
 *
 * and, for the season's new books, the title and subtitle, the author in
 * capitals and the blurb, closed by a row of particulars with no title:
 *
 *   The Salt Road / A History of the Coast // ADA QUELL // blurb …
 *   November  |  Gannet Press  |  Cloth  |  $29.95  |  344 pages  |  World
 *
 * The catalogue's own heading ("GANNET UNIVERSITY PRESS | FALL 2016") is
 * no book: it gives the firm and the season's year to rows that lack them.
 * Three bars at least make a row; a cell the imprint reader does not know
 * ("6 1/8 x 9 1/4", "World") may stand, two at most.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "venue-masthead.h"
#include <string.h>

#define PR_MIN_BARS       3
#define PR_MAX_UNKNOWN    2
#define PR_MAX_CELLS      16
#define PR_MAX_PARAS_BACK 8

typedef struct {
  guint f, e;   /* tokens of the cell, bars and edges left out */
} Cell;

/* The cells of line @l, or 0 when it holds fewer than PR_MIN_BARS bars. */
static guint
row_cells (const CkExtractCtx *ctx, guint l, Cell *cells)
{
  const CkLine *ln = ck_line (ctx, l);
  guint n = 0, s = ln->tok_first, bars = 0;
  for (guint k = ln->tok_first; k <= ln->tok_end && n < PR_MAX_CELLS; k++)
    if (k == ln->tok_end || ck_tok_is_punct (ctx, k, '|'))
      {
        guint e = k;
        while (e > s && ck_tok_is_punct (ctx, e - 1, '.') && !(e >= s + 2 && (ck_tok (ctx, e - 2)->flags & CK_TOKF_INITIAL)) &&
               !(e >= s + 2 && (ck_tok_is (ctx, e - 2, "pp") || ck_tok_is (ctx, e - 2, "p"))))
          e--;
        if (e > s)
          cells[n++] = (Cell) { s, e };
        bars += k < ln->tok_end;
        s = k + 1;
      }
  return bars >= PR_MIN_BARS ? n : 0;
}

/* Reads cell @c as imprint elements into @rec (when @rec is not NULL);
 * FALSE when the reader leaves some of it unknown. */
static gboolean
cell_elements (const CkExtractCtx *ctx, const Cell *c, CkRecord *rec)
{
  g_autofree char *val = ck_catalogue_value_copy (ctx->text, ck_tok (ctx, c->f)->start, ck_tok (ctx, c->e - 1)->end);
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 0;
  if (!val || !*val || ck_assemble_elements (probe, val, 0, strlen (val), CK_ELEM_BLOCK, &unknown) == 0 || unknown > 0)
    return FALSE;
  if (rec)
    ck_assemble_elements (rec, val, 0, strlen (val), CK_ELEM_BLOCK, NULL);
  return TRUE;
}

/* "Ada Quell", "Ada Quell and Tom Vell", "Translated from the German by
 * Tom Vell": names into @rec (when not NULL), as authors or with the
 * role the cell opens with. */
static gboolean
cell_names (const CkExtractCtx *ctx, const Cell *c, CkRecord *rec)
{
  CkRole role = CK_ROLE_AUTHOR;
  guint r = ck_role_phrase_at (ctx, c->f, c->e, &role);
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  /* "Belknap Press", "Harbour Books" read as names too */
  if (r == c->f && (ck_span_in_lex (ctx, c->f, c->e, CK_LEX_PUBLISHERS) || ck_firm_name_span (ctx, c->f, c->e)))
    return FALSE;
  if (!ck_add_names_exact (ctx, probe, r, c->e, role))
    return FALSE;
  if (rec)
    ck_add_names_exact (ctx, rec, r, c->e, role);
  return TRUE;
}

/* Whether cell @c can open a row as its title: a capital first, a
 * plausible title, no imprint, and no person's name (a title may look
 * like one, "Global Inequality", unless it opens on a forename or an
 * initial). */
static gboolean
cell_title (const CkExtractCtx *ctx, const Cell *c)
{
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  /* (the imprint reader takes any capitals for a firm: only the marks
   * of particulars rule a title out) */
  gboolean name_like = ck_only_names (ctx, c->f, c->e) &&
                       (ck_tok_in_lex (ctx, c->f, CK_LEX_GIVEN_NAMES) || (ck_tok (ctx, c->f)->flags & CK_TOKF_INITIAL));
  if (!ck_tok_cap_word (ctx, c->f) || !ck_title_plausible (ctx, c->f, c->e) || name_like ||
      ck_tok_in_lex (ctx, c->f, CK_LEX_MONTHS) || ck_span_in_lex (ctx, c->f, c->e, CK_LEX_PUBLISHERS))
    return FALSE;
  if (cell_elements (ctx, c, probe) &&
      (ck_record_get_date (probe, CK_DATE_ISSUED) || ck_record_has (probe, CK_FIELD_PRICE) ||
       ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES) || ck_record_has (probe, CK_FIELD_ISBN) ||
       ck_record_has (probe, CK_FIELD_EDITION)))
    return FALSE;
  return TRUE;
}

/* The rest of a row, cells [from, n), into @rec: names, roles, imprint.
 * FALSE when too much is unread or nothing of a book's particulars. */
static gboolean
row_rest (const CkExtractCtx *ctx, const Cell *cells, guint from, guint n, CkRecord *rec)
{
  guint unknown = 0;
  for (guint k = from; k < n; k++)
    {
      /* names first (the imprint reader would take them for a firm),
       * but one word alone is a firm's ("Belknap") */
      if (ck_count_words (ctx, cells[k].f, cells[k].e) >= 2 && cell_names (ctx, &cells[k], rec))
        continue;
      /* "November", "April 2016": the month of publication */
      if (ck_tok_in_lex (ctx, cells[k].f, CK_LEX_MONTHS))
        {
          for (guint q = cells[k].f + 1; q < cells[k].e; q++)
            if ((ck_tok (ctx, q)->flags & CK_TOKF_YEAR) && !ck_record_get_date (rec, CK_DATE_ISSUED))
              ck_record_take_date (rec, CK_DATE_ISSUED,
                                   ck_date_new_ymd ((int) g_ascii_strtoull (ctx->text + ck_tok (ctx, q)->start, NULL, 10), 0, 0));
          continue;
        }
      if (!cell_elements (ctx, &cells[k], rec) && ++unknown > PR_MAX_UNKNOWN)
        return FALSE;
    }
  return ck_record_get_date (rec, CK_DATE_ISSUED) || ck_record_has (rec, CK_FIELD_PRICE) ||
         ck_record_has (rec, CK_FIELD_NUMBER_OF_PAGES);
}

/* The catalogue's heading: "GANNET UNIVERSITY PRESS | FALL 2016 27", a
 * known firm first and a season's year after it.  Sets *@firm and *@year
 * and claims the line. */
static gboolean
press_heading (CkExtractCtx *ctx, guint l, char **firm, guint *year)
{
  Cell cells[PR_MAX_CELLS];
  const CkLine *ln = ck_line (ctx, l);
  guint n = 0, s = ln->tok_first, y = 0;
  for (guint k = ln->tok_first; k <= ln->tok_end && n < 3; k++)
    if (k == ln->tok_end || ck_tok_is_punct (ctx, k, '|'))
      {
        if (k > s)
          cells[n++] = (Cell) { s, k };
        s = k + 1;
      }
  if (n < 2 || !(ck_span_in_lex (ctx, cells[0].f, cells[0].e, CK_LEX_PUBLISHERS) ||
                 ck_firm_name_span (ctx, cells[0].f, cells[0].e)))
    return FALSE;
  for (guint k = cells[1].f; k < cells[1].e && !y; k++)
    if (ck_tok (ctx, k)->flags & CK_TOKF_YEAR)
      y = (guint) g_ascii_strtoull (ctx->text + ck_tok (ctx, k)->start, NULL, 10);
  if (!y)
    return FALSE;
  *firm = ck_span_dup (ctx, cells[0].f, cells[0].e);
  if (ck_all_caps (ctx, cells[0].f, cells[0].e))
    ck_upper_to_title (firm);
  *year = y;
  ck_claim (ctx, ln->tok_first, ln->tok_end);
  return TRUE;
}

/* The season's firm and year for a row that gives neither. */
static void
row_defaults (CkRecord *rec, const char *firm, guint year)
{
  if (firm && !ck_record_has (rec, CK_FIELD_PUBLISHER))
    ck_record_set (rec, CK_FIELD_PUBLISHER, firm);
  if (year && !ck_record_get_date (rec, CK_DATE_ISSUED))
    ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd ((int) year, 0, 0));
}

/* Whether paragraph @p is one line of names alone ("ADA QUELL"). */
static gboolean
names_para (const CkExtractCtx *ctx, guint p)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
  return pp->line_end == pp->line_first + 1 && ck_only_names (ctx, pp->tok_first, pp->tok_end);
}

/* Whether paragraph @p is a title over at most one subtitle line. */
static gboolean
title_para (const CkExtractCtx *ctx, guint p)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
  const CkLine *l0 = ck_line (ctx, pp->line_first);
  Cell c = { l0->tok_first, l0->tok_end };
  return pp->line_end - pp->line_first <= 2 && !ck_is_claimed (ctx, pp->tok_first, pp->tok_end) &&
         ck_count_words (ctx, c.f, c.e) <= 16 && !ck_tok_is_punct (ctx, c.e - 1, '.') && cell_title (ctx, &c);
}

/* A row of particulars with no title at line @l, in paragraph @p: the
 * book is the title and names some paragraphs above it. */
static void
spec_row (CkExtractCtx *ctx, const CkDetector *det, guint p, const Cell *cells, guint n, const char *firm, guint year)
{
  g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
  const CkPara *tp, *np;
  guint t = G_MAXUINT;
  if (!row_rest (ctx, cells, 0, n, rec) || ck_record_get_n_names (rec) > 0)
    return;
  for (guint q = p; q > 1 && q + PR_MAX_PARAS_BACK > p; q--)
    {
      const CkPara *pq = &g_array_index (ctx->t->paras, CkPara, q - 1);
      Cell tmp[PR_MAX_CELLS];
      /* another row or a rule above: this entry has no header */
      if (row_cells (ctx, pq->line_first, tmp) || ck_is_claimed (ctx, pq->tok_first, pq->tok_end))
        return;
      if (names_para (ctx, q - 1) && title_para (ctx, q - 2))
        {
          t = q - 2;
          break;
        }
    }
  if (t == G_MAXUINT)
    return;
  tp = &g_array_index (ctx->t->paras, CkPara, t);
  np = &g_array_index (ctx->t->paras, CkPara, t + 1);
  {
    const CkLine *l0 = ck_line (ctx, tp->line_first);
    ck_assemble_title (rec, ck_span_dup (ctx, l0->tok_first, l0->tok_end));
    if (tp->line_end - tp->line_first == 2 && !ck_record_has (rec, CK_FIELD_SUBTITLE))
      {
        const CkLine *l1 = ck_line (ctx, tp->line_first + 1);
        ck_record_take (rec, CK_FIELD_SUBTITLE, ck_span_dup (ctx, l1->tok_first, l1->tok_end));
      }
  }
  ck_add_names_exact (ctx, rec, np->tok_first, np->tok_end, CK_ROLE_AUTHOR);
  ck_tidy_names (rec);
  row_defaults (rec, firm, year);
  ck_mention_add (ctx, det, g_steal_pointer (&rec), tp->start, np->end, tp->tok_first, 0);
  ck_claim (ctx, tp->tok_first, np->tok_end);
  {
    const CkPara *rp = &g_array_index (ctx->t->paras, CkPara, p);
    ck_claim (ctx, rp->tok_first, rp->tok_end);
  }
}

void
ck_detect_pipe_rows (CkExtractCtx *ctx, const CkDetector *det)
{
  g_autofree char *firm = NULL;
  guint year = 0;
  for (guint l = 0; l < ctx->t->lines->len; l++)
    {
      Cell cells[PR_MAX_CELLS];
      const CkLine *ln = ck_line (ctx, l);
      guint n;
      if (ln->tok_first >= ln->tok_end || ck_is_claimed (ctx, ln->tok_first, ln->tok_end))
        continue;
      if (!firm && press_heading (ctx, l, &firm, &year))
        continue;
      n = row_cells (ctx, l, cells);
      if (n < 3)
        continue;
      if (cell_title (ctx, &cells[0]))
        {
          g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
          if (!row_rest (ctx, cells, 1, n, rec) || ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0)
            continue;
          ck_assemble_title (rec, ck_span_dup (ctx, cells[0].f, cells[0].e));
          row_defaults (rec, firm, year);
          ck_mention_add (ctx, det, g_steal_pointer (&rec), ln->start, ln->end, ln->tok_first, 0);
          ck_claim (ctx, ln->tok_first, ln->tok_end);
        }
      else if (ck_tok (ctx, ln->tok_first)->nl >= 2 && (l + 1 >= ctx->t->lines->len ||
                                                        ck_tok (ctx, ck_line (ctx, l + 1)->tok_first)->nl >= 2))
        spec_row (ctx, det, ck_para_of (ctx, ln->tok_first), cells, n, firm, year);
    }
}
