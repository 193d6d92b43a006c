/* test-hostile.c — the malformed-input table (manifest.tsv) checked through
 * the public API.
 *
 * Each manifest row becomes one test, /hostile/<format>/<input>[/<checks>]:
 * the input (a committed file, or one generated here — the big ones) is
 * read with ck_format_read() (or ck_extract_text()), the outcome is
 * classified as ok / warn / error:CODE and compared with the allowed
 * outcomes, and positions, record counts and the row's extra checks are
 * verified.  A crash, a hang (bounded by the meson timeout) or a wrong
 * outcome fails the row.  A format missing from the registry, or one that
 * cannot read yet, skips it.
 *
 * Every row runs in a child process (g_test_trap_subprocess) with a
 * deadline of CK_HOSTILE_ROW_TIMEOUT seconds (default 120), so a hang or a
 * crash fails that row alone.  `test-hostile -p /hostile/ris` runs a
 * subset; every row prints its actual outcome ("# outcome: …") on stderr so
 * the table can be reviewed.  Under valgrind, pass --trace-children=yes.
 */
#include "citekit.h"

#include <string.h>

#ifndef CK_HOSTILE_DIR
#error "CK_HOSTILE_DIR must name tests/hostile"
#endif

typedef struct {
  guint   lineno;
  char   *input;      /* file name in inputs/ or gen:NAME */
  char   *format;
  char  **expect;     /* allowed outcomes */
  char   *records;    /* "N", "<=N", ">=N" or "-" */
  char  **checks;     /* NULL when "-" */
} Row;

static void
row_free (Row *row)
{
  g_free (row->input);
  g_free (row->format);
  g_strfreev (row->expect);
  g_free (row->records);
  g_strfreev (row->checks);
  g_free (row);
}

/* ---- generated inputs ------------------------------------------------------ */

static void
append_repeated (GString *s, const char *text, gsize times)
{
  for (gsize i = 0; i < times; i++)
    g_string_append (s, text);
}

static void
gen_braces (GString *s, gsize depth)
{
  g_string_append (s, "@article{x, title={");
  append_repeated (s, "{", depth);
  g_string_append_c (s, 'a');
  append_repeated (s, "}", depth);
  g_string_append (s, "}}\n");
}

static void
gen_mods_deep (GString *s, gsize depth)
{
  g_string_append (s, "<?xml version=\"1.0\"?>\n<modsCollection xmlns=\"http://www.loc.gov/mods/v3\">"
                      "<mods ID=\"x\"><titleInfo><title>outer</title></titleInfo>");
  append_repeated (s, "<relatedItem type=\"host\">", depth);
  g_string_append (s, "<titleInfo><title>t</title></titleInfo>");
  append_repeated (s, "</relatedItem>", depth);
  g_string_append (s, "</mods></modsCollection>\n");
}

/* Builds the input named after "gen:"; FALSE for an unknown name. */
static gboolean
generate (const char *name, GString *s)
{
  if (g_str_equal (name, "empty"))
    return TRUE;
  if (g_str_equal (name, "braces_20"))
    gen_braces (s, 20);
  else if (g_str_equal (name, "braces_200"))
    gen_braces (s, 200);
  else if (g_str_equal (name, "braces_300"))
    gen_braces (s, 300);
  else if (g_str_equal (name, "deep_braces_200k"))
    gen_braces (s, 200000);
  else if (g_str_equal (name, "huge_field_5MB"))
    {
      g_string_append (s, "@article{x, title={");
      append_repeated (s, "a", 5000000);
      g_string_append (s, "}}\n");
    }
  else if (g_str_equal (name, "many_authors_50k"))
    {
      g_string_append (s, "@article{x, author={");
      for (guint i = 0; i < 50000; i++)
        g_string_append_printf (s, "%sAuthor%u, A.", i ? " and " : "", i);
      g_string_append (s, "}, title={t}}\n");
    }
  else if (g_str_equal (name, "string_doubling"))
    {
      /* Each macro is twice the previous one: s40 would be 1 TiB. */
      g_string_append (s, "@string{s0 = \"");
      append_repeated (s, "a", 1024);
      g_string_append (s, "\"}\n");
      for (guint i = 1; i <= 40; i++)
        g_string_append_printf (s, "@string{s%u = s%u # s%u}\n", i, i - 1, i - 1);
      g_string_append (s, "@article{x, title = s40}\n");
    }
  else if (g_str_equal (name, "bib_50k_entries") || g_str_equal (name, "bib_50k_same_key"))
    {
      gboolean same = g_str_equal (name, "bib_50k_same_key");
      for (guint i = 0; i < 50000; i++)
        g_string_append_printf (s, "@article{%s%u, author={Writer%u, A.}, title={Entry %u}, year=1999}\n",
                                same ? "dup" : "k", same ? 0 : i, i, i);
    }
  else if (g_str_equal (name, "ris_sn_variants"))
    {
      g_string_append (s, "TY  - JOUR\nSN  - ");
      append_repeated (s, "x", 100000);
      g_string_append (s, "\nSN  - 1234-567X; 978-3-16-148410-0\nSN  - \xff\xfe\nER  - \n");
    }
  else if (g_str_equal (name, "ris_long_line_10MB"))
    {
      g_string_append (s, "TY  - JOUR\nTI  - ");
      append_repeated (s, "b", 10000000);
      g_string_append (s, "\nER  - \n");
    }
  else if (g_str_equal (name, "ris_binary_garbage"))
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (1);
      for (guint i = 0; i < 65536; i++)
        g_string_append_c (s, (char) g_rand_int_range (rand, 0, 256));
    }
  else if (g_str_equal (name, "ris_100k_records"))
    {
      for (guint i = 0; i < 100000; i++)
        g_string_append_printf (s, "TY  - JOUR\nTI  - Title %u\nER  - \n\n", i);
    }
  else if (g_str_equal (name, "mods_deep_50k"))
    gen_mods_deep (s, 50000);
  else if (g_str_equal (name, "mods_deep_100"))
    gen_mods_deep (s, 100);
  else if (g_str_equal (name, "mods_entity_flood"))
    {
      g_string_append (s, "<?xml version=\"1.0\"?>\n<modsCollection xmlns=\"http://www.loc.gov/mods/v3\">"
                          "<mods ID=\"x\"><titleInfo><title>");
      append_repeated (s, "&#233;", 1000000);
      g_string_append (s, "</title></titleInfo></mods></modsCollection>\n");
    }
  else if (g_str_equal (name, "csl_deep_100k"))
    {
      append_repeated (s, "[", 100000);
      append_repeated (s, "]", 100000);
    }
  else if (g_str_equal (name, "csl_50k_records"))
    {
      g_string_append_c (s, '[');
      for (guint i = 0; i < 50000; i++)
        g_string_append_printf (s, "%s{\"id\": \"r%u\", \"type\": \"book\", \"title\": \"Entry %u\"}\n",
                                i ? "," : "", i, i);
      g_string_append (s, "]\n");
    }
  else if (g_str_equal (name, "isi_keywords"))
    {
      g_string_append (s, "FN ISI Export Format\nVR 1.0\nPT J\nAU X\nDE ;;;;;;;;\nID ");
      append_repeated (s, ";", 100000);
      g_string_append (s, "\nTI t\nER\n\nPT J\nDE\nID\nER\nEF\n");
    }
  else if (g_str_equal (name, "end_refer_garbage"))
    {
      g_string_append (s, "%0 Journal Article\n%A ");
      append_repeated (s, "x", 100000);
      g_string_append (s, "\n%@ \n%@\n%K ;;;\n%\n%%\n%0\n");
    }
  else if (g_str_equal (name, "isi_invalid_utf8") || g_str_equal (name, "isi_nul"))
    {
      g_string_append (s, "FN ISI Export Format\nVR 1.0\nPT J\nAU Quill, H\nTI bad ");
      if (g_str_equal (name, "isi_nul"))
        g_string_append_len (s, "before\0after", 12);
      else
        g_string_append (s, "M\xc3\x28ller \xff\xfe");
      g_string_append (s, "\nPY 1987\nER\n\nPT J\nTI clean\nER\n\nEF\n");
    }
  else if (g_str_equal (name, "endnote_invalid_utf8"))
    g_string_append (s, "%0 Book\n%A M\xc3\x28ller, J\xf0\x9f\n%T T\xe9st\n\n%0 Book\n%T clean\n");
  else if (g_str_equal (name, "endnote_control_chars"))
    g_string_append (s, "%0 Book\n%T bell\x07 escape\x1b[31m\n\n%0 Book\n%T clean\n");
  else if (g_str_equal (name, "endnote_5MB_field"))
    {
      g_string_append (s, "%0 Book\n%T ");
      append_repeated (s, "a", 5000000);
      g_string_append (s, "\n");
    }
  else if (g_str_equal (name, "xml_deep_50k"))
    {
      /* Well-formed XML nested past bibutils' stack, in no particular
       * vocabulary: the depth check must come before any parsing. */
      g_string_append (s, "<?xml version=\"1.0\"?>\n<xml><records><record>");
      append_repeated (s, "<titles>", 50000);
      append_repeated (s, "</titles>", 50000);
      g_string_append (s, "</record></records></xml>\n");
    }
  else if (g_str_equal (name, "extract_1MB_line"))
    append_repeated (s, "word ", 200000);
  else if (g_str_equal (name, "extract_open_parens"))
    {
      append_repeated (s, "(", 100000);
      g_string_append (s, " Jane Roe, An Invented Book (Oxford: Nowhere Press, 1990).\n");
    }
  else if (g_str_equal (name, "extract_many_citations"))
    {
      for (guint i = 0; i < 2000; i++)
        g_string_append_printf (s, "Then came Jane Roe%u, An Invented Book %u (Oxford: Nowhere Press, 1990), "
                                   "which we discuss. ", i, i);
    }
  else
    return FALSE;
  return TRUE;
}

static GBytes *
load_input (const Row *row)
{
  if (g_str_has_prefix (row->input, "gen:"))
    {
      GString *s = g_string_new (NULL);
      if (!generate (row->input + 4, s))
        g_error ("manifest.tsv:%u: no generator for %s", row->lineno, row->input);
      return g_string_free_to_bytes (s);
    }
  else
    {
      g_autofree char *path = g_build_filename (CK_HOSTILE_DIR, "inputs", row->input, NULL);
      g_autoptr(GError) error = NULL;
      char *data = NULL;
      gsize len = 0;

      g_file_get_contents (path, &data, &len, &error);
      g_assert_no_error (error);
      return g_bytes_new_take (data, len);
    }
}

/* ---- checking ------------------------------------------------------------------ */

static const char *
error_code_name (int code)
{
  static const char * const names[] = {
    [CK_ERROR_FAILED] = "FAILED",
    [CK_ERROR_IO] = "IO",
    [CK_ERROR_ENCODING] = "ENCODING",
    [CK_ERROR_PARSE] = "PARSE",
    [CK_ERROR_LIMIT] = "LIMIT",
    [CK_ERROR_UNKNOWN_FORMAT] = "UNKNOWN_FORMAT",
    [CK_ERROR_LOSS] = "LOSS",
    [CK_ERROR_EMPTY] = "EMPTY",
  };
  if (code >= 0 && (gsize) code < G_N_ELEMENTS (names) && names[code])
    return names[code];
  return "?";
}

static gboolean
outcome_allowed (char **expect, const char *outcome)
{
  for (guint i = 0; expect[i]; i++)
    {
      if (g_str_equal (expect[i], outcome))
        return TRUE;
      if (g_str_equal (expect[i], "error:*") && g_str_has_prefix (outcome, "error:"))
        return TRUE;
    }
  return FALSE;
}

static gboolean
records_match (const char *spec, guint n)
{
  if (g_str_equal (spec, "-"))
    return TRUE;
  if (g_str_has_prefix (spec, "<="))
    return n <= g_ascii_strtoull (spec + 2, NULL, 10);
  if (g_str_has_prefix (spec, ">="))
    return n >= g_ascii_strtoull (spec + 2, NULL, 10);
  return n == g_ascii_strtoull (spec, NULL, 10);
}

/* The value of "key=value" in @checks, or NULL. */
static const char *
check_value (char **checks, const char *key)
{
  gsize klen = strlen (key);
  for (guint i = 0; checks && checks[i]; i++)
    if (strncmp (checks[i], key, klen) == 0 && checks[i][klen] == '=')
      return checks[i] + klen + 1;
  return NULL;
}

typedef struct {
  gsize        bytes;     /* all text in all records */
  const char  *absent;    /* text that must not appear */
  gboolean     found;     /* … but did */
  const char  *bad_utf8;  /* the first string that is not UTF-8 */
} Scan;

static void
scan_text (Scan *scan, const char *text)
{
  if (!text)
    return;
  scan->bytes += strlen (text);
  if (scan->absent && strstr (text, scan->absent))
    scan->found = TRUE;
  if (!scan->bad_utf8 && !g_utf8_validate (text, -1, NULL))
    scan->bad_utf8 = text;
}

static void
scan_record (Scan *scan, CkRecord *rec, guint depth)
{
  if (depth > 64)
    return;
  scan_text (scan, ck_record_get_key (rec));
  for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
    scan_text (scan, ck_record_get (rec, f));
  for (guint i = 0; i < ck_record_get_n_names (rec); i++)
    {
      const CkName *name = ck_record_get_name (rec, i);
      scan_text (scan, name->family);
      scan_text (scan, name->given);
      scan_text (scan, name->particle);
      scan_text (scan, name->suffix);
      scan_text (scan, name->literal);
    }
  for (guint i = 0; i < ck_record_get_n_extras (rec); i++)
    {
      scan_text (scan, ck_record_get_extra_key (rec, i));
      scan_text (scan, ck_record_get_extra_value (rec, i));
    }
  for (guint i = 0; i < ck_record_get_n_relations (rec); i++)
    scan_record (scan, ck_record_get_relation (rec, i, NULL), depth + 1);
}

/* Marks the current row failed and moves on to the next one, so that one
 * run shows every row that is off, not just the first. */
#define FAIL(...) do {                          \
    g_autofree char *fail_msg_ = g_strdup_printf (__VA_ARGS__);   \
    g_printerr ("FAILED: %s\n", fail_msg_);   \
    g_test_fail_printf ("%s", fail_msg_);       \
    return;                                     \
  } while (0)

/* "source:LINE:COL" somewhere in @message. */
static gboolean
has_position (const char *message, const char *source)
{
  g_autofree char *quoted = g_regex_escape_string (source, -1);
  g_autofree char *pattern = g_strdup_printf ("%s:[0-9]+:[0-9]+", quoted);
  return g_regex_match_simple (pattern, message, 0, 0);
}

/* Why @row cannot run yet, or NULL. */
static char *
row_skip_reason (const Row *row)
{
  if (g_str_equal (row->format, "extract"))
    {
      guint n_detectors = 0;
      ck_extract_list_detectors (&n_detectors);
      return n_detectors ? NULL : g_strdup ("the extractor has no detectors yet");
    }
  else
    {
      const CkFormat *fmt = ck_format_lookup (row->format);
      if (!fmt || !ck_format_can_read (fmt))
        return g_strdup_printf ("format '%s' is not readable yet", row->format);
    }
  return NULL;
}

/* Each row runs in a child process with a deadline, so that a hang or a
 * crash fails that row only and the others still report. */
static void
test_row (gconstpointer data)
{
  const Row *row = data;
  g_autofree char *skip = row_skip_reason (row);
  const char *env_timeout = g_getenv ("CK_HOSTILE_ROW_TIMEOUT");
  guint64 seconds = env_timeout ? g_ascii_strtoull (env_timeout, NULL, 10) : 0;

  if (skip)
    {
      g_test_skip (skip);
      return;
    }
  if (seconds == 0)
    seconds = 120;
  g_test_trap_subprocess (NULL, seconds * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (g_test_trap_reached_timeout ())
    g_test_fail_printf ("manifest.tsv:%u: %s as %s: no result within %" G_GUINT64_FORMAT " s (a hang)",
                        row->lineno, row->input, row->format, seconds);
  else if (!g_test_trap_has_passed ())
    g_test_fail_printf ("manifest.tsv:%u: %s as %s: failed or crashed (messages above)",
                        row->lineno, row->input, row->format);
}

static void
run_row (gconstpointer data)
{
  const Row *row = data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CkDiag) diag = ck_diag_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *source = NULL;
  CkReadOptions options = CK_READ_OPTIONS_INIT;
  const char *value;
  const char *text;
  gsize len;
  guint n_warnings;

  source = g_strdelimit (g_strdup (row->input), ":", '-');
  if ((value = check_value (row->checks, "depth")))
    options.max_depth = (guint) g_ascii_strtoull (value, NULL, 10);
  if ((value = check_value (row->checks, "field")))
    options.max_field = (gsize) g_ascii_strtoull (value, NULL, 10);
  options.diag = diag;

  if (g_str_equal (row->format, "extract"))
    {
      CkExtractOptions eopts = CK_EXTRACT_OPTIONS_INIT;
      guint n_detectors = 0;

      ck_extract_list_detectors (&n_detectors);
      if (n_detectors == 0)
        {
          g_test_skip ("the extractor has no detectors yet");
          return;
        }
      bytes = load_input (row);
      text = g_bytes_get_data (bytes, &len);
      records = ck_extract_text (text ? text : "", len, source, &eopts, &error);
    }
  else
    {
      const CkFormat *fmt = ck_format_lookup (row->format);
      if (!fmt || !ck_format_can_read (fmt))
        {
          g_test_skip_printf ("format '%s' is not readable yet", row->format);
          return;
        }
      bytes = load_input (row);
      text = g_bytes_get_data (bytes, &len);
      records = ck_format_read_all (fmt, text ? text : "", len, source, &options, &error);
    }

  /* The GError contract: NULL exactly when an error is set. */
  g_assert_true ((records == NULL) == (error != NULL));
  if (error && error->domain == CK_ERROR && error->code == CK_ERROR_UNKNOWN_FORMAT)
    {
      /* A skip would end the child with status 77, read as a failure. */
      g_printerr ("# not readable yet: %s\n", error->message);
      return;
    }

  n_warnings = ck_diag_count_level (diag, CK_DIAG_WARNING) + ck_diag_count_level (diag, CK_DIAG_ERROR);
  if (error)
    outcome = g_strdup_printf ("error:%s", error->domain == CK_ERROR ? error_code_name (error->code) : "FOREIGN");
  else
    outcome = g_strdup (n_warnings ? "warn" : "ok");

  g_printerr ("# outcome: %s\t%s\t%s\t%s%u records, %u warnings%s%s\n",
                  row->input, row->format, outcome,
                  records ? "" : "(", records ? records->len : 0, n_warnings,
                  error ? ") " : "", error ? error->message : "");

  if (!outcome_allowed (row->expect, outcome))
    {
      g_autofree char *allowed = g_strjoinv ("|", row->expect);
      g_autofree char *first = NULL;
      if (n_warnings)
        first = g_strdup (ck_diag_get_message (diag, 0)->message);
      FAIL ("manifest.tsv:%u: %s as %s: expected %s, got %s%s%s",
               row->lineno, row->input, row->format, allowed, outcome,
               error ? ": " : (first ? "; first warning: " : ""),
               error ? error->message : (first ? first : ""));
    }

  if (error)
    {
      g_assert_true (error->domain == CK_ERROR);
      g_assert_nonnull (error->message);
      if (error->code == CK_ERROR_PARSE || error->code == CK_ERROR_ENCODING || error->code == CK_ERROR_LIMIT)
        if (!has_position (error->message, source))
          FAIL ("manifest.tsv:%u: error without %s:line:col: %s", row->lineno, source, error->message);
      return;
    }

  /* Every warning says where (an empty input has nowhere to point). */
  for (guint i = 0; len > 0 && i < ck_diag_get_n_messages (diag); i++)
    {
      const CkDiagMessage *msg = ck_diag_get_message (diag, i);
      if (msg->level >= CK_DIAG_WARNING && msg->line == 0)
        FAIL ("manifest.tsv:%u: warning without a line: %s", row->lineno, msg->message);
    }

  if (!records_match (row->records, records->len))
    FAIL ("manifest.tsv:%u: %s as %s: expected %s records, got %u",
             row->lineno, row->input, row->format, row->records, records->len);

  if ((value = check_value (row->checks, "names")))
    {
      guint n_names = records->len ? ck_record_get_n_names (g_ptr_array_index (records, 0)) : 0;
      if (n_names != g_ascii_strtoull (value, NULL, 10))
        FAIL ("manifest.tsv:%u: expected %s names, got %u", row->lineno, value, n_names);
    }

  {
    Scan scan = { 0, check_value (row->checks, "absent"), FALSE, NULL };
    for (guint i = 0; i < records->len; i++)
      scan_record (&scan, g_ptr_array_index (records, i), 0);
    if (scan.bad_utf8)
      {
        g_autofree char *shown = g_strescape (scan.bad_utf8, NULL);
        FAIL ("manifest.tsv:%u: a record holds text that is not UTF-8: \"%.200s\"", row->lineno, shown);
      }
    if (scan.found)
      FAIL ("manifest.tsv:%u: '%s' leaked into a record", row->lineno, scan.absent);
    if ((value = check_value (row->checks, "maxbytes")) && scan.bytes > g_ascii_strtoull (value, NULL, 10))
      FAIL ("manifest.tsv:%u: records hold %" G_GSIZE_FORMAT " bytes of text, more than %s",
            row->lineno, scan.bytes, value);
  }
}

/* ---- the manifest ---------------------------------------------------------------- */

static GPtrArray *
load_manifest (void)
{
  g_autofree char *path = g_build_filename (CK_HOSTILE_DIR, "manifest.tsv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) cols = NULL;
      Row *row;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      cols = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (cols) != 5)
        g_error ("manifest.tsv:%u: expected 5 TAB-separated columns", i + 1);
      row = g_new0 (Row, 1);
      row->lineno = i + 1;
      row->input = g_strdup (cols[0]);
      row->format = g_strdup (cols[1]);
      row->expect = g_strsplit (cols[2], "|", -1);
      row->records = g_strdup (cols[3]);
      row->checks = g_str_equal (cols[4], "-") ? NULL : g_strsplit (cols[4], ",", -1);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

int
main (int argc, char **argv)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_test_init (&argc, &argv, NULL);

  rows = load_manifest ();
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      g_autofree char *checks = row->checks ? g_strjoinv (",", row->checks) : NULL;
      g_autofree char *name = g_strdelimit (g_strdup (row->input), ":", '-');
      char *path = checks
        ? g_strdup_printf ("/hostile/%s/%s/%s", row->format, name, checks)
        : g_strdup_printf ("/hostile/%s/%s", row->format, name);

      if (!g_hash_table_add (seen, path))
        g_error ("manifest.tsv:%u: duplicate row %s", row->lineno, path);
      g_test_add_data_func (path, row, g_test_subprocess () ? run_row : test_row);
    }
  return g_test_run ();
}
