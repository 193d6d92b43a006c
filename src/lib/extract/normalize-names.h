/* normalize-names.h — "Family (Given)." as old lists of books received write names. */
#pragma once
#include <glib.h>

#define CK_PAREN_NAMES_MAX 4

/* At @p, a line's start in text[.., end): when the line opens with
 * "Family (Given)." or "Family (Given) and Family (Given).", fills @edits
 * with the bytes to rewrite, in order — each " (" (to become ", ") and each
 * ")" (to go) — and returns how many; 0 when the line does not open so. */
guint ck_paren_names_at (const char *p, const char *end, const char **edits);
