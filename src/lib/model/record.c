/* record.c — CkRecord, the reference-counted bibliographic record.
 *
 * Fields live in a fixed array indexed by CkField (most records set a
 * handful, but an array of pointers is cheaper than a hash table at this
 * size and keeps the canonical order for writers).  Names, extras,
 * relations and provenance are GPtrArrays in insertion order.
 */
#include "citekit.h"

#include <string.h>

/* An extra is one allocation: the two pointers, then the key and the
 * value (records carry a few extras each, and converters make and free
 * millions of records). */
typedef struct {
  char *key;
  char *value;
  char  data[];
} Extra;

static Extra *
extra_new (const char *key, const char *value)
{
  gsize kl = strlen (key), vl = strlen (value);
  Extra *e = g_malloc (sizeof (Extra) + kl + vl + 2);

  e->key = e->data;
  e->value = e->data + kl + 1;
  memcpy (e->key, key, kl + 1);
  memcpy (e->value, value, vl + 1);
  return e;
}

typedef struct {
  CkRelationKind kind;
  CkRecord      *target;
} Relation;

struct _CkRecord {
  gatomicrefcount refs;
  CkType          type;
  char           *key;
  char           *fields[CK_FIELD_N_FIELDS];
  CkDate         *dates[CK_DATE_N_KINDS];
  GPtrArray      *names;       /* CkName* */
  GPtrArray      *extras;      /* Extra*, lazily created */
  GPtrArray      *relations;   /* Relation*, lazily created */
  GPtrArray      *provenance;  /* CkProvenance*, lazily created */
};

static void
extra_free (Extra *e)
{
  g_free (e);
}

static void
relation_free (Relation *r)
{
  ck_record_unref (r->target);
  g_free (r);
}

CkProvenance *
ck_provenance_new (const char *source, gsize start, gsize end, guint line, guint column,
                   const char *evidence, const char *detector, double confidence)
{
  CkProvenance *p = g_new0 (CkProvenance, 1);
  p->source = g_strdup (source);
  p->start = start;
  p->end = end;
  p->line = line;
  p->column = column;
  p->evidence = g_strdup (evidence);
  p->detector = g_strdup (detector);
  p->confidence = CLAMP (confidence, 0.0, 1.0);
  return p;
}

CkProvenance *
ck_provenance_copy (const CkProvenance *prov)
{
  g_return_val_if_fail (prov != NULL, NULL);
  return ck_provenance_new (prov->source, prov->start, prov->end, prov->line, prov->column,
                            prov->evidence, prov->detector, prov->confidence);
}

void
ck_provenance_free (CkProvenance *prov)
{
  if (!prov)
    return;
  g_free (prov->source);
  g_free (prov->evidence);
  g_free (prov->detector);
  g_free (prov);
}

CkRecord *
ck_record_new (CkType type)
{
  CkRecord *rec = g_new0 (CkRecord, 1);
  g_atomic_ref_count_init (&rec->refs);
  rec->type = type < CK_TYPE_N_TYPES ? type : CK_TYPE_DOCUMENT;
  rec->names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  return rec;
}

CkRecord *
ck_record_ref (CkRecord *rec)
{
  g_return_val_if_fail (rec != NULL, NULL);
  g_atomic_ref_count_inc (&rec->refs);
  return rec;
}

void
ck_record_unref (CkRecord *rec)
{
  if (!rec || !g_atomic_ref_count_dec (&rec->refs))
    return;
  /* Most slots are empty: skipping them saves a call into GLib each,
   * which adds up when a converter frees every record it reads. */
  g_free (rec->key);
  for (guint i = 0; i < CK_FIELD_N_FIELDS; i++)
    if (rec->fields[i])
      g_free (rec->fields[i]);
  for (guint i = 0; i < CK_DATE_N_KINDS; i++)
    if (rec->dates[i])
      ck_date_free (rec->dates[i]);
  g_ptr_array_unref (rec->names);
  g_clear_pointer (&rec->extras, g_ptr_array_unref);
  g_clear_pointer (&rec->relations, g_ptr_array_unref);
  g_clear_pointer (&rec->provenance, g_ptr_array_unref);
  g_free (rec);
}

CkRecord *
ck_record_copy (const CkRecord *rec)
{
  CkRecord *copy;
  g_return_val_if_fail (rec != NULL, NULL);

  copy = ck_record_new (rec->type);
  copy->key = g_strdup (rec->key);
  for (guint i = 0; i < CK_FIELD_N_FIELDS; i++)
    copy->fields[i] = g_strdup (rec->fields[i]);
  for (guint i = 0; i < CK_DATE_N_KINDS; i++)
    copy->dates[i] = rec->dates[i] ? ck_date_copy (rec->dates[i]) : NULL;
  for (guint i = 0; i < rec->names->len; i++)
    g_ptr_array_add (copy->names, ck_name_copy (g_ptr_array_index (rec->names, i)));
  for (guint i = 0; rec->extras && i < rec->extras->len; i++)
    {
      const Extra *e = g_ptr_array_index (rec->extras, i);
      ck_record_set_extra (copy, e->key, e->value);
    }
  for (guint i = 0; rec->relations && i < rec->relations->len; i++)
    {
      const Relation *r = g_ptr_array_index (rec->relations, i);
      ck_record_add_relation (copy, r->kind, r->target);
    }
  for (guint i = 0; rec->provenance && i < rec->provenance->len; i++)
    ck_record_take_provenance (copy, ck_provenance_copy (g_ptr_array_index (rec->provenance, i)));
  return copy;
}

CkType
ck_record_get_type (const CkRecord *rec)
{
  g_return_val_if_fail (rec != NULL, CK_TYPE_DOCUMENT);
  return rec->type;
}

void
ck_record_set_type (CkRecord *rec, CkType type)
{
  g_return_if_fail (rec != NULL && type < CK_TYPE_N_TYPES);
  rec->type = type;
}

const char *
ck_record_get_key (const CkRecord *rec)
{
  g_return_val_if_fail (rec != NULL, NULL);
  return rec->key;
}

void
ck_record_set_key (CkRecord *rec, const char *key)
{
  g_return_if_fail (rec != NULL);
  g_free (rec->key);
  rec->key = (key && *key) ? g_strdup (key) : NULL;
}

const char *
ck_record_get (const CkRecord *rec, CkField field)
{
  g_return_val_if_fail (rec != NULL && field < CK_FIELD_N_FIELDS, NULL);
  return rec->fields[field];
}

void
ck_record_take (CkRecord *rec, CkField field, char *value)
{
  g_return_if_fail (rec != NULL && field < CK_FIELD_N_FIELDS);
  g_free (rec->fields[field]);
  if (value && !*value)
    g_clear_pointer (&value, g_free);
  rec->fields[field] = value;
}

void
ck_record_set (CkRecord *rec, CkField field, const char *value)
{
  ck_record_take (rec, field, g_strdup (value));
}

gboolean
ck_record_has (const CkRecord *rec, CkField field)
{
  return ck_record_get (rec, field) != NULL;
}

guint
ck_record_get_n_names (const CkRecord *rec)
{
  g_return_val_if_fail (rec != NULL, 0);
  return rec->names->len;
}

const CkName *
ck_record_get_name (const CkRecord *rec, guint index)
{
  g_return_val_if_fail (rec != NULL && index < rec->names->len, NULL);
  return g_ptr_array_index (rec->names, index);
}

void
ck_record_take_name (CkRecord *rec, CkName *name)
{
  g_return_if_fail (rec != NULL && name != NULL);
  g_ptr_array_add (rec->names, name);
}

void
ck_record_remove_name (CkRecord *rec, guint index)
{
  g_return_if_fail (rec != NULL && index < rec->names->len);
  g_ptr_array_remove_index (rec->names, index);
}

guint
ck_record_count_role (const CkRecord *rec, CkRole role)
{
  guint n = 0;
  g_return_val_if_fail (rec != NULL, 0);
  for (guint i = 0; i < rec->names->len; i++)
    if (((const CkName *) g_ptr_array_index (rec->names, i))->role == role)
      n++;
  return n;
}

GPtrArray *
ck_record_get_names_by_role (const CkRecord *rec, CkRole role)
{
  GPtrArray *out = g_ptr_array_new ();
  g_return_val_if_fail (rec != NULL, out);
  for (guint i = 0; i < rec->names->len; i++)
    {
      CkName *n = g_ptr_array_index (rec->names, i);
      if (n->role == role)
        g_ptr_array_add (out, n);
    }
  return out;
}

const CkDate *
ck_record_get_date (const CkRecord *rec, CkDateKind kind)
{
  g_return_val_if_fail (rec != NULL && kind < CK_DATE_N_KINDS, NULL);
  return rec->dates[kind];
}

void
ck_record_take_date (CkRecord *rec, CkDateKind kind, CkDate *date)
{
  g_return_if_fail (rec != NULL && kind < CK_DATE_N_KINDS);
  ck_date_free (rec->dates[kind]);
  rec->dates[kind] = date;
}

guint
ck_record_get_n_extras (const CkRecord *rec)
{
  g_return_val_if_fail (rec != NULL, 0);
  return rec->extras ? rec->extras->len : 0;
}

const char *
ck_record_get_extra_key (const CkRecord *rec, guint index)
{
  g_return_val_if_fail (rec != NULL && index < ck_record_get_n_extras (rec), NULL);
  return ((const Extra *) g_ptr_array_index (rec->extras, index))->key;
}

const char *
ck_record_get_extra_value (const CkRecord *rec, guint index)
{
  g_return_val_if_fail (rec != NULL && index < ck_record_get_n_extras (rec), NULL);
  return ((const Extra *) g_ptr_array_index (rec->extras, index))->value;
}

static gint
find_extra (const CkRecord *rec, const char *key)
{
  for (guint i = 0; rec->extras && i < rec->extras->len; i++)
    if (strcmp (((const Extra *) g_ptr_array_index (rec->extras, i))->key, key) == 0)
      return (gint) i;
  return -1;
}

const char *
ck_record_get_extra (const CkRecord *rec, const char *key)
{
  gint i;
  g_return_val_if_fail (rec != NULL && key != NULL, NULL);
  i = find_extra (rec, key);
  return i < 0 ? NULL : ((const Extra *) g_ptr_array_index (rec->extras, i))->value;
}

void
ck_record_set_extra (CkRecord *rec, const char *key, const char *value)
{
  gint i;
  g_return_if_fail (rec != NULL && key != NULL && *key);

  i = find_extra (rec, key);
  if (!value)
    {
      if (i >= 0)
        g_ptr_array_remove_index (rec->extras, (guint) i);
      return;
    }
  if (i >= 0)
    {
      /* A new value: a new block in the same place. */
      Extra *old = g_ptr_array_index (rec->extras, i);
      rec->extras->pdata[i] = extra_new (old->key, value);
      extra_free (old);
      return;
    }
  if (!rec->extras)
    rec->extras = g_ptr_array_new_with_free_func ((GDestroyNotify) extra_free);
  g_ptr_array_add (rec->extras, extra_new (key, value));
}

/* Does @from reach @to through relations?  Bounded: relation graphs are
 * small, and a depth cap protects against pathological input. */
static gboolean
reaches (const CkRecord *from, const CkRecord *to, guint depth)
{
  if (from == to)
    return TRUE;
  if (depth > 64 || !from->relations)
    return depth > 64;
  for (guint i = 0; i < from->relations->len; i++)
    if (reaches (((const Relation *) g_ptr_array_index (from->relations, i))->target, to, depth + 1))
      return TRUE;
  return FALSE;
}

void
ck_record_add_relation (CkRecord *rec, CkRelationKind kind, CkRecord *target)
{
  Relation *r;
  g_return_if_fail (rec != NULL && target != NULL && kind < CK_RELATION_N_KINDS);
  /* A cycle would leak both records (reference counting cannot free it). */
  g_return_if_fail (!reaches (target, rec, 0));

  if (!rec->relations)
    rec->relations = g_ptr_array_new_with_free_func ((GDestroyNotify) relation_free);
  r = g_new (Relation, 1);
  r->kind = kind;
  r->target = ck_record_ref (target);
  g_ptr_array_add (rec->relations, r);
}

guint
ck_record_get_n_relations (const CkRecord *rec)
{
  g_return_val_if_fail (rec != NULL, 0);
  return rec->relations ? rec->relations->len : 0;
}

CkRecord *
ck_record_get_relation (const CkRecord *rec, guint index, CkRelationKind *out_kind)
{
  const Relation *r;
  g_return_val_if_fail (rec != NULL && index < ck_record_get_n_relations (rec), NULL);
  r = g_ptr_array_index (rec->relations, index);
  if (out_kind)
    *out_kind = r->kind;
  return r->target;
}

CkRecord *
ck_record_find_relation (const CkRecord *rec, CkRelationKind kind)
{
  g_return_val_if_fail (rec != NULL, NULL);
  for (guint i = 0; rec->relations && i < rec->relations->len; i++)
    {
      const Relation *r = g_ptr_array_index (rec->relations, i);
      if (r->kind == kind)
        return r->target;
    }
  return NULL;
}

void
ck_record_take_provenance (CkRecord *rec, CkProvenance *prov)
{
  g_return_if_fail (rec != NULL && prov != NULL);
  if (!rec->provenance)
    rec->provenance = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_provenance_free);
  g_ptr_array_add (rec->provenance, prov);
}

guint
ck_record_get_n_provenance (const CkRecord *rec)
{
  g_return_val_if_fail (rec != NULL, 0);
  return rec->provenance ? rec->provenance->len : 0;
}

const CkProvenance *
ck_record_get_provenance (const CkRecord *rec, guint index)
{
  g_return_val_if_fail (rec != NULL && index < ck_record_get_n_provenance (rec), NULL);
  return g_ptr_array_index (rec->provenance, index);
}

double
ck_record_get_confidence (const CkRecord *rec)
{
  double best = 0.0;
  g_return_val_if_fail (rec != NULL, 0.0);
  if (!rec->provenance || rec->provenance->len == 0)
    return 1.0;
  for (guint i = 0; i < rec->provenance->len; i++)
    best = MAX (best, ((const CkProvenance *) g_ptr_array_index (rec->provenance, i))->confidence);
  return best;
}

char *
ck_record_dup_full_title (const CkRecord *rec)
{
  const char *title, *sub;
  g_return_val_if_fail (rec != NULL, NULL);
  title = rec->fields[CK_FIELD_TITLE];
  sub = rec->fields[CK_FIELD_SUBTITLE];
  if (!title)
    return g_strdup (sub);
  if (!sub)
    return g_strdup (title);
  /* "Title?: Subtitle" reads badly; keep the title's own end punctuation. */
  {
    gsize n = strlen (title);
    gboolean ends_punct = n > 0 && strchr ("?!:", title[n - 1]) != NULL;
    return g_strdup_printf ("%s%s %s", title, ends_punct ? "" : ":", sub);
  }
}

/* Lower-case ASCII letters and digits of @s (transliterated), at most @max. */
static void
append_key_part (GString *key, const char *s, gsize max)
{
  g_autofree char *ascii = NULL;
  gsize added = 0;
  if (!s)
    return;
  ascii = g_str_to_ascii (s, "C");
  for (const char *p = ascii; *p && added < max; p++)
    if (g_ascii_isalnum (*p))
      {
        g_string_append_c (key, g_ascii_tolower (*p));
        added++;
      }
}

static gboolean
is_key_stopword (const char *w)
{
  static const char * const stop[] = {
    "a", "an", "the", "of", "on", "in", "and", "to", "for", "at", "by", "with", "from",
    "le", "la", "les", "l", "un", "une", "der", "die", "das", "el", "los", "las", "il", "de", NULL
  };
  for (guint i = 0; stop[i]; i++)
    if (g_ascii_strcasecmp (w, stop[i]) == 0)
      return TRUE;
  return FALSE;
}

char *
ck_record_make_key (const CkRecord *rec)
{
  GString *key = g_string_new (NULL);
  const CkName *first = NULL;
  const CkDate *issued;

  g_return_val_if_fail (rec != NULL, NULL);

  /* Author first, then editor, then anyone. */
  for (guint pass = 0; pass < 3 && !first; pass++)
    for (guint i = 0; i < rec->names->len && !first; i++)
      {
        const CkName *n = g_ptr_array_index (rec->names, i);
        if (pass == 2 || n->role == (pass == 0 ? CK_ROLE_AUTHOR : CK_ROLE_EDITOR))
          first = n;
      }
  if (first)
    {
      if (first->family)
        append_key_part (key, first->family, 24);
      else if (first->literal)
        {
          g_auto(GStrv) words = g_strsplit (first->literal, " ", 2);
          append_key_part (key, words[0], 24);
        }
    }

  issued = rec->dates[CK_DATE_ISSUED];
  if (issued && issued->year > 0)
    g_string_append_printf (key, "%d", issued->year);

  {
    const char *title = rec->fields[CK_FIELD_TITLE];
    if (!title)
      title = rec->fields[CK_FIELD_CONTAINER_TITLE];
    if (title)
      {
        g_autofree char *ascii = g_str_to_ascii (title, "C");
        g_auto(GStrv) words = g_strsplit_set (ascii, " \t\n-:;,.'\"?!()[]", -1);
        for (guint i = 0; words[i]; i++)
          {
            gboolean alnum = FALSE;
            for (const char *p = words[i]; *p; p++)
              alnum |= g_ascii_isalnum (*p);
            if (alnum && !is_key_stopword (words[i]))
              {
                append_key_part (key, words[i], 16);
                break;
              }
          }
      }
  }
  if (key->len == 0)
    g_string_append (key, "anon");
  /* A key must not start with a digit (MODS IDs, some BibTeX tools). */
  if (g_ascii_isdigit (key->str[0]))
    g_string_prepend (key, "k");
  return g_string_free (key, FALSE);
}

struct _CkKeySet {
  GHashTable *used;   /* owned strings */
  GHashTable *next;   /* wanted key → next suffix number to try, so that
                         many equal keys cost linear, not quadratic, time */
};

CkKeySet *
ck_key_set_new (void)
{
  CkKeySet *set = g_new0 (CkKeySet, 1);
  set->used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  set->next = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return set;
}

void
ck_key_set_free (CkKeySet *set)
{
  if (!set)
    return;
  g_hash_table_unref (set->used);
  g_hash_table_unref (set->next);
  g_free (set);
}

const char *
ck_key_set_unique (CkKeySet *set, const char *wanted)
{
  g_autofree char *candidate = NULL;
  char *stored;

  g_return_val_if_fail (set != NULL, NULL);
  if (!wanted || !*wanted)
    wanted = "anon";
  candidate = g_strdup (wanted);
  /* "a".."z", then "aa".."zz", … — letters, as BibTeX users expect. */
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (set->next, wanted));
  for (; g_hash_table_contains (set->used, candidate); n++)
    {
      GString *suffix = g_string_new (NULL);
      guint v = n;
      do
        {
          g_string_prepend_c (suffix, (char) ('a' + v % 26));
          v /= 26;
        }
      while (v-- > 0);
      g_free (candidate);
      candidate = g_strconcat (wanted, suffix->str, NULL);
      g_string_free (suffix, TRUE);
    }
  g_hash_table_replace (set->next, g_strdup (wanted), GUINT_TO_POINTER (n));
  stored = g_steal_pointer (&candidate);
  g_hash_table_add (set->used, stored);
  return stored;
}
