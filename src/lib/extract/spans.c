/* spans.c — the scanners every detector shares: title-case spans, personal
 * names, role phrases and sentence bounds, all over the token array.
 *
 * Title case follows the usual English convention: every word capitalised
 * except articles, conjunctions and short prepositions (the function-word
 * lexicon).  "by" is deliberately not a function word: "Title by Author"
 * ends the title there.  Every scanner is bounded by a limit token and never
 * recurses.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "scholar-shapes.h"
#include <string.h>

#define CK_MAX_NAME_WORDS 5
#define CK_MAX_TITLE_TOKENS 40

/* Abbreviations after which a full stop does not end a sentence. */
static const char * const abbrevs[] = {
  "pp", "p", "no", "nos", "vol", "vols", "ed", "eds", "edn", "trans", "tr", "mr", "mrs", "ms", "dr",
  "st", "jr", "sr", "cf", "ch", "chap", "fig", "repr", "rev", "c", "ca", "vs", "op", "cit", "ibid",
  "n", "nd", "pub", NULL,
};

/* ASCII case folding inline: the word tests below run for every token
 * in many detectors, and g_ascii_tolower is a call each time. */
static inline char
fold (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
}

/* Whether the token text[start, start+len) is @word, ignoring ASCII case. */
static inline gboolean
tok_text_is (const char *text, gsize len, const char *word)
{
  gsize k;
  for (k = 0; k < len; k++)
    if (!word[k] || fold (text[k]) != fold (word[k]))
      return FALSE;
  return word[k] == '\0';
}

gboolean
ck_tok_is (const CkExtractCtx *ctx, guint i, const char *word)
{
  const CkToken *t;
  if (i >= ck_n_toks (ctx))
    return FALSE;
  t = ck_tok (ctx, i);
  /* cheap rejections first: this is called for every token by many detectors */
  if (fold (ctx->text[t->start]) != fold (word[0]))
    return FALSE;
  return tok_text_is (ctx->text + t->start, t->end - t->start, word);
}

gboolean
ck_tok_is_punct (const CkExtractCtx *ctx, guint i, gunichar ch)
{
  const CkToken *t;
  if (i >= ck_n_toks (ctx))
    return FALSE;
  t = ck_tok (ctx, i);
  return t->kind == CK_TOK_PUNCT && t->ch == ch;
}

char *
ck_tok_dup (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  return g_strndup (ctx->text + t->start, t->end - t->start);
}

char *
ck_span_dup (const CkExtractCtx *ctx, guint first, guint end)
{
  GString *s;
  gboolean space = FALSE;
  const char *p, *e;
  if (first >= end || first >= ck_n_toks (ctx))
    return NULL;
  end = MIN (end, ck_n_toks (ctx));
  p = ctx->text + ck_tok (ctx, first)->start;
  e = ctx->text + ck_tok (ctx, end - 1)->end;
  s = g_string_sized_new (e - p);
  for (; p < e; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && s->len)
            g_string_append_c (s, ' ');
          space = FALSE;
          g_string_append_c (s, *p);
        }
    }
  return g_string_free (s, FALSE);
}

gboolean
ck_tok_in_lex (const CkExtractCtx *ctx, guint i, CkLexId id)
{
  const CkToken *t;
  if (i >= ck_n_toks (ctx))
    return FALSE;
  t = ck_tok (ctx, i);
  return ck_lex_lookup (id, ctx->text + t->start, t->end - t->start) != NULL;
}

/* Whether tokens [first,end) as written (spaces collapsed) are one entry
 * of lexicon @id: "Allen Lane", "Farrar, Straus and Giroux". */
gboolean
ck_span_in_lex (const CkExtractCtx *ctx, guint first, guint end, CkLexId id)
{
  g_autofree char *s = NULL;
  if (first >= end || end - first > 12)
    return FALSE;
  s = ck_span_dup (ctx, first, end);
  return s && ck_lex_lookup (id, s, -1) != NULL;
}

guint
ck_para_of (const CkExtractCtx *ctx, guint i)
{
  GArray *paras = ctx->t->paras;
  guint lo = 0, hi = paras->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (paras, CkPara, mid).tok_end <= i)
        lo = mid + 1;
      else
        hi = mid;
    }
  return MIN (lo, paras->len ? paras->len - 1 : 0);
}

guint
ck_count_words (const CkExtractCtx *ctx, guint first, guint end)
{
  guint n = 0;
  for (guint i = first; i < end && i < ck_n_toks (ctx); i++)
    if (ck_tok (ctx, i)->kind == CK_TOK_WORD || ck_tok (ctx, i)->kind == CK_TOK_NUMBER)
      n++;
  return n;
}

static gboolean
is_cap_word (const CkToken *t)
{
  return t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_CAP);
}

static gboolean
is_func_word (const CkToken *t)
{
  return t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_FUNC);
}

/* "The Formation of Vegetable Mould through the Action of Worms",
 * "Arguments within English Marxism": a longer preposition in lower case
 * between capitalised words stays inside a title (the function-word list
 * holds the short ones; these open sentences too often to join it). */
static gboolean
inner_preposition (const CkExtractCtx *ctx, guint j, const CkToken *next)
{
  static const char * const preps[] = { "through", "within", "without", "against", "among", "between", "beyond",
                                        "across", "toward", "towards", "beneath", "behind", "during", "amid",
                                        /* the older titles' "An Essay concerning Human Understanding" */
                                        "concerning", "touching", "respecting", NULL };
  static const char * const year_preps[] = { "since", "before", "after", "until", NULL };
  const CkToken *t = ck_tok (ctx, j);
  /* "Entertainment and Society since 1900": a preposition of time before
   * the year that closes a title */
  if (next && t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_LOWER) && next->nl == 0 && (next->flags & CK_TOKF_YEAR) &&
      ck_tok_in_words (ctx, j, year_preps) && j > 0 && is_cap_word (ck_tok (ctx, j - 1)))
    return TRUE;
  return next && t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_LOWER) && ck_tok_in_words (ctx, j, preps) &&
         next->nl == 0 && (is_cap_word (next) || (next->kind == CK_TOK_WORD && (next->flags & CK_TOKF_FUNC) &&
                                                 j + 2 < ck_n_toks (ctx) && is_cap_word (ck_tok (ctx, j + 2))));
}

static gboolean
glued (const CkToken *a, const CkToken *b)
{
  return a->end == b->start;
}

/* "What's", "It's", "There's": the 's of a contraction, which a title
 * may hold ("What's the Use"), unlike a possessive before a lower-case word. */
static gboolean
is_contraction (const CkExtractCtx *ctx, guint i)
{
  static const char * const words[] = { "What", "It", "That", "Who", "Where", "There", "Here", "Let", "He", "She",
                                        "How", "Nobody", "Everybody", "Somebody", NULL };
  if (!(ck_tok (ctx, i)->flags & CK_TOKF_CAP))
    return FALSE;
  return ck_tok_in_words (ctx, i, words);
}

/* The endings of plural nouns for people ("Workers", "Peasants",
 * "Students", "Socialists", "Historians", "Ladies"); surnames that end
 * in "s" rarely do ("Keynes", "Dickens", "Williams", "Evans"). */
static gboolean
plural_noun_ending (const char *w, gsize len)
{
  static const char * const endings[] = { "ers", "ors", "ars", "ants", "ents", "ists", "ians", "ies", "ards", "oys", NULL };
  for (guint k = 0; endings[k]; k++)
    {
      gsize el = strlen (endings[k]);
      if (len > el + 1 && g_ascii_strncasecmp (w + len - el, endings[k], el) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "Women and the Miners' Strike", "Notes on the Sailor's Trade": a
 * lower-case "the" at @k after a title's small word after a capital
 * stands inside that title, so the owner after it is none. */
gboolean
ck_tok_the_inside_title (const CkExtractCtx *ctx, guint k)
{
  static const char * const smalls[] = { "and", "of", "in", "on", "for", "to", "with", "from", "against",
                                         "after", "before", "since", NULL };
  return k >= 2 && ck_tok_lower_word (ctx, k) && ck_tok_is (ctx, k, "the") && ck_tok_lower_word (ctx, k - 1) &&
         ck_tok_in_words (ctx, k - 1, smalls) && ck_tok_cap_word (ctx, k - 2);
}

/* "Workers' Control", "Peasants' War": an apostrophe glued after a
 * capitalised plural and followed by a space is a possessive inside the
 * title, not a closing quote, unless a single quote is open before it or
 * the word reads as a person's name ("Keynes' General Theory"): only the
 * endings of plural common nouns count, and never after "the", a
 * forename or a particle ("Shop Stewards' Movement" is a title,
 * "Ada Quellers' Harbour" a person's book). */
gboolean
ck_tok_plural_possessive (const CkExtractCtx *ctx, guint j, guint floor)
{
  const CkToken *t = ck_tok (ctx, j);
  const CkToken *prev;
  if (t->kind != CK_TOK_QUOTE_CLOSE || (t->ch != '\'' && t->ch != 0x2019) || j == 0 || j + 1 >= ck_n_toks (ctx))
    return FALSE;
  prev = ck_tok (ctx, j - 1);
  if (!is_cap_word (prev) || prev->end != t->start || ck_tok (ctx, j + 1)->start == t->end ||
      (ctx->text[prev->end - 1] != 's' && ctx->text[prev->end - 1] != 'S'))
    return FALSE;
  /* inside double quotes ("The Fishermans' Club") no single quote was
   * opened: a glued one after a capitalised plural is its apostrophe */
  if (floor > 0 && ck_tok (ctx, floor - 1)->kind == CK_TOK_QUOTE_OPEN &&
      (ck_tok (ctx, floor - 1)->ch == '"' || ck_tok (ctx, floor - 1)->ch == 0x201C) && is_cap_word (ck_tok (ctx, j + 1)))
    return TRUE;
  if (!plural_noun_ending (ctx->text + prev->start, prev->end - prev->start))
    return FALSE;
  /* "the Hammonds' …" is a family; "Ludwig von Mises' …" a person */
  if (j >= 2 && ((ck_tok_is (ctx, j - 2, "the") && ck_tok_lower_word (ctx, j - 2) && !ck_tok_the_inside_title (ctx, j - 2)) ||
                 (is_cap_word (ck_tok (ctx, j - 2)) && !ck_tok_is (ctx, j - 2, "The") && !ck_tok_is (ctx, j - 2, "A") &&
                  (ck_tok_in_lex (ctx, j - 2, CK_LEX_GIVEN_NAMES) || (ck_tok (ctx, j - 2)->flags & CK_TOKF_UPPER) ||
                   ck_tok (ctx, j - 2)->end - ck_tok (ctx, j - 2)->start < 4)) ||
                 ck_lex_lookup (CK_LEX_PARTICLES, ctx->text + ck_tok (ctx, j - 2)->start,
                                ck_tok (ctx, j - 2)->end - ck_tok (ctx, j - 2)->start)))
    return FALSE;
  for (guint k = floor; k < j; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN && (ck_tok (ctx, k)->ch == '\'' || ck_tok (ctx, k)->ch == 0x2018))
      return FALSE;
  return TRUE;
}

/* "or" at @k, after a comma and before a capital article, maybe with a
 * comma of its own: ", or, The …", ", or The …" — a title's
 * alternative ("Waverley, or, 'Tis Sixty Years Since"), not a list of
 * places ("Leeds, or Hull"). */
static gboolean
alt_title_or (const CkExtractCtx *ctx, guint k, guint limit)
{
  guint a = k + 1;
  if (!ck_tok_is (ctx, k, "or") || !ck_tok_lower_word (ctx, k) || k == 0 || !ck_tok_is_punct (ctx, k - 1, ','))
    return FALSE;
  if (a < limit && ck_tok_is_punct (ctx, a, ','))
    a++;
  return a + 1 < limit && ck_tok_cap_word (ctx, a) &&
         (ck_tok_is (ctx, a, "The") || ck_tok_is (ctx, a, "A") || ck_tok_is (ctx, a, "An")) &&
         ck_tok_cap_word (ctx, a + 1);
}

/* "Medieval Regions and their Cities", "Man and his Symbols": a lower-case
 * possessive determiner after "and" or "or" and before a capital stays
 * inside a title (a lexicon entry would let it open or end one; after
 * "of" it is prose: "Readers of his Title"). */
static gboolean
inner_determiner (const CkExtractCtx *ctx, guint j, const CkToken *prev, const CkToken *next)
{
  static const char * const dets[] = { "his", "her", "its", "their", "our", NULL };
  static const char * const joins[] = { "and", "or", NULL };
  return prev && next && ck_tok_lower_word (ctx, j) && ck_tok_in_words (ctx, j, dets) && j > 0 &&
         ck_tok_lower_word (ctx, j - 1) && ck_tok_in_words (ctx, j - 1, joins) && is_cap_word (next);
}

/* "A Reed Blown by the Wind": in a run opened by a capital "A"/"An", an
 * inner "by the"/"by a" before a capitalised word is part of the title,
 * not a by-line — a by-line names a person, with no article.  Not before
 * the words that follow an article in a by-line ("by the Rev. X", "by the
 * Author of T", "by the Editors") or a given name or honorific. */
static gboolean
inner_by_article (const CkExtractCtx *ctx, guint first, guint j, guint limit)
{
  static const char * const byline[] = { "Rev", "Reverend", "Author", "Authors", "Editor", "Editors", "Late",
                                         "Hon", "Honourable", "Right", "Staff", "Translator", "Same", NULL };
  if (!(ck_tok_is (ctx, first, "A") || ck_tok_is (ctx, first, "An")) || !is_cap_word (ck_tok (ctx, first)) ||
      (ck_tok (ctx, first)->flags & CK_TOKF_INITIAL) || j + 2 >= limit || !ck_tok_is (ctx, j, "by") ||
      !ck_tok_lower_word (ctx, j) || !(ck_tok_is (ctx, j + 1, "the") || ck_tok_is (ctx, j + 1, "a")) ||
      !ck_tok_lower_word (ctx, j + 1) || !is_cap_word (ck_tok (ctx, j + 2)) || ck_tok (ctx, j + 2)->nl)
    return FALSE;
  return !ck_tok_in_words (ctx, j + 2, byline) && !ck_tok_in_lex (ctx, j + 2, CK_LEX_GIVEN_NAMES) &&
         !ck_tok_in_lex (ctx, j + 2, CK_LEX_PUBLISHERS);
}

/* "Fields, Factories and Workshops (1899)", "Men, Mobs, and Law: A
 * History", "Black Flags, Blue Waters: The …": a title that lists short
 * capitalised groups is one title when a subtitle follows it, or, with
 * the last group joined by "and", a year in brackets — a list of titles
 * would give each its own.  From a group's start @s: the token after the
 * title (the colon, the bracket), or 0.  The scans use it, so every
 * detector sees such a title whole; the Oxford-comma list of one- and
 * two-word items before a bracket that a detector's own extension reads
 * after the scan ("Salt, Iron, and Rope (…)", title-extend.c) is older and
 * looser about what follows, and is kept for the detectors that call it. */
static guint
serial_title_end (const CkExtractCtx *ctx, guint s, guint limit)
{
  guint n = ck_n_toks (ctx), k = s, groups = 0, commas = 0;
  gboolean joined = FALSE;
  limit = MIN (limit, n);
  guint first_words = 0;
  for (;;)
    {
      guint g = k, words = 0;
      while (k < limit && words < 4 && !(ck_tok_lower_word (ctx, k) && ck_tok_is (ctx, k, "and")) &&
             (k == g || ck_tok (ctx, k)->nl == 0) &&
             (is_cap_word (ck_tok (ctx, k)) ||
              (k > g && k + 1 < limit && (is_func_word (ck_tok (ctx, k)) || ck_tok (ctx, k)->kind == CK_TOK_POSS) &&
               is_cap_word (ck_tok (ctx, k + 1))) ||
              /* "Weather among the Harbour Folk", "Weather of the Coast" */
              (k > g && k + 2 < limit && (inner_preposition (ctx, k, ck_tok (ctx, k + 1)) ||
                                          (is_func_word (ck_tok (ctx, k)) && is_func_word (ck_tok (ctx, k + 1)) &&
                                           is_cap_word (ck_tok (ctx, k + 2)))))))
        {
          words += is_cap_word (ck_tok (ctx, k));
          k++;
        }
      if (k == g || !is_cap_word (ck_tok (ctx, k - 1)))
        return 0;
      if (groups++ == 0)
        first_words = words;
      if (joined || k >= limit)
        break;
      if (ck_tok_is_punct (ctx, k, ',') && k + 1 < limit && ck_tok (ctx, k + 1)->nl <= 1)
        {
          commas++;
          k++;
          if (ck_tok_lower_word (ctx, k) && ck_tok_is (ctx, k, "and"))
            {
              k++;
              joined = TRUE;
            }
          continue;
        }
      if ((ck_tok_lower_word (ctx, k) && ck_tok_is (ctx, k, "and")) || ck_tok_is_punct (ctx, k, '&'))
        {
          k++;
          joined = TRUE;
          continue;
        }
      break;
    }
  /* "the Harbour Society, Salt and Stone (1965)": a body in apposition;
   * one comma lists only single words ("Fields, Factories and …") */
  if (groups < 2 || commas == 0 || k >= n || (commas == 1 && first_words > 1) ||
      (s > 0 && ck_tok_lower_word (ctx, s - 1) && ck_tok_in_words (ctx, s - 1, ck_articles)))
    return 0;
  if (ck_tok_is_punct (ctx, k, ':') && k + 1 < n && ck_tok (ctx, k + 1)->nl == 0 && is_cap_word (ck_tok (ctx, k + 1)))
    return k;
  if (joined && ck_tok_is_punct (ctx, k, '('))
    for (guint m = k + 1; m < n && m < k + 8 && !ck_tok_is_punct (ctx, m, ')'); m++)
      if (ck_tok (ctx, m)->flags & CK_TOKF_YEAR)
        return k;
  return 0;
}

/* The start of a serial title (above) that ends at @end and whose last
 * groups begin at @first, or @first. */
static guint
serial_title_start (const CkExtractCtx *ctx, guint first, guint end, guint floor)
{
  guint c = first;
  for (guint round = 0; round < 6 && c >= floor + 2 && ck_tok_is_punct (ctx, c - 1, ','); round++)
    {
      guint g = c - 1;
      while (g > floor && g + 7 > c && (is_cap_word (ck_tok (ctx, g - 1)) || is_func_word (ck_tok (ctx, g - 1)) ||
                                         ck_tok (ctx, g - 1)->kind == CK_TOK_POSS))
        g--;
      while (g < c - 1 && !is_cap_word (ck_tok (ctx, g)))
        g++;
      if (g >= c - 1)
        break;
      c = g;
      /* "a study of E.P. Thompson, Objections and Oppositions (1994)":
       * initials make the first group a name */
      if (c >= 2 && ck_tok_is_punct (ctx, c - 1, '.') && (ck_tok (ctx, c - 2)->flags & CK_TOKF_INITIAL))
        break;
      if (serial_title_end (ctx, c, end + 1) == end)
        return c;
      /* "See Salt, Tides and …": the sentence's first word may be its verb */
      if (c == floor && c + 2 < first && is_cap_word (ck_tok (ctx, c + 1)) && serial_title_end (ctx, c + 1, end + 1) == end)
        return c + 1;
    }
  return first;
}

guint
ck_title_span_forward (const CkExtractCtx *ctx, guint i, guint limit, gboolean cross_lines)
{
  guint n = ck_n_toks (ctx), good, j;
  limit = MIN (limit, n);
  limit = MIN (limit, i + CK_MAX_TITLE_TOKENS);
  if (i >= limit)
    return i;
  if (!is_cap_word (ck_tok (ctx, i)) && ck_tok (ctx, i)->kind != CK_TOK_NUMBER)
    return i;
  good = i + 1;
  for (j = i + 1; j < limit; j++)
    {
      const CkToken *t = ck_tok (ctx, j), *prev = ck_tok (ctx, j - 1);
      const CkToken *next = j + 1 < n ? ck_tok (ctx, j + 1) : NULL;
      if (t->nl >= 2 || (t->nl == 1 && !cross_lines) || (prev->flags & CK_TOKF_NOTE))
        break;
      if (is_cap_word (t) || t->kind == CK_TOK_NUMBER)
        {
          good = j + 1;
          continue;
        }
      /* "T or to Name's U", "T and in 1950": a conjunction before a
       * preposition joins the sentence, not the title */
      if ((ck_tok_is (ctx, j, "or") || ck_tok_is (ctx, j, "and")) && next && is_func_word (next) &&
          (ck_tok_is (ctx, j + 1, "to") || ck_tok_is (ctx, j + 1, "in") || ck_tok_is (ctx, j + 1, "at") ||
           ck_tok_is (ctx, j + 1, "by") || ck_tok_is (ctx, j + 1, "from") || ck_tok_is (ctx, j + 1, "with") ||
           ck_tok_is (ctx, j + 1, "for") || ck_tok_is (ctx, j + 1, "on")))
        break;
      if (is_func_word (t) || inner_determiner (ctx, j, prev, next) || inner_preposition (ctx, j, next))
        continue;
      /* "Ten Days that Shook the World": a relative clause in title case
       * ("that Vell admired" has a lower-case verb after the name) */
      if (ck_tok_lower_word (ctx, j) && (ck_tok_is (ctx, j, "that") || ck_tok_is (ctx, j, "who")) && is_cap_word (prev) &&
          next && next->nl == 0 && is_cap_word (next) && j + 3 < limit && !ck_tok_in_lex (ctx, j + 1, CK_LEX_GIVEN_NAMES) &&
          !ck_tok_in_lex (ctx, j + 1, CK_LEX_FUNCTION_WORDS) &&
          ((is_func_word (ck_tok (ctx, j + 2)) && is_cap_word (ck_tok (ctx, j + 3))) ||
           (is_cap_word (ck_tok (ctx, j + 2)) && ck_tok (ctx, j + 2)->nl == 0)))
        continue;
      if (inner_by_article (ctx, i, j, limit))
        {
          j++;
          continue;
        }
      if (t->kind == CK_TOK_POSS && is_cap_word (prev) && next && is_cap_word (next))
        continue;
      /* "What's the Matter": a contraction, not a possessive */
      if (t->kind == CK_TOK_POSS && is_contraction (ctx, j - 1) && next && (is_func_word (next) || is_cap_word (next)))
        continue;
      if (ck_tok_plural_possessive (ctx, j, i) && next && is_cap_word (next))
        continue;
      /* "Fields, Factories and Workshops (1899)" */
      if (t->kind == CK_TOK_PUNCT && t->ch == ',' && is_cap_word (prev) && ck_count_words (ctx, i, j) <= 4)
        {
          guint se = serial_title_end (ctx, i, limit);
          if (se > j)
            {
              good = se;
              j = se - 1;
              continue;
            }
        }
      /* ", or, The …" and ", or The …" go on with the alternative title */
      if (t->kind == CK_TOK_PUNCT && t->ch == ',' && is_cap_word (prev) && alt_title_or (ctx, j + 1, limit))
        continue;
      if (ck_tok_is (ctx, j, "or") && alt_title_or (ctx, j, limit))
        continue;
      if (t->kind == CK_TOK_PUNCT && t->ch == ',' && j >= 2 && ck_tok_is (ctx, j - 1, "or") &&
          alt_title_or (ctx, j - 1, limit))
        continue;
      if (t->kind == CK_TOK_PUNCT)
        {
          if ((t->ch == '-' || t->ch == 0x2013) && next && glued (prev, t) && glued (t, next) &&
              (next->kind == CK_TOK_NUMBER || is_cap_word (next)))
            continue;
          if (t->ch == '&' && next && is_cap_word (next))
            continue;
          /* "Salt/Le Sel", "Either/Or": a name in two languages or two
           * halves, the slash glued on both sides */
          if (t->ch == '/' && next && is_cap_word (prev) && is_cap_word (next) && glued (prev, t) && glued (t, next))
            continue;
          if (t->ch == ':' && next && next->nl == 0 && is_cap_word (next))
            continue;
          if ((t->ch == '?' || t->ch == '!') && glued (prev, t))
            {
              good = j + 1;
              break;
            }
          /* "The A. F. of L. in the Time of X": an initial's stop with
           * the title going on after it (not "the U.S. The …") */
          if (t->ch == '.' && (prev->flags & CK_TOKF_INITIAL) && glued (prev, t) && next && next->nl == 0 &&
              ((next->flags & CK_TOKF_INITIAL) || is_func_word (next) ||
               (is_cap_word (next) && !ck_tok_is (ctx, j + 1, "The") && !ck_tok_is (ctx, j + 1, "A") &&
                !ck_tok_is (ctx, j + 1, "An"))))
            continue;
        }
      break;
    }
  return good;
}

/* Whether the single line break before token @i falls inside a prose
 * paragraph, where lines are wrapped for width and a title may run on. */
static gboolean
prose_line_break (const CkExtractCtx *ctx, guint i)
{
  return (g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i)).flags & CK_PARA_PROSE) != 0;
}

guint
ck_title_span_backward (const CkExtractCtx *ctx, guint end, guint floor)
{
  guint first = end;
  guint lowest = end > CK_MAX_TITLE_TOKENS ? end - CK_MAX_TITLE_TOKENS : 0;
  floor = MAX (floor, lowest);
  if (end == 0 || end <= floor)
    return end;
  for (guint j = end; j-- > floor;)
    {
      const CkToken *t = ck_tok (ctx, j);
      const CkToken *next = ck_tok (ctx, j + 1 < ck_n_toks (ctx) ? j + 1 : j);
      const CkToken *prev = j > 0 ? ck_tok (ctx, j - 1) : NULL;
      /* a line break in running prose is layout: "The Age of\nReason";
       * so is one after a small word anywhere ("The Works of\nCharles
       * Darwin"), since no title ends on one */
      if (j + 1 < end && next->nl >= 1 &&
          !(next->nl == 1 && (prose_line_break (ctx, j + 1) || (ck_tok_lower_word (ctx, j) && is_func_word (t)))))
        break;
      /* a note's number ends the title before it */
      if (j + 1 < end && (t->flags & CK_TOKF_NOTE))
        break;
      if (is_cap_word (t))
        {
          first = j;
          continue;
        }
      if (t->kind == CK_TOK_NUMBER || is_func_word (t) || (j + 1 < end && inner_determiner (ctx, j, prev, next)) ||
          (j + 1 < end && inner_preposition (ctx, j, next)))
        continue;
      if (t->kind == CK_TOK_POSS && prev && is_cap_word (prev) && j + 1 < end && is_cap_word (next))
        continue;
      if (t->kind == CK_TOK_POSS && j > 0 && is_contraction (ctx, j - 1) && j + 1 < end && is_func_word (next))
        continue;
      if (ck_tok_plural_possessive (ctx, j, floor) && j + 1 < end && is_cap_word (next))
        continue;
      /* "Jan van Eyck", "Leonardo da Vinci": a name's particle between
       * capitals stays inside the run */
      if (t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_LOWER) && prev && is_cap_word (prev) && j + 1 < end &&
          is_cap_word (next) && ck_lex_lookup (CK_LEX_PARTICLES, ctx->text + t->start, t->end - t->start))
        continue;
      /* "Postmodernism, or, The Cultural Logic of …": an alternative title */
      if (t->kind == CK_TOK_PUNCT && t->ch == ',' && j + 1 < end && prev && is_cap_word (prev) &&
          alt_title_or (ctx, j + 1, end))
        continue;
      if (t->kind == CK_TOK_PUNCT && t->ch == ',' && j + 1 < end && j >= 2 && is_cap_word (next) &&
          ck_tok_is_punct (ctx, j - 2, ',') && alt_title_or (ctx, j - 1, end))
        continue;
      if (t->kind == CK_TOK_PUNCT && j + 1 < end && prev)
        {
          if ((t->ch == '-' || t->ch == 0x2013) && glued (prev, t) && glued (t, next))
            continue;
          if (t->ch == '&' || (t->ch == ':' && is_cap_word (next)))
            continue;
          /* "Charles Darwin: an Annotated Handlist": a subtitle in a
           * library's case, its article small */
          if (t->ch == ':' && is_func_word (next) && (next->flags & CK_TOKF_LOWER) && j + 2 < end &&
              is_cap_word (ck_tok (ctx, j + 2)) && is_cap_word (prev))
            continue;
          /* "Either/Or" */
          if (t->ch == '/' && glued (prev, t) && glued (t, next) && is_cap_word (prev) && is_cap_word (next))
            continue;
        }
      if (t->kind == CK_TOK_PUNCT && j + 1 == end && (t->ch == '?' || t->ch == '!'))
        continue;
      /* "Lenin Rediscovered: “What Is to Be Done?” in Context (…)": a
       * title quoted inside the title, after its colon or a capital */
      if (t->kind == CK_TOK_QUOTE_CLOSE && j + 1 < end && (is_cap_word (next) || is_func_word (next)) && j > floor + 2)
        {
          guint o = j - 1;
          while (o > floor && o + 12 > j && ck_tok (ctx, o)->kind != CK_TOK_QUOTE_OPEN &&
                 (is_cap_word (ck_tok (ctx, o)) || is_func_word (ck_tok (ctx, o)) ||
                  ck_tok_is_punct (ctx, o, '?') || ck_tok_is_punct (ctx, o, '!') || ck_tok_is_punct (ctx, o, ',')))
            o--;
          if (o > floor && o + 2 < j && ck_tok (ctx, o)->kind == CK_TOK_QUOTE_OPEN && is_cap_word (ck_tok (ctx, o + 1)) &&
              (ck_tok_is_punct (ctx, o - 1, ':') || is_cap_word (ck_tok (ctx, o - 1))))
            {
              /* past the colon too: the loop goes on before it */
              j = ck_tok_is_punct (ctx, o - 1, ':') ? o - 1 : o;
              first = o;
              continue;
            }
        }
      /* "At Mrs. Lippett's", "The Dr. Who Years": an honorific's stop */
      if (t->kind == CK_TOK_PUNCT && t->ch == '.' && j + 1 < end && prev && glued (prev, t) && is_cap_word (next) &&
          (ck_tok_is (ctx, j - 1, "Mr") || ck_tok_is (ctx, j - 1, "Mrs") || ck_tok_is (ctx, j - 1, "Dr") ||
           ck_tok_is (ctx, j - 1, "St") || ck_tok_is (ctx, j - 1, "Ms")))
        continue;
      /* "The A. F. of L. in the Time of X": the stops of initials inside
       * a title that goes on after them */
      if (t->kind == CK_TOK_PUNCT && t->ch == '.' && j + 1 < end && prev && (prev->flags & CK_TOKF_INITIAL) &&
          glued (prev, t) && (is_cap_word (next) || is_func_word (next) || (next->flags & CK_TOKF_INITIAL)))
        continue;
      break;
    }
  first = serial_title_start (ctx, first, end, floor);
  /* "J. R. Vell (…)": initials that open the run are a name's, not a
   * title's (those stand inside: "The A. F. of L. …") */
  while (first + 2 < end && (ck_tok (ctx, first)->flags & CK_TOKF_INITIAL) && ck_tok_is_punct (ctx, first + 1, '.'))
    first += 2;
  /* "In the Weekly Clarion (…)": a capitalised preposition opening the
   * sentence, followed by a lower-case article, is not part of the title
   * (after a word in lower case, "her earlier Under the Sea-Wind", the
   * capital is the title's own) */
  if (first + 2 < end && ck_tok (ctx, first + 1)->kind == CK_TOK_WORD && is_func_word (ck_tok (ctx, first + 1)) &&
      !(first > floor && ck_tok_lower_word (ctx, first - 1) && ck_tok (ctx, first)->nl == 0))
    {
      const CkToken *t = ck_tok (ctx, first);
      static const char * const articles[] = { "the", "a", "an", "le", "la", "les", "der", "die", "das", "el", "il", NULL };
      gboolean article = FALSE;
      for (guint k = 0; articles[k]; k++)
        article |= ck_tok_is (ctx, first, articles[k]);
      if (!article && ck_lex_lookup (CK_LEX_FUNCTION_WORDS, ctx->text + t->start, t->end - t->start))
        {
          first++;
          while (first < end && !is_cap_word (ck_tok (ctx, first)))
            first++;
        }
    }
  /* "Readers of Salt Meadow (1990) will …": people who read a work open
   * the sentence, the work follows their "of" */
  if (first + 2 < end && ck_tok_is (ctx, first + 1, "of") && ck_tok_cap_word (ctx, first + 2) &&
      (first == 0 || ck_tok (ctx, first)->nl >= 1 || ck_tok_is_punct (ctx, first - 1, '.')))
    {
      static const char * const readers[] = { "readers", "fans", "admirers", "lovers", "students", "critics",
                                              "devotees", "viewers", "translators", "biographers", NULL };
      if (ck_tok_in_words (ctx, first, readers))
        first += 2;
    }
  return first;
}

gsize
ck_mc_prefix_len (const char *w, gsize n)
{
  if (n >= 3 && w[0] == 'M' && w[1] == 'c' && g_ascii_isupper (w[2]))
    return 2;
  if (n >= 4 && w[0] == 'M' && w[1] == 'a' && w[2] == 'c' && g_ascii_isupper (w[3]))
    return 3;
  return 0;
}

static gboolean
is_name_word (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  if (!is_cap_word (t))
    return FALSE;
  /* "The", "In", "A" are never part of a personal name */
  if (ck_lex_lookup (CK_LEX_FUNCTION_WORDS, ctx->text + t->start, t->end - t->start) &&
      !ck_lex_lookup (CK_LEX_PARTICLES, ctx->text + t->start, t->end - t->start) &&
      !(t->flags & CK_TOKF_INITIAL))
    return FALSE;
  if (ck_lex_lookup (CK_LEX_GENRE_WORDS, ctx->text + t->start, t->end - t->start) ||
      ck_lex_lookup (CK_LEX_NON_NAMES, ctx->text + t->start, t->end - t->start))
    return FALSE;
  return TRUE;
}

static gboolean
is_particle (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  return t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_LOWER) &&
         ck_lex_lookup (CK_LEX_PARTICLES, ctx->text + t->start, t->end - t->start);
}

gboolean
ck_tok_column_gap (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t, *p;
  if (i == 0 || i >= ck_n_toks (ctx) || (t = ck_tok (ctx, i))->nl)
    return FALSE;
  p = ck_tok (ctx, i - 1);
  return t->start - p->end >= 2 || memchr (ctx->text + p->end, '\t', t->start - p->end) != NULL;
}

gboolean
ck_tok_is_honorific (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t;
  const char *kind;
  if (k >= ck_n_toks (ctx) || (t = ck_tok (ctx, k))->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP))
    return FALSE;
  kind = ck_lex_lookup (CK_LEX_NON_TITLES, ctx->text + t->start, t->end - t->start);
  return kind && strcmp (kind, "honorific") == 0;
}

gboolean
ck_honorific_before (const CkExtractCtx *ctx, guint i)
{
  guint k = i - 1;
  if (ck_tok_is_punct (ctx, k, '.') && k > 0)
    k--;
  return ck_tok_is_honorific (ctx, k);
}

guint
ck_name_span_forward (const CkExtractCtx *ctx, guint i, guint limit)
{
  guint n = MIN (limit, ck_n_toks (ctx)), j = i, words = 0, good = i;
  while (j < n && words < CK_MAX_NAME_WORDS)
    {
      const CkToken *t = ck_tok (ctx, j);
      if (j > i && t->nl >= 2)
        break;
      if ((t->flags & CK_TOKF_INITIAL) && ck_tok_is_punct (ctx, j + 1, '.'))
        {
          j += 2;
          words++;
          continue;
        }
      /* "St. Clair Drake", "Cicely St. John": a saint's short form */
      if (ck_tok_is (ctx, j, "St") && (t->flags & CK_TOKF_CAP) && ck_tok_is_punct (ctx, j + 1, '.') &&
          ck_tok (ctx, j + 1)->start == t->end && j + 2 < n && is_name_word (ctx, j + 2) && ck_tok (ctx, j + 2)->nl <= 1)
        {
          j += 2;
          words++;
          continue;
        }
      if (is_name_word (ctx, j))
        {
          j++;
          words++;
          good = j;
          continue;
        }
      /* "van der Berg"; at the start only after an honorific ("Professor
       * de Smith") */
      if ((j > i || (i > 0 && ck_honorific_before (ctx, i))) && is_particle (ctx, j))
        {
          /* "van der Berg": a run of particles before a family name */
          guint k = j;
          while (k < n && k < j + 3 && is_particle (ctx, k))
            k++;
          if (k < n && is_name_word (ctx, k))
            {
              j = k;
              continue;
            }
        }
      break;
    }
  return good;
}

guint
ck_name_span_backward (const CkExtractCtx *ctx, guint end, guint floor)
{
  guint first = end, words = 0;
  guint j = end;
  while (j > floor && words < CK_MAX_NAME_WORDS)
    {
      guint k = j - 1;
      const CkToken *t = ck_tok (ctx, k);
      if (j < end && ck_tok (ctx, j)->nl >= 2)
        break;
      /* "MARTHA ORR\nHilary Vell's T": a contributor's name in capitals
       * on the line above is another person */
      if (j < end && ck_tok (ctx, j)->nl >= 1 && (t->flags & CK_TOKF_UPPER) && !(ck_tok (ctx, j)->flags & CK_TOKF_UPPER))
        break;
      if (t->kind == CK_TOK_PUNCT && t->ch == '.' && k > floor &&
          (ck_tok (ctx, k - 1)->flags & CK_TOKF_INITIAL) && first != end)
        {
          j = k - 1;
          first = j;
          words++;
          continue;
        }
      if (is_name_word (ctx, k))
        {
          j = k;
          first = k;
          words++;
          continue;
        }
      if (first != end && is_particle (ctx, k))
        {
          j = k;
          first = k;
          continue;
        }
      break;
    }
  /* a name does not start with a particle, save after an honorific:
   * "Professor de Smith's", "Mr. van der Post's" */
  if (first < end && is_particle (ctx, first) && first > floor && ck_honorific_before (ctx, first))
    return first;
  while (first < end && is_particle (ctx, first))
    first++;
  return first;
}

/* "P. Deane and W. A. Cole": where two full names joined by "and" start,
 * given the start @ns of the second; @ns when no first name of two words
 * or more stands before it. */
guint
ck_name_pair_start (const CkExtractCtx *ctx, guint ns, guint floor)
{
  guint ps;
  if (ns < floor + 3 || !ck_tok_is (ctx, ns - 1, "and") || !ck_tok_lower_word (ctx, ns - 1) ||
      ck_tok (ctx, ns)->nl >= 2)
    return ns;
  ps = ck_name_span_backward (ctx, ns - 1, floor);
  if (ps >= ns - 1 || ck_count_words (ctx, ps, ns - 1) < 2 || ck_is_claimed (ctx, ps, ns - 1) ||
      ck_tok_in_lex (ctx, ps, CK_LEX_PLACES))
    return ns;
  return ps;
}

guint
ck_owner_pair_start (const CkExtractCtx *ctx, guint ns, guint floor)
{
  guint ps = ck_name_pair_start (ctx, ns, floor);
  if (ps < ns)
    return ps;
  if (ns < floor + 2 || !ck_tok_is (ctx, ns - 1, "and") || !ck_tok_lower_word (ctx, ns - 1) || ck_tok (ctx, ns)->nl >= 2)
    return ns;
  /* "Vell and Orr's", "Shapin and Ada Orr's", "Iona and Peter Vell's": one
   * word before "and", a name's, not a place's, a firm's or a style */
  ps = ns - 2;
  if (ps < floor || !ck_tok_cap_word (ctx, ps) || ck_is_claimed (ctx, ps, ns - 1) ||
      ck_tok_in_lex (ctx, ps, CK_LEX_PLACES) || ck_tok_in_lex (ctx, ps, CK_LEX_NON_NAMES) ||
      ck_tok_in_lex (ctx, ps, CK_LEX_FUNCTION_WORDS) || ck_tok_in_lex (ctx, ps, CK_LEX_PUBLISHER_WORDS) ||
      ck_tok_is_honorific (ctx, ps) || ck_name_span_backward (ctx, ns - 1, floor) != ps ||
      (ps > floor + 1 && ck_tok_cap_word (ctx, ps - 1)))
    return ns;
  return ps;
}

static CkName *
name_from_span (const CkExtractCtx *ctx, guint first, guint end, CkRole role)
{
  g_autofree char *s = ck_span_dup (ctx, first, end);
  if (!s)
    return NULL;
  return ck_name_parse_display (role, s);
}

/* "Gannet Press", "Quell Books": a firm's word in [f, e) */
static gboolean
has_publisher_word (const CkExtractCtx *ctx, guint f, guint e)
{
  for (guint k = f; k < e; k++)
    if (ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS))
      return TRUE;
  return FALSE;
}

guint
ck_names_forward (const CkExtractCtx *ctx, guint i, guint limit, CkRole role, GPtrArray *out)
{
  guint j = i, count = 0;
  while (j < limit && count < 8)
    {
      guint e, g = j;
      CkName *nm;
      /* "Sidney and Beatrice Vell", "J. L. and Barbara Quell": a forename
       * or initials alone before "and" share the next name's family */
      if (ck_tok_cap_word (ctx, j) && ck_tok_in_lex (ctx, j, CK_LEX_GIVEN_NAMES) && !(ck_tok (ctx, j)->flags & CK_TOKF_INITIAL))
        g = j + 1;
      else
        while (g + 1 < limit && (ck_tok (ctx, g)->flags & CK_TOKF_INITIAL) && ck_tok_is_punct (ctx, g + 1, '.'))
          g += 2;
      if (g > j && g + 2 < limit && (ck_tok_is (ctx, g, "and") || ck_tok_is_punct (ctx, g, '&')))
        {
          guint e2 = ck_name_span_forward (ctx, g + 1, limit);
          CkName *second = e2 >= g + 3 ? name_from_span (ctx, g + 1, e2, role) : NULL;
          if (second && second->family && second->given)
            {
              g_autofree char *given = ck_span_dup (ctx, j, g);
              if (ck_tok (ctx, j)->flags & CK_TOKF_UPPER)
                {
                  char *t = g_strdup (given);
                  ck_upper_to_title (&t);
                  g_free (given);
                  given = t;
                }
              g_ptr_array_add (out, ck_name_new_personal (role, second->family, given));
              g_ptr_array_add (out, second);
              count += 2;
              j = e2;
              if (j + 1 < limit && (ck_tok_is (ctx, j, "and") || ck_tok_is_punct (ctx, j, '&')) &&
                  ck_name_span_forward (ctx, j + 1, limit) > j + 1)
                {
                  j++;
                  continue;
                }
              break;
            }
          if (second)
            ck_name_free (second);
        }
      e = ck_name_span_forward (ctx, j, limit);
      if (e == j)
        break;
      nm = name_from_span (ctx, j, e, role);
      if (nm)
        g_ptr_array_add (out, nm);
      count++;
      j = e;
      /* "X and Y", "X & Y", "X, Y and Z" */
      if (j + 1 < limit && (ck_tok_is (ctx, j, "and") || ck_tok_is_punct (ctx, j, '&')) &&
          ck_name_span_forward (ctx, j + 1, limit) > j + 1)
        {
          j++;
          continue;
        }
      /* "A, B, and C": the serial comma, once a list has begun */
      if (count >= 2 && j + 2 < limit && ck_tok_is_punct (ctx, j, ',') && ck_tok_is (ctx, j + 1, "and") &&
          ck_name_span_forward (ctx, j + 2, limit) > j + 3)
        {
          j += 2;
          continue;
        }
      if (j + 1 < limit && ck_tok_is_punct (ctx, j, ',') && ck_name_span_forward (ctx, j + 1, limit) > j + 2 &&
          !ck_lex_lookup (CK_LEX_PLACES, ctx->text + ck_tok (ctx, j + 1)->start,
                          ck_tok (ctx, j + 1)->end - ck_tok (ctx, j + 1)->start))
        {
          /* only when another "and" follows: "A, B and C" */
          guint e2 = ck_name_span_forward (ctx, j + 1, limit);
          /* "by A, W. W. Norton, 276 pages": a publisher ends the names */
          if (e2 < limit && (ck_tok_is (ctx, e2, "and") || ck_tok_is_punct (ctx, e2, ',')) &&
              !ck_span_in_lex (ctx, j + 1, e2, CK_LEX_PUBLISHERS) && !has_publisher_word (ctx, j + 1, e2))
            {
              j++;
              continue;
            }
        }
      break;
    }
  return j;
}

static gboolean
word_matches (const CkExtractCtx *ctx, guint i, const char *word, guint *consumed)
{
  gsize n = strlen (word);
  const CkToken *t;
  if (i >= ck_n_toks (ctx))
    return FALSE;
  t = ck_tok (ctx, i);
  if (t->kind != CK_TOK_WORD)
    return FALSE;
  if (strcmp (word, "*") == 0)
    {
      *consumed = 1;
      return TRUE;
    }
  /* "ed." and "editor:" end in their stop or colon */
  if (n > 1 && (word[n - 1] == '.' || word[n - 1] == ':'))
    {
      if (t->end - t->start == n - 1 && g_ascii_strncasecmp (ctx->text + t->start, word, n - 1) == 0 &&
          ck_tok_is_punct (ctx, i + 1, (gunichar) word[n - 1]))
        {
          *consumed = 2;
          return TRUE;
        }
      return FALSE;
    }
  if (t->end - t->start == n && g_ascii_strncasecmp (ctx->text + t->start, word, n) == 0)
    {
      *consumed = 1;
      return TRUE;
    }
  return FALSE;
}

/* "Edited, with a Memoir and Notes, by" at @i: the token after "by", or
 * @i.  The participle gives the role. */
static guint
role_with_matter (const CkExtractCtx *ctx, guint i, guint limit, CkRole *out_role)
{
  static const struct { const char *word; CkRole role; } participles[] = {
    { "edited", CK_ROLE_EDITOR }, { "compiled", CK_ROLE_EDITOR }, { "selected", CK_ROLE_EDITOR },
    { "translated", CK_ROLE_TRANSLATOR },
  };
  const CkToken *t;
  guint c = i + 1;
  /* "Translated from the Russian, with a Commentary, by": the language
   * before the matter */
  if (ck_tok_is (ctx, i, "translated") && ck_tok_is (ctx, c, "from"))
    {
      c++;
      if (ck_tok_is (ctx, c, "the"))
        c++;
      if (!ck_tok_cap_word (ctx, c))
        return i;
      c++;
    }
  if (c + 3 >= limit || !ck_tok_is_punct (ctx, c, ',') || !ck_tok_is (ctx, c + 1, "with"))
    return i;
  t = ck_tok (ctx, i);
  for (guint p = 0; p < G_N_ELEMENTS (participles); p++)
    if (t->end - t->start == strlen (participles[p].word) &&
        g_ascii_strncasecmp (ctx->text + t->start, participles[p].word, t->end - t->start) == 0)
      for (guint k = c + 2; k + 1 < limit && k < c + 11; k++)
        {
          if (ck_tok_is_punct (ctx, k, ',') && ck_tok_is (ctx, k + 1, "by"))
            {
              if (out_role)
                *out_role = participles[p].role;
              return k + 2;
            }
          if (ck_tok (ctx, k)->kind != CK_TOK_WORD && !ck_tok_is_punct (ctx, k, ','))
            break;
        }
  return i;
}

guint
ck_role_phrase_at (const CkExtractCtx *ctx, guint i, guint limit, CkRole *out_role)
{
  const GPtrArray *roles = ck_lex_role_phrases ();
  for (guint r = 0; r < roles->len; r++)
    {
      const CkRolePhrase *rp = g_ptr_array_index (roles, r);
      guint j = i, w;
      for (w = 0; w < rp->n_words; w++)
        {
          guint used = 0;
          /* "Translated, with an introduction, by": Chicago's commas */
          if (w > 0 && j + 1 < limit && ck_tok_is_punct (ctx, j, ','))
            j++;
          if (j >= limit || !word_matches (ctx, j, rp->words[w], &used))
            break;
          if (w > 0 && ck_tok (ctx, j)->nl >= 2)
            break;
          j += used;
        }
      if (w == rp->n_words)
        {
          if (out_role)
            *out_role = rp->role;
          return j;
        }
    }
  /* "Edited, with a Memoir and Notes, by": any short matter the editor or
   * translator added, between commas, before the "by" */
  {
    guint r = role_with_matter (ctx, i, limit, out_role);
    if (r > i)
      return r;
  }
  return i;
}

static gboolean
is_abbrev_before (const CkExtractCtx *ctx, guint dot)
{
  const CkToken *t;
  if (dot == 0)
    return FALSE;
  t = ck_tok (ctx, dot - 1);
  if (t->flags & CK_TOKF_INITIAL)
    return TRUE;
  if (t->kind != CK_TOK_WORD || t->end - t->start > 5)
    return FALSE;
  for (guint k = 0; abbrevs[k]; k++)
    if (ck_tok_is (ctx, dot - 1, abbrevs[k]))
      return TRUE;
  return FALSE;
}

static gboolean
ends_sentence (const CkExtractCtx *ctx, guint j)
{
  const CkToken *t = ck_tok (ctx, j);
  if (t->kind != CK_TOK_PUNCT)
    return FALSE;
  /* "“What Is to Be Done?” in Context": a question that is a title goes
   * on in lower case */
  if (t->ch == '?' || t->ch == '!')
    {
      guint k = j + 1, n = ck_n_toks (ctx);
      while (k < n && k < j + 3 && ck_tok (ctx, k)->kind == CK_TOK_QUOTE_CLOSE)
        k++;
      return !(k > j + 1 && k < n && ck_tok (ctx, k)->nl == 0 && ck_tok_lower_word (ctx, k));
    }
  if (t->ch == '.' || t->ch == 0x2026)
    return !is_abbrev_before (ctx, j) &&
           (j + 1 >= ck_n_toks (ctx) || (t->flags & CK_TOKF_SPACE) ||
            ck_tok (ctx, j + 1)->kind == CK_TOK_QUOTE_CLOSE);
  return FALSE;
}

/* How far back a sentence's start is sought, in tokens. */
#define SENTENCE_MAX_TOKENS 400

void
ck_sentence_starts_index (CkExtractCtx *ctx)
{
  guint n = ck_n_toks (ctx), last = 0;
  ctx->sent_start = g_new (guint32, n + 1);
  for (guint i = 0; i < n; i++)
    {
      guint floor = i > SENTENCE_MAX_TOKENS ? i - SENTENCE_MAX_TOKENS : 0;
      /* the last break at or before i, as the scan below finds it */
      if (i > 0 && (ck_tok (ctx, i)->nl >= 2 || ends_sentence (ctx, i - 1)))
        last = i;
      ctx->sent_start[i] = last > floor ? last : floor;
    }
  ctx->next_stop = g_new (guint32, n + 1);
  ctx->next_break = g_new (guint32, n + 1);
  ctx->next_stop[n] = ctx->next_break[n] = n;
  for (guint i = n; i-- > 0;)
    {
      ctx->next_stop[i] = ends_sentence (ctx, i) ? i : ctx->next_stop[i + 1];
      ctx->next_break[i] = ck_tok (ctx, i)->nl >= 2 ? i : ctx->next_break[i + 1];
    }
}

guint
ck_sentence_start (const CkExtractCtx *ctx, guint i)
{
  guint floor = i > SENTENCE_MAX_TOKENS ? i - SENTENCE_MAX_TOKENS : 0;
  if (ctx->sent_start && i < ck_n_toks (ctx))
    return ctx->sent_start[i];
  for (guint j = i; j > floor; j--)
    {
      if (ck_tok (ctx, j)->nl >= 2)
        return j;
      if (ends_sentence (ctx, j - 1))
        return j;
    }
  return floor;
}

guint
ck_sentence_end (const CkExtractCtx *ctx, guint i)
{
  guint n = ck_n_toks (ctx), ceil = MIN (n, i + SENTENCE_MAX_TOKENS);
  if (ctx->next_stop && i < n)
    {
      /* the scan below, from the indexes: a paragraph break after @i
       * first, then a stop (with its closing quotes) */
      guint brk = i + 1 < n ? ctx->next_break[i + 1] : n, stop = ctx->next_stop[i];
      if (brk < ceil && brk <= stop)
        return brk;
      if (stop < ceil)
        {
          guint j = stop;
          while (j + 1 < n && ck_tok (ctx, j + 1)->kind == CK_TOK_QUOTE_CLOSE && ck_tok (ctx, j + 1)->nl == 0)
            j++;
          return j + 1;
        }
      return ceil;
    }
  for (guint j = i; j < ceil; j++)
    {
      if (j > i && ck_tok (ctx, j)->nl >= 2)
        return j;
      if (ends_sentence (ctx, j))
        {
          /* keep a closing quote with its sentence */
          while (j + 1 < n && ck_tok (ctx, j + 1)->kind == CK_TOK_QUOTE_CLOSE && ck_tok (ctx, j + 1)->nl == 0)
            j++;
          return j + 1;
        }
    }
  return ceil;
}

gboolean
ck_title_plausible (const CkExtractCtx *ctx, guint first, guint end)
{
  guint words = ck_count_words (ctx, first, end);
  g_autofree char *s = NULL;
  if (words == 0)
    return FALSE;
  s = ck_span_dup (ctx, first, end);
  if (!s)
    return FALSE;
  if (ck_lex_lookup (CK_LEX_GENRE_WORDS, s, -1) || ck_lex_lookup (CK_LEX_LABELS, s, -1) ||
      ck_lex_lookup (CK_LEX_PLACES, s, -1) || ck_lex_lookup (CK_LEX_MONTHS, s, -1))
    return FALSE;
  /* "Die", "Le", "The" alone: an article opens a title, it is none;
   * nor is "Dr." or "Mr." before a name */
  if (end == first + 1 && (ck_lex_lookup (CK_LEX_FUNCTION_WORDS, s, -1) ||
                           (ck_tok_is_honorific (ctx, first) && ck_tok_is_punct (ctx, end, '.'))))
    return FALSE;
  /* "XXXVII (Feb., 1968)": a volume number in capitals is no title */
  if (end == first + 1 && ck_tok (ctx, first)->end - ck_tok (ctx, first)->start >= 3 &&
      ck_roman_numeral_str (s))
    return FALSE;
  /* "Editions.) Pp. xiv": a bracket closed inside that opened before it
   * (the tail of a series statement) is no title's */
  {
    guint depth = 0;
    for (guint i = first; i < end; i++)
      if (ck_tok_is_punct (ctx, i, '('))
        depth++;
      else if (ck_tok_is_punct (ctx, i, ')') && depth-- == 0)
        return FALSE;
  }
  /* "the Longitude Act of 1714": a statute, no work */
  if (end >= first + 3 && ck_tok_is (ctx, end - 3, "Act") && ck_tok_is (ctx, end - 2, "of") &&
      (ck_tok (ctx, end - 1)->flags & CK_TOKF_YEAR))
    return FALSE;
  /* a title is not only numbers */
  for (guint i = first; i < end; i++)
    if (ck_tok (ctx, i)->kind == CK_TOK_WORD)
      return TRUE;
  return FALSE;
}

gboolean
ck_inverted_name_at (const CkExtractCtx *ctx, guint f, guint e)
{
  return f + 4 < e && (ck_tok (ctx, f)->flags & CK_TOKF_CAP) && ck_tok_is_punct (ctx, f + 1, ',') &&
         (ck_tok (ctx, f + 2)->flags & CK_TOKF_CAP) &&
         (ck_tok_is_punct (ctx, f + 3, '.') || ck_tok_is_punct (ctx, f + 4, '.'));
}

/* Articles that open titles and names in the languages reviews quote
 * (French, Italian, Spanish, Portuguese, German, Dutch): a title or a
 * periodical's name opened by one keeps its lower-case words ("La Vie des
 * champs", "the journal Le Monde libertaire").  One list for every
 * detector, so a title is foreign in all of them or in none. */
/* The English articles, in any case ("the", "The"): ck_tok_in_words folds. */
const char * const ck_articles[] = { "the", "a", "an", NULL };

const char * const ck_foreign_articles[] = {
  "la", "le", "les", "l", "un", "une",    /* French (and Italian "la", "le", "l", "un") */
  "il", "lo", "gli", "i",                 /* Italian */
  "el", "los", "las",                     /* Spanish */
  "os",                                   /* Portuguese */
  "der", "die", "das", "ein", "eine",     /* German */
  "de", "het", "een",                     /* Dutch */
  NULL,
};

gboolean
ck_tok_in_words (const CkExtractCtx *ctx, guint i, const char * const *words)
{
  const CkToken *t;
  char first;
  if (i >= ck_n_toks (ctx))
    return FALSE;
  t = ck_tok (ctx, i);
  first = fold (ctx->text[t->start]);
  for (guint k = 0; words[k]; k++)
    if (fold (words[k][0]) == first && tok_text_is (ctx->text + t->start, t->end - t->start, words[k]))
      return TRUE;
  return FALSE;
}

gboolean
ck_tok_lower_word (const CkExtractCtx *ctx, guint i)
{
  return i < ck_n_toks (ctx) && ck_tok (ctx, i)->kind == CK_TOK_WORD && (ck_tok (ctx, i)->flags & CK_TOKF_LOWER);
}

gboolean
ck_tok_verb_form (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t;
  const char *w;
  gsize n;
  if (!ck_tok_lower_word (ctx, i))
    return FALSE;
  t = ck_tok (ctx, i);
  w = ctx->text + t->start;
  n = t->end - t->start;
  /* (Latin's -s words end in "is", "us", "os", "as": "viris", "rebus") */
  return (n >= 4 && w[n - 1] == 's' && !strchr ("iuoas", w[n - 2])) || (n >= 5 && strncmp (w + n - 2, "ed", 2) == 0) ||
         (n >= 6 && strncmp (w + n - 3, "ing", 3) == 0);
}

gboolean
ck_verb_author_date_at (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_verb_form (ctx, i) && ck_tok_lower_word (ctx, i + 1) && (ck_tok (ctx, i + 1)->flags & CK_TOKF_FUNC) &&
         !ck_tok_is (ctx, i + 1, "of") && ck_tok_cap_word (ctx, i + 2) && ck_tok_is_punct (ctx, i + 3, '(') &&
         i + 4 < ck_n_toks (ctx) && (ck_tok (ctx, i + 4)->flags & CK_TOKF_YEAR);
}

gboolean
ck_tok_cap_word (const CkExtractCtx *ctx, guint i)
{
  return i < ck_n_toks (ctx) && ck_tok (ctx, i)->kind == CK_TOK_WORD && (ck_tok (ctx, i)->flags & CK_TOKF_CAP);
}

gboolean
ck_para_is_list (const CkExtractCtx *ctx, const CkPara *pp)
{
  guint items = 0;
  for (guint l = pp->line_first; l < pp->line_end; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      const CkToken *t;
      if (ln->tok_first >= ln->tok_end)
        continue;
      t = ck_tok (ctx, ln->tok_first);
      if (t->kind == CK_TOK_PUNCT && (t->ch == '-' || t->ch == '*' || t->ch == 0x2022 || t->ch == 0x2013 ||
                                      t->ch == 0x2014 || t->ch == 0x00B7) &&
          ln->tok_first + 1 < ln->tok_end && ck_tok (ctx, ln->tok_first + 1)->start > t->end)
        items++;
    }
  return items >= 2;
}

/* "Week 2 (Apr. 6)  The bourgeois revolution.", "Session 4: …": a
 * syllabus's meeting opens the paragraph, its readings below it are a
 * list, never one book's header; so does a label over entries set in. */
gboolean
ck_para_opens_schedule (const CkExtractCtx *ctx, const CkPara *pp)
{
  static const char * const meetings[] = { "week", "session", "class", "lecture", "unit", "day", "meeting", "seminar",
                                           "topic", "module", NULL };
  guint k = pp->tok_first;
  const CkLine *l0 = &g_array_index (ctx->t->lines, CkLine, pp->line_first);
  if (k + 1 < pp->tok_end && ck_tok_cap_word (ctx, k) && ck_tok_in_words (ctx, k, meetings) &&
      ck_tok (ctx, k + 1)->nl == 0 && ck_tok (ctx, k + 1)->kind == CK_TOK_NUMBER &&
      ck_tok (ctx, k + 1)->end - ck_tok (ctx, k + 1)->start <= 2)
    return TRUE;
  /* "BOOKS FOR PURCHASE (also on reserve):" over entries set in under
   * it: a labelled list */
  if (pp->line_end - pp->line_first < 3 || l0->tok_end <= l0->tok_first || !ck_tok_is_punct (ctx, l0->tok_end - 1, ':'))
    return FALSE;
  for (guint l = pp->line_first + 1; l < pp->line_end; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      if (ln->tok_first >= ln->tok_end || ck_tok (ctx, ln->tok_first)->col <= ck_tok (ctx, l0->tok_first)->col)
        return FALSE;
    }
  return TRUE;
}

/* "CHARLES TAYLOR is Professor of Philosophy at …", "Jane Doe teaches
 * history": a contributor's note opens on a name and its verb.  Its
 * "His books include T (1989)" is prose, never a book's header. */
gboolean
ck_para_is_bio (const CkExtractCtx *ctx, const CkPara *pp)
{
  static const char * const verbs[] = { "is", "was", "has", "teaches", "taught", "lives", "holds", "directs",
                                        "writes", "edits", "works", "divides", NULL };
  guint k = pp->tok_first, words = 0;
  /* a forename or an initial first: "The World is Flat" is no one */
  if (!ck_tok_in_lex (ctx, k, CK_LEX_GIVEN_NAMES) &&
      !(ck_tok_cap_word (ctx, k) && ck_tok (ctx, k)->end - ck_tok (ctx, k)->start == 1))
    return FALSE;
  for (; k < pp->tok_end && k < pp->tok_first + 8 && (k == pp->tok_first || ck_tok (ctx, k)->nl == 0); k++)
    {
      if (ck_tok_cap_word (ctx, k))
        words++;
      else if (!(ck_tok_is_punct (ctx, k, '.') && k > pp->tok_first && ck_tok (ctx, k - 1)->end - ck_tok (ctx, k - 1)->start == 1))
        break;
    }
  return words >= 2 && k < pp->tok_end && ck_tok (ctx, k)->nl == 0 && ck_tok_lower_word (ctx, k) &&
         ck_tok_in_words (ctx, k, verbs);
}

guint
ck_tok_at_byte (const CkExtractCtx *ctx, gsize at)
{
  guint lo = 0, hi = ck_n_toks (ctx);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (ck_tok (ctx, mid)->start < at)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

guint
ck_quote_close_nested (const CkExtractCtx *ctx, guint open, guint limit)
{
  guint depth = 0;
  for (guint k = open + 1; k < limit; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->nl >= 2)
        return 0;
      if (t->kind == CK_TOK_QUOTE_OPEN)
        depth++;
      else if (t->kind == CK_TOK_QUOTE_CLOSE && depth > 0)
        depth--;
      else if (t->kind == CK_TOK_QUOTE_CLOSE)
        return k;
    }
  return 0;
}

guint
ck_italic_tag_at (const CkExtractCtx *ctx, guint k, guint limit, gboolean closing)
{
  static const char * const tags[] = { "i", "em", "cite", NULL };
  guint j = k + 1;
  limit = MIN (limit, ck_n_toks (ctx));
  if (k + 2 >= limit || !ck_tok_is_punct (ctx, k, '<'))
    return k;
  if (closing)
    {
      if (!ck_tok_is_punct (ctx, j, '/'))
        return k;
      j++;
    }
  if (j + 1 < limit && ck_tok_in_words (ctx, j, tags) && ck_tok_is_punct (ctx, j + 1, '>'))
    return j + 2;
  return k;
}

gboolean
ck_firm_name_span (const CkExtractCtx *ctx, guint s, guint e)
{
  gboolean firm = FALSE;
  while (e > s && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  if (e <= s || e > s + 6)
    return FALSE;
  for (guint k = s; k < e; k++)
    {
      if (!(ck_tok_cap_word (ctx, k) || ck_tok_is_punct (ctx, k, '&') || ck_tok_is (ctx, k, "and")))
        return FALSE;
      firm |= ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS);
    }
  return firm || ck_span_in_lex (ctx, s, e, CK_LEX_PUBLISHERS);
}

guint
ck_add_names_span (const CkExtractCtx *ctx, CkRecord *rec, guint s, guint e, CkRole role)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  guint added;
  ck_names_forward (ctx, s, e, role, names);
  added = names->len;
  for (guint k = 0; k < names->len; k++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, k)));
  return added;
}

gboolean
ck_add_names_exact (const CkExtractCtx *ctx, CkRecord *rec, guint s, guint e, CkRole role)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  if (ck_names_forward (ctx, s, e, role, names) != e || names->len == 0)
    return FALSE;
  for (guint k = 0; k < names->len; k++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, k)));
  return TRUE;
}

gboolean
ck_pronoun_clause (const CkExtractCtx *ctx, guint s, guint e)
{
  static const char * const pronouns[] = { "It", "He", "She", "They", "We", "I", "You", "This", "There", "These",
                                           "Those", NULL };
  static const char * const copulas[] = { "is", "are", "was", "were", "has", "have", "had", NULL };
  /* "It seems", "These are small points": a verb in lower case after it */
  return s + 2 < e && ck_tok_in_words (ctx, s, pronouns) && ck_tok_lower_word (ctx, s + 1) &&
         (!(ck_tok (ctx, s + 1)->flags & CK_TOKF_FUNC) || ck_tok_in_words (ctx, s + 1, copulas));
}

gboolean
ck_as_follows (const CkExtractCtx *ctx, guint k, guint e)
{
  for (guint q = k + 1; q + 1 < e && q < k + 4; q++)
    if (ck_tok_is (ctx, q, "as") && ck_tok_lower_word (ctx, q) && (ck_tok (ctx, q + 1)->flags & CK_TOKF_CAP))
      return TRUE;
  return FALSE;
}
