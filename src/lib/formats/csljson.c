/* csljson.c — the CSL-JSON format description: CSL-JSON is what pandoc,
 * citeproc and Zotero read, a JSON array of item objects.  The reader
 * lives in csljson-read.c, the writer in csljson-write.c. */
#include "csljson-private.h"

#include <string.h>

static const char * const csljson_extensions[] = { "json", NULL };
static const char * const csljson_aliases[] = { "csl-json", "csl", "json", NULL };

/* A JSON array or object whose first key looks like a CSL item. */
int
ck_csljson_probe (const char *data, gsize len)
{
  gsize i = 0;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;
  if (i >= len || (data[i] != '[' && data[i] != '{'))
    return 0;
  /* The first few KiB name at least one CSL key: clearly ours. */
  if (g_strstr_len (data, len, "\"type\"") || g_strstr_len (data, len, "\"id\"")
      || g_strstr_len (data, len, "\"title\""))
    return 80;
  return 40;
}

char *
ck_csljson_dup_physical_note (const char *binding, const char *price)
{
  if (binding && *binding && price && *price)
    return g_strdup_printf ("%s, %s", binding, price);
  if (binding && *binding)
    return g_strdup (binding);
  if (price && *price)
    return g_strdup (price);
  return NULL;
}

gboolean
ck_csljson_date_has_parts (const CkDate *d)
{
  return d && (d->year || d->month || d->day || d->end_year || d->end_month || d->end_day
               || d->season != CK_SEASON_NONE || d->circa || d->literal);
}

char *
ck_csljson_dup_yearless_text (const CkDate *date)
{
  static const char * const seasons[] = { "", "Spring", "Summer", "Autumn", "Winter" };

  if (date->month && date->day)
    return g_strdup_printf ("%d %s", date->day, ck_month_name (date->month));
  if (date->month)
    return g_strdup (ck_month_name (date->month));
  if (date->season > CK_SEASON_NONE && date->season <= CK_SEASON_WINTER)
    return g_strdup (seasons[date->season]);
  return g_strdup ("");
}

const CkFormat ck_format_csljson = {
  "csljson", "CSL-JSON (Zotero, pandoc, citeproc)", csljson_extensions, csljson_aliases,
  ck_csljson_probe, ck_csljson_read, &ck_csljson_writer,
};
