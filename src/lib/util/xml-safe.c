/* xml-safe.c — defensive helpers around libxml2 (see xml-safe.h). */
#include "citekit.h"
#include "util/xml-safe.h"

#include <libxml/globals.h>
#include <string.h>

void
ck_xml_error_collect (void *ctx, xmlErrorPtr err)
{
  CkXmlErrors *errs = ctx;

  if (!errs || !err)
    return;
  if (err->level == XML_ERR_WARNING)
    {
      errs->n_warnings++;
      return;
    }
  errs->n_errors++;
  if (errs->first)
    return;
  errs->first = g_strchomp (g_strdup (err->message ? err->message : "malformed XML"));
  errs->line = err->line > 0 ? err->line : 0;
  errs->column = err->int2 > 0 ? err->int2 : 0;   /* libxml2 keeps the column in int2 */
  /* Undecodable bytes are an encoding error; a character reference to a
   * forbidden character (same libxml2 code) is a syntax error. */
  errs->code = (err->domain == XML_FROM_I18N || err->code == XML_ERR_INVALID_ENCODING ||
                err->code == XML_ERR_UNSUPPORTED_ENCODING || err->code == XML_ERR_UNKNOWN_ENCODING ||
                (err->code == XML_ERR_INVALID_CHAR && err->message &&
                 g_str_has_prefix (err->message, "Input is not proper UTF-8")))
               ? CK_ERROR_ENCODING : CK_ERROR_PARSE;
}

gboolean
ck_xml_errors_check (CkXmlErrors *errs, int line, int column, GError **error)
{
  if (!errs->first)
    return TRUE;
  if (errs->line <= 0)
    {
      errs->line = line > 0 ? line : 1;
      errs->column = column > 0 ? column : 1;
    }
  g_set_error (error, CK_ERROR, errs->code, "%s:%d:%d: %s", errs->source ? errs->source : "-",
               errs->line, errs->column, errs->first);
  return FALSE;
}

void
ck_xml_errors_clear (CkXmlErrors *errs)
{
  g_clear_pointer (&errs->first, g_free);
  errs->n_errors = errs->n_warnings = 0;
}

static void
ignore_generic (void *ctx, const char *msg, ...)
{
}

static void
ignore_structured (void *ctx, xmlErrorPtr err)
{
}

void
ck_xml_error_scope_push (CkXmlErrorScope *scope, CkXmlErrors *errs)
{
  scope->structured = xmlStructuredError;
  scope->structured_ctx = xmlStructuredErrorContext;
  scope->generic = xmlGenericError;
  scope->generic_ctx = xmlGenericErrorContext;
  xmlSetStructuredErrorFunc (errs, errs ? ck_xml_error_collect : ignore_structured);
  xmlSetGenericErrorFunc (NULL, ignore_generic);
}

void
ck_xml_error_scope_pop (CkXmlErrorScope *scope)
{
  xmlSetStructuredErrorFunc (scope->structured_ctx, scope->structured);
  xmlSetGenericErrorFunc (scope->generic_ctx, scope->generic);
}

static gboolean
char_allowed (gunichar c)
{
  /* XML 1.0 Char production. */
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

gboolean
ck_xml_text_is_clean (const char *text)
{
  if (!text)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!char_allowed (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

char *
ck_xml_text_sanitize (const char *text, guint *out_n_removed)
{
  g_autofree char *valid = NULL;
  GString *s;
  guint removed = 0;

  if (out_n_removed)
    *out_n_removed = 0;
  if (!text)
    return NULL;
  if (ck_xml_text_is_clean (text))
    return g_strdup (text);

  if (!g_utf8_validate (text, -1, NULL))
    {
      valid = g_utf8_make_valid (text, -1);
      removed++;
    }
  s = g_string_sized_new (strlen (valid ? valid : text));
  for (const char *p = valid ? valid : text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (char_allowed (c))
        g_string_append_unichar (s, c);
      else
        removed++;
    }
  if (out_n_removed)
    *out_n_removed = removed;
  return g_string_free (s, FALSE);
}
