/* detect-list-sibling.c — the other items of a list one of whose items is
 * a title already found:
 *
 *   "which reprints T along with The Freedom of the Mill, Low Quarters,
 *    Gentry, Faith Mender and Crossings"          a closed comma list
 *   "A Wake for the Forest, written for …; The Salt and the Jewel, a
 *    comedy; The Marsh Folk; and The Strong Tide, the darkest of them"
 *                                                  clauses of one list
 *
 * Writers list like with like: when one item of a closed list ("A, B and
 * C") is a title some detector found, the others are titles too — if
 * each of them passes the checks of title-weak.c (no event, place,
 * institution, publisher, periodical or person) and is no word the text
 * repeats; one that fails spoils the whole list ("T, London and Paris").
 * A list in clauses split by semicolons needs two items found.  The
 * author is found from the context, like a pronoun's (merge.c).
 */
#include "detect-context.h"
#include "detect-extra.h"

/* Most items one list may hold. */
#define MAX_ITEMS 16

/* "Faith Mender": two words a given name opens, the second no name
 * and not repeated — a title in a list of titles, a person elsewhere. */
static gboolean
name_like_title (const CkExtractCtx *ctx, guint ts, guint te)
{
  return te == ts + 2 && ck_tok_in_lex (ctx, ts, CK_LEX_GIVEN_NAMES) && ck_tok_cap_word (ctx, ts + 1) &&
         !ck_tok_in_lex (ctx, ts + 1, CK_LEX_GIVEN_NAMES) && !ck_ctx_word_recurs (ctx, ts + 1, ts, te) &&
         !ck_ctx_word_recurs (ctx, ts, ts, te) && !ck_ctx_names_non_work (ctx, ts, te);
}

static gboolean
item_ok (const CkExtractCtx *ctx, guint ts, guint te, gboolean long_list)
{
  guint words = ck_count_words (ctx, ts, te);
  if (te <= ts || words == 0 || !ck_tok_cap_word (ctx, ts) || (ck_tok (ctx, ts)->flags & CK_TOKF_UPPER) ||
      ck_is_claimed (ctx, ts, te) || !ck_title_plausible (ctx, ts, te))
    return FALSE;
  /* (a one-word item of a long list is judged on its own below: a
   * person's test would read the word named again as a surname) */
  if (ck_ctx_names_non_work (ctx, ts, te) || (!(long_list && words == 1) && ck_ctx_names_person (ctx, ts, te)) ||
      ck_names_periodical (ctx, ts, te) ||
      ck_span_in_lex (ctx, ts, te, CK_LEX_PERIODICALS) || ck_span_in_lex (ctx, ts, te, CK_LEX_PUBLISHERS))
    return FALSE;
  for (guint k = ts; k < te; k++)
    if ((ck_tok (ctx, k)->flags & CK_TOKF_YEAR) || (ck_tok_in_lex (ctx, k, CK_LEX_GIVEN_NAMES) && k + 1 < te))
      return FALSE;
  /* a word the text repeats is a surname or a place, unless three items
   * or more of a list after a title say it is one of a writer's works
   * named again ("T, Gentry, Crossings and Low Water … Crossings (1981)") */
  if (words == 1 && ((!long_list && ck_ctx_word_recurs (ctx, ts, ts, te)) || ck_tok_in_lex (ctx, ts, CK_LEX_NON_NAMES) ||
                     ck_tok_in_lex (ctx, ts, CK_LEX_GIVEN_NAMES) || ck_tok_in_lex (ctx, ts, CK_LEX_PLACES) ||
                     ck_tok_in_lex (ctx, ts, CK_LEX_FUNCTION_WORDS)))
    return FALSE;
  return TRUE;
}

/* Whether token @k lies in a title found before. */
static gboolean
found_at (const CkExtractCtx *ctx, guint k)
{
  return k < ck_n_toks (ctx) && ctx->claimed[k] && ck_ctx_in_title (ctx, k);
}

/* The end of the run from @s, cut before an inner "and"/"or" that a
 * capital follows ("Faith Mender and\nCrossings": two items). */
static guint
item_end (const CkExtractCtx *ctx, guint s, guint limit)
{
  guint te = ck_title_span_forward (ctx, s, MIN (limit, s + 20), TRUE);
  for (guint k = s + 1; k + 1 < te; k++)
    if ((ck_tok_is (ctx, k, "and") || ck_tok_is (ctx, k, "or")) && ck_tok_lower_word (ctx, k) && ck_tok_cap_word (ctx, k + 1))
      return k;
  while (te > s + 1 && ck_tok_lower_word (ctx, te - 1) && (ck_tok (ctx, te - 1)->flags & CK_TOKF_FUNC))
    te--;
  return te;
}

static gboolean
is_conj (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_lower_word (ctx, k) && (ck_tok_is (ctx, k, "and") || ck_tok_is (ctx, k, "or"));
}

/* "T, A, B and C" after the found title ending before @p: adds A, B, C
 * and returns the token after the list, or @p when it is no such list. */
static guint
comma_list (CkExtractCtx *ctx, const CkDetector *det, guint p, guint limit)
{
  guint is[MAX_ITEMS], ie[MAX_ITEMS], n_items = 0, n = ck_n_toks (ctx), q = p;
  gboolean closed = FALSE;
  while (q < limit && n_items < MAX_ITEMS)
    {
      guint s, e;
      if (ck_tok_is_punct (ctx, q, ','))
        {
          q++;
          if (is_conj (ctx, q))
            {
              q++;
              closed = TRUE;
            }
        }
      else if (is_conj (ctx, q))
        {
          q++;
          closed = TRUE;
        }
      else
        break;
      s = q;
      if (!ck_tok_cap_word (ctx, s))
        return p;
      if (found_at (ctx, s))
        {
          /* a title found before: passed over */
          e = s;
          while (e < limit && found_at (ctx, e))
            e++;
        }
      else
        {
          e = item_end (ctx, s, limit);
          if (e <= s)
            return p;
          is[n_items] = s;
          ie[n_items] = e;
          n_items++;
        }
      q = e;
      if (closed)
        break;
    }
  /* closed by "and"/"or", ended where a clause does */
  if (!closed || n_items == 0 ||
      !(q >= n || ck_tok (ctx, q)->kind == CK_TOK_PUNCT || ck_tok_lower_word (ctx, q)))
    return p;
  /* one item of a list of four or more may open like a name */
  for (guint k = 0, named = 0; k < n_items; k++)
    if (!item_ok (ctx, is[k], ie[k], n_items >= 3) &&
        !(n_items >= 4 && named++ == 0 && !ck_is_claimed (ctx, is[k], ie[k]) && name_like_title (ctx, is[k], ie[k])))
      return p;
  /* "T and Hereford": one word alone after a title may be a place the
   * lexicons do not know */
  if (n_items == 1 && ck_count_words (ctx, is[0], ie[0]) < 2)
    return p;
  for (guint k = 0; k < n_items; k++)
    ck_ctx_add_bare_title (ctx, det, is[k], ie[k], is[k]);
  return q;
}

/* The sentence [ss,se) split at its semicolons: when two clauses or more
 * open with a found title, the other clauses that open with a run ended
 * by a comma or a semicolon open with titles too. */
static void
semicolon_list (CkExtractCtx *ctx, const CkDetector *det, guint ss, guint se)
{
  guint starts[MAX_ITEMS], n_cl = 0, found = 0;
  /* the first clause's item follows a colon: "six years: T1, …; T2" */
  starts[n_cl++] = ss;
  for (guint k = ss; k < se && n_cl < MAX_ITEMS; k++)
    {
      if (n_cl == 1 && ck_tok_is_punct (ctx, k, ':'))
        starts[0] = k + 1;
      if (ck_tok_is_punct (ctx, k, ';'))
        starts[n_cl++] = k + 1 + (is_conj (ctx, k + 1) ? 1 : 0);
    }
  if (n_cl < 3)
    return;
  for (guint c = 0; c < n_cl; c++)
    if (found_at (ctx, starts[c]))
      found++;
  if (found < 2)
    return;
  for (guint c = starts[0] == ss ? 1 : 0; c < n_cl; c++)
    {
      guint s = starts[c], e;
      if (found_at (ctx, s) || !ck_tok_cap_word (ctx, s))
        continue;
      e = item_end (ctx, s, se);
      if (e > s && (ck_tok_is_punct (ctx, e, ';') || ck_tok_is_punct (ctx, e, ',') || e + 1 >= se) && item_ok (ctx, s, e, FALSE))
        ck_ctx_add_bare_title (ctx, det, s, e, s);
    }
}

void
ck_detect_list_sibling (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx), last_sentence = G_MAXUINT;
  for (guint k = 0; k + 2 < n; k++)
    {
      guint ss, se, q;
      if (!found_at (ctx, k) || found_at (ctx, k + 1))
        continue;
      ss = ck_sentence_start (ctx, k);
      se = MIN (n, ck_sentence_end (ctx, k));
      /* each sentence's clauses once */
      if (ss != last_sentence)
        {
          last_sentence = ss;
          semicolon_list (ctx, det, ss, se);
        }
      if (ck_tok_is_punct (ctx, k + 1, ',') || is_conj (ctx, k + 1))
        {
          q = comma_list (ctx, det, k + 1, se);
          if (q > k + 1)
            k = q - 1;
        }
    }
}
