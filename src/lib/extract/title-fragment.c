/* title-fragment.c — pieces of a longer title or phrase that a detector
 * would take for a title of their own:
 *
 *   "The Sailor's Last Song."       the possessive is inside a quoted
 *                                   title: "Last Song" is no work of a
 *                                   "Sailor"
 *
 * The detectors ask before they take the piece.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <string.h>

#define QUOTED_TITLE_MAX_TOKENS 16

/* Whether token @k may sit in a quoted title in title case: a word
 * (capitalised or a function word), a number, a possessive, or inner
 * punctuation. */
static gboolean
title_piece (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  switch (t->kind)
    {
    case CK_TOK_WORD:
      return (t->flags & (CK_TOKF_CAP | CK_TOKF_UPPER | CK_TOKF_FUNC)) != 0;
    case CK_TOK_NUMBER:
    case CK_TOK_POSS:
      return TRUE;
    case CK_TOK_PUNCT:
      return t->ch == ':' || t->ch == ',' || t->ch == '.' || t->ch == '-' || t->ch == '?' || t->ch == '!' ||
             t->ch == '&';
    default:
      return FALSE;
    }
}

gboolean
ck_inside_quoted_title (const CkExtractCtx *ctx, guint i)
{
  guint n = ck_n_toks (ctx), open = G_MAXUINT, close = G_MAXUINT;
  for (guint k = i, m = 0; k > 0 && m < QUOTED_TITLE_MAX_TOKENS; m++)
    {
      k--;
      if (ck_tok (ctx, k)->nl >= 2 && k + 1 <= i)
        break;
      /* “A ‘Wonder’ Drug’s Trail”: a pair of single quotes inside */
      if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_CLOSE && (ck_tok (ctx, k)->ch == 0x2019 || ck_tok (ctx, k)->ch == '\''))
        {
          guint o = k;
          while (o > 0 && o + 12 > k && ck_tok (ctx, o - 1)->kind == CK_TOK_WORD)
            o--;
          if (o > 0 && o < k && ck_tok (ctx, o - 1)->kind == CK_TOK_QUOTE_OPEN &&
              (ck_tok (ctx, o - 1)->ch == 0x2018 || ck_tok (ctx, o - 1)->ch == '\''))
            {
              k = o - 1;
              continue;
            }
        }
      if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN)
        {
          open = k;
          break;
        }
      if (!title_piece (ctx, k))
        return FALSE;
    }
  if (open == G_MAXUINT || !ck_tok_cap_word (ctx, open + 1))
    return FALSE;
  for (guint k = i + 1; k < n && k < open + QUOTED_TITLE_MAX_TOKENS; k++)
    {
      if (ck_tok (ctx, k)->nl >= 2)
        return FALSE;
      if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_CLOSE)
        {
          close = k;
          break;
        }
      if (!title_piece (ctx, k))
        return FALSE;
    }
  return close != G_MAXUINT;
}

/* Nouns that announce words or names, not works: “her wordplay - “A,”
 * “B,” …”, “the nicknames “X” and “Y””.  Lower case. */
static const char * const language_nouns[] = {
  "wordplay", "puns", "pun", "coinage", "coinages", "neologism", "neologisms", "phrase", "phrases", "word",
  "words", "slogan", "slogans", "nickname", "nicknames", "catchphrase", "catchphrases", "catchword",
  "catchwords", "expression", "expressions", "term", "terms", "jargon", "epithet", "epithets", "motto",
  "mottoes", "buzzword", "buzzwords", "label", "labels", "dubbed", "nicknamed", "so-called", "byword",
  /* a heading over a column or a picture names no work */
  "heading", "headings", "headline", "headlines", "caption", "captions", "rubric", "banner", NULL,
};

/* Verbs after a quoted word that say it is being defined or used as a
 * word ("“X” means", "“X” stands for"). */
static const char * const defining_verbs[] = {
  "means", "meant", "denotes", "denoted", "signifies", "signified", NULL,
};

/* Nouns after "“X” is a" / "has become a" that make X a word or a name. */
static const char * const word_kinds[] = {
  "word", "term", "byword", "catchword", "label", "brand", "slogan", "phrase", "cliché", "cliche", "synonym",
  "programme", "program", "show", "trademark", NULL,
};

/* The open quote of the quoted item just before @open, joined to it by a
 * comma, semicolon, dash, "and" or "or"; G_MAXUINT when there is none. */
static guint
previous_item (const CkExtractCtx *ctx, guint open)
{
  guint k = open;
  for (guint m = 0; k > 0 && m < 3; m++)
    {
      k--;
      if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_CLOSE)
        break;
      if (!(ck_tok_is_punct (ctx, k, ',') || ck_tok_is_punct (ctx, k, ';') || ck_tok_is (ctx, k, "and") ||
            ck_tok_is (ctx, k, "or")))
        return G_MAXUINT;
    }
  if (k == 0 || ck_tok (ctx, k)->kind != CK_TOK_QUOTE_CLOSE)
    return G_MAXUINT;
  /* "Salt," closes with the comma inside */
  for (guint m = 0; k > 0 && m < 8; m++)
    {
      k--;
      if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN)
        return k;
      if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_CLOSE || ck_tok (ctx, k)->nl >= 2)
        return G_MAXUINT;
    }
  return G_MAXUINT;
}

/* Works that are not texts: the extractor cites books, chapters, articles
 * and periodicals, not films or songs ("the screenplay “X,”").  Lower
 * case; plays and poems are texts and stay out of the list. */
static const char * const non_text_nouns[] = {
  "screenplay", "screenplays", "film", "films", "movie", "movies", "song", "songs", "painting", "paintings",
  "album", "albums", "symphony", "opera", "operas", "ballet", "documentary", "sitcom", "musical", "single",
  "canvas", "sculpture", "photograph", "exhibition", NULL,
};

/* Verbs that give a name, not a title, unless a cue noun announces the
 * work ("a novel called “X”"). */
static const char * const naming_verbs[] = {
  "called", "termed", "labelled", "labeled", "dubbed", "named", "styled", "branded", NULL,
};

/* Whether a cue noun ("novel", "essay", "book") stands among the three
 * words before @k. */
static gboolean
cue_before (const CkExtractCtx *ctx, guint k)
{
  for (guint m = 0; k > 0 && m < 3; m++)
    {
      const CkToken *t;
      k--;
      t = ck_tok (ctx, k);
      if (t->kind != CK_TOK_WORD)
        return FALSE;
      {
        /* a noun of the cues lexicon; not its adjectives ("first") */
        const char *v = ck_lex_lookup (CK_LEX_CUES, ctx->text + t->start, t->end - t->start);
        if ((v && strcmp (v, "adj") != 0 && strcmp (v, "any") != 0) || ck_tok_in_lex (ctx, k, CK_LEX_GENRE_WORDS))
          return TRUE;
      }
    }
  return FALSE;
}

gboolean
ck_quote_is_phrase (const CkExtractCtx *ctx, guint open, guint close)
{
  guint n = ck_n_toks (ctx), first = open, k;
  /* back over the earlier items of a list of quoted words */
  for (guint m = 0; m < 8; m++)
    {
      guint p = previous_item (ctx, first);
      if (p == G_MAXUINT)
        break;
      first = p;
    }
  /* a language noun among the three words before the list, a dash or
   * colon between: "her wordplay - “A,” “B”", "nicknamed “X”" */
  k = first;
  for (guint m = 0; k > 0 && m < 4; m++)
    {
      k--;
      if (ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, 0x2013) || ck_tok_is_punct (ctx, k, 0x2014) ||
          ck_tok_is_punct (ctx, k, ':') || ck_tok_is_punct (ctx, k, ','))
        continue;
      if (ck_tok (ctx, k)->kind != CK_TOK_WORD)
        break;
      if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, language_nouns))
        return TRUE;
      if (!ck_tok_lower_word (ctx, k))
        break;
    }
  /* "the writer of the screenplay “X,”", "her film “X”" */
  k = first;
  for (guint m = 0; k > 0 && m < 3; m++)
    {
      k--;
      if (!ck_tok_lower_word (ctx, k))
        break;
      if (ck_tok_in_words (ctx, k, non_text_nouns))
        return TRUE;
    }
  /* "the Government first called “Depressed” …": a name given, not a
   * work; "a novel called “X”" keeps its cue */
  if (first > 0 && ck_tok_lower_word (ctx, first - 1) && ck_tok_in_words (ctx, first - 1, naming_verbs) &&
      !cue_before (ctx, first - 1))
    return TRUE;
  /* “X” means …, “X” is a television programme, “X” has become a byword */
  k = close + 1;
  if (k < n && ck_tok_in_words (ctx, k, defining_verbs))
    return TRUE;
  if (k < n && (ck_tok_is (ctx, k, "stands") || ck_tok_is (ctx, k, "refers")) && k + 1 < n &&
      (ck_tok_is (ctx, k + 1, "for") || ck_tok_is (ctx, k + 1, "to")))
    return TRUE;
  if (k + 1 < n && ck_tok_is (ctx, k, "has") && ck_tok_is (ctx, k + 1, "become"))
    k++;
  if (k + 2 < n && (ck_tok_is (ctx, k, "is") || ck_tok_is (ctx, k, "was") || ck_tok_is (ctx, k, "become")) &&
      (ck_tok_is (ctx, k + 1, "a") || ck_tok_is (ctx, k + 1, "an") || ck_tok_is (ctx, k + 1, "the")))
    for (guint q = k + 2; q < n && q < k + 5; q++)
      {
        if (ck_tok_in_words (ctx, q, word_kinds))
          return TRUE;
        if (!ck_tok_lower_word (ctx, q))
          break;
      }
  return FALSE;
}
