/* detect-bookseller.c — a dealer's or auction house's entry: the heading
 * (the author inverted, the family name often in capitals), the title, the
 * imprint, then the description of the copy and its price:
 *
 *   12. QUELL, Ada. The Glass Orchard. London: Harwell Press, 1958. First
 *       edition. 8vo, original cloth, a little rubbed. £45.
 *   Quell (Ada). The Glass Orchard. 1958.
 *   STRAND (Orla). The Iron Meadow. Leeds: Gannet Books, 1974. Fine. £30.
 *
 * The heading is "Family, Given." or the older "Family (Given)." at the
 * start of a line (after an item number); the title is the next sentence;
 * the sentence after it must read wholly as an imprint with a year.  That
 * is what keeps prose out: a person's name at a line's start is common,
 * but "Name. Words. Place: Firm, 1958." is an entry and nothing else.
 * The description after the imprint ("First edition.", "8vo, original
 * cloth.", "Inscribed by the author.") is the copy's; its edition,
 * binding and price are read, and the rest is left to the other
 * detectors, as it often names other works ("with its sequel, T (1934)"),
 * but a second work of the lot after "[With:]" is read here.  An entry
 * ends at a blank line or at a line that opens the next entry.
 *
 * The same shape serves two neighbours: a library card, its heading on a
 * line of its own ("Quell, Ada, 1921-" over "The glass orchard, by Ada
 * Quell. London, Harwell Press, 1958."), and an auction lot, "QUELL
 * (ADA) The Glass Orchard, first edition, …, Harwell Press, 1958.", its
 * title closed by the first comma and its year the last in the lot.
 * Between title and imprint may come a subtitle sentence, role sentences
 * ("Translated by X.") and the edition.  Entry-shaped lines that are no
 * book stay out: a biographical note ("Poet and translator.", "Born in
 * …"), an address, a letter's full date, a library holding papers.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "scholar-shapes.h"
#include <stdlib.h>
#include <string.h>

#define BK_MAX_GIVEN_WORDS  4
#define BK_MAX_TITLE_WORDS 30
#define BK_MAX_LINES        8    /* lines of one entry, description included */

/* "12.", "12)", "[12]" (and "12:" when @colon) at @f, an item's or a
 * note's number: the token after it, or @f. */
guint
ck_item_mark_end (const CkExtractCtx *ctx, guint f, guint e, gboolean colon)
{
  if (f + 2 < e && ck_tok (ctx, f)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, f)->flags & CK_TOKF_YEAR) &&
      ck_tok (ctx, f)->end - ck_tok (ctx, f)->start <= 4 &&
      (ck_tok_is_punct (ctx, f + 1, '.') || ck_tok_is_punct (ctx, f + 1, ')') || (colon && ck_tok_is_punct (ctx, f + 1, ':'))))
    return f + 2;
  if (f + 3 < e && ck_tok_is_punct (ctx, f, '[') && ck_tok (ctx, f + 1)->kind == CK_TOK_NUMBER &&
      ck_tok_is_punct (ctx, f + 2, ']'))
    return f + 3;
  return f;
}

/* "[CORNFORD.] SLOAN (Pat), editor.": the dealer's subject in brackets
 * before the heading; the token after it, or @f. */
static guint
after_subject (const CkExtractCtx *ctx, guint f, guint e)
{
  guint c;
  if (f + 3 >= e || !ck_tok_is_punct (ctx, f, '[') || !(ck_tok (ctx, f + 1)->flags & CK_TOKF_UPPER))
    return f;
  /* "[KINGLAKE (Alexander William)]." is a heading the dealer supplied,
   * no subject: a bracket holding a parenthesis is left to it */
  for (c = f + 2; c < e && c < f + 6 && !ck_tok_is_punct (ctx, c, ']'); c++)
    if (ck_tok_is_punct (ctx, c, '('))
      return f;
  return c + 1 < e && ck_tok_is_punct (ctx, c, ']') ? c + 1 : f;
}

/* A catalogue's bare lot number set apart by two spaces or more before
 * a heading in capitals ("112  QUELL (A.B.)  Title."), or by one when it
 * opens the line before "FAMILY (" or "FAMILY,": the token after it, or
 * @f.  The wide gap is the dealer's column; "3 MEN" in prose has one
 * space. */
static guint
after_bare_number (const CkExtractCtx *ctx, guint f, guint e)
{
  const CkToken *t = ck_tok (ctx, f);
  /* "3   [CORNFORD.] SLOAN (Pat)": the dealer's subject after the gap */
  gboolean bracket = f + 3 < e && ck_tok_is_punct (ctx, f + 1, '[') && (ck_tok (ctx, f + 2)->flags & CK_TOKF_UPPER);
  if (f + 2 < e && t->kind == CK_TOK_NUMBER && !(t->flags & CK_TOKF_YEAR) && t->end - t->start <= 4 &&
      ((ck_tok (ctx, f + 1)->flags & CK_TOKF_UPPER) || bracket) && ctx->text[t->end] == ' ' &&
      ((ck_tok (ctx, f + 1)->start >= t->end + 2 && ctx->text[t->end + 1] == ' ') ||
       /* "121 BELL (Ada)." opening its line: one space, but the heading's
        * own shape, a family name in capitals before its bracket or comma */
       (ck_tok (ctx, f)->nl > 0 && ck_tok (ctx, f + 1 + bracket)->end - ck_tok (ctx, f + 1 + bracket)->start >= 2 &&
        (ck_tok_is_punct (ctx, f + 2 + bracket, '(') || ck_tok_is_punct (ctx, f + 2 + bracket, ',')))))
    {
      for (const char *p = ctx->text + t->start; p < ctx->text + t->end; p++)
        if (!g_ascii_isdigit (*p))
          return f;
      return f + 1;
    }
  return f;
}

/* A word that may be part of a family name: capitalised, not a place, a
 * publisher's word or a sentence opener ("However"). */
static gboolean
family_word (const CkExtractCtx *ctx, guint k)
{
  /* "LAWRENCE (T. E.)", "LONDON (Jack)": a place's name in capitals
   * before a parenthesis of given names is a family name */
  if ((ck_tok (ctx, k)->flags & CK_TOKF_UPPER) && ck_tok (ctx, k)->end - ck_tok (ctx, k)->start > 2 &&
      ck_tok_is_punct (ctx, k + 1, '(') && ck_tok_in_lex (ctx, k, CK_LEX_PLACES))
    return TRUE;
  return ck_tok (ctx, k)->kind == CK_TOK_WORD && (ck_tok (ctx, k)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER)) &&
         !ck_tok_in_lex (ctx, k, CK_LEX_PLACES) && !ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS) &&
         !ck_tok_in_lex (ctx, k, CK_LEX_NON_NAMES) && !ck_tok_in_lex (ctx, k, CK_LEX_MONTHS);
}

/* The given names in [s,e): one to four capitalised words or initials,
 * none of them a place or publisher's word, nor (after a family name in
 * capitals) in capitals itself unless a known given name. */
static gboolean
given_run (const CkExtractCtx *ctx, guint s, guint e, gboolean upper_family)
{
  guint words = 0;
  if (s >= e)
    return FALSE;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      /* the stop of an initial, or of a short form ("H. St. J. B.") */
      if (ck_tok_is_punct (ctx, k, '.') && k > s &&
          ((ck_tok (ctx, k - 1)->flags & CK_TOKF_INITIAL) ||
           (ck_tok (ctx, k - 1)->kind == CK_TOK_WORD && ck_tok (ctx, k - 1)->end - ck_tok (ctx, k - 1)->start <= 3)))
        continue;
      if (t->kind != CK_TOK_WORD || !(t->flags & (CK_TOKF_CAP | CK_TOKF_UPPER)) ||
          (ck_tok_in_lex (ctx, k, CK_LEX_PLACES) && !ck_tok_in_lex (ctx, k, CK_LEX_GIVEN_NAMES)) ||
          ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS))
        return FALSE;
      if (upper_family && (t->flags & CK_TOKF_UPPER) && t->end - t->start > 1 && !ck_tok_in_lex (ctx, k, CK_LEX_GIVEN_NAMES))
        return FALSE;
      if (++words > BK_MAX_GIVEN_WORDS)
        return FALSE;
    }
  return words > 0;
}

/* Whether token @k is a year or a span of years ("1899-1970", "1921-"). */
static gboolean
life_dates (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  const char *p = ctx->text + t->start;
  if (t->flags & CK_TOKF_YEAR)
    return TRUE;
  return t->kind == CK_TOK_NUMBER && t->end - t->start >= 5 && g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) &&
         g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) && (p[4] == '-' || p[4] == '?');
}

/* "Read, Herbert Edward, 1893-": a family name that is also a common
 * word ("Read", "Will", "Young") heads a card when life dates close its
 * line after the given names. */
static gboolean
common_family_dated (const CkExtractCtx *ctx, guint k, guint e)
{
  if (!ck_tok_cap_word (ctx, k) || !ck_tok_is_punct (ctx, k + 1, ',') || ck_tok_in_lex (ctx, k, CK_LEX_PLACES) ||
      ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS) || ck_tok_in_lex (ctx, k, CK_LEX_MONTHS))
    return FALSE;
  for (guint j = k + 2; j < e && j < k + 12 && ck_tok (ctx, j)->nl == 0; j++)
    if (ck_tok_is_punct (ctx, j - 1, ',') && life_dates (ctx, j) && ck_tok_cap_word (ctx, j - 2) &&
        (j + 1 >= e || ck_tok (ctx, j + 1)->nl >= 1 || ck_tok_is_punct (ctx, j + 1, '.') ||
         ck_tok_is_punct (ctx, j + 1, '-')))
      return TRUE;
  return FALSE;
}

/* The heading at @f: "FAMILY, Given." "Family, G. H." "Family (Given)."
 * with life dates allowed before the stop ("QUELL, Ada, 1921-1999.").
 * Adds the author to @rec and returns the token after the stop, or @f. */
static guint
heading_at (const CkExtractCtx *ctx, guint f, guint e, CkRecord *rec, gboolean *lot)
{
  guint k = f, fe, gs, ge, f2 = 0, gs2 = 0, ge2 = 0;
  gboolean upper_family, initials = FALSE, paren = FALSE, stopped = FALSE;
  CkRole role = CK_ROLE_AUTHOR;
  g_autofree char *family = NULL, *given = NULL;
  if (k >= e || !(family_word (ctx, k) || common_family_dated (ctx, k, e)))
    return f;
  /* the family name: one word, or up to three in capitals ("DE LA MARE") */
  upper_family = (ck_tok (ctx, k)->flags & CK_TOKF_UPPER) != 0;
  k++;
  while (upper_family && k < e && k < f + 3 && family_word (ctx, k) && (ck_tok (ctx, k)->flags & CK_TOKF_UPPER))
    k++;
  fe = k;
  if (k + 2 >= e)
    return f;
  gs = k + 1;
  if (ck_tok_is_punct (ctx, k, '('))
    {
      /* "Quell (Ada)." */
      paren = TRUE;
      /* "(Major R. E.)", "(Sir Richard)": the rank is no given name */
      if (gs + 1 < e && ck_tok_is_honorific (ctx, gs) && !ck_tok_is_punct (ctx, gs + 1, ')'))
        gs += ck_tok_is_punct (ctx, gs + 1, '.') ? 2 : 1;
      ge = gs;
      while (ge < e && ge < gs + 2 * BK_MAX_GIVEN_WORDS && !ck_tok_is_punct (ctx, ge, ')'))
        ge++;
      if (ge >= e || !ck_tok_is_punct (ctx, ge, ')') || !given_run (ctx, gs, ge, upper_family))
        return f;
      k = ge + 1;
      /* "CAUDWELL (Christopher) [i.e. Christopher St John Sprigg].": the
       * dealer's gloss on a pen name */
      if (k + 2 < e && ck_tok_is_punct (ctx, k, '[') && ck_tok_lower_word (ctx, k + 1))
        {
          guint c = k + 1;
          while (c < e && c < k + 12 && !ck_tok_is_punct (ctx, c, ']'))
            c++;
          if (c < e && ck_tok_is_punct (ctx, c, ']'))
            k = c + 1;
        }
      /* "AUDEN (W. H.) and Christopher ISHERWOOD.": the second author
       * in reading order, the family name in capitals */
      if (upper_family && k + 3 < e && ck_tok_is (ctx, k, "and") && ck_tok_cap_word (ctx, k + 1) &&
          !(ck_tok (ctx, k + 1)->flags & CK_TOKF_UPPER))
        {
          guint g2 = k + 1, c2 = g2;
          while (c2 < e && c2 < g2 + BK_MAX_GIVEN_WORDS && ck_tok_cap_word (ctx, c2) &&
                 !(ck_tok (ctx, c2)->flags & CK_TOKF_UPPER))
            c2++;
          if (c2 + 1 < e && c2 > g2 && (ck_tok (ctx, c2)->flags & CK_TOKF_UPPER) && family_word (ctx, c2) &&
              ck_tok (ctx, c2)->end - ck_tok (ctx, c2)->start > 1 && ck_tok_is_punct (ctx, c2 + 1, '.') &&
              given_run (ctx, g2, c2, FALSE))
            {
              f2 = c2;
              gs2 = g2;
              ge2 = c2;
              k = c2 + 1;
            }
        }
      /* "SPENDER (Stephen) and LEHMANN (John), editors." */
      if (k + 4 < e && ck_tok_is (ctx, k, "and") && family_word (ctx, k + 1) && ck_tok_is_punct (ctx, k + 2, '('))
        {
          guint g2 = k + 3, c2 = g2;
          while (c2 < e && c2 < g2 + 2 * BK_MAX_GIVEN_WORDS && !ck_tok_is_punct (ctx, c2, ')'))
            c2++;
          if (c2 < e && ck_tok_is_punct (ctx, c2, ')') && given_run (ctx, g2, c2, upper_family))
            {
              f2 = k + 1;
              gs2 = g2;
              ge2 = c2;
              k = c2 + 1;
            }
        }
    }
  else if (ck_tok_is_punct (ctx, k, ','))
    {
      /* "Ada", "Ada Beth", "A. B.", "Ada B."; after initials a word goes
       * on the name only when it is a known given name closing it
       * ("QUELL, A. Ada."), else the initial's stop ends the heading */
      guint j = gs, words = 0;
      while (j < e && words < BK_MAX_GIVEN_WORDS)
        {
          if ((ck_tok (ctx, j)->flags & CK_TOKF_INITIAL) && j + 1 < e && ck_tok_is_punct (ctx, j + 1, '.'))
            {
              j += 2;
              words++;
              initials = TRUE;
              continue;
            }
          if (ck_tok (ctx, j)->kind == CK_TOK_WORD && (ck_tok (ctx, j)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER)) &&
              !(initials && !(ck_tok_in_lex (ctx, j, CK_LEX_GIVEN_NAMES) && j + 1 < e &&
                              (ck_tok_is_punct (ctx, j + 1, '.') || ck_tok_is_punct (ctx, j + 1, ',')))))
            {
              j++;
              words++;
              initials = FALSE;
              continue;
            }
          break;
        }
      ge = j;
      if (ge == gs || !given_run (ctx, gs, ge, upper_family))
        return f;
      /* "Lind, Piet von.": the family name's particle after the given names */
      if (ge + 1 < e && ck_tok_lower_word (ctx, ge) && ck_tok_in_lex (ctx, ge, CK_LEX_PARTICLES) &&
          ck_tok_is_punct (ctx, ge + 1, '.'))
        ge++;
      k = ge;
      /* "QUELL, A. B. (Ada Beth).": the fuller form spells the initials
       * out and is no part of the name */
      if (k + 2 < e && ck_tok_is_punct (ctx, k, '(') && ck_tok_cap_word (ctx, k + 1) &&
          !(ck_tok (ctx, k + 1)->flags & CK_TOKF_YEAR))
        {
          guint c = k + 1;
          while (c < e && c < k + 6 && ck_tok_cap_word (ctx, c))
            c++;
          if (c < e && ck_tok_is_punct (ctx, c, ')'))
            {
              k = c + 1;
              initials = FALSE;
            }
        }
    }
  else
    return f;
  /* "(editor)", "(ed.)", ", ed.", ", editor": the heading names an editor */
  {
    static const char * const ed_words[] = { "ed", "eds", "editor", "editors", NULL };
    if (k + 1 < e && (ck_tok_is_punct (ctx, k, '(') || ck_tok_is_punct (ctx, k, ',')) &&
        ck_tok_lower_word (ctx, k + 1) && ck_tok_in_words (ctx, k + 1, ed_words))
      {
        gboolean open = ck_tok_is_punct (ctx, k, '(');
        guint j = k + 2;
        if (j < e && ck_tok_is_punct (ctx, j, '.') && (open || j + 1 >= e || ck_tok_cap_word (ctx, j + 1)))
          j++;   /* "ed." — also the heading's stop when no ")" follows */
        if (open)
          {
            if (j >= e || !ck_tok_is_punct (ctx, j, ')'))
              return f;
            j++;
          }
        role = CK_ROLE_EDITOR;
        k = j;
        initials = FALSE;
        if (!open && ck_tok_is_punct (ctx, j - 1, '.'))
          stopped = TRUE;
      }
  }
  /* "MOORE, Barrington, Jr.": the suffix after the given names */
  if (k + 2 < e && ck_tok_is_punct (ctx, k, ',') && (ck_tok_is (ctx, k + 1, "Jr") || ck_tok_is (ctx, k + 1, "Sr")) &&
      ck_tok_is_punct (ctx, k + 2, '.'))
    {
      k += 2;   /* its stop is the heading's */
      initials = FALSE;
    }
  /* ", 1921-1999" or " (1921-1999)" (a span may be one token) */
  if (k + 1 < e && ck_tok_is_punct (ctx, k, ',') && life_dates (ctx, k + 1))
    {
      k += 2;
      while (k < e && (ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, 0x2013) || life_dates (ctx, k)))
        k++;
      initials = FALSE;
    }
  else if (k + 2 < e && ck_tok_is_punct (ctx, k, '(') && life_dates (ctx, k + 1))
    {
      guint c = k + 2;
      while (c < e && c < k + 6 && !ck_tok_is_punct (ctx, c, ')'))
        c++;
      if (c >= e || !ck_tok_is_punct (ctx, c, ')'))
        return f;
      k = c + 1;
      initials = FALSE;
    }
  if (!initials && !stopped)
    {
      /* a card's heading is a line of its own, its stop often left off
       * after open dates ("Quell, Ada, 1921-"); an auction lot's
       * "QUELL (ADA) Title, …" has none either */
      /* "[KINGLAKE (Alexander William)]." */
      if (k + 1 < e && f > 0 && ck_tok_is_punct (ctx, f - 1, '[') && ck_tok_is_punct (ctx, k, ']') &&
          ck_tok_is_punct (ctx, k + 1, '.'))
        k++;
      if (k < e && ck_tok_is_punct (ctx, k, '.'))
        k++;
      else if (k < e && ck_tok (ctx, k)->nl > 0)
        ;
      else if (k < e && paren && lot && ck_tok_cap_word (ctx, k))
        *lot = TRUE;
      else
        return f;
    }
  if (k >= e)
    return f;
  family = ck_span_dup (ctx, f, fe);
  given = ck_span_dup (ctx, gs, ge);
  if (upper_family)
    ck_upper_to_title (&family);
  ck_record_add_name_unique (rec, ck_name_new_personal (role, family, given));
  if (f2)
    {
      g_autofree char *family2 = ck_span_dup (ctx, f2, f2 + 1);
      g_autofree char *given2 = ck_span_dup (ctx, gs2, ge2);
      if (upper_family)
        ck_upper_to_title (&family2);
      ck_record_add_name_unique (rec, ck_name_new_personal (role, family2, given2));
    }
  return k;
}

/* An extent in lower case at @k: "xiv, 348 pp.", "pp. xii + 310". */
static gboolean
lower_extent_at (const CkExtractCtx *ctx, guint k, guint e)
{
  const CkToken *t;
  if (k >= e || !ck_tok_lower_word (ctx, k))
    return FALSE;
  if (ck_tok_is (ctx, k, "pp") || ck_tok_is (ctx, k, "pp."))
    return TRUE;
  t = ck_tok (ctx, k);
  for (guint32 b = t->start; b < t->end; b++)
    if (!strchr ("ivxlc", ctx->text[b]))
      return FALSE;
  for (guint q = k + 1; q < e && q < k + 5; q++)
    if (ck_tok_is (ctx, q, "pp") || ck_tok_is (ctx, q, "p"))
      return TRUE;
  return FALSE;
}

/* "Retour de l'U.R.S.S. Paris: …": the last stop of a glued acronym ends
 * the sentence too when a place or a role ("Translated by") follows ("T. S.
 * Eliot" is spaced, and goes on; "the Voyage of H.M.S. Beagle" goes on
 * with the ship). */
static gboolean
acronym_end (const CkExtractCtx *ctx, guint k, guint e)
{
  CkRole role;
  return k >= 3 && k + 1 < e && ck_tok_is_punct (ctx, k - 2, '.') && ck_tok (ctx, k - 2)->end == ck_tok (ctx, k - 1)->start &&
         (ck_tok (ctx, k)->flags & CK_TOKF_SPACE) && ck_tok_cap_word (ctx, k + 1) &&
         !(ck_tok (ctx, k + 1)->flags & CK_TOKF_INITIAL) &&
         (ck_tok_in_lex (ctx, k + 1, CK_LEX_PLACES) || ck_role_phrase_at (ctx, k + 1, e, &role) > k + 1);
}

/* The end of the sentence opening at @s (the token after its stop, which
 * is followed by a capital, a digit, a quote, an extent in lower case or
 * the entry's end), or @e. */
static guint
sentence_end (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s + 1; k < e; k++)
    if ((ck_tok_is_punct (ctx, k, '.') && (!(ck_tok (ctx, k - 1)->flags & CK_TOKF_INITIAL) || acronym_end (ctx, k, e)) &&
         !(ck_tok_is_honorific (ctx, k - 1) && ck_tok (ctx, k - 1)->end - ck_tok (ctx, k - 1)->start <= 3 &&
           k + 1 < e && ck_tok_cap_word (ctx, k + 1))) ||
        ck_tok_is_punct (ctx, k, '?') || ck_tok_is_punct (ctx, k, '!'))
      {
        /* "Mr. Bennett and Mrs. Brown.": a short title's stop is no
         * sentence's */
        if (k + 1 >= e)
          return e;
        if (!(ck_tok (ctx, k)->flags & CK_TOKF_SPACE))
          continue;
        /* "Open Court Pub. Co., 1942": a firm's abbreviation goes on */
        if (ck_tok_is (ctx, k - 1, "Pub") || ck_tok_is (ctx, k - 1, "Publ"))
          continue;
        if (ck_tok (ctx, k + 1)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER) || ck_tok (ctx, k + 1)->kind == CK_TOK_NUMBER ||
            ck_tok (ctx, k + 1)->kind == CK_TOK_QUOTE_OPEN || ck_tok (ctx, k + 1)->kind == CK_TOK_PUNCT ||
            lower_extent_at (ctx, k + 1, e))
          return k + 1;
      }
  return e;
}

/* Whether [s,e) reads as a sentence of prose: an auxiliary verb among
 * mostly lower-case words ("She was born in a small town."), after a
 * pronoun or in a sentence longer than a title ("The world we have
 * lost" is a short title with a verb). */
static gboolean
prose_sentence (const CkExtractCtx *ctx, guint s, guint e)
{
  static const char * const aux[] = { "is", "was", "are", "were", "has", "have", "had", "will", "would",
                                      "can", "could", "does", "did", NULL };
  static const char * const pronouns[] = { "He", "She", "It", "They", "This", "There", "These", "His", "Her",
                                           "Their", "Its", NULL };
  for (guint k = s; k < e; k++)
    if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, aux))
      return ck_tok_in_words (ctx, s, pronouns) || ck_count_words (ctx, s, e) > 6 || !ck_tok_cap_word (ctx, s);
  return FALSE;
}

/* Callings that open a biographical dictionary's entry ("VELL, Ben.
 * Poet and translator. Leeds, 1899."): a "title" made of them and
 * function words is a person's description.  One word a row, singular. */
static const char * const callings[] = {
  "poet", "novelist", "writer", "author", "historian", "critic", "essayist", "dramatist", "playwright",
  "journalist", "editor", "translator", "philosopher", "scholar", "painter", "artist", "composer",
  "musician", "architect", "engineer", "scientist", "physician", "surgeon", "lawyer", "politician",
  "statesman", "diplomat", "soldier", "teacher", "professor", "clergyman", "priest", "economist",
  "sociologist", "anthropologist", "biographer", "illustrator", "publisher", "bookseller", "printer",
  "engraver", "sculptor", "actor", "actress", "explorer", "traveller", "naturalist", "botanist", "antiquary",
  "collector", "mathematician", "astronomer", "inventor", "missionary", "bishop", "judge", "merchant",
  "born", "died", "b", "d", "fl", "English", "American", "British", "Irish", "Scottish", "Welsh", NULL,
};

/* Whether every word of [s,e) is a calling or a function word. */
static gboolean
calling_only (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      gsize n = t->end - t->start;
      if (t->kind != CK_TOK_WORD || (t->flags & CK_TOKF_FUNC) || ck_tok_is (ctx, k, "and"))
        continue;
      /* plurals and feminines too: "poets", "poetess" is rare enough */
      if (ck_tok_in_words (ctx, k, callings))
        continue;
      if (n > 2 && ctx->text[t->end - 1] == 's')
        {
          gboolean hit = FALSE;
          for (guint q = 0; callings[q] && !hit; q++)
            hit = strlen (callings[q]) == n - 1 && g_ascii_strncasecmp (ctx->text + t->start, callings[q], n - 1) == 0;
          if (hit)
            continue;
        }
      return FALSE;
    }
  return TRUE;
}

/* The imprint sentence [s,e): "Place: Publisher, Year", "Place, Year",
 * "Publisher, Year" or the year alone, wholly; read into @rec. */
static gboolean
imprint_into (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  g_autofree char *val = NULL;
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 0, known;
  while (e > s && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  if (e <= s)
    return FALSE;
  /* "London, 12 March 1958." dates a letter or a manuscript: a book's
   * imprint gives the year */
  for (guint k = s; k + 1 < e; k++)
    if (ck_tok_in_lex (ctx, k, CK_LEX_MONTHS) && ck_tok_cap_word (ctx, k) &&
        ((k > s && ck_tok (ctx, k - 1)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, k - 1)->flags & CK_TOKF_YEAR)) ||
         (ck_tok (ctx, k + 1)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, k + 1)->flags & CK_TOKF_YEAR))))
      return FALSE;
  val = ck_catalogue_value_copy (ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end);
  /* "[New York] Gannet Books [1949]": a card's supplied place and year,
   * their brackets standing for the commas */
  if (ck_tok_is_punct (ctx, s, '['))
    {
      char *close = strchr (val, ']');
      gsize vl;
      if (close && close > val + 1)
        {
          char *fixed;
          *close = '\0';
          fixed = g_strdup_printf ("%s,%s", val + 1, close + 1);
          g_free (val);
          val = fixed;
        }
      vl = strlen (val);
      /* "… Books 1949": the year, freed of its brackets, after no comma */
      if (vl > 6 && g_ascii_isdigit (val[vl - 1]) && val[vl - 5] == ' ' && val[vl - 6] != ',')
        {
          char *fixed = g_strdup_printf ("%.*s, %s", (int) (vl - 5), val, val + vl - 4);
          g_free (val);
          val = fixed;
        }
    }
  known = ck_assemble_elements (probe, val, 0, strlen (val), CK_ELEM_BLOCK, &unknown);
  /* "Leith, Gannet university press; London, H. Orr, Oxford
   * university press, 1929": a card names the co-publisher after a
   * semicolon; the first firm and the year are the book's */
  if ((known == 0 || unknown > 0) && strchr (val, ';'))
    {
      const char *semi = strchr (val, ';'), *comma = strrchr (val, ',');
      if (comma && comma > semi)
        {
          char *fixed = g_strdup_printf ("%.*s%s", (int) (semi - val), val, comma);
          g_free (val);
          val = fixed;
          g_clear_pointer (&probe, ck_record_unref);
          probe = ck_record_new (CK_TYPE_BOOK);
          unknown = 0;
          known = ck_assemble_elements (probe, val, 0, strlen (val), CK_ELEM_BLOCK, &unknown);
        }
    }
  if (known == 0 || unknown > 0 || !ck_record_get_date (probe, CK_DATE_ISSUED))
    return FALSE;
  /* "Harwell University Library, 1958": a library or archive holds
   * papers, it publishes no books */
  if (ck_record_has (probe, CK_FIELD_PUBLISHER))
    {
      static const char * const holders[] = { "Library", "Archive", "Archives", "Museum", "Record Office",
                                              "Collection", "Collections", NULL };
      const char *pub = ck_record_get (probe, CK_FIELD_PUBLISHER);
      for (guint k = 0; holders[k]; k++)
        if (strstr (pub, holders[k]))
          return FALSE;
    }
  ck_assemble_elements (rec, val, 0, strlen (val), CK_ELEM_BLOCK, NULL);
  return TRUE;
}

/* "In: The Harbour Gazette, vol. II for 1867, pp. 353-356." at @s: an
 * article a dealer lists by its periodical.  Reads the periodical, its
 * volume, number, date and pages into @rec (made an article) and returns
 * the token after them, or @s. */
static guint
periodical_in_into (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  guint k = s + 1, cs, ce, year = 0, vol = 0, iss = 0, ps = 0, pe = 0, month = 0;
  if (!ck_tok_is (ctx, s, "In") || !ck_tok_cap_word (ctx, s))
    return s;
  if (ck_tok_is_punct (ctx, k, ':'))
    k++;
  cs = k;
  while (k < e && k < cs + 12 && (ck_tok_cap_word (ctx, k) || (k > cs && (ck_tok (ctx, k)->flags & CK_TOKF_FUNC))))
    k++;
  ce = k;
  if (ce == cs || !ck_tok_is_punct (ctx, k, ','))
    return s;
  while (k < e)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (ck_tok_is_punct (ctx, k, ',') || ck_tok_is_punct (ctx, k, '.') || ck_tok_is (ctx, k, "for"))
        k++;
      else if ((ck_tok_is (ctx, k, "vol") || ck_tok_is (ctx, k, "volume")) && k + 2 < e)
        {
          k += ck_tok_is_punct (ctx, k + 1, '.') ? 2 : 1;
          if (!(ck_tok (ctx, k)->kind == CK_TOK_NUMBER || ck_roman_volume_tok (ctx, k)))
            return s;
          vol = k++;
        }
      else if (ck_tok_is (ctx, k, "no") && k + 2 < e && ck_tok_is_punct (ctx, k + 1, '.') && ck_tok (ctx, k + 2)->kind == CK_TOK_NUMBER)
        {
          iss = k + 2;
          k += 3;
        }
      else if ((ck_tok_is (ctx, k, "pp") || ck_tok_is (ctx, k, "p")) && k + 2 < e && ck_tok_is_punct (ctx, k + 1, '.') &&
               ck_tok (ctx, k + 2)->kind == CK_TOK_NUMBER)
        {
          ps = k + 2;
          pe = ps + 1;
          if (pe + 1 < e && (ck_tok_is_punct (ctx, pe, '-') || ck_tok_is_punct (ctx, pe, 0x2013)) &&
              ck_tok (ctx, pe + 1)->kind == CK_TOK_NUMBER)
            pe += 2;
          k = pe;
        }
      else if (ck_tok_in_lex (ctx, k, CK_LEX_MONTHS) && ck_tok_cap_word (ctx, k))
        month = k++;
      else if (t->flags & CK_TOKF_YEAR)
        {
          if (!year)
            year = k;
          k++;
        }
      else
        break;
    }
  if (!year || !(vol || ps))
    return s;
  ck_record_set_type (rec, CK_TYPE_ARTICLE_JOURNAL);
  ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, cs, ce));
  if (vol)
    ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, vol));
  if (iss)
    ck_record_take (rec, CK_FIELD_ISSUE, ck_tok_dup (ctx, iss));
  if (ps)
    ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, ps, pe));
  {
    g_autofree char *date = month ? ck_span_dup (ctx, month, year + 1) : ck_tok_dup (ctx, year);
    CkDate *d = ck_date_parse (date);
    if (!d || d->year == 0)
      {
        if (d)
          ck_date_free (d);
        d = ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year)->start), 0, 0);
      }
    ck_record_take_date (rec, CK_DATE_ISSUED, d);
  }
  return k;
}

/* Whether [s,e) reads as an imprint (imprint_into() on a scratch record). */
static gboolean
imprint_probe (const CkExtractCtx *ctx, guint s, guint e)
{
  g_autoptr(CkRecord) scratch = ck_record_new (CK_TYPE_BOOK);
  return imprint_into (ctx, s, e, scratch);
}

/* An auction lot's run of commas after the title, [s,e): the year is the
 * last one in it, and the piece before it is the publisher or place when
 * it reads as one ("…, 8vo, Harwell Press, 1958."). */
static gboolean
lot_imprint_into (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  guint y = e, c;
  for (guint k = s; k < e; k++)
    if (ck_tok (ctx, k)->flags & CK_TOKF_YEAR)
      y = k;
  if (y == e || !(y + 1 == e || ck_tok_is_punct (ctx, y + 1, '.') || ck_tok_is_punct (ctx, y + 1, ',')))
    return FALSE;
  c = y;
  if (c > s && ck_tok_is_punct (ctx, c - 1, ','))
    c--;
  while (c > s && !ck_tok_is_punct (ctx, c - 1, ','))
    c--;
  if (c < y)
    {
      g_autofree char *val = ck_catalogue_value_copy (ctx->text, ck_tok (ctx, c)->start, ck_tok (ctx, y)->end);
      g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
      guint unknown = 0;
      if (ck_assemble_elements (probe, val, 0, strlen (val), CK_ELEM_BLOCK, &unknown) > 0 && unknown == 0 &&
          ck_record_get_date (probe, CK_DATE_ISSUED))
        {
          ck_assemble_elements (rec, val, 0, strlen (val), CK_ELEM_BLOCK, NULL);
          return TRUE;
        }
    }
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, y)->start), 0, 0));
  return TRUE;
}

/* The fields a description of the copy may state about the edition:
 * edition, binding and price, from sentences that are elements alone. */
/* "820p maps bibl index 35.00", "363p bibl index 75-7346": a review
 * card's collation, the extent glued to its "p" and the trade's words
 * (and the Library of Congress card number) after it, into @probe's
 * number of pages. */
static gboolean
card_extent (const char *val, CkRecord *probe)
{
  g_autoptr(GMatchInfo) mi = NULL;
  static GRegex *card = NULL;
  if (g_once_init_enter (&card))
    g_once_init_leave (&card, g_regex_new ("^(?:[ivxlc]+,\\s*)?(\\d{1,5})p(?:\\s+(?:maps?|bibl|index|illus|ill|afp|pa|"
                                           "plates|tables|\\d+\\.\\d\\d|\\$\\d+\\.\\d\\d|\\d\\d-\\d{2,7}|;))*$", 0, 0, NULL));
  if (ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES) || !g_regex_match (card, val, 0, &mi))
    return FALSE;
  ck_record_take (probe, CK_FIELD_NUMBER_OF_PAGES, g_match_info_fetch (mi, 1));
  return TRUE;
}

static void
description_into (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  static const CkField keep[] = { CK_FIELD_EDITION, CK_FIELD_BINDING, CK_FIELD_PRICE, CK_FIELD_NUMBER_OF_PAGES };
  for (guint a = s; a < e;)
    {
      guint b = sentence_end (ctx, a, e), be;
      g_autofree char *val = NULL;
      g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
      guint unknown = 0;
      /* "… a sound set.      £165\n     First edition.": the price
       * closes its line, and the statement below it is one of its own */
      for (guint k = a + 1; k < b; k++)
        if (ck_tok (ctx, k)->nl >= 1 && ck_tok (ctx, k - 1)->kind == CK_TOK_NUMBER)
          {
            b = k;
            break;
          }
      be = b;
      while (be > a && ck_tok_is_punct (ctx, be - 1, '.'))
        be--;
      if (be > a)
        {
          val = ck_catalogue_value_copy (ctx->text, ck_tok (ctx, a)->start, ck_tok (ctx, be - 1)->end);
          ck_assemble_elements (probe, val, 0, strlen (val), CK_ELEM_INLINE, &unknown);
          if (card_extent (val, probe))
            unknown = 0;
          for (guint q = 0; q < G_N_ELEMENTS (keep); q++)
            if (ck_record_has (probe, keep[q]) && !ck_record_has (rec, keep[q]) &&
                (unknown == 0 || keep[q] == CK_FIELD_PRICE))
              ck_record_set (rec, keep[q], ck_record_get (probe, keep[q]));
        }
      a = b > a ? b : a + 1;
    }
}

/* Whether line @l opens an entry: an item number or a heading. */
static gboolean
opens_entry (const CkExtractCtx *ctx, guint l)
{
  const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint f = ck_item_mark_end (ctx, ln->tok_first, ln->tok_end, FALSE);
  if (f > ln->tok_first)
    return TRUE;
  f = after_bare_number (ctx, f, ln->tok_end);
  return heading_at (ctx, f, ln->tok_end, probe, NULL) > f;
}

/* Whether [s,e) is a description of the copy and nothing else ("First
 * edition", "Octavo"): elements alone, none of them an imprint's. */
static gboolean
copy_sentence (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  g_autofree char *val = NULL;
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 0;
  if (e <= s)
    return FALSE;
  val = ck_catalogue_value_copy (ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end);
  if (ck_assemble_elements (probe, val, 0, strlen (val), CK_ELEM_INLINE, &unknown) == 0 || unknown > 0 ||
      ck_record_has (probe, CK_FIELD_PUBLISHER) || ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE) ||
      ck_record_get_date (probe, CK_DATE_ISSUED))
    return FALSE;
  if (ck_record_has (probe, CK_FIELD_EDITION) && !ck_record_has (rec, CK_FIELD_EDITION))
    ck_record_set (rec, CK_FIELD_EDITION, ck_record_get (probe, CK_FIELD_EDITION));
  return TRUE;
}

/* "2 vols.", "8vo.", "2 vols. 8vo": the number of volumes and the format
 * as sentences of their own between title and imprint; the volumes go
 * into @rec. */
static gboolean
format_sentence (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  static const char * const formats[] = { "folio", "fol", "4to", "8vo", "12mo", "16mo", "18mo", "24mo", "32mo",
                                          "quarto", "octavo", "duodecimo", "sm", "large", "small", "tall", NULL };
  gboolean any = FALSE;
  for (guint k = s; k < e; k++)
    {
      if (ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, ','))
        continue;
      if (ck_tok (ctx, k)->kind == CK_TOK_NUMBER && k + 1 < e &&
          (ck_tok_is (ctx, k + 1, "vols") || ck_tok_is (ctx, k + 1, "volumes")))
        {
          if (!ck_record_has (rec, CK_FIELD_NUMBER_OF_VOLUMES))
            ck_record_take (rec, CK_FIELD_NUMBER_OF_VOLUMES, ck_tok_dup (ctx, k));
          k++;
          any = TRUE;
          continue;
        }
      if (!ck_tok_in_words (ctx, k, formats))
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* "Orig. cloth, spines faded.", "Frontispieces, plates and folding map.",
 * "Boards, rebacked.": a dealer's words for the copy's body and binding,
 * set as sentences of their own before the imprint in older catalogues.
 * Every word is such a word or a small joining one. */
/* The words of a copy's physical description */
static const char * const physical[] = {
  "orig", "original", "cloth", "boards", "calf", "morocco", "vellum", "wrappers", "wraps", "buckram", "roan",
  "sheep", "half", "quarter", "full", "rebacked", "recased", "spine", "spines", "backstrip", "plates", "plate",
  "frontispiece", "frontispieces", "frontis", "map", "maps", "folding", "illustrations", "illus", "engravings",
  "engraved", "woodcuts", "portrait", "portraits", "diagrams", "figures", "coloured", "colored", "hand-coloured",
  "faded", "rubbed", "foxed", "foxing", "worn", "soiled", "uncut", "unopened", "gilt", "edges", "top", "marbled",
  "dust", "jacket", "wrapper", "bookplate", "inscribed", "signed", "ex-library", "binding", "bound", "sewn",
  "joints", "cracked", "head", "tail", "slightly", "little", "lightly", "some", "a", "and", "with", "of", "in",
  "at", "the", "few", "good", "fine", "fair", "copy", "tables", "text", "leaves", "title", "title-page",
  "damp-stained", "browned", "chipped", "torn", "repaired", "sunned", "green", "red", "blue", "brown", "black",
  NULL
};

static gboolean
physical_sentence (const CkExtractCtx *ctx, guint s, guint e)
{
  guint words = 0, own = 0;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_PUNCT && (t->ch == ',' || t->ch == '.' || t->ch == '(' || t->ch == ')' || t->ch == ';'))
        continue;
      if (t->kind != CK_TOK_WORD || (k > s && !(t->flags & CK_TOKF_LOWER)))
        return FALSE;
      if (!ck_tok_in_words (ctx, k, physical))
        return FALSE;
      words++;
      own += !(t->flags & CK_TOKF_FUNC);
    }
  return own > 0 && words <= 12;
}

/* "Folding diagram; 32 pp. publisher's advertisements dated June 1859 at
 * end.": a longer note on the copy, opening on a physical word and
 * counting something, which physical_sentence() cannot read whole */
static gboolean
physical_note (const CkExtractCtx *ctx, guint s, guint e)
{
  if (!ck_tok_cap_word (ctx, s) || !ck_tok_in_words (ctx, s, physical) || (ck_tok (ctx, s)->flags & CK_TOKF_FUNC))
    return FALSE;
  for (guint k = s + 1; k < e; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_NUMBER || ck_tok_is_punct (ctx, k, ';'))
      return TRUE;
  return FALSE;
}

/* Small words no line of an entry ends on: the sentence runs on */
static const char * const run_on[] = { "by", "of", "and", "the", "with", "in", "for", "to", "a", "an", NULL };

/* Whether [s,e) reads as a dealer's note on the copy: half its words
 * or more are the trade's ("First issue, with the advertisements dated
 * June 1859", "Original cloth, corners bumped"), not prose's ("Cloth,
 * walked along the quay at night"). */
static gboolean
copy_note (const CkExtractCtx *ctx, guint s, guint e)
{
  static const char * const trade[] = {
    "first", "second", "third", "issue", "state", "printing", "impression", "advertisements", "ads", "dated",
    "corners", "corner", "endpapers", "endpaper", "renewed", "bumped", "neatly", "ends", "defective", "printed",
    "contemporary", "inscription", "presentation", "misprint", "p", "pp", "lacking", "wanting", "lithographed",
    "errata", "slip", "label", "labels", "stained", "spotting", "spotted", "nicked", "frayed", "darkened",
    "publisher's", "publishers", "catalogue", "list", "half-title", "leaf", "otherwise", "clean", "very",
    "nice", "bright", "sound", "tight", NULL };
  guint own = 0, hits = 0;
  /* a series in brackets, a volume's number, an extent: the book's
   * particulars, whatever their words */
  if (ck_tok_is_punct (ctx, s, '('))
    return !prose_sentence (ctx, s, e);
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_NUMBER)
        return !prose_sentence (ctx, s, e);
      if (t->kind != CK_TOK_WORD || (t->flags & CK_TOKF_FUNC))
        continue;
      own++;
      hits += ck_tok_in_words (ctx, k, physical) || ck_tok_in_words (ctx, k, trade);
    }
  return hits > 0 && hits * 2 >= own;
}

/* Whether one of the next sentences from @s reads as an imprint. */
static gboolean
imprint_ahead (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint j = 0; j < 6 && s < e; j++)
    {
      guint se = sentence_end (ctx, s, e);
      if (imprint_probe (ctx, s, se))
        return TRUE;
      s = se;
    }
  return FALSE;
}

/* "Sixth edition, with additions and corrections.", "2nd edn, revised and
 * enlarged.": an edition stated before a comma and qualified after it —
 * the copy's description too; the edition goes into @rec. */
static gboolean
edition_sentence (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  guint c = s;
  /* "Amended and enl. ed.", "New ed., rev.": a short statement that
   * closes on the edition's word */
  {
    static const char * const ed_words[] = { "ed", "edn", "edition", NULL };
    guint last = e;
    while (last > s && ck_tok_is_punct (ctx, last - 1, '.'))
      last--;
    if (last > s + 1 && ck_count_words (ctx, s, last) <= 6 && ck_tok_in_words (ctx, last - 1, ed_words) &&
        ck_tok_lower_word (ctx, last - 1) && !ck_tok_in_lex (ctx, s, CK_LEX_PLACES))
      {
        if (!ck_record_has (rec, CK_FIELD_EDITION))
          ck_record_take (rec, CK_FIELD_EDITION, ck_span_dup (ctx, s, last));
        return TRUE;
      }
  }
  while (c < e && !ck_tok_is_punct (ctx, c, ','))
    c++;
  if (c >= e || c == s || c > s + 4)
    return FALSE;
  for (guint k = c + 1; k < e; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_WORD && !ck_tok_lower_word (ctx, k))
      return FALSE;
  {
    g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
    if (!copy_sentence (ctx, s, c, probe) || !ck_record_has (probe, CK_FIELD_EDITION))
      return FALSE;
    if (!ck_record_has (rec, CK_FIELD_EDITION))
      ck_record_set (rec, CK_FIELD_EDITION, ck_record_get (probe, CK_FIELD_EDITION));
  }
  return TRUE;
}

/* "1965." at @k (before @e), a year as a sentence of its own: the token
 * after its stop, or @k. */
static guint
year_sentence (const CkExtractCtx *ctx, guint k, guint e)
{
  if (k < e && (ck_tok (ctx, k)->flags & CK_TOKF_YEAR) && (k + 1 == e || ck_tok_is_punct (ctx, k + 1, '.')))
    return k + 1 < e ? k + 2 : k + 1;
  return k;
}

/* Whether token @k is a roman numeral ("ii", "XIV"). */
static gboolean
roman_tok (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  if (t->kind != CK_TOK_WORD || t->end - t->start > 6)
    return FALSE;
  for (const char *p = ctx->text + t->start; p < ctx->text + t->end; p++)
    if (!strchr ("ivxlcIVXLC", *p))
      return FALSE;
  return TRUE;
}

/* Whether token @k is a volume's number, in arabic or roman figures. */
static gboolean
volume_number (const CkExtractCtx *ctx, guint k)
{
  return ck_tok (ctx, k)->end - ck_tok (ctx, k)->start <= 6 && (ck_tok (ctx, k)->kind == CK_TOK_NUMBER || roman_tok (ctx, k));
}

/* "Vol. ii: The Subtitle" in [s,e), the sentence after the title of a
 * volume of a work in several: the volume into @rec; returns where the
 * volume's own title starts (@s when there is no volume). */
static guint
volume_prefix (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  guint k = s + 1, ke;
  if (!(ck_tok_is (ctx, s, "Vol") || ck_tok_is (ctx, s, "Volume") || ck_tok_is (ctx, s, "Vols") ||
        ck_tok_is (ctx, s, "Volumes")))
    return s;
  if (k < e && ck_tok_is_punct (ctx, k, '.'))
    k++;
  if (k + 1 >= e || !volume_number (ctx, k))
    return s;
  ke = k + 1;
  /* "Vols. III and IV", "Vols. 3-4": the volumes the notice covers */
  if ((ck_tok_is (ctx, s, "Vols") || ck_tok_is (ctx, s, "Volumes")) && ke + 1 < e &&
      (ck_tok_is (ctx, ke, "and") || ck_tok_is_punct (ctx, ke, '-') || ck_tok_is_punct (ctx, ke, 0x2013)) &&
      volume_number (ctx, ke + 1))
    ke += 2;
  if (ke >= e || (!ck_tok_is_punct (ctx, ke, ':') && !ck_tok_is_punct (ctx, ke, '.')))
    return s;
  ck_record_take (rec, CK_FIELD_VOLUME, ck_span_dup (ctx, k, ke));
  return ke + 1;
}

/* "The glass orchard, by Ada Quell." (an older card's statement), "…
 * of the sea [by] Ada Vell": the names after "by", from @k on, are the
 * work's, no part of its title; returns where the title (or subtitle)
 * ending at @te stops. */
static guint
by_statement (const CkExtractCtx *ctx, guint k0, guint te, CkRecord *rec)
{
  for (guint k = k0; k + 1 < te; k++)
    {
      /* ", by Name" or "[by] Name" */
      gboolean bracket = ck_tok_is_punct (ctx, k - 1, '[') && ck_tok_is_punct (ctx, k + 1, ']');
      if (ck_tok_is (ctx, k, "by") && ck_tok_lower_word (ctx, k) && (ck_tok_is_punct (ctx, k - 1, ',') || bracket))
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          guint ne = ck_names_forward (ctx, bracket ? k + 2 : k + 1, te, CK_ROLE_AUTHOR, names);
          if (ne != te || names->len == 0)
            break;
          if (ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0)
            for (guint q = 0; q < names->len; q++)
              ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
          te = k - 1;
          while (te > k0 && ck_tok_is_punct (ctx, te - 1, ','))
            te--;
          break;
        }
    }
  return te;
}

/* The body of an entry from @ts, after its heading: the title (italic,
 * or the sentence; an auction @lot's to its first comma), then the
 * subtitle, role and edition sentences, then the imprint, read into @rec.
 * Returns the token after the imprint, or 0 when it is no entry. */
static guint
entry_body (const CkExtractCtx *ctx, guint ts, guint e, gboolean lot, CkRecord *rec, guint *title_s)
{
  guint te, is, ie = 0, sub_s = 0, sub_e = 0;
  /* "THORNDIKE, LYNN. — A History …": a journal's dash after the heading */
  while (ts + 1 < e && (ck_tok_is_punct (ctx, ts, 0x2014) || ck_tok_is_punct (ctx, ts, 0x2013) ||
                        ck_tok_is_punct (ctx, ts, '-')))
    ts++;
  if (ts >= e)
    return 0;
  /* "<i>Title</i>." */
  {
    guint it = ck_italic_tag_at (ctx, ts, e, FALSE);
    if (it > ts)
      {
        guint close = 0;
        for (guint k = it; k < e && k < it + 3 * BK_MAX_TITLE_WORDS && !close; k++)
          if (ck_italic_tag_at (ctx, k, e, TRUE) > k)
            close = k;
        if (!close || close == it)
          return 0;
        ts = it;
        te = close;
        is = ck_italic_tag_at (ctx, close, e, TRUE);
        while (is < e && (ck_tok_is_punct (ctx, is, '.') || ck_tok_is_punct (ctx, is, ',')))
          is++;
        goto title_done;
      }
  }
  /* the title: the next sentence, in title or sentence case */
  if (!(ck_tok (ctx, ts)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER)) && ck_tok (ctx, ts)->kind != CK_TOK_NUMBER)
    return 0;
  is = sentence_end (ctx, ts, e);
  /* "Das Salz. Eine Geschichte der Salinen. Zweiter Teil.\nLeipzig:
   * Firm, 1851.": a title of several sentences on a line of its own, the
   * imprint on the next line: the first sentence is the title, the rest
   * of the line its subtitle */
  te = is;
  if (!lot && ck_tok (ctx, ts)->nl >= 1 && is < e && ck_tok (ctx, is)->nl == 0)
    {
      guint le = is, ne;
      while (le < e && ck_tok (ctx, le)->nl == 0)
        le++;
      ne = le + 1;
      while (ne < e && ck_tok (ctx, ne)->nl == 0)
        ne++;
      /* (not "Drawings by X." or another statement of responsibility) */
      gboolean by = FALSE;
      for (guint k = is; k < le && !by; k++)
        by = ck_tok_lower_word (ctx, k) && (ck_tok_is (ctx, k, "by") || ck_tok_is (ctx, k, "with"));
      if (!by && le < e && le > is + 1 && ck_tok_is_punct (ctx, le - 1, '.') && ck_tok (ctx, le)->nl == 1 &&
          imprint_probe (ctx, le, ne))
        {
          sub_s = is;
          sub_e = le - 1;
          is = le;
        }
    }
  /* an auction lot's title ends at its first comma: "The Title, first
   * edition, original cloth, 8vo, Firm, 1958." */
  if (lot)
    for (guint k = ts + 1; k < is; k++)
      if (ck_tok_is_punct (ctx, k, ','))
        {
          te = k;
          break;
        }
  if (lot && te == is)
    return 0;
  if (te < e || ck_tok_is_punct (ctx, te - 1, '.'))
    while (te > ts && ck_tok_is_punct (ctx, te - 1, '.'))
      te--;
  te = by_statement (ctx, ts + 2, te, rec);
  /* "On aggression; tr. by Marjorie Kerr Wilson." (a review card's
   * statement): the role and its names after the semicolon */
  for (guint k = ts + 1; k + 2 < te; k++)
    if (ck_tok_is_punct (ctx, k, ';'))
      {
        CkRole role = CK_ROLE_AUTHOR;
        guint re = ck_role_phrase_at (ctx, k + 1, te, &role);
        g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
        if (re > k + 1 && role != CK_ROLE_AUTHOR && ck_names_forward (ctx, re, te, role, names) == te && names->len > 0)
          {
            for (guint q = 0; q < names->len; q++)
              ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
            te = k;
          }
        break;
      }
title_done:
  /* "Title / Given Family.": a library card's statement of
   * responsibility closes the title */
  for (guint k = ts + 1; k < te; k++)
    if (ck_tok_is_punct (ctx, k, '/') && (ck_tok (ctx, k)->flags & CK_TOKF_SPACE) &&
        (ck_tok (ctx, k - 1)->flags & CK_TOKF_SPACE))
      {
        te = k;
        break;
      }
  /* "The Naturalist on the River Amazons, a record of adventures, …,
   * during eleven years of travel.": an old title's long descriptive
   * tail, after a comma and a small word, is no part of the short title */
  if (ck_count_words (ctx, ts, te) > BK_MAX_TITLE_WORDS)
    for (guint k = ts + 2; k + 1 < te; k++)
      if (ck_tok_is_punct (ctx, k, ',') && ck_tok_lower_word (ctx, k + 1))
        {
          te = k;
          break;
        }
  if (te <= ts || (is >= e && !lot) || ck_count_words (ctx, ts, te) > BK_MAX_TITLE_WORDS ||
      prose_sentence (ctx, ts, te) || calling_only (ctx, ts, te) ||
      /* "AUDEN (W.H.). Spain. Firm, 1937.": in the title's place a
       * place's name is the title */
      !(ck_title_plausible (ctx, ts, te) || (te == ts + 1 && ck_tok_in_lex (ctx, ts, CK_LEX_PLACES))))
    return 0;
  /* a biographical note ("Born in Leeds.", "Educated at …") or an address
   * ("12 High Street."), not a title */
  {
    static const char * const bio[] = { "born", "died", "educated", "married", "lived", "resident", NULL };
    if (ck_tok_in_words (ctx, ts, bio) ||
        (ck_tok (ctx, ts)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, ts)->flags & CK_TOKF_YEAR) &&
         ck_count_words (ctx, ts, te) <= 4))
      return 0;
  }
  if (lot)
    {
      ie = is;
      if (!lot_imprint_into (ctx, te + 1, ie, rec))
        return 0;
    }
  else
    {
      /* between the title and the imprint: the subtitle as a sentence
       * of its own ("A Novel."), role sentences ("Translated by X.",
       * "With an introduction by Y.") and the edition ("First edition.") */
      gboolean found = FALSE;
      /* "Vol. ii: The Volume's Title." or "Vol. 2. Its Title." */
      guint vp = volume_prefix (ctx, is, e, rec);
      if (vp > is)
        {
          guint se = sentence_end (ctx, vp, e), sbe = se;
          while (sbe > vp && ck_tok_is_punct (ctx, sbe - 1, '.'))
            sbe--;
          is = vp;
          if (sbe > vp && ck_tok_cap_word (ctx, vp) && ck_count_words (ctx, vp, sbe) <= 12 &&
              !prose_sentence (ctx, vp, sbe) && ck_title_plausible (ctx, vp, sbe) && !imprint_probe (ctx, vp, se))
            {
              sub_s = vp;
              sub_e = sbe;
              is = se;
            }
        }
      for (guint j = 0; j < 10 && is < e && !found; j++)
        {
          CkRole role;
          guint be;
          /* a card's areas open with ISBD's dashes: ". -- London : …" */
          while (is + 1 < e && (ck_tok_is_punct (ctx, is, '-') || ck_tok_is_punct (ctx, is, 0x2014) ||
                                ck_tok_is_punct (ctx, is, 0x2013) ||
                                /* "xxiv + 827 p.; xviii + 767 p.": two volumes' extents */
                                ck_tok_is_punct (ctx, is, ';')))
            is++;
          /* "(London: Gannet & Co. 1948. Pp. 312. 10s. 6d.)": a journal's
           * list of new books brackets the imprint with its extent */
          if (ck_tok_is_punct (ctx, is, '(') && is + 2 < e && ck_tok_cap_word (ctx, is + 1))
            {
              guint c = is + 1;
              while (c < e && c < is + 4 && ck_tok_cap_word (ctx, c))
                c++;
              if (ck_tok_is_punct (ctx, c, ':'))
                is++;
            }
          /* "[New York: Gannet, 1836.]": an imprint the cataloguer supplied */
          if (ck_tok_is_punct (ctx, is, '[') && is + 1 < e)
            {
              guint ce = is + 1;
              while (ce < e && ce < is + 24 && !ck_tok_is_punct (ctx, ce, ']'))
                ce++;
              if (ce < e && ck_tok_is_punct (ctx, ce, ']') && imprint_into (ctx, is + 1, ce, rec))
                {
                  ie = ce + 1;
                  if (ck_tok_is_punct (ctx, ie, '.'))
                    ie++;
                  found = TRUE;
                  break;
                }
              /* "[2d ed.]  New York, Gannet, 1958.": the edition
               * the cataloguer supplied, then the imprint */
              if (ce < e && ck_tok_is_punct (ctx, ce, ']') && ce + 1 < e &&
                  edition_sentence (ctx, is + 1, ce, rec))
                {
                  is = ce + 1;
                  if (ck_tok_is_punct (ctx, is, '.'))
                    is++;
                  continue;
                }
            }
          /* "In: The Harbour Gazette, vol. II for 1867, pp. 353-356." */
          if ((ie = periodical_in_into (ctx, is, e, rec)) > is)
            {
              found = TRUE;
              break;
            }
          ie = sentence_end (ctx, is, e);
          be = ie;
          while (be > is && ck_tok_is_punct (ctx, be - 1, '.'))
            be--;
          /* "[New York] Gannet Books [1949]" / "xxiii, 416 p. …": a card's
           * imprint ends with its line (a supplied one, or one closed by
           * its stop), the collation below it */
          for (guint k = is + 1; k < ie && !found; k++)
            if (ck_tok (ctx, k)->nl >= 1 &&
                (ck_tok_is_punct (ctx, is, '[') || ck_tok_is_punct (ctx, k - 1, '.') || ck_tok_is_punct (ctx, k - 1, ']') ||
                 /* "Press, 1952-": a set still coming out */
                 (ck_tok_is_punct (ctx, k - 1, '-') && (ck_tok (ctx, k - 2)->flags & CK_TOKF_YEAR))) &&
                imprint_into (ctx, is, k, rec))
              {
                ie = be = k;
                found = TRUE;
              }
          if (found)
            break;
          if (imprint_into (ctx, is, ie, rec))
            found = TRUE;
          /* "Cambridge: University Press. 1965.": a journal's notice
           * gives the year a sentence of its own */
          else if (year_sentence (ctx, ie, e) > ie && imprint_into (ctx, is, year_sentence (ctx, ie, e), rec))
            {
              found = TRUE;
              ie = year_sentence (ctx, ie, e);
            }
          else if (ck_role_phrase_at (ctx, is, be, &role) > is)
            ck_catalogue_resp_into (ctx, rec, is, be);
          else if (copy_sentence (ctx, is, be, rec) || edition_sentence (ctx, is, be, rec) ||
                   format_sentence (ctx, is, be, rec) || physical_sentence (ctx, is, be) || physical_note (ctx, is, be))
            ;
          /* (an old book's subtitle may run long: "A record of adventures,
           * …, during eleven years of travel.") */
          else if (j == 0 && sub_e == 0 && ck_tok_cap_word (ctx, is) && ck_count_words (ctx, is, be) <= BK_MAX_TITLE_WORDS &&
                   !prose_sentence (ctx, is, be) && ck_title_plausible (ctx, is, be))
            {
              sub_s = is;
              sub_e = by_statement (ctx, is + 2, be, rec);
            }
          /* a note on the copy in the dealer's own words ("corners a
           * little rubbed", "First issue, with …"): passed over when an
           * imprint follows in the entry */
          else if (!copy_note (ctx, is, be) || !imprint_ahead (ctx, ie, e))
            break;
          if (!found)
            is = ie;
        }
      if (!found)
        return 0;
    }
  if (ck_is_claimed (ctx, ts, ie))
    return 0;
  {
    g_autofree char *title = ck_catalogue_value_copy (ctx->text, ck_tok (ctx, ts)->start, ck_tok (ctx, te - 1)->end);
    /* a title in capitals is set as the dealer sets the heading */
    gboolean upper = TRUE;
    for (guint k = ts; k < te; k++)
      if (ck_tok (ctx, k)->kind == CK_TOK_WORD && !(ck_tok (ctx, k)->flags & CK_TOKF_UPPER) &&
          ck_tok (ctx, k)->end - ck_tok (ctx, k)->start > 1)
        upper = FALSE;
    if (upper)
      ck_upper_to_title (&title);
    /* "Tide and marsh; a study of …": a card's semicolon before the
     * other title information in lower case, as a colon */
    {
      char *semi = strstr (title, "; ");
      if (semi && !strchr (title, ':') && g_ascii_islower (semi[2]) && strncmp (semi + 2, "or,", 3) != 0 &&
          strncmp (semi + 2, "or ", 3) != 0)
        *semi = ':';
    }
    if (sub_e > sub_s)
      {
        g_autofree char *subt = ck_span_dup (ctx, sub_s, sub_e);
        char *both = g_strdup_printf ("%s: %s", title, subt);
        g_free (title);
        title = both;
      }
    ck_assemble_title (rec, g_steal_pointer (&title));
  }
  if (!ck_record_has (rec, CK_FIELD_TITLE))
    return 0;
  *title_s = ts;
  return ie;
}

/* "[With:]", "With:", "Bound with:", "Together with:" at @k in an entry's
 * description: a second work in the same lot; the token after it, or @k. */
static guint
with_marker_at (const CkExtractCtx *ctx, guint k, guint e)
{
  guint j = k;
  gboolean bracket = ck_tok_is_punct (ctx, j, '[');
  if (bracket)
    j++;
  if (j + 1 < e && (ck_tok_is (ctx, j, "Bound") || ck_tok_is (ctx, j, "Together")) && ck_tok_is (ctx, j + 1, "with"))
    j++;
  if (!(j + 1 < e && ck_tok_is (ctx, j, "with") && ck_tok_is_punct (ctx, j + 1, ':')))
    return k;
  j += 2;
  if (bracket)
    {
      if (j >= e || !ck_tok_is_punct (ctx, j, ']'))
        return k;
      j++;
    }
  return j;
}

/* The last line of the entry that opens at line @l: the lines that wrap
 * it, up to a blank line or the next entry. */
static guint
entry_last_line (const CkExtractCtx *ctx, guint l)
{
  guint last = l, para = ck_para_of (ctx, g_array_index (ctx->t->lines, CkLine, l).tok_first);
  guint col = ck_tok (ctx, g_array_index (ctx->t->lines, CkLine, l).tok_first)->col;
  /* a line set in from the entry's first is its wrap, whatever it reads
   * as ("  City, N. Y., Firm, 1953." is no heading "Family, Given.") */
  while (last + 1 < ctx->t->lines->len && last + 1 < l + BK_MAX_LINES &&
         ck_para_of (ctx, g_array_index (ctx->t->lines, CkLine, last + 1).tok_first) == para &&
         (ck_tok (ctx, g_array_index (ctx->t->lines, CkLine, last + 1).tok_first)->col > col || !opens_entry (ctx, last + 1)))
    last++;
  return last;
}

/* The entry at line @l whose heading is a dash, its title at @ts: the
 * author is @names, the heading of the entry above.  The entry's
 * paragraph becomes the one the next dash may follow. */
static void
ditto_entry (CkExtractCtx *ctx, const CkDetector *det, guint l, guint ts, const GPtrArray *names, guint *prev_para)
{
  const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
  guint para = ck_para_of (ctx, ln->tok_first), e = g_array_index (ctx->t->lines, CkLine, entry_last_line (ctx, l)).tok_end;
  guint ie, title_s = 0;
  g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
  for (guint q = 0; q < names->len; q++)
    ck_record_take_name (rec, ck_name_copy (g_ptr_array_index (names, q)));
  ie = entry_body (ctx, ts, e, FALSE, rec, &title_s);
  /* a dealer's entry still: a firm or a year after the title */
  if (ie == 0 || !(ck_record_has (rec, CK_FIELD_PUBLISHER) || ck_record_get_date (rec, CK_DATE_ISSUED)))
    return;
  description_into (ctx, ie, e, rec);
  ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, ts)->start, ck_tok (ctx, ie - 1)->end, title_s, 0);
  ck_claim (ctx, ln->tok_first, ie);
  *prev_para = para;
}

void
ck_detect_bookseller_entry (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n_lines = ctx->t->lines->len, prev_para = 0;
  g_autoptr(GPtrArray) prev_names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  for (guint l = 0; l < n_lines; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      guint f, e, ts, ie, last = l, para, title_s = 0;
      gboolean lot = FALSE;
      g_autoptr(CkRecord) rec = NULL;
      CkRecord *owner;
      if (ln->tok_first >= ln->tok_end || ck_is_claimed (ctx, ln->tok_first, ln->tok_end))
        continue;
      f = ck_item_mark_end (ctx, ln->tok_first, ln->tok_end, FALSE);
      if (f == ln->tok_first)
        f = after_bare_number (ctx, f, ln->tok_end);
      f = after_subject (ctx, f, ln->tok_end);
      if (f + 1 < ln->tok_end && ck_tok_is_punct (ctx, f, '[') && family_word (ctx, f + 1))
        f++;
      rec = ck_record_new (CK_TYPE_BOOK);
      /* "202  —— The Orators. Firm, 1932.": a dash in the heading's place
       * repeats the author of the entry above */
      if (f + 1 < ln->tok_end && ck_tok (ctx, f)->kind == CK_TOK_NUMBER &&
          (ck_tok_is_punct (ctx, f + 1, 0x2014) || ck_tok_is_punct (ctx, f + 1, '-')))
        f++;   /* the item's number before the dash */
      if (f < ln->tok_end && (ck_tok_is_punct (ctx, f, 0x2014) || ck_tok_is_punct (ctx, f, '-')) && prev_names->len > 0)
        {
          guint ds = f;
          while (ds < ln->tok_end && (ck_tok_is_punct (ctx, ds, 0x2014) || ck_tok_is_punct (ctx, ds, '-')))
            ds++;
          /* "---------. Title.": the dash stands for the heading, its stop too */
          if (ds > f + 1 && ds + 1 < ln->tok_end && ck_tok_is_punct (ctx, ds, '.'))
            ds++;
          if ((ds > f + 1 || ck_tok_is_punct (ctx, f, 0x2014)) && ds < ln->tok_end &&
              ck_tok_cap_word (ctx, ds) && ck_para_of (ctx, ln->tok_first) <= prev_para + 1)
            ditto_entry (ctx, det, l, ds, prev_names, &prev_para);
          continue;
        }
      if (f >= ln->tok_end || !(family_word (ctx, f) || common_family_dated (ctx, f, ln->tok_end)))
        continue;
      /* "… Edited by\nTOM VELL, R. S. ORR, …": a line that goes on with
       * the sentence above, ended on a small word, opens no entry */
      if (l > 0 && ln->tok_first > 0 && ck_tok (ctx, ln->tok_first)->nl == 1 &&
          ck_tok_lower_word (ctx, ln->tok_first - 1) && ck_tok_in_words (ctx, ln->tok_first - 1, run_on))
        continue;
      /* the entry: this line and those that wrap it, up to a blank line or
       * the next entry */
      para = ck_para_of (ctx, ln->tok_first);
      /* "Works Cited" over "Family, Given. Title. Firm, 1958.": a
       * bibliography, read by the style-entry detector with its dittos */
      if (ck_under_reference_label (ctx, para))
        continue;
      last = entry_last_line (ctx, l);
      e = g_array_index (ctx->t->lines, CkLine, last).tok_end;
      ts = heading_at (ctx, f, e, rec, &lot);
      if (ts == f)
        continue;
      /* "[CHAMBERS (Robert).] Vestiges …": the author of an anonymous
       * book, supplied by the dealer in brackets */
      if (f > 0 && ck_tok_is_punct (ctx, f - 1, '[') && ts < e && ck_tok_is_punct (ctx, ts, ']'))
        ts++;
      ie = entry_body (ctx, ts, e, lot, rec, &title_s);
      if (ie == 0 && lot)
        {
          /* "QUELL (A.B.)  Title. A Subtitle.\n Place: Firm, 1904.": a
           * dealer's heading set off by space, not a stop, over a title
           * that is a sentence; read it afresh as the sentence form */
          gboolean unused = FALSE;
          g_clear_pointer (&rec, ck_record_unref);
          rec = ck_record_new (CK_TYPE_BOOK);
          heading_at (ctx, f, e, rec, &unused);
          ie = entry_body (ctx, ts, e, FALSE, rec, &title_s);
        }
      if (ie == 0)
        continue;
      description_into (ctx, ie, e, rec);
      /* "Vell, Bruno. Harbour Museum. Boston, 1991." in mixed case is as
       * much a list of people and places as a dealer's entry: without
       * the dealer's own heading ("QUELL, Ada.", "Quell (Ada).") it needs
       * a publisher or the trade's description ("820p maps bibl index") */
      if (!(ck_tok (ctx, f)->flags & CK_TOKF_UPPER) && !ck_tok_is_punct (ctx, f + 1, '(') &&
          !ck_record_has (rec, CK_FIELD_PUBLISHER) && !ck_record_has (rec, CK_FIELD_PRICE) &&
          !ck_record_has (rec, CK_FIELD_EDITION) && !ck_record_has (rec, CK_FIELD_NUMBER_OF_PAGES))
        continue;
      owner = rec;
      g_ptr_array_set_size (prev_names, 0);
      for (guint q = 0; q < ck_record_get_n_names (rec); q++)
        g_ptr_array_add (prev_names, ck_name_copy (ck_record_get_name (rec, q)));
      prev_para = para;
      {
        const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, para);
        guint flags = (pp->flags & CK_PARA_HEADER) && !ck_have_main_mention (ctx) ? CK_MENTION_MAIN : 0;
        ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, f)->start, ck_tok (ctx, ie - 1)->end, title_s, flags);
      }
      /* the description is left to the other detectors: it names the
       * works the copy is bound with or follows ("its sequel, T (1934)") */
      ck_claim (ctx, ln->tok_first, ie);
      /* "[With:] Title. Place: Firm, 1966.": a second work of the lot, by
       * the same author unless a heading of its own names another */
      for (guint k = ie; k < e; k++)
        {
          guint ws = with_marker_at (ctx, k, e), bs, be2, ts2 = 0;
          g_autoptr(CkRecord) rec2 = NULL;
          gboolean lot2 = FALSE;
          if (ws == k || ck_is_claimed (ctx, k, ws))
            continue;
          rec2 = ck_record_new (CK_TYPE_BOOK);
          bs = heading_at (ctx, ws, e, rec2, &lot2);
          if (bs == ws)
            for (guint q = 0; q < ck_record_get_n_names (owner); q++)
              ck_record_take_name (rec2, ck_name_copy (ck_record_get_name (owner, q)));
          if ((be2 = entry_body (ctx, bs, e, lot2, rec2, &ts2)) == 0)
            continue;
          ck_mention_add (ctx, det, g_steal_pointer (&rec2), ck_tok (ctx, k)->start, ck_tok (ctx, be2 - 1)->end, ts2, 0);
          ck_claim (ctx, k, be2);
          k = be2 - 1;
        }
    }
}
