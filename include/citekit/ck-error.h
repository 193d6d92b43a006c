/* ck-error.h — the one error domain of libcitekit.
 *
 * Every fallible call takes a trailing `GError **error` and returns FALSE/NULL
 * exactly when it sets it.  Bad data is a GError; a programmer error is a
 * g_return_if_fail() critical.
 */
#pragma once

#if !defined(CITEKIT_INSIDE) && !defined(CITEKIT_COMPILATION)
#error "Only <citekit/citekit.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

#define CK_ERROR (ck_error_quark ())

typedef enum {
  CK_ERROR_FAILED,        /* anything not covered below */
  CK_ERROR_IO,            /* reading or writing a file or stream */
  CK_ERROR_ENCODING,      /* input is not valid UTF-8, or binary */
  CK_ERROR_PARSE,         /* syntax error; the message carries file:line:col */
  CK_ERROR_LIMIT,         /* a safety limit (depth, size, count) was exceeded */
  CK_ERROR_UNKNOWN_FORMAT,/* no such format, or it cannot read/write */
  CK_ERROR_LOSS,          /* --strict: the target format cannot hold a field */
  CK_ERROR_EMPTY,         /* input held no records */
} CkError;

GQuark ck_error_quark (void);

G_END_DECLS
