/* detect-context.c — works whose title does not stand next to its
 * author's name.
 *
 * Reviews and obituaries cite earlier books by title alone and leave the
 * author to the context: "His first book, Lanterns (1962), was …",
 * "since Tidewater (1988)", "Wendle (The Copper Orchard, 2003; Night
 * Ferries, 2009)", "Linnaeus, who published Systema Naturae in 1735",
 * "Like A Knife in Winter, it is …".  The helpers here decide when a
 * capitalised run is a title although no "X's" or "author of" cue marks
 * it; the author is then resolved like a pronoun's antecedent (merge.c),
 * and such mentions keep the lower confidence of their detectors.
 *
 * What must stay out: events and people with a year ("the Revolution
 * (1917)", "Wallace (1858)"), places, life dates.  A lower-case article
 * before the run, a run that reads as a personal name, and a single word
 * that recurs capitalised elsewhere (surnames and places recur, titles
 * seldom do) rule a candidate out.
 *
 * Author resolution (called from merge.c) goes from near to far: a
 * possessive or known name in the sentence, the subject of the sentence
 * before, the paragraph's subject, the reviewed book's author, and last
 * the person the whole text names most often (an obituary's subject).
 * Names ending in "Hospital" or "Street", possessives inside titles ("A
 * Man's Place") and a novel's hero ("his hero, Tom Quarry,") never count.
 */
#include "detect-context.h"
#include "attribution.h"
#include "detect-extra.h"
#include <stdlib.h>
#include <string.h>

/* How far ck_ctx_word_recurs() looks, in tokens each way: a review is a
 * few thousand tokens; the limit keeps long texts linear. */
#define RECUR_WINDOW 3000

static gboolean
year_tok (const CkExtractCtx *ctx, guint i)
{
  return i < ck_n_toks (ctx) && (ck_tok (ctx, i)->flags & CK_TOKF_YEAR);
}

/* Articles that open titles in English and the languages reviews quote
 * most (French, German, Spanish, Italian, Dutch). */
static const char * const articles[] = {
  "the", "a", "an", "la", "le", "les", "une", "un", "der", "die", "das", "ein", "eine", "el", "los", "las",
  "il", "lo", "gli", "het", NULL,
};

static gboolean
cap_article (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_cap_word (ctx, i) && ck_tok_in_words (ctx, i, articles);
}

/* Whether the word at @i recurs near [first, end); with @skip_titles,
 * not counting it inside a title found before ("Stone Harbour" beside
 * "Harbour Lights" repeats no surname). */
static gboolean
word_recurs (const CkExtractCtx *ctx, guint i, guint first, guint end, gboolean skip_titles)
{
  guint n = ck_n_toks (ctx), lo = first > RECUR_WINDOW ? first - RECUR_WINDOW : 0, hi = MIN (n, end + RECUR_WINDOW);
  const CkToken *w = ck_tok (ctx, i);
  gsize len = w->end - w->start;
  for (guint k = lo; k < hi; k++)
    {
      const CkToken *t;
      if (k == first && end > first)
        {
          k = end - 1;
          continue;
        }
      t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_WORD && t->end - t->start == len && (t->flags & CK_TOKF_CAP) &&
          memcmp (ctx->text + t->start, ctx->text + w->start, len) == 0 && !(skip_titles && ck_ctx_in_title (ctx, k)))
        return TRUE;
    }
  return FALSE;
}

gboolean
ck_ctx_word_recurs (const CkExtractCtx *ctx, guint i, guint first, guint end)
{
  return word_recurs (ctx, i, first, end, FALSE);
}

guint
ck_ctx_drop_opener (const CkExtractCtx *ctx, guint ts, guint end, guint floor)
{
  static const char * const after_ing[] = { "on", "upon", "from", "with", "after", "beyond", NULL };
  static const char * const preps[] = { "in", "by", "from", "with", NULL };
  const CkToken *t;
  /* "Robertson in The Baconian Harbour (1913)": a title in title case
   * sets its inner article in lower case, so "in The" opens the title */
  for (guint k = ts + 1; k + 2 < end; k++)
    if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, preps) && cap_article (ctx, k + 1))
      return k + 1;
  /* "Building on Salt Forms: Studies (1992), he …": a participle and its
   * preposition open the sentence, not the title */
  if (ts == floor && ts + 3 < end && ck_tok_cap_word (ctx, ts) && ck_tok_lower_word (ctx, ts + 1) &&
      ck_tok_in_words (ctx, ts + 1, after_ing) && ck_tok_cap_word (ctx, ts + 2) &&
      ck_tok (ctx, ts)->end - ck_tok (ctx, ts)->start > 5 && g_str_has_prefix (ctx->text + ck_tok (ctx, ts)->end - 3, "ing"))
    return ts + 2;
  if (ts != floor || ts + 1 >= end || !ck_tok_cap_word (ctx, ts) || !ck_tok_cap_word (ctx, ts + 1) || cap_article (ctx, ts))
    return ts;
  t = ck_tok (ctx, ts);
  /* "Since", "Like", "His": sentence openers and pronouns (non-names),
   * capitalised prepositions ("Through", "In") */
  if (ck_lex_lookup (CK_LEX_NON_NAMES, ctx->text + t->start, t->end - t->start) ||
      ck_lex_lookup (CK_LEX_FUNCTION_WORDS, ctx->text + t->start, t->end - t->start) ||
      ck_tok_is (ctx, ts, "Through"))
    return ts + 1;
  return ts;
}

guint
ck_ctx_restore_prep (const CkExtractCtx *ctx, guint ts, guint floor)
{
  guint k = ts;
  const CkToken *t;
  while (k > floor && k + 3 > ts && ck_tok_lower_word (ctx, k - 1) && (ck_tok (ctx, k - 1)->flags & CK_TOKF_FUNC))
    k--;
  if (k == ts || k <= floor + 1 || !ck_tok_cap_word (ctx, k - 1) || cap_article (ctx, k - 1))
    return ts;
  t = ck_tok (ctx, k - 1);
  if (!ck_lex_lookup (CK_LEX_FUNCTION_WORDS, ctx->text + t->start, t->end - t->start))
    return ts;
  /* mid-sentence: the word before is lower case or a comma */
  if (ck_tok_lower_word (ctx, k - 2) || ck_tok_is_punct (ctx, k - 2, ','))
    return k - 1;
  return ts;
}

/* English words that never sit inside a foreign title */
static const char * const foreign_english[] = {
  "the", "of", "and", "to", "is", "was", "a", "an", "with", "for", "his", "her", "that", "which", "in", "on",
  "by", "as", "its", "their", "this", NULL,
};

guint
ck_ctx_foreign_start (const CkExtractCtx *ctx, guint end, guint floor)
{
  guint lower = 0;
  if (end == 0 || end <= floor)
    return end;
  for (guint k = end, m = 0; k > floor && m < 8; m++)
    {
      k--;
      if (ck_tok (ctx, k)->kind != CK_TOK_WORD || (k + 1 < end && ck_tok (ctx, k + 1)->nl > 0))
        return end;
      if (ck_tok_cap_word (ctx, k) && ck_tok_in_words (ctx, k, ck_foreign_articles))
        return lower > 0 && k + 1 < end ? k : end;
      if (ck_tok_lower_word (ctx, k))
        {
          if (ck_tok_in_words (ctx, k, foreign_english))
            return end;
          lower++;
        }
    }
  return end;
}

/* Whether [s,e) are lower-case words of no English: a foreign title's
 * words after its first ("noire", "une vie"). */
static gboolean
foreign_lower_run (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    if (!ck_tok_lower_word (ctx, k) || ck_tok_in_words (ctx, k, foreign_english) || ck_tok (ctx, k)->nl > 1)
      return FALSE;
  return TRUE;
}

guint
ck_ctx_sentence_case_after_comma (const CkExtractCtx *ctx, guint end, guint floor)
{
  guint s = end;
  while (s > floor && s + 6 > end && ck_tok_lower_word (ctx, s - 1) && !ck_tok_in_words (ctx, s - 1, foreign_english))
    s--;
  if (s == end || s <= floor + 1 || !ck_tok_cap_word (ctx, s - 1) || !ck_tok_is_punct (ctx, s - 2, ',') ||
      ck_tok_in_words (ctx, s - 1, foreign_english) || (ck_tok (ctx, s - 1)->flags & CK_TOKF_UPPER))
    return end;
  return s - 1;
}

guint
ck_ctx_sentence_comma_title (const CkExtractCtx *ctx, guint ts, guint end, guint floor)
{
  guint c = end, s;
  /* the part after the comma: one to five such words */
  while (c > floor && c + 5 >= end && ck_tok_lower_word (ctx, c - 1))
    c--;
  if (c == end || c + 5 < end || c <= floor + 1 || !ck_tok_is_punct (ctx, c - 1, ',') || !foreign_lower_run (ctx, c, end))
    return ts;
  /* the part before: a capital, then up to five such words */
  s = c - 1;
  while (s > floor && s + 6 >= c && ck_tok_lower_word (ctx, s - 1))
    s--;
  if (s <= floor || !ck_tok_cap_word (ctx, s - 1) || !foreign_lower_run (ctx, s, c - 1) || s + 6 < c)
    return ts;
  s--;
  /* the first word is no English one ("The sea, une vie" is a sentence's) */
  if (ck_tok_in_words (ctx, s, foreign_english) || (ck_tok (ctx, s)->flags & CK_TOKF_FUNC && !ck_tok_in_words (ctx, s, ck_foreign_articles)))
    return ts;
  /* it opens the sentence, or follows a lower-case word or an owner */
  if (s > floor && !(ck_tok_lower_word (ctx, s - 1) || ck_tok (ctx, s - 1)->kind == CK_TOK_POSS ||
                     ck_tok_is (ctx, s - 1, "his") || ck_tok_is (ctx, s - 1, "her") || ck_tok_is (ctx, s - 1, "their") ||
                     /* "His first book, Peau salée, mers lointaines (" */
                     (s > floor + 1 && ck_tok_is_punct (ctx, s - 1, ',') && ck_ctx_work_cue (ctx, s - 2))))
    return ts;
  return s < ts ? s : ts;
}

guint
ck_ctx_comma_title (const CkExtractCtx *ctx, guint ts, guint end, guint floor)
{
  guint s = ts, items = 0;
  gboolean question = ck_tok_is_punct (ctx, end - 1, '?');
  gboolean subtitle = FALSE, and_seen = FALSE;
  for (guint k = ts; k < end; k++)
    subtitle |= ck_tok_is_punct (ctx, k, ':');
  /* "First Russia, then Tibet (1933)": "then" after the comma joins the
   * two halves of one title, places though they name */
  {
    guint t0 = ts > floor && ck_tok_is (ctx, ts - 1, "then") && ck_tok_lower_word (ctx, ts - 1) ? ts - 1 : ts;
    if (ck_tok_is (ctx, t0, "then"))
      {
        guint ws = t0 - 1;
        if (t0 >= floor + 3 && ck_tok_is_punct (ctx, t0 - 1, ','))
          {
            while (ws > floor && ws + 3 >= t0 && ck_tok_cap_word (ctx, ws - 1))
              ws--;
            if (ws < t0 - 1 && ws + 3 >= t0 && (ws == floor || ck_tok_lower_word (ctx, ws - 1)))
              return ws;
          }
      }
  }
  /* "Word, Word, and Word": walk back over ", Item" pieces of one to
   * three capitalised words */
  /* "…, and the Origins of Inequality": the run began after "and the" */
  /* (only "and", "or" and articles: "Name, in Title" is a clause) */
  for (guint m = 0; m < 2 && s > floor + 1 && ck_tok_lower_word (ctx, s - 1) && (ck_tok (ctx, s - 1)->flags & CK_TOKF_FUNC) &&
                    (ck_tok_is (ctx, s - 1, "and") || ck_tok_is (ctx, s - 1, "or") || ck_tok_is (ctx, s - 1, "the") ||
                     ck_tok_is (ctx, s - 1, "a") || ck_tok_is (ctx, s - 1, "an"));
       m++)
    {
      and_seen |= ck_tok_is (ctx, s - 1, "and");
      s--;
    }
  if (!ck_tok_is_punct (ctx, s - 1, ','))
    return ts;
  while (s > floor + 1 && items < 6)
    {
      guint k = s, ws;
      if (ck_tok_is (ctx, k - 1, "and") && ck_tok_is_punct (ctx, k - 2, ','))
        {
          and_seen = TRUE;
          k -= 2;
        }
      else if (ck_tok_is_punct (ctx, k - 1, ','))
        k--;
      else
        break;
      ws = k;
      while (ws > floor && ws + 3 > k && ck_tok_cap_word (ctx, ws - 1))
        ws--;
      if (ws == k || (ws > floor && !(ck_tok_lower_word (ctx, ws - 1) || ck_tok (ctx, ws - 1)->kind == CK_TOK_POSS ||
                                     ck_tok_is_punct (ctx, ws - 1, ',') || ck_tok_is_punct (ctx, ws - 1, ':'))))
        break;
      /* "by Ada Vell, Salt of the Earth: …": a forename opens the author's
       * name, which ends the list */
      {
        gboolean person = FALSE;
        for (guint q = ws; q + 1 < k && !person; q++)
          person = ck_tok_in_lex (ctx, q, CK_LEX_GIVEN_NAMES);
        if (person)
          break;
      }
      /* "in Paris, Rome, and Vienna": places are a list, not a title */
      for (guint q = ws; q < k; q++)
        if (ck_tok_in_lex (ctx, q, CK_LEX_PLACES))
          return ts;
      s = ws;
      items++;
    }
  /* "won the Award, and Understanding Media (1964)": a serial comma
   * needs three items; two joined by ", and" are two clauses */
  if (items == 0 || (items == 1 && ck_tok_is (ctx, ts - 1, "and") && ck_tok_is_punct (ctx, ts - 2, ',')))
    return ts;
  for (guint q = ts; q < end; q++)
    if (ck_tok_in_lex (ctx, q, CK_LEX_PLACES) && ck_count_words (ctx, ts, end) == 1)
      return ts;
  /* "Escape: Health, Wealth, and the Origins": the list is a subtitle */
  if (s > floor + 1 && ck_tok_is_punct (ctx, s - 1, ':'))
    {
      guint h = ck_title_span_backward (ctx, s - 1, floor);
      if (h == s - 1)
        return ts;
      s = h;
      subtitle = TRUE;
    }
  /* the list must open after a preposition, a possessive or the sentence
   * start, and read as one title: a subtitle, a question or "…, and W" */
  if (s > floor && !(ck_tok_lower_word (ctx, s - 1) || ck_tok (ctx, s - 1)->kind == CK_TOK_POSS ||
                     ck_tok_is (ctx, s - 1, "his") || ck_tok_is (ctx, s - 1, "her") || ck_tok_is (ctx, s - 1, "their") ||
                     /* "His first book, Peau salée, mers lointaines (" */
                     (s > floor + 1 && ck_tok_is_punct (ctx, s - 1, ',') && ck_ctx_work_cue (ctx, s - 2))))
    return ts;
  /* "Vell's Food, Salt and Income (…)": after an owner, one imprint for
   * "A, B and C" makes them one title */
  if (!and_seen && s > floor && ck_tok (ctx, s - 1)->kind == CK_TOK_POSS)
    for (guint k = ts; k < end && !and_seen; k++)
      and_seen = ck_tok_is (ctx, k, "and");
  /* "The General Theory of Employment, Interest and Money": a list
   * after a title's "of" joins its last item with "and" */
  if (!and_seen && s > floor + 1 && ck_tok_is (ctx, s - 1, "of") && ck_tok_cap_word (ctx, s - 2))
    for (guint k = ts; k < end && !and_seen; k++)
      and_seen = ck_tok_is (ctx, k, "and");
  if (!(subtitle || question || and_seen))
    return ts;
  /* "Studies in the History of Work, Technology, and …": the list ends a
   * longer title; a run ending in "of" goes on before it */
  if (s > floor + 1 && ck_tok_is (ctx, s - 1, "of") && ck_tok_cap_word (ctx, s - 2))
    {
      guint h = ck_title_span_backward (ctx, s, floor);
      if (h < s - 1)
        s = h;
    }
  return s;
}

guint
ck_ctx_comma_title_forward (const CkExtractCtx *ctx, guint ts, guint te, guint limit)
{
  guint e = te, items = 0, last = te;
  gboolean and_seen = FALSE, sign = FALSE;
  limit = MIN (limit, ck_n_toks (ctx));
  if (te <= ts)
    return te;
  while (e < limit && items < 6 && ck_tok_is_punct (ctx, e, ','))
    {
      guint s = e + 1, r;
      if (ck_tok_is (ctx, s, "and"))
        {
          and_seen = TRUE;
          s++;
        }
      r = ck_title_span_forward (ctx, s, limit, FALSE);
      if (r == s)
        return te;
      items++;
      last = s;
      e = r;
      /* "…, Interest and Money (1936)": the last piece's own "and" */
      if (ck_tok_is (ctx, e, "and"))
        {
          guint r2 = ck_title_span_forward (ctx, e + 1, limit, FALSE);
          if (r2 > e + 1 && ck_tok_is_punct (ctx, r2, '('))
            e = r2;
        }
      if (ck_tok_is_punct (ctx, e, '('))
        break;
      /* an inner piece is one to three words */
      if (ck_count_words (ctx, s, r) > 3)
        return te;
    }
  if (items == 0 || !ck_tok_is_punct (ctx, e, '('))
    return te;
  sign = and_seen || ck_tok_is_punct (ctx, e - 1, '?') || ck_tok_is_punct (ctx, e - 1, '!');
  for (guint k = ts; k < e; k++)
    sign |= ck_tok_is_punct (ctx, k, ':');
  /* "General Theory of Employment, Interest and Money (1936)": the last
   * piece joins with "and" what the first piece's "of" governs */
  if (!sign && te >= ts + 3 && ck_tok_is (ctx, te - 2, "of"))
    for (guint k = last; k < e; k++)
      if (ck_tok_is (ctx, k, "and") && k > last)
        return e;
  /* the first piece is short too: "Little Word, What Now?" */
  if (!sign || ck_count_words (ctx, ts, te) > 3)
    return te;
  return e;
}

guint
ck_ctx_foreign_end (const CkExtractCtx *ctx, guint ts, guint te, guint limit)
{
  limit = MIN (limit, ck_n_toks (ctx));
  if (!(ck_tok_cap_word (ctx, ts) && ck_tok_in_words (ctx, ts, ck_foreign_articles)))
    return te;
  for (guint k = te; k < limit && k < te + 8; k++)
    {
      if (ck_tok_is_punct (ctx, k, '('))
        return k > te && ck_ctx_foreign_start (ctx, k, ts) == ts ? k : te;
      if (ck_tok (ctx, k)->kind != CK_TOK_WORD || ck_tok (ctx, k)->nl > 0)
        return te;
    }
  return te;
}

guint
ck_ctx_year_paren (const CkExtractCtx *ctx, guint open, guint *tr_s, guint *tr_e)
{
  guint n = ck_n_toks (ctx);
  *tr_s = *tr_e = 0;
  if (open + 2 >= n || !ck_tok_is_punct (ctx, open, '(') || !year_tok (ctx, open + 1))
    return 0;
  if (ck_tok_is_punct (ctx, open + 2, ')'))
    return open + 2;
  if (!ck_tok_is_punct (ctx, open + 2, ';'))
    return 0;
  /* "(1951; translated as T, 1960)", "(1951; in English as T, 1960)" */
  {
    static const char * const lead[] = { "translated", "trans", "tr", "as", "in", "english", "published", NULL };
    guint ts = open + 3;
    while (ts < n && ts < open + 8 &&
           ((ck_tok_lower_word (ctx, ts) && ck_tok_in_words (ctx, ts, lead)) || ck_tok_is (ctx, ts, "English") ||
            (ts > open + 3 && ck_tok_is_punct (ctx, ts, '.'))))
      ts++;
    for (guint k = ts; k < n && k < open + 30; k++)
      if (ck_tok_is_punct (ctx, k, ')'))
        {
          if (k < ts + 3 || !year_tok (ctx, k - 1) || !ck_tok_is_punct (ctx, k - 2, ',') ||
              ck_title_span_forward (ctx, ts, k - 2, FALSE) != k - 2)
            return 0;
          *tr_s = ts;
          *tr_e = k - 2;
          return k;
        }
  }
  return 0;
}

gboolean
ck_ctx_year_range_paren (const CkExtractCtx *ctx, guint open)
{
  return ck_tok_is_punct (ctx, open, '(') && year_tok (ctx, open + 1) &&
         (ck_tok_is_punct (ctx, open + 2, '-') || ck_tok_is_punct (ctx, open + 2, 0x2013)) &&
         open + 3 < ck_n_toks (ctx) && ck_tok (ctx, open + 3)->kind == CK_TOK_NUMBER &&
         ck_tok_is_punct (ctx, open + 4, ')');
}

gboolean
ck_ctx_lone_title (const CkExtractCtx *ctx, guint ts, guint open, guint close)
{
  const CkToken *t = ck_tok (ctx, ts);
  if (open != ts + 1 || !ck_tok_cap_word (ctx, ts) || (t->flags & CK_TOKF_UPPER))
    return FALSE;
  if (ck_lex_lookup (CK_LEX_NON_NAMES, ctx->text + t->start, t->end - t->start) ||
      ck_lex_lookup (CK_LEX_FUNCTION_WORDS, ctx->text + t->start, t->end - t->start) ||
      ck_lex_lookup (CK_LEX_PLACES, ctx->text + t->start, t->end - t->start) ||
      ck_lex_lookup (CK_LEX_GENRE_WORDS, ctx->text + t->start, t->end - t->start))
    return FALSE;
  /* the sentence goes on with its verb: "T (Faber, 1962) described" */
  if (!ck_tok_lower_word (ctx, close + 1) && !ck_tok_is_punct (ctx, close + 1, ','))
    return FALSE;
  return !ck_ctx_word_recurs (ctx, ts, ts, open);
}

guint
ck_ctx_question_start (const CkExtractCtx *ctx, guint ts, guint end, guint floor)
{
  static const char * const openers[] = {
    "what", "who", "why", "how", "where", "when", "which", "is", "are", "was", "were", "can", "could", "do",
    "does", "did", "should", "shall", "will", "must", NULL,
  };
  if (end < 2 || !ck_tok_is_punct (ctx, end - 1, '?'))
    return ts;
  for (guint k = ts, m = 0; k > floor && m < 5; m++)
    {
      k--;
      if (ck_tok_cap_word (ctx, k) && ck_tok_in_words (ctx, k, openers))
        return m > 0 ? k : ts;
      if (!ck_tok_lower_word (ctx, k) || ck_tok (ctx, k + 1)->nl > 0)
        return ts;
    }
  return ts;
}

guint
ck_ctx_names_in_before (const CkExtractCtx *ctx, guint ts, guint floor, GPtrArray *out)
{
  guint end, ns, before = out->len;
  if (ts < floor + 3 || !ck_tok_is (ctx, ts - 1, "in") || !ck_tok_lower_word (ctx, ts - 1))
    return 0;
  end = ck_tok_is_punct (ctx, ts - 2, ',') ? ts - 2 : ts - 1;
  ns = ck_name_span_backward (ctx, end, floor);
  if (ns == end || ck_count_words (ctx, ns, end) < 2 || ck_is_claimed (ctx, ns, end))
    return 0;
  /* "A and B", "A, B and C" */
  while (ns > floor + 2 && (ck_tok_is (ctx, ns - 1, "and") || ck_tok_is_punct (ctx, ns - 1, '&') ||
                            ck_tok_is_punct (ctx, ns - 1, ',')))
    {
      guint p = ck_name_span_backward (ctx, ns - 1, floor);
      if (p == ns - 1 || ck_count_words (ctx, p, ns - 1) < 2 || ck_is_claimed (ctx, p, ns - 1))
        break;
      ns = p;
    }
  /* "a study by the Press in T" and places are no authors */
  for (guint k = ns; k < end; k++)
    if (ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS) || ck_tok_in_lex (ctx, k, CK_LEX_PLACES) ||
        ck_tok_in_lex (ctx, k, CK_LEX_PERIODICALS))
      return 0;
  ck_names_forward (ctx, ns, end, CK_ROLE_AUTHOR, out);
  return out->len - before;
}

gboolean
ck_ctx_is_character (const CkExtractCtx *ctx, guint k)
{
  static const char * const nouns[] = {
    "hero", "heroine", "narrator", "protagonist", "character", "antihero", "anti-hero", NULL,
  };
  guint ns = ck_name_span_backward (ctx, k + 1, k > 6 ? k - 6 : 0);
  if (ns > 0 && ck_tok_is_punct (ctx, ns - 1, ','))
    ns--;
  return ns > 0 && ck_tok_lower_word (ctx, ns - 1) && ck_tok_in_words (ctx, ns - 1, nouns);
}

CkName *
ck_ctx_paragraph_subject (const CkExtractCtx *ctx, guint tok, GHashTable *index)
{
  static const char * const preps[] = { "with", "on", "about", "against", "of", "to", "from", "by", "in", "at",
                                        "for", "like", "than", "and", "as", NULL };
  const CkPara *p = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, tok));
  for (guint k = p->tok_first; k < tok && k < p->tok_first + 400; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      gboolean poss;
      g_autofree char *key = NULL;
      guint ns;
      if (!ck_tok_cap_word (ctx, k))
        continue;
      poss = k + 1 < ck_n_toks (ctx) && ck_tok (ctx, k + 1)->kind == CK_TOK_POSS;
      key = g_utf8_casefold (ctx->text + t->start, t->end - t->start);
      if (!g_hash_table_contains (index, key) && !poss)
        continue;
      /* "and Dr Ada Vell": the preposition stands before the honorific */
      ns = ck_attr_name_start (ctx, ck_name_span_backward (ctx, k + 1, p->tok_first), p->tok_first);
      if (ns > p->tok_first && (ck_tok_in_words (ctx, ns - 1, preps) || ck_tok_is (ctx, ns - 1, "the") ||
                                ck_attr_described_person (ctx, ns, p->tok_first)))
        continue;
      if (ck_ctx_is_character (ctx, k) || (poss && ck_ctx_in_title (ctx, k)) ||
          !g_hash_table_contains (index, key))
        continue;
      {
        g_autofree char *fam = g_strndup (ctx->text + t->start, t->end - t->start);
        return ck_name_new_personal (CK_ROLE_AUTHOR, fam, NULL);
      }
    }
  return NULL;
}

gboolean
ck_ctx_own_title (const CkExtractCtx *ctx, guint ts, guint te)
{
  const CkToken *t;
  if (te != ts + 1 || !ck_tok_cap_word (ctx, ts))
    return FALSE;
  t = ck_tok (ctx, ts);
  if (ck_ctx_institution_word (ctx->text + t->start, t->end - t->start) ||
      ck_lex_lookup (CK_LEX_PLACES, ctx->text + t->start, t->end - t->start) ||
      ck_lex_lookup (CK_LEX_GENRE_WORDS, ctx->text + t->start, t->end - t->start))
    return FALSE;
  return te >= ck_n_toks (ctx) || ck_tok_lower_word (ctx, te) || ck_tok (ctx, te)->kind == CK_TOK_PUNCT;
}

guint
ck_ctx_range_title_start (const CkExtractCtx *ctx, guint ts, guint end, guint floor)
{
  guint h;
  if (end != ts + 3 || end > ck_n_toks (ctx) || !year_tok (ctx, ts) || !(ck_tok_is_punct (ctx, ts + 1, '-') || ck_tok_is_punct (ctx, ts + 1, 0x2013)) ||
      ck_tok (ctx, ts + 2)->kind != CK_TOK_NUMBER || ts < floor + 2 || !ck_tok_is_punct (ctx, ts - 1, ','))
    return ts;
  h = ck_title_span_backward (ctx, ts - 1, floor);
  if (h >= ts - 1 || !ck_title_plausible (ctx, h, ts - 1))
    return ts;
  return h;
}

CkName *
ck_ctx_full_name_at (const CkExtractCtx *ctx, guint k, guint floor)
{
  guint ns = ck_name_span_backward (ctx, k + 1, floor);
  g_autofree char *s = NULL;
  CkName *nm;
  /* "Herr Vell's": an honorific is no given name */
  if (ns < k && ck_attr_honorific (ctx, ns))
    ns++;
  if (ns >= k || ck_count_words (ctx, ns, k + 1) > 4)
    return NULL;
  s = ck_span_dup (ctx, ns, k + 1);
  nm = s ? ck_name_parse_display (CK_ROLE_AUTHOR, s) : NULL;
  if (nm && (!nm->family || !nm->given))
    g_clear_pointer (&nm, ck_name_free);
  return nm;
}

gboolean
ck_ctx_group_owner (const CkExtractCtx *ctx, guint tok)
{
  for (guint k = tok, m = 0; k > 0 && m < 4; m++)
    {
      const CkToken *t;
      k--;
      t = ck_tok (ctx, k);
      if (ck_tok_is (ctx, k, "their") && ck_tok_lower_word (ctx, k))
        return TRUE;
      /* "the authors' joint", "the editors' own" */
      if (t->kind == CK_TOK_QUOTE_CLOSE && (t->ch == '\'' || t->ch == 0x2019) && k > 0 &&
          (ck_tok_is (ctx, k - 1, "authors") || ck_tok_is (ctx, k - 1, "editors")) &&
          ck_tok (ctx, k - 1)->end == t->start)
        return TRUE;
      if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_LOWER))
        return FALSE;
    }
  return FALSE;
}

gboolean
ck_ctx_institution_word (const char *word, gssize len)
{
  /* nouns that end names of buildings, streets and bodies in English
   * (general knowledge), leaving out those that are common surnames too
   * (Hall, Lane, Park, House, Church); events and parties are in
   * entity-nouns.txt */
  static const char * const words[] = {
    "hospital", "street", "college", "school", "institute", "institution", "university", "museum", "square",
    "road", "avenue", "library", "society", "company", "academy", "foundation", "centre", "center", "gallery",
    "station", "prison", "palace", "abbey", "cathedral", "chapel", "theatre", "theater", "club", "hotel",
    "press", "times", "prize", "award", "island", "islands", "mountains", "valley", "county", NULL,
  };
  g_autofree char *w = NULL;
  if (len < 0)
    len = strlen (word);
  w = g_ascii_strdown (word, len);
  for (guint k = 0; words[k]; k++)
    if (strcmp (w, words[k]) == 0)
      return TRUE;
  return ck_lex_lookup (CK_LEX_ENTITY_NOUNS, word, len) != NULL;
}

gboolean
ck_ctx_body_word (const char *word, gssize len)
{
  /* a firm or an archive that prints books ("Marrow Archive's English
   * editions"); the lexicon's publisher words cover "Press", "Books" */
  static const char * const extra[] = { "archive", "archives", "records", "studios", NULL };
  g_autofree char *w = NULL;
  if (len < 0)
    len = strlen (word);
  if (ck_ctx_institution_word (word, len) || ck_lex_lookup (CK_LEX_PUBLISHER_WORDS, word, len))
    return TRUE;
  w = g_ascii_strdown (word, len);
  for (guint k = 0; extra[k]; k++)
    if (strcmp (w, extra[k]) == 0)
      return TRUE;
  /* the plural of a body's noun names the prizes or bodies themselves
   * ("three Tern Awards", "the Vell Prizes") */
  return len > 3 && w[len - 1] == 's' && w[len - 2] != 's' && ck_ctx_institution_word (w, len - 1);
}

gboolean
ck_ctx_in_title (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  g_autofree char *w = g_strndup (ctx->text + t->start, t->end - t->start);
  CkCoverIter it;
  const CkMention *m;
  if (!ctx->mentions || !ctx->claimed[k])
    return FALSE;
  /* only the mentions whose span covers the token (a scan of all of them
   * for every claimed token made long texts quadratic) */
  ck_cover_iter_init (ctx, k, &it);
  while ((m = ck_cover_iter_next (ctx, &it)))
    {
      const char *title = ck_record_get (m->rec, CK_FIELD_TITLE);
      const char *tr = ck_record_get (m->rec, CK_FIELD_TRANSLATED_TITLE);
      if ((title && strstr (title, w)) || (tr && strstr (tr, w)))
        {
          /* the name of "X's Title" is claimed with the title but is no
           * part of it */
          const CkName *nm = ck_record_get_n_names (m->rec) ? ck_record_get_name (m->rec, 0) : NULL;
          if (nm && g_strcmp0 (nm->family, w) == 0)
            return FALSE;
          return TRUE;
        }
    }
  return FALSE;
}

CkName *
ck_ctx_text_subject (const CkExtractCtx *ctx, GHashTable *index)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = ck_n_toks (ctx), best = 0, second = 0;
  const char *best_key = NULL;
  GHashTableIter it;
  gpointer key, val;
  for (guint i = 0; i < n; i++)
    {
      const CkToken *t = ck_tok (ctx, i);
      char *k;
      if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP))
        continue;
      k = g_utf8_casefold (ctx->text + t->start, t->end - t->start);
      if (!g_hash_table_contains (index, k))
        {
          g_free (k);
          continue;
        }
      val = g_hash_table_lookup (counts, k);
      g_hash_table_insert (counts, k, GUINT_TO_POINTER (GPOINTER_TO_UINT (val) + 1));
    }
  g_hash_table_iter_init (&it, counts);
  while (g_hash_table_iter_next (&it, &key, &val))
    {
      guint c = GPOINTER_TO_UINT (val);
      /* ties broken by the key, so the answer does not depend on hashing */
      if (c > best || (c == best && best_key && strcmp (key, best_key) < 0))
        {
          if (c > best)
            second = best;
          best = c;
          best_key = key;
        }
      else if (c > second)
        second = c;
    }
  /* the subject stands out: named at least twice and more than anyone else */
  if (!best_key || best < 2 || best == second)
    return NULL;
  {
    const char *given = g_hash_table_lookup (index, best_key);
    /* the family as the text writes it */
    for (guint i = 0; i < n; i++)
      {
        const CkToken *t = ck_tok (ctx, i);
        g_autofree char *k = NULL;
        if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP) || (t->flags & CK_TOKF_UPPER))
          continue;
        k = g_utf8_casefold (ctx->text + t->start, t->end - t->start);
        if (strcmp (k, best_key) == 0)
          {
            g_autofree char *fam = g_strndup (ctx->text + t->start, t->end - t->start);
            return ck_name_new_personal (CK_ROLE_AUTHOR, fam, given);
          }
      }
  }
  return NULL;
}

/* Whether @m cites a reviewed book: the main one, or another header of a
 * review of several books ("T1 by A … T2 by B" before the prose). */
static gboolean
reviewed (const CkExtractCtx *ctx, const CkMention *m)
{
  static const char * const header_detectors[] = { "header-block", "sentence-header", "comma-header", NULL };
  guint k;
  if (m->flags & CK_MENTION_SELF)
    return FALSE;
  if (m->flags & CK_MENTION_MAIN)
    return TRUE;
  for (k = 0; m->det && header_detectors[k]; k++)
    if (strcmp (m->det->name, header_detectors[k]) == 0)
      return TRUE;
  /* "*Title* by Given Family\nFirm, 2012, 160 pages" above the prose: a
   * header whatever detector read it, when it has its author and imprint */
  k = ck_tok_at_byte (ctx, m->start);
  return k < ck_n_toks (ctx) && (g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, k)).flags & CK_PARA_HEADER) &&
         ck_record_count_role (m->rec, CK_ROLE_AUTHOR) > 0 && ck_record_has (m->rec, CK_FIELD_PUBLISHER) &&
         ck_record_get_date (m->rec, CK_DATE_ISSUED);
}

/* Whether the reviewed book @m is titled with a person's name other than
 * its author's ("Mary Quint", "Quint: A Life", "MARY QUINT"); returns
 * that name, or NULL. */
static CkName *
subject_in_title (const CkExtractCtx *ctx, const CkMention *m)
{
  const char *title = ck_record_get (m->rec, CK_FIELD_TITLE);
  g_auto(GStrv) words = NULL;
  guint n;
  g_autofree char *family = NULL;
  GString *given;
  guint count = 0;
  if (!title)
    return NULL;
  words = g_strsplit (title, " ", -1);
  n = g_strv_length (words);
  if (n == 0 || n > 3)
    return NULL;
  /* "Marxism: A Study": a doctrine, not a person */
  if (g_str_has_suffix (words[n - 1], "ism") || g_str_has_suffix (words[n - 1], "isms"))
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);
      if (!g_unichar_isupper (c) || strpbrk (words[i], "0123456789'\u2019&?!,;.\"()"))
        return NULL;
      /* "Georgia" is a state too: only the family must be no place */
      if (ck_lex_lookup (CK_LEX_FUNCTION_WORDS, words[i], -1) || ck_lex_lookup (CK_LEX_GENRE_WORDS, words[i], -1) ||
          ck_lex_lookup (CK_LEX_NON_TITLES, words[i], -1) ||
          (i + 1 == n && ck_lex_lookup (CK_LEX_PLACES, words[i], -1)))
        return NULL;
    }
  /* the family as the text writes it: "QUELL" in a heading is "Quell" */
  {
    g_autofree char *low = g_utf8_strdown (words[n - 1], -1);
    gunichar c = g_unichar_totitle (g_utf8_get_char (low));
    char buf[8];
    int l = g_unichar_to_utf8 (c, buf);
    family = g_strconcat ("", NULL);
    g_free (family);
    family = g_strdup_printf ("%.*s%s", l, buf, g_utf8_next_char (low));
  }
  for (guint k = 0; k < ck_record_get_n_names (m->rec); k++)
    {
      const CkName *a = ck_record_get_name (m->rec, k);
      if (a->family && g_ascii_strcasecmp (a->family, family) == 0)
        return NULL;
    }
  /* the text is about that person: the family stands at least three
   * times in it */
  for (guint i = 0; i < ck_n_toks (ctx) && count < 3; i++)
    {
      const CkToken *t = ck_tok (ctx, i);
      if (t->kind == CK_TOK_WORD && t->end - t->start == strlen (family) &&
          strncmp (ctx->text + t->start, family, t->end - t->start) == 0)
        count++;
    }
  if (count < 3)
    return NULL;
  given = g_string_new (NULL);
  for (guint i = 0; i + 1 < n; i++)
    {
      g_autofree char *low = g_utf8_strdown (words[i], -1);
      gunichar c = g_unichar_totitle (g_utf8_get_char (low));
      char buf[8];
      int l = g_unichar_to_utf8 (c, buf);
      if (given->len)
        g_string_append_c (given, ' ');
      g_string_append_len (given, buf, l);
      g_string_append (given, g_utf8_next_char (low));
    }
  {
    CkName *nm = ck_name_new_personal (CK_ROLE_AUTHOR, family, given->len ? given->str : NULL);
    g_string_free (given, TRUE);
    return nm;
  }
}

GPtrArray *
ck_ctx_reviewed_mentions (const CkExtractCtx *ctx)
{
  GPtrArray *out = g_ptr_array_new ();
  for (guint i = 0; i < ctx->mentions->len; i++)
    if (reviewed (ctx, g_ptr_array_index (ctx->mentions, i)))
      g_ptr_array_add (out, g_ptr_array_index (ctx->mentions, i));
  return out;
}

CkName *
ck_ctx_biography_subject (const CkExtractCtx *ctx, const GPtrArray *reviewed_ms)
{
  CkName *best = NULL;
  /* a review of a handful of books; a longer "header" list is a
   * bibliography, and the scan below reads the whole text per book */
  if (reviewed_ms->len == 0 || reviewed_ms->len > 8)
    return NULL;
  for (guint i = 0; i < reviewed_ms->len; i++)
    {
      const CkMention *m = g_ptr_array_index (reviewed_ms, i);
      CkName *nm = subject_in_title (ctx, m);
      if (!nm)
        continue;
      if (best && g_strcmp0 (best->family, nm->family) != 0)
        {
          /* two subjects: no single one */
          ck_name_free (nm);
          ck_name_free (best);
          return NULL;
        }
      if (!best || (!best->given && nm->given))
        {
          if (best)
            ck_name_free (best);
          best = nm;
        }
      else
        ck_name_free (nm);
    }
  return best;
}

gboolean
ck_ctx_is_main_author (const GPtrArray *reviewed_ms, const CkRecord *rec, const CkName *who)
{
  const char *title = ck_record_get (rec, CK_FIELD_TITLE);
  if (!who || !who->family)
    return FALSE;
  /* the reviewed book itself, mentioned again, keeps its author */
  for (guint i = 0; title && i < reviewed_ms->len; i++)
    {
      const CkMention *m = g_ptr_array_index (reviewed_ms, i);
      if (g_strcmp0 (ck_record_get (m->rec, CK_FIELD_TITLE), title) == 0)
        return FALSE;
    }
  for (guint i = 0; i < reviewed_ms->len; i++)
    {
      const CkMention *m = g_ptr_array_index (reviewed_ms, i);
      for (guint k = 0; k < ck_record_get_n_names (m->rec); k++)
        {
          const CkName *a = ck_record_get_name (m->rec, k);
          if (a->role == CK_ROLE_AUTHOR && a->family && g_ascii_strcasecmp (a->family, who->family) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* A lower-case cue noun of a work ("book", "novel", "collection") at @k. */
static gboolean
work_cue (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  const char *v;
  if (!ck_tok_lower_word (ctx, k))
    return FALSE;
  v = ck_lex_lookup (CK_LEX_CUES, ctx->text + t->start, t->end - t->start);
  return v && (strcmp (v, "book") == 0 || strcmp (v, "chapter") == 0);
}

gboolean
ck_ctx_work_cue (const CkExtractCtx *ctx, guint k)
{
  return k < ck_n_toks (ctx) && work_cue (ctx, k);
}

guint
ck_ctx_title_signal (const CkExtractCtx *ctx, guint ts, guint open, guint close)
{
  static const char * const preps[] = { "in", "since", "like", "unlike", "through", "than", "beside", NULL };
  static const char * const owners[] = { "his", "her", "their", "whose", NULL };
  static const char * const series_verbs[] = { "began", "begins", "opened", "opens", "started", "starts", "ended",
                                               "ends", "closed", "closes", "completed", "completes", "launched",
                                               "concluded", "concludes", NULL };
  static const char * const series_nouns[] = { "sequence", "series", "trilogy", "tetralogy", "quartet", "cycle",
                                               "saga", "chronicle", NULL };
  static const char * const copulas[] = { "was", "is", "remains", "remained", "became", NULL };
  static const char * const cue_preps[] = { "of", "in", "about", "for", "on", "from", "to", "with", "than", NULL };
  guint floor = ck_sentence_start (ctx, ts), ceil = ck_sentence_end (ctx, close);
  /* "His first book, T", "the 1998 novel T": a cue noun just before */
  for (guint k = ts, m = 0; k > floor && m < 3; m++)
    {
      k--;
      if (work_cue (ctx, k))
        return 2;
      if (!(ck_tok_is_punct (ctx, k, ',') && k + 1 == ts) && !year_tok (ctx, k) && !ck_tok_lower_word (ctx, k))
        break;
    }
  /* "T (1930) the funniest book of its year", "T (1985), a collection" */
  for (guint k = close + 1, m = 0; k < ceil && m < 7; k++, m++)
    {
      if (ck_tok_is_punct (ctx, k, '(') || ck_tok_is_punct (ctx, k, ';'))
        break;
      if (work_cue (ctx, k))
        return 2;
    }
  /* "T (1971) is, oddly, Ada Vell's one and only novel": a copula
   * right after the date lets the cue noun stand further on, unless a
   * preposition makes it another work ("was the setting of her novel") */
  if (ck_tok_lower_word (ctx, close + 1) && ck_tok_in_words (ctx, close + 1, copulas))
    for (guint k = close + 2, m = 0; k < ceil && m < 16; k++, m++)
      {
        if (ck_tok_is_punct (ctx, k, '(') || ck_tok_is_punct (ctx, k, ';'))
          break;
        if (work_cue (ctx, k))
          {
            gboolean prep = FALSE;
            for (guint q = k - 1; q > close + 1 && q + 3 > k; q--)
              prep |= ck_tok_lower_word (ctx, q) && ck_tok_in_words (ctx, q, cue_preps);
            if (!prep)
              return 2;
            break;
          }
      }
  /* "T (1951) opened the cycle", "T (1940) began the trilogy": a verb of
   * starting or ending and a noun for a series of works, not "a series of
   * raids" */
  if (ck_tok_lower_word (ctx, close + 1) && ck_tok_in_words (ctx, close + 1, series_verbs))
    for (guint k = close + 2; k < ceil && k < close + 5; k++)
      if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, series_nouns))
        {
          /* "ended the series of offensives" is no series of books */
          if (!ck_tok_is (ctx, k + 1, "of"))
            return 2;
          break;
        }
  /* "his T", "her later T", "His T" */
  for (guint k = ts, m = 0; k > floor && m < 3; m++)
    {
      k--;
      if (ck_tok_in_words (ctx, k, owners))
        return 2;
      if (!ck_tok_lower_word (ctx, k))
        break;
    }
  /* "since T (1991)", "in T Two (1972)"; "in Gould (1977)" is an
   * author-date reference */
  if (ts > floor && ck_tok_in_words (ctx, ts - 1, preps) && ck_tok_lower_word (ctx, ts - 1) &&
      !(ck_tok_is (ctx, ts - 1, "in") && open == ts + 1))
    return 1;
  /* "Une femme (1988)", "La Distinction (1979)" */
  if (ck_tok_cap_word (ctx, ts) && ck_tok_in_words (ctx, ts, ck_foreign_articles) && open > ts + 1)
    return 2;
  /* "His The Great Escape (2013)": an owner glued to a capital article */
  if (ts > 0 && cap_article (ctx, ts) && open > ts + 1 && ck_tok_in_words (ctx, ts - 1, owners))
    return 2;
  return 0;
}

/* ------------------------------------------- Surname (T1, Y1; T2, Y2) */

/* An item "“Title,” 1991" of [s,k): returns the end of the title (the
 * token after its last word, before the comma and closing quote), or 0.
 * The caller takes [s + 1, end) and the year at @k - 1, so the end is
 * returned as k - 3 and the comma before the year is implied. */
static guint
quoted_item_end (const CkExtractCtx *ctx, guint s, guint k)
{
  guint q;
  if (k < s + 4 || ck_tok (ctx, s)->kind != CK_TOK_QUOTE_OPEN || !year_tok (ctx, k - 1))
    return 0;
  q = k - 2;
  if (ck_tok_is_punct (ctx, q, ','))
    q--;
  if (ck_tok (ctx, q)->kind != CK_TOK_QUOTE_CLOSE)
    return 0;
  if (ck_tok_is_punct (ctx, q - 1, ','))
    q--;
  if (q <= s + 1 || !ck_tok_cap_word (ctx, s + 1))
    return 0;
  for (guint j = s + 1; j < q; j++)
    if (ck_tok (ctx, j)->kind == CK_TOK_QUOTE_OPEN || ck_tok (ctx, j)->nl >= 2)
      return 0;
  return q;
}

guint
ck_etc_item_end (const CkExtractCtx *ctx, guint s, guint k)
{
  if (k >= s + 4 && ck_tok_is_punct (ctx, k - 1, '.') && ck_tok_is (ctx, k - 2, "etc") && ck_tok_is_punct (ctx, k - 3, ','))
    return k - 3;
  return k;
}

/* "Wendle (The Copper Orchard, 2003; Night Ferries, 2009)": a surname
 * alone before a list of works with years ("Given Family (…)" is
 * name-paren-list's).  Two items at least: one "(Name, 2003)" is an
 * imprint. */
void
ck_detect_surname_paren_list (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 6 < n; i++)
    {
      guint c = 0, ns, s;
      guint items[24];  /* title start, title end, year: three per item */
      guint places[8] = { 0 };  /* the item's place's first token, or 0 */
      guint n_items = 0;
      gboolean ok = TRUE, etc = FALSE;
      g_autoptr(GPtrArray) authors = NULL;
      if (!ck_tok_is_punct (ctx, i, '(') || ck_is_claimed (ctx, i - 1, i + 1) || !ck_tok_cap_word (ctx, i - 1))
        continue;
      for (guint k = i + 1; k < n && k < i + 60; k++)
        {
          if (ck_tok (ctx, k)->nl >= 2 || ck_tok_is_punct (ctx, k, '('))
            break;
          if (ck_tok_is_punct (ctx, k, ')'))
            {
              c = k;
              break;
            }
        }
      if (!c)
        continue;
      ns = ck_name_span_backward (ctx, i, ck_sentence_start (ctx, i > 0 ? i - 1 : 0));
      if (ns != i - 1)
        continue;
      s = i + 1;
      etc = FALSE;
      for (guint k = i + 1; k <= c && ok; k++)
        if (k == c || ck_tok_is_punct (ctx, k, ';'))
          {
            guint ke = k == c ? ck_etc_item_end (ctx, s, k) : k, qe = quoted_item_end (ctx, s, ke);
            etc |= ke < k;
            /* "(History/Univ. of Harbour; T, 2004, etc.)": the author's
             * post opens a trade notice's list */
            if (s == i + 1 && k < c && !qe && !(k >= s + 3 && ck_tok_is_punct (ctx, k - 2, ',') && year_tok (ctx, k - 1)))
              {
                s = k + 1;
                continue;
              }
            if (n_items + 3 > G_N_ELEMENTS (items))
              ok = FALSE;
            else if (qe)
              {
                /* "“Title,” 1991": the quotes are no part of it */
                items[n_items++] = s + 1;
                items[n_items++] = qe;
                items[n_items++] = ke - 1;
              }
            else
              {
                /* "(Salt Gods, Bari, 1919)": a known place before the year */
                guint te = ke - 2, pl = 0;
                for (guint q = te > s + 2 ? te - 1 : te; q > s + 1 && q + 4 > te; q--)
                  if (ck_tok_is_punct (ctx, q - 1, ',') && ck_span_in_lex (ctx, q, te, CK_LEX_PLACES))
                    {
                      pl = q;
                      te = q - 1;
                      break;
                    }
                if (ke < s + 3 || !ck_tok_is_punct (ctx, ke - 2, ',') || !year_tok (ctx, ke - 1) ||
                    ck_title_span_forward (ctx, s, te, FALSE) != te || !ck_title_plausible (ctx, s, te))
                  ok = FALSE;
                else
                  {
                    places[n_items / 3] = pl;
                    items[n_items++] = s;
                    items[n_items++] = te;
                    items[n_items++] = ke - 1;
                  }
              }
            s = k + 1;
          }
      /* one item is an imprint ("Vell (Gannet, 1990)") unless a place
       * stands in it or the name is a person's by its style ("Professor
       * Vell (Salt: Man and Thinker, 1925)") */
      if (!ok || n_items == 0 ||
          (n_items < (etc ? 3 : 6) && !(places[0] || (ns > 0 && ck_honorific_before (ctx, ns)))))
        continue;
      authors = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      ck_names_forward (ctx, ns, i, CK_ROLE_AUTHOR, authors);
      for (guint k = 0; k < n_items; k += 3)
        {
          guint is = items[k], te = items[k + 1], yr = items[k + 2];
          CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
          ck_assemble_title (rec, ck_span_dup (ctx, is, te));
          ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, yr)->start), 0, 0));
          if (places[k / 3])
            ck_record_take (rec, CK_FIELD_PUBLISHER_PLACE, ck_span_dup (ctx, places[k / 3], yr - 1));
          for (guint a = 0; a < authors->len; a++)
            ck_record_add_name_unique (rec, ck_name_copy (g_ptr_array_index (authors, a)));
          ck_mention_add (ctx, det, rec, ck_tok (ctx, is)->start, ck_tok (ctx, yr)->end, is, 0);
        }
      ck_claim (ctx, i - 1, c + 1);
      i = c;
    }
}

/* ------------------------------------------- published T in YEAR */

/* "Linnaeus, who published Systema Naturae in 1735", "Orme published
 * The Salt Road in 1911": the title between "published" and "in YEAR". */
void
ck_detect_published_title (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 4 < n; i++)
    {
      guint s = i + 1, te, cut = 0, floor, ns = G_MAXUINT, name_end = 0, firm = G_MAXUINT;
      CkRecord *rec;
      if (!ck_tok_is (ctx, i, "published") || !ck_tok_lower_word (ctx, i) || !ck_tok_cap_word (ctx, s) || ck_is_claimed (ctx, s, s + 1))
        continue;
      te = ck_title_span_forward (ctx, s, MIN (n, s + 30), FALSE);
      for (guint k = s + 1; k + 1 < n && k <= te; k++)
        if (ck_tok_is (ctx, k, "in") && year_tok (ctx, k + 1))
          {
            cut = k;
            break;
          }
      if (!cut || ck_is_claimed (ctx, s, cut) || !ck_title_plausible (ctx, s, cut))
        continue;
      te = cut;
      /* "Published Hanover" is a place, a lone capital is a name: a title
       * of one word needs a capital article or a second word */
      if (ck_count_words (ctx, s, te) < 2)
        continue;
      floor = ck_sentence_start (ctx, i);
      if (i >= 3 && ck_tok_is (ctx, i - 1, "who") && ck_tok_is_punct (ctx, i - 2, ','))
        name_end = i - 2;
      else if (i >= 1 && ck_tok_cap_word (ctx, i - 1))
        name_end = i;
      if (name_end > floor)
        {
          ns = ck_name_span_backward (ctx, name_end, floor);
          if (ns == name_end)
            ns = G_MAXUINT;
          /* "the Press published", "Gannet Books published": an imprint is
           * no author but the publisher, and no pronoun's owner either */
          for (guint k = ns; ns != G_MAXUINT && k < name_end; k++)
            if (ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS) || ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHERS))
              {
                firm = ns;
                ns = G_MAXUINT;
              }
        }
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, s, te));
      ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, te + 1)->start), 0, 0));
      if (ns != G_MAXUINT)
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          ck_names_forward (ctx, ns, name_end, CK_ROLE_AUTHOR, names);
          for (guint k = 0; k < names->len; k++)
            ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, k)));
        }
      if (firm != G_MAXUINT)
        ck_record_take (rec, CK_FIELD_PUBLISHER, ck_span_dup (ctx, firm, name_end));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, te + 1)->end, i,
                      ns == G_MAXUINT && firm == G_MAXUINT ? CK_MENTION_PRONOUN : 0);
      ck_claim (ctx, s, te + 2);
      i = te + 1;
    }
}

/* ------------------------------------------- Like A Title, … */

/* "The Times", "The Evening Herald": the last word names a newspaper or
 * journal (general knowledge of English periodical titles). */
static gboolean
periodical_tail (const CkExtractCtx *ctx, guint last)
{
  static const char * const words[] = {
    "times", "review", "journal", "gazette", "herald", "post", "magazine", "quarterly", "weekly", "monthly",
    "chronicle", "tribune", "observer", "guardian", "telegraph", "spectator", "mercury", "courier", "bulletin",
    "news", "standard", "express", "mail", "daily", "independent", "economist", "register", "record",
    "inquirer", "examiner", "star", "sun", "globe", "argus", "advertiser", "statesman", "nation", NULL,
  };
  return ck_tok_in_words (ctx, last, words);
}

static guint cue_after_owner (const CkExtractCtx *ctx, guint k, guint limit, gboolean need_owner);

/* "Like A Knife in Winter, it is …", "readers who came to her through The
 * Salt Marsh will …": a capitalised article right after a preposition
 * that compares or traces works opens a title, even with no year. */
void
ck_detect_opener_title (CkExtractCtx *ctx, const CkDetector *det)
{
  static const char * const openers[] = { "like", "unlike", "since", "through", NULL };
  /* mid-sentence only: prepositions after which a capital article in
   * running text opens a work ("weaker on The Long Pier, where", "in
   * The Quiet Salesmen,", "came to her from A Book of Hours or"); not "of",
   * which "author of T" (title-year) reads with its co-author */
  static const char * const mid_openers[] = { "on", "in", "from", "with", "about", "or", "and", "than", "whose",
                                              NULL };
  /* opening the sentence, with the comma after the title: "In The Grey
   * Quay, Vell …", "After The Long Pier, she …" (a place or a paper
   * there is the wider openers' test's) */
  static const char * const initial_openers[] = { "in", "after", "before", "with", "from", NULL };
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 3 < n; i++)
    {
      guint s = i + 1, te, floor, or_s, or_e;
      gboolean initial;
      CkRecord *rec;
      if (!(ck_tok_in_words (ctx, i, openers) || (ck_tok_lower_word (ctx, i) && ck_tok_in_words (ctx, i, mid_openers)) ||
            (ck_tok_cap_word (ctx, i) && ck_tok_in_words (ctx, i, initial_openers) && ck_sentence_start (ctx, i) == i)) ||
          !ck_tok_cap_word (ctx, s) || !ck_tok_in_words (ctx, s, ck_articles) || ck_is_claimed (ctx, i, s + 2))
        continue;
      floor = ck_sentence_start (ctx, i);
      initial = i == floor;
      /* "Like" opens the sentence; mid-sentence the preposition is lower case */
      if (initial ? !ck_tok_cap_word (ctx, i) : !ck_tok_lower_word (ctx, i))
        continue;
      /* a hard-wrapped text breaks "The\nLong Pier" across lines */
      te = ck_title_span_forward (ctx, s, MIN (n, ck_sentence_end (ctx, s)), !ck_tok_in_words (ctx, i, openers));
      /* "in The Monthly in May 1951": a date after "in" is no part of it */
      for (guint k = s + 2; k + 1 < te; k++)
        if ((ck_tok_is (ctx, k, "in") || ck_tok_is (ctx, k, "of")) && ck_tok_lower_word (ctx, k) &&
            (year_tok (ctx, k + 1) || (ck_tok_in_lex (ctx, k + 1, CK_LEX_MONTHS) && year_tok (ctx, k + 2))))
          {
            te = k;
            break;
          }
      while (te > s + 1 && (ck_tok (ctx, te - 1)->flags & CK_TOKF_FUNC))
        te--;
      /* "from The Issa Fen or Bells in Spring will": after a mid-sentence
       * opener, "or" and a second run that passes the weak test on its
       * own join two titles, not one */
      or_s = or_e = 0;
      if (!ck_tok_in_words (ctx, i, openers))
        for (guint k = s + 2; k + 2 < te; k++)
          if (ck_tok_is (ctx, k, "or") && ck_tok_lower_word (ctx, k) && ck_tok_cap_word (ctx, k + 1) &&
              ck_ctx_weak_title_ok (ctx, k + 1, te, floor))
            {
              or_s = k + 1;
              or_e = te;
              te = k;
              break;
            }
      if (te < s + 2 || ck_is_claimed (ctx, s, te) || !ck_title_plausible (ctx, s, te) ||
          !ck_title_plausible (ctx, s + 1, te))
        continue;
      /* a bare title ends at a comma or clause; "(…)" is another
       * detector's, and a known periodical is no book */
      if (ck_tok_is_punct (ctx, te, '(') || ck_tok_in_lex (ctx, s + 1, CK_LEX_PERIODICALS) ||
          periodical_tail (ctx, te - 1))
        continue;
      /* "in The Great Crash, 1929 (1955)": the year is the title's, its
       * own in brackets after it (bare-title-year's) */
      if (ck_tok_is_punct (ctx, te, ',') && te + 3 < n && (ck_tok (ctx, te + 1)->flags & CK_TOKF_YEAR) &&
          ck_tok_is_punct (ctx, te + 2, '(') && (ck_tok (ctx, te + 3)->flags & CK_TOKF_YEAR))
        continue;
      /* the wider openers: "in The Hague", "of The Royal Society"; "and
       * T, published in 1988," and "T, her second novel" are
       * cue-apposition's, which reads their year */
      if (!ck_tok_in_words (ctx, i, openers) && ck_tok_is_punct (ctx, te, ',') &&
          (ck_tok_is (ctx, te + 1, "published") || cue_after_owner (ctx, te + 1, MIN (n, te + 6), TRUE) != G_MAXUINT))
        continue;
      if (!ck_tok_in_words (ctx, i, openers) &&
          (ck_ctx_names_non_work (ctx, s + 1, te) || ck_ctx_opens_with_name (ctx, s + 1) ||
           ck_span_in_lex (ctx, s, te, CK_LEX_PLACES) ||
           ck_span_in_lex (ctx, s, te, CK_LEX_PERIODICALS) || ck_span_in_lex (ctx, s + 1, te, CK_LEX_PERIODICALS) ||
           (te == s + 2 && ck_ctx_word_recurs (ctx, s + 1, s, te))))
        continue;
      if (initial && !ck_tok_is_punct (ctx, te, ','))
        continue;
      if (!initial && !(ck_tok_lower_word (ctx, te) || ck_tok_is_punct (ctx, te, ',') || ck_tok_is_punct (ctx, te, '.') ||
                        ck_tok_is_punct (ctx, te, ';')))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, s, te));
      /* "her edition of The Letters in 2001": the year is the work's */
      if (ck_tok_is (ctx, te, "in") && year_tok (ctx, te + 1) &&
          !(te + 2 < n && ck_tok (ctx, te + 2)->kind == CK_TOK_NUMBER))
        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, te + 1)->start), 0, 0));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, te - 1)->end, s, CK_MENTION_PRONOUN);
      ck_claim (ctx, s, te);
      if (or_e > or_s)
        {
          CkRecord *next = ck_record_new (CK_TYPE_BOOK);
          ck_assemble_title (next, ck_span_dup (ctx, or_s, or_e));
          ck_mention_add (ctx, det, next, ck_tok (ctx, or_s)->start, ck_tok (ctx, or_e - 1)->end, or_s,
                          CK_MENTION_PRONOUN);
          ck_claim (ctx, or_s, or_e);
          te = or_e;
        }
      /* "came to her from Salt Meadow or A Book of Hours": the run joined to the
       * title by "or"/"and" is a title too, when it opens after a
       * lower-case word and names nothing else */
      if ((ck_tok_is (ctx, i, "or") || ck_tok_is (ctx, i, "and")) && !initial && i > floor + 1)
        {
          guint ps = ck_title_span_backward (ctx, i, floor);
          while (ps < i && (ck_tok (ctx, ps)->flags & CK_TOKF_FUNC))
            ps++;
          /* "came to Corvo from Salt Meadow or …": the title starts after
           * the name's preposition */
          if (ps < i && !ck_ctx_weak_title_ok (ctx, ps, i, floor))
            {
              guint cut = ck_ctx_weak_title_cut (ctx, ps, i, floor);
              if (cut < i)
                ps = cut;
            }
          if (ps < i && ps > floor && ck_tok_lower_word (ctx, ps - 1) && !ck_is_claimed (ctx, ps, i) &&
              ck_count_words (ctx, ps, i) >= 2 && ck_ctx_weak_title_ok (ctx, ps, i, floor) &&
              ck_title_plausible (ctx, ps, i) && !periodical_tail (ctx, i - 1))
            {
              CkRecord *prev = ck_record_new (CK_TYPE_BOOK);
              ck_assemble_title (prev, ck_span_dup (ctx, ps, i));
              ck_mention_add (ctx, det, prev, ck_tok (ctx, ps)->start, ck_tok (ctx, i - 1)->end, ps, CK_MENTION_PRONOUN);
              ck_claim (ctx, ps, i);
            }
        }
      i = te;
    }
}

/* ------------------------------------------- books of 1973, T1: S and T2: S */

/* The end of item [s,e) of an appositive list: the first "and" before a
 * capitalised word that opens a new "Title: Subtitle" (the item holds its
 * own colon already); @e when there is none. */
static guint
appositive_split (const CkExtractCtx *ctx, guint s, guint e)
{
  gboolean colon = FALSE;
  for (guint k = s; k < e; k++)
    {
      if (ck_tok_is_punct (ctx, k, ':'))
        colon = TRUE;
      if (colon && ck_tok_is (ctx, k, "and") && ck_tok_cap_word (ctx, k + 1))
        {
          /* the next item has a colon before any later split point */
          for (guint q = k + 2; q < e; q++)
            {
              if (ck_tok_is_punct (ctx, q, ':'))
                return k;
              if (ck_tok_is (ctx, q, "and") && ck_tok_cap_word (ctx, q + 1))
                break;
            }
        }
    }
  return e;
}

/* "Clark's two books of 1973, Title One: Sub and Title Two: Sub, will
 * …": a plural cue noun, perhaps a year, then titles with subtitles in
 * apposition.  The year stated before the list applies to each. */
void
ck_detect_appositive_list (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 4 < n; i++)
    {
      guint j = i + 1, year = 0, s, te, items[8], n_items = 0, ceil;
      const CkToken *t = ck_tok (ctx, i);
      if (!work_cue (ctx, i) || ctx->text[t->end - 1] != 's' || ck_is_claimed (ctx, i, i + 1))
        continue;
      if (ck_tok_is (ctx, j, "of") && year_tok (ctx, j + 1))
        {
          year = j + 1;
          j += 2;
        }
      if (!ck_tok_is_punct (ctx, j, ',') && !ck_tok_is_punct (ctx, j, ':'))
        continue;
      s = j + 1;
      ceil = ck_sentence_end (ctx, s);
      te = ck_title_span_forward (ctx, s, ceil, FALSE);
      if (te <= s + 2 || ck_is_claimed (ctx, s, te))
        continue;
      /* ", 1848-1851": a span of years that ends the last subtitle */
      if (ck_tok_is_punct (ctx, te, ',') && year_tok (ctx, te + 1) &&
          (ck_tok_is_punct (ctx, te + 2, '-') || ck_tok_is_punct (ctx, te + 2, 0x2013)) && te + 3 < ceil &&
          ck_tok (ctx, te + 3)->kind == CK_TOK_NUMBER &&
          (ck_tok_is_punct (ctx, te + 4, ',') || ck_tok_is_punct (ctx, te + 4, '.') || te + 4 == ceil))
        te += 4;
      for (guint k = s; k < te && n_items + 2 <= G_N_ELEMENTS (items);)
        {
          guint e = appositive_split (ctx, k, te);
          gboolean colon = FALSE;
          for (guint q = k; q < e; q++)
            colon |= ck_tok_is_punct (ctx, q, ':');
          if (!colon || ck_count_words (ctx, k, e) < 2 || !ck_title_plausible (ctx, k, e))
            break;
          items[n_items++] = k;
          items[n_items++] = e;
          k = e < te ? e + 1 : te;
          if (e == te)
            break;
        }
      if (n_items < 4 || items[n_items - 1] != te)
        continue;
      for (guint k = 0; k < n_items; k += 2)
        {
          CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
          ck_assemble_title (rec, ck_span_dup (ctx, items[k], items[k + 1]));
          if (year)
            ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year)->start), 0, 0));
          ck_mention_add (ctx, det, rec, ck_tok (ctx, items[k])->start, ck_tok (ctx, items[k + 1] - 1)->end, i,
                          CK_MENTION_PRONOUN);
        }
      ck_claim (ctx, s, te);
      i = te;
    }
}

/* ------------------------------------------- T, her second novel, … */

/* Whether [ts,te) may stand as a title with no year or imprint: plausible,
 * unclaimed, not a personal name or a word the text repeats, not a
 * newspaper. */
static gboolean
free_title_ok (const CkExtractCtx *ctx, guint ts, guint te)
{
  guint words = ck_count_words (ctx, ts, te);
  if (te <= ts || words == 0 || ck_is_claimed (ctx, ts, te) || !ck_title_plausible (ctx, ts, te) ||
      !ck_tok_cap_word (ctx, ts) || (ck_tok (ctx, ts)->flags & CK_TOKF_UPPER) || periodical_tail (ctx, te - 1))
    return FALSE;
  if (words == 1 && ck_ctx_word_recurs (ctx, ts, ts, te))
    return FALSE;
  if (words >= 2 && !cap_article (ctx, ts) && ck_name_span_forward (ctx, ts, te) == te &&
      word_recurs (ctx, te - 1, ts, te, TRUE))
    return FALSE;
  return TRUE;
}

/* Skips "her", "a", "the", a year and up to two lower-case adjectives
 * from @k; returns the cue noun's token or G_MAXUINT. */
static guint
cue_after_owner (const CkExtractCtx *ctx, guint k, guint limit, gboolean need_owner)
{
  static const char * const owners[] = { "his", "her", "their", "its", "our", "my", "your", "whose", "a", "an", "the",
                                         "one", NULL };
  gboolean owner = FALSE;
  /* "Vell's 1990 study T": a possessive owns the work too */
  if (k < limit && ((ck_tok_in_words (ctx, k, owners) &&
                     (ck_tok_lower_word (ctx, k) || (ck_tok_cap_word (ctx, k) && k == ck_sentence_start (ctx, k)))) ||
                    ck_tok (ctx, k)->kind == CK_TOK_POSS))
    {
      owner = TRUE;
      k++;
    }
  if (need_owner && !owner)
    return G_MAXUINT;
  /* singular nouns that name one work and nothing else ("history",
   * "work", "study of" also name activities); plurals open lists, which
   * are title-list's */
  static const char * const nouns[] = {
    "novel", "novella", "book", "memoir", "biography", "autobiography", "monograph", "treatise", "anthology",
    "collection", "pamphlet", "volume", "essay", "poem", "story", "article", "play", "manifesto", "debut", NULL,
  };
  /* "her doctoral thesis, T", "its most famous document, T", "a
   * festschrift, T": more nouns name a work when a comma sets the title
   * in apposition to them */
  static const char * const comma_nouns[] = {
    "thesis", "dissertation", "document", "festschrift", "study", "history", "survey", "report", "lecture",
    "sequel", "version", "translation", "reply", "tract", "textbook", "edition", NULL,
  };
  for (guint m = 0; m < 3 && k < limit; m++)
    {
      if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, comma_nouns) && k + 2 < ck_n_toks (ctx) &&
          ck_tok_is_punct (ctx, k + 1, ',') && ck_tok_cap_word (ctx, k + 2))
        return k;
      if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, nouns))
        {
          /* "her collection of stories T", "a volume of poems T" */
          static const char * const kinds[] = { "stories", "poems", "essays", "verse", "tales", "sketches",
                                                "letters", "lectures", "plays", "criticism", NULL };
          if (k + 2 < limit && ck_tok_is (ctx, k + 1, "of") && ck_tok_lower_word (ctx, k + 2) &&
              ck_tok_in_words (ctx, k + 2, kinds))
            return k + 2;
          return k;
        }
      if (!(year_tok (ctx, k) || (ck_tok_lower_word (ctx, k) && !(ck_tok (ctx, k)->flags & CK_TOKF_FUNC))))
        return G_MAXUINT;
      k++;
    }
  return G_MAXUINT;
}

/* Whether the bracket at @open holds a day and a month, or a
 * periodical and a date ("(April 18)", "(LRB, 18 April)"): a review's
 * or a letter's date, no imprint. */
static gboolean
paren_holds_date (const CkExtractCtx *ctx, guint open)
{
  gboolean month = FALSE, day = FALSE;
  for (guint k = open + 1; k < ck_n_toks (ctx) && k < open + 8; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (ck_tok_is_punct (ctx, k, ')'))
        return month && day;
      if (t->kind == CK_TOK_NUMBER && !(t->flags & CK_TOKF_YEAR) && t->end - t->start <= 2)
        day = TRUE;
      else if (ck_tok_in_lex (ctx, k, CK_LEX_MONTHS))
        month = TRUE;
      else if (ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHERS) || ck_tok_in_lex (ctx, k, CK_LEX_PLACES))
        return FALSE;
    }
  return FALSE;
}

/* "Tidewater, her second novel, …", "Grey Harbour, a collection of
 * stories", "The Long Weir, published in 1988, …" and "her 2001 novel
 * The Glass Ferry": a cue noun in apposition marks a title that has no
 * year in parentheses.  The author is resolved from the context. */
/* "T, just out in Canada,", "T, newly published,", "T, published last
 * year,": a phrase of recent publication in apposition at @k. */
static gboolean
just_out (const CkExtractCtx *ctx, guint k)
{
  static const char * const recent[] = { "just", "newly", "recently", NULL };
  static const char * const made[] = { "out", "published", "issued", "reissued", "translated", NULL };
  static const char * const when[] = { "year", "month", "week", "season", "spring", "autumn", "fall", NULL };
  if (k + 1 >= ck_n_toks (ctx))
    return FALSE;
  if (ck_tok_in_words (ctx, k, recent) && ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k + 1, made))
    return TRUE;
  /* "published last year", "published this spring" */
  return k + 2 < ck_n_toks (ctx) && ck_tok_is (ctx, k, "published") && ck_tok_lower_word (ctx, k) &&
         (ck_tok_is (ctx, k + 1, "last") || ck_tok_is (ctx, k + 1, "this")) && ck_tok_in_words (ctx, k + 2, when);
}

/* Whether the word at @k names an event ("Rebellion", "Strike"). */
static gboolean
event_word (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  const char *kind = t->kind == CK_TOK_WORD ? ck_lex_lookup (CK_LEX_NON_TITLES, ctx->text + t->start, t->end - t->start)
                                           : NULL;
  return kind && strcmp (kind, "event") == 0;
}

void
ck_detect_cue_apposition (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 2 < n; i++)
    {
      guint ts, te, floor, year = 0, cue;
      CkRecord *rec;
      if (ck_is_claimed (ctx, i, i + 1))
        continue;
      if (ck_tok_is_punct (ctx, i, ',') && ck_tok_cap_word (ctx, i - 1))
        {
          floor = ck_sentence_start (ctx, i);
          /* T, her second novel / T, published in 1988 */
          te = i;
          if (ck_tok_is (ctx, i + 1, "published") && ck_tok_is (ctx, i + 2, "in") && year_tok (ctx, i + 3) &&
              (ck_tok_is_punct (ctx, i + 4, ',') || ck_tok_is_punct (ctx, i + 4, '.')))
            year = i + 3;
          else if (cue_after_owner (ctx, i + 1, MIN (n, i + 6), TRUE) == G_MAXUINT && !just_out (ctx, i + 1))
            continue;
          /* "Ada Vell, whose biography is …": "whose" follows a person */
          if (!year && ck_tok_is (ctx, i + 1, "whose"))
            continue;
          ts = ck_title_span_backward (ctx, te, floor);
          ts = ck_ctx_drop_opener (ctx, ts, te, floor);
          while (ts < te && (ck_tok (ctx, ts)->flags & CK_TOKF_FUNC))
            ts++;
          /* "the Harbour, a place of …": a lower-case article before */
          if (ts > 0 && (ck_tok_is (ctx, ts - 1, "the") || ck_tok_is (ctx, ts - 1, "a")) && ck_tok_lower_word (ctx, ts - 1))
            continue;
          /* a capital that only opens the sentence is no evidence, unless
           * an owner follows ("Tidewater, her second novel, …") */
          if (ts == floor && ck_count_words (ctx, ts, te) < 2 &&
              !(ck_tok_is (ctx, i + 1, "his") || ck_tok_is (ctx, i + 1, "her") || ck_tok_is (ctx, i + 1, "their")))
            continue;
          if (!free_title_ok (ctx, ts, te))
            continue;
        }
      else if ((cue = cue_after_owner (ctx, i, MIN (n, i + 5), TRUE)) != G_MAXUINT)
        {
          /* her 2001 novel T */
          ts = cue + 1;
          if (ck_tok_is_punct (ctx, ts, ','))
            ts++;
          if (!ck_tok_cap_word (ctx, ts))
            continue;
          te = ck_title_span_forward (ctx, ts, ck_sentence_end (ctx, ts), FALSE);
          while (te > ts + 1 && (ck_tok (ctx, te - 1)->flags & CK_TOKF_FUNC))
            te--;
          /* "my book T: Sub, 1660-1782 (April 18)" */
          te = ck_title_range_tail (ctx, ts, te, ck_sentence_end (ctx, ts));
          /* "his reply, One Step Forward, Two Steps Back, he praises":
           * set off by commas, a title's inner comma is followed by
           * another short run in title case before the closing comma */
          if (ck_tok_is_punct (ctx, cue + 1, ',') && ck_tok_is_punct (ctx, te, ',') && ck_tok_cap_word (ctx, te + 1))
            {
              guint r = ck_title_span_forward (ctx, te + 1, ck_sentence_end (ctx, ts), FALSE);
              if (r > te + 1 && ck_count_words (ctx, te + 1, r) <= 4 && ck_tok_is_punct (ctx, r, ',') &&
                  ck_tok_lower_word (ctx, r + 1) && !ck_ctx_names_person (ctx, te + 1, r))
                te = r;
            }
          /* "the pamphlet Labour, Salt and Religion, his reply to …": a
           * title that is a list, closed by "and" and a comma or a stop */
          if (ck_tok_is_punct (ctx, te, ',') && te <= ts + 2)
            {
              guint j = te, items = 1;
              gboolean joined = FALSE;
              while (ck_tok_is_punct (ctx, j, ',') && items < 5 && !joined)
                {
                  guint e2 = j + 1;
                  while (e2 < n && e2 < j + 3 && ck_tok_cap_word (ctx, e2) && ck_tok (ctx, e2)->nl == 0)
                    e2++;
                  if (e2 == j + 1)
                    break;
                  items++;
                  j = e2;
                  /* "…, Authority and the Criminal Law": the last item
                   * may open with a small article */
                  if (ck_tok_is (ctx, j, "and") && j + 2 < n &&
                      (ck_tok_cap_word (ctx, j + 1) ||
                       (ck_tok_lower_word (ctx, j + 1) && (ck_tok_is (ctx, j + 1, "the") || ck_tok_is (ctx, j + 1, "a")) &&
                        ck_tok_cap_word (ctx, j + 2))))
                    {
                      guint from = ck_tok_cap_word (ctx, j + 1) ? j + 1 : j + 2;
                      e2 = from;
                      while (e2 < n && e2 < from + 2 && ck_tok_cap_word (ctx, e2) && ck_tok (ctx, e2)->nl == 0)
                        e2++;
                      items++;
                      j = e2;
                      joined = TRUE;
                    }
                }
              if (joined && items >= 3 && (j >= n || ck_tok_is_punct (ctx, j, ',') || ck_tok_is_punct (ctx, j, '.') ||
                                           ck_tok_is_punct (ctx, j, ';')) &&
                  !ck_span_in_lex (ctx, ts, te, CK_LEX_PLACES))
                te = j;
            }
          /* with "(…)" after, the bare and imprint detectors decide,
           * unless it holds a review's date ("my book T (April 18)") */
          if ((ck_tok_is_punct (ctx, te, '(') && !paren_holds_date (ctx, te)) || !free_title_ok (ctx, ts, te))
            continue;
          if (!(te >= n || ck_tok_lower_word (ctx, te) || ck_tok (ctx, te)->kind == CK_TOK_PUNCT))
            continue;
          for (guint k = i; k < cue; k++)
            if (year_tok (ctx, k))
              year = k;
          /* "the novel T": only with an owner, a year or an adjective */
          /* "the novel T": a bare cue, so a single word must end the
           * clause ("the novel Vell never finished" names a person) */
          if (ck_tok_is (ctx, i, "the") && cue == i + 1 && ck_count_words (ctx, ts, te) < 2 &&
              !(te < n && ck_tok (ctx, te)->kind == CK_TOK_PUNCT))
            continue;
          /* "a Stalinist study", "a book Ada Vell wrote": a person is no
           * title; "his memoir Lantern Days" reads like a name but no given
           * name, honorific or repeated surname says it is one */
          if (ck_name_span_forward (ctx, ts, te) == te && ck_count_words (ctx, ts, te) >= 2 && !cap_article (ctx, ts) &&
              ck_ctx_names_person (ctx, ts, te))
            continue;
          /* "the pamphlet Teamster Rebellion": after a work's noun an
           * event word closing two words or more still ends a title */
          if (ck_ctx_names_non_work (ctx, ts, te) && !(ck_count_words (ctx, ts, te) >= 2 && event_word (ctx, te - 1)))
            continue;
        }
      else
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
      if (year)
        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year)->start), 0, 0));
      /* "Ada Vell's 1990 study T": the owner's name is the author's */
      if (ck_tok (ctx, i)->kind == CK_TOK_POSS && i > 0)
        {
          guint ns = ck_name_span_backward (ctx, i, ck_sentence_start (ctx, i));
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          /* "Britain's first novel T": a place owns no work */
          if (ns < i && !ck_tok_in_lex (ctx, ns, CK_LEX_PLACES) && !ck_ctx_names_non_work (ctx, ns, i))
            ck_names_forward (ctx, ns, i, CK_ROLE_AUTHOR, names);
          for (guint k = 0; k < names->len; k++)
            ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, k)));
        }
      ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, te - 1)->end, ts,
                      ck_record_get_n_names (rec) ? 0 : CK_MENTION_PRONOUN);
      ck_claim (ctx, ts, te);
      i = te;
    }
}
