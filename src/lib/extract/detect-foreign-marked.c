/* detect-foreign-marked.c — a title in French, German, Italian or Spanish
 * named bare in English prose after "the" or an owner, with no date or
 * bracket, marked by its own words:
 *
 *   "he quotes the Considérations sur le port de Brest at length"
 *   "Vell's Vermutungen über den Hafen"
 *
 * A capital, then a linking word of the other language that is no name's
 * particle ("sur", "über", "pour", "sobre"; "de" and "von" also join a
 * person's names), then the title's words to the first English word or
 * stop (title-foreign.c reads the run).  The owner, or the person the
 * sentence is about, gives the author. */
#include "detect-context.h"
#include "detect-extra.h"

static const char * const openers[] = { "the", "his", "her", "their", "its", NULL };

void
ck_detect_foreign_marked (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 3 < n; i++)
    {
      guint te;
      if (!((ck_tok (ctx, i - 1)->kind == CK_TOK_WORD && ck_tok_in_words (ctx, i - 1, openers)) || ck_tok (ctx, i - 1)->kind == CK_TOK_POSS) ||
          !ck_tok_cap_word (ctx, i) || (te = ck_foreign_marked_end (ctx, i, n)) == i || ck_is_claimed (ctx, i, te) ||
          ck_ctx_names_person (ctx, i, te))
        continue;
      ck_ctx_add_bare_title (ctx, det, i, te, i - 1);
      i = te;
    }
}
