/* detect-by-year.c — a title, its year in parentheses, then its writer:
 * "Tin Country (1985), by Ada Vell, is …", "Tin Country (1985) by Ada
 * Vell", "Tin Country (1985), Ada Vell's first novel, …", "Tin Country
 * (1985) was Vell's answer to …", and a list "T1 (1985) and T2 (1987),
 * both by Ada Vell".  The title-by detector wants "by" right
 * after the title; with the year between, the year alone marked the
 * title (not at all at a sentence start, where every word has a
 * capital), the name after "by" was lost or read as a second title, and
 * the writer came from a guess.
 *
 * Any paragraph but a one-line heading counts: a review of one paragraph
 * is all "header zone" to the tokenizer.  The writer after "by" must be a
 * name of two words or more ("by Vell" alone may be a place) and no
 * possessive ("by Vell's account"); a possessive must own a noun for a
 * work ("first novel", not "favourite novel" or "side").  The run before
 * the year must not name an event, place or person. */
#include "attr-context.h"
#include "detect-context.h"

#include <stdlib.h>

/* Tokens the title may span at most. */
#define BY_YEAR_MAX_TITLE 16

/* "T1 (1983), T2 (1985) and T3 (1987), all by Ada Vell": the titles with
 * years before @ts (the last one's start) get @last's writers. */
static void
add_shared (CkExtractCtx *ctx, const CkDetector *det, const CkRecord *last, guint ts, guint floor)
{
  guint sfloor = ck_sentence_start (ctx, ts);
  for (guint q = 0; q < 8 && ts >= sfloor + 5; q++)
    {
      guint sep = ts - 1, close = sep - 1, open = close - 2, s;
      CkRecord *rec;
      if (!(ck_tok_is (ctx, sep, "and") || ck_tok_is_punct (ctx, sep, ',')))
        return;
      if (ck_tok_is (ctx, sep, "and") && ck_tok_is_punct (ctx, sep - 1, ','))
        {
          sep--;
          close = sep - 1;
          open = close - 2;
        }
      if (!ck_tok_is_punct (ctx, close, ')') || !(ck_tok (ctx, close - 1)->flags & CK_TOKF_YEAR) ||
          !ck_tok_is_punct (ctx, open, '('))
        return;
      s = ck_title_span_backward (ctx, open, MAX (floor, sfloor));
      if (s >= open)
        return;
      s = ck_ctx_restore_prep (ctx, s, sfloor);
      s = ck_ctx_drop_opener (ctx, s, open, sfloor);
      if (s >= open || ck_is_claimed (ctx, s, close + 1) || !ck_title_plausible (ctx, s, open) ||
          ck_ctx_names_non_work (ctx, s, open) || ck_ctx_names_person (ctx, s, open))
        return;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, s, open));
      ck_record_take_date (rec, CK_DATE_ISSUED,
                           ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, close - 1)->start), 0, 0));
      for (guint k = 0; k < ck_record_get_n_names (last); k++)
        ck_record_add_name_unique (rec, ck_name_copy (ck_record_get_name (last, k)));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, close)->end, s, 0);
      ck_claim (ctx, s, close + 1);
      ts = s;
    }
}

void
ck_detect_title_year_by (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint open = 1; open + 4 < n; open++)
    {
      guint close = open + 2, j = open + 3, floor, ts, ne = 0, pe;
      gboolean shared = FALSE;
      CkRecord *rec;
      g_autoptr(GPtrArray) names = NULL;
      if (!ck_tok_is_punct (ctx, open, '(') || !(ck_tok (ctx, open + 1)->flags & CK_TOKF_YEAR) ||
          !ck_tok_is_punct (ctx, close, ')') || ck_is_claimed (ctx, open, j + 1))
        continue;
      pe = ck_para_of (ctx, open);
      /* a heading or label line is a header's business (title-by) */
      if (g_array_index (ctx->t->paras, CkPara, pe).flags & CK_PARA_SHORT)
        continue;
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      /* "T1 (1985) and T2 (1987), both by Ada Vell": the list before shares her */
      if (ck_tok_is_punct (ctx, j, ',') && ck_tok_lower_word (ctx, j + 1) &&
          (ck_tok_is (ctx, j + 1, "both") || ck_tok_is (ctx, j + 1, "all")) && ck_tok_is (ctx, j + 2, "by"))
        {
          shared = TRUE;
          j += 2;
        }
      if (ck_tok_is_punct (ctx, j, ',') && ck_tok_is (ctx, j + 1, "by"))
        j++;
      /* "T1 (1975) and T2 (1980) by Ada Vell": the by-line closing a list
       * of dated titles is every title's */
      else if (ck_tok_is (ctx, j, "by"))
        shared = TRUE;
      if (ck_tok_is (ctx, j, "by") && ck_tok_lower_word (ctx, j))
        {
          ne = ck_names_forward (ctx, j + 1, MIN (n, j + 12), CK_ROLE_AUTHOR, names);
          if (ne == j + 1 || names->len == 0 || ck_count_words (ctx, j + 1, ne) < 2)
            continue;
          /* "by Ada Vell's reckoning", "by Ada Vell Hall" */
          if (ne < n && (ck_tok (ctx, ne)->kind == CK_TOK_POSS || ck_tok_cap_word (ctx, ne)))
            continue;
          /* "T1 (1975) and T2 (1980) by Ada Vell": the list shares her, as
           * the bare-title list reading has it */
          shared = TRUE;
        }
      else
        {
          CkName *who = ck_attr_owner_after (ctx, j, &ne);
          if (!who)
            continue;
          g_ptr_array_add (names, who);
        }
      if (ck_is_claimed (ctx, j, ne))
        continue;
      floor = ck_sentence_start (ctx, open);
      if (open > floor + BY_YEAR_MAX_TITLE)
        floor = open - BY_YEAR_MAX_TITLE;
      ts = ck_title_span_backward (ctx, open, floor);
      if (ts >= open)
        continue;
      /* "and On the Move (", "In Paris (1968), …": the run's own edges */
      ts = ck_ctx_restore_prep (ctx, ts, floor);
      ts = ck_ctx_drop_opener (ctx, ts, open, ck_sentence_start (ctx, open));
      /* "Ada Vell's Tin Country (1985)": the possessor owns the title and
       * is no part of it */
      for (guint p = ts + 1; p + 1 < open; p++)
        if (ck_tok (ctx, p)->kind == CK_TOK_POSS && ck_name_span_backward (ctx, p, ts) == ts)
          ts = p + 1;
      if (ts >= open || ck_is_claimed (ctx, ts, open))
        continue;
      /* "In T (1990), Vell's study of X …": no apposition */
      if (!ck_tok_is (ctx, j, "by") && ck_attr_opening_phrase (ctx, ts))
        continue;
      if (!ck_title_plausible (ctx, ts, open) || ck_ctx_names_non_work (ctx, ts, open) ||
          ck_ctx_names_person (ctx, ts, open) || (ck_tok (ctx, ts)->flags & CK_TOKF_UPPER))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, ts, open));
      ck_record_take_date (rec, CK_DATE_ISSUED,
                           ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, open + 1)->start), 0, 0));
      for (guint q = 0; q < names->len; q++)
        ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, ne - 1)->end, ts, 0);
      ck_claim (ctx, ts, ne);
      if (shared)
        add_shared (ctx, det, rec, ts, floor);
      open = ne - 1;
    }
}
