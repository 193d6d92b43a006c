/* detect-paren-title.c — a work named inside parentheses after the noun
 * that introduces it:
 *
 *   "Vell's study (The Salt Road: Herring and Empire, Lantern, 1988)"
 *   "her first novel (The Copper Gull, 1988)"
 *
 * The parenthesis holds a title, then an imprint or a year, and nothing
 * else; the word before it is a lower-case noun, so the title-imprint
 * convention ("Title (Publisher, 1988)") does not apply.  With a year
 * alone the title must be two words or more and name no firm, place or
 * person.  A possessive just before the noun gives the author.
 */
#include "detect-context.h"
#include "detect-extra.h"
#include <stdlib.h>

#define PAREN_TITLE_MAX 40   /* tokens a parenthesis may hold */

/* The ')' closing the '(' at @open within the paragraph, or 0. */
static guint
close_of (const CkExtractCtx *ctx, guint open, guint limit)
{
  for (guint k = open + 1; k < limit && k < open + PAREN_TITLE_MAX; k++)
    {
      if (ck_tok_is_punct (ctx, k, '(') || ck_tok (ctx, k)->nl >= 2)
        return 0;
      if (ck_tok_is_punct (ctx, k, ')'))
        return k;
    }
  return 0;
}

/* "Vell's study (": the name before a possessive two words or fewer
 * before the noun at @noun; G_MAXUINT when there is none. */
static guint
owner_name (const CkExtractCtx *ctx, guint noun, guint floor, guint *poss)
{
  for (guint k = noun, m = 0; k > floor && m < 3; m++)
    {
      k--;
      if (ck_tok (ctx, k)->kind == CK_TOK_POSS)
        {
          guint ns = ck_name_span_backward (ctx, k, floor);
          if (ns < k && !ck_tok_in_lex (ctx, ns, CK_LEX_PLACES) && !ck_ctx_names_non_work (ctx, ns, k))
            {
              *poss = k;
              return ns;
            }
          return G_MAXUINT;
        }
      if (!ck_tok_lower_word (ctx, k))
        return G_MAXUINT;
    }
  return G_MAXUINT;
}

/* Whether [s,e) reads as a title in title case: capitalised words and
 * lower-case function words ("and", "of", "the"), a colon before a
 * subtitle, hyphens and possessives, and nothing else. */
static gboolean
title_case_run (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_WORD || t->kind == CK_TOK_NUMBER)
        {
          if (!(t->flags & (CK_TOKF_CAP | CK_TOKF_UPPER | CK_TOKF_FUNC)) && t->kind == CK_TOK_WORD)
            return FALSE;
        }
      else if (t->kind != CK_TOK_POSS && !ck_tok_is_punct (ctx, k, ':') && !ck_tok_is_punct (ctx, k, '-') &&
               /* "Flint & Feather", "Mrs. King" */
               !ck_tok_is_punct (ctx, k, '&') &&
               !(ck_tok_is_punct (ctx, k, '.') && k > s && ck_tok_is_honorific (ctx, k - 1)))
        return FALSE;
    }
  return e > s && ck_tok_cap_word (ctx, s);
}

/* "Mirage of salt": a capital, then words in lower case (a few), as
 * scientists and librarians set titles. */
static gboolean
sentence_case_run (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind != CK_TOK_WORD && t->kind != CK_TOK_POSS && !ck_tok_is_punct (ctx, k, ':') &&
          !ck_tok_is_punct (ctx, k, '-'))
        return FALSE;
    }
  return e > s + 1 && ck_tok_cap_word (ctx, s) && ck_count_words (ctx, s, e) <= 8;
}

/* "Title, YEAR" or "“Title,” YEAR" on [s,e): the title's end, or 0;
 * *@ts its start (after an opening quote). */
static guint
title_year_item (const CkExtractCtx *ctx, guint s, guint e, guint *ts, gboolean sentence)
{
  *ts = s;
  if (e < s + 3 || !(ck_tok (ctx, e - 1)->flags & CK_TOKF_YEAR))
    return 0;
  /* quoted: "“Ave,” 1911", "“Vale”, 1914" — the marks vouch for one word */
  if (ck_tok (ctx, s)->kind == CK_TOK_QUOTE_OPEN)
    {
      guint q = e - 2, te;
      if (ck_tok_is_punct (ctx, q, ','))
        q--;
      if (q <= s + 1 || ck_tok (ctx, q)->kind != CK_TOK_QUOTE_CLOSE)
        return 0;
      te = ck_tok_is_punct (ctx, q - 1, ',') ? q - 1 : q;
      if (te <= s + 1 || !ck_tok_cap_word (ctx, s + 1) || te - s > 16)
        return 0;
      *ts = s + 1;
      return te;
    }
  if (!ck_tok_is_punct (ctx, e - 2, ',') ||
      !(title_case_run (ctx, s, e - 2) || (sentence && sentence_case_run (ctx, s, e - 2))) ||
      !ck_title_plausible (ctx, s, e - 2) ||
      ck_span_in_lex (ctx, s, e - 2, CK_LEX_PUBLISHERS) || ck_span_in_lex (ctx, s, e - 2, CK_LEX_PLACES) ||
      ck_names_periodical (ctx, s, e - 2))
    return 0;
  return e - 2;
}

/* "widened the frame (Seeing Salt, 1989; An Island of Tides, 1995)": two
 * items or more, each a title and its year, after a lower-case word; the
 * works are the context's author's.  TRUE when the list was read. */
static gboolean
year_list (CkExtractCtx *ctx, const CkDetector *det, guint open, guint close)
{
  /* "his earlier books (Mirage of salt, 1959; Man adapting, 1965)":
   * after a plural noun for works the titles may be in sentence case */
  static const char * const works[] = { "books", "novels", "works", "studies", "volumes", "monographs", "essays",
                                        "collections", "writings", "titles", NULL };
  gboolean sentence = open > 0 && ck_tok_lower_word (ctx, open - 1) && ck_tok_in_words (ctx, open - 1, works);
  guint s = open + 1, items = 0, strict = 0, ts, te;
  for (guint k = open + 1; k <= close; k++)
    if (k == close || ck_tok_is_punct (ctx, k, ';'))
      {
        if (!(te = title_year_item (ctx, s, k, &ts, sentence)))
          return FALSE;
        items++;
        /* a run that reads as a place, body, event or person ("The Island
         * of …", "Saint Jack") counts only when its neighbours vouch for it */
        strict += ts > s || (!ck_ctx_names_non_work (ctx, ts, te) && !ck_ctx_names_person (ctx, ts, te));
        s = k + 1;
      }
  /* all but one must read as works on their own */
  if (items < 2 || strict + 1 < items)
    return FALSE;
  s = open + 1;
  for (guint k = open + 1; k <= close; k++)
    if (k == close || ck_tok_is_punct (ctx, k, ';'))
      {
        CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
        te = title_year_item (ctx, s, k, &ts, sentence);
        ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, k - 1)->start), 0, 0));
        ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, k - 1)->end, ts > s ? ts : open - 1,
                        CK_MENTION_PRONOUN);
        s = k + 1;
      }
  ck_claim (ctx, open, close + 1);
  return TRUE;
}

void
ck_detect_paren_title (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 4 < n; i++)
    {
      guint c, comma = 0, te, floor, ns, poss = 0, pe;
      g_autoptr(CkRecord) probe = NULL;
      CkRecord *rec;
      guint unknown = 0;
      gboolean year_only;
      /* "T (“Ave,” 1911; “Salve,” 1912)": quoted parts and their years */
      if (ck_tok_is_punct (ctx, i, '(') && ck_tok (ctx, i + 1)->kind == CK_TOK_QUOTE_OPEN && !ck_is_claimed (ctx, i, i + 2) &&
          (c = close_of (ctx, i, g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i)).tok_end)) &&
          year_list (ctx, det, i, c))
        {
          i = c;
          continue;
        }
      if (!ck_tok_is_punct (ctx, i, '(') || !ck_tok_lower_word (ctx, i - 1) || ck_tok (ctx, i - 1)->kind != CK_TOK_WORD ||
          (ck_tok (ctx, i - 1)->flags & CK_TOKF_FUNC) || ck_is_claimed (ctx, i, i + 2) || !ck_tok_cap_word (ctx, i + 1) ||
          ck_tok_is (ctx, i + 1, "See") || ck_tok_is (ctx, i + 1, "Cf"))
        continue;
      pe = g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i)).tok_end;
      if (!(c = close_of (ctx, i, pe)))
        continue;
      /* "(T1, 1989; T2, 1995; T3, 1996)": a list of works and years */
      if (year_list (ctx, det, i, c))
        {
          i = c;
          continue;
        }
      /* the title runs to the first comma after which the rest is all imprint */
      for (guint k = i + 3; k < c && !comma; k++)
        if (ck_tok_is_punct (ctx, k - 1, ','))
          {
            g_autoptr(CkRecord) p = ck_record_new (CK_TYPE_BOOK);
            guint unk = 0;
            if (ck_assemble_elements (p, ctx->text, ck_tok (ctx, k)->start, ck_tok (ctx, c - 1)->end, CK_ELEM_INLINE, &unk) > 0 &&
                unk == 0 && ck_record_get_date (p, CK_DATE_ISSUED))
              {
                comma = k - 1;
                probe = g_steal_pointer (&p);
                unknown = unk;
              }
          }
      if (!comma || unknown)
        continue;
      te = comma;
      /* "(London: Firm and Firm, 1955)": a place and its colon open an
       * imprint, whatever the firm's name ("London: A Biography" is a
       * title) */
      if (ck_tok_in_lex (ctx, i + 1, CK_LEX_PLACES) && ck_tok_is_punct (ctx, i + 2, ':') &&
          !ck_tok_is (ctx, i + 3, "A") && !ck_tok_is (ctx, i + 3, "An"))
        continue;
      if (!title_case_run (ctx, i + 1, te) || !ck_title_plausible (ctx, i + 1, te))
        continue;
      /* "(Evanston, Ill., 1957)": the whole parenthesis an imprint whose
       * place is the would-be title */
      {
        g_autoptr(CkRecord) whole = ck_record_new (CK_TYPE_BOOK);
        g_autofree char *head = ck_span_dup (ctx, i + 1, te);
        guint unk = 0;
        const char *place;
        if (ck_assemble_elements (whole, ctx->text, ck_tok (ctx, i + 1)->start, ck_tok (ctx, c - 1)->end, CK_ELEM_INLINE,
                                  &unk) > 0 &&
            unk == 0 && (place = ck_record_get (whole, CK_FIELD_PUBLISHER_PLACE)) != NULL && head &&
            g_str_has_prefix (place, head))
          continue;
      }
      year_only = !ck_record_has (probe, CK_FIELD_PUBLISHER) && !ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE);
      /* "(New Harbour, Maine, 1988)": a place and a year after a name
       * read as an address as well as an imprint */
      if (!year_only && !ck_record_has (probe, CK_FIELD_PUBLISHER))
        continue;
      /* the title itself is no firm, place, periodical or person; with a
       * year alone (weaker evidence) two words at least, naming no event
       * or institution */
      if (ck_span_in_lex (ctx, i + 1, te, CK_LEX_PUBLISHERS) || ck_span_in_lex (ctx, i + 1, te, CK_LEX_PLACES) ||
          ck_names_periodical (ctx, i + 1, te) || ck_ctx_names_person (ctx, i + 1, te) ||
          (year_only && (ck_count_words (ctx, i + 1, te) < 2 || ck_ctx_names_non_work (ctx, i + 1, te))))
        continue;
      {
        gboolean firm = FALSE;
        for (guint k = i + 1; k < te && !firm; k++)
          firm = ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS);
        if (firm)
          continue;
      }
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, i + 1, te));
      ck_assemble_elements (rec, ctx->text, ck_tok (ctx, comma + 1)->start, ck_tok (ctx, c - 1)->end, CK_ELEM_INLINE, NULL);
      floor = ck_sentence_start (ctx, i);
      ns = owner_name (ctx, i - 1, floor, &poss);
      if (ns != G_MAXUINT)
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          ck_names_forward (ctx, ns, poss, CK_ROLE_AUTHOR, names);
          for (guint k = 0; k < names->len; k++)
            ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, k)));
        }
      ck_mention_add (ctx, det, rec, ck_tok (ctx, i + 1)->start, ck_tok (ctx, c - 1)->end, i - 1,
                      ck_record_get_n_names (rec) ? 0 : CK_MENTION_PRONOUN);
      ck_claim (ctx, i, c + 1);
      i = c;
    }
}
