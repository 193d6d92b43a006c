/* bibtex-write.c — CkRecords → BibTeX or biblatex text.
 *
 * Record → ordered field list through the table in bibtex-map.c → text.
 * One entry per record:
 *
 *   @book{moreau1931atlas,
 *     author = {Moreau, Élise},
 *     translator = {Lindqvist, Per},
 *     title = {An Atlas of Imaginary Harbours},
 *     …
 *     note = {Paperback, \$19.95},
 *   }
 *
 * Rules:
 *   - keys: the record's own key, else ck_record_make_key(), made unique
 *     per document with a CkKeySet;
 *   - text is LaTeX-escaped (ck_latex_encode): "$19.95" cannot open math
 *     mode; CK_WRITE_ASCII spells non-ASCII letters as {\'e};
 *     a value the reader kept as LaTeX (extra "latex:NAME") is written back
 *     as it was while it still decodes to the field's value, so case
 *     protection and math survive a round trip;
 *   - names as "von Last, Jr, First", literals in braces;
 *   - dates: BibTeX year + month macro, biblatex date (ISO 8601);
 *   - fields BibTeX lacks go where biblatex and Zotero look: translator,
 *     origtitle (and "Originally published as …" in note, which Zotero
 *     keeps), pagetotal, binding and price (own fields and note);
 *   - extras "bibtex:NAME" come back as fields NAME; every other kind of
 *     loss is reported through options->diag (an error with CK_WRITE_STRICT
 *     when the value is dropped).
 */
#include "bibtex-private.h"
#include "util/latex.h"

#include <string.h>

typedef struct {
  guint     dialect;
  CkKeySet *keys;
} WriterState;

typedef struct {
  WriterState          *st;
  const CkWriteOptions *options;
  CkRecord             *rec;
  const char           *type;       /* entry type being written */
  const char           *aliases;    /* BT_EXTRA_ALIASES or NULL */
  const char           *inherited;  /* BT_EXTRA_INHERITED or NULL */
  GString              *body;
  GHashTable           *emitted;    /* field names written */
  guint                 latex_flags;
  GError               *error;      /* first strict-mode failure */
} Emitter;

static const char *
dialect_name (const Emitter *em)
{
  return em->st->dialect == BT_BIBLATEX ? "biblatex" : "BibTeX";
}

static gboolean
word_listed (const char *list, const char *word)
{
  gsize len = strlen (word);
  if (!list)
    return FALSE;
  for (const char *p = strstr (list, word); p; p = strstr (p + 1, word))
    if ((p == list || p[-1] == ' ') && (p[len] == ' ' || p[len] == '\0'))
      return TRUE;
  return FALSE;
}

/* Records a loss; @fate NULL means the value was dropped. */
static void
report (Emitter *em, const char *field, const char *fate)
{
  if (em->options->diag)
    ck_diag_add_loss (em->options->diag, field, dialect_name (em), fate);
  if (!fate && (em->options->flags & CK_WRITE_STRICT) && !em->error)
    em->error = g_error_new (CK_ERROR, CK_ERROR_LOSS, "field '%s' has no place in %s",
                             field, dialect_name (em));
}

/* Non-ASCII characters of raw LaTeX spelled as LaTeX (CK_WRITE_ASCII). */
static char *
asciify_raw (Emitter *em, const char *raw, const char *field)
{
  GString *out = g_string_new (NULL);
  gboolean unrep = FALSE;

  for (const char *p = raw; *p; )
    {
      const char *next = g_utf8_next_char (p);
      if ((guchar) *p < 0x80)
        g_string_append_c (out, *p);
      else
        {
          g_autofree char *one = g_strndup (p, next - p);
          ck_latex_encode_append (out, one, CK_LATEX_ASCII, &unrep);
        }
      p = next;
    }
  if (unrep)
    report (em, field, "kept as UTF-8 (no ASCII spelling)");
  return g_string_free (out, FALSE);
}

static gboolean
braces_balanced (const char *s)
{
  int depth = 0;
  for (; *s; s++)
    {
      if (*s == '{')
        depth++;
      else if (*s == '}' && --depth < 0)
        return FALSE;
    }
  return depth == 0;
}

/* Appends "  name = {value},\n" unless the field was inherited or taken. */
static void
emit_raw (Emitter *em, const char *name, const char *latex, gboolean bare)
{
  g_autofree char *ascii = NULL;

  if (word_listed (em->inherited, name) && ck_record_get_extra (em->rec, BT_EXTRA_PREFIX "crossref"))
    return;   /* comes from the parent again when read */
  if (g_hash_table_contains (em->emitted, name))
    {
      report (em, name, NULL);
      return;
    }
  g_hash_table_add (em->emitted, g_strdup (name));
  if (em->latex_flags & CK_LATEX_ASCII)
    latex = ascii = asciify_raw (em, latex, name);
  if (bare)
    g_string_append_printf (em->body, "  %s = %s,\n", name, latex);
  else
    g_string_append_printf (em->body, "  %s = {%s},\n", name, latex);
}

/* LaTeX for plain @text of field @name: the reader's original spelling when
 * it still means @text, else the escaped text. */
static char *
latex_for (Emitter *em, const char *name, const char *text)
{
  g_autofree char *key = g_strconcat (BT_EXTRA_LATEX, name, NULL);
  const char *raw = ck_record_get_extra (em->rec, key);
  gboolean unrep = FALSE;
  char *out;

  if (raw && braces_balanced (raw))
    {
      g_autofree char *decoded = ck_latex_decode (raw, -1, 0, NULL);
      if (g_strcmp0 (decoded, text) == 0)
        return g_strdup (raw);
    }
  out = ck_latex_encode (text, em->latex_flags, &unrep);
  if (unrep)
    report (em, name, "kept as UTF-8 (no ASCII spelling)");
  return out;
}

static void
emit_text (Emitter *em, const char *name, const char *text)
{
  g_autofree char *latex = latex_for (em, name, text);
  emit_raw (em, name, latex, FALSE);
}

char *
bt_note_suffix (const CkRecord *rec)
{
  const char *orig = ck_record_get (rec, CK_FIELD_ORIGINAL_TITLE);
  const char *binding = ck_record_get (rec, CK_FIELD_BINDING);
  const char *price = ck_record_get (rec, CK_FIELD_PRICE);
  GString *s = g_string_new (NULL);

  if (orig)
    g_string_append_printf (s, "Originally published as %s", orig);
  if (binding || price)
    {
      if (s->len)
        g_string_append (s, ". ");
      if (binding)
        g_string_append (s, binding);
      if (binding && price)
        g_string_append (s, ", ");
      if (price)
        g_string_append (s, price);
    }
  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

/* ---- names --------------------------------------------------------------- */

static void
write_names (Emitter *em)
{
  const char *others = ck_record_get_extra (em->rec, BT_EXTRA_OTHERS);

  for (int role = 0; role < CK_ROLE_N_ROLES; role++)
    {
      g_autoptr(GPtrArray) names = ck_record_get_names_by_role (em->rec, (CkRole) role);
      g_autoptr(GString) value = NULL;
      const BtFieldMap *row;
      gboolean unrep = FALSE;

      if (!names || names->len == 0)
        continue;
      row = bt_map_for_target (em->type, BT_KIND_NAMES, role, em->st->dialect, em->aliases);
      if (!row)
        {
          report (em, ck_role_to_csl ((CkRole) role), NULL);
          continue;
        }
      value = g_string_new (NULL);
      for (guint i = 0; i < names->len; i++)
        {
          if (i)
            g_string_append (value, " and ");
          bt_name_append (value, g_ptr_array_index (names, i), em->latex_flags, &unrep);
        }
      if (word_listed (others, row->name))
        g_string_append (value, " and others");
      if (unrep)
        report (em, row->name, "kept as UTF-8 (no ASCII spelling)");
      if (row->nonstd)
        {
          g_autofree char *fate = g_strdup_printf ("written as non-standard field '%s'", row->name);
          report (em, ck_role_to_csl ((CkRole) role), fate);
        }
      emit_raw (em, row->name, value->str, FALSE);
    }
}

/* ---- dates --------------------------------------------------------------- */

static const char * const month_macro[13] = {
  NULL, "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

static const char *
season_name (CkSeason s)
{
  switch (s)
    {
    case CK_SEASON_SPRING: return "Spring";
    case CK_SEASON_SUMMER: return "Summer";
    case CK_SEASON_AUTUMN: return "Autumn";
    case CK_SEASON_WINTER: return "Winter";
    default: return NULL;
    }
}

/* The reader's spelling of a date field when it still parses to @date. */
static const char *
raw_date (Emitter *em, const char *name, const CkDate *date)
{
  g_autofree char *key = g_strconcat (BT_EXTRA_LATEX, name, NULL);
  const char *raw = ck_record_get_extra (em->rec, key);
  g_autoptr(CkDate) parsed = NULL;

  if (!raw || !braces_balanced (raw))
    return NULL;
  parsed = ck_date_parse (raw);
  if (!parsed)
    {
      g_autofree char *decoded = ck_latex_decode (raw, -1, 0, NULL);
      return date->literal && strcmp (decoded, date->literal) == 0 ? raw : NULL;
    }
  return ck_date_equal (parsed, date) ? raw : NULL;
}

static void
emit_iso_date (Emitter *em, const char *name, const CkDate *date)
{
  const char *raw = raw_date (em, name, date);
  g_autofree char *iso = NULL;

  if (raw)
    {
      emit_raw (em, name, raw, FALSE);
      return;
    }
  if (date->literal)
    {
      emit_text (em, name, date->literal);
      return;
    }
  iso = ck_date_to_iso (date);
  if (iso && *iso)
    emit_raw (em, name, iso, FALSE);
}

static void
write_issued (Emitter *em, const CkDate *date)
{
  gboolean use_date = word_listed (em->aliases, "date")
                      || (em->st->dialect == BT_BIBLATEX && !word_listed (em->aliases, "year"));
  g_autofree char *month_key = g_strconcat (BT_EXTRA_LATEX, "month", NULL);
  const char *raw_month = ck_record_get_extra (em->rec, month_key);

  if (use_date)
    {
      emit_iso_date (em, "date", date);
      return;
    }
  if (date->literal)
    emit_text (em, "year", date->literal);
  else if (date->year && date->end_year && date->end_year != date->year)
    {
      g_autofree char *y = g_strdup_printf ("%d--%d", date->year, date->end_year);
      emit_raw (em, "year", y, FALSE);
    }
  else if (date->year)
    {
      g_autofree char *y = g_strdup_printf ("%d", date->year);
      emit_raw (em, "year", y, FALSE);
    }

  /* The source's own month spelling ("August~13", "May--June") while it
   * still means this date; else a macro, a range of macros or a season. */
  if (raw_month && braces_balanced (raw_month) && date->year)
    {
      g_autofree char *decoded = ck_latex_decode (raw_month, -1, CK_LATEX_DECODE_TIE_AS_SPACE, NULL);
      g_autofree char *text = g_strdup_printf ("%s %d", decoded, date->year);
      g_autoptr(CkDate) parsed = ck_date_parse (text);
      if (parsed && ck_date_equal (parsed, date))
        {
          emit_raw (em, "month", raw_month, FALSE);
          return;
        }
    }
  if (date->month >= 1 && date->month <= 12)
    {
      if (date->end_month >= 1 && date->end_month <= 12 && date->end_month != date->month)
        {
          /* Spelled out, as a reader of this text would keep it. */
          g_autofree char *m = g_strdup_printf ("%s--%s", ck_month_name (date->month),
                                                ck_month_name (date->end_month));
          emit_raw (em, "month", m, FALSE);
        }
      else
        emit_raw (em, "month", month_macro[date->month], TRUE);
    }
  else if (season_name (date->season))
    emit_raw (em, "month", season_name (date->season), FALSE);

  if (date->day >= 1 && date->day <= 31)
    {
      g_autofree char *d = g_strdup_printf ("%d", date->day);
      emit_raw (em, "day", d, FALSE);
      if (em->st->dialect == BT_BIBTEX)
        report (em, "issued", "day written as non-standard field 'day'");
    }
}

static void
write_dates (Emitter *em)
{
  for (int kind = 0; kind < CK_DATE_N_KINDS; kind++)
    {
      const CkDate *date = ck_record_get_date (em->rec, (CkDateKind) kind);
      const BtFieldMap *row;

      if (!date || ck_date_is_empty (date))
        continue;
      if (kind == CK_DATE_ISSUED)
        {
          write_issued (em, date);
          continue;
        }
      row = bt_map_for_target (em->type, BT_KIND_DATE, kind, em->st->dialect, em->aliases);
      if (!row)
        {
          report (em, ck_date_kind_to_csl ((CkDateKind) kind), NULL);
          continue;
        }
      emit_iso_date (em, row->name, date);
    }
}

/* ---- text fields ---------------------------------------------------------- */

static void
write_title (Emitter *em, const char *title)
{
  const char *sub = ck_record_get (em->rec, CK_FIELD_SUBTITLE);
  g_autofree char *t = NULL, *s = NULL, *joined = NULL;
  gsize tl;

  /* BibTeX styles know no subtitle: join it to the title as "Title:
   * Subtitle", unless the source had its own subtitle field. */
  if (!sub || em->st->dialect != BT_BIBTEX || word_listed (em->aliases, "subtitle"))
    {
      emit_text (em, "title", title);
      return;
    }
  t = latex_for (em, "title", title);
  s = latex_for (em, "subtitle", sub);
  tl = strlen (title);
  joined = g_strdup_printf ("%s%s%s", t, tl && strchr ("?!:.", title[tl - 1]) ? " " : ": ", s);
  emit_raw (em, "title", joined, FALSE);
}

/* BibTeX styles print "<edition> edition": "New edition" is written "New"
 * (what Zotero imports too), unless the source spelled it out itself. */
static void
write_edition (Emitter *em, const char *name, const char *value)
{
  static const char * const tails[] = { " edition", " ed." };
  g_autofree char *key = g_strconcat (BT_EXTRA_LATEX, name, NULL);
  const char *raw = ck_record_get_extra (em->rec, key);
  gsize len = strlen (value);

  if (raw)
    {
      g_autofree char *decoded = ck_latex_decode (raw, -1, 0, NULL);
      if (strcmp (decoded, value) == 0)
        {
          emit_raw (em, name, raw, FALSE);
          return;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      gsize tl = strlen (tails[i]);
      if (len > tl && g_ascii_strcasecmp (value + len - tl, tails[i]) == 0)
        {
          g_autofree char *head = g_strndup (value, len - tl);
          emit_text (em, name, head);
          return;
        }
    }
  emit_text (em, name, value);
}

static void
write_fields (Emitter *em)
{
  gboolean written[CK_FIELD_N_FIELDS] = { FALSE };
  g_autofree char *suffix = bt_note_suffix (em->rec);

  /* Fields come out in the order of the general rows (title before
   * journal before number); per-type rows only say which name to use.  A
   * second pass catches targets that only per-type rows have. */
  for (gsize k = 0; k < 2 * bt_field_map_len; k++)
    {
      const BtFieldMap *row = &bt_field_map[k % bt_field_map_len];
      CkField field = (CkField) row->target;
      const char *value;

      if (row->kind != BT_KIND_TEXT && row->kind != BT_KIND_VERBATIM)
        continue;
      if ((k < bt_field_map_len && row->types) || written[field])
        continue;
      if (!(row = bt_map_for_target (em->type, row->kind, row->target, em->st->dialect, em->aliases)))
        continue;
      value = ck_record_get (em->rec, field);
      written[field] = TRUE;
      if (field == CK_FIELD_NOTE)
        {
          if (value && suffix)
            {
              g_autofree char *base = latex_for (em, "note", value);
              g_autofree char *tail = latex_for (em, "", suffix);
              g_autofree char *both = g_strdup_printf ("%s. %s", base, tail);
              emit_raw (em, "note", both, FALSE);
            }
          else if (value || suffix)
            emit_text (em, "note", value ? value : suffix);
          continue;
        }
      if (!value)
        continue;
      if (field == CK_FIELD_TITLE)
        write_title (em, value);
      else if (field == CK_FIELD_EDITION)
        write_edition (em, row->name, value);
      else if (row->kind == BT_KIND_VERBATIM)
        {
          if (braces_balanced (value))
            emit_raw (em, row->name, value, FALSE);
          else
            emit_text (em, row->name, value);
        }
      else
        emit_text (em, row->name, value);

      if (row->nonstd)
        {
          g_autofree char *fate = g_strdup_printf ("written as non-standard field '%s'%s", row->name,
                                                   field == CK_FIELD_BINDING || field == CK_FIELD_PRICE
                                                   ? " and to note" : "");
          report (em, ck_field_to_csl (field), fate);
        }
      else if (field == CK_FIELD_ORIGINAL_TITLE && em->st->dialect == BT_BIBTEX)
        report (em, ck_field_to_csl (field), "written to origtitle and to note");
    }
  for (int f = 0; f < CK_FIELD_N_FIELDS; f++)
    {
      if (written[f] || !ck_record_has (em->rec, (CkField) f))
        continue;
      if (f == CK_FIELD_SUBTITLE && em->st->dialect == BT_BIBTEX)
        {
          if (ck_record_has (em->rec, CK_FIELD_TITLE))
            continue;   /* joined to the title */
          emit_text (em, "subtitle", ck_record_get (em->rec, CK_FIELD_SUBTITLE));
          continue;
        }
      report (em, ck_field_to_csl ((CkField) f), NULL);
    }
}

static gboolean
is_field_name (const char *s)
{
  if (!*s || g_ascii_isdigit (*s))
    return FALSE;
  for (; *s; s++)
    if ((guchar) *s <= 0x20 || strchr ("\"#%'(),={}\\", *s))
      return FALSE;
  return TRUE;
}

static void
write_extras (Emitter *em)
{
  for (guint i = 0; i < ck_record_get_n_extras (em->rec); i++)
    {
      const char *key = ck_record_get_extra_key (em->rec, i);
      const char *value = ck_record_get_extra_value (em->rec, i);
      const char *name;

      if (g_str_has_prefix (key, BT_EXTRA_LATEX) || g_str_has_prefix (key, "bibtex:@"))
        continue;
      if (!g_str_has_prefix (key, BT_EXTRA_PREFIX))
        {
          report (em, key, NULL);
          continue;
        }
      name = key + strlen (BT_EXTRA_PREFIX);
      if (!is_field_name (name))
        {
          report (em, key, NULL);
          continue;
        }
      if (!value)
        value = "";
      if (braces_balanced (value))
        emit_raw (em, name, value, FALSE);
      else
        emit_text (em, name, value);
    }
}

/* ---- entry ------------------------------------------------------------------ */

static const char *
entry_type (Emitter *em, CkType type)
{
  const char *kept = ck_record_get_extra (em->rec, BT_EXTRA_TYPE);
  const char *name = bt_type_name (type, em->st->dialect);
  CkType kept_type;

  if (kept && is_field_name (kept))
    {
      if (bt_type_lookup (kept, &kept_type) ? kept_type == type : type == CK_TYPE_DOCUMENT)
        return kept;
    }
  if (strcmp (name, "misc") == 0 && type != CK_TYPE_DOCUMENT)
    {
      g_autofree char *what = g_strdup_printf ("type %s", ck_type_to_csl (type));
      report (em, what, "written as @misc");
    }
  return name;
}

static char *
make_key (Emitter *em)
{
  const char *key = ck_record_get_key (em->rec);
  GString *k;

  if (!key || !*key)
    return ck_record_make_key (em->rec);
  k = g_string_new (NULL);
  for (const char *p = key; *p; p++)
    g_string_append_c (k, ((guchar) *p <= 0x20 || strchr (",{}()\"#%=\\~", *p)) ? '_' : *p);
  return g_string_free (k, FALSE);
}

/* Fills flat fields a record only has as relations (model-notes: writers
 * use flat fields first). */
static CkRecord *
flatten_relations (CkRecord *rec)
{
  static const struct { CkRelationKind kind; CkField field; } map[] = {
    { CK_RELATION_CONTAINER, CK_FIELD_CONTAINER_TITLE },
    { CK_RELATION_ORIGINAL,  CK_FIELD_ORIGINAL_TITLE },
    { CK_RELATION_REVIEWS,   CK_FIELD_REVIEWED_TITLE },
    { CK_RELATION_SERIES,    CK_FIELD_COLLECTION_TITLE },
  };
  CkRecord *copy = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    {
      CkRecord *target = ck_record_find_relation (rec, map[i].kind);
      g_autofree char *title = NULL;
      if (!target || ck_record_has (rec, map[i].field))
        continue;
      if (!(title = ck_record_dup_full_title (target)))
        continue;
      if (!copy)
        copy = ck_record_copy (rec);
      ck_record_take (copy, map[i].field, g_steal_pointer (&title));
    }
  return copy ? copy : ck_record_ref (rec);
}

static gboolean
write_record (gpointer state, const CkWriteOptions *options, GString *out, CkRecord *record,
              GError **error)
{
  WriterState *st = state;
  g_autoptr(CkRecord) rec = flatten_relations (record);
  g_autoptr(GHashTable) emitted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *wanted = NULL;
  const char *key;
  Emitter em = { 0 };

  em.st = st;
  em.options = options;
  em.rec = rec;
  em.body = body;
  em.emitted = emitted;
  em.aliases = ck_record_get_extra (rec, BT_EXTRA_ALIASES);
  em.inherited = ck_record_get_extra (rec, BT_EXTRA_INHERITED);
  em.latex_flags = (options->flags & CK_WRITE_ASCII) ? CK_LATEX_ASCII : 0;
  em.type = entry_type (&em, ck_record_get_type (rec));

  wanted = make_key (&em);
  key = ck_key_set_unique (st->keys, wanted);
  if (ck_record_get_key (rec) && strcmp (key, ck_record_get_key (rec)) != 0 && options->diag)
    ck_diag_add (options->diag, CK_DIAG_NOTE, NULL, 0, 0,
                 "citation key '%s' written as '%s' to keep keys unique", ck_record_get_key (rec), key);

  write_names (&em);
  write_fields (&em);
  write_dates (&em);
  write_extras (&em);

  if (em.error)
    {
      g_propagate_error (error, em.error);
      return FALSE;
    }
  g_string_append_printf (out, "@%s{%s,\n%s}\n\n", em.type, key, body->str);
  return TRUE;
}

static gpointer
state_new_bibtex (const CkWriteOptions *options)
{
  WriterState *st = g_new0 (WriterState, 1);
  st->dialect = (options && (options->flags & CK_WRITE_BIBLATEX)) ? BT_BIBLATEX : BT_BIBTEX;
  st->keys = ck_key_set_new ();
  return st;
}

static gpointer
state_new_biblatex (const CkWriteOptions *options)
{
  WriterState *st = state_new_bibtex (options);
  st->dialect = BT_BIBLATEX;
  return st;
}

static void
state_free (gpointer state)
{
  WriterState *st = state;
  ck_key_set_free (st->keys);
  g_free (st);
}

const CkFormatWriter bt_bibtex_writer = {
  state_new_bibtex, state_free, NULL, write_record, NULL,
};

const CkFormatWriter bt_biblatex_writer = {
  state_new_biblatex, state_free, NULL, write_record, NULL,
};
