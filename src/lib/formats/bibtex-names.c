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

/* Parsing works on spans of the field value — a list is split into
 * names, a name into parts and words without copying any of them; only
 * the decoded results are allocated.  (Names are a sixth of the work of
 * reading a large file, and most of that was copying pieces.) */
typedef struct {
  const char *p;
  gsize       n;
} Span;

/* A growable list of spans with room for the common case inside. */
typedef struct {
  Span *v;
  guint len, cap;
  Span  local[16];
} Spans;

static void
spans_init (Spans *sl)
{
  sl->v = sl->local;
  sl->len = 0;
  sl->cap = G_N_ELEMENTS (sl->local);
}

static void
spans_clear (Spans *sl)
{
  if (sl->v != sl->local)
    g_free (sl->v);
  spans_init (sl);
}

static void
spans_push (Spans *sl, const char *p, gsize n)
{
  if (sl->len == sl->cap)
    {
      Span *grown = g_new (Span, (gsize) sl->cap * 2);
      memcpy (grown, sl->v, sl->len * sizeof (Span));
      if (sl->v != sl->local)
        g_free (sl->v);
      sl->v = grown;
      sl->cap *= 2;
    }
  sl->v[sl->len].p = p;
  sl->v[sl->len].n = n;
  sl->len++;
}

/* Splits @s at top-level occurrences of @sep (a predicate on positions). */
typedef gboolean (*SplitAt) (const char *s, gsize len, gsize i, gsize *skip);

static inline gboolean
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

static inline gboolean
at_comma (const char *s, gsize len, gsize i, gsize *skip)
{
  *skip = 1;
  return s[i] == ',';
}

static inline gboolean
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

/* Adds s[start, end) to @out without the white space at its ends (what
 * g_strstrip removes), unless it is empty and not @keep_empty. */
static void
push_trimmed (Spans *out, const char *s, gsize start, gsize end, gboolean keep_empty)
{
  while (start < end && g_ascii_isspace (s[start]))
    start++;
  while (end > start && g_ascii_isspace (s[end - 1]))
    end--;
  if (end > start || keep_empty)
    spans_push (out, s + start, end - start);
}

/* Pieces of @s between top-level separators, trimmed, empty ones dropped
 * unless @keep_empty, appended to @parts.  Inlined into each caller, so
 * that @at — asked at every top-level byte — is a direct call. */
#if defined(__GNUC__)
__attribute__ ((always_inline))
#endif
static inline void
split_top (const char *s, gsize len, SplitAt at, gboolean keep_empty, Spans *parts)
{
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
          push_trimmed (parts, s, start, i, keep_empty);
          i += skip - 1;
          start = i + 1;
        }
    }
  push_trimmed (parts, s, start, len, keep_empty);
}

/* BibTeX's case of a word: 1 lower, 0 upper, -1 caseless. */
static int
word_case (Span w)
{
  const char *end = w.p + w.n;
  int depth = 0;

  for (const char *p = w.p; p < end; p++)
    {
      if (*p == '{')
        {
          if (depth == 0 && p + 1 < end && p[1] == '\\')
            {
              /* A special character: the case of the first letter after
               * the control sequence name ({\"o} → o, {\OE} → O). */
              const char *q = p + 2;
              if (q < end && g_ascii_isalpha (*q))
                return g_ascii_islower (*q) ? 1 : 0;
              while (q < end && !g_ascii_isalpha (*q) && *q != '}')
                q++;
              if (q < end && g_ascii_isalpha (*q))
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
              gunichar ch = g_utf8_get_char_validated (p, end - p);
              if (ch != (gunichar) -1 && ch != (gunichar) -2 && g_unichar_isalpha (ch))
                return g_unichar_islower (ch) ? 1 : 0;
            }
        }
    }
  return -1;
}

/* Words [@from, @to) joined by single spaces and decoded; NULL when that
 * is empty. */
static char *
join_decoded (const Spans *words, guint from, guint to)
{
  g_autoptr(GString) raw = NULL;
  const Span *w = words->v;

  if (to <= from)
    return NULL;
  /* Words one space apart in the value (nearly always): their join is
   * the stretch of the value they cover. */
  {
    gboolean contiguous = TRUE;
    for (guint i = from; i + 1 < to && contiguous; i++)
      contiguous = w[i + 1].p == w[i].p + w[i].n + 1 && w[i].p[w[i].n] == ' ';
    if (contiguous)
      {
        gsize n = (gsize) (w[to - 1].p + w[to - 1].n - w[from].p);
        return n ? bt_decode (w[from].p, (gssize) n, CK_LATEX_DECODE_TIE_AS_SPACE, NULL) : NULL;
      }
  }
  raw = g_string_new (NULL);
  for (guint i = from; i < to; i++)
    {
      if (raw->len)
        g_string_append_c (raw, ' ');
      g_string_append_len (raw, w[i].p, (gssize) w[i].n);
    }
  if (raw->len == 0)
    return NULL;
  return bt_decode (raw->str, (gssize) raw->len, CK_LATEX_DECODE_TIE_AS_SPACE, NULL);
}

static gboolean
is_one_group (Span t)
{
  const char *s = t.p;
  gsize len = t.n;
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
split_von_last (const Spans *w, CkName *name)
{
  guint m = w->len, von_end = 0;

  if (m == 0)
    return;
  if (word_case (w->v[0]) == 1)
    for (guint i = 0; i + 1 < m; i++)
      if (word_case (w->v[i]) == 1)
        von_end = i + 1;
  name->particle = join_decoded (w, 0, von_end);
  name->family = join_decoded (w, von_end, m);
}

static char *
decode_span (Span s)
{
  return bt_decode (s.p, (gssize) s.n, CK_LATEX_DECODE_TIE_AS_SPACE, NULL);
}

static CkName *
parse_one (Span text, CkRole role)
{
  CkName *name = ck_name_new (role);
  Spans parts, w;

  spans_init (&parts);
  spans_init (&w);
  split_top (text.p, text.n, at_comma, TRUE, &parts);

  if (parts.len == 1 && is_one_group (text))
    {
      name->literal = bt_decode (text.p + 1, (gssize) text.n - 2, CK_LATEX_DECODE_TIE_AS_SPACE, NULL);
      spans_clear (&parts);
      return name;
    }
  if (parts.len == 1)
    {
      guint m, von_start, von_end;

      split_top (text.p, text.n, at_space, FALSE, &w);
      m = w.len;
      von_start = von_end = m;
      for (guint i = 0; i + 1 < m; i++)
        if (word_case (w.v[i]) == 1)
          {
            if (von_start == m)
              von_start = i;
            von_end = i + 1;
          }
      if (von_start == m)
        {
          /* No von: everything but the last word is First.  (Words after
           * the last lower-case one belong to Last.) */
          name->given = join_decoded (&w, 0, m ? m - 1 : 0);
          name->family = join_decoded (&w, m ? m - 1 : 0, m);
        }
      else
        {
          name->given = join_decoded (&w, 0, von_start);
          name->particle = join_decoded (&w, von_start, von_end);
          name->family = join_decoded (&w, von_end, m);
        }
      spans_clear (&w);
      spans_clear (&parts);
      return name;
    }

  split_top (parts.v[0].p, parts.v[0].n, at_space, FALSE, &w);
  split_von_last (&w, name);
  spans_clear (&w);
  if (parts.len == 2)
    name->given = parts.v[1].n ? decode_span (parts.v[1]) : NULL;
  else
    {
      Span jr = parts.v[1];
      g_autoptr(GString) first = g_string_new (NULL);
      /* More than two commas: the rest is all First. */
      for (guint i = 2; i < parts.len; i++)
        {
          if (first->len)
            g_string_append (first, ", ");
          g_string_append_len (first, parts.v[i].p, (gssize) parts.v[i].n);
        }
      name->suffix = jr.n ? decode_span (jr) : NULL;
      name->given = first->len ? bt_decode (first->str, (gssize) first->len, CK_LATEX_DECODE_TIE_AS_SPACE, NULL) : NULL;
    }
  spans_clear (&parts);
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
  Spans names;

  if (out_others)
    *out_others = FALSE;
  if (!value)
    return;
  spans_init (&names);
  split_top (value, strlen (value), at_and, FALSE, &names);
  for (guint i = 0; i < names.len; i++)
    {
      Span text = names.v[i];
      CkName *name;

      if (i + 1 == names.len && i > 0 && text.n == 6 && g_ascii_strncasecmp (text.p, "others", 6) == 0)
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
  spans_clear (&names);
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
