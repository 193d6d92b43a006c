/* attr-context.c — who wrote a work when the sentence names the writer
 * after the title ("T (1990), Ada Vell's first novel, …") or names only
 * the person the work is about ("a biography of Ada Vell, T (2001)").
 *
 * The antecedent search in merge.c walks back from a title to the
 * nearest possessor or known person; these rules look the other way
 * (apposition after the title) and keep a biography's subject from being
 * taken for its writer.  A wrong author costs as much as a missing one,
 * so each rule asks for a noun that names a work, not just any noun. */
#include "attr-context.h"
#include "detect-context.h"
#include "attribution.h"

#include <stdlib.h>
#include <string.h>

/* Nouns for a work, as reviewers put them in apposition: "Vell's first
 * novel", "her best book", "his answer to the war". */
static const char * const work_nouns[] = {
  "novel", "novels", "book", "books", "debut", "collection", "play", "poem", "poems", "memoir",
  "study", "history", "biography", "story", "stories", "novella", "volume", "work", "essay", "tract",
  "pamphlet", "satire", "comedy", "tragedy", "thriller", "romance", "epic", "sequence", "sequel",
  "trilogy", "answer", "masterpiece", "account", "treatise", "monograph", "anthology", "fable",
  "autobiography", "reply", "polemic", "travelogue", "chronicle", "saga", "verse", "primer",
  "handbook", "textbook", "survey", "life",
  /* a work by how it fared: "T (1950), Vell's early success," */
  "success", "triumph", "failure", "bestseller", "best-seller", "classic", "swansong", "swan-song", NULL,
};

/* Words before the noun that say the work is liked or owned, not
 * written, by the possessor ("Vell's favourite novel", "his copy"). */
static const char * const not_written[] = {
  "favourite", "favorite", "beloved", "preferred", "treasured", "copy", "edition", "translation",
  "own", NULL,
};

/* Nouns of a work about a person: "a biography of NAME". */
static const char * const about_nouns[] = {
  "biography", "biographies", "life", "lives", "study", "studies", "portrait", "memoir", "memoirs",
  "account", "critique", "defence", "defense", "appreciation", "assessment", "profile", "monograph",
  "reading", "readings", "reassessment", "celebration", "tribute", "attack", NULL,
};

/* Copulas that join a title to its apposition ("T is Vell's best book"). */
static const char * const copulas[] = { "is", "was", "remains", "remained", NULL };

/* The first token after the title of @m, past a "(1990)" year. */
static guint
after_title (const CkExtractCtx *ctx, const CkMention *m)
{
  guint n = ck_n_toks (ctx), j = ck_tok_at_byte (ctx, m->end);
  /* "“T” (1985)": past the closing quote */
  if (j < n && ck_tok (ctx, j)->kind == CK_TOK_QUOTE_CLOSE)
    j++;
  if (j < n && ck_tok_is_punct (ctx, j, '(') && j + 2 < n && (ck_tok (ctx, j + 1)->flags & CK_TOKF_YEAR) &&
      ck_tok_is_punct (ctx, j + 2, ')'))
    j += 3;
  return j;
}

gboolean
ck_attr_opening_phrase (const CkExtractCtx *ctx, guint ts)
{
  static const char * const preps[] = { "in", "with", "since", "after", "through", "throughout", "from",
                                        "like", "unlike", "as", "for", "during", "before", "of", "to",
                                        "beside", "besides", "compared", "against", NULL };
  if (ts > 0 && ck_tok (ctx, ts)->kind != CK_TOK_QUOTE_OPEN && ck_tok (ctx, ts - 1)->kind == CK_TOK_QUOTE_OPEN)
    ts--;
  if (ts >= 2 && ck_tok_lower_word (ctx, ts - 1) && (ck_tok_is (ctx, ts - 1, "his") || ck_tok_is (ctx, ts - 1, "her")))
    ts--;
  return ts >= 1 && ck_sentence_start (ctx, ts) == ts - 1 && ck_tok_cap_word (ctx, ts - 1) &&
         ck_tok_in_words (ctx, ts - 1, preps);
}

CkName *
ck_attr_owner_after (const CkExtractCtx *ctx, guint j, guint *out_end)
{
  guint n = ck_n_toks (ctx), ne, k;
  gboolean comma;
  if (j >= n)
    return NULL;
  comma = ck_tok_is_punct (ctx, j, ',');
  if (!comma && !(ck_tok_lower_word (ctx, j) && ck_tok_in_words (ctx, j, copulas)))
    return NULL;
  j++;
  if (j >= n || ck_tok (ctx, j)->nl >= 2 || !ck_tok_cap_word (ctx, j))
    return NULL;
  ne = ck_name_span_forward (ctx, j, MIN (n, j + 6));
  if (ne == j || ne >= n || ck_tok (ctx, ne)->kind != CK_TOK_POSS)
    return NULL;
  /* a name, not "the Harbour Board's" */
  for (k = j; k < ne; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_WORD && ck_tok_in_lex (ctx, k, CK_LEX_NON_TITLES))
      return NULL;
  /* up to three lower-case words, then a noun for a work */
  for (k = ne + 1; k < n && k <= ne + 4; k++)
    {
      if (!ck_tok_lower_word (ctx, k) || ck_tok_in_words (ctx, k, not_written))
        return NULL;
      if (ck_tok_in_words (ctx, k, work_nouns))
        {
          g_autofree char *span = ck_span_dup (ctx, j, ne);
          if (out_end)
            *out_end = k + 1;
          return ck_name_parse_display (CK_ROLE_AUTHOR, span);
        }
    }
  return NULL;
}

/* Verbs of a writer's act after "In T (1990) Vell …": what a writer
 * does in a book, rarely what a character does in it (characters "turn",
 * "return", "find" and "leave", so those are not here). */
static const char * const writer_verbs[] = {
  "argues", "argued", "writes", "wrote", "won", "explores", "explored", "examines", "examined",
  "describes", "described", "traces", "traced", "surveys", "surveyed", "established", "establishes",
  "attempts", "attempted", "retells", "retold", "chronicles", "chronicled", "recounts", "recounted",
  "imagines", "imagined", "achieves", "achieved", "perfected", "perfects", "portrays", "portrayed",
  "satirizes", "satirises", "satirized", "satirised", "dramatizes", "dramatises", NULL,
};

/* Prepositions that open a sentence and take a work: "In T (1990) Vell …". */
static const char * const opener_preps[] = { "in", "with", "since", "after", "through", "throughout", NULL };

/* A personal name from token @j: two words or more, or a family name
 * the text gives in full (@index); its end, or @j. */
static guint
person_forward (const CkExtractCtx *ctx, guint j, GHashTable *index)
{
  guint n = ck_n_toks (ctx), ne;
  if (j >= n || !ck_tok_cap_word (ctx, j) || ck_tok (ctx, j)->nl >= 2)
    return j;
  ne = ck_name_span_forward (ctx, j, MIN (n, j + 6));
  if (ne == j)
    return j;
  /* "by Hollin Press", "by the Harbour Board" */
  for (guint k = j; k < ne; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_WORD &&
        (ck_tok_in_lex (ctx, k, CK_LEX_NON_TITLES) || ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS)))
      return j;
  if (ck_count_words (ctx, j, ne) < 2)
    {
      const CkToken *t = ck_tok (ctx, j);
      g_autofree char *key = g_utf8_casefold (ctx->text + t->start, t->end - t->start);
      if (!index || !g_hash_table_contains (index, key))
        return j;
    }
  return ne;
}

CkName *
ck_attr_by_after (const CkExtractCtx *ctx, const CkMention *m, GHashTable *index)
{
  guint n = ck_n_toks (ctx), j = after_title (ctx, m), b, ne;
  b = j < n && ck_tok_is_punct (ctx, j, ',') ? j + 1 : j;
  /* "T (1987) is by Ada Vell", "T was written by Ada Vell" */
  if (b < n && ck_tok_lower_word (ctx, b) && (ck_tok_is (ctx, b, "is") || ck_tok_is (ctx, b, "was")))
    {
      b++;
      if (b < n && ck_tok_is (ctx, b, "written"))
        b++;
    }
  if (b >= n || !ck_tok_is (ctx, b, "by") || !ck_tok_lower_word (ctx, b))
    return NULL;
  ne = person_forward (ctx, b + 1, index);
  if (ne > b + 1 && ne < n && ck_tok (ctx, ne)->kind != CK_TOK_POSS && !ck_tok_cap_word (ctx, ne))
    {
      g_autofree char *span = ck_span_dup (ctx, b + 1, ne);
      return ck_name_parse_display (CK_ROLE_AUTHOR, span);
    }
  return NULL;
}

CkName *
ck_attr_forward_owner (const CkExtractCtx *ctx, const CkMention *m, GHashTable *index)
{
  guint n = ck_n_toks (ctx), j = after_title (ctx, m), ts = ck_tok_at_byte (ctx, m->start), ne, k;
  /* "In T (1990), Vell's study of X is quoted": the comma closes an
   * opening phrase, and what follows is the sentence, not an apposition */
  CkName *who = ck_attr_opening_phrase (ctx, ts) ? NULL : ck_attr_owner_after (ctx, j, NULL);
  if (who || j >= n)
    return who;
  if (ts < n && ck_tok (ctx, ts)->kind == CK_TOK_QUOTE_OPEN)
    ;
  else if (ts > 0 && ck_tok (ctx, ts - 1)->kind == CK_TOK_QUOTE_OPEN)
    ts--;
  /* "“T” (1985), by Ada Vell,": a title another convention found */
  {
    guint b = ck_tok_is_punct (ctx, j, ',') ? j + 1 : j;
    if (b < n && ck_tok_is (ctx, b, "by") && ck_tok_lower_word (ctx, b))
      return ck_attr_by_after (ctx, m, index);
  }
  /* "T (1985), which Ada Vell wrote in a year": a verb of writing only
   * ("which Vell admired" is a reader's) */
  if (ck_tok_is_punct (ctx, j, ',') && j + 2 < n && ck_tok_lower_word (ctx, j + 1) &&
      (ck_tok_is (ctx, j + 1, "which") || ck_tok_is (ctx, j + 1, "that")))
    {
      static const char * const wrote[] = { "wrote", "published", "completed", "finished", "began",
                                            "started", "composed", "has", "had", NULL };
      ne = person_forward (ctx, j + 2, index);
      if (ne > j + 2 && ne < n && ck_tok_lower_word (ctx, ne) && ck_tok_in_words (ctx, ne, wrote))
        {
          /* "which Vell had written", "which Vell has just published" */
          if (ck_tok_is (ctx, ne, "has") || ck_tok_is (ctx, ne, "had"))
            {
              static const char * const done[] = { "written", "published", "completed", "finished", NULL };
              guint v = ne + 1;
              if (v < n && ck_tok_is (ctx, v, "just"))
                v++;
              if (!(v < n && ck_tok_lower_word (ctx, v) && ck_tok_in_words (ctx, v, done)))
                return NULL;
            }
          {
            g_autofree char *span = ck_span_dup (ctx, j + 2, ne);
            return ck_name_parse_display (CK_ROLE_AUTHOR, span);
          }
        }
    }
  /* "T, the new novel by Ada Vell,", "T (1990), a study by Vell," */
  if (ck_tok_is_punct (ctx, j, ',') && j + 1 < n && ck_tok_in_words (ctx, j + 1, ck_articles))
    for (k = j + 2; k < n && k <= j + 5; k++)
      {
        if (!ck_tok_lower_word (ctx, k) || ck_tok_in_words (ctx, k, not_written))
          break;
        if (ck_tok_in_words (ctx, k, work_nouns))
          {
            if (!ck_tok_is (ctx, k + 1, "by"))
              break;
            ne = person_forward (ctx, k + 2, index);
            if (ne > k + 2 && ne < n && ck_tok (ctx, ne)->kind != CK_TOK_POSS && !ck_tok_cap_word (ctx, ne))
              {
                g_autofree char *span = ck_span_dup (ctx, k + 2, ne);
                return ck_name_parse_display (CK_ROLE_AUTHOR, span);
              }
            break;
          }
      }
  /* "The author of T (1988), Ada Vell, disagrees" */
  if (ck_tok_is_punct (ctx, j, ',') && ts >= 2 && ck_tok_is (ctx, ts - 1, "of") &&
      (ck_tok_is (ctx, ts - 2, "author") || ck_tok_is (ctx, ts - 2, "writer")))
    {
      ne = person_forward (ctx, j + 1, index);
      if (ne > j + 1 && ne < n && (ck_tok_is_punct (ctx, ne, ',') || ck_tok_lower_word (ctx, ne)))
        {
          g_autofree char *span = ck_span_dup (ctx, j + 1, ne);
          return ck_name_parse_display (CK_ROLE_AUTHOR, span);
        }
    }
  /* "With T (1988) Ada Vell won the Hale Prize", "In T Vell turns to …":
   * the sentence's subject after an opening phrase; a character would
   * rarely "argue" or "win" in the book, so the verb must be a writer's */
  {
    /* "In his T (1985), Ada Vell argues": the pronoun looks ahead */
    guint o = ts;
    if (o >= 2 && ck_tok_lower_word (ctx, o - 1) && (ck_tok_is (ctx, o - 1, "his") || ck_tok_is (ctx, o - 1, "her")))
      o--;
    ts = o;
  }
  if (ts >= 1 && ck_sentence_start (ctx, ts) == ts - 1 && ck_tok_cap_word (ctx, ts - 1) &&
      ck_tok_in_words (ctx, ts - 1, opener_preps))
    {
      guint p = ck_tok_is_punct (ctx, j, ',') ? j + 1 : j;
      ne = person_forward (ctx, p, index);
      if (ne > p && ne < n && ck_tok_lower_word (ctx, ne) && ck_tok_in_words (ctx, ne, writer_verbs) &&
          !ck_ctx_is_character (ctx, p))
        {
          g_autofree char *span = ck_span_dup (ctx, p, ne);
          return ck_name_parse_display (CK_ROLE_AUTHOR, span);
        }
    }
  return NULL;
}

gboolean
ck_attr_about_name (const CkExtractCtx *ctx, guint ns, guint floor)
{
  static const char * const preps[] = { "about", "on", "against", NULL };
  guint k;
  if (ns <= floor)
    return FALSE;
  if (ck_tok_lower_word (ctx, ns - 1) && ck_tok_in_words (ctx, ns - 1, preps))
    return TRUE;
  /* "According to Ivo Sandall, T is timid": a judge of T, not its writer */
  if (ns >= floor + 2 && ck_tok_is (ctx, ns - 1, "to") && ck_tok_is (ctx, ns - 2, "according"))
    return TRUE;
  if (!ck_tok_is (ctx, ns - 1, "of") || ns < floor + 2)
    return FALSE;
  k = ns - 2;
  return ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, about_nouns);
}

/* Verbs whose subject wrote "a life of NAME, T". */
static const char * const making_about[] = {
  "wrote", "writes", "written", "published", "publishes", "completed", "finished", "produced", "began",
  "attempted", "added", NULL,
};

gboolean
ck_attr_about_apposition (const CkExtractCtx *ctx, const CkMention *m)
{
  static const char * const owners[] = { "his", "her", "their", "its", "my", "our", "your", NULL };
  guint ts = ck_tok_at_byte (ctx, m->start), floor, ns, k;
  if (ts == 0 || ts >= ck_n_toks (ctx))
    return FALSE;
  if (ck_tok (ctx, ts)->kind == CK_TOK_QUOTE_OPEN)
    ;
  else if (ck_tok (ctx, ts - 1)->kind == CK_TOK_QUOTE_OPEN)
    ts--;
  floor = ck_sentence_start (ctx, ts);
  if (ts < floor + 4 || !ck_tok_is_punct (ctx, ts - 1, ','))
    return FALSE;
  ns = ck_name_span_backward (ctx, ts - 1, floor);
  if (ns >= ts - 1 || ns < floor + 2 || !ck_tok_is (ctx, ns - 1, "of"))
    return FALSE;
  k = ns - 2;
  if (!ck_tok_lower_word (ctx, k) || !ck_tok_in_words (ctx, k, about_nouns))
    return FALSE;
  /* "Vell's life of Orr, T", "her study of Orr, T": the possessor wrote it */
  while (k > floor && ck_tok_lower_word (ctx, k - 1) && !ck_tok_in_words (ctx, k - 1, owners) &&
         !ck_tok_is (ctx, k - 1, "a") && !ck_tok_is (ctx, k - 1, "an") && !ck_tok_is (ctx, k - 1, "the") &&
         k + 4 > ns)
    k--;
  if (k > floor && (ck_tok (ctx, k - 1)->kind == CK_TOK_POSS || ck_tok_in_words (ctx, k - 1, owners)))
    return FALSE;
  /* "Reed once wrote a life of Orr, T": the sentence's subject wrote it */
  if (k > floor + 1 && (ck_tok_is (ctx, k - 1, "a") || ck_tok_is (ctx, k - 1, "an")) &&
      ck_tok_lower_word (ctx, k - 2) && ck_tok_in_words (ctx, k - 2, making_about))
    return FALSE;
  return TRUE;
}

/* Nouns for what a reader makes of a work: "Vell's review of T". */
static const char * const reader_nouns[] = {
  "review", "reviews", "attack", "attacks", "essay", "essays", "article", "articles", "critique",
  "reading", "praise", "defence", "defense", "analysis", "discussion", "parody", "dismissal",
  "rejection", "summary", "treatment", "interpretation", "misreading", "verdict", "judgment",
  "judgement", "admiration", "dislike", "love", "hatred", "notice", "commentary", "lecture",
  "lectures", "chapter", "chapters", "remarks", "comments", "response", "rebuttal", "praise", NULL,
};

/* Verbs of reading, judging or quoting a work: "Vell praised T". */
static const char * const reader_verbs[] = {
  "praised", "praises", "admired", "admires", "reviewed", "reviews", "reviewing", "attacked", "attacks",
  "dismissed", "dismisses", "read", "reads", "reading", "reread", "rereads", "quoted", "quotes",
  "quoting", "cited", "cites", "citing", "criticised", "criticized", "criticises", "criticizes",
  "loved", "loves", "hated", "hates", "disliked", "dislikes", "recommended", "recommends", "championed",
  "champions", "defended", "defends", "parodied", "parodies", "mocked", "mocks", "banned", "bans",
  "rediscovered", "discussed", "discusses", "discussing", "analysed", "analyzed", "admiring", "praising",
  "attacking", "lent", "gave", "gives", "sent", "owned", "owns", "bought", "borrowed",
  /* judging a work by a name or a rank: "Vell called T a failure" */
  "called", "calls", "described", "describes", "judged", "judges", "ranked", "ranks", "rated", "rates",
  "preferred", "prefers", "thought", "considered", "considers", "deemed",
  /* a translator makes a version, not the work: "Groot translated T" */
  "translated", "translates", NULL,
};

/* Verbs of speaking that take a work after "of" or "about": "Vell said
 * of T", "Vell wrote about T" — a critic's words on it. */
static const char * const speaking_verbs[] = {
  "said", "says", "wrote", "writes", "spoke", "speaks", "remarked", "remarks", "complained", "complains",
  "observed", "observes", "joked", "noted", "notes", NULL,
};

/* People a possessive may own instead of a work: "by Vell's widow". */
static const char * const person_nouns[] = {
  "widow", "widower", "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother",
  "friend", "friends", "editor", "editors", "translator", "translators", "biographer", "biographers",
  "publisher", "agent", "secretary", "critic", "critics", "admirer", "admirers", "disciple", "disciples",
  "pupil", "pupils", "student", "students", "rival", "niece", "nephew", "grandson", "granddaughter",
  "lover", "mistress", "companion", "colleague", "successor", "heirs", "executor", "teacher", "mentor",
  "master", "contemporary", "enemy", "partner", "protégé", NULL,
};

/* Verbs whose subject made the work: "Vell's teacher wrote T". */
static const char * const person_made[] = {
  "wrote", "writes", "published", "publishes", "composed", "finished", "completed", "penned", NULL,
};

gboolean
ck_attr_reader_between (const CkExtractCtx *ctx, guint k, guint tok)
{
  static const char * const preps[] = { "of", "on", "about", NULL };
  guint n = ck_n_toks (ctx), j = k + 1, t = tok;
  if (t > 0 && t < n && ck_tok (ctx, t)->kind != CK_TOK_QUOTE_OPEN && ck_tok (ctx, t - 1)->kind == CK_TOK_QUOTE_OPEN)
    t--;
  if (j >= t || t > n)
    return FALSE;
  if (ck_tok (ctx, j)->kind == CK_TOK_POSS)
    {
      /* "Vell's widow, T", "by Vell's widow, T": a person in apposition
       * to the title, not a work ("Vell's critics compare it with T" is
       * still Vell's T) */
      if (j + 3 == t && ck_tok_lower_word (ctx, j + 1) && ck_tok_in_words (ctx, j + 1, person_nouns) &&
          ck_tok_is_punct (ctx, j + 2, ','))
        return TRUE;
      /* "Vell's teacher wrote T", "Vell's husband later published T":
       * that person made it, whom the text leaves unnamed here */
      if (ck_tok_lower_word (ctx, j + 1) && ck_tok_in_words (ctx, j + 1, person_nouns))
        {
          guint v = j + 2;
          if (v + 1 < t && ck_attr_ly_adverb (ctx, v))
            v++;
          if (v + 1 == t && ck_tok_lower_word (ctx, v) && ck_tok_in_words (ctx, v, person_made))
            return TRUE;
        }
      /* "Vell's [long] review of T" */
      for (guint q = j + 1; q + 1 < t && q <= j + 4; q++)
        {
          if (!ck_tok_lower_word (ctx, q))
            return FALSE;
          if (ck_tok_in_words (ctx, q, reader_nouns))
            return q + 2 == t && ck_tok_in_words (ctx, q + 1, preps);
        }
      return FALSE;
    }
  /* "Vell praised T", "Vell, reviewing T,", "Vell, who admired T", "Vell
   * once praised T" */
  if (ck_tok_is_punct (ctx, j, ','))
    j++;
  if (j < t && ck_tok_is (ctx, j, "who"))
    j++;
  if (j + 1 < t && ck_tok_lower_word (ctx, j) && !ck_tok_in_words (ctx, j, reader_verbs) &&
      (ck_tok_in_words (ctx, j, (const char * const[]) { "once", "also", "then", "later", "first", "had",
                                                          "has", "have", "openly", "publicly", NULL }) ||
       ck_attr_ly_adverb (ctx, j)))
    j++;
  /* "Vell said of T", "Vell once wrote about T" */
  if (j + 2 == t && ck_tok_lower_word (ctx, j) && ck_tok_in_words (ctx, j, speaking_verbs) &&
      (ck_tok_is (ctx, j + 1, "of") || ck_tok_is (ctx, j + 1, "about")))
    return TRUE;
  return j + 1 == t && ck_tok_lower_word (ctx, j) && ck_tok_in_words (ctx, j, reader_verbs);
}

gboolean
ck_attr_first_person (const CkExtractCtx *ctx, const CkMention *m)
{
  guint ts = ck_tok_at_byte (ctx, m->start), floor;
  if (ts > 0 && ts < ck_n_toks (ctx) && ck_tok (ctx, ts)->kind != CK_TOK_QUOTE_OPEN &&
      ck_tok (ctx, ts - 1)->kind == CK_TOK_QUOTE_OPEN)
    ts--;
  floor = ck_sentence_start (ctx, ts);
  /* "My own book on Merrow, T": the subject's name, then a preposition
   * after the noun for a work */
  if (ts > floor + 4 && ck_tok_is_punct (ctx, ts - 1, ','))
    {
      guint ns = ck_name_span_backward (ctx, ts - 1, floor);
      if (ns < ts - 1 && ns > floor + 2 && ck_tok_lower_word (ctx, ns - 1) &&
          (ck_tok_is (ctx, ns - 1, "on") || ck_tok_is (ctx, ns - 1, "about") || ck_tok_is (ctx, ns - 1, "of")) &&
          ck_tok_lower_word (ctx, ns - 2) && ck_tok_in_words (ctx, ns - 2, work_nouns))
        ts = ns - 1;
    }
  /* "my T", "my own first novel, T", "our T" */
  for (guint k = ts; k > floor && k + 5 > ts;)
    {
      k--;
      if (ck_tok_is (ctx, k, "my") || ck_tok_is (ctx, k, "our"))
        return ck_tok_lower_word (ctx, k) || k == floor;
      /* "my students love her T": hers, the nearer owner */
      if ((!ck_tok_lower_word (ctx, k) && !ck_tok_is_punct (ctx, k, ',')) || ck_tok_is (ctx, k, "her") ||
          ck_tok_is (ctx, k, "his") || ck_tok_is (ctx, k, "their") || ck_tok_is (ctx, k, "its"))
        return FALSE;
    }
  return FALSE;
}

/* Words that open a noun in apposition: "T, a pamphlet published …",
 * "T, his 1935 novel". */
static const char * const apposition_dets[] = { "a", "an", "the", "his", "her", "their", "its", NULL };

/* Verbs that say a work came out: "T appeared in 1961". */
static const char * const issue_verbs[] = { "published", "appeared", "issued", "printed", "founded", "launched", NULL };
/* Words that may stand between the title and that verb: "T was first
 * published", "T, which had appeared". */
static const char * const issue_aux[] = {
  "was", "were", "is", "had", "has", "been", "first", "originally", "finally", "eventually", "only", "initially",
  NULL,
};

/* "in [May] 1961" at @j, not "in 1960s" nor "in 1961-2": the year, or 0. */
static int
in_year_at (const CkExtractCtx *ctx, guint j)
{
  guint n = ck_n_toks (ctx);
  if (j >= n || !ck_tok_is (ctx, j, "in") || !ck_tok_lower_word (ctx, j))
    return 0;
  j++;
  if (ck_tok_in_lex (ctx, j, CK_LEX_MONTHS))
    j++;
  if (j >= n || !(ck_tok (ctx, j)->flags & CK_TOKF_YEAR) ||
      (j + 1 < n && ck_tok (ctx, j + 1)->start == ck_tok (ctx, j)->end &&
       ck_tok (ctx, j + 1)->kind != CK_TOK_PUNCT))
    return 0;
  if (j + 1 < n && ck_tok (ctx, j + 1)->start == ck_tok (ctx, j)->end &&
      (ck_tok_is_punct (ctx, j + 1, '-') || ck_tok_is_punct (ctx, j + 1, 0x2013)))
    return 0;
  return atoi (ctx->text + ck_tok (ctx, j)->start);
}

/* The verb phrase at @j: "[was first] published in [May] YEAR", "came out
 * in YEAR"; the year, or 0. */
static int
issue_year_at (const CkExtractCtx *ctx, guint j)
{
  guint n = ck_n_toks (ctx);
  guint j0 = j;
  for (guint a = 0; a < 3 && j < n && ck_tok_lower_word (ctx, j) && ck_tok_in_words (ctx, j, issue_aux); a++)
    j++;
  if (ck_tok_lower_word (ctx, j) && ck_tok_in_words (ctx, j, issue_verbs))
    j++;
  else if ((ck_tok_is (ctx, j, "came") || ck_tok_is (ctx, j, "brought")) && ck_tok_is (ctx, j + 1, "out"))
    j += 2;
  /* "T followed in 1951" (active: "T was followed in 1951 by U" dates U) */
  else if (j == j0 && ck_tok_is (ctx, j, "followed") && ck_tok_lower_word (ctx, j))
    j++;
  else
    return 0;
  /* "published as a pamphlet by Firm in 1956", "appeared in Encounter in
   * November 1955": a short phrase before the date, no clause break */
  for (guint skip = 0; skip < 8 && j + 1 < n && !(ck_tok_is (ctx, j, "in") && ck_tok_lower_word (ctx, j) &&
                                                  ((ck_tok (ctx, j + 1)->flags & CK_TOKF_YEAR) ||
                                                   ck_tok_in_lex (ctx, j + 1, CK_LEX_MONTHS)));
       skip++, j++)
    {
      const CkToken *t = ck_tok (ctx, j);
      if (t->kind == CK_TOK_PUNCT || t->kind == CK_TOK_QUOTE_OPEN || t->kind == CK_TOK_QUOTE_CLOSE ||
          t->kind == CK_TOK_NUMBER || (t->nl >= 2) || ck_tok_is (ctx, j, "and") || ck_tok_is (ctx, j, "but") ||
          ck_tok_is (ctx, j, "which") || ck_tok_is (ctx, j, "after") || ck_tok_is (ctx, j, "before") ||
          ck_tok_is (ctx, j, "until") || ck_tok_is (ctx, j, "since"))
        return 0;
    }
  return in_year_at (ctx, j);
}

gboolean
ck_attr_container_after (const CkExtractCtx *ctx, const CkMention *m, guint *s, guint *e)
{
  guint n = ck_n_toks (ctx), j = ck_tok_at_byte (ctx, m->end), k;
  if (j >= n)
    return FALSE;
  /* '“T?,” which', '“T”, first' */
  while (j < n && (ck_tok (ctx, j)->kind == CK_TOK_QUOTE_CLOSE || ck_tok_is_punct (ctx, j, ',') ||
                   ck_tok_is_punct (ctx, j, '?') || ck_tok_is_punct (ctx, j, '!')))
    j++;
  if (ck_tok_is_punct (ctx, j, '('))
    j++;
  if (ck_tok_is (ctx, j, "which") || ck_tok_is (ctx, j, "that"))
    j++;
  for (guint a = 0; a < 3 && j < n && ck_tok_lower_word (ctx, j) && ck_tok_in_words (ctx, j, issue_aux); a++)
    j++;
  if (!(ck_tok_lower_word (ctx, j) && (ck_tok_in_words (ctx, j, issue_verbs) || ck_tok_is (ctx, j, "ran"))) ||
      !ck_tok_is (ctx, j + 1, "in"))
    return FALSE;
  k = j + 2;
  if (ck_tok_is (ctx, k, "the") && ck_tok_lower_word (ctx, k))
    k++;
  if (k >= n || !ck_tok_cap_word (ctx, k) || ck_tok_in_lex (ctx, k, CK_LEX_MONTHS))
    return FALSE;
  *s = k;
  *e = ck_title_span_forward (ctx, k, MIN (n, k + 8), FALSE);
  /* "in Partisan Review in 1938", "in the Economic Journal for December
   * 1926", "in the New Statesman of 6 October 1956": the date is no part
   * of the name, nor is a volume's number after it */
  for (guint q = k + 1; q + 1 < *e; q++)
    if ((ck_tok_is (ctx, q, "in") || ck_tok_is (ctx, q, "for") || ck_tok_is (ctx, q, "of")) && ck_tok_lower_word (ctx, q) &&
        ((ck_tok (ctx, q + 1)->flags & CK_TOKF_YEAR) || ck_tok_in_lex (ctx, q + 1, CK_LEX_MONTHS) ||
         ck_tok (ctx, q + 1)->kind == CK_TOK_NUMBER))
      {
        *e = q;
        break;
      }
  while (*e > k + 1 && ck_tok (ctx, *e - 1)->kind == CK_TOK_NUMBER)
    (*e)--;
  /* the periodical's name, then its date, issue or the clause's end */
  if (*e <= *s || ck_count_words (ctx, *s, *e) > 6 || ck_span_in_lex (ctx, *s, *e, CK_LEX_PLACES) ||
      ck_ctx_names_person (ctx, *s, *e))
    return FALSE;
  return *e >= n || ck_tok (ctx, *e)->kind == CK_TOK_PUNCT || ck_tok_is (ctx, *e, "in") || ck_tok_is (ctx, *e, "of") ||
         ck_tok_is (ctx, *e, "for") || ck_tok_is (ctx, *e, "and");
}

int
ck_attr_year_after (const CkExtractCtx *ctx, const CkMention *m)
{
  guint n = ck_n_toks (ctx), j = ck_tok_at_byte (ctx, m->end), ts = ck_tok_at_byte (ctx, m->start), floor;
  gboolean genre;
  if (j >= n || ts >= n)
    return 0;
  if (ck_tok (ctx, j)->kind == CK_TOK_QUOTE_CLOSE)
    j++;
  /* "Trotsky's “T” of 1938,", "first set out in T in 1906, which": the
   * year right after the title, closing its phrase */
  if (j + 2 < n && (ck_tok_is (ctx, j, "of") || ck_tok_is (ctx, j, "in")) && ck_tok_lower_word (ctx, j) &&
      (ck_tok (ctx, j + 1)->flags & CK_TOKF_YEAR) &&
      (ck_tok_is_punct (ctx, j + 2, ',') || ck_tok_is_punct (ctx, j + 2, '.') || ck_tok_is_punct (ctx, j + 2, ';') ||
       ck_tok_is_punct (ctx, j + 2, ')')) &&
      ck_tok (ctx, j + 2)->start == ck_tok (ctx, j + 1)->end)
    return atoi (ctx->text + ck_tok (ctx, j + 1)->start);
  /* "since Conquest published “T” in 1968 that", "the man who wrote T
   * in 1897": a verb of writing or issue before the title dates it */
  {
    static const char * const made_verbs[] = { "published", "wrote", "issued", "printed", "completed", "finished", NULL };
    guint b = ts > 0 && ck_tok (ctx, ts - 1)->kind == CK_TOK_QUOTE_OPEN ? ts - 1 : ts;
    int y;
    if (b > 0 && ck_tok_lower_word (ctx, b - 1) && ck_tok_in_words (ctx, b - 1, made_verbs) && (y = in_year_at (ctx, j)))
      return y;
  }
  /* "T, the 1978 memoir of her father", "T, his 1935 novel," — a year
   * standing in apposition before a noun for a work (not "the 1930s") */
  {
    /* (the comma may stand inside the quotes: '"T," the 1978 memoir') */
    guint c = ck_tok_is_punct (ctx, j, ',') ? j :
              (j >= 2 && ck_tok (ctx, j - 1)->kind == CK_TOK_QUOTE_CLOSE && ck_tok_is_punct (ctx, j - 2, ',')) ? j - 1 : n;
    if (c < n && c + 3 < n && ck_tok_lower_word (ctx, c + 1) && ck_tok_in_words (ctx, c + 1, apposition_dets) &&
        (ck_tok (ctx, c + 2)->flags & CK_TOKF_YEAR) && ck_tok (ctx, c + 2)->end == ck_tok (ctx, c + 3)->start - 1 &&
        ck_tok_lower_word (ctx, c + 3) && ck_tok_in_words (ctx, c + 3, work_nouns))
      return atoi (ctx->text + ck_tok (ctx, c + 2)->start);
    /* "T, the novel of 1947," */
    if (c < n && c + 4 < n && ck_tok_is (ctx, c + 1, "the") && ck_tok_lower_word (ctx, c + 2) &&
        ck_tok_in_words (ctx, c + 2, work_nouns) && ck_tok_is (ctx, c + 3, "of") &&
        (ck_tok (ctx, c + 4)->flags & CK_TOKF_YEAR) &&
        (c + 5 >= n || ck_tok (ctx, c + 5)->kind == CK_TOK_PUNCT || ck_tok (ctx, c + 5)->start > ck_tok (ctx, c + 4)->end))
      return atoi (ctx->text + ck_tok (ctx, c + 4)->start);
  }
  /* '“T,” which': the comma inside the quotes */
  if (j + 1 < n && ck_tok_is_punct (ctx, j, ',') && ck_tok (ctx, j + 1)->kind == CK_TOK_QUOTE_CLOSE)
    j++;
  else if (j >= 2 && j < n && ck_tok (ctx, j - 1)->kind == CK_TOK_QUOTE_CLOSE && ck_tok_is_punct (ctx, j - 2, ',') &&
           (ck_tok_is (ctx, j, "which") || ck_tok_is (ctx, j, "that")))
    j--;
  /* "T came out in 1961" */
  else if (!ck_tok_is_punct (ctx, j, ','))
    return issue_year_at (ctx, j);
  /* "T, which came out in 1961,", "T, which he published in a little
   * magazine in 1949" */
  if (ck_tok_is (ctx, j + 1, "which") || ck_tok_is (ctx, j + 1, "that"))
    {
      static const char * const subjects[] = { "he", "she", "they", "we", "I", NULL };
      guint v = j + 2, w;
      if (ck_tok_in_words (ctx, v, subjects) && ck_tok_is (ctx, v + 1, "published"))
        v++;
      /* "T, which the Gannet Press brought out in Paris in 1955", "…
       * which Gollancz published in 1940": a firm or a person as the
       * subject */
      w = v + (ck_tok_is (ctx, v, "the") && ck_tok_lower_word (ctx, v));
      if (ck_tok_cap_word (ctx, w))
        {
          guint q = w;
          while (q < n && q < w + 4 && ck_tok_cap_word (ctx, q) && ck_tok (ctx, q)->nl == 0)
            q++;
          if (ck_tok_lower_word (ctx, q) && !ck_tok_in_words (ctx, q, issue_aux))
            v = q;
        }
      return issue_year_at (ctx, v);
    }
  /* "T, published in Italy in 2011 as …": a reduced relative dates T */
  if (ck_tok_is (ctx, j + 1, "published") && ck_tok_lower_word (ctx, j + 1))
    {
      int y = issue_year_at (ctx, j + 1);
      if (y)
        return y;
    }
  /* "T, a pamphlet published in Berlin in 1922", "T, the poem that
   * appeared in the TLS in 1977", "T, the little book Gollancz published
   * in 1940": a noun for a work in apposition, then its issue */
  if (j + 3 < n && ck_tok_lower_word (ctx, j + 1) && ck_tok_in_words (ctx, j + 1, apposition_dets))
    {
      guint k = j + 2;
      while (k < n && k < j + 5 && ck_tok_lower_word (ctx, k) && !ck_tok_in_words (ctx, k, work_nouns))
        k++;
      if (k < n && ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, work_nouns))
        for (guint p = k + 1; p < n && p < k + 8 && ck_tok (ctx, p)->kind == CK_TOK_WORD; p++)
          {
            int y = issue_year_at (ctx, ck_tok_is (ctx, p, "that") || ck_tok_is (ctx, p, "which") ? p + 1 : p);
            if (y)
              return y;
          }
    }
  /* "Her second novel, T, came out in 1961", "T, her second novel, was
   * published in 1961": the title stands in apposition to the subject —
   * after a comma or opening the sentence — and the clause between the
   * commas is a short run of words with no year, verb of issue or
   * parenthesis of its own */
  floor = ck_sentence_start (ctx, ts);
  if (ts > 0 && ck_tok (ctx, ts)->kind != CK_TOK_QUOTE_OPEN && ck_tok (ctx, ts - 1)->kind == CK_TOK_QUOTE_OPEN)
    ts--;
  /* "Ederly's novel T, filmed in 1972, first appeared in 1958" */
  genre = ts > floor && ck_tok_lower_word (ctx, ts - 1) && ck_tok_in_words (ctx, ts - 1, work_nouns);
  if (ts != floor && !ck_tok_is_punct (ctx, ts - 1, ',') && !genre)
    return 0;
  /* "Her second novel, T, came out in 1961" */
  if (ts != floor && !genre)
    {
      int y = issue_year_at (ctx, j + 1);
      if (y)
        return y;
    }
  for (guint k = j + 1; k < n && k < j + 10; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (ck_tok_is_punct (ctx, k, ','))
        return k > j + 1 ? issue_year_at (ctx, k + 1) : 0;
      if (t->kind != CK_TOK_WORD && t->kind != CK_TOK_POSS && t->kind != CK_TOK_NUMBER)
        return 0;
      if (ck_tok_in_words (ctx, k, issue_verbs) || ck_tok_is (ctx, k, "came"))
        return 0;
    }
  return 0;
}

/* Nouns for a part of a book: a poem, a story, an essay. */
static const char * const part_nouns[] = {
  "poem", "poems", "story", "stories", "tale", "tales", "essay", "essays", "piece", "pieces", "lyric",
  "lyrics", "sonnet", "sonnets", "elegy", "elegies", "chapter", "chapters", "sketch", "sketches", NULL,
};

gboolean
ck_attr_part_in_container (const CkExtractCtx *ctx, guint c)
{
  static const char * const dets[] = { "the", "this", "that", "her", "his", "their", "its", NULL };
  static const char * const preps[] = { "in", "of", "from", NULL };
  static const char * const holders[] = { "book", "collection", "volume", "anthology", "selection", NULL };
  if (c < 3 || !ck_tok_in_words (ctx, c, holders) || !ck_tok_lower_word (ctx, c - 1) || !ck_tok_in_words (ctx, c - 1, dets) ||
      !ck_tok_lower_word (ctx, c - 2) || !ck_tok_in_words (ctx, c - 2, preps))
    return FALSE;
  /* "the best poems in the book", "the longest of the stories in this book" */
  for (guint k = c - 2, m = 0; k > 0 && m < 3; m++)
    {
      k--;
      if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, part_nouns))
        return TRUE;
      if (ck_tok (ctx, k)->kind != CK_TOK_WORD || !ck_tok_lower_word (ctx, k))
        return FALSE;
    }
  return FALSE;
}

void
ck_attr_roles_after (const CkExtractCtx *ctx, const CkMention *m, GPtrArray *out)
{
  guint n = ck_n_toks (ctx), j = after_title (ctx, m);
  CkRole role;
  if (j + 3 >= n || !ck_tok_is_punct (ctx, j, ','))
    return;
  j++;
  if (ck_tok_is (ctx, j, "translated") && ck_tok_lower_word (ctx, j))
    role = CK_ROLE_TRANSLATOR;
  else if (ck_tok_is (ctx, j, "edited") && ck_tok_lower_word (ctx, j))
    role = CK_ROLE_EDITOR;
  else
    return;
  /* "translated from the Czech by" is the detectors' (a language row) */
  if (!ck_tok_is (ctx, j + 1, "by") || !ck_tok_cap_word (ctx, j + 2))
    return;
  ck_names_forward (ctx, j + 2, MIN (n, j + 2 + 12), role, out);
}

int
ck_attr_year_before (const CkExtractCtx *ctx, const CkMention *m)
{
  static const char * const owners[] = { "his", "her", "their", "the", "a", NULL };
  guint n = ck_n_toks (ctx), k = ck_tok_at_byte (ctx, m->start), floor;
  if (k >= n)
    return 0;
  if (k > 0 && ck_tok (ctx, k)->kind != CK_TOK_QUOTE_OPEN && ck_tok (ctx, k - 1)->kind == CK_TOK_QUOTE_OPEN)
    k--;
  floor = ck_sentence_start (ctx, k);
  if (k > floor && ck_tok_is_punct (ctx, k - 1, ','))
    k--;
  /* "Reed's 1990 novel, T", "her 1971 comic novel T" */
  if (k < floor + 3 || !ck_tok_lower_word (ctx, k - 1) || !ck_tok_in_words (ctx, k - 1, work_nouns))
    return 0;
  k--;
  for (guint a = 0; a < 2 && k > floor + 1 && ck_tok_lower_word (ctx, k - 1) && !(ck_tok (ctx, k - 1)->flags & CK_TOKF_FUNC) &&
                    !ck_tok_in_words (ctx, k - 1, owners); a++)
    k--;
  if (k < floor + 2 || !(ck_tok (ctx, k - 1)->flags & CK_TOKF_YEAR) || ck_tok (ctx, k - 1)->kind != CK_TOK_NUMBER)
    return 0;
  if (ck_tok (ctx, k - 2)->kind != CK_TOK_POSS && !(ck_tok_lower_word (ctx, k - 2) && ck_tok_in_words (ctx, k - 2, owners)))
    return 0;
  return atoi (ctx->text + ck_tok (ctx, k - 1)->start);
}

gboolean
ck_attr_pronoun_reader (const CkExtractCtx *ctx, const CkMention *m)
{
  static const char * const owners[] = { "his", "her", "their", NULL };
  static const char * const preps[] = { "of", "on", "about", NULL };
  guint n = ck_n_toks (ctx), k = ck_tok_at_byte (ctx, m->start), floor;
  if (k >= n)
    return FALSE;
  if (k > 0 && ck_tok (ctx, k)->kind != CK_TOK_QUOTE_OPEN && ck_tok (ctx, k - 1)->kind == CK_TOK_QUOTE_OPEN)
    k--;
  floor = ck_sentence_start (ctx, k);
  /* "his review of T", "in her long essay on T" */
  if (k < floor + 3 || !ck_tok_lower_word (ctx, k - 1) || !ck_tok_in_words (ctx, k - 1, preps) ||
      !ck_tok_lower_word (ctx, k - 2) || !ck_tok_in_words (ctx, k - 2, reader_nouns))
    return FALSE;
  for (guint j = k - 2, a = 0; j > floor && a < 3; a++)
    {
      j--;
      if (ck_tok_in_words (ctx, j, owners))
        return TRUE;
      if (!ck_tok_lower_word (ctx, j))
        return FALSE;
    }
  return FALSE;
}
