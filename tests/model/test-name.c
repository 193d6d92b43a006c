/* test-name.c — CkName parsing, formatting and role vocabularies. */
#include "citekit.h"

static void
check_parse (const char *text, const char *given, const char *particle, const char *family, const char *suffix)
{
  g_autoptr(CkName) n = ck_name_parse_display (CK_ROLE_AUTHOR, text);
  g_assert_nonnull (n);
  g_assert_cmpstr (n->given, ==, given);
  g_assert_cmpstr (n->particle, ==, particle);
  g_assert_cmpstr (n->family, ==, family);
  g_assert_cmpstr (n->suffix, ==, suffix);
}

static void
test_parse_display (void)
{
  check_parse ("Rosa Luxemburg", "Rosa", NULL, "Luxemburg", NULL);
  check_parse ("  Mary  Wollstonecraft  Shelley ", "Mary Wollstonecraft", NULL, "Shelley", NULL);
  check_parse ("Ludwig van Beethoven", "Ludwig", "van", "Beethoven", NULL);
  check_parse ("Charles de la Roche", "Charles", "de la", "Roche", NULL);
  check_parse ("Martin Luther King Jr.", "Martin Luther", NULL, "King", "Jr.");
  check_parse ("Gramsci", NULL, NULL, "Gramsci", NULL);
  /* romanised East Asian names, family first: a small letter after the given name's hyphen */
  check_parse ("Chang Chung-li", "Chung-li", NULL, "Chang", NULL);
  check_parse ("Fei Hsiao-t'ung", "Hsiao-t'ung", NULL, "Fei", NULL);
  check_parse ("Jean-Paul Sartre", "Jean-Paul", NULL, "Sartre", NULL);
  check_parse ("Carroll Smith-Rosenberg", "Carroll", NULL, "Smith-Rosenberg", NULL);
  /* a capitalised particle after the given names opens the family name */
  check_parse ("Hendrik Van Loon", "Hendrik", NULL, "Van Loon", NULL);
  check_parse ("W. E. Le Gros Clark", "W. E.", NULL, "Le Gros Clark", NULL);
  check_parse ("Van Morrison", "Van", NULL, "Morrison", NULL);
  /* a particle with no forename before it is no forename */
  check_parse ("de Smith", NULL, "de", "Smith", NULL);
  check_parse ("van der Post", NULL, "van der", "Post", NULL);
}

static void
test_parse_sorted (void)
{
  check_parse ("Luxemburg, Rosa", "Rosa", NULL, "Luxemburg", NULL);
  check_parse ("van Gogh, Vincent", "Vincent", "van", "Gogh", NULL);
  check_parse ("King, Jr.", NULL, NULL, "King", "Jr.");
  g_assert_null (ck_name_parse_display (CK_ROLE_AUTHOR, "   "));
}

static void
test_format (void)
{
  g_autoptr(CkName) n = ck_name_parse_display (CK_ROLE_EDITOR, "Ludwig van Beethoven");
  g_autofree char *display = ck_name_format_display (n);
  g_autofree char *sorted = ck_name_format_sorted (n);
  g_autoptr(CkName) lit = ck_name_new_literal (CK_ROLE_AUTHOR, "Royal Society");
  g_autofree char *lit_s = ck_name_format_sorted (lit);
  g_autoptr(CkName) copy = ck_name_copy (n);

  g_assert_cmpstr (display, ==, "Ludwig van Beethoven");
  g_assert_cmpstr (sorted, ==, "van Beethoven, Ludwig");
  g_assert_cmpstr (lit_s, ==, "Royal Society");
  g_assert_true (ck_name_equal (n, copy));
  g_assert_false (ck_name_equal (n, lit));
  g_assert_false (ck_name_is_empty (lit));
}

static void
test_roles (void)
{
  CkRole r;
  for (CkRole role = 0; role < CK_ROLE_N_ROLES; role++)
    {
      g_assert_true (ck_role_from_csl (ck_role_to_csl (role), &r));
      g_assert_cmpint (r, ==, role);
    }
  g_assert_true (ck_role_from_marc ("trl", &r));
  g_assert_cmpint (r, ==, CK_ROLE_TRANSLATOR);
  g_assert_true (ck_role_from_marc ("EDT", &r));
  g_assert_cmpint (r, ==, CK_ROLE_EDITOR);
  g_assert_true (ck_role_from_marc ("aut", &r));
  g_assert_cmpint (r, ==, CK_ROLE_AUTHOR);
  g_assert_false (ck_role_from_marc ("zzz", &r));
  g_assert_false (ck_role_from_csl ("nobody", &r));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/name/parse-display", test_parse_display);
  g_test_add_func ("/model/name/parse-sorted", test_parse_sorted);
  g_test_add_func ("/model/name/format", test_format);
  g_test_add_func ("/model/name/roles", test_roles);
  return g_test_run ();
}
