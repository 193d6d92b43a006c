/* mods-write.c — the MODS writer: one <modsCollection>, one <mods> per
 * record, everything serialized through one xmlTextWriter per document.
 *
 * Each record is first built as a small element tree (mods-build.c), so
 * that the writer can read it back and put what plain MODS cannot hold
 * into the extension (mods-fix.c); the tree is then streamed out through
 * the xmlTextWriter, which escapes every text and attribute.  Text XML 1.0
 * cannot hold (C0 controls, invalid UTF-8) is left out of the MODS text and
 * kept escaped in the extension, and each case is reported in the
 * diagnostics, so every document is well-formed and valid MODS 3.8 and
 * citekit still reads back the exact record.
 */
#include "formats/mods-private.h"

#include "util/xml-safe.h"

#include <libxml/xmlwriter.h>

typedef struct {
  xmlBufferPtr     buf;
  xmlTextWriterPtr w;
  guint            n_records;
  gboolean         failed;
} ModsWriter;

static gpointer
mods_state_new (const CkWriteOptions *options)
{
  ModsWriter *mw = g_new0 (ModsWriter, 1);
  mw->buf = xmlBufferCreate ();
  mw->w = xmlNewTextWriterMemory (mw->buf, 0);
  xmlTextWriterSetIndent (mw->w, 1);
  xmlTextWriterSetIndentString (mw->w, BAD_CAST "  ");
  return mw;
}

static void
mods_state_free (gpointer state)
{
  ModsWriter *mw = state;
  if (mw->w)
    xmlFreeTextWriter (mw->w);
  if (mw->buf)
    xmlBufferFree (mw->buf);
  g_free (mw);
}

/* Moves what the writer produced into @out. */
static gboolean
drain (ModsWriter *mw, GString *out, int rc, GError **error)
{
  if (rc < 0 || xmlTextWriterFlush (mw->w) < 0)
    {
      mw->failed = TRUE;
      g_set_error_literal (error, CK_ERROR, CK_ERROR_FAILED, "MODS: the XML writer failed");
      return FALSE;
    }
  g_string_append_len (out, (const char *) xmlBufferContent (mw->buf), xmlBufferLength (mw->buf));
  xmlBufferEmpty (mw->buf);
  return TRUE;
}

static gboolean
mods_begin (gpointer state, const CkWriteOptions *options, GString *out, GError **error)
{
  ModsWriter *mw = state;
  int rc = 0;
  CkXmlErrorScope scope;
  gboolean ok;

  ck_xml_error_scope_push (&scope, NULL);   /* the library never prints */
  rc |= xmlTextWriterStartDocument (mw->w, "1.0", "UTF-8", NULL) < 0;
  rc |= xmlTextWriterStartElement (mw->w, BAD_CAST "modsCollection") < 0;
  rc |= xmlTextWriterWriteAttribute (mw->w, BAD_CAST "xmlns", BAD_CAST CK_MODS_NS) < 0;
  rc |= xmlTextWriterWriteAttribute (mw->w, BAD_CAST "xmlns:xsi", BAD_CAST CK_MODS_XSI_NS) < 0;
  rc |= xmlTextWriterWriteAttribute (mw->w, BAD_CAST "xsi:schemaLocation",
                                     BAD_CAST CK_MODS_SCHEMA_LOCATION) < 0;
  ok = drain (mw, out, rc ? -1 : 0, error);
  ck_xml_error_scope_pop (&scope);
  return ok;
}

/* Streams @node and its subtree through the writer.  The tree is ours and
 * shallow (bounded by CK_MODS_MAX_NESTING), so recursion is safe. */
static int
write_tree (xmlTextWriterPtr w, const xmlNode *node)
{
  int rc = 0;
  if (node->type == XML_TEXT_NODE)
    return xmlTextWriterWriteString (w, node->content) < 0 ? -1 : 0;
  if (node->type != XML_ELEMENT_NODE)
    return 0;
  if (node->ns && node->ns->prefix)
    rc |= xmlTextWriterStartElementNS (w, node->ns->prefix, node->name,
                                       node->nsDef ? node->nsDef->href : NULL) < 0;
  else
    rc |= xmlTextWriterStartElement (w, node->name) < 0;
  for (const xmlAttr *a = node->properties; a; a = a->next)
    {
      /* inLine = 1: the raw value; the writer escapes it */
      xmlChar *v = xmlNodeListGetString (node->doc, a->children, 1);
      if (a->ns && a->ns->prefix)
        rc |= xmlTextWriterWriteAttributeNS (w, a->ns->prefix, a->name, NULL, v ? v : BAD_CAST "") < 0;
      else
        rc |= xmlTextWriterWriteAttribute (w, a->name, v ? v : BAD_CAST "") < 0;
      xmlFree (v);
    }
  for (const xmlNode *c = node->children; c; c = c->next)
    rc |= write_tree (w, c) < 0;
  rc |= xmlTextWriterEndElement (w) < 0;
  return rc ? -1 : 0;
}

static gboolean
write_one (ModsWriter *mw, GString *out, CkRecord *rec, CkDiag *diag, GError **error)
{
  xmlDocPtr doc = xmlNewDoc (BAD_CAST "1.0");
  xmlNode *mods = xmlNewDocNode (doc, NULL, BAD_CAST "mods", NULL);
  int rc;

  xmlDocSetRootElement (doc, mods);
  xmlNewProp (mods, BAD_CAST "version", BAD_CAST "3.8");
  ck_mods_report_unclean (rec, diag);
  ck_mods_build_record (mods, rec, 0, diag);
  rc = write_tree (mw->w, mods);
  xmlFreeDoc (doc);
  mw->n_records++;
  return drain (mw, out, rc, error);
}

static gboolean
mods_record (gpointer state, const CkWriteOptions *options, GString *out, CkRecord *rec,
             GError **error)
{
  ModsWriter *mw = state;
  CkXmlErrorScope scope;
  gboolean ok;
  if (mw->failed)
    return drain (mw, out, -1, error);
  ck_xml_error_scope_push (&scope, NULL);
  ok = write_one (mw, out, rec, options->diag, error);
  ck_xml_error_scope_pop (&scope);
  return ok;
}

static gboolean
mods_end (gpointer state, const CkWriteOptions *options, GString *out, GError **error)
{
  ModsWriter *mw = state;
  int rc = 0;
  CkXmlErrorScope scope;
  gboolean ok;

  ck_xml_error_scope_push (&scope, NULL);
  if (mw->n_records == 0)
    {
      /* The schema wants at least one <mods> holding at least one element:
       * an empty collection is one record with nothing but an empty
       * extension, which citekit's reader skips. */
      rc |= xmlTextWriterStartElement (mw->w, BAD_CAST "mods") < 0;
      rc |= xmlTextWriterWriteAttribute (mw->w, BAD_CAST "version", BAD_CAST "3.8") < 0;
      rc |= xmlTextWriterStartElement (mw->w, BAD_CAST "extension") < 0;
      rc |= xmlTextWriterWriteAttribute (mw->w, BAD_CAST "displayLabel", BAD_CAST "citekit: no records") < 0;
      rc |= xmlTextWriterEndElement (mw->w) < 0;
      rc |= xmlTextWriterEndElement (mw->w) < 0;
    }
  rc |= xmlTextWriterEndDocument (mw->w) < 0;
  ok = drain (mw, out, rc ? -1 : 0, error);
  ck_xml_error_scope_pop (&scope);
  if (!ok)
    return FALSE;
  if (out->len && out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');   /* a text file ends with a newline */
  return TRUE;
}

const CkFormatWriter ck_mods_writer = {
  mods_state_new, mods_state_free, mods_begin, mods_record, mods_end,
};
