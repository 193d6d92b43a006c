/* csljson-private.h — the pieces of the CSL-JSON format shared by its
 * reader (csljson-read.c), its writer (csljson-write.c) and the format
 * description (csljson.c). */
#pragma once

#include "ck-format-private.h"

/* Keys that are not CSL variables but that citekit writes so that its own
 * reader gets the record back whole; other consumers ignore unknown keys. */
#define CK_CSL_KEY_SUBTITLE "_subtitle"   /* the part of "title" after ": " */

/* CSL seasons are the numbers 1..4 (spring, summer, autumn, winter), which
 * is also CkSeason's order. */

extern const CkFormatWriter ck_csljson_writer;

gboolean ck_csljson_read (const char *data, gsize len, const char *source,
                          const CkReadOptions *options, CkRecordFunc func,
                          gpointer user_data, GError **error);
int      ck_csljson_probe (const char *data, gsize len);

/* The "note" suffix that carries binding and price to consumers that only
 * read CSL variables ("Paperback, $19.95"); NULL when the record has
 * neither.  The reader uses it to strip the suffix again. */
char    *ck_csljson_dup_physical_note (const char *binding, const char *price);

/* The text of a date without a year ("March", "4 March", "Summer"), which
 * the writer gives consumers as "literal" and the reader recognises. */
char    *ck_csljson_dup_yearless_text (const CkDate *date);

/* TRUE when @date holds any part at all.  (ck_date_is_empty() calls a
 * date without a year and a literal empty; a month alone is still kept.) */
gboolean ck_csljson_date_has_parts (const CkDate *date);
