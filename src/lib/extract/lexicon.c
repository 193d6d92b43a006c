/* lexicon.c — the extractor's word lists, compiled into the library as
 * GResources under /org/citekit/lexicons (see data/citekit.gresource.xml).
 *
 *   if (ck_lex_lookup (CK_LEX_PLACES, "London", -1)) …
 *
 * Each file is UTF-8, one entry a line, "#" starts a comment line; an entry
 * may carry a value after a tab ("OUP<TAB>Oxford University Press").  Keys
 * are case-folded.  The tables are loaded once, on first use, and live for
 * the life of the process (they are read-only afterwards, so threads may
 * share them).
 */
#include "extract-private.h"
#include <gio/gio.h>
#include <string.h>

#define CK_LEX_PREFIX "/org/citekit/lexicons/"

/* One row per lexicon: its file in data/lexicons/. */
static const char * const lex_files[CK_LEX_N] = {
  [CK_LEX_PLACES]          = "places.txt",
  [CK_LEX_PUBLISHERS]      = "publishers.txt",
  [CK_LEX_PUBLISHER_WORDS] = "publisher-words.txt",
  [CK_LEX_PERIODICALS]     = "periodicals.txt",
  [CK_LEX_PERIODICAL_CUES] = "periodical-cues.txt",
  [CK_LEX_FUNCTION_WORDS]  = "function-words.txt",
  [CK_LEX_BINDING]         = "binding.txt",
  [CK_LEX_CURRENCY]        = "currency.txt",
  [CK_LEX_ROLES]           = "roles.txt",
  [CK_LEX_CUES]            = "cues.txt",
  [CK_LEX_LABELS]          = "labels.txt",
  [CK_LEX_MONTHS]          = "months.txt",
  [CK_LEX_GENRE_WORDS]     = "genre-words.txt",
  [CK_LEX_PARTICLES]       = "particles.txt",
  [CK_LEX_NON_NAMES]       = "non-names.txt",
};

typedef struct {
  GHashTable *tables[CK_LEX_N];   /* folded key → value ("" for none) */
  GPtrArray  *roles;              /* CkRolePhrase*, longest first */
} CkLexicons;

static char *
fold_key (const char *word, gssize len)
{
  return g_utf8_casefold (word, len);
}

static void
load_one (GHashTable *table, const char *file)
{
  g_autofree char *path = g_strconcat (CK_LEX_PREFIX, file, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = NULL;
  gsize size;
  const char *data;

  /* A missing resource is a build error, not bad input: leave the table
   * empty so that extraction degrades instead of crashing. */
  if (!bytes)
    {
      g_warning ("lexicon %s is not compiled in", path);
      return;
    }
  data = g_bytes_get_data (bytes, &size);
  {
    g_autofree char *copy = g_strndup (data, size);
    lines = g_strsplit (copy, "\n", -1);
  }
  for (guint i = 0; lines[i]; i++)
    {
      char *ln = g_strstrip (lines[i]);
      char *tab;
      if (!*ln || *ln == '#')
        continue;
      tab = strchr (ln, '\t');
      if (tab)
        {
          *tab = '\0';
          g_strstrip (ln);
          g_hash_table_replace (table, fold_key (ln, -1), g_strdup (g_strstrip (tab + 1)));
        }
      else
        g_hash_table_replace (table, fold_key (ln, -1), g_strdup (""));
    }
}

static int
role_cmp (gconstpointer a, gconstpointer b)
{
  const CkRolePhrase *x = *(const CkRolePhrase * const *) a, *y = *(const CkRolePhrase * const *) b;
  if (x->n_words != y->n_words)
    return x->n_words > y->n_words ? -1 : 1;
  return strcmp (x->words[0], y->words[0]);
}

static gpointer
load_all (gpointer unused)
{
  CkLexicons *lex = g_new0 (CkLexicons, 1);
  GHashTableIter it;
  gpointer k, v;

  for (guint i = 0; i < CK_LEX_N; i++)
    {
      lex->tables[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      load_one (lex->tables[i], lex_files[i]);
    }
  lex->roles = g_ptr_array_new ();
  g_hash_table_iter_init (&it, lex->tables[CK_LEX_ROLES]);
  while (g_hash_table_iter_next (&it, &k, &v))
    {
      CkRolePhrase *rp = g_new0 (CkRolePhrase, 1);
      CkRole role = CK_ROLE_EDITOR;
      rp->words = g_strsplit (k, " ", -1);
      rp->n_words = g_strv_length (rp->words);
      if (!ck_role_from_csl (v, &role))
        role = CK_ROLE_CONTRIBUTOR;
      rp->role = role;
      g_ptr_array_add (lex->roles, rp);
    }
  g_ptr_array_sort (lex->roles, role_cmp);
  return lex;
}

static const CkLexicons *
lexicons (void)
{
  static GOnce once = G_ONCE_INIT;
  g_once (&once, load_all, NULL);
  return once.retval;
}

const char *
ck_lex_lookup (CkLexId id, const char *word, gssize len)
{
  const CkLexicons *lex;
  char buf[64];
  gsize n;

  g_return_val_if_fail (id < CK_LEX_N, NULL);
  if (!word)
    return NULL;
  lex = lexicons ();
  n = len < 0 ? strlen (word) : (gsize) len;
  /* Fast path: short ASCII words are folded on the stack. */
  if (n < sizeof buf)
    {
      gboolean ascii = TRUE;
      for (gsize i = 0; i < n; i++)
        {
          if ((guchar) word[i] >= 0x80)
            {
              ascii = FALSE;
              break;
            }
          buf[i] = g_ascii_tolower (word[i]);
        }
      if (ascii)
        {
          buf[n] = '\0';
          return g_hash_table_lookup (lex->tables[id], buf);
        }
    }
  {
    g_autofree char *key = fold_key (word, n);
    return g_hash_table_lookup (lex->tables[id], key);
  }
}

const char *
ck_lex_file (CkLexId id)
{
  g_return_val_if_fail (id < CK_LEX_N, NULL);
  return lex_files[id];
}

const GPtrArray *
ck_lex_role_phrases (void)
{
  return lexicons ()->roles;
}
