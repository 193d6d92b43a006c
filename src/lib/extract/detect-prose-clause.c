/* detect-prose-clause.c — titles in running prose that nothing marks but
 * the clause around them says only a work could be:
 *
 *   "Salt Harbour, which won the Pulitzer in 1999, …"    what a book wins
 *   "Dry Season Hymns introduced him to readers"          a book introduces
 *   "Grey Quarry, the best thing in the book, is …"       a piece of a book
 *   "Grey Quarry, for my money, is …"                     a critic's aside
 *   "The Mechanics of Grief, written with colleagues, …"  how it was written
 *   "Six years after Wolves of Arden she …"               a point in a career
 *   "Since Foxglove Summer he has …"
 *   "Ada Vell, whose Birds of the Lower Fen gave …"       the writer's work
 *   "the Trollope of Barchester Towers"                   a writer's phase
 *
 * Every clause here also fits people, bodies and places now and then
 * ("Ada Vell, for my money, is", "six years after Suez", "the Duke of
 * Wellington"), so a run of two words or more must pass the checks of
 * title-weak.c and detect-context.c (no event, period, place,
 * institution, publisher, periodical or person); one word is taken only in
 * "the Writer of T", where the writer's name recurs in the text and the
 * word is no given name, place or recurring name itself.  The author is
 * found from the context like a pronoun's (merge.c), or is the writer
 * named in "the Writer of T" and "Name, whose T".
 */
#include "detect-context.h"
#include "detect-extra.h"

/* Words that make or end the name of a prize a book wins (general
 * knowledge of literary prizes; "Dagger" the crime writers' awards). */
static const char * const prize_words[] = {
  "Prize", "Prizes", "Award", "Awards", "Medal", "Booker", "Pulitzer", "Goncourt", "Renaudot", "Femina",
  "Whitbread", "Costa", "Hugo", "Nebula", "Newbery", "Carnegie", "Dagger", "Prix", "prize", "award", "medal", NULL,
};

/* "won", "carried off", "took", "received" the prize. */
static guint
win_verb_end (const CkExtractCtx *ctx, guint k)
{
  if (k + 1 >= ck_n_toks (ctx) || !ck_tok_lower_word (ctx, k))
    return 0;
  if (ck_tok_is (ctx, k, "won") || ck_tok_is (ctx, k, "took") || ck_tok_is (ctx, k, "received") ||
      ck_tok_is (ctx, k, "earned") || ck_tok_is (ctx, k, "shared"))
    return k + 1;
  if (ck_tok_is (ctx, k, "carried") && ck_tok_is (ctx, k + 1, "off"))
    return k + 2;
  return 0;
}

/* A prize named within seven words after @k ("the CWA Gold Dagger", "the
 * Pulitzer", "the Femina-Vie Heureuse prize"), the words between being
 * capitalised, function words or hyphenated names. */
static gboolean
prize_after (const CkExtractCtx *ctx, guint k)
{
  guint n = ck_n_toks (ctx);
  if (k >= n || !(ck_tok_is (ctx, k, "the") || ck_tok_is (ctx, k, "a") || ck_tok_is (ctx, k, "an")))
    return FALSE;
  for (guint q = k + 1; q < n && q < k + 8; q++)
    {
      if (ck_tok_in_words (ctx, q, prize_words))
        return TRUE;
      if (ck_tok (ctx, q)->kind != CK_TOK_WORD || !(ck_tok_cap_word (ctx, q) || (ck_tok (ctx, q)->flags & CK_TOKF_FUNC)))
        return FALSE;
    }
  return FALSE;
}

static gboolean
run_ok (const CkExtractCtx *ctx, guint ts, guint te)
{
  if (te <= ts || ck_count_words (ctx, ts, te) < 2 || !ck_tok_cap_word (ctx, ts) ||
      (ck_tok (ctx, ts)->flags & CK_TOKF_UPPER) || ck_is_claimed (ctx, ts, te) || !ck_title_plausible (ctx, ts, te))
    return FALSE;
  if (ck_ctx_names_non_work (ctx, ts, te) || ck_ctx_names_person (ctx, ts, te) || ck_run_names_occasion (ctx, ts, te) ||
      ck_names_periodical (ctx, ts, te) || ck_span_in_lex (ctx, ts, te, CK_LEX_PERIODICALS) ||
      ck_span_in_lex (ctx, ts, te, CK_LEX_PUBLISHERS))
    return FALSE;
  /* "In 1990 North Wales won": a date opens the sentence, not a title */
  for (guint k = ts; k < te; k++)
    if (ck_tok (ctx, k)->flags & CK_TOKF_YEAR)
      return FALSE;
  /* "Later Hilary Vell won": a given name and a capital inside the run
   * open a person's name */
  for (guint k = ts; k + 1 < te; k++)
    if (ck_tok_in_lex (ctx, k, CK_LEX_GIVEN_NAMES) && ck_tok_cap_word (ctx, k + 1))
      return FALSE;
  /* "Ferrand College", "Arden Street": a body's or a place's last word */
  if (ck_ctx_institution_word (ctx->text + ck_tok (ctx, te - 1)->start, ck_tok (ctx, te - 1)->end - ck_tok (ctx, te - 1)->start))
    return FALSE;
  return TRUE;
}

/* The title-case run from @s within its sentence, across single line
 * breaks, without trailing function words. */
static guint
run_from (const CkExtractCtx *ctx, guint s, guint end)
{
  guint te = ck_title_span_forward (ctx, s, MIN (end, s + 20), TRUE);
  while (te > s + 1 && ck_tok_lower_word (ctx, te - 1) && (ck_tok (ctx, te - 1)->flags & CK_TOKF_FUNC))
    te--;
  return te;
}

/* Objects a book introduces its writer to: "T introduced him to". */
static const char * const objects[] = { "him", "her", "them", "me", "us", NULL };

/* Superlatives of a critic's ranking: "the best thing in the book". */
static const char * const superlatives[] = { "best", "finest", "strongest", "weakest", "funniest", "saddest",
                                             "worst", "longest", "shortest", "oddest", "strangest", NULL };
/* Nouns for a piece of a book or a work in such a ranking. */
static const char * const pieces[] = { "thing", "piece", "story", "poem", "essay", "play", "chapter", "novel",
                                       "book", "item", "entry", "work", "tale", "section", NULL };

static const char * const books[] = { "book", "collection", "volume", "anthology", "selection", "sequence",
                                      "novel", NULL };

/* "T, the best thing in the book," at the comma @c. */
static gboolean
ranked_after (const CkExtractCtx *ctx, guint c)
{
  guint q = c + 1, n = ck_n_toks (ctx);
  if (!ck_tok_is_punct (ctx, c, ','))
    return FALSE;
  /* "easily the best", "by far the best" */
  if (q < n && ck_tok_is (ctx, q, "easily"))
    q++;
  else if (q + 1 < n && ck_tok_is (ctx, q, "by") && ck_tok_is (ctx, q + 1, "far"))
    q += 2;
  if (q + 3 >= n || !ck_tok_is (ctx, q, "the") || !ck_tok_lower_word (ctx, q))
    return FALSE;
  q++;
  if (!ck_tok_in_words (ctx, q, superlatives))
    return FALSE;
  q++;
  if (!ck_tok_lower_word (ctx, q) || !ck_tok_in_words (ctx, q, pieces))
    return FALSE;
  /* "the best thing in the book": a person is the best thing in a film
   * or a team, so a vague "thing" must be in a book */
  if (ck_tok_is (ctx, q, "thing") || ck_tok_is (ctx, q, "item") || ck_tok_is (ctx, q, "entry"))
    return (ck_tok_is (ctx, q + 1, "in") || ck_tok_is (ctx, q + 1, "of")) &&
           (ck_tok_is (ctx, q + 2, "the") || ck_tok_is (ctx, q + 2, "this") || ck_tok_is (ctx, q + 2, "her") ||
            ck_tok_is (ctx, q + 2, "his")) &&
           ck_tok_in_words (ctx, q + 3, books);
  return ck_tok_is (ctx, q + 1, "in") || ck_tok_is (ctx, q + 1, "of") || ck_tok_is (ctx, q + 1, "here");
}

/* A critic's aside at the comma @c: "T, for my money, is", "T, in my
 * view,", "T, to my mind,". */
static gboolean
opinion_after (const CkExtractCtx *ctx, guint c)
{
  guint n = ck_n_toks (ctx);
  if (!ck_tok_is_punct (ctx, c, ',') || c + 4 >= n || !ck_tok_is (ctx, c + 2, "my") || !ck_tok_is_punct (ctx, c + 4, ','))
    return FALSE;
  return (ck_tok_is (ctx, c + 1, "for") && ck_tok_is (ctx, c + 3, "money")) ||
         (ck_tok_is (ctx, c + 1, "in") && ck_tok_is (ctx, c + 3, "view")) ||
         (ck_tok_is (ctx, c + 1, "to") && ck_tok_is (ctx, c + 3, "mind"));
}

/* How a work was made, at the comma @c: "T, written with colleagues",
 * "T, composed in prison", "T, begun in 1940".  People are "written
 * off", "born in", "brought up in", none of these. */
static gboolean
making_after (const CkExtractCtx *ctx, guint c)
{
  static const char * const made[] = { "written", "co-written", "composed", "drafted", "begun", "completed",
                                       "finished", "dictated", "ghostwritten", "ghost-written", NULL };
  static const char * const how[] = { "with", "in", "during", "while", "after", "at", "for", "over", "between",
                                      "when", "as", NULL };
  guint n = ck_n_toks (ctx);
  return ck_tok_is_punct (ctx, c, ',') && c + 2 < n && ck_tok_lower_word (ctx, c + 1) &&
         ck_tok_in_words (ctx, c + 1, made) && ck_tok_lower_word (ctx, c + 2) && ck_tok_in_words (ctx, c + 2, how);
}

/* Whether the sentence says at @te that the run before it is a work that
 * won a prize: "T, which won the X Prize", "T won the Gold Dagger". */
static gboolean
won_after (const CkExtractCtx *ctx, guint te)
{
  guint k = te, v;
  if (ck_tok_is_punct (ctx, k, ',') && (ck_tok_is (ctx, k + 1, "which") || ck_tok_is (ctx, k + 1, "that")))
    k += 2;
  else if (ck_tok_is_punct (ctx, k, ','))
    return FALSE;
  v = win_verb_end (ctx, k);
  return v && prize_after (ctx, v);
}

/* Words a title opens with that are no part of it after "Since", "After". */
static const char * const subjects[] = { "he", "she", "they", "it", "we", "i", "the", "this", "her", "his", NULL };

/* "six years after", "two decades since": a span of time before @p. */
static gboolean
span_of_time_before (const CkExtractCtx *ctx, guint p)
{
  static const char * const spans[] = { "years", "months", "decades", "weeks", "year", "decade", NULL };
  return p >= 1 && ck_tok_lower_word (ctx, p - 1) && ck_tok_in_words (ctx, p - 1, spans);
}

/* Verbs after "whose T": "whose T gave", "whose T has done". */
static const char * const whose_verbs[] = { "has", "had", "gave", "was", "is", "made", "won", "remains", "became",
                                            "brought", "set", "showed", "shows", "caused", "sold", "ran",
                                            /* what a book does: "whose T supplies the definitions" */
                                            "supplies", "supplied", "provides", "provided", "offers", "offered",
                                            "remained", "gives", "inspired", "influenced", "dominated", "shaped",
                                            "contains", "contained", "describes", "described", "tells", "told",
                                            "deals", "dealt", "argues", "argued", "established", "founded",
                                            "introduced", "defined", "defines", "appeared", "appears",
                                            "took", "announced", "covered", "covers", "documented", "portrayed",
                                            "treats", "treated", "presents", "presented", NULL };


/* Relatives named before their name: "whose Uncle Tomas was". */
static const char * const kin[] = { "Uncle", "Aunt", "Auntie", "Cousin", "Grandfather", "Grandmother", "Brother",
                                    "Sister", "Father", "Mother", "Granny", "Grandpa", "Grandma", "Papa", "Mama",
                                    "Nephew", "Niece", NULL };

/* "Given Family, whose T": the writer before the comma at @s - 2. */
static guint
whose_writer (const CkExtractCtx *ctx, guint s, guint floor, CkRecord *rec)
{
  guint ns;
  if (s < 3 || !ck_tok_is_punct (ctx, s - 2, ','))
    return G_MAXUINT;
  ns = ck_name_span_backward (ctx, s - 2, floor);
  if (ns < s - 2 && ck_count_words (ctx, ns, s - 2) >= 2 && ck_add_names_span (ctx, rec, ns, s - 2, CK_ROLE_AUTHOR))
    return ns;
  return G_MAXUINT;
}

/* "the Trollope of Barchester Towers": the end of the work after "of"
 * at @s - 1 when "the Name" stands before it and the name recurs in the
 * text (a writer discussed), or @s. */
static guint
writer_phase (const CkExtractCtx *ctx, guint s, guint end)
{
  guint w = s - 2, te;
  const CkToken *wt;
  if (s < 3 || !ck_tok_is (ctx, s - 1, "of") || !ck_tok_lower_word (ctx, s - 1) || !ck_tok_cap_word (ctx, w) ||
      !ck_tok_is (ctx, w - 1, "the") || !ck_tok_lower_word (ctx, w - 1) || (ck_tok (ctx, w)->flags & CK_TOKF_UPPER))
    return s;
  wt = ck_tok (ctx, w);
  /* "the Duke of", "the University of", "the Bank of", "the Battle of":
   * titles, bodies, events and places are no writers */
  if (ck_tok_in_lex (ctx, w, CK_LEX_NON_TITLES) || ck_tok_in_lex (ctx, w, CK_LEX_NON_NAMES) ||
      ck_tok_in_lex (ctx, w, CK_LEX_PLACES) || ck_tok_in_lex (ctx, w, CK_LEX_GIVEN_NAMES) ||
      ck_tok_in_lex (ctx, w, CK_LEX_ENTITY_NOUNS) || ck_tok_in_lex (ctx, w, CK_LEX_GENRE_WORDS) ||
      ck_tok_in_lex (ctx, w, CK_LEX_FUNCTION_WORDS) ||
      ck_ctx_institution_word (ctx->text + wt->start, wt->end - wt->start) || !ck_ctx_word_recurs (ctx, w, w, w + 1))
    return s;
  te = run_from (ctx, s, end);
  if (te <= s || ck_is_claimed (ctx, s, te))
    return s;
  /* "of Nostromo and, still more, of": the phrase ends there */
  if (!(te >= ck_n_toks (ctx) || ck_tok (ctx, te)->kind == CK_TOK_PUNCT || ck_tok_is (ctx, te, "and") ||
        ck_tok_is (ctx, te, "or") || ck_tok_is (ctx, te, "is") || ck_tok_is (ctx, te, "was")))
    return s;
  if (ck_tok_is_punct (ctx, te, '(') || ck_tok_is_punct (ctx, te, '-'))
    return s;
  if (te == s + 1)
    {
      if (ck_tok_in_lex (ctx, s, CK_LEX_GIVEN_NAMES) || ck_tok_in_lex (ctx, s, CK_LEX_PLACES) ||
          ck_tok_in_lex (ctx, s, CK_LEX_NON_TITLES) || ck_tok_in_lex (ctx, s, CK_LEX_NON_NAMES) ||
          ck_tok_in_lex (ctx, s, CK_LEX_FUNCTION_WORDS) || (ck_tok (ctx, s)->flags & CK_TOKF_UPPER) ||
          ck_ctx_word_recurs (ctx, s, s, s + 1) || !ck_title_plausible (ctx, s, te) ||
          ck_ctx_names_non_work (ctx, s, te) || ck_names_periodical (ctx, s, te))
        return s;
      return te;
    }
  return run_ok (ctx, s, te) ? te : s;
}

static void
add_titled (CkExtractCtx *ctx, const CkDetector *det, guint ts, guint te, guint who, CkRecord *rec, guint from)
{
  if (!rec)
    rec = ck_record_new (CK_TYPE_BOOK);
  ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
  ck_mention_add (ctx, det, rec, ck_tok (ctx, from)->start, ck_tok (ctx, te - 1)->end, who,
                  who == ts ? CK_MENTION_PRONOUN : 0);
  ck_claim (ctx, ts, te);
}

void
ck_detect_prose_clause (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint s = 0; s + 1 < n; s++)
    {
      guint te, floor, end;
      gboolean opens;
      if (!ck_tok_cap_word (ctx, s) || ck_is_claimed (ctx, s, s + 1) ||
          (s > 0 && (ck_tok_cap_word (ctx, s - 1) || ck_tok (ctx, s - 1)->kind == CK_TOK_POSS)))
        continue;
      floor = ck_sentence_start (ctx, s);
      end = MIN (n, ck_sentence_end (ctx, s));
      /* "the Trollope of Barchester Towers" */
      te = writer_phase (ctx, s, end);
      if (te > s)
        {
          CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
          ck_add_names_span (ctx, rec, s - 2, s - 1, CK_ROLE_AUTHOR);
          add_titled (ctx, det, s, te, s - 2, rec, s - 2);
          s = te - 1;
          continue;
        }
      te = run_from (ctx, s, end);
      if (te <= s + 1)
        continue;
      /* a clause of its own: the sentence's start, or after a colon or a
       * semicolon ("…: T, written for the jubilee; T2; …") */
      opens = s == floor || (s > floor && (ck_tok_is_punct (ctx, s - 1, ';') || ck_tok_is_punct (ctx, s - 1, ':'))) ||
              (s > floor + 1 && ck_tok_is (ctx, s - 1, "and") && ck_tok_is_punct (ctx, s - 2, ';'));
      /* "Since Foxglove Summer he has", "After Crane Hollow, she": a
       * sentence opened by a preposition of time */
      if (s == floor && (ck_tok_is (ctx, s, "Since") || ck_tok_is (ctx, s, "After")) && ck_tok_cap_word (ctx, s + 1))
        {
          guint t2 = run_from (ctx, s + 1, end);
          if ((ck_tok_is_punct (ctx, t2, ',') || (ck_tok_lower_word (ctx, t2) && ck_tok_in_words (ctx, t2, subjects))) &&
              run_ok (ctx, s + 1, t2))
            {
              add_titled (ctx, det, s + 1, t2, s + 1, NULL, s + 1);
              s = t2 - 1;
              continue;
            }
        }
      /* "six years after Wolves of Arden she", "months since The T," */
      if (s >= 2 && ck_tok_lower_word (ctx, s - 1) && (ck_tok_is (ctx, s - 1, "after") || ck_tok_is (ctx, s - 1, "since")) &&
          span_of_time_before (ctx, s - 1) &&
          te < n && (ck_tok (ctx, te)->kind == CK_TOK_PUNCT || ck_tok_lower_word (ctx, te)) && !ck_tok_is_punct (ctx, te, '(') &&
          run_ok (ctx, s, te))
        {
          add_titled (ctx, det, s, te, s, NULL, s);
          s = te - 1;
          continue;
        }
      /* "Ada Vell, whose Birds of the Lower Fen gave the movement" */
      /* "Ada Vell, whose The Salt Road (…)": no article follows "whose"
       * in prose, so one in capitals opens a title, whatever comes after */
      if (s > 0 && ck_tok_is (ctx, s - 1, "whose") && ck_tok_lower_word (ctx, s - 1) &&
          !ck_tok_in_words (ctx, s, kin) &&
          ((ck_tok_lower_word (ctx, te) && ck_tok_in_words (ctx, te, whose_verbs)) ||
           (ck_tok_in_words (ctx, s, ck_articles) && s >= 2 && ck_tok_is_punct (ctx, s - 2, ',') &&
            (te >= n || ck_tok_lower_word (ctx, te) || ck_tok (ctx, te)->kind == CK_TOK_PUNCT))) &&
          run_ok (ctx, s, te))
        {
          CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
          guint who = whose_writer (ctx, s, floor, rec);
          add_titled (ctx, det, s, te, who == G_MAXUINT ? s : who, rec, who == G_MAXUINT ? s : who);
          s = te - 1;
          continue;
        }
      /* "T, which won the Pulitzer in 1999": anywhere a run begins */
      if (won_after (ctx, te) && (opens || ck_tok_is_punct (ctx, te, ',')) && run_ok (ctx, s, te))
        {
          add_titled (ctx, det, s, te, s, NULL, s);
          s = te - 1;
          continue;
        }
      if (!opens)
        continue;
      /* sentence-opening runs: a book introduces its writer, ranks in a
       * collection, draws a critic's aside, was written somehow */
      if ((ck_tok_is (ctx, te, "introduced") && ck_tok_lower_word (ctx, te) && te + 1 < n &&
           ck_tok_in_words (ctx, te + 1, objects) && ck_tok_lower_word (ctx, te + 1)) ||
          ranked_after (ctx, te) || opinion_after (ctx, te) || making_after (ctx, te))
        {
          if (run_ok (ctx, s, te))
            {
              add_titled (ctx, det, s, te, s, NULL, s);
              s = te - 1;
            }
        }
    }
}
