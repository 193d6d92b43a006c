/* title-volume.c — the volumes a scholar's note cites after a title:
 *
 *   "J. Vell, A History of Salt, i (3rd ed., Leith, 1921)"
 *   "A. Orr, Die Salzstrasse, i-ii (Munich, 1911-23)"
 *   "E. Lind, Tide Tables, 2 vols., Hull, 1943."
 *
 * A detector that reads the title up to its imprint takes ", i" or
 * ", 2 vols" for the title's last words; they are the volume cited or the
 * size of the set.  Lower-case numerals only: "Henry, II" is no reference
 * form, while a capital numeral may end a title ("Studies, IV").
 */
#include "extract-private.h"
#include <string.h>

static gboolean
lower_roman (const char *s, gsize n)
{
  if (n == 0 || n > 6)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!strchr ("ivxl", s[i]))
      return FALSE;
  return TRUE;
}

/* "i", "i-ii", "i–iii", "vol. ii", "vols. i-ii": the volume as written;
 * "2 vols", "2 vols.": the set's size.  Returns the field to set, or
 * CK_FIELD_N_FIELDS when @tail is neither. */
static CkField
volume_tail (const char *tail, char **value)
{
  g_autoptr(GMatchInfo) mi = NULL;
  static GRegex *vol = NULL, *size = NULL;
  if (g_once_init_enter (&vol))
    g_once_init_leave (&vol, g_regex_new ("^(?:vols?\\.\\s*)?([ivxl]+(?:\\s*(?:-|\\x{2013})\\s*[ivxl]+)?)\\.?$",
                                                  G_REGEX_OPTIMIZE, 0, NULL));
  if (g_once_init_enter (&size))
    g_once_init_leave (&size, g_regex_new ("^(\\d{1,2})\\s+vols?\\.?$", G_REGEX_OPTIMIZE, 0, NULL));
  if (g_regex_match (vol, tail, 0, &mi))
    {
      g_autofree char *v = g_match_info_fetch (mi, 1);
      const char *dash = strpbrk (v, "-\xe2");
      if (!lower_roman (v, dash ? (gsize) (dash - v) : strlen (v)))
        return CK_FIELD_N_FIELDS;
      *value = g_steal_pointer (&v);
      return CK_FIELD_VOLUME;
    }
  g_clear_pointer (&mi, g_match_info_free);
  if (g_regex_match (size, tail, 0, &mi))
    {
      *value = g_match_info_fetch (mi, 1);
      return CK_FIELD_NUMBER_OF_VOLUMES;
    }
  return CK_FIELD_N_FIELDS;
}

void
ck_title_volume_tail (CkRecord *rec)
{
  CkField where = ck_record_has (rec, CK_FIELD_SUBTITLE) ? CK_FIELD_SUBTITLE : CK_FIELD_TITLE;
  const char *t = ck_record_get (rec, where), *comma;
  g_autofree char *value = NULL, *kept = NULL;
  CkField f;
  if (!t || !(comma = strrchr (t, ',')) || comma == t)
    return;
  f = volume_tail (comma + 1 + strspn (comma + 1, " "), &value);
  if (f == CK_FIELD_N_FIELDS || ck_record_has (rec, f))
    return;
  kept = g_strndup (t, (gsize) (comma - t));
  ck_record_set (rec, where, kept);
  ck_record_set (rec, f, value);
}
