/* fuzz-common.c — invariant checks and record walking shared by the fuzz
 * targets (see fuzz-common.h). */
#include "fuzz-common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Related records form no cycles (the model refuses them), but a chain can
 * be long; stop walking after this many levels. */
#define WALK_MAX_DEPTH 64

void
ck_fuzz_fail (const char *format, ...)
{
  va_list args;

  va_start (args, format);
  fputs ("citekit fuzz invariant broken: ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);
  abort ();
}

void
ck_fuzz_setup (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_fatal_mask ("citekit", G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

void
ck_fuzz_check_result (gboolean ok, const GError *error, const char *what)
{
  if (ok && error)
    ck_fuzz_fail ("%s succeeded but set an error: %s", what, error->message);
  if (!ok && !error)
    ck_fuzz_fail ("%s failed without setting an error", what);
  if (error)
    {
      if (error->domain != CK_ERROR)
        ck_fuzz_fail ("%s: error outside CK_ERROR (%s): %s", what,
                      g_quark_to_string (error->domain), error->message);
      if (!error->message || !error->message[0])
        ck_fuzz_fail ("%s: error with an empty message", what);
      if (!g_utf8_validate (error->message, -1, NULL))
        ck_fuzz_fail ("%s: error message is not UTF-8", what);
    }
}

static void
check_text (const char *text, const char *what)
{
  if (text && !g_utf8_validate (text, -1, NULL))
    ck_fuzz_fail ("%s is not valid UTF-8", what);
}

static void
walk (CkRecord *rec, guint depth)
{
  g_autofree char *title = NULL;
  g_autofree char *key = NULL;

  if (depth > WALK_MAX_DEPTH)
    return;

  if ((guint) ck_record_get_type (rec) >= CK_TYPE_N_TYPES)
    ck_fuzz_fail ("record type %d out of range", ck_record_get_type (rec));
  if (!ck_type_to_csl (ck_record_get_type (rec)))
    ck_fuzz_fail ("record type without a CSL name");
  check_text (ck_record_get_key (rec), "key");

  for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
    {
      const char *value = ck_record_get (rec, f);
      if (value && !value[0])
        ck_fuzz_fail ("field %s is set to the empty string", ck_field_to_csl (f));
      check_text (value, ck_field_to_csl (f));
    }

  for (guint i = 0; i < ck_record_get_n_names (rec); i++)
    {
      const CkName *name = ck_record_get_name (rec, i);
      g_autofree char *display = NULL;
      g_autofree char *sorted = NULL;

      if (!name)
        ck_fuzz_fail ("name %u is NULL", i);
      if ((guint) name->role >= CK_ROLE_N_ROLES)
        ck_fuzz_fail ("name role %d out of range", name->role);
      check_text (name->family, "family name");
      check_text (name->given, "given name");
      check_text (name->particle, "particle");
      check_text (name->suffix, "suffix");
      check_text (name->literal, "literal name");
      display = ck_name_format_display (name);
      sorted = ck_name_format_sorted (name);
      check_text (display, "displayed name");
      check_text (sorted, "sorted name");
    }

  for (guint k = 0; k < CK_DATE_N_KINDS; k++)
    {
      const CkDate *date = ck_record_get_date (rec, k);
      g_autofree char *iso = NULL;
      g_autofree char *display = NULL;

      if (!date)
        continue;
      check_text (date->literal, "date literal");
      iso = ck_date_to_iso (date);
      display = ck_date_to_display (date);
      check_text (iso, "ISO date");
      check_text (display, "displayed date");
    }

  for (guint i = 0; i < ck_record_get_n_extras (rec); i++)
    {
      const char *k = ck_record_get_extra_key (rec, i);
      if (!k)
        ck_fuzz_fail ("extra %u has no key", i);
      check_text (k, "extra key");
      check_text (ck_record_get_extra_value (rec, i), "extra value");
    }

  for (guint i = 0; i < ck_record_get_n_provenance (rec); i++)
    {
      const CkProvenance *prov = ck_record_get_provenance (rec, i);
      if (!prov || prov->start > prov->end)
        ck_fuzz_fail ("provenance %u has a reversed span", i);
      check_text (prov->evidence, "provenance evidence");
      if (prov->confidence < 0.0 || prov->confidence > 1.0)
        ck_fuzz_fail ("provenance confidence %g outside 0..1", prov->confidence);
    }

  title = ck_record_dup_full_title (rec);
  key = ck_record_make_key (rec);
  check_text (title, "full title");
  if (key)
    for (const char *p = key; *p; p++)
      if ((guchar) *p >= 0x80)
        ck_fuzz_fail ("made key \"%s\" is not ASCII", key);

  for (guint i = 0; i < ck_record_get_n_relations (rec); i++)
    {
      CkRelationKind kind;
      CkRecord *target = ck_record_get_relation (rec, i, &kind);
      if (!target)
        ck_fuzz_fail ("relation %u has no target", i);
      if ((guint) kind >= CK_RELATION_N_KINDS)
        ck_fuzz_fail ("relation kind %d out of range", kind);
      walk (target, depth + 1);
    }
}

void
ck_fuzz_walk_record (CkRecord *rec)
{
  walk (rec, 0);
}

void
ck_fuzz_walk_diag (const CkDiag *diag)
{
  for (guint i = 0; i < ck_diag_get_n_messages (diag); i++)
    {
      const CkDiagMessage *msg = ck_diag_get_message (diag, i);
      if (!msg || !msg->message || !msg->message[0])
        ck_fuzz_fail ("diagnostic %u has no message", i);
      check_text (msg->message, "diagnostic message");
      check_text (msg->source, "diagnostic source");
    }
  for (guint i = 0; i < ck_diag_get_n_losses (diag); i++)
    {
      g_autofree char *text = ck_diag_format_loss (diag, i);
      check_text (text, "loss report");
    }
}

const CkFormat *
ck_fuzz_pick_format (guint index, gboolean need_write)
{
  guint n_all = 0, n_fit = 0;
  const CkFormat * const *all = ck_format_list (&n_all);

  for (guint i = 0; i < n_all; i++)
    if (ck_format_can_read (all[i]) && (!need_write || ck_format_can_write (all[i])))
      n_fit++;
  if (n_fit == 0)
    return NULL;
  index %= n_fit;
  for (guint i = 0; i < n_all; i++)
    if (ck_format_can_read (all[i]) && (!need_write || ck_format_can_write (all[i])))
      if (index-- == 0)
        return all[i];
  return NULL;
}
