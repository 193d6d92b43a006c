/* test-lexicon.c — tests of src/lib/extract/lexicon.c */
#include "extract-test-util.h"
#include <gio/gio.h>

static void
test_every_file_loads_with_provenance (void)
{
  for (guint id = 0; id < CK_LEX_N; id++)
    {
      g_autofree char *path = g_strconcat ("/org/citekit/lexicons/", ck_lex_file (id), NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      const char *data;
      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, NULL);
      /* each lexicon starts with a comment saying where its content comes from */
      g_assert_true (data[0] == '#');
      g_assert_nonnull (strstr (data, "Source") ? strstr (data, "Source") : strstr (data, "source"));
    }
}

static void
test_lookup_ignores_case (void)
{
  g_assert_nonnull (ck_lex_lookup (CK_LEX_PLACES, "london", -1));
  g_assert_nonnull (ck_lex_lookup (CK_LEX_PLACES, "NEW YORK", -1));
  g_assert_nonnull (ck_lex_lookup (CK_LEX_PLACES, "Zürich", -1));
  g_assert_null (ck_lex_lookup (CK_LEX_PLACES, "Atlantis", -1));
  g_assert_cmpstr (ck_lex_lookup (CK_LEX_PUBLISHERS, "OUP", -1), ==, "Oxford University Press");
  /* an abbreviation in capitals matches only capitals: "Is" is no
   * periodical, "Mr" no review, "up" no publisher */
  g_assert_null (ck_lex_lookup (CK_LEX_PUBLISHERS, "oup", -1));
  g_assert_nonnull (ck_lex_lookup (CK_LEX_PERIODICALS, "IS", -1));
  g_assert_null (ck_lex_lookup (CK_LEX_PERIODICALS, "Is", -1));
  g_assert_null (ck_lex_lookup (CK_LEX_PERIODICALS, "Mr", -1));
  g_assert_null (ck_lex_lookup (CK_LEX_PUBLISHERS, "up", 2));
  g_assert_nonnull (ck_lex_lookup (CK_LEX_PUBLISHERS, "UP", 2));
  g_assert_cmpstr (ck_lex_lookup (CK_LEX_BINDING, "Pbk", -1), ==, "paperback");
  g_assert_nonnull (ck_lex_lookup (CK_LEX_FUNCTION_WORDS, "of", 2));
  g_assert_null (ck_lex_lookup (CK_LEX_FUNCTION_WORDS, "by", 2));
  g_assert_cmpstr (ck_lex_lookup (CK_LEX_CUES, "essay", -1), ==, "chapter");
  g_assert_nonnull (ck_lex_lookup (CK_LEX_PARTICLES, "van der", -1));
  /* a length shorter than the string looks at the prefix only */
  g_assert_nonnull (ck_lex_lookup (CK_LEX_PLACES, "Parisian", 5));
}

static void
test_role_phrases_longest_first (void)
{
  const GPtrArray *roles = ck_lex_role_phrases ();
  guint prev = G_MAXUINT;
  gboolean saw_star = FALSE;
  g_assert_cmpuint (roles->len, >, 10);
  for (guint i = 0; i < roles->len; i++)
    {
      const CkRolePhrase *rp = g_ptr_array_index (roles, i);
      g_assert_cmpuint (rp->n_words, <=, prev);
      prev = rp->n_words;
      for (guint w = 0; w < rp->n_words; w++)
        saw_star |= strcmp (rp->words[w], "*") == 0;
    }
  g_assert_true (saw_star);
}

/* A publisher named like a person ("Hamish Hamilton") on a header's
 * imprint line is the publisher, not a second author. */
static void
test_known_publisher_is_no_name (void)
{
  const char *text = "The Lantern Orchard: Essays on Light\nBy Petra Vollan\nHamish Hamilton, 256pp, £18.99\n\n"
                     "Vollan writes about orchards and lamps, and about the long winters of her childhood.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The Lantern Orchard");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Vollan");
  g_assert_cmpuint (ck_record_count_role (rec, CK_ROLE_AUTHOR), ==, 1);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Hamish Hamilton");
}

static void
test_grown_lexicons (void)
{
  /* multi-word entries with commas and abbreviations */
  g_assert_nonnull (ck_lex_lookup (CK_LEX_PUBLISHERS, "Farrar, Straus and Giroux", -1));
  g_assert_nonnull (ck_lex_lookup (CK_LEX_PUBLISHERS, "Oxford Univ. Press", -1));
  g_assert_nonnull (ck_lex_lookup (CK_LEX_PLACES, "Cambridge, Mass.", -1));
  g_assert_cmpstr (ck_lex_lookup (CK_LEX_PERIODICALS, "TLS", -1), ==, "Times Literary Supplement");
  /* common words and surnames stay out of the single-token lists */
  g_assert_null (ck_lex_lookup (CK_LEX_PLACES, "in", -1));
  g_assert_null (ck_lex_lookup (CK_LEX_PLACES, "Preston", -1));
  g_assert_null (ck_lex_lookup (CK_LEX_PUBLISHERS, "Points", -1));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/lexicon/known-publisher-no-name", test_known_publisher_is_no_name);
  g_test_add_func ("/extract/lexicon/grown", test_grown_lexicons);
  g_test_add_func ("/extract/lexicon/files", test_every_file_loads_with_provenance);
  g_test_add_func ("/extract/lexicon/lookup", test_lookup_ignores_case);
  g_test_add_func ("/extract/lexicon/roles", test_role_phrases_longest_first);
  return g_test_run ();
}
