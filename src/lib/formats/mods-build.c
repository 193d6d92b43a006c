/* mods-build.c — a record as a MODS element tree (the writer's mapping).
 *
 * Where each part of a record goes:
 *   title, subtitle              titleInfo/title, subTitle
 *   short / translated title     titleInfo[@type=abbreviated | translated]
 *   names (in order)             name/namePart[@type=family|given|termsOfAddress], role/roleTerm
 *                                (MARC code, plus the text Zotero understands)
 *   type                         typeOfResource, genre[@authority=local] (Zotero's item type),
 *                                genre[@authority=marcgt] (Zotero needs one to know a book)
 *   place, publisher, dates,     originInfo
 *   edition, issuance
 *   extent, medium               physicalDescription/extent ("xlvi, 345 p." for Zotero, then the
 *                                extent as printed), form
 *   binding, price, annotation   note[@type]
 *   keywords, map scale          subject/topic, subject/cartographics/scale
 *   container                    relatedItem[@type=host] with part/detail (volume, issue,
 *                                section, chapter) and part/extent (pages)
 *   series                       relatedItem[@type=series]
 *   original title/imprint       relatedItem[@type=original]
 *   reviewed work                relatedItem[@type=reviewOf]
 *   included works               relatedItem[@type=constituent]
 *   key                          identifier[@type=citekey] and recordInfo/recordIdentifier
 *                                (never @ID: keys such as "a:b-1" are not NCNames)
 *   everything else              <extension> (mods-fix.c)
 * Relations are written as the full target record inside its relatedItem;
 * the flat fields (container title, reviewed title …) when there is none.
 */
#include "formats/mods-private.h"
#include "util/xml-safe.h"

#include <libxml/uri.h>
#include <string.h>

/* Every text and attribute goes through these two: what XML 1.0 cannot
 * hold (C0 controls, invalid UTF-8) is left out of the MODS text; the
 * extension keeps the exact value (mods-fix.c). */
static xmlNode *
add (xmlNode *parent, const char *name, const char *text)
{
  if (text && !ck_xml_text_is_clean (text))
    {
      g_autofree char *clean = ck_xml_text_sanitize (text, NULL);
      return xmlNewTextChild (parent, NULL, BAD_CAST name, BAD_CAST clean);
    }
  return xmlNewTextChild (parent, NULL, BAD_CAST name, BAD_CAST text);
}

static void
set_attr (xmlNode *node, const char *name, const char *value)
{
  g_autofree char *clean = ck_xml_text_sanitize (value, NULL);
  xmlNewProp (node, BAD_CAST name, BAD_CAST clean);
}

static const char *
get (const CkRecord *rec, CkField f)
{
  return ck_record_get (rec, f);
}

/* ---- text XML can hold ---- */

static void
report (CkDiag *diag, const char *what, const char *text)
{
  if (!text || ck_xml_text_is_clean (text))
    return;
  ck_diag_add (diag, CK_DIAG_WARNING, NULL, 0, 0,
               "%s: characters XML cannot hold left out of the MODS text "
               "(kept, escaped, in the citekit extension)", what);
  ck_diag_add_loss (diag, what, "MODS", "escaped in the citekit extension");
}

void
ck_mods_report_unclean (const CkRecord *rec, CkDiag *diag)
{
  if (!diag)
    return;
  report (diag, "key", ck_record_get_key (rec));
  for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
    report (diag, ck_field_to_csl (f), ck_record_get (rec, f));
  for (guint i = 0; i < ck_record_get_n_names (rec); i++)
    {
      const CkName *n = ck_record_get_name (rec, i);
      const char *parts[] = { n->family, n->given, n->particle, n->suffix, n->literal };
      for (guint j = 0; j < G_N_ELEMENTS (parts); j++)
        report (diag, ck_role_to_csl (n->role), parts[j]);
    }
  for (guint k = 0; k < CK_DATE_N_KINDS; k++)
    {
      const CkDate *d = ck_record_get_date (rec, k);
      if (d)
        report (diag, ck_date_kind_to_csl (k), d->literal);
    }
  for (guint i = 0; i < ck_record_get_n_extras (rec); i++)
    {
      report (diag, "extra field name", ck_record_get_extra_key (rec, i));
      report (diag, ck_record_get_extra_key (rec, i), ck_record_get_extra_value (rec, i));
    }
}

/* ---- dates ---- */

static char *
iso_part (int y, int m, int d)
{
  if (m && d)
    return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  if (m)
    return g_strdup_printf ("%04d-%02d", y, m);
  return g_strdup_printf ("%04d", y);
}

void
ck_mods_build_date (xmlNode *parent, const char *element, const CkDate *date)
{
  xmlNode *n;

  if (!date || ck_date_is_empty (date))
    return;
  if (date->year == 0)
    {
      add (parent, element, date->literal);
      return;
    }
  if ((date->season && !date->month) || date->year < 1 || date->year > 9999 ||
      (date->end_year && (date->end_year < 1 || date->end_year > 9999)))
    {
      /* EDTF says seasons ("1962-22") and ranges in one string. */
      g_autofree char *iso = ck_date_to_iso (date);
      n = add (parent, element, iso);
      set_attr (n, "encoding", "edtf");
      return;
    }
  {
    g_autofree char *start = iso_part (date->year, date->month, date->day);
    n = add (parent, element, start);
    set_attr (n, "encoding", "w3cdtf");
    if (date->end_year)
      set_attr (n, "point", "start");
    if (date->circa)
      set_attr (n, "qualifier", "approximate");
  }
  if (date->end_year)
    {
      g_autofree char *end = iso_part (date->end_year, date->end_month, date->end_day);
      n = add (parent, element, end);
      set_attr (n, "encoding", "w3cdtf");
      set_attr (n, "point", "end");
      if (date->circa)
        set_attr (n, "qualifier", "approximate");
    }
}

/* ---- names ---- */

static void
build_role (xmlNode *name, CkRole role)
{
  xmlNode *r = add (name, "role", NULL);
  xmlNode *t = add (r, "roleTerm", ck_role_to_marc (role));
  const char *text = ck_mods_role_text (role);

  set_attr (t, "authority", "marcrelator");
  set_attr (t, "type", "code");
  if (text)
    {
      t = add (r, "roleTerm", text);
      set_attr (t, "authority", "marcrelator");
      set_attr (t, "type", "text");
    }
}

static void
build_name (xmlNode *parent, const CkName *name)
{
  xmlNode *n;

  if (ck_name_is_empty (name))
    return;
  n = add (parent, "name", NULL);

  if (name->literal && !name->family && !name->given)
    {
      set_attr (n, "type", "corporate");
      add (n, "namePart", name->literal);
    }
  else
    {
      set_attr (n, "type", "personal");
      if (name->family || name->particle)
        {
          /* MODS has no particle part: it stays with the family name, as
           * Zotero and library catalogues file it ("van der Berg"). */
          g_autofree char *family = name->particle && name->family
            ? g_strdup_printf ("%s %s", name->particle, name->family)
            : g_strdup (name->family ? name->family : name->particle);
          set_attr (add (n, "namePart", family), "type", "family");
        }
      if (name->given)
        set_attr (add (n, "namePart", name->given), "type", "given");
      if (name->suffix)
        set_attr (add (n, "namePart", name->suffix), "type", "termsOfAddress");
      if (name->literal)
        add (n, "displayForm", name->literal);
    }
  build_role (n, name->role);
}

static void
build_names_with_role (xmlNode *parent, const CkRecord *rec, CkRole role)
{
  for (guint i = 0; i < ck_record_get_n_names (rec); i++)
    {
      const CkName *name = ck_record_get_name (rec, i);
      if (name->role == role)
        build_name (parent, name);
    }
}

/* ---- small pieces ---- */

static void
build_title (xmlNode *parent, const char *type, const char *title, const char *subtitle)
{
  xmlNode *ti;
  if (!title && !subtitle)
    return;
  ti = add (parent, "titleInfo", NULL);
  if (type)
    set_attr (ti, "type", type);
  if (title)
    add (ti, "title", title);
  if (subtitle)
    add (ti, "subTitle", subtitle);
}

static gboolean
looks_like_code (const char *s, gboolean *out_three)
{
  gsize n = strlen (s);
  gboolean ok = (n == 2 || n == 3);
  for (gsize i = 0; ok && i < n; i++)
    ok = g_ascii_islower (s[i]);
  if (ok)
    {
      *out_three = n == 3;
      return TRUE;
    }
  /* BCP 47 tags such as "en-US" */
  if (n >= 4 && n <= 16 && g_ascii_islower (s[0]) && g_ascii_islower (s[1]) && s[2] == '-')
    {
      for (gsize i = 3; i < n; i++)
        if (!g_ascii_isalnum (s[i]) && s[i] != '-')
          return FALSE;
      *out_three = FALSE;
      return TRUE;
    }
  return FALSE;
}

static void
build_language (xmlNode *parent, const char *language)
{
  xmlNode *term;
  gboolean three = FALSE;
  if (!language)
    return;
  term = add (add (parent, "language", NULL), "languageTerm", language);
  if (looks_like_code (language, &three))
    {
      set_attr (term, "type", "code");
      set_attr (term, "authority", three ? "iso639-2b" : "rfc5646");
    }
  else
    set_attr (term, "type", "text");
}

/* "84-97" → start/end; anything else (lists, "xii") is kept whole. */
static void
build_pages (xmlNode *part, const char *pages)
{
  xmlNode *ext = add (part, "extent", NULL);
  const char *dash = NULL;
  gsize dash_len = 0;

  set_attr (ext, "unit", "pages");
  if (!strchr (pages, ',') && !strchr (pages, ';'))
    {
      static const char * const dashes[] = { "--", "-", "\xe2\x80\x93", "\xe2\x80\x94" };
      for (guint i = 0; i < G_N_ELEMENTS (dashes) && !dash; i++)
        if ((dash = strstr (pages, dashes[i])))
          dash_len = strlen (dashes[i]);
      if (dash && strstr (dash + dash_len, "-"))
        dash = NULL;  /* "1-2-3": not a range */
    }
  if (dash && dash != pages && dash[dash_len])
    {
      g_autofree char *start = g_strstrip (g_strndup (pages, (gsize) (dash - pages)));
      g_autofree char *end = g_strstrip (g_strdup (dash + dash_len));
      if (*start && *end && !strchr (start, ' ') && !strchr (end, ' '))
        {
          g_autofree char *joined = g_strdup_printf ("%s-%s", start, end);
          add (ext, "start", start);
          add (ext, "end", end);
          /* "130–135" or "130--135": the range as written, after start and
           * end (schema order), so readers keep the dash */
          if (strcmp (joined, pages) != 0)
            add (ext, "list", pages);
          return;
        }
    }
  if (!strchr (pages, '-') && !strchr (pages, ' ') && !strchr (pages, ','))
    {
      /* a single page: Zotero reads start = end as one page */
      add (ext, "start", pages);
      add (ext, "end", pages);
      return;
    }
  add (ext, "list", pages);
}

static void
build_detail (xmlNode *part, const char *type, const char *number)
{
  xmlNode *d;
  if (!number)
    return;
  d = add (part, "detail", NULL);
  set_attr (d, "type", type);
  add (d, "number", number);
}

/* part/detail and part/extent for volume, issue, chapter and pages. */
static void
build_part (xmlNode *parent, const CkRecord *rec)
{
  xmlNode *part;
  if (!get (rec, CK_FIELD_VOLUME) && !get (rec, CK_FIELD_ISSUE) && !get (rec, CK_FIELD_SECTION) &&
      !get (rec, CK_FIELD_CHAPTER_NUMBER) && !get (rec, CK_FIELD_PAGES))
    return;
  part = add (parent, "part", NULL);
  build_detail (part, "volume", get (rec, CK_FIELD_VOLUME));
  build_detail (part, "issue", get (rec, CK_FIELD_ISSUE));
  build_detail (part, "section", get (rec, CK_FIELD_SECTION));   /* Zotero reads it */
  build_detail (part, "chapter", get (rec, CK_FIELD_CHAPTER_NUMBER));
  if (get (rec, CK_FIELD_PAGES))
    build_pages (part, get (rec, CK_FIELD_PAGES));
}

/* libxml2 validates xs:anyURI by parsing it after masking the characters
 * URIs may not hold; do the same so location/url never fails the schema. */
static gboolean
valid_any_uri (const char *value)
{
  g_autofree char *tmp = g_strdup (value);
  xmlURIPtr uri;
  for (char *c = tmp; *c; c++)
    if ((guchar) *c < 32 || (guchar) *c >= 127 || strchr (" <>\"{}|\\^`'", *c))
      *c = '_';
  uri = xmlParseURI (tmp);
  if (!uri)
    return FALSE;
  xmlFreeURI (uri);
  return TRUE;
}

static void
build_origin (xmlNode *node, const CkRecord *rec)
{
  const CkModsTypeInfo *ti = ck_mods_type_info (ck_record_get_type (rec));
  xmlNode *oi = xmlNewNode (NULL, BAD_CAST "originInfo");
  const char *place = get (rec, CK_FIELD_PUBLISHER_PLACE);

  if (place)
    set_attr (add (add (oi, "place", NULL), "placeTerm", place), "type", "text");
  if (get (rec, CK_FIELD_PUBLISHER))
    add (oi, "publisher", get (rec, CK_FIELD_PUBLISHER));
  ck_mods_build_date (oi, "dateIssued", ck_record_get_date (rec, CK_DATE_ISSUED));
  ck_mods_build_date (oi, "dateCaptured", ck_record_get_date (rec, CK_DATE_ACCESSED));
  if (get (rec, CK_FIELD_EDITION))
    add (oi, "edition", get (rec, CK_FIELD_EDITION));
  if (!ti->partial && oi->children)
    add (oi, "issuance", ck_record_get_type (rec) == CK_TYPE_PERIODICAL ? "continuing" : "monographic");
  if (oi->children)
    xmlAddChild (node, oi);
  else
    xmlFreeNode (oi);
}

static void
build_physical (xmlNode *node, const CkRecord *rec)
{
  const char *extent = get (rec, CK_FIELD_NUMBER_OF_PAGES);
  const char *medium = get (rec, CK_FIELD_MEDIUM);
  const char *dimensions = get (rec, CK_FIELD_DIMENSIONS);
  xmlNode *pd;

  if (!extent && !medium && !dimensions)
    return;
  pd = add (node, "physicalDescription", NULL);
  if (medium)
    add (pd, "form", medium);
  if (extent)
    {
      /* Zotero takes the page count from the first extent only when it
       * reads "N p."; the extent as printed follows it. */
      g_autofree char *zotero = ck_mods_zotero_extent (extent);
      if (zotero)
        add (pd, "extent", zotero);
      add (pd, "extent", extent);
    }
  if (dimensions)
    add (pd, "extent", dimensions);   /* MARC 300 $c: "24 cm" */
}

static void
build_notes (xmlNode *node, const CkRecord *rec)
{
  static const CkField typed[] = { CK_FIELD_BINDING, CK_FIELD_PRICE, CK_FIELD_ANNOTE };

  if (get (rec, CK_FIELD_NOTE))
    add (node, "note", get (rec, CK_FIELD_NOTE));
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    if (get (rec, typed[i]))
      set_attr (add (node, "note", get (rec, typed[i])), "type", ck_mods_note_type (typed[i]));
}

static void
build_subjects (xmlNode *node, const char *keywords)
{
  g_auto(GStrv) parts = NULL;
  if (!keywords)
    return;
  parts = g_strsplit (keywords, ",", -1);
  for (guint i = 0; parts[i]; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i])
        add (add (node, "subject", NULL), "topic", parts[i]);
    }
}

static void
build_identifiers (xmlNode *node, const CkRecord *rec)
{
  static const CkField ids[] = { CK_FIELD_ISBN, CK_FIELD_ISSN, CK_FIELD_DOI, CK_FIELD_PMID, CK_FIELD_PMCID,
                                 CK_FIELD_NUMBER };
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    if (get (rec, ids[i]))
      set_attr (add (node, "identifier", get (rec, ids[i])), "type", ck_mods_identifier_type (ids[i]));
  if (get (rec, CK_FIELD_URL) && !valid_any_uri (get (rec, CK_FIELD_URL)))
    set_attr (add (node, "identifier", get (rec, CK_FIELD_URL)), "type", "uri");
}

static void
build_location (xmlNode *node, const CkRecord *rec)
{
  const char *url = get (rec, CK_FIELD_URL);
  xmlNode *loc;
  if (url && !valid_any_uri (url))
    url = NULL;   /* written as identifier[@type=uri] */
  if (!url && !get (rec, CK_FIELD_ARCHIVE) && !get (rec, CK_FIELD_ARCHIVE_LOCATION))
    return;
  /* schema order: physicalLocation, shelfLocator, url */
  loc = add (node, "location", NULL);
  if (get (rec, CK_FIELD_ARCHIVE))
    add (loc, "physicalLocation", get (rec, CK_FIELD_ARCHIVE));
  if (get (rec, CK_FIELD_ARCHIVE_LOCATION))
    add (loc, "shelfLocator", get (rec, CK_FIELD_ARCHIVE_LOCATION));
  if (url)
    set_attr (add (loc, "url", url), "usage", "primary display");
}

static void
build_type (xmlNode *node, const CkRecord *rec)
{
  const CkModsTypeInfo *ti = ck_mods_type_info (ck_record_get_type (rec));
  xmlNode *n = add (node, "typeOfResource", ti->resource);

  if (ti->manuscript)
    set_attr (n, "manuscript", "yes");
  if (ti->zotero)
    set_attr (add (node, "genre", ti->zotero), "authority", "local");
  if (ti->marcgt)
    set_attr (add (node, "genre", ti->marcgt), "authority", "marcgt");
  if (get (rec, CK_FIELD_GENRE))
    add (node, "genre", get (rec, CK_FIELD_GENRE));
}

/* ---- the record ---- */

typedef struct {
  xmlNode  *node;
  guint     nesting;
  GArray   *item_of_relation;  /* int per relation of the record */
  int       n_items;           /* relatedItem children so far */
} Build;

static xmlNode *
related (Build *b, const char *type)
{
  xmlNode *n = add (b->node, "relatedItem", NULL);
  set_attr (n, "type", type);
  b->n_items++;
  return n;
}

/* Writes the target of every relation of @kind; returns how many. */
static guint
build_relations (Build *b, CkRecord *rec, CkRelationKind kind, const char *type,
                 void (*extra) (xmlNode *, const CkRecord *))
{
  guint n = 0;
  if (b->nesting + 1 > CK_MODS_MAX_NESTING)
    return 0;
  for (guint i = 0; i < ck_record_get_n_relations (rec); i++)
    {
      CkRelationKind k;
      CkRecord *target = ck_record_get_relation (rec, i, &k);
      xmlNode *item;
      if (k != kind)
        continue;
      item = related (b, type);
      g_array_index (b->item_of_relation, int, i) = b->n_items - 1;
      /* first, so that the target's own extension accounts for it */
      if (extra)
        extra (item, rec);
      ck_mods_build_record (item, target, b->nesting + 1, NULL);
      n++;
    }
  return n;
}

static void
series_number (xmlNode *item, const CkRecord *rec)
{
  if (get (rec, CK_FIELD_COLLECTION_NUMBER))
    build_detail (add (item, "part", NULL), "volume", get (rec, CK_FIELD_COLLECTION_NUMBER));
}

static void
build_host (Build *b, CkRecord *rec, gboolean *out_part_written)
{
  const CkModsTypeInfo *ti = ck_mods_type_info (ck_record_get_type (rec));
  gboolean has_container = get (rec, CK_FIELD_CONTAINER_TITLE) || get (rec, CK_FIELD_CONTAINER_TITLE_SHORT) ||
                           ck_record_count_role (rec, CK_ROLE_CONTAINER_AUTHOR) > 0;
  xmlNode *host;

  *out_part_written = FALSE;
  if (build_relations (b, rec, CK_RELATION_CONTAINER, "host", NULL) > 0)
    {
      /* Container names not in the target stay flat: the extension keeps them. */
      return;
    }
  if (!has_container && !ti->partial)
    return;
  if (!has_container && !get (rec, CK_FIELD_VOLUME) && !get (rec, CK_FIELD_ISSUE) && !get (rec, CK_FIELD_SECTION) &&
      !get (rec, CK_FIELD_PAGES) && !get (rec, CK_FIELD_CHAPTER_NUMBER))
    return;
  host = related (b, "host");
  build_title (host, NULL, get (rec, CK_FIELD_CONTAINER_TITLE), NULL);
  build_title (host, "abbreviated", get (rec, CK_FIELD_CONTAINER_TITLE_SHORT), NULL);
  build_names_with_role (host, rec, CK_ROLE_CONTAINER_AUTHOR);
  if (ti->host_marcgt)
    set_attr (add (host, "genre", ti->host_marcgt), "authority", "marcgt");
  if (ti->host_issuance)
    add (add (host, "originInfo", NULL), "issuance", ti->host_issuance);
  if (ti->partial)
    {
      build_part (host, rec);
      *out_part_written = TRUE;
    }
}

static void
build_series (Build *b, CkRecord *rec)
{
  xmlNode *s;
  if (build_relations (b, rec, CK_RELATION_SERIES, "series", series_number) > 0)
    return;
  if (!get (rec, CK_FIELD_COLLECTION_TITLE) && !get (rec, CK_FIELD_COLLECTION_NUMBER) &&
      ck_record_count_role (rec, CK_ROLE_COLLECTION_EDITOR) == 0)
    return;
  s = related (b, "series");
  build_title (s, NULL, get (rec, CK_FIELD_COLLECTION_TITLE), NULL);
  build_names_with_role (s, rec, CK_ROLE_COLLECTION_EDITOR);
  series_number (s, rec);
}

static void
build_original (Build *b, CkRecord *rec)
{
  xmlNode *o, *oi;
  const char *place = get (rec, CK_FIELD_ORIGINAL_PUBLISHER_PLACE);

  if (build_relations (b, rec, CK_RELATION_ORIGINAL, "original", NULL) > 0)
    return;
  if (!get (rec, CK_FIELD_ORIGINAL_TITLE) && !get (rec, CK_FIELD_ORIGINAL_PUBLISHER) && !place &&
      !get (rec, CK_FIELD_ORIGINAL_LANGUAGE) && !ck_record_get_date (rec, CK_DATE_ORIGINAL))
    return;
  o = related (b, "original");
  build_title (o, NULL, get (rec, CK_FIELD_ORIGINAL_TITLE), NULL);
  oi = xmlNewNode (NULL, BAD_CAST "originInfo");
  if (place)
    set_attr (add (add (oi, "place", NULL), "placeTerm", place), "type", "text");
  if (get (rec, CK_FIELD_ORIGINAL_PUBLISHER))
    add (oi, "publisher", get (rec, CK_FIELD_ORIGINAL_PUBLISHER));
  ck_mods_build_date (oi, "dateIssued", ck_record_get_date (rec, CK_DATE_ORIGINAL));
  if (oi->children)
    xmlAddChild (o, oi);
  else
    xmlFreeNode (oi);
  build_language (o, get (rec, CK_FIELD_ORIGINAL_LANGUAGE));
}

static void
build_review_of (Build *b, CkRecord *rec)
{
  xmlNode *r;
  if (build_relations (b, rec, CK_RELATION_REVIEWS, "reviewOf", NULL) > 0)
    return;
  if (!get (rec, CK_FIELD_REVIEWED_TITLE) && ck_record_count_role (rec, CK_ROLE_REVIEWED_AUTHOR) == 0)
    return;
  r = related (b, "reviewOf");
  build_title (r, NULL, get (rec, CK_FIELD_REVIEWED_TITLE), NULL);
  build_names_with_role (r, rec, CK_ROLE_REVIEWED_AUTHOR);
}

void
ck_mods_build_record (xmlNode *node, CkRecord *rec, guint nesting, CkDiag *diag)
{
  Build b = { node, nesting, NULL, 0 };
  gboolean part_written = FALSE;
  guint n_rel = ck_record_get_n_relations (rec);
  CkModsMapContext ctx = { "-", NULL, 10000 };
  g_autoptr(CkRecord) got = NULL;

  b.item_of_relation = g_array_sized_new (FALSE, FALSE, sizeof (int), n_rel);
  for (guint i = 0; i < n_rel; i++)
    {
      int none = -1;
      g_array_append_val (b.item_of_relation, none);
    }

  build_title (node, NULL, get (rec, CK_FIELD_TITLE), get (rec, CK_FIELD_SUBTITLE));
  build_title (node, "abbreviated", get (rec, CK_FIELD_SHORT_TITLE), NULL);
  build_title (node, "translated", get (rec, CK_FIELD_TRANSLATED_TITLE), NULL);

  for (guint i = 0; i < ck_record_get_n_names (rec); i++)
    {
      const CkName *name = ck_record_get_name (rec, i);
      if (name->role != CK_ROLE_CONTAINER_AUTHOR && name->role != CK_ROLE_REVIEWED_AUTHOR &&
          name->role != CK_ROLE_COLLECTION_EDITOR)
        build_name (node, name);
    }

  build_type (node, rec);
  build_origin (node, rec);
  build_language (node, get (rec, CK_FIELD_LANGUAGE));
  build_physical (node, rec);
  if (get (rec, CK_FIELD_ABSTRACT))
    add (node, "abstract", get (rec, CK_FIELD_ABSTRACT));
  build_notes (node, rec);
  build_subjects (node, get (rec, CK_FIELD_KEYWORD));
  if (get (rec, CK_FIELD_SCALE))
    add (add (add (node, "subject", NULL), "cartographics", NULL), "scale", get (rec, CK_FIELD_SCALE));
  if (get (rec, CK_FIELD_CALL_NUMBER))
    add (node, "classification", get (rec, CK_FIELD_CALL_NUMBER));
  build_identifiers (node, rec);
  build_location (node, rec);

  build_host (&b, rec, &part_written);
  build_series (&b, rec);
  build_original (&b, rec);
  build_review_of (&b, rec);
  build_relations (&b, rec, CK_RELATION_CONSTITUENT, "constituent", NULL);

  if (!part_written)
    build_part (node, rec);
  if (ck_record_get_key (rec))
    {
      /* The key where JabRef and bibutils look for it, and as the record's
       * identifier; never as @ID, which must be an NCName. */
      set_attr (add (node, "identifier", ck_record_get_key (rec)), "type", "citekey");
      set_attr (add (add (node, "recordInfo", NULL), "recordIdentifier", ck_record_get_key (rec)),
                "source", "citekit");
    }

  /* What the mapping cannot say goes into the extension: read the tree
   * back exactly as a reader would and keep the difference. */
  got = ck_mods_map_record (node, &ctx, nesting);
  ck_mods_fix_append (node, rec, got, (const int *) (gpointer) b.item_of_relation->data, diag);
  g_array_unref (b.item_of_relation);
}
