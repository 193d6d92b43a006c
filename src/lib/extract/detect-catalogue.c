/* detect-catalogue.c — a library catalogue record: labelled fields, one
 * per line, a value running on over indented lines:
 *
 *   Title:          The harbour book : tides and trades / edited by Ann Reed.
 *   Main Author:    Lind, Bo, 1901-1977.
 *   Edition:        2nd ed.
 *   Published:      Leeds : Lantern Books, c1988.
 *   Description:    xii, 390 p. ; 24 cm.
 *   ISBN:           0000000000 (pbk.) : $9.95
 *   Contents:       Preface / Ann Reed -- Tides -- The salt trade --
 *                   Harbour lights.
 *
 * The title line carries the statement of responsibility after " / "
 * ("edited by X" gives the editor); the main author is inverted and may
 * end in life dates; "c1988" is a copyright year; each " -- " item of the
 * contents (but front and back matter) is a chapter of the book, written
 * by the name after its own " / " or else by the book's author.  A record
 * needs a title line and at least two other known labels whose values
 * read as their fields (a name, an imprint with a year or "Place :
 * Publisher", a number), so a stray "Title:" in prose, or an interview
 * set as "Author: I never …", is no record.
 *
 * Headings carry RDA relator terms ("Vell, Ben, 1899-1970, translator.")
 * that give the role, and a fuller form ("Quell, A. B. (Ada Beth)") that
 * is dropped; added names count only with a relator term.  Two layouts
 * besides one label a line: a discovery layer's title alone over its
 * labels ("The iron meadow : a history" / "Author: …" / "Publisher: …"),
 * and labels on lines of their own over their values, as a two-column
 * page pastes.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <stdlib.h>
#include <string.h>

typedef enum {
  F_IGNORE,    /* a label whose value is not bibliographic */
  F_WORKS,     /* "Other works by this author:": other records, left to
                * the detectors after this one (ISBD lines) */
  F_TITLE,
  F_AUTHOR,    /* inverted: "Family, Given, 1900-1980." */
  F_OTHER,     /* added names: kept only when the title names their role */
  F_EDITION,
  F_IMPRINT,   /* "Place : Publisher, c1984." */
  F_EXTENT,    /* "xii, 390 p. ; 25 cm." */
  F_ISBN,
  F_CONTENTS,  /* "a -- b / Name -- c." */
  F_SERIES,
  F_RESP,      /* "edited by X ; translated by Y" */
  F_DATE,      /* from the labels lexicon: "Pub Date: 03/05/2011" */
  F_PLACE,
  F_PRICE,
  F_BINDING,
  F_NOTES,     /* general notes: works named there (detect-catalogue-notes.c) */
  F_UNIFORM,   /* "Pré de fer. English": the original title of a translation */
} Field;

/* The fields of the labels lexicon (data/lexicons/labels.txt), for the
 * book-trade labels this table does not list. */
static const struct { const char *name; Field field; } lex_fields[] = {
  { "publisher", F_IMPRINT },
  { "place",     F_PLACE },
  { "issued",    F_DATE },
  { "extent",    F_EXTENT },
  { "price",     F_PRICE },
  { "isbn",      F_ISBN },
  { "edition",   F_EDITION },
  { "binding",   F_BINDING },
};

/* Catalogue labels (OPAC and MARC display forms), lower case, without the
 * colon.  One row per label. */
static const struct { const char *label; Field field; } labels[] = {
  { "title",                 F_TITLE },    /* MARC 245 */
  { "main title",            F_TITLE },
  { "title statement",       F_TITLE },
  { "title / author",        F_TITLE },    /* discovery layers: "T / A." */
  { "title/author",          F_TITLE },
  { "title and author",      F_TITLE },
  { "book title",            F_TITLE },    /* a newspaper's fact box */
  { "main author",           F_AUTHOR },   /* MARC 100 */
  { "author",                F_AUTHOR },
  { "personal author",       F_AUTHOR },
  { "personal name",         F_AUTHOR },
  { "author/creator",        F_AUTHOR },
  { "authors",               F_AUTHOR },
  { "author(s)",             F_AUTHOR },
  { "creators",              F_AUTHOR },
  { "main authors",          F_AUTHOR },
  { "personal authors",      F_AUTHOR },
  { "corporate author",      F_IGNORE },   /* MARC 110: a body, no person */
  { "creator",               F_AUTHOR },
  { "other authors",         F_OTHER },    /* MARC 700 */
  { "other author",          F_OTHER },
  { "added author",          F_OTHER },
  { "other names",           F_OTHER },
  { "contributors",          F_OTHER },
  { "contributor",           F_OTHER },
  { "contributor(s)",        F_OTHER },
  { "other contributors",    F_OTHER },
  { "added entry",           F_OTHER },
  { "added authors",         F_OTHER },
  { "names",                 F_OTHER },
  { "edition",               F_EDITION },  /* MARC 250 */
  { "responsibility",        F_RESP },     /* MARC 245 $c */
  { "statement of responsibility", F_RESP },
  { "published",             F_IMPRINT },  /* MARC 260/264 */
  { "published/created",     F_IMPRINT },
  { "publisher/date",        F_IMPRINT },
  { "publisher",             F_IMPRINT },
  { "publication",           F_IMPRINT },
  { "publication info",      F_IMPRINT },
  { "publication details",   F_IMPRINT },
  { "imprint",               F_IMPRINT },
  { "description",           F_EXTENT },   /* MARC 300 */
  { "physical description",  F_EXTENT },
  { "physical desc",         F_EXTENT },
  { "extent",                F_EXTENT },
  { "isbn",                  F_ISBN },     /* MARC 020 */
  { "contents",              F_CONTENTS }, /* MARC 505 */
  { "series",                F_SERIES },   /* MARC 490 */
  { "date",                  F_DATE },     /* in a record a bare "Date:" is its year */
  { "other works by this author", F_WORKS },
  { "more by this author",   F_WORKS },
  { "also by this author",   F_WORKS },
  { "other works",           F_WORKS },
  { "other editions",        F_WORKS },
  { "related works",         F_WORKS },
  { "related titles",        F_WORKS },
  { "notes",                 F_NOTES },    /* MARC 500 */
  { "note",                  F_NOTES },
  { "general note",          F_NOTES },
  /* French and German catalogues (BnF, SUDOC, DNB, the union catalogues) */
  { "titre",                 F_TITLE },
  { "titre propre",          F_TITLE },
  { "titel",                 F_TITLE },
  { "auteur",                F_AUTHOR },
  { "auteurs",               F_AUTHOR },
  { "auteur principal",      F_AUTHOR },
  { "verfasser",             F_AUTHOR },
  { "verfasser/in",          F_AUTHOR },
  { "autor",                 F_AUTHOR },
  { "autor/in",              F_AUTHOR },
  { "autre(s) auteur(s)",    F_OTHER },
  { "weitere personen",      F_OTHER },
  { "\xc3\xa9" "diteur",       F_IMPRINT },  /* "éditeur" */
  { "editeur",               F_IMPRINT },
  { "verlag",                F_IMPRINT },
  { "erschienen",            F_IMPRINT },
  { "ver\xc3\xb6" "ffentlichung", F_IMPRINT }, /* "veröffentlichung" */
  { "\xc3\xa9" "dition",       F_EDITION },  /* "édition" */
  { "ausgabe",               F_EDITION },
  { "collection",            F_SERIES },
  { "reihe",                 F_SERIES },
  { "gesamttitel",           F_SERIES },
  { "umfang",                F_EXTENT },
  { "sujets",                F_IGNORE },
  { "schlagw\xc3\xb6rter",     F_IGNORE },  /* "schlagwörter" */
  { "langue",                F_IGNORE },
  { "sprache",               F_IGNORE },
  { "cote",                  F_IGNORE },   /* call number */
  { "signatur",              F_IGNORE },
  { "subjects",              F_IGNORE },
  { "subject",               F_IGNORE },
  { "call number",           F_IGNORE },
  { "format",                F_IGNORE },
  { "language",              F_IGNORE },
  { "location",              F_IGNORE },
  { "record id",             F_IGNORE },
  { "uniform title",         F_UNIFORM },  /* MARC 240 */
  { "original title",        F_UNIFORM },
  { "other titles",          F_IGNORE },   /* MARC 246: variant forms, not other works */
  { "variant title",         F_IGNORE },
  { "status",                F_IGNORE },
  { "availability",          F_IGNORE },
  { "available at",          F_IGNORE },
  { "isbn/issn",             F_ISBN },
  { "date of publication",   F_DATE },
  { "publication date",      F_DATE },
  { "year",                  F_DATE },
  { "place of publication",  F_PLACE },
  { "collation",             F_EXTENT },   /* older catalogues' word for the extent */
  { "physical details",      F_EXTENT },
  { "series title",          F_SERIES },
  { "edition statement",     F_EDITION },
  { "oclc",                  F_IGNORE },
  { "lccn",                  F_IGNORE },
  { "type of material",      F_IGNORE },
  { "lc classification",     F_IGNORE },
  { "lc control no",         F_IGNORE },
  { "lc control no.",        F_IGNORE },
  { "edition/format",        F_IGNORE },
  { "genre/form",            F_IGNORE },
  { "summary",               F_IGNORE },
  { "holdings",              F_IGNORE },
};

/* Contents items that are front or back matter, not works. */
static const char * const matter[] = {
  "introduction", "preface", "foreword", "afterword", "acknowledgments", "acknowledgements",
  "notes", "bibliography", "index", "epilogue", "prologue", "appendix", "chronology",
  "contributors", "notes on contributors", "further reading", "glossary", "editor's note",
};

#define CAT_MAX_LINES 60
#define CAT_MAX_LABEL_WORDS 6

typedef struct {
  Field    field;
  gboolean known;
  guint    line_first, line_end;  /* the label's line and its continuations */
  guint    vs;                    /* first value token */
} Entry;

/* Whether a tab or two spaces come before token @j: a column's gap. */
static gboolean
gap_before (const CkExtractCtx *ctx, guint j)
{
  guint32 a = ck_tok (ctx, j - 1)->end, b = ck_tok (ctx, j)->start;
  if (ck_tok (ctx, j)->nl)
    return FALSE;
  return (b - a >= 2 && ctx->text[a] == ' ' && ctx->text[a + 1] == ' ') || (b > a && ctx->text[a] == '\t');
}

/* The label at the start of line @l: its field and the first value token;
 * FALSE when the line opens with no "Label:" (at most six words:
 * "Other works by this author:"). */
static gboolean
label_at (const CkExtractCtx *ctx, const CkLine *ln, Field *field, gboolean *known, guint *vs, guint *col)
{
  guint f = ln->tok_first, e = ln->tok_end;
  /* a results list numbers its records: "2.  Title:  T / A.", "[2] Title:" */
  if (f + 2 < e && ck_tok (ctx, f)->kind == CK_TOK_NUMBER && ck_tok (ctx, f)->end - ck_tok (ctx, f)->start <= 3 &&
      (ck_tok_is_punct (ctx, f + 1, '.') || ck_tok_is_punct (ctx, f + 1, ')')))
    f += 2;
  else if (f + 3 < e && ck_tok_is_punct (ctx, f, '[') && ck_tok (ctx, f + 1)->kind == CK_TOK_NUMBER &&
           ck_tok (ctx, f + 1)->end - ck_tok (ctx, f + 1)->start <= 3 && ck_tok_is_punct (ctx, f + 2, ']'))
    f += 3;
  if (f >= e || !(ck_tok (ctx, f)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER)))
    return FALSE;
  *col = ck_tok (ctx, f)->col;
  for (guint j = f + 1; j < e && j <= f + CAT_MAX_LABEL_WORDS; j++)
    {
      /* "Label:" or, in a column layout, "Main title   Value" */
      gboolean colon = ck_tok_is_punct (ctx, j, ':');
      gboolean gap = !colon && gap_before (ctx, j);
      if (colon || gap)
        {
          g_autofree char *lab = ck_span_dup (ctx, f, j);
          g_autofree char *low = g_utf8_strdown (lab, -1);
          *field = F_IGNORE;
          *known = FALSE;
          for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
            if (strcmp (low, labels[k].label) == 0)
              {
                *field = labels[k].field;
                *known = TRUE;
              }
          if (!*known)
            {
              const char *lf = ck_lex_lookup (CK_LEX_LABELS, low, -1);
              for (guint k = 0; lf && k < G_N_ELEMENTS (lex_fields); k++)
                if (strcmp (lf, lex_fields[k].name) == 0)
                  {
                    *field = lex_fields[k].field;
                    *known = TRUE;
                  }
            }
          if (gap && !*known)
            return FALSE;
          *vs = colon ? j + 1 : j;
          return TRUE;
        }
      /* "Title / Author:", "Contributor(s):" */
      if (ck_tok (ctx, j)->kind != CK_TOK_WORD && !ck_tok_is_punct (ctx, j, '/') && !ck_tok_is_punct (ctx, j, '.') &&
          !ck_tok_is_punct (ctx, j, '(') && !ck_tok_is_punct (ctx, j, ')'))
        return FALSE;
    }
  return FALSE;
}

/* Whether line @lm continues the value above it: it is indented past the
 * labels' column @col, or the line above stopped mid-value ("… -- ", "…,"). */
static gboolean
continues (const CkExtractCtx *ctx, const CkLine *lm, guint col)
{
  guint prev;
  if (ck_tok (ctx, lm->tok_first)->col > col)
    return TRUE;
  if (lm->tok_first == 0)
    return FALSE;
  prev = lm->tok_first - 1;
  return ck_tok_is_punct (ctx, prev, '-') || ck_tok_is_punct (ctx, prev, ',') || ck_tok_is_punct (ctx, prev, ';');
}

/* Line @m read into @entries: a known label in the labels' column (the
 * first one sets it, *@col) opens an entry, an indented or run-on line
 * continues the last.  FALSE when the line is neither: the list ends. */
static gboolean
add_entry_line (const CkExtractCtx *ctx, GArray *entries, guint m, guint *col)
{
  const CkLine *lm = &g_array_index (ctx->t->lines, CkLine, m);
  Entry en = { 0 };
  guint c = 0;
  if (label_at (ctx, lm, &en.field, &en.known, &en.vs, &c) && en.known && (!*col || c == *col))
    {
      *col = c;
      en.line_first = m;
      en.line_end = m + 1;
      g_array_append_val (entries, en);
      return TRUE;
    }
  if (entries->len && lm->tok_first < lm->tok_end && continues (ctx, lm, *col))
    {
      g_array_index (entries, Entry, entries->len - 1).line_end = m + 1;
      return TRUE;
    }
  return FALSE;
}

/* The end of the value tokens of @en, trailing stops and spaces left out. */
static guint
value_end (const CkExtractCtx *ctx, const Entry *en)
{
  guint e = g_array_index (ctx->t->lines, CkLine, en->line_end - 1).tok_end;
  while (e > en->vs && (ck_tok_is_punct (ctx, e - 1, '.') || ck_tok_is_punct (ctx, e - 1, ',') ||
                        ck_tok_is_punct (ctx, e - 1, ';') || ck_tok_is_punct (ctx, e - 1, '/') ||
                        ck_tok_is_punct (ctx, e - 1, ':')))
    e--;
  return e;
}

/* Catalogue imprints name more than place, publisher and year: a work in
 * volumes gives a span of years and a count ("1981-1984. 3 v." is
 * published 1981, no extent), and a note may follow ("Translation of: T",
 * "Includes index").  Rewrites *@val to what ck_assemble_elements reads. */
void
ck_catalogue_imprint_clean (char **val)
{
  static const char * const notes[] = { "Translation of", "Originally published", "Includes ", "Contents:",
                                        "Notes:", "Bibliography:", NULL };
  /* what cataloguers add in brackets, rewritten to what the elements
   * reader takes, one row a form: a corrected year ("1958 [i.e. 1959]"),
   * a guessed one ("[1958?]", "[ca. 1958]"), and the marks of a missing
   * place or publisher ("[S.l.] : [s.n.]"), which leave nothing behind */
  static const struct { const char *rx, *to; } fixes[] = {
    { "\\b(?:1[5-9]|20)\\d\\d\\??\\s*\\[(?:i\\.\\s?e\\.|that is),?\\s*((?:1[5-9]|20)\\d\\d)\\]?", "\\1" },
    { "\\[?(?:ca\\.|circa)\\s*((?:1[5-9]|20)\\d\\d)\\??\\]?", "\\1" },
    { "\\b((?:1[5-9]|20)\\d\\d)\\?\\]?", "\\1" },
    { "\\[(?:s\\.\\s?n\\.|s\\.\\s?l\\.|n\\.\\s?p\\.|sine nomine|sine loco|publisher not identified|"
      "place of publication not identified)\\]", "" },
    { ":\\s*,", "," },
    { "^\\s*:\\s*", "" },
  };
  static GRegex *years, *vols, *fix_rx[G_N_ELEMENTS (fixes)];
  char *t;
  if (g_once_init_enter (&vols))
    {
      years = g_regex_new ("\\b((?:1[5-9]|20)\\d\\d)-(?:1[5-9]|20)\\d\\d\\b", G_REGEX_OPTIMIZE, 0, NULL);
      for (guint k = 0; k < G_N_ELEMENTS (fixes); k++)
        fix_rx[k] = g_regex_new (fixes[k].rx, G_REGEX_OPTIMIZE | G_REGEX_CASELESS, 0, NULL);
      g_once_init_leave (&vols, g_regex_new ("(?:^|[.;,]\\s*)\\d{1,2} v\\.", G_REGEX_OPTIMIZE, 0, NULL));
    }
  for (guint k = 0; k < G_N_ELEMENTS (fixes); k++)
    {
      t = g_regex_replace (fix_rx[k], *val, -1, 0, fixes[k].to, 0, NULL);
      if (t)
        {
          g_free (*val);
          *val = t;
        }
    }
  for (guint i = 0; notes[i]; i++)
    {
      char *at = strstr (*val, notes[i]);
      if (at && at > *val)
        *at = '\0';
    }
  t = g_regex_replace (years, *val, -1, 0, "\\1", 0, NULL);
  g_free (*val);
  *val = g_regex_replace_literal (vols, t, -1, 0, ".", 0, NULL);
  g_free (t);
}

char *
ck_catalogue_drop_gmd (char *title)
{
  /* "The glass orchard [electronic resource] : a novel": the general
   * material designation, lower-case words in brackets, tells the
   * carrier, not the title */
  char *open = strstr (title, " [");
  while (open)
    {
      char *p = open + 2, *close;
      while (*p && (g_ascii_islower (*p) || *p == ' ' || *p == '-'))
        p++;
      close = *p == ']' && p > open + 2 ? p : NULL;
      if (close)
        {
          memmove (open, close + 1, strlen (close + 1) + 1);
          open = strstr (open, " [");
        }
      else
        open = strstr (open + 2, " [");
    }
  return title;
}

/* A copy of text[start,end) with runs of white space folded, "c1984" and
 * "[1984]" read as years and " : " as ": ". */
char *
ck_catalogue_value_copy (const char *text, gsize start, gsize end)
{
  GString *s = g_string_sized_new (end - start);
  for (gsize i = start; i < end; i++)
    {
      char c = text[i];
      if (g_ascii_isspace (c))
        {
          if (s->len && s->str[s->len - 1] != ' ')
            g_string_append_c (s, ' ');
          continue;
        }
      if ((c == 'c' || c == '[') && (i == start || !g_ascii_isalnum (text[i - 1])) && i + 4 < end &&
          g_ascii_isdigit (text[i + 1]) && g_ascii_isdigit (text[i + 2]) &&
          g_ascii_isdigit (text[i + 3]) && g_ascii_isdigit (text[i + 4]))
        continue;
      if (c == ']' && i >= 4 && g_ascii_isdigit (text[i - 1]))
        continue;
      /* "©1984" */
      if ((guchar) c == 0xC2 && i + 2 < end && (guchar) text[i + 1] == 0xA9 && g_ascii_isdigit (text[i + 2]))
        {
          i++;
          continue;
        }
      if (c == ':' && s->len && s->str[s->len - 1] == ' ')
        s->str[--s->len] = '\0';
      g_string_append_c (s, c);
    }
  return g_strstrip (g_string_free (s, FALSE));
}

/* Relator terms (RDA appendix I, and the AACR2 abbreviations) after a
 * heading's name and dates: "Vell, Ben, 1899-1970, translator."  Lower
 * case, matched as whole words of the heading's tail.  One row a term. */
static const struct { const char *term; CkRole role; } relators[] = {
  { "author",                      CK_ROLE_AUTHOR },
  { "writer",                      CK_ROLE_AUTHOR },
  { "creator",                     CK_ROLE_AUTHOR },
  { "editor",                      CK_ROLE_EDITOR },
  { "ed.",                         CK_ROLE_EDITOR },
  { "editor of compilation",       CK_ROLE_EDITOR },
  { "translator",                  CK_ROLE_TRANSLATOR },
  { "tr.",                         CK_ROLE_TRANSLATOR },
  { "trans.",                      CK_ROLE_TRANSLATOR },
  { "illustrator",                 CK_ROLE_ILLUSTRATOR },
  { "ill.",                        CK_ROLE_ILLUSTRATOR },
  { "writer of introduction",      CK_ROLE_INTRODUCER },
  { "author of introduction",      CK_ROLE_INTRODUCER },
  { "writer of foreword",          CK_ROLE_INTRODUCER },
  { "writer of preface",           CK_ROLE_INTRODUCER },
  { "author of introduction, etc.", CK_ROLE_INTRODUCER },
  { "compiler",                    CK_ROLE_COMPILER },
  { "comp.",                       CK_ROLE_COMPILER },
  { "contributor",                 CK_ROLE_CONTRIBUTOR },
};

/* The role a heading's tail names ("1930- editor", "translator."), the
 * longest term that closes it; FALSE when it names none. */
static gboolean
relator_in (const char *tail, CkRole *role)
{
  g_autofree char *low = g_utf8_strdown (tail, -1);
  gsize n, best = 0;
  g_strstrip (low);
  n = strlen (low);
  /* the record's stop is no part of the term ("editor.") but "ed." keeps its own */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint k = 0; k < G_N_ELEMENTS (relators); k++)
        {
          gsize m = strlen (relators[k].term);
          if (m > best && n >= m && strcmp (low + n - m, relators[k].term) == 0 &&
              (n == m || low[n - m - 1] == ' ' || low[n - m - 1] == ',' || low[n - m - 1] == '-'))
            {
              best = m;
              *role = relators[k].role;
            }
        }
      if (best || n == 0 || low[n - 1] != '.')
        break;
      low[--n] = '\0';
    }
  return best > 0;
}

/* "Family, Given (Fuller form), 1926-1984, editor." → a name, with the
 * role of its relator term (*@has_role; the roles of all its terms go in
 * *@roles as bits, "editor, translator") or else @role; NULL when it does
 * not read as one.  The fuller form in parentheses spells out initials
 * and is no part of the given name. */
static CkName *
inverted_name (const char *val, CkRole role, gboolean *has_role, guint *roles)
{
  g_autofree char *copy = g_strdup (val);
  g_auto(GStrv) parts = NULL;
  g_autofree char *family = NULL, *given = NULL;
  char *open;
  if (has_role)
    *has_role = FALSE;
  /* drop "(Ada Beth)" */
  while ((open = strchr (copy, '(')) != NULL)
    {
      char *close = strchr (open, ')');
      if (!close)
        {
          *open = '\0';
          break;
        }
      memmove (open, close + 1, strlen (close + 1) + 1);
    }
  parts = g_strsplit (copy, ",", 0);
  if (!parts[0] || !*g_strstrip (parts[0]) || strpbrk (parts[0], "0123456789"))
    return NULL;
  family = g_strdup (parts[0]);
  if (parts[1])
    {
      char *g = g_strstrip (parts[1]);
      gsize n = strlen (g);
      CkRole r;
      /* "Given." loses its stop, "Given A." keeps the initial's */
      if (n > 2 && g[n - 1] == '.' && !(g[n - 3] == ' ' && g_ascii_isupper (g[n - 2])))
        g[n - 1] = '\0';
      if (*g && !strpbrk (g, "0123456789") && !(relator_in (g, &r) && g_ascii_islower (*g)))
        given = g_strdup (g);
      /* the tail after the given name: dates and a relator term */
      for (guint k = given ? 2 : 1; parts[k]; k++)
        if (relator_in (parts[k], &r))
          {
            role = r;
            if (has_role)
              *has_role = TRUE;
            if (roles)
              *roles |= 1u << r;
          }
    }
  {
    gsize n = strlen (family);
    if (n > 1 && family[n - 1] == '.' && !given)
      family[n - 1] = '\0';
  }
  return ck_name_new_personal (role, family, given);
}

/* "xii, 390 p. ; 25 cm." → number of pages "xii, 390". */
void
ck_catalogue_extent_into (CkRecord *rec, char *val)
{
  char *p = val;
  /* "Pages: 336" */
  if (*val && strspn (val, "0123456789") == strlen (val) && strlen (val) < 6)
    {
      ck_record_set (rec, CK_FIELD_NUMBER_OF_PAGES, val);
      return;
    }
  while ((p = strchr (p, 'p')) != NULL)
    {
      gboolean word_start = p == val || p[-1] == ' ';
      gboolean word_end = p[1] == '.' || p[1] == ' ' || p[1] == '\0' || g_str_has_prefix (p, "pages");
      if (word_start && word_end && p > val)
        {
          /* the count just before: "xii, 390" of "1 volume (xii, 390 pages)" */
          gsize n = p - val, b;
          while (n > 0 && (val[n - 1] == ' ' || val[n - 1] == ','))
            n--;
          b = n;
          while (b > 0 && strchr ("0123456789ivxlcdm, +[]", val[b - 1]))
            b--;
          while (b < n && (val[b] == ' ' || val[b] == ','))
            b++;
          if (n > b && g_ascii_isdigit (val[n - 1]) && n - b < 40)
            {
              val[n] = '\0';
              ck_record_set (rec, CK_FIELD_NUMBER_OF_PAGES, val + b);
            }
          return;
        }
      p++;
    }
}

static gboolean
is_matter (const char *title)
{
  g_autofree char *low = g_utf8_strdown (title, -1);
  for (guint k = 0; k < G_N_ELEMENTS (matter); k++)
    if (strcmp (low, matter[k]) == 0)
      return TRUE;
  return FALSE;
}

/* The first token starting at or after byte @pos within [from, to). */
static guint
tok_at_byte (const CkExtractCtx *ctx, guint from, guint to, gsize pos)
{
  for (guint k = from; k < to; k++)
    if (ck_tok (ctx, k)->start >= pos)
      return k;
  return from;
}

/* A statement of responsibility in [s,e): "Given Family ; edited by X ;
 * translated by Y" — names with the role of the phrase before them. */
void
ck_catalogue_resp_into (const CkExtractCtx *ctx, CkRecord *rec, guint s, guint e)
{
  for (guint k = s; k < e;)
    {
      CkRole role = CK_ROLE_AUTHOR;
      guint r = ck_role_phrase_at (ctx, k, e, &role);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      guint ne;
      if (r == k && ck_tok_is (ctx, k, "by"))
        r = k + 1;
      ne = ck_names_forward (ctx, r, e, role, names);
      for (guint q = 0; q < names->len; q++)
        ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
      k = ne > k ? ne : k + 1;
      while (k < e && (ck_tok_is_punct (ctx, k, ';') || ck_tok_is_punct (ctx, k, ',') ||
                       ck_tok_is_punct (ctx, k, '.') || ck_tok_is (ctx, k, "and")))
        k++;
    }
}

/* The title line: "Title : sub / edited by X." → title and roles. */
static void
title_into (const CkExtractCtx *ctx, CkRecord *rec, guint vs, guint ve)
{
  guint slash = ve, te, resp = ve;
  for (guint k = vs; k < ve; k++)
    if (ck_tok_is_punct (ctx, k, '/'))
      {
        slash = k;
        resp = k + 1;
        break;
      }
    /* an older record's "Title [by] Name" or "Title, by Name" */
    else if (k > vs + 1 && k + 1 < ve && ck_tok_is (ctx, k, "by") && ck_tok_lower_word (ctx, k) &&
             ((ck_tok_is_punct (ctx, k - 1, '[') && ck_tok_is_punct (ctx, k + 1, ']')) || ck_tok_is_punct (ctx, k - 1, ',')))
      {
        guint ns = ck_tok_is_punct (ctx, k + 1, ']') ? k + 2 : k + 1;
        g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
        guint ne = ck_names_forward (ctx, ns, ve, CK_ROLE_AUTHOR, names);
        while (ne < ve && (ck_tok_is_punct (ctx, ne, '.') || ck_tok_is_punct (ctx, ne, ']')))
          ne++;
        if (names->len == 0 || ne != ve)
          continue;
        slash = k - 1;
        resp = ns;
        break;
      }
  te = slash;
  /* "Title = Parallel title": the title proper is the first */
  for (guint k = vs + 1; k < te; k++)
    if (ck_tok_is_punct (ctx, k, '=') && (ck_tok (ctx, k)->flags & CK_TOKF_SPACE))
      {
        te = k;
        break;
      }
  while (te > vs && (ck_tok_is_punct (ctx, te - 1, '.') || ck_tok_is_punct (ctx, te - 1, ':') ||
                     ck_tok_is_punct (ctx, te - 1, ';') || ck_tok_is_punct (ctx, te - 1, ',')))
    te--;
  if (te > vs)
    ck_assemble_title (rec, ck_catalogue_drop_gmd (ck_catalogue_value_copy (ctx->text, ck_tok (ctx, vs)->start,
                                                                             ck_tok (ctx, te - 1)->end)));
  if (resp < ve)
    ck_catalogue_resp_into (ctx, rec, resp, ve);
}

/* Whether @rec names a person of family @family in any role. */
static gboolean
has_family (CkRecord *rec, const char *family)
{
  for (guint k = 0; k < ck_record_get_n_names (rec); k++)
    {
      const CkName *n = ck_record_get_name (rec, k);
      if (n->family && g_ascii_strcasecmp (n->family, family) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether @rec names the person @nm in any role: the same family, or the
 * same whole name split otherwise ("Geoffrey Nowell Smith" read from a
 * statement as given "Geoffrey Nowell", family "Smith"). */
static gboolean
has_person (CkRecord *rec, const CkName *nm)
{
  g_autofree char *whole = g_strdup_printf ("%s %s", nm->given ? nm->given : "", nm->family);
  if (has_family (rec, nm->family))
    return TRUE;
  g_strstrip (whole);
  for (guint k = 0; k < ck_record_get_n_names (rec); k++)
    {
      const CkName *o = ck_record_get_name (rec, k);
      g_autofree char *w = g_strdup_printf ("%s %s", o->given ? o->given : "", o->family ? o->family : "");
      if (g_ascii_strcasecmp (g_strstrip (w), whole) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Each " -- " item of the contents as a chapter mention. */
static void
contents_parts (CkExtractCtx *ctx, const CkDetector *det, const Entry *en)
{
  const CkLine *last = &g_array_index (ctx->t->lines, CkLine, en->line_end - 1);
  gsize start = ck_tok (ctx, en->vs)->start, end = last->end, a = start;
  guint tf = en->vs, tt = last->tok_end, n_items = 0;
  for (gsize i = start; i <= end; i++)
    {
      gboolean sep = i + 1 < end && ctx->text[i] == '-' && ctx->text[i + 1] == '-';
      gsize b = i, q;
      g_autofree char *item = NULL;
      char *slash;
      CkRecord *part;
      guint first;
      if (!sep && i < end)
        continue;
      if (n_items++ >= 200)
        break;
      while (a < b && g_ascii_isspace (ctx->text[a]))
        a++;
      q = b;
      while (q > a && (g_ascii_isspace (ctx->text[q - 1]) || ctx->text[q - 1] == '.'))
        q--;
      item = ck_catalogue_value_copy (ctx->text, a, q);
      slash = strstr (item, " / ");
      if (slash)
        *slash = '\0';
      g_strstrip (item);
      if (*item && !is_matter (item) && g_utf8_strlen (item, -1) <= 200)
        {
          part = ck_record_new (CK_TYPE_CHAPTER);
          ck_record_set (part, CK_FIELD_TITLE, item);
          if (slash && slash[3])
            {
              CkName *nm = ck_name_parse_display (CK_ROLE_AUTHOR, g_strstrip (slash + 3));
              if (nm)
                ck_record_take_name (part, nm);
            }
          first = tok_at_byte (ctx, tf, tt, a);
          ck_mention_add (ctx, det, part, a, q, first, CK_MENTION_PART);
        }
      a = i + 2;
      i++;
    }
}

void
ck_catalogue_series_into (CkRecord *rec, char *val)
{
  /* "Gannet histories ; 12", "Gannet histories ; no. 12", "… ; v. 3" */
  char *semi = strrchr (val, ';');
  /* "[none]", "none": a field the catalogue fills for form's sake */
  if (g_ascii_strcasecmp (val, "[none]") == 0 || g_ascii_strcasecmp (val, "none") == 0 ||
      g_ascii_strcasecmp (val, "n/a") == 0)
    return;
  if (semi && semi > val)
    {
      char *num = g_strstrip (semi + 1);
      if (g_str_has_prefix (num, "no. ") || g_str_has_prefix (num, "v. ") || g_str_has_prefix (num, "vol. "))
        num = strchr (num, ' ') + 1;
      if (*num && strlen (num) <= 12 && g_ascii_isalnum (*num) && strspn (num, "0123456789ivxlcdmIVXLCDM-") > 0)
        {
          *semi = '\0';
          g_strchomp (val);
          ck_record_set (rec, CK_FIELD_COLLECTION_NUMBER, num);
        }
    }
  if (*val && !ck_record_has (rec, CK_FIELD_COLLECTION_TITLE))
    ck_record_set (rec, CK_FIELD_COLLECTION_TITLE, val);
}

/* "Pré de fer. English": a uniform title ending in a language is the
 * original title of a translation; without one it is only the record's
 * own title in standard form, and says nothing new. */
void
ck_catalogue_uniform_into (CkRecord *rec, char *val)
{
  char *dot = g_strrstr (val, ". ");
  if (!dot || ck_record_has (rec, CK_FIELD_ORIGINAL_TITLE))
    return;
  {
    const char *lang = dot + 2;
    gsize n = strlen (lang);
    while (n > 0 && (lang[n - 1] == '.' || lang[n - 1] == ' '))
      n--;
    if (n == 0 || !ck_language_code (lang, n))
      return;
  }
  *dot = '\0';
  if (*val == '[')
    memmove (val, val + 1, strlen (val));
  g_strstrip (val);
  if (*val)
    ck_record_set (rec, CK_FIELD_ORIGINAL_TITLE, val);
}

void
ck_catalogue_heading_into (CkRecord *rec, const char *val, gboolean added)
{
  gboolean has_role = FALSE;
  guint roles = 0;
  CkName *nm;
  if (!strchr (val, ','))
    {
      /* "Ada Quell" in direct order: a main entry only */
      nm = added ? NULL : ck_name_parse_display (CK_ROLE_AUTHOR, val);
      if (nm && nm->family && !has_person (rec, nm))
        ck_record_take_name (rec, nm);
      else if (nm)
        ck_name_free (nm);
      return;
    }
  nm = inverted_name (val, added ? CK_ROLE_CONTRIBUTOR : CK_ROLE_AUTHOR, &has_role, &roles);
  if (!nm)
    return;
  if (!has_role)
    roles = added ? 0 : 1u << CK_ROLE_AUTHOR;
  if (nm->family && !has_person (rec, nm))
    for (guint r = 0; r < CK_ROLE_N_ROLES; r++)
      if (roles & (1u << r))
        {
          CkName *c = ck_name_copy (nm);
          c->role = r;
          ck_record_take_name (rec, c);
        }
  ck_name_free (nm);
}

/* The names of an author or added-names entry, one a line or separated
 * by ";" ("Orla Strand; Ben Vell", "Quell, Ada." over "Vell, Ben.");
 * names in direct order also by "and" and "&".  An @added name needs a
 * relator term ("Vell, Ben, 1899-1970, translator."): without one it has
 * no role we can tell, and is left out. */
static void
names_into (const CkExtractCtx *ctx, CkRecord *rec, const Entry *en, gboolean added)
{
  for (guint m = en->line_first; m < en->line_end; m++)
    {
      const CkLine *lm = &g_array_index (ctx->t->lines, CkLine, m);
      gsize a = m == en->line_first ? ck_tok (ctx, en->vs)->start : lm->start;
      g_autofree char *line = NULL;
      g_auto(GStrv) items = NULL;
      if (a >= lm->end)
        continue;
      line = ck_catalogue_value_copy (ctx->text, a, lm->end);
      items = g_strsplit (line, ";", 8);
      for (guint k = 0; items[k]; k++)
        {
          g_strstrip (items[k]);
          if (strchr (items[k], ','))
            ck_catalogue_heading_into (rec, items[k], added);
          else if (!added && *items[k])
            {
              g_autoptr(GRegex) and = g_regex_new (" (?:and|&) ", 0, 0, NULL);
              g_auto(GStrv) people = g_regex_split (and, items[k], 0);
              for (guint q = 0; people[q] && q < 8; q++)
                if (*g_strstrip (people[q]))
                  ck_catalogue_heading_into (rec, people[q], FALSE);
            }
        }
    }
}

/* One labelled entry's value into @rec; *@contents gets the contents
 * entry, which is read once the record is made. */
static void
entry_into (const CkExtractCtx *ctx, CkRecord *rec, const Entry *en, const Entry **contents)
{
  guint ve = value_end (ctx, en);
  g_autofree char *val = NULL;
  if (ve <= en->vs)
    return;
  val = ck_catalogue_value_copy (ctx->text, ck_tok (ctx, en->vs)->start, ck_tok (ctx, ve - 1)->end);
  switch (en->field)
    {
    case F_TITLE:
      if (!ck_record_has (rec, CK_FIELD_TITLE))
        title_into (ctx, rec, en->vs, ve);
      break;
    case F_AUTHOR:
      /* "Family, Given, dates" or "Given Family", one a line or ";" */
      names_into (ctx, rec, en, FALSE);
      break;
    case F_EDITION:
      {
        /* "2nd ed." keeps the abbreviation's stop */
        guint le = g_array_index (ctx->t->lines, CkLine, en->line_end - 1).tok_end;
        if (ve < le && ck_tok_is_punct (ctx, ve, '.'))
          ve++;
        g_free (val);
        val = ck_catalogue_value_copy (ctx->text, ck_tok (ctx, en->vs)->start, ck_tok (ctx, ve - 1)->end);
        ck_record_set (rec, CK_FIELD_EDITION, val);
      }
      break;
    case F_EXTENT:
      ck_catalogue_extent_into (rec, val);
      break;
    case F_IMPRINT:
      ck_catalogue_imprint_clean (&val);
      ck_assemble_elements (rec, val, 0, strlen (val), CK_ELEM_BLOCK, NULL);
      break;
    case F_ISBN:
      if (!ck_record_has (rec, CK_FIELD_ISBN))
        {
          /* the first number of ten or thirteen digits */
          gsize n = strspn (val, "0123456789Xx-");
          if (n >= 10)
            {
              val[n] = '\0';
              ck_record_set (rec, CK_FIELD_ISBN, val);
            }
        }
      break;
    case F_DATE:
      for (guint q = en->vs; q < ve; q++)
        if (ck_tok (ctx, q)->flags & CK_TOKF_YEAR)
          {
            if (!ck_record_get_date (rec, CK_DATE_ISSUED))
              ck_record_take_date (rec, CK_DATE_ISSUED,
                                   ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, q)->start), 0, 0));
            break;
          }
      break;
    case F_PLACE:
      ck_record_set (rec, CK_FIELD_PUBLISHER_PLACE, val);
      break;
    case F_PRICE:
      ck_record_set (rec, CK_FIELD_PRICE, val);
      break;
    case F_BINDING:
      ck_record_set (rec, CK_FIELD_BINDING, val);
      break;
    case F_SERIES:
      ck_catalogue_series_into (rec, val);
      break;
    case F_UNIFORM:
      ck_catalogue_uniform_into (rec, val);
      break;
    case F_OTHER:
      names_into (ctx, rec, en, TRUE);
      break;
    case F_CONTENTS:
      *contents = en;
      break;
    case F_RESP:
      ck_catalogue_resp_into (ctx, rec, en->vs, ve);
      break;
    case F_NOTES:     /* read once the record is made */
    case F_IGNORE:
    case F_WORKS:
      break;
    }
}

/* Whether the value of @en reads as its field: a name (no lower-case
 * word but particles and relator terms), an imprint with a year or a
 * "Place : Publisher", a number in an extent, a date or an ISBN.  An
 * interview set as "Author: I never …" / "Publisher: We …" has labels
 * but no record. */
static gboolean
value_reads (const CkExtractCtx *ctx, const Entry *en)
{
  static const char * const relator_words[] = { "author", "editor", "translator", "writer", "of", "introduction",
                                                "foreword", "preface", "illustrator", "compiler", "contributor",
                                                "ed", "tr", "trans", "ill", "comp", "etc", "and", NULL };
  guint ve = value_end (ctx, en), words = 0;
  gboolean year = FALSE, number = FALSE, colon = FALSE;
  for (guint k = en->vs; k < ve; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      year |= (t->flags & CK_TOKF_YEAR) != 0;
      number |= t->kind == CK_TOK_NUMBER;
      colon |= ck_tok_is_punct (ctx, k, ':');
      if (t->kind == CK_TOK_WORD)
        {
          words++;
          if ((en->field == F_AUTHOR || en->field == F_OTHER) && (t->flags & CK_TOKF_LOWER) &&
              !ck_tok_in_words (ctx, k, relator_words) && !ck_tok_in_lex (ctx, k, CK_LEX_PARTICLES))
            return FALSE;
        }
    }
  switch (en->field)
    {
    case F_AUTHOR:
      return words > 0 && words <= 12;
    case F_IMPRINT:
      return year || colon;
    case F_EXTENT:
    case F_ISBN:
      return number;
    case F_DATE:
      return year;
    default:
      return ve > en->vs;
    }
}

gboolean
ck_catalogue_label_line (const CkExtractCtx *ctx, guint l)
{
  const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
  Field field;
  gboolean known;
  guint vs, col;
  return label_at (ctx, ln, &field, &known, &vs, &col) && known;
}

guint
ck_catalogue_fields_after (CkExtractCtx *ctx, const CkDetector *det, guint l, CkRecord *rec)
{
  guint n_lines = ctx->t->lines->len, para, m, last = l, col = 0;
  const CkPara *pp;
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  const Entry *contents = NULL;
  if (l + 1 >= n_lines)
    return l;
  para = ck_para_of (ctx, g_array_index (ctx->t->lines, CkLine, l).tok_first);
  pp = &g_array_index (ctx->t->paras, CkPara, para);
  m = l + 1;
  /* a catalogue's brief line, a blank line, then its labels: the
   * labels are the next paragraph's */
  if (m == pp->line_end && para + 1 < ctx->t->paras->len)
    {
      pp = &g_array_index (ctx->t->paras, CkPara, para + 1);
      m = pp->line_first;
      if (m >= n_lines || !ck_catalogue_label_line (ctx, m))
        return l;
    }
  for (guint m0 = m; m < pp->line_end && m < m0 + CAT_MAX_LINES && add_entry_line (ctx, entries, m, &col); m++)
    last = m;
  for (guint k = 0; k < entries->len; k++)
    {
      const Entry *en = &g_array_index (entries, Entry, k);
      /* the brief line gave title and names; the labels add the rest,
       * and the notes may name an earlier edition ("Originally
       * published: Place : Firm, 1950.") */
      if (en->field == F_NOTES && det && value_end (ctx, en) > en->vs)
        ck_catalogue_notes (ctx, det, en->vs, value_end (ctx, en), rec);
      if (en->field == F_TITLE || en->field == F_CONTENTS || en->field == F_NOTES || en->field == F_WORKS)
        continue;
      if (en->field == F_AUTHOR && ck_record_count_role (rec, CK_ROLE_AUTHOR) > 0)
        continue;
      entry_into (ctx, rec, en, &contents);
    }
  return last;
}

/* Words of a page's section heading over its labels ("Book details",
 * "Full record", "Item information"): no title. */
static const char * const section_words[] = {
  "details", "detail", "record", "information", "info", "description", "item", "book", "product",
  "bibliographic", "catalogue", "catalog", "summary", "overview", "about", "edition", "editions", NULL,
};

/* Words that open a review's byline or label, never a title. */
static const char * const review_words[] = { "reviewed", "review", "reviewer", "reviewers", NULL };

/* A discovery layer's display: the title alone on the paragraph's first
 * line (a "by Name" line may follow), then labels without a "Title:" —
 *
 *   The iron meadow : a history
 *   by Orla Strand
 *   Publisher:  Leeds : Gannet Books, 1974.
 *   Edition/Format:  Print book : English
 *
 * Two labels or more must read as their fields, one an author or an
 * imprint, and every line after the title must be a label or continue
 * one; the first line must be no section heading ("Book details"). */
static void
title_over_labels (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      const CkLine *l0 = &g_array_index (ctx->t->lines, CkLine, pp->line_first);
      g_autoptr(GArray) entries = NULL;
      g_autoptr(CkRecord) rec = NULL;
      const Entry *contents = NULL;
      guint m = pp->line_first + 1, col = 0, n_known = 0, by_line = G_MAXUINT, ts = l0->tok_first, te = l0->tok_end;
      gboolean anchor = FALSE, ok = TRUE;
      CkRecord *owner;
      Field field;
      gboolean known;
      guint vs, lcol;
      if (pp->line_end - pp->line_first < 3 || pp->line_end - pp->line_first > CAT_MAX_LINES ||
          ck_is_claimed (ctx, pp->tok_first, pp->tok_end) || (label_at (ctx, l0, &field, &known, &vs, &lcol) && known) ||
          !ck_tok_cap_word (ctx, ts) || ck_count_words (ctx, ts, te) > 30)
        continue;
      /* "by Orla Strand" under the title */
      {
        const CkLine *l1 = &g_array_index (ctx->t->lines, CkLine, m);
        if (ck_tok_is (ctx, l1->tok_first, "by"))
          by_line = m++;
      }
      entries = g_array_new (FALSE, TRUE, sizeof (Entry));
      for (; m < pp->line_end && ok; m++)
        ok = add_entry_line (ctx, entries, m, &col);
      if (!ok)
        continue;
      for (guint k = 0; k < entries->len && ok; k++)
        {
          const Entry *en = &g_array_index (entries, Entry, k);
          if (en->field == F_TITLE)
            ok = FALSE;
          else if (en->field != F_IGNORE && en->field != F_NOTES && en->field != F_WORKS && value_reads (ctx, en))
            {
              n_known++;
              anchor |= en->field == F_AUTHOR || en->field == F_IMPRINT;
            }
        }
      if (!ok || n_known < 2 || !anchor)
        continue;
      /* the title, without its statement and closing stop */
      {
        guint slash = te;
        for (guint k = ts; k < te; k++)
          if (ck_tok_is_punct (ctx, k, '/'))
            {
              slash = k;
              break;
            }
        while (slash > ts && (ck_tok_is_punct (ctx, slash - 1, '.') || ck_tok_is_punct (ctx, slash - 1, ':')))
          slash--;
        if (slash <= ts || !ck_title_plausible (ctx, ts, slash))
          continue;
        for (guint k = ts; k < slash; k++)
          if (ck_tok_in_words (ctx, k, section_words) && ck_count_words (ctx, ts, slash) <= 3)
            ok = FALSE;
        /* "Reviewed by Ben Vell" over the labels is the review's byline */
        if (ck_tok_in_words (ctx, ts, review_words))
          ok = FALSE;
        if (!ok)
          continue;
      }
      rec = ck_record_new (CK_TYPE_BOOK);
      title_into (ctx, rec, ts, te);
      if (by_line != G_MAXUINT)
        {
          const CkLine *lb = &g_array_index (ctx->t->lines, CkLine, by_line);
          ck_catalogue_resp_into (ctx, rec, lb->tok_first, lb->tok_end);
        }
      for (guint k = 0; k < entries->len; k++)
        entry_into (ctx, rec, &g_array_index (entries, Entry, k), &contents);
      if (!ck_record_has (rec, CK_FIELD_TITLE))
        continue;
      owner = rec;
      guint flags = CK_MENTION_MAIN | ck_catalogue_edition_flag (ctx, rec);
      ck_mention_add (ctx, det, g_steal_pointer (&rec), l0->start,
                      g_array_index (ctx->t->lines, CkLine, pp->line_end - 1).end, ts, flags);
      if (contents)
        contents_parts (ctx, det, contents);
      for (guint k = 0; k < entries->len; k++)
        {
          const Entry *en = &g_array_index (entries, Entry, k);
          guint ve = value_end (ctx, en);
          if (en->field == F_NOTES && ve > en->vs)
            ck_catalogue_notes (ctx, det, en->vs, ve, owner);
        }
      ck_claim (ctx, pp->tok_first, pp->tok_end);
    }
}

#define CAT_MAX_VALUE_LINES 4

/* Whether line @l holds a known label alone ("Title", "Published:"):
 * its field. */
static gboolean
label_alone (const CkExtractCtx *ctx, guint l, Field *field)
{
  const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
  guint e = ln->tok_end;
  g_autofree char *lab = NULL, *low = NULL;
  if (e > ln->tok_first && ck_tok_is_punct (ctx, e - 1, ':'))
    e--;
  if (e <= ln->tok_first || e - ln->tok_first > CAT_MAX_LABEL_WORDS + 2 || !ck_tok_cap_word (ctx, ln->tok_first))
    return FALSE;
  lab = ck_span_dup (ctx, ln->tok_first, e);
  low = g_utf8_strdown (lab, -1);
  for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
    if (strcmp (low, labels[k].label) == 0)
      {
        *field = labels[k].field;
        return TRUE;
      }
  /* the book trade's labels, with their colon ("Guideline Price:") */
  if (e < ln->tok_end)
    {
      const char *lf = ck_lex_lookup (CK_LEX_LABELS, low, -1);
      for (guint k = 0; lf && k < G_N_ELEMENTS (lex_fields); k++)
        if (strcmp (lf, lex_fields[k].name) == 0)
          {
            *field = lex_fields[k].field;
            return TRUE;
          }
    }
  return FALSE;
}

/* A record whose labels stand on lines of their own over their values, as
 * a catalogue's two-column page is pasted (a blank line may come between):
 *
 *   Title
 *   The glass orchard / Ada Quell.
 *   Author
 *   Quell, Ada, 1921-1999.
 *   Published
 *   London : Harwell Press, 1958.
 *
 * Every label is a known one; three must read as their fields, the title
 * among them, as in the one-line form. */
static void
stacked_labels (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n_lines = ctx->t->lines->len;
  for (guint l = 0; l + 1 < n_lines; l++)
    {
      g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (Entry));
      g_autoptr(CkRecord) rec = NULL;
      const Entry *contents = NULL;
      guint m = l, n_known = 0, title_vs = 0;
      gboolean has_title = FALSE;
      CkRecord *owner;
      Field field;
      if (ck_is_claimed (ctx, g_array_index (ctx->t->lines, CkLine, l).tok_first,
                         g_array_index (ctx->t->lines, CkLine, l).tok_end) ||
          !label_alone (ctx, l, &field))
        continue;
      /* label, value lines, label, … while the labels are known */
      while (m + 1 < n_lines && m < l + CAT_MAX_LINES && label_alone (ctx, m, &field))
        {
          Entry en = { 0 };
          guint v = m + 1;
          const CkLine *lv = &g_array_index (ctx->t->lines, CkLine, v);
          if (ck_tok (ctx, lv->tok_first)->nl > 2 || label_alone (ctx, v, &en.field))
            break;
          en.field = field;
          en.known = TRUE;
          en.line_first = v;
          en.vs = lv->tok_first;
          en.line_end = v + 1;
          /* the value wraps over lines that follow without a blank line */
          while (en.line_end < n_lines && en.line_end < v + CAT_MAX_VALUE_LINES &&
                 ck_tok (ctx, g_array_index (ctx->t->lines, CkLine, en.line_end).tok_first)->nl == 1 &&
                 !label_alone (ctx, en.line_end, &field))
            en.line_end++;
          g_array_append_val (entries, en);
          m = en.line_end;
          if (m < n_lines && ck_tok (ctx, g_array_index (ctx->t->lines, CkLine, m).tok_first)->nl > 2)
            break;
        }
      for (guint k = 0; k < entries->len; k++)
        {
          const Entry *en = &g_array_index (entries, Entry, k);
          if (en->field != F_IGNORE && en->field != F_NOTES && en->field != F_WORKS && value_reads (ctx, en))
            n_known++;
          if (en->field == F_TITLE && !has_title)
            {
              has_title = TRUE;
              title_vs = en->vs;
            }
        }
      if (!has_title || n_known < 3)
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      for (guint k = 0; k < entries->len; k++)
        entry_into (ctx, rec, &g_array_index (entries, Entry, k), &contents);
      if (!ck_record_has (rec, CK_FIELD_TITLE))
        continue;
      {
        const Entry *e1 = &g_array_index (entries, Entry, entries->len - 1);
        const CkLine *first = &g_array_index (ctx->t->lines, CkLine, l);
        const CkLine *lastl = &g_array_index (ctx->t->lines, CkLine, e1->line_end - 1);
        owner = rec;
        guint flags = CK_MENTION_MAIN | ck_catalogue_edition_flag (ctx, rec);
        ck_mention_add (ctx, det, g_steal_pointer (&rec), first->start, lastl->end, title_vs, flags);
        if (contents)
          contents_parts (ctx, det, contents);
        for (guint k = 0; k < entries->len; k++)
          {
            const Entry *en = &g_array_index (entries, Entry, k);
            guint ve = value_end (ctx, en);
            if (en->field == F_NOTES && ve > en->vs)
              ck_catalogue_notes (ctx, det, en->vs, ve, owner);
          }
        ck_claim (ctx, first->tok_first, lastl->tok_end);
        l = e1->line_end - 1;
      }
    }
}

void
ck_detect_catalogue_record (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n_lines = ctx->t->lines->len;
  for (guint l = 0; l < n_lines; l++)
    {
      g_autoptr(GArray) entries = NULL;
      g_autoptr(CkRecord) rec = NULL;
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      Field field;
      gboolean known, has_title = FALSE;
      guint vs, n_known = 0, m, para, col;
      const Entry *contents = NULL;
      CkRecord *owner;
      gsize rec_start, rec_end;

      if (!label_at (ctx, ln, &field, &known, &vs, &col) || field != F_TITLE ||
          ck_is_claimed (ctx, ln->tok_first, ln->tok_end))
        continue;
      /* the labelled lines of this paragraph around the title line */
      para = ck_para_of (ctx, ln->tok_first);
      {
        const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, para);
        if (pp->line_end - pp->line_first > CAT_MAX_LINES)
          continue;
        entries = g_array_new (FALSE, TRUE, sizeof (Entry));
        for (m = pp->line_first; m < pp->line_end; m++)
          {
            const CkLine *lm = &g_array_index (ctx->t->lines, CkLine, m);
            Entry en = { 0 };
            guint lcol = 0;
            /* the labels of one record stand in one column (the title's,
             * or the first column when the record is not indented) */
            if (label_at (ctx, lm, &en.field, &en.known, &en.vs, &lcol) && (lcol == col || lcol == 1))
              {
                en.line_first = m;
                en.line_end = m + 1;
                g_array_append_val (entries, en);
              }
            else if (entries->len && lm->tok_first < lm->tok_end && continues (ctx, lm, col))
              g_array_index (entries, Entry, entries->len - 1).line_end = m + 1;
          }
      }
      for (guint k = 0; k < entries->len; k++)
        {
          const Entry *en = &g_array_index (entries, Entry, k);
          if (en->known && en->field != F_IGNORE && en->field != F_NOTES && value_reads (ctx, en))
            n_known++;
          if (en->field == F_TITLE)
            has_title = TRUE;
        }
      if (!has_title || n_known < 3 || entries->len == 0)
        continue;

      rec = ck_record_new (CK_TYPE_BOOK);
      for (guint k = 0; k < entries->len; k++)
        entry_into (ctx, rec, &g_array_index (entries, Entry, k), &contents);
      if (!ck_record_has (rec, CK_FIELD_TITLE))
        continue;
      {
        const Entry *e0 = &g_array_index (entries, Entry, 0);
        const Entry *e1 = &g_array_index (entries, Entry, entries->len - 1);
        const CkLine *first = &g_array_index (ctx->t->lines, CkLine, e0->line_first);
        const CkLine *lastl = &g_array_index (ctx->t->lines, CkLine, e1->line_end - 1);
        rec_start = first->start;
        rec_end = lastl->end;
        owner = rec;
        guint flags = CK_MENTION_MAIN | ck_catalogue_edition_flag (ctx, rec);
        ck_mention_add (ctx, det, g_steal_pointer (&rec), rec_start, rec_end, vs, flags);
        if (contents)
          contents_parts (ctx, det, contents);
        for (guint k = 0; k < entries->len; k++)
          {
            const Entry *en = &g_array_index (entries, Entry, k);
            guint ve = value_end (ctx, en);
            if (en->field == F_NOTES && ve > en->vs)
              ck_catalogue_notes (ctx, det, en->vs, ve, owner);
          }
        for (guint k = 0; k < entries->len; k++)
          {
            const Entry *en = &g_array_index (entries, Entry, k);
            if (en->field == F_WORKS)
              continue;
            ck_claim (ctx, g_array_index (ctx->t->lines, CkLine, en->line_first).tok_first,
                      g_array_index (ctx->t->lines, CkLine, en->line_end - 1).tok_end);
          }
        l = e1->line_end - 1;
      }
    }
  title_over_labels (ctx, det);
  stacked_labels (ctx, det);
}
