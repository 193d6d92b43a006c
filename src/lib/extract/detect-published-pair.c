/* detect-published-pair.c — a work cited in its original language and
 * then by the title of its translation, with the translation's imprint:
 *
 *   "whose Conversazione nel porto (1941) -- published here as Talk in
 *   the Harbour (Hill Press, 1949) -- was …"
 *   "Der stille Hafen (1938), published in English as The Quiet Harbour
 *   (London, 1950)"
 *
 * One record: the translation's title and imprint, the original title and
 * its year as the original's.  The original is read as title-foreign.c
 * reads foreign titles before a year, or as a title-case run; the
 * translation's parenthesis must name a publisher or a place. */
#include "detect-context.h"
#include "detect-extra.h"
#include <stdlib.h>

/* Words between "published" and "as": "here", "in English", "in
 * America", "in translation", "later". */
static guint
skip_where (const CkExtractCtx *ctx, guint j, guint limit)
{
  for (guint m = 0; m < 2 && j < limit; m++)
    {
      if (ck_tok_lower_word (ctx, j) && (ck_tok_is (ctx, j, "here") || ck_tok_is (ctx, j, "later") ||
                                         ck_tok_is (ctx, j, "there")))
        j++;
      else if (ck_tok_is (ctx, j, "in") && ck_tok_lower_word (ctx, j) && j + 1 < limit &&
               (ck_tok_cap_word (ctx, j + 1) || ck_tok_is (ctx, j + 1, "translation")))
        j += 2;
      else
        break;
    }
  return j;
}

static gboolean
dash (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, 0x2013) || ck_tok_is_punct (ctx, k, 0x2014);
}

void
ck_detect_published_pair (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 5; i + 4 < n; i++)
    {
      guint j, s, te, c, k, close, open, os, floor, pe, unknown = 0;
      g_autoptr(CkRecord) probe = NULL;
      CkRecord *rec;
      if (!ck_tok_lower_word (ctx, i) || !(ck_tok_is (ctx, i, "published") || ck_tok_is (ctx, i, "translated")))
        continue;
      pe = MIN (n, ck_sentence_end (ctx, i));
      j = skip_where (ctx, i + 1, pe);
      if (!ck_tok_is (ctx, j, "as") || !ck_tok_cap_word (ctx, j + 1) || ck_is_claimed (ctx, j + 1, j + 2))
        continue;
      s = j + 1;
      te = ck_title_span_forward (ctx, s, pe, TRUE);
      if (te <= s || !ck_tok_is_punct (ctx, te, '('))
        continue;
      for (c = te + 1; c < pe && c < te + 16 && !ck_tok_is_punct (ctx, c, ')'); c++)
        ;
      if (c >= pe || !ck_tok_is_punct (ctx, c, ')'))
        continue;
      probe = ck_record_new (CK_TYPE_BOOK);
      if (!ck_assemble_elements (probe, ctx->text, ck_tok (ctx, te)->end, ck_tok (ctx, c)->start, CK_ELEM_INLINE,
                                 &unknown) ||
          unknown > 0 || !(ck_record_has (probe, CK_FIELD_PUBLISHER) || ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE)))
        continue;
      /* before "published": "ORIGINAL (1941) --", "ORIGINAL (1941)," */
      k = i;
      if (ck_tok_lower_word (ctx, k - 1) && (ck_tok_is (ctx, k - 1, "first") || ck_tok_is (ctx, k - 1, "later")))
        k--;
      while (k > 0 && k + 2 > i - 1 && (dash (ctx, k - 1) || ck_tok_is_punct (ctx, k - 1, ',')))
        k--;
      if (k == i || k < 4)
        continue;
      close = k - 1;
      open = close - 2;
      if (!ck_tok_is_punct (ctx, close, ')') || !(ck_tok (ctx, close - 1)->flags & CK_TOKF_YEAR) ||
          !ck_tok_is_punct (ctx, open, '('))
        continue;
      floor = ck_sentence_start (ctx, open);
      os = ck_foreign_title_start (ctx, open, floor);
      if (os == open)
        os = ck_ctx_foreign_start (ctx, open, floor);
      if (os == open)
        {
          os = ck_title_span_backward (ctx, open, floor);
          while (os < open && (ck_tok (ctx, os)->flags & CK_TOKF_FUNC))
            os++;
          if (os < open && (ck_ctx_names_person (ctx, os, open) || ck_ctx_names_non_work (ctx, os, open)))
            continue;
        }
      if (os >= open || ck_is_claimed (ctx, os, c + 1) || !ck_title_plausible (ctx, os, open) ||
          !ck_title_plausible (ctx, s, te))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, s, te));
      ck_assemble_elements (rec, ctx->text, ck_tok (ctx, te)->end, ck_tok (ctx, c)->start, CK_ELEM_INLINE, NULL);
      ck_record_take (rec, CK_FIELD_ORIGINAL_TITLE, ck_span_dup (ctx, os, open));
      ck_record_take_date (rec, CK_DATE_ORIGINAL, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, close - 1)->start), 0, 0));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, os)->start, ck_tok (ctx, c)->end, os, CK_MENTION_PRONOUN);
      ck_claim (ctx, os, c + 1);
      i = c;
    }
}
