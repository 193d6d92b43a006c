/* venue-masthead.c — the block a periodical sets under its masthead, above
 * the reviewed book's header or the prose:
 *
 *   THE DAILY LAMP, FRIDAY, MAY 4, 1956        the masthead (detect-venue.c)
 *   Culture | Fiction                          a section trail: passed over
 *   OBITUARY / RECENT VERSE                    a section label, a column
 *                                              heading: passed over
 *   HARBOUR LIGHTS / AND SHADOWS               the review's heading, one
 *   ——                                         deck or more in capitals, or
 *   A Subhead in Two / Decks                   one line in other case; a
 *                                              rule or a subhead ends it
 *   A standfirst - reviewed by Ann Reed        a standfirst, perhaps closed
 *                                              by the reviewer's name
 *   By ANN REED / Reviewer: Dr Ann Reed, X     bylines
 *   Published June 9, 2017   Updated …         a dateline
 *   Ann Reed                                   a name under the heading
 *
 * The heading is the first line that is none of the others: a column
 * heading heads several reviews and a label the page, so they are the
 * review's title only when nothing else is (ck_find_review_heading() then
 * takes them).  The heading is claimed: a headline ("A POET'S HARBOUR OF
 * GLASS") is no work of its own.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "venue-masthead.h"
#include <string.h>

#define BLOCK_MAX_PARAS 7     /* paragraphs read under the masthead */
#define HEADING_MAX_WORDS 18  /* words in a heading */

/* One-word labels of a newspaper's pages and sections, never a review's
 * heading ("OBITUARY", "Poetry"). */
static const char * const section_labels[] = {
  "Review", "Reviews", "Books", "Notices", "Fiction", "Poetry", "Letters", "Arts", "Culture", "Criticism",
  "Features", "Opinion", "Comment", "Obituary", "Obituaries", "Literature", "Nonfiction", "Non-fiction",
  /* the books pages' standing sections ("PAPERBACKS", "First Novels") */
  "Novels", "Paperbacks", "Thrillers", "Essays", "Biography", "Memoir", "Memoirs", NULL,
};

/* The other words of a page's label of two to four words ("BOOK
 * REVIEW", "Arts and Culture", "NEW BOOKS"). */
static const char * const label_words[] = {
  "Book", "New", "Recent", "and", "the", "of", "in", "&",
  /* "BOOKS OF THE DAY", "Books of the Week", "Shorter Notices", "Other
   * Books": a column's standing label, set over every week's reviews */
  "Day", "Week", "Month", "Shorter", "Short", "Brief", "Other", "Latest", "First",
  /* "Books in General": a weekly's standing column */
  "General", NULL,
};

/* The nouns that close a reviewer's post under a byline ("Staff Writer",
 * "Book Critic", "Literary Editor"). */
static const char * const post_nouns[] = {
  "writer", "critic", "editor", "correspondent", "reporter", "columnist", "contributor", "reviewer", NULL,
};

/* "B O O K S", "N E W   F I C T I O N": a label set in letter-spaced
 * capitals, three letters or more, each a word of its own to the OCR.
 * A headline is never spaced out so; a section's label is. */
static gboolean
spaced_letters_line (const CkExtractCtx *ctx, guint f, guint e)
{
  for (guint k = f; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind != CK_TOK_WORD || t->end - t->start != 1 || !(t->flags & CK_TOKF_CAP))
        return FALSE;
    }
  return e >= f + 3;
}

/* A label of the page: every word a section label or a label word. */
static gboolean
label_line (const CkExtractCtx *ctx, guint f, guint e)
{
  guint words = 0;
  if (spaced_letters_line (ctx, f, e))
    return TRUE;
  /* "NEW BOOKS.": an older weekly's label, closed as its headlines are */
  if (e > f + 1 && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  for (guint k = f; k < e; k++)
    {
      /* "Reviews: Books", "Fiction / Poetry": labels of a section and
       * its part, joined by a colon, a bar or a slash */
      if (ck_tok_is_punct (ctx, k, '&') ||
          (k > f && k + 1 < e && (ck_tok_is_punct (ctx, k, ':') || ck_tok_is_punct (ctx, k, '|') || ck_tok_is_punct (ctx, k, '/'))))
        continue;
      if (!ck_tok_in_words (ctx, k, section_labels) && !ck_tok_in_words (ctx, k, label_words))
        return FALSE;
      words++;
    }
  return words >= 1 && words <= 4 &&
         (ck_tok_in_words (ctx, f, section_labels) || ck_tok_in_words (ctx, e - 1, section_labels));
}


static const CkPara *
para_at (const CkExtractCtx *ctx, guint p)
{
  return &g_array_index (ctx->t->paras, CkPara, p);
}

/* A column gap before token @i: two spaces or more, or a tab. */
static gboolean
gap_before (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_column_gap (ctx, i);
}

/* A line of dashes or rules only: "——", "* * *", "-----". */
static gboolean
rule_line (const CkExtractCtx *ctx, guint f, guint e)
{
  for (guint k = f; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind != CK_TOK_PUNCT ||
          !(t->ch == '-' || t->ch == 0x2013 || t->ch == 0x2014 || t->ch == '_' || t->ch == '*' || t->ch == '='))
        return FALSE;
    }
  return e > f;
}

/* "Culture | Fiction", "News | Arts | Poetry": capitalised words between
 * bars, a web page's section trail. */
static gboolean
trail_line (const CkExtractCtx *ctx, guint f, guint e)
{
  guint bars = 0, words = 0;
  for (guint k = f; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (ck_tok_is_punct (ctx, k, '|') || ck_tok_is_punct (ctx, k, '>') || ck_tok_is_punct (ctx, k, 0xBB) ||
          ck_tok_is_punct (ctx, k, 0x203A))
        bars++;
      else if (t->kind == CK_TOK_WORD && (t->flags & (CK_TOKF_CAP | CK_TOKF_FUNC)))
        words++;
      else if (!ck_tok_is_punct (ctx, k, '&'))
        return FALSE;
    }
  return bars > 0 && words > 0 && words <= 8;
}

/* Every word of [f,e) in capitals (one-letter words count). */
static gboolean
caps_line (const CkExtractCtx *ctx, guint f, guint e)
{
  guint words = 0;
  for (guint k = f; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind != CK_TOK_WORD)
        continue;
      words++;
      if (!(t->flags & CK_TOKF_UPPER) && !(t->end - t->start == 1 && (t->flags & CK_TOKF_CAP)))
        return FALSE;
    }
  return words > 0;
}

/* The date of a dateline at [f,e): "JUNE 9, 2017", "Published June
 * 9, 2017   Updated June 9, 2017", "Posted on June 9, 2017 by X";
 * NULL when the line is none. */
static CkDate *
dateline_at (const CkExtractCtx *ctx, guint f, guint e)
{
  guint g = f;
  if (f < e && (ck_tok_is (ctx, f, "Published") || ck_tok_is (ctx, f, "Posted") || ck_tok_is (ctx, f, "Updated")))
    {
      f++;
      if (f < e && (ck_tok_is (ctx, f, "on") || ck_tok_is_punct (ctx, f, ':')))
        f++;
    }
  if (f >= e)
    return NULL;
  g = f + 1;
  while (g < e && !gap_before (ctx, g) && !ck_tok_is (ctx, g, "by") && !ck_tok_is_punct (ctx, g, '|'))
    g++;
  if (g > f + 8)
    return NULL;
  return ck_venue_date_only (ctx, f, g);
}

CkDate *
ck_masthead_dateline (const CkExtractCtx *ctx, guint from_para)
{
  for (guint p = from_para; p < ctx->t->paras->len && p < from_para + BLOCK_MAX_PARAS; p++)
    {
      const CkPara *pp = para_at (ctx, p);
      if ((pp->flags & CK_PARA_PROSE) || !(pp->flags & CK_PARA_HEADER))
        break;
      for (guint l = pp->line_first; l < pp->line_end; l++)
        {
          const CkLine *ln = ck_line (ctx, l);
          CkDate *d;
          if (ln->tok_end > ln->tok_first && !ck_is_claimed (ctx, ln->tok_first, ln->tok_end) &&
              (d = dateline_at (ctx, ln->tok_first, ln->tok_end)))
            return d;
        }
    }
  return NULL;
}

/* "THE WINTER JOURNEY.": an older weekly closed its headline in capitals
 * with a full stop; two words at least, so that "REVIEWS." stays a label. */
static gboolean
stopped_caps_heading (const CkExtractCtx *ctx, guint f, guint e)
{
  return e > f + 2 && ck_tok_is_punct (ctx, e - 1, '.') && !ck_tok_is_punct (ctx, e - 2, '.') &&
         ck_count_words (ctx, f, e - 1) >= 2 && caps_line (ctx, f, e - 1);
}

/* A line that may be (a deck of) the heading: capitalised, short, not
 * closed by a full stop (but see above), not read already. */
static gboolean
heading_deck (const CkExtractCtx *ctx, guint f, guint e)
{
  guint words = e > f ? ck_count_words (ctx, f, e) : 0;
  guint w = f;
  const CkToken *t;
  /* "‘Salt in every line’": a headline that quotes the book */
  if (words > 0 && ck_tok (ctx, f)->kind == CK_TOK_QUOTE_OPEN && f + 1 < e)
    w = f + 1;
  t = words > 0 ? ck_tok (ctx, w) : NULL;
  return t && words <= HEADING_MAX_WORDS &&
         ((t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_CAP)) ||
          /* "100 years of the herring fleet": a number opens it */
          (t->kind == CK_TOK_NUMBER && w == f && words >= 2 && ck_tok (ctx, f + 1)->kind == CK_TOK_WORD)) &&
         (!ck_tok_is_punct (ctx, e - 1, '.') || stopped_caps_heading (ctx, f, e)) && !ck_is_claimed (ctx, f, e);
}

/* The headline [*f,*e) without the quotation marks around it all. */
static void
unquote (const CkExtractCtx *ctx, guint *f, guint *e)
{
  guint depth = 0;
  if (*e < *f + 3 || ck_tok (ctx, *f)->kind != CK_TOK_QUOTE_OPEN || ck_tok (ctx, *e - 1)->kind != CK_TOK_QUOTE_CLOSE)
    return;
  /* only when the closing mark closes the opening one ("‘A’ and ‘B’"
   * keeps its marks) */
  for (guint k = *f; k < *e - 1; k++)
    {
      if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN)
        depth++;
      else if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_CLOSE && depth > 0 && --depth == 0)
        return;
    }
  (*f)++;
  (*e)--;
}

/* The line [f,e) goes on the heading [hf,he) that ends in a function
 * word: short, no byline, no name alone, not closed by a full stop, the
 * whole within a heading's length. */
static gboolean
wrapped_deck (const CkExtractCtx *ctx, guint hf, guint he, guint f, guint e)
{
  return e > f && ck_tok (ctx, f)->kind == CK_TOK_WORD && ck_count_words (ctx, f, e) <= 8 &&
         ck_count_words (ctx, hf, he) + ck_count_words (ctx, f, e) <= HEADING_MAX_WORDS &&
         !ck_tok_is_punct (ctx, e - 1, '.') && ck_byline_cue (ctx, f, e) == f && !ck_is_claimed (ctx, f, e) &&
         !ck_only_names (ctx, f, e);
}

/* One person's name and nothing else, by its marks: a known forename
 * first or an initial ("Ann Reed", "R. G. HALLAM"); the lenient name scan
 * alone reads "Salt Gods and Harbour Politics" as two names. */
static gboolean
person_line (const CkExtractCtx *ctx, guint f, guint e)
{
  gboolean mark = ck_tok_in_lex (ctx, f, CK_LEX_GIVEN_NAMES);
  if (ck_count_words (ctx, f, e) > 4 || !ck_only_names (ctx, f, e))
    return FALSE;
  for (guint k = f; k < e; k++)
    {
      if (ck_tok_is (ctx, k, "and") || ck_tok_is_punct (ctx, k, '&') || ck_tok_is_punct (ctx, k, ','))
        return FALSE;
      mark |= (ck_tok (ctx, k)->flags & CK_TOKF_INITIAL) != 0;
    }
  return mark;
}

/* A short name by the lenient scan alone ("Leah Norcross"): a byline
 * when it stands right under the heading in the heading's paragraph. */
static gboolean
short_name_line (const CkExtractCtx *ctx, guint f, guint e)
{
  for (guint k = f; k < e; k++)
    if (ck_tok_is (ctx, k, "and") || ck_tok_is_punct (ctx, k, '&'))
      return FALSE;
  return ck_count_words (ctx, f, e) <= 3 && ck_only_names (ctx, f, e);
}

static const char * const title_case_small[] = { "by", "to", "as", "vs", NULL };

/* A line in sentence case: a word in lower case after the first that is
 * no function word ("Tom Vell's novel is his bleakest"). */
static gboolean
sentence_case (const CkExtractCtx *ctx, guint f, guint e)
{
  for (guint k = f + 1; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      /* "by" stays lower case in title case too ("Told by a Pilot"),
       * though the function words leave it out */
      if (t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_LOWER) && !(t->flags & CK_TOKF_FUNC) &&
          !ck_tok_in_words (ctx, k, title_case_small))
        return TRUE;
    }
  return FALSE;
}

/* "Harbour Boyhood, Told / At Great Length": two or three short decks
 * opening the paragraph, each opening with a capital, none closed by a
 * full stop, up to a byline or a name under them ("The Long Marsh and
 * the / People of the Coast / Reviewed by Ann Reed").  Returns the line
 * after the last deck, or the first line when the decks are fewer than
 * two. */
static guint
decks_end (const CkExtractCtx *ctx, const CkPara *pp)
{
  guint l = pp->line_first;
  for (; l < pp->line_end; l++)
    {
      const CkLine *ln = ck_line (ctx, l);
      if (ln->tok_end <= ln->tok_first || ck_byline_cue (ctx, ln->tok_first, ln->tok_end) > ln->tok_first ||
          person_line (ctx, ln->tok_first, ln->tok_end) ||
          (l > pp->line_first && l + 1 == pp->line_end && short_name_line (ctx, ln->tok_first, ln->tok_end) &&
           !(caps_line (ctx, ln->tok_first, ln->tok_end) &&
             caps_line (ctx, pp->tok_first, ck_line (ctx, pp->line_first)->tok_end))))
        break;
      if (!heading_deck (ctx, ln->tok_first, ln->tok_end) || ck_count_words (ctx, ln->tok_first, ln->tok_end) > 7)
        return pp->line_first;
      /* decks are set alike: a line in title case under one in capitals,
       * or one in sentence case, is a deck of its own or a standfirst
       * ("A HARBOUR IN WINTER / Tom Vell's Bleakest Novel Yet", "A
       * Harbour in Winter / Tom Vell's novel is his bleakest") */
      if (l > pp->line_first)
        {
          const CkLine *l0 = ck_line (ctx, pp->line_first);
          if (caps_line (ctx, l0->tok_first, l0->tok_end) != caps_line (ctx, ln->tok_first, ln->tok_end) ||
              sentence_case (ctx, l0->tok_first, l0->tok_end) || sentence_case (ctx, ln->tok_first, ln->tok_end))
            break;
        }
    }
  return l - pp->line_first >= 2 && l - pp->line_first <= 3 ? l : pp->line_first;
}

/* A book's header in the block ("TITLE. By Name. Publisher. $4.", "Title
 * / By Author / Place: Publisher, 1998"): the block ends there. */
static gboolean
book_header (const CkExtractCtx *ctx, const CkPara *pp)
{
  if (ck_has_imprint_signal (ctx->text, pp->start, pp->end) || ck_is_claimed (ctx, pp->tok_first, pp->tok_end))
    return TRUE;
  for (guint k = pp->tok_first + 1; k + 1 < pp->tok_end; k++)
    if (ck_tok_is (ctx, k, "By") && (ck_tok (ctx, k)->flags & CK_TOKF_CAP) && ck_tok_is_punct (ctx, k - 1, '.'))
      return TRUE;
  return FALSE;
}

/* Whether the one-line paragraph @p is the title of the book whose
 * header follows: "Salt Road" over "By Tom Vell. Gannet, 1990. $3", or
 * over "By Tom Vell" and "Gannet Press, 1990. 300 pp." (an imprint with
 * no title and no byline of its own). */
static gboolean
book_title_above (const CkExtractCtx *ctx, guint p)
{
  guint n = ctx->t->paras->len, q = p + 1, f, b;
  const CkPara *qq;
  if (q >= n)
    return FALSE;
  qq = para_at (ctx, q);
  f = qq->tok_first;
  b = ck_byline_cue (ctx, f, qq->tok_end);
  if (b > f && book_header (ctx, qq))
    return TRUE;
  /* a byline paragraph, then the imprint */
  if (b == f || qq->line_end - qq->line_first != 1 || book_header (ctx, qq) || q + 1 >= n)
    return FALSE;
  qq = para_at (ctx, q + 1);
  if (!book_header (ctx, qq))
    return FALSE;
  for (guint k = qq->tok_first; k < qq->tok_end; k++)
    if (ck_tok_is (ctx, k, "By") || ck_tok_is (ctx, k, "by"))
      return FALSE;
  f = qq->tok_first;
  return ck_tok (ctx, f)->kind != CK_TOK_WORD || ck_tok_in_lex (ctx, f, CK_LEX_PUBLISHERS) ||
         ck_tok_in_lex (ctx, f, CK_LEX_PLACES) ||
         ck_span_in_lex (ctx, f, MIN (f + 2, qq->tok_end), CK_LEX_PUBLISHERS) ||
         ck_span_in_lex (ctx, f, MIN (f + 2, qq->tok_end), CK_LEX_PLACES);
}

/* What a critic does in a standfirst ("Ann Reed on …", "Ann Reed
 * weighs …"); the book's author "returns", "writes", "tells" instead, so
 * the verbs are a critic's only. */
static const char * const standfirst_verbs[] = {
  "on", "reviews", "weighs", "assesses", "considers", "reads", "welcomes", "admires", "praises", "salutes",
  "applauds", "hails", "enjoys", "relishes", "savours", "savors", "questions", "doubts", "finds", "judges",
  "ponders", "appraises", "reconsiders", "revisits", NULL,
};

/* "Ann Reed on …", "ANN REED reviews …": a personal name of two or three
 * words opening the line, then "on" or a verb in the third person; the
 * name's end, or @f. */
static guint
standfirst_name_end (const CkExtractCtx *ctx, guint f, guint e)
{
  guint ne = ck_name_span_forward (ctx, f, e);
  const CkToken *v;
  if (ne < f + 2 || ne + 2 >= e || ck_count_words (ctx, f, ne) > 3 || ck_names_cover (ctx, f, ne) < ne ||
      !ck_tok_in_lex (ctx, f, CK_LEX_GIVEN_NAMES))
    return f;
  for (guint k = f; k < ne; k++)
    if (ck_tok (ctx, k)->kind != CK_TOK_WORD || ck_tok_is (ctx, k, "and"))
      return f;
  v = ck_tok (ctx, ne);
  if (v->kind != CK_TOK_WORD || !(v->flags & CK_TOKF_LOWER) || !ck_tok_in_words (ctx, ne, standfirst_verbs))
    return f;
  return ne;
}

/* "… reviewed by Ann Reed" closing the line: the name's start, or @e. */
static guint
reviewed_by_end (const CkExtractCtx *ctx, guint f, guint e)
{
  for (guint k = f; k + 2 < e; k++)
    if (ck_tok_is (ctx, k, "reviewed") && ck_tok_is (ctx, k + 1, "by") && k + 2 + 4 >= e &&
        ck_only_names (ctx, k + 2, e))
      return k + 2;
  return e;
}

/* Whether the heading [f, e) is "Title by Given Family". */
static gboolean
heading_names_book (const CkExtractCtx *ctx, guint f, guint e)
{
  for (guint k = f + 1; k + 2 < e; k++)
    if (ck_tok_is (ctx, k, "by") && !(ck_tok (ctx, k)->flags & CK_TOKF_CAP))
      return ck_only_names (ctx, k + 1, e);
  return FALSE;
}

/* "Reviewer: Dr Ann Reed, University of X": the name's [*s,*ne). */
static gboolean
reviewer_label (const CkExtractCtx *ctx, guint f, guint e, guint *s, guint *ne)
{
  guint k = f + 2, c;
  if (!(f + 2 < e && ck_tok_is (ctx, f, "Reviewer") && ck_tok_is_punct (ctx, f + 1, ':')))
    return FALSE;
  if (ck_tok_is (ctx, k, "Dr") || ck_tok_is (ctx, k, "Prof") || ck_tok_is (ctx, k, "Professor"))
    {
      k++;
      if (ck_tok_is_punct (ctx, k, '.'))
        k++;
    }
  c = k;
  while (c < e && !ck_tok_is_punct (ctx, c, ','))
    c++;
  if (c == k || !ck_only_names (ctx, k, c))
    return FALSE;
  *s = k;
  *ne = c;
  return TRUE;
}

/* The first line of [l,end) that is a book's whole header on one line
 * ("THE SALT ROAD. By Tom Vell. Gannet Press. $3.": a full stop, "By",
 * an imprint), or @end. */
static guint
one_line_header_in (const CkExtractCtx *ctx, guint l, guint end)
{
  for (; l < end; l++)
    {
      const CkLine *ln = ck_line (ctx, l);
      if (!ck_has_imprint_signal (ctx->text, ln->start, ln->end))
        continue;
      for (guint k = ln->tok_first + 1; k + 1 < ln->tok_end; k++)
        if (ck_tok_is (ctx, k, "By") && (ck_tok (ctx, k)->flags & CK_TOKF_CAP) && ck_tok_is_punct (ctx, k - 1, '.'))
          return l;
      return end;
    }
  return end;
}

/* Whether paragraph @p is a headline block: two to four lines, a short
 * first line, the last a byline ("By Ann Reed", "BY ANN REED"). */
static gboolean
kicker_over_block (const CkExtractCtx *ctx, guint p)
{
  const CkPara *pp = para_at (ctx, p);
  const CkLine *first, *last;
  guint b;
  if ((pp->flags & CK_PARA_PROSE) || pp->line_end - pp->line_first < 2 || pp->line_end - pp->line_first > 4)
    return FALSE;
  first = ck_line (ctx, pp->line_first);
  last = ck_line (ctx, pp->line_end - 1);
  if (first->tok_end <= first->tok_first || last->tok_end <= last->tok_first ||
      !heading_deck (ctx, first->tok_first, first->tok_end))
    return FALSE;
  b = ck_byline_cue (ctx, last->tok_first, last->tok_end);
  return b > last->tok_first && ck_only_names (ctx, b, last->tok_end);
}

void
ck_masthead_heading (CkExtractCtx *ctx, guint mp, CkRecord *self)
{
  gboolean obituary = FALSE, heading = ctx->review_title != NULL;
  guint heading_para = G_MAXUINT, heading_end_line = 0;
  for (guint p = mp; p < ctx->t->paras->len && p <= mp + BLOCK_MAX_PARAS; p++)
    {
      const CkPara *pp = para_at (ctx, p);
      guint l = pp->line_first, lend = pp->line_end;
      gboolean book_follows = FALSE;
      if (p == mp)
        {
          /* the masthead's own paragraph: the lines under the masthead
           * (claimed), up to a header among them */
          while (l < pp->line_end && ck_is_claimed (ctx, ck_line (ctx, l)->tok_first, ck_line (ctx, l)->tok_end))
            {
              /* "The Daily Lamp | Obituaries | 4 May 2009": the section
               * read as part of the masthead */
              for (guint k = ck_line (ctx, l)->tok_first; k < ck_line (ctx, l)->tok_end && !obituary; k++)
                obituary = ck_tok_is (ctx, k, "Obituary") || ck_tok_is (ctx, k, "Obituaries");
              if (obituary && self)
                ck_record_set_type (self, CK_TYPE_ARTICLE_NEWSPAPER);
              l++;
            }
          /* "…\nBy Ann Reed\nTHE SALT ROAD. By Tom Vell. Gannet. $3.":
           * the OCR set no blank line before a one-line book header; the
           * block ends at it */
          lend = one_line_header_in (ctx, l, pp->line_end);
          book_follows = lend < pp->line_end;
          if (l >= lend || lend - l > 5 || (!book_follows && (pp->flags & CK_PARA_PROSE)) ||
              ck_has_imprint_signal (ctx->text, ck_line (ctx, l)->start, ck_line (ctx, lend - 1)->end))
            continue;
        }
      else if ((pp->flags & CK_PARA_PROSE) || !(pp->flags & CK_PARA_HEADER) || pp->line_end - pp->line_first > 5 ||
               book_header (ctx, pp))
        {
          /* "A HEADLINE / ------- / TITLE. By Name. (Firm. 7s. 6d.)": the
           * headline over a rule set in the book's paragraph */
          const CkLine *h = ck_line (ctx, pp->line_first), *r = ck_line (ctx, pp->line_first + 1);
          if (!heading && !(pp->flags & CK_PARA_PROSE) && pp->line_end - pp->line_first >= 3 &&
              h->tok_end > h->tok_first && rule_line (ctx, r->tok_first, r->tok_end) &&
              heading_deck (ctx, h->tok_first, h->tok_end) && !ck_is_claimed (ctx, h->tok_first, r->tok_end))
            {
              ctx->review_title = ck_span_dup (ctx, h->tok_first, h->tok_end);
              ctx->review_title_start = h->start;
              ctx->review_title_end = h->end;
              /* unclaimed: the header's reader passes the headline and
               * the rule over itself (detect-header.c) */
            }
          return;
        }
      while (l < lend)
        {
          const CkLine *ln = ck_line (ctx, l);
          guint f = ln->tok_first, e = ln->tok_end, b, s, ne;
          CkDate *d;
          gboolean under_heading = heading_para == p && l == heading_end_line;
          l++;
          if (e <= f || ck_is_claimed (ctx, f, e) || rule_line (ctx, f, e) || trail_line (ctx, f, e))
            continue;
          if (label_line (ctx, f, e))
            {
              /* an obituary is a newspaper's article, reviewing no book */
              if (ck_tok_is (ctx, f, "Obituary") || ck_tok_is (ctx, f, "Obituaries"))
                {
                  obituary = TRUE;
                  if (self)
                    ck_record_set_type (self, CK_TYPE_ARTICLE_NEWSPAPER);
                }
              continue;
            }
          /* "Special to The Daily Lamp": the paper's own note */
          if (ck_tok_is (ctx, f, "Special") && ck_tok_is (ctx, f + 1, "to"))
            continue;
          /* "Lamp staff writer", "Book Critic": the reviewer's post under
           * the byline, no heading */
          if (ck_count_words (ctx, f, e) <= 6 && ck_tok_in_words (ctx, e - 1, post_nouns))
            continue;
          if ((d = dateline_at (ctx, f, e)))
            {
              if (self && !ck_record_get_date (self, CK_DATE_ISSUED))
                ck_record_take_date (self, CK_DATE_ISSUED, d);
              else
                ck_date_free (d);
              ck_claim (ctx, f, e);
              continue;
            }
          /* a dateline's label whose date was not read is no heading */
          if (ck_tok_is (ctx, f, "Published") || ck_tok_is (ctx, f, "Posted") || ck_tok_is (ctx, f, "Updated"))
            continue;
          /* bylines and name lines are left unclaimed: above a header
           * they may be the book's ("Salt Road / By Tom Vell / Gannet,
           * 1990"), and the header's reader decides */
          if ((b = ck_byline_cue (ctx, f, e)) > f && ck_only_names (ctx, b, e))
            {
              ck_add_reviewers (ctx, b, e);
              continue;
            }
          if (reviewer_label (ctx, f, e, &s, &ne))
            {
              ck_add_reviewers (ctx, s, ne);
              ck_claim (ctx, f, e);
              continue;
            }
          /* a name line: the reviewer's, or an obituary's subject as its
           * heading */
          if ((person_line (ctx, f, e) || (under_heading && short_name_line (ctx, f, e))) && !(obituary && !heading))
            {
              ck_add_reviewers (ctx, f, e);
              continue;
            }
          /* a standfirst closed by the reviewer's name, never the heading */
          if ((s = reviewed_by_end (ctx, f, e)) < e)
            {
              ck_add_reviewers (ctx, s, e);
              ck_claim (ctx, f, e);
              continue;
            }
          /* "Ann Reed on the close of Tom Vell's novels", "ANN REED
           * weighs …": a standfirst under the heading opens with the
           * reviewer's name; the line may name the book, so it stays
           * unclaimed */
          if (heading && (ne = standfirst_name_end (ctx, f, e)) > f)
            {
              ck_add_reviewers (ctx, f, ne);
              continue;
            }
          if (!heading && l - 1 == pp->line_first && pp->line_end - pp->line_first == 1 &&
              ck_column_heading (ctx, f, e))
            continue;
          /* "A CRITIC AT LARGE / (blank) / THE TELL-ALL / standfirst / BY
           * NAME": a line alone over a block that has its own headline and
           * closes with the byline is the column's name, a kicker */
          if (!heading && l - 1 == pp->line_first && pp->line_end - pp->line_first == 1 && p + 1 < ctx->t->paras->len &&
              kicker_over_block (ctx, p + 1))
            continue;
          /* "THE BOOKSHELF / A HARBOUR IN WINTER": a column's heading
           * over the headline in its paragraph is a kicker */
          if (!heading && l < lend && ck_column_heading (ctx, f, e) &&
              heading_deck (ctx, ck_line (ctx, l)->tok_first, ck_line (ctx, l)->tok_end) &&
              ck_byline_cue (ctx, ck_line (ctx, l)->tok_first, ck_line (ctx, l)->tok_end) == ck_line (ctx, l)->tok_first &&
              !person_line (ctx, ck_line (ctx, l)->tok_first, ck_line (ctx, l)->tok_end))
            continue;
          /* "Books: THE SALT ROAD, AND OTHERS": the page's label before
           * the heading on its line is no part of it ("Review: …" is the
           * headline's own form, kept whole) */
          if (!heading && e > f + 3 && ck_tok_is_punct (ctx, f + 1, ':') && ck_tok_in_words (ctx, f, section_labels) &&
              !ck_tok_is (ctx, f, "Review") && !ck_tok_is (ctx, f, "Reviews") && heading_deck (ctx, f + 2, e))
            f += 2;
          if (!heading && heading_deck (ctx, f, e))
            {
              /* the book's own title over its byline and imprint: no
               * heading, and the header's reader takes it */
              if (l - 1 == pp->line_first && pp->line_end - pp->line_first == 1 && book_title_above (ctx, p))
                return;
              /* decks in capitals go on while the lines stay in capitals;
               * a heading in other case is one line (a standfirst follows) */
              guint he = e;
              guint de = l - 1 == pp->line_first ? decks_end (ctx, pp) : pp->line_first;
              if (de > pp->line_first)
                {
                  he = ck_line (ctx, de - 1)->tok_end;
                  l = de;
                }
              else if (caps_line (ctx, f, e))
                while (l < lend)
                  {
                    const CkLine *nx = ck_line (ctx, l);
                    if (nx->tok_end <= nx->tok_first || !caps_line (ctx, nx->tok_first, nx->tok_end) ||
                        !heading_deck (ctx, nx->tok_first, nx->tok_end) ||
                        ck_byline_cue (ctx, nx->tok_first, nx->tok_end) > nx->tok_first ||
                        /* "A HARBOUR IN WINTER / ANN REED": the byline in
                         * capitals, a known forename first */
                        person_line (ctx, nx->tok_first, nx->tok_end))
                      break;
                    he = nx->tok_end;
                    l++;
                  }
              /* "Salt and the / narrow seas", "Salt, sorrow / and the
               * sea": a heading in other case wrapped after a function
               * word or before a word in lower case goes on (a standfirst
               * or deck opens with a capital), up to two lines */
              for (guint w = 0; w < 2 && l < lend && !caps_line (ctx, f, he) &&
                                ((ck_tok (ctx, he - 1)->flags & CK_TOKF_FUNC) ||
                                 (ck_tok (ctx, ck_line (ctx, l)->tok_first)->flags & CK_TOKF_LOWER));
                   w++)
                {
                  const CkLine *nx = ck_line (ctx, l);
                  if (!wrapped_deck (ctx, f, he, nx->tok_first, nx->tok_end))
                    break;
                  he = nx->tok_end;
                  l++;
                }
              {
                guint qf = f, qe = he;
                if (stopped_caps_heading (ctx, qf, qe))
                  qe--;
                unquote (ctx, &qf, &qe);
                ctx->review_title = ck_span_dup (ctx, qf, qe);
              }
              ctx->review_title_start = ck_tok (ctx, f)->start;
              ctx->review_title_end = ck_tok (ctx, he - 1)->end;
              /* "Title by Given Family": the web review's heading names
               * the book under review, which title-by then reads */
              if (!heading_names_book (ctx, f, he))
                ck_claim (ctx, f, he);
              heading = TRUE;
              heading_para = p;
              heading_end_line = l;
            }
        }
    }
}

/* text[s,e) with its HTML tags dropped and white space folded:
 * "Salt <em>Road</em>" → "Salt Road"; NULL when nothing is left. */
static char *
strip_tags (const char *text, gsize s, gsize e)
{
  GString *out = g_string_new (NULL);
  gboolean in_tag = FALSE, space = FALSE;
  for (gsize i = s; i < e; i++)
    {
      char c = text[i];
      if (c == '<')
        in_tag = TRUE;
      else if (c == '>' && in_tag)
        in_tag = FALSE;
      else if (!in_tag)
        {
          if (g_ascii_isspace (c))
            space = out->len > 0;
          else
            {
              if (space)
                g_string_append_c (out, ' ');
              space = FALSE;
              g_string_append_c (out, c);
            }
        }
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* The byte offset of @needle in text[s,e), or @e. */
static gsize
find_in (const char *text, gsize s, gsize e, const char *needle)
{
  gsize n = strlen (needle);
  for (gsize i = s; i + n <= e; i++)
    if (g_ascii_strncasecmp (text + i, needle, n) == 0)
      return i;
  return e;
}

/* The token at or after byte @off, or @end. */
static guint
tok_at (const CkExtractCtx *ctx, gsize off, guint from, guint end)
{
  while (from < end && ck_tok (ctx, from)->start < off)
    from++;
  return from;
}

gboolean
ck_blog_post (CkExtractCtx *ctx, const CkDetector *det)
{
  guint nl = MIN (ctx->t->lines->len, 12);
  for (guint l = 0; l < nl; l++)
    {
      const CkLine *ln = ck_line (ctx, l);
      guint f = ln->tok_first, e = ln->tok_end, k, g, ns, ne, posted;
      gboolean plain = FALSE;
      CkDate *d;
      CkRecord *rec;
      gsize hs, he;
      /* the meta line: "Posted on June 9, 2017 by <a …>name</a>" */
      for (k = f; k < e && !ck_tok_is (ctx, k, "Posted"); k++)
        ;
      if (k + 4 >= e || ck_is_claimed (ctx, k, e))
        continue;
      posted = k;
      k++;
      if (ck_tok_is (ctx, k, "on"))
        k++;
      for (g = k; g < e && g < k + 8 && !ck_tok_is (ctx, g, "by"); g++)
        ;
      if (g >= e || !ck_tok_is (ctx, g, "by") || !(d = ck_venue_date_only (ctx, k, g)))
        continue;
      /* the name after "by", inside a link or not, up to a tag or a bar */
      ns = g + 1;
      if (ck_tok_is_punct (ctx, ns, '<'))
        {
          while (ns < e && !ck_tok_is_punct (ctx, ns, '>'))
            ns++;
          ns++;
        }
      ne = ns;
      while (ne < e && ck_tok (ctx, ne)->kind == CK_TOK_WORD && ne < ns + 4)
        ne++;
      if (ne == ns || (ne < e && !(ck_tok_is_punct (ctx, ne, '<') || ck_tok_is_punct (ctx, ne, '|'))))
        {
          ck_date_free (d);
          continue;
        }
      /* the post's title: the first <h1> of the page, or in plain text
       * the heading on the line above the meta line */
      hs = find_in (ctx->text, 0, MIN (ctx->len, (gsize) 4000), "<h1");
      he = hs;
      if (hs < MIN (ctx->len, (gsize) 4000))
        {
          hs = find_in (ctx->text, hs, ctx->len, ">");
          he = find_in (ctx->text, hs, MIN (ctx->len, hs + 600), "</h1");
          if (hs >= ctx->len || he >= MIN (ctx->len, hs + 600))
            {
              ck_date_free (d);
              continue;
            }
          hs++;   /* after "<h1 …>" */
        }
      else if ((plain = l > 0 && posted == f) &&
               heading_deck (ctx, ck_line (ctx, l - 1)->tok_first, ck_line (ctx, l - 1)->tok_end))
        {
          hs = ck_line (ctx, l - 1)->start;
          he = ck_line (ctx, l - 1)->end;
        }
      else
        {
          ck_date_free (d);
          continue;
        }
      rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
      ck_assemble_title (rec, strip_tags (ctx->text, hs, he));
      if (!ck_record_has (rec, CK_FIELD_TITLE))
        {
          ck_date_free (d);
          ck_record_unref (rec);
          continue;
        }
      {
        g_autofree char *who = ck_span_dup (ctx, ns, ne);
        if (ne == ns + 1)
          ck_record_take_name (rec, ck_name_new_literal (CK_ROLE_AUTHOR, who));
        else
          {
            g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
            ck_names_forward (ctx, ns, ne, CK_ROLE_AUTHOR, names);
            for (guint q = 0; q < names->len; q++)
              ck_record_take_name (rec, ck_name_copy (g_ptr_array_index (names, q)));
          }
      }
      ck_record_take_date (rec, CK_DATE_ISSUED, d);
      /* the blog's name: "<p><strong>Name</strong> &mdash; a tagline</p>"
       * among the lines under the title */
      for (guint q = l + 1; q < nl; q++)
        {
          const CkLine *bl = ck_line (ctx, q);
          gsize ss = find_in (ctx->text, bl->start, bl->end, "<strong>"), se;
          if (ss >= bl->end || ss > bl->start + 8)
            continue;
          se = find_in (ctx->text, ss, bl->end, "</strong>");
          if (se < bl->end && (find_in (ctx->text, se, MIN (bl->end, se + 20), "&mdash;") < MIN (bl->end, se + 20) ||
                               find_in (ctx->text, se, MIN (bl->end, se + 20), "\u2014") < MIN (bl->end, se + 20)))
            {
              ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, strip_tags (ctx->text, ss + 8, se));
              ck_claim (ctx, bl->tok_first, bl->tok_end);
            }
          break;
        }
      /* or the site's part of the page's <title> ("Post | Blog"); in
       * plain text a short line over the post's title and meta line.
       * A post that names no blog names no venue: no record */
      if (!ck_record_has (rec, CK_FIELD_CONTAINER_TITLE) && plain)
        {
          const CkPara *p0 = para_at (ctx, 0);
          guint tp = ck_para_of (ctx, ck_line (ctx, l - 1)->tok_first);
          if (tp > 0 && p0->line_end - p0->line_first == 1 && heading_deck (ctx, p0->tok_first, p0->tok_end) &&
              ck_count_words (ctx, p0->tok_first, p0->tok_end) <= 6 && !person_line (ctx, p0->tok_first, p0->tok_end))
            {
              ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, p0->tok_first, p0->tok_end));
              ck_claim (ctx, p0->tok_first, p0->tok_end);
            }
        }
      else if (!ck_record_has (rec, CK_FIELD_CONTAINER_TITLE))
        {
          gsize ts = find_in (ctx->text, 0, MIN (ctx->len, (gsize) 4000), "<title>"), te, bar;
          if (ts < MIN (ctx->len, (gsize) 4000))
            {
              te = find_in (ctx->text, ts, MIN (ctx->len, ts + 300), "</title");
              bar = te;
              for (gsize i = ts; i + 3 <= te; i++)
                if (ctx->text[i] == ' ' && ctx->text[i + 1] == '|' && ctx->text[i + 2] == ' ')
                  bar = i + 3;
              if (te < MIN (ctx->len, ts + 300) && bar < te)
                ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, strip_tags (ctx->text, bar, te));
            }
        }
      if (!ck_record_has (rec, CK_FIELD_CONTAINER_TITLE))
        {
          ck_record_unref (rec);
          continue;
        }
      ck_mention_add (ctx, det, rec, ln->start, ln->end, f, CK_MENTION_SELF);
      ck_claim (ctx, f, e);
      {
        guint ht = tok_at (ctx, hs, 0, ck_n_toks (ctx)), hte = tok_at (ctx, he, ht, ck_n_toks (ctx));
        ck_claim (ctx, ht, hte);
      }
      return TRUE;
    }
  return FALSE;
}
