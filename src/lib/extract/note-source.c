/* note-source.c — a footnote that gives only the source of a title cited
 * in the text:
 *
 *   … outlined in "An Economic Theory of Salt",¹ and …
 *   ¹ Harbour History Review, 2nd ser., vol. XIV (1961), pp. 40–58.
 *
 *   … first set out in "The Salt Problem".³
 *   ³ (1962) 75 Harv.L.Rev. 210.
 *
 *   … in his Salt and Tides.²
 *   ² Chicago: Gannet Press, 1956.
 *
 * Runs after the detectors, before merging: for each mention followed by
 * a note mark (superscript digits, or "[n]"), the note of that mark is
 * found at the start of a later line; when no detector found a work of
 * its own in it, its source — a journal with volume and year, a lawyers'
 * citation, or an imprint — fills the mention's record where it has no
 * value.  A journal makes the work an article.
 */
#include "extract-private.h"
#include "scholar-shapes.h"
#include <stdlib.h>
#include <string.h>

#define NOTE_MARK_MAX  4    /* characters of a mark: "¹²" */
#define NOTE_MAX_TOKENS 60  /* tokens of one note */

/* The mark at @k ("¹²", "[12]") written into @mark; the token after it,
 * or @k when there is none. */
static guint
mark_at (const CkExtractCtx *ctx, guint k, char mark[static 16])
{
  guint n = ck_n_toks (ctx), e = k;
  GString *s = g_string_new (NULL);
  while (e < n && e < k + NOTE_MARK_MAX && ck_tok_is_note_mark (ctx, e) &&
         (e == k || ck_tok (ctx, e)->start == ck_tok (ctx, e - 1)->end))
    {
      g_string_append_len (s, ctx->text + ck_tok (ctx, e)->start, ck_tok (ctx, e)->end - ck_tok (ctx, e)->start);
      e++;
    }
  if (e == k && k + 2 < n && ck_tok_is_punct (ctx, k, '[') && ck_tok (ctx, k + 1)->kind == CK_TOK_NUMBER &&
      ck_tok (ctx, k + 1)->end - ck_tok (ctx, k + 1)->start <= 3 && ck_tok_is_punct (ctx, k + 2, ']'))
    {
      g_string_append_len (s, ctx->text + ck_tok (ctx, k)->start, ck_tok (ctx, k + 2)->end - ck_tok (ctx, k)->start);
      e = k + 3;
    }
  g_strlcpy (mark, s->str, 16);
  g_string_free (s, TRUE);
  return e;
}

/* Whether token @k opens a line. */
static gboolean
line_start (const CkExtractCtx *ctx, guint k)
{
  return k == 0 || ck_tok (ctx, k)->nl >= 1;
}

/* A plain note number opening a line ("1 London: Firm, 1958."): one or
 * two digits with a word, a quote or a bracket after a space.  Written
 * into @mark as "#1", apart from the superscripts; the token after it, or
 * @k. */
static guint
plain_mark_at (const CkExtractCtx *ctx, guint k, char mark[static 16])
{
  const CkToken *t = ck_tok (ctx, k), *nx;
  if (!line_start (ctx, k) || t->kind != CK_TOK_NUMBER || t->end - t->start > 2 || k + 1 >= ck_n_toks (ctx))
    return k;
  nx = ck_tok (ctx, k + 1);
  if (nx->nl >= 1 || nx->start == t->end || nx->kind == CK_TOK_NUMBER)
    return k;
  g_snprintf (mark, 16, "#%.*s", (int) (t->end - t->start), ctx->text + t->start);
  return k + 1;
}

/* A plain note number glued after a title: to its last word, which the
 * normaliser took off ("Logic1 is"), or after its stop or quote
 * ("Campanella,1", "Trismegiste.3").  @last is the title's last token,
 * @k the token after the stops.  Written into @mark as plain_mark_at()
 * writes it; the token after it, or @k when there is none. */
static guint
glued_mark_after (const CkExtractCtx *ctx, guint last, guint k, char mark[static 16])
{
  const CkToken *t = ck_tok (ctx, last);
  if ((t->flags & CK_TOKF_NOTE) && ctx->orig_map && t->end < ctx->len)
    {
      guint32 from = ctx->orig_map[t->end - 1] + 1, to = ctx->orig_map[t->end];
      if (to > from && to - from <= 2)
        {
          g_snprintf (mark, 16, "#%.*s", (int) (to - from), ctx->orig_text + from);
          return k;
        }
    }
  if (k > last + 1 && k < ck_n_toks (ctx) && ck_tok (ctx, k)->kind == CK_TOK_NUMBER &&
      ck_tok (ctx, k)->end - ck_tok (ctx, k)->start <= 2 && ck_tok (ctx, k)->start == ck_tok (ctx, k - 1)->end &&
      (k + 1 >= ck_n_toks (ctx) || ck_tok (ctx, k + 1)->start > ck_tok (ctx, k)->end))
    {
      g_snprintf (mark, 16, "#%.*s", (int) (ck_tok (ctx, k)->end - ck_tok (ctx, k)->start), ctx->text + ck_tok (ctx, k)->start);
      return k + 1;
    }
  return k;
}

/* Every note of the text by its mark: mark → GArray of the tokens after
 * the marks that open lines, in order.  Built once, so a book with
 * thousands of marks is read in one pass. */
static GHashTable *
note_index (const CkExtractCtx *ctx)
{
  GHashTable *idx = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  guint n = ck_n_toks (ctx);
  for (guint k = 0; k < n; k++)
    {
      char got[16];
      guint e;
      GArray *at;
      if (!line_start (ctx, k) || ((e = mark_at (ctx, k, got)) == k && (e = plain_mark_at (ctx, k, got)) == k))
        continue;
      at = g_hash_table_lookup (idx, got);
      if (!at)
        {
          at = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (idx, g_strdup (got), at);
        }
      g_array_append_val (at, e);
      k = e - 1;
    }
  return idx;
}

/* The note of @mark after token @from: [*cs,*ce), or FALSE. */
static gboolean
find_note (const CkExtractCtx *ctx, GHashTable *idx, guint from, const char *mark, guint *cs, guint *ce)
{
  guint n = ck_n_toks (ctx), lo = 0, hi;
  GArray *at = g_hash_table_lookup (idx, mark);
  char got[16];
  guint e;
  if (!at)
    return FALSE;
  /* the first note of that mark at or after @from */
  hi = at->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (at, guint, mid) < from)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo >= at->len)
    return FALSE;
  *cs = g_array_index (at, guint, lo);
  for (e = *cs; e < n && e < *cs + NOTE_MAX_TOKENS; e++)
    if (e > *cs && (ck_tok (ctx, e)->nl >= 2 || (line_start (ctx, e) && (mark_at (ctx, e, got) > e ||
                                                                       (mark[0] == '#' && plain_mark_at (ctx, e, got) > e)))))
      break;
  *ce = e;
  return *ce > *cs;
}

static gboolean
dash_tok (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, 0x2013);
}

/* The number after the label at @k ("vol. XIV", "No. 4", "pp. 40"),
 * its stop skipped; a roman numeral too when @roman.  0 when none. */
static guint
labelled_number (const CkExtractCtx *ctx, guint k, gboolean roman)
{
  guint v = ck_tok_is_punct (ctx, k + 1, '.') ? k + 2 : k + 1;
  if (v >= ck_n_toks (ctx))
    return 0;
  return ck_tok (ctx, v)->kind == CK_TOK_NUMBER || (roman && ck_roman_volume_tok (ctx, v)) ? v : 0;
}

/* "Journal, 2nd ser., vol. XIV (1961), pp. 40–58", "Journal, Vol. XIX,
 * No. 3, Part 2 (Supplement), May 1966, pp. 12–40", "Journal, Vol.
 * XII [1911], pp. 90–118" in [s,e): fills @rec; FALSE when it is none. */
static gboolean
journal_source (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  guint k = s, year = 0, vol = 0, issue = 0, ps = 0, pe = 0, ne;
  while (k < e && (ck_tok_cap_word (ctx, k) || (k > s && (ck_tok (ctx, k)->flags & CK_TOKF_FUNC)) ||
                   (k > s && ck_tok_is_punct (ctx, k, '.')) || ck_tok_is_punct (ctx, k, '&')))
    k++;
  ne = k;
  if (ne == s || !ck_tok_is_punct (ctx, k, ','))
    return FALSE;
  while (k < e)
    {
      if (ck_tok_is_punct (ctx, k, ',') || ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, ';'))
        {
          k++;
          continue;
        }
      /* "vol. XIV", "Vol. 45", "No. 4" */
      if ((ck_tok_is (ctx, k, "vol") || ck_tok_is (ctx, k, "volume")) && k + 2 < e)
        {
          if ((vol = labelled_number (ctx, k, TRUE)) == 0)
            return FALSE;
          k = vol + 1;
          continue;
        }
      if ((ck_tok_is (ctx, k, "no") || ck_tok_is (ctx, k, "nos")) && k + 2 < e)
        {
          if ((issue = labelled_number (ctx, k, FALSE)) == 0)
            return FALSE;
          k = issue + 1;
          continue;
        }
      /* "2nd ser.", "n.s.", "Part 2", "(Supplement)" say nothing we keep */
      if (k + 1 < e && ck_tok (ctx, k)->kind == CK_TOK_NUMBER && (ck_tok_is (ctx, k + 1, "ser") || ck_tok_is (ctx, k + 1, "series")))
        {
          k += 2;
          continue;
        }
      if (ck_tok_is (ctx, k, "n") || ck_tok_is (ctx, k, "s") || ck_tok_is (ctx, k, "NS") || ck_tok_is (ctx, k, "Part") ||
          ck_tok_is (ctx, k, "Supplement") || ck_tok_is_punct (ctx, k, ')') || ck_tok_is_punct (ctx, k, ']'))
        {
          k++;
          continue;
        }
      if (ck_tok_is_punct (ctx, k, '(') || ck_tok_is_punct (ctx, k, '['))
        {
          k++;
          continue;
        }
      if (ck_tok (ctx, k)->flags & CK_TOKF_YEAR)
        {
          if (!year)
            year = k;
          k++;
          /* "1956-57" */
          if (k + 1 < e && dash_tok (ctx, k) && ck_tok (ctx, k + 1)->kind == CK_TOK_NUMBER)
            k += 2;
          continue;
        }
      if (ck_tok_in_lex (ctx, k, CK_LEX_MONTHS))
        {
          k++;
          continue;
        }
      if ((ck_tok_is (ctx, k, "pp") || ck_tok_is (ctx, k, "p")) && k + 2 < e)
        {
          if ((ps = labelled_number (ctx, k, FALSE)) == 0)
            return FALSE;
          pe = ps + 1;
          if (pe + 1 < e && dash_tok (ctx, pe) && ck_tok (ctx, pe + 1)->kind == CK_TOK_NUMBER)
            pe += 2;
          k = pe;
          continue;
        }
      if (ck_tok (ctx, k)->kind == CK_TOK_NUMBER && ck_tok (ctx, k)->end - ck_tok (ctx, k)->start <= 2)
        {
          k++;
          continue;
        }
      return FALSE;
    }
  if (!year || !(vol || issue))
    return FALSE;
  if (!ck_record_has (rec, CK_FIELD_CONTAINER_TITLE))
    ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, s, ne));
  if (vol && !ck_record_has (rec, CK_FIELD_VOLUME))
    ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, vol));
  if (issue && !ck_record_has (rec, CK_FIELD_ISSUE))
    ck_record_take (rec, CK_FIELD_ISSUE, ck_tok_dup (ctx, issue));
  if (ps && !ck_record_has (rec, CK_FIELD_PAGES))
    ck_record_take (rec, CK_FIELD_PAGES, ck_span_dup (ctx, ps, pe));
  if (!ck_record_get_date (rec, CK_DATE_ISSUED))
    ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year)->start), 0, 0));
  return TRUE;
}

/* "(1962) 75 Harv.L.Rev. 210." in [s,e). */
static gboolean
law_note (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  guint y, vol, js, je, pg = ck_law_source (ctx, s, e, &y, &vol, &js, &je);
  if (!pg || pg + 2 < e - 1)
    return FALSE;
  if (!ck_record_has (rec, CK_FIELD_CONTAINER_TITLE))
    ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, js, je));
  if (!ck_record_has (rec, CK_FIELD_VOLUME))
    ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, vol));
  if (!ck_record_has (rec, CK_FIELD_PAGES))
    ck_record_take (rec, CK_FIELD_PAGES, ck_tok_dup (ctx, pg));
  if (!ck_record_get_date (rec, CK_DATE_ISSUED))
    ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, y)->start), 0, 0));
  return TRUE;
}

/* "Chicago: Gannet Press, 1956." in [s,e): an imprint with a year and a
 * publisher or place, nothing else. */
static gboolean
imprint_note (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  guint unknown = 0, end = e;
  CkRole role = CK_ROLE_AUTHOR;
  guint re = ck_role_phrase_at (ctx, s, e, &role);
  while (end > s && ck_tok_is_punct (ctx, end - 1, '.'))
    end--;
  /* "Trans. Ada Reed (New York: Firm, 1943).": the translator, then the
   * imprint in brackets */
  if (re > s && role != CK_ROLE_AUTHOR)
    {
      guint ne = ck_names_forward (ctx, re, end, role, names);
      if (ne == re || ne >= end || !ck_tok_is_punct (ctx, ne, '('))
        return FALSE;
      s = ne;
    }
  /* "4 vols. (Paris: Firm, 1944-1954)." */
  if (s + 3 < end && ck_tok (ctx, s)->kind == CK_TOK_NUMBER && ck_tok_is (ctx, s + 1, "vols"))
    s += ck_tok_is_punct (ctx, s + 2, '.') ? 3 : 2;
  if (s + 2 < end && ck_tok_is_punct (ctx, s, '(') && ck_tok_is_punct (ctx, end - 1, ')'))
    {
      s++;
      end--;
    }
  if (end <= s + 2 || !ck_tok_cap_word (ctx, s))
    return FALSE;
  if (ck_assemble_elements (probe, ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, end - 1)->end, CK_ELEM_INLINE,
                            &unknown) == 0 ||
      unknown > 0 || !ck_record_get_date (probe, CK_DATE_ISSUED) ||
      !(ck_record_has (probe, CK_FIELD_PUBLISHER) || ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE)))
    return FALSE;
  for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
    if (ck_record_get (probe, f) && !ck_record_has (rec, f) && f != CK_FIELD_TITLE)
      ck_record_set (rec, f, ck_record_get (probe, f));
  for (guint q = 0; q < names->len; q++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
  if (!ck_record_get_date (rec, CK_DATE_ISSUED))
    ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_copy (ck_record_get_date (probe, CK_DATE_ISSUED)));
  return TRUE;
}

/* Which tokens open a mention: a note that holds one names a work of its
 * own.  Marked once, so each note is checked in its own length. */
static guint8 *
mention_starts (const CkExtractCtx *ctx)
{
  guint n = ck_n_toks (ctx);
  guint8 *at = g_malloc0 (n + 1);
  for (guint q = 0; q < ctx->mentions->len; q++)
    {
      const CkMention *o = g_ptr_array_index (ctx->mentions, q);
      guint k = ck_tok_at_byte (ctx, o->start);
      if (k < n)
        at[k] = 1;
    }
  return at;
}

static gboolean
note_has_work (const guint8 *starts, guint cs, guint ce)
{
  for (guint k = cs; k < ce; k++)
    if (starts[k])
      return TRUE;
  return FALSE;
}

void
ck_note_sources (CkExtractCtx *ctx)
{
  guint n = ck_n_toks (ctx), len = ctx->mentions->len;
  g_autoptr(GHashTable) idx = NULL;
  g_autofree guint8 *starts = NULL;
  for (guint q = 0; q < len; q++)
    {
      CkMention *m = g_ptr_array_index (ctx->mentions, q);
      guint k = ck_tok_at_byte (ctx, m->end), e, cs, ce, last;
      char mark[16] = "";
      CkType type;
      if (m->flags & (CK_MENTION_SELF | CK_MENTION_ISSUE | CK_MENTION_ATTACH) || k >= n)
        continue;
      type = ck_record_get_type (m->rec);
      if (type != CK_TYPE_BOOK && type != CK_TYPE_ARTICLE_JOURNAL && type != CK_TYPE_ARTICLE_MAGAZINE)
        continue;
      last = k > 0 ? k - 1 : 0;
      /* past the closing quote and the sentence's stop: '"T",¹', '"T".²' */
      for (guint a = 0; a < 3 && k < n && (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_CLOSE || ck_tok_is_punct (ctx, k, ',') ||
                                           ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, ';'));
           a++)
        k++;
      if (k < n && !line_start (ctx, k) && (e = mark_at (ctx, k, mark)) > k)
        ;
      else if (k <= n && (e = glued_mark_after (ctx, last, k, mark)) >= k && mark[0] == '#')
        ;
      else
        continue;
      if (!idx)
        {
          idx = note_index (ctx);
          starts = mention_starts (ctx);
        }
      if (!find_note (ctx, idx, e, mark, &cs, &ce) || note_has_work (starts, cs, ce))
        continue;
      if (journal_source (ctx, cs, ce, m->rec) || law_note (ctx, cs, ce, m->rec))
        {
          if (type == CK_TYPE_BOOK)
            ck_record_set_type (m->rec, CK_TYPE_ARTICLE_JOURNAL);
        }
      else if (type == CK_TYPE_BOOK)
        imprint_note (ctx, cs, ce, m->rec);
    }
}
