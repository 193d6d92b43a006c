/* diag.c — CkDiag: messages and a loss tally handed back to the caller. */
#include "citekit.h"

#include <string.h>

typedef struct {
  char *field;
  char *target;
  char *fate;    /* NULL = dropped */
  guint count;
} Loss;

struct _CkDiag {
  GPtrArray  *messages;  /* CkDiagMessage* */
  GPtrArray  *losses;    /* Loss*, in order of first occurrence */
  GHashTable *loss_index;/* Loss* → itself, hashed on (field, target, fate) */
};

/* Past this many messages only the count grows: a hostile file with a
 * million bad lines must not cost a million strings. */
#define CK_DIAG_MAX_MESSAGES 10000

static void
message_free (CkDiagMessage *m)
{
  g_free (m->source);
  g_free (m->message);
  g_free (m);
}

static void
loss_free (Loss *l)
{
  g_free (l->field);
  g_free (l->target);
  g_free (l->fate);
  g_free (l);
}

/* Losses are tallied once per field of every record written: they are
 * looked up by their three strings without building a key string. */
static guint
loss_hash (gconstpointer p)
{
  const Loss *l = p;
  /* NULL and "" fates are one tally, as they were when the key was a
   * joined string. */
  return (g_str_hash (l->field) * 31u + g_str_hash (l->target)) * 31u + g_str_hash (l->fate ? l->fate : "");
}

static gboolean
loss_equal (gconstpointer a, gconstpointer b)
{
  const Loss *x = a, *y = b;
  return strcmp (x->field, y->field) == 0 && strcmp (x->target, y->target) == 0
         && strcmp (x->fate ? x->fate : "", y->fate ? y->fate : "") == 0;
}

CkDiag *
ck_diag_new (void)
{
  CkDiag *d = g_new0 (CkDiag, 1);
  d->messages = g_ptr_array_new_with_free_func ((GDestroyNotify) message_free);
  d->losses = g_ptr_array_new_with_free_func ((GDestroyNotify) loss_free);
  d->loss_index = g_hash_table_new (loss_hash, loss_equal);
  return d;
}

void
ck_diag_free (CkDiag *diag)
{
  if (!diag)
    return;
  g_ptr_array_unref (diag->messages);
  g_ptr_array_unref (diag->losses);
  g_hash_table_unref (diag->loss_index);
  g_free (diag);
}

void
ck_diag_addv (CkDiag *diag, CkDiagLevel level, const char *source, guint line, guint column,
              const char *format, va_list args)
{
  CkDiagMessage *m;

  if (!diag)
    return;
  if (diag->messages->len >= CK_DIAG_MAX_MESSAGES)
    {
      /* Keep one final marker so the caller knows messages were cut. */
      if (diag->messages->len == CK_DIAG_MAX_MESSAGES)
        {
          m = g_new0 (CkDiagMessage, 1);
          m->level = CK_DIAG_WARNING;
          m->message = g_strdup ("too many messages; the rest are not shown");
          g_ptr_array_add (diag->messages, m);
        }
      return;
    }
  m = g_new0 (CkDiagMessage, 1);
  m->level = level;
  m->source = g_strdup (source);
  m->line = line;
  m->column = column;
  {
    /* messages quote input, and input may be anything: keep them UTF-8 */
    g_autofree char *raw = g_strdup_vprintf (format, args);
    m->message = g_utf8_make_valid (raw, -1);
  }
  if (m->source && !g_utf8_validate (m->source, -1, NULL))
    {
      char *valid = g_utf8_make_valid (m->source, -1);
      g_free (m->source);
      m->source = valid;
    }
  g_ptr_array_add (diag->messages, m);
}

void
ck_diag_add (CkDiag *diag, CkDiagLevel level, const char *source, guint line, guint column,
             const char *format, ...)
{
  va_list args;

  va_start (args, format);
  ck_diag_addv (diag, level, source, line, column, format, args);
  va_end (args);
}

guint
ck_diag_get_n_messages (const CkDiag *diag)
{
  g_return_val_if_fail (diag != NULL, 0);
  return diag->messages->len;
}

const CkDiagMessage *
ck_diag_get_message (const CkDiag *diag, guint index)
{
  g_return_val_if_fail (diag != NULL && index < diag->messages->len, NULL);
  return g_ptr_array_index (diag->messages, index);
}

guint
ck_diag_count_level (const CkDiag *diag, CkDiagLevel level)
{
  guint n = 0;
  g_return_val_if_fail (diag != NULL, 0);
  for (guint i = 0; i < diag->messages->len; i++)
    if (((const CkDiagMessage *) g_ptr_array_index (diag->messages, i))->level == level)
      n++;
  return n;
}

void
ck_diag_add_loss (CkDiag *diag, const char *field, const char *target, const char *fate)
{
  Loss probe, *l;

  if (!diag)
    return;
  g_return_if_fail (field != NULL && target != NULL);
  /* citekit's own CSL-JSON names start with '_' ("_price"); users know
   * the field as "price". */
  if (field[0] == '_' && field[1])
    field++;
  probe.field = (char *) field;
  probe.target = (char *) target;
  probe.fate = (char *) fate;
  l = g_hash_table_lookup (diag->loss_index, &probe);
  if (!l)
    {
      l = g_new0 (Loss, 1);
      l->field = g_strdup (field);
      l->target = g_strdup (target);
      l->fate = g_strdup (fate);
      g_ptr_array_add (diag->losses, l);
      g_hash_table_add (diag->loss_index, l);
    }
  l->count++;
}

guint
ck_diag_get_n_losses (const CkDiag *diag)
{
  g_return_val_if_fail (diag != NULL, 0);
  return diag->losses->len;
}

guint
ck_diag_get_loss_count (const CkDiag *diag, guint index)
{
  g_return_val_if_fail (diag != NULL && index < diag->losses->len, 0);
  return ((const Loss *) g_ptr_array_index (diag->losses, index))->count;
}

char *
ck_diag_format_loss (const CkDiag *diag, guint index)
{
  const Loss *l;
  g_return_val_if_fail (diag != NULL && index < diag->losses->len, NULL);
  l = g_ptr_array_index (diag->losses, index);
  return g_strdup_printf ("%u record%s: field '%s' has no place in %s%s%s",
                          l->count, l->count == 1 ? "" : "s", l->field, l->target,
                          l->fate ? ", " : ", dropped", l->fate ? l->fate : "");
}

gboolean
ck_diag_has_drops (const CkDiag *diag)
{
  g_return_val_if_fail (diag != NULL, FALSE);
  for (guint i = 0; i < diag->losses->len; i++)
    if (((const Loss *) g_ptr_array_index (diag->losses, i))->fate == NULL)
      return TRUE;
  return FALSE;
}
