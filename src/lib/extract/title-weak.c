/* title-weak.c — when a capitalised run with only a year after it is a
 * title.
 *
 * detect-bare.c takes "T (YYYY)" when something else marks T as a title
 * (a capital article in mid-sentence, a subtitle, a cue noun, a list).
 * Reviews also cite works with nothing but the year: "her early
 * success - Salt Meadow (1983), set among …", "how Letters from
 * Galicia (1938) fared".  The same shape names events, people, places and
 * institutions: "the General Strike (1926)", "Carla Varro (1980)",
 * "Harvard University in 1936", "North Wales (1904)".  So a run with a
 * weak mark is taken only when nothing says it is one of those:
 *   - two words at least (a single capital is a surname or a place),
 *     not in capitals; at the start of a sentence only with a title's
 *     shape (an inner "of", "the", "to", which names lack);
 *   - no event word at its end or as its head before "of", no institution
 *     word at its end, no period word (data/lexicons/non-titles.txt);
 *   - not only places and direction words;
 *   - not a person: no honorific or known given name (given-names.txt)
 *     opening it, no name whose last word the text repeats alone (a
 *     surname recurs alone, a title recurs whole);
 *   - no year inside, and its first word capitalised;
 *   - not a place or a repeated name followed by a preposition ("Vienna
 *     in Winter", "Vell in Lisbon"), nor a run with "in Place" inside;
 *   - not a publisher (publishers.txt, "Books", "Press");
 *   - not after "at", "by", "born" (places and people follow those).
 */
#include "detect-context.h"
#include "detect-extra.h"
#include <string.h>

/* How far recurs_alone() looks each way, in tokens, as
 * ck_ctx_word_recurs() does: bounded so long texts stay linear. */
#define WEAK_RECUR_WINDOW 3000

static const char *
non_title_kind (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP))
    return NULL;
  return ck_lex_lookup (CK_LEX_NON_TITLES, ctx->text + t->start, t->end - t->start);
}

static gboolean
kind_is (const char *kind, const char *want)
{
  return kind && strcmp (kind, want) == 0;
}

static gboolean
roman_numeral (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_UPPER) || t->end - t->start > 5)
    return FALSE;
  for (guint j = t->start; j < t->end; j++)
    if (!strchr ("IVX", ctx->text[j]))
      return FALSE;
  return TRUE;
}

/* "Part Two", "Chapter 5", "Volume III", "Book One": the word at @k names
 * a division of a text and @k + 1 is its number. */
static gboolean
is_division (const CkExtractCtx *ctx, guint k, guint num)
{
  static const char * const divisions[] = { "part", "chapter", "volume", "book", "section", "table", "figure",
                                            "appendix", "plate", "act", "scene", "canto", "letter", "number",
                                            "no", "vol", "ch", "fig", "essay", "lecture", NULL };
  static const char * const numbers[] = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                          "ten", "eleven", "twelve", NULL };
  gboolean div = FALSE, number;
  for (guint d = 0; divisions[d] && !div; d++)
    div = ck_tok_is (ctx, k, divisions[d]);
  if (!div)
    return FALSE;
  number = ck_tok (ctx, num)->kind == CK_TOK_NUMBER || roman_numeral (ctx, num);
  for (guint d = 0; numbers[d] && !number; d++)
    number = ck_tok_is (ctx, num, numbers[d]);
  return number;
}

/* Nouns of an occasion, not a text: a lecture is given at a place, in a
 * month; the published text is cited by its own title.  Lower case. */
static const char * const occasion_nouns[] = {
  "lecture", "lectures", "address", "sermon", "speech", "oration", "broadcast", "debate", "conference",
  "exhibition", "festival", "concert", "seminar", "symposium", "congress", "meeting", NULL,
};

/* Prepositions that put an occasion in a place or a time. */
static const char * const occasion_preps[] = { "at", "in", "on", "before", "during", NULL };

/* Nouns that end the names of streets, buildings and landscapes
 * (ck_ctx_institution_word()) and as often end titles ("The Street",
 * "The Magic Island"). */
static const char * const place_nouns[] = {
  "Street", "Road", "Avenue", "Square", "Station", "Prison", "Palace", "Abbey", "Cathedral", "Chapel", "Theatre",
  "Theater", "Island", "Islands", "Mountains", "Valley", "County", "Gallery", "Library", "School", "Hospital", NULL,
};

gboolean
ck_run_names_occasion (const CkExtractCtx *ctx, guint ts, guint te)
{
  static const char * const months[] = { "January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December", NULL };
  for (guint k = ts; k + 1 < te; k++)
    {
      /* "the Rede Lecture at Cambridge", "his Address in Leeds" */
      if ((ck_tok (ctx, k)->flags & CK_TOKF_CAP) && ck_tok_in_words (ctx, k, occasion_nouns) &&
          ck_tok_lower_word (ctx, k + 1) && ck_tok_in_words (ctx, k + 1, occasion_preps) && k + 2 < te &&
          ck_tok_cap_word (ctx, k + 2))
        return TRUE;
      /* "… in May 1959": a date inside the run dates an occasion */
      if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, occasion_preps) && k + 2 < te &&
          ck_tok_in_words (ctx, k + 1, months) && (ck_tok (ctx, k + 2)->flags & CK_TOKF_YEAR))
        return TRUE;
    }
  return FALSE;
}

gboolean
ck_ctx_names_non_work (const CkExtractCtx *ctx, guint ts, guint te)
{
  guint last = te, head = ts, content = 0, placeish = 0;
  if (te <= ts)
    return TRUE;
  if (ck_run_names_occasion (ctx, ts, te))
    return TRUE;
  while (last > ts && ck_tok (ctx, last - 1)->kind != CK_TOK_WORD)
    last--;
  if (last == ts)
    return TRUE;
  last--;
  /* "Penguin Books in 1961", "Faber and Faber (1930)": a publisher; "the
   * Radio Times": a periodical */
  if (ck_span_in_lex (ctx, ts, te, CK_LEX_PUBLISHERS) || ck_tok_in_lex (ctx, ts, CK_LEX_PUBLISHERS) ||
      ck_span_in_lex (ctx, ts, te, CK_LEX_PERIODICALS))
    return TRUE;
  /* "A House of Small Rooms", "An Island Summer": a proper name of a
   * firm, a body, an event or a place never takes the indefinite article,
   * so the words that end or head such names prove nothing after it (a
   * known publisher or periodical was ruled out just above) */
  if (te > ts + 1 && ck_tok_cap_word (ctx, ts) && !(ck_tok (ctx, ts)->flags & CK_TOKF_INITIAL) &&
      (ck_tok_is (ctx, ts, "A") || ck_tok_is (ctx, ts, "An")))
    return FALSE;
  for (guint k = ts; k < te; k++)
    if ((ck_tok (ctx, k)->flags & CK_TOKF_CAP) && ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS))
      return TRUE;
  /* an event or institution word that ends the run */
  {
    const char *k = non_title_kind (ctx, last);
    /* "wrote The Long Road", "in The Street": streets and buildings take
     * a lower-case article in prose, so a capital one in mid-sentence
     * makes the run a title's */
    if (te > ts + 1 && ck_tok_is (ctx, ts, "The") && ts > 0 && ck_tok_lower_word (ctx, ts - 1) &&
        ck_tok_in_words (ctx, last, place_nouns))
      return FALSE;
    if (kind_is (k, "event") || kind_is (k, "institution") || kind_is (k, "geo") ||
        kind_is (non_title_kind (ctx, ts), "geo") || ck_ctx_institution_word (ctx->text + ck_tok (ctx, last)->start,
                                                                                    ck_tok (ctx, last)->end - ck_tok (ctx, last)->start))
      return TRUE;
  }
  /* "Treaty of Versailles", "the Congress of Vienna": an event word as
   * head, after an optional article */
  if (ck_tok_is (ctx, head, "The") || ck_tok_is (ctx, head, "A"))
    head++;
  if (head + 1 < te && ck_tok_is (ctx, head + 1, "of") &&
      (kind_is (non_title_kind (ctx, head), "event") || kind_is (non_title_kind (ctx, head), "institution") ||
       ck_ctx_institution_word (ctx->text + ck_tok (ctx, head)->start, ck_tok (ctx, head)->end - ck_tok (ctx, head)->start)))
    return TRUE;
  if (kind_is (non_title_kind (ctx, head), "head"))
    return TRUE;
  /* "Part Two (1990)", "Chapter 5 in 1990": a division of a text */
  if (te == head + 2 && is_division (ctx, head, head + 1))
    return TRUE;
  /* "Black September (1970)", "the Long March": a month (not a season:
   * "Bells in Winter") ends the name of an event */
  {
    static const char * const months[] = { "January", "February", "March", "April", "May", "June", "July",
                                           "August", "September", "October", "November", "December", NULL };
    /* …but after a preposition and "the" a month is a common noun
     * ("Songs of the May"), not a date */
    gboolean noun = last >= ts + 2 && ck_tok_is (ctx, last - 1, "the") && ck_tok_lower_word (ctx, last - 1) &&
                    ck_tok_lower_word (ctx, last - 2) && (ck_tok (ctx, last - 2)->flags & CK_TOKF_FUNC) &&
                    !ck_tok_is (ctx, last - 2, "the");
    for (guint k = 0; months[k] && !noun; k++)
      if (ck_tok_is (ctx, last, months[k]))
        return TRUE;
  }
  /* "Vatican II", "Henry VIII": a regnal or serial number ends names
   * (a long run ending so is a title: "… changes in the reign of Henry VIII") */
  if (roman_numeral (ctx, last) && ck_count_words (ctx, ts, te) <= 5)
    return TRUE;
  for (guint k = ts; k < te; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      const char *kind;
      if (t->kind != CK_TOK_WORD || (t->flags & CK_TOKF_FUNC))
        continue;
      content++;
      kind = non_title_kind (ctx, k);
      if (kind_is (kind, "period"))
        return TRUE;
      if (kind_is (kind, "direction") || ck_tok_in_lex (ctx, k, CK_LEX_PLACES))
        placeish++;
    }
  /* "North Wales", "New Mexico", "Paris and Rome" */
  return content > 0 && placeish == content;
}

/* Whether the run reads as a personal name: an honorific or a known given
 * name opens it, or its last word stands capitalised elsewhere too. */
static gboolean
same_word (const CkExtractCtx *ctx, guint a, guint b)
{
  const CkToken *x = ck_tok (ctx, a), *y = ck_tok (ctx, b);
  return x->kind == CK_TOK_WORD && y->kind == CK_TOK_WORD && x->end - x->start == y->end - y->start &&
         memcmp (ctx->text + x->start, ctx->text + y->start, x->end - x->start) == 0;
}

/* Whether the last word of [ts,te) stands capitalised elsewhere without
 * the word before it: a surname recurs alone ("Varro … Varro's book"),
 * a title recurs whole ("Salt Meadow … Salt Meadow"). */
static gboolean
recurs_alone (const CkExtractCtx *ctx, guint ts, guint te)
{
  guint n = ck_n_toks (ctx), last = te - 1;
  guint lo = ts > WEAK_RECUR_WINDOW ? ts - WEAK_RECUR_WINDOW : 0, hi = MIN (n, te + WEAK_RECUR_WINDOW);
  for (guint k = lo; k < hi; k++)
    {
      if (k >= ts && k < te)
        continue;
      if (!(ck_tok (ctx, k)->flags & CK_TOKF_CAP) || !same_word (ctx, k, last))
        continue;
      if (last > ts && k > 0 && same_word (ctx, k - 1, last - 1))
        continue;
      /* "The Tin Orchard" taken already (the reviewed book's header):
       * after a capitalised word that opens no name (no given name,
       * initial or honorific) the word is part of a work found earlier,
       * not a surname standing alone; a capital that only opens the
       * sentence or the line is no such word */
      if (k > 0 && ck_is_claimed (ctx, k, k + 1) && ck_tok_cap_word (ctx, k - 1) && !(ck_tok (ctx, k - 1)->flags & CK_TOKF_INITIAL) &&
          !ck_tok_in_lex (ctx, k - 1, CK_LEX_GIVEN_NAMES) && !kind_is (non_title_kind (ctx, k - 1), "honorific") &&
          ck_tok (ctx, k)->nl == 0 && ck_tok (ctx, k - 1)->nl == 0 && k >= 2 &&
          (ck_tok (ctx, k - 2)->kind == CK_TOK_WORD || ck_tok_is_punct (ctx, k - 2, ',')))
        continue;
      return TRUE;
    }
  return FALSE;
}

gboolean
ck_ctx_person_after_by (const CkExtractCtx *ctx, guint ts, guint te)
{
  /* "which she wrote with Ivo Orr (…)": a co-author, likewise ("she
   * began with Charles Darwin: Voyaging" has no verb of writing) */
  static const char * const wrote[] = { "wrote", "written", "co-wrote", "co-written", "edited", "compiled", NULL };
  if (ts > 1 && ck_tok_is (ctx, ts - 1, "with") && ck_tok_lower_word (ctx, ts - 1) && ck_tok_in_words (ctx, ts - 2, wrote))
    return ck_ctx_names_person (ctx, ts, te);
  return ts > 0 && ck_tok_is (ctx, ts - 1, "by") && ck_tok_lower_word (ctx, ts - 1) && ck_ctx_names_person (ctx, ts, te);
}

gboolean
ck_ctx_names_person (const CkExtractCtx *ctx, guint ts, guint te)
{
  guint ne = ck_name_span_forward (ctx, ts, te);
  const CkToken *t = ck_tok (ctx, ts);
  if (kind_is (non_title_kind (ctx, ts), "honorific"))
    return TRUE;
  /* "Carla Varro and Ivo", "Simon and Tull": a known given name opens
   * a name (or a duo), whatever follows; books named after a person
   * ("Ada Quint") are lost to this only without a cue */
  if (ck_lex_lookup (CK_LEX_GIVEN_NAMES, ctx->text + t->start, t->end - t->start))
    return TRUE;
  if (ne != te)
    return FALSE;
  if (ck_lex_lookup (CK_LEX_GIVEN_NAMES, ctx->text + t->start, t->end - t->start) || (t->flags & CK_TOKF_INITIAL))
    return TRUE;
  return recurs_alone (ctx, ts, te);
}

/* "was followed by T (1979)", "preceded by T": a verb of sequence before
 * the "by" at @by, which puts a work after it, not its author */
gboolean
ck_ctx_sequence_by (const CkExtractCtx *ctx, guint by)
{
  /* (not "succeeded": office holders are) */
  static const char * const verbs[] = { "followed", "preceded", "superseded", "eclipsed",
                                        "overshadowed", "outsold", "surpassed", NULL };
  return by > 0 && ck_tok_lower_word (ctx, by) && ck_tok_lower_word (ctx, by - 1) && ck_tok_in_words (ctx, by - 1, verbs);
}

gboolean
ck_ctx_weak_title_ok (const CkExtractCtx *ctx, guint ts, guint te, guint sfloor)
{
  /* (keep "by" second: sequence_by() lifts it) */
  static const char * const before[] = { "at", "by", "born", "near", "under", NULL };
  if (te <= ts || ts < sfloor || ck_count_words (ctx, ts, te) < 2)
    return FALSE;
  /* at the start of a sentence every word is capitalised anyway, so the
   * run must show a title's shape: a lower-case function word inside
   * that no name has ("Letters from Galicia (1936) sold"); a capital article
   * alone is not enough there ("The Rolling Stones in 1969") */
  if (ts == sfloor)
    {
      gboolean shape = FALSE;
      /* "and" joins names too ("Tebb and Gannet (1990) argue"); "in" and
       * "at" open a place ("Born in Whitby in 1932", "Raised at Hull") */
      for (guint k = ts + 1; k + 1 < te && !shape; k++)
        shape = ck_tok (ctx, k)->kind == CK_TOK_WORD && (ck_tok (ctx, k)->flags & CK_TOKF_FUNC) &&
                !ck_tok_in_lex (ctx, k, CK_LEX_PARTICLES) && !ck_tok_is (ctx, k, "and") && !ck_tok_is (ctx, k, "or");
      for (guint k = ts + 1; k + 1 < te && shape; k++)
        if (ck_tok_is (ctx, k, "in") || ck_tok_is (ctx, k, "at"))
          shape = FALSE;
      if (!shape)
        return FALSE;
      /* "After the Treaty of Rome in 1957": an opening preposition and
       * an event or place after it */
      {
        /* (an opening article is the title's own: "A House of …") */
        guint r = ck_tok_is (ctx, ts, "A") || ck_tok_is (ctx, ts, "An") ? ts : ts + 1;
        while (r > ts && r < te && ck_tok (ctx, r)->kind == CK_TOK_WORD && (ck_tok (ctx, r)->flags & CK_TOKF_FUNC))
          r++;
        if (r < te && ck_ctx_names_non_work (ctx, r, te))
          return FALSE;
      }
    }
  if ((ck_tok (ctx, ts)->flags & CK_TOKF_UPPER) || ck_tok (ctx, ts)->kind != CK_TOK_WORD ||
      !(ck_tok (ctx, ts)->flags & CK_TOKF_CAP))
    return FALSE;
  /* "University in 1950 under Ada Vell (1951)": a year inside ends a
   * clause, not a title */
  for (guint k = ts; k < te; k++)
    if (ck_tok (ctx, k)->flags & CK_TOKF_YEAR)
      return FALSE;
  for (guint k = 0; before[k]; k++)
    if (ck_tok_is (ctx, ts - 1, before[k]) && !(k == 1 && ck_ctx_sequence_by (ctx, ts - 1)))
      return FALSE;
  if (ck_ctx_names_non_work (ctx, ts, te) || ck_ctx_names_person (ctx, ts, te))
    return FALSE;

  /* "as Vell and Orr (1990) argue": two single words joined by "and",
   * one of them a surname the text repeats */
  if (te == ts + 3 && (ck_tok_is (ctx, ts + 1, "and") || ck_tok_is_punct (ctx, ts + 1, '&')) &&
      (ck_ctx_word_recurs (ctx, ts, ts, te) || ck_ctx_word_recurs (ctx, ts + 2, ts, te) ||
       ck_tok_in_lex (ctx, ts + 2, CK_LEX_GIVEN_NAMES)))
    return FALSE;
  /* "Vell in Lisbon", "Cork on a ship": a place or a name the text
   * repeats, then a preposition — someone or something somewhere */
  if (ts + 1 < te && (ck_tok (ctx, ts + 1)->flags & CK_TOKF_LOWER) && ck_tok (ctx, ts + 1)->kind == CK_TOK_WORD &&
      (ck_tok_in_lex (ctx, ts, CK_LEX_PLACES) || ck_ctx_word_recurs (ctx, ts, ts, te)))
    return FALSE;
  for (guint k = ts + 1; k + 1 < te; k++)
    if ((ck_tok_is (ctx, k, "in") || ck_tok_is (ctx, k, "at")) && ck_tok_in_lex (ctx, k + 1, CK_LEX_PLACES))
      return FALSE;
  return TRUE;
}

guint
ck_ctx_span_back_lines (const CkExtractCtx *ctx, guint ts, guint end, guint floor)
{
  for (guint round = 0; round < 3 && ts > floor && ts < end; round++)
    {
      guint k = ts, s2;
      /* the run may have stopped at "the" or "of" that opens the line */
      while (k > floor && k + 3 > ts && ck_tok (ctx, k - 1)->kind == CK_TOK_WORD &&
             (ck_tok (ctx, k - 1)->flags & CK_TOKF_FUNC) && ck_tok (ctx, k)->nl == 0)
        k--;
      if (ck_tok (ctx, k)->nl != 1 || k <= floor || !(ck_tok (ctx, k - 1)->flags & (CK_TOKF_CAP | CK_TOKF_FUNC)))
        break;
      s2 = ck_title_span_backward (ctx, k, floor);
      if (s2 >= k)
        break;
      ts = s2;
    }
  return ts;
}

guint
ck_ctx_weak_title_cut (const CkExtractCtx *ctx, guint ts, guint te, guint sfloor)
{
  static const char * const preps[] = { "with", "at", "in", "on", "from", "by", "for", NULL };
  for (guint k = ts + 1; k + 2 < te; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      gboolean prep = FALSE;
      if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_LOWER))
        continue;
      for (guint p = 0; preps[p] && !prep; p++)
        prep = ck_tok_is (ctx, k, preps[p]);
      if (!prep)
        continue;
      /* the part before must name a place, an institution, a person or a
       * word the text repeats; the part after must pass on its own */
      if (!(ck_ctx_names_non_work (ctx, ts, k) || ck_ctx_names_person (ctx, ts, k) ||
            ck_tok_in_lex (ctx, ts, CK_LEX_PLACES) || ck_ctx_word_recurs (ctx, ts, ts, k)))
        return te;
      if (ck_ctx_weak_title_ok (ctx, k + 1, te, sfloor))
        return k + 1;
      return te;
    }
  return te;
}

gboolean
ck_ctx_honorific_title_ok (const CkExtractCtx *ctx, guint ts, guint te, guint sfloor)
{
  static const char * const titled[] = { "Mr", "Mrs", "Miss", "Dr", "Lord", "Lady", "Sir", "Uncle", "Aunt",
                                         "Madame", "Monsieur", "Herr", "Frau", NULL };
  static const char * const before[] = { "by", "with", "to", "for", "and", "at", "met", "married", "said", NULL };
  guint words = ck_count_words (ctx, ts, te), k = ts + 1;
  gboolean hon = FALSE;
  const CkToken *t;
  if (ts <= sfloor || words < 2 || words > 3 || !(ck_tok (ctx, ts - 1)->flags & CK_TOKF_LOWER))
    return FALSE;
  for (guint i = 0; titled[i] && !hon; i++)
    hon = ck_tok_is (ctx, ts, titled[i]) && (ck_tok (ctx, ts)->flags & CK_TOKF_CAP);
  for (guint i = 0; before[i] && hon; i++)
    if (ck_tok_is (ctx, ts - 1, before[i]))
      hon = FALSE;
  if (!hon)
    return FALSE;
  if (ck_tok_is_punct (ctx, k, '.'))
    k++;
  if (k >= te)
    return FALSE;
  t = ck_tok (ctx, k);
  /* "Mrs Ada Vell" is a person; "Mrs Harrow" with nothing else of her
   * in the text is a book's title */
  if (ck_lex_lookup (CK_LEX_GIVEN_NAMES, ctx->text + t->start, t->end - t->start) || recurs_alone (ctx, k, te) ||
      ck_ctx_word_recurs (ctx, te - 1, ts, te))
    return FALSE;
  return !ck_ctx_names_non_work (ctx, k, te);
}

CkRole
ck_ctx_role_before (const CkExtractCtx *ctx, guint tok)
{
  if (tok < 2 || !ck_tok_is (ctx, tok - 1, "of"))
    return CK_ROLE_AUTHOR;
  if (ck_tok_is (ctx, tok - 2, "edition") || ck_tok_is (ctx, tok - 2, "editing"))
    return CK_ROLE_EDITOR;
  if (ck_tok_is (ctx, tok - 2, "translation") || ck_tok_is (ctx, tok - 2, "translating"))
    return CK_ROLE_TRANSLATOR;
  return CK_ROLE_AUTHOR;
}

gboolean
ck_ctx_opens_with_name (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP))
    return FALSE;
  return kind_is (non_title_kind (ctx, k), "honorific") ||
         ck_lex_lookup (CK_LEX_GIVEN_NAMES, ctx->text + t->start, t->end - t->start) != NULL;
}
