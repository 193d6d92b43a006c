/* mods-map.c — a MODS element tree (<mods> or <relatedItem>) as a record:
 * the reader's mapping, also run by the writer on what it built.
 *
 * Tolerated deviations, all met in real files: elements without a
 * namespace; roleTerm authorities other than "marcrelator" (misspelt ones
 * included) and roles given only as text; names as one untyped namePart
 * ("West, Matthew,"); the cite key in identifier[@type=citekey] or @ID
 * (bibutils, JabRef); part at the top level instead of inside the host;
 * several originInfo elements (the first value of each kind wins).
 */
#include "formats/mods-private.h"

#include <stdlib.h>
#include <string.h>

gboolean
ck_mods_is (const xmlNode *node, const char *name)
{
  if (!node || node->type != XML_ELEMENT_NODE || !xmlStrEqual (node->name, BAD_CAST name))
    return FALSE;
  return node->ns == NULL || xmlStrEqual (node->ns->href, BAD_CAST CK_MODS_NS);
}

#define FOR_CHILDREN(c, parent) \
  for (const xmlNode *c = (parent)->children; c; c = c->next) if (c->type == XML_ELEMENT_NODE)

/* Text children only: an entity reference is never followed, so a
 * declared entity cannot inject or multiply text. */
static char *
raw_text (const xmlNode *node)
{
  GString *s = g_string_new (NULL);
  for (const xmlNode *c = node->children; c; c = c->next)
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      g_string_append (s, (const char *) c->content);
  return g_string_free (s, FALSE);
}

char *
ck_mods_node_text (const xmlNode *node)
{
  char *t = g_strstrip (raw_text (node));
  if (!*t)
    g_clear_pointer (&t, g_free);
  return t;
}

static char *
attr (const xmlNode *node, const char *name)
{
  return (char *) xmlGetNoNsProp (node, BAD_CAST name);
}

static gboolean
attr_is (const xmlNode *node, const char *name, const char *value)
{
  g_autofree char *v = attr (node, name);
  return v && g_ascii_strcasecmp (v, value) == 0;
}

static const xmlNode *
child (const xmlNode *node, const char *name)
{
  FOR_CHILDREN (c, node)
    if (ck_mods_is (c, name))
      return c;
  return NULL;
}

static char *
child_text (const xmlNode *node, const char *name)
{
  const xmlNode *c = child (node, name);
  return c ? ck_mods_node_text (c) : NULL;
}

/* Sets @field unless it is set already (first value wins). */
static void
set_first (CkRecord *rec, CkField field, char *value)
{
  if (value && !ck_record_has (rec, field))
    ck_record_take (rec, field, value);
  else
    g_free (value);
}

static void
append_text (GString **acc, const char *sep, const char *text)
{
  if (!text)
    return;
  if (!*acc)
    *acc = g_string_new (text);
  else
    g_string_append_printf (*acc, "%s%s", sep, text);
}

/* ---- dates ---- */

/* "1998", "1998-03", "1998-03-04" → parts; FALSE for anything else. */
static gboolean
parse_iso (const char *s, int *y, int *m, int *d)
{
  int n = 0, v[3] = { 0, 0, 0 };
  const char *p = s;

  while (n < 3)
    {
      int digits = 0, val = 0;
      while (g_ascii_isdigit (*p) && digits < 5)
        val = val * 10 + (*p++ - '0'), digits++;
      if (digits == 0 || (n == 0 && digits != 4) || (n > 0 && digits != 2))
        return FALSE;
      v[n++] = val;
      if (*p != '-')
        break;
      p++;
    }
  if (*p)
    return FALSE;
  *y = v[0];
  *m = v[1];
  *d = v[2];
  return *y > 0 && *m >= 0 && *m <= 24 && *d >= 0 && *d <= 31;
}

/* The EDTF subset ck_date_to_iso writes: "1998-03/1998-04", "1962-22", "1900~". */
static CkDate *
parse_edtf (const char *text)
{
  g_autofree char *s = g_strstrip (g_strdup (text));
  g_autoptr(CkDate) d = ck_date_new ();
  gsize len = strlen (s);
  char *slash;

  if (len && s[len - 1] == '~')
    {
      d->circa = TRUE;
      s[--len] = '\0';
    }
  slash = strchr (s, '/');
  if (slash)
    *slash = '\0';
  if (!parse_iso (s, &d->year, &d->month, &d->day))
    return NULL;
  if (d->month > 12)
    {
      if (d->month < 21 || d->day)
        return NULL;
      d->season = (CkSeason) (d->month - 20);
      d->month = 0;
    }
  if (slash)
    {
      int m = 0;
      if (!parse_iso (slash + 1, &d->end_year, &m, &d->end_day) || m > 12)
        return NULL;
      d->end_month = m;
    }
  return g_steal_pointer (&d);
}

static CkDate *
parse_date_text (const char *text)
{
  CkDate *d = parse_edtf (text);
  if (d)
    return d;
  d = ck_date_parse (text);
  if (d)
    return d;
  d = ck_date_new ();
  d->literal = g_strdup (text);
  return d;
}

/* The first start/end pair of @element children of @parent. */
static CkDate *
map_date (const xmlNode *parent, const char *element)
{
  g_autofree char *start = NULL, *end = NULL;
  gboolean approx = FALSE;
  CkDate *d;

  FOR_CHILDREN (c, parent)
    {
      if (!ck_mods_is (c, element))
        continue;
      if (attr_is (c, "point", "end"))
        {
          if (!end)
            end = ck_mods_node_text (c);
        }
      else if (!start)
        {
          start = ck_mods_node_text (c);
          approx = attr_is (c, "qualifier", "approximate");
        }
    }
  if (!start)
    return NULL;
  d = parse_date_text (start);
  if (end && d->year && !d->end_year)
    {
      int y = 0, m = 0, dd = 0;
      if (parse_iso (end, &y, &m, &dd) && m <= 12)
        {
          d->end_year = y;
          d->end_month = m;
          d->end_day = dd;
        }
    }
  if (approx && d->year)
    d->circa = TRUE;
  return d;
}

static void
take_date_first (CkRecord *rec, CkDateKind kind, CkDate *date)
{
  if (date && !ck_record_get_date (rec, kind))
    ck_record_take_date (rec, kind, date);
  else
    ck_date_free (date);
}

/* ---- names ---- */

/* A family name written with its particle ("van der Berg"): the leading
 * lower-case words are the particle, as in BibTeX's "von" part. */
static void
split_particle (CkName *name)
{
  const char *p = name->family, *last_space = NULL;
  if (!p || !g_ascii_islower (*p))
    return;
  for (const char *q = p; *q; q = g_utf8_next_char (q))
    if (*q == ' ')
      {
        gunichar next = g_utf8_get_char (q + 1);
        if (g_unichar_isupper (next))
          {
            last_space = q;
            break;
          }
        if (!g_unichar_islower (next))
          return;
      }
  if (!last_space)
    return;
  name->particle = g_strndup (p, (gsize) (last_space - p));
  {
    char *family = g_strdup (last_space + 1);
    g_free (name->family);
    name->family = family;
  }
}

static gboolean
role_from_name_node (const xmlNode *name, CkRole *out_role)
{
  gboolean have_text = FALSE;
  CkRole text_role = CK_ROLE_AUTHOR;

  FOR_CHILDREN (r, name)
    {
      if (!ck_mods_is (r, "role"))
        continue;
      FOR_CHILDREN (t, r)
        {
          g_autofree char *v = NULL;
          if (!ck_mods_is (t, "roleTerm") || !(v = ck_mods_node_text (t)))
            continue;
          if (attr_is (t, "type", "code"))
            {
              /* Codes win: a text may be Zotero's nearest word. */
              if (ck_role_from_marc (v, out_role))
                return TRUE;
            }
          else if (!have_text && ck_mods_role_from_text (v, &text_role))
            have_text = TRUE;
          else if (!have_text && strlen (v) == 3 && ck_role_from_marc (v, &text_role))
            have_text = TRUE;
        }
    }
  if (have_text)
    *out_role = text_role;
  return have_text;
}

static char *
trim_name_part (char *s)
{
  /* Catalogue punctuation: "West, Matthew," */
  gsize n;
  if (!s)
    return NULL;
  n = strlen (s);
  while (n && (s[n - 1] == ',' || s[n - 1] == ' '))
    s[--n] = '\0';
  if (!*s)
    g_clear_pointer (&s, g_free);
  return s;
}

static CkName *
map_name (const xmlNode *node, CkRole default_role)
{
  g_autoptr(GString) family = NULL, given = NULL, plain = NULL;
  g_autofree char *suffix = NULL, *display = NULL, *type = attr (node, "type");
  CkRole role = default_role;
  CkName *name;
  guint n_plain = 0;

  FOR_CHILDREN (c, node)
    {
      g_autofree char *t = NULL;
      g_autofree char *pt = NULL;
      if (ck_mods_is (c, "displayForm"))
        {
          if (!display)
            display = ck_mods_node_text (c);
          continue;
        }
      if (!ck_mods_is (c, "namePart") || !(t = ck_mods_node_text (c)))
        continue;
      pt = attr (c, "type");
      if (!pt)
        {
          append_text (&plain, ", ", t);
          n_plain++;
        }
      else if (strcmp (pt, "family") == 0)
        append_text (&family, " ", t);
      else if (strcmp (pt, "given") == 0)
        append_text (&given, " ", t);
      else if (strcmp (pt, "termsOfAddress") == 0 && !suffix)
        suffix = g_steal_pointer (&t);
      /* "date" parts are life dates: not part of the name */
    }
  role_from_name_node (node, &role);
  name = ck_name_new (role);
  if (family || given)
    {
      name->family = family ? g_string_free (g_steal_pointer (&family), FALSE) : NULL;
      name->given = given ? g_string_free (g_steal_pointer (&given), FALSE) : NULL;
      name->suffix = g_steal_pointer (&suffix);
      name->literal = g_steal_pointer (&display);
      split_particle (name);
    }
  else if (plain && strchr (plain->str, ',') &&
           ((type && strcmp (type, "personal") == 0) || (!type && n_plain == 1)))
    {
      /* "Family, Given" (a name without @type and one such part is
       * almost always personal: "Ulmer, Fran") */
      char *comma = strchr (plain->str, ',');
      name->family = trim_name_part (g_strndup (plain->str, (gsize) (comma - plain->str)));
      name->given = trim_name_part (g_strstrip (g_strdup (comma + 1)));
      name->suffix = g_steal_pointer (&suffix);
    }
  else if (plain && type && strcmp (type, "personal") == 0)
    {
      CkName *parsed = ck_name_parse_display (role, plain->str);
      if (parsed && !ck_name_is_empty (parsed))
        {
          ck_name_free (name);
          name = parsed;
        }
      else
        {
          ck_name_free (parsed);
          name->literal = g_strdup (plain->str);
        }
    }
  else if (plain)
    name->literal = g_string_free (g_steal_pointer (&plain), FALSE);
  else if (display)
    name->literal = g_steal_pointer (&display);
  if (ck_name_is_empty (name))
    g_clear_pointer (&name, ck_name_free);
  return name;
}

/* ---- the record ---- */

typedef struct {
  const CkModsMapContext *ctx;
  CkRecord  *rec;
  GPtrArray *pending;      /* CkModsPendingRelation */
  GPtrArray *items;        /* CkRecord per relatedItem child (NULL when skipped) */
  GPtrArray *late_names;   /* names from relatedItems, after the record's own */
  GString   *notes, *abstract, *keywords;
  char      *title_key;    /* key candidates, best first */
  char      *id_key;
  char      *record_key;
  gboolean   have_type;    /* from a genre */
  int        type_rank;    /* lower is better */
  CkType     type;
  char      *issuance;
  gboolean   manuscript;
  GPtrArray *extents;      /* physicalDescription/extent texts, in order */
  GPtrArray *plain_genres; /* genre without @authority, in order */
  gboolean   host_seen, series_seen, original_seen, review_seen;
} Map;

static void
propose_type (Map *m, int rank, CkType type)
{
  if (!m->have_type || rank < m->type_rank)
    {
      m->have_type = TRUE;
      m->type_rank = rank;
      m->type = type;
    }
}

static void
pending_free (gpointer p)
{
  CkModsPendingRelation *r = p;
  ck_record_unref (r->target);
  g_free (r);
}

static void
add_pending (Map *m, CkRelationKind kind, CkRecord *target, int item)
{
  CkModsPendingRelation *r = g_new0 (CkModsPendingRelation, 1);
  r->kind = kind;
  r->target = ck_record_ref (target);
  r->item = item;
  g_ptr_array_add (m->pending, r);
}

/* Full title "Title: Subtitle" of a titleInfo, with nonSort and parts. */
static void
map_title_info (const xmlNode *ti, char **out_title, char **out_subtitle)
{
  g_autofree char *non_sort = child_text (ti, "nonSort");
  g_autofree char *title = child_text (ti, "title");
  g_autofree char *part_number = child_text (ti, "partNumber");
  g_autofree char *part_name = child_text (ti, "partName");
  GString *s;

  *out_subtitle = child_text (ti, "subTitle");
  if (!title && !non_sort && !part_number && !part_name)
    {
      *out_title = NULL;
      return;
    }
  s = g_string_new (NULL);
  if (non_sort)
    {
      /* catalogues keep the space in nonSort ("The "), XML trimming loses it */
      g_string_append (s, non_sort);
      if (title && !g_str_has_suffix (non_sort, "'"))
        g_string_append_c (s, ' ');
    }
  if (title)
    g_string_append (s, title);
  if (part_number)
    g_string_append_printf (s, "%s%s", s->len ? ". " : "", part_number);
  if (part_name)
    g_string_append_printf (s, "%s%s", s->len ? (part_number ? ": " : ". ") : "", part_name);
  *out_title = g_string_free (s, FALSE);
}

static void
map_titles (Map *m, const xmlNode *node)
{
  const xmlNode *main_ti = NULL, *first_ti = NULL;

  FOR_CHILDREN (c, node)
    {
      g_autofree char *type = NULL;
      if (!ck_mods_is (c, "titleInfo"))
        continue;
      type = attr (c, "type");
      if (!first_ti)
        first_ti = c;
      if (!type && !main_ti)
        main_ti = c;
      else if (type && (strcmp (type, "abbreviated") == 0 || strcmp (type, "translated") == 0))
        {
          char *t = NULL, *sub = NULL;
          CkField f = type[0] == 'a' ? CK_FIELD_SHORT_TITLE : CK_FIELD_TRANSLATED_TITLE;
          map_title_info (c, &t, &sub);
          if (t && sub)
            {
              char *full = g_strdup_printf ("%s: %s", t, sub);
              g_free (t);
              t = full;
            }
          set_first (m->rec, f, t);
          g_free (sub);
        }
    }
  if (!main_ti)
    main_ti = first_ti;
  if (main_ti)
    {
      char *t = NULL, *sub = NULL;
      map_title_info (main_ti, &t, &sub);
      set_first (m->rec, CK_FIELD_TITLE, t);
      set_first (m->rec, CK_FIELD_SUBTITLE, sub);
    }
}

static void
map_origin (Map *m, const xmlNode *oi)
{
  CkRecord *rec = m->rec;

  FOR_CHILDREN (c, oi)
    {
      if (ck_mods_is (c, "place") && !ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE))
        {
          FOR_CHILDREN (t, c)
            if (ck_mods_is (t, "placeTerm") && !attr_is (t, "type", "code"))
              {
                set_first (rec, CK_FIELD_PUBLISHER_PLACE, ck_mods_node_text (t));
                break;
              }
        }
      else if (ck_mods_is (c, "publisher"))
        set_first (rec, CK_FIELD_PUBLISHER, ck_mods_node_text (c));
      else if (ck_mods_is (c, "agent") && !ck_record_has (rec, CK_FIELD_PUBLISHER))
        set_first (rec, CK_FIELD_PUBLISHER, child_text (c, "namePart"));   /* MODS 3.8 */
      else if (ck_mods_is (c, "edition"))
        set_first (rec, CK_FIELD_EDITION, ck_mods_node_text (c));
      else if (ck_mods_is (c, "issuance") && !m->issuance)
        m->issuance = ck_mods_node_text (c);
    }
  take_date_first (rec, CK_DATE_ISSUED, map_date (oi, "dateIssued"));
  take_date_first (rec, CK_DATE_ISSUED, map_date (oi, "copyrightDate"));
  take_date_first (rec, CK_DATE_ISSUED, map_date (oi, "dateCreated"));
  take_date_first (rec, CK_DATE_ACCESSED, map_date (oi, "dateCaptured"));
}

static void
map_language (Map *m, const xmlNode *lang)
{
  g_autofree char *code = NULL, *text = NULL;
  FOR_CHILDREN (t, lang)
    {
      if (!ck_mods_is (t, "languageTerm"))
        continue;
      if (attr_is (t, "type", "code") && !code)
        code = ck_mods_node_text (t);
      else if (!attr_is (t, "type", "code") && !text)
        text = ck_mods_node_text (t);
    }
  /* CSL wants a code; Zotero prefers it too. */
  set_first (m->rec, CK_FIELD_LANGUAGE, code ? g_steal_pointer (&code) : g_steal_pointer (&text));
}

static void
map_part (Map *m, const xmlNode *part)
{
  CkRecord *rec = m->rec;
  FOR_CHILDREN (c, part)
    {
      if (ck_mods_is (c, "detail"))
        {
          g_autofree char *type = attr (c, "type");
          char *v = child_text (c, "number");
          CkField f;
          if (!v)
            v = child_text (c, "caption");
          if (!type)
            f = CK_FIELD_N_FIELDS;
          else if (g_ascii_strcasecmp (type, "volume") == 0)
            f = CK_FIELD_VOLUME;
          else if (g_ascii_strcasecmp (type, "issue") == 0 || g_ascii_strcasecmp (type, "number") == 0)
            f = CK_FIELD_ISSUE;
          else if (g_ascii_strcasecmp (type, "chapter") == 0)
            f = CK_FIELD_CHAPTER_NUMBER;
          else if (g_ascii_strcasecmp (type, "section") == 0)
            f = CK_FIELD_SECTION;
          else
            f = CK_FIELD_N_FIELDS;
          if (f < CK_FIELD_N_FIELDS)
            set_first (rec, f, v);
          else
            g_free (v);
        }
      else if (ck_mods_is (c, "extent"))
        {
          g_autofree char *start = child_text (c, "start");
          g_autofree char *end = child_text (c, "end");
          g_autofree char *list = child_text (c, "list");
          g_autofree char *total = child_text (c, "total");
          /* the range as written wins over its parts */
          if (list)
            set_first (rec, CK_FIELD_PAGES, g_steal_pointer (&list));
          else if (start && end && strcmp (start, end) != 0)
            set_first (rec, CK_FIELD_PAGES, g_strdup_printf ("%s-%s", start, end));
          else if (start || end)
            set_first (rec, CK_FIELD_PAGES, g_strdup (start ? start : end));
          if (total)
            set_first (rec, CK_FIELD_NUMBER_OF_PAGES, g_steal_pointer (&total));
        }
      else if (ck_mods_is (c, "date"))
        take_date_first (rec, CK_DATE_ISSUED, map_date (part, "date"));
    }
}

static void
map_type_elements (Map *m, const xmlNode *c)
{
  g_autofree char *text = ck_mods_node_text (c);
  CkType type;

  if (!text)
    return;
  if (ck_mods_is (c, "typeOfResource"))
    {
      if (attr_is (c, "manuscript", "yes"))
        m->manuscript = TRUE;
      if (ck_mods_type_from_resource (text, &type))
        propose_type (m, 6, type);
      return;
    }
  /* genre */
  {
    g_autofree char *authority = attr (c, "authority");
    if (authority && strcmp (authority, "local") == 0)
      {
        if (ck_mods_type_from_genre (text, &type))
          propose_type (m, 2, type);
      }
    else if (authority && (strcmp (authority, "marcgt") == 0 || strcmp (authority, "marc") == 0))
      {
        if (ck_mods_type_from_genre (text, &type))
          propose_type (m, 1, type);
      }
    else if (!authority)
      g_ptr_array_add (m->plain_genres, g_steal_pointer (&text));   /* decided at the end */
    else if (ck_mods_type_from_genre (text, &type))
      propose_type (m, 3, type);   /* bibutilsgt, lcgft … */
  }
}

static void
map_host (Map *m, const xmlNode *node, CkRecord *host)
{
  CkRecord *rec = m->rec;
  CkType type;
  static const CkField inherit[] = {
    CK_FIELD_VOLUME, CK_FIELD_ISSUE, CK_FIELD_PAGES, CK_FIELD_CHAPTER_NUMBER, CK_FIELD_PUBLISHER,
    CK_FIELD_PUBLISHER_PLACE, CK_FIELD_EDITION, CK_FIELD_ISBN, CK_FIELD_ISSN, CK_FIELD_SECTION,
    CK_FIELD_COLLECTION_TITLE, CK_FIELD_COLLECTION_NUMBER,
  };

  set_first (rec, CK_FIELD_CONTAINER_TITLE, ck_record_dup_full_title (host));
  set_first (rec, CK_FIELD_CONTAINER_TITLE_SHORT, g_strdup (ck_record_get (host, CK_FIELD_SHORT_TITLE)));
  for (guint i = 0; i < G_N_ELEMENTS (inherit); i++)
    set_first (rec, inherit[i], g_strdup (ck_record_get (host, inherit[i])));
  if (ck_record_get_date (host, CK_DATE_ISSUED))
    take_date_first (rec, CK_DATE_ISSUED, ck_date_copy (ck_record_get_date (host, CK_DATE_ISSUED)));
  for (guint i = 0; i < ck_record_get_n_names (host); i++)
    {
      CkName *n = ck_name_copy (ck_record_get_name (host, i));
      if (n->role == CK_ROLE_AUTHOR)
        n->role = CK_ROLE_CONTAINER_AUTHOR;
      g_ptr_array_add (m->late_names, n);
    }
  /* What the host is says what its part is. */
  FOR_CHILDREN (c, node)
    {
      g_autofree char *g = NULL;
      if (ck_mods_is (c, "genre") && (g = ck_mods_node_text (c)) && ck_mods_type_from_host_genre (g, &type))
        {
          propose_type (m, 4, type);
          break;
        }
    }
  {
    const xmlNode *oi = child (node, "originInfo");
    g_autofree char *iss = oi ? child_text (oi, "issuance") : NULL;
    if (iss && (strcmp (iss, "continuing") == 0 || strcmp (iss, "serial") == 0))
      propose_type (m, 5, CK_TYPE_ARTICLE_JOURNAL);
    else
      propose_type (m, 7, CK_TYPE_CHAPTER);
  }
}

/* Series title and number straight from the element (as Zotero reads
 * them): the number is the series' volume, not part of its title, and it
 * must not depend on what the series record says about itself. */
static void
map_series (Map *m, const xmlNode *node)
{
  const xmlNode *ti = NULL;
  g_autofree char *number = NULL;

  FOR_CHILDREN (c, node)
    if (ck_mods_is (c, "titleInfo") && (!ti || !xmlHasProp (c, BAD_CAST "type")))
      {
        ti = c;
        if (!xmlHasProp (c, BAD_CAST "type"))
          break;
      }
  if (ti)
    {
      g_autofree char *title = child_text (ti, "title");
      g_autofree char *sub = child_text (ti, "subTitle");
      if (title && sub)
        set_first (m->rec, CK_FIELD_COLLECTION_TITLE, g_strdup_printf ("%s: %s", title, sub));
      else
        set_first (m->rec, CK_FIELD_COLLECTION_TITLE, title ? g_steal_pointer (&title) : g_steal_pointer (&sub));
      number = child_text (ti, "partNumber");
    }
  FOR_CHILDREN (p, node)
    {
      if (!ck_mods_is (p, "part"))
        continue;
      FOR_CHILDREN (d, p)
        if (ck_mods_is (d, "detail") && attr_is (d, "type", "volume"))
          {
            char *v = child_text (d, "number");
            if (v)
              {
                g_free (number);
                number = v;
              }
            break;
          }
      break;
    }
  set_first (m->rec, CK_FIELD_COLLECTION_NUMBER, g_steal_pointer (&number));
}

static void
map_related (Map *m, const xmlNode *node, guint nesting)
{
  g_autofree char *type = attr (node, "type");
  CkRecord *item = NULL;
  int index = (int) m->items->len;

  if (nesting >= m->ctx->max_depth || nesting > 64)
    {
      if (m->ctx->diag)
        ck_diag_add (m->ctx->diag, CK_DIAG_WARNING, m->ctx->source, (guint) xmlGetLineNo (node), 0,
                     "relatedItem nested deeper than %u levels skipped", nesting);
      g_ptr_array_add (m->items, NULL);
      return;
    }
  item = ck_mods_map_record (node, m->ctx, nesting + 1);
  g_ptr_array_add (m->items, item);
  if (!type)
    return;

  if (strcmp (type, "host") == 0 && !m->host_seen)
    {
      m->host_seen = TRUE;
      map_host (m, node, item);
    }
  else if (strcmp (type, "series") == 0 && !m->series_seen)
    {
      m->series_seen = TRUE;
      map_series (m, node);
      for (guint i = 0; i < ck_record_get_n_names (item); i++)
        {
          CkName *n = ck_name_copy (ck_record_get_name (item, i));
          n->role = CK_ROLE_COLLECTION_EDITOR;
          g_ptr_array_add (m->late_names, n);
        }
    }
  else if (strcmp (type, "original") == 0 && !m->original_seen)
    {
      m->original_seen = TRUE;
      set_first (m->rec, CK_FIELD_ORIGINAL_TITLE, ck_record_dup_full_title (item));
      set_first (m->rec, CK_FIELD_ORIGINAL_PUBLISHER, g_strdup (ck_record_get (item, CK_FIELD_PUBLISHER)));
      set_first (m->rec, CK_FIELD_ORIGINAL_PUBLISHER_PLACE, g_strdup (ck_record_get (item, CK_FIELD_PUBLISHER_PLACE)));
      set_first (m->rec, CK_FIELD_ORIGINAL_LANGUAGE, g_strdup (ck_record_get (item, CK_FIELD_LANGUAGE)));
      if (ck_record_get_date (item, CK_DATE_ISSUED))
        take_date_first (m->rec, CK_DATE_ORIGINAL, ck_date_copy (ck_record_get_date (item, CK_DATE_ISSUED)));
    }
  else if (strcmp (type, "reviewOf") == 0 && !m->review_seen)
    {
      m->review_seen = TRUE;
      set_first (m->rec, CK_FIELD_REVIEWED_TITLE, ck_record_dup_full_title (item));
      for (guint i = 0; i < ck_record_get_n_names (item); i++)
        {
          CkName *n = ck_name_copy (ck_record_get_name (item, i));
          if (n->role != CK_ROLE_AUTHOR)
            {
              ck_name_free (n);
              continue;
            }
          n->role = CK_ROLE_REVIEWED_AUTHOR;
          g_ptr_array_add (m->late_names, n);
        }
    }
  else if (strcmp (type, "constituent") == 0)
    add_pending (m, CK_RELATION_CONSTITUENT, item, index);
}

static void
map_child (Map *m, const xmlNode *c, guint nesting)
{
  CkRecord *rec = m->rec;

  if (ck_mods_is (c, "titleInfo"))
    return;  /* map_titles */
  if (ck_mods_is (c, "name"))
    {
      CkName *n = map_name (c, CK_ROLE_AUTHOR);
      if (n)
        ck_record_take_name (rec, n);
    }
  else if (ck_mods_is (c, "typeOfResource") || ck_mods_is (c, "genre"))
    map_type_elements (m, c);
  else if (ck_mods_is (c, "originInfo"))
    map_origin (m, c);
  else if (ck_mods_is (c, "language"))
    map_language (m, c);
  else if (ck_mods_is (c, "physicalDescription"))
    {
      FOR_CHILDREN (p, c)
        {
          if (ck_mods_is (p, "extent"))
            {
              char *t = ck_mods_node_text (p);
              if (t && m->extents->len < 16)
                g_ptr_array_add (m->extents, t);
              else
                g_free (t);
            }
          else if (ck_mods_is (p, "form"))
            set_first (rec, CK_FIELD_MEDIUM, ck_mods_node_text (p));
        }
    }
  else if (ck_mods_is (c, "abstract"))
    {
      g_autofree char *t = ck_mods_node_text (c);
      append_text (&m->abstract, "\n\n", t);
    }
  else if (ck_mods_is (c, "note"))
    {
      g_autofree char *t = ck_mods_node_text (c);
      g_autofree char *type = attr (c, "type");
      CkField f;
      if (!t)
        return;
      if (type && ck_mods_note_field (type, &f) && !ck_record_has (rec, f))
        ck_record_set (rec, f, t);
      else if (type)
        {
          g_autofree char *labelled = g_strdup_printf ("%s: %s", type, t);
          append_text (&m->notes, "\n", labelled);
        }
      else
        append_text (&m->notes, "\n", t);
    }
  else if (ck_mods_is (c, "subject"))
    {
      FOR_CHILDREN (t, c)
        {
          if (ck_mods_is (t, "topic"))
            {
              g_autofree char *v = ck_mods_node_text (t);
              append_text (&m->keywords, ", ", v);
            }
          else if (ck_mods_is (t, "cartographics"))
            set_first (rec, CK_FIELD_SCALE, child_text (t, "scale"));
        }
    }
  else if (ck_mods_is (c, "classification"))
    set_first (rec, CK_FIELD_CALL_NUMBER, ck_mods_node_text (c));
  else if (ck_mods_is (c, "identifier"))
    {
      g_autofree char *type = attr (c, "type");
      char *v = ck_mods_node_text (c);
      CkField f;
      if (type && g_ascii_strcasecmp (type, "citekey") == 0 && !m->title_key)
        m->title_key = v;
      else if (type && ck_mods_identifier_field (type, &f) && !attr_is (c, "invalid", "yes"))
        set_first (rec, f, v);
      else
        g_free (v);
    }
  else if (ck_mods_is (c, "location"))
    {
      FOR_CHILDREN (l, c)
        {
          if (ck_mods_is (l, "url") && !attr_is (l, "access", "preview"))
            {
              g_autofree char *accessed = attr (l, "dateLastAccessed");
              set_first (rec, CK_FIELD_URL, ck_mods_node_text (l));
              if (accessed && *accessed)
                take_date_first (rec, CK_DATE_ACCESSED, parse_date_text (accessed));
            }
          else if (ck_mods_is (l, "physicalLocation"))
            set_first (rec, CK_FIELD_ARCHIVE, ck_mods_node_text (l));
          else if (ck_mods_is (l, "shelfLocator"))
            set_first (rec, CK_FIELD_ARCHIVE_LOCATION, ck_mods_node_text (l));
        }
    }
  else if (ck_mods_is (c, "part"))
    map_part (m, c);
  else if (ck_mods_is (c, "relatedItem"))
    map_related (m, c, nesting);
  else if (ck_mods_is (c, "recordInfo"))
    {
      if (!m->record_key)
        m->record_key = child_text (c, "recordIdentifier");
    }
}

/* "25 x 19 cm", "24 cm.", "8 in.": a size, not a number of pages. */
static gboolean
is_dimensions (const char *extent)
{
  return g_regex_match_simple ("\\d\\s*(x|×)\\s*\\d|\\d\\s*(cm|mm|in)\\b\\.?\\s*$", extent, G_REGEX_CASELESS, 0);
}

/* The extent as printed: the second page extent when the first is only its
 * Zotero form (what the writer does), else the first without the "other
 * physical details ; dimensions" tail.  A size goes to dimensions. */
static void
map_extent (Map *m)
{
  const char *pages[2] = { NULL, NULL };

  for (guint i = 0; i < m->extents->len; i++)
    {
      const char *e = g_ptr_array_index (m->extents, i);
      const char *semi = strrchr (e, ';');
      g_autofree char *head = g_strndup (e, strcspn (e, ":;"));

      /* MARC 300 order: "extent : other details ; dimensions" */
      if (is_dimensions (g_strstrip (head)))
        {
          if (!ck_record_has (m->rec, CK_FIELD_DIMENSIONS))
            ck_record_set (m->rec, CK_FIELD_DIMENSIONS, e);
          continue;
        }
      if (semi && !ck_record_has (m->rec, CK_FIELD_DIMENSIONS))
        {
          g_autofree char *tail = g_strstrip (g_strdup (semi + 1));
          if (is_dimensions (tail))
            ck_record_set (m->rec, CK_FIELD_DIMENSIONS, tail);
        }
      if (!pages[0])
        pages[0] = e;
      else if (!pages[1])
        pages[1] = e;
    }
  if (!pages[0])
    return;
  if (pages[1])
    {
      g_autofree char *z = ck_mods_zotero_extent (pages[1]);
      if (z && strcmp (z, pages[0]) == 0)
        {
          set_first (m->rec, CK_FIELD_NUMBER_OF_PAGES, g_strdup (pages[1]));
          return;
        }
    }
  {
    char *e = g_strdup (pages[0]);
    char *cut = strpbrk (e, ":;");
    if (cut && cut != e)
      *cut = '\0';
    g_strstrip (e);
    set_first (m->rec, CK_FIELD_NUMBER_OF_PAGES, e);
  }
}

CkRecord *
ck_mods_map_record (const xmlNode *node, const CkModsMapContext *ctx, guint nesting)
{
  Map m = { 0 };
  CkRecord *rec;

  m.ctx = ctx;
  m.rec = rec = ck_record_new (CK_TYPE_DOCUMENT);
  m.pending = g_ptr_array_new_with_free_func (pending_free);
  m.items = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_record_unref);
  m.late_names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  m.extents = g_ptr_array_new_with_free_func (g_free);
  m.plain_genres = g_ptr_array_new_with_free_func (g_free);

  map_titles (&m, node);
  FOR_CHILDREN (c, node)
    map_child (&m, c, nesting);

  for (guint i = 0; i < m.late_names->len; i++)
    ck_record_take_name (rec, g_steal_pointer (&m.late_names->pdata[i]));
  map_extent (&m);
  if (m.notes)
    set_first (rec, CK_FIELD_NOTE, g_string_free (g_steal_pointer (&m.notes), FALSE));
  if (m.abstract)
    set_first (rec, CK_FIELD_ABSTRACT, g_string_free (g_steal_pointer (&m.abstract), FALSE));
  if (m.keywords)
    set_first (rec, CK_FIELD_KEYWORD, g_string_free (g_steal_pointer (&m.keywords), FALSE));

  /* A genre without authority is the record's own genre ("PhD thesis",
   * "Technical Report") when a marcgt or local genre already says the
   * type; otherwise a type word in it ("article", "inproceedings", as
   * JabRef writes) says the type. */
  for (guint i = 0; i < m.plain_genres->len; i++)
    {
      const char *g = g_ptr_array_index (m.plain_genres, i);
      CkType type;
      if (!(m.have_type && m.type_rank <= 2) && ck_mods_type_from_genre (g, &type))
        propose_type (&m, 3, type);
      else
        set_first (rec, CK_FIELD_GENRE, g_strdup (g));
    }

  /* Type: genre (marcgt, local, other) → host → issuance → typeOfResource. */
  if (m.manuscript)
    propose_type (&m, 5, CK_TYPE_MANUSCRIPT);
  if (m.issuance && (strcmp (m.issuance, "continuing") == 0 || strcmp (m.issuance, "serial") == 0))
    propose_type (&m, 8, CK_TYPE_PERIODICAL);
  else if (m.issuance && strcmp (m.issuance, "monographic") == 0)
    propose_type (&m, 8, CK_TYPE_BOOK);
  ck_record_set_type (rec, m.have_type ? m.type : CK_TYPE_DOCUMENT);

  /* Key: a cite key said as such, then @ID, then the record identifier. */
  {
    g_autofree char *id = ck_mods_is (node, "mods") ? attr (node, "ID") : NULL;
    const char *key = m.title_key ? m.title_key : (id && *id) ? id : m.record_key;
    if (key)
      ck_record_set_key (rec, key);
  }

  ck_mods_fix_apply (node, rec, m.pending, m.items);

  g_ptr_array_unref (m.pending);
  g_ptr_array_unref (m.items);
  g_ptr_array_unref (m.late_names);
  g_free (m.title_key);
  g_free (m.record_key);
  g_free (m.issuance);
  g_ptr_array_unref (m.extents);
  g_ptr_array_unref (m.plain_genres);
  return rec;
}
