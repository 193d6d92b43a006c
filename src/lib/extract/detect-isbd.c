/* detect-isbd.c — one work per line (or list item) in the slash form of
 * ISBD, as library catalogues, "other editions" and further-reading lists
 * print them:
 *
 *   The tide tables : a life / Ann Reed ; translated by Bo Lind. -- 2nd ed. -- Leeds : Gannet, 1984. -- 320 p.
 *   Salt and stone, 1400-1800 / Cy Moss ; translated from the French by Ann Reed. Leeds : Gannet, c1981.
 *   The long shore / Peter Grove (1980)
 *   - Harbour songs / edited by Ann Reed. York : Kestrel Press, 1990.
 *
 * The title is the text before " / " at the start of the line; the
 * statement of responsibility after it must read wholly as names and role
 * phrases ("edited by", "; translated by", "[et al.]") up to a stop, a
 * "(" or the line's end — that is what keeps prose with a slash in it
 * ("and / or", "1914/18", a URL) out.  What follows is the imprint, read
 * by ck_assemble_elements(); it must hold something an imprint holds.
 * Its areas are divided by " -- " or the printed long dash; the series
 * area "(Series ; 12)", the physical description and the edition are read
 * as such.  What the cataloguer supplied stands in brackets ("[by] Name");
 * a parallel title after " = " and a material designation ("[microform]")
 * are no part of the title; a card's bracketed uniform title on the line
 * above ("[Pré de fer. English]") is the original title.  Titles in
 * sentence case are normal here.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <stdlib.h>
#include <string.h>

#define ISBD_MAX_TITLE_WORDS 40
#define ISBD_MAX_STATEMENTS  8
#define ISBD_MAX_WRAP        3    /* continuation lines of one entry */

/* The first token after a list marker ("-", "*", "•", "3.", "3)") at
 * the start of the line, or the line's first token. */
static guint
after_marker (const CkExtractCtx *ctx, guint f, guint e)
{
  if (f + 1 >= e)
    return f;
  if (ck_tok_is_punct (ctx, f, '-') || ck_tok_is_punct (ctx, f, '*') || ck_tok_is_punct (ctx, f, 0x2022) ||
      ck_tok_is_punct (ctx, f, 0x2013))
    return f + 1;
  if (ck_tok (ctx, f)->kind == CK_TOK_NUMBER && ck_tok (ctx, f)->end - ck_tok (ctx, f)->start <= 3 &&
      f + 2 < e && (ck_tok_is_punct (ctx, f + 1, '.') || ck_tok_is_punct (ctx, f + 1, ')')))
    return f + 2;
  return f;
}

/* Whether token @k is a "/" standing alone between spaces. */
static gboolean
lone_slash (const CkExtractCtx *ctx, guint k, guint f)
{
  return k > f && ck_tok_is_punct (ctx, k, '/') && (ck_tok (ctx, k)->flags & CK_TOKF_SPACE) &&
         (ck_tok (ctx, k - 1)->flags & CK_TOKF_SPACE);
}

/* "[et al.]" or "[and others]" at @k: its end, or @k. */
static guint
et_al_at (const CkExtractCtx *ctx, guint k, guint e)
{
  if (k + 3 < e && ck_tok_is_punct (ctx, k, '[') && ck_tok_is (ctx, k + 1, "et") && ck_tok_is (ctx, k + 2, "al"))
    {
      guint j = k + 3;
      if (j < e && ck_tok_is_punct (ctx, j, '.'))
        j++;
      if (j < e && ck_tok_is_punct (ctx, j, ']'))
        return j + 1;
    }
  return k;
}

/* The statement of responsibility from @s: role phrases and names up to a
 * stop, "(", "--" or @e.  Fills @rec and returns the end; returns @s when
 * some piece is not a name or a role phrase. */
static guint
statement (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  guint k = s, n = 0;
  while (k < e && n++ < ISBD_MAX_STATEMENTS)
    {
      CkRole role = CK_ROLE_AUTHOR;
      guint r, ne;
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      /* what the cataloguer supplied stands in brackets: "[by] Name",
       * "[Name]", "[edited by] Name" */
      gboolean bracket = k + 1 < e && ck_tok_is_punct (ctx, k, '[');
      if (bracket)
        k++;
      r = ck_role_phrase_at (ctx, k, e, &role);
      if (r == k && ck_tok_is (ctx, k, "by"))
        r = k + 1;
      if (bracket && r < e && ck_tok_is_punct (ctx, r, ']'))
        {
          r++;
          bracket = FALSE;
        }
      ne = ck_names_forward (ctx, r, e, role, names);
      if (ne == r || names->len == 0)
        return s;
      if (bracket && ne < e && ck_tok_is_punct (ctx, ne, ']'))
        ne++;
      for (guint q = 0; q < names->len; q++)
        ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
      k = et_al_at (ctx, ne, e);
      if (k >= e || ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, '(') || ck_tok_is_punct (ctx, k, '-'))
        return k;
      /* "; translated by", ", with an introduction by", " and edited by" */
      if (ck_tok_is_punct (ctx, k, ';') || ck_tok_is_punct (ctx, k, ','))
        k++;
      if (k >= e)
        return k;
    }
  return s;
}

/* "(1980)" at @k, closing the line: the year, or 0. */
static int
paren_year (const CkExtractCtx *ctx, guint k, guint e)
{
  if (k + 2 < e && ck_tok_is_punct (ctx, k, '(') && (ck_tok (ctx, k + 1)->flags & CK_TOKF_YEAR) &&
      ck_tok_is_punct (ctx, k + 2, ')') && (k + 3 == e || (k + 4 == e && ck_tok_is_punct (ctx, k + 3, '.'))))
    return atoi (ctx->text + ck_tok (ctx, k + 1)->start);
  return 0;
}

/* Whether an area of the record is its physical description: "xii, 320
 * p. ; 22 cm.", "2 v.", "viii, 210 pages" (no "Place : Publisher"). */
static gboolean
extent_area (const char *a)
{
  return strpbrk (a, "0123456789") && !strchr (a, ':') &&
         (strstr (a, " p.") || g_str_has_suffix (a, " p") || strstr (a, "pages") || strstr (a, " cm") ||
          strstr (a, " leaves") || strstr (a, " v."));
}

/* The areas of an ISBD record after the statement, separated by ". -- "
 * or the printed long dash ". — ": the series in parentheses ("(Harwell
 * library ; 12)") and the physical description are read here; the
 * others (edition, imprint) are joined with stops for the elements
 * reader.  Rewrites *@val. */
static void
areas_into (CkRecord *rec, char **val)
{
  static const char * const seps[] = { "--", "\xe2\x80\x94", "\xe2\x80\x93", NULL };
  GString *rest = g_string_new (NULL);
  char *p;
  for (guint k = 0; seps[k]; k++)
    while ((p = strstr (*val, seps[k])) != NULL)
      {
        /* "1914–1918" is a span, no separator: only a dash between spaces
         * (or the double hyphen) divides areas */
        if (k > 0 && !(p > *val && p[-1] == ' ' && p[strlen (seps[k])] == ' '))
          {
            *p = '\x02';   /* kept, restored below */
            continue;
          }
        p[0] = '\x01';
        memmove (p + 1, p + strlen (seps[k]), strlen (p + strlen (seps[k])) + 1);
      }
  {
    g_auto(GStrv) areas = g_strsplit (*val, "\x01", 16);
    for (guint k = 0; areas[k]; k++)
      {
        char *a = g_strstrip (areas[k]);
        gsize n;
        for (char *q = a; (q = strchr (q, '\x02')) != NULL; q++)
          *q = '\xe2';
        while (*a == '.' || *a == ' ')
          a++;
        n = strlen (a);
        /* "2nd ed." keeps its stop; "(Series ; 12)." does not */
        while (n > 0 && (a[n - 1] == ' ' || (a[n - 1] == '.' && n > 1 && a[n - 2] == ')')))
          a[--n] = '\0';
        if (n > 2 && a[0] == '(' && a[n - 1] == ')' && !strpbrk (a, ":"))
          {
            a[n - 1] = '\0';
            ck_catalogue_series_into (rec, a + 1);
            continue;
          }
        /* the edition area, "2nd ed.", "Second edition, revised." */
        if (k > 0 && n < 40 && !strchr (a, ':') && !ck_record_has (rec, CK_FIELD_EDITION) &&
            (g_str_has_suffix (a, " ed.") || strstr (a, "edition") || strstr (a, "Edition")))
          {
            if (a[n - 1] == '.' && !g_str_has_suffix (a, " ed."))
              a[n - 1] = '\0';
            ck_record_set (rec, CK_FIELD_EDITION, a);
            continue;
          }
        if (extent_area (a) && !ck_record_has (rec, CK_FIELD_NUMBER_OF_PAGES))
          {
            ck_catalogue_extent_into (rec, a);
            continue;
          }
        if (*a)
          g_string_append_printf (rest, "%s%s", rest->len == 0 ? "" : rest->str[rest->len - 1] == '.' ? " " : ". ", a);
      }
  }
  g_free (*val);
  *val = g_string_free (rest, FALSE);
}

/* Whether a sentence opens after a stop in @s ("… 28 cm. London : …"). */
static gboolean
sentence_after (const char *s)
{
  for (const char *q = s; (q = strstr (q, ". ")) != NULL; q++)
    if (g_ascii_isupper (q[2]))
      return TRUE;
  return FALSE;
}

/* The imprint and edition pieces in text[start,end), with the series and
 * extent areas; FALSE when the rest reads as no imprint (prose). */
static gboolean
imprint_into (CkRecord *rec, const char *text, gsize start, gsize end)
{
  g_autofree char *val = ck_catalogue_value_copy (text, start, end);
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 0, known;
  areas_into (probe, &val);
  /* "… c1977. xvii, 192 p. : ill. ; 28 cm.": a card without the areas'
   * dashes runs the physical description on after the imprint's stop */
  for (char *q = val; (q = strstr (q, ". ")) != NULL; q++)
    {
      char *d = q + 2;
      if ((g_ascii_isdigit (*d) || (strchr ("ivxlc", *d) && strchr (d, ','))) &&
          (strstr (d, " p.") || strstr (d, " cm") || strstr (d, " leaves")) && !sentence_after (d) &&
          !ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES))
        {
          g_autofree char *extent = g_strdup (d);
          ck_catalogue_extent_into (probe, extent);
          q[1] = '\0';
          break;
        }
    }
  ck_catalogue_imprint_clean (&val);
  g_strstrip (val);
  while (*val == '.' || *val == ' ')
    memmove (val, val + 1, strlen (val));
  if (!*val)
    return TRUE;
  if (!ck_has_imprint_signal (val, 0, strlen (val)) && !strpbrk (val, "0123456789"))
    return FALSE;
  known = ck_assemble_elements (rec, val, 0, strlen (val), CK_ELEM_BLOCK, &unknown);
  if (known == 0 || unknown > known)
    return FALSE;
  /* the series and extent areas, once the imprint is one */
  for (guint f = 0; f < 4; f++)
    {
      static const CkField fs[] = { CK_FIELD_COLLECTION_TITLE, CK_FIELD_COLLECTION_NUMBER, CK_FIELD_NUMBER_OF_PAGES,
                                    CK_FIELD_EDITION };
      if (ck_record_has (probe, fs[f]) && !ck_record_has (rec, fs[f]))
        ck_record_set (rec, fs[f], ck_record_get (probe, fs[f]));
    }
  return TRUE;
}

/* Whether line @ln holds a lone slash (an entry of its own). */
static gboolean
line_has_slash (const CkExtractCtx *ctx, const CkLine *ln)
{
  for (guint k = ln->tok_first + 1; k < ln->tok_end; k++)
    if (lone_slash (ctx, k, ln->tok_first))
      return TRUE;
  return FALSE;
}

/* An entry wraps onto the lines below it that start no entry of their own
 * and follow without a blank line; returns the last line of the entry. */
static guint
entry_last_line (const CkExtractCtx *ctx, guint l)
{
  guint n_lines = ctx->t->lines->len, last = l;
  while (last + 1 < n_lines && last < l + ISBD_MAX_WRAP)
    {
      const CkLine *next = &g_array_index (ctx->t->lines, CkLine, last + 1);
      if (next->tok_first >= next->tok_end || ck_tok (ctx, next->tok_first)->nl >= 2 || line_has_slash (ctx, next) ||
          ck_catalogue_label_line (ctx, last + 1))
        break;
      last++;
    }
  return last;
}

/* "The long shore : a history of the\nnorth coast / Ann Reed.": a title
 * the cataloguer's line wrapped before its slash.  The lines above the
 * slash line belong to it while they follow without a blank line, end
 * with no stop (a heading "Reed, Ann, 1901-1980." does) and are no
 * labelled field or entry of their own; returns the title's first line. */
/* "LES.331 CRU", "PR 6045 .O72": a shelfmark on a line of its own, codes
 * in capitals and numbers with no word in lower case. */
static gboolean
shelfmark_line (const CkExtractCtx *ctx, guint f, guint e)
{
  gboolean digit = FALSE;
  for (guint k = f; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_NUMBER)
        digit = TRUE;
      else if (t->kind == CK_TOK_WORD && !(t->flags & CK_TOKF_UPPER))
        return FALSE;
      else if (t->kind == CK_TOK_PUNCT && t->ch != '.' && t->ch != '-' && t->ch != '/')
        return FALSE;
    }
  return digit && e - f <= 8;
}

/* "Aldiss, Brian W. (Brian Wilson), 1925-" or "…, 1901-1980": a card's
 * heading, closed by the name's dates, over the title's line. */
static gboolean
dated_heading (const CkExtractCtx *ctx, guint f, guint e)
{
  while (e > f && (ck_tok_is_punct (ctx, e - 1, '-') || ck_tok_is_punct (ctx, e - 1, 0x2013) ||
                   ck_tok (ctx, e - 1)->kind == CK_TOK_NUMBER))
    e--;
  return e > f + 2 && e < ck_n_toks (ctx) && ck_tok_is_punct (ctx, e - 1, ',') && (ck_tok (ctx, e)->flags & CK_TOKF_YEAR) &&
         ck_tok_cap_word (ctx, f) && ck_tok_is_punct (ctx, f + 1, ',');
}

static guint
title_first_line (const CkExtractCtx *ctx, guint l)
{
  guint first = l;
  while (first > 0 && first + ISBD_MAX_WRAP > l)
    {
      const CkLine *up = &g_array_index (ctx->t->lines, CkLine, first - 1);
      const CkLine *cur = &g_array_index (ctx->t->lines, CkLine, first);
      guint f = up->tok_first, e = up->tok_end;
      if (f >= e || ck_tok (ctx, cur->tok_first)->nl >= 2 || ck_is_claimed (ctx, f, e) || line_has_slash (ctx, up) ||
          ck_catalogue_label_line (ctx, first - 1) || after_marker (ctx, f, e) != f ||
          ck_tok_is_punct (ctx, e - 1, '.') || ck_tok_is_punct (ctx, e - 1, ';') || ck_tok_is_punct (ctx, e - 1, ')') ||
          ck_tok_is_punct (ctx, e - 1, ']') || !(ck_tok (ctx, f)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER)) ||
          /* "Users who borrowed this also borrowed:": a lead, glued to its colon */
          (ck_tok_is_punct (ctx, e - 1, ':') && e - 1 > f && !(ck_tok (ctx, e - 2)->flags & CK_TOKF_SPACE)) ||
          shelfmark_line (ctx, f, e) || dated_heading (ctx, f, e))
        break;
      first--;
    }
  return first;
}

/* A card's uniform title on the line above the entry, in brackets: "[Pré
 * de fer. English]" names the original of a translation. */
static void
uniform_above (CkExtractCtx *ctx, guint l, CkRecord *rec)
{
  const CkLine *up;
  guint f, e;
  if (l == 0)
    return;
  up = &g_array_index (ctx->t->lines, CkLine, l - 1);
  f = up->tok_first;
  e = up->tok_end;
  if (e < f + 3 || !ck_tok_is_punct (ctx, f, '[') || !ck_tok_is_punct (ctx, e - 1, ']') ||
      ck_tok (ctx, g_array_index (ctx->t->lines, CkLine, l).tok_first)->nl > 1 || ck_is_claimed (ctx, f, e))
    return;
  {
    g_autofree char *val = ck_catalogue_value_copy (ctx->text, ck_tok (ctx, f + 1)->start, ck_tok (ctx, e - 2)->end);
    ck_catalogue_uniform_into (rec, val);
  }
  if (ck_record_has (rec, CK_FIELD_ORIGINAL_TITLE))
    ck_claim (ctx, f, e);
}

/* "Frampton, Kenneth. Title / Kenneth Frampton. …", "Reed, Ann, 1901-1980.
 * Title / …": the card's main entry, the author's name inverted before
 * the title.  Adds the name to @names and returns the title's first token,
 * or @f. */
static guint
heading_end (const CkExtractCtx *ctx, guint f, guint e, GPtrArray *names)
{
  guint g, k;
  if (f + 4 >= e || !ck_tok_cap_word (ctx, f) || !ck_tok_is_punct (ctx, f + 1, ',') ||
      ck_tok_in_lex (ctx, f, CK_LEX_NON_NAMES) || ck_tok_in_lex (ctx, f, CK_LEX_PLACES))
    return f;
  g = ck_name_span_forward (ctx, f + 2, e);
  /* "Ada B." keeps its initial's stop; the heading's own stop follows it */
  while (g + 1 < e && (ck_tok (ctx, g)->flags & CK_TOKF_INITIAL) && ck_tok_is_punct (ctx, g + 1, '.') &&
         ck_tok_is_punct (ctx, g + 2, '.'))
    g += 2;
  if (g == f + 2 || ck_count_words (ctx, f + 2, g) > 3)
    return f;
  k = g;
  /* ", 1901-1980" or ", 1943-": the name's dates */
  if (ck_tok_is_punct (ctx, k, ',') && k + 1 < e && (ck_tok (ctx, k + 1)->flags & CK_TOKF_YEAR))
    {
      k += 2;
      while (k < e && (ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, 0x2013) || ck_tok (ctx, k)->kind == CK_TOK_NUMBER))
        k++;
    }
  /* the title may be set in italics ("<i>Title</i>") */
  if (!ck_tok_is_punct (ctx, k, '.') || k + 1 >= e ||
      !((ck_tok (ctx, k + 1)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER)) ||
        (ck_tok_is_punct (ctx, k + 1, '<') && ck_tok_is (ctx, k + 2, "i"))))
    return f;
  {
    g_autofree char *family = ck_tok_dup (ctx, f);
    g_autofree char *given = ck_span_dup (ctx, f + 2, g);
    g_ptr_array_add (names, ck_name_new_personal (CK_ROLE_AUTHOR, family, given));
  }
  return ck_tok_is_punct (ctx, k + 1, '<') && ck_tok_is_punct (ctx, k + 3, '>') ? k + 4 : k + 1;
}

void
ck_detect_isbd_line (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n_lines = ctx->t->lines->len;
  g_autoptr(GPtrArray) heading = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  for (guint l = 0; l < n_lines; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l), *last;
      guint f = ln->tok_first, e = ln->tok_end, ts, slash = 0, te, re;
      g_autoptr(CkRecord) rec = NULL;
      int year;

      if (f >= e || ck_is_claimed (ctx, f, e))
        continue;
      ts = after_marker (ctx, f, e);
      g_ptr_array_set_size (heading, 0);
      ts = heading_end (ctx, ts, e, heading);
      if (!(ck_tok (ctx, ts)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER | CK_TOKF_LOWER)) && ck_tok (ctx, ts)->kind != CK_TOK_NUMBER)
        continue;
      for (guint k = ts + 1; k < e && !slash; k++)
        if (lone_slash (ctx, k, ts))
          slash = k;
        /* a stop before a capital ends a sentence: prose, not a title */
        else if (ck_tok_is_punct (ctx, k, '.') && k + 1 < e && (ck_tok (ctx, k + 1)->flags & CK_TOKF_CAP) &&
                 !(ck_tok (ctx, k - 1)->flags & CK_TOKF_INITIAL))
          break;
      if (!slash)
        continue;
      /* the title may have begun on the lines above */
      if (ts == f)
        {
          guint fl = title_first_line (ctx, l);
          guint tw = g_array_index (ctx->t->lines, CkLine, fl).tok_first;
          for (guint k = tw + 1; k < ts && fl < l; k++)
            if (ck_tok_is_punct (ctx, k, '.') && (ck_tok (ctx, k + 1)->flags & CK_TOKF_CAP) &&
                !(ck_tok (ctx, k - 1)->flags & CK_TOKF_INITIAL))
              fl = l;
          if (fl < l)
            ts = f = tw;
        }
      if (ck_tok (ctx, ts)->flags & CK_TOKF_LOWER)
        continue;
      te = slash;
      /* "Title = Parallel title": the title proper is the first */
      for (guint k = ts + 1; k < te; k++)
        if (ck_tok_is_punct (ctx, k, '=') && (ck_tok (ctx, k)->flags & CK_TOKF_SPACE))
          {
            te = k;
            break;
          }
      while (te > ts && (ck_tok_is_punct (ctx, te - 1, '.') || ck_tok_is_punct (ctx, te - 1, ':') ||
                         ck_tok_is_punct (ctx, te - 1, ';') || ck_tok_is_punct (ctx, te - 1, ',')))
        te--;
      if (te <= ts || ck_count_words (ctx, ts, te) == 0 || ck_count_words (ctx, ts, te) > ISBD_MAX_TITLE_WORDS ||
          !ck_title_plausible (ctx, ts, te))
        continue;

      /* the statement and imprint may wrap: "translated by\n  B. Place : …" */
      last = &g_array_index (ctx->t->lines, CkLine, entry_last_line (ctx, l));
      if (ck_is_claimed (ctx, f, last->tok_end))
        last = ln;   /* what follows belongs to a record already read */
      e = last->tok_end;
      /* with the lines that wrap, or else (what wrapped may be another
       * label's value) the first line alone */
      for (guint attempt = 0; attempt < 2 && !rec; attempt++)
        {
          if (attempt == 1)
            {
              if (last == ln)
                break;
              last = ln;
              e = ln->tok_end;
            }
          rec = ck_record_new (CK_TYPE_BOOK);
          re = statement (ctx, slash + 1, e, rec);
          if (re == slash + 1)
            g_clear_pointer (&rec, ck_record_unref);
          else if ((year = paren_year (ctx, re, e)) != 0)
            ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (year, 0, 0));
          else if (re < e && !imprint_into (rec, ctx->text, ck_tok (ctx, re)->start, last->end))
            g_clear_pointer (&rec, ck_record_unref);
        }
      if (!rec)
        continue;
      ck_assemble_title (rec, ck_catalogue_drop_gmd (
                                ck_catalogue_value_copy (ctx->text, ck_tok (ctx, ts)->start, ck_tok (ctx, te - 1)->end)));
      if (!ck_record_has (rec, CK_FIELD_TITLE))
        continue;
      for (guint q = 0; q < heading->len; q++)
        ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (heading, q)));
      /* "1. T / A." over labelled lines: "Publisher: …", "ISBN: …" */
      {
        guint ll = ck_catalogue_fields_after (ctx, det, (guint) (last - &g_array_index (ctx->t->lines, CkLine, 0)), rec);
        last = &g_array_index (ctx->t->lines, CkLine, ll);
        e = last->tok_end;
      }
      uniform_above (ctx, l, rec);
      ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, ts)->start, last->end, ts, CK_MENTION_MAIN);
      ck_claim (ctx, f, e);
    }
}
