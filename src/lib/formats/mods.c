/* mods.c — MODS 3.8 XML: the format description and the content probe.
 * The reader is mods-read.c, the writer mods-write.c; mods-private.h
 * lists the rest.
 *
 *   const CkFormat *mods = ck_format_lookup ("mods");
 *   g_autofree char *xml = ck_format_write_all (mods, records, NULL, &error);
 *   g_autoptr(GPtrArray) back = ck_format_read_all (mods, xml, strlen (xml), "out.xml", NULL, &error);
 *
 * What citekit writes validates against the MODS 3.8 schema, imports into
 * Zotero with the right item type, roles and page count, and reads back
 * into exactly the records that were written (what MODS has no element for
 * travels in a citekit <extension>, see mods-fix.c). */
#include "formats/mods-private.h"

#include <string.h>

static const char * const mods_extensions[] = { "mods", "xml", NULL };
static const char * const mods_aliases[] = { "mods-xml", "xml", NULL };

/* Looks at the first bytes only: a MODS root element, or the namespace. */
static int
mods_probe (const char *data, gsize len)
{
  g_autofree char *head = g_strndup (data, MIN (len, (gsize) 4096));
  if (strstr (head, "<modsCollection") || strstr (head, ":modsCollection"))
    return 95;
  if (strstr (head, CK_MODS_NS))
    return 90;
  if (strstr (head, "<mods>") || strstr (head, "<mods ") || strstr (head, "<mods\n") ||
      strstr (head, ":mods "))
    return 70;
  return 0;
}

const CkFormat ck_format_mods = {
  "mods", "MODS 3.8 XML", mods_extensions, mods_aliases, mods_probe, ck_mods_read, &ck_mods_writer,
};
