/* detect-place-year.c — a title in running prose closed by its place and
 * year without brackets, as British historians' journals cite in the text:
 *
 *   The harbour revolution in government: changes in the salt trade, Cambridge 1953, made him …
 *   … those who know his Ada Quell: a life, New Haven–London 1996.
 *   … build on Tom Vell's The rise of the harbour: power and politics, 1485–1534, Oxford 2015, and …
 *
 * The place must be one the lexicon knows (two joined by a dash for a
 * co-publication), the year must close the element, and the title runs
 * back to a possessive, "his"/"her"/"their", a semicolon or the sentence's
 * start.  Without an owner before it, the title must hold a colon: a
 * sentence that merely ends on ", London 1953" names no work.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <stdlib.h>

#define PY_MAX_TITLE_TOKENS 40
#define PY_MAX_PLACE_TOKENS 3

/* A place the lexicon knows at @k ("Oxford", "New Haven"): the token
 * after it, or @k. */
static guint
place_at (const CkExtractCtx *ctx, guint k, guint e)
{
  for (guint pe = MIN (e, k + PY_MAX_PLACE_TOKENS); pe > k; pe--)
    if (ck_tok_cap_word (ctx, k) && ck_span_in_lex (ctx, k, pe, CK_LEX_PLACES))
      return pe;
  return k;
}

/* ", Place Year" or ", Place–Place Year" after the comma at @comma,
 * closed by a comma, stop, semicolon or bracket: the year's token, or 0. */
static guint
place_year_after (const CkExtractCtx *ctx, guint comma, guint e, guint *place_end)
{
  guint k = place_at (ctx, comma + 1, e);
  if (k == comma + 1)
    return 0;
  if (k + 1 < e && (ck_tok_is_punct (ctx, k, 0x2013) || ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, '/')))
    {
      guint k2 = place_at (ctx, k + 1, e);
      if (k2 == k + 1)
        return 0;
      k = k2;
    }
  *place_end = k;
  if (k >= e || !(ck_tok (ctx, k)->flags & CK_TOKF_YEAR))
    return 0;
  if (k + 1 < e && !(ck_tok_is_punct (ctx, k + 1, ',') || ck_tok_is_punct (ctx, k + 1, '.') ||
                     ck_tok_is_punct (ctx, k + 1, ';') || ck_tok_is_punct (ctx, k + 1, ')')))
    return 0;
  return k;
}

void
ck_detect_place_year (CkExtractCtx *ctx, const CkDetector *det)
{
  static const char * const pronouns[] = { "his", "her", "their", NULL };
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 2 < n; i++)
    {
      const CkPara *pp;
      guint year, place_end = 0, floor, ts = G_MAXUINT, owner = G_MAXUINT, flags = 0;
      guint colon = 0;
      if (!ck_tok_is_punct (ctx, i, ',') || ck_is_claimed (ctx, i, i + 1))
        continue;
      pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i));
      if ((pp->flags & CK_PARA_SHORT) || !(year = place_year_after (ctx, i, pp->tok_end, &place_end)))
        continue;
      /* "Paris, London 1920": a list of places, no title before it; "The
       * Harbour Press, New York 1960": a firm and its imprint */
      if (ck_tok_in_lex (ctx, i - 1, CK_LEX_PLACES))
        continue;
      floor = ck_sentence_start (ctx, i);
      if (i > floor + PY_MAX_TITLE_TOKENS)
        floor = i - PY_MAX_TITLE_TOKENS;
      for (guint k = i; k > floor; k--)
        {
          const CkToken *t = ck_tok (ctx, k - 1);
          /* "his The Sovereignty of the People's Court, Odense 1974": a
           * possessive after an article is the title's own */
          if (t->kind == CK_TOK_POSS && !(k >= 3 && ck_tok_lower_word (ctx, k - 3) &&
                                          (ck_tok (ctx, k - 3)->flags & CK_TOKF_FUNC)))
            {
              ts = k;
              owner = k - 1;
              break;
            }
          if (ck_tok_lower_word (ctx, k - 1) && ck_tok_in_words (ctx, k - 1, pronouns))
            {
              ts = k;
              flags = CK_MENTION_PRONOUN;
              break;
            }
          if (t->kind == CK_TOK_QUOTE_OPEN || t->kind == CK_TOK_QUOTE_CLOSE ||
              (t->kind == CK_TOK_PUNCT && (t->ch == '(' || t->ch == ')' || t->ch == ';' || t->ch == '[')))
            {
              ts = k;
              break;
            }
          if (ck_tok_is_punct (ctx, k - 1, ':'))
            colon = k - 1;
        }
      if (ts == G_MAXUINT)
        ts = floor;
      if (ts >= i || !(ck_tok (ctx, ts)->flags & CK_TOKF_CAP) || ck_is_claimed (ctx, ts, i) ||
          (owner == G_MAXUINT && !flags && !(colon && ck_count_words (ctx, ts, colon) >= 2)) ||
          ck_count_words (ctx, ts, i) < 2 || ck_tok_in_lex (ctx, i - 1, CK_LEX_PUBLISHER_WORDS) ||
          !ck_title_plausible (ctx, ts, i))
        continue;
      {
        CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
        ck_assemble_title (rec, ck_span_dup (ctx, ts, i));
        ck_record_take (rec, CK_FIELD_PUBLISHER_PLACE, ck_span_dup (ctx, i + 1, place_end));
        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year)->start), 0, 0));
        if (owner != G_MAXUINT)
          {
            guint ns = ck_name_span_backward (ctx, owner, ck_sentence_start (ctx, owner));
            if (ns < owner)
              {
                g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
                ck_names_forward (ctx, ns, owner, CK_ROLE_AUTHOR, names);
                for (guint a = 0; a < names->len; a++)
                  ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, a)));
              }
          }
        ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, year)->end, ts, flags);
        ck_claim (ctx, ts, year + 1);
        i = year;
      }
    }
}
