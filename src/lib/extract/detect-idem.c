/* detect-idem.c — an article cited after "idem" or "Id." in a note, the
 * author named in the citation before it:
 *
 *   …; idem, "The Dock," ibid. 13 (1992): 44-60.
 *   Id., 'Money and Ports', ibid. 21 (1971), 44-60.
 *   Eadem, "Salt Wives," Harbour Review 9 (1980): 3-19.
 *
 * "idem" (masc.), "eadem" (fem.), "Id." repeat the author of the
 * citation before; "ibid." in the place of the journal repeats its
 * periodical.  Without this detector the quoted title is read alone, as a
 * book with no author.  Runs after the journal detectors, whose mentions
 * it reads (the "ibid." form) or before them (a named periodical, which
 * they would take without its author).
 */
#include "detect-extra.h"

#include <stdlib.h>

static const char * const idem_words[] = { "idem", "id", "eadem", "ead", NULL };

/* The last mention that starts before byte @at and names an author. */
static const CkMention *
mention_before (const CkExtractCtx *ctx, gsize at)
{
  const CkMention *best = NULL;
  for (guint m = 0; m < ctx->mentions->len; m++)
    {
      const CkMention *mn = g_ptr_array_index (ctx->mentions, m);
      if (mn->start < at && ck_record_count_role (mn->rec, CK_ROLE_AUTHOR) > 0 && (!best || mn->start > best->start))
        best = mn;
    }
  return best;
}

/* Whether the citation of @prev ends right before token @i: a page
 * reference and a note number may stand between, no other citation (a
 * quoted title a later detector has still to read). */
static gboolean
adjacent (const CkExtractCtx *ctx, const CkMention *prev, guint i)
{
  guint k = i, steps = 0;
  while (k > 0 && ck_tok (ctx, k - 1)->end > prev->end)
    {
      k--;
      if (++steps > 15 || ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN || ck_tok (ctx, k)->kind == CK_TOK_QUOTE_CLOSE)
        return FALSE;
    }
  return TRUE;
}

/* "13 (1992): 44-60", "21 (1971), 44-60" at @k: volume, year and pages
 * into @rec; the token after them, or @k. */
static guint
volume_year_pages (const CkExtractCtx *ctx, guint k, CkRecord *rec)
{
  guint n = ck_n_toks (ctx), j = k, ps;
  if (!(j + 3 < n && ck_tok (ctx, j)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j)->flags & CK_TOKF_YEAR) &&
        ck_tok_is_punct (ctx, j + 1, '(') && (ck_tok (ctx, j + 2)->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, j + 3, ')')))
    return k;
  ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, j));
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, j + 2)->start), 0, 0));
  j += 4;
  if (j + 1 < n && (ck_tok_is_punct (ctx, j, ':') || ck_tok_is_punct (ctx, j, ',')) && ck_tok (ctx, j + 1)->kind == CK_TOK_NUMBER &&
      !(ck_tok (ctx, j + 1)->flags & CK_TOKF_YEAR))
    {
      ps = j + 1;
      j += 2;
      if (j + 1 < n && (ck_tok_is_punct (ctx, j, '-') || ck_tok_is_punct (ctx, j, 0x2013)) &&
          ck_tok (ctx, j + 1)->kind == CK_TOK_NUMBER)
        j += 2;
      ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, ps, j));
    }
  return j;
}

/* @ibid: the "ibid." form, which needs the journal detectors' mentions
 * (run after them); else the form with the periodical's name, which must
 * run before them, since they would read the quoted title without its
 * author. */
static void
detect_idem (CkExtractCtx *ctx, const CkDetector *det, gboolean ibid)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 8 < n; i++)
    {
      guint k = i + 1, open, close, te, js, je, end;
      const CkMention *prev;
      g_autoptr(CkRecord) rec = NULL;
      if (ck_tok (ctx, i)->kind != CK_TOK_WORD || !ck_tok_in_words (ctx, i, idem_words) || ck_is_claimed (ctx, i, i + 1))
        continue;
      /* "Id." needs its stop; "idem" may have none */
      if (ck_tok_is_punct (ctx, k, '.'))
        k++;
      else if (ck_tok_is (ctx, i, "id") || ck_tok_is (ctx, i, "ead"))
        continue;
      if (!ck_tok_is_punct (ctx, k, ','))
        continue;
      open = k + 1;
      if (ck_tok (ctx, open)->kind != CK_TOK_QUOTE_OPEN || ck_is_claimed (ctx, open, open + 1) ||
          !(close = ck_quote_close_nested (ctx, open, MIN (n, open + 40))))
        continue;
      te = close;
      while (te > open + 1 && (ck_tok_is_punct (ctx, te - 1, ',') || ck_tok_is_punct (ctx, te - 1, '.')))
        te--;
      if (te <= open + 1 || !ck_title_plausible (ctx, open + 1, te))
        continue;
      js = close + 1;
      if (ck_tok_is_punct (ctx, js, ','))
        js++;
      /* the periodical: "ibid." (the one cited before), or its name */
      if (ck_tok_is (ctx, js, "ibid") != ibid)
        continue;
      if (ibid)
        je = ck_tok_is_punct (ctx, js + 1, '.') ? js + 2 : js + 1;
      else
        {
          je = js;
          while (je < n && je < js + 12 && (ck_tok_cap_word (ctx, je) || (je > js && (ck_tok (ctx, je)->flags & CK_TOKF_FUNC))))
            je++;
          if (je == js || !ck_names_periodical (ctx, js, je))
            continue;
        }
      prev = mention_before (ctx, ck_tok (ctx, i)->start);
      if (!prev || !adjacent (ctx, prev, i))
        continue;
      rec = ck_record_new (CK_TYPE_ARTICLE_JOURNAL);
      end = volume_year_pages (ctx, je, rec);
      if (end == je)
        continue;
      if (ck_tok_is (ctx, js, "ibid"))
        {
          const char *journal = ck_record_get (prev->rec, CK_FIELD_CONTAINER_TITLE);
          if (!journal || ck_record_get_type (prev->rec) != CK_TYPE_ARTICLE_JOURNAL)
            continue;
          ck_record_set (rec, CK_FIELD_CONTAINER_TITLE, journal);
        }
      else
        ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, js, je));
      ck_assemble_title (rec, ck_span_dup (ctx, open + 1, te));
      for (guint q = 0; q < ck_record_get_n_names (prev->rec); q++)
        if (ck_record_get_name (prev->rec, q)->role == CK_ROLE_AUTHOR)
          ck_record_add_name_unique (rec, ck_name_copy (ck_record_get_name (prev->rec, q)));
      ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, i)->start, ck_tok (ctx, end - 1)->end, open + 1, 0);
      ck_claim (ctx, i, end);
      i = end - 1;
    }
}

void
ck_detect_idem_article (CkExtractCtx *ctx, const CkDetector *det)
{
  detect_idem (ctx, det, FALSE);
}

void
ck_detect_idem_ibid (CkExtractCtx *ctx, const CkDetector *det)
{
  detect_idem (ctx, det, TRUE);
}
