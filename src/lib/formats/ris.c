/* ris.c — the RIS format description.  RIS is the tagged format of
 * reference managers and publisher exports ("TY  - BOOK" … "ER  - ").
 * Tag map: ris-tags.c; reader: ris-read.c; writer: ris-write.c. */
#include "ris-private.h"

#include <string.h>

static const char * const ris_extensions[] = { "ris", NULL };

/* "TY  - " at the start of one of the first non-blank lines is RIS; the
 * same test Zotero uses to detect it. */
int
ck_ris_probe (const char *data, gsize len)
{
  const char *p = data, *end = data + len;
  guint lines = 0;

  if (len >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (p < end && lines < 8)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize n = nl ? (gsize) (nl - p) : (gsize) (end - p);
      if (n >= 5 && p[0] == 'T' && p[1] == 'Y' && p[2] == ' ')
        {
          if (n >= 6 && memcmp (p, "TY  - ", 6) == 0)
            return 90;
          if (memcmp (p, "TY - ", 5) == 0)
            return 70;
        }
      if (n > 0 && !(n == 1 && p[0] == '\r'))
        lines++;
      p = nl ? nl + 1 : end;
    }
  return 0;
}

const CkFormat ck_format_ris = {
  "ris", "RIS (Research Information Systems)", ris_extensions, NULL,
  ck_ris_probe, ck_ris_read, &ck_ris_writer,
};
