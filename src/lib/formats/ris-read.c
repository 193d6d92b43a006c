/* ris-read.c — the RIS reader.
 *
 * Three stages: lines → raw (tag, value, line) entries of one record →
 * the tag table (ris-tags.c) maps them into a CkRecord, which goes to the
 * caller's CkRecordFunc before the next record is read.
 *
 * Tolerated deviations from the spec, because real exports have them:
 *   - "TAG  - value" with one or two (up to three) spaces before the dash,
 *     "TAG  -" with no value, trailing blanks;
 *   - CRLF, LF or CR line ends, a UTF-8 byte-order mark, blank lines;
 *   - lines that are not tag lines continue the previous tag's value
 *     (each one is another name under a name tag, as Web of Science and
 *     some EndNote exports write authors);
 *   - text before the first TY and between ER and the next TY (database
 *     banners such as "Record #1 of 2") is skipped with a warning;
 *   - tag lines between ER and the next TY (Ovid writes NL there) join the
 *     record that ER closed, with a warning;
 *   - a missing ER before the next TY or at the end of the input ends the
 *     record, with a warning: nothing is lost;
 *   - unknown tags, and tags with no meaning for the record's type, are
 *     kept as extras "ris:TAG" so that the RIS writer gives them back.
 * Fatal errors (GError, file:line:col): invalid UTF-8 and values past the
 * size limit.
 */
#include "ris-private.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  char     tag[3];
  GString *value;
  guint    line;
} RisRaw;

static void
ris_raw_free (RisRaw *raw)
{
  g_string_free (raw->value, TRUE);
  g_free (raw);
}

typedef struct {
  const char         *source;
  const CkReadOptions *options;
  gsize               max_field;
  CkRecordFunc        func;
  gpointer            user_data;
  GPtrArray          *raws;       /* RisRaw*, the open record; NULL outside one */
  GPtrArray          *closed;     /* the record whose ER was just read, held until
                                   * the next TY: some exports put tags after ER */
  CkType              type;       /* the open record's type */
  guint               start_line; /* of its TY */
  guint               closed_line;/* of the closed record's TY */
  gboolean            in_junk;    /* inside a run of skipped lines (warn once per run) */
  guint               n_records;
} RisReader;

static void warn (RisReader *r, guint line, const char *fmt, ...) G_GNUC_PRINTF (3, 4);

static void
warn (RisReader *r, guint line, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  ck_diag_addv (r->options->diag, CK_DIAG_WARNING, r->source, line, 1, fmt, ap);
  va_end (ap);
}

/* "TY  - JOUR" → tag "TY", value "JOUR".  Accepts one to three blanks
 * before the dash, and nothing or a blank after it. */
static gboolean
parse_tag_line (const char *line, gsize len, char tag[3], const char **out_value, gsize *out_len)
{
  gsize i = 2, blanks = 0;

  if (len < 3 || !g_ascii_isupper (line[0]) || !(g_ascii_isupper (line[1]) || g_ascii_isdigit (line[1])))
    return FALSE;
  while (i < len && (line[i] == ' ' || line[i] == '\t'))
    i++, blanks++;
  if (blanks < 1 || blanks > 3 || i >= len || line[i] != '-')
    return FALSE;
  i++;
  if (i < len && line[i] != ' ' && line[i] != '\t')
    return FALSE;
  tag[0] = line[0];
  tag[1] = line[1];
  tag[2] = '\0';
  while (i < len && (line[i] == ' ' || line[i] == '\t'))
    i++;
  *out_value = line + i;
  *out_len = len - i;
  return TRUE;
}

static void
strip_span (const char **s, gsize *len)
{
  while (*len > 0 && g_ascii_isspace ((*s)[0]))
    (*s)++, (*len)--;
  while (*len > 0 && g_ascii_isspace ((*s)[*len - 1]))
    (*len)--;
}

/* --- mapping raw entries to a record -------------------------------- */

/* What one record's mapping collects before it goes into the record:
 * values of repeated tags are appended to a GString each, so that a
 * record with a million N1 lines costs linear time, not quadratic. */
typedef struct {
  CkRecord   *rec;
  GPtrArray  *pending;                   /* Pending*, extras in first-seen order */
  GHashTable *pending_by_tag;            /* tag → Pending* (borrowed) */
  GString    *joined[CK_FIELD_N_FIELDS]; /* repeated fields (N1, RN) */
} Mapping;

typedef struct {
  char    *key;
  GString *value;
} Pending;

static void
pending_free (Pending *p)
{
  g_free (p->key);
  g_string_free (p->value, TRUE);
  g_free (p);
}

/* Keeps a value the record has no room for as the extra "ris:TAG"; a
 * second value of the same tag goes on a new line of the same extra. */
static void
keep_extra (Mapping *m, const char *tag, const char *value)
{
  Pending *p = g_hash_table_lookup (m->pending_by_tag, tag);

  if (!p)
    {
      p = g_new0 (Pending, 1);
      p->key = g_strconcat (CK_RIS_EXTRA_PREFIX, tag, NULL);
      p->value = g_string_new (value);
      g_ptr_array_add (m->pending, p);
      g_hash_table_insert (m->pending_by_tag, p->key + strlen (CK_RIS_EXTRA_PREFIX), p);
      return;
    }
  g_string_append_c (p->value, '\n');
  g_string_append (p->value, value);
}

static void
join_field (Mapping *m, CkField field, const char *value)
{
  if (!m->joined[field])
    {
      m->joined[field] = g_string_new (value);
      return;
    }
  g_string_append_c (m->joined[field], '\n');
  g_string_append (m->joined[field], value);
}

/* Moves what was collected into the record. */
static void
mapping_finish (Mapping *m)
{
  for (int f = 0; f < CK_FIELD_N_FIELDS; f++)
    if (m->joined[f])
      {
        ck_record_take (m->rec, f, g_string_free (m->joined[f], FALSE));
        m->joined[f] = NULL;
      }
  for (guint i = 0; i < m->pending->len; i++)
    {
      Pending *p = g_ptr_array_index (m->pending, i);
      ck_record_set_extra (m->rec, p->key, p->value->str);
    }
  g_ptr_array_unref (m->pending);
  g_hash_table_unref (m->pending_by_tag);
}

static gboolean
is_lower_word (const char *w)
{
  return g_unichar_islower (g_utf8_get_char (w));
}

/* "Family, Given, Suffix" (the spec's form), with a lower-case particle
 * in front of the family name split off ("van der Berg" → "van der" +
 * "Berg").  Without a comma the name is a literal (an institution), which
 * is also how Zotero reads it. */
static CkName *
parse_ris_name (CkRole role, const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", 3);
  g_auto(GStrv) words = NULL;
  CkName *name;
  guint n, k = 0;

  if (!parts[0] || !parts[1])
    return ck_name_new_literal (role, g_strstrip (parts[0] ? parts[0] : (char *) ""));

  name = ck_name_new (role);
  g_strstrip (parts[0]);
  g_strstrip (parts[1]);
  words = g_strsplit (parts[0], " ", -1);
  n = g_strv_length (words);
  while (k + 1 < n && *words[k] && is_lower_word (words[k]))
    k++;
  if (k > 0)
    {
      char *cut = words[k];
      words[k] = NULL;
      name->particle = g_strjoinv (" ", words);
      words[k] = cut;
      name->family = g_strjoinv (" ", words + k);
    }
  else
    name->family = g_strdup (parts[0]);
  name->given = *parts[1] ? g_strdup (parts[1]) : NULL;
  if (parts[2])
    {
      g_strstrip (parts[2]);
      name->suffix = *parts[2] ? g_strdup (parts[2]) : NULL;
    }
  return name;
}

static gboolean
all_digits (const char *s, gsize len)
{
  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

CkDate *
ck_ris_parse_date (const char *text)
{
  g_autofree char *t = g_strstrip (g_strdup (text ? text : ""));
  g_auto(GStrv) parts = NULL;
  CkDate *d;
  int year;

  if (!*t || strspn (t, "/ ") == strlen (t))
    return NULL;
  parts = g_strsplit (t, "/", 4);
  if (!strchr (t, '/') || !all_digits (parts[0], strlen (parts[0])) || strlen (parts[0]) != 4)
    {
      /* Not the slash form: "2019 Dec", "Spring 1998", "n.d.". */
      d = ck_date_parse (t);
      if (!d)
        {
          d = ck_date_new ();
          d->literal = g_strdup (t);
        }
      return d;
    }
  year = atoi (parts[0]);
  /* "YYYY/MM/DD/other": the other part may say what the numbers cannot
   * (a season, a range, "c."); it wins when it names the same year. */
  if (parts[1] && parts[2] && parts[3] && *g_strstrip (parts[3]))
    {
      g_autofree char *with_year = g_strdup_printf ("%s %d", parts[3], year);
      CkDate *o = ck_date_parse (parts[3]);
      if (!o || o->year == 0)
        {
          g_clear_pointer (&o, ck_date_free);
          o = ck_date_parse (with_year);
        }
      if (o && o->year == year)
        return o;
      g_clear_pointer (&o, ck_date_free);
    }
  d = ck_date_new_ymd (year, 0, 0);
  if (parts[1])
    {
      g_strstrip (parts[1]);
      if (all_digits (parts[1], strlen (parts[1])) && atoi (parts[1]) >= 1 && atoi (parts[1]) <= 12)
        d->month = atoi (parts[1]);
      if (d->month && parts[2])
        {
          g_strstrip (parts[2]);
          if (all_digits (parts[2], strlen (parts[2])) && atoi (parts[2]) >= 1 && atoi (parts[2]) <= 31)
            d->day = atoi (parts[2]);
        }
    }
  return d;
}

typedef struct {
  const char *value;   /* borrowed from the raw entry */
  const char *tag;
} Slot;

/* Issued date: DA wins, then Y1, then PY (Zotero's order).  The ones not
 * used are kept as extras when they name another year. */
static void
map_issued (Mapping *m, Slot slots[3])
{
  g_autoptr(CkDate) chosen = NULL;
  int use = -1;

  for (int i = 0; i < 3 && use < 0; i++)
    if (slots[i].value)
      {
        chosen = ck_ris_parse_date (slots[i].value);
        if (chosen)
          use = i;
      }
  if (!chosen)
    return;
  for (int i = 0; i < 3; i++)
    if (i != use && slots[i].value)
      {
        g_autoptr(CkDate) other = ck_ris_parse_date (slots[i].value);
        if (other && other->year != chosen->year)
          keep_extra (m, slots[i].tag, slots[i].value);
      }
  ck_record_take_date (m->rec, CK_DATE_ISSUED, g_steal_pointer (&chosen));
}

static CkRecord *
map_record (RisReader *r, GPtrArray *raws)
{
  CkRecord *rec;
  RisRaw *first = g_ptr_array_index (raws, 0);
  const char *ty = first->value->str;
  gboolean edited_book = g_ascii_strcasecmp (ty, "EDBOOK") == 0;
  g_autoptr(GPtrArray) keywords = g_ptr_array_new ();
  Slot issued[3] = { { NULL, "DA" }, { NULL, "Y1" }, { NULL, "PY" } };
  const char *sp = NULL, *ep = NULL;
  CkType type;
  gboolean keyword_commas = FALSE;
  Mapping m = { 0 };

  if (!ck_ris_type_from_ty (ty, &type))
    warn (r, first->line, "unknown RIS type '%s', read as a generic document", ty);
  rec = ck_record_new (type);
  m.rec = rec;
  m.pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_free);
  m.pending_by_tag = g_hash_table_new (g_str_hash, g_str_equal);
  {
    gboolean exact;
    const char *canon = ck_ris_type_to_ty (type, &exact);
    /* Keep a synonym so that RIS → RIS gives it back (not EDBOOK, whose
     * authors have become editors). */
    if (*ty && g_ascii_strcasecmp (canon, ty) != 0 && !edited_book)
      keep_extra (&m, "TY", ty);
  }

  for (guint i = 1; i < raws->len; i++)
    {
      RisRaw *raw = g_ptr_array_index (raws, i);
      const char *value = raw->value->str;
      const RisTag *row = ck_ris_lookup_read (raw->tag, type);

      if (!*value)
        continue;
      if (!row)
        {
          keep_extra (&m, raw->tag, value);
          continue;
        }
      switch (row->target)
        {
        case RIS_TO_FIELD:
          if (row->flags & RIS_REPEAT)
            join_field (&m, row->slot, value);
          else if (ck_record_has (rec, row->slot))
            keep_extra (&m, raw->tag, value);
          else
            ck_record_set (rec, row->slot, value);
          break;
        case RIS_TO_NAME:
          {
            CkRole role = row->slot;
            if (edited_book && role == CK_ROLE_AUTHOR)
              role = CK_ROLE_EDITOR;
            ck_record_take_name (rec, parse_ris_name (role, value));
          }
          break;
        case RIS_TO_DATE:
        case RIS_TO_YEAR:
          if (row->slot == CK_DATE_ISSUED)
            {
              Slot *slot = row->target == RIS_TO_YEAR ? &issued[2]
                           : strcmp (raw->tag, "DA") == 0 ? &issued[0] : &issued[1];
              if (slot->value)
                keep_extra (&m, raw->tag, value);
              else
                slot->value = value;
            }
          else if (ck_record_get_date (rec, row->slot))
            keep_extra (&m, raw->tag, value);
          else
            {
              CkDate *d = ck_ris_parse_date (value);
              if (d)
                ck_record_take_date (rec, row->slot, d);
            }
          break;
        case RIS_TO_PAGE_START:
        case RIS_TO_PAGE_END:
          {
            const char **slot = row->target == RIS_TO_PAGE_START ? &sp : &ep;
            if (*slot)
              keep_extra (&m, raw->tag, value);
            else
              *slot = value;
          }
          break;
        case RIS_TO_SERIAL:
          {
            CkField f = ck_ris_classify_serial (value, type);
            if (ck_record_has (rec, f))
              keep_extra (&m, raw->tag, value);
            else
              ck_record_set (rec, f, value);
          }
          break;
        case RIS_TO_KEYWORD:
          g_ptr_array_add (keywords, (gpointer) value);
          if (strchr (value, ','))
            keyword_commas = TRUE;
          break;
        case RIS_TO_KEY:
          if (ck_record_get_key (rec))
            keep_extra (&m, raw->tag, value);
          else
            ck_record_set_key (rec, value);
          break;
        case RIS_TO_TYPE:
        case RIS_TO_END:
          break;
        }
    }

  map_issued (&m, issued);
  if (sp && ep)
    {
      g_autofree char *pages = g_strdup_printf ("%s-%s", sp, ep);
      ck_record_set (rec, CK_FIELD_PAGES, pages);
    }
  else if (sp)
    ck_record_set (rec, CK_FIELD_PAGES, sp);
  else if (ep)
    keep_extra (&m, "EP", ep);
  if (keywords->len > 0)
    {
      g_ptr_array_add (keywords, NULL);
      {
        g_autofree char *joined = g_strjoinv (", ", (char **) keywords->pdata);
        ck_record_set (rec, CK_FIELD_KEYWORD, joined);
      }
      /* CSL's keyword is one comma-separated string; keywords that hold
       * commas themselves are kept one per line as well. */
      if (keyword_commas)
        {
          g_autofree char *lines = g_strjoinv ("\n", (char **) keywords->pdata);
          ck_record_set_extra (rec, CK_RIS_EXTRA_PREFIX "KW", lines);
        }
    }
  /* RIS has no type for a review; an article that names a reviewed item
   * (RI) is one, and the writer writes a review as JOUR with RI. */
  if ((type == CK_TYPE_ARTICLE_JOURNAL || type == CK_TYPE_ARTICLE_MAGAZINE
       || type == CK_TYPE_ARTICLE_NEWSPAPER)
      && ck_record_has (rec, CK_FIELD_REVIEWED_TITLE))
    ck_record_set_type (rec, CK_TYPE_REVIEW_BOOK);
  mapping_finish (&m);
  return rec;
}

/* --- the line scanner ------------------------------------------------ */

static gboolean
emit_record (RisReader *r, GPtrArray **raws_p, GError **error)
{
  g_autoptr(CkRecord) rec = NULL;
  g_autoptr(GPtrArray) raws = g_steal_pointer (raws_p);

  if (!raws)
    return TRUE;
  rec = map_record (r, raws);
  r->n_records++;
  return r->func (rec, r->user_data, error);
}

/* The open record ends (ER): hold it until the next TY. */
static gboolean
close_record (RisReader *r, GError **error)
{
  if (!emit_record (r, &r->closed, error))
    return FALSE;
  r->closed = g_steal_pointer (&r->raws);
  r->closed_line = r->start_line;
  return TRUE;
}

static gboolean
add_raw_to (RisReader *r, GPtrArray *raws, const char tag[3], const char *value, gsize len,
            guint line, GError **error)
{
  RisRaw *raw;

  if (len > r->max_field)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_LIMIT,
                   "%s:%u:1: value of %s is longer than %" G_GSIZE_FORMAT " bytes",
                   r->source, line, tag, r->max_field);
      return FALSE;
    }
  raw = g_new0 (RisRaw, 1);
  memcpy (raw->tag, tag, 3);
  raw->value = g_string_new_len (value, len);
  raw->line = line;
  g_ptr_array_add (raws, raw);
  return TRUE;
}

static gboolean
add_raw (RisReader *r, const char tag[3], const char *value, gsize len, guint line,
         GError **error)
{
  return add_raw_to (r, r->raws, tag, value, len, line, error);
}

/* A line that is not a tag line: more of the last value. */
static gboolean
continue_value (RisReader *r, const char *text, gsize len, guint line, GError **error)
{
  RisRaw *last = g_ptr_array_index (r->raws, r->raws->len - 1);
  const RisTag *row = ck_ris_lookup_read (last->tag, r->type);

  if (row && row->target == RIS_TO_NAME)
    return add_raw (r, last->tag, text, len, line, error);
  if (last->value->len + len + 1 > r->max_field)
    return add_raw (r, last->tag, text, r->max_field + 1, line, error);
  if (last->value->len > 0)
    g_string_append_c (last->value, row && (row->flags & RIS_MULTILINE) ? '\n' : ' ');
  g_string_append_len (last->value, text, len);
  return TRUE;
}

static gboolean
read_line (RisReader *r, const char *line, gsize len, guint lineno, GError **error)
{
  char tag[3];
  const char *value;
  gsize vlen;

  if (parse_tag_line (line, len, tag, &value, &vlen))
    {
      strip_span (&value, &vlen);
      r->in_junk = FALSE;
      if (strcmp (tag, "TY") == 0)
        {
          if (!emit_record (r, &r->closed, error))
            return FALSE;
          if (r->raws)
            {
              warn (r, lineno, "TY before ER: the record from line %u ends here", r->start_line);
              if (!emit_record (r, &r->raws, error))
                return FALSE;
            }
          r->raws = g_ptr_array_new_with_free_func ((GDestroyNotify) ris_raw_free);
          r->start_line = lineno;
          {
            g_autofree char *ty = g_strndup (value, vlen);
            ck_ris_type_from_ty (ty, &r->type);
          }
          return add_raw (r, tag, value, vlen, lineno, error);
        }
      if (!r->raws && r->closed && strcmp (tag, "ER") != 0)
        {
          /* Ovid writes tags after ER; they belong to the record before. */
          warn (r, lineno, "%s after ER: added to the record from line %u", tag, r->closed_line);
          return add_raw_to (r, r->closed, tag, value, vlen, lineno, error);
        }
      if (!r->raws)
        {
          warn (r, lineno, "%s tag outside a record (no TY before it) skipped", tag);
          return TRUE;
        }
      if (strcmp (tag, "ER") == 0)
        return close_record (r, error);
      return add_raw (r, tag, value, vlen, lineno, error);
    }

  strip_span (&line, &len);
  if (len == 0)
    return TRUE;
  if (!r->raws)
    {
      if (!r->in_junk)
        warn (r, lineno, "text outside a record skipped");
      r->in_junk = TRUE;
      return TRUE;
    }
  return continue_value (r, line, len, lineno, error);
}

gboolean
ck_ris_read (const char *data, gsize len, const char *source,
             const CkReadOptions *options, CkRecordFunc func,
             gpointer user_data, GError **error)
{
  RisReader r = { 0 };
  const char *p = data, *end = data + len;
  guint lineno = 0;
  gboolean ok = TRUE;

  r.source = source;
  r.options = options;
  r.max_field = options->max_field ? options->max_field : 16 * 1024 * 1024;
  r.func = func;
  r.user_data = user_data;

  if (len >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (ok && p < end)
    {
      const char *nl = p;
      const char *bad;
      gsize n;

      while (nl < end && *nl != '\n' && *nl != '\r')
        nl++;
      n = nl - p;
      lineno++;
      if (!g_utf8_validate (p, n, &bad))
        {
          g_set_error (error, CK_ERROR, CK_ERROR_ENCODING,
                       "%s:%u:%ld: invalid UTF-8 (expected RIS text in UTF-8)",
                       source, lineno, (long) g_utf8_strlen (p, bad - p) + 1);
          ok = FALSE;
          break;
        }
      ok = read_line (&r, p, n, lineno, error);
      if (nl < end && *nl == '\r' && nl + 1 < end && nl[1] == '\n')
        nl++;
      p = nl < end ? nl + 1 : end;
    }
  if (ok)
    ok = emit_record (&r, &r.closed, error);
  if (ok && r.raws)
    {
      warn (&r, lineno, "the record from line %u has no ER; it ends at the end of the input", r.start_line);
      ok = emit_record (&r, &r.raws, error);
    }
  g_clear_pointer (&r.raws, g_ptr_array_unref);
  g_clear_pointer (&r.closed, g_ptr_array_unref);
  return ok;
}
