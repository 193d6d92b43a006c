/* tokenize.c — prose → tokens with byte offsets, line and column.
 *
 *   g_autoptr(CkTokens) t = ck_tokens_new (text, len);
 *   CkToken *tok = &g_array_index (t->toks, CkToken, 0);
 *
 * Words keep inner hyphens and apostrophes ("Hart-Lowe", "d'une",
 * "O’Brien"); a possessive "'s" becomes its own token so that detectors
 * can see "Sarno's Winter in Kiel" as name + POSS + title.  Quotes are
 * classed as opening or closing by what precedes them, because real text
 * mixes straight and curly quotes and even opens with a right quote.
 * Also builds the non-blank lines and the paragraphs (runs of non-blank
 * lines).  The scanner is one pass and never backtracks.
 */
#include "extract-private.h"
#include <string.h>

static gboolean
is_quote_char (gunichar c)
{
  switch (c)
    {
    case '"': case '\'': case '`':
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:   /* “ ” „ ‟ */
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:   /* ‘ ’ ‚ ‛ */
    case 0x00AB: case 0x00BB:                             /* « » */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* Superscript digits are footnote marks, not part of a word: "²Mary
 * Fenwick" is the mark and a name (GLib counts them as alphanumeric). */
static gboolean
is_superscript_digit (gunichar c)
{
  return c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0x2070 && c <= 0x2079);
}

static gboolean
is_word_char (gunichar c)
{
  return (g_unichar_isalnum (c) || g_unichar_ismark (c)) && !is_superscript_digit (c);
}

static gboolean
is_mojibake_symbol (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_OTHER_SYMBOL:
    case G_UNICODE_MATH_SYMBOL:
    case G_UNICODE_MODIFIER_SYMBOL:
      return c != '+' && c != '=' && c != '<' && c != '>' && c != '|' && c != '~' && c != '^';
    default:
      return c == 0x00A9 || c == 0x00AE || c == 0x00A7;  /* © ® § in "Ã©" */
    }
}

/* A quote opens when it follows nothing, whitespace, an opening bracket,
 * a dash or another opening quote. */
static gboolean
quote_opens (const CkToken *prev, gboolean space_before)
{
  if (!prev || space_before)
    return TRUE;
  if (prev->kind == CK_TOK_QUOTE_OPEN)
    return TRUE;
  if (prev->kind == CK_TOK_PUNCT)
    switch (prev->ch)
      {
      case '(': case '[': case '{': case 0x2014: case 0x2013:
        return TRUE;
      default:
        break;
      }
  return FALSE;
}

/* The longer prepositions Chicago keeps in lower case inside a title
 * ("Colonizing the World after Dark", "Law without Courts").  Only in
 * lower case: capitalised, they open titles ("Beyond the Harbour") and
 * sentences, and the function-word lexicon's readers treat its words as
 * openers to strip. */
static gboolean
long_preposition (const char *w, gsize n)
{
  static const char * const words[] = {
    "after", "before", "within", "without", "among", "against", "between", "through", "toward", "towards", "beyond",
    "across", "behind", "beneath", "beside", "about", "around", "along", "amid", "during",
    "despite", "throughout", "under", "above", "below", NULL,
  };
  for (guint i = 0; words[i]; i++)
    if (strlen (words[i]) == n && memcmp (words[i], w, n) == 0)
      return TRUE;
  return FALSE;
}

static void
set_word_flags (CkToken *tok, const char *text)
{
  const char *p = text + tok->start, *e = text + tok->end;
  gunichar first = g_utf8_get_char (p);
  guint letters = 0, uppers = 0;

  if (g_unichar_isdigit (first))
    {
      gboolean all_digits = TRUE;
      for (const char *q = p; q < e; q++)
        if (!g_ascii_isdigit (*q))
          all_digits = FALSE;
      tok->kind = CK_TOK_NUMBER;
      if (all_digits && e - p == 4)
        {
          int y = atoi (p);
          if (y >= 1400 && y <= 2099)
            tok->flags |= CK_TOKF_YEAR;
        }
      return;
    }
  for (const char *q = p; q < e; q = g_utf8_next_char (q))
    {
      gunichar c;
      if ((guchar) *q < 0x80)
        {
          /* ASCII fast path: most of any English text */
          if (g_ascii_isalpha (*q))
            {
              letters++;
              if (g_ascii_isupper (*q))
                uppers++;
            }
          continue;
        }
      c = g_utf8_get_char (q);
      if (g_unichar_isalpha (c))
        {
          letters++;
          if (g_unichar_isupper (c) || g_unichar_istitle (c))
            uppers++;
        }
    }
  if (g_unichar_isupper (first) || g_unichar_istitle (first))
    tok->flags |= CK_TOKF_CAP;
  else if (g_unichar_islower (first))
    tok->flags |= CK_TOKF_LOWER;
  if (letters >= 2 && uppers == letters)
    tok->flags |= CK_TOKF_UPPER;
  if (letters == 1 && uppers == 1 && e - p == 1 && *e == '.')
    tok->flags |= CK_TOKF_INITIAL;
  /* "A. Th. van Vell": the Dutch and German initial of Theodor(us) */
  else if (e - p == 2 && p[0] == 'T' && p[1] == 'h' && *e == '.')
    tok->flags |= CK_TOKF_INITIAL;
  if ((tok->flags & CK_TOKF_LOWER) &&
      (ck_lex_lookup (CK_LEX_FUNCTION_WORDS, p, e - p) != NULL || long_preposition (p, e - p)))
    tok->flags |= CK_TOKF_FUNC;
}

CkTokens *
ck_tokens_new (const char *text, gsize len)
{
  CkTokens *t = g_new0 (CkTokens, 1);
  const char *p = text, *end = text + len;
  guint line = 1, col = 1;
  guint nl = 2;               /* the start counts as a paragraph break */
  gboolean space = TRUE;

  t->text = text;
  t->len = len;
  t->toks = g_array_sized_new (FALSE, FALSE, sizeof (CkToken), len / 4 + 16);
  t->lines = g_array_new (FALSE, FALSE, sizeof (CkLine));
  t->paras = g_array_new (FALSE, FALSE, sizeof (CkPara));

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      CkToken tok = { 0 };

      if (c == '\n')
        {
          nl = MIN (nl + 1, 2);
          line++;
          col = 1;
          space = TRUE;
          p = next;
          continue;
        }
      if (g_unichar_isspace (c) || c == 0xFEFF || c == 0x00A0)
        {
          if (c == 0x00A0 || c != '\r')
            col++;
          space = TRUE;
          p = next;
          continue;
        }

      tok.start = p - text;
      tok.line = line;
      tok.col = col;
      tok.nl = nl;

      if (is_word_char (c))
        {
          const char *q = p;
          gboolean digit_start = g_unichar_isdigit (c);
          while (q < end)
            {
              gunichar d = g_utf8_get_char (q);
              const char *qn = g_utf8_next_char (q);
              if (is_word_char (d))
                {
                  q = qn;
                  continue;
                }
              /* mojibake ("fran├žaises", "rÃ©volution"): a symbol glued
               * between letters stays inside the word */
              if (!digit_start && is_mojibake_symbol (d) && qn < end &&
                  (is_word_char (g_utf8_get_char (qn)) || is_mojibake_symbol (g_utf8_get_char (qn))))
                {
                  q = qn;
                  continue;
                }
              if (qn < end && is_apostrophe (d))
                {
                  /* possessive: 's followed by a non-letter ends the word */
                  gunichar s = g_utf8_get_char (qn);
                  const char *after = g_utf8_next_char (qn);
                  if ((s == 's' || s == 'S') &&
                      (after >= end || !is_word_char (g_utf8_get_char (after))))
                    break;
                  if (!digit_start && g_unichar_isalpha (s))
                    {
                      q = qn;
                      continue;
                    }
                  break;
                }
              if (qn < end && !digit_start && (d == '-' || d == 0x2010) &&
                  g_unichar_isalpha (g_utf8_get_char (qn)))
                {
                  q = qn;
                  continue;
                }
              /* "appeared in 1968.1 Scotland": a note's number glued to a
               * year's stop is no decimal */
              if (qn < end && digit_start && d == '.' && q - p == 4 && (*p == '1' || *p == '2') &&
                  g_ascii_isdigit (*qn) && (qn + 1 >= end || (qn[1] == ' ' && qn + 2 < end && g_ascii_isupper (qn[2])) ||
                                            (g_ascii_isdigit (qn[1]) && qn + 2 < end && qn[2] == ' ' && qn + 3 < end &&
                                             g_ascii_isupper (qn[3]))))
                break;
              if (qn < end && digit_start && (d == '.' || d == ',') &&
                  g_unichar_isdigit (g_utf8_get_char (qn)))
                {
                  q = qn;
                  continue;
                }
              break;
            }
          tok.end = q - text;
          tok.kind = CK_TOK_WORD;
          set_word_flags (&tok, text);
          col += g_utf8_strlen (p, q - p);
          p = q;
        }
      else if (is_quote_char (c))
        {
          const CkToken *prev = t->toks->len ? &g_array_index (t->toks, CkToken, t->toks->len - 1) : NULL;
          /* a possessive glued to a word or a year ("1988's") was split off above */
          if (is_apostrophe (c) && prev && prev->end == tok.start && (prev->kind == CK_TOK_WORD || prev->kind == CK_TOK_NUMBER) &&
              next < end && (*next == 's' || *next == 'S') &&
              (next + 1 >= end || !is_word_char (g_utf8_get_char (next + 1))))
            {
              tok.kind = CK_TOK_POSS;
              tok.end = (next + 1) - text;
              col += 2;
              p = next + 1;
            }
          else
            {
              gboolean opens;
              if (c == 0x201C || c == 0x2018 || c == 0x201E || c == 0x00AB || c == '`')
                opens = TRUE;
              else
                opens = quote_opens (prev, space);
              tok.kind = opens ? CK_TOK_QUOTE_OPEN : CK_TOK_QUOTE_CLOSE;
              tok.ch = c;
              tok.end = next - text;
              col++;
              p = next;
            }
        }
      else
        {
          tok.kind = CK_TOK_PUNCT;
          tok.ch = c;
          tok.end = next - text;
          col++;
          p = next;
        }
      g_array_append_val (t->toks, tok);
      nl = 0;
      space = FALSE;
      if (p < end)
        {
          gunichar d = g_utf8_get_char (p);
          if (g_unichar_isspace (d))
            g_array_index (t->toks, CkToken, t->toks->len - 1).flags |= CK_TOKF_SPACE;
        }
    }

  /* Lines and paragraphs, from the token positions. */
  {
    guint ti = 0, ntok = t->toks->len;
    const char *ls = text;
    CkPara para = { 0 };
    gboolean in_para = FALSE;
    guint lineno = 0;
    while (ls <= end)
      {
        const char *le = memchr (ls, '\n', end - ls);
        gboolean blank = TRUE;
        CkLine ln;
        if (!le)
          le = end;
        lineno++;
        for (const char *q = ls; q < le; q++)
          if (!g_ascii_isspace (*q))
            {
              blank = FALSE;
              break;
            }
        if (!blank)
          {
            ln.start = ls - text;
            ln.end = le - text;
            while (ln.end > ln.start && g_ascii_isspace (text[ln.end - 1]))
              ln.end--;
            ln.number = lineno;
            ln.tok_first = ti;
            while (ti < ntok && g_array_index (t->toks, CkToken, ti).start < (guint32) (le - text))
              ti++;
            ln.tok_end = ti;
            if (!in_para)
              {
                memset (&para, 0, sizeof para);
                para.start = ln.start;
                para.line_first = t->lines->len;
                para.tok_first = ln.tok_first;
                in_para = TRUE;
              }
            para.end = ln.end;
            para.tok_end = ln.tok_end;
            g_array_append_val (t->lines, ln);
            para.line_end = t->lines->len;
          }
        else if (in_para)
          {
            g_array_append_val (t->paras, para);
            in_para = FALSE;
          }
        if (le >= end)
          break;
        ls = le + 1;
      }
    if (in_para)
      g_array_append_val (t->paras, para);
  }
  return t;
}

void
ck_tokens_free (CkTokens *t)
{
  if (!t)
    return;
  g_array_unref (t->toks);
  g_array_unref (t->lines);
  g_array_unref (t->paras);
  g_free (t);
}

void
ck_tokens_locate (const CkTokens *t, gsize offset, guint *line, guint *col)
{
  /* binary search for the last token starting at or before @offset: every
   * token knows its line and column, so this costs O(log n) and not a
   * scan of the line (a 1 MB text may be a single line) */
  guint lo = 0, hi = t->toks->len;
  const CkToken *tok;
  guint l, c;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (t->toks, CkToken, mid).start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    {
      /* before the first token: count from the start of the text */
      l = 1;
      c = 1;
      for (const char *q = t->text; q < t->text + offset; q = g_utf8_next_char (q))
        {
          if (*q == '\n')
            {
              l++;
              c = 1;
            }
          else
            c++;
        }
    }
  else
    {
      tok = &g_array_index (t->toks, CkToken, lo - 1);
      l = tok->line;
      c = tok->col;
      for (const char *q = t->text + tok->start; q < t->text + offset; q = g_utf8_next_char (q))
        {
          if (*q == '\n')
            {
              l++;
              c = 1;
            }
          else
            c++;
        }
    }
  if (line)
    *line = l;
  if (col)
    *col = c;
}

gboolean
ck_tok_is_note_mark (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  return t->kind == CK_TOK_PUNCT && is_superscript_digit (t->ch);
}
