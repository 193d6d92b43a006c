/* test-spans.c — tests of src/lib/extract/spans.c: title-case boundaries,
 * names in context, role phrases, sentences. */
#include "extract-test-util.h"

static char *
title_after (const char *text, const char *first_word)
{
  CkExtractCtx *ctx = xt_ctx_new (text);
  guint i = xt_tok_index (ctx, first_word);
  guint e = ck_title_span_forward (ctx, i, ctx->t->toks->len, TRUE);
  char *s = ck_span_dup (ctx, i, e);
  xt_ctx_free (ctx);
  return s;
}

static void
test_title_forward_boundaries (void)
{
  /* (text, first word, expected title) — invented titles */
  static const char * const cases[][3] = {
    { "read The Salt of the Earth is long", "The", "The Salt of the Earth" },
    { "his Wind in the Willow Trees, which", "Wind", "Wind in the Willow Trees" },
    { "see Lamps: A History of Light (Paris)", "Lamps", "Lamps: A History of Light" },
    { "the Rise of Cities 1850-1914 and more", "Rise", "Rise of Cities 1850-1914" },
    { "like Where Now? and others", "Where", "Where Now?" },
    { "The Mill by Ann Lee", "The", "The Mill" },
    { "A Walk in Rome's Old Quarter today", "A", "A Walk in Rome's Old Quarter" },
    { "the Hill of\nDreams be read", "Hill", "Hill of\nDreams" },
    /* an inner "by the" after an opening "A" is the title's (spans.c
     * inner_by_article), a by-line with a person or a firm is not */
    { "wrote A Kite Carried by the Wind when", "A", "A Kite Carried by the Wind" },
    { "An Inn by a Lake and more", "An", "An Inn by a Lake" },
    { "A History of Salt by the Rev. Tom Orr", "A", "A History of Salt" },
    { "A History of Salt by the Author of Tin", "A", "A History of Salt" },
    { "The Mill by the Weir is long", "The", "The Mill" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = title_after (cases[i][0], cases[i][1]);
      g_autofree char *want = NULL;
      GString *w = g_string_new (NULL);
      for (const char *p = cases[i][2]; *p; p++)
        g_string_append_c (w, *p == '\n' ? ' ' : *p);
      want = g_string_free (w, FALSE);
      g_assert_cmpstr (got, ==, want);
    }
}

static void
test_title_backward (void)
{
  const char *text = "A fine companion is The Long Road Home, by Sam Ode";
  CkExtractCtx *ctx = xt_ctx_new (text);
  guint comma = xt_tok_index (ctx, ",");
  guint s = ck_title_span_backward (ctx, comma, 0);
  g_autofree char *t = ck_span_dup (ctx, s, comma);
  g_assert_cmpstr (t, ==, "The Long Road Home");
  xt_ctx_free (ctx);
}

static void
test_names_in_context (void)
{
  const char *text = "by Mary K. Oduya and Jan van der Berg, with Ludwig Vogt.";
  CkExtractCtx *ctx = xt_ctx_new (text);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  guint e = ck_names_forward (ctx, 1, ctx->t->toks->len, CK_ROLE_AUTHOR, names);
  const CkName *a, *b;
  g_assert_cmpuint (names->len, ==, 2);
  a = g_ptr_array_index (names, 0);
  b = g_ptr_array_index (names, 1);
  g_assert_cmpstr (a->family, ==, "Oduya");
  g_assert_cmpstr (a->given, ==, "Mary K.");
  g_assert_cmpstr (b->family, ==, "Berg");
  g_assert_cmpstr (b->particle, ==, "van der");
  g_assert_true (ck_tok_is_punct (ctx, e, ','));
  xt_ctx_free (ctx);
}

static void
test_name_backward_stops_at_sentence_words (void)
{
  const char *text = "However Olsen's Deep Water is better.";
  CkExtractCtx *ctx = xt_ctx_new (text);
  guint poss = 2;
  guint s;
  g_assert_cmpuint (g_array_index (ctx->t->toks, CkToken, poss).kind, ==, CK_TOK_POSS);
  s = ck_name_span_backward (ctx, poss, 0);
  g_assert_cmpuint (s, ==, 1);   /* "Olsen", not "However Olsen" */
  xt_ctx_free (ctx);
}

static void
test_role_phrases (void)
{
  const char *text = "Translation from the Spanish by Ana Ruiz";
  CkExtractCtx *ctx = xt_ctx_new (text);
  CkRole role = CK_ROLE_AUTHOR;
  guint e = ck_role_phrase_at (ctx, 0, ctx->t->toks->len, &role);
  g_assert_cmpuint (e, ==, 5);
  g_assert_cmpint (role, ==, CK_ROLE_TRANSLATOR);
  g_assert_cmpuint (ck_role_phrase_at (ctx, 1, ctx->t->toks->len, &role), ==, 1);
  xt_ctx_free (ctx);
}

static void
test_sentences (void)
{
  const char *text = "See pp. 4-5 and Dr. Ames. Then a new one? Yes.";
  CkExtractCtx *ctx = xt_ctx_new (text);
  guint then = xt_tok_index (ctx, "Then");
  g_assert_cmpuint (ck_sentence_start (ctx, then + 1), ==, then);
  g_assert_cmpuint (ck_sentence_end (ctx, 0), ==, then);
  g_assert_cmpuint (ck_sentence_start (ctx, xt_tok_index (ctx, "Ames")), ==, 0);
  xt_ctx_free (ctx);
}

static void
test_plausible (void)
{
  const char *text = "Reviews London Winter Harbour";
  CkExtractCtx *ctx = xt_ctx_new (text);
  g_assert_false (ck_title_plausible (ctx, 0, 1));  /* a label */
  g_assert_false (ck_title_plausible (ctx, 1, 2));  /* a place */
  g_assert_true (ck_title_plausible (ctx, 2, 4));
  xt_ctx_free (ctx);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/spans/title-forward", test_title_forward_boundaries);
  g_test_add_func ("/extract/spans/title-backward", test_title_backward);
  g_test_add_func ("/extract/spans/names", test_names_in_context);
  g_test_add_func ("/extract/spans/name-backward", test_name_backward_stops_at_sentence_words);
  g_test_add_func ("/extract/spans/roles", test_role_phrases);
  g_test_add_func ("/extract/spans/sentences", test_sentences);
  g_test_add_func ("/extract/spans/plausible", test_plausible);
  return g_test_run ();
}
