/* review-signature.c — the reviewer's signature block, as journals set it
 * after the prose (before the notes, or closing the text) or between the
 * book's header and the prose:
 *
 *   ANN C. REED                         a name alone, in capitals with a
 *                                       forename or an initial
 *   Ann C. Reed / Lantern College       a name over its affiliation
 *   Ann Reed / Lantern College / a.reed@lantern.ac.uk
 *   Lantern College        ANN C. REED  affiliation and name across a
 *   ANN REED        Lantern College     column gap, either way round
 *   ANN REED Lantern College            a name in capitals, then the
 *                                       affiliation in other case
 *
 * A name with its affiliation is the strongest evidence a text gives of
 * its reviewer: it overrides a name read from a bare line of the header
 * (a heading in capitals can read as a name).
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <string.h>

#define SIG_NAME_WORDS 5     /* words of a signed name */
#define SIG_AFFIL_WORDS 14   /* words of an affiliation line */

/* One person's name and nothing else in [f,e), a full stop allowed after
 * it; with a forename the lexicon knows or an initial when @marked. */
static gboolean
signed_name (const CkExtractCtx *ctx, guint f, guint e, gboolean marked)
{
  g_autoptr(GPtrArray) names = NULL;
  gboolean mark;
  if (e > f + 1 && ck_tok_is_punct (ctx, e - 1, '.') && !(ck_tok (ctx, e - 2)->flags & CK_TOKF_INITIAL))
    e--;
  if (e <= f + 1 || ck_count_words (ctx, f, e) > SIG_NAME_WORDS || ck_names_cover (ctx, f, e) < e)
    return FALSE;
  names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  ck_names_forward (ctx, f, e, CK_ROLE_AUTHOR, names);
  if (names->len != 1)
    return FALSE;
  mark = ck_tok_in_lex (ctx, f, CK_LEX_GIVEN_NAMES);
  for (guint k = f; k < e; k++)
    mark |= (ck_tok (ctx, k)->flags & CK_TOKF_INITIAL) != 0;
  return mark || !marked;
}

/* An e-mail address or the review's DOI alone on its line. */
static gboolean
email_line (const CkExtractCtx *ctx, const CkLine *ln)
{
  const char *s = ctx->text + ln->start;
  gsize n = ln->end - ln->start;
  return n < 80 && !memchr (s, ' ', n) &&
         (memchr (s, '@', n) || (n > 4 && g_ascii_strncasecmp (s, "doi:", 4) == 0));
}

/* An affiliation in [f,e): capitalised, a dozen words at most, naming an
 * institution ("Lantern College", "University of Harbour, Salt"). */
static gboolean
affiliation (const CkExtractCtx *ctx, guint f, guint e)
{
  gboolean inst = FALSE;
  if (e <= f || !(ck_tok (ctx, f)->flags & CK_TOKF_CAP) || ck_count_words (ctx, f, e) > SIG_AFFIL_WORDS ||
      ck_tok_is_punct (ctx, e - 1, '.') || ck_tok_is_punct (ctx, e - 1, ':'))
    return FALSE;
  for (guint k = f; k < e && !inst; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      const char *kind;
      if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP))
        continue;
      kind = ck_lex_lookup (CK_LEX_NON_TITLES, ctx->text + t->start, t->end - t->start);
      inst = kind && strcmp (kind, "institution") == 0 && !ck_tok_is (ctx, k, "Press") && !ck_tok_is (ctx, k, "Party") &&
             !ck_tok_is (ctx, k, "Prize") && !ck_tok_is (ctx, k, "Award");
    }
  return inst;
}

/* The signature in paragraph @p: sets [*s,*e) to the name; @strong when
 * an affiliation stands with it. */
static gboolean
signature_para (const CkExtractCtx *ctx, guint p, guint *s, guint *e, gboolean *strong)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
  guint lf = pp->line_first, le = pp->line_end;
  const CkLine *l1;
  guint f, end;
  if (pp->flags & CK_PARA_PROSE)
    return FALSE;
  /* an e-mail line closes the block */
  if (le - lf >= 2 && email_line (ctx, ck_line (ctx, le - 1)))
    le--;
  if (le - lf > 3 || le == lf)
    return FALSE;
  l1 = ck_line (ctx, lf);
  f = l1->tok_first;
  end = l1->tok_end;
  /* leading dashes: "—Ann Reed" */
  while (f < end && (ck_tok_is_punct (ctx, f, 0x2014) || ck_tok_is_punct (ctx, f, 0x2013) || ck_tok_is_punct (ctx, f, '-')))
    f++;
  if (f >= end || ck_is_claimed (ctx, f, end))
    return FALSE;
  /* the name over one or two lines of affiliation */
  if (signed_name (ctx, f, end, FALSE))
    {
      for (guint l = lf + 1; l < le; l++)
        if (!affiliation (ctx, ck_line (ctx, l)->tok_first, ck_line (ctx, l)->tok_end))
          return FALSE;
      *strong = le > lf + 1;
      /* alone, it must be in capitals with a forename or an initial */
      if (!*strong && !(ck_all_caps (ctx, f, end) && signed_name (ctx, f, end, TRUE)))
        return FALSE;
      *s = f;
      *e = end;
      return TRUE;
    }
  if (le != lf + 1)
    return FALSE;
  /* one line: name and affiliation across a column gap, or a name in
   * capitals running into the affiliation */
  for (guint g = f + 1; g < end; g++)
    {
      gboolean gap = ck_tok_column_gap (ctx, g);
      if (!gap && !(ck_all_caps (ctx, f, g) && !(ck_tok (ctx, g)->flags & CK_TOKF_UPPER) && (ck_tok (ctx, g)->flags & CK_TOKF_CAP)))
        continue;
      if (ck_all_caps (ctx, f, g) && signed_name (ctx, f, g, TRUE) && affiliation (ctx, g, end))
        {
          *s = f;
          *e = g;
          *strong = TRUE;
          return TRUE;
        }
      if (gap && ck_all_caps (ctx, g, end) && signed_name (ctx, g, end, TRUE) && affiliation (ctx, f, g))
        {
          *s = g;
          *e = end;
          *strong = TRUE;
          return TRUE;
        }
      if (gap)
        break;
    }
  return FALSE;
}

gboolean
ck_review_signature (const CkExtractCtx *ctx, guint *s, guint *e, gboolean *strong)
{
  guint n = ctx->t->paras->len, last_prose = G_MAXUINT, first_prose = G_MAXUINT;
  /* (a long footnote is prose to the paragraph reader: the notes are
   * passed over) */
  for (guint p = 0; p < n; p++)
    if ((g_array_index (ctx->t->paras, CkPara, p).flags & CK_PARA_PROSE) && !ck_note_para (ctx, p))
      {
        last_prose = p;
        if (first_prose == G_MAXUINT)
          first_prose = p;
      }
  if (last_prose == G_MAXUINT)
    return FALSE;
  /* after the prose: the paragraphs up to the notes, and the text's last
   * paragraphs after them (a claimed venue line passed over) */
  for (guint p = last_prose + 1; p < n && !ck_note_para (ctx, p); p++)
    if (signature_para (ctx, p, s, e, strong))
      return TRUE;
  for (guint p = n, seen = 0; p-- > last_prose + 1 && seen < 2;)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      if (ck_is_claimed (ctx, pp->tok_first, pp->tok_end))
        continue;
      seen++;
      if (!ck_note_para (ctx, p) && signature_para (ctx, p, s, e, strong))
        return TRUE;
    }
  /* between the book's header (claimed) and the prose: only with its
   * affiliation */
  if (first_prose >= 2 && first_prose < n &&
      ck_is_claimed (ctx, g_array_index (ctx->t->paras, CkPara, first_prose - 2).tok_first,
                     g_array_index (ctx->t->paras, CkPara, first_prose - 2).tok_end) &&
      signature_para (ctx, first_prose - 1, s, e, strong) && *strong)
    return TRUE;
  return FALSE;
}

/* "…a journey into the heart of a border town, says Ann Reed": the
 * newspapers' standfirst that names its reviewer after a verb of saying,
 * in the paragraphs over the prose.  Sets [*s,*e) to the name. */
gboolean
ck_review_standfirst_says (const CkExtractCtx *ctx, guint *s, guint *e)
{
  static const char * const verbs[] = { "says", "writes", "argues", "finds", "reckons", "suggests", "thinks", NULL };
  for (guint p = 0; p < ctx->t->paras->len && p < 8; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      guint end = pp->tok_end, v;
      if (pp->line_end - pp->line_first > 3)
        break;
      if (end > pp->tok_first && ck_tok_is_punct (ctx, end - 1, '.'))
        end--;
      /* ", says Given Family" closing the paragraph */
      for (v = end; v > pp->tok_first + 3 && end - v < 6; v--)
        if (ck_tok_in_words (ctx, v - 1, verbs) && (ck_tok (ctx, v - 1)->flags & CK_TOKF_LOWER) &&
            ck_tok_is_punct (ctx, v - 2, ','))
          break;
      if (v <= pp->tok_first + 3 || end - v >= 6 || v >= end || !signed_name (ctx, v, end, FALSE))
        continue;
      *s = v;
      *e = end;
      return TRUE;
    }
  return FALSE;
}
