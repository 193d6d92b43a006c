/* test-record.c — CkRecord fields, names, dates, extras, relations, keys. */
#include "citekit.h"

static CkRecord *
make_book (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  ck_record_set (rec, CK_FIELD_TITLE, "The Accumulation of Capital");
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_AUTHOR, "Luxemburg", "Rosa"));
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_TRANSLATOR, "Schwarzschild", "Agnes"));
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (1951, 0, 0));
  return rec;
}

static void
test_fields (void)
{
  g_autoptr(CkRecord) rec = make_book ();
  g_autofree char *full = NULL;

  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "The Accumulation of Capital");
  g_assert_false (ck_record_has (rec, CK_FIELD_SUBTITLE));
  ck_record_set (rec, CK_FIELD_SUBTITLE, "A Contribution");
  full = ck_record_dup_full_title (rec);
  g_assert_cmpstr (full, ==, "The Accumulation of Capital: A Contribution");
  ck_record_set (rec, CK_FIELD_SUBTITLE, "");
  g_assert_false (ck_record_has (rec, CK_FIELD_SUBTITLE));
  g_assert_cmpint (ck_record_get_n_names (rec), ==, 2);
  g_assert_cmpint (ck_record_count_role (rec, CK_ROLE_TRANSLATOR), ==, 1);
  g_assert_cmpint (ck_record_get_date (rec, CK_DATE_ISSUED)->year, ==, 1951);
  g_assert_null (ck_record_get_date (rec, CK_DATE_ORIGINAL));
  g_assert_cmpfloat (ck_record_get_confidence (rec), ==, 1.0);
}

static void
test_extras (void)
{
  g_autoptr(CkRecord) rec = make_book ();
  ck_record_set_extra (rec, "owner", "alice");
  ck_record_set_extra (rec, "timestamp", "2020");
  ck_record_set_extra (rec, "owner", "bob");
  g_assert_cmpint (ck_record_get_n_extras (rec), ==, 2);
  g_assert_cmpstr (ck_record_get_extra_key (rec, 0), ==, "owner");
  g_assert_cmpstr (ck_record_get_extra (rec, "owner"), ==, "bob");
  ck_record_set_extra (rec, "owner", NULL);
  g_assert_cmpint (ck_record_get_n_extras (rec), ==, 1);
  g_assert_null (ck_record_get_extra (rec, "owner"));
}

static void
test_copy_and_relations (void)
{
  g_autoptr(CkRecord) book = make_book ();
  g_autoptr(CkRecord) essay = ck_record_new (CK_TYPE_CHAPTER);
  g_autoptr(CkRecord) copy = NULL;
  CkRelationKind kind;

  ck_record_set (essay, CK_FIELD_TITLE, "An Anti-Critique");
  ck_record_add_relation (book, CK_RELATION_CONSTITUENT, essay);
  ck_record_take_provenance (book, ck_provenance_new ("t.txt", 5, 20, 1, 6, "evidence", "test", 0.75));
  copy = ck_record_copy (book);
  g_assert_cmpint (ck_record_get_n_relations (copy), ==, 1);
  g_assert_true (ck_record_get_relation (copy, 0, &kind) == essay);
  g_assert_cmpint (kind, ==, CK_RELATION_CONSTITUENT);
  g_assert_true (ck_record_find_relation (copy, CK_RELATION_REVIEWS) == NULL);
  g_assert_cmpfloat (ck_record_get_confidence (copy), ==, 0.75);
  g_assert_cmpstr (ck_record_get_provenance (copy, 0)->evidence, ==, "evidence");
  ck_record_set (copy, CK_FIELD_TITLE, "Changed");
  g_assert_cmpstr (ck_record_get (book, CK_FIELD_TITLE), ==, "The Accumulation of Capital");
}

static void
test_relation_cycle_refused (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(CkRecord) a = ck_record_new (CK_TYPE_BOOK);
      g_autoptr(CkRecord) b = ck_record_new (CK_TYPE_CHAPTER);
      ck_record_add_relation (a, CK_RELATION_CONSTITUENT, b);
      ck_record_add_relation (b, CK_RELATION_CONTAINER, a);  /* would be a cycle */
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*reaches*");
}

static void
test_keys (void)
{
  g_autoptr(CkRecord) rec = make_book ();
  g_autoptr(CkRecord) anon = ck_record_new (CK_TYPE_BOOK);
  g_autoptr(CkKeySet) set = ck_key_set_new ();
  g_autofree char *key = ck_record_make_key (rec);
  g_autofree char *anon_key = ck_record_make_key (anon);

  g_assert_cmpstr (key, ==, "luxemburg1951accumulation");
  g_assert_cmpstr (anon_key, ==, "anon");
  g_assert_cmpstr (ck_key_set_unique (set, "smith1937"), ==, "smith1937");
  g_assert_cmpstr (ck_key_set_unique (set, "smith1937"), ==, "smith1937a");
  g_assert_cmpstr (ck_key_set_unique (set, "smith1937"), ==, "smith1937b");
  g_assert_cmpstr (ck_key_set_unique (set, "smith1937a"), ==, "smith1937aa");
  for (int i = 0; i < 30; i++)
    ck_key_set_unique (set, "x");
  g_assert_cmpstr (ck_key_set_unique (set, "x"), ==, "xad");
}

static void
test_vocabularies (void)
{
  CkType t;
  CkField f;
  CkDateKind k;
  for (CkType i = 0; i < CK_TYPE_N_TYPES; i++)
    {
      g_assert_true (ck_type_from_csl (ck_type_to_csl (i), &t));
      g_assert_cmpint (t, ==, i);
    }
  for (CkField i = 0; i < CK_FIELD_N_FIELDS; i++)
    {
      g_assert_nonnull (ck_field_to_csl (i));
      g_assert_true (ck_field_from_csl (ck_field_to_csl (i), &f));
      g_assert_cmpint (f, ==, i);
    }
  for (CkDateKind i = 0; i < CK_DATE_N_KINDS; i++)
    {
      g_assert_true (ck_date_kind_from_csl (ck_date_kind_to_csl (i), &k));
      g_assert_cmpint (k, ==, i);
    }
  g_assert_false (ck_type_from_csl ("no-such-type", &t));
}

static void
test_diag (void)
{
  g_autoptr(CkDiag) d = ck_diag_new ();
  g_autofree char *line0 = NULL;
  g_autofree char *line1 = NULL;
  ck_diag_add (d, CK_DIAG_WARNING, "a.bib", 3, 7, "skipped entry '%s'", "x");
  ck_diag_add_loss (d, "price", "RIS", "written to N1");
  ck_diag_add_loss (d, "price", "RIS", "written to N1");
  ck_diag_add_loss (d, "owner", "RIS", NULL);
  g_assert_cmpint (ck_diag_get_n_messages (d), ==, 1);
  g_assert_cmpint (ck_diag_get_message (d, 0)->line, ==, 3);
  g_assert_cmpint (ck_diag_count_level (d, CK_DIAG_WARNING), ==, 1);
  g_assert_cmpint (ck_diag_get_n_losses (d), ==, 2);
  line0 = ck_diag_format_loss (d, 0);
  line1 = ck_diag_format_loss (d, 1);
  g_assert_cmpstr (line0, ==, "2 records: field 'price' has no place in RIS, written to N1");
  g_assert_cmpstr (line1, ==, "1 record: field 'owner' has no place in RIS, dropped");
  g_assert_true (ck_diag_has_drops (d));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/record/fields", test_fields);
  g_test_add_func ("/model/record/extras", test_extras);
  g_test_add_func ("/model/record/copy-and-relations", test_copy_and_relations);
  g_test_add_func ("/model/record/relation-cycle-refused", test_relation_cycle_refused);
  g_test_add_func ("/model/record/keys", test_keys);
  g_test_add_func ("/model/record/vocabularies", test_vocabularies);
  g_test_add_func ("/model/diag/messages-and-losses", test_diag);
  return g_test_run ();
}
