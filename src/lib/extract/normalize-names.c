/* normalize-names.c — names in the form of an older journal's list of
 * books received:
 *
 *   Vell (A. R.). The Salt Road. London: Gannet & Co. 1933. Pp. 240. 8s. 6d.
 *   Quell (Ada) and Orr (T. M., Jr.). Tide Tables. …
 *   Lind (Piet von). …
 *
 * The given names in brackets after the family name.  The normalizer
 * rewrites them in place as "Vell, A. R." and "Quell, Ada and Orr, T. M.,
 * Jr.", the inverted form every list reader knows; only at a line's start,
 * only when a full stop closes the names and a "Place: Publisher" follows
 * in the entry (up to a blank line), so prose ("Vell (1933) argued") and a bookseller's entry
 * ("QUELL (Ada). The Glass Orchard. 1958.") are left as they are.
 */
#include "normalize-names.h"
#include <string.h>

#define GIVEN_MAX_BYTES 40

/* A capitalised word at @p (letters, hyphens, apostrophes): its end, or @p. */
static const char *
cap_word (const char *p, const char *end)
{
  const char *q = p;
  if (p >= end || !g_unichar_isupper (g_utf8_get_char (p)))
    return p;
  while (q < end && (g_unichar_isalpha (g_utf8_get_char (q)) || *q == '-' || *q == '\''))
    q = g_utf8_next_char (q);
  return q;
}

/* "(A. R.)", "(Ada)", "(Piet von)", "(T. M., Jr.)" at @p: the ')' or NULL.
 * Letters, stops, commas, spaces and hyphens; a capital first. */
static const char *
given_in_brackets (const char *p, const char *end)
{
  const char *q = p + 1;
  gboolean letter = FALSE;
  if (p >= end || *p != '(' || q >= end || !g_unichar_isupper (g_utf8_get_char (q)))
    return NULL;
  for (; q < end && q - p <= GIVEN_MAX_BYTES; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);
      if (c == ')')
        return letter ? q : NULL;
      if (g_unichar_isalpha (c))
        letter = TRUE;
      else if (c != '.' && c != ',' && c != ' ' && c != '-' && c != '\'')
        return NULL;
    }
  return NULL;
}

static gboolean
all_caps (const char *p, const char *e)
{
  for (; p < e; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* "London: Gannet & Co." in the rest of the entry (up to a blank line,
 * four lines at most): a list of books received, not a dealer's "Quell
 * (Ada). The Glass Orchard. 1958." */
static gboolean
imprint_in_entry (const char *p, const char *end)
{
  guint lines = 0;
  for (; p + 2 < end && lines < 4; p++)
    {
      if (*p == '\n')
        {
          const char *q = p + 1;
          while (q < end && (*q == ' ' || *q == '\t'))
            q++;
          if (q >= end || *q == '\n')
            return FALSE;
          lines++;
        }
      else if (*p == ':' && (p[1] == ' ' || p[1] == '\n'))
        {
          const char *q = p + 1;
          while (q < end && g_ascii_isspace (*q))
            q++;
          if (q < end && g_ascii_isupper (*q))
            return TRUE;
        }
    }
  return FALSE;
}

guint
ck_paren_names_at (const char *p, const char *end, const char **edits)
{
  guint n = 0;
  while (p < end && *p == ' ')
    p++;
  for (guint names = 0; names < CK_PAREN_NAMES_MAX; names++)
    {
      const char *w = cap_word (p, end), *close;
      /* a family name of one or two words ("Van Loon (Hendrik)") */
      if (w == p)
        return 0;
      if (w + 1 < end && *w == ' ')
        {
          const char *w2 = cap_word (w + 1, end);
          if (w2 > w + 1 && w2 + 1 < end && w2[0] == ' ' && w2[1] == '(')
            w = w2;
        }
      if (w + 1 >= end || w[0] != ' ' || !(close = given_in_brackets (w + 1, end)))
        return 0;
      /* "ORR (Charles)." in capitals is a bookseller's entry, read as it
       * stands (detect-bookseller.c) */
      if (all_caps (p, w))
        return 0;
      edits[n++] = w;
      edits[n++] = close;
      p = close + 1;
      if (p < end && *p == '.')
        return imprint_in_entry (p, end) ? n : 0;
      if (end - p > 5 && strncmp (p, " and ", 5) == 0)
        p += 5;
      else if (end - p > 2 && strncmp (p, ", ", 2) == 0)
        p += 2;
      else
        return 0;
    }
  return 0;
}
