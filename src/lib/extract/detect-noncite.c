/* detect-noncite.c — claims, with no record, the quoted headings of the
 * book under review that a scholarly review points at by their number:
 * "Chapter 3, 'The Long Quarrel,'", "chapter 5 ('Town and Gown')", "Part
 * II, “Silence and the Street,”", "Figure 12, “Strikers at the Gate”",
 * "Table 2 (“Wages by ward”)", and the quoted list after "chapter titles"
 * ("Her chapter titles are telling: “A”, “B”, “C”"), and
 * a journal's volume cited without its article ("her piece in Salt History
 * 12 (1990)", "Harbour Review 31 (1988)"): a place in a periodical, not a
 * book titled "Salt History 12".
 *
 * Why a claim: a quoted heading has a title's shape, so the quoted-title,
 * paren-title and bare-title detectors would each make a work of it, but a
 * numbered part of the reviewed book is a place in that book, not a work
 * cited.  A chapter named by what it is about ("the chapter on Holt,
 * “A Dialogue”") or by its place in words ("the first chapter, “T”", "his
 * introduction, “T”") is left to the quoted-title detector, which makes it
 * a part of the book: readers list those as works they were pointed to. 
 *
 * Runs after the reference-list, in-book and journal detectors (an essay
 * "in" a book or a journal is a work even when a chapter number precedes
 * it) and before the prose title detectors. */
#include "detect-extra.h"

#include <string.h>

/* Nouns that number a place in a book: one word a row, matched in any
 * case ("Chapter", "chapter", "CHAPTER"). */
static const char * const place_nouns[] = {
  "chapter", "chap", "ch",        /* "Chapter 3", "chap. 3", "ch. 3" */
  "part",                         /* "Part II" */
  "section", "sect",              /* "Section 4" */
  "book",                         /* "Book 10" of a work in books */
  "figure", "fig",                /* "Figure 12", "fig. 4" */
  "table",                        /* "Table 2", "Table 4.2" */
  "plate", "map", "illustration", /* "Plate 4", "Map 2" */
  "appendix",                     /* "Appendix B" */
  "lecture",                      /* "Lecture 3" of a published course */
  NULL
};

/* Numbers written as words, for "Chapter Four", "Part Two". */
static const char * const number_words[] = {
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
  "nineteen", "twenty", NULL
};

/* Whether token @i is a roman numeral of up to six letters in capitals
 * ("II", "XIV") or a lone capital letter ("B" in "Appendix B"). */
static gboolean
is_roman_or_letter (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  gsize n = t->end - t->start;
  const char *p = ctx->text + t->start;
  if (t->kind != CK_TOK_WORD || n == 0 || n > 6)
    return FALSE;
  if (n == 1)
    return g_ascii_isupper (p[0]);
  for (gsize k = 0; k < n; k++)
    if (!strchr ("IVXLC", p[k]))
      return FALSE;
  return TRUE;
}

/* The end of a number after a place noun at @i ("3", "4.2", "II", "Four",
 * "B"), or 0.  A year is no chapter number ("Part 1990" does not occur,
 * but "Table 1990" would be a date). */
static guint
place_number_end (const CkExtractCtx *ctx, guint i, guint limit)
{
  guint k = i + 1;
  /* "chap. 3", "fig. 4" */
  if (k < limit && ck_tok_is_punct (ctx, k, '.'))
    k++;
  if (k >= limit)
    return 0;
  if (ck_tok (ctx, k)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, k)->flags & CK_TOKF_YEAR))
    {
      /* "Table 4.2" may be tokenized as "4" "." "2" */
      if (k + 2 < limit && ck_tok_is_punct (ctx, k + 1, '.') && !(ck_tok (ctx, k + 1)->flags & CK_TOKF_SPACE) &&
          ck_tok (ctx, k + 2)->kind == CK_TOK_NUMBER)
        return k + 3;
      return k + 1;
    }
  if (is_roman_or_letter (ctx, k) || ck_tok_in_words (ctx, k, number_words))
    return k + 1;
  return 0;
}

/* The quote opening right after a numbered place ("Chapter 3, “T”",
 * "chapter 5 (“T”)", "Figure 12: “T”"), or 0. */
static guint
quote_after (const CkExtractCtx *ctx, guint k, guint limit)
{
  if (k < limit && (ck_tok_is_punct (ctx, k, ',') || ck_tok_is_punct (ctx, k, ':') || ck_tok_is_punct (ctx, k, '(') ||
                    ck_tok_is_punct (ctx, k, 0x2014) || ck_tok_is_punct (ctx, k, 0x2013)))
    k++;
  if (k < limit && ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN && ck_tok (ctx, k)->nl < 2)
    return k;
  return 0;
}

/* The end (after the closing quote) of the quotation opening at @open, or
 * 0 when it does not close within the paragraph. */
static guint
quote_end (const CkExtractCtx *ctx, guint open, guint limit)
{
  /* bounded, so that a text of unclosed quotes stays linear */
  guint c = ck_quote_close_nested (ctx, open, MIN (limit, open + 60));
  return c ? c + 1 : 0;
}

/* "chapter titles", "chapter headings", "section titles": a list of the
 * book's own headings follows. */
static gboolean
is_heading_list_cue (const CkExtractCtx *ctx, guint i)
{
  static const char * const firsts[] = { "chapter", "section", "part", NULL };
  static const char * const seconds[] = { "titles", "headings", "heads", NULL };
  return ck_tok_lower_word (ctx, i) && ck_tok_in_words (ctx, i, firsts) && i + 1 < ck_n_toks (ctx) &&
         ck_tok_in_words (ctx, i + 1, seconds);
}

/* Ordinals that place a chapter in the book ("the first chapter"). */
static const char * const ordinals[] = {
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "last", "final", "opening", "closing", "concluding", "penultimate", NULL
};

/* The nouns an ordinal places: a chapter, part or section of the book. */
static const char * const section_nouns[] = { "chapter", "part", "section", NULL };

/* "Chapter 3, “T,” in Book": an essay in a book the text names is a work
 * (the in-book detector, earlier, takes the usual forms). */
static gboolean
followed_by_in (const CkExtractCtx *ctx, guint end)
{
  guint n = ck_n_toks (ctx), k = end;
  if (k < n && ck_tok_is_punct (ctx, k, ','))
    k++;
  return k + 1 < n && ck_tok_is (ctx, k, "in") && ck_tok_cap_word (ctx, k + 1);
}

/* After a claimed heading at @end: "and his sixth, “T2”", "and the
 * last, “T3”" names one more heading of the same book.  Returns the end of
 * what it claimed, or @end. */
static guint
claim_next_ordinal (CkExtractCtx *ctx, guint end)
{
  static const char * const owners[] = { "his", "her", "their", "its", "the", NULL };
  guint n = ck_n_toks (ctx), k = end, open, e;
  if (k < n && ck_tok_is_punct (ctx, k, ','))
    k++;
  if (!(k < n && ck_tok_is (ctx, k, "and")))
    return end;
  k++;
  if (k < n && ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, owners))
    k++;
  if (!(k < n && ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, ordinals)))
    return end;
  k++;
  /* "and the sixth chapter, “T”" as well as "and the sixth, “T”" */
  if (k < n && ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, section_nouns))
    k++;
  open = quote_after (ctx, k, n);
  if (!open || ck_is_claimed (ctx, open, open + 1) || !(e = quote_end (ctx, open, n)) || followed_by_in (ctx, e))
    return end;
  ck_claim (ctx, end, e);
  return e;
}

/* Last words of a learned journal's name that periodical_words
 * (detect-article.c) leaves out: "Social History", "Past and Present". */
static const char * const journal_tails[] = {
  "history", "historian", "sociology", "philology", "philosophy", "economics", "politics", "society",
  "economy", "present", "survey", "inquiry", "enquiry", "speculum", NULL
};

/* "Cambridge Studies in Economic History" at @i (a place, then "Studies
 * in"): a publisher's series, not a work; the end of its name, or @i. */
static guint
series_end (const CkExtractCtx *ctx, guint i)
{
  guint n = ck_n_toks (ctx), k;
  /* the cheap tests first: this runs on every word */
  if (!(i + 3 < n && ck_tok_is (ctx, i + 1, "Studies") && ck_tok_is (ctx, i + 2, "in") && ck_tok_cap_word (ctx, i) &&
        ck_tok_cap_word (ctx, i + 1) && ck_tok_cap_word (ctx, i + 3) && ck_tok_in_lex (ctx, i, CK_LEX_PLACES)))
    return i;
  k = ck_title_span_forward (ctx, i + 3, MIN (n, i + 16), FALSE);
  return k > i + 3 ? k : i;
}

/* "Salt History 12 (1990)" with the "(" at @open: the first token of the
 * journal's name, or @open when the words before the volume are no
 * journal's. */
static guint
journal_volume_start (const CkExtractCtx *ctx, guint open)
{
  guint n = ck_n_toks (ctx), v = open - 1, s;
  const CkToken *vt;
  if (open < 2 || open + 2 >= n || !(ck_tok (ctx, open + 1)->flags & CK_TOKF_YEAR) || !ck_tok_is_punct (ctx, open + 2, ')'))
    return open;
  vt = ck_tok (ctx, v);
  if (vt->kind != CK_TOK_NUMBER || (vt->flags & CK_TOKF_YEAR) || vt->end - vt->start > 3 || !ck_tok_cap_word (ctx, v - 1))
    return open;
  s = ck_title_span_backward (ctx, v, ck_sentence_start (ctx, v));
  while (s < v && (ck_tok (ctx, s)->flags & CK_TOKF_FUNC))
    s++;
  if (s >= v || !ck_tok_cap_word (ctx, s))
    return open;
  if (!ck_names_periodical (ctx, s, v) && !ck_tok_in_words (ctx, v - 1, journal_tails))
    return open;
  return s;
}

void
ck_detect_noncite (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  (void) det;
  for (guint i = 0; i < n; i++)
    {
      const CkToken *t = ck_tok (ctx, i);
      guint ne, open, end;
      if (ck_tok_is_punct (ctx, i, '(') && !ck_is_claimed (ctx, i, i + 3))
        {
          guint js = journal_volume_start (ctx, i);
          if (js < i && !ck_is_claimed (ctx, js, i))
            {
              ck_claim (ctx, js, i + 3);
              i += 2;
            }
          continue;
        }
      if (t->kind != CK_TOK_WORD)
        continue;
      /* "Cambridge Studies in Early Modern History": a series */
      if ((end = series_end (ctx, i)) > i && !ck_is_claimed (ctx, i, end))
        {
          ck_claim (ctx, i, end);
          i = end - 1;
          continue;
        }
      if (is_heading_list_cue (ctx, i))
        {
          /* every quotation after the cue, if nothing but punctuation
           * and "and" stands between them; bounded, not by the sentence
           * end, since a heading may end in "?" */
          guint limit = MIN (n, i + 80), k = i + 2;
          while (k < limit && k < i + 8 && ck_tok (ctx, k)->kind != CK_TOK_QUOTE_OPEN && !ck_tok_is_punct (ctx, k, '.'))
            k++;
          while (k < limit && ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN && !ck_is_claimed (ctx, k, k + 1))
            {
              end = quote_end (ctx, k, limit);
              if (!end)
                break;
              ck_claim (ctx, k, end);
              k = end;
              while (k < limit && (ck_tok_is_punct (ctx, k, ',') || ck_tok_is_punct (ctx, k, ';') ||
                                   ck_tok_is (ctx, k, "and")))
                k++;
            }
          i = k > i ? k - 1 : i;
          continue;
        }
      if (!ck_tok_in_words (ctx, i, place_nouns))
        continue;
      ne = place_number_end (ctx, i, n);
      if (!ne)
        continue;
      open = quote_after (ctx, ne, n);
      if (!open || ck_is_claimed (ctx, open, open + 1))
        continue;
      end = quote_end (ctx, open, n);
      if (!end)
        continue;
      if (followed_by_in (ctx, end))
        continue;
      ck_claim (ctx, i, end);
      end = claim_next_ordinal (ctx, end);
      i = end - 1;
    }
}
