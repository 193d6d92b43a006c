/* detect-factbox.c — a web page's fact box: labels on lines of their own,
 * each over its value.
 *
 *   Title
 *   Grey Harbour
 *   Author
 *   Tom Vell
 *   Publisher
 *   Lantern Books
 *   Pages
 *   303
 *
 * Newspaper and magazine sites set the reviewed book's data this way.
 * Read as one block it is a run of capitalised lines that no header
 * layout fits; read pair by pair it is a catalogue record.  The box needs
 * a "Title" pair and two other known labels.
 */
#include "detect-extra.h"
#include <stdlib.h>
#include <string.h>

/* At most this many lines in one box. */
#define FACTBOX_MAX_LINES 24

typedef enum { F_NONE, F_TITLE, F_AUTHOR, F_EDITOR, F_TRANSLATOR, F_PUBLISHER, F_PLACE, F_YEAR, F_PAGES,
               F_PRICE, F_ISBN, F_IGNORE } FactKind;

/* One row per label a fact box uses (general web usage). */
static const struct { const char *label; FactKind kind; } fact_labels[] = {
  { "title", F_TITLE },            { "book", F_TITLE },
  { "author", F_AUTHOR },          { "authors", F_AUTHOR },        { "by", F_AUTHOR },
  { "writer", F_AUTHOR },          { "editor", F_EDITOR },         { "editors", F_EDITOR },
  { "translator", F_TRANSLATOR },  { "translated by", F_TRANSLATOR },
  { "publisher", F_PUBLISHER },    { "imprint", F_PUBLISHER },     { "place", F_PLACE },
  { "published", F_YEAR },         { "year", F_YEAR },             { "publication date", F_YEAR },
  { "release date", F_YEAR },      { "date", F_YEAR },
  { "pages", F_PAGES },            { "page count", F_PAGES },      { "length", F_PAGES },
  { "price", F_PRICE },            { "list price", F_PRICE },      { "isbn", F_ISBN },
  { "isbn-13", F_ISBN },           { "isbn-10", F_ISBN },
  { "genre", F_IGNORE },           { "format", F_IGNORE },         { "language", F_IGNORE },
  { "category", F_IGNORE },        { "subject", F_IGNORE },        { "series", F_IGNORE },
};

static FactKind
label_kind (const CkExtractCtx *ctx, const CkLine *ln)
{
  g_autofree char *txt = NULL;
  gsize len = ln->end - ln->start;
  if (len == 0 || len > 20)
    return F_NONE;
  txt = g_strndup (ctx->text + ln->start, len);
  g_strstrip (txt);
  for (guint k = 0; k < G_N_ELEMENTS (fact_labels); k++)
    if (g_ascii_strcasecmp (txt, fact_labels[k].label) == 0)
      return fact_labels[k].kind;
  return F_NONE;
}

void
ck_detect_fact_box (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n_lines = ctx->t->lines->len;
  for (guint l = 0; l + 5 < n_lines; l++)
    {
      const CkLine *first = &g_array_index (ctx->t->lines, CkLine, l);
      guint e = l, labels = 0, title_line = G_MAXUINT;
      CkRecord *rec;
      if (label_kind (ctx, first) != F_TITLE || ck_is_claimed (ctx, first->tok_first, first->tok_end))
        continue;
      /* label, value, label, value …: a value line is no label */
      while (e + 1 < n_lines && e < l + FACTBOX_MAX_LINES)
        {
          const CkLine *lab = &g_array_index (ctx->t->lines, CkLine, e);
          const CkLine *val = &g_array_index (ctx->t->lines, CkLine, e + 1);
          FactKind kind = label_kind (ctx, lab);
          if (kind == F_NONE || label_kind (ctx, val) != F_NONE || val->tok_first >= val->tok_end ||
              val->end - val->start > 120 ||
              (e > l && ck_tok (ctx, lab->tok_first)->nl >= 2) || ck_tok (ctx, val->tok_first)->nl >= 2)
            break;
          if (kind == F_TITLE && title_line == G_MAXUINT)
            title_line = e + 1;
          labels++;
          e += 2;
        }
      if (labels < 3 || title_line == G_MAXUINT)
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      for (guint p = l; p < e; p += 2)
        {
          const CkLine *lab = &g_array_index (ctx->t->lines, CkLine, p);
          const CkLine *val = &g_array_index (ctx->t->lines, CkLine, p + 1);
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          CkRole role = CK_ROLE_AUTHOR;
          switch (label_kind (ctx, lab))
            {
            case F_TITLE:
              if (p + 1 == title_line)
                ck_assemble_title (rec, ck_span_dup (ctx, val->tok_first, val->tok_end));
              break;
            case F_EDITOR:
              role = CK_ROLE_EDITOR;
              /* fall through */
            case F_TRANSLATOR:
              if (label_kind (ctx, lab) == F_TRANSLATOR)
                role = CK_ROLE_TRANSLATOR;
              /* fall through */
            case F_AUTHOR:
              ck_names_forward (ctx, val->tok_first, val->tok_end, role, names);
              for (guint q = 0; q < names->len; q++)
                ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
              break;
            case F_PUBLISHER:
              ck_record_take (rec, CK_FIELD_PUBLISHER, ck_span_dup (ctx, val->tok_first, val->tok_end));
              break;
            case F_PLACE:
              ck_record_take (rec, CK_FIELD_PUBLISHER_PLACE, ck_span_dup (ctx, val->tok_first, val->tok_end));
              break;
            case F_PAGES:
              if (ck_tok (ctx, val->tok_first)->kind == CK_TOK_NUMBER && val->tok_end == val->tok_first + 1)
                ck_record_take (rec, CK_FIELD_NUMBER_OF_PAGES, ck_tok_dup (ctx, val->tok_first));
              else
                ck_assemble_elements (rec, ctx->text, val->start, val->end, CK_ELEM_BLOCK, NULL);
              break;
            case F_YEAR:
            case F_PRICE:
            case F_ISBN:
              ck_assemble_elements (rec, ctx->text, val->start, val->end, CK_ELEM_BLOCK, NULL);
              break;
            case F_IGNORE:
            case F_NONE:
            default:
              break;
            }
        }
      {
        const CkLine *last = &g_array_index (ctx->t->lines, CkLine, e - 1);
        ck_mention_add (ctx, det, rec, first->start, last->end, first->tok_first, 0);
        ck_claim (ctx, first->tok_first, last->tok_end);
      }
      l = e - 1;
    }
}
