/* detect-edparen.c — an edited book cited author-date style, as the
 * social-science journals write it in running prose:
 *
 *   the approach of The Social Life of Salt (Orr, ed. 1986)
 *   as in Harbour Peoples (Orr and Vail, eds. 1991)
 *   the essays in Ledgers and Lives, ed. Tomas Brill (2011)
 *   the introduction to Harbour Dues (ed. Kai Orr and Ada Quint, 1999)
 *
 * The "ed." marks the title before the parenthesis as the book the names
 * edited.  The bare "(Surname 1986)" makes no record: it follows a topic
 * as often as a title ("the salt trade (Orr 1986)"), and
 * ck_author_date_paren() tells the imprint readers it is no "(Place
 * 1986)".  In the last two forms the names are the editors', so the
 * year after them dates the book, not a person ("Tomas Brill (2011)" is no
 * title).
 */
#include "extract-private.h"
#include "detect-extra.h"

/* A surname alone at @k: a capitalised word that is no place, publisher,
 * periodical, function word or sentence opener. */
static gboolean
bare_surname (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_cap_word (ctx, k) && !(ck_tok (ctx, k)->flags & CK_TOKF_UPPER) &&
         !ck_tok_in_lex (ctx, k, CK_LEX_PLACES) && !ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHERS) &&
         !ck_tok_in_lex (ctx, k, CK_LEX_PERIODICALS) && !ck_tok_in_lex (ctx, k, CK_LEX_FUNCTION_WORDS) &&
         !ck_tok_in_lex (ctx, k, CK_LEX_NON_NAMES) && !ck_tok_in_lex (ctx, k, CK_LEX_MONTHS);
}

/* "(Orr, ed. 1986)", "(Orr and Vail, eds. 1991)" at @open: the ")" and
 * the editors in @out, or 0. */
static guint
ed_paren (const CkExtractCtx *ctx, guint open, GPtrArray *out)
{
  guint k = open + 1, n = ck_n_toks (ctx), names_end;
  if (k >= n || !bare_surname (ctx, k))
    return 0;
  k++;
  if ((ck_tok_is (ctx, k, "and") || ck_tok_is_punct (ctx, k, '&')) && bare_surname (ctx, k + 1))
    k += 2;
  names_end = k;
  if (!ck_tok_is_punct (ctx, k, ',') || !(ck_tok_is (ctx, k + 1, "ed") || ck_tok_is (ctx, k + 1, "eds")))
    return 0;
  k += 2;
  if (ck_tok_is_punct (ctx, k, '.'))
    k++;
  if (k + 1 >= n || !(ck_tok (ctx, k)->flags & CK_TOKF_YEAR) || !ck_tok_is_punct (ctx, k + 1, ')'))
    return 0;
  for (guint j = open + 1; j < names_end; j++)
    if (ck_tok (ctx, j)->kind == CK_TOK_WORD && !ck_tok_is (ctx, j, "and"))
      {
        g_autofree char *fam = ck_tok_dup (ctx, j);
        g_ptr_array_add (out, ck_name_new_personal (CK_ROLE_EDITOR, fam, NULL));
      }
  return k + 1;
}

/* "ed.", "eds.", "edited by" at @k: the token after it, or @k. */
static guint
ed_mark_end (const CkExtractCtx *ctx, guint k, guint limit)
{
  if (k < limit && (ck_tok_is (ctx, k, "ed") || ck_tok_is (ctx, k, "eds")) && ck_tok_lower_word (ctx, k))
    return ck_tok_is_punct (ctx, k + 1, '.') ? k + 2 : k + 1;
  if (k + 1 < limit && ck_tok_is (ctx, k, "edited") && ck_tok_is (ctx, k + 1, "by"))
    return k + 2;
  return k;
}

/* "(ed. Kai Orr and Ada Quint, 1999)" at @open: the ")" and the editors
 * in @out, or 0. */
static guint
ed_names_year_paren (const CkExtractCtx *ctx, guint open, GPtrArray *out)
{
  guint n = ck_n_toks (ctx), limit = MIN (n, open + 24), k = ed_mark_end (ctx, open + 1, limit), ne;
  if (k == open + 1)
    return 0;
  ne = ck_names_forward (ctx, k, limit, CK_ROLE_EDITOR, out);
  if (ne == k || ck_count_words (ctx, k, ne) < 2 || !ck_tok_is_punct (ctx, ne, ',') || ne + 2 >= n ||
      !(ck_tok (ctx, ne + 1)->flags & CK_TOKF_YEAR) || !ck_tok_is_punct (ctx, ne + 2, ')'))
    {
      g_ptr_array_set_size (out, 0);
      return 0;
    }
  return ne + 2;
}

/* ", ed. Tomas Brill (2011)" ending at the "(" @open: the comma before
 * "ed." (the title's end), with the editors in @out, or 0.  The
 * parenthesis must hold the year alone. */
static guint
ed_names_before_year (const CkExtractCtx *ctx, guint open, GPtrArray *out)
{
  guint n = ck_n_toks (ctx);
  if (open + 2 >= n || !(ck_tok (ctx, open + 1)->flags & CK_TOKF_YEAR) || !ck_tok_is_punct (ctx, open + 2, ')'))
    return 0;
  for (guint c = open > 12 ? open - 12 : 0; c + 2 < open; c++)
    {
      guint k, ne;
      if (!ck_tok_is_punct (ctx, c, ','))
        continue;
      k = ed_mark_end (ctx, c + 1, open);
      if (k == c + 1)
        continue;
      ne = ck_names_forward (ctx, k, open, CK_ROLE_EDITOR, out);
      if (ne == open && ck_count_words (ctx, k, ne) >= 2)
        return c;
      g_ptr_array_set_size (out, 0);
    }
  return 0;
}

/* The title ending at @end, in the sentence of @at: its first token, or
 * @end when there is none of two words or more. */
static guint
title_before (const CkExtractCtx *ctx, guint end, guint at)
{
  guint floor = ck_sentence_start (ctx, at), ts;
  ts = ck_title_span_backward (ctx, end, floor);
  while (ts < end && (ck_tok (ctx, ts)->flags & CK_TOKF_FUNC))
    ts++;
  if (ts >= end || ck_count_words (ctx, ts, end) < 2 || !ck_tok_cap_word (ctx, ts) || ck_is_claimed (ctx, ts, end) ||
      !ck_title_plausible (ctx, ts, end))
    return end;
  return ts;
}

void
ck_detect_edited_paren (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 2; i + 5 < n; i++)
    {
      guint close, ts, te;
      g_autoptr(GPtrArray) eds = NULL;
      CkRecord *rec;
      if (!ck_tok_is_punct (ctx, i, '(') || ck_is_claimed (ctx, i, i + 1))
        continue;
      eds = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      te = i;
      close = ed_paren (ctx, i, eds);
      if (!close)
        close = ed_names_year_paren (ctx, i, eds);
      if (!close && (te = ed_names_before_year (ctx, i, eds)) != 0)
        close = i + 2;
      if (!close || te == 0 || ck_is_claimed (ctx, te, close + 1))
        continue;
      ts = title_before (ctx, te, i);
      if (ts >= te)
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
      ck_record_take_date (rec, CK_DATE_ISSUED,
                           ck_date_new_ymd ((int) g_ascii_strtoll (ctx->text + ck_tok (ctx, close - 1)->start, NULL, 10), 0, 0));
      for (guint k = 0; k < eds->len; k++)
        ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (eds, k)));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, close)->end, ts, 0);
      ck_claim (ctx, ts, close + 1);
      i = close;
    }
}

gboolean
ck_author_date_paren (const CkExtractCtx *ctx, guint open)
{
  guint k = open + 1;
  if (!bare_surname (ctx, k))
    return FALSE;
  k++;
  /* "(Orr and Vail 1990)", "(Orr et al. 1990)" */
  if ((ck_tok_is (ctx, k, "and") || ck_tok_is_punct (ctx, k, '&')) && bare_surname (ctx, k + 1))
    k += 2;
  else if (ck_tok_is (ctx, k, "et") && ck_tok_is (ctx, k + 1, "al"))
    k += ck_tok_is_punct (ctx, k + 2, '.') ? 3 : 2;
  return k + 1 < ck_n_toks (ctx) && (ck_tok (ctx, k)->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, k + 1, ')');
}
