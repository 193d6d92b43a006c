/* detect-prose-cue.c — titles named in running prose after a weak cue, or
 * opening a sentence with an aside that only a work takes:
 *
 *   "her career began with Salt in the Lantern, and"
 *   "nobody actually read Grey Salt Rivers anyway"
 *   "She is good on the reception of The Sea Captain's Voyage"
 *   "T1 (1978), T2 (1979), which won a prize, and T3 (1980)"
 *   "only last year, Gladiator, that bleak Roman fable"
 *   "Tin Meridian, meanwhile, has become a brand."
 *   "The Silver Heron (1977), a comic thriller set in a museum, was …"
 *   "a sequel to The Glass Ferry", "fans of The Glass Ferry"
 *   "since The Glass Ferry appeared in 1988", "T was published in 1988"
 *
 * "wrote T", "compared with T" and "went on with T" after a series noun
 * are detect-wrote.c's, which runs first; this file takes what is left.
 * Every cue here also takes people, places and events ("in comparison
 * with Britain", "began with Napoleon", "read Modern Languages"), so the run
 * must be two words or more in title case and pass the checks of
 * detect-context.c (no event, place, institution, publisher or person),
 * and it must end where a clause does (a comma, a stop, "and", "in").
 * The author is found from the context, like a pronoun's (merge.c).
 */
#include "detect-context.h"
#include "detect-extra.h"
#include "title-yearparen.h"
#include <stdlib.h>
#include <string.h>

/* Verbs whose "with" opens a work: "began with T", "went on with T",
 * "comparison with T".  Up to three lower-case words or a year may stand
 * between the verb and "with" ("went on last year with T"). */
static const char * const with_verbs[] = {
  "began", "begins", "begun", "opened", "opens", "comparison", "comparisons", "continued",
  "continues", "ended", "ends", "closed", "closes", NULL,
};

/* Verbs and nouns that take a work as their object directly: "read T",
 * "the reception of T", "her readings of T". */
static const char * const object_cues[] = { "read", "reread", "rereading", NULL };
static const char * const of_nouns[] = { "reception", "readings", "rereading", "rereadings", "fans", "admirers",
                                         "success",
                                         /* a story's parts and people: "the narrator of T", "the plot of T" */
                                         "narrator", "heroine", "protagonist", "plot", "publication",
                                         /* a new form of a work names it: "a reissue of T" */
                                         "reissue", "reprint", "edition", "translation", "adaptation", "dramatization",
                                         "dramatisation", "abridgement", "abridgment", NULL };

/* Nouns whose "to" opens the work they follow: "a sequel to T". */
static const char * const to_nouns[] = { "sequel", "sequels", "prequel", "follow-up", "successor", "companion",
                                         NULL };

/* Asides after a sentence-opening title: "T, meanwhile, has become". */
static const char * const asides[] = { "meanwhile", "however", "moreover", "too", "though", NULL };

/* Nouns of a kind of work, in "T (1977), a comic thriller": general
 * English usage in reviews. */
static const char * const work_nouns[] = {
  "novel", "novella", "thriller", "comedy", "satire", "romance", "fable", "allegory", "parable", "tragedy",
  "farce", "memoir", "biography", "autobiography", "study", "history", "play", "collection", "book", "sequel",
  "fantasy", "mystery", "whodunit", "saga", "chronicle", "epic", "tale", NULL,
};

/* Words before "out", "published" in an aside: "T, just out, is". */
static const char * const news[] = { "just", "now", "newly", "recently", NULL };

/* Whether a kind of work stands at @k in apposition: "a comic thriller",
 * "an early novel", "lectures given at": an optional "a"/"an", then at
 * most two lower-case words before the noun. */
static gboolean
work_noun_after (const CkExtractCtx *ctx, guint k)
{
  static const char * const plurals[] = { "lectures", "essays", "stories", "poems", "sketches", "letters", NULL };
  guint n = ck_n_toks (ctx);
  if (k < n && ck_tok_in_words (ctx, k, plurals) && ck_tok_lower_word (ctx, k))
    return TRUE;
  if (!(ck_tok_is (ctx, k, "a") || ck_tok_is (ctx, k, "an") || ck_tok_is (ctx, k, "that")) || !ck_tok_lower_word (ctx, k))
    return FALSE;
  for (guint q = k + 1; q < n && q < k + 4; q++)
    {
      /* "that bleak Roman fable": an adjective may be a proper one */
      if (ck_tok (ctx, q)->kind != CK_TOK_WORD)
        return FALSE;
      if (ck_tok_lower_word (ctx, q) && ck_tok_in_words (ctx, q, work_nouns))
        return TRUE;
    }
  return FALSE;
}

/* How far back from "with" the verb may stand. */
#define WITH_GAP 4

static gboolean
run_ok (const CkExtractCtx *ctx, guint ts, guint te)
{
  if (te <= ts || ck_count_words (ctx, ts, te) < 2 || !ck_tok_cap_word (ctx, ts) ||
      (ck_tok (ctx, ts)->flags & CK_TOKF_UPPER) || ck_is_claimed (ctx, ts, te) || !ck_title_plausible (ctx, ts, te))
    return FALSE;
  if (ck_ctx_names_non_work (ctx, ts, te) || ck_ctx_names_person (ctx, ts, te) || ck_run_names_occasion (ctx, ts, te))
    return FALSE;
  /* "read Modern Languages at Oxford": a subject studied at a place */
  for (guint k = ts + 1; k + 1 < te; k++)
    if ((ck_tok_is (ctx, k, "at") || ck_tok_is (ctx, k, "in")) && ck_tok_lower_word (ctx, k) &&
        ck_tok_in_lex (ctx, k + 1, CK_LEX_PLACES))
      return FALSE;
  return TRUE;
}

/* Adverbs that close the object of a cue verb: "read T anyway", and
 * verbs that follow it as a subject: "fans of T will". */
static const char * const adverbs[] = { "anyway", "again", "aloud", "twice", "first", "too", "today", "will",
                                        "would", "is", "was", "has", "had", "remains", "remained", NULL };

/* "began the sequence", "opened a trilogy" at @k: a verb of beginning or
 * ending whose object is a series of works. */
static gboolean
series_after (const CkExtractCtx *ctx, guint k)
{
  static const char * const verbs[] = { "began", "begins", "opened", "opens", "started", "starts", "closed",
                                        "closes", "ended", "ends", "completed", "completes", "concluded", NULL };
  static const char * const series[] = { "sequence", "series", "trilogy", "tetralogy", "quartet", "cycle",
                                         "saga", "chronicle", NULL };
  return k + 2 < ck_n_toks (ctx) && ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, verbs) &&
         (ck_tok_is (ctx, k + 1, "the") || ck_tok_is (ctx, k + 1, "a") || ck_tok_is (ctx, k + 1, "his") ||
          ck_tok_is (ctx, k + 1, "her") || ck_tok_is (ctx, k + 1, "this")) &&
         ck_tok_in_words (ctx, k + 2, series);
}

/* A one-word title: a capitalised word in mid-sentence that is no
 * given name, place, event or institution word, no word that is never a
 * name, and no word the text repeats (a surname or a place). */
static gboolean
one_word_ok (const CkExtractCtx *ctx, guint s)
{
  if (s == 0 || ck_sentence_start (ctx, s) == s || !ck_tok_cap_word (ctx, s) ||
      (ck_tok (ctx, s)->flags & CK_TOKF_UPPER) || ck_is_claimed (ctx, s, s + 1) || !ck_title_plausible (ctx, s, s + 1))
    return FALSE;
  if (ck_tok_in_lex (ctx, s, CK_LEX_GIVEN_NAMES) || ck_tok_in_lex (ctx, s, CK_LEX_PLACES) ||
      ck_tok_in_lex (ctx, s, CK_LEX_NON_TITLES) || ck_tok_in_lex (ctx, s, CK_LEX_NON_NAMES) ||
      ck_tok_in_lex (ctx, s, CK_LEX_FUNCTION_WORDS))
    return FALSE;
  if (ck_ctx_names_non_work (ctx, s, s + 1) || ck_ctx_names_person (ctx, s, s + 1) ||
      ck_ctx_word_recurs (ctx, s, s, s + 1))
    return FALSE;
  return TRUE;
}

/* "the Marx, a book", "of Hollis, a novel": after an article or "of" a
 * capitalised word in apposition is a thing's or person's name. */
static gboolean
owned_word (const CkExtractCtx *ctx, guint s)
{
  return s > 0 && ck_tok_lower_word (ctx, s - 1) && (ck_tok_is (ctx, s - 1, "the") || ck_tok_is (ctx, s - 1, "of"));
}

/* Whether token @k closes a clause after a title run. */
static gboolean
clause_end (const CkExtractCtx *ctx, guint k)
{
  guint n = ck_n_toks (ctx);
  if (k >= n)
    return TRUE;
  if (ck_tok_is_punct (ctx, k, ',') || ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, ';') ||
      ck_tok_is_punct (ctx, k, ':') || ck_tok_is_punct (ctx, k, ')') || ck_tok_is_punct (ctx, k, '?') ||
      ck_tok_is_punct (ctx, k, '('))
    return TRUE;
  return ck_tok_lower_word (ctx, k) && (ck_tok_is (ctx, k, "and") || ck_tok_is (ctx, k, "in") || ck_tok_is (ctx, k, "but") ||
                                        ck_tok_in_words (ctx, k, adverbs));
}

/* "(1980)" at @k. */
static gboolean
dated (const CkExtractCtx *ctx, guint k)
{
  return k + 2 < ck_n_toks (ctx) && ck_tok_is_punct (ctx, k, '(') && (ck_tok (ctx, k + 1)->flags & CK_TOKF_YEAR) &&
         ck_tok_is_punct (ctx, k + 2, ')');
}

/* How far back in a sentence a list's earlier item may stand. */
#define LIST_REACH 60

/* Whether a title another detector took, followed by "(YYYY)", stands in
 * the sentence between @floor and @end: the list the item at @end ends. */
static gboolean
dated_item_before (const CkExtractCtx *ctx, guint end, guint floor)
{
  guint lo = end > floor + LIST_REACH ? end - LIST_REACH : floor;
  for (guint k = end; k > lo + 1; k--)
    if (dated (ctx, k - 1) && k - 1 > floor && ck_is_claimed (ctx, k - 2, k - 1) && ck_tok (ctx, k - 2)->kind == CK_TOK_WORD)
      return TRUE;
  return FALSE;
}

/* "appeared in 1988", "was published in 1988", "was first published in
 * 1988", "came out in 1988" at @k, perhaps after ", which": the year's
 * token, or 0. */
static guint
published_year_after (const CkExtractCtx *ctx, guint k)
{
  guint n = ck_n_toks (ctx);
  /* "T, which appeared in 1951," */
  if (k + 4 < n && ck_tok_is_punct (ctx, k, ',') && ck_tok_is (ctx, k + 1, "which") && ck_tok_lower_word (ctx, k + 1))
    k += 2;
  /* "T, published in Italy in 2003": the place first */
  else if (k + 4 < n && ck_tok_is_punct (ctx, k, ',') && ck_tok_is (ctx, k + 1, "published") && ck_tok_lower_word (ctx, k + 1))
    {
      k += 2;
      if (k + 3 < n && ck_tok_is (ctx, k, "in") && ck_tok_in_lex (ctx, k + 1, CK_LEX_PLACES) && ck_tok_is (ctx, k + 2, "in"))
        k += 2;
      return k + 1 < n && ck_tok_is (ctx, k, "in") && (ck_tok (ctx, k + 1)->flags & CK_TOKF_YEAR) ? k + 1 : 0;
    }
  if (k + 3 >= n || !ck_tok_lower_word (ctx, k))
    return 0;
  if (ck_tok_is (ctx, k, "appeared"))
    k++;
  else if (ck_tok_is (ctx, k, "came") && ck_tok_is (ctx, k + 1, "out"))
    k += 2;
  else if ((ck_tok_is (ctx, k, "was") || ck_tok_is (ctx, k, "were")) && ck_tok_is (ctx, k + 1, "published"))
    k += 2;
  else if ((ck_tok_is (ctx, k, "was") || ck_tok_is (ctx, k, "were")) && ck_tok_is (ctx, k + 1, "first") &&
           ck_tok_is (ctx, k + 2, "published"))
    k += 3;
  else
    return 0;
  if (k + 1 < n && ck_tok_is (ctx, k, "in") && (ck_tok (ctx, k + 1)->flags & CK_TOKF_YEAR))
    return k + 1;
  return 0;
}

/* "appeared", "came out", "was published", "has just appeared" at @k:
 * a statement that the work before it was published. */
static gboolean
publication_verb (const CkExtractCtx *ctx, guint k)
{
  guint n = ck_n_toks (ctx);
  if (k + 1 >= n || !ck_tok_lower_word (ctx, k))
    return FALSE;
  if (ck_tok_is (ctx, k, "has") || ck_tok_is (ctx, k, "had") || ck_tok_is (ctx, k, "have"))
    {
      k++;
      if (ck_tok_is (ctx, k, "just") || ck_tok_is (ctx, k, "recently"))
        k++;
      return ck_tok_is (ctx, k, "appeared") || ck_tok_is (ctx, k, "been");
    }
  if (ck_tok_is (ctx, k, "was") || ck_tok_is (ctx, k, "were") || ck_tok_is (ctx, k, "is"))
    {
      k++;
      if (ck_tok_is (ctx, k, "first") || ck_tok_is (ctx, k, "recently") || ck_tok_is (ctx, k, "just"))
        k++;
      return ck_tok_is (ctx, k, "published") || ck_tok_is (ctx, k, "reissued") || ck_tok_is (ctx, k, "translated");
    }
  return ck_tok_is (ctx, k, "appeared") || (ck_tok_is (ctx, k, "came") && ck_tok_is (ctx, k + 1, "out"));
}

/* The cue ending just before @s ("with", "wrote", "of"), or G_MAXUINT. */
static guint
cue_before (const CkExtractCtx *ctx, guint s)
{
  guint c;
  if (s < 2)
    return G_MAXUINT;
  c = s - 1;
  if (!ck_tok_lower_word (ctx, c))
    return G_MAXUINT;
  if (ck_tok_in_words (ctx, c, object_cues))
    return c;
  if (ck_tok_is (ctx, c, "of") && ck_tok_lower_word (ctx, c - 1) && ck_tok_in_words (ctx, c - 1, of_nouns))
    return c - 1;
  if (ck_tok_is (ctx, c, "to") && ck_tok_lower_word (ctx, c - 1) && ck_tok_in_words (ctx, c - 1, to_nouns))
    return c - 1;
  if (ck_tok_is (ctx, c, "with"))
    {
      for (guint k = c, m = 0; k > 0 && m < WITH_GAP; m++)
        {
          k--;
          if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, with_verbs))
            return k;
          /* "went on with T", "goes on with T" */
          if (k > 0 && ck_tok_is (ctx, k, "on") && (ck_tok_is (ctx, k - 1, "went") || ck_tok_is (ctx, k - 1, "goes")))
            return k - 1;
          if (!(ck_tok_lower_word (ctx, k) || (ck_tok (ctx, k)->flags & CK_TOKF_YEAR)))
            break;
        }
    }
  return G_MAXUINT;
}

void
ck_detect_prose_cue (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint s = 0; s + 1 < n; s++)
    {
      guint te, cue, floor, end;
      if (!ck_tok_cap_word (ctx, s) || ck_is_claimed (ctx, s, s + 1))
        continue;
      end = MIN (n, ck_sentence_end (ctx, s));
      te = ck_title_span_forward (ctx, s, MIN (end, s + 20), FALSE);
      /* "began with The Age of Salt in 1962": the year is no part of it */
      te = ck_title_end_in_clause (ctx, s, te);
      /* "Salt and Iron (1940)": the scan stops at "and", a year after
       * the next run makes the two one title */
      if (te > s && te + 1 < end && ck_tok_is (ctx, te, "and") && ck_tok_cap_word (ctx, te + 1))
        {
          guint te2 = ck_title_span_forward (ctx, te + 1, MIN (end, te + 21), FALSE);
          if (te2 > te + 1 && dated (ctx, te2))
            te = te2;
        }
      /* 0. "T, that bleak Roman fable", "Ashes, a short novel": a kind
       * of work in apposition names even a one-word title */
      if (te > s && ck_tok_is_punct (ctx, te, ',') && te + 2 < n && work_noun_after (ctx, te + 1) &&
          (te > s + 1 ? run_ok (ctx, s, te) : one_word_ok (ctx, s) && !owned_word (ctx, s)))
        {
          ck_ctx_add_bare_title (ctx, det, s, te, s);
          s = te - 1;
          continue;
        }
      /* 0b. "the readings of Castellane and": a noun of reading takes a
       * one-word title */
      /* ("Castellane and of Ada Vell's poems": the scan ran on over "and") */
      if ((te == s + 1 || ck_tok_is (ctx, s + 1, "and")) && s >= 2 && ck_tok_is (ctx, s - 1, "of") &&
          ck_tok_lower_word (ctx, s - 2) && ck_tok_in_words (ctx, s - 2, of_nouns) && clause_end (ctx, s + 1) &&
          one_word_ok (ctx, s))
        {
          ck_ctx_add_bare_title (ctx, det, s, s + 1, s - 2);
          continue;
        }
      if (te <= s + 1)
        continue;
      /* 1. after a cue, in mid-sentence */
      cue = cue_before (ctx, s);
      if (cue != G_MAXUINT && clause_end (ctx, te) && run_ok (ctx, s, te))
        {
          ck_ctx_add_bare_title (ctx, det, s, te, cue);
          s = te - 1;
          continue;
        }
      floor = ck_sentence_start (ctx, s);
      /* 1a. "T appeared in 1988", "since T was published in 1988", "T came
       * out in 1988": a statement of publication dates the run before it */
      {
        guint y = published_year_after (ctx, te), s0 = s;
        if (y)
          s = ck_ctx_drop_opener (ctx, s, te, floor);
        /* "by the Italian Bruno Q. in La Salinisation du Monde,
         * published in …": a person, then "in" and the title */
        for (guint q = s + 1; y && q + 1 < te; q++)
          if (ck_tok_is (ctx, q, "in") && ck_tok_lower_word (ctx, q) && ck_tok_cap_word (ctx, q + 1) &&
              ((ck_tok_is_punct (ctx, q - 1, '.') && q >= 2 && (ck_tok (ctx, q - 2)->flags & CK_TOKF_INITIAL)) ||
               ck_ctx_names_person (ctx, s, q)))
            {
              s = q + 1;
              break;
            }
        if (y && run_ok (ctx, s, te) && !ck_span_in_lex (ctx, s, te, CK_LEX_PERIODICALS) && !ck_names_periodical (ctx, s, te))
          {
            CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
            ck_assemble_title (rec, ck_span_dup (ctx, s, te));
            ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, y)->start), 0, 0));
            ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, te - 1)->end, s, CK_MENTION_PRONOUN);
            ck_claim (ctx, s, te);
            s = te - 1;
            continue;
          }
        s = s0;
      }
      /* 1c. "Ben Vell, whose Tidewater Journals appeared last year": a
       * title owned by "whose" before a statement of its publication; the
       * antecedent is its author */
      if (s >= 2 && ck_tok_is (ctx, s - 1, "whose") && ck_tok_lower_word (ctx, s - 1) && publication_verb (ctx, te) &&
          run_ok (ctx, s, te))
        {
          CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
          guint y = published_year_after (ctx, te);
          ck_assemble_title (rec, ck_span_dup (ctx, s, te));
          guint as = s - 1, flags = CK_MENTION_PRONOUN;
          if (y)
            ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, y)->start), 0, 0));
          /* "Given Family, whose": the name just before */
          if (s >= 3 && ck_tok_is_punct (ctx, s - 2, ','))
            {
              guint ns = ck_name_span_backward (ctx, s - 2, floor);
              if (ns < s - 2 && ck_count_words (ctx, ns, s - 2) >= 2 && ck_add_names_span (ctx, rec, ns, s - 2, CK_ROLE_AUTHOR))
                {
                  as = ns;
                  flags = 0;
                }
            }
          ck_mention_add (ctx, det, rec, ck_tok (ctx, as)->start, ck_tok (ctx, te - 1)->end, as, flags);
          ck_claim (ctx, s, te);
          s = te - 1;
          continue;
        }
      /* 1b. "T1 (1978), T2 (1979), which won a prize, and T3 (1980)": the
       * last item of a list of dated titles that a clause broke */
      if (s > floor + 1 && ck_tok_is (ctx, s - 1, "and") && ck_tok_lower_word (ctx, s - 1) && dated (ctx, te) &&
          dated_item_before (ctx, s - 1, floor) && run_ok (ctx, s, te))
        {
          CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
          ck_assemble_title (rec, ck_span_dup (ctx, s, te));
          ck_record_take_date (rec, CK_DATE_ISSUED,
                               ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, te + 1)->start), 0, 0));
          ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, te + 2)->end, s, CK_MENTION_PRONOUN);
          ck_claim (ctx, s, te + 3);
          s = te + 2;
          continue;
        }
      if (s != floor || (ck_tok (ctx, s)->nl == 0 && s > 0 && !ck_tok_is_punct (ctx, s - 1, '.')))
        continue;
      /* 2. "T, meanwhile, has": a sentence-opening title with an aside */
      if (ck_tok_is_punct (ctx, te, ',') && te + 2 < n && ck_tok_lower_word (ctx, te + 1) &&
          ck_tok_in_words (ctx, te + 1, asides) && ck_tok_is_punct (ctx, te + 2, ',') && run_ok (ctx, s, te))
        {
          ck_ctx_add_bare_title (ctx, det, s, te, s);
          s = te - 1;
          continue;
        }
      /* 2b. "T, just out in England, is": a book newly published */
      if (ck_tok_is_punct (ctx, te, ',') && te + 2 < n && ck_tok_lower_word (ctx, te + 1) &&
          ck_tok_in_words (ctx, te + 1, news) &&
          (ck_tok_is (ctx, te + 2, "out") || ck_tok_is (ctx, te + 2, "published") || ck_tok_is (ctx, te + 2, "reissued") ||
           ck_tok_is (ctx, te + 2, "translated")) &&
          run_ok (ctx, s, te))
        {
          ck_ctx_add_bare_title (ctx, det, s, te, s);
          s = te - 1;
          continue;
        }
      /* 2c. "T, a comic thriller set in …", "T, lectures given at …": a
       * kind of work in apposition, within three words */
      if (ck_tok_is_punct (ctx, te, ',') && te + 2 < n && work_noun_after (ctx, te + 1) && run_ok (ctx, s, te))
        {
          ck_ctx_add_bare_title (ctx, det, s, te, s);
          s = te - 1;
          continue;
        }
      /* 3. "T (1977), a comic thriller": a year, then a kind of work in
       * apposition; "T (1940) began the sequence": a year, then a verb
       * whose object is the series the work belongs to */
      if (dated (ctx, te) && te + 4 < n &&
          ((ck_tok_is_punct (ctx, te + 3, ',') && work_noun_after (ctx, te + 4)) || series_after (ctx, te + 3)) &&
          run_ok (ctx, s, te))
        {
          CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
          ck_assemble_title (rec, ck_span_dup (ctx, s, te));
          ck_record_take_date (rec, CK_DATE_ISSUED,
                               ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, te + 1)->start), 0, 0));
          ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, te + 2)->end, s, CK_MENTION_PRONOUN);
          ck_claim (ctx, s, te + 3);
          s = te + 2;
        }
    }
}
