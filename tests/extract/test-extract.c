/* test-extract.c — tests of src/lib/extract/extract.c: the whole pipeline,
 * on the sample review and on bad input. */
#include "extract-test-util.h"

static void
test_sample_review (void)
{
  const char *root = g_getenv ("CK_SOURCE_ROOT");
  g_autofree char *path = NULL, *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = NULL;
  CkExtractOptions opts = CK_EXTRACT_OPTIONS_INIT;
  gsize len;
  if (!root)
    {
      g_test_skip ("CK_SOURCE_ROOT is not set");
      return;
    }
  path = g_build_filename (root, "data", "review.txt", NULL);
  g_assert_true (g_file_get_contents (path, &data, &len, &error));
  recs = ck_extract_text (data, len, "review.txt", &opts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recs->len, ==, 11);
  for (guint i = 0; i < recs->len; i++)
    {
      CkRecord *rec = g_ptr_array_index (recs, i);
      const CkProvenance *p;
      g_assert_nonnull (ck_record_get (rec, CK_FIELD_TITLE));
      g_assert_cmpuint (ck_record_get_n_provenance (rec), >, 0);
      p = ck_record_get_provenance (rec, 0);
      g_assert_cmpstr (p->source, ==, "review.txt");
      g_assert_cmpuint (p->end, >, p->start);
      g_assert_true (strncmp (data + p->start, p->evidence, p->end - p->start) == 0);
      g_assert_cmpuint (p->line, >=, 1);
      g_assert_true (p->confidence > 0 && p->confidence <= 1);
      g_assert_nonnull (ck_record_get_key (rec));
    }
}

static void
test_deterministic (void)
{
  const char *text = "Hana Lund's Bright Fields (Oslo, 1951) and Per Vik's Dark Roads (Bergen, 1953) and "
                     "\"Low Tide,\" by Eli Sand.\n";
  g_autoptr(GPtrArray) a = xt_extract (text);
  g_autoptr(GPtrArray) b = xt_extract (text);
  g_assert_cmpuint (a->len, ==, 3);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (ck_record_get_key (g_ptr_array_index (a, i)), ==, ck_record_get_key (g_ptr_array_index (b, i)));
  /* in order of first mention */
  g_assert_cmpstr (ck_record_get (g_ptr_array_index (a, 0), CK_FIELD_TITLE), ==, "Bright Fields");
  g_assert_cmpstr (ck_record_get (g_ptr_array_index (a, 2), CK_FIELD_TITLE), ==, "Low Tide");
}

static void
test_bad_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *recs = ck_extract_text ("ok \xff bad", 8, "bad.txt", NULL, &error);
  g_assert_null (recs);
  g_assert_error (error, CK_ERROR, CK_ERROR_ENCODING);
}

static void
test_empty_and_min_confidence (void)
{
  g_autoptr(GPtrArray) none = xt_extract ("");
  g_autoptr(GError) error = NULL;
  CkExtractOptions opts = CK_EXTRACT_OPTIONS_INIT;
  const char *text = "Hana Lund's Bright Fields (Oslo, 1951) is good.\n";
  g_autoptr(GPtrArray) all = NULL, strict = NULL;
  g_assert_cmpuint (none->len, ==, 0);
  all = ck_extract_text (text, strlen (text), "t", &opts, &error);
  g_assert_cmpuint (all->len, ==, 1);
  opts.min_confidence = 0.999;
  strict = ck_extract_text (text, strlen (text), "t", &opts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strict->len, ==, 0);
}

static void
test_hostile_input (void)
{
  /* unbalanced brackets and quotes, long runs: must end, and quickly */
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < 2000; i++)
    g_string_append (s, "(\"The “[ Big ( A ' by B: C D E F 1999, ");
  {
    g_autoptr(GPtrArray) recs = xt_extract (s->str);
    g_assert_nonnull (recs);
  }
  g_string_free (s, TRUE);
}

/* The column of a mention on a long line of repaired text (curly quotes,
 * accents: the offsets map back to the original) counts characters, not
 * bytes, from the line's start. */
static void
test_column_on_long_repaired_line (void)
{
  g_autoptr(GString) text = g_string_new ("Opening words.\n");
  g_autoptr(GPtrArray) recs = NULL;
  CkRecord *rec;
  const CkProvenance *prov;
  guint chars = 0;
  for (guint i = 0; i < 300; i++)
    g_string_append (text, "The caf\xc3\xa9 was \xe2\x80\x9cquiet\xe2\x80\x9d that year, as it was every year. ");
  /* characters before the title on its line */
  chars = (guint) g_utf8_strlen (text->str + strlen ("Opening words.\n"), -1);
  g_string_append (text, "She wrote Harbours of Salt (London: Gale & Co, 1936) then.\n");
  recs = xt_extract (text->str);
  rec = xt_find (recs, "Harbours of Salt");
  g_assert_nonnull (rec);
  prov = ck_record_get_provenance (rec, 0);
  g_assert_cmpuint (prov->line, ==, 2);
  g_assert_cmpuint (prov->column, ==, chars + 1 + strlen ("She wrote "));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/pipeline/sample-review", test_sample_review);
  g_test_add_func ("/extract/pipeline/deterministic", test_deterministic);
  g_test_add_func ("/extract/pipeline/bad-utf8", test_bad_utf8);
  g_test_add_func ("/extract/pipeline/empty-min-confidence", test_empty_and_min_confidence);
  g_test_add_func ("/extract/pipeline/hostile", test_hostile_input);
  g_test_add_func ("/extract/pipeline/column-long-line", test_column_on_long_repaired_line);
  return g_test_run ();
}
