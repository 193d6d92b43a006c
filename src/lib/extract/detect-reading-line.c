/* detect-reading-line.c — a syllabus's or reading list's line that names
 * a book by its author and title and the part to read, with no imprint:
 *
 *   Required: Ada Vell, The Harbour Wall, chs. 1-3.
 *   Tom Orr, Salt Days, pp. 1-40.
 *   Recommended: Piet Lind, The Quiet Coast.
 *
 * The part to read ("chs.", "pp.", "part") or a reading label before the
 * name marks the line as an assignment; without either, "Name, Title." is
 * as often a person and a post ("Ada Vell, Professor of History.").
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "detect-context.h"

#define READING_TITLE_TOKS 24   /* longest title on a reading line */

/* The labels that open an assignment: "Required:", "Further reading:". */
static const char * const labels[] = { "Required", "Recommended", "Optional", "Read", "Reading", "Readings",
                                       "Further", "Background", "Supplementary", "Primary", "Secondary", "Text",
                                       "Texts", "Also", "Classic", "Core", "Essential", NULL };

/* The parts of a book a line assigns: ", chs. 1-3", ", pp. 1-40". */
static const char * const parts[] = { "ch", "chs", "chap", "chaps", "chapter", "chapters", "pp", "p", "part", "parts",
                                      "introduction", "preface", "sections", "section", "vol", "book", NULL };

/* After a list mark ("-", "•", "1.", "(a)") and a label ("Required:",
 * "Further reading:") at @f on the line ending at @le: the token after
 * them, or @f; *@labelled says whether a label stood there. */
guint
ck_reading_label_end (const CkExtractCtx *ctx, guint f, guint le, gboolean *labelled)
{
  guint k = f;
  *labelled = FALSE;
  if (k < le && (ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, '*') || ck_tok_is_punct (ctx, k, 0x2022) ||
                 ck_tok_is_punct (ctx, k, 0x2013)))
    k++;
  else if (k + 1 < le && ck_tok (ctx, k)->kind == CK_TOK_NUMBER && ck_tok_is_punct (ctx, k + 1, '.'))
    k += 2;
  if (k + 1 < le && ck_tok_cap_word (ctx, k) && ck_tok_in_words (ctx, k, labels))
    {
      guint c = k + 1;
      /* "Further reading:", "Primary texts:" */
      if (c + 1 < le && ck_tok_lower_word (ctx, c) && ck_tok_is_punct (ctx, c + 1, ':'))
        c++;
      if (ck_tok_is_punct (ctx, c, ':'))
        {
          *labelled = TRUE;
          k = c + 1;
        }
    }
  return k;
}

/* One line [f, le): a record when it reads as an assignment. */
static void
reading_line (CkExtractCtx *ctx, const CkDetector *det, guint f, guint le)
{
  gboolean labelled;
  guint k = ck_reading_label_end (ctx, f, le, &labelled), ne, ts, te;
  g_autoptr(GPtrArray) names = NULL;
  CkRecord *rec;
  if (k + 4 >= le || ck_is_claimed (ctx, k, le))
    return;
  /* a person by a known forename or initials, two words at least */
  if (!ck_tok_in_lex (ctx, k, CK_LEX_GIVEN_NAMES) && !(ck_tok (ctx, k)->flags & CK_TOKF_INITIAL))
    return;
  ne = ck_name_span_forward (ctx, k, le);
  if (ne < k + 2 || ne + 2 >= le || !ck_tok_is_punct (ctx, ne, ',') || !ck_tok_cap_word (ctx, ne + 1))
    return;
  ts = ne + 1;
  for (te = ts; te < le && te < ts + READING_TITLE_TOKS; te++)
    if (ck_tok_is_punct (ctx, te, ',') || ck_tok_is_punct (ctx, te, ';') || ck_tok_is_punct (ctx, te, '(') ||
        (ck_tok_is_punct (ctx, te, '.') && !(ck_tok (ctx, te - 1)->flags & CK_TOKF_INITIAL)))
      break;
  if (te >= le || te == ts || !ck_title_plausible (ctx, ts, te) || ck_ctx_names_person (ctx, ts, te) ||
      ck_span_in_lex (ctx, ts, te, CK_LEX_PLACES) || ck_ctx_names_non_work (ctx, ts, te))
    return;
  /* the part to read after the comma, or a label and the line's end */
  if (!(ck_tok_is_punct (ctx, te, ',') && te + 1 < le && ck_tok_lower_word (ctx, te + 1) &&
        ck_tok_in_words (ctx, te + 1, parts)) &&
      !(labelled && ck_tok_is_punct (ctx, te, '.') && te + 1 == le))
    return;
  names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  if (ck_names_forward (ctx, k, ne, CK_ROLE_AUTHOR, names) != ne || names->len == 0)
    return;
  rec = ck_record_new (CK_TYPE_BOOK);
  ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
  for (guint q = 0; q < names->len; q++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
  ck_mention_add (ctx, det, rec, ck_tok (ctx, k)->start, ck_tok (ctx, le - 1)->end, k, 0);
  ck_claim (ctx, k, le);
}

void
ck_detect_reading_lines (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint l = 0; l < ctx->t->lines->len; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      const CkPara *pp;
      if (ln->tok_end <= ln->tok_first + 5)
        continue;
      pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, ln->tok_first));
      /* a line of its own: the paragraph is no running prose */
      if (pp->flags & CK_PARA_PROSE)
        continue;
      reading_line (ctx, det, ln->tok_first, ln->tok_end);
    }
}
