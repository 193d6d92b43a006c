/* normalize-cards.c — the call-number column of a catalogue card.
 *
 * A typed or printed library card sets the call number down its left
 * margin, one piece a line, beside the entry:
 *
 *   BL
 *   313       Vell, Ada, 1904-
 *   .V4         The salt roads.  [New York]
 *   1949      Gannet Books [1949]
 *
 * Read as text, the pieces fall between the words of the heading, the
 * title and the imprint ("re-\n1949      ligion").  A short code at a
 * line's start, set off by three spaces or more from an entry indented
 * six columns or more, with a neighbouring line that has the same shape
 * or the same indentation, is blanked; so is a line holding only a code
 * right above such a line.  Codes hold capitals, digits and stops, no
 * lower case; a numbered item ("1.", "12.") is never one.
 */
#include "normalize-cards.h"
#include <glib.h>

#define CARD_CODE_MAX   8
#define CARD_MIN_COL    6
#define CARD_MIN_GAP    3
#define CARD_COL_SLACK  4
#define CARD_CODE_INDENT 3

/* The code at @p (a line's start): its length, or 0. */
static gsize
code_len (const char *p, const char *end)
{
  const char *q = p, *line = p;
  gboolean digit_or_stop = FALSE, digits_then_stop = TRUE;
  /* "  1948      A history": a typist may indent the code a little */
  while (q < end && q - p < CARD_CODE_INDENT && *q == ' ')
    q++;
  p = q;
  while (q < end && q - p <= CARD_CODE_MAX && (g_ascii_isupper (*q) || g_ascii_isdigit (*q) || *q == '.'))
    {
      digit_or_stop |= g_ascii_isdigit (*q) || *q == '.';
      q++;
    }
  /* "1859a": a work mark's letter after the year */
  if (q > p + 1 && q < end && g_ascii_islower (*q) && g_ascii_isdigit (q[-1]) && q + 1 < end && q[1] == ' ')
    q++;
  if (q == p || q - p > CARD_CODE_MAX || (q < end && *q != ' ' && *q != '\n'))
    return 0;
  /* "BL", "QA": capitals alone are a class only when short */
  if (!digit_or_stop && q - p > 3)
    return 0;
  /* "12." numbers an item, and "." alone is no code */
  for (const char *r = p; r < q - 1; r++)
    digits_then_stop &= g_ascii_isdigit (*r) != 0;
  if (digits_then_stop && q[-1] == '.')
    return 0;
  return q - line;
}

/* The shape of the line at @p: its code's length (0 for none), and the
 * column where its entry starts (0 when the line is blank or holds the
 * code alone). */
static void
line_shape (const char *p, const char *end, gsize *code, gsize *col)
{
  const char *q;
  *code = code_len (p, end);
  q = p + *code;
  while (q < end && *q == ' ')
    q++;
  *col = (q < end && *q != '\n') ? (gsize) (q - p) : 0;
  if (*code && *col && *col - *code < CARD_MIN_GAP)
    *code = 0;
}

static const char *
next_line (const char *p, const char *end)
{
  while (p < end && *p != '\n')
    p++;
  return p < end ? p + 1 : NULL;
}

static const char *
prev_line (const char *text, const char *p)
{
  const char *q;
  if (p <= text)
    return NULL;
  q = p - 1;   /* the newline ending the line before */
  while (q > text && q[-1] != '\n')
    q--;
  return q;
}

/* Whether the line at @p is a code beside an indented entry. */
static gboolean
code_beside_entry (const char *text, const char *p, const char *end)
{
  gsize code, col;
  const char *nb[2];
  line_shape (p, end, &code, &col);
  if (!code || col < CARD_MIN_COL)
    return FALSE;
  nb[0] = prev_line (text, p);
  nb[1] = next_line (p, end);
  for (guint k = 0; k < 2; k++)
    {
      gsize c2, col2;
      if (!nb[k])
        continue;
      line_shape (nb[k], end, &c2, &col2);
      /* the neighbour is indented, or has a code beside it, near the
       * same column */
      if (col2 >= CARD_MIN_COL && col2 + CARD_COL_SLACK >= col && col2 <= col + CARD_COL_SLACK &&
          (c2 || nb[k][0] == ' '))
        return TRUE;
    }
  return FALSE;
}

gsize
ck_card_code_at (const char *text, const char *p, const char *end)
{
  gsize code, col;
  const char *nl;
  if (p > text && p[-1] != '\n')
    return 0;
  line_shape (p, end, &code, &col);
  if (code && code_beside_entry (text, p, end))
    return code;
  /* "BL" alone over "313       Vell, Ada": the class's first line */
  code = code_len (p, end);
  if (code && code <= 5 && p + code < end && p[code] == '\n' && (nl = next_line (p, end)) &&
      code_beside_entry (text, nl, end))
    return code;
  return 0;
}
