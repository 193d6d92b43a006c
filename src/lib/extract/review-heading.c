/* review-heading.c — more layouts of the review's own heading and byline,
 * met by ck_find_review_heading() as it walks back from the reviewed
 * book's header (or the first prose paragraph) towards the top:
 *
 *   By GIVEN FAMILY / Literary Editor      a byline over the reviewer's post
 *   Heading of the Review / by Given Family the heading (1-2 lines) over its
 *                                          byline
 *   A standfirst sentence. By Given Family  a standfirst ending in a byline
 *   A HEADLINE SET IN / TWO DECKS          a headline in capitals on 2-3 lines
 *   A Headline Set / In Two Decks          or in title case, in short decks
 *   Home > Library > Notices               a breadcrumb trail: never a heading
 *
 * and one more form of the reviewer's signature after the prose:
 *
 *   Given R. Family / University of Somewhere   name over affiliation,
 *                                               before the notes or the end
 *   Given Family writes on geology.             a closing note on the
 *                                               reviewer
 *
 * Each returns TRUE when it has read the paragraph, so that the older
 * rules (which take a name line for the reviewer and a short title-like
 * line for the heading) do not read it again.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "venue-masthead.h"
#include <string.h>

#define HEADLINE_MAX_DECK_WORDS 7   /* words on one line of a headline */


/* "By", "by", "Reviewed by", "Review by:" at @f: the token after, or @f. */
static guint
byline_cue (const CkExtractCtx *ctx, guint f, guint e)
{
  guint k = f;
  if (f < e && ck_tok_is (ctx, f, "By"))
    k = f + 1;
  else if (f + 1 < e && (ck_tok_is (ctx, f, "Reviewed") || ck_tok_is (ctx, f, "Review") || ck_tok_is (ctx, f, "Essay")) &&
           ck_tok_is (ctx, f + 1, "by"))
    k = f + 2;
  else if (f + 2 < e && ck_tok_is (ctx, f, "Review") && ck_tok_is (ctx, f + 1, "essay") && ck_tok_is (ctx, f + 2, "by"))
    k = f + 3;   /* "Review essay by Given Family" */
  if (k > f && k < e && ck_tok_is_punct (ctx, k, ':'))
    k++;
  return k;
}

/* Whether [f,e) is one to three personal names and nothing else (a full
 * stop may close them). */
static gboolean
only_names (const CkExtractCtx *ctx, guint f, guint e)
{
  if (e > f + 1 && ck_tok_is_punct (ctx, e - 1, '.') && !(ck_tok (ctx, e - 2)->flags & CK_TOKF_INITIAL))
    e--;
  return e > f && ck_count_words (ctx, f, e) <= 8 && ck_names_cover (ctx, f, e) >= e;
}

static void
add_reviewers (CkExtractCtx *ctx, guint f, guint e)
{
  guint n0;
  /* a byline corrects a name read from a bare line above it */
  if (ctx->reviewers_bare)
    g_ptr_array_set_size (ctx->reviewers, 0);
  ctx->reviewers_bare = FALSE;
  n0 = ctx->reviewers->len;
  if (n0 > 0)
    return;
  ck_names_forward (ctx, f, e, CK_ROLE_AUTHOR, ctx->reviewers);
  /* "By WALTER E. HOLLIS" signs as "Walter E. Hollis" */
  for (guint k = n0; k < ctx->reviewers->len; k++)
    {
      CkName *nm = g_ptr_array_index (ctx->reviewers, k);
      ck_upper_to_title (&nm->family);
      ck_upper_to_title (&nm->given);
    }
}

/* A line that can be a heading: short, capitalised, no closing full
 * stop, not already read as a citation, not only names. */
static gboolean
heading_line (const CkExtractCtx *ctx, guint f, guint e)
{
  guint words = ck_count_words (ctx, f, e);
  return words > 0 && words <= 16 && (ck_tok (ctx, f)->flags & CK_TOKF_CAP) && !ck_is_claimed (ctx, f, e) &&
         !ck_tok_is_punct (ctx, e - 1, '.') && ck_names_cover (ctx, f, e) < e && ck_title_plausible (ctx, f, e);
}

static void
set_heading (CkExtractCtx *ctx, guint f, guint e)
{
  ctx->review_title = ck_span_dup (ctx, f, e);
  ctx->review_title_start = ck_tok (ctx, f)->start;
  ctx->review_title_end = ck_tok (ctx, e - 1)->end;
}

/* The nouns of a periodical's review column ("NEW NOVELS", "Recent
 * Fiction", "BOOKS OF THE WEEK") and the words that may stand beside
 * them.  General English usage of review pages. */
static const char * const column_nouns[] = {
  "Novels", "Fiction", "Books", "Poetry", "Verse", "Reviews", "Notices", "Biography", "Paperbacks", "Thrillers",
  "Nonfiction", "Non-fiction", "Bookshelf", NULL,
};
static const char * const column_words[] = {
  "New", "Recent", "Current", "Latest", "Other", "Some", "Shorter", "Short", "Book", "of", "the", "Week",
  "Month", "Year", "in", "Brief", "Briefly", "Noted", "and", "Fortnight", "Arts", "Letters", "Authors", "Writers",
  "Critics", "Literary", "Choice", NULL,
};

/* A column heading on a line of its own: two to five words, each
 * capitalised or a column word, at least one a column noun.  It heads
 * several reviews, so it is the heading only when nothing nearer the book
 * was; it is never a name. */
static gboolean
column_heading (const CkExtractCtx *ctx, guint f, guint e)
{
  gboolean noun = FALSE;
  guint words = 0;
  for (guint k = f; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind != CK_TOK_WORD)
        return FALSE;
      words++;
      if (ck_tok_in_words (ctx, k, column_nouns) && (t->flags & CK_TOKF_CAP))
        noun = TRUE;
      else if (!ck_tok_in_words (ctx, k, column_words))
        return FALSE;
    }
  /* one word ("Books") is a section label of the page, not a heading */
  return noun && words >= 2 && words <= 5 && (ck_tok (ctx, f)->flags & CK_TOKF_CAP);
}

/* "Book Reviews", "REVIEWS", "Book Review": a section label of any
 * periodical, no heading of one review. */
static gboolean
generic_label (const CkExtractCtx *ctx, guint f, guint e)
{
  static const char * const words[] = { "Book", "Books", "Review", "Reviews", NULL };
  for (guint k = f; k < e; k++)
    if (!ck_tok_in_words (ctx, k, words))
      return FALSE;
  return e > f;
}

/* "BOOK REVIEW ESSAY", "Review Essay", "Books and Arts": a label of the
 * page's section in any case, naming a kind of piece and nothing else. */
static gboolean
section_label (const CkExtractCtx *ctx, guint f, guint e)
{
  static const char * const kinds[] = { "book", "books", "review", "reviews", "essay", "essays", "notices", NULL };
  static const char * const others[] = { "and", "arts", "the", "of", "new", "recent", "in", "brief", "short",
                                         "shorter", "feature", "features", "literary", "supplement", NULL };
  gboolean kind = FALSE;
  if (e <= f + 1 || e - f > 5)
    return FALSE;
  for (guint k = f; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      g_autofree char *w = NULL;
      if (t->kind != CK_TOK_WORD)
        return FALSE;
      w = g_ascii_strdown (ctx->text + t->start, t->end - t->start);
      if (g_strv_contains (kinds, w))
        kind = TRUE;
      else if (!g_strv_contains (others, w))
        return FALSE;
    }
  return kind;
}

gboolean
ck_review_heading_layout (CkExtractCtx *ctx, guint p)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
  guint nl = pp->line_end - pp->line_first, f = pp->tok_first, e = pp->tok_end;

  if (nl == 0 || nl > 3 || e <= f || ck_count_words (ctx, f, e) > 60)
    return FALSE;

  if (nl == 1 && !ck_is_claimed (ctx, f, e) && column_heading (ctx, f, e))
    {
      /* "BOOK REVIEWS" only labels the section: the review is then
       * listed under its book */
      if (!ctx->review_title && !generic_label (ctx, f, e))
        set_heading (ctx, f, e);
      return TRUE;
    }

  /* a breadcrumb trail: two or more ">" or "»" between words; a page's
   * running label, "Saturday Review | Books", "BOOK REVIEW ESSAY" */
  if (nl == 1)
    {
      guint arrows = 0, bars = 0;
      for (guint k = f; k < e; k++)
        {
          arrows += ck_tok_is_punct (ctx, k, '>') || ck_tok_is_punct (ctx, k, 0xBB);
          bars += ck_tok_is_punct (ctx, k, '|');
        }
      if (arrows >= 2 || (bars >= 1 && ck_count_words (ctx, f, e) <= 6) || section_label (ctx, f, e))
        return TRUE;
    }

  /* "By ANN C. REED", "By Ann Reed, Staff Writer": a byline of one line */
  if (nl == 1)
    {
      guint b = byline_cue (ctx, f, e), ne;
      if (b > f && b < e && (ne = ck_names_cover (ctx, b, e)) > b && ck_count_words (ctx, b, ne) <= 8 &&
          !ck_is_claimed (ctx, f, e) &&
          (ne == e || (ne + 1 == e && ck_tok_is_punct (ctx, ne, '.')) ||
           (ck_tok_is_punct (ctx, ne, ',') && ne + 1 < e && (ck_tok (ctx, ne + 1)->flags & CK_TOKF_CAP) &&
            ck_count_words (ctx, ne + 1, e) <= 6 && ck_sentence_end (ctx, ne + 1) >= e)))
        {
          add_reviewers (ctx, b, ne);
          return TRUE;
        }
    }

  if (nl == 2)
    {
      const CkLine *l1 = ck_line (ctx, pp->line_first), *l2 = ck_line (ctx, pp->line_first + 1);
      guint b1 = byline_cue (ctx, l1->tok_first, l1->tok_end);
      /* "By GIVEN FAMILY / Literary Editor": the second line is the post */
      if (b1 > l1->tok_first && only_names (ctx, b1, l1->tok_end) && ck_count_words (ctx, l2->tok_first, l2->tok_end) <= 6 &&
          ck_sentence_end (ctx, l2->tok_first) >= l2->tok_end)
        {
          add_reviewers (ctx, b1, l1->tok_end);
          return TRUE;
        }
    }

  /* "Heading / by Given Family", "A HEADLINE IN / TWO DECKS / By Name": the
   * last line a byline, the lines above it the heading */
  if (nl == 2 || nl == 3)
    {
      const CkLine *lb = ck_line (ctx, pp->line_end - 1);
      guint b = byline_cue (ctx, lb->tok_first, lb->tok_end);
      if (b > lb->tok_first && only_names (ctx, b, lb->tok_end) && lb->tok_first > f &&
          heading_line (ctx, f, lb->tok_first) && !ck_is_claimed (ctx, lb->tok_first, lb->tok_end))
        {
          if (!ctx->review_title)
            set_heading (ctx, f, lb->tok_first);
          add_reviewers (ctx, b, lb->tok_end);
          return TRUE;
        }
    }

  /* "A standfirst sentence. By Given Family": a byline closing the
   * paragraph after a sentence end */
  {
    for (guint k = e; k-- > f + 2;)
      if (ck_tok_is (ctx, k, "By") && (ck_tok_is_punct (ctx, k - 1, '.') || ck_tok_is_punct (ctx, k - 1, '?') ||
                                       ck_tok_is_punct (ctx, k - 1, '!')))
        {
          if (e - k <= 6 && only_names (ctx, k + 1, e))
            {
              /* "Headline / A standfirst sentence. By Name": the first
               * line, with no sentence end, is the headline */
              const CkLine *l1 = ck_line (ctx, pp->line_first);
              if (nl >= 2 && !ctx->review_title && l1->tok_end <= k &&
                  ck_sentence_end (ctx, l1->tok_first) >= l1->tok_end && heading_line (ctx, l1->tok_first, l1->tok_end))
                set_heading (ctx, l1->tok_first, l1->tok_end);
              add_reviewers (ctx, k + 1, e);
              return TRUE;
            }
          break;
        }
  }

  /* "A HEADLINE SET IN / TWO DECKS": every word in capitals */
  if (nl >= 2 && !ctx->review_title && heading_line (ctx, f, e))
    {
      gboolean caps = TRUE;
      for (guint k = f; k < e && caps; k++)
        {
          const CkToken *t = ck_tok (ctx, k);
          if (t->kind == CK_TOK_WORD && !(t->flags & CK_TOKF_UPPER) && !(t->end - t->start == 1 && (t->flags & CK_TOKF_CAP)))
            caps = FALSE;
        }
      if (caps)
        {
          set_heading (ctx, f, e);
          return TRUE;
        }
      /* "Harbour Boyhood, Told / At Great Length": a headline in title
       * case, every deck short and opening with a capital */
      {
        gboolean decks = TRUE;
        for (guint l = pp->line_first; l < pp->line_end && decks; l++)
          {
            const CkLine *ln = ck_line (ctx, l);
            /* a deck of names is the byline ("Heading / Given Family") */
            decks = ln->tok_first < ln->tok_end && (ck_tok (ctx, ln->tok_first)->flags & CK_TOKF_CAP) &&
                    ck_count_words (ctx, ln->tok_first, ln->tok_end) <= HEADLINE_MAX_DECK_WORDS &&
                    !(ck_count_words (ctx, ln->tok_first, ln->tok_end) <= 4 &&
                      only_names (ctx, ln->tok_first, ln->tok_end));
          }
        /* under a headline of two or more decks it is the subhead */
        if (decks && p > 0)
          {
            const CkPara *up = &g_array_index (ctx->t->paras, CkPara, p - 1);
            if (up->line_end - up->line_first >= 2 && up->line_end - up->line_first <= 3 &&
                heading_line (ctx, up->tok_first, up->tok_end))
              decks = FALSE;
          }
        if (decks)
          {
            set_heading (ctx, f, e);
            return TRUE;
          }
      }
    }
  return FALSE;
}

/* Whether paragraph @p opens like a note: "1 Author…", "¹Author…", "[1]". */
gboolean
ck_note_para (const CkExtractCtx *ctx, guint p)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
  const CkToken *t;
  gunichar c;
  if (pp->tok_end <= pp->tok_first)
    return FALSE;
  t = ck_tok (ctx, pp->tok_first);
  c = g_utf8_get_char (ctx->text + t->start);
  return t->kind == CK_TOK_NUMBER || ck_tok_is_punct (ctx, pp->tok_first, '[') || ck_tok_is_punct (ctx, pp->tok_first, '*') ||
         c == 0xB9 || c == 0xB2 || c == 0xB3 || (c >= 0x2070 && c <= 0x2079);
}

static guint
name_count (const CkExtractCtx *ctx, guint f, guint e)
{
  g_autoptr(GPtrArray) tmp = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  ck_names_forward (ctx, f, e, CK_ROLE_AUTHOR, tmp);
  return tmp->len;
}

gboolean
ck_signature_affiliation (const CkExtractCtx *ctx, guint *s, guint *e)
{
  guint n = ctx->t->paras->len;
  for (guint q = n; q-- > 1;)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, q);
      const CkPara *prev = &g_array_index (ctx->t->paras, CkPara, q - 1);
      const CkLine *l1, *l2;
      guint w2;
      /* the signature closes the text, or stands before its notes */
      if (!(q + 3 >= n || (q + 1 < n && ck_note_para (ctx, q + 1))))
        continue;
      if (pp->line_end - pp->line_first != 2 || !(prev->flags & CK_PARA_PROSE))
        continue;
      l1 = ck_line (ctx, pp->line_first);
      l2 = ck_line (ctx, pp->line_first + 1);
      w2 = ck_count_words (ctx, l2->tok_first, l2->tok_end);
      if (l1->tok_end <= l1->tok_first || l2->tok_end <= l2->tok_first || w2 == 0 || w2 > 8 ||
          ck_count_words (ctx, l1->tok_first, l1->tok_end) > 5 || !only_names (ctx, l1->tok_first, l1->tok_end) ||
          name_count (ctx, l1->tok_first, l1->tok_end) != 1 ||
          !(ck_tok (ctx, l2->tok_first)->flags & CK_TOKF_CAP) || ck_sentence_end (ctx, l2->tok_first) < l2->tok_end ||
          ck_is_claimed (ctx, l1->tok_first, l2->tok_end))
        continue;
      *s = l1->tok_first;
      *e = l1->tok_end;
      return TRUE;
    }
  return FALSE;
}

/* The verbs of a closing note on the reviewer: "Ann Reed is a critic",
 * "Ann Reed teaches at …", "Ann Reed's latest book is …" is none. */
static const char * const bio_verbs[] = { "is", "teaches", "taught", "writes", "lives", "edits", NULL };
/* what "is" must be followed by: "is a critic", "is the author of",
 * "is professor of" ("Ann Reed is right" is no note) */
static const char * const bio_is[] = { "a", "an", "the", "professor", "senior", "currently", "emeritus", NULL };

/* Whether the word at @k occurs among tokens [0,end). */
static gboolean
word_before (const CkExtractCtx *ctx, guint k, guint end)
{
  const CkToken *w = ck_tok (ctx, k);
  gsize n = w->end - w->start;
  for (guint i = 0; i < end; i++)
    {
      const CkToken *t = ck_tok (ctx, i);
      if (t->kind == CK_TOK_WORD && t->end - t->start == n && memcmp (ctx->text + t->start, ctx->text + w->start, n) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
ck_signature_bio (const CkExtractCtx *ctx, guint *s, guint *e)
{
  guint n = ctx->t->paras->len, f, ne;
  const CkPara *pp;
  if (n < 2)
    return FALSE;
  pp = &g_array_index (ctx->t->paras, CkPara, n - 1);
  f = pp->tok_first;
  /* a short last paragraph after the prose, opening with a full name and
   * a verb of the reviewer's life */
  if (pp->end - pp->start > 300 || pp->tok_end <= f + 3 ||
      !(g_array_index (ctx->t->paras, CkPara, n - 2).flags & CK_PARA_PROSE) || ck_is_claimed (ctx, f, f + 1))
    return FALSE;
  ne = ck_name_span_forward (ctx, f, pp->tok_end);
  if (ne <= f + 1 || ck_count_words (ctx, f, ne) > 4 || ck_names_cover (ctx, f, ne) < ne || ne + 2 >= pp->tok_end)
    return FALSE;
  /* the reviewer is not the subject: the family name is nowhere before */
  if (word_before (ctx, ne - 1, f))
    return FALSE;
  if (ck_tok_is (ctx, ne, "is") && !ck_tok_in_words (ctx, ne + 1, bio_is))
    return FALSE;
  for (guint k = 0; bio_verbs[k]; k++)
    if (ck_tok_is (ctx, ne, bio_verbs[k]) && (ck_tok (ctx, ne)->flags & CK_TOKF_LOWER))
      {
        *s = f;
        *e = ne;
        return TRUE;
      }
  return FALSE;
}

/* Whether every word of [f,e) is in capitals (initials count). */
gboolean
ck_all_caps (const CkExtractCtx *ctx, guint f, guint e)
{
  for (guint k = f; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_WORD && !(t->flags & (CK_TOKF_UPPER | CK_TOKF_INITIAL)) &&
          !(t->end - t->start == 1 && (t->flags & CK_TOKF_CAP)))
        return FALSE;
    }
  return TRUE;
}

/* A column gap before token @i on its line: two spaces or more, or a tab. */
static gboolean
column_gap (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_column_gap (ctx, i);
}

void
ck_review_byline_late (CkExtractCtx *ctx)
{
  guint n = ctx->t->paras->len, first_prose = n;
  if (ctx->reviewers->len > 0)
    return;
  for (guint p = 0; p < n; p++)
    if (g_array_index (ctx->t->paras, CkPara, p).flags & CK_PARA_PROSE)
      {
        first_prose = p;
        break;
      }
  /* "Reviewer: Dr Ann Reed, Some University": a labelled line among the
   * header's paragraphs */
  for (guint p = 0; p < first_prose && p < n; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      for (guint l = pp->line_first; l < pp->line_end; l++)
        {
          const CkLine *ln = ck_line (ctx, l);
          guint k = ln->tok_first + 2, c;
          if (ln->tok_end <= k || !ck_tok_is (ctx, ln->tok_first, "Reviewer") ||
              !ck_tok_is_punct (ctx, ln->tok_first + 1, ':'))
            continue;
          if (ck_tok_is (ctx, k, "Dr") || ck_tok_is (ctx, k, "Prof") || ck_tok_is (ctx, k, "Professor"))
            k += ck_tok_is_punct (ctx, k + 1, '.') ? 2 : 1;
          c = k;
          while (c < ln->tok_end && !ck_tok_is_punct (ctx, c, ','))
            c++;
          if (c > k && only_names (ctx, k, c))
            {
              add_reviewers (ctx, k, c);
              return;
            }
        }
    }
  /* "ANN C. REED / Lantern College": a name in capitals over the
   * reviewer's affiliation between a book's header (read by a detector)
   * and the prose */
  for (guint p = 1; p + 1 < n && p < 12; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      const CkPara *up = &g_array_index (ctx->t->paras, CkPara, p - 1);
      const CkLine *l1, *l2;
      guint w2;
      if (pp->line_end - pp->line_first != 2 || (pp->flags & CK_PARA_PROSE) ||
          !(g_array_index (ctx->t->paras, CkPara, p + 1).flags & CK_PARA_PROSE) ||
          !ck_is_claimed (ctx, up->tok_first, up->tok_end) || ck_is_claimed (ctx, pp->tok_first, pp->tok_end))
        continue;
      l1 = ck_line (ctx, pp->line_first);
      l2 = ck_line (ctx, pp->line_first + 1);
      w2 = ck_count_words (ctx, l2->tok_first, l2->tok_end);
      if (l1->tok_end > l1->tok_first + 1 && ck_all_caps (ctx, l1->tok_first, l1->tok_end) &&
          ck_count_words (ctx, l1->tok_first, l1->tok_end) <= 4 && only_names (ctx, l1->tok_first, l1->tok_end) &&
          w2 > 0 && w2 <= 6 && (ck_tok (ctx, l2->tok_first)->flags & CK_TOKF_CAP) &&
          !ck_all_caps (ctx, l2->tok_first, l2->tok_end) && ck_sentence_end (ctx, l2->tok_first) >= l2->tok_end)
        {
          add_reviewers (ctx, l1->tok_first, l1->tok_end);
          return;
        }
    }
  /* "JAMES ROWE" alone as the text's last paragraph, after the notes:
   * a signature in capitals with a forename or an initial */
  if (n >= 2)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, n - 1);
      guint f = pp->tok_first, e = pp->tok_end;
      gboolean mark;
      /* "-ANN C. ROWE-": the OCR reads the rules around a signature as
       * dashes */
      while (f < e && (ck_tok_is_punct (ctx, f, '-') || ck_tok_is_punct (ctx, f, 0x2013) || ck_tok_is_punct (ctx, f, 0x2014)))
        f++;
      while (e > f && (ck_tok_is_punct (ctx, e - 1, '-') || ck_tok_is_punct (ctx, e - 1, 0x2013) ||
                       ck_tok_is_punct (ctx, e - 1, 0x2014)))
        e--;
      mark = e > f && ck_tok_in_lex (ctx, f, CK_LEX_GIVEN_NAMES);
      for (guint k = f; k < e; k++)
        mark |= (ck_tok (ctx, k)->flags & CK_TOKF_INITIAL) != 0;
      if (pp->line_end - pp->line_first == 1 && e > f + 1 && mark && !ck_is_claimed (ctx, f, e) &&
          ck_all_caps (ctx, f, e) && ck_count_words (ctx, f, e) <= 4 && only_names (ctx, f, e) && first_prose < n - 1)
        {
          add_reviewers (ctx, f, e);
          return;
        }
    }
  /* "…the book deserves better.\n            -ANN C. ROWE-": the signature
   * on the last line of the prose's last paragraph, set apart by its
   * indent or the dashes around it, in capitals with a forename or an
   * initial */
  if (n >= 1 && first_prose < n)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, n - 1);
      const CkLine *ln = ck_line (ctx, pp->line_end - 1);
      guint f = ln->tok_first, e = ln->tok_end;
      gboolean dashed = FALSE, mark;
      while (f < e && (ck_tok_is_punct (ctx, f, '-') || ck_tok_is_punct (ctx, f, 0x2013) || ck_tok_is_punct (ctx, f, 0x2014)))
        f++, dashed = TRUE;
      while (e > f && (ck_tok_is_punct (ctx, e - 1, '-') || ck_tok_is_punct (ctx, e - 1, 0x2013) ||
                       ck_tok_is_punct (ctx, e - 1, 0x2014)))
        e--;
      mark = e > f && ck_tok_in_lex (ctx, f, CK_LEX_GIVEN_NAMES);
      for (guint k = f; k < e; k++)
        mark |= (ck_tok (ctx, k)->flags & CK_TOKF_INITIAL) != 0;
      if (pp->line_end - pp->line_first >= 2 && e > f + 1 && mark && (dashed || ck_tok (ctx, ln->tok_first)->col > 12) &&
          !ck_is_claimed (ctx, f, e) && ck_all_caps (ctx, f, e) && ck_count_words (ctx, f, e) <= 4 && only_names (ctx, f, e))
        {
          add_reviewers (ctx, f, e);
          return;
        }
    }
  /* "Lantern College          J. M. ROWE" (or the name first): the
   * reviewer's name in capitals and affiliation set apart by a column
   * gap on the text's last line */
  if (n >= 2 && first_prose < n - 1)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, n - 1);
      guint f = pp->tok_first, e = pp->tok_end, g = f + 1;
      while (g < e && !column_gap (ctx, g))
        g++;
      if (pp->line_end - pp->line_first == 1 && g < e && !ck_is_claimed (ctx, f, e) && ck_count_words (ctx, f, e) <= 10)
        {
          /* the side in capitals with an initial or a forename is the name */
          for (guint side = 0; side < 2; side++)
            {
              guint ns = side == 0 ? g : f, ne = side == 0 ? e : g, os = side == 0 ? f : g, oe = side == 0 ? g : e;
              gboolean mark = ck_tok_in_lex (ctx, ns, CK_LEX_GIVEN_NAMES);
              for (guint k = ns; k < ne; k++)
                mark |= (ck_tok (ctx, k)->flags & CK_TOKF_INITIAL) != 0;
              if (mark && ck_all_caps (ctx, ns, ne) && ck_count_words (ctx, ns, ne) <= 4 && only_names (ctx, ns, ne) &&
                  (ck_tok (ctx, os)->flags & CK_TOKF_CAP) && !ck_all_caps (ctx, os, oe) && ck_count_words (ctx, os, oe) <= 6)
                {
                  add_reviewers (ctx, ns, ne);
                  return;
                }
            }
        }
    }
  /* "by MARTIN ROWE" or "MARTIN ROWE" alone between the book's header
   * (read by a detector) and the prose */
  if (first_prose < n && first_prose >= 2)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, first_prose - 1);
      const CkPara *up = &g_array_index (ctx->t->paras, CkPara, first_prose - 2);
      guint f = pp->tok_first, e = pp->tok_end, b;
      if (pp->line_end - pp->line_first == 1 && e > f && !ck_is_claimed (ctx, f, e) &&
          ck_is_claimed (ctx, up->tok_first, up->tok_end))
        {
          b = byline_cue (ctx, f, e);
          if (b > f && only_names (ctx, b, e))
            {
              add_reviewers (ctx, b, e);
              return;
            }
          if (b == f && ck_all_caps (ctx, f, e) && ck_count_words (ctx, f, e) <= 4 && only_names (ctx, f, e))
            {
              add_reviewers (ctx, f, e);
              return;
            }
        }
    }
  /* "        ALAN ROWE" set apart on the last line of the last paragraph:
   * a signature in capitals after a sentence's end */
  if (n > 0)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, n - 1);
      const CkLine *ln;
      guint f, e;
      if (pp->line_end - pp->line_first < 2)
        return;
      ln = ck_line (ctx, pp->line_end - 1);
      f = ln->tok_first;
      e = ln->tok_end;
      if (e <= f + 1 || ck_count_words (ctx, f, e) > 4 || !ck_all_caps (ctx, f, e) || ck_is_claimed (ctx, f, e) ||
          !(ck_tok_is_punct (ctx, f - 1, '.') || ck_tok_is_punct (ctx, f - 1, '!') || ck_tok_is_punct (ctx, f - 1, '?')) ||
          ck_tok (ctx, f)->col < 10 || !only_names (ctx, f, e))
        return;
      add_reviewers (ctx, f, e);
    }
}

gboolean
ck_column_heading (const CkExtractCtx *ctx, guint f, guint e)
{
  return column_heading (ctx, f, e) || section_label (ctx, f, e);
}

guint
ck_byline_cue (const CkExtractCtx *ctx, guint f, guint e)
{
  return byline_cue (ctx, f, e);
}

gboolean
ck_only_names (const CkExtractCtx *ctx, guint f, guint e)
{
  return only_names (ctx, f, e);
}

void
ck_add_reviewers (CkExtractCtx *ctx, guint f, guint e)
{
  add_reviewers (ctx, f, e);
}
