/* detect-article.c — a quoted article next to its periodical:
 *
 *   Surname in "Article Title?" (Periodical, March 1961)
 *   "Article Title" in The Periodical Name (May 3, 1984)
 *
 * One record: the quote is the title, the periodical its container, the
 * date in the parenthesis its date.  The parenthesis must hold a date (a
 * month or season with a year, or a year), so that "(Harbour Weekly)" alone or
 * "(see below)" does not count.  The author is a name just before "in" or
 * "by" in front of the quote, or else found like a pronoun's antecedent.
 */
#include "extract-private.h"
#include <string.h>

static guint
quote_close (const CkExtractCtx *ctx, guint open)
{
  guint n = ck_n_toks (ctx);
  for (guint q = open + 1; q < n && q < open + 40; q++)
    {
      if (ck_tok (ctx, q)->nl >= 2 || ck_tok (ctx, q)->kind == CK_TOK_QUOTE_OPEN)
        return 0;
      if (ck_tok (ctx, q)->kind == CK_TOK_QUOTE_CLOSE)
        return q;
    }
  return 0;
}

/* A date filling tokens [s,e): "March 1961", "May 3, 1984". */
static CkDate *
date_in (const CkExtractCtx *ctx, guint s, guint e)
{
  g_autofree char *txt = NULL;
  CkDate *d;
  gboolean year = FALSE;
  if (e <= s || e > s + 5)
    return NULL;
  for (guint k = s; k < e; k++)
    year |= (ck_tok (ctx, k)->flags & CK_TOKF_YEAR) != 0;
  if (!year)
    return NULL;
  txt = ck_span_dup (ctx, s, e);
  d = txt ? ck_date_parse (txt) : NULL;
  if (d && d->year == 0)
    g_clear_pointer (&d, ck_date_free);
  return d;
}

void
ck_detect_quoted_article (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 4 < n; i++)
    {
      guint q, te, ps, pe, open, close, first, who = G_MAXUINT;
      g_autoptr(CkDate) date = NULL;
      CkRecord *rec;
      if (ck_tok (ctx, i)->kind != CK_TOK_QUOTE_OPEN || ck_is_claimed (ctx, i, i + 1))
        continue;
      q = quote_close (ctx, i);
      if (!q || q < i + 2 || !(ck_tok (ctx, i + 1)->flags & CK_TOKF_CAP))
        continue;
      te = q;
      if (ck_tok_is_punct (ctx, te - 1, ',') || ck_tok_is_punct (ctx, te - 1, '.'))
        te--;
      if (ck_count_words (ctx, i + 1, te) < 2)
        continue;
      open = q + 1;
      if (ck_tok_is_punct (ctx, open, ','))
        open++;
      if (ck_tok_is_punct (ctx, open, '('))
        {
          /* "Title" (Periodical, Month Year) */
          ps = open + 1;
          pe = ck_title_span_forward (ctx, ps, MIN (n, ps + 12), FALSE);
          if (pe == ps || !ck_tok_is_punct (ctx, pe, ','))
            continue;
          close = pe + 1;
          while (close < n && close < pe + 8 && !ck_tok_is_punct (ctx, close, ')'))
            close++;
          if (!ck_tok_is_punct (ctx, close, ')') || !(date = date_in (ctx, pe + 1, close)))
            continue;
        }
      else if (ck_tok_is (ctx, open, "in") && open + 1 < n)
        {
          /* "Title" in The Periodical (Month Day, Year) */
          ps = open + 1;
          pe = ck_title_span_forward (ctx, ps, MIN (n, ps + 12), FALSE);
          if (pe == ps || !ck_tok_is_punct (ctx, pe, '('))
            continue;
          close = pe + 1;
          while (close < n && close < pe + 8 && !ck_tok_is_punct (ctx, close, ')'))
            close++;
          if (!ck_tok_is_punct (ctx, close, ')') || !(date = date_in (ctx, pe + 1, close)))
            continue;
        }
      else
        continue;
      if (ck_is_claimed (ctx, i, close + 1) || !ck_title_plausible (ctx, ps, pe))
        continue;
      rec = ck_record_new (CK_TYPE_ARTICLE_MAGAZINE);
      {
        g_autofree char *title = ck_span_dup (ctx, i + 1, te);
        ck_assemble_title (rec, g_steal_pointer (&title));
      }
      ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, ps, pe));
      ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
      /* the issue as the text names it, as periodical-issue does */
      ck_record_take (rec, CK_FIELD_ISSUE, ck_span_dup (ctx, pe + 1, close));
      first = i;
      /* "Surname in", "by Given Family in" */
      if (i >= 2 && (ck_tok_is (ctx, i - 1, "in") || ck_tok_is (ctx, i - 1, "by")))
        {
          guint ns = ck_name_span_backward (ctx, i - 1, ck_sentence_start (ctx, i));
          if (ns < i - 1)
            {
              g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
              ck_names_forward (ctx, ns, i - 1, CK_ROLE_AUTHOR, names);
              for (guint k = 0; k < names->len; k++)
                ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, k)));
              if (names->len)
                who = first = ns;
            }
        }
      ck_mention_add (ctx, det, rec, ck_tok (ctx, first)->start, ck_tok (ctx, close)->end, i,
                      who == G_MAXUINT ? CK_MENTION_PRONOUN : 0);
      ck_claim (ctx, first, close + 1);
      i = close;
    }
}

/* "Foreign Name (English Gloss)" where the gloss names a kind of
 * periodical ("Weekly", "Annals", "Review"): the foreign name is a
 * periodical's.  "Teatro Luce (Light Theatre)" is not. */
void
ck_detect_glossed_periodical (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 2 < n; i++)
    {
      guint c, ge, ts, floor;
      gboolean cue = FALSE, shared = FALSE;
      CkRecord *rec;
      if (!ck_tok_is_punct (ctx, i, '(') || ck_is_claimed (ctx, i, i + 1))
        continue;
      ge = ck_title_span_forward (ctx, i + 1, MIN (n, i + 12), FALSE);
      if (ge == i + 1 || !ck_tok_is_punct (ctx, ge, ')'))
        continue;
      c = ge;
      for (guint k = i + 1; k < ge; k++)
        {
          const CkToken *t = ck_tok (ctx, k);
          if (t->kind == CK_TOK_WORD && ck_lex_lookup (CK_LEX_PERIODICAL_CUES, ctx->text + t->start, t->end - t->start))
            cue = TRUE;
        }
      if (!cue)
        continue;
      floor = ck_sentence_start (ctx, i);
      ts = ck_title_span_backward (ctx, i, floor);
      if (ts >= i || ck_is_claimed (ctx, ts, i) || !ck_title_plausible (ctx, ts, i) ||
          (ts == floor && ck_count_words (ctx, ts, i) < 2))
        continue;
      /* a gloss translates: it shares no word with the name */
      for (guint a = ts; a < i && !shared; a++)
        for (guint b = i + 1; b < ge && !shared; b++)
          if (ck_tok (ctx, a)->kind == CK_TOK_WORD && !(ck_tok (ctx, a)->flags & CK_TOKF_FUNC))
            {
              g_autofree char *wa = ck_tok_dup (ctx, a);
              shared = ck_tok_is (ctx, b, wa);
            }
      if (shared || (ts > 0 && ck_tok_is (ctx, ts - 1, "by")))
        continue;
      rec = ck_record_new (CK_TYPE_PERIODICAL);
      ck_record_take (rec, CK_FIELD_TITLE, ck_span_dup (ctx, ts, i));
      ck_record_take (rec, CK_FIELD_TRANSLATED_TITLE, ck_span_dup (ctx, i + 1, ge));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, c)->end, ts, 0);
      ck_claim (ctx, ts, c + 1);
      i = c;
    }
}
