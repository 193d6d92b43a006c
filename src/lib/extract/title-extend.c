/* title-extend.c — titles that the title-case scanners of spans.c cut
 * short at inner punctuation, when an imprint parenthesis right after
 * shows where the title really ends:
 *
 *   Little Word, What Now? (1932)                a comma, then a question
 *   Salt, Iron, and Rope (Harbour Press, 1990)   a list of words
 *   Ash, Smoke, Ember: A Life of Fire (…)        a list, then a subtitle
 *   Why Does It Rain? A Short History (…)        a question, then a subtitle
 *   What is Weather? (Hill Press, 1951)          a question in sentence case
 *   La Vie des champs (1967)                     a foreign title in sentence case
 *   Ports and Tolls, 1700-1850 (Hill Press, 1990) a span of years
 *
 * Each extension needs the "(" at its end, so that prose ("tired, hungry,
 * and cold") and sentences after a question are left alone.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "detect-context.h"
#include <stdlib.h>
#include <string.h>

#define LIST_MAX_ITEMS 6

static const char * const interrogatives[] = {
  "What", "Why", "How", "Who", "Whom", "Whose", "Where", "When", "Which", "Whither", "Whence", NULL,
};

/* Owners before a title: "his T", "their T". */
static const char * const owner_pronouns[] = { "his", "her", "their", "its", "whose", NULL };

static gboolean
foreign_article (const CkExtractCtx *ctx, guint i)
{
  if (!(ck_tok (ctx, i)->flags & CK_TOKF_CAP))
    return FALSE;
  /* a title opened by one keeps its lower-case words ("La Vie des champs") */
  return ck_tok_in_words (ctx, i, ck_foreign_articles);
}

/* English words that end a foreign title's run: the sentence goes on. */
static const char * const english_after[] = { "and", "the", "is", "was", "in", "of", "on", "to", "by", "with", "for",
                                              "from", "which", "that", NULL };

/* "La Vie des champs (1967)": from a foreign article, words of any case
 * up to "(".  Returns the "(" or @ts. */
static guint
foreign_forward (const CkExtractCtx *ctx, guint ts, guint limit)
{
  if (!foreign_article (ctx, ts))
    return ts;
  for (guint k = ts + 1; k < limit && k < ts + 9; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->nl >= 1)
        return ts;
      if (ck_tok_is_punct (ctx, k, '('))
        return k > ts + 1 ? k : ts;
      if (t->kind != CK_TOK_WORD)
        return ts;
      /* English prose after the title: "La Vie and its sequel", "De
       * re builds on Orr (1986)" */
      if ((t->flags & CK_TOKF_LOWER) && ck_tok_in_words (ctx, k, english_after))
        return ts;
    }
  return ts;
}

/* ", 1700-1850" at @i (the comma); in running prose the dates may open
 * the next line ("The Harbour,\n1798-1799 (…)"), which hard-wrapped text
 * does, but not in a header, where a line of dates is a line of its own */
static gboolean
year_range_at (const CkExtractCtx *ctx, guint i)
{
  if (!(i + 3 < ck_n_toks (ctx) && ck_tok_is_punct (ctx, i, ',') &&
        (ck_tok_is_punct (ctx, i + 2, '-') || ck_tok_is_punct (ctx, i + 2, 0x2013)) &&
        ck_tok (ctx, i + 3)->kind == CK_TOK_NUMBER))
    return FALSE;
  /* "1917-1923", and a medieval "960-1067" */
  if (!(ck_tok (ctx, i + 1)->flags & CK_TOKF_YEAR))
    {
      const CkToken *a = ck_tok (ctx, i + 1), *b = ck_tok (ctx, i + 3);
      long from, to;
      if (a->kind != CK_TOK_NUMBER || a->end - a->start < 3 || a->end - a->start > 4 || b->end - b->start != 4)
        return FALSE;
      from = strtol (ctx->text + a->start, NULL, 10);
      to = strtol (ctx->text + b->start, NULL, 10);
      if (from < 500 || to <= from || to > 2099)
        return FALSE;
    }
  if (ck_tok (ctx, i + 1)->nl == 0)
    return TRUE;
  return ck_tok (ctx, i + 1)->nl == 1 &&
         (g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i)).flags & CK_PARA_PROSE) != 0;
}

gboolean
ck_is_interrogative (const CkExtractCtx *ctx, guint i)
{
  if (i >= ck_n_toks (ctx) || !(ck_tok (ctx, i)->flags & CK_TOKF_CAP))
    return FALSE;
  return ck_tok_in_words (ctx, i, interrogatives);
}

static gboolean
cap_word (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t;
  if (i >= ck_n_toks (ctx))
    return FALSE;
  t = ck_tok (ctx, i);
  return t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_CAP) && !(t->flags & CK_TOKF_FUNC);
}

static gboolean
glued_punct (const CkExtractCtx *ctx, guint i, gunichar ch)
{
  return i > 0 && ck_tok_is_punct (ctx, i, ch) && ck_tok (ctx, i - 1)->end == ck_tok (ctx, i)->start;
}

/* "What is Weather?": an interrogative, then at most six words, the last
 * glued to "?".  Returns the token after "?", or @i. */
static guint
question_forward (const CkExtractCtx *ctx, guint i, guint limit)
{
  if (!ck_is_interrogative (ctx, i))
    return i;
  for (guint k = i + 1; k < limit && k < i + 9; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->nl >= 1)
        return i;
      if (glued_punct (ctx, k, '?'))
        return k + 1;
      if (t->kind != CK_TOK_WORD && t->kind != CK_TOK_POSS && t->kind != CK_TOK_NUMBER)
        return i;
    }
  return i;
}

/* One list item at @i: one or two capitalised words, not a place.
 * Returns its end, or @i. */
static guint
list_item (const CkExtractCtx *ctx, guint i, guint limit)
{
  guint e = i;
  while (e < limit && e < i + 2 && cap_word (ctx, e) && ck_tok (ctx, e)->nl == 0)
    e++;
  if (e == i || ck_tok_in_lex (ctx, i, CK_LEX_PLACES))
    return i;
  return e;
}

/* Words that say a lower-case run is a sentence, not a title. */
static const char * const sentence_words[] = {
  "is", "was", "were", "are", "be", "been", "has", "have", "had", "which", "who", "whom", "he", "she", "they",
  "we", "it", "by", "wrote", "writes", "said", "says", "argued", "argues", "not", "but", "also", "then", "his", "her", "their", "our", "my", "your",
  "him", "them", "us", "me", "you", NULL,
};

/* Words of a clause, never of a sentence-case title that reaches back
 * over commas to its owner. */
static const char * const clause_words[] = {
  "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do", "does", "did", "as", "when",
  "while", "where", "though", "although", "because", "since", "if", "so", "that", "this", "these", "those", NULL,
};

/* Cues after which a capital opens a title: "as", "see", "entitled". */
static const char * const title_cues[] = { "as", "see", "also", "cf", "entitled", "titled", "called", NULL };

#define SENTENCE_CASE_MAX_TOKENS 26

/* "(Cambridge, 2008)", "(2nd edn, Cambridge, 1967)", "(3 vols., 1981-4)":
 * a bracket opening as an imprint does — a capital, or a number before
 * an edition's or volumes' word. */
static gboolean
imprint_opens (const CkExtractCtx *ctx, guint open)
{
  static const char * const marks[] = { "edn", "ed", "edition", "vols", "vol", NULL };
  guint n = ck_n_toks (ctx);
  if (open + 2 >= n)
    return FALSE;
  if (cap_word (ctx, open + 1))
    return TRUE;
  return ck_tok (ctx, open + 1)->kind == CK_TOK_NUMBER && ck_tok_in_words (ctx, open + 2, marks);
}

/* "opened by Ada Quell, The salt trade: …": a person's full name (two
 * words or more, initials allowed) and a comma before the capital at @j. */
static gboolean
name_comma_before (const CkExtractCtx *ctx, guint j, guint floor)
{
  guint ns;
  if (j < floor + 3 || !ck_tok_is_punct (ctx, j - 1, ',') || ck_tok (ctx, j - 1)->nl >= 1)
    return FALSE;
  ns = ck_name_span_backward (ctx, j - 1, floor);
  return ns + 2 <= j - 1 && cap_word (ctx, ns) && !ck_tok_in_lex (ctx, ns, CK_LEX_PLACES) &&
         !ck_tok_in_lex (ctx, j - 2, CK_LEX_PLACES) && (ns == floor || ck_tok (ctx, ns - 1)->kind == CK_TOK_WORD);
}

/* "the author's Peasant rebels under Stalin (New York, 1996)", "his Small
 * town politics in the Midwest (Chicago: Aldine, 1971)", "Ada Quell, The
 * salt trade: ports and tolls, 1700 to the present (Oxford, 1985)": a
 * title in sentence case, as British and scholarly citation writes it.
 * Only an owner, a naming cue or a full name and comma before its
 * capital, and an imprint opening the parenthesis at @end, say where it
 * starts; a verb or a pronoun in the run says it is a sentence.  Inside,
 * a colon, commas and years are the title's.  Returns the start, or @ts. */
static guint
sentence_case_start (const CkExtractCtx *ctx, guint ts, guint end, guint floor)
{
  gboolean lower_seen = FALSE;
  /* (a title-case run the scan found, "… went on with The Lost Hours
   * (…)", is kept: no owner, cue or name stands before its capital) */
  if (!imprint_opens (ctx, end) || ck_tok (ctx, end)->nl >= 1 || (ts + 1 == end && !cap_word (ctx, ts)))
    return ts;
  for (guint k = end, m = 0; k > floor + 1 && m < SENTENCE_CASE_MAX_TOKENS; m++)
    {
      guint j = --k;
      const CkToken *t = ck_tok (ctx, j), *prev = ck_tok (ctx, j - 1);
      if (ck_tok (ctx, j + 1)->nl >= 2)
        return ts;
      /* a comma that opens a clause ("…, as will readers of") or a modal
       * verb ends the title's reach */
      if (ck_tok_lower_word (ctx, j) && ck_tok_in_words (ctx, j, clause_words))
        return ts;
      /* "Vell's Harbour, a study of the tolls (…)": an apposition */
      if (ck_tok_is_punct (ctx, j, ',') && ck_tok_lower_word (ctx, j + 1) &&
          (ck_tok_is (ctx, j + 1, "a") || ck_tok_is (ctx, j + 1, "an") || ck_tok_is (ctx, j + 1, "the")))
        return ts;
      /* a colon, a comma or a dash inside, never first or last; years anywhere */
      if (t->kind == CK_TOK_NUMBER ||
          (j + 1 < end && j > floor + 1 &&
           (ck_tok_is_punct (ctx, j, ':') || ck_tok_is_punct (ctx, j, ',') || ck_tok_is_punct (ctx, j, '-') ||
            ck_tok_is_punct (ctx, j, 0x2013))))
        {
          if (name_comma_before (ctx, j + 1, floor) && cap_word (ctx, j + 1))
            return lower_seen && j + 1 < ts ? j + 1 : ts;
          continue;
        }
      if (t->kind != CK_TOK_WORD || (ck_tok_lower_word (ctx, j) && ck_tok_in_words (ctx, j, sentence_words)))
        return ts;
      lower_seen |= ck_tok_lower_word (ctx, j) && !(t->flags & CK_TOKF_FUNC);
      if (!cap_word (ctx, j) || t->nl >= 2)
        continue;
      if (prev->kind == CK_TOK_POSS ||
          (ck_tok_lower_word (ctx, j - 1) && (ck_tok_in_words (ctx, j - 1, owner_pronouns) ||
                                              ck_tok_in_words (ctx, j - 1, title_cues))))
        {
          /* "as Ada Vell describes in T (…)": a person who does something
           * after the cue, no title */
          guint ne = ck_name_span_forward (ctx, j, end);
          if (prev->kind != CK_TOK_POSS && ne >= j + 2 && ne < end && ck_tok_lower_word (ctx, ne))
            return ts;
          return lower_seen && j < ts ? j : ts;
        }
    }
  return ts;
}


/* Participles that carry an older title on after its comma. */
static const char * const participles[] = {
  "Touching", "Containing", "Concerning", "Shewing", "Showing", "Being", "Comprising", "Comprehending", "Treating",
  "Exhibiting", "Describing", "Wherein", "Together", NULL,
};

guint
ck_title_extend_forward (const CkExtractCtx *ctx, guint ts, guint te, guint limit)
{
  guint n = MIN (limit, ck_n_toks (ctx)), j;
  if (te <= ts || te >= n)
    return te;
  /* "What is Weather? (…)" cut at the lower-case verb */
  if (ck_is_interrogative (ctx, ts) && !ck_tok_is_punct (ctx, te - 1, '?'))
    {
      guint q = question_forward (ctx, ts, n);
      if (q > te && ck_tok_is_punct (ctx, q, '('))
        return q;
    }
  /* "Ports and Tolls, 1700-1850 (…)": a span of years closes the title */
  if (year_range_at (ctx, te) && ck_tok_is_punct (ctx, te + 4, '('))
    return te + 4;
  /* "James Vell and the Making of 'Tides' (1934)": a title quoted inside
   * the title, then its bracket */
  {
    static const char * const links[] = { "of", "the", "and", "in", "on", "to", NULL };
    guint q = te;
    while (q < te + 2 && q < n && ck_tok_lower_word (ctx, q) && ck_tok_in_words (ctx, q, links))
      q++;
    if (q > te && q + 2 < n && ck_tok (ctx, q)->kind == CK_TOK_QUOTE_OPEN && ck_tok (ctx, q)->nl == 0)
      {
        guint c = q + 1;
        while (c < n && c < q + 8 && (cap_word (ctx, c) || (ck_tok_lower_word (ctx, c) && ck_tok_in_words (ctx, c, links))))
          c++;
        if (c > q + 1 && c + 1 < n && ck_tok (ctx, c)->kind == CK_TOK_QUOTE_CLOSE && ck_tok_is_punct (ctx, c + 1, '('))
          return c + 1;
      }
  }
  /* "… of Western Europe, A.D. 800–1400 (…)": an era before the span */
  if (ck_tok_is_punct (ctx, te, ',') && te + 1 < n)
    {
      static const char * const eras[] = { "A.D.", "A. D.", "AD", "B.C.", "B. C.", "BC", "c.", "ca.", NULL };
      const char *p = ctx->text + ck_tok (ctx, te)->end;
      while (*p == ' ')
        p++;
      for (guint q = 0; eras[q]; q++)
        if (strncmp (p, eras[q], strlen (eras[q])) == 0 && p[strlen (eras[q])] == ' ')
          {
            guint y = ck_tok_at_byte (ctx, (gsize) (p - ctx->text) + strlen (eras[q]) + 1);
            if (y + 3 < n && y < te + 8 && ck_tok (ctx, y)->kind == CK_TOK_NUMBER &&
                (ck_tok_is_punct (ctx, y + 1, '-') || ck_tok_is_punct (ctx, y + 1, 0x2013)) &&
                ck_tok (ctx, y + 2)->kind == CK_TOK_NUMBER && ck_tok_is_punct (ctx, y + 3, '(') &&
                ck_tok (ctx, y)->nl == 0)
              return y + 3;
            break;
          }
    }
  /* "La Vie des champs (…)" cut at a lower-case word */
  {
    guint q = foreign_forward (ctx, ts, n);
    if (q > te)
      return q;
    /* "Portrait du marin (…)", "Souvenirs d'outre-mer" (title-foreign.c) */
    q = ck_foreign_title_end (ctx, ts, te, n);
    if (q > te)
      return q;
  }
  /* "Word, What Now? (…)" */
  if (ck_tok_is_punct (ctx, te, ',') && ck_is_interrogative (ctx, te + 1))
    {
      guint q = ck_title_span_forward (ctx, te + 1, n, FALSE);
      if (!ck_tok_is_punct (ctx, q - 1, '?'))
        q = question_forward (ctx, te + 1, n);
      if (q > te + 1 && ck_tok_is_punct (ctx, q - 1, '?') && ck_tok_is_punct (ctx, q, '('))
        return q;
    }
  /* "Why Does It Rain? A Short History (…)" */
  if (ck_tok_is_punct (ctx, te - 1, '?') && cap_word (ctx, te) && ck_tok (ctx, te)->nl == 0)
    {
      guint q = ck_title_span_forward (ctx, te, n, FALSE);
      if (q > te && ck_tok_is_punct (ctx, q, '('))
        return q;
    }
  /* "Salt, Iron, and Rope (…)", "Ash, Smoke, Ember: Sub (…)", and the
   * list in a subtitle: "The Harbour Style: Vell, Marrow, Reed (…)" */
  guint ls = ts;
  for (guint q = ts; q + 1 < te; q++)
    if (ck_tok_is_punct (ctx, q, ':'))
      ls = q + 1;
  if (ck_tok_is_punct (ctx, te, ',') && list_item (ctx, ls, te) == te)
    {
      guint items = 1;
      gboolean joined = FALSE;
      j = te;
      while (items < LIST_MAX_ITEMS && ck_tok_is_punct (ctx, j, ','))
        {
          guint s = j + 1, e;
          if (ck_tok_is (ctx, s, "and") || ck_tok_is_punct (ctx, s, '&'))
            {
              s++;
              joined = TRUE;
            }
          /* "…, and the Experimental Life": an article may open the last item */
          if (joined && s + 1 < n && ck_tok_lower_word (ctx, s) && ck_tok_in_words (ctx, s, ck_articles))
            s++;
          e = list_item (ctx, s, n);
          if (e == s)
            return te;
          /* the last item may run on: "…, and Production in Hyper-Inflation" */
          if (joined)
            {
              guint q = ck_title_span_forward (ctx, s, n, FALSE);
              if (q > e && ck_count_words (ctx, s, q) <= 6)
                e = q;
            }
          items++;
          j = e;
          if (joined)
            break;
        }
      if (items < 3)
        return te;
      /* a subtitle after the last item, perhaps closed by a span of
       * years ("…: Germany, 1920-1923 (…)") */
      if (ck_tok_is_punct (ctx, j, ':'))
        {
          guint q = ck_title_span_forward (ctx, j - 1, n, FALSE);
          if (q > j + 1)
            j = q;
        }
      if (year_range_at (ctx, j) && ck_tok_is_punct (ctx, j + 4, '('))
        j += 4;
      if (ck_tok_is_punct (ctx, j, '('))
        return j;
    }
  /* "New Experiments Physico-Mechanicall, Touching the Spring of the Air
   * (…)": the older titles run on after a comma with a participle */
  if (ck_tok_is_punct (ctx, te, ',') && te + 2 < n && cap_word (ctx, te + 1) && ck_tok (ctx, te + 1)->nl < 2 &&
      ck_tok_in_words (ctx, te + 1, participles))
    {
      guint q = ck_title_span_forward (ctx, te + 1, n, FALSE);
      if (q > te + 2 && ck_tok_is_punct (ctx, q, '('))
        return q;
    }
  return te;
}

guint
ck_title_range_tail (const CkExtractCtx *ctx, guint ts, guint te, guint limit)
{
  guint n = MIN (limit, ck_n_toks (ctx)), after;
  if (te <= ts + 1 || te + 4 > n || !year_range_at (ctx, te))
    return te;
  after = te + 4;
  /* "1917-1923" is the whole span, not "1917-23 and after" */
  if (after < n && !(ck_tok (ctx, after)->kind == CK_TOK_PUNCT || ck_tok_lower_word (ctx, after)))
    return te;
  if (after < n && ck_tok_is_punct (ctx, after, '-'))
    return te;
  return after;
}

guint
ck_title_extend_backward (const CkExtractCtx *ctx, guint ts, guint end, guint floor)
{
  guint s;
  if (ts <= floor || ts > end || !ck_tok_is_punct (ctx, end, '('))
    return ts;
  /* "Ports et havres de 1500 à 1700 (…)", "Portrait du marin (…)": a
   * foreign title the title-case scan found nothing of, or cut after a
   * foreign function word (title-foreign.c) */
  {
    guint q = ck_foreign_title_start (ctx, end, floor);
    if (q < ts)
      return q;
  }
  /* "Ports and Tolls, 1700-1850 (…)": the backward scan found no word */
  if (ts == end && end >= floor + 6 && year_range_at (ctx, end - 4))
    {
      guint q = ck_title_span_backward (ctx, end - 4, floor);
      return q < end - 4 && ck_count_words (ctx, q, end - 4) >= 2 ? q : ts;
    }
  s = sentence_case_start (ctx, ts, end, floor);
  if (s < ts)
    return s;
  if (ts == end)
    return ts;
  /* "A Cottage by the Weir (…)" */
  s = ck_title_inner_by (ctx, ts, end, floor);
  if (s < ts)
    return s;
  /* "his Salt, the Sea and the Harbour (…)": a title with a comma after
   * its first word or two, cut there by the scan; an owner ("his",
   * "Vell's") before the first part says the run starts there */
  {
    guint k = ts, s2;
    if (k > floor + 1 && ck_tok_is (ctx, k - 1, "the") && ck_tok_lower_word (ctx, k - 1))
      k--;
    if (k > floor + 3 && ck_tok_is_punct (ctx, k - 1, ',') && ck_tok (ctx, k - 1)->nl == 0)
      {
        s2 = ck_title_span_backward (ctx, k - 1, floor);
        if (s2 < k - 1 && s2 > floor && ck_count_words (ctx, s2, k - 1) <= 2 && !(ck_tok (ctx, s2)->flags & CK_TOKF_FUNC) &&
            !ck_tok_in_lex (ctx, s2, CK_LEX_PLACES) &&
            (ck_tok (ctx, s2 - 1)->kind == CK_TOK_POSS ||
             (ck_tok_lower_word (ctx, s2 - 1) && ck_tok_in_words (ctx, s2 - 1, owner_pronouns))))
          return s2;
      }
  }
  /* "What is Weather? (…)": back over the lower-case words to the
   * interrogative */
  if (ck_tok_is_punct (ctx, end - 1, '?'))
    for (guint k = ts; k > floor && k + 8 > ts; k--)
      {
        const CkToken *t = ck_tok (ctx, k - 1);
        if (t->kind != CK_TOK_WORD || ck_tok (ctx, k)->nl >= 1)
          break;
        if (ck_is_interrogative (ctx, k - 1))
          {
            if (question_forward (ctx, k - 1, end + 1) == end)
              ts = k - 1;
            break;
          }
      }
  /* "Why Does It Rain? A Short History (…)" */
  if (ts > floor + 1 && glued_punct (ctx, ts - 1, '?') && cap_word (ctx, ts) && ck_tok (ctx, ts)->nl == 0)
    {
      guint q = ck_title_span_backward (ctx, ts, floor);
      if (q < ts - 1)
        ts = q;
    }
  /* "Salt, Iron, and Rope (…)": items before the title span, each one or
   * two capitalised words after a comma */
  s = ts;
  {
    guint items = 0, k = ts, first_end;
    gboolean joined = FALSE;
    /* the title's own first item ends at ":" or at the title's end */
    first_end = ts;
    while (first_end < end && !ck_tok_is_punct (ctx, first_end, ':'))
      first_end++;
    /* "…, and the Origins of Wealth": lower-case words before the last item */
    while (k > floor + 1 && k + 2 > ts && (ck_tok (ctx, k - 1)->flags & CK_TOKF_FUNC) &&
           !ck_tok_is (ctx, k - 1, "and"))
      k--;
    if (k > floor + 1 && (ck_tok_is (ctx, k - 1, "and") || ck_tok_is_punct (ctx, k - 1, '&')) &&
        ck_tok_is_punct (ctx, k - 2, ','))
      {
        k--;
        joined = TRUE;
      }
    else
      k = ts;
    /* a long last item only closes an "A, B, and C" list */
    if (first_end - ts > 2 && !joined)
      return ts;
    while (k > floor + 1 && ck_tok_is_punct (ctx, k - 1, ',') && items < LIST_MAX_ITEMS)
      {
        guint ie = k - 1, is = ie;
        while (is > floor && is + 2 > ie && cap_word (ctx, is - 1) && ck_tok (ctx, is)->nl == 0)
          is--;
        if (is == ie || ck_tok_in_lex (ctx, is, CK_LEX_PLACES))
          break;
        /* "In Salt, Iron, Rope": a capitalised preposition opens the sentence */
        if (is == floor && ie - is == 2 && ck_lex_lookup (CK_LEX_FUNCTION_WORDS, ctx->text + ck_tok (ctx, is)->start,
                                                          ck_tok (ctx, is)->end - ck_tok (ctx, is)->start))
          is++;
        else if (ie - is == 2 && ck_tok_in_lex (ctx, is, CK_LEX_FUNCTION_WORDS))
          is++;
        /* "Ilse Varga, Markets, Fairs, and Tolls": two words that make a
         * personal name before one-word items are the author */
        if (ie - is == 2 && items > 0 && ck_name_span_forward (ctx, is, ie) == ie &&
            (is == floor || !ck_tok_is_punct (ctx, is - 1, ',')))
          break;
        items++;
        k = is;
      }
    /* the item before the list must not be glued to a capitalised word:
     * "Anna Holm, Salt, Iron" is an author and a list is a guess */
    if (items >= 2 && (k == floor || !cap_word (ctx, k - 1) || ck_tok_in_lex (ctx, k - 1, CK_LEX_FUNCTION_WORDS)))
      s = k;
    /* "Title: Health, Wealth, and the Origins of X": the list is a subtitle */
    if (s == k && joined && k > floor + 1 && ck_tok_is_punct (ctx, k - 1, ':'))
      {
        guint t2 = ck_title_span_backward (ctx, k - 1, floor);
        if (t2 < k - 1)
          s = t2;
      }
  }
  return s;
}

guint
ck_title_year_range_end (const CkExtractCtx *ctx, guint te)
{
  return year_range_at (ctx, te) && ck_tok_is_punct (ctx, te + 4, '(') ? te + 4 : te;
}

guint
ck_title_and_split (const CkExtractCtx *ctx, guint ts, guint te)
{
  /* in title case a function word after "and" is lower case ("Salt and
   * the Sea"); a capital one opens a second title: "Salt Roads and
   * Under the Weir".  Each part needs two words. */
  for (guint w = ts + 2; w + 2 < te; w++)
    if (ck_tok_is (ctx, w, "and") && ck_tok_lower_word (ctx, w) && ck_tok_cap_word (ctx, w + 1) &&
        ck_tok_in_lex (ctx, w + 1, CK_LEX_FUNCTION_WORDS) && !ck_tok_is (ctx, w + 1, "I") &&
        ck_count_words (ctx, ts, w) >= 2 && ck_count_words (ctx, w + 1, te) >= 2)
      return w;
  return te;
}

guint
ck_title_before_published (const CkExtractCtx *ctx, guint pub)
{
  static const char * const adverbs[] = { "first", "originally", NULL };
  guint comma = pub, floor, ts;
  gboolean adverb = FALSE;
  if (pub < 4)
    return G_MAXUINT;
  /* "T, published as", "T, first published in Germany as" */
  if (ck_tok_lower_word (ctx, pub - 1) && ck_tok_in_words (ctx, pub - 1, adverbs))
    {
      comma--;
      adverb = TRUE;
    }
  if (!ck_tok_is_punct (ctx, comma - 1, ','))
    return G_MAXUINT;
  comma--;
  floor = ck_sentence_start (ctx, comma);
  ts = ck_title_span_backward (ctx, comma, floor);
  while (ts < comma && ck_tok_lower_word (ctx, ts))
    ts++;
  /* mid-sentence after a lower-case word ("in T,", "of T,"), two words
   * or more, a capital article or a title's shape, and nobody's name;
   * "first published … as" may follow a title opening the sentence */
  if (ts + 1 >= comma || (ts <= floor && !(ts == floor && adverb)) ||
      (ts > floor && !ck_tok_lower_word (ctx, ts - 1)) || ck_is_claimed (ctx, ts, comma) ||
      !ck_title_plausible (ctx, ts, comma) || ck_count_words (ctx, ts, comma) < 2 ||
      ck_ctx_names_person (ctx, ts, comma) || ck_span_in_lex (ctx, ts, comma, CK_LEX_PERIODICALS) ||
      ck_span_in_lex (ctx, ts, comma, CK_LEX_PUBLISHERS))
    return G_MAXUINT;
  return ts;
}

/* Nouns that end the name of a body that signs a report ("a study by the
 * Fabian Commission"): after "by the" they name an author, not the end of
 * a title.  Source: general English usage for corporate authors. */
static const char * const corporate_nouns[] = {
  "Commission", "Committee", "Council", "Board", "Office", "Department", "Ministry", "Government", "Association",
  "League", "Bureau", "Trust", "Trustees", "Staff", "Editors", "Authors", "Members", NULL,
};

guint
ck_title_inner_by (const CkExtractCtx *ctx, guint ts, guint end, guint floor)
{
  guint s, last = end;
  /* "by" is no function word of the lexicon, as "Title by Author" ends a
   * title; but an article after it opens no person's name, so "A Cottage
   * by the Weir", "Poems by the Way" are one title */
  if (ts < floor + 3 || ts >= end || !ck_tok_cap_word (ctx, ts) || !ck_tok_lower_word (ctx, ts - 1) ||
      !(ck_tok_is (ctx, ts - 1, "the") || ck_tok_is (ctx, ts - 1, "a") || ck_tok_is (ctx, ts - 1, "an")) ||
      !ck_tok_lower_word (ctx, ts - 2) || !ck_tok_is (ctx, ts - 2, "by") || ck_tok (ctx, ts - 2)->nl > 0 ||
      ck_tok (ctx, ts - 1)->nl > 0 || ck_tok (ctx, ts)->nl > 0 || !ck_tok_cap_word (ctx, ts - 3))
    return ts;
  /* "a report by the Salt Commission", "issued by the Hill Press", "by
   * the Rev. Tom Orr": a body, a firm, a periodical or a person signs */
  while (last > ts && ck_tok (ctx, last - 1)->kind != CK_TOK_WORD)
    last--;
  if (last == ts || ck_count_words (ctx, ts, end) > 4 || ck_ctx_institution_word (ctx->text + ck_tok (ctx, last - 1)->start,
                                                                               ck_tok (ctx, last - 1)->end - ck_tok (ctx, last - 1)->start) ||
      ck_tok_in_words (ctx, last - 1, corporate_nouns) || ck_tok_in_lex (ctx, last - 1, CK_LEX_ENTITY_NOUNS) ||
      ck_span_in_lex (ctx, ts, end, CK_LEX_PUBLISHERS) || ck_span_in_lex (ctx, ts, end, CK_LEX_PERIODICALS) ||
      ck_ctx_names_person (ctx, ts, end))
    return ts;
  for (guint k = ts; k < end; k++)
    if (ck_tok_cap_word (ctx, k) && ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS))
      return ts;
  s = ck_title_span_backward (ctx, ts - 2, floor);
  while (s < ts - 2 && (ck_tok (ctx, s)->flags & CK_TOKF_FUNC))
    s++;
  if (s >= ts - 2 || !ck_tok_cap_word (ctx, s) || !ck_title_plausible (ctx, s, end))
    return ts;
  return s;
}
