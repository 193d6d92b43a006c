/* mods-read.c — the streaming MODS reader.
 *
 * xmlReader walks the document; each <mods> is expanded alone into a small
 * tree, mapped to a record (mods-map.c), handed to the caller and freed
 * before the next one is read, so a large <modsCollection> is never in
 * memory whole.  Accepted: a single <mods> or a <modsCollection>, with the
 * MODS namespace (as default or with a prefix) or none; any encoding
 * libxml2 knows from the XML declaration.
 *
 * Safety: no network, no DTD loading, no entity substitution (see
 * util/xml-safe.h); a DOCTYPE that declares entities or points at an
 * external DTD is refused outright; text is read from text nodes only, so
 * an entity reference never contributes; element depth is bounded by
 * options->max_depth (default 256, also libxml2's own ceiling); a record
 * with a text longer than options->max_field is skipped with a warning
 * (libxml2 itself stops at 10,000,000 bytes: no XML_PARSE_HUGE).
 * libxml2's thread-global error handlers are routed into the reader's
 * error while it runs, so nothing is printed.
 *
 * Errors: malformed XML, a wrong root, a refused DOCTYPE → CK_ERROR_PARSE;
 * undecodable bytes → CK_ERROR_ENCODING; too deep → CK_ERROR_LIMIT; an
 * empty input → CK_ERROR_EMPTY; all as "source:line:col: what".  A <mods>
 * without any text, or a stray non-MODS element in a collection, is a
 * warning in options->diag and the rest is read.
 */
#include "formats/mods-private.h"
#include "util/xml-safe.h"

#include <libxml/xmlreader.h>
#include <limits.h>
#include <string.h>

#define DEFAULT_MAX_DEPTH 256
#define DEFAULT_MAX_FIELD (16u << 20)   /* libxml2 stops at 10,000,000 bytes anyway */

typedef struct {
  xmlTextReaderPtr  r;
  const char       *source;
  CkXmlErrors       errs;
  CkXmlErrorScope   scope;    /* libxml2's global handlers, routed to errs */
  CkModsMapContext  ctx;
  guint             max_depth;
  gsize             max_field;  /* bytes in one text */
  guint             n_read;
} Reader;

static gboolean
is_mods_name (xmlTextReaderPtr r, const char *name)
{
  const xmlChar *local = xmlTextReaderConstLocalName (r);
  const xmlChar *ns = xmlTextReaderConstNamespaceUri (r);
  return local && xmlStrEqual (local, BAD_CAST name) && (!ns || xmlStrEqual (ns, BAD_CAST CK_MODS_NS));
}

static gboolean
fail_at (Reader *rd, GError **error, CkError code, const char *what)
{
  /* libxml2's own message is the better one when it has one. */
  if (rd->errs.first)
    return ck_xml_errors_check (&rd->errs, xmlTextReaderGetParserLineNumber (rd->r),
                                xmlTextReaderGetParserColumnNumber (rd->r), error);
  g_set_error (error, CK_ERROR, code, "%s:%d:%d: %s", rd->source,
               xmlTextReaderGetParserLineNumber (rd->r), xmlTextReaderGetParserColumnNumber (rd->r), what);
  return FALSE;
}

/* The deepest element below @root and the longest text in it, walked
 * without recursion. */
static guint
subtree_depth (const xmlNode *root, const xmlNode **out_deepest, gsize *out_longest)
{
  const xmlNode *n = root;
  guint depth = 0, max = 0;

  *out_deepest = root;
  *out_longest = 0;
  while (n)
    {
      if (n->type == XML_TEXT_NODE && n->content)
        *out_longest = MAX (*out_longest, (gsize) xmlStrlen (n->content));
      if (n->children && n->type == XML_ELEMENT_NODE)
        {
          n = n->children;
          depth++;
          if (depth > max && n->type == XML_ELEMENT_NODE)
            max = depth, *out_deepest = n;
          continue;
        }
      while (n != root && !n->next)
        {
          n = n->parent;
          depth--;
        }
      if (n == root)
        break;
      n = n->next;
      if (depth > max && n->type == XML_ELEMENT_NODE)
        max = depth, *out_deepest = n;
    }
  return max;
}

/* Does the subtree hold any text at all?  A record with only a type is
 * still a record (RIS "TY  - JOUR" alone survives a round trip); a <mods>
 * without a single word in it is not.  Walked without recursion. */
static gboolean
subtree_has_text (const xmlNode *root)
{
  const xmlNode *n = root;
  while (n)
    {
      if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
        for (const xmlChar *c = n->content; *c; c++)
          if (!g_ascii_isspace (*c))
            return TRUE;
      if (n->type == XML_ELEMENT_NODE)
        for (const xmlAttr *a = n->properties; a; a = a->next)
          if (a->children && a->children->content && *a->children->content &&
              !xmlStrEqual (a->name, BAD_CAST "version") && !xmlStrEqual (a->name, BAD_CAST "displayLabel"))
            return TRUE;
      if (n->children && n->type == XML_ELEMENT_NODE)
        {
          n = n->children;
          continue;
        }
      while (n != root && !n->next)
        n = n->parent;
      if (n == root)
        break;
      n = n->next;
    }
  return FALSE;
}

static gboolean
read_record (Reader *rd, int depth, CkRecordFunc func, gpointer user_data, GError **error)
{
  xmlNodePtr node = xmlTextReaderExpand (rd->r);
  const xmlNode *deepest = NULL;
  g_autoptr(CkRecord) rec = NULL;
  gsize longest = 0;
  guint line;

  if (!node)
    return fail_at (rd, error, CK_ERROR_PARSE, "malformed <mods> element");
  line = (guint) xmlGetLineNo (node);
  if ((guint) depth + subtree_depth (node, &deepest, &longest) > rd->max_depth)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_LIMIT, "%s:%ld:0: elements nested deeper than %u levels",
                   rd->source, xmlGetLineNo (deepest), rd->max_depth);
      return FALSE;
    }
  rd->n_read++;
  if (longest > rd->max_field)
    {
      if (rd->ctx.diag)
        ck_diag_add (rd->ctx.diag, CK_DIAG_WARNING, rd->source, line, 0,
                     "<mods> record %u holds a text of %" G_GSIZE_FORMAT " bytes, over the limit of %"
                     G_GSIZE_FORMAT "; skipped", rd->n_read, longest, rd->max_field);
      return TRUE;
    }
  if (!subtree_has_text (node))
    {
      gboolean marker = FALSE;
      for (const xmlNode *c = node->children; c; c = c->next)
        if (ck_mods_is (c, "extension"))
          {
            xmlChar *label = xmlGetNoNsProp (c, BAD_CAST "displayLabel");
            marker = label && g_str_has_prefix ((const char *) label, "citekit");
            xmlFree (label);
          }
      if (!marker && rd->ctx.diag)
        ck_diag_add (rd->ctx.diag, CK_DIAG_WARNING, rd->source, line, 0,
                     "<mods> record %u holds nothing citekit can read; skipped", rd->n_read);
      return TRUE;
    }
  rec = ck_mods_map_record (node, &rd->ctx, 0);
  {
    /* The caller's code runs with the caller's handlers (it may write
     * XML itself); ours come back for the rest of the document. */
    gboolean ok;
    ck_xml_error_scope_pop (&rd->scope);
    ok = func (rec, user_data, error);
    ck_xml_error_scope_push (&rd->scope, &rd->errs);
    return ok;
  }
}

/* A DOCTYPE is harmless only when it declares nothing and points nowhere. */
static gboolean
check_doctype (Reader *rd, GError **error)
{
  xmlNodePtr n = xmlTextReaderCurrentNode (rd->r);
  xmlDtdPtr dtd = (n && n->type == XML_DTD_NODE) ? (xmlDtdPtr) n : NULL;

  if (dtd && !dtd->entities && !dtd->pentities && !dtd->ExternalID && !dtd->SystemID)
    return TRUE;
  g_set_error (error, CK_ERROR, CK_ERROR_PARSE,
               "%s:%d:%d: a DOCTYPE with entity declarations or an external DTD is not accepted in MODS",
               rd->source, xmlTextReaderGetParserLineNumber (rd->r), xmlTextReaderGetParserColumnNumber (rd->r));
  return FALSE;
}

gboolean
ck_mods_read (const char *data, gsize len, const char *source, const CkReadOptions *options,
              CkRecordFunc func, gpointer user_data, GError **error)
{
  Reader rd = { 0 };
  gboolean ok = TRUE, root_seen = FALSE, collection = FALSE;
  int ret;

  if (len > INT_MAX)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_LIMIT, "%s: MODS input larger than 2 GiB", source);
      return FALSE;
    }
  {
    /* An empty file is no XML at all; libxml2 would say "Extra content". */
    gsize i = (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0) ? 3 : 0;
    while (i < len && g_ascii_isspace (data[i]))
      i++;
    if (i == len)
      {
        g_set_error (error, CK_ERROR, CK_ERROR_EMPTY, "%s:1:1: empty input: expected a MODS document", source);
        return FALSE;
      }
  }
  rd.source = source;
  rd.errs.source = source;
  rd.max_depth = options->max_depth ? options->max_depth : DEFAULT_MAX_DEPTH;
  rd.max_field = options->max_field ? options->max_field : DEFAULT_MAX_FIELD;
  rd.ctx.source = source;
  rd.ctx.diag = options->diag;
  rd.ctx.max_depth = rd.max_depth;
  ck_xml_error_scope_push (&rd.scope, &rd.errs);
  rd.r = xmlReaderForMemory (data, (int) len, NULL, NULL, CK_XML_SAFE_OPTIONS);
  if (!rd.r)
    {
      ck_xml_error_scope_pop (&rd.scope);
      ck_xml_errors_clear (&rd.errs);
      g_set_error (error, CK_ERROR, CK_ERROR_PARSE, "%s:1:1: not an XML document", source);
      return FALSE;
    }
  xmlTextReaderSetStructuredErrorHandler (rd.r, ck_xml_error_collect, &rd.errs);
  xmlTextReaderSetParserProp (rd.r, XML_PARSER_SUBST_ENTITIES, 0);
  xmlTextReaderSetParserProp (rd.r, XML_PARSER_LOADDTD, 0);

  ret = xmlTextReaderRead (rd.r);
  while (ok && ret == 1)
    {
      int type = xmlTextReaderNodeType (rd.r);
      int depth = xmlTextReaderDepth (rd.r);

      if (rd.errs.first)
        break;
      if (depth >= 0 && (guint) depth > rd.max_depth)
        {
          ok = fail_at (&rd, error, CK_ERROR_LIMIT, "elements nested too deeply");
          break;
        }
      if (type == XML_READER_TYPE_DOCUMENT_TYPE)
        {
          ok = check_doctype (&rd, error);
          ret = xmlTextReaderRead (rd.r);
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        {
          ret = xmlTextReaderRead (rd.r);
          continue;
        }
      if (depth == 0)
        {
          root_seen = TRUE;
          if (is_mods_name (rd.r, "modsCollection"))
            {
              collection = TRUE;
              ret = xmlTextReaderRead (rd.r);
              continue;
            }
          if (!is_mods_name (rd.r, "mods"))
            {
              g_autofree char *what = g_strdup_printf ("expected <mods> or <modsCollection>, found <%s>",
                                                       (const char *) xmlTextReaderConstName (rd.r));
              ok = fail_at (&rd, error, CK_ERROR_PARSE, what);
              break;
            }
        }
      else if (!(collection && depth == 1 && is_mods_name (rd.r, "mods")))
        {
          if (rd.ctx.diag)
            ck_diag_add (rd.ctx.diag, CK_DIAG_WARNING, source,
                         (guint) xmlTextReaderGetParserLineNumber (rd.r), 0,
                         "<%s> is not a MODS record; skipped", (const char *) xmlTextReaderConstName (rd.r));
          ret = xmlTextReaderNext (rd.r);
          continue;
        }
      ok = read_record (&rd, depth, func, user_data, error);
      ret = ok ? xmlTextReaderNext (rd.r) : 0;
    }

  if (ok && (ret < 0 || rd.errs.first))
    ok = fail_at (&rd, error, CK_ERROR_PARSE, "malformed XML");
  else if (ok && !root_seen)
    ok = fail_at (&rd, error, CK_ERROR_PARSE, "no XML element found");
  xmlFreeTextReader (rd.r);
  ck_xml_error_scope_pop (&rd.scope);
  ck_xml_errors_clear (&rd.errs);
  return ok;
}
