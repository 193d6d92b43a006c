/* xml-safe.h — libxml2 used defensively: parser options that never touch
 * the network, never load a DTD and never expand entities; libxml2's
 * structured errors turned into positioned GErrors; and text cleaned of the
 * characters XML 1.0 cannot hold.
 *
 *   xmlTextReaderPtr r = xmlReaderForMemory (data, len, source, NULL, CK_XML_SAFE_OPTIONS);
 *   CkXmlErrors errs = { .source = source };
 *   xmlTextReaderSetStructuredErrorHandler (r, ck_xml_error_collect, &errs);
 *   …
 *   if (errs.first) { ck_xml_errors_to_gerror (&errs, error); … }
 */
#pragma once

#include <glib.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>

G_BEGIN_DECLS

/* No network, no DTD loading or validation, no entity substitution
 * (XML_PARSE_NOENT is deliberately absent), no XInclude nodes.  libxml2's
 * own depth limit (256 without XML_PARSE_HUGE) stays in force. */
#define CK_XML_SAFE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOXINCNODE | XML_PARSE_NOCDATA)

typedef struct {
  const char *source;   /* borrowed, for messages */
  char       *first;    /* first fatal or error message, positioned; owned */
  guint       n_errors;
  guint       n_warnings;
} CkXmlErrors;

/* An xmlStructuredErrorFunc: @ctx is a CkXmlErrors.  Keeps the first error
 * as "source:line:col: message"; counts the rest. */
void      ck_xml_error_collect    (void *ctx, xmlErrorPtr err);
/* Sets @error (CK_ERROR_PARSE) from the first collected error and returns
 * FALSE; returns TRUE when none was collected. */
gboolean  ck_xml_errors_check     (CkXmlErrors *errs, GError **error);
void      ck_xml_errors_clear     (CkXmlErrors *errs);

/* TRUE when @text (UTF-8) holds only characters XML 1.0 allows. */
gboolean  ck_xml_text_is_clean    (const char *text);
/* A copy of @text that XML can hold: invalid UTF-8 becomes U+FFFD, C0
 * controls other than TAB, LF and CR, and U+FFFE/U+FFFF are dropped.
 * *out_n_removed counts what was dropped or replaced.  NULL → NULL. */
char     *ck_xml_text_sanitize    (const char *text, guint *out_n_removed);

G_END_DECLS
