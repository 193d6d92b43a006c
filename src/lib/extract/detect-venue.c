/* detect-venue.c — more forms of the line that says where the review
 * itself appeared (the _self record), one line of its own:
 *
 *   Source: Journal Name, Vol. IV No. 2, May 1936, pp. 40–44.
 *   Reviewed in JOURNAL, March 2011, Vol. 12 No. 9
 *   Published on Site-Name (June, 1999)
 *   Journal Name, Vol. 8, No. 3 (Winter 2012)
 *   Journal 402, 71-73 (9 May 2013)              (volume, pages, date)
 *   The Paper, Tuesday 4 March 1997              (a dateline)
 *   THE MAGAZINE, 2 AUGUST 1941, Page 88         (an archive footer)
 *   214        THE MAGAZINE        [April        (a running page foot)
 *
 * The line is cut into the periodical's name and comma-separated elements,
 * each of which must be a volume, an issue, pages or part of the date;
 * anything else and the line is not a venue line.  A volume is never an
 * issue: "Vol." names the one, "No." the other, and a bare number before
 * pages is a volume.  Runs before the older venue-line detector, which
 * keeps the forms it knows ("ABBR 73, March-April 1998").
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "venue-masthead.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

static const char * const weekdays[] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  /* "Sat, Oct 4, 2014, 01:00" ("Sun" is left out: a paper's name too) */
  "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", NULL,
};

/* Running heads of a periodical's sections, never its name. */
static const char * const section_heads[] = {
  "Review", "Reviews", "Books", "Notices", "Fiction", "Poetry", "Contents", "Index", "Letters", "Correspondence",
  "Editorial", "Obituary", "Obituaries", "Criticism", "Arts", "Culture", NULL,
};

/* The other words of a section's running head ("BOOK REVIEWS", "NEW
 * BOOKS", "Reviews of Books"); not "The", which opens many a periodical's
 * name ("The New Review"). */
static const char * const section_words[] = {
  "Book", "New", "Recent", "Other", "of", "and", NULL,
};

/* A name that is only a section's: section heads and their words, one
 * head at least ("BOOK REVIEWS"). */
static gboolean
section_name (const CkExtractCtx *ctx, guint ns, guint ne)
{
  gboolean head = FALSE;
  for (guint k = ns; k < ne; k++)
    {
      if (ck_tok_in_words (ctx, k, section_heads))
        head = TRUE;
      else if (!ck_tok_in_words (ctx, k, section_words) && !ck_tok_is_punct (ctx, k, '&'))
        return FALSE;
    }
  return head;
}

/* Words that close a text with a date but name no periodical:
 * "Postscript, June 2008", "Revised, May 1990". */
static const char * const closing_words[] = {
  "Postscript", "Addendum", "Afterword", "Note", "Notes", "Update", "Draft", "Version", "Edition", "Copyright",
  "Sources", "Acknowledgements", "Acknowledgments", NULL,
};

/* One capitalised word that may be a periodical's name on a line of its
 * own at the top or foot of the text with a month ("Commentary, June
 * 2008"): not a place, a forename, a month, a closing word or a
 * participle ("Revised"). */
static gboolean
lone_name (const CkExtractCtx *ctx, guint ns, guint ne)
{
  const CkToken *t = ck_tok (ctx, ns);
  gsize n = t->end - t->start;
  if (ne != ns + 1 || t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP) || n < 3)
    return FALSE;
  if (g_ascii_strncasecmp (ctx->text + t->end - 2, "ed", 2) == 0)
    return FALSE;
  return !ck_tok_in_lex (ctx, ns, CK_LEX_PLACES) && !ck_tok_in_lex (ctx, ns, CK_LEX_GIVEN_NAMES) &&
         !ck_tok_in_lex (ctx, ns, CK_LEX_MONTHS) && !ck_tok_in_lex (ctx, ns, CK_LEX_PUBLISHERS) &&
         !ck_tok_in_words (ctx, ns, closing_words) && !ck_tok_in_words (ctx, ns, section_heads);
}

/* Words that open a venue line, and whether the line is then surely one. */
#define PREFIX_MAX 6
static const char * const prefixes[][PREFIX_MAX] = {
  { "Source", ":", NULL },
  { "Reviewed", "in", NULL },
  { "Published", "on", NULL },
  { "Published", "in", NULL },
  { "Originally", "published", "in", NULL },
  { "First", "published", "in", NULL },
  { "Appeared", "in", NULL },
  { "From", NULL },
  { "This", "review", "appeared", "in", NULL },
  { "This", "review", "first", "appeared", "in", NULL },
  { "This", "review", "was", "published", "in", NULL },
  { "This", "review", "was", "first", "published", "in" },
  { "This", "article", "appeared", "in", NULL },
  { "This", "article", "first", "appeared", "in", NULL },
  { "This", "essay", "appeared", "in", NULL },
  { "This", "essay", "first", "appeared", "in", NULL },
  { "Reprinted", "from", NULL },
  { "Reprinted", "by", "permission", "from", NULL },
  { "Excerpted", "from", NULL },
  { "Reproduced", "from", NULL },
  { "In", ":", NULL },
};

static gboolean
is_weekday (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_in_words (ctx, i, weekdays);
}

gboolean
ck_is_weekday (const CkExtractCtx *ctx, guint i)
{
  return is_weekday (ctx, i);
}

static gboolean
is_month (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  return t->kind == CK_TOK_WORD && ck_lex_lookup (CK_LEX_MONTHS, ctx->text + t->start, t->end - t->start) != NULL;
}

static gboolean
is_season (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_is (ctx, i, "Spring") || ck_tok_is (ctx, i, "Summer") || ck_tok_is (ctx, i, "Autumn") ||
         ck_tok_is (ctx, i, "Fall") || ck_tok_is (ctx, i, "Winter");
}

gboolean
ck_venue_season (const CkExtractCtx *ctx, guint i)
{
  return is_season (ctx, i);
}

/* A word of roman numerals drawn from @digits ("IVXLC", or "ivxlc" for a
 * volume in lower case as some journals print it, "xxx:4"). */
static gboolean
roman_in (const CkExtractCtx *ctx, guint i, const char *digits)
{
  const CkToken *t = ck_tok (ctx, i);
  if (t->kind != CK_TOK_WORD || t->end - t->start > 7)
    return FALSE;
  for (guint32 p = t->start; p < t->end; p++)
    if (!strchr (digits, ctx->text[p]))
      return FALSE;
  return TRUE;
}

static gboolean
is_roman (const CkExtractCtx *ctx, guint i)
{
  return roman_in (ctx, i, "IVXLC");
}

gboolean
ck_venue_roman (const CkExtractCtx *ctx, guint i)
{
  return is_roman (ctx, i);
}

/* lower case only before a glued ":" and issue number (the caller checks) */
static gboolean
is_roman_lower (const CkExtractCtx *ctx, guint i)
{
  return roman_in (ctx, i, "ivxlc");
}

static gboolean
is_dash (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_is_punct (ctx, i, '-') || ck_tok_is_punct (ctx, i, 0x2013);
}

/* Tokens @a and @b touch: no space between them ("64:5"). */
static gboolean
glued (const CkExtractCtx *ctx, guint a, guint b)
{
  return ck_tok (ctx, a)->end == ck_tok (ctx, b)->start;
}

/* A column gap before token @i on its line: two spaces or more, or a
 * tab.  Mastheads set the paper's name, the date and the page in
 * columns ("THE DAILY LAMP        Sunday, May 4, 1958        Page 6"),
 * and the gap then separates them as a comma would. */
static gboolean
wide_gap (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_column_gap (ctx, i);
}

/* A dash with space on both sides: "THE DAILY LAMP — 4 May 1997"
 * (a hyphen inside "71-73" or "Part 3-Page 7" is none). */
static gboolean
spaced_dash (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  if (!(ck_tok_is_punct (ctx, i, '-') || ck_tok_is_punct (ctx, i, 0x2013) || ck_tok_is_punct (ctx, i, 0x2014)) ||
      i == 0 || i + 1 >= ck_n_toks (ctx) || ck_tok (ctx, i + 1)->nl)
    return FALSE;
  /* "Number 3 -- September, 1957": a typewriter's dash of two hyphens */
  if (ck_tok_is_punct (ctx, i, '-') && ck_tok_is_punct (ctx, i + 1, '-') && t->end == ck_tok (ctx, i + 1)->start &&
      i + 2 < ck_n_toks (ctx) && !ck_tok (ctx, i + 2)->nl)
    return ck_tok (ctx, i - 1)->end < t->start && ck_tok (ctx, i + 1)->end < ck_tok (ctx, i + 2)->start;
  if (ck_tok_is_punct (ctx, i, '-') && ck_tok_is_punct (ctx, i - 1, '-') && ck_tok (ctx, i - 1)->end == t->start)
    return i >= 2 && ck_tok (ctx, i - 2)->end < ck_tok (ctx, i - 1)->start && t->end < ck_tok (ctx, i + 1)->start;
  return ck_tok (ctx, i - 1)->end < t->start && t->end < ck_tok (ctx, i + 1)->start;
}

static gboolean is_day (const CkExtractCtx *ctx, guint i);

/* An em dash glued between a running head's name and its date: "THE
 * DAILY LAMP—OCTOBER 11, 1960" (OCR keeps the type's tight dash).  Only
 * before a weekday, a month or a day, so "1914—1918" or a dash in a
 * title is none. */
static gboolean
dash_before_date (const CkExtractCtx *ctx, guint i, guint e)
{
  return ck_tok_is_punct (ctx, i, 0x2014) && i + 1 < e &&
         (is_month (ctx, i + 1) || is_weekday (ctx, i + 1) || (is_day (ctx, i + 1) && i + 2 < e && is_month (ctx, i + 2)) ||
          /* "…, APRIL 16, 1939—PAGE 7": the page after the year */
          (i > 0 && (ck_tok (ctx, i - 1)->flags & CK_TOKF_YEAR) && ck_tok_is (ctx, i + 1, "Page")));
}

/* A separator of a running head's parts at @i: a bar, a bullet or a
 * spaced dash. */
static gboolean
head_separator (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_is_punct (ctx, i, '|') || ck_tok_is_punct (ctx, i, 0xB7) || ck_tok_is_punct (ctx, i, 0x2022) ||
         spaced_dash (ctx, i);
}

/* A day of the month: "4", "21", or with its ordinal suffix "1st", "22nd". */
static gboolean
is_day (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  guint32 n = t->end - t->start, d = 0;
  if (t->kind != CK_TOK_NUMBER || (t->flags & CK_TOKF_YEAR))
    return FALSE;
  while (d < n && g_ascii_isdigit (ctx->text[t->start + d]))
    d++;
  if (d == 0 || d > 2)
    return FALSE;
  if (d == n)
    return TRUE;
  return n - d == 2 && (g_ascii_strncasecmp (ctx->text + t->start + d, "st", 2) == 0 ||
                        g_ascii_strncasecmp (ctx->text + t->start + d, "nd", 2) == 0 ||
                        g_ascii_strncasecmp (ctx->text + t->start + d, "rd", 2) == 0 ||
                        g_ascii_strncasecmp (ctx->text + t->start + d, "th", 2) == 0);
}

typedef struct {
  char   *volume, *issue, *pages;
  GString *date;      /* date words, in order */
  gboolean day_month; /* the date names a day or a month */
  gboolean labelled;  /* "Issue: May 3rd, 1988" */
  gboolean page_mark; /* the pages are a range or follow "page": no book's extent */
  guint    sig;       /* the reviewer's name closing the line after a column gap, or 0 */
  char    *number;    /* "Review no. 212": the piece's own number in a series of reviews */
} Venue;

static void
venue_clear (Venue *v)
{
  g_clear_pointer (&v->volume, g_free);
  g_clear_pointer (&v->issue, g_free);
  g_clear_pointer (&v->pages, g_free);
  g_clear_pointer (&v->number, g_free);
  if (v->date)
    g_string_free (g_steal_pointer (&v->date), TRUE);
}
/* every early "continue" of the line loop frees what it had gathered
 * (a page number before a name that proved no venue leaked: fuzzing) */
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Venue, venue_clear)

static void
date_word (const CkExtractCtx *ctx, Venue *v, guint i)
{
  g_autofree char *w = ck_tok_dup (ctx, i);
  if (!v->date)
    v->date = g_string_new (NULL);
  if (v->date->len)
    g_string_append_c (v->date, ' ');
  /* "JULY" → "July": the date parser reads capitalised month names */
  if (g_utf8_strlen (w, -1) > 1 && ck_tok (ctx, i)->kind == CK_TOK_WORD)
    {
      g_autofree char *low = g_utf8_strdown (w + 1, -1);
      g_string_append_c (v->date, w[0]);
      g_string_append (v->date, low);
    }
  else
    g_string_append (v->date, w);
}

/* Page numbers at @j: "40–44", "71-73", "88"; returns the end. */
static guint
pages_at (const CkExtractCtx *ctx, guint j, guint e, char **out)
{
  guint k = j;
  if (k >= e || ck_tok (ctx, k)->kind != CK_TOK_NUMBER)
    return j;
  k++;
  while (k + 1 < e && (ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, 0x2013)) &&
         ck_tok (ctx, k + 1)->kind == CK_TOK_NUMBER)
    k += 2;
  g_free (*out);
  *out = ck_span_dup (ctx, j, k);
  return k;
}

/* Whether the name [ns,ne) is a person's ("Ann Reed", "ANN C. REED":
 * a known forename first, the rest names) or an institution's, ending in
 * its noun ("Wadham College"; "College English" is a journal's). */
static gboolean
person_or_institution (const CkExtractCtx *ctx, guint ns, guint ne)
{
  const CkToken *t = ck_tok (ctx, ne - 1);
  const char *kind = t->kind == CK_TOK_WORD ? ck_lex_lookup (CK_LEX_NON_TITLES, ctx->text + t->start, t->end - t->start)
                                           : NULL;
  if (kind && strcmp (kind, "institution") == 0)
    return TRUE;
  return ne > ns + 1 && ck_tok_in_lex (ctx, ns, CK_LEX_GIVEN_NAMES) && ck_names_cover (ctx, ns, ne) >= ne;
}

/* "M7", "B12": a newspaper's page with its section's letter first (a
 * letter after the number, "5C", is a NUMBER token and read as pages). */
static gboolean
section_page (const CkExtractCtx *ctx, guint j)
{
  const CkToken *t = ck_tok (ctx, j);
  guint32 n = t->end - t->start;
  if (t->kind != CK_TOK_WORD || n < 2 || n > 4 || !g_ascii_isupper (ctx->text[t->start]))
    return FALSE;
  for (guint32 p = t->start + 1; p < t->end; p++)
    if (!g_ascii_isdigit (ctx->text[p]))
      return FALSE;
  return TRUE;
}

/* "PORTLAND," at @j, the first element after a paper's name: a town the
 * places lexicon knows, one to three words before a comma.  Returns the
 * comma, or @j. */
static guint
town_element (const CkExtractCtx *ctx, guint j, guint e)
{
  guint c = j + 1;
  const CkToken *t = ck_tok (ctx, j);
  if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP) || is_month (ctx, j) || is_season (ctx, j) ||
      is_weekday (ctx, j))
    return j;
  while (c < e && c < j + 3 && !ck_tok_is_punct (ctx, c, ','))
    c++;
  if (c >= e || !ck_tok_is_punct (ctx, c, ','))
    return j;
  if (ck_span_in_lex (ctx, j, c, CK_LEX_PLACES))
    return c;
  /* "THE DAILY LAMP, Port Marrow, November 11, 1973": a town no lexicon
   * knows will do when the date follows at once, as datelines set it;
   * capitalised words only, and no firm ("…, Gannet Press, May 2, 1951"
   * is an imprint) or person */
  if (c + 1 >= e || !(is_weekday (ctx, c + 1) || is_month (ctx, c + 1) ||
                      (is_day (ctx, c + 1) && c + 2 < e && is_month (ctx, c + 2))))
    return j;
  for (guint k = j; k < c; k++)
    if (!ck_tok_cap_word (ctx, k))
      return j;
  if (ck_span_in_lex (ctx, j, c, CK_LEX_PUBLISHERS) || ck_tok_in_lex (ctx, c - 1, CK_LEX_PUBLISHER_WORDS) ||
      ck_tok_in_lex (ctx, j, CK_LEX_GIVEN_NAMES) || ck_tok_in_lex (ctx, c - 1, CK_LEX_PERIODICALS))
    return j;
  return c;
}

/* "(1998)", "(Autumn 1982)", "(May 1936)" at @open: a year after at most
 * a month or season, read into @v's date.  Returns the token after ")",
 * or @open. */
static guint
paren_date (const CkExtractCtx *ctx, Venue *v, guint open, guint e)
{
  guint k = open + 1;
  if (k < e && (is_month (ctx, k) || is_season (ctx, k)))
    k++;
  if (k + 1 >= e || !(ck_tok (ctx, k)->flags & CK_TOKF_YEAR) || !ck_tok_is_punct (ctx, k + 1, ')'))
    return open;
  for (guint q = open + 1; q <= k; q++)
    {
      v->day_month |= is_month (ctx, q);
      date_word (ctx, v, q);
    }
  return k + 2;
}

/* "Part 3", "Section B", "sec. 7" at @j: returns the token after the
 * section's number or letter, or @j. */
static guint
section_label (const CkExtractCtx *ctx, guint j, guint e)
{
  guint k = j + 1;
  const CkToken *t;
  if (ck_tok_is (ctx, j, "sec") && ck_tok_is_punct (ctx, j + 1, '.'))
    k = j + 2;
  else if (!(ck_tok_is (ctx, j, "Part") || ck_tok_is (ctx, j, "Section")))
    return j;
  if (k >= e)
    return j;
  t = ck_tok (ctx, k);
  if ((t->kind == CK_TOK_NUMBER && !(t->flags & CK_TOKF_YEAR)) || (t->end - t->start == 1 && (t->flags & CK_TOKF_CAP)))
    return k + 1;
  return j;
}

/* "(N.S.)", "N.S.", "n.s." at @j: the mark of a journal's new series.
 * Returns the token after it, or @j. */
static guint
new_series_mark (const CkExtractCtx *ctx, guint j, guint e)
{
  guint k = j;
  gboolean paren = ck_tok_is_punct (ctx, k, '(');
  if (paren)
    k++;
  if (!(k + 3 < e + 1 && ck_tok_is (ctx, k, "N") && ck_tok_is_punct (ctx, k + 1, '.') && ck_tok_is (ctx, k + 2, "S")))
    return j;
  k += 3;
  if (ck_tok_is_punct (ctx, k, '.'))
    k++;
  if (paren)
    {
      if (!ck_tok_is_punct (ctx, k, ')'))
        return j;
      k++;
    }
  return k <= e ? k : j;
}

/* "ISSN 0015-1386", "electronic ISSN 1533-863X", "ISSN: 0015-1386" at
 * @j: returns the token after the number, or @j. */
static guint
issn_at (const CkExtractCtx *ctx, guint j, guint e)
{
  static const char * const media[] = { "electronic", "print", "online", "e", NULL };
  guint k = j;
  if (ck_tok_in_words (ctx, k, media))
    k++;
  if (!ck_tok_is (ctx, k, "ISSN"))
    return j;
  k++;
  if (ck_tok_is_punct (ctx, k, ':'))
    k++;
  if (k + 2 >= e + 1 || ck_tok (ctx, k)->kind != CK_TOK_NUMBER || !is_dash (ctx, k + 1) ||
      ck_tok (ctx, k + 2)->kind != CK_TOK_NUMBER)
    return j;
  return k + 3;
}

/* "66.2" at @j: a volume and its issue joined by a full stop, the
 * classicists' way; the issue of one or two digits. */
static gboolean
dotted_volume (const CkExtractCtx *ctx, guint j)
{
  const CkToken *t = ck_tok (ctx, j);
  const char *w = ctx->text + t->start, *dot;
  gsize n = t->end - t->start;
  if (t->kind != CK_TOK_NUMBER || !(dot = memchr (w, '.', n)) || dot == w || dot - w > 3 ||
      n - (dot - w) - 1 == 0 || n - (dot - w) - 1 > 2)
    return FALSE;
  for (const char *q = w; q < w + n; q++)
    if (q != dot && !g_ascii_isdigit (*q))
      return FALSE;
  return TRUE;
}

static CkRecord *self_sentence_venue (const CkExtractCtx *ctx, guint j, guint e);

/* Reads the elements in [j,e) into @v; FALSE on anything that is not a
 * volume, issue, pages or date. */
static gboolean
venue_elements (const CkExtractCtx *ctx, Venue *v, guint j, guint e)
{
  gboolean first = TRUE;
  while (j < e)
    {
      const CkToken *t = ck_tok (ctx, j);
      guint k;
      if ((t->kind == CK_TOK_PUNCT && (t->ch == ',' || t->ch == 0xB7 || t->ch == 0x2022 || t->ch == '|' ||
                                       t->ch == ';' || t->ch == '.' || t->ch == '[' || t->ch == ']' || t->ch == ':')) ||
          spaced_dash (ctx, j) || dash_before_date (ctx, j, e) ||
          /* "THE NATION / May 18, 1974": a spaced slash */
          (first && ck_tok_is_punct (ctx, j, '/') && j > 0 && !glued (ctx, j - 1, j) && j + 1 < e && !glued (ctx, j, j + 1)) ||
          /* "No. 173.—VOL. XLIV.": a dash between the number and the volume */
          ((is_dash (ctx, j) || ck_tok_is_punct (ctx, j, 0x2014)) && j + 1 < e &&
           (ck_tok_is (ctx, j + 1, "Vol") || ck_tok_is (ctx, j + 1, "Volume"))))
        {
          j++;
          continue;
        }
      /* "P. H. ROWE" after a column gap at the end: the reviewer's
       * signature set on the venue line ("Journal, 16 March 1949    P. H.
       * ROWE"), not an element */
      if (!first && wide_gap (ctx, j) && ck_count_words (ctx, j, e) <= 6 && ck_names_cover (ctx, j, e) >= e)
        {
          v->sig = j;
          return TRUE;
        }
      /* "THE MAGAZINE    June, 1958    12": the page number alone
       * closing a masthead after a column gap */
      /* "THE DAILY LAMP | April 16, 1939 | 7": or after a separator, once
       * the date is read */
      /* "…, March 16, 1985      M7": a section's letter before the
       * page, alone after the gap */
      if (j + 1 == e && !first && v->date && wide_gap (ctx, j) && section_page (ctx, j))
        {
          g_free (v->pages);
          v->pages = ck_tok_dup (ctx, j);
          v->page_mark = TRUE;
          return TRUE;
        }
      if (j + 1 == e && t->kind == CK_TOK_NUMBER && !(t->flags & CK_TOKF_YEAR) &&
          (wide_gap (ctx, j) || (v->date && !first && head_separator (ctx, j - 1)) ||
           /* "…, APRIL 16, 1939 8": the gap lost by the OCR, after a
            * full date */
           (v->date && v->day_month && (ck_tok (ctx, j - 1)->flags & CK_TOKF_YEAR) &&
            ck_tok (ctx, j)->end - ck_tok (ctx, j)->start <= 4)) &&
          (k = pages_at (ctx, j, e, &v->pages)) == e)
        {
          v->page_mark = TRUE;
          return TRUE;
        }
      /* "Journal 12(3):45-49. Copyright © 2004, Holder.": the year of
       * the copyright dates the piece; the holder's name is no element */
      if (!first && (ck_tok_is (ctx, j, "Copyright") || ck_tok_is_punct (ctx, j, 0xA9)))
        {
          k = j + 1;
          if (ck_tok_is_punct (ctx, k, 0xA9))
            k++;
          /* "… 418–420 © The Classical Association": a holder and no
           * year closes a line that has cited the issue already */
          if (k < e && !(ck_tok (ctx, k)->flags & CK_TOKF_YEAR) && (v->volume || v->issue || v->pages) && v->date)
            return TRUE;
          if (k >= e || !(ck_tok (ctx, k)->flags & CK_TOKF_YEAR) || v->date)
            return FALSE;
          date_word (ctx, v, k);
          return TRUE;
        }
      /* "…, pp. 91-93, ISSN 0015-1386, electronic ISSN 1533-863X": the
       * serial's numbers, no field of the review's record */
      if (!first && (k = issn_at (ctx, j, e)) > j)
        {
          j = k;
          continue;
        }
      /* "Journal 537, 36 (1 May 2016) doi:10.1038/537036a": the
       * identifier closes the line */
      if (!first && (v->volume || v->pages) && ck_tok_is (ctx, j, "doi") && ck_tok_is_punct (ctx, j + 1, ':'))
        return TRUE;
      /* "12(3):45-49": volume, issue in brackets, pages, all glued */
      if (first && j + 5 < e && t->kind == CK_TOK_NUMBER && !(t->flags & CK_TOKF_YEAR) &&
          ck_tok_is_punct (ctx, j + 1, '(') && ck_tok (ctx, j + 2)->kind == CK_TOK_NUMBER &&
          ck_tok_is_punct (ctx, j + 3, ')') && ck_tok_is_punct (ctx, j + 4, ':') && glued (ctx, j, j + 1) &&
          glued (ctx, j + 3, j + 4) && (k = pages_at (ctx, j + 5, e, &v->pages)) > j + 5)
        {
          v->volume = ck_tok_dup (ctx, j);
          v->issue = ck_tok_dup (ctx, j + 2);
          v->page_mark = TRUE;
          j = k;
          first = FALSE;
          continue;
        }
      /* "Review no. 212": the number of the piece in a site's series of
       * reviews, set after a separator */
      if (ck_tok_is (ctx, j, "Review") && ck_tok_is (ctx, j + 1, "no") && j + 2 < e)
        {
          k = j + 2;
          if (ck_tok_is_punct (ctx, k, '.'))
            k++;
          if (k >= e || ck_tok (ctx, k)->kind != CK_TOK_NUMBER || (ck_tok (ctx, k)->flags & CK_TOKF_YEAR) || v->number)
            return FALSE;
          v->number = ck_tok_dup (ctx, k);
          j = k + 1;
          continue;
        }
      /* "International Socialism 2 : 73": the series, then the issue,
       * a spaced colon between (the series is no field of the record) */
      if (first && j + 2 < e && t->kind == CK_TOK_NUMBER && t->end - t->start == 1 && ck_tok_is_punct (ctx, j + 1, ':') &&
          !glued (ctx, j, j + 1) && !glued (ctx, j + 1, j + 2) && ck_tok (ctx, j + 2)->kind == CK_TOK_NUMBER &&
          !(ck_tok (ctx, j + 2)->flags & CK_TOKF_YEAR))
        {
          g_free (v->issue);
          v->issue = ck_tok_dup (ctx, j + 2);
          j += 3;
          first = FALSE;
          continue;
        }
      /* "xxx:4", "64:5": volume and issue glued by a colon */
      if (j + 2 < e && glued (ctx, j, j + 1) && glued (ctx, j + 1, j + 2) && ck_tok_is_punct (ctx, j + 1, ':') &&
          ((t->kind == CK_TOK_NUMBER && !(t->flags & CK_TOKF_YEAR)) || is_roman (ctx, j) || is_roman_lower (ctx, j)) &&
          ck_tok (ctx, j + 2)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j + 2)->flags & CK_TOKF_YEAR) &&
          !is_dash (ctx, j + 3))
        {
          g_free (v->volume);
          g_free (v->issue);
          v->volume = ck_tok_dup (ctx, j);
          v->issue = ck_tok_dup (ctx, j + 2);
          j += 3;
        }
      /* "12/3 (1998)": volume and issue joined by a slash, a date in
       * brackets after them (else "12/3" may be a day and a month) */
      else if (j + 3 < e && t->kind == CK_TOK_NUMBER && !(t->flags & CK_TOKF_YEAR) && glued (ctx, j, j + 1) &&
               glued (ctx, j + 1, j + 2) && ck_tok_is_punct (ctx, j + 1, '/') &&
               ck_tok (ctx, j + 2)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j + 2)->flags & CK_TOKF_YEAR) &&
               ck_tok_is_punct (ctx, j + 3, '(') && (k = paren_date (ctx, v, j + 3, e)) > j + 3)
        {
          g_free (v->volume);
          g_free (v->issue);
          v->volume = ck_tok_dup (ctx, j);
          v->issue = ck_tok_dup (ctx, j + 2);
          j = k;
        }
      /* "Journal, 12 (Spring 1998), 45-67": a bare range of pages after
       * the first element */
      else if (!first && t->kind == CK_TOK_NUMBER &&
               (!(t->flags & CK_TOKF_YEAR) || (ck_tok_is_punct (ctx, j - 1, ':') && v->date)) && j + 2 < e && is_dash (ctx, j + 1) &&
               ck_tok (ctx, j + 2)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j + 2)->flags & CK_TOKF_YEAR) &&
               !(j + 3 < e && is_month (ctx, j + 3)))
        {
          j = pages_at (ctx, j, e, &v->pages);
          v->page_mark = TRUE;
        }
      else if (first && (k = town_element (ctx, j, e)) > j)
        j = k;   /* "THE DAILY LAMP, PORTLAND, MAY 27, 1945": the paper's town */
      else if (ck_tok_is (ctx, j, "Vol") || ck_tok_is (ctx, j, "Volume"))
        {
          j++;
          if (ck_tok_is_punct (ctx, j, '.'))
            j++;
          if (j >= e || !((ck_tok (ctx, j)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j)->flags & CK_TOKF_YEAR)) ||
                          is_roman (ctx, j) || is_roman_lower (ctx, j)))
            return FALSE;
          g_free (v->volume);
          v->volume = ck_tok_dup (ctx, j++);
        }
      /* "THE MAGAZINE • CXLVII • MARCH 2005": a volume in roman numerals
       * standing alone between separators */
      else if (!v->volume && is_roman (ctx, j) && t->end - t->start >= 2 && j > 0 &&
               (head_separator (ctx, j - 1) || ck_tok_is_punct (ctx, j - 1, ',')) &&
               (j + 1 == e || head_separator (ctx, j + 1) || ck_tok_is_punct (ctx, j + 1, ',')))
        v->volume = ck_tok_dup (ctx, j++);
      /* "Journal (2016) 66.2 418–420": volume and issue after the year */
      else if (!first && !v->volume && !v->issue && v->date && dotted_volume (ctx, j))
        {
          const char *dot = memchr (ctx->text + t->start, '.', t->end - t->start);
          v->volume = g_strndup (ctx->text + t->start, dot - (ctx->text + t->start));
          v->issue = g_strndup (dot + 1, ctx->text + t->end - dot - 1);
          j++;
        }
      else if (ck_tok_is (ctx, j, "Issue") && ck_tok_is_punct (ctx, j + 1, ':') && j + 2 < e &&
               (is_month (ctx, j + 2) || is_season (ctx, j + 2) || (ck_tok (ctx, j + 2)->flags & CK_TOKF_YEAR) ||
                (is_day (ctx, j + 2) && j + 3 < e && is_month (ctx, j + 3))))
        {
          /* "Issue: May 3rd, 1988": a label before the issue's date */
          v->labelled = TRUE;
          j += 2;
        }
      /* "…, NS, Vol. 68", "… (N.S.) 29": the journal's new series */
      else if (ck_tok_is (ctx, j, "NS") && (ck_tok (ctx, j)->flags & CK_TOKF_UPPER))
        j++;
      else if ((k = new_series_mark (ctx, j, e)) > j)
        {
          /* the volume may follow as the name's first element */
          j = k;
          continue;
        }
      /* "Vol. 68, Pt 2": the part of a volume is its issue */
      else if (v->volume && !v->issue && (ck_tok_is (ctx, j, "Pt") || ck_tok_is (ctx, j, "Part")) && j + 1 < e &&
               ck_tok (ctx, j + (ck_tok_is_punct (ctx, j + 1, '.') ? 2 : 1))->kind == CK_TOK_NUMBER)
        {
          j += ck_tok_is_punct (ctx, j + 1, '.') ? 2 : 1;
          v->issue = ck_tok_dup (ctx, j++);
        }
      else if ((k = section_label (ctx, j, e)) > j)
        {
          /* "Part 3-Page 7", "Section B, Page 3", "sec. 7": a newspaper's
           * section, no field of the record, but no reason to doubt the
           * line */
          j = k;
          if (j + 1 < e && (ck_tok_is_punct (ctx, j, '-') || ck_tok_is_punct (ctx, j, 0x2013)) &&
              (ck_tok_is (ctx, j + 1, "Page") || ck_tok_is (ctx, j + 1, "p") || ck_tok_is (ctx, j + 1, "pp")))
            j++;
        }
      else if (ck_tok_is (ctx, j, "No") || ck_tok_is (ctx, j, "Nos") || ck_tok_is (ctx, j, "Issue") ||
               ck_tok_is (ctx, j, "Number") || ck_tok_is_punct (ctx, j, '#'))
        {
          j++;
          if (ck_tok_is_punct (ctx, j, '.'))
            j++;
          if (j >= e || ck_tok (ctx, j)->kind != CK_TOK_NUMBER)
            return FALSE;
          g_free (v->issue);
          /* "Nos. 186–218": the numbers an issue gathers */
          if (j + 2 < e && is_dash (ctx, j + 1) && glued (ctx, j, j + 1) && glued (ctx, j + 1, j + 2) &&
              ck_tok (ctx, j + 2)->kind == CK_TOK_NUMBER)
            {
              v->issue = ck_span_dup (ctx, j, j + 3);
              j += 3;
            }
          else
            v->issue = ck_tok_dup (ctx, j++);
        }
      else if (ck_tok_is (ctx, j, "pp") || ck_tok_is (ctx, j, "p") || ck_tok_is (ctx, j, "Page") ||
               ck_tok_is (ctx, j, "Pages"))
        {
          /* "page 172" or a range is where the piece stands; "pp. 320"
           * may be a book's extent */
          gboolean one = ck_tok_is (ctx, j, "p") || ck_tok_is (ctx, j, "Page");
          j++;
          if (ck_tok_is_punct (ctx, j, '.'))
            j++;
          k = pages_at (ctx, j, e, &v->pages);
          if (k == j)
            return FALSE;
          v->page_mark |= one || k > j + 1;
          j = k;
        }
      else if (ck_tok_is_punct (ctx, j, '('))
        {
          /* "(June, 1999)", "(Winter 2012)", "(9 May 2013)": the date */
          guint c = j + 1;
          while (c < e && !ck_tok_is_punct (ctx, c, ')'))
            c++;
          if (c >= e || c == j + 1)
            return FALSE;
          /* "The Daily Lamp (London), 4 May 1997": the paper's town */
          if (first && ck_span_in_lex (ctx, j + 1, c, CK_LEX_PLACES))
            {
              j = c + 1;
              continue;
            }
          /* "Vol.VII No.5 (Whole No.54)": the running number of the
           * issue since the first, no field of the record */
          if (!first && ck_tok_is (ctx, j + 1, "Whole"))
            {
              j = c + 1;
              continue;
            }
          /* "…, pp. 12-14 (Review)": the aggregators' mark of the
           * piece's kind closing the citation line */
          if (!first && c == j + 2 && ck_tok_is (ctx, j + 1, "Review"))
            {
              j = c + 1;
              continue;
            }
          for (guint q = j + 1; q < c; q++)
            if (ck_tok_is_punct (ctx, q, ',') ||
                /* "(Nov., 1980)": the full stop of an abbreviated month */
                (ck_tok_is_punct (ctx, q, '.') && q > j + 1 && is_month (ctx, q - 1) && glued (ctx, q - 1, q)))
              continue;
            /* "(May/Jun 2012)": a bimonthly's issue is dated by its first month */
            else if ((ck_tok_is_punct (ctx, q, '/') || is_dash (ctx, q)) && q > j + 1 && q + 1 < c &&
                     (is_month (ctx, q - 1) || is_season (ctx, q - 1)) && (is_month (ctx, q + 1) || is_season (ctx, q + 1)))
              q++;
            else if (is_month (ctx, q) || is_season (ctx, q) || ck_tok (ctx, q)->kind == CK_TOK_NUMBER)
              {
                v->day_month |= is_month (ctx, q);
                date_word (ctx, v, q);
              }
            else
              return FALSE;
          j = c + 1;
        }
      else if (is_weekday (ctx, j))
        j++;
      /* "Journal, New Series, Vol. 31": the series of the volumes,
       * named after the name (JSTOR's covers) */
      else if (first && j + 1 < e && ck_tok_is (ctx, j + 1, "Series") &&
               ck_tok_in_words (ctx, j, (const char * const[]) { "New", "Old", "Second", "Third", "Fourth", "Fifth", NULL }))
        {
          j += 2;
          continue;
        }
      /* "THE DAILY LAMP, May 4, 1956 | Books": the page's section */
      else if ((!first || (j > 0 && head_separator (ctx, j - 1))) && ck_tok_in_words (ctx, j, section_heads) &&
               (j + 1 == e || (ck_tok (ctx, j + 1)->kind == CK_TOK_PUNCT && !ck_tok_is_punct (ctx, j + 1, '('))))
        j++;
      else if (is_month (ctx, j) || is_season (ctx, j) || (t->flags & CK_TOKF_YEAR))
        {
          v->day_month |= is_month (ctx, j);
          date_word (ctx, v, j++);
          /* "September–October, 1964": a double issue is dated by its
           * first month */
          if (j + 1 < e && (is_month (ctx, j - 1) || is_season (ctx, j - 1)) &&
              (is_dash (ctx, j) || ck_tok_is_punct (ctx, j, '/')) && glued (ctx, j - 1, j) && glued (ctx, j, j + 1) &&
              (is_month (ctx, j + 1) || is_season (ctx, j + 1)))
            j += 2;
          /* "March 4, 1997": the day after the month */
          if (is_month (ctx, j - 1) && j < e && is_day (ctx, j))
            date_word (ctx, v, j++);
        }
      else if (t->kind == CK_TOK_NUMBER && j + 1 < e && is_month (ctx, j + 1))
        date_word (ctx, v, j++);   /* "4 March" */
      else if (t->kind == CK_TOK_NUMBER && first)
        {
          /* "Journal 402, 71-73": a number right after the name is the
           * volume when pages follow, the issue otherwise */
          k = j + 1;
          if (ck_tok_is_punct (ctx, k, ','))
            k++;
          /* "Journal 12, no. 3 (1998)": the volume before the issue */
          if (k > j + 1 && !(t->flags & CK_TOKF_YEAR) && k < e &&
              (ck_tok_is (ctx, k, "No") || ck_tok_is (ctx, k, "Number") || ck_tok_is (ctx, k, "Issue")))
            {
              v->volume = ck_tok_dup (ctx, j);
              j = k;
              first = FALSE;
              continue;
            }
          if (k + 2 < e && ck_tok (ctx, k)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, k)->flags & CK_TOKF_YEAR) &&
              (ck_tok_is_punct (ctx, k + 1, '-') || ck_tok_is_punct (ctx, k + 1, 0x2013)))
            {
              v->volume = ck_tok_dup (ctx, j);
              j = pages_at (ctx, k, e, &v->pages);
              v->page_mark = TRUE;
            }
          /* "Journal 537, 36 (1 May 2016)": one page, the date in
           * brackets after it */
          else if (k > j + 1 && k + 1 < e && !(t->flags & CK_TOKF_YEAR) && ck_tok (ctx, k)->kind == CK_TOK_NUMBER &&
                   !(ck_tok (ctx, k)->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, k + 1, '('))
            {
              v->volume = ck_tok_dup (ctx, j);
              v->pages = ck_tok_dup (ctx, k);
              v->page_mark = TRUE;
              j = k + 1;
            }
          else if (!(t->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, j + 1, '(') &&
                   (k = paren_date (ctx, v, j + 1, e)) > j + 1)
            {
              /* "Journal 12 (1998): 45-67", "Journal, 10 (Autumn 1982),
               * 172-175": volume, date, pages */
              guint k2;
              v->volume = ck_tok_dup (ctx, j);
              j = k;
              /* the pages make it a citation ("Week 3 (1998)" is none);
               * after a comma or a space only a range ("Journal 39 (2008)
               * 549–555") */
              if (j + 2 < e && ck_tok (ctx, j)->kind == CK_TOK_NUMBER && is_dash (ctx, j + 1) &&
                  ck_tok (ctx, j + 2)->kind == CK_TOK_NUMBER)
                j--;
              else if (!(ck_tok_is_punct (ctx, j, ':') || (ck_tok_is_punct (ctx, j, ',') && j + 2 < e && is_dash (ctx, j + 2))))
                return FALSE;
              k2 = pages_at (ctx, j + 1, e, &v->pages);
              if (k2 == j + 1)
                return FALSE;
              v->page_mark = TRUE;
              j = k2;
            }
          else
            return FALSE;
        }
      else
        return FALSE;
      first = FALSE;
    }
  return TRUE;
}

/* "'S" glued to a word in capitals: "THE SAILOR'S WEEKLY" keeps its
 * possessive inside the name. */
static gboolean
upper_poss (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  return t->kind == CK_TOK_POSS && k > 0 && glued (ctx, k - 1, k) && ctx->text[t->end - 1] == 'S';
}

/* A weekday that opens a date ("TUESDAY, MARCH 6", "SUNDAY 4 MAY"), not
 * a word of a name ("HARBOUR SUNDAY HERALD"). */
static gboolean
weekday_opens_date (const CkExtractCtx *ctx, guint k, guint e)
{
  guint n = k + 1;
  if (!is_weekday (ctx, k))
    return FALSE;
  if (n < e && ck_tok_is_punct (ctx, n, ','))
    n++;
  return n < e && (is_month (ctx, n) || is_day (ctx, n));
}

/* The periodical's name at @j: words in capitals ("THE GARDEN
 * QUARTERLY"), or a title-case span without trailing numbers. */
static guint
venue_name (const CkExtractCtx *ctx, guint j, guint e)
{
  guint k = j;
  if (j >= e || ck_tok (ctx, j)->kind != CK_TOK_WORD || !(ck_tok (ctx, j)->flags & CK_TOKF_CAP))
    return j;
  if (ck_tok (ctx, j)->flags & CK_TOKF_UPPER)
    {
      /* "THE EVENING LAMP & COURIER": an ampersand joins words of the
       * name; a column gap ends it */
      while (k < e && (k == j || !wide_gap (ctx, k)) &&
             ((ck_tok (ctx, k)->kind == CK_TOK_WORD && (ck_tok (ctx, k)->flags & CK_TOKF_UPPER) &&
               !is_month (ctx, k) && !(k > j && weekday_opens_date (ctx, k, e))) ||
              (k > j && (ck_tok_is_punct (ctx, k, '&') || upper_poss (ctx, k) ||
                         /* "ST. LOUIS": the full stop of a short abbreviation */
                         (ck_tok_is_punct (ctx, k, '.') && glued (ctx, k - 1, k) &&
                          ck_tok (ctx, k - 1)->end - ck_tok (ctx, k - 1)->start <= 3)) &&
               k + 1 < e && !wide_gap (ctx, k + 1) &&
               ck_tok (ctx, k + 1)->kind == CK_TOK_WORD && (ck_tok (ctx, k + 1)->flags & CK_TOKF_UPPER))))
        k++;
      return k;
    }
  k = ck_title_span_forward (ctx, j, e, FALSE);
  /* "Labour/Le Travail", "Modernism/modernity": a bilingual or double
   * name joined by a slash without spaces */
  for (guint n = 0; n < 3 && k + 1 < e && k > j && ck_tok_is_punct (ctx, k, '/') && glued (ctx, k - 1, k) &&
                    glued (ctx, k, k + 1) && ck_tok (ctx, k + 1)->kind == CK_TOK_WORD;
       n++)
    {
      guint k2 = ck_title_span_forward (ctx, k + 1, e, FALSE);
      k = k2 > k + 1 ? k2 : k + 2;
    }
  /* "Name Vol. 24 No. 23": the name ends before the volume, "Name Issue:
   * June 1st" before the issue label, "Name      4 May" at a column gap */
  for (guint q = j + 1; q < k; q++)
    if (ck_tok_is (ctx, q, "Vol") || ck_tok_is (ctx, q, "Volume") || wide_gap (ctx, q) ||
        (ck_tok_is (ctx, q, "Issue") && ck_tok_is_punct (ctx, q + 1, ':')))
      {
        k = q;
        break;
      }
  /* and never ends in a date or in "on", "of" */
  while (k > j && (ck_tok (ctx, k - 1)->kind == CK_TOK_NUMBER || is_month (ctx, k - 1) ||
                   is_weekday (ctx, k - 1) || is_season (ctx, k - 1) || ck_tok_is_punct (ctx, k - 1, ':') ||
                   (ck_tok (ctx, k - 1)->flags & CK_TOKF_FUNC)))
    k--;
  return k;
}

/* "Originally published in the Harbour Courier": the article before the
 * name is not part of it; returns the name's start. */
static guint
skip_the (const CkExtractCtx *ctx, guint j, guint e)
{
  if (j + 1 < e && ck_tok_is (ctx, j, "the") && (ck_tok (ctx, j)->flags & CK_TOKF_LOWER) &&
      (ck_tok (ctx, j + 1)->flags & CK_TOKF_CAP) && !is_month (ctx, j + 1) && !is_season (ctx, j + 1))
    return j + 1;
  return j;
}

/* The end of a prefix from the table at @f ("Source:", "Reviewed in"),
 * or @f when none opens the line. */
static guint
prefix_end (const CkExtractCtx *ctx, guint f, guint e)
{
  for (guint p = 0; p < G_N_ELEMENTS (prefixes); p++)
    {
      guint k = f, w = 0;
      for (; w < PREFIX_MAX && prefixes[p][w]; w++, k++)
        if (k >= e ||
            !(strcmp (prefixes[p][w], ":") == 0 ? ck_tok_is_punct (ctx, k, ':') : ck_tok_is (ctx, k, prefixes[p][w])))
          break;
      if (w == PREFIX_MAX || !prefixes[p][w])
        {
          /* "First published in France as T (1913)": an original's
           * title (published-as), no venue */
          if (ck_as_follows (ctx, k, e))
            return f;
          return k;
        }
    }
  return f;
}

static gboolean
have_self (const CkExtractCtx *ctx)
{
  for (guint i = 0; i < ctx->mentions->len; i++)
    if (((const CkMention *) g_ptr_array_index (ctx->mentions, i))->flags & CK_MENTION_SELF)
      return TRUE;
  return FALSE;
}

/* A date alone at [j,e): "Saturday March 4, 2006", "Sunday, 4 May
 * 1997", "4th May 1997": a weekday may open it; it needs a day, a month
 * and a year.  Returns the date or NULL. */
static CkDate *
date_only (const CkExtractCtx *ctx, guint j, guint e)
{
  g_autoptr(GString) s = g_string_new (NULL);
  gboolean month = FALSE, day = FALSE, year = FALSE;
  CkDate *d;
  if (j < e && is_weekday (ctx, j))
    j++;
  for (; j < e; j++)
    {
      const CkToken *t = ck_tok (ctx, j);
      if (ck_tok_is_punct (ctx, j, ','))
        continue;
      if (is_month (ctx, j))
        month = TRUE;
      else if (t->flags & CK_TOKF_YEAR)
        year = TRUE;
      else if (is_day (ctx, j) && !day)
        day = TRUE;
      else
        return NULL;
      if (s->len)
        g_string_append_c (s, ' ');
      g_string_append_len (s, ctx->text + t->start, t->end - t->start);
    }
  if (!(month && day && year) || !(d = ck_date_parse (s->str)))
    return NULL;
  if (d->year == 0 || d->day == 0)
    {
      ck_date_free (d);
      return NULL;
    }
  return d;
}

/* "June 2008", "JUNE, 2008", "Spring 1998" alone at [j,e): a month or
 * season and a year.  Returns the date or NULL. */
static CkDate *
month_year (const CkExtractCtx *ctx, guint j, guint e)
{
  g_autofree char *s = NULL;
  CkDate *d;
  if (j >= e || !(is_month (ctx, j) || is_season (ctx, j)))
    return NULL;
  /* "April/May 1986", "May-June 2008": a bimonthly's issue, dated by its
   * first month */
  gboolean pair = e == j + 4 && (ck_tok_is_punct (ctx, j + 1, '/') || is_dash (ctx, j + 1)) &&
                  (is_month (ctx, j + 2) || is_season (ctx, j + 2)) && glued (ctx, j, j + 1) && glued (ctx, j + 1, j + 2);
  /* "June 2008" or "JUNE, 2008" and nothing more */
  if (!pair && !(e == j + 2 || (e == j + 3 && ck_tok_is_punct (ctx, j + 1, ','))))
    return NULL;
  if (!(ck_tok (ctx, e - 1)->flags & CK_TOKF_YEAR))
    return NULL;
  s = g_strdup_printf ("%.*s %.*s", (int) (ck_tok (ctx, j)->end - ck_tok (ctx, j)->start), ctx->text + ck_tok (ctx, j)->start,
                       (int) (ck_tok (ctx, e - 1)->end - ck_tok (ctx, e - 1)->start), ctx->text + ck_tok (ctx, e - 1)->start);
  {
    /* "JUNE" → "June": the date parser reads capitalised month names */
    g_autofree char *low = g_utf8_strdown (s + 1, -1);
    g_autofree char *fixed = g_strdup_printf ("%c%s", s[0], low);
    d = ck_date_parse (fixed);
  }
  if (d && d->year == 0)
    {
      ck_date_free (d);
      return NULL;
    }
  return d;
}

/* The first dateline ("Saturday March 4, 2006") on a line of its own
 * in the header paragraphs, claimed; NULL when there is none. */
static CkDate *
header_dateline (CkExtractCtx *ctx)
{
  for (guint q = 0; q < ctx->t->paras->len && q < 12; q++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, q);
      CkDate *d;
      if (!(pp->flags & CK_PARA_HEADER) || (pp->flags & CK_PARA_PROSE))
        break;
      if (pp->line_end - pp->line_first == 1 && !ck_is_claimed (ctx, pp->tok_first, pp->tok_end) &&
          (d = date_only (ctx, pp->tok_first, pp->tok_end)))
        {
          ck_claim (ctx, pp->tok_first, pp->tok_end);
          return d;
        }
    }
  return NULL;
}

/* "Books | The Daily Lamp", "The Daily Lamp | Reviews": a web page's title
 * line, one of whose parts is a known newspaper or magazine.  The page's
 * dateline ("Saturday March 4, 2006"), on a line of its own before the
 * prose, dates the review. */
static gboolean
section_line (CkExtractCtx *ctx, const CkDetector *det, const CkLine *ln)
{
  guint f = ln->tok_first, e = ln->tok_end, s = f, bars = 0;
  guint ns = 0, ne = 0;
  CkRecord *rec;
  CkDate *d;
  if (ck_count_words (ctx, f, e) > 12)
    return FALSE;
  for (guint k = f; k <= e; k++)
    if (k == e || ck_tok_is_punct (ctx, k, '|'))
      {
        if (k < e)
          bars++;
        if (k > s && ne == 0 && ck_span_in_lex (ctx, s, k, CK_LEX_PERIODICALS) &&
            ck_count_words (ctx, s, k) >= 2)
          {
            ns = s;
            ne = k;
          }
        s = k + 1;
      }
  if (bars == 0 || ne == 0)
    return FALSE;
  rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, ns, ne));
  if ((d = header_dateline (ctx)))
    ck_record_take_date (rec, CK_DATE_ISSUED, d);
  ck_mention_add (ctx, det, rec, ln->start, ln->end, f, CK_MENTION_SELF);
  ck_claim (ctx, f, e);
  return TRUE;
}

/* Whether the name [s,e) says it is a periodical: ck_names_periodical()'s
 * words, or a plural a site of reviews takes ("Philosophical Reviews",
 * "Film Notes"). */
static gboolean
says_periodical (const CkExtractCtx *ctx, guint s, guint e)
{
  static const char * const plurals[] = { "Reviews", "Notes", "Papers", "Writings", NULL };
  if (ck_names_periodical (ctx, s, e))
    return TRUE;
  for (guint k = s + 1; k < e; k++)
    if (ck_tok_in_words (ctx, k, plurals))
      return TRUE;
  return FALSE;
}

gboolean
ck_dotted_ymd (const char *s, gsize len, int *y, int *m, int *d)
{
  if (len != 10 || s[4] != '.' || s[7] != '.')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (s[i]))
      return FALSE;
  *y = atoi (s);
  *m = atoi (s + 5);
  *d = atoi (s + 8);
  return *y >= 1800 && *y <= 2099 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

/* "2019.03.14" alone on line @ln: a date as year, month and day joined by
 * full stops, read; NULL when the line is anything else. */
static CkDate *
dotted_date (const CkExtractCtx *ctx, const CkLine *ln)
{
  int y, m, d;
  if (ln->tok_end <= ln->tok_first || !ck_dotted_ymd (ctx->text + ln->start, ln->end - ln->start, &y, &m, &d) ||
      y < 1900)
    return NULL;
  return ck_date_new_ymd (y, m, d);
}

/* The review's own record under the masthead's name on @l1 ... */
static CkRecord *
masthead_record (const CkExtractCtx *ctx, const CkLine *l1)
{
  CkRecord *rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, l1->tok_first, l1->tok_end));
  return rec;
}

/* ... with the volume, issue, pages and date its issue line gave (the
 * date taken from @date). */
static CkRecord *
masthead_issue_record (const CkExtractCtx *ctx, const CkLine *l1, const Venue *v, CkDate **date)
{
  CkRecord *rec = masthead_record (ctx, l1);
  ck_record_set (rec, CK_FIELD_VOLUME, v->volume);
  ck_record_set (rec, CK_FIELD_ISSUE, v->issue);
  ck_record_set (rec, CK_FIELD_PAGES, v->pages);
  if (*date)
    ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (date));
  return rec;
}

/* ... added as the mention of lines @l1 and @l2, with the heading below
 * when the masthead opens the text (@heading); returns TRUE, the
 * masthead's answer. */
static gboolean
masthead_add (CkExtractCtx *ctx, const CkDetector *det, const CkLine *l1, const CkLine *l2, CkRecord *rec,
              gboolean heading)
{
  ck_mention_add (ctx, det, rec, l1->start, l2->end, l1->tok_first, CK_MENTION_SELF);
  ck_claim (ctx, l1->tok_first, l2->tok_end);
  if (heading)
    ck_masthead_heading (ctx, 0, rec);
  return TRUE;
}

/* Whether the line at @j opens with its volume or number ("Volume 48,
 * Number 2", "Vol. LXIV, Nos. 186–218", "No. 173.—VOL. XLIV.", "NEW
 * SERIES · VOLUME XXV"): a journal's issue line, no name of its own. */
static gboolean
volume_opening (const CkExtractCtx *ctx, guint j, guint e)
{
  if (j + 1 < e && ck_tok_is (ctx, j, "New") && ck_tok_is (ctx, j + 1, "Series"))
    return TRUE;
  if (!(ck_tok_is (ctx, j, "Vol") || ck_tok_is (ctx, j, "Volume") || ck_tok_is (ctx, j, "No") ||
        ck_tok_is (ctx, j, "Nos") || ck_tok_is (ctx, j, "Number")))
    return FALSE;
  j++;
  if (ck_tok_is_punct (ctx, j, '.'))
    j++;
  return j < e && ((ck_tok (ctx, j)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j)->flags & CK_TOKF_YEAR)) || is_roman (ctx, j));
}

/* "The Journal of Modern History / Volume 48, Number 2, June 1976", "MAN
 * / A Monthly Record of Anthropological Science / Vol. LXIV, Nos. …",
 * "THE LAW REVIEW / (a blank line) / Volume 46      July 1983": a
 * journal's masthead, its issue line under the name, perhaps under a
 * subtitle or a blank line; at the top of the text (@p 0) or closing it. */
static gboolean
name_over_volume (CkExtractCtx *ctx, const CkDetector *det, guint p)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
  guint last;
  const CkLine *name, *vl;
  gboolean known;
  g_auto(Venue) v = { 0 };
  g_autoptr(CkDate) date = NULL;
  CkRecord *rec;
  if (ctx->t->paras->len < 2 || (pp->flags & CK_PARA_PROSE))
    return FALSE;
  name = &g_array_index (ctx->t->lines, CkLine, pp->line_first);
  /* the issue line: the second or third of the paragraph, or the first
   * of the next when the name stands alone at the top */
  if (pp->line_end - pp->line_first == 1)
    {
      const CkPara *p1;
      if (p != 0)
        return FALSE;
      p1 = &g_array_index (ctx->t->paras, CkPara, 1);
      if (p1->flags & CK_PARA_PROSE)
        return FALSE;
      last = p1->line_first;
    }
  else
    {
      last = pp->line_first + 1;
      while (last < pp->line_end && last <= pp->line_first + 2 &&
             !volume_opening (ctx, g_array_index (ctx->t->lines, CkLine, last).tok_first,
                              g_array_index (ctx->t->lines, CkLine, last).tok_end))
        last++;
      if (last >= pp->line_end || last > pp->line_first + 2)
        return FALSE;
    }
  vl = &g_array_index (ctx->t->lines, CkLine, last);
  if (name->tok_end <= name->tok_first || vl->tok_end <= vl->tok_first ||
      !volume_opening (ctx, vl->tok_first, vl->tok_end) ||
      ck_is_claimed (ctx, name->tok_first, vl->tok_end) ||
      venue_name (ctx, name->tok_first, name->tok_end) != name->tok_end)
    return FALSE;
  /* the name: one the lexicon knows, one that says it is a periodical,
   * or a name set in capitals; never a person's, a place's or a
   * section's ("BOOK REVIEWS") */
  known = ck_span_in_lex (ctx, name->tok_first, name->tok_end, CK_LEX_PERIODICALS);
  if (!known &&
      (!(ck_names_periodical (ctx, name->tok_first, name->tok_end) ||
         (ck_tok (ctx, name->tok_first)->flags & CK_TOKF_UPPER)) ||
       person_or_institution (ctx, name->tok_first, name->tok_end) ||
       section_name (ctx, name->tok_first, name->tok_end) ||
       ck_span_in_lex (ctx, name->tok_first, name->tok_end, CK_LEX_PLACES)))
    return FALSE;
  if (!venue_elements (ctx, &v, vl->tok_first, vl->tok_end) || v.sig || !(v.volume || v.issue))
    return FALSE;
  if (v.date && (date = ck_date_parse (v.date->str)) && date->year == 0)
    g_clear_pointer (&date, ck_date_free);
  if (!date && !(v.volume && v.issue))
    return FALSE;
  rec = masthead_issue_record (ctx, name, &v, &date);
  return masthead_add (ctx, det, name, vl, rec, p == 0);
}

/* "THE DAILY LAMP / 12 October 1988": a masthead of two lines, the
 * paper's name in capitals (a name that says it is a periodical, or one
 * the lexicon knows) over the date. */
static gboolean
masthead_two_lines (CkExtractCtx *ctx, const CkDetector *det, const CkPara *pp)
{
  const CkLine *l1, *l2;
  gboolean known;
  CkDate *d;
  CkRecord *rec;
  g_autofree char *pages = NULL;
  if (pp->line_end - pp->line_first != 2)
    return FALSE;
  l1 = &g_array_index (ctx->t->lines, CkLine, pp->line_first);
  l2 = &g_array_index (ctx->t->lines, CkLine, pp->line_first + 1);
  /* "Friday, 9 June 2017 / THE DAILY LAMP": the date over the name, at
   * the top of the text */
  if (pp == &g_array_index (ctx->t->paras, CkPara, 0) && l1->tok_end > l1->tok_first && l2->tok_end > l2->tok_first &&
      !ck_is_claimed (ctx, l1->tok_first, l2->tok_end) && venue_name (ctx, l2->tok_first, l2->tok_end) == l2->tok_end &&
      (ck_span_in_lex (ctx, l2->tok_first, l2->tok_end, CK_LEX_PERIODICALS) ||
       ((ck_tok (ctx, l2->tok_first)->flags & CK_TOKF_UPPER) && ck_count_words (ctx, l2->tok_first, l2->tok_end) >= 2 &&
        ck_names_periodical (ctx, l2->tok_first, l2->tok_end))) &&
      (d = date_only (ctx, l1->tok_first, l1->tok_end)))
    {
      rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
      ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, l2->tok_first, l2->tok_end));
      ck_record_take_date (rec, CK_DATE_ISSUED, d);
      ck_mention_add (ctx, det, rec, l1->start, l2->end, l1->tok_first, CK_MENTION_SELF);
      ck_claim (ctx, l1->tok_first, l2->tok_end);
      ck_masthead_heading (ctx, 0, rec);
      return TRUE;
    }
  if (l1->tok_end <= l1->tok_first || venue_name (ctx, l1->tok_first, l1->tok_end) != l1->tok_end ||
      ck_is_claimed (ctx, l1->tok_first, l2->tok_end))
    return FALSE;
  known = ck_span_in_lex (ctx, l1->tok_first, l1->tok_end, CK_LEX_PERIODICALS);
  /* "THE GARDEN QUARTERLY / Vol. XII, No. 2, Winter 1948": a name in
   * capitals over its volume and number, at the top of the text */
  if (pp == &g_array_index (ctx->t->paras, CkPara, 0) &&
      (ck_tok_is (ctx, l2->tok_first, "Vol") || ck_tok_is (ctx, l2->tok_first, "Volume") ||
       ck_tok_is (ctx, l2->tok_first, "No") || ck_tok_is (ctx, l2->tok_first, "Number") ||
       ck_tok_is (ctx, l2->tok_first, "Issue")) &&
      (known || ck_names_periodical (ctx, l1->tok_first, l1->tok_end) ||
       ((ck_tok (ctx, l1->tok_first)->flags & CK_TOKF_UPPER) && ck_count_words (ctx, l1->tok_first, l1->tok_end) >= 2 &&
        !ck_span_in_lex (ctx, l1->tok_first, l1->tok_end, CK_LEX_PLACES) &&
        !person_or_institution (ctx, l1->tok_first, l1->tok_end))))
    {
      g_auto(Venue) v = { 0 };
      g_autoptr(CkDate) vd = NULL;
      /* a date, or both a volume and a number ("Vol. 12, No. 3") */
      if (venue_elements (ctx, &v, l2->tok_first, l2->tok_end) && !v.sig &&
          ((v.date && (vd = ck_date_parse (v.date->str)) && vd->year > 0) ||
           (!v.date && v.volume && v.issue)))
        {
          rec = masthead_issue_record (ctx, l1, &v, &vd);
          return masthead_add (ctx, det, l1, l2, rec, TRUE);
        }
      return FALSE;
    }
  /* "Philosophical Reviews / 2019.03.14": an online journal numbers its
   * reviews by the date they appeared */
  if ((known || says_periodical (ctx, l1->tok_first, l1->tok_end)) && (d = dotted_date (ctx, l2)))
    {
      rec = masthead_record (ctx, l1);
      ck_record_take (rec, CK_FIELD_ISSUE, ck_span_dup (ctx, l2->tok_first, l2->tok_end));
      ck_record_take_date (rec, CK_DATE_ISSUED, d);
      return masthead_add (ctx, det, l1, l2, rec, pp == &g_array_index (ctx->t->paras, CkPara, 0));
    }
  /* a name in capitals of two words or more that says it is a
   * periodical, or any name the lexicon knows ("The Tablet") */
  if (!known && (ck_count_words (ctx, l1->tok_first, l1->tok_end) < 2 ||
                 !ck_names_periodical (ctx, l1->tok_first, l1->tok_end) ||
                 /* "Harbour Examiner / Saturday, December 05, 2015": in
                  * title case, a full date under it at the top of the text */
                 (!(ck_tok (ctx, l1->tok_first)->flags & CK_TOKF_UPPER) &&
                  !(pp == &g_array_index (ctx->t->paras, CkPara, 0) &&
                    (d = date_only (ctx, l2->tok_first, l2->tok_end)) && (ck_date_free (d), TRUE)))))
    return FALSE;
  /* the date: a full one, or a month of the year ("June 2008"), or a
   * full date and the page after a column gap ("May 4, 1956     Page 9") */
  if (!(d = date_only (ctx, l2->tok_first, l2->tok_end)) &&
      !(d = month_year (ctx, l2->tok_first, l2->tok_end)))
    {
      g_auto(Venue) v = { 0 };
      if (!venue_elements (ctx, &v, l2->tok_first, l2->tok_end) || v.sig || !v.pages || !v.page_mark || !v.date ||
          v.volume || v.issue || !(d = ck_date_parse (v.date->str)))
        return FALSE;
      if (d->year == 0 || d->day == 0)
        {
          ck_date_free (d);
          return FALSE;
        }
      pages = g_strdup (v.pages);
    }
  rec = masthead_record (ctx, l1);
  if (pages)
    ck_record_take (rec, CK_FIELD_PAGES, g_steal_pointer (&pages));
  /* "April/May 1986": the issue of a bimonthly is named by its months */
  if (l2->tok_end == l2->tok_first + 4 && !is_day (ctx, l2->tok_first))
    ck_record_take (rec, CK_FIELD_ISSUE, ck_span_dup (ctx, l2->tok_first, l2->tok_end));
  ck_record_take_date (rec, CK_DATE_ISSUED, d);
  return masthead_add (ctx, det, l1, l2, rec, pp == &g_array_index (ctx->t->paras, CkPara, 0));
}

/* "Published in the print edition of the April 7, 1997, issue.": a
 * magazine site's note at the foot of the text dates the issue.  The date
 * it names, or NULL. */
static CkDate *
print_edition_footer (const CkExtractCtx *ctx)
{
  guint np = ctx->t->paras->len;
  for (guint p = np > 2 ? np - 2 : 0; p < np; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      guint f = pp->tok_first, e = pp->tok_end, k;
      if (e < f + 9 || !ck_tok_is (ctx, f, "Published") || !ck_tok_is (ctx, f + 1, "in") || !ck_tok_is (ctx, f + 2, "the") ||
          !ck_tok_is (ctx, f + 3, "print") || !ck_tok_is (ctx, f + 4, "edition") || !ck_tok_is (ctx, f + 5, "of"))
        continue;
      k = f + 6;
      if (ck_tok_is (ctx, k, "the"))
        k++;
      for (guint q = k + 1; q < e && q < k + 8; q++)
        if (ck_tok_is (ctx, q, "issue"))
          {
            guint de = q;
            if (ck_tok_is_punct (ctx, de - 1, ','))
              de--;
            return date_only (ctx, k, de);
          }
    }
  return NULL;
}

/* Whether [j,e) is a full date alone ("MARCH 12, 1932"). */
static gboolean
full_date_at (const CkExtractCtx *ctx, guint j, guint e)
{
  g_autoptr(CkDate) d = NULL;
  g_auto(Venue) v = { 0 };
  if (!venue_elements (ctx, &v, j, e) || !v.date || v.volume || v.issue || v.pages || !v.day_month)
    return FALSE;
  d = ck_date_parse (v.date->str);
  return d && d->year && d->day;
}

/* "The Daily Lamp" alone over the text (perhaps over a section trail,
 * "News | Arts | Poetry"), a name the periodicals lexicon knows, with a
 * dateline in the block under it ("Published June 9, 2017", "JUNE 9,
 * 2017"): the masthead of a web page. */
static gboolean
masthead_alone (CkExtractCtx *ctx, const CkDetector *det)
{
  const CkPara *pp;
  const CkLine *l1;
  CkRecord *rec;
  CkDate *d;
  if (ctx->t->paras->len < 3)
    return FALSE;
  pp = &g_array_index (ctx->t->paras, CkPara, 0);
  l1 = &g_array_index (ctx->t->lines, CkLine, pp->line_first);
  if (pp->line_end - pp->line_first > 2 || (pp->flags & CK_PARA_PROSE) || l1->tok_end <= l1->tok_first ||
      ck_is_claimed (ctx, pp->tok_first, pp->tok_end) ||
      venue_name (ctx, l1->tok_first, l1->tok_end) != l1->tok_end)
    return FALSE;
  /* a name the lexicon knows; or one that says it is a periodical, when
   * the foot dates its print edition */
  if (!ck_span_in_lex (ctx, l1->tok_first, l1->tok_end, CK_LEX_PERIODICALS))
    {
      CkDate *fd;
      if (!ck_names_periodical (ctx, l1->tok_first, l1->tok_end) || !(fd = print_edition_footer (ctx)))
        return FALSE;
      ck_date_free (fd);
    }
  /* a second line is the page's section trail: words between bars */
  if (pp->line_end - pp->line_first == 2)
    {
      const CkLine *l2 = &g_array_index (ctx->t->lines, CkLine, pp->line_first + 1);
      guint bars = 0;
      for (guint k = l2->tok_first; k < l2->tok_end; k++)
        if (ck_tok_is_punct (ctx, k, '|'))
          bars++;
        else if (ck_tok (ctx, k)->kind != CK_TOK_WORD || !(ck_tok (ctx, k)->flags & CK_TOKF_CAP))
          return FALSE;
      if (bars == 0)
        return FALSE;
    }
  if (!(d = ck_masthead_dateline (ctx, 1)) && !(d = print_edition_footer (ctx)))
    return FALSE;
  rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, l1->tok_first, l1->tok_end));
  ck_record_take_date (rec, CK_DATE_ISSUED, d);
  ck_mention_add (ctx, det, rec, l1->start, l1->end, l1->tok_first, CK_MENTION_SELF);
  ck_claim (ctx, pp->tok_first, pp->tok_end);
  ck_masthead_heading (ctx, 0, rec);
  return TRUE;
}

/* "the March/April 2004 issue", "the December 2004/January 2005 issue"
 * at @j ("the" lower case): the issue named by its date, read into @v
 * (its date words, and the date as written for the issue).  Returns the
 * token after "issue", or @j. */
static guint
dated_issue (const CkExtractCtx *ctx, Venue *v, guint j, guint e)
{
  guint k = j + 1;
  if (!(ck_tok_is (ctx, j, "the") && (ck_tok (ctx, j)->flags & CK_TOKF_LOWER)))
    return j;
  while (k < e && k < j + 12 &&
         (is_month (ctx, k) || is_season (ctx, k) || (ck_tok (ctx, k)->flags & CK_TOKF_YEAR) || is_day (ctx, k) ||
          ck_tok_is_punct (ctx, k, '/') || ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, 0x2013) ||
          ck_tok_is_punct (ctx, k, ',')))
    {
      if (ck_tok (ctx, k)->kind != CK_TOK_PUNCT)
        {
          v->day_month |= is_month (ctx, k);
          date_word (ctx, v, k);
        }
      k++;
    }
  if (k == j + 1 || k >= e || !ck_tok_is (ctx, k, "issue"))
    return j;
  g_free (v->issue);
  v->issue = ck_span_dup (ctx, j + 1, k);
  return k + 1;
}

/* "Harbour Review / From the December 2004/January 2005 issue": the
 * periodical's name on a line of its own over a line naming the issue by
 * its date.  The name must be one the lexicon knows or one that says it
 * is a periodical. */
static gboolean
name_over_issue (CkExtractCtx *ctx, const CkDetector *det, const CkPara *pp)
{
  const CkLine *l1, *l2;
  g_auto(Venue) v = { 0 };
  g_autoptr(CkDate) date = NULL;
  guint j, k;
  CkRecord *rec;
  if (pp->line_end - pp->line_first != 2)
    return FALSE;
  l1 = &g_array_index (ctx->t->lines, CkLine, pp->line_first);
  l2 = &g_array_index (ctx->t->lines, CkLine, pp->line_first + 1);
  if (l1->tok_end <= l1->tok_first || venue_name (ctx, l1->tok_first, l1->tok_end) != l1->tok_end ||
      !(ck_span_in_lex (ctx, l1->tok_first, l1->tok_end, CK_LEX_PERIODICALS) ||
        ck_names_periodical (ctx, l1->tok_first, l1->tok_end)) ||
      ck_is_claimed (ctx, l1->tok_first, l2->tok_end))
    return FALSE;
  j = l2->tok_first;
  if (ck_tok_is (ctx, j, "From"))
    j++;
  /* "The March 2004 issue" opens the line with a capital */
  if (j == l2->tok_first && ck_tok_is (ctx, j, "The"))
    {
      k = j + 1;
      while (k < l2->tok_end && !ck_tok_is (ctx, k, "issue"))
        k++;
      if (k >= l2->tok_end)
        return FALSE;
      for (guint q = j + 1; q < k; q++)
        {
          const CkToken *t = ck_tok (ctx, q);
          if (t->kind == CK_TOK_PUNCT && (t->ch == '/' || t->ch == '-' || t->ch == 0x2013 || t->ch == ','))
            continue;
          if (!(is_month (ctx, q) || is_season (ctx, q) || (t->flags & CK_TOKF_YEAR) || is_day (ctx, q)))
            return FALSE;
          v.day_month |= is_month (ctx, q);
          date_word (ctx, &v, q);
        }
      v.issue = ck_span_dup (ctx, j + 1, k);
      k++;
    }
  else if ((k = dated_issue (ctx, &v, j, l2->tok_end)) == j)
    return FALSE;
  if (k != l2->tok_end || !v.date || !(date = ck_date_parse (v.date->str)) || date->year == 0)
    return FALSE;
  rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, l1->tok_first, l1->tok_end));
  ck_record_set (rec, CK_FIELD_ISSUE, v.issue);
  ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
  ck_mention_add (ctx, det, rec, l1->start, l2->end, l1->tok_first, CK_MENTION_SELF);
  ck_claim (ctx, l1->tok_first, l2->tok_end);
  return TRUE;
}

/* A site's footer as the last paragraph: "Books | The Daily Lamp",
 * "© 2006 The Daily Lamp", "Copyright © The Daily Lamp 2006": a known
 * paper's name.  The header's dateline dates the review, else the year of
 * the copyright. */
static gboolean
site_footer (CkExtractCtx *ctx, const CkDetector *det)
{
  const CkPara *pp;
  const CkLine *ln;
  guint f, e, ns, ne, year = 0;
  CkRecord *rec;
  CkDate *d;
  if (ctx->t->paras->len < 2)
    return FALSE;
  pp = &g_array_index (ctx->t->paras, CkPara, ctx->t->paras->len - 1);
  if (pp->line_end - pp->line_first != 1 || (pp->flags & CK_PARA_PROSE))
    return FALSE;
  ln = &g_array_index (ctx->t->lines, CkLine, pp->line_first);
  f = ln->tok_first;
  e = ln->tok_end;
  if (e <= f || ck_is_claimed (ctx, f, e) || ck_count_words (ctx, f, e) > 12)
    return FALSE;
  if (ck_tok_is (ctx, f, "Copyright"))
    f++;
  if (!ck_tok_is_punct (ctx, f, 0xA9))
    return section_line (ctx, det, ln);
  f++;
  if (f < e && (ck_tok (ctx, f)->flags & CK_TOKF_YEAR))
    year = (guint) atoi (ctx->text + ck_tok (ctx, f++)->start);
  ns = f;
  ne = ns;
  while (ne < e && !(ck_tok (ctx, ne)->flags & CK_TOKF_YEAR) && !ck_tok_is_punct (ctx, ne, ','))
    ne++;
  if (ne == ns || !ck_span_in_lex (ctx, ns, ne, CK_LEX_PERIODICALS))
    return FALSE;
  if (!year && ne < e && (ck_tok (ctx, ne)->flags & CK_TOKF_YEAR))
    year = (guint) atoi (ctx->text + ck_tok (ctx, ne)->start);
  rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, ns, ne));
  if ((d = header_dateline (ctx)))
    ck_record_take_date (rec, CK_DATE_ISSUED, d);
  else if (year)
    ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd ((int) year, 0, 0));
  ck_mention_add (ctx, det, rec, ln->start, ln->end, ln->tok_first, CK_MENTION_SELF);
  ck_claim (ctx, ln->tok_first, e);
  return TRUE;
}

/* The nouns and verbs of a sentence that says where the review itself
 * appeared: "This review appeared in …", "This essay was first published
 * in …", "This piece originally ran in …". */
static const char * const self_nouns[] = { "review", "article", "essay", "piece", NULL };
static const char * const self_verbs[] = { "appeared", "published", "ran", NULL };

/* After "This review appeared in" at @j, up to the sentence's end @e
 * (its full stop excluded):
 *   the March/April 2004 issue of The Lamp        (the issue's date)
 *   The Lamp, Vol. 3 No. 2, Spring 1990           (the line forms)
 *   The Lamp on 4 May 1999                        (a date after "on"/"in") */
static CkRecord *
self_sentence_venue (const CkExtractCtx *ctx, guint j, guint e)
{
  g_auto(Venue) v = { 0 };
  g_autoptr(CkDate) date = NULL;
  guint ns, ne, issue_only = 0;
  CkRecord *rec;
  if (ck_tok_is (ctx, j, "the") && (ck_tok (ctx, j)->flags & CK_TOKF_LOWER) && skip_the (ctx, j, e) == j)
    {
      guint k = dated_issue (ctx, &v, j, e);
      if (k == j || !ck_tok_is (ctx, k, "of"))
        return NULL;
      ns = skip_the (ctx, k + 1, e);
      ne = venue_name (ctx, ns, e);
      if (ne != e || ne == ns)
        return NULL;
    }
  else
    {
      ns = skip_the (ctx, j, e);
      ne = venue_name (ctx, ns, e);
      if (ne == ns || ck_count_words (ctx, ns, ne) > 8 || ck_span_in_lex (ctx, ns, ne, CK_LEX_PLACES))
        return NULL;
      if (ne + 1 < e && (ck_tok_is (ctx, ne, "on") || ck_tok_is (ctx, ne, "in")))
        {
          g_autoptr(CkDate) d = date_only (ctx, ne + 1, e);
          if (!d)
            return NULL;
          date = g_steal_pointer (&d);
        }
      /* "Solidarity 296": a paper's issue by its number alone */
      else if (ne + 1 == e && ck_tok (ctx, ne)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, ne)->flags & CK_TOKF_YEAR) &&
               ck_tok (ctx, ne)->end - ck_tok (ctx, ne)->start <= 4)
        issue_only = ne;
      else if (!venue_elements (ctx, &v, ne, e))
        return NULL;
    }
  if (!date && v.date)
    date = ck_date_parse (v.date->str);
  /* "This article first appeared in Solidarity 296.": an issue's number
   * will do where the page dates itself elsewhere */
  if ((!date || date->year == 0) && !issue_only)
    return NULL;
  rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, ns, ne));
  ck_record_set (rec, CK_FIELD_VOLUME, v.volume);
  ck_record_set (rec, CK_FIELD_ISSUE, v.issue);
  if (issue_only)
    ck_record_take (rec, CK_FIELD_ISSUE, ck_tok_dup (ctx, issue_only));
  ck_record_set (rec, CK_FIELD_PAGES, v.pages);
  if (date && date->year)
    ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
  return rec;
}

/* Sentences that can only be about the text itself, with no "This
 * review" before them: "Originally published in …", "A version of this
 * review appeared in …".  ("Published in …" and "From …" are left to
 * lines of their own: "Published in Paris, 1962." is about a book.) */
static const char * const sentence_openers[][PREFIX_MAX] = {
  { "Originally", "published", "in", NULL },
  { "First", "published", "in", NULL },
  { "Originally", "appeared", "in", NULL },
  { "First", "appeared", "in", NULL },
  { "Reviewed", "in", NULL },
  { "A", "version", "of", "this", "review", "appeared" },
  { "An", "earlier", "version", "of", "this", "review" },
};

/* The token after "This review appeared in" or an opener at @i, or @i. */
static guint
self_opener_end (const CkExtractCtx *ctx, guint i)
{
  guint k = i + 1;
  for (guint p = 0; p < G_N_ELEMENTS (sentence_openers); p++)
    {
      guint w = 0;
      for (k = i; w < PREFIX_MAX && sentence_openers[p][w]; w++, k++)
        if (k >= ck_n_toks (ctx) || !ck_tok_is (ctx, k, sentence_openers[p][w]))
          break;
      if (w < PREFIX_MAX && sentence_openers[p][w])
        continue;
      /* the long openers go on: "… appeared in", "… review appeared in" */
      if (w == PREFIX_MAX)
        {
          if (ck_tok_is (ctx, k, "appeared"))
            k++;
          if (!ck_tok_is (ctx, k, "in"))
            continue;
          k++;
        }
      /* "First published in France as T (1913)": an original's title
       * (published-as), not the text's own venue */
      if (ck_as_follows (ctx, k, ck_n_toks (ctx)))
        return i;
      return k;
    }
  k = i + 1;
  if (!ck_tok_is (ctx, i, "This") || !ck_tok_in_words (ctx, k, self_nouns))
    return i;
  k++;
  if (ck_tok_is (ctx, k, "was"))
    k++;
  if (ck_tok_is (ctx, k, "first") || ck_tok_is (ctx, k, "originally"))
    k++;
  if (!ck_tok_in_words (ctx, k, self_verbs) || !ck_tok_is (ctx, k + 1, "in"))
    return i;
  return k + 2;
}

/* "This review appeared in …", "Originally published in …" as a sentence
 * of a paragraph (a closing note after the reviewer's bio, say), not a
 * line of its own. */
static void
self_sentences (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint i = 0; i + 3 < ck_n_toks (ctx); i++)
    {
      guint k, se, e;
      CkRecord *rec;
      if (ck_tok (ctx, i)->kind != CK_TOK_WORD || !(ck_tok (ctx, i)->flags & CK_TOKF_CAP) ||
          (k = self_opener_end (ctx, i)) == i || ck_sentence_start (ctx, i) != i)
        continue;
      se = ck_sentence_end (ctx, i);
      e = se;
      if (e > k && (ck_tok_is_punct (ctx, e - 1, '.')))
        e--;
      if (e <= k || e - i > 40 || ck_is_claimed (ctx, i, se))
        continue;
      /* "Originally published in English: New York : Firm, 1974." is a
       * library record's note on a book's earlier edition (its language,
       * a colon, an imprint), read by detect-catalogue-notes.c */
      if (k + 1 < e && ck_tok_cap_word (ctx, k) && ck_tok_is_punct (ctx, k + 1, ':'))
        continue;
      if (!(rec = self_sentence_venue (ctx, k, e)))
        continue;
      ck_mention_add (ctx, det, rec, ck_tok (ctx, i)->start, ck_tok (ctx, se - 1)->end, i, CK_MENTION_SELF);
      ck_claim (ctx, i, se);
      return;
    }
}

/* Whether line @l is the text's first, or the first after a page number
 * alone ("181" over the running head of an OCR'd page). */
static gboolean
top_line (const CkExtractCtx *ctx, guint l)
{
  const CkLine *l0 = &g_array_index (ctx->t->lines, CkLine, 0);
  const CkToken *t;
  if (l == 0)
    return TRUE;
  if (l != 1 || l0->tok_end != l0->tok_first + 1)
    return FALSE;
  t = ck_tok (ctx, l0->tok_first);
  return t->kind == CK_TOK_NUMBER && !(t->flags & CK_TOKF_YEAR) && t->end - t->start <= 4;
}

/* Whether @ln is the first (after a page number) or the last line of the
 * text. */
static gboolean
edge_line (const CkExtractCtx *ctx, const CkLine *ln)
{
  const CkLine *first = &g_array_index (ctx->t->lines, CkLine, 0);
  const CkLine *last = &g_array_index (ctx->t->lines, CkLine, ctx->t->lines->len - 1);
  return ln == first || ln == last || top_line (ctx, (guint) (ln - first));
}

/* "Tuesday, May 6, 1952     THE DAILY LAMP     Page 4", "12 October
 * 1988        THE DAILY LAMP", "4 May 1997 | THE DAILY LAMP": a masthead
 * that sets the date first, then, after a column gap or a separator, the
 * paper's name in capitals (or a name the periodicals lexicon knows) and
 * perhaps the page. */
static gboolean
date_first_masthead (CkExtractCtx *ctx, const CkDetector *det, const CkLine *ln)
{
  guint f = ln->tok_first, e = ln->tok_end, g = f + 1, dg, ne;
  g_autoptr(CkDate) date = NULL;
  g_auto(Venue) v = { 0 };
  CkRecord *rec;
  gboolean mark = FALSE, monthly = FALSE;
  while (g < e && !wide_gap (ctx, g) && !(mark = (ck_tok_is_punct (ctx, g, '|') || ck_tok_is_punct (ctx, g, 0xB7) ||
                                                   ck_tok_is_punct (ctx, g, 0x2022) ||
                                                   spaced_dash (ctx, g) ||
                                                   /* "OCTOBER 11, 1960—THE DAILY LAMP" */
                                                   (ck_tok_is_punct (ctx, g, 0x2014) &&
                                                    (ck_tok (ctx, g - 1)->flags & CK_TOKF_YEAR) && g + 1 < e &&
                                                    (ck_tok (ctx, g + 1)->flags & CK_TOKF_UPPER)))))
    g++;
  if (g >= e || g - f > 8)
    return FALSE;
  /* "March 23, 1932]     The Lamp     339": the bracket that closes a
   * running head's date (its "[" stands on the facing page) */
  dg = ck_tok_is_punct (ctx, g - 1, ']') && g - 1 > f ? g - 1 : g;
  /* "June, 1958    THE DAILY LAMP    12": a month and year will do at
   * the top of the text when the page follows or the name is known
   * (checked below) */
  if (!(date = date_only (ctx, f, dg)))
    {
      if (ck_para_of (ctx, f) != 0 || !(date = month_year (ctx, f, dg)))
        return FALSE;
      monthly = TRUE;
    }
  /* "4 May 1997 | The Daily Lamp": a separator mark instead of the gap */
  if (mark)
    g++;
  if (g >= e)
    return FALSE;
  ne = venue_name (ctx, g, e);
  /* one word will do at the top or foot of the text ("16 March 1949
   * LODESTAR"), but not a place or a person's forename */
  if (ne == g ||
      (ck_count_words (ctx, g, ne) < 2 &&
       !(edge_line (ctx, ln) && !ck_tok_in_lex (ctx, g, CK_LEX_PLACES) && !ck_tok_in_lex (ctx, g, CK_LEX_GIVEN_NAMES))) ||
      !((ck_tok (ctx, g)->flags & CK_TOKF_UPPER) || ck_span_in_lex (ctx, g, ne, CK_LEX_PERIODICALS)))
    return FALSE;
  /* the page after a gap or a separator ("… | THE DAILY LAMP | Page 9") */
  if (ne < e && (!(wide_gap (ctx, ne) || ck_tok_is_punct (ctx, ne, '|') || ck_tok_is_punct (ctx, ne, 0xB7) ||
                   ck_tok_is_punct (ctx, ne, 0x2022) || spaced_dash (ctx, ne)) ||
                 !venue_elements (ctx, &v, ne, e) || v.date || v.volume || v.issue))
    return FALSE;
  if (monthly && !v.pages && !ck_span_in_lex (ctx, g, ne, CK_LEX_PERIODICALS))
    return FALSE;
  rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, g, ne));
  ck_record_set (rec, CK_FIELD_PAGES, v.pages);
  ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
  ck_mention_add (ctx, det, rec, ln->start, ln->end, f, CK_MENTION_SELF);
  ck_claim (ctx, f, e);
  if (ck_para_of (ctx, f) == 0)
    ck_masthead_heading (ctx, 0, rec);
  return TRUE;
}

gboolean
ck_line_continues_entry (const CkExtractCtx *ctx, guint l)
{
  const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
  guint f = ln->tok_first;
  if (l == 0 || f == 0 || ck_tok (ctx, f)->nl != 1)
    return FALSE;
  /* "… Journal of\n  Harbour History 4 (Summer 1973): 25-52.": it goes
   * on from a function word or a comma */
  if (ck_tok_is_punct (ctx, f - 1, ',') || (ck_tok_lower_word (ctx, f - 1) && (ck_tok (ctx, f - 1)->flags & CK_TOKF_FUNC)))
    return TRUE;
  /* "Lind, Oskar. Article. Review of Salt\n   Studies, Vol. 13 …": under a
   * hanging indent, after a line of sentences that ends in a word */
  if (ck_tok (ctx, f - 1)->kind == CK_TOK_WORD)
    {
      const CkLine *up = &g_array_index (ctx->t->lines, CkLine, l - 1);
      gboolean stop = FALSE;
      for (guint q = up->tok_first; q + 1 < up->tok_end && !stop; q++)
        stop = ck_tok_is_punct (ctx, q, '.');
      return stop && up->tok_end >= up->tok_first + 6 && ck_tok (ctx, f)->col > ck_tok (ctx, up->tok_first)->col;
    }
  return FALSE;
}

void
ck_detect_venue_forms (CkExtractCtx *ctx, const CkDetector *det)
{
  if (!name_over_volume (ctx, det, 0) && ctx->t->paras->len > 1)
    name_over_volume (ctx, det, ctx->t->paras->len - 1);
  for (guint l = 0; l < ctx->t->lines->len; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      guint f = ln->tok_first, e = ln->tok_end, j = f, ns, ne;
      gboolean prefixed = FALSE, foot = FALSE, title_foot = FALSE, one_caps, edge, known_foot;
      g_auto(Venue) v = { 0 };
      g_autoptr(CkDate) date = NULL;
      g_autofree char *container = NULL;
      CkRecord *rec;

      if (e <= f + 1 || ln->end - ln->start > 160 || ck_is_claimed (ctx, f, e))
        continue;
      /* (a line that a prefix opens, "Published in The Review, 14 May
       * 1998", may head or close a paragraph of prose run on to it) */
      {
        const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, f));
        if ((pp->flags & CK_PARA_PROSE) &&
            !(prefix_end (ctx, f, e) >= f + 2 && (l == pp->line_first || l + 1 == pp->line_end) && ln->end - ln->start <= 100 &&
              (l + 1 == pp->line_end || !ck_tok_lower_word (ctx, e))))
          continue;
      }
      if (ck_line_continues_entry (ctx, l))
        continue;
      /* "— The Paper, 4 May 1997", "(The Paper, 4 May 1997)": a dash
       * before the line, brackets around it */
      if (ck_tok_is_punct (ctx, f, 0x2014) || ck_tok_is_punct (ctx, f, 0x2013))
        j = ++f;
      else if (ck_tok_is_punct (ctx, f, '(') && ck_tok_is_punct (ctx, e - 1, ')') && e > f + 3)
        {
          j = ++f;
          e--;
        }
      if (date_first_masthead (ctx, det, ln))
        continue;
      j = prefix_end (ctx, f, e);
      prefixed = j > f;
      /* "From: Name, …" */
      if (prefixed && ck_tok_is_punct (ctx, j, ':') && !ck_tok_is_punct (ctx, j - 1, ':'))
        j++;
      if (prefixed)
        j = skip_the (ctx, j, e);
      /* "From the March 2007 issue of the Lamp": the issue named by its
       * date, the line a sentence of its own */
      if (prefixed && ck_tok_is (ctx, j, "the") && (rec = self_sentence_venue (ctx, j, ck_tok_is_punct (ctx, e - 1, '.') ? e - 1 : e)))
        {
          ck_mention_add (ctx, det, rec, ln->start, ln->end, f, CK_MENTION_SELF);
          ck_claim (ctx, f, e);
          /* at the top, the review's heading follows */
          if (ck_para_of (ctx, f) == 0)
            ck_masthead_heading (ctx, 0, rec);
          continue;
        }
      /* "Page 9      THE DAILY LAMP      May 20, 1960": the page first */
      /* "Page 7 — The Lamp — Sunday, April 16, 1939": or a separator */
      if (!prefixed && (ck_tok_is (ctx, j, "Page") || ck_tok_is (ctx, j, "p")) && j + 3 < e &&
          ck_tok (ctx, j + 1)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j + 1)->flags & CK_TOKF_YEAR) &&
          (wide_gap (ctx, j + 2) || head_separator (ctx, j + 2)))
        {
          v.pages = ck_tok_dup (ctx, j + 1);
          v.page_mark = TRUE;
          j += wide_gap (ctx, j + 2) && !head_separator (ctx, j + 2) ? 2 : 3;
        }
      /* "214   THE MAGAZINE   [April": a page number before the name */
      if (!prefixed && ck_tok (ctx, j)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, j)->flags & CK_TOKF_YEAR) &&
          j + 1 < e &&
          ((ck_tok (ctx, j + 1)->flags & CK_TOKF_UPPER) ||
           /* "12   The Harbour Review   May 4, 1956": in title case
            * after a column gap, on the text's first line */
           (l == 0 && wide_gap (ctx, j + 1) && (ck_tok (ctx, j + 1)->flags & CK_TOKF_CAP) &&
            ck_tok (ctx, j + 1)->kind == CK_TOK_WORD && !is_month (ctx, j + 1) && !is_weekday (ctx, j + 1))))
        {
          v.pages = ck_tok_dup (ctx, j);
          foot = TRUE;
          title_foot = !(ck_tok (ctx, j + 1)->flags & CK_TOKF_UPPER);
          j++;
        }
      ns = j;
      ne = venue_name (ctx, j, e);
      /* "Volume 48, Number 2, June 1976": an issue line names no
       * periodical; the masthead reader looks for the name above it */
      if (ne == ns || (!prefixed && volume_opening (ctx, ns, e)))
        continue;
      /* one word in capitals ("TRIBUNE, May 20, 1960") is a masthead only
       * with a full date, at the top or foot of the text or naming a
       * periodical (checked below) */
      one_caps = (ck_tok (ctx, ns)->flags & CK_TOKF_UPPER) && ck_count_words (ctx, ns, ne) < 2 && !prefixed;
      /* "376     NATURE     MARCH 12, 1932": one word in capitals
       * between the page and a full date, in columns, will do as the
       * text's first line: a running head */
      known_foot = foot && top_line (ctx, l) && ne == ns + 1 && (ck_tok (ctx, ns)->flags & CK_TOKF_UPPER) && ne < e &&
                   wide_gap (ctx, ns) && wide_gap (ctx, ne) && full_date_at (ctx, ne, e);
      if (one_caps && ((foot && !known_foot) || ck_tok_in_lex (ctx, ns, CK_LEX_GIVEN_NAMES)))
        continue;
      /* "Margaret      May 20, 1960": a forename alone is a signature;
       * "REVIEWS, June 3, 1962" a running head of a section */
      if (!prefixed && ne == ns + 1 && (ck_tok_in_lex (ctx, ns, CK_LEX_GIVEN_NAMES) || ck_tok_in_words (ctx, ns, section_heads)))
        continue;
      /* "By Ann Reed · May 4, 2018": a byline with its date */
      if (!prefixed && ck_byline_cue (ctx, ns, ne) > ns)
        continue;
      /* "BOOK REVIEWS   May 4, 1956   12": a section's running head */
      if (!prefixed && section_name (ctx, ns, ne) && !ck_span_in_lex (ctx, ns, ne, CK_LEX_PERIODICALS))
        continue;
      if (foot && ck_count_words (ctx, ns, ne) < 2 && !known_foot)
        continue;
      if (ck_tok_in_lex (ctx, ns, CK_LEX_PLACES) && ne == ns + 1)
        continue;
      /* "Ann Reed, 19 September 1992", "Wadham College, 4 May 1997": a
       * signature or an address with its date, unless the name says it
       * is a periodical */
      if (!prefixed && !ck_span_in_lex (ctx, ns, ne, CK_LEX_PERIODICALS) && !ck_names_periodical (ctx, ns, ne) &&
          (person_or_institution (ctx, ns, ne)))
        continue;
      /* "(Harrow Press, 12 May 1998)": a publisher and a date belong to a
       * book's imprint */
      if (!ck_span_in_lex (ctx, ns, ne, CK_LEX_PERIODICALS) &&
          (ck_span_in_lex (ctx, ns, ne, CK_LEX_PUBLISHERS) ||
           (ck_tok_in_lex (ctx, ne - 1, CK_LEX_PUBLISHER_WORDS) && !ck_names_periodical (ctx, ns, ne))))
        continue;
      /* "The Paper, Tuesday 4 March 1997": without a prefix, the name
       * ends at a separator ("Published 2 May 2011" is a label); a column
       * gap separates a name of two words or more ("THE DAILY LAMP   4 May
       * 1997", but "Published   2 May 2011" is still a label) */
      if (!prefixed && !foot && ne < e &&
          !(ck_tok_is_punct (ctx, ne, ',') || ck_tok_is_punct (ctx, ne, 0xB7) || ck_tok_is_punct (ctx, ne, 0x2022) ||
            ck_tok_is_punct (ctx, ne, '|') ||
            spaced_dash (ctx, ne) || dash_before_date (ctx, ne, e) ||
            /* "THE NATION / May 18, 1974": a spaced slash */
            (ck_tok_is_punct (ctx, ne, '/') && !glued (ctx, ne - 1, ne) && ne + 1 < e && !glued (ctx, ne, ne + 1)) ||
            /* "NEW STATESMAN 4 July 1975": a day and month right after a
             * name of two words in capitals, on the text's first line */
            (top_line (ctx, l) && (ck_tok (ctx, ns)->flags & CK_TOKF_UPPER) && ck_count_words (ctx, ns, ne) >= 2 &&
             is_day (ctx, ne) && ne + 1 < e && is_month (ctx, ne + 1)) ||
            /* "THE DAILY LAMP: TUESDAY, MARCH 6, 1962": a colon after a
             * name of two words in capitals, before the date */
            (ck_tok_is_punct (ctx, ne, ':') && ne + 1 < e && (ck_tok (ctx, ns)->flags & CK_TOKF_UPPER) &&
             ck_count_words (ctx, ns, ne) >= 2 && (is_weekday (ctx, ne + 1) || is_month (ctx, ne + 1))) ||
            /* "THE DAILY LAMP TUESDAY, MARCH 6, 1962": the weekday right
             * after a name of two words in capitals */
            ((ck_tok (ctx, ns)->flags & CK_TOKF_UPPER) && ck_count_words (ctx, ns, ne) >= 2 && is_weekday (ctx, ne)) ||
            /* "The Paper. 19 September 1992." */
            (ck_tok_is_punct (ctx, ne, '.') && ne + 1 < e &&
             (is_day (ctx, ne + 1) || is_month (ctx, ne + 1) || is_weekday (ctx, ne + 1))) ||
            (ck_tok (ctx, ne)->kind == CK_TOK_NUMBER && !(ne + 1 < e && is_month (ctx, ne + 1))) ||
            ck_tok_is_punct (ctx, ne, '(') ||
            (wide_gap (ctx, ne) && (ck_count_words (ctx, ns, ne) >= 2 || edge_line (ctx, ln))) ||
            (ck_tok_is (ctx, ne, "Issue") && ck_tok_is_punct (ctx, ne + 1, ':')) ||
            ck_tok_is (ctx, ne, "Vol") || ck_tok_is (ctx, ne, "Volume")))
        continue;
      /* "Harbour Classical Review 2016.05.12" over the text: an online
       * journal numbers its reviews by the date they appeared */
      if (top_line (ctx, l) && !prefixed && ne < e &&
          (ck_span_in_lex (ctx, ns, ne, CK_LEX_PERIODICALS) || says_periodical (ctx, ns, ne)))
        {
          int y, m, d;
          gsize len = ck_tok (ctx, e - 1)->end - ck_tok (ctx, ne)->start;
          if (ck_dotted_ymd (ctx->text + ck_tok (ctx, ne)->start, len, &y, &m, &d) && y >= 1900)
            {
              rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
              ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, ns, ne));
              ck_record_take (rec, CK_FIELD_ISSUE, ck_span_dup (ctx, ne, e));
              ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (y, m, d));
              ck_mention_add (ctx, det, rec, ln->start, ck_tok (ctx, e - 1)->end, f, CK_MENTION_SELF);
              ck_claim (ctx, f, e);
              ck_masthead_heading (ctx, 0, rec);
              continue;
            }
        }
      if (!venue_elements (ctx, &v, ne, e))
        {
          venue_clear (&v);
          continue;
        }
      /* among other "Label: value" lines the issue date is one more
       * catalogue field of a notice page, not a line of its own */
      if (v.labelled && !ck_span_in_lex (ctx, ns, ne, CK_LEX_PERIODICALS) && g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, f)).line_end -
                          g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, f)).line_first > 1)
        {
          venue_clear (&v);
          continue;
        }
      if (v.date)
        date = ck_date_parse (v.date->str);
      if (date && date->year == 0)
        g_clear_pointer (&date, ck_date_free);
      /* a name in title case after the page needs a full date ("3   The
       * Salt Road   1956" is a row of a list) */
      if (title_foot && !(date && date->month && date->day))
        {
          venue_clear (&v);
          continue;
        }
      /* a bare "Name, date" line must be a dateline with a day, or name
       * its volume or issue; a page foot needs no date.  A month without
       * a day will do when the line places the piece on its page ("Name,
       * August 1979, pp 251-255") or the name is a known periodical, or
       * one that says it is a periodical at the top or foot of the text
       * ("The Harbour Monthly, June 2008") */
      edge = top_line (ctx, l) || l + 1 == ctx->t->lines->len || (v.sig && l + 1 == ctx->t->lines->len);
      /* "Site | Review no. 212" on the first line: a numbered review
       * needs no date */
      if (!date && v.number && l == 0 && !v.sig)
        {
          container = ck_span_dup (ctx, ns, ne);
          rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
          ck_record_set (rec, CK_FIELD_CONTAINER_TITLE, container);
          ck_record_set (rec, CK_FIELD_NUMBER, v.number);
          ck_mention_add (ctx, det, rec, ln->start, ck_tok (ctx, e - 1)->end, f, CK_MENTION_SELF);
          ck_claim (ctx, f, e);
          venue_clear (&v);
          if (ck_para_of (ctx, f) == 0)
            ck_masthead_heading (ctx, 0, rec);
          continue;
        }
      /* "Journal of Harbour Studies (N.S.) 29, 441-443" over the text:
       * a journal's citation of the piece needs no date */
      if (!date && !foot && top_line (ctx, l) && v.volume && v.pages && v.page_mark && !v.sig &&
          (ck_span_in_lex (ctx, ns, ne, CK_LEX_PERIODICALS) || ck_names_periodical (ctx, ns, ne)))
        {
          rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
          ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, ns, ne));
          ck_record_set (rec, CK_FIELD_VOLUME, v.volume);
          ck_record_set (rec, CK_FIELD_ISSUE, v.issue);
          ck_record_set (rec, CK_FIELD_PAGES, v.pages);
          ck_mention_add (ctx, det, rec, ln->start, ck_tok (ctx, e - 1)->end, f, CK_MENTION_SELF);
          ck_claim (ctx, f, e);
          venue_clear (&v);
          ck_masthead_heading (ctx, 0, rec);
          continue;
        }
      if ((!date && !foot) ||
          (!prefixed && !foot && !v.volume && !v.issue && !(v.day_month && date->day) &&
           !((date->month || date->season) && !ck_span_in_lex (ctx, ns, ne, CK_LEX_PUBLISHERS) &&
             (v.page_mark || ck_span_in_lex (ctx, ns, ne, CK_LEX_PERIODICALS) ||
              (edge && (ck_names_periodical (ctx, ns, ne) || lone_name (ctx, ns, ne))) ||
              /* "THE LANTERN   SEPTEMBER 1975" as the text's first line: a
               * running head sets the name in capitals, a column gap,
               * the month */
              (top_line (ctx, l) && (ck_tok (ctx, ns)->flags & CK_TOKF_UPPER) && ck_count_words (ctx, ns, ne) >= 2 &&
               ne < e && wide_gap (ctx, ne) && date->month && !person_or_institution (ctx, ns, ne))))) ||
          (one_caps && !(date && (date->day || lone_name (ctx, ns, ne)) && (edge || ck_names_periodical (ctx, ns, ne)))))
        {
          venue_clear (&v);
          continue;
        }
      if (foot && have_self (ctx))
        {
          venue_clear (&v);
          continue;
        }
      container = ck_span_dup (ctx, ns, ne);
      rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
      ck_record_set (rec, CK_FIELD_CONTAINER_TITLE, container);
      ck_record_set (rec, CK_FIELD_VOLUME, v.volume);
      ck_record_set (rec, CK_FIELD_ISSUE, v.issue);
      ck_record_set (rec, CK_FIELD_PAGES, v.pages);
      ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
      if (v.sig)
        {
          /* the signature after the gap names the reviewer */
          if (ctx->reviewers->len == 0)
            {
              guint n0 = ctx->reviewers->len;
              ck_names_forward (ctx, v.sig, e, CK_ROLE_AUTHOR, ctx->reviewers);
              for (guint q = n0; q < ctx->reviewers->len; q++)
                {
                  CkName *nm = g_ptr_array_index (ctx->reviewers, q);
                  ck_upper_to_title (&nm->family);
                  ck_upper_to_title (&nm->given);
                }
            }
          e = v.sig;
        }
      ck_mention_add (ctx, det, rec, ln->start, ck_tok (ctx, e - 1)->end, f, CK_MENTION_SELF);
      ck_claim (ctx, f, e);
      venue_clear (&v);
      /* a masthead over the text: the heading and byline under it */
      if (ck_para_of (ctx, f) == 0)
        ck_masthead_heading (ctx, 0, rec);
      /* "Published on Network (July, 2009)" among the labelled lines under
       * the book: the heading over the prose */
      else if (prefixed)
        ck_venue_heading_below (ctx, ck_para_of (ctx, f));
    }
  if (!have_self (ctx))
    masthead_alone (ctx, det);
  if (!have_self (ctx))
    ck_blog_post (ctx, det);
  if (!have_self (ctx))
    ck_venue_trail (ctx, det);
  if (!have_self (ctx))
    ck_venue_site_byline (ctx, det);
  if (!have_self (ctx))
    ck_venue_special_to (ctx, det);
  if (!have_self (ctx))
    ck_venue_dateline_paper (ctx, det);
  /* the weaker forms, when no line above named the venue: a page title
   * line in the header, a sentence of the prose */
  for (guint l = 0; l < ctx->t->lines->len && !have_self (ctx); l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, ln->tok_first));
      if (ln->tok_end <= ln->tok_first || !(pp->flags & CK_PARA_HEADER) || (pp->flags & CK_PARA_PROSE) ||
          ck_is_claimed (ctx, ln->tok_first, ln->tok_end))
        continue;
      if (!section_line (ctx, det, ln) && l == pp->line_first && !masthead_two_lines (ctx, det, pp))
        name_over_issue (ctx, det, pp);
    }
  if (!have_self (ctx))
    site_footer (ctx, det);
  if (!have_self (ctx))
    self_sentences (ctx, det);
}

CkDate *
ck_venue_date_only (const CkExtractCtx *ctx, guint j, guint e)
{
  return date_only (ctx, j, e);
}

CkDate *
ck_venue_month_year (const CkExtractCtx *ctx, guint j, guint e)
{
  return month_year (ctx, j, e);
}
