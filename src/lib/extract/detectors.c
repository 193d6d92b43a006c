/* detectors.c — candidate detectors, one per citation convention, and the
 * one table that lists them in the order they run.
 *
 * A detector scans the tokens, and for every citation it recognises adds a
 * mention (a partial record with its evidence span) and claims the tokens
 * it used, so that a later, looser detector does not read the same words
 * again.  The order of the table is therefore the order of trust: venue
 * lines and header blocks first, bare pronoun titles last.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "title-yearparen.h"
#include "detect-context.h"
#include "title-short.h"
#include "periodical-cues.h"
#include "attr-context.h"
#include "scholar-shapes.h"
#include "attribution.h"
#include <string.h>

#define MAX_QUOTE_TOKENS 40
#define MAX_PAREN_TOKENS 40
#define CK_MAX_HEADER_BYTES 1500

/* ------------------------------------------------------------ helpers */

static gboolean    is_label_line (const CkExtractCtx *ctx, guint first, guint end);
static void        label_into (const CkExtractCtx *ctx, CkRecord *rec, const char *field, guint vs, guint ve);
static const char *line_label (const CkExtractCtx *ctx, guint first, guint end, guint *value);

static const CkPara *
para (const CkExtractCtx *ctx, guint p)
{
  return &g_array_index (ctx->t->paras, CkPara, p);
}

static const CkLine *
line (const CkExtractCtx *ctx, guint l)
{
  return &g_array_index (ctx->t->lines, CkLine, l);
}

static guint
n_paras (const CkExtractCtx *ctx)
{
  return ctx->t->paras->len;
}

/* Index of the ")" closing the "(" at @open, or 0 when it does not close
 * within the paragraph and MAX_PAREN_TOKENS. */
static guint
paren_close (const CkExtractCtx *ctx, guint open, guint limit)
{
  gunichar o = ck_tok (ctx, open)->ch, c = o == '(' ? ')' : ']';
  for (guint j = open + 1; j < limit && j < open + MAX_PAREN_TOKENS; j++)
    {
      const CkToken *t = ck_tok (ctx, j);
      if (t->nl >= 2)
        return 0;
      if (t->kind == CK_TOK_PUNCT && t->ch == c)
        return j;
      if (t->kind == CK_TOK_PUNCT && t->ch == o)
        return 0;
    }
  return 0;
}

/* "March", "March-April", "January/February" */
static gboolean
is_month_tok (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t;
  const char *p, *e;
  if (i >= ck_n_toks (ctx))
    return FALSE;
  t = ck_tok (ctx, i);
  if (t->kind != CK_TOK_WORD)
    return FALSE;
  p = ctx->text + t->start;
  e = ctx->text + t->end;
  while (p < e)
    {
      const char *q = p;
      while (q < e && *q != '-')
        q++;
      if (!ck_lex_lookup (CK_LEX_MONTHS, p, q - p))
        return FALSE;
      p = q + 1;
    }
  return TRUE;
}

static gboolean
is_year_tok (const CkExtractCtx *ctx, guint i)
{
  return i < ck_n_toks (ctx) && (ck_tok (ctx, i)->flags & CK_TOKF_YEAR);
}

/* Parses the inside of "(…)" at @open as imprint elements into @rec.
 * TRUE when it held at least one element and nothing else. */
/* "; first published in Oslo as Langt tidevann, 1985", "; orig. 1985"
 * from @semi to @close: the original's title, place and year go on
 * @rec.  FALSE when the tail is not such a note. */
static gboolean
original_note (CkExtractCtx *ctx, CkRecord *rec, guint semi, guint close)
{
  guint k = semi + 1, last_year = 0;
  gboolean bare = FALSE;
  if ((ck_tok_is (ctx, k, "first") || ck_tok_is (ctx, k, "originally")) &&
      (ck_tok_is (ctx, k + 1, "published") || ck_tok_is (ctx, k + 1, "pub") || ck_tok_is (ctx, k + 1, "publ") ||
       ck_tok_is (ctx, k + 1, "issued") || ck_tok_is (ctx, k + 1, "appeared")))
    k += 2;
  /* "; orig. 1950", "; originally La Société contre l'État, 1974" */
  else if (ck_tok_is (ctx, k, "orig") || ck_tok_is (ctx, k, "originally"))
    {
      k++;
      bare = TRUE;
    }
  else
    return FALSE;
  if (ck_tok_is_punct (ctx, k, '.'))
    k++;
  for (guint j = k; j < close; j++)
    if (ck_tok (ctx, j)->flags & CK_TOKF_YEAR)
      last_year = j;
  if (!last_year || ck_tok (ctx, last_year)->end - ck_tok (ctx, last_year)->start != 4)
    return FALSE;
  /* "in Oslo", "in Norway": the place, when the places lexicon knows it */
  if (ck_tok_is (ctx, k, "in") && k + 1 < close && ck_tok_in_lex (ctx, k + 1, CK_LEX_PLACES))
    {
      ck_record_take (rec, CK_FIELD_ORIGINAL_PUBLISHER_PLACE, ck_tok_dup (ctx, k + 1));
      k += 2;
    }
  /* "as Title," up to the comma before the year; after a bare
   * "originally" the title stands at once */
  if ((ck_tok_is (ctx, k, "as") && k + 1 < last_year) || (bare && ck_tok_cap_word (ctx, k) && k < last_year))
    {
      guint ts = ck_tok_is (ctx, k, "as") ? k + 1 : k, te = last_year;
      if (ck_tok_is_punct (ctx, te - 1, ','))
        te--;
      if (te > ts && ck_title_plausible (ctx, ts, te))
        ck_record_take (rec, CK_FIELD_ORIGINAL_TITLE, ck_span_dup (ctx, ts, te));
    }
  ck_record_take_date (rec, CK_DATE_ORIGINAL,
                       ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, last_year)->start), 0, 0));
  return TRUE;
}

/* "Grey Harbour (Le Port gris, 1931)": a title in a foreign language and
 * a year in the parenthesis after an English title are the original's
 * title and year, not a publisher.  The imprint reader would take the
 * words for a firm, so this is asked first. */
static gboolean
paren_original_title (CkExtractCtx *ctx, CkRecord *rec, guint open, guint close)
{
  guint comma;
  g_autofree char *span = NULL;
  /* "(Le Port gris, 1931; Eng. trans. 1935)": the translation's note
   * after a semicolon */
  for (guint k = open + 4; k + 2 < close; k++)
    if (ck_tok_is_punct (ctx, k, ';') && is_year_tok (ctx, close - 1) && is_year_tok (ctx, k - 1))
      {
        gboolean note = TRUE;
        for (guint q = k + 1; q + 1 < close && note; q++)
          note = ck_tok_is_punct (ctx, q, '.') || ck_tok_is (ctx, q, "Eng") || ck_tok_is (ctx, q, "English") ||
                 ck_tok_is (ctx, q, "trans") || ck_tok_is (ctx, q, "tr") || ck_tok_is (ctx, q, "transl") ||
                 ck_tok_is (ctx, q, "translation") || ck_tok_is (ctx, q, "translated");
        if (note)
          close = k;
        break;
      }
  comma = close - 2;
  if (close < open + 5 || !is_year_tok (ctx, close - 1) || !ck_tok_is_punct (ctx, comma, ','))
    return FALSE;
  if (ck_foreign_title_start (ctx, comma, open) != open + 1)
    return FALSE;
  span = ck_span_dup (ctx, open + 1, comma);
  if (ck_lex_lookup (CK_LEX_PUBLISHERS, span, strlen (span)) || ck_tok_in_lex (ctx, open + 1, CK_LEX_PLACES))
    return FALSE;
  ck_record_take (rec, CK_FIELD_ORIGINAL_TITLE, g_steal_pointer (&span));
  ck_record_take_date (rec, CK_DATE_ISSUED,
                       ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, close - 1)->start), 0, 0));
  return TRUE;
}

/* Words of a note on a later edition: "25th anniversary ed., 2004",
 * "rev. ed. 1992", "new edition 2004", "repr. 1968", "pbk 1990". */
static const char * const later_edition_words[] = {
  "anniversary", "revised", "rev", "new", "enlarged", "expanded", "paperback", "pbk", "pb", "second", "third",
  "fourth", "reprint", "reprinted", "repr", "reissued", "ed", "edn", "edition", "updated", "with", "a",
  "afterword", "preface", "introduction", "and", "corrected", NULL,
};

/* "; 25th anniversary ed., 2004" from @semi to @close: a later edition,
 * no part of the imprint the title had first. */
static gboolean
later_edition_note (const CkExtractCtx *ctx, guint semi, guint close)
{
  static const char * const openers[] = { "paperback", "pbk", "pb", "revised", "rev", "reprinted", "repr",
                                          "reissued", "reprint", "new", NULL };
  gboolean year = FALSE, word = FALSE;
  /* "(Brill, 2006; paperback Haymarket, 2008)", "(1974; revised 1990)":
   * a note that opens with such a word may name its own firm */
  if (semi + 2 < close && ck_tok_lower_word (ctx, semi + 1) && ck_tok_in_words (ctx, semi + 1, openers))
    for (guint k = semi + 2; k < close; k++)
      if (ck_tok (ctx, k)->flags & CK_TOKF_YEAR)
        return TRUE;
  for (guint k = semi + 1; k < close; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->flags & CK_TOKF_YEAR)
        year = TRUE;
      else if (t->kind == CK_TOK_NUMBER && k + 1 < close && ck_tok_in_words (ctx, k + 1, later_edition_words))
        continue;   /* "25th", "2nd" */
      else if (ck_tok_in_words (ctx, k, later_edition_words))
        word = word || ck_tok_is (ctx, k, "ed") || ck_tok_is (ctx, k, "edn") || ck_tok_is (ctx, k, "edition") ||
               ck_tok_is (ctx, k, "repr") || ck_tok_is (ctx, k, "reprint") || ck_tok_is (ctx, k, "reprinted") ||
               ck_tok_is (ctx, k, "reissued") || ck_tok_is (ctx, k, "paperback") || ck_tok_is (ctx, k, "pbk");
      else if (!ck_tok_is_punct (ctx, k, '.') && !ck_tok_is_punct (ctx, k, ','))
        return FALSE;
    }
  return year && word;
}

/* "with her sister Ada", "edited by his son Francis": who a person is
 * to the one before */
static const char * const kin_owners[] = { "his", "her", "their", NULL };
static const char * const kin_nouns[] = { "sister", "brother", "wife", "husband", "son", "daughter", "father",
                                          "mother", "partner", "colleague", "friend", "student", "teacher", "widow",
                                          "granddaughter", "grandson", "niece", "nephew", "pupil", NULL };

/* Whether "by" stands before @ts, perhaps with the person's kin between
 * ("edited by his son Francis") */
static gboolean
by_before (const CkExtractCtx *ctx, guint ts)
{
  /* "trans. R. R.\n Palmer (…)": the initials of the name that starts
   * the run's line */
  while (ts >= 3 && ck_tok_is_punct (ctx, ts - 1, '.') && (ck_tok (ctx, ts - 2)->flags & CK_TOKF_INITIAL))
    ts -= 2;
  /* "Trans. Ada Reed (…)", "ed. Tom Vell (…)": a role's short form */
  if (ts >= 2 && ck_tok_is_punct (ctx, ts - 1, '.') &&
      (ck_tok_is (ctx, ts - 2, "trans") || ck_tok_is (ctx, ts - 2, "tr") || ck_tok_is (ctx, ts - 2, "ed") ||
       ck_tok_is (ctx, ts - 2, "eds")))
    return TRUE;
  if (ts >= 3 && ck_tok_lower_word (ctx, ts - 1) && ck_tok_in_words (ctx, ts - 1, kin_nouns) &&
      ck_tok_lower_word (ctx, ts - 2) && ck_tok_in_words (ctx, ts - 2, kin_owners))
    ts -= 2;
  return ts > 0 && ck_tok_is (ctx, ts - 1, "by") && ck_tok_lower_word (ctx, ts - 1);
}

/* "two" … "ten" in lower case at @k, as a number; 0 when none */
static guint
count_word (const CkExtractCtx *ctx, guint k)
{
  static const char * const counts[] = { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", NULL };
  if (!ck_tok_lower_word (ctx, k))
    return 0;
  for (guint c = 0; counts[c]; c++)
    if (ck_tok_is (ctx, k, counts[c]))
      return c + 2;
  return 0;
}

/* "(2 vols., London: Firm, 1969-73)": the count of volumes opening a
 * parenthesis; returns the token after it, or @open + 1. */
static guint
volumes_lead (const CkExtractCtx *ctx, guint open, guint close)
{
  guint k = open + 1;
  if (k + 2 < close &&
      ((ck_tok (ctx, k)->kind == CK_TOK_NUMBER && ck_tok (ctx, k)->end - ck_tok (ctx, k)->start <= 2) ||
       count_word (ctx, k) > 0) &&
      (ck_tok_is (ctx, k + 1, "vols") || ck_tok_is (ctx, k + 1, "volumes") || ck_tok_is (ctx, k + 1, "vol") ||
       /* "(3 series, Paris, 1906-13)" */
       ck_tok_is (ctx, k + 1, "series") || ck_tok_is (ctx, k + 1, "parts")))
    {
      k += 2;
      if (ck_tok_is_punct (ctx, k, '.'))
        k++;
      if (ck_tok_is_punct (ctx, k, ','))
        k++;
      if (k < close)
        return k;
    }
  return open + 1;
}

/* Words that own the title after them: "whose T", "his T". */
static const char * const owner_words[] = { "whose", "his", "her", "their", "its", "my", "our", NULL };

static gboolean
paren_imprint (CkExtractCtx *ctx, CkRecord *rec, guint open, guint close)
{
  guint unknown = 0, found;
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  if (close <= open + 1)
    return FALSE;
  if (paren_original_title (ctx, rec, open, close))
    return TRUE;
  /* "(trans. M. D. Vell, London, 1932)": the translator or editor first */
  {
    CkRole role;
    guint r = ck_role_statement_at (ctx, open + 1, close, &role), ne = r;
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
    /* the names run to the first comma ("trans. A and B, London, …") */
    while (ne < close && !ck_tok_is_punct (ctx, ne, ','))
      ne++;
    if (r > open + 1 && role != CK_ROLE_AUTHOR && ne + 1 < close && ck_names_forward (ctx, r, ne, role, names) == ne &&
        names->len > 0)
      {
        if (!paren_imprint (ctx, rec, ne, close))
          return FALSE;
        for (guint q = 0; q < names->len; q++)
          ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
        return TRUE;
      }
  }
  /* "(2 vols., London: Firm, 1969-73)" */
  if (volumes_lead (ctx, open, close) > open + 1)
    {
      guint k = volumes_lead (ctx, open, close);
      if (!paren_imprint (ctx, rec, k - 1, close))
        return FALSE;
      if (!ck_record_has (rec, CK_FIELD_NUMBER_OF_VOLUMES) && !ck_tok_is (ctx, open + 2, "series") &&
          !ck_tok_is (ctx, open + 2, "parts"))
        ck_record_take (rec, CK_FIELD_NUMBER_OF_VOLUMES,
                        ck_tok (ctx, open + 1)->kind == CK_TOK_NUMBER ? ck_tok_dup (ctx, open + 1)
                          : g_strdup_printf ("%u", count_word (ctx, open + 1)));
      return TRUE;
    }
  /* "(Firm, 1979; 25th anniversary ed., 2004)": the first imprint is the
   * title's */
  for (guint k = open + 2; k + 2 < close; k++)
    if (ck_tok_is_punct (ctx, k, ';') && later_edition_note (ctx, k, close))
      {
        guint unk = 0;
        g_autoptr(CkRecord) whole = NULL;
        if (!paren_imprint (ctx, rec, open, k))
          return FALSE;
        /* "(1957; repr. London: Firm, 1990)": a year alone first, the
         * place and firm only with the reprint */
        if (ck_record_has (rec, CK_FIELD_PUBLISHER) || ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE))
          return TRUE;
        whole = ck_record_new (CK_TYPE_BOOK);
        if (ck_assemble_elements (whole, ctx->text, ck_tok (ctx, open)->end, ck_tok (ctx, close)->start, CK_ELEM_INLINE,
                                  &unk) > 0 && unk == 0)
          {
            if (ck_record_has (whole, CK_FIELD_PUBLISHER))
              ck_record_set (rec, CK_FIELD_PUBLISHER, ck_record_get (whole, CK_FIELD_PUBLISHER));
            if (ck_record_has (whole, CK_FIELD_PUBLISHER_PLACE))
              ck_record_set (rec, CK_FIELD_PUBLISHER_PLACE, ck_record_get (whole, CK_FIELD_PUBLISHER_PLACE));
          }
        return TRUE;
      }
  /* "(Gannet, 1990; first published in Oslo as T, 1985)": the imprint
   * before the semicolon, a note on the original after it */
  for (guint k = open + 2; k + 2 < close; k++)
    if (ck_tok_is_punct (ctx, k, ';'))
      {
        g_autoptr(CkRecord) orig = ck_record_new (CK_TYPE_BOOK);
        if (!original_note (ctx, orig, k, close) || !paren_imprint (ctx, rec, open, k))
          break;
        for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
          if (ck_record_get (orig, f) && !ck_record_has (rec, f))
            ck_record_set (rec, f, ck_record_get (orig, f));
        if (!ck_record_get_date (rec, CK_DATE_ORIGINAL))
          ck_record_take_date (rec, CK_DATE_ORIGINAL, ck_date_copy (ck_record_get_date (orig, CK_DATE_ORIGINAL)));
        return TRUE;
      }
  found = ck_assemble_elements (probe, ctx->text, ck_tok (ctx, open)->end, ck_tok (ctx, close)->start,
                                CK_ELEM_INLINE, &unknown);
  if (found == 0 || unknown > 0)
    return FALSE;
  /* "(NEP)", "(CPGB)": an abbreviation, not a publisher */
  if (close == open + 2 && (ck_tok (ctx, open + 1)->flags & CK_TOKF_UPPER) &&
      !ck_tok_in_lex (ctx, open + 1, CK_LEX_PUBLISHERS))
    return FALSE;
  ck_assemble_elements (rec, ctx->text, ck_tok (ctx, open)->end, ck_tok (ctx, close)->start,
                        CK_ELEM_INLINE, NULL);
  return TRUE;
}

static CkRecord *
record_with_title (const CkExtractCtx *ctx, CkType type, guint first, guint end)
{
  CkRecord *rec = ck_record_new (type);
  ck_assemble_title (rec, ck_span_dup (ctx, first, end));
  return rec;
}

static void
add_names (CkRecord *rec, GPtrArray *names)
{
  for (guint k = 0; k < names->len; k++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, k)));
  g_ptr_array_set_size (names, 0);
}

/* "Orwell's “Title”": the name before the possessive @poss (not a place's
 * "London's") as the author of @rec; whether one was found. */
static gboolean
possessive_owner_into (const CkExtractCtx *ctx, guint poss, CkRecord *rec)
{
  guint floor = ck_sentence_start (ctx, poss), ns = ck_name_span_backward (ctx, poss, floor), ps;
  g_autoptr(GPtrArray) names = NULL;
  if (ns >= poss || ck_tok_in_lex (ctx, poss - 1, CK_LEX_PLACES))
    return FALSE;
  names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  /* "Vell and Orr's “T”", "Sidney and Beatrice Vell's “T”": two owners */
  if ((ps = ck_owner_pair_start (ctx, ns, floor)) < ns)
    {
      g_autoptr(GPtrArray) second = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      ck_names_forward (ctx, ns, poss, CK_ROLE_AUTHOR, second);
      if (ps + 1 == ns - 1 && ck_tok_in_lex (ctx, ps, CK_LEX_GIVEN_NAMES) && ns + 1 < poss && second->len == 1 &&
          ((CkName *) g_ptr_array_index (second, 0))->family)
        {
          g_autofree char *given = ck_tok_dup (ctx, ps);
          g_ptr_array_add (names, ck_name_new_personal (CK_ROLE_AUTHOR,
                                                        ((CkName *) g_ptr_array_index (second, 0))->family, given));
        }
      else
        ck_names_forward (ctx, ps, ns - 1, CK_ROLE_AUTHOR, names);
      for (guint k = 0; k < second->len; k++)
        g_ptr_array_add (names, g_steal_pointer (&g_ptr_array_index (second, k)));
      add_names (rec, names);
      return TRUE;
    }
  ck_names_forward (ctx, ns, poss, CK_ROLE_AUTHOR, names);
  add_names (rec, names);
  return TRUE;
}

/* The owner's "'s" before the quote at @open, looking past up to three
 * words of praise or place ("Vell's best-selling “T”", "Quell's own
 * “Memoirs”"): its token, or G_MAXUINT. */
static guint
owner_poss_before (const CkExtractCtx *ctx, guint open)
{
  static const char * const adjectives[] = {
    "own", "new", "latest", "last", "first", "early", "earlier", "later", "late", "famous", "celebrated",
    "best-selling", "bestselling", "affectionate", "classic", "seminal", "influential", "brilliant", "recent",
    "great", "short", "long", "little", "posthumous", "unfinished", "two-volume", "magisterial", "splendid",
    "important", "pioneering", "controversial", "notorious", "admirable", "indispensable", "standard", NULL,
  };
  guint k = open;
  while (k > 1 && k + 2 >= open && ck_tok_lower_word (ctx, k - 1) && ck_tok_in_words (ctx, k - 1, adjectives))
    k--;
  return k >= 1 && ck_tok (ctx, k - 1)->kind == CK_TOK_POSS ? k - 1 : G_MAXUINT;
}

static gboolean
in_heading (const CkExtractCtx *ctx, guint i)
{
  return (para (ctx, ck_para_of (ctx, i))->flags & CK_PARA_SHORT) != 0;
}

/* "published in 1973", "not published until 1936" later in the sentence. */
static void
year_from_sentence (const CkExtractCtx *ctx, CkRecord *rec, guint from)
{
  guint end = ck_sentence_end (ctx, from);
  if (ck_record_get_date (rec, CK_DATE_ISSUED))
    return;
  for (guint j = from; j + 1 < end; j++)
    if (ck_tok_is (ctx, j, "published"))
      {
        guint k = j + 1;
        /* "published in 1973", "not published until 1936", "published only in 1980" */
        while (k < j + 4 && k < end && ck_tok (ctx, k)->kind == CK_TOK_WORD && (ck_tok (ctx, k)->flags & CK_TOKF_LOWER))
          k++;
        if (is_year_tok (ctx, k))
          {
            ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, k)->start), 0, 0));
            return;
          }
      }
}

/* A cue noun ("essay", "book", "titles") within @span tokens before @i or
 * after @j, not crossing a sentence end.  Returns the cue's kind ("book",
 * "chapter", "article", "any") or NULL; *@year_tok gets a year right before
 * the cue ("the 1990 essay"). */
static const char *
find_cue (const CkExtractCtx *ctx, guint i, guint j, guint span, guint *year_tok, guint *cue_tok)
{
  guint floor = ck_sentence_start (ctx, i);
  guint ceil = ck_sentence_end (ctx, j);
  *year_tok = G_MAXUINT;
  *cue_tok = G_MAXUINT;
  /* "the author of “T”", "co-author of “T”": a work of the person's */
  if (i >= floor + 2 && ck_tok_is (ctx, i - 1, "of") && ck_tok_lower_word (ctx, i - 2) &&
      (ck_tok_is (ctx, i - 2, "author") || ck_tok_is (ctx, i - 2, "co-author")))
    {
      *cue_tok = i - 2;
      return "book";
    }
  for (guint k = i, n = 0; k > floor && n < span; n++)
    {
      const char *v;
      k--;
      if (ck_tok (ctx, k)->kind != CK_TOK_WORD)
        continue;
      v = ck_lex_lookup (CK_LEX_CUES, ctx->text + ck_tok (ctx, k)->start, ck_tok (ctx, k)->end - ck_tok (ctx, k)->start);
      /* "Chapters on “T”" opening the sentence */
      if (v && ((ck_tok (ctx, k)->flags & CK_TOKF_LOWER) || (k == floor && (ck_tok (ctx, k)->flags & CK_TOKF_CAP))) &&
          strcmp (v, "adj") != 0)
        {
          /* "the chapter called “T”": the noun before the verb names the kind */
          if (strcmp (v, "any") == 0 && k > floor && ck_tok (ctx, k - 1)->kind == CK_TOK_WORD)
            {
              const char *w = ck_lex_lookup (CK_LEX_CUES, ctx->text + ck_tok (ctx, k - 1)->start,
                                             ck_tok (ctx, k - 1)->end - ck_tok (ctx, k - 1)->start);
              if (w && (ck_tok (ctx, k - 1)->flags & CK_TOKF_LOWER) && strcmp (w, "adj") != 0 && strcmp (w, "any") != 0)
                {
                  v = w;
                  k--;
                }
            }
          /* "the slow introduction to “Drum Roll”": a part of the
           * quoted work, which is whole */
          if (strcmp (v, "chapter") == 0 && ck_tok_is (ctx, k + 1, "to"))
            continue;
          if (k > 0 && is_year_tok (ctx, k - 1))
            *year_tok = k - 1;
          *cue_tok = k;
          return v;
        }
    }
  for (guint k = j + 1, n = 0; k < ceil && n < span + 1; k++, n++)
    {
      const char *v;
      if (ck_tok (ctx, k)->kind != CK_TOK_WORD)
        continue;
      v = ck_lex_lookup (CK_LEX_CUES, ctx->text + ck_tok (ctx, k)->start, ck_tok (ctx, k)->end - ck_tok (ctx, k)->start);
      if (v && (ck_tok (ctx, k)->flags & CK_TOKF_LOWER) && strcmp (v, "any") != 0 && strcmp (v, "adj") != 0)
        return v;
    }
  return NULL;
}

/* "later", "earlier", "famous": a lower-case cue of kind "adj". */
gboolean
ck_is_title_adjective (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  const char *v;
  if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_LOWER))
    return FALSE;
  v = ck_lex_lookup (CK_LEX_CUES, ctx->text + t->start, t->end - t->start);
  return v && strcmp (v, "adj") == 0;
}

/* "Great Terror", "Fourth International", "New Economic Policy": a short
 * phrase without function words that ends in an event or institution
 * noun names a thing, not a book. */
static gboolean
names_a_thing (const CkExtractCtx *ctx, guint first, guint end)
{
  guint words = ck_count_words (ctx, first, end);
  /* "his Rede Lecture at Cambridge in May 1959" (title-weak.c) */
  if (ck_run_names_occasion (ctx, first, end))
    return TRUE;
  /* "Gannet's Harbour Research Center" */
  if (!ck_tok_is (ctx, first, "The") && ck_attr_body_run (ctx, first, end))
    return TRUE;
  if (words == 0 || words > 3)
    return FALSE;
  /* "Hale's The Long Strike": a capital article opens a title;
   * events are written "the Great Terror", the article outside */
  if (ck_tok_is (ctx, first, "The") || ck_tok_is (ctx, first, "A") || ck_tok_is (ctx, first, "An"))
    return FALSE;
  for (guint k = first; k < end; k++)
    if (ck_tok (ctx, k)->flags & CK_TOKF_FUNC)
      return FALSE;
  return ck_tok_in_lex (ctx, end - 1, CK_LEX_ENTITY_NOUNS);
}

/* Whether a title line ends in a lower-case function word ("The Weight
 * of"): the title is wrapped onto the next line, which continues it
 * rather than giving a subtitle. */
static gboolean
ends_mid_title (const char *title)
{
  const char *sp = strrchr (title, ' ');
  const char *w = sp ? sp + 1 : title;
  gboolean caps = TRUE;
  /* "THE WEIGHT OF": in a title in capitals the function word is too */
  for (const char *c = title; *c && caps; c++)
    caps = !g_ascii_islower (*c);
  return (g_ascii_islower (*w) || (caps && sp)) && ck_lex_lookup (CK_LEX_FUNCTION_WORDS, w, -1) != NULL;
}

/* Drops a trailing "of 1857-8": a span of years dates the writing, it is
 * not part of the title ("the Notebooks of 1901-3"). */
static guint
trim_year_range (const CkExtractCtx *ctx, guint first, guint end)
{
  if (end >= first + 4 && ck_tok_is (ctx, end - 4, "of") && is_year_tok (ctx, end - 3) &&
      ck_tok_is_punct (ctx, end - 2, '-') && ck_tok (ctx, end - 1)->kind == CK_TOK_NUMBER)
    return end - 4;
  return end;
}

/* ------------------------------------------------------ venue lines */

/* "Vol.3", "Vol. 9", "Volume 3" at @j followed by an issue number
 * ("No"): *@after is the token after the volume number. */
static gboolean
vol_at (const CkExtractCtx *ctx, guint j, guint e, guint *after)
{
  if (j >= e || !(ck_tok_is (ctx, j, "Vol") || ck_tok_is (ctx, j, "Volume")))
    return FALSE;
  j++;
  if (ck_tok_is_punct (ctx, j, '.'))
    j++;
  if (j >= e || ck_tok (ctx, j)->kind != CK_TOK_NUMBER || is_year_tok (ctx, j))
    return FALSE;
  j++;
  if (after)
    *after = j;
  if (ck_tok_is_punct (ctx, j, ','))
    j++;
  return ck_tok_is (ctx, j, "No") || ck_tok_is (ctx, j, "Issue");
}

static gboolean
all_digits (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  for (guint k = t->start; k < t->end; k++)
    if (!g_ascii_isdigit (ctx->text[k]))
      return FALSE;
  return TRUE;
}

/* "MQR 12, July-August 1974", "From Modern Quarterly (2nd series),
 * No.4, Autumn 1951, pp.12, 19", "Workers Monthly, No. 88,
 * May/June 1979", "(LRB 3 May 2001)": where the text itself
 * appeared.  One line of its own. */
/* "This article is from X 328, …", "This review first appeared in X
 * …": the words that say the line names the text's own venue; the
 * token after them ("from", "in" and "the" included), or @j. */
static guint
self_lead_in (const CkExtractCtx *ctx, guint j, guint e)
{
  static const char * const pieces[] = { "article", "review", "essay", "column", "piece", "interview", NULL };
  static const char * const verbs[] = { "is", "was", "appears", "appeared", "first", "originally", "ran", NULL };
  guint k;
  if (j + 3 < e && (ck_tok_is (ctx, j, "First") || ck_tok_is (ctx, j, "Originally")) && ck_tok_cap_word (ctx, j) &&
      (ck_tok_is (ctx, j + 1, "published") || ck_tok_is (ctx, j + 1, "appeared")))
    k = j + 2;                          /* "First published in the X, Issue 61, …" */
  else if (j + 2 < e && ck_tok_is (ctx, j, "Reprinted") && ck_tok_cap_word (ctx, j))
    k = j + 1;                          /* "Reprinted from X …" */
  else if (j + 4 < e && ck_tok_is (ctx, j, "This") && ck_tok_cap_word (ctx, j) && ck_tok_in_words (ctx, j + 1, pieces))
    {
      /* "This article is from X", "This review first appeared in X" */
      k = j + 2;
      while (k < e && k < j + 5 && ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, verbs))
        k++;
      if (k == j + 2)
        return j;
    }
  else
    return j;
  if (k >= e || !(ck_tok_is (ctx, k, "from") || ck_tok_is (ctx, k, "in")))
    return j;
  /* "First published in France as T": an original's title */
  if (ck_as_follows (ctx, k + 1, e))
    return j;
  k++;
  if (k < e && ck_tok_is (ctx, k, "the") && ck_tok_lower_word (ctx, k))
    k++;
  return k < e && ck_tok_cap_word (ctx, k) ? k : j;
}

static void
detect_venue_line (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint l = 0; l < ctx->t->lines->len; l++)
    {
      const CkLine *ln = line (ctx, l);
      guint j = ln->tok_first, e = ln->tok_end, name_s, name_e;
      gboolean paren = FALSE, abbrev = FALSE;
      g_autofree char *container = NULL, *issue = NULL, *pages = NULL, *volume = NULL;
      g_autoptr(CkDate) date = NULL;
      guint date_s, date_e;

      if (e <= j + 2 || ln->end - ln->start > 140 || ck_is_claimed (ctx, j, e) || ck_line_continues_entry (ctx, l))
        continue;
      if (ck_tok_is_punct (ctx, j, '('))
        {
          if (!ck_tok_is_punct (ctx, e - 1, ')'))
            continue;
          paren = TRUE;
          j++;
          e--;
        }
      j = self_lead_in (ctx, j, e);
      if (ck_tok_is (ctx, j, "From") || ck_tok_is (ctx, j, "In"))
        j++;
      name_s = j;
      if (vol_at (ctx, j, e, NULL))
        {
          /* "Vol. 9 No. 4 · 3 May 1987": an issue line that does
           * not name its periodical (the page's masthead does) */
          name_e = j;
        }
      /* "MQR 12, …" — but "SALT HARBOUR, Vol. 1" is a name in capitals */
      else if (j < e && (ck_tok (ctx, j)->flags & CK_TOKF_UPPER) && ck_tok (ctx, j)->end - ck_tok (ctx, j)->start <= 6 &&
               !(j + 1 < e && (ck_tok (ctx, j + 1)->flags & CK_TOKF_UPPER) && ck_tok (ctx, j + 1)->kind == CK_TOK_WORD))
        {
          name_e = j + 1;
          abbrev = TRUE;
        }
      else
        {
          name_e = ck_title_span_forward (ctx, j, e, FALSE);
          /* "Socialist Review 190, October 1995": the number is the issue */
          while (name_e > name_s + 1 && ck_tok (ctx, name_e - 1)->kind == CK_TOK_NUMBER)
            name_e--;
          /* "BRISTOL   May 20, 1960": a month is no part of the name */
          while (name_e > name_s + 1 && is_month_tok (ctx, name_e - 1))
            name_e--;
          /* "New Left Review I/23" */
          if (name_e > name_s + 1 && ck_tok_is_punct (ctx, name_e, '/') &&
              ck_tok (ctx, name_e - 1)->kind == CK_TOK_WORD && (ck_tok (ctx, name_e - 1)->flags & CK_TOKF_UPPER || ck_tok (ctx, name_e - 1)->end - ck_tok (ctx, name_e - 1)->start == 1))
            name_e--;
        }
      if ((name_e == name_s && !vol_at (ctx, j, e, NULL)) || is_label_line (ctx, ln->tok_first, ln->tok_end))
        continue;
      /* "Saturday March 4, 2006", "MARCH 14, 2006" are dates, not
       * periodicals; "ISBN 978-0-674-…" is a book's number */
      if (name_e > name_s && (ck_is_weekday (ctx, name_s) || is_month_tok (ctx, name_s) ||
                              ck_tok_is (ctx, name_s, "ISBN") || ck_tok_is (ctx, name_s, "ISSN")))
        continue;
      {
        /* "Pub Date: May 1st, 1941" is a label, not a periodical */
        gboolean colon = FALSE;
        for (guint k = name_s; k < name_e; k++)
          colon |= ck_tok_is_punct (ctx, k, ':');
        if (colon)
          continue;
      }
      /* "(1st series)" belongs to the name */
      j = name_e;
      if (ck_tok_is_punct (ctx, j, '('))
        {
          guint c = paren_close (ctx, j, e);
          if (c && (ck_tok_is (ctx, c - 1, "series") || ck_tok_is (ctx, c - 1, "Series")))
            j = c + 1;
        }
      container = ck_span_dup (ctx, name_s, j);
      if (ck_tok_is_punct (ctx, j, ','))
        j++;
      /* "Vol.3", "Vol. 9" before the number */
      {
        guint after;
        if (vol_at (ctx, j, e, &after))
          {
            volume = ck_tok_dup (ctx, after - 1);
            j = after;
            if (ck_tok_is_punct (ctx, j, ','))
              j++;
          }
      }
      /* the issue number */
      if (ck_tok_is (ctx, j, "No") || ck_tok_is (ctx, j, "Nos") || ck_tok_is (ctx, j, "Issue") || ck_tok_is_punct (ctx, j, '#'))
        {
          j++;
          if (ck_tok_is_punct (ctx, j, '.'))
            j++;
          if (j >= e || ck_tok (ctx, j)->kind != CK_TOK_NUMBER)
            continue;
          issue = ck_tok_dup (ctx, j++);
        }
      else if (j + 2 < e && ck_tok_is_punct (ctx, j + 1, '/') && ck_tok (ctx, j + 2)->kind == CK_TOK_NUMBER &&
               ck_tok (ctx, j)->end - ck_tok (ctx, j)->start <= 4 && !is_year_tok (ctx, j))
        {
          /* "I/23", "2/14": series and number */
          issue = ck_span_dup (ctx, j, j + 3);
          j += 3;
        }
      else if (j < e && ck_tok (ctx, j)->kind == CK_TOK_NUMBER && !is_year_tok (ctx, j) && all_digits (ctx, j) &&
               (ck_tok_is_punct (ctx, j + 1, ',') || abbrev) && ck_tok (ctx, j)->end - ck_tok (ctx, j)->start <= 4)
        {
          /* "MQR 12," — but "(LRB 3 May 2001)" is a day */
          if (!(paren && j + 1 < e && is_month_tok (ctx, j + 1)))
            issue = ck_tok_dup (ctx, j++);
        }
      if (ck_tok_is_punct (ctx, j, ',') || ck_tok_is_punct (ctx, j, 0xB7) || ck_tok_is_punct (ctx, j, '|'))
        j++;
      if (!container && !(volume && issue))
        continue;
      /* the date runs to the next comma before "pp", or to the end */
      date_s = j;
      while (j < e && !(ck_tok_is_punct (ctx, j, ',') && (ck_tok_is (ctx, j + 1, "pp") || ck_tok_is (ctx, j + 1, "p"))))
        j++;
      date_e = j;
      if (date_e <= date_s)
        continue;
      {
        g_autofree char *dt = ck_span_dup (ctx, date_s, date_e);
        gboolean has_word = FALSE;
        for (guint k = date_s; k < date_e; k++)
          if (ck_tok (ctx, k)->kind == CK_TOK_WORD && !is_month_tok (ctx, k))
            has_word = TRUE;
        if (has_word || !(date = ck_date_parse (dt)) || date->year == 0)
          continue;
        if (!issue && !volume && !(abbrev && date->month))
          continue;
      }
      if (j < e)
        {
          /* ", pp.12, 19" */
          j += 2;
          if (ck_tok_is_punct (ctx, j, '.'))
            j++;
          pages = ck_span_dup (ctx, j, e);
          if (pages && g_str_has_suffix (pages, "."))
            pages[strlen (pages) - 1] = '\0';
        }
      {
        CkRecord *rec = ck_record_new (CK_TYPE_REVIEW_BOOK);
        const char *full = abbrev && container ? ck_lex_lookup (CK_LEX_PERIODICALS, container, -1) : NULL;
        if (container)
          ck_record_set (rec, CK_FIELD_CONTAINER_TITLE, full && *full ? full : container);
        if (full && *full)
          ck_record_set (rec, CK_FIELD_CONTAINER_TITLE_SHORT, container);
        ck_record_set (rec, CK_FIELD_ISSUE, issue);
        ck_record_set (rec, CK_FIELD_VOLUME, volume);
        ck_record_set (rec, CK_FIELD_PAGES, pages);
        ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
        ck_mention_add (ctx, det, rec, ln->start, ln->end, ln->tok_first, CK_MENTION_SELF);
        ck_claim (ctx, ln->tok_first, ln->tok_end);
      }
    }
}

/* ----------------------------------------------------- web citation */

/* "“Title,” Site Name, accessed October 14, 2024, https://…": a web
 * page's own citation of itself (the review as published online). */
static void
detect_web_citation (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i < n; i++)
    {
      guint close = 0, j, site_e;
      if (ck_tok (ctx, i)->kind != CK_TOK_QUOTE_OPEN || ck_is_claimed (ctx, i, i + 1))
        continue;
      for (j = i + 1; j < n && j < i + MAX_QUOTE_TOKENS; j++)
        {
          if (ck_tok (ctx, j)->nl >= 2)
            break;
          if (ck_tok (ctx, j)->kind == CK_TOK_QUOTE_CLOSE)
            {
              close = j;
              break;
            }
        }
      if (!close)
        continue;
      j = close + 1;
      if (ck_tok_is_punct (ctx, j, ','))
        j++;
      site_e = ck_title_span_forward (ctx, j, n, FALSE);
      if (site_e == j || !ck_tok_is_punct (ctx, site_e, ',') || !ck_tok_is (ctx, site_e + 1, "accessed"))
        continue;
      {
        guint te = close;
        CkRecord *rec;
        guint ln_end = site_e + 2;
        while (te > i + 1 && ck_tok (ctx, te - 1)->kind == CK_TOK_PUNCT &&
               (ck_tok (ctx, te - 1)->ch == ',' || ck_tok (ctx, te - 1)->ch == '.'))
          te--;
        rec = record_with_title (ctx, CK_TYPE_REVIEW_BOOK, i + 1, te);
        /* the citation names the page: keep its title whole */
        {
          g_autofree char *whole = ck_span_dup (ctx, i + 1, te);
          ck_record_set (rec, CK_FIELD_TITLE, whole);
          ck_record_set (rec, CK_FIELD_SUBTITLE, NULL);
        }
        ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, j, site_e));
        while (ln_end < n && ck_tok (ctx, ln_end)->nl == 0)
          ln_end++;
        {
          g_autofree char *url = NULL;
          for (guint k = site_e + 2; k < ln_end; k++)
            if (ck_tok_is (ctx, k, "https") || ck_tok_is (ctx, k, "http"))
              {
                gsize us = ck_tok (ctx, k)->start, ue = ck_tok (ctx, ln_end - 1)->end;
                while (ue > us && (ctx->text[ue - 1] == '.' || ctx->text[ue - 1] == ','))
                  ue--;
                url = g_strndup (ctx->text + us, ue - us);
                break;
              }
          ck_record_set (rec, CK_FIELD_URL, url);
        }
        ck_mention_add (ctx, det, rec, ck_tok (ctx, i)->start, ck_tok (ctx, ln_end - 1)->end, i, CK_MENTION_SELF);
        ck_claim (ctx, i, ln_end);
        i = ln_end - 1;
      }
    }
}

/* ----------------------------------------------------- header blocks */

typedef enum { U_TITLE, U_NAME, U_BYLINE, U_ROLE, U_IMPRINT, U_LABEL, U_OTHER } UnitKind;

typedef struct {
  guint first, end;     /* tokens */
  UnitKind kind;
  guint name_end;       /* U_BYLINE / U_ROLE / U_NAME: end of the names */
  CkRole role;          /* U_NAME: "Ann Reed, editor" */
} Unit;

/* "Volume One: Title", "Vol. 2: Title" opening [f,e): the volume's
 * token, or 0. */
static guint
volume_part_at (const CkExtractCtx *ctx, guint f, guint e)
{
  guint v = f + (ck_tok_is_punct (ctx, f + 1, '.') ? 2 : 1);
  if (v + 2 >= e || !(ck_tok_is (ctx, f, "Volume") || ck_tok_is (ctx, f, "Vol")) || !ck_tok_cap_word (ctx, f) ||
      !ck_tok_is_punct (ctx, v + 1, ':'))
    return 0;
  return v;
}

static gboolean
is_label_line (const CkExtractCtx *ctx, guint first, guint end)
{
  /* "Publisher: Oxford", "Pub Date: …", "Year" */
  for (guint j = first; j < end && j < first + 4; j++)
    if (ck_tok_is_punct (ctx, j, ':'))
      {
        g_autofree char *lab = ck_span_dup (ctx, first, j);
        return lab && ck_lex_lookup (CK_LEX_LABELS, lab, -1) != NULL;
      }
  {
    g_autofree char *all = ck_span_dup (ctx, first, end);
    return all && ck_lex_lookup (CK_LEX_LABELS, all, -1) != NULL;
  }
}

/* A whole unit that is one or more personal names ("Mara Quist"). */
static guint
names_cover (const CkExtractCtx *ctx, guint first, guint end)
{
  g_autoptr(GPtrArray) tmp = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  guint e = ck_names_forward (ctx, first, end, CK_ROLE_AUTHOR, tmp);
  guint words = ck_count_words (ctx, first, e);
  if (e == first || words < 2)
    return first;
  /* "Allen Lane, 272pp": a known publisher that looks like a person */
  if (ck_span_in_lex (ctx, first, e, CK_LEX_PUBLISHERS))
    return first;
  for (guint k = first; k < e; k++)
    if (ck_tok_in_lex (ctx, k, CK_LEX_PLACES) || ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS))
      return first;
  return e;
}

/* The longest role phrase ("edited and introduced by", not "introduced
 * by") that ends in the "by" at @by and opens after @floor within @span
 * tokens, in lower case when @lower: its first token, the role in *@role;
 * or @by, *@role untouched. */
static guint
role_phrase_before_by (const CkExtractCtx *ctx, guint by, guint floor, guint span, gboolean lower, CkRole *role)
{
  guint start = by;
  for (guint b = by; b > floor && b + span > by; b--)
    {
      CkRole r;
      if ((!lower || ck_tok_lower_word (ctx, b - 1)) && ck_role_phrase_at (ctx, b - 1, by + 1, &r) == by + 1 &&
          r != CK_ROLE_AUTHOR)
        {
          start = b - 1;
          *role = r;
        }
    }
  return start;
}

static gboolean title_case_unit (const CkExtractCtx *ctx, guint s, guint e);

/* "First published in France as Original (Firm, 2019).": a unit under
 * a translation's particulars; returns the original title's first token,
 * or 0. */
static guint
published_as_at (const CkExtractCtx *ctx, guint f, guint e)
{
  guint j = f;
  if (ck_tok_is (ctx, j, "First") || ck_tok_is (ctx, j, "Originally"))
    j++;
  if (!(ck_tok_is (ctx, j, "published") || (j == f && ck_tok_is (ctx, j, "Published"))))
    return 0;
  j++;
  for (guint m = 0; m < 2 && ck_tok_is (ctx, j, "in") && (ck_tok (ctx, j + 1)->flags & CK_TOKF_CAP); m++)
    j += 2;
  return ck_tok_is (ctx, j, "as") && j + 1 < e && (ck_tok (ctx, j + 1)->flags & CK_TOKF_CAP) ? j + 1 : 0;
}

static void
classify_unit (CkExtractCtx *ctx, Unit *u)
{
  /* the lower-case words inside a firm's name ("University of Chicago
   * Press", "Faber and Faber") */
  static const char * const imprint_links[] = { "of", "and", "by", "de", "du", "la", "le", "von", "van", "for",
                                                "in", "und", "et", NULL };
  guint e = u->end;
  CkRole role;
  guint r;
  while (e > u->first && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  u->kind = U_OTHER;
  if (is_label_line (ctx, u->first, u->end))
    {
      u->kind = U_LABEL;
      return;
    }
  /* "It draws on …": a pronoun and a verb open prose, no header's unit */
  if (ck_pronoun_clause (ctx, u->first, u->end))
    return;
  if (published_as_at (ctx, u->first, u->end))
    return;
  /* "Published 10 September 2020": a date line (read as U_OTHER) */
  if ((ck_tok_is (ctx, u->first, "Published") ||
       (ck_tok_is (ctx, u->first, "First") && ck_tok_is (ctx, u->first + 1, "published"))) &&
      !ck_tok_is (ctx, u->first + 1, "by") && !ck_tok_is (ctx, u->first + 1, "in") &&
      !ck_tok_is (ctx, u->first + 1, "on"))
    for (guint k = u->first + 1; k < u->end && k < u->first + 6; k++)
      if (is_year_tok (ctx, k))
        return;
  if (ck_tok_is (ctx, u->first, "By") || ck_tok_is (ctx, u->first, "by"))
    {
      guint ne = ck_name_span_forward (ctx, u->first + 1, u->end);
      if (ne > u->first + 1)
        {
          g_autoptr(GPtrArray) tmp = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          u->name_end = ck_names_forward (ctx, u->first + 1, u->end, CK_ROLE_AUTHOR, tmp);
          u->kind = U_BYLINE;
          return;
        }
    }
  /* "Volume One: The private years": a volume's own title (read under
   * the work's title) */
  if (volume_part_at (ctx, u->first, e))
    {
      u->kind = U_TITLE;
      return;
    }
  if ((r = ck_role_phrase_at (ctx, u->first, u->end, &role)) > u->first)
    {
      u->kind = U_ROLE;
      u->name_end = r;
      return;
    }
  /* "Third Edition", "Second Edition, revised": an edition's line, no name */
  {
    static const char * const ordinals[] = { "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
                                             "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "New", "Revised",
                                             "Enlarged", "Expanded", "Updated", "Anniversary", NULL };
    if (e >= u->first + 2 && e <= u->first + 5 && ck_tok_in_words (ctx, u->first, ordinals) &&
        (ck_tok_is (ctx, u->first + 1, "Edition") ||
         (e > u->first + 2 && ck_tok_is (ctx, u->first + 1, "Edition") && ck_tok_is_punct (ctx, u->first + 2, ','))))
      {
        u->kind = U_IMPRINT;
        return;
      }
  }
  {
    guint ne = names_cover (ctx, u->first, e);
    if (ne == e)
      {
        u->kind = U_NAME;
        u->name_end = e;
        return;
      }
    /* "Anna Becker, editor", "Anna Becker and Tom Orr, eds." */
    if (ne > u->first && ck_tok_is_punct (ctx, ne, ',') && ne + 2 >= e && ne + 1 < e)
      {
        static const char * const editors[] = { "editor", "editors", "ed", "eds", NULL };
        static const char * const translators[] = { "translator", "translators", "trans", "tr", NULL };
        if (ck_tok_in_words (ctx, ne + 1, editors) || ck_tok_in_words (ctx, ne + 1, translators))
          {
            u->kind = U_NAME;
            u->name_end = ne;
            u->role = ck_tok_in_words (ctx, ne + 1, editors) ? CK_ROLE_EDITOR : CK_ROLE_TRANSLATOR;
            return;
          }
      }
    /* "Anna Becker, translated by X", "Peter Grove, Allen & Unwin, 960 pages",
     * "Ada Vell [trans. Tom Orr], Firm, 1,104 pages" */
    {
      g_autoptr(CkRecord) roles = ck_record_new (CK_TYPE_BOOK);
      guint comma = ne > u->first && ck_tok_is_punct (ctx, ne, '[') ? ck_role_chain (ctx, ne, e, roles) : ne;
      gboolean bracket = comma > ne;
      if (ne > u->first && ck_tok_is_punct (ctx, comma, ',') &&
          (bracket || ck_role_phrase_at (ctx, comma + 1, e, &role) > comma + 1 ||
           ck_has_imprint_signal (ctx->text, ck_tok (ctx, comma)->end, ck_tok (ctx, e - 1)->end)))
        {
          u->kind = U_NAME;
          u->name_end = ne;
          return;
        }
    }
  }
  /* "Selected Letters 1940-1985 edited by Ann Reed": a title and its
   * editor on one line, as the London papers set their headers */
  if (ck_tok_cap_word (ctx, u->first))
    for (guint k = u->first + 2; k + 2 < e; k++)
      {
        g_autoptr(GPtrArray) tmp = NULL;
        if (!ck_tok_lower_word (ctx, k) || (r = ck_role_phrase_at (ctx, k, e, &role)) == k || role == CK_ROLE_AUTHOR)
          continue;
        tmp = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
        if (ck_names_forward (ctx, r, e, role, tmp) == e && tmp->len > 0 && title_case_unit (ctx, u->first, k))
          {
            u->kind = U_TITLE;
            return;
          }
        break;
      }
  /* "Extends the argument of T (Firm, 2013) and": a blurb's sentence
   * citing a book in brackets, no imprint line */
  if (ck_tok_cap_word (ctx, u->first) && ck_tok_lower_word (ctx, u->first + 1) &&
      !ck_tok_in_words (ctx, u->first + 1, imprint_links))
    for (guint k = u->first + 3; k < u->end; k++)
      if (ck_tok_is_punct (ctx, k, '('))
        {
          guint c = paren_close (ctx, k, u->end);
          if (c && c > k + 2 && is_year_tok (ctx, c - 1) && ck_tok_cap_word (ctx, k - 1))
            return;
          break;
        }
  if (ck_has_imprint_signal (ctx->text, ck_tok (ctx, u->first)->start, ck_tok (ctx, u->end - 1)->end))
    {
      u->kind = U_IMPRINT;
      return;
    }
  {
    guint unknown = 1, found;
    g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
    found = ck_assemble_elements (probe, ctx->text, ck_tok (ctx, u->first)->start, ck_tok (ctx, u->end - 1)->end,
                                  CK_ELEM_BLOCK, &unknown);
    /* "Victor Gollancz, 1937": a publisher with a year is an imprint too */
    if (found > 0 && unknown == 0 &&
        (!ck_record_has (probe, CK_FIELD_PUBLISHER) || ck_record_get_date (probe, CK_DATE_ISSUED)))
      {
        u->kind = U_IMPRINT;
        return;
      }
  }
  /* "Michael Vell, in Painting and": a line of prose wrapped after a
   * name and a preposition, no title */
  if ((ck_tok (ctx, u->first)->flags & CK_TOKF_CAP) && u->end > u->first + 2 &&
      ck_tok_lower_word (ctx, u->end - 1) && (ck_tok (ctx, u->end - 1)->flags & CK_TOKF_FUNC))
    {
      guint ne = ck_name_span_forward (ctx, u->first, u->end);
      if (ne > u->first + 1 && ck_tok_is_punct (ctx, ne, ','))
        return;
    }
  if (ck_tok (ctx, u->first)->flags & CK_TOKF_CAP)
    u->kind = U_TITLE;
}

/* A title line: at most one lower-case word that is not a function word
 * (foreign titles have some), and not a sentence of prose. */
static gboolean
title_case_unit (const CkExtractCtx *ctx, guint s, guint e)
{
  guint lower = 0, lower_head = 0, colon = 0;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (!colon && ck_tok_is_punct (ctx, k, ':'))
        {
          colon = k;
          lower_head = lower;
        }
      if (t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_LOWER) && !(t->flags & CK_TOKF_FUNC))
        lower++;
    }
  /* "Title: Why is It the Way it is?": a subtitle written as a question
   * or phrase keeps some lower-case words after a title-case head */
  if (colon > s && lower_head == 0 && lower * 3 <= ck_count_words (ctx, s, e))
    return ck_count_words (ctx, s, e) <= 30;
  return lower <= 1 && ck_count_words (ctx, s, e) <= 30;
}

/* "Contains the lecture, “T,” translated by X": a part of the book. */
static guint
includes_essay (CkExtractCtx *ctx, const CkDetector *det, guint i, guint limit, CkRecord **out_part)
{
  guint j = i + 1, open, close = 0, k, e;
  CkRecord *part;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  if (ck_tok_is (ctx, j, "the") || ck_tok_is (ctx, j, "an") || ck_tok_is (ctx, j, "a"))
    j++;
  if (!ck_lex_lookup (CK_LEX_CUES, ctx->text + ck_tok (ctx, j)->start, ck_tok (ctx, j)->end - ck_tok (ctx, j)->start))
    return i;
  j++;
  if (ck_tok_is_punct (ctx, j, ',') || ck_tok_is_punct (ctx, j, ':'))
    j++;
  if (j >= limit || ck_tok (ctx, j)->kind != CK_TOK_QUOTE_OPEN)
    return i;
  open = j;
  for (k = open + 1; k < limit && k < open + MAX_QUOTE_TOKENS; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_CLOSE)
      {
        close = k;
        break;
      }
  if (!close)
    return i;
  e = close;
  while (e > open + 1 && (ck_tok_is_punct (ctx, e - 1, ',') || ck_tok_is_punct (ctx, e - 1, '.')))
    e--;
  part = record_with_title (ctx, CK_TYPE_CHAPTER, open + 1, e);
  k = close + 1;
  if (ck_tok_is_punct (ctx, k, ','))
    k++;
  {
    CkRole role;
    guint r = ck_role_phrase_at (ctx, k, limit, &role);
    if (r > k)
      {
        k = ck_names_forward (ctx, r, limit, role, names);
        add_names (part, names);
      }
    else if (ck_tok_is (ctx, k, "by"))
      {
        k = ck_names_forward (ctx, k + 1, limit, CK_ROLE_AUTHOR, names);
        add_names (part, names);
      }
  }
  *out_part = part;
  ck_mention_add (ctx, det, ck_record_ref (part), ck_tok (ctx, i)->start, ck_tok (ctx, k - 1)->end, open + 1,
                  CK_MENTION_PART);
  return k;
}

/* Unit boundaries: each line, but a single line holding several sentences
 * ("Victor Hugo, Title. Edited by X. Paris: Y, 1990. 300 pp.") is cut at
 * its first sentence. */
static GArray *
para_units (CkExtractCtx *ctx, const CkPara *p)
{
  GArray *units = g_array_new (FALSE, TRUE, sizeof (Unit));
  guint carried = 0;
  for (guint l = p->line_first; l < p->line_end; l++)
    {
      const CkLine *ln = line (ctx, l);
      Unit u = { MAX (ln->tok_first, carried), ln->tok_end, U_OTHER, 0, CK_ROLE_AUTHOR };
      if (u.first >= u.end)
        continue;
      /* "… By H. L. A." / "HART. [Oxford: …]": a by-line wrapped after its
       * initials takes the family name from the next line */
      if (l + 1 < p->line_end && u.end >= u.first + 3)
        {
          guint q = u.end, nf = line (ctx, l + 1)->tok_first;
          while (q >= u.first + 2 && ck_tok_is_punct (ctx, q - 1, '.') && (ck_tok (ctx, q - 2)->flags & CK_TOKF_INITIAL))
            q -= 2;
          if (q < u.end && q > u.first && ck_tok_is (ctx, q - 1, "by") && nf + 1 < line (ctx, l + 1)->tok_end &&
              ck_tok_cap_word (ctx, nf) && !(ck_tok (ctx, nf)->flags & CK_TOKF_INITIAL) &&
              (ck_tok_is_punct (ctx, nf + 1, '.') || ck_tok_is_punct (ctx, nf + 1, ',')))
            u.end = carried = nf + 2;
          /* "237 pp. New York:" / "New Directions. $23.95.": the place's
           * colon ends the line, its publisher opens the next */
          else if (ck_tok_is_punct (ctx, u.end - 1, ':') && ck_tok_cap_word (ctx, nf))
            u.end = carried = line (ctx, l + 1)->tok_end;
        }
      /* "Tom Vell. Tides in the Town: How the Salt Came Ashore." over its
       * imprint: a name's sentence, then the title's */
      if (l == p->line_first && p->line_end - p->line_first >= 2 && ck_tok_in_lex (ctx, u.first, CK_LEX_GIVEN_NAMES))
        {
          guint ne = ck_name_span_forward (ctx, u.first, u.end);
          if (ne >= u.first + 2 && ne <= u.first + 4 && ne + 2 < u.end && ck_tok_is_punct (ctx, ne, '.') &&
              !(ck_tok (ctx, ne - 1)->flags & CK_TOKF_INITIAL) && ck_tok_cap_word (ctx, ne + 1) &&
              ck_count_words (ctx, ne + 1, u.end) >= 2)
            {
              Unit name = { u.first, ne + 1, U_OTHER, 0, CK_ROLE_AUTHOR };
              g_array_append_val (units, name);
              u.first = ne + 1;
            }
        }
      if (p->line_end - p->line_first == 1)
        {
          guint se = ck_sentence_end (ctx, u.first);
          int depth = 0;
          /* a full stop inside "(Publisher. 14s.)" ends no sentence */
          for (guint k = u.first; k < se && k < u.end; k++)
            depth += ck_tok_is_punct (ctx, k, '(') ? 1 : ck_tok_is_punct (ctx, k, ')') ? -1 : 0;
          if (depth > 0)
            se = u.end;
          if (se < u.end)
            {
              Unit rest = { se, u.end, U_IMPRINT, 0 };
              u.end = se;
              g_array_append_val (units, u);
              g_array_append_val (units, rest);
              continue;
            }
        }
      g_array_append_val (units, u);
    }
  return units;
}

/* Parses elements of tokens [first,end) into @rec, cutting out an
 * "Includes the essay …" clause first. */
static void
unit_elements (CkExtractCtx *ctx, const CkDetector *det, CkRecord *rec, guint first, guint end,
               GPtrArray *parts)
{
  guint s;
  /* "(Gollancz, 1963, 45s.)" on a line of its own, or a journal's
   * "[Oxford: Clarendon Press. 1982. 272 pp.]" */
  if (end > first + 2 && ((ck_tok_is_punct (ctx, first, '(') && ck_tok_is_punct (ctx, end - 1, ')')) ||
                          (ck_tok_is_punct (ctx, first, '[') && ck_tok_is_punct (ctx, end - 1, ']'))))
    {
      first++;
      end--;
    }
  s = first;
  for (guint j = first; j < end; j++)
    if (ck_tok_is (ctx, j, "Includes") || ck_tok_is (ctx, j, "Including") || ck_tok_is (ctx, j, "includes"))
      {
        CkRecord *part = NULL;
        guint k = includes_essay (ctx, det, j, end, &part);
        if (k > j)
          {
            if (j > s)
              ck_assemble_elements (rec, ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, j - 1)->end, CK_ELEM_BLOCK, NULL);
            g_ptr_array_add (parts, part);
            s = k;
            j = k - 1;
          }
      }
  if (s < end)
    ck_assemble_elements (rec, ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, end - 1)->end, CK_ELEM_BLOCK, NULL);
}

/* "Thu 14 Mar 2019 17.40 GMT", "Saturday 4 May 1997": a web page's
 * dateline, its weekday and month perhaps abbreviated, its time and zone
 * after; never a heading. */
static gboolean
dateline_tokens (const CkExtractCtx *ctx, guint f, guint e)
{
  static const char * const extra[] = {
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "GMT", "BST", "UTC", "EST", "EDT",
    "PST", "PDT", "CET", "CEST", "am", "pm", "Updated", "Published", "Last", "modified", "on", "at", NULL,
  };
  gboolean year = FALSE, month = FALSE;
  for (guint k = f; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_PUNCT || t->kind == CK_TOK_NUMBER)
        year |= (t->flags & CK_TOKF_YEAR) != 0;
      else if (ck_tok_in_lex (ctx, k, CK_LEX_MONTHS))
        month = TRUE;
      else if (!ck_is_weekday (ctx, k) && !ck_tok_in_words (ctx, k, extra))
        return FALSE;
    }
  return year && month;
}

static gboolean
title_para (const CkExtractCtx *ctx, guint p)
{
  const CkPara *pp = para (ctx, p);
  guint words = ck_count_words (ctx, pp->tok_first, pp->tok_end);
  if (pp->line_end - pp->line_first != 1 || words == 0 || words > 16)
    return FALSE;
  if (!(ck_tok (ctx, pp->tok_first)->flags & CK_TOKF_CAP) || ck_is_claimed (ctx, pp->tok_first, pp->tok_end))
    return FALSE;
  /* (an older weekly closes its headline in capitals with a stop:
   * "THE WINTER JOURNEY."; one word so closed is a label, "REVIEWS.") */
  if ((ck_tok_is_punct (ctx, pp->tok_end - 1, '.') && !(words >= 2 && words <= 8 && ck_all_caps (ctx, pp->tok_first, pp->tok_end - 1))) ||
      dateline_tokens (ctx, pp->tok_first, pp->tok_end))
    return FALSE;
  /* "Folk-song collector who recorded the songs of …": a standfirst of
   * a dozen words in sentence case, under the heading */
  if (words > 10)
    {
      guint lower = 0;
      for (guint k = pp->tok_first; k < pp->tok_end; k++)
        lower += ck_tok (ctx, k)->kind == CK_TOK_WORD && (ck_tok (ctx, k)->flags & CK_TOKF_LOWER);
      if (lower * 10 >= words * 7)
        return FALSE;
    }
  return ck_title_plausible (ctx, pp->tok_first, pp->tok_end);
}

/* The review's own heading and byline: walking back from the first header
 * citation, the first short title-like paragraph is the heading; name
 * lines and "— Name" / "Reviewed by Name" lines name the reviewer. */
/* The verb of a standfirst after the reviewer's name: a lower-case
 * present-tense verb ("weighs", "finds", "reviews") or "on". */
static gboolean
standfirst_verb (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  gsize n = t->end - t->start;
  if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_LOWER))
    return FALSE;
  if (ck_tok_is (ctx, i, "on"))
    return TRUE;
  return n >= 4 && ctx->text[t->end - 1] == 's' && ctx->text[t->end - 2] != 's' &&
         !(t->flags & CK_TOKF_FUNC) && !ck_tok_is (ctx, i, "was") && !ck_tok_is (ctx, i, "has") &&
         !ck_tok_is (ctx, i, "is") && !ck_tok_is (ctx, i, "does");
}

/* Whether the small letter at @q in @str lies in a "Mc" or "Mac" prefix
 * before a capital ("McNEILL", "MacDONALD"). */
static gboolean
mc_prefix (const char *str, const char *q)
{
  const char *w = NULL;
  if (q > str && q[-1] == 'M' && (q - 1 == str || !g_ascii_isalpha (q[-2])))
    w = q - 1;
  else if (q - str >= 2 && q[-2] == 'M' && q[-1] == 'a' && (q - 2 == str || !g_ascii_isalpha (q[-3])))
    w = q - 2;
  return w && q < w + ck_mc_prefix_len (w, strnlen (w, 4));
}

/* "PRESCOTT" → "Prescott", "O'NEILL-WARD" → "O'Neill-Ward"; a string
 * with a lower-case letter stays as it is. */
static void
upper_to_title (char **str)
{
  GString *out;
  gboolean start = TRUE;
  if (!*str)
    return;
  for (const char *q = *str; *q; q = g_utf8_next_char (q))
    if (g_unichar_islower (g_utf8_get_char (q)) && !mc_prefix (*str, q))
      return;
  out = g_string_new (NULL);
  for (const char *q = *str; *q; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);
      g_string_append_unichar (out, start ? c : g_unichar_tolower (c));
      /* "McNEILL" → "McNeill": the prefix's small letters stay, and the
       * capital after them */
      start = !g_unichar_isalpha (c) || (g_unichar_islower (c) && mc_prefix (*str, q) &&
                                         !g_unichar_islower (g_utf8_get_char (g_utf8_next_char (q))));
    }
  g_free (*str);
  *str = g_string_free (out, FALSE);
}

/* The end of one personal name at @f followed by nothing or by ",
 * Affiliation" up to @e; @f when there is none. */
static guint
signed_name (const CkExtractCtx *ctx, guint f, guint e)
{
  guint ne;
  if (ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  if (e <= f || ck_count_words (ctx, f, e) > 12)
    return f;
  if (names_cover (ctx, f, e) >= e && ck_count_words (ctx, f, e) <= 5)
    return e;
  ne = ck_name_span_forward (ctx, f, e);
  if (ne > f && ck_count_words (ctx, f, ne) >= 2 && ne < e && ck_tok_is_punct (ctx, ne, ',') &&
      names_cover (ctx, f, ne) >= ne && ne + 1 < e && (ck_tok (ctx, ne + 1)->flags & CK_TOKF_CAP))
    return ne;
  return f;
}

/* The reviewer's signature after the prose: a one-line paragraph of
 * names ("ANN REED", "— Ann Reed", "Ann Reed, Lantern College") among the
 * three after the last prose paragraph, or a " -- Name, Affiliation" at
 * the end of that paragraph.  Sets [*s, *e) to the names. */
static gboolean
signature_names (const CkExtractCtx *ctx, guint *s, guint *e)
{
  guint last = G_MAXUINT;
  for (guint p = 0; p < n_paras (ctx); p++)
    if (para (ctx, p)->flags & CK_PARA_PROSE)
      last = p;
  if (last == G_MAXUINT)
    return FALSE;
  for (guint p = last + 1; p < n_paras (ctx) && p <= last + 3; p++)
    {
      const CkPara *pp = para (ctx, p);
      guint f = pp->tok_first, ne;
      if (pp->line_end - pp->line_first != 1 || pp->tok_end <= f)
        continue;
      if (ck_tok_is_punct (ctx, f, 0x2014) || ck_tok_is_punct (ctx, f, 0x2013) || ck_tok_is_punct (ctx, f, '-'))
        f++;
      while (f < pp->tok_end && ck_tok_is_punct (ctx, f, '-'))
        f++;
      if (f < pp->tok_end && (ne = signed_name (ctx, f, pp->tok_end)) > f)
        {
          *s = f;
          *e = ne;
          return TRUE;
        }
    }
  {
    /* "… All readers. -- Given Family, Some College" */
    const CkPara *pp = para (ctx, last);
    const CkLine *ln = line (ctx, pp->line_end - 1);
    for (guint k = ln->tok_end; k-- > ln->tok_first + 1;)
      if (ck_tok_is_punct (ctx, k, 0x2014) || (ck_tok_is_punct (ctx, k, '-') && ck_tok_is_punct (ctx, k - 1, '-')))
        {
          guint ne = k + 1 < ln->tok_end ? signed_name (ctx, k + 1, ln->tok_end) : k + 1;
          if (ne > k + 1)
            {
              *s = k + 1;
              *e = ne;
              return TRUE;
            }
          break;
        }
  }
  return FALSE;
}

void
ck_find_review_heading (CkExtractCtx *ctx, guint book_para)
{
  /* a text signed at its end names its reviewer there; a name-like line
   * in capitals above the book ("NEW BOOKS") is then its heading */
  guint ss = 0, se = 0;
  gboolean sig = signature_names (ctx, &ss, &se) || ck_signature_affiliation (ctx, &ss, &se) ||
                 ck_signature_bio (ctx, &ss, &se);
  if (sig && ctx->reviewers->len == 0)
    {
      ck_names_forward (ctx, ss, se, CK_ROLE_AUTHOR, ctx->reviewers);
      /* "HAROLD M. PRESCOTT" signs as "Harold M. Prescott" */
      for (guint k = 0; k < ctx->reviewers->len; k++)
        {
          CkName *nm = g_ptr_array_index (ctx->reviewers, k);
          upper_to_title (&nm->family);
          upper_to_title (&nm->given);
        }
    }
  for (guint p = book_para; p-- > 0;)
    {
      const CkPara *pp = para (ctx, p);
      guint f = pp->tok_first, e = pp->tok_end;
      /* layouts of their own: review-heading.c */
      if (ck_review_heading_layout (ctx, p))
        continue;
      if (!(pp->flags & CK_PARA_HEADER) || pp->line_end - pp->line_first > 2)
        continue;
      /* a standfirst: "Ann Reed weighs a bold account of …", "Ann Reed
       * on the sea": the name before its verb is the reviewer */
      if (ctx->reviewers->len == 0 && pp->line_end - pp->line_first == 1 && ck_tok_is_punct (ctx, e - 1, '.'))
        {
          guint ne = ck_name_span_forward (ctx, f, e);
          if (ne > f + 1 && ne + 2 < e && ck_count_words (ctx, f, ne) <= 3 && standfirst_verb (ctx, ne) &&
              names_cover (ctx, f, ne) >= ne)
            {
              ck_names_forward (ctx, f, ne, CK_ROLE_AUTHOR, ctx->reviewers);
              continue;
            }
        }
      if (pp->line_end - pp->line_first == 2 && !ctx->review_title)
        {
          /* "Heading / Reviewer Name" on two lines of one paragraph */
          const CkLine *l1 = line (ctx, pp->line_first), *l2 = line (ctx, pp->line_first + 1);
          guint w1 = ck_count_words (ctx, l1->tok_first, l1->tok_end);
          if (l2->tok_end > l2->tok_first && names_cover (ctx, l2->tok_first, l2->tok_end) >= l2->tok_end &&
              w1 > 0 && w1 <= 16 && (ck_tok (ctx, l1->tok_first)->flags & CK_TOKF_CAP) &&
              !ck_is_claimed (ctx, l1->tok_first, l2->tok_end) && !ck_tok_is_punct (ctx, l1->tok_end - 1, '.') &&
              names_cover (ctx, l1->tok_first, l1->tok_end) < l1->tok_end &&
              ck_title_plausible (ctx, l1->tok_first, l1->tok_end))
            {
              ctx->review_title = ck_span_dup (ctx, l1->tok_first, l1->tok_end);
              ctx->review_title_start = l1->start;
              ctx->review_title_end = l1->end;
              if (ctx->reviewers->len == 0)
                ck_names_forward (ctx, l2->tok_first, l2->tok_end, CK_ROLE_AUTHOR, ctx->reviewers);
              continue;
            }
        }
      if (ck_tok_is_punct (ctx, f, 0x2014) || ck_tok_is_punct (ctx, f, 0x2013) || ck_tok_is_punct (ctx, f, '-'))
        f++;
      /* "By X", "Reviewed by X", "Reviews by X" */
      if (ck_tok_is (ctx, f, "By"))
        f++;
      else if ((ck_tok_is (ctx, f, "Reviewed") || ck_tok_is (ctx, f, "Review") || ck_tok_is (ctx, f, "Reviews")) &&
               ck_tok_is (ctx, f + 1, "by"))
        f += 2;
      if (f > pp->tok_first && names_cover (ctx, f, e) < e - (ck_tok_is_punct (ctx, e - 1, '.') ? 1 : 0))
        continue;
      if (sig && f == pp->tok_first && !ctx->review_title && title_para (ctx, p))
        {
          gboolean caps = TRUE;
          for (guint k = f; k < e; k++)
            if (ck_tok (ctx, k)->kind == CK_TOK_WORD && !(ck_tok (ctx, k)->flags & CK_TOKF_UPPER))
              caps = FALSE;
          if (caps)
            {
              ctx->review_title = ck_span_dup (ctx, f, e);
              ctx->review_title_start = pp->start;
              ctx->review_title_end = pp->end;
              continue;
            }
        }
      /* the heading read under the masthead ("Puritan and Profit") is no
       * pair of names */
      if (e > f && ctx->review_title && ck_tok (ctx, f)->start >= ctx->review_title_start &&
          ck_tok (ctx, e - 1)->end <= ctx->review_title_end)
        continue;
      if (names_cover (ctx, f, e) >= e - (ck_tok_is_punct (ctx, e - 1, '.') ? 1 : 0) && e > f)
        {
          if (ctx->reviewers->len == 0)
            {
              ck_names_forward (ctx, f, e, CK_ROLE_AUTHOR, ctx->reviewers);
              /* "Paperback Row" over "By Ann Reed": only a guess */
              ctx->reviewers_bare = f == pp->tok_first;
            }
          continue;
        }
      if (!ctx->review_title && title_para (ctx, p) && f == pp->tok_first)
        {
          if (e > f + 1 && ck_tok_is_punct (ctx, e - 1, '.'))
            e--;
          ctx->review_title = ck_span_dup (ctx, f, e);
          ctx->review_title_start = pp->start;
          ctx->review_title_end = pp->end;
        }
    }
}

/* Header blocks: a paragraph of short lines (or one citation sentence
 * sequence) carrying imprint signals — price, extent, "Place: Publisher",
 * ISBN — with a title line, names and role lines around them.  Layouts:
 *   Title / By Author / Publisher, Year, N pp
 *   Reviewer / Title: / Subtitle / Edited by X / Place: Publisher, Year, N pages, $P
 *   Author, Title. Edition prepared by X. Place: Publisher, Year. N pp. Binding, $P.
 *   Title (paragraph) / By Author. Publisher. N pp. $P (next paragraph) */
/* Whether some line is a labelled catalogue field ("Publisher: X"). */
static gboolean
has_catalogue_labels (const CkExtractCtx *ctx)
{
  for (guint l = 0; l < ctx->t->lines->len; l++)
    {
      const CkLine *ln = line (ctx, l);
      guint vs = 0;
      const char *field;
      if (ln->end - ln->start > 90)
        continue;
      field = line_label (ctx, ln->tok_first, ln->tok_end, &vs);
      if (field && strcmp (field, "ignore") != 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether every word of [s,e) is in capitals. */
static gboolean
all_caps (const CkExtractCtx *ctx, guint s, guint e)
{
  guint words = 0;
  for (guint k = s; k < e; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_WORD)
      {
        if (!(ck_tok (ctx, k)->flags & CK_TOKF_UPPER))
          return FALSE;
        words++;
      }
  return words > 0;
}

/* A name line at the top of a header is the reviewer's when the header
 * names its people below ("Reviewer / Title / By Author / Imprint"); with
 * no by-line, role or name line below, it is the author's ("Author /
 * TITLE / 254pp. Place: Publisher."). */
static gboolean
name_heads_book (GArray *units, guint u, guint seg_e)
{
  gboolean title = FALSE, imprint = FALSE;
  for (guint k = u + 1; k < seg_e; k++)
    {
      UnitKind kind = g_array_index (units, Unit, k).kind;
      if (kind == U_BYLINE || kind == U_ROLE || kind == U_NAME || kind == U_LABEL)
        return FALSE;
      if (kind == U_TITLE && !imprint)
        title = TRUE;
      if (kind == U_IMPRINT && title)
        imprint = TRUE;
    }
  return title && imprint;
}

/* "2 Cf. the same author's …", "14 See …": a footnote's number and its
 * cue word open the paragraph — a note, no book-trade header. */
static gboolean
para_opens_with_note_cue (const CkExtractCtx *ctx, const CkPara *pp)
{
  static const char * const cues[] = { "cf", "see", "ibid", "op", "loc", NULL };
  guint k = pp->tok_first;
  return k + 1 < pp->tok_end && ck_tok (ctx, k)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, k)->flags & CK_TOKF_YEAR) &&
         ck_tok (ctx, k)->end - ck_tok (ctx, k)->start <= 3 && ck_tok_cap_word (ctx, k + 1) &&
         ck_tok_in_words (ctx, k + 1, cues);
}

/* How many lines of @pp after its first read "Given Family, Title, …"
 * with a price or an extent of their own. */
static guint
stacked_name_lines (const CkExtractCtx *ctx, const CkPara *pp)
{
  guint count = 0;
  for (guint l = pp->line_first + 1; l < pp->line_end; l++)
    {
      const CkLine *ln = line (ctx, l);
      guint ne = ck_name_span_forward (ctx, ln->tok_first, ln->tok_end);
      if (ne > ln->tok_first + 1 && ne < ln->tok_end && ck_tok_is_punct (ctx, ne, ',') &&
          ck_has_imprint_signal (ctx->text, ln->start, ln->end))
        count++;
    }
  return count;
}

/* Over books stacked one a line, the review's heading and its byline:
 * "The Revolution in the Head / Ann Vell / Tom Orr, Title, …". */
static void
stacked_heading (CkExtractCtx *ctx, const CkPara *pp)
{
  const CkLine *h = line (ctx, pp->line_first), *b = line (ctx, pp->line_first + 1);
  guint ne;
  if (ctx->review_title || h->tok_end <= h->tok_first || ck_has_imprint_signal (ctx->text, h->start, h->end) ||
      !ck_tok_cap_word (ctx, h->tok_first) || ck_name_span_forward (ctx, h->tok_first, h->tok_end) == h->tok_end)
    return;
  ctx->review_title = ck_span_dup (ctx, h->tok_first, h->tok_end);
  ctx->review_title_start = h->start;
  ctx->review_title_end = h->end;
  ck_claim (ctx, h->tok_first, h->tok_end);
  /* the reviewer's name alone on the next line */
  ne = ck_name_span_forward (ctx, b->tok_first, b->tok_end);
  if (pp->line_first + 2 < pp->line_end && ne == b->tok_end && ne > b->tok_first + 1 && ctx->reviewers->len == 0 &&
      !ck_has_imprint_signal (ctx->text, b->start, b->end))
    {
      ck_names_forward (ctx, b->tok_first, b->tok_end, CK_ROLE_AUTHOR, ctx->reviewers);
      ck_claim (ctx, b->tok_first, b->tok_end);
    }
}

/* Longest line a joined imprint may be, in bytes. */
#define CK_MAX_IMPRINT_LINE 160

static void
detect_header_block (CkExtractCtx *ctx, const CkDetector *det)
{
  gboolean have_main = FALSE;
  gboolean catalogue_page = has_catalogue_labels (ctx);
  for (guint p = 0; p < n_paras (ctx); p++)
    {
      const CkPara *pp = para (ctx, p);
      g_autoptr(GArray) units = NULL;
      g_autoptr(GArray) seg_starts = g_array_new (FALSE, FALSE, sizeof (guint));
      gboolean emitted = FALSE;
      gsize last_end = 0;
      CkPara joined;

      /* "Harbour\nAda Vell, translated by Tom Orr\n\nGannet Books, pp. 288,
       * £14.99": a magazine's page sets the imprint a blank line under the
       * title and its author; the two blocks are one header */
      if (p + 1 < n_paras (ctx) && !(pp->flags & CK_PARA_PROSE) && pp->line_end - pp->line_first >= 2 &&
          pp->line_end - pp->line_first <= 3 && !ck_has_imprint_signal (ctx->text, pp->start, pp->end))
        {
          const CkPara *next = para (ctx, p + 1);
          gboolean by = ck_tok_is (ctx, pp->tok_first, "By");
          for (guint k = next->tok_first; k < next->tok_end && !by; k++)
            by = ck_tok_is (ctx, k, "by");
          /* (a reviewer's by-line over the next book's line is no such pair) */
          if (!by && next->line_end - next->line_first == 1 && !(next->flags & CK_PARA_PROSE) &&
              next->end - next->start <= CK_MAX_IMPRINT_LINE && ck_has_imprint_signal (ctx->text, next->start, next->end) &&
              !ck_is_claimed (ctx, next->tok_first, next->tok_end))
            {
              joined = *pp;
              joined.line_end = next->line_end;
              joined.tok_end = next->tok_end;
              joined.end = next->end;
              pp = &joined;
            }
        }

      /* a book-trade header is short; a long paragraph is running text
       * whatever its mix of capitals */
      if ((pp->flags & CK_PARA_PROSE) || pp->end - pp->start > CK_MAX_HEADER_BYTES || ck_para_is_list (ctx, pp) ||
          ck_is_claimed (ctx, pp->tok_first, pp->tok_end) || ck_para_opens_notes (ctx, pp) ||
          para_opens_with_note_cue (ctx, pp) || ck_para_opens_schedule (ctx, pp))
        continue;
      if (!ck_has_imprint_signal (ctx->text, pp->start, pp->end) &&
          !(catalogue_page && (pp->flags & CK_PARA_HEADER) && !have_main && pp->line_end - pp->line_first >= 2))
        continue;
      /* "Heading / Reviewer / Ann Vell, Title, Firm, 512 pages, £25 /
       * Tom Orr, Title, Firm, …": books stacked one a line under the
       * review's heading, each read by the comma-header reader */
      if (stacked_name_lines (ctx, pp) >= 2)
        {
          stacked_heading (ctx, pp);
          continue;
        }
      /* "TITLE, by" / "Name (Publisher, 21s.)": a title-by line wrapped
       * after its "by", not a block of units (title-by reads it) */
      {
        gboolean wrapped_by = FALSE;
        for (guint l = pp->line_first; l + 1 < pp->line_end && !wrapped_by; l++)
          wrapped_by = line (ctx, l)->tok_end > line (ctx, l)->tok_first &&
                       ck_tok_is (ctx, line (ctx, l)->tok_end - 1, "by");
        /* "Title, by Name (Series 316, 1s.)" a line: a list of title-by
         * entries, one a line */
        for (guint l = pp->line_first; l < pp->line_end && !wrapped_by && pp->line_end - pp->line_first >= 2; l++)
          for (guint k = line (ctx, l)->tok_first + 1; k + 2 < line (ctx, l)->tok_end && !wrapped_by; k++)
            if (ck_tok_is_punct (ctx, k, ',') && ck_tok_is (ctx, k + 1, "by") && ck_tok_lower_word (ctx, k + 1) &&
                ck_tok_cap_word (ctx, k + 2))
              for (guint j = k + 3; j < line (ctx, l)->tok_end && j < k + 8; j++)
                if (ck_tok_is_punct (ctx, j, '('))
                  {
                    wrapped_by = TRUE;
                    break;
                  }
        if (wrapped_by)
          continue;
      }
      units = para_units (ctx, pp);
      for (guint u = 0; u < units->len; u++)
        classify_unit (ctx, &g_array_index (units, Unit, u));
      /* "NORM AND FORM" / "Studies in the Art of …": capitals that read
       * as two names but hold no initial and no known forename, over a
       * line in title case, are the title over its subtitle */
      for (guint u = 0; u + 1 < units->len; u++)
        {
          Unit *un = &g_array_index (units, Unit, u);
          gboolean plain_caps = un->kind == U_NAME;
          for (guint k = un->first; k < un->end && plain_caps; k++)
            if (ck_tok (ctx, k)->kind == CK_TOK_WORD)
              plain_caps = (ck_tok (ctx, k)->flags & CK_TOKF_UPPER) && !ck_tok_in_lex (ctx, k, CK_LEX_GIVEN_NAMES);
            else if (!ck_tok_is_punct (ctx, k, ','))
              plain_caps = FALSE;
          if (plain_caps && g_array_index (units, Unit, u + 1).kind == U_TITLE &&
              !(ck_tok (ctx, g_array_index (units, Unit, u + 1).first)->flags & CK_TOKF_UPPER))
            un->kind = U_TITLE;
        }
      /* "Ann Reed" / "TOM VELL" / "A life": a name in capitals over a
       * life's subtitle is the title of that life */
      for (guint u = 1; u + 1 < units->len; u++)
        {
          Unit *un = &g_array_index (units, Unit, u), *nx = &g_array_index (units, Unit, u + 1);
          if (un->kind == U_NAME && g_array_index (units, Unit, u - 1).kind == U_NAME && all_caps (ctx, un->first, un->end) &&
              ck_life_subtitle (ctx, nx->first, nx->end))
            un->kind = U_TITLE;
        }
      /* "Sea Glass" / "By Amy Wren": what looks like a name right above a
       * byline is the title */
      for (guint u = 0; u + 1 < units->len; u++)
        if (g_array_index (units, Unit, u).kind == U_NAME && g_array_index (units, Unit, u + 1).kind == U_BYLINE)
          g_array_index (units, Unit, u).kind = U_TITLE;
      /* "2666" / "by Ada Quell", "77 Salt Songs" / "by …": a title opening
       * with a number reads as no title of its own; above a byline it is one */
      for (guint u = 0; u + 1 < units->len; u++)
        {
          Unit *un = &g_array_index (units, Unit, u);
          if ((un->kind == U_OTHER || un->kind == U_IMPRINT) && g_array_index (units, Unit, u + 1).kind == U_BYLINE &&
              ck_tok (ctx, un->first)->kind == CK_TOK_NUMBER && ck_count_words (ctx, un->first, un->end) <= 6 &&
              (un->end == un->first + 1 || ck_tok_cap_word (ctx, un->first + 1)) &&
              !ck_has_imprint_signal (ctx->text, ck_tok (ctx, un->first)->start, ck_tok (ctx, un->end - 1)->end))
            un->kind = U_TITLE;
        }
      /* "Title: Subtitle, 1840–1890" / "By X": the year range made the
       * title look like "Place: Publisher, Year"; above a by-line, with
       * no price or extent, it is the title */
      if (units->len >= 3 && g_array_index (units, Unit, 0).kind == U_IMPRINT &&
          g_array_index (units, Unit, 1).kind == U_BYLINE &&
          (ck_tok (ctx, g_array_index (units, Unit, 0).first)->flags & CK_TOKF_CAP))
        {
          Unit *u0 = &g_array_index (units, Unit, 0);
          g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
          ck_assemble_elements (probe, ctx->text, ck_tok (ctx, u0->first)->start, ck_tok (ctx, u0->end - 1)->end,
                                CK_ELEM_BLOCK, NULL);
          if (!ck_record_has (probe, CK_FIELD_PRICE) && !ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES) &&
              !ck_record_has (probe, CK_FIELD_ISBN))
            u0->kind = U_TITLE;
        }
      /* "Salt and Iron" / "Ann Reed" / imprint, and no other title: the
       * first name-like line is the title */
      {
        gboolean any_title = FALSE;
        for (guint u = 0; u < units->len; u++)
          any_title |= g_array_index (units, Unit, u).kind == U_TITLE;
        for (guint u = 0; !any_title && u + 2 < units->len; u++)
          if (g_array_index (units, Unit, u).kind == U_NAME && g_array_index (units, Unit, u + 1).kind == U_NAME &&
              g_array_index (units, Unit, u + 2).kind == U_IMPRINT &&
              g_array_index (units, Unit, u).name_end == g_array_index (units, Unit, u).end &&
              !all_caps (ctx, g_array_index (units, Unit, u + 1).first, g_array_index (units, Unit, u + 1).end))
            {
              g_array_index (units, Unit, u).kind = U_TITLE;
              break;
            }
      }
      /* "Ola Brekke" / "STILLE WASSER" / imprint: a line in capitals
       * under a name and over the imprint is the title */
      for (guint u = 1; u + 1 < units->len; u++)
        {
          Unit *un = &g_array_index (units, Unit, u);
          const Unit *up = &g_array_index (units, Unit, u - 1);
          if (un->kind == U_NAME && up->kind == U_NAME && g_array_index (units, Unit, u + 1).kind == U_IMPRINT &&
              all_caps (ctx, un->first, un->end) && !all_caps (ctx, up->first, up->end))
            un->kind = U_TITLE;
        }
      /* Several books in one paragraph: a title line after a complete
       * citation (title plus byline or imprint) starts the next one. */
      {
        guint zero = 0;
        gboolean has_title = FALSE, has_body = FALSE;
        g_array_append_val (seg_starts, zero);
        for (guint u = 0; u < units->len; u++)
          {
            const Unit *un = &g_array_index (units, Unit, u);
            gboolean starts = un->kind == U_TITLE ||
                              (un->kind == U_NAME && u + 1 < units->len && g_array_index (units, Unit, u + 1).kind == U_TITLE);
            if (starts && has_title && has_body)
              {
                g_array_append_val (seg_starts, u);
                has_title = has_body = FALSE;
              }
            if (un->kind == U_TITLE)
              {
                has_title = TRUE;
                for (guint k = un->first; k < un->end; k++)
                  if (ck_tok_is (ctx, k, "by") && ck_tok_is_punct (ctx, un->end - 1, ')'))
                    has_body = TRUE;
              }
            else if (un->kind == U_BYLINE || un->kind == U_IMPRINT || un->kind == U_ROLE)
              has_body = has_title;
          }
      }
      for (guint sg = 0; sg < seg_starts->len; sg++)
      {
      guint seg_s = g_array_index (seg_starts, guint, sg);
      guint seg_e = sg + 1 < seg_starts->len ? g_array_index (seg_starts, guint, sg + 1) : units->len;
      g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_record_unref);
      GString *title = NULL;
      gboolean after_title = FALSE, got_imprint = FALSE, saw_byline = FALSE;
      gsize ev_start = ctx->text ? ck_tok (ctx, g_array_index (units, Unit, seg_s).first)->start : pp->start;
      gsize ev_end = ck_tok (ctx, g_array_index (units, Unit, seg_e - 1).end - 1)->end;
      guint title_tok = G_MAXUINT;
      for (guint u = seg_s; u < seg_e; u++)
        {
          Unit *un = &g_array_index (units, Unit, u);
          switch (un->kind)
            {
            case U_LABEL:
              {
                guint vs = 0;
                const char *field = line_label (ctx, un->first, un->end, &vs);
                if (field && vs < un->end)
                  label_into (ctx, rec, field, vs, un->end);
              }
              continue;
            case U_TITLE:
              /* "TITLE" / "Volume One: The private years, 1884-1914": the
               * volume and its own title under the work's */
              if (title && !ck_record_has (rec, CK_FIELD_VOLUME) && volume_part_at (ctx, un->first, un->end))
                {
                  guint v = volume_part_at (ctx, un->first, un->end), e = un->end;
                  while (e > v + 2 && ck_tok_is_punct (ctx, e - 1, '.'))
                    e--;
                  ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, v));
                  if (!ck_record_has (rec, CK_FIELD_SUBTITLE))
                    ck_record_take (rec, CK_FIELD_SUBTITLE, ck_span_dup (ctx, v + 2, e));
                  continue;
                }
              if (after_title)
                {
                  /* "Title / Author / Gannet Press / 320pp, £20": a firm's
                   * name on a line of its own after the authors */
                  if (title && !ck_record_has (rec, CK_FIELD_PUBLISHER) && ck_record_get_n_names (rec) > 0 &&
                      ck_firm_name_span (ctx, un->first, un->end))
                    {
                      guint fe = un->end;
                      while (fe > un->first && ck_tok_is_punct (ctx, fe - 1, '.'))
                        fe--;
                      ck_record_take (rec, CK_FIELD_PUBLISHER, ck_span_dup (ctx, un->first, fe));
                    }
                  /* "Victor Hugo, Les Misérables." in one unit: name, title */
                  break;
                }
              {
                /* "Author, Title" on one line */
                guint ne = ck_name_span_forward (ctx, un->first, un->end);
                guint s = un->first, e = un->end;
                if (!title && ne > un->first + 1 && ck_tok_is_punct (ctx, ne, ',') &&
                    ck_count_words (ctx, un->first, ne) >= 2 && ne + 1 < un->end &&
                    (ck_tok (ctx, ne + 1)->flags & CK_TOKF_CAP))
                  {
                    ck_names_forward (ctx, un->first, ne, CK_ROLE_AUTHOR, names);
                    add_names (rec, names);
                    s = ne + 1;
                  }
                while (e > s && ck_tok_is_punct (ctx, e - 1, '.'))
                  e--;
                /* "The Politics of Speech: Essays by Nora Bell." */
                for (guint b = s + 1; b + 1 < e; b++)
                  if (ck_tok_is (ctx, b, "by") && ck_name_span_forward (ctx, b + 1, e) > b + 1)
                    {
                      /* "Selected Letters 1940-1985 edited by Name": the
                       * role phrase that ends in this "by" ends the title */
                      CkRole brole = CK_ROLE_AUTHOR;
                      guint rs = role_phrase_before_by (ctx, b, s + 1, 5, TRUE, &brole), ne2;
                      ne2 = ck_names_forward (ctx, b + 1, e, brole, names);
                      guint close = ck_tok_is_punct (ctx, ne2, '(') ? paren_close (ctx, ne2, un->end) : 0;
                      /* "Title by Author, translated by Name" */
                      if (ne2 + 1 < e && ck_tok_is_punct (ctx, ne2, ','))
                        {
                          CkRole role2;
                          guint r2 = ck_role_phrase_at (ctx, ne2 + 1, e, &role2);
                          if (r2 > ne2 + 1 && role2 != CK_ROLE_AUTHOR &&
                              ck_names_forward (ctx, r2, e, role2, names) == e)
                            ne2 = e;
                        }
                      if (ne2 == e || close)
                        {
                          /* "Title by Author (Publisher. 14s.)" */
                          add_names (rec, names);
                          if (close > ne2 + 1)
                            {
                              unit_elements (ctx, det, rec, ne2 + 1, close, parts);
                              got_imprint = TRUE;
                            }
                          e = rs;
                          if (ck_tok_is_punct (ctx, e - 1, ','))
                            e--;
                          after_title = TRUE;
                        }
                      g_ptr_array_set_size (names, 0);
                      break;
                    }
                if (e <= s || !title_case_unit (ctx, s, e))
                  {
                    if (title)
                      after_title = TRUE;
                    continue;
                  }
                if (!title)
                  {
                    title = g_string_new (NULL);
                    title_tok = s;
                  }
                else
                  g_string_append (title, title->len && (title->str[title->len - 1] == ':' ||
                                                         ends_mid_title (title->str) || ck_tok_lower_word (ctx, s))
                                            ? " " : ": ");
                {
                  g_autofree char *t = ck_span_dup (ctx, s, e);
                  g_string_append (title, t);
                }
                /* one-line "Author, Title. …" ends the title at its sentence */
                if (s > un->first)
                  after_title = TRUE;
              }
              continue;
            case U_NAME:
              if (un->role != CK_ROLE_AUTHOR)
                {
                  /* "Ann Reed, editor": the line says no more */
                  ck_names_forward (ctx, un->first, un->name_end, un->role, names);
                  add_names (rec, names);
                  continue;
                }
              if (!title && u == seg_s && un->name_end >= un->end - (ck_tok_is_punct (ctx, un->end - 1, '.') ? 1 : 0) &&
                  !name_heads_book (units, u, seg_e))
                {
                  if (ctx->reviewers->len == 0)
                    {
                      ck_names_forward (ctx, un->first, un->name_end, CK_ROLE_AUTHOR, ctx->reviewers);
                      ctx->reviewers_bare = TRUE;
                    }
                }
              else if (ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0)
                {
                  ck_names_forward (ctx, un->first, un->name_end, CK_ROLE_AUTHOR, names);
                  add_names (rec, names);
                }
              else if (title && ck_tok_is_punct (ctx, un->name_end, ',') && !ck_record_has (rec, CK_FIELD_PUBLISHER))
                {
                  CkRole r;
                  /* "By X" then "Firm Name, 272pp, £20": after the
                   * authors, a name before the imprint is the publisher
                   * ("Name, translated by Y" is a translator's line) */
                  if (ck_role_phrase_at (ctx, un->name_end + 1, un->end, &r) > un->name_end + 1)
                    {
                      unit_elements (ctx, det, rec, un->name_end + 1, un->end, parts);
                      after_title = TRUE;
                      continue;
                    }
                  g_autofree char *pub = ck_span_dup (ctx, un->first, un->name_end);
                  ck_record_set (rec, CK_FIELD_PUBLISHER, pub);
                }

              if (title && un->name_end + 1 < un->end)
                {
                  guint from = un->name_end + 1;
                  /* "Name [trans. X], Firm": the bracketed role first */
                  if (ck_tok_is_punct (ctx, un->name_end, '['))
                    from = ck_role_chain (ctx, un->name_end, un->end, rec) + 1;
                  if (from < un->end)
                    unit_elements (ctx, det, rec, from, un->end, parts);
                }
              after_title = title != NULL;
              continue;
            case U_BYLINE:
              if (!title && seg_s == 0 && p > 0 && title_para (ctx, p - 1))
                {
                  const CkPara *tp = para (ctx, p - 1);
                  g_autofree char *t = ck_span_dup (ctx, tp->tok_first, tp->tok_end);
                  title = g_string_new (t);
                  title_tok = tp->tok_first;
                  ev_start = tp->start;
                  ck_claim (ctx, tp->tok_first, tp->tok_end);
                }
              ck_names_forward (ctx, un->first + 1, un->name_end, CK_ROLE_AUTHOR, names);
              add_names (rec, names);
              saw_byline = TRUE;
              if (un->name_end < un->end)
                {
                  /* "by Author ‧ RELEASE DATE: Nov. 16, 2007": a labelled
                   * field after a separator */
                  guint r = un->name_end;
                  while (r < un->end && ck_tok (ctx, r)->kind == CK_TOK_PUNCT && ck_tok (ctx, r)->ch != ',' &&
                         ck_tok (ctx, r)->ch != '.' && ck_tok (ctx, r)->ch != '(')
                    r++;
                  {
                    guint vs = 0;
                    const char *field = r < un->end ? line_label (ctx, r, un->end, &vs) : NULL;
                    if (field)
                      {
                        if (vs < un->end)
                          label_into (ctx, rec, field, vs, un->end);
                      }
                    else if (r == un->name_end)
                      unit_elements (ctx, det, rec, un->name_end, un->end, parts);
                  }
                }
              after_title = TRUE;
              continue;
            case U_ROLE:
              {
                CkRole role = CK_ROLE_EDITOR;
                guint r = ck_role_phrase_at (ctx, un->first, un->end, &role);
                guint ne = ck_names_forward (ctx, r, un->end, role, names);
                add_names (rec, names);
                if (ne < un->end)
                  unit_elements (ctx, det, rec, ne, un->end, parts);
                after_title = TRUE;
              }
              continue;
            case U_IMPRINT:
              unit_elements (ctx, det, rec, un->first, un->end, parts);
              got_imprint = TRUE;
              after_title = TRUE;
              continue;
            case U_OTHER:
              {
                guint os = published_as_at (ctx, un->first, un->end), oe = os;
                while (oe < un->end && !(ck_tok (ctx, oe)->kind == CK_TOK_PUNCT &&
                                         (ck_tok (ctx, oe)->ch == '(' || ck_tok (ctx, oe)->ch == '[' ||
                                          ck_tok (ctx, oe)->ch == '.' || ck_tok (ctx, oe)->ch == ',')))
                  oe++;
                if (title && os && oe > os && !ck_record_has (rec, CK_FIELD_ORIGINAL_TITLE))
                  {
                    ck_record_take (rec, CK_FIELD_ORIGINAL_TITLE, ck_span_dup (ctx, os, oe));
                    after_title = TRUE;
                    continue;
                  }
              }
              /* "Published 10 September 2020", "First published May 3,
               * 2019": the publication date without a colon */
              if (title && !ck_record_get_date (rec, CK_DATE_ISSUED))
                {
                  guint f = un->first;
                  if (ck_tok_is (ctx, f, "First"))
                    f++;
                  if (ck_tok_is (ctx, f, "Published") || (ck_tok_is (ctx, f, "published") && f > un->first))
                    for (guint k = f + 1; k < un->end && k < f + 6; k++)
                      if (is_year_tok (ctx, k))
                        {
                          ck_record_take_date (rec, CK_DATE_ISSUED,
                                               ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, k)->start), 0, 0));
                          break;
                        }
                }
              if (title)
                after_title = TRUE;
              continue;
            }
        }
      /* without an imprint, "Title / by Author" is the reviewed book only
       * on a catalogue page (labelled "Publisher:" lines elsewhere), as
       * a newspaper's "Headline / By Name" is the review's own byline */
      if (!title || (!got_imprint && !ck_record_has (rec, CK_FIELD_PUBLISHER) &&
                     !(saw_byline && catalogue_page && (pp->flags & CK_PARA_HEADER) && !have_main)))
        {
          if (title)
            g_string_free (title, TRUE);
          g_ptr_array_set_size (parts, 0);
          continue;
        }
      {
        char *t = g_string_free (title, FALSE);
        guint flags = 0;
        ck_assemble_title (rec, t);
        if ((pp->flags & CK_PARA_HEADER) && !have_main)
          {
            flags |= CK_MENTION_MAIN;
            have_main = TRUE;
            ck_find_review_heading (ctx, ck_para_of (ctx, title_tok));
          }
        ck_mention_add (ctx, det, g_steal_pointer (&rec), MIN (ev_start, ck_tok (ctx, title_tok)->start), ev_end,
                        title_tok, flags);
        emitted = TRUE;
        last_end = MAX (last_end, ev_end);
      }
      }
      if (emitted)
        {
          /* "… Company. $5.00. / In the wake of Ulysses, by the author of
           * T (1925).": a blurb set on under the last header is prose,
           * left to the detectors of prose */
          guint ce = pp->tok_end, lower = 0, k0 = MIN (ck_tok_at_byte (ctx, last_end), pp->tok_end);
          for (guint k = k0; k < pp->tok_end; k++)
            lower += ck_tok_lower_word (ctx, k) && !(ck_tok (ctx, k)->flags & CK_TOKF_FUNC);
          if (k0 + 6 <= pp->tok_end && lower >= 2 && ck_tok (ctx, k0)->nl >= 1)
            ce = k0;
          ck_claim (ctx, pp->tok_first, ce);
        }
    }
}

/* ----------------------------------------------------- title by author */

/* "Title by Author", "Title, by Author (Publisher, £12.99)": a header line
 * or an inline citation. */
/* The start of a header line's title that ends at @ts after commas:
 * @first when [first,ts) is a title with a colon followed by pieces of
 * capitalised words and function words joined by commas; else @ts. */
static guint
header_line_title_start (const CkExtractCtx *ctx, guint first, guint ts)
{
  gboolean colon = FALSE;
  if (!ck_tok_cap_word (ctx, first))
    return ts;
  for (guint k = first; k < ts; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_WORD || t->kind == CK_TOK_NUMBER || t->kind == CK_TOK_POSS)
        continue;
      if (t->kind == CK_TOK_PUNCT && t->ch == ':' && k > first && !colon)
        {
          colon = TRUE;
          continue;
        }
      if (t->kind == CK_TOK_PUNCT && (t->ch == ',' || t->ch == '-') && colon)
        continue;
      return ts;
    }
  return colon ? first : ts;
}

/* "Also by Ada Quell: T1 (1990), T2 (1993) and T3.": every item of the
 * list after the label, up to the sentence's end, is a book by the names
 * in [ns, ne). */
static void
also_by_list (CkExtractCtx *ctx, const CkDetector *det, guint ns, guint ne, guint k, guint pe)
{
  guint end = MIN (pe, ck_sentence_end (ctx, k));
  for (guint round = 0; round < 24 && k < end; round++)
    {
      guint te = ck_title_span_forward (ctx, k, end, FALSE), ie;
      CkRecord *rec;
      if (te <= k || ck_is_claimed (ctx, k, te) || !ck_title_plausible (ctx, k, te))
        return;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, k, te));
      ck_add_names_span (ctx, rec, ns, ne, CK_ROLE_AUTHOR);
      ie = te;
      if (ck_tok_is_punct (ctx, ie, '(') && is_year_tok (ctx, ie + 1) && ck_tok_is_punct (ctx, ie + 2, ')'))
        {
          ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, ie + 1)->start), 0, 0));
          ie += 3;
        }
      ck_mention_add (ctx, det, rec, ck_tok (ctx, k)->start, ck_tok (ctx, ie - 1)->end, k, 0);
      ck_claim (ctx, k, ie);
      /* ", ", "; ", " and ", ", and " between the items */
      if (ie < end && (ck_tok_is_punct (ctx, ie, ',') || ck_tok_is_punct (ctx, ie, ';')))
        ie++;
      if (ie < end && ck_tok_is (ctx, ie, "and"))
        ie++;
      if (ie == k || ie >= end || !ck_tok_cap_word (ctx, ie))
        return;
      k = ie;
    }
}

/* Whether [f, e) labels a heading: "Review", "Essay", "Book review",
 * "New reviews" (a genre word, or any words ending in "review(s)"). */
static gboolean
review_label (const CkExtractCtx *ctx, guint f, guint e)
{
  /* "BIOGRAPHY: Title By X", "FICTION: …": a paper's shelf in capitals */
  static const char * const shelves[] = {
    "BIOGRAPHY", "FICTION", "HISTORY", "POLITICS", "MEMOIR", "POETRY", "SCIENCE", "PHILOSOPHY", "TRAVEL", "CRIME",
    "NONFICTION", "NON-FICTION", "ECONOMICS", "RELIGION", "ART", "MUSIC", "SPORT", "THRILLER", "THRILLERS",
    "AUTOBIOGRAPHY", "CRITICISM", "DRAMA", "NATURE", "CHILDREN", "PAPERBACKS", NULL,
  };
  g_autofree char *lab = ck_span_dup (ctx, f, e);
  if (e == f + 1 && (ck_tok (ctx, f)->flags & CK_TOKF_UPPER) && ck_tok_in_words (ctx, f, shelves))
    return TRUE;
  g_autofree char *low = lab ? g_utf8_strdown (lab, -1) : NULL;
  return low && (ck_lex_lookup (CK_LEX_GENRE_WORDS, low, -1) || g_str_has_suffix (low, " review") ||
                 g_str_has_suffix (low, " reviews"));
}

/* Whether [s,e) inside a bracket reads as a title rather than a firm: all
 * words, a lower-case one among them (a firm's "and" is none: "Chatto
 * and Windus"), and no publisher's name. */
static gboolean
paren_title_run (const CkExtractCtx *ctx, guint s, guint e)
{
  gboolean lower = FALSE;
  for (guint k = s; k < e; k++)
    {
      if (ck_tok (ctx, k)->kind != CK_TOK_WORD)
        return FALSE;
      lower |= ck_tok_lower_word (ctx, k) && !ck_tok_is (ctx, k, "and");
    }
  return lower && !ck_firm_name_span (ctx, s, e) && !ck_span_in_lex (ctx, s, e, CK_LEX_PUBLISHERS);
}

/* "(River of Salt, 2013)" from @open to @close: a title and its year, no
 * imprint. */
static gboolean
paren_title_year (const CkExtractCtx *ctx, guint open, guint close)
{
  guint cm = close - 2;
  return close >= open + 4 && is_year_tok (ctx, close - 1) && ck_tok_is_punct (ctx, cm, ',') &&
         ck_tok_cap_word (ctx, open + 1) && paren_title_run (ctx, open + 1, cm) &&
         !ck_span_in_lex (ctx, open + 1, cm, CK_LEX_PLACES);
}

/* "The", "A", "An" with a capital at @k. */
static gboolean
cap_article_at (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_cap_word (ctx, k) && (ck_tok_is (ctx, k, "The") || ck_tok_is (ctx, k, "A") || ck_tok_is (ctx, k, "An"));
}

/* "(The Postwar Controversies, 1979)": a title in capitals throughout,
 * opened by its article, and its year; no firm's name. */
static gboolean
paren_article_title_year (const CkExtractCtx *ctx, guint open, guint close)
{
  guint cm = close - 2;
  if (close < open + 6 || !is_year_tok (ctx, close - 1) || !ck_tok_is_punct (ctx, cm, ',') || !cap_article_at (ctx, open + 1))
    return FALSE;
  for (guint k = open + 2; k < cm; k++)
    if (!ck_tok_cap_word (ctx, k) && !ck_tok_is_punct (ctx, k, '-'))
      return FALSE;
  return !ck_firm_name_span (ctx, open + 1, cm) && !ck_span_in_lex (ctx, open + 1, cm, CK_LEX_PUBLISHERS) &&
         !ck_span_in_lex (ctx, open + 2, cm, CK_LEX_PUBLISHERS) && !ck_span_in_lex (ctx, open + 1, cm, CK_LEX_PERIODICALS) &&
         !ck_span_in_lex (ctx, open + 2, cm, CK_LEX_PERIODICALS);
}

/* "by Ada Vell (Gannet Books, 2009)" from the "by" at @by to the line's
 * end @le: a full name, then an imprint in brackets with its firm and
 * year, then at most a price. */
static gboolean
by_line_imprint (const CkExtractCtx *ctx, guint by, guint le)
{
  guint ne = ck_name_span_forward (ctx, by + 1, le), close, unknown = 0;
  g_autoptr(CkRecord) probe = NULL;
  if (ne < by + 3 || ne >= le || !ck_tok_is_punct (ctx, ne, '(') || !ck_tok_in_lex (ctx, by + 1, CK_LEX_GIVEN_NAMES))
    return FALSE;
  for (close = ne + 1; close < le && !ck_tok_is_punct (ctx, close, ')'); close++)
    ;
  if (close >= le || close < ne + 3)
    return FALSE;
  probe = ck_record_new (CK_TYPE_BOOK);
  return ck_assemble_elements (probe, ctx->text, ck_tok (ctx, ne)->end, ck_tok (ctx, close)->start, CK_ELEM_INLINE,
                               &unknown) > 0 &&
         unknown == 0 && ck_record_get_date (probe, CK_DATE_ISSUED) && ck_record_has (probe, CK_FIELD_PUBLISHER);
}

static void
detect_title_by (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  gboolean have_main = FALSE;
  for (guint i = 1; i + 1 < n; i++)
    {
      guint tend, tstart, floor, ne, k, line_start;
      gboolean comma = FALSE, header, imprint = FALSE;
      CkRole role = CK_ROLE_AUTHOR;
      const CkToken *last;
      const CkLine *ln;
      g_autoptr(GPtrArray) names = NULL;
      CkRecord *rec;
      guint pi;

      if (!ck_tok_is (ctx, i, "by") || ck_is_claimed (ctx, i, i + 1))
        continue;
      /* "Title, edited by X (…)", "Title, translated by X" */
      tend = role_phrase_before_by (ctx, i, 0, 6, FALSE, &role);
      if (ck_tok_is_punct (ctx, tend - 1, ','))
        {
          tend = tend - 1;
          comma = TRUE;
        }
      /* "Title edited by X (Firm. £3.50)" as a header line: the role
       * needs no comma there; in prose it does */
      else if (role != CK_ROLE_AUTHOR && (para (ctx, ck_para_of (ctx, i))->flags & CK_PARA_PROSE))
        continue;
      if (tend == 0)
        continue;
      /* "T (Modern Firm, with a foreword by X)": a firm opening the
       * brackets before a contributor's role is the imprint's */
      if (comma && role != CK_ROLE_AUTHOR)
        {
          guint h = ck_title_span_backward (ctx, tend, 0);
          if (h > 0 && h < tend && ck_tok_is_punct (ctx, h - 1, '(') && h >= 2 && ck_tok_cap_word (ctx, h - 2))
            continue;
        }
      last = ck_tok (ctx, tend - 1);
      if (!((last->kind == CK_TOK_WORD && (last->flags & CK_TOKF_CAP)) || last->kind == CK_TOK_NUMBER ||
            (last->kind == CK_TOK_PUNCT && (last->ch == '?' || last->ch == '!'))))
        continue;
      pi = ck_para_of (ctx, i);
      ln = NULL;
      for (guint l = para (ctx, pi)->line_first; l < para (ctx, pi)->line_end; l++)
        if (line (ctx, l)->tok_first <= i && i < line (ctx, l)->tok_end)
          ln = line (ctx, l);
      /* in running prose a line break is layout: the title may start on
       * the line above ("The Weight of\nWater, by X (…)") */
      floor = ck_sentence_start (ctx, i);
      if (!(para (ctx, pi)->flags & CK_PARA_PROSE))
        floor = MAX (ln ? ln->tok_first : 0, floor);
      tstart = ck_title_span_backward (ctx, tend, floor);
      /* "Title: How A Did B, Shattered C and Unleashed D by X (…)": a
       * header line's subtitle holds commas; the title runs from the
       * line's start when a colon opens the subtitle there */
      /* (in prose too when the line opens the paragraph with its title in
       * capitals: "THE TITLE: Sub, Sub, and Sub, by X (…)\nThe notice …") */
      if (ln && (!(para (ctx, pi)->flags & CK_PARA_PROSE) ||
                 (ln->tok_first == para (ctx, pi)->tok_first && ck_tok (ctx, ln->tok_first)->flags & CK_TOKF_UPPER &&
                  ck_tok (ctx, ln->tok_first + 1)->flags & CK_TOKF_UPPER)) &&
          tstart > ln->tok_first + 2)
        {
          /* ", and the Future of …": the function words the span dropped */
          guint t2 = tstart;
          while (t2 > ln->tok_first + 2 && ck_tok_lower_word (ctx, t2 - 1) && (ck_tok (ctx, t2 - 1)->flags & CK_TOKF_FUNC) &&
                 !ck_tok_is (ctx, t2 - 1, "and"))
            t2--;
          if (ck_tok_is_punct (ctx, t2 - 1, ',') || (ck_tok_is (ctx, t2 - 1, "and") && ck_tok_is_punct (ctx, t2 - 2, ',')))
            tstart = header_line_title_start (ctx, ln->tok_first, t2) == ln->tok_first ? ln->tok_first : tstart;
        }
      /* "SMALL IS SALT: A Study of Tides as if People Mattered by X (…)":
       * a paragraph opening with its title in capitals and a colon; the
       * subtitle after it may hold any words */
      if (ln && ln->tok_first == para (ctx, pi)->tok_first && tstart > ln->tok_first + 2 &&
          (ck_tok (ctx, ln->tok_first)->flags & CK_TOKF_UPPER) && (ck_tok (ctx, ln->tok_first + 1)->flags & CK_TOKF_UPPER))
        for (guint q = ln->tok_first + 1; q < tstart && q < ln->tok_first + 12; q++)
          if (ck_tok_is_punct (ctx, q, ':'))
            {
              gboolean upper = TRUE;
              for (guint u = ln->tok_first; u < q && upper; u++)
                upper = ck_tok (ctx, u)->kind != CK_TOK_WORD || (ck_tok (ctx, u)->flags & CK_TOKF_UPPER);
              if (upper)
                tstart = ln->tok_first;
              break;
            }
      /* "DAEDALUS, OR THE TIDE, by X": an alternative title after "or"
       * is the title's second half */
      if (tstart >= 2 && (ck_tok_is (ctx, tstart, "OR") || ck_tok_is (ctx, tstart, "Or")) &&
          ck_tok_is_punct (ctx, tstart - 1, ','))
        {
          guint t0 = ck_title_span_backward (ctx, tstart - 1, floor);
          /* (the first half alone: "Two books: HARBOUR, OR …" starts at
           * the colon) */
          for (guint q = tstart - 1; q > t0; q--)
            if (ck_tok_is_punct (ctx, q - 1, ':'))
              {
                t0 = q;
                break;
              }
          if (t0 < tstart - 1 && ck_tok_cap_word (ctx, t0))
            tstart = t0;
        }
      line_start = ln ? ln->tok_first : tstart;
      /* "Under a Hard Sky by X (Firm, £16.99)" as a heading line: the
       * preposition and article the span dropped open the title */
      if (ln && (para (ctx, pi)->flags & (CK_PARA_HEADER | CK_PARA_SHORT)) && tstart > line_start &&
          tstart <= line_start + 2 && ck_tok_cap_word (ctx, line_start))
        {
          gboolean words = TRUE;
          for (guint q = line_start + 1; q < tstart; q++)
            words &= (ck_tok (ctx, q)->flags & CK_TOKF_FUNC) != 0;
          static const char * const openers[] = { "In", "Under", "Of", "On", "At", "To", "For", "From", "With",
                                                  "After", "Before", "Beyond", "Between", "Across", "Among",
                                                  "Against", "Around", "Into", "Through", "Towards", "Without",
                                                  "Above", "Below", "Behind", "Inside", "Outside", "Upon", NULL };
          if (words && ck_tok_in_words (ctx, line_start, openers))
            tstart = line_start;
        }
      /* "Review: Title by X", "Book Review: …": the label is no part
       * of the title (but the line still opens with the title's heading) */
      for (guint q = tstart + 1; q < tend && q <= tstart + 2; q++)
        if (ck_tok_is_punct (ctx, q, ':'))
          {
            if (review_label (ctx, tstart, q))
              {
                if (tstart == line_start)
                  line_start = q + 1;
                tstart = q + 1;
              }
            break;
          }
      /* "ALSO OUT: Title, by X (…)": a column's label in capitals (detect-header.c) */
      if (tstart == line_start && ck_caps_label_end (ctx, tstart, tend) > tstart)
        line_start = tstart = ck_caps_label_end (ctx, tstart, tend);
      /* the title span may stop at the label's colon itself ("Book
       * review: Title by X") */
      if (tstart > line_start + 1 && tstart <= line_start + 3 && ck_tok_is_punct (ctx, tstart - 1, ':') &&
          review_label (ctx, line_start, tstart - 1))
        line_start = tstart;
      /* "Books | Fiction | Title by X": a web page's section trail (detect-web.c) */
      if (ln && tstart > line_start)
        line_start = ck_trail_before (ctx, line_start, tstart);
      /* "Her The Salt Road, translated by X (…)": the pronoun is no part
       * of the title an article opens */
      if (tstart + 2 < tend && ck_tok_cap_word (ctx, tstart) && ck_tok_cap_word (ctx, tstart + 1) &&
          (ck_tok_is (ctx, tstart, "His") || ck_tok_is (ctx, tstart, "Her") || ck_tok_is (ctx, tstart, "Their")) &&
          ck_tok_in_words (ctx, tstart + 1, ck_articles))
        tstart++;
      /* "Lisbon by Ada Vell (Firm, 2011)", "Drowned by Tom Orr (Firm,
       * 2012)" alone on a line: the whole citation makes a town's name or a
       * participle a title */
      {
        gboolean cited_line = ln && tstart == ln->tok_first && tend == i && by_line_imprint (ctx, i, ln->tok_end);
        if (tstart >= tend || ck_is_claimed (ctx, tstart, tend) ||
            (!ck_title_plausible (ctx, tstart, tend) &&
             !(cited_line && ck_tok_cap_word (ctx, tstart) && ck_span_in_lex (ctx, tstart, tend, CK_LEX_PLACES))))
          continue;
        if (cited_line)
          goto names;
      }
      /* "T by A, translated by B": A is a name of the by-line, no title */
      if (role != CK_ROLE_AUTHOR && tstart > 0 && ck_tok_is (ctx, tstart - 1, "by"))
        continue;
      /* "Harbour\nAda Vell, translated by Tom Orr": a header's author line
       * under its title, a person's name, no title */
      if (role != CK_ROLE_AUTHOR && comma && ln && tstart == ln->tok_first && ck_tok (ctx, tstart)->nl == 1 &&
          ck_name_span_forward (ctx, tstart, tend) == tend && ck_ctx_names_person (ctx, tstart, tend))
        continue;
      if (ck_count_words (ctx, tstart, tend) == 1)
        {
          /* "Transcribed by X", "Reviews by X": a verb or label, not a title */
          const CkToken *w = ck_tok (ctx, tstart);
          /* "Also by X: …", "More by X": a list's label */
          static const char * const labels[] = { "Also", "More", "Other", "Previously", "Elsewhere", NULL };
          if (ck_tok_in_words (ctx, tstart, labels))
            {
              /* the label and its names are no title for the list's items */
              guint le = ck_name_span_forward (ctx, i + 1, para (ctx, pi)->tok_end);
              if (le > i + 1 && ck_tok_is_punct (ctx, le, ':'))
                {
                  ck_claim (ctx, tstart, le + 1);
                  also_by_list (ctx, det, i + 1, le, le + 1, para (ctx, pi)->tok_end);
                }
              continue;
            }
          if (ck_tok_in_lex (ctx, tstart, CK_LEX_GENRE_WORDS) ||
              (w->end - w->start > 3 && strncmp (ctx->text + w->end - 2, "ed", 2) == 0))
            continue;
        }
    names:
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      ne = ck_names_forward (ctx, i + 1, para (ctx, pi)->tok_end, role, names);
      if (ne == i + 1 || ck_count_words (ctx, i + 1, ne) < 2)
        continue;
      /* "Vell's Not by Bread Alone (1957)": one word before "by", after an
       * owner or alone, and capitals after it that no forename or initial
       * opens, are one title */
      {
        guint own = tstart;
        for (guint q = tstart; q < tend; q++)
          if (ck_tok (ctx, q)->kind == CK_TOK_POSS)
            own = q + 1;
        if (ck_count_words (ctx, own, tend) <= 1 && !ck_tok_in_lex (ctx, i + 1, CK_LEX_GIVEN_NAMES) &&
            !(ck_tok (ctx, i + 1)->flags & CK_TOKF_INITIAL) && !ck_tok_is_honorific (ctx, i + 1))
          continue;
      }
      header = (para (ctx, pi)->flags & (CK_PARA_HEADER | CK_PARA_SHORT)) != 0 && tstart == line_start;
      rec = ck_record_new (CK_TYPE_BOOK);
      /* "By Ada Quell Gill & Macmillan, 816pp. €35": the firm follows the
       * name on a header line with no stop between */
      if (header)
        {
          guint le = i + 1, sp;
          while (le < para (ctx, pi)->tok_end && ck_tok (ctx, le)->nl == 0)
            le++;
          for (sp = i + 3; sp < le && sp <= ne + 1; sp++)
            {
              guint ce = sp;
              while (ce < le && !ck_tok_is_punct (ctx, ce, ','))
                ce++;
              if (ce < le && ck_firm_name_span (ctx, sp, ce) &&
                  ck_has_imprint_signal (ctx->text, ck_tok (ctx, ce)->start, ck_tok (ctx, le - 1)->end))
                {
                  g_ptr_array_set_size (names, 0);
                  if (ck_names_forward (ctx, i + 1, sp, role, names) != sp || names->len == 0)
                    break;
                  ck_assemble_elements (rec, ctx->text, ck_tok (ctx, sp)->start, ck_tok (ctx, le - 1)->end, CK_ELEM_BLOCK,
                                        NULL);
                  imprint = TRUE;
                  ne = sp;
                  break;
                }
            }
          if (imprint)
            {
              k = le;
              goto take;
            }
        }
      /* "by A and associates (imprint)": the unnamed rest (title-short.c) */
      ne = ck_short_skip_unnamed (ctx, ne, para (ctx, pi)->tok_end);
      /* ", translated by B, with an introduction by C (imprint)" */
      k = ck_role_chain (ctx, ne, para (ctx, pi)->tok_end, rec);
      /* "TITLE, by Name. (Firm, $16.)": a column's entry stops before its
       * imprint */
      if (ck_tok_is_punct (ctx, k, '.') && ck_tok_is_punct (ctx, k + 1, '(') && tstart == line_start &&
          !(ck_tok (ctx, k - 1)->flags & CK_TOKF_INITIAL))
        k++;
      if (ck_tok_is_punct (ctx, k, '('))
        {
          guint c = paren_close (ctx, k, para (ctx, pi)->tok_end);
          /* "work on the South by Ada Vell (River of Salt, 2013)": the
           * bracket names her book, and the words before "by" are none */
          if (c && !header && paren_title_year (ctx, k, c))
            {
              ck_record_unref (rec);
              continue;
            }
          if (c && paren_imprint (ctx, rec, k, c))
            {
              imprint = TRUE;
              k = ck_role_chain (ctx, c + 1, para (ctx, pi)->tok_end, rec);
            }
        }
      /* "T, by A, Publisher, 276 pages, $26.95": the rest of a header line */
      if (!imprint && header && ck_tok_is_punct (ctx, k, ',') && k + 1 < para (ctx, pi)->tok_end &&
          ck_tok (ctx, k + 1)->nl == 0)
        {
          guint le = k + 1;
          while (le < para (ctx, pi)->tok_end && ck_tok (ctx, le)->nl == 0)
            le++;
          if (ck_has_imprint_signal (ctx->text, ck_tok (ctx, k + 1)->start, ck_tok (ctx, le - 1)->end))
            {
              ck_assemble_elements (rec, ctx->text, ck_tok (ctx, k + 1)->start, ck_tok (ctx, le - 1)->end,
                                    CK_ELEM_BLOCK, NULL);
              imprint = TRUE;
              k = le;
            }
        }
      /* "T by A, translated by B, Gannet Press, 1990, is …": in prose, a
       * firm and a year closing the clause after the names */
      if (!imprint && ck_tok_is_punct (ctx, k, ',') && k + 3 < para (ctx, pi)->tok_end)
        {
          guint ye = k + 1;
          while (ye < para (ctx, pi)->tok_end && ye < k + 10 && !is_year_tok (ctx, ye) && ck_tok (ctx, ye)->nl < 2)
            ye++;
          if (ye < para (ctx, pi)->tok_end && is_year_tok (ctx, ye) && ye > k + 2 &&
              (ye + 1 >= para (ctx, pi)->tok_end || ck_tok_is_punct (ctx, ye + 1, ',') || ck_tok_is_punct (ctx, ye + 1, '.') ||
               ck_tok_is_punct (ctx, ye + 1, ';') || ck_tok_is_punct (ctx, ye + 1, ')')) &&
              ck_firm_name_span (ctx, k + 1, ye - (ck_tok_is_punct (ctx, ye - 1, ',') ? 1 : 0)))
            {
              ck_record_take (rec, CK_FIELD_PUBLISHER, ck_span_dup (ctx, k + 1, ye - (ck_tok_is_punct (ctx, ye - 1, ',') ? 1 : 0)));
              ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, ye)->start), 0, 0));
              imprint = TRUE;
              k = ye + 1;
            }
        }
      /* "T by A, translated by B" over an imprint line ("Publisher £P, pp415") */
      if (!imprint && k < para (ctx, pi)->tok_end && ck_tok (ctx, k)->nl == 1 && ln && tstart == ln->tok_first)
        {
          guint le = k + 1;
          while (le < para (ctx, pi)->tok_end && ck_tok (ctx, le)->nl == 0)
            le++;
          if (ck_has_imprint_signal (ctx->text, ck_tok (ctx, k)->start, ck_tok (ctx, le - 1)->end))
            {
              ck_assemble_elements (rec, ctx->text, ck_tok (ctx, k)->start, ck_tok (ctx, le - 1)->end, CK_ELEM_BLOCK, NULL);
              imprint = TRUE;
              k = le;
            }
        }
      /* "T by A is published by Firm (£P)" (detect-web.c) */
      if (!imprint && k == ne)
        {
          guint pk = ck_published_by_tail (ctx, k, para (ctx, pi)->tok_end, rec);
          imprint = pk > k;
          k = pk;
        }
      if (!imprint && k > ne && !header)
        k = ne;
      if (!header && !comma && !imprint)
        {
          ck_record_unref (rec);
          continue;
        }
    take:
      ck_assemble_title (rec, ck_span_dup (ctx, tstart, tend));
      add_names (rec, names);
      {
        guint flags = 0;
        if ((para (ctx, pi)->flags & CK_PARA_HEADER) && !have_main)
          {
            flags |= CK_MENTION_MAIN;
            have_main = TRUE;
            ck_find_review_heading (ctx, pi);
          }
        ck_mention_add (ctx, det, rec, ck_tok (ctx, tstart)->start, ck_tok (ctx, k - 1)->end, tstart, flags);
      }
      ck_claim (ctx, tstart, k);
      i = k - 1;
    }
}

/* ------------------------------------------------- catalogue fields */

static void
catalogue_take (CkExtractCtx *ctx, CkRecord *from, guint first, guint end)
{
  if (!ctx->catalogue)
    {
      ctx->catalogue = ck_record_new (CK_TYPE_BOOK);
      ctx->cat_start = ck_tok (ctx, first)->start;
      ctx->cat_tok = first;
    }
  for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
    if (ck_record_get (from, f) && !ck_record_has (ctx->catalogue, f))
      ck_record_set (ctx->catalogue, f, ck_record_get (from, f));
  for (guint k = 0; k < ck_record_get_n_names (from); k++)
    ck_record_add_name_unique (ctx->catalogue, ck_name_copy (ck_record_get_name (from, k)));
  if (ck_record_get_date (from, CK_DATE_ISSUED) && !ck_record_get_date (ctx->catalogue, CK_DATE_ISSUED))
    ck_record_take_date (ctx->catalogue, CK_DATE_ISSUED, ck_date_copy (ck_record_get_date (from, CK_DATE_ISSUED)));
  ctx->cat_end = MAX (ctx->cat_end, ck_tok (ctx, end - 1)->end);
  ck_claim (ctx, first, end);
}

/* "Label: value" into @rec, @field being the label's class from the
 * labels lexicon. */
static void
label_into (const CkExtractCtx *ctx, CkRecord *rec, const char *field, guint vs, guint ve)
{
  g_autofree char *val = ck_span_dup (ctx, vs, ve);
  if (!val || strcmp (field, "ignore") == 0)
    return;
  /* "Published: Place : Publisher, c1984" is a whole imprint */
  if ((strcmp (field, "publisher") == 0 || strcmp (field, "issued") == 0) && strstr (val, ": "))
    ck_assemble_elements (rec, ctx->text, ck_tok (ctx, vs)->start, ck_tok (ctx, ve - 1)->end, CK_ELEM_BLOCK, NULL);
  else if (strcmp (field, "publisher") == 0)
    ck_record_set (rec, CK_FIELD_PUBLISHER, val);
  else if (strcmp (field, "place") == 0)
    ck_record_set (rec, CK_FIELD_PUBLISHER_PLACE, val);
  else if (strcmp (field, "issued") == 0)
    {
      for (guint k = vs; k < ve; k++)
        if (is_year_tok (ctx, k))
          {
            if (!ck_record_get_date (rec, CK_DATE_ISSUED))
              ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, k)->start), 0, 0));
            break;
          }
    }
  else if (strcmp (field, "edition") == 0)
    ck_record_set (rec, CK_FIELD_EDITION, val);
  else if (strcmp (field, "binding") == 0)
    ck_record_set (rec, CK_FIELD_BINDING, val);
  else
    ck_assemble_elements (rec, ctx->text, ck_tok (ctx, vs)->start, ck_tok (ctx, ve - 1)->end, CK_ELEM_BLOCK, NULL);
}

static void
label_value (CkExtractCtx *ctx, const char *field, guint vs, guint ve, guint first)
{
  g_autoptr(CkRecord) tmp = ck_record_new (CK_TYPE_BOOK);
  if (strcmp (field, "ignore") == 0)
    return;
  label_into (ctx, tmp, field, vs, ve);
  catalogue_take (ctx, tmp, first, ve);
}

/* A "Label: value" line: the label's class and where the value starts. */
static const char *
line_label (const CkExtractCtx *ctx, guint first, guint end, guint *value)
{
  for (guint j = first + 1; j < end && j < first + 4; j++)
    if (ck_tok_is_punct (ctx, j, ':'))
      {
        g_autofree char *lab = ck_span_dup (ctx, first, j);
        *value = j + 1;
        return lab ? ck_lex_lookup (CK_LEX_LABELS, lab, -1) : NULL;
      }
  return NULL;
}

/* Whether line @l is a known label alone ("Contributor", "Year"). */
static gboolean
label_line (const CkExtractCtx *ctx, guint l)
{
  const CkLine *ln = line (ctx, l);
  g_autofree char *lab = ck_span_dup (ctx, ln->tok_first, ln->tok_end);
  return lab && ck_lex_lookup (CK_LEX_LABELS, lab, -1) != NULL;
}

/* Catalogue and book-trade fields on lines of their own: "Publisher:
 * Oxford", "Year" followed by "1992", "268 pages", "$18.95", "ISBN …",
 * "Edited by X"; and the reviewer's byline ("Reviewed by X", "— X"). */
static void
detect_catalogue (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint l = 0; l < ctx->t->lines->len; l++)
    {
      const CkLine *ln = line (ctx, l);
      guint f = ln->tok_first, e = ln->tok_end;
      const CkPara *pp;
      if (e <= f || ln->end - ln->start > 90 || ck_is_claimed (ctx, f, e))
        continue;
      pp = para (ctx, ck_para_of (ctx, f));
      if (pp->flags & CK_PARA_PROSE)
        continue;
      /* bylines of the review */
      if ((ck_tok_is (ctx, f, "Reviewed") || ck_tok_is (ctx, f, "Review") || ck_tok_is (ctx, f, "Reviews")) &&
          ck_tok_is (ctx, f + 1, "by"))
        {
          g_autoptr(GPtrArray) tmp = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          guint ne = ck_names_forward (ctx, f + 2, e, CK_ROLE_AUTHOR, tmp);
          /* an explicit "Reviewed by" outranks a guess from the layout */
          if (ne > f + 2)
            g_ptr_array_set_size (ctx->reviewers, 0);
          if (ne > f + 2)
            for (guint k = 0; k < tmp->len; k++)
              {
                /* "REVIEWED BY ANN REED" signs as "Ann Reed" */
                CkName *nm = g_ptr_array_index (tmp, k);
                upper_to_title (&nm->family);
                upper_to_title (&nm->given);
                g_ptr_array_add (ctx->reviewers, g_steal_pointer (&g_ptr_array_index (tmp, k)));
              }
          ck_claim (ctx, f, e);
          continue;
        }
      if ((ck_tok_is_punct (ctx, f, 0x2014) || ck_tok_is_punct (ctx, f, 0x2013)) && names_cover (ctx, f + 1, e) == e)
        {
          if (ctx->reviewers->len == 0)
            ck_names_forward (ctx, f + 1, e, CK_ROLE_AUTHOR, ctx->reviewers);
          ck_claim (ctx, f, e);
          continue;
        }
      /* "Label: value" */
      {
        gboolean done = FALSE;
        for (guint j = f + 1; j < e && j < f + 4; j++)
          if (ck_tok_is_punct (ctx, j, ':'))
            {
              g_autofree char *lab = ck_span_dup (ctx, f, j);
              const char *field = lab ? ck_lex_lookup (CK_LEX_LABELS, lab, -1) : NULL;
              if (field && j + 1 < e)
                {
                  label_value (ctx, field, j + 1, e, f);
                  done = TRUE;
                }
              break;
            }
        if (done)
          continue;
      }
      /* "Year" alone, its value on the next line */
      {
        g_autofree char *lab = ck_span_dup (ctx, f, e);
        const char *field = lab ? ck_lex_lookup (CK_LEX_LABELS, lab, -1) : NULL;
        if (field)
          {
            if (l + 1 < ctx->t->lines->len && strcmp (field, "ignore") != 0)
              {
                const CkLine *nx = line (ctx, l + 1);
                g_autofree char *nlab = ck_span_dup (ctx, nx->tok_first, nx->tok_end);
                if (nlab && !ck_lex_lookup (CK_LEX_LABELS, nlab, -1) && nx->end - nx->start < 60 &&
                    !ck_is_claimed (ctx, nx->tok_first, nx->tok_end))
                  {
                    label_value (ctx, field, nx->tok_first, nx->tok_end, f);
                    l++;
                  }
              }
            continue;
          }
      }
      /* a role line or pure elements, outside running text */
      {
        CkRole role;
        guint r = ck_role_phrase_at (ctx, f, e, &role);
        g_autoptr(CkRecord) tmp = ck_record_new (CK_TYPE_BOOK);
        /* a contributor field's "By Ann Reed" names the author (a byline
         * stands under no label) */
        if (r == f && l > 0 && ck_tok_is (ctx, f, "By") && ck_tok_cap_word (ctx, f + 1) && label_line (ctx, l - 1))
          {
            r = f + 1;
            role = CK_ROLE_AUTHOR;
          }
        if (r > f)
          {
            g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
            guint ne = ck_names_forward (ctx, r, e, role, names);
            if (ne > r && ne >= e - 1)
              {
                add_names (tmp, names);
                catalogue_take (ctx, tmp, f, e);
              }
            continue;
          }
        {
          guint unknown = 1, found;
          /* "First published in France as T (1913).": an original's
           * title, published-as reads it */
          if ((ck_tok_is (ctx, f, "published") && ck_as_follows (ctx, f + 1, e)) ||
              (ck_tok_is (ctx, f + 1, "published") && ck_as_follows (ctx, f + 2, e)))
            continue;
          found = ck_assemble_elements (tmp, ctx->text, ln->start, ln->end, CK_ELEM_BLOCK, &unknown);
          if (found > 0 && unknown == 0 && !ck_record_has (tmp, CK_FIELD_PUBLISHER) &&
              !ck_record_has (tmp, CK_FIELD_PUBLISHER_PLACE))
            catalogue_take (ctx, tmp, f, e);
        }
      }
    }
}

/* A review under fields that name no author opens with the author's
 * work ("Ann Reed's third novel …"): a full name's possessive at the
 * start of the first paragraph of prose, as the author of @rec. */
static void
review_opener_into (const CkExtractCtx *ctx, CkRecord *rec)
{
  for (guint p = 1; p < ctx->t->paras->len; p++)
    {
      const CkPara *pr = para (ctx, p);
      guint ne;
      if (!(pr->flags & CK_PARA_PROSE))
        continue;
      ne = ck_name_span_forward (ctx, pr->tok_first, pr->tok_end);
      if (ne < pr->tok_end && ck_tok (ctx, ne)->kind == CK_TOK_POSS && ck_count_words (ctx, pr->tok_first, ne) >= 2 &&
          !ck_span_in_lex (ctx, pr->tok_first, ne, CK_LEX_PLACES))
        possessive_owner_into (ctx, ne, rec);
      return;
    }
}

/* On a catalogue page whose heading names no author ("The Rebel Prince:
 * A Life of Louis Riel" over "Publisher … Year …" fields), the heading is
 * the reviewed book. */
static void
detect_catalogue_heading (CkExtractCtx *ctx, const CkDetector *det)
{
  const CkPara *pp;
  if (!ctx->catalogue || ctx->t->paras->len == 0)
    return;
  if (ck_have_main_mention (ctx))
    return;
  pp = para (ctx, 0);
  if (!title_para (ctx, 0) || !(pp->flags & CK_PARA_HEADER))
    return;
  {
    CkRecord *rec = record_with_title (ctx, CK_TYPE_BOOK, pp->tok_first, pp->tok_end);
    /* only right under the heading do the fields describe it */
    if (ck_para_of (ctx, ctx->cat_tok) <= 2 && ck_record_count_role (ctx->catalogue, CK_ROLE_AUTHOR) == 0 &&
        ck_record_count_role (ctx->catalogue, CK_ROLE_EDITOR) == 0)
      review_opener_into (ctx, rec);
    /* the fields' author: "Given Family: Title" over them is all title */
    for (guint k = 0; k < ck_record_get_n_names (ctx->catalogue); k++)
      if (ck_record_get_name (ctx->catalogue, k)->role == CK_ROLE_AUTHOR)
        ck_record_add_name_unique (rec, ck_name_copy (ck_record_get_name (ctx->catalogue, k)));
    ck_mention_add (ctx, det, rec, pp->start, pp->end, pp->tok_first, CK_MENTION_MAIN);
    ck_claim (ctx, pp->tok_first, pp->tok_end);
  }
}

/* ------------------------------------------------------ possessives */

/* "Emil Sarno's Winter in Kiel (Toronto, 1962)", "Halvorsen's Seven
 * Winters", "A and B's Title". */
/* Whether tokens [s,e) spell the main title of a record found already. */
static gboolean
title_known (const CkExtractCtx *ctx, guint s, guint e)
{
  g_autofree char *t = ck_span_dup (ctx, s, e);
  return t && ck_title_seen (ctx, t);
}

/* Whether a one-word owner at @ns opens a line of a header paragraph
 * whose line (or the next) goes on to "by"/"By" and a name. */
static gboolean
byline_follows (const CkExtractCtx *ctx, guint ns)
{
  const CkPara *pp = para (ctx, ck_para_of (ctx, ns));
  guint lines = 0;
  if ((pp->flags & CK_PARA_PROSE) || !(ns == 0 || ck_tok (ctx, ns)->nl >= 1))
    return FALSE;
  for (guint k = ns + 1; k + 1 < pp->tok_end && k < ns + 60; k++)
    {
      if (ck_tok (ctx, k)->nl >= 1 && ++lines > 1)
        return FALSE;
      if (ck_tok_is (ctx, k, "by") && ck_name_span_forward (ctx, k + 1, pp->tok_end) > k + 1)
        return TRUE;
    }
  return FALSE;
}

/* Words of kinship and address that stand before a possessive as a
 * common noun ("Mother's", "Daddy's"), never as an author's name. */
static const char * const kin_words[] = { "Mother", "Father", "Daddy", "Mummy", "Mommy", "Mama", "Papa", "Granny",
                                          "Grandma", "Grandpa", "Grandmother", "Grandfather", "Baby", "Nanny",
                                          "Nobody", "Somebody", "Everybody", "One", "Anyone", "Someone", "Everyone",
                                          "Uncle", "Aunt", "Brother", "Sister", "Son", "Daughter", "Wife", "Husband",
                                          "Widow", "Fool", "Devil", "Stranger", "Lover", "Friend",
                                          /* "Woman's Estate", "Man's Fate": a kind, no owner */
                                          "Woman", "Man", "Women", "Men", "Child", "Children", "People", "Boy",
                                          "Girl", "Everyman", "Mankind", NULL };

static void
detect_possessive (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 1 < n; i++)
    {
      guint ns, ts, te, floor, k, pe, own = 0;
      gboolean imprint = FALSE, whole;
      CkRecord *rec;
      g_autoptr(GPtrArray) names = NULL;
      if (ck_tok (ctx, i)->kind != CK_TOK_POSS || ck_is_claimed (ctx, i, i + 2) || in_heading (ctx, i))
        continue;
      /* “The Sailor's Last Song”: the quoted title is one work */
      if (ck_inside_quoted_title (ctx, i))
        continue;
      floor = ck_sentence_start (ctx, i);
      ns = ck_name_span_backward (ctx, i, floor);
      if (ns == i)
        continue;
      /* "A and B's": a second name before "and" */
      if (ns >= 2 && ck_tok_is (ctx, ns - 1, "and"))
        {
          guint ns2 = ck_name_span_backward (ctx, ns - 1, floor);
          /* "Orr's The Glass Coast and Tom Pell's": a title read before
           * is no first name */
          if (ns2 < ns - 1 && ck_is_claimed (ctx, ns2, ns - 1))
            ns2 = ns - 1;
          /* surnames alike ("Lund and Voss's") or a full first name */
          if (ns2 < ns - 1 && (ck_count_words (ctx, ns2, ns - 1) >= 2 ||
                               (ck_count_words (ctx, ns, i) == 1 && !ck_tok_in_lex (ctx, ns2, CK_LEX_PLACES))))
            ns = ns2;
          /* "Vell and Orr's T": two surnames alone, neither a place */
          else if (ns2 == ns - 2 && ns == i - 1 && !ck_tok_in_lex (ctx, ns2, CK_LEX_PLACES) &&
                   !ck_tok_in_lex (ctx, ns, CK_LEX_PLACES) && ns2 != ck_sentence_start (ctx, ns2))
            ns = ns2;
        }
      if (ck_tok_in_lex (ctx, i - 1, CK_LEX_PLACES))
        continue;
      /* "His Majesty's Ship Bounty": a style, not an owner; "Vell's two
       * novels, Tom Lane's Ghost (2005) and …": the works are Vell's
       * (title-yearparen.c) */
      if (ck_owner_in_style (ctx, i - 1) || ck_owner_in_apposition (ctx, ns) || ck_owner_in_subtitle (ctx, ns))
        continue;
      /* "Mother's Gone Away": a kinship word alone owns nothing a review
       * cites; the possessive is the title's own */
      /* ("Mrs. Prince's": after a style the rank word is a surname) */
      if (ns == i - 1 && (ck_tok_in_words (ctx, ns, kin_words) || ck_tok_is_honorific (ctx, ns)) &&
          !(ns >= 2 && ck_tok_is_honorific (ctx, ns) && ck_honorific_skip (ctx, ns - 1 - ck_tok_is_punct (ctx, ns - 1, '.'), ns + 1) == ns))
        continue;
      /* "Almost Everyone's Guide": an indefinite pronoun owns nothing,
       * whatever capital stands before it */
      {
        static const char * const nobody[] = { "Everyone", "Everybody", "Nobody", "Somebody", "Anyone", "Anybody",
                                               "Someone", NULL };
        if (ck_tok_in_words (ctx, i - 1, nobody))
          continue;
      }
      /* "Fool's Gold: … by X (…)" opening a header line: the possessive
       * is the title's own, the by-line names the author */
      if (ns == i - 1 && byline_follows (ctx, ns))
        continue;
      /* "Every Day Is Mother's Day": a capitalised function word in
       * mid-sentence before the owner puts the possessive inside a title */
      {
        static const char * const inner[] = { "Is", "Are", "Was", "Of", "The", "And", "In", "On", "To", "For",
                                               "With", "At", "From", "A", "An", NULL };
        gboolean in_title = FALSE;
        for (guint q = ns > floor + 1 ? ns - 1 : ns; q < i && !in_title; q++)
          in_title = q > floor && ck_tok_cap_word (ctx, q) && ck_tok_in_words (ctx, q, inner) &&
                     !ck_tok_is_punct (ctx, q + 1, '.') &&
                     (ck_tok_cap_word (ctx, q - 1) || ck_tok_lower_word (ctx, q - 1) ||
                      /* "C. V. Wedgwood, The King's Peace" */
                      (ck_tok_is_punct (ctx, q - 1, ',') && ck_tok_is (ctx, q, "The") && q == ns - 1));
        if (in_title)
          continue;
      }
      /* "MRS. VELL'S SALT KITCHEN. New edition. Firm. 30s." opening a
       * line in capitals: the possessive is the title's own */
      if ((ck_tok (ctx, i - 1)->flags & CK_TOKF_UPPER) && i + 1 < n && (ck_tok (ctx, i + 1)->flags & CK_TOKF_UPPER) &&
          ck_tok (ctx, i - 1)->end - ck_tok (ctx, i - 1)->start > 1 && (ns == 0 || ck_tok (ctx, ns)->nl >= 1 ||
                                                                      (ns >= 2 && ck_tok (ctx, ns - 2)->nl >= 1 &&
                                                                       ck_tok_is_punct (ctx, ns - 1, '.'))))
        continue;
      /* "Notes on the Sailor's Trade": the owner inside a title */
      if (ns == i - 1 && ns >= floor + 3 && ck_tok_the_inside_title (ctx, ns - 1))
        continue;
      pe = para (ctx, ck_para_of (ctx, i))->tok_end;
      ts = i + 1;
      /* "Orwell's later Animal Farm": one adjective of time or fame between */
      if (ts + 1 < pe && ck_is_title_adjective (ctx, ts) && (ck_tok (ctx, ts + 1)->flags & CK_TOKF_CAP))
        ts++;
      /* "Vell's own Tidewater": "own" marks the owner's work, even one word */
      if (ts + 1 < pe && ck_tok_is (ctx, ts, "own") && (ck_tok (ctx, ts + 1)->flags & CK_TOKF_CAP))
        own = ++ts;
      /* "Angus's Trotskyist history, Canadian Bolsheviks (1981)": a kind
       * of book, perhaps with an adjective, then the title after a comma */
      {
        guint g = ts;
        if (g + 1 < pe && ck_tok_cap_word (ctx, g) && ck_tok_lower_word (ctx, g + 1))
          g++;
        if (g + 2 < pe && ck_tok_lower_word (ctx, g) && ck_tok_is_punct (ctx, g + 1, ',') && ck_tok_cap_word (ctx, g + 2))
          {
            const char *cue = ck_lex_lookup (CK_LEX_CUES, ctx->text + ck_tok (ctx, g)->start,
                                             ck_tok (ctx, g)->end - ck_tok (ctx, g)->start);
            if (cue && strcmp (cue, "book") == 0)
              own = ts = g + 2;
          }
      }
      te = ck_title_span_forward (ctx, ts, pe, TRUE);
      if (te == ts)
        continue;
      te = trim_year_range (ctx, ts, te);
      /* "Strauss's Salome in 1906 to …" (title-yearparen.c) */
      te = ck_title_end_in_clause (ctx, ts, te);
      /* "X's Little Word, What Now? (…)", "X's La Société du spectacle (…)" */
      te = ck_ctx_comma_title_forward (ctx, ts, te, pe);
      te = ck_ctx_foreign_end (ctx, ts, te, pe);
      /* "Word, What Now? (1932)", "Salt, Iron, and Rope (…)" */
      te = ck_title_extend_forward (ctx, ts, te, pe);
      /* "X's How Norway is Governed (…)" (title-yearparen.c) */
      te = ck_title_verb_bridge (ctx, ts, te, pe);
      /* "X's Oriental Salt:\nA Comparative Study (New Haven: …)": the
       * subtitle wrapped onto the next line, up to the imprint */
      gboolean colon_before = FALSE;
      for (guint q = ts; q < te; q++)
        colon_before |= ck_tok_is_punct (ctx, q, ':');
      if (((ck_tok_is_punct (ctx, te, ':') && te + 3 < pe && ck_tok (ctx, te + 1)->nl <= 1 &&
            (ck_tok_cap_word (ctx, te + 1) ||
             /* "X's With a People: the Akikuyu of …" (a library's case) */
             (ck_tok_lower_word (ctx, te + 1) && ck_tok_in_words (ctx, te + 1, ck_articles) &&
              ck_tok_cap_word (ctx, te + 2)))) ||
           /* "X's The Body and Salt: Men, Women and Renunciation (Firm, 1988)":
            * the subtitle's commas */
           (colon_before && ck_tok_is_punct (ctx, te, ',') && te + 3 < pe && ck_tok_cap_word (ctx, te + 1))))
        {
          /* (words and commas only: "Rhetoric, Ideology, and the Power
           * of the People (Princeton 1989)") */
          guint q = te + 1;
          while (q < pe && q < te + 25 && ck_tok (ctx, q)->nl <= 1 &&
                 (ck_tok (ctx, q)->kind == CK_TOK_WORD || ck_tok_is_punct (ctx, q, ',')))
            q++;
          if (q > te + 1 && ck_tok_is_punct (ctx, q, '(') && !ck_tok_is_punct (ctx, q - 1, ','))
            {
              guint c = paren_close (ctx, q, pe);
              g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
              if (c && paren_imprint (ctx, probe, q, c) &&
                  (ck_record_has (probe, CK_FIELD_PUBLISHER) || ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE)))
                te = q;
            }
        }
      /* "Vell's The Harbour Revolution, 1917-1923, is …" */
      te = ck_title_range_tail (ctx, ts, te, pe);
      /* "Tom Brack's Book (…)": the owner is the title's too */
      whole = ts == i + 1 && ck_owner_generic_title (ctx, ts, te);
      /* "Painter's Long Title (1884-86)": a span of years dates a painting */
      if (ck_ctx_year_range_paren (ctx, te))
        continue;
      /* "Ames's Salt Roads and Lind's Cold Harbour", "… and S. M.
       * Lind's Cold Harbour", "… or of Lind's Cold Harbour": two citations */
      for (guint w = ts + 1; w + 2 < te; w++)
        if (ck_tok_is (ctx, w, "and") || (ck_tok_is (ctx, w, "or") && ck_tok_lower_word (ctx, w)))
          for (guint q = w + 1; q < te && q < w + 8; q++)
            if (ck_tok (ctx, q)->kind == CK_TOK_POSS &&
                /* "Tides and the Sailors' Wages": no owner after "the" */
                !(q == w + 3 && ck_tok_the_inside_title (ctx, w + 1)))
              {
                te = w;
                break;
              }
      /* "Klehr's The Heyday of Salt or Draper's": "or" and a name end it */
      for (guint w = ts + 1; w + 1 < te; w++)
        if (ck_tok_is (ctx, w, "or") && ck_tok_lower_word (ctx, w) && ck_names_cover (ctx, w + 1, te) >= te)
          {
            te = w;
            break;
          }
      /* "Dos Passos's Three Soldiers and Mr. Cummings's The Enormous
       * Room": "and" and an honorific open the next owner, not the title */
      if (te > ts + 2 && ck_tok_is (ctx, te - 2, "and") && ck_attr_honorific (ctx, te - 1) &&
          ck_tok_is_punct (ctx, te, '.'))
        te -= 2;
      /* "X's I Want My Cap and This Is Not My Cap": two titles */
      te = ck_title_pronoun_split (ctx, ts, te);
      /* "reads X's Tides with Hal": Hal is a person of the text (title-short.c) */
      te = ck_short_cut_companion (ctx, ts, te);
      if (te <= ts || (ts > i + 1 && !own && ck_count_words (ctx, ts, te) < 2))
        continue;
      /* "reads X's Tides", "a copy of X's Tides": one word is a book */
      if (ts == i + 1 && te == ts + 1 && ck_short_reading_cue (ctx, ns) && ck_ctx_own_title (ctx, ts, te))
        own = ts;
      rec = ck_record_new (CK_TYPE_BOOK);
      /* "Title [trans. B] (…)", "What Is Salt?, translated by B (…)",
       * "Title, 4th Edition 2006" */
      k = ck_tok_is_punct (ctx, te, '[') || ck_tok_is_punct (ctx, te, ',') ? ck_role_chain (ctx, te, pe, rec) : te;
      k = ck_edition_after (ctx, k, pe, rec);
      /* "(London, 1971)", and a footnote's "[Berkeley, 1979]" */
      if (ck_tok_is_punct (ctx, k, '(') || ck_tok_is_punct (ctx, k, '['))
        {
          guint c = paren_close (ctx, k, pe);
          if (c && paren_imprint (ctx, rec, k, c))
            {
              imprint = TRUE;
              /* "(Place: Publisher, 1981), translated by B" */
              k = ck_role_chain (ctx, c + 1, pe, rec);
            }
        }
      if ((((ck_count_words (ctx, ts, te) < 2 && !imprint && !(own && ck_ctx_own_title (ctx, ts, te))) ||
            !ck_title_plausible (ctx, ts, te)) && !whole) ||
          (names_a_thing (ctx, ts, te) && !ck_record_has (rec, CK_FIELD_PUBLISHER) &&
           !ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE)))
        {
          ck_record_unref (rec);
          continue;
        }
      /* "the essays in Albion's Fatal Tree" after a header of that
       * title: the possessive is the title's own */
      if (ns == i - 1 && title_known (ctx, ns, te))
        {
          ck_assemble_title (rec, ck_span_dup (ctx, ns, te));
          ck_mention_add (ctx, det, rec, ck_tok (ctx, ns)->start, ck_tok (ctx, k - 1)->end, ns, 0);
          ck_claim (ctx, ns, k);
          i = k - 1;
          continue;
        }
      ck_assemble_title (rec, ck_span_dup (ctx, whole ? ns : ts, te));
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      /* "Marsh and Ada Orr's T", "Sidney and Beatrice Vell's T": a first owner
       * of one word before "and" (possessive_owner_into) */
      if (ns == ck_name_span_backward (ctx, i, floor) && ck_owner_pair_start (ctx, ns, floor) < ns)
        possessive_owner_into (ctx, i, rec);
      else
        {
          ck_names_forward (ctx, ns, i, CK_ROLE_AUTHOR, names);
          add_names (rec, names);
        }
      year_from_sentence (ctx, rec, k);
      ck_mention_add (ctx, det, rec, ck_tok (ctx, ns)->start, ck_tok (ctx, k - 1)->end, ts, 0);
      ck_claim (ctx, ns, k);
      i = k - 1;
    }
}

/* ----------------------------------------------------- quoted titles */

/* “Le sens de la révolution” after "his article": a foreign title in
 * sentence case is still a title when a cue noun announces it. */
static gboolean
foreign_title_after_cue (const CkExtractCtx *ctx, guint open, guint te)
{
  guint words = ck_count_words (ctx, open + 1, te);
  if (words < 2 || words > 12 || !(ck_tok (ctx, open + 1)->flags & CK_TOKF_CAP))
    return FALSE;
  for (guint k = open, m = 0; k > 0 && m < 3; m++)
    {
      const char *v;
      k--;
      if (ck_tok (ctx, k)->kind != CK_TOK_WORD)
        continue;
      v = ck_lex_lookup (CK_LEX_CUES, ctx->text + ck_tok (ctx, k)->start, ck_tok (ctx, k)->end - ck_tok (ctx, k)->start);
      if (v && (strcmp (v, "article") == 0 || strcmp (v, "chapter") == 0 || strcmp (v, "book") == 0))
        return TRUE;
    }
  return FALSE;
}

/* Dear's “Totius in verba: Rhetoric and authority”: a person's quoted
 * piece in sentence case (the scholarly journals' style for articles) is
 * a title when a name owns it; a quotation of speech rarely is owned so. */
static const char * const speech_persons[] = { "i", "me", "my", "we", "us", "our", "you", "your", NULL };

static gboolean
owned_sentence_case (const CkExtractCtx *ctx, guint open, guint te)
{
  guint words = ck_count_words (ctx, open + 1, te), ns;
  if (open < 2 || words < 2 || words > 20 || !(ck_tok (ctx, open + 1)->flags & CK_TOKF_CAP) ||
      ck_tok (ctx, open - 1)->kind != CK_TOK_POSS)
    return FALSE;
  ns = ck_name_span_backward (ctx, open - 1, ck_sentence_start (ctx, open - 1));
  if (ns >= open - 1)
    return FALSE;
  /* "Dr. Quell's “T”": an honorific names a person too */
  if (!ck_ctx_names_person (ctx, ns, open - 1) && !ck_attr_honorific (ctx, ns) && !ck_attr_after_honorific (ctx, ns, 0))
    return FALSE;
  /* "I should like to make life beautiful": a character's words, said in
   * the first or second person */
  for (guint k = open + 1; k < te; k++)
    if (ck_tok_is (ctx, k, "I") || (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, speech_persons)))
      return FALSE;
  /* one sentence: no stop, "!" or "?" before the last word */
  for (guint k = open + 2; k + 1 < te; k++)
    if ((ck_tok_is_punct (ctx, k, '.') && !(ck_tok (ctx, k - 1)->flags & CK_TOKF_INITIAL)) ||
        ck_tok_is_punct (ctx, k, '!') || ck_tok_is_punct (ctx, k, '?'))
      return FALSE;
  return TRUE;
}

/* “Essay Title,” — a title in quotes, in title case, said to be a title by
 * a cue ("the essay", "three other titles"), by "by Author", or by the
 * comma-inside-quotes convention; otherwise only a weak mention. */
/* Words that stand for a book after "his"/"her": "her second, T". */
static const char * const ordinal_words[] = {
  "first", "second", "third", "fourth", "fifth", "sixth", "latest", "last", "next", "newest", "earlier",
  "previous", "best", "debut", NULL,
};

/* Whether the text reads as scholarship: note marks ("¹") or page
 * ranges ("pp. 12-30") more than once.  Scholars set
 * books in italics, lost in plain text, and quote articles and chapters;
 * so there a quoted title with no other sign is an article. */
static gboolean
scholarly_text (const CkExtractCtx *ctx)
{
  const char *t = ctx->text, *end = ctx->text + ctx->len;
  guint pages = 0;
  for (guint k = 0; k < ck_n_toks (ctx); k++)
    if (ck_tok_is_note_mark (ctx, k))
      return TRUE;
  for (const char *p = t; p < end; p++)
    {
      /* "pp. 12-30" twice: the page references of notes (a catalogue's
       * "pp. 254" is one per entry, and its entries name no quoted titles) */
      if ((p == t || !g_ascii_isalpha (p[-1])) && *p == 'p' && p + 3 < end && p[1] == 'p' && p[2] == '.')
        {
          const char *q = p + 3;
          while (q < end && *q == ' ')
            q++;
          if (q < end && g_ascii_isdigit (*q))
            {
              while (q < end && g_ascii_isdigit (*q))
                q++;
              /* a range of pages, not an extent */
              if (q < end && (*q == '-' || (guchar) *q == 0xE2))
                pages++;
            }
        }
    }
  return pages >= 2;
}

/* "FAMILY, G. J. “T”" from the line's start to the quote at @open: the
 * author into @rec. */
static void
inverted_initials_into (const CkExtractCtx *ctx, guint open, CkRecord *rec)
{
  guint f = open, k;
  while (f > 0 && ck_tok (ctx, f)->nl == 0)
    f--;
  if (f + 4 > open || ck_tok (ctx, f)->kind != CK_TOK_WORD || !(ck_tok (ctx, f)->flags & CK_TOKF_UPPER) ||
      !ck_tok_is_punct (ctx, f + 1, ','))
    return;
  for (k = f + 2; k + 1 < open && (ck_tok (ctx, k)->flags & CK_TOKF_INITIAL) && ck_tok_is_punct (ctx, k + 1, '.'); k += 2)
    ;
  if (k != open || k == f + 2)
    return;
  {
    g_autofree char *family = ck_span_dup (ctx, f, f + 1), *given = ck_span_dup (ctx, f + 2, open);
    ck_record_add_name_unique (rec, ck_name_new_personal (CK_ROLE_AUTHOR, family, given));
  }
}

/* "his essays in Past and Present – “T” (No.38, …)": the periodical a
 * sentence names after "in" before the quote at @open, as @rec's
 * container. */
static void
periodical_named_before (const CkExtractCtx *ctx, guint open, CkRecord *rec)
{
  guint floor = ck_sentence_start (ctx, open);
  for (guint k = open; k > floor + 1; k--)
    if (ck_tok_is (ctx, k - 2, "in") && ck_tok_cap_word (ctx, k - 1))
      {
        guint e = ck_title_span_forward (ctx, k - 1, open, TRUE);
        if (e > k - 1 && ck_span_in_lex (ctx, k - 1, e, CK_LEX_PERIODICALS))
          {
            ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, k - 1, e));
            return;
          }
      }
}

/* A quoted essay's bracket at @open..@close that the imprint reader took
 * for a firm: "(No.38, December 1967)" is an issue of the periodical the
 * sentence named before the quote at @quote ("his essays in Past and
 * Present"); "(Socialist Register 1965)" names the periodical itself. */
static void
bracket_periodical (const CkExtractCtx *ctx, guint quote, guint open, guint close, CkRecord *rec)
{
  const char *firm = ck_record_get (rec, CK_FIELD_PUBLISHER);
  guint num = ck_tok_is_punct (ctx, open + 2, '.') ? open + 3 : open + 2;
  if (!firm || ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE))
    return;
  if (ck_tok_is (ctx, open + 1, "No") && num < close && ck_tok (ctx, num)->kind == CK_TOK_NUMBER)
    {
      ck_record_take (rec, CK_FIELD_ISSUE, ck_tok_dup (ctx, num));
      ck_record_set (rec, CK_FIELD_PUBLISHER, NULL);
      ck_record_set_type (rec, CK_TYPE_ARTICLE_JOURNAL);
      periodical_named_before (ctx, quote, rec);
    }
  else if (ck_lex_lookup (CK_LEX_PERIODICALS, firm, -1) && !ck_lex_lookup (CK_LEX_PUBLISHERS, firm, -1))
    {
      /* a year alone dates a journal's volume; a month, a magazine's issue */
      CkType pt = ck_periodical_type (ctx, open + 1, close);
      gboolean month = FALSE;
      for (guint q = open + 1; q < close && !month; q++)
        month = ck_tok_in_lex (ctx, q, CK_LEX_MONTHS);
      ck_record_set (rec, CK_FIELD_CONTAINER_TITLE, firm);
      ck_record_set (rec, CK_FIELD_PUBLISHER, NULL);
      ck_record_set_type (rec, pt == CK_TYPE_ARTICLE_MAGAZINE && !month ? CK_TYPE_ARTICLE_JOURNAL : pt);
    }
}

/* “Les Peintres cubistes” (1913), “A Life, Volume I: 1881-1906” (1991):
 * a short quotation opening with a capital, its year in brackets right
 * after, names a work in any case style (spoken words are dated by the
 * sentence, not by a bracket). */
static gboolean
quoted_then_year (const CkExtractCtx *ctx, guint s, guint te, guint close)
{
  guint tr_s, tr_e;
  if (!ck_tok_cap_word (ctx, s) || ck_count_words (ctx, s, te) > 10 || ck_pronoun_clause (ctx, s, te) ||
      !ck_tok_is_punct (ctx, close + 1, '(') || !ck_ctx_year_paren (ctx, close + 1, &tr_s, &tr_e))
    return FALSE;
  for (guint k = s; k < te; k++)
    if (ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, '!') || ck_tok_is_punct (ctx, k, ';'))
      return FALSE;
  return TRUE;
}

/* Whether the names before the comma at @comma read as a scholar's
 * citation of authors: an initial or a known forename among them, and no
 * verb of speech before them. */
static gboolean
comma_before_scholars (const CkExtractCtx *ctx, guint comma)
{
  static const char * const speech[] = { "said", "says", "wrote", "writes", "asked", "asks", "replied", "replies",
                                         "added", "adds", "told", "tells", "recalled", "recalls", NULL };
  guint ns = ck_name_span_backward (ctx, comma, ck_sentence_start (ctx, comma));
  gboolean formal = FALSE;
  /* "A and B": the first name before "and" */
  if (ns >= 2 && ns < comma && ck_tok_is (ctx, ns - 1, "and"))
    {
      guint ns2 = ck_name_span_backward (ctx, ns - 1, ck_sentence_start (ctx, comma));
      if (ns2 < ns - 1)
        ns = ns2;
    }
  if (ns >= comma || (ns > 0 && ck_tok_lower_word (ctx, ns - 1) && ck_tok_in_words (ctx, ns - 1, speech)))
    return FALSE;
  for (guint k = ns; k < comma && !formal; k++)
    formal = (ck_tok (ctx, k)->flags & CK_TOKF_INITIAL) || ck_tok_in_lex (ctx, k, CK_LEX_GIVEN_NAMES);
  return formal;
}

static void
detect_quoted (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx), prev_close = 0;
  const CkMention *prev_quoted = NULL;
  gboolean scholarly = scholarly_text (ctx);
  for (guint i = 0; i + 2 < n; i++)
    {
      guint close = 0, te, k, year_tok, cue_tok, pron_tok = 0;
      gboolean comma_inside = FALSE, by = FALSE, imprint = FALSE, owner = FALSE, in_container = FALSE, strong, known;
      const char *cue;
      CkRecord *rec;
      guint flags = 0;
      if (ck_tok (ctx, i)->kind != CK_TOK_QUOTE_OPEN || ck_is_claimed (ctx, i, i + 1))
        continue;
      for (k = i + 1; k < n && k < i + MAX_QUOTE_TOKENS; k++)
        {
          /* “Pain Salt: A ‘Wonder’ Drug’s Trail”: single quotes inside
           * double ones are the title's own */
          if (k > i + 1 && ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN &&
              (ck_tok (ctx, k)->ch == 0x2018 || ck_tok (ctx, k)->ch == '\'') &&
              (ck_tok (ctx, i)->ch == '"' || ck_tok (ctx, i)->ch == 0x201C))
            {
              guint c = ck_quote_close_nested (ctx, k, MIN (n, k + 12));
              if (c > k + 1 && (ck_tok (ctx, c)->ch == 0x2019 || ck_tok (ctx, c)->ch == '\''))
                {
                  k = c;
                  continue;
                }
            }
          if (ck_tok (ctx, k)->nl >= 2 || ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN)
            break;
          /* "The Liars' Club": inside double quotes a single one
           * glued to a word is its apostrophe */
          if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_CLOSE && (ck_tok (ctx, k)->ch == '\'' || ck_tok (ctx, k)->ch == 0x2019) &&
              (ck_tok (ctx, i)->ch == '"' || ck_tok (ctx, i)->ch == 0x201C) && k > i + 1 &&
              ck_tok (ctx, k - 1)->end == ck_tok (ctx, k)->start && k + 1 < n && ck_tok (ctx, k + 1)->kind == CK_TOK_WORD)
            continue;
          if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_CLOSE)
            {
              close = k;
              break;
            }
        }
      if (!close)
        continue;
      te = close;
      while (te > i + 1 && (ck_tok_is_punct (ctx, te - 1, ',') || ck_tok_is_punct (ctx, te - 1, '.')))
        {
          comma_inside |= ck_tok_is_punct (ctx, te - 1, ',');
          te--;
        }
      /* “Left-Wing” Communism, 'Boys' Weeklies', ESSAYS ON 'THE STATE':
       * quotes inside a longer title-case run are part of it, no title
       * of their own; and a quoted pronoun ("I") names nothing */
      if (te == close && close + 1 < n && ck_tok (ctx, close + 1)->nl == 0 && ck_tok_cap_word (ctx, close + 1) &&
          !ck_tok_is_punct (ctx, close - 1, '?') && !ck_tok_is_punct (ctx, close - 1, '!') &&
          !ck_tok_in_lex (ctx, close + 1, CK_LEX_GIVEN_NAMES) &&
          ck_tok (ctx, close + 1)->start == ck_tok (ctx, close)->end + 1)
        {
          i = close;
          continue;
        }
      if (te == i + 2 && ck_tok (ctx, i + 1)->end - ck_tok (ctx, i + 1)->start == 1)
        {
          i = close;
          continue;
        }
      /* "In “Herons,” written …", "wrote ‘Harbour’", "‘T’ is a great poem":
       * the sentence says a work is meant (title-quoted.c) */
      strong = ck_tok_cap_word (ctx, i + 1) && ck_quoted_strong_cue (ctx, i, close);
      /* '"Tom Salter"' read as a person: a known title of two words or more */
      known = ck_tok_cap_word (ctx, i + 1) &&
              ((te > i + 2 && ck_known_title_at (ctx, i + 1, te)) || ck_quoted_after_whose (ctx, i));
      /* (“Will You Stay Awake, Please?”: title-yearparen.c reads the commas) */
      if (te <= i + 1 || (!strong && !known && !ck_title_plausible (ctx, i + 1, te)) ||
          (!strong && !known && ck_quoted_title_span (ctx, i + 1, te, close) != te && !ck_quoted_title_case (ctx, i + 1, te) &&
           !foreign_title_after_cue (ctx, i, te) && !owned_sentence_case (ctx, i, te) &&
           !quoted_then_year (ctx, i + 1, te, close)))
        {
          i = close;
          continue;
        }
      /* "A model of harbour history—exact and humane." —Ann Reed, Gannet
       * College: a blurb, its praiser's name after a dash, is quoted
       * praise; and a quotation closing with its full stop inside the
       * marks, attributed so, is never a title */
      if (close + 2 < n && (ck_tok_is_punct (ctx, close + 1, 0x2014) || ck_tok_is_punct (ctx, close + 1, 0x2013) ||
                            (ck_tok_is_punct (ctx, close + 1, '-') && ck_tok_is_punct (ctx, close + 2, '-'))))
        {
          guint ns = close + 1;
          while (ns < n && ns < close + 4 && ck_tok (ctx, ns)->kind == CK_TOK_PUNCT)
            ns++;
          if (ns < n && ck_tok (ctx, ns)->nl == 0 && ck_name_span_forward (ctx, ns, n) > ns + 1 &&
              ck_tok_is_punct (ctx, te, '.') && (ck_tok (ctx, i + 2)->flags & CK_TOKF_LOWER))
            {
              ck_claim (ctx, i, close + 1);
              i = close;
              continue;
            }
        }
      /* “Words of Iron” speech, slogan, motto: said, not written */
      {
        static const char * const spoken[] = { "speech", "speeches", "slogan", "slogans", "motto", "address",
                                               "phrase", "catchphrase", "doctrine", "policy", "programme",
                                               "program", "campaign", "song", "chant", "cry", NULL };
        gboolean said = FALSE;
        for (guint w = 0; spoken[w] && !said; w++)
          said = ck_tok_is (ctx, close + 1, spoken[w]);
        /* “Lay Low,” “Far Gone” after "her wordplay", “X” means …
         * (title-fragment.c) */
        if (!said && ck_quote_is_phrase (ctx, i, close))
          {
            /* no later detector or name search reads it either */
            ck_claim (ctx, i, close + 1);
            said = TRUE;
          }
        if (said)
          {
            i = close;
            continue;
          }
      }
      /* 'the "Adelphi"': a periodical's name in quotes (periodical-cues.c) */
      if (ck_per_quoted_periodical (ctx, i, i + 1, te))
        {
          rec = ck_record_new (CK_TYPE_PERIODICAL);
          ck_record_take (rec, CK_FIELD_TITLE, ck_span_dup (ctx, i + 1, te));
          ck_mention_add (ctx, det, rec, ck_tok (ctx, i + 1)->start, ck_tok (ctx, te - 1)->end, i + 1, 0);
          ck_claim (ctx, i, close + 1);
          i = close;
          continue;
        }
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, i + 1, te));
      /* "RYLE, G. “Ordinary Language.” Reprinted from …": a books-received
       * entry's inverted name and initials open the line */
      inverted_initials_into (ctx, i, rec);
      k = close + 1;
      if (ck_tok_is_punct (ctx, k, ','))
        k++;
      if (ck_tok_is (ctx, k, "by"))
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          guint ne = ck_names_forward (ctx, k + 1, n, CK_ROLE_AUTHOR, names);
          if (ne > k + 1 && ck_count_words (ctx, k + 1, ne) >= 2)
            {
              add_names (rec, names);
              by = TRUE;
              k = ne;
            }
        }
      /* “Title,” edited by X (Firm, 1925): the role and its names */
      else
        {
          CkRole role;
          guint re = ck_role_phrase_at (ctx, k, n, &role), ne;
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          if (re > k && role != CK_ROLE_AUTHOR && (ne = ck_names_forward (ctx, re, n, role, names)) > re &&
              ck_count_words (ctx, re, ne) >= 2 && ck_tok_is_punct (ctx, ne, '('))
            {
              add_names (rec, names);
              by = TRUE;
              k = ne;
            }
        }
      if (!by)
        k = close + 1;
      /* “Title” (1946), “Title”, by X (Publisher, 12s. 6d.) */
      if (ck_tok_is_punct (ctx, k, '('))
        {
          guint c = paren_close (ctx, k, n);
          if (c && paren_imprint (ctx, rec, k, c))
            {
              bracket_periodical (ctx, i, k, c, rec);
              k = c + 1;
              imprint = TRUE;
            }
        }
      /* 'Title', by Author. Publisher, 25s.  — a header line */
      if (by && !imprint && (i == 0 || ck_tok (ctx, i)->nl >= 1))
        {
          guint le = k;
          while (le < n && ck_tok (ctx, le)->nl == 0)
            le++;
          if (le > k + 1 && ck_has_imprint_signal (ctx->text, ck_tok (ctx, k)->start, ck_tok (ctx, le - 1)->end))
            {
              ck_assemble_elements (rec, ctx->text, ck_tok (ctx, k)->start, ck_tok (ctx, le - 1)->end,
                                    CK_ELEM_BLOCK, NULL);
              k = le;
              imprint = TRUE;
            }
        }
      /* his “Title”, Orwell's “Title” */
      if (!by && i > 0)
        {
          guint poss = owner_poss_before (ctx, i);
          if (ck_tok_is (ctx, i - 1, "his") || ck_tok_is (ctx, i - 1, "her"))
            {
              flags |= CK_MENTION_PRONOUN;
              pron_tok = i - 1;
              owner = TRUE;
            }
          /* "Mr. Vell, author of “Title”,": the name the apposition
           * describes wrote it */
          else if (i > 3 && ck_tok_is (ctx, i - 1, "of") &&
                   (ck_tok_is (ctx, i - 2, "author") || ck_tok_is (ctx, i - 2, "co-author") ||
                    ck_tok_is (ctx, i - 2, "writer")) && ck_tok_lower_word (ctx, i - 2) &&
                   ck_tok_is_punct (ctx, i - 3, ','))
            {
              flags |= CK_MENTION_PRONOUN;
              pron_tok = i - 2;
              owner = TRUE;
            }
          /* her second, “Title”; his latest, “Title” */
          else if (i > 2 && ck_tok_is_punct (ctx, i - 1, ',') && ck_tok_lower_word (ctx, i - 2) &&
                   ck_tok_in_words (ctx, i - 2, ordinal_words) &&
                   (ck_tok_is (ctx, i - 3, "his") || ck_tok_is (ctx, i - 3, "her") || ck_tok_is (ctx, i - 3, "their")))
            {
              flags |= CK_MENTION_PRONOUN;
              pron_tok = i - 3;
              owner = TRUE;
            }
          /* "Vell's “T”", "Merle Vell's best-selling “T”" */
          else if (poss != G_MAXUINT && possessive_owner_into (ctx, poss, rec))
            owner = TRUE;
          /* "Vell, whose “T”": the name before the comma */
          else if (ck_quoted_after_whose (ctx, i))
            {
              guint ns = ck_name_span_backward (ctx, i - 2, ck_sentence_start (ctx, i - 2));
              g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
              if (ns < i - 2 && ck_names_forward (ctx, ns, i - 2, CK_ROLE_AUTHOR, names) == i - 2)
                {
                  add_names (rec, names);
                  owner = TRUE;
                }
            }
          /* “Title,” her collection of tales: the owner after it (title-short.c) */
          if (!owner && ck_short_owner_after (ctx, close + 1) != G_MAXUINT)
            {
              pron_tok = ck_short_owner_after (ctx, close + 1);
              flags |= CK_MENTION_PRONOUN;
              owner = TRUE;
            }
          /* "H. Bondi and T. Vell, “T,” vol. 108": a scholar's citation,
           * the authors before the comma (not 'said Ann Vell, "…"') */
          else if (!owner && i >= 3 && ck_tok_is_punct (ctx, i - 1, ',') && comma_before_scholars (ctx, i - 1) &&
                   ck_comma_author_before (ctx, i - 1, rec) < i - 1)
            owner = TRUE;
          /* "W. K. Orrin in “T” (1929)": the name before "in" wrote it */
          else if (!owner && ck_short_name_in_before (ctx, i) != G_MAXUINT)
            {
              guint ns = ck_short_name_in_before (ctx, i);
              g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
              ck_names_forward (ctx, ns, i - 1, CK_ROLE_AUTHOR, names);
              add_names (rec, names);
              owner = TRUE;
            }
          /* "X came back with a novel called “T”": the author from the context */
          else if (!owner && ck_short_named_cue_before (ctx, i))
            {
              pron_tok = i;
              flags |= CK_MENTION_PRONOUN;
            }
        }
      /* “Title,” in Journal (Gloss): an article and where it appeared */
      {
        guint q = k;
        if (ck_tok_is_punct (ctx, q, ','))
          q++;
        if (ck_tok_is (ctx, q, "in") && q + 1 < n)
          {
            guint js = q + 1, je;
            if (ck_tok_is (ctx, js, "the"))
              js++;
            je = ck_title_span_forward (ctx, js, n, FALSE);
            if (je > js && ck_title_plausible (ctx, js, je) && !ck_tok_in_lex (ctx, js, CK_LEX_PLACES) &&
                !is_month_tok (ctx, js))
              {
                guint de = je;
                /* "in the Harbour Monthly of March 1927", "… of 6 October
                 * 1956", "… for December 1926": the issue's date is no part
                 * of the name */
                for (guint o = js + 1; o + 1 < je; o++)
                  if ((ck_tok_is (ctx, o, "of") || ck_tok_is (ctx, o, "for")) && ck_tok_lower_word (ctx, o) &&
                      (is_month_tok (ctx, o + 1) || is_year_tok (ctx, o + 1) ||
                       (ck_tok (ctx, o + 1)->kind == CK_TOK_NUMBER && o + 2 < je && is_month_tok (ctx, o + 2))))
                    {
                      guint y = o + 1;
                      if (!is_year_tok (ctx, y) && ck_tok (ctx, y)->kind == CK_TOK_NUMBER)
                        y++;
                      if (is_month_tok (ctx, y))
                        y++;
                      if (!is_year_tok (ctx, y))
                        break;
                      if (!ck_record_get_date (rec, CK_DATE_ISSUED))
                        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, y)->start), 0, 0));
                      je = o;
                      de = y + 1;
                      break;
                    }
                ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, js, je));
                k = de;
                if (ck_tok_is_punct (ctx, k, '(') || ck_tok_is_punct (ctx, k, '['))
                  {
                    guint c = paren_close (ctx, k, n);
                    if (c && c > k + 1 && !is_year_tok (ctx, k + 1))
                      k = c + 1;   /* the journal's name glossed: no field holds it */
                    else if (c && is_year_tok (ctx, k + 1))
                      {
                        paren_imprint (ctx, rec, k, c);
                        k = c + 1;
                      }
                  }
                in_container = TRUE;
              }
          }
      }
      cue = find_cue (ctx, i, close, 4, &year_tok, &cue_tok);
      /* "the best poems in the book, “T”": the book holds T (attr-context.c) */
      if (cue && cue_tok != G_MAXUINT && strcmp (cue, "book") == 0 && ck_attr_part_in_container (ctx, cue_tok))
        cue = "chapter";
      if (cue && cue_tok != G_MAXUINT && !by)
        {
          /* "His later novels, “T1” and …", "Ann Lee's essay “T”" */
          for (guint b = cue_tok, m = 0; b > 0 && m < 3; m++)
            {
              b--;
              if (ck_tok_is (ctx, b, "his") || ck_tok_is (ctx, b, "her") || ck_tok_is (ctx, b, "their"))
                {
                  flags |= CK_MENTION_PRONOUN;
                  pron_tok = b;
                  break;
                }
              if (ck_tok (ctx, b)->kind == CK_TOK_POSS)
                {
                  possessive_owner_into (ctx, b, rec);
                  break;
                }
              if (ck_tok (ctx, b)->kind != CK_TOK_WORD || !(ck_tok (ctx, b)->flags & CK_TOKF_LOWER))
                break;
            }
        }
      if (year_tok != G_MAXUINT)
        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year_tok)->start), 0, 0));
      /* “A” and “B”: the second of a pair shares the first's cue and author */
      if (!cue && !by && prev_quoted && prev_close + 1 < i && i <= prev_close + 3)
        {
          gboolean joined = TRUE;
          for (guint b = prev_close + 1; b < i; b++)
            if (!(ck_tok_is_punct (ctx, b, ',') || ck_tok_is_punct (ctx, b, ';') || ck_tok_is (ctx, b, "and") ||
                  ck_tok_is (ctx, b, "or")))
              joined = FALSE;
          if (joined && !(prev_quoted->flags & CK_MENTION_WEAK))
            {
              flags |= prev_quoted->flags & (CK_MENTION_PRONOUN | CK_MENTION_PART | CK_MENTION_PART_MAYBE);
              pron_tok = prev_quoted->tok;
              ck_record_set_type (rec, ck_record_get_type (prev_quoted->rec));
              for (guint q = 0; q < ck_record_get_n_names (prev_quoted->rec); q++)
                ck_record_add_name_unique (rec, ck_name_copy (ck_record_get_name (prev_quoted->rec, q)));
              cue = "list";
            }
        }
      if (cue && strcmp (cue, "chapter") == 0 && !by && !in_container)
        flags |= CK_MENTION_PART;
      else if ((cue && strcmp (cue, "article") == 0) || in_container)
        ck_record_set_type (rec, CK_TYPE_ARTICLE_JOURNAL);
      else if (!cue && !by && !imprint && !owner && !in_container && ck_part_cue_before (ctx, i))
        /* “The Heron at Dusk” after "The best poems …": a poem of the book */
        flags |= CK_MENTION_PART;
      else if (!cue && !by && !imprint && !owner && !in_container && strong)
        flags |= CK_MENTION_PART_MAYBE;
      else if (known)
        ;   /* a known title stands firm as it is */
      else if (!cue && !by && !imprint && !owner && !in_container)
        {
          if (comma_inside && ck_count_words (ctx, i + 1, te) >= 2)
            flags |= CK_MENTION_PART_MAYBE;
          else if (!ck_quoted_title_firm (ctx, i, te))   /* title-quoted.c */
            flags |= CK_MENTION_WEAK;
        }
      /* in scholarship a quoted title with no sign of a book is an
       * article (a chapter once merging finds the collection) */
      if (scholarly && !(cue && strcmp (cue, "book") == 0) && !imprint && !in_container && !(flags & CK_MENTION_PART) &&
          ck_record_get_type (rec) == CK_TYPE_BOOK)
        ck_record_set_type (rec, CK_TYPE_ARTICLE_JOURNAL);
      prev_quoted = ck_mention_add (ctx, det, rec, ck_tok (ctx, i)->start, ck_tok (ctx, k - 1)->end,
                                    (flags & CK_MENTION_PRONOUN) ? pron_tok : i + 1, flags);
      prev_close = close;
      ck_claim (ctx, i, k);
      i = k - 1;
    }
}

/* ------------------------------------------------------- title lists */

static gboolean
add_list_item (CkExtractCtx *ctx, const CkDetector *det, guint s, guint e, GPtrArray *authors,
               gboolean pronoun, gboolean allow_single, guint pronoun_tok)
{
  CkRecord *rec;
  guint year_tok = 0;
  /* "the films, Ada Vell's novel T": an owner, no title */
  if (e < ck_n_toks (ctx) && ck_tok (ctx, e)->kind == CK_TOK_POSS)
    return FALSE;
  while (s < e && (ck_tok (ctx, s)->flags & CK_TOKF_LOWER) &&
         (ck_tok_is (ctx, s, "the") || ck_tok_is (ctx, s, "his") || ck_tok_is (ctx, s, "her")))
    s++;
  e = trim_year_range (ctx, s, e);
  while (e > s && (ck_tok_is_punct (ctx, e - 1, ',') || ck_tok_is_punct (ctx, e - 1, '.')))
    e--;
  if (e <= s || !(ck_tok (ctx, s)->flags & CK_TOKF_CAP) || !ck_title_plausible (ctx, s, e))
    return FALSE;
  if (!allow_single && ck_count_words (ctx, s, e) < 2)
    return FALSE;
  /* "Social Thought, 1860-1915 (1944)": the span of years is the title's */
  if (ck_tok_is_punct (ctx, e, ',') && ck_tok_is_punct (ctx, e + 4, '(') &&
      ck_ctx_range_title_start (ctx, e + 1, e + 4, s) == s)
    e += 4;
  /* no name at all: the author comes from the context, like a pronoun's */
  if (!pronoun && (!authors || authors->len == 0))
    {
      pronoun = TRUE;
      pronoun_tok = s;
    }
  /* "Terror and Progress, USSR, 1954": the item's own year after a comma */
  if (e > s + 3 && (ck_tok (ctx, e - 1)->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, e - 2, ',') &&
      ck_tok (ctx, e - 1)->end - ck_tok (ctx, e - 1)->start == 4)
    year_tok = e - 1;
  rec = ck_record_new (CK_TYPE_BOOK);
  ck_assemble_title (rec, ck_span_dup (ctx, s, year_tok ? e - 2 : e));
  if (year_tok)
    ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year_tok)->start), 0, 0));
  {
    if (ck_tok_is_punct (ctx, e, '('))
      {
        guint c = paren_close (ctx, e, ck_n_toks (ctx));
        if (c && paren_imprint (ctx, rec, e, c))
          {
            ck_claim (ctx, e, c + 1);
            if (authors)
              for (guint k = 0; k < authors->len; k++)
                ck_record_add_name_unique (rec, ck_name_copy (g_ptr_array_index (authors, k)));
            ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, c)->end,
                            pronoun ? pronoun_tok : s, pronoun ? CK_MENTION_PRONOUN : 0);
            ck_claim (ctx, s, e);
            return TRUE;
          }
      }
  }
  if (authors)
    for (guint k = 0; k < authors->len; k++)
      ck_record_add_name_unique (rec, ck_name_copy (g_ptr_array_index (authors, k)));
  ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end,
                  pronoun ? pronoun_tok : s, pronoun ? CK_MENTION_PRONOUN : 0);
  ck_claim (ctx, s, e);
  return TRUE;
}

/* "(see his T1 and T2)": titles after "see", split at "and" and ";";
 * inner commas stay ("Russia, What Next?"). */
/* "Pritchard, 1994", "Vell and Orr 1990: 12": an author-date reference,
 * a few capitalised words and a year, is no title. */
static gboolean
author_date_item (const CkExtractCtx *ctx, guint s, guint e)
{
  guint k = s;
  while (k < e && k < s + 5 && (ck_tok_cap_word (ctx, k) || ck_tok_is (ctx, k, "and") || ck_tok_is (ctx, k, "et") ||
                                ck_tok_is (ctx, k, "al") || ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, '&')))
    k++;
  if (k > s && k < e && ck_tok_is_punct (ctx, k, ','))
    k++;
  return k > s && k < e && (ck_tok (ctx, k)->flags & CK_TOKF_YEAR);
}

static void
detect_see_list (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 3 < n; i++)
    {
      guint c, j, s;
      gboolean pronoun = FALSE;
      if (!ck_tok_is_punct (ctx, i, '(') || !ck_tok_is (ctx, i + 1, "see") || ck_is_claimed (ctx, i, i + 2))
        continue;
      c = paren_close (ctx, i, n);
      if (!c)
        continue;
      j = i + 2;
      if (ck_tok_is (ctx, j, "also"))
        j++;
      if (ck_tok_is (ctx, j, "his") || ck_tok_is (ctx, j, "her") || ck_tok_is (ctx, j, "their"))
        {
          pronoun = TRUE;
          j++;
        }
      s = j;
      for (guint k = j; k <= c; k++)
        {
          /* "T1, 1950, and T2, 1954": a year and a comma close an item */
          gboolean dated = ck_tok_is (ctx, k, "and") && k > s + 2 && ck_tok_is_punct (ctx, k - 1, ',') &&
                           (ck_tok (ctx, k - 2)->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, k - 3, ',');
          if (k == c || ck_tok_is_punct (ctx, k, ';') ||
              (ck_tok_is (ctx, k, "and") && k + 1 < c &&
               ((ck_tok (ctx, k + 1)->flags & CK_TOKF_CAP) || ck_tok (ctx, k + 1)->kind == CK_TOK_QUOTE_OPEN) &&
               (ck_tok_is_punct (ctx, k - 1, '?') || ck_tok_is_punct (ctx, k - 1, '!') || dated ||
                (ck_tok (ctx, k - 1)->flags & CK_TOKF_CAP) || ck_tok (ctx, k - 1)->kind == CK_TOK_NUMBER)))
            {
              guint ie = dated ? k - 1 : k;
              if (ie > s && !author_date_item (ctx, s, ie) && !ck_is_claimed (ctx, s, ie))
                add_list_item (ctx, det, s, ie, NULL, pronoun, FALSE, i + 1);
              s = k + 1;
            }
        }
      i = c;
    }
}

/* "his novels, T1, and T2", "works of Dorn's such as the T1 and the T2",
 * "the fourth and fifth volumes of T". */
/* A cue noun in the singular ("volume", "novel"), whose list is one
 * title. */
static gboolean
singular_cue (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  return t->end - t->start > 2 && ctx->text[t->end - 1] != 's';
}

static void
detect_title_list (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 2 < n; i++)
    {
      const char *cue;
      guint j, pe, pron_tok = 0;
      gboolean pronoun = FALSE, allow_single = FALSE;
      g_autoptr(GPtrArray) authors = NULL;
      const CkToken *t = ck_tok (ctx, i);
      if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_LOWER) || ck_is_claimed (ctx, i, i + 1))
        continue;
      cue = ck_lex_lookup (CK_LEX_CUES, ctx->text + t->start, t->end - t->start);
      if (!cue || strcmp (cue, "any") == 0 || strcmp (cue, "adj") == 0)
        continue;
      /* "the return to work, Tom Vell had …": a verb's "to" before the noun */
      if (ck_tok_is (ctx, i, "work") && ck_tok_is (ctx, i - 1, "to") && ck_tok_lower_word (ctx, i - 1))
        continue;
      pe = para (ctx, ck_para_of (ctx, i))->tok_end;
      authors = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      /* who: "his novels", "Brook's novels" (a few words back) */
      for (guint k = i, m = 0; k > 0 && m < 3; m++)
        {
          k--;
          if (ck_tok_is (ctx, k, "his") || ck_tok_is (ctx, k, "her") || ck_tok_is (ctx, k, "their"))
            {
              pronoun = TRUE;
              pron_tok = k;
              break;
            }
          if (ck_tok (ctx, k)->kind == CK_TOK_PUNCT)
            break;
        }
      j = i + 1;
      /* "the second volume of Harvest" */
      if ((ck_tok_is (ctx, i, "volumes") || ck_tok_is (ctx, i, "volume")) && ck_tok_is (ctx, j, "of") &&
          (ck_tok (ctx, j + 1)->flags & CK_TOKF_CAP) && ck_tok (ctx, j + 2)->kind != CK_TOK_POSS)
        {
          guint te = ck_title_span_forward (ctx, j + 1, pe, TRUE);
          if (te > j + 1 && ck_count_words (ctx, j + 1, te) == 1)
            add_list_item (ctx, det, j + 1, te, NULL, FALSE, TRUE, 0);
          continue;
        }
      /* "works of Dorn's such as …" */
      if (ck_tok_is (ctx, j, "of") && j + 2 < n && ck_tok (ctx, j + 2)->kind == CK_TOK_POSS)
        {
          guint ne = ck_name_span_forward (ctx, j + 1, j + 2);
          if (ne == j + 2)
            {
              ck_names_forward (ctx, j + 1, j + 2, CK_ROLE_AUTHOR, authors);
              j += 3;
              pronoun = FALSE;
              allow_single = TRUE;
            }
        }
      if (ck_tok_is (ctx, j, "such") && ck_tok_is (ctx, j + 1, "as"))
        j += 2, allow_single = TRUE;
      else if (ck_tok_is (ctx, j, "as") || ck_tok_is (ctx, j, "including") || ck_tok_is (ctx, j, "like"))
        j++, allow_single = TRUE;
      else if (ck_tok_is_punct (ctx, j, ',') || ck_tok_is_punct (ctx, j, ':') ||
               /* "three films—T1, T2, and T3—" */
               (ck_tok_is_punct (ctx, j, 0x2014) && ck_tok_cap_word (ctx, j + 1)))
        j++;
      else
        continue;
      /* items: title spans separated by "," / "and" / ", and" */
      {
        guint items = 0;
        while (j < pe)
          {
            guint s = j, te;
            if (ck_tok_is (ctx, s, "the") && (ck_tok (ctx, s)->flags & CK_TOKF_LOWER))
              s++;
            te = ck_title_span_forward (ctx, s, pe, TRUE);
            if (te == s)
              break;
            /* "Les Jours tranquilles (1950)": a foreign title in sentence
             * case (title-foreign.c) */
            te = ck_foreign_title_end (ctx, s, te, pe);
            /* in a list, "and the Next Title" and "and A Next Title" (an
             * article capitalised inside no title) start the next item;
             * a singular cue ("the third volume, The Mirror and the
             * Lamp,") names one title */
            for (guint k = s + 1; k + 2 < te && !singular_cue (ctx, i); k++)
              if (ck_tok_is (ctx, k, "and") &&
                  ((ck_tok_is (ctx, k + 1, "the") && (ck_tok (ctx, k + 2)->flags & CK_TOKF_CAP)) ||
                   ((ck_tok_is (ctx, k + 1, "The") || ck_tok_is (ctx, k + 1, "A") || ck_tok_is (ctx, k + 1, "An")) &&
                    ck_tok_cap_word (ctx, k + 1) && ck_tok_cap_word (ctx, k + 2))))
                {
                  te = k;
                  break;
                }
            te = trim_year_range (ctx, s, te);
            /* "T, 1860-1915 (1944)": the span of years is the title's */
            te = ck_title_year_range_end (ctx, te);
            if (ck_is_claimed (ctx, s, te) ||
                !add_list_item (ctx, det, s, te, authors, pronoun && authors->len == 0, allow_single, pron_tok))
              break;
            items++;
            j = te;
            /* step over a dropped "of 1857-8" */
            if (ck_tok_is (ctx, j, "of") && is_year_tok (ctx, j + 1) && ck_tok_is_punct (ctx, j + 2, '-'))
              j += 4;
            if (ck_tok_is_punct (ctx, j, ','))
              j++;
            if (ck_tok_is (ctx, j, "and"))
              j++;
            else if (!ck_tok_is_punct (ctx, j - 1, ','))
              break;
          }
        if (items)
          i = j;
      }
    }
}

/* --------------------------------------------------- pronoun titles */

/* "the best is her Map of the Sea, now rare": a possessive
 * pronoun before a title-case span with a function word in it. */
static void
detect_pronoun_title (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 2 < n; i++)
    {
      guint te, pe, k;
      gboolean func = FALSE;
      CkRecord *rec;
      if (!(ck_tok_is (ctx, i, "his") || ck_tok_is (ctx, i, "her") || ck_tok_is (ctx, i, "their")) ||
          !(ck_tok (ctx, i)->flags & CK_TOKF_LOWER) || ck_is_claimed (ctx, i + 1, i + 2) || in_heading (ctx, i))
        continue;
      pe = para (ctx, ck_para_of (ctx, i))->tok_end;
      te = ck_title_span_forward (ctx, i + 1, pe, TRUE);
      if (te == i + 1)
        continue;
      for (k = i + 1; k < te; k++)
        if ((ck_tok (ctx, k)->flags & CK_TOKF_FUNC) || ck_tok_is_punct (ctx, k, ':'))
          func = TRUE;
      if (!(func || ck_count_words (ctx, i + 1, te) >= 3) || !ck_title_plausible (ctx, i + 1, te) ||
          names_a_thing (ctx, i + 1, te))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, i + 1, te));
      k = te;
      if (ck_tok_is_punct (ctx, k, '(') && is_year_tok (ctx, k + 1) && ck_tok_is_punct (ctx, k + 2, ')'))
        {
          ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, k + 1)->start), 0, 0));
          k += 3;
        }
      ck_mention_add (ctx, det, rec, ck_tok (ctx, i + 1)->start, ck_tok (ctx, k - 1)->end, i, CK_MENTION_PRONOUN);
      ck_claim (ctx, i + 1, k);
      i = k - 1;
    }
}

/* ------------------------------------------------------- periodicals */

static gboolean
is_foreign_article (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_in_words (ctx, i, ck_foreign_articles);
}

static gboolean
has_non_ascii (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  for (guint k = t->start; k < t->end; k++)
    if ((guchar) ctx->text[k] >= 0x80)
      return TRUE;
  return FALSE;
}

/* "the exile weekly Novaya zarya (New Dawn)", "the journal Le Monde
 * libertaire". */
static void
detect_periodical (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 1 < n; i++)
    {
      const CkToken *t = ck_tok (ctx, i);
      guint j, good, lower = 0, pe, k;
      gboolean foreign, gloss = FALSE;
      CkRecord *rec;
      if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_LOWER) ||
          !ck_lex_lookup (CK_LEX_PERIODICAL_CUES, ctx->text + t->start, t->end - t->start))
        continue;
      j = i + 1;
      if (!(ck_tok (ctx, j)->flags & CK_TOKF_CAP) || ck_is_claimed (ctx, j, j + 1) || ck_tok (ctx, j)->nl >= 2)
        continue;
      pe = para (ctx, ck_para_of (ctx, j))->tok_end;
      foreign = is_foreign_article (ctx, j);
      good = j + 1;
      for (k = j + 1; k < pe && k < j + 10; k++)
        {
          const CkToken *u = ck_tok (ctx, k);
          if (u->nl >= 2 || u->kind != CK_TOK_WORD)
            break;
          if (u->flags & CK_TOKF_CAP)
            {
              good = k + 1;
              continue;
            }
          if (u->flags & CK_TOKF_FUNC && !foreign)
            continue;
          /* a lower-case word of a foreign title: after a foreign article,
           * with non-ASCII letters, or right before a gloss "(…)" */
          if (lower < 3 && (foreign || has_non_ascii (ctx, k) || ck_tok_is_punct (ctx, k + 1, '(')) &&
              !(u->flags & CK_TOKF_FUNC))
            {
              lower++;
              good = k + 1;
              continue;
            }
          break;
        }
      if (!ck_title_plausible (ctx, j, good))
        continue;
      k = good;
      rec = ck_record_new (CK_TYPE_PERIODICAL);
      ck_record_take (rec, CK_FIELD_TITLE, ck_span_dup (ctx, j, good));
      if (ck_tok_is_punct (ctx, k, '('))
        {
          guint c = paren_close (ctx, k, pe);
          if (c && c > k + 1 && ck_title_span_forward (ctx, k + 1, c, FALSE) == c)
            {
              ck_record_take (rec, CK_FIELD_TRANSLATED_TITLE, ck_span_dup (ctx, k + 1, c));
              gloss = TRUE;
              k = c + 1;
            }
        }
      if (ck_count_words (ctx, j, good) < 2 && !gloss && !ck_tok_is (ctx, i, "journal") &&
          !ck_tok_is (ctx, i, "magazine") && !ck_tok_is (ctx, i, "newspaper"))
        {
          ck_record_unref (rec);
          continue;
        }
      ck_mention_add (ctx, det, rec, ck_tok (ctx, j)->start, ck_tok (ctx, k - 1)->end, j, 0);
      ck_claim (ctx, j, k);
      i = k - 1;
    }
}

/* The last words of a street's or a square's name */
static const char * const place_nouns[] = { "square", "street", "road", "place", "bridge", "park", "gate", "hill",
                                            "palace", "cathedral", "church", "station", "prison", "fortress", NULL };

/* "the Weekly Clarion (March 1931)", "(Labour Monthly, June 1950
 * pp201-4)": an issue of a periodical, cited by its date. */
/* "Volume 7, nos. 2/3, " or "Vol. 2, no 3, " at @k before a date: fills
 * the tokens of the volume and the number (0 when absent) and returns the
 * token after them, or @k. */
static guint
volume_number_at (const CkExtractCtx *ctx, guint k, guint limit, guint *vol, guint *iss)
{
  guint q = k;
  if (!(ck_tok_is (ctx, q, "Volume") || ck_tok_is (ctx, q, "Vol")))
    return k;
  q++;
  if (ck_tok_is_punct (ctx, q, '.'))
    q++;
  if (q >= limit || ck_tok (ctx, q)->kind != CK_TOK_NUMBER)
    return k;
  *vol = q++;
  if (!ck_tok_is_punct (ctx, q, ','))
    return k;
  q++;
  if (ck_tok_is (ctx, q, "no") || ck_tok_is (ctx, q, "nos"))
    {
      q++;
      if (ck_tok_is_punct (ctx, q, '.'))
        q++;
      if (q >= limit || ck_tok (ctx, q)->kind != CK_TOK_NUMBER)
        return k;
      *iss = q++;
      /* "nos. 2/3" */
      if (q + 1 < limit && ck_tok_is_punct (ctx, q, '/') && ck_tok (ctx, q + 1)->kind == CK_TOK_NUMBER)
        q += 2;
      if (!ck_tok_is_punct (ctx, q, ','))
        return k;
      q++;
    }
  return q < limit ? q : k;
}

static void
detect_periodical_issue (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 3 < n; i++)
    {
      guint c, ds, ts, te, de;
      gboolean inside = FALSE, review = FALSE;
      guint vol, iss;
      g_autoptr(CkDate) date = NULL;
      g_autofree char *dtext = NULL, *pages = NULL;
      CkRecord *rec;
      if (!ck_tok_is_punct (ctx, i, '(') || ck_is_claimed (ctx, i, i + 1))
        continue;
      c = paren_close (ctx, i, n);
      if (!c)
        continue;
      ds = i + 1;
      ts = te = 0;
      vol = iss = 0;
      if (!is_month_tok (ctx, ds))
        {
          /* "(World News, March 1958 …)", "(Salt History, Volume 7, nos.
           * 2/3, Winter 1983–84)" */
          guint q;
          te = ck_title_span_forward (ctx, ds, c, FALSE);
          if (te == ds || !ck_tok_is_punct (ctx, te, ','))
            continue;
          q = volume_number_at (ctx, te + 1, c, &vol, &iss);
          /* (the months lexicon holds the seasons: "Winter 1983–84") */
          if (!is_month_tok (ctx, q))
            continue;
          ts = ds;
          ds = q;
          inside = TRUE;
        }
      else if (!(ck_tok (ctx, ds)->flags & CK_TOKF_CAP))
        continue;
      de = ds;
      /* the date runs up to "pp", "p" or a glued "pp201" */
      while (de < c && !ck_tok_is (ctx, de, "pp") && !ck_tok_is (ctx, de, "p") &&
             !(ck_tok (ctx, de)->kind == CK_TOK_WORD && g_str_has_prefix (ctx->text + ck_tok (ctx, de)->start, "pp") &&
               ck_tok (ctx, de)->end - ck_tok (ctx, de)->start > 2))
        de++;
      dtext = ck_span_dup (ctx, ds, de);
      if (!dtext || !(date = ck_date_parse (dtext)) || date->year == 0)
        continue;
      {
        gboolean year_seen = FALSE;
        for (guint k = ds; k < de; k++)
          year_seen |= is_year_tok (ctx, k);
        if (!year_seen)
          continue;
      }
      if (de < c)
        {
          /* "pp201-4", "pp.201-4", "p. 12" */
          const CkToken *pt = ck_tok (ctx, de);
          gsize ps = pt->start;
          while (ps < ck_tok (ctx, c)->start && (g_ascii_isalpha (ctx->text[ps]) || ctx->text[ps] == '.' || ctx->text[ps] == ' '))
            ps++;
          pages = g_strstrip (g_strndup (ctx->text + ps, ck_tok (ctx, c)->start - ps));
        }
      if (!inside)
        {
          guint floor = ck_sentence_start (ctx, i);
          ts = ck_title_span_backward (ctx, i, floor);
          te = i;
          while (ts < te && (ck_tok (ctx, ts)->flags & CK_TOKF_FUNC))
            ts++;
          /* "the President in the New York Times (December 31, 1933)":
           * the periodical is the name after "in (the)" */
          for (guint k = ts + 1; k + 1 < te; k++)
            if (ck_tok_is (ctx, k, "in") && ck_tok_lower_word (ctx, k))
              {
                guint ps = ck_tok_is (ctx, k + 1, "the") && ck_tok_lower_word (ctx, k + 1) ? k + 2 : k + 1;
                if (ps < te && (ck_span_in_lex (ctx, ps, te, CK_LEX_PERIODICALS) || ck_names_periodical (ctx, ps, te)))
                  {
                    ts = ps;
                    break;
                  }
              }
          if (ts >= te || !ck_title_plausible (ctx, ts, te) || ck_is_claimed (ctx, ts, te) ||
              /* "this journal, XXXVII (Feb., 1968)": a volume, no periodical's name */
              (te == ts + 1 && ck_roman_volume_tok (ctx, ts) && ck_tok (ctx, ts)->end - ck_tok (ctx, ts)->start > 1))
            continue;
          /* "Journal of\n  Harbour History 4 (Summer 1973)": the name
           * began on the line above, in an entry read whole elsewhere */
          if (ts > 0 && ck_tok (ctx, ts)->nl == 1 && ck_tok_lower_word (ctx, ts - 1) &&
              (ck_tok (ctx, ts - 1)->flags & CK_TOKF_FUNC))
            continue;
          /* "the march to Akaba (July, 1917)", "Semenovsky Square
           * (December 22, 1849)", "the Twenty-Second Congress (October
           * 1961)": a place or an event with its date, no issue */
          if (!ck_span_in_lex (ctx, ts, te, CK_LEX_PERIODICALS) && !ck_names_periodical (ctx, ts, te) &&
              (ck_span_in_lex (ctx, ts, te, CK_LEX_PLACES) || ck_ctx_names_non_work (ctx, ts, te) ||
               ck_tok_in_words (ctx, te - 1, place_nouns)))
            continue;
        }
      /* (in lower case: "New Left Review 26 (…)" names the periodical) */
      for (guint k = ck_sentence_start (ctx, i); k < ck_sentence_end (ctx, i); k++)
        if ((ck_tok_is (ctx, k, "reviewed") || ck_tok_is (ctx, k, "review") || ck_tok_is (ctx, k, "reviewing")) &&
            ck_tok_lower_word (ctx, k))
          review = TRUE;
      rec = ck_record_new (review ? CK_TYPE_REVIEW_BOOK : CK_TYPE_ARTICLE_MAGAZINE);
      {
        /* '“Essay,” Journal 13 (Spring 1984)': the quoted title before is
         * the article this issue holds, and a number closing the name its
         * volume */
        guint qc = 0, qo = 0, ms = inside ? i : ts;
        gboolean article = FALSE;
        if (!inside && ts >= 3 && ck_tok_is_punct (ctx, ts - 1, ',') && ck_tok (ctx, ts - 2)->kind == CK_TOK_QUOTE_CLOSE)
          qc = ts - 2;
        else if (!inside && ts >= 3 && ck_tok (ctx, ts - 1)->kind == CK_TOK_QUOTE_CLOSE && ck_tok_is_punct (ctx, ts - 2, ','))
          qc = ts - 1;
        for (guint k = qc; qc && k > 0 && k + 40 > qc; k--)
          if (ck_tok (ctx, k - 1)->kind == CK_TOK_QUOTE_OPEN)
            {
              qo = k - 1;
              break;
            }
        if (qo && !review && !ck_is_claimed (ctx, qo, qc + 1))
          {
            guint tq = ck_tok_is_punct (ctx, qc - 1, ',') ? qc - 1 : qc;
            if (tq > qo + 1)
              {
                ck_assemble_title (rec, ck_span_dup (ctx, qo + 1, tq));
                if (te > ts + 1 && ck_tok (ctx, te - 1)->kind == CK_TOK_NUMBER && !is_year_tok (ctx, te - 1))
                  {
                    ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, te - 1));
                    te--;
                  }
                ck_record_set_type (rec, CK_TYPE_ARTICLE_JOURNAL);
                ms = qo;
                article = TRUE;
                /* "A. Vell, ‘T’, J 52 (…)": the name before the comma */
                if (qo > 1 && ck_tok_is_punct (ctx, qo - 1, ','))
                  {
                    guint s2 = ck_comma_author_before (ctx, qo - 1, rec);
                    if (s2 < qo - 1)
                      ms = s2;
                  }
                /* "Ada Vell's influential article “T,”": a possessive and up
                 * to three words in lower case before the quote */
                if (ms == qo)
                  {
                    guint k = qo;
                    while (k > 1 && k + 3 > qo && ck_tok_lower_word (ctx, k - 1))
                      k--;
                    if (k > 1 && ck_tok (ctx, k - 1)->kind == CK_TOK_POSS)
                      possessive_owner_into (ctx, k - 1, rec);
                  }
              }
          }
        /* "(Harbour Review 51, April-June 1972)": the number closing the
         * name inside the brackets is the issue's */
        if (inside && te > ts + 1 && ck_tok (ctx, te - 1)->kind == CK_TOK_NUMBER && !is_year_tok (ctx, te - 1) &&
            !ck_span_in_lex (ctx, ts, te, CK_LEX_PERIODICALS))
          {
            te--;
            ck_record_take (rec, CK_FIELD_ISSUE, ck_tok_dup (ctx, te));
          }
        else if (vol)
          {
            /* "Volume 7, nos. 2/3": the volume and the number(s) */
            ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, vol));
            if (iss)
              ck_record_take (rec, CK_FIELD_ISSUE,
                              ck_span_dup (ctx, iss, ck_tok_is_punct (ctx, iss + 1, '/') ? iss + 3 : iss + 1));
          }
        else
          ck_record_set (rec, CK_FIELD_ISSUE, dtext);
        ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, ts, te));
        ck_record_set (rec, CK_FIELD_PAGES, pages && *pages ? pages : NULL);
        ck_record_take_date (rec, CK_DATE_ISSUED, g_steal_pointer (&date));
        /* "Vell's influential article “T,” J 13 (…)": the author from the
         * context, as for a quoted title alone */
        ck_mention_add (ctx, det, rec, ck_tok (ctx, ms)->start, ck_tok (ctx, c)->end, article ? qo : ts,
                        !article ? CK_MENTION_ISSUE : ck_short_named_cue_before (ctx, qo) ? CK_MENTION_PRONOUN : 0);
        ck_claim (ctx, ms, c + 1);
      }
      i = c;
    }
}

/* ------------------------------------------------ title with a year */

/* Words that announce a title: "the introduction to T (1980)", "author of
 * T", "co-author of T (1965)". */
static const char * const lead_ins[][3] = {
  { "introduction", "to", NULL }, { "preface", "to", NULL }, { "foreword", "to", NULL },
  { "afterword", "to", NULL },    { "author", "of", NULL },  { "co-author", "of", NULL },
  { "editor", "of", NULL },       { "translator", "of", NULL }, { "sequel", "to", NULL },
};

/* Words for a copy of a book: "a copy of The Title", "his translation of
 * A Title"; with a capital article opening the run no year is needed. */
static const char * const copy_lead_ins[][3] = {
  { "copy", "of", NULL },        { "copies", "of", NULL },      { "translation", "of", NULL },
  { "reprint", "of", NULL },     { "paperback", "of", NULL },   { "reissue", "of", NULL },
};


/* "the author of Lolita, a writer …": one capitalised word after "author
 * of", closed by punctuation (not a series' comma), that names no place,
 * periodical or person of the text. */
static gboolean
one_word_title (const CkExtractCtx *ctx, guint j, guint pe)
{
  return j + 1 < pe && ck_tok_cap_word (ctx, j) && !(ck_tok (ctx, j)->flags & CK_TOKF_UPPER) &&
         (ck_tok_is_punct (ctx, j + 1, '.') || ck_tok_is_punct (ctx, j + 1, ';') || ck_tok_is_punct (ctx, j + 1, '(') ||
          /* not "Guns, Germs, and Steel": a series may be one title or three */
          (ck_tok_is_punct (ctx, j + 1, ',') && j + 2 < pe && !ck_tok_cap_word (ctx, j + 2))) &&
         !ck_tok_in_lex (ctx, j, CK_LEX_PLACES) && !ck_tok_in_lex (ctx, j, CK_LEX_PERIODICALS) &&
         !ck_tok_in_lex (ctx, j, CK_LEX_GIVEN_NAMES) && !ck_tok_in_lex (ctx, j, CK_LEX_NON_NAMES) &&
         !ck_ctx_names_person (ctx, j, j + 1);
}

static void
detect_title_year (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 2 < n; i++)
    {
      guint j = 0, te, pe, k, te2, second = 0, second_end = 0, partner = 0, partner_end = 0;
      gboolean authorish = FALSE, year = FALSE, copy = FALSE;
      CkRecord *rec;
      if (ck_tok (ctx, i)->kind != CK_TOK_WORD || !(ck_tok (ctx, i)->flags & CK_TOKF_LOWER))
        continue;
      for (guint r = 0; r < G_N_ELEMENTS (lead_ins); r++)
        if (ck_tok_is (ctx, i, lead_ins[r][0]) && ck_tok_is (ctx, i + 1, lead_ins[r][1]))
          {
            j = i + 2;
            authorish = g_str_has_suffix (lead_ins[r][0], "author");
            break;
          }
        /* "co-author, with Ada Vell, of T (2015)": the partner between
         * commas, or not ("co-author with Ada Vell of T"), perhaps named
         * by kin first ("with her sister Ada of the T") */
        else if (ck_tok_is (ctx, i, lead_ins[r][0]) &&
                 (ck_tok_is (ctx, i + 1, "with") || (ck_tok_is_punct (ctx, i + 1, ',') && ck_tok_is (ctx, i + 2, "with"))))
          {
            gboolean commas = ck_tok_is_punct (ctx, i + 1, ','), kin = FALSE;
            guint ns = i + (commas ? 3 : 2), ne;
            if (ns + 2 < n && ck_tok_lower_word (ctx, ns) && ck_tok_in_words (ctx, ns, kin_owners) &&
                ck_tok_lower_word (ctx, ns + 1) && ck_tok_in_words (ctx, ns + 1, kin_nouns))
              {
                ns += 2;
                kin = TRUE;
              }
            ne = ck_name_span_forward (ctx, ns, MIN (n, ns + 9));
            /* "with Ada Vell and Tom Orr" */
            if (ne > ns && ne + 1 < n && ck_tok_is (ctx, ne, "and"))
              {
                guint ne2 = ck_name_span_forward (ctx, ne + 1, MIN (n, ne + 10));
                if (ne2 > ne + 2)
                  ne = ne2;
              }
            if (ne > ns && commas && ne + 2 < n && ck_tok_is_punct (ctx, ne, ','))
              ne++;
            else if (commas)
              ne = ns;
            if (ne > ns && ne + 1 < n && ck_tok_is (ctx, ne, lead_ins[r][1]) && ck_tok_lower_word (ctx, ne))
              {
                j = ne + 1;
                /* "of the Lives of the Queens": the article before a title */
                if (ck_tok_is (ctx, j, "the") && ck_tok_lower_word (ctx, j) && ck_tok_cap_word (ctx, j + 1))
                  j++;
                authorish = g_str_has_suffix (lead_ins[r][0], "author");
                /* "her sister Ada": a forename alone, whose family name
                 * the text leaves to be inferred, is no partner to record */
                if (!(kin && ck_count_words (ctx, ns, commas ? ne - 1 : ne) < 2))
                  {
                    partner = ns;
                    partner_end = commas ? ne - 1 : ne;
                  }
              }
            break;
          }
      for (guint r = 0; !j && r < G_N_ELEMENTS (copy_lead_ins); r++)
        if (ck_tok_is (ctx, i, copy_lead_ins[r][0]) && ck_tok_is (ctx, i + 1, copy_lead_ins[r][1]) &&
            (ck_tok_is (ctx, i + 2, "The") || ck_tok_is (ctx, i + 2, "A") || ck_tok_is (ctx, i + 2, "An")))
          {
            j = i + 2;
            copy = TRUE;
          }
      if (!j || ck_is_claimed (ctx, j, j + 1))
        continue;
      pe = para (ctx, ck_para_of (ctx, i))->tok_end;
      te = ck_title_span_forward (ctx, j, pe, TRUE);
      /* "the author of First Russia, then Tibet (1933)" */
      if (te + 2 < pe && ck_tok_is_punct (ctx, te, ',') && ck_tok_is (ctx, te + 1, "then") &&
          ck_tok_cap_word (ctx, te + 2) && te <= j + 3)
        te = ck_title_span_forward (ctx, te + 2, pe, TRUE);
      for (guint w = j + 1; w + 1 < te; w++)
        if (ck_tok_is (ctx, w, "with") && ck_name_span_forward (ctx, w + 1, te) == te &&
            ck_count_words (ctx, w + 1, te) >= 2)
          {
            te = w;
            break;
          }
      /* "the author of The Salt Road and The Tin Shop": a capital article
       * after "and" opens a second title (inside one, title case writes
       * "the") */
      if (authorish)
        for (guint w = j + 2; w + 2 < te; w++)
          if (ck_tok_is (ctx, w, "and") && ck_tok_lower_word (ctx, w) && cap_article_at (ctx, w + 1) &&
              ck_tok_cap_word (ctx, w + 2))
            {
              second = w + 1;
              second_end = te;
              te = w;
              break;
            }
      if (te == j || !ck_title_plausible (ctx, j, te) ||
          (ck_count_words (ctx, j, te) < 2 && !(authorish && one_word_title (ctx, j, pe))))
        continue;
      /* "the author of T1 and Under the T2": two titles (title-extend.c) */
      te2 = te;
      if (authorish)
        te = ck_title_and_split (ctx, j, te);
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, j, te));
      k = te;
      if (ck_tok_is_punct (ctx, k, '(') && is_year_tok (ctx, k + 1))
        {
          guint c = paren_close (ctx, k, pe);
          if (c && (c == k + 2 || ck_tok_is (ctx, k + 2, "and")))
            {
              ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, k + 1)->start), 0, 0));
              year = TRUE;
              k = c + 1;
            }
        }
      /* "(co-author, with Ada Vell, of Is Anyone Out There?, 1992)": the
       * year after a comma closes the bracket the cue opened */
      else if (authorish && ck_tok_is_punct (ctx, k, ',') && k + 2 < pe && is_year_tok (ctx, k + 1) &&
               ck_tok_is_punct (ctx, k + 2, ')'))
        {
          ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, k + 1)->start), 0, 0));
          year = TRUE;
          k += 2;
        }
      /* "a copy of The Title": not of a periodical ("a copy of The Times") */
      if (!year && !authorish && !(copy && ck_count_words (ctx, j, te) >= 2 &&
                                   !ck_span_in_lex (ctx, j, te, CK_LEX_PERIODICALS) &&
                                   !ck_span_in_lex (ctx, j + 1, te, CK_LEX_PERIODICALS) &&
                                   !ck_ctx_names_non_work (ctx, j + 1, te)))
        {
          ck_record_unref (rec);
          continue;
        }
      /* the partner is the second author, the person before the first */
      if (partner && ck_tok_is (ctx, i, "co-author"))
        ck_add_names_span (ctx, rec, partner, partner_end, CK_ROLE_AUTHOR);
      /* "Ann Vell, co-author of T", "knew Vell as the author of T": the
       * author is the person named before, resolved like "his" */
      ck_mention_add (ctx, det, rec, ck_tok (ctx, j)->start, ck_tok (ctx, k - 1)->end, authorish ? i : j,
                      authorish ? CK_MENTION_PRONOUN | (partner ? CK_MENTION_COAUTHOR : 0) : 0);
      ck_claim (ctx, j, k);
      if (te2 > te)
        {
          rec = ck_record_new (CK_TYPE_BOOK);
          ck_assemble_title (rec, ck_span_dup (ctx, te + 1, te2));
          ck_mention_add (ctx, det, rec, ck_tok (ctx, te + 1)->start, ck_tok (ctx, te2 - 1)->end, i, CK_MENTION_PRONOUN);
          ck_claim (ctx, te + 1, te2);
          k = te2;
        }
      i = k - 1;
      if (second && ck_title_plausible (ctx, second, second_end) && ck_count_words (ctx, second, second_end) >= 2)
        {
          k = second_end;
          rec = ck_record_new (CK_TYPE_BOOK);
          ck_assemble_title (rec, ck_span_dup (ctx, second, second_end));
          if (ck_tok_is_punct (ctx, k, '(') && is_year_tok (ctx, k + 1) && ck_tok_is_punct (ctx, k + 2, ')'))
            {
              ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, k + 1)->start), 0, 0));
              k += 3;
            }
          ck_mention_add (ctx, det, rec, ck_tok (ctx, second)->start, ck_tok (ctx, k - 1)->end, i, CK_MENTION_PRONOUN);
          ck_claim (ctx, second, k);
          i = k - 1;
        }
    }
}


/* ------------------------------------------------ title + imprint */

/* A possessive pronoun just before token @s ("her earlier Title"). */
static guint
pronoun_before (const CkExtractCtx *ctx, guint s)
{
  for (guint k = s, m = 0; k > 0 && m < 3; m++)
    {
      k--;
      /* "His Title (1990)" opening a sentence */
      if (ck_tok_is (ctx, k, "his") || ck_tok_is (ctx, k, "her") || ck_tok_is (ctx, k, "their") ||
          ck_tok_is (ctx, k, "whose"))
        return k;
      if (ck_tok (ctx, k)->kind != CK_TOK_WORD || !(ck_tok (ctx, k)->flags & CK_TOKF_LOWER))
        return G_MAXUINT;
    }
  return G_MAXUINT;
}

/* "Title (Place, Year)", "Title (Publisher, Year)", "Title (Place:
 * Publisher, Year)", and "Title (1955 and 1977)".  A year alone is not
 * enough ("the Revolution (1917)"): the parenthesis must name a place or
 * publisher, or give two years. */
/* "In the Age of the Machine: A Study (Basic Books, 1988) was …": a
 * capital preposition and article dropped as the sentence's opener
 * belong to a title run [ts,tend) with a subtitle and a publisher. */
static guint
sentence_opening_title (const CkExtractCtx *ctx, const CkRecord *rec, guint ts, guint tend, guint floor)
{
  static const char * const preps[] = { "In", "On", "Of", "At", "Under", "After", "Beyond", "Against", NULL };
  /* "Watch Chinatown (dir. …)", "Read The Salt Road (…)": a reading
   * list's imperative opens the sentence, no part of the title */
  static const char * const imperatives[] = { "Read", "Watch", "See", "Compare", "Consult", "Listen", "Skim", NULL };
  gboolean subtitle = FALSE;
  if (ts == floor && ts + 1 < tend && ck_tok_in_words (ctx, ts, imperatives) && ck_tok_cap_word (ctx, ts + 1) &&
      (ck_tok (ctx, ts)->flags & CK_TOKF_CAP) && !(ck_tok (ctx, ts)->flags & CK_TOKF_UPPER))
    return ts + 1;
  for (guint k = ts; k < tend; k++)
    subtitle |= ck_tok_is_punct (ctx, k, ':');
  if (ts == floor + 2 && ck_tok_cap_word (ctx, floor) && ck_tok_in_words (ctx, floor, preps) &&
      ck_tok_is (ctx, floor + 1, "the") && ck_tok_lower_word (ctx, floor + 1) && subtitle &&
      ck_record_has (rec, CK_FIELD_PUBLISHER))
    return floor;
  return ts;
}

/* "Title, Given Family (…)": when [ts, paren) is a person's name — a
 * known given name and two to four name words — after a comma that
 * closes a title, its names go to *@authors and the title's end (the
 * comma) is returned; else @paren. */
static guint
title_comma_author (const CkExtractCtx *ctx, guint ts, guint paren, guint floor, GPtrArray **authors)
{
  guint t2, words = ck_count_words (ctx, ts, paren);
  if (ts < floor + 2 || !ck_tok_is_punct (ctx, ts - 1, ',') || words < 2 || words > 4 ||
      !ck_tok_in_lex (ctx, ts, CK_LEX_GIVEN_NAMES) || ck_name_span_forward (ctx, ts, paren) != paren)
    return paren;
  t2 = ck_title_span_backward (ctx, ts - 1, floor);
  while (t2 < ts - 1 && (ck_tok (ctx, t2)->flags & CK_TOKF_FUNC))
    t2++;
  if (t2 >= ts - 1 || !ck_title_plausible (ctx, t2, ts - 1) || ck_name_span_forward (ctx, t2, ts - 1) == ts - 1)
    return paren;
  *authors = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  ck_names_forward (ctx, ts, paren, CK_ROLE_AUTHOR, *authors);
  return ts - 1;
}

/* "(The Rise of English Salt: A Cultural History, London, 1987)": a
 * bracket that opens with an article and a title run up to its first
 * colon or comma — a title, no imprint. */
static gboolean
paren_opens_title (const CkExtractCtx *ctx, guint open, guint close)
{
  guint e = open + 1;
  if (!cap_article_at (ctx, open + 1))
    return FALSE;
  while (e < close && !ck_tok_is_punct (ctx, e, ':') && !ck_tok_is_punct (ctx, e, ','))
    e++;
  return e > open + 3 && paren_title_run (ctx, open + 1, e);
}

/* "Gerald Vell (Title: Sub, Place, Year)" at the bracket @open..@close:
 * the title runs to the comma after which the rest is an imprint; the
 * person before the bracket is its author. */
static void
name_paren_title_imprint (CkExtractCtx *ctx, const CkDetector *det, guint open, guint close)
{
  guint ns = ck_name_span_backward (ctx, open, ck_sentence_start (ctx, open));
  for (guint k = open + 3; k + 1 < close; k++)
    if (ck_tok_is_punct (ctx, k, ','))
      {
        g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
        g_autoptr(GPtrArray) names = NULL;
        guint unknown = 1;
        if (ck_assemble_elements (rec, ctx->text, ck_tok (ctx, k + 1)->start, ck_tok (ctx, close - 1)->end, CK_ELEM_INLINE,
                                  &unknown) == 0 ||
            unknown > 0 || !ck_record_get_date (rec, CK_DATE_ISSUED))
          continue;
        ck_assemble_title (rec, ck_span_dup (ctx, open + 1, k));
        names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
        ck_names_forward (ctx, ns, open, CK_ROLE_AUTHOR, names);
        add_names (rec, names);
        ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, ns)->start, ck_tok (ctx, close)->end, open + 1, 0);
        ck_claim (ctx, ns, close + 1);
        return;
      }
}

/* Whether a full name opening with a known forename ends before @i
 * ("Allan Vell (…)", not "Poor Folk (…)"). */
static gboolean
forename_name_before (const CkExtractCtx *ctx, guint i)
{
  guint ns = ck_name_span_backward (ctx, i, ck_sentence_start (ctx, i));
  if (ck_count_words (ctx, ns, i) >= 2 && ck_tok_in_lex (ctx, ns, CK_LEX_GIVEN_NAMES))
    return TRUE;
  /* "James Moore" above, "Moore (The Title, 1979)" here: a surname the
   * text has given with its forename */
  if (i >= 2 && ck_tok_cap_word (ctx, i - 1) && !ck_tok_cap_word (ctx, i - 2) && !(ck_tok (ctx, i - 1)->flags & CK_TOKF_UPPER))
    {
      const CkToken *t = ck_tok (ctx, i - 1);
      for (guint k = 1; k + 1 < i; k++)
        if (ck_tok (ctx, k)->end - ck_tok (ctx, k)->start == t->end - t->start &&
            memcmp (ctx->text + ck_tok (ctx, k)->start, ctx->text + t->start, t->end - t->start) == 0 &&
            ck_tok (ctx, k)->nl == 0 && ck_tok_in_lex (ctx, k - 1, CK_LEX_GIVEN_NAMES) && ck_tok_cap_word (ctx, k - 1))
          return TRUE;
    }
  return FALSE;
}

static void
detect_title_imprint (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 2 < n; i++)
    {
      guint c, ts, floor, pron, tend = i, partner_with = G_MAXUINT;
      gboolean two_years = FALSE, had_original;
      guint roles_before;
      CkRecord *rec;
      GPtrArray *in_authors = NULL;
      /* "Title [London: Firm, 1961]": square brackets hold an imprint too,
       * in notes and inside a parenthesis */
      if (!(ck_tok_is_punct (ctx, i, '(') || ck_tok_is_punct (ctx, i, '[')) || ck_is_claimed (ctx, i, i + 1) ||
          in_heading (ctx, i))
        continue;
      c = paren_close (ctx, i, n);
      /* "the salt trade (Orr 1986)": an author-date citation, no imprint;
       * "Ada Vell (The Closing of the Harbour, 1987)": her book, no
       * imprint of a work called after her */
      if (!c || ck_author_date_paren (ctx, i))
        continue;
      if ((paren_title_year (ctx, i, c) || paren_opens_title (ctx, i, c) || paren_article_title_year (ctx, i, c)) &&
          forename_name_before (ctx, i))
        {
          /* "Gerald Vell (The Rise of Salt: A History, London, 1987)" */
          name_paren_title_imprint (ctx, det, i, c);
          continue;
        }
      /* "Title? (…)": the question mark ends no sentence here */
      floor = ck_sentence_start (ctx, ck_tok_is_punct (ctx, i - 1, '?') || ck_tok_is_punct (ctx, i - 1, '!') ? i - 1 : i);
      /* "(1983; Translated Title, 1992)" is bare-title-year's */
      {
        guint tr_s, tr_e;
        if (ck_ctx_year_paren (ctx, i, &tr_s, &tr_e) && tr_e > tr_s)
          continue;
      }
      /* "Title [trans. B] (…)": the bracket is the title's */
      if (ck_tok_is_punct (ctx, i - 1, ']'))
        for (guint b = i - 1; b > floor && b + 12 > i; b--)
          if (ck_tok_is_punct (ctx, b - 1, '['))
            {
              tend = b - 1;
              break;
            }
      /* "Title, ed. B (…)", "Title, translated by B (…)": B is no title */
      if (tend == i)
        tend = ck_role_chain_before (ctx, i, floor);
      ts = ck_title_span_backward (ctx, tend, floor);
      /* "Salt Italy: Power and Society, 400–1000 (London, 1981)": the
       * scan stops at the span of dates that closes the title */
      if (ts == tend && tend == i && i >= 5)
        {
          guint r = ck_range_title_before (ctx, i, floor);
          /* (one word before the dates is a foreign title's tail: "…
           * der europäischen Kabinette, 1871-1914") */
          if (r < i && ck_count_words (ctx, r, i - 4) >= 2)
            ts = r;
        }
      if (tend == i)
        {
          /* "in Guns, Wheels, and Sails (…)", "Since Title (…)" (detect-context.c) */
          ts = ck_ctx_range_title_start (ctx, ts, i, floor);
          ts = ck_ctx_comma_title (ctx, ts, i, floor);
          ts = ck_ctx_question_start (ctx, ts, i, floor);
          ts = ck_ctx_drop_opener (ctx, ts, i, floor);
          ts = ck_ctx_sentence_comma_title (ctx, ts, i, floor);
          /* "available in English as T (…)": the language is the phrase's */
          if (ts > floor && ts + 2 < tend && ck_tok_is (ctx, ts - 1, "in") && ck_tok_lower_word (ctx, ts - 1) &&
              ck_tok_is (ctx, ts + 1, "as") && ck_tok_lower_word (ctx, ts + 1) && ck_tok_cap_word (ctx, ts + 2) &&
              ck_language_code (ctx->text + ck_tok (ctx, ts)->start, ck_tok (ctx, ts)->end - ck_tok (ctx, ts)->start))
            ts += 2;
          /* "available in English (trans. X, London, 1931)": the language
           * alone is no title; the brackets are a translation's imprint */
          if (ts > floor && ts + 1 == tend && ck_tok_lower_word (ctx, ts - 1) &&
              (ck_tok_is (ctx, ts - 1, "in") || ck_tok_is (ctx, ts - 1, "into")) &&
              ck_language_code (ctx->text + ck_tok (ctx, ts)->start, ck_tok (ctx, ts)->end - ck_tok (ctx, ts)->start))
            continue;
        }
      while (ts < tend && (ck_tok (ctx, ts)->flags & CK_TOKF_FUNC))
        ts++;
      /* "followed Ada Quell from The Salt Road (…) to …": a person's
       * full name and a preposition open no title ("Ada Quell in T" is
       * read below as the name in a title's place) */
      if (ts + 3 < tend && ck_tok_in_lex (ctx, ts, CK_LEX_GIVEN_NAMES))
        {
          guint ne = ck_name_span_forward (ctx, ts, tend);
          if (ne >= ts + 2 && ne + 1 < tend && ck_tok_lower_word (ctx, ne) &&
              (ck_tok_is (ctx, ne, "from") || ck_tok_is (ctx, ne, "to")) &&
              ck_tok_cap_word (ctx, ne + 1))
            ts = ne + 1;
        }
      /* "What is Weather? (…)", "Salt, Iron, and Rope (…)" */
      if (tend == i)
        ts = ck_title_extend_backward (ctx, ts, i, floor);
      /* "Dunning's Reconstruction, Political and Economic, 1865-1877
       * (…)": a title's first part between an owner and a comma */
      /* (a capital article after the comma opens an apposition's title:
       * "Quell's Harbour Lectures, The Vision of Salt (…)") */
      if (tend == i && ts > floor + 3 && ck_tok_is_punct (ctx, ts - 1, ',') && ck_tok_cap_word (ctx, ts) &&
          !cap_article_at (ctx, ts))
        {
          guint q = ts - 1;
          while (q > floor && q + 5 > ts && ck_tok_cap_word (ctx, q - 1))
            q--;
          if (q < ts - 1 && q > floor && ck_tok (ctx, q - 1)->kind == CK_TOK_POSS && !ck_is_claimed (ctx, q, ts))
            ts = q;
        }
      /* "her pamphlet Salt is a Grave Matter (…)", "Reed's
       * pamphlet Nothing Gained by Salting! (1912)": after an
       * owner's noun for a work, the whole run to the bracket is its
       * title, lower-case words and all */
      if (tend == i && ts < tend)
        {
          static const char * const copulas[] = { "is", "are", "was", "were", "be", NULL };
          guint q = ts;
          /* capitals, function words and a copula only ("whose title
           * Vell lifted for his own T" is a sentence) */
          while (q > floor + 2 && q + 8 > ts && ck_tok (ctx, q - 1)->kind == CK_TOK_WORD && ck_tok (ctx, q)->nl == 0 &&
                 !ck_ctx_work_cue (ctx, q - 1) &&
                 (ck_tok_cap_word (ctx, q - 1) ||
                  ((ck_tok (ctx, q - 1)->flags & CK_TOKF_FUNC) && !ck_tok_in_words (ctx, q - 1, owner_words)) ||
                  ck_tok_in_words (ctx, q - 1, copulas)))
            q--;
          if (q < ts && q > floor + 1 && ck_ctx_work_cue (ctx, q - 1) && ck_tok_cap_word (ctx, q) &&
              (ck_tok (ctx, q - 2)->kind == CK_TOK_POSS ||
               (ck_tok_lower_word (ctx, q - 2) && ck_tok_in_words (ctx, q - 2, owner_words))))
            ts = q;
        }
      /* "Narrative of the Loss of\nHis Majesty's Ship Swallow (1790)": a
       * style inside the title, which may open the line (title-yearparen.c) */
      if (ts + 1 < tend && ck_owner_in_style (ctx, ts + 1))
        ts = ck_ctx_span_back_lines (ctx, ts, i, floor);
      /* "Never at Rest: A Biography of Isaac\nNewton (…)": a title
       * wrapped over the line above, its subtitle's colon on that line */
      else if (tend == i && ts < tend && ck_tok (ctx, ts)->nl == 1)
        {
          /* (or the line above ends on a function word, "of the\n": no
           * name over a title line does) */
          guint s2 = ck_ctx_span_back_lines (ctx, ts, i, floor);
          gboolean wrapped = ts > 0 && ck_tok_lower_word (ctx, ts - 1) && (ck_tok (ctx, ts - 1)->flags & CK_TOKF_FUNC);
          for (guint q = s2; q < ts && !wrapped; q++)
            wrapped = ck_tok_is_punct (ctx, q, ':');
          if (wrapped)
            ts = s2;
        }
      /* "His The Title (1990)": the pronoun is no part of the title */
      if (ts + 1 < tend && !ck_owner_in_style (ctx, ts + 1) && (ck_tok_is (ctx, ts, "His") || ck_tok_is (ctx, ts, "Her") || ck_tok_is (ctx, ts, "Their")) &&
          (ck_tok (ctx, ts + 1)->flags & CK_TOKF_CAP))
        ts++;
      /* "Dr. Karl Vell's Man and Society in … (…)": an honorific or a
       * known forename opens a person's possessive, the owner of the
       * title after it ("Tom Brack's Book" stays whole) */
      if (tend == i && !in_authors && ts + 3 < tend)
        {
          guint hs = ck_honorific_skip (ctx, ts, tend), ne = ck_name_span_forward (ctx, hs, tend);
          if (ne > hs && ne + 1 < tend && ck_tok (ctx, ne)->kind == CK_TOK_POSS && ck_tok_cap_word (ctx, ne + 1) &&
              (hs > ts || (ne > hs + 1 && ck_tok_in_lex (ctx, hs, CK_LEX_GIVEN_NAMES))) &&
              !ck_owner_generic_title (ctx, ne + 1, tend) && ck_count_words (ctx, ne + 1, tend) >= 2)
            {
              in_authors = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
              ck_names_forward (ctx, hs, ne, CK_ROLE_AUTHOR, in_authors);
              if (in_authors->len == 0)
                g_clear_pointer (&in_authors, g_ptr_array_unref);
              else
                ts = ne + 1;
            }
        }
      /* "Raymond Vell in Title (…)", "Vell and Kirby in Title (…)": the
       * names before "in" are the authors, not the title's start */
      {
        /* "Sir Ivo Vell in Title (…)": the honorific too (title-yearparen.c) */
        guint hs = ck_honorific_skip (ctx, ts, tend), ne = ck_name_span_forward (ctx, hs, tend);
        /* (an honorific and a surname alone may open a title: "Mrs Quell
         * in Harbour Lodge (…)") */
        if (ne == hs || (hs > ts && ck_count_words (ctx, hs, ne) < 2 && !by_before (ctx, ts)))
          ne = ts;
        /* "Moral Values and Political Behaviour in Ancient Greece (…)":
         * capitals before "in" are a person's only with a known forename,
         * an initial or an honorific first */
        if (ne > ts && hs == ts && !ck_tok_in_lex (ctx, hs, CK_LEX_GIVEN_NAMES) &&
            !(ck_tok (ctx, hs)->flags & CK_TOKF_INITIAL) && !ck_ctx_names_person (ctx, hs, ne) &&
            !(ts > floor && ck_tok_lower_word (ctx, ts - 1) && ck_tok_in_words (ctx, ts - 1, owner_words)))
          ne = ts;
        if (ne > ts && ck_tok_is (ctx, ne, "and"))
          ne = MAX (ne, ck_name_span_forward (ctx, ne + 1, tend));
        /* one capitalised word after a comma is more often a title's
         * first word ("…, Control in America") than a surname */
        if (ne == ts + 1 && ts > floor && ck_tok_is_punct (ctx, ts - 1, ','))
          ne = ts;
        /* "whose Children in Salt Society (London: …)": after an owner a
         * title follows, not a person (a bare year is left to the owner
         * rule below, which knows an unnamed owner) */
        if (ne > ts && ts > floor && c > i + 2 && ck_tok_lower_word (ctx, ts - 1) && ck_tok_in_words (ctx, ts - 1, owner_words))
          ne = ts;
        if (!in_authors && ne > ts && ne + 1 < tend && ck_tok_is (ctx, ne, "in") && (ck_tok (ctx, ne + 1)->flags & CK_TOKF_CAP))
          {
            g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
            ck_names_forward (ctx, hs, ne, CK_ROLE_AUTHOR, names);
            if (names->len > 0)
              {
                ts = ne + 1;
                in_authors = g_steal_pointer (&names);
              }
          }
      }
      /* "co-editor with Ada Vell of Salt Incomes (…)": the partner
       * before "of" is the work's, the title starts after it */
      if (tend == i && !in_authors && ts > floor + 1 && ck_tok_is (ctx, ts - 1, "with") && ck_tok_lower_word (ctx, ts - 1))
        {
          guint ne = ck_name_span_forward (ctx, ts, tend);
          if (ne > ts && ne + 1 < tend && ck_tok_is (ctx, ne, "of") && ck_tok_cap_word (ctx, ne + 1) &&
              !ck_tok_in_lex (ctx, ts, CK_LEX_PLACES))
            {
              CkRole role = CK_ROLE_AUTHOR;
              if (ts >= floor + 2 && (ck_tok_is (ctx, ts - 2, "co-editor") || ck_tok_is (ctx, ts - 2, "editor")))
                role = CK_ROLE_EDITOR;
              in_authors = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
              ck_names_forward (ctx, ts, ne, role, in_authors);
              partner_with = ts - 1;
              ts = ne + 1;
            }
        }
      /* "edited by Cora Lind as Letters from the Coast (…)": the title
       * starts after "as"; the name before it holds the role */
      if (tend == i && !in_authors)
        for (guint q = ts + 2; q + 1 < tend && q < ts + 6; q++)
          if (ck_tok_is (ctx, q, "as") && ck_tok_lower_word (ctx, q) && ck_name_span_forward (ctx, ts, q) == q &&
              ts > 0 && ck_tok_is (ctx, ts - 1, "by"))
            {
              CkRole role = CK_ROLE_AUTHOR;
              for (guint b = ts - 1; b > floor && b + 6 > ts; b--)
                if (ck_role_phrase_at (ctx, b - 1, ts, &role) == ts)
                  break;
              in_authors = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
              ck_names_forward (ctx, ts, q, role, in_authors);
              ts = q + 1;
              break;
            }
      /* "The Salt Road, Ada Quell (Gannet, 2015)": a person's name after
       * the title's comma is its author, not the title */
      if (!in_authors && tend == i && (tend = title_comma_author (ctx, ts, i, floor, &in_authors)) < i)
        {
          ts = ck_title_span_backward (ctx, tend, floor);
          while (ts < tend && (ck_tok (ctx, ts)->flags & CK_TOKF_FUNC))
            ts++;
        }
      if (ts >= tend || ck_is_claimed (ctx, ts, i) || !ck_title_plausible (ctx, ts, tend) ||
          /* '"Title" by Ada Quell (Firm; 12/6)': the name after "by" is the
           * quoted title's author, read by the quoted-title detector */
          (by_before (ctx, ts) && !ck_ctx_sequence_by (ctx, ts - 1) && ck_name_span_forward (ctx, ts, tend) == tend))
        {
          g_clear_pointer (&in_authors, g_ptr_array_unref);
          continue;
        }
      /* a sentence-initial capital is no evidence of a title, unless the
       * word is no name and the sentence goes on with its verb */
      if (ts == floor && ck_count_words (ctx, ts, tend) < 2 && !ck_ctx_lone_title (ctx, ts, i, c))
        {
          g_clear_pointer (&in_authors, g_ptr_array_unref);
          continue;
        }
      rec = ck_record_new (CK_TYPE_BOOK);
      if (in_authors)
        {
          for (guint q = 0; q < in_authors->len; q++)
            ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (in_authors, q)));
          g_clear_pointer (&in_authors, g_ptr_array_unref);
        }
      if (tend < i && !ck_record_get_n_names (rec) && ck_role_chain (ctx, tend, i, rec) != i)
        {
          ck_record_unref (rec);
          continue;
        }
      if (is_year_tok (ctx, i + 1) && (ck_tok_is (ctx, i + 2, "and") || ck_tok_is_punct (ctx, i + 2, ',')) &&
          is_year_tok (ctx, i + 3) && c == i + 4)
        {
          ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, i + 1)->start), 0, 0));
          two_years = TRUE;
        }
      /* "whose earlier Title (1994)", "her first Title (1990)": a year is
       * enough after an owner */
      if (!two_years && pronoun_before (ctx, ts) != G_MAXUINT && is_year_tok (ctx, i + 1) && c == i + 2 &&
          !(ck_name_span_forward (ctx, ts, tend) == tend && ck_bare_person_before (ctx, ts)))
        {
          ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, i + 1)->start), 0, 0));
          two_years = TRUE;
        }
      /* "T (Le Port gris, 1931)": the parenthesis may give the original's
       * title instead of a firm or place (paren_original_title) */
      had_original = ck_record_has (rec, CK_FIELD_ORIGINAL_TITLE);
      roles_before = ck_record_count_role (rec, CK_ROLE_TRANSLATOR) + ck_record_count_role (rec, CK_ROLE_EDITOR);
      if (!two_years && !(paren_imprint (ctx, rec, i, c) &&
                          (ck_record_has (rec, CK_FIELD_PUBLISHER) || ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE) ||
                           /* "Learning to Live: A Policy (1s. 6d.)": a pamphlet's
                            * price alone, after a title of two words or more */
                           (ck_record_has (rec, CK_FIELD_PRICE) && c <= i + 6 &&
                            ck_count_words (ctx, ts, tend) >= 2 && !ck_ctx_names_person (ctx, ts, tend)) ||
                           (!had_original && ck_record_has (rec, CK_FIELD_ORIGINAL_TITLE)) ||
                           /* "The Economics of Welfare (4th edition, 1932)": an
                            * edition and its year */
                           (ck_record_has (rec, CK_FIELD_EDITION) && ck_count_words (ctx, ts, tend) >= 2) ||
                           /* "Title (dir. Given Family, 1974)": a film */
                           ck_record_count_role (rec, CK_ROLE_DIRECTOR) > 0 ||
                           /* "T (translated by A and B, 1933)": the roles inside */
                           ck_record_count_role (rec, CK_ROLE_TRANSLATOR) + ck_record_count_role (rec, CK_ROLE_EDITOR) >
                             roles_before) &&
                          (ck_record_get_date (rec, CK_DATE_ISSUED) || ck_record_has (rec, CK_FIELD_PRICE))))
        {
          ck_record_unref (rec);
          continue;
        }
      if (ck_count_words (ctx, ts, tend) < 2 && !ck_record_get_date (rec, CK_DATE_ISSUED))
        {
          ck_record_unref (rec);
          continue;
        }
      ts = sentence_opening_title (ctx, rec, ts, tend, floor);
      /* "by Mr. Vell in An Essay on Salt (…)": the person is the author */
      {
        guint cut = ck_person_prep_cut (ctx, ts, tend);
        if (cut > ts && cut < tend && ck_tok_is (ctx, cut - 1, "in"))
          {
            g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
            guint ns = ck_honorific_skip (ctx, ts, cut - 1);
            ck_names_forward (ctx, ns, cut - 1, CK_ROLE_AUTHOR, names);
            if (ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0)
              add_names (rec, names);
            ts = cut;
          }
      }
      /* "edited by Professor Vell (Vienna, 1933)": a person after "by"
       * is no title; the imprint is of the work before */
      if (ck_ctx_person_after_by (ctx, ts, tend))
        {
          ck_record_unref (rec);
          continue;
        }
      ck_assemble_title (rec, ck_span_dup (ctx, ts, tend));
      if (ck_record_count_role (rec, CK_ROLE_DIRECTOR) > 0 && !ck_record_has (rec, CK_FIELD_PUBLISHER))
        ck_record_set_type (rec, CK_TYPE_MOTION_PICTURE);
      /* "see Seymour Drescher, Econocide (Pittsburgh, 1977)" */
      if (ts >= 3 && ck_tok_is_punct (ctx, ts - 1, ','))
        {
          guint ns = ck_name_span_backward (ctx, ts - 1, floor > 0 ? floor - 1 : 0), ls = ts - 1;
          gboolean list_line;
          /* "Holm, The Salt Road (…)" as a line of a reading list: a
           * surname alone will do */
          while (ls > 0 && ck_tok (ctx, ls)->nl == 0)
            ls--;
          if (ns < ls && (ck_count_words (ctx, ns, ts - 1) < 2 || ck_is_claimed (ctx, ns, ls)))
            ns = ck_name_span_backward (ctx, ts - 1, ls);
          list_line = ns < ts - 1 && ns == ls && (ns == 0 || ck_tok (ctx, ns)->nl >= 1) &&
                               (c + 1 >= n || ck_tok (ctx, c + 1)->nl >= 1 ||
                                (ck_tok_is_punct (ctx, c + 1, '.') && (c + 2 >= n || ck_tok (ctx, c + 2)->nl >= 1)));
          /* "Dr Quell's Harbour Lectures, T (…)": an owner's series, no writer */
          if (ns < ts - 1 && (ck_ctx_institution_word (ctx->text + ck_tok (ctx, ts - 2)->start,
                                                       ck_tok (ctx, ts - 2)->end - ck_tok (ctx, ts - 2)->start) ||
                              (ns > 0 && ck_tok (ctx, ns - 1)->kind == CK_TOK_POSS)))
            ns = ts - 1;
          /* "P. Deane and W. A. Cole, T (…)": two full names */
          if (ns < ts - 1 && ck_count_words (ctx, ns, ts - 1) >= 2)
            ns = ck_name_pair_start (ctx, ns, floor);
          if (ns < ts - 1 && (ck_count_words (ctx, ns, ts - 1) >= 2 || list_line) && !ck_is_claimed (ctx, ns, ts - 1))
            {
              g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
              ck_names_forward (ctx, ns, ts - 1, CK_ROLE_AUTHOR, names);
              add_names (rec, names);
            }
        }
      /* "from Holt, T (Berlin, 1951)", "with Brun and Vey, T (…)" (scholar-shapes.c) */
      if (ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0)
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          if (ck_surnames_cite_before (ctx, ts, floor, names))
            add_names (rec, names);
        }
      /* "Ada Lind and Piet Orr, in T (…)" (detect-context.c) */
      if (ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0)
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          if (ck_ctx_names_in_before (ctx, ts, floor, names))
            add_names (rec, names);
        }
      pron = pronoun_before (ctx, ts);
      /* "co-editor with X of T": the person before is the first, sought
       * from "with" (as "his paper with X") */
      if (partner_with != G_MAXUINT)
        pron = partner_with;
      /* "(Place: Publisher, 1981), translated by B" */
      c = ck_role_chain (ctx, c + 1, para (ctx, ck_para_of (ctx, i))->tok_end, rec) - 1;
      /* no name at all: the author comes from the context, like a pronoun's */
      ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, c)->end,
                      pron != G_MAXUINT ? pron : ts,
                      (pron != G_MAXUINT || ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0 ? CK_MENTION_PRONOUN : 0) |
                      (partner_with != G_MAXUINT ? CK_MENTION_COAUTHOR : 0));
      ck_claim (ctx, ts, c + 1);
      i = c;
    }
}

/* ------------------------------------------------------ HTML italics */

/* "<i>Animal Farm</i>", "<em>…</em>", "<cite>…</cite>": markup left in
 * the text marks titles the way italics do in print. */
static gboolean
html_tag_at (const CkExtractCtx *ctx, guint i, gboolean closing, guint *after)
{
  guint a = ck_italic_tag_at (ctx, i, ck_n_toks (ctx), closing);
  if (a == i)
    return FALSE;
  *after = a;
  return TRUE;
}

/* "T. Quell's <i>Tota illa salina</i>", "E. Vell, <i>Der Salz im Hafen</i>":
 * italics in sentence case (a foreign title, a house style) owned by a
 * person are a title, even with no imprint after them; emphasis and a
 * foreign phrase have no owner.  @i is the opening tag, [s,e) the words. */
static gboolean
owned_italics (const CkExtractCtx *ctx, guint i, guint s, guint e)
{
  guint ns;
  if (i < 2 || !ck_italics_phrase (ctx, s, e) ||
      !(ck_tok (ctx, i - 1)->kind == CK_TOK_POSS || ck_tok_is_punct (ctx, i - 1, ',')))
    return FALSE;
  ns = ck_name_span_backward (ctx, i - 1, ck_sentence_start (ctx, i));
  /* a person: two words at least, one of them an initial or a known forename */
  return ns + 2 <= i - 1 && ck_count_words (ctx, ns, i - 1) >= 2 &&
         ((ck_tok (ctx, ns)->flags & CK_TOKF_INITIAL) || ck_tok_in_lex (ctx, ns, CK_LEX_GIVEN_NAMES)) &&
         !ck_tok_in_lex (ctx, i - 2, CK_LEX_PLACES);
}

static void
detect_html_italics (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 4 < n; i++)
    {
      guint s, e = 0, after = 0, te;
      CkRecord *rec;
      if (!html_tag_at (ctx, i, FALSE, &s) || ck_is_claimed (ctx, s, s + 1))
        continue;
      for (guint k = s; k < n && k < s + 30; k++)
        if (html_tag_at (ctx, k, TRUE, &after))
          {
            e = k;
            break;
          }
      if (!e || e <= s)
        continue;
      te = ck_title_span_forward (ctx, s, e, TRUE);
      if ((te != e || !ck_title_plausible (ctx, s, e)) && !ck_italics_sentence_title (ctx, s, e, after) &&
          !owned_italics (ctx, i, s, e))
        {
          i = e;
          continue;
        }
      /* "<em>Given Family</em> Firm (2016)" opening a line under a book's
       * heading: the author set in italics, not a title */
      if ((i == 0 || ck_tok (ctx, i)->nl > 0) && after < n && ck_tok (ctx, after)->nl == 0 &&
          ck_tok_cap_word (ctx, after) && ck_ctx_names_person (ctx, s, e))
        {
          i = e;
          continue;
        }
      /* "<em>University of Gannet</em>" on a line of its own under a
       * reviewer's name: a body, no title */
      if ((i == 0 || ck_tok (ctx, i)->nl > 0) && (after >= n || ck_tok (ctx, after)->nl > 0) && e <= s + 5 &&
          ck_tok_is (ctx, s + 1, "of") &&
          ck_ctx_institution_word (ctx->text + ck_tok (ctx, s)->start, ck_tok (ctx, s)->end - ck_tok (ctx, s)->start))
        {
          i = e;
          continue;
        }
      {
        /* "the journal <i>X</i>" is a periodical */
        gboolean periodical = (s >= 4 && ck_tok_in_lex (ctx, i - 1, CK_LEX_PERIODICAL_CUES)) ||
                              ck_per_italic_periodical (ctx, i, s, e, after);
        guint pron = pronoun_before (ctx, i);
        guint pe = after, c2, ms = s;
        rec = ck_record_new (periodical ? CK_TYPE_PERIODICAL : CK_TYPE_BOOK);
        ck_assemble_title (rec, ck_span_dup (ctx, s, e));
        /* "<i>Title</i> by Name (…)": the by-line (detect-web.c) */
        if (!periodical)
          pe = after = ck_italics_byline (ctx, after, para (ctx, ck_para_of (ctx, i))->tok_end, rec);
        /* "<i>Title</i>, edited by A & B (Firm, 1962)": the role and its
         * names stand between the italics and the imprint */
        if (!periodical && after + 3 < n && ck_tok_is_punct (ctx, after, ','))
          {
            CkRole role = CK_ROLE_AUTHOR;
            guint re = ck_role_phrase_at (ctx, after + 1, MIN (n, after + 8), &role), ne;
            /* "<i>Title</i>, ed. Given Family (…)": the editor's short form,
             * which the role lexicon leaves out ("2nd ed. London") */
            if (re == after + 1 && (ck_tok_is (ctx, after + 1, "ed") || ck_tok_is (ctx, after + 1, "eds")) &&
                ck_tok_lower_word (ctx, after + 1) && ck_tok_is_punct (ctx, after + 2, '.'))
              {
                re = after + 3;
                role = CK_ROLE_EDITOR;
              }
            g_autoptr(GPtrArray) rn = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
            if (re > after + 1 && role != CK_ROLE_AUTHOR && (ne = ck_names_forward (ctx, re, MIN (n, re + 16), role, rn)) > re &&
                ne < n && ck_tok_is_punct (ctx, ne, '('))
              {
                for (guint q = 0; q < rn->len; q++)
                  ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (rn, q)));
                pe = after = ne;
              }
          }
        /* "<i>Title</i>, 2nd ed.\n (Place: Firm, 1970)": the edition
         * between the italics and the imprint */
        if (!periodical && after + 3 < n && ck_tok_is_punct (ctx, after, ','))
          {
            guint op = after + 1;
            while (op < n && op < after + 6 && !ck_tok_is_punct (ctx, op, '(') && ck_tok (ctx, op)->nl < 2)
              op++;
            if (op < n && op > after + 1 && ck_tok_is_punct (ctx, op, '(') && ck_tok (ctx, op)->nl < 2)
              {
                g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
                guint unknown = 0;
                if (ck_assemble_elements (probe, ctx->text, ck_tok (ctx, after + 1)->start, ck_tok (ctx, op - 1)->end,
                                          CK_ELEM_INLINE, &unknown) > 0 &&
                    unknown == 0 && ck_record_has (probe, CK_FIELD_EDITION) && !ck_record_has (probe, CK_FIELD_PUBLISHER) &&
                    !ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE) && !ck_record_get_date (probe, CK_DATE_ISSUED))
                  {
                    ck_record_set (rec, CK_FIELD_EDITION, ck_record_get (probe, CK_FIELD_EDITION));
                    pe = after = op;
                  }
              }
          }
        /* "<i>Title</i> (Publisher, 1990)": the imprint after the italics */
        if (!periodical && after < n && ck_tok_is_punct (ctx, after, '(') && (c2 = paren_close (ctx, after, n)) > after + 1)
          {
            g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
            gsize ps = ck_tok (ctx, after + 1)->start, pz = ck_tok (ctx, c2 - 1)->end;
            guint unknown = 0;
            g_autoptr(CkRecord) film = ck_record_new (CK_TYPE_BOOK);
            /* "(New York: Firm, 1961; any edition is fine)": a reader's
             * note in lower case after the imprint's semicolon */
            for (guint k = after + 2; k + 1 < c2; k++)
              if (ck_tok_is_punct (ctx, k, ';') && ck_tok_lower_word (ctx, k + 1) &&
                  (ck_tok (ctx, k - 1)->flags & CK_TOKF_YEAR))
                {
                  pz = ck_tok (ctx, k - 1)->end;
                  break;
                }
            if (ck_assemble_elements (probe, ctx->text, ps, pz, CK_ELEM_INLINE, &unknown) > 0 && unknown == 0 &&
                (ck_record_get_date (probe, CK_DATE_ISSUED) || ck_record_has (probe, CK_FIELD_PUBLISHER)))
              {
                ck_assemble_elements (rec, ctx->text, ps, pz, CK_ELEM_INLINE, NULL);
                pe = c2 + 1;
              }
            /* the forms the inline reader leaves, as "Title (…)" reads
             * them: "<i>Title</i> (3 vols., Firm, 1991)", "(Firm, 1956;
             * rev. ed. 1968)", and a film, "(dir. Given Family, 1927)",
             * which needs its year */
            else if (paren_imprint (ctx, film, after, c2) &&
                     (ck_record_get_date (film, CK_DATE_ISSUED) ||
                      (ck_record_count_role (film, CK_ROLE_DIRECTOR) == 0 && ck_record_has (film, CK_FIELD_PUBLISHER))))
              {
                paren_imprint (ctx, rec, after, c2);
                if (ck_record_count_role (film, CK_ROLE_DIRECTOR) > 0)
                  ck_record_set_type (rec, CK_TYPE_MOTION_PICTURE);
                pe = c2 + 1;
              }
          }
        /* "Ann Vell, <i>Title</i>, Allen Lane, 512 pages, £25": a header
         * line's imprint after the comma, to the line's end */
        if (!periodical && pe == after && after + 2 < n && ck_tok_is_punct (ctx, after, ',') && ck_tok (ctx, after + 1)->nl == 0)
          {
            guint le = after + 1;
            g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
            guint unknown = 0;
            while (le < n && ck_tok (ctx, le)->nl == 0 && !ck_tok_is_punct (ctx, le, '<'))
              le++;
            if (le > after + 2 && ck_has_imprint_signal (ctx->text, ck_tok (ctx, after + 1)->start, ck_tok (ctx, le - 1)->end) &&
                ck_assemble_elements (probe, ctx->text, ck_tok (ctx, after + 1)->start, ck_tok (ctx, le - 1)->end, CK_ELEM_INLINE,
                                      &unknown) > 0 &&
                unknown == 0 && (ck_record_has (probe, CK_FIELD_PUBLISHER) || ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES)))
              {
                ck_assemble_elements (rec, ctx->text, ck_tok (ctx, after + 1)->start, ck_tok (ctx, le - 1)->end, CK_ELEM_INLINE, NULL);
                pe = le;
              }
          }
        /* "(<i>T1</i>, 1997; <i>T2</i>, 2003)": a list's year after the
         * comma, closed by the list's semicolon or bracket */
        if (!periodical && pe == after && after + 2 < n && ck_tok_is_punct (ctx, after, ',') &&
            is_year_tok (ctx, after + 1) && ck_tok (ctx, after + 1)->nl == 0 &&
            (ck_tok_is_punct (ctx, after + 2, ';') || ck_tok_is_punct (ctx, after + 2, ')')))
          {
            ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, after + 1)->start), 0, 0));
            pe = after + 2;
          }
        /* "<b>Name, <i>Title</i></b><br>\nTranslated by B. Firm, 2012. 331
         * pp. $17.00": a bookshop's or a newsletter's entry, its imprint on
         * the line under the heading */
        if (!periodical && pe == after && !ck_record_get_date (rec, CK_DATE_ISSUED))
          {
            guint j = pe, ls, le;
            while (j < n && ck_tok_is_punct (ctx, j, '<'))
              {
                guint q = j + 1;
                while (q < n && q < j + 6 && !ck_tok_is_punct (ctx, q, '>'))
                  q++;
                if (q >= n || !ck_tok_is_punct (ctx, q, '>'))
                  break;
                j = q + 1;
              }
            ls = j;
            if (ls < n && ck_tok (ctx, ls)->nl == 1)
              {
                g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
                guint unknown = 0;
                for (le = ls + 1; le < n && ck_tok (ctx, le)->nl == 0 && !ck_tok_is_punct (ctx, le, '<'); le++)
                  ;
                if (le > ls + 2 && ck_has_imprint_signal (ctx->text, ck_tok (ctx, ls)->start, ck_tok (ctx, le - 1)->end) &&
                    ck_assemble_elements (probe, ctx->text, ck_tok (ctx, ls)->start, ck_tok (ctx, le - 1)->end, CK_ELEM_BLOCK,
                                          &unknown) > 0 &&
                    unknown <= 1 && (ck_record_get_date (probe, CK_DATE_ISSUED) || ck_record_has (probe, CK_FIELD_PUBLISHER)))
                  {
                    ck_assemble_elements (rec, ctx->text, ck_tok (ctx, ls)->start, ck_tok (ctx, le - 1)->end, CK_ELEM_BLOCK, NULL);
                    pe = le;
                  }
              }
          }
        /* "Given Family's <i>Title</i>": the owner is the author */
        if (!periodical && i > 0 && ck_tok (ctx, i - 1)->kind == CK_TOK_POSS)
          {
            guint ns = ck_name_span_backward (ctx, i - 1, ck_sentence_start (ctx, i));
            /* "Wissowa's <i>T</i> (Munich 1912)": a surname alone owns a
             * dated book, unless it is a place's name */
            gboolean surname = ns == i - 2 && ck_tok_cap_word (ctx, ns) && !(ck_tok (ctx, ns)->flags & CK_TOKF_FUNC) &&
                               !ck_tok_in_lex (ctx, ns, CK_LEX_PLACES) && !ck_tok_in_words (ctx, ns, kin_words) &&
                               (ck_record_get_date (rec, CK_DATE_ISSUED) || ck_record_has (rec, CK_FIELD_PUBLISHER));
            if (ns < i - 1 && (ck_count_words (ctx, ns, i - 1) >= 2 || surname))
              {
                g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
                ck_names_forward (ctx, ns, i - 1, CK_ROLE_AUTHOR, names);
                for (guint k = 0; k < names->len; k++)
                  ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, k)));
                ms = names->len ? ns : ms;
              }
          }
        /* "Given Family, <i>Title</i>" opening a list's line (detect-web.c) */
        if (!periodical && ms == s)
          {
            guint as = ck_italics_author_before (ctx, i, rec);
            if (as < i)
              {
                ms = as;
                pron = G_MAXUINT;
                ck_claim (ctx, as, i);
              }
          }
        /* "the older story told by A. G. Dickens, <i>T</i> (London,
         * 1989)": in prose too a name and a comma before the italics, an
         * imprint after, is a scholar's citation of his book */
        if (!periodical && ms == s && i >= 3 && ck_tok_is_punct (ctx, i - 1, ',') && pe > after &&
            (ck_record_get_date (rec, CK_DATE_ISSUED) || ck_record_has (rec, CK_FIELD_PUBLISHER)) &&
            ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0)
          {
            guint ns = ck_name_span_backward (ctx, i - 1, ck_sentence_start (ctx, i));
            g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
            /* a scholar's form: "by" before the name, or its initials
             * ("a gift from Ada Vell, <i>T</i> (…)" names a giver) */
            gboolean scholarly = ns > 0 && ck_tok_is (ctx, ns - 1, "by");
            for (guint q = ns; q < i - 1 && !scholarly; q++)
              scholarly = (ck_tok (ctx, q)->flags & CK_TOKF_INITIAL) != 0;
            /* "sent to Scheid, <i>T</i> (Rome 1990)": a surname alone is
             * how scholars cite one another, no giver's name */
            scholarly |= ns == i - 2 && ns > ck_sentence_start (ctx, i) && !ck_tok_in_lex (ctx, ns, CK_LEX_PLACES) &&
                         !(ck_tok (ctx, ns)->flags & CK_TOKF_FUNC);
            if (scholarly && ns < i - 1 && (ck_count_words (ctx, ns, i - 1) >= 2 || ns == i - 2) &&
                ck_names_forward (ctx, ns, i - 1, CK_ROLE_AUTHOR, names) == i - 1 && names->len == 1)
              {
                ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, 0)));
                ms = ns;
                pron = G_MAXUINT;
              }
          }
        /* "set out by Ada Vell in <i>T</i> (London 1911)": the person
         * before "in", after "by", wrote it */
        if (!periodical && ms == s && i >= 4 && ck_tok_is (ctx, i - 1, "in") && pe > after &&
            (ck_record_get_date (rec, CK_DATE_ISSUED) || ck_record_has (rec, CK_FIELD_PUBLISHER)) &&
            ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0)
          {
            guint ns = ck_name_span_backward (ctx, i - 1, ck_sentence_start (ctx, i));
            if (ns > 0 && ns < i - 1 && ck_tok_is (ctx, ns - 1, "by") &&
                ck_add_names_exact (ctx, rec, ns, i - 1, CK_ROLE_AUTHOR))
              {
                ms = ns;
                pron = G_MAXUINT;
              }
          }
        /* a note's or a bibliography's line: "12. Given Family, <i>T</i>
         * (…)", "Family, Given. <i>T</i>. Publisher, Year." (detect-styles.c) */
        if (!periodical && ms == s && pron == G_MAXUINT)
          {
            guint pe2, as = ck_style_entry_around (ctx, i, after, rec, &pe2);
            if (as < i)
              {
                ms = as;
                pe = MAX (pe, pe2);
                ck_claim (ctx, as, i);
              }
          }
        ck_mention_add (ctx, det, rec, ck_tok (ctx, ms)->start, ck_tok (ctx, pe - 1)->end,
                        pron != G_MAXUINT ? pron : s, pron != G_MAXUINT ? CK_MENTION_PRONOUN : 0);
        ck_claim (ctx, i, pe);
        i = pe - 1;
      }
    }
}

/* "Arthur Penn (The Green Valley, 1991; Stone Towers, 1996)": an author
 * and a list of titles with years in parentheses. */
/* Whether no word of [s,e) is a firm's word and the whole is no known
 * firm or place. */
static gboolean
item_names_no_firm (const CkExtractCtx *ctx, guint s, guint e)
{
  if (e <= s || ck_span_in_lex (ctx, s, e, CK_LEX_PUBLISHERS) || ck_span_in_lex (ctx, s, e, CK_LEX_PLACES))
    return FALSE;
  for (guint k = s; k < e; k++)
    if (ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS))
      return FALSE;
  return TRUE;
}

/* "Boston: Houghton Mifflin" on [s,e): a place, its colon and a firm. */
static gboolean
imprint_item (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s + 1; k + 1 < e && k < s + 4; k++)
    if (ck_tok_is_punct (ctx, k, ':'))
      return ck_span_in_lex (ctx, s, k, CK_LEX_PLACES) || ck_firm_name_span (ctx, k + 1, e) ||
             ck_span_in_lex (ctx, k + 1, e, CK_LEX_PUBLISHERS);
  return FALSE;
}

/* "The Green Valley", "Mrs Lee's Trade": a parenthesis item with a
 * capital article or a possessive, no firm's word and no known firm or
 * place, names a book rather than its publisher. */
static gboolean
item_reads_as_title (const CkExtractCtx *ctx, guint s, guint e)
{
  gboolean shape = FALSE;
  if (!item_names_no_firm (ctx, s, e))
    return FALSE;
  for (guint k = s; k < e; k++)
    shape |= ck_tok (ctx, k)->kind == CK_TOK_POSS;
  return shape || (e > s + 1 && (ck_tok_is (ctx, s, "The") || ck_tok_is (ctx, s, "A")) && ck_tok_cap_word (ctx, s));
}

/* "… of A (T1, 1990) and B (T2, 1994)": where the first of the subjects
 * joined to the one at @ns begins (@ns itself when none is before it). */
static guint
first_subject (const CkExtractCtx *ctx, guint ns)
{
  if (ns >= 3 && ck_tok_is (ctx, ns - 1, "and") && ck_tok_is_punct (ctx, ns - 2, ')'))
    for (guint k = ns - 2; k > 0 && k + 16 > ns; k--)
      if (ck_tok_is_punct (ctx, k - 1, '('))
        {
          guint prev = ck_name_span_backward (ctx, k - 1, ck_sentence_start (ctx, k - 1));
          return prev < k - 1 ? prev : ns;
        }
  return ns;
}

/* "her lives of Ann Lee (T, 1990)": the name is the book's subject, its
 * author is found like a pronoun's. */
static gboolean
subject_of_life (const CkExtractCtx *ctx, guint ns)
{
  static const char * const lives[] = { "life", "lives", "biography", "biographies", "portrait", "portraits",
                                        "study", "studies", NULL };
  ns = first_subject (ctx, ns);
  return ns >= 2 && ck_tok_is (ctx, ns - 1, "of") && ck_tok_lower_word (ctx, ns - 2) &&
         ck_tok_in_words (ctx, ns - 2, lives);
}

/* The token whose antecedent wrote the lives: "her" in "her lives of
 * A (…)", else the word "lives" itself. */
static guint
life_owner (const CkExtractCtx *ctx, guint ns)
{
  guint k = first_subject (ctx, ns);
  /* k opens the first subject: "of" and the noun stand before it */
  for (guint q = k >= 2 ? k - 2 : 0, m = 0; q > 0 && m < 3; m++)
    {
      q--;
      if (ck_tok_is (ctx, q, "her") || ck_tok_is (ctx, q, "his") || ck_tok_is (ctx, q, "their"))
        return q;
    }
  return k >= 2 ? k - 2 : k;
}

/* "Ernst Vell (Explorations in Salt, New York, 1952)": a person's name
 * [ns,open) and in brackets a title of two words or more that names no
 * firm or place, then a comma and an imprint with its year.  Adds the
 * record and returns TRUE. */
static gboolean
name_title_imprint (CkExtractCtx *ctx, const CkDetector *det, guint ns, guint open, guint close)
{
  guint comma = 0, te;
  CkRecord *rec;
  for (guint k = open + 2; k < close; k++)
    if (ck_tok_is_punct (ctx, k, ';'))
      return FALSE;   /* "(T1, 1983; T2, 1989)": a list, read below */
    else if (!comma && ck_tok_is_punct (ctx, k, ','))
      comma = k;
  if (!comma || comma + 2 >= close || ck_count_words (ctx, open + 1, comma) < 2 ||
      !(ck_tok_in_lex (ctx, ns, CK_LEX_GIVEN_NAMES) || ck_ctx_names_person (ctx, ns, open)))
    return FALSE;
  te = ck_title_span_forward (ctx, open + 1, comma, FALSE);
  if (te != comma || !ck_title_plausible (ctx, open + 1, te) || !item_names_no_firm (ctx, open + 1, te) ||
      ck_span_in_lex (ctx, open + 1, te, CK_LEX_PLACES) || ck_span_in_lex (ctx, open + 1, te, CK_LEX_PUBLISHERS) ||
      ck_ctx_names_non_work (ctx, open + 1, te))
    return FALSE;
  rec = ck_record_new (CK_TYPE_BOOK);
  if (!paren_imprint (ctx, rec, comma, close) || !ck_record_get_date (rec, CK_DATE_ISSUED) ||
      !(ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE) || ck_record_has (rec, CK_FIELD_PUBLISHER)))
    {
      ck_record_unref (rec);
      return FALSE;
    }
  ck_assemble_title (rec, ck_span_dup (ctx, open + 1, te));
  ck_add_names_span (ctx, rec, ns, open, CK_ROLE_AUTHOR);
  ck_mention_add (ctx, det, rec, ck_tok (ctx, ns)->start, ck_tok (ctx, close)->end, ns, 0);
  return TRUE;
}

/* A list in brackets with no name before it, items [start,end) pairs
 * of "Title, YEAR": two items at least, each of two words or more that
 * are no person's names ("(Vell and Orr, 1990; Lind, 1994)" cites
 * authors by date), no place and no firm. */
static gboolean
unnamed_list (const CkExtractCtx *ctx, const GArray *items)
{
  if (items->len < 4)
    return FALSE;
  for (guint k = 0; k < items->len; k += 2)
    {
      guint is = g_array_index (items, guint, k), te = g_array_index (items, guint, k + 1) - 2;
      guint words = ck_count_words (ctx, is, te);
      /* names read as authors: a forename or initial first, or "Vell
       * and Orr"; "Medicine Creek" is only shaped like a name */
      gboolean authors = ck_names_cover (ctx, is, te) >= te &&
                         (ck_tok_in_lex (ctx, is, CK_LEX_GIVEN_NAMES) || (ck_tok (ctx, is)->flags & CK_TOKF_INITIAL) ||
                          (words == 3 && ck_tok_is (ctx, is + 1, "and")) ||
                          (words == 2 && ck_tok_is_punct (ctx, is + 1, '&')));
      /* "(Boer War, 1899; Great War, 1914)": events with their years (a
       * river or a navy may close a title: "The Saviour of the Navy") */
      const CkToken *lt = ck_tok (ctx, te - 1);
      const char *kind = lt->kind == CK_TOK_WORD ? ck_lex_lookup (CK_LEX_NON_TITLES, ctx->text + lt->start, lt->end - lt->start) : NULL;
      if (words < 2 || authors || ck_span_in_lex (ctx, is, te, CK_LEX_PLACES) || !item_names_no_firm (ctx, is, te) ||
          g_strcmp0 (kind, "event") == 0 || ck_run_names_occasion (ctx, is, te))
        return FALSE;
      for (guint q = is; q < te; q++)
        if (ck_tok_is (ctx, q, "et") || ck_tok_is (ctx, q, "al"))
          return FALSE;
    }
  return TRUE;
}

static void
detect_name_paren_list (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 4 < n; i++)
    {
      guint c, ns, s;
      g_autoptr(GPtrArray) authors = NULL;
      gboolean ok = TRUE, subject, etc, unnamed;
      g_autoptr(GArray) items = NULL;
      if (!ck_tok_is_punct (ctx, i, '(') || ck_is_claimed (ctx, i, i + 1))
        continue;
      c = paren_close (ctx, i, n);
      if (!c)
        continue;
      ns = ck_name_span_backward (ctx, i, ck_sentence_start (ctx, i));
      /* "whose three volumes (T1, 1933; T2, 1935)", "a novelist (T1,
       * 1989; T2, 1993)": no name before the brackets; the list is read
       * below with stricter items, and its author found from the context */
      /* "lives of Ann Lee (T1, 1990) and Varro (T2, 1997)": a one-word
       * subject after another's bracket */
      if (ns == i && ck_tok_cap_word (ctx, i - 1) && first_subject (ctx, i - 1) < i - 1 && subject_of_life (ctx, i - 1))
        ns = i - 1;
      unnamed = ns == i;
      /* "Mr. Strachey (T1, 1918; T2, 1921)": a style before a surname
       * names a person as a given name would */
      if (!unnamed && ck_count_words (ctx, ns, i) < 2 && !(ns + 1 == i && ns >= 1 && ck_honorific_before (ctx, ns)) &&
          !subject_of_life (ctx, ns))
        continue;
      /* "Ada Lind and Tom Orr (T1, 1972; T2, 1979)" */
      if (!unnamed)
        ns = ck_name_pair_start (ctx, ns, ck_sentence_start (ctx, i));
      /* "“T,” edited by Ada Marsh (Firm, 1931)": the brackets hold the
       * imprint of the work the name edited or translated */
      if (!unnamed && ns >= 2 && ck_tok_is (ctx, ns - 1, "by") && ck_tok_lower_word (ctx, ns - 1) &&
          ck_tok_lower_word (ctx, ns - 2) && ck_role_phrase_at (ctx, ns - 2, ns, NULL) == ns)
        continue;

      /* "Ernst Vell (Explorations in Salt, New York, 1952)": one title
       * and its imprint after a person's name */
      if (!unnamed && name_title_imprint (ctx, det, ns, i, c))
        {
          ck_claim (ctx, i, c + 1);
          i = c;
          continue;
        }
      /* items "Title, YEAR" separated by ";" */
      items = g_array_new (FALSE, FALSE, sizeof (guint));
      s = i + 1;
      etc = FALSE;
      for (guint k = i + 1; k <= c && ok; k++)
        if (k == c || ck_tok_is_punct (ctx, k, ';'))
          {
            /* "(T, 2004, etc.)": a trade notice's list cut short */
            guint te, ke = k == c ? ck_etc_item_end (ctx, s, k) : k;
            etc |= ke < k;
            /* "(Univ. of Harbour; T, 2004, etc.)": the author's post first */
            if (s == i + 1 && k < c && !(k >= s + 3 && ck_tok_is_punct (ctx, k - 2, ',') && is_year_tok (ctx, k - 1)))
              {
                s = k + 1;
                continue;
              }
            if (ke < s + 3 || !ck_tok_is_punct (ctx, ke - 2, ',') || !is_year_tok (ctx, ke - 1))
              ok = FALSE;
            /* "(Boston: Firm, 1958; London: Firm, 1958)": imprints */
            else if (imprint_item (ctx, s, ke - 2))
              ok = FALSE;
            else
              {
                /* (inside the brackets a title may wrap: "Growing Up in New\nGuinea, 1930") */
                te = ck_title_span_forward (ctx, s, ke - 2, TRUE);
                /* "(Revolutionary New England, 1691-1776, 1923)": the
                 * title's own span of years */
                te = ck_title_range_tail (ctx, s, te, ke - 2);
                /* "lives of Varro (Leonardo da Vinci, 2017)": a life's
                 * title may be its subject's name, particle and all */
                if (te < ke - 2 && !unnamed && subject_of_life (ctx, ns) && ck_names_cover (ctx, s, ke - 2) >= ke - 2)
                  te = ke - 2;
                /* "Michel Vell (L'Usage des plaisirs, 1984; Le Souci de
                 * soi, 1984)": after a person's name, titles of a list
                 * may be in sentence case, up to their year */
                if (te < ke - 2 && !unnamed && ck_count_words (ctx, ns, i) >= 2 && ck_tok_cap_word (ctx, s) &&
                    ck_count_words (ctx, s, ke - 2) <= 10)
                  {
                    gboolean plain = TRUE;
                    for (guint q = s; q < ke - 2 && plain; q++)
                      plain = ck_tok (ctx, q)->kind == CK_TOK_WORD || ck_tok (ctx, q)->kind == CK_TOK_POSS ||
                              ck_tok_is_punct (ctx, q, '-') || ck_tok_is_punct (ctx, q, ':');
                    if (plain)
                      te = ke - 2;
                  }
                /* "(Green Grass, Running Water, 1993; Truth & Bright
                 * Water, 1999)": in a list with no name before it a title
                 * may hold a comma or an ampersand */
                for (guint part = 0; unnamed && part < 3 && te + 1 < ke - 2 &&
                                     (ck_tok_is_punct (ctx, te, ',') || ck_tok_is_punct (ctx, te, '&'));
                     part++)
                  te = ck_title_span_forward (ctx, te + 1, ke - 2, TRUE);
                /* "(December 22, 1849)": a day's date, no title */
                if (te != ke - 2 || !ck_title_plausible (ctx, s, te) ||
                    (te == s + 2 && is_month_tok (ctx, s) && ck_tok (ctx, s + 1)->kind == CK_TOK_NUMBER))
                  ok = FALSE;
                g_array_append_val (items, s);
                g_array_append_val (items, ke);
              }
            s = k + 1;
          }
      if (!ok || items->len == 0 || (unnamed && !unnamed_list (ctx, items)))
        continue;
      if (items->len == 2 && !etc)
        {
          /* one "(Name, 1936)" item is more likely an imprint than a
           * title, unless it reads as a title and no firm's name:
           * "Ann Lee (The Green Valley, 1991)" */
          g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
          /* a known forename, initials ("C. I. Vell") or an honorific
           * ("Professor Vell") name a person */
          gboolean named = ck_tok_in_lex (ctx, ns, CK_LEX_GIVEN_NAMES) || (ck_tok (ctx, ns)->flags & CK_TOKF_INITIAL) ||
                           ck_honorific_skip (ctx, ns, i) > ns;
          gboolean person = named || subject_of_life (ctx, ns) || ck_works_by_before (ctx, ns);
          /* after a person's name, two words or more that name no firm
           * and no place are a title too: "Ann Lee (Inland Water, 1991)" */
          gboolean title_like = item_reads_as_title (ctx, i + 1, c - 2) ||
                                /* "lives of Ann Lee (Ann Lee, 1990)": the life's title */
                                (subject_of_life (ctx, ns) && item_names_no_firm (ctx, i + 1, c - 2)) ||
                                /* "lives by Ann Lee (Varro, 1997)" (title-yearparen.c) */
                                (ck_works_by_before (ctx, ns) && item_names_no_firm (ctx, i + 1, c - 2)) ||
                                (named && ck_count_words (ctx, i + 1, c - 2) >= 2 &&
                                 !ck_tok_in_lex (ctx, i + 1, CK_LEX_PLACES) && item_names_no_firm (ctx, i + 1, c - 2));
          if (paren_imprint (ctx, probe, i, c) && !(person && title_like))
            continue;
        }
      authors = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      subject = !unnamed && subject_of_life (ctx, ns);
      if (!subject && !unnamed)
        ck_names_forward (ctx, ns, i, CK_ROLE_AUTHOR, authors);
      for (guint k = 0; k < items->len; k += 2)
        {
          guint is = g_array_index (items, guint, k), ie = g_array_index (items, guint, k + 1);
          CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
          ck_assemble_title (rec, ck_span_dup (ctx, is, ie - 2));
          ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, ie - 1)->start), 0, 0));
          for (guint a = 0; a < authors->len; a++)
            ck_record_add_name_unique (rec, ck_name_copy (g_ptr_array_index (authors, a)));
          /* an unnamed list's author is sought as a pronoun's, from its
           * bracket: "a business historian (T1, 1974; T2, 1976)" */
          ck_mention_add (ctx, det, rec, ck_tok (ctx, is)->start, ck_tok (ctx, ie - 1)->end,
                          subject ? life_owner (ctx, ns) : unnamed ? i : is,
                          subject || unnamed ? CK_MENTION_PRONOUN : 0);
        }
      ck_claim (ctx, i, c + 1);
      i = c;
    }
}

/* --------------------------------------------------- published as */

/* "published in French as La Lampe", "first published in
 * France as ORIGINAL [gloss] (1938)": the original title of a record
 * cited just before (or of the reviewed book). */
/* "(Gannet, 1990; first published in Oslo as T, 1985)": the "published"
 * at @i is a note inside an imprint's brackets, which title-imprint
 * reads with its book. */
static gboolean
in_imprint_note (CkExtractCtx *ctx, guint i)
{
  guint semi = i - 1;
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  if (i >= 1 && (ck_tok_is (ctx, i - 1, "first") || ck_tok_is (ctx, i - 1, "originally")))
    semi = i - 2;
  if (semi < 2 || semi >= i || !ck_tok_is_punct (ctx, semi, ';'))
    return FALSE;
  for (guint k = semi; k > 0 && k + 12 > semi; k--)
    {
      if (ck_tok_is_punct (ctx, k - 1, ')'))
        return FALSE;
      if (ck_tok_is_punct (ctx, k - 1, '('))
        return paren_imprint (ctx, probe, k - 1, semi);
    }
  return FALSE;
}

/* Whether "published" at @pub stands in apposition to a title just
 * before ("T – published in 1916 as T2", "T, later published as T2"):
 * then T2 is another name of T, no work of its own. */
static gboolean
apposed_to_title (const CkExtractCtx *ctx, guint pub)
{
  static const char * const adverbs[] = { "first", "originally", "later", "posthumously", "also", NULL };
  guint k = pub;
  while (k > 0 && ck_tok_lower_word (ctx, k - 1) && ck_tok_in_words (ctx, k - 1, adverbs))
    k--;
  if (k < 2 || !(ck_tok_is_punct (ctx, k - 1, ',') || ck_tok_is_punct (ctx, k - 1, 0x2013) ||
                 ck_tok_is_punct (ctx, k - 1, 0x2014) || ck_tok_is_punct (ctx, k - 1, '-')))
    return FALSE;
  if (ck_tok (ctx, k - 2)->kind == CK_TOK_QUOTE_CLOSE)
    return TRUE;
  if (!ck_tok_cap_word (ctx, k - 2))
    return FALSE;
  /* "gave the Abrams Lectures at Syracuse, published as T": an occasion
   * or a place before the comma is no title */
  {
    guint ts = ck_title_span_backward (ctx, k - 1, ck_sentence_start (ctx, k - 1));
    return !(ck_run_names_occasion (ctx, ts, k - 1) || ck_ctx_names_non_work (ctx, ts, k - 1) ||
             ck_tok_in_lex (ctx, k - 2, CK_LEX_PLACES));
  }
}

static void
detect_published_as (CkExtractCtx *ctx, const CkDetector *det)
{
  /* "published as Volume II of …": a part, no title */
  static const char * const part_words[] = { "volume", "vol", "part", "book", "chapter", "number", "no", NULL };
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 4 < n; i++)
    {
      guint j, s, e, pe;
      const char *lang = NULL;
      CkRecord *rec;
      guint year = 0;
      /* "(Anchor, 1972); originally Les Salines (1958)": the original's
       * title with no verb */
      gboolean bare = FALSE;
      /* "came out in 1957 as", "was reissued as" */
      if (ck_tok_is (ctx, i, "came") && ck_tok_is (ctx, i + 1, "out"))
        j = i + 2;
      else if (i > 0 && ck_tok_is (ctx, i, "originally") &&
               (ck_tok_is_punct (ctx, i - 1, ';') || ck_tok_is_punct (ctx, i - 1, ',')) && ck_tok_cap_word (ctx, i + 1))
        {
          j = i + 1;
          bare = TRUE;
        }
      else if (ck_tok_is (ctx, i, "published") || ck_tok_is (ctx, i, "appeared") || ck_tok_is (ctx, i, "reissued") ||
               ck_tok_is (ctx, i, "republished") || ck_tok_is (ctx, i, "reprinted") || ck_tok_is (ctx, i, "available"))
        j = i + 1;
      else
        continue;
      if (in_imprint_note (ctx, i))
        continue;
      gboolean abroad = FALSE;
      /* "published separately as", "appeared posthumously as" */
      if (ck_tok_lower_word (ctx, j) && ck_tok (ctx, j)->end - ck_tok (ctx, j)->start > 4 &&
          g_str_has_prefix (ctx->text + ck_tok (ctx, j)->end - 2, "ly") && ck_tok_is (ctx, j + 1, "as"))
        j++;
      /* "published in French as", "published in Germany as", "published
       * in Paris in 1972 as": up to two phrases of language, place or year */
      for (guint m = 0; m < 2 && ck_tok_is (ctx, j, "in"); m++)
        if (ck_tok (ctx, j + 1)->flags & CK_TOKF_CAP)
          {
            const CkToken *lt = ck_tok (ctx, j + 1);
            const char *code = ck_language_code (ctx->text + lt->start, lt->end - lt->start);
            if (code)
              lang = code;
            abroad |= code != NULL || ck_tok_in_lex (ctx, j + 1, CK_LEX_PLACES);
            j += 2;
          }
        else if (is_year_tok (ctx, j + 1))
          {
            year = j + 1;
            j += 2;
          }
        else
          break;
      if (!bare && !ck_tok_is (ctx, j, "as"))
        continue;
      s = bare ? j : j + 1;
      pe = para (ctx, ck_para_of (ctx, i))->tok_end;
      if (s >= pe || !(ck_tok (ctx, s)->flags & CK_TOKF_CAP) || ck_is_claimed (ctx, s, s + 1))
        continue;
      /* "available in English as T": the English title is no original */
      if (lang && strcmp (lang, "en") == 0)
        {
          lang = NULL;
          abroad = FALSE;
        }
      /* "published as T (Publisher, 2017)" with no language: a work of
       * its own with an imprint, title-imprint's */
      if (!lang && !abroad && !bare)
        {
          guint te = ck_title_span_forward (ctx, s, pe, TRUE), c;
          g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
          te = ck_title_range_tail (ctx, s, te, pe);
          if (te > s + 1 && ck_tok_is_punct (ctx, te, '(') && (c = paren_close (ctx, te, pe)) &&
              paren_imprint (ctx, probe, te, c) &&
              (ck_record_has (probe, CK_FIELD_PUBLISHER) || ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE)))
            continue;
          /* "later published as The Harbour Revolution, which …", "came
           * out in 1957 as Letters of T": an English title in title case
           * is a work of its own; its author comes from the context (a
           * foreign one is the original of a translation, below) */
          te = ck_ctx_comma_title_forward (ctx, s, te, pe);
          te = ck_title_end_in_clause (ctx, s, te);
          if (te > s && !apposed_to_title (ctx, i) && (ck_count_words (ctx, s, te) >= 2 || year) &&
              ck_title_plausible (ctx, s, te) &&
              !ck_ctx_names_person (ctx, s, te) && !ck_title_looks_foreign (ctx, s, te) &&
              !ck_run_names_occasion (ctx, s, te) &&
              !ck_tok_in_words (ctx, s, part_words) &&
              !ck_span_in_lex (ctx, s, te, CK_LEX_PERIODICALS) &&
              (te >= pe || ck_tok (ctx, te)->kind == CK_TOK_PUNCT || ck_tok_lower_word (ctx, te)))
            {
              guint end;
              g_autofree char *title = ck_span_dup (ctx, s, te);
              /* "After Lenin-and resolved": a dash glued to the next clause */
              char *dash = strrchr (title, '-');
              if (dash && (strcmp (dash, "-and") == 0 || strcmp (dash, "-or") == 0 || strcmp (dash, "-but") == 0))
                *dash = '\0';
              rec = ck_record_new (CK_TYPE_BOOK);
              ck_assemble_title (rec, g_steal_pointer (&title));
              if (year)
                ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year)->start), 0, 0));
              end = ck_imprint_after (ctx, rec, te, pe);
              ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, end - 1)->end, s, CK_MENTION_PRONOUN);
              ck_claim (ctx, s, end);
              i = end - 1;
              continue;
            }
        }
      /* a foreign title: any words up to punctuation */
      for (e = s; e < pe && e < s + 12; e++)
        {
          const CkToken *u = ck_tok (ctx, e);
          if (u->kind == CK_TOK_PUNCT && (u->ch == ',' || u->ch == '.' || u->ch == ';' || u->ch == '(' || u->ch == '['))
            break;
          if (u->kind == CK_TOK_QUOTE_OPEN || u->kind == CK_TOK_QUOTE_CLOSE)
            break;
          if (e > s && (ck_tok_is (ctx, e, "is") || ck_tok_is (ctx, e, "was") || ck_tok_is (ctx, e, "in") ||
                        ck_tok_is (ctx, e, "by") || ck_tok_is (ctx, e, "and")))
            break;
        }
      if (e == s)
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_record_take (rec, CK_FIELD_ORIGINAL_TITLE, ck_span_dup (ctx, s, e));
      ck_record_set (rec, CK_FIELD_ORIGINAL_LANGUAGE, lang);
      if (ck_tok_is_punct (ctx, e, '['))
        {
          guint c = paren_close (ctx, e, pe);
          if (c)
            {
              ck_record_take (rec, CK_FIELD_TRANSLATED_TITLE, ck_span_dup (ctx, e + 1, c));
              e = c + 1;
            }
        }
      if (ck_tok_is_punct (ctx, e, '(') && is_year_tok (ctx, e + 1) && ck_tok_is_punct (ctx, e + 2, ')'))
        {
          ck_record_take_date (rec, CK_DATE_ORIGINAL, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, e + 1)->start), 0, 0));
          e += 3;
        }
      /* "in The Court Title, first published in Germany as ORIGINAL": the
       * translation's own title just before (title-extend.c) */
      {
        guint ts = ck_title_before_published (ctx, i);
        if (ts != G_MAXUINT)
          {
            guint comma = ck_tok_is_punct (ctx, i - 1, ',') ? i - 1 : i - 2;
            ck_assemble_title (rec, ck_span_dup (ctx, ts, comma));
            ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, e - 1)->end, ts, CK_MENTION_PRONOUN);
            ck_claim (ctx, ts, e);
            i = e - 1;
            continue;
          }
      }
      ck_mention_add (ctx, det, rec, ck_tok (ctx, i)->start, ck_tok (ctx, e - 1)->end, i,
                      CK_MENTION_ATTACH | (ck_this_book_subject (ctx, i) ? CK_MENTION_DEICTIC : 0));
      ck_claim (ctx, s, e);
      i = e - 1;
    }
}

/* ------------------------------------------------------------ table */

/* The detectors in the order they run: the most specific first, because a
 * detector claims the tokens it reads. */
static const CkDetector detectors[] = {
  { "release-byline",   ck_detect_release_byline, 0.95, "\"TITLE / SUBTITLE / by Name ‧ RELEASE DATE: date\" and \"Name Issue: date\" in the footer" },
  { "print-line",       ck_detect_print_line,    0.90, "a site's note of the print edition: \"A version of this review appears in print on DATE, on Page P of the SECTION with the headline: H.\"" },
  { "venue-forms",      ck_detect_venue_forms,   0.90, "the text's own venue: \"Source: J, Vol. IV No. 2, May 1936\", datelines, page feet" },
  { "venue-line",       detect_venue_line,       0.90, "where the text itself appeared: \"MQR 12, July-August 1974\"" },
  { "journal-venue",    ck_detect_journal_venue, 0.90, "a journal's issue atop a review: \"JOURNAL, Vol. XXIX, No. 4 (Oct.-Dec. 1968)\", \"Name Review 2005.04.12\"" },
  { "cover-page",       ck_detect_cover_page,    0.95, "an archive's cover page: \"Reviewed Work(s): Title by Author\", \"Review by: Name\"" },
  { "web-citation",     detect_web_citation,     0.85, "a page's citation of itself: \"“Title,” Site, accessed …\"" },
  { "syllabus-heading", ck_detect_syllabus_heading, 0.0, "claims \"Week 3: Topic\" lines of a syllabus: no work" },
  { "name-column",      ck_detect_name_column,   0.80, "a list's rows: \"ADA VELL   The Salt Road\", or \"The Salt Road\" over \"ADA VELL\", repeated" },
  { "press-list",       ck_detect_press_list,    0.90, "a press's seasonal list: \"TITLE / Subtitle / By NAME / … / 456 pages. $7.50\" under the press's name" },
  { "catalogue-record", ck_detect_catalogue_record, 0.90, "a library record: \"Title: T / edited by X.\", \"Main Author: Family, Given\", \"Contents: a -- b\"" },
  { "marc-record",      ck_detect_marc_record,   0.90, "a record in MARC tags: \"245 14 |a Title / |c Name.\", \"260 __ |a Place : |b Firm, |c 1958.\"" },
  { "isbd-line",        ck_detect_isbd_line,     0.85, "one work a line: \"Title : sub / Given Family ; translated by X. -- Place : Publisher, 1984.\"" },
  { "style-entry",      ck_detect_style_entry,   0.85, "MLA, Chicago bibliography, Vancouver: \"Family, Given. Title. Publisher, Year.\", \"Family AB. Title. J Abbr. 1990;3(2):1-20.\"" },
  { "bookseller-entry", ck_detect_bookseller_entry, 0.90, "a dealer's entry: \"QUELL, Ada. Title. Place: Publisher, 1958. First edition. £45.\", \"Quell (Ada). Title. 1958.\"" },
  { "fact-box",         ck_detect_fact_box,      0.90, "a web fact box: \"Title\" / T / \"Author\" / A / \"Pages\" / 303" },
  { "author-date",      ck_detect_author_date,   0.85, "a reference list: \"Family, Given 2005 Title. Journal 28(3):623-649.\"" },
  { "narrative-cite",   ck_detect_narrative_cite, 0.0, "claims \"Held and Vail (1989)\" when the reference list has that entry: no work" },
  { "roundup-list",     ck_detect_roundup_list,  0.90, "a column's list of books, one a line: \"Ann Reed: Title. Firm. 16s.\", \"Title. Ann Reed. Firm, 16s.\"" },
  { "contents-list",    ck_detect_contents_list, 0.80, "a collection's contents, one a line: \"Ada Quell, The Salt Class Revisited\"" },
  { "stacked-lines",    ck_detect_stacked_lines, 0.90, "headers one a line: \"NAME: Title. Firm, 1965. 101 pp. 10s. 6d.\" twice or more" },
  { "stacked-comma",    ck_detect_stacked_comma, 0.90, "a header on two lines: \"Name, Title\" / \"Firm, 2019, 320 pages, £P\"" },
  { "comma-header",     ck_detect_comma_header,  0.90, "\"A and B, Title, Publisher, City, 1998. xii + 300 pp., £12.50\"" },
  { "dash-entry",       ck_detect_dash_entry,    0.90, "a weekly's list: \"TITLE--Name--Firm, 226 p., illus., $3.50.\"" },
  { "sentence-header",  ck_detect_sentence_header, 0.95, "a header in sentences: \"Author. Title. Place: Publisher, Year. N pp. $P.\"" },
  { "in-book",          ck_detect_in_book,       0.85, "\"A. Name, 'Essay', in his Book (London, 1967), pp. 9-30\", \"“Essay,” in Book, ed. B. Name (…)\"" },
  { "reference-entry",  ck_detect_reference_entry, 0.85, "notes and reading lists: \"Given Family, Title (Place: Publisher, Year)\"" },
  { "reading-line",     ck_detect_reading_lines, 0.75, "a syllabus's assignment: \"Required: Ada Vell, The Harbour Wall, chs. 1-3.\"" },
  { "note-entry",       ck_detect_note_entry,    0.80, "numbered notes without parentheses: \"1. A. Name, Title, Vol.1, Place Year, p.12.\"" },
  { "stacked-ruled",    ck_detect_stacked_ruled, 0.90, "a shop's list, a rule over each book: \"-----\" / \"Title\" / \"Name\" / \"Firm, 2019 | Paperback | 320 pages\"" },
  { "pipe-row",         ck_detect_pipe_rows,     0.90, "a catalogue's rows parted by bars: \"Title | Name | Firm | 2014 | 696 pp. | cloth $39.95\"" },
  { "header-block",     detect_header_block,     0.95, "book-trade headers: title, names, roles, imprint, extent, price" },
  { "stacked-header",   ck_detect_stacked_header, 0.90, "a header one field a line: \"Title\" / \"Name\" / \"Translated by X\" / \"Firm, 2019, 320 pages, £P\"" },
  { "notice-lead",      ck_detect_notice_lead,   0.90, "a notice opening with its header: \"TITLE. By Name. 565 pages. Publisher. $4.95. The …\"" },
  { "comma-citation",   ck_detect_comma_citation, 0.80, "\"Given Family, Title, 2nd edition (City: Publisher, 2004)\"" },
  { "comma-run",        ck_detect_comma_run,     0.75, "\"Given Family, Title, Place: Publisher, 1972\" in prose, no brackets" },
  { "title-by",         detect_title_by,         0.85, "\"Title by Author\", \"Title, by Author (Publisher, £P)\"" },
  { "title-year-by",    ck_detect_title_year_by, 0.80, "\"T (1985), by Ada Vell,\", \"T (1985), Ada Vell's first novel,\": the year between title and writer" },
  { "results-list",     ck_detect_results_list,  0.85, "a catalogue's brief record: \"1. Title : sub\" / \"by Family, Given\" / \"Place : Publisher, 2006\"" },
  { "catalogue",        detect_catalogue,        0.70, "catalogue fields on their own lines: \"Publisher: X\", \"268 pages\"" },
  { "catalogue-heading", detect_catalogue_heading, 0.70, "a catalogue page's heading as the reviewed book" },
  { "published-pair",   ck_detect_published_pair, 0.80, "\"ORIGINAL (1941) -- published here as T (Publisher, 1949)\"" },
  { "published-as",     detect_published_as,     0.80, "\"published in French as ORIGINAL\"" },
  { "quoted-article",   ck_detect_quoted_article, 0.80, "`Surname in \"Title?\" (Periodical, March 1961)`, `\"Title\" in The Periodical (May 3, 1984)`" },
  { "blurb-source",     ck_detect_blurb_source,  0.75, "a press notice signed with its paper: \"'A fine book' -- The Review\"" },
  { "periodical-issue", detect_periodical_issue, 0.75, "\"the Periodical (January 1934)\", \"(Periodical, March 1958 pp1-5)\"" },
  { "idem-article",     ck_detect_idem_article,  0.80, "\"Id., “Article,” Journal 29 (1986): 55-70\": the author of the citation before" },
  { "journal-article",  ck_detect_journal_article, 0.80, "`Family, \"Title?\" Journal 41 (1988): 12-30`" },
  { "reference-article", ck_detect_reference_article, 0.80, "`Family, \"Title,\" Journal 9, no. 2 (March 1940): 3-18`" },
  { "idem-ibid",        ck_detect_idem_ibid,     0.80, "\"idem, “Article,” ibid. 13 (1992): 44-60\": the author and periodical of the citation before" },
  { "classic-article",  ck_detect_classic_article, 0.80, "\"A. Name's 'Title', C.Q. N.S. x (1960), 84-102\": the comma outside the quotes, a roman volume" },
  { "numbered-heading", ck_detect_noncite,       0.0, "claims \"Chapter 3, 'T'\", \"Table 2 ('T')\", \"chapter titles: 'A', 'B'\": the reviewed book's own headings, no work" },
  { "html-italics",     detect_html_italics,     0.80, "\"<i>Title</i>\", \"<em>…</em>\", \"<cite>…</cite>\"" },
  { "place-year",       ck_detect_place_year,    0.75, "\"his Ada Quell: a life, New Haven–London 1996\": a title in prose closed by place and year, no brackets" },
  { "name-comma-title", ck_detect_name_comma_title, 0.70, "\"Ada Quell, The modern corporation and private salt (1932)\": a title in sentence case after its author" },
  { "possessive-title", ck_detect_possessive_title, 0.60, "\"in Ruth's Harbour or Pilot's Widow\": a list of titles that open with a possessive" },
  { "possessive",       detect_possessive,       0.80, "\"Author's Title (Place, Year)\"" },
  { "possessive-s",     ck_detect_possessive_s,  0.75, "\"Vallis' The Book of the Weir\": a name in s with the apostrophe alone" },
  { "possessive-lower", ck_detect_possessive_lower, 0.75, "\"Ada Quell's Salt, tides, and harbours (1997)\": a title in sentence case, dated in brackets" },
  { "name-paren-list",  detect_name_paren_list,  0.70, "\"Author (T1, 1991; T2, 1996)\"" },
  { "surname-paren-list", ck_detect_surname_paren_list, 0.65, "\"Surname (T1, 1991; T2, 1996)\"" },
  { "edited-paren",     ck_detect_edited_paren,  0.80, "\"The Social Life of Salt (Orr, ed. 1986)\": an edited book cited author-date style" },
  { "roundup-lead",     ck_detect_roundup_lead,  0.85, "a round-up's run-in lead: \"THE TITLE (Firm, 9s. 6d.) is a first novel …\"" },
  { "with-paren",       ck_detect_with_paren,    0.75, "\"his half of Title (with J. K. Name, 1973)\": a co-author and the year in brackets" },
  { "command-paper",    ck_detect_command_paper, 0.80, "\"the Report of the Committee on X (Cmd. 4060, 1932)\": a British official paper" },
  { "title-imprint",    detect_title_imprint,    0.75, "\"Title (Place: Publisher, Year)\", \"Title (1955 and 1977)\"" },
  { "paren-title",      ck_detect_paren_title,   0.70, "\"Vell's study (Title: Sub, Firm, 1988)\", \"her first novel (Title, 1988)\"" },
  { "foreign-gloss",    ck_detect_foreign_gloss, 0.65, "\"Horak's Zimní světlo [Winter Light]\": a title in its own language glossed in brackets" },
  { "foreign-marked",   ck_detect_foreign_marked, 0.60, "\"the Considérations sur le port de Brest\": a foreign title named bare, marked by its own linking word" },
  { "quoted-title",     detect_quoted,           0.75, "\"“Essay Title,” by Author\", quoted titles with a cue" },
  { "see-list",         detect_see_list,         0.70, "\"(see his T1 and T2)\"" },
  { "cue-list",         ck_detect_cue_list,      0.65, "\"her novels T1 and T2\", \"his plays T1, T2 and T3\"" },
  { "title-list",       detect_title_list,       0.70, "\"his novels, T1, and T2\", \"works of X's such as T\"" },
  { "time-possessive",  ck_detect_time_possessive, 0.60, "\"Last year's T was short\"" },
  { "published-title",  ck_detect_published_title, 0.65, "\"X, who published Title in 1859\"" },
  { "appositive-list",  ck_detect_appositive_list, 0.65, "\"two books of 1973, T1: Sub and T2: Sub\"" },
  { "opener-title",     ck_detect_opener_title,  0.55, "\"Like A Title, it …\", \"through The Title\"" },
  { "genre-of",         ck_detect_genre_of,      0.60, "\"the years of The Diary of Name\", \"The Collected Letters of Name\"" },
  { "name-in-title",    ck_detect_name_in_title, 0.55, "\"as Ada Vell put it in Notes on Salt,\", \"Ivo Orr in A Harbour of Glass,\"" },
  { "named-title",      ck_detect_named_title,   0.60, "\"a novel called T\", \"entitled T\", \"the trilogy he calls T\"" },
  { "title-year",       detect_title_year,       0.65, "\"introduction to T (1980)\", \"author of T\"" },
  { "bare-title-year",  ck_detect_bare_title_year, 0.65, "\"in The Title (1911)\", \"T1 (1961), T2 (1964) and T3 (1969)\", \"opened with T in 1994\"" },
  { "gloss-paren",      ck_detect_gloss_paren,   0.60, "\"T (the Vell-Orr compendium of 1929-30)\", \"T (a slim novel of 1951)\"" },
  { "cue-apposition",   ck_detect_cue_apposition, 0.60, "\"T, her second novel,\", \"T, published in 1988,\", \"her 2001 novel T\"" },
  { "wrote-title",      ck_detect_wrote_title,   0.60, "\"the same hand wrote T and a play\": a title as the object of a verb of writing" },
  { "prize-subject",    ck_detect_prize_subject, 0.60, "\"When T won the Hill Prize\": a title as the subject of winning a book prize" },
  { "verb-title",       ck_detect_verb_title,    0.60, "\"after Every Day Is Salt Day and Vacant Rooms had made her name\"" },
  { "glossed-periodical", ck_detect_glossed_periodical, 0.70, "\"Foreign Name (English Weekly)\"" },
  { "periodical",       detect_periodical,       0.75, "\"the journal T (English Gloss)\"" },
  { "prose-periodical", ck_detect_prose_periodical, 0.65, "\"first ran in the Daily Clarion\", \"wrote for the Harbour Review\", \"Time magazine\"" },
  { "pronoun-title",    detect_pronoun_title,    0.60, "\"his Title of Something\"" },
  { "prose-cue",        ck_detect_prose_cue,     0.60, "\"began with T\", \"read T\", \"the reception of T\", \"T, meanwhile,\", \"T (1977), a comic thriller\"" },
  { "prose-shape",      ck_detect_prose_shape,   0.55, "\"her enormous The T\", \"so is When the T, which\", \"his Lowland Trilogy\": titles marked by their shape" },
  { "prose-clause",     ck_detect_prose_clause,  0.55, "\"T, which won the Pulitzer\", \"Six years after T\", \"the Trollope of T\": titles a clause marks as works" },
  { "title-mend",       ck_detect_title_mend,    0.55, "\"T1 and And T2 (1931)\", \"in Britain as The T\": runs read across a title-case boundary, cut" },
  { "known-work",       ck_detect_known_work,    0.60, "\"from Middlemarch to The Magic Mountain\": a work data/lexicons/works.txt knows, named bare" },
  { "list-sibling",     ck_detect_list_sibling,  0.55, "\"T, A, B and C\", \"T1, …; T2; C; and T3\": the other items of a list holding a found title" },
  { "whose-title",      ck_detect_whose_title,   0.60, "\"Tocqueville, whose Democracy in America he quotes\": a title in title case after a writer's \"whose\"" },
  /* last: claims the later bare mentions of titles found above, no records */
  { "title-echo",       ck_detect_title_echo,    0.50, "\"… as it was in T.\": a found title named again, no person" },
};

guint
ck_names_cover (const CkExtractCtx *ctx, guint first, guint end)
{
  return names_cover (ctx, first, end);
}

void
ck_upper_to_title (char **str)
{
  upper_to_title (str);
}

const CkDetector *
ck_detectors (guint *out_n)
{
  if (out_n)
    *out_n = G_N_ELEMENTS (detectors);
  return detectors;
}

gboolean
ck_paren_imprint (CkExtractCtx *ctx, CkRecord *rec, guint open, guint close)
{
  return paren_imprint (ctx, rec, open, close);
}

guint
ck_imprint_after (CkExtractCtx *ctx, CkRecord *rec, guint te, guint limit)
{
  guint c;
  if (!(ck_tok_is_punct (ctx, te, '(') || ck_tok_is_punct (ctx, te, '[')))
    return te;
  c = paren_close (ctx, te, limit);
  return c && paren_imprint (ctx, rec, te, c) ? c + 1 : te;
}

guint
ck_paren_close (const CkExtractCtx *ctx, guint open, guint limit)
{
  return paren_close (ctx, open, limit);
}
