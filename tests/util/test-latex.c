/* test-latex.c — LaTeX ↔ Unicode (src/lib/util/latex.c). */
#include "citekit.h"
#include "util/latex.h"

typedef struct {
  const char *latex;
  const char *text;
  guint       loss;
} DecodeCase;

static const DecodeCase decode_cases[] = {
  { "G{\\\"o}del", "Gödel", 0 },
  { "G\\\"odel", "Gödel", 0 },
  { "\\v{C}apek and \\v Capek", "Čapek and Čapek", 0 },
  { "Stra{\\ss}e, \\ss{}x", "Straße, ßx", 0 },
  { "{\\'\\i}ndice, \\'{\\i}", "índice, í", 0 },
  { "Ni{\\c{c}}oise {\\k{a}} {\\r a}", "Niçoise ą å", 0 },
  { "{\\O}ster {\\aa}s {\\AE}", "Øster ås Æ", 0 },
  { "pp.~84--97 and 1914---1918", "pp.\u00A084–97 and 1914—1918", 0 },
  { "``quoted'' and `single'", "“quoted” and ‘single'", 0 },
  { "\\$19.95 \\& 5\\% \\#1 a\\_b", "$19.95 & 5% #1 a_b", 0 },
  { "\\textendash\\ \\textemdash{} \\ldots", "– — …", 0 },
  { "The {DNA} of {Bach}", "The DNA of Bach", CK_LATEX_LOSS_BRACES },
  { "a $x^2$ b", "a $x^2$ b", CK_LATEX_LOSS_MATH },
  { "\\emph{Emphasis} here", "Emphasis here", CK_LATEX_LOSS_FORMAT },
  { "{\\em Old} style", "Old style", CK_LATEX_LOSS_FORMAT },
  { "\\noopsort{a}Zed", "\\noopsortaZed", CK_LATEX_LOSS_UNKNOWN | CK_LATEX_LOSS_BRACES },
  { "\\url{http://x.org/~a_b}", "http://x.org/~a_b", CK_LATEX_LOSS_FORMAT },
  { "Ed. by \\LaTeX{} users", "Ed. by LaTeX users", CK_LATEX_LOSS_FORMAT },
  { "\\H{o} \\u{a} \\={e} \\.{z} \\d{s} \\b{t}", "ő ă ē ż ṣ ṯ", 0 },
  { "{\\^{\\d{e}}}", "ệ", 0 },
  { "trailing \\", "trailing \\", CK_LATEX_LOSS_UNKNOWN },
  { "", "", 0 },
};

static void
test_decode (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (decode_cases); i++)
    {
      guint loss = 0xFF;
      g_autofree char *got = ck_latex_decode (decode_cases[i].latex, -1, 0, &loss);
      g_test_message ("%s", decode_cases[i].latex);
      g_assert_cmpstr (got, ==, decode_cases[i].text);
      g_assert_cmpuint (loss, ==, decode_cases[i].loss);
    }
}

static void
test_decode_tie_as_space (void)
{
  g_autofree char *got = ck_latex_decode ("J.~R.\\,R. Tolkien", -1, CK_LATEX_DECODE_TIE_AS_SPACE, NULL);
  g_assert_cmpstr (got, ==, "J. R. R. Tolkien");
}

static void
test_decode_length (void)
{
  /* Only the first @len bytes count, and a cut accent does not overrun. */
  g_autofree char *a = ck_latex_decode ("abc\\'", 5, 0, NULL);
  g_autofree char *b = ck_latex_decode ("x{\\'", 4, 0, NULL);
  g_autofree char *c = ck_latex_decode ("abcdef", 3, 0, NULL);
  g_assert_true (g_utf8_validate (a, -1, NULL));
  g_assert_true (g_utf8_validate (b, -1, NULL));
  g_assert_cmpstr (c, ==, "abc");
}

typedef struct {
  const char *text;
  guint       flags;
  const char *latex;
} EncodeCase;

static const EncodeCase encode_cases[] = {
  { "$19.95 & 50% #1 a_b", 0, "\\$19.95 \\& 50\\% \\#1 a\\_b" },
  { "a~b^c\\d", 0, "a\\textasciitilde{}b\\textasciicircum{}c\\textbackslash{}d" },
  { "{x}", 0, "\\textbraceleft{}x\\textbraceright{}" },
  { "Gödel – Escher — Bach", 0, "Gödel -- Escher --- Bach" },
  { "Gödel", CK_LATEX_ASCII, "G{\\\"o}del" },
  { "Čapek ıß ø", CK_LATEX_ASCII, "{\\v{C}}apek {\\i}{\\ss} {\\o}" },
  { "“q” ‘s’", CK_LATEX_ASCII, "``q'' `s'" },
  { "ệ", CK_LATEX_ASCII, "{\\^{\\d{e}}}" },
  { "225-–240", 0, "225-{}--240" },
  { "a--b", 0, "a-{}-b" },
  { "pp.\u00A012", 0, "pp.~12" },
};

static void
test_encode (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (encode_cases); i++)
    {
      gboolean unrep = TRUE;
      g_autofree char *got = ck_latex_encode (encode_cases[i].text, encode_cases[i].flags, &unrep);
      g_assert_cmpstr (got, ==, encode_cases[i].latex);
      g_assert_false (unrep);
    }
}

static void
test_encode_unrepresentable (void)
{
  gboolean unrep = FALSE;
  g_autofree char *got = ck_latex_encode ("Жизнь", CK_LATEX_ASCII, &unrep);
  g_assert_true (unrep);
  g_assert_cmpstr (got, ==, "Жизнь");
}

/* decode (encode (x)) == x for text without LaTeX-looking sequences. */
static void
test_roundtrip (void)
{
  static const char * const texts[] = {
    "Gödel, Escher, Bach: an Eternal Golden Braid",
    "$19.95 & more_stuff #3 {braced} 100% ~tilde^hat\\back",
    "Paperback, £25 — “quoted” 84–97",
    "Straße Čapek Øster ıj ệ",
    "x--y and a-b",
  };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (guint ascii = 0; ascii < 2; ascii++)
      {
        g_autofree char *latex = ck_latex_encode (texts[i], ascii ? CK_LATEX_ASCII : 0, NULL);
        g_autofree char *back = ck_latex_decode (latex, -1, 0, NULL);
        const char *want = texts[i];
        /* ASCII turns ’ into ' by design; none of these texts has one. */
        g_test_message ("%s → %s", texts[i], latex);
        g_assert_cmpstr (back, ==, want);
      }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/util/latex/decode", test_decode);
  g_test_add_func ("/util/latex/decode/tie-as-space", test_decode_tie_as_space);
  g_test_add_func ("/util/latex/decode/length", test_decode_length);
  g_test_add_func ("/util/latex/encode", test_encode);
  g_test_add_func ("/util/latex/encode/unrepresentable", test_encode_unrepresentable);
  g_test_add_func ("/util/latex/roundtrip", test_roundtrip);
  return g_test_run ();
}
