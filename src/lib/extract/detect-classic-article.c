/* detect-classic-article.c — journal articles cited the British and
 * classical way, with the comma outside the quotes and the volume often
 * in roman numerals:
 *
 *   A. B. Name's 'Title', C.Q. N.S. x (1960), 84-102
 *   Name, 'Title', Harbour Quarterly 12 (1958), pp. 3-20
 *   'Title', J.H.S. lxxx (1960), 14-22
 *
 * The quoted title, then a journal (capitalised words or an abbreviation
 * with stops), an optional series mark ("N.S.", "n.s.", "2nd ser."), the
 * volume, the year in brackets and the pages: all five must be there, so
 * a quotation followed by a date is not taken.
 */
#include "scholar-shapes.h"
#include <stdlib.h>
#include <string.h>

#define CA_MAX_TITLE   40   /* tokens inside the quotes */
#define CA_MAX_JOURNAL 12   /* tokens of the journal's name */

/* "x", "lxxx", "XIV": a volume in roman numerals. */
gboolean
ck_roman_volume_tok (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  gsize n = t->end - t->start;
  if (t->kind != CK_TOK_WORD || n == 0 || n > 8)
    return FALSE;
  for (gsize b = 0; b < n; b++)
    if (!strchr ("ivxlcdmIVXLCDM", ctx->text[t->start + b]))
      return FALSE;
  return TRUE;
}

/* A volume at @k: a number that is no year, or a roman numeral. */
static gboolean
volume_tok (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  if (t->kind == CK_TOK_NUMBER)
    return !(t->flags & CK_TOKF_YEAR) && t->end - t->start <= 4;
  return ck_roman_volume_tok (ctx, k);
}

static gboolean
dash_tok (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, 0x2013);
}

/* "N.S.", "n.s.", "NS", "2nd ser.", "new ser." at @k: its end, or @k. */
static guint
series_mark_end (const CkExtractCtx *ctx, guint k, guint e)
{
  static const char * const ser[] = { "ser", "series", NULL };
  if (k + 3 < e && ck_tok_is (ctx, k, "n") && ck_tok_is_punct (ctx, k + 1, '.') && ck_tok_is (ctx, k + 2, "s") &&
      ck_tok_is_punct (ctx, k + 3, '.'))
    return k + 4;
  if (k < e && ck_tok_is (ctx, k, "NS") && (ck_tok (ctx, k)->flags & CK_TOKF_UPPER))
    return k + 1;
  if (k + 1 < e && (ck_tok (ctx, k)->kind == CK_TOK_NUMBER || ck_tok_is (ctx, k, "new")) && ck_tok_in_words (ctx, k + 1, ser))
    return ck_tok_is_punct (ctx, k + 2, '.') ? k + 3 : k + 2;
  return k;
}

/* The journal from @s: capitalised words, function words, initials with
 * stops ("C.Q.", "J.H.S."), up to the series mark or volume.  Returns
 * its end, @s when none; *@vol is the volume token. */
static guint
journal_end (const CkExtractCtx *ctx, guint s, guint e, guint *vol)
{
  guint k = s, je = s;
  while (k < e && k < s + CA_MAX_JOURNAL)
    {
      const CkToken *t = ck_tok (ctx, k);
      guint m;
      if (t->nl >= 2)
        return s;
      if (k > s && (m = series_mark_end (ctx, k, e)) > k)
        {
          if (!volume_tok (ctx, m))
            return s;
          *vol = m;
          return je;
        }
      /* the volume: only after a name, and before "(Year)" */
      if (k > s && volume_tok (ctx, k) && ck_tok_is_punct (ctx, k + 1, '(') &&
          (ck_tok (ctx, k + 2)->flags & CK_TOKF_YEAR))
        {
          *vol = k;
          return je;
        }
      if ((t->kind == CK_TOK_WORD && (t->flags & (CK_TOKF_CAP | CK_TOKF_FUNC))) ||
          (ck_tok_is_punct (ctx, k, '.') && k > s && ck_tok (ctx, k - 1)->kind == CK_TOK_WORD) ||
          ck_tok_is_punct (ctx, k, '&'))
        {
          k++;
          je = k;
          continue;
        }
      return s;
    }
  return s;
}

/* The author before the quote at @q: "A. B. Name's" or "A. B. Name,".
 * Appends to @rec and returns the first token, or @q. */
static guint
author_before (const CkExtractCtx *ctx, guint q, CkRecord *rec)
{
  guint floor = ck_sentence_start (ctx, q), end, ns;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  if (q < floor + 2)
    return q;
  end = q - 1;
  if (!(ck_tok (ctx, end)->kind == CK_TOK_POSS || ck_tok_is_punct (ctx, end, ',')))
    return q;
  ns = ck_name_span_backward (ctx, end, floor);
  if (ns >= end)
    return q;
  /* "L. L. Vell and W. R. Reed," */
  if (ns > floor + 1 && (ck_tok_is (ctx, ns - 1, "and") || ck_tok_is_punct (ctx, ns - 1, '&')))
    {
      guint ns2 = ck_name_span_backward (ctx, ns - 1, floor);
      if (ns2 < ns - 1)
        ns = ns2;
    }
  ck_names_forward (ctx, ns, end, CK_ROLE_AUTHOR, names);
  for (guint i = 0; i < names->len; i++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, i)));
  return names->len ? ns : q;
}

/* The lawyers' citation after a quoted title at @k: "(1962) 75 L.Q.R.
 * 210", "(1931) 41 Yale L.J. 112": the year in brackets, the volume, the
 * journal's abbreviation (capitals and stops) and the first page.
 * Returns the page's token, or 0; sets the year, volume and journal. */
guint
ck_law_source (const CkExtractCtx *ctx, guint k, guint n, guint *y, guint *vol, guint *js, guint *je)
{
  guint q, stops = 0;
  if (k + 5 >= n || !ck_tok_is_punct (ctx, k, '(') || !(ck_tok (ctx, k + 1)->flags & CK_TOKF_YEAR) ||
      !ck_tok_is_punct (ctx, k + 2, ')') || ck_tok (ctx, k + 3)->kind != CK_TOK_NUMBER ||
      (ck_tok (ctx, k + 3)->flags & CK_TOKF_YEAR) || ck_tok (ctx, k + 3)->nl >= 2)
    return 0;
  for (q = k + 4; q < n && q < k + 4 + CA_MAX_JOURNAL && ck_tok (ctx, q)->nl < 2; q++)
    {
      if (ck_tok_is_punct (ctx, q, '.'))
        stops++;
      else if (!(ck_tok_cap_word (ctx, q) || ck_tok_is_punct (ctx, q, '&') ||
                 (ck_tok (ctx, q)->kind == CK_TOK_WORD && (ck_tok (ctx, q)->flags & CK_TOKF_UPPER))))
        break;
    }
  /* an abbreviation: stops in it, then the page */
  if (q == k + 4 || stops == 0 || q >= n || ck_tok (ctx, q)->kind != CK_TOK_NUMBER || (ck_tok (ctx, q)->flags & CK_TOKF_YEAR))
    return 0;
  *y = k + 1;
  *vol = k + 3;
  *js = k + 4;
  *je = q;
  /* "L.Q.R." keeps its last stop */
  return q;
}

/* "Journal, Papers and Proceedings, vol. LVII (1967), pp. 347-59" at
 * @j: the name before the first comma, perhaps a part's name after it,
 * then "vol." and the volume before "(Year)".  Returns the volume's
 * token, or G_MAXUINT; *@je is the name's end. */
static guint
labelled_volume (const CkExtractCtx *ctx, guint j, guint n, guint *je)
{
  guint k = j;
  while (k < n && k < j + CA_MAX_JOURNAL && (ck_tok_cap_word (ctx, k) || (k > j && (ck_tok (ctx, k)->flags & CK_TOKF_FUNC))))
    k++;
  if (k == j || !ck_tok_is_punct (ctx, k, ','))
    return G_MAXUINT;
  *je = k;
  k++;
  /* ", Papers and Proceedings," */
  if (ck_tok_cap_word (ctx, k) && !ck_tok_is (ctx, k, "Vol"))
    {
      guint p = k;
      while (p < n && p < k + 6 && (ck_tok_cap_word (ctx, p) || (ck_tok (ctx, p)->flags & CK_TOKF_FUNC)))
        p++;
      if (!ck_tok_is_punct (ctx, p, ','))
        return G_MAXUINT;
      k = p + 1;
    }
  if (!(ck_tok_is (ctx, k, "vol") || ck_tok_is (ctx, k, "Vol")) || !ck_tok_is_punct (ctx, k + 1, '.') || k + 3 >= n ||
      !volume_tok (ctx, k + 2) || !ck_tok_is_punct (ctx, k + 3, '('))
    return G_MAXUINT;
  return k + 2;
}

void
ck_detect_classic_article (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 8 < n; i++)
    {
      guint close, te, j, je, vol = G_MAXUINT, y, ps, pe, as;
      CkRecord *rec;
      if (ck_tok (ctx, i)->kind != CK_TOK_QUOTE_OPEN || ck_is_claimed (ctx, i, i + 1))
        continue;
      close = ck_quote_close_nested (ctx, i, MIN (n, i + CA_MAX_TITLE));
      if (!close || close < i + 2 || !ck_tok_cap_word (ctx, i + 1))
        continue;
      te = close;
      while (te > i + 1 && (ck_tok_is_punct (ctx, te - 1, ',') || ck_tok_is_punct (ctx, te - 1, '.')))
        te--;
      j = close + 1;
      /* "'Title' (1962) 75 L.Q.R. 210" */
      {
        guint ly, lv, ljs, lje, pg = ck_law_source (ctx, j, n, &ly, &lv, &ljs, &lje);
        if (pg && !ck_is_claimed (ctx, i, pg + 1))
          {
            rec = ck_record_new (CK_TYPE_ARTICLE_JOURNAL);
            ck_assemble_title (rec, ck_span_dup (ctx, i + 1, te));
            ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, ljs, lje));
            ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, lv));
            ck_record_take (rec, CK_FIELD_PAGES, ck_tok_dup (ctx, pg));
            ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, ly)->start), 0, 0));
            as = author_before (ctx, i, rec);
            ck_mention_add (ctx, det, rec, ck_tok (ctx, as)->start, ck_tok (ctx, pg)->end, i + 1,
                            ck_record_count_role (rec, CK_ROLE_AUTHOR) ? 0 : CK_MENTION_PRONOUN);
            ck_claim (ctx, as, pg + 1);
            i = pg;
            continue;
          }
      }
      /* the comma outside the quotes (or inside, already passed) */
      if (ck_tok_is_punct (ctx, j, ','))
        j++;
      else if (te == close)
        continue;
      if (j >= n || !(ck_tok (ctx, j)->flags & CK_TOKF_CAP) || ck_tok (ctx, j)->nl >= 2)
        continue;
      je = journal_end (ctx, j, n, &vol);
      /* "Journal, Papers and Proceedings, vol. LVII (1967)" */
      if (je == j || vol == G_MAXUINT)
        vol = labelled_volume (ctx, j, n, &je);
      if (je == j || vol == G_MAXUINT || vol + 4 >= n)
        continue;
      /* "(1960)" */
      if (!ck_tok_is_punct (ctx, vol + 1, '(') || !(ck_tok (ctx, vol + 2)->flags & CK_TOKF_YEAR) ||
          !ck_tok_is_punct (ctx, vol + 3, ')'))
        continue;
      y = vol + 2;
      /* the pages: ", 84-102", ": 84-102", ", pp. 84-102" */
      ps = vol + 4;
      if (!(ck_tok_is_punct (ctx, ps, ',') || ck_tok_is_punct (ctx, ps, ':')))
        continue;
      ps++;
      if ((ck_tok_is (ctx, ps, "pp") || ck_tok_is (ctx, ps, "p")) && ck_tok_is_punct (ctx, ps + 1, '.'))
        ps += 2;
      if (ps >= n || ck_tok (ctx, ps)->kind != CK_TOK_NUMBER || (ck_tok (ctx, ps)->flags & CK_TOKF_YEAR))
        continue;
      pe = ps + 1;
      if (pe + 1 < n && dash_tok (ctx, pe) && ck_tok (ctx, pe + 1)->kind == CK_TOK_NUMBER)
        pe += 2;
      rec = ck_record_new (CK_TYPE_ARTICLE_JOURNAL);
      ck_assemble_title (rec, ck_span_dup (ctx, i + 1, te));
      ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, j, je));
      ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, vol));
      ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, ps, pe));
      ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, y)->start), 0, 0));
      as = author_before (ctx, i, rec);
      ck_mention_add (ctx, det, rec, ck_tok (ctx, as)->start, ck_tok (ctx, pe - 1)->end, i + 1,
                      ck_record_count_role (rec, CK_ROLE_AUTHOR) ? 0 : CK_MENTION_PRONOUN);
      ck_claim (ctx, as, pe);
      i = pe - 1;
    }
}
