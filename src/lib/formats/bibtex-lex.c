/* bibtex-lex.c — BibTeX syntax: a buffer in, raw entries out.
 *
 * A hand-written scanner over one buffer with a cursor; positions are
 * turned into line:column only when a message or an entry needs them.
 * What it accepts (the union of what BibTeX, biber and JabRef accept):
 *
 *   - text between entries is a comment; "%" comments too;
 *   - @type{key, name = value, …} and @type(key, …), a trailing comma;
 *   - values: {…} with nested braces, "…" (braces inside balanced),
 *     numbers, macro names, joined with #;
 *   - @string{name = value} per parse (no global state; defined in file
 *     order like BibTeX, so a definition cannot refer to itself), the
 *     month macros jan … dec predefined;
 *   - @preamble{…} handed on as an entry of type "preamble";
 *   - @comment{…} (balanced) or @comment followed by anything else on the line.
 *
 * Recovery: a syntax error costs only its entry.  The scanner reports it
 * (CK_DIAG_ERROR, with line and column) and resumes at the first "@" that
 * begins a line after the broken entry's own "@", so an unclosed brace
 * cannot swallow the rest of the file.  An undefined macro is a warning
 * and stands for its own name, so its text is not lost.
 */
#include "bibtex-private.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define DEFAULT_MAX_DEPTH 256
#define DEFAULT_MAX_FIELD (16 * 1024 * 1024)

typedef struct {
  const char *s;
  gsize       n, i;
  const char *source;
  CkDiag     *diag;
  guint       max_depth;
  gsize       max_field;
  GHashTable *macros;     /* lower-case name → value */
  guint       macro_gen;  /* @string definitions read so far */
  /* line/column cache: the last position converted */
  gsize       lc_off, lc_line_start;
  guint       lc_line;
  GString    *raw;        /* scratch for one value, reused */
  gboolean    skim;       /* build only the values a first pass needs */
  BtEntry    *spare;      /* an entry given back, for the next one */
} Lex;

struct _BtLexer {
  Lex lx;
};

/* Scanner outcomes inside an entry. */
typedef enum {
  LEX_OK,
  LEX_SYNTAX,   /* recoverable: drop the entry, resync */
  LEX_FATAL,    /* @error is set */
} LexStatus;

/* An entry's fields (the BtField structs, names and values) live in
 * chunks that belong to the entry and go with it: one allocation for many
 * small strings instead of three per field, which was a third of the
 * scanner's time. */
typedef struct _BtChunk BtChunk;
struct _BtChunk {
  BtChunk *next;
  gsize    size, used;
  /* data follows, 8-aligned (three 8-byte members) */
};
#define CHUNK_DATA(c) ((char *) (c) + sizeof (BtChunk))
/* 1000 bytes in all: below glibc's large-request size, which would make
 * every allocation consolidate the free lists, and inside its per-thread
 * cache, so that a freed entry's chunks serve the next one. */
#define CHUNK_SIZE    (1000 - sizeof (BtChunk))

/* entry_alloc when the current chunk is full (or there is none). */
static gpointer
entry_alloc_chunk (BtEntry *e, gsize n)
{
  BtChunk *c = e->chunks;
  gsize size = MAX (n, CHUNK_SIZE);
  BtChunk *fresh = g_malloc (sizeof (BtChunk) + size);

  fresh->size = size;
  fresh->used = n;
  if (c && n > CHUNK_SIZE / 4)
    {
      /* A long value gets a chunk of its own behind the current one,
       * whose free room stays in use. */
      fresh->next = c->next;
      c->next = fresh;
      return CHUNK_DATA (fresh);
    }
  fresh->next = c;
  e->chunks = fresh;
  return CHUNK_DATA (fresh);
}

/* @n bytes (8-aligned) in @e's chunks; inline while the chunk has room. */
static inline gpointer
entry_alloc (BtEntry *e, gsize n)
{
  BtChunk *c = e->chunks;
  char *p;

  n = (n + 7) & ~(gsize) 7;
  if (G_UNLIKELY (!c || c->size - c->used < n))
    return entry_alloc_chunk (e, n);
  p = CHUNK_DATA (c) + c->used;
  c->used += n;
  return p;
}

/* A new entry: the one given back last (bt_lexer_recycle), emptied, or
 * a fresh one.  Reusing it saves its pointer array and first chunk (and
 * their malloc and free) for every entry of a file, in both passes. */
static BtEntry *
entry_new (Lex *lx, gsize offset, guint macro_gen)
{
  BtEntry *entry = lx->spare;

  if (entry)
    {
      BtChunk *keep = NULL;

      lx->spare = NULL;
      g_ptr_array_set_size (entry->fields, 0);
      /* One standard chunk stays, emptied; long values' chunks go. */
      for (BtChunk *c = entry->chunks, *next; c; c = next)
        {
          next = c->next;
          if (!keep && c->size == CHUNK_SIZE)
            keep = c;
          else
            g_free (c);
        }
      if (keep)
        {
          keep->next = NULL;
          keep->used = 0;
        }
      entry->chunks = keep;
      entry->type = entry->key = NULL;
    }
  else
    {
      entry = g_new0 (BtEntry, 1);
      entry->fields = g_ptr_array_sized_new (16);
    }
  entry->offset = offset;
  entry->macro_gen = macro_gen;
  return entry;
}

/* Gives @entry back for the next entry_new (one is kept). */
static void
entry_drop (Lex *lx, BtEntry *entry)
{
  if (!entry)
    return;
  if (lx->spare)
    bt_entry_free (entry);
  else
    lx->spare = entry;
}

void
bt_entry_free (BtEntry *entry)
{
  if (!entry)
    return;
  /* type and key live in the chunks, with the fields. */
  g_ptr_array_unref (entry->fields);
  for (BtChunk *c = entry->chunks, *next; c; c = next)
    {
      next = c->next;
      g_free (c);
    }
  g_free (entry);
}

/* @n bytes at @p as a string in @entry's chunks. */
static char *
entry_strndup (BtEntry *entry, const char *p, gsize n)
{
  char *out = entry_alloc (entry, n + 1);

  memcpy (out, p, n);
  out[n] = '\0';
  return out;
}

/* A field of @entry, allocated in its chunks. */
static BtField *
entry_new_field (BtEntry *entry, char *name, char *value, gsize offset)
{
  BtField *f = entry_alloc (entry, sizeof (BtField));

  f->name = name;
  f->value = value;
  f->offset = offset;
  return f;
}

BtField *
bt_entry_find (const BtEntry *entry, const char *name)
{
  for (guint i = 0; i < entry->fields->len; i++)
    {
      BtField *f = g_ptr_array_index (entry->fields, i);
      if (f->name[0] == name[0] && strcmp (f->name, name) == 0)
        return f;
    }
  return NULL;
}

/* Line and column (1-based, column in characters) of byte @off.  Lines are
 * counted with memchr from the last position asked for, so asking in file
 * order costs one pass in all. */
static void
lex_position (Lex *lx, gsize off, guint *line, guint *column)
{
  guint col = 1;
  gsize end = MIN (off, lx->n);

  if (off < lx->lc_off)
    {
      lx->lc_off = lx->lc_line_start = 0;
      lx->lc_line = 1;
    }
  {
    /* Newlines counted sixteen bytes at a time (a message late in a big
     * file counts every line before it once). */
    gsize k = MIN (lx->lc_off, end);
#if defined(__SSE2__)
    const __m128i nl = _mm_set1_epi8 ('\n');
    for (; k + 16 <= end; k += 16)
      {
        unsigned mask = (unsigned) _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_loadu_si128 ((const __m128i *) (lx->s + k)), nl));
        if (mask)
          {
            lx->lc_line += (guint) __builtin_popcount (mask);
            lx->lc_line_start = k + 32 - (gsize) __builtin_clz (mask);
          }
      }
#endif
    for (; k < end; k++)
      if (lx->s[k] == '\n')
        {
          lx->lc_line++;
          lx->lc_line_start = k + 1;
        }
  }
  lx->lc_off = off;
  for (gsize k = lx->lc_line_start; k < end; k++)
    if (((guchar) lx->s[k] & 0xC0) != 0x80)
      col++;
  *line = lx->lc_line;
  *column = col;
}

static void G_GNUC_PRINTF (4, 5)
lex_diag (Lex *lx, CkDiagLevel level, gsize off, const char *fmt, ...)
{
  va_list ap;
  g_autofree char *msg = NULL;
  guint line, col;

  if (!lx->diag)
    return;
  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  lex_position (lx, off, &line, &col);
  ck_diag_add (lx->diag, level, lx->source, line, col, "%s", msg);
}

static void G_GNUC_PRINTF (5, 6)
lex_error (Lex *lx, GError **error, int code, gsize off, const char *fmt, ...)
{
  va_list ap;
  g_autofree char *msg = NULL;
  guint line, col;

  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  lex_position (lx, off, &line, &col);
  g_set_error (error, CK_ERROR, code, "%s:%u:%u: %s", lx->source, line, col, msg);
}

/* White space as the scanner sees it: the ASCII blanks and every other
 * control character.  bt_lexer_new warns about a control character
 * (U+0001 … U+001F other than tab, LF, CR, FF) and the scanner then reads
 * it as the space it stands for, so the input is never copied to clean it
 * (NUL never gets this far: the encoding check refuses it). */
static inline gboolean
is_space (char c)
{
  return (guchar) c - 1u < 0x20u;
}

/* A control character that is read as a space and warned about. */
static inline gboolean
is_replaced_control (char c)
{
  guchar u = (guchar) c;
  return u > 0 && u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f';
}

static void
skip_space_slow (Lex *lx)
{
  const char *s = lx->s;
  gsize i = lx->i, n = lx->n;

  while (i < n)
    {
      char c = s[i];
      if (is_space (c))
        i++;
      else if (c == '%')
        {
          /* A TeX comment to the end of the line (biber and JabRef allow
           * them between fields). */
          const char *nl = memchr (s + i, '\n', n - i);
          i = nl ? (gsize) (nl - s) : n;
        }
      else
        break;
    }
  lx->i = i;
}

/* Blanks are skipped inline (most calls find one to three: " = ",
 * ",\n  "); a "%" comment goes to the slow path. */
static inline void
skip_space (Lex *lx)
{
  const char *s = lx->s;
  gsize i = lx->i, n = lx->n;

  while (i < n && is_space (s[i]))
    i++;
  lx->i = i;
  if (i < n && s[i] == '%')
    skip_space_slow (lx);
}

/* BibTeX identifiers: any printing character except "#%'(),={} and space.
 * The table gives each identifier byte in lower case (ASCII letters
 * folded, every other byte as it is) and 0 for the bytes that end one:
 * the scanner reads an identifier for every field name. */
#define IDENT_ROW(b) \
  IDENT_BYTE (b + 0), IDENT_BYTE (b + 1), IDENT_BYTE (b + 2), IDENT_BYTE (b + 3), \
  IDENT_BYTE (b + 4), IDENT_BYTE (b + 5), IDENT_BYTE (b + 6), IDENT_BYTE (b + 7)
#define IDENT_BYTE(u) \
  ((u) <= 0x20 || (u) == 0x7F || (u) == '"' || (u) == '#' || (u) == '%' || (u) == '\'' \
   || (u) == '(' || (u) == ')' || (u) == ',' || (u) == '=' || (u) == '{' || (u) == '}' ? 0 \
   : (u) >= 'A' && (u) <= 'Z' ? (u) + ('a' - 'A') : (u))
static const guchar ident_lower[256] = {
  IDENT_ROW (0x00), IDENT_ROW (0x08), IDENT_ROW (0x10), IDENT_ROW (0x18),
  IDENT_ROW (0x20), IDENT_ROW (0x28), IDENT_ROW (0x30), IDENT_ROW (0x38),
  IDENT_ROW (0x40), IDENT_ROW (0x48), IDENT_ROW (0x50), IDENT_ROW (0x58),
  IDENT_ROW (0x60), IDENT_ROW (0x68), IDENT_ROW (0x70), IDENT_ROW (0x78),
  IDENT_ROW (0x80), IDENT_ROW (0x88), IDENT_ROW (0x90), IDENT_ROW (0x98),
  IDENT_ROW (0xA0), IDENT_ROW (0xA8), IDENT_ROW (0xB0), IDENT_ROW (0xB8),
  IDENT_ROW (0xC0), IDENT_ROW (0xC8), IDENT_ROW (0xD0), IDENT_ROW (0xD8),
  IDENT_ROW (0xE0), IDENT_ROW (0xE8), IDENT_ROW (0xF0), IDENT_ROW (0xF8),
};
#undef IDENT_ROW
#undef IDENT_BYTE

static inline gboolean
is_ident_char (char c)
{
  return ident_lower[(guchar) c] != 0;
}

/* Eight bytes at a time: does @w hold the byte @c?  (The classic
 * "has zero byte" test on w XOR c…c; exact as a yes/no answer.) */
#define SWAR_ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define SWAR_HIGHS G_GUINT64_CONSTANT (0x8080808080808080)
static inline guint64
swar_has (guint64 w, guchar c)
{
  guint64 x = w ^ (SWAR_ONES * c);
  return (x - SWAR_ONES) & ~x & SWAR_HIGHS;
}

/* The first '{', '}' or '"' at or after @i (or @n): values are long runs
 * of text between braces, so they are skipped sixteen bytes at a time
 * with SSE2 (every x86-64 has it), else eight at a time. */
static inline gsize
next_brace_or_quote (const char *s, gsize i, gsize n)
{
#if defined(__SSE2__)
  const __m128i open = _mm_set1_epi8 ('{'), close = _mm_set1_epi8 ('}'), quote = _mm_set1_epi8 ('"');
  for (; i + 16 <= n; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (s + i));
      int hits = _mm_movemask_epi8 (_mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, open),
                                                                _mm_cmpeq_epi8 (v, close)),
                                                  _mm_cmpeq_epi8 (v, quote)));
      if (hits)
        return i + (gsize) __builtin_ctz ((unsigned) hits);
    }
#endif
  for (; i + 8 <= n; i += 8)
    {
      guint64 w;
      memcpy (&w, s + i, 8);
      if (swar_has (w, '{') | swar_has (w, '}') | swar_has (w, '"'))
        break;
    }
  for (; i < n; i++)
    if (s[i] == '{' || s[i] == '}' || s[i] == '"')
      break;
  return i;
}

/* An identifier at the cursor, in lower case: in @entry's chunks, or
 * g_malloc'ed when @entry is NULL.  NULL when there is none. */
static char *
read_ident (Lex *lx, BtEntry *entry)
{
  const char *s = lx->s;
  gsize start = lx->i, end = lx->i, n;
  char *out;

  while (end < lx->n && ident_lower[(guchar) s[end]])
    end++;
  lx->i = end;
  if (end == start)
    return NULL;
  n = end - start;
  out = entry ? entry_alloc (entry, n + 1) : g_malloc (n + 1);
  for (gsize k = 0; k < n; k++)
    out[k] = (char) ident_lower[(guchar) s[start + k]];
  out[n] = '\0';
  return out;
}

/* Appends the body of a {…} or "…" value to @out; the cursor is on the
 * opening delimiter. */
static LexStatus
read_delimited (Lex *lx, const char **piece, gsize *piece_len, gsize *out_len, GError **error)
{
  gsize open = lx->i;
  char close = lx->s[lx->i] == '{' ? '}' : '"';
  guint depth = 0;
  gsize start = ++lx->i;

  for (; (lx->i = next_brace_or_quote (lx->s, lx->i, lx->n)) < lx->n; lx->i++)
    {
      char c = lx->s[lx->i];
      /* Like BibTeX, count every brace, escaped or not: a value that
       * BibTeX reads as balanced is what we read as balanced. */
      if (c == '{')
        {
          if (++depth >= lx->max_depth)
            {
              lex_error (lx, error, CK_ERROR_LIMIT, lx->i,
                         "braces nested deeper than %u", lx->max_depth);
              return LEX_FATAL;
            }
        }
      else if (c == '}')
        {
          if (depth == 0)
            {
              if (close == '}')
                break;
              lex_diag (lx, CK_DIAG_ERROR, lx->i, "unbalanced '}' in a quoted value");
              return LEX_SYNTAX;
            }
          depth--;
        }
      else if (c == '"' && close == '"' && depth == 0)
        break;
    }
  if (lx->i >= lx->n)
    {
      lex_diag (lx, CK_DIAG_ERROR, open, "value opened here is never closed (expected '%c')", close);
      return LEX_SYNTAX;
    }
  if (*out_len + (lx->i - start) > lx->max_field)
    {
      lex_error (lx, error, CK_ERROR_LIMIT, open, "field value larger than %" G_GSIZE_FORMAT " bytes",
                 lx->max_field);
      return LEX_FATAL;
    }
  *piece = lx->s + start;
  *piece_len = lx->i - start;
  *out_len += lx->i - start;
  lx->i++;  /* the closing delimiter */
  return LEX_OK;
}

/* The high bit of each byte of @w that equals @c (exact, per byte). */
static inline guint64
swar_eq_mask (guint64 w, guchar c)
{
  guint64 x = w ^ (SWAR_ONES * c);
  guint64 t = ((x & ~SWAR_HIGHS) + ~SWAR_HIGHS) | x;
  return ~(t | ~SWAR_HIGHS);
}

/* TRUE when collapsing would change nothing: no white space at either
 * end, no control character (all read as spaces), no two spaces in a row.
 * Most values are written that way; checked eight bytes at a time. */
static gboolean
already_collapsed (const char *str, gsize len)
{
  gsize k = 0;
  gboolean prev_space = FALSE;

  if (len == 0)
    return TRUE;
  if (is_space (str[0]) || is_space (str[len - 1]))
    return FALSE;
#if defined(__SSE2__)
  {
    const __m128i top_control = _mm_set1_epi8 (0x1F), blank = _mm_set1_epi8 (' ');
    for (; k + 16 <= len; k += 16)
      {
        __m128i v = _mm_loadu_si128 ((const __m128i *) (str + k));
        /* v <= 0x1F unsigned: a control character */
        int control = _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_min_epu8 (v, top_control), v));
        int sp = _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, blank));
        if (control || (sp & (sp >> 1)) || (prev_space && (sp & 1)))
          return FALSE;
        prev_space = (sp >> 15) != 0;
      }
  }
#endif
  for (; k + 8 <= len; k += 8)
    {
      guint64 w, sp;
      memcpy (&w, str + k, 8);
      if ((w - SWAR_ONES * 0x20) & ~w & SWAR_HIGHS)
        return FALSE;   /* a byte below 0x20 */
      sp = swar_eq_mask (w, ' ');
      if ((sp & (sp << 8)) || (prev_space && (sp & 0x80)))
        return FALSE;
      prev_space = (sp >> 63) != 0;
    }
  for (; k < len; k++)
    {
      gboolean space = is_space (str[k]);
      if (space && (prev_space || str[k] != ' '))
        return FALSE;
      prev_space = space;
    }
  return TRUE;
}

/* Collapses runs of white space to one space and trims, like BibTeX,
 * into a new string of the right size. */
static char *
collapse_space (BtEntry *entry, const char *str, gsize len)
{
  char *out = entry ? entry_alloc (entry, len + 1) : g_malloc (len + 1), *o = out;
  gboolean space = FALSE;

  if (already_collapsed (str, len))
    {
      memcpy (out, str, len);
      out[len] = '\0';
      return out;
    }

  for (gsize k = 0; k < len; k++)
    {
      char c = str[k];
      if (is_space (c))
        space = TRUE;
      else
        {
          if (space && o > out)
            *o++ = ' ';
          space = FALSE;
          *o++ = c;
        }
    }
  *o = '\0';
  return out;
}

/* value := term ('#' term)*  — the cursor is on the first term.  With
 * @want FALSE (a first pass) the value is checked, not built: *@out_value
 * is then "".  A value of one term (nearly all) is collapsed straight
 * from the input; terms joined by '#' meet in a reused buffer first.  The
 * value goes into @entry's chunks, or is g_malloc'ed when @entry is NULL. */
static LexStatus
read_value (Lex *lx, BtEntry *entry, gboolean want, char **out_value, GError **error)
{
  GString *raw = lx->raw;
  gsize raw_len = 0;
  guint n_terms = 0;

  /* g_string_truncate (raw, 0), without a call for every value. */
  raw->len = 0;
  raw->str[0] = '\0';
  for (;;)
    {
      LexStatus st;
      char c;
      const char *piece = NULL;
      gsize piece_len = 0;

      skip_space (lx);
      if (lx->i >= lx->n)
        {
          lex_diag (lx, CK_DIAG_ERROR, lx->i, "expected a value, found the end of the input");
          return LEX_SYNTAX;
        }
      c = lx->s[lx->i];
      if (c == '{' || c == '"')
        {
          if ((st = read_delimited (lx, &piece, &piece_len, &raw_len, error)) != LEX_OK)
            return st;
        }
      else if (g_ascii_isdigit (c))
        {
          gsize start = lx->i;
          while (lx->i < lx->n && g_ascii_isdigit (lx->s[lx->i]))
            lx->i++;
          piece = lx->s + start;
          piece_len = lx->i - start;
          raw_len += piece_len;
        }
      else if (is_ident_char (c))
        {
          gsize start = lx->i;
          char small[64];
          g_autofree char *big = NULL;
          char *name;
          const char *val;

          while (lx->i < lx->n && is_ident_char (lx->s[lx->i]))
            lx->i++;
          /* The lower-case name, on the stack when it fits. */
          name = lx->i - start < sizeof small ? small : (big = g_malloc (lx->i - start + 1));
          for (gsize k = start; k < lx->i; k++)
            {
              char ch = lx->s[k];
              name[k - start] = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
            }
          name[lx->i - start] = '\0';
          val = g_hash_table_lookup (lx->macros, name);
          if (val)
            {
              gsize vl = strlen (val);
              if (raw_len + vl > lx->max_field)
                {
                  lex_error (lx, error, CK_ERROR_LIMIT, start,
                             "field value larger than %" G_GSIZE_FORMAT " bytes", lx->max_field);
                  return LEX_FATAL;
                }
              piece = val;
              piece_len = vl;
            }
          else
            {
              lex_diag (lx, CK_DIAG_WARNING, start, "undefined macro '%s' (kept as text)", name);
              piece = lx->s + start;
              piece_len = lx->i - start;
            }
          raw_len += piece_len;
        }
      else
        {
          lex_diag (lx, CK_DIAG_ERROR, lx->i, "expected a value ('{', '\"', a number or a macro name), found '%c'", c);
          return LEX_SYNTAX;
        }
      skip_space (lx);
      if (lx->i < lx->n && lx->s[lx->i] == '#')
        {
          if (want)
            g_string_append_len (raw, piece, (gssize) piece_len);
          n_terms++;
          lx->i++;
          continue;
        }
      if (!want)
        *out_value = collapse_space (entry, "", 0);
      else if (n_terms == 0)
        *out_value = collapse_space (entry, piece, piece_len);
      else
        {
          g_string_append_len (raw, piece, (gssize) piece_len);
          *out_value = collapse_space (entry, raw->str, raw->len);
        }
      return LEX_OK;
    }
}

/* Skips a balanced {…} or (…) group (for @comment); the cursor is on the
 * opening delimiter. */
static LexStatus
skip_group (Lex *lx, char close, GError **error)
{
  gsize open = lx->i;
  guint depth = 0;
  char opench = lx->s[lx->i];

  for (lx->i++; lx->i < lx->n; lx->i++)
    {
      char c = lx->s[lx->i];
      if (c == opench)
        {
          if (++depth >= lx->max_depth)
            {
              lex_error (lx, error, CK_ERROR_LIMIT, lx->i, "braces nested deeper than %u", lx->max_depth);
              return LEX_FATAL;
            }
        }
      else if (c == close)
        {
          if (depth == 0)
            {
              lx->i++;
              return LEX_OK;
            }
          depth--;
        }
    }
  lex_diag (lx, CK_DIAG_WARNING, open, "@comment opened here is never closed (expected '%c')", close);
  return LEX_SYNTAX;
}

/* The body of a regular entry, after its opening delimiter. */
static LexStatus
read_entry_body (Lex *lx, BtEntry *entry, char close, GError **error)
{
  gsize key_start;
  /* One bit per field name read so far, by a hash of the name: a name
   * whose bit is clear is no repeat, so the fields are searched only
   * when it is set (rarely). */
  guint64 name_bits = 0;

  skip_space (lx);
  key_start = lx->i;
  /* Keys may hold characters identifiers cannot ("Emch:TB1-1-22",
   * "o'neil"); they end at a comma, white space or the closing delimiter. */
  while (lx->i < lx->n && lx->s[lx->i] != ',' && !is_space (lx->s[lx->i])
         && lx->s[lx->i] != close && lx->s[lx->i] != '}' && lx->s[lx->i] != '=')
    lx->i++;
  if (lx->i < lx->n && lx->s[lx->i] == '=')
    {
      /* "@misc{title = …}": no key at all; treat what we read as a field name. */
      lx->i = key_start;
      entry->key = entry_strndup (entry, "", 0);
      lex_diag (lx, CK_DIAG_WARNING, key_start, "entry has no citation key");
    }
  else
    {
      entry->key = entry_strndup (entry, lx->s + key_start, lx->i - key_start);
      if (!*entry->key)
        lex_diag (lx, CK_DIAG_WARNING, key_start, "entry has no citation key");
      skip_space (lx);
      if (lx->i < lx->n && lx->s[lx->i] == close)
        {
          lx->i++;
          return LEX_OK;
        }
      if (lx->i >= lx->n || lx->s[lx->i] != ',')
        {
          lex_diag (lx, CK_DIAG_ERROR, lx->i, "expected ',' after the citation key '%s'", entry->key);
          return LEX_SYNTAX;
        }
      lx->i++;
    }

  for (;;)
    {
      BtField *field;
      gsize name_off;
      char *name, *value = NULL;
      LexStatus st;
      gboolean dup;
      gsize name_len;

      skip_space (lx);
      if (lx->i >= lx->n)
        {
          lex_diag (lx, CK_DIAG_ERROR, lx->i,
                    "entry '%s' is never closed (expected '%c')", entry->key, close);
          return LEX_SYNTAX;
        }
      if (lx->s[lx->i] == close)
        {
          lx->i++;
          return LEX_OK;
        }
      name_off = lx->i;
      name = read_ident (lx, entry);
      name_len = lx->i - name_off;
      if (!name)
        {
          lex_diag (lx, CK_DIAG_ERROR, lx->i, "expected a field name or '%c', found '%c'",
                    close, lx->s[lx->i]);
          return LEX_SYNTAX;
        }
      skip_space (lx);
      if (lx->i >= lx->n || lx->s[lx->i] != '=')
        {
          lex_diag (lx, CK_DIAG_ERROR, lx->i, "expected '=' after the field name '%s'", name);
          return LEX_SYNTAX;
        }
      lx->i++;
      st = read_value (lx, entry,
                       !lx->skim || ((name[0] == 'c' || name[0] == 'x')
                                     && (strcmp (name, "crossref") == 0 || strcmp (name, "xdata") == 0)),
                       &value, error);
      if (st != LEX_OK)
        return st;
      field = entry_new_field (entry, name, value, name_off);
      {
        gsize len = name_len;
        guint64 bit = G_GUINT64_CONSTANT (1) << (((guchar) name[0] + 7u * (guchar) name[len - 1] + 3u * len) & 63);
        dup = (name_bits & bit) && bt_entry_find (entry, name);
        name_bits |= bit;
      }
      /* A repeated field is dropped (its memory goes with the entry). */
      if (dup)
        lex_diag (lx, CK_DIAG_WARNING, name_off, "repeated field '%s' in entry '%s' ignored",
                  name, entry->key);
      else
        g_ptr_array_add (entry->fields, field);

      skip_space (lx);
      if (lx->i < lx->n && lx->s[lx->i] == ',')
        lx->i++;
      else if (lx->i < lx->n && lx->s[lx->i] == close)
        {
          lx->i++;
          return LEX_OK;
        }
      else
        {
          lex_diag (lx, CK_DIAG_ERROR, lx->i, "expected ',' or '%c' after the value of '%s'",
                    close, name);
          return LEX_SYNTAX;
        }
    }
}

/* @string{name = value} */
static LexStatus
read_string_body (Lex *lx, char close, GError **error)
{
  char *name, *value = NULL;
  LexStatus st;

  skip_space (lx);
  if (!(name = read_ident (lx, NULL)))
    {
      lex_diag (lx, CK_DIAG_ERROR, lx->i, "expected a macro name after @string");
      return LEX_SYNTAX;
    }
  skip_space (lx);
  if (lx->i >= lx->n || lx->s[lx->i] != '=')
    {
      lex_diag (lx, CK_DIAG_ERROR, lx->i, "expected '=' after the macro name '%s'", name);
      g_free (name);
      return LEX_SYNTAX;
    }
  lx->i++;
  if ((st = read_value (lx, NULL, TRUE, &value, error)) != LEX_OK)
    {
      g_free (name);
      return st;
    }
  skip_space (lx);
  if (lx->i >= lx->n || lx->s[lx->i] != close)
    {
      lex_diag (lx, CK_DIAG_ERROR, lx->i, "expected '%c' to close @string '%s'", close, name);
      g_free (name);
      g_free (value);
      return LEX_SYNTAX;
    }
  lx->i++;
  g_hash_table_replace (lx->macros, name, value);
  lx->macro_gen++;
  return LEX_OK;
}

static LexStatus
read_preamble_body (Lex *lx, BtEntry *entry, char close, GError **error)
{
  BtField *field;
  char *value = NULL;
  LexStatus st;

  if ((st = read_value (lx, entry, !lx->skim, &value, error)) != LEX_OK)
    return st;
  skip_space (lx);
  if (lx->i >= lx->n || lx->s[lx->i] != close)
    {
      lex_diag (lx, CK_DIAG_ERROR, lx->i, "expected '%c' to close @preamble", close);
      return LEX_SYNTAX;
    }
  lx->i++;
  field = entry_new_field (entry, collapse_space (entry, "preamble", 8), value, entry->offset);
  g_ptr_array_add (entry->fields, field);
  entry->key = entry_strndup (entry, "", 0);
  return LEX_OK;
}

/* Moves to the first "@" that begins a line (after white space) at or
 * after @from, or to the end. */
static void
resync (Lex *lx, gsize from)
{
  gboolean line_start = FALSE;

  for (lx->i = from; lx->i < lx->n; lx->i++)
    {
      char c = lx->s[lx->i];
      if (c == '\n')
        line_start = TRUE;
      else if (c == '@' && line_start)
        return;
      else if (c != ' ' && c != '\t' && c != '\r' && !is_replaced_control (c))
        line_start = FALSE;
    }
}

/* The index of the lowest set bit of @w (not 0). */
static inline guint
bit_index (guint64 w)
{
#if defined(__GNUC__)
  return (guint) __builtin_ctzll (w);
#else
  guint k = 0;
  while (!(w & 1))
    {
      w >>= 1;
      k++;
    }
  return k;
#endif
}

/* One pass over the input for what bt_lexer_new checks: valid UTF-8
 * without NUL (else FALSE, @error set at the first offending character,
 * as g_utf8_validate_len would say it), and the stretch
 * [*@first_control, *@end_control) that holds every control character
 * read as a space (empty when there is none).  Most of a
 * .bib file is printable ASCII, skipped eight bytes at a time; a
 * non-ASCII character is checked by GLib alone, which gives the verdict
 * it gives for the whole buffer (the first invalid character is where
 * everything before it was valid). */
static gboolean
check_input (Lex *lx, gsize *first_control, gsize *end_control, GError **error)
{
  const char *s = lx->s;
  gsize n = lx->n, i = 0;

  *first_control = *end_control = 0;
  while (i < n)
    {
      for (; i + 8 <= n; i += 8)
        {
          guint64 w, low;
          memcpy (&w, s + i, 8);
          if (w & SWAR_HIGHS)
            break;   /* a non-ASCII character: GLib checks it below */
          /* The high bit of each byte below 0x20 (exact for ASCII bytes:
           * b + 0x60 reaches 0x80 iff b >= 0x20, with no carry out). */
          low = ~(w + SWAR_ONES * 0x60) & SWAR_HIGHS;
          while (low)
            {
              gsize k = i + (gsize) bit_index (low) / 8;
              if (s[k] == '\0')
                break;
              if (is_replaced_control (s[k]))
                {
                  if (*end_control == 0)
                    *first_control = k;
                  *end_control = k + 1;
                }
              low &= low - 1;
            }
          if (low)
            break;   /* NUL: refused below */
        }
      for (gsize end = MIN (i + 8, n); i < end;)
        {
          guchar c = (guchar) s[i];
          const char *ok_end = NULL;

          if (c >= 0x20 && c < 0x80)
            {
              i++;
              continue;
            }
          if (c != 0 && c < 0x80)
            {
              if (is_replaced_control ((char) c))
                {
                  if (*end_control == 0)
                    *first_control = i;
                  *end_control = i + 1;
                }
              i++;
              continue;
            }
          /* NUL or the lead byte of a character: checked by GLib over the
           * run of non-ASCII bytes it starts (at most 4), so that no ASCII
           * control character after it goes unseen; a character longer
           * than that run is invalid here as it is in the whole buffer. */
          {
            gsize run = 1;
            while (c != 0 && run < 4 && i + run < n && (guchar) s[i + run] >= 0x80)
              run++;
            g_utf8_validate_len (s + i, run, &ok_end);
          }
          if (ok_end == s + i)
            {
              lex_error (lx, error, CK_ERROR_ENCODING, i,
                         "%s at byte %" G_GSIZE_FORMAT " (expected UTF-8 text)",
                         c == 0 ? "NUL byte" : "invalid UTF-8", i);
              return FALSE;
            }
          i = (gsize) (ok_end - s);
        }
    }
  return TRUE;
}

static const char * const month_macros[12][2] = {
  { "jan", "January" }, { "feb", "February" }, { "mar", "March" }, { "apr", "April" },
  { "may", "May" }, { "jun", "June" }, { "jul", "July" }, { "aug", "August" },
  { "sep", "September" }, { "oct", "October" }, { "nov", "November" }, { "dec", "December" },
};

BtLexer *
bt_lexer_new (const char *data, gsize len, const char *source, const CkReadOptions *options,
              GError **error)
{
  BtLexer *lexer = g_new0 (BtLexer, 1);
  Lex *lx = &lexer->lx;
  gsize first_control, end_control;

  lx->s = data;
  lx->n = len;
  lx->source = source ? source : "-";
  lx->diag = options ? options->diag : NULL;
  lx->max_depth = options && options->max_depth ? options->max_depth : DEFAULT_MAX_DEPTH;
  lx->max_field = options && options->max_field ? options->max_field : DEFAULT_MAX_FIELD;
  lx->macros = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lx->raw = g_string_sized_new (256);
  lx->lc_line = 1;

  for (guint m = 0; m < 12; m++)
    g_hash_table_insert (lx->macros, g_strdup (month_macros[m][0]), g_strdup (month_macros[m][1]));

  if (!check_input (lx, &first_control, &end_control, error))
    {
      bt_lexer_free (lexer);
      return NULL;
    }
  /* Control characters have no place in BibTeX (and would reach XML and
   * terminals raw): each is read as a space (is_space) — the buffer is not
   * copied to replace them — with a warning where it was. */
  for (gsize k = first_control; k < end_control;)
    {
      gsize end = MIN (k + 8, end_control);
      if (end - k == 8)
        {
          guint64 w;
          memcpy (&w, lx->s + k, 8);
          /* No byte below 0x20 among these eight (most of the input;
           * bytes of 0x80 and up cannot look like one): skip them. */
          if (!((w - SWAR_ONES * 0x20) & ~w & SWAR_HIGHS))
            {
              k = end;
              continue;
            }
        }
      for (; k < end; k++)
        if (is_replaced_control (lx->s[k]))
          lex_diag (lx, CK_DIAG_WARNING, k, "control character U+%04X replaced by a space",
                    (guchar) lx->s[k]);
    }
  if (lx->n >= 3 && memcmp (lx->s, "\xEF\xBB\xBF", 3) == 0)
    lx->i = 3;
  return lexer;
}

void
bt_lexer_free (BtLexer *lexer)
{
  if (!lexer)
    return;
  g_hash_table_unref (lexer->lx.macros);
  g_string_free (lexer->lx.raw, TRUE);
  bt_entry_free (lexer->lx.spare);
  g_free (lexer);
}

void
bt_lexer_set_diag (BtLexer *lexer, CkDiag *diag)
{
  lexer->lx.diag = diag;
}

void
bt_lexer_set_skim (BtLexer *lexer, gboolean skim)
{
  lexer->lx.skim = skim;
}

/* Back to the start of the (already checked) input with the
 * predefined macros only. */
void
bt_lexer_rewind (BtLexer *lexer)
{
  Lex *lx = &lexer->lx;

  g_hash_table_remove_all (lx->macros);
  for (guint m = 0; m < 12; m++)
    g_hash_table_insert (lx->macros, g_strdup (month_macros[m][0]), g_strdup (month_macros[m][1]));
  lx->macro_gen = 0;
  lx->i = (lx->n >= 3 && memcmp (lx->s, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
}

guint
bt_lexer_macro_gen (const BtLexer *lexer)
{
  return lexer->lx.macro_gen;
}

void
bt_lexer_position (BtLexer *lexer, gsize offset, guint *line, guint *column)
{
  lex_position (&lexer->lx, offset, line, column);
}

/* The offset of the next "@" outside a "%" comment at or after @from, or
 * the end.  Between entries, a "%" that begins a word (at the start of a
 * line or after a blank) comments out the rest of its line, as in biber's
 * btparse; so "% @book{old, …}" — an entry commented out — is skipped, not
 * read as an entry (classic BibTeX, which ignores everything up to an "@",
 * would read it).  A "%" inside a word ("50%@x") is plain text.  Linear:
 * each byte is searched once for "@" and at most once for "%". */
static gsize
next_entry_at (Lex *lx, gsize from)
{
  const char *s = lx->s;
  const char *at = NULL;

  while (from < lx->n)
    {
      const char *pct;
      gsize limit;

      if (!at || (gsize) (at - s) < from)
        at = memchr (s + from, '@', lx->n - from);
      limit = at ? (gsize) (at - s) : lx->n;
      for (pct = memchr (s + from, '%', limit - from); pct;
           pct = memchr (pct + 1, '%', (gsize) (s + limit - pct - 1)))
        if (pct == s || is_space (pct[-1]))
          break;
      if (!pct)
        return limit;
      {
        const char *nl = memchr (pct, '\n', lx->n - (gsize) (pct - s));
        from = nl ? (gsize) (nl - s) + 1 : lx->n;
      }
    }
  return lx->n;
}

/* One entry from the cursor on: *@out is the next entry, or NULL at the
 * end.  FALSE on a fatal error. */
static gboolean
lex_next (Lex *lx, BtEntry **out, GError **error)
{
  *out = NULL;
  while (lx->i < lx->n)
    {
      BtEntry *entry;
      gsize at;
      char *type;
      char close;
      LexStatus st;

      /* Anything outside an entry is a comment. */
      lx->i = next_entry_at (lx, lx->i);
      if (lx->i >= lx->n)
        break;
      at = lx->i++;
      /* The entry comes first, so that its type lives in its chunks; one
       * that turns out to be no entry is given back at once. */
      entry = entry_new (lx, at, lx->macro_gen);
      skip_space (lx);
      type = entry->type = read_ident (lx, entry);
      if (!type)
        {
          entry_drop (lx, entry);
          continue;   /* a stray "@" in a comment */
        }
      skip_space (lx);
      if (strcmp (type, "comment") == 0)
        {
          entry_drop (lx, entry);
          if (lx->i < lx->n && (lx->s[lx->i] == '{' || lx->s[lx->i] == '('))
            {
              st = skip_group (lx, lx->s[lx->i] == '{' ? '}' : ')', error);
              if (st == LEX_FATAL)
                return FALSE;
              if (st == LEX_SYNTAX)
                resync (lx, at + 1);
            }
          continue;
        }
      if (lx->i >= lx->n || (lx->s[lx->i] != '{' && lx->s[lx->i] != '('))
        {
          /* "@" followed by a word but no entry: an e-mail address in a
           * comment, most likely; BibTeX skips it too. */
          entry_drop (lx, entry);
          continue;
        }
      close = lx->s[lx->i] == '{' ? '}' : ')';
      lx->i++;

      if (strcmp (type, "string") == 0)
        st = read_string_body (lx, close, error);
      else if (strcmp (type, "preamble") == 0)
        st = read_preamble_body (lx, entry, close, error);
      else
        st = read_entry_body (lx, entry, close, error);

      if (st == LEX_FATAL)
        {
          entry_drop (lx, entry);
          return FALSE;
        }
      if (st == LEX_SYNTAX)
        {
          lex_diag (lx, CK_DIAG_ERROR, at, "entry @%s{%s skipped after a syntax error",
                    type, entry->key ? entry->key : "");
          entry_drop (lx, entry);
          resync (lx, at + 1);
          continue;
        }
      if (strcmp (type, "string") == 0)
        {
          entry_drop (lx, entry);
          continue;
        }
      *out = entry;
      return TRUE;
    }
  return TRUE;
}

gboolean
bt_lexer_next (BtLexer *lexer, BtEntry **out, GError **error)
{
  return lex_next (&lexer->lx, out, error);
}

void
bt_lexer_recycle (BtLexer *lexer, BtEntry *entry)
{
  entry_drop (&lexer->lx, entry);
}

/* The entry at @offset (an "@" where an entry was read before), read with
 * the macros as they stand after @gen definitions: a copy of the lexer
 * state replays the @string definitions between the cursor and @offset
 * when the current macros are not those.  Silent; NULL when no entry. */
BtEntry *
bt_lexer_read_at (BtLexer *lexer, gsize offset, guint gen)
{
  Lex sub = lexer->lx;
  BtEntry *entry = NULL;
  GHashTable *copy = NULL;

  sub.diag = NULL;
  sub.spare = NULL;   /* the lexer's own, not this copy's */
  if (gen != lexer->lx.macro_gen && offset > lexer->lx.i)
    {
      GHashTableIter it;
      gpointer k, v;
      copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_iter_init (&it, lexer->lx.macros);
      while (g_hash_table_iter_next (&it, &k, &v))
        g_hash_table_insert (copy, g_strdup (k), g_strdup (v));
      sub.macros = copy;
      /* Replay up to @offset: every entry between is dropped, every
       * @string applied. */
      while (sub.i < offset)
        {
          if (!lex_next (&sub, &entry, NULL) || !entry)
            break;
          if (entry->offset == offset)
            break;
          g_clear_pointer (&entry, bt_entry_free);
        }
      if (entry && entry->offset != offset)
        g_clear_pointer (&entry, bt_entry_free);
    }
  if (!entry)
    {
      sub.i = offset;
      if (!lex_next (&sub, &entry, NULL) || (entry && entry->offset != offset))
        g_clear_pointer (&entry, bt_entry_free);
    }
  if (copy)
    g_hash_table_unref (copy);
  return entry;
}

gboolean
bt_parse (const char *data, gsize len, const char *source, const CkReadOptions *options,
          BtEntryFunc func, gpointer user_data, GError **error)
{
  g_autoptr(BtLexer) lexer = bt_lexer_new (data, len, source, options, error);

  if (!lexer)
    return FALSE;
  for (;;)
    {
      BtEntry *entry = NULL;
      if (!bt_lexer_next (lexer, &entry, error))
        return FALSE;
      if (!entry)
        return TRUE;
      if (!func (entry, user_data, error))
        return FALSE;
    }
}
