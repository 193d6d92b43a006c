/* detect-reflist.c — reference entries written the way notes, reading
 * lists and syllabi write them (Chicago notes style):
 *
 *   Given Family, Title: Subtitle (Place: Publisher, Year).
 *   Given Family, ed., Title, 2nd edition (Place: Publisher, Year), ch. 4, "Chapter".
 *   Given Family, Title, trans. Given Family, revised edition (Place: Publisher, Year).
 *   Given Family, "Article Title," Journal Name 9, no. 2 (March 1940): 3-18.
 *
 * An entry starts a line, follows a note number or a list mark, or follows
 * "Chapter 3 of" / "see"; the title runs up to the imprint parenthesis, so
 * that inner commas ("Its Ships, Its Docks, and Its
 * People") stay in it; ", ch. 4, "Chapter"" after the imprint is a
 * chapter of the book.  Runs before the header detector (a syllabus week
 * of entries is no header).  Entries with "ed.", an edition or "trans."
 * before the imprint are the comma-citation detector's (detect-comma.c);
 * journal articles go first to its journal-article detector, and those it
 * leaves to ck_detect_reference_article here.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "scholar-shapes.h"
#include "detect-context.h"
#include <string.h>

#define REF_MAX_TITLE_TOKENS 48
#define REF_MAX_PAREN_TOKENS 40
#define REF_MAX_WRAP 3            /* continuation lines of a list entry */

static guint
ref_paren_close (const CkExtractCtx *ctx, guint open, guint limit)
{
  for (guint j = open + 1; j < limit && j < open + REF_MAX_PAREN_TOKENS; j++)
    {
      const CkToken *t = ck_tok (ctx, j);
      if (t->nl >= 2)
        return 0;
      if (t->kind == CK_TOK_PUNCT && t->ch == ')')
        return j;
      if (t->kind == CK_TOK_PUNCT && t->ch == '(')
        return 0;
    }
  return 0;
}

/* The end of the line holding token @i (exclusive token index). */
static guint
line_end_tok (const CkExtractCtx *ctx, guint i)
{
  guint n = ck_n_toks (ctx);
  guint j = i + 1;
  while (j < n && ck_tok (ctx, j)->nl == 0)
    j++;
  return j;
}

/* Whether a reference entry may start at @s: the start of a line, after a
 * note number ("1", "2."), a list mark ("-", "•", "(B)"), a sentence end,
 * or "Chapter 3 of", "see". */
static gboolean
prose_at (const CkExtractCtx *ctx, guint i)
{
  return (g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i)).flags & CK_PARA_PROSE) != 0;
}

/* "…, ed. A. Name and B. Name, Series (…)": a name at @s right after a
 * role abbreviation, or after "and" closing such a name, is the role's,
 * of the title before; it opens no entry. */
static gboolean
after_role_abbrev (const CkExtractCtx *ctx, guint s)
{
  CkRole role;
  guint b = s;
  if (s >= 2 && ck_tok_is (ctx, s - 1, "and") && ck_tok_lower_word (ctx, s - 1))
    {
      b = ck_name_span_backward (ctx, s - 1, s > 8 ? s - 8 : 0);
      if (b == s - 1)
        return FALSE;
    }
  return b >= 2 && ck_tok_is_punct (ctx, b - 1, '.') && ck_tok_lower_word (ctx, b - 2) &&
         ck_role_abbrev_at (ctx, b - 2, b, &role) == b;
}

static gboolean
entry_start_ok (const CkExtractCtx *ctx, guint s)
{
  const CkToken *p;
  if (s == 0 || ck_tok (ctx, s)->nl > 0)
    return TRUE;
  p = ck_tok (ctx, s - 1);
  if (p->kind == CK_TOK_NUMBER)
    return TRUE;
  /* "J. M. Keynes": the stop after an initial is inside the name */
  if (ck_tok_is_punct (ctx, s - 1, '.') && s >= 2 && ck_tok (ctx, s - 2)->kind == CK_TOK_WORD &&
      ck_tok (ctx, s - 2)->end - ck_tok (ctx, s - 2)->start == 1 && (ck_tok (ctx, s - 2)->flags & CK_TOKF_CAP))
    return FALSE;
  /* footnote markers: "[4] A. Name", "¹ A. Name" */
  if (p->kind == CK_TOK_PUNCT && (p->ch == ']' || p->ch == 0xB9 || p->ch == 0xB2 || p->ch == 0xB3 ||
                                  (p->ch >= 0x2070 && p->ch <= 0x2079)))
    return TRUE;
  /* "4. E.g., A. Name, Title (…)", "See, for example, A. Name, …" */
  if (ck_tok_is_punct (ctx, s - 1, ',') && s >= 3 &&
      ((ck_tok_is_punct (ctx, s - 2, '.') && (ck_tok_is (ctx, s - 3, "g") || ck_tok_is (ctx, s - 3, "cf"))) ||
       (ck_tok_is (ctx, s - 2, "example") && ck_tok_is (ctx, s - 3, "for"))))
    return TRUE;
  if (after_role_abbrev (ctx, s))
    return FALSE;
  if (p->kind == CK_TOK_PUNCT)
    return strchr (".)-;:*", (int) p->ch) != NULL || p->ch == 0x2022 || p->ch == 0x2013 || p->ch == 0x2014;
  /* "Read X, …", "See X, …": one imperative opening the line */
  if (p->kind == CK_TOK_WORD && (p->flags & CK_TOKF_CAP) && (s == 1 || p->nl > 0))
    return TRUE;
  if (p->kind == CK_TOK_WORD)
    /* "Chapter 3 of A. Name, …"; in prose "the sixth chapter of Salt,
     * Truth and Logic" opens no entry */
    return (ck_tok_is (ctx, s - 1, "of") && (!prose_at (ctx, s) || (s >= 2 && ck_tok (ctx, s - 2)->kind == CK_TOK_NUMBER))) ||
           ck_tok_is (ctx, s - 1, "see") || ck_tok_is (ctx, s - 1, "cf") ||
           (ck_tok_is (ctx, s - 1, "in") && !prose_at (ctx, s));
  return FALSE;
}


/* How many lines a numbered note may wrap over. */
#define REF_MAX_WRAP_LINES 3

/* Where an entry starting at @i may end: its line (@line_e) in a list;
 * in running prose, where notes are wrapped like the rest ("(New\nYork,
 * 1982)"), a bounded stretch of the paragraph. */
/* The column of the first token on token @i's line, found by a binary
 * search of the lines (a walk back along a 1 MB line for every entry
 * made long texts quadratic). */
static guint
line_start_col (const CkExtractCtx *ctx, guint i)
{
  const GArray *lines = ctx->t->lines;
  guint lo = 0, hi = lines->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (lines, CkLine, mid).tok_first <= i)
        lo = mid + 1;
      else
        hi = mid;
    }
  return ck_tok (ctx, lo > 0 ? g_array_index (lines, CkLine, lo - 1).tok_first : 0)->col;
}

static guint
entry_limit (const CkExtractCtx *ctx, guint i, guint line_e)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i));
  if (!(pp->flags & CK_PARA_PROSE))
    {
      /* a list entry with a hanging indent: the lines below it indented
       * further than its own start continue it */
      guint col = line_start_col (ctx, i), e = line_e, n = ck_n_toks (ctx);
      for (guint m = 0; m < REF_MAX_WRAP && e < n && e < pp->tok_end && ck_tok (ctx, e)->nl == 1 &&
                        ck_tok (ctx, e)->col > col; m++)
        {
          e++;
          while (e < n && ck_tok (ctx, e)->nl == 0)
            e++;
        }
      if (e > line_e)
        return e;
      /* a numbered note wraps flush: "2. A. Name, Title: a Regional and

       * Comparative Study (London, 1970)." goes on over lines that open no
       * note of their own, until a line ends with a stop */
      for (guint m = 0; m < REF_MAX_WRAP_LINES && e < pp->tok_end && e > i; m++)
        {
          const CkToken *first = ck_tok (ctx, e);
          if (ck_tok_is_punct (ctx, e - 1, '.') || first->nl >= 2 ||
              (first->kind == CK_TOK_NUMBER && (ck_tok_is_punct (ctx, e + 1, '.') || ck_tok_is_punct (ctx, e + 1, ')'))) ||
              (first->kind == CK_TOK_PUNCT && strchr ("-*", (int) first->ch)))
            break;
          e = line_end_tok (ctx, e);
        }
      return e;
    }
  return MIN (pp->tok_end, i + REF_MAX_TITLE_TOKENS + REF_MAX_PAREN_TOKENS);
}

/* Whether the capitalised word at @i may be a surname standing alone: no
 * word any lexicon knows as something else, not in capitals. */
static gboolean
surname_word (const CkExtractCtx *ctx, guint i)
{
  return !ck_tok_in_lex (ctx, i, CK_LEX_NON_NAMES) && !ck_tok_in_lex (ctx, i, CK_LEX_FUNCTION_WORDS) &&
         !ck_tok_in_lex (ctx, i, CK_LEX_PLACES) && !ck_tok_in_lex (ctx, i, CK_LEX_PERIODICALS) &&
         !ck_tok_in_lex (ctx, i, CK_LEX_NON_TITLES) && !ck_tok_in_lex (ctx, i, CK_LEX_GENRE_WORDS) &&
         !(ck_tok (ctx, i)->flags & CK_TOKF_UPPER);
}

/* "  Vell, The Salt Road (1941)": a syllabus's line set in under its
 * week names the writer by the surname alone */
static gboolean
indented_surname (const CkExtractCtx *ctx, guint i, guint ne)
{
  return ne == i + 1 && ck_tok (ctx, i)->nl >= 1 && ck_tok (ctx, i)->col > 0 && ck_tok_is_punct (ctx, ne, ',') &&
         surname_word (ctx, i);
}

/* "of Vell, Title (…)", "is Vell, “Title,” Journal": a surname alone
 * opens a note-style citation in prose, after a lower-case word or a
 * comma; not a place, periodical, heading or function word ("Notes,",
 * "London,", "However,"). */
static gboolean
lone_surname (const CkExtractCtx *ctx, guint i, guint ne)
{
  return ne == i + 1 && i > 0 && (ck_tok_lower_word (ctx, i - 1) || ck_tok_is_punct (ctx, i - 1, ',')) &&
         surname_word (ctx, i);
}

/* A book title between an entry's name and its imprint: capitalised first
 * word, mostly title case, no sentence inside. */
gboolean
ck_ref_title_ok (const CkExtractCtx *ctx, guint s, guint e)
{
  guint words = 0, lower = 0;
  gboolean colon = FALSE, quoted = FALSE;
  if (e <= s || e - s > REF_MAX_TITLE_TOKENS || !(ck_tok (ctx, s)->flags & CK_TOKF_CAP))
    return FALSE;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      colon |= ck_tok_is_punct (ctx, k, ':');
      /* "Title: A Critique of “Other Title”": a quoted title inside the
       * subtitle, opened and closed there */
      if (t->kind == CK_TOK_QUOTE_OPEN && colon && !quoted)
        {
          quoted = TRUE;
          continue;
        }
      if (t->kind == CK_TOK_QUOTE_CLOSE && quoted)
        {
          quoted = FALSE;
          continue;
        }
      if (t->kind == CK_TOK_QUOTE_CLOSE && ck_tok_plural_possessive (ctx, k, s))
        continue;
      if (t->kind == CK_TOK_QUOTE_OPEN || t->kind == CK_TOK_QUOTE_CLOSE)
        return FALSE;
      if (t->kind == CK_TOK_PUNCT && (t->ch == '(' || t->ch == ')' || t->ch == ';'))
        return FALSE;
      /* a full stop after a word of more than two letters ends a sentence */
      if (t->kind == CK_TOK_PUNCT && t->ch == '.' && k > s && ck_tok (ctx, k - 1)->kind == CK_TOK_WORD &&
          ck_tok (ctx, k - 1)->end - ck_tok (ctx, k - 1)->start > 2 && k + 1 < e)
        return FALSE;
      if (t->kind == CK_TOK_WORD)
        {
          words++;
          if ((t->flags & CK_TOKF_LOWER) && !(t->flags & CK_TOKF_FUNC))
            lower++;
        }
    }
  return !quoted && words > 0 && lower * 3 <= words && ck_title_plausible (ctx, s, e);
}

static gboolean roman (const CkExtractCtx *ctx, guint i);

/* "…, 272 pages, hardback, £20 Extends …": a list's particulars running
 * into the blurb under them are no title */
static gboolean
particulars_in (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k + 1 < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_PUNCT && (t->ch == '$' || t->ch == 0xA3 || t->ch == 0x20AC) &&
          ck_tok (ctx, k + 1)->kind == CK_TOK_NUMBER)
        return TRUE;
      if (t->kind == CK_TOK_NUMBER && (ck_tok_is (ctx, k + 1, "pages") || ck_tok_is (ctx, k + 1, "pp")))
        return TRUE;
    }
  return FALSE;
}

/* Peels ", vol. 1", ", trans. X", ", ed. X", ", edited by X", ", 2nd edition",
 * ", revised edition" off the end of [s,e): fills @rec and returns the
 * title's end. */
static guint
peel_title_tail (CkExtractCtx *ctx, CkRecord *rec, guint s, guint e)
{
  for (guint k = s + 1; k < e; k++)
    {
      guint r;
      CkRole role = CK_ROLE_TRANSLATOR;
      if (!ck_tok_is_punct (ctx, k, ','))
        continue;
      r = k + 1;
      if (ck_tok_is (ctx, r, "trans") || ck_tok_is (ctx, r, "tr") || ck_tok_is (ctx, r, "transl") ||
          ck_tok_is (ctx, r, "ed") || ck_tok_is (ctx, r, "eds"))
        {
          role = (ck_tok_is (ctx, r, "ed") || ck_tok_is (ctx, r, "eds")) ? CK_ROLE_EDITOR : CK_ROLE_TRANSLATOR;
          r++;
          if (ck_tok_is_punct (ctx, r, '.'))
            r++;
          if (ck_tok_is (ctx, r, "by"))
            r++;
        }
      else
        {
          guint rr = ck_role_phrase_at (ctx, r, e, &role);
          if (rr == r)
            r = G_MAXUINT;
          else
            r = rr;
        }
      if (r != G_MAXUINT && r < e)
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          guint ne = ck_names_forward (ctx, r, e, role, names);
          if (ne > r)
            {
              for (guint q = 0; q < names->len; q++)
                ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
              if (ne < e)
                ck_assemble_elements (rec, ctx->text, ck_tok (ctx, ne)->start, ck_tok (ctx, e - 1)->end,
                                      CK_ELEM_INLINE, NULL);
              return k;
            }
        }
      /* ", 2 vols", ", 3 vols.": the number of volumes */
      if (k + 3 <= e && ck_tok (ctx, k + 1)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, k + 1)->flags & CK_TOKF_YEAR) &&
          (ck_tok_is (ctx, k + 2, "vols") || ck_tok_is (ctx, k + 2, "volumes")) &&
          (k + 3 == e || (k + 4 == e && ck_tok_is_punct (ctx, k + 3, '.'))))
        {
          ck_record_take (rec, CK_FIELD_NUMBER_OF_VOLUMES, ck_tok_dup (ctx, k + 1));
          return k;
        }
      /* ", vol. 1", ", vol. II": the volume cited */
      if ((ck_tok_is (ctx, k + 1, "vol") || ck_tok_is (ctx, k + 1, "volume")) && k + 2 < e)
        {
          guint v = k + 2;
          if (ck_tok_is_punct (ctx, v, '.'))
            v++;
          if (v + 1 == e && (ck_tok (ctx, v)->kind == CK_TOK_NUMBER || roman (ctx, v)) &&
              !(ck_tok (ctx, v)->flags & CK_TOKF_YEAR))
            {
              ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, v));
              return k;
            }
        }
      /* ", 2nd edition", ", revised edition" */
      {
        g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
        guint unknown = 0;
        ck_assemble_elements (probe, ctx->text, ck_tok (ctx, k + 1)->start, ck_tok (ctx, e - 1)->end,
                              CK_ELEM_INLINE, &unknown);
        /* "…, 1650-1800, 2nd ed.": a date range closing the title is
         * no part of the edition statement after it */
        if (unknown == 0 && ck_record_has (probe, CK_FIELD_EDITION) && !ck_record_get_date (probe, CK_DATE_ISSUED))
          {
            ck_record_set (rec, CK_FIELD_EDITION, ck_record_get (probe, CK_FIELD_EDITION));
            return k;
          }
      }
    }
  return e;
}

/* Whether the title [s,e) ends in a range of years ("…, 1650-1800,"). */
static gboolean
year_range_before (const CkExtractCtx *ctx, guint s, guint e)
{
  while (e > s && ck_tok_is_punct (ctx, e - 1, ','))
    e--;
  /* (a medieval start, "1300-1800", is no year of print) */
  return e >= s + 3 && (ck_tok (ctx, e - 1)->flags & CK_TOKF_YEAR) &&
         ((ck_tok (ctx, e - 3)->flags & CK_TOKF_YEAR) ||
          (ck_tok (ctx, e - 3)->kind == CK_TOK_NUMBER && ck_tok (ctx, e - 3)->end - ck_tok (ctx, e - 3)->start >= 3)) &&
         (ck_tok_is_punct (ctx, e - 2, '-') || ck_tok_is_punct (ctx, e - 2, 0x2013));
}

/* Words that open a reprint's imprint after a semicolon. */
static const char * const reprint_words[] = { "repr", "reprint", "reprinted", "rpt", NULL };

/* "(Place: Publisher, Year)" parsed into @rec; TRUE when it holds a year
 * and a publisher or place, and nothing unknown. */
static gboolean
ref_imprint (CkExtractCtx *ctx, CkRecord *rec, guint open, guint close, gboolean year_alone)
{
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 0, found;
  /* "(1983)": the year alone, where the caller allows it */
  if (year_alone && close == open + 2 && (ck_tok (ctx, open + 1)->flags & CK_TOKF_YEAR))
    {
      ck_assemble_elements (rec, ctx->text, ck_tok (ctx, open)->end, ck_tok (ctx, close)->start, CK_ELEM_INLINE, NULL);
      return ck_record_get_date (rec, CK_DATE_ISSUED) != NULL;
    }
  if (close <= open + 2)
    return FALSE;
  /* "(London: Firm, 1958; repr., New York: Other, 1975)": the first
   * imprint is the book's; the reprint or later edition after the
   * semicolon is left out */
  for (guint k = open + 2; k + 1 < close; k++)
    if (ck_tok_is_punct (ctx, k, ';') &&
        (ck_tok_in_words (ctx, k + 1, reprint_words) ||
         /* "(Gannet, 1961; Harbour paperback, £1.25)": a later edition
          * after the first imprint's year */
         ((ck_tok (ctx, k - 1)->flags & CK_TOKF_YEAR) && ck_tok_cap_word (ctx, k + 1))))
      {
        close = k;
        break;
      }
  found = ck_assemble_elements (probe, ctx->text, ck_tok (ctx, open)->end, ck_tok (ctx, close)->start,
                                CK_ELEM_INLINE, &unknown);
  if (found == 0 || unknown > 0 || !ck_record_get_date (probe, CK_DATE_ISSUED) ||
      !(ck_record_has (probe, CK_FIELD_PUBLISHER) || ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE)))
    return FALSE;
  ck_assemble_elements (rec, ctx->text, ck_tok (ctx, open)->end, ck_tok (ctx, close)->start, CK_ELEM_INLINE, NULL);
  return TRUE;
}

/* ", ch. 4, "Chapter Title"" after a book entry: a chapter of it. */
static guint
chapter_after (CkExtractCtx *ctx, const CkDetector *det, CkRecord *book, guint k, guint le)
{
  guint j = k, open, close = 0, te;
  CkRecord *ch;
  if (!ck_tok_is_punct (ctx, j, ','))
    return k;
  j++;
  if (!(ck_tok_is (ctx, j, "ch") || ck_tok_is (ctx, j, "chap") || ck_tok_is (ctx, j, "chapter")))
    return k;
  j++;
  if (ck_tok_is_punct (ctx, j, '.'))
    j++;
  if (j >= le || ck_tok (ctx, j)->kind != CK_TOK_NUMBER)
    return k;
  j++;
  if (ck_tok_is_punct (ctx, j, ','))
    j++;
  if (j >= le || ck_tok (ctx, j)->kind != CK_TOK_QUOTE_OPEN)
    return k;
  open = j;
  for (guint q = open + 1; q < le && q < open + REF_MAX_TITLE_TOKENS; q++)
    if (ck_tok (ctx, q)->kind == CK_TOK_QUOTE_CLOSE)
      {
        close = q;
        break;
      }
  if (!close)
    return k;
  te = close;
  while (te > open + 1 && (ck_tok_is_punct (ctx, te - 1, ',') || ck_tok_is_punct (ctx, te - 1, '.')) &&
         !(te >= open + 3 && ck_tok (ctx, te - 2)->kind == CK_TOK_WORD && ck_tok (ctx, te - 2)->end - ck_tok (ctx, te - 2)->start == 1))
    te--;
  if (te <= open + 1 || !(ck_tok (ctx, open + 1)->flags & CK_TOKF_CAP))
    return k;
  ch = ck_record_new (CK_TYPE_CHAPTER);
  {
    /* "D.C.": the stop of a closing initial belongs to the title */
    g_autofree char *t = ck_span_dup (ctx, open + 1, te);
    if (t && g_str_has_suffix (t, ".") && !strstr (t, ": "))
      ck_record_set (ch, CK_FIELD_TITLE, t);
    else
      ck_assemble_title (ch, g_steal_pointer (&t));
  }
  ck_record_set (ch, CK_FIELD_CONTAINER_TITLE, ck_record_get (book, CK_FIELD_TITLE));
  for (guint q = 0; q < ck_record_get_n_names (book); q++)
    if (ck_record_get_name (book, q)->role == CK_ROLE_AUTHOR)
      ck_record_add_name_unique (ch, ck_name_copy (ck_record_get_name (book, q)));
  ck_mention_add (ctx, det, ch, ck_tok (ctx, open)->start, ck_tok (ctx, close)->end, open + 1, 0);
  return close + 1;
}

/* Whether token @i opens its line, or follows only a list mark or a
 * note number there ("- A. Name", "4. A. Name"). */
static gboolean
opens_line (const CkExtractCtx *ctx, guint i)
{
  guint k = i;
  if (i == 0 || ck_tok (ctx, i)->nl > 0)
    return TRUE;
  while (k > 0 && k + 3 > i && ck_tok (ctx, k)->nl == 0)
    {
      const CkToken *p = ck_tok (ctx, k - 1);
      if (p->kind != CK_TOK_PUNCT && p->kind != CK_TOK_NUMBER)
        return FALSE;
      k--;
    }
  return k == 0 || ck_tok (ctx, k)->nl > 0;
}

/* "A. Name, T1 (Berkeley, 1943) and T2 (Cambridge, Mass., 1962)": a
 * second book of the same author after the first one's imprint.  Returns
 * the end of the entry (@k when there is none). */
static guint
second_title_after (CkExtractCtx *ctx, const CkDetector *det, const CkRecord *first, guint k, guint le)
{
  guint open = G_MAXUINT, close, te;
  CkRecord *rec;
  if (!ck_tok_is (ctx, k, "and") || k + 3 >= le || !ck_tok_cap_word (ctx, k + 1))
    return k;
  for (guint j = k + 1; j < le && j < k + 1 + REF_MAX_TITLE_TOKENS; j++)
    if (ck_tok_is_punct (ctx, j, '('))
      {
        open = j;
        break;
      }
  if (open == G_MAXUINT || ck_is_claimed (ctx, k + 1, open))
    return k;
  close = ref_paren_close (ctx, open, le);
  if (!close)
    return k;
  te = open;
  while (te > k + 1 && ck_tok_is_punct (ctx, te - 1, ','))
    te--;
  if (!ck_ref_title_ok (ctx, k + 1, te))
    return k;
  rec = ck_record_new (CK_TYPE_BOOK);
  if (!ref_imprint (ctx, rec, open, close, FALSE))
    {
      ck_record_unref (rec);
      return k;
    }
  ck_assemble_title (rec, ck_span_dup (ctx, k + 1, te));
  for (guint q = 0; q < ck_record_get_n_names (first); q++)
    if (ck_record_get_name (first, q)->role == CK_ROLE_AUTHOR)
      ck_record_add_name_unique (rec, ck_name_copy (ck_record_get_name (first, q)));
  ck_mention_add (ctx, det, rec, ck_tok (ctx, k + 1)->start, ck_tok (ctx, close)->end, k + 1, 0);
  return close + 1;
}

/* A volume in roman numerals: "XIX", "xxx" (letters of I V X L C D M
 * only, all of one case, two or more). */
static gboolean
roman (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t;
  gboolean up = TRUE, low = TRUE;
  if (i >= ck_n_toks (ctx))
    return FALSE;
  t = ck_tok (ctx, i);
  if (t->kind != CK_TOK_WORD || t->end - t->start < 2 || t->end - t->start > 8)
    return FALSE;
  for (guint32 b = t->start; b < t->end; b++)
    {
      up &= strchr ("IVXLCDM", ctx->text[b]) != NULL;
      low &= strchr ("ivxlcdm", ctx->text[b]) != NULL;
    }
  return up || low;
}

/* Chicago journal article after "Name, ": "“Title,” Journal 9, no. 2
 * (March 1940): 3-18".  Returns the end of the entry or @q when none. */
static guint
journal_entry (CkExtractCtx *ctx, const CkDetector *det, GPtrArray *authors, guint ns, guint q, guint le)
{
  static const char * const issue_words[] = { "no", "nos", "issue", NULL };
  guint close = 0, te, j, js, jend, vol = G_MAXUINT, issue_tok = G_MAXUINT, issue_end = 0, po, pc;
  CkType type = CK_TYPE_ARTICLE_JOURNAL;
  CkRecord *rec;
  g_autofree char *date_txt = NULL;
  g_autoptr(CkDate) date = NULL;
  /* "“On 'Salt' and Tides,”": a quote opened inside the title closes
   * inside it */
  close = ck_quote_close_nested (ctx, q, MIN (le, q + REF_MAX_TITLE_TOKENS));
  if (!close)
    return q;
  /* a quote inside the title: "On 'The Salt Road,'" closes twice */
  while (close + 1 < le && ck_tok (ctx, close + 1)->kind == CK_TOK_QUOTE_CLOSE)
    close++;
  te = close;
  while (te > q + 1 && ck_tok_is_punct (ctx, te - 1, ','))
    te--;
  /* (a title may open on a quotation of its own: "“'The Salt': …,”") */
  if (te <= q + 1 || !((ck_tok (ctx, q + 1)->flags & CK_TOKF_CAP) ||
                       (ck_tok (ctx, q + 1)->kind == CK_TOK_QUOTE_OPEN && q + 2 < te && (ck_tok (ctx, q + 2)->flags & CK_TOKF_CAP))))
    return q;
  j = close + 1;
  if (ck_tok_is_punct (ctx, j, ','))
    j++;
  js = j;
  /* the journal's name: capitalised words and function words up to the volume */
  while (j < le && ck_tok (ctx, j)->kind == CK_TOK_WORD &&
         ((ck_tok (ctx, j)->flags & CK_TOKF_CAP) || ((ck_tok (ctx, j)->flags & CK_TOKF_FUNC) && j > js)))
    j++;
  if (j == js || j >= le)
    return q;
  jend = j;
  /* "Journal XIX (1959)": a volume in roman numerals looks like a word */
  if (jend > js + 1 && roman (ctx, jend - 1) && ck_tok_is_punct (ctx, jend, '('))
    {
      vol = --jend;
      goto date;
    }
  /* "Journal 9, no. 2 (…)", "Journal, Vol. 6, No. 2 (…)" or, with no
   * volume, "Journal, no. 94 (…)" */
  if (ck_tok (ctx, j)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j)->flags & CK_TOKF_YEAR))
    vol = j++;
  /* "Journal, XIX (1959)", "Journal, 12 (1959)" */
  else if (ck_tok_is_punct (ctx, j, ',') && (roman (ctx, j + 1) || (j + 1 < le && ck_tok (ctx, j + 1)->kind == CK_TOK_NUMBER &&
                                                                   !(ck_tok (ctx, j + 1)->flags & CK_TOKF_YEAR))) &&
           ck_tok_is_punct (ctx, j + 2, '('))
    {
      vol = j + 1;
      j += 2;
    }
  else if (ck_tok_is_punct (ctx, j, ',') && (ck_tok_is (ctx, j + 1, "vol") || ck_tok_is (ctx, j + 1, "volume")))
    {
      j += 2;
      if (ck_tok_is_punct (ctx, j, '.'))
        j++;
      if (j >= le || ck_tok (ctx, j)->kind != CK_TOK_NUMBER || (ck_tok (ctx, j)->flags & CK_TOKF_YEAR))
        return q;
      vol = j++;
    }
  /* a newspaper's or magazine's issue by its date: "Weekly, May 3, 1990"
   * (detect-styles.c) */
  else if (ck_tok_is_punct (ctx, j, ',') && (pc = ck_dated_issue_at (ctx, j + 1, le, &date)) > j + 1)
    {
      type = ck_periodical_type (ctx, js, jend);
      pc--;   /* the year: the code below goes on after pc */
      goto dated;
    }
  else if (!ck_tok_is_punct (ctx, j, ',') || !ck_tok_in_words (ctx, j + 1, issue_words))
    return q;
  if (ck_tok_is_punct (ctx, j, ',') && ck_tok_in_words (ctx, j + 1, issue_words))
    {
      j += 2;
      if (ck_tok_is_punct (ctx, j, '.'))
        j++;
      if (j >= le || ck_tok (ctx, j)->kind != CK_TOK_NUMBER)
        return q;
      issue_tok = j++;
      /* "nos 2–3": a double issue */
      if (j + 1 < le && (ck_tok_is_punct (ctx, j, '-') || ck_tok_is_punct (ctx, j, 0x2013)) &&
          ck_tok (ctx, j + 1)->kind == CK_TOK_NUMBER)
        {
          issue_end = j + 2;
          j += 2;
        }
    }
date:
  if (!ck_tok_is_punct (ctx, j, '('))
    return q;
  po = j;
  pc = ref_paren_close (ctx, po, le);
  if (!pc || pc == po + 1)
    return q;
  date_txt = ck_span_dup (ctx, po + 1, pc);
  date = ck_date_parse (date_txt);
  if (!date || date->year == 0)
    return q;
dated:
  rec = ck_record_new (type);
  {
    /* keep a "?" that ends the title ("Can a Stone Think?"); one inside
     * it ends the title proper: "Who Rules? The Origins of …" */
    g_autofree char *t = ck_span_dup (ctx, q + 1, te);
    char *qm = t ? strstr (t, "? ") : NULL;
    /* the comma of the sentence inside the inner quote: "On 'Salt,'" */
    gsize tl = t ? strlen (t) : 0;
    if (tl >= 3 && t[tl - 2] == ',' && t[tl - 1] == '\'')
      memmove (t + tl - 2, t + tl - 1, 2);
    else if (tl >= 5 && t[tl - 4] == ',' && g_str_has_suffix (t, "\u2019"))
      memmove (t + tl - 4, t + tl - 3, 4);
    if (qm && g_ascii_isupper (qm[2]))
      {
        ck_record_set (rec, CK_FIELD_SUBTITLE, qm + 2);
        qm[1] = '\0';
      }
    ck_record_set (rec, CK_FIELD_TITLE, t);
  }
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, js, jend));
  if (vol != G_MAXUINT)
    ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, vol));
  if (issue_tok != G_MAXUINT)
    ck_record_take (rec, CK_FIELD_ISSUE, issue_end ? ck_span_dup (ctx, issue_tok, issue_end) : ck_tok_dup (ctx, issue_tok));
  ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
  j = pc + 1;
  /* pages as "(…): 3-18" or, in notes, "(…), pp. 3-18" */
  gboolean pp = ck_tok_is_punct (ctx, j, ',') && (ck_tok_is (ctx, j + 1, "p") || ck_tok_is (ctx, j + 1, "pp")) &&
                j + 3 < le && ck_tok (ctx, j + 3)->kind == CK_TOK_NUMBER &&
                ck_tok_is_punct (ctx, j + 2, '.');
  if (pp)
    j += 2;
  /* "(1959), 79-88": a range of pages after a bare comma */
  else if (ck_tok_is_punct (ctx, j, ',') && j + 3 < le && ck_tok (ctx, j + 1)->kind == CK_TOK_NUMBER &&
           (ck_tok_is_punct (ctx, j + 2, '-') || ck_tok_is_punct (ctx, j + 2, 0x2013)) &&
           ck_tok (ctx, j + 3)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j + 1)->flags & CK_TOKF_YEAR))
    pp = TRUE;
  if ((pp || ck_tok_is_punct (ctx, j, ':')) && j + 1 < le && ck_tok (ctx, j + 1)->kind == CK_TOK_NUMBER)
    {
      guint ps = j + 1, pe = j + 2;
      while (pe + 1 < le && (ck_tok_is_punct (ctx, pe, '-') || ck_tok_is_punct (ctx, pe, 0x2013)) &&
             ck_tok (ctx, pe + 1)->kind == CK_TOK_NUMBER)
        pe += 2;
      ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, ps, pe));
      j = pe;
    }
  for (guint a = 0; a < authors->len; a++)
    ck_record_add_name_unique (rec, ck_name_copy (g_ptr_array_index (authors, a)));
  ck_mention_add (ctx, det, rec, ck_tok (ctx, ns)->start, ck_tok (ctx, j - 1)->end, q + 1, 0);
  ck_claim (ctx, ns, j);
  return j;
}

/* ", xii + 320 pp., £20.00." from @k to the line's end @e: the extent
 * and price of a header line, read into @rec.  Returns the token after
 * them, or @k when the rest of the line is not that. */
static guint
header_tail (const CkExtractCtx *ctx, CkRecord *rec, guint k, guint e)
{
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 0, found, last = e;
  if (!ck_tok_is_punct (ctx, k, ',') || e <= k + 2)
    return k;
  if (ck_tok_is_punct (ctx, last - 1, '.'))
    last--;
  found = ck_assemble_elements (probe, ctx->text, ck_tok (ctx, k)->end, ck_tok (ctx, last - 1)->end, CK_ELEM_INLINE, &unknown);
  if (!found || unknown || !(ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES) || ck_record_has (probe, CK_FIELD_PRICE)) ||
      ck_record_get_date (probe, CK_DATE_ISSUED) || ck_record_has (probe, CK_FIELD_PUBLISHER))
    return k;
  ck_assemble_elements (rec, ctx->text, ck_tok (ctx, k)->end, ck_tok (ctx, last - 1)->end, CK_ELEM_INLINE, NULL);
  return e;
}

/* A note or list entry that opens with its title and names only its
 * editor or translator: "The Harbour Letters, ed. B. Name (London:
 * Gannet, 1979)".  Returns the end of the entry, or @i. */
static guint
title_role_entry (CkExtractCtx *ctx, const CkDetector *det, guint i, guint le)
{
  guint open = G_MAXUINT, close, rc;
  g_autoptr(CkRecord) rec = NULL;
  /* above the prose such a line is the reviewed book's header */
  if (g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i)).flags & CK_PARA_HEADER)
    return i;
  for (guint k = i + 1; k < le && k < i + REF_MAX_TITLE_TOKENS; k++)
    if (ck_tok_is_punct (ctx, k, '('))
      {
        open = k;
        break;
      }
  if (open == G_MAXUINT || ck_is_claimed (ctx, i, open))
    return i;
  close = ref_paren_close (ctx, open, le);
  if (!close)
    return i;
  rc = ck_role_chain_before (ctx, open, i);
  if (rc >= open || rc <= i + 1 || !ck_ref_title_ok (ctx, i, rc))
    return i;
  /* "Given Family, Title, trans. B. Name (…)" opens with its author, not
   * its title: the comma-citation detector's */
  {
    guint ne = ck_name_span_forward (ctx, i, rc);
    /* (a page's "Panofsky, <i>Title</i>, trans. B": a surname alone will do) */
    gboolean italic = ne > i && ne + 1 < rc && ck_italic_tag_at (ctx, ne + 1, rc, FALSE) > ne + 1;
    if ((ne > i + 1 || italic) && ne + 1 < rc && ck_tok_is_punct (ctx, ne, ',') &&
        (ck_tok_cap_word (ctx, ne + 1) || ck_tok (ctx, ne + 1)->kind == CK_TOK_QUOTE_OPEN || italic))
      return i;
  }
  rec = ck_record_new (CK_TYPE_BOOK);
  if (!ref_imprint (ctx, rec, open, close, FALSE) || ck_role_chain (ctx, rc, open, rec) != open ||
      ck_record_get_n_names (rec) == 0)
    return i;
  ck_assemble_title (rec, ck_span_dup (ctx, i, rc));
  ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, i)->start, ck_tok (ctx, close)->end, i, 0);
  ck_claim (ctx, i, close + 1);
  return close + 1;
}


/* "Trust in numbers: The pursuit of objectivity (Princeton: Firm, 1995)":
 * the scientific journals set titles in sentence case; with a full
 * imprint after it (a publisher and a year) such a title is one, so long
 * as it reads as one: a capital first, no sentence's stop, no quotes or
 * brackets, and no more than a line's words. */
static gboolean
sentence_case_title (const CkExtractCtx *ctx, const CkRecord *rec, guint s, guint e, gboolean edited)
{
  guint words = 0;
  /* (a place will do after editors marked "(eds.)": "A and B (eds.),
   * Trade and salt in the early harbours (Glencoe, 1957)") */
  if (!(ck_record_has (rec, CK_FIELD_PUBLISHER) || (edited && ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE))) ||
      !ck_record_get_date (rec, CK_DATE_ISSUED) || e <= s ||
      !(ck_tok (ctx, s)->flags & CK_TOKF_CAP))
    return FALSE;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_QUOTE_OPEN || t->kind == CK_TOK_QUOTE_CLOSE ||
          (t->kind == CK_TOK_PUNCT && (t->ch == '(' || t->ch == ')' || t->ch == ';' || t->ch == '.')))
        return FALSE;
      words += t->kind == CK_TOK_WORD;
    }
  return words >= 2 && words <= 25 && ck_title_plausible (ctx, s, e);
}

void
ck_detect_reference_entry (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx), line_e = 0;
  guint main_state = 0;   /* reviewed book: 0 not looked up, 1 none yet, 2 taken */
  for (guint i = 0; i + 4 < n; i++)
    {
      guint ne, name_end, q, le, k, open, close, te, tc, paren_ed = G_MAXUINT, inverted = 0;
      CkRole role = CK_ROLE_AUTHOR;
      g_autoptr(GPtrArray) names = NULL;
      CkRecord *rec;
      gboolean prose;
      if (!(ck_tok (ctx, i)->flags & CK_TOKF_CAP) || ck_is_claimed (ctx, i, i + 1))
        continue;
      prose = prose_at (ctx, i);
      /* below the header a full name after any word may open a note-style
       * citation: "consult A. Name and B. Name, Title (Place, Year)" */
      if (!entry_start_ok (ctx, i) &&
          !(i > 0 && !(g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i)).flags & CK_PARA_HEADER) &&
            ck_tok_lower_word (ctx, i - 1) && ck_name_span_forward (ctx, i, MIN (n, i + 6)) > i + 1 &&
            !after_role_abbrev (ctx, i)))
        continue;
      /* the line's end, found once per line: i only grows */
      if (i >= line_e)
        line_e = line_end_tok (ctx, i);
      le = entry_limit (ctx, i, line_e);
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      /* "A B" or "A B and C D" — not ck_names_forward, which would read
       * the title after the comma as one more name */
      /* "Title, ed. B. Name (Place: Publisher, Year)" opening a note */
      if (!prose && opens_line (ctx, i))
        {
          guint te2 = title_role_entry (ctx, det, i, le);
          if (te2 > i)
            {
              i = te2 - 1;
              continue;
            }
        }
      ne = ck_name_span_forward (ctx, i, le);
      /* "Osborn, F. J., Title (…)", "Ward, Stephen V. (ed.), Title (…)": a
       * list's inverted name, in a list or notes only */
      inverted = 0;
      if (!prose && opens_line (ctx, i) && ne == i + 1 && ck_tok_is_punct (ctx, i + 1, ','))
        {
          guint g = i + 2, words = 0;
          while (g < le && words < 3 &&
                 (((ck_tok (ctx, g)->flags & CK_TOKF_INITIAL) && ck_tok_is_punct (ctx, g + 1, '.')) ||
                  (ck_tok_cap_word (ctx, g) && !ck_tok_is_punct (ctx, g + 1, ':'))))
            {
              g += (ck_tok (ctx, g)->flags & CK_TOKF_INITIAL) ? 2 : 1;
              words++;
            }
          if (words > 0 && g < le && (ck_tok_is_punct (ctx, g, ',') || ck_paren_ed_at (ctx, g) > g))
            {
              inverted = g;
              ne = g;
            }
        }
      /* "a salt history of Western Europe, A.D. 800–1400 (…)": in mid-sentence
       * a place that ends the run names no writer */
      if (ne > i && i > 0 && ck_tok_lower_word (ctx, i - 1) && ck_span_in_lex (ctx, i, ne, CK_LEX_PLACES))
        continue;
      /* "Dr Quell's Harbour Lectures, The Vision (…)" wrapped onto a line of
       * its own: a body's or a series' noun ends no person's name */
      if (ne > i && ck_ctx_institution_word (ctx->text + ck_tok (ctx, ne - 1)->start,
                                             ck_tok (ctx, ne - 1)->end - ck_tok (ctx, ne - 1)->start))
        continue;
      if (ne == i || ne > line_e ||
          (!inverted && ck_count_words (ctx, i, ne) < 2 && !(prose && lone_surname (ctx, i, ne)) &&
           !(!prose && indented_surname (ctx, i, ne))))
        continue;
      if (inverted)
        ;
      else if ((ck_tok_is (ctx, ne, "and") || ck_tok_is_punct (ctx, ne, '&')))
        {
          guint ne2 = ck_name_span_forward (ctx, ne + 1, le);
          if (ne2 > ne + 2 && (ck_tok_is_punct (ctx, ne2, ',') || ck_paren_ed_at (ctx, ne2) > ne2))
            ne = ne2;
        }
      /* "A Name, B Name, C Name and D Name, Title (…)" */
      else if (ck_tok_is_punct (ctx, ne, ',') && ck_count_words (ctx, i, ne) >= 2)
        ne = ck_serial_names_end (ctx, ne, le);
      /* "Piet A. Vries et al., Title (…)": the first author stands for all */
      name_end = ne;
      if (ck_tok_is (ctx, ne, "et") && ck_tok_is (ctx, ne + 1, "al") && ne + 2 < le)
        ne = ck_tok_is_punct (ctx, ne + 2, '.') ? ne + 3 : ne + 2;
      /* "B. Name (ed.), Title", "A and B (eds), Title": the British
       * notes' editors */
      paren_ed = ck_paren_ed_at (ctx, ne);
      if (paren_ed == ne)
        paren_ed = G_MAXUINT;
      else if (ck_tok_is_punct (ctx, paren_ed, ','))
        {
          role = CK_ROLE_EDITOR;
          if (!inverted)
            ck_names_forward (ctx, i, name_end, CK_ROLE_EDITOR, names);
          ne = paren_ed;
        }
      if (inverted)
        {
          g_autofree char *family = ck_span_dup (ctx, i, i + 1);
          g_autofree char *given = ck_span_dup (ctx, i + 2, inverted);
          g_ptr_array_add (names, ck_name_new_personal (role, family, given));
        }
      else if (role == CK_ROLE_AUTHOR)
        ck_names_forward (ctx, i, name_end, CK_ROLE_AUTHOR, names);
      if (!ck_tok_is_punct (ctx, ne, ',') || names->len == 0)
        continue;
      q = ne + 1;
      /* "David J. Chalmers, ed., Title" */
      if ((ck_tok_is (ctx, q, "ed") || ck_tok_is (ctx, q, "eds")) && ck_tok_is_punct (ctx, q + 1, '.') &&
          ck_tok_is_punct (ctx, q + 2, ','))
        {
          role = CK_ROLE_EDITOR;
          q += 3;
          for (guint a = 0; a < names->len; a++)
            ((CkName *) g_ptr_array_index (names, a))->role = CK_ROLE_EDITOR;
        }
      /* entries with "ed.", an edition or "trans." between title and
       * imprint, and Chicago journal articles, are left to the
       * comma-citation and journal-article detectors */
      if (q >= le || ck_tok (ctx, q)->kind == CK_TOK_QUOTE_OPEN)
        continue;
      /* the title runs to the imprint parenthesis on the same line */
      open = G_MAXUINT;
      for (k = q; k < le && k < q + REF_MAX_TITLE_TOKENS; k++)
        if (ck_tok_is_punct (ctx, k, '('))
          {
            open = k;
            break;
          }
      if (open == G_MAXUINT || ck_is_claimed (ctx, q, open))
        continue;
      close = ref_paren_close (ctx, open, le);
      if (!close)
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      /* a line of a reading list may date its book by the year alone:
       * "A. Name, Title: Subtitle (1983), ch. 2" */
      if (!ref_imprint (ctx, rec, open, close, !prose && opens_line (ctx, i) &&
                                                      (ck_count_words (ctx, i, ne) >= 2 || indented_surname (ctx, i, ne))))
        {
          ck_record_unref (rec);
          continue;
        }
      /* "Title, Series Name 9 (…)": the series and its number */
      te = ck_series_before (ctx, q, open);
      if (te < open)
        {
          ck_record_take (rec, CK_FIELD_COLLECTION_TITLE, ck_span_dup (ctx, te + 1, open - 1));
          ck_record_take (rec, CK_FIELD_COLLECTION_NUMBER, ck_tok_dup (ctx, open - 1));
        }
      te = peel_title_tail (ctx, rec, q, te);
      /* a volume statement is this detector's; roles and editions are
       * comma-citation's, but for a title closing with its years
       * ("…, 1650-1800, 2nd ed."), which that detector does not read */
      if (te != open && (ck_record_get_n_names (rec) > 0 ||
                         (ck_record_has (rec, CK_FIELD_EDITION) && !year_range_before (ctx, q, te))))
        {
          ck_record_unref (rec);
          continue;
        }
      while (te > q && ck_tok_is_punct (ctx, te - 1, ','))
        te--;
      /* "Review of X, New Series, Vol. 31 (…)": a journal's series */
      /* (a closing span of years, "…, 1300-1800", is read apart) */
      tc = year_range_before (ctx, q, te) && te >= q + 5 && ck_tok_is_punct (ctx, te - 4, ',') ? te - 4 : te;
      if (!(ck_ref_title_ok (ctx, q, tc) || sentence_case_title (ctx, rec, q, tc, paren_ed != G_MAXUINT)) || ck_series_label (ctx, q, te) ||
          particulars_in (ctx, q, te))
        {
          ck_record_unref (rec);
          continue;
        }
      /* "E. Lind, BSOAS 31 (1968), 1-20": a journal, its volume and the
       * pages, the article's title left out as scholars' notes do */
      if (te >= q + 2 && ck_tok (ctx, te - 1)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, te - 1)->flags & CK_TOKF_YEAR) &&
          te == open && ck_record_get_date (rec, CK_DATE_ISSUED) && !ck_record_has (rec, CK_FIELD_PUBLISHER) &&
          !ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE) && close + 2 < le &&
          (ck_tok_is_punct (ctx, close + 1, ',') || ck_tok_is_punct (ctx, close + 1, ':')) &&
          ck_tok (ctx, close + 2)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, close + 2)->flags & CK_TOKF_YEAR))
        {
          guint pe = close + 3;
          if (pe + 1 < le && (ck_tok_is_punct (ctx, pe, '-') || ck_tok_is_punct (ctx, pe, 0x2013)) &&
              ck_tok (ctx, pe + 1)->kind == CK_TOK_NUMBER)
            pe += 2;
          ck_record_set_type (rec, CK_TYPE_ARTICLE_JOURNAL);
          ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, q, te - 1));
          ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, te - 1));
          ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, close + 2, pe));
          for (guint a = 0; a < names->len; a++)
            ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, a)));
          ck_mention_add (ctx, det, rec, ck_tok (ctx, i)->start, ck_tok (ctx, pe - 1)->end, q, CK_MENTION_ISSUE);
          ck_claim (ctx, i, pe);
          i = pe - 1;
          continue;
        }
      ck_assemble_title (rec, ck_span_dup (ctx, q, te));
      for (guint a = 0; a < names->len; a++)
        ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, a)));
      (void) role;
      k = close + 1;
      {
        /* a review's header line: "A. Name, Title (Place: Publisher,
         * Year), xii + 320 pp., £20.00." — the extent and price after
         * the imprint make it a reviewed book */
        guint he = header_tail (ctx, rec, k, line_e);
        gsize end = ck_tok (ctx, close)->end;
        guint flags = 0;
        if (he > k)
          {
            end = ck_tok (ctx, he - 1)->end;
            k = he;
            /* looked up once a run: the mentions only grow */
            if (main_state == 0)
              main_state = ck_have_main_mention (ctx) ? 2 : 1;
            if (main_state == 1 &&
                (g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i)).flags & CK_PARA_HEADER))
              {
                main_state = 2;
                ck_find_review_heading (ctx, ck_para_of (ctx, i));
                flags = CK_MENTION_MAIN;
              }
          }
        ck_mention_add (ctx, det, ck_record_ref (rec), ck_tok (ctx, i)->start, end, q, flags);
      }
      k = chapter_after (ctx, det, rec, k, le);
      k = second_title_after (ctx, det, rec, k, le);
      ck_record_unref (rec);
      ck_claim (ctx, i, k);
      i = k - 1;
    }
}

/* The mention a detector made that starts at token @k, or NULL. */
static const CkMention *
mention_at (const CkExtractCtx *ctx, guint k)
{
  gsize pos = ck_tok (ctx, k)->start;
  for (guint m = 0; m < ctx->mentions->len; m++)
    {
      const CkMention *mn = g_ptr_array_index (ctx->mentions, m);
      if (mn->start == pos && mn->rec && ck_record_has (mn->rec, CK_FIELD_TITLE))
        return mn;
    }
  return NULL;
}

/* A chapter in an edited book after "Name, ": "“Title,” in A and B,
 * eds., Book (Place: Publisher, Year), 271-313" — the book is the
 * comma-citation detector's record, which starts right after "in"; the
 * chapter takes its title, editors and imprint.  Returns the end of the
 * entry or @q when none. */
static guint
chapter_entry (CkExtractCtx *ctx, const CkDetector *det, GPtrArray *authors, guint ns, guint q, guint le)
{
  guint close = 0, te, j, n = ck_n_toks (ctx);
  const CkMention *book;
  CkRecord *rec, *b;
  close = ck_quote_close_nested (ctx, q, MIN (le, q + REF_MAX_TITLE_TOKENS));
  if (!close)
    return q;
  te = close;
  while (te > q + 1 && (ck_tok_is_punct (ctx, te - 1, ',') || ck_tok_is_punct (ctx, te - 1, '.')))
    te--;
  if (te <= q + 1 || !ck_tok_cap_word (ctx, q + 1))
    return q;
  j = close + 1;
  if (ck_tok_is_punct (ctx, j, ','))
    j++;
  if (j + 1 >= n || !ck_tok_is (ctx, j, "in") || !ck_tok_lower_word (ctx, j))
    return q;
  book = mention_at (ctx, j + 1);
  if (!book || ck_record_get_type (book->rec) != CK_TYPE_BOOK || ck_record_count_role (book->rec, CK_ROLE_EDITOR) == 0)
    return q;
  b = book->rec;
  rec = ck_record_new (CK_TYPE_CHAPTER);
  ck_assemble_title (rec, ck_span_dup (ctx, q + 1, te));
  ck_record_set (rec, CK_FIELD_CONTAINER_TITLE, ck_record_get (b, CK_FIELD_TITLE));
  for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
    if ((f == CK_FIELD_PUBLISHER || f == CK_FIELD_PUBLISHER_PLACE) && ck_record_get (b, f))
      ck_record_set (rec, f, ck_record_get (b, f));
  if (ck_record_get_date (b, CK_DATE_ISSUED))
    ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_copy (ck_record_get_date (b, CK_DATE_ISSUED)));
  for (guint k = 0; k < ck_record_get_n_names (b); k++)
    if (ck_record_get_name (b, k)->role == CK_ROLE_EDITOR)
      ck_record_add_name_unique (rec, ck_name_copy (ck_record_get_name (b, k)));
  for (guint a = 0; a < authors->len; a++)
    ck_record_add_name_unique (rec, ck_name_copy (g_ptr_array_index (authors, a)));
  /* "(…), 271-313": the chapter's pages after the book's imprint */
  for (j = j + 1; j < n && j < close + REF_MAX_TITLE_TOKENS + REF_MAX_PAREN_TOKENS && ck_tok (ctx, j)->start < book->end; j++)
    ;
  if (j + 3 < n && ck_tok_is_punct (ctx, j, ',') && ck_tok (ctx, j + 1)->kind == CK_TOK_NUMBER &&
      (ck_tok_is_punct (ctx, j + 2, '-') || ck_tok_is_punct (ctx, j + 2, 0x2013)) &&
      ck_tok (ctx, j + 3)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j + 1)->flags & CK_TOKF_YEAR))
    {
      ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, j + 1, j + 4));
      j += 4;
    }
  ck_mention_add (ctx, det, rec, ck_tok (ctx, ns)->start, ck_tok (ctx, close)->end, q + 1, 0);
  ck_claim (ctx, ns, close + 1);
  return close + 1;
}

/* Chicago journal articles the journal-article detector left: the comma
 * inside the quotes and an issue ("“Title,” Journal 9, no. 2 (March
 * 1940): 3-18").  Same entry starts as books. */
void
ck_detect_reference_article (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx), line_e = 0;
  for (guint i = 0; i + 4 < n; i++)
    {
      guint ne, q, le, end;
      gboolean start_ok, prose;
      g_autoptr(GPtrArray) names = NULL;
      if (!(ck_tok (ctx, i)->flags & CK_TOKF_CAP) || ck_is_claimed (ctx, i, i + 1))
        continue;
      start_ok = entry_start_ok (ctx, i);
      /* in running prose a note-style article may follow any word ("the
       * closest is Vell, “Title,” Journal XIX (1959)") and wrap over lines:
       * the quoted title, journal, volume and date are sign enough */
      prose = prose_at (ctx, i);
      if (!start_ok && !(prose && i > 0 && (ck_tok_lower_word (ctx, i - 1) || ck_tok_is_punct (ctx, i - 1, ','))))
        continue;
      /* the line's end, found once per line: i only grows */
      if (i >= line_e)
        line_e = line_end_tok (ctx, i);
      le = entry_limit (ctx, i, line_e);
      ne = ck_name_span_forward (ctx, i, le);
      /* "a salt history of Western Europe, A.D. 800–1400 (…)": in mid-sentence
       * a place that ends the run names no writer */
      if (ne > i && i > 0 && ck_tok_lower_word (ctx, i - 1) && ck_span_in_lex (ctx, i, ne, CK_LEX_PLACES))
        continue;
      /* "Dr Quell's Harbour Lectures, The Vision (…)" wrapped onto a line of
       * its own: a body's or a series' noun ends no person's name */
      if (ne > i && ck_ctx_institution_word (ctx->text + ck_tok (ctx, ne - 1)->start,
                                             ck_tok (ctx, ne - 1)->end - ck_tok (ctx, ne - 1)->start))
        continue;
      if (ne == i || ne > line_e || (ck_count_words (ctx, i, ne) < 2 && !(prose && lone_surname (ctx, i, ne))))
        continue;
      if (ck_tok_is (ctx, ne, "and") || ck_tok_is_punct (ctx, ne, '&'))
        {
          guint ne2 = ck_name_span_forward (ctx, ne + 1, le);
          if (ne2 > ne + 2 && ck_tok_is_punct (ctx, ne2, ','))
            ne = ne2;
        }
      if (!ck_tok_is_punct (ctx, ne, ','))
        continue;
      q = ne + 1;
      if (q >= le || ck_tok (ctx, q)->kind != CK_TOK_QUOTE_OPEN || ck_is_claimed (ctx, q, q + 1))
        continue;
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      ck_names_forward (ctx, i, ne, CK_ROLE_AUTHOR, names);
      if (names->len == 0)
        continue;
      end = journal_entry (ctx, det, names, i, q, le);
      if (end == q)
        end = chapter_entry (ctx, det, names, i, q, le);
      if (end > q)
        i = end - 1;
    }
}

/* Words that open a syllabus heading: "Week 3: Harbour Cities",
 * "Session 4 - Markets", "WEEK 5", "Week 2 (Jan. 29/31) - Suburbs". */
static const char * const heading_words[] = {
  "Week", "Session", "Lecture", "Seminar", "Class", "Topic", "Unit", "Module", "Meeting", "Day", "Tutorial",
  NULL,
};

/* "(Jan. 29/31)", "(Sept. 5)", "(1/22)": the class dates after a week's
 * number — months, weekdays, day numbers and their punctuation.  Returns
 * the ")" or 0. */
static guint
date_paren_end (const CkExtractCtx *ctx, guint open, guint e)
{
  for (guint k = open + 1; k < e && k < open + 10; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (ck_tok_is_punct (ctx, k, ')'))
        return k > open + 1 ? k : 0;
      if (t->flags & CK_TOKF_YEAR)
        return 0;
      if (t->kind == CK_TOK_NUMBER || ck_tok_in_lex (ctx, k, CK_LEX_MONTHS) || ck_is_weekday (ctx, k))
        continue;
      if (t->kind == CK_TOK_PUNCT && (t->ch == '/' || t->ch == '.' || t->ch == '-' || t->ch == 0x2013 || t->ch == ','))
        continue;
      return 0;
    }
  return 0;
}

/* A syllabus heading line ("Week 3: Harbour Cities") names a week, not a
 * work: claimed with no mention, so that no header or title detector
 * takes it as the title of the reading listed below it. */
void
ck_detect_syllabus_heading (CkExtractCtx *ctx, const CkDetector *det)
{
  (void) det;
  for (guint l = 0; l < ctx->t->lines->len; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      guint f = ln->tok_first, e = ln->tok_end;
      gboolean word = FALSE;
      if (e < f + 2 || ln->end - ln->start > 80 || ck_is_claimed (ctx, f, e) || !(ck_tok (ctx, f)->flags & CK_TOKF_CAP))
        continue;
      for (guint w = 0; heading_words[w] && !word; w++)
        word = ck_tok_is (ctx, f, heading_words[w]);
      /* "Week 3", "Week III": a number, not a year */
      if (!word || (ck_tok (ctx, f + 1)->flags & CK_TOKF_YEAR) ||
          !(ck_tok (ctx, f + 1)->kind == CK_TOK_NUMBER || (ck_tok (ctx, f + 1)->flags & CK_TOKF_UPPER)))
        continue;
      /* a heading holds no imprint and no quoted title */
      {
        gboolean other = FALSE;
        for (guint k = f + 2; k < e && !other; k++)
          {
            guint c = ck_tok_is_punct (ctx, k, '(') ? date_paren_end (ctx, k, e) : 0;
            if (c)
              {
                k = c;
                continue;
              }
            other = ck_tok_is_punct (ctx, k, '(') || (ck_tok (ctx, k)->flags & CK_TOKF_YEAR) ||
                    ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN;
          }
        if (other)
          continue;
      }
      ck_claim (ctx, f, e);
    }
}
