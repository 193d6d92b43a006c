/* detect-prose-shape.c — titles in running prose marked by nothing but
 * their shape: no quotes, no italics, no year.
 *
 *   "Quill's enormous The Natural History of the Lamprey is"  a word that
 *   "so is When the Herons Came Back, which"                  prose writes
 *   "In A Field Guide to Sluices she is drier"                 in lower case
 *                                                              opens a run
 *   "Her Collected Lyrics came out", "their early Moorland Diaries"
 *                                                a possessive, a genre noun
 *   "The House of the Grey Herons, which ran for a year in Dublin, was her
 *    only play."                      a sentence that says the run is a work
 *   "Her debut, Brine Weather, was …"      a noun of a career in apposition
 *   "Copper Lanes was reprinted twice", "T sold badly"    a book's fate
 *
 * Why these are safe: in running English an article, a preposition or a
 * wh-word is capitalised in mid-sentence only when it opens a name, and the
 * names it opens are titles, periodicals ("The Times"), places ("The
 * Hague", usually "the Hague") and bands; so the run must still pass the
 * weak test of title-weak.c (no event, place, institution, person) and
 * name no periodical.  A genre noun at the head of a possessed run ("her
 * … Letters", "his … Trilogy") is what parties, relatives and houses never
 * have ("his Labour Party", "her Aunt Maud").  The author is found from the
 * context, like a pronoun's (merge.c).
 */
#include "title-short.h"

/* Words that prose writes in lower case in mid-sentence: capitalised
 * after a lower-case word they open a title ("the sprawling The Long
 * Shore", "so is When the Gulls Came Home").  "I" is always capitalised,
 * possessives open honorifics ("Her Majesty"), so neither is here. */
static const char * const openers[] = {
  "The", "A", "An", "When", "Where", "What", "How", "Why", "Who", "If", "As", "In", "On", "At", "Of",
  "For", "To", "From", "With", "Under", "After", "Before", "Between", "Beyond", "Into", "My", "Goodbye",
  "Farewell", NULL,
};
/* ("No", "All", "Every", "Only" are left out: idioms and emphasis
 * capitalise them, "No Man's Land".) */

/* Words of naming before a capital opener: what follows is a nickname, a
 * character ("a convict called The Misfit") or a translation's title
 * ("announced in English as The T"), which detect-named.c and the
 * translation detectors read with the work they name.  "such as" is kept
 * (a list of examples). */
static const char * const naming[] = { "called", "named", "nicknamed", "dubbed", "christened", "styled",
                                       "as", NULL };

/* Verbs whose object is a person, a band, a team, a ship or a body, not
 * a book: "she managed The Rolling X", "voted for The Y", "played for
 * The Z", "sailed on The W". */
static const char * const meeting[] = { "met", "meets", "meet", "married", "marries", "visited", "visits",
                                        "joined", "joins", "elected", "hired", "employed", "managed", "manages",
                                        "voted", "signed", "supported", "toured", "led", "played", "coached",
                                        "captained", "served", "sailed", "crossed", NULL };

/* Prepositions that may open a sentence before a capital article: "In A
 * Field Guide to Sluices she …", "Unlike The Long Shore, it …". */
static const char * const sentence_preps[] = {
  "In", "On", "With", "From", "Unlike", "Like", "After", "Before", "Since", "Throughout", "Beside", NULL,
};

/* The head of a possessed run that makes it a work: "her Collected
 * Lyrics", "his Lowland Trilogy", "Vell's Letters from the Coast".  Plural
 * nouns of kinds of writing and the nouns of a series (general English
 * usage); "Papers" and "Journal" are left out (archives, periodicals),
 * "Lectures" and "Sermons" too (a series of occasions: "this year's X
 * Lectures"). */
static const char * const genre_heads[] = {
  "Trilogy", "Tetralogy", "Quartet", "Quintet", "Sequence", "Diaries", "Diary", "Journals", "Letters",
  "Poems", "Lyrics", "Stories", "Tales", "Essays", "Sonnets", "Ballads", "Elegies", "Odes", "Songs",
  "Sketches", "Notebooks", "Memoirs", "Recollections", "Reminiscences", "Confessions", "Meditations",
  "Reflections", "Travels", "Chronicles", "Fables", "Verses", "Cantos", "Plays", "Novels", "Works",
  "Writings", "Prose", "Aphorisms", "Epigrams", "Dialogues", NULL,
};

/* Adjectives of a work's reception: after a possessive they mark the
 * capitalised run that follows as a work ("her prize-winning T", "Vell's
 * much-praised T"); general English usage of reviews. */
static const char * const acclaim[] = {
  "prize-winning", "award-winning", "best-selling", "bestselling", "much-praised", "much-admired",
  "much-acclaimed", "acclaimed", "long-awaited", "much-anthologised", "much-anthologized", "underrated",
  "overrated", "unfinished", "unpublished", "posthumous", "out-of-print", "much-reprinted", "much-translated",
  "best-known", NULL,
};

/* Nouns of a kind of work, for "T, which …, was her only play". */
static const char * const work_nouns[] = {
  "novel", "novella", "play", "book", "poem", "collection", "memoir", "study", "biography", "comedy",
  "tragedy", "thriller", "story", "history", "opera", "libretto", "sequence", "volume", "work", NULL,
};

static const char * const preps[] = { "of", "in", "on", "for", "to", "about", "with", "by", "from", "at", NULL };

static const char * const be_verbs[] = { "was", "is", "remains", "remained", "became", "proved", NULL };

/* It ends where a clause does: a lower-case word, or a punctuation mark
 * other than "(" (an imprint or a year is for the detectors before). */
static gboolean
ends_clause (const CkExtractCtx *ctx, guint te)
{
  if (te >= ck_n_toks (ctx))
    return TRUE;
  if (ck_tok (ctx, te)->kind == CK_TOK_PUNCT)
    return !ck_tok_is_punct (ctx, te, '(');
  return ck_tok_lower_word (ctx, te) || ck_tok (ctx, te)->kind == CK_TOK_QUOTE_CLOSE;
}

/* Not a heading or a label: a line of its own with no sentence end. */
static gboolean
in_prose (const CkExtractCtx *ctx, guint i)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i));
  return !(pp->flags & CK_PARA_SHORT);
}

/* The end of the title-case run at @ts within its sentence, across single
 * line breaks, without trailing function words; @ts when none. */
static guint
run_end (const CkExtractCtx *ctx, guint ts)
{
  /* (the scanner stops at a sentence's stop and a paragraph break by
   * itself, and is bounded; no need to look for the sentence's end) */
  guint te = ck_title_span_forward (ctx, ts, ck_n_toks (ctx), TRUE);
  /* "The Strand and The Boy's Paper": a capital article after "and" or
   * "or" opens a second title; so it does after "to" ("from T1 to The
   * T2", "went on through T1 to The T2"), since title case writes "to the" */
  for (guint k = ts + 1; k + 1 < te; k++)
    if ((ck_tok_is (ctx, k, "and") || ck_tok_is (ctx, k, "or") || ck_tok_is (ctx, k, "to")) && ck_tok_lower_word (ctx, k) &&
        (ck_tok_is (ctx, k + 1, "The") || ck_tok_is (ctx, k + 1, "A") || ck_tok_is (ctx, k + 1, "An")) &&
        ck_tok_cap_word (ctx, k + 1))
      {
        te = k;
        break;
      }
  while (te > ts + 1 && ck_tok (ctx, te - 1)->kind == CK_TOK_WORD && !(ck_tok (ctx, te - 1)->flags & CK_TOKF_CAP))
    te--;
  return te;
}

/* Whether token @k is an institution or event word (non-titles.txt,
 * detect-context.c's institution words). */
static gboolean
body_word (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  const char *kind = ck_lex_lookup (CK_LEX_NON_TITLES, ctx->text + t->start, t->end - t->start);
  return (kind && (g_str_equal (kind, "institution") || g_str_equal (kind, "event"))) ||
         ck_ctx_institution_word (ctx->text + t->start, t->end - t->start);
}

/* Capitalised words in [ts,te) other than the openers. */
static guint
caps_in (const CkExtractCtx *ctx, guint ts, guint te)
{
  guint caps = 0;
  for (guint k = ts; k < te; k++)
    if (ck_tok_cap_word (ctx, k) && !ck_tok_in_words (ctx, k, openers))
      caps++;
  return caps;
}

/* How much the context has said about a run. */
typedef enum {
  RUN_WEAK,    /* only its capitals: the weak test of title-weak.c */
  RUN_GENRE,   /* a genre noun heads it: no event, place, institution, person */
  RUN_WORK,    /* the sentence says it is a work: no person */
} RunMark;

/* Whether [ts,te) may be taken: unclaimed, plausible, no periodical, and
 * the tests @mark asks for. */
static gboolean
run_ok (const CkExtractCtx *ctx, guint ts, guint te, RunMark mark)
{
  if (te <= ts + 1 || ck_is_claimed (ctx, ts, te) || !ck_title_plausible (ctx, ts, te))
    return FALSE;
  if (caps_in (ctx, ts, te) == 0 || ck_names_periodical (ctx, ts, te) || ck_span_in_lex (ctx, ts, te, CK_LEX_PERIODICALS))
    return FALSE;
  if (mark == RUN_WORK)
    return !ck_ctx_names_person (ctx, ts, te);
  /* "The Royal Society of Literature": an institution or event word
   * before an inner "of" heads a body's name, wherever it stands */
  for (guint k = ts + 1; k + 1 < te; k++)
    if (ck_tok_cap_word (ctx, k) && ck_tok_is (ctx, k + 1, "of") && body_word (ctx, k))
      return FALSE;
  if (mark == RUN_GENRE)
    return !ck_ctx_names_non_work (ctx, ts, te) && !ck_ctx_names_person (ctx, ts, te);
  return ck_ctx_weak_title_ok (ctx, ts, te, ck_sentence_start (ctx, ts));
}

static void
add_title (CkExtractCtx *ctx, const CkDetector *det, guint ts, guint te, guint who)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
  ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, te - 1)->end, who, CK_MENTION_PRONOUN);
  ck_claim (ctx, ts, te);
}

/* "the sprawling The Long Shore", "In A Field Guide to Sluices she":
 * the end of the title opened at @i, or @i. */
static guint
capital_opener (const CkExtractCtx *ctx, guint i)
{
  guint ss, te;
  gboolean after_prep;
  /* (an "A." is an initial or opens an abbreviation: "the A.S.A. volume";
   * the cheap tests first, so that the sentence is looked for rarely) */
  if (i == 0 || !ck_tok_cap_word (ctx, i) || (ck_tok (ctx, i)->flags & (CK_TOKF_UPPER | CK_TOKF_INITIAL)) ||
      !ck_tok_in_words (ctx, i, openers) || ck_tok_is_punct (ctx, i + 1, '.'))
    return i;
  ss = ck_sentence_start (ctx, i);
  if (i <= ss)
    return i;
  /* a sentence-opening preposition, then a capital article */
  after_prep = i == ss + 1 && ck_tok_in_words (ctx, ss, sentence_preps) &&
               (ck_tok_is (ctx, i, "The") || ck_tok_is (ctx, i, "A") || ck_tok_is (ctx, i, "An"));
  if (!after_prep && !ck_tok_lower_word (ctx, i - 1) && ck_tok (ctx, i - 1)->kind != CK_TOK_POSS)
    return i;
  if (ck_tok_in_words (ctx, i - 1, naming) && !(i >= 2 && ck_tok_is (ctx, i - 2, "such")))
    return i;
  /* "sailed on The Queen Mary", "a guest of The Duke of X": a name
   * after the article (an honorific, a given name) is a ship's, a
   * person's */
  if (i + 1 < ck_n_toks (ctx) && ck_ctx_opens_with_name (ctx, i + 1))
    return i;
  /* verbs whose object is a person or a body, not a book */
  if (ck_tok_in_words (ctx, i - 1, meeting) ||
      (i >= 2 && ck_tok_lower_word (ctx, i - 1) && (ck_tok (ctx, i - 1)->flags & CK_TOKF_FUNC) &&
       ck_tok_in_words (ctx, i - 2, meeting)))
    return i;
  /* "a letter To The Editor": two capitalised openers in a row are a
   * headline's capitals, not a title's */
  if (i + 1 < ck_n_toks (ctx) && ck_tok_cap_word (ctx, i + 1) && ck_tok_in_words (ctx, i + 1, openers))
    return i;
  te = run_end (ctx, i);
  /* "sent to The Tower", "drinks at The Bull": one word after the article
   * names a building, a pub or a ship as often; only an owner or an
   * adjective of acclaim makes it a work ("Vell's The Waves") */
  if (te == i + 2 && ck_tok (ctx, i - 1)->kind != CK_TOK_POSS && !ck_tok_in_words (ctx, i - 1, acclaim))
    return i;
  /* "In The Hague", "On The Other Hand": after an opening preposition a
   * capital "The" opens places, decades and idioms as often, so the run
   * must show a title's shape too (an inner lower-case function word) */
  if (after_prep && ck_tok_is (ctx, i, "The"))
    {
      gboolean shape = FALSE;
      for (guint k = i + 2; k + 1 < te && !shape; k++)
        shape = ck_tok_lower_word (ctx, k) && (ck_tok (ctx, k)->flags & CK_TOKF_FUNC) && !ck_tok_is (ctx, k, "and");
      if (!shape)
        return i;
    }
  /* "which he liked\nThe Germans came": at the start of a line a capital
   * may open a sentence whose stop was lost, so two capitalised words
   * must follow the article */
  if (ck_tok (ctx, i)->nl && caps_in (ctx, i, te) < 2)
    return i;
  /* "… of Tom at noon": a run ending on a given name is a person's name
   * (or the start of one) */
  if (!ends_clause (ctx, te) || !run_ok (ctx, i, te, RUN_WEAK) || ck_tok_in_lex (ctx, te - 1, CK_LEX_GIVEN_NAMES))
    return i;
  return te;
}

/* "her Collected Lyrics", "their early Moorland Diaries", "Vell's
 * Lowland Trilogy": the start of the run after the possessive at @p (and
 * at most two lower-case adjectives), its end in *@out_te; or G_MAXUINT. */
/* A possessive 's after a capitalised word: a person's ("Vell's"), not a
 * time's ("this year's X Lectures"). */
static gboolean
named_owner (const CkExtractCtx *ctx, guint p)
{
  return p > 0 && ck_tok (ctx, p)->kind == CK_TOK_POSS && ck_tok_cap_word (ctx, p - 1);
}

/* "the Vienna String Quartet": a place or an ensemble's word before the
 * noun names players, not a series of books. */
static gboolean
names_ensemble (const CkExtractCtx *ctx, guint ts, guint te)
{
  static const char * const ensemble[] = { "String", "Piano", "Wind", "Brass", "Chamber", "Jazz", "Vocal",
                                           "Barbershop", "Saxophone", "Clarinet", NULL };
  for (guint k = ts; k < te; k++)
    if (ck_tok_in_lex (ctx, k, CK_LEX_PLACES) || ck_tok_in_words (ctx, k, ensemble))
      return TRUE;
  return FALSE;
}

static guint
possessed_genre (const CkExtractCtx *ctx, guint p, guint *out_te)
{
  guint ts = p + 1, te, n = ck_n_toks (ctx);
  gboolean genre = FALSE;
  if (!(named_owner (ctx, p) || ck_tok_is (ctx, p, "his") || ck_tok_is (ctx, p, "her") ||
        ck_tok_is (ctx, p, "their")))
    return G_MAXUINT;
  while (ts < n && ts < p + 3 && ck_tok_lower_word (ctx, ts) && !(ck_tok (ctx, ts)->flags & CK_TOKF_FUNC))
    ts++;
  if (ts >= n || !ck_tok_cap_word (ctx, ts) || ck_tok_in_words (ctx, ts, openers))
    return G_MAXUINT;
  te = run_end (ctx, ts);
  /* the genre noun ends the run or heads it before "of", "from", "to" */
  for (guint k = ts; k < te && !genre; k++)
    genre = ck_tok_cap_word (ctx, k) && ck_tok_in_words (ctx, k, genre_heads) &&
            (k + 1 == te || ck_tok_lower_word (ctx, k + 1));
  if (!genre || !ends_clause (ctx, te))
    return G_MAXUINT;
  /* "her Harbour Quartet": a genre noun that also ends a body's name
   * (a string quartet) proves nothing against the run; the words
   * before it must pass alone */
  if (!run_ok (ctx, ts, te, RUN_GENRE) &&
      !(te > ts + 1 && ck_tok_in_lex (ctx, te - 1, CK_LEX_NON_TITLES) && !ck_is_claimed (ctx, ts, te) &&
        !ck_ctx_names_non_work (ctx, ts, te - 1) && !ck_ctx_names_person (ctx, ts, te - 1) &&
        !ck_names_periodical (ctx, ts, te) && !names_ensemble (ctx, ts, te - 1)))
    return G_MAXUINT;
  *out_te = te;
  return ts;
}



/* "her prize-winning Brine Weather": the start of the run after a
 * possessive and an adjective of acclaim at @p + 1, its end in *@out_te;
 * or G_MAXUINT. */
static guint
acclaimed_run (const CkExtractCtx *ctx, guint p, guint *out_te)
{
  guint ts = p + 2, te;
  if (ts >= ck_n_toks (ctx) ||
      !(named_owner (ctx, p) || ck_tok_is (ctx, p, "his") || ck_tok_is (ctx, p, "her") ||
        ck_tok_is (ctx, p, "their")) ||
      !ck_tok_lower_word (ctx, p + 1) || !ck_tok_in_words (ctx, p + 1, acclaim) || !ck_tok_cap_word (ctx, ts) ||
      ck_tok_in_words (ctx, ts, openers))
    return G_MAXUINT;
  te = run_end (ctx, ts);
  if (!ends_clause (ctx, te) || !run_ok (ctx, ts, te, RUN_GENRE))
    return G_MAXUINT;
  *out_te = te;
  return ts;
}

/* "The House of the Grey Herons, which ran for a year in Dublin, was her
 * only play": a run opening the sentence with a title's shape, and the
 * sentence saying, after a comma, that it "was" a work. */
static gboolean
names_work_after (const CkExtractCtx *ctx, guint k, guint se)
{
  /* "was her only play", "is the best novel", "remains his finest book" */
  for (guint q = k + 1; q < se && q < k + 5 && ck_tok_lower_word (ctx, q); q++)
    {
      if (ck_tok_in_words (ctx, q, work_nouns))
        return TRUE;
      /* "was the setting of his novel": the work is another one */
      if (ck_tok_in_words (ctx, q, preps))
        return FALSE;
    }
  return FALSE;
}

/* What happens only to a book: "T was reprinted twice", "T has never
 * been out of print", "T sold badly", "T went into six editions". */
static const char * const book_fates[] = { "reprinted", "reissued", "republished", "serialised", "serialized",
                                           "remaindered", "pulped", "abridged", "dramatised", "dramatized",
                                           "translated", NULL };
static const char * const auxiliaries[] = { "was", "were", "is", "has", "had", "have", "been", "be", "never",
                                            "soon", "quickly", "later", "often", "since", "first", "not", "still",
                                            "twice", "promptly", "duly", NULL };
static const char * const sales[] = { "badly", "well", "poorly", "slowly", "steadily", "out", "modestly", NULL };
static const char * const printings[] = { "editions", "printings", "impressions", "reprints", NULL };

/* Whether the words from @k tell a book's fate. */
static gboolean
book_fate_at (const CkExtractCtx *ctx, guint k, guint se)
{
  guint q = k;
  /* "sold badly", "went out of print", "went into six editions" */
  if (ck_tok_is (ctx, q, "sold") && q + 1 < se && ck_tok_in_words (ctx, q + 1, sales))
    return TRUE;
  if (ck_tok_is (ctx, q, "went") && q + 3 < se && ck_tok_is (ctx, q + 1, "out") && ck_tok_is (ctx, q + 2, "of") &&
      ck_tok_is (ctx, q + 3, "print"))
    return TRUE;
  if (ck_tok_is (ctx, q, "went") && q + 3 < se && ck_tok_is (ctx, q + 1, "into") &&
      ck_tok_in_words (ctx, q + 3, printings))
    return TRUE;
  while (q < se && q < k + 4 && ck_tok_lower_word (ctx, q) && ck_tok_in_words (ctx, q, auxiliaries))
    q++;
  if (q == k || q >= se || !ck_tok_lower_word (ctx, q))
    return FALSE;
  if (ck_tok_in_words (ctx, q, book_fates))
    return TRUE;
  /* "has never been out of print", "is still in print" */
  return q + 2 < se && ((ck_tok_is (ctx, q, "out") && ck_tok_is (ctx, q + 1, "of") && ck_tok_is (ctx, q + 2, "print")) ||
                        (ck_tok_is (ctx, q, "in") && ck_tok_is (ctx, q + 1, "print")));
}

static gboolean
sentence_says_work (const CkExtractCtx *ctx, guint ts, guint te)
{
  static const char * const dets[] = { "her", "his", "their", "its", "the", "a", "an", NULL };
  guint se = MIN (ck_n_toks (ctx), ck_sentence_end (ctx, ts));
  gboolean shape = FALSE;
  /* "Brine Weather is her best novel": the verb right after the run and
   * a determiner after it */
  if (ck_tok_lower_word (ctx, te) && ck_tok_in_words (ctx, te, be_verbs) && te + 1 < se &&
      ck_tok_in_words (ctx, te + 1, dets) && ck_tok_lower_word (ctx, te + 1))
    return names_work_after (ctx, te, se);
  /* (a fate says less than "was her only play": no place or body either) */
  if (te < se && ck_tok_lower_word (ctx, te) && book_fate_at (ctx, te, se))
    return !ck_ctx_names_non_work (ctx, ts, te);
  if (!ck_tok_is_punct (ctx, te, ','))
    return FALSE;
  for (guint k = ts + 1; k + 1 < te && !shape; k++)
    shape = ck_tok_lower_word (ctx, k) && (ck_tok (ctx, k)->flags & CK_TOKF_FUNC) && !ck_tok_is (ctx, k, "and");
  for (guint k = te + 1; k + 1 < se; k++)
    if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, be_verbs))
      {
        /* without a title's shape ("Copper Lanes, which she began in
         * prison, was her last book") the work must be the owner's, and
         * the run no place or body */
        if (!shape && !((ck_tok_is (ctx, k + 1, "her") || ck_tok_is (ctx, k + 1, "his") ||
                         ck_tok_is (ctx, k + 1, "their")) && !ck_ctx_names_non_work (ctx, ts, te)))
          return FALSE;
        return names_work_after (ctx, k, se);
      }
  return FALSE;
}

/* Nouns that name a work by its place in a career, set before it in
 * apposition: "her debut, T,", "the sequel, T,", "his next, T,". */
static const char * const career_nouns[] = { "debut", "sequel", "prequel", "successor", "follow-up", "next",
                                             "latest", NULL };
static const char * const apposition_owners[] = { "her", "his", "their", "its", "the", "a", NULL };

/* "Her debut, Brine Weather, was …": the start of the title after the
 * noun at @i (an owner before it, the title closed by a comma), its end
 * in *@out_te; or G_MAXUINT.  One word is enough when it is no given
 * name, place or word the text repeats (a person, a town). */
static guint
career_apposition (const CkExtractCtx *ctx, guint i, guint *out_te)
{
  guint ts = i + 2, te, own;
  if (!ck_tok_lower_word (ctx, i) || !ck_tok_in_words (ctx, i, career_nouns) || !ck_tok_is_punct (ctx, i + 1, ','))
    return G_MAXUINT;
  /* the owner, perhaps with one adjective between ("her long-awaited debut") */
  own = i - 1;
  if (own > 0 && ck_tok_lower_word (ctx, own) && !ck_tok_in_words (ctx, own, apposition_owners))
    own--;
  if (!(ck_tok_in_words (ctx, own, apposition_owners) || ck_tok (ctx, own)->kind == CK_TOK_POSS))
    return G_MAXUINT;
  if (ts >= ck_n_toks (ctx) || !ck_tok_cap_word (ctx, ts))
    return G_MAXUINT;
  te = run_end (ctx, ts);
  if (te == ts || !ck_tok_is_punct (ctx, te, ','))
    return G_MAXUINT;
  if (te == ts + 1)
    {
      if (ck_is_claimed (ctx, ts, te) || ck_tok_in_lex (ctx, ts, CK_LEX_GIVEN_NAMES) ||
          ck_tok_in_lex (ctx, ts, CK_LEX_PLACES) || ck_tok_in_lex (ctx, ts, CK_LEX_NON_TITLES) ||
          ck_ctx_word_recurs (ctx, ts, ts, te) || !ck_title_plausible (ctx, ts, te) ||
          ck_names_periodical (ctx, ts, te))
        return G_MAXUINT;
    }
  else if (!run_ok (ctx, ts, te, RUN_GENRE))
    return G_MAXUINT;
  *out_te = te;
  return ts;
}

void
ck_detect_prose_shape (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 1 < n; i++)
    {
      guint ts, te;
      if (!in_prose (ctx, i))
        continue;
      te = capital_opener (ctx, i);
      if (te > i)
        {
          add_title (ctx, det, i, te, i);
          i = te - 1;
          continue;
        }
      ts = career_apposition (ctx, i, &te);
      if (ts != G_MAXUINT)
        {
          add_title (ctx, det, ts, te, i);
          i = te - 1;
          continue;
        }
      ts = acclaimed_run (ctx, i, &te);
      if (ts != G_MAXUINT)
        {
          add_title (ctx, det, ts, te, i);
          i = te - 1;
          continue;
        }
      ts = possessed_genre (ctx, i, &te);
      if (ts != G_MAXUINT)
        {
          add_title (ctx, det, ts, te, i);
          i = te - 1;
          continue;
        }
      /* (a sentence opens after a stop or a paragraph break: tested
       * before the sentence is looked for) */
      if (ck_tok_cap_word (ctx, i) &&
          (i == 0 || ck_tok (ctx, i)->nl >= 2 || ck_tok_is_punct (ctx, i - 1, '.') ||
           ck_tok_is_punct (ctx, i - 1, '?') || ck_tok_is_punct (ctx, i - 1, '!') ||
           ck_tok (ctx, i - 1)->kind == CK_TOK_QUOTE_CLOSE) &&
          ck_sentence_start (ctx, i) == i)
        {
          guint s0 = i;
          te = run_end (ctx, i);
          /* "But The Salt Road is …": the conjunction opens the sentence,
           * the article the title */
          if (te > i + 2 && ck_tok_in_lex (ctx, i, CK_LEX_FUNCTION_WORDS) && !ck_tok_is (ctx, i, "The") &&
              !ck_tok_is (ctx, i, "A") && !ck_tok_is (ctx, i, "An") &&
              (ck_tok_is (ctx, i + 1, "The") || ck_tok_is (ctx, i + 1, "A") || ck_tok_is (ctx, i + 1, "An")))
            s0 = i + 1;
          if (te > s0 + 1 && sentence_says_work (ctx, s0, te) && run_ok (ctx, s0, te, RUN_WORK))
            {
              add_title (ctx, det, s0, te, s0);
              i = te - 1;
            }
        }
    }
}
