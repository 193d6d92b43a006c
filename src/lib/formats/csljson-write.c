/* csljson-write.c — the CSL-JSON writer.
 *
 * Writes a JSON array with one item object per record, through json-glib
 * (JsonBuilder for each item, JsonGenerator pretty-printing with a 2-space
 * indent; UTF-8 is written as is, only control characters are escaped).
 * Each item is generated on its own and indented into the array, so the
 * writer streams: it holds one record at a time, never the document.
 *
 *   [
 *     {
 *       "id" : "luxemburg1913accumulation",
 *       "type" : "book",
 *       "author" : [ { "family" : "Luxemburg", "given" : "Rosa" } ],
 *       …
 *
 * What goes where:
 *   - "id" is the record's key, or one made by ck_record_make_key; either
 *     way unique in the document (CkKeySet).
 *   - "title" is the full title "Title: Subtitle", because CSL has no
 *     subtitle variable and pandoc and Zotero read "title" alone; the
 *     subtitle is repeated under "_subtitle" so that our reader can split
 *     the title again.
 *   - every other CkField under its canonical CSL name (ck_field_to_csl);
 *     values are written as strings, which CSL allows for numbers too.
 *   - binding and price under "_binding"/"_price" (not CSL variables) and
 *     also appended to "note", the only place Zotero keeps them (Extra).
 *   - names as one array per role, dates as {"date-parts": …}.
 *   - fields a record holds only through a relation (the reviewed work,
 *     the container, the original, the series) are flattened into the CSL
 *     variables meant for them when the flat field is missing.
 *   - extras under their own keys, unless that key is already taken.
 */
#include "csljson-private.h"

#include <json-glib/json-glib.h>
#include <string.h>

typedef struct {
  CkKeySet *keys;
  guint     n_written;
} CslWriter;

static gpointer
csl_writer_new (const CkWriteOptions *options)
{
  CslWriter *w = g_new0 (CslWriter, 1);
  w->keys = ck_key_set_new ();
  return w;
}

static void
csl_writer_free (gpointer state)
{
  CslWriter *w = state;
  ck_key_set_free (w->keys);
  g_free (w);
}

/* One item under construction: the builder plus the keys already set, so
 * that a flattened relation or an extra never overwrites a real field. */
typedef struct {
  JsonBuilder *b;
  GHashTable  *seen;
} Item;

static gboolean
item_claim (Item *it, const char *key)
{
  if (g_hash_table_contains (it->seen, key))
    return FALSE;
  g_hash_table_add (it->seen, g_strdup (key));
  json_builder_set_member_name (it->b, key);
  return TRUE;
}

static void
item_string (Item *it, const char *key, const char *value)
{
  if (!value || !*value)
    return;
  if (item_claim (it, key))
    json_builder_add_string_value (it->b, value);
}

static void
add_name (JsonBuilder *b, const CkName *n)
{
  json_builder_begin_object (b);
  if (n->literal && *n->literal && !(n->family && *n->family))
    {
      json_builder_set_member_name (b, "literal");
      json_builder_add_string_value (b, n->literal);
    }
  else
    {
      if (n->family && *n->family)
        {
          json_builder_set_member_name (b, "family");
          json_builder_add_string_value (b, n->family);
        }
      if (n->given && *n->given)
        {
          json_builder_set_member_name (b, "given");
          json_builder_add_string_value (b, n->given);
        }
      /* CkName does not know whether its particle drops when the name is
       * inverted; "non-dropping-particle" is the reading that keeps it
       * visible ("van Gogh, Vincent"), so nothing is ever hidden. */
      if (n->particle && *n->particle)
        {
          json_builder_set_member_name (b, "non-dropping-particle");
          json_builder_add_string_value (b, n->particle);
        }
      if (n->suffix && *n->suffix)
        {
          json_builder_set_member_name (b, "suffix");
          json_builder_add_string_value (b, n->suffix);
        }
    }
  json_builder_end_object (b);
}

static void
item_names (Item *it, const char *key, GPtrArray *names)
{
  if (!names || names->len == 0)
    return;
  if (!item_claim (it, key))
    return;
  json_builder_begin_array (it->b);
  for (guint i = 0; i < names->len; i++)
    add_name (it->b, g_ptr_array_index (names, i));
  json_builder_end_array (it->b);
}

static void
add_date_part (JsonBuilder *b, int y, int m, int d)
{
  json_builder_begin_array (b);
  json_builder_add_int_value (b, y);
  if (m > 0)
    {
      json_builder_add_int_value (b, m);
      if (d > 0)
        json_builder_add_int_value (b, d);
    }
  json_builder_end_array (b);
}

static void
item_date (Item *it, const char *key, const CkDate *date)
{
  JsonBuilder *b = it->b;

  if (!ck_csljson_date_has_parts (date))
    return;
  if (!item_claim (it, key))
    return;
  json_builder_begin_object (b);
  if (date->year != 0)
    {
      json_builder_set_member_name (b, "date-parts");
      json_builder_begin_array (b);
      add_date_part (b, date->year, date->month, date->day);
      if (date->end_year || date->end_month || date->end_day)
        add_date_part (b, date->end_year ? date->end_year : date->year,
                       date->end_month, date->end_day);
      json_builder_end_array (b);
      if (date->season != CK_SEASON_NONE)
        {
          json_builder_set_member_name (b, "season");
          json_builder_add_int_value (b, (int) date->season);
        }
      if (date->circa)
        {
          json_builder_set_member_name (b, "circa");
          json_builder_add_boolean_value (b, TRUE);
        }
    }
  else if (!date->literal && (date->month || date->day || date->season))
    {
      /* A month without a year ("month = mar" alone in BibTeX): CSL's
       * date-parts need a year, so consumers get the text and our reader
       * the parts (private members). */
      g_autofree char *display = ck_csljson_dup_yearless_text (date);
      json_builder_set_member_name (b, "literal");
      json_builder_add_string_value (b, display);
      if (date->month)
        {
          json_builder_set_member_name (b, "_month");
          json_builder_add_int_value (b, date->month);
        }
      if (date->day)
        {
          json_builder_set_member_name (b, "_day");
          json_builder_add_int_value (b, date->day);
        }
      if (date->season != CK_SEASON_NONE)
        {
          json_builder_set_member_name (b, "season");
          json_builder_add_int_value (b, (int) date->season);
        }
    }
  /* Even an empty literal, so that the date is not lost on the way back. */
  if (date->literal && (*date->literal || date->year == 0))
    {
      json_builder_set_member_name (b, "literal");
      json_builder_add_string_value (b, date->literal);
    }
  json_builder_end_object (b);
}

/* The title of the related record a flat field stands for (model notes:
 * writers use flat fields first), or NULL. */
static char *
dup_related_title (const CkRecord *rec, CkField field)
{
  static const struct {
    CkField        field;
    CkRelationKind kind;
  } flat[] = {
    { CK_FIELD_REVIEWED_TITLE,   CK_RELATION_REVIEWS },   /* "reviewed-title" */
    { CK_FIELD_CONTAINER_TITLE,  CK_RELATION_CONTAINER }, /* "container-title" */
    { CK_FIELD_ORIGINAL_TITLE,   CK_RELATION_ORIGINAL },  /* "original-title" */
    { CK_FIELD_COLLECTION_TITLE, CK_RELATION_SERIES },    /* "collection-title" */
  };

  for (guint i = 0; i < G_N_ELEMENTS (flat); i++)
    if (flat[i].field == field)
      {
        CkRecord *target = ck_record_find_relation (rec, flat[i].kind);
        return target ? ck_record_dup_full_title (target) : NULL;
      }
  return NULL;
}

static void
write_names (Item *it, CkRecord *rec)
{
  CkRecord *reviewed = ck_record_find_relation (rec, CK_RELATION_REVIEWS);
  CkRecord *container = ck_record_find_relation (rec, CK_RELATION_CONTAINER);

  for (int role = 0; role < CK_ROLE_N_ROLES; role++)
    {
      g_autoptr(GPtrArray) names = ck_record_get_names_by_role (rec, role);

      /* Names a record holds only through a relation: the reviewed work's
       * authors, the containing book's authors and editors (in CSL the
       * "editor" of a chapter is the editor of its book). */
      if (names->len == 0 && role == CK_ROLE_REVIEWED_AUTHOR && reviewed)
        {
          g_ptr_array_unref (names);
          names = ck_record_get_names_by_role (reviewed, CK_ROLE_AUTHOR);
        }
      else if (names->len == 0 && role == CK_ROLE_CONTAINER_AUTHOR && container)
        {
          g_ptr_array_unref (names);
          names = ck_record_get_names_by_role (container, CK_ROLE_AUTHOR);
        }
      else if (names->len == 0 && role == CK_ROLE_EDITOR && container)
        {
          g_ptr_array_unref (names);
          names = ck_record_get_names_by_role (container, CK_ROLE_EDITOR);
        }
      item_names (it, ck_role_to_csl (role), names);
    }
}

static void
write_fields (Item *it, CkRecord *rec)
{
  const char *binding = ck_record_get (rec, CK_FIELD_BINDING);
  const char *price = ck_record_get (rec, CK_FIELD_PRICE);

  for (int f = 0; f < CK_FIELD_N_FIELDS; f++)
    {
      const char *value = ck_record_get (rec, f);
      const char *key = ck_field_to_csl (f);

      switch (f)
        {
        case CK_FIELD_TITLE:
          {
            g_autofree char *full = ck_record_dup_full_title (rec);
            item_string (it, key, full);
          }
          continue;
        case CK_FIELD_SUBTITLE:
          /* Never under a key a consumer might join to "title" again. */
          if (ck_record_get (rec, CK_FIELD_TITLE))
            item_string (it, CK_CSL_KEY_SUBTITLE, value);
          else
            item_string (it, key, value);
          continue;
        case CK_FIELD_NOTE:
          {
            g_autofree char *physical = ck_csljson_dup_physical_note (binding, price);
            g_autofree char *note = NULL;
            if (physical && value)
              note = g_strdup_printf ("%s\n%s", value, physical);
            item_string (it, key, note ? note : value ? value : physical);
          }
          continue;
        default:
          break;
        }
      if (!value)
        {
          /* The flat field may stand for a related record's title. */
          g_autofree char *related = dup_related_title (rec, f);
          item_string (it, key, related);
          continue;
        }
      item_string (it, key, value);
    }
}

/* A chapter or article written without its imprint takes the container's:
 * citeproc prints a chapter's publisher from the chapter item.  After the
 * record's own fields, so those always win (item_claim refuses a key twice). */
static void
write_container_fields (Item *it, CkRecord *rec)
{
  static const CkField from_container[] = {
    CK_FIELD_PUBLISHER, CK_FIELD_PUBLISHER_PLACE, CK_FIELD_VOLUME,
    CK_FIELD_ISSUE, CK_FIELD_ISSN, CK_FIELD_ISBN,
  };
  CkRecord *container = ck_record_find_relation (rec, CK_RELATION_CONTAINER);

  if (!container)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (from_container); i++)
    if (!ck_record_has (rec, from_container[i]))
      item_string (it, ck_field_to_csl (from_container[i]),
                   ck_record_get (container, from_container[i]));
}

static void
write_dates (Item *it, CkRecord *rec)
{
  CkRecord *container = ck_record_find_relation (rec, CK_RELATION_CONTAINER);

  for (int k = 0; k < CK_DATE_N_KINDS; k++)
    {
      const CkDate *date = ck_record_get_date (rec, k);
      if (!date && k == CK_DATE_ISSUED && container)
        date = ck_record_get_date (container, k);
      item_date (it, ck_date_kind_to_csl (k), date);
    }
}

/* Returns the first extra that could not be written (borrowed), or NULL. */
static const char *
write_extras (Item *it, CkRecord *rec, const CkWriteOptions *options)
{
  const char *dropped = NULL;

  for (guint i = 0; i < ck_record_get_n_extras (rec); i++)
    {
      const char *key = ck_record_get_extra_key (rec, i);
      const char *value = ck_record_get_extra_value (rec, i);

      if (!key || !*key || !value)
        continue;
      if (g_hash_table_contains (it->seen, key))
        {
          /* An extra named like a CSL variable the record already fills. */
          if (options->diag)
            ck_diag_add_loss (options->diag, key, "CSL-JSON", NULL);
          if (!dropped)
            dropped = key;
          continue;
        }
      /* An extra may be empty ("note = {}" in BibTeX) and stays so. */
      if (item_claim (it, key))
        json_builder_add_string_value (it->b, value);
    }
  return dropped;
}

/* Appends @text indented by two spaces per line.  JSON strings hold no raw
 * newline, so every line break belongs to the layout. */
static void
append_indented (GString *out, const char *text)
{
  const char *p = text;

  while (*p)
    {
      const char *nl = strchr (p, '\n');
      gsize n = nl ? (gsize) (nl - p) : strlen (p);
      if (n > 0)
        {
          g_string_append (out, "  ");
          g_string_append_len (out, p, n);
        }
      if (!nl)
        break;
      g_string_append_c (out, '\n');
      p = nl + 1;
    }
}

static gboolean
csl_write_record (gpointer state, const CkWriteOptions *options, GString *out,
                  CkRecord *rec, GError **error)
{
  CslWriter *w = state;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *made = NULL;
  g_autofree char *text = NULL;
  Item it = { b, seen };
  const char *key = ck_record_get_key (rec);
  const char *dropped;

  if (!key || !*key)
    key = made = ck_record_make_key (rec);
  key = ck_key_set_unique (w->keys, key && *key ? key : "item");

  json_builder_begin_object (b);
  item_string (&it, "id", key);
  item_string (&it, "type", ck_type_to_csl (ck_record_get_type (rec)));
  write_fields (&it, rec);
  write_names (&it, rec);
  write_container_fields (&it, rec);
  write_dates (&it, rec);
  dropped = write_extras (&it, rec, options);
  json_builder_end_object (b);
  if (dropped && (options->flags & CK_WRITE_STRICT))
    {
      g_set_error (error, CK_ERROR, CK_ERROR_LOSS,
                   "extra field '%s' has no place in CSL-JSON: the record already fills that variable",
                   dropped);
      return FALSE;
    }

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  json_generator_set_indent_char (gen, ' ');
  text = json_generator_to_data (gen, NULL);

  g_string_append (out, w->n_written == 0 ? "[\n" : ",\n");
  append_indented (out, text);
  w->n_written++;
  return TRUE;
}

static gboolean
csl_write_end (gpointer state, const CkWriteOptions *options, GString *out, GError **error)
{
  CslWriter *w = state;

  g_string_append (out, w->n_written == 0 ? "[]\n" : "\n]\n");
  return TRUE;
}

const CkFormatWriter ck_csljson_writer = {
  csl_writer_new, csl_writer_free, NULL, csl_write_record, csl_write_end,
};
