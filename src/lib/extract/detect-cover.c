/* detect-cover.c — an archive's cover page of a review, lines of labelled
 * fields before the text:
 *
 *   Reviewed Work(s): The Iron Gate: A Study by Ann Reed; Salt by Tom Brisk
 *   Review by: Peter Strand
 *   Source: The Harbour Review, Vol. 12, No. 3 (Autumn, 1985), pp. 540-543
 *
 * The reviewed works are the books of the review (the first is the one it
 * reviews), each "Title by Names", separated by ";"; the names after
 * "Review by:" are the reviewer's.  The "Source:" line is the venue
 * detectors' (detect-venue.c).  Each line is read once and claimed.
 */
#include "extract-private.h"
#include "detect-extra.h"

#define COVER_MAX_WORKS 8   /* works on one "Reviewed Work(s)" line */

/* "Reviewed Work(s):", "Reviewed Works:", "Reviewed Work:" at @f: the
 * token after the colon, or @f. */
static guint
works_label (const CkExtractCtx *ctx, guint f, guint e)
{
  guint k = f + 2;
  if (f + 2 >= e || !ck_tok_is (ctx, f, "Reviewed") || !(ck_tok_is (ctx, f + 1, "Work") || ck_tok_is (ctx, f + 1, "Works")))
    return f;
  /* "Work(s)" */
  if (ck_tok_is_punct (ctx, k, '(') && k + 2 < e && ck_tok_is (ctx, k + 1, "s") && ck_tok_is_punct (ctx, k + 2, ')'))
    k += 3;
  if (k >= e || !ck_tok_is_punct (ctx, k, ':'))
    return f;
  return k + 1;
}

/* "Review by:", "Reviewed by:" at @f: the token after the colon, or @f. */
static guint
reviewer_label (const CkExtractCtx *ctx, guint f, guint e)
{
  if (f + 2 < e && (ck_tok_is (ctx, f, "Review") || ck_tok_is (ctx, f, "Reviewed")) && ck_tok_is (ctx, f + 1, "by") &&
      ck_tok_is_punct (ctx, f + 2, ':'))
    return f + 3;
  return f;
}

/* One reviewed work at [s,e): "Title by Names"; the last lower-case
 * "by" before names that run to the end divides them. */
static void
one_work (CkExtractCtx *ctx, const CkDetector *det, guint s, guint e, gboolean first)
{
  guint by = e;
  CkRecord *rec;
  g_autofree char *title = NULL;
  for (guint k = e; k-- > s + 1;)
    if (ck_tok_is (ctx, k, "by") && (ck_tok (ctx, k)->flags & CK_TOKF_LOWER) && k + 1 < e &&
        ck_names_cover (ctx, k + 1, e) >= e)
      {
        by = k;
        break;
      }
  if (by == e || !(ck_tok (ctx, s)->flags & CK_TOKF_CAP) || !(title = ck_span_dup (ctx, s, by)))
    return;
  rec = ck_record_new (CK_TYPE_BOOK);
  ck_assemble_title (rec, g_steal_pointer (&title));
  {
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
    ck_names_forward (ctx, by + 1, e, CK_ROLE_AUTHOR, names);
    for (guint q = 0; q < names->len; q++)
      ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
  }
  ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end, s, first ? CK_MENTION_MAIN : 0);
}

/* The cover's other labelled lines name the journal's publisher and the
 * archive ("Published by: X", "Stable URL: …", "Accessed: …"): no field
 * of the reviewed books.  Claims them in paragraph @p. */
static void
claim_cover_lines (CkExtractCtx *ctx, guint p)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
  for (guint l = pp->line_first; l < pp->line_end; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      guint f = ln->tok_first, e = ln->tok_end;
      if (e > f + 2 &&
          ((ck_tok_is (ctx, f, "Published") && ck_tok_is (ctx, f + 1, "by") && ck_tok_is_punct (ctx, f + 2, ':')) ||
           (ck_tok_is (ctx, f, "Stable") && ck_tok_is (ctx, f + 1, "URL")) ||
           (ck_tok_is (ctx, f, "Accessed") && ck_tok_is_punct (ctx, f + 1, ':'))))
        ck_claim (ctx, f, e);
    }
}

/* The archive's notice of its terms under the cover (a sentence that
 * names JSTOR and its "Terms and Conditions of Use"): a paragraph naming
 * the archive with its terms or its own description cites nothing.  Claims each such paragraph;
 * runs before the detectors, as the venue readers look below the cover
 * for the text's own title. */
void
ck_claim_archive_notices (CkExtractCtx *ctx)
{
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      gboolean archive = FALSE, terms = FALSE;
      if (pp->end - pp->start > 1200)
        continue;
      for (guint k = pp->tok_first; k < pp->tok_end; k++)
        {
          archive |= ck_tok_is (ctx, k, "JSTOR") || ck_tok_is (ctx, k, "JSTOR's");
          terms |= ck_tok_is (ctx, k, "Terms") || (ck_tok_is (ctx, k, "not-for-profit") && archive) ||
                   (ck_tok_is (ctx, k, "Conditions") && archive);
        }
      if (archive && terms)
        ck_claim (ctx, pp->tok_first, pp->tok_end);
    }
}

/* "Notes on Harbours\nSource: Journal, Vol. 31, No. 2 (…)": an
 * archive's cover of a piece that is no review names the piece on the
 * line over its "Source:"; that line is the title of the text's own
 * record (read by the venue detectors, which look for a heading below). */
static void
cover_piece_title (CkExtractCtx *ctx)
{
  for (guint l = 0; l + 1 < ctx->t->lines->len && l < 3; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l), *src = ln + 1;
      if (ln->tok_end <= ln->tok_first || src->tok_end < src->tok_first + 3 ||
          !ck_tok_is (ctx, src->tok_first, "Source") || !ck_tok_is_punct (ctx, src->tok_first + 1, ':') ||
          ck_tok (ctx, src->tok_first)->nl >= 2)
        continue;
      /* "Review", "Reviewed Work(s): …", "Review by: …" are the cover's labels */
      if (ck_tok_is (ctx, ln->tok_first, "Review") || ck_tok_is (ctx, ln->tok_first, "Reviewed") ||
          ck_tok_is (ctx, ln->tok_first, "Author") || ck_tok_is (ctx, ln->tok_first, "Authors"))
        return;
      for (guint k = ln->tok_first; k + 1 < ln->tok_end; k++)
        if (ck_tok_is_punct (ctx, k, ':') && k == ln->tok_first + 1)
          return;
      for (guint i = 0; i < ctx->mentions->len; i++)
        {
          CkMention *m = g_ptr_array_index (ctx->mentions, i);
          if ((m->flags & CK_MENTION_SELF) && m->start >= src->start && m->start < src->end)
            {
              ck_assemble_title (m->rec, ck_span_dup (ctx, ln->tok_first, ln->tok_end));
              ck_claim (ctx, ln->tok_first, ln->tok_end);
              return;
            }
        }
      return;
    }
}

void
ck_detect_cover_page (CkExtractCtx *ctx, const CkDetector *det)
{
  cover_piece_title (ctx);
  for (guint l = 0; l < ctx->t->lines->len; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      guint f = ln->tok_first, e = ln->tok_end, k;
      if (e <= f + 3 || ck_is_claimed (ctx, f, e))
        continue;
      /* (the label is enough: a long title wraps the cover into what
       * reads as prose) */
      if ((k = works_label (ctx, f, e)) > f)
        {
          guint s = k, n = 0;
          for (guint j = k; j <= e && n < COVER_MAX_WORKS; j++)
            if (j == e || ck_tok_is_punct (ctx, j, ';'))
              {
                if (j > s)
                  one_work (ctx, det, s, j, n++ == 0);
                s = j + 1;
              }
          ck_claim (ctx, f, e);
          claim_cover_lines (ctx, ck_para_of (ctx, f));
        }
      else if ((k = reviewer_label (ctx, f, e)) > f && ck_names_cover (ctx, k, e) >= e)
        {
          if (ctx->reviewers->len == 0)
            ck_names_forward (ctx, k, e, CK_ROLE_AUTHOR, ctx->reviewers);
          ck_claim (ctx, f, e);
        }
    }
}
