/* ck-format-private.h — what a format file fills in.
 *
 * Each formats/<fmt>.c defines one `const CkFormat ck_format_<fmt>` and the
 * registry table in ck-format.c lists them.  A NULL read or writer hook
 * means the format does not go in that direction.
 */
#pragma once

#include "citekit.h"

typedef struct {
  /* Allocates the per-document writer state (may return NULL if none). */
  gpointer (*state_new)  (const CkWriteOptions *options);
  void     (*state_free) (gpointer state);
  gboolean (*begin)  (gpointer state, const CkWriteOptions *options, GString *out, GError **error);
  gboolean (*record) (gpointer state, const CkWriteOptions *options, GString *out,
                      CkRecord *rec, GError **error);
  gboolean (*end)    (gpointer state, const CkWriteOptions *options, GString *out, GError **error);
} CkFormatWriter;

struct _CkFormat {
  const char          *name;         /* "bibtex" */
  const char          *description;  /* "BibTeX (and biblatex)" */
  const char * const  *extensions;   /* NULL-terminated: { "bib", NULL } */
  const char * const  *aliases;      /* other names accepted on the command line */
  /* 0..100: how sure the format is that @data is its own (only the first
   * few KiB are passed). */
  int      (*probe) (const char *data, gsize len);
  gboolean (*read)  (const char *data, gsize len, const char *source,
                     const CkReadOptions *options, CkRecordFunc func,
                     gpointer user_data, GError **error);
  const CkFormatWriter *writer;
};

extern const CkFormat ck_format_bibtex;
extern const CkFormat ck_format_biblatex;
extern const CkFormat ck_format_ris;
extern const CkFormat ck_format_mods;
extern const CkFormat ck_format_csljson;
/* The long tail, through libbibutils (bibutils-bridge.c). */
extern const CkFormat ck_format_endnote;
extern const CkFormat ck_format_endnotexml;
extern const CkFormat ck_format_isi;
extern const CkFormat ck_format_medline;
extern const CkFormat ck_format_nbib;
extern const CkFormat ck_format_copac;
extern const CkFormat ck_format_ebi;
extern const CkFormat ck_format_word;
extern const CkFormat ck_format_ads;
