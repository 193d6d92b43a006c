/* normalize.c — repairs of scanned and mis-decoded text before tokenizing.
 *
 *   gsize nlen; guint32 *map;
 *   char *norm = ck_normalize_text (text, len, &nlen, &map);  // NULL: nothing to repair
 *
 * Repairs, each general (no word lists):
 *  - cp1252 mojibake: UTF-8 that was decoded as Windows-1252 and encoded
 *    again ("â€œ" for “, "â€™" for ’, "Ã©" for é) is decoded back, by
 *    mapping each character to its cp1252 byte and checking that the bytes
 *    form one UTF-8 character.  A "â€" whose last byte was one cp1252
 *    leaves undefined (0x9D, the tail of ”) is read as ”.
 *  - words hyphenated across a line break ("har-\nbour") are joined when
 *    the next line goes on in lower case; the indentation goes too.
 *  - OCR's "l" for "1" in a year ("l937", "l829") or a number ("l94").
 *  - OCR's "l" for "I", "0" for "O" and "5" for "S" inside a word in
 *    capitals ("NlGHT", "N0RTH", "HAR5H"), each between two capitals.
 *  - a note number glued to the word before it ("Citizenship2 and").
 *  - Markdown emphasis ("*Title*", "_Title_") becomes "<i>Title</i>";
 *    strong emphasis ("**Name**") loses its marks, as HTML's <b> does.
 *  - OCR's spaced quotes ('" The Title "') lose their inner spaces.
 *  - a catalogue card's call number down the left margin is blanked
 *    (normalize-cards.c).
 *  - text from web pages and word processors: character references, tags,
 *    Markdown links and marks, invisible characters (normalize-web.c).
 * The repaired text is used for every later stage; @map gives, for each of
 * its bytes (and its end), the offset in the original, so that evidence
 * and positions still point into what the user gave us.
 */
#include "extract-private.h"
#include "normalize-web.h"
#include "normalize-cards.h"
#include "normalize-names.h"
#include <string.h>

/* Whether the word that ends just before @p starts with a capital. */
static gboolean
capitalised_word_before (const char *text, const char *p)
{
  const char *w = p, *prev;
  while (w > text)
    {
      prev = g_utf8_find_prev_char (text, w);
      if (!prev || !g_unichar_isalpha (g_utf8_get_char (prev)))
        break;
      w = prev;
    }
  return w < p && g_unichar_isupper (g_utf8_get_char (w));
}

/* "COMMUNI-\nCATION", "EVOLU-\nTION": a word in capitals broken over a
 * line by the typesetter, its second part a word's ending that stands
 * alone as no word.  The length of that part up to its last letter, or
 * 0 ("ANGLO-\nSAXON" keeps its hyphen). */
static gsize
caps_word_ending (const char *q, const char *end)
{
  static const char * const endings[] = { "TION", "TIONS", "SION", "SIONS", "ISM", "ISMS", "ITY", "ITIES", "MENT",
                                          "MENTS", "ICAL", "OLOGY", "GRAPHY", "SOPHY", "TURE", "TURES", "ANCE",
                                          "ENCE", "ISTIC", "ISTS", NULL };
  const char *r = q;
  while (r < end && g_ascii_isupper (*r))
    r++;
  if (r - q < 3 || (r < end && g_ascii_isalnum (*r)))
    return 0;
  for (guint k = 0; endings[k]; k++)
    {
      gsize l = strlen (endings[k]);
      /* the ending alone ("MENT") is a fragment too */
      if ((gsize) (r - q) >= l && memcmp (r - l, endings[k], l) == 0)
        return r - q;
    }
  return 0;
}

/* The byte after a line break ("\n" or "\r\n") at @p, or NULL. */
static const char *
after_line_break (const char *p, const char *end)
{
  if (p < end && *p == '\n')
    return p + 1;
  if (p + 1 < end && p[0] == '\r' && p[1] == '\n')
    return p + 2;
  return NULL;
}

/* @q past spaces and tabs (a line's indentation). */
static const char *
skip_blanks (const char *q, const char *end)
{
  while (q < end && (*q == ' ' || *q == '\t'))
    q++;
  return q;
}

/* cp1252's characters for bytes 0x80..0x9F (0 = undefined) */
static const gunichar cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

gunichar
ck_cp1252_char (guchar b)
{
  return b >= 0x80 && b <= 0x9F ? cp1252_high[b - 0x80] : 0;
}

/* The last two bytes the output will have once text[copied,p) is copied
 * (the whole output is that span while nothing was repaired). */
static void
web_tail (const GString *s, const char *copied, const char *p, char tail[CK_WEB_TAIL])
{
  char rev[CK_WEB_TAIL - 1];
  guint n = 0;
  for (const char *c = p; c > copied && n < CK_WEB_TAIL - 1;)
    rev[n++] = *--c;
  for (gsize k = s ? s->len : 0; k > 0 && n < CK_WEB_TAIL - 1;)
    rev[n++] = s->str[--k];
  for (guint k = 0; k < n; k++)
    tail[k] = rev[n - 1 - k];
  tail[n] = '\0';
}

/* The cp1252 byte that shows as @c, or -1. */
static int
cp1252_byte (gunichar c)
{
  if (c < 0x80)
    return -1;
  if (c >= 0xA0 && c <= 0xFF)
    return (int) c;
  for (int k = 0; k < 32; k++)
    if (cp1252_high[k] == c)
      return 0x80 + k;
  return -1;
}

/* Mojibake at @p: the repaired character's UTF-8 in @out (up to 4 bytes,
 * *@out_n) and the length consumed; 0 when none. */
static gsize
mojibake_at (const char *p, const char *end, char *out, guint *out_n)
{
  guchar bytes[4];
  guint need, have = 0;
  const char *q = p;
  gunichar lead = g_utf8_get_char (p);
  int b = cp1252_byte (lead);
  if (b < 0xC2 || b > 0xF4)
    return 0;
  need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  bytes[have++] = (guchar) b;
  q = g_utf8_next_char (q);
  while (have < need && q < end)
    {
      int c = cp1252_byte (g_utf8_get_char (q));
      if (c < 0x80 || c > 0xBF)
        break;
      bytes[have++] = (guchar) c;
      q = g_utf8_next_char (q);
    }
  /* "â€" + nothing: the 0x9D of ” was lost (cp1252 has no character for it) */
  if (have == 2 && need == 3 && bytes[0] == 0xE2 && bytes[1] == 0x80)
    bytes[have++] = 0x9D;
  if (have != need)
    return 0;
  {
    gunichar u = g_utf8_get_char_validated ((const char *) bytes, need);
    if (u == (gunichar) -1 || u == (gunichar) -2 || u < 0x80)
      return 0;
    *out_n = g_unichar_to_utf8 (u, out);
  }
  return q - p;
}

/* Markdown emphasis at @p ("*Title*", "**Title**", "_Title_"): where its
 * closing run starts, or NULL.  The opening run follows a space, a line's
 * start or an opening bracket or quote and comes before a non-space; the
 * closing run is the same, after a non-space, before no letter or digit
 * ("snake_case" and "2*3" are no emphasis), in the same paragraph. */
static const char *
emphasis_close (const char *text, const char *p, const char *end, guint *out_run)
{
  char m = *p;
  guint run = 1;
  const char *q;
  if (p + 1 < end && p[1] == m)
    run = 2;
  q = p + run;
  if ((p > text && !strchr (" \t\n([\"'", p[-1]) && (guchar) p[-1] < 0x80) || q >= end || *q == m ||
      g_ascii_isspace (*q))
    return NULL;
  for (const char *limit = MIN (end, q + 300); q < limit; q++)
    {
      if (*q == '\n' && q + 1 < end && q[1] == '\n')
        return NULL;
      if (*q != m)
        continue;
      if (q + run <= end && (run == 1 || q[1] == m) && !g_ascii_isspace (q[-1]) && q[-1] != m &&
          (q + run == end || (!g_ascii_isalnum (q[run]) && q[run] != m)))
        {
          *out_run = run;
          return q;
        }
      return NULL;   /* a lone marker inside: not this kind of emphasis */
    }
  return NULL;
}

/* Whether the "l" at @p is a later digit of a year of four ("192l",
 * "19l4"): the word is four characters, digits and "l" only, opens with
 * "1", and reads as a year from 1500 to 2099 when each "l" is a "1". */
static gboolean
ocr_year_tail (const char *text, const char *p, const char *end)
{
  for (gsize i = 1; i <= 3; i++)
    {
      const char *w = p - i;
      int year = 0;
      if (w < text)
        return FALSE;
      if (*w != '1' || (w > text && g_ascii_isalnum (w[-1])) || w + 4 > end || (w + 4 < end && g_ascii_isalnum (w[4])))
        continue;
      for (gsize k = 0; k < 4; k++)
        {
          if (!g_ascii_isdigit (w[k]) && w[k] != 'l')
            return FALSE;
          year = year * 10 + (w[k] == 'l' ? 1 : w[k] - '0');
        }
      return year >= 1500 && year <= 2099;
    }
  return FALSE;
}

/* Whether the digits at @p are a note number glued to the word before:
 * one or two digits after four lower-case ASCII letters or more (the word
 * opening with a letter), before a space, a stop, a comma, a semicolon,
 * a colon or the end.  "Catch-22", "B52", "mp3" and "1990s" are no
 * notes. */
static gboolean
word_starts_at (const char *text, const char *w)
{
  /* after a space, a quote or a bracket: no path, address or compound */
  return w == text || strchr (" \t\n\"'(", w[-1]) != NULL;
}

static gboolean
footnote_digits_at (const char *text, const char *p, const char *end)
{
  const char *w = p, *q = p;
  while (w > text && g_ascii_islower (w[-1]))
    w--;
  /* "Citizenship2": a capital may open the word */
  if (w > text && g_ascii_isupper (w[-1]))
    w--;
  if (p - w < 4 || !word_starts_at (text, w))
    return FALSE;
  while (q < end && g_ascii_isdigit (*q))
    q++;
  if (q - p > 2)
    return FALSE;
  return q == end || *q == ' ' || *q == '\n' || *q == '\r' || *q == ',' || *q == '.' || *q == ';' || *q == ':';
}

/* Whether the digits at @p are a note number glued to a span of years:
 * "1921-19486", "1815–18702" (a hyphen or an en dash), the second year
 * no earlier than the first and within three centuries of it, one or two
 * digits after it before a space or a stop. */
static gboolean
range_note_digits_at (const char *text, const char *p, const char *end)
{
  const char *y2 = p - 4, *dash, *y1, *q = p;
  int a = 0, b = 0;
  if (y2 - text < 6)
    return FALSE;
  for (int k = 0; k < 4; k++)
    if (!g_ascii_isdigit (y2[k]))
      return FALSE;
  if (y2[-1] == '-')
    dash = y2 - 1;
  else if (y2 - text >= 8 && (guchar) y2[-3] == 0xE2 && (guchar) y2[-2] == 0x80 && (guchar) y2[-1] == 0x93)
    dash = y2 - 3;
  else
    return FALSE;
  y1 = dash - 4;
  if (y1 < text || (y1 > text && g_ascii_isalnum (y1[-1])))
    return FALSE;
  for (int k = 0; k < 4; k++)
    {
      if (!g_ascii_isdigit (y1[k]))
        return FALSE;
      a = a * 10 + (y1[k] - '0');
      b = b * 10 + (y2[k] - '0');
    }
  if (a < 1000 || b < a || b > a + 300)
    return FALSE;
  while (q < end && g_ascii_isdigit (*q))
    q++;
  return q - p <= 2 && (q == end || *q == ' ' || *q == '\n' || *q == ',' || *q == '.' || *q == ';' || *q == ')');
}

/* OCR's spaced quotes at @p: '" The Title "'.  When the straight quote
 * at @p opens (after a space, a line's start or a bracket) and a space
 * follows it before a capital, returns the space before the quote that
 * closes it on the same paragraph, or NULL. */
static const char *
spaced_quote_close (const char *text, const char *p, const char *end)
{
  const char *q;
  if (*p != '"' || (p > text && !strchr (" \t\n(", p[-1])) || p + 2 >= end || p[1] != ' ' ||
      !g_ascii_isupper (p[2]))
    return NULL;
  for (q = p + 2; q < end && q < p + 160; q++)
    {
      if (*q == '"')
        {
          if (q[-1] == ' ' && q - 1 > p + 2 && (q + 1 == end || !g_ascii_isalnum (q[1])))
            return q - 1;
          return NULL;
        }
      if (*q == '\n' && q + 1 < end && q[1] == '\n')
        return NULL;
    }
  return NULL;
}

static gboolean
is_lower_letter (const char *p, const char *end)
{
  return p < end && g_unichar_islower (g_utf8_get_char (p));
}

/* The longest word in capitals OCR repairs are tried on. */
#define OCR_CAPS_WORD_MAX 30

/* Whether @c is a capital A-Z. */
static gboolean
ascii_capital (char c)
{
  return c >= 'A' && c <= 'Z';
}

/* Whether @c beside a suspect @self lets it be read as a capital: a
 * capital ("FIllY" stays: "ll" may be "LL" as well as "II"). */
static gboolean
caps_side (char c, char self)
{
  return ascii_capital (c) && !(self == 'l' && c == 'l');
}

/* The word in capitals at @p (an ASCII word starting there) with OCR's
 * "l" for "I", "0" for "O" and "5" for "S" repaired into @out: its
 * length, or 0 when it needs no repair or is no word in capitals.  Each
 * repaired character stands between two capitals (a model number,
 * "RAF50", or a word in lower case is left alone), and the capitals are
 * at least two and outnumber the repairs. */
static gsize
ocr_caps_word (const char *text, const char *p, const char *end, char out[OCR_CAPS_WORD_MAX])
{
  gsize n = 0;
  guint caps = 0, fixes = 0;
  if (p > text && (g_ascii_isalnum (p[-1]) || (guchar) p[-1] >= 0x80))
    return 0;
  while (p + n < end && g_ascii_isalnum (p[n]))
    {
      if (n >= OCR_CAPS_WORD_MAX)
        return 0;
      n++;
    }
  if (n < 3 || (p + n < end && (guchar) p[n] >= 0x80))
    return 0;
  for (gsize k = 0; k < n; k++)
    {
      char c = p[k];
      if (ascii_capital (c))
        {
          caps++;
          out[k] = c;
          continue;
        }
      if ((c != 'l' && c != '0' && c != '5') || k == 0 || k + 1 == n || !caps_side (p[k - 1], c) ||
          !caps_side (p[k + 1], c))
        return 0;
      out[k] = c == 'l' ? 'I' : c == '0' ? 'O' : 'S';
      fixes++;
    }
  return fixes > 0 && caps >= 2 && caps > fixes ? n : 0;
}

char *
ck_normalize_text (const char *text, gsize len, gsize *out_len, guint32 **out_map)
{
  GString *s = NULL;
  GArray *map = NULL;
  const char *p = text, *end = text + len, *copied = text;
  const char *close_at = NULL;   /* the closing run of an open emphasis */
  gboolean plain_emphasis = FALSE; /* its marks go: italics after a quoted title */
  const char *quote_space = NULL; /* the space before a spaced quote's close */
  const char *wrapped;           /* the next line after a hyphen at a line's end */
  guint close_run = 0;
  CkWebState web;

  /* copies text[copied, upto) unchanged */
#define FLUSH(upto)                                                              \
  G_STMT_START {                                                                 \
    if (!s)                                                                      \
      {                                                                          \
        s = g_string_sized_new (len);                                            \
        map = g_array_sized_new (FALSE, FALSE, sizeof (guint32), len + 1);       \
      }                                                                          \
    for (const char *c_ = copied; c_ < (upto); c_++)                             \
      {                                                                          \
        guint32 o_ = (guint32) (c_ - text);                                      \
        g_string_append_c (s, *c_);                                              \
        g_array_append_val (map, o_);                                            \
      }                                                                          \
    copied = (upto);                                                             \
  } G_STMT_END

  /* writes @ch for the one byte at p, and goes past it */
#define REPLACE_BYTE(ch)                                                         \
  G_STMT_START {                                                                 \
    guint32 o1_ = (guint32) (p - text);                                          \
    FLUSH (p);                                                                   \
    g_string_append_c (s, (ch));                                                 \
    g_array_append_val (map, o1_);                                               \
    p++;                                                                         \
    copied = p;                                                                  \
  } G_STMT_END

  if (len >= G_MAXUINT32)
    return NULL;
  ck_web_state_init (&web, text, len);
  while (p < end)
    {
      guchar c = (guchar) *p;
      /* a card's call number down the left margin (normalize-cards.c):
       * blanked, so the entry's words meet again */
      if ((p == text || p[-1] == '\n') && (g_ascii_isgraph (c) || c == ' '))
        {
          gsize k = ck_card_code_at (text, p, end);
          if (k)
            {
              while (k--)
                REPLACE_BYTE (' ');
              continue;
            }
        }
      /* "Vell (A. R.). Title." opening a list's line: "Vell, A. R. Title."
       * (normalize-names.c); each " (" becomes ", ", each ")" goes */
      if (p == text || p[-1] == '\n')
        {
          const char *edits[2 * CK_PAREN_NAMES_MAX];
          guint n_edits = ck_paren_names_at (p, end, edits);
          for (guint k = 0; k < n_edits; k++)
            {
              const char *e = edits[k];
              FLUSH (e);
              if (*e == ' ')
                {
                  guint32 o = (guint32) (e - text);
                  g_string_append_c (s, ',');
                  g_array_append_val (map, o);
                  o++;
                  g_string_append_c (s, ' ');
                  g_array_append_val (map, o);
                  copied = e + 2;
                }
              else if (e + 5 < end && strncmp (e + 1, " and ", 5) == 0)
                {
                  /* "(A. R.) and Orr (T.)": "A. R., and Orr, T.", as
                   * lists invert two authors */
                  guint32 o = (guint32) (e - text);
                  g_string_append_c (s, ',');
                  g_array_append_val (map, o);
                  copied = e + 1;
                }
              else
                /* "(A. R.)." keeps one stop */
                copied = e + 1 + (e[-1] == '.' && e + 1 < end && e[1] == '.');
            }
          if (n_edits)
            {
              p = copied;
              continue;
            }
        }
      /* '" The Title "': the spaces inside OCR's quotes go, so that the
       * quotes open and close where a reader sees them */
      if (p == quote_space)
        {
          FLUSH (p);
          p++;
          copied = p;
          quote_space = NULL;
          continue;
        }
      if (c == '"' && !quote_space && (quote_space = spaced_quote_close (text, p, end)))
        {
          FLUSH (p + 1);
          p += 2;
          copied = p;
          continue;
        }
      /* markup, character references and invisible characters of web
       * pages and word processors (normalize-web.c) */
      if (c == '&' || c == '<' || c == '[' || c == ']' || c == '\\' || c == '#' || c == '>' || c == '!' || c >= 0xC2 ||
          c == '\r' || c == '\f' || (web.html && c == '\n') || (c == '-' && p == text))
        {
          char rep[CK_WEB_OUT_MAX], tail[CK_WEB_TAIL];
          guint n = 0;
          gsize used;
          web_tail (s, copied, p, tail);
          if ((used = ck_web_repair_at (&web, p, tail, rep, &n)))
            {
              guint32 o = (guint32) (p - text);
              FLUSH (p);
              for (guint k = 0; k < n; k++)
                {
                  g_string_append_c (s, rep[k]);
                  g_array_append_val (map, o);
                }
              p += used;
              copied = p;
              /* a repair that swallowed an emphasis's close or a spaced
               * quote's space ends them */
              if (close_at && close_at < p)
                close_at = NULL;
              if (quote_space && quote_space < p)
                quote_space = NULL;
              continue;
            }
        }
      /* "* Name, Title (…)": a list's bullet (Markdown's, a reading
       * list's mark for a book to own) opening a line is no emphasis and
       * no part of the entry; a space keeps the entry's column */
      if (c == '*' && (p == text || p[-1] == '\n') && p + 1 < end && p[1] == ' ')
        {
          REPLACE_BYTE (' ');
          continue;
        }
      /* Markdown emphasis marks titles as italics do: it is read as the
       * "<i>…</i>" of HTML, which the html-italics detector knows.  Strong
       * emphasis ("**Name**") is bold, which marks names, labels and
       * headings as often as titles: its marks go, as <b>'s do */
      if ((c == '*' || c == '_') && (p == close_at || (!close_at && (close_at = emphasis_close (text, p, end, &close_run)))))
        {
          const char *tag = close_run == 2 ? "" : p == close_at ? "</i>" : "<i>";
          guint32 o = (guint32) (p - text);
          FLUSH (p);
          /* '"Essay," _Journal_ 18 (1991)': as a page's italics there
           * (normalize-web.c), the marks go */
          if (p != close_at && close_run == 1 && ck_web_after_quoted_title (s->str))
            plain_emphasis = TRUE;
          if (plain_emphasis)
            tag = "";
          if (p == close_at)
            {
              close_at = NULL;
              plain_emphasis = FALSE;
            }
          for (const char *t = tag; *t; t++)
            {
              g_string_append_c (s, *t);
              g_array_append_val (map, o);
            }
          p += close_run;
          copied = p;
          continue;
        }
      if (c >= 0xC2)
        {
          char rep[CK_WEB_OUT_MAX];
          guint n = 0;
          gsize used = mojibake_at (p, end, rep, &n);
          if (used)
            {
              guint32 o = (guint32) (p - text);
              /* "Â " is a no-break space: repaired as one written as such */
              n = ck_web_char (g_utf8_get_char (rep), rep);
              FLUSH (p);
              for (guint k = 0; k < n; k++)
                {
                  g_string_append_c (s, rep[k]);
                  g_array_append_val (map, o);
                }
              p += used;
              copied = p;
              continue;
            }
          p = g_utf8_next_char (p);
          continue;
        }
      /* a hyphen at a line's end, read by the letters around the break */
      if (c == '-' && p > text && (wrapped = after_line_break (p + 1, end)))
        {
          gunichar prev = g_utf8_get_char (g_utf8_find_prev_char (text, p));
          /* "har-\nbour": lower case on both sides, after the next
           * line's indentation (and over a card's call number: "re-\n1949
           * ligion") */
          const char *q = skip_blanks (wrapped + ck_card_code_at (text, wrapped, end), end);
          if (g_unichar_islower (prev) && is_lower_letter (q, end))
            {
              FLUSH (p);
              p = q;
              copied = q;
              continue;
            }
          q = skip_blanks (wrapped, end);
          /* "COMMUNI-\nCATION": a word in capitals hyphenated by the printer */
          if (p > text + 2 && g_ascii_isupper (p[-1]) && g_ascii_isupper (p[-2]) && caps_word_ending (q, end))
            {
              FLUSH (p);
              p = q;
              copied = q;
              continue;
            }
          /* "Tit-\nBits", "Anglo-\nSaxon": a capitalised compound broken
           * after its hyphen keeps the hyphen and loses the line break */
          if (g_unichar_isalpha (prev) && capitalised_word_before (text, p) && q < end &&
              g_unichar_isupper (g_utf8_get_char_validated (q, end - q)))
            {
              FLUSH (p + 1);
              p = q;
              copied = q;
              continue;
            }
        }
      /* "Citizenship2 and": a note's number set as a superscript and
       * flattened onto the word before it (text taken from a PDF) */
      if (g_ascii_isdigit (c) && (footnote_digits_at (text, p, end) || range_note_digits_at (text, p, end)))
        {
          FLUSH (p);
          while (p < end && g_ascii_isdigit (*p))
            p++;
          copied = p;
          continue;
        }
      /* "NlGHT", "N0RTH": OCR's confusions inside a word in capitals */
      if (ascii_capital (c))
        {
          char rep[OCR_CAPS_WORD_MAX];
          gsize n = ocr_caps_word (text, p, end, rep);
          if (n)
            {
              FLUSH (p);
              for (gsize k = 0; k < n; k++)
                {
                  guint32 o = (guint32) (p + k - text);
                  g_string_append_c (s, rep[k]);
                  g_array_append_val (map, o);
                }
              p += n;
              copied = p;
              continue;
            }
        }
      /* "l937", "l829": a year whose "1" was read as "l" */
      if (c == 'l' && (p == text || !g_unichar_isalnum (g_utf8_get_char (g_utf8_find_prev_char (text, p)))) &&
          p + 4 <= end && (p[1] == '9' || p[1] == '8' || p[1] == '7' || p[1] == '6') && g_ascii_isdigit (p[2]) &&
          g_ascii_isdigit (p[3]) &&
          (p + 4 == end || !g_ascii_isalnum (p[4])))
        {
          REPLACE_BYTE ('1');
          continue;
        }
      /* "192l", "19l4": a year's later "1" read as "l"; the "1" or the
       * digit before it is copied, the "l" replaced when reached */
      if (c == 'l' && ocr_year_tail (text, p, end))
        {
          REPLACE_BYTE ('1');
          continue;
        }
      /* "$l", "$l.50": a price whose "1" was read as "l" */
      if (c == 'l' && p > text && p[-1] == '$' && (p + 1 == end || !g_ascii_isalpha (p[1])))
        {
          REPLACE_BYTE ('1');
          continue;
        }
      /* "Pp. xiv, l94; l0 plates": a number of up to four digits opening
       * on "l" (no word does) */
      if (c == 'l' && (p == text || !g_unichar_isalnum (g_utf8_get_char (g_utf8_find_prev_char (text, p)))) &&
          p + 1 < end && g_ascii_isdigit (p[1]))
        {
          const char *q = p + 1;
          while (q < end && q < p + 5 && g_ascii_isdigit (*q))
            q++;
          if (q == end || (!g_ascii_isalnum (*q) && *q != '-'))
            {
              REPLACE_BYTE ('1');
              continue;
            }
        }
      /* "l5s.", "l2s. 6d.": shillings whose "1" was read as "l" */
      if (c == 'l' && (p == text || !g_unichar_isalnum (g_utf8_get_char (g_utf8_find_prev_char (text, p)))) &&
          p + 3 < end && g_ascii_isdigit (p[1]) &&
          ((p[2] == 's' && p[3] == '.') || (g_ascii_isdigit (p[2]) && p + 4 < end && p[3] == 's' && p[4] == '.')))
        {
          REPLACE_BYTE ('1');
          continue;
        }
      p++;
    }
  if (!s)
    return NULL;
  FLUSH (end);
#undef FLUSH
#undef REPLACE_BYTE
  {
    guint32 o = (guint32) len;
    g_array_append_val (map, o);
  }
  *out_len = s->len;
  *out_map = (guint32 *) g_array_free (map, FALSE);
  return g_string_free (s, FALSE);
}
