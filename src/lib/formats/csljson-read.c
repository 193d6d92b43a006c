/* csljson-read.c — the CSL-JSON reader.
 *
 * json-glib's JsonParser holds the whole document in memory, which is fine
 * for CSL-JSON (a file of items, not a stream).  Before parsing, one pass
 * over the bytes checks the UTF-8, raw control characters and lone
 * surrogate escapes in strings (positioned errors: json-glib would pass on
 * bytes that are not UTF-8) and the nesting depth, so that a hostile
 * "[[[[…" cannot exhaust the stack of json-glib's recursive parser; while
 * parsing, the parser's signals record the line of each top-level item so
 * that warnings can point at it.
 *
 * Accepted: an array of items, a single item object, or {"items": […]}
 * (what some tools wrap around the array).  In an item, every CSL variable
 * goes to its CkField, names to their roles, dates from "date-parts" (with
 * numbers given as JSON numbers or strings), "raw", "literal", "season"
 * and "circa"; numbers given as JSON numbers become strings; any other key
 * is kept as an extra under its own name.  "title" with citekit's
 * "_subtitle" is split back into title and subtitle, and the binding and
 * price that the writer appends to "note" are taken off it again.
 */
#include "csljson-private.h"

#include <json-glib/json-glib.h>
#include <stdarg.h>
#include <string.h>

typedef struct {
  const char          *source;
  const CkReadOptions *options;
  GArray              *item_lines;  /* guint: line of each top-level item */
  GArray              *elem_lines;  /* guint: line where each root array element ends */
  int                  depth;       /* during parsing: containers open */
  gboolean             root_is_array;
} CslReader;

static void warn (CslReader *r, guint line, const char *fmt, ...) G_GNUC_PRINTF (3, 4);

static void
warn (CslReader *r, guint line, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  ck_diag_addv (r->options->diag, CK_DIAG_WARNING, r->source, line, line ? 1 : 0, fmt, ap);
  va_end (ap);
}

/* --- the pre-scan ------------------------------------------------------ */

/* The value of four hex digits at @at, or 0x110000 when they are not. */
static guint
hex4 (const char *data, gsize len, gsize at)
{
  guint v = 0;
  if (at + 4 > len)
    return 0x110000;
  for (gsize k = at; k < at + 4; k++)
    {
      int d = g_ascii_xdigit_value (data[k]);
      if (d < 0)
        return 0x110000;
      v = v * 16 + (guint) d;
    }
  return v;
}

/* 1-based column of @at, counting characters by their lead bytes:
 * g_utf8_strlen may look one byte past @at, and the buffer need not be
 * NUL-terminated. */
static guint
column_of (const char *line_start, const char *at)
{
  guint col = 1;
  for (const char *p = line_start; p < at; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      col++;
  return col;
}

static gboolean
prescan_fail (GError **error, const char *source, guint line, const char *at,
              const char *line_start, const char *what)
{
  g_set_error (error, CK_ERROR, CK_ERROR_PARSE, "%s:%u:%u: %s", source, line,
               column_of (line_start, at), what);
  return FALSE;
}

/* Checks UTF-8 and nesting depth; FALSE with a positioned error. */
static gboolean
prescan (CslReader *r, const char *data, gsize len, const char *source, guint max_depth,
         GError **error)
{
  const char *bad;
  guint depth = 0, line = 1;
  const char *line_start = data;
  gboolean in_string = FALSE;

  if (!g_utf8_validate (data, len, &bad))
    {
      for (const char *p = data; p < bad; p++)
        if (*p == '\n')
          line++, line_start = p + 1;
      g_set_error (error, CK_ERROR, CK_ERROR_ENCODING,
                   "%s:%u:%u: invalid UTF-8 (byte offset %" G_GSIZE_FORMAT "); CSL-JSON must be UTF-8",
                   source, line, column_of (line_start, bad), (gsize) (bad - data));
      return FALSE;
    }
  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];
      if (c == '\n')
        line++, line_start = data + i + 1;
      if (in_string)
        {
          /* RFC 8259 section 7: raw controls are not allowed in strings,
           * and a \\u escape of half a surrogate pair names no character
           * (json-glib would pass on bytes that are not UTF-8). */
          if ((guchar) c < 0x20)
            return prescan_fail (error, source, line, data + i, line_start,
                                 "a control character inside a string (JSON needs it escaped)");
          if (c == '\\' && i + 1 < len && data[i + 1] == 'u')
            {
              guint hi = hex4 (data, len, i + 2), lo;
              /* \u0000 is valid JSON, but json-glib's C strings end there. */
              if (hi == 0)
                warn (r, line, "\\u0000 at column %u: the string ends there",
                      column_of (line_start, data + i));
              if (hi >= 0xDC00 && hi <= 0xDFFF)
                return prescan_fail (error, source, line, data + i, line_start,
                                     "a lone low surrogate escape");
              if (hi >= 0xD800 && hi <= 0xDBFF)
                {
                  if (i + 11 >= len || data[i + 6] != '\\' || data[i + 7] != 'u' ||
                      (lo = hex4 (data, len, i + 8)) < 0xDC00 || lo > 0xDFFF)
                    return prescan_fail (error, source, line, data + i, line_start,
                                         "a high surrogate escape without its low half");
                  i += 6;
                }
              i += 5;
            }
          else if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > max_depth)
            {
              g_set_error (error, CK_ERROR, CK_ERROR_LIMIT,
                           "%s:%u:%u: nesting deeper than %u levels",
                           source, line, column_of (line_start, data + i), max_depth);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

/* --- parser signals: where each item starts -------------------------- */

static void
on_object_start (JsonParser *parser, gpointer user_data)
{
  CslReader *r = user_data;
  /* An item is an object directly inside the root array, or the root. */
  if ((r->depth == 1 && r->root_is_array) || r->depth == 0)
    {
      guint line = json_parser_get_current_line (parser);
      g_array_append_val (r->item_lines, line);
    }
  r->depth++;
}

static void
on_array_start (JsonParser *parser, gpointer user_data)
{
  CslReader *r = user_data;
  if (r->depth == 0)
    r->root_is_array = TRUE;
  r->depth++;
}

static void
on_array_element (JsonParser *parser, JsonArray *array, int index, gpointer user_data)
{
  CslReader *r = user_data;
  /* Inside the root array (its own depth is 1 while it is open). */
  if (r->root_is_array && r->depth == 1)
    {
      guint line = json_parser_get_current_line (parser);
      g_array_append_val (r->elem_lines, line);
    }
}

static void
on_container_end (JsonParser *parser, gpointer ignored, gpointer user_data)
{
  CslReader *r = user_data;
  r->depth--;
}

/* --- values ------------------------------------------------------------ */

/* A scalar as text: strings as they are, numbers without locale. */
static char *
dup_scalar (JsonNode *node)
{
  if (!node || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      {
        /* json-glib turns an unpaired surrogate escape into bytes that
         * are not UTF-8; the pre-scan has warned about it. */
        const char *str = json_node_get_string (node);
        return g_utf8_validate (str, -1, NULL) ? g_strdup (str) : g_utf8_make_valid (str, -1);
      }
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        return g_strdup (g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)));
      }
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");
    default:
      return NULL;
    }
}

/* Any node as text: scalars as dup_scalar, others as compact JSON. */
static char *
dup_any (JsonNode *node)
{
  char *s = dup_scalar (node);
  if (s || !node || JSON_NODE_HOLDS_NULL (node))
    return s;
  return json_to_string (node, FALSE);
}

/* An integer from a JSON number or a numeric string; FALSE otherwise. */
static gboolean
get_int (JsonNode *node, int *out)
{
  if (!node || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      {
        gint64 v = json_node_get_int (node);
        if (v < -100000 || v > 100000)
          return FALSE;
        *out = (int) v;
        return TRUE;
      }
    case G_TYPE_DOUBLE:
      {
        double v = json_node_get_double (node);
        if (!(v >= -100000 && v <= 100000))
          return FALSE;
        *out = (int) v;
        return TRUE;
      }
    case G_TYPE_STRING:
      {
        const char *s = json_node_get_string (node);
        char *end;
        gint64 v;
        while (*s == ' ')
          s++;
        if (!*s)
          return FALSE;
        v = g_ascii_strtoll (s, &end, 10);
        if (end == s || *end || v < -100000 || v > 100000)
          return FALSE;
        *out = (int) v;
        return TRUE;
      }
    default:
      return FALSE;
    }
}

/* A string member as valid UTF-8 (newly allocated), or NULL when absent
 * or not a string. */
static char *
dup_member_string (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);
  if (n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    return dup_scalar (n);
  return NULL;
}

/* A member's text, NULL when absent or empty. */
static char *
dup_member (JsonObject *o, const char *name)
{
  char *s = dup_scalar (json_object_get_member (o, name));
  if (s && !*s)
    g_clear_pointer (&s, g_free);
  return s;
}

/* --- names ------------------------------------------------------------- */

static CkName *
read_name (JsonNode *node, CkRole role)
{
  JsonObject *o;
  CkName *n;
  g_autofree char *dropping = NULL, *non_dropping = NULL;

  if (JSON_NODE_HOLDS_VALUE (node))
    {
      g_autofree char *text = dup_scalar (node);
      return text && *text ? ck_name_parse_display (role, text) : NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  o = json_node_get_object (node);
  n = ck_name_new (role);
  n->family = dup_member (o, "family");
  n->given = dup_member (o, "given");
  n->suffix = dup_member (o, "suffix");
  n->literal = dup_member (o, "literal");
  dropping = dup_member (o, "dropping-particle");
  non_dropping = dup_member (o, "non-dropping-particle");
  /* CkName has one particle; when both kinds are given they are read in
   * display order ("Ludwig van Beethoven" has a dropping "van"). */
  if (dropping && *dropping && non_dropping && *non_dropping)
    n->particle = g_strdup_printf ("%s %s", dropping, non_dropping);
  else if (non_dropping && *non_dropping)
    n->particle = g_steal_pointer (&non_dropping);
  else if (dropping && *dropping)
    n->particle = g_steal_pointer (&dropping);
  if (ck_name_is_empty (n))
    {
      ck_name_free (n);
      return NULL;
    }
  return n;
}

static void
read_names (CslReader *r, guint line, CkRecord *rec, CkRole role, const char *key, JsonNode *node)
{
  JsonArray *a;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      CkName *n = read_name (node, role);
      if (n)
        ck_record_take_name (rec, n);
      else
        warn (r, line, "'%s' is neither a list of names nor a name; skipped", key);
      return;
    }
  a = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      CkName *n = read_name (json_array_get_element (a, i), role);
      if (n)
        ck_record_take_name (rec, n);
      else
        warn (r, line, "'%s' name %u is empty or not a name; skipped", key, i + 1);
    }
}

/* --- dates ------------------------------------------------------------- */

static gboolean
read_date_part (JsonNode *node, int *y, int *m, int *d)
{
  JsonArray *a;
  guint n;

  *y = *m = *d = 0;
  if (!node || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  a = json_node_get_array (node);
  n = json_array_get_length (a);
  if (n == 0 || !get_int (json_array_get_element (a, 0), y))
    return FALSE;
  if (n > 1 && (!get_int (json_array_get_element (a, 1), m) || *m < 0 || *m > 24))
    *m = 0;
  /* CSL writes seasons as months 21..24. */
  if (*m > 12)
    *m = 0;
  if (n > 2 && (!get_int (json_array_get_element (a, 2), d) || *d < 0 || *d > 31))
    *d = 0;
  return TRUE;
}

static CkSeason
read_season (JsonNode *node)
{
  static const char * const names[] = { NULL, "spring", "summer", "autumn", "winter" };
  int v;

  if (!node)
    return CK_SEASON_NONE;
  if (get_int (node, &v))
    {
      if (v >= 21 && v <= 24)   /* the month form of a season */
        v -= 20;
      return v >= 1 && v <= 4 ? (CkSeason) v : CK_SEASON_NONE;
    }
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *s = json_node_get_string (node);
      for (int i = 1; i <= 4; i++)
        if (g_ascii_strcasecmp (s, names[i]) == 0)
          return (CkSeason) i;
      if (g_ascii_strcasecmp (s, "fall") == 0)
        return CK_SEASON_AUTUMN;
    }
  return CK_SEASON_NONE;
}

static CkDate *
read_date (JsonNode *node)
{
  JsonObject *o;
  JsonNode *parts, *circa;
  CkDate *d;

  if (JSON_NODE_HOLDS_VALUE (node))
    {
      g_autofree char *text = dup_scalar (node);
      CkDate *pd = text ? ck_date_parse (text) : NULL;
      if (!pd && text && *text)
        {
          pd = ck_date_new ();
          pd->literal = g_steal_pointer (&text);
        }
      return pd;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  o = json_node_get_object (node);
  parts = json_object_get_member (o, "date-parts");
  d = ck_date_new ();
  if (parts && JSON_NODE_HOLDS_ARRAY (parts) && json_array_get_length (json_node_get_array (parts)) > 0)
    {
      JsonArray *a = json_node_get_array (parts);
      int m;
      read_date_part (json_array_get_element (a, 0), &d->year, &d->month, &d->day);
      if (json_array_get_length (a) > 0)
        {
          JsonNode *first = json_array_get_element (a, 0);
          /* [[1962, 22]]: a season in the month slot. */
          if (JSON_NODE_HOLDS_ARRAY (first) && json_array_get_length (json_node_get_array (first)) > 1
              && get_int (json_array_get_element (json_node_get_array (first), 1), &m) && m >= 21 && m <= 24)
            d->season = (CkSeason) (m - 20);
        }
      if (json_array_get_length (a) > 1)
        read_date_part (json_array_get_element (a, 1), &d->end_year, &d->end_month, &d->end_day);
    }
  if (d->year == 0)
    {
      /* No usable date-parts: "raw" is parsed, "literal" kept. */
      g_autofree char *raw = dup_member_string (o, "raw");
      g_autofree char *literal = dup_member_string (o, "literal");
      CkDate *pd = raw ? ck_date_parse (raw) : NULL;
      if (pd)
        {
          ck_date_free (d);
          d = pd;
        }
      else if (literal || raw)
        d->literal = g_strdup (literal ? literal : raw);
    }
  else
    d->literal = dup_member_string (o, "literal");
  if (json_object_has_member (o, "season") && read_season (json_object_get_member (o, "season")))
    d->season = read_season (json_object_get_member (o, "season"));
  if (d->year == 0)
    {
      /* Our writer's form of a date without a year: the literal is the
       * display of the private parts. */
      int v;
      if (get_int (json_object_get_member (o, "_month"), &v) && v >= 1 && v <= 12)
        d->month = v;
      if (get_int (json_object_get_member (o, "_day"), &v) && v >= 1 && v <= 31)
        d->day = v;
      if (d->literal && (d->month || d->day || d->season))
        {
          g_autofree char *display = ck_csljson_dup_yearless_text (d);
          if (g_strcmp0 (display, d->literal) == 0)
            g_clear_pointer (&d->literal, g_free);
        }
    }
  circa = json_object_get_member (o, "circa");
  if (circa && JSON_NODE_HOLDS_VALUE (circa))
    {
      GType t = json_node_get_value_type (circa);
      d->circa = t == G_TYPE_BOOLEAN ? json_node_get_boolean (circa)
                 : t == G_TYPE_INT64 ? json_node_get_int (circa) != 0
                 : t == G_TYPE_STRING ? *json_node_get_string (circa) != '\0' : FALSE;
    }
  if (!ck_csljson_date_has_parts (d))
    {
      ck_date_free (d);
      return NULL;
    }
  return d;
}

/* --- items ------------------------------------------------------------- */

/* Names other tools write for CSL variables: older CSL (1.0.1) and the
 * keys of Zotero's own JSON.  Read as the variable; written canonically. */
static const struct {
  const char *key;
  CkField     field;
} field_aliases[] = {
  { "event",               CK_FIELD_EVENT },                 /* CSL 1.0.1 */
  { "shortTitle",          CK_FIELD_SHORT_TITLE },           /* Zotero */
  { "journalAbbreviation", CK_FIELD_CONTAINER_TITLE_SHORT }, /* Zotero */
  { "archive-location",    CK_FIELD_ARCHIVE_LOCATION },      /* a common misspelling */
};

static gboolean
field_from_key (const char *key, CkField *out_field)
{
  if (ck_field_from_csl (key, out_field))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (field_aliases); i++)
    if (strcmp (field_aliases[i].key, key) == 0)
      {
        *out_field = field_aliases[i].field;
        return TRUE;
      }
  return FALSE;
}

/* Splits "Title: Subtitle" back when the writer marked the subtitle. */
static void
split_title (CkRecord *rec, const char *subtitle)
{
  const char *full = ck_record_get (rec, CK_FIELD_TITLE);
  g_autofree char *title = NULL;
  g_autofree char *check = NULL;
  gsize nf, ns;

  if (!full || !subtitle || !*subtitle)
    return;
  nf = strlen (full);
  ns = strlen (subtitle);
  if (ns >= nf || strcmp (full + nf - ns, subtitle) != 0)
    return;
  title = g_strndup (full, nf - ns);
  g_strchomp (title);
  if (g_str_has_suffix (title, ":"))
    title[strlen (title) - 1] = '\0';
  if (!*title)
    return;
  {
    g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
    ck_record_set (probe, CK_FIELD_TITLE, title);
    ck_record_set (probe, CK_FIELD_SUBTITLE, subtitle);
    check = ck_record_dup_full_title (probe);
  }
  /* Only when the parts give the same full title back. */
  if (strcmp (check, full) != 0)
    return;
  ck_record_set (rec, CK_FIELD_TITLE, title);
  ck_record_set (rec, CK_FIELD_SUBTITLE, subtitle);
}

/* Takes off the "Paperback, $19.95" the writer appended to "note". */
static void
strip_physical_note (CkRecord *rec)
{
  const char *note = ck_record_get (rec, CK_FIELD_NOTE);
  g_autofree char *physical = ck_csljson_dup_physical_note (ck_record_get (rec, CK_FIELD_BINDING),
                                                             ck_record_get (rec, CK_FIELD_PRICE));
  gsize nn, np;

  if (!note || !physical)
    return;
  if (strcmp (note, physical) == 0)
    {
      ck_record_set (rec, CK_FIELD_NOTE, NULL);
      return;
    }
  nn = strlen (note);
  np = strlen (physical);
  if (nn > np + 1 && note[nn - np - 1] == '\n' && strcmp (note + nn - np, physical) == 0)
    {
      g_autofree char *kept = g_strndup (note, nn - np - 1);
      ck_record_set (rec, CK_FIELD_NOTE, kept);
    }
}

static CkRecord *
read_item (CslReader *r, JsonObject *o, guint index, guint line)
{
  g_autoptr(GList) members = json_object_get_members (o);
  CkRecord *rec;
  g_autofree char *type_name = dup_member_string (o, "type");
  g_autofree char *subtitle = NULL;
  CkType type = CK_TYPE_DOCUMENT;

  if (type_name && !ck_type_from_csl (type_name, &type))
    warn (r, line, "item %u: unknown CSL type '%s', read as 'document'", index + 1, type_name);
  else if (!type_name)
    warn (r, line, "item %u has no type; read as 'document'", index + 1);
  rec = ck_record_new (type);

  for (GList *l = members; l; l = l->next)
    {
      const char *key = l->data;
      JsonNode *node = json_object_get_member (o, key);
      /* A key may hold an unpaired surrogate escape too. */
      g_autofree char *clean_key = g_utf8_validate (key, -1, NULL) ? NULL : g_utf8_make_valid (key, -1);
      CkField field;
      CkRole role;
      CkDateKind kind;

      if (!node || JSON_NODE_HOLDS_NULL (node) || strcmp (key, "type") == 0)
        continue;
      if (clean_key)
        key = clean_key;
      if (strcmp (key, "id") == 0)
        {
          g_autofree char *id = dup_scalar (node);
          ck_record_set_key (rec, id);
        }
      else if (strcmp (key, CK_CSL_KEY_SUBTITLE) == 0)
        subtitle = dup_scalar (node);
      else if (ck_role_from_csl (key, &role))
        read_names (r, line, rec, role, key, node);
      else if (ck_date_kind_from_csl (key, &kind))
        {
          CkDate *d = read_date (node);
          if (d)
            ck_record_take_date (rec, kind, d);
          else
            warn (r, line, "item %u: '%s' holds no date; skipped", index + 1, key);
        }
      else if (field_from_key (key, &field) && !(ck_record_has (rec, field) && strcmp (key, ck_field_to_csl (field)) != 0))
        {
          g_autofree char *value = dup_scalar (node);
          if (!value)
            {
              /* CSL variables are strings or numbers; keep anything else
               * as an extra rather than lose it. */
              g_autofree char *text = dup_any (node);
              warn (r, line, "item %u: '%s' is not a string or number; kept as an extra", index + 1, key);
              ck_record_set_extra (rec, key, text);
            }
          else
            ck_record_set (rec, field, value);
        }
      else
        {
          g_autofree char *text = dup_any (node);
          ck_record_set_extra (rec, key, text);
        }
    }
  if (subtitle && ck_record_has (rec, CK_FIELD_TITLE))
    split_title (rec, subtitle);
  else if (subtitle)
    ck_record_set (rec, CK_FIELD_SUBTITLE, subtitle);
  strip_physical_note (rec);
  return rec;
}

/* "<data>:3:5: Parse error: unexpected …" → "SOURCE:3:5: unexpected …". */
static void
set_parse_error (GError **error, const char *source, const GError *json_error)
{
  /* json-glib quotes the offending token, which may not be UTF-8. */
  g_autofree char *clean = g_utf8_make_valid (json_error->message, -1);
  const char *msg = clean;
  const char *rest;

  if (g_str_has_prefix (msg, "<data>:"))
    msg += strlen ("<data>:");
  rest = strstr (msg, "Parse error: ");
  if (rest && msg[0] >= '0' && msg[0] <= '9')
    {
      g_autofree char *pos = g_strndup (msg, rest - msg);
      g_set_error (error, CK_ERROR, CK_ERROR_PARSE, "%s:%s%s (expected CSL-JSON)",
                   source, pos, rest + strlen ("Parse error: "));
    }
  else
    g_set_error (error, CK_ERROR, CK_ERROR_PARSE, "%s: %s (expected CSL-JSON)", source, msg);
}

gboolean
ck_csljson_read (const char *data, gsize len, const char *source,
                 const CkReadOptions *options, CkRecordFunc func,
                 gpointer user_data, GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GArray) elem_lines = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GError) json_error = NULL;
  CslReader r = { source, options, lines, elem_lines, 0, FALSE };
  JsonNode *root;
  JsonArray *items = NULL;
  guint max_depth = options->max_depth ? options->max_depth : 256;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, len -= 3;
  if (!prescan (&r, data, len, source, max_depth, error))
    return FALSE;

  g_signal_connect (parser, "object-start", G_CALLBACK (on_object_start), &r);
  g_signal_connect (parser, "array-start", G_CALLBACK (on_array_start), &r);
  g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element), &r);
  g_signal_connect (parser, "object-end", G_CALLBACK (on_container_end), &r);
  g_signal_connect (parser, "array-end", G_CALLBACK (on_container_end), &r);
  if (!json_parser_load_from_data (parser, data, (gssize) len, &json_error))
    {
      set_parse_error (error, source, json_error);
      return FALSE;
    }
  root = json_parser_get_root (parser);
  if (root && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *o = json_node_get_object (root);
      JsonNode *wrapped = json_object_get_member (o, "items");
      if (wrapped && JSON_NODE_HOLDS_ARRAY (wrapped) && !json_object_has_member (o, "type"))
        items = json_node_get_array (wrapped);
    }
  else if (root && JSON_NODE_HOLDS_ARRAY (root))
    items = json_node_get_array (root);
  if (!root || (!items && !JSON_NODE_HOLDS_OBJECT (root)))
    {
      g_set_error (error, CK_ERROR, CK_ERROR_PARSE,
                   "%s:1:1: expected a JSON array of CSL-JSON items", source);
      return FALSE;
    }
  if (!items)
    {
      g_autoptr(CkRecord) rec = read_item (&r, json_node_get_object (root), 0, 1);
      return func (rec, user_data, error);
    }
  for (guint i = 0, obj = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      g_autoptr(CkRecord) rec = NULL;
      guint line;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          line = i < elem_lines->len && JSON_NODE_HOLDS_ARRAY (root) ? g_array_index (elem_lines, guint, i) : 1;
          warn (&r, line, "item %u is not an object; skipped", i + 1);
          continue;
        }
      /* The signals saw the objects in document order.  Items inside an
       * {"items": […]} wrapper are not tracked: they point at line 1. */
      line = obj < lines->len && JSON_NODE_HOLDS_ARRAY (root) ? g_array_index (lines, guint, obj) : 1;
      obj++;
      rec = read_item (&r, json_node_get_object (node), i, line);
      if (!func (rec, user_data, error))
        return FALSE;
    }
  return TRUE;
}
