/* detect-authordate.c — entries of an author-date reference list, the
 * form of the social sciences (AAA, Chicago author-date, APA):
 *
 *   Family, Given 2005 Title: Subtitle. Place: Publisher.
 *   Family, Given. 2005. Title. Place: Publisher.
 *   Family, G. H. (2001). Title. Journal 28(3): 623-649.
 *   Family, Given, and Given Family 1998 Title. Journal 12:3-18.
 *   Family, A., Family, B., & Family, C. (2001). Title. Journal, 3(2), 1-20.
 *   Family, A. and Family, B. (1990) 'Title', Journal, 3(2), pp. 1-20.
 *   Family, B. (Ed.). (1970). Title. Publisher.
 *   Family, C. (1970). Title. In B. Family (Ed.), Book (pp. 3-20). Publisher.
 *   Family AB, Family C and Family D (2010) Title. Journal 23(4): 512-540.
 *   Family A (ed.) (1998) Title. Place: Publisher.
 *   Family A (1998) Title. In: Family B (ed.) Book. Place: Publisher, pp. 44-67.
 *
 * The last three are the Harvard of many social-science journals (SAGE's,
 * Vancouver-like): the family name, then the initials run together with
 * no stops and no comma.
 * An entry opens a line with an inverted name and a year, the title is
 * the sentence after the year, and the rest is read as a journal
 * ("Journal 28(3):623-649") or as an imprint.  Entries may wrap over
 * lines; the next entry or a blank line ends one.
 */
#include "detect-context.h"
#include "detect-extra.h"
#include "scholar-shapes.h"
#include <stdlib.h>
#include <string.h>

#define AD_MAX_TOKENS 90   /* tokens one entry may take */

static gboolean bare_initials (const CkExtractCtx *ctx, guint k, guint e);

static gboolean
is_dash_tok (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, 0x2013);
}

/* "Family, Given" or "Family, G. H." at @s: the end of the given names,
 * or @s.  The family may be two capitalised words ("Nowell Smith"). */
static guint
inverted_at (const CkExtractCtx *ctx, guint s, guint e)
{
  guint k = s, ge;
  while (k < e && k < s + 3 && ck_tok_cap_word (ctx, k) && !ck_tok_in_lex (ctx, k, CK_LEX_NON_NAMES))
    k++;
  if (k == s || !ck_tok_is_punct (ctx, k, ','))
    return s;
  /* "Holt MA, Orr K": a family with its initials, then the next author */
  if (k > s + 1 && bare_initials (ctx, k - 1, e))
    return s;
  ge = ck_name_span_forward (ctx, k + 1, e);
  /* "Family, T. H.": initials alone; "Family, Given M. 2011.": a middle
   * initial after the given name (a name span ends on a word) */
  while (ge + 1 < e && (ck_tok (ctx, ge)->flags & CK_TOKF_INITIAL) && ck_tok_is_punct (ctx, ge + 1, '.'))
    ge += 2;
  if (ge == k + 1)
    return s;
  /* (initials do not count: "Lind, P. Q. R. S. 1984.") */
  {
    guint words = 0;
    for (guint q = k + 1; q < ge; q++)
      words += ck_tok (ctx, q)->kind == CK_TOK_WORD && !(ck_tok (ctx, q)->flags & CK_TOKF_INITIAL);
    if (words > 3)
      return s;
  }
  return ge;
}

static const char * const page_marks[] = { "p", "pp", NULL };

/* "Journal 28(3): 623-649", "Journal 12:3-18", "Journal 9 (2)": fills the
 * container, volume, issue and pages and returns TRUE. */
static gboolean
journal_into (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  guint j = s, v, iss = 0, ce, cs = s;
  /* a web page's "<em>Journal</em> 28 (1)" */
  if ((cs = ck_italic_tag_at (ctx, s, e, FALSE)) > s)
    j = cs;
  while (j < e && (ck_tok_cap_word (ctx, j) || (ck_tok (ctx, j)->flags & CK_TOKF_FUNC)))
    j++;
  ce = j;
  if (cs > s)
    {
      if ((j = ck_italic_tag_at (ctx, ce, e, TRUE)) == ce)
        return FALSE;
      s = cs;
    }
  /* APA and Harvard set a comma after the journal: "Journal, 3(2), 1-20" */
  if (j > s && j + 1 < e && ck_tok_is_punct (ctx, j, ','))
    j++;
  if (j == s || j >= e || ck_tok (ctx, j)->kind != CK_TOK_NUMBER || (ck_tok (ctx, j)->flags & CK_TOKF_YEAR))
    return FALSE;
  /* "Journal 8.41-63" (the linguists' style): the volume, a stop and the
   * first page in one number */
  {
    const CkToken *t = ck_tok (ctx, j);
    const char *dot = memchr (ctx->text + t->start, '.', t->end - t->start);
    if (dot && dot > ctx->text + t->start && dot + 1 < ctx->text + t->end &&
        strspn (ctx->text + t->start, "0123456789") == (gsize) (dot - (ctx->text + t->start)) &&
        strspn (dot + 1, "0123456789") == (gsize) (ctx->text + t->end - dot - 1))
      {
        const char *w = ctx->text + t->start;
        guint pe = j + 1;
        gsize vl = dot - w;
        if (pe + 1 < e && is_dash_tok (ctx, pe) && ck_tok (ctx, pe + 1)->kind == CK_TOK_NUMBER)
          pe += 2;
        if (pe < e && !ck_tok_is_punct (ctx, pe, '.') && !ck_tok_is_punct (ctx, pe, ','))
          return FALSE;
        ck_record_set_type (rec, CK_TYPE_ARTICLE_JOURNAL);
        ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, s, ce));
        ck_record_take (rec, CK_FIELD_VOLUME, g_strndup (w, vl));
        {
          g_autofree char *first = g_strndup (dot + 1, ctx->text + t->end - dot - 1);
          g_autofree char *rest = pe > j + 1 ? ck_span_dup (ctx, j + 1, pe) : g_strdup ("");
          ck_record_take (rec, CK_FIELD_PAGES, g_strconcat (first, rest, NULL));
        }
        return TRUE;
      }
  }
  v = j++;
  if (j + 2 < e && ck_tok_is_punct (ctx, j, '(') && ck_tok (ctx, j + 1)->kind == CK_TOK_NUMBER && ck_tok_is_punct (ctx, j + 2, ')'))
    {
      iss = j + 1;
      j += 3;
    }
  if (!(j >= e || ck_tok_is_punct (ctx, j, ':') || ck_tok_is_punct (ctx, j, '.') || ck_tok_is_punct (ctx, j, ',')))
    return FALSE;
  ck_record_set_type (rec, CK_TYPE_ARTICLE_JOURNAL);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, s, ce));
  ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, v));
  if (iss)
    ck_record_take (rec, CK_FIELD_ISSUE, ck_tok_dup (ctx, iss));
  /* ", 1-20", ", pp. 1-20" (APA, Harvard) as well as ": 1-20" */
  if (j + 3 < e && ck_tok_is_punct (ctx, j, ',') && ck_tok_in_words (ctx, j + 1, page_marks) &&
      ck_tok_is_punct (ctx, j + 2, '.'))
    j += 2;
  if (j + 1 < e && (ck_tok_is_punct (ctx, j, ':') || ck_tok_is_punct (ctx, j, ',') || ck_tok_is_punct (ctx, j, '.')) &&
      ck_tok (ctx, j + 1)->kind == CK_TOK_NUMBER)
    {
      guint pe = j + 2;
      if (pe + 1 < e && is_dash_tok (ctx, pe) && ck_tok (ctx, pe + 1)->kind == CK_TOK_NUMBER)
        pe += 2;
      ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, j + 1, pe));
    }
  return TRUE;
}

static const char * const editor_marks[] = { "ed", "eds", NULL };
static const char * const edition_words[] = { "ed", "edn", "edition", NULL };

/* Appends the inverted name [s,e) ("Family, Given", "Family, G. H.") to
 * @names: family before the comma, given after. */
static void
add_inverted (const CkExtractCtx *ctx, guint s, guint e, CkRole role, GPtrArray *names)
{
  guint comma = s;
  while (comma < e && !ck_tok_is_punct (ctx, comma, ','))
    comma++;
  {
    g_autofree char *fam = ck_span_dup (ctx, s, comma);
    g_autofree char *given = ck_span_dup (ctx, comma + 1, e);
    g_ptr_array_add (names, ck_name_new_personal (role, fam, given));
  }
}

/* The co-authors after the first name, which ends at @k: ", and Given
 * Family" or " and Given Family" in direct order (Chicago author-date),
 * ", Family, B., & Family, C." inverted (APA), " and Family, B." (Harvard),
 * ", et al.".  Appends them to @names and returns the token after them,
 * @k when there are none, G_MAXUINT when a joining word leads nowhere. */
static guint
coauthors (const CkExtractCtx *ctx, guint k, guint pe, GPtrArray *names)
{
  for (guint round = 0; round < 8 && k < pe; round++)
    {
      guint j = k, ie;
      gboolean joined = FALSE;
      if (ck_tok_is_punct (ctx, j, ','))
        j++;
      if (ck_tok_is (ctx, j, "and") || ck_tok_is_punct (ctx, j, '&'))
        {
          j++;
          joined = TRUE;
        }
      if (j == k || j >= pe)
        break;
      if (ck_tok_is (ctx, j, "et") && ck_tok_is (ctx, j + 1, "al"))
        return ck_tok_is_punct (ctx, j + 2, '.') ? j + 3 : j + 2;
      ie = inverted_at (ctx, j, pe);
      if (ie > j)
        {
          add_inverted (ctx, j, ie, CK_ROLE_AUTHOR, names);
          k = ie;
          if (joined)
            break;
          continue;
        }
      if (joined)
        {
          guint ce = ck_name_span_forward (ctx, j, pe);
          if (ce == j)
            return G_MAXUINT;
          ck_names_forward (ctx, j, ce, CK_ROLE_AUTHOR, names);
          k = ce;
        }
      /* Chicago's middle names of three or more: "Family, Given, Given2
       * Family2, and Given3 Family3" */
      else if (ck_tok_cap_word (ctx, j))
        {
          guint ce = ck_name_span_forward (ctx, j, pe);
          /* ("Family, Given, Given2 Family2 & Given3 Family3": no comma
           * before the last) */
          if (ce > j + 1 && ck_count_words (ctx, j, ce) >= 2 && ce + 1 < pe &&
              ((ck_tok_is_punct (ctx, ce, ',') &&
                (ck_tok_is (ctx, ce + 1, "and") || ck_tok_is_punct (ctx, ce + 1, '&') || ck_tok_cap_word (ctx, ce + 1))) ||
               ((ck_tok_is (ctx, ce, "and") || ck_tok_is_punct (ctx, ce, '&')) && ck_tok_cap_word (ctx, ce + 1))))
            {
              ck_names_forward (ctx, j, ce, CK_ROLE_AUTHOR, names);
              k = ce;
              continue;
            }
        }
      break;
    }
  return k;
}

/* APA's chapter after "In": "B. Family (Ed.), Book (pp. 3-20).
 * Publisher." at @s.  Makes @rec a chapter of the book, with its editors
 * and pages, and returns the token after "(pp. …)."; @s - 1 (the "In")
 * when the words after "In" are not of that shape. */
static guint
chapter_into (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  g_autoptr(GPtrArray) eds = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  guint k = ck_names_forward (ctx, s, e, CK_ROLE_EDITOR, eds), bs, be;
  if (k == s || !(k + 4 < e && ck_tok_is_punct (ctx, k, '(') && ck_tok_in_words (ctx, k + 1, editor_marks) &&
                  ck_tok_is_punct (ctx, k + 2, '.') && ck_tok_is_punct (ctx, k + 3, ')') &&
                  ck_tok_is_punct (ctx, k + 4, ',')))
    return s - 1;
  bs = k + 5;
  for (be = bs; be < e && !ck_tok_is_punct (ctx, be, '(') && !ck_tok_is_punct (ctx, be, '.'); be++)
    ;
  if (be == bs || !ck_tok_cap_word (ctx, bs))
    return s - 1;
  ck_record_set_type (rec, CK_TYPE_CHAPTER);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, bs, be));
  for (guint q = 0; q < eds->len; q++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (eds, q)));
  k = be;
  /* "(pp. 3-20)", "(2nd ed., pp. 3-20)", "(Vol. 2, pp. 3-20)" */
  if (k + 3 < e && ck_tok_is_punct (ctx, k, '('))
    {
      guint close = k + 1, pp = 0;
      while (close < e && close < k + 12 && !ck_tok_is_punct (ctx, close, ')'))
        {
          if (!pp && ck_tok_in_words (ctx, close, page_marks) && ck_tok_is_punct (ctx, close + 1, '.'))
            pp = close;
          close++;
        }
      if (close < e && ck_tok_is_punct (ctx, close, ')') && pp)
        {
          if (close > pp + 2)
            ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, pp + 2, close));
          /* the book's edition before the pages */
          for (guint q = k + 1; q + 1 < pp; q++)
            if (ck_tok_in_words (ctx, q, edition_words))
              {
                ck_record_take (rec, CK_FIELD_EDITION, ck_span_dup (ctx, k + 1, q + 1));
                break;
              }
          k = close + 1;
        }
    }
  while (k < e && ck_tok_is_punct (ctx, k, '.'))
    k++;
  return k;
}

/* "Title (2nd ed.)", "Title (Rev. ed.)" ending at *@te: moves *@te to
 * the parenthesis and returns the edition, or NULL. */
static char *
title_edition (const CkExtractCtx *ctx, guint ts, guint *te)
{
  guint close = *te - 1, open;
  if (close <= ts + 2 || !ck_tok_is_punct (ctx, close, ')'))
    return NULL;
  for (open = close - 1; open > ts && open + 6 > close && !ck_tok_is_punct (ctx, open, '('); open--)
    ;
  if (!ck_tok_is_punct (ctx, open, '(') || open <= ts)
    return NULL;
  for (guint q = open + 1; q < close; q++)
    if (ck_tok_in_words (ctx, q, edition_words))
      {
        guint e = close;
        if (ck_tok_is_punct (ctx, e - 1, '.'))
          e--;
        *te = open;
        return ck_span_dup (ctx, open + 1, e);
      }
  return NULL;
}

/* A year at @k: "1958", or "1958a" of a list with two works of one
 * author and year. */
static gboolean
year_tok (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  if (t->flags & CK_TOKF_YEAR)
    return TRUE;
  if (t->kind != CK_TOK_NUMBER || t->end - t->start != 5 || !g_ascii_islower (ctx->text[t->start + 4]))
    return FALSE;
  for (guint32 b = t->start; b < t->start + 4; b++)
    if (!g_ascii_isdigit (ctx->text[b]))
      return FALSE;
  return atoi (ctx->text + t->start) >= 1400 && atoi (ctx->text + t->start) <= 2099;
}

/* "AB", "C": initials run together with no stops, as the
 * Vancouver-like Harvard of the social sciences sets them ("Holt MA"). */
static gboolean
bare_initials (const CkExtractCtx *ctx, guint k, guint e)
{
  const CkToken *t;
  gsize n;
  if (k >= e)
    return FALSE;
  t = ck_tok (ctx, k);
  n = t->end - t->start;
  if (t->kind != CK_TOK_WORD || n > 3 || ck_tok_is_punct (ctx, k + 1, '.'))
    return FALSE;
  for (gsize b = 0; b < n; b++)
    if (!g_ascii_isupper (ctx->text[t->start + b]))
      return FALSE;
  return TRUE;
}

/* "Family AB" at @s (one or two capitalised words, then bare initials):
 * the end of the initials, or @s. */
static guint
family_initials_at (const CkExtractCtx *ctx, guint s, guint e)
{
  guint k = s;
  while (k < e && k < s + 2 && ck_tok_cap_word (ctx, k) && !bare_initials (ctx, k, e) &&
         !ck_tok_in_lex (ctx, k, CK_LEX_NON_NAMES))
    k++;
  if (k == s || !bare_initials (ctx, k, e))
    return s;
  return k + 1;
}

/* Appends "Family AB" [s,e) to @names: the initials are the given name. */
static void
add_family_initials (const CkExtractCtx *ctx, guint s, guint e, CkRole role, GPtrArray *names)
{
  g_autofree char *fam = ck_span_dup (ctx, s, e - 1);
  g_autofree char *given = ck_tok_dup (ctx, e - 1);
  g_ptr_array_add (names, ck_name_new_personal (role, fam, given));
}

/* The co-authors after a "Family AB" name ending at @k: ", Family C",
 * " and Family D", ", et al.".  Appends them to @names and returns the
 * token after them. */
static guint
coauthors_initials (const CkExtractCtx *ctx, guint k, guint pe, CkRole role, GPtrArray *names)
{
  for (guint round = 0; round < 8 && k < pe; round++)
    {
      guint j = k, ie;
      if (ck_tok_is_punct (ctx, j, ','))
        j++;
      if (ck_tok_is (ctx, j, "and") || ck_tok_is_punct (ctx, j, '&'))
        j++;
      if (j == k || j >= pe)
        break;
      if (ck_tok_is (ctx, j, "et") && ck_tok_is (ctx, j + 1, "al"))
        return ck_tok_is_punct (ctx, j + 2, '.') ? j + 3 : j + 2;
      ie = family_initials_at (ctx, j, pe);
      if (ie == j)
        break;
      add_family_initials (ctx, j, ie, role, names);
      k = ie;
    }
  return k;
}

/* "(ed.)", "(eds)", "(Ed.)", "(eds.)" at @k: its end, or @k. */
static guint
editor_mark_end (const CkExtractCtx *ctx, guint k, guint e)
{
  static const char * const marks[] = { "ed", "eds", NULL };
  if (!(k + 2 < e && ck_tok_is_punct (ctx, k, '(') && ck_tok_in_words (ctx, k + 1, marks)))
    return k;
  if (ck_tok_is_punct (ctx, k + 2, ')'))
    return k + 3;
  if (k + 3 < e && ck_tok_is_punct (ctx, k + 2, '.') && ck_tok_is_punct (ctx, k + 3, ')'))
    return k + 4;
  return k;
}

/* The Harvard chapter after "In:" or "in": "Family B (ed.) Book. Place:
 * Publisher, pp. 44-67." or "B. Family and C. Family (eds) Book. …" at
 * @s.  Makes @rec a chapter of the book with its editors and returns the
 * token after the book's title; @s when the words are not of that shape. */
static guint
harvard_chapter_into (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  g_autoptr(GPtrArray) eds = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  guint k = s, ne, bs, be;
  if (ck_tok_is_punct (ctx, k, ':'))
    k++;
  if ((ne = family_initials_at (ctx, k, e)) > k)
    {
      add_family_initials (ctx, k, ne, CK_ROLE_EDITOR, eds);
      ne = coauthors_initials (ctx, ne, e, CK_ROLE_EDITOR, eds);
    }
  else
    ne = ck_names_forward (ctx, k, e, CK_ROLE_EDITOR, eds);
  if (ne == k || eds->len == 0)
    return s;
  k = editor_mark_end (ctx, ne, e);
  if (k == ne)
    return s;
  if (ck_tok_is_punct (ctx, k, ','))
    k++;
  bs = k;
  for (be = bs; be < e && be < bs + 40 && !ck_tok_is_punct (ctx, be, '.') && !ck_tok_is_punct (ctx, be, '('); be++)
    ;
  if (be == bs || be >= e || !ck_tok_cap_word (ctx, bs))
    return s;
  /* "Book, Place: Publisher." with no stop after the book */
  {
    guint pc = ck_place_publisher_tail (ctx, bs, be);
    if (pc < be)
      be = pc;
  }
  if (!ck_title_plausible (ctx, bs, be))
    return s;
  ck_record_set_type (rec, CK_TYPE_CHAPTER);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, bs, be));
  for (guint q = 0; q < eds->len; q++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (eds, q)));
  /* the pages at the end: ", pp. 44-67" */
  for (guint q = be; q + 3 < e; q++)
    if (ck_tok_is (ctx, q, "pp") && ck_tok_is_punct (ctx, q + 1, '.') && ck_tok (ctx, q + 2)->kind == CK_TOK_NUMBER)
      {
        guint pe2 = q + 3;
        if (pe2 + 1 < e && is_dash_tok (ctx, pe2) && ck_tok (ctx, pe2 + 1)->kind == CK_TOK_NUMBER)
          pe2 += 2;
        ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, q + 2, pe2));
        break;
      }
  while (be < e && (ck_tok_is_punct (ctx, be, '.') || ck_tok_is_punct (ctx, be, ',')))
    be++;
  return be;
}

/* "n.d.", "in press", "forthcoming" at @k: their end, or @k. */
static guint
undated_at (const CkExtractCtx *ctx, guint k, guint e)
{
  if (k + 3 < e && ck_tok_is (ctx, k, "n") && ck_tok_is_punct (ctx, k + 1, '.') && ck_tok_is (ctx, k + 2, "d") &&
      ck_tok_is_punct (ctx, k + 3, '.'))
    return k + 4;
  if (k + 1 < e && ck_tok_is (ctx, k, "in") && ck_tok_is (ctx, k + 1, "press"))
    return k + 2;
  if (k < e && ck_tok_is (ctx, k, "forthcoming"))
    return k + 1;
  return k;
}

/* "———", "---" at @s: the ditto of the names above; its end, or @s. */
static guint
ditto_end (const CkExtractCtx *ctx, guint s, guint e)
{
  guint k = s;
  while (k < e && k < s + 8 && (is_dash_tok (ctx, k) || ck_tok_is_punct (ctx, k, 0x2014)))
    k++;
  return k >= s + 2 ? k : s;
}

/* Whether the line at @k reads "Words, Place: Publisher." to its end:
 * the tail of a title wrapped over lines with its imprint. */
static gboolean
wrapped_imprint_line (const CkExtractCtx *ctx, guint k, guint limit)
{
  guint le = k + 1, c;
  while (le < limit && le < k + AD_MAX_TOKENS && ck_tok (ctx, le)->nl == 0)
    le++;
  c = ck_place_publisher_tail (ctx, k, le);
  if (c >= le)
    return FALSE;
  /* title words only before the imprint: no entry's year or initials */
  for (guint j = k; j < c; j++)
    if (ck_tok_is_punct (ctx, j, '(') || ck_tok_is_punct (ctx, j, '.') || (ck_tok (ctx, j)->flags & CK_TOKF_YEAR))
      return FALSE;
  return TRUE;
}

/* Whether the line at @k opens with a year and a title: "  1962 Title."
 * or "1968a “Title.”", an entry under the names line above (AAA). */
static gboolean
year_line_at (const CkExtractCtx *ctx, guint k, guint e)
{
  return k + 1 < e && ck_tok (ctx, k)->nl == 1 && year_tok (ctx, k) && ck_tok (ctx, k + 1)->nl == 0 &&
         (ck_tok_cap_word (ctx, k + 1) || ck_tok (ctx, k + 1)->kind == CK_TOK_QUOTE_OPEN);
}

/* ", ed.", ", eds.", ", editor" after the names at @k: its end, or @k. */
static guint
comma_editor_end (const CkExtractCtx *ctx, guint k, guint e)
{
  static const char * const marks[] = { "ed", "eds", "editor", "editors", NULL };
  if (!(k + 1 < e && ck_tok_is_punct (ctx, k, ',') && ck_tok_in_words (ctx, k + 1, marks) && ck_tok_lower_word (ctx, k + 1)))
    return k;
  return ck_tok_is_punct (ctx, k + 2, '.') ? k + 3 : k + 2;
}

/* The end of the entry that starts at @s: the next line that opens
 * another entry, a blank line, or the limit.  Under a names line (@aaa)
 * each line that opens with a year is an entry of its own. */
static guint
entry_end (const CkExtractCtx *ctx, guint s, guint limit, gboolean aaa)
{
  for (guint k = s + 1; k < limit && k < s + AD_MAX_TOKENS; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->nl >= 2 || (aaa && year_line_at (ctx, k, limit)))
        return k;
      /* "Family, Given", "Family, G. H." opening the next line; not
       * "Subtitle Words, Place: Publisher." wrapped from the line above */
      if (t->nl == 1 && wrapped_imprint_line (ctx, k, limit))
        continue;
      if (t->nl == 1 && (inverted_at (ctx, k, limit) > k || ditto_end (ctx, k, limit) > k ||
                         family_initials_at (ctx, k, limit) > k ||
                         (ck_tok_cap_word (ctx, k) && ck_tok_is_punct (ctx, k + 1, ',') && ck_tok_cap_word (ctx, k + 2))))
        return k;
    }
  return MIN (limit, s + AD_MAX_TOKENS);
}

void
ck_detect_author_date (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  /* the names of the last entry, for a ditto */
  g_autoptr(GPtrArray) prev = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  /* the last entry set its year at a line's start under its names (AAA) */
  gboolean aaa_prev = FALSE;
  for (guint i = 0; i + 5 < n; i++)
    {
      guint ne, k, y, ts, te, ee, pe, nd, ed, role_s = 0, role_e = 0;
      gboolean undated, aaa, italic;
      char *edition;
      g_autoptr(GPtrArray) names = NULL;
      CkRecord *rec;
      if ((i > 0 && ck_tok (ctx, i)->nl == 0) || ck_is_claimed (ctx, i, i + 1))
        continue;
      pe = g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i)).tok_end;
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      /* "  1968 Title.": the next entry under the names line above */
      if (aaa_prev && prev->len > 0 && year_line_at (ctx, i, pe))
        {
          for (guint q = 0; q < prev->len; q++)
            g_ptr_array_add (names, ck_name_copy (g_ptr_array_index (prev, q)));
          k = i;
        }
      /* "———. 1962. Title.": the dashes repeat the names of the entry above */
      else if ((ne = ditto_end (ctx, i, pe)) > i && prev->len > 0)
        {
          for (guint q = 0; q < prev->len; q++)
            g_ptr_array_add (names, ck_name_copy (g_ptr_array_index (prev, q)));
          k = ne;
          if (ck_tok_is_punct (ctx, k, ','))
            k++;
        }
      else
        {
          if (!ck_tok_cap_word (ctx, i))
            continue;
          if ((ne = inverted_at (ctx, i, pe)) > i)
            {
              add_inverted (ctx, i, ne, CK_ROLE_AUTHOR, names);
              k = coauthors (ctx, ne, pe, names);
            }
          /* "Family AB, Family C and Family D (2010)": a year in brackets
           * must follow, so that no line opening "Name XY" is taken */
          else if ((ne = family_initials_at (ctx, i, pe)) > i)
            {
              add_family_initials (ctx, i, ne, CK_ROLE_AUTHOR, names);
              k = coauthors_initials (ctx, ne, pe, CK_ROLE_AUTHOR, names);
              if (editor_mark_end (ctx, k, pe) > k)
                ;
              else if (!(k + 2 < pe && ck_tok_is_punct (ctx, k, '(') &&
                         (year_tok (ctx, k + 1) || undated_at (ctx, k + 1, pe) > k + 1)))
                continue;
            }
          else
            continue;
        }
      if (k == G_MAXUINT)
        continue;
      /* "Family, B. (Ed.).", "(Eds.)", "Family, Given, ed.": the names
       * are the editors' */
      if ((ed = MAX (editor_mark_end (ctx, k, pe), comma_editor_end (ctx, k, pe))) > k)
        {
          for (guint q = 0; q < names->len; q++)
            ((CkName *) g_ptr_array_index (names, q))->role = CK_ROLE_EDITOR;
          k = ed;
        }
      /* the year: "2005", ". 2005.", "(2005).", ", 2005." (Harvard) */
      if (ck_tok_is_punct (ctx, k, '.') ||
          (ck_tok_is_punct (ctx, k, ',') && k + 1 < pe && (ck_tok (ctx, k + 1)->flags & CK_TOKF_YEAR)))
        k++;
      undated = FALSE;
      if (ck_tok_is_punct (ctx, k, '(') && (nd = undated_at (ctx, k + 1, pe)) > k + 1 && ck_tok_is_punct (ctx, nd, ')'))
        {
          /* "(n.d.)", "(in press)": an entry with no year */
          undated = TRUE;
          y = k + 1;
          k = nd + 1;
        }
      else if (ck_tok_is_punct (ctx, k, '(') && k + 2 < pe && ck_tok_is_punct (ctx, k + 2, ')'))
        {
          y = k + 1;
          k += 3;
        }
      else
        y = k++;
      if (!undated && (y >= pe || !year_tok (ctx, y) || ck_tok (ctx, y)->nl >= 2))
        continue;
      aaa = !undated && y > i && year_line_at (ctx, y, pe);
      /* "2012<em>a</em>.": a page's letter telling two works of a year apart */
      {
        guint a = ck_italic_tag_at (ctx, k, pe, FALSE), c;
        if (!undated && a > k && a + 1 < pe && ck_tok_lower_word (ctx, a) && ck_tok (ctx, a)->end - ck_tok (ctx, a)->start == 1 &&
            (c = ck_italic_tag_at (ctx, a + 1, pe, TRUE)) > a + 1)
          k = c;
      }
      /* "Family, Given 1982: Title." (Mind's and Analysis's lists) */
      if (ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, ':'))
        k++;
      ts = k;
      /* a web page's "<em>Title</em>." */
      italic = ck_italic_tag_at (ctx, ts, pe, FALSE) > ts;
      if (italic)
        ts = ck_italic_tag_at (ctx, ts, pe, FALSE);
      if (ts >= pe || !(ck_tok_cap_word (ctx, ts) || ck_tok (ctx, ts)->kind == CK_TOK_QUOTE_OPEN))
        continue;
      ee = entry_end (ctx, aaa ? y : i, pe, aaa);
      /* a quoted title ("“Title.” Journal …") or the sentence up to its stop */
      if (italic)
        {
          for (te = ts; te < ee && ck_italic_tag_at (ctx, te, ee, TRUE) == te; te++)
            ;
          if (te >= ee)
            continue;
          k = ck_italic_tag_at (ctx, te, ee, TRUE);
          while (te > ts && (ck_tok_is_punct (ctx, te - 1, '.') || ck_tok_is_punct (ctx, te - 1, ',')))
            te--;
        }
      else if (ck_tok (ctx, ts)->kind == CK_TOK_QUOTE_OPEN)
        {
          ts++;
          for (te = ts; te < ee && ck_tok (ctx, te)->kind != CK_TOK_QUOTE_CLOSE; te++)
            ;
          if (te >= ee)
            continue;
          k = te + 1;
          if (te > ts && (ck_tok_is_punct (ctx, te - 1, '.') || ck_tok_is_punct (ctx, te - 1, ',')))
            te--;
        }
      else
        {
          te = MIN (ck_sentence_end (ctx, ts), ee);
          k = te;
          while (te > ts && (ck_tok_is_punct (ctx, te - 1, '.') || ck_tok_is_punct (ctx, te - 1, ',')))
            te--;
          /* "Title?" keeps its mark */
          /* "Title, Place: Publisher." (Harvard): the imprint after a comma */
          {
            guint pc = ck_place_publisher_tail (ctx, ts, te);
            if (pc < te)
              te = k = pc;
          }
        }
      /* "Title, ed. B. Name.", "Title, trans. B. Name.": the roles after
       * the title, read into the record below */
      {
        guint rc = te > ts + 2 ? ck_role_chain_before (ctx, te, ts) : te;
        if (rc < te && rc > ts)
          {
            role_s = rc;
            role_e = te;
            te = rc;
          }
      }
      /* "Title (2nd ed.)." (APA): the edition in parentheses */
      edition = title_edition (ctx, ts, &te);
      /* "Title, Journal, 3(2), pp. 1-20" with no quotes: the journal
       * after the title's last comma */
      if (ck_tok (ctx, ts - 1)->kind != CK_TOK_QUOTE_OPEN)
        for (guint c = ts + 1; c + 2 < te; c++)
          if (ck_tok_is_punct (ctx, c, ',') && ck_tok_cap_word (ctx, c + 1))
            {
              g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
              if (journal_into (ctx, c + 1, ee, probe))
                {
                  k = c + 1;
                  te = c;
                  break;
                }
            }
      if (te <= ts || !ck_title_plausible (ctx, ts, te) || ck_count_words (ctx, ts, te) > 30)
        {
          g_free (edition);
          continue;
        }
      /* "'Title', Journal" (Harvard) sets a comma after the quote */
      while (k < ee && (ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, ',')))
        k++;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
      if (role_s < role_e)
        ck_role_chain (ctx, role_s, role_e, rec);
      if (edition)
        ck_record_take (rec, CK_FIELD_EDITION, edition);
      g_ptr_array_set_size (prev, 0);
      for (guint q = 0; q < names->len; q++)
        {
          g_ptr_array_add (prev, ck_name_copy (g_ptr_array_index (names, q)));
          ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
        }
      if (!undated)
        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, y)->start), 0, 0));
      /* the rest: a chapter's book, a journal, or an imprint */
      if (k < ee && ck_tok_is (ctx, k, "In") && (ck_tok (ctx, k)->flags & CK_TOKF_CAP))
        {
          k = chapter_into (ctx, k + 1, ee, rec);
          /* "In: Family B (ed.) Book.", "in B. Family (eds) Book." */
          if (ck_tok_is (ctx, k, "In"))
            {
              guint hk = harvard_chapter_into (ctx, k + 1, ee, rec);
              if (hk > k + 1)
                k = hk;
            }
        }
      else if (k < ee && ck_tok_is (ctx, k, "in") && ck_tok_lower_word (ctx, k))
        {
          guint hk = harvard_chapter_into (ctx, k + 1, ee, rec);
          if (hk > k + 1)
            k = hk;
        }
      if (k < ee && !journal_into (ctx, k, ee, rec))
        {
          guint unknown = 0;
          g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
          if (ck_assemble_elements (probe, ctx->text, ck_tok (ctx, k)->start, ck_tok (ctx, ee - 1)->end, CK_ELEM_BLOCK, &unknown) > 0 &&
              unknown <= 1)
            ck_assemble_elements (rec, ctx->text, ck_tok (ctx, k)->start, ck_tok (ctx, ee - 1)->end, CK_ELEM_BLOCK, NULL);
        }
      ck_mention_add (ctx, det, rec, ck_tok (ctx, i)->start, ck_tok (ctx, ee - 1)->end, i, 0);
      ck_claim (ctx, i, ee);
      aaa_prev = aaa || (y == i && year_line_at (ctx, y, pe));
      i = ee - 1;
    }
}
