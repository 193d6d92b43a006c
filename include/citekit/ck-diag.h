/* ck-diag.h — diagnostics a reader or writer hands back instead of printing:
 * warnings about skipped input (with file:line:col) and a tally of fields a
 * target format could not hold ("field 'price' has no place in RIS,
 * written to N1").  The library never prints; the CLI decides what to show.
 */
#pragma once

#if !defined(CITEKIT_INSIDE) && !defined(CITEKIT_COMPILATION)
#error "Only <citekit/citekit.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  CK_DIAG_NOTE,
  CK_DIAG_WARNING,   /* something was skipped or repaired; the rest was read */
  CK_DIAG_ERROR,     /* a record was lost */
} CkDiagLevel;

typedef struct {
  CkDiagLevel level;
  char       *source;   /* file name or NULL */
  guint       line;     /* 1-based, 0 = unknown */
  guint       column;   /* 1-based, 0 = unknown */
  char       *message;
} CkDiagMessage;

typedef struct _CkDiag CkDiag;

CkDiag   *ck_diag_new       (void);
void      ck_diag_free      (CkDiag *diag);

void      ck_diag_add       (CkDiag *diag, CkDiagLevel level, const char *source,
                             guint line, guint column, const char *format, ...) G_GNUC_PRINTF (6, 7);
void      ck_diag_addv      (CkDiag *diag, CkDiagLevel level, const char *source,
                             guint line, guint column, const char *format, va_list args) G_GNUC_PRINTF (6, 0);
guint     ck_diag_get_n_messages (const CkDiag *diag);
const CkDiagMessage *ck_diag_get_message (const CkDiag *diag, guint index);
guint     ck_diag_count_level    (const CkDiag *diag, CkDiagLevel level);

/* Loss tally: one entry per (field, target, fate) with a record count.
 * @fate says where the value went: NULL when it was dropped, or e.g.
 * "written to N1". */
void      ck_diag_add_loss  (CkDiag *diag, const char *field, const char *target, const char *fate);
guint     ck_diag_get_n_losses (const CkDiag *diag);
/* "3 records: field 'price' has no place in RIS, written to N1" */
char     *ck_diag_format_loss  (const CkDiag *diag, guint index);
/* TRUE when some loss entry has fate NULL (the value was dropped). */
gboolean  ck_diag_has_drops    (const CkDiag *diag);
guint     ck_diag_get_loss_count (const CkDiag *diag, guint index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CkDiag, ck_diag_free)

G_END_DECLS
