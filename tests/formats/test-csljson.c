/* test-csljson.c — tests of the CSL-JSON reader and writer
 * (src/lib/formats/csljson*.c). */
#include "test-ris-common.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>

static GPtrArray *
one (CkRecord *rec)
{
  GPtrArray *a = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_record_unref);
  g_ptr_array_add (a, rec);
  return a;
}

/* The writer's output parsed back with json-glib, for assertions on keys. */
static JsonArray *
parse_array (const char *text, JsonParser **out_parser)
{
  JsonParser *parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  *out_parser = parser;
  return json_node_get_array (root);
}

static CkRecord *
make_book (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  CkName *ed = ck_name_new_personal (CK_ROLE_EDITOR, "Meulen", "Anneke");

  ed->particle = g_strdup ("van der");
  ck_record_set (rec, CK_FIELD_TITLE, "The Salt Roads");
  ck_record_set (rec, CK_FIELD_SUBTITLE, "Trade and Memory on the Baltic Shore");
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_AUTHOR, "Quellhorst", "Marta"));
  ck_record_take_name (rec, ed);
  ck_record_take_name (rec, ck_name_new_literal (CK_ROLE_TRANSLATOR, "Harbour Translators’ Guild"));
  ck_record_set (rec, CK_FIELD_PUBLISHER_PLACE, "Rostock");
  ck_record_set (rec, CK_FIELD_PUBLISHER, "Harbour Lane Press");
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (1987, 0, 0));
  ck_record_set (rec, CK_FIELD_EDITION, "New edition");
  ck_record_set (rec, CK_FIELD_NUMBER_OF_PAGES, "xii + 402");
  ck_record_set (rec, CK_FIELD_ORIGINAL_TITLE, "Die Salzstraßen");
  ck_record_set (rec, CK_FIELD_BINDING, "Paperback");
  ck_record_set (rec, CK_FIELD_PRICE, "$19.95");
  ck_record_set_extra (rec, "ris:AD", "Somewhere on the coast");
  return rec;
}

/* --- writing ------------------------------------------------------------ */

static void
test_write_empty (void)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autofree char *out = write_text ("csljson", none, NULL);
  g_assert_cmpstr (out, ==, "[]\n");
}

static void
test_write_book (void)
{
  g_autoptr(GPtrArray) recs = one (make_book ());
  g_autofree char *out = write_text ("csljson", recs, NULL);
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *items = parse_array (out, &parser);
  JsonObject *o;
  JsonObject *ed;
  JsonArray *parts;

  g_assert_cmpuint (json_array_get_length (items), ==, 1);
  o = json_array_get_object_element (items, 0);
  g_assert_cmpstr (json_object_get_string_member (o, "id"), ==, "quellhorst1987salt");
  g_assert_cmpstr (json_object_get_string_member (o, "type"), ==, "book");
  /* CSL has no subtitle variable: "title" is the full title. */
  g_assert_cmpstr (json_object_get_string_member (o, "title"), ==,
                   "The Salt Roads: Trade and Memory on the Baltic Shore");
  g_assert_false (json_object_has_member (o, "subtitle"));
  g_assert_cmpstr (json_object_get_string_member (o, "original-title"), ==, "Die Salzstraßen");
  g_assert_cmpstr (json_object_get_string_member (o, "number-of-pages"), ==, "xii + 402");
  g_assert_cmpstr (json_object_get_string_member (o, "_binding"), ==, "Paperback");
  g_assert_cmpstr (json_object_get_string_member (o, "_price"), ==, "$19.95");
  /* Zotero reads "note" into Extra: binding and price go there too. */
  g_assert_cmpstr (json_object_get_string_member (o, "note"), ==, "Paperback, $19.95");
  ed = json_array_get_object_element (json_object_get_array_member (o, "editor"), 0);
  g_assert_cmpstr (json_object_get_string_member (ed, "family"), ==, "Meulen");
  g_assert_cmpstr (json_object_get_string_member (ed, "non-dropping-particle"), ==, "van der");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (o, "translator"), 0), "literal"), ==,
                   "Harbour Translators’ Guild");
  parts = json_array_get_array_element (json_object_get_array_member (
            json_object_get_object_member (o, "issued"), "date-parts"), 0);
  g_assert_cmpint (json_array_get_int_element (parts, 0), ==, 1987);
  g_assert_cmpuint (json_array_get_length (parts), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (o, "ris:AD"), ==, "Somewhere on the coast");
  /* UTF-8 as is, 2-space indent. */
  g_assert_nonnull (strstr (out, "Salzstraßen"));
  g_assert_true (g_str_has_prefix (out, "[\n  {\n    \"id\""));
}

static void
test_write_unique_ids (void)
{
  g_autoptr(GPtrArray) recs = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_record_unref);
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *items;

  for (int i = 0; i < 3; i++)
    {
      CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
      ck_record_set (rec, CK_FIELD_TITLE, "Same Title");
      ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_AUTHOR, "Pike", "Ada"));
      if (i == 2)
        ck_record_set_key (rec, "pikesame");
      g_ptr_array_add (recs, rec);
    }
  out = write_text ("csljson", recs, NULL);
  items = parse_array (out, &parser);
  g_assert_cmpuint (json_array_get_length (items), ==, 3);
  {
    const char *a = json_object_get_string_member (json_array_get_object_element (items, 0), "id");
    const char *b = json_object_get_string_member (json_array_get_object_element (items, 1), "id");
    const char *c = json_object_get_string_member (json_array_get_object_element (items, 2), "id");
    g_assert_cmpstr (a, !=, b);
    g_assert_cmpstr (a, !=, c);
    g_assert_cmpstr (b, !=, c);
  }
}

static void
test_write_review (void)
{
  g_autoptr(CkRecord) book = make_book ();
  CkRecord *review = ck_record_new (CK_TYPE_REVIEW_BOOK);
  g_autoptr(GPtrArray) recs = one (review);
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *o;

  ck_record_set (review, CK_FIELD_TITLE, "Salt and Memory");
  ck_record_set (review, CK_FIELD_CONTAINER_TITLE, "Harbour Review");
  ck_record_set (review, CK_FIELD_ISSUE, "41");
  ck_record_add_relation (review, CK_RELATION_REVIEWS, book);
  out = write_text ("csljson", recs, NULL);
  o = json_array_get_object_element (parse_array (out, &parser), 0);
  /* The reviewed work is reached only through the relation. */
  g_assert_cmpstr (json_object_get_string_member (o, "reviewed-title"), ==,
                   "The Salt Roads: Trade and Memory on the Baltic Shore");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (o, "reviewed-author"), 0), "family"), ==, "Quellhorst");
  g_assert_cmpstr (json_object_get_string_member (o, "container-title"), ==, "Harbour Review");
}

static void
test_write_dates (void)
{
  gsize len;
  g_autofree char *text = load_fixture ("csljson", "y_dates.json", &len);
  g_autoptr(GPtrArray) recs = read_text ("csljson", text, len, NULL, NULL);
  g_autofree char *out = write_text ("csljson", recs, NULL);
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *items = parse_array (out, &parser);
  JsonObject *range = json_object_get_object_member (json_array_get_object_element (items, 0), "issued");
  JsonObject *season = json_object_get_object_member (json_array_get_object_element (items, 1), "issued");
  JsonObject *circa = json_object_get_object_member (json_array_get_object_element (items, 2), "issued");
  JsonObject *nd = json_object_get_object_member (json_array_get_object_element (items, 3), "issued");
  JsonArray *end;

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (range, "date-parts")), ==, 2);
  end = json_array_get_array_element (json_object_get_array_member (range, "date-parts"), 1);
  g_assert_cmpint (json_array_get_int_element (end, 0), ==, 1998);
  g_assert_cmpint (json_array_get_int_element (end, 1), ==, 4);
  g_assert_cmpint (json_object_get_int_member (season, "season"), ==, 2);
  g_assert_true (json_object_get_boolean_member (circa, "circa"));
  g_assert_cmpstr (json_object_get_string_member (nd, "literal"), ==, "n.d.");
  g_assert_false (json_object_has_member (nd, "date-parts"));
}

/* --- reading ------------------------------------------------------------ */

static void
test_read_array (void)
{
  gsize len;
  g_autofree char *text = load_fixture ("csljson", "y_array.json", &len);
  g_autoptr(GPtrArray) recs = read_text ("csljson", text, len, NULL, NULL);
  CkRecord *book = record_at (recs, 0), *art = record_at (recs, 1);
  const CkDate *d = ck_record_get_date (art, CK_DATE_ISSUED);

  g_assert_cmpstr (ck_record_get_key (book), ==, "quellhorst1987salt");
  g_assert_cmpstr (ck_record_get (book, CK_FIELD_PUBLISHER), ==, "Harbour Lane Press");
  g_assert_cmpstr (name_with_role (book, CK_ROLE_EDITOR, 0)->particle, ==, "van der");
  g_assert_cmpstr (name_with_role (book, CK_ROLE_TRANSLATOR, 0)->literal, ==, "Committee of Harbour Translators");
  g_assert_cmpstr (ck_record_get (book, CK_FIELD_BINDING), ==, "Cloth");
  /* The note held only binding and price: nothing is left of it. */
  g_assert_false (ck_record_has (book, CK_FIELD_NOTE));
  g_assert_cmpstr (ck_record_get_extra (book, "custom-field"), ==, "kept as an extra");
  /* Numbers as JSON numbers or strings. */
  g_assert_cmpstr (ck_record_get (art, CK_FIELD_VOLUME), ==, "12");
  g_assert_cmpint (d->year, ==, 1998);
  g_assert_cmpint (d->month, ==, 3);
  g_assert_cmpint (d->day, ==, 4);
  g_assert_cmpstr (name_with_role (art, CK_ROLE_AUTHOR, 0)->suffix, ==, "Jr.");
}

static void
test_read_dates (void)
{
  gsize len;
  g_autofree char *text = load_fixture ("csljson", "y_dates.json", &len);
  g_autoptr(GPtrArray) recs = read_text ("csljson", text, len, NULL, NULL);
  const CkDate *range = ck_record_get_date (record_at (recs, 0), CK_DATE_ISSUED);
  const CkDate *season = ck_record_get_date (record_at (recs, 1), CK_DATE_ISSUED);
  const CkDate *circa = ck_record_get_date (record_at (recs, 2), CK_DATE_ISSUED);
  const CkDate *nd = ck_record_get_date (record_at (recs, 3), CK_DATE_ISSUED);
  const CkDate *month_season = ck_record_get_date (record_at (recs, 4), CK_DATE_ISSUED);
  const CkDate *string = ck_record_get_date (record_at (recs, 5), CK_DATE_ISSUED);

  g_assert_cmpint (range->month, ==, 3);
  g_assert_cmpint (range->end_year, ==, 1998);
  g_assert_cmpint (range->end_month, ==, 4);
  g_assert_cmpint (season->season, ==, CK_SEASON_SUMMER);
  g_assert_true (circa->circa);
  g_assert_cmpstr (nd->literal, ==, "n.d.");
  g_assert_cmpint (nd->year, ==, 0);
  g_assert_cmpint (month_season->season, ==, CK_SEASON_AUTUMN);
  g_assert_cmpint (month_season->month, ==, 0);
  g_assert_cmpint (string->year, ==, 1936);
  g_assert_cmpint (string->end_year, ==, 1937);
}

static void
test_read_single_and_wrapped (void)
{
  g_autoptr(GPtrArray) single = read_ok ("csljson", "{\"id\": \"x\", \"type\": \"report\", \"title\": \"Lone\", \"number\": 42}");
  g_autoptr(GPtrArray) wrapped = read_ok ("csljson", "{\"items\": [{\"type\": \"book\", \"title\": \"In a Wrapper\"}]}");

  g_assert_cmpuint (single->len, ==, 1);
  g_assert_cmpint (ck_record_get_type (record_at (single, 0)), ==, CK_TYPE_REPORT);
  g_assert_cmpstr (ck_record_get (record_at (single, 0), CK_FIELD_NUMBER), ==, "42");
  g_assert_cmpuint (wrapped->len, ==, 1);
  g_assert_cmpstr (ck_record_get (record_at (wrapped, 0), CK_FIELD_TITLE), ==, "In a Wrapper");
}

static void
test_read_warnings_positioned (void)
{
  const char *text = "[\n  {\"type\": \"book\", \"title\": \"Fine\"},\n  {\"type\": \"no-such-type\",\n   \"title\": \"Odd\"},\n  7\n]\n";
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_text ("csljson", text, strlen (text), diag, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (recs->len, ==, 2);
  g_assert_cmpint (ck_record_get_type (record_at (recs, 1)), ==, CK_TYPE_DOCUMENT);
  g_assert_cmpuint (ck_diag_get_n_messages (diag), ==, 2);
  /* The unknown type points at the item's line. */
  g_assert_cmpuint (ck_diag_get_message (diag, 0)->line, ==, 3);
  /* Every warning carries a line, the skipped "7" included. */
  g_assert_cmpuint (ck_diag_get_message (diag, 1)->line, ==, 5);
}

static void
test_read_error_position (void)
{
  gsize len;
  g_autofree char *text = load_fixture ("csljson", "n_syntax.json", &len);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = read_text ("csljson", text, len, NULL, &error);

  g_assert_error (error, CK_ERROR, CK_ERROR_PARSE);
  g_assert_null (recs);
  g_assert_true (g_str_has_prefix (error->message, "test:3:"));
}

static void
test_read_depth_option (void)
{
  CkReadOptions options = CK_READ_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;
  const char *text = "[{\"type\": \"book\", \"author\": [{\"family\": \"Deep\"}]}]";
  g_autoptr(GPtrArray) recs = NULL;

  options.max_depth = 2;
  recs = ck_format_read_all (ck_format_lookup ("csljson"), text, strlen (text), "test", &options, &error);
  g_assert_error (error, CK_ERROR, CK_ERROR_LIMIT);
  g_assert_true (g_str_has_prefix (error->message, "test:1:"));
}

static void
test_read_subtitle_split (void)
{
  g_autoptr(GPtrArray) recs = read_ok ("csljson",
      "[{\"type\": \"book\", \"title\": \"Why Lights? A Question\", \"_subtitle\": \"A Question\"},"
      " {\"type\": \"book\", \"title\": \"No Split: Here\"}]");

  g_assert_cmpstr (ck_record_get (record_at (recs, 0), CK_FIELD_TITLE), ==, "Why Lights?");
  g_assert_cmpstr (ck_record_get (record_at (recs, 0), CK_FIELD_SUBTITLE), ==, "A Question");
  g_assert_cmpstr (ck_record_get (record_at (recs, 1), CK_FIELD_TITLE), ==, "No Split: Here");
  g_assert_false (ck_record_has (record_at (recs, 1), CK_FIELD_SUBTITLE));
}

static void
test_read_note_suffix (void)
{
  g_autoptr(GPtrArray) recs = read_ok ("csljson",
      "[{\"type\": \"book\", \"note\": \"Signed copy\\nCloth, £25\", \"_binding\": \"Cloth\", \"_price\": \"£25\"},"
      " {\"type\": \"book\", \"note\": \"Cloth, £25\"}]");

  g_assert_cmpstr (ck_record_get (record_at (recs, 0), CK_FIELD_NOTE), ==, "Signed copy");
  /* Without _binding/_price nothing is taken off. */
  g_assert_cmpstr (ck_record_get (record_at (recs, 1), CK_FIELD_NOTE), ==, "Cloth, £25");
}

/* --- round trips -------------------------------------------------------- */

static void
test_roundtrip_record (void)
{
  g_autoptr(GPtrArray) recs = one (make_book ());
  g_autofree char *out1 = NULL, *out2 = NULL;
  g_autoptr(GPtrArray) back = NULL;

  ck_record_set (record_at (recs, 0), CK_FIELD_NOTE, "A note of our own");
  ck_record_take_date (record_at (recs, 0), CK_DATE_ORIGINAL, ck_date_parse ("c. 1900"));
  ck_record_set_key (record_at (recs, 0), "saltroads");
  out1 = write_text ("csljson", recs, NULL);
  back = read_ok ("csljson", out1);
  assert_records_equal (recs, back, TRUE);
  out2 = write_text ("csljson", back, NULL);
  g_assert_cmpstr (out1, ==, out2);
}

static void
test_roundtrip_odd_values (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  g_autoptr(GPtrArray) recs = one (rec);
  g_autoptr(GPtrArray) back = NULL;
  g_autofree char *out = NULL;
  CkDate *month_only = ck_date_new ();
  CkDate *empty_literal = ck_date_new ();

  /* A month without a year, an empty literal date and an empty extra:
   * what other readers make of odd input survives CSL-JSON. */
  month_only->month = 3;
  empty_literal->literal = g_strdup ("");
  ck_record_set_key (rec, "odd");
  ck_record_take_date (rec, CK_DATE_ISSUED, month_only);
  ck_record_take_date (rec, CK_DATE_ACCESSED, empty_literal);
  ck_record_set_extra (rec, "bibtex:note", "");
  out = write_text ("csljson", recs, NULL);
  g_assert_nonnull (strstr (out, "\"literal\" : \"March\""));
  back = read_ok ("csljson", out);
  assert_records_equal (recs, back, TRUE);
}

static void
test_roundtrip_fixture (gconstpointer data)
{
  const char *name = data;
  gsize len;
  g_autofree char *text = load_fixture ("csljson", name, &len);
  g_autoptr(GPtrArray) first = read_text ("csljson", text, len, NULL, NULL);
  g_autofree char *out1 = write_text ("csljson", first, NULL);
  g_autoptr(GPtrArray) second = read_ok ("csljson", out1);
  g_autofree char *out2 = write_text ("csljson", second, NULL);

  assert_records_equal (first, second, TRUE);
  g_assert_cmpstr (out1, ==, out2);
}

static void
test_roundtrip_canonical (void)
{
  gsize len;
  g_autofree char *text = load_fixture ("csljson", "y_canonical.json", &len);
  g_autoptr(GPtrArray) recs = read_text ("csljson", text, len, NULL, NULL);
  g_autofree char *out = write_text ("csljson", recs, NULL);

  g_assert_cmpstr (out, ==, text);
}


static void
test_read_aliases (void)
{
  g_autoptr(GPtrArray) recs = read_ok ("csljson",
      "[{\"type\": \"paper-conference\", \"event\": \"Harbour Congress\", \"shortTitle\": \"Lights\","
      " \"journalAbbreviation\": \"J. Coast. Hist.\"}]");
  CkRecord *rec = record_at (recs, 0);

  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_EVENT), ==, "Harbour Congress");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_SHORT_TITLE), ==, "Lights");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_CONTAINER_TITLE_SHORT), ==, "J. Coast. Hist.");
}

static void
test_write_strict_extra (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  g_autoptr(GPtrArray) recs = one (rec);
  CkWriteOptions options = CK_WRITE_OPTIONS_INIT;
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  /* An extra named like a variable the record fills cannot be written. */
  ck_record_set (rec, CK_FIELD_TITLE, "Taken");
  ck_record_set_extra (rec, "title", "Other");
  out = write_text ("csljson", recs, diag);
  g_assert_true (ck_diag_has_drops (diag));
  g_assert_nonnull (strstr (out, "\"title\" : \"Taken\""));
  g_clear_pointer (&out, g_free);
  options.flags = CK_WRITE_STRICT;
  out = ck_format_write_all (ck_format_lookup ("csljson"), recs, &options, &error);
  g_assert_error (error, CK_ERROR, CK_ERROR_LOSS);
  g_assert_null (out);
}

static void
test_probe (void)
{
  const CkFormat *fmt = ck_format_lookup ("csljson");
  const char *json = "  [{\"id\": \"a\", \"type\": \"book\"}]";

  g_assert_true (ck_format_detect ("refs.json", json, strlen (json)) == fmt);
  g_assert_true (ck_format_detect ("refs.txt", json, strlen (json)) == fmt);
  g_assert_true (ck_format_detect (NULL, "TY  - BOOK\n", 11) != fmt);
  g_assert_true (ck_format_lookup ("csl-json") == fmt);
}

int
main (int argc, char **argv)
{
  static const char * const roundtrip_fixtures[] = {
    "y_array.json", "y_single-object.json", "y_items-wrapper.json", "y_dates.json", "y_bom.json",
  };

  g_test_init (&argc, &argv, NULL);

  add_manifest_tests ("csljson", "csljson", "/formats/csljson/fixture");
  g_test_add_func ("/formats/csljson/write/empty", test_write_empty);
  g_test_add_func ("/formats/csljson/write/book", test_write_book);
  g_test_add_func ("/formats/csljson/write/unique-ids", test_write_unique_ids);
  g_test_add_func ("/formats/csljson/write/review-relation", test_write_review);
  g_test_add_func ("/formats/csljson/write/dates", test_write_dates);
  g_test_add_func ("/formats/csljson/read/array", test_read_array);
  g_test_add_func ("/formats/csljson/read/dates", test_read_dates);
  g_test_add_func ("/formats/csljson/read/single-and-wrapped", test_read_single_and_wrapped);
  g_test_add_func ("/formats/csljson/read/warnings-positioned", test_read_warnings_positioned);
  g_test_add_func ("/formats/csljson/read/error-position", test_read_error_position);
  g_test_add_func ("/formats/csljson/read/depth-option", test_read_depth_option);
  g_test_add_func ("/formats/csljson/read/subtitle-split", test_read_subtitle_split);
  g_test_add_func ("/formats/csljson/read/note-suffix", test_read_note_suffix);
  g_test_add_func ("/formats/csljson/read/aliases", test_read_aliases);
  g_test_add_func ("/formats/csljson/write/strict-extra", test_write_strict_extra);
  g_test_add_func ("/formats/csljson/probe", test_probe);
  g_test_add_func ("/formats/csljson/roundtrip/record", test_roundtrip_record);
  g_test_add_func ("/formats/csljson/roundtrip/odd-values", test_roundtrip_odd_values);
  for (guint i = 0; i < G_N_ELEMENTS (roundtrip_fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/formats/csljson/roundtrip/%s", roundtrip_fixtures[i]);
      g_test_add_data_func (path, roundtrip_fixtures[i], test_roundtrip_fixture);
    }
  g_test_add_func ("/formats/csljson/roundtrip/canonical", test_roundtrip_canonical);
  return g_test_run ();
}
