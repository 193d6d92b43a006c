/* detect-comma.c — reference-list citations with commas, as in
 * bibliographies, syllabi and notes (Chicago style):
 *
 *   Given Family, Title, 2nd edition (City, ST: Publisher, 2004).
 *   Given Family, ed., Title: Subtitle (City: Publisher, 2002).
 *   Given Family, Title, trans. Given Family, revised edition (City: Publisher, 1996).
 *   Given Family, "Article Title?" Journal Name 41 (1988): 12-30.
 *   Given Family, "Article Title," Journal Name 12 (1977): 5-19.
 *   Given Family, "Article Title," Journal Name 44, no. 1 (July 1938): 1-24.
 *
 * Between a title and its imprint stand comma-separated edition statements
 * ("3rd edition", "revised edition") and role statements ("trans. X",
 * "ed. X", "translated by X"); they fill fields of the title before them.
 * The author is the name before the title's comma.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "scholar-shapes.h"
#include "detect-context.h"
#include <stdlib.h>
#include <string.h>

#define COMMA_MAX_TITLE_COMMAS 6   /* commas a header title may hold */
#define COMMA_MAX_STACKED      12  /* header lines one paragraph may stack */
#define COMMA_MAX_HEADER_SCAN  256 /* mentions searched for a header book's main title */

static gboolean
year_tok (const CkExtractCtx *ctx, guint i)
{
  return i < ck_n_toks (ctx) && (ck_tok (ctx, i)->flags & CK_TOKF_YEAR);
}

static guint
close_of (const CkExtractCtx *ctx, guint open, guint limit)
{
  guint depth = 0;
  limit = MIN (limit, ck_n_toks (ctx));
  for (guint k = open; k < limit && k < open + 60; k++)
    {
      if (ck_tok_is_punct (ctx, k, '('))
        depth++;
      else if (ck_tok_is_punct (ctx, k, ')') && --depth == 0)
        return k;
    }
  return 0;
}

/* The "]" closing the "[" at @open within a few tokens, or 0. */
static guint
bracket_close (const CkExtractCtx *ctx, guint open, guint limit)
{
  for (guint k = open + 1; k < MIN (limit, ck_n_toks (ctx)) && k < open + 6; k++)
    if (ck_tok_is_punct (ctx, k, ']'))
      return k;
  return 0;
}

/* The comma before @k within the sentence, or G_MAXUINT. */
static guint
comma_before (const CkExtractCtx *ctx, guint k, guint floor)
{
  while (k-- > floor)
    if (ck_tok_is_punct (ctx, k, ','))
      return k;
  return G_MAXUINT;
}

/* "3rd edition", "revised edition", "2nd ed.", "new edition" in [s,e). */
static gboolean
is_edition (const CkExtractCtx *ctx, guint s, guint e)
{
  if (e > s && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  if (e < s + 2 || e > s + 3)
    return FALSE;
  return ck_tok_is (ctx, e - 1, "edition") || ck_tok_is (ctx, e - 1, "ed") || ck_tok_is (ctx, e - 1, "edn");
}

/* "vol. 1", "vol. II", "Vol. 3" in [s,e): the volume cited goes to
 * @rec. */
static gboolean
volume_segment (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  guint v = s + 1;
  const CkToken *t;
  /* "2 vols.": the set's size */
  if (ck_volumes_statement_end (ctx, s, e) == e && ck_tok (ctx, s)->kind == CK_TOK_NUMBER)
    {
      ck_record_take (rec, CK_FIELD_NUMBER_OF_VOLUMES, ck_tok_dup (ctx, s));
      return TRUE;
    }
  if (!(ck_tok_is (ctx, s, "vol") || ck_tok_is (ctx, s, "volume")))
    return FALSE;
  if (ck_tok_is_punct (ctx, v, '.'))
    v++;
  if (v + 1 != e)
    return FALSE;
  t = ck_tok (ctx, v);
  /* a number that is no year, or a roman numeral in capitals */
  if (!((t->kind == CK_TOK_NUMBER && !(t->flags & CK_TOKF_YEAR) && t->end - t->start <= 3) ||
        (t->kind == CK_TOK_WORD && t->end - t->start <= 5 && strspn (ctx->text + t->start, "IVXLC") == t->end - t->start)))
    return FALSE;
  ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, v));
  return TRUE;
}

/* "trans. X", "ed. X", "translated by X", "edited by X" in [s,e): the
 * names go to @rec. */
static gboolean
role_segment (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  CkRole role;
  guint k = ck_role_statement_at (ctx, s, e, &role);
  return k != s && ck_add_names_exact (ctx, rec, k, e, role);
}

/* The author before the comma at @comma: "Given Family," or "Given
 * Family, ed.,"; adds the names to @rec and returns the first token, or
 * @comma when there is none. */
static guint
author_before (const CkExtractCtx *ctx, guint comma, guint floor, CkRecord *rec)
{
  CkRole role = CK_ROLE_AUTHOR;
  guint e = comma, s;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  if (e >= floor + 3 && (ck_tok_is (ctx, e - 1, "ed") || ck_tok_is (ctx, e - 2, "ed") || ck_tok_is (ctx, e - 2, "eds") ||
                         ck_tok_is (ctx, e - 1, "eds")))
    {
      guint k = e - 1;
      if (ck_tok_is_punct (ctx, k, '.'))
        k--;
      if (!ck_tok_is_punct (ctx, k - 1, ','))
        return comma;
      role = CK_ROLE_EDITOR;
      e = k - 1;
    }
  s = ck_name_span_backward (ctx, e, floor);
  /* "Week 5  Experiment\n  Ann Reed, “Title,” …": an entry set in under
   * a heading starts on its own line */
  for (guint k = e; k > s + 1; k--)
    if (ck_tok (ctx, k - 1)->nl >= 1 && ck_tok (ctx, k - 1)->col > 1)
      {
        s = k - 1;
        break;
      }
  /* a lone surname only where the reference starts: "Holm, “Title?” …",
   * "see Holm, “Title” …" */
  if (s >= e || (ck_count_words (ctx, s, e) < 2 && s != floor && ck_tok (ctx, s)->nl == 0 &&
                 !(s > 0 && (ck_tok_is (ctx, s - 1, "see") || ck_tok_is (ctx, s - 1, "cf")))))
    return comma;
  /* "A and B, Title": both names */
  if (s >= floor + 2 && (ck_tok_is (ctx, s - 1, "and") || ck_tok_is_punct (ctx, s - 1, '&')))
    {
      guint s2 = ck_name_span_backward (ctx, s - 1, floor);
      if (s2 < s - 1 && ck_count_words (ctx, s2, s - 1) >= 2)
        s = s2;
    }
  ck_names_forward (ctx, s, e, role, names);
  if (names->len == 0)
    return comma;
  for (guint i = 0; i < names->len; i++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, i)));
  return s;
}

/* Where a reference starts: a line's start, after a list number ("1."),
 * a sentence end or a semicolon (a colon may be a subtitle's). */
static guint
ref_floor (const CkExtractCtx *ctx, guint i)
{
  guint f = ck_sentence_start (ctx, i);
  for (guint k = i; k > f; k--)
    if ((ck_tok (ctx, k)->nl >= 1 && ck_tok (ctx, k - 1)->kind != CK_TOK_WORD &&
         !ck_tok_is_punct (ctx, k - 1, ',')) || ck_tok (ctx, k)->nl >= 2 || ck_tok_is_punct (ctx, k - 1, ';'))
      return k;
  return f;
}

guint
ck_comma_author_before (const CkExtractCtx *ctx, guint comma, CkRecord *rec)
{
  return author_before (ctx, comma, ref_floor (ctx, comma), rec);
}

void
ck_detect_comma_citation (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 2; i + 2 < n; i++)
    {
      guint c, k, floor, ts, comma, as, unknown = 0, found, eds = 0, possessor = G_MAXUINT;
      gboolean wrapped = FALSE;
      g_autoptr(CkRecord) rec = NULL;
      g_autoptr(CkRecord) extra = NULL;
      if (!ck_tok_is_punct (ctx, i, '(') || ck_is_claimed (ctx, i, i + 1))
        continue;
      c = close_of (ctx, i, n);
      if (!c || c < i + 3)
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      found = ck_assemble_elements (rec, ctx->text, ck_tok (ctx, i)->end, ck_tok (ctx, c)->start, CK_ELEM_INLINE, &unknown);
      if (!found || unknown || !ck_record_get_date (rec, CK_DATE_ISSUED) ||
          !(ck_record_has (rec, CK_FIELD_PUBLISHER) || ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE)))
        continue;
      floor = ref_floor (ctx, i);
      /* edition and role statements between the title and "(" */
      k = i;
      extra = ck_record_new (CK_TYPE_BOOK);
      for (guint round = 0; round < 3; round++)
        {
          guint cm = comma_before (ctx, k, floor);
          if (cm == G_MAXUINT)
            break;
          if (is_edition (ctx, cm + 1, k))
            {
              g_autofree char *ed = ck_span_dup (ctx, cm + 1, k);
              if (ed && g_str_has_suffix (ed, "."))
                ed[strlen (ed) - 1] = '\0';
              ck_record_set (extra, CK_FIELD_EDITION, ed);
              k = cm;
            }
          else if (role_segment (ctx, cm + 1, k, extra))
            k = cm;
          else if (volume_segment (ctx, cm + 1, k, extra))
            k = cm;
          /* "…, ed. A and B, Series, vol. 9 (…)" (scholar-shapes.c) */
          else if (ck_record_has (extra, CK_FIELD_VOLUME) && ck_series_after_roles (ctx, cm + 1, k, floor, extra))
            k = cm;
          else
            break;
        }
      /* "Title [Original Title], trans. B (…)": the original in brackets */
      if (k > floor + 2 && ck_tok_is_punct (ctx, k - 1, ']'))
        for (guint b = k - 1; b > floor && b + 24 > k; b--)
          if (ck_tok_is_punct (ctx, b - 1, '['))
            {
              if (ck_bracket_original (ctx, b - 1, k, extra) == k)
                k = b - 1;
              break;
            }
      ts = ck_title_span_backward (ctx, k, floor);
      /* "Ibn Vell, Kitab al-milh, ed. A. Orr (…)": a title in sentence
       * case, with a role or an edition between it and the imprint */
      if (ts >= k && k < i)
        ts = ck_ctx_sentence_case_after_comma (ctx, k, floor);
      /* a hard-wrapped title: "The Weaver of Small / Hours" */
      if (ts < k && ts > floor && ck_tok (ctx, ts)->nl == 1 && k < i)
        {
          guint t2 = ck_title_span_backward (ctx, ts, floor);
          if (t2 < ts && ck_tok (ctx, ts - 1)->kind == CK_TOK_WORD)
            {
              ts = t2;
              wrapped = TRUE;
            }
        }
      while (ts < k && (ck_tok (ctx, ts)->flags & CK_TOKF_FUNC))
        ts++;
      /* "Anna Holm's The Title": the name and its "'s" are not the title */
      for (guint p = ts + 1; p + 1 < k; p++)
        if (ck_tok (ctx, p)->kind == CK_TOK_POSS && ck_name_span_forward (ctx, ts, p) == p)
          {
            ts = p + 1;
            break;
          }
      if (ts >= k || ck_is_claimed (ctx, ts, k) || !ck_title_plausible (ctx, ts, k))
        continue;
      ck_assemble_title (rec, ck_span_dup (ctx, ts, k));
      /* "Name's Title", "Jones’ Title": the author owns it */
      if (ts > floor + 1 && (ck_tok (ctx, ts - 1)->kind == CK_TOK_POSS ||
                             (ck_tok (ctx, ts - 1)->kind == CK_TOK_QUOTE_CLOSE && ck_tok (ctx, ts - 2)->kind == CK_TOK_WORD &&
                              ck_tok (ctx, ts - 2)->end == ck_tok (ctx, ts - 1)->start &&
                              ctx->text[ck_tok (ctx, ts - 2)->end - 1] == 's')))
        {
          guint ns = ck_name_span_backward (ctx, ts - 1, floor);
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          if (ns < ts - 1)
            ck_names_forward (ctx, ns, ts - 1, CK_ROLE_AUTHOR, names);
          for (guint q = 0; q < names->len; q++)
            ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
          if (names->len)
            {
              possessor = ns;
              eds = G_MAXUINT;  /* the possessive is author enough */
            }
        }
      for (guint q = 0; q < ck_record_get_n_names (extra); q++)
        ck_record_add_name_unique (rec, ck_name_copy (ck_record_get_name (extra, q)));
      if (ck_record_has (extra, CK_FIELD_EDITION))
        ck_record_set (rec, CK_FIELD_EDITION, ck_record_get (extra, CK_FIELD_EDITION));
      if (ck_record_has (extra, CK_FIELD_VOLUME))
        ck_record_set (rec, CK_FIELD_VOLUME, ck_record_get (extra, CK_FIELD_VOLUME));
      if (ck_record_has (extra, CK_FIELD_NUMBER_OF_VOLUMES))
        ck_record_set (rec, CK_FIELD_NUMBER_OF_VOLUMES, ck_record_get (extra, CK_FIELD_NUMBER_OF_VOLUMES));
      if (ck_record_has (extra, CK_FIELD_COLLECTION_TITLE))
        ck_record_set (rec, CK_FIELD_COLLECTION_TITLE, ck_record_get (extra, CK_FIELD_COLLECTION_TITLE));
      if (ck_record_has (extra, CK_FIELD_ORIGINAL_TITLE))
        ck_record_set (rec, CK_FIELD_ORIGINAL_TITLE, ck_record_get (extra, CK_FIELD_ORIGINAL_TITLE));
      as = possessor != G_MAXUINT ? possessor : ts;
      if (eds != G_MAXUINT)
        eds = ck_record_count_role (rec, CK_ROLE_EDITOR);
      if (possessor == G_MAXUINT && ts > floor + 2 && ck_tok_is_punct (ctx, ts - 1, ','))
        {
          comma = ts - 1;
          as = author_before (ctx, comma, floor, rec);
          if (as == comma)
            as = ts;
        }
      /* "Title, edited by X (imprint)" on one line with no author or
       * edition is title-by's */
      if (k < i && as == ts && !ck_record_has (rec, CK_FIELD_EDITION) && !ck_record_has (rec, CK_FIELD_VOLUME) && !wrapped)
        continue;
      /* "Title (imprint)" and "Author, Title (imprint)" are title-imprint's;
       * this one takes them only with an "ed." */
      if (k == i && (eds == G_MAXUINT || ck_record_count_role (rec, CK_ROLE_EDITOR) == eds))
        continue;
      ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, as)->start, ck_tok (ctx, c)->end, as, 0);
      ck_claim (ctx, as, c + 1);
      i = c;
    }
}

/* `Family, "Title?" Journal Name 41 (1988): 12-30.` */
void
ck_detect_journal_article (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 6 < n; i++)
    {
      guint q, js, je, c, floor, as, po, issue_tok, flags = 0;
      gboolean closed = FALSE, comma_vol, in_paren, comma_out = FALSE;
      g_autoptr(CkDate) date = NULL;
      g_autoptr(CkRecord) rec = NULL;
      if (ck_tok (ctx, i)->kind != CK_TOK_QUOTE_OPEN || ck_is_claimed (ctx, i, i + 1))
        continue;
      /* the quoted title, closed on its line's paragraph */
      for (q = i + 1; q < n && q < i + 40; q++)
        {
          if (ck_tok (ctx, q)->nl >= 2)
            break;
          if (ck_tok (ctx, q)->kind == CK_TOK_QUOTE_CLOSE)
            {
              closed = TRUE;
              break;
            }
        }
      if (!closed || q < i + 2)
        continue;
      /* Journal Name, volume, (year), ":" pages; the whole source may
       * stand in brackets after the quote ('"Title" (Journal 9 [1991]: 3)') */
      js = q + 1;
      in_paren = ck_tok_is_punct (ctx, js, '(');
      if (in_paren)
        js++;
      /* "'Title', Journal, xii (1972), 5-19": the British comma outside
       * the quotes */
      else if (ck_tok_is_punct (ctx, js, ',') && js + 1 < n && ck_tok (ctx, js + 1)->nl == 0)
        {
          js++;
          comma_out = TRUE;
        }
      je = ck_title_span_forward (ctx, js, MIN (n, js + 20), FALSE);
      while (je > js + 1 && ck_tok (ctx, je - 1)->kind == CK_TOK_NUMBER)
        je--;
      /* "Journal of Things, 7 (Summer 1974), 382-405": a comma before the
       * volume, and then the pages must follow the date */
      comma_vol = je > js && je + 5 < n && ck_tok_is_punct (ctx, je, ',') &&
                  (ck_tok (ctx, je + 1)->kind == CK_TOK_NUMBER || ck_roman_volume_tok (ctx, je + 1)) &&
                  ck_tok_is_punct (ctx, je + 2, '(') && ck_names_periodical (ctx, js, je);
      /* "Annales d'histoire économique et sociale, VII (1935), 538-563":
       * a journal's name in sentence case, held by the volume, the year
       * and the pages after it */
      if (!comma_vol && !in_paren && ck_tok_cap_word (ctx, js))
        {
          guint k = js;
          while (k < n && k < js + 12 && ck_tok (ctx, k)->kind == CK_TOK_WORD && ck_tok (ctx, k)->nl < 2)
            k++;
          comma_vol = k > js + 1 && k + 5 < n && ck_tok_is_punct (ctx, k, ',') &&
                      (ck_tok (ctx, k + 1)->kind == CK_TOK_NUMBER || ck_roman_volume_tok (ctx, k + 1)) &&
                      ck_tok_is_punct (ctx, k + 2, '(');
          if (comma_vol)
            je = k;
        }
      if (comma_vol)
        je++;
      /* with the comma outside the quotes only the comma before the
       * volume says a journal follows ("'T', Journal 28 (1946)" is
       * classic-article's, which reads the author before it) */
      else if (comma_out)
        continue;
      if (je == js || je + 4 >= n || (ck_tok (ctx, je)->kind != CK_TOK_NUMBER && !(comma_vol && ck_roman_volume_tok (ctx, je))) ||
          year_tok (ctx, je))
        continue;
      /* "Journal 44, no. 1 (July 1938)": an issue number */
      po = je + 1;
      issue_tok = G_MAXUINT;
      if (ck_tok_is_punct (ctx, po, ',') && (ck_tok_is (ctx, po + 1, "no") || ck_tok_is (ctx, po + 1, "No")))
        {
          guint nq = po + 2;
          if (ck_tok_is_punct (ctx, nq, '.'))
            nq++;
          if (nq >= n || ck_tok (ctx, nq)->kind != CK_TOK_NUMBER)
            continue;
          issue_tok = nq;
          po = nq + 1;
        }
      /* "Journal 12:3 (1961)": the issue after a colon, no space between */
      else if (ck_tok_is_punct (ctx, po, ':') && po + 2 < n && ck_tok (ctx, po + 1)->kind == CK_TOK_NUMBER &&
               ck_tok (ctx, po)->start == ck_tok (ctx, je)->end && ck_tok (ctx, po + 1)->start == ck_tok (ctx, po)->end &&
               ck_tok_is_punct (ctx, po + 2, '('))
        {
          issue_tok = po + 1;
          po += 2;
        }
      /* "(1938)", or the older "[1938]" after the volume */
      if (ck_tok_is_punct (ctx, po, '('))
        c = close_of (ctx, po, n);
      else if (ck_tok_is_punct (ctx, po, '['))
        c = bracket_close (ctx, po, n);
      else
        continue;
      if (!c || c > po + 5 || !year_tok (ctx, c - 1))
        continue;
      /* "(1938)", "(July 1938)", "(Spring 1950)" */
      {
        g_autofree char *dt = ck_span_dup (ctx, po + 1, c);
        date = dt ? ck_date_parse (dt) : NULL;
        if (!date || date->year == 0)
          {
            g_clear_pointer (&date, ck_date_free);
            continue;
          }
      }
      rec = ck_record_new (CK_TYPE_ARTICLE_JOURNAL);
      if (issue_tok != G_MAXUINT)
        ck_record_take (rec, CK_FIELD_ISSUE, ck_tok_dup (ctx, issue_tok));
      {
        guint te = q;
        g_autofree char *title = NULL;
        if (te > i + 1 && ck_tok_is_punct (ctx, te - 1, ','))
          te--;
        title = ck_span_dup (ctx, i + 1, te);
        ck_assemble_title (rec, g_steal_pointer (&title));
      }
      ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, js, comma_vol ? je - 1 : je));
      ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, je));
      ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
      /* ", pp. 572-87": the stop after "pp" stands where the comma would */
      if (comma_vol && ck_tok_is_punct (ctx, c + 1, ',') && c + 4 < n && ck_tok_is (ctx, c + 2, "pp") &&
          ck_tok_is_punct (ctx, c + 3, '.') && ck_tok (ctx, c + 4)->kind == CK_TOK_NUMBER)
        c += 2;
      if ((ck_tok_is_punct (ctx, c + 1, ':') || (comma_vol && ck_tok_is_punct (ctx, c + 1, ',')) ||
           (comma_vol && ck_tok_is (ctx, c, "pp"))) && c + 2 < n &&
          ck_tok (ctx, c + 2)->kind == CK_TOK_NUMBER && !year_tok (ctx, c + 2))
        {
          guint pe = c + 3;
          if (pe + 1 < n && (ck_tok_is_punct (ctx, pe, '-') || ck_tok_is_punct (ctx, pe, 0x2013)) &&
              ck_tok (ctx, pe + 1)->kind == CK_TOK_NUMBER)
            pe += 2;
          ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, c + 2, pe));
          c = pe - 1;
        }
      else if (comma_vol)
        continue;
      /* the bracket around the source closes after it */
      if (in_paren)
        {
          if (!ck_tok_is_punct (ctx, c + 1, ')'))
            continue;
          c++;
        }
      floor = ref_floor (ctx, i);
      as = i;
      if (i > floor + 1 && ck_tok_is_punct (ctx, i - 1, ','))
        {
          as = author_before (ctx, i - 1, floor, rec);
          if (as == i - 1)
            as = i;
        }
      /* 'Given Family ("Title," Journal 12 [1990]: 45-67)', 'Family's
       * "Title" (Journal …)': the name before the bracket or the
       * possessive wrote it */
      /* (the possessive may end the line above: "Bloch's\n“Title,” …") */
      else if ((i > floor + 1 && ck_tok_is_punct (ctx, i - 1, '(')) || (i > 1 && ck_tok (ctx, i - 1)->kind == CK_TOK_POSS) ||
               (i > 3 && ck_tok (ctx, i - 2)->kind == CK_TOK_POSS && ck_tok_lower_word (ctx, i - 1) &&
                ck_tok_in_lex (ctx, i - 1, CK_LEX_CUES)))
        {
          /* (or "Ann Vell's lecture “T,” Journal …": a noun for the work
           * between the owner and the quote, which may open a line) */
          gboolean cue = ck_tok (ctx, i - 1)->kind == CK_TOK_WORD;
          guint at = cue ? i - 2 : i - 1;
          guint ns = ck_name_span_backward (ctx, at, cue || at <= floor ? ck_sentence_start (ctx, at) : floor);
          if (ns < at && ck_count_words (ctx, ns, at) <= 4 && ck_add_names_span (ctx, rec, ns, at, CK_ROLE_AUTHOR))
            as = ns;
        }
      /* 'Family, Given. “Title.” Journal 12 (1959): 3-18.' */
      else if (i > 1 && ck_tok_is_punct (ctx, i - 1, '.'))
        {
          as = ck_inverted_author_before (ctx, i - 1, rec);
          if (as == i - 1)
            as = i;
        }
      /* an entry with an issue that opens a line of a reading list is the
       * reference-article detector's (detect-reflist.c) */
      if (issue_tok != G_MAXUINT && (as == 0 || ck_tok (ctx, as)->nl >= 1 || ck_tok_is_punct (ctx, as - 1, ':')))
        continue;
      /* "his “Title,” Journal …", "her essay “Title,” …": the pronoun's
       * person wrote it */
      if (as == i && ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0)
        {
          for (guint b = 1; b <= 2 && b <= i && ck_tok_lower_word (ctx, i - b); b++)
            if (ck_tok_is (ctx, i - b, "his") || ck_tok_is (ctx, i - b, "her"))
              {
                flags = CK_MENTION_PRONOUN;
                as = i - b;
                break;
              }
        }
      ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, as)->start, ck_tok (ctx, c)->end, as, flags);
      ck_claim (ctx, as, c + 1);
      i = c;
    }
}

/* A header line of comma-separated fields, names first:
 *   "A Name and B Name, Title: Subtitle, Publisher, City and City, 1998.
 *    xii + 300 pp., £12.50 pb., ISBN."
 * The names cover the first field, the title is the second, and every
 * later piece must be an imprint element. */
/* Whether [s,e) is one phrase: no sentence ends inside it ("Title. New
 * edition prepared by …") and no quotation. */
static gboolean
one_phrase (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_QUOTE_OPEN || t->kind == CK_TOK_QUOTE_CLOSE)
        return FALSE;
      if (ck_tok_is_punct (ctx, k, '.') && k + 1 < e && (ck_tok (ctx, k + 1)->flags & CK_TOKF_CAP) &&
          !(k > s && (ck_tok (ctx, k - 1)->flags & CK_TOKF_INITIAL)))
        return FALSE;
    }
  return TRUE;
}

/* "A Name, B Name, C Name and D Name, Title, …": a serial list of full
 * names runs past the first comma @c1 only when it closes with "and Name,";
 * returns the comma after the last name, or @c1. */
guint
ck_serial_names_end (const CkExtractCtx *ctx, guint c1, guint e)
{
  guint k = c1, saw_and = 0;
  for (guint round = 0; round < 8 && k < e && ck_tok_is_punct (ctx, k, ','); round++)
    {
      guint ns = k + 1, ne;
      if (saw_and)
        return k;
      if (ck_tok_is (ctx, ns, "and") || ck_tok_is_punct (ctx, ns, '&'))
        {
          ns++;
          saw_and = 1;
        }
      ne = ck_name_span_forward (ctx, ns, e);
      /* full names only: a single word may be the title's */
      if (ne < ns + 2 || ck_span_in_lex (ctx, ns, ne, CK_LEX_PUBLISHERS))
        return c1;
      if (ck_tok_is (ctx, ne, "and") || ck_tok_is_punct (ctx, ne, '&'))
        {
          guint ne2 = ck_name_span_forward (ctx, ne + 1, e);
          if (saw_and || ne2 < ne + 3)
            return c1;
          ne = ne2;
          saw_and = 1;
        }
      k = ne;
    }
  /* ("A, B and C (eds), Title": the editors' mark after the last) */
  return saw_and && k < e && (ck_tok_is_punct (ctx, k, ',') || ck_paren_ed_at (ctx, k) > k) ? k : c1;
}

/* Adds the header mention @rec made of [f,e) (text [start,end)) of
 * paragraph @p: the reviewed book, unless a header before took that. */
static void
header_mention (CkExtractCtx *ctx, const CkDetector *det, guint p, guint f, guint e, gsize start, gsize end,
                CkRecord *rec)
{
  gboolean main_taken = FALSE;
  for (guint i = 0; i < ctx->mentions->len; i++)
    main_taken |= (((CkMention *) g_ptr_array_index (ctx->mentions, i))->flags & CK_MENTION_MAIN) != 0;
  if (!main_taken)
    ck_find_review_heading (ctx, p);
  ck_mention_add (ctx, det, rec, start, end, f, main_taken ? 0 : CK_MENTION_MAIN);
  ck_claim (ctx, f, e);
}

/* "The Title (4th Edition 2006)": a bracket closing the title span
 * [f, e) that holds only an edition or a date goes on @rec; returns the
 * title's end without it. */
static guint
title_paren_note (const CkExtractCtx *ctx, guint f, guint e, CkRecord *rec)
{
  guint unknown = 0, open = e;
  g_autoptr(CkRecord) probe = NULL;
  if (e < f + 3 || !ck_tok_is_punct (ctx, e - 1, ')'))
    return e;
  while (open > f && !ck_tok_is_punct (ctx, open - 1, '('))
    open--;
  if (open <= f + 1 || open + 1 >= e)
    return e;
  probe = ck_record_new (CK_TYPE_BOOK);
  if (ck_assemble_elements (probe, ctx->text, ck_tok (ctx, open)->start, ck_tok (ctx, e - 1)->start, CK_ELEM_INLINE,
                            &unknown) == 0 ||
      unknown > 0 ||
      !(ck_record_has (probe, CK_FIELD_EDITION) || ck_record_get_date (probe, CK_DATE_ISSUED)) ||
      ck_record_has (probe, CK_FIELD_PUBLISHER) || ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE))
    return e;
  if (ck_record_has (probe, CK_FIELD_EDITION) && !ck_record_has (rec, CK_FIELD_EDITION))
    ck_record_set (rec, CK_FIELD_EDITION, ck_record_get (probe, CK_FIELD_EDITION));
  if (ck_record_get_date (probe, CK_DATE_ISSUED) && !ck_record_get_date (rec, CK_DATE_ISSUED))
    ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_copy (ck_record_get_date (probe, CK_DATE_ISSUED)));
  return open - 1;
}

/* Whether the pieces read after a header's title make an imprint: a
 * publisher and a year, a few pieces the element parser does not know (a
 * bare ISBN, "hb.") allowed; or, with no year, a publisher with both the
 * trade's extent and its price, every piece known ("Firm, 960 pages,
 * paperback, £25"); one of them alone also ends other kinds of line. */
static gboolean
imprint_enough (CkRecord *probe, guint unknown)
{
  if (!ck_record_has (probe, CK_FIELD_PUBLISHER))
    return FALSE;
  if (ck_record_get_date (probe, CK_DATE_ISSUED))
    return unknown <= 3;
  /* without a year, a title's own words may pass for a place and a
   * firm ("Salt and Iron: Essays, Gannet"): one firm, and a place only
   * when the lexicon knows it */
  {
    const char *pub = ck_record_get (probe, CK_FIELD_PUBLISHER), *place = ck_record_get (probe, CK_FIELD_PUBLISHER_PLACE);
    if (strchr (pub, ';') || (place && !ck_lex_lookup (CK_LEX_PLACES, place, -1)))
      return FALSE;
  }
  return unknown == 0 && ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES) && ck_record_has (probe, CK_FIELD_PRICE);
}

/* "Title: Subtitle, by A and B; pp. xiv + 719. Place: Publisher, 1979,
 * $25.00 cloth, $8.95 paper.": the title first, its comma before "by"
 * at @c1, the names, then nothing but imprint elements. */
static gboolean
title_by_header (CkExtractCtx *ctx, const CkDetector *det, guint p, guint f, guint c1, guint e, gsize start, gsize end)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  g_autoptr(CkRecord) rec = NULL;
  guint ne, unknown = 0, found;
  if (!ck_tok_cap_word (ctx, f) || !ck_title_plausible (ctx, f, c1) || !one_phrase (ctx, f, c1))
    return FALSE;
  ne = ck_names_forward (ctx, c1 + 2, e, CK_ROLE_AUTHOR, names);
  if (names->len == 0 || ne + 2 >= e || ck_count_words (ctx, c1 + 2, ne) < 2 ||
      !(ck_tok_is_punct (ctx, ne, ';') || ck_tok_is_punct (ctx, ne, '.') || ck_tok_is_punct (ctx, ne, ',')))
    return FALSE;
  rec = ck_record_new (CK_TYPE_BOOK);
  found = ck_assemble_elements (rec, ctx->text, ck_tok (ctx, ne + 1)->start, end, CK_ELEM_BLOCK, &unknown);
  if (found < 2 || !imprint_enough (rec, unknown))
    return FALSE;
  ck_assemble_title (rec, ck_span_dup (ctx, f, title_paren_note (ctx, f, c1, rec)));
  for (guint k = 0; k < names->len; k++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, k)));
  header_mention (ctx, det, p, f, e, start, end, g_steal_pointer (&rec));
  return TRUE;
}

/* One header in tokens [f,e) (text [start,end)) of paragraph @p. */
/* "London: Firm": one to three capitalised words and a colon at @k —
 * an imprint's place, which no sentence of a note opens with. */
static gboolean
place_colon_at (const CkExtractCtx *ctx, guint k, guint e)
{
  for (guint q = k; q < e && q < k + 4; q++)
    {
      if (ck_tok_is_punct (ctx, q, ':'))
        return q > k;
      /* "Berlin; Boston:", "Cambridge, MA:", "Chicago and London:" */
      if (!ck_tok_cap_word (ctx, q) && !ck_tok_is_punct (ctx, q, ',') && !ck_tok_is_punct (ctx, q, ';') &&
          !(q > k && ck_tok_is (ctx, q, "and")))
        return FALSE;
    }
  return FALSE;
}

/* Whether a role phrase opens after the comma at @c ("Title, introduced
 * by X. Place: …"): the title ended there. */
static gboolean
role_after (const CkExtractCtx *ctx, guint c, guint e)
{
  CkRole role;
  return c != G_MAXUINT && c + 1 < e && ck_role_phrase_at (ctx, c + 1, e, &role) > c + 1;
}

/* "Ada Quell, Tom Vell" or "Ada Quell and Tom Vell" on [f,e) as editors,
 * every piece a name. */
static gboolean
names_pieces (const CkExtractCtx *ctx, guint f, guint e, GPtrArray *names)
{
  while (f < e)
    {
      guint pe = f;
      while (pe < e && !ck_tok_is_punct (ctx, pe, ',') && !ck_tok_is (ctx, pe, "and"))
        pe++;
      if (pe == f || ck_names_forward (ctx, f, pe, CK_ROLE_EDITOR, names) != pe)
        return FALSE;
      f = pe + 1;
      if (f < e && ck_tok_is (ctx, f, "and"))
        f++;
    }
  return names->len > 0;
}

static gboolean
comma_header (CkExtractCtx *ctx, const CkDetector *det, guint p, guint f, guint e, gsize start, gsize end)
{
  guint c1 = G_MAXUINT, c2 = G_MAXUINT, best_unknown = G_MAXUINT, tried = 0, eds = 0;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  g_autoptr(CkRecord) rec = NULL;
  if (ck_is_claimed (ctx, f, e) || !ck_has_imprint_signal (ctx->text, start, end))
    return FALSE;
  for (guint k = f; k < e && c1 == G_MAXUINT; k++)
    if (ck_tok_is_punct (ctx, k, ','))
      c1 = k;
  if (c1 == G_MAXUINT || c1 + 2 >= e)
    return FALSE;
  if (ck_tok_is (ctx, c1 + 1, "by") && ck_tok_lower_word (ctx, c1 + 1))
    return title_by_header (ctx, det, p, f, c1, e, start, end);
  /* "Ada Quell, Tom Vell (eds.), Title. Place: Firm, 2018.": the classics
   * reviews' editors, their mark before the title's comma */
  for (guint k = f + 2; k < e && k < f + 16; k++)
    if (ck_tok_is_punct (ctx, k, '('))
      {
        guint pe = ck_paren_ed_at (ctx, k);
        if (pe > k && ck_tok_is_punct (ctx, pe, ',') && names_pieces (ctx, f, k, names))
          {
            eds = pe;
            c1 = pe;
          }
        else
          g_ptr_array_set_size (names, 0);
        break;
      }
  if (!eds)
    {
      c1 = ck_serial_names_end (ctx, c1, e);
      if (ck_names_forward (ctx, f, c1, CK_ROLE_AUTHOR, names) != c1 || names->len == 0 || ck_count_words (ctx, f, c1) < 2)
        return FALSE;
      /* "LYNN VELL, JR., Title": the suffix ends the name */
      {
        guint sx = ck_name_suffix_end (ctx, c1, e);
        if (sx > c1 && sx < e && ck_tok_is_punct (ctx, sx, ','))
          c1 = sx;
      }
    }
  if (!(ck_tok (ctx, c1 + 1)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER)))
    return FALSE;
  /* The title ends at the comma after which the rest reads best as an
   * imprint: a subtitle may hold commas ("Reform, Reaction and
   * Revolution, 1931-1936, Macmillan, 1978"). */
  for (guint k = c1 + 2; k < e && tried < COMMA_MAX_TITLE_COMMAS; k++)
    {
      guint unknown = 0, found;
      g_autoptr(CkRecord) probe = NULL;
      /* "Given Family, Title\nFirm, 2021, 64 pages": the header's line
       * break ends the title as a comma would (a wrapped title reads
       * worse as an imprint, so its later comma still wins) */
      gboolean brk = k > c1 + 2 && ck_tok (ctx, k)->nl == 1 && !ck_tok_is_punct (ctx, k - 1, ',') &&
                     !ck_tok_is_punct (ctx, k - 1, ':') &&
                     ck_tok (ctx, k)->kind == CK_TOK_WORD &&
                     /* "… the past in a\nYoruba town": no title ends on a small word */
                     !(ck_tok_lower_word (ctx, k - 1) && (ck_tok (ctx, k - 1)->flags & CK_TOKF_FUNC));
      /* "Given Family, Title. London: Firm, 1990. 71 pp.": a stop (not an
       * initial's) before a capital ends the title too */
      /* ("Title. (Salt Series.) 2 vols. Paris: Firm, 1962.": the series
       * and the set's size first) */
      guint after = k + 1, series_end = k + 1;
      if (ck_tok_is_punct (ctx, k, '.') && after + 2 < e && ck_tok_is_punct (ctx, after, '(') && ck_tok_cap_word (ctx, after + 1))
        {
          for (guint q = after + 2; q < e && q < after + 14; q++)
            if (ck_tok_is_punct (ctx, q, ')'))
              {
                series_end = q;
                after = q + 1 + (q + 1 < e && ck_tok_is_punct (ctx, q + 1, '.'));
                break;
              }
            else if (ck_tok_is_punct (ctx, q, '('))
              break;
        }
      guint vols = 0;
      if (ck_tok_is_punct (ctx, k, '.') && after + 3 < e && ck_volumes_statement_end (ctx, after, e) > after)
        {
          vols = after;
          after += 3;
        }
      gboolean stop = ck_tok_is_punct (ctx, k, '.') && after < e && ck_tok_cap_word (ctx, after) &&
                      !(ck_tok (ctx, k - 1)->flags & CK_TOKF_INITIAL) && place_colon_at (ctx, after, e);
      if (!ck_tok_is_punct (ctx, k, ',') && !brk && !stop)
        continue;
      /* ("Title (France, Spain, 1400-1500): Sub": no comma inside the
       * title's own brackets ends it) */
      {
        int depth = 0;
        for (guint q = c1 + 1; q < k; q++)
          depth += ck_tok_is_punct (ctx, q, '(') - ck_tok_is_punct (ctx, q, ')');
        if (depth > 0)
          continue;
      }
      tried++;
      if (!ck_title_plausible (ctx, c1 + 1, k) || !one_phrase (ctx, c1 + 1, k))
        continue;
      probe = ck_record_new (CK_TYPE_BOOK);
      if (stop)
        {
          /* after the title's stop the imprint is one run of text: a
           * firm's name wrapped by the column ("Press for the
           * International\nHarbour Institute") is read whole */
          g_autofree char *run = g_strndup (ctx->text + ck_tok (ctx, after)->start, end - ck_tok (ctx, after)->start);
          g_strdelimit (run, "\n", ' ');
          found = ck_assemble_elements (probe, run, 0, strlen (run), CK_ELEM_BLOCK, &unknown);
          if (series_end > k + 1)
            {
              guint se = series_end;
              while (se > k + 2 && ck_tok_is_punct (ctx, se - 1, '.'))
                se--;
              ck_record_take (probe, CK_FIELD_COLLECTION_TITLE, ck_span_dup (ctx, k + 2, se));
            }
          if (vols)
            ck_record_take (probe, CK_FIELD_NUMBER_OF_VOLUMES, ck_tok_dup (ctx, vols));
        }
      else
        found = ck_assemble_elements (probe, ctx->text, ck_tok (ctx, brk ? k : k + 1)->start, end, CK_ELEM_BLOCK, &unknown);
      /* a publisher and a year make it an imprint; a few pieces the
       * element parser does not know (a bare ISBN, "hb.") may remain */
      /* a stop before "Place:" that leaves nothing unread beats a comma
       * that does as well: "Title, With Commas: Sub. Place: Firm, 2018" */
      if (found < 2 || !imprint_enough (probe, unknown) || unknown > best_unknown ||
          (unknown == best_unknown && (!stop || role_after (ctx, c2, e))) || (stop && unknown > 0))
        continue;
      best_unknown = unknown;
      c2 = k;
      g_clear_pointer (&rec, ck_record_unref);
      rec = g_steal_pointer (&probe);
      /* (the set's size after the stop closes the title for sure) */
      if (stop && after > k + 1 && unknown == 0)
        break;
    }
  if (!rec)
    return FALSE;
  /* "Title, Given Family (tr.), Firm, 2018": the translator is no title's */
  c2 = ck_names_role_mark_tail (ctx, c1 + 1, c2, rec, NULL);
  ck_assemble_title (rec, ck_span_dup (ctx, c1 + 1, title_paren_note (ctx, c1 + 1, c2, rec)));
  for (guint k = 0; k < names->len; k++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, k)));
  header_mention (ctx, det, p, f, e, start, end, g_steal_pointer (&rec));
  return TRUE;
}

gboolean
ck_caps_name_comma (const CkExtractCtx *ctx, guint f, guint e)
{
  guint ne = ck_name_span_forward (ctx, f, e);
  if (ne <= f + 1 || ne >= e || !ck_tok_is_punct (ctx, ne, ','))
    return FALSE;
  for (guint k = f; k < ne; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_WORD && !(ck_tok (ctx, k)->flags & (CK_TOKF_UPPER | CK_TOKF_INITIAL)))
      return FALSE;
  return TRUE;
}

void
ck_detect_comma_header (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      gboolean any = FALSE;
      guint n_lines = pp->line_end - pp->line_first;
      if (!(pp->flags & CK_PARA_HEADER) || n_lines > COMMA_MAX_STACKED || ck_is_claimed (ctx, pp->tok_first, pp->tok_end) ||
          !ck_has_imprint_signal (ctx->text, pp->start, pp->end))
        continue;
      /* books stacked one a line: each line a header of its own */
      if (pp->line_end - pp->line_first >= 2)
        for (guint l = pp->line_first; l < pp->line_end; l++)
          {
            const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
            if (ln->tok_first < ln->tok_end && !ck_inverted_name_at (ctx, ln->tok_first, ln->tok_end) &&
                comma_header (ctx, det, p, ln->tok_first, ln->tok_end, ln->start, ln->end))
              any = TRUE;
          }
      /* a header wrapped over lines is three lines at most; a longer
       * paragraph is read only as books stacked one a line */
      /* (a journal's header under its author's name in capitals,
       * "ADA VELL, Title …", may wrap over five) */
      if (!any && (n_lines <= 3 || (n_lines <= 5 && ck_caps_name_comma (ctx, pp->tok_first, pp->tok_end))))
        comma_header (ctx, det, p, pp->tok_first, pp->tok_end, pp->start, pp->end);
    }
}

CkName *
ck_header_title_owner (const CkExtractCtx *ctx, const CkMention *m)
{
  static const char * const headers[] = { "comma-header", "sentence-header", "header-block", NULL };
  const char *title = ck_record_get (m->rec, CK_FIELD_TITLE);
  const CkName *owner = NULL;
  if (!title || ck_record_has (m->rec, CK_FIELD_SUBTITLE) || (m->flags & CK_MENTION_MAIN))
    return NULL;
  /* the header detectors run early, so their mentions come first; a
   * bound keeps a text of thousands of citations linear */
  for (guint i = 0; i < ctx->mentions->len && i < COMMA_MAX_HEADER_SCAN; i++)
    {
      const CkMention *h = g_ptr_array_index (ctx->mentions, i);
      const char *ht = ck_record_get (h->rec, CK_FIELD_TITLE);
      gboolean header = FALSE;
      for (guint k = 0; h->det && headers[k]; k++)
        header |= strcmp (h->det->name, headers[k]) == 0;
      if (!header || h == m || !ht || !ck_record_has (h->rec, CK_FIELD_SUBTITLE) || g_ascii_strcasecmp (ht, title) != 0)
        continue;
      /* "whose The Title (1970)": another book of that title */
      {
        const CkDate *dm = ck_record_get_date (m->rec, CK_DATE_ISSUED), *dh = ck_record_get_date (h->rec, CK_DATE_ISSUED);
        if (dm && dh && dm->year != dh->year)
          continue;
      }
      for (guint k = 0; k < ck_record_get_n_names (h->rec); k++)
        if (ck_record_get_name (h->rec, k)->role == CK_ROLE_AUTHOR)
          {
            /* two header books with one main title: no owner */
            if (owner && owner != ck_record_get_name (h->rec, k))
              return NULL;
            owner = ck_record_get_name (h->rec, k);
            break;
          }
    }
  return owner ? ck_name_copy (owner) : NULL;
}

guint
ck_inverted_author_before (const CkExtractCtx *ctx, guint dot, CkRecord *rec)
{
  guint f = dot;
  g_autofree char *family = NULL;
  g_autofree char *given = NULL;
  if (!ck_tok_is_punct (ctx, dot, '.'))
    return dot;
  while (f > 0 && ck_tok (ctx, f)->nl == 0 && f + 10 > dot)
    f--;
  if (f > 0 && ck_tok (ctx, f)->nl == 0)
    return dot;
  /* "12. Family, Given." */
  if (ck_tok (ctx, f)->kind == CK_TOK_NUMBER && ck_tok_is_punct (ctx, f + 1, '.'))
    f += 2;
  if (f + 3 > dot || !ck_inverted_name_at (ctx, f, dot + 2) || ck_tok (ctx, f)->kind != CK_TOK_WORD)
    return dot;
  /* the given names: capitalised words and initials only */
  for (guint k = f + 2; k < dot; k++)
    if (!ck_tok_cap_word (ctx, k) && !ck_tok_is_punct (ctx, k, '.') && !ck_tok_is_punct (ctx, k, '-'))
      return dot;
  family = ck_tok_dup (ctx, f);
  /* "Dorr, A. N.": the stop of the last initial is the given name's */
  given = ck_span_dup (ctx, f + 2, (ck_tok (ctx, dot - 1)->end - ck_tok (ctx, dot - 1)->start == 1) ? dot + 1 : dot);
  ck_record_add_name_unique (rec, ck_name_new_personal (CK_ROLE_AUTHOR, family, given));
  return f;
}

/* "Ada Vell, The Salt Road, London: Gannet, 1972": a citation in running
 * prose with commas alone, no brackets.  The run is read from its known
 * place and the colon after it: a firm and a year follow, a title and a
 * person's full name stand before, each after a comma.  The place from
 * the lexicon and the name's two words or more are what keep prose out. */
void
ck_detect_comma_run (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 3; i + 4 < n; i++)
    {
      guint ps = i, y, cm, ts, ns, floor, unknown = 0;
      g_autoptr(CkRecord) rec = NULL;
      if (!ck_tok_is_punct (ctx, i, ':') || ck_is_claimed (ctx, i, i + 1))
        continue;
      /* the place: capitals back to a comma ("New York", "Cambridge, Mass." is left out) */
      while (ps > 0 && ps + 3 > i && ck_tok_cap_word (ctx, ps - 1))
        ps--;
      if (ps == i || ps == 0 || !ck_tok_is_punct (ctx, ps - 1, ',') || !ck_span_in_lex (ctx, ps, i, CK_LEX_PLACES))
        continue;
      /* the firm and the year: ", 1972" within a few words */
      for (y = i + 1; y < n && y < i + 8 && !(ck_tok (ctx, y)->flags & CK_TOKF_YEAR); y++)
        if (ck_tok_is_punct (ctx, y, '(') || ck_tok_is_punct (ctx, y, ')') || ck_tok (ctx, y)->nl >= 2)
          break;
      if (y >= n || !(ck_tok (ctx, y)->flags & CK_TOKF_YEAR) || !ck_tok_is_punct (ctx, y - 1, ',') || y < i + 3 ||
          ck_tok (ctx, y)->end - ck_tok (ctx, y)->start != 4 ||
          (y + 1 < n && !(ck_tok_is_punct (ctx, y + 1, ',') || ck_tok_is_punct (ctx, y + 1, '.') ||
                          ck_tok_is_punct (ctx, y + 1, ';') || ck_tok_is_punct (ctx, y + 1, ')'))))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      if (ck_assemble_elements (rec, ctx->text, ck_tok (ctx, ps)->start, ck_tok (ctx, y)->end, CK_ELEM_INLINE, &unknown) == 0 ||
          unknown > 0 || !ck_record_has (rec, CK_FIELD_PUBLISHER) || !ck_record_get_date (rec, CK_DATE_ISSUED))
        continue;
      /* the title before the place's comma, and the name before its own */
      cm = ps - 1;
      floor = ck_sentence_start (ctx, cm);
      ts = ck_title_span_backward (ctx, cm, floor);
      if (ts >= cm || ts < floor + 3 || !ck_tok_is_punct (ctx, ts - 1, ',') || !ck_title_plausible (ctx, ts, cm) ||
          ck_is_claimed (ctx, ts, cm))
        continue;
      ns = ck_name_span_backward (ctx, ts - 1, floor);
      if (ns >= ts - 1 || ck_count_words (ctx, ns, ts - 1) < 2 ||
          !ck_add_names_exact (ctx, rec, ns, ts - 1, CK_ROLE_AUTHOR))
        continue;
      ck_assemble_title (rec, ck_span_dup (ctx, ts, cm));
      ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, ns)->start, ck_tok (ctx, y)->end, ts, 0);
      ck_claim (ctx, ns, y + 1);
      i = y;
    }
}
