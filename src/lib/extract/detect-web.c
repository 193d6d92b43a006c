/* detect-web.c — conventions of reviews published on the web, for the
 * detectors that read markup left in the text (normalize-web.c has made
 * every italic "<i>…</i>").
 *
 *   guint k = ck_italics_byline (ctx, after, limit, rec);  // after "</i>"
 */
#include "detect-extra.h"
#include "title-short.h"

/* "<i>Title</i> by Given Family, translated by X (…)": a web page's
 * italic title followed by its by-line, as blogs and CMS templates set
 * a book (print sets "Title, by Author"; the web drops the comma).  At
 * @k, the token after the closing tag: adds the names to @rec and returns
 * the token after them and their roles, or @k when no by-line of two
 * words or more follows. */
guint
ck_italics_byline (const CkExtractCtx *ctx, guint k, guint limit, CkRecord *rec)
{
  g_autoptr(GPtrArray) names = NULL;
  guint ne, s = k;
  if (s < limit && ck_tok_is_punct (ctx, s, ','))
    s++;
  if (s >= limit || !ck_tok_is (ctx, s, "by"))
    return k;
  names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  ne = ck_names_forward (ctx, s + 1, limit, CK_ROLE_AUTHOR, names);
  if (ne == s + 1 || names->len == 0 || ck_count_words (ctx, s + 1, ne) < 2)
    return k;
  for (guint q = 0; q < names->len; q++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
  ne = ck_short_skip_unnamed (ctx, ne, limit);
  /* ", translated by B" */
  return ck_role_chain (ctx, ne, limit, rec);
}
