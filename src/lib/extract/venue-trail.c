/* venue-trail.c — a web page's own venue set as a section trail at the top
 * of the text, where the site names itself before the section that holds
 * the review:
 *
 *   The Daily Lamp  |  Culture  |  Books
 *   The Lamp Monitor  >  Books  >  November 30, 1995
 *   Lamp Review                          (the site alone on its line,
 *   Chatter  /  Reviews  /  December 2022  the trail under it)
 *
 * The trail must lead to a page of books or reviews (a part naming one):
 * that, not the site's name, is the evidence that the text is a review
 * published by the site, so the name needs no lexicon.  The site's name
 * must still look like one: capitalised words, no person, no place alone,
 * no section label.  The heading, byline and dateline under the trail are
 * read by ck_masthead_heading().
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "venue-masthead.h"
#include <string.h>
#include <stdio.h>

#define TRAIL_MAX_PARTS 6

/* Words of a part that say the page holds books or reviews. */
static const char * const books_words[] = {
  "Books", "Book", "Reviews", "Review", "Fiction", "Nonfiction", "Non-fiction", "Literature", "Poetry", NULL,
};

/* Parts that are a site's navigation, never its name. */
static const char * const nav_words[] = {
  "Home", "News", "Books", "Reviews", "Review", "Culture", "Arts", "Lifestyle", "Entertainment", "Features",
  "Opinion", "Fiction", "Nonfiction", "Poetry", "Weekend", "Magazine", "Sections", "Menu", NULL,
};

/* A separator of a trail at @k: a bar, an angle ("›", "»", ">"), or a
 * slash with space on both sides ("Chatter / Reviews"; "5:PM/Review" and
 * "May/June" are none). */
static gboolean
trail_sep (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  if (t->kind != CK_TOK_PUNCT)
    return FALSE;
  if (t->ch == '|' || t->ch == '>' || t->ch == 0x203A || t->ch == 0xBB)
    return TRUE;
  return t->ch == '/' && k > 0 && k + 1 < ck_n_toks (ctx) && ck_tok (ctx, k - 1)->end < t->start &&
         t->end < ck_tok (ctx, k + 1)->start;
}

/* A section part [s,e): one to four capitalised words ("Weekend",
 * "Book Reviews", "Arts & Letters"). */
static gboolean
section_part (const CkExtractCtx *ctx, guint s, guint e)
{
  guint words = 0;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (ck_tok_is_punct (ctx, k, '&'))
        continue;
      if (t->kind != CK_TOK_WORD || !(t->flags & (CK_TOKF_CAP | CK_TOKF_FUNC)))
        return FALSE;
      words++;
    }
  return words >= 1 && words <= 4 && ck_tok_cap_word (ctx, s);
}

/* Whether the part [s,e) names a page of books or reviews. */
static gboolean
books_part (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    if (ck_tok_in_words (ctx, k, books_words))
      return TRUE;
  return FALSE;
}

/* A site's name at [s,e): capitalised words (a number or "3:AM" may open
 * it), at most six, not a navigation word, a place or a person alone; one
 * word only if the lexicon knows it. */
static gboolean
site_name (const CkExtractCtx *ctx, guint s, guint e)
{
  guint words = ck_count_words (ctx, s, e);
  if (e <= s || words == 0 || words > 6)
    return FALSE;
  if (ck_span_in_lex (ctx, s, e, CK_LEX_PERIODICALS))
    return TRUE;
  if (words < 2 || (e == s + 1 && ck_tok_in_words (ctx, s, nav_words)) || ck_span_in_lex (ctx, s, e, CK_LEX_PLACES) ||
      ck_tok_in_lex (ctx, s, CK_LEX_GIVEN_NAMES) || ck_span_in_lex (ctx, s, e, CK_LEX_PUBLISHERS))
    return FALSE;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_WORD && !(t->flags & (CK_TOKF_CAP | CK_TOKF_FUNC)))
        return FALSE;
      if (t->kind == CK_TOK_PUNCT && !(t->ch == '&' || t->ch == ':' || t->ch == '-' || t->ch == '.' || t->ch == '\''))
        return FALSE;
    }
  /* every word a navigation word: "Arts & Culture" */
  for (guint k = s; k < e; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_WORD && !ck_tok_in_words (ctx, k, nav_words) &&
        !(ck_tok (ctx, k)->flags & CK_TOKF_FUNC))
      return TRUE;
  return FALSE;
}

/* Cuts line [f,e) at its separators into @starts/@ends; returns the number
 * of parts, 0 when a part is empty or there are too many. */
static guint
trail_parts (const CkExtractCtx *ctx, guint f, guint e, guint *starts, guint *ends)
{
  guint n = 0, s = f;
  for (guint k = f; k <= e; k++)
    if (k == e || trail_sep (ctx, k))
      {
        if (k == s || n == TRAIL_MAX_PARTS)
          return 0;
        starts[n] = s;
        ends[n++] = k;
        s = k + 1;
      }
  return n;
}

/* Parts [from, n) of a trail: sections, the last perhaps a date (read into
 * *@date), one of them a page of books.  FALSE on anything else. */
static gboolean
trail_rest (const CkExtractCtx *ctx, const guint *starts, const guint *ends, guint from, guint n, CkDate **date)
{
  gboolean books = FALSE;
  for (guint i = from; i < n; i++)
    {
      CkDate *d;
      if (i + 1 == n && i > from && (d = ck_venue_date_only (ctx, starts[i], ends[i])))
        {
          *date = d;
          continue;
        }
      if (i + 1 == n && i > from && (d = ck_venue_month_year (ctx, starts[i], ends[i])))
        {
          *date = d;
          continue;
        }
      if (!section_part (ctx, starts[i], ends[i]))
        return FALSE;
      books |= books_part (ctx, starts[i], ends[i]);
    }
  if (!books && *date)
    ck_date_free (g_steal_pointer (date));
  return books;
}

gboolean
ck_venue_trail (CkExtractCtx *ctx, const CkDetector *det)
{
  const CkPara *pp;
  const CkLine *l1, *trail;
  guint starts[TRAIL_MAX_PARTS], ends[TRAIL_MAX_PARTS], n, ns, ne, from;
  CkDate *date = NULL;
  CkRecord *rec;
  if (ctx->t->paras->len < 3)
    return FALSE;
  pp = &g_array_index (ctx->t->paras, CkPara, 0);
  if ((pp->flags & CK_PARA_PROSE) || pp->line_end - pp->line_first > 2)
    return FALSE;
  l1 = &g_array_index (ctx->t->lines, CkLine, pp->line_first);
  if (l1->tok_end <= l1->tok_first || ck_is_claimed (ctx, pp->tok_first, pp->tok_end))
    return FALSE;
  n = trail_parts (ctx, l1->tok_first, l1->tok_end, starts, ends);
  if (n >= 2 && pp->line_end - pp->line_first == 1)
    {
      /* "Site | Section | Books": the site's name first on the trail */
      trail = l1;
      ns = starts[0];
      ne = ends[0];
      from = 1;
    }
  else if (n == 1 && pp->line_end - pp->line_first == 2)
    {
      /* "Site / Chatter / Reviews / Date": the site over its trail */
      trail = &g_array_index (ctx->t->lines, CkLine, pp->line_first + 1);
      ns = l1->tok_first;
      ne = l1->tok_end;
      n = trail_parts (ctx, trail->tok_first, trail->tok_end, starts, ends);
      from = 0;
      if (n < 2)
        return FALSE;
    }
  else
    return FALSE;
  if (!site_name (ctx, ns, ne) || !trail_rest (ctx, starts, ends, from, n, &date))
    return FALSE;
  rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, ns, ne));
  if (date)
    ck_record_take_date (rec, CK_DATE_ISSUED, date);
  ck_mention_add (ctx, det, rec, l1->start, trail->end, l1->tok_first, CK_MENTION_SELF);
  ck_claim (ctx, pp->tok_first, pp->tok_end);
  ck_masthead_heading (ctx, 0, rec);
  return TRUE;
}

/* ------------------------------------------------------------------
 * A site's name alone over the heading and a dated byline:
 *
 *   The Lampshade
 *
 *   The Harbour, Undone: A Novel of Tides
 *
 *   By Ann Rowe  •  posted on 12 March 2012
 *
 * ("By Name · May 4, 2018", "Posted on 2016-06-05 by Name").  The byline
 * with its date under a heading is what web magazines set over a piece;
 * the line over the heading is then the site, not a second heading. */

/* Words of a site's navigation line under its name ("<< Previous | Next
 * >>"). */
static const char * const pager_words[] = { "Previous", "Next", "Home", "Back", "Older", "Newer", "Posts", NULL };

static gboolean
pager_line (const CkExtractCtx *ctx, const CkLine *ln)
{
  for (guint k = ln->tok_first; k < ln->tok_end; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_WORD ? !ck_tok_in_words (ctx, k, pager_words)
                                             : ck_tok (ctx, k)->kind != CK_TOK_PUNCT)
      return FALSE;
  return ln->tok_end > ln->tok_first;
}

/* "2016-06-05" at [j,e): an ISO date, read; NULL when none. */
static CkDate *
iso_date (const CkExtractCtx *ctx, guint j, guint e)
{
  guint y, m, d;
  char tail;
  g_autofree char *s = NULL;
  gsize n;
  if (j >= e)
    return NULL;
  n = ck_tok (ctx, e - 1)->end - ck_tok (ctx, j)->start;
  if (n != 10)
    return NULL;
  s = g_strndup (ctx->text + ck_tok (ctx, j)->start, n);
  if (sscanf (s, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3 || s[4] != '-' || s[7] != '-' || y < 1900 || y > 2099 ||
      m < 1 || m > 12 || d < 1 || d > 31)
    return NULL;
  return ck_date_new_ymd ((int) y, (int) m, (int) d);
}

/* A date at [j,e), perhaps after "posted on" / "published": a full date
 * or an ISO one. */
static CkDate *
byline_date (const CkExtractCtx *ctx, guint j, guint e)
{
  CkDate *d;
  if (j < e && (ck_tok_is (ctx, j, "posted") || ck_tok_is (ctx, j, "published") || ck_tok_is (ctx, j, "updated")))
    j++;
  if (j < e && (ck_tok_is (ctx, j, "on") || ck_tok_is_punct (ctx, j, ':')))
    j++;
  if ((d = ck_venue_date_only (ctx, j, e)))
    return d;
  return iso_date (ctx, j, e);
}

static gboolean
byline_sep (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_is_punct (ctx, k, 0xB7) || ck_tok_is_punct (ctx, k, 0x2022) || ck_tok_is_punct (ctx, k, '|') ||
         ck_tok_is_punct (ctx, k, 0x2014) || ck_tok_is_punct (ctx, k, 0x2013);
}

/* The line [f,e) is a byline with its date: "By Name · DATE", "By Name •
 * posted on DATE", "Posted on DATE by Name".  Sets the names' span and
 * the date. */
static gboolean
dated_byline (const CkExtractCtx *ctx, guint f, guint e, guint *ns, guint *ne, CkDate **date)
{
  guint b = ck_byline_cue (ctx, f, e), k;
  if (b > f)
    {
      for (k = b + 1; k < e && !byline_sep (ctx, k); k++)
        ;
      if (k >= e || !ck_only_names (ctx, b, k) || !(*date = byline_date (ctx, k + 1, e)))
        return FALSE;
      *ns = b;
      *ne = k;
      return TRUE;
    }
  if (!ck_tok_is (ctx, f, "Posted") && !ck_tok_is (ctx, f, "Published"))
    return FALSE;
  for (k = f + 1; k < e && k < f + 10 && !ck_tok_is (ctx, k, "by"); k++)
    ;
  if (k >= e || !ck_tok_is (ctx, k, "by") || !ck_only_names (ctx, k + 1, e) || !(*date = byline_date (ctx, f, k)))
    return FALSE;
  *ns = k + 1;
  *ne = e;
  return TRUE;
}

/* A trail of sections between separators ("HISTORY | Review Essays"). */
static gboolean
trail_line (const CkExtractCtx *ctx, guint f, guint e)
{
  guint starts[TRAIL_MAX_PARTS], ends[TRAIL_MAX_PARTS], n = trail_parts (ctx, f, e, starts, ends);
  if (n < 2)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!section_part (ctx, starts[i], ends[i]))
      return FALSE;
  return TRUE;
}

/* "“The Salt Road” by Ann Quillan": a heading that is the book's title
 * and its author. */
static gboolean
names_book (const CkExtractCtx *ctx, guint f, guint e)
{
  for (guint k = f + 1; k + 1 < e; k++)
    if (ck_tok_is (ctx, k, "by") && (ck_tok (ctx, k)->flags & CK_TOKF_LOWER))
      return ck_only_names (ctx, k + 1, e);
  return FALSE;
}

gboolean
ck_venue_site_byline (CkExtractCtx *ctx, const CkDetector *det)
{
  const CkPara *pp;
  const CkLine *l1;
  guint headings = 0, hf = 0, he = 0;
  if (ctx->t->paras->len < 4)
    return FALSE;
  pp = &g_array_index (ctx->t->paras, CkPara, 0);
  l1 = &g_array_index (ctx->t->lines, CkLine, pp->line_first);
  if ((pp->flags & CK_PARA_PROSE) || pp->line_end - pp->line_first > 2 || l1->tok_end <= l1->tok_first ||
      ck_is_claimed (ctx, pp->tok_first, pp->tok_end) || !site_name (ctx, l1->tok_first, l1->tok_end) ||
      ck_count_words (ctx, l1->tok_first, l1->tok_end) > 5 ||
      (pp->line_end - pp->line_first == 2 && !pager_line (ctx, &g_array_index (ctx->t->lines, CkLine, pp->line_first + 1))))
    return FALSE;
  /* the heading (a section trail may stand over it), then the byline */
  for (guint p = 1; p < ctx->t->paras->len && p <= 4; p++)
    {
      const CkPara *q = &g_array_index (ctx->t->paras, CkPara, p);
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, q->line_first);
      guint ns, ne;
      CkDate *date = NULL;
      CkRecord *rec;
      if ((q->flags & CK_PARA_PROSE) || ln->tok_end <= ln->tok_first)
        return FALSE;
      /* "Heading / By Name · DATE": the byline under the heading in its
       * paragraph */
      if (q->line_end - q->line_first == 2 && !dated_byline (ctx, ln->tok_first, ln->tok_end, &ns, &ne, &date))
        {
          headings++;
          if (!trail_line (ctx, ln->tok_first, ln->tok_end))
            {
              hf = ln->tok_first;
              he = ln->tok_end;
            }
          ln = &g_array_index (ctx->t->lines, CkLine, q->line_first + 1);
        }
      if (!date && !dated_byline (ctx, ln->tok_first, ln->tok_end, &ns, &ne, &date))
        {
          /* a heading is one or two lines and no sentence */
          if (q->line_end - q->line_first > 2 || ++headings > 2)
            return FALSE;
          /* a section trail over the heading is none */
          if (!trail_line (ctx, q->tok_first, q->tok_end))
            {
              hf = q->tok_first;
              he = q->tok_end;
            }
          continue;
        }
      if (headings == 0)
        {
          ck_date_free (date);
          return FALSE;
        }
      rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
      ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, l1->tok_first, l1->tok_end));
      ck_record_take_date (rec, CK_DATE_ISSUED, date);
      ck_add_reviewers (ctx, ns, ne);
      ck_mention_add (ctx, det, rec, l1->start, l1->end, l1->tok_first, CK_MENTION_SELF);
      ck_claim (ctx, pp->tok_first, pp->tok_end);
      ck_claim (ctx, ln->tok_first, ln->tok_end);
      /* the heading nearest the byline; one that names the book ("“T” by
       * Name") is left for the reader of titles */
      if (he > hf && !ctx->review_title && !ck_is_claimed (ctx, hf, he))
        {
          ctx->review_title = ck_span_dup (ctx, hf, he);
          ctx->review_title_start = ck_tok (ctx, hf)->start;
          ctx->review_title_end = ck_tok (ctx, he - 1)->end;
          if (!names_book (ctx, hf, he))
            ck_claim (ctx, hf, he);
        }
      ck_masthead_heading (ctx, 0, rec);
      return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------
 * "By Ann Rowe / Special to The Harbour Clarion": a contributor's byline
 * names the paper it was written for, and the piece is then that paper's.
 * The date comes from a dateline in the header ("Originally published
 * October 14, 2022 at 6:00 am", "Published June 9, 2017"). */

/* "Originally published October 14, 2022 at 6:00 am" at [f,e): the date;
 * NULL when the line is no such dateline. */
static CkDate *
published_line (const CkExtractCtx *ctx, guint f, guint e)
{
  guint g;
  if (ck_tok_is (ctx, f, "Originally") || ck_tok_is (ctx, f, "First"))
    f++;
  if (f >= e || !(ck_tok_is (ctx, f, "published") || ck_tok_is (ctx, f, "posted") || ck_tok_is (ctx, f, "updated")))
    return NULL;
  f++;
  if (f < e && (ck_tok_is (ctx, f, "on") || ck_tok_is_punct (ctx, f, ':')))
    f++;
  /* the time of day after "at" is no part of the date */
  for (g = f; g < e && !ck_tok_is (ctx, g, "at") && !ck_tok_is (ctx, g, "by") && !ck_tok_is_punct (ctx, g, '|'); g++)
    ;
  return ck_venue_date_only (ctx, f, g);
}

/* The heading over the byline's paragraph @bp: the nearest paragraph of
 * one line above it, datelines passed over (claimed), that reads as a
 * headline: a capital or a quote first, at most 18 words, no closing
 * full stop, no section label ("Books"). */
static void
heading_above (CkExtractCtx *ctx, guint bp)
{
  static const char * const labels[] = { "Books", "Book", "Reviews", "Review", "Fiction", "Nonfiction", "Culture", "Arts", NULL };
  for (guint p = bp; p-- > 0 && !ctx->review_title;)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      guint f = pp->tok_first, e = pp->tok_end, w = f;
      if (e <= f || ck_is_claimed (ctx, f, e))
        continue;
      if (pp->line_end - pp->line_first != 1)
        return;
      if (ck_tok (ctx, f)->kind == CK_TOK_QUOTE_OPEN && f + 1 < e)
        w = f + 1;
      if (!ck_tok_cap_word (ctx, w) || ck_count_words (ctx, f, e) > 18 || ck_tok_is_punct (ctx, e - 1, '.') ||
          (e == f + 1 && ck_tok_in_words (ctx, f, labels)))
        return;
      ctx->review_title = ck_span_dup (ctx, f, e);
      ctx->review_title_start = ck_tok (ctx, f)->start;
      ctx->review_title_end = ck_tok (ctx, e - 1)->end;
      ck_claim (ctx, f, e);
    }
}

void
ck_venue_heading_below (CkExtractCtx *ctx, guint vp)
{
  const CkPara *hp, *np;
  guint f, e, w;
  if (ctx->review_title || vp + 2 >= ctx->t->paras->len)
    return;
  hp = &g_array_index (ctx->t->paras, CkPara, vp + 1);
  np = &g_array_index (ctx->t->paras, CkPara, vp + 2);
  f = hp->tok_first;
  e = hp->tok_end;
  w = f;
  if (e <= f || hp->line_end - hp->line_first != 1 || (hp->flags & CK_PARA_PROSE) || !(np->flags & CK_PARA_PROSE) ||
      ck_is_claimed (ctx, f, e))
    return;
  if (ck_tok (ctx, f)->kind == CK_TOK_QUOTE_OPEN && f + 1 < e)
    w = f + 1;
  if (!ck_tok_cap_word (ctx, w) || ck_count_words (ctx, f, e) > 12 || ck_tok_is_punct (ctx, e - 1, ':') ||
      ck_names_cover (ctx, f, e) >= e || ck_has_imprint_signal (ctx->text, hp->start, hp->end))
    return;
  /* a book's header ("TITLE. By Name. (Firm. 5s.)") is no heading: no
   * sentence's stop, bracket or byline inside */
  for (guint k = f; k < e; k++)
    if (ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, '(') || ck_tok_is (ctx, k, "By"))
      return;
  ctx->review_title = ck_span_dup (ctx, f, e);
  ctx->review_title_start = ck_tok (ctx, f)->start;
  ctx->review_title_end = ck_tok (ctx, e - 1)->end;
  ck_claim (ctx, f, e);
}

gboolean
ck_venue_special_to (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint l = 0; l + 1 < ctx->t->lines->len && l < 16; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l), *sp = ln + 1;
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, ln->tok_first));
      guint b, ns, ne;
      CkDate *date = NULL;
      CkRecord *rec;
      if (ln->tok_end <= ln->tok_first || (pp->flags & CK_PARA_PROSE))
        break;
      if (sp->tok_end <= sp->tok_first || ck_tok (ctx, sp->tok_first)->nl > 1 || sp->tok_end < sp->tok_first + 3)
        continue;
      b = ck_byline_cue (ctx, ln->tok_first, ln->tok_end);
      if (b == ln->tok_first || !ck_only_names (ctx, b, ln->tok_end) || !ck_tok_is (ctx, sp->tok_first, "Special") ||
          !ck_tok_is (ctx, sp->tok_first + 1, "to"))
        continue;
      ns = sp->tok_first + 2;
      ne = ck_title_span_forward (ctx, ns, sp->tok_end, FALSE);
      if (ne != sp->tok_end || !(ck_span_in_lex (ctx, ns, ne, CK_LEX_PERIODICALS) ||
                                 (ck_count_words (ctx, ns, ne) >= 2 && !ck_span_in_lex (ctx, ns, ne, CK_LEX_PLACES) &&
                                  !ck_tok_in_lex (ctx, ns, CK_LEX_GIVEN_NAMES))))
        continue;
      rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
      ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, ns, ne));
      /* the dateline among the header lines */
      for (guint q = 0; q < ctx->t->lines->len && q < 16 && !date; q++)
        {
          const CkLine *dl = &g_array_index (ctx->t->lines, CkLine, q);
          if (dl->tok_end > dl->tok_first && !ck_is_claimed (ctx, dl->tok_first, dl->tok_end) &&
              (date = published_line (ctx, dl->tok_first, dl->tok_end)))
            ck_claim (ctx, dl->tok_first, dl->tok_end);
        }
      if (date)
        ck_record_take_date (rec, CK_DATE_ISSUED, date);
      ck_add_reviewers (ctx, b, ln->tok_end);
      ck_mention_add (ctx, det, rec, sp->start, sp->end, sp->tok_first, CK_MENTION_SELF);
      ck_claim (ctx, sp->tok_first, sp->tok_end);
      heading_above (ctx, ck_para_of (ctx, ln->tok_first));
      return TRUE;
    }
  return FALSE;
}

/* A line of the page's top that holds separators ("Site | Books |
 * Heading"): navigation, no heading of its own. */
static gboolean
has_trail_sep (const CkExtractCtx *ctx, guint f, guint e)
{
  for (guint k = f; k < e; k++)
    if (trail_sep (ctx, k))
      return TRUE;
  return FALSE;
}

gboolean
ck_venue_dateline_paper (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint p = 1; p < ctx->t->paras->len && p < 6; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      const CkLine *dl, *nl;
      guint ns, ne;
      CkDate *date;
      CkRecord *rec;
      if (pp->flags & CK_PARA_PROSE)
        break;
      if (pp->line_end - pp->line_first != 2)
        continue;
      dl = &g_array_index (ctx->t->lines, CkLine, pp->line_first);
      nl = &g_array_index (ctx->t->lines, CkLine, pp->line_first + 1);
      ns = nl->tok_first;
      ne = nl->tok_end;
      if (dl->tok_end <= dl->tok_first || ne <= ns || ck_is_claimed (ctx, pp->tok_first, pp->tok_end))
        continue;
      /* the paper's name: known, or "The" and one to three capitalised
       * words that are no place and no person */
      if (!ck_span_in_lex (ctx, ns, ne, CK_LEX_PERIODICALS) &&
          (!ck_tok_is (ctx, ns, "The") || ne - ns < 2 || ne - ns > 4 ||
           ck_title_span_forward (ctx, ns, ne, FALSE) != ne || ck_span_in_lex (ctx, ns + 1, ne, CK_LEX_PLACES) ||
           ck_tok_in_lex (ctx, ns + 1, CK_LEX_GIVEN_NAMES)))
        continue;
      if (!(date = ck_venue_date_only (ctx, dl->tok_first, dl->tok_end)))
        continue;
      rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
      ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, ns, ne));
      ck_record_take_date (rec, CK_DATE_ISSUED, date);
      ck_mention_add (ctx, det, rec, dl->start, nl->end, dl->tok_first, CK_MENTION_SELF);
      ck_claim (ctx, pp->tok_first, pp->tok_end);
      /* the heading: the first line of one alone above, past the site's
       * navigation; the standfirst under it names the reviewer
       * (ck_review_standfirst_says) */
      for (guint q = 0; q < p && !ctx->review_title; q++)
        {
          const CkPara *hp = &g_array_index (ctx->t->paras, CkPara, q);
          guint f = hp->tok_first, e = hp->tok_end;
          if (e <= f || hp->line_end - hp->line_first != 1 || has_trail_sep (ctx, f, e) || ck_is_claimed (ctx, f, e))
            continue;
          if (!ck_tok_cap_word (ctx, f) || ck_count_words (ctx, f, e) > 18 || ck_tok_is_punct (ctx, e - 1, '.'))
            break;
          ctx->review_title = ck_span_dup (ctx, f, e);
          ctx->review_title_start = ck_tok (ctx, f)->start;
          ctx->review_title_end = ck_tok (ctx, e - 1)->end;
          ck_claim (ctx, f, e);
        }
      return TRUE;
    }
  return FALSE;
}
