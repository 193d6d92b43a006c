/* venue-print-line.c — a newspaper site's note of where the piece ran in
 * print, set at its foot:
 *
 *   A version of this review appears in print on June 12, 2016, on Page
 *   BR28 of the Sunday Book Review with the headline: Salt and Iron.
 *
 * It is the review's own record: the section or edition (the "New York
 * edition" is the paper itself), the date, the page and the headline.
 * A monthly's form gives the issue's month and the headline only:
 *
 *   This article appears in the March 2021 print edition with the
 *   headline “Salt and Iron.”
 *
 * and a quarterly's or a weekly's, the issue named by its date:
 *
 *   A version of this article appears in the Summer 2022 issue of Salt
 *   Quarterly (No. 31) under the headline “Salt and Iron.”
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <string.h>

static guint
find_word (const CkExtractCtx *ctx, guint k, guint e, const char *w)
{
  while (k < e && !ck_tok_is (ctx, k, w))
    k++;
  return k;
}

/* The headline quoted at @open, closed on its line within 30 tokens:
 * *@te ends its words (the stop or comma before the closing quote left
 * out), *@after is the token after the quote.  FALSE when it is not
 * closed. */
static gboolean
quoted_headline (const CkExtractCtx *ctx, guint open, guint *te, guint *after)
{
  guint n = ck_n_toks (ctx), hs = open + 1, he = hs;
  while (he < n && he < hs + 30 && ck_tok (ctx, he)->kind != CK_TOK_QUOTE_CLOSE && ck_tok (ctx, he)->nl == 0)
    he++;
  if (he >= n || ck_tok (ctx, he)->kind != CK_TOK_QUOTE_CLOSE)
    return FALSE;
  *after = he + 1;
  while (he > hs && (ck_tok_is_punct (ctx, he - 1, '.') || ck_tok_is_punct (ctx, he - 1, ',')))
    he--;
  *te = he;
  return TRUE;
}

/* "This article appears in the March 2021 print edition with the headline
 * “T.”" at @i: adds the review's own record; TRUE when it was one. */
static gboolean
monthly_print_line (CkExtractCtx *ctx, const CkDetector *det, guint i, const char * const *pieces)
{
  guint n = ck_n_toks (ctx), k, print, hs, he, end;
  g_autoptr(CkDate) date = NULL;
  CkRecord *rec;
  if (!(ck_tok_is (ctx, i, "This") && i + 12 < n && ck_tok_in_words (ctx, i + 1, pieces) &&
        (ck_tok_is (ctx, i + 2, "appears") || ck_tok_is (ctx, i + 2, "appeared")) && ck_tok_is (ctx, i + 3, "in") &&
        ck_tok_is (ctx, i + 4, "the")))
    return FALSE;
  print = find_word (ctx, i + 5, MIN (n, i + 10), "print");
  if (print >= MIN (n, i + 10) || print == i + 5 || !ck_tok_is (ctx, print + 1, "edition") ||
      !ck_tok_is (ctx, print + 2, "with") || !ck_tok_is (ctx, print + 3, "the") || !ck_tok_is (ctx, print + 4, "headline"))
    return FALSE;
  {
    g_autofree char *ds = ck_span_dup (ctx, i + 5, print);
    date = ck_date_parse (ds);
  }
  k = print + 5;
  if (ck_tok_is_punct (ctx, k, ':'))
    k++;
  if (!date || !date->year || k >= n || ck_tok (ctx, k)->kind != CK_TOK_QUOTE_OPEN)
    return FALSE;
  hs = k + 1;
  if (!quoted_headline (ctx, k, &he, &end) || he <= hs)
    return FALSE;
  rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  ck_record_take (rec, CK_FIELD_TITLE, ck_span_dup (ctx, hs, he));
  ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
  ck_mention_add (ctx, det, rec, ck_tok (ctx, i)->start, ck_tok (ctx, end - 1)->end, hs, CK_MENTION_SELF);
  ck_claim (ctx, i, end);
  return TRUE;
}

/* The token after any italic tags ("</i>", "<i>") at @k. */
static guint
skip_italic_tags (const CkExtractCtx *ctx, guint k, guint n)
{
  for (guint t; k < n && ((t = ck_italic_tag_at (ctx, k, n, TRUE)) > k || (t = ck_italic_tag_at (ctx, k, n, FALSE)) > k);)
    k = t;
  return k;
}

/* "A version of this article appears in the Summer 2022 issue of X (No.
 * 31) under the headline “T.”", "This article first appeared in the 21
 * September 2009 issue of the X" at @i: the review's own record, its
 * periodical, the issue's date and number and the headline; TRUE when
 * it was one. */
static gboolean
issue_of_line (CkExtractCtx *ctx, const CkDetector *det, guint i, const char * const *pieces)
{
  static const char * const verbs[] = { "appears", "appeared", "first", "originally", "ran", "was", "is", NULL };
  guint n = ck_n_toks (ctx), k = i, issue, ns, ne, end;
  g_autoptr(CkDate) date = NULL;
  CkRecord *rec;
  if (ck_tok_is (ctx, k, "A") && ck_tok_is (ctx, k + 1, "version") && ck_tok_is (ctx, k + 2, "of"))
    k += 3;
  if (k + 8 >= n || !(ck_tok_is (ctx, k, "this") || ck_tok_is (ctx, k, "This")) || !ck_tok_in_words (ctx, k + 1, pieces))
    return FALSE;
  k += 2;
  while (k < n && k < i + 10 && ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, verbs))
    k++;
  if (!ck_tok_is (ctx, k, "in") || !ck_tok_is (ctx, k + 1, "the"))
    return FALSE;
  issue = find_word (ctx, k + 2, MIN (n, k + 8), "issue");
  if (issue >= MIN (n, k + 8) || issue == k + 2 || !ck_tok_is (ctx, issue + 1, "of"))
    return FALSE;
  {
    g_autofree char *ds = ck_span_dup (ctx, k + 2, issue);
    date = ck_date_parse (ds);
  }
  ns = issue + 2;
  if (ck_tok_is (ctx, ns, "the") && ck_tok_lower_word (ctx, ns))
    ns++;
  /* "issue of </i>Salt Quarterly<i> (No. 31)": a page's italics around
   * the name, as the rest of the line is set in them */
  ns = skip_italic_tags (ctx, ns, n);
  ne = ck_title_span_forward (ctx, ns, MIN (n, ns + 12), FALSE);
  if (!date || !date->year || ne <= ns || !ck_tok_cap_word (ctx, ns))
    return FALSE;
  rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, ns, ne));
  ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
  end = skip_italic_tags (ctx, ne, n);
  /* "(No. 31)"; without a number the issue is known by its date */
  if (end + 4 < n && ck_tok_is_punct (ctx, end, '(') && ck_tok_is (ctx, end + 1, "No") && ck_tok_is_punct (ctx, end + 2, '.') &&
      ck_tok (ctx, end + 3)->kind == CK_TOK_NUMBER && ck_tok_is_punct (ctx, end + 4, ')'))
    {
      ck_record_take (rec, CK_FIELD_ISSUE, ck_tok_dup (ctx, end + 3));
      end += 5;
    }
  else
    ck_record_take (rec, CK_FIELD_ISSUE, ck_span_dup (ctx, k + 2, issue));
  /* "under the headline “T.”" */
  if (end + 4 < n && (ck_tok_is (ctx, end, "under") || ck_tok_is (ctx, end, "with")) && ck_tok_is (ctx, end + 1, "the") &&
      ck_tok_is (ctx, end + 2, "headline") && ck_tok (ctx, end + 3)->kind == CK_TOK_QUOTE_OPEN)
    {
      guint hs = end + 4, te, after;
      if (quoted_headline (ctx, end + 3, &te, &after))
        {
          if (te > hs)
            ck_record_take (rec, CK_FIELD_TITLE, ck_span_dup (ctx, hs, te));
          end = after;
        }
    }
  ck_mention_add (ctx, det, rec, ck_tok (ctx, i)->start, ck_tok (ctx, end - 1)->end, ns, CK_MENTION_SELF);
  ck_claim (ctx, i, end);
  return TRUE;
}

void
ck_detect_print_line (CkExtractCtx *ctx, const CkDetector *det)
{
  static const char * const pieces[] = { "review", "article", "essay", "list", "story", "column", NULL };
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 12 < n; i++)
    {
      guint e, on, page, of, name_s, name_e, with, head_s, head_e;
      g_autoptr(CkDate) date = NULL;
      CkRecord *rec;
      if (!ck_is_claimed (ctx, i, i + 1) && (monthly_print_line (ctx, det, i, pieces) || issue_of_line (ctx, det, i, pieces)))
        return;
      if (!(ck_tok_is (ctx, i, "A") && ck_tok_is (ctx, i + 1, "version") && ck_tok_is (ctx, i + 2, "of") &&
            ck_tok_is (ctx, i + 3, "this") && ck_tok_in_words (ctx, i + 4, pieces) &&
            (ck_tok_is (ctx, i + 5, "appears") || ck_tok_is (ctx, i + 5, "appeared")) && ck_tok_is (ctx, i + 6, "in") &&
            ck_tok_is (ctx, i + 7, "print") && ck_tok_is (ctx, i + 8, "on")) ||
          ck_is_claimed (ctx, i, i + 9))
        continue;
      e = ck_sentence_end (ctx, i);
      /* the sentence ends at the headline's stop, which may be inside it */
      while (e < n && e < i + 80 && ck_tok (ctx, e)->nl == 0 && !ck_tok_is_punct (ctx, e - 1, '.'))
        e++;
      on = find_word (ctx, i + 9, e, "on");
      page = on + 1;
      if (on >= e || !(ck_tok_is (ctx, page, "Page") || ck_tok_is (ctx, page, "page")) || page + 1 >= e)
        continue;
      {
        g_autofree char *ds = ck_span_dup (ctx, i + 9, ck_tok_is_punct (ctx, on - 1, ',') ? on - 1 : on);
        date = ck_date_parse (ds);
      }
      of = page + 2;
      if (!date || !date->year || !ck_tok_is (ctx, of, "of"))
        continue;
      name_s = of + 1;
      if (ck_tok_is (ctx, name_s, "the"))
        name_s++;
      with = find_word (ctx, name_s, e, "with");
      name_e = with;
      if (with >= e || name_e <= name_s || !ck_tok_is (ctx, with + 1, "the") || !ck_tok_is (ctx, with + 2, "headline") ||
          !ck_tok_is_punct (ctx, with + 3, ':'))
        continue;
      head_s = with + 4;
      head_e = e;
      while (head_e > head_s && ck_tok_is_punct (ctx, head_e - 1, '.'))
        head_e--;
      if (head_e <= head_s)
        continue;
      rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
      ck_record_take (rec, CK_FIELD_TITLE, ck_span_dup (ctx, head_s, head_e));
      if (ck_tok_is (ctx, name_s, "New") && ck_tok_is (ctx, name_s + 1, "York") && ck_tok_is (ctx, name_s + 2, "edition"))
        ck_record_set (rec, CK_FIELD_CONTAINER_TITLE, "The New York Times");
      else
        ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, name_s, name_e));
      ck_record_take (rec, CK_FIELD_PAGES, ck_tok_dup (ctx, page + 1));
      ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, i)->start, ck_tok (ctx, e - 1)->end, head_s, CK_MENTION_SELF);
      ck_claim (ctx, i, e);
      return;
    }
}
