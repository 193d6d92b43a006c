/* attribution.c — who owns a work that running prose names without an
 * author: rules that keep a nearby name from being taken for the owner,
 * and that tie a name spoiled by OCR to the person the text names in full.
 *
 * The antecedent search in merge.c walks back from a title to the nearest
 * possessive or known person.  These rules say which of those names are
 * not owners: a possessive standing alone ("sold at Pell's;", "the calm
 * of Tea at Mrs. Orr's (1950)") is a shop, a magazine or the end of a
 * title; a person described by a noun ("her book on the fiddler Ivo
 * Brant") is the book's subject, not its writer. */
#include "attribution.h"
#include "detect-context.h"

#include <string.h>

/* Tokens the context searches read at most, so that a text with no
 * sentence or paragraph breaks stays linear. */
#define ATTR_WINDOW 120

/* A possessive that owns nothing: no word follows it ("sold at Pell's;",
 * "Tea at Mrs. Orr's (1950)", "… Vell's.").  Token @k is the name, k + 1 the
 * possessive. */
gboolean
ck_attr_bare_possessive (const CkExtractCtx *ctx, guint k)
{
  guint n = ck_n_toks (ctx), j = k + 2;
  const CkToken *t;
  /* "Vell's <i>Title</i>" (markdown's "_Title_" is read as such): the
   * opening tag owns nothing, the title after it is owned */
  if (j + 3 < n && ck_tok_is_punct (ctx, j, '<') && ck_tok (ctx, j + 1)->kind == CK_TOK_WORD &&
      ck_tok (ctx, j + 1)->end - ck_tok (ctx, j + 1)->start <= 4 && ck_tok_is_punct (ctx, j + 2, '>'))
    j += 3;
  if (j >= n)
    return TRUE;
  t = ck_tok (ctx, j);
  return t->kind == CK_TOK_PUNCT || t->kind == CK_TOK_QUOTE_CLOSE;
}

gboolean
ck_attr_mediator_possessive (const CkExtractCtx *ctx, guint k)
{
  /* nouns for a version of someone else's work */
  static const char * const versions[] = { "translation", "translations", "version", "versions", "rendering",
                                           "renderings", "englishing", "adaptation", "production", "staging", NULL };
  guint n = ck_n_toks (ctx);
  if (k + 1 >= n || ck_tok (ctx, k + 1)->kind != CK_TOK_POSS)
    return FALSE;
  /* "Vell's translation", "Vell's old Penguin translation", "Vell's
   * admirable English version": a few describing words may stand between */
  for (guint j = k + 2; j < n && j < k + 6; j++)
    {
      if (ck_tok_lower_word (ctx, j) && ck_tok_in_words (ctx, j, versions))
        return TRUE;
      if (ck_tok (ctx, j)->kind != CK_TOK_WORD)
        return FALSE;
    }
  return FALSE;
}

gboolean
ck_attr_other_possessor (const CkExtractCtx *ctx, const CkMention *m, const char *family)
{
  guint k = ck_tok_at_byte (ctx, m->start), n = ck_n_toks (ctx);
  const CkToken *t;
  if (k >= n || k == 0)
    return FALSE;
  /* back over an opening tag or quote ("Vell's <i>T</i>", "Vell's 'T'") */
  if (k >= 3 && ck_tok_is_punct (ctx, k - 1, '>') && ck_tok_is_punct (ctx, k - 3, '<'))
    k -= 3;
  else if (ck_tok (ctx, k - 1)->kind == CK_TOK_QUOTE_OPEN)
    k--;
  if (k < 2 || ck_tok (ctx, k - 1)->kind != CK_TOK_POSS || !ck_tok_cap_word (ctx, k - 2))
    return FALSE;
  t = ck_tok (ctx, k - 2);
  return !family || strlen (family) != t->end - t->start || strncmp (family, ctx->text + t->start, t->end - t->start) != 0;
}

gboolean
ck_attr_firm_possessive (const CkExtractCtx *ctx, guint k)
{
  guint n = ck_n_toks (ctx);
  if (k + 2 >= n || ck_tok (ctx, k + 1)->kind != CK_TOK_POSS || !ck_tok_cap_word (ctx, k + 2))
    return FALSE;
  /* the firm may have a word or two before ("The Harvill Press's" is
   * not this; "Serpent's Tail", "Hodder's Head" are) */
  for (guint s = k; s + 3 > k && s <= k; s--)
    {
      GString *name = g_string_new (NULL);
      gboolean hit;
      for (guint j = s; j <= k; j++)
        {
          const CkToken *t = ck_tok (ctx, j);
          if (j > s)
            g_string_append_c (name, ' ');
          g_string_append_len (name, ctx->text + t->start, t->end - t->start);
        }
      /* the lexicon writes a straight apostrophe */
      g_string_append (name, "'s ");
      g_string_append_len (name, ctx->text + ck_tok (ctx, k + 2)->start, ck_tok (ctx, k + 2)->end - ck_tok (ctx, k + 2)->start);
      hit = ck_lex_lookup (CK_LEX_PUBLISHERS, name->str, (gssize) name->len) != NULL;
      g_string_free (name, TRUE);
      if (hit)
        return TRUE;
      if (s == 0 || !ck_tok_cap_word (ctx, s - 1))
        break;
    }
  return FALSE;
}

/* Nouns of the bodies that own things in a possessive ("Gannet's
 * Harbour Research Center").  Narrower than detect-context.c's
 * institution words: "Hard Times", "Treasure Island" and "The Prize"
 * are books. */
static const char * const body_nouns[] = {
  "center", "centre", "institute", "university", "college", "school", "museum", "library", "society",
  "foundation", "academy", "hospital", "department", "faculty", "seminary", "observatory", NULL,
};

/* Bodies that close a short run with no small words: "Randall's
 * Broadside Press", "the Women's Co-operative Guild", "the Children's
 * Employment Commission" ("Harbour and Guild" may be a book). */
static const char * const plain_body_nouns[] = {
  "press", "guild", "commission", "collection", "league", "association", "council", "conference", "committee",
  NULL,
};

gboolean
ck_attr_body_run (const CkExtractCtx *ctx, guint ts, guint te)
{
  /* "Harbour Research Center", "Institute of Salt": the noun last, or
   * first before "of" */
  if (te > ts && ck_tok_cap_word (ctx, te - 1) && ck_tok_in_words (ctx, te - 1, body_nouns))
    return TRUE;
  if (te > ts + 1 && te <= ts + 4 && ck_tok_cap_word (ctx, te - 1) && ck_tok_in_words (ctx, te - 1, plain_body_nouns))
    {
      gboolean small = FALSE;
      for (guint k = ts; k < te; k++)
        small |= (ck_tok (ctx, k)->flags & CK_TOKF_FUNC) != 0;
      if (!small)
        return TRUE;
    }
  return te > ts + 2 && ck_tok_cap_word (ctx, ts) && ck_tok_in_words (ctx, ts, body_nouns) && ck_tok_is (ctx, ts + 1, "of");
}

gboolean
ck_attr_body_possessive (const CkExtractCtx *ctx, guint k)
{
  guint n = ck_n_toks (ctx), e = k + 2;
  if (k + 2 >= n || ck_tok (ctx, k + 1)->kind != CK_TOK_POSS || !ck_tok_cap_word (ctx, k + 2))
    return FALSE;
  while (e < n && e < k + 7 && (ck_tok_cap_word (ctx, e) || (ck_tok_is (ctx, e, "of") && ck_tok_cap_word (ctx, e + 1))))
    {
      e++;
      if (ck_attr_body_run (ctx, k + 2, e))
        return TRUE;
    }
  return FALSE;
}

/* A name used in apposition to a describing noun: "the fiddler Ivo
 * Brant", "a painter Mia Lund", "the Flemish engraver Mia Lund" — the
 * person a book is about, not its writer; so is a relative named after
 * a noun of kinship ("the daughter of Ivo Brant") and a birth name ("she
 * was born Mia Lund").  @ns is the first token of the name.  (A
 * preposition alone is not enough: "the work of Ivo Brant (see his T)"
 * names the writer.) */
/* Nouns of kinship: "the daughter of NAME" is someone else. */
static const char * const kin[] = {
  "daughter", "son", "niece", "nephew", "wife", "husband", "widow", "widower", "sister", "brother",
  "mother", "father", "granddaughter", "grandson", "grandfather", "grandmother", "cousin", "aunt",
  "uncle", "descendant", NULL,
};

gboolean
ck_attr_described_person (const CkExtractCtx *ctx, guint ns, guint floor)
{
  static const char * const arts[] = { "the", "a", "an", "his", "her", "their", NULL };
  static const char * const born[] = { "born", "née", "nee", NULL };
  if (ns <= floor)
    return FALSE;
  /* "she was born Mia Lund", "Mia Vell, née Lund" */
  if (ck_tok_lower_word (ctx, ns - 1) && ck_tok_in_words (ctx, ns - 1, born))
    return TRUE;
  /* "the daughter of Ivo Brant" */
  if (ns > floor + 1 && ck_tok_is (ctx, ns - 1, "of") && ck_tok_lower_word (ctx, ns - 2) &&
      ck_tok_in_words (ctx, ns - 2, kin))
    return TRUE;
  /* an article, then one lower-case word that is no function word, then
   * the name; two lower-case words would reach back over a verb ("a
   * formula was Ivo Brant, whose T"), but a capitalised adjective may
   * stand before the noun ("the Flemish engraver") */
  if (ns <= floor + 1 || !ck_tok_lower_word (ctx, ns - 1) || (ck_tok (ctx, ns - 1)->flags & CK_TOKF_FUNC) ||
      ck_tok_in_words (ctx, ns - 1, arts))
    return FALSE;
  if (ck_tok_in_words (ctx, ns - 2, arts) && ck_tok_lower_word (ctx, ns - 2))
    return TRUE;
  return ns > floor + 2 && ck_tok_cap_word (ctx, ns - 2) && !ck_tok_in_words (ctx, ns - 2, arts) &&
         ck_tok_lower_word (ctx, ns - 3) && ck_tok_in_words (ctx, ns - 3, arts);
}

/* The person an obituary or profile opens with: the first running
 * paragraph begins with a full name and a relative clause ("IVO BRANT,
 * who has died aged 90, …", "Ivo Brant, the fiddler, who …"). */
CkName *
ck_attr_profile_subject (const CkExtractCtx *ctx, GHashTable *index)
{
  const GArray *paras = ctx->t->paras;
  guint n = ck_n_toks (ctx);
  /* the paragraphs up to the first of running prose: a short opening
   * may not count as prose yet; a standfirst ("Fiddler who came late to
   * writing") opens with no name */
  for (guint p = 0; p < paras->len; p++)
    {
      const CkPara *pp = &g_array_index (paras, CkPara, p);
      guint ns = pp->tok_first, ne;
      gboolean rel = FALSE;
      g_autofree char *s = NULL;
      CkName *nm;
      /* (a standfirst on one line with no stop is no running prose yet) */
      gboolean standfirst = pp->line_end == pp->line_first + 1 && pp->tok_end > pp->tok_first &&
                            !ck_tok_is_punct (ctx, pp->tok_end - 1, '.');
      gboolean last = (pp->flags & CK_PARA_PROSE) && !(pp->flags & CK_PARA_SHORT) && !standfirst;
      ne = ck_name_span_forward (ctx, ns, MIN (n, ns + 6));
      if (ck_count_words (ctx, ns, ne) >= 2 && ck_count_words (ctx, ns, ne) <= 4 && ne + 1 < n &&
          ck_tok_is_punct (ctx, ne, ','))
        /* the relative clause, at once or after an appositive */
        for (guint k = ne + 1, m = 0; k < n && m < 8 && !rel; k++, m++)
          {
            if (ck_tok_is (ctx, k, "who") && ck_tok_is_punct (ctx, k - 1, ','))
              rel = TRUE;
            else if (ck_tok (ctx, k)->kind == CK_TOK_PUNCT && !ck_tok_is_punct (ctx, k, ','))
              break;
          }
      if (!rel)
        {
          if (last)
            break;
          continue;
        }
      s = ck_span_dup (ctx, ns, ne);
      nm = s ? ck_name_parse_display (CK_ROLE_AUTHOR, s) : NULL;
      if (nm && (!nm->family || !nm->given))
        g_clear_pointer (&nm, ck_name_free);
      /* the name as the text uses it ("Ada Vell" over the opening's
       * "Ada Mary Vell"), from the first full form it gives — when that
       * is hers and not a husband's ("Tom Vell") */
      if (nm && index)
        {
          g_autofree char *key = g_utf8_casefold (nm->family, -1);
          const char *given = g_hash_table_lookup (index, key);
          gsize gl = given ? strcspn (given, " ") : 0;
          if (gl > 0 && g_ascii_strncasecmp (nm->given, given, gl) == 0 &&
              (nm->given[gl] == '\0' || nm->given[gl] == ' '))
            {
              g_free (nm->given);
              nm->given = g_strdup (given);
            }
        }
      return nm;
    }
  return NULL;
}

gboolean
ck_attr_unnamed_owner (const CkExtractCtx *ctx, guint tok)
{
  guint k = tok;
  if (k > 0 && ck_tok (ctx, k - 1)->kind == CK_TOK_QUOTE_OPEN)
    k--;
  if (k < 3 || !ck_tok_is (ctx, k - 1, "whose"))
    return FALSE;
  k--;
  if (ck_tok_is_punct (ctx, k - 1, ','))
    k--;
  return ck_tok_lower_word (ctx, k - 1) && ck_tok_in_words (ctx, k - 1, kin);
}

gboolean
ck_attr_pieces_in (const CkExtractCtx *ctx, const CkMention *m)
{
  static const char * const pieces[] = { "stories", "poems", "essays", "articles", "pieces", "reviews",
                                         "columns", "sketches", "letters", NULL };
  static const char * const owners[] = { "her", "his", "their", NULL };
  guint k = ck_tok_at_byte (ctx, m->start);
  if (k >= ck_n_toks (ctx))
    return FALSE;
  if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN)
    ;
  else if (k > 0 && ck_tok (ctx, k - 1)->kind == CK_TOK_QUOTE_OPEN)
    k--;
  /* "her stories in T", "his early essays for T": T printed them */
  if (k < 3 || !(ck_tok_is (ctx, k - 1, "in") || ck_tok_is (ctx, k - 1, "for")) ||
      !ck_tok_in_words (ctx, k - 2, pieces))
    return FALSE;
  for (guint j = k - 2, c = 0; j > 0 && c < 3; c++)
    {
      j--;
      if (ck_tok_in_words (ctx, j, owners))
        return TRUE;
      if (!ck_tok_lower_word (ctx, j))
        return FALSE;
    }
  return FALSE;
}

/* "Corley herself, in T (1971)": an emphatic reflexive marks a person. */
gboolean
ck_attr_reflexive_person (const CkExtractCtx *ctx, guint k)
{
  static const char * const refl[] = { "himself", "herself", NULL };
  return k + 1 < ck_n_toks (ctx) && ck_tok_in_words (ctx, k + 1, refl);
}

/* Folds letter groups that OCR confuses into one form ("vv" → "w",
 * "rn" → "m", "cl" → "d", "1" → "l"), lower-cased. */
static char *
ocr_fold (const char *s)
{
  static const struct { const char *from, *to; } pairs[] = {
    { "vv", "w" },  /* two v's read for a w */
    { "rn", "m" },  /* r and n run together */
    { "cl", "d" },  /* c and l read for a d */
    { "1", "l" },   /* the digit one for an ell */
    { "0", "o" },   /* zero for o */
  };
  g_autofree char *low = g_utf8_casefold (s, -1);
  GString *out = g_string_new (NULL);
  for (const char *p = low; *p;)
    {
      gboolean hit = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (pairs) && !hit; i++)
        if (strncmp (p, pairs[i].from, strlen (pairs[i].from)) == 0)
          {
            g_string_append (out, pairs[i].to);
            p += strlen (pairs[i].from);
            hit = TRUE;
          }
      if (!hit)
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

/* Whether @a and @b differ in one letter that OCR confuses (t/l, e/c,
 * h/b, n/u, i/l) — the same length, at least five letters. */
static gboolean
one_ocr_swap (const char *a, const char *b)
{
  static const char * const swaps[] = { "tl", "ec", "hb", "nu", "il", NULL };
  gsize n = strlen (a), diffs = 0, at = 0;
  if (n < 5 || n != strlen (b) || a[0] != b[0])
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (a[i] != b[i])
      {
        diffs++;
        at = i;
      }
  if (diffs != 1)
    return FALSE;
  for (guint i = 0; swaps[i]; i++)
    if ((a[at] == swaps[i][0] && b[at] == swaps[i][1]) || (a[at] == swaps[i][1] && b[at] == swaps[i][0]))
      return TRUE;
  return FALSE;
}

/* The family name in @families (casefolded keys) that @family is an OCR
 * misreading of ("Marnvv" for Marnw, "Ostlar" for Osttar), or NULL: only
 * when @family itself is not among them and exactly one matches. */
const char *
ck_attr_ocr_family (GHashTable *families, const char *family)
{
  g_autofree char *key = NULL, *fk = NULL;
  GHashTableIter it;
  gpointer k;
  const char *found = NULL;
  if (!family || g_utf8_strlen (family, -1) < 4)
    return NULL;
  key = g_utf8_casefold (family, -1);
  if (g_hash_table_contains (families, key))
    return NULL;
  fk = ocr_fold (family);
  g_hash_table_iter_init (&it, families);
  while (g_hash_table_iter_next (&it, &k, NULL))
    {
      g_autofree char *ok = ocr_fold (k);
      if (strlen (k) >= 4 && (strcmp (ok, fk) == 0 || one_ocr_swap (ok, fk)))
        {
          if (found)
            return NULL;
          found = k;
        }
    }
  return found;
}

/* ------------------------------------------------ columns of reviews */

/* Bytes a notice's header may leave at the end of its paragraph
 * ("(paperback 12s. 6d.)", a price the detector did not take). */
#define COLUMN_HEADER_SLACK 40

struct _CkColumnMains {
  GArray *starts;   /* gsize: start of each header mention, ascending */
  GPtrArray *ms;    /* const CkMention*: the header mentions, same order */
  GArray *after_prose; /* gboolean: running text stands between the first header and this one */
};

static gint
mention_start_cmp (gconstpointer a, gconstpointer b)
{
  const CkMention *x = *(const CkMention * const *) a, *y = *(const CkMention * const *) b;
  return x->start < y->start ? -1 : x->start > y->start;
}

CkColumnMains *
ck_column_mains_new (const CkExtractCtx *ctx)
{
  CkColumnMains *cm = g_new0 (CkColumnMains, 1);
  guint p = 0, first_para = 0;
  gboolean prose = FALSE;
  cm->starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  cm->ms = g_ptr_array_new ();
  cm->after_prose = g_array_new (FALSE, FALSE, sizeof (gboolean));
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      const CkMention *m = g_ptr_array_index (ctx->mentions, i);
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, m->tok));
      if (m->flags & CK_MENTION_SELF)
        continue;
      /* the reviewed book, or a later notice's header: a paragraph that
       * is one citation with an author, from its first word to (nearly)
       * its end */
      if ((m->flags & CK_MENTION_MAIN) ||
          (m->start <= pp->start && m->end + COLUMN_HEADER_SLACK >= pp->end &&
           ck_record_count_role (m->rec, CK_ROLE_AUTHOR) > 0))
        g_ptr_array_add (cm->ms, (gpointer) m);
    }
  g_ptr_array_sort (cm->ms, mention_start_cmp);
  /* one walk over the paragraphs: is there prose between the first
   * header and each later one? */
  for (guint j = 0; j < cm->ms->len; j++)
    {
      const CkMention *m = g_ptr_array_index (cm->ms, j);
      guint pm = ck_para_of (ctx, m->tok);
      if (j == 0)
        p = first_para = pm;
      for (; p < pm && p < ctx->t->paras->len; p++)
        if (p > first_para && (g_array_index (ctx->t->paras, CkPara, p).flags & CK_PARA_PROSE))
          prose = TRUE;
      g_array_append_val (cm->starts, m->start);
      g_array_append_val (cm->after_prose, prose);
    }
  return cm;
}

void
ck_column_mains_free (CkColumnMains *cm)
{
  if (!cm)
    return;
  g_array_unref (cm->starts);
  g_ptr_array_unref (cm->ms);
  g_array_unref (cm->after_prose);
  g_free (cm);
}

const CkMention *
ck_column_main_for (const CkColumnMains *cm, gsize start, const CkMention *first)
{
  guint lo = 0, hi = cm->starts->len;
  /* the last header that starts at or before @start */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (cm->starts, gsize, mid) <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0 || !g_array_index (cm->after_prose, gboolean, lo - 1))
    return first;
  return g_ptr_array_index (cm->ms, lo - 1);
}

/* ------------------------------------------------ names that are not people */

gboolean
ck_attr_entity_name (const CkExtractCtx *ctx, guint ns, guint ne, guint floor)
{
  /* articles of the languages reviews quote */
  static const char * const arts[] = { "the", "a", "an", "der", "den", "die", "das", "dem", "des", "le", "la",
                                       "les", "el", "los", "las", "il", "lo", "gli", NULL };
  /* "the New Left's", "den Prozess der Gesellschaft", "(New York, 1915)" */
  if (ns > floor && ck_tok_lower_word (ctx, ns - 1) && ck_tok_in_words (ctx, ns - 1, arts))
    return TRUE;
  return ne > ns + 1 && ck_span_in_lex (ctx, ns, ne, CK_LEX_PLACES);
}

gboolean
ck_attr_name_in_title (const CkExtractCtx *ctx, guint k)
{
  guint floor = ck_sentence_start (ctx, k), ns;
  /* "of" joins the name to a capital inside the sentence ("the work of
   * Ada Vell (see her T)" still names the writer).  A name inside a
   * title the text cites on its own is left to the owner search: a
   * reviewed life of the person ("Ada Vell: A Life") often stands
   * nearest to the person's own works. */
  ns = ck_name_span_backward (ctx, k + 1, floor);
  return ns > floor + 2 && ck_tok_is (ctx, ns - 1, "of") && ck_tok_cap_word (ctx, ns - 2);
}

gboolean
ck_attr_life_cue (const CkExtractCtx *ctx, guint tok)
{
  static const char * const lives[] = { "life", "lives", "biography", "biographies", "portrait", "portraits", NULL };
  guint n = ck_n_toks (ctx);
  /* "her lives of A (T1) and B (T2)", "his biography of A, T" */
  for (guint k = tok + 1; k < n && k < tok + 4; k++)
    {
      if (ck_tok_in_words (ctx, k, lives) && k + 1 < n && ck_tok_is (ctx, k + 1, "of"))
        return TRUE;
      if (!ck_tok_lower_word (ctx, k))
        return FALSE;
    }
  return FALSE;
}

/* A title of two or three capitalised words, the first a common given
 * name or an initial ("Ada Vell", "W. Vell"): a life of that person. */
gboolean
ck_attr_life_of_other (const CkRecord *rec, const CkName *subject)
{
  const char *title = ck_record_get (rec, CK_FIELD_TITLE);
  g_auto(GStrv) words = NULL;
  guint n;
  if (!title || !subject || !subject->family)
    return FALSE;
  words = g_strsplit (title, " ", -1);
  n = g_strv_length (words);
  if (n < 2 || n > 3)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!g_unichar_isupper (g_utf8_get_char (words[i])) || strpbrk (words[i], "0123456789'&?!,;:\"()"))
      return FALSE;
  if (!ck_lex_lookup (CK_LEX_GIVEN_NAMES, words[0], -1) &&
      !(strlen (words[0]) == 2 && words[0][1] == '.'))
    return FALSE;
  /* the subject's own name is the subject's autobiography or journal */
  return g_utf8_collate (words[n - 1], subject->family) != 0;
}

gboolean
ck_attr_regnal_number (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  if (t->kind != CK_TOK_WORD || t->end - t->start < 2 || k == 0 || !ck_tok_cap_word (ctx, k - 1))
    return FALSE;
  for (guint32 b = t->start; b < t->end; b++)
    if (!strchr ("IVXLCDM", ctx->text[b]))
      return FALSE;
  return TRUE;
}

GHashTable *
ck_attr_title_set (const CkExtractCtx *ctx)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      const CkMention *m = g_ptr_array_index (ctx->mentions, i);
      const char *t = ck_record_get (m->rec, CK_FIELD_TITLE);
      if (t && *t)
        {
          /* also without its article: "the Magic Salt (a play)" */
          static const char * const arts[] = { "The ", "A ", "An ", NULL };
          g_hash_table_add (set, g_utf8_casefold (t, -1));
          for (guint a = 0; arts[a]; a++)
            if (g_str_has_prefix (t, arts[a]) && t[strlen (arts[a])])
              g_hash_table_add (set, g_utf8_casefold (t + strlen (arts[a]), -1));
        }
    }
  return set;
}

gboolean
ck_attr_title_starts (const CkExtractCtx *ctx, GHashTable *titles, guint ns, guint ne)
{
  guint n = ck_n_toks (ctx), para = ck_para_of (ctx, ns);
  /* "Two Worlds and Their Ways sets a school against …": a cited title
   * runs on past the capitals (a "title" that is only the name is a
   * misreading); titles of a dozen words at most */
  for (guint e = ne + 1; e <= n && e <= ns + 12 && ck_para_of (ctx, e - 1) == para; e++)
    if (ck_attr_span_is_title (ctx, titles, ns, e))
      return TRUE;
  return FALSE;
}

gboolean
ck_attr_span_is_title (const CkExtractCtx *ctx, GHashTable *titles, guint ns, guint ne)
{
  g_autofree char *s = NULL, *key = NULL;
  if (ns >= ne || !titles)
    return FALSE;
  s = ck_span_dup (ctx, ns, ne);
  key = s ? g_utf8_casefold (s, -1) : NULL;
  return key && g_hash_table_contains (titles, key);
}

/* ------------------------------------------------ the reviewed author's own */

gboolean
ck_attr_honorific (const CkExtractCtx *ctx, guint k)
{
  static const char * const hon[] = { "miss", "mr", "mrs", "ms", "dr", "mme", "mlle", "herr", "frau", "professor",
                                      "prof", "sir", "dame", "lady", "lord", "monsieur", "madame", "signor",
                                      "signora", NULL };
  return ck_tok_cap_word (ctx, k) && ck_tok_in_words (ctx, k, hon);
}

gboolean
ck_attr_after_honorific (const CkExtractCtx *ctx, guint k, guint floor)
{
  if (k > floor && ck_tok_is_punct (ctx, k - 1, '.'))
    k--;
  return k > floor && ck_attr_honorific (ctx, k - 1);
}

guint
ck_attr_name_start (const CkExtractCtx *ctx, guint ns, guint floor)
{
  guint k = ns;
  if (!ck_attr_after_honorific (ctx, k, floor))
    return ns;
  if (k > floor && ck_tok_is_punct (ctx, k - 1, '.'))
    k--;
  return k - 1;
}

/* The author of @ms (a reviewed mention) whose family is the word at
 * token @k, or NULL. */
static const CkName *
reviewed_author_at (const CkExtractCtx *ctx, const GPtrArray *ms, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  g_autofree char *w = g_strndup (ctx->text + t->start, t->end - t->start);
  return ck_attr_reviewed_author_named (ms, w);
}

const CkName *
ck_attr_reviewed_author_named (const GPtrArray *ms, const char *family)
{
  g_autofree char *w = family ? g_utf8_casefold (family, -1) : NULL;
  for (guint i = 0; w && i < ms->len; i++)
    {
      const CkMention *m = g_ptr_array_index (ms, i);
      for (guint q = 0; q < ck_record_get_n_names (m->rec); q++)
        {
          const CkName *a = ck_record_get_name (m->rec, q);
          g_autofree char *f = NULL;
          if (a->role != CK_ROLE_AUTHOR || !a->family)
            continue;
          f = g_utf8_casefold (a->family, -1);
          if (strcmp (f, w) == 0)
            return a;
        }
    }
  return NULL;
}

/* Whether the capitalised word at @k names a person here: a family the
 * text gives in full, a possessive, or a word after "Miss"/"Mr". */
static gboolean
person_at (const CkExtractCtx *ctx, guint k, guint floor, GHashTable *index)
{
  const CkToken *t = ck_tok (ctx, k);
  g_autofree char *key = NULL;
  if (!ck_tok_cap_word (ctx, k) || ck_ctx_is_character (ctx, k))
    return FALSE;
  /* "Marrow Archive's editions", "the Tern Prize's jury": a body;
   * "Serpent's Tail gave us T": a firm */
  if (k + 1 < ck_n_toks (ctx) && ck_tok (ctx, k + 1)->kind == CK_TOK_POSS)
    return !ck_ctx_in_title (ctx, k) && !ck_attr_bare_possessive (ctx, k) &&
           !ck_ctx_body_word (ctx->text + t->start, t->end - t->start) && !ck_attr_firm_possessive (ctx, k);
  if (ck_attr_after_honorific (ctx, k, floor))
    return TRUE;
  if (ck_ctx_in_title (ctx, k))
    return FALSE;
  key = g_utf8_casefold (ctx->text + t->start, t->end - t->start);
  return g_hash_table_contains (index, key);
}

GHashTable *
ck_attr_paragraph_openers (const CkExtractCtx *ctx)
{
  GHashTable *out = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      const CkMention *h = g_ptr_array_index (ctx->mentions, i);
      const CkPara *pp;
      guint k = ck_tok_at_byte (ctx, h->start);
      if (k >= ck_n_toks (ctx) || (h->flags & CK_MENTION_SELF) || ck_record_count_role (h->rec, CK_ROLE_AUTHOR) == 0)
        continue;
      pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, k));
      if (h->start == pp->start && !g_hash_table_contains (out, GSIZE_TO_POINTER (pp->start + 1)))
        g_hash_table_insert (out, GSIZE_TO_POINTER (pp->start + 1), (gpointer) h);
    }
  return out;
}

GPtrArray *
ck_attr_reviewed_owner (const CkExtractCtx *ctx, const CkMention *m, const GPtrArray *reviewed,
                        const CkMention *notice, GHashTable *openers, GHashTable *index)
{
  guint n = ck_n_toks (ctx), ts, te, s, e, k;
  const CkPara *pp;
  GPtrArray *out;
  g_autoptr(GPtrArray) ms = g_ptr_array_new ();
  const CkName *who = NULL;
  ts = ck_tok_at_byte (ctx, m->start);
  te = ck_tok_at_byte (ctx, m->end);
  if (ts >= te || te > n)
    return NULL;
  pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, ts));
  /* "her stories in T" names where they were printed */
  if (!(pp->flags & CK_PARA_PROSE) || ck_attr_pieces_in (ctx, m))
    return NULL;
  /* a notice whose header opens this very paragraph ("TITLE. By A.
   * 565 pages. … The author of T …") */
  {
    const CkMention *h = openers ? g_hash_table_lookup (openers, GSIZE_TO_POINTER (pp->start + 1)) : NULL;
    if (h && h != m && h->end <= m->start)
      notice = h;
  }
  if (notice)
    g_ptr_array_add (ms, (gpointer) notice);
  for (guint i = 0; reviewed && i < reviewed->len; i++)
    g_ptr_array_add (ms, g_ptr_array_index (reviewed, i));
  k = ts;
  if (k > 0 && ck_tok (ctx, k - 1)->kind == CK_TOK_QUOTE_OPEN)
    k--;
  else if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN)
    ts++;
  /* "the author of T", "the Georgia author of T": the notice's author */
  if (notice && k > 1 && ck_tok_is (ctx, k - 1, "of") && ck_tok_is (ctx, k - 2, "author"))
    {
      out = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      for (guint q = 0; q < ck_record_get_n_names (notice->rec); q++)
        if (ck_record_get_name (notice->rec, q)->role == CK_ROLE_AUTHOR)
          g_ptr_array_add (out, ck_name_copy (ck_record_get_name (notice->rec, q)));
      if (out->len)
        return out;
      g_ptr_array_unref (out);
    }
  /* the first person the sentence names, when no one else stands
   * between that person and the title: "Miss Vell, whose T (1928) was
   * …", "Vell has not been so sure of himself since T", "It is years
   * since T made Miss Vell's name" — if the person is a reviewed author */
  s = ck_sentence_start (ctx, k);
  e = ck_sentence_end (ctx, te > 0 ? te - 1 : te);
  if (k > s + ATTR_WINDOW)
    s = k - ATTR_WINDOW;
  if (e > te + ATTR_WINDOW)
    e = te + ATTR_WINDOW;
  for (guint j = s; j < e && j < n; j++)
    {
      if (j >= k && j < te)
        continue;
      if (!person_at (ctx, j, s, index))
        continue;
      if (!who)
        {
          who = reviewed_author_at (ctx, ms, j);
          if (!who)
            return NULL;
          if (j > te)
            break;
          /* the rest of a full name ("Ivo Brant") */
          while (j + 1 < e && ck_tok_cap_word (ctx, j + 1))
            j++;
          continue;
        }
      /* someone else nearer the title */
      if (j < k)
        return NULL;
      break;
    }
  if (!who)
    return NULL;
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  g_ptr_array_add (out, ck_name_copy (who));
  return out;
}

/* Whether a reviewed title starts at token @k (case folded). */
static gboolean
reviewed_title_at (const CkExtractCtx *ctx, const CkMention *r, guint k)
{
  const char *title = ck_record_get (r->rec, CK_FIELD_TITLE);
  gsize tl = title ? strlen (title) : 0;
  const CkToken *t = ck_tok (ctx, k);
  if (tl < 4 || t->start + tl > ctx->len || (r->start <= t->start && t->start < r->end))
    return FALSE;
  return g_ascii_strncasecmp (ctx->text + t->start, title, tl) == 0 &&
         (t->start + tl == ctx->len || !g_ascii_isalnum (ctx->text[t->start + tl]));
}

const CkMention *
ck_attr_nearest_reviewed (const CkExtractCtx *ctx, gsize at, const GPtrArray *reviewed)
{
  guint k, first;
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  /* a review of a handful of books; more headers are a bibliography */
  if (!reviewed || reviewed->len < 2 || reviewed->len > 8)
    return NULL;
  k = ck_tok_at_byte (ctx, at);
  if (k >= ck_n_toks (ctx))
    return NULL;
  first = g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, k)).tok_first;
  if (k > first + 4 * ATTR_WINDOW)
    first = k - 4 * ATTR_WINDOW;
  /* nearest first */
  while (k > first)
    {
      k--;
      if (!ck_tok_cap_word (ctx, k))
        continue;
      for (guint i = 0; i < reviewed->len; i++)
        {
          const CkMention *r = g_ptr_array_index (reviewed, i);
          if (r->flags & CK_MENTION_SELF)
            continue;
          g_ptr_array_set_size (one, 0);
          g_ptr_array_add (one, (gpointer) r);
          if (reviewed_title_at (ctx, r, k) || reviewed_author_at (ctx, one, k))
            return r;
        }
    }
  return NULL;
}

/* ------------------------------------------------ editors by context */

/* "edited" at @k as the verb of the owner ("Vell edited", "which she
 * edited"), not a passive "edited by". */
static gboolean
edited_verb (const CkExtractCtx *ctx, guint k, guint n)
{
  static const char * const subj[] = { "he", "she", "they", "who", "which", NULL };
  if (!ck_tok_is (ctx, k, "edited") || !ck_tok_lower_word (ctx, k) || k == 0)
    return FALSE;
  if (k + 1 < n && ck_tok_is (ctx, k + 1, "by"))
    return FALSE;
  return ck_tok_cap_word (ctx, k - 1) || ck_tok_in_words (ctx, k - 1, subj);
}

/* Appends the name that ends right before "edited" at @k to @also. */
static gboolean
editor_before (const CkExtractCtx *ctx, guint k, guint floor, GPtrArray *also)
{
  guint ns;
  if (!also || !ck_tok_cap_word (ctx, k - 1))
    return FALSE;
  ns = ck_name_span_backward (ctx, k, floor);
  if (ns >= k || ck_count_words (ctx, ns, k) > 4)
    return FALSE;
  return ck_names_forward (ctx, ns, k, CK_ROLE_EDITOR, also) > 0;
}

CkRole
ck_attr_role_cue (const CkExtractCtx *ctx, const CkMention *m, GPtrArray *also, gboolean *complete)
{
  static const char * const writing[] = { "wrote", "written", "writes", "published", "translated", NULL };
  static const char * const eds[] = { "ed", "eds", "editor", "editors", NULL };
  guint n = ck_n_toks (ctx), ts = ck_tok_at_byte (ctx, m->start), te = ck_tok_at_byte (ctx, m->end), s, e, k;
  *complete = FALSE;
  if (ts >= n || ts >= te)
    return CK_ROLE_AUTHOR;
  k = ts;
  if (k > 0 && ck_tok (ctx, k - 1)->kind == CK_TOK_QUOTE_OPEN)
    k--;
  /* "one of the editors of T", "the editor of T" */
  if (k > 1 && ck_tok_is (ctx, k - 1, "of") && ck_tok_lower_word (ctx, k - 2) && ck_tok_in_words (ctx, k - 2, eds))
    return CK_ROLE_EDITOR;
  /* "in A and B, eds., T": the names before "eds." edited it */
  if (k > 3 && ck_tok_is_punct (ctx, k - 1, ',') && ck_tok_is_punct (ctx, k - 2, '.') &&
      ck_tok_lower_word (ctx, k - 3) && (ck_tok_is (ctx, k - 3, "eds") || ck_tok_is (ctx, k - 3, "ed")) &&
      ck_tok_is_punct (ctx, k - 4, ','))
    {
      guint floor = ck_sentence_start (ctx, k - 4), ns = k - 4;
      /* back over "A and B" to "in" or the sentence start */
      while (ns > floor && (ck_tok_cap_word (ctx, ns - 1) || ck_tok_is (ctx, ns - 1, "and") ||
                            ck_tok_is_punct (ctx, ns - 1, '.') || ck_tok_is_punct (ctx, ns - 1, ',')) &&
             k - ns < 16)
        ns--;
      if (also && ns < k - 4)
        *complete = ck_names_forward (ctx, ns, k - 4, CK_ROLE_EDITOR, also) > 0;
      return CK_ROLE_EDITOR;
    }
  s = ck_sentence_start (ctx, k);
  e = ck_sentence_end (ctx, te > 0 ? te - 1 : te);
  /* "…, which Ada Vell translated last year as T": the translation's title */
  if (k > s + 2 && ck_tok_is (ctx, k - 1, "as"))
    for (guint j = k - 1, c = 0; j > s && c < 6; c++)
      {
        j--;
        if (ck_tok_is (ctx, j, "translated") && ck_tok_lower_word (ctx, j) && ck_tok_cap_word (ctx, j - 1))
          {
            guint ns = ck_name_span_backward (ctx, j, s);
            if (ns < j && ck_count_words (ctx, ns, j) >= 2 && ck_count_words (ctx, ns, j) <= 4 && also)
              *complete = ck_names_forward (ctx, ns, j, CK_ROLE_TRANSLATOR, also) > 0;
            if (*complete)
              return CK_ROLE_TRANSLATOR;
            break;
          }
        if (!ck_tok_lower_word (ctx, j))
          break;
      }
  /* "the collections Vell edited for the Society, T1 and T2" */
  for (guint j = k > s + ATTR_WINDOW ? k - ATTR_WINDOW : s; j < k; j++)
    if (edited_verb (ctx, j, n))
      {
        gboolean wrote = FALSE;
        for (guint q = j + 1; q < k && !wrote; q++)
          wrote = ck_tok_in_words (ctx, q, writing) || edited_verb (ctx, q, n);
        if (!wrote)
          {
            *complete = editor_before (ctx, j, s, also);
            return CK_ROLE_EDITOR;
          }
      }
  /* "T (1935), the volume of essays which he edited", "T, the
   * collection Vell edited with Ann Lusk" */
  for (guint j = te, c = 0; j < e && j < n && c < 14; j++, c++)
    {
      /* "T (1986), the book he wrote with Ada Vell": a second author */
      if ((ck_tok_is (ctx, j, "wrote") || ck_tok_is (ctx, j, "written")) && j + 2 < n &&
          ck_tok_is (ctx, j + 1, "with") && ck_tok_cap_word (ctx, j + 2))
        {
          if (also)
            ck_names_forward (ctx, j + 2, MIN (e, j + 8), CK_ROLE_AUTHOR, also);
          return CK_ROLE_AUTHOR;
        }
      if (ck_tok_in_words (ctx, j, writing))
        break;
      if (edited_verb (ctx, j, n))
        {
          /* "the collection Vell edited": Vell, whoever "his" was */
          *complete = editor_before (ctx, j, te, also);
          if (also && j + 2 < n && ck_tok_is (ctx, j + 1, "with"))
            ck_names_forward (ctx, j + 2, MIN (e, j + 8), CK_ROLE_EDITOR, also);
          return CK_ROLE_EDITOR;
        }
    }
  return CK_ROLE_AUTHOR;
}

/* ------------------------------------------------ "NAME, whose essay T" */

/* The person named by the run ending at @end ("Ada Vell", "Mr. Tom
 * Vell"), or a surname alone where a sentence opens or after "by"
 * ("assailed by Vell, whose T"); NULL for a place, firm, character or
 * other non-name. */
static CkName *
name_ending_at (const CkExtractCtx *ctx, guint end, guint floor, gboolean subject)
{
  /* "wrote about Ben Vell in T": a preposition's object wrote nothing */
  static const char * const object_preps[] = { "about", "on", "of", "to", "for", "with", "against", "like", "than",
                                               "as", "upon", "into", "from", NULL };
  guint ns = ck_name_span_backward (ctx, end, floor);
  g_autofree char *s = NULL;
  CkName *nm;
  if (ns >= end || ck_count_words (ctx, ns, end) > 4 || ck_attr_entity_name (ctx, ns, end, floor) ||
      ck_ctx_is_character (ctx, end - 1))
    return NULL;
  if (subject && ns > floor && ck_tok_lower_word (ctx, ns - 1) && ck_tok_in_words (ctx, ns - 1, object_preps))
    return NULL;
  /* "Sandall, whose own novel T": a surname alone opening the sentence,
   * when it is no place, firm, periodical or other non-name */
  if (ck_count_words (ctx, ns, end) < 2)
    {
      g_autofree char *fam = NULL;
      if (ns + 1 != end || !ck_attr_writer_subject_word (ctx, ns) ||
          !(ns == floor || (ck_tok_is (ctx, ns - 1, "by") && ck_tok_lower_word (ctx, ns - 1))))
        return NULL;
      fam = g_strndup (ctx->text + ck_tok (ctx, ns)->start, ck_tok (ctx, ns)->end - ck_tok (ctx, ns)->start);
      return ck_name_new_personal (CK_ROLE_AUTHOR, fam, NULL);
    }
  s = ck_span_dup (ctx, ns, end);
  nm = s ? ck_name_parse_display (CK_ROLE_AUTHOR, s) : NULL;
  if (nm && (!nm->family || !nm->given))
    g_clear_pointer (&nm, ck_name_free);
  return nm;
}

CkName *
ck_attr_whose_owner (const CkExtractCtx *ctx, const CkMention *m)
{
  guint n = ck_n_toks (ctx), k = ck_tok_at_byte (ctx, m->start), floor;
  if (k >= n)
    return NULL;
  if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN)
    ;
  else if (k > 0 && ck_tok (ctx, k - 1)->kind == CK_TOK_QUOTE_OPEN)
    k--;
  floor = ck_sentence_start (ctx, k);
  /* "Robertson in T (1913)", "Mr. Ada Vell, in T (1931)": the work a
   * person set out his case in is his own */
  if (k >= floor + 2 && ck_tok_is (ctx, k - 1, "in") && ck_tok_lower_word (ctx, k - 1))
    {
      guint end = ck_tok_is_punct (ctx, k - 2, ',') ? k - 2 : k - 1;
      CkName *nm = end > floor ? name_ending_at (ctx, end, floor, TRUE) : NULL;
      if (nm)
        return nm;
    }
  /* back over up to three lower-case words ("whose early essay") */
  for (guint m2 = 0; m2 < 3 && k > floor && !ck_tok_is (ctx, k - 1, "whose") && ck_tok_lower_word (ctx, k - 1); m2++)
    k--;
  if (k < floor + 3 || !ck_tok_is (ctx, k - 1, "whose") || !ck_tok_is_punct (ctx, k - 2, ','))
    return NULL;
  return name_ending_at (ctx, k - 2, floor, FALSE);
}

/* ------------------------------------------------ the reviewed series */

gboolean
ck_attr_series_cue (const CkExtractCtx *ctx, const CkMention *m)
{
  static const char * const ords[] = { "second", "third", "fourth", "fifth", "sixth", "final", "last", "next",
                                       "concluding", "closing", NULL };
  static const char * const parts[] = { "volume", "instalment", "installment", "part", "book", "novel",
                                        "sequel", NULL };
  guint k = ck_tok_at_byte (ctx, m->start);
  if (k >= ck_n_toks (ctx))
    return FALSE;
  if (ck_tok (ctx, k)->kind == CK_TOK_QUOTE_OPEN)
    ;
  else if (k > 0 && ck_tok (ctx, k - 1)->kind == CK_TOK_QUOTE_OPEN)
    k--;
  if (k > 0 && ck_tok_is_punct (ctx, k - 1, ','))
    k--;
  /* "The third volume, T, is promised", "the concluding part T" */
  return k >= 3 && ck_tok_in_words (ctx, k - 1, parts) && ck_tok_in_words (ctx, k - 2, ords) &&
         ck_tok_is (ctx, k - 3, "the");
}

/* ------------------------------------------------ the nearest reviewed author */

CkName *
ck_attr_nearest_reviewed_author (const CkExtractCtx *ctx, guint tok, const GPtrArray *reviewed, GHashTable *index)
{
  guint first;
  if (!reviewed || reviewed->len == 0 || tok >= ck_n_toks (ctx))
    return NULL;
  first = g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, tok)).tok_first;
  if (tok > first + 4 * ATTR_WINDOW)
    first = tok - 4 * ATTR_WINDOW;
  /* the nearest person before the pronoun in its paragraph: "Mr Vell's
   * refusal to look down. He writes … Readers of his earlier T" */
  for (guint k = tok; k > first;)
    {
      const CkName *a;
      k--;
      if (!person_at (ctx, k, first, index))
        continue;
      {
        guint ns = ck_attr_name_start (ctx, ck_name_span_backward (ctx, k + 1, first), first);
        if (ck_attr_described_person (ctx, ns, first) || ck_attr_entity_name (ctx, ns, k + 1, first))
          {
            k = ns;
            continue;
          }
      }
      a = reviewed_author_at (ctx, reviewed, k);
      return a ? ck_name_copy (a) : NULL;
    }
  return NULL;
}

/* Verbs whose subject made the work their object names: "Reed wrote T",
 * "Reed finished T in 1958".  "published" is left out: a firm publishes
 * as often as a writer does ("Gannet published T"). */
static const char * const making_verbs[] = {
  "wrote", "writes", "rewrote", "co-wrote", "composed", "composes", "penned", "finished", "finishes",
  "completed", "completes", NULL,
};

/* Capitalised words that open a clause as a subject but name nobody. */
static const char * const no_person[] = {
  "he", "she", "it", "they", "we", "i", "you", "who", "this", "that", "these", "those", "nobody", "no-one",
  "everyone", "everybody", "someone", "somebody", "one", "each", "then", "later", "there", "here",
  "critics", "readers", NULL,
};

/* A few adverbs that stand between a subject and its verb. */
static const char * const between_adverbs[] = {
  "also", "then", "later", "once", "first", "soon", "finally", "eventually", "still", "had", "has", "never",
  NULL,
};

/* A lower-case word of four letters or more ending in "-ly" ("quickly",
 * "openly"): an adverb, near enough, between a subject and its verb. */
gboolean
ck_attr_ly_adverb (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t;
  if (!ck_tok_lower_word (ctx, k))
    return FALSE;
  t = ck_tok (ctx, k);
  return t->end - t->start >= 4 && memcmp (ctx->text + t->end - 2, "ly", 2) == 0;
}

gboolean
ck_attr_writer_subject_word (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_cap_word (ctx, k) && !(ck_tok (ctx, k)->flags & CK_TOKF_FUNC) &&
         !ck_tok_in_words (ctx, k, no_person) && !ck_tok_in_lex (ctx, k, CK_LEX_FUNCTION_WORDS) &&
         !ck_tok_in_lex (ctx, k, CK_LEX_PLACES) && !ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHERS) &&
         !ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS) && !ck_tok_in_lex (ctx, k, CK_LEX_PERIODICALS) &&
         !ck_tok_in_lex (ctx, k, CK_LEX_MONTHS) && !ck_tok_in_lex (ctx, k, CK_LEX_NON_NAMES) &&
         !ck_tok_in_lex (ctx, k, CK_LEX_NON_TITLES);
}

gboolean
ck_attr_writer_subject (const CkExtractCtx *ctx, guint k, guint tok)
{
  guint n = ck_n_toks (ctx), v = k + 1, t = tok;
  if (t > 0 && t < n && ck_tok (ctx, t)->kind != CK_TOK_QUOTE_OPEN && ck_tok (ctx, t - 1)->kind == CK_TOK_QUOTE_OPEN)
    t--;
  /* the verb next to the title first: it is cheaper than the lexicons */
  if (t > n || v >= t || t > k + 4 || !ck_tok_lower_word (ctx, t - 1) || !ck_tok_in_words (ctx, t - 1, making_verbs))
    return FALSE;
  /* "Her husband, the critic Ivo Sandall, wrote T": the appositive ends */
  if (ck_tok_is_punct (ctx, v, ','))
    v++;
  /* "Reed also wrote T", "Reed quickly finished T" */
  if (v + 1 < t && ck_tok_lower_word (ctx, v) &&
      (ck_tok_in_words (ctx, v, between_adverbs) || ck_attr_ly_adverb (ctx, v)))
    v++;
  return v + 1 == t && ck_attr_writer_subject_word (ctx, k);
}

/* Verbs whose object is a person one meets in a story: "who has met Mrs
 * Tallow in T", "the novel follows Ann Reed in T". */
static const char * const meeting_verbs[] = {
  "met", "meet", "meets", "meeting", "encounter", "encounters", "encountered", "forget", "forgets", "forgot",
  "forgotten", "remember", "remembers", "remembered", "recall", "recalls", "recalled", "pity", "pities",
  "pitied", "follow", "follows", "followed", "following", "befriend", "befriends", "befriended", NULL,
};

gboolean
ck_attr_character_in (const CkExtractCtx *ctx, guint k, guint tok, guint floor)
{
  guint ns, t = tok;
  if (t > 0 && t < ck_n_toks (ctx) && ck_tok (ctx, t)->kind != CK_TOK_QUOTE_OPEN &&
      ck_tok (ctx, t - 1)->kind == CK_TOK_QUOTE_OPEN)
    t--;
  if (k + 2 != t || !ck_tok_is (ctx, k + 1, "in") || !ck_tok_lower_word (ctx, k + 1))
    return FALSE;
  ns = ck_attr_name_start (ctx, ck_name_span_backward (ctx, k + 1, floor), floor);
  return ns > floor && ns <= k && ck_tok_lower_word (ctx, ns - 1) && ck_tok_in_words (ctx, ns - 1, meeting_verbs);
}

/* Nouns for a person of a story: "Ada Quill, the heroine of T". */
static const char * const story_people[] = {
  "hero", "heroine", "narrator", "protagonist", "character", "villain", "antihero", "anti-hero", NULL,
};

gboolean
ck_attr_character_apposition (const CkExtractCtx *ctx, guint k, guint tok)
{
  static const char * const dets[] = { "the", "a", "an", "its", NULL };
  guint n = ck_n_toks (ctx), j = k + 1, t = tok;
  if (t > 0 && t < n && ck_tok (ctx, t)->kind != CK_TOK_QUOTE_OPEN && ck_tok (ctx, t - 1)->kind == CK_TOK_QUOTE_OPEN)
    t--;
  if (t > n || j + 3 > t || !ck_tok_is_punct (ctx, j, ','))
    return FALSE;
  j++;
  if (ck_tok_lower_word (ctx, j) && ck_tok_in_words (ctx, j, dets))
    j++;
  /* "the unhappy heroine of T", "the narrator in T" */
  for (guint a = 0; a < 2 && j < t && ck_tok_lower_word (ctx, j) && !ck_tok_in_words (ctx, j, story_people); a++)
    j++;
  return j + 2 == t && ck_tok_lower_word (ctx, j) && ck_tok_in_words (ctx, j, story_people) &&
         (ck_tok_is (ctx, j + 1, "of") || ck_tok_is (ctx, j + 1, "in"));
}

gboolean
ck_attr_character_named (const CkExtractCtx *ctx, guint tok, const char *family)
{
  guint floor, fl;
  if (!family || tok >= ck_n_toks (ctx))
    return FALSE;
  floor = ck_sentence_start (ctx, tok);
  fl = strlen (family);
  for (guint k = floor; k < tok && k < floor + ATTR_WINDOW; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->end - t->start == fl && memcmp (ctx->text + t->start, family, fl) == 0 &&
          (ck_attr_character_in (ctx, k, tok, floor) || ck_attr_character_apposition (ctx, k, tok)))
        return TRUE;
    }
  return FALSE;
}
