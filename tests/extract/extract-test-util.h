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
