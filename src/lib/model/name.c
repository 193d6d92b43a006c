/* name.c — CkName: personal and corporate names, their roles, and the
 * role vocabularies of CSL and MARC relator codes (one table). */
#include "citekit.h"

#include <string.h>

/* One row per role: CSL variable, MARC relator code. */
static const struct {
  const char *csl;
  const char *marc;
} role_table[CK_ROLE_N_ROLES] = {
  [CK_ROLE_AUTHOR]            = { "author",            "aut" },
  [CK_ROLE_EDITOR]            = { "editor",            "edt" },
  [CK_ROLE_TRANSLATOR]        = { "translator",        "trl" },
  [CK_ROLE_INTRODUCER]        = { "introducer",        "aui" }, /* author of introduction */
  [CK_ROLE_COMPILER]          = { "compiler",          "com" },
  [CK_ROLE_CONTRIBUTOR]       = { "contributor",       "ctb" },
  [CK_ROLE_COLLECTION_EDITOR] = { "collection-editor", "pbd" }, /* publishing director: Zotero's series editor */
  [CK_ROLE_CONTAINER_AUTHOR]  = { "container-author",  "aut" },
  [CK_ROLE_REVIEWED_AUTHOR]   = { "reviewed-author",   "aut" },
  [CK_ROLE_ILLUSTRATOR]       = { "illustrator",       "ill" },
  [CK_ROLE_DIRECTOR]          = { "director",          "drt" },
  [CK_ROLE_INTERVIEWER]       = { "interviewer",       "ivr" },
  [CK_ROLE_RECIPIENT]         = { "recipient",         "rcp" },
};

const char *
ck_role_to_csl (CkRole role)
{
  g_return_val_if_fail (role < CK_ROLE_N_ROLES, "author");
  return role_table[role].csl;
}

gboolean
ck_role_from_csl (const char *csl, CkRole *out_role)
{
  g_return_val_if_fail (csl != NULL && out_role != NULL, FALSE);
  for (guint i = 0; i < CK_ROLE_N_ROLES; i++)
    if (strcmp (role_table[i].csl, csl) == 0)
      {
        *out_role = (CkRole) i;
        return TRUE;
      }
  return FALSE;
}

const char *
ck_role_to_marc (CkRole role)
{
  g_return_val_if_fail (role < CK_ROLE_N_ROLES, "aut");
  return role_table[role].marc;
}

/* The first row with a code wins, so "aut" reads back as author. */
gboolean
ck_role_from_marc (const char *code, CkRole *out_role)
{
  g_return_val_if_fail (code != NULL && out_role != NULL, FALSE);
  for (guint i = 0; i < CK_ROLE_N_ROLES; i++)
    if (g_ascii_strcasecmp (role_table[i].marc, code) == 0)
      {
        *out_role = (CkRole) i;
        return TRUE;
      }
  /* Codes that mean one of ours without being our canonical one. */
  if (g_ascii_strcasecmp (code, "cre") == 0)
    return (*out_role = CK_ROLE_AUTHOR, TRUE);
  if (g_ascii_strcasecmp (code, "aft") == 0 || g_ascii_strcasecmp (code, "win") == 0)
    return (*out_role = CK_ROLE_INTRODUCER, TRUE);
  return FALSE;
}

CkName *
ck_name_new (CkRole role)
{
  CkName *name = g_new0 (CkName, 1);
  name->role = role;
  return name;
}

static char *
dup_nonempty (const char *s)
{
  return (s && *s) ? g_strdup (s) : NULL;
}

CkName *
ck_name_new_personal (CkRole role, const char *family, const char *given)
{
  CkName *name = ck_name_new (role);
  name->family = dup_nonempty (family);
  name->given = dup_nonempty (given);
  return name;
}

CkName *
ck_name_new_literal (CkRole role, const char *literal)
{
  CkName *name = ck_name_new (role);
  name->literal = dup_nonempty (literal);
  return name;
}

CkName *
ck_name_copy (const CkName *name)
{
  CkName *copy;
  g_return_val_if_fail (name != NULL, NULL);
  copy = ck_name_new (name->role);
  copy->family = g_strdup (name->family);
  copy->given = g_strdup (name->given);
  copy->particle = g_strdup (name->particle);
  copy->suffix = g_strdup (name->suffix);
  copy->literal = g_strdup (name->literal);
  return copy;
}

void
ck_name_free (CkName *name)
{
  if (!name)
    return;
  /* Particle, suffix and literal are usually NULL: no call for them. */
  if (name->family)
    g_free (name->family);
  if (name->given)
    g_free (name->given);
  if (name->particle)
    g_free (name->particle);
  if (name->suffix)
    g_free (name->suffix);
  if (name->literal)
    g_free (name->literal);
  g_free (name);
}

gboolean
ck_name_equal (const CkName *a, const CkName *b)
{
  if (a == b)
    return TRUE;
  if (!a || !b)
    return FALSE;
  return a->role == b->role &&
         g_strcmp0 (a->family, b->family) == 0 &&
         g_strcmp0 (a->given, b->given) == 0 &&
         g_strcmp0 (a->particle, b->particle) == 0 &&
         g_strcmp0 (a->suffix, b->suffix) == 0 &&
         g_strcmp0 (a->literal, b->literal) == 0;
}

gboolean
ck_name_is_empty (const CkName *name)
{
  return !name || (!name->family && !name->given && !name->literal);
}

char *
ck_name_format_display (const CkName *name)
{
  GString *s;
  g_return_val_if_fail (name != NULL, NULL);
  if (name->literal)
    return g_strdup (name->literal);
  s = g_string_new (NULL);
  if (name->given)
    g_string_append (s, name->given);
  if (name->particle)
    g_string_append_printf (s, "%s%s", s->len ? " " : "", name->particle);
  if (name->family)
    g_string_append_printf (s, "%s%s", s->len ? " " : "", name->family);
  if (name->suffix)
    g_string_append_printf (s, "%s%s", s->len ? ", " : "", name->suffix);
  return g_string_free (s, FALSE);
}

char *
ck_name_format_sorted (const CkName *name)
{
  GString *s;
  g_return_val_if_fail (name != NULL, NULL);
  if (name->literal)
    return g_strdup (name->literal);
  s = g_string_new (NULL);
  if (name->particle)
    g_string_append_printf (s, "%s ", name->particle);
  if (name->family)
    g_string_append (s, name->family);
  if (name->suffix)
    g_string_append_printf (s, ", %s", name->suffix);
  if (name->given)
    g_string_append_printf (s, "%s%s", s->len ? ", " : "", name->given);
  return g_string_free (s, FALSE);
}

/* Lower-case words that start a family name ("van", "de la"); the longest
 * run of such words before the last word becomes the particle. */
static gboolean
is_particle_word (const char *w)
{
  static const char * const particles[] = {
    "al", "bin", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du",
    "el", "ibn", "la", "las", "le", "los", "ten", "ter", "van", "von", "zu", "und", NULL
  };
  for (guint i = 0; particles[i]; i++)
    if (strcmp (w, particles[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_suffix_word (const char *w)
{
  static const char * const suffixes[] = {
    "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "Jnr", "Snr", NULL
  };
  for (guint i = 0; suffixes[i]; i++)
    if (strcmp (w, suffixes[i]) == 0)
      return TRUE;
  return FALSE;
}

/* "Rosa Luxemburg", "Ludwig van Beethoven", "Martin Luther King, Jr.",
 * "Luxemburg, Rosa", "Gramsci" (family only). */
CkName *
ck_name_parse_display (CkRole role, const char *text)
{
  g_autofree char *clean = NULL;
  g_auto(GStrv) words = NULL;
  guint n, last, first_family;
  CkName *name;

  g_return_val_if_fail (text != NULL, NULL);
  clean = g_strstrip (g_strdup (text));
  if (!*clean)
    return NULL;

  name = ck_name_new (role);

  /* "Family, Given" (but not "Given Family, Jr."). */
  {
    const char *comma = strchr (clean, ',');
    if (comma)
      {
        g_autofree char *after = g_strstrip (g_strdup (comma + 1));
        g_autofree char *before = g_strstrip (g_strndup (clean, (gsize) (comma - clean)));
        if (is_suffix_word (after))
          {
            name->suffix = g_strdup (after);
            g_free (clean);
            clean = g_steal_pointer (&before);
          }
        else if (*after && *before)
          {
            name->given = g_strdup (after);
            /* a leading particle in the family part: "van Gogh, Vincent" */
            words = g_strsplit_set (before, " \t", -1);
            n = g_strv_length (words);
            guint k = 0;
            while (k + 1 < n && is_particle_word (words[k]))
              k++;
            if (k > 0)
              {
                char *saved = words[k];
                words[k] = NULL;
                name->particle = g_strjoinv (" ", words);
                words[k] = saved;
                name->family = g_strjoinv (" ", words + k);
              }
            else
              name->family = g_strdup (before);
            return name;
          }
      }
  }

  words = g_strsplit_set (clean, " \t\n", -1);
  /* drop empty words from runs of spaces */
  {
    guint w = 0;
    for (guint r = 0; words[r]; r++)
      {
        if (*words[r])
          words[w++] = words[r];
        else
          g_free (words[r]);
      }
    words[w] = NULL;
  }
  n = g_strv_length (words);
  if (n == 0)
    {
      ck_name_free (name);
      return NULL;
    }
  if (n > 1 && is_suffix_word (words[n - 1]) && !name->suffix)
    {
      name->suffix = g_strdup (words[n - 1]);
      g_free (words[n - 1]);
      words[n - 1] = NULL;
      n--;
    }
  /* "Chang Chung-li", "Fei Hsiao-t'ung": a romanised East Asian name,
   * family first; its given name is hyphenated with a small letter after
   * the hyphen, where a Western one ("Jean-Paul", "Smith-Rosenberg") has
   * a capital */
  if (n == 2 && g_ascii_isupper (words[0][0]) && !strchr (words[0], '.') && strlen (words[0]) <= 6 &&
      g_ascii_isupper (words[1][0]))
    {
      const char *h = strchr (words[1], '-');
      if (h && (g_ascii_islower (h[1]) || (h[1] == '\'' && g_ascii_islower (h[2]))) && !strchr (h + 1, '-'))
        {
          name->family = g_strdup (words[0]);
          name->given = g_strdup (words[1]);
          return name;
        }
    }
  /* "Hendrik Van Loon", "W. E. Le Gros Clark", "Tomás O Crohan": a
   * capitalised particle after the given names opens the family name */
  for (guint k = 1; k + 1 < n; k++)
    {
      static const char * const cap_particles[] = {
        "Van", "Von", "De", "Du", "Da", "Di", "Del", "Della", "Le", "La", "O", "Ten", "Ter", NULL
      };
      if (!g_strv_contains (cap_particles, words[k]) || is_particle_word (words[k - 1]))
        continue;
      name->family = g_strjoinv (" ", words + k);
      {
        char *saved = words[k];
        words[k] = NULL;
        name->given = g_strjoinv (" ", words);
        words[k] = saved;
      }
      return name;
    }
  last = n - 1;
  first_family = last;
  /* "Vincent van Gogh"; and "de Smith" alone (the particles are lower
   * case, so a name never opens with a forename read as one) */
  while (first_family > 0 && is_particle_word (words[first_family - 1]))
    first_family--;
  name->family = g_strdup (words[last]);
  if (first_family < last)
    {
      char *saved = words[last];
      words[last] = NULL;
      name->particle = g_strjoinv (" ", words + first_family);
      words[last] = saved;
    }
  if (first_family > 0)
    {
      char *saved = words[first_family];
      words[first_family] = NULL;
      name->given = g_strjoinv (" ", words);
      words[first_family] = saved;
    }
  return name;
}
