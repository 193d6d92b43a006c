/* bibtex-names.c — BibTeX name lists ⇄ CkName.
 *
 * A list is split at top-level " and " (any case).  Each name is split at
 * top-level commas into BibTeX's three forms:
 *
 *   First von Last          "Ludwig van Beethoven"
 *   von Last, First         "van Beethoven, Ludwig"
 *   von Last, Jr, First     "King, Jr, Martin Luther"
 *
 * "von" words are those whose first letter is lower case, found the way
 * BibTeX finds it: braces hide the case of what they hold, except a
 * special character such as {\"o} that shows the case of its letter.
 * A name that is one brace group ("{World Health Organization}") is a
 * literal; "others" ends the list (the caller records "et al.").
 * The writer produces "von Last, Jr, First", which every form reads back.
 */
#include "bibtex-private.h"
#include "util/latex.h"

#include <string.h>

/* Splits @s at top-level occurrences of @sep (a predicate on positions). */
typedef gboolean (*SplitAt) (const char *s, gsize len, gsize i, gsize *skip);

static gboolean
at_and (const char *s, gsize len, gsize i, gsize *skip)
{
  /* " and " with any white space around it */
  if (!g_ascii_isspace (s[i]))
    return FALSE;
  gsize j = i;
  while (j < len && g_ascii_isspace (s[j]))
    j++;
  if (j + 3 < len && g_ascii_strncasecmp (s + j, "and", 3) == 0 && g_ascii_isspace (s[j + 3]))
    {
      gsize k = j + 3;
      while (k < len && g_ascii_isspace (s[k]))
        k++;
      *skip = k - i;
      return TRUE;
    }
  return FALSE;
}

static gboolean
at_comma (const char *s, gsize len, gsize i, gsize *skip)
{
  *skip = 1;
  return s[i] == ',';
}

static gboolean
at_space (const char *s, gsize len, gsize i, gsize *skip)
{
  if (!g_ascii_isspace (s[i]) && s[i] != '~')
    return FALSE;
  gsize j = i;
  while (j < len && (g_ascii_isspace (s[j]) || s[j] == '~'))
    j++;
  *skip = j - i;
  return TRUE;
}

/* Pieces of @s between top-level separators, trimmed, empty ones dropped
 * unless @keep_empty. */
static GPtrArray *
split_top (const char *s, gsize len, SplitAt at, gboolean keep_empty)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  gsize start = 0, skip = 0;
  int depth = 0;

  for (gsize i = 0; i < len; i++)
    {
      char c = s[i];
      if (c == '\\' && i + 1 < len)
        {
          i++;
          continue;
        }
      if (c == '{')
        depth++;
      else if (c == '}' && depth > 0)
        depth--;
      else if (depth == 0 && at (s, len, i, &skip))
        {
          char *p = g_strstrip (g_strndup (s + start, i - start));
          if (*p || keep_empty)
            g_ptr_array_add (parts, p);
          else
            g_free (p);
          i += skip - 1;
          start = i + 1;
        }
    }
  char *p = g_strstrip (g_strndup (s + start, len - start));
  if (*p || keep_empty)
    g_ptr_array_add (parts, p);
  else
    g_free (p);
  return parts;
}

/* BibTeX's case of a word: 1 lower, 0 upper, -1 caseless. */
static int
word_case (const char *w)
{
  int depth = 0;

  for (const char *p = w; *p; p++)
    {
      if (*p == '{')
        {
          if (depth == 0 && p[1] == '\\')
            {
              /* A special character: the case of the first letter after
               * the control sequence name ({\"o} → o, {\OE} → O). */
              const char *q = p + 2;
              if (g_ascii_isalpha (*q))
                return g_ascii_islower (*q) ? 1 : 0;
              while (*q && !g_ascii_isalpha (*q) && *q != '}')
                q++;
              if (g_ascii_isalpha (*q))
                return g_ascii_islower (*q) ? 1 : 0;
              return -1;
            }
          depth++;
          continue;
        }
      if (*p == '}')
        {
          if (depth > 0)
            depth--;
          continue;
        }
      if (depth == 0)
        {
          if (g_ascii_isalpha (*p))
            return g_ascii_islower (*p) ? 1 : 0;
          if ((guchar) *p >= 0x80)
            {
              gunichar ch = g_utf8_get_char_validated (p, -1);
              if (ch != (gunichar) -1 && ch != (gunichar) -2 && g_unichar_isalpha (ch))
                return g_unichar_islower (ch) ? 1 : 0;
            }
        }
    }
  return -1;
}

static char *
join_decoded (GPtrArray *words, guint from, guint to)
{
  g_autoptr(GString) raw = NULL;

  /* One word (most first and last names): decoded as it is. */
  if (to == from + 1 && *(const char *) g_ptr_array_index (words, from))
    return bt_decode (g_ptr_array_index (words, from), -1, CK_LATEX_DECODE_TIE_AS_SPACE, NULL);
  raw = g_string_new (NULL);

  for (guint i = from; i < to; i++)
    {
      if (raw->len)
        g_string_append_c (raw, ' ');
      g_string_append (raw, g_ptr_array_index (words, i));
    }
  if (raw->len == 0)
    return NULL;
  return bt_decode (raw->str, raw->len, CK_LATEX_DECODE_TIE_AS_SPACE, NULL);
}

static gboolean
is_one_group (const char *s)
{
  gsize len = strlen (s);
  int depth = 0;

  if (len < 2 || s[0] != '{' || s[len - 1] != '}')
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (s[i] == '\\' && i + 1 < len)
        {
          i++;
          continue;
        }
      if (s[i] == '{')
        depth++;
      else if (s[i] == '}' && --depth == 0 && i != len - 1)
        return FALSE;
    }
  return TRUE;
}

/* "von Last" words: von = the longest prefix ending in a lower-case word,
 * provided it starts with one and leaves at least one word for Last. */
static void
split_von_last (GPtrArray *w, CkName *name)
{
  guint m = w->len, von_end = 0;

  if (m == 0)
    return;
  if (word_case (g_ptr_array_index (w, 0)) == 1)
    for (guint i = 0; i + 1 < m; i++)
      if (word_case (g_ptr_array_index (w, i)) == 1)
        von_end = i + 1;
  name->particle = join_decoded (w, 0, von_end);
  name->family = join_decoded (w, von_end, m);
}

static CkName *
parse_one (const char *text, CkRole role)
{
  CkName *name = ck_name_new (role);
  g_autoptr(GPtrArray) parts = split_top (text, strlen (text), at_comma, TRUE);

  if (parts->len == 1 && is_one_group (text))
    {
      name->literal = bt_decode (text + 1, strlen (text) - 2, CK_LATEX_DECODE_TIE_AS_SPACE, NULL);
      return name;
    }
  if (parts->len == 1)
    {
      g_autoptr(GPtrArray) w = split_top (text, strlen (text), at_space, FALSE);
      guint m = w->len, von_start = m, von_end = m;

      for (guint i = 0; i + 1 < m; i++)
        if (word_case (g_ptr_array_index (w, i)) == 1)
          {
            if (von_start == m)
              von_start = i;
            von_end = i + 1;
          }
      if (von_start == m)
        {
          /* No von: everything but the last word is First.  (Words after
           * the last lower-case one belong to Last.) */
          name->given = join_decoded (w, 0, m ? m - 1 : 0);
          name->family = join_decoded (w, m ? m - 1 : 0, m);
        }
      else
        {
          name->given = join_decoded (w, 0, von_start);
          name->particle = join_decoded (w, von_start, von_end);
          name->family = join_decoded (w, von_end, m);
        }
      return name;
    }

  {
    const char *p0 = g_ptr_array_index (parts, 0);
    g_autoptr(GPtrArray) w = split_top (p0, strlen (p0), at_space, FALSE);
    split_von_last (w, name);
  }
  if (parts->len == 2)
    {
      const char *p1 = g_ptr_array_index (parts, 1);
      name->given = *p1 ? bt_decode (p1, -1, CK_LATEX_DECODE_TIE_AS_SPACE, NULL) : NULL;
    }
  else
    {
      const char *jr = g_ptr_array_index (parts, 1);
      g_autoptr(GString) first = g_string_new (NULL);
      /* More than two commas: the rest is all First. */
      for (guint i = 2; i < parts->len; i++)
        {
          if (first->len)
            g_string_append (first, ", ");
          g_string_append (first, g_ptr_array_index (parts, i));
        }
      name->suffix = *jr ? bt_decode (jr, -1, CK_LATEX_DECODE_TIE_AS_SPACE, NULL) : NULL;
      name->given = first->len ? bt_decode (first->str, first->len, CK_LATEX_DECODE_TIE_AS_SPACE, NULL) : NULL;
    }
  if (!name->family && !name->particle && name->given)
    {
      /* ", First": keep what there is as a literal rather than lose it. */
      name->literal = g_steal_pointer (&name->given);
    }
  return name;
}

void
bt_names_parse (const char *value, CkRole role, GPtrArray *out, gboolean *out_others)
{
  g_autoptr(GPtrArray) names = NULL;

  if (out_others)
    *out_others = FALSE;
  if (!value)
    return;
  names = split_top (value, strlen (value), at_and, FALSE);
  for (guint i = 0; i < names->len; i++)
    {
      const char *text = g_ptr_array_index (names, i);
      CkName *name;

      if (i + 1 == names->len && i > 0 && g_ascii_strcasecmp (text, "others") == 0)
        {
          if (out_others)
            *out_others = TRUE;
          break;
        }
      name = parse_one (text, role);
      if (ck_name_is_empty (name))
        ck_name_free (name);
      else
        g_ptr_array_add (out, name);
    }
}

/* Appends one name part, braced when BibTeX would otherwise split it
 * (a comma, or a top-level " and "). */
static void
append_part (GString *out, const char *part, guint flags, gboolean brace_always,
             gboolean *unrep)
{
  gboolean brace = brace_always || strchr (part, ',') != NULL;

  if (!brace)
    {
      /* " and " anywhere, also at either end once spaces surround it. */
      g_autofree char *low = g_ascii_strdown (part, -1);
      g_autofree char *padded = g_strdup_printf (" %s ", low);
      for (char *q = padded; *q; q++)
        if (g_ascii_isspace (*q) || *q == '~')
          *q = ' ';
      brace = strstr (padded, " and ") != NULL;
    }
  if (brace)
    g_string_append_c (out, '{');
  ck_latex_encode_append (out, part, flags, unrep);
  if (brace)
    g_string_append_c (out, '}');
}

void
bt_name_append (GString *out, const CkName *name, guint flags, gboolean *unrep)
{
  if (name->literal && !name->family)
    {
      append_part (out, name->literal, flags, TRUE, unrep);
      return;
    }
  if (!name->family)
    {
      /* Given name only: a one-word Last keeps it whole. */
      append_part (out, name->given ? name->given : "", flags, strchr (name->given ? name->given : "", ' ') != NULL, unrep);
      return;
    }
  if (name->particle)
    {
      ck_latex_encode_append (out, name->particle, flags, unrep);
      g_string_append_c (out, ' ');
    }
  /* A family name alone with several words would be read back as
   * "First Last": brace it. */
  append_part (out, name->family, flags,
               !name->given && !name->suffix && !name->particle && strchr (name->family, ' ') != NULL,
               unrep);
  if (name->suffix)
    {
      g_string_append (out, ", ");
      append_part (out, name->suffix, flags, FALSE, unrep);
      g_string_append (out, ", ");
      if (name->given)
        append_part (out, name->given, flags, FALSE, unrep);
    }
  else if (name->given)
    {
      g_string_append (out, ", ");
      append_part (out, name->given, flags, FALSE, unrep);
    }
}
