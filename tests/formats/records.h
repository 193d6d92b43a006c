/* records.h — a small, rich set of invented records shared by the format
 * tests: every role, every kind of date, relations, extras, awkward
 * characters.  Invented on purpose: no test data comes from the samples. */
#pragma once

#include "citekit.h"

/* Returns a new array (owning references). */
GPtrArray *ck_test_records_new (void);

/* TRUE for the formats citekit reads and writes itself (not through
 * libbibutils, whose losses the bridge tests cover). */
gboolean ck_test_format_is_native (const CkFormat *fmt);
