/* detect-poss-lower.c — a title in sentence case after a person's
 * possessive, dated in brackets, as the scientific and anthropological
 * journals print titles:
 *
 *   Ada Quell's Salt, tides, and harbours (1997)
 *   Tom Vell's Society against the sea (trans. A. Reed, 1977; …)
 *   Piet Marrow's 'The original harbour' (in Stone age ports, 1972)
 *   Vell's De navigatione, Orr's lost Antiquitates maritimae   (Latin, undated)
 *
 * Only the first word has a capital, so no title-case run shows where
 * the title ends; the bracket does.  The bracket must open with a year,
 * a translator's or editor's mark, or "in" and a title, and the words
 * between must read as a title: no stop, no quote, no verb of the
 * sentence's own ("is", "was", "has" …), twelve words at most.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <stdlib.h>
#include <string.h>

#define PL_MAX_WORDS 12

/* The auxiliaries and commonest verbs of running prose: a sentence's,
 * never a title's, between an owner and a bracket. */
static const char * const clause_verbs[] = {
  "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "must",
  "does", "did", "shall", "should", "argues", "argued", "shows", "showed", "says", "said", NULL,
};

/* Whether the bracket at @open opens with a year, "trans.", "ed." or "in"
 * and a capital. */
static gboolean
dated_bracket (const CkExtractCtx *ctx, guint open)
{
  guint k = open + 1;
  if (k >= ck_n_toks (ctx))
    return FALSE;
  if (ck_tok (ctx, k)->flags & CK_TOKF_YEAR)
    return TRUE;
  if ((ck_tok_is (ctx, k, "trans") || ck_tok_is (ctx, k, "tr") || ck_tok_is (ctx, k, "ed") ||
       ck_tok_is (ctx, k, "transl")) && ck_tok_is_punct (ctx, k + 1, '.'))
    return TRUE;
  return ck_tok_is (ctx, k, "in") && ck_tok_lower_word (ctx, k) && ck_tok_cap_word (ctx, k + 1);
}

/* Whether [s,e) holds lower-case function words of English and of
 * another language both. */
static gboolean
mixed_languages (const CkExtractCtx *ctx, guint s, guint e)
{
  static const char * const english[] = { "and", "the", "of", "in", "on", "for", "with", "a", "an", NULL };
  static const char * const other[] = { "du", "de", "des", "la", "le", "les", "et", "der", "die", "das", "und",
                                        "del", "della", "di", "il", "y", "los", "las", "el", "van", "von", NULL };
  gboolean en = FALSE, ot = FALSE;
  for (guint k = s; k < e; k++)
    if (ck_tok_lower_word (ctx, k))
      {
        en |= ck_tok_in_words (ctx, k, english);
        ot |= ck_tok_in_words (ctx, k, other);
      }
  return en && ot;
}

/* The record of the title [ts,te) whose owner's possessive ends at @i
 * ("Ada Quell's"): the names become its authors; *@ns gets the owner's
 * first token.  NULL when the owner reads as no person's name. */
static CkRecord *
owner_record (const CkExtractCtx *ctx, guint i, guint ts, guint te, CkType type, guint *ns)
{
  g_autoptr(GPtrArray) names = NULL;
  CkRecord *rec;
  *ns = ck_name_span_backward (ctx, i, ck_sentence_start (ctx, i));
  if (*ns >= i || ck_tok_in_lex (ctx, *ns, CK_LEX_PLACES))
    return NULL;
  names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  if (ck_names_forward (ctx, *ns, i, CK_ROLE_AUTHOR, names) != i || names->len == 0)
    return NULL;
  rec = ck_record_new (type);
  ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
  for (guint a = 0; a < names->len; a++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, a)));
  return rec;
}

/* Endings of Latin words that English words seldom have: "maritimae",
 * "rerum", "Gallorum", "moribus". */
static gboolean
latin_ending (const CkExtractCtx *ctx, guint k)
{
  static const char * const endings[] = { "ae", "orum", "arum", "ibus", "rum", "uum", "ione", "iones", "ionis", NULL };
  const CkToken *t = ck_tok (ctx, k);
  gsize n = t->end - t->start;
  for (guint q = 0; endings[q]; q++)
    {
      gsize m = strlen (endings[q]);
      if (n > m + 1 && g_ascii_strncasecmp (ctx->text + t->end - m, endings[q], m) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "Cicero's De divinatione", "Vell's lost Antiquitates maritimae": a Latin
 * title after an owner, with no date.  It opens with "De" or its words
 * after the first have Latin endings; it ends at the first word of
 * another kind.  The end, or @ts. */
static guint
latin_title_end (const CkExtractCtx *ctx, guint ts, guint n)
{
  static const char * const english[] = { "the", "of", "and", "to", "in", "on", "by", "for", "with", "is", "was",
                                           "a", "an", "as", "at", "that", "which", "when", "he", "she", "it", "are",
                                           "were", "has", "have", "had", "be", "been", "will", "would", "can", "could",
                                           "may", "might", "not", "but", "or", "so", "also", "too", NULL };
  gboolean de = ck_tok_is (ctx, ts, "De") && ck_tok_cap_word (ctx, ts);
  guint k = ts + 1;
  /* "De re militari", "De bello"; "Antiquitates rerum divinarum" (each
   * word after the first with its ending) */
  while (k < n && k < ts + 6 && ck_tok (ctx, k)->nl == 0 && ck_tok_lower_word (ctx, k) && !ck_tok_in_words (ctx, k, english) &&
         ((de && !ck_tok_verb_form (ctx, k)) || latin_ending (ctx, k)))
    k++;
  if (k == ts + 1 || (k < n && ck_tok_cap_word (ctx, k)))
    return ts;
  return k;
}

/* The owner's title in Latin: see latin_title_end(). */
static void
latin_after_owner (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 2 < n; i++)
    {
      guint ts = i + 1, te, ns;
      CkRecord *rec;
      if (ck_tok (ctx, i)->kind != CK_TOK_POSS || ck_is_claimed (ctx, i - 1, i + 2))
        continue;
      if (ck_tok_lower_word (ctx, ts) && ck_is_title_adjective (ctx, ts))
        ts++;
      if (!ck_tok_cap_word (ctx, ts) || (te = latin_title_end (ctx, ts, n)) == ts || ck_is_claimed (ctx, ts, te))
        continue;
      if (!(rec = owner_record (ctx, i, ts, te, CK_TYPE_BOOK, &ns)))
        continue;
      ck_mention_add (ctx, det, rec, ck_tok (ctx, ns)->start, ck_tok (ctx, te - 1)->end, ts, 0);
      ck_claim (ctx, ns, te);
      i = te;
    }
}

void
ck_detect_possessive_lower (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 3 < n; i++)
    {
      guint ns, ts = i + 1, te, words = 0, q;
      gboolean quoted = FALSE, lower = FALSE, ok = TRUE;
      CkRecord *rec;
      if (ck_tok (ctx, i)->kind != CK_TOK_POSS || ck_is_claimed (ctx, i - 1, i + 2))
        continue;
      /* "Quell's 'The original harbour' (…)": quotes around it */
      if (ck_tok (ctx, ts)->kind == CK_TOK_QUOTE_OPEN)
        {
          quoted = TRUE;
          ts++;
        }
      if (!ck_tok_cap_word (ctx, ts))
        continue;
      for (q = ts + 1; q < n && q < ts + 2 * PL_MAX_WORDS && ok; q++)
        {
          const CkToken *t = ck_tok (ctx, q);
          if (ck_tok_is_punct (ctx, q, '(') || (quoted && t->kind == CK_TOK_QUOTE_CLOSE))
            break;
          if (t->nl >= 2 || t->kind == CK_TOK_QUOTE_OPEN || t->kind == CK_TOK_QUOTE_CLOSE ||
              (t->kind == CK_TOK_PUNCT && t->ch != ',' && t->ch != ':' && t->ch != '-' && t->ch != 0x2013))
            ok = FALSE;
          else if (t->kind == CK_TOK_WORD)
            {
              words++;
              lower |= ck_tok_lower_word (ctx, q) && !(t->flags & CK_TOKF_FUNC);
              if (ck_tok_lower_word (ctx, q) && ck_tok_in_words (ctx, q, clause_verbs))
                ok = FALSE;
              /* "Vell's Salt builds on Orr (1986)": a verb and its
               * preposition, then an author-date citation */
              if (ck_verb_author_date_at (ctx, q))
                ok = FALSE;
            }
        }
      te = q;
      if (quoted)
        {
          if (te >= n || ck_tok (ctx, te)->kind != CK_TOK_QUOTE_CLOSE)
            continue;
          q = te + 1;
          if (ck_tok_is_punct (ctx, te - 1, ',') || ck_tok_is_punct (ctx, te - 1, '.'))
            te--;
        }
      /* "Portrait du marin and the sea (1962)": a foreign title and
       * English words after it are no one title */
      if (ok && mixed_languages (ctx, ts, te))
        ok = FALSE;
      /* a title in sentence case: lower-case words after the capital */
      if (!ok || !lower || words + 1 > PL_MAX_WORDS || q >= n || !ck_tok_is_punct (ctx, q, '(') || !dated_bracket (ctx, q) ||
          ck_is_claimed (ctx, ts, te) || !ck_title_plausible (ctx, ts, te))
        continue;
      while (te > ts && (ck_tok_is_punct (ctx, te - 1, ',') || ck_tok_is_punct (ctx, te - 1, ':')))
        te--;
      if (!(rec = owner_record (ctx, i, ts, te, quoted ? CK_TYPE_CHAPTER : CK_TYPE_BOOK, &ns)))
        continue;
      if (ck_tok (ctx, q + 1)->flags & CK_TOKF_YEAR)
        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, q + 1)->start), 0, 0));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, ns)->start, ck_tok (ctx, te - 1)->end, ts, 0);
      ck_claim (ctx, ns, te);
      i = te;
    }
  latin_after_owner (ctx, det);
}
