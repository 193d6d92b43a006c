/* extract-test-util.c — the runner of the table-driven extraction tests
 * (XtCase in extract-test-util.h).
 *
 * Each failed step says which case, which text, which step, which record
 * and what it found, so a table row reads as its own test:
 * "/extract/self/x: text 2, step 4 (record "T"): CK_FIELD_ISSUE: expected
 * "3", got "4"". */
#include "extract-test-util.h"

#include <stdarg.h>

typedef struct {
  const XtCase *c;
  guint         step;     /* 1-based index of the step being checked */
  GPtrArray    *recs;     /* records of the current text */
  guint         n_text;   /* 1-based index of the current text */
  CkRecord     *rec;      /* the picked record */
  char         *subject;  /* how the picked record was picked, for messages */
  gboolean      trace;
} Run;

gboolean
xt_fired (CkRecord *rec, const char *detector)
{
  for (guint i = 0; i < ck_record_get_n_provenance (rec); i++)
    if (g_strcmp0 (ck_record_get_provenance (rec, i)->detector, detector) == 0)
      return TRUE;
  return FALSE;
}

CkRecord *
xt_self (GPtrArray *recs)
{
  for (guint i = 0; i < recs->len; i++)
    if (ck_record_get_type (g_ptr_array_index (recs, i)) == CK_TYPE_REVIEW_BOOK)
      return g_ptr_array_index (recs, i);
  return NULL;
}

G_GNUC_PRINTF (2, 3) G_GNUC_NORETURN static void
fail (const Run *run, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *what = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_autofree char *msg = g_strdup_printf ("%s: text %u, step %u (%s): %s", run->c->path, run->n_text, run->step,
                                          run->subject ? run->subject : "all records", what);
  g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, msg);
  /* with non-fatal assertions g_assertion_message returns; a table row
   * cannot go on without its record, so stop here all the same */
  abort ();
}

/* Writes the check of the current step as a TAP comment (XT_TRACE=1). */
G_GNUC_PRINTF (3, 4) static void
trace (const Run *run, const char *kind, const char *fmt, ...)
{
  if (!run->trace)
    return;
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *expected = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  /* escaped: g_test_message writes in the locale's charset, "?" for the rest */
  g_autofree char *e_subject = g_strescape (run->subject ? run->subject : "*", NULL);
  g_autofree char *e_expected = g_strescape (expected, NULL);
  g_test_message ("check %s | %s | %s | %s", run->c->path, e_subject, kind, e_expected);
}

static const char *
show (const char *s)
{
  return s ? s : "(null)";
}

static void
check_str (const Run *run, const char *kind, const char *got, const char *expected)
{
  trace (run, kind, "%s", show (expected));
  if (g_strcmp0 (got, expected) != 0)
    fail (run, "%s: expected \"%s\", got \"%s\"", kind, show (expected), show (got));
}

static void
check_int (const Run *run, const char *kind, long got, long expected)
{
  trace (run, kind, "%ld", expected);
  if (got != expected)
    fail (run, "%s: expected %ld, got %ld", kind, expected, got);
}

static CkRecord *
need_record (const Run *run)
{
  if (!run->rec)
    fail (run, "no record picked before this step");
  return run->rec;
}

static void
pick (Run *run, CkRecord *rec, char *subject)
{
  g_free (run->subject);
  run->subject = subject;
  run->rec = rec;
  trace (run, "found", "yes");
  if (!rec)
    fail (run, "no such record among %u", run->recs->len);
}

static void
extract (Run *run, const char *text)
{
  g_clear_pointer (&run->recs, g_ptr_array_unref);
  g_clear_pointer (&run->subject, g_free);
  run->rec = NULL;
  run->n_text++;
  if (run->trace)
    {
      g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, text, -1);
      g_test_message ("text %s | %s", run->c->path, sum);
    }
  run->recs = xt_extract (text);
}

static void
check_field_prefix (const Run *run, const XtStep *s)
{
  const char *got = ck_record_get (need_record (run), s->a);
  trace (run, "field-prefix", "%s %s", s->what, show (s->s));
  if (!got || !g_str_has_prefix (got, s->s))
    fail (run, "%s: expected a value starting \"%s\", got \"%s\"", s->what, s->s, show (got));
}

static void
check_date (const Run *run, const XtStep *s)
{
  const CkDate *d = ck_record_get_date (need_record (run), CK_DATE_ISSUED);
  trace (run, "date", "%d-%d-%d", s->a, s->b, s->c);
  if (!d)
    fail (run, "expected the date %d-%d-%d, got none", s->a, s->b, s->c);
  if (d->year != s->a || d->month != s->b || d->day != s->c)
    fail (run, "expected the date %d-%d-%d, got %d-%d-%d", s->a, s->b, s->c, d->year, d->month, d->day);
}

static void
check_evidence (const Run *run, const XtStep *s, const char *text)
{
  CkRecord *rec = need_record (run);
  const CkProvenance *prov;
  gboolean ok = FALSE;
  if (ck_record_get_n_provenance (rec) == 0)
    fail (run, "the record has no provenance");
  prov = ck_record_get_provenance (rec, 0);
  check_int (run, "evidence-line", prov->line, s->a);
  for (guint k = 0; s->list[k]; k++)
    {
      trace (run, "evidence-starts", "%s", s->list[k]);
      ok |= prov->start < strlen (text) && g_str_has_prefix (text + prov->start, s->list[k]);
    }
  if (!ok)
    fail (run, "the evidence starts at \"%.20s\", none of the expected words", text + prov->start);
}

/* The record titled @titles[0], else @titles[1], …, or NULL. */
static CkRecord *
find_any (GPtrArray *recs, const char * const *titles)
{
  for (guint k = 0; titles[k]; k++)
    if (xt_find (recs, titles[k]))
      return xt_find (recs, titles[k]);
  return NULL;
}

static void
check_list (const Run *picked, const XtStep *s)
{
  /* these look at every record, whichever one an earlier step picked */
  Run all = *picked;
  const Run *run = &all;
  GPtrArray *recs = run->recs;
  all.subject = NULL;
  switch (s->op)
    {
    case XT_OP_COUNT:
      check_int (run, "count", recs->len, s->a);
      break;
    case XT_OP_ABSENT:
      trace (run, "absent", "%s", s->s);
      if (xt_find (recs, s->s))
        fail (run, "a record is titled \"%s\"", s->s);
      break;
    case XT_OP_NO_SELF:
      trace (run, "no-self", "yes");
      if (xt_self (recs))
        fail (run, "a record (\"%s\") is the review's own", show (ck_record_get (xt_self (recs), CK_FIELD_TITLE)));
      break;
    case XT_OP_NO_TYPE:
      trace (run, "no-type", "%s", s->what);
      for (guint i = 0; i < recs->len; i++)
        if (ck_record_get_type (g_ptr_array_index (recs, i)) == (CkType) s->a)
          fail (run, "record %u is of type %s", i, s->what);
      break;
    case XT_OP_NO_TITLE_HAS:
      trace (run, "no-title-has", "%s", s->s);
      for (guint i = 0; i < recs->len; i++)
        {
          const char *t = ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE);
          if (!t)
            continue;  /* an untitled review names no book */
          if (strstr (t, s->s))
            fail (run, "the title \"%s\" contains \"%s\"", t, s->s);
        }
      break;
    case XT_OP_NO_WORK_HAS:
      for (guint k = 0; s->list[k]; k++)
        {
          trace (run, "no-work-has", "%s", s->list[k]);
          for (guint i = 0; i < recs->len; i++)
            {
              CkRecord *r = g_ptr_array_index (recs, i);
              const char *t = ck_record_get (r, CK_FIELD_TITLE);
              /* a periodical named in prose is a record of its own
               * (detect-periodical.c), not a work's title */
              if (ck_record_get_type (r) != CK_TYPE_PERIODICAL && t && strstr (t, s->list[k]))
                fail (run, "\"%s\" was taken for a title (\"%s\")", s->list[k], t);
            }
        }
      break;
    case XT_OP_PERIODICAL:
      {
        CkRecord *r = xt_find (recs, s->s);
        trace (run, "periodical", "%s", s->s);
        if (!r || ck_record_get_type (r) != CK_TYPE_PERIODICAL || ck_record_has (r, CK_FIELD_CONTAINER_TITLE))
          fail (run, "\"%s\" is no periodical of its own", s->s);
      }
      break;
    case XT_OP_NO_FAMILY:
      trace (run, "no-family", "%s %d %s", s->what, s->b, s->s);
      for (guint i = 0; i < recs->len; i++)
        if (g_strcmp0 (xt_family (g_ptr_array_index (recs, i), s->a, s->b), s->s) == 0)
          fail (run, "record %u has the name \"%s\" (%s %d)", i, s->s, s->what, s->b);
      break;
    case XT_OP_NO_TITLE_PREFIX:
      trace (run, "no-title-prefix", "%s", s->s);
      for (guint i = 0; i < recs->len; i++)
        {
          const char *t = ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE);
          if (!t)
            continue;  /* an untitled review names no book */
          if (g_str_has_prefix (t, s->s))
            fail (run, "the title \"%s\" starts with \"%s\"", t, s->s);
        }
      break;
    case XT_OP_NONE_FIRED:
      trace (run, "none-fired", "%s", s->s);
      for (guint i = 0; i < recs->len; i++)
        if (xt_fired (g_ptr_array_index (recs, i), s->s))
          fail (run, "the detector %s made record %u", s->s, i);
      break;
    case XT_OP_NOT_PERIODICAL:
      {
        CkRecord *r = xt_find (recs, s->s);
        trace (run, "not-periodical", "%s", s->s);
        if (r && ck_record_get_type (r) == CK_TYPE_PERIODICAL)
          fail (run, "\"%s\" is a periodical", s->s);
      }
      break;
    case XT_OP_NOT_TYPE_IF_ANY:
      {
        g_autofree char *titles = g_strjoinv ("|", (char **) s->list);
        CkRecord *r = find_any (recs, s->list);
        trace (run, "not-type-if-any", "%s %s", s->what, titles);
        if (r && ck_record_get_type (r) == (CkType) s->a)
          fail (run, "\"%s\" is of type %s", ck_record_get (r, CK_FIELD_TITLE), s->what);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

void
xt_run_case (gconstpointer data)
{
  Run run = { .c = data, .trace = g_getenv ("XT_TRACE") != NULL };
  const char *text = run.c->text;
  extract (&run, text);
  for (guint i = 0; i < XT_MAX_STEPS && run.c->steps[i].op != XT_OP_END; i++)
    {
      const XtStep *s = &run.c->steps[i];
      run.step = i + 1;
      switch (s->op)
        {
        case XT_OP_TEXT:
          text = s->s;
          extract (&run, text);
          break;
        case XT_OP_TITLE:
          pick (&run, xt_find (run.recs, s->s), g_strdup_printf ("record \"%s\"", s->s));
          break;
        case XT_OP_SELF:
          pick (&run, xt_self (run.recs), g_strdup ("the review's own record"));
          break;
        case XT_OP_CONTAINER:
          {
            CkRecord *found = NULL;
            for (guint r = 0; r < run.recs->len && !found; r++)
              if (g_strcmp0 (ck_record_get (g_ptr_array_index (run.recs, r), CK_FIELD_CONTAINER_TITLE), s->s) == 0)
                found = g_ptr_array_index (run.recs, r);
            pick (&run, found, g_strdup_printf ("record in \"%s\"", s->s));
          }
          break;
        case XT_OP_FIELD:
          check_str (&run, s->what, ck_record_get (need_record (&run), s->a), s->s);
          break;
        case XT_OP_FIELD_PREFIX:
          check_field_prefix (&run, s);
          break;
        case XT_OP_FIELD_OR:
          {
            CkRecord *r = need_record (&run);
            const char *got = ck_record_get (r, s->a) ? ck_record_get (r, s->a) : ck_record_get (r, s->b);
            check_str (&run, s->what, got, s->s);
          }
          break;
        case XT_OP_FAMILY:
          {
            g_autofree char *kind = g_strdup_printf ("family %s %d", s->what, s->b);
            check_str (&run, kind, xt_family (need_record (&run), s->a, s->b), s->s);
          }
          break;
        case XT_OP_GIVEN:
          {
            g_autofree char *kind = g_strdup_printf ("given %s %d", s->what, s->b);
            check_str (&run, kind, xt_given (need_record (&run), s->a, s->b), s->s);
          }
          break;
        case XT_OP_YEAR:
          check_int (&run, "year", xt_year (need_record (&run)), s->a);
          break;
        case XT_OP_DATE:
          check_date (&run, s);
          break;
        case XT_OP_TYPE:
          {
            CkType got = ck_record_get_type (need_record (&run));
            trace (&run, "type", "%s", s->what);
            if (got != (CkType) s->a)
              fail (&run, "expected the type %s, got %d", s->what, (int) got);
          }
          break;
        case XT_OP_FIRED:
          trace (&run, "fired", "%s", s->s);
          if (!xt_fired (need_record (&run), s->s))
            fail (&run, "the detector %s did not fire", s->s);
          break;
        case XT_OP_EVIDENCE:
          check_evidence (&run, s, text);
          break;
        case XT_OP_TITLE_ANY:
          {
            g_autofree char *titles = g_strjoinv ("|", (char **) s->list);
            pick (&run, find_any (run.recs, s->list), g_strdup_printf ("record \"%s\"", titles));
          }
          break;
        case XT_OP_FAMILY_NOT:
          {
            const char *got = xt_family (need_record (&run), s->a, s->b);
            trace (&run, "family-not", "%s %d %s", s->what, s->b, s->s);
            if (g_strcmp0 (got, s->s) == 0)
              fail (&run, "family %s %d: expected anything but \"%s\"", s->what, s->b, s->s);
          }
          break;
        case XT_OP_LAST:
          trace (&run, "last", "yes");
          if (g_ptr_array_index (run.recs, run.recs->len - 1) != need_record (&run))
            fail (&run, "the record is not the last of %u", run.recs->len);
          break;
        default:
          check_list (&run, s);
          break;
        }
    }
  g_clear_pointer (&run.recs, g_ptr_array_unref);
  g_free (run.subject);
}

void
xt_add_cases (const XtCase *cases, gsize n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    g_test_add_data_func (cases[i].path, &cases[i], xt_run_case);
}
