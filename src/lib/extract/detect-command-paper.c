/* detect-command-paper.c — British official papers, cited by their
 * command number or, for an inquiry's report, by its year alone:
 *
 *   the Report of the Committee on Ministers' Powers (Cmd. 4060, 1932)
 *   Social Insurance and Allied Services (Cmd. 6404, H.M.S.O., 1942)
 *   REPORT OF THE COMMITTEE ON SALT OFFENCES (CMND. NO. 247)
 *   the Report of the Royal Commission on Harbour Termini (1846)
 *
 * A bracket holding "Cmd.", "Cmnd.", "Cm.", "Cd." or "Command" and a
 * number (then, perhaps, the Stationery Office and a year) makes the title
 * before it a report with that number, whatever its words.  A bracket with
 * a year alone does so only for a title that says it is a report ("Report
 * of the …", "Report from the Select Committee on …"): "the Revolution of
 * 1848 (1848)" is an event.
 */
#include "detect-extra.h"
#include <stdlib.h>

#define CP_MAX_PAREN 20   /* tokens a command paper's bracket may hold */

static const char * const command_words[] = { "cmd", "cmnd", "cm", "cd", "command", NULL };

/* "Cmd. 4060", "Cmnd. No. 247", "Command 6404" at @k: the token after the
 * number, or @k. */
static guint
command_number_end (const CkExtractCtx *ctx, guint k, guint e)
{
  guint j = k + 1;
  if (!ck_tok_in_words (ctx, k, command_words))
    return k;
  if (j < e && ck_tok_is_punct (ctx, j, '.'))
    j++;
  if (j + 1 < e && ck_tok_is (ctx, j, "No") && ck_tok_is_punct (ctx, j + 1, '.'))
    j += 2;
  if (j < e && ck_tok (ctx, j)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j)->flags & CK_TOKF_YEAR))
    return j + 1;
  return k;
}

/* "H.M.S.O.": an abbreviation in capitals and stops. */
static gboolean
initials_only (const CkExtractCtx *ctx, guint s, guint e)
{
  guint letters = 0;
  for (const char *p = ctx->text + ck_tok (ctx, s)->start; p < ctx->text + ck_tok (ctx, e - 1)->end; p++)
    if (g_ascii_isupper (*p))
      letters++;
    else if (*p != '.')
      return FALSE;
  return letters >= 2;
}

/* "Report of the …", "Report from the …", "Final Report of …" at @ts. */
static gboolean
says_report (const CkExtractCtx *ctx, guint ts, guint te)
{
  static const char * const kinds[] = { "final", "interim", "first", "second", "third", NULL };
  if (ts + 2 < te && ck_tok_in_words (ctx, ts, kinds) && !ck_tok_lower_word (ctx, ts))
    ts++;
  return ts + 3 < te && ck_tok_is (ctx, ts, "Report") && !ck_tok_lower_word (ctx, ts) &&
         (ck_tok_is (ctx, ts + 1, "of") || ck_tok_is (ctx, ts + 1, "from") || ck_tok_is (ctx, ts + 1, "on"));
}

void
ck_detect_command_paper (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 2; i + 2 < n; i++)
    {
      guint c, k, cn = 0, year = 0, pub_s = 0, pub_e = 0, ts, te, floor;
      g_autoptr(CkRecord) rec = NULL;
      if (!ck_tok_is_punct (ctx, i, '(') || ck_is_claimed (ctx, i, i + 1))
        continue;
      for (c = i + 1; c < n && c < i + CP_MAX_PAREN && !ck_tok_is_punct (ctx, c, ')'); c++)
        ;
      if (c >= n || !ck_tok_is_punct (ctx, c, ')'))
        continue;
      /* the bracket: [number] [, publisher] [, year], nothing else */
      k = i + 1;
      if (command_number_end (ctx, k, c) > k)
        k = cn = command_number_end (ctx, k, c);
      while (k < c)
        {
          if (ck_tok_is_punct (ctx, k, ','))
            k++;
          else if ((ck_tok (ctx, k)->flags & CK_TOKF_YEAR) && !year)
            year = k++;
          else if (!pub_s && ck_tok_cap_word (ctx, k))
            {
              /* "H.M.S.O.", "HMSO", "Her Majesty's Stationery Office" */
              pub_s = k;
              while (k < c && !ck_tok_is_punct (ctx, k, ','))
                k++;
              pub_e = k;
              if (!ck_span_in_lex (ctx, pub_s, pub_e, CK_LEX_PUBLISHERS) && !initials_only (ctx, pub_s, pub_e))
                break;
            }
          else
            break;
        }
      if (k != c || (!cn && !year))
        continue;
      floor = ck_sentence_start (ctx, i);
      te = i;
      /* "… Capital Punishment 1949-1953 (Cmd. 8932)": the inquiry's years
       * are the title's, which the span backward reads from before them */
      {
        guint y = te;
        while (y > floor && y + 4 > te &&
               (ck_tok (ctx, y - 1)->kind == CK_TOK_NUMBER || ck_tok_is_punct (ctx, y - 1, '-') ||
                ck_tok_is_punct (ctx, y - 1, 0x2013)))
          y--;
        ts = ck_title_span_backward (ctx, y < te && (ck_tok (ctx, y)->flags & CK_TOKF_YEAR) ? y : te, floor);
      }
      while (ts < te && ck_tok_lower_word (ctx, ts))
        ts++;
      if (ts >= te || ck_count_words (ctx, ts, te) < 2 || ck_is_claimed (ctx, ts, c + 1) ||
          (!cn && !says_report (ctx, ts, te)))
        continue;
      rec = ck_record_new (CK_TYPE_REPORT);
      ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
      if (!ck_record_has (rec, CK_FIELD_TITLE))
        continue;
      if (cn)
        ck_record_take (rec, CK_FIELD_NUMBER, ck_span_dup (ctx, i + 1, cn));
      if (pub_s)
        ck_record_take (rec, CK_FIELD_PUBLISHER, ck_span_dup (ctx, pub_s, pub_e));
      if (year)
        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year)->start), 0, 0));
      ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, ts)->start, ck_tok (ctx, c)->end, ts, 0);
      ck_claim (ctx, ts, c + 1);
      i = c;
    }
}
