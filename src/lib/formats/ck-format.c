/* ck-format.c — the registry: one table of every format, lookup by name or
 * alias, detection by extension and content, and the generic streaming
 * read/write entry points that dispatch to a format's hooks. */
#include "ck-format-private.h"

#include <string.h>

static const CkFormat * const formats[] = {
  &ck_format_bibtex,
  &ck_format_biblatex,
  &ck_format_ris,
  &ck_format_mods,
  &ck_format_csljson,
  /* through libbibutils, after the native formats so they win ties */
  &ck_format_endnote,
  &ck_format_endnotexml,
  &ck_format_isi,
  &ck_format_medline,
  &ck_format_nbib,
  &ck_format_copac,
  &ck_format_ebi,
  &ck_format_word,
  &ck_format_ads,
  NULL
};

const CkFormat * const *
ck_format_list (guint *out_n)
{
  if (out_n)
    *out_n = G_N_ELEMENTS (formats) - 1;
  return formats;
}

const CkFormat *
ck_format_lookup (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);
  for (guint i = 0; formats[i]; i++)
    {
      if (g_ascii_strcasecmp (formats[i]->name, name) == 0)
        return formats[i];
      for (guint j = 0; formats[i]->aliases && formats[i]->aliases[j]; j++)
        if (g_ascii_strcasecmp (formats[i]->aliases[j], name) == 0)
          return formats[i];
    }
  return NULL;
}

static gboolean
has_extension (const CkFormat *fmt, const char *filename)
{
  const char *dot = filename ? strrchr (filename, '.') : NULL;
  if (!dot)
    return FALSE;
  for (guint j = 0; fmt->extensions && fmt->extensions[j]; j++)
    if (g_ascii_strcasecmp (dot + 1, fmt->extensions[j]) == 0)
      return TRUE;
  return FALSE;
}

/* Content wins over the extension, but the extension breaks ties and
 * rescues weak probes: a ".ris" file whose first tag is odd is still RIS. */
const CkFormat *
ck_format_detect (const char *filename, const char *data, gsize len)
{
  const CkFormat *best = NULL;
  int best_score = 0;
  gsize head = MIN (len, (gsize) 8192);

  for (guint i = 0; formats[i]; i++)
    {
      const CkFormat *fmt = formats[i];
      int score = 0;
      if (!fmt->read)
        continue;
      if (fmt->probe && data)
        score = fmt->probe (data, head);
      if (has_extension (fmt, filename))
        score += 30;
      if (score > best_score)
        {
          best = fmt;
          best_score = score;
        }
    }
  return best_score >= 30 ? best : NULL;
}

const char *
ck_format_get_name (const CkFormat *fmt)
{
  g_return_val_if_fail (fmt != NULL, NULL);
  return fmt->name;
}

const char *
ck_format_get_description (const CkFormat *fmt)
{
  g_return_val_if_fail (fmt != NULL, NULL);
  return fmt->description;
}

const char * const *
ck_format_get_extensions (const CkFormat *fmt)
{
  g_return_val_if_fail (fmt != NULL, NULL);
  return fmt->extensions;
}

gboolean
ck_format_can_read (const CkFormat *fmt)
{
  g_return_val_if_fail (fmt != NULL, FALSE);
  return fmt->read != NULL;
}

gboolean
ck_format_can_write (const CkFormat *fmt)
{
  g_return_val_if_fail (fmt != NULL, FALSE);
  return fmt->writer != NULL;
}

/* Parsers (json-glib, libxml2, iconv) quote input bytes in their messages;
 * a message must stay printable UTF-8 whatever the input was. */
static void
sanitize_error (GError **error)
{
  GString *clean;
  g_autofree char *valid = NULL;

  if (!error || !*error || !(*error)->message)
    return;
  valid = g_utf8_make_valid ((*error)->message, -1);
  clean = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p; p++)
    {
      guchar c = (guchar) *p;
      if (c < 0x20 || c == 0x7f)
        g_string_append_printf (clean, "\\x%02X", c);
      else
        g_string_append_c (clean, *p);
    }
  g_free ((*error)->message);
  (*error)->message = g_string_free (clean, FALSE);
}

gboolean
ck_format_read (const CkFormat *fmt, const char *data, gsize len, const char *source,
                const CkReadOptions *options, CkRecordFunc func, gpointer user_data,
                GError **error)
{
  CkReadOptions defaults = CK_READ_OPTIONS_INIT;

  g_return_val_if_fail (fmt != NULL, FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!fmt->read)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_UNKNOWN_FORMAT,
                   "format '%s' cannot be read", fmt->name);
      return FALSE;
    }
  if (!fmt->read (data ? data : "", len, source ? source : "-",
                  options ? options : &defaults, func, user_data, error))
    {
      sanitize_error (error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
collect_record (CkRecord *rec, gpointer user_data, GError **error)
{
  g_ptr_array_add (user_data, ck_record_ref (rec));
  return TRUE;
}

GPtrArray *
ck_format_read_all (const CkFormat *fmt, const char *data, gsize len, const char *source,
                    const CkReadOptions *options, GError **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_record_unref);

  if (!ck_format_read (fmt, data, len, source, options, collect_record, records, error))
    return NULL;
  return g_steal_pointer (&records);
}

struct _CkWriter {
  const CkFormat *fmt;
  CkWriteOptions  options;
  gpointer        state;
};

CkWriter *
ck_writer_new (const CkFormat *fmt, const CkWriteOptions *options, GError **error)
{
  CkWriteOptions defaults = CK_WRITE_OPTIONS_INIT;
  CkWriter *writer;

  g_return_val_if_fail (fmt != NULL, NULL);
  if (!fmt->writer)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_UNKNOWN_FORMAT,
                   "format '%s' cannot be written", fmt->name);
      return NULL;
    }
  writer = g_new0 (CkWriter, 1);
  writer->fmt = fmt;
  writer->options = options ? *options : defaults;
  if (fmt->writer->state_new)
    writer->state = fmt->writer->state_new (&writer->options);
  return writer;
}

void
ck_writer_free (CkWriter *writer)
{
  if (!writer)
    return;
  if (writer->state && writer->fmt->writer->state_free)
    writer->fmt->writer->state_free (writer->state);
  g_free (writer);
}

gboolean
ck_writer_begin (CkWriter *writer, GString *out, GError **error)
{
  g_return_val_if_fail (writer != NULL && out != NULL, FALSE);
  if (!writer->fmt->writer->begin)
    return TRUE;
  return writer->fmt->writer->begin (writer->state, &writer->options, out, error);
}

gboolean
ck_writer_write (CkWriter *writer, GString *out, CkRecord *rec, GError **error)
{
  g_return_val_if_fail (writer != NULL && out != NULL && rec != NULL, FALSE);
  return writer->fmt->writer->record (writer->state, &writer->options, out, rec, error);
}

gboolean
ck_writer_end (CkWriter *writer, GString *out, GError **error)
{
  g_return_val_if_fail (writer != NULL && out != NULL, FALSE);
  if (!writer->fmt->writer->end)
    return TRUE;
  return writer->fmt->writer->end (writer->state, &writer->options, out, error);
}

char *
ck_format_write_all (const CkFormat *fmt, GPtrArray *records,
                     const CkWriteOptions *options, GError **error)
{
  g_autoptr(CkWriter) writer = ck_writer_new (fmt, options, error);
  g_autoptr(GString) out = g_string_new (NULL);

  if (!writer || !ck_writer_begin (writer, out, error))
    return NULL;
  for (guint i = 0; records && i < records->len; i++)
    if (!ck_writer_write (writer, out, g_ptr_array_index (records, i), error))
      return NULL;
  if (!ck_writer_end (writer, out, error))
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}
