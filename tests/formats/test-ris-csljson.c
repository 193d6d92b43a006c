/* test-ris-csljson.c — RIS → CSL-JSON → RIS: every field both formats can
 * hold survives (ris*.c and csljson*.c together). */
#include "test-ris-common.h"

/* CSL-JSON needs an "id", so a record without a key comes back with one;
 * apart from that the records are equal. */
static void
assert_cross_equal (GPtrArray *ris, GPtrArray *back)
{
  g_assert_cmpuint (ris->len, ==, back->len);
  for (guint i = 0; i < ris->len; i++)
    {
      CkRecord *a = g_ptr_array_index (ris, i), *b = g_ptr_array_index (back, i);
      g_autofree char *diff = record_diff (a, b, FALSE);
      if (diff)
        g_error ("record %u differs after CSL-JSON: %s", i, diff);
      /* A key used twice in the RIS is made unique ("12345a"). */
      if (ck_record_get_key (a))
        g_assert_true (g_str_has_prefix (ck_record_get_key (b), ck_record_get_key (a)));
      else
        g_assert_nonnull (ck_record_get_key (b));
    }
}

static void
cross (const char *text, gsize len, guint *out_records)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) first = read_text ("ris", text, len, NULL, &error);
  g_autofree char *json = NULL, *ris1 = NULL, *ris2 = NULL;
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(CkDiag) diag = ck_diag_new ();

  g_assert_no_error (error);
  json = write_text ("csljson", first, diag);
  /* CSL-JSON holds everything RIS gives it. */
  g_assert_false (ck_diag_has_drops (diag));
  back = read_ok ("csljson", json);
  assert_cross_equal (first, back);
  /* And the RIS written from either is the same but for the new IDs. */
  for (guint i = 0; i < first->len; i++)
    ck_record_set_key (g_ptr_array_index (back, i), ck_record_get_key (g_ptr_array_index (first, i)));
  ris1 = write_text ("ris", first, NULL);
  ris2 = write_text ("ris", back, NULL);
  g_assert_cmpstr (ris1, ==, ris2);
  if (out_records)
    *out_records = first->len;
}

static void
test_fixture (gconstpointer data)
{
  gsize len;
  g_autofree char *text = load_fixture ("ris", data, &len);
  cross (text, len, NULL);
}

static void
test_zotero_sample (void)
{
  /* The Zotero contract on a book made in RIS, carried through CSL-JSON. */
  const char *text = "TY  - BOOK\nTI  - The Salt Roads\nAU  - Quellhorst, Marta\nED  - Lindqvist-Aho, Oskar\n"
                     "A4  - Varga, Ilona\nCY  - Rostock\nPB  - Harbour Lane Press\nPY  - 1987\n"
                     "ET  - New edition\nSP  - xii + 402\nN1  - Paperback, $19.95\nER  - \n";
  g_autoptr(GPtrArray) recs = read_ok ("ris", text);
  g_autofree char *json = write_text ("csljson", recs, NULL);
  CkRecord *rec = record_at (recs, 0);

  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_NUMBER_OF_PAGES), ==, "xii + 402");
  g_assert_cmpstr (name_with_role (rec, CK_ROLE_EDITOR, 0)->family, ==, "Lindqvist-Aho");
  g_assert_cmpstr (name_with_role (rec, CK_ROLE_TRANSLATOR, 0)->family, ==, "Varga");
  g_assert_nonnull (strstr (json, "\"number-of-pages\" : \"xii + 402\""));
  g_assert_nonnull (strstr (json, "\"note\" : \"Paperback, $19.95\""));
  cross (text, strlen (text), NULL);
}

static void
test_corpus (void)
{
  const char *shared = g_getenv ("CK_SHARED_DIR");
  g_autofree char *dir = shared ? g_build_filename (shared, "corpus", "ris", NULL) : NULL;
  g_autoptr(GDir) d = NULL;
  const char *entry;
  guint files = 0, records = 0;

  if (!dir || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("CK_SHARED_DIR/corpus/ris not present");
      return;
    }
  d = g_dir_open (dir, 0, NULL);
  while ((entry = g_dir_read_name (d)))
    {
      g_autofree char *path = NULL, *text = NULL;
      gsize len;
      guint n = 0;

      if (!g_str_has_suffix (entry, ".ris"))
        continue;
      path = g_build_filename (dir, entry, NULL);
      g_assert_true (g_file_get_contents (path, &text, &len, NULL));
      cross (text, len, &n);
      files++;
      records += n;
    }
  g_test_message ("corpus RIS -> CSL-JSON -> RIS: %u files, %u records, all equal", files, records);
  g_assert_cmpuint (files, >, 0);
}


/* Hostile input: seeded mutations of the fixtures (bytes changed, lines
 * cut, the input truncated) either read or fail with a GError, and what is
 * read can be written in both formats.  Run under ASan/UBSan it is a small
 * fuzzer that replays the same cases every time. */
static void
mutate_and_read (const char *format, const char *dir, const char *name, guint32 seed)
{
  static const char specials[] = "\n\r -[]{}\",:/\\TYERAU0";
  gsize len;
  g_autofree char *text = load_fixture (dir, name, &len);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (guint round = 0; round < 200; round++)
    {
      g_autofree char *m = g_memdup2 (text, len + 1);
      gsize mlen = len;
      guint edits = g_rand_int_range (rand, 1, 8);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) recs = NULL;
      g_autoptr(CkDiag) diag = ck_diag_new ();

      for (guint e = 0; e < edits && mlen > 0; e++)
        {
          gsize pos = g_rand_int_range (rand, 0, (gint32) mlen);
          switch (g_rand_int_range (rand, 0, 4))
            {
            case 0: m[pos] = (char) g_rand_int_range (rand, 1, 256); break;
            case 1: m[pos] = specials[g_rand_int_range (rand, 0, sizeof specials - 1)]; break;
            case 2: mlen = pos; break;
            default: memmove (m + pos, m + pos + 1, mlen - pos - 1); mlen--; break;
            }
        }
      recs = read_text (format, m, mlen, diag, &error);
      if (!recs)
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == CK_ERROR);
          continue;
        }
      g_assert_no_error (error);
      g_free (write_text ("ris", recs, NULL));
      g_free (write_text ("csljson", recs, NULL));
    }
}

static void
test_mutations (void)
{
  mutate_and_read ("ris", "ris", "y_canonical.ris", 1);
  mutate_and_read ("ris", "ris", "y_continuation.ris", 2);
  mutate_and_read ("ris", "ris", "y_dates.ris", 3);
  mutate_and_read ("csljson", "csljson", "y_array.json", 4);
  mutate_and_read ("csljson", "csljson", "y_dates.json", 5);
}

int
main (int argc, char **argv)
{
  static const char * const fixtures[] = {
    "y_book.ris", "y_crlf.ris", "y_continuation.ris", "y_unknown-tags.ris", "y_roles.ris",
    "y_dates.ris", "y_canonical.ris",
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/formats/ris-csljson/roundtrip/%s", fixtures[i]);
      g_test_add_data_func (path, fixtures[i], test_fixture);
    }
  g_test_add_func ("/formats/ris-csljson/zotero-sample", test_zotero_sample);
  g_test_add_func ("/formats/ris-csljson/mutations", test_mutations);
  g_test_add_func ("/formats/ris-csljson/corpus", test_corpus);
  return g_test_run ();
}
