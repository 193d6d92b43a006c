/* periodical-cues.c — the words around a name that say it names a
 * periodical, or that it does not, for detect-periodical.c:
 *
 *   "the Institute of International Studies"  the tail of an institution's name
 *   "the Harbour Review of Fisheries"          a known name running on with "of"
 *   "Pell Weekly, a literary monthly which"    an appositive calls it a paper
 *   "stories now appearing in Pell Weekly"     pieces a paper is printing
 *   "the files of The Lamp"                    a paper's files, pages, columns
 *
 * Each test looks at a few tokens on one side of the name only, so the
 * detector stays linear.  Word lists are general English usage. */
#include "citekit.h"
#include "periodical-cues.h"

#include <string.h>

/* Heads of institutions' and posts' names that "of/for/on X" completes:
 * "the Institute of X", "Professor of X", "the Centre for X". */
static const char * const institution_heads[] = {
  "institute", "institution", "society", "council", "centre", "center", "school", "department", "ministry",
  "office", "board", "faculty", "college", "academy", "foundation", "commission", "committee", "bureau",
  "museum", "library", "chair", "professor", "professorship", "lecturer", "lectureship", "lecturers",
  "professors", "degree", "course", "courses", "tripos", "programme", "program", "secretary", "minister",
  "division", "section", "unit", "association", "federation", "league", "union", "trust", "fund", "agency",
  "service", "corporation", "company", "group", "project", "study", "studies", "journal", "archive",
  "archives", "collection", "conference", "congress", "seminar", "workshop", "prize", "award", NULL,
};

/* Posts that take "in X" for their subject: "lecturer in X". */
static const char * const post_in_heads[] = {
  "lecturer", "lecturers", "reader", "professor", "degree", "tutor", "fellow", "research", "diploma", NULL,
};

/* Nouns that, as the head of an appositive, call a name a periodical:
 * "X, a literary monthly".  Not "paper" (an essay) nor "review" (a
 * notice), which name single pieces as often. */
static const char * const appositive_nouns[] = {
  "journal", "magazine", "newspaper", "weekly", "monthly", "quarterly", "daily", "fortnightly", "periodical",
  "newsmagazine", "newsweekly", "tabloid", "broadsheet", "organ", "gazette", "bulletin", "biweekly",
  "bimonthly", "annual", NULL,
};

/* What may follow the appositive's head noun: a clause about the paper
 * ("which lost money", "edited by", "founded in"), not a noun the head
 * word qualifies ("a magazine editor", "a weekly column"). */
static const char * const appositive_followers[] = {
  "which", "that", "whose", "where", "edited", "founded", "published", "run", "started", "launched",
  "devoted", "of", "for", "in", "from", "then", "now", "and", "with", "based", "financed", "owned",
  "printed", "issued", "he", "she", "they", "we", "it", "later", "since", "until", "once", "long", NULL,
};

/* Pieces of writing that a paper prints. */
static const char * const running_pieces[] = {
  "stories", "story", "poems", "poem", "essays", "essay", "articles", "article", "pieces", "piece",
  "chapters", "instalments", "installments", "reviews", "columns", "column", "sketches", "serial", "cartoons",
  "letters", "translations", "extracts", "excerpts", "fragments", "reports", "dispatches", "verses", NULL,
};

/* Adverbs that put printing in a paper's present or routine. */
static const char * const running_adverbs[] = {
  "now", "currently", "regularly", "still", "weekly", "monthly", "often", "frequently", "lately", NULL,
};

/* Lower-case words that may stand between a piece and its verb or
 * between the verb and "in", none of which set the time. */
static const char * const other_adverbs[] = {
  "then", "already", "recently", "also", "first", "later", "once", "since", NULL,
};

/* Verbs whose progressive form is a paper's ("appearing in X"); their
 * past forms ("published in X") need an adverb of the present or of
 * routine, since books are published once. */
static const char * const running_verbs[] = { "appearing", "running", "printed", "appeared", "published",
                                              "serialized", "serialised", "ran", "reprinted", NULL };

/* Nouns before "of The X" that belong to a paper: its files, columns,
 * offices.  Not "pages" ("the pages of The Ambassadors" is a novel's). */
static const char * const the_of_nouns[] = {
  "files", "columns", "editorials", "readership", "masthead", "editorship", "proprietor", "offices", NULL,
};

/* "the back numbers of The X", "the early issues of The X": issues only
 * with a word that dates them ("the issues of The X" may be its themes). */
static const char * const issue_nouns[] = { "issues", "numbers", NULL };
static const char * const issue_dating[] = {
  "back", "early", "earliest", "first", "last", "later", "recent", "old", "bound", "surviving", NULL,
};

/* Nouns and verbs before "in/for/to The X": pieces it printed, writing
 * for it. */
static const char * const the_in_nouns[] = {
  "articles", "article", "editorials", "editorial", "dispatches", "columns", "column", "obituary", NULL,
};
static const char * const the_for_words[] = {
  "wrote", "writes", "writing", "written", "write", "reported", "reporting", "correspondent", "columnist",
  "reviewer", "critic", NULL,
};

static gboolean
lower_is (const CkExtractCtx *ctx, guint i, const char *word)
{
  return ck_tok_is (ctx, i, word) && (ck_tok (ctx, i)->flags & CK_TOKF_LOWER);
}

static gboolean
lower_in (const CkExtractCtx *ctx, guint i, const char * const *words)
{
  return ck_tok (ctx, i)->kind == CK_TOK_WORD && (ck_tok (ctx, i)->flags & CK_TOKF_LOWER) &&
         ck_tok_in_words (ctx, i, words);
}

gboolean
ck_per_inside_institution (const CkExtractCtx *ctx, guint s)
{
  guint h;
  if (s < 2 || ck_tok (ctx, s)->nl >= 2 || ck_tok (ctx, s - 1)->nl >= 2)
    return FALSE;
  h = s - 2;
  /* "lecturer in X" */
  if (lower_is (ctx, s - 1, "in"))
    return lower_in (ctx, h, post_in_heads);
  if (!(lower_is (ctx, s - 1, "of") || lower_is (ctx, s - 1, "for") || lower_is (ctx, s - 1, "on")))
    return FALSE;
  if (ck_tok (ctx, h)->kind != CK_TOK_WORD)
    return FALSE;
  /* only a head word: a person before "of" is no institution ("the
   * Karl Kraus of X"), nor a sentence's opening word ("Readers of X") */
  return ck_tok_in_words (ctx, h, institution_heads);
}

gboolean
ck_per_runs_on_of (const CkExtractCtx *ctx, guint e, guint pe)
{
  const CkToken *t;
  if (e + 1 >= pe || !lower_is (ctx, e, "of"))
    return FALSE;
  t = ck_tok (ctx, e + 1);
  /* "the Observer of 3 May", "the Times of London", "the Criterion of
   * Eliot's day" go on with a date, a place or a person */
  return t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_CAP) && !(t->flags & CK_TOKF_INITIAL) &&
         !ck_tok_in_lex (ctx, e + 1, CK_LEX_MONTHS) && !ck_tok_in_lex (ctx, e + 1, CK_LEX_PLACES) &&
         !ck_tok_in_lex (ctx, e + 1, CK_LEX_GIVEN_NAMES) && !ck_tok_is (ctx, e + 1, "the");
}

gboolean
ck_per_appositive_after (const CkExtractCtx *ctx, guint e, guint pe)
{
  static const char * const owners[] = { "his", "her", "its", "their", "our", NULL };
  static const char * const subjects[] = { "he", "she", "they", "we", NULL };
  guint k = e;
  gboolean owned;
  if (k + 3 >= pe || !ck_tok_is_punct (ctx, k, ',') ||
      !(lower_is (ctx, k + 1, "a") || lower_is (ctx, k + 1, "an") || lower_is (ctx, k + 1, "the") || lower_in (ctx, k + 1, owners)))
    return FALSE;
  owned = lower_in (ctx, k + 1, owners);
  /* at most three qualifying words before the head noun: "a short-lived
   * literary monthly", "his Boston paper" */
  for (k = e + 2; k < pe && k < e + 6; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      gboolean head;
      if (t->kind != CK_TOK_WORD || t->nl >= 2)
        return FALSE;
      /* "his Boston paper": a place qualifies the paper */
      if (!(t->flags & CK_TOKF_LOWER))
        {
          if (owned && ck_tok_cap_word (ctx, k))
            continue;
          return FALSE;
        }
      /* "paper" is a newspaper when it is someone's ("his paper") or
       * someone edited it ("the paper he edited"); else it may be an
       * essay */
      head = ck_tok_in_words (ctx, k, appositive_nouns) ||
             (ck_tok_is (ctx, k, "paper") && (owned || (k + 1 < pe && lower_in (ctx, k + 1, subjects))));
      if (head)
        {
          const CkToken *f;
          if (k + 1 >= pe)
            return TRUE;
          f = ck_tok (ctx, k + 1);
          if (f->nl >= 2)
            return TRUE;
          if (f->kind == CK_TOK_PUNCT)
            return f->ch == ',' || f->ch == '.' || f->ch == ';' || f->ch == ':' || f->ch == ')' || f->ch == 0x2014 ||
                   (f->ch == '-' && k + 2 < pe && ck_tok_is_punct (ctx, k + 2, '-'));
          if (lower_in (ctx, k + 1, appositive_followers))
            return TRUE;
          /* "the monthly Quell founded": a name, then its verb */
          if (k + 2 < pe && ck_tok_cap_word (ctx, k + 1) && ck_tok_lower_word (ctx, k + 2) &&
              ck_tok (ctx, k + 2)->end - ck_tok (ctx, k + 2)->start > 3 &&
              memcmp (ctx->text + ck_tok (ctx, k + 2)->end - 2, "ed", 2) == 0)
            return TRUE;
          /* "a monthly magazine": a later head noun may still come */
          continue;
        }
      /* the qualifiers are adjectives, not function words ("the editor of
       * a weekly") */
      if (ck_tok_in_lex (ctx, k, CK_LEX_FUNCTION_WORDS) || ck_tok_is (ctx, k, "and") || ck_tok_is (ctx, k, "or"))
        return FALSE;
    }
  return FALSE;
}

gboolean
ck_per_running_cue_before (const CkExtractCtx *ctx, guint s)
{
  guint j;
  gboolean present = FALSE;
  if (s < 3 || !lower_is (ctx, s - 1, "in"))
    return FALSE;
  j = s - 2;
  /* "published regularly in X" */
  if (lower_in (ctx, j, running_adverbs))
    {
      present = TRUE;
      j--;
    }
  else if (lower_in (ctx, j, other_adverbs))
    j--;
  if (!lower_in (ctx, j, running_verbs) || j == 0)
    return FALSE;
  present = present || ck_tok_is (ctx, j, "appearing") || ck_tok_is (ctx, j, "running");
  j--;
  /* "stories now appearing in X" */
  if (lower_in (ctx, j, running_adverbs))
    {
      present = TRUE;
      if (j == 0)
        return FALSE;
      j--;
    }
  else if (lower_in (ctx, j, other_adverbs))
    {
      if (j == 0)
        return FALSE;
      j--;
    }
  return present && lower_in (ctx, j, running_pieces);
}

gboolean
ck_per_the_cue_before (const CkExtractCtx *ctx, guint s)
{
  const CkToken *t = ck_tok (ctx, s);
  if (s < 3 || !ck_tok_is (ctx, s, "the") || !(t->flags & CK_TOKF_CAP) || t->nl >= 2 ||
      ck_sentence_start (ctx, s) == s || ck_tok (ctx, s - 1)->nl >= 2)
    return FALSE;
  if (lower_is (ctx, s - 1, "of"))
    return lower_in (ctx, s - 2, the_of_nouns) ||
           (lower_in (ctx, s - 2, issue_nouns) && lower_in (ctx, s - 3, issue_dating));
  if (lower_is (ctx, s - 1, "in"))
    return lower_in (ctx, s - 2, the_in_nouns);
  if (lower_is (ctx, s - 1, "for"))
    return lower_in (ctx, s - 2, the_for_words);
  /* "contributors to The X" */
  if (lower_is (ctx, s - 1, "to"))
    return lower_is (ctx, s - 2, "contributor") || lower_is (ctx, s - 2, "contributors") ||
           lower_is (ctx, s - 2, "contributing");
  return FALSE;
}

/* Determiners and possessives before an adjective. */
static const char * const determiners[] = {
  "a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "one",
  "another", "every", "each", "some", "any", "no", "which", "what", "whose", "leading", "local", NULL,
};

gboolean
ck_per_determiner_before (const CkExtractCtx *ctx, guint s)
{
  return s >= 1 && ck_tok (ctx, s)->nl < 2 && lower_in (ctx, s - 1, determiners);
}

/* Words before "to X": contributing to a paper. */
static const char * const to_words[] = {
  "contributed", "contributing", "contributor", "contributors", "contributes", "contribute", NULL,
};

/* Words before "of X": a paper's posts, readers and parts. */
static const char * const of_words[] = {
  "editor", "editors", "editorship", "founder", "founders", "readers", "subscribers", "issue", "issues",
  "pages", "files", "columns", "proprietor", "correspondent", NULL,
};

/* Words before "for X": writing for a paper. */
static const char * const for_words[] = {
  "wrote", "writes", "writing", "written", "write", "reviewed", "reviewing", "reported", "reporting", "articles",
  "article", "column", "columns", "pieces", "piece", "reviews", "essays", "stories", "correspondent",
  "columnist", "reviewer", NULL,
};

/* Verbs that take a paper as their object directly. */
static const char * const paper_verbs[] = {
  "edited", "founded", "co-founded", "co-edited", "launched", "coedited", "cofounded", NULL,
};

/* Nouns before "in X": pieces a paper printed. */
static const char * const in_words[] = {
  "articles", "article", "column", "columns", "essay", "essays", "review", "reviews", "piece", "pieces",
  "editorial", "editorials", "dispatches", "letters", "letter", "printed", "reprinted", "published",
  "appeared", "serialized", "serialised", "appearing", "writing", "wrote", "writes", NULL,
};

gboolean
ck_per_bare_tail_cue_before (const CkExtractCtx *ctx, guint s)
{
  if (s < 1 || ck_tok (ctx, s)->nl >= 2)
    return FALSE;
  if (lower_in (ctx, s - 1, paper_verbs))
    return TRUE;
  if (s < 2 || ck_tok (ctx, s - 1)->nl >= 2)
    return FALSE;
  if (lower_is (ctx, s - 1, "to"))
    return lower_in (ctx, s - 2, to_words);
  if (lower_is (ctx, s - 1, "of"))
    return lower_in (ctx, s - 2, of_words);
  if (lower_is (ctx, s - 1, "for"))
    return lower_in (ctx, s - 2, for_words);
  if (lower_is (ctx, s - 1, "in"))
    return lower_in (ctx, s - 2, in_words);
  return FALSE;
}

/* First words of newspapers' names: "the Daily X", "the Sunday X". */
static const char * const paper_heads[] = { "Daily", "Sunday", "Evening", "Morning", NULL };

/* Words after a paper head that make a thing, not a paper: "the Sunday
 * School", "the Evening Service". */
static const char * const not_paper_after_head[] = {
  "School", "Schools", "Service", "Services", "Mass", "Prayer", "Prayers", "Office", "Star", "Show", "Light",
  "Bread", "Special", "Best", "Morning", "Evening", "Afternoon", "Night", "Session", "Sessions", "Shift",
  "Market", "Club", NULL,
};

/* Newspapers' words after a place or a head: "the Lymington Star", "the
 * Sunday Record".  Not "Press" ("for the Oxford Press" is a publisher). */
static const char * const city_paper_words[] = {
  "Post", "News", "Star", "Mail", "Standard", "Record", "Echo", "Sun", "Herald", "Times", "Journal",
  "Chronicle", "Gazette", "Tribune", "Telegraph", "Courier", "Advertiser", "Examiner", "Bulletin", "Argus",
  "Leader", "Observer", "Guardian", "Globe", "Mercury", "Dispatch", "Inquirer", NULL,
};

gboolean
ck_per_city_paper_word (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_cap_word (ctx, k) && ck_tok_in_words (ctx, k, city_paper_words);
}

static gboolean
cap_in (const CkExtractCtx *ctx, guint i, const char * const *words)
{
  const CkToken *t = ck_tok (ctx, i);
  if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP))
    return FALSE;
  for (guint k = 0; words[k]; k++)
    if (strlen (words[k]) == t->end - t->start && strncmp (ctx->text + t->start, words[k], t->end - t->start) == 0)
      return TRUE;
  return FALSE;
}

guint
ck_per_paper_shape_end (const CkExtractCtx *ctx, guint s, guint run_end)
{
  guint last;
  /* the capitalised words that open the run: "the Bristol Evening Post
   * and of the Clarion" */
  for (guint k = s; k < run_end; k++)
    if (!ck_tok_cap_word (ctx, k) || (ck_tok (ctx, k)->flags & CK_TOKF_INITIAL) || (k > s && ck_tok (ctx, k)->nl >= 2))
      {
        run_end = k;
        break;
      }
  if (run_end < s + 2 || run_end > s + 4)
    return s;
  /* "the Sunday Record": a head and a newspaper's word.  A head and any
   * other word is as often a paper in a novel ("the Daily" and a comic
   * noun) as a real one */
  if (cap_in (ctx, s, paper_heads) && run_end == s + 2 && !cap_in (ctx, s + 1, not_paper_after_head) &&
      cap_in (ctx, s + 1, city_paper_words))
    return run_end;
  /* "the Lymington Star", "the Bristol Evening Post": a place, perhaps
   * a head, and a newspaper's word */
  last = run_end - 1;
  if (!cap_in (ctx, last, city_paper_words))
    return s;
  if (last > s && cap_in (ctx, last - 1, paper_heads))
    last--;
  return last > s && ck_span_in_lex (ctx, s, last, CK_LEX_PLACES) ? run_end : s;
}

/* Words of periodicity used as nouns for a paper.  Not "daily" ("a daily
 * Mass"), "review" ("in his review Smith says") nor "paper" ("the paper
 * Smith gave"). */
static const char * const period_nouns[] = {
  "weekly", "monthly", "quarterly", "fortnightly", "bimonthly", "biweekly", NULL,
};

/* Lower-case words that may follow a paper's one-word name: a clause, a
 * list, a verb. */
static const char * const after_name[] = {
  "and", "or", "which", "that", "where", "whose", "was", "is", "had", "has", "have", "were", "published",
  "printed", "ran", "carried", "serialized", "serialised", "in", "for", "from", "to", "during", "until",
  "since", "then", "under", "at", "with", NULL,
};

gboolean
ck_per_period_noun_around (const CkExtractCtx *ctx, guint s, guint pe)
{
  const CkToken *f;
  if (s < 2 || !lower_in (ctx, s - 1, period_nouns) || ck_tok (ctx, s)->nl >= 2)
    return FALSE;
  if (s + 1 >= pe)
    return TRUE;
  f = ck_tok (ctx, s + 1);
  if (f->nl >= 2)
    return TRUE;
  if (f->kind == CK_TOK_PUNCT)
    return f->ch == ',' || f->ch == '.' || f->ch == ';' || f->ch == ':' || f->ch == ')' || f->ch == '(';
  return lower_in (ctx, s + 1, after_name);
}

gboolean
ck_per_citation_container (const CkExtractCtx *ctx, guint s, guint e, guint pe)
{
  /* a closing quote, perhaps after its comma: '"Title," X' or '"Title", X' */
  if (s >= 1 && ck_tok (ctx, s - 1)->kind == CK_TOK_QUOTE_CLOSE)
    return TRUE;
  if (s >= 2 && ck_tok_is_punct (ctx, s - 1, ',') && ck_tok (ctx, s - 2)->kind == CK_TOK_QUOTE_CLOSE)
    return TRUE;
  /* "X, 7 (Summer 1974)", "X, vol. 7" */
  if (e + 1 < pe && ck_tok_is_punct (ctx, e, ','))
    {
      const CkToken *t = ck_tok (ctx, e + 1);
      if (t->kind == CK_TOK_NUMBER && !(t->flags & CK_TOKF_YEAR))
        return TRUE;
      if (ck_tok_is (ctx, e + 1, "vol") || ck_tok_is (ctx, e + 1, "volume") || ck_tok_is (ctx, e + 1, "no"))
        return TRUE;
    }
  return FALSE;
}

/* First words of learned journals' names before "of".  Not "Annals"
 * (Tacitus's) nor "Proceedings" (a conference's book). */
static const char * const learned_heads[] = { "Journal", "Bulletin", "Transactions", NULL };

/* Last words of learned journals' names: a discipline or a learned body
 * ("Journal of the Plague Year" is a book). */
static const char * const learned_tails[] = {
  "Studies", "History", "Science", "Sciences", "Society", "Association", "Institute", "Economics", "Research",
  "Affairs", "Politics", "Philosophy", "Literature", "Law", "Medicine", "Psychology", "Sociology",
  "Anthropology", "Archaeology", "Linguistics", "Education", "Theology", "Religion", "Geography", "Ecology",
  "Biology", "Chemistry", "Physics", "Mathematics", "Statistics", "Management", "Policy", "Criticism",
  "Aesthetics", "Musicology", "Architecture", "Ideas", "Thought", "Theory", "Economy", "Development",
  "Planning", "Letters", "Library", "Museum", "Academy", "College", "University", "Languages", "Classics",
  NULL,
};

guint
ck_per_learned_shape_end (const CkExtractCtx *ctx, guint s, guint run_end)
{
  guint k = s + 1;
  if (!cap_in (ctx, s, learned_heads) || k >= run_end || !lower_is (ctx, k, "of"))
    return s;
  k++;
  if (k < run_end && lower_is (ctx, k, "the"))
    k++;
  /* the word after "of" has a capital ("Journal of a Tour" is a book) */
  if (k >= run_end || !ck_tok_cap_word (ctx, k))
    return s;
  /* the name ends at its last learned word */
  for (guint e = run_end; e > k; e--)
    if (cap_in (ctx, e - 1, learned_tails))
      return e;
  return s;
}

/* Last words of an italic name that make it a periodical's.  Not
 * "Times" ("Hard Times"), "Journal" ("A Writer's Journal"), "Chronicle",
 * "Today" or "Herald", which end books' titles too. */
static const char * const italic_tails[] = {
  "Review", "Quarterly", "Magazine", "Weekly", "Monthly", "Gazette", "Bulletin", "Tribune", "Courier",
  "Telegraph", "Advertiser", "Examiner", "Inquirer", "Enquirer", "Dispatch", "Despatch", "Intelligencer",
  NULL,
};

/* Words before "for <i>X</i>": writing for a paper, not a piece ("stories
 * for <i>Children</i>" may be a book's). */
static const char * const italic_for_words[] = {
  "wrote", "writes", "writing", "written", "write", "reviewed", "reviewing", "reported", "reporting",
  "columnist", "correspondent", "reviewer", "critic", NULL,
};

/* Words before "of <i>X</i>": a paper's files and offices (not its
 * editor: "the editor of <i>The Collected Poems</i>"). */
static const char * const italic_of_words[] = {
  "files", "columns", "offices", "proprietor", "subscribers", "masthead", NULL,
};

gboolean
ck_per_italic_periodical (const CkExtractCtx *ctx, guint open, guint s, guint e, guint after)
{
  guint n = ck_n_toks (ctx);
  if (e <= s)
    return FALSE;
  if (ck_span_in_lex (ctx, s, e, CK_LEX_PERIODICALS))
    return TRUE;
  /* "<i>The Adelphi</i>" where the lexicon has the bare name, and the
   * reverse */
  if (e > s + 1 && ck_tok_is (ctx, s, "the") && ck_span_in_lex (ctx, s + 1, e, CK_LEX_PERIODICALS))
    return TRUE;
  {
    g_autofree char *span = ck_span_dup (ctx, s, e);
    g_autofree char *with_the = span ? g_strconcat ("The ", span, NULL) : NULL;
    const char *v = with_the ? ck_lex_lookup (CK_LEX_PERIODICALS, with_the, -1) : NULL;
    if (v && !*v)
      return TRUE;
  }
  if (cap_in (ctx, e - 1, italic_tails))
    return TRUE;
  if (after < n && (lower_is (ctx, after, "magazine") || lower_is (ctx, after, "newspaper")) &&
      ck_tok (ctx, after)->nl < 2)
    return TRUE;
  if (ck_per_running_cue_before (ctx, open))
    return TRUE;
  if (open < 2 || ck_tok (ctx, open - 1)->nl >= 2)
    return FALSE;
  if (lower_is (ctx, open - 1, "for"))
    return lower_in (ctx, open - 2, italic_for_words);
  if (lower_is (ctx, open - 1, "to"))
    return lower_in (ctx, open - 2, to_words);
  if (lower_is (ctx, open - 1, "of"))
    return lower_in (ctx, open - 2, italic_of_words);
  return FALSE;
}

gboolean
ck_per_quoted_periodical (const CkExtractCtx *ctx, guint open, guint s, guint e)
{
  gboolean the_before = open >= 1 && lower_is (ctx, open - 1, "the") && ck_tok (ctx, open)->nl < 2;
  gboolean known;
  if (e <= s || e > s + 6)
    return FALSE;
  known = ck_span_in_lex (ctx, s, e, CK_LEX_PERIODICALS) ||
          (e > s + 1 && ck_tok_is (ctx, s, "the") && ck_span_in_lex (ctx, s + 1, e, CK_LEX_PERIODICALS));
  if (!known)
    {
      g_autofree char *span = ck_span_dup (ctx, s, e);
      g_autofree char *with_the = span ? g_strconcat ("The ", span, NULL) : NULL;
      const char *v = with_the ? ck_lex_lookup (CK_LEX_PERIODICALS, with_the, -1) : NULL;
      known = v && !*v;
    }
  /* a known name after "the" or a cue; an unknown one ending in a
   * periodical's word after "the" ('the "Tidewater Weekly"') */
  if (the_before)
    return known || cap_in (ctx, e - 1, italic_tails);
  if (!known || open < 2 || ck_tok (ctx, open - 1)->nl >= 2)
    return FALSE;
  if (lower_is (ctx, open - 1, "for"))
    return lower_in (ctx, open - 2, italic_for_words);
  if (lower_is (ctx, open - 1, "to"))
    return lower_in (ctx, open - 2, to_words);
  if (lower_is (ctx, open - 1, "in"))
    return lower_in (ctx, open - 2, in_words);
  return FALSE;
}

/* Verbs whose "in X" names the paper that printed a piece: "quoted in
 * X", "serialised in X" ("reprinted in X", "excerpted in X" as often
 * name a book). */
static const char * const venue_in_verbs[] = {
  "quoted", "serialised", "serialized", NULL,
};

/* Parts of a serial: "serialised in four parts in X". */
static const char * const serial_parts[] = {
  "parts", "instalments", "installments", "episodes", "numbers", NULL,
};

/* Posts held at a paper: "the correspondents for X", "a stringer for X"
 * (a post in detect-periodical.c's press_jobs names an employer, never a
 * periodical cited, and is not listed here). */
static const char * const venue_posts[] = {
  "correspondents", "stringer", NULL,
};

/* What ends a paper's life: "X until its suppression". */
static const char * const paper_ends[] = {
  "suppression", "closure", "banning", "demise", "closing", NULL,
};

gboolean
ck_per_venue_cue_before (const CkExtractCtx *ctx, guint s)
{
  if (s < 2 || ck_tok (ctx, s)->nl >= 2)
    return FALSE;
  /* "a stringer for X" */
  if (lower_is (ctx, s - 1, "for"))
    return lower_in (ctx, s - 2, venue_posts);
  if (!lower_is (ctx, s - 1, "in"))
    return FALSE;
  if (lower_in (ctx, s - 2, venue_in_verbs))
    return TRUE;
  /* "serialised in four parts in X": the verb a few words back */
  if (s >= 4 && lower_in (ctx, s - 2, serial_parts))
    for (guint k = s - 3; k + 6 > s && k > 0; k--)
      {
        if (lower_in (ctx, k, venue_in_verbs))
          return TRUE;
        if (ck_tok (ctx, k)->kind != CK_TOK_WORD && ck_tok (ctx, k)->kind != CK_TOK_NUMBER)
          return FALSE;
      }
  return FALSE;
}

gboolean
ck_per_venue_cue_after (const CkExtractCtx *ctx, guint e, guint pe)
{
  return e + 2 < pe && lower_is (ctx, e, "until") && lower_is (ctx, e + 1, "its") && lower_in (ctx, e + 2, paper_ends);
}

/* Newspapers' words that end no common phrase in capitals after "the":
 * "the Harbour Gazette", "the Sailor's Journal". */
static const char * const paper_last_words[] = {
  "Gazette", "Journal", "Chronicle", "Herald", "Tribune", "Courier", "Clarion", "Advertiser", "Examiner", "Inquirer",
  "Enquirer", "Dispatch", "Despatch", "Sentinel", "Intelligencer", "Courant", "Argus", NULL,
};

guint
ck_per_the_paper_end (const CkExtractCtx *ctx, guint s, guint limit)
{
  guint words = 0, k = s;
  if (s < 1 || !lower_is (ctx, s - 1, "the") || ck_tok (ctx, s)->nl >= 2)
    return s;
  /* capitalised words, a possessive glued to one ("the Sailor's
   * Journal"), at most four words */
  for (; k < limit && words <= 4; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_POSS && k > s && ck_tok (ctx, k - 1)->end == t->start)
        continue;
      if (!ck_tok_cap_word (ctx, k) || (t->flags & CK_TOKF_INITIAL) || (k > s && t->nl >= 2))
        break;
      words++;
    }
  if (words < 2 || words > 4 || !cap_in (ctx, k - 1, paper_last_words))
    return s;
  return k;
}
