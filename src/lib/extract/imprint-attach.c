/* imprint-attach.c — an imprint in brackets that no detector read, right
 * after a work's mention:
 *
 *   Les Salines de Vell: une histoire des ‘Ports’ (Paris: Gannet, 1984)
 *
 * The title detectors scan back from the bracket over title case and stop
 * at a subtitle in sentence case; another detector then reads the main
 * title alone and the imprint is left over.  Runs after the detectors: a
 * mention with no date, firm or place whose end is followed by its
 * subtitle and an unread imprint takes both.
 */
#include "extract-private.h"
#include "detect-extra.h"

#define ATTACH_SUBTITLE_TOKS 16   /* longest subtitle crossed to the bracket */
#define ATTACH_BRACKET_TOKS  20   /* longest imprint in brackets */

/* ": une histoire des ‘Ports’ (": the subtitle after the colon at @colon
 * runs to a bracket on its sentence; the "(" or 0. */
static guint
subtitle_to_bracket (const CkExtractCtx *ctx, guint colon)
{
  guint n = ck_n_toks (ctx);
  if (colon + 2 >= n || ck_tok (ctx, colon + 1)->kind != CK_TOK_WORD)
    return 0;
  for (guint k = colon + 1; k < n && k <= colon + ATTACH_SUBTITLE_TOKS; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->nl >= 2 || ck_is_claimed (ctx, k, k + 1))
        return 0;
      if (ck_tok_is_punct (ctx, k, '('))
        return k > colon + 1 ? k : 0;
      if (t->kind == CK_TOK_PUNCT && (t->ch == '.' || t->ch == ';' || t->ch == ':' || t->ch == '?' || t->ch == '!'))
        return 0;
    }
  return 0;
}

void
ck_attach_trailing_imprints (CkExtractCtx *ctx)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      CkMention *m = g_ptr_array_index (ctx->mentions, i);
      CkRecord *rec = m->rec;
      guint k, open, close, unknown = 0;
      g_autoptr(CkRecord) probe = NULL;
      const CkDate *d;
      if ((m->flags & (CK_MENTION_SELF | CK_MENTION_ISSUE | CK_MENTION_ATTACH)) ||
          ck_record_get_type (rec) != CK_TYPE_BOOK || !ck_record_get (rec, CK_FIELD_TITLE) ||
          ck_record_get_date (rec, CK_DATE_ISSUED) || ck_record_has (rec, CK_FIELD_PUBLISHER) ||
          ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE) || ck_record_has (rec, CK_FIELD_CONTAINER_TITLE))
        continue;
      k = ck_tok_at_byte (ctx, m->end);
      if (k >= n || ck_tok (ctx, k)->nl >= 2)
        continue;
      if (ck_tok_is_punct (ctx, k, ':') && !ck_record_has (rec, CK_FIELD_SUBTITLE))
        open = subtitle_to_bracket (ctx, k);
      else
        open = ck_tok_is_punct (ctx, k, '(') ? k : 0;
      if (!open || ck_is_claimed (ctx, open, open + 1) ||
          !(close = ck_paren_close (ctx, open, MIN (n, open + ATTACH_BRACKET_TOKS + 1))) ||
          ck_is_claimed (ctx, open, close + 1))
        continue;
      /* a place or a firm and a year, and nothing else */
      probe = ck_record_new (CK_TYPE_BOOK);
      if (!ck_assemble_elements (probe, ctx->text, ck_tok (ctx, open)->end, ck_tok (ctx, close)->start, CK_ELEM_INLINE,
                                 &unknown) ||
          unknown || !(d = ck_record_get_date (probe, CK_DATE_ISSUED)) ||
          !(ck_record_has (probe, CK_FIELD_PUBLISHER) || ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE)))
        continue;
      if (open > k)
        {
          g_autofree char *sub = ck_span_dup (ctx, k + 1, open);
          ck_assemble_title (rec, g_strdup_printf ("%s: %s", ck_record_get (rec, CK_FIELD_TITLE), sub));
        }
      ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_copy (d));
      if (ck_record_has (probe, CK_FIELD_PUBLISHER))
        ck_record_set (rec, CK_FIELD_PUBLISHER, ck_record_get (probe, CK_FIELD_PUBLISHER));
      if (ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE))
        ck_record_set (rec, CK_FIELD_PUBLISHER_PLACE, ck_record_get (probe, CK_FIELD_PUBLISHER_PLACE));
      ck_claim (ctx, open, close + 1);
      m->end = ck_tok (ctx, close)->end;
    }
}
