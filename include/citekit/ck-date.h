/* ck-date.h — partial bibliographic dates: years, months, seasons, ranges,
 * approximate dates and "n.d.".
 *
 * A CkDate is a plain value struct.  Zero means "not given" for every
 * numeric part.  @literal keeps text that does not parse ("n.d.",
 * "forthcoming") and is the only part set for such dates.
 */
#pragma once

#if !defined(CITEKIT_INSIDE) && !defined(CITEKIT_COMPILATION)
#error "Only <citekit/citekit.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  CK_SEASON_NONE,
  CK_SEASON_SPRING,
  CK_SEASON_SUMMER,
  CK_SEASON_AUTUMN,
  CK_SEASON_WINTER,
} CkSeason;

typedef struct {
  int      year, month, day;             /* start (or only) date */
  int      end_year, end_month, end_day; /* end of a range; 0 = no range */
  CkSeason season;
  gboolean circa;
  char    *literal;                      /* "n.d.", unparsed text */
} CkDate;

CkDate   *ck_date_new          (void);
CkDate   *ck_date_new_ymd      (int year, int month, int day);
CkDate   *ck_date_copy         (const CkDate *date);
void      ck_date_free         (CkDate *date);
gboolean  ck_date_is_empty     (const CkDate *date);
gboolean  ck_date_equal        (const CkDate *a, const CkDate *b);

/* Parses "1998", "March-April 1998", "January/February 2014", "Summer 1962",
 * "22 April 2010", "1998-03-04", "c. 1900", "n.d.", "1936-1937".
 * Returns NULL when @text holds no date. */
CkDate   *ck_date_parse        (const char *text);

/* ISO 8601 / EDTF-ish rendering: "1998-03/1998-04", "1962-22" (season),
 * "1998"; a literal date renders as its literal. */
char     *ck_date_to_iso       (const CkDate *date);
/* Human rendering: "March-April 1998", "Summer 1962", "n.d.". */
char     *ck_date_to_display   (const CkDate *date);

/* Month names and abbreviations in English (and common French, German,
 * Spanish forms) → 1..12, or 0. */
int       ck_month_from_name   (const char *name, gsize len);
const char *ck_month_name      (int month);     /* "March" */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CkDate, ck_date_free)

G_END_DECLS
