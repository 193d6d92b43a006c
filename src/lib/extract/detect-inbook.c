/* detect-inbook.c — an essay cited inside the book that holds it, as notes
 * and review essays write it:
 *
 *   A. Name, 'Essay Title', in his Book Title (London, 1967), pp. 90-192.
 *   A. Name, 'Essay', in B. Name (ed.), Book, Series Name 9 (London, 1970), pp. 47-79.
 *   A and B, "Essay Title," in A and B, eds., Book (New York, 1967), 1-64.
 *   "Essay Title," in Book Title, ed. B. Name (London: Publisher, 1979), pp. 22-41.
 *   "Essay Title," in Book Title, 111-159.
 *   "Essay Title," in Brill and Vosk, Salt World, 201-30.     (a short form)
 *   "Essay Title" (in Book Title, ed. B. Name, Oxford, 1998, pp. 12-30)
 *
 * The quoted title, "in" and a book with its imprint (or, for a book cited
 * before, its pages) make the essay's record (a chapter, with the book as
 * its container, the book's editors, imprint and the pages), and a record
 * of the book when it has an author ("in his Book", "in Name's Book"):
 * an edited volume is only the essay's container, as the reviews that
 * cite it list it.  The essay's author is the name before the quote; with none,
 * the text around names it ("She set out the theory in “T,” in …"), and the
 * merge step resolves it as it resolves "his T".  A short form of a book
 * cited in an earlier note ("in Brill and Vosk, Salt World") drops the
 * editors' surnames and takes the full title of that book ("The Salt
 * World, 1400-1800") when one found earlier ends with it.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "scholar-shapes.h"
#include <string.h>

#define INBOOK_MAX_TITLE 48   /* tokens of the quoted title or the book's title */
#define INBOOK_MAX_PAREN 24   /* tokens of an imprint parenthesis */

static gboolean
is_dash (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, 0x2013);
}

/* Pages at @k: "pp. 90-192", "p. 5", "90-192" (a range, not years).
 * Sets *@ps, *@pe to the numbers and returns the token after, or @k. */
static guint
pages_at (const CkExtractCtx *ctx, guint k, guint *ps, guint *pe)
{
  guint n = ck_n_toks (ctx), j = k;
  gboolean marked = FALSE;
  if (ck_tok_is (ctx, j, "pp") || ck_tok_is (ctx, j, "p"))
    {
      j++;
      if (ck_tok_is_punct (ctx, j, '.'))
        j++;
      marked = TRUE;
    }
  if (j >= n || ck_tok (ctx, j)->kind != CK_TOK_NUMBER)
    return k;
  /* "1:201-30": the volume of a set, then its pages */
  if (!marked && j + 2 < n && !(ck_tok (ctx, j)->flags & CK_TOKF_YEAR) && ck_tok (ctx, j)->end - ck_tok (ctx, j)->start <= 2 &&
      ck_tok_is_punct (ctx, j + 1, ':') && !(ck_tok (ctx, j + 1)->flags & CK_TOKF_SPACE) &&
      ck_tok (ctx, j + 2)->kind == CK_TOK_NUMBER)
    j += 2;
  *ps = j;
  *pe = j + 1;
  if (j + 2 < n && is_dash (ctx, j + 1) && ck_tok (ctx, j + 2)->kind == CK_TOK_NUMBER)
    *pe = j + 3;
  /* an unmarked number is pages only as a range that is no span of years */
  if (!marked && (*pe == j + 1 || (ck_tok (ctx, j)->flags & CK_TOKF_YEAR)))
    return k;
  return *pe;
}

/* The ")" closing the "(" at @open on its paragraph, with no other
 * parenthesis inside, or 0. */
static guint
paren_close (const CkExtractCtx *ctx, guint open)
{
  guint n = ck_n_toks (ctx);
  for (guint k = open + 1; k < n && k < open + INBOOK_MAX_PAREN; k++)
    {
      if (ck_tok (ctx, k)->nl >= 2 || ck_tok_is_punct (ctx, k, '('))
        return 0;
      if (ck_tok_is_punct (ctx, k, ')'))
        return k;
    }
  return 0;
}

/* "<i>", "<em>", "<cite>" opening at @k: the token after the tag, or @k;
 * with @closing, "</i>" ending at @k (exclusive): its first token, or @k. */
static guint
italic_tag (const CkExtractCtx *ctx, guint k, gboolean closing)
{
  static const char * const tags[] = { "i", "em", "cite", NULL };
  if (!closing)
    return ck_italic_tag_at (ctx, k, ck_n_toks (ctx), FALSE);
  return k >= 4 && ck_tok_is_punct (ctx, k - 4, '<') && ck_tok_is_punct (ctx, k - 3, '/') &&
         ck_tok_in_words (ctx, k - 2, tags) && ck_tok_is_punct (ctx, k - 1, '>') ? k - 4 : k;
}

/* A book's title [s,e): capitalised first word, mostly title case, no
 * quotation, parenthesis or sentence inside. */
static gboolean
book_title_ok (const CkExtractCtx *ctx, guint s, guint e)
{
  guint words = 0, lower = 0;
  if (e <= s || e - s > INBOOK_MAX_TITLE || !ck_tok_cap_word (ctx, s))
    return FALSE;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_QUOTE_OPEN || t->kind == CK_TOK_QUOTE_CLOSE || t->nl >= 2)
        return FALSE;
      if (t->kind == CK_TOK_PUNCT && (t->ch == '(' || t->ch == ')' || t->ch == ';'))
        return FALSE;
      if (t->kind == CK_TOK_PUNCT && t->ch == '.' && k + 1 < e && k > s &&
          ck_tok (ctx, k - 1)->end - ck_tok (ctx, k - 1)->start > 2)
        return FALSE;
      if (t->kind == CK_TOK_WORD)
        {
          words++;
          if ((t->flags & CK_TOKF_LOWER) && !(t->flags & CK_TOKF_FUNC))
            lower++;
        }
    }
  return words > 0 && lower * 3 <= words && ck_title_plausible (ctx, s, e);
}

/* ", Series Name 9" ending at @e (the imprint's "("): a series and its
 * number after the title — capitalised words, initials and stops, then a
 * number that is no year.  Returns the comma, or @e. */
guint
ck_series_before (const CkExtractCtx *ctx, guint s, guint e)
{
  guint k;
  if (e < s + 4 || ck_tok (ctx, e - 1)->kind != CK_TOK_NUMBER || (ck_tok (ctx, e - 1)->flags & CK_TOKF_YEAR))
    return e;
  for (k = e - 1; k > s && k + 14 > e; k--)
    {
      const CkToken *t = ck_tok (ctx, k - 1);
      if (ck_tok_is_punct (ctx, k - 1, ','))
        return k - 1 > s && k < e - 1 && ck_tok_cap_word (ctx, k) ? k - 1 : e;
      /* ("Studies in Salt 12": a series' small words) */
      if (!(t->kind == CK_TOK_WORD && (t->flags & (CK_TOKF_CAP | CK_TOKF_UPPER | CK_TOKF_FUNC))) &&
          !ck_tok_is_punct (ctx, k - 1, '.'))
        return e;
    }
  return e;
}

/* The imprint "(…)" at @open into @rec: a year with a place or a
 * publisher, nothing else; TRUE when it is one.  A date alone ("(Spring
 * 2015)", "(1972)") may date an issue of a periodical or a poem's book:
 * other detectors read those. */
static gboolean
imprint_into (const CkExtractCtx *ctx, CkRecord *rec, guint open, guint close)
{
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 0, found;
  if (close < open + 2)
    return FALSE;
  found = ck_assemble_elements (probe, ctx->text, ck_tok (ctx, open)->end, ck_tok (ctx, close)->start,
                                CK_ELEM_INLINE, &unknown);
  if (!found || unknown || !ck_record_get_date (probe, CK_DATE_ISSUED) ||
      !(ck_record_has (probe, CK_FIELD_PUBLISHER) || ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE)) ||
      ck_record_has (probe, CK_FIELD_PRICE) || ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES))
    return FALSE;
  ck_assemble_elements (rec, ctx->text, ck_tok (ctx, open)->end, ck_tok (ctx, close)->start, CK_ELEM_INLINE, NULL);
  return TRUE;
}

/* The stop closing the sentence that starts at @k, within a few tokens of
 * its paragraph ("Leeds: Tide Press, 1980."), or 0. */
static guint
sentence_stop (const CkExtractCtx *ctx, guint k)
{
  guint n = ck_n_toks (ctx);
  for (guint j = k; j < n && j < k + INBOOK_MAX_PAREN; j++)
    {
      if (ck_tok (ctx, j)->nl >= 2 || ck_tok (ctx, j)->kind == CK_TOK_QUOTE_OPEN)
        return 0;
      if (ck_tok_is_punct (ctx, j, '.') && j > k &&
          (ck_tok (ctx, j - 1)->kind == CK_TOK_NUMBER || ck_tok (ctx, j - 1)->end - ck_tok (ctx, j - 1)->start > 1))
        return j;
    }
  return 0;
}

static void
copy_names (CkRecord *to, const CkRecord *from, CkRole role, CkRole as)
{
  for (guint k = 0; k < ck_record_get_n_names (from); k++)
    if (ck_record_get_name (from, k)->role == role)
      {
        CkName *nm = ck_name_copy (ck_record_get_name (from, k));
        nm->role = as;
        ck_record_add_name_unique (to, nm);
      }
}

/* The editors before the book: "B. Name (ed.)," or "A and B, eds.,"
 * from @j; adds them to @book and returns the book's first token, or @j. */
static guint
editors_at (const CkExtractCtx *ctx, guint j, guint limit, CkRecord *book)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  guint ne = ck_name_span_forward (ctx, j, limit), k;
  if (ne == j)
    return j;
  /* "A and B", surnames alone as well: the essay named them in full */
  if (ck_tok_is (ctx, ne, "and") || ck_tok_is_punct (ctx, ne, '&'))
    {
      guint ne2 = ck_name_span_forward (ctx, ne + 1, limit);
      if (ne2 > ne + 1)
        ne = ne2;
    }
  k = ck_paren_ed_at (ctx, ne);
  if (k > ne)
    {
      if (!ck_tok_is_punct (ctx, k, ','))
        return j;
      k++;
    }
  else if (ck_tok_is_punct (ctx, ne, ',') && (ck_tok_is (ctx, ne + 1, "ed") || ck_tok_is (ctx, ne + 1, "eds")))
    {
      k = ne + 2;
      if (ck_tok_is_punct (ctx, k, '.'))
        k++;
      if (!ck_tok_is_punct (ctx, k, ','))
        return j;
      k++;
    }
  else
    return j;
  ck_names_forward (ctx, j, ne, CK_ROLE_EDITOR, names);
  if (names->len == 0)
    return j;
  for (guint q = 0; q < names->len; q++)
    ck_record_add_name_unique (book, g_steal_pointer (&g_ptr_array_index (names, q)));
  return k;
}

static const char * const own_words[] = { "his", "her", "their", NULL };

/* "his", "her", "their" inside a sentence (a capital opens one). */
static gboolean
pronoun (const CkExtractCtx *ctx, guint k)
{
  return k < ck_n_toks (ctx) && ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, own_words);
}

/* The essay at the quote @open; returns the last token read, or @open. */
/* "Brill and Vosk, " or "Brill, " opening the short form of a book cited
 * before ("in Brill and Vosk, Salt World, 201-30"): the token after the
 * comma, or @b. */
static guint
short_form_names_end (const CkExtractCtx *ctx, guint b, guint be)
{
  guint k = b;
  if (!ck_tok_cap_word (ctx, k) || ck_tok (ctx, k)->flags & CK_TOKF_UPPER)
    return b;
  k++;
  if ((ck_tok_is (ctx, k, "and") || ck_tok_is_punct (ctx, k, '&')) && ck_tok_cap_word (ctx, k + 1))
    k += 2;
  if (k + 1 < be && ck_tok_is_punct (ctx, k, ',') && ck_tok_cap_word (ctx, k + 1))
    return k + 1;
  return b;
}

/* The full title of the book that the short title [s,e) names, from its
 * first mention in the 32 KB before it: the words before it that belong to
 * the title ("The"), and a range of years after a comma ("…, 1400-1800").
 * NULL when the text does not name it before. */
static char *
full_title_of (const CkExtractCtx *ctx, guint s, guint e)
{
  gsize from = ck_tok (ctx, s)->start, len = ck_tok (ctx, e - 1)->end - from;
  const char *hit = NULL;
  guint hs, he, fs, fe;
  /* the first whole-word occurrence before the short form */
  {
    g_autofree char *needle = g_strndup (ctx->text + from, len);
    /* bounded, so that a text of many short forms stays linear */
    const char *q = ctx->text + (from > 32768 ? from - 32768 : 0);
    while ((q = g_strstr_len (q, from - (q - ctx->text), needle)) != NULL)
      {
        if ((q == ctx->text || !g_ascii_isalnum (q[-1])) && !g_ascii_isalnum (q[len]))
          {
            hit = q;
            break;
          }
        q++;
      }
  }
  if (!hit)
    return NULL;
  hs = ck_tok_at_byte (ctx, hit - ctx->text);
  he = hs + (e - s);
  if (hs >= s || he > s)
    return NULL;
  fs = hs;
  /* "The Salt World": a capital article before it */
  if (fs > 0 && (ck_tok_is (ctx, fs - 1, "The") || ck_tok_is (ctx, fs - 1, "A") || ck_tok_is (ctx, fs - 1, "An")) &&
      ck_tok_cap_word (ctx, fs - 1))
    fs--;
  fe = he;
  /* ", 1400-1800" closing the title */
  if (fe + 3 < s && ck_tok_is_punct (ctx, fe, ',') && (ck_tok (ctx, fe + 1)->flags & CK_TOKF_YEAR) &&
      is_dash (ctx, fe + 2) && ck_tok (ctx, fe + 3)->kind == CK_TOK_NUMBER)
    fe += 4;
  return ck_span_dup (ctx, fs, fe);
}

static guint
in_book_at (CkExtractCtx *ctx, const CkDetector *det, guint open)
{
  guint n = ck_n_toks (ctx), close, te, j, b, p = G_MAXUINT, pc = 0, be, end, ps = 0, pe = 0, as = open;
  guint own_tok = G_MAXUINT, chapter_flags = 0, ser;
  gboolean own = FALSE;
  g_autofree char *short_full = NULL;   /* the full title of a short form */
  g_autoptr(CkRecord) book = NULL;
  g_autoptr(CkRecord) ch = NULL;
  close = ck_quote_close_nested (ctx, open, MIN (ck_n_toks (ctx), open + INBOOK_MAX_TITLE));
  if (!close)
    return open;
  te = close;
  while (te > open + 1 && (ck_tok_is_punct (ctx, te - 1, ',') || ck_tok_is_punct (ctx, te - 1, '.')))
    te--;
  if (te <= open + 1 || !ck_tok_cap_word (ctx, open + 1))
    return open;
  j = close + 1;
  if (ck_tok_is_punct (ctx, j, ','))
    j++;
  /* "'Essay' - first printed in Book" (scholar-shapes.c) */
  j = ck_first_printed_in (ctx, j);
  /* "in", or "In" after a stop: '“Essay.” In Book' (Chicago bibliography) */
  if (j + 2 >= n || !ck_tok_is (ctx, j, "in") || ck_tok (ctx, j + 1)->nl >= 2 ||
      !(ck_tok_lower_word (ctx, j) || (te < close && ck_tok_is_punct (ctx, te, '.'))))
    return open;
  j++;
  book = ck_record_new (CK_TYPE_BOOK);
  /* "in his Book", "in B. Name (ed.), Book", "in A and B, eds., Book" */
  if (pronoun (ctx, j))
    {
      own = TRUE;
      own_tok = j;
      b = j + 1;
    }
  else
    b = editors_at (ctx, j, MIN (n, j + 16), book);
  /* "in A (ed.), <i>Book</i> (…)": a web page's italics round the book */
  b = italic_tag (ctx, b, FALSE);
  if (b >= n || !ck_tok_cap_word (ctx, b))
    return open;
  /* "in E. J. Vell's Book (…)": the owner wrote the book, and the essay
   * in it, unless the text names another writer for the essay */
  if (!own && b == j)
    {
      guint q = ck_name_span_forward (ctx, b, MIN (n, b + 8));
      if (q > b && q + 1 < n && ck_tok (ctx, q)->kind == CK_TOK_POSS && ck_tok_cap_word (ctx, q + 1) &&
          !ck_tok_in_lex (ctx, q - 1, CK_LEX_PLACES))
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          if (ck_names_forward (ctx, b, q, CK_ROLE_AUTHOR, names) == q && names->len > 0)
            {
              for (guint k = 0; k < names->len; k++)
                ck_record_add_name_unique (book, g_steal_pointer (&g_ptr_array_index (names, k)));
              b = q + 1;
            }
        }
    }
  /* the book's imprint "(", or its pages after a comma */
  for (guint k = b; k < n && k < b + INBOOK_MAX_TITLE; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->nl >= 2 || t->kind == CK_TOK_QUOTE_OPEN || t->kind == CK_TOK_QUOTE_CLOSE || ck_tok_is_punct (ctx, k, ';'))
        break;
      if (ck_tok_is_punct (ctx, k, '('))
        {
          p = k;
          break;
        }
      if (ck_tok_is_punct (ctx, k, ',') && k > b && pages_at (ctx, k + 1, &ps, &pe) > k + 1)
        {
          p = k;
          break;
        }
    }
  if (p == G_MAXUINT)
    return open;
  be = p;
  if (ck_tok_is_punct (ctx, p, '('))
    {
      pc = paren_close (ctx, p);
      if (!pc || !imprint_into (ctx, book, p, pc))
        return open;
      /* "Book, ed. B. Name (…)", "Book, trans. B (…)" */
      {
        guint rc = ck_role_chain_before (ctx, p, b);
        if (rc < p)
          {
            ck_role_chain (ctx, rc, p, book);
            be = rc;
          }
      }
      /* "Book, Series Name 9 (…)" */
      ser = ck_series_before (ctx, b, be);
      if (ser < be)
        {
          guint num = be - 1;
          ck_record_take (book, CK_FIELD_COLLECTION_TITLE, ck_span_dup (ctx, ser + 1, num));
          ck_record_take (book, CK_FIELD_COLLECTION_NUMBER, ck_tok_dup (ctx, num));
          be = ser;
        }
      end = pc + 1;
      if (ck_tok_is_punct (ctx, end, ',') || ck_tok_is_punct (ctx, end, ':'))
        {
          guint pn = pages_at (ctx, end + 1, &ps, &pe);
          if (pn > end + 1)
            end = pn;
        }
    }
  else
    {
      guint rc, stop;
      /* a book cited before, named again with the pages: "in Book,
       * 111-159"; or, in a bibliography, "In Book, edited by B, 1-20.
       * Place: Publisher, Year." */
      if (own || ck_record_get_n_names (book))
        return open;
      /* "in Brill and Vosk, Salt World, 201-30" */
      {
        guint sb = short_form_names_end (ctx, b, p);
        if (sb > b && (short_full = full_title_of (ctx, sb, p)) != NULL)
          b = sb;
      }
      if (ck_count_words (ctx, b, p) < 2 && !short_full)
        return open;
      rc = ck_role_chain_before (ctx, p, b);
      if (rc < p)
        {
          ck_role_chain (ctx, rc, p, book);
          be = rc;
        }
      end = pe;
      stop = sentence_stop (ctx, pe + 1);
      if (ck_tok_is_punct (ctx, pe, '.') && stop && imprint_into (ctx, book, pe, stop))
        {
          pc = stop;
          end = stop;
        }
    }
  be = italic_tag (ctx, be, TRUE);
  /* "“Essay,” in The Harbour Review, 12-30": an article, not a chapter */
  if (!book_title_ok (ctx, b, be) || ck_names_periodical (ctx, b, be))
    return open;
  ck_assemble_title (book, short_full ? g_steal_pointer (&short_full) : ck_span_dup (ctx, b, be));
  ch = ck_record_new (CK_TYPE_CHAPTER);
  {
    g_autofree char *t = ck_span_dup (ctx, open + 1, te);
    ck_assemble_title (ch, g_steal_pointer (&t));
  }
  ck_record_set (ch, CK_FIELD_CONTAINER_TITLE, ck_record_get (book, CK_FIELD_TITLE));
  /* the essay's author: "A. Name, 'Essay'", or "his 'Essay'" */
  if (open > 1 && ck_tok_is_punct (ctx, open - 1, ','))
    {
      guint s = ck_comma_author_before (ctx, open - 1, ch);
      if (s < open - 1)
        as = s;
    }
  /* 'Family, Given. “Essay.” In Book …' */
  else if (open > 1 && ck_tok_is_punct (ctx, open - 1, '.'))
    {
      guint s = ck_inverted_author_before (ctx, open - 1, ch);
      if (s < open - 1)
        as = s;
    }
  /* "'Essay' in Vell's Book": hers too */
  if (ck_record_count_role (ch, CK_ROLE_AUTHOR) == 0 && !own && ck_record_count_role (book, CK_ROLE_AUTHOR) > 0)
    copy_names (ch, book, CK_ROLE_AUTHOR, CK_ROLE_AUTHOR);
  if (ck_record_count_role (ch, CK_ROLE_AUTHOR) == 0)
    {
      chapter_flags = CK_MENTION_PRONOUN;
      if (open > 0 && pronoun (ctx, open - 1))
        as = open - 1;
    }
  /* "A. Name, 'Essay', in Book (Place: Firm, 2003)": with no editor
   * named, the book with its imprint is the essayist's own collection */
  if (!own && pc && ck_record_count_role (book, CK_ROLE_AUTHOR) == 0 && ck_record_count_role (book, CK_ROLE_EDITOR) == 0 &&
      ck_record_count_role (ch, CK_ROLE_AUTHOR) > 0)
    copy_names (book, ch, CK_ROLE_AUTHOR, CK_ROLE_AUTHOR);
  if (own)
    {
      if (ck_record_count_role (ch, CK_ROLE_AUTHOR))
        copy_names (book, ch, CK_ROLE_AUTHOR, CK_ROLE_AUTHOR);
    }
  copy_names (ch, book, CK_ROLE_EDITOR, CK_ROLE_EDITOR);
  if (pc)
    {
      static const CkField shared[] = { CK_FIELD_PUBLISHER, CK_FIELD_PUBLISHER_PLACE };
      for (guint f = 0; f < G_N_ELEMENTS (shared); f++)
        if (ck_record_get (book, shared[f]))
          ck_record_set (ch, shared[f], ck_record_get (book, shared[f]));
      if (ck_record_get_date (book, CK_DATE_ISSUED))
        ck_record_take_date (ch, CK_DATE_ISSUED, ck_date_copy (ck_record_get_date (book, CK_DATE_ISSUED)));
    }
  if (pe > ps)
    ck_record_take (ch, CK_FIELD_PAGES, ck_span_dup (ctx, ps, pe));
  /* the pronoun resolution walks back from the mention's token: "his"
   * before the quote, else the one of "in his Book" */
  ck_mention_add (ctx, det, g_steal_pointer (&ch), ck_tok (ctx, as)->start, ck_tok (ctx, end - 1)->end,
                  chapter_flags && as == open && own_tok != G_MAXUINT ? own_tok : as, chapter_flags);
  /* the book itself, when the note gives its imprint and the book has
   * an author: an edited volume is only the essay's container (the
   * reviews that cite "in Book, ed. X" list the essay, not the book) */
  if (pc && (own || ck_record_count_role (book, CK_ROLE_AUTHOR) > 0))
    {
      guint bflags = 0, btok = b;
      if (own && ck_record_count_role (book, CK_ROLE_AUTHOR) == 0)
        {
          bflags = CK_MENTION_PRONOUN;
          btok = own_tok;
        }
      ck_mention_add (ctx, det, g_steal_pointer (&book), ck_tok (ctx, b)->start, ck_tok (ctx, pc)->end, btok, bflags);
    }
  ck_claim (ctx, as, end);
  return end - 1;
}

/* '“Essay” (in Book, ed. B. Name, Oxford, 1998, pp. 12-30)': the whole
 * source in the parenthesis after the quoted title, as reviews write it in
 * running prose.  The chapter and the book, as in_book_at; the closing
 * ")", or @open. */
static guint
paren_in_book_at (CkExtractCtx *ctx, const CkDetector *det, guint open)
{
  guint n = ck_n_toks (ctx), close, te, k, pc, b, be = 0, rest = 0, ps = 0, pe = 0, ie, as = open;
  g_autoptr(CkRecord) book = NULL;
  g_autoptr(CkRecord) ch = NULL;
  g_autoptr(CkRecord) probe = NULL;
  guint unknown = 0;
  close = ck_quote_close_nested (ctx, open, MIN (n, open + INBOOK_MAX_TITLE));
  if (!close)
    return open;
  te = close;
  while (te > open + 1 && (ck_tok_is_punct (ctx, te - 1, ',') || ck_tok_is_punct (ctx, te - 1, '.')))
    te--;
  k = close + 1;
  if (te <= open + 1 || !ck_tok_cap_word (ctx, open + 1) || k + 3 >= n || !ck_tok_is_punct (ctx, k, '(') ||
      !ck_tok_is (ctx, k + 1, "in") || !ck_tok_lower_word (ctx, k + 1) || !(pc = paren_close (ctx, k)))
    return open;
  b = k + 2;
  if (!ck_tok_cap_word (ctx, b))
    return open;
  book = ck_record_new (CK_TYPE_BOOK);
  /* the book's title ends at the comma before its editor or its place */
  for (guint q = b + 1; q < pc && !be; q++)
    {
      guint rc;
      if (!ck_tok_is_punct (ctx, q, ','))
        continue;
      rc = ck_role_chain (ctx, q, pc, book);
      if (rc > q && rc < pc && ck_tok_is_punct (ctx, rc, ','))
        {
          be = q;
          rest = rc + 1;
        }
      else if (rc == q && q + 1 < pc && ck_tok_cap_word (ctx, q + 1) && ck_tok_in_lex (ctx, q + 1, CK_LEX_PLACES))
        {
          be = q;
          rest = q + 1;
        }
    }
  if (!be || rest >= pc || !book_title_ok (ctx, b, be) || ck_names_periodical (ctx, b, be))
    return open;
  /* ", pp. 12-30" closing the parenthesis */
  ie = pc;
  for (guint q = rest; q + 1 < pc; q++)
    if (ck_tok_is_punct (ctx, q, ',') && pages_at (ctx, q + 1, &ps, &pe) == pc)
      {
        ie = q;
        break;
      }
  probe = ck_record_new (CK_TYPE_BOOK);
  if (ie <= rest ||
      ck_assemble_elements (probe, ctx->text, ck_tok (ctx, rest)->start, ck_tok (ctx, ie - 1)->end, CK_ELEM_INLINE, &unknown) == 0 ||
      unknown || !ck_record_get_date (probe, CK_DATE_ISSUED) ||
      !(ck_record_has (probe, CK_FIELD_PUBLISHER) || ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE)))
    return open;
  ck_assemble_elements (book, ctx->text, ck_tok (ctx, rest)->start, ck_tok (ctx, ie - 1)->end, CK_ELEM_INLINE, NULL);
  ck_assemble_title (book, ck_span_dup (ctx, b, be));
  ch = ck_record_new (CK_TYPE_CHAPTER);
  ck_assemble_title (ch, ck_span_dup (ctx, open + 1, te));
  ck_record_set (ch, CK_FIELD_CONTAINER_TITLE, ck_record_get (book, CK_FIELD_TITLE));
  copy_names (ch, book, CK_ROLE_EDITOR, CK_ROLE_EDITOR);
  {
    static const CkField shared[] = { CK_FIELD_PUBLISHER, CK_FIELD_PUBLISHER_PLACE };
    for (guint f = 0; f < G_N_ELEMENTS (shared); f++)
      if (ck_record_get (book, shared[f]))
        ck_record_set (ch, shared[f], ck_record_get (book, shared[f]));
    ck_record_take_date (ch, CK_DATE_ISSUED, ck_date_copy (ck_record_get_date (book, CK_DATE_ISSUED)));
  }
  if (pe > ps)
    ck_record_take (ch, CK_FIELD_PAGES, ck_span_dup (ctx, ps, pe));
  /* "Vosk's essay “T” (in …)": the merge step finds the owner, as for
   * "his “T”"; "A. Name, “T” (in …)": the name before the comma */
  if (open > 1 && ck_tok_is_punct (ctx, open - 1, ','))
    {
      guint s2 = ck_comma_author_before (ctx, open - 1, ch);
      if (s2 < open - 1)
        as = s2;
    }
  ck_mention_add (ctx, det, g_steal_pointer (&ch), ck_tok (ctx, as)->start, ck_tok (ctx, pc)->end, as,
                  ck_record_count_role (ch, CK_ROLE_AUTHOR) ? 0 : CK_MENTION_PRONOUN);
  if (ck_record_count_role (book, CK_ROLE_AUTHOR) > 0)
    ck_mention_add (ctx, det, g_steal_pointer (&book), ck_tok (ctx, b)->start, ck_tok (ctx, pc)->end, b, 0);
  ck_claim (ctx, as, pc + 1);
  return pc;
}

/* "their central chapter on Jane Doe, “Title,”", "her chapter, “Title”":
 * a chapter of the reviewed book, named with the pronoun of its author.
 * Returns the closing quote, or @open. */
static guint
own_chapter_at (CkExtractCtx *ctx, const CkDetector *det, guint open)
{
  guint close, te, ch = G_MAXUINT, pron = G_MAXUINT, floor;
  CkRecord *rec;
  if (open < 3 || !ck_tok_is_punct (ctx, open - 1, ','))
    return open;
  floor = ck_sentence_start (ctx, open);
  /* "chapter", then at most six words ("on Jane Doe") before the comma */
  for (guint k = open - 1; k > floor && k + 8 > open; k--)
    if (ck_tok_is (ctx, k - 1, "chapter") && ck_tok_lower_word (ctx, k - 1))
      {
        ch = k - 1;
        break;
      }
  if (ch == G_MAXUINT || (ch + 1 < open - 1 && !ck_tok_is (ctx, ch + 1, "on")))
    return open;
  /* "their chapter", "her long chapter", "his central chapter" */
  for (guint k = ch; k > floor && k + 3 > ch; k--)
    if (pronoun (ctx, k - 1) || (k - 1 == floor && ck_tok_in_words (ctx, k - 1, own_words)))
      {
        pron = k - 1;
        break;
      }
    else if (!ck_tok_lower_word (ctx, k - 1))
      break;
  if (pron == G_MAXUINT)
    return open;
  close = ck_quote_close_nested (ctx, open, MIN (ck_n_toks (ctx), open + INBOOK_MAX_TITLE));
  if (!close)
    return open;
  te = close;
  while (te > open + 1 && (ck_tok_is_punct (ctx, te - 1, ',') || ck_tok_is_punct (ctx, te - 1, '.')))
    te--;
  if (te <= open + 1 || !ck_tok_cap_word (ctx, open + 1) || ck_count_words (ctx, open + 1, te) < 2)
    return open;
  rec = ck_record_new (CK_TYPE_CHAPTER);
  ck_assemble_title (rec, ck_span_dup (ctx, open + 1, te));
  ck_mention_add (ctx, det, rec, ck_tok (ctx, open)->start, ck_tok (ctx, close)->end, pron,
                  CK_MENTION_PART | CK_MENTION_PRONOUN);
  ck_claim (ctx, open, close + 1);
  return close;
}

void
ck_detect_in_book (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 4 < n; i++)
    if (ck_tok (ctx, i)->kind == CK_TOK_QUOTE_OPEN && !ck_is_claimed (ctx, i, i + 1))
      {
        guint e = in_book_at (ctx, det, i);
        if (e == i)
          e = paren_in_book_at (ctx, det, i);
        i = e > i ? e : own_chapter_at (ctx, det, i);
      }
}
