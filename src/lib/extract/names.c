/* names.c — the family names of extracted people, as reviews use them.
 *
 *   ck_names_settle (ctx, records);   after merging, before output
 *
 * ck_name_parse_display() reads "Ludwig von Mises" as given "Ludwig",
 * particle "von", family "Mises", and "Timothy Quill Brand" as given
 * "Timothy Quill", family "Brand".  Reviews (and bibliographies built from
 * them) treat the particle as part of the surname ("von Mises argues"),
 * and a two-word surname shows itself when the text uses both words
 * without the forename ("Quill Brand's new book").  Three rules:
 *   1. a particle joins the family name: family "von Mises";
 *   2. particles left at the end of the given names move to the family
 *      ("Ursula K. Le Guin" → "Le Guin", "Jean de La Fontaine");
 *   3. the last given word joins the family when the text elsewhere
 *      writes "Word Family" not preceded by the first given word;
 *   4. a bare word of another name of the same role in the record is a
 *      piece of that name ("Ama wa Kito" read again as "Ama" and "Kito"
 *      where a catalogue repeats it after the title) and goes;
 *   5. a given name that is a sentence's opening word ("Against A. B.
 *      Vell's view", "Add Ivo Marr's life") or a rank ("Mr. Justice
 *      Vell") is no given name: a word the text also writes in lower
 *      case, capitalised only where a sentence opens, goes;
 *   6. "M. and R. Quell": initials alone before a name of the same role
 *      share its surname (two people, one family);
 *   7. one person, one surname: "Ada Quell" where the text also has
 *      "Ada du Quell" (a bare "Quell" filled in from the index) takes the
 *      fuller surname.
 */
#include "extract-private.h"
#include <string.h>

/* Particles that are written capitalised inside a surname ("Le Guin",
 * "Van Buren", "Da Ponte").  Others ("Bin", "Al", "El", "Do") are, when
 * capitalised, usually given names or whole surnames ("R. Bin Quan"). */
static const char * const cap_particles[] = {
  "Le", "La", "De", "Van", "Von", "Du", "Da", "Di", "Del", "Della", "Des", "Der", "Dos", "Das", "Ten", "Ter",
  /* Irish: "Ciarán Ó Murchadha", "Peadar Ua Laoghaire", "Máire Ní Bhriain", "Seán Mac Réamoinn" */
  "\xc3\x93", "Ua", "N\xc3\xad", "Nic", "U\xc3\xad", "Mac",
};

/* Whether @word is a name particle left among the given names: any
 * lower-case particle ("de"), or a capitalised one of the list above. */
static gboolean
is_particle_word (const char *word, gsize len)
{
  if (len == 0 || !ck_lex_lookup (CK_LEX_PARTICLES, word, (gssize) len))
    return FALSE;
  if (g_ascii_islower (word[0]))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (cap_particles); k++)
    if (strlen (cap_particles[k]) == len && strncmp (cap_particles[k], word, len) == 0)
      return TRUE;
  return FALSE;
}

/* Capitalised particles that also open given names ("Van", "Del",
 * "Della"): alone before a surname they stay the given name. */
static gboolean
is_given_particle (const char *word)
{
  static const char * const given[] = { "Van", "Del", "Della", "Ten", "Ter", NULL };
  for (guint k = 0; given[k]; k++)
    if (strcmp (given[k], word) == 0)
      return TRUE;
  return FALSE;
}

static void
prepend_family (CkName *nm, const char *words)
{
  char *both = g_strconcat (words, " ", nm->family, NULL);
  g_free (nm->family);
  nm->family = both;
}

/* Rule 2: "Ursula K. Le" → given "Ursula K.", family gains "Le". */
static void
move_trailing_particles (CkName *nm)
{
  g_auto(GStrv) words = NULL;
  guint n, keep;
  if (nm->given && !strchr (nm->given, ' ') && is_particle_word (nm->given, strlen (nm->given)) &&
      !g_ascii_islower (nm->given[0]) && !is_given_particle (nm->given) && nm->family && !strchr (nm->family, ' '))
    {
      /* "Le Varnier", "De Quell" alone: a particle is no given name */
      prepend_family (nm, nm->given);
      g_clear_pointer (&nm->given, g_free);
      return;
    }
  if (!nm->given || !strchr (nm->given, ' '))
    return;
  words = g_strsplit (nm->given, " ", -1);
  n = g_strv_length (words);
  keep = n;
  while (keep > 1 && is_particle_word (words[keep - 1], strlen (words[keep - 1])))
    keep--;
  /* "Anselm Le Roy Quelland": a capitalised particle inside the given
   * names opens the surname, with every word after it */
  if (keep == n)
    for (guint k = 1; k + 1 < n; k++)
      if (!g_ascii_islower (words[k][0]) && is_particle_word (words[k], strlen (words[k])) &&
          !is_given_particle (words[k]) && !strchr (words[k - 1], '.'))
        {
          keep = k;
          break;
        }
  /* "B. H. Marrow van Tide": after initials, a word before a particle
   * that opens the surname is the surname's first word */
  if (keep == n && n >= 2 && nm->family && g_ascii_islower (nm->family[0]) && strchr (nm->family, ' ') &&
      strchr (words[n - 2], '.') && !strchr (words[n - 1], '.') && strlen (words[n - 1]) > 2)
    {
      g_autofree char *first = g_strndup (nm->family, strchr (nm->family, ' ') - nm->family);
      if (is_particle_word (first, strlen (first)))
        keep = n - 1;
    }
  if (keep == n)
    return;
  {
    GString *given = g_string_new (NULL), *moved = g_string_new (NULL);
    for (guint k = 0; k < n; k++)
      {
        GString *to = k < keep ? given : moved;
        if (to->len)
          g_string_append_c (to, ' ');
        g_string_append (to, words[k]);
      }
    prepend_family (nm, moved->str);
    g_string_free (moved, TRUE);
    g_free (nm->given);
    nm->given = g_string_free (given, FALSE);
  }
}

static gboolean
word_char (const char *p)
{
  gunichar c = g_utf8_get_char (p);
  return g_unichar_isalnum (c) || c == '-' || c == '\'';
}

/* The word that ends right before @pos (skipping white space), or NULL. */
static char *
word_before (const char *text, const char *pos)
{
  const char *e = pos, *s;
  while (e > text && g_ascii_isspace (e[-1]))
    e--;
  s = e;
  while (s > text)
    {
      const char *prev = g_utf8_find_prev_char (text, s);
      if (!prev || !word_char (prev))
        break;
      s = prev;
    }
  return s < e ? g_strndup (s, e - s) : NULL;
}

/* Whether the text names @family alone somewhere ("Cole argues"): then
 * "Ann Cole" is a forename and a surname, not a two-word surname. */
static gboolean
family_used_alone (const char *text, gsize len, const char *family, const char *second)
{
  gsize fl = strlen (family);
  for (const char *p = text; p < text + len;)
    {
      const char *hit = g_strstr_len (p, text + len - p, family);
      g_autofree char *before = NULL;
      if (!hit)
        return FALSE;
      p = hit + fl;
      if ((hit > text && word_char (g_utf8_find_prev_char (text, hit))) ||
          (p < text + len && word_char (p) && *p != '\''))
        continue;
      before = word_before (text, hit);
      if (!before || strcmp (before, second) != 0)
        return TRUE;
    }
  return FALSE;
}

/* Rule 3: the text writes "Second Family" without "First" before it. */
static void
join_compound_surname (const char *text, gsize len, CkName *nm, gsize *budget)
{
  g_auto(GStrv) words = NULL;
  guint n;
  const char *second, *first;
  gsize sl, fl;
  if (!nm->given || !nm->family || !text)
    return;
  words = g_strsplit (nm->given, " ", -1);
  n = g_strv_length (words);
  if (n < 2)
    return;
  second = words[n - 1];
  first = words[n - 2];
  sl = strlen (second);
  fl = strlen (nm->family);
  /* initials ("J. M.") and short words are forenames, not surnames; after
   * an initial ("C. Quill Brand") the middle word is the name used */
  if (sl < 3 || strchr (second, '.') || !g_unichar_isupper (g_utf8_get_char (second)) ||
      strchr (words[0], '.') || strlen (words[0]) <= 2)
    return;
  /* this reads the whole text (twice) per name: a budget keeps a huge
   * list of names linear */
  if (*budget < 2 * len)
    return;
  *budget -= 2 * len;
  for (const char *p = text; p && p < text + len; p++)
    {
      const char *hit = g_strstr_len (p, text + len - p, second), *q;
      g_autofree char *before = NULL;
      if (!hit)
        return;
      p = hit;
      if (hit > text && word_char (g_utf8_find_prev_char (text, hit)))
        continue;
      q = hit + sl;
      if (q >= text + len || !g_ascii_isspace (*q))
        continue;
      while (q < text + len && (*q == ' ' || *q == '\n'))
        q++;
      if ((gsize) (text + len - q) < fl || strncmp (q, nm->family, fl) != 0 ||
          (q + fl < text + len && word_char (q + fl) && q[fl] != '\''))
        continue;
      before = word_before (text, hit);
      if (before && strcmp (before, first) == 0)
        continue;
      if (family_used_alone (text, len, nm->family, second))
        return;
      /* "Second Family" stands alone: a two-word surname */
      {
        char *given = g_strndup (nm->given, strlen (nm->given) - sl - 1);
        prepend_family (nm, second);
        g_free (nm->given);
        nm->given = given;
      }
      return;
    }
}

/* Rule 4: whether name @i of @rec (no given name, one word) is a word of
 * the family of another name of its role. */
static gboolean
name_fragment (const CkRecord *rec, guint i)
{
  const CkName *nm = ck_record_get_name (rec, i);
  gsize fl;
  if (!nm->family || nm->given || nm->literal || strchr (nm->family, ' '))
    return FALSE;
  fl = strlen (nm->family);
  for (guint k = 0; k < ck_record_get_n_names (rec); k++)
    {
      const CkName *o = ck_record_get_name (rec, k);
      const char *f = o->family ? o->family : o->literal;
      if (k == i || o->role != nm->role || !f || !strchr (f, ' '))
        continue;
      for (const char *p = strstr (f, nm->family); p; p = strstr (p + 1, nm->family))
        if ((p == f || p[-1] == ' ') && (p[fl] == '\0' || p[fl] == ' '))
          return TRUE;
    }
  return FALSE;
}

/* Whether every place the text writes "@word @next" opens a sentence
 * (after a stop, a paragraph break or the start), and there is one. */
static gboolean
only_sentence_initial (const char *text, gsize len, const char *word, const char *next)
{
  g_autofree char *pair = g_strconcat (word, " ", next, NULL);
  gsize pl = strlen (pair);
  gboolean any = FALSE;
  for (const char *p = text; p < text + len;)
    {
      const char *hit = g_strstr_len (p, text + len - p, pair), *b;
      if (!hit)
        break;
      p = hit + pl;
      if (hit > text && word_char (g_utf8_find_prev_char (text, hit)))
        continue;
      b = hit;
      while (b > text && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '"' || b[-1] == '(' || b[-1] == '\''))
        b--;
      if (b > text && b[-1] != '.' && b[-1] != '\n' && b[-1] != '?' && b[-1] != '!' && b[-1] != ':')
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* Whether @s is initials only ("M.", "M. J.", "M.J."). */
static gboolean
only_initials (const char *s)
{
  gboolean any = FALSE;
  for (const char *p = s; *p;)
    {
      if (*p == ' ')
        {
          p++;
          continue;
        }
      if (!g_ascii_isupper (p[0]) || p[1] != '.')
        return FALSE;
      any = TRUE;
      p += 2;
    }
  return any;
}

/* Rule 5: drop given words that open a sentence or name a rank. */
static gboolean
strip_common_given (const CkExtractCtx *ctx, GHashTable *lower, CkName *nm, gsize *budget)
{
  static const char * const ranks[] = { "justice", "judge", "senator", "governor", "general", "colonel", "captain",
                                        "bishop", "professor", "president", "chancellor", "inspector", NULL };
  g_auto(GStrv) words = NULL;
  guint n, k = 0;
  if (!nm->given || !nm->family)
    return FALSE;
  words = g_strsplit (nm->given, " ", -1);
  n = g_strv_length (words);
  if (n == 1)
    {
      g_autofree char *w = g_ascii_strdown (words[0], -1);
      for (guint q = 0; ranks[q]; q++)
        if (strcmp (w, ranks[q]) == 0)
          {
            g_clear_pointer (&nm->given, g_free);
            return TRUE;
          }
    }
  while (k < n)
    {
      gsize wl = strlen (words[k]);
      g_autofree char *w = NULL;
      if (wl < 2 || strchr (words[k], '.') || !g_ascii_isupper (words[k][0]) ||
          ck_lex_lookup (CK_LEX_GIVEN_NAMES, words[k], wl))
        break;
      w = g_utf8_casefold (words[k], -1);
      if (!g_hash_table_contains (lower, w))
        break;
      /* the scan reads the whole text: a budget keeps a text of
       * thousands of names linear (as for rule 3) */
      if (*budget < ctx->len)
        break;
      *budget -= ctx->len;
      if (!only_sentence_initial (ctx->text, ctx->len, words[k], k + 1 < n ? words[k + 1] : nm->family))
        break;
      k++;
    }
  if (k == 0)
    return FALSE;
  g_free (nm->given);
  nm->given = k < n ? g_strjoinv (" ", words + k) : NULL;
  return TRUE;
}

/* The words the text writes in lower case (casefolded). */
static GHashTable *
lower_words (const CkExtractCtx *ctx)
{
  GHashTable *out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < ck_n_toks (ctx); i++)
    if (ck_tok_lower_word (ctx, i))
      {
        const CkToken *t = ck_tok (ctx, i);
        g_hash_table_add (out, g_utf8_casefold (ctx->text + t->start, t->end - t->start));
      }
  return out;
}

/* Puts @copies (taken) in place of @rec's names, in order. */
static void
replace_names (CkRecord *rec, GPtrArray *copies)
{
  while (ck_record_get_n_names (rec) > 0)
    ck_record_remove_name (rec, ck_record_get_n_names (rec) - 1);
  for (guint i = 0; i < copies->len; i++)
    ck_record_take_name (rec, g_steal_pointer (&g_ptr_array_index (copies, i)));
}

/* Rule 7: the fuller surname ("du Quell") of the same person. */
static void
fuller_surnames (GPtrArray *records)
{
  g_autoptr(GHashTable) full = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint r = 0; r < records->len; r++)
    {
      CkRecord *rec = g_ptr_array_index (records, r);
      for (guint i = 0; i < ck_record_get_n_names (rec); i++)
        {
          const CkName *nm = ck_record_get_name (rec, i);
          const char *sp = nm->family ? strrchr (nm->family, ' ') : NULL;
          g_autofree char *key = NULL;
          /* only a particle before the last word ("du", "van der") */
          if (!sp || !nm->given || nm->literal || !g_ascii_islower (nm->family[0]))
            continue;
          key = g_strconcat (nm->given, "|", sp + 1, NULL);
          if (g_hash_table_contains (full, key) && strcmp (g_hash_table_lookup (full, key), nm->family) != 0)
            g_hash_table_replace (full, g_steal_pointer (&key), g_strdup (""));   /* two: neither */
          else if (!g_hash_table_contains (full, key))
            g_hash_table_insert (full, g_steal_pointer (&key), g_strdup (nm->family));
        }
    }
  if (g_hash_table_size (full) == 0)
    return;
  for (guint r = 0; r < records->len; r++)
    {
      CkRecord *rec = g_ptr_array_index (records, r);
      guint n = ck_record_get_n_names (rec);
      g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      gboolean changed = FALSE;
      for (guint i = 0; i < n; i++)
        {
          CkName *nm = ck_name_copy (ck_record_get_name (rec, i));
          if (nm->family && nm->given && !nm->literal && !strchr (nm->family, ' '))
            {
              g_autofree char *key = g_strconcat (nm->given, "|", nm->family, NULL);
              const char *f = g_hash_table_lookup (full, key);
              if (f && *f)
                {
                  g_free (nm->family);
                  nm->family = g_strdup (f);
                  changed = TRUE;
                }
            }
          g_ptr_array_add (copies, nm);
        }
      if (changed)
        replace_names (rec, copies);
    }
}

void
ck_names_settle (const CkExtractCtx *ctx, GPtrArray *records)
{
  g_autoptr(GHashTable) lower = lower_words (ctx);
  gsize budget = MAX (ctx->len * 64, (gsize) 1 << 22);
  for (guint r = 0; r < records->len; r++)
    {
      CkRecord *rec = g_ptr_array_index (records, r);
      guint n = ck_record_get_n_names (rec);
      g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      gboolean changed = FALSE;
      for (guint i = 0; i < n; i++)
        {
          CkName *nm;
          if (name_fragment (rec, i))
            {
              changed = TRUE;
              continue;
            }
          nm = ck_name_copy (ck_record_get_name (rec, i));
          if (nm->family && !nm->literal)
            changed |= strip_common_given (ctx, lower, nm, &budget);
          /* rule 6 */
          if (nm->family && !nm->given && !nm->literal && only_initials (nm->family) && i + 1 < n)
            {
              const CkName *next = ck_record_get_name (rec, i + 1);
              if (next->role == nm->role && next->family && next->given && !next->literal && !only_initials (next->family))
                {
                  nm->given = nm->family;
                  nm->family = g_strdup (next->family);
                  changed = TRUE;
                }
            }
          if (nm->family && !nm->literal)
            {
              g_autofree char *before = g_strjoin ("|", nm->family, nm->given ? nm->given : "", NULL);
              g_autofree char *after = NULL;
              changed |= nm->particle != NULL;
              if (nm->particle && *nm->particle)
                {
                  prepend_family (nm, nm->particle);
                  g_clear_pointer (&nm->particle, g_free);
                }
              move_trailing_particles (nm);
              join_compound_surname (ctx->text, ctx->len, nm, &budget);
              after = g_strjoin ("|", nm->family, nm->given ? nm->given : "", NULL);
              changed |= g_strcmp0 (before, after) != 0;
            }
          g_ptr_array_add (copies, nm);
        }
      if (changed)
        replace_names (rec, copies);
    }
  fuller_surnames (records);
}
