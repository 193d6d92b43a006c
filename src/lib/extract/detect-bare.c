/* detect-bare.c — "Title (Year)" with no possessive or "author of" cue.
 *
 *   "… the story told in Salt Roads: The Early Years (1971) …"
 *   "… his novels Salt Harbour (1961), Grey Fen (1964) and The Last Weir (1969)"
 *
 * A year alone in parentheses also follows events ("the General Strike
 * (1926)") and people ("Wallace (1858)"), so a title-case run before
 * "(YYYY)" counts only with a sign that it is a title:
 *  - it opens with a capitalised article in mid-sentence ("in The …"),
 *  - it has a subtitle ("Title: Subtitle"),
 *  - a genre noun stands just before it ("the novel T (1998)"),
 *  - or it is one of two or more "T (YYYY)" items in one list.
 * A lower-case article before the run ("the Revolution (1917)") or a run
 * that reads as a personal name rules it out.  With none of these signs a
 * lone item is still taken when the weak test of title-weak.c finds no
 * event, period, place, institution, publisher or person in it ("the
 * way Letters from Galicia (1936) sold").  "T in YYYY" is read the same
 * way ("the cycle opened with All the Quiet Hours in 1994"), more strictly: never
 * after a preposition of place, never a run that reads as a name.  The
 * author is found later, like a pronoun's antecedent (merge.c): the
 * nearest person before it.
 */
#include "detect-context.h"
#include "attr-context.h"
#include "detect-extra.h"
#include "title-yearparen.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
  guint ts, te;     /* title tokens */
  guint close;      /* the ")", or the year of "T in YYYY" */
  guint year;       /* the year's token */
  guint tr_s, tr_e; /* "(1983; Translated Title, 1992)": the translation's title */
  guint au_s, au_e; /* "know Vell from T (1987)": the writer before the title */
  gboolean strong;  /* a sign of its own */
  gboolean weak;    /* no sign, but nothing against it either (title-weak.c) */
} Item;

static gboolean
year_tok (const CkExtractCtx *ctx, guint i)
{
  return i < ck_n_toks (ctx) && (ck_tok (ctx, i)->flags & CK_TOKF_YEAR);
}

/* Prepositions that open titles ("Beyond Salt", "Under Milk"), never a
 * person's or a place's name. */
static const char * const opening_preps[] = {
  "Beyond", "Under", "Against", "Among", "Between", "Without", "Within", "Through", "Towards", "Toward", "Across",
  "Behind", "Above", "Below", "Inside", "Outside", "Around", "Into", "Over", "Upon", "Until", NULL,
};

/* …and the prepositions that open titles in mid-sentence, with the
 * opening ones ("readers of On Small Kindnesses"); "By" and "As" are left
 * out, for "followed By" and "As Vell says" in headline case. */
static const char * const title_preps[] = {
  "On", "In", "At", "Of", "To", "For", "With", "From", "After", "Before", "Since", "Beyond", "Under", "Against",
  "Among", "Between", "Without", "Within", "Through", "Towards", "Toward", "Across", "Behind", "Above", "Below",
  "Inside", "Outside", "Around", "Into", "Over", "Upon", "Until", "Down", "Up", NULL,
};

/* Whether a noun for a person stands before the run at @ts ("the
 * novelist T", "the hero, T").  (Not "a book on T (1939)": a study named
 * for its subject is a title, and the year dates the study.) */
gboolean
ck_bare_person_before (const CkExtractCtx *ctx, guint ts)
{
  static const char * const persons[] = {
    "novelist", "poet", "writer", "author", "critic", "historian", "biographer", "editor", "translator", "painter",
    "composer", "playwright", "dramatist", "essayist", "journalist", "hero", "heroine", "narrator", "protagonist",
    "character", "friend", "husband", "wife", "father", "mother", "brother", "sister", "son", "daughter", "uncle",
    "aunt", "teacher", "pupil", "scholar", "philosopher", "scientist", "politician", "minister", "president",
    "professor", "artist", "photographer", "reviewer", "publisher", "architect", "lover", "mistress", NULL,
  };
  guint k = ts - 1;
  if (ck_tok_is_punct (ctx, k, ',') && k > 0)
    k--;
  return ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, persons);
}

/* Whether a verb follows the ")" at @close: a lower-case word that is no
 * function word ("showed", "made"), or a common auxiliary. */
static gboolean
subject_verb_after (const CkExtractCtx *ctx, guint close)
{
  static const char * const auxiliaries[] = { "is", "was", "has", "had", "remains", "became", NULL };
  /* "Tebb (1990) argues that": verbs of an author-date citation */
  static const char * const citing[] = { "argue", "argues", "suggest", "suggests", "show", "shows", "claim",
                                         "claims", "note", "notes", "find", "finds", "contend", "contends",
                                         "maintain", "maintains", "observe", "observes", "point", "points",
                                         "insist", "insists", "holds", "hold", "see", "sees", NULL };
  guint k = close + 1;
  if (k >= ck_n_toks (ctx) || !ck_tok_lower_word (ctx, k) || ck_tok (ctx, k)->nl > 0 ||
      ck_tok_in_words (ctx, k, citing))
    return FALSE;
  if (ck_tok_in_words (ctx, k, auxiliaries))
    return TRUE;
  return !(ck_tok (ctx, k)->flags & CK_TOKF_FUNC) && !ck_tok_is (ctx, k, "and") && !ck_tok_is (ctx, k, "or");
}

/* Whether the verb after the ")" at @close is one that people or bodies
 * are the subject of far more often than books ("Vell Orr (1950) grew up
 * in Leeds", "Salt Works (1950) closed"); a sentence-initial run before
 * it is then no title. */
static gboolean
person_verb_after (const CkExtractCtx *ctx, guint close)
{
  static const char * const verbs[] = {
    "grew", "died", "married", "lived", "moved", "studied", "taught", "wrote", "went", "joined", "left",
    "worked", "served", "emigrated", "retired", "fought", "met", "returned", "said", "believed", "thought",
    "spent", "settled", "travelled", "traveled", "visited", "founded", "edited", "translated",
    "described", "called", "saw", "knew", "wanted", "tried", "lost", "fled", "led", "ran", "voted",
    "closed", "opened", "hired", "employed", "merged", "expanded", "collapsed", "fell", "rose", "burned",
    "burnt", "stood", "stands", "lies", "lay", "occupied", "surrendered", "invaded", "signed", "passed", NULL,
  };
  return close + 1 < ck_n_toks (ctx) && ck_tok_in_words (ctx, close + 1, verbs);
}

/* "(1961; reissued 1990)", "(1958, rev. edn 1975)", "(1949; trans.
 * 1952)": the first date, then a later one named by words of an edition,
 * a reissue or a translation.  Returns the ")" or 0; a title
 * inside ("(1983; Translated Title, 1992)") is ck_ctx_year_paren's. */
static guint
later_date_paren (const CkExtractCtx *ctx, guint open)
{
  /* a closed list: "(1950; rebuilt 1960)" dates a building */
  static const char * const edition_words[] = {
    "reissued", "reissue", "reprinted", "repr", "rev", "revised", "edn", "ed", "edition", "trans", "tr", "transl",
    "translated", "translation", "new", "paperback", "pbk", "expanded", "enlarged", "abridged", "first",
    "published", "pub", "english", "in", "nd", "rd", "th", "st", NULL,
  };
  guint n = ck_n_toks (ctx), words = 0;
  if (open + 4 >= n || !year_tok (ctx, open + 1) ||
      !(ck_tok_is_punct (ctx, open + 2, ';') || ck_tok_is_punct (ctx, open + 2, ',')))
    return 0;
  for (guint k = open + 3; k < n && k < open + 12; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->nl > 1)
        return 0;
      if (ck_tok_is_punct (ctx, k, ')'))
        return words > 0 && year_tok (ctx, k - 1) && k - 1 > open + 3 ? k : 0;
      if (year_tok (ctx, k) || (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, edition_words)))
        words += t->kind == CK_TOK_WORD;
      else if (!(t->kind == CK_TOK_NUMBER || ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, ',')))
        return 0;
    }
  return 0;
}

/* "(first published 1975)", "(first published in 1975)", "(written
 * 1931)", "(c. 1975)": words that date a work's writing or first
 * printing, then the year.  The words are a closed list, as "(born
 * 1950)", "(d. 1950)", "(founded 1950)" date people and bodies.  Returns
 * the ")" and sets @year, or returns 0. */
static guint
lead_date_paren (const CkExtractCtx *ctx, guint open, guint *year)
{
  static const char * const words[] = { "first", "published", "pub", "publ", "written", "orig", "originally",
                                        "repr", "reprinted", "c", "ca", "circa", "in", "composed", "completed",
                                        "issued", "printed", "wr", NULL };
  static const char * const printing[] = { "published", "written", "reprinted", "composed", "completed", "issued",
                                           "printed", NULL };
  guint n = ck_n_toks (ctx), w = 0;
  for (guint k = open + 1; k < n && k < open + 7; k++)
    {
      if (year_tok (ctx, k))
        {
          /* "in" alone is a place's or an event's date ("(in 1975)") */
          if (w == 0 || (w == 1 && ck_tok_is (ctx, k - 1, "in")) || !ck_tok_is_punct (ctx, k + 1, ')'))
            return 0;
          *year = k;
          return k + 1;
        }
      /* "in" only after a verb of printing: "(first in 1975)" dates a stay */
      if (ck_tok_is (ctx, k, "in") && !(w > 0 && ck_tok_in_words (ctx, k - 1, printing)))
        return 0;
      if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, words))
        w++;
      else if (!(ck_tok_is_punct (ctx, k, '.') && w > 0 && ck_tok (ctx, k)->start == ck_tok (ctx, k - 1)->end))
        return 0;
    }
  return 0;
}

/* Whether the predicate after the ")" at @close is a book's: a verb of
 * telling ("T (1990) tells of", "traces"), or a copula with an owner
 * and a rank within three words ("is still her best", "was his first
 * novel"), not a person's kin ("was her first husband"). */
static gboolean
book_predicate_after (const CkExtractCtx *ctx, guint close)
{
  static const char * const telling[] = {
    "tells", "told", "traces", "traced", "recounts", "recounted", "chronicles", "chronicled", "explores",
    "explored", "depicts", "depicted", "portrays", "portrayed", "narrates", "narrated", "concerns", "concerned",
    "charts", "charted", "sold", "sells", "centres", "centers", "centred", "centered", "deals", "dealt", NULL,
  };
  static const char * const copulas[] = { "is", "was", "remains", "remained", NULL };
  static const char * const owners[] = { "her", "his", "their", NULL };
  static const char * const ranks[] = { "first", "second", "third", "fourth", "fifth", "last", "best", "finest",
                                        "latest", "earliest", "greatest", "strongest", "weakest", "worst", "most",
                                        "least", "only", NULL };
  guint n = ck_n_toks (ctx), k = close + 1;
  if (k >= n || !ck_tok_lower_word (ctx, k))
    return FALSE;
  if (ck_tok_in_words (ctx, k, telling))
    return TRUE;
  if (!ck_tok_in_words (ctx, k, copulas))
    return FALSE;
  /* "T (1952) was banned in …", "was published in …": what is done to
   * a book (reviewers praise people too, but the weak test has ruled
   * names out) */
  {
    static const char * const done_to_books[] = { "praised", "reviewed", "published", "reprinted", "translated",
                                                  "banned", "serialised", "serialized", "hailed", "acclaimed",
                                                  "filmed", "adapted", "greeted", "reissued", "dramatised",
                                                  "dramatized", NULL };
    if (k + 1 < n && ck_tok_lower_word (ctx, k + 1) && ck_tok_in_words (ctx, k + 1, done_to_books))
      return TRUE;
  }
  for (guint q = k + 1; q + 1 < n && q <= k + 3 && ck_tok_lower_word (ctx, q); q++)
    if (ck_tok_in_words (ctx, q, owners))
      {
        const CkToken *t;
        const char *v;
        /* "her best", "his first novel"; not "her first husband", "her uncle" */
        if (!ck_tok_lower_word (ctx, q + 1) || !ck_tok_in_words (ctx, q + 1, ranks))
          return FALSE;
        if (q + 2 >= n || !ck_tok_lower_word (ctx, q + 2))
          return TRUE;
        t = ck_tok (ctx, q + 2);
        v = ck_lex_lookup (CK_LEX_CUES, ctx->text + t->start, t->end - t->start);
        return v && strcmp (v, "book") == 0;
      }
  return FALSE;
}

/* "Tebb and Gannet", "Vell & Orr": a run with "and" may be two authors */
static gboolean
joins_names (const CkExtractCtx *ctx, guint ts, guint te)
{
  for (guint k = ts; k < te; k++)
    if (ck_tok_is (ctx, k, "and") || ck_tok_is_punct (ctx, k, '&'))
      return TRUE;
  return FALSE;
}

/* "T (YYYY)" ending with the "(" at @open: fills @it, FALSE when there
 * is no plausible title-case run or something rules it out. */
/* "in the Economic Origins of Salt Democracy (1915)": a title the article
 * runs into — four words or more in title case, none but small words in
 * lower case, and no event, body, person or periodical ("the Act in
 * Restraint of Appeals (1533)"). */
static gboolean
article_title (const CkExtractCtx *ctx, guint ts, guint te)
{
  const CkToken *h = ck_tok (ctx, ts);
  const char *kind = h->kind == CK_TOK_WORD ? ck_lex_lookup (CK_LEX_NON_TITLES, ctx->text + h->start, h->end - h->start) : NULL;
  if (ck_count_words (ctx, ts, te) < 4 || kind || ck_ctx_names_non_work (ctx, ts, te) || ck_ctx_names_person (ctx, ts, te) ||
      ck_span_in_lex (ctx, ts, te, CK_LEX_PERIODICALS))
    return FALSE;
  static const char * const small[] = { "of", "and", "the", "in", "on", "for", "to", "a", "an", "at", "from", "with", NULL };
  for (guint k = ts; k < te; k++)
    if (ck_tok_lower_word (ctx, k) && !ck_tok_in_words (ctx, k, small))
      return FALSE;
  return TRUE;
}

/* "Readers of The affluent society (1958)": a library's sentence-case
 * title, opened in mid-sentence by a capitalised article after a
 * lower-case word; its start, or @open. */
static guint
article_sentence_case_before (const CkExtractCtx *ctx, guint open, guint floor)
{
  for (guint k = open; k > floor + 1 && k + 10 > open;)
    {
      k--;
      if (ck_tok_cap_word (ctx, k) && (ck_tok_is (ctx, k, "The") || ck_tok_is (ctx, k, "A") || ck_tok_is (ctx, k, "An")))
        return k + 2 < open && ck_tok_lower_word (ctx, k - 1) && ck_tok_lower_word (ctx, k + 1) &&
                       ck_tok (ctx, k)->nl == 0
                   ? k
                   : open;
      if (ck_tok (ctx, k)->kind != CK_TOK_WORD)
        return open;
    }
  return open;
}

static gboolean
item_before (const CkExtractCtx *ctx, guint open, guint floor, gboolean in_list, gboolean series, Item *it)
{
  guint ts, close, tr_s, tr_e, sfloor, te = open, fs;
  gboolean foreign = FALSE, reader_place, drawn = FALSE;
  guint signal = 0;
  guint ytok = open + 1;
  close = ck_ctx_year_paren (ctx, open, &tr_s, &tr_e);
  if (!close)
    close = later_date_paren (ctx, open);
  if (!close)
    close = lead_date_paren (ctx, open, &ytok);
  if (!close)
    return FALSE;
  /* "in Salzarchiv 45 (1952) 1-20": a volume, its year and the pages
   * are a journal's, no title's year */
  if (open >= 2 && ck_tok (ctx, open - 1)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, open - 1)->flags & CK_TOKF_YEAR))
    {
      guint p = close + 1;
      if (p < ck_n_toks (ctx) && (ck_tok_is_punct (ctx, p, ',') || ck_tok_is_punct (ctx, p, ':')))
        p++;
      if (p + 2 < ck_n_toks (ctx) && ck_tok (ctx, p)->kind == CK_TOK_NUMBER &&
          (ck_tok_is_punct (ctx, p + 1, '-') || ck_tok_is_punct (ctx, p + 1, 0x2013)) &&
          ck_tok (ctx, p + 2)->kind == CK_TOK_NUMBER)
        return FALSE;
    }
  sfloor = in_list ? ck_sentence_start (ctx, open) : floor;
  /* "Brot ohne Butter [Bread without Butter] (1954)": a gloss in
   * brackets between a foreign title and its year */
  te = ck_foreign_gloss_start (ctx, open, floor);
  ts = ck_title_span_backward (ctx, te, floor);
  /* "the quiet of At Mrs. Lippett's (1945)": a title that ends in a
   * possessive, opened in mid-sentence by a capitalised preposition or
   * article (a name's possessive before a year is an author-date
   * citation: "Vell's (1990) argument") */
  if (ts == te && te == open && open >= 2 && ck_tok (ctx, open - 1)->kind == CK_TOK_POSS)
    {
      guint q = ck_title_span_backward (ctx, open - 1, floor);
      if (q + 1 < open - 1 && q > sfloor && ck_tok_cap_word (ctx, q) && ck_tok_in_lex (ctx, q, CK_LEX_FUNCTION_WORDS) &&
          ck_tok_lower_word (ctx, q - 1))
        ts = q;
    }
  /* "Une femme (1988)", "L'Ordre et la\nruine (1951)", "Portrait du
   * marin (1962)", "Wo bist du, Karl? (1951)": a foreign title in
   * sentence case, where the title-case scan found nothing or only its
   * last capitalised words ("Das Haus der alten Jahre") */
  /* "Imperial Venice, 1380-1520 (1963)": the scan stops at the span of
   * years that closes the title */
  if (ts == te && te == open && open >= 3)
    ts = ck_range_title_before (ctx, open, floor);
  if (ts == te && te == open && open >= 3)
    ts = article_sentence_case_before (ctx, open, floor);
  if (te == open && ts < open)
    {
      ts = ck_ctx_span_back_lines (ctx, ts, open, floor);
      ts = ck_ctx_range_title_start (ctx, ts, open, floor);
      ts = ck_comma_pair_undo (ctx, ck_ctx_comma_title (ctx, ts, open, floor), ts, open);
      ts = ck_ctx_question_start (ctx, ts, open, floor);
      ts = ck_ctx_restore_prep (ctx, ts, floor);
      ts = ck_ctx_drop_opener (ctx, ts, open, sfloor);
      /* "E. M. Vell (1943)": the scan stopped after the initials; the
       * run is the whole name, a title only with a sign */
      if (ts >= 2 && ck_tok_is_punct (ctx, ts - 1, '.') && (ck_tok (ctx, ts - 2)->flags & CK_TOKF_INITIAL))
        {
          guint ns = ck_name_span_backward (ctx, open, floor);
          if (ns < ts)
            ts = ns;
        }
    }
  fs = ck_ctx_foreign_start (ctx, te, floor);
  if (fs == te)
    fs = ck_foreign_title_start (ctx, te, floor);
  if (fs == te)
    fs = ck_foreign_question_start (ctx, te, floor);
  if (fs < ts)
    {
      /* "Rue de la Paix (1900)", "Banco di Napoli (1539)": a place, an
       * institution or an event in any language */
      if (ck_ctx_names_non_work (ctx, fs, te))
        return FALSE;
      ts = fs;
      foreign = TRUE;
    }
  else if (te < open)
    return FALSE;
  /* "Readers of In the Skin of a Bear (1987)": at the sentence's start a
   * capitalised function word after a lower-case one opens the title */
  if (ts == sfloor)
    for (guint k = ts + 1; k + 1 < te; k++)
      if (ck_tok_lower_word (ctx, k - 1) && (ck_tok (ctx, k - 1)->flags & CK_TOKF_FUNC) && ck_tok_cap_word (ctx, k) &&
          ck_tok_in_lex (ctx, k, CK_LEX_FUNCTION_WORDS))
        {
          ts = k;
          break;
        }
  /* "Readers of Salt Lantern (1924) will …": the readers are no part of
   * the title (title-yearparen.c) */
  if (ts == sfloor)
    ts = ck_reader_opener_skip (ctx, ts, te);
  /* "Between T1 (1961) and T2 (1970) she wrote nothing", "From T1 (1961)
   * to T2 (1970)": the preposition frames a span of years and is no part
   * of the title after it */
  if (ts == sfloor && ts + 1 < te && ck_tok_cap_word (ctx, ts) &&
      ((ck_tok_is (ctx, ts, "Between") && ck_tok_is (ctx, close + 1, "and")) ||
       (ck_tok_is (ctx, ts, "From") && (ck_tok_is (ctx, close + 1, "to") || ck_tok_is (ctx, close + 1, "until") ||
                                        ck_tok_is (ctx, close + 1, "through")))))
    ts++;
  while (ts < te && (ck_tok (ctx, ts)->flags & CK_TOKF_FUNC))
    ts++;
  /* "A House by the Tarn (1961)": "by the" inside a title (title-extend.c) */
  ts = ck_title_inner_by (ctx, ts, te, in_list ? floor : sfloor);
  /* "the reader of Lisbon (1934)": a place that is read is a book's
   * title (title-yearparen.c) */
  reader_place = ts < te && ck_span_in_lex (ctx, ts, te, CK_LEX_PLACES) &&
                 (ck_reader_cue_strict (ctx, ts, sfloor) ||
                  /* "Ada Vell's novel Boston (1928)": so is one a cue noun names */
                  (ts > sfloor + 1 && ck_ctx_work_cue (ctx, ts - 1)));
  if (ts >= te || ck_is_claimed (ctx, ts, close + 1) || (!ck_title_plausible (ctx, ts, te) && !reader_place))
    return FALSE;
  /* "Harvard University Press (1990) published her essays": a firm is the
   * imprint of a work, not its title, whatever cue follows */
  if (ck_span_in_lex (ctx, ts, te, CK_LEX_PUBLISHERS) || ck_tok_is (ctx, te - 1, "Press"))
    return FALSE;
  /* "a novel by Tebb Marsh (1965)": a name after "by" is the author,
   * whatever cue stands before it ("was followed by T" excepted) */
  if (ts > 0 && ck_tok_lower_word (ctx, ts - 1) && ck_tok_is (ctx, ts - 1, "by") && !ck_ctx_sequence_by (ctx, ts - 1) &&
      ck_name_span_forward (ctx, ts, te) == te)
    return FALSE;
  /* "the novelist Tebb Marsh (1965)", "the hero, Tebb Hollis (1990)": a
   * name after a noun for a person is a person, whatever cue stands
   * before (the noun names the trade, not the work) */
  if (ck_name_span_forward (ctx, ts, te) == te && ck_count_words (ctx, ts, te) >= 2 && ts >= 2 && ts > sfloor &&
      ck_bare_person_before (ctx, ts))
    return FALSE;
  /* "the Amazon of One River (1996)", "the Haiti of The Serpent (1985)":
   * a place as a book drew it; the title follows its "of" */
  if (ts > 0 && ts + 2 < te && ck_tok_is (ctx, ts - 1, "the") && ck_tok_in_lex (ctx, ts, CK_LEX_PLACES) &&
      ck_tok_is (ctx, ts + 1, "of") && ck_tok_cap_word (ctx, ts + 2) && ck_title_plausible (ctx, ts + 2, te))
    {
      ts += 2;
      drawn = TRUE;
    }
  /* "the Revolution (1917)": an event, not a title; but "in the
   * Economic Origins of Salt Democracy (1915)", four words or more that
   * name no event, body or person, is a title the article runs into */
  else if (ts > 0 && ck_tok (ctx, ts - 1)->kind == CK_TOK_WORD &&
           (ck_tok_is (ctx, ts - 1, "the") || ck_tok_is (ctx, ts - 1, "a") || ck_tok_is (ctx, ts - 1, "an")) &&
           !(ck_tok_is (ctx, ts - 1, "the") && article_title (ctx, ts, te)))
    return FALSE;
  it->ts = ts;
  it->te = te;
  it->close = close;
  it->year = ytok;
  it->tr_s = tr_s;
  it->tr_e = tr_e;
  it->au_s = it->au_e = 0;
  it->strong = foreign || drawn || tr_e > tr_s;
  /* a paragraph that cites works as "T (YYYY)" again and again: one more
   * run of that shape is a title when nothing says it is an event, a
   * place or a person */
  if (series)
    {
      if (ck_ctx_names_non_work (ctx, ts, te) || ck_ctx_names_person (ctx, ts, te))
        return FALSE;
      it->strong = TRUE;
    }
  /* a capitalised article in mid-sentence */
  if (ts > sfloor && (ck_tok_is (ctx, ts, "The") || ck_tok_is (ctx, ts, "A") || ck_tok_is (ctx, ts, "An")) &&
      ck_count_words (ctx, ts, te) >= 2)
    it->strong = TRUE;
  /* "the subject of On Small Kindnesses (1964)", "in Under the Lamp
   * (1954)": a capitalised preposition after a lower-case word opens no
   * name of a person, a place or an event, only a title */
  if (ts > sfloor && ck_tok_lower_word (ctx, ts - 1) && ck_tok (ctx, ts)->nl == 0 &&
      ck_tok_in_words (ctx, ts, title_preps) && ck_tok_cap_word (ctx, ts) && ck_count_words (ctx, ts, te) >= 2)
    it->strong = TRUE;
  /* a subtitle */
  for (guint k = ts + 1; k + 1 < te; k++)
    if (ck_tok_is_punct (ctx, k, ':'))
      it->strong = TRUE;
  /* a genre noun, an owner, a preposition that takes works */
  signal = ck_ctx_title_signal (ctx, ts, te, close);
  if (signal)
    it->strong = TRUE;
  /* "readers of T (1934)", "… and of T2 (1936)": only works have readers
   * (title-yearparen.c); not a person or an event they read about, nor a
   * periodical */
  if (ck_reader_cue_before (ctx, ts, sfloor) && !ck_ctx_names_person (ctx, ts, te) &&
      (reader_place || !ck_ctx_names_non_work (ctx, ts, te)) && !ck_span_in_lex (ctx, ts, te, CK_LEX_PERIODICALS))
    it->strong = TRUE;
  /* "everything from T1 (1968) to A T2" (title-yearparen.c) */
  if (!it->strong && ck_work_span_from (ctx, ts, close) && !ck_ctx_names_person (ctx, ts, te) &&
      !ck_ctx_names_non_work (ctx, ts, te) && !ck_span_in_lex (ctx, ts, te, CK_LEX_PLACES))
    it->strong = TRUE;
  /* "see Table 2 (1990) and Figure 4 (2001)": a list of unmarked items
   * is still no list of titles when they name divisions, events, places */
  if (in_list && !it->strong && ck_ctx_names_non_work (ctx, ts, te))
    return FALSE;
  /* no sign at all: the weak test of title-weak.c (no event, place,
   * institution, publisher or person) may still let a lone item in */
  it->weak = !in_list && (ck_ctx_weak_title_ok (ctx, ts, te, sfloor) ||
                          ck_ctx_honorific_title_ok (ctx, ts, te, sfloor));
  /* "Beyond Salt (1994) showed how …": at the sentence's start a run
   * opened by a preposition (which names and places do not open) and
   * followed by a verb right after the year is the sentence's subject;
   * the verb stands in for the title's shape, the rest of the weak test
   * (no event, place, person, publisher) still applies */
  if (!in_list && !it->weak && ts == sfloor && ts > 0 && te == open && ck_tok_in_words (ctx, ts, opening_preps) &&
      subject_verb_after (ctx, close) && ck_count_words (ctx, ts, te) <= 4 && !joins_names (ctx, ts, te))
    it->weak = ck_ctx_weak_title_ok (ctx, ts, te, ts - 1);
  /* "Copper Lanes (1990) is still her best", "T (1990) tells of …": any
   * run of two to four words, the same way, when the predicate is a
   * book's (a verb of telling, or a copula and an owner: "was his first")
   * and no verb a person or a body does ("grew up", "closed") */
  if (!in_list && !it->weak && ts == sfloor && ts > 0 && te == open && subject_verb_after (ctx, close) &&
      !person_verb_after (ctx, close) && book_predicate_after (ctx, close) && ck_count_words (ctx, ts, te) >= 2 &&
      ck_count_words (ctx, ts, te) <= 4 && !joins_names (ctx, ts, te))
    it->weak = ck_ctx_weak_title_ok (ctx, ts, te, ts - 1);
  /* "know Vell from Salt Lantern (1987), her memoir": a person, a
   * preposition and then the title, whatever marked the run as one
   * (title-yearparen.c) */
  if (!in_list && !foreign && ck_honorific_person_clause (ctx, ts, te))
    return FALSE;
  if (!in_list && !foreign && (it->strong || it->weak) && !ck_tok_is (ctx, ts, "The") && !ck_tok_is (ctx, ts, "A") &&
      !ck_tok_is (ctx, ts, "An"))
    {
      guint cut = ck_person_prep_cut (ctx, ts, te);
      if (cut < te)
        {
          it->au_s = ck_honorific_skip (ctx, ts, cut);
          it->au_e = cut - 1;
          it->ts = cut;
          return TRUE;
        }
    }
  if (!in_list && !it->strong && !it->weak)
    {
      /* "at Hogg House with Two Lamps (1919)": the title starts after
       * the preposition that ends a place or a name */
      guint cut = ck_ctx_weak_title_cut (ctx, ts, te, sfloor);
      if (cut < te)
        {
          it->ts = cut;
          it->weak = TRUE;
          return TRUE;
        }
    }
  /* a person with a date ("Wallace (1858)") is no title, unless the
   * article or a cue said otherwise and the last word is no surname the
   * text repeats ("Charles Darwin (1859) … the book") */
  if (!in_list && !foreign && !ck_tok_is (ctx, ts, "The") && !ck_tok_is (ctx, ts, "A") && !ck_tok_is (ctx, ts, "An") &&
      ck_name_span_forward (ctx, ts, te) == te && ck_count_words (ctx, ts, te) >= 2 &&
      (signal < 2 || ck_ctx_word_recurs (ctx, te - 1, ts, close + 1)))
    {
      /* …unless the stricter weak test found no person in it ("Salt
       * Meadow (1985)" reads like a name, but no given name opens it and
       * neither word recurs) */
      it->strong = FALSE;
      return it->weak;
    }
  /* a single word that recurs capitalised is a surname or a place */
  if (!in_list && ck_count_words (ctx, ts, te) == 1 && ck_ctx_word_recurs (ctx, ts, ts, te) && !reader_place)
    return FALSE;
  /* a capital that only opens the sentence is no evidence */
  if (ts == sfloor && ck_count_words (ctx, ts, te) < 2 && !it->strong)
    return FALSE;
  return TRUE;
}

/* Whether the run at @ts follows an earlier "T (YYYY)," of the same list
 * that another detector took. */
static gboolean
after_list_item (const CkExtractCtx *ctx, guint ts)
{
  guint k = ts;
  if (k > 0 && (ck_tok_is (ctx, k - 1, "and") || ck_tok_is (ctx, k - 1, "or")))
    k--;
  if (k > 0 && (ck_tok_is_punct (ctx, k - 1, ',') || ck_tok_is_punct (ctx, k - 1, ';')))
    k--;
  return k < ts && k >= 3 && ck_tok_is_punct (ctx, k - 1, ')') && year_tok (ctx, k - 2) &&
         ck_tok_is_punct (ctx, k - 3, '(') && ck_is_claimed (ctx, k - 1, k);
}

/* "T (1950) by Tomas Greer": the end of a name of two words or more
 * after "by" right after the ")" at @close, or 0.  The name must end the
 * clause, so that "by Easter Monday she had" is left alone. */
static guint
by_author_after (const CkExtractCtx *ctx, guint close)
{
  guint n = ck_n_toks (ctx), ns = close + 2, ne;
  if (ns >= n || !ck_tok_is_punct (ctx, close, ')') || !ck_tok_lower_word (ctx, close + 1) ||
      !ck_tok_is (ctx, close + 1, "by") || ck_tok (ctx, ns)->nl > 1)
    return 0;
  ne = ck_name_span_forward (ctx, ns, MIN (n, ns + 6));
  if (ne == ns || ck_count_words (ctx, ns, ne) < 2 || ck_ctx_names_non_work (ctx, ns, ne) ||
      ck_span_in_lex (ctx, ns, ne, CK_LEX_PLACES))
    return 0;
  if (ne < n && !(ck_tok (ctx, ne)->kind == CK_TOK_PUNCT && !ck_tok_is_punct (ctx, ne, '(')))
    return 0;
  return ne;
}

/* Whether a run that is neither a person nor an event or a place */
static gboolean
clean_run (const CkExtractCtx *ctx, const Item *it)
{
  return !ck_ctx_names_person (ctx, it->ts, it->te) && !ck_ctx_names_non_work (ctx, it->ts, it->te) &&
         !joins_names (ctx, it->ts, it->te);
}

/* "Copper Lanes (1990) and Moth Years (Virago, 1993) are better", "T1
 * (1961), T2 (1964) and T3 (1966) are": two runs with their dates, the first opening the sentence where a capital
 * proves nothing.  The pair is a list of titles when both runs are clean
 * (no person, event, place) and the second is a work another detector
 * took or a run of the same shape; the first would otherwise be lost and
 * lend its last word to the second as an author. */
static gboolean
pair_opens_sentence (const CkExtractCtx *ctx, const Item *first, guint floor)
{
  guint k = first->close + 1, open;
  Item next;
  if (first->ts != floor || ck_count_words (ctx, first->ts, first->te) < 2 || !clean_run (ctx, first))
    return FALSE;
  /* ", T2 (…)", "and T2 (…)", ", and T2 (…)" */
  if (ck_tok_is_punct (ctx, k, ','))
    k++;
  if (ck_tok_is (ctx, k, "and") || ck_tok_is (ctx, k, "or"))
    k++;
  if (k == first->close + 1)
    return FALSE;
  open = ck_title_span_forward (ctx, k, MIN (ck_n_toks (ctx), k + 40), TRUE);
  if (open == k || !ck_tok_is_punct (ctx, open, '(') || ck_count_words (ctx, k, open) < 2)
    return FALSE;
  /* "… and Moth Years (Virago, 1993)": taken by the imprint's detector */
  if (ck_is_claimed (ctx, k, open + 1))
    {
      Item taken = { .ts = k, .te = open };
      return clean_run (ctx, &taken);
    }
  return item_before (ctx, open, k, TRUE, FALSE, &next) && next.ts == k && clean_run (ctx, &next);
}

/* "T (1950), Tomas Greer's best book", "T (1950), Greer's first novel":
 * a possessive name in apposition right after the ")" at @close, then at
 * most two lower-case words and a noun for a book.  Returns the name's
 * first token and sets @ne to its end, or returns 0. */
static guint
owner_after (const CkExtractCtx *ctx, guint close, guint *ne)
{
  guint n = ck_n_toks (ctx), ns = close + 2, e;
  if (ns + 2 >= n || !ck_tok_is_punct (ctx, close, ')') || !ck_tok_is_punct (ctx, close + 1, ',') ||
      ck_tok (ctx, ns)->nl > 1)
    return 0;
  e = ck_name_span_forward (ctx, ns, MIN (n, ns + 5));
  if (e == ns || e >= n || ck_tok (ctx, e)->kind != CK_TOK_POSS || ck_ctx_names_non_work (ctx, ns, e) ||
      ck_span_in_lex (ctx, ns, e, CK_LEX_PLACES) || ck_span_in_lex (ctx, ns, e, CK_LEX_PERIODICALS))
    return 0;
  for (guint q = e + 1; q < n && q <= e + 3; q++)
    {
      static const char * const liking[] = { "favourite", "favorite", "beloved", "preferred", "cherished", NULL };
      const CkToken *t = ck_tok (ctx, q);
      const char *v;
      /* "T (1950), Orr's favourite book": a reader's, not the author's */
      if (!ck_tok_lower_word (ctx, q) || ck_tok_in_words (ctx, q, liking))
        return 0;
      v = ck_lex_lookup (CK_LEX_CUES, ctx->text + t->start, t->end - t->start);
      if (v && strcmp (v, "book") == 0)
        {
          *ne = e;
          return ns;
        }
    }
  return 0;
}

/* Adds the work of @it; "by Name" after the ")" at @by_close (the last
 * item's of a list: "T1 (1975) and T2 (1980) by Tomas Greer") names its
 * author, the last item claims the name. */
static void
add_item (CkExtractCtx *ctx, const CkDetector *det, const Item *it, guint who_tok, guint by_close)
{
  CkRecord *rec;
  guint end = it->close, by_end;
  /* "the volume edited by Ann Vell in 1978": a person after "by" */
  if (ck_ctx_person_after_by (ctx, it->ts, it->te))
    return;
  guint ts = it->ts, au = 0;
  rec = ck_record_new (CK_TYPE_BOOK);
  by_end = by_author_after (ctx, by_close);
  /* "  Cronon, Changes in the Land: … (1983)" opening a syllabus's line:
   * the surname before the comma is the author's */
  if (ck_tok (ctx, ts)->nl > 0 && ts + 3 < it->te && ck_tok_cap_word (ctx, ts) && ck_tok_is_punct (ctx, ts + 1, ',') &&
      ck_tok_cap_word (ctx, ts + 2) && !ck_tok_in_lex (ctx, ts, CK_LEX_PLACES) &&
      !ck_tok_in_lex (ctx, ts, CK_LEX_NON_NAMES) && !(ck_tok (ctx, ts)->flags & CK_TOKF_FUNC) &&
      ck_count_words (ctx, ts + 2, it->te) >= 2)
    {
      au = ts;
      ts += 2;
    }
  ck_assemble_title (rec, ck_span_dup (ctx, ts, it->te));
  if (au)
    ck_add_names_span (ctx, rec, au, au + 1, CK_ROLE_AUTHOR);
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, it->year)->start), 0, 0));
  if (it->tr_e > it->tr_s)
    ck_record_take (rec, CK_FIELD_TRANSLATED_TITLE, ck_span_dup (ctx, it->tr_s, it->tr_e));
  if (it->au_e > it->au_s)
    ck_add_names_span (ctx, rec, it->au_s, it->au_e, CK_ROLE_AUTHOR);
  if (by_end && !ck_is_claimed (ctx, by_close + 2, by_end))
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      ck_names_forward (ctx, by_close + 2, by_end, CK_ROLE_AUTHOR, names);
      for (guint q = 0; q < names->len; q++)
        ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
      if (names->len > 0 && by_close == it->close)
        end = by_end - 1;
    }
  else if (!by_end)
    {
      /* "In T (1985), Ben Vell's study of X is quoted": after an opening
       * phrase the possessive starts the sentence, no apposition */
      guint ne = 0, ns = ck_attr_opening_phrase (ctx, it->ts) ? 0 : owner_after (ctx, it->close, &ne);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      if (ns)
        ck_names_forward (ctx, ns, ne, CK_ROLE_AUTHOR, names);
      for (guint q = 0; q < names->len; q++)
        ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
    }
  ck_mention_add (ctx, det, rec, ck_tok (ctx, it->ts)->start, ck_tok (ctx, end)->end, who_tok,
                  ck_record_count_role (rec, CK_ROLE_AUTHOR) > 0 ? 0 : CK_MENTION_PRONOUN);
  ck_claim (ctx, it->ts, end + 1);
}

static const char * const place_preps[] = { "in", "at", "to", "from", "into", "near", "across", "toward", "towards", NULL };

/* "the cycle that opened with Salt Meadow in 1994", "his edition of
 * The Collected Letters in 2001": a run ended by "in YYYY" at @in.  Taken
 * when a capital article opens it in mid-sentence or a cue marks it, or
 * when the weak test (title-weak.c) finds no event, place or person. */
static gboolean
item_in_year (const CkExtractCtx *ctx, guint in, Item *it)
{
  guint floor = ck_sentence_start (ctx, in), ts;
  ts = ck_title_span_backward (ctx, in, floor);
  if (ts == in)
    return FALSE;
  ts = ck_ctx_span_back_lines (ctx, ts, in, floor);
  ts = ck_ctx_restore_prep (ctx, ts, floor);
  ts = ck_ctx_drop_opener (ctx, ts, in, floor);
  /* "met Ada Pell in 1967 and Tom Orr in 1949": a year inside the run
   * ends an earlier clause */
  for (guint k = in; k > ts; k--)
    if (year_tok (ctx, k - 1))
      {
        ts = k;
        break;
      }
  while (ts < in && (ck_tok (ctx, ts)->flags & CK_TOKF_FUNC))
    ts++;
  if (ts >= in || ck_is_claimed (ctx, ts, in + 2) || !ck_title_plausible (ctx, ts, in))
    return FALSE;
  /* "the Spanish Civil War in 1936": a lower-case article before */
  if (ts > 0 && (ck_tok_is (ctx, ts - 1, "the") || ck_tok_is (ctx, ts - 1, "a") || ck_tok_is (ctx, ts - 1, "an")))
    return FALSE;
  memset (it, 0, sizeof *it);
  it->ts = ts;
  it->te = in;
  it->close = in + 1;
  it->year = in + 1;
  if (ts > floor && (ck_tok_is (ctx, ts, "The") || ck_tok_is (ctx, ts, "A") || ck_tok_is (ctx, ts, "An")) &&
      ck_count_words (ctx, ts, in) >= 2 && !ck_ctx_names_non_work (ctx, ts + 1, in))
    it->strong = TRUE;
  else if (ck_ctx_title_signal (ctx, ts, in, in + 1) >= 2 && ck_count_words (ctx, ts, in) >= 2 &&
           !ck_ctx_names_non_work (ctx, ts, in) && !(ts > 0 && !ck_tok_is (ctx, ts - 1, "in") &&
                                                    ck_tok_in_words (ctx, ts - 1, place_preps)))
    it->strong = TRUE;
  /* "reached Cork on a ship in 1947", "moved to Salt Meadow in 1994":
   * after a preposition of place the run is more often a place */
  it->weak = !ck_tok_in_words (ctx, ts - 1, place_preps) && ck_ctx_weak_title_ok (ctx, ts, in, floor);
  /* "Franklin Roosevelt in 1933": people are dated this way far more
   * often than books, so a run that reads as a name needs a real sign;
   * "the cycle began with Salt Meadow in 1932": after "with" two words
   * that no given name or honorific opens, and that do not recur alone,
   * are taken for a title */
  if (ck_name_span_forward (ctx, ts, in) == in &&
      (ck_ctx_names_person (ctx, ts, in) || !ck_tok_is (ctx, ts - 1, "with") || ck_count_words (ctx, ts, in) != 2))
    it->weak = FALSE;
  /* "the death of John Vell in 1788": a given name opens a person, however
   * title-like the words around */
  if (ck_name_span_forward (ctx, ts, in) == in && ck_ctx_names_person (ctx, ts, in) && !ck_tok_is (ctx, ts, "The"))
    it->strong = FALSE;
  return it->strong || it->weak;
}

/* Whether the text cites in author-date style: "Skocpol (1979)",
 * "Tilly (1978: 52)", twice or more — a single capitalised word after a
 * lower-case word or a comma, before "(YYYY".  There "Given Family
 * (YYYY)" is a reference to a person's work, not a title. */
static gboolean
author_date_style (const CkExtractCtx *ctx)
{
  guint n = ck_n_toks (ctx), count = 0;
  for (guint i = 2; i + 1 < n && count < 2; i++)
    {
      const CkToken *w = ck_tok (ctx, i - 1), *b = ck_tok (ctx, i - 2);
      if (!ck_tok_is_punct (ctx, i, '(') || !year_tok (ctx, i + 1) || w->kind != CK_TOK_WORD ||
          !(w->flags & CK_TOKF_CAP) || (w->flags & CK_TOKF_UPPER))
        continue;
      /* "the Harbour (1931)", "of Salt (1990)" end titles */
      if (ck_tok_is (ctx, i - 2, "the") || ck_tok_is (ctx, i - 2, "a") || ck_tok_is (ctx, i - 2, "an") ||
          ck_tok_is (ctx, i - 2, "of") || ck_tok_is (ctx, i - 2, "to") || ck_tok_is (ctx, i - 2, "for") ||
          ck_tok_is (ctx, i - 2, "at"))
        continue;
      if ((b->kind == CK_TOK_WORD && (b->flags & CK_TOKF_LOWER)) || (b->kind == CK_TOK_PUNCT && b->ch == ','))
        count++;
    }
  return count >= 2;
}

void
ck_detect_bare_title_year (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx), missed[64], n_missed = 0;
  gboolean author_date = author_date_style (ctx);
  for (guint i = 1; i + 2 < n; i++)
    {
      Item items[16];
      guint n_items = 0, floor, j, strong = 0, prior;
      guint ytok;
      if (!ck_tok_is_punct (ctx, i, '(') || !(year_tok (ctx, i + 1) || lead_date_paren (ctx, i, &ytok)) ||
          ck_is_claimed (ctx, i, i + 2))
        continue;
      /* "What Now? (1932)": the "?" ends the title, not the sentence */
      floor = ck_sentence_start (ctx, ck_tok_is_punct (ctx, i - 1, '?') ? i - 1 : i);
      if (!item_before (ctx, i, floor, FALSE, FALSE, &items[0]) &&
          !(item_before (ctx, i, floor, TRUE, FALSE, &items[0]) &&
            (after_list_item (ctx, items[0].ts) || pair_opens_sentence (ctx, &items[0], floor))))
        {
          if (n_missed < G_N_ELEMENTS (missed))
            missed[n_missed++] = i;
          continue;
        }
      n_items = 1;
      prior = after_list_item (ctx, items[0].ts) || pair_opens_sentence (ctx, &items[0], floor);
      /* the list goes on: ", T (YYYY)", "; T (YYYY)", "and T (YYYY)" */
      j = items[0].close + 1;
      while (n_items < G_N_ELEMENTS (items) && j < n)
        {
          guint k = j, open;
          if (ck_tok_is_punct (ctx, k, ',') || ck_tok_is_punct (ctx, k, ';'))
            k++;
          if (ck_tok_is (ctx, k, "and") || ck_tok_is (ctx, k, "or"))
            k++;
          if (k == j)
            break;
          open = ck_range_title_after (ctx, ck_title_span_forward (ctx, k, MIN (n, k + 40), TRUE));
          if (open == k || !item_before (ctx, open, k, TRUE, FALSE, &items[n_items]) || items[n_items].ts != k)
            break;
          n_items++;
          j = items[n_items - 1].close + 1;
        }
      for (guint k = 0; k < n_items; k++)
        strong += items[k].strong;
      /* one item needs a sign, or the weak test's clean bill; in an
       * author-date text a list of single words is a list of authors
       * ("Skocpol (1979) and Tilly (1978)") and a weak item must have a
       * title's shape (an inner "of", "and", "the") */
      if (author_date && !strong)
        {
          gboolean names = TRUE;
          for (guint k = 0; k < n_items && names; k++)
            names = ck_count_words (ctx, items[k].ts, items[k].te) == 1 ||
                    ck_name_span_forward (ctx, items[k].ts, items[k].te) == items[k].te;
          if (names)
            continue;
        }
      if (n_items + prior < 2 && !strong && !(n_items == 1 && items[0].weak))
        {
          if (n_missed < G_N_ELEMENTS (missed))
            missed[n_missed++] = i;
          continue;
        }
      /* every item of a list has the author of the first */
      for (guint k = 0; k < n_items; k++)
        add_item (ctx, det, &items[k], items[0].ts, items[n_items - 1].close);
      i = items[n_items - 1].close;
    }
  /* the runs turned down above, again, in paragraphs where this detector
   * found two works or more ("Salt Roads (1940) began the cycle; The
   * Weir (1951), …, The Fen (1954)"); never in an author-date text */
  for (guint m = 0; m < n_missed && !author_date; m++)
    {
      guint i = missed[m], p = ck_para_of (ctx, i), floor, found = 0;
      Item it;
      if (ck_is_claimed (ctx, i, i + 2))
        continue;
      for (guint q = 0; q < ctx->mentions->len && found < 2; q++)
        {
          const CkMention *mn = g_ptr_array_index (ctx->mentions, q);
          if (mn->det == det && ck_para_of (ctx, mn->tok) == p)
            found++;
        }
      if (found < 2)
        continue;
      floor = ck_sentence_start (ctx, ck_tok_is_punct (ctx, i - 1, '?') ? i - 1 : i);
      if (item_before (ctx, i, floor, FALSE, TRUE, &it))
        add_item (ctx, det, &it, it.ts, it.close);
    }
  /* "T in YYYY", after the "(YYYY)" forms have taken their lists */
  for (guint i = 1; i + 1 < n; i++)
    {
      Item it;
      if (!ck_tok_is (ctx, i, "in") || !(ck_tok (ctx, i)->flags & CK_TOKF_LOWER) || !year_tok (ctx, i + 1) ||
          ck_tok (ctx, i - 1)->kind != CK_TOK_WORD || ck_is_claimed (ctx, i - 1, i + 2))
        continue;
      /* "in 1992 edition", "in 1930s": the year must end there */
      if (i + 2 < n && (ck_tok (ctx, i + 2)->kind == CK_TOK_NUMBER ||
                        ((ck_tok_is_punct (ctx, i + 2, '-') || ck_tok_is_punct (ctx, i + 2, 0x2013)) &&
                         ck_tok (ctx, i + 2)->start == ck_tok (ctx, i + 1)->end)))
        continue;
      if (!item_in_year (ctx, i, &it))
        continue;
      add_item (ctx, det, &it, it.ts, it.close);
      i = it.close;
    }
}
