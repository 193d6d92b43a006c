/* title-short.c — short titles after a possessive in running prose.
 *
 * "Orrin's Tides" is as often a place, a shop or a theory as a book, so a
 * one-word title after a possessive needs an imprint.  A verb of reading
 * or a noun for a copy before the owner says it is a book: "he reads
 * Orrin's Tides", "a copy of Orrin's Tides".  And a person the text names
 * elsewhere is no part of a title that runs on into "with Name": "reads
 * Orrin's Tides with Hal" cites Tides. */
#include "title-short.h"

#include <string.h>

/* Words that read a book: "reads Vell's Tides". */
static const char * const reading_verbs[] = {
  "read", "reads", "reading", "reread", "rereads", "rereading", "re-read", "re-reads", "re-reading", NULL,
};

/* Nouns for a copy of a book, before "of": "a copy of Vell's Tides". */
static const char * const copy_nouns[] = {
  "copy", "copies", "edition", "editions", "translation", "translations", "reading", NULL,
};

gboolean
ck_short_reading_cue (const CkExtractCtx *ctx, guint ns)
{
  if (ns == 0)
    return FALSE;
  if (ck_tok_lower_word (ctx, ns - 1) && ck_tok_in_words (ctx, ns - 1, reading_verbs))
    return TRUE;
  return ns >= 2 && ck_tok_is (ctx, ns - 1, "of") && ck_tok_lower_word (ctx, ns - 2) &&
         ck_tok_in_words (ctx, ns - 2, copy_nouns);
}

guint
ck_short_cut_companion (const CkExtractCtx *ctx, guint ts, guint te)
{
  /* "T with Name" at the run's end: one capitalised word after "with",
   * a word the text also uses outside this run */
  if (te >= ts + 3 && ck_tok_is (ctx, te - 2, "with") && ck_tok_lower_word (ctx, te - 2) &&
      ck_tok_cap_word (ctx, te - 1) && ck_ctx_word_recurs (ctx, te - 1, ts, te))
    return te - 2;
  return te;
}

/* "and associates", "and others", "et al.": authors left unnamed. */
guint
ck_short_skip_unnamed (const CkExtractCtx *ctx, guint k, guint limit)
{
  static const char * const rest[] = { "associates", "colleagues", "collaborators", "others", "co-workers", NULL };
  if (k + 1 < limit && ck_tok_is (ctx, k, "and") && ck_tok_lower_word (ctx, k + 1) && ck_tok_in_words (ctx, k + 1, rest))
    return k + 2;
  if (k + 1 < limit && ck_tok_is (ctx, k, "et") && ck_tok_is (ctx, k + 1, "al"))
    return k + 2 < limit && ck_tok_is_punct (ctx, k + 2, '.') ? k + 3 : k + 2;
  return k;
}

/* ", her collection of tales", ", his second novel": a pronoun owner in
 * apposition right after a title. */
guint
ck_short_owner_after (const CkExtractCtx *ctx, guint k)
{
  static const char * const owners[] = { "his", "her", NULL };
  guint n = ck_n_toks (ctx);
  if (k < n && ck_tok_is_punct (ctx, k, ','))
    k++;
  if (k + 1 >= n || !ck_tok_lower_word (ctx, k) || !ck_tok_in_words (ctx, k, owners))
    return G_MAXUINT;
  /* the cue noun next, or after one adjective ("her second novel") */
  for (guint q = k + 1; q < n && q <= k + 2; q++)
    {
      const CkToken *t = ck_tok (ctx, q);
      const char *v;
      if (!ck_tok_lower_word (ctx, q))
        break;
      v = ck_lex_lookup (CK_LEX_CUES, ctx->text + t->start, t->end - t->start);
      if (v && strcmp (v, "book") == 0)
        return k;
    }
  return G_MAXUINT;
}

/* "a short novel called “T”", "his essay entitled “T”": a noun of a work
 * and a verb of naming just before the quote at @open. */
gboolean
ck_short_named_cue_before (const CkExtractCtx *ctx, guint open)
{
  static const char * const naming[] = { "called", "entitled", "titled", "named", NULL };
  if (open < 2 || !ck_tok_lower_word (ctx, open - 1) || !ck_tok_in_words (ctx, open - 1, naming))
    return FALSE;
  for (guint k = open - 1, m = 0; k > 0 && m < 3; m++)
    {
      const CkToken *t;
      const char *v;
      k--;
      if (!ck_tok_lower_word (ctx, k))
        break;
      t = ck_tok (ctx, k);
      v = ck_lex_lookup (CK_LEX_CUES, ctx->text + t->start, t->end - t->start);
      if (v && strcmp (v, "book") == 0)
        return TRUE;
    }
  return FALSE;
}

/* "W. K. Orrin in “T”": the first token of a full personal name (two
 * words or more, opened by initials or a known given name) just before
 * the "in" that precedes the quote at @open, or G_MAXUINT. */
guint
ck_short_name_in_before (const CkExtractCtx *ctx, guint open)
{
  guint floor, ns;
  const CkToken *f;
  if (open < 3 || !ck_tok_is (ctx, open - 1, "in") || !ck_tok_lower_word (ctx, open - 1))
    return G_MAXUINT;
  floor = ck_sentence_start (ctx, open - 1);
  ns = ck_name_span_backward (ctx, open - 1, floor);
  if (ns >= open - 1 || ck_count_words (ctx, ns, open - 1) < 2 || ck_is_claimed (ctx, ns, open - 1) ||
      ck_tok_in_lex (ctx, ns, CK_LEX_PLACES))
    return G_MAXUINT;
  f = ck_tok (ctx, ns);
  if (!(f->flags & CK_TOKF_INITIAL) && !ck_lex_lookup (CK_LEX_GIVEN_NAMES, ctx->text + f->start, f->end - f->start))
    return G_MAXUINT;
  return ns;
}
