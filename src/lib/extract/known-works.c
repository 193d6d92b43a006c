/* known-works.c — well-known works named bare:
 *
 *   "the whole ironic mode, from Fern Hill Elegies to The Salt Road Quartet"
 *   "a Middlemarch for our time"
 *
 * A reviewer names the canon in passing, with no year, publisher or cue,
 * and no rule can tell such a title from any other capitalised phrase.  A
 * lexicon can, the way a gazetteer finds places: data/lexicons/works.txt
 * lists widely read works with their authors (general knowledge, none from
 * the evaluation texts).  A run of the text that matches an entry word for
 * word, with its capitals, and stands alone (no capitalised word glued to
 * either side, no event, place or person) is that work.  A title of one
 * content word ("Ulysses", "The Trial") is also a common word or a name,
 * and a title that reads as a person ("Anna Karenina") is one, so these
 * count only when the sentence names the entry's author (or a possessive
 * does), not at a sentence's start, and not when the text keeps writing
 * the word (a hero, a subject).  Mentions other detectors read too wide
 * ("from T1 to T2" as one title, "in Britain as T") are mended by the
 * lexicon's boundaries.
 * The author comes from the lexicon; a possessive naming someone else
 * ("Kenner's Ulysses", a study) leaves the run to the other detectors.
 *
 * The same lexicon gives the author of a work other detectors found bare
 * ("The Magic Mountain (1924)") when the text states none.
 */
#include "detect-context.h"
#include "detect-extra.h"
#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>

#define WORKS_RESOURCE "/org/citekit/lexicons/works.txt"
/* The second tier: works well known in their field, named bare less
 * often; a title of two content words or fewer there needs its author
 * named in the sentence, as a one-word title does in the first. */
#define WORKS_MORE_RESOURCE "/org/citekit/lexicons/works-more.txt"
/* Longest key (two words of a title), in bytes, and longest title */
#define KEY_MAX    96
#define TITLE_MAX  200
#define MAX_TOKENS 32

GResource *ck_get_resource (void);

typedef struct {
  char  *title;      /* as written, apostrophes in ASCII */
  const char *match; /* what the text must read: the title, or (an alias)
                      * the title after its article, "the" written before
                      * it in lower case ("the Communist Manifesto") */
  char **families;   /* authors' family names, NULL-terminated */
  char **givens;     /* their given names ("" when none), same length */
  guint  n_content;  /* words that are no function word */
  gboolean more;     /* from the second tier (works-more.txt) */
} KnownWork;

typedef struct {
  GHashTable *by_key;    /* first two words (or the one word) → GPtrArray of KnownWork*, longest first */
  GHashTable *by_title;  /* title → GPtrArray of KnownWork* (several authors: an ambiguous title) */
  GPtrArray  *aliases;   /* owns the article-less aliases in by_key (not their strings) */
} KnownWorks;

/* Copies @s into @buf (size @size) with ’ as ', and returns the length;
 * 0 when it does not fit. */
static gsize
fold_apostrophes (const char *s, gsize len, char *buf, gsize size)
{
  gsize o = 0;
  for (gsize i = 0; i < len; i++)
    {
      if (o + 1 >= size)
        return 0;
      if ((guchar) s[i] == 0xE2 && i + 2 < len && (guchar) s[i + 1] == 0x80 && (guchar) s[i + 2] == 0x99)
        {
          buf[o++] = '\'';
          i += 2;
        }
      else
        buf[o++] = s[i];
    }
  buf[o] = '\0';
  return o;
}

/* A key's second word in lower case: its small words are printed in
 * either case ("Arguments within", "Arguments Within"). */
static void
second_word_down (char *key)
{
  char *sp = strchr (key, ' ');
  for (char *c = sp; c && *c; c++)
    *c = g_ascii_tolower (*c);
}

/* The key of a title: its first two words, or its one word. */
static char *
title_key (const char *title)
{
  const char *sp = strchr (title, ' ');
  char *key;
  if (sp && (sp = strchr (sp + 1, ' ')))
    key = g_strndup (title, sp - title);
  else
    key = g_strdup (title);
  second_word_down (key);
  return key;
}

static guint
count_content (const char *title)
{
  g_auto(GStrv) words = g_strsplit (title, " ", -1);
  guint n = 0;
  for (guint i = 0; words[i]; i++)
    if (*words[i] && g_unichar_isalpha (g_utf8_get_char (words[i])) &&
        !ck_lex_lookup (CK_LEX_FUNCTION_WORDS, words[i], -1))
      n++;
  return n;
}

static void
known_work_free (gpointer p)
{
  KnownWork *w = p;
  g_free (w->title);
  g_strfreev (w->families);
  g_strfreev (w->givens);
  g_free (w);
}

static int
longest_first (gconstpointer a, gconstpointer b)
{
  const KnownWork *x = *(const KnownWork * const *) a, *y = *(const KnownWork * const *) b;
  gsize lx = strlen (x->title), ly = strlen (y->title);
  if (lx != ly)
    return lx > ly ? -1 : 1;
  return strcmp (x->families[0] ? x->families[0] : "", y->families[0] ? y->families[0] : "");
}

/* "Marx, Karl; Engels, Friedrich" → families and givens. */
static void
parse_authors (KnownWork *w, const char *authors)
{
  g_auto(GStrv) parts = g_strsplit (authors, ";", -1);
  GPtrArray *fam = g_ptr_array_new (), *giv = g_ptr_array_new ();
  for (guint i = 0; parts[i]; i++)
    {
      char *p = g_strstrip (parts[i]), *comma = strchr (p, ',');
      if (!*p)
        continue;
      if (comma)
        *comma = '\0';
      g_ptr_array_add (fam, g_strdup (g_strstrip (p)));
      g_ptr_array_add (giv, g_strdup (comma ? g_strstrip (comma + 1) : ""));
    }
  g_ptr_array_add (fam, NULL);
  g_ptr_array_add (giv, NULL);
  w->families = (char **) g_ptr_array_free (fam, FALSE);
  w->givens = (char **) g_ptr_array_free (giv, FALSE);
}

static void
add_to (GHashTable *table, char *key, KnownWork *w)
{
  GPtrArray *list = g_hash_table_lookup (table, key);
  if (!list)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (table, key, list);
    }
  else
    g_free (key);
  g_ptr_array_add (list, w);
}

/* Adds the entries of one lexicon file to @kw; @more marks the second tier. */
static void
load_tier (KnownWorks *kw, const char *resource, gboolean more)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (ck_get_resource (), resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = NULL;
  if (!bytes)
    return;
  {
    gsize size;
    const char *data = g_bytes_get_data (bytes, &size);
    g_autofree char *copy = g_strndup (data, size);
    lines = g_strsplit (copy, "\n", -1);
  }
  for (guint i = 0; lines[i]; i++)
    {
      char *ln = g_strstrip (lines[i]), *tab = strchr (ln, '\t');
      char buf[TITLE_MAX + 1];
      KnownWork *w;
      if (!*ln || *ln == '#' || !tab)
        continue;
      *tab = '\0';
      g_strstrip (ln);
      if (!fold_apostrophes (ln, strlen (ln), buf, sizeof buf) || !g_utf8_validate (buf, -1, NULL))
        continue;
      w = g_new0 (KnownWork, 1);
      w->title = g_strdup (buf);
      w->match = w->title;
      w->n_content = count_content (buf);
      w->more = more;
      parse_authors (w, tab + 1);
      if (!w->families[0] || w->n_content == 0)
        {
          known_work_free (w);
          continue;
        }
      add_to (kw->by_key, title_key (buf), w);
      /* "read the Communist Manifesto": prose lowers the title's "The" */
      if (g_str_has_prefix (buf, "The ") && buf[4])
        {
          /* the alias borrows the entry's strings: both live as long
           * as the lexicon */
          KnownWork *a = g_memdup2 (w, sizeof *w);
          a->match = a->title + 4;
          g_ptr_array_add (kw->aliases, a);
          add_to (kw->by_key, title_key (a->match), a);
        }
      /* by_title owns the works */
      {
        GPtrArray *list = g_hash_table_lookup (kw->by_title, buf);
        if (!list)
          {
            list = g_ptr_array_new_with_free_func (known_work_free);
            g_hash_table_insert (kw->by_title, g_strdup (buf), list);
          }
        g_ptr_array_add (list, w);
      }
    }
}

static gpointer
load_works (gpointer unused)
{
  KnownWorks *kw = g_new0 (KnownWorks, 1);
  GHashTableIter it;
  gpointer v;

  (void) unused;
  kw->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  kw->by_title = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  kw->aliases = g_ptr_array_new_with_free_func (g_free);
  load_tier (kw, WORKS_RESOURCE, FALSE);
  load_tier (kw, WORKS_MORE_RESOURCE, TRUE);
  g_hash_table_iter_init (&it, kw->by_key);
  while (g_hash_table_iter_next (&it, NULL, &v))
    g_ptr_array_sort (v, longest_first);
  return kw;
}

static const KnownWorks *
known_works (void)
{
  static GOnce once = G_ONCE_INIT;
  g_once (&once, load_works, NULL);
  return once.retval;
}

/* Small words whose capital styles differ ("Arguments Within English
 * Marxism" is printed "Arguments within English Marxism"): at a word's
 * start in the title, either case matches. */
static gboolean
small_word_at (const char *q, gsize *len)
{
  static const char * const small[] = {
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with", "from", "by",
    "into", "onto", "upon", "over", "under", "within", "without", "against", "among", "through", "between",
    "beyond", "across", "toward", "towards", "after", "before", "about", "around", "since", "until", "during",
    "behind", "below", "beneath", "beside", "versus", "as", "vs",
    /* the short verbs British printing keeps small ("The Heart is a Lonely Hunter") */
    "is", "are", "was", "were", "be", NULL,
  };
  gsize n = 0;
  while (q[n] && q[n] != ' ')
    n++;
  for (guint k = 0; small[k]; k++)
    if (strlen (small[k]) == n && g_ascii_strncasecmp (q, small[k], n) == 0)
      {
        *len = n;
        return TRUE;
      }
  return FALSE;
}

/* Whether the word at @p is in capitals, two letters or more. */
static gboolean
caps_word (const char *p, const char *end)
{
  guint letters = 0;
  for (; p < end && !g_ascii_isspace (*p); p++)
    {
      if (g_ascii_islower (*p))
        return FALSE;
      letters += g_ascii_isupper (*p) != 0;
    }
  return letters >= 2;
}

/* ck_match_title() with @caps known: the text at @p is set in capitals
 * ("THE MAKING OF THE …") and matches without case. */
static const char *
match_title (const char *p, const char *end, const char *title, gboolean caps)
{
  const char *q = title;
  while (*q && p < end)
    {
      gsize wl;
      if (caps && g_ascii_isalpha (*q) && g_ascii_toupper (*q) == *p)
        {
          p++;
          q++;
          continue;
        }
      /* an inner small word in the other case ("within" for "Within") */
      if (q > title && q[-1] == ' ' && *p != *q && g_ascii_tolower (*p) == g_ascii_tolower (*q) &&
          small_word_at (q, &wl) && (gsize) (end - p) >= wl && g_ascii_strncasecmp (p, q, wl) == 0)
        {
          p += wl;
          q += wl;
          continue;
        }
      if (*q == ' ')
        {
          if (!g_ascii_isspace (*p))
            return NULL;
          while (p < end && g_ascii_isspace (*p))
            p++;
          q++;
          continue;
        }
      if (*q == '\'' && end - p >= 3 && (guchar) p[0] == 0xE2 && (guchar) p[1] == 0x80 && (guchar) p[2] == 0x99)
        {
          p += 3;
          q++;
          continue;
        }
      if (*p != *q)
        return NULL;
      p++;
      q++;
    }
  return *q ? NULL : p;
}

const char *
ck_match_title (const char *p, const char *end, const char *title)
{
  return match_title (p, end, title, caps_word (p, end));
}

/* The key words at token @i: its first word, and the first two words
 * (space-separated, trailing punctuation dropped) in @two. */
static gboolean
keys_at (const CkExtractCtx *ctx, guint i, char *one, char *two)
{
  const char *p = ctx->text + ck_tok (ctx, i)->start, *end = ctx->text + ctx->len, *a = p, *b;
  char raw[KEY_MAX];
  gsize n1, n;
  while (a < end && !g_ascii_isspace (*a))
    a++;
  b = a;
  while (b < end && (*b == ' ' || *b == '\t' || (*b == '\n' && !(b + 1 < end && b[1] == '\n')) || *b == '\r'))
    b++;
  n1 = a - p;
  if (n1 == 0 || n1 >= KEY_MAX)
    return FALSE;
  if (!fold_apostrophes (p, n1, one, KEY_MAX))
    return FALSE;
  /* drop trailing punctuation from the one word */
  n = strlen (one);
  while (n > 0 && strchr (",.;:)]\"'!?", one[n - 1]))
    one[--n] = '\0';
  /* "THE MAKING OF …" set in capitals looks up "The making" */
  if (ck_tok (ctx, i)->flags & CK_TOKF_UPPER)
    for (char *c = one + 1; *c; c++)
      *c = g_ascii_tolower (*c);
  two[0] = '\0';
  if (b < end && b > a)
    {
      const char *c = b;
      gsize nk;
      while (c < end && !g_ascii_isspace (*c))
        c++;
      if ((gsize) (c - b) + n1 + 2 < KEY_MAX)
        {
          memcpy (raw, p, n1);
          raw[n1] = ' ';
          memcpy (raw + n1 + 1, b, c - b);
          if ((nk = fold_apostrophes (raw, n1 + 1 + (c - b), two, KEY_MAX)))
            while (nk > 0 && strchr (",.;:)]\"'!?", two[nk - 1]))
              two[--nk] = '\0';
          second_word_down (two);
          if (ck_tok (ctx, i)->flags & CK_TOKF_UPPER)
            for (char *w = two + 1; *w && *w != ' '; w++)
              *w = g_ascii_tolower (*w);
        }
    }
  return n > 0;
}

/* Capitalised words of the text and how often each stands, for "does
 * the text name this author" and "does this word recur". */
static GHashTable *
text_words (const CkExtractCtx *ctx)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < ck_n_toks (ctx); i++)
    if (ck_tok_cap_word (ctx, i))
      {
        char *w = ck_tok_dup (ctx, i);
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (set, w));
        g_hash_table_insert (set, w, GUINT_TO_POINTER (n + 1));
      }
  return set;
}

/* "Hitler", "Fabian", "Emma": a one-word title the text writes again
 * and again is its subject or hero, not the book; the book is named
 * once, or after its author's possessive. */
static gboolean
word_recurs (GHashTable *words, const KnownWork *w, guint allowed)
{
  const char *sp = strrchr (w->title, ' ');
  return GPOINTER_TO_UINT (g_hash_table_lookup (words, sp ? sp + 1 : w->title)) > allowed;
}

/* Whether the text names an author of @w ("Joyce"; "Saint-Exupéry"). */
static gboolean
names_author (GHashTable *words, const KnownWork *w)
{
  for (guint i = 0; w->families[i]; i++)
    {
      const char *sp = strrchr (w->families[i], ' ');
      if (g_hash_table_contains (words, sp ? sp + 1 : w->families[i]))
        return TRUE;
    }
  return FALSE;
}

/* The work a title means: the one entry, or among several the one whose
 * author the text names; NULL when none can be told. */
static const KnownWork *
pick_work (const GPtrArray *list, GHashTable **words, const CkExtractCtx *ctx, gboolean need_author)
{
  const KnownWork *found = NULL;
  guint named = 0;
  for (guint k = 0; k < list->len; k++)
    {
      const KnownWork *w = g_ptr_array_index (list, k);
      if (!*words && (need_author || list->len > 1))
        *words = text_words (ctx);
      if (*words && names_author (*words, w))
        {
          found = w;
          named++;
        }
    }
  if (named == 1)
    return found;
  if (named == 0 && !need_author && list->len == 1)
    return g_ptr_array_index (list, 0);
  return NULL;
}

/* "Gibbon (chapters 48-68 of the Decline and Fall)": a short title the
 * lexicon knows as another writer's book, where the text names no author
 * of that one but names the author of a known longer title holding it
 * word for word.  NULL when no such author, or several, are named. */
static const KnownWork *
fuller_work (const KnownWorks *kw, const char *title, GHashTable *words)
{
  const KnownWork *found = NULL;
  GHashTableIter it;
  gpointer key, v;
  gsize len = strlen (title);
  g_hash_table_iter_init (&it, kw->by_title);
  while (g_hash_table_iter_next (&it, &key, &v))
    {
      const char *hit = strstr (key, title), *full = key;
      const GPtrArray *list = v;
      if (!hit || strlen (full) == len || (hit > full && hit[-1] != ' ') || (hit[len] && hit[len] != ' '))
        continue;
      for (guint k = 0; k < list->len; k++)
        {
          const KnownWork *w = g_ptr_array_index (list, k);
          if (!names_author (words, w))
            continue;
          if (found && g_strcmp0 (found->families[0], w->families[0]) != 0)
            return NULL;
          found = w;
        }
    }
  return found;
}

/* @w, or the known longer title whose author the text names where it
 * names none of @w's. */
static const KnownWork *
named_or_fuller (const CkExtractCtx *ctx, const KnownWork *w, GHashTable **words)
{
  const KnownWork *f;
  if (!*words)
    *words = text_words (ctx);
  if (names_author (*words, w))
    return w;
  f = fuller_work (known_works (), w->title, *words);
  return f ? f : w;
}

/* The text's own given name for the lexicon's author ("Karl R. Popper",
 * "K. R. Popper" where the lexicon says "Karl"): a name span ending on
 * the family's last word whose first letter agrees with @given.  NULL
 * when the text writes no such form. */
static char *
text_given (const CkExtractCtx *ctx, const char *family, const char *given)
{
  const char *sp = strrchr (family, ' ');
  const char *w = sp ? sp + 1 : family;
  gsize l = strlen (w);
  for (guint k = 1; k < ck_n_toks (ctx); k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->end - t->start != l || memcmp (ctx->text + t->start, w, l) != 0)
        continue;
      for (guint j = k > 5 ? k - 5 : 0; j < k; j++)
        {
          g_autofree char *span = NULL;
          g_autoptr(CkName) nm = NULL;
          gboolean one_line = TRUE;
          for (guint q = j + 1; q <= k; q++)
            one_line = one_line && ck_tok (ctx, q)->nl == 0;
          if (!one_line || ctx->text[ck_tok (ctx, j)->start] != given[0] ||
              ck_name_span_forward (ctx, j, k + 1) != k + 1)
            continue;
          span = ck_span_dup (ctx, j, k + 1);
          nm = ck_name_parse_display (CK_ROLE_AUTHOR, span);
          if (nm && nm->given && nm->family && g_strcmp0 (nm->family, family) == 0)
            return g_strdup (nm->given);
        }
    }
  return NULL;
}

/* The lexicon's authors, each in the form the text writes where it does */
static void
add_authors (const CkExtractCtx *ctx, CkRecord *rec, const KnownWork *w)
{
  for (guint i = 0; w->families[i]; i++)
    {
      g_autofree char *own = *w->givens[i] ? text_given (ctx, w->families[i], w->givens[i]) : NULL;
      ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_AUTHOR, w->families[i],
                                                      own ? own : *w->givens[i] ? w->givens[i] : NULL));
    }
}

/* Whether the run [i,e) stands alone: no capitalised word glued before it
 * (except a sentence's opening word such as "In" or "Like") or after it
 * on its line. */
static gboolean
stands_alone (const CkExtractCtx *ctx, guint i, guint e)
{
  guint n = ck_n_toks (ctx);
  /* "Atlas of the Novel 1800-1900", "Min kamp 1": a number glued after
   * it belongs to a longer title */
  if (e < n && (ck_tok_cap_word (ctx, e) || ck_tok (ctx, e)->kind == CK_TOK_NUMBER) && ck_tok (ctx, e)->nl == 0)
    return FALSE;
  if (i > 0 && ck_tok_cap_word (ctx, i - 1) && ck_tok (ctx, i)->nl == 0)
    {
      if (ck_sentence_start (ctx, i) != i - 1)
        return FALSE;
      if (!ck_tok_in_lex (ctx, i - 1, CK_LEX_FUNCTION_WORDS) && !ck_tok_in_lex (ctx, i - 1, CK_LEX_NON_NAMES))
        return FALSE;
    }
  return TRUE;
}

/* Whether token @k is the (last word of the) family name of an author
 * of @w: "Eliot", "Saint-Exupéry". */
static gboolean
is_author_word (const CkExtractCtx *ctx, guint k, const KnownWork *w)
{
  const CkToken *t = ck_tok (ctx, k);
  for (guint a = 0; w->families[a]; a++)
    {
      const char *sp = strrchr (w->families[a], ' '), *fam = sp ? sp + 1 : w->families[a];
      if (strlen (fam) == t->end - t->start && memcmp (fam, ctx->text + t->start, t->end - t->start) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The owner of a possessive just before token @i ("Kafka's"), or
 * G_MAXUINT when there is none. */
static guint
possessive_owner (const CkExtractCtx *ctx, guint i)
{
  if (i < 2 || ck_tok (ctx, i - 1)->kind != CK_TOK_POSS || !ck_tok_cap_word (ctx, i - 2))
    return G_MAXUINT;
  return i - 2;
}

/* "Kenner's Ulysses": a possessive before the run naming nobody among
 * the work's authors. */
static gboolean
owned_by_other (const CkExtractCtx *ctx, guint i, const KnownWork *w)
{
  guint o = possessive_owner (ctx, i);
  return o != G_MAXUINT && !is_author_word (ctx, o, w);
}

/* Words before a name that make it the person, not a book named for
 * them: "a life of", "a study on", "and". */
static const char * const person_before[] = { "of", "on", "about", "and", "with", "to", "by", "from", NULL };

/* "Kafka's The Trial": the possessive of an author of @w before @i. */
static gboolean
author_possessive (const CkExtractCtx *ctx, guint i, const KnownWork *w)
{
  guint o = possessive_owner (ctx, i);
  return o != G_MAXUINT && is_author_word (ctx, o, w);
}

/* "Like George Eliot in Middlemarch": an author of @w named in the
 * sentence of token @i. */
static gboolean
author_in_sentence (const CkExtractCtx *ctx, guint i, const KnownWork *w)
{
  guint s = ck_sentence_start (ctx, i), e = ck_sentence_end (ctx, i);
  /* or the sentence before it, in the same paragraph */
  if (s > 0 && ck_para_of (ctx, s - 1) == ck_para_of (ctx, s))
    s = ck_sentence_start (ctx, s - 1);
  for (guint k = s; k < e; k++)
    if (ck_tok_cap_word (ctx, k) && is_author_word (ctx, k, w))
      return TRUE;
  return FALSE;
}

/* Verbs that may follow a one-word title after "the" ("the Prelude is
 * …"): anything else there makes the word an adjective. */
static const char * const alias_verbs[] = { "is", "was", "has", "had", "remains", "and", "or", "in", "of", NULL };

/* "Homer's Iliad", a study's title, read in a text that means Homer's
 * poem: the entry opens with one name's possessive, the rest (or it
 * after "The", "On the") is a work of that name's, and the entry's own
 * authors do not include the name. */
static gboolean
owner_led_title (const KnownWorks *kw, const KnownWork *w)
{
  static const char * const lead[] = { "", "The ", "On the ", NULL };
  const char *poss = strstr (w->title, "'s ");
  g_autofree char *owner = NULL;
  if (!poss || poss == w->title || memchr (w->title, ' ', poss - w->title))
    return FALSE;
  owner = g_strndup (w->title, poss - w->title);
  /* ("Trotsky's Diary in Exile" by Trotsky is the book's own title) */
  for (guint a = 0; w->families[a]; a++)
    {
      const char *sp = strrchr (w->families[a], ' ');
      if (strcmp (sp ? sp + 1 : w->families[a], owner) == 0)
        return FALSE;
    }
  for (guint l = 0; lead[l]; l++)
    {
      g_autofree char *t = g_strconcat (lead[l], poss + 3, NULL);
      GPtrArray *list = g_hash_table_lookup (kw->by_title, t);
      for (guint j = 0; list && j < list->len; j++)
        {
          const KnownWork *o = g_ptr_array_index (list, j);
          for (guint a = 0; o->families[a]; a++)
            {
              const char *sp = strrchr (o->families[a], ' ');
              if (strcmp (sp ? sp + 1 : o->families[a], owner) == 0)
                return TRUE;
            }
        }
    }
  return FALSE;
}

/* The known work matching at token @i, its end token in *@out_end and in
 * *@out_author the entry whose authors it has (NULL for a title several
 * authors share, none of them named in the text). */
static const KnownWork *
match_at (const CkExtractCtx *ctx, guint i, GHashTable **words, guint *out_end, const KnownWork **out_author)
{
  const KnownWorks *kw = known_works ();
  char one[KEY_MAX], two[KEY_MAX];
  const char *keys[2];
  guint n = ck_n_toks (ctx);
  if (!keys_at (ctx, i, one, two))
    return NULL;
  keys[0] = two;
  keys[1] = one;
  for (guint k = 0; k < 2; k++)
    {
      GPtrArray *list = *keys[k] ? g_hash_table_lookup (kw->by_key, keys[k]) : NULL;
      for (guint j = 0; list && j < list->len; j++)
        {
          const KnownWork *w = g_ptr_array_index (list, j);
          const char *stop = match_title (ctx->text + ck_tok (ctx, i)->start, ctx->text + ctx->len, w->match,
                                          (ck_tok (ctx, i)->flags & CK_TOKF_UPPER) != 0);
          guint e = i;
          const KnownWork *pick;
          gboolean need, person;
          if (!stop || owner_led_title (kw, w))
            continue;
          /* an alias stands only after a lower-case "the" */
          if (w->match != w->title && !(i > 0 && ck_tok_is (ctx, i - 1, "the") && ck_tok_lower_word (ctx, i - 1)))
            continue;
          while (e < n && e < i + MAX_TOKENS && ctx->text + ck_tok (ctx, e)->end < stop)
            e++;
          if (e >= n || ctx->text + ck_tok (ctx, e)->end != stop)
            continue;
          e++;
          /* "the American edition", "the American coast": one word after
           * "the" that a noun follows is an adjective, no title */
          if (w->match != w->title && w->n_content <= 1 && e < n && ck_tok (ctx, e)->kind == CK_TOK_WORD &&
              ck_tok (ctx, e)->nl == 0 && !ck_tok_in_words (ctx, e, alias_verbs))
            continue;
          /* "Anna Karenina", "Hedda Gabler": a title that reads as a
           * person's name needs its author named, like one word */
          person = ck_ctx_names_person (ctx, i, e);
          need = w->n_content <= 1 || person || (w->more && w->n_content <= 2) ||
                 /* "the Ottoman Empire": after "the" a title reads as a
                  * thing, unless its author stands near */
                 w->match != w->title;
          /* "biographer of Lytton Vell and Ada Quell": the person */
          if (person && i > 0 && ck_tok_lower_word (ctx, i - 1) && ck_tok_in_words (ctx, i - 1, person_before) &&
              /* "the stories of T", "the last chapters of T": a work's parts */
              !(i > 1 && ck_tok_is (ctx, i - 1, "of") && (ck_ctx_work_cue (ctx, i - 2) || ck_tok_is (ctx, i - 2, "pages") ||
                                                          ck_tok_is (ctx, i - 2, "page"))))
            continue;
          /* "Fabian drifts from bar to bar": at a sentence's start such a
           * title is more often the hero than the book */
          if (need && ck_sentence_start (ctx, i) == i)
            continue;
          if (need && !author_possessive (ctx, i, w))
            {
              if (!*words)
                *words = text_words (ctx);
              /* the word once more ("the T stories", "pages of
               * the T") is the book's again when its author stands
               * in the sentence or the one before */
              gboolean near = author_in_sentence (ctx, i, w);
              /* "the Origin of Species" in a review that names Darwin
               * anywhere: a title of several words after "the" is the
               * book when the text knows its author */
              gboolean known = !near && w->match != w->title && w->n_content >= 2 && !person &&
                               names_author (*words, w);
              /* "… but Portnoy's Complaint (1969) and Sabbath (1995) are
               * read now": a year in brackets after it dates a work, and the
               * text names its author somewhere */
              gboolean dated = !near && !known && e + 2 < n && ck_tok_is_punct (ctx, e, '(') &&
                               (ck_tok (ctx, e + 1)->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, e + 2, ')') &&
                               names_author (*words, w);
              if (word_recurs (*words, w, near ? 2 : 1) || !(near || known || dated))
                continue;
            }
          pick = pick_work (g_hash_table_lookup (kw->by_title, w->title), words, ctx, need);
          if (!pick && need)
            continue;
          if (pick)
            pick = named_or_fuller (ctx, pick, words);
          *out_end = e;
          *out_author = pick;
          return w;
        }
    }
  return NULL;
}

/* Whether a mention already holds @title as its title or original
 * ("first published in Germany as Fabian: …"): the same work.  @found
 * holds the main titles, ASCII lower case, of the firm mentions and the
 * originals of all (a weak mention lives only if a firm one joins it). */
/* A title's key in that set: up to a colon, ’ as ', ASCII lower case. */
static char *
found_key (const char *title)
{
  const char *colon = strchr (title, ':');
  gsize len = colon ? (gsize) (colon - title) : strlen (title);
  char *buf = g_malloc (len + 1);
  if (!fold_apostrophes (title, len, buf, len + 1))
    buf[0] = '\0';
  for (char *c = buf; *c; c++)
    *c = g_ascii_tolower (*c);
  return buf;
}

static gboolean
already_found (const char *title, GHashTable *found)
{
  g_autofree char *key = found_key (title);
  return g_hash_table_contains (found, key);
}

/* The set already_found() reads, from the mentions so far. */
static GHashTable *
found_titles (const CkExtractCtx *ctx)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      const CkMention *m = g_ptr_array_index (ctx->mentions, i);
      const char *f[2] = { ck_record_get (m->rec, CK_FIELD_ORIGINAL_TITLE),
                           (m->flags & CK_MENTION_WEAK) ? NULL : ck_record_get (m->rec, CK_FIELD_TITLE) };
      for (guint k = 0; k < 2; k++)
        if (f[k])
          g_hash_table_add (set, found_key (f[k]));
    }
  return set;
}

/* Gives a bare title other detectors found the author the lexicon knows. */
static void
enrich_found (CkExtractCtx *ctx, GHashTable **words)
{
  const KnownWorks *kw = known_works ();
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      CkMention *m = g_ptr_array_index (ctx->mentions, i);
      const char *title = ck_record_get (m->rec, CK_FIELD_TITLE);
      char buf[TITLE_MAX + 1];
      GPtrArray *list;
      const KnownWork *w;
      if (!title || ck_record_get_type (m->rec) != CK_TYPE_BOOK || ck_record_get_n_names (m->rec) > 0 ||
          (m->flags & (CK_MENTION_SELF | CK_MENTION_MAIN | CK_MENTION_PART | CK_MENTION_ATTACH | CK_MENTION_ISSUE)) ||
          !fold_apostrophes (title, strlen (title), buf, sizeof buf) ||
          !(list = g_hash_table_lookup (kw->by_title, buf)))
        continue;
      w = g_ptr_array_index (list, 0);
      w = pick_work (list, words, ctx, w->n_content <= 1 || (w->more && w->n_content <= 2));
      if (!w)
        continue;
      add_authors (ctx, m->rec, named_or_fuller (ctx, w, words));
      m->flags &= ~(guint) (CK_MENTION_PRONOUN | CK_MENTION_COAUTHOR);
    }
}

/* Most known titles one mention's title may hold */
#define MEND_MAX 4

gboolean
ck_title_tokens (const CkExtractCtx *ctx, const char *title, gsize start, gsize end, guint *ts, guint *te)
{
  guint n = ck_n_toks (ctx);
  for (guint k = ck_tok_at_byte (ctx, start); k < n && ck_tok (ctx, k)->start < end; k++)
    {
      const char *stop = ck_match_title (ctx->text + ck_tok (ctx, k)->start, ctx->text + end, title);
      guint e = k;
      if (!stop)
        continue;
      while (e < n && ctx->text + ck_tok (ctx, e)->end < stop)
        e++;
      if (e < n && ctx->text + ck_tok (ctx, e)->end == stop)
        {
          *ts = k;
          *te = e + 1;
          return TRUE;
        }
    }
  return FALSE;
}

/* Words that join two titles named together: "from T1 to T2", "T1 and
 * T2", "T1, T2". */
static const char * const joiners[] = { "and", "or", "to", "from", "with", "nor", "than", "via", "versus", NULL };
/* Words that end what stands before a title glued to it: "the White of
 * T", "published in Britain as T", "Group's T". */
static const char * const leads[] = { "of", "as", "in", "to", "from", "like", "after", NULL };

/* Whether @m is an entry whose title its own stops bound: a dealer's
 * or a library's line, a header in sentences. */
static gboolean
bounded_entry (const CkMention *m)
{
  static const char * const entries[] = { "bookseller-entry", "sentence-header", "style-entry", "isbd-line", NULL };
  for (guint k = 0; entries[k]; k++)
    if (m->det && strcmp (m->det->name, entries[k]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
only_joiners (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    if (!(ck_tok_is_punct (ctx, k, ',') || ck_tok_is_punct (ctx, k, ';') || ck_tok_is_punct (ctx, k, '&') ||
          (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, joiners))))
      return FALSE;
  return TRUE;
}

static void
retitle (const CkExtractCtx *ctx, CkMention *m, const char *title, const KnownWork *by)
{
  ck_record_set (m->rec, CK_FIELD_SUBTITLE, NULL);
  ck_assemble_title (m->rec, g_strdup (title));
  if (by && ck_record_get_n_names (m->rec) == 0)
    {
      add_authors (ctx, m->rec, by);
      m->flags &= ~(guint) (CK_MENTION_PRONOUN | CK_MENTION_COAUTHOR);
    }
}

/* A detector that read a known title with too much around it: "from T1
 * to T2" taken as one title, or "the White of T" with the writer glued
 * on.  The lexicon knows where each title ends, so the mention is cut
 * to the last known title (which keeps its year or imprint) and the
 * others become records of their own. */
static void
mend_boundaries (CkExtractCtx *ctx, const CkDetector *det, GHashTable **words)
{
  guint n_mentions = ctx->mentions->len;
  for (guint mi = 0; mi < n_mentions; mi++)
    {
      CkMention *m = g_ptr_array_index (ctx->mentions, mi);
      const char *title = ck_record_get (m->rec, CK_FIELD_TITLE);
      guint ts, te, ms[MEND_MAX], me[MEND_MAX], nm = 0;
      const KnownWork *mw[MEND_MAX], *mby[MEND_MAX];
      gboolean list;
      if (!title || ck_record_get_type (m->rec) != CK_TYPE_BOOK ||
          (m->flags & (CK_MENTION_SELF | CK_MENTION_MAIN | CK_MENTION_PART | CK_MENTION_ATTACH | CK_MENTION_ISSUE)) ||
          !ck_title_tokens (ctx, title, m->start, m->end, &ts, &te))
        continue;
      /* "in Arguments within English Marxism (…)" read as "English
       * Marxism": a known title that ends where the mention ends and
       * starts a few words before it, in the same sentence */
      {
        guint floor = ck_sentence_start (ctx, ts), k = ts;
        gboolean grown = FALSE;
        while (k > floor && k + 6 > ts && !grown)
          {
            guint e = --k;
            const KnownWork *by = NULL, *w;
            /* ("Goodbye, Columbus" read as "Columbus": a comma
             * or a mark inside the known title is crossed) */
            if ((ck_tok (ctx, k)->kind == CK_TOK_PUNCT && !ck_tok_is_punct (ctx, k, ',') &&
                 !ck_tok_is_punct (ctx, k, '!') && !ck_tok_is_punct (ctx, k, '?')) ||
                ck_tok (ctx, k + 1)->nl >= 2)
              break;
            if (ck_tok_cap_word (ctx, k) && (w = match_at (ctx, k, words, &e, &by)) && e == te)
              {
                /* "Portnoy's Complaint" read as Portnoy's book "Complaint": the owner
                 * is the title's own word, no author */
                if (ck_tok (ctx, ts - 1)->kind == CK_TOK_POSS && k < ts - 1)
                  while (ck_record_get_n_names (m->rec) > 0)
                    ck_record_remove_name (m->rec, 0);
                m->start = ck_tok (ctx, k)->start;
                retitle (ctx, m, w->title, by);
                grown = TRUE;
              }
          }
        if (grown)
          continue;
      }
      for (guint k = ts; k < te && nm < MEND_MAX; k++)
        {
          guint e = k;
          const KnownWork *by = NULL, *w;
          if (!ck_tok_cap_word (ctx, k) || !(w = match_at (ctx, k, words, &e, &by)) || e > te)
            continue;
          if (k == ts && e == te)
            {
              nm = 0;   /* the title is a known one as it stands */
              break;
            }
          ms[nm] = k;
          me[nm] = e;
          mw[nm] = w;
          mby[nm] = by;
          nm++;
          k = e - 1;
        }
      if (nm == 0 || me[nm - 1] != te)
        continue;
      list = nm >= 2 && ms[0] == ts;
      for (guint q = 1; list && q < nm; q++)
        list = only_joiners (ctx, me[q - 1], ms[q]);
      if (list)
        {
          for (guint q = 0; q + 1 < nm; q++)
            {
              CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
              ck_assemble_title (rec, ck_span_dup (ctx, ms[q], me[q]));
              if (mby[q])
                add_authors (ctx, rec, mby[q]);
              ck_mention_add (ctx, det, rec, ck_tok (ctx, ms[q])->start, ck_tok (ctx, me[q] - 1)->end, ms[q],
                              mby[q] ? 0 : CK_MENTION_PRONOUN);
            }
          retitle (ctx, m, mw[nm - 1]->title, mby[nm - 1]);
          continue;
        }
      /* "the White of T", "in Britain as T", "the Group's T" — but not
       * "Evidence as to T", the idiom inside a longer title, nor an
       * entry whose title its own stops bound (a dealer's, a header's) */
      if (nm == 1 && ms[0] > ts && ms[0] <= ts + 3 &&
          ((ck_tok_lower_word (ctx, ms[0] - 1) && ck_tok_in_words (ctx, ms[0] - 1, leads)) ||
           ck_tok (ctx, ms[0] - 1)->kind == CK_TOK_POSS) &&
          !(ms[0] >= ts + 2 && ck_tok_is (ctx, ms[0] - 1, "to") && ck_tok_is (ctx, ms[0] - 2, "as")) &&
          !bounded_entry (m))
        retitle (ctx, m, mw[0]->title, mby[0]);
    }
}

void
ck_detect_known_work (CkExtractCtx *ctx, const CkDetector *det)
{
  g_autoptr(GHashTable) words = NULL, found = NULL;
  guint n = ck_n_toks (ctx);
  if (g_hash_table_size (known_works ()->by_key) == 0)
    return;
  mend_boundaries (ctx, det, &words);
  enrich_found (ctx, &words);
  found = found_titles (ctx);
  for (guint i = 0; i < n; i++)
    {
      const CkToken *t = ck_tok (ctx, i);
      const KnownWork *w, *by = NULL;
      CkRecord *rec;
      guint e = i;
      if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP) || (t->flags & CK_TOKF_UPPER) ||
          ck_is_claimed (ctx, i, i + 1))
        continue;
      if (!(w = match_at (ctx, i, &words, &e, &by)))
        continue;
      /* the lexicon holds no event's name ("The Russian Revolution" is left
       * out), so a title of several words ending in "Revolution" or "War"
       * is the book; one content word still must read as no event */
      if (ck_is_claimed (ctx, i, e) || !stands_alone (ctx, i, e) || owned_by_other (ctx, i, by ? by : w) ||
          (w->n_content <= 1 && ck_ctx_names_non_work (ctx, i, e)))
        continue;
      if (already_found (w->title, found))
        {
          ck_claim (ctx, i, e);
          i = e - 1;
          continue;
        }
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, i, e));
      if (by)
        add_authors (ctx, rec, by);
      /* "The Magic Mountain (1924)" */
      if (e + 2 < n && ck_tok_is_punct (ctx, e, '(') && (ck_tok (ctx, e + 1)->flags & CK_TOKF_YEAR) &&
          ck_tok (ctx, e + 1)->end - ck_tok (ctx, e + 1)->start == 4 && ck_tok_is_punct (ctx, e + 2, ')'))
        {
          ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, e + 1)->start), 0, 0));
          e += 3;
        }
      /* "(see The Sea Around Salt, 1951, and …)": the year set off by
       * commas in a list of titles */
      else if (e + 2 < n && ck_tok_is_punct (ctx, e, ',') && (ck_tok (ctx, e + 1)->flags & CK_TOKF_YEAR) &&
               ck_tok (ctx, e + 1)->end - ck_tok (ctx, e + 1)->start == 4 && ck_tok (ctx, e + 1)->nl == 0 &&
               (ck_tok_is_punct (ctx, e + 2, ',') || ck_tok_is_punct (ctx, e + 2, ')') || ck_tok_is_punct (ctx, e + 2, ';')))
        {
          ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, e + 1)->start), 0, 0));
          e += 2;
        }
      ck_mention_add (ctx, det, rec, t->start, ck_tok (ctx, e - 1)->end, i, by ? 0 : CK_MENTION_PRONOUN);
      g_hash_table_add (found, found_key (w->title));
      ck_claim (ctx, i, e);
      i = e - 1;
    }
}

gboolean
ck_known_title_at (const CkExtractCtx *ctx, guint s, guint e)
{
  char buf[TITLE_MAX + 1];
  gsize len;
  if (s >= e || e > ck_n_toks (ctx))
    return FALSE;
  len = fold_apostrophes (ctx->text + ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end - ck_tok (ctx, s)->start, buf,
                          sizeof buf);
  return len > 0 && g_hash_table_lookup (known_works ()->by_title, buf) != NULL;
}
