/* bridge-input.h — checks and rewrites the text libbibutils is given
 * (see bridge-input.c); private to the bibutils bridge. */
#pragma once

#include "ck-format-private.h"

G_BEGIN_DECLS

#define CK_BRIDGE_DEFAULT_DEPTH 256   /* XML nesting allowed when options do not say */

/* How one libbibutils reader wants its input laid out. */
typedef struct {
  gboolean xml;   /* input is XML (declared encoding, nesting checks) */
  /* XML only: closing tags of one record.  The library's XML readers find
   * a record's end only on a later line than its start and drop a second
   * record on the same line, so real single-line exports lose records;
   * a newline goes after each of these tags before the library sees the
   * text (whitespace between records, which XML ignores). */
  const char * const *record_ends;
  /* Text only: the tag that opens a record.  The library needs a blank
   * line before it (without one, NBIB hangs and EndNote merges records),
   * so one is inserted where the input has none. */
  const char *record_start;
} CkBridgeInput;

/* The text to hand to the library for @data, or NULL with @error set
 * (positioned as source:line:col).  An empty result means there is
 * nothing to read.  For tagged text, *@record_lines receives the input
 * line where each record starts (for positioning the library's messages);
 * it is NULL for XML. */
GString *ck_bridge_input_prepare (const CkBridgeInput *in, const char *data, gsize len,
                                  const char *source, const CkReadOptions *options,
                                  GArray **record_lines, GError **error);

G_END_DECLS
