/* detect-possessive-title.c — titles that open with a possessive, in a
 * pair or list of such titles:
 *
 *   "as good as anything in Ruth's Harbour or Pilot's Widow."
 *   "after Miller's Field, Ferryman's Song and Crow's Acre"
 *
 * "Vell's Harbour" is usually Vell's book called Harbour, and one word
 * after a possessive is too little to be taken for a book (detect_possessive
 * in detectors.c needs two words or an imprint).  But two phrases "Word's
 * Word" or more joined as a list, none with an owner the text names
 * anywhere else, read as titles whole: a writer discussed is named again,
 * a list of one-word books by several writers nobody mentions is rare.
 * No owner may be a given name, honorific, place or institution's word,
 * and the list must stand in mid-sentence.  The author is found from the
 * context like a pronoun's (merge.c).
 */
#include "detect-context.h"
#include "detect-extra.h"

/* Most items one list may hold. */
#define MAX_ITEMS 8

/* "Word's Word" at @s: returns its end (after the second word), or @s. */
static guint
poss_phrase (const CkExtractCtx *ctx, guint s)
{
  guint n = ck_n_toks (ctx);
  const CkToken *o;
  if (s + 2 >= n || !ck_tok_cap_word (ctx, s) || ck_tok (ctx, s + 1)->kind != CK_TOK_POSS ||
      !ck_tok_cap_word (ctx, s + 2) || ck_is_claimed (ctx, s, s + 3))
    return s;
  o = ck_tok (ctx, s);
  if ((o->flags & (CK_TOKF_UPPER | CK_TOKF_INITIAL)) || (ck_tok (ctx, s + 2)->flags & CK_TOKF_UPPER) ||
      ck_tok_in_lex (ctx, s, CK_LEX_GIVEN_NAMES) || ck_tok_in_lex (ctx, s, CK_LEX_PLACES) ||
      ck_tok_in_lex (ctx, s, CK_LEX_NON_TITLES) || ck_tok_in_lex (ctx, s, CK_LEX_NON_NAMES) ||
      ck_tok_in_lex (ctx, s, CK_LEX_PUBLISHERS) || ck_ctx_opens_with_name (ctx, s) ||
      ck_ctx_institution_word (ctx->text + o->start, o->end - o->start) ||
      ck_ctx_institution_word (ctx->text + ck_tok (ctx, s + 2)->start, ck_tok (ctx, s + 2)->end - ck_tok (ctx, s + 2)->start) ||
      ck_tok_in_lex (ctx, s + 2, CK_LEX_GIVEN_NAMES) || ck_tok_in_lex (ctx, s + 2, CK_LEX_NON_TITLES) ||
      ck_tok_in_lex (ctx, s + 2, CK_LEX_FUNCTION_WORDS))
    return s;
  /* the owner named nowhere else in the text: no writer discussed */
  if (ck_ctx_word_recurs (ctx, s, s, s + 3) || ck_ctx_word_recurs (ctx, s + 2, s, s + 3))
    return s;
  /* the phrase ends there: a stop, a comma, a conjunction, a lower-case word */
  if (s + 3 < n && ck_tok_cap_word (ctx, s + 3))
    return s;
  return s + 3;
}

void
ck_detect_possessive_title (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 6 < n; i++)
    {
      guint is[MAX_ITEMS], ie[MAX_ITEMS], n_items = 0, q = i, e, floor;
      gboolean last = FALSE, done = FALSE;
      if (!ck_tok_lower_word (ctx, i - 1) || ck_tok (ctx, i + 1)->kind != CK_TOK_POSS)
        continue;
      floor = ck_sentence_start (ctx, i);
      if (i <= floor)
        continue;
      while (n_items < MAX_ITEMS && (e = poss_phrase (ctx, q)) > q)
        {
          is[n_items] = q;
          ie[n_items] = e;
          n_items++;
          if (last)
            {
              done = TRUE;
              break;
            }
          /* ", " or ", and" or "and"/"or" before the next item */
          if (ck_tok_is_punct (ctx, e, ','))
            e++;
          if (ck_tok_lower_word (ctx, e) && (ck_tok_is (ctx, e, "and") || ck_tok_is (ctx, e, "or")))
            {
              e++;
              last = TRUE;
            }
          else if (!ck_tok_is_punct (ctx, e - 1, ','))
            break;
          q = e;
        }
      if (!done || n_items < 2)
        continue;
      for (guint k = 0; k < n_items; k++)
        ck_ctx_add_bare_title (ctx, det, is[k], ie[k], is[k]);
      i = ie[n_items - 1] - 1;
    }
}

/* Words that open a clause or a noun phrase of their own: in title case a
 * title holding "and" goes on with a noun ("Salt and Iron"), one naming
 * two titles starts the second with a pronoun or a determiner. */
static const char * const second_openers[] = { "This", "That", "These", "Those", "My", "Your", "Our", "We", "You",
                                               "It", "There", "Here", NULL };

guint
ck_title_pronoun_split (const CkExtractCtx *ctx, guint ts, guint te)
{
  for (guint w = ts + 3; w + 3 < te; w++)
    if (ck_tok_is (ctx, w, "and") && ck_tok_lower_word (ctx, w) && ck_tok_cap_word (ctx, w + 1) &&
        ck_tok_in_words (ctx, w + 1, second_openers) && ck_count_words (ctx, ts, w) >= 3 &&
        ck_count_words (ctx, w + 1, te) >= 3)
      return w;
  return te;
}
