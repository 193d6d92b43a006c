/* ck-format.h — the registry of bibliography formats and the streaming
 * reader/writer interface every format implements.
 *
 * Reading calls a CkRecordFunc once per record, so a converter can write
 * each record and drop it before the next is read.  Writing appends text
 * to a GString: begin, one call per record, end.  The caller drains the
 * string to its output whenever it likes (see ck_output_* in ck-output.h).
 *
 *   const CkFormat *ris = ck_format_lookup ("ris");
 *   g_autoptr(CkWriter) w = ck_writer_new (ris, NULL, &error);
 *   ck_writer_begin (w, out);  ck_writer_write (w, out, rec, &error); …  ck_writer_end (w, out, &error);
 */
#pragma once

#if !defined(CITEKIT_INSIDE) && !defined(CITEKIT_COMPILATION)
#error "Only <citekit/citekit.h> can be included directly."
#endif

#include <glib.h>
#include "ck-record.h"
#include "ck-diag.h"

G_BEGIN_DECLS

/* Called once per record read.  Return FALSE (setting @error) to stop. */
typedef gboolean (*CkRecordFunc) (CkRecord *rec, gpointer user_data, GError **error);

typedef enum {
  CK_WRITE_DEFAULT      = 0,
  CK_WRITE_ASCII        = 1 << 0,  /* BibTeX: LaTeX-escape non-ASCII ("é" → "{\'e}") */
  CK_WRITE_BIBLATEX     = 1 << 1,  /* BibTeX: biblatex field names and types */
  CK_WRITE_STRICT       = 1 << 2,  /* a field the format cannot hold is an error */
} CkWriteFlags;

typedef struct {
  guint         version;
  CkWriteFlags  flags;
  CkDiag       *diag;      /* borrowed; may be NULL */
} CkWriteOptions;
#define CK_WRITE_OPTIONS_VERSION 1
#define CK_WRITE_OPTIONS_INIT { CK_WRITE_OPTIONS_VERSION, CK_WRITE_DEFAULT, NULL }

typedef struct {
  guint    version;
  CkDiag  *diag;           /* borrowed; may be NULL */
  guint    max_depth;      /* nesting limit (braces, XML elements); 0 = default 256 */
  gsize    max_field;      /* bytes in one field value; 0 = default 16 MiB */
} CkReadOptions;
#define CK_READ_OPTIONS_VERSION 1
#define CK_READ_OPTIONS_INIT { CK_READ_OPTIONS_VERSION, NULL, 0, 0 }

typedef struct _CkFormat CkFormat;   /* const descriptions in the registry */
typedef struct _CkWriter CkWriter;

/* Registry. */
const CkFormat  *ck_format_lookup         (const char *name);  /* "bibtex", "ris", "mods", "csljson", … */
const CkFormat * const *ck_format_list    (guint *out_n);
/* Guess from a file name's extension and the first bytes of content;
 * NULL when nothing fits. */
const CkFormat  *ck_format_detect         (const char *filename, const char *data, gsize len);

const char      *ck_format_get_name        (const CkFormat *fmt);
const char      *ck_format_get_description (const CkFormat *fmt);
const char * const *ck_format_get_extensions (const CkFormat *fmt);
gboolean         ck_format_can_read        (const CkFormat *fmt);
gboolean         ck_format_can_write       (const CkFormat *fmt);

/* Reads every record in @data (need not be NUL-terminated).  @source names
 * the input in messages.  Bad entries are skipped with a warning in
 * options->diag when the format allows recovery; a fatal error returns
 * FALSE with a positioned message. */
gboolean  ck_format_read  (const CkFormat *fmt, const char *data, gsize len,
                           const char *source, const CkReadOptions *options,
                           CkRecordFunc func, gpointer user_data, GError **error);

/* Convenience: all records in an array of CkRecord (owning refs). */
GPtrArray *ck_format_read_all (const CkFormat *fmt, const char *data, gsize len,
                               const char *source, const CkReadOptions *options,
                               GError **error);

/* Streaming writer. */
CkWriter *ck_writer_new    (const CkFormat *fmt, const CkWriteOptions *options, GError **error);
void      ck_writer_free   (CkWriter *writer);
gboolean  ck_writer_begin  (CkWriter *writer, GString *out, GError **error);
gboolean  ck_writer_write  (CkWriter *writer, GString *out, CkRecord *rec, GError **error);
gboolean  ck_writer_end    (CkWriter *writer, GString *out, GError **error);

/* Convenience: a whole document for @records. */
char     *ck_format_write_all (const CkFormat *fmt, GPtrArray *records,
                               const CkWriteOptions *options, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CkWriter, ck_writer_free)

G_END_DECLS
