/* detect-name-comma-title.c — a scholar's citation in running prose, the
 * title in sentence case (or in a language whose titles are set so)
 * after its author, its year or imprint in brackets, as review cards,
 * British journals and older journals print it:
 *
 *   The thesis of Ada Quell, The modern corporation and private salt (1932), is …
 *   he is closer to Tom Vell, The philosophy of the harbour (1932; Eng. tr., 1951)
 *   ROBERT C. VELL, The British salt revolution in global perspective (Cambridge: Gannet Press, 2009)
 *   Ann Quell's Der römische Salzhandel: Siegesfeiern im antiken Rom (Munich 1988)
 *
 * Sentence case hides where a title ends, so the shape is held tight: the
 * title opens on a capital right after "Name, " or "Name's ", runs on one
 * sentence with no comma, semicolon, stop or verb of prose to "(" and a
 * bracket that reads as a year or an imprint; it holds a word of content
 * in lower case (a title in title case is the other detectors').  The
 * names before the comma must read as authors (ck_comma_author_before()),
 * the possessive's as a person's.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "detect-context.h"
#include <stdlib.h>

#define NCT_MAX_WORDS 16

/* Words that make a run prose, not a title ("Vell's Salt was reprinted
 * (1867)"). */
static const char * const prose_words[] = { "is", "was", "were", "are", "has", "have", "had", "be", "been", "which",
                                            "who", "he", "she", "it", "they", "his", "her", "its", "their", "this",
                                            "these", "would", "could", "should", "did", "does", "went", "came",
                                            "made", "took", "gave", "wrote", "said", "became", "began", "goes",
                                            "comes", "makes", NULL };

/* Function words of other languages and of English: a run holding both
 * ("Portrait du marin and the sea") is a foreign title and the sentence
 * going on in English. */
static const char * const foreign_small[] = { "du", "de", "des", "la", "le", "les", "et", "der", "die", "das", "und",
                                              "von", "zum", "zur", "della", "di", "il", "el", "los", "las", "y", NULL };
static const char * const english_small[] = { "and", "the", "of", "with", "for", "from", NULL };

/* The person's name owning the possessive before @i ("Ann Quell's", "Cusanus'"),
 * read into @rec; its first token, or @i. */
static guint
possessive_owner (const CkExtractCtx *ctx, guint i, CkRecord *rec)
{
  guint p = i - 1, ns;
  if (i < 2 || ck_tok (ctx, p)->kind != CK_TOK_POSS)
    return i;
  ns = ck_name_span_backward (ctx, p, ck_sentence_start (ctx, p));
  /* a person's name: no place, month, office, event or body */
  if (ns >= p || ck_tok_in_lex (ctx, p - 1, CK_LEX_PLACES) || ck_tok_is_honorific (ctx, p - 1) ||
      ck_tok_in_lex (ctx, p - 1, CK_LEX_MONTHS) || ck_tok_in_lex (ctx, p - 1, CK_LEX_NON_TITLES) ||
      ck_ctx_in_title (ctx, p - 1) || ck_add_names_span (ctx, rec, ns, p, CK_ROLE_AUTHOR) == 0)
    return i;
  return ns;
}

/* "the author of T", "readers of T" */
static const char * const of_nouns[] = { "author", "authors", "co-author", "editor", "editors", "translator", "readers",
                                         NULL };

/* A cue in lower case right before @i that introduces a title with no
 * author named there: "the author of T", "readers of T", "his T",
 * "published as T", "who know T", "T1 (1951) and T2".  Its flags for
 * ck_mention_add(), or 0 with *@ok FALSE when there is none. */
static guint
cue_lead (const CkExtractCtx *ctx, guint i, gboolean *ok)
{
  static const char * const owners[] = { "his", "her", "their", NULL };
  static const char * const as_verbs[] = { "published", "appeared", "reissued", "republished", NULL };
  static const char * const knowers[] = { "know", "knows", "knew", NULL };
  *ok = TRUE;
  if (ck_tok_lower_word (ctx, i - 1) && ck_tok_in_words (ctx, i - 1, owners))
    return CK_MENTION_PRONOUN;
  if (i >= 3 && ck_tok_is (ctx, i - 1, "of") && ck_tok_in_words (ctx, i - 2, of_nouns))
    return ck_tok_is (ctx, i - 2, "readers") ? 0 : CK_MENTION_PRONOUN;
  if (i >= 3 && ck_tok_is (ctx, i - 1, "as") && ck_tok_in_words (ctx, i - 2, as_verbs))
    return 0;
  /* (after "know" only a capital article opens a title: "who know Herr
   * Vell only through T" names a person) */
  if (ck_tok_lower_word (ctx, i - 1) && ck_tok_in_words (ctx, i - 1, knowers) &&
      (ck_tok_is (ctx, i, "The") || ck_tok_is (ctx, i, "A") || ck_tok_is (ctx, i, "An")))
    return 0;
  /* "T1 (1951) and T2 (1963)": the second of a pair dated alike */
  if (i >= 4 && ck_tok_is (ctx, i - 1, "and") && ck_tok_is_punct (ctx, i - 2, ')') &&
      (ck_tok (ctx, i - 3)->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, i - 4, '('))
    return CK_MENTION_PRONOUN;
  *ok = FALSE;
  return 0;
}

void
ck_detect_name_comma_title (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 2; i + 4 < n; i++)
    {
      guint e = i + 1, as, c = 0;
      gboolean lower = FALSE, poss, article, year_only;
      g_autoptr(CkRecord) rec = NULL;
      g_autoptr(CkRecord) imprint = NULL;
      /* "Quell's own Salt of the earth (1965)" */
      guint lead = i > 2 && ck_tok_is (ctx, i - 1, "own") && ck_tok (ctx, i - 2)->kind == CK_TOK_POSS ? i - 1 : i;
      gboolean cue = FALSE;
      guint cue_flags = 0;
      poss = ck_tok (ctx, lead - 1)->kind == CK_TOK_POSS;
      article = ck_tok_is (ctx, i, "The") || ck_tok_is (ctx, i, "A") || ck_tok_is (ctx, i, "An");
      if (!ck_tok_is_punct (ctx, i - 1, ',') && !poss)
        cue_flags = cue_lead (ctx, i, &cue);
      if (!(ck_tok_is_punct (ctx, i - 1, ',') || poss || cue) || ck_tok (ctx, i)->nl >= 2 || !ck_tok_cap_word (ctx, i) ||
          ck_is_claimed (ctx, i, i + 1))
        continue;
      guint caps = 0;
      gboolean foreign = FALSE, english = FALSE, inner_article = FALSE;
      while (e < n && e < i + 2 * NCT_MAX_WORDS && ck_tok (ctx, e)->nl < 2 &&
             (ck_tok (ctx, e)->kind == CK_TOK_WORD || ck_tok_is_punct (ctx, e, ':') || ck_tok_is_punct (ctx, e, '-')))
        {
          gboolean content = ck_tok (ctx, e)->kind == CK_TOK_WORD && !(ck_tok (ctx, e)->flags & CK_TOKF_FUNC);
          if (ck_tok_lower_word (ctx, e) && ck_tok_in_words (ctx, e, prose_words))
            break;
          /* "Vell's Salt builds on Orr (1986)": a verb and its preposition
           * go on with the sentence */
          if (ck_verb_author_date_at (ctx, e))
            break;
          /* "co-author of T1 and author of T2 (1954)": a second cue */
          if (ck_tok_lower_word (ctx, e) && ck_tok_in_words (ctx, e, of_nouns) && ck_tok_is (ctx, e + 1, "of"))
            break;
          /* "A History of the Expansion of Salt needed seven volumes": a
           * title in title case, then the sentence's own words */
          if (!lower && content && ck_tok_lower_word (ctx, e) && caps >= 3)
            break;
          caps += !lower && content && ck_tok_cap_word (ctx, e);
          foreign |= ck_tok_lower_word (ctx, e) && ck_tok_in_words (ctx, e, foreign_small);
          english |= ck_tok_lower_word (ctx, e) && ck_tok_in_words (ctx, e, english_small);
          /* "… sequence went on with The Lost Hours": a capital article
           * after a word in lower case opens another title */
          inner_article |= lower && (ck_tok_is (ctx, e, "The") || ck_tok_is (ctx, e, "A") || ck_tok_is (ctx, e, "An")) &&
                           ck_tok_cap_word (ctx, e) && !ck_tok_is_punct (ctx, e - 1, ':');
          lower |= content && ck_tok_lower_word (ctx, e);
          e++;
        }
      /* "Who governs? (1961)": a question closes the title */
      if (e + 1 < n && ck_tok_is_punct (ctx, e, '?') && ck_tok_is_punct (ctx, e + 1, '('))
        e++;
      /* sentence case: a lower-case word of content after the first, then
       * "(YEAR" or a bracketed imprint */
      if (!lower || (foreign && english) || inner_article || e + 2 >= n || e < i + (cue ? 2 : 3) || ck_count_words (ctx, i, e) > NCT_MAX_WORDS || !ck_tok_is_punct (ctx, e, '(') ||
          ck_is_claimed (ctx, i, e + 1) || !ck_title_plausible (ctx, i, e))
        continue;
      year_only = (ck_tok (ctx, e + 1)->flags & CK_TOKF_YEAR) && ck_tok (ctx, e + 1)->end - ck_tok (ctx, e + 1)->start == 4;
      if (!year_only)
        {
          /* "(Cambridge: Gannet Press, 2009)", "(Munich 1988)": an imprint
           * with its year (after a name alone; the article case keeps
           * the year) */
          for (guint k = e + 1; k < n && k < e + 16 && !c; k++)
            if (ck_tok_is_punct (ctx, k, ')'))
              c = k;
            else if (ck_tok (ctx, k)->nl >= 2)
              break;
          imprint = ck_record_new (CK_TYPE_BOOK);
          if (!c || !ck_paren_imprint (ctx, imprint, e, c) || !ck_record_get_date (imprint, CK_DATE_ISSUED) ||
              !(ck_record_has (imprint, CK_FIELD_PUBLISHER_PLACE) || ck_record_has (imprint, CK_FIELD_PUBLISHER)))
            continue;
        }
      rec = ck_record_new (CK_TYPE_BOOK);
      if (cue)
        as = i;
      else if (poss)
        as = possessive_owner (ctx, lead, rec);
      else
        {
          /* after a comma a title that does not open on an article needs
           * the author's full name ("ROBERT C. VELL, The …" or "Ann Quell,
           * Der …") */
          as = ck_comma_author_before (ctx, i - 1, rec);
          if (as < i - 1 && !article && ck_count_words (ctx, as, i - 1) < 2)
            as = i;
        }
      if (!cue && (as >= lead - 1 || ck_record_get_n_names (rec) == 0))
        continue;
      ck_assemble_title (rec, ck_span_dup (ctx, i, e));
      if (year_only)
        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, e + 1)->start), 0, 0));
      else
        ck_paren_imprint (ctx, rec, e, c);
      ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, as)->start,
                      ck_tok (ctx, year_only ? e + 1 : c)->end, i, cue_flags);
      ck_claim (ctx, lead, year_only ? e + 2 : c + 1);
      i = year_only ? e + 1 : c;
    }
}
