/* test-bibtex-write.c — the BibTeX / biblatex writer (bibtex-write.c):
 * entry types, keys, escaping, names, Zotero-facing fields, ASCII output,
 * loss reports, record → BibTeX → record, and (when installed) bibtex and
 * biber reading what we write. */
#include "formats/bibtex-private.h"

#include <glib/gstdio.h>
#include <string.h>

/* An invented book with everything the extractor can find. */
static CkRecord *
make_book (void)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  CkName *von = ck_name_new_personal (CK_ROLE_EDITOR, "Mare", "Ivo");
  CkName *jr = ck_name_new_personal (CK_ROLE_EDITOR, "Wright", "Sam");

  von->particle = g_strdup ("de la");
  jr->suffix = g_strdup ("Jr.");
  ck_record_set (rec, CK_FIELD_TITLE, "Harbour Ledgers Revisited");
  ck_record_set (rec, CK_FIELD_SUBTITLE, "Essays in Trade");
  ck_record_set (rec, CK_FIELD_ORIGINAL_TITLE, "Les Registres du port");
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_AUTHOR, "Ashgrove", "Quentin"));
  ck_record_take_name (rec, von);
  ck_record_take_name (rec, jr);
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_TRANSLATOR, "Larch", "Penelope"));
  ck_record_take_name (rec, ck_name_new_literal (CK_ROLE_AUTHOR, "Guild of Clerks, Ltd."));
  ck_record_set (rec, CK_FIELD_PUBLISHER_PLACE, "Atlantic Town, New Jersey");
  ck_record_set (rec, CK_FIELD_PUBLISHER, "Humble & Sons");
  ck_record_set (rec, CK_FIELD_EDITION, "New edition");
  ck_record_set (rec, CK_FIELD_NUMBER_OF_PAGES, "xlvi + 345");
  ck_record_set (rec, CK_FIELD_BINDING, "Paperback");
  ck_record_set (rec, CK_FIELD_PRICE, "$19.95");
  ck_record_set (rec, CK_FIELD_ISBN, "978-0-00-000000-2");
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (1996, 0, 0));
  return rec;
}

static char *
write_one (CkRecord *rec, const char *format, CkWriteFlags flags, CkDiag *diag)
{
  g_autoptr(GPtrArray) recs = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  CkWriteOptions wo = CK_WRITE_OPTIONS_INIT;
  char *text;

  wo.flags = flags;
  wo.diag = diag;
  g_ptr_array_add (recs, rec);
  text = ck_format_write_all (ck_format_lookup (format), recs, &wo, &error);
  g_assert_no_error (error);
  g_test_message ("%s", text);
  return text;
}

static void
assert_has (const char *text, const char *needle)
{
  if (!strstr (text, needle))
    g_error ("expected «%s» in:\n%s", needle, text);
}

static void
test_book_bibtex (void)
{
  g_autoptr(CkRecord) rec = make_book ();
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autofree char *text = write_one (rec, "bibtex", 0, diag);

  assert_has (text, "@book{ashgrove1996harbour,\n");
  assert_has (text, "author = {Ashgrove, Quentin and {Guild of Clerks, Ltd.}},");
  assert_has (text, "editor = {de la Mare, Ivo and Wright, Jr., Sam},");
  assert_has (text, "translator = {Larch, Penelope},");
  assert_has (text, "title = {Harbour Ledgers Revisited: Essays in Trade},");
  assert_has (text, "origtitle = {Les Registres du port},");
  assert_has (text, "address = {Atlantic Town, New Jersey},");
  assert_has (text, "publisher = {Humble \\& Sons},");
  assert_has (text, "edition = {New},");
  assert_has (text, "pagetotal = {xlvi + 345},");
  assert_has (text, "note = {Originally published as Les Registres du port. Paperback, \\$19.95},");
  assert_has (text, "year = {1996},");
  g_assert_null (strstr (text, "subtitle"));
  g_assert_null (strstr (text, " $19"));         /* no bare dollar: no math mode */
  g_assert_cmpuint (ck_diag_get_n_losses (diag), >=, 2);
  g_assert_false (ck_diag_has_drops (diag));
}

static void
test_book_biblatex (void)
{
  g_autoptr(CkRecord) rec = make_book ();
  g_autofree char *text = write_one (rec, "biblatex", 0, NULL);
  g_autofree char *flag = NULL;

  assert_has (text, "title = {Harbour Ledgers Revisited},");
  assert_has (text, "subtitle = {Essays in Trade},");
  assert_has (text, "location = {Atlantic Town, New Jersey},");
  assert_has (text, "date = {1996},");
  g_assert_null (strstr (text, "address"));
  /* CK_WRITE_BIBLATEX on the bibtex format is the same writer. */
  {
    g_autofree char *again = write_one (rec, "bibtex", CK_WRITE_BIBLATEX, NULL);
    g_assert_cmpstr (again, ==, text);
  }
}

typedef struct {
  CkType      type;
  const char *bibtex;
  const char *biblatex;
} TypeCase;

static void
test_types (void)
{
  static const TypeCase cases[] = {
    { CK_TYPE_BOOK, "@book{", "@book{" },
    { CK_TYPE_CHAPTER, "@incollection{", "@incollection{" },
    { CK_TYPE_ARTICLE_JOURNAL, "@article{", "@article{" },
    { CK_TYPE_REVIEW_BOOK, "@article{", "@article{" },
    { CK_TYPE_PERIODICAL, "@misc{", "@periodical{" },
    { CK_TYPE_THESIS, "@phdthesis{", "@thesis{" },
    { CK_TYPE_REPORT, "@techreport{", "@report{" },
    { CK_TYPE_WEBPAGE, "@misc{", "@online{" },
    { CK_TYPE_DOCUMENT, "@misc{", "@misc{" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CkRecord) rec = ck_record_new (cases[i].type);
      g_autofree char *a = NULL, *b = NULL;
      ck_record_set (rec, CK_FIELD_TITLE, "Something");
      a = write_one (rec, "bibtex", 0, NULL);
      b = write_one (rec, "biblatex", 0, NULL);
      g_assert_true (g_str_has_prefix (a, cases[i].bibtex));
      g_assert_true (g_str_has_prefix (b, cases[i].biblatex));
    }
}

static void
test_container_fields (void)
{
  g_autoptr(CkRecord) ch = ck_record_new (CK_TYPE_CHAPTER);
  g_autoptr(CkRecord) art = ck_record_new (CK_TYPE_ARTICLE_JOURNAL);
  g_autofree char *a = NULL, *b = NULL, *c = NULL;

  ck_record_set (ch, CK_FIELD_TITLE, "An Essay");
  ck_record_set (ch, CK_FIELD_CONTAINER_TITLE, "The Collection");
  ck_record_set (ch, CK_FIELD_PAGES, "84–97");
  ck_record_set (art, CK_FIELD_TITLE, "A Paper");
  ck_record_set (art, CK_FIELD_CONTAINER_TITLE, "Journal of Things");
  ck_record_set (art, CK_FIELD_ISSUE, "73");
  ck_record_take_date (art, CK_DATE_ISSUED, ck_date_parse ("March-April 1998"));
  a = write_one (ch, "bibtex", 0, NULL);
  b = write_one (art, "bibtex", 0, NULL);
  c = write_one (art, "biblatex", 0, NULL);
  assert_has (a, "booktitle = {The Collection},");
  assert_has (a, "pages = {84--97},");
  assert_has (b, "journal = {Journal of Things},");
  assert_has (b, "number = {73},");
  assert_has (b, "month = {March--April},");
  assert_has (c, "journaltitle = {Journal of Things},");
  assert_has (c, "date = {1998-03/1998-04},");
}

static void
test_keys_unique (void)
{
  g_autoptr(GPtrArray) recs = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_record_unref);
  g_autofree char *text = NULL;

  for (int i = 0; i < 3; i++)
    g_ptr_array_add (recs, make_book ());
  ck_record_set_key (g_ptr_array_index (recs, 2), "own key,1");
  text = ck_format_write_all (ck_format_lookup ("bibtex"), recs, NULL, NULL);
  assert_has (text, "@book{ashgrove1996harbour,");
  assert_has (text, "@book{ashgrove1996harboura,");
  assert_has (text, "@book{own_key_1,");
}

static void
test_escaping (void)
{
  g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_DOCUMENT);
  g_autofree char *text = NULL;

  ck_record_set (rec, CK_FIELD_TITLE, "50% of $5 & #1 a_b {x} ~ ^ \\");
  ck_record_set (rec, CK_FIELD_URL, "http://example.org/~a_b%20c");
  text = write_one (rec, "bibtex", 0, NULL);
  assert_has (text, "title = {50\\% of \\$5 \\& \\#1 a\\_b \\textbraceleft{}x\\textbraceright{} "
                    "\\textasciitilde{} \\textasciicircum{} \\textbackslash{}},");
  assert_has (text, "url = {http://example.org/~a_b%20c},");   /* verbatim */
}

static void
test_ascii (void)
{
  g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
  g_autofree char *utf8 = NULL, *ascii = NULL;

  ck_record_set (rec, CK_FIELD_TITLE, "Études sur Čapek");
  ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_AUTHOR, "Müller", "Jörg"));
  ck_record_set_key (rec, "m1");
  utf8 = write_one (rec, "bibtex", 0, NULL);
  ascii = write_one (rec, "bibtex", CK_WRITE_ASCII, NULL);
  assert_has (utf8, "title = {Études sur Čapek},");
  assert_has (ascii, "title = {{\\'E}tudes sur {\\v{C}}apek},");
  assert_has (ascii, "author = {M{\\\"u}ller, J{\\\"o}rg},");
  for (const char *p = ascii; *p; p++)
    g_assert_cmpuint ((guchar) *p, <, 0x80);
}

static void
test_losses (void)
{
  g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autoptr(GPtrArray) recs = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  CkWriteOptions wo = CK_WRITE_OPTIONS_INIT;
  g_autofree char *text = NULL;

  ck_record_set (rec, CK_FIELD_TITLE, "T");
  ck_record_set (rec, CK_FIELD_NUMBER, "R-1");        /* a report number on a book: no place */
  ck_record_set_extra (rec, "ris:M3", "something");   /* another format's extra */
  text = write_one (rec, "bibtex", 0, diag);
  g_assert_true (ck_diag_has_drops (diag));
  g_assert_cmpuint (ck_diag_get_n_losses (diag), ==, 2);

  wo.flags = CK_WRITE_STRICT;
  g_ptr_array_add (recs, rec);
  g_free (ck_format_write_all (ck_format_lookup ("bibtex"), recs, &wo, &error));
  g_assert_error (error, CK_ERROR, CK_ERROR_LOSS);
}

/* record → BibTeX → record keeps every field the model has. */
static void
test_record_roundtrip (void)
{
  const char *formats[] = { "bibtex", "biblatex" };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr(CkRecord) rec = make_book ();
      g_autofree char *text = write_one (rec, formats[f], 0, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) back = ck_format_read_all (ck_format_lookup (formats[f]), text, strlen (text),
                                                      "rt.bib", NULL, &error);
      CkRecord *r;

      g_assert_no_error (error);
      g_assert_cmpuint (back->len, ==, 1);
      r = g_ptr_array_index (back, 0);
      g_assert_cmpint (ck_record_get_type (r), ==, CK_TYPE_BOOK);
      for (int fld = 0; fld < CK_FIELD_N_FIELDS; fld++)
        {
          const char *want = ck_record_get (rec, (CkField) fld);
          const char *got = ck_record_get (r, (CkField) fld);
          if (fld == CK_FIELD_EDITION)
            want = "New";   /* BibTeX's convention, see write_edition () */
          if (f == 0 && (fld == CK_FIELD_TITLE || fld == CK_FIELD_SUBTITLE))
            continue;       /* joined in BibTeX */
          g_test_message ("%s: %s / %s", ck_field_to_csl ((CkField) fld), want, got);
          g_assert_cmpstr (got, ==, want);
        }
      g_assert_cmpuint (ck_record_get_n_names (r), ==, ck_record_get_n_names (rec));
      for (int role = 0; role < CK_ROLE_N_ROLES; role++)
        {
          /* BibTeX groups names by role; within a role the order holds. */
          g_autoptr(GPtrArray) wa = ck_record_get_names_by_role (rec, (CkRole) role);
          g_autoptr(GPtrArray) ga = ck_record_get_names_by_role (r, (CkRole) role);
          g_assert_cmpuint (wa->len, ==, ga->len);
          for (guint i = 0; i < wa->len; i++)
            {
              const CkName *a = g_ptr_array_index (wa, i), *b = g_ptr_array_index (ga, i);
              g_assert_cmpstr (a->family, ==, b->family);
              g_assert_cmpstr (a->given, ==, b->given);
              g_assert_cmpstr (a->particle, ==, b->particle);
              g_assert_cmpstr (a->suffix, ==, b->suffix);
              g_assert_cmpstr (a->literal, ==, b->literal);
            }
        }
      g_assert_true (ck_date_equal (ck_record_get_date (r, CK_DATE_ISSUED), ck_record_get_date (rec, CK_DATE_ISSUED)));
    }
}

/* BibTeX → record → BibTeX is byte-identical on a canonical file. */
static void
test_text_roundtrip (void)
{
  static const char text[] =
    "@article{okafor2004tides,\n"
    "  author = {Okafor, Chidi and van Dam, Jr, Piet and {The Ledger Group}},\n"
    "  title = {Tides of the {Atlantic} Trade in $\\alpha$-Space},\n"
    "  journal = {Journal of Maritime Ledgers},\n"
    "  volume = {12},\n"
    "  number = {3},\n"
    "  pages = {84--97},\n"
    "  doi = {10.1000/jml.2004.12_3},\n"
    "  year = {2004},\n"
    "  month = mar,\n"
    "  timestamp = {2020-01-01},\n"
    "}\n\n";
  g_autoptr(GPtrArray) recs = ck_format_read_all (ck_format_lookup ("bibtex"), text, strlen (text), "c.bib", NULL, NULL);
  g_autofree char *out = ck_format_write_all (ck_format_lookup ("bibtex"), recs, NULL, NULL);
  g_assert_cmpstr (out, ==, text);
}

static gboolean
run_tool (const char *dir, const char * const *argv, char **out_output)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL, *err = NULL;
  int status = 0;
  gboolean ok = g_spawn_sync (dir, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                              &out, &err, &status, &error);
  g_assert_no_error (error);
  *out_output = g_strconcat (out, err, NULL);
  g_free (out);
  g_free (err);
  return ok && g_spawn_check_wait_status (status, NULL);
}

static GPtrArray *
tool_records (void)
{
  GPtrArray *recs = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_record_unref);
  CkRecord *ch = ck_record_new (CK_TYPE_CHAPTER), *art = ck_record_new (CK_TYPE_ARTICLE_JOURNAL);

  g_ptr_array_add (recs, make_book ());
  ck_record_set (ch, CK_FIELD_TITLE, "On {Braces} & 100% Dollars $");
  ck_record_set (ch, CK_FIELD_CONTAINER_TITLE, "The Collection");
  ck_record_take_name (ch, ck_name_new_personal (CK_ROLE_AUTHOR, "Ødegård", "Åse"));
  ck_record_take_date (ch, CK_DATE_ISSUED, ck_date_new_ymd (2001, 0, 0));
  ck_record_set (art, CK_FIELD_TITLE, "Season and Range");
  ck_record_set (art, CK_FIELD_CONTAINER_TITLE, "Journal ~ of ^ Things_");
  ck_record_take_name (art, ck_name_new_personal (CK_ROLE_AUTHOR, "Okafor", "Chidi"));
  ck_record_take_date (art, CK_DATE_ISSUED, ck_date_parse ("March-April 1998"));
  g_ptr_array_add (recs, ch);
  g_ptr_array_add (recs, art);
  return recs;
}

/* The real bibtex program reads what we write, without errors. */
static void
test_bibtex_program (void)
{
  g_autofree char *prog = g_find_program_in_path ("bibtex");
  g_autofree char *dir = NULL, *bib = NULL, *aux = NULL, *output = NULL;
  g_autoptr(GPtrArray) recs = NULL;
  const char *argv[] = { "bibtex", "t", NULL };

  if (!prog)
    {
      g_test_skip ("bibtex not installed");
      return;
    }
  dir = g_dir_make_tmp ("ck-bibtex-XXXXXX", NULL);
  recs = tool_records ();
  for (int ascii = 0; ascii < 2; ascii++)
    {
      CkWriteOptions wo = CK_WRITE_OPTIONS_INIT;
      wo.flags = ascii ? CK_WRITE_ASCII : 0;
      g_free (bib);
      bib = ck_format_write_all (ck_format_lookup ("bibtex"), recs, &wo, NULL);
      g_autofree char *bib_path = g_build_filename (dir, "out.bib", NULL);
      g_autofree char *aux_path = g_build_filename (dir, "t.aux", NULL);
      g_assert_true (g_file_set_contents (bib_path, bib, -1, NULL));
      g_assert_true (g_file_set_contents (aux_path,
                                          "\\citation{*}\n\\bibdata{out}\n\\bibstyle{plain}\n", -1, NULL));
      g_free (output);
      g_assert_true (run_tool (dir, argv, &output));
      g_test_message ("%s", output);
      g_assert_null (strstr (output, "error message"));
      g_assert_null (strstr (output, "I was expecting"));
    }
  /* Leave nothing behind. */
  {
    const char *names[] = { "out.bib", "t.aux", "t.bbl", "t.blg" };
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *p = g_build_filename (dir, names[i], NULL);
        g_unlink (p);
      }
    g_rmdir (dir);
  }
}

/* biber parses the biblatex we write and finds no syntax errors. */
static void
test_biber_program (void)
{
  g_autofree char *prog = g_find_program_in_path ("biber");
  g_autofree char *dir = NULL, *bib = NULL, *output = NULL, *path = NULL;
  g_autoptr(GPtrArray) recs = NULL;
  const char *argv[] = { "biber", "--tool", "--nolog", "out.bib", NULL };

  if (!prog)
    {
      g_test_skip ("biber not installed");
      return;
    }
  dir = g_dir_make_tmp ("ck-biber-XXXXXX", NULL);
  recs = tool_records ();
  bib = ck_format_write_all (ck_format_lookup ("biblatex"), recs, NULL, NULL);
  path = g_build_filename (dir, "out.bib", NULL);
  g_assert_true (g_file_set_contents (path, bib, -1, NULL));
  g_assert_true (run_tool (dir, argv, &output));
  g_test_message ("%s", output);
  g_assert_null (strstr (output, "ERROR"));
  {
    g_autofree char *tool_out = g_build_filename (dir, "out_bibertool.bib", NULL);
    g_unlink (tool_out);
    g_unlink (path);
    g_rmdir (dir);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/formats/bibtex/write/book", test_book_bibtex);
  g_test_add_func ("/formats/bibtex/write/book-biblatex", test_book_biblatex);
  g_test_add_func ("/formats/bibtex/write/types", test_types);
  g_test_add_func ("/formats/bibtex/write/container", test_container_fields);
  g_test_add_func ("/formats/bibtex/write/keys", test_keys_unique);
  g_test_add_func ("/formats/bibtex/write/escaping", test_escaping);
  g_test_add_func ("/formats/bibtex/write/ascii", test_ascii);
  g_test_add_func ("/formats/bibtex/write/losses", test_losses);
  g_test_add_func ("/formats/bibtex/write/record-roundtrip", test_record_roundtrip);
  g_test_add_func ("/formats/bibtex/write/text-roundtrip", test_text_roundtrip);
  g_test_add_func ("/formats/bibtex/write/bibtex-program", test_bibtex_program);
  g_test_add_func ("/formats/bibtex/write/biber-program", test_biber_program);
  return g_test_run ();
}
