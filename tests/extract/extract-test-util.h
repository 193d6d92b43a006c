/* extract-test-util.h — small helpers shared by the extractor's tests. */
#pragma once

#include "extract/extract-private.h"
#include <string.h>

/* Runs the extractor on @text; asserts it succeeds. */
static inline GPtrArray *
xt_extract (const char *text)
{
  g_autoptr(GError) error = NULL;
  CkExtractOptions opts = CK_EXTRACT_OPTIONS_INIT;
  GPtrArray *recs = ck_extract_text (text, strlen (text), "test.txt", &opts, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recs);
  return recs;
}

/* The record whose title (without subtitle) is @title, or NULL. */
static inline CkRecord *
xt_find (GPtrArray *recs, const char *title)
{
  for (guint i = 0; i < recs->len; i++)
    if (g_strcmp0 (ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE), title) == 0)
      return g_ptr_array_index (recs, i);
  return NULL;
}

/* The family name of the @index-th name with @role, or NULL. */
static inline const char *
xt_family (CkRecord *rec, CkRole role, guint index)
{
  g_autoptr(GPtrArray) names = ck_record_get_names_by_role (rec, role);
  if (index >= names->len)
    return NULL;
  return ((const CkName *) g_ptr_array_index (names, index))->family;
}

static inline const char *
xt_given (CkRecord *rec, CkRole role, guint index)
{
  g_autoptr(GPtrArray) names = ck_record_get_names_by_role (rec, role);
  if (index >= names->len)
    return NULL;
  return ((const CkName *) g_ptr_array_index (names, index))->given;
}

static inline int
xt_year (CkRecord *rec)
{
  const CkDate *d = ck_record_get_date (rec, CK_DATE_ISSUED);
  return d ? d->year : 0;
}

/* A context over @text with tokens, for tests of the scanners. */
static inline CkExtractCtx *
xt_ctx_new (const char *text)
{
  CkExtractCtx *ctx = g_new0 (CkExtractCtx, 1);
  ctx->text = text;
  ctx->len = strlen (text);
  ctx->source = "test.txt";
  ctx->t = ck_tokens_new (text, ctx->len);
  ctx->claimed = g_malloc0 (ctx->t->toks->len + 1);
  return ctx;
}

static inline void
xt_ctx_free (CkExtractCtx *ctx)
{
  ck_tokens_free (ctx->t);
  g_free (ctx->claimed);
  g_free (ctx);
}

/* Index of the first token whose text is @word (case-sensitive). */
static inline guint
xt_tok_index (CkExtractCtx *ctx, const char *word)
{
  gsize n = strlen (word);
  for (guint i = 0; i < ctx->t->toks->len; i++)
    {
      const CkToken *t = &g_array_index (ctx->t->toks, CkToken, i);
      if (t->end - t->start == n && memcmp (ctx->text + t->start, word, n) == 0)
        return i;
    }
  g_assert_not_reached ();
  return 0;
}

/* ------------------------------------------------------------------------
 * Table-driven extraction tests (extract-test-util.c).
 *
 * A case is a text and a list of steps.  The runner extracts the text, then
 * walks the steps in order: a selecting step (XT_TITLE, XT_SELF) picks the
 * record later steps look at and fails when there is none; a field step
 * (XT_FIELD, XT_AUTHOR, XT_YEAR, …) checks the picked record; a list step
 * (XT_COUNT, XT_ABSENT, XT_NO_SELF, …) checks every record of the text;
 * XT_TEXT extracts another text, for cases that contrast two texts.
 *
 *   static const XtCase cases[] = {
 *     { "/extract/area/what", "The Salt Road, by Ann Reed (Gannet, 1990).\n",
 *       { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Reed"), XT_YEAR (1990), XT_COUNT (1) } },
 *   };
 *   …
 *   xt_add_cases (cases, G_N_ELEMENTS (cases));
 *
 * With XT_TRACE=1 in the environment every check is also written as a TAP
 * comment ("# check PATH | SUBJECT | KIND | EXPECTED"), so a script can
 * list what a test program asserts. */

typedef enum {
  XT_OP_END = 0,        /* the zero row ends the list */
  XT_OP_TEXT,           /* extract .s; later steps look at its records */
  XT_OP_TITLE,          /* pick the record titled .s; it must exist */
  XT_OP_SELF,           /* pick the review's own record (the first of type REVIEW_BOOK); it must exist */
  XT_OP_CONTAINER,      /* pick the first record whose container-title is .s; it must exist */
  XT_OP_FIELD,          /* the picked record's field .a is .s (NULL: unset) */
  XT_OP_FIELD_PREFIX,   /* … field .a starts with .s */
  XT_OP_FIELD_OR,       /* … field .a, or field .b when .a is unset, is .s */
  XT_OP_FAMILY,         /* … family of the .b-th name with role .a is .s (NULL: no such name) */
  XT_OP_GIVEN,          /* … given name of the .b-th name with role .a is .s (NULL: none) */
  XT_OP_YEAR,           /* … issued year is .a */
  XT_OP_DATE,           /* … issued date exists and is exactly .a-.b-.c (0 = no month/day) */
  XT_OP_TYPE,           /* … record type is .a */
  XT_OP_FIRED,          /* … detector .s is among its provenance */
  XT_OP_EVIDENCE,       /* … its first provenance is on line .a and the text there starts with one of .list */
  XT_OP_COUNT,          /* the text gave exactly .a records */
  XT_OP_ABSENT,         /* no record is titled .s */
  XT_OP_NO_SELF,        /* no record is the review's own */
  XT_OP_NO_TYPE,        /* no record has type .a */
  XT_OP_NO_TITLE_HAS,   /* no record's title contains .s (every record must have a title) */
  XT_OP_NO_WORK_HAS,    /* no record but a periodical has a title containing any of .list */
  XT_OP_PERIODICAL,     /* a record titled .s is a periodical with no container of its own */
  XT_OP_FAMILY_NOT,     /* the picked record's .b-th name with role .a is not .s (none is fine) */
  XT_OP_LAST,           /* the picked record is the last of the text's records */
  XT_OP_TITLE_ANY,      /* pick the record titled .list[0], else .list[1], …; one must exist */
  XT_OP_NO_FAMILY,      /* no record's .b-th name with role .a is .s */
  XT_OP_NO_TITLE_PREFIX,/* no record's title starts with .s (every record must have a title) */
  XT_OP_NONE_FIRED,     /* detector .s is in no record's provenance */
  XT_OP_NOT_PERIODICAL, /* the record titled .s, if there is one, is no periodical */
  XT_OP_NOT_TYPE_IF_ANY,/* the record titled .list[0], else .list[1], …, if any, is not of type .a */
} XtOp;

typedef struct {
  XtOp                op;
  int                 a, b, c;  /* field or role or number; see XtOp */
  const char         *s;        /* expected text; NULL where XtOp says so */
  const char * const *list;     /* NULL-terminated, for XT_OP_NO_WORK_HAS and XT_OP_EVIDENCE */
  const char         *what;     /* the field, role or type as written in the table, for messages */
} XtStep;

#define XT_MAX_STEPS 40

typedef struct {
  const char *path;                 /* the GLib test path */
  const char *text;                 /* extracted before the first step */
  XtStep      steps[XT_MAX_STEPS];  /* ended by the first XT_OP_END */
} XtCase;

#define XT_TEXT(t)              { XT_OP_TEXT, .s = (t) }
#define XT_TITLE(t)             { XT_OP_TITLE, .s = (t) }
#define XT_SELF                 { XT_OP_SELF }
#define XT_CONTAINER(t)         { XT_OP_CONTAINER, .s = (t) }
#define XT_FIELD(f, v)          { XT_OP_FIELD, .a = (f), .s = (v), .what = #f }
#define XT_FIELD_PREFIX(f, v)   { XT_OP_FIELD_PREFIX, .a = (f), .s = (v), .what = #f }
#define XT_FIELD_OR(f, g, v)    { XT_OP_FIELD_OR, .a = (f), .b = (g), .s = (v), .what = #f "|" #g }
#define XT_FAMILY(r, i, v)      { XT_OP_FAMILY, .a = (r), .b = (i), .s = (v), .what = #r }
#define XT_GIVEN(r, i, v)       { XT_OP_GIVEN, .a = (r), .b = (i), .s = (v), .what = #r }
#define XT_AUTHOR(v)            XT_FAMILY (CK_ROLE_AUTHOR, 0, v)
#define XT_YEAR(y)              { XT_OP_YEAR, .a = (y) }
#define XT_DATE(y, m, d)        { XT_OP_DATE, .a = (y), .b = (m), .c = (d) }
#define XT_TYPE(t)              { XT_OP_TYPE, .a = (t), .what = #t }
#define XT_FIRED(d)             { XT_OP_FIRED, .s = (d) }
#define XT_EVIDENCE(line, ...)  { XT_OP_EVIDENCE, .a = (line), .list = (const char * const[]) { __VA_ARGS__, NULL } }
#define XT_COUNT(n)             { XT_OP_COUNT, .a = (n) }
#define XT_ABSENT(t)            { XT_OP_ABSENT, .s = (t) }
#define XT_NO_SELF              { XT_OP_NO_SELF }
#define XT_NO_TYPE(t)           { XT_OP_NO_TYPE, .a = (t), .what = #t }
#define XT_NO_TITLE_HAS(p)      { XT_OP_NO_TITLE_HAS, .s = (p) }
#define XT_NO_WORK_HAS(...)     { XT_OP_NO_WORK_HAS, .list = (const char * const[]) { __VA_ARGS__, NULL } }
#define XT_PERIODICAL(t)        { XT_OP_PERIODICAL, .s = (t) }
#define XT_FAMILY_NOT(r, i, v)  { XT_OP_FAMILY_NOT, .a = (r), .b = (i), .s = (v), .what = #r }
#define XT_LAST                 { XT_OP_LAST }
#define XT_TITLE_ANY(...)       { XT_OP_TITLE_ANY, .list = (const char * const[]) { __VA_ARGS__, NULL } }
#define XT_NO_FAMILY(r, i, v)   { XT_OP_NO_FAMILY, .a = (r), .b = (i), .s = (v), .what = #r }
#define XT_NO_TITLE_PREFIX(p)   { XT_OP_NO_TITLE_PREFIX, .s = (p) }
#define XT_NONE_FIRED(d)        { XT_OP_NONE_FIRED, .s = (d) }
#define XT_NOT_PERIODICAL(t)    { XT_OP_NOT_PERIODICAL, .s = (t) }
#define XT_NOT_TYPE_IF_ANY(t, ...) \
  { XT_OP_NOT_TYPE_IF_ANY, .a = (t), .what = #t, .list = (const char * const[]) { __VA_ARGS__, NULL } }

/* Runs one case (a const XtCase *), for g_test_add_data_func. */
void xt_run_case  (gconstpointer data);
/* Registers every case of @cases under its own path. */
void xt_add_cases (const XtCase *cases, gsize n_cases);
/* Whether @detector is among the provenance of @rec. */
gboolean xt_fired (CkRecord *rec, const char *detector);
/* The review's own record (the first of type REVIEW_BOOK), or NULL. */
CkRecord *xt_self (GPtrArray *recs);
