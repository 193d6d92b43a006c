/* bibtex-read.c — raw BibTeX entries → CkRecords.
 *
 * Syntax is bibtex-lex.c's job; this file resolves crossref/xdata
 * inheritance, maps fields through the one table in bibtex-map.c, decodes
 * LaTeX to Unicode and keeps whatever has no canonical slot as extras so
 * that BibTeX → record → BibTeX loses nothing.  The extras it sets:
 *
 *   bibtex:NAME       an unknown field, or a second field for a slot already
 *                     filled (address and location both given), raw LaTeX;
 *   latex:NAME        the value of field NAME as written, when decoding lost
 *                     something: case-protecting braces ({DNA}), math,
 *                     unknown macros, \emph.  This is where case protection
 *                     lives: the canonical field holds plain text, the extra
 *                     the braces.  Writers of other formats may ignore it;
 *                     the BibTeX writer uses it only while it still decodes
 *                     to the field's current value;
 *   bibtex:@type      the entry type, when the record type alone would be
 *                     written as another one (@mastersthesis, @unknowntype);
 *   bibtex:@aliases   field names the source used where the dialect's writer
 *                     would choose another (journaltitle in BibTeX, year in
 *                     biblatex), space-separated;
 *   bibtex:@others    fields whose name list ended in "and others";
 *   bibtex:@inherited fields that came from crossref/xdata, so the writer
 *                     does not copy them into the child.
 *
 * Unknown entry types become CK_TYPE_DOCUMENT with bibtex:@type.  Inheritance
 * follows biblatex (title → booktitle for a chapter of a book, journaltitle
 * for an article in a periodical) and otherwise copies fields by name, like
 * BibTeX; chains are followed to a depth of 16 and cycles are reported and
 * cut.  @preamble is noted in the diagnostics and otherwise ignored.
 */
#include "bibtex-private.h"
#include "util/latex.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define MAX_INHERIT_DEPTH 16

/* Where a crossref/xdata target is: the first readable entry with that
 * key (lower case), found by the first pass. */
typedef struct {
  gsize    offset;
  guint    macro_gen;
  BtEntry *entry;     /* owned, once read */
} Target;

typedef struct {
  const CkReadOptions *options;
  const char *source;
  guint        dialect;
  CkRecordFunc func;
  gpointer     user_data;
  BtLexer     *lexer;
  GHashTable  *by_key;        /* lower-case key → Target*, when the file uses crossref/xdata */
  GHashTable  *busy;          /* entries on the current inheritance chain */
  gboolean     noted_preamble;
  GPtrArray   *names;         /* scratch for one name list, reused */
} Reader;

static void
target_free (Target *t)
{
  bt_entry_free (t->entry);
  g_free (t);
}

static void
reader_diag (Reader *r, CkDiagLevel level, gsize offset, const char *fmt, ...) G_GNUC_PRINTF (4, 5);

static void
reader_diag (Reader *r, CkDiagLevel level, gsize offset, const char *fmt, ...)
{
  va_list ap;
  g_autofree char *msg = NULL;
  guint line, col;

  if (!r->options->diag)
    return;
  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  bt_lexer_position (r->lexer, offset, &line, &col);
  ck_diag_add (r->options->diag, level, r->source, line, col, "%s", msg);
}

/* The entry a crossref/xdata value names, read when first needed. */
static BtEntry *
find_target (Reader *r, const char *lower_key)
{
  Target *t = g_hash_table_lookup (r->by_key, lower_key);

  if (!t)
    return NULL;
  if (!t->entry)
    t->entry = bt_lexer_read_at (r->lexer, t->offset, t->macro_gen);
  return t->entry;
}

/* What bt_decode looks for, one byte at a time: 1 = the decoder treats
 * it specially, 2 = only when doubled ("--", "''"), 3 = a brace. */
static const guint8 decode_special[256] = {
  ['\\'] = 1, ['$'] = 1, ['~'] = 1, ['`'] = 1,
  ['-'] = 2, ['\''] = 2,
  ['{'] = 3, ['}'] = 3,
};

/* @text with its braces dropped, as ck_latex_decode gives a value whose
 * only special characters are braces (case protection, "{DNA} repair" —
 * the commonest LaTeX in titles): "{}" is an empty group, any other "{"
 * protects case (CK_LATEX_LOSS_BRACES), "}" is dropped.  (Without a
 * backslash the decoder combines no accents, so it normalizes nothing.) */
static char *
drop_braces (const char *text, gsize n, guint *out_loss)
{
  char *out = g_malloc (n + 1), *o = out;
  guint loss = 0;

  for (gsize i = 0; i < n; i++)
    {
      char c = text[i];
      if (c == '{')
        {
          if (i + 1 < n && text[i + 1] == '}')
            i++;
          else
            loss |= CK_LATEX_LOSS_BRACES;
        }
      else if (c != '}')
        *o++ = c;
    }
  *o = '\0';
  if (out_loss)
    *out_loss = loss;
  return out;
}

char *
bt_decode (const char *text, gssize len, guint flags, guint *out_loss)
{
  gsize n = len < 0 ? strlen (text) : (gsize) len;
  gboolean braces = FALSE;
  gsize i = 0;

#if defined(__SSE2__)
  const __m128i c1 = _mm_set1_epi8 ('\\'), c2 = _mm_set1_epi8 ('$'), c3 = _mm_set1_epi8 ('~'),
                c4 = _mm_set1_epi8 ('`'), c5 = _mm_set1_epi8 ('-'), c6 = _mm_set1_epi8 ('\''),
                c7 = _mm_set1_epi8 ('{'), c8 = _mm_set1_epi8 ('}');
#endif

  while (i < n)
    {
      gsize end;
#if defined(__SSE2__)
      /* Sixteen bytes at a time to the next block that may hold one. */
      for (; i + 16 <= n; i += 16)
        {
          __m128i v = _mm_loadu_si128 ((const __m128i *) (text + i));
          __m128i hit = _mm_or_si128 (_mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, c1), _mm_cmpeq_epi8 (v, c2)),
                                                    _mm_or_si128 (_mm_cmpeq_epi8 (v, c3), _mm_cmpeq_epi8 (v, c4))),
                                      _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, c5), _mm_cmpeq_epi8 (v, c6)),
                                                    _mm_or_si128 (_mm_cmpeq_epi8 (v, c7), _mm_cmpeq_epi8 (v, c8))));
          if (_mm_movemask_epi8 (hit))
            break;
        }
#endif
      for (end = MIN (i + 16, n); i < end; i++)
        {
          guint8 kind = decode_special[(guchar) text[i]];
          if (G_LIKELY (!kind))
            continue;
          if (kind == 3)
            braces = TRUE;
          /* Only "--" and "''" mean something; one hyphen or apostrophe
           * ("Jean-Paul", "O'Brien") is copied by the decoder as it is. */
          else if (kind == 1 || (i + 1 < n && text[i + 1] == text[i]))
            return ck_latex_decode (text, (gssize) n, flags, out_loss);
        }
    }
  if (braces)
    return drop_braces (text, n, out_loss);
  if (out_loss)
    *out_loss = 0;
  return g_strndup (text, n);
}

/* ---- inheritance ------------------------------------------------------- */

typedef struct {
  GPtrArray *fields;     /* BtField*, borrowed from the entries */
  GPtrArray *owned;      /* renamed copies (title → booktitle); NULL: none */
  GString   *inherited; /* " name name "; NULL when nothing was inherited */
} Resolved;

static void
resolved_clear (Resolved *res)
{
  g_clear_pointer (&res->fields, g_ptr_array_unref);
  g_clear_pointer (&res->owned, g_ptr_array_unref);
  if (res->inherited)
    g_string_free (res->inherited, TRUE);
  res->inherited = NULL;
}

static void
owned_field_free (gpointer p)
{
  BtField *f = p;
  g_free (f->name);
  g_free (f->value);
  g_free (f);
}

static gboolean
resolved_has (const Resolved *res, const char *name)
{
  for (guint i = 0; i < res->fields->len; i++)
    if (strcmp (((BtField *) g_ptr_array_index (res->fields, i))->name, name) == 0)
      return TRUE;
  return FALSE;
}

/* Fields a child never takes from its parent (biblatex's defaults). */
static gboolean
never_inherited (const char *name)
{
  static const char * const list[] = {
    "crossref", "xref", "xdata", "ids", "entryset", "execute", "label", "options",
    "presort", "related", "relatedoptions", "relatedstring", "relatedtype",
    "shorthand", "shorthandintro", "sortkey", "key",
  };
  for (guint i = 0; i < G_N_ELEMENTS (list); i++)
    if (strcmp (list[i], name) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
type_in (const char *type, const char *list)
{
  BtFieldMap probe = { "", BT_KIND_TEXT, 0, list, 0, FALSE };
  return bt_map_applies (&probe, type);
}

/* The name a parent's field takes in the child (biblatex's inheritance
 * rules for the common cases), or NULL to skip it. */
static const char *
inherited_name (const char *child_type, const char *parent_type, const char *name)
{
  gboolean book_parent = type_in (parent_type, " book mvbook collection mvcollection proceedings mvproceedings reference mvreference ");
  gboolean in_book = type_in (child_type, " incollection inproceedings inbook bookinbook suppbook suppcollection inreference ");

  if (never_inherited (name))
    return NULL;
  if (in_book && book_parent)
    {
      if (strcmp (name, "title") == 0) return "booktitle";
      if (strcmp (name, "subtitle") == 0) return "booksubtitle";
      if (strcmp (name, "titleaddon") == 0) return "booktitleaddon";
      if (strcmp (name, "shorttitle") == 0 || strcmp (name, "sorttitle") == 0
          || strcmp (name, "indextitle") == 0 || strcmp (name, "indexsorttitle") == 0)
        return NULL;
      if (strcmp (name, "author") == 0
          && type_in (child_type, " inbook bookinbook suppbook "))
        return "bookauthor";
    }
  if (type_in (child_type, " article suppperiodical ") && strcmp (parent_type, "periodical") == 0)
    {
      if (strcmp (name, "title") == 0) return "journaltitle";
      if (strcmp (name, "subtitle") == 0) return "journalsubtitle";
      if (strcmp (name, "shorttitle") == 0) return NULL;
    }
  return name;
}

static void resolve (Reader *r, BtEntry *e, guint depth, Resolved *out);

static void
inherit_from (Reader *r, BtEntry *child, const char *parent_key, guint depth,
              Resolved *out, const char *via)
{
  g_autofree char *lower = g_ascii_strdown (parent_key, -1);
  BtEntry *parent = find_target (r, lower);
  Resolved pres = { 0 };
  BtField *via_field = bt_entry_find (child, via);
  gsize where = via_field ? via_field->offset : child->offset;

  if (!parent)
    {
      reader_diag (r, CK_DIAG_WARNING, where, "%s '%s' of entry '%s' not found", via, parent_key, child->key);
      return;
    }
  if (g_hash_table_contains (r->busy, parent))
    {
      reader_diag (r, CK_DIAG_WARNING, where, "%s cycle through '%s' in entry '%s' cut", via, parent_key, child->key);
      return;
    }
  if (depth >= MAX_INHERIT_DEPTH)
    {
      reader_diag (r, CK_DIAG_WARNING, where, "%s chain deeper than %u at entry '%s' cut",
                   via, MAX_INHERIT_DEPTH, child->key);
      return;
    }
  resolve (r, parent, depth + 1, &pres);
  for (guint i = 0; i < pres.fields->len; i++)
    {
      BtField *pf = g_ptr_array_index (pres.fields, i);
      const char *name = strcmp (via, "xdata") == 0 ? (never_inherited (pf->name) ? NULL : pf->name)
                                                     : inherited_name (child->type, parent->type, pf->name);
      if (!name || resolved_has (out, name))
        continue;
      if (strcmp (name, pf->name) == 0)
        g_ptr_array_add (out->fields, pf);
      else
        {
          BtField *copy = g_new0 (BtField, 1);
          copy->name = g_strdup (name);
          copy->value = g_strdup (pf->value);
          copy->offset = pf->offset;
          g_ptr_array_add (out->owned, copy);
          g_ptr_array_add (out->fields, copy);
        }
      g_string_append_printf (out->inherited, "%s ", name);
    }
  /* Renamed copies made for the parent must live as long as ours. */
  for (guint i = 0; pres.owned && i < pres.owned->len; i++)
    g_ptr_array_add (out->owned, g_steal_pointer (&pres.owned->pdata[i]));
  if (pres.owned)
    g_ptr_array_set_free_func (pres.owned, NULL);
  resolved_clear (&pres);
}

/* The fields of @e with those it inherits (own fields first). */
static void
resolve (Reader *r, BtEntry *e, guint depth, Resolved *out)
{
  BtField *xdata = r->by_key ? bt_entry_find (e, "xdata") : NULL;
  BtField *crossref = r->by_key ? bt_entry_find (e, "crossref") : NULL;

  if (!xdata && !crossref)
    {
      /* Nothing to inherit (nearly every entry): its own fields, shared,
       * and no renamed copies or inherited names (owned and inherited
       * stay NULL). */
      out->fields = g_ptr_array_ref (e->fields);
      return;
    }
  out->owned = g_ptr_array_new_with_free_func (owned_field_free);
  out->inherited = g_string_new (" ");
  out->fields = g_ptr_array_new ();
  for (guint i = 0; i < e->fields->len; i++)
    g_ptr_array_add (out->fields, g_ptr_array_index (e->fields, i));

  g_hash_table_add (r->busy, e);
  if (xdata)
    {
      g_auto(GStrv) keys = g_strsplit (xdata->value, ",", -1);
      for (guint k = 0; keys[k]; k++)
        {
          g_strstrip (keys[k]);
          if (*keys[k])
            inherit_from (r, e, keys[k], depth, out, "xdata");
        }
    }
  if (crossref)
    {
      g_autofree char *key = g_strstrip (g_strdup (crossref->value));
      if (*key)
        inherit_from (r, e, key, depth, out, "crossref");
    }
  g_hash_table_remove (r->busy, e);
}

/* ---- mapping ----------------------------------------------------------- */

typedef struct {
  Reader     *r;
  BtEntry    *entry;
  CkRecord   *rec;
  const char *type;       /* the entry type, lower case */
  GString    *aliases;    /* " name " list; NULL until the first */
  GString    *others;     /* the same */
  gboolean    filled[CK_FIELD_N_FIELDS];
  gboolean    roles[CK_ROLE_N_ROLES];
  gboolean    dates[CK_DATE_N_KINDS];
  BtField    *year, *month, *day;
} Mapper;

static void
add_word (GString **listp, const char *word)
{
  g_autofree char *padded = g_strdup_printf (" %s ", word);
  GString *list = *listp ? *listp : (*listp = g_string_new (NULL));

  if (list->len == 0)
    g_string_append_c (list, ' ');
  if (!strstr (list->str, padded))
    g_string_append_printf (list, "%s ", word);
}

/* The extra @prefix@name = @value; the key is put together on the stack
 * when it fits (field names are short). */
static void
set_prefixed_extra (Mapper *m, const char *prefix, const char *name, const char *value)
{
  char small[96];
  gsize pl = strlen (prefix), nl = strlen (name);
  g_autofree char *big = NULL;
  char *key = pl + nl < sizeof small ? small : (big = g_malloc (pl + nl + 1));

  memcpy (key, prefix, pl);
  memcpy (key + pl, name, nl + 1);
  ck_record_set_extra (m->rec, key, value);
}

static void
set_extra_field (Mapper *m, BtField *f)
{
  set_prefixed_extra (m, BT_EXTRA_PREFIX, f->name, f->value);
}

static void
keep_latex (Mapper *m, const char *name, const char *raw)
{
  set_prefixed_extra (m, BT_EXTRA_LATEX, name, raw);
}

/* Applies one field; FALSE when its slot is already taken. */
static gboolean
apply_field (Mapper *m, const BtFieldMap *row, BtField *f)
{
  switch (row->kind)
    {
    case BT_KIND_TEXT:
    case BT_KIND_VERBATIM:
      {
        CkField field = (CkField) row->target;
        char *value;
        guint loss = 0;

        if (m->filled[field] || !*f->value)
          return FALSE;
        if (row->kind == BT_KIND_VERBATIM)
          value = g_strdup (f->value);
        else
          {
            value = bt_decode (f->value, -1, 0, &loss);
            /* The writer shortens "New edition" to "New" (BibTeX styles add
             * "edition"); a source that spelled it out keeps its spelling. */
            if (field == CK_FIELD_EDITION && (g_str_has_suffix (value, " edition") || g_str_has_suffix (value, " Edition")
                                              || g_str_has_suffix (value, " ed.") || g_str_has_suffix (value, " Ed.")))
              loss = CK_LATEX_LOSS_FORMAT;
            if (loss)
              keep_latex (m, f->name, f->value);
          }
        if (!*value)
          {
            g_free (value);
            return FALSE;
          }
        ck_record_take (m->rec, field, value);
        m->filled[field] = TRUE;
        return TRUE;
      }
    case BT_KIND_NAMES:
      {
        GPtrArray *names = m->r->names;   /* empty; its names go to the record */
        gboolean others = FALSE;

        if (m->roles[row->target])
          return FALSE;
        bt_names_parse (f->value, (CkRole) row->target, names, &others);
        if (names->len == 0)
          return FALSE;
        for (guint i = 0; i < names->len; i++)
          ck_record_take_name (m->rec, g_ptr_array_index (names, i));
        g_ptr_array_set_size (names, 0);
        if (others)
          add_word (&m->others, f->name);
        m->roles[row->target] = TRUE;
        return TRUE;
      }
    case BT_KIND_DATE:
      {
        g_autoptr(CkDate) date = NULL;
        g_autofree char *iso = NULL;

        if (m->dates[row->target] || !*f->value)
          return FALSE;
        if (row->target == CK_DATE_ISSUED && (m->year || m->month || m->day))
          return FALSE;   /* year/month already claimed the issued date */
        date = ck_date_parse (f->value);
        if (!date)
          {
            date = ck_date_new ();
            date->literal = bt_decode (f->value, -1, 0, NULL);
          }
        iso = ck_date_to_iso (date);
        if (g_strcmp0 (iso, f->value) != 0)
          keep_latex (m, f->name, f->value);   /* "2001-5-3" keeps its spelling */
        ck_record_take_date (m->rec, (CkDateKind) row->target, g_steal_pointer (&date));
        m->dates[row->target] = TRUE;
        return TRUE;
      }
    case BT_KIND_YEAR:
    case BT_KIND_MONTH:
    case BT_KIND_DAY:
      {
        BtField **slot = row->kind == BT_KIND_YEAR ? &m->year : row->kind == BT_KIND_MONTH ? &m->month : &m->day;
        if (m->dates[CK_DATE_ISSUED] || *slot)
          return FALSE;
        *slot = f;
        return TRUE;
      }
    }
  return FALSE;
}

static gboolean
all_digits (const char *s)
{
  if (!*s)
    return FALSE;
  for (; *s; s++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

/* year/month/day → CK_DATE_ISSUED.  What does not fit a CkDate part stays
 * an extra under its own name. */
static void
build_issued (Mapper *m)
{
  g_autoptr(CkDate) date = NULL;

  if (!m->year && !m->month && !m->day)
    return;
  date = ck_date_new ();
  if (m->year)
    {
      if (all_digits (m->year->value) && strlen (m->year->value) <= 4)
        date->year = atoi (m->year->value);
      else
        {
          guint loss = 0;
          date->literal = bt_decode (m->year->value, -1, 0, &loss);
          if (loss)
            keep_latex (m, "year", m->year->value);
        }
    }
  if (m->month)
    {
      const char *v = m->month->value;
      int month = all_digits (v) ? atoi (v) : ck_month_from_name (v, strlen (v));

      if (month >= 1 && month <= 12 && !date->literal)
        date->month = month;
      if (!date->month)
        {
          g_autofree char *text = bt_decode (v, -1, 0, NULL);
          g_autofree char *both = date->year ? g_strdup_printf ("%s %d", text, date->year) : NULL;
          g_autoptr(CkDate) p = both && !date->literal ? ck_date_parse (both) : NULL;
          if (p && (p->month || p->season) && p->year == date->year)
            {
              p->circa = date->circa;
              ck_date_free (g_steal_pointer (&date));
              date = g_steal_pointer (&p);
              keep_latex (m, "month", v);
            }
          else
            set_extra_field (m, m->month);
        }
    }
  if (m->day)
    {
      if (all_digits (m->day->value) && atoi (m->day->value) >= 1 && atoi (m->day->value) <= 31 && date->month)
        date->day = atoi (m->day->value);
      else
        set_extra_field (m, m->day);
    }
  if (!ck_date_is_empty (date))
    ck_record_take_date (m->rec, CK_DATE_ISSUED, g_steal_pointer (&date));
}

/* The writer appends "Originally published as …" and "binding, price" to
 * note for Zotero; reading it back, drop what the fields already say. */
static void
strip_generated_note (CkRecord *rec)
{
  const char *note = ck_record_get (rec, CK_FIELD_NOTE);
  g_autofree char *suffix = NULL;
  gsize nl, sl;

  if (!note || !(suffix = bt_note_suffix (rec)))
    return;
  nl = strlen (note);
  sl = strlen (suffix);
  if (nl == sl && strcmp (note, suffix) == 0)
    ck_record_set (rec, CK_FIELD_NOTE, NULL);
  else if (nl > sl + 2 && strcmp (note + nl - sl, suffix) == 0 && strncmp (note + nl - sl - 2, ". ", 2) == 0)
    ck_record_take (rec, CK_FIELD_NOTE, g_strndup (note, nl - sl - 2));
}

static CkRecord *
map_entry (Reader *r, BtEntry *e, Resolved *res)
{
  Mapper m = { 0 };
  CkType type = CK_TYPE_DOCUMENT;
  gboolean known = bt_type_lookup (e->type, &type);
  /* Per field: its table row (looked up once for both passes) and
   * whether pass 1 applied it; on the stack for all but huge entries. */
  const BtFieldMap *rows_stack[64];
  gboolean done_stack[64] = { 0 };
  g_autofree const BtFieldMap **rows_heap = NULL;
  g_autofree gboolean *done_heap = NULL;
  const BtFieldMap **rows = rows_stack;
  gboolean *done = done_stack;
  int tid = bt_map_type_id (e->type);

  m.r = r;
  m.entry = e;
  m.type = e->type;
  m.rec = ck_record_new (type);

  if (!known)
    reader_diag (r, CK_DIAG_NOTE, e->offset,
                 "unknown entry type @%s read as a document", e->type);
  if (!known || strcmp (bt_type_name (type, r->dialect), e->type) != 0)
    ck_record_set_extra (m.rec, BT_EXTRA_TYPE, e->type);
  if (e->key && *e->key)
    ck_record_set_key (m.rec, e->key);

  if (res->fields->len > G_N_ELEMENTS (rows_stack))
    {
      rows = rows_heap = g_new (const BtFieldMap *, res->fields->len);
      done = done_heap = g_new0 (gboolean, res->fields->len);
    }
  /* Pass 1: the fields this dialect's writer would choose take their slots
   * first, so "address" beats "location" in BibTeX whatever the order. */
  for (guint i = 0; i < res->fields->len; i++)
    {
      BtField *f = g_ptr_array_index (res->fields, i);
      const BtFieldMap *row = rows[i] = bt_map_lookup_id (tid, f->name);
      if (row && bt_map_choice_id (tid, row, r->dialect) == row)
        done[i] = apply_field (&m, row, f);
    }
  /* Pass 2: the rest fill free slots (noting the name) or become extras. */
  for (guint i = 0; i < res->fields->len; i++)
    {
      BtField *f = g_ptr_array_index (res->fields, i);
      const BtFieldMap *row;
      if (done[i])
        continue;
      row = rows[i];
      if (row && bt_map_choice_id (tid, row, r->dialect) != row
          && apply_field (&m, row, f))
        add_word (&m.aliases, f->name);
      else
        set_extra_field (&m, f);
    }
  build_issued (&m);
  strip_generated_note (m.rec);

  if (m.aliases && m.aliases->len)
    ck_record_set_extra (m.rec, BT_EXTRA_ALIASES, g_strstrip (m.aliases->str));
  if (m.others && m.others->len)
    ck_record_set_extra (m.rec, BT_EXTRA_OTHERS, g_strstrip (m.others->str));
  if (m.aliases)
    g_string_free (m.aliases, TRUE);
  if (m.others)
    g_string_free (m.others, TRUE);
  if (res->inherited && res->inherited->len > 1)
    ck_record_set_extra (m.rec, BT_EXTRA_INHERITED, g_strstrip (res->inherited->str));
  return m.rec;
}

static gboolean
emit (Reader *r, BtEntry *e, GError **error)
{
  Resolved res = { 0 };
  g_autoptr(CkRecord) rec = NULL;

  if (strcmp (e->type, "xdata") == 0)
    return TRUE;   /* data containers, not works */
  resolve (r, e, 0, &res);
  rec = map_entry (r, e, &res);
  resolved_clear (&res);
  return r->func (rec, r->user_data, error);
}

static gboolean
on_entry (Reader *r, BtEntry *entry, GError **error)
{
  if (strcmp (entry->type, "preamble") == 0)
    {
      if (!r->noted_preamble && !r->by_key)
        reader_diag (r, CK_DIAG_NOTE, entry->offset,
                     "@preamble ignored: records have no place for it");
      r->noted_preamble = TRUE;
      bt_lexer_recycle (r->lexer, entry);
      return TRUE;
    }
  if (r->by_key && entry->key && *entry->key)
    {
      /* A target passed by the cursor is kept for the children after it. */
      g_autofree char *lower = g_ascii_strdown (entry->key, -1);
      Target *t = g_hash_table_lookup (r->by_key, lower);
      if (t && t->offset == entry->offset)
        {
          /* Emit the held copy itself (read ahead for an earlier child,
           * or this one kept): cycles are found by identity. */
          if (!t->entry)
            t->entry = entry;
          else
            bt_lexer_recycle (r->lexer, entry);
          return emit (r, t->entry, error);
        }
    }
  {
    gboolean ok = emit (r, entry, error);
    bt_lexer_recycle (r->lexer, entry);
    return ok;
  }
}

/* Eight bytes at a time: the high bit of each byte of @w equal to @c
 * (exact per byte; @c and the bytes are compared as they are). */
#define SWAR_ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define SWAR_HIGHS G_GUINT64_CONSTANT (0x8080808080808080)
static inline guint64
swar_eq (guint64 w, guchar c)
{
  guint64 x = w ^ (SWAR_ONES * c);
  guint64 t = ((x & ~SWAR_HIGHS) + ~SWAR_HIGHS) | x;
  return ~(t | ~SWAR_HIGHS);
}

/* Does @needle (lower-case letters, at least 2) occur at @i in any case? */
static inline gboolean
mention_at (const char *data, gsize len, gsize i, const char *needle, gsize nl)
{
  return i + nl <= len && g_ascii_strncasecmp (data + i, needle, nl) == 0;
}

/* TRUE when "crossref" or "xdata" occurs anywhere in @data, in any case
 * (a plain text search, as before; only files that do need the first
 * pass).  Most files mention neither, so the whole buffer is searched:
 * eight bytes at a time for the first two letters of either word
 * ("cr", "xd"), folded to lower case with | 0x20 — exact for letters,
 * and no other byte folds onto one — and only there letter by letter. */
static gboolean
mentions_inheritance (const char *data, gsize len)
{
  const guint64 fold = SWAR_ONES * 0x20;
  gsize i = 0;

  for (; i + 9 <= len; i += 8)
    {
      guint64 w, w1, hits;
      memcpy (&w, data + i, 8);
      memcpy (&w1, data + i + 1, 8);
      w |= fold;
      w1 |= fold;
      hits = (swar_eq (w, 'c') & swar_eq (w1, 'r')) | (swar_eq (w, 'x') & swar_eq (w1, 'd'));
      if (!hits)
        continue;
      for (gsize k = i; k < i + 8; k++)
        if (mention_at (data, len, k, "crossref", 8) || mention_at (data, len, k, "xdata", 5))
          return TRUE;
    }
  for (; i < len; i++)
    if (mention_at (data, len, i, "crossref", 8) || mention_at (data, len, i, "xdata", 5))
      return TRUE;
  return FALSE;
}

/* An entry's key as the first pass saw it: in a pool of keys, so that
 * the pass allocates nothing per entry. */
typedef struct {
  gsize key;        /* offset of the key (NUL-terminated) in the pool */
  gsize key_len;
  gsize offset;
  guint macro_gen;
} Seen;

/* The first pass over a file that uses crossref or xdata: every message the
 * scanner has goes out now (as when every entry was held), and the first
 * readable entry of each key that a crossref/xdata value names is noted
 * by its offset.  Entries are given back to the lexer at once; their keys
 * are kept in file order and matched against the wanted ones at the end
 * (few keys are wanted, and most files have many entries). */
static gboolean
index_targets (Reader *r, BtLexer *lexer, GError **error)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) seen = g_array_sized_new (FALSE, FALSE, sizeof (Seen), 1024);
  g_autoptr(GString) pool = g_string_sized_new (16 * 1024);
  g_autoptr(GString) lower = g_string_new (NULL);
  guint64 wanted_lens = 0;   /* bit n: a wanted key has n bytes (n < 63), bit 63: longer */

  bt_lexer_set_skim (lexer, TRUE);
  for (;;)
    {
      BtEntry *e = NULL;
      BtField *f;

      if (!bt_lexer_next (lexer, &e, error))
        return FALSE;
      if (!e)
        break;
      if (strcmp (e->type, "preamble") == 0)
        {
          /* Noted here, among the scanner's messages, where it was. */
          if (!r->noted_preamble)
            {
              r->lexer = lexer;
              reader_diag (r, CK_DIAG_NOTE, e->offset, "@preamble ignored: records have no place for it");
              r->lexer = NULL;
            }
          r->noted_preamble = TRUE;
          bt_lexer_recycle (lexer, e);
          continue;
        }
      if (e->key && *e->key)
        {
          Seen k = { pool->len, strlen (e->key), e->offset, e->macro_gen };
          g_string_append_len (pool, e->key, (gssize) k.key_len + 1);   /* with its NUL */
          g_array_append_val (seen, k);
        }
      if ((f = bt_entry_find (e, "xdata")) != NULL)
        {
          g_auto(GStrv) keys = g_strsplit (f->value, ",", -1);
          for (guint i = 0; keys[i]; i++)
            {
              g_strstrip (keys[i]);
              if (*keys[i])
                g_hash_table_add (wanted, g_ascii_strdown (keys[i], -1));
            }
        }
      if ((f = bt_entry_find (e, "crossref")) != NULL)
        {
          g_autofree char *key = g_strstrip (g_strdup (f->value));
          if (*key)
            g_hash_table_add (wanted, g_ascii_strdown (key, -1));
        }
      bt_lexer_recycle (lexer, e);
    }
  bt_lexer_set_skim (lexer, FALSE);
  r->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) target_free);
  {
    GHashTableIter it;
    gpointer k;
    g_hash_table_iter_init (&it, wanted);
    while (g_hash_table_iter_next (&it, &k, NULL))
      wanted_lens |= G_GUINT64_CONSTANT (1) << MIN (strlen (k), 63);
  }
  /* In file order, so the first entry of each wanted key is the one kept. */
  for (guint i = 0; i < seen->len; i++)
    {
      const Seen *k = &g_array_index (seen, Seen, i);
      Target *t;

      if (!(wanted_lens & (G_GUINT64_CONSTANT (1) << MIN (k->key_len, 63))))
        continue;
      g_string_truncate (lower, 0);
      g_string_append_len (lower, pool->str + k->key, (gssize) k->key_len);
      for (gsize c = 0; c < lower->len; c++)
        lower->str[c] = g_ascii_tolower (lower->str[c]);
      if (!g_hash_table_contains (wanted, lower->str) || g_hash_table_contains (r->by_key, lower->str))
        continue;
      t = g_new0 (Target, 1);
      t->offset = k->offset;
      t->macro_gen = k->macro_gen;
      g_hash_table_insert (r->by_key, g_strdup (lower->str), t);
    }
  return TRUE;
}

gboolean
bt_read (const char *data, gsize len, const char *source, const CkReadOptions *options,
         guint dialect, CkRecordFunc func, gpointer user_data, GError **error)
{
  Reader r = { 0 };
  g_autoptr(BtLexer) lexer = NULL;
  gboolean ok = TRUE;

  r.options = options;
  r.source = source;
  r.dialect = dialect;
  r.func = func;
  r.user_data = user_data;
  /* Only a file that mentions crossref or xdata needs a first pass to find
   * the entries they point at (and gives every scanner message before any
   * record, as it did when it held all entries); any other streams record
   * by record in one pass.  Either way only the targets are held. */
  lexer = bt_lexer_new (data, len, source, options, error);
  if (!lexer)
    return FALSE;
  if (mentions_inheritance (data, len))
    {
      if (!index_targets (&r, lexer, error))
        return FALSE;
      r.busy = g_hash_table_new (g_direct_hash, g_direct_equal);
      /* The first pass said everything the scanner has to say. */
      bt_lexer_rewind (lexer);
      bt_lexer_set_diag (lexer, NULL);
    }
  r.lexer = lexer;
  r.names = g_ptr_array_sized_new (16);

  while (ok)
    {
      BtEntry *entry = NULL;
      if (!(ok = bt_lexer_next (lexer, &entry, error)) || !entry)
        break;
      ok = on_entry (&r, entry, error);
    }

  g_clear_pointer (&r.by_key, g_hash_table_unref);
  g_clear_pointer (&r.busy, g_hash_table_unref);
  g_ptr_array_unref (r.names);
  return ok;
}
