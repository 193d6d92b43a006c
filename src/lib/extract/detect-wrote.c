/* detect-wrote.c — "NAME wrote T", "she wrote T and T2": a title named as
 * the object of a verb of writing, with no year, quotes or imprint; and
 * "will be compared with T" when T has a title's shape.
 *
 *   "Under another name the same hand wrote Iron Harvest and a play."
 *
 * A verb of writing takes letters and people as well ("wrote Parliament a
 * letter", "wrote Ada Vell"), so the run must be two words or more, pass
 * the weak test of title-weak.c (no person, place, event, institution or
 * publisher), name no periodical ("wrote The Times") and end the phrase.
 * The author is found like a pronoun's antecedent (merge.c). */
#include "title-short.h"

static const char * const writing_verbs[] = {
  "wrote", "writes", "write", "written", "rewrote", "co-wrote", "composed",
  /* publishing names a work as writing does ("she published The Salt
   * Road in 1940"), and the tests after the run are the same */
  "published", "publishes", "republished", "reissued", "completed",
  /* finishing and drafting a book name it as writing it does ("in the
   * spring he finished The Lamp at X") */
  "finished", "finishes", "penned", "authored", "co-authored", "drafted", NULL,
};

/* Verbs that name a work with "out" after them: "the firm brought out T",
 * "she turned out T every year". */
static const char * const out_verbs[] = { "brought", "brings", "bring", "bringing", "turned", "turns",
                                          "put", "puts", NULL };

/* Honorifics that open a title after a verb of writing as often as a
 * name: "wrote Mrs Pellow Takes the Ferry". */
static const char * const honorifics[] = { "Mr", "Mrs", "Miss", "Ms", "Dr", "Lady", "Lord", "Sir", "Uncle",
                                           "Aunt", "Captain", "Father", "Mother", "Sister", NULL };

/* "wrote Mrs Pellow Takes the Ferry": an honorific, a name the text does
 * not use alone elsewhere, then a capitalised word that is no name (no
 * given name, no initial), four words or more — a person's name after an
 * honorific is two or three words ("Mrs Ada Pellow"). */
static gboolean
honorific_title (const CkExtractCtx *ctx, guint s, guint te)
{
  guint k = s + 1;
  if (!ck_tok_cap_word (ctx, s) || !ck_tok_in_words (ctx, s, honorifics) || ck_count_words (ctx, s, te) < 4)
    return FALSE;
  if (ck_tok_is_punct (ctx, k, '.'))
    k++;
  if (k + 1 >= te || !ck_tok_cap_word (ctx, k) || ck_tok_in_lex (ctx, k, CK_LEX_GIVEN_NAMES) ||
      (ck_tok (ctx, k)->flags & CK_TOKF_INITIAL) || ck_ctx_word_recurs (ctx, k, s, te))
    return FALSE;
  return ck_tok_cap_word (ctx, k + 1) && !(ck_tok (ctx, k + 1)->flags & CK_TOKF_INITIAL) &&
         !ck_tok_in_lex (ctx, k + 1, CK_LEX_GIVEN_NAMES);
}

/* "A Kite Carried by the Wind": an inner "by the" with a capitalised word
 * after it is no by-line (a by-line names a person, with no article), so
 * the run [s,te) goes on after it when it opened with a capital article.
 * Returns the new end or @te. */
static guint
through_by_the (const CkExtractCtx *ctx, guint s, guint te, guint end)
{
  guint te2;
  if (!(ck_tok_is (ctx, s, "A") || ck_tok_is (ctx, s, "An") || ck_tok_is (ctx, s, "The")) ||
      !ck_tok_cap_word (ctx, s) || te + 2 >= end || !ck_tok_is (ctx, te, "by") || !ck_tok_lower_word (ctx, te) ||
      !(ck_tok_is (ctx, te + 1, "the") || ck_tok_is (ctx, te + 1, "a")) || !ck_tok_cap_word (ctx, te + 2))
    return te;
  te2 = ck_title_span_forward (ctx, te + 2, end, FALSE);
  return te2 > te + 2 ? te2 : te;
}

static const char * const comparing_verbs[] = { "compared", "comparing", "compare", "compares", NULL };

/* "the trilogy … went on last year with T": a series of works named in
 * the sentence before a verb of going on "with" a title. */
static const char * const series_nouns[] = { "trilogy", "tetralogy", "sequence", "series", "cycle", "quartet",
                                             "saga", NULL };
static const char * const going_on[] = { "began", "begins", "opened", "opens", "continued", "continues", "on",
                                         "ended", "ends", "closed", "closes", "concluded", "started", NULL };

/* Whether "with" at @w continues a series named earlier in the sentence:
 * a verb of going on within three words before it, a series noun before
 * that. */
static gboolean
series_with (const CkExtractCtx *ctx, guint w, guint floor)
{
  guint v = G_MAXUINT;
  for (guint k = w, m = 0; k > floor && m < 4 && v == G_MAXUINT; m++)
    {
      k--;
      if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, going_on))
        v = k;
    }
  if (v == G_MAXUINT)
    return FALSE;
  for (guint k = v; k > floor;)
    {
      k--;
      if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, series_nouns))
        return TRUE;
    }
  return FALSE;
}

/* A title's shape: a lower-case function word inside ("Love on the
 * Shore"), which names of people and places seldom have. */
static gboolean
has_title_shape (const CkExtractCtx *ctx, guint s, guint te)
{
  for (guint k = s + 1; k + 1 < te; k++)
    if (ck_tok_lower_word (ctx, k) && (ck_tok (ctx, k)->flags & CK_TOKF_FUNC) && !ck_tok_is (ctx, k, "and") &&
        !ck_tok_in_lex (ctx, k, CK_LEX_PARTICLES))
      return TRUE;
  return FALSE;
}

static guint
para_flags (const CkExtractCtx *ctx, guint i)
{
  return g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i)).flags;
}

/* Whether [s,te) may be taken as the object of a verb of writing (or,
 * with @compare, of comparing). */
static gboolean
wrote_run_ok (const CkExtractCtx *ctx, guint s, guint te, guint floor, gboolean compare)
{
  if (ck_count_words (ctx, s, te) < 2 || ck_is_claimed (ctx, s, te) || !ck_title_plausible (ctx, s, te))
    return FALSE;
  if (ck_names_periodical (ctx, s, te) || ck_span_in_lex (ctx, s, te, CK_LEX_PERIODICALS))
    return FALSE;
  if (!compare && honorific_title (ctx, s, te))
    return TRUE;
  return ck_ctx_weak_title_ok (ctx, s, te, floor) && !ck_ctx_names_person (ctx, s, te) &&
         !(compare && !has_title_shape (ctx, s, te));
}

/* "with Ada Vell, he wrote T": the partner named before the pronoun is
 * T's second author.  Adds the partner to @rec and returns the token of
 * "with", from which the pronoun's person is sought, or G_MAXUINT. */
static guint
partner_before_subject (const CkExtractCtx *ctx, guint verb, CkRecord *rec)
{
  guint c, ns, floor;
  if (verb < 4 || !(ck_tok_is (ctx, verb - 1, "he") || ck_tok_is (ctx, verb - 1, "she")))
    return G_MAXUINT;
  c = ck_tok_is_punct (ctx, verb - 2, ',') ? verb - 2 : verb - 1;
  floor = ck_sentence_start (ctx, c);
  ns = ck_name_span_backward (ctx, c, floor);
  if (ns >= c || ns <= floor || ck_count_words (ctx, ns, c) < 2 || !ck_tok_is (ctx, ns - 1, "with"))
    return G_MAXUINT;
  return ck_add_names_span (ctx, rec, ns, c, CK_ROLE_AUTHOR) ? ns - 1 : G_MAXUINT;
}

static void
add_wrote (CkExtractCtx *ctx, const CkDetector *det, guint s, guint te, guint verb)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  guint with;
  ck_assemble_title (rec, ck_span_dup (ctx, s, te));
  with = partner_before_subject (ctx, verb, rec);
  ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, te - 1)->end, with != G_MAXUINT ? with : verb,
                  CK_MENTION_PRONOUN | (with != G_MAXUINT ? CK_MENTION_COAUTHOR : 0));
  ck_claim (ctx, s, te);
}

/* The lower-case "and" inside [s,te) with two capitalised words or more
 * on each side and a capital right after it, or G_MAXUINT. */
static guint
list_and (const CkExtractCtx *ctx, guint s, guint te)
{
  for (guint k = s + 2; k + 2 < te; k++)
    if (ck_tok_is (ctx, k, "and") && ck_tok_lower_word (ctx, k) && ck_tok_cap_word (ctx, k - 1) &&
        ck_tok_cap_word (ctx, k + 1) && ck_count_words (ctx, s, k) >= 2 && ck_count_words (ctx, k + 1, te) >= 2)
      return k;
  return G_MAXUINT;
}

void
ck_detect_wrote_title (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 2 < n; i++)
    {
      guint s = i + 1, te, floor, end;
      gboolean compare = FALSE, series = FALSE;
      /* "will be compared with T": a comparison names a title only with
       * a title's shape (below) */
      if (i + 3 < n && ck_tok_lower_word (ctx, i) && ck_tok_in_words (ctx, i, comparing_verbs) &&
          (ck_tok_is (ctx, i + 1, "with") || ck_tok_is (ctx, i + 1, "to")))
        {
          compare = TRUE;
          i++;
          s = i + 1;
        }
      else if (ck_tok_is (ctx, i, "with") && ck_tok_lower_word (ctx, i) && series_with (ctx, i, ck_sentence_start (ctx, i)))
        series = TRUE;
      if (!compare && !series && (!ck_tok_lower_word (ctx, i) || !ck_tok_in_words (ctx, i, writing_verbs)) &&
          !(ck_tok_is (ctx, i, "out") && ck_tok_lower_word (ctx, i) && ck_tok_in_words (ctx, i - 1, out_verbs) &&
            ck_tok_lower_word (ctx, i - 1)))
        continue;
      if (!ck_tok_cap_word (ctx, s) || ck_is_claimed (ctx, s, s + 1))
        continue;
      floor = ck_sentence_start (ctx, i);
      end = MIN (n, ck_sentence_end (ctx, s));
      /* running prose is wrapped for width: a title may go on over a
       * single line break ("wrote A Short History\nof Lamps") */
      te = ck_title_span_forward (ctx, s, end, !(para_flags (ctx, s) & CK_PARA_SHORT));
      /* "wrote T and, later, T2": the run ends at "and" */
      for (guint k = s + 1; k < te; k++)
        if (ck_tok_is (ctx, k, "and") && k + 1 < te && ck_tok_is_punct (ctx, k + 1, ','))
          {
            te = k;
            break;
          }
      te = through_by_the (ctx, s, te, end);
      while (te > s + 1 && (ck_tok (ctx, te - 1)->flags & CK_TOKF_FUNC))
        te--;
      /* it ends the phrase: a lower-case word or a punctuation mark other
       * than "(" (an imprint is for the imprint detectors) */
      if (te < n && !(ck_tok_lower_word (ctx, te) ||
                      (ck_tok (ctx, te)->kind == CK_TOK_PUNCT && !ck_tok_is_punct (ctx, te, '('))))
        continue;
      /* "published Salt Weather and Copper Lanes": two titles when
       * "and" joins runs of two capitalised words or more ("Moss and
       * Lichen", "The Lamb and the Wolf" stay one) */
      {
        guint k = list_and (ctx, s, te);
        if (k != G_MAXUINT && !compare && wrote_run_ok (ctx, s, k, floor, FALSE) &&
            wrote_run_ok (ctx, k + 1, te, floor, FALSE))
          {
            add_wrote (ctx, det, s, k, i);
            add_wrote (ctx, det, k + 1, te, i);
            i = te - 1;
            continue;
          }
      }
      if (!wrote_run_ok (ctx, s, te, floor, compare))
        continue;
      add_wrote (ctx, det, s, te, i);
      i = te - 1;
    }
}
