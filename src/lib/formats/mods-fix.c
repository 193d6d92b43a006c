/* mods-fix.c — citekit's <extension>: the part of a record MODS has no
 * place for, so that record → MODS → record gives the record back exactly.
 *
 * The writer never decides field by field what needs the extension.  It
 * builds the MODS tree, reads it back with the reader's own mapping, and
 * writes down the difference:
 *
 *   <extension>
 *     <ck:record xmlns:ck="urn:x-citekit:mods-extension:1">
 *       <ck:type>review-book</ck:type>            the CSL type, when genre cannot say it
 *       <ck:key>…</ck:key>
 *       <ck:field name="event-title">…</ck:field>  a field, by its CSL name
 *       <ck:field name="note" unset="yes"/>        … or one the mapping invented
 *       <ck:date kind="event" year="1998" month="3" …><ck:literal>…</ck:literal></ck:date>
 *       <ck:names><ck:name role="author"><ck:family>…</ck:family>…</ck:name>…</ck:names>
 *       <ck:extra key="owner">…</ck:extra>         every extra, in order
 *       <ck:relations><ck:relation kind="reviews" item="2"/></ck:relations>
 *     </ck:record>
 *   </extension>
 *
 * "item" N names the Nth relatedItem child of the same element (from 1).
 * A value XML cannot hold is written escaped="yes" (U+0001 as "\\u0001", a
 * stray byte as "\\xFF", a backslash doubled); the MODS text itself leaves those characters out.  A reader
 * that knows nothing of citekit skips the extension and still finds
 * everything it understands in plain MODS.
 */
#include "formats/mods-private.h"
#include "util/xml-safe.h"

#include <stdlib.h>
#include <string.h>

static const char * const relation_names[CK_RELATION_N_KINDS] = {
  [CK_RELATION_CONTAINER]   = "container",
  [CK_RELATION_CONSTITUENT] = "constituent",
  [CK_RELATION_REVIEWS]     = "reviews",
  [CK_RELATION_ORIGINAL]    = "original",
  [CK_RELATION_SERIES]      = "series",
};

/* ---- equality ---- */

static gboolean
names_equal (const CkRecord *a, const CkRecord *b)
{
  if (ck_record_get_n_names (a) != ck_record_get_n_names (b))
    return FALSE;
  for (guint i = 0; i < ck_record_get_n_names (a); i++)
    if (!ck_name_equal (ck_record_get_name (a, i), ck_record_get_name (b, i)) ||
        ck_record_get_name (a, i)->role != ck_record_get_name (b, i)->role)
      return FALSE;
  return TRUE;
}

static gboolean
extras_equal (const CkRecord *a, const CkRecord *b)
{
  if (ck_record_get_n_extras (a) != ck_record_get_n_extras (b))
    return FALSE;
  for (guint i = 0; i < ck_record_get_n_extras (a); i++)
    if (g_strcmp0 (ck_record_get_extra_key (a, i), ck_record_get_extra_key (b, i)) != 0 ||
        g_strcmp0 (ck_record_get_extra_value (a, i), ck_record_get_extra_value (b, i)) != 0)
      return FALSE;
  return TRUE;
}

static gboolean record_equal (const CkRecord *a, const CkRecord *b, guint depth);

static gboolean
relations_equal (const CkRecord *a, const CkRecord *b, guint depth)
{
  if (ck_record_get_n_relations (a) != ck_record_get_n_relations (b))
    return FALSE;
  for (guint i = 0; i < ck_record_get_n_relations (a); i++)
    {
      CkRelationKind ka, kb;
      CkRecord *ta = ck_record_get_relation (a, i, &ka);
      CkRecord *tb = ck_record_get_relation (b, i, &kb);
      if (ka != kb || !record_equal (ta, tb, depth + 1))
        return FALSE;
    }
  return TRUE;
}

static gboolean
record_equal (const CkRecord *a, const CkRecord *b, guint depth)
{
  if (a == b)
    return TRUE;
  if (depth > 32)
    return FALSE;
  if (ck_record_get_type (a) != ck_record_get_type (b) ||
      g_strcmp0 (ck_record_get_key (a), ck_record_get_key (b)) != 0)
    return FALSE;
  for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
    if (g_strcmp0 (ck_record_get (a, f), ck_record_get (b, f)) != 0)
      return FALSE;
  for (guint k = 0; k < CK_DATE_N_KINDS; k++)
    if (!ck_date_equal (ck_record_get_date (a, k), ck_record_get_date (b, k)))
      return FALSE;
  return names_equal (a, b) && extras_equal (a, b) && relations_equal (a, b, depth);
}

gboolean
ck_mods_record_equal (const CkRecord *a, const CkRecord *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  return record_equal (a, b, 0);
}

/* ---- values XML cannot hold ---- */

/* "\\" for a backslash, "\uXXXX" / "\UXXXXXXXX" for a character XML 1.0
 * cannot hold, "\xHH" for a byte that is not UTF-8.  Used only on values
 * that need it, marked escaped="yes". */
static char *
escape (const char *text)
{
  GString *s = g_string_new (NULL);
  const char *p = text, *end = text + strlen (text);

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (s, "\\x%02X", (guchar) *p);
          p++;
          continue;
        }
      if (c == '\\')
        g_string_append (s, "\\\\");
      else if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
               (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
        g_string_append_len (s, p, g_utf8_next_char (p) - p);
      else if (c <= 0xFFFF)
        g_string_append_printf (s, "\\u%04X", c);
      else
        g_string_append_printf (s, "\\U%08X", c);
      p = g_utf8_next_char (p);
    }
  return g_string_free (s, FALSE);
}

static int
hex_value (const char *p, guint n)
{
  int v = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isxdigit (p[i]))
        return -1;
      v = v * 16 + g_ascii_xdigit_value (p[i]);
    }
  return v;
}

static char *
unescape (const char *text)
{
  GString *s = g_string_new (NULL);
  for (const char *p = text; *p; p++)
    {
      int v;
      if (*p != '\\' || !p[1])
        {
          g_string_append_c (s, *p);
          continue;
        }
      if (p[1] == '\\')
        {
          g_string_append_c (s, '\\');
          p++;
        }
      else if (p[1] == 'x' && (v = hex_value (p + 2, 2)) > 0)
        {
          g_string_append_c (s, (char) v);
          p += 3;
        }
      else if (p[1] == 'u' && (v = hex_value (p + 2, 4)) > 0)
        {
          g_string_append_unichar (s, (gunichar) v);
          p += 5;
        }
      else if (p[1] == 'U' && (v = hex_value (p + 2, 8)) > 0 && v <= 0x10FFFF)
        {
          g_string_append_unichar (s, (gunichar) v);
          p += 9;
        }
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

/* ---- writing the difference ---- */

typedef struct {
  xmlNode *owner;   /* the element the extension goes into */
  xmlNode *rec;     /* <ck:record>, created on first use */
  xmlNs   *ns;
} Fix;

static xmlNode *
fix_root (Fix *fx)
{
  if (!fx->rec)
    {
      xmlNode *ext = xmlNewTextChild (fx->owner, NULL, BAD_CAST "extension", NULL);
      fx->rec = xmlNewChild (ext, NULL, BAD_CAST "record", NULL);
      fx->ns = xmlNewNs (fx->rec, BAD_CAST CK_MODS_EXT_NS, BAD_CAST CK_MODS_EXT_PREFIX);
      xmlSetNs (fx->rec, fx->ns);
    }
  return fx->rec;
}

static xmlNode *
fix_add (Fix *fx, xmlNode *parent, const char *name, const char *text)
{
  xmlNode *n;
  if (text && !ck_xml_text_is_clean (text))
    {
      g_autofree char *esc = escape (text);
      n = xmlNewTextChild (parent ? parent : fix_root (fx), fx->ns, BAD_CAST name, BAD_CAST esc);
      xmlNewProp (n, BAD_CAST "escaped", BAD_CAST "yes");
      return n;
    }
  return xmlNewTextChild (parent ? parent : fix_root (fx), fx->ns, BAD_CAST name, BAD_CAST text);
}

static void
set_int (xmlNode *n, const char *name, int v)
{
  char buf[24];
  if (!v)
    return;
  g_snprintf (buf, sizeof buf, "%d", v);
  xmlNewProp (n, BAD_CAST name, BAD_CAST buf);
}

static void
write_name (Fix *fx, xmlNode *list, const CkName *name)
{
  xmlNode *n = fix_add (fx, list, "name", NULL);
  xmlNewProp (n, BAD_CAST "role", BAD_CAST ck_role_to_csl (name->role));
  if (name->family)
    fix_add (fx, n, "family", name->family);
  if (name->given)
    fix_add (fx, n, "given", name->given);
  if (name->particle)
    fix_add (fx, n, "particle", name->particle);
  if (name->suffix)
    fix_add (fx, n, "suffix", name->suffix);
  if (name->literal)
    fix_add (fx, n, "literal", name->literal);
}

static void
write_date (Fix *fx, CkDateKind kind, const CkDate *d)
{
  xmlNode *n = fix_add (fx, NULL, "date", NULL);
  xmlNewProp (n, BAD_CAST "kind", BAD_CAST ck_date_kind_to_csl (kind));
  if (!d)
    {
      xmlNewProp (n, BAD_CAST "unset", BAD_CAST "yes");
      return;
    }
  set_int (n, "year", d->year);
  set_int (n, "month", d->month);
  set_int (n, "day", d->day);
  set_int (n, "end-year", d->end_year);
  set_int (n, "end-month", d->end_month);
  set_int (n, "end-day", d->end_day);
  set_int (n, "season", (int) d->season);
  if (d->circa)
    xmlNewProp (n, BAD_CAST "circa", BAD_CAST "yes");
  if (d->literal)
    fix_add (fx, n, "literal", d->literal);
}

void
ck_mods_fix_append (xmlNode *node, const CkRecord *want, const CkRecord *got,
                    const int *item_of_relation, CkDiag *diag)
{
  static const char fate[] = "kept in the citekit <extension>";
  Fix fx = { node, NULL, NULL };

  if (ck_record_get_type (want) != ck_record_get_type (got))
    fix_add (&fx, NULL, "type", ck_type_to_csl (ck_record_get_type (want)));
  if (g_strcmp0 (ck_record_get_key (want), ck_record_get_key (got)) != 0)
    {
      xmlNode *k = fix_add (&fx, NULL, "key", ck_record_get_key (want));
      if (!ck_record_get_key (want))
        xmlNewProp (k, BAD_CAST "unset", BAD_CAST "yes");
    }
  for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
    {
      const char *w = ck_record_get (want, f), *g = ck_record_get (got, f);
      xmlNode *n;
      if (g_strcmp0 (w, g) == 0)
        continue;
      n = fix_add (&fx, NULL, "field", w);
      xmlNewProp (n, BAD_CAST "name", BAD_CAST ck_field_to_csl (f));
      if (!w)
        xmlNewProp (n, BAD_CAST "unset", BAD_CAST "yes");
      else if (diag && !g)
        ck_diag_add_loss (diag, ck_field_to_csl (f), "MODS", fate);
    }
  for (guint k = 0; k < CK_DATE_N_KINDS; k++)
    if (!ck_date_equal (ck_record_get_date (want, k), ck_record_get_date (got, k)))
      {
        write_date (&fx, k, ck_record_get_date (want, k));
        if (diag && !ck_record_get_date (got, k))
          ck_diag_add_loss (diag, ck_date_kind_to_csl (k), "MODS", fate);
      }
  if (!names_equal (want, got))
    {
      xmlNode *list = fix_add (&fx, NULL, "names", NULL);
      for (guint i = 0; i < ck_record_get_n_names (want); i++)
        write_name (&fx, list, ck_record_get_name (want, i));
    }
  for (guint i = 0; i < ck_record_get_n_extras (want); i++)
    {
      /* keys go into an attribute, escaped the same way when they must be */
      const char *key = ck_record_get_extra_key (want, i);
      xmlNode *n = fix_add (&fx, NULL, "extra", ck_record_get_extra_value (want, i));
      if (diag)
        ck_diag_add_loss (diag, key, "MODS", fate);
      if (ck_xml_text_is_clean (key))
        xmlNewProp (n, BAD_CAST "key", BAD_CAST key);
      else
        {
          g_autofree char *esc = escape (key);
          xmlNewProp (n, BAD_CAST "key", BAD_CAST esc);
          xmlNewProp (n, BAD_CAST "key-escaped", BAD_CAST "yes");
        }
    }
  if (!relations_equal (want, got, 0))
    {
      xmlNode *list = fix_add (&fx, NULL, "relations", NULL);
      for (guint i = 0; i < ck_record_get_n_relations (want); i++)
        {
          CkRelationKind kind;
          xmlNode *r;
          ck_record_get_relation (want, i, &kind);
          if (item_of_relation[i] < 0)
            continue;   /* nested too deep to be written */
          r = fix_add (&fx, list, "relation", NULL);
          xmlNewProp (r, BAD_CAST "kind", BAD_CAST relation_names[kind]);
          set_int (r, "item", item_of_relation[i] + 1);  /* +1: set_int skips 0 */
        }
    }
}

/* ---- applying it ---- */

static gboolean
is_ck (const xmlNode *n, const char *name)
{
  return n && n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual (n->ns->href, BAD_CAST CK_MODS_EXT_NS) &&
         xmlStrEqual (n->name, BAD_CAST name);
}

static char *
prop (const xmlNode *n, const char *name)
{
  return (char *) xmlGetNoNsProp (n, BAD_CAST name);
}

/* Exact text (not trimmed: the extension keeps values byte for byte). */
static char *
exact_text (const xmlNode *node)
{
  GString *s = g_string_new (NULL);
  g_autofree char *escaped = prop (node, "escaped");
  for (const xmlNode *c = node->children; c; c = c->next)
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      g_string_append (s, (const char *) c->content);
  if (escaped && strcmp (escaped, "yes") == 0)
    {
      char *raw = unescape (s->str);
      g_string_free (s, TRUE);
      return raw;
    }
  return g_string_free (s, FALSE);
}

static int
int_prop (const xmlNode *n, const char *name)
{
  g_autofree char *v = prop (n, name);
  gint64 x;
  if (!v || !g_ascii_string_to_signed (v, 10, -100000, 100000, &x, NULL))
    return 0;
  return (int) x;
}

static gboolean
yes (const xmlNode *n, const char *name)
{
  g_autofree char *v = prop (n, name);
  return v && strcmp (v, "yes") == 0;
}

static CkName *
read_name (const xmlNode *n)
{
  g_autofree char *role_s = prop (n, "role");
  CkRole role = CK_ROLE_AUTHOR;
  CkName *name;

  if (role_s)
    ck_role_from_csl (role_s, &role);
  name = ck_name_new (role);
  for (const xmlNode *c = n->children; c; c = c->next)
    {
      char **slot = is_ck (c, "family") ? &name->family : is_ck (c, "given") ? &name->given :
                    is_ck (c, "particle") ? &name->particle : is_ck (c, "suffix") ? &name->suffix :
                    is_ck (c, "literal") ? &name->literal : NULL;
      if (slot && !*slot)
        *slot = exact_text (c);
    }
  return name;
}

static CkDate *
read_date (const xmlNode *n)
{
  CkDate *d = ck_date_new ();
  int season = int_prop (n, "season");
  d->year = int_prop (n, "year");
  d->month = int_prop (n, "month");
  d->day = int_prop (n, "day");
  d->end_year = int_prop (n, "end-year");
  d->end_month = int_prop (n, "end-month");
  d->end_day = int_prop (n, "end-day");
  d->season = (season >= CK_SEASON_NONE && season <= CK_SEASON_WINTER) ? (CkSeason) season : CK_SEASON_NONE;
  d->circa = yes (n, "circa");
  for (const xmlNode *c = n->children; c; c = c->next)
    if (is_ck (c, "literal") && !d->literal)
      d->literal = exact_text (c);
  return d;
}

static const xmlNode *
find_fix (const xmlNode *node)
{
  for (const xmlNode *c = node->children; c; c = c->next)
    if (ck_mods_is (c, "extension"))
      for (const xmlNode *r = c->children; r; r = r->next)
        if (is_ck (r, "record"))
          return r;
  return NULL;
}

/* Adds a relation unless it would close a cycle (which the record model
 * refuses: a hostile file could try). */
static void
add_relation (CkRecord *rec, CkRelationKind kind, CkRecord *target)
{
  if (target && target != rec)
    ck_record_add_relation (rec, kind, target);
}

void
ck_mods_fix_apply (const xmlNode *node, CkRecord *rec, GPtrArray *pending, GPtrArray *items)
{
  const xmlNode *fix = find_fix (node);
  const xmlNode *relations = NULL;

  for (const xmlNode *c = fix ? fix->children : NULL; c; c = c->next)
    {
      if (is_ck (c, "type"))
        {
          g_autofree char *t = exact_text (c);
          CkType type;
          if (ck_type_from_csl (t, &type))
            ck_record_set_type (rec, type);
        }
      else if (is_ck (c, "key"))
        {
          g_autofree char *k = yes (c, "unset") ? NULL : exact_text (c);
          ck_record_set_key (rec, k);
        }
      else if (is_ck (c, "field"))
        {
          g_autofree char *name = prop (c, "name");
          CkField f;
          if (name && ck_field_from_csl (name, &f))
            ck_record_take (rec, f, yes (c, "unset") ? NULL : exact_text (c));
        }
      else if (is_ck (c, "date"))
        {
          g_autofree char *kind_s = prop (c, "kind");
          CkDateKind kind;
          if (kind_s && ck_date_kind_from_csl (kind_s, &kind))
            ck_record_take_date (rec, kind, yes (c, "unset") ? NULL : read_date (c));
        }
      else if (is_ck (c, "names"))
        {
          while (ck_record_get_n_names (rec) > 0)
            ck_record_remove_name (rec, ck_record_get_n_names (rec) - 1);
          for (const xmlNode *n = c->children; n; n = n->next)
            if (is_ck (n, "name"))
              ck_record_take_name (rec, read_name (n));
        }
      else if (is_ck (c, "extra"))
        {
          g_autofree char *key = prop (c, "key");
          g_autofree char *value = exact_text (c);
          if (key && yes (c, "key-escaped"))
            {
              char *raw = unescape (key);
              g_free (key);
              key = raw;
            }
          if (key && *key)
            ck_record_set_extra (rec, key, value);
        }
      else if (is_ck (c, "relations"))
        relations = c;
    }

  if (!relations)
    {
      for (guint i = 0; i < pending->len; i++)
        {
          CkModsPendingRelation *p = g_ptr_array_index (pending, i);
          add_relation (rec, p->kind, p->target);
        }
      return;
    }
  for (const xmlNode *r = relations->children; r; r = r->next)
    {
      g_autofree char *kind_s = NULL;
      int item;
      if (!is_ck (r, "relation"))
        continue;
      kind_s = prop (r, "kind");
      item = int_prop (r, "item") - 1;
      if (item < 0 || (guint) item >= items->len || !kind_s)
        continue;
      for (guint k = 0; k < CK_RELATION_N_KINDS; k++)
        if (strcmp (kind_s, relation_names[k]) == 0)
          add_relation (rec, (CkRelationKind) k, g_ptr_array_index (items, item));
    }
}
