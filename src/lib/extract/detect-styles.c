/* detect-styles.c — entries of a bibliography or works-cited list in the
 * styles whose author element ends with a full stop, the humanities'
 * Chicago bibliography and MLA, in the numbered Vancouver style of
 * medical and scientific journals, and older notes with no brackets:
 *
 *   Family, Given. Title: Subtitle. Place: Publisher, Year.      (Chicago)
 *   Family, Given, and Given Family. Title. Place: Publisher, Year.
 *   Family, Given. "Article." Journal 3, no. 2 (1990): 1-20.
 *   Family, Given. Title. Publisher, Year.                      (MLA)
 *   Family, Given, editor. Title. Translated by Name, Publisher, Year.
 *   Family, Given, et al. Title. Publisher, Year.
 *   Family, Given. "Article." Journal, vol. 3, no. 2, 1990, pp. 1-20.
 *   Family, Given. "Article." The Paper, 3 May 1990, p. 12.
 *   Family, Given. "Chapter." Book, edited by Name, Publisher, Year, pp. 3-20.
 *   Family, Given: Title. Place Year.                            (German)
 *   [3] Family AB, Family C. Title. J Abbrev. 1990;3(2):1-20.  (Vancouver)
 *   4. Family C. Title. 2nd ed. Place: Publisher; 1961.
 *   1 A. Family, Title, London, 1958, p. 44.                     (old notes)
 *
 * An entry opens a line (after an item number, if any) and may wrap under
 * a hanging indent.  It is taken only when its tail reads fully as an
 * imprint with a year, or as a journal with a volume, number or date and
 * a year: "Family, Given. Letter to the author. 3 May 1990." is none.
 * Chapters with "In" ("“Essay.” In Book, edited by …") are left to
 * detect-inbook.c, and paragraphs of the header zone (the reviewed book)
 * to the header detectors, which mark the main work, unless a list's
 * label ("Works Cited") stands over them.  ck_style_entry_around gives
 * the html-italics detector the names and imprint round a title in
 * italics on such a line.
 */
#include "detect-extra.h"
#include "detect-context.h"
#include "scholar-shapes.h"
#include <stdlib.h>
#include <string.h>

#define ST_MAX_LINES  6    /* lines one entry may wrap over */
#define ST_MAX_NAMES  8    /* names one author element may hold */
#define ST_MAX_HANG   16   /* columns a hanging indent may go in */

/* Titles that name no published work but a source of the writer's own:
 * "Family, Given. Letter to the author. 1990." (MLA's unpublished
 * sources).  Matched on the title's first word. */
static const char * const unpublished_words[] = {
  "letter",       /* "Letter to the author" */
  "interview",    /* "Interview by the author" */
  "personal",     /* "Personal interview", "Personal communication" */
  "conversation", /* "Conversation with the author" */
  "email", "e-mail", /* "Email to the author" */
  "telephone",    /* "Telephone interview" */
  "lecture",      /* "Lecture, Harbour College" */
  NULL,
};

/* Words after the author element's comma that make the names editors
 * ("Family, Given, editor.", "…, eds.") or translators. */
static const char * const editor_words[] = { "editor", "editors", "ed", "eds", NULL };
static const char * const translator_words[] = { "translator", "translators", "trans", NULL };
static const char * const page_marks[] = { "p", "pp", NULL };
/* Suffixes after an inverted name's given names: "King, Tom, Jr." */
static const char * const name_suffixes[] = { "Jr", "Sr", "II", "III", "IV", NULL };
/* Words that open a note before its citation: "See A. Name, …" */
/* ("vgl.", "voir", "siehe", "cfr.": the same in German, French and Italian notes) */
static const char * const see_words[] = { "see", "cf", "vgl", "siehe", "voir", "cfr", "vedi", NULL };
/* MLA 7's medium at an entry's end: "… 1958. Print." */
static const char * const medium_words[] = { "print", "web", NULL };

static gboolean
is_dash (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, 0x2013);
}

static gboolean
is_num (const CkExtractCtx *ctx, guint k, guint e)
{
  return k < e && ck_tok (ctx, k)->kind == CK_TOK_NUMBER;
}

/* A note number set as a superscript digit. */
static gboolean
superscript_digit (const CkExtractCtx *ctx, guint k)
{
  gunichar c = ck_tok (ctx, k)->ch;
  return ck_tok (ctx, k)->kind == CK_TOK_PUNCT && (c == 0x00B9 || c == 0x00B2 || c == 0x00B3 || (c >= 0x2070 && c <= 0x2079));
}

guint
ck_see_end (const CkExtractCtx *ctx, guint f)
{
  if (!ck_tok_in_words (ctx, f, see_words))
    return f;
  return ck_tok_is_punct (ctx, f + 1, '.') ? f + 2 : f + 1;
}

/* "12.", "12)", "[12]", "(12)", "¹²", "12 A. Name" opening an entry at
 * @f: the token after the mark, or @f.  A year is no item number. */
guint
ck_note_mark_end (const CkExtractCtx *ctx, guint f, guint e)
{
  /* "*Family, Given. …": a list's mark for the books reviewed in the
   * issue, or a dagger, stands before the entry */
  if (f + 1 < e && ck_tok (ctx, f)->kind == CK_TOK_PUNCT && (ck_tok (ctx, f)->nl > 0 || f == 0) &&
      (ck_tok (ctx, f)->ch == '*' || ck_tok (ctx, f)->ch == 0x2020 || ck_tok (ctx, f)->ch == 0x2021) &&
      ck_tok (ctx, f + 1)->start == ck_tok (ctx, f)->end && ck_tok_cap_word (ctx, f + 1))
    return f + 1;
  if (f + 2 < e && (ck_tok_is_punct (ctx, f, '[') || ck_tok_is_punct (ctx, f, '(')) && is_num (ctx, f + 1, e) &&
      (ck_tok_is_punct (ctx, f + 2, ']') || ck_tok_is_punct (ctx, f + 2, ')')))
    return f + 3;
  /* a note's number set as superscript: "³ A. Quell, …", "¹²" */
  if (f < e && superscript_digit (ctx, f))
    {
      while (f < e && superscript_digit (ctx, f))
        f++;
      return f;
    }
  if (f + 1 < e && is_num (ctx, f, e) && !(ck_tok (ctx, f)->flags & CK_TOKF_YEAR) &&
      ck_tok (ctx, f)->end - ck_tok (ctx, f)->start <= 3 &&
      (ck_tok_is_punct (ctx, f + 1, '.') || ck_tok_is_punct (ctx, f + 1, ')')))
    return f + 2;
  /* British notes set the bare number: "1 A. Quell, …" */
  if (f + 1 < e && is_num (ctx, f, e) && !(ck_tok (ctx, f)->flags & CK_TOKF_YEAR) &&
      ck_tok (ctx, f)->end - ck_tok (ctx, f)->start <= 3 && ck_tok_cap_word (ctx, f + 1))
    return f + 1;
  return f;
}

/* Given names after an inverted family name: "Ada", "Ada B.", "A. B.",
 * "Ada de" … at @s; the end, or @s. */
static guint
given_end (const CkExtractCtx *ctx, guint s, guint e)
{
  guint g = ck_name_span_forward (ctx, s, e);
  /* "Gross, Jan T. Fear: …": inverted given names end with their
   * initials; a word after an initial's stop opens the title */
  for (guint k = s; k + 2 < g; k++)
    if ((ck_tok (ctx, k)->flags & CK_TOKF_INITIAL) && ck_tok_is_punct (ctx, k + 1, '.') &&
        !(ck_tok (ctx, k + 2)->flags & CK_TOKF_INITIAL))
      {
        g = k;
        break;
      }
  /* initials after the names, or alone: "Ada B.", "A. B." */
  while (g + 1 < e && (ck_tok (ctx, g)->flags & CK_TOKF_INITIAL) && ck_tok_is_punct (ctx, g + 1, '.'))
    g += 2;
  if (g == s || ck_count_words (ctx, s, g) > 3)
    return s;
  return g;
}

/* "Family, Given" or "Nowell Smith, Given" at @s (the family is one or
 * two capitalised words): appends the name to @names and returns its
 * end, or @s. */
static guint
inverted_name (const CkExtractCtx *ctx, guint s, guint e, CkRole role, GPtrArray *names)
{
  guint k = s, g, f = s;
  /* "van der Berg, Anna": particles in lower case open the family name */
  while (k < e && k < s + 2 && ck_tok_lower_word (ctx, k) && ck_tok_in_lex (ctx, k, CK_LEX_PARTICLES))
    k++;
  f = k;
  /* up to three words, particles between them: "Le Roy Ladurie", "Le
   * Breton du Plessis" */
  for (guint words = 0; k < e && words < 3; words++)
    {
      while (words > 0 && k + 1 < e && ck_tok_lower_word (ctx, k) && ck_tok_in_lex (ctx, k, CK_LEX_PARTICLES) &&
             ck_tok_cap_word (ctx, k + 1))
        k++;
      if (!ck_tok_cap_word (ctx, k) || ck_tok_in_lex (ctx, k, CK_LEX_NON_NAMES) ||
          (ck_tok (ctx, k)->flags & CK_TOKF_INITIAL))
        break;
      k++;
    }
  if (k == f || k + 1 >= e || !ck_tok_is_punct (ctx, k, ','))
    return s;
  g = given_end (ctx, k + 1, e);
  if (g == k + 1)
    return s;
  {
    g_autofree char *fam = ck_span_dup (ctx, s, k);
    g_autofree char *given = ck_span_dup (ctx, k + 1, g);
    g_ptr_array_add (names, ck_name_new_personal (role, fam, given));
  }
  /* "King, Tom, Jr.": the suffix after the given names */
  if (g + 2 < e && ck_tok_is_punct (ctx, g, ',') && ck_tok_in_words (ctx, g + 1, name_suffixes))
    {
      CkName *nm = g_ptr_array_index (names, names->len - 1);
      nm->suffix = ck_tok_dup (ctx, g + 1);
      g += 2;
    }
  return g;
}

/* The author element of a Chicago or MLA entry at @s: the inverted first
 * name, co-authors in direct order (", and Given Family", ", Given
 * Family, and Given Family"), "et al.", a role word ("editor", "eds."),
 * then the full stop.  Appends the names to @names and returns the
 * token after the stop, or @s. */
static guint
author_element (const CkExtractCtx *ctx, guint s, guint e, GPtrArray *names)
{
  guint k = inverted_name (ctx, s, e, CK_ROLE_AUTHOR, names);
  if (k == s)
    {
      /* "Given Family. Title. …": some lists keep the name in its order */
      guint ne = ck_name_span_forward (ctx, s, e);
      if (ne < s + 2 || ck_count_words (ctx, s, ne) < 2 || ck_count_words (ctx, s, ne) > 4 ||
          !ck_tok_is_punct (ctx, ne, '.') || ck_tok_in_lex (ctx, s, CK_LEX_NON_NAMES) ||
          !ck_ctx_names_person (ctx, s, ne))
        return s;
      ck_names_forward (ctx, s, ne, CK_ROLE_AUTHOR, names);
      return names->len ? ne + 1 : s;
    }
  for (guint round = 0; round < ST_MAX_NAMES && k + 1 < e && ck_tok_is_punct (ctx, k, ','); round++)
    {
      guint j = k + 1, ne;
      if (ck_tok_is (ctx, j, "et") && ck_tok_is (ctx, j + 1, "al"))
        {
          k = j + 2;
          break;
        }
      if (ck_tok_in_words (ctx, j, editor_words) || ck_tok_in_words (ctx, j, translator_words))
        {
          CkRole role = ck_tok_in_words (ctx, j, editor_words) ? CK_ROLE_EDITOR : CK_ROLE_TRANSLATOR;
          for (guint q = 0; q < names->len; q++)
            ((CkName *) g_ptr_array_index (names, q))->role = role;
          k = j + 1;
          break;
        }
      if (ck_tok_is (ctx, j, "and"))
        j++;
      /* "FORSHAW, J. H., and ABERCROMBIE, PATRICK.": older lists invert
       * every name, the family in capitals or after "and" */
      if ((j > k + 1 || (ck_tok (ctx, j)->flags & CK_TOKF_UPPER)) &&
          (ne = inverted_name (ctx, j, e, CK_ROLE_AUTHOR, names)) > j)
        {
          k = ne;
          continue;
        }
      ne = ck_name_span_forward (ctx, j, e);
      if (ne < j + 2)
        return s;
      ck_names_forward (ctx, j, ne, CK_ROLE_AUTHOR, names);
      k = ne;
    }
  /* "Family, Given: Title. Place Year." — the colon of German and other
   * European lists ends the element as the stop does */
  if (ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, ':'))
    return k + 1;
  /* "Family, A. B." or "et al.": the initial's stop ends the element */
  if (k > s && ck_tok_is_punct (ctx, k - 1, '.') && ck_tok_cap_word (ctx, k))
    return k;
  return s;
}

/* Vancouver names at @s: "Family AB, Family C, et al." up to the stop.
 * Family names are capitalised words, the initials one to three capitals
 * with no stops.  Returns the token after the stop, or @s. */
static gboolean
vancouver_initials (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  if (t->kind != CK_TOK_WORD || t->end - t->start > 3)
    return FALSE;
  for (guint32 b = t->start; b < t->end; b++)
    if (!g_ascii_isupper (ctx->text[b]))
      return FALSE;
  return TRUE;
}

static guint
vancouver_names (const CkExtractCtx *ctx, guint s, guint e, GPtrArray *names)
{
  guint k = s;
  for (guint round = 0; round < ST_MAX_NAMES && k < e; round++)
    {
      guint f = k;
      if (round > 0 && ck_tok_is (ctx, k, "et") && ck_tok_is (ctx, k + 1, "al"))
        {
          k += 2;
          break;
        }
      while (k < e && k < f + 2 && ck_tok_cap_word (ctx, k) && !vancouver_initials (ctx, k))
        k++;
      if (k == f || k >= e || !vancouver_initials (ctx, k) || ck_tok_in_lex (ctx, f, CK_LEX_NON_NAMES))
        return s;
      {
        g_autofree char *fam = ck_span_dup (ctx, f, k);
        g_autofree char *packed = ck_tok_dup (ctx, k);
        /* "WB" is "W. B.": written so, no later tidying reads it as a
         * name in capitals */
        g_autoptr(GString) given = g_string_new (NULL);
        for (const char *c = packed; *c; c++)
          g_string_append_printf (given, "%s%c.", given->len ? " " : "", *c);
        g_ptr_array_add (names, ck_name_new_personal (CK_ROLE_AUTHOR, fam, given->str));
      }
      k++;
      if (!ck_tok_is_punct (ctx, k, ','))
        break;
      k++;
    }
  return ck_tok_is_punct (ctx, k, '.') && names->len > 0 ? k + 1 : s;
}

/* The title at @s, up to its stop ("." ends it, "?" and "!" are kept):
 * sets *@te past the title and returns the token after the stop, or @s.
 * A quoted title ("“Article.”") sets *@quoted. */
static guint
title_at (const CkExtractCtx *ctx, guint s, guint e, guint *ts, guint *te, gboolean *quoted)
{
  guint k;
  *quoted = ck_tok (ctx, s)->kind == CK_TOK_QUOTE_OPEN;
  if (*quoted)
    {
      guint close = ck_quote_close_nested (ctx, s, e);
      if (close == 0 || close <= s + 1)
        return s;
      *ts = s + 1;
      *te = close;
      while (*te > *ts && (ck_tok_is_punct (ctx, *te - 1, '.') || ck_tok_is_punct (ctx, *te - 1, ',')))
        (*te)--;
      k = close + 1;
      if (ck_tok_is_punct (ctx, k, '.'))
        k++;
      return *te > *ts ? k : s;
    }
  if (!ck_tok_cap_word (ctx, s) || ck_tok_in_words (ctx, s, unpublished_words))
    return s;
  for (k = s; k < e && !ck_tok_is_punct (ctx, k, '.'); k++)
    if (ck_tok_is_punct (ctx, k, '?') || ck_tok_is_punct (ctx, k, '!') || ck_tok_is_punct (ctx, k, '(') ||
        ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN)
      break;
  *ts = s;
  if (k < e && (ck_tok_is_punct (ctx, k, '?') || ck_tok_is_punct (ctx, k, '!')))
    {
      *te = k + 1;
      return ck_tok_is_punct (ctx, k + 1, '.') ? k + 2 : k + 1;
    }
  if (k >= e || !ck_tok_is_punct (ctx, k, '.'))
    return s;
  *te = k;
  return k + 1;
}

/* "(1990)", "(May 1990)", "(Spring 1990)" at @k: the year token, or 0. */
static guint
paren_year (const CkExtractCtx *ctx, guint k, guint e)
{
  guint j = k + 1;
  if (!ck_tok_is_punct (ctx, k, '('))
    return 0;
  while (j < e && j < k + 4 && ck_tok (ctx, j)->kind == CK_TOK_WORD)
    j++;
  return j + 1 < e && (ck_tok (ctx, j)->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, j + 1, ')') ? j : 0;
}

guint
ck_dated_issue_at (const CkExtractCtx *ctx, guint k, guint e, CkDate **out)
{
  guint y, month = 0;
  *out = NULL;
  for (y = k; y < e && y < k + 6 && !(ck_tok (ctx, y)->flags & CK_TOKF_YEAR); y++)
    {
      const CkToken *t = ck_tok (ctx, y);
      if (ck_tok_in_lex (ctx, y, CK_LEX_MONTHS))
        month++;
      else if (!(t->kind == CK_TOK_NUMBER || ck_tok_is_punct (ctx, y, ',') || ck_tok_is_punct (ctx, y, '.')))
        return k;
    }
  if (y >= e || y == k || !month || !(ck_tok (ctx, y)->flags & CK_TOKF_YEAR))
    return k;
  {
    g_autofree char *txt = ck_span_dup (ctx, k, y + 1);
    CkDate *d = ck_date_parse (txt);
    if (!d || d->year == 0)
      {
        if (d)
          ck_date_free (d);
        return k;
      }
    *out = d;
  }
  return y + 1;
}

/* Pages "1-20", "14" at @k: their end, or @k. */
static guint
pages_end (const CkExtractCtx *ctx, guint k, guint e)
{
  if (!is_num (ctx, k, e))
    return k;
  if (k + 2 < e && is_dash (ctx, k + 1) && is_num (ctx, k + 2, e))
    return k + 3;
  return k + 1;
}

/* The journal after a quoted article title, at @s:
 *   Journal 3, no. 2 (1990): 1-20.          (Chicago)
 *   Journal, vol. 3, no. 2, 1990, pp. 1-20.  (MLA)
 * Fills @rec and returns TRUE when the whole tail reads so. */
static gboolean
journal_tail (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  guint j = s, ce, vol = 0, iss = 0, year = 0, ps = 0, pe = 0, dated_end;
  g_autoptr(CkDate) dated = NULL;
  while (j < e && (ck_tok_cap_word (ctx, j) || (j > s && (ck_tok (ctx, j)->flags & CK_TOKF_FUNC))))
    j++;
  ce = j;
  if (ce == s || !ck_title_plausible (ctx, s, ce))
    return FALSE;
  if (j < e && ck_tok_is_punct (ctx, j, ','))
    {
      /* MLA: ", vol. 3, no. 2, 1990, pp. 1-20." */
      j++;
      /* older lists set the volume in roman numerals: ", Vol. XIII" */
      if (ck_tok_is (ctx, j, "vol") && ck_tok_is_punct (ctx, j + 1, '.') &&
          (is_num (ctx, j + 2, e) || (j + 2 < e && ck_roman_volume_tok (ctx, j + 2))))
        {
          vol = j + 2;
          j += 3;
          if (ck_tok_is_punct (ctx, j, ','))
            j++;
        }
      if (ck_tok_is (ctx, j, "no") && ck_tok_is_punct (ctx, j + 1, '.') && is_num (ctx, j + 2, e))
        {
          iss = j + 2;
          j += 3;
          if (ck_tok_is_punct (ctx, j, ','))
            j++;
        }
      /* the volume's year in brackets, or its span: "(1946)", "(1945-46)",
       * then the pages after a comma */
      if ((vol || iss) && ck_tok_is_punct (ctx, j, '('))
        {
          /* "(Sept., 1945)", "(Winter, 1946)": the month or season first */
          guint y = j + 1;
          if (y < e && ck_tok_cap_word (ctx, y) && (ck_tok_in_lex (ctx, y, CK_LEX_MONTHS) || ck_venue_season (ctx, y)))
            {
              y++;
              if (ck_tok_is_punct (ctx, y, '.'))
                y++;
              if (ck_tok_is_punct (ctx, y, ','))
                y++;
            }
          guint c = y + 1;
          if (c + 1 < e && is_dash (ctx, c) && is_num (ctx, c + 1, e))
            c += 2;
          if (y < e && (ck_tok (ctx, y)->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, c, ')'))
            {
              year = y;
              j = c + 1;
            }
        }
      /* the date: "1990", "Spring 1990", "May 1990" */
      {
        guint d = j;
        while (d < e && d < j + 2 && ck_tok_cap_word (ctx, d))
          d++;
        if (d < e && (ck_tok (ctx, d)->flags & CK_TOKF_YEAR))
          j = d;
      }
      if (year)
        ;
      else if (j < e && (ck_tok (ctx, j)->flags & CK_TOKF_YEAR))
        year = j++;
      /* a newspaper's or magazine's: "The Harbour Review, 3 May 1990" */
      else if (!vol && !iss && (dated_end = ck_dated_issue_at (ctx, j, e, &dated)) > j)
        {
          year = dated_end - 1;
          j = dated_end;
        }
      if (ck_tok_is_punct (ctx, j, ',') && ck_tok_in_words (ctx, j + 1, page_marks) && ck_tok_is_punct (ctx, j + 2, '.'))
        {
          ps = j + 3;
          pe = pages_end (ctx, ps, e);
          if (pe == ps)
            return FALSE;
          j = pe;
        }
    }
  else if (is_num (ctx, j, e) && !(ck_tok (ctx, j)->flags & CK_TOKF_YEAR))
    {
      /* Chicago: " 3, no. 2 (1990): 1-20." */
      vol = j++;
      if (ck_tok_is_punct (ctx, j, ',') && ck_tok_is (ctx, j + 1, "no") && ck_tok_is_punct (ctx, j + 2, '.') &&
          is_num (ctx, j + 3, e))
        {
          iss = j + 3;
          j += 4;
        }
      year = paren_year (ctx, j, e);
      if (!year)
        return FALSE;
      j = year + 2;
      if (ck_tok_is_punct (ctx, j, ':'))
        {
          ps = j + 1;
          pe = pages_end (ctx, ps, e);
          if (pe == ps)
            return FALSE;
          j = pe;
        }
    }
  if (!year || !(vol || iss || dated) || !(j >= e || (j + 1 == e && ck_tok_is_punct (ctx, j, '.'))))
    return FALSE;
  ck_record_set_type (rec, dated ? ck_periodical_type (ctx, s, ce) : CK_TYPE_ARTICLE_JOURNAL);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, s, ce));
  if (vol)
    {
      /* MLA 7's "12.3": volume 12, number 3 */
      char *v = ck_tok_dup (ctx, vol), *dot = strchr (v, '.');
      if (dot && !iss && dot[1])
        {
          ck_record_set (rec, CK_FIELD_ISSUE, dot + 1);
          *dot = '\0';
        }
      ck_record_take (rec, CK_FIELD_VOLUME, v);
    }
  if (iss)
    ck_record_take (rec, CK_FIELD_ISSUE, ck_tok_dup (ctx, iss));
  if (pe > ps)
    ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, ps, pe));
  if (dated)
    ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&dated));
  else
    ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year)->start), 0, 0));
  return TRUE;
}

/* Vancouver's journal at @s: "J Abbrev. 1990;3(2):1-20." or
 * "J Abbrev. 1990 May;3:1-20." */
static gboolean
vancouver_journal (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  guint j = s, ce, year, vol, iss = 0, ps, pe;
  while (j < e && ck_tok_cap_word (ctx, j))
    j++;
  ce = j;
  if (ce == s || j + 1 >= e || !ck_tok_is_punct (ctx, j, '.') || !(ck_tok (ctx, j + 1)->flags & CK_TOKF_YEAR))
    return FALSE;
  year = j + 1;
  j += 2;
  while (j < e && j < year + 3 && ck_tok (ctx, j)->kind == CK_TOK_WORD)
    j++;
  if (!ck_tok_is_punct (ctx, j, ';') || !is_num (ctx, j + 1, e))
    return FALSE;
  vol = j + 1;
  j += 2;
  if (ck_tok_is_punct (ctx, j, '(') && is_num (ctx, j + 1, e) && ck_tok_is_punct (ctx, j + 2, ')'))
    {
      iss = j + 1;
      j += 3;
    }
  if (!ck_tok_is_punct (ctx, j, ':'))
    return FALSE;
  ps = j + 1;
  pe = pages_end (ctx, ps, e);
  if (pe == ps || !(pe >= e || (pe + 1 == e && ck_tok_is_punct (ctx, pe, '.'))))
    return FALSE;
  ck_record_set_type (rec, CK_TYPE_ARTICLE_JOURNAL);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, s, ce));
  ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, vol));
  if (iss)
    ck_record_take (rec, CK_FIELD_ISSUE, ck_tok_dup (ctx, iss));
  ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, ps, pe));
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year)->start), 0, 0));
  return TRUE;
}

/* MLA's short forms of "University Press": "Oxford UP", "U of Harbour P". */
static const char * const mla_press_words[] = { "UP", "P", NULL };

/* Whether @pub is a publisher by name (publishers.txt) or by an imprint
 * word in it ("Lantern House", "Oxford UP"). */
static gboolean
known_publisher (const char *pub)
{
  g_auto(GStrv) words = NULL;
  if (!pub)
    return FALSE;
  if (ck_lex_lookup (CK_LEX_PUBLISHERS, pub, -1))
    return TRUE;
  words = g_strsplit_set (pub, " ,", -1);
  for (guint i = 0; words[i]; i++)
    if (words[i][0] && (ck_lex_lookup (CK_LEX_PUBLISHER_WORDS, words[i], -1) ||
                        (i > 0 && g_strv_contains (mla_press_words, words[i]))))
      return TRUE;
  return FALSE;
}

/* A book's imprint at [s,e): "Place: Publisher, Year.", "Publisher,
 * Year.", "Translated by Name, Publisher, Year.", "2nd ed. Place:
 * Publisher; Year."  Every piece must be read, and a year and a
 * publisher or place found. */
static gboolean
imprint_tail (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  guint unknown = 0;
  g_autoptr(CkRecord) probe = NULL;
  gsize bs, be;
  if (s >= e)
    return FALSE;
  /* "Harbour Series 4." or "Occasional Papers on Salt, No. 17." before
   * the imprint: the series and its number */
  {
    guint num = 0, te = ck_series_numbered (ctx, s, e, &num);
    if (te > s && num + 2 < e && ck_tok_is_punct (ctx, num + 1, '.'))
      {
        ck_record_take (rec, CK_FIELD_COLLECTION_TITLE, ck_span_dup (ctx, s, te));
        ck_record_take (rec, CK_FIELD_COLLECTION_NUMBER, ck_tok_dup (ctx, num));
        s = num + 2;
      }
  }
  /* older lists bracket the imprint: "Title. (Place: Firm, 1944)." */
  if (ck_tok_is_punct (ctx, s, '('))
    {
      guint c = ck_paren_close (ctx, s, e);
      if (c > s + 2 && (c + 1 == e || (c + 2 == e && ck_tok_is_punct (ctx, c + 1, '.'))))
        {
          s++;
          e = c;
        }
    }
  probe = ck_record_new (CK_TYPE_BOOK);
  bs = ck_tok (ctx, s)->start;
  be = ck_tok (ctx, e - 1)->end;
  if (ck_assemble_elements (probe, ctx->text, bs, be, CK_ELEM_WRAPPED, &unknown) == 0 || unknown > 0 ||
      !ck_record_get_date (probe, CK_DATE_ISSUED) ||
      !(ck_record_has (probe, CK_FIELD_PUBLISHER) || ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE)))
    return FALSE;
  /* with no place (MLA), a word the imprint reader could not place is
   * taken for the publisher: "Born 1907, London. Died 1967." is none */
  if (!ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE) && !known_publisher (ck_record_get (probe, CK_FIELD_PUBLISHER)))
    return FALSE;
  ck_assemble_elements (rec, ctx->text, bs, be, CK_ELEM_WRAPPED, NULL);
  return TRUE;
}

/* "Title. An Essay in Interpretation. Place: Firm, 2006.", "Title. Bd.
 * 4: Its Title. Place: Firm, 2003.", "Title. Studies in Salt, 21. Place:
 * Firm, 2005.": one or two sentences (a subtitle, a volume, a series)
 * between the title and the imprint. */
/* The imprint sentence at @k alone, closed by its year: what follows
 * ("xxiv + 1173 S.", "Originally published as …") may not read. */
static gboolean
imprint_to_year (const CkExtractCtx *ctx, guint k, guint e, CkRecord *rec)
{
  for (guint y = k + 2; y + 1 < e && y < k + 20; y++)
    if ((ck_tok (ctx, y)->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, y + 1, '.'))
      return y + 2 < e && imprint_tail (ctx, k, y + 2, rec);
  return FALSE;
}

static gboolean
imprint_after_sentences (const CkExtractCtx *ctx, guint k, guint e, CkRecord *rec)
{
  if (imprint_to_year (ctx, k, e, rec))
    return TRUE;
  for (guint skip = 0; skip < 2 && k < e; skip++)
    {
      guint j = k;
      if (!(ck_tok (ctx, k)->flags & CK_TOKF_CAP))
        return FALSE;
      /* the sentence's stop: a full stop after a number or a word of
       * three letters or more (not an initial's, nor "Bd."'s) */
      while (j < e && !(ck_tok_is_punct (ctx, j, '.') && j > k &&
                        (ck_tok (ctx, j - 1)->end - ck_tok (ctx, j - 1)->start > 2 ||
                         ck_tok (ctx, j - 1)->kind == CK_TOK_NUMBER)))
        {
          if (ck_tok_is_punct (ctx, j, '(') || ck_tok (ctx, j)->kind == CK_TOK_QUOTE_OPEN || j > k + 40)
            return FALSE;
          j++;
        }
      if (j + 1 >= e)
        return FALSE;
      k = j + 1;
      if (imprint_tail (ctx, k, e, rec) || imprint_to_year (ctx, k, e, rec))
        return TRUE;
    }
  return FALSE;
}

/* The elements of [s,e) read into @rec, leaving out ", vol. 2" at @vq
 * (0: none); adds what it could not read to *@unknown.  FALSE when it read
 * nothing. */
static gboolean
assemble_around (const CkExtractCtx *ctx, CkRecord *rec, guint s, guint e, guint vq, guint *unknown)
{
  guint found, u1 = 0, u2 = 0;
  if (!vq)
    {
      found = ck_assemble_elements (rec, ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end, CK_ELEM_WRAPPED, &u1);
      if (unknown)
        *unknown += u1;
      return found > 0;
    }
  found = vq > s ? ck_assemble_elements (rec, ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, vq - 1)->end, CK_ELEM_WRAPPED, &u1) : 0;
  if (vq + 5 < e)
    found += ck_assemble_elements (rec, ctx->text, ck_tok (ctx, vq + 5)->start, ck_tok (ctx, e - 1)->end, CK_ELEM_WRAPPED, &u2);
  if (unknown)
    *unknown += u1 + u2;
  return found > 0;
}

/* MLA's chapter, whose book follows the quoted title with no "In":
 * "Book, edited by Name, Publisher, Year, pp. 3-20." at @s. */
static gboolean
container_tail (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  guint j = s, ce, ie = e, ps = 0, pe = 0, vq = 0;
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_CHAPTER);
  guint unknown = 0;
  while (j < e && (ck_tok_cap_word (ctx, j) || (j > s && (ck_tok (ctx, j)->flags & CK_TOKF_FUNC))))
    j++;
  ce = j;
  if (ce == s || ce + 2 >= e || !ck_tok_is_punct (ctx, ce, ',') || !ck_title_plausible (ctx, s, ce))
    return FALSE;
  if (ck_tok_is_punct (ctx, e - 1, '.'))
    ie = e - 1;
  /* ", pp. 3-20" at the end */
  for (guint q = ce + 1; q + 3 < ie; q++)
    if (ck_tok_is_punct (ctx, q, ',') && ck_tok_in_words (ctx, q + 1, page_marks) && ck_tok_is_punct (ctx, q + 2, '.'))
      {
        ps = q + 3;
        pe = pages_end (ctx, ps, ie);
        if (pe != ie)
          return FALSE;
        ie = q;
        break;
      }
  /* ", vol. 2," between the editor and the publisher: the volume of
   * the book that holds the chapter, read apart from the imprint */
  for (guint q = ce + 1; q + 4 < ie; q++)
    if (ck_tok_is_punct (ctx, q, ',') && ck_tok_is (ctx, q + 1, "vol") && ck_tok_is_punct (ctx, q + 2, '.') &&
        (ck_tok (ctx, q + 3)->kind == CK_TOK_NUMBER || ck_tok_cap_word (ctx, q + 3)) &&
        !(ck_tok (ctx, q + 3)->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, q + 4, ','))
      {
        vq = q;
        break;
      }
  if (ie <= ce + 1 || !assemble_around (ctx, probe, ce + 1, ie, vq, &unknown) || unknown > 0 ||
      !ck_record_get_date (probe, CK_DATE_ISSUED) || !known_publisher (ck_record_get (probe, CK_FIELD_PUBLISHER)))
    return FALSE;
  ck_record_set_type (rec, CK_TYPE_CHAPTER);
  assemble_around (ctx, rec, ce + 1, ie, vq, NULL);
  if (vq)
    ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, vq + 3));
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, s, ce));
  if (pe > ps)
    ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, ps, pe));
  return TRUE;
}

/* "———." or "---." at @s: the dashes that stand for the names of the
 * entry above; their end, or @s. */
static guint
ditto_at (const CkExtractCtx *ctx, guint s, guint e)
{
  guint k = s;
  while (k < e && k < s + 24 && (is_dash (ctx, k) || ck_tok_is_punct (ctx, k, 0x2014) || ck_tok_is_punct (ctx, k, '_')))
    k++;
  return k >= s + 2 ? k : s;
}

/* Whether a year stands among tokens [s,e). */
static gboolean
has_year (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    if (ck_tok (ctx, k)->flags & CK_TOKF_YEAR)
      return TRUE;
  return FALSE;
}

/* The last token of the entry that opens at @f on line @l: the line, and
 * the lines after it while the entry has not reached its final stop and
 * the next line opens no entry of its own. */
static guint
entry_end (const CkExtractCtx *ctx, guint l, guint l_end)
{
  const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
  guint e = ln->tok_end;
  for (guint n = 1; n < ST_MAX_LINES && l + n < l_end; n++)
    {
      const CkLine *next = &g_array_index (ctx->t->lines, CkLine, l + n);
      /* a hanging indent continues the entry even after a stop */
      gboolean hanging = ck_tok (ctx, next->tok_first)->col > ck_tok (ctx, ln->tok_first)->col;
      /* "                    SAL 1999-0417": a code set far to the right
       * under an entry is no wrapped line of it */
      if (ck_tok (ctx, next->tok_first)->col > ck_tok (ctx, ln->tok_first)->col + ST_MAX_HANG)
        break;
      /* a stop at a line's end closes the entry once it has its year;
       * before, it may close the title when the next line holds the year
       * and ends the entry ("… London Plan.\nMacmillan, 1943. 6d.") */
      gboolean dated = hanging || has_year (ctx, ln->tok_first, e) ||
                       !(ck_tok_is_punct (ctx, next->tok_end - 1, '.') && has_year (ctx, next->tok_first, next->tok_end));
      if ((ck_tok_is_punct (ctx, e - 1, '.') && !hanging && dated) || ck_tok (ctx, next->tok_first)->nl >= 2 ||
          ck_note_mark_end (ctx, next->tok_first, next->tok_end) > next->tok_first ||
          ditto_at (ctx, next->tok_first, next->tok_end) > next->tok_first ||
          (!hanging && ck_tok_cap_word (ctx, next->tok_first) && ck_tok_is_punct (ctx, next->tok_first + 1, ',') &&
           /* "Macmillan, 1943." is the firm, no "Family, Given" */
           !(next->tok_first + 2 < next->tok_end && (ck_tok (ctx, next->tok_first + 2)->flags & CK_TOKF_YEAR))))
        break;
      e = next->tok_end;
    }
  return e;
}

/* The last word of a list's label: "Works Cited", "Bibliography",
 * "References", "Notes", "Further Reading", "Sources". */
static const char * const label_words[] = {
  "cited", "consulted", "bibliography", "references", "notes", "endnotes", "sources", "reading", "literature",
  "received",     /* a journal's "Books Received" */
  NULL,
};

/* Whether paragraph @p is a short label over a list of references (which
 * may stand in the header zone of a text whose prose is short): below
 * it, an entry is no header of the reviewed book. */
static gboolean
list_label (const CkExtractCtx *ctx, guint p)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
  guint last = pp->tok_end;
  while (last > pp->tok_first && ck_tok (ctx, last - 1)->kind == CK_TOK_PUNCT)
    last--;
  return (pp->flags & CK_PARA_SHORT) && last > pp->tok_first && ck_count_words (ctx, pp->tok_first, last) <= 4 &&
         ck_tok_in_words (ctx, last - 1, label_words);
}

gboolean
ck_under_reference_label (const CkExtractCtx *ctx, guint p)
{
  for (guint q = p, k = 0; q > 0 && k < 40; q--, k++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, q - 1);
      if (list_label (ctx, q - 1))
        return TRUE;
      if ((pp->flags & CK_PARA_PROSE) && !(pp->flags & CK_PARA_SHORT))
        return FALSE;
    }
  return FALSE;
}

/* The ditto's author element: "———." or "———, editor." at @s, the names
 * of @prev (the entry above) again.  The token after the stop, or @s. */
static guint
ditto_element (const CkExtractCtx *ctx, guint s, guint e, const GPtrArray *prev, GPtrArray *names)
{
  guint k = ditto_at (ctx, s, e);
  CkRole role = CK_ROLE_AUTHOR;
  if (k == s || !prev || prev->len == 0)
    return s;
  if (ck_tok_is_punct (ctx, k, ',') && (ck_tok_in_words (ctx, k + 1, editor_words) || ck_tok_in_words (ctx, k + 1, translator_words)))
    {
      role = ck_tok_in_words (ctx, k + 1, editor_words) ? CK_ROLE_EDITOR : CK_ROLE_TRANSLATOR;
      k += 2;
    }
  if (!ck_tok_is_punct (ctx, k, '.'))
    return s;
  for (guint q = 0; q < prev->len; q++)
    {
      CkName *nm = ck_name_copy (g_ptr_array_index (prev, q));
      nm->role = role;
      g_ptr_array_add (names, nm);
    }
  return k + 1;
}

/* MLA 8 sets the series last: "Publisher, 1995. Harbour Studies 4." on
 * [k,e).  Reads the imprint before it and the series into @rec. */
static gboolean
series_last (const CkExtractCtx *ctx, guint k, guint e, CkRecord *rec)
{
  guint ee = e, ss;
  if (ee > k && ck_tok_is_punct (ctx, ee - 1, '.'))
    ee--;
  /* the series' number, then its name back to the stop after the year */
  if (ee < k + 4 || !is_num (ctx, ee - 1, ee) || (ck_tok (ctx, ee - 1)->flags & CK_TOKF_YEAR))
    return FALSE;
  for (ss = ee - 1; ss > k && ss + 10 > ee && !ck_tok_is_punct (ctx, ss - 1, '.'); ss--)
    if (!(ck_tok_cap_word (ctx, ss - 1) || (ck_tok (ctx, ss - 1)->flags & CK_TOKF_FUNC)))
      return FALSE;
  if (ss <= k + 1 || ss + 1 >= ee || !ck_tok_is_punct (ctx, ss - 1, '.') || !(ck_tok (ctx, ss - 2)->flags & CK_TOKF_YEAR))
    return FALSE;
  {
    gboolean series = FALSE;
    for (guint q = ss; q + 1 < ee && !series; q++)
      series = ck_tok_in_words (ctx, q, ck_series_words);
    if (!series || !imprint_tail (ctx, k, ss, rec))
      return FALSE;
  }
  ck_record_take (rec, CK_FIELD_COLLECTION_TITLE, ck_span_dup (ctx, ss, ee - 1));
  ck_record_take (rec, CK_FIELD_COLLECTION_NUMBER, ck_tok_dup (ctx, ee - 1));
  return TRUE;
}

/* "Family, Given. Article. Journal, Vol. XIII (1945-46), pp. 19-33.":
 * older lists set an article's title without quotes.  Nothing marks it
 * but the journal's tail, so the tail must give a volume and pages, or
 * an issue dated by its month or season. */
static gboolean
unquoted_article_tail (const CkExtractCtx *ctx, guint k, guint e, CkRecord *rec)
{
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  gboolean month = FALSE;
  /* "Polemic, No. 1 (Oct., 1945).": an issue dated by its month is a
   * periodical's too (a series' number has no month) */
  for (guint q = k; q + 1 < e && !month; q++)
    month = ck_tok_is_punct (ctx, q, '(') && (ck_tok_in_lex (ctx, q + 1, CK_LEX_MONTHS) || ck_venue_season (ctx, q + 1));
  if (!journal_tail (ctx, k, e, probe) ||
      !((ck_record_has (probe, CK_FIELD_VOLUME) && ck_record_has (probe, CK_FIELD_PAGES)) ||
        (month && (ck_record_has (probe, CK_FIELD_VOLUME) || ck_record_has (probe, CK_FIELD_ISSUE)))))
    return FALSE;
  return journal_tail (ctx, k, e, rec);
}

/* One entry on [f,e) read with the names of Chicago and MLA (or the
 * ditto of @prev's), or with Vancouver's: a record, or NULL. */
static CkRecord *
entry_record_as (const CkExtractCtx *ctx, guint f, guint e, gboolean vancouver, const GPtrArray *prev)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
  guint k, ts = 0, te = 0;
  gboolean quoted = FALSE;
  if (vancouver)
    k = vancouver_names (ctx, f, e, names);
  else if ((k = ditto_element (ctx, f, e, prev, names)) == f)
    k = author_element (ctx, f, e, names);
  if (k == f || k >= e)
    return NULL;
  k = title_at (ctx, k, e, &ts, &te, &quoted);
  if (te <= ts || k >= e || !ck_title_plausible (ctx, ts, te) || ck_count_words (ctx, ts, te) > 30)
    return NULL;
  /* a chapter ("In Book, edited by …") is detect-inbook.c's */
  if (ck_tok_is (ctx, k, "In"))
    return NULL;
  /* "Trans. A and B.", "1824-32." before the journal or imprint (MLA) */
  k = ck_mla_middle_sentences (ctx, k, e, rec);
  /* MLA 7 closes with the medium: "… 1958. Print." */
  if (e > k + 3 && ck_tok_is_punct (ctx, e - 1, '.') && ck_tok_in_words (ctx, e - 2, medium_words) &&
      ck_tok_is_punct (ctx, e - 3, '.'))
    e -= 2;
  if (quoted ? !(journal_tail (ctx, k, e, rec) || container_tail (ctx, k, e, rec))
             : !((vancouver && vancouver_journal (ctx, k, e, rec)) || imprint_tail (ctx, k, e, rec) ||
                 series_last (ctx, k, e, rec) || imprint_after_sentences (ctx, k, e, rec) ||
                 unquoted_article_tail (ctx, k, e, rec)))
    return NULL;
  /* a place and a year alone are weak: "Vell, Bruno. Harbour College.
   * Boston, 1991." names an institution, no book */
  if (!quoted && ck_record_get_type (rec) == CK_TYPE_BOOK && !ck_record_has (rec, CK_FIELD_PUBLISHER) &&
      (ck_ctx_names_non_work (ctx, ts, te) || ck_run_names_occasion (ctx, ts, te)))
    return NULL;
  ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
  for (guint q = 0; q < names->len; q++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
  return g_steal_pointer (&rec);
}

/* Whether the imprint at @k opens with a place: a known one ("London",
 * "New York") or any capitalised name before "Place: Publisher"'s colon. */
static gboolean
place_at (const CkExtractCtx *ctx, guint k, guint e)
{
  for (guint n = 1; n <= 3 && k + n <= e; n++)
    {
      if (!ck_tok_cap_word (ctx, k + n - 1))
        return FALSE;
      if (ck_span_in_lex (ctx, k, k + n, CK_LEX_PLACES) || (k + n < e && ck_tok_is_punct (ctx, k + n, ':')))
        return TRUE;
    }
  return FALSE;
}

/* A note's page reference after the imprint: ", p. 44", ", pp. 44-5",
 * ", 44", ", ii. 34", "(p. 14)", then the stop.  TRUE when [k,e) is one
 * or nothing. */
static gboolean
page_ref_rest (const CkExtractCtx *ctx, guint k, guint e)
{
  if (k < e && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  if (k >= e)
    return TRUE;
  if (!ck_tok_is_punct (ctx, k, ',') || e - k > 8)
    return FALSE;
  for (guint q = k + 1; q < e; q++)
    {
      const CkToken *t = ck_tok (ctx, q);
      /* ("S. 12": German notes' page) */
      if (!(t->kind == CK_TOK_NUMBER || t->kind == CK_TOK_PUNCT || ck_tok_in_words (ctx, q, page_marks) ||
            (ck_tok_is (ctx, q, "S") && ctx->text[t->start] == 'S') ||
            (t->kind == CK_TOK_WORD && t->end - t->start <= 4 && (t->flags & CK_TOKF_LOWER) &&
             strspn (ctx->text + t->start, "ivxl") == t->end - t->start)))
        return FALSE;
    }
  return TRUE;
}

/* The title and imprint of a note (note_record(), below) from @ts to @e:
 * "The Tin Harbour, London: Gannet Press, 1962, pp. 44-5."  The title
 * runs to the comma after which a place opens an imprint that ends with
 * the year; a page reference may follow, or a semicolon and the next book
 * of the same authors ("…, London 1911; Title Two, London 1917").  The
 * year's token goes to *@year_tok. */
static CkRecord *
note_title_imprint (const CkExtractCtx *ctx, guint ts, guint e, guint *year_tok)
{
  for (guint c = ts + 1; c < e && c < ts + 30; c++)
    {
      guint y, unknown = 0;
      gboolean firm, next_book;
      g_autoptr(CkRecord) rec = NULL;
      if (ck_tok_is_punct (ctx, c, '(') || ck_tok_is_punct (ctx, c, '.') || ck_tok_is_punct (ctx, c, ';') ||
          ck_tok (ctx, c)->kind == CK_TOK_QUOTE_OPEN)
        return NULL;
      if (!ck_tok_is_punct (ctx, c, ',') || !place_at (ctx, c + 1, e))
        continue;
      for (y = c + 1; y < e && y < c + 12 && !(ck_tok (ctx, y)->flags & CK_TOKF_YEAR); y++)
        ;
      next_book = y + 2 < e && ck_tok_is_punct (ctx, y + 1, ';') && ck_tok_cap_word (ctx, y + 2);
      /* with no brackets and no italics nothing marks the title: it must
       * read as one (no inner comma, no institution, place, periodical,
       * occasion or unpublished source), and the imprint hold no day and
       * month (a letter's or a meeting's date) */
      if (y >= e || !(ck_tok (ctx, y)->flags & CK_TOKF_YEAR) || !(page_ref_rest (ctx, y + 1, e) || next_book) ||
          !ck_title_plausible (ctx, ts, c) || ck_count_words (ctx, ts, c) > 30 ||
          ck_tok_in_words (ctx, ts, unpublished_words) || ck_run_names_occasion (ctx, ts, c) ||
          ck_span_in_lex (ctx, ts, c, CK_LEX_PERIODICALS))
        return NULL;
      for (guint q = ts; q < y; q++)
        if ((q < c && ck_tok_is_punct (ctx, q, ',')) || (q > c && ck_tok_in_lex (ctx, q, CK_LEX_MONTHS)))
          return NULL;
      rec = ck_record_new (CK_TYPE_BOOK);
      if (ck_assemble_elements (rec, ctx->text, ck_tok (ctx, c + 1)->start, ck_tok (ctx, y)->end, CK_ELEM_INLINE,
                                &unknown) == 0 || unknown > 0 || !ck_record_get_date (rec, CK_DATE_ISSUED))
        return NULL;
      /* "Culture and Society, London: Firm, 1958": with a firm named the
       * run is a book's title whatever its last word ("Society",
       * "Revolution"); with a place alone it must not name a body */
      firm = ck_record_has (rec, CK_FIELD_PUBLISHER);
      if (!firm && ck_ctx_names_non_work (ctx, ts, c))
        return NULL;
      ck_assemble_title (rec, ck_span_dup (ctx, ts, c));
      *year_tok = y;
      return g_steal_pointer (&rec);
    }
  return NULL;
}

/* The older British and European note with no brackets round its
 * imprint: "Ada Quell, Salt Road, London, 1958, p. 44.", "B. Vell, The
 * Tin Harbour, London: Gannet Press, 1962, pp. 44-5." */
static CkRecord *
note_record (const CkExtractCtx *ctx, guint f, guint e)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  guint ne, y;
  CkRecord *rec;
  f = ck_see_end (ctx, f);
  /* "J.L. and Barbara Hammond": initials alone share the family name
   * that follows */
  {
    guint ie = f;
    while (ie < e && ((ck_tok (ctx, ie)->flags & CK_TOKF_INITIAL) || ck_tok_is_punct (ctx, ie, '.')))
      ie++;
    if (ie > f + 1 && ie + 2 < e && ck_tok_is (ctx, ie, "and"))
      {
        guint n2 = ck_name_span_forward (ctx, ie + 1, e);
        if (n2 > ie + 2 && ck_names_forward (ctx, ie + 1, n2, CK_ROLE_AUTHOR, names) == n2 && names->len == 1)
          {
            const CkName *second = g_ptr_array_index (names, 0);
            g_autofree char *given = ck_span_dup (ctx, f, ie);
            g_ptr_array_insert (names, 0, ck_name_new_personal (CK_ROLE_AUTHOR, second->family, given));
            ne = n2;
          }
        else
          return NULL;
      }
    else
      {
        ne = ck_name_span_forward (ctx, f, e);
        if (ne < f + 2 || ck_count_words (ctx, f, ne) < 2 || ck_tok_in_lex (ctx, f, CK_LEX_NON_NAMES))
          return NULL;
        ne = ck_names_forward (ctx, f, ne, CK_ROLE_AUTHOR, names);
      }
  }
  if ((ck_tok_is (ctx, ne, "and") || ck_tok_is_punct (ctx, ne, '&')) && ck_name_span_forward (ctx, ne + 1, e) > ne + 2)
    {
      guint n2 = ck_name_span_forward (ctx, ne + 1, e);
      ck_names_forward (ctx, ne + 1, n2, CK_ROLE_AUTHOR, names);
      ne = n2;
    }
  /* "Ada Vell, ed., Title, Leeds 1966": the names edited the book */
  if (names->len > 0 && ck_tok_is_punct (ctx, ne, ',') && ne + 3 < e && ck_tok_lower_word (ctx, ne + 1) &&
      ck_tok_in_words (ctx, ne + 1, editor_words) && ck_tok_is_punct (ctx, ne + 2, '.') && ck_tok_is_punct (ctx, ne + 3, ','))
    {
      for (guint q = 0; q < names->len; q++)
        ((CkName *) g_ptr_array_index (names, q))->role = CK_ROLE_EDITOR;
      ne += 3;
    }
  if (names->len == 0 || !ck_tok_is_punct (ctx, ne, ',') || !ck_tok_cap_word (ctx, ne + 1) ||
      !(rec = note_title_imprint (ctx, ne + 1, e, &y)))
    return NULL;
  for (guint q = 0; q < names->len; q++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
  return rec;
}

/* "…, London 1911; The Town Labourer, London 1917; …": the further books
 * of a note after the first, each with the first one's names. */
static void
note_more_books (CkExtractCtx *ctx, const CkDetector *det, const CkRecord *first, guint f, guint e)
{
  guint s = f + 1;
  /* the first book's year and its semicolon */
  while (s + 2 < e && !(ck_tok_is_punct (ctx, s, ';') && (ck_tok (ctx, s - 1)->flags & CK_TOKF_YEAR)))
    s++;
  for (guint round = 0; round < 8 && s + 2 < e && ck_tok_is_punct (ctx, s, ';'); round++)
    {
      guint y;
      CkRecord *rec = note_title_imprint (ctx, s + 1, e, &y);
      if (!rec)
        return;
      for (guint k = 0; k < ck_record_get_n_names (first); k++)
        ck_record_add_name_unique (rec, ck_name_copy (ck_record_get_name (first, k)));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, s + 1)->start, ck_tok (ctx, y)->end, s + 1, 0);
      s = y + 1;
    }
}

/* One entry on [f,e): a record, or NULL.  "Family A, Family BT." reads
 * as an inverted name too, so Vancouver is tried when the other fails. */
static CkRecord *
entry_record (const CkExtractCtx *ctx, guint f, guint e, const GPtrArray *prev)
{
  CkRecord *rec = entry_record_as (ctx, f, e, FALSE, prev);
  if (!rec)
    rec = entry_record_as (ctx, f, e, TRUE, NULL);
  return rec ? rec : note_record (ctx, f, e);
}

guint
ck_style_entry_around (const CkExtractCtx *ctx, guint open, guint after, CkRecord *rec, guint *end)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  guint n = ck_n_toks (ctx), ls = open, f;
  *end = after;
  while (ls > 0 && open - ls < 16 && ck_tok (ctx, ls)->nl == 0)
    ls--;
  if (ls == open || (ls > 0 && ck_tok (ctx, ls)->nl == 0))
    return open;
  f = ck_note_mark_end (ctx, ls, open);
  f = ck_see_end (ctx, f);
  if (f + 2 >= open)
    return open;
  if (author_element (ctx, f, open, names) == open)
    {
      /* "<i>Title</i>. Publisher, Year." to the line's end */
      guint le = after;
      while (le < n && le < after + 40 && ck_tok (ctx, le)->nl == 0)
        le++;
      if (after + 2 < le && ck_tok_is_punct (ctx, after, '.') && imprint_tail (ctx, after + 1, le, rec))
        *end = le;
    }
  else
    {
      /* "Given Family, <i>Title</i> (…)", "Given Family, trans. and ed.,
       * <i>Title</i>" */
      static const char * const eds[] = { "ed", "eds", "editor", "editors", NULL };
      static const char * const trs[] = { "trans", "tr", "translator", "translators", NULL };
      guint ne = ck_name_span_forward (ctx, f, open);
      gboolean ed = FALSE, tr = FALSE, roles = ne + 2 < open && ck_tok_is_punct (ctx, open - 1, ',');
      g_ptr_array_set_size (names, 0);
      for (guint k = ne + 1; roles && k + 1 < open; k++)
        if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, eds))
          ed = TRUE;
        else if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, trs))
          tr = TRUE;
        else if (!ck_tok_is_punct (ctx, k, '.') && !ck_tok_is (ctx, k, "and"))
          roles = FALSE;
      roles = roles && (ed || tr);
      if ((ne + 1 != open && !roles) || !ck_tok_is_punct (ctx, ne, ',') || ck_count_words (ctx, f, ne) < 2)
        return open;
      ck_names_forward (ctx, f, ne, !roles ? CK_ROLE_AUTHOR : tr ? CK_ROLE_TRANSLATOR : CK_ROLE_EDITOR, names);
      for (guint q = 0, m = names->len; roles && ed && tr && q < m; q++)
        {
          CkName *both = ck_name_copy (g_ptr_array_index (names, q));
          both->role = CK_ROLE_EDITOR;
          g_ptr_array_add (names, both);
        }
    }
  if (names->len == 0)
    return open;
  for (guint q = 0; q < names->len; q++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
  return f;
}

/* Copies of the names that a ditto ("———.") on the next line repeats:
 * the authors of @rec, or its editors when it has none. */
static void
remember_names (const CkRecord *rec, GPtrArray *prev)
{
  g_autoptr(GPtrArray) names = ck_record_get_names_by_role (rec, CK_ROLE_AUTHOR);
  g_ptr_array_set_size (prev, 0);
  if (names->len == 0)
    {
      g_ptr_array_unref (names);
      names = ck_record_get_names_by_role (rec, CK_ROLE_EDITOR);
    }
  for (guint q = 0; q < names->len; q++)
    g_ptr_array_add (prev, ck_name_copy (g_ptr_array_index (names, q)));
}

/* "Name. T1. Place: Firm, 2000; and T2. Place: Firm, 2015.": a
 * books-received entry for two books of one author.  The ";" before
 * "and", after the first imprint's year, or 0. */
static guint
second_book_at (const CkExtractCtx *ctx, guint f, guint e)
{
  for (guint k = f + 4; k + 3 < e; k++)
    if (ck_tok_is_punct (ctx, k, ';') && ck_tok_is (ctx, k + 1, "and") && ck_tok_cap_word (ctx, k + 2) &&
        (ck_tok (ctx, k - 1)->flags & CK_TOKF_YEAR))
      return k;
  return 0;
}

/* The second book of such an entry, from @s (its title) to @e: the title
 * to its stop, the imprint after it, the first book's names. */
static void
second_book (CkExtractCtx *ctx, const CkDetector *det, const CkRecord *first, guint s, guint e)
{
  guint te = MIN (ck_sentence_end (ctx, s), e);
  g_autoptr(CkRecord) rec = NULL;
  guint unknown = 0;
  while (te > s && ck_tok_is_punct (ctx, te - 1, '.'))
    te--;
  if (te <= s || te + 2 >= e || !ck_title_plausible (ctx, s, te))
    return;
  rec = ck_record_new (CK_TYPE_BOOK);
  if (ck_assemble_elements (rec, ctx->text, ck_tok (ctx, te)->start, ck_tok (ctx, e - 1)->end, CK_ELEM_BLOCK, &unknown) == 0 ||
      !ck_record_get_date (rec, CK_DATE_ISSUED))
    return;
  ck_assemble_title (rec, ck_span_dup (ctx, s, te));
  for (guint k = 0; k < ck_record_get_n_names (first); k++)
    ck_record_add_name_unique (rec, ck_name_copy (ck_record_get_name (first, k)));
  ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end, s, 0);
}

void
ck_detect_style_entry (CkExtractCtx *ctx, const CkDetector *det)
{
  g_autoptr(GPtrArray) prev = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  gboolean entry_before = FALSE;
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      gboolean read = FALSE;
      /* a ditto repeats the names of the list it stands in */
      if (pp->flags & CK_PARA_PROSE)
        g_ptr_array_set_size (prev, 0);
      /* a header may be a list's entry: under the list's label, or after
       * an entry of the list, one a paragraph ("Works Cited" with blank
       * lines between the entries) */
      gboolean header_zone = (pp->flags & CK_PARA_HEADER) && !ck_under_reference_label (ctx, p) && !entry_before;
      entry_before = FALSE;
      for (guint l = pp->line_first; l < pp->line_end; l++)
        {
          const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
          guint f, e;
          CkRecord *rec;
          if (ln->tok_first >= ln->tok_end || ck_is_claimed (ctx, ln->tok_first, ln->tok_first + 1))
            continue;
          f = ck_note_mark_end (ctx, ln->tok_first, ln->tok_end);
          /* "Required: Family AB. Title. J Abbr. 1990;3:1-20." */
          {
            gboolean labelled;
            guint after = ck_reading_label_end (ctx, f, ln->tok_end, &labelled);
            if (labelled)
              f = after;
          }
          /* "TITLE. By\n  Ada Quell. Firm. 1927.": a line that goes on
           * with the by-line above opens no entry */
          if (l > pp->line_first && ck_tok_is (ctx, ln->tok_first - 1, "by"))
            continue;
          if (f + 4 >= ln->tok_end ||
              !(ck_tok_cap_word (ctx, f) || (ck_tok_lower_word (ctx, f) && ck_tok_in_lex (ctx, f, CK_LEX_PARTICLES)) ||
                ditto_at (ctx, f, ln->tok_end) > f))
            continue;
          e = entry_end (ctx, l, pp->line_end);
          {
            guint and_at = second_book_at (ctx, f, e), e1 = and_at ? and_at : e;
            if (ck_is_claimed (ctx, f, e) || !(rec = entry_record (ctx, f, e1, prev)))
              continue;
            /* a review's header cites a book; an entry there with a
             * journal's volume and pages is a list of articles */
            if (header_zone && ck_record_get_type (rec) != CK_TYPE_ARTICLE_JOURNAL)
              {
                ck_record_unref (rec);
                continue;
              }
            remember_names (rec, prev);
            if (and_at)
              second_book (ctx, det, rec, and_at + 2, e);
            else
              note_more_books (ctx, det, rec, f, e);
            ck_mention_add (ctx, det, rec, ck_tok (ctx, f)->start, ck_tok (ctx, e1 - 1)->end, f, 0);
          }
          ck_claim (ctx, ln->tok_first, e);
          read = TRUE;
        }
      entry_before = read;
    }
}
