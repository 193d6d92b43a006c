/* title-echo.c — a title found earlier, named again bare later:
 *
 *   "… Seven Sluices (1995) followed …  as it was in Seven Sluices."
 *
 * The second mention carries no mark, so merge.c's index of people
 * (every unclaimed run that reads as a name) takes "Seven Sluices" for a
 * person, and a surname that recurs that way becomes the text's subject
 * and the author of every work whose author comes from context — the
 * titles become authors.  This detector runs last: it claims each later
 * run that repeats a found title word for word, and adds no record (the
 * work has one already).  A repeated title that reads as a person's name
 * ("Ada Vell", a life named for its subject) is left to the people.
 */
#include "extract-private.h"
#include "detect-context.h"
#include "detect-extra.h"
#include <string.h>

/* Longest title compared, in bytes, and in tokens */
#define ECHO_MAX_BYTES  160
#define ECHO_MAX_TOKENS 24

/* Titles of two words or more that the detectors found, by first word. */
static GHashTable *
titles_by_first_word (const CkExtractCtx *ctx)
{
  GHashTable *by_word = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      const CkMention *m = g_ptr_array_index (ctx->mentions, i);
      const char *title = ck_record_get (m->rec, CK_FIELD_TITLE), *sp;
      GPtrArray *list;
      char *key;
      if (!title || strlen (title) > ECHO_MAX_BYTES || !g_ascii_isupper (title[0]) ||
          ck_record_get_type (m->rec) == CK_TYPE_PERIODICAL || !(sp = strchr (title, ' ')))
        continue;
      key = g_strndup (title, sp - title);
      list = g_hash_table_lookup (by_word, key);
      if (!list)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_word, key, list);
        }
      else
        g_free (key);
      g_ptr_array_add (list, (gpointer) title);
    }
  return by_word;
}

void
ck_detect_title_echo (CkExtractCtx *ctx, const CkDetector *det)
{
  g_autoptr(GHashTable) by_word = titles_by_first_word (ctx);
  guint n = ck_n_toks (ctx);
  (void) det;
  if (g_hash_table_size (by_word) == 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      const CkToken *t = ck_tok (ctx, i);
      char key[64]; /* on the stack: this runs for every capitalised word */
      GPtrArray *list;
      if (!ck_tok_cap_word (ctx, i) || ck_is_claimed (ctx, i, i + 1) || (i > 0 && ck_tok_cap_word (ctx, i - 1)) ||
          t->end - t->start >= sizeof key)
        continue;
      memcpy (key, ctx->text + t->start, t->end - t->start);
      key[t->end - t->start] = '\0';
      list = g_hash_table_lookup (by_word, key);
      for (guint k = 0; list && k < list->len; k++)
        {
          const char *stop = ck_match_title (ctx->text + t->start, ctx->text + ctx->len, g_ptr_array_index (list, k));
          guint e = i;
          if (!stop)
            continue;
          while (e < n && e < i + ECHO_MAX_TOKENS && ctx->text + ck_tok (ctx, e)->end < stop)
            e++;
          /* the match must end with a token, not inside a longer run */
          if (e >= n || e >= i + ECHO_MAX_TOKENS || ctx->text + ck_tok (ctx, e)->end != stop ||
              (e + 1 < n && ck_tok_cap_word (ctx, e + 1) && ck_tok (ctx, e + 1)->nl == 0))
            continue;
          if (ck_is_claimed (ctx, i, e + 1) || ck_ctx_names_person (ctx, i, e + 1))
            continue;
          ck_claim (ctx, i, e + 1);
          i = e;
          break;
        }
    }
}
