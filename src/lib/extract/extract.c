/* extract.c — ck_extract_text(): the extraction pipeline in one place.
 *
 *   CkExtractOptions opts = CK_EXTRACT_OPTIONS_INIT;
 *   g_autoptr(GPtrArray) recs = ck_extract_text (text, len, "review.txt", &opts, &error);
 *
 * 1. tokenize (tokenize.c) and class the paragraphs: headings, running
 *    prose, and the header zone before the first prose paragraph;
 * 2. run every detector of the table (detectors.c) in order; each adds
 *    mentions with provenance and claims the tokens it used;
 * 3. merge the mentions into records (merge.c).
 * Nothing here depends on the order of a hash table, so the output is the
 * same for the same input.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <string.h>

/* Limits: texts beyond this are refused rather than scanned for minutes. */
#define CK_EXTRACT_MAX_BYTES ((gsize) 256 * 1024 * 1024)
#define CK_COL_BLOCK 512   /* bytes per block of ctx->orig_cont */

/* Characters of orig_text before byte @x (valid UTF-8: every byte but a
 * continuation byte starts one), from the block counts of orig_cont: a
 * 1 MB text on one line would make counting from the line's start
 * quadratic over its mentions. */
static gsize
chars_before (const CkExtractCtx *ctx, gsize x)
{
  gsize b = x / CK_COL_BLOCK, cont = g_array_index (ctx->orig_cont, guint32, b);
  for (gsize k = b * CK_COL_BLOCK; k < x; k++)
    cont += ((guchar) ctx->orig_text[k] & 0xC0) == 0x80;
  return x - cont;
}

CkProvenance *
ck_provenance_at (const CkExtractCtx *ctx, gsize start, gsize end, const char *detector, double confidence)
{
  guint line = 1, col = 1;
  g_autofree char *evidence = NULL;
  if (!ctx->orig_map)
    {
      ck_tokens_locate (ctx->t, start, &line, &col);
      evidence = g_strndup (ctx->text + start, end - start);
      return ck_provenance_new (ctx->source, start, end, line, col, evidence, detector, confidence);
    }
  start = ctx->orig_map[MIN (start, ctx->len)];
  end = MAX (start, ctx->orig_map[MIN (end, ctx->len)]);
  {
    /* binary search over the original's line starts, then count columns */
    guint lo = 0, hi = ctx->orig_lines->len;
    while (lo < hi)
      {
        guint mid = (lo + hi) / 2;
        if (g_array_index (ctx->orig_lines, guint32, mid) <= start)
          lo = mid + 1;
        else
          hi = mid;
      }
    line = MAX (lo, 1);
    col = 1 + (guint) (chars_before (ctx, start) - chars_before (ctx, g_array_index (ctx->orig_lines, guint32, line - 1)));
  }
  evidence = g_strndup (ctx->orig_text + start, end - start);
  return ck_provenance_new (ctx->source, start, end, line, col, evidence, detector, confidence);
}

/* Mentions longer than this many tokens go on one list that every query
 * reads, so that linking stays linear however long a mention is. */
#define CK_COVER_MAX_TOKS 256

/* Links mention @m (index @mi) to every token its span covers. */
static void
cover_add (CkExtractCtx *ctx, const CkMention *m, guint32 mi)
{
  guint n = ck_n_toks (ctx), lo = 0, hi = n, first, k;
  if (!ctx->cover_head)
    return;
  /* the first token starting at or after the span's start */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (ck_tok (ctx, mid)->start < m->start)
        lo = mid + 1;
      else
        hi = mid;
    }
  first = lo;
  for (k = first; k < n && ck_tok (ctx, k)->end <= m->end && k - first <= CK_COVER_MAX_TOKS; k++)
    ;
  if (k - first > CK_COVER_MAX_TOKS)
    {
      g_array_append_val (ctx->cover_wide, mi);
      return;
    }
  for (guint j = first; j < k; j++)
    {
      CkCoverLink link = { mi, 0 };
      g_array_append_val (ctx->cover_links, link);
      if (ctx->cover_tail[j])
        g_array_index (ctx->cover_links, CkCoverLink, ctx->cover_tail[j] - 1).next = ctx->cover_links->len;
      else
        ctx->cover_head[j] = ctx->cover_links->len;
      ctx->cover_tail[j] = ctx->cover_links->len;
    }
}

/* A header over the prose, or a notice's header opening a paragraph of
 * its own with its imprint ("Ann Reed: Title. Gannet, 1965. 45s." after
 * the notice before it). */
static gboolean
header_entry (const CkExtractCtx *ctx, const CkRecord *rec, guint first_tok)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, first_tok));
  if (pp->flags & CK_PARA_HEADER)
    return TRUE;
  return first_tok == pp->tok_first && ck_record_has (rec, CK_FIELD_PUBLISHER) &&
         ck_record_get_date (rec, CK_DATE_ISSUED) != NULL;
}

/* @s with the typographer's apostrophe between two letters made plain, or
 * NULL when it has none. */
static char *
plain_apostrophe (const char *s)
{
  GString *out;
  const char *q;
  if (!s || !(q = strstr (s, "\xe2\x80\x99")))
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = s; *p;)
    if (strncmp (p, "\xe2\x80\x99", 3) == 0 && p > s && g_ascii_isalpha (p[-1]) && g_ascii_isalpha (p[3]))
      {
        g_string_append_c (out, '\'');
        p += 3;
      }
    else
      g_string_append_c (out, *p++);
  return g_string_free (out, FALSE);
}

/* Gives @rec the names of @names (which it empties) in place of its own. */
static void
replace_names (CkRecord *rec, GPtrArray *names)
{
  while (ck_record_get_n_names (rec) > 0)
    ck_record_remove_name (rec, 0);
  for (guint i = 0; i < names->len; i++)
    ck_record_take_name (rec, g_steal_pointer (&g_ptr_array_index (names, i)));
}

/* Names as a catalogue writes them: "O’Connor" takes the plain apostrophe
 * ("O'Connor"), and a name set in capitals ("JAMES R. VELL") is written
 * "James R. Vell". */
void
ck_tidy_names (CkRecord *rec)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  gboolean changed = FALSE;
  for (guint i = 0; i < ck_record_get_n_names (rec); i++)
    {
      const CkName *nm = ck_record_get_name (rec, i);
      CkName *cp = ck_name_copy (nm);
      char *f, *g;
      ck_upper_to_title (&cp->family);
      ck_upper_to_title (&cp->given);
      if ((f = plain_apostrophe (cp->family)))
        {
          g_free (cp->family);
          cp->family = f;
        }
      if ((g = plain_apostrophe (cp->given)))
        {
          g_free (cp->given);
          cp->given = g;
        }
      changed |= g_strcmp0 (cp->family, nm->family) != 0 || g_strcmp0 (cp->given, nm->given) != 0;
      g_ptr_array_add (names, cp);
    }
  if (changed)
    replace_names (rec, names);
}

/* Whether the text calls men "M. Barthes" as French and older English
 * reviews do: "M." before a surname and a word in lower case, twice. */
static gboolean
monsieur_text (const CkExtractCtx *ctx)
{
  guint n = ck_n_toks (ctx), seen = 0;
  for (guint k = 0; k + 3 < n && seen < 2; k++)
    if (ck_tok_is (ctx, k, "M") && ck_tok_cap_word (ctx, k) && ck_tok_is_punct (ctx, k + 1, '.') &&
        ck_tok_cap_word (ctx, k + 2) && !(ck_tok (ctx, k + 2)->flags & CK_TOKF_INITIAL) &&
        !ck_tok_in_lex (ctx, k + 2, CK_LEX_GIVEN_NAMES) && ck_tok_lower_word (ctx, k + 3))
      seen++;
  return seen >= 2;
}

/* In such a text "M. Lucien Quell" is Monsieur Lucien Quell: the "M."
 * goes from the given names. */
static void
drop_monsieur (CkRecord *rec)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  gboolean changed = FALSE;
  for (guint i = 0; i < ck_record_get_n_names (rec); i++)
    {
      CkName *cp = ck_name_copy (ck_record_get_name (rec, i));
      if (cp->family && cp->given && (strcmp (cp->given, "M.") == 0 || g_str_has_prefix (cp->given, "M. ")))
        {
          char *rest = g_strdup (cp->given + 2);
          g_strstrip (rest);
          g_free (cp->given);
          cp->given = NULL;
          if (*rest)
            cp->given = rest;
          else
            g_free (rest);
          changed = TRUE;
        }
      g_ptr_array_add (names, cp);
    }
  if (changed)
    replace_names (rec, names);
}

/* Whether the text writes about films: their words half a dozen times. */
static gboolean
film_text (CkExtractCtx *ctx)
{
  static const char * const words[] = { "film", "films", "cinema", "filmmaker", "filmmakers", "movie", "movies",
                                        "director", "directors", "camera", "shot", "shots", "screen", NULL };
  if (ctx->film_text < 0)
    {
      guint seen = 0;
      for (guint k = 0; k < ck_n_toks (ctx) && seen < 6; k++)
        if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, words))
          seen++;
      ctx->film_text = seen >= 6;
    }
  return ctx->film_text;
}

/* "Sátántangó (Béla Tarr, 1994)" in a text on films: a person's name in
 * the publisher's place is the film's director. */
static void
film_director (CkExtractCtx *ctx, CkRecord *rec)
{
  const char *pub = ck_record_get (rec, CK_FIELD_PUBLISHER);
  g_auto(GStrv) words = NULL;
  guint n;
  if (!pub || ck_record_get_type (rec) != CK_TYPE_BOOK || ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE) ||
      ck_record_get_n_names (rec) > 0 || !ck_record_get_date (rec, CK_DATE_ISSUED))
    return;
  words = g_strsplit (pub, " ", -1);
  n = g_strv_length (words);
  /* two or three capitalised words, no firm the lexicon knows, no place */
  if (n < 2 || n > 3 || ck_lex_lookup (CK_LEX_PUBLISHERS, pub, -1) || ck_lex_lookup (CK_LEX_PLACES, words[0], -1))
    return;
  for (guint i = 0; i < n; i++)
    if (!g_unichar_isupper (g_utf8_get_char (words[i])) || ck_lex_lookup (CK_LEX_PUBLISHER_WORDS, words[i], -1))
      return;
  if (!film_text (ctx))
    return;
  ck_record_take_name (rec, ck_name_parse_display (CK_ROLE_DIRECTOR, pub));
  ck_record_set (rec, CK_FIELD_PUBLISHER, NULL);
  ck_record_set_type (rec, CK_TYPE_MOTION_PICTURE);
}

/* "Conquest's anthology T", "Reed's edition of T", "Kahn's translation as
 * T": the owner of the title's anthology, edition or translation edited
 * or translated it.  Moves the owner from the authors to that role. */
static void
owner_role_before (const CkExtractCtx *ctx, CkRecord *rec, guint ts)
{
  static const char * const editing[] = { "anthology", "edition", "selection", NULL };
  static const char * const translating[] = { "translation", "version", NULL };
  g_autoptr(GPtrArray) names = NULL;
  guint k = ts, ns;
  CkRole role;
  if (k < 3 || k >= ck_n_toks (ctx))
    return;
  if ((ck_tok_is (ctx, k - 1, "as") || ck_tok_is (ctx, k - 1, "of")) && ck_tok_lower_word (ctx, k - 1))
    k--;
  if (!ck_tok_lower_word (ctx, k - 1))
    return;
  if (ck_tok_in_words (ctx, k - 1, editing))
    role = CK_ROLE_EDITOR;
  else if (ck_tok_in_words (ctx, k - 1, translating))
    role = CK_ROLE_TRANSLATOR;
  else
    return;
  k--;
  if (k < 2 || ck_tok (ctx, k - 1)->kind != CK_TOK_POSS)
    return;
  ns = ck_name_span_backward (ctx, k - 1, ck_sentence_start (ctx, k - 1));
  if (ns >= k - 1 || ck_record_count_role (rec, role) > 0)
    return;
  names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  ck_names_forward (ctx, ns, k - 1, role, names);
  for (guint i = 0; i < names->len; i++)
    {
      const CkName *nm = g_ptr_array_index (names, i);
      /* the owner read as the author goes */
      for (guint q = ck_record_get_n_names (rec); q-- > 0;)
        {
          const CkName *an = ck_record_get_name (rec, q);
          if (an->role == CK_ROLE_AUTHOR && an->family && nm->family && g_utf8_collate (an->family, nm->family) == 0)
            ck_record_remove_name (rec, q);
        }
      ck_record_add_name_unique (rec, ck_name_copy (nm));
    }
}

CkMention *
ck_mention_add (CkExtractCtx *ctx, const CkDetector *det, CkRecord *rec,
                gsize start, gsize end, guint first_tok, guint flags)
{
  CkMention *m = g_new0 (CkMention, 1);
  double conf = det->confidence;

  end = MAX (start, MIN (end, ctx->len));
  /* a mention that brought more than a title is surer of itself */
  if (ck_record_get_n_names (rec) > 0)
    conf += 0.02;
  if (ck_record_has (rec, CK_FIELD_PUBLISHER) || ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE) ||
      ck_record_get_date (rec, CK_DATE_ISSUED))
    conf += 0.03;
  if (flags & CK_MENTION_WEAK)
    conf -= 0.25;
  conf = CLAMP (conf, 0.05, 0.99);
  ck_joint_roles (rec, ctx->text + start, end - start);
  ck_tidy_names (rec);
  film_director (ctx, rec);
  if (!(flags & CK_MENTION_SELF) && (ck_record_get_type (rec) == CK_TYPE_BOOK || ck_record_get_type (rec) == CK_TYPE_CHAPTER))
    owner_role_before (ctx, rec, first_tok);
  /* "Given Family: Title" over a header's imprint */
  if (ck_record_get_type (rec) == CK_TYPE_BOOK && first_tok < ck_n_toks (ctx) && header_entry (ctx, rec, first_tok))
    ck_header_colon_author (rec);
  if (ck_record_get_type (rec) == CK_TYPE_BOOK)
    ck_collected_author (rec);
  if (ck_record_get_type (rec) == CK_TYPE_BOOK)
    ck_trailing_published (ctx, rec, end);
  if (ck_record_get_type (rec) == CK_TYPE_BOOK)
    ck_title_volume_tail (rec);
  ck_record_take_provenance (rec, ck_provenance_at (ctx, start, end, det->name, conf));
  m->rec = rec;
  m->start = start;
  m->end = end;
  m->det = det;
  m->confidence = conf;
  m->flags = flags;
  m->tok = first_tok;
  g_ptr_array_add (ctx->mentions, m);
  cover_add (ctx, m, ctx->mentions->len - 1);
  return m;
}

struct _CkTitleIndex {
  GHashTable *set;   /* ASCII-lowered main titles */
  guint n;           /* mentions indexed so far */
};

gboolean
ck_title_seen (const CkExtractCtx *ctx, const char *title)
{
  struct _CkTitleIndex *ix = ctx->titles_seen;
  g_autofree char *key = NULL;
  if (!title || !ix)
    return FALSE;
  /* a record's title is read when its mention is first indexed */
  for (; ix->n < ctx->mentions->len; ix->n++)
    {
      const char *have = ck_record_get (((const CkMention *) g_ptr_array_index (ctx->mentions, ix->n))->rec, CK_FIELD_TITLE);
      if (have)
        g_hash_table_add (ix->set, g_ascii_strdown (have, -1));
    }
  key = g_ascii_strdown (title, -1);
  return g_hash_table_contains (ix->set, key);
}

void
ck_cover_iter_init (const CkExtractCtx *ctx, guint k, CkCoverIter *it)
{
  it->tok = k;
  it->link = k < ck_n_toks (ctx) && ctx->cover_head ? ctx->cover_head[k] : 0;
  it->wide = 0;
}

const CkMention *
ck_cover_iter_next (const CkExtractCtx *ctx, CkCoverIter *it)
{
  const CkToken *t;
  if (it->tok >= ck_n_toks (ctx))
    return NULL;
  t = ck_tok (ctx, it->tok);
  /* two lists, each in mention order: merge them by mention index */
  for (;;)
    {
      guint32 li = it->link ? g_array_index (ctx->cover_links, CkCoverLink, it->link - 1).mention : G_MAXUINT32;
      guint32 wi = G_MAXUINT32;
      const CkMention *m;
      while (ctx->cover_wide && it->wide < ctx->cover_wide->len)
        {
          const CkMention *w = g_ptr_array_index (ctx->mentions, g_array_index (ctx->cover_wide, guint32, it->wide));
          if (t->start >= w->start && t->end <= w->end)
            {
              wi = g_array_index (ctx->cover_wide, guint32, it->wide);
              break;
            }
          it->wide++;
        }
      if (li == G_MAXUINT32 && wi == G_MAXUINT32)
        return NULL;
      if (li < wi)
        {
          m = g_ptr_array_index (ctx->mentions, li);
          it->link = g_array_index (ctx->cover_links, CkCoverLink, it->link - 1).next;
        }
      else
        {
          m = g_ptr_array_index (ctx->mentions, wi);
          it->wide++;
        }
      return m;
    }
}

static gboolean
have_mention_flag (const CkExtractCtx *ctx, guint flag)
{
  for (guint i = 0; i < ctx->mentions->len; i++)
    if (((const CkMention *) g_ptr_array_index (ctx->mentions, i))->flags & flag)
      return TRUE;
  return FALSE;
}

gboolean
ck_have_main_mention (const CkExtractCtx *ctx)
{
  return have_mention_flag (ctx, CK_MENTION_MAIN);
}

gboolean
ck_have_self_mention (const CkExtractCtx *ctx)
{
  return have_mention_flag (ctx, CK_MENTION_SELF);
}

void
ck_claim (CkExtractCtx *ctx, guint first, guint end)
{
  end = MIN (end, ck_n_toks (ctx));
  for (guint i = first; i < end; i++)
    ctx->claimed[i] = 1;
}

gboolean
ck_is_claimed (const CkExtractCtx *ctx, guint first, guint end)
{
  end = MIN (end, ck_n_toks (ctx));
  for (guint i = first; i < end; i++)
    if (ctx->claimed[i])
      return TRUE;
  return FALSE;
}

static void
mention_free (CkMention *m)
{
  if (!m)
    return;
  g_clear_pointer (&m->rec, ck_record_unref);
  g_free (m);
}

/* A short paragraph with an ISBN, or opening with an inverted name and
 * holding both a price and an extent ("473p", "xii + 300 pp"), is a
 * book's header even when its title is in sentence case ("Family, Given.
 * The title in lower case. …"). */
static gboolean
trade_header (const CkExtractCtx *ctx, const CkPara *pp)
{
  gboolean isbn = FALSE, price = FALSE, extent = FALSE, byline = FALSE;
  /* (a journal's header under its author's name in capitals, "ADA VELL,
   * Title …", may wrap a long foreign title over five lines) */
  if (pp->end - pp->start > 600 || pp->line_end - pp->line_first > 5 ||
      (pp->line_end - pp->line_first > 3 && !ck_caps_name_comma (ctx, pp->tok_first, pp->tok_end)))
    return FALSE;
  for (guint i = pp->tok_first; i < pp->tok_end; i++)
    {
      const CkToken *t = ck_tok (ctx, i);
      const char *w = ctx->text + t->start;
      gsize n = t->end - t->start;
      if (t->kind == CK_TOK_WORD && n == 4 && strncmp (w, "ISBN", 4) == 0)
        isbn = TRUE;
      else if (t->kind == CK_TOK_PUNCT && (t->ch == '$' || t->ch == 0xA3 || t->ch == 0x20AC) && i + 1 < pp->tok_end &&
               ck_tok (ctx, i + 1)->kind == CK_TOK_NUMBER)
        price = TRUE;
      /* "NF 39", "DM 38": a currency in letters */
      else if (t->kind == CK_TOK_WORD && i + 1 < pp->tok_end && ck_tok (ctx, i + 1)->kind == CK_TOK_NUMBER &&
               (t->flags & CK_TOKF_UPPER) && ck_tok_in_lex (ctx, i, CK_LEX_CURRENCY))
        price = TRUE;
      else if (t->kind == CK_TOK_NUMBER && g_ascii_isdigit (w[0]) &&
               ((n > 1 && w[n - 1] == 'p') || (n > 2 && strncmp (w + n - 2, "pp", 2) == 0) ||
                (i + 1 < pp->tok_end && (ck_tok_is (ctx, i + 1, "pp") || ck_tok_is (ctx, i + 1, "pages")))))
        extent = TRUE;
      else if (t->kind == CK_TOK_WORD && n > 2 && strncmp (w, "pp", 2) == 0 && g_ascii_isdigit (w[2]))
        extent = TRUE;   /* "pp372" */
      /* "Pp. xviii+286": an older journal's extent */
      else if (t->kind == CK_TOK_WORD && n == 2 && (strncmp (w, "Pp", 2) == 0 || strncmp (w, "pp", 2) == 0) &&
               i + 2 < pp->tok_end && ck_tok_is_punct (ctx, i + 1, '.'))
        extent = TRUE;
      /* "18s. net", "7s. 6d.": a price in shillings */
      else if (n >= 2 && g_ascii_isdigit (w[0]) && w[n - 1] == 's' && i + 1 < pp->tok_end && ck_tok_is_punct (ctx, i + 1, '.'))
        price = TRUE;
      /* "Title. By Name.": the by-line of an older journal's notice */
      else if (t->kind == CK_TOK_WORD && n == 2 && strncmp (w, "By", 2) == 0 && i > pp->tok_first &&
               ck_tok_is_punct (ctx, i - 1, '.') && ck_name_span_forward (ctx, i + 1, pp->tok_end) > i + 2)
        byline = TRUE;
    }
  if (isbn)
    return TRUE;
  /* "Title. By Name. Pp. xii+275. (London: Firm, 1936.) 7s. 6d. net.": a
   * notice whose long title in sentence case reads like prose; it ends
   * on its price (a notice with its prose after the price is prose) */
  if (byline && price && extent)
    {
      guint last = pp->tok_end;
      while (last > pp->tok_first && ck_tok (ctx, last - 1)->kind == CK_TOK_PUNCT)
        last--;
      if (last > pp->tok_first)
        {
          const CkToken *t = ck_tok (ctx, last - 1);
          const char *w = ctx->text + t->start;
          gsize n = t->end - t->start;
          if ((n == 3 && strncmp (w, "net", 3) == 0) || (n >= 2 && g_ascii_isdigit (w[0]) && (w[n - 1] == 's' || w[n - 1] == 'd')))
            return TRUE;
        }
    }
  /* "Family, Given. Title …" opening a paragraph with a price and an
   * extent: a library heading, not prose ("At 400 pages and $30 …" is).
   * A line of catalogue codes may come first ("29-1734  E78  CIP"). */
  if (!price || !extent)
    return FALSE;
  for (guint l = pp->line_first; l < pp->line_end && l < pp->line_first + 2; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      guint f = ln->tok_first;
      if (ck_inverted_name_at (ctx, f, pp->tok_end))
        return TRUE;
      /* "Ada Vell; Tom Quell. Title …" (the history of science's
       * journals): the authors in their order, parted by semicolons */
      if (l == pp->line_first)
        {
          guint ne = ck_name_span_forward (ctx, f, ln->tok_end);
          if (ne > f + 1 && ck_tok_is_punct (ctx, ne, ';') && ck_name_span_forward (ctx, ne + 1, ln->tok_end) > ne + 2)
            return TRUE;
          /* "KARIN VELL, Title: subtitle in sentence case. Place: Firm,
           * 1991, xii + 356 pp., £35.00": the author and a comma open it */
          if (ne > f + 1 && ne <= f + 4 && ck_tok_is_punct (ctx, ne, ',') && ne + 1 < ln->tok_end &&
              ck_tok_cap_word (ctx, ne + 1) && ck_all_caps (ctx, f, ne))
            return TRUE;
        }
      for (guint i = f; i < ln->tok_end; i++)
        if (ck_tok (ctx, i)->flags & CK_TOKF_LOWER)
          return FALSE;   /* the first line is words, not codes */
    }
  return FALSE;
}

/* Running prose: a long paragraph of mostly lower-case words, or a long one
 * with no book-trade signal at all. */
static void
class_paragraphs (CkExtractCtx *ctx)
{
  gboolean header = TRUE;
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      gsize len = pp->end - pp->start;
      guint words = 0, lower = 0;
      for (guint i = pp->tok_first; i < pp->tok_end; i++)
        {
          const CkToken *t = ck_tok (ctx, i);
          if (t->kind == CK_TOK_WORD)
            {
              words++;
              if (t->flags & CK_TOKF_LOWER)
                lower++;
            }
        }
      /* prose: long, and lower-case words make up almost half of it (a
       * citation sequence is mostly names, titles and numbers) */
      gboolean bio = FALSE;
      if (len >= 160 && lower * 100 >= words * 45 && !trade_header (ctx, pp))
        pp->flags |= CK_PARA_PROSE;
      /* a contributor's note is prose however many titles it lists, but
       * a record's header may go on below it ("Reviewed by X / X teaches
       * philosophy at …", which a review database's reader takes whole) */
      else if (len >= 120 && ck_para_is_bio (ctx, pp))
        bio = TRUE;
      if (pp->line_end - pp->line_first == 1 && len <= 100 && !(pp->flags & CK_PARA_PROSE) &&
          !ck_tok_is_punct (ctx, pp->tok_end - 1, '.'))
        pp->flags |= CK_PARA_SHORT;
      if (pp->flags & CK_PARA_PROSE)
        header = FALSE;
      if (header)
        pp->flags |= CK_PARA_HEADER;
      if (bio)
        pp->flags |= CK_PARA_PROSE;
    }
}

/* A note's number glued to a word ("Beyond1 the") was removed by
 * ck_normalize_text(); the gap it left in the offset map is flagged on
 * the word before it, since a title never runs on past its note. */
static void
mark_note_numbers (CkExtractCtx *ctx)
{
  if (!ctx->orig_map)
    return;
  for (guint i = 0; i < ck_n_toks (ctx); i++)
    {
      CkToken *t = &g_array_index (ctx->t->toks, CkToken, i);
      guint32 from, to;
      gboolean digits = TRUE;
      if (t->kind != CK_TOK_WORD || t->end >= ctx->len)
        continue;
      from = ctx->orig_map[t->end - 1] + 1;
      to = ctx->orig_map[t->end];
      if (to <= from || to - from > 2)
        continue;
      for (guint32 k = from; k < to; k++)
        digits &= g_ascii_isdigit (ctx->orig_text[k]);
      if (digits)
        t->flags |= CK_TOKF_NOTE;
    }
}

GPtrArray *
ck_extract_text (const char *text, gsize len, const char *source,
                 const CkExtractOptions *options, GError **error)
{
  CkExtractCtx ctx = { 0 };
  GPtrArray *out;
  guint n_det;
  const CkDetector *dets;
  double min_conf = options ? options->min_confidence : 0.0;
  char *norm = NULL;
  gsize norm_len = 0;
  guint32 *norm_map = NULL;

  g_return_val_if_fail (text != NULL || len == 0, NULL);
  if (!source)
    source = "-";
  if (len > CK_EXTRACT_MAX_BYTES)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_LIMIT, "%s: text of %" G_GSIZE_FORMAT " bytes is larger than the %"
                   G_GSIZE_FORMAT " bytes citekit extracts from", source, len, CK_EXTRACT_MAX_BYTES);
      return NULL;
    }
  if (!ck_text_check_utf8 (text, len, source, error))
    return NULL;

  ctx.orig_text = text;
  ctx.orig_len = len;
  norm = ck_normalize_text (text, len, &norm_len, &norm_map);
  if (!norm)
    {
      /* The detectors read a byte past a token (a '.' after an initial)
       * and parse numbers with libc: give them a terminated copy, since
       * callers' buffers need not end in NUL (found by fuzzing). */
      norm = g_strndup (text, len);
      norm_len = len;
    }
  ctx.text = norm;
  ctx.len = norm_len;
  ctx.orig_map = norm_map;
  if (norm_map)
    {
      guint32 zero = 0;
      ctx.orig_lines = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_array_append_val (ctx.orig_lines, zero);
      guint32 cont = 0;
      ctx.orig_cont = g_array_new (FALSE, FALSE, sizeof (guint32));
      for (gsize k = 0; k < len; k++)
        {
          if (k % CK_COL_BLOCK == 0)
            g_array_append_val (ctx.orig_cont, cont);
          cont += ((guchar) text[k] & 0xC0) == 0x80;
          if (text[k] == '\n')
            {
              guint32 o = (guint32) (k + 1);
              g_array_append_val (ctx.orig_lines, o);
            }
        }
      /* the block after the last byte, for an offset of len */
      g_array_append_val (ctx.orig_cont, cont);
    }
  ctx.source = source;
  ctx.t = ck_tokens_new (ctx.text, ctx.len);
  mark_note_numbers (&ctx);
  ctx.claimed = g_malloc0 (ck_n_toks (&ctx) + 1);
  ck_sentence_starts_index (&ctx);
  ctx.titles_seen = g_new0 (struct _CkTitleIndex, 1);
  ctx.titles_seen->set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) mention_free);
  ctx.cover_head = g_new0 (guint32, ck_n_toks (&ctx) + 1);
  ctx.cover_tail = g_new0 (guint32, ck_n_toks (&ctx) + 1);
  ctx.cover_links = g_array_new (FALSE, FALSE, sizeof (CkCoverLink));
  ctx.cover_wide = g_array_new (FALSE, FALSE, sizeof (guint32));
  ctx.reviewers = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  ctx.film_text = -1;

  class_paragraphs (&ctx);
  ck_claim_archive_notices (&ctx);
  dets = ck_detectors (&n_det);
  for (guint d = 0; d < n_det; d++)
    dets[d].func (&ctx, &dets[d]);
  ck_note_sources (&ctx);
  ck_attach_trailing_imprints (&ctx);
  ck_shared_years (&ctx);
  ck_press_masthead_publisher (&ctx);

  out = ck_merge_mentions (&ctx, min_conf);
  ck_names_settle (&ctx, out);
  /* (names merging and the review's own record added after the mentions) */
  for (guint i = 0; i < out->len; i++)
    ck_tidy_names (g_ptr_array_index (out, i));
  if (monsieur_text (&ctx))
    for (guint i = 0; i < out->len; i++)
      drop_monsieur (g_ptr_array_index (out, i));

  g_ptr_array_unref (ctx.mentions);
  g_free (ctx.sent_start);
  g_free (ctx.next_stop);
  g_free (ctx.next_break);
  g_hash_table_unref (ctx.titles_seen->set);
  g_free (ctx.titles_seen);
  g_free (ctx.cover_head);
  g_free (ctx.cover_tail);
  g_array_unref (ctx.cover_links);
  g_array_unref (ctx.cover_wide);
  g_ptr_array_unref (ctx.reviewers);
  g_clear_pointer (&ctx.catalogue, ck_record_unref);
  g_free (ctx.review_title);
  g_free (ctx.claimed);
  ck_tokens_free (ctx.t);
  g_free (norm);
  g_free (norm_map);
  if (ctx.orig_lines)
    g_array_unref (ctx.orig_lines);
  if (ctx.orig_cont)
    g_array_unref (ctx.orig_cont);
  return out;
}

const char * const *
ck_extract_list_detectors (guint *out_n)
{
  static const char **names = NULL;
  guint n;
  const CkDetector *dets = ck_detectors (&n);
  if (g_once_init_enter (&names))
    {
      const char **tmp = g_new0 (const char *, n + 1);
      for (guint i = 0; i < n; i++)
        tmp[i] = dets[i].name;
      g_once_init_leave (&names, tmp);
    }
  if (out_n)
    *out_n = n;
  return names;
}
