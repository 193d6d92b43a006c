/* detect-header.c — review headers written as a run of sentences in one
 * short paragraph (the journal and newspaper forms), where a line break,
 * if any, is only the wrap of the column:
 *
 *   Given Family. Title: Subtitle. Place: Publisher, Year. xiv + 310 pp. $42.00 (cloth), ISBN ….
 *   Title: Subtitle, 1840–1890. By Given Family. Place: Publisher, Year. £25.00.
 *   TITLE IN CAPITALS. By G. Family. Place: The Pub-
 *   lisher Company, l961. x + 220 pp. S5.00.
 *   A and B, Title, Publisher, City and City, 1998. xii + 300 pp., £12.50 hb.
 *   Family, Given. The title in sentence case. Publisher, 2015. 473p ISBN …
 *   Title One. By A. Firm and Sons. 7s. 6d.      (stacked notices, one a
 *   Title Two. By B. (Firm. 8s. 6d.)              line or run on)
 *
 * The paragraph is cut into sentences; each is a name ("Given Family."), an
 * inverted name ("Family, Given."), a by-line ("By X, translated by Y."), a
 * role ("Edited by X."), imprint elements, or — the first other one — the
 * title; a title and by-line after a whole notice start the next notice,
 * and a paragraph that reads as no one header is tried a line at a time.
 * A "Title: Subtitle" that looks like "Place: Publisher" is the title when
 * a later sentence holds the imprint.  OCR damage inside the
 * imprint ("Pub-\nlisher", "l961", "S5.00") is repaired on a copy before
 * the elements are read.  Runs before the line-oriented header-block
 * detector, which keeps the stacked layouts.
 */
#include "extract-private.h"
#include "scholar-shapes.h"
#include "detect-extra.h"
#include "title-yearparen.h"
#include "attribution.h"
#include <string.h>

#define HDR_MAX_LINES 4
#define HDR_MAX_SENTENCES 24
#define HDR_MAX_NOTICE_LINES 12   /* stacked one-line notices */

/* A copy of text[start,end) with line-break hyphens joined ("Pub-\nlisher"
 * → "Publisher") and OCR "l" for "1" in years ("l961") repaired; with
 * @fold, other line breaks and the indent after them read as one space
 * (for a sentence already read as one: "Translated by\n  Given Family"). */
static char *
repair_copy (const char *text, gsize start, gsize end, gboolean fold)
{
  GString *s = g_string_sized_new (end - start);
  for (gsize i = start; i < end; i++)
    {
      char c = text[i];
      if (c == '-' && i + 1 < end && text[i + 1] == '\n')
        {
          gsize k = i + 1;
          while (k < end && g_ascii_isspace (text[k]))
            k++;
          if (k < end && g_ascii_islower (text[k]) && i > start && g_ascii_isalpha (text[i - 1]))
            {
              i = k - 1;
              continue;
            }
        }
      /* "Translated by\n  Given Family": the wrap of the column is a space */
      if (c == '\n' && fold)
        {
          while (i + 1 < end && (text[i + 1] == ' ' || text[i + 1] == '\t'))
            i++;
          c = ' ';
        }
      if (c == 'l' && (i == start || !g_ascii_isalnum (text[i - 1])) && i + 3 < end &&
          g_ascii_isdigit (text[i + 1]) && g_ascii_isdigit (text[i + 2]) && g_ascii_isdigit (text[i + 3]) &&
          (i + 4 >= end || !g_ascii_isalnum (text[i + 4])))
        c = '1';
      g_string_append_c (s, c);
    }
  return g_string_free (s, FALSE);
}

typedef enum { S_TITLE, S_NAME, S_BYLINE, S_ROLE, S_IMPRINT, S_NAME_TITLE, S_OTHER, S_INVERTED, S_INVERTED_COLON, S_NAME_ED, S_INITIALS_TITLE, S_DESC } SentKind;

static guint
names_end (const CkExtractCtx *ctx, guint s, guint e)
{
  g_autoptr(GPtrArray) tmp = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  guint f = s, ne;
  /* "Ada Vell; Tom Quell.": some journals part the authors with a
   * semicolon */
  for (guint round = 0; round < 6; round++)
    {
      ne = ck_names_forward (ctx, f, e, CK_ROLE_AUTHOR, tmp);
      if (ne == f || ck_count_words (ctx, f, ne) < 2)
        return s;
      for (guint k = f; k < ne; k++)
        if (ck_tok_in_lex (ctx, k, CK_LEX_PLACES) || ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS))
          return s;
      if (!(ne + 1 < e && ck_tok_is_punct (ctx, ne, ';')))
        break;
      f = ne + 1;
    }
  return ne;
}

/* Adds the names of [s,e), a names sentence, to @rec: "A and B", or
 * "A; B" parted by semicolons. */
static void
add_name_sentence (const CkExtractCtx *ctx, CkRecord *rec, guint s, guint e)
{
  guint f = s;
  for (guint k = s; k <= e; k++)
    if (k == e || ck_tok_is_punct (ctx, k, ';'))
      {
        if (k > f)
          ck_add_names_span (ctx, rec, f, k, CK_ROLE_AUTHOR);
        f = k + 1;
      }
}

/* "$64.95 (hb); $24.95 (pb)": prices each with its binding in brackets,
 * and nothing else, in [s,e). */
static gboolean
prices_for_bindings (const CkExtractCtx *ctx, guint s, guint e)
{
  gboolean number = FALSE, binding = FALSE;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_NUMBER)
        number = TRUE;
      else if (t->kind == CK_TOK_WORD && ck_tok_in_lex (ctx, k, CK_LEX_BINDING))
        binding |= k > s && ck_tok_is_punct (ctx, k - 1, '(');
      else if (!(t->kind == CK_TOK_PUNCT && strchr ("$;,().", (int) t->ch)) && !ck_tok_in_lex (ctx, k, CK_LEX_CURRENCY) &&
               !(t->kind == CK_TOK_PUNCT && (t->ch == 0xA3 || t->ch == 0x20AC)))
        return FALSE;
    }
  return number && binding;
}

/* The end of a leading "A and B" name run followed by a comma, or @s. */
static guint
lead_names (const CkExtractCtx *ctx, guint s, guint e)
{
  guint ne = ck_name_span_forward (ctx, s, e);
  if (ne == s || ck_count_words (ctx, s, ne) < 2)
    return s;
  /* "Ann Reed, Tom Orr, Ada Vell, Title": more full names after commas,
   * each opening with a forename or an initial ("A. VELL, T. ORR and P.
   * LIND, TITLE") */
  while (ck_tok_is_punct (ctx, ne, ',') && ne + 1 < e &&
         (ck_tok_in_lex (ctx, ne + 1, CK_LEX_GIVEN_NAMES) || (ck_tok (ctx, ne + 1)->flags & CK_TOKF_INITIAL)))
    {
      guint ne2 = ck_name_span_forward (ctx, ne + 1, e);
      if (ne2 < ne + 3 || !(ck_tok_is_punct (ctx, ne2, ',') || ck_tok_is (ctx, ne2, "and")))
        break;
      ne = ne2;
    }
  if (ck_tok_is (ctx, ne, "and") || ck_tok_is_punct (ctx, ne, '&'))
    {
      guint ne2 = ck_name_span_forward (ctx, ne + 1, e);
      if (ne2 > ne + 2)
        ne = ne2;
    }
  for (guint k = s; k < ne; k++)
    if (ck_tok_in_lex (ctx, k, CK_LEX_PLACES) || ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS))
      return s;
  /* "New Haven, Conn./London: …": a place of two words */
  if (ck_span_in_lex (ctx, s, ne, CK_LEX_PLACES))
    return s;
  return ck_tok_is_punct (ctx, ne, ',') ? ne : s;
}

/* "(Publisher. 7s. 6d.)": the imprint in parentheses, without them. */
static void
unparen (const CkExtractCtx *ctx, guint *s, guint *e)
{
  guint ee = *e;
  while (ee > *s && ck_tok_is_punct (ctx, ee - 1, '.'))
    ee--;
  if (ee >= *s + 3 && ck_tok_is_punct (ctx, *s, '(') && ck_tok_is_punct (ctx, ee - 1, ')'))
    {
      (*s)++;
      *e = ee - 1;
    }
}

/* Whether every line break inside [s,e) has a word in lower case on
 * one side ("Published for the\nBritish Academy", "Oxford\nand
 * Cambridge"): the column's wrap inside a phrase, never a field on a
 * line of its own ("Ada Vell\nGannet: 2016"). */
static gboolean
wrapped_inside_phrase (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s + 1; k < e; k++)
    if (ck_tok (ctx, k)->nl >= 1 && !ck_tok_lower_word (ctx, k - 1) && !ck_tok_lower_word (ctx, k))
      return FALSE;
  return TRUE;
}

static gboolean
imprint_sentence (const CkExtractCtx *ctx, guint s, guint e)
{
  g_autofree char *txt = NULL;
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 1, found;
  unparen (ctx, &s, &e);
  txt = repair_copy (ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end, FALSE);
  if (ck_has_imprint_signal (txt, 0, strlen (txt)))
    return TRUE;
  found = ck_assemble_elements (probe, txt, 0, strlen (txt), CK_ELEM_BLOCK, &unknown);
  /* "The Swerve: How the World Became Modern.": a place opens with no
   * article, so "The Word: Words" with no year, price or extent is a
   * title and its subtitle */
  if (!ck_record_get_date (probe, CK_DATE_ISSUED) && !ck_record_has (probe, CK_FIELD_PRICE) &&
      !ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES))
    {
      guint c = s;
      gboolean firm = FALSE;
      while (c < e && !ck_tok_is_punct (ctx, c, ':'))
        c++;
      if ((ck_tok_is (ctx, s, "The") || ck_tok_is (ctx, s, "A") || ck_tok_is (ctx, s, "An")) &&
          !ck_span_in_lex (ctx, s, MIN (e, s + 2), CK_LEX_PLACES))
        return FALSE;
      /* "Too Much to Know: Managing Information.": no known place before
       * the colon and no firm's word after it */
      for (guint k = c + 1; k < e; k++)
        firm |= ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS);
      if (c < e && c > s + 2 && !firm && !ck_span_in_lex (ctx, s, c, CK_LEX_PLACES) &&
          !ck_span_in_lex (ctx, c + 1, e, CK_LEX_PUBLISHERS) && ck_count_words (ctx, s, c) >= 3)
        return FALSE;
    }
  if (found > 0 && unknown == 0 &&
      (ck_record_get_date (probe, CK_DATE_ISSUED) || ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE) ||
       ck_record_has (probe, CK_FIELD_PRICE) || ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES)))
    return TRUE;
  /* "London: Published for the\nBritish Academy by Firm, 1946.": a firm's
   * long name wrapped by the column, read as one line */
  if (unknown > 0 && memchr (txt, '\n', strlen (txt)) && wrapped_inside_phrase (ctx, s, e))
    {
      g_autofree char *folded = repair_copy (ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end, TRUE);
      g_autoptr(CkRecord) probe2 = ck_record_new (CK_TYPE_BOOK);
      unknown = 1;
      return ck_assemble_elements (probe2, folded, 0, strlen (folded), CK_ELEM_BLOCK, &unknown) > 0 && unknown == 0 &&
             ck_record_get_date (probe2, CK_DATE_ISSUED) && ck_record_has (probe2, CK_FIELD_PUBLISHER);
    }
  return FALSE;
}

/* "A life.", "A Biography.", "A memoir of her father.": the subtitle of
 * a life titled with its subject's name, on [s,e). */
gboolean
ck_life_subtitle (const CkExtractCtx *ctx, guint s, guint e)
{
  static const char * const lives[] = { "life", "biography", "memoir", "portrait", "study", NULL };
  while (e > s && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  return e >= s + 2 && e <= s + 6 && (ck_tok_is (ctx, s, "A") || ck_tok_is (ctx, s, "An")) &&
         ck_tok_in_words (ctx, s + 1, lives) && ck_count_words (ctx, s, e) == e - s;
}

/* Whether every part of the hyphened word @w ("black-and-white") is one
 * of @words. */
static gboolean
hyphened_words (const char *w, gsize len, const char * const *words)
{
  g_autofree char *low = g_ascii_strdown (w, len);
  g_auto(GStrv) parts = g_strsplit (low, "-", -1);
  if (!strchr (low, '-'))
    return FALSE;
  for (guint k = 0; parts[k]; k++)
    if (!g_strv_contains (words, parts[k]))
      return FALSE;
  return TRUE;
}

/* Whether [s,e) is a piece of a book's extent cut off by the stops of
 * its abbreviations: "+ 41 b.", "& w. ills.", "16 pls., 3 maps", "incl.
 * 154 col. ills." — numbers and the words of plates and illustrations. */
static gboolean
extent_fragment (const CkExtractCtx *ctx, guint s, guint e)
{
  static const char * const words[] = {
    "b", "w", "col", "cols", "colour", "color", "coloured", "ill", "ills", "illus", "illustrations", "pl", "pls",
    "plates", "map", "maps", "fig", "figs", "figures", "diagrams", "tables", "incl", "including", "and", "black",
    "white", "halftones", "line", "drawings", "pp", "photographs", "photos", "facs", "facsimiles", "plans", "in",
    "text", "mono", "frontis", "frontispiece", "ports", "portraits", NULL,
  };
  gboolean word = FALSE;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_NUMBER && !(t->flags & CK_TOKF_YEAR))
        continue;
      if (t->kind == CK_TOK_PUNCT && (t->ch == '+' || t->ch == '&' || t->ch == ',' || t->ch == '.' || t->ch == ';'))
        continue;
      if (t->kind == CK_TOK_WORD && (ck_tok_in_words (ctx, k, words) || ck_roman_volume_tok (ctx, k) ||
                                     hyphened_words (ctx->text + t->start, t->end - t->start, words)))
        {
          word = TRUE;
          continue;
        }
      return FALSE;
    }
  return word;
}

/* "CLARK, T. J.: Title", "THUILLIER, JACQUES: Title", "BRUYN, J., HAAK,
 * B., and VAN THIEL, P.: Title" at @s: a list of publications received
 * sets the inverted names in capitals before a colon.  Returns the
 * colon, or @s. */
static guint
inverted_caps_colon (const CkExtractCtx *ctx, guint s, guint e)
{
  guint k = s, commas = 0;
  if (!(ck_tok (ctx, s)->flags & CK_TOKF_UPPER) || ck_tok (ctx, s)->end - ck_tok (ctx, s)->start < 2)
    return s;
  for (; k < e && k < s + 40 && !ck_tok_is_punct (ctx, k, ':'); k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_PUNCT && (t->ch == ',' || t->ch == '.'))
        {
          commas += t->ch == ',';
          continue;
        }
      if (t->kind == CK_TOK_WORD && ((t->flags & (CK_TOKF_UPPER | CK_TOKF_INITIAL)) || ck_tok_is (ctx, k, "and")))
        continue;
      return s;
    }
  if (k >= e || !ck_tok_is_punct (ctx, k, ':') || commas == 0 || !ck_tok_cap_word (ctx, k + 1) ||
      (!ck_tok_is_punct (ctx, s + 1, ',') && !(s + 2 < k && ck_tok_is_punct (ctx, s + 2, ','))))
    return s;
  return k;
}

/* Adds the inverted names of [s,e) ("CLARK, T. J., and ORR, ADA") to @rec
 * with @role, the capitals of each name set in title case. */
static void
inverted_names_into (const CkExtractCtx *ctx, CkRecord *rec, guint s, guint e, CkRole role)
{
  guint k = s;
  while (k < e)
    {
      guint f0, f1, g0, g1;
      g_autofree char *family = NULL, *given = NULL;
      if (ck_tok_is (ctx, k, "and"))
        k++;
      f0 = k;
      while (k < e && !ck_tok_is_punct (ctx, k, ','))
        k++;
      f1 = k;
      if (k < e)
        k++;
      g0 = k;
      while (k < e && !ck_tok_is_punct (ctx, k, ',') && !ck_tok_is (ctx, k, "and"))
        k++;
      g1 = k;
      if (k < e && ck_tok_is_punct (ctx, k, ','))
        k++;
      if (f1 <= f0)
        break;
      family = ck_span_dup (ctx, f0, f1);
      given = g1 > g0 ? ck_span_dup (ctx, g0, g1) : NULL;
      ck_upper_to_title (&family);
      ck_upper_to_title (&given);
      ck_record_add_name_unique (rec, ck_name_new_personal (role, family, given));
    }
}

/* "Auden, W. H. The Old Road." at @s: a books-received list's inverted
 * name whose given names are initials, so that their stops end no
 * sentence before the title.  Returns the title's first token, or @s. */
static guint
initials_then_title (const CkExtractCtx *ctx, guint s, guint e)
{
  guint k = s, n = 0;
  while (k < e && k < s + 3 && ck_tok (ctx, k)->kind == CK_TOK_WORD && (ck_tok (ctx, k)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER)) &&
         !(ck_tok (ctx, k)->flags & CK_TOKF_INITIAL))
    k++;
  if (k == s || !ck_tok_is_punct (ctx, k, ',') || ck_tok_in_lex (ctx, s, CK_LEX_PLACES) ||
      ck_tok_in_lex (ctx, s, CK_LEX_PUBLISHER_WORDS) || ck_tok_in_lex (ctx, s, CK_LEX_NON_NAMES))
    return s;
  k++;
  while (k + 1 < e && (ck_tok (ctx, k)->flags & CK_TOKF_INITIAL) && ck_tok_is_punct (ctx, k + 1, '.'))
    {
      k += 2;
      n++;
    }
  /* (the title may be quoted: "RYLE, G. “Ordinary Language.”") */
  if (n > 0 && k + 1 < e && ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN && ck_tok_cap_word (ctx, k + 1))
    return k;
  return n > 0 && k < e && ck_tok_cap_word (ctx, k) && !(ck_tok (ctx, k)->flags & CK_TOKF_INITIAL) ? k : s;
}

/* "R. B. DOBSON (ed.)", "A. ORR and B. VELL (eds.)": names before the
 * editors' mark closing sentence [s,e); the mark's bracket, or @s. */
static guint
names_ed (const CkExtractCtx *ctx, guint s, guint e)
{
  guint op = e;
  while (op > s && !ck_tok_is_punct (ctx, op - 1, '('))
    op--;
  if (op <= s + 1 || op + 1 >= e || !(ck_tok_is (ctx, op, "ed") || ck_tok_is (ctx, op, "eds")))
    return s;
  op--;
  return names_end (ctx, s, op) == op ? op : s;
}

/* "(Firm, Place, 1987), £35.": the bracket that opens sentence [s,e)
 * when it closes before its end; its closing bracket, or @e. */
static guint
bracket_then_rest (const CkExtractCtx *ctx, guint s, guint e)
{
  int d = 0;
  if (!ck_tok_is_punct (ctx, s, '('))
    return e;
  for (guint k = s; k < e; k++)
    {
      d += ck_tok_is_punct (ctx, k, '(') ? 1 : ck_tok_is_punct (ctx, k, ')') ? -1 : 0;
      if (d == 0)
        return k + 1 < e ? k : e;
    }
  return e;
}

/* Whether sentence [s,e) is "Place: Publisher, Year …": an imprint that
 * names its publisher. */
static gboolean
publisher_imprint (const CkExtractCtx *ctx, guint s, guint e)
{
  g_autofree char *txt = NULL;
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 0;
  if (s >= e)
    return FALSE;
  txt = repair_copy (ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end, FALSE);
  return ck_assemble_elements (probe, txt, 0, strlen (txt), CK_ELEM_BLOCK, &unknown) >= 2 && unknown == 0 &&
         ck_record_has (probe, CK_FIELD_PUBLISHER) && ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE);
}

/* The rest of a "Names, Title, Publisher, Place, Year" sentence: a
 * publisher or a year, and at most one piece it cannot place (a double
 * place "City MA and City"). */
static gboolean
imprint_rest (const CkExtractCtx *ctx, guint s, guint e)
{
  g_autofree char *txt = NULL;
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 2, found;
  if (s >= e)
    return FALSE;
  if (imprint_sentence (ctx, s, e))
    return TRUE;
  txt = repair_copy (ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end, FALSE);
  found = ck_assemble_elements (probe, txt, 0, strlen (txt), CK_ELEM_BLOCK, &unknown);
  return found > 0 && unknown <= 1 && ck_record_has (probe, CK_FIELD_PUBLISHER) &&
         ck_record_get_date (probe, CK_DATE_ISSUED);
}

static gboolean
span_has_number (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_NUMBER)
      return TRUE;
  return FALSE;
}

static gboolean plain_elements (const CkExtractCtx *ctx, guint s, guint e);

/* "Varn (The Tin Bell, 2001) knows the delta well.": a sentence going on
 * in lower-case words after a bracket is prose, whatever the bracket
 * holds. */
static gboolean
prose_after_bracket (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    if (ck_tok_is_punct (ctx, k, ')'))
      /* ("Titre (Flandre, 1400-1500): Essai d'histoire": a subtitle) */
      return k + 2 < e && !plain_elements (ctx, k + 1, e) &&
             !(ck_tok_is_punct (ctx, k + 1, ':') && ck_tok_cap_word (ctx, k + 2));
  return FALSE;
}

/* Whether [s,e) reads as imprint elements, not prose: no word in lower
 * case but function words and the trade's own ("pp", "net", "paper",
 * "cloth", "vols", "incl", …). */
static gboolean
plain_elements (const CkExtractCtx *ctx, guint s, guint e)
{
  static const char * const trade[] = { "pp", "p", "net", "paper", "paperback", "cloth", "boards", "hbk", "pbk",
                                        "vols", "vol", "incl", "ills", "illus", "ed", "edn", "b", "w", "col", "pls",
                                        "maps", "figs", "plates", "tables", "diagrams", "d", "s", "and",
                                        /* a library card's "bibl index afp $45.00; pa $16.95" */
                                        "bibl", "index", "afp", "pa", "ill", "bibliog", "bibliogr", "notes", NULL };
  for (guint k = s; k < e; k++)
    if (ck_tok_lower_word (ctx, k) && !(ck_tok (ctx, k)->flags & CK_TOKF_FUNC) && !ck_tok_in_words (ctx, k, trade) &&
        !ck_roman_volume_tok (ctx, k))
      return FALSE;
  return TRUE;
}

static void
elements_into (const CkExtractCtx *ctx, CkRecord *rec, guint s, guint e)
{
  g_autofree char *txt = NULL;
  guint op, cl;
  unparen (ctx, &s, &e);
  /* "Pp. xxii + 727 incl.": the extent's abbreviation cut off from the
   * plates it counts ("32 colour ills.", read as a fragment) */
  {
    guint q = e > s + 1 && ck_tok_is_punct (ctx, e - 1, '.') ? e - 1 : e;
    if (q > s + 1 && (ck_tok_is (ctx, q - 1, "incl") || ck_tok_is (ctx, q - 1, "including")))
      e = q - 1;
  }
  if (s >= e)
    return;
  op = s;
  /* "202 pp. (Firm, 1987.) £35.": a bracket inside the run is read on
   * its own, and what stands before and after it */
  while (op < e && !ck_tok_is_punct (ctx, op, '('))
    op++;
  for (cl = op; cl < e && !ck_tok_is_punct (ctx, cl, ')'); cl++)
    ;
  if (op < e && cl < e && cl > op + 1 && (op > s || cl + 1 < e) &&
      /* what stands around the bracket: nothing, a place, or elements
       * with a number ("202 pp.", "1963", "£35") — never a name */
      plain_elements (ctx, s, op) && plain_elements (ctx, cl + 1, e) &&
      (op == s || ck_span_in_lex (ctx, s, op, CK_LEX_PLACES) || span_has_number (ctx, s, op)) &&
      (cl + 1 >= e || span_has_number (ctx, cl + 1, e)))
    {
      elements_into (ctx, rec, s, op);
      elements_into (ctx, rec, op, cl + 1);
      if (cl + 1 < e)
        elements_into (ctx, rec, ck_tok_is_punct (ctx, cl + 1, ',') ? cl + 2 : cl + 1, e);
      return;
    }
  txt = repair_copy (ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end, TRUE);
  ck_assemble_elements (rec, txt, 0, strlen (txt), CK_ELEM_BLOCK, NULL);
}

/* "Family, Given" or "Family-Name, G. H." at @s: returns the end of the
 * given names (== @s when none) and sets *@comma to the comma.  With the
 * family name in capitals the given names are not, unless they are
 * known given names ("QUELL, ADA."): "SALT, IRON." is a title. */
static guint
inverted_end (const CkExtractCtx *ctx, guint s, guint e, guint *comma)
{
  guint k = s, ge;
  gboolean upper_family;
  while (k < e && k < s + 3 && ck_tok (ctx, k)->kind == CK_TOK_WORD && (ck_tok (ctx, k)->flags & CK_TOKF_CAP) &&
         !(ck_tok (ctx, k)->flags & CK_TOKF_UPPER))
    k++;
  /* "BECKETT, Samuel.": booksellers and bibliographies set the family
   * name in capitals; the given names after it are not */
  upper_family = k == s && s + 1 < e && ck_tok (ctx, s)->kind == CK_TOK_WORD &&
                 (ck_tok (ctx, s)->flags & CK_TOKF_UPPER) && ck_tok (ctx, s)->end - ck_tok (ctx, s)->start > 1;
  if (upper_family)
    k = s + 1;
  if (k == s || !ck_tok_is_punct (ctx, k, ',') || ck_tok_in_lex (ctx, s, CK_LEX_PLACES) ||
      ck_tok_in_lex (ctx, s, CK_LEX_PUBLISHER_WORDS) || ck_tok_in_lex (ctx, s, CK_LEX_NON_NAMES))
    return s;
  {
    /* "Vell, Sir Arthur.", "Orr, Dr. C. D.", "Lind, Prof. Ada.": the old
     * lists' style before the given names */
    guint g0 = ck_honorific_skip (ctx, k + 1, e);
    ge = ck_name_span_forward (ctx, g0, e);
    /* (initials alone are the given names of an inverted name: "C. D.") */
    if (ge == g0)
      while (ge < e && (ck_tok (ctx, ge)->flags & CK_TOKF_INITIAL) &&
             (ge + 1 == e || ck_tok_is_punct (ctx, ge + 1, '.')))
        ge = MIN (ge + 2, e);
    if (ge == g0 || ck_count_words (ctx, g0, ge) > 3)
      return s;
  }
  /* "Lind, Piet von.": the family name's particle after the given names */
  if (ge < e && ck_tok_lower_word (ctx, ge) && ck_tok_in_lex (ctx, ge, CK_LEX_PARTICLES) &&
      (ge + 1 == e || ck_tok_is_punct (ctx, ge + 1, '.') || ck_tok_is_punct (ctx, ge + 1, ',')))
    ge++;
  for (guint q = k + 1; q < ge; q++)
    if (ck_tok_in_lex (ctx, q, CK_LEX_PLACES) || ck_tok_in_lex (ctx, q, CK_LEX_PUBLISHER_WORDS) ||
        (upper_family && ck_tok (ctx, q)->kind == CK_TOK_WORD && (ck_tok (ctx, q)->flags & CK_TOKF_UPPER) &&
         ck_tok (ctx, q)->end - ck_tok (ctx, q)->start > 1 && !ck_tok_in_lex (ctx, q, CK_LEX_GIVEN_NAMES)))
      return s;
  if (comma)
    *comma = k;
  return ge;
}

/* Whether text[s,e) holds a price, an extent or an ISBN — marks no
 * title carries. */
static gboolean
trade_marks (const CkExtractCtx *ctx, guint s, guint e)
{
  g_autofree char *txt = NULL;
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  if (s >= e)
    return FALSE;
  txt = repair_copy (ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end, FALSE);
  ck_assemble_elements (probe, txt, 0, strlen (txt), CK_ELEM_BLOCK, NULL);
  return ck_record_has (probe, CK_FIELD_PRICE) || ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES) ||
         ck_record_has (probe, CK_FIELD_ISBN);
}

static SentKind classify (const CkExtractCtx *ctx, guint s, guint e, guint *mid);

/* Whether the sentence [s,e) is one number and its stop ("1919."). */
static gboolean
number_sentence (const CkExtractCtx *ctx, guint s, guint e)
{
  while (e > s && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  return e == s + 1 && ck_tok (ctx, s)->kind == CK_TOK_NUMBER;
}

/* "(The Raleigh Lecture on History, British Academy, 1944.)", "(Salt
 * Studies, No. 12.)": a series or a lecture the book belongs to, set in
 * brackets between by-line and imprint. */
static gboolean
series_statement (const CkExtractCtx *ctx, guint s, guint e)
{
  static const char * const marks[] = { "lecture", "lectures", "series", "library", "studies", "monographs",
                                        "publications", "memoirs", "texts", "papers",
                                        /* "(Reports of the Research Committee of the X Society, No. 11.)" */
                                        "reports", "bulletin", "transactions", "proceedings", "handbooks",
                                        "contributions", NULL };
  /* a French, German, Italian or Spanish series writes its name in
   * sentence case after the word for a series: "(Bibliothèque des ports.)" */
  static const char * const foreign_marks[] = { "collection", "bibliothèque", "sammlung", "schriften", "reihe",
                                                "biblioteca", "collana", "colección", "cahiers", "travaux", NULL };
  gboolean mark = FALSE, foreign;
  if (e < s + 3 || !ck_tok_is_punct (ctx, s, '(') || !ck_tok_is_punct (ctx, e - 1, ')') ||
      !(ck_tok (ctx, s + 1)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER)) || ck_count_words (ctx, s, e) > 16)
    return FALSE;
  foreign = ck_tok_in_words (ctx, s + 1, foreign_marks);
  mark = foreign && e > s + 3;
  for (guint k = s + 1; k + 1 < e; k++)
    {
      if (ck_tok_is_punct (ctx, k, '(') || ck_tok_is_punct (ctx, k, ')'))
        return FALSE;
      if (ck_tok_lower_word (ctx, k) && !(ck_tok (ctx, k)->flags & CK_TOKF_FUNC) && !foreign)
        return FALSE;
      mark |= ck_tok_cap_word (ctx, k) && ck_tok_in_words (ctx, k, marks);
    }
  return mark;
}

/* "With maps.", "With 16 plates and a frontispiece.", "Illustrated.": the
 * old notices' statement of the pictures, between by-line and imprint. */
static gboolean
illustration_statement (const CkExtractCtx *ctx, guint s, guint e)
{
  static const char * const nouns[] = { "map", "maps", "plate", "plates", "illustration", "illustrations", "portrait",
                                        "portraits", "frontispiece", "photographs", "diagrams", "drawings", "figures",
                                        "plans", "woodcuts", "engravings", NULL };
  static const char * const fillers[] = { "with", "and", "a", "an", "in", "numerous", "many", "other", "coloured",
                                          "colour", "color", "full-page", "the", "text", NULL };
  gboolean noun = FALSE;
  if (ck_tok_is (ctx, s, "Illustrated") && e == s + 1)
    return TRUE;
  if (!ck_tok_is (ctx, s, "With") || e > s + 10)
    return FALSE;
  for (guint k = s + 1; k < e; k++)
    {
      if (ck_tok (ctx, k)->kind == CK_TOK_NUMBER || ck_tok_is_punct (ctx, k, ','))
        continue;
      if (ck_tok (ctx, k)->kind != CK_TOK_WORD || ck_tok_cap_word (ctx, k))
        return FALSE;
      if (ck_tok_in_words (ctx, k, nouns))
        noun = TRUE;
      else if (!ck_tok_in_words (ctx, k, fillers))
        return FALSE;
    }
  return noun;
}

/* "With an Essay on Sir Ada Vell's Lecture by TOM ORR.": matter another
 * hand added, its writer named after "by"; no role of the book's. */
static gboolean
added_matter (const CkExtractCtx *ctx, guint s, guint e)
{
  static const char * const matter[] = { "essay", "essays", "note", "notes", "appendix", "appendices", "chapter",
                                         "chapters", "contribution", "contributions", "bibliography", "glossary",
                                         "index", "postscript", "reply", "letter", "letters", NULL };
  guint k = s + 2;
  if (!ck_tok_is (ctx, s, "With") || !(ck_tok_is (ctx, s + 1, "a") || ck_tok_is (ctx, s + 1, "an")) ||
      !ck_tok_in_words (ctx, k, matter))
    return FALSE;
  for (; k + 1 < e && k < s + 20; k++)
    if (ck_tok_is (ctx, k, "by") && ck_tok_lower_word (ctx, k))
      return ck_name_span_forward (ctx, k + 1, e) == e;
  return FALSE;
}

/* The inverted name "Family, Given" on [s,e) as an author. */
static void
add_inverted (const CkExtractCtx *ctx, CkRecord *rec, guint s, guint e)
{
  guint comma = s;
  g_autofree char *family = NULL, *given = NULL;
  inverted_end (ctx, s, e, &comma);
  /* no comma, no inverted name: nothing to add */
  if (comma <= s || comma >= e)
    return;
  family = ck_span_dup (ctx, s, comma);
  given = ck_span_dup (ctx, ck_honorific_skip (ctx, comma + 1, e), e);
  /* "Given." loses the sentence's stop, "G. H." keeps its own */
  if (given && g_str_has_suffix (given, ".") && !(ck_tok (ctx, e - 2)->flags & CK_TOKF_INITIAL))
    given[strlen (given) - 1] = '\0';
  ck_record_add_name_unique (rec, ck_name_new_personal (CK_ROLE_AUTHOR, family, given));
}

/* Whether one of the sentences from @k on reads as an imprint. */
static gboolean
later_imprint (const CkExtractCtx *ctx, const guint *sent, guint k, guint n_sent)
{
  for (; k < n_sent; k++)
    {
      guint mid;
      if (classify (ctx, sent[k], sent[k + 1], &mid) == S_IMPRINT)
        return TRUE;
    }
  return FALSE;
}

/* Words that open or carry a clause in prose. */
static const char * const clause_words[] = {
  "that", "which", "who", "whom", "is", "was", "are", "were", "has", "had", "have", "remains", "remain", "but", NULL,
};

/* "ABEL, BRIAN, and TOWN, PETER.": an older list inverts both authors;
 * the end of the second name, or @s. */
static guint
inverted_pair_end (const CkExtractCtx *ctx, guint s, guint e)
{
  guint e1 = inverted_end (ctx, s, e, NULL), e2;
  if (e1 == s || e1 + 3 >= e || !ck_tok_is_punct (ctx, e1, ',') || !ck_tok_is (ctx, e1 + 1, "and"))
    return s;
  if ((e2 = inverted_end (ctx, e1 + 2, e, NULL)) > e1 + 2)
    return e2;
  /* "Lind, L. D., and E. M. Orr.", "Quell, Ada, and Tom Vell.": Chicago
   * inverts the first name only */
  if ((e2 = ck_name_span_forward (ctx, e1 + 2, e)) >= e1 + 4 && ck_count_words (ctx, e1 + 2, e2) >= 1 &&
      !ck_tok_is_punct (ctx, e2 - 1, ','))
    return e2;
  return s;
}

static const char * const contents_words[] = { "including", "includes", "containing", "contains", NULL };

/* Styles of address set before a name in a by-line, abbreviated with
 * their stops: "By the Rt. Hon. Ada Vell", "By the Rev. Tom Orr". */
static const char * const style_abbrevs[] = { "rt", "hon", "rev", "revd", "very", "right", "honourable",
                                              "reverend", NULL };

/* The first token of the name in a by-line opening at @s ("By"): past
 * "the", an honorific and abbreviated styles with their stops. */
static guint
byline_name_start (const CkExtractCtx *ctx, guint s, guint e)
{
  guint k = s + 1;
  if (k < e && ck_tok_is (ctx, k, "the") && ck_tok_lower_word (ctx, k))
    k++;
  while (k < e &&
         (ck_tok_in_words (ctx, k, style_abbrevs) || ck_attr_honorific (ctx, k) ||
          (ck_tok_is_honorific (ctx, k) && ck_tok_is (ctx, k + 1, "of"))) &&
         ck_tok_cap_word (ctx, k))
    {
      k++;
      if (k < e && ck_tok_is_punct (ctx, k, '.'))
        k++;
    }
  /* "By the Countess of Vell": a peer's title names her by its place */
  if (k > s + 1 && k + 1 < e && ck_tok_is (ctx, k, "of") && ck_tok_lower_word (ctx, k) && ck_tok_cap_word (ctx, k + 1) &&
      ck_tok_is_honorific (ctx, k - 1))
    k++;
  return k;
}

/* "63s.; $10.00.": the price in each country, parted by semicolons */
static gboolean
prices_in_currencies (const CkExtractCtx *ctx, guint s, guint e)
{
  guint start = s, parts = 0;
  for (guint k = s; k <= e; k++)
    if (k == e || ck_tok_is_punct (ctx, k, ';'))
      {
        g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
        guint unknown = 1;
        if (k == start || ck_assemble_elements (probe, ctx->text, ck_tok (ctx, start)->start, ck_tok (ctx, k - 1)->end,
                                                CK_ELEM_INLINE, &unknown) != 1 ||
            unknown > 0 || !ck_record_has (probe, CK_FIELD_PRICE))
          return FALSE;
        parts++;
        start = k + 1;
      }
  return parts >= 2;
}

static SentKind
classify (const CkExtractCtx *ctx, guint s, guint e, guint *mid)
{
  guint ee = e;
  CkRole role;
  while (ee > s && ck_tok_is_punct (ctx, ee - 1, '.'))
    ee--;
  *mid = s;
  if (ee <= s)
    return S_OTHER;
  /* "Salt Road, The.": a list's title with its article set last */
  if (ee >= s + 3 && ck_tok_is_punct (ctx, ee - 2, ',') && ck_tok_cap_word (ctx, ee - 1) &&
      (ck_tok_is (ctx, ee - 1, "The") || ck_tok_is (ctx, ee - 1, "A") || ck_tok_is (ctx, ee - 1, "An")) &&
      ck_tok_cap_word (ctx, s))
    return S_TITLE;
  /* "QUELL, Ada (1820-1910).": a dealer's or a library's heading gives
   * the life's years after the inverted name */
  if (ee >= s + 7 && ck_tok_is_punct (ctx, ee - 1, ')') && ck_tok_is_punct (ctx, ee - 5, '(') &&
      ck_tok (ctx, ee - 4)->kind == CK_TOK_NUMBER && (ck_tok_is_punct (ctx, ee - 3, '-') || ck_tok_is_punct (ctx, ee - 3, 0x2013)) &&
      ck_tok (ctx, ee - 2)->kind == CK_TOK_NUMBER && inverted_end (ctx, s, ee - 5, NULL) == ee - 5)
    return S_INVERTED;
  /* "a study of the fields (London: Firm, 1955) that few read": a
   * clause after a parenthesis is a sentence's, not a header's (a
   * catalogue's "(Series) bibl index" is no clause) */
  for (guint k = s + 1; k + 2 < ee; k++)
    if (ck_tok_is_punct (ctx, k, ')') && ck_tok_lower_word (ctx, k + 1) && ck_tok_in_words (ctx, k + 1, clause_words) &&
        ck_tok_lower_word (ctx, k + 2))
      return S_OTHER;
  if (ck_tok_is (ctx, s, "By") && ck_name_span_forward (ctx, s + 1, ee) > s + 1)
    return S_BYLINE;
  /* "<i>Poverty, by Salt</i>.": the page set the sentence in italics,
   * the mark of a title, whatever its words */
  {
    guint n = ck_n_toks (ctx), it = ck_italic_tag_at (ctx, s, n, FALSE);
    if (it > s && it < ee)
      {
        guint c = it;
        while (c < ee && ck_italic_tag_at (ctx, c, n, TRUE) == c)
          c++;
        if (c > it && c < ee && ck_italic_tag_at (ctx, c, n, TRUE) == ee)
          return S_TITLE;
      }
  }
  if (illustration_statement (ctx, s, ee) || series_statement (ctx, s, ee) || added_matter (ctx, s, ee))
    return S_DESC;
  /* "By Sir James Vell.", "By the Rt. Hon. Ada Vell.": a style before the name */
  if (ck_tok_is (ctx, s, "By") && s + 2 < ee)
    {
      guint ns = byline_name_start (ctx, s, ee);
      if (ns > s + 1 && ck_name_span_forward (ctx, ns, ee) > ns)
        return S_BYLINE;
    }
  /* "(Cambridge University Press, Cambridge, 1987), £35.": the imprint
   * in brackets, the price after them */
  {
    guint c = bracket_then_rest (ctx, s, ee);
    if (c < ee && imprint_sentence (ctx, s + 1, c) && imprint_sentence (ctx, ck_tok_is_punct (ctx, c + 1, ',') ? c + 2 : c + 1, ee))
      return S_IMPRINT;
  }
  /* "ISBN 978 1 5064 0842 4.": the book's number, one more element of
   * the imprint (its capitals read as a name's) */
  if (ck_tok_is (ctx, s, "ISBN") && s + 1 < ee)
    return S_IMPRINT;
  /* "10s. 6d. (paper).": the binding the price was for */
  if (ee == s + 3 && ck_tok_is_punct (ctx, s, '(') && ck_tok_is_punct (ctx, s + 2, ')') &&
      ck_tok_in_lex (ctx, s + 1, CK_LEX_BINDING))
    return S_IMPRINT;
  if (prices_for_bindings (ctx, s, ee) || prices_in_currencies (ctx, s, ee))
    return S_IMPRINT;
  if ((*mid = inverted_caps_colon (ctx, s, ee)) > s)
    return S_INVERTED_COLON;
  if ((*mid = initials_then_title (ctx, s, ee)) > s)
    return S_INITIALS_TITLE;
  if ((*mid = names_ed (ctx, s, e)) > s)
    return S_NAME_ED;
  *mid = s;
  /* "Pp. xiv, 286, 16 pls., 3 maps.": the extent alone */
  if ((ck_tok_is (ctx, s, "pp") || ck_tok_is (ctx, s, "p")) && extent_fragment (ctx, s, ee))
    return S_IMPRINT;
  if (ck_role_phrase_at (ctx, s, ee, &role) > s)
    return S_ROLE;
  /* "Given Family, Title", "A and B, Title, Publisher, Place, Year" */
  {
    guint ln = lead_names (ctx, s, ee), sx;
    /* "LYNN VELL, JR., Title": the suffix ends the name */
    if (ln > s && (sx = ck_name_suffix_end (ctx, ln, ee)) > ln && sx < ee && ck_tok_is_punct (ctx, sx, ','))
      ln = sx;
    /* (a page's "<i>" may open the title) */
    if (ln > s && ln + 1 < ee &&
        ((ck_tok (ctx, ln + 1)->flags & CK_TOKF_CAP) || (ck_italic_tag_at (ctx, ln + 1, ee, FALSE) == ln + 4 && ck_tok_cap_word (ctx, ln + 4))))
      {
        *mid = ln;
        return S_NAME_TITLE;
      }
  }
  /* "Family, Given." and "Family, Given A.": a library heading's
   * inverted name — but "Harcourt, Brace." is a firm the lexicon knows */
  if (ck_span_in_lex (ctx, s, ee, CK_LEX_PUBLISHERS))
    return S_IMPRINT;
  if (inverted_end (ctx, s, ee, NULL) == ee || inverted_pair_end (ctx, s, ee) == ee ||
      /* "Blair, Ann M.": the last initial's stop ended the sentence */
      (ee > s + 3 && (ck_tok (ctx, ee - 1)->flags & CK_TOKF_INITIAL) && e > ee &&
       inverted_end (ctx, s, ee, NULL) == ee - 1))
    return S_INVERTED;
  /* a title in capitals is no name ("SALT AND IRON") */
  {
    gboolean all_upper = TRUE;
    for (guint k = s; k < ee; k++)
      if (ck_tok (ctx, k)->kind == CK_TOK_WORD && !(ck_tok (ctx, k)->flags & (CK_TOKF_UPPER | CK_TOKF_FUNC)))
        all_upper = FALSE;
    /* … but "JAN DE VRIES." opening a header, a known given name and a
     * name's few words, is its author */
    if (all_upper && ck_tok_in_lex (ctx, s, CK_LEX_GIVEN_NAMES) && ck_count_words (ctx, s, ee) <= 4 &&
        ee > s + 1 && ck_tok (ctx, ee - 1)->kind == CK_TOK_WORD && !(ck_tok (ctx, ee - 1)->flags & CK_TOKF_FUNC) &&
        ck_name_span_forward (ctx, s, ee) == ee)
      return S_NAME;
    /* ("NF 39.": a price in a currency written in capitals) */
    if (all_upper && ck_count_words (ctx, s, ee) >= 2 && !ck_tok_in_lex (ctx, s, CK_LEX_CURRENCY))
      return S_TITLE;
  }
  if (names_end (ctx, s, ee) == ee)
    return S_NAME;
  if (imprint_sentence (ctx, s, ee) && !prose_after_bracket (ctx, s, ee))
    return S_IMPRINT;
  /* "First edition, one of 500 copies.", "Black cloth, a fine copy.": a
   * bookseller's description of the copy that opens with an element */
  if (ck_tok (ctx, s)->flags & CK_TOKF_CAP)
    {
      guint c = s;
      while (c < ee && !ck_tok_is_punct (ctx, c, ','))
        c++;
      if (c > s && c + 1 < ee && ck_tok_lower_word (ctx, c + 1))
        {
          g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
          guint unknown = 0;
          g_autofree char *txt = repair_copy (ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, c - 1)->end, FALSE);
          /* the statement is elements alone, with no imprint of its own */
          if (ck_assemble_elements (probe, txt, 0, strlen (txt), CK_ELEM_INLINE, &unknown) > 0 && unknown == 0 &&
              !ck_record_has (probe, CK_FIELD_PUBLISHER) && !ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE) &&
              !ck_record_get_date (probe, CK_DATE_ISSUED))
            return S_OTHER;
        }
    }
  /* "First edition.", "Original cloth.": a bookseller's description of
   * the copy, whole elements and no title */
  if (ck_tok (ctx, s)->flags & CK_TOKF_CAP)
    {
      /* "Ada Vell has thought about this for years.": a sentence of
       * prose, most of its words lower case and not function words */
      static const char * const aux[] = { "is", "was", "are", "were", "has", "have", "had", "will", "would",
                                          "can", "could", "does", "did", NULL };
      guint words = 0, lower = 0;
      gboolean verb = FALSE;
      for (guint k = s; k < ee; k++)
        if (ck_tok (ctx, k)->kind == CK_TOK_WORD)
          {
            words++;
            lower += ck_tok_lower_word (ctx, k) && !(ck_tok (ctx, k)->flags & CK_TOKF_FUNC);
            verb |= ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, aux);
          }
      if (verb && lower >= 3 && lower * 2 > words)
        return S_OTHER;
      /* "It is long.", "She was right.": a pronoun and a lower-case verb
       * open a sentence of prose, never a title in title case */
      {
        static const char * const pronouns[] = { "it", "he", "she", "they", "we", "i", "you", "this", "there", NULL };
        if (verb && ee > s + 1 && ck_tok_in_words (ctx, s, pronouns) && ck_tok_lower_word (ctx, s + 1))
          return S_OTHER;
      }
    }
  /* "1848: The Revolution of the Intellectuals.": a title opening on
   * its year */
  if ((ck_tok (ctx, s)->flags & CK_TOKF_YEAR) && s + 3 < ee && ck_tok_is_punct (ctx, s + 1, ':') &&
      ck_tok_cap_word (ctx, s + 2) && ck_title_plausible (ctx, s + 2, ee))
    return S_TITLE;
  if (ck_tok (ctx, s)->flags & CK_TOKF_CAP)
    {
      g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
      guint unknown = 0;
      g_autofree char *txt = repair_copy (ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, ee - 1)->end, TRUE);
      if (ck_assemble_elements (probe, txt, 0, strlen (txt), CK_ELEM_INLINE, &unknown) > 0 && unknown == 0 &&
          !ck_record_has (probe, CK_FIELD_PUBLISHER) && !ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE))
        /* "Pp. 313." is the extent; "First edition." describes the copy */
        return ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES) || ck_record_has (probe, CK_FIELD_PAGES) ||
               ck_record_has (probe, CK_FIELD_PRICE) ||
               ck_record_has (probe, CK_FIELD_ISBN) || ck_record_get_date (probe, CK_DATE_ISSUED) ? S_IMPRINT
                                                                                                : S_OTHER;
      return S_TITLE;
    }
  return S_OTHER;
}

/* The role an abbreviation at @i stands for ("Trans", "Ed", "Illus"),
 * or CK_ROLE_AUTHOR (0) when it is none. */
static CkRole
role_abbreviation (const CkExtractCtx *ctx, guint i)
{
  static const struct { const char *word; CkRole role; } abbrs[] = {
    { "Trans", CK_ROLE_TRANSLATOR }, { "Tr", CK_ROLE_TRANSLATOR }, { "Transl", CK_ROLE_TRANSLATOR },
    { "Ed", CK_ROLE_EDITOR }, { "Eds", CK_ROLE_EDITOR }, { "Comp", CK_ROLE_COMPILER },
    { "Illus", CK_ROLE_ILLUSTRATOR }, { "Intro", CK_ROLE_INTRODUCER },
  };
  if (!(ck_tok (ctx, i)->flags & CK_TOKF_CAP))
    return CK_ROLE_AUTHOR;
  for (guint k = 0; k < G_N_ELEMENTS (abbrs); k++)
    if (ck_tok_is (ctx, i, abbrs[k].word))
      return abbrs[k].role;
  return CK_ROLE_AUTHOR;
}

/* "Given Family, translated from the German by Other Name" at @s, to
 * @be: the comma after the author's names, where the other roles start;
 * @be when the sentence reads otherwise. */
static guint
by_names_then_role (const CkExtractCtx *ctx, guint s, guint be)
{
  CkRole role;
  g_autoptr(GPtrArray) tmp = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  guint ne;
  for (ne = s; ne < be && !ck_tok_is_punct (ctx, ne, ','); ne++)
    ;
  if (ne >= be || ne == s || names_end (ctx, s, ne) != ne)
    return be;
  /* the role phrases after it, each closing on names, take the rest */
  for (guint k = ne; k < be;)
    {
      guint r, n2, e2;
      if (!ck_tok_is_punct (ctx, k, ','))
        return be;
      if (ck_tok_is (ctx, k + 1, "and"))
        k++;
      r = ck_role_phrase_at (ctx, k + 1, be, &role);
      if (r == k + 1 || role == CK_ROLE_AUTHOR)
        return be;
      for (e2 = r; e2 < be && !ck_tok_is_punct (ctx, e2, ','); e2++)
        ;
      n2 = ck_names_forward (ctx, r, e2, role, tmp);
      if (n2 != e2)
        return be;
      k = e2;
    }
  return ne;
}

/* "Ada Vell with Tom Orr and Ann Lee" at [s,e): the "with" that joins
 * the author to collaborators who share the title page, or @e. */
static guint
with_names (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint w = s + 2; w + 2 < e; w++)
    if (ck_tok_is (ctx, w, "with") && ck_tok_lower_word (ctx, w))
      return names_end (ctx, s, w) == w && names_end (ctx, w + 1, e) == e ? w : e;
  return e;
}

/* In a title sentence [a,be), where ", by Given Family" or " by Given
 * Family" ending it starts; @be when there is none. */
static guint
comma_by (const CkExtractCtx *ctx, guint a, guint be)
{
  for (guint q = a + 1; q + 1 < be; q++)
    {
      guint c = ck_tok_is_punct (ctx, q, ',') ? q + 1 : q;
      if (ck_tok_is (ctx, c, "by") && c + 1 < be &&
          (names_end (ctx, c + 1, be) == be || (c > q && by_names_then_role (ctx, c + 1, be) < be) ||
           (c > q && with_names (ctx, c + 1, be) < be)))
        return q;
    }
  return be;
}

/* How far after a header a family name in capitals is looked for again. */
#define HDR_RECUR_WINDOW 3000

/* Whether the word in capitals at @i ("VELLIN") stands again in title
 * case ("Vellin") in the tokens after @from. */
static gboolean
family_recurs (const CkExtractCtx *ctx, guint i, guint from)
{
  const CkToken *w = ck_tok (ctx, i);
  gsize len = w->end - w->start;
  guint hi = MIN (ck_n_toks (ctx), from + HDR_RECUR_WINDOW);
  for (guint k = from; k < hi; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_WORD && t->end - t->start == len && (t->flags & CK_TOKF_CAP) && !(t->flags & CK_TOKF_UPPER) &&
          g_ascii_strncasecmp (ctx->text + t->start, ctx->text + w->start, len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "(Norton Critical Editions.)", "(Studies in Tides, 12.)": a sentence
 * that is one parenthesis of capitalised words (a number may close it),
 * with no price or year in it — a series, not an imprint. */
static gboolean
series_paren (const CkExtractCtx *ctx, guint a, guint be)
{
  guint words = 0, close = be;
  while (close > a && !ck_tok_is_punct (ctx, close - 1, ')'))
    close--;
  if (close != be || close < a + 3 || !ck_tok_is_punct (ctx, a, '('))
    return FALSE;
  close--;
  for (guint k = a + 1; k < close; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_WORD)
        {
          if (!(t->flags & (CK_TOKF_CAP | CK_TOKF_FUNC)))
            return FALSE;
          words++;
        }
      else if (t->kind == CK_TOK_NUMBER)
        {
          if ((t->flags & CK_TOKF_YEAR) || k + 2 < close)
            return FALSE;
        }
      else if (!(t->kind == CK_TOK_PUNCT && (t->ch == ',' || t->ch == '.' || t->ch == ':' || t->ch == '-')))
        return FALSE;
    }
  /* a series may hold its firm's name ("Norton Critical Editions"): the
   * caller wants the publisher named in a later sentence */
  return words >= 1 && words <= 10 && ck_tok_cap_word (ctx, a + 1) &&
         !ck_span_in_lex (ctx, a + 1, close, CK_LEX_PUBLISHERS) &&
         !ck_has_imprint_signal (ctx->text, ck_tok (ctx, a)->start, ck_tok (ctx, close)->end);
}

/* Whether one of the sentences from @k on is "Place: Publisher, Year". */
static gboolean
later_publisher (const CkExtractCtx *ctx, const guint *sent, guint k, guint n_sent)
{
  for (; k < n_sent; k++)
    if (publisher_imprint (ctx, sent[k], sent[k + 1]))
      return TRUE;
  return FALSE;
}

/* Whether a sentence from the @k-th on names a publisher in any of the
 * imprint's forms ("(Firm, Place, 1988), £18.", "Place: Firm, 1990."). */
static gboolean
later_firm (const CkExtractCtx *ctx, const guint *sent, guint k, guint n_sent)
{
  for (; k < n_sent; k++)
    {
      g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
      if (!plain_elements (ctx, sent[k], sent[k + 1]))
        continue;
      elements_into (ctx, probe, sent[k], sent[k + 1]);
      if (ck_record_has (probe, CK_FIELD_PUBLISHER))
        return TRUE;
    }
  return FALSE;
}

/* "WOLE VELL: The Road. Firm, 1965.", "A. B. QUELL: Title": a journal's
 * header names the author first, in capitals, before a colon and a title
 * that is not in capitals.  The colon's token, or @s.  A place, a firm's
 * word or a function word before the colon ("LONDON: Firm", "THE SEA:
 * Tides") is no name. */
static guint
upper_name_colon (const CkExtractCtx *ctx, guint s, guint e)
{
  guint k = s, words = 0, long_words = 0;
  gboolean mixed = FALSE;
  for (; k < e && k < s + 10 && !ck_tok_is_punct (ctx, k, ':'); k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_PUNCT && t->ch == '.' && k > s && (ck_tok (ctx, k - 1)->flags & CK_TOKF_INITIAL))
        continue;
      if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP))
        return s;
      /* an initial ("A. K.") is no function word, nor a particle inside
       * the name ("PIETRO DI VELLA") */
      if (!(t->flags & CK_TOKF_INITIAL) && !(k > s && ck_tok_in_lex (ctx, k, CK_LEX_PARTICLES)) &&
          (ck_tok_in_lex (ctx, k, CK_LEX_PLACES) || ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS) ||
           ck_tok_in_lex (ctx, k, CK_LEX_FUNCTION_WORDS) || ck_tok_in_lex (ctx, k, CK_LEX_NON_NAMES)))
        return s;
      if (t->end - t->start > 1 && !(t->flags & CK_TOKF_UPPER))
        return s;
      words++;
      long_words += t->end - t->start > 1;
    }
  if (k >= e || !ck_tok_is_punct (ctx, k, ':') || words < 2 || words > 5 || long_words == 0 ||
      !ck_tok_cap_word (ctx, k + 1) || names_end (ctx, s, k) != k)
    return s;
  /* "TITLE: Subtitle, by Given Family": the by-line names the author */
  for (guint q = k + 1; q < e; q++)
    if (ck_tok_is (ctx, q, "by"))
      return s;
  /* a name, not a title in capitals ("SALT HARBOUR: A Novel"): a known
   * given name or an initial opens it, or the review names the family
   * again in lower case ("Mr. Vellin") */
  if (!(ck_tok (ctx, s)->flags & CK_TOKF_INITIAL) && !ck_tok_in_lex (ctx, s, CK_LEX_GIVEN_NAMES) &&
      !family_recurs (ctx, k - 1, e))
    return s;
  for (guint q = k + 1; q < e; q++)
    if (ck_tok (ctx, q)->kind == CK_TOK_WORD && ck_tok (ctx, q)->end - ck_tok (ctx, q)->start > 1 &&
        !(ck_tok (ctx, q)->flags & CK_TOKF_UPPER))
      mixed = TRUE;
  return mixed ? k : s;
}

/* The words of a newspaper column's labels over its short notices
 * ("ALSO OUT", "NEW IN PAPERBACK", "BRIEFLY NOTED", "CRIME ROUND-UP",
 * "PICK OF THE WEEK"); every word of a label must be one, so that a title
 * in capitals before its subtitle ("SALT HARBOUR: A History") is none.
 * From general knowledge of newspaper and magazine book pages. */
static const char * const column_label_words[] = {
  "also", "out", "now", "new", "just", "in", "of", "the", "this", "and", "on", "received", "noted", "briefly",
  "brief", "paperback", "paperbacks", "reissue", "reissues", "reissued", "fiction", "non-fiction", "nonfiction",
  "poetry", "crime", "thrillers", "round-up", "roundup", "pick", "picks", "week", "month", "choice", "more",
  "other", "others", "further", "reading", "worth", "noting", "recommended", "published", "recent", "books",
  "quick", "takes", "short", "shorts", "audio", "children's", "young", "adult", "book", "day", "year", "best",
  "critic's", "editor's", NULL,
};

guint
ck_caps_label_end (const CkExtractCtx *ctx, guint s, guint e)
{
  guint k = s, words = 0;
  for (; k < e && k < s + 5 && !ck_tok_is_punct (ctx, k, ':'); k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_UPPER) || !ck_tok_in_words (ctx, k, column_label_words))
        return s;
      words++;
    }
  /* the title after it is not in capitals: a label over a title in
   * capitals cannot be told from the title's own first part */
  if (k + 1 >= e || !ck_tok_is_punct (ctx, k, ':') || words == 0 || words > 4 || !ck_tok_cap_word (ctx, k + 1) ||
      upper_name_colon (ctx, s, e) > s)
    return s;
  for (guint q = k + 1; q < e; q++)
    if (ck_tok (ctx, q)->kind == CK_TOK_WORD && ck_tok (ctx, q)->end - ck_tok (ctx, q)->start > 1 &&
        !(ck_tok (ctx, q)->flags & CK_TOKF_UPPER))
      return k + 1;
  return s;
}

/* The names with @role in [s,e) ("NAME IN CAPITALS", "A. B. QUELL, and
 * C. ORR"), names in capitals in title case; FALSE (adding none) unless
 * the names take the whole span. */
static gboolean
upper_names_into (const CkExtractCtx *ctx, CkRecord *rec, guint s, guint e, CkRole role)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  if (ck_names_forward (ctx, s, e, role, names) != e || names->len == 0)
    return FALSE;
  for (guint q = 0; q < names->len; q++)
    {
      CkName *nm = g_ptr_array_index (names, q);
      ck_upper_to_title (&nm->family);
      ck_upper_to_title (&nm->given);
      ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
    }
  return TRUE;
}

/* The participles that open a role sentence ("Edited, with a Memoir,
 * by X."). */
static const char * const role_verbs[] = { "edited", "translated", "compiled", "selected", "introduced", "arranged",
                                           "illustrated", NULL };

/* One header in tokens [tf,te) of paragraph @p (the whole paragraph, or
 * one line of it); TRUE when it made a mention. */
static gboolean
header_span (CkExtractCtx *ctx, const CkDetector *det, guint p, guint tf, guint te, guint *out_rest)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
  guint sent[HDR_MAX_SENTENCES + 1], n_sent = 0, s;
  gboolean title_done = FALSE, imprint = FALSE, unknown = FALSE, name_second = FALSE, placed_title = FALSE;
  guint title_s = 0, title_e = 0, title_sent = G_MAXUINT, sub_s = 0, sub_e = 0;
  g_autoptr(CkRecord) rec = NULL;

  if (te <= tf || !ck_has_imprint_signal (ctx->text, ck_tok (ctx, tf)->start, ck_tok (ctx, te - 1)->end))
    return FALSE;
  /* sentences; with one sentence only there is nothing to cut */
  for (s = tf; s < te && n_sent < HDR_MAX_SENTENCES;)
    {
      guint e = MIN (ck_sentence_end (ctx, s), te);
      int depth = 0;
      gboolean dash_after = FALSE;
      /* "… F. D. R. By Given Family.": an initial's stop before a
       * by-line still ends the title */
      for (guint k = s + 1; k + 1 < e; k++)
        if (ck_tok_is_punct (ctx, k, '.') && ck_tok_is (ctx, k + 1, "By") &&
            (ck_tok (ctx, k + 1)->flags & CK_TOKF_CAP) && ck_name_span_forward (ctx, k + 2, e) > k + 2)
          {
            e = k + 1;
            break;
          }
      /* "Faber, 570 pp., £20, April 1993, 0 571 15174 8" / "Selected
       * Letters edited by Name.": the papers set a second book's title
       * line under the first's imprint line, which has no stop */
      for (guint k = s + 2; k + 2 < e; k++)
        if (ck_tok (ctx, k)->nl == 1 && !ck_tok_is_punct (ctx, k - 1, '.') && ck_tok_cap_word (ctx, k) &&
            trade_marks (ctx, s, k))
          {
            guint q = k + 1;
            while (q + 1 < e && ck_tok (ctx, q)->nl == 0 && !ck_tok_is (ctx, q, "by"))
              q++;
            if (ck_tok_is (ctx, q, "by") && ck_tok (ctx, q)->nl == 0 && ck_name_span_forward (ctx, q + 1, e) > q + 1)
              {
                e = k;
                break;
              }
          }
      /* "Blair, Ann M. Too Much to Know.": an inverted name opening a
       * line ends at its last initial's stop, which the title follows */
      if (s == tf || ck_tok (ctx, s)->nl > 0)
        {
          /* "Orr, Dr. C. D.", "Lind, Prof. Ada.": the style's stop ends
           * no sentence */
          if (e < te && e >= s + 4 && ck_tok_is_punct (ctx, e - 1, '.') && ck_tok_is_honorific (ctx, e - 2) &&
              ck_tok_is_punct (ctx, e - 3, ','))
            {
              e = MIN (ck_sentence_end (ctx, e), te);
              /* (and the initials after it: "Dr. C. D.") */
              for (guint round = 0; round < 3 && e < te && ck_tok_is_punct (ctx, e - 1, '.') &&
                                    (ck_tok (ctx, e - 2)->flags & CK_TOKF_INITIAL);
                   round++)
                e = MIN (ck_sentence_end (ctx, e), te);
            }
          guint ns = ck_tok_is_punct (ctx, s, '*') ? s + 1 : s;
          /* (or two: "Vell, R. A., and Orr, F. Title.") */
          for (guint k = ns + 3; k + 1 < e && k < ns + 16; k++)
            if (ck_tok_is_punct (ctx, k, '.') && (ck_tok (ctx, k - 1)->flags & CK_TOKF_INITIAL) &&
                ck_tok (ctx, k + 1)->nl == 0 && ck_tok_cap_word (ctx, k + 1) && !(ck_tok (ctx, k + 1)->flags & CK_TOKF_INITIAL) &&
                !ck_tok_is_punct (ctx, k + 2, '.') &&
                (inverted_end (ctx, ns, k + 1, NULL) >= k - 1 || inverted_pair_end (ctx, ns, k + 1) >= k - 1))
              {
                e = k + 1;
                break;
              }
        }
      /* "TITLE\nSubtitle\nBy Name\nIllustrated. 319 pp.": a by-line on a
       * line of its own, with no stops around it, is a sentence of its own */
      for (guint k = s + 1; k + 1 < e; k++)
        if (ck_tok (ctx, k)->nl == 1 && ck_tok_is (ctx, k, "By") && ck_tok_cap_word (ctx, k) &&
            ck_name_span_forward (ctx, k + 1, e) > k + 1)
          {
            e = k;
            break;
          }
      /* "THE SALT ROAD\nAn Unnatural History\nBy Name": a title in
       * capitals over its subtitle's line, the by-line below them */
      for (guint k = s + 2; k + 1 < e && e < te && ck_tok_is (ctx, e, "By") && ck_tok (ctx, e)->nl == 1; k++)
        if (ck_tok (ctx, k)->nl == 1 && ck_tok_cap_word (ctx, k) && !(ck_tok (ctx, k)->flags & CK_TOKF_UPPER) &&
            ck_all_caps (ctx, s, k) && ck_count_words (ctx, s, k) >= 2)
          {
            e = k;
            break;
          }
      if (ck_tok_is (ctx, s, "By") && ck_tok (ctx, s)->nl >= 1)
        {
          guint ne = ck_name_span_forward (ctx, s + 1, e);
          if (ne > s + 1 && ne < e && ck_tok (ctx, ne)->nl == 1)
            e = ne;
        }
      /* "By the Rt. Hon. Ada Vell.", "By Prof. V. Gordon Vell.": a
       * style's or an honorific's stop ends no by-line */
      if (ck_tok_is (ctx, s, "By"))
        for (guint round = 0; round < 3 && e < te && e >= s + 3 && ck_tok_is_punct (ctx, e - 1, '.') &&
                              (ck_tok_in_words (ctx, e - 2, style_abbrevs) || ck_attr_honorific (ctx, e - 2)) &&
                              ck_tok_cap_word (ctx, e - 2);
             round++)
          e = MIN (ck_sentence_end (ctx, e), te);
      /* "New York:" at a line's end: the publisher is on the next line */
      if (e < te && e > s + 1 && ck_tok_is_punct (ctx, e - 1, ':'))
        e = MIN (ck_sentence_end (ctx, e), te);
      /* a stop inside "(Publisher. 14s.)" ends no sentence */
      for (guint k = s; k < e; k++)
        depth += ck_tok_is_punct (ctx, k, '(') ? 1 : ck_tok_is_punct (ctx, k, ')') ? -1 : 0;
      while (depth > 0 && e < te)
        {
          guint e2 = MIN (ck_sentence_end (ctx, e), te);
          for (guint k = e; k < e2; k++)
            depth += ck_tok_is_punct (ctx, k, '(') ? 1 : ck_tok_is_punct (ctx, k, ')') ? -1 : 0;
          e = e2;
        }
      /* "(Series Name.) Pp. xiv + 684.": a parenthesis opening the
       * sentence and closed before a capital is a sentence of its own */
      if (ck_tok_is_punct (ctx, s, '('))
        {
          int d = 0;
          for (guint k = s; k + 1 < e; k++)
            {
              d += ck_tok_is_punct (ctx, k, '(') ? 1 : ck_tok_is_punct (ctx, k, ')') ? -1 : 0;
              if (d == 0)
                {
                  if (ck_tok_is_punct (ctx, k, ')') && (ck_tok (ctx, k + 1)->flags & CK_TOKF_CAP))
                    e = k + 1;
                  break;
                }
            }
        }
      /* "(Publisher. 7s. 6d.)" closing a line ends its sentence */
      {
        int d = 0;
        for (guint k = s; k + 1 < e; k++)
          {
            d += ck_tok_is_punct (ctx, k, '(') ? 1 : ck_tok_is_punct (ctx, k, ')') ? -1 : 0;
            if (d == 0 && ck_tok_is_punct (ctx, k, ')') && ck_tok (ctx, k + 1)->nl > 0)
              {
                e = k + 1;
                break;
              }
            /* "(Gannet. 12s. 6d.)—This is …": a dash runs the notice's
             * prose on after the imprint; the dash goes with neither */
            if (d == 0 && ck_tok_is_punct (ctx, k, ')') && k + 2 < e &&
                (ck_tok_is_punct (ctx, k + 1, 0x2014) || ck_tok_is_punct (ctx, k + 1, 0x2013)) &&
                ck_tok_cap_word (ctx, k + 2))
              {
                e = k + 1;
                dash_after = TRUE;
                break;
              }
          }
      }
      if (e <= s)
        break;
      sent[n_sent++] = s;
      s = e;
      /* (the dash a sentence of its own, the header's end) */
      if (dash_after && s + 1 < te && n_sent < HDR_MAX_SENTENCES)
        sent[n_sent++] = s++;
    }
  if (s < te || n_sent < 2)
    return FALSE;
  sent[n_sent] = te;
  rec = ck_record_new (CK_TYPE_BOOK);
  for (guint k = 0; k < n_sent; k++)
    {
      guint a = sent[k], b = sent[k + 1], mid;
      SentKind kind;
      gboolean byline_next;
      guint be = b;
      CkRole abbr;
      /* "Trans. Ben Vell.", "Ed. by Ann Reed.": an abbreviated role is a
       * sentence of its own; the names are the next one */
      if (b > a + 2 && ck_tok_is_punct (ctx, a + 1, '.') && (abbr = role_abbreviation (ctx, a)))
        {
          /* the abbreviation's stop ended no sentence: "Trans. Ben Vell." */
          guint ns = ck_tok_is (ctx, a + 2, "by") ? a + 3 : a + 2;
          while (be > ns && ck_tok_is_punct (ctx, be - 1, '.'))
            be--;
          if (be > ns && names_end (ctx, ns, be) == be)
            {
              ck_add_names_span (ctx, rec, ns, be, abbr);
              continue;
            }
          be = b;
        }
      else if (b == a + 2 && ck_tok_is_punct (ctx, a + 1, '.') && k + 1 < n_sent && (abbr = role_abbreviation (ctx, a)))
        {
          guint ns = ck_tok_is (ctx, b, "by") ? b + 1 : b, ne = sent[k + 2];
          while (ne > ns && ck_tok_is_punct (ctx, ne - 1, '.'))
            ne--;
          /* "Ed. A. B. Reed.": the initials' stops cut the name into sentences */
          while (ne > ns && names_end (ctx, ns, ne) < ne && k + 2 < n_sent &&
                 (ck_tok (ctx, sent[k + 2] - 2)->flags & CK_TOKF_INITIAL))
            {
              k++;
              ne = sent[k + 2];
              while (ne > ns && ck_tok_is_punct (ctx, ne - 1, '.'))
                ne--;
            }
          if (ne > ns && names_end (ctx, ns, ne) == ne)
            {
              ck_add_names_span (ctx, rec, ns, ne, abbr);
              k++;
              continue;
            }
        }
      /* "Ada Quell. A life. By Tom Vell.": a person's name over "A life"
       * is a biography's title, and "A life" its subtitle */
      if (k == 0 && k + 2 < n_sent && ck_life_subtitle (ctx, b, sent[k + 2]) && ck_tok_is (ctx, sent[k + 2], "By") &&
          classify (ctx, a, b, &mid) == S_NAME)
        {
          title_s = a;
          title_e = be;
          while (title_e > a && ck_tok_is_punct (ctx, title_e - 1, '.'))
            title_e--;
          sub_s = b;
          sub_e = sent[k + 2];
          while (sub_e > sub_s && ck_tok_is_punct (ctx, sub_e - 1, '.'))
            sub_e--;
          title_done = TRUE;
          title_sent = ++k;
          continue;
        }
      kind = classify (ctx, a, b, &mid);
      /* the next sentence is a by-line ("By Name."): what stands before
       * it is the title, whatever its shape suggests */
      byline_next = k + 1 < n_sent && ck_tok_is (ctx, sent[k + 1], "By") &&
                    ck_name_span_forward (ctx, sent[k + 1] + 1, sent[k + 2]) > sent[k + 1] + 1;
      /* "Other Voices, Other Rooms. By Name.": the comma parts a title,
       * not an author from it, unless the name opens with a forename or
       * an initial */
      if (kind == S_NAME_TITLE && byline_next && !title_done && !ck_tok_in_lex (ctx, a, CK_LEX_GIVEN_NAMES) &&
          !(ck_tok (ctx, a)->flags & CK_TOKF_INITIAL))
        kind = S_TITLE;
      /* "1919. By Name. Firm.": a number alone opening the header is the
       * title, no date */
      if ((kind == S_IMPRINT || kind == S_OTHER) && k == 0 && byline_next && number_sentence (ctx, a, b))
        kind = S_TITLE;
      /* "SALT HARBOUR: A NOVEL IN VERSE. By Name.": a colon in capitals
       * parts title and subtitle, no place and firm (an imprint has its
       * year) */
      if (kind == S_IMPRINT && k == 0 && byline_next && ck_all_caps (ctx, a, b))
        {
          gboolean number = FALSE;
          for (guint q = a; q < b; q++)
            number |= ck_tok (ctx, q)->kind == CK_TOK_NUMBER;
          if (!number)
            kind = S_TITLE;
        }
      /* "Pp. xxv + 339. Illustrations. 12s. 6d.": the extent's word cut
       * off by its stop, after the title */
      if (title_done && (kind == S_TITLE || kind == S_OTHER) && b <= a + 2 && extent_fragment (ctx, a, b))
        continue;
      /* "978 1 846 14429 5": an ISBN in groups after the imprint */
      if (imprint && kind == S_TITLE && b >= a + 3)
        {
          guint q = a;
          while (q < b && ck_tok (ctx, q)->kind == CK_TOK_NUMBER)
            q++;
          if (q == b)
            continue;
        }
      /* G_MESSAGES_DEBUG=citekit shows how a header was read */
      g_debug ("header sentence %u kind %d: %.*s", k, kind, (int) (ck_tok (ctx, b - 1)->end - ck_tok (ctx, a)->start),
               ctx->text + ck_tok (ctx, a)->start);
      while (be > a && ck_tok_is_punct (ctx, be - 1, '.'))
        be--;
      /* "“Essay.” Reprinted from the Philosophical Review, Vol. LXII, No. 2
       * (April, 1953), pp. 167-186.": an offprint, its periodical the container */
      if (title_done && !imprint && ck_tok_is (ctx, a, "Reprinted") && ck_tok_is (ctx, a + 1, "from") && a + 3 < be)
        {
          guint ps = ck_tok_is (ctx, a + 2, "the") ? a + 3 : a + 2, pe = ps;
          while (pe < be && !ck_tok_is_punct (ctx, pe, ','))
            pe++;
          if (pe > ps && ck_tok_cap_word (ctx, ps))
            {
              ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, ps, pe));
              ck_record_set_type (rec, CK_TYPE_ARTICLE_JOURNAL);
              /* "Vol. LXII", "No. 2 (April, 1953)", "pp. 167-186": pieces
               * between the commas outside brackets */
              for (guint q = pe + 1, c; q < be; q = c + 1)
                {
                  guint v = q + (ck_tok_is_punct (ctx, q + 1, '.') ? 2 : 1);
                  int depth = 0;
                  for (c = q; c < be; c++)
                    {
                      depth += ck_tok_is_punct (ctx, c, '(') ? 1 : ck_tok_is_punct (ctx, c, ')') ? -1 : 0;
                      if (depth == 0 && ck_tok_is_punct (ctx, c, ','))
                        break;
                    }
                  if ((ck_tok_is (ctx, q, "Vol") || ck_tok_is (ctx, q, "No")) && v < c)
                    {
                      ck_record_take (rec, ck_tok_is (ctx, q, "Vol") ? CK_FIELD_VOLUME : CK_FIELD_ISSUE, ck_tok_dup (ctx, v));
                      /* "(April, 1953)": the issue's date */
                      for (guint y = v + 1; y < c; y++)
                        if ((ck_tok (ctx, y)->flags & CK_TOKF_YEAR) && !ck_record_get_date (rec, CK_DATE_ISSUED))
                          ck_record_take_date (rec, CK_DATE_ISSUED,
                                               ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, y)->start), 0, 0));
                    }
                  else if (c > q)
                    elements_into (ctx, rec, q, c);
                }
              imprint = TRUE;
              continue;
            }
        }
      /* "Title. Volume 1: A History.": the volume of a work in parts and
       * the part's own title, right after the title */
      if (title_done && !imprint && sub_e == sub_s && be > a + 1 &&
          (ck_tok_is (ctx, a, "Volume") || ck_tok_is (ctx, a, "Vol")) &&
          (ck_tok (ctx, a + 1)->kind == CK_TOK_NUMBER || ck_venue_roman (ctx, a + 1)))
        {
          g_autofree char *vol = ck_tok_dup (ctx, a + 1);
          ck_record_set (rec, CK_FIELD_VOLUME, vol);
          if (a + 3 < be && ck_tok_is_punct (ctx, a + 2, ':'))
            {
              sub_s = a + 3;
              sub_e = be;
            }
          title_sent = k;
          continue;
        }
      /* "Including a translation of …" after the title: a note of the
       * contents, no subtitle; the header goes on after it */
      if (title_done && ck_tok_in_words (ctx, a, contents_words) && ck_tok_cap_word (ctx, a))
        continue;
      /* "Title: Subtitle, 1840–1890. By X." looks like "Place:
       * Publisher, Year"; before a by-line it is the title */
      if (kind == S_IMPRINT && !title_done && k + 1 < n_sent && ck_tok_is (ctx, b, "By") &&
          (ck_tok (ctx, a)->flags & CK_TOKF_CAP))
        kind = S_TITLE;
      /* "Author. Title: Subtitle. 955 pp. City: Publisher, Year.":
       * the first "X: Y" with no trade marks of its own, when a later
       * sentence holds the imprint, is the title */
      if (kind == S_IMPRINT && !title_done && (ck_tok (ctx, a)->flags & CK_TOKF_CAP) &&
          !trade_marks (ctx, a, be) && later_imprint (ctx, sent, k + 1, n_sent))
        kind = S_TITLE;
      /* "Salt and Iron" reads as two names; after the author's name,
       * or before a by-line, it is the title */
      if (kind == S_NAME && !title_done &&
          (ck_record_count_role (rec, CK_ROLE_AUTHOR) > 0 || (k + 1 < n_sent && ck_tok_is (ctx, b, "By"))))
        kind = S_TITLE;
      /* "RHYS, Ann. Good Night, Sweetheart. London: …": once the author
       * is known, "Name, Title" with no imprint after its comma is a
       * title with a comma in it */
      if (kind == S_NAME_TITLE && !title_done && ck_record_count_role (rec, CK_ROLE_AUTHOR) > 0 &&
          later_imprint (ctx, sent, k + 1, n_sent))
        {
          guint tc = mid + 1;
          while (tc < be && !ck_tok_is_punct (ctx, tc, ','))
            tc++;
          if (tc >= be || !imprint_rest (ctx, tc + 1, be))
            kind = S_TITLE;
        }
      /* "… $26.95 (cloth). On the recovery of …": after the price a
       * sentence of prose is the list's note on the book, no header */
      if (title_done && imprint && (kind == S_OTHER || kind == S_TITLE) && ck_record_has (rec, CK_FIELD_PRICE) && k > 0 &&
          ck_tok_cap_word (ctx, a) && ck_tok (ctx, a)->nl == 0 && comma_by (ctx, a, be) == be)
        {
          guint lower = 0;
          for (guint q = a; q < be; q++)
            lower += ck_tok_lower_word (ctx, q) && !(ck_tok (ctx, q)->flags & CK_TOKF_FUNC);
          if (lower >= 2)
            {
              te = a;
              break;
            }
        }
      /* "T1. By X. Pub. 7s. 6d. T2. By Y. …": a title and by-line after
       * a whole notice start the next one; so does a line opening with
       * a name ("NAME: Title.", "Family, Given.") */
      if (title_done && imprint &&
          ((kind != S_IMPRINT && kind != S_OTHER &&
            ((k + 1 < n_sent && ck_tok_is (ctx, b, "By")) || comma_by (ctx, a, be) < be ||
             /* "T2. Edited, with a Memoir, by Y." on a line of its own */
             (ck_tok (ctx, a)->nl > 0 && k + 1 < n_sent && ck_tok_cap_word (ctx, b) && ck_tok_in_words (ctx, b, role_verbs)) ||
             (ck_tok (ctx, a)->nl > 0 && (kind == S_NAME || kind == S_INVERTED || kind == S_NAME_TITLE)))) ||
           (ck_tok (ctx, a)->nl > 0 && upper_name_colon (ctx, a, be) > a) ||
           /* "Title: Subtitle by Name." on a line of its own reads like
            * "Place: Firm" but opens the next notice */
           (ck_tok (ctx, a)->nl > 0 && kind == S_IMPRINT && comma_by (ctx, a, be) < be) ||
           (ck_tok (ctx, a)->nl > 0 && (kind == S_INVERTED_COLON || kind == S_INITIALS_TITLE || kind == S_NAME_ED))))
        {
          *out_rest = a;
          te = a;
          break;
        }
      /* "Title. By X. Dent and Sons. 7s. 6d.": a short name-like
       * sentence after the title and its author is the publisher */
      /* (unless the title's sentence was just before and a later one
       * names the publisher: "NAME: Title. Subtitle. 160 pp. (Firm …)") */
      if ((kind == S_NAME || kind == S_TITLE) && title_done && !imprint &&
          ck_record_get_n_names (rec) > 0 && ck_count_words (ctx, a, be) <= 6 &&
          !(k + 1 < n_sent && ck_tok_is (ctx, b, "By")) &&
          !(kind == S_TITLE && title_sent != G_MAXUINT && title_sent + 1 == k && later_firm (ctx, sent, k + 1, n_sent)))
        kind = S_IMPRINT;
      /* "Heron Island. Ravi Menon. Translated by …": two sentences with
       * a name's shape open the header, and only the second opens with a
       * known given name: the first is the title, the second its author */
      if (kind == S_NAME && k == 0 && !title_done && ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0 && n_sent > 2 &&
          !ck_tok_in_lex (ctx, a, CK_LEX_GIVEN_NAMES) && ck_tok_in_lex (ctx, sent[1], CK_LEX_GIVEN_NAMES))
        {
          guint mid2;
          if (classify (ctx, sent[1], sent[2], &mid2) == S_NAME)
            {
              kind = S_TITLE;
              name_second = TRUE;
            }
        }
      else if (kind == S_NAME && k == 1 && name_second && ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0)
        {
          ck_add_names_span (ctx, rec, a, be, CK_ROLE_AUTHOR);
          continue;
        }
      /* "Title: Subtitle. Given Family. Place: Publisher, Year.": the
       * anthropology journals' header names the author after the title,
       * without "By"; a publisher there would have no imprint after it */
      if (kind == S_NAME && title_done && !imprint && ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0 &&
          k + 1 < n_sent &&
          (publisher_imprint (ctx, sent[k + 1], sent[k + 2]) ||
           /* "Title. Given Family. Gannet Press. $25. 320 pages." */
           (ck_firm_name_span (ctx, sent[k + 1], sent[k + 2]) && k + 2 < n_sent && trade_marks (ctx, sent[k + 2], te))))
        {
          ck_add_names_span (ctx, rec, a, be, CK_ROLE_AUTHOR);
          continue;
        }
      /* "(Norton Critical Editions.)" after the title, before the
       * imprint that names the publisher: the series */
      if (title_done && !imprint && (kind == S_OTHER || kind == S_TITLE) && series_paren (ctx, a, be) &&
          !(k + 1 < n_sent && later_publisher (ctx, sent, k + 1, n_sent)))
        kind = S_IMPRINT;   /* "(Gannet Press.) Pp. 310.": the publisher, in parentheses of its own */
      if (title_done && !imprint && (kind == S_OTHER || kind == S_TITLE) && k + 1 < n_sent &&
          series_paren (ctx, a, be) && later_publisher (ctx, sent, k + 1, n_sent))
        {
          guint ie = be;
          while (ie > a && !ck_tok_is_punct (ctx, ie - 1, ')'))
            ie--;
          ie--;
          while (ie > a + 1 && ck_tok_is_punct (ctx, ie - 1, '.'))
            ie--;
          if (!ck_record_has (rec, CK_FIELD_COLLECTION_TITLE))
            {
              g_autofree char *series = ck_span_dup (ctx, a + 1, ie);
              ck_record_set (rec, CK_FIELD_COLLECTION_TITLE, series);
            }
          continue;
        }
      /* "Occasional Papers on Salt, No. 17." after the title: its series */
      {
        guint num = 0, st;
        if (title_done && !imprint && (st = ck_series_numbered (ctx, a, be, &num)) > a && num + 1 == be)
          {
            if (!ck_record_has (rec, CK_FIELD_COLLECTION_TITLE))
              {
                ck_record_take (rec, CK_FIELD_COLLECTION_TITLE, ck_span_dup (ctx, a, st));
                ck_record_take (rec, CK_FIELD_COLLECTION_NUMBER, ck_tok_dup (ctx, num));
              }
            continue;
          }
      }
      /* "WOLE VELL: The Road." opening the header */
      if (!title_done && ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0 && kind != S_IMPRINT)
        {
          guint c = upper_name_colon (ctx, a, be);
          if (c > a)
            {
              if (!upper_names_into (ctx, rec, a, c, CK_ROLE_AUTHOR))
                ck_add_names_span (ctx, rec, a, c, CK_ROLE_AUTHOR);
              title_s = c + 1;
              title_e = be;
              title_done = TRUE;
              continue;
            }
        }
      switch (kind)
        {
        case S_NAME:
          if (title_done || ck_record_count_role (rec, CK_ROLE_AUTHOR) > 0)
            unknown = TRUE;
          else
            add_name_sentence (ctx, rec, a, be);
          break;
        case S_INVERTED:
          {
            guint e1 = inverted_end (ctx, a, be, NULL);
            if (title_done || ck_record_count_role (rec, CK_ROLE_AUTHOR) > 0)
              {
                unknown = TRUE;
                break;
              }
            /* "Blair, Ann M.": the last initial is the name's */
            if (e1 + 1 == be && (ck_tok (ctx, be - 1)->flags & CK_TOKF_INITIAL))
              e1 = be;
            if (e1 < be)
              {
                /* "ABEL, BRIAN, and TOWN, PETER.", "Lind, L. D., and E. M. Orr." */
                add_inverted (ctx, rec, a, e1);
                if (inverted_end (ctx, e1 + 2, be, NULL) > e1 + 2)
                  add_inverted (ctx, rec, e1 + 2, b);
                else
                  ck_add_names_span (ctx, rec, e1 + 2, be, CK_ROLE_AUTHOR);
              }
            else
              add_inverted (ctx, rec, a, b);
          }
          break;
        case S_BYLINE:
          {
            /* "By X, translated by Y." */
            g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
            guint ns = byline_name_start (ctx, a, be), ne = ck_names_forward (ctx, ns, be, CK_ROLE_AUTHOR, names);
            /* "By Ada Vell with Tom Orr.": the collaborators too */
            if (ne < be && ck_tok_is (ctx, ne, "with") && with_names (ctx, ns, be) == ne)
              ne = ck_names_forward (ctx, ne + 1, be, CK_ROLE_AUTHOR, names);
            for (guint q = 0; q < names->len; q++)
              ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
            /* "By X (Place, Publisher, Year) 445 pp.": the imprint
             * follows the name in the same sentence */
            guint pc = ne;
            while (pc < be && !ck_tok_is_punct (ctx, pc, ')'))
              pc++;
            if (ne < be && ck_tok_is_punct (ctx, ne, '(') && pc < be && imprint_sentence (ctx, ne, pc + 1))
              {
                elements_into (ctx, rec, ne, pc + 1);
                if (pc + 1 < be)
                  elements_into (ctx, rec, pc + 1, be);
                imprint = ck_record_has (rec, CK_FIELD_PUBLISHER) || ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE);
              }
            else if (ne < be)
              elements_into (ctx, rec, ne, be);
          }
          break;
        case S_ROLE:
          {
            /* "Edited by A. B. QUELL, C. ORR, and D. VELL.": names alone
             * after the role, in capitals or not */
            CkRole role = CK_ROLE_AUTHOR;
            guint re = ck_role_phrase_at (ctx, a, be, &role);
            /* "with a Prefatory Note by Dr. Ada Vell": past the style */
            if (re > a && re < be)
              re = byline_name_start (ctx, re - 1, be);
            if (re <= a || re >= be || role == CK_ROLE_AUTHOR || !upper_names_into (ctx, rec, re, be, role))
              elements_into (ctx, rec, a, be);
          }
          break;
        case S_IMPRINT:
          /* (elements_into reads "(Firm, 1987), £35." bracket and rest apart) */
          if (!title_done)
            unknown = TRUE;
          /* "(Salt Series.) 2 vols. Paris: Firm, 1962.": the series in
           * brackets and the set's size run into the imprint's sentence */
          if (title_done && ck_tok_is_punct (ctx, a, '('))
            for (guint q = a + 2; q + 1 < be && q < a + 16; q++)
              if (ck_tok_is_punct (ctx, q, ')'))
                {
                  if (series_statement (ctx, a, q + 1))
                    {
                      guint se = q;
                      while (se > a + 1 && ck_tok_is_punct (ctx, se - 1, '.'))
                        se--;
                      ck_record_take (rec, CK_FIELD_COLLECTION_TITLE, ck_span_dup (ctx, a + 1, se));
                      a = q + 1 + ck_tok_is_punct (ctx, q + 1, '.');
                      if (a + 3 < be && ck_volumes_statement_end (ctx, a, be) > a)
                        {
                          ck_record_take (rec, CK_FIELD_NUMBER_OF_VOLUMES, ck_tok_dup (ctx, a));
                          a += 3;
                        }
                    }
                  break;
                }
          elements_into (ctx, rec, a, be);
          imprint = TRUE;
          break;
        case S_NAME_TITLE:
          {
            /* "A and B, Title, Publisher, Place, Year" */
            guint ts = mid + 1, tc = ts;
            if (title_done)
              {
                unknown = TRUE;
                break;
              }
            guint op = ts, cl;
            int depth = 0;
            /* ("Title (France, Spain, 1400-1500): Sub": no comma inside
             * the title's own brackets ends it) */
            while (tc < be && !(ck_tok_is_punct (ctx, tc, ',') && depth <= 0))
              {
                depth += ck_tok_is_punct (ctx, tc, '(') - ck_tok_is_punct (ctx, tc, ')');
                tc++;
              }
            if (tc == ts)
              {
                unknown = TRUE;
                break;
              }
            /* "Ann Reed, Tom Orr, Ada Vell, Title": one full name a piece */
            for (guint q = a, c; q < mid; q = c + 1)
              {
                for (c = q; c < mid && !ck_tok_is_punct (ctx, c, ',') && !ck_tok_is (ctx, c, "and") &&
                            !ck_tok_is_punct (ctx, c, '&');
                     c++)
                  ;
                if (c > q)
                  ck_add_names_span (ctx, rec, q, c, CK_ROLE_AUTHOR);
              }
            title_s = ts;
            title_done = TRUE;
            /* "Name, Title (Place: Firm, 2015), pp. xvi + 656.": the
             * imprint in brackets closes the title */
            while (op < tc && !ck_tok_is_punct (ctx, op, '('))
              op++;
            for (cl = op; cl < be && !ck_tok_is_punct (ctx, cl, ')'); cl++)
              ;
            if (op > ts && op < tc && cl < be && imprint_rest (ctx, op + 1, cl))
              {
                title_e = op;
                elements_into (ctx, rec, op + 1, cl);
                if (cl + 1 < be)
                  elements_into (ctx, rec, ck_tok_is_punct (ctx, cl + 1, ',') ? cl + 2 : cl + 1, be);
                imprint = TRUE;
                break;
              }
            /* the rest after the title's comma is imprint when it
             * reads as one; else the comma is inside the title */
            if (tc < be && imprint_rest (ctx, tc + 1, be))
              {
                title_e = tc;
                elements_into (ctx, rec, tc + 1, be);
                imprint = TRUE;
              }
            else
              title_e = be;
          }
          break;
        case S_INVERTED_COLON:
          /* "CLARK, T. J.: The Painting of Modern Life." */
          if (title_done || ck_record_get_n_names (rec) > 0)
            {
              unknown = TRUE;
              break;
            }
          inverted_names_into (ctx, rec, a, mid, CK_ROLE_AUTHOR);
          title_s = mid + 1;
          title_e = be;
          title_done = TRUE;
          title_sent = k;
          break;
        case S_INITIALS_TITLE:
          {
            /* "Auden, W. H. The Old Road." */
            g_autofree char *family = NULL, *given = NULL;
            guint comma = a;
            if (title_done || ck_record_get_n_names (rec) > 0)
              {
                unknown = TRUE;
                break;
              }
            while (!ck_tok_is_punct (ctx, comma, ','))
              comma++;
            family = ck_span_dup (ctx, a, comma);
            given = ck_span_dup (ctx, comma + 1, mid);
            ck_record_add_name_unique (rec, ck_name_new_personal (CK_ROLE_AUTHOR, family, given));
            title_s = mid;
            title_e = be;
            /* a quoted title without its marks and closing stop */
            if (ck_tok (ctx, title_s)->kind == CK_TOK_QUOTE_OPEN)
              {
                title_s++;
                while (title_e > title_s && (ck_tok (ctx, title_e - 1)->kind == CK_TOK_QUOTE_CLOSE ||
                                             ck_tok_is_punct (ctx, title_e - 1, '.') || ck_tok_is_punct (ctx, title_e - 1, ',')))
                  title_e--;
              }
            title_done = TRUE;
            title_sent = k;
            /* "WARNOCK, G. J. Berkeley.": the place of the title in the
             * entry makes it one, a town's name or not */
            placed_title = TRUE;
          }
          break;
        case S_NAME_ED:
          if (title_done || ck_record_get_n_names (rec) > 0)
            unknown = TRUE;
          else
            {
              guint cl = mid;
              ck_add_names_span (ctx, rec, a, mid, CK_ROLE_EDITOR);
              /* "Ada Quell (ed.), Title: Sub.": the classics reviews' header
               * runs the title on after the editors' mark */
              while (cl < be && !ck_tok_is_punct (ctx, cl, ')'))
                cl++;
              if (cl + 2 < be && ck_tok_is_punct (ctx, cl + 1, ',') && ck_tok_cap_word (ctx, cl + 2))
                {
                  title_s = cl + 2;
                  title_e = be;
                  title_done = TRUE;
                  title_sent = k;
                }
            }
          break;
        case S_TITLE:
          /* "Augustine. Confessions. Translated by Ann Reed.": one name
           * alone before the title of a translated work is its author's */
          if (title_done && !imprint && title_sent + 1 == k && title_e == title_s + 1 && sub_e == sub_s &&
              ck_record_get_n_names (rec) == 0 && k + 1 < n_sent && ck_tok_cap_word (ctx, b) &&
              ck_tok_in_words (ctx, b, role_verbs) && !ck_tok_in_lex (ctx, title_s, CK_LEX_PLACES) &&
              !(ck_tok (ctx, title_s)->flags & CK_TOKF_FUNC))
            {
              g_autofree char *family = ck_span_dup (ctx, title_s, title_e);
              ck_record_add_name_unique (rec, ck_name_new_personal (CK_ROLE_AUTHOR, family, NULL));
              title_s = a;
              title_e = be;
              title_sent = k;
              break;
            }
          /* "Title. Subtitle. 160 pp.": a sentence in title case right
           * after the title, before any name or imprint, is its subtitle */
          if (title_done && !imprint && title_sent != G_MAXUINT && title_sent + 1 == k &&
              ck_tok_cap_word (ctx, a) && later_firm (ctx, sent, k + 1, n_sent))
            {
              sub_s = a;
              sub_e = be;
              title_sent = k;
              break;
            }
          /* "T by X (Cape, 10s. 6d.)" is a whole citation of the
           * title-by convention, no title alone */
          for (guint q = a + 1; q + 1 < be && !unknown; q++)
            if (ck_tok_is (ctx, q, "by"))
              {
                guint n = ck_name_span_forward (ctx, q + 1, be);
                unknown = n > q + 1 && ck_tok_is_punct (ctx, n, '(');
              }
          if (title_done || unknown)
            {
              unknown = TRUE;
              break;
            }
          title_s = a;
          title_e = be;
          title_done = TRUE;
          title_sent = k;
          /* "The Title, by Given Family.", "Title: Sub by Given Family." */
          {
            guint q = comma_by (ctx, a, be);
            if (q < be)
              {
                title_sent = G_MAXUINT;
                guint c = ck_tok_is_punct (ctx, q, ',') ? q + 1 : q, ne = be, w = be;
                /* "T, by X, translated from the German by Y" */
                if (names_end (ctx, c + 1, be) != be && (w = with_names (ctx, c + 1, be)) == be)
                  ne = by_names_then_role (ctx, c + 1, be);
                if (w < be)
                  {
                    /* "T, by X with Y and Z": all on the title page */
                    ck_add_names_span (ctx, rec, c + 1, w, CK_ROLE_AUTHOR);
                    ck_add_names_span (ctx, rec, w + 1, be, CK_ROLE_AUTHOR);
                  }
                else
                  ck_add_names_span (ctx, rec, c + 1, ne, CK_ROLE_AUTHOR);
                if (ne < be)
                  elements_into (ctx, rec, ne + 1, be);
                title_e = q;
              }
          }
          break;
        case S_DESC:
          break;
        case S_OTHER:
          {
            /* a bare ISBN ("0 000 00000 0") after the imprint, or
             * the pence of "7s. 6d." */
            gboolean digits = imprint;
            if (imprint && be == a + 1 && ck_tok (ctx, a)->kind == CK_TOK_NUMBER &&
                ctx->text[ck_tok (ctx, a)->end - 1] == 'd')
              {
                const char *price = ck_record_get (rec, CK_FIELD_PRICE);
                if (price && g_str_has_suffix (price, "s"))
                  {
                    g_autofree char *pence = ck_tok_dup (ctx, a);
                    g_autofree char *both = g_strdup_printf ("%s. %s.", price, pence);
                    ck_record_set (rec, CK_FIELD_PRICE, both);
                  }
                break;
              }
            for (guint q = a; q < be && digits; q++)
              if (ck_tok (ctx, q)->kind == CK_TOK_WORD && !ck_tok_is (ctx, q, "X"))
                digits = FALSE;
            /* "202 pp. + 41 b. & w. ills.": the stops of the extent's
             * abbreviations cut it into sentences of their own */
            /* "2s. 6d. net.": the price's last word cut off by the pence */
            if (imprint && be == a + 1 && ck_tok_is (ctx, a, "net"))
              break;
            if (!digits && !(title_done && extent_fragment (ctx, a, be)))
              {
                /* "(Firm, 1987.) £35.": the price alone after the imprint;
                 * "Cheap edition." after the title and its author */
                g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
                guint unk = 1;
                g_autofree char *txt = repair_copy (ctx->text, ck_tok (ctx, a)->start, ck_tok (ctx, be - 1)->end, TRUE);
                if (title_done && ck_assemble_elements (probe, txt, 0, strlen (txt), CK_ELEM_BLOCK, &unk) > 0 && unk == 0 &&
                    ((imprint && ck_record_has (probe, CK_FIELD_PRICE)) || ck_record_has (probe, CK_FIELD_EDITION) ||
                     /* "2 vols.", "(Salt Series.)", and "Paper." after the imprint */
                     ck_record_has (probe, CK_FIELD_NUMBER_OF_VOLUMES) || ck_record_has (probe, CK_FIELD_COLLECTION_TITLE) ||
                     (imprint && ck_record_has (probe, CK_FIELD_BINDING))))
                  elements_into (ctx, rec, a, be);
                else
                  unknown = TRUE;
              }
          }
          break;
        }
      if (unknown)
        break;
    }
  g_debug ("header end: unknown %d title %d imprint %d", unknown, title_done, imprint);
  /* "Chartres in Salt's Time", Journal,": a quotation closed in the
   * title but opened before it is a quoted title's tail, a note's */
  if (title_done && title_e > title_s)
    {
      int depth = 0;
      for (guint k = title_s; k < title_e && depth >= 0; k++)
        {
          const CkToken *t = ck_tok (ctx, k);
          if (t->kind == CK_TOK_QUOTE_OPEN && t->ch != '\'' && t->ch != 0x2018)
            depth++;
          else if (t->kind == CK_TOK_QUOTE_CLOSE && t->ch != '\'' && t->ch != 0x2019)
            depth--;
        }
      if (depth < 0)
        return FALSE;
    }
  if (unknown || !title_done || !imprint || title_e <= title_s ||
      !(ck_title_plausible (ctx, title_s, title_e) || (placed_title && ck_tok_cap_word (ctx, title_s)) ||
        /* "1919. By Name." (read as the title above) */
        (title_e == title_s + 1 && ck_tok (ctx, title_s)->kind == CK_TOK_NUMBER && ck_record_count_role (rec, CK_ROLE_AUTHOR) > 0)) ||
      ck_count_words (ctx, title_s, title_e) > 30 ||
      prose_after_bracket (ctx, title_s, title_e) || ck_pronoun_clause (ctx, title_s, title_e) ||
      !(ck_record_has (rec, CK_FIELD_PUBLISHER) || ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE) ||
        ck_record_has (rec, CK_FIELD_CONTAINER_TITLE)))
    return FALSE;
  if (sub_e > sub_s)
    {
      g_autofree char *main_t = ck_span_dup (ctx, title_s, title_e), *sub_t = ck_span_dup (ctx, sub_s, sub_e);
      ck_assemble_title (rec, g_strdup_printf ("%s: %s", main_t, sub_t));
    }
  else
    ck_assemble_title (rec, ck_span_dup (ctx, title_s, title_e));
  {
    guint flags = 0;
    if ((pp->flags & CK_PARA_HEADER) && !ck_have_main_mention (ctx))
      {
        flags |= CK_MENTION_MAIN;
        ck_find_review_heading (ctx, p);
      }
    ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, tf)->start, ck_tok (ctx, te - 1)->end,
                    title_s, flags);
    ck_claim (ctx, tf, te);
  }
  return TRUE;
}

/* The notices in [tf,te), one after the other; TRUE when the first one
 * made a mention. */
static gboolean
notices (CkExtractCtx *ctx, const CkDetector *det, guint p, guint tf, guint te)
{
  gboolean first = TRUE;
  while (tf < te)
    {
      guint rest = te;
      if (!header_span (ctx, det, p, tf, te, &rest))
        return !first;
      first = FALSE;
      if (rest <= tf || rest >= te)
        break;
      tf = rest;
    }
  return TRUE;
}

/* A line with no lower-case word and no stop or parenthesis: a heading
 * or catalogue codes, no part of the notice below it (a notice line in
 * capitals, "THE TITLE. By X. (Publisher)", has stops). */
static gboolean
heading_line (const CkExtractCtx *ctx, guint l)
{
  const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
  if (ln->tok_first >= ln->tok_end)
    return FALSE;
  for (guint i = ln->tok_first; i < ln->tok_end; i++)
    if ((ck_tok (ctx, i)->flags & CK_TOKF_LOWER) || ck_tok_is_punct (ctx, i, '.') || ck_tok_is_punct (ctx, i, '('))
      return FALSE;
  return TRUE;
}

/* "23. BECKETT, Samuel. Murphy. …": a catalogue's item number opens the
 * line; the notice starts after it, at an inverted name ("1. Given
 * Family, Title (…)" is a reading list's, detect-reflist.c).  A year is
 * no item number. */
static guint
after_item_number (const CkExtractCtx *ctx, guint f, guint e)
{
  if (f + 2 < e && ck_tok (ctx, f)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, f)->flags & CK_TOKF_YEAR) &&
      ck_tok (ctx, f)->end - ck_tok (ctx, f)->start <= 4 &&
      (ck_tok_is_punct (ctx, f + 1, '.') || ck_tok_is_punct (ctx, f + 1, ')')) && ck_tok_cap_word (ctx, f + 2) &&
      inverted_end (ctx, f + 2, e, NULL) > f + 2)
    return f + 2;
  return f;
}

/* "TITLE IN CAPITALS. By …" at @f: a notice's header line. */
static gboolean
upper_title_by (const CkExtractCtx *ctx, guint f, guint e)
{
  guint k = f, upper = 0;
  gboolean subtitle = FALSE;
  for (; k < e && k < f + 40 && !ck_tok_is_punct (ctx, k, '.'); k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      /* "THE TITLE: A Subtitle in Title Case. By …" */
      if ((ck_tok_is_punct (ctx, k, ':') || (ck_tok_is_punct (ctx, k, ',') && ck_tok_is (ctx, k + 1, "or"))) && upper >= 1)
        subtitle = TRUE;
      if (subtitle)
        continue;
      if (t->kind == CK_TOK_WORD && !(t->flags & CK_TOKF_UPPER) && !(t->end - t->start == 1 && (t->flags & CK_TOKF_CAP)))
        return FALSE;
      if (k >= f + 20)
        return FALSE;
      upper += t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_UPPER);
    }
  return upper >= 1 && k + 1 < e && ck_tok_is_punct (ctx, k, '.') && ck_tok_is (ctx, k + 1, "By");
}

/* "  Public Opinion. By Walter Vell. (Gannet. 12s. 6d. net.)--Mr. Vell
 * …": an older journal's short notice, its title in title case (a
 * subtitle after a colon in any case), the by-line, the imprint in
 * brackets and a dash running on into the notice's prose. */
static gboolean
title_by_paren_dash (const CkExtractCtx *ctx, guint f, guint e)
{
  guint k = f, words = 0, n = ck_n_toks (ctx);
  gboolean subtitle = FALSE;
  for (; k < e && k < f + 40 && !(ck_tok_is_punct (ctx, k, '.') && ck_tok_is (ctx, k + 1, "By")); k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (ck_tok_is_punct (ctx, k, ':') && words >= 1)
        subtitle = TRUE;
      if (subtitle || t->kind != CK_TOK_WORD)
        continue;
      if (!(t->flags & (CK_TOKF_CAP | CK_TOKF_UPPER | CK_TOKF_FUNC)))
        return FALSE;
      words++;
    }
  if (words == 0 || k + 3 >= e || !ck_tok_is (ctx, k + 1, "By") || !ck_tok_cap_word (ctx, f))
    return FALSE;
  /* the by-line's stop, then the bracket */
  for (k += 2; k < e && k < f + 60 && !ck_tok_is_punct (ctx, k, '('); k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_WORD && !(ck_tok (ctx, k)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER)) &&
        !ck_tok_is (ctx, k, "and"))
      return FALSE;
  if (k >= e || !ck_tok_is_punct (ctx, k - 1, '.'))
    return FALSE;
  for (; k < n && k < f + 80; k++)
    if (ck_tok_is_punct (ctx, k, ')'))
      return k + 1 < n && (ck_tok_is_punct (ctx, k + 1, 0x2014) || ck_tok_is_punct (ctx, k + 1, 0x2013) ||
                           (ck_tok_is_punct (ctx, k + 1, '-') && ck_tok_is_punct (ctx, k + 2, '-')));
  return FALSE;
}

/* Whether line @l is a label of notes or references alone: "Notes",
 * "References", "Works Cited", "Further Reading". */
static gboolean
list_label_line (const CkExtractCtx *ctx, guint l)
{
  static const char * const labels[] = { "notes", "endnotes", "footnotes", "references", "bibliography",
                                         "cited", "consulted", "sources", "reading", "literature", NULL };
  const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
  guint e = ln->tok_end;
  while (e > ln->tok_first && ck_tok (ctx, e - 1)->kind == CK_TOK_PUNCT)
    e--;
  return e > ln->tok_first && ck_count_words (ctx, ln->tok_first, e) <= 3 && ck_tok_cap_word (ctx, ln->tok_first) &&
         ck_tok_in_words (ctx, e - 1, labels);
}

/* A rule alone on a line ("-------", "=====", "* * *"): a column's
 * separator between its heading and the first notice. */
static gboolean
rule_line (const CkExtractCtx *ctx, guint l)
{
  const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
  if (ln->tok_first >= ln->tok_end)
    return FALSE;
  for (guint i = ln->tok_first; i < ln->tok_end; i++)
    if (!(ck_tok_is_punct (ctx, i, '-') || ck_tok_is_punct (ctx, i, '=') || ck_tok_is_punct (ctx, i, '_') ||
          ck_tok_is_punct (ctx, i, '*') || ck_tok_is_punct (ctx, i, '~') || ck_tok_is_punct (ctx, i, 0x2014) ||
          ck_tok_is_punct (ctx, i, 0x2013)))
      return FALSE;
  return TRUE;
}

/* A column's label alone on its line: "ALSO RECEIVED", "Also Received:",
 * "Other Books" — a few capitalised words (function words aside), no
 * stop and no parenthesis. */
static gboolean
label_line (const CkExtractCtx *ctx, guint l)
{
  const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
  guint e = ln->tok_end;
  if (heading_line (ctx, l))
    return TRUE;
  if (e > ln->tok_first && ck_tok_is_punct (ctx, e - 1, ':'))
    e--;
  if (e <= ln->tok_first || ck_count_words (ctx, ln->tok_first, e) > 4 || !ck_tok_cap_word (ctx, ln->tok_first))
    return FALSE;
  for (guint i = ln->tok_first; i < e; i++)
    if (ck_tok (ctx, i)->kind != CK_TOK_WORD ||
        (ck_tok_lower_word (ctx, i) && !(ck_tok (ctx, i)->flags & CK_TOKF_FUNC)))
      return FALSE;
  return TRUE;
}

/* "A HEADLINE\n-------\nTITLE. By Name. (…)", "ALSO RECEIVED\nTITLE. By
 * …": up to three heading, label or rule lines over a notice line of the
 * same paragraph (no blank line between).  The notice's line, or
 * G_MAXUINT.  A name over the title is no heading here: the by-line
 * names the author, so the lines above it cannot. */
static guint
notice_below_headings (const CkExtractCtx *ctx, const CkPara *pp)
{
  /* "… AND THE MEN WHO\nMADE IT": a clause that the next line ends */
  static const char * const relatives[] = { "who", "which", "that", "whom", "whose", NULL };
  for (guint l = pp->line_first; l < pp->line_end && l <= pp->line_first + 3; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      if (l > pp->line_first && upper_title_by (ctx, ln->tok_first, ln->tok_end))
        return l;
      /* "THE GENERAL THEORY OF SALT, TIDE AND\n  HARBOURS. By …": a line
       * cut after a function word or a comma is the title's, no heading */
      if (ln->tok_end > ln->tok_first &&
          (ck_tok_in_lex (ctx, ln->tok_end - 1, CK_LEX_FUNCTION_WORDS) || ck_tok_is_punct (ctx, ln->tok_end - 1, ',') ||
           ck_tok_in_words (ctx, ln->tok_end - 1, relatives)))
        return G_MAXUINT;
      if (!rule_line (ctx, l) && !label_line (ctx, l))
        return G_MAXUINT;
    }
  return G_MAXUINT;
}

/* The notice "TITLE. By Name. (Publisher, 25s.)" opening line @l of
 * paragraph @p, its by-line or imprint wrapping onto up to two more
 * lines; whatever runs on after the imprint's closing parenthesis
 * ("8s. 6d.)-Six lectures …", "7s. 6d.) The notice …") is the notice's
 * prose.  TRUE when it made a mention. */
static gboolean
upper_notice_at_line (CkExtractCtx *ctx, const CkDetector *det, guint p, guint l)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
  const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
  guint f = after_item_number (ctx, ln->tok_first, ln->tok_end), l2 = l, e = ln->tok_end;
  int depth = 0;
  gboolean opened = FALSE;
  if (!upper_title_by (ctx, f, ln->tok_end) && !title_by_paren_dash (ctx, f, pp->tok_end))
    return FALSE;
  while (l2 + 1 < pp->line_end && l2 < l + 2 &&
         !ck_has_imprint_signal (ctx->text, ln->start, g_array_index (ctx->t->lines, CkLine, l2).end))
    e = g_array_index (ctx->t->lines, CkLine, ++l2).tok_end;
  if (!ck_has_imprint_signal (ctx->text, ln->start, g_array_index (ctx->t->lines, CkLine, l2).end))
    return FALSE;
  /* the parenthesis that closes the imprint ends the notice's header */
  for (guint k = f; k < e; k++)
    {
      if (ck_tok_is_punct (ctx, k, '('))
        {
          depth++;
          opened = TRUE;
        }
      else if (ck_tok_is_punct (ctx, k, ')') && depth > 0 && --depth == 0 && opened &&
               ck_has_imprint_signal (ctx->text, ck_tok (ctx, f)->start, ck_tok (ctx, k)->end))
        {
          e = k + 1 < e && ck_tok_is_punct (ctx, k + 1, '.') ? k + 2 : k + 1;
          break;
        }
    }
  return (ck_tok_is_punct (ctx, e - 1, ')') || ck_tok_is_punct (ctx, e - 1, '.')) && notices (ctx, det, p, f, e);
}

/* Whether every line of @pp that no detector read opens with an
 * inverted name ("Family, Given." or "Family, G.") and ends with a stop:
 * a list of entries, one a line. */
static gboolean
stacked_entries (const CkExtractCtx *ctx, const CkPara *pp)
{
  for (guint l = pp->line_first; l < pp->line_end; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      /* (a line another detector read is an entry already) */
      if (ck_is_claimed (ctx, ln->tok_first, ln->tok_first + 1))
        continue;
      if (ln->tok_end <= ln->tok_first + 4 || !ck_inverted_name_at (ctx, ln->tok_first, ln->tok_end) ||
          !ck_tok_is_punct (ctx, ln->tok_end - 1, '.'))
        return FALSE;
    }
  return TRUE;
}

void
ck_detect_sentence_header (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      /* "Notes\n1. See …": a label of notes or references on the
       * paragraph's first line heads a list, no header */
      if ((pp->line_end - pp->line_first >= 2 && list_label_line (ctx, pp->line_first)) || ck_para_opens_schedule (ctx, pp))
        continue;
      /* "See Orr, Title (…)", "Cf. …": a note, no header */
      if (ck_see_end (ctx, pp->tok_first) > pp->tok_first && ck_tok_cap_word (ctx, pp->tok_first) &&
          ck_tok_cap_word (ctx, ck_see_end (ctx, pp->tok_first)))
        continue;
      /* "23. BECKETT, Samuel. Murphy. London: Routledge, 1938." over the
       * description of the copy: the first line is a whole entry */
      if ((pp->flags & CK_PARA_PROSE) && pp->line_end - pp->line_first >= 2 &&
          !ck_is_claimed (ctx, pp->tok_first, pp->tok_first + 1))
        {
          const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, pp->line_first);
          guint f = after_item_number (ctx, ln->tok_first, ln->tok_end);
          if (inverted_end (ctx, f, ln->tok_end, NULL) > f && ck_tok_is_punct (ctx, ln->tok_end - 1, '.') &&
              ck_has_imprint_signal (ctx->text, ln->start, ln->end) && notices (ctx, det, p, f, ln->tok_end))
            continue;
          /* "TITLE. By Name. (Publisher, 25s.)" on a line of its own, the
           * notice's prose running on below it (the imprint may wrap) */
          if (upper_notice_at_line (ctx, det, p, pp->line_first))
            continue;
        }
      /* the same under a column's heading, label or rule in its paragraph */
      if (pp->line_end - pp->line_first >= 2)
        {
          guint l0 = notice_below_headings (ctx, pp);
          gboolean had_main = ck_have_main_mention (ctx);
          /* the heading may already be read as the review's own; the
           * notice under it must be free */
          if (l0 != G_MAXUINT &&
              !ck_is_claimed (ctx, g_array_index (ctx->t->lines, CkLine, l0).tok_first, pp->tok_end) &&
              upper_notice_at_line (ctx, det, p, l0))
            {
              /* the first heading line is the review's own, when the
               * notice under it is the reviewed book */
              guint hl = pp->line_first;
              while (hl < l0 && rule_line (ctx, hl))
                hl++;
              if (hl < l0 && !had_main && ck_have_main_mention (ctx) && !ctx->review_title)
                {
                  const CkLine *h = &g_array_index (ctx->t->lines, CkLine, hl);
                  ctx->review_title = ck_span_dup (ctx, h->tok_first, h->tok_end);
                  ctx->review_title_start = h->start;
                  ctx->review_title_end = h->end;
                }
              continue;
            }
        }
      if ((pp->flags & CK_PARA_PROSE) || pp->line_end - pp->line_first > HDR_MAX_NOTICE_LINES || ck_para_is_list (ctx, pp) ||
          !ck_has_imprint_signal (ctx->text, pp->start, pp->end))
        continue;
      /* a list of notices one a line, one of them read already by
       * another detector: the others are still read line by line */
      if (ck_is_claimed (ctx, pp->tok_first, pp->tok_end))
        {
          if (pp->line_end - pp->line_first >= 2 && stacked_entries (ctx, pp))
            for (guint l = pp->line_first; l < pp->line_end; l++)
              {
                const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
                if (ln->tok_first < ln->tok_end && !ck_is_claimed (ctx, ln->tok_first, ln->tok_end))
                  notices (ctx, det, p, after_item_number (ctx, ln->tok_first, ln->tok_end), ln->tok_end);
              }
          continue;
        }
      /* a heading or a line of codes over the notice ("BOOKS RECEIVED",
       * "29-1734  E78  CIP"): the notice starts on the next line */
      if (pp->line_end - pp->line_first >= 2 && pp->line_end - pp->line_first <= HDR_MAX_LINES &&
          heading_line (ctx, pp->line_first))
        {
          const CkLine *second = &g_array_index (ctx->t->lines, CkLine, pp->line_first + 1);
          guint f = second->tok_first;
          /* only over "Family, Given. Title …", which cannot continue a
           * heading (a name above a title in capitals can be its author) */
          if (ck_inverted_name_at (ctx, f, pp->tok_end) && notices (ctx, det, p, f, pp->tok_end))
            continue;
        }
      /* (a journal's header under its author's name in capitals wraps a
       * long foreign title over a line or two more) */
      if (((pp->line_end - pp->line_first <= HDR_MAX_LINES ||
            (pp->line_end - pp->line_first <= HDR_MAX_LINES + 2 && ck_caps_name_comma (ctx, pp->tok_first, pp->tok_end))) &&
           notices (ctx, det, p, after_item_number (ctx, pp->tok_first, pp->tok_end), pp->tok_end)) ||
          pp->line_end - pp->line_first < 2)
        continue;
      /* stacked notices, one a line: "Title. By X. Publisher. 7s. 6d.";
       * a line indented under one continues it (a bibliography's hanging
       * indent: "Family, Given. Title of the\n    Rest. Place: Firm, 1990.") */
      for (guint l = pp->line_first; l < pp->line_end; l++)
        {
          const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
          guint last = l;
          while (last + 1 < pp->line_end && last < l + HDR_MAX_LINES &&
                 (ck_tok (ctx, g_array_index (ctx->t->lines, CkLine, last + 1).tok_first)->col >
                    ck_tok (ctx, ln->tok_first)->col ||
                  /* "TITLE. By Name.\n(Publisher. 7s. 6d.)": the imprint wraps
                   * onto a line of its own, or the name does */
                  (upper_title_by (ctx, ln->tok_first, ln->tok_end) &&
                   !ck_has_imprint_signal (ctx->text, ln->start, g_array_index (ctx->t->lines, CkLine, last).end) &&
                   !upper_title_by (ctx, g_array_index (ctx->t->lines, CkLine, last + 1).tok_first,
                                    g_array_index (ctx->t->lines, CkLine, last + 1).tok_end))))
            last++;
          notices (ctx, det, p, after_item_number (ctx, ln->tok_first, ln->tok_end),
                   g_array_index (ctx->t->lines, CkLine, last).tok_end);
          l = last;
        }
    }
}
