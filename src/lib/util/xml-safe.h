/* xml-safe.h — libxml2 used defensively: parser options that never touch
 * the network, never load a DTD and never expand entities; libxml2's
 * structured errors turned into positioned GErrors; and text cleaned of the
 * characters XML 1.0 cannot hold.
 *
 *   xmlTextReaderPtr r = xmlReaderForMemory (data, len, source, NULL, CK_XML_SAFE_OPTIONS);
 *   CkXmlErrors errs = { .source = source };
 *   xmlTextReaderSetStructuredErrorHandler (r, ck_xml_error_collect, &errs);
 *   …
 *   if (!ck_xml_errors_check (&errs, line, col, error)) …
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
  char       *first;    /* first error's message, owned; NULL when none */
  int         line;     /* its position; 0 when libxml2 gave none */
  int         column;
  int         code;     /* CkError it maps to: CK_ERROR_PARSE or CK_ERROR_ENCODING */
  guint       n_errors;
  guint       n_warnings;
} CkXmlErrors;

/* An xmlStructuredErrorFunc: @ctx is a CkXmlErrors.  Keeps the first error
 * and its position; counts the rest. */
void      ck_xml_error_collect    (void *ctx, xmlErrorPtr err);
/* Sets @error from the first collected error as "source:line:col: message"
 * (CK_ERROR_ENCODING for undecodable input, else CK_ERROR_PARSE), using
 * @line/@column when libxml2 gave no position; returns FALSE.  Returns
 * TRUE when nothing was collected. */
gboolean  ck_xml_errors_check     (CkXmlErrors *errs, int line, int column, GError **error);
void      ck_xml_errors_clear     (CkXmlErrors *errs);

/* libxml2 reports some errors (encoding conversion, I/O) through its
 * thread-global handlers, which print to stderr by default.  A scope
 * routes them to @errs (or nowhere, when NULL) and restores the caller's
 * handlers on pop, so the library never prints. */
typedef struct {
  xmlStructuredErrorFunc structured;
  void                  *structured_ctx;
  xmlGenericErrorFunc    generic;
  void                  *generic_ctx;
} CkXmlErrorScope;

void      ck_xml_error_scope_push (CkXmlErrorScope *scope, CkXmlErrors *errs);
void      ck_xml_error_scope_pop  (CkXmlErrorScope *scope);

/* TRUE when @text (UTF-8) holds only characters XML 1.0 allows. */
gboolean  ck_xml_text_is_clean    (const char *text);
/* A copy of @text that XML can hold: invalid UTF-8 becomes U+FFFD, C0
 * controls other than TAB, LF and CR, and U+FFFE/U+FFFF are dropped.
 * *out_n_removed counts what was dropped or replaced.  NULL → NULL. */
char     *ck_xml_text_sanitize    (const char *text, guint *out_n_removed);

G_END_DECLS
