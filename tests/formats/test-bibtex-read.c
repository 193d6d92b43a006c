/* test-bibtex-read.c — the BibTeX reader (bibtex-lex.c, bibtex-names.c,
 * bibtex-read.c) on the fixtures in tests/formats/bibtex/:
 * y_*.bib must be read without errors, n_*.bib must fail with the listed
 * error code or be read with the listed diagnostics.  One table below is
 * the manifest; every fixture in the folder must appear in it. */
#include "formats/bibtex-private.h"

#include <string.h>

typedef void (*CheckFunc) (GPtrArray *records);

typedef struct {
  const char *file;
  int         error_code;   /* -1: must succeed */
  guint       n_records;
  guint       min_problems; /* diag messages at WARNING or ERROR */
  const char *message;      /* a substring of some diag message or of the error */
  CheckFunc   check;
} Fixture;

static CkRecord *
rec_at (GPtrArray *records, guint i)
{
  g_assert_cmpuint (i, <, records->len);
  return g_ptr_array_index (records, i);
}

static char *
name_display (const CkRecord *rec, guint i)
{
  return ck_name_format_sorted (ck_record_get_name (rec, i));
}

static void
check_basic (GPtrArray *records)
{
  CkRecord *book = rec_at (records, 0), *art = rec_at (records, 1);
  const CkDate *date;
  g_autofree char *a0 = name_display (book, 0), *a1 = name_display (book, 1);

  g_assert_cmpint (ck_record_get_type (book), ==, CK_TYPE_BOOK);
  g_assert_cmpstr (ck_record_get_key (book), ==, "marlowe1931harbour");
  g_assert_cmpstr (ck_record_get (book, CK_FIELD_TITLE), ==, "The Harbour Ledger");
  g_assert_cmpstr (ck_record_get (book, CK_FIELD_PUBLISHER_PLACE), ==, "Bristol");
  g_assert_cmpstr (ck_record_get (book, CK_FIELD_EDITION), ==, "2nd");
  g_assert_cmpuint (ck_record_count_role (book, CK_ROLE_AUTHOR), ==, 2);
  g_assert_cmpuint (ck_record_count_role (book, CK_ROLE_EDITOR), ==, 1);
  g_assert_cmpuint (ck_record_count_role (book, CK_ROLE_TRANSLATOR), ==, 1);
  g_assert_cmpstr (a0, ==, "Marlowe, Edith");
  g_assert_cmpstr (a1, ==, "Ashgrove, Quentin");
  g_assert_cmpint (ck_record_get_date (book, CK_DATE_ISSUED)->year, ==, 1931);

  g_assert_cmpint (ck_record_get_type (art), ==, CK_TYPE_ARTICLE_JOURNAL);
  g_assert_cmpstr (ck_record_get (art, CK_FIELD_CONTAINER_TITLE), ==, "Journal of Maritime Ledgers");
  g_assert_cmpstr (ck_record_get (art, CK_FIELD_ISSUE), ==, "3");       /* number → issue for @article */
  g_assert_null (ck_record_get (art, CK_FIELD_NUMBER));
  g_assert_cmpstr (ck_record_get (art, CK_FIELD_PAGES), ==, "84–97");
  g_assert_cmpstr (ck_record_get (art, CK_FIELD_TITLE), ==, "Tides of the Atlantic Trade");
  g_assert_cmpstr (ck_record_get_extra (art, "latex:title"), ==, "Tides of the {Atlantic} Trade");
  /* url and doi are verbatim: no ~ → space, no _ games. */
  g_assert_cmpstr (ck_record_get (art, CK_FIELD_URL), ==, "https://example.org/~okafor/tides_2004");
  g_assert_cmpstr (ck_record_get (art, CK_FIELD_DOI), ==, "10.1000/jml.2004.12_3");
  date = ck_record_get_date (art, CK_DATE_ISSUED);
  g_assert_cmpint (date->year, ==, 2004);
  g_assert_cmpint (date->month, ==, 3);
}

static void
check_parens_strings (GPtrArray *records)
{
  CkRecord *r = rec_at (records, 0);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_TITLE), ==, "Salt and Iron");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER), ==, "Fenwick House");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_COLLECTION_TITLE), ==, "Ledger Studies in Commerce");
  g_assert_cmpint (ck_record_get_date (r, CK_DATE_ISSUED)->month, ==, 12);
}

static void
check_comments (GPtrArray *records)
{
  CkRecord *r = rec_at (records, 0);
  g_assert_cmpstr (ck_record_get_key (r), ==, "note2001");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_TITLE), ==, "Between the Lines");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER), ==, "Leaflet");  /* @misc howpublished */
}

static void
check_crossref (GPtrArray *records)
{
  CkRecord *ch = rec_at (records, 0);
  g_assert_cmpint (ck_record_get_type (ch), ==, CK_TYPE_CHAPTER);
  g_assert_cmpstr (ck_record_get (ch, CK_FIELD_TITLE), ==, "On Ropes");
  g_assert_cmpstr (ck_record_get (ch, CK_FIELD_CONTAINER_TITLE), ==, "Knots and Other Matters");
  g_assert_cmpstr (ck_record_get (ch, CK_FIELD_PUBLISHER), ==, "Twine Press");
  g_assert_cmpuint (ck_record_count_role (ch, CK_ROLE_EDITOR), ==, 1);
  g_assert_cmpint (ck_record_get_date (ch, CK_DATE_ISSUED)->year, ==, 1999);
  g_assert_nonnull (strstr (ck_record_get_extra (ch, BT_EXTRA_INHERITED), "booktitle"));
  g_assert_cmpstr (ck_record_get (rec_at (records, 1), CK_FIELD_TITLE), ==, "Knots and Other Matters");
}

static void
check_xdata (GPtrArray *records)
{
  CkRecord *r = rec_at (records, 0);   /* the @xdata entry itself is no record */
  const CkDate *d = ck_record_get_date (r, CK_DATE_ISSUED);
  g_assert_cmpuint (records->len, ==, 1);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER), ==, "Twine Press");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER_PLACE), ==, "Leeds");
  g_assert_cmpint (d->year, ==, 2001);
  g_assert_cmpint (d->month, ==, 5);
}

static void
check_names (GPtrArray *records)
{
  CkRecord *r = rec_at (records, 0);
  const CkName *n;

  g_assert_cmpuint (ck_record_get_n_names (r), ==, 6);
  n = ck_record_get_name (r, 0);
  g_assert_cmpstr (n->given, ==, "Ludwig");
  g_assert_cmpstr (n->particle, ==, "van");
  g_assert_cmpstr (n->family, ==, "Beethoven");
  n = ck_record_get_name (r, 1);
  g_assert_cmpstr (n->particle, ==, "de la");
  g_assert_cmpstr (n->family, ==, "Fontaine");
  g_assert_cmpstr (n->given, ==, "Jean");
  n = ck_record_get_name (r, 2);
  g_assert_cmpstr (n->family, ==, "King");
  g_assert_cmpstr (n->suffix, ==, "Jr");
  g_assert_cmpstr (n->given, ==, "Martin");
  n = ck_record_get_name (r, 3);
  g_assert_cmpstr (n->literal, ==, "Society of Invented Ledgers");
  g_assert_null (n->family);
  n = ck_record_get_name (r, 4);
  g_assert_cmpstr (n->family, ==, "Gödel");
  n = ck_record_get_name (r, 5);
  g_assert_cmpstr (n->family, ==, "Brinch Hansen");
  g_assert_cmpstr (n->given, ==, "Per");
  g_assert_cmpstr (ck_record_get_extra (r, BT_EXTRA_OTHERS), ==, "author");
}

static void
check_unknown_type (GPtrArray *records)
{
  CkRecord *r = rec_at (records, 0);
  g_assert_cmpint (ck_record_get_type (r), ==, CK_TYPE_DOCUMENT);
  g_assert_cmpstr (ck_record_get_extra (r, BT_EXTRA_TYPE), ==, "custompamphlet");
  g_assert_cmpstr (ck_record_get_extra (r, "bibtex:oddfield"), ==, "Some {Kept} Value");
}

static void
check_bom_crlf (GPtrArray *records)
{
  CkRecord *r = rec_at (records, 0);
  g_assert_cmpstr (ck_record_get_key (r), ==, "crlf1");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_TITLE), ==, "Windows Lines");
}

static void
check_latex (GPtrArray *records)
{
  CkRecord *r = rec_at (records, 0);
  g_assert_cmpstr (ck_record_get_name (r, 0)->family, ==, "Čapek");
  g_assert_cmpstr (ck_record_get_name (r, 1)->family, ==, "Müller");
  g_assert_cmpstr (ck_record_get_name (r, 1)->given, ==, "Jörg");
  g_assert_cmpstr (ck_record_get_name (r, 2)->family, ==, "Groß");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_TITLE), ==, "Naïve Études: pp.\u00A01–2 in $\\alpha$-space & more");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER), ==, "Østergaard & Søn");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PRICE), ==, "$19.95");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_URL), ==, "http://example.org/a~b_c");
}

static void
check_two_titles (GPtrArray *records, const char *key)
{
  g_assert_cmpuint (records->len, ==, 1);
  g_assert_cmpstr (ck_record_get_key (rec_at (records, 0)), ==, key);
}

static void check_good (GPtrArray *r)  { check_two_titles (r, "good"); }
static void check_after (GPtrArray *r) { check_two_titles (r, "after"); }
static void check_fine (GPtrArray *r)  { check_two_titles (r, "fine"); }

static void
check_macro (GPtrArray *records)
{
  /* An undefined macro stands for its own name rather than vanish. */
  g_assert_cmpstr (ck_record_get (rec_at (records, 0), CK_FIELD_CONTAINER_TITLE), ==, "undefinedjournal");
}

static const Fixture fixtures[] = {
  { "y_basic.bib",             -1, 2, 0, NULL, check_basic },
  { "y_parens_strings.bib",    -1, 1, 0, NULL, check_parens_strings },
  { "y_comments_preamble.bib", -1, 1, 0, NULL, check_comments },
  { "y_crossref.bib",          -1, 2, 0, NULL, check_crossref },
  { "y_xdata.bib",             -1, 1, 0, NULL, check_xdata },
  { "y_names.bib",             -1, 1, 0, NULL, check_names },
  { "y_unknown_type.bib",      -1, 1, 0, NULL, check_unknown_type },
  { "y_bom_crlf.bib",          -1, 1, 0, NULL, check_bom_crlf },
  { "y_latex.bib",             -1, 1, 0, NULL, check_latex },
  { "n_missing_comma.bib",     -1, 1, 1, "n_missing_comma.bib", check_good },
  { "n_unterminated.bib",      -1, 1, 1, "never closed", check_after },
  { "n_missing_equals.bib",    -1, 1, 1, "expected '=' after the field name 'title'", check_fine },
  { "n_crossref_cycle.bib",    -1, 3, 2, "cycle", NULL },
  { "n_undefined_macro.bib",   -1, 1, 1, "undefined macro 'undefinedjournal'", check_macro },
  { "n_invalid_utf8.bib",      CK_ERROR_ENCODING, 0, 0, "n_invalid_utf8.bib:2:", NULL },
  { "n_nul.bib",               CK_ERROR_ENCODING, 0, 0, "NUL", NULL },
  { "n_deep_braces.bib",       CK_ERROR_LIMIT, 0, 0, "deeper than 256", NULL },
};

static gboolean
diag_mentions (CkDiag *diag, const char *text, guint *out_problems)
{
  gboolean found = FALSE;
  *out_problems = 0;
  for (guint i = 0; i < ck_diag_get_n_messages (diag); i++)
    {
      const CkDiagMessage *m = ck_diag_get_message (diag, i);
      g_autofree char *full = g_strdup_printf ("%s:%u:%u: %s", m->source ? m->source : "", m->line,
                                               m->column, m->message);
      g_test_message ("diag: %s", full);
      if (m->level >= CK_DIAG_WARNING)
        (*out_problems)++;
      if (text && strstr (full, text))
        found = TRUE;
    }
  return found;
}

static void
run_fixture (gconstpointer data)
{
  const Fixture *fx = data;
  g_autofree char *path = g_build_filename (CK_TEST_SRCDIR, "formats", "bibtex", fx->file, NULL);
  g_autofree char *contents = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autoptr(GPtrArray) records = NULL;
  CkReadOptions ro = CK_READ_OPTIONS_INIT;
  guint problems = 0;
  gboolean mentioned;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  ro.diag = diag;
  records = ck_format_read_all (ck_format_lookup ("bibtex"), contents, len, fx->file, &ro, &error);
  mentioned = diag_mentions (diag, fx->message, &problems);
  if (fx->error_code >= 0)
    {
      g_assert_error (error, CK_ERROR, fx->error_code);
      g_assert_null (records);
      if (fx->message)
        g_assert_nonnull (strstr (error->message, fx->message));
      return;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, fx->n_records);
  if (fx->min_problems == 0)
    g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_ERROR), ==, 0);
  g_assert_cmpuint (problems, >=, fx->min_problems);
  if (fx->message)
    g_assert_true (mentioned);
  if (fx->check)
    fx->check (records);
}

/* Every fixture on disk is in the manifest, and the other way round. */
static void
test_manifest_complete (void)
{
  g_autofree char *dir = g_build_filename (CK_TEST_SRCDIR, "formats", "bibtex", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)))
    {
      gboolean listed = FALSE;
      if (!g_str_has_suffix (name, ".bib") || !(name[0] == 'y' || name[0] == 'n'))
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
        listed |= strcmp (fixtures[i].file, name) == 0;
      if (!listed)
        g_test_message ("fixture %s is not in the manifest", name);
      g_assert_true (listed);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (fixtures));
}

/* Positions in a diagnostic point at the offending token. */
static void
test_error_position (void)
{
  static const char text[] = "@book{a,\n  title = {x}\n  year = 1999,\n}\n";
  g_autoptr(CkDiag) diag = ck_diag_new ();
  CkReadOptions ro = CK_READ_OPTIONS_INIT;
  g_autoptr(GPtrArray) recs = NULL;
  const CkDiagMessage *m;

  ro.diag = diag;
  recs = ck_format_read_all (ck_format_lookup ("bibtex"), text, strlen (text), "mem.bib", &ro, NULL);
  g_assert_nonnull (recs);
  g_assert_cmpuint (recs->len, ==, 0);
  m = ck_diag_get_message (diag, 0);
  g_assert_cmpstr (m->source, ==, "mem.bib");
  g_assert_cmpuint (m->line, ==, 3);
  g_assert_cmpuint (m->column, ==, 3);
  g_assert_nonnull (strstr (m->message, "expected ','"));
}

/* Between entries, a "%" that starts a word comments out its line (as in
 * biber): an entry commented out line by line is skipped without a word,
 * while "%" inside a word and "%" inside an entry behave as before. */
static void
test_percent_comment (void)
{
  static const char text[] =
    "% An older version, kept for reference:\n"
    "%@BOOK{gone,\n"
    "%  AUTHOR = {Quill, Ada},\n"
    "%}\n"
    "   % @misc{gone2, title = {Also gone}}\n"
    "@book{kept, % a comment between fields\n"
    "  title = {Kept Title}}\n"
    "rate 50%@misc{inword, title = {Read}}\n";
  g_autoptr(CkDiag) diag = ck_diag_new ();
  CkReadOptions ro = CK_READ_OPTIONS_INIT;
  g_autoptr(GPtrArray) recs = NULL;

  ro.diag = diag;
  recs = ck_format_read_all (ck_format_lookup ("bibtex"), text, strlen (text), "pct.bib", &ro, NULL);
  g_assert_nonnull (recs);
  g_assert_cmpuint (recs->len, ==, 2);
  g_assert_cmpstr (ck_record_get_key (rec_at (recs, 0)), ==, "kept");
  g_assert_cmpstr (ck_record_get (rec_at (recs, 0), CK_FIELD_TITLE), ==, "Kept Title");
  g_assert_cmpstr (ck_record_get_key (rec_at (recs, 1)), ==, "inword");
  g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_WARNING), ==, 0);
  g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_ERROR), ==, 0);
}

/* A control character is read as the space it is replaced by — in a
 * value, after a key, between fields — and warned about once each. */
static void
test_control_as_space (void)
{
  static const char text[] = "@book{ctl\x01,\x02title = {One\x03Two \x0b Three},\n year = 1999}\n";
  g_autoptr(CkDiag) diag = ck_diag_new ();
  CkReadOptions ro = CK_READ_OPTIONS_INIT;
  g_autoptr(GPtrArray) recs = NULL;

  ro.diag = diag;
  recs = ck_format_read_all (ck_format_lookup ("bibtex"), text, strlen (text), "ctl.bib", &ro, NULL);
  g_assert_nonnull (recs);
  g_assert_cmpuint (recs->len, ==, 1);
  g_assert_cmpstr (ck_record_get_key (rec_at (recs, 0)), ==, "ctl");
  g_assert_cmpstr (ck_record_get (rec_at (recs, 0), CK_FIELD_TITLE), ==, "One Two Three");
  g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_WARNING), ==, 4);
  g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_ERROR), ==, 0);
}

/* @string lives per read: a second file does not see the first's macros. */
static void
test_strings_per_file (void)
{
  static const char a[] = "@string{pub = {Alpha Press}}\n@book{x, publisher = pub}\n";
  static const char b[] = "@book{y, publisher = pub}\n";
  const CkFormat *fmt = ck_format_lookup ("bibtex");
  g_autoptr(GPtrArray) ra = ck_format_read_all (fmt, a, strlen (a), "a.bib", NULL, NULL);
  g_autoptr(GPtrArray) rb = ck_format_read_all (fmt, b, strlen (b), "b.bib", NULL, NULL);

  g_assert_cmpstr (ck_record_get (rec_at (ra, 0), CK_FIELD_PUBLISHER), ==, "Alpha Press");
  g_assert_cmpstr (ck_record_get (rec_at (rb, 0), CK_FIELD_PUBLISHER), ==, "pub");
}

/* Per-type rows: number is a report number in @techreport, school the
 * publisher of a thesis, and a second synonym lands in an extra. */
static void
test_per_type_fields (void)
{
  static const char text[] =
    "@techreport{t, title = {T}, institution = {Inst}, number = {TR-7}}\n"
    "@phdthesis{p, title = {P}, school = {Univ}}\n"
    "@book{b, title = {B}, address = {Here}, location = {There}, number = {4}, series = {S}}\n";
  g_autoptr(GPtrArray) recs = ck_format_read_all (ck_format_lookup ("bibtex"), text, strlen (text), "t.bib", NULL, NULL);
  CkRecord *t = rec_at (recs, 0), *p = rec_at (recs, 1), *b = rec_at (recs, 2);

  g_assert_cmpint (ck_record_get_type (t), ==, CK_TYPE_REPORT);
  g_assert_cmpstr (ck_record_get (t, CK_FIELD_NUMBER), ==, "TR-7");
  g_assert_cmpstr (ck_record_get (t, CK_FIELD_PUBLISHER), ==, "Inst");
  g_assert_cmpint (ck_record_get_type (p), ==, CK_TYPE_THESIS);
  g_assert_cmpstr (ck_record_get (p, CK_FIELD_PUBLISHER), ==, "Univ");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER_PLACE), ==, "Here");
  g_assert_cmpstr (ck_record_get_extra (b, "bibtex:location"), ==, "There");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_COLLECTION_NUMBER), ==, "4");
}

/* A crossref chain longer than the limit is cut, not followed forever. */
static void
test_crossref_chain (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(CkDiag) diag = ck_diag_new ();
  CkReadOptions ro = CK_READ_OPTIONS_INIT;
  g_autoptr(GPtrArray) recs = NULL;

  for (int i = 0; i < 40; i++)
    g_string_append_printf (text, "@book{k%d, title = {T%d}, note%d = {n}, crossref = {k%d}}\n", i, i, i, i + 1);
  ro.diag = diag;
  recs = ck_format_read_all (ck_format_lookup ("bibtex"), text->str, text->len, "chain.bib", &ro, NULL);
  g_assert_cmpuint (recs->len, ==, 40);
  g_assert_cmpuint (ck_diag_count_level (diag, CK_DIAG_WARNING), >=, 1);
}

/* Targets are looked for ahead of the child, and every unusual case —
 * spaces around the key, the key inside a field before the real entry,
 * a target before its child, a duplicate key, an @string between child
 * and target — reads as a whole-file first pass would. */
static const char *
inherited_booktitle (GPtrArray *recs, const char *key)
{
  for (guint i = 0; i < recs->len; i++)
    {
      CkRecord *r = g_ptr_array_index (recs, i);
      if (g_strcmp0 (ck_record_get_key (r), key) == 0)
        return ck_record_get (r, CK_FIELD_CONTAINER_TITLE);
    }
  return NULL;
}

static void
test_crossref_targets (void)
{
  static const char text[] =
    "@inproceedings{lost, title = {L}, crossref = {nowhere}}\n"
    "@proceedings{early, title = {Early Proceedings}}\n"
    "@inproceedings{back, title = {B}, crossref = {early}}\n"
    "@inproceedings{ahead, title = {A}, crossref = {Late:Proc}}\n"
    "@misc{decoy, note = {see Late:Proc, pages 3-4}}\n"
    "@string{pub = {Macro Press}}\n"
    "@Proceedings{   Late:Proc , title = {Late Proceedings}, publisher = pub}\n"
    "@inproceedings{dup, title = {D}, crossref = {twice}}\n"
    "@proceedings{twice, title = {First Twice}}\n"
    "@proceedings{twice, title = {Second Twice}}\n"
    "@inproceedings{dup2, title = {E}, crossref = {twice}}\n"
    "@inproceedings{cased, title = {F}, crossref = {SAME-KEY}}\n"
    "@proceedings{Same-Key, title = {First in Any Case}}\n"
    "@proceedings{SAME-KEY, title = {Second, Written as Named}}\n";
  g_autoptr(GPtrArray) recs = ck_format_read_all (ck_format_lookup ("bibtex"), text, strlen (text), "x.bib", NULL, NULL);
  g_assert_nonnull (recs);
  g_assert_cmpuint (recs->len, ==, 13);
  g_assert_null (inherited_booktitle (recs, "lost"));
  g_assert_cmpstr (inherited_booktitle (recs, "back"), ==, "Early Proceedings");
  g_assert_cmpstr (inherited_booktitle (recs, "ahead"), ==, "Late Proceedings");
  for (guint i = 0; i < recs->len; i++)
    if (g_strcmp0 (ck_record_get_key (g_ptr_array_index (recs, i)), "ahead") == 0)
      g_assert_cmpstr (ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_PUBLISHER), ==, "Macro Press");
  /* the first of two entries with one key, before and after the child */
  g_assert_cmpstr (inherited_booktitle (recs, "dup"), ==, "First Twice");
  g_assert_cmpstr (inherited_booktitle (recs, "dup2"), ==, "First Twice");
  /* keys match in any case: the first entry, not the one written as named */
  g_assert_cmpstr (inherited_booktitle (recs, "cased"), ==, "First in Any Case");
}

static void
test_field_limit (void)
{
  static const char text[] = "@string{a = {0123456789}}\n@string{b = a # a # a # a}\n@book{x, title = b # b}\n";
  CkReadOptions ro = CK_READ_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recs = NULL;

  ro.max_field = 64;
  recs = ck_format_read_all (ck_format_lookup ("bibtex"), text, strlen (text), "big.bib", &ro, &error);
  g_assert_error (error, CK_ERROR, CK_ERROR_LIMIT);
  g_assert_null (recs);
}

static void
test_probe (void)
{
  static const char bib[] = "% comment\n@Article{x,\n title = {T}}\n";
  static const char blx[] = "@article{x,\n  journaltitle = {J},\n  date = {2001}}\n";
  g_assert_true (ck_format_detect ("x.bib", bib, strlen (bib)) == ck_format_lookup ("bibtex"));
  g_assert_true (ck_format_detect ("x.bib", blx, strlen (blx)) == ck_format_lookup ("biblatex"));
  g_assert_true (ck_format_detect (NULL, bib, strlen (bib)) == ck_format_lookup ("bibtex"));
  /* another format's content is not taken for BibTeX */
  g_assert_true (ck_format_detect (NULL, "TY  - BOOK\n", 11) != ck_format_lookup ("bibtex"));
  g_assert_true (ck_format_detect (NULL, "TY  - BOOK\n", 11) != ck_format_lookup ("biblatex"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/formats/bibtex/read/fixture/%s", fixtures[i].file);
      g_test_add_data_func (path, &fixtures[i], run_fixture);
    }
  g_test_add_func ("/formats/bibtex/read/manifest", test_manifest_complete);
  g_test_add_func ("/formats/bibtex/read/error-position", test_error_position);
  g_test_add_func ("/formats/bibtex/read/percent-comment", test_percent_comment);
  g_test_add_func ("/formats/bibtex/read/control-as-space", test_control_as_space);
  g_test_add_func ("/formats/bibtex/read/strings-per-file", test_strings_per_file);
  g_test_add_func ("/formats/bibtex/read/per-type-fields", test_per_type_fields);
  g_test_add_func ("/formats/bibtex/read/crossref-chain", test_crossref_chain);
  g_test_add_func ("/formats/bibtex/read/crossref-targets", test_crossref_targets);
  g_test_add_func ("/formats/bibtex/read/field-limit", test_field_limit);
  g_test_add_func ("/formats/bibtex/read/probe", test_probe);
  return g_test_run ();
}
