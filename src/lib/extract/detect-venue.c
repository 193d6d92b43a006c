/* detect-venue.c — more forms of the line that says where the review
 * itself appeared (the _self record), one line of its own:
 *
 *   Source: Journal Name, Vol. IV No. 2, May 1936, pp. 40–44.
 *   Reviewed in JOURNAL, March 2011, Vol. 12 No. 9
 *   Published on Site-Name (June, 1999)
 *   Journal Name, Vol. 8, No. 3 (Winter 2012)
 *   Journal 402, 71-73 (9 May 2013)              (volume, pages, date)
 *   The Paper, Tuesday 4 March 1997              (a dateline)
 *   THE MAGAZINE, 2 AUGUST 1941, Page 88         (an archive footer)
 *   214        THE MAGAZINE        [April        (a running page foot)
 *
 * The line is cut into the periodical's name and comma-separated elements,
 * each of which must be a volume, an issue, pages or part of the date;
 * anything else and the line is not a venue line.  A volume is never an
 * issue: "Vol." names the one, "No." the other, and a bare number before
 * pages is a volume.  Runs before the older venue-line detector, which
 * keeps the forms it knows ("ABBR 73, March-April 1998").
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <string.h>

static const char * const weekdays[] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", NULL,
};

/* Words that open a venue line, and whether the line is then surely one. */
#define PREFIX_MAX 6
static const char * const prefixes[][PREFIX_MAX] = {
  { "Source", ":", NULL },
  { "Reviewed", "in", NULL },
  { "Published", "on", NULL },
  { "Published", "in", NULL },
  { "Originally", "published", "in", NULL },
  { "First", "published", "in", NULL },
  { "Appeared", "in", NULL },
  { "From", NULL },
  { "This", "review", "appeared", "in", NULL },
  { "This", "review", "first", "appeared", "in", NULL },
  { "This", "review", "was", "published", "in", NULL },
  { "This", "review", "was", "first", "published", "in" },
  { "This", "article", "appeared", "in", NULL },
  { "This", "article", "first", "appeared", "in", NULL },
  { "This", "essay", "appeared", "in", NULL },
  { "This", "essay", "first", "appeared", "in", NULL },
};

static gboolean
is_weekday (const CkExtractCtx *ctx, guint i)
{
  for (guint k = 0; weekdays[k]; k++)
    if (ck_tok_is (ctx, i, weekdays[k]))
      return TRUE;
  return FALSE;
}

static gboolean
is_month (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  return t->kind == CK_TOK_WORD && ck_lex_lookup (CK_LEX_MONTHS, ctx->text + t->start, t->end - t->start) != NULL;
}

static gboolean
is_season (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_is (ctx, i, "Spring") || ck_tok_is (ctx, i, "Summer") || ck_tok_is (ctx, i, "Autumn") ||
         ck_tok_is (ctx, i, "Fall") || ck_tok_is (ctx, i, "Winter");
}

static gboolean
is_roman (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  if (t->kind != CK_TOK_WORD || t->end - t->start > 7)
    return FALSE;
  for (guint32 p = t->start; p < t->end; p++)
    if (!strchr ("IVXLC", ctx->text[p]))
      return FALSE;
  return TRUE;
}

typedef struct {
  char   *volume, *issue, *pages;
  GString *date;      /* date words, in order */
  gboolean day_month; /* the date names a day or a month */
} Venue;

static void
venue_clear (Venue *v)
{
  g_clear_pointer (&v->volume, g_free);
  g_clear_pointer (&v->issue, g_free);
  g_clear_pointer (&v->pages, g_free);
  if (v->date)
    g_string_free (g_steal_pointer (&v->date), TRUE);
}
/* every early "continue" of the line loop frees what it had gathered
 * (a page number before a name that proved no venue leaked: fuzzing) */
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Venue, venue_clear)

static void
date_word (const CkExtractCtx *ctx, Venue *v, guint i)
{
  g_autofree char *w = ck_tok_dup (ctx, i);
  if (!v->date)
    v->date = g_string_new (NULL);
  if (v->date->len)
    g_string_append_c (v->date, ' ');
  /* "JULY" → "July": the date parser reads capitalised month names */
  if (g_utf8_strlen (w, -1) > 1 && ck_tok (ctx, i)->kind == CK_TOK_WORD)
    {
      g_autofree char *low = g_utf8_strdown (w + 1, -1);
      g_string_append_c (v->date, w[0]);
      g_string_append (v->date, low);
    }
  else
    g_string_append (v->date, w);
}

/* Page numbers at @j: "40–44", "71-73", "88"; returns the end. */
static guint
pages_at (const CkExtractCtx *ctx, guint j, guint e, char **out)
{
  guint k = j;
  if (k >= e || ck_tok (ctx, k)->kind != CK_TOK_NUMBER)
    return j;
  k++;
  while (k + 1 < e && (ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, 0x2013)) &&
         ck_tok (ctx, k + 1)->kind == CK_TOK_NUMBER)
    k += 2;
  g_free (*out);
  *out = ck_span_dup (ctx, j, k);
  return k;
}

/* Reads the elements in [j,e) into @v; FALSE on anything that is not a
 * volume, issue, pages or date. */
static gboolean
venue_elements (const CkExtractCtx *ctx, Venue *v, guint j, guint e)
{
  gboolean first = TRUE;
  while (j < e)
    {
      const CkToken *t = ck_tok (ctx, j);
      if (t->kind == CK_TOK_PUNCT && (t->ch == ',' || t->ch == 0xB7 || t->ch == '|' || t->ch == ';' ||
                                      t->ch == '.' || t->ch == '[' || t->ch == ']'))
        {
          j++;
          continue;
        }
      if (ck_tok_is (ctx, j, "Vol") || ck_tok_is (ctx, j, "Volume"))
        {
          j++;
          if (ck_tok_is_punct (ctx, j, '.'))
            j++;
          if (j >= e || !((ck_tok (ctx, j)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j)->flags & CK_TOKF_YEAR)) ||
                          is_roman (ctx, j)))
            return FALSE;
          g_free (v->volume);
          v->volume = ck_tok_dup (ctx, j++);
        }
      else if (ck_tok_is (ctx, j, "No") || ck_tok_is (ctx, j, "Nos") || ck_tok_is (ctx, j, "Issue") ||
               ck_tok_is_punct (ctx, j, '#'))
        {
          j++;
          if (ck_tok_is_punct (ctx, j, '.'))
            j++;
          if (j >= e || ck_tok (ctx, j)->kind != CK_TOK_NUMBER)
            return FALSE;
          g_free (v->issue);
          v->issue = ck_tok_dup (ctx, j++);
        }
      else if (ck_tok_is (ctx, j, "pp") || ck_tok_is (ctx, j, "p") || ck_tok_is (ctx, j, "Page") ||
               ck_tok_is (ctx, j, "Pages"))
        {
          guint k;
          j++;
          if (ck_tok_is_punct (ctx, j, '.'))
            j++;
          k = pages_at (ctx, j, e, &v->pages);
          if (k == j)
            return FALSE;
          j = k;
        }
      else if (ck_tok_is_punct (ctx, j, '('))
        {
          /* "(June, 1999)", "(Winter 2012)", "(9 May 2013)": the date */
          guint c = j + 1;
          while (c < e && !ck_tok_is_punct (ctx, c, ')'))
            c++;
          if (c >= e || c == j + 1)
            return FALSE;
          for (guint k = j + 1; k < c; k++)
            if (ck_tok_is_punct (ctx, k, ','))
              continue;
            else if (is_month (ctx, k) || is_season (ctx, k) || ck_tok (ctx, k)->kind == CK_TOK_NUMBER)
              {
                v->day_month |= is_month (ctx, k);
                date_word (ctx, v, k);
              }
            else
              return FALSE;
          j = c + 1;
        }
      else if (is_weekday (ctx, j))
        j++;
      else if (is_month (ctx, j) || is_season (ctx, j) || (t->flags & CK_TOKF_YEAR))
        {
          v->day_month |= is_month (ctx, j);
          date_word (ctx, v, j++);
          /* "March 4, 1997": the day after the month */
          if (is_month (ctx, j - 1) && j < e && ck_tok (ctx, j)->kind == CK_TOK_NUMBER &&
              !(ck_tok (ctx, j)->flags & CK_TOKF_YEAR) && ck_tok (ctx, j)->end - ck_tok (ctx, j)->start <= 2)
            date_word (ctx, v, j++);
        }
      else if (t->kind == CK_TOK_NUMBER && j + 1 < e && is_month (ctx, j + 1))
        date_word (ctx, v, j++);   /* "4 March" */
      else if (t->kind == CK_TOK_NUMBER && first)
        {
          /* "Journal 402, 71-73": a number right after the name is the
           * volume when pages follow, the issue otherwise */
          guint k = j + 1;
          if (ck_tok_is_punct (ctx, k, ','))
            k++;
          if (k + 2 < e && ck_tok (ctx, k)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, k)->flags & CK_TOKF_YEAR) &&
              (ck_tok_is_punct (ctx, k + 1, '-') || ck_tok_is_punct (ctx, k + 1, 0x2013)))
            {
              v->volume = ck_tok_dup (ctx, j);
              j = pages_at (ctx, k, e, &v->pages);
            }
          else if (!(t->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, j + 1, '(') && j + 3 < e &&
                   (ck_tok (ctx, j + 2)->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, j + 3, ')'))
            {
              /* "Journal 12 (1998): 45-67": volume, year, pages */
              v->volume = ck_tok_dup (ctx, j);
              date_word (ctx, v, j + 2);
              j += 4;
              /* the pages make it a citation ("Week 3 (1998)" is none) */
              if (!ck_tok_is_punct (ctx, j, ':'))
                return FALSE;
              {
                guint k2 = pages_at (ctx, j + 1, e, &v->pages);
                if (k2 == j + 1)
                  return FALSE;
                j = k2;
              }
            }
          else
            return FALSE;
        }
      else
        return FALSE;
      first = FALSE;
    }
  return TRUE;
}

/* The periodical's name at @j: words in capitals ("THE GARDEN
 * QUARTERLY"), or a title-case span without trailing numbers. */
static guint
venue_name (const CkExtractCtx *ctx, guint j, guint e)
{
  guint k = j;
  if (j >= e || ck_tok (ctx, j)->kind != CK_TOK_WORD || !(ck_tok (ctx, j)->flags & CK_TOKF_CAP))
    return j;
  if (ck_tok (ctx, j)->flags & CK_TOKF_UPPER)
    {
      while (k < e && ck_tok (ctx, k)->kind == CK_TOK_WORD && (ck_tok (ctx, k)->flags & CK_TOKF_UPPER) &&
             !is_month (ctx, k))
        k++;
      return k;
    }
  k = ck_title_span_forward (ctx, j, e, FALSE);
  /* "Name Vol. 24 No. 23": the name ends before the volume */
  for (guint q = j + 1; q < k; q++)
    if (ck_tok_is (ctx, q, "Vol") || ck_tok_is (ctx, q, "Volume"))
      {
        k = q;
        break;
      }
  while (k > j && (ck_tok (ctx, k - 1)->kind == CK_TOK_NUMBER || is_month (ctx, k - 1) ||
                   is_weekday (ctx, k - 1) || is_season (ctx, k - 1) || ck_tok_is_punct (ctx, k - 1, ':')))
    k--;
  return k;
}

static gboolean
have_self (const CkExtractCtx *ctx)
{
  for (guint i = 0; i < ctx->mentions->len; i++)
    if (((const CkMention *) g_ptr_array_index (ctx->mentions, i))->flags & CK_MENTION_SELF)
      return TRUE;
  return FALSE;
}

void
ck_detect_venue_forms (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint l = 0; l < ctx->t->lines->len; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      guint f = ln->tok_first, e = ln->tok_end, j = f, ns, ne;
      gboolean prefixed = FALSE, foot = FALSE;
      g_auto(Venue) v = { 0 };
      g_autoptr(CkDate) date = NULL;
      g_autofree char *container = NULL;
      CkRecord *rec;

      if (e <= f + 1 || ln->end - ln->start > 160 || ck_is_claimed (ctx, f, e))
        continue;
      if (g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, f)).flags & CK_PARA_PROSE)
        continue;
      for (guint p = 0; p < G_N_ELEMENTS (prefixes) && !prefixed; p++)
        {
          guint k = f, w = 0;
          for (; w < PREFIX_MAX && prefixes[p][w]; w++, k++)
            if (k >= e ||
                !(strcmp (prefixes[p][w], ":") == 0 ? ck_tok_is_punct (ctx, k, ':') : ck_tok_is (ctx, k, prefixes[p][w])))
              break;
          if (w == PREFIX_MAX || !prefixes[p][w])
            {
              prefixed = TRUE;
              j = k;
            }
        }
      /* "214   THE MAGAZINE   [April": a page number before the name */
      if (!prefixed && ck_tok (ctx, j)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j)->flags & CK_TOKF_YEAR) &&
          j + 1 < e && (ck_tok (ctx, j + 1)->flags & CK_TOKF_UPPER))
        {
          v.pages = ck_tok_dup (ctx, j);
          foot = TRUE;
          j++;
        }
      ns = j;
      ne = venue_name (ctx, j, e);
      if (ne == ns || (ck_tok (ctx, ns)->flags & CK_TOKF_UPPER && ck_count_words (ctx, ns, ne) < 2 && !prefixed))
        continue;
      if (foot && ck_count_words (ctx, ns, ne) < 2)
        continue;
      if (ck_tok_in_lex (ctx, ns, CK_LEX_PLACES) && ne == ns + 1)
        continue;
      /* "The Paper, Tuesday 4 March 1997": without a prefix, the name
       * ends at a separator ("Published 2 May 2011" is a label) */
      if (!prefixed && !foot && ne < e &&
          !(ck_tok_is_punct (ctx, ne, ',') || ck_tok_is_punct (ctx, ne, 0xB7) || ck_tok_is_punct (ctx, ne, '|') ||
            (ck_tok (ctx, ne)->kind == CK_TOK_NUMBER && !(ne + 1 < e && is_month (ctx, ne + 1))) ||
            ck_tok_is_punct (ctx, ne, '(') ||
            ck_tok_is (ctx, ne, "Vol") || ck_tok_is (ctx, ne, "Volume")))
        continue;
      if (!venue_elements (ctx, &v, ne, e))
        {
          venue_clear (&v);
          continue;
        }
      if (v.date)
        date = ck_date_parse (v.date->str);
      if (date && date->year == 0)
        g_clear_pointer (&date, ck_date_free);
      /* a bare "Name, date" line must be a dateline with a day, or name
       * its volume or issue; a page foot needs no date */
      if ((!date && !foot) ||
          (!prefixed && !foot && !v.volume && !v.issue && !(v.day_month && date->day)))
        {
          venue_clear (&v);
          continue;
        }
      if (foot && have_self (ctx))
        {
          venue_clear (&v);
          continue;
        }
      container = ck_span_dup (ctx, ns, ne);
      rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
      ck_record_set (rec, CK_FIELD_CONTAINER_TITLE, container);
      ck_record_set (rec, CK_FIELD_VOLUME, v.volume);
      ck_record_set (rec, CK_FIELD_ISSUE, v.issue);
      ck_record_set (rec, CK_FIELD_PAGES, v.pages);
      ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
      ck_mention_add (ctx, det, rec, ln->start, ln->end, f, CK_MENTION_SELF);
      ck_claim (ctx, f, e);
      venue_clear (&v);
    }
}
