/* title-quoted.c — a title in quotes with no cue, "by" or imprint:
 *
 *   It is ten years since “The Salt Orchard” made her name.
 *   … and to “The Glass Meridian.”
 *
 * Reviews that lost their italics quote the titles of books; a quoted run
 * of two or more words in title case is then a work, not a remark, unless
 * the quotation reads as a term ("the “Salt Wars” of 1840", "his policy
 * of “Bread First”"), an event or a person's name.  One-word quotations
 * stay weak: they are words and names ("Truth", "Descartes") far more
 * often than books.
 */
#include "extract-private.h"
#include "detect-context.h"
#include "detect-extra.h"

/* Lower-case words before the open quote that make the quotation a term
 * of the sentence rather than a book named by it: "the “Cold Years”",
 * "policy of “Bread First”", "known as “Old Hands”".  "as" is one only
 * after a verb of naming ("known as", "described as"); "the same music
 * as “T”" compares works. */
static const char * const term_openers[] = {
  "the", "a", "an", "of", "so-called", "called", "dubbed", "nicknamed", "termed", NULL,
};

/* Plural nouns for kinds of works: "lectures such as “T”". */
static const char * const work_kinds[] = {
  "lectures", "essays", "poems", "stories", "novels", "books", "pamphlets", "articles", "plays", "songs",
  "talks", "sermons", "addresses", "works", "titles", "Lectures", "Essays", "Poems", "Stories", "Novels",
  "Books", "Pamphlets", "Articles", "Plays", "Songs", "Talks", "Sermons", "Addresses", "Works", NULL,
};

/* "known as", "described as", "referred to as": the "as" at @k names. */
static gboolean
naming_as (const CkExtractCtx *ctx, guint k)
{
  const CkToken *v;
  if (!ck_tok_is (ctx, k, "as"))
    return FALSE;
  if (k == 0 || !ck_tok_lower_word (ctx, k - 1))
    return TRUE;
  v = ck_tok (ctx, k - 1);
  /* a participle: "known", "described", "referred to", "regarded" */
  /* "lectures such as “T”" lists works of a kind; "terms such as “T”" names */
  if (ck_tok_is (ctx, k - 1, "such"))
    return !(k >= 2 && ck_tok_in_words (ctx, k - 2, work_kinds));
  return ck_tok_is (ctx, k - 1, "known") || ck_tok_is (ctx, k - 1, "to") ||
         (v->end - v->start > 3 && ctx->text[v->end - 2] == 'e' && ctx->text[v->end - 1] == 'd');
}

/* Whether the word at @k is an event, period, institution or honorific
 * word (non-titles.txt): such a run names something other than a work. */
static gboolean
non_title_word (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  return t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_CAP) && ck_tok_in_lex (ctx, k, CK_LEX_NON_TITLES);
}

gboolean
ck_quoted_title_firm (const CkExtractCtx *ctx, guint open, guint te)
{
  guint first = open + 1, last = te;
  if (te <= first + 1 || ck_count_words (ctx, first, te) < 2)
    return FALSE;
  if (!(ck_tok (ctx, first)->flags & CK_TOKF_CAP))
    return FALSE;
  if (open > 0 && ck_tok_lower_word (ctx, open - 1) &&
      (ck_tok_in_words (ctx, open - 1, term_openers) || naming_as (ctx, open - 1)))
    return FALSE;
  /* the last word of the run: "Salt Wars", "Harbour Strike" are events */
  while (last > first && ck_tok (ctx, last - 1)->kind != CK_TOK_WORD)
    last--;
  if (last > first && non_title_word (ctx, last - 1))
    return FALSE;
  /* "Mrs Arden", "Ada Quint": an honorific or a given name and one more
   * word is a person */
  if (ck_count_words (ctx, first, te) == 2 && ck_tok (ctx, first)->kind == CK_TOK_WORD &&
      (non_title_word (ctx, first) || ck_tok_in_lex (ctx, first, CK_LEX_GIVEN_NAMES)))
    return FALSE;
  if (ck_run_names_occasion (ctx, first, te))
    return FALSE;
  return TRUE;
}

gboolean
ck_quoted_title_case (const CkExtractCtx *ctx, guint s, guint te)
{
  guint k = s, pieces = 0, first_end = te;
  gboolean serial = FALSE;
  /* "Will You Please Be Quiet, Please?", "A Small, Good Thing": title-case
   * pieces split by commas, each opening with a capital */
  while (k < te)
    {
      guint e = ck_title_span_forward (ctx, k, te, TRUE);
      if (e == k)
        return FALSE;
      /* "Tea, Mrs Abigail?": a name after the comma is spoken to */
      if (pieces++ > 0 && ck_ctx_names_person (ctx, k, e))
        return FALSE;
      if (pieces == 1)
        first_end = e;
      k = e;
      if (k < te && ck_tok_is_punct (ctx, k, ',') && k + 1 < te && ck_tok_cap_word (ctx, k + 1))
        k++;
      /* "My Ten Years in a Quandary, and How They Grew" */
      else if (k + 2 < te && ck_tok_is_punct (ctx, k, ',') && ck_tok_lower_word (ctx, k + 1) &&
               (ck_tok_is (ctx, k + 1, "and") || ck_tok_is (ctx, k + 1, "or")) && ck_tok_cap_word (ctx, k + 2))
        {
          k += 2;
          serial = pieces >= 2;
        }
      /* "Manners, Morals, and the Novel": a serial list's last piece
       * may open with an article */
      else if (k + 3 < te && pieces >= 2 && ck_tok_is_punct (ctx, k, ',') && ck_tok_is (ctx, k + 1, "and") &&
               (ck_tok_is (ctx, k + 2, "the") || ck_tok_is (ctx, k + 2, "a")) && ck_tok_cap_word (ctx, k + 3))
        {
          k += 3;
          serial = TRUE;
        }
      else if (k + 1 == te && (ck_tok_is_punct (ctx, k, '?') || ck_tok_is_punct (ctx, k, '!')))
        k++;
      else if (k < te)
        return FALSE;
    }
  /* one comma at most ("Salt, Iron, Rope, Tar" is a list), and two
   * words before it ("Yes, Sir Tom") */
  /* "Guns, Germs, and Steel": three pieces when "and" joins the last */
  if (serial && pieces == 3)
    return TRUE;
  return pieces <= 2 && (pieces == 1 || ck_count_words (ctx, s, first_end) >= 2);
}

/* Genre nouns after a copula: "‘T’ is a great poem", "“T” was her first
 * story". */
static const char * const genre_after[] = { "poem", "story", "essay", "song", "elegy", "ode", "sonnet", "ballad",
                                            "lyric", "tale", "sequence", NULL };

gboolean
ck_quoted_strong_cue (const CkExtractCtx *ctx, guint open, guint close)
{
  guint n = ck_n_toks (ctx), a = close + 1;
  gboolean comma_inside = close > open + 1 && ck_tok_is_punct (ctx, close - 1, ',');
  /* "In “Tulips,” written in a hospital bed": a sentence opening on a
   * poem or a story it then reads */
  if (open > 0 && comma_inside && ck_tok_is (ctx, open - 1, "In") && ck_tok_cap_word (ctx, open - 1) &&
      ck_sentence_start (ctx, open - 1) == open - 1)
    return TRUE;
  /* "… and wrote ‘Spain’" */
  if (open > 0 && ck_tok_lower_word (ctx, open - 1) && ck_tok_is (ctx, open - 1, "wrote"))
    return TRUE;
  if (a < n && ck_tok_is_punct (ctx, a, ','))
    a++;
  /* "‘T’, which first appeared in …", "“T,” first published in …" */
  for (guint k = a; k < n && k < a + 3; k++)
    if (ck_tok_lower_word (ctx, k) && (ck_tok_is (ctx, k, "appeared") || ck_tok_is (ctx, k, "published")) &&
        k + 1 < n && ck_tok_is (ctx, k + 1, "in"))
      return TRUE;
  /* "‘T’ is a great poem" */
  if (a + 2 < n && (ck_tok_is (ctx, a, "is") || ck_tok_is (ctx, a, "was")) && ck_tok_lower_word (ctx, a))
    for (guint k = a + 1; k < n && k < a + 5; k++)
      {
        if (!ck_tok_lower_word (ctx, k))
          break;
        if (ck_tok_in_words (ctx, k, genre_after))
          return TRUE;
      }
  return FALSE;
}

gboolean
ck_quoted_after_whose (const CkExtractCtx *ctx, guint open)
{
  return open > 1 && ck_tok_lower_word (ctx, open - 1) && ck_tok_is (ctx, open - 1, "whose") &&
         ck_tok_is_punct (ctx, open - 2, ',');
}
