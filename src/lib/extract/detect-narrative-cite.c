/* detect-narrative-cite.c — the author-date citation written into the
 * sentence, "Held and Vail (1989) argue", "as Orr (1976) showed", "Orr et
 * al. (1990)", in a text whose reference list holds that author's entry
 * of that year.  The names and the year point to the entry; they are no
 * title ("Held and Vail" is no book).  The detector claims the words and
 * makes no record.
 */
#include "scholar-shapes.h"
#include <stdlib.h>

#include <string.h>

/* A capitalised word that may be a surname: no function word or month. */
static gboolean
surname_tok (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  return t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_CAP) && !ck_tok_in_lex (ctx, k, CK_LEX_FUNCTION_WORDS) &&
         !ck_tok_in_lex (ctx, k, CK_LEX_MONTHS);
}

/* "Family\x01Year" of every name on the reference list's entries, once. */
static GHashTable *
listed_keys (const CkExtractCtx *ctx)
{
  GHashTable *keys = NULL;
  for (guint m = 0; m < ctx->mentions->len; m++)
    {
      const CkMention *mn = g_ptr_array_index (ctx->mentions, m);
      const CkDate *d;
      if (!mn->det || g_strcmp0 (mn->det->name, "author-date") != 0 ||
          !(d = ck_record_get_date (mn->rec, CK_DATE_ISSUED)))
        continue;
      if (!keys)
        keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < ck_record_get_n_names (mn->rec); i++)
        {
          const char *f = ck_record_get_name (mn->rec, i)->family;
          if (f)
            g_hash_table_add (keys, g_strdup_printf ("%s\x01%d", f, d->year));
        }
    }
  return keys;
}

void
ck_detect_narrative_cite (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  g_autoptr(GHashTable) keys = listed_keys (ctx);
  (void) det;
  if (!keys)
    return;
  for (guint i = 1; i + 2 < n; i++)
    {
      guint s;
      g_autofree char *fam = NULL, *key = NULL;
      if (!ck_tok_is_punct (ctx, i, '(') || !(ck_tok (ctx, i + 1)->flags & CK_TOKF_YEAR) ||
          !(ck_tok_is_punct (ctx, i + 2, ')') || ck_tok_is_punct (ctx, i + 2, ':') || ck_tok_is_punct (ctx, i + 2, ',')))
        continue;
      /* "Orr (1976)", "Held and Vail (1989)", "Orr et al. (1990)" */
      s = i - 1;
      if (s >= 3 && ck_tok_is_punct (ctx, s, '.') && ck_tok_is (ctx, s - 1, "al") && ck_tok_is (ctx, s - 2, "et"))
        s -= 3;
      else if (s >= 2 && ck_tok_is (ctx, s, "al") && ck_tok_is (ctx, s - 1, "et"))
        s -= 2;
      if (!surname_tok (ctx, s))
        continue;
      fam = ck_tok_dup (ctx, s);
      if (s >= 2 && (ck_tok_is (ctx, s - 1, "and") || ck_tok_is_punct (ctx, s - 1, '&')) && surname_tok (ctx, s - 2))
        {
          g_free (fam);
          s -= 2;
          fam = ck_tok_dup (ctx, s);
        }
      if (ck_is_claimed (ctx, s, i + 2))
        continue;
      key = g_strdup_printf ("%s\x01%d", fam, atoi (ctx->text + ck_tok (ctx, i + 1)->start));
      if (!g_hash_table_contains (keys, key))
        continue;
      ck_claim (ctx, s, i + 3);
      i += 2;
    }
}
