/* detect-article.c — a quoted article next to its periodical:
 *
 *   Surname in "Article Title?" (Periodical, March 1961)
 *   "Article Title" in The Periodical Name (May 3, 1984)
 *
 * One record: the quote is the title, the periodical its container, the
 * date in the parenthesis its date.  The parenthesis must hold a date (a
 * month or season with a year, or a year), so that "(Harbour Weekly)" alone or
 * "(see below)" does not count.  The author is a name just before "in" or
 * "by" in front of the quote, or else found like a pronoun's antecedent.
 */
#include "extract-private.h"
#include "scholar-shapes.h"
#include "detect-extra.h"
#include <stdlib.h>
#include <string.h>

#define ARTICLE_MAX_SOURCE 12   /* tokens of "Periodical, Month Day, Year" */

/* Double quotes (straight, curly, guillemets) close double quotes; a
 * single one inside them is an apostrophe ("Workers' Control"). */
static gboolean
is_double_quote (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB || c == 0xBB;
}

static guint
quote_close (const CkExtractCtx *ctx, guint open)
{
  guint n = ck_n_toks (ctx);
  gboolean dbl = is_double_quote (ck_tok (ctx, open)->ch);
  for (guint q = open + 1; q < n && q < open + 40; q++)
    {
      const CkToken *t = ck_tok (ctx, q);
      if (t->nl >= 2 || (t->kind == CK_TOK_QUOTE_OPEN && is_double_quote (t->ch) == dbl))
        return 0;
      if (t->kind == CK_TOK_QUOTE_CLOSE && is_double_quote (t->ch) == dbl)
        return q;
    }
  return 0;
}

/* "March", "March-April" */
static gboolean
month_word (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  const char *p = ctx->text + t->start, *e = ctx->text + t->end;
  while (p < e)
    {
      const char *q = memchr (p, '-', e - p);
      if (!q)
        q = e;
      if (!ck_lex_lookup (CK_LEX_MONTHS, p, q - p))
        return FALSE;
      p = q + 1;
    }
  return TRUE;
}

/* A date filling tokens [s,e): "March 1961", "May 3, 1984". */
static CkDate *
date_in (const CkExtractCtx *ctx, guint s, guint e)
{
  g_autofree char *txt = NULL;
  CkDate *d;
  gboolean year = FALSE;
  if (e <= s || e > s + 5)
    return NULL;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      year |= (t->flags & CK_TOKF_YEAR) != 0;
      /* only months, days, years and their separators: "929-934; 2010"
       * is pages and a year, "no. 49, 2015" a number and a year */
      if (t->flags & CK_TOKF_YEAR)
        continue;
      if (t->kind == CK_TOK_NUMBER && t->end - t->start <= 2)
        continue;
      if (t->kind == CK_TOK_PUNCT && (t->ch == ',' || t->ch == '-' || t->ch == '/' || t->ch == '.' || t->ch == 0x2013))
        continue;
      if (t->kind == CK_TOK_WORD && month_word (ctx, k))
        continue;
      return NULL;
    }
  if (!year)
    return NULL;
  txt = ck_span_dup (ctx, s, e);
  d = txt ? ck_date_parse (txt) : NULL;
  if (d && d->year == 0)
    g_clear_pointer (&d, ck_date_free);
  return d;
}

/* Words that mark a name as a periodical's rather than a book's:
 * "in The Hill Review (1990)" is an issue, "in Winter Roads (1972)" a
 * book.  General English periodical naming. */
static const char * const periodical_words[] = {
  "Review", "Journal", "Magazine", "Quarterly", "Weekly", "Monthly", "Daily", "Times", "Gazette", "Herald",
  "Bulletin", "Annals", "Proceedings", "Transactions", "Chronicle", "Tribune", "Post", "News", "Observer",
  "Guardian", "Spectator", "Statesman", "Atlantic", "Yorker", "Nation", "Letters", "Studies", "Record",
  "Telegraph", "Independent", "Mercury", "Courier", "Digest", "Register", "Inquirer", "Examiner", NULL,
};

gboolean
ck_names_periodical (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    {
      if (ck_tok (ctx, k)->kind != CK_TOK_WORD)
        continue;
      if (ck_tok_in_lex (ctx, k, CK_LEX_PERIODICALS) || ck_tok_in_lex (ctx, k, CK_LEX_PERIODICAL_CUES))
        return TRUE;
      for (guint w = 0; periodical_words[w]; w++)
        if (ck_tok_is (ctx, k, periodical_words[w]))
          return TRUE;
    }
  return FALSE;
}

/* What a source parenthesis holds: "(Periodical, March 1961)",
 * "(Journal 112, no. 49, 2015)", "(Journal 467, 929-934; 2010)",
 * "(Journal 12: 5-19, 1977)". */
typedef struct {
  guint name_s, name_e;     /* the periodical's name, or equal when none */
  guint date_s, date_e;     /* the date's tokens */
  char *volume, *issue, *pages;
  CkDate *date;
} Source;

static void
source_clear (Source *src)
{
  g_clear_pointer (&src->volume, g_free);
  g_clear_pointer (&src->issue, g_free);
  g_clear_pointer (&src->pages, g_free);
  g_clear_pointer (&src->date, ck_date_free);
}

static gboolean
is_dash (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_is_punct (ctx, i, '-') || ck_tok_is_punct (ctx, i, 0x2013);
}

/* One piece of [s,e) between commas: "no. 49", "vol. 3", "929-934",
 * "pp. 5-19".  FALSE when it is none of them. */
/* "pp76", "p163": a word that is the pages' label and the first page. */
static gboolean
run_in_pages (const CkExtractCtx *ctx, guint s)
{
  const CkToken *t = ck_tok (ctx, s);
  const char *w = ctx->text + t->start;
  gsize n = t->end - t->start, k = n > 2 && w[1] == 'p' ? 2 : 1;
  if (t->kind != CK_TOK_WORD || w[0] != 'p' || k >= n)
    return FALSE;
  for (gsize q = k; q < n; q++)
    if (!g_ascii_isdigit (w[q]))
      return FALSE;
  return TRUE;
}

static gboolean
source_piece (const CkExtractCtx *ctx, guint s, guint e, Source *src)
{
  char **slot = NULL;
  if (e <= s)
    return FALSE;
  /* "N.S.", "n.s.", "new series", "3rd ser.": the journal's series */
  if ((e == s + 4 && (ck_tok_is (ctx, s, "N") || ck_tok_is (ctx, s, "n")) && ck_tok_is_punct (ctx, s + 1, '.') &&
       (ck_tok_is (ctx, s + 2, "S") || ck_tok_is (ctx, s + 2, "s")) && ck_tok_is_punct (ctx, s + 3, '.')) ||
      (e == s + 2 && ck_tok_is (ctx, s, "new") && ck_tok_is (ctx, s + 1, "series")) ||
      /* "2nd ser.", "third series" */
      ck_series_label (ctx, s, e))
    return TRUE;
  if (ck_tok_is (ctx, s, "no") || ck_tok_is (ctx, s, "nos") || ck_tok_is (ctx, s, "issue"))
    slot = &src->issue;
  else if (ck_tok_is (ctx, s, "vol") || ck_tok_is (ctx, s, "volume") ||
           (ck_tok_is (ctx, s, "v") && ck_tok_is_punct (ctx, s + 1, '.')))   /* a library card's "v.24" */
    slot = &src->volume;
  else if (ck_tok_is (ctx, s, "pp") || ck_tok_is (ctx, s, "p") || ck_tok_is (ctx, s, "pages"))
    slot = &src->pages;
  else if (!src->pages && run_in_pages (ctx, s))
    {
      /* "pp76-136", "p163": the label run into the first page */
      const CkToken *t = ck_tok (ctx, s);
      gsize k = ctx->text[t->start + 1] == 'p' ? 2 : 1;
      g_autofree char *first = g_strndup (ctx->text + t->start + k, t->end - t->start - k);
      g_autofree char *rest = s + 1 < e ? ck_span_dup (ctx, s + 1, e) : NULL;
      src->pages = g_strconcat (first, rest, NULL);
      return TRUE;
    }
  if (slot)
    {
      s++;
      if (ck_tok_is_punct (ctx, s, '.'))
        s++;
    }
  else
    slot = &src->pages;
  /* "vol. xlv": a volume in roman numerals; "(Journal, LVII, 1957)":
   * unlabelled, of two letters or more */
  if (s + 1 == e && ck_roman_volume_tok (ctx, s) &&
      (slot == &src->volume || (slot == &src->pages && !src->volume && ck_tok (ctx, s)->end - ck_tok (ctx, s)->start >= 2)))
    {
      slot = &src->volume;
      if (*slot)
        return FALSE;
      *slot = ck_tok_dup (ctx, s);
      return TRUE;
    }
  /* "p. 237-257, 468-480": the pages of an article in two parts */
  if (slot == &src->pages && src->pages && s < e && ck_tok (ctx, s)->kind == CK_TOK_NUMBER &&
      e == s + 3 && is_dash (ctx, s + 1) && ck_tok (ctx, s + 2)->kind == CK_TOK_NUMBER &&
      !(ck_tok (ctx, s)->flags & CK_TOKF_YEAR))
    {
      g_autofree char *more = ck_span_dup (ctx, s, e);
      char *both = g_strdup_printf ("%s, %s", src->pages, more);
      g_free (src->pages);
      src->pages = both;
      return TRUE;
    }
  if (s >= e || *slot || ck_tok (ctx, s)->kind != CK_TOK_NUMBER)
    return FALSE;
  /* "(Journal, 1938, 4: 360-632)": the volume, a colon and its pages */
  if (slot == &src->pages && !src->volume && s + 2 < e && ck_tok_is_punct (ctx, s + 1, ':') &&
      !(ck_tok (ctx, s)->flags & CK_TOKF_YEAR) && ck_tok (ctx, s + 2)->kind == CK_TOK_NUMBER &&
      (e == s + 3 || (e == s + 5 && is_dash (ctx, s + 3) && ck_tok (ctx, s + 4)->kind == CK_TOK_NUMBER)))
    {
      src->volume = ck_tok_dup (ctx, s);
      src->pages = ck_span_dup (ctx, s + 2, e);
      return TRUE;
    }
  /* a number, or a range of numbers */
  if (e == s + 1 || (e == s + 3 && is_dash (ctx, s + 1) && ck_tok (ctx, s + 2)->kind == CK_TOK_NUMBER))
    {
      /* a lone number with no label is no page: "(Journal, 12, 1990)" */
      if (slot == &src->pages && e == s + 1 && !(s > 0 && (ck_tok_is (ctx, s - 1, "p") || ck_tok_is_punct (ctx, s - 1, '.') ||
                                                           ck_tok_is_punct (ctx, s - 1, ':'))))
        return FALSE;
      *slot = ck_span_dup (ctx, s, e);
      return TRUE;
    }
  return FALSE;
}

/* "(Pulitzer Prize, 1952)", "(Rede Lecture, 1959)": a name ending in an
 * award or an event dates an honour, not a container. */
static gboolean
award_or_event (const CkExtractCtx *ctx, guint last)
{
  static const char * const awards[] = { "prize", "award", "medal", "lecture", "lectures", NULL };
  const CkToken *t = ck_tok (ctx, last);
  const char *kind;
  if (ck_tok_in_words (ctx, last, awards))
    return TRUE;
  kind = t->kind == CK_TOK_WORD ? ck_lex_lookup (CK_LEX_NON_TITLES, ctx->text + t->start, t->end - t->start) : NULL;
  return kind && strcmp (kind, "event") == 0;
}

/* Parses the inside of a parenthesis [s,e) as a source.  With @named the
 * parenthesis starts with the periodical's name. */
static gboolean
source_parse (const CkExtractCtx *ctx, guint s, guint e, gboolean named, Source *src)
{
  guint j = s;
  memset (src, 0, sizeof *src);
  src->name_s = src->name_e = s;
  if (named)
    {
      /* inside the brackets a single line break is the text's wrapping
       * ("(Philosophical\nReview, vol. xlv, 1936)") */
      guint pe, it = ck_italic_tag_at (ctx, s, e, FALSE);
      /* a web page's "(<em>Journal</em>, 1946)" */
      if (it > s)
        {
          pe = ck_title_span_forward (ctx, it, e, TRUE);
          if (pe == it || ck_italic_tag_at (ctx, pe, e, TRUE) == pe)
            return FALSE;
          src->name_s = it;
          src->name_e = pe;
          j = ck_italic_tag_at (ctx, pe, e, TRUE);
          if (j < e && !ck_tok_is_punct (ctx, j, ','))
            goto fail;
          goto pieces;
        }
      pe = ck_title_span_forward (ctx, s, e, TRUE);
      /* a library's sentence case: "(Economic history review, 1948)" */
      if (pe > s && pe < e && ck_tok_lower_word (ctx, pe) && !(ck_tok (ctx, pe)->flags & CK_TOKF_FUNC))
        {
          guint q = pe;
          while (q < e && q < pe + 4 && ck_tok_lower_word (ctx, q))
            q++;
          if (q < e && ck_tok_is_punct (ctx, q, ',') && q + 1 < e &&
              ((ck_tok (ctx, q + 1)->flags & CK_TOKF_YEAR) || ck_tok_is (ctx, q + 1, "v") ||
               ck_tok_is (ctx, q + 1, "vol")))
            pe = q;
        }
      /* "Journal Name 41": the number is the volume */
      while (pe > s + 1 && ck_tok (ctx, pe - 1)->kind == CK_TOK_NUMBER)
        pe--;
      if (pe == s || award_or_event (ctx, pe - 1))
        return FALSE;
      src->name_e = j = pe;
      if (j < e && ck_tok (ctx, j)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j)->flags & CK_TOKF_YEAR))
        {
          src->volume = ck_tok_dup (ctx, j);
          j++;
          /* "2[2]", "25(2)": the issue bracketed after the volume */
          if (j + 2 < e && (ck_tok_is_punct (ctx, j, '[') || ck_tok_is_punct (ctx, j, '(')) &&
              ck_tok (ctx, j + 1)->kind == CK_TOK_NUMBER &&
              (ck_tok_is_punct (ctx, j + 2, ']') || ck_tok_is_punct (ctx, j + 2, ')')))
            {
              src->issue = ck_tok_dup (ctx, j + 1);
              j += 3;
            }
          /* "12: 5-19" */
          if (ck_tok_is_punct (ctx, j, ':'))
            {
              guint q = j + 1;
              while (q < e && !ck_tok_is_punct (ctx, q, ',') && !ck_tok_is_punct (ctx, q, ';'))
                q++;
              if (!source_piece (ctx, j + 1, q, src))
                goto fail;
              j = q;
            }
        }
      else if (j < e && ck_tok_is (ctx, j, "vol"))
        {
          /* "Journal vol. 3, no. 2, 1990" */
        }
      else if (!ck_tok_is_punct (ctx, j, ','))
        goto fail;
    }
pieces:
  while (j < e)
    {
      guint q;
      if (ck_tok_is_punct (ctx, j, ',') || ck_tok_is_punct (ctx, j, ';'))
        j++;
      if (j >= e)
        goto fail;
      /* the date runs to the end */
      if (!src->date && (src->date = date_in (ctx, j, e)))
        {
          src->date_s = j;
          src->date_e = e;
          return TRUE;
        }
      q = j;
      while (q < e && !ck_tok_is_punct (ctx, q, ',') && !ck_tok_is_punct (ctx, q, ';'))
        q++;
      /* "(Journal, no. 24, 1963, pp. 3-24)": the year between the
       * numbers and the pages */
      if (!src->date && q < e && (src->date = date_in (ctx, j, q)))
        {
          src->date_s = j;
          src->date_e = q;
          j = q;
          continue;
        }
      /* "X [1947]", "12 (1947)": a volume and its year in brackets */
      if (!src->date && !src->volume && q == j + 4 &&
          (ck_roman_volume_tok (ctx, j) || (ck_tok (ctx, j)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j)->flags & CK_TOKF_YEAR))) &&
          (ck_tok_is_punct (ctx, j + 1, '[') || ck_tok_is_punct (ctx, j + 1, '(')) &&
          (ck_tok_is_punct (ctx, j + 3, ']') || ck_tok_is_punct (ctx, j + 3, ')')) &&
          (src->date = date_in (ctx, j + 2, j + 3)) != NULL)
        {
          src->volume = ck_tok_dup (ctx, j);
          src->date_s = j + 2;
          src->date_e = j + 3;
          j = q;
          continue;
        }
      /* "no. 4 [Fall 1955]": a piece with its date in square brackets */
      if (!src->date && q > j + 3 && ck_tok_is_punct (ctx, q - 1, ']'))
        {
          guint b = q - 2;
          while (b > j && !ck_tok_is_punct (ctx, b, '['))
            b--;
          if (b > j && ck_tok_is_punct (ctx, b, '[') && (src->date = date_in (ctx, b + 1, q - 1)) != NULL)
            {
              src->date_s = b + 1;
              src->date_e = q - 1;
              if (!source_piece (ctx, j, b, src))
                goto fail;
              j = q;
              continue;
            }
        }
      if (!source_piece (ctx, j, q, src))
        goto fail;
      j = q;
    }
  /* the date read before the pages ends the source well */
  if (src->date)
    return TRUE;
fail:
  source_clear (src);
  return FALSE;
}

static guint
paren_end (const CkExtractCtx *ctx, guint open)
{
  guint n = ck_n_toks (ctx);
  for (guint c = open + 1; c < n && c < open + 24; c++)
    {
      /* "(Journal 25(2):1-24, 1990)": an issue in parentheses inside */
      if (ck_tok_is_punct (ctx, c, '(') && ck_tok (ctx, c - 1)->kind == CK_TOK_NUMBER && c + 2 < n &&
          ck_tok (ctx, c + 1)->kind == CK_TOK_NUMBER && ck_tok_is_punct (ctx, c + 2, ')'))
        {
          c += 2;
          continue;
        }
      if (ck_tok (ctx, c)->nl >= 2 || ck_tok_is_punct (ctx, c, '('))
        return 0;
      if (ck_tok_is_punct (ctx, c, ')'))
        return c;
    }
  return 0;
}

/* Whether [s,e) names a firm or a place rather than a periodical: a
 * known firm or place, a firm's word, or "Place: …". */
static gboolean
firm_or_place (const CkExtractCtx *ctx, guint s, guint e)
{
  if (e <= s || ck_names_periodical (ctx, s, e) || ck_span_in_lex (ctx, s, e, CK_LEX_PERIODICALS))
    return FALSE;
  if (ck_span_in_lex (ctx, s, e, CK_LEX_PUBLISHERS) || ck_span_in_lex (ctx, s, e, CK_LEX_PLACES))
    return TRUE;
  for (guint k = s; k < e; k++)
    if (ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS) || ck_tok_is_punct (ctx, k, ':'))
      return TRUE;
  return FALSE;
}

/* Fills @rec from a parsed source: an article in a journal (volume or
 * number) or a magazine (a date only), or a part of a book when the
 * container is no periodical and only a year dates it. */
static void
source_fill (const CkExtractCtx *ctx, CkRecord *rec, Source *src, guint cs, guint ce)
{
  gboolean journal = src->volume || src->issue || src->pages;
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, cs, ce));
  if (journal)
    ck_record_set_type (rec, CK_TYPE_ARTICLE_JOURNAL);
  else if (src->date->month == 0 && !ck_names_periodical (ctx, cs, ce))
    ck_record_set_type (rec, CK_TYPE_CHAPTER);
  else if (src->date->month == 0 && src->date_e == src->date_s + 1)
    {
      /* "(Journal of Salt Studies, 1964)": a year alone names no issue;
       * a learned journal's name says what it is */
      static const char * const learned[] = { "Journal", "Review", "Quarterly", "Studies", "Proceedings",
                                               "Transactions", "Bulletin", "Annals", "Annales", NULL };
      for (guint k = cs; k < ce; k++)
        if (ck_tok_in_words (ctx, k, learned))
          ck_record_set_type (rec, CK_TYPE_ARTICLE_JOURNAL);
    }
  else
    /* the issue as the text names it, as periodical-issue does */
    ck_record_take (rec, CK_FIELD_ISSUE, ck_span_dup (ctx, src->date_s, src->date_e));
  if (src->volume)
    ck_record_take (rec, CK_FIELD_VOLUME, g_steal_pointer (&src->volume));
  if (src->issue)
    ck_record_take (rec, CK_FIELD_ISSUE, g_steal_pointer (&src->issue));
  if (src->pages)
    ck_record_take (rec, CK_FIELD_PAGES, g_steal_pointer (&src->pages));
  ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&src->date));
}

/* Nouns for a short piece in a periodical. */
static const char * const piece_nouns[] = {
  "article", "essay", "piece", "column", "op-ed", "editorial", "review", "story", "poem", "report", "letter",
  "paper", NULL,
};

/* Words that make a periodical a newspaper. */
static const char * const newspaper_words[] = {
  "Times", "Post", "Tribune", "Herald", "Guardian", "Telegraph", "Observer", "Independent", "Gazette", "Daily",
  "Courier", "Inquirer", "Examiner", "Chronicle", "News", "Globe", "Mail", "Express", "Star", "Sun", NULL,
};

static gboolean
is_piece_noun (const CkExtractCtx *ctx, guint i)
{
  if (i >= ck_n_toks (ctx) || !(ck_tok (ctx, i)->flags & CK_TOKF_LOWER))
    return FALSE;
  return ck_tok_in_words (ctx, i, piece_nouns);
}

static CkType
periodical_type (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    for (guint w = 0; newspaper_words[w]; w++)
      if (ck_tok_is (ctx, k, newspaper_words[w]))
        return CK_TYPE_ARTICLE_NEWSPAPER;
  for (guint k = s; k < e; k++)
    if (ck_tok_is (ctx, k, "Journal") || ck_tok_is (ctx, k, "Quarterly") || ck_tok_is (ctx, k, "Annals") ||
        ck_tok_is (ctx, k, "Proceedings") || ck_tok_is (ctx, k, "Transactions"))
      return CK_TYPE_ARTICLE_JOURNAL;
  return CK_TYPE_ARTICLE_MAGAZINE;
}

CkType
ck_periodical_type (const CkExtractCtx *ctx, guint s, guint e)
{
  return periodical_type (ctx, s, e);
}

/* A quoted piece whose periodical is named before it:
 *   her 2009 Harbour Monthly article “Title?”
 *   in the Evening Lamp, in an essay titled “Title”
 * Returns TRUE when it made a mention of the quote at @open. */
static gboolean
cued_piece (CkExtractCtx *ctx, const CkDetector *det, guint open, guint close, guint te)
{
  guint floor = ck_sentence_start (ctx, open), k = open, cue, ps = 0, pe = 0, first, pron = G_MAXUINT, year = G_MAXUINT;
  CkRecord *rec;
  if (k > floor && ck_tok_is_punct (ctx, k - 1, ','))
    k--;
  /* "titled", "entitled", "called" */
  if (k > floor && (ck_tok_is (ctx, k - 1, "titled") || ck_tok_is (ctx, k - 1, "entitled") || ck_tok_is (ctx, k - 1, "called")))
    k--;
  /* without "titled", only a title-case quote: "his Times column, “We
   * are doomed.”" quotes the column */
  else if (ck_title_span_forward (ctx, open + 1, te, TRUE) != te || ck_tok_is_punct (ctx, close - 1, '.'))
    return FALSE;
  if (k <= floor || !is_piece_noun (ctx, k - 1))
    return FALSE;
  cue = k - 1;
  first = cue;
  if (cue > floor && (ck_tok (ctx, cue - 1)->flags & CK_TOKF_CAP) && ck_tok (ctx, cue - 1)->kind == CK_TOK_WORD)
    {
      /* "her 2009 Harbour Monthly article" */
      pe = cue;
      ps = ck_title_span_backward (ctx, pe, floor);
      if (ps >= pe || !ck_names_periodical (ctx, ps, pe))
        return FALSE;
      first = ps;
      if (ps > floor && (ck_tok (ctx, ps - 1)->flags & CK_TOKF_YEAR))
        year = first = ps - 1;
      if (first > floor && (ck_tok_is (ctx, first - 1, "his") || ck_tok_is (ctx, first - 1, "her")))
        pron = first = first - 1;
      else
        return FALSE;
    }
  else
    {
      /* "in the Evening Lamp, in an essay titled" */
      guint a = cue;
      if (a > floor && (ck_tok_is (ctx, a - 1, "an") || ck_tok_is (ctx, a - 1, "a")))
        a--;
      if (a < floor + 3 || !ck_tok_is (ctx, a - 1, "in") || !ck_tok_is_punct (ctx, a - 2, ','))
        return FALSE;
      pe = a - 2;
      ps = ck_title_span_backward (ctx, pe, floor);
      if (ps >= pe || !ck_names_periodical (ctx, ps, pe))
        return FALSE;
      first = ps;
      if (first > floor && ck_tok_is (ctx, first - 1, "the"))
        first--;
      if (first > floor && ck_tok_is (ctx, first - 1, "in"))
        first--;
      /* the writer is the sentence's subject, a pronoun or a name */
      for (guint b = first; b > floor && b + 6 > first; b--)
        if (ck_tok_is (ctx, b - 1, "he") || ck_tok_is (ctx, b - 1, "she") || ck_tok_is (ctx, b - 1, "He") ||
            ck_tok_is (ctx, b - 1, "She"))
          {
            pron = b - 1;
            break;
          }
    }
  if (ck_is_claimed (ctx, first, close + 1))
    return FALSE;
  rec = ck_record_new (periodical_type (ctx, ps, pe));
  {
    g_autofree char *title = ck_span_dup (ctx, open + 1, te);
    ck_assemble_title (rec, g_steal_pointer (&title));
  }
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, ps, pe));
  if (year != G_MAXUINT)
    ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year)->start), 0, 0));
  ck_mention_add (ctx, det, rec, ck_tok (ctx, first)->start, ck_tok (ctx, close)->end,
                  pron != G_MAXUINT ? pron : open, pron != G_MAXUINT ? CK_MENTION_PRONOUN : 0);
  ck_claim (ctx, first, close + 1);
  return TRUE;
}

/* The first year token in [s,e) before a sentence ends, or 0. */
static guint
year_within (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    {
      if (ck_tok (ctx, k)->flags & CK_TOKF_YEAR)
        return k;
      if (ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, ';') || ck_tok_is_punct (ctx, k, '(') ||
          ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN || ck_tok (ctx, k)->nl >= 2)
        return 0;
    }
  return 0;
}

static guint named_paren_source (const CkExtractCtx *ctx, guint s, guint n, Source *src);

/* "nlr i/31, March–April 1966", "NLR 47, Sept–Oct 2007", "HQ 12, July/
 * August 1990": a journal's short name (capitals, or letters in lower
 * case as its web pages set it), the issue (a series in roman numerals
 * and a slash before it), then the issue's months and year.  Fills @src
 * and returns the last token, or 0. */
static guint
short_name_issue_source (const CkExtractCtx *ctx, guint s, guint n, Source *src)
{
  const CkToken *t = ck_tok (ctx, s);
  guint k = s + 1, num, de;
  gsize len = t->end - t->start;
  memset (src, 0, sizeof *src);
  if (t->kind != CK_TOK_WORD || len < 2 || len > 5 || !((t->flags & CK_TOKF_UPPER) || ck_tok_lower_word (ctx, s)) ||
      ck_tok_in_lex (ctx, s, CK_LEX_FUNCTION_WORDS))
    return 0;
  for (gsize q = 0; q < len; q++)
    if (!g_ascii_isalpha (ctx->text[t->start + q]))
      return 0;
  /* "i/31": the series and the issue, glued */
  if (k + 2 < n && ck_roman_volume_tok (ctx, k) && ck_tok_is_punct (ctx, k + 1, '/') &&
      ck_tok (ctx, k + 2)->kind == CK_TOK_NUMBER && ck_tok (ctx, k + 1)->start == ck_tok (ctx, k)->end &&
      ck_tok (ctx, k + 2)->start == ck_tok (ctx, k + 1)->end)
    k += 2;
  num = k;
  if (num >= n || ck_tok (ctx, num)->kind != CK_TOK_NUMBER || (ck_tok (ctx, num)->flags & CK_TOKF_YEAR) ||
      !ck_tok_is_punct (ctx, num + 1, ','))
    return 0;
  de = year_within (ctx, num + 2, MIN (n, num + 8));
  if (!de || !(src->date = date_in (ctx, num + 2, de + 1)) || (src->date->month == 0 && src->date->season == 0))
    {
      source_clear (src);
      return 0;
    }
  src->issue = ck_tok_dup (ctx, num);
  src->name_s = s;
  src->name_e = s + 1;
  src->date_s = num + 2;
  src->date_e = de + 1;
  return de;
}

/* "published in The Periodical in July 1945", "appeared in P, May
 * 1950" at @k: fills @src (name and date) and returns TRUE. */
static gboolean
published_in (const CkExtractCtx *ctx, guint k, guint n, Source *src)
{
  guint ps, pe, y;
  memset (src, 0, sizeof *src);
  /* "was published in", "was first printed in" */
  if ((ck_tok_is (ctx, k, "was") || ck_tok_is (ctx, k, "were")) && ck_tok_lower_word (ctx, k))
    k++;
  if (ck_tok_is (ctx, k, "first"))
    k++;
  if (ck_tok_is (ctx, k, "published") || ck_tok_is (ctx, k, "appeared") || ck_tok_is (ctx, k, "printed"))
    k++;
  if (!ck_tok_is (ctx, k, "in") || k + 1 >= n)
    return FALSE;
  ps = k + 1;
  /* "in the New Review in April 1938": the article in lower case is
   * the sentence's */
  gboolean the = FALSE;
  if (ck_tok_is (ctx, ps, "the") && ck_tok_lower_word (ctx, ps) && ps + 1 < n && ck_tok_cap_word (ctx, ps + 1))
    {
      ps++;
      the = TRUE;
    }
  /* "in Harbour Studies 44, no. 166 (2020): 291-310" */
  {
    guint last = named_paren_source (ctx, ps, n, src);
    if (last)
      {
        src->date_e = MAX (src->date_e, last + 1);
        return TRUE;
      }
  }
  pe = ck_title_span_forward (ctx, ps, MIN (n, ps + 10), FALSE);
  /* the span runs on over "in July": the date is no part of the name */
  for (guint j = ps + 1; j + 1 < pe; j++)
    if (ck_tok_is (ctx, j, "in") && (month_word (ctx, j + 1) || (ck_tok (ctx, j + 1)->flags & CK_TOKF_YEAR)))
      {
        pe = j;
        break;
      }
  if (pe == ps)
    return FALSE;
  /* "in Periodical, 17 (Fall 1976), 485-509": volume and dated issue say
   * periodical whatever its name */
  if (ck_tok_is_punct (ctx, pe, ',') && pe + 3 < n && ck_tok (ctx, pe + 1)->kind == CK_TOK_NUMBER &&
      !(ck_tok (ctx, pe + 1)->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, pe + 2, '('))
    {
      guint close = paren_end (ctx, pe + 2);
      if (!close || !(src->date = date_in (ctx, pe + 3, close)))
        return FALSE;
      src->volume = ck_tok_dup (ctx, pe + 1);
      src->name_s = ps;
      src->name_e = pe;
      src->date_s = pe + 3;
      src->date_e = close + 1;
      if (ck_tok_is_punct (ctx, close + 1, ',') && close + 2 < n && ck_tok (ctx, close + 2)->kind == CK_TOK_NUMBER &&
          !(ck_tok (ctx, close + 2)->flags & CK_TOKF_YEAR))
        {
          guint pg = close + 3;
          if (is_dash (ctx, pg) && pg + 1 < n && ck_tok (ctx, pg + 1)->kind == CK_TOK_NUMBER)
            pg += 2;
          src->pages = ck_span_dup (ctx, close + 2, pg);
          src->date_e = pg;
        }
      return TRUE;
    }
  /* "published in the New Harbour in April 1938": after "the", a name
   * dated by "in" is a periodical's unless it is a place's or a firm's */
  if (!(ck_names_periodical (ctx, ps, pe) ||
        (the && ck_tok_is (ctx, pe, "in") && !ck_span_in_lex (ctx, ps, pe, CK_LEX_PLACES) &&
         !ck_tok_in_lex (ctx, ps, CK_LEX_PLACES) && !ck_firm_name_span (ctx, ps, pe))) ||
      !(ck_tok_is (ctx, pe, "in") || ck_tok_is_punct (ctx, pe, ',')) ||
      !(y = year_within (ctx, pe + 1, MIN (n, pe + 1 + ARTICLE_MAX_SOURCE))))
    return FALSE;
  if (!(src->date = date_in (ctx, pe + 1, y + 1)))
    return FALSE;
  src->name_s = ps;
  src->name_e = pe;
  src->date_s = pe + 1;
  src->date_e = y + 1;
  return TRUE;
}

/* "Periodical, no. 10 (1956)", "Periodical, vol. 3, no. 2 (Spring
 * 1990), pp. 5-19" at @s: a name that reads as a periodical's (or one
 * the lexicon knows), numbers after commas, the date in brackets, pages
 * perhaps after it.  Fills @src and returns the last token, or 0. */
static guint
named_paren_source (const CkExtractCtx *ctx, guint s, guint n, Source *src)
{
  guint pe = ck_title_span_forward (ctx, s, MIN (n, s + 10), FALSE), j, open, close, ne = pe, abbr;
  gboolean known, bare;
  memset (src, 0, sizeof *src);
  /* "Econ. Hist. Rev., 2nd ser., xii (1959)": a journal's name in
   * abbreviations, each with its stop */
  if ((abbr = ck_abbreviated_journal_end (ctx, s, MIN (n, s + 16))) > s && ck_tok_is_punct (ctx, abbr, ','))
    {
      pe = ne = abbr;
      known = TRUE;
      bare = FALSE;
      goto numbers;
    }
  /* "Journal 44, no. 1": the number is the volume */
  while (ne > s + 1 && ck_tok (ctx, ne - 1)->kind == CK_TOK_NUMBER)
    ne--;
  known = ne > s && (ck_names_periodical (ctx, s, ne) || ck_span_in_lex (ctx, s, ne, CK_LEX_PERIODICALS));
  /* "Historia 8 (1959) 145-164": a volume, its year and pages make any
   * name a journal's (the pages are checked below) */
  bare = ne == pe - 1 && ck_tok_is_punct (ctx, pe, '(');
  if (ne == s || !(ck_tok_is_punct (ctx, pe, ',') || bare) || ne < pe - 1 || (!known && !bare))
    return 0;
  if (ne < pe && (ck_tok (ctx, ne)->flags & CK_TOKF_YEAR))
    return 0;
numbers:
  /* the labelled numbers up to the bracket */
  for (j = pe; j < n && j < pe + ARTICLE_MAX_SOURCE && !ck_tok_is_punct (ctx, j, '('); j++)
    ;
  if (j >= n || !ck_tok_is_punct (ctx, j, '(') || (j == pe + 1 && !bare))
    return 0;   /* nothing allocated yet */
  open = j;
  for (guint a = pe + 1; a < open;)
    {
      guint b = a;
      while (b < open && !ck_tok_is_punct (ctx, b, ','))
        b++;
      /* "English Historical Review, XXXV. (1920)": a volume in roman
       * numerals, its stop before the bracket */
      if (!src->volume && ck_roman_volume_tok (ctx, a) && ck_tok (ctx, a)->end - ck_tok (ctx, a)->start >= 2 &&
          (b == a + 1 || (b == a + 2 && ck_tok_is_punct (ctx, a + 1, '.'))))
        {
          src->volume = ck_tok_dup (ctx, a);
          a = b + 1;
          continue;
        }
      /* "2nd ser.", "new series": the journal's series, no number of the issue */
      if (ck_series_label (ctx, a, b))
        {
          a = b + 1;
          continue;
        }
      /* only labelled pieces: "no. 10", "vol. 3" */
      if (!(ck_tok_is (ctx, a, "no") || ck_tok_is (ctx, a, "vol") || ck_tok_is (ctx, a, "volume") ||
            ck_tok_is (ctx, a, "issue")) ||
          !source_piece (ctx, a, b, src))
        {
          source_clear (src);
          return 0;
        }
      a = b + 1;
    }
  if (ne < pe && !src->volume)
    src->volume = ck_tok_dup (ctx, ne);
  if (!src->volume && !src->issue)
    return 0;
  pe = ne;
  close = paren_end (ctx, open);
  if (!close || !(src->date = date_in (ctx, open + 1, close)))
    {
      source_clear (src);
      return 0;
    }
  src->name_s = s;
  src->name_e = pe;
  src->date_s = open + 1;
  src->date_e = close;
  /* ", 45-67", ": 45-67" or ", pp. 45-67" after the bracket, or bare */
  if (ck_tok_is_punct (ctx, close + 1, ',') || ck_tok_is_punct (ctx, close + 1, ':') || bare)
    {
      guint a = bare && !ck_tok_is_punct (ctx, close + 1, ',') && !ck_tok_is_punct (ctx, close + 1, ':') ? close + 1 : close + 2, b;
      if (ck_tok_is (ctx, a, "pp") || ck_tok_is (ctx, a, "p"))
        a += ck_tok_is_punct (ctx, a + 1, '.') ? 2 : 1;
      b = a;
      if (b < n && ck_tok (ctx, b)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, b)->flags & CK_TOKF_YEAR))
        {
          b++;
          if (b + 1 < n && is_dash (ctx, b) && ck_tok (ctx, b + 1)->kind == CK_TOK_NUMBER)
            b += 2;
          if (b > a + 1 || a > close + 2)
            {
              src->pages = ck_span_dup (ctx, a, b);
              return b - 1;
            }
        }
    }
  if (!known)
    {
      source_clear (src);
      return 0;
    }
  return close;
}

/* The authors named just before token @end ("Ada Lind and Tom Orr in
 * “T”"), added to @rec; with @by they must follow "by" ("a letter by A
 * and B, “T,”").  Returns the first name's token, or G_MAXUINT. */
static guint
names_before_into (const CkExtractCtx *ctx, guint end, guint floor, gboolean by, CkRecord *rec)
{
  guint ns = ck_name_span_backward (ctx, end, floor);
  if (ns < end && ck_count_words (ctx, ns, end) >= 2)
    ns = ck_name_pair_start (ctx, ns, floor);
  if (ns >= end || (by && !(ns > floor && ck_count_words (ctx, ns, end) >= 2 && ck_tok_is (ctx, ns - 1, "by"))))
    return G_MAXUINT;
  return ck_add_names_span (ctx, rec, ns, end, CK_ROLE_AUTHOR) ? ns : G_MAXUINT;
}

void
ck_detect_quoted_article (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 4 < n; i++)
    {
      guint q, te, ps, pe, open, close, first, who = G_MAXUINT, pron = G_MAXUINT;
      gboolean book_part = FALSE;
      Source src;
      CkRecord *rec;
      if (ck_tok (ctx, i)->kind != CK_TOK_QUOTE_OPEN || ck_is_claimed (ctx, i, i + 1))
        continue;
      q = quote_close (ctx, i);
      if (!q || q < i + 2 || !(ck_tok (ctx, i + 1)->flags & CK_TOKF_CAP))
        continue;
      te = q;
      if (ck_tok_is_punct (ctx, te - 1, ',') || ck_tok_is_punct (ctx, te - 1, '.'))
        te--;
      if (ck_count_words (ctx, i + 1, te) < 2)
        {
          /* one word, cited with its journal's issue: "‘Harbours’, nlr 61, …" */
          Source probe;
          gboolean cited = te == q && ck_tok_is_punct (ctx, q + 1, ',') && q + 2 < n &&
                           short_name_issue_source (ctx, q + 2, n, &probe) != 0;
          if (cited)
            source_clear (&probe);
          else
            continue;
        }
      open = q + 1;
      if (ck_tok_is_punct (ctx, open, ','))
        open++;
      if (ck_tok_is_punct (ctx, open, '('))
        {
          /* "Title" (Periodical, Month Year), "Title" (Journal 12, no. 3, 1990) */
          close = paren_end (ctx, open);
          if (!close || !source_parse (ctx, open + 1, close, TRUE, &src))
            continue;
          ps = src.name_s;
          pe = src.name_e;
          /* "Title" (Harwell Press, 1987), "(Cambridge: Linden House,
           * 2003)": a firm or a place and a year are the book's imprint */
          if (!src.volume && !src.issue && !src.pages && firm_or_place (ctx, ps, pe))
            {
              source_clear (&src);
              continue;
            }
        }
      else if (ck_tok_is (ctx, open, "in") && open + 1 < n)
        {
          /* "Title" in The Periodical (Month Day, Year) */
          /* "in: Zeitschrift für Salz 12 (1931)": the German notes' colon */
          ps = open + 1 + (open + 2 < n && ck_tok_is_punct (ctx, open + 1, ':'));
          pe = ck_title_span_forward (ctx, ps, MIN (n, ps + 12), FALSE);
          memset (&src, 0, sizeof src);
          if (pe == ps)
            continue;
          if (ck_tok_is_punct (ctx, pe, '('))
            {
              /* "in Salt Culture 9 (Autumn 1977)": the number before the
               * bracket is the volume */
              guint vol = pe > ps + 1 && ck_tok (ctx, pe - 1)->kind == CK_TOK_NUMBER &&
                              !(ck_tok (ctx, pe - 1)->flags & CK_TOKF_YEAR) ? pe - 1 : 0;
              close = paren_end (ctx, pe);
              if (!close || !source_parse (ctx, pe + 1, close, FALSE, &src))
                continue;
              if (vol && !src.volume)
                {
                  src.volume = ck_tok_dup (ctx, vol);
                  pe = vol;
                }
            }
          /* "Title" in The Periodical, Spring 1962, pp. 4-19: an issue's
           * month or season after a comma (a place and a date are a
           * lecture's: "in London, May 1962") */
          else if (ck_tok_is_punct (ctx, pe, ',') && !ck_span_in_lex (ctx, ps, pe, CK_LEX_PLACES) &&
                   (close = year_within (ctx, pe + 1, MIN (n, pe + 1 + ARTICLE_MAX_SOURCE))) != 0 &&
                   close <= pe + 4 && source_parse (ctx, pe + 1, close + 1, FALSE, &src) && src.date &&
                   (src.date->month > 0 || src.date->season > 0))
            ;
          else
            {
              source_clear (&src);
              continue;
            }
          book_part = TRUE;
        }
      else if (((te < q && ck_tok_is_punct (ctx, te, ',')) || (te == q && ck_tok_is_punct (ctx, q + 1, ','))) &&
               (ck_tok (ctx, open)->flags & CK_TOKF_CAP) &&
               (close = year_within (ctx, open, MIN (n, open + ARTICLE_MAX_SOURCE))) != 0 &&
               source_parse (ctx, open, close + 1, TRUE, &src))
        {
          /* "Title," Periodical, May 2003 — no parenthesis, so the name
           * must read as a periodical's, or the date be an issue's (a
           * month: "“Title”, Natural Harbour, August 1980"), the name
           * no place or firm */
          ps = src.name_s;
          pe = src.name_e;
          if (!ck_names_periodical (ctx, ps, pe) &&
              !(src.date && src.date->month > 0 && !firm_or_place (ctx, ps, pe) &&
                !ck_span_in_lex (ctx, ps, pe, CK_LEX_PLACES)))
            {
              source_clear (&src);
              continue;
            }
        }
      else if (te == q && ck_tok_is_punct (ctx, q + 1, ',') && (ck_tok (ctx, open)->flags & CK_TOKF_CAP) &&
               (close = named_paren_source (ctx, open, n, &src)) != 0)
        {
          /* "‘Title’, Periodical, no. 10 (1956)": the date in brackets
           * after the numbers, the comma after the quote (a note's
           * “Title,” Journal 9, no. 2 (…) is the reference detectors') */
          ps = src.name_s;
          pe = src.name_e;
        }
      else if (te == q && ck_tok_is_punct (ctx, q + 1, ',') && (close = short_name_issue_source (ctx, open, n, &src)) != 0)
        {
          ps = src.name_s;
          pe = src.name_e;
        }
      else if (published_in (ctx, open, n, &src))
        {
          /* "Title," published in The Periodical in July 1945 */
          ps = src.name_s;
          pe = src.name_e;
          close = src.date_e - 1;
        }
      else
        {
          if (cued_piece (ctx, det, i, q, te))
            i = q;
          continue;
        }
      if (ck_is_claimed (ctx, i, close + 1) || !ck_title_plausible (ctx, ps, pe))
        {
          source_clear (&src);
          continue;
        }
      rec = ck_record_new (CK_TYPE_ARTICLE_MAGAZINE);
      {
        g_autofree char *title = ck_span_dup (ctx, i + 1, te);
        ck_assemble_title (rec, g_steal_pointer (&title));
      }
      source_fill (ctx, rec, &src, ps, pe);
      /* "“Poem”, in Collection (1972)": the book is a work of its own */
      if (book_part && ck_record_get_type (rec) == CK_TYPE_CHAPTER)
        {
          CkRecord *book = ck_record_new (CK_TYPE_BOOK);
          ck_record_set (book, CK_FIELD_TITLE, ck_record_get (rec, CK_FIELD_CONTAINER_TITLE));
          ck_record_take_date (book, CK_DATE_ISSUED, ck_date_copy (ck_record_get_date (rec, CK_DATE_ISSUED)));
          ck_record_take_date (rec, CK_DATE_ISSUED, NULL);
          ck_mention_add (ctx, det, book, ck_tok (ctx, ps)->start, ck_tok (ctx, close)->end, ps, CK_MENTION_PRONOUN);
        }
      first = i;
      /* "Surname in", "by Given Family in" */
      if (i >= 2 && (ck_tok_is (ctx, i - 1, "in") || ck_tok_is (ctx, i - 1, "by")))
        {
          /* "Ada Lind and Tom Orr, in “T”": the comma of the apposition */
          guint end = i - 1;
          if (end >= 2 && ck_tok_is (ctx, end, "in") && ck_tok_is_punct (ctx, end - 1, ','))
            end--;
          guint ns = names_before_into (ctx, end, ck_sentence_start (ctx, i), FALSE, rec);
          if (ns != G_MAXUINT)
            who = first = ns;
        }
      else if (i >= 3 && ck_tok_is_punct (ctx, i - 1, ','))
        {
          /* "a letter by Ada Lind and Tom Orr, “T,”" */
          guint ns = names_before_into (ctx, i - 1, ck_sentence_start (ctx, i), TRUE, rec);
          if (ns != G_MAXUINT)
            who = first = ns;
          else
            pron = ck_coauthor_before (ctx, i - 1, rec);
        }
      if (pron != G_MAXUINT)
        ck_mention_add (ctx, det, rec, ck_tok (ctx, first)->start, ck_tok (ctx, close)->end, pron,
                        CK_MENTION_PRONOUN | CK_MENTION_COAUTHOR);
      else
        ck_mention_add (ctx, det, rec, ck_tok (ctx, first)->start, ck_tok (ctx, close)->end, i,
                        who == G_MAXUINT ? CK_MENTION_PRONOUN : 0);
      ck_claim (ctx, first, close + 1);
      source_clear (&src);
      i = close;
    }
}

/* "his paper with Given Family, “Title”": the co-author is named, the
 * pronoun names the other.  Adds the co-author to @rec and returns the
 * token of "with", or G_MAXUINT. */
guint
ck_coauthor_before (const CkExtractCtx *ctx, guint comma, CkRecord *rec)
{
  guint floor = ck_sentence_start (ctx, comma), ns;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  ns = ck_name_span_backward (ctx, comma, floor);
  if (ns >= comma || ns < floor + 2 || ck_count_words (ctx, ns, comma) < 2 || !ck_tok_is (ctx, ns - 1, "with"))
    return G_MAXUINT;
  /* "his paper with", "her 1990 essay with" */
  for (guint b = ns - 1; b > floor && b + 5 > ns; b--)
    if (ck_tok_is (ctx, b - 1, "his") || ck_tok_is (ctx, b - 1, "her"))
      {
        ck_names_forward (ctx, ns, comma, CK_ROLE_AUTHOR, names);
        for (guint k = 0; k < names->len; k++)
          ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, k)));
        return b - 1;
      }
  return G_MAXUINT;
}

gboolean
ck_part_cue_before (const CkExtractCtx *ctx, guint open)
{
  /* plurals only: "a life story" is no story in the book */
  static const char * const nouns[] = { "poems", "stories", "tales", "essays", "lyrics", "sonnets", "elegies", NULL };
  guint floor = ck_sentence_start (ctx, open);
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, open));
  /* the quote's sentence and the two before it */
  for (guint b = 0; b < 2 && floor > pp->tok_first; b++)
    floor = ck_sentence_start (ctx, floor - 1);
  floor = MAX (floor, pp->tok_first);
  for (guint k = open; k > floor;)
    {
      k--;
      if (!(ck_tok (ctx, k)->flags & CK_TOKF_LOWER))
        continue;
      for (guint w = 0; nouns[w]; w++)
        if (ck_tok_is (ctx, k, nouns[w]))
          return TRUE;
    }
  return FALSE;
}

/* "Foreign Name (English Gloss)" where the gloss names a kind of
 * periodical ("Weekly", "Annals", "Review"): the foreign name is a
 * periodical's.  "Teatro Luce (Light Theatre)" is not. */
void
ck_detect_glossed_periodical (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 2 < n; i++)
    {
      guint c, ge, ts, floor;
      gboolean cue = FALSE, shared = FALSE;
      CkRecord *rec;
      if (!ck_tok_is_punct (ctx, i, '(') || ck_is_claimed (ctx, i, i + 1))
        continue;
      ge = ck_title_span_forward (ctx, i + 1, MIN (n, i + 12), FALSE);
      if (ge == i + 1 || !ck_tok_is_punct (ctx, ge, ')'))
        continue;
      c = ge;
      /* "Weekly", "Annals", "Review" in the gloss */
      cue = ck_names_periodical (ctx, i + 1, ge);
      if (!cue)
        continue;
      floor = ck_sentence_start (ctx, i);
      ts = ck_title_span_backward (ctx, i, floor);
      /* "Annales historiques de la Vallée": a foreign name in sentence
       * case, about as long as its gloss */
      {
        guint gw = ck_count_words (ctx, i + 1, ge), fs = i;
        for (guint k = i; k > floor && k + gw + 2 > i; k--)
          {
            const CkToken *t = ck_tok (ctx, k - 1);
            if (t->kind != CK_TOK_WORD || ck_tok (ctx, k)->nl >= 2 ||
                ck_tok_is (ctx, k - 1, "the") || ck_tok_is (ctx, k - 1, "a") || ck_tok_is (ctx, k - 1, "an"))
              break;
            if (t->flags & CK_TOKF_CAP)
              fs = k - 1;
          }
        if (fs < ts && ck_count_words (ctx, fs, i) >= 3)
          ts = fs;
      }
      if (ts >= i || ck_is_claimed (ctx, ts, i) || !ck_title_plausible (ctx, ts, i) ||
          (ts == floor && ck_count_words (ctx, ts, i) < 2))
        continue;
      /* a gloss translates: it shares no word with the name, or a few
       * proper names of a long one ("Annales … Révolution" and "Annals …
       * Revolution") */
      {
        guint n_shared = 0;
        for (guint a = ts; a < i; a++)
          for (guint b = i + 1; b < ge; b++)
            if (ck_tok (ctx, a)->kind == CK_TOK_WORD && !(ck_tok (ctx, a)->flags & CK_TOKF_FUNC))
              {
                g_autofree char *wa = ck_tok_dup (ctx, a);
                if (ck_tok_is (ctx, b, wa))
                  n_shared++;
              }
        shared = n_shared > (ck_count_words (ctx, ts, i) >= 4 ? ck_count_words (ctx, ts, i) / 3 : 0u);
      }
      if (shared || (ts > 0 && ck_tok_is (ctx, ts - 1, "by")))
        continue;
      rec = ck_record_new (CK_TYPE_PERIODICAL);
      ck_record_take (rec, CK_FIELD_TITLE, ck_span_dup (ctx, ts, i));
      ck_record_take (rec, CK_FIELD_TRANSLATED_TITLE, ck_span_dup (ctx, i + 1, ge));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, c)->end, ts, 0);
      ck_claim (ctx, ts, c + 1);
      i = c;
    }
}
