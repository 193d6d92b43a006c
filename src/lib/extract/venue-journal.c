/* venue-journal.c — a scholarly journal's own citation of the issue at
 * the top of a review, for the review's own record:
 *
 *   THE SALT HISTORY REVIEW
 *   Vol. 38, Part II (1990), pp. 187-9
 *
 *   JOURNAL OF SALT HISTORY, Vol. XXIX, No. 4 (Oct.-Dec. 1968)
 *   The Salt History Review, 2nd ser., XXXIX, 1 (1986), pp. 142-143
 *   Salt Classical Review 2005.04.12
 *
 * and a periodical's name with the issue's date after a comma, as the
 * text's first line or its last (a signature):
 *
 *   Salt Woman, Spring 1974        …        New Orchardist, Summer 2016
 *
 * The journal's name need not be known: a volume with its year in
 * brackets (or a review number written as a dotted date) after a
 * capitalised name, among the first lines of the text, is where the
 * text itself appeared.  A name that reads as a person's, or a line
 * further down, is left alone.
 */
#include "detect-context.h"
#include "detect-extra.h"
#include "scholar-shapes.h"
#include <stdlib.h>
#include <string.h>

/* Lines from the top of the text that may hold the citation */
#define VENUE_TOP_LINES 4
/* Longest journal name, in words */
#define VENUE_NAME_WORDS 10

/* A volume or issue number at @k: digits (no year) or a roman numeral. */
static gboolean
number_tok (const CkExtractCtx *ctx, guint k, guint e)
{
  const CkToken *t;
  if (k >= e)
    return FALSE;
  t = ck_tok (ctx, k);
  if (t->kind == CK_TOK_NUMBER)
    return t->end - t->start <= 4 && !(t->flags & CK_TOKF_YEAR) && g_ascii_isdigit (ctx->text[t->start]);
  return ck_venue_roman (ctx, k);
}

/* "Vol." / "Vol" / "Volume" at @k: the token after it, or @k. */
static guint
skip_label (const CkExtractCtx *ctx, guint k, const char * const *labels)
{
  if (ck_tok_in_words (ctx, k, labels))
    {
      k++;
      if (ck_tok_is_punct (ctx, k, '.'))
        k++;
    }
  return k;
}

/* "July-August", "Jan-Feb": two months joined in one word. */
static gboolean
month_pair (const CkExtractCtx *ctx, const CkToken *t)
{
  const char *w = ctx->text + t->start, *dash = memchr (w, '-', t->end - t->start);
  return dash && ck_lex_lookup (CK_LEX_MONTHS, w, dash - w) &&
         ck_lex_lookup (CK_LEX_MONTHS, dash + 1, ctx->text + t->end - dash - 1);
}

/* "July-August 1950", "Spring 2022", "March 1988" in [k, e): months,
 * seasons and a year and nothing else; NULL when not. */
static CkDate *
loose_date (const CkExtractCtx *ctx, guint k, guint e)
{
  guint year = 0, months = 0;
  if (k >= e || e - k > 6)
    return NULL;
  for (guint q = k; q < e; q++)
    {
      const CkToken *t = ck_tok (ctx, q);
      if (t->flags & CK_TOKF_YEAR)
        year = q;
      else if (t->kind == CK_TOK_WORD && (ck_tok_in_lex (ctx, q, CK_LEX_MONTHS) || ck_venue_season (ctx, q) ||
                                          month_pair (ctx, t)))
        months++;
      else if (t->kind == CK_TOK_WORD || (t->kind == CK_TOK_NUMBER && t->end - t->start > 2))
        return NULL;
    }
  if (!year || !months)
    return NULL;
  {
    g_autofree char *dt = ck_span_dup (ctx, k, e);
    CkDate *d = ck_date_parse (dt);
    if (d && d->year)
      return d;
    g_clear_pointer (&d, ck_date_free);
  }
  return ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year)->start), 0, 0);
}

/* The issue part "[2nd ser.,] [Vol.] V[, No./Part N] (DATE)[, pp. P]" in
 * tokens [k, e) into @rec; FALSE when it is not one. */
static gboolean
issue_part (const CkExtractCtx *ctx, guint k, guint e, CkRecord *rec)
{
  static const char * const vol_labels[] = { "Vol", "Volume", "vol", NULL };
  static const char * const no_labels[] = { "No", "Part", "Issue", "no", "Pt", NULL };
  guint open, close;
  g_autofree char *dt = NULL;
  g_autoptr(CkDate) date = NULL;
  /* "Series 2, Vol. 14", "New Series, Vol. I": the series, then the volume */
  if (k + 3 < e && ck_tok_is (ctx, k, "New") && ck_tok_is (ctx, k + 1, "Series") && ck_tok_is_punct (ctx, k + 2, ','))
    k += 3;
  else if (k + 3 < e && ck_tok_is (ctx, k, "Series") && number_tok (ctx, k + 1, e) && ck_tok_is_punct (ctx, k + 2, ','))
    k += 3;
  /* "2nd ser.," */
  if (k + 2 < e && ck_tok (ctx, k)->kind == CK_TOK_NUMBER && (ck_tok_is (ctx, k + 1, "ser") || ck_tok_is (ctx, k + 1, "series")))
    {
      k += 2;
      if (ck_tok_is_punct (ctx, k, '.'))
        k++;
      if (ck_tok_is_punct (ctx, k, ','))
        k++;
    }
  k = skip_label (ctx, k, vol_labels);
  if (!number_tok (ctx, k, e))
    return FALSE;
  ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, k++));
  if (ck_tok_is_punct (ctx, k, ','))
    k++;
  if (!ck_tok_is_punct (ctx, k, '('))
    {
      guint q = skip_label (ctx, k, no_labels);
      if (!number_tok (ctx, q, e))
        return FALSE;
      ck_record_take (rec, CK_FIELD_ISSUE, ck_tok_dup (ctx, q));
      k = q + 1;
    }
  /* "Vol. XVII, No. 6, July-August 1950", "Volume 83, Issue 1, Spring
   * 2022, Pages 128–131": the date after a comma, no brackets */
  if (ck_tok_is_punct (ctx, k, ',') && !ck_tok_is_punct (ctx, k + 1, '('))
    {
      guint de = k + 1;
      while (de < e && !ck_tok_is_punct (ctx, de, ','))
        de++;
      if (!(date = loose_date (ctx, k + 1, de)))
        return FALSE;
      ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
      k = de;
      if (ck_tok_is_punct (ctx, k, ','))
        k++;
      if (k < e && (ck_tok_is (ctx, k, "Pages") || ck_tok_is (ctx, k, "pages")))
        {
          ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, k + 1, e));
          return k + 1 < e;
        }
      goto pages;
    }
  if (!ck_tok_is_punct (ctx, k, '('))
    return FALSE;
  open = k;
  for (close = open + 1; close < e && !ck_tok_is_punct (ctx, close, ')'); close++)
    ;
  if (close >= e || close == open + 1)
    return FALSE;
  dt = ck_span_dup (ctx, open + 1, close);
  if (!(date = ck_date_parse (dt)) || date->year == 0)
    {
      g_clear_pointer (&date, ck_date_free);
      for (guint q = open + 1; q < close && !date; q++)
        if (ck_tok (ctx, q)->flags & CK_TOKF_YEAR)
          date = ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, q)->start), 0, 0);
      if (!date)
        return FALSE;
    }
  ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
  k = close + 1;
  if (ck_tok_is_punct (ctx, k, ','))
    k++;
pages:
  if (k < e && (ck_tok_is (ctx, k, "pp") || ck_tok_is (ctx, k, "p")))
    {
      k++;
      if (ck_tok_is_punct (ctx, k, '.'))
        k++;
      /* "pp. 140–142. © 1981 Gannet Press": the publisher's notice after
       * the pages is no part of them */
      for (guint q = k + 1; q + 1 < e; q++)
        if (ck_tok_is_punct (ctx, q, '.') && (ck_tok_is_punct (ctx, q + 1, 0xA9) || ck_tok_is (ctx, q + 1, "Copyright")))
          {
            e = q + 1;
            break;
          }
      if (k < e)
        {
          char *pages = ck_span_dup (ctx, k, e);
          if (g_str_has_suffix (pages, "."))
            pages[strlen (pages) - 1] = '\0';
          ck_record_take (rec, CK_FIELD_PAGES, pages);
        }
      k = e;
    }
  return k >= e || (k + 1 == e && ck_tok_is_punct (ctx, k, '.'));
}

/* "2005.04.12" at @k, the last token of the line: a review's number
 * written as its date (the day is the number's, not the issue's). */
static CkDate *
dotted_date (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  int y, m, d;
  if (t->kind != CK_TOK_NUMBER || !ck_dotted_ymd (ctx->text + t->start, t->end - t->start, &y, &m, &d))
    return NULL;
  return ck_date_new_ymd (y, m, 0);
}

/* The journal's name [f, *name_e): capitalised words and small words,
 * no person. */
static gboolean
journal_name (const CkExtractCtx *ctx, guint f, guint e, guint *name_e)
{
  guint k = ck_abbreviated_journal_end (ctx, f, e);
  /* "J. Salt Hist. 41 (2009)": a name in abbreviations, each with its stop */
  if (k > f && k < e && ck_tok (ctx, k)->kind == CK_TOK_NUMBER)
    {
      *name_e = k;
      return TRUE;
    }
  k = ck_title_span_forward (ctx, f, e, FALSE);
  while (k > f && (ck_tok (ctx, k - 1)->kind == CK_TOK_NUMBER || ck_tok_is_punct (ctx, k - 1, ',')))
    k--;
  if (k == f || ck_count_words (ctx, f, k) > VENUE_NAME_WORDS || ck_ctx_names_person (ctx, f, k) ||
      ck_tok_lower_word (ctx, f))
    return FALSE;
  *name_e = k;
  return TRUE;
}

/* Whether tokens [k, e) are a date alone ("Spring 1974", "Sept. 24,
 * 1932", "February 2018"); the date in *@out. */
static gboolean
date_alone (const CkExtractCtx *ctx, guint k, guint e, CkDate **out)
{
  g_autofree char *dt = NULL;
  gboolean year = FALSE;
  if (k >= e)
    return FALSE;
  for (guint q = k; q < e; q++)
    {
      const CkToken *t = ck_tok (ctx, q);
      year |= (t->flags & CK_TOKF_YEAR) != 0;
      /* nothing but months, seasons, days and numbers */
      if (t->kind == CK_TOK_WORD && !ck_tok_in_lex (ctx, q, CK_LEX_MONTHS) && !ck_venue_season (ctx, q) &&
          !ck_is_weekday (ctx, q))
        return FALSE;
    }
  if (!year || !(dt = ck_span_dup (ctx, k, e)) || !(*out = ck_date_parse (dt)))
    return FALSE;
  if ((*out)->year == 0 || ((*out)->month == 0 && (*out)->season == 0))
    {
      g_clear_pointer (out, ck_date_free);
      return FALSE;
    }
  return TRUE;
}

/* A periodical's name [f, name_e) that stands alone with a date: two
 * words or more, no person, no place. */
static gboolean
dated_name_ok (const CkExtractCtx *ctx, guint f, guint name_e)
{
  return ck_count_words (ctx, f, name_e) >= 2 && !ck_tok_in_lex (ctx, f, CK_LEX_GIVEN_NAMES) &&
         !ck_span_in_lex (ctx, f, name_e, CK_LEX_PLACES) && !ck_ctx_names_non_work (ctx, f, name_e) &&
         !(ck_tok (ctx, f)->flags & CK_TOKF_INITIAL);
}

/* The first or last line @l: "Name, Season Year". */
static gboolean
dated_name (CkExtractCtx *ctx, const CkDetector *det, guint l)
{
  const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
  guint f = ln->tok_first, e = ln->tok_end, name_e;
  CkDate *date = NULL;
  CkRecord *rec;
  if (f >= e || ck_is_claimed (ctx, f, e) || !journal_name (ctx, f, e, &name_e) || !dated_name_ok (ctx, f, name_e))
    return FALSE;
  /* (a heading over a date on the next line is as often a title over the
   * review's own dateline, and is left alone) */
  if (name_e >= e || !ck_tok_is_punct (ctx, name_e, ',') || !date_alone (ctx, name_e + 1, e, &date))
    return FALSE;
  rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, f, name_e));
  ck_record_take_date (rec, CK_DATE_ISSUED, date);
  ck_mention_add (ctx, det, rec, ln->start, ln->end, f, CK_MENTION_SELF);
  ck_claim (ctx, f, e);
  return TRUE;
}

/* The journal's citation of the issue on line @l (with the issue on the
 * next line when @two_lines allows): TRUE when read. */
static gboolean
issue_line (CkExtractCtx *ctx, const CkDetector *det, guint l, gboolean two_lines)
{
  const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
  guint f = ln->tok_first, e = ln->tok_end, name_e, last = l;
  g_autoptr(CkRecord) rec = NULL;
  if (ck_line_continues_entry (ctx, l))
    return FALSE;
  /* an archive's "Source: Journal, Vol. 38, No. 3 (…)": the label is no
   * part of the name */
  if (f + 2 < e && ck_tok_is (ctx, f, "Source") && ck_tok_is_punct (ctx, f + 1, ':'))
    f += 2;
  /* "Journal, 27 (1986)   © 1986 Gannet Press": the publisher's notice
   * set apart on the line is no part of the issue */
  for (guint q = f + 3; q < e; q++)
    if (ck_tok_is_punct (ctx, q, 0xA9) && ck_tok (ctx, q)->start >= ck_tok (ctx, q - 1)->end + 2)
      {
        e = q;
        break;
      }
  if (f >= e || ck_is_claimed (ctx, f, e) || !journal_name (ctx, f, e, &name_e))
    return FALSE;
  /* "Bulletin of the Institute of Salt, University of Leeds, Vol. 7":
   * a comma inside the name, before the volume's label */
  for (guint q = name_e, guard = 0; guard < 2 && q + 2 < e && ck_tok_is_punct (ctx, q, ',') &&
                                    ck_tok_cap_word (ctx, q + 1) && !ck_tok_is (ctx, q + 1, "Vol") &&
                                    !ck_tok_is (ctx, q + 1, "Volume") && !ck_tok_is (ctx, q + 1, "Series") &&
                                    !ck_tok_is (ctx, q + 1, "New");
       guard++)
    {
      guint ne;
      if (!journal_name (ctx, q + 1, e, &ne) || ne >= e || !ck_tok_is_punct (ctx, ne, ',') || ne + 1 >= e ||
          !(ck_tok_is (ctx, ne + 1, "Vol") || ck_tok_is (ctx, ne + 1, "Volume")))
        break;
      name_e = q = ne;
    }
  rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  if (name_e == e && two_lines && l + 1 < ctx->t->lines->len)
    {
      /* the name on a line of its own, the issue on the next */
      const CkLine *nx = &g_array_index (ctx->t->lines, CkLine, l + 1);
      if (ck_tok (ctx, nx->tok_first)->nl >= 2 || ck_is_claimed (ctx, nx->tok_first, nx->tok_end) ||
          !issue_part (ctx, nx->tok_first, nx->tok_end, rec))
        return FALSE;
      last = l + 1;
    }
  else if (name_e + 1 == e)
    {
      CkDate *d = dotted_date (ctx, name_e);
      if (!d)
        return FALSE;
      ck_record_take_date (rec, CK_DATE_ISSUED, d);
    }
  else
    {
      guint k = name_e;
      if (ck_tok_is_punct (ctx, k, ','))
        k++;
      /* at the foot, only "Name Words, Vol. N…" */
      if (k >= e || (!two_lines && (ck_count_words (ctx, f, name_e) < 2 || !(ck_tok_is (ctx, k, "Vol") ||
                                                                          ck_tok_is (ctx, k, "Volume")))) ||
          !issue_part (ctx, k, e, rec))
        return FALSE;
    }
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, f, name_e));
  {
    const CkLine *ll = &g_array_index (ctx->t->lines, CkLine, last);
    ck_mention_add (ctx, det, g_steal_pointer (&rec), ln->start, ll->end, f, CK_MENTION_SELF);
    ck_claim (ctx, f, ll->tok_end);
  }
  return TRUE;
}

/* The lawyers' citation of the review on the first line and nothing
 * else: "25 Harb. L. Rev. 240 (1962)" (volume, abbreviation, page,
 * year) or "(1962) 25 H.L.R. 240" (the English order). */
static gboolean
law_line (CkExtractCtx *ctx, const CkDetector *det)
{
  const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, 0);
  guint f = ln->tok_first, e = ln->tok_end, js, je, vol, year, page, stops = 0;
  CkRecord *rec;
  if (e < f + 5 || ck_is_claimed (ctx, f, e))
    return FALSE;
  if (ck_tok_is_punct (ctx, f, '('))
    {
      if ((page = ck_law_source (ctx, f, e, &year, &vol, &js, &je)) != e - 1)
        return FALSE;
    }
  else
    {
      vol = f;
      if (!number_tok (ctx, vol, e) || ck_tok (ctx, vol)->kind != CK_TOK_NUMBER)
        return FALSE;
      js = f + 1;
      for (je = js; je < e && je < js + 10; je++)
        if (ck_tok_is_punct (ctx, je, '.'))
          stops++;
        else if (!(ck_tok_cap_word (ctx, je) || ck_tok_is_punct (ctx, je, '&')))
          break;
      page = je;
      if (je == js || stops == 0 || !number_tok (ctx, page, e) || page + 4 != e || !ck_tok_is_punct (ctx, page + 1, '(') ||
          !(ck_tok (ctx, page + 2)->flags & CK_TOKF_YEAR) || !ck_tok_is_punct (ctx, page + 3, ')'))
        return FALSE;
      year = page + 2;
    }
  rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, js, je));
  ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, vol));
  ck_record_take (rec, CK_FIELD_PAGES, ck_tok_dup (ctx, page));
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year)->start), 0, 0));
  ck_mention_add (ctx, det, rec, ln->start, ln->end, f, CK_MENTION_SELF);
  ck_claim (ctx, f, e);
  return TRUE;
}

void
ck_detect_journal_venue (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n_all = ctx->t->lines->len, n_lines = MIN (n_all, VENUE_TOP_LINES);
  if (n_all >= 3 && !ck_have_self_mention (ctx) &&
      (dated_name (ctx, det, 0) || dated_name (ctx, det, n_all - 1) || law_line (ctx, det)))
    return;
  for (guint l = 0; l < n_lines; l++)
    if (issue_line (ctx, det, l, TRUE))
      return;
  /* "PARTISAN REVIEW, Vol. XVII, No. 6, July-August 1950" as the last
   * line, under the reviewer's signature */
  if (n_all > VENUE_TOP_LINES && !ck_have_self_mention (ctx))
    issue_line (ctx, det, n_all - 1, FALSE);
}
