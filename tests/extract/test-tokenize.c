/* test-tokenize.c — tests of src/lib/extract/tokenize.c */
#include "extract-test-util.h"

static CkToken *
tok (CkTokens *t, guint i)
{
  g_assert_cmpuint (i, <, t->toks->len);
  return &g_array_index (t->toks, CkToken, i);
}

static char *
tok_text (CkTokens *t, guint i)
{
  return g_strndup (t->text + tok (t, i)->start, tok (t, i)->end - tok (t, i)->start);
}

static void
test_offsets (void)
{
  const char *text = "Hello world.\n  Second line";
  g_autoptr(CkTokens) t = ck_tokens_new (text, strlen (text));
  g_autofree char *w = NULL;
  g_assert_cmpuint (t->toks->len, ==, 5);
  g_assert_cmpuint (tok (t, 1)->start, ==, 6);
  g_assert_cmpuint (tok (t, 1)->end, ==, 11);
  g_assert_cmpuint (tok (t, 2)->kind, ==, CK_TOK_PUNCT);
  g_assert_cmpuint (tok (t, 3)->line, ==, 2);
  g_assert_cmpuint (tok (t, 3)->col, ==, 3);
  g_assert_cmpuint (tok (t, 3)->nl, ==, 1);
  w = tok_text (t, 4);
  g_assert_cmpstr (w, ==, "line");
}

static void
test_columns_count_characters (void)
{
  const char *text = "“Été” révolution";
  g_autoptr(CkTokens) t = ck_tokens_new (text, strlen (text));
  /* “ Été ” révolution */
  g_assert_cmpuint (t->toks->len, ==, 4);
  g_assert_cmpuint (tok (t, 3)->col, ==, 7);
  g_assert_cmpuint (tok (t, 0)->kind, ==, CK_TOK_QUOTE_OPEN);
  g_assert_cmpuint (tok (t, 2)->kind, ==, CK_TOK_QUOTE_CLOSE);
}

static void
test_possessive_split (void)
{
  const char *text = "Hugo's novel and Woolf’s essay, the writers' views, d'une O’Brien";
  g_autoptr(CkTokens) t = ck_tokens_new (text, strlen (text));
  g_autofree char *w0 = tok_text (t, 0), *w4 = tok_text (t, 4), *last = tok_text (t, t->toks->len - 1);
  g_assert_cmpstr (w0, ==, "Hugo");
  g_assert_cmpuint (tok (t, 1)->kind, ==, CK_TOK_POSS);
  g_assert_cmpstr (w4, ==, "Woolf");
  g_assert_cmpuint (tok (t, 5)->kind, ==, CK_TOK_POSS);
  g_assert_cmpstr (last, ==, "O’Brien");
  {
    g_autofree char *d = tok_text (t, t->toks->len - 2);
    g_assert_cmpstr (d, ==, "d'une");
  }
}

static void
test_quotes_by_context (void)
{
  /* a right quote after a space opens, as in sloppy typesetting */
  const char *text = "liked ”Old Roads,” and \"New Roads,\" too";
  g_autoptr(CkTokens) t = ck_tokens_new (text, strlen (text));
  g_assert_cmpuint (tok (t, 1)->kind, ==, CK_TOK_QUOTE_OPEN);
  g_assert_cmpuint (tok (t, 5)->kind, ==, CK_TOK_QUOTE_CLOSE);
  g_assert_cmpuint (tok (t, 7)->kind, ==, CK_TOK_QUOTE_OPEN);
  g_assert_cmpuint (tok (t, 11)->kind, ==, CK_TOK_QUOTE_CLOSE);
}

static void
test_flags (void)
{
  const char *text = "THE Long of V. 1998 1066 and";
  g_autoptr(CkTokens) t = ck_tokens_new (text, strlen (text));
  g_assert_true (tok (t, 0)->flags & CK_TOKF_UPPER);
  g_assert_true (tok (t, 1)->flags & CK_TOKF_CAP);
  g_assert_false (tok (t, 1)->flags & CK_TOKF_UPPER);
  g_assert_true (tok (t, 2)->flags & CK_TOKF_FUNC);
  g_assert_true (tok (t, 3)->flags & CK_TOKF_INITIAL);
  g_assert_true (tok (t, 5)->flags & CK_TOKF_YEAR);
  g_assert_false (tok (t, 6)->flags & CK_TOKF_YEAR);  /* 1066 is before printing */
  g_assert_cmpuint (tok (t, 5)->kind, ==, CK_TOK_NUMBER);
}

static void
test_mojibake_stays_in_word (void)
{
  const char *text = "La Gazette rÃ©gionale today";
  g_autoptr(CkTokens) t = ck_tokens_new (text, strlen (text));
  g_autofree char *w = tok_text (t, 2);
  g_assert_cmpuint (t->toks->len, ==, 4);
  g_assert_cmpstr (w, ==, "rÃ©gionale");
}

static void
test_paragraphs_and_lines (void)
{
  const char *text = "Title line\nsecond line\n\n\nNext para\n";
  g_autoptr(CkTokens) t = ck_tokens_new (text, strlen (text));
  guint line = 0, col = 0;
  g_assert_cmpuint (t->lines->len, ==, 3);
  g_assert_cmpuint (t->paras->len, ==, 2);
  g_assert_cmpuint (g_array_index (t->paras, CkPara, 0).line_end, ==, 2);
  g_assert_cmpuint (g_array_index (t->lines, CkLine, 2).number, ==, 5);
  ck_tokens_locate (t, strstr (text, "Next") - text + 2, &line, &col);
  g_assert_cmpuint (line, ==, 5);
  g_assert_cmpuint (col, ==, 3);
  g_assert_cmpuint (tok (t, 4)->nl, ==, 2);
}

static void
test_numbers (void)
{
  const char *text = "$19.95 1985-1991 14s.";
  g_autoptr(CkTokens) t = ck_tokens_new (text, strlen (text));
  g_autofree char *price = tok_text (t, 1), *shil = tok_text (t, 5);
  g_assert_cmpstr (price, ==, "19.95");
  g_assert_cmpuint (tok (t, 3)->kind, ==, CK_TOK_PUNCT);
  g_assert_cmpstr (shil, ==, "14s");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/tokenize/offsets", test_offsets);
  g_test_add_func ("/extract/tokenize/columns-count-characters", test_columns_count_characters);
  g_test_add_func ("/extract/tokenize/possessive", test_possessive_split);
  g_test_add_func ("/extract/tokenize/quotes-by-context", test_quotes_by_context);
  g_test_add_func ("/extract/tokenize/flags", test_flags);
  g_test_add_func ("/extract/tokenize/mojibake", test_mojibake_stays_in_word);
  g_test_add_func ("/extract/tokenize/paragraphs", test_paragraphs_and_lines);
  g_test_add_func ("/extract/tokenize/numbers", test_numbers);
  return g_test_run ();
}
