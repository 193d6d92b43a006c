/* text.c — checks on untrusted text: is it UTF-8, is it text at all. */
#include "citekit.h"

/* Line (1-based) and column (1-based, in characters) of byte @offset. */
static void
position_of (const char *data, gsize offset, guint *out_line, guint *out_col)
{
  guint line = 1, col = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          line++;
          col = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        col++;
    }
  *out_line = line;
  *out_col = col;
}

gboolean
ck_text_check_utf8 (const char *data, gsize len, const char *source, GError **error)
{
  const char *end = NULL;
  guint line, col;

  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  if (!source)
    source = "-";

  if (!g_utf8_validate_len (data, len, &end))
    {
      gsize off = (gsize) (end - data);
      position_of (data, off, &line, &col);
      /* g_utf8_validate stops at NUL too: tell a binary file from bad UTF-8. */
      if (off < len && data[off] == '\0')
        g_set_error (error, CK_ERROR, CK_ERROR_ENCODING,
                     "%s:%u:%u: binary data (a NUL byte at byte offset %" G_GSIZE_FORMAT "); expected UTF-8 text",
                     source, line, col, off);
      else
        g_set_error (error, CK_ERROR, CK_ERROR_ENCODING,
                     "%s:%u:%u: invalid UTF-8 (byte 0x%02X at byte offset %" G_GSIZE_FORMAT "); expected UTF-8 text",
                     source, line, col, (guchar) data[off], off);
      return FALSE;
    }

  /* C0 controls other than tab, LF, CR, FF and ESC-free text mean binary. */
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) data[i];
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        {
          position_of (data, i, &line, &col);
          g_set_error (error, CK_ERROR, CK_ERROR_ENCODING,
                       "%s:%u:%u: binary data (control byte 0x%02X at byte offset %" G_GSIZE_FORMAT "); expected UTF-8 text",
                       source, line, col, c, i);
          return FALSE;
        }
    }
  return TRUE;
}
