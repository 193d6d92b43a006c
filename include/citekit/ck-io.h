/* ck-io.h — loading inputs and writing outputs safely.
 *
 * Inputs: ck_input_load() reads a file or standard input ("-") whole and
 * refuses directories; ck_text_check_utf8() says where the first bad byte
 * is.  Outputs: a CkOutput writes to a temporary file beside the target and
 * renames it into place on commit, so a target appears whole or not at all;
 * on standard output every write is checked and flushed.
 */
#pragma once

#if !defined(CITEKIT_INSIDE) && !defined(CITEKIT_COMPILATION)
#error "Only <citekit/citekit.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/* Reads @path ("-" = standard input) into a new buffer, NUL-terminated
 * (the NUL is not counted in @out_len).  Refuses directories and files
 * larger than @max_bytes (0 = 1 GiB). */
gboolean  ck_input_load (const char *path, gsize max_bytes,
                         char **out_data, gsize *out_len, GError **error);

/* FALSE with CK_ERROR_ENCODING naming the byte offset, line and column of
 * the first invalid UTF-8 sequence, NUL or binary control byte. */
gboolean  ck_text_check_utf8 (const char *data, gsize len, const char *source, GError **error);

typedef struct _CkOutput CkOutput;

/* @path NULL or "-" = standard output. */
CkOutput *ck_output_open   (const char *path, GError **error);
/* Writes and empties @buf. */
gboolean  ck_output_write  (CkOutput *out, GString *buf, GError **error);
/* Flushes, fsyncs and renames into place.  After a failure the target is
 * untouched.  The CkOutput is freed either way. */
gboolean  ck_output_commit (CkOutput *out, GError **error);
/* Drops the temporary file; the target is untouched. */
void      ck_output_abort  (CkOutput *out);

G_END_DECLS
