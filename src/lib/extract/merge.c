/* merge.c — from mentions to records: resolve who "his" and a bare
 * surname are, merge repeated mentions of one work (the fullest mention is
 * the base, the others fill its gaps, every mention stays as provenance),
 * link essays to the book that holds them, and build the record of the
 * review itself.
 *
 * Mentions are grouped by their normalised full title ("the" and
 * punctuation ignored); a mention without a subtitle joins the one group
 * whose main title it shares.  Groups are ordered by first mention, so the
 * output is deterministic.
 */
#include "extract-private.h"
#include "scholar-shapes.h"
#include "detect-context.h"
#include "detect-extra.h"
#include "attribution.h"
#include "attr-context.h"
#include "attr-gender.h"
#include <string.h>

#define MERGE_MAX_QUOTE 40   /* tokens of a quotation skipped looking for a name */
/* Capitalised words the antecedent search reads back before giving up. */
#define MERGE_MAX_ANTECEDENT_CAPS 60

typedef struct {
  GPtrArray *mentions;   /* CkMention*, borrowed */
  gsize      first;      /* offset of the earliest mention */
  guint      order;      /* creation order: breaks ties in sorting */
  guint      flags;      /* union of the mentions' flags */
  CkRecord  *rec;        /* the merged record (owned) */
  gboolean   dead;
} Group;

static void
group_free (Group *g)
{
  g_ptr_array_unref (g->mentions);
  g_clear_pointer (&g->rec, ck_record_unref);
  g_free (g);
}

/* Lower case, without a leading "The ", for comparing a periodical's
 * name with a container's. */
static char *
periodical_key (const char *name)
{
  if (g_ascii_strncasecmp (name, "the ", 4) == 0)
    name += 4;
  return g_ascii_strdown (name, -1);
}

/* "translated “T” for Partisan Review in 1953", "a piece in the New
 * Yorker (“T”, 21 January 2013)": the group of a quoted piece with no
 * container a few words from the periodical mention @pm, which stands
 * after "in" or "for" in the piece's sentence; NULL when there is none. */
static Group *
piece_beside_periodical (const CkExtractCtx *ctx, GPtrArray *groups, const Group *g, const CkMention *pm)
{
  guint pt = ck_tok_at_byte (ctx, pm->start), b = pt, pe = ck_tok_at_byte (ctx, pm->end);
  if (b > 0 && ck_tok_is (ctx, b - 1, "the") && ck_tok_lower_word (ctx, b - 1))
    b--;
  if (pt >= ck_n_toks (ctx) || b == 0 || !ck_tok_lower_word (ctx, b - 1) ||
      !(ck_tok_is (ctx, b - 1, "in") || ck_tok_is (ctx, b - 1, "for")))
    return NULL;
  for (guint j = 0; j < groups->len; j++)
    {
      Group *h = g_ptr_array_index (groups, j);
      const CkMention *hm;
      guint ht, he;
      if (h->dead || h == g || h->mentions->len != 1 || ck_record_has (h->rec, CK_FIELD_CONTAINER_TITLE) ||
          (h->flags & (CK_MENTION_SELF | CK_MENTION_ISSUE | CK_MENTION_MAIN)) ||
          ck_record_get_type (h->rec) == CK_TYPE_PERIODICAL || ck_record_has (h->rec, CK_FIELD_PUBLISHER))
        continue;
      hm = g_ptr_array_index (h->mentions, 0);
      ht = ck_tok_at_byte (ctx, hm->start);
      he = ck_tok_at_byte (ctx, hm->end);
      if (ht >= ck_n_toks (ctx) || ck_tok (ctx, ht)->kind != CK_TOK_QUOTE_OPEN ||
          ck_sentence_start (ctx, ht) != ck_sentence_start (ctx, pt))
        continue;
      /* the piece's end a few words before the periodical, or the
       * periodical a few words before the piece */
      if ((he <= b && b - he <= 8) || (pe <= ht && ht - pe <= 8))
        return h;
    }
  return NULL;
}

static void
container_only_periodicals (const CkExtractCtx *ctx, GPtrArray *groups)
{
  g_autoptr(GHashTable) containers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = g_ptr_array_index (groups, i);
      const char *c = g->dead ? NULL : ck_record_get (g->rec, CK_FIELD_CONTAINER_TITLE);
      if (c && ck_record_get_type (g->rec) != CK_TYPE_PERIODICAL)
        g_hash_table_add (containers, periodical_key (c));
    }
  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = g_ptr_array_index (groups, i), *h;
      const char *t = g->dead ? NULL : ck_record_get (g->rec, CK_FIELD_TITLE);
      gboolean prose_only = TRUE;
      g_autofree char *key = NULL;
      if (!t || ck_record_get_type (g->rec) != CK_TYPE_PERIODICAL ||
          (g->flags & (CK_MENTION_SELF | CK_MENTION_ISSUE | CK_MENTION_MAIN)))
        continue;
      for (guint k = 0; k < g->mentions->len && prose_only; k++)
        prose_only = strcmp (((const CkMention *) g_ptr_array_index (g->mentions, k))->det->name, "prose-periodical") == 0;
      if (!prose_only)
        continue;
      key = periodical_key (t);
      if (g_hash_table_contains (containers, key))
        g->dead = TRUE;
      else if (g->mentions->len == 1 &&
               (h = piece_beside_periodical (ctx, groups, g, g_ptr_array_index (g->mentions, 0))))
        {
          ck_record_set (h->rec, CK_FIELD_CONTAINER_TITLE, t);
          if (ck_record_get_type (h->rec) == CK_TYPE_BOOK || ck_record_get_type (h->rec) == CK_TYPE_CHAPTER)
            ck_record_set_type (h->rec, CK_TYPE_ARTICLE_MAGAZINE);
          g->dead = TRUE;
        }
    }
}

/* casefolded words without punctuation or a leading article */
static char *
norm_title (const char *t)
{
  g_autofree char *f = NULL;
  GString *s = g_string_new (NULL);
  gboolean sp = FALSE;
  static const char * const articles[] = { "the ", "a ", "an ", "le ", "la ", "les ", "der ", "die ", "das ", NULL };
  if (!t)
    return g_string_free (s, FALSE);
  f = g_utf8_casefold (t, -1);
  for (const char *p = f; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        {
          if (sp && s->len)
            g_string_append_c (s, ' ');
          sp = FALSE;
          g_string_append_unichar (s, c);
        }
      else
        sp = TRUE;
    }
  for (guint i = 0; articles[i]; i++)
    if (g_str_has_prefix (s->str, articles[i]))
      {
        g_string_erase (s, 0, strlen (articles[i]));
        break;
      }
  return g_string_free (s, FALSE);
}

static char *
full_key (const CkRecord *rec)
{
  g_autofree char *full = ck_record_dup_full_title (rec);
  return norm_title (full);
}

static guint
richness (const CkRecord *rec)
{
  guint n = ck_record_get_n_names (rec) * 2;
  for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
    if (ck_record_has (rec, f))
      n++;
  for (guint d = 0; d < CK_DATE_N_KINDS; d++)
    if (ck_record_get_date (rec, d))
      n++;
  return n;
}

/* Whether a reviewed author other than @family is named in @tok's
 * paragraph before it: then the paragraph is about more than one. */
static gboolean
other_reviewed_before (const CkExtractCtx *ctx, const GPtrArray *reviewed, const char *family, guint tok)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, tok));
  g_autofree char *own = g_utf8_casefold (family, -1);
  /* as far back as ck_ctx_paragraph_subject() looks, and no further */
  for (guint k = tok > pp->tok_first + 800 ? tok - 800 : pp->tok_first; k < tok; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      g_autofree char *w = NULL;
      if (!ck_tok_cap_word (ctx, k))
        continue;
      w = g_strndup (ctx->text + t->start, t->end - t->start);
      if (ck_attr_reviewed_author_named (reviewed, w))
        {
          g_autofree char *f = g_utf8_casefold (w, -1);
          if (strcmp (f, own) != 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether every mention of @g is a detector's named @det. */
static gboolean
group_only_from (const Group *g, const char *det)
{
  for (guint k = 0; k < g->mentions->len; k++)
    {
      const CkMention *m = g_ptr_array_index (g->mentions, k);
      if (!m->det || strcmp (m->det->name, det) != 0)
        return FALSE;
    }
  return g->mentions->len > 0;
}

/* A text that sets book titles in italics and some titles in quotation
 * marks follows the house rule of print: quotation marks are for short
 * pieces — stories, poems, essays — and italics for books.  A work only
 * ever quoted, with no imprint, is then a piece (a chapter of wherever
 * it was printed), not a book. */
static void
quoted_pieces (GPtrArray *groups)
{
  guint italic = 0;
  for (guint i = 0; i < groups->len; i++)
    {
      const Group *g = g_ptr_array_index (groups, i);
      if (!g->dead && !(g->flags & CK_MENTION_SELF) && ck_record_get_type (g->rec) == CK_TYPE_BOOK &&
          group_only_from (g, "html-italics"))
        italic++;
    }
  /* one italic title may be an accident of markup; two make a rule */
  if (italic < 2)
    return;
  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = g_ptr_array_index (groups, i);
      if (g->dead || (g->flags & (CK_MENTION_SELF | CK_MENTION_MAIN | CK_MENTION_ISSUE)) ||
          ck_record_get_type (g->rec) != CK_TYPE_BOOK || !group_only_from (g, "quoted-title") ||
          ck_record_has (g->rec, CK_FIELD_PUBLISHER) || ck_record_has (g->rec, CK_FIELD_PUBLISHER_PLACE))
        continue;
      ck_record_set_type (g->rec, CK_TYPE_CHAPTER);
    }
}

/* ---------------------------------------------------- person index */

static void
index_name (GHashTable *index, const CkName *nm, gboolean weak)
{
  g_autofree char *key = NULL;
  if (!nm || !nm->family || !nm->given)
    return;
  key = g_utf8_casefold (nm->family, -1);
  if (!g_hash_table_contains (index, key) || !weak)
    {
      if (g_hash_table_contains (index, key) && !weak)
        return;   /* first mixed-case form wins */
      g_hash_table_insert (index, g_steal_pointer (&key), g_strdup (nm->given));
    }
}

/* Family name → given name, from every "Given Family" in the text. */
static GHashTable *
build_person_index (CkExtractCtx *ctx)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTable *upper = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i < n; i++)
    {
      const CkToken *t = ck_tok (ctx, i);
      guint e;
      if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP))
        continue;
      /* "Herr Vell": the honorific is no given name */
      if (ck_attr_honorific (ctx, i))
        continue;
      e = ck_name_span_forward (ctx, i, MIN (n, i + 6));
      /* words a detector read as a title or periodical are not a person,
       * nor is what follows an article ("the Socialist Party") */
      if (e > i + 1 && (ck_is_claimed (ctx, i, e) ||
                        (i > 0 && (ck_tok_is (ctx, i - 1, "the") || ck_tok_is (ctx, i - 1, "a") ||
                                   ck_tok_is (ctx, i - 1, "an")))))
        {
          i = e - 1;
          continue;
        }
      if (e > i + 1 && ck_count_words (ctx, i, e) >= 2 && ck_count_words (ctx, i, e) <= 4)
        {
          g_autofree char *s = ck_span_dup (ctx, i, e);
          g_autoptr(CkName) nm = ck_name_parse_display (CK_ROLE_AUTHOR, s);
          gboolean all_upper = (t->flags & CK_TOKF_UPPER) != 0;
          const CkToken *last = ck_tok (ctx, e - 1);
          /* "Beth Arden Hospital", "Fleet Street" are no people, nor is a
           * firm the lexicon knows ("Harlow Pell have put together …") */
          if (nm && !ck_tok_in_lex (ctx, i, CK_LEX_PLACES) &&
              !ck_ctx_body_word (ctx->text + last->start, last->end - last->start) &&
              !ck_span_in_lex (ctx, i, e, CK_LEX_PUBLISHERS))
            index_name (all_upper ? upper : index, nm, FALSE);
          i = e - 1;
        }
    }
  /* ALL-CAPS forms ("VICTOR SERGE") only where nothing better exists */
  {
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init (&it, upper);
    while (g_hash_table_iter_next (&it, &k, &v))
      if (!g_hash_table_contains (index, k))
        {
          g_autofree char *given = g_utf8_strdown (v, -1);
          if (*given)
            {
              gunichar c = g_unichar_totitle (g_utf8_get_char (given));
              char buf[8];
              int l = g_unichar_to_utf8 (c, buf);
              GString *s = g_string_new_len (buf, l);
              g_string_append (s, g_utf8_next_char (given));
              g_hash_table_insert (index, g_strdup (k), g_string_free (s, FALSE));
            }
        }
  }
  g_hash_table_unref (upper);
  return index;
}

static gboolean
all_upper (const char *s)
{
  guint letters = 0;
  for (const char *p = s; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_islower (c))
        return FALSE;
      if (g_unichar_isalpha (c))
        letters++;
    }
  return letters >= 2;
}

/* "FRIEDRICH A." → "Friedrich A." (headings set names in capitals);
 * "O'VELL" → "O'Vell": after a one-letter prefix the apostrophe
 * starts a word again */
static char *
title_case (const char *s)
{
  GString *o = g_string_new (NULL);
  gboolean start = TRUE;
  guint run = 0;   /* letters since the word began */
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean apostrophe = c == '\'' || c == 0x2019;
      g_string_append_unichar (o, start ? g_unichar_totitle (c) : g_unichar_tolower (c));
      start = (!g_unichar_isalpha (c) && !apostrophe) || (apostrophe && run == 1);
      run = g_unichar_isalpha (c) ? run + 1 : apostrophe ? run : 0;
    }
  return g_string_free (o, FALSE);
}

static void
fix_case (char **part)
{
  if (*part && all_upper (*part))
    {
      char *t = title_case (*part);
      g_free (*part);
      *part = t;
    }
}

/* Fills in given names of family-only names from the index, and sets
 * names written in capitals in title case. */
static void
complete_names (CkRecord *rec, GHashTable *index)
{
  guint n = ck_record_get_n_names (rec);
  gboolean need = FALSE;
  g_autoptr(GPtrArray) copy = NULL;
  for (guint i = 0; i < n; i++)
    {
      const CkName *nm = ck_record_get_name (rec, i);
      if ((nm->family && !nm->given) || (nm->family && all_upper (nm->family)) || (nm->given && all_upper (nm->given)))
        need = TRUE;
    }
  if (!need)
    return;
  copy = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  for (guint i = 0; i < n; i++)
    {
      CkName *nm = ck_name_copy (ck_record_get_name (rec, i));
      if (nm->family && !nm->given)
        {
          g_autofree char *key = g_utf8_casefold (nm->family, -1);
          const char *given = g_hash_table_lookup (index, key);
          if (given)
            nm->given = g_strdup (given);
        }
      if (nm->family && all_upper (nm->family))
        fix_case (&nm->family);
      if (nm->given && all_upper (nm->given) && nm->family && !all_upper (nm->family))
        fix_case (&nm->given);
      g_ptr_array_add (copy, nm);
    }
  while (ck_record_get_n_names (rec) > 0)
    ck_record_remove_name (rec, 0);
  for (guint i = 0; i < copy->len; i++)
    ck_record_take_name (rec, g_steal_pointer (&g_ptr_array_index (copy, i)));
}

/* @who is a person the text marks with the other sex than @want asks. */
static gboolean
gender_conflict (GHashTable *genders, const CkName *who, CkGender want)
{
  g_autofree char *key = NULL;
  CkGender g;
  if (want == CK_GENDER_UNKNOWN || !who->family || !genders)
    return FALSE;
  key = g_utf8_casefold (who->family, -1);
  g = GPOINTER_TO_INT (g_hash_table_lookup (genders, key));
  return (g == CK_GENDER_F || g == CK_GENDER_M) && g != want;
}

/* Whether the sentence of token @tok opens with "He" or "She" and names
 * no person of @index (the text's family names) before @tok. */
static gboolean
sentence_opens_pronoun (const CkExtractCtx *ctx, guint tok, GHashTable *index)
{
  guint f = ck_sentence_start (ctx, tok);
  if (!(ck_tok_is (ctx, f, "He") || ck_tok_is (ctx, f, "She")) || tok < f || tok - f > 80)
    return FALSE;
  for (guint k = f + 1; k < tok; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      g_autofree char *key = NULL;
      if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP))
        continue;
      key = g_utf8_casefold (ctx->text + t->start, t->end - t->start);
      if (g_hash_table_contains (index, key))
        return FALSE;
    }
  return TRUE;
}

/* The person "his"/"her" at token @tok refers to: the nearest name before
 * it in the sentence that is a possessive or a known family name, unless
 * it follows "on"/"about" (the subject of a study is not its author). */
static CkName *
find_antecedent (CkExtractCtx *ctx, guint tok, GHashTable *index, GHashTable *titles, GHashTable *genders,
                 gboolean *reader)
{
  guint floor = ck_sentence_start (ctx, tok);
  /* "Her first novel, T": a person the text marks as a man is not "her" */
  CkGender want = ck_attr_owner_pronoun (ctx, tok);
  guint caps = 0;
  for (guint k = tok; k > floor;)
    {
      const CkToken *t;
      gboolean poss, known;
      g_autofree char *key = NULL;
      k--;
      /* a sentence of hundreds of names and titles has no antecedent to
       * find: each capital costs lookups, so the search stops */
      if ((ck_tok (ctx, k)->flags & CK_TOKF_CAP) && ++caps > MERGE_MAX_ANTECEDENT_CAPS)
        break;
      t = ck_tok (ctx, k);
      /* a name inside a quotation ("A Reply to Nick Carr") is nobody's
       * antecedent: skip to its opening quote when there is one near */
      if (t->kind == CK_TOK_QUOTE_CLOSE)
        {
          guint q = k;
          while (q > floor && q + MERGE_MAX_QUOTE > k && ck_tok (ctx, q - 1)->kind != CK_TOK_QUOTE_OPEN)
            q--;
          if (q > floor && ck_tok (ctx, q - 1)->kind == CK_TOK_QUOTE_OPEN)
            k = q - 1;
          continue;
        }
      if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP))
        continue;
      poss = k + 1 < ck_n_toks (ctx) && ck_tok (ctx, k + 1)->kind == CK_TOK_POSS;
      key = g_utf8_casefold (ctx->text + t->start, t->end - t->start);
      known = g_hash_table_contains (index, key) || ck_attr_reflexive_person (ctx, k) ||
              /* "Ederly wrote T": the subject of a verb of making */
              ck_attr_writer_subject (ctx, k, tok) ||
              /* "he showed Mrs Vell his T": an honorific makes a person,
               * unless the two words are a title of the text ("Mrs Orr
               * (1925)", a novel named for its heroine) */
              (k > floor && ck_attr_honorific (ctx, k - 1) && !ck_attr_span_is_title (ctx, titles, k - 1, k + 1)) ||
              (k > floor + 1 && ck_tok_is_punct (ctx, k - 1, '.') && ck_attr_honorific (ctx, k - 2) &&
               !ck_attr_span_is_title (ctx, titles, k - 2, k + 1));
      /* "A Man's Place": a possessive inside a title is no person, nor is
       * the novel's hero */
      if ((poss && ck_ctx_in_title (ctx, k)) || ck_ctx_is_character (ctx, k))
        continue;
      /* "who has met Mrs Tallow in T": a person of the story */
      if (!poss && (ck_attr_character_in (ctx, k, tok, floor) || ck_attr_character_apposition (ctx, k, tok)))
        continue;
      /* "a sequel to The Letters of Ada Vell": the title's subject */
      if (!poss && ck_attr_name_in_title (ctx, k))
        continue;
      /* "sold at Pell's;": a possessive owning no word is a
       * magazine, a shop or a title's end */
      if (poss && ck_attr_bare_possessive (ctx, k))
        continue;
      /* "in Ada Vell's translation": who put it into English wrote none of it */
      if (poss && (ck_attr_mediator_possessive (ctx, k) || ck_attr_firm_possessive (ctx, k) ||
                   ck_attr_body_possessive (ctx, k)))
        continue;
      /* "the New Left's sources", "(New York, 1915)" */
      if (poss || known)
        {
          guint ns = ck_name_span_backward (ctx, k + 1, floor);
          if (ns <= k && ck_attr_entity_name (ctx, ns, k + 1, floor))
            {
              k = ns;
              continue;
            }
        }
      /* "her book on the fiddler Ivo Brant": the book's subject — but
       * "the critic Ivo Brant wrote T" names the writer */
      if (!poss && known && !ck_attr_writer_subject (ctx, k, tok))
        {
          guint ns = ck_name_span_backward (ctx, k + 1, floor);
          if (ns <= k && ck_attr_described_person (ctx, ns, floor))
            {
              k = ns;
              continue;
            }
        }
      /* a capital opening the sentence counts only as a possessive or as
       * a family name the text gives in full elsewhere ("Avery has not
       * written so well since T (1994)") */
      if (!poss && !known)
        continue;
      /* "Otto IV", and a title of the text read as a name ("Salt
       * Harbour") whose last word the text never uses alone (a
       * biography's "Ada Vell" is still the woman) */
      if (ck_attr_regnal_number (ctx, k))
        continue;
      if (!poss)
        {
          guint ns = ck_name_span_backward (ctx, k + 1, floor);
          if (ns <= k && ck_attr_span_is_title (ctx, titles, ns, k + 1) && !ck_ctx_word_recurs (ctx, k, ns, k + 1))
            {
              k = ns;
              continue;
            }
        }
      if (!poss && k > 0 && (ck_tok_is (ctx, k - 1, "on") || ck_tok_is (ctx, k - 1, "about") ||
                    ck_tok_is (ctx, k - 1, "against") || ck_tok_is (ctx, k - 1, "of")))
        continue;
      /* "wrote about Ada Vell in T", "a biography of Ada Vell": the
       * preposition stands before the whole name */
      if (!poss && ck_attr_about_name (ctx, ck_name_span_backward (ctx, k + 1, floor), floor))
        continue;
      /* "Vell praised T", "Vell's review of T": a reader, not the writer */
      if (ck_attr_reader_between (ctx, k, tok))
        {
          *reader = TRUE;
          continue;
        }
      if (want != CK_GENDER_UNKNOWN)
        {
          CkGender g = ck_attr_name_gender (ctx, genders, ck_name_span_backward (ctx, k + 1, floor), k);
          if (g != CK_GENDER_UNKNOWN && g != want)
            continue;
        }
      /* "Erasmus Vell set it … in T": the full name as written here, not
       * the first Vell of the text */
      {
        CkName *nm = ck_ctx_full_name_at (ctx, k, floor);
        if (nm)
          return nm;
      }
      {
        g_autofree char *fam = g_strndup (ctx->text + t->start, t->end - t->start);
        CkName *nm = ck_name_new_personal (CK_ROLE_AUTHOR, fam, NULL);
        return nm;
      }
    }
  /* "… Solzhenitsyn published it. His later novels …": the subject of the
   * sentence before — its first name that is not inside a prepositional
   * phrase ("he argues with Clapham's book" is not about Clapham) */
  /* …in running text only: a byline or heading above is no subject */
  if (floor > 0 && (ck_para_of (ctx, floor - 1) == ck_para_of (ctx, tok) ||
                    (g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, floor - 1)).flags & CK_PARA_PROSE)))
    {
      guint pfloor = ck_sentence_start (ctx, floor - 1);
      static const char * const preps[] = { "with", "on", "about", "against", "of", "to", "from", "by",
                                            "in", "at", "for", "like", "than", "and", NULL };
      guint pcaps = 0;
      for (guint k = pfloor; k < floor; k++)
        {
          const CkToken *t = ck_tok (ctx, k);
          gboolean after_prep = FALSE;
          g_autofree char *key = NULL;
          if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP))
            continue;
          if (++pcaps > MERGE_MAX_ANTECEDENT_CAPS)
            break;
          /* a known name or a possessive first: the tests below cost
           * lookups, and only such a word can be the subject */
          key = g_utf8_casefold (ctx->text + t->start, t->end - t->start);
          if (!g_hash_table_contains (index, key) &&
              !(k + 1 < ck_n_toks (ctx) && ck_tok (ctx, k + 1)->kind == CK_TOK_POSS))
            continue;
          for (guint q = 0; k > 0 && preps[q]; q++)
            after_prep |= ck_tok_is (ctx, k - 1, preps[q]) || (k > 1 && ck_tok_is (ctx, k - 2, preps[q]) &&
                                                              (ck_tok (ctx, k - 1)->flags & CK_TOKF_FUNC));
          /* "a play by Ina Vell": the preposition stands before the whole name */
          {
            guint ns = ck_name_span_backward (ctx, k + 1, pfloor);
            for (guint q = 0; ns < k && ns > 0 && preps[q]; q++)
              after_prep |= ck_tok_is (ctx, ns - 1, preps[q]);
            /* "He was born Ina Lund", "the painter Ina Lund", "in The
             * Lund Sisters", "Two Worlds and Their Ways sets …" */
            after_prep |= (ns <= k && (ck_attr_described_person (ctx, ns, pfloor) ||
                                       ck_attr_entity_name (ctx, ns, k + 1, pfloor))) ||
                          ck_ctx_in_title (ctx, k) || ck_attr_title_starts (ctx, titles, ns, k + 1);
          }
          if (want != CK_GENDER_UNKNOWN)
            {
              CkGender g = ck_attr_name_gender (ctx, genders, ck_name_span_backward (ctx, k + 1, pfloor), k);
              if (g != CK_GENDER_UNKNOWN && g != want)
                continue;
            }
          if (after_prep || ck_ctx_is_character (ctx, k) ||
              (k + 1 < ck_n_toks (ctx) && ck_tok (ctx, k + 1)->kind == CK_TOK_POSS &&
               (ck_ctx_in_title (ctx, k) || ck_attr_bare_possessive (ctx, k))))
            continue;
          {
            g_autofree char *fam = g_strndup (ctx->text + t->start, t->end - t->start);
            return ck_name_new_personal (CK_ROLE_AUTHOR, fam, NULL);
          }
        }
    }
  return NULL;
}

/* @who, or the reviewed book's author when @who's family name is an OCR
 * misreading of that author's ("Marrarn" for Marram); takes @who. */
static CkName *
ocr_main_author (CkName *who, const CkRecord *main_rec)
{
  g_autoptr(GHashTable) fams = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *hit;
  if (!who->family || who->given)
    return who;
  for (guint k = 0; k < ck_record_get_n_names (main_rec); k++)
    {
      const CkName *an = ck_record_get_name (main_rec, k);
      if (an->role == CK_ROLE_AUTHOR && an->family)
        g_hash_table_insert (fams, g_utf8_casefold (an->family, -1), (gpointer) an);
    }
  hit = ck_attr_ocr_family (fams, who->family);
  if (!hit)
    return who;
  {
    CkName *c = ck_name_copy (g_hash_table_lookup (fams, hit));
    c->role = who->role;
    ck_name_free (who);
    return c;
  }
}

/* "Collected Letters of Mia Dorn": the author named in the title. */
static void
author_from_title (CkRecord *rec)
{
  static GRegex *rx = NULL;
  const char *parts[2] = { ck_record_get (rec, CK_FIELD_SUBTITLE), ck_record_get (rec, CK_FIELD_TITLE) };
  if (g_once_init_enter (&rx))
    g_once_init_leave (&rx, g_regex_new ("\\b(?:Writings|Works|Essays|Letters|Papers|Speeches|Poems|Diaries|"
                                         "Notebooks|Correspondence|Journals) of ((?:[A-Z][\\w.'’-]*\\s){1,3}[A-Z][\\w'’-]+)$",
                                         G_REGEX_OPTIMIZE, 0, NULL));
  if (ck_record_count_role (rec, CK_ROLE_AUTHOR) > 0)
    return;
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GMatchInfo) mi = NULL;
      if (parts[i] && g_regex_match (rx, parts[i], 0, &mi))
        {
          g_autofree char *who = g_match_info_fetch (mi, 1);
          ck_record_add_name_unique (rec, ck_name_parse_display (CK_ROLE_AUTHOR, who));
          return;
        }
    }
}

/* Whether group @g is a quoted title and nothing more: a book by its type,
 * no date, imprint, container or names but the reviewed book's author's.
 * In a review of a collection such a title is one of its pieces. */
static gboolean
bare_quoted (const CkExtractCtx *ctx, const Group *g, const Group *main_g)
{
  const CkRecord *r = g->rec;
  if (ck_record_get_type (r) != CK_TYPE_BOOK || ck_record_get_date (r, CK_DATE_ISSUED) ||
      ck_record_has (r, CK_FIELD_PUBLISHER) || ck_record_has (r, CK_FIELD_PUBLISHER_PLACE) ||
      ck_record_has (r, CK_FIELD_CONTAINER_TITLE) || (g->flags & (CK_MENTION_MAIN | CK_MENTION_SELF | CK_MENTION_WEAK)))
    return FALSE;
  for (guint i = 0; i < ck_record_get_n_names (r); i++)
    {
      const CkName *nm = ck_record_get_name (r, i);
      gboolean same = FALSE;
      for (guint j = 0; j < ck_record_get_n_names (main_g->rec); j++)
        {
          const CkName *an = ck_record_get_name (main_g->rec, j);
          same |= nm->family && an->family && g_utf8_collate (nm->family, an->family) == 0;
        }
      if (!same)
        return FALSE;
    }
  /* every mention opens with a quotation mark */
  for (guint i = 0; i < g->mentions->len; i++)
    {
      const CkMention *m = g_ptr_array_index (g->mentions, i);
      gunichar c = g_utf8_get_char (ctx->text + m->start);
      if (!(c == '"' || c == '\'' || c == 0x201C || c == 0x2018))
        return FALSE;
    }
  return TRUE;
}

/* Whether the text calls the book it reviews a collection: "the new
 * collection", "these essays", "a book of poems", "the stories". */
static gboolean
text_says_collection (const CkExtractCtx *ctx)
{
  static const char * const nouns[] = { "essays", "poems", "stories", "pieces", "lectures", "letters", NULL };
  static const char * const before[] = { "these", "the", "its", "his", "her", "new", "of", NULL };
  for (guint k = 1; k < ck_n_toks (ctx); k++)
    {
      if (ck_tok_lower_word (ctx, k) && (ck_tok_is (ctx, k, "collection") || ck_tok_is (ctx, k, "anthology")))
        return TRUE;
      if (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, nouns) && ck_tok_lower_word (ctx, k - 1) &&
          ck_tok_in_words (ctx, k - 1, before))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_collection (const CkRecord *rec)
{
  static const char * const words[] = { "Essays", "Writings", "Reader", "Selected", "Collected", "Anthology",
                                        "Papers", "Stories", "Poems", "Lectures", "Letters", "Speeches",
                                        "Articles", NULL };
  const char *parts[2] = { ck_record_get (rec, CK_FIELD_TITLE), ck_record_get (rec, CK_FIELD_SUBTITLE) };
  for (guint i = 0; i < 2; i++)
    for (guint w = 0; parts[i] && words[w]; w++)
      if (strstr (parts[i], words[w]))
        return TRUE;
  return FALSE;
}

/* Fills the gaps of @to from @from: fields, names of roles @to lacks,
 * dates.  Provenance is copied too. */
static void
fill_from (CkRecord *to, const CkRecord *from, gboolean provenance)
{
  for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
    if (!ck_record_has (to, f) && ck_record_has (from, f) &&
        /* a title that already ends on the other mention's subtitle
         * takes it no second time */
        !(f == CK_FIELD_SUBTITLE && ck_record_has (to, CK_FIELD_TITLE) &&
          g_str_has_suffix (ck_record_get (to, CK_FIELD_TITLE), ck_record_get (from, f))))
      ck_record_set (to, f, ck_record_get (from, f));
  for (guint r = 0; r < CK_ROLE_N_ROLES; r++)
    if (ck_record_count_role (to, r) == 0)
      for (guint i = 0; i < ck_record_get_n_names (from); i++)
        if (ck_record_get_name (from, i)->role == r)
          ck_record_take_name (to, ck_name_copy (ck_record_get_name (from, i)));
  /* a full name for a bare surname */
  for (guint i = 0; i < ck_record_get_n_names (to); i++)
    {
      const CkName *a = ck_record_get_name (to, i);
      if (a->given || !a->family)
        continue;
      for (guint j = 0; j < ck_record_get_n_names (from); j++)
        {
          const CkName *b = ck_record_get_name (from, j);
          if (b->given && b->role == a->role && g_strcmp0 (a->family, b->family) == 0)
            {
              CkName *c = ck_name_copy (b);
              ck_record_remove_name (to, i);
              ck_record_take_name (to, c);
              i = 0;
              break;
            }
        }
    }
  for (guint d = 0; d < CK_DATE_N_KINDS; d++)
    if (!ck_record_get_date (to, d) && ck_record_get_date (from, d))
      ck_record_take_date (to, d, ck_date_copy (ck_record_get_date (from, d)));
  if (provenance)
    for (guint i = 0; i < ck_record_get_n_provenance (from); i++)
      ck_record_take_provenance (to, ck_provenance_copy (ck_record_get_provenance (from, i)));
}

static char *
group_key (const CkMention *m)
{
  if (m->flags & CK_MENTION_SELF)
    return g_strdup ("\x01self");
  if (m->flags & CK_MENTION_ISSUE)
    {
      g_autofree char *c = norm_title (ck_record_get (m->rec, CK_FIELD_CONTAINER_TITLE));
      g_autofree char *i = norm_title (ck_record_get (m->rec, CK_FIELD_ISSUE));
      return g_strconcat ("\x01@", c, "|", i, NULL);
    }
  if (ck_record_get_type (m->rec) == CK_TYPE_PERIODICAL)
    {
      g_autofree char *k = full_key (m->rec);
      return g_strconcat ("\x01p", k, NULL);
    }
  /* an earlier edition a library record names is a work of its own */
  if ((m->flags & CK_MENTION_EDITION) && ck_record_get_date (m->rec, CK_DATE_ISSUED))
    {
      g_autofree char *k = full_key (m->rec);
      return g_strdup_printf ("%s\x01y%d", k, ck_record_get_date (m->rec, CK_DATE_ISSUED)->year);
    }
  return full_key (m->rec);
}

/* Whether a book-trade header (title, author, publisher, price) cited
 * the group's work: a book on sale when the review was written. */
static gboolean
from_trade_header (const Group *g)
{
  static const char * const headers[] = { "header-block", "sentence-header", "comma-header", "notice-lead", NULL };
  for (guint k = 0; k < g->mentions->len; k++)
    {
      const CkMention *m = g_ptr_array_index (g->mentions, k);
      for (guint h = 0; m->det && headers[h]; h++)
        if (strcmp (m->det->name, headers[h]) == 0)
          return TRUE;
    }
  return FALSE;
}

static int
group_cmp (gconstpointer a, gconstpointer b)
{
  const Group *x = *(const Group * const *) a, *y = *(const Group * const *) b;
  /* the review's own record closes the list, wherever its venue line
   * stands: it may share its title with the book it reviews */
  if ((x->flags & CK_MENTION_SELF) != (y->flags & CK_MENTION_SELF))
    return (x->flags & CK_MENTION_SELF) ? 1 : -1;
  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order ? 1 : 0;
}

static int
prov_cmp (gconstpointer a, gconstpointer b)
{
  const CkMention *x = *(const CkMention * const *) a, *y = *(const CkMention * const *) b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end ? 1 : 0;
}

static gboolean
records_agree (const CkRecord *a, const CkRecord *b)
{
  const CkDate *da = ck_record_get_date (a, CK_DATE_ISSUED), *db = ck_record_get_date (b, CK_DATE_ISSUED);
  const char *pa = ck_record_get (a, CK_FIELD_PUBLISHER), *pb = ck_record_get (b, CK_FIELD_PUBLISHER);
  if (da && db && da->year != db->year)
    return FALSE;
  /* "her magazine article “T?”" is not her book T */
  if (ck_record_get_type (a) != ck_record_get_type (b) &&
      ck_record_has (a, CK_FIELD_CONTAINER_TITLE) != ck_record_has (b, CK_FIELD_CONTAINER_TITLE))
    return FALSE;
  if (pa && pb && g_ascii_strcasecmp (pa, pb) != 0)
    return FALSE;
  if (ck_record_count_role (a, CK_ROLE_AUTHOR) && ck_record_count_role (b, CK_ROLE_AUTHOR))
    {
      for (guint i = 0; i < ck_record_get_n_names (a); i++)
        for (guint j = 0; j < ck_record_get_n_names (b); j++)
          {
            const CkName *x = ck_record_get_name (a, i), *y = ck_record_get_name (b, j);
            if (x->role == CK_ROLE_AUTHOR && y->role == CK_ROLE_AUTHOR && g_strcmp0 (x->family, y->family) == 0)
              return TRUE;
          }
      return FALSE;
    }
  return TRUE;
}

static guint
count_creators (const CkRecord *rec)
{
  return ck_record_count_role (rec, CK_ROLE_AUTHOR) + ck_record_count_role (rec, CK_ROLE_EDITOR);
}

static gboolean
is_creator (const CkName *nm)
{
  return (nm->role == CK_ROLE_AUTHOR || nm->role == CK_ROLE_EDITOR) && nm->family;
}

/* Whether @rec and every mention of @g name their authors or editors,
 * none in common, and one side an author: a header's "T, edited by Ada
 * Vell" is not "Tom Orr's own T" later in the review. */
static gboolean
authors_differ (const CkRecord *rec, const Group *g)
{
  if (count_creators (rec) == 0)
    return FALSE;
  for (guint i = 0; i < g->mentions->len; i++)
    {
      const CkRecord *o = ((CkMention *) g_ptr_array_index (g->mentions, i))->rec;
      if (count_creators (o) == 0 ||
          (ck_record_count_role (rec, CK_ROLE_AUTHOR) == 0 && ck_record_count_role (o, CK_ROLE_AUTHOR) == 0))
        return FALSE;
      for (guint a = 0; a < ck_record_get_n_names (rec); a++)
        for (guint b = 0; b < ck_record_get_n_names (o); b++)
          {
            const CkName *x = ck_record_get_name (rec, a), *y = ck_record_get_name (o, b);
            if (is_creator (x) && is_creator (y) && g_ascii_strcasecmp (x->family, y->family) == 0)
              return FALSE;
          }
    }
  return TRUE;
}

static gboolean
compatible (const Group *a, const Group *b)
{
  for (guint i = 0; i < a->mentions->len; i++)
    for (guint j = 0; j < b->mentions->len; j++)
      if (!records_agree (((CkMention *) g_ptr_array_index (a->mentions, i))->rec,
                          ((CkMention *) g_ptr_array_index (b->mentions, j))->rec))
        return FALSE;
  return TRUE;
}

static void
merge_group_into (Group *to, Group *from)
{
  for (guint i = 0; i < from->mentions->len; i++)
    g_ptr_array_add (to->mentions, g_ptr_array_index (from->mentions, i));
  to->first = MIN (to->first, from->first);
  to->flags |= from->flags;
  g_ptr_array_set_size (from->mentions, 0);
  from->dead = TRUE;
}

/* Builds the group's record: the richest mention is the base, the others
 * fill its gaps; the provenance lists every mention in text order. */
static void
build_group (Group *g)
{
  const CkMention *base = NULL;
  guint best = 0;
  gboolean chapter = FALSE;
  g_ptr_array_sort (g->mentions, prov_cmp);
  for (guint i = 0; i < g->mentions->len; i++)
    {
      const CkMention *m = g_ptr_array_index (g->mentions, i);
      guint r = richness (m->rec) * 4 + ((m->flags & CK_MENTION_MAIN) ? 2 : 0);
      if (!base || r > best)
        {
          base = m;
          best = r;
        }
      if (ck_record_get_type (m->rec) == CK_TYPE_CHAPTER)
        chapter = TRUE;
    }
  g->rec = ck_record_new (ck_record_get_type (base->rec));
  fill_from (g->rec, base->rec, FALSE);
  for (guint i = 0; i < g->mentions->len; i++)
    {
      const CkMention *m = g_ptr_array_index (g->mentions, i);
      if (m != base)
        fill_from (g->rec, m->rec, FALSE);
    }
  for (guint i = 0; i < g->mentions->len; i++)
    {
      const CkMention *m = g_ptr_array_index (g->mentions, i);
      for (guint k = 0; k < ck_record_get_n_provenance (m->rec); k++)
        ck_record_take_provenance (g->rec, ck_provenance_copy (ck_record_get_provenance (m->rec, k)));
    }
  if (chapter && ck_record_get_type (g->rec) == CK_TYPE_BOOK)
    ck_record_set_type (g->rec, CK_TYPE_CHAPTER);
}

static void
copy_role (CkRecord *to, const CkRecord *from, CkRole from_role, CkRole to_role)
{
  for (guint i = 0; i < ck_record_get_n_names (from); i++)
    {
      const CkName *nm = ck_record_get_name (from, i);
      if (nm->role == from_role)
        {
          CkName *c = ck_name_copy (nm);
          c->role = to_role;
          ck_record_add_name_unique (to, c);
        }
    }
}

/* "In 1962, … Ilse Varga published …. "Title" was received …":
 * an unattributed title takes the author and year of a "NAME published"
 * in the sentence before it. */
static void
author_from_previous_sentence (CkExtractCtx *ctx, CkRecord *rec, guint tok)
{
  guint s = ck_sentence_start (ctx, tok), ps;
  /* the sentence before counts only when the title opens its own sentence
   * ("…Varga published an account. "Title" was received …") */
  if (tok <= s + 1 && s > 0)
    ps = ck_sentence_start (ctx, s - 1);
  else
    ps = s;
  for (guint k = ps; k < tok; k++)
    if (ck_tok_is (ctx, k, "published") || ck_tok_is (ctx, k, "wrote"))
      {
        guint ns = ck_name_span_backward (ctx, k, ps);
        /* a lone capitalised word opening a sentence may not be a name */
        if (ns < k && (ck_count_words (ctx, ns, k) >= 2 || ns != ck_sentence_start (ctx, ns)))
          {
            g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
            ck_names_forward (ctx, ns, k, CK_ROLE_AUTHOR, names);
            for (guint i = 0; i < names->len; i++)
              ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, i)));
            if (!ck_record_get_date (rec, CK_DATE_ISSUED))
              for (guint y = ps; y < k; y++)
                if (ck_tok (ctx, y)->flags & CK_TOKF_YEAR)
                  {
                    ck_record_take_date (rec, CK_DATE_ISSUED,
                                         ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, y)->start), 0, 0));
                    break;
                  }
            return;
          }
      }
}

/* Stray HTML entities ("Allen &amp; Unwin") in a value, decoded. */
static char *
decode_entities (const char *s)
{
  static const struct { const char *ent; const char *text; } ents[] = {
    { "&amp;", "&" }, { "&quot;", "\"" }, { "&#39;", "'" }, { "&apos;", "'" }, { "&nbsp;", " " },
    { "&lt;", "<" }, { "&gt;", ">" }, { "&ndash;", "–" }, { "&mdash;", "—" }, { "&rsquo;", "’" },
  };
  GString *o = g_string_new (NULL);
  for (const char *p = s; *p;)
    {
      gboolean hit = FALSE;
      if (*p == '&')
        for (guint k = 0; k < G_N_ELEMENTS (ents); k++)
          if (g_str_has_prefix (p, ents[k].ent))
            {
              g_string_append (o, ents[k].text);
              p += strlen (ents[k].ent);
              hit = TRUE;
              break;
            }
      if (!hit)
        g_string_append_c (o, *p++);
    }
  return g_string_free (o, FALSE);
}


/* The words of a column that lists or notes books rather than reviewing
 * one ("Books Received", "Shorter Notices", "Notable Acquisitions", "Notes
 * on Contributors", "Briefly Noted", "Paperbacks in Brief"), or an
 * obituary. */
static const char * const column_words[] = {
  "received", "notices", "acquisitions", "accessions", "contributors", "noted", "brief", "obituary", "obituaries", NULL,
};

/* The review's own record is a review of a book, unless its heading names
 * such a column: then an article, of the kind its periodical suggests (a
 * newspaper by its name, a journal by its name or its volume). */
static CkType
column_type (const CkRecord *r)
{
  static const char * const paper[] = {
    "times", "post", "tribune", "herald", "guardian", "telegraph", "observer", "independent", "gazette", "daily",
    "courier", "chronicle", "news", "globe", "mail", "express", NULL,
  };
  static const char * const journal[] = {
    "journal", "quarterly", "annals", "proceedings", "transactions", "bulletin", "studies", "review", NULL,
  };
  const char *title = ck_record_get (r, CK_FIELD_TITLE), *cont = ck_record_get (r, CK_FIELD_CONTAINER_TITLE);
  g_auto(GStrv) tw = NULL, cw = NULL;
  gboolean column = FALSE;
  if (!title)
    return CK_TYPE_REVIEW_BOOK;
  {
    g_autofree char *low = g_utf8_strdown (title, -1);
    tw = g_strsplit_set (low, " ,.:;", -1);
  }
  for (guint i = 0; tw[i] && !column; i++)
    column = g_strv_contains (column_words, tw[i]);
  if (!column || g_strv_length (tw) > 6)
    return CK_TYPE_REVIEW_BOOK;
  if (cont)
    {
      g_autofree char *low = g_utf8_strdown (cont, -1);
      cw = g_strsplit_set (low, " ,.:;", -1);
      for (guint i = 0; cw[i]; i++)
        if (g_strv_contains (paper, cw[i]))
          return CK_TYPE_ARTICLE_NEWSPAPER;
      for (guint i = 0; cw[i]; i++)
        if (g_strv_contains (journal, cw[i]))
          return CK_TYPE_ARTICLE_JOURNAL;
    }
  return ck_record_get (r, CK_FIELD_VOLUME) ? CK_TYPE_ARTICLE_JOURNAL : CK_TYPE_ARTICLE_MAGAZINE;
}

static void
clean_record (CkRecord *rec)
{
  for (guint f = 0; f < CK_FIELD_N_FIELDS; f++)
    {
      const char *v = ck_record_get (rec, f);
      if (v && strchr (v, '&') && strchr (v, ';'))
        ck_record_take (rec, f, decode_entities (v));
    }
}

GPtrArray *
ck_merge_mentions (CkExtractCtx *ctx, double min_confidence)
{
  g_autoptr(GHashTable) index = build_person_index (ctx);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  g_autoptr(GPtrArray) attach = g_ptr_array_new ();
  g_autoptr(CkKeySet) keys = ck_key_set_new ();
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_record_unref);
  Group *main_g = NULL, *self_g = NULL;
  g_autoptr(CkName) subject = NULL;
  gboolean subject_done = FALSE, says_collection;
  g_autoptr(CkName) bio = NULL;
  g_autoptr(GPtrArray) reviewed = NULL;
  gboolean bio_done = FALSE;
  const CkMention *first_main = NULL;
  g_autoptr(CkColumnMains) cols = NULL;
  g_autoptr(GHashTable) titles = NULL;
  g_autoptr(GHashTable) openers = NULL;
  g_autoptr(CkName) profile = NULL;
  g_autoptr(GHashTable) genders = NULL;

  /* names the records themselves give count as known people */
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      const CkMention *m = g_ptr_array_index (ctx->mentions, i);
      for (guint k = 0; k < ck_record_get_n_names (m->rec); k++)
        index_name (index, ck_record_get_name (m->rec, k), TRUE);
      if ((m->flags & CK_MENTION_MAIN) && (!first_main || m->start < first_main->start))
        first_main = m;
    }

  /* 1. who "his" is, full names for bare surnames, authors in titles */
  cols = ck_column_mains_new (ctx);
  profile = ck_attr_profile_subject (ctx, index);
  titles = ck_attr_title_set (ctx);
  genders = ck_attr_gender_map (ctx);
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      CkMention *m = g_ptr_array_index (ctx->mentions, i);
      /* in a column of short reviews, the book whose notice this is */
      const CkMention *main_m = ck_column_main_for (cols, m->start, first_main);
      /* "Ada Vell, whose essay T": hers, and no part of the reviewed book */
      if (ck_record_count_role (m->rec, CK_ROLE_AUTHOR) == 0 &&
          !(m->flags & (CK_MENTION_MAIN | CK_MENTION_SELF | CK_MENTION_ISSUE | CK_MENTION_ATTACH)))
        {
          CkName *owner = ck_attr_whose_owner (ctx, m);
          /* "“T” (1985), by Ada Vell," */
          if (!owner)
            owner = ck_attr_by_after (ctx, m, index);
          if (owner)
            {
              ck_record_take_name (m->rec, owner);
              m->flags &= ~(CK_MENTION_PART | CK_MENTION_PART_MAYBE | CK_MENTION_PRONOUN);
            }
        }
      /* "their T", "the authors' joint T": the reviewed book's authors */
      if ((m->flags & CK_MENTION_PRONOUN) && ck_record_count_role (m->rec, CK_ROLE_AUTHOR) == 0 && main_m &&
          ck_record_count_role (main_m->rec, CK_ROLE_AUTHOR) >= 2 &&
          (ck_tok_is (ctx, m->tok, "their") || ck_ctx_group_owner (ctx, m->tok)))
        copy_role (m->rec, main_m->rec, CK_ROLE_AUTHOR, CK_ROLE_AUTHOR);
      /* "their" points at a group, not at one author */
      if ((m->flags & CK_MENTION_PRONOUN) && (ck_record_count_role (m->rec, CK_ROLE_AUTHOR) == 0 ||
                                              (m->flags & CK_MENTION_COAUTHOR)) &&
          !ck_tok_is (ctx, m->tok, "their") && !ck_attr_unnamed_owner (ctx, m->tok) &&
          !ck_attr_pieces_in (ctx, m))
        {
          CkName *who = NULL;
          /* "The third volume, T, is promised": the reviewed series */
          if (main_m && ck_attr_series_cue (ctx, m))
            for (guint k = 0; k < ck_record_get_n_names (main_m->rec) && !who; k++)
              if (ck_record_get_name (main_m->rec, k)->role == CK_ROLE_AUTHOR)
                who = ck_name_copy (ck_record_get_name (main_m->rec, k));
          /* "a biography of Ada Vell, T (2001)": Vell is its subject and
           * the writer is not named here; guess nobody */
          gboolean about = !who && ck_attr_about_apposition (ctx, m);
          /* "my own T": the reviewer's, when the byline names one */
          if (!who && !about && ck_attr_first_person (ctx, m))
            {
              if (ctx->reviewers && ctx->reviewers->len)
                {
                  who = ck_name_copy (g_ptr_array_index (ctx->reviewers, 0));
                  who->role = CK_ROLE_AUTHOR;
                }
              about = TRUE;
            }
          /* "in his review of T": the pronoun's person read T */
          if (!who && !about && ck_attr_pronoun_reader (ctx, m))
            about = TRUE;
          /* "T (1990), Ada Vell's first novel,": the apposition names her */
          if (!who && !about)
            who = ck_attr_forward_owner (ctx, m, index);
          /* "He was also the author of T (1968)" in an obituary or
           * profile: a sentence opened by the pronoun, naming no one the
           * text knows before the title, is about its subject */
          if (!who && !about && profile && sentence_opens_pronoun (ctx, m->tok, index))
            who = ck_name_copy (profile);
          if (!who && !about)
            {
              /* "Vell praised T": no one the context names wrote T, and
               * a guess would be the reader or someone further off */
              gboolean reader = FALSE;
              who = find_antecedent (ctx, m->tok, index, titles, genders, &reader);
              about = !who && reader;
            }
          /* a header book named again by its main title is that book */
          if (!who)
            who = ck_header_title_owner (ctx, m);
          /* "Mr Marrarn's stories": an OCR misreading of the reviewed author */
          if (who && main_m)
            who = ocr_main_author (who, main_m->rec);
          /* a reviewed author named nearest before, though sentences ago
           * ("Mr Vell's refusal … He writes … Readers of his earlier T") */
          if (!who && !about)
            {
              if (!reviewed)
                reviewed = ck_ctx_reviewed_mentions (ctx);
              who = ck_attr_nearest_reviewed_author (ctx, m->tok, reviewed, index);
            }
          /* the paragraph's subject ("Mr. Vell has gone back to sea. … T (1930)") */
          if (!who && !about)
            who = ck_ctx_paragraph_subject (ctx, m->tok, index);
          if (!who && !about && main_m)
            for (guint k = 0; k < ck_record_get_n_names (main_m->rec) && !who; k++)
              if (ck_record_get_name (main_m->rec, k)->role == CK_ROLE_AUTHOR)
                who = ck_name_copy (ck_record_get_name (main_m->rec, k));
          /* an obituary or profile, or a reviewed book whose author was
           * not found: the person the text is about */
          if (!who && !about)
            {
              /* found once per text: it scans every token */
              if (!subject_done)
                {
                  subject = profile ? ck_name_copy (profile) : ck_ctx_text_subject (ctx, index);
                  subject_done = TRUE;
                }
              if (subject)
                who = ck_name_copy (subject);
            }
          /* "His first book, T" when the text marks the person found
           * as a woman (or "her" and a man): a guess from further off
           * than the pronoun reaches; better no owner than a wrong one */
          if (who && !(m->flags & CK_MENTION_COAUTHOR) && gender_conflict (genders, who, ck_attr_owner_pronoun (ctx, m->tok)))
            g_clear_pointer (&who, ck_name_free);
          /* "Ada Quill, the heroine of T": a guess from further off that
           * lands on a person of the story */
          if (who && ck_attr_character_named (ctx, m->tok, who->family))
            g_clear_pointer (&who, ck_name_free);
          /* a review of a life: what the context gives to the
           * biographer ("Vell is good on T (1925)") is the subject's */
          g_autoptr(GPtrArray) fellows = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          if (who && !(m->flags & CK_MENTION_COAUTHOR))
            {
              CkRole made = ck_ctx_role_before (ctx, m->tok);
              gboolean named = FALSE;
              /* "the collection he edited with A", "A and B, eds., T" */
              if (made == CK_ROLE_AUTHOR)
                made = ck_attr_role_cue (ctx, m, fellows, &named);
              /* found once per text */
              if (!bio_done)
                {
                  if (!reviewed)
                    reviewed = ck_ctx_reviewed_mentions (ctx);
                  bio = ck_ctx_biography_subject (ctx, reviewed);
                  bio_done = TRUE;
                }
              if (made != CK_ROLE_AUTHOR)
                {
                  /* "Ivo Marrant completed his edition of T": he edited
                   * it; its author is the subject of a review of a life */
                  who->role = made;
                  /* the context names every editor: the pronoun's
                   * person is one of them, or a guess */
                  if (!named)
                    ck_record_add_name_unique (m->rec, who);
                  else
                    ck_name_free (who);
                  for (guint q = 0; q < fellows->len; q++)
                    ck_record_add_name_unique (m->rec, ck_name_copy (g_ptr_array_index (fellows, q)));
                  who = bio ? ck_name_copy (bio) : NULL;
                }
              /* …but a life of someone else ("her Ada Vell: A Life")
               * is the biographer's own */
              else if (bio && ck_ctx_is_main_author (reviewed, m->rec, who) &&
                       !ck_attr_life_of_other (m->rec, bio) && !ck_attr_life_cue (ctx, m->tok))
                {
                  ck_name_free (who);
                  who = ck_name_copy (bio);
                }
            }
          /* "FITZ … Mr Fitz" in an obituary: the subject's own given name,
           * not a husband's the text names in full first */
          if (who && !who->given && profile && who->family)
            {
              g_autofree char *a = g_utf8_casefold (who->family, -1), *b = g_utf8_casefold (profile->family, -1);
              if (strcmp (a, b) == 0)
                who->given = g_strdup (profile->given);
            }
          /* the partner is no first author of the work he shares */
          for (guint k = 0; who && (m->flags & CK_MENTION_COAUTHOR) && k < ck_record_get_n_names (m->rec); k++)
            if (g_strcmp0 (ck_record_get_name (m->rec, k)->family, who->family) == 0)
              g_clear_pointer (&who, ck_name_free);
          if (who && (m->flags & CK_MENTION_COAUTHOR))
            {
              /* "co-editor with X of T": he shares the partner's role */
              if (ck_record_count_role (m->rec, CK_ROLE_AUTHOR) == 0 && ck_record_count_role (m->rec, CK_ROLE_EDITOR) > 0)
                who->role = CK_ROLE_EDITOR;
              /* "his paper with X": he comes first */
              g_autoptr(GPtrArray) rest = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
              while (ck_record_get_n_names (m->rec) > 0)
                {
                  g_ptr_array_add (rest, ck_name_copy (ck_record_get_name (m->rec, 0)));
                  ck_record_remove_name (m->rec, 0);
                }
              ck_record_take_name (m->rec, who);
              for (guint k = 0; k < rest->len; k++)
                ck_record_take_name (m->rec, g_steal_pointer (&g_ptr_array_index (rest, k)));
            }
          else if (who)
            {
              ck_record_take_name (m->rec, who);
              /* "the book he wrote with A": A is the second author */
              for (guint q = 0; q < fellows->len; q++)
                if (((CkName *) g_ptr_array_index (fellows, q))->role == CK_ROLE_AUTHOR)
                  ck_record_add_name_unique (m->rec, ck_name_copy (g_ptr_array_index (fellows, q)));
            }
        }
      /* "Reed's 1990 novel, T", "Her second novel, T, came out in 1961" */
      if (!ck_record_get_date (m->rec, CK_DATE_ISSUED) &&
          !(m->flags & (CK_MENTION_MAIN | CK_MENTION_SELF | CK_MENTION_ISSUE | CK_MENTION_ATTACH)) &&
          ck_record_get_type (m->rec) != CK_TYPE_PERIODICAL)
        {
          int y = ck_attr_year_before (ctx, m);
          if (!y)
            y = ck_attr_year_after (ctx, m);
          if (y)
            ck_record_take_date (m->rec, CK_DATE_ISSUED, ck_date_new_ymd (y, 0, 0));
        }
      /* "“T,” which appeared in Salt Monthly in 1955": a piece in a
       * periodical, not a book */
      if (!(m->flags & (CK_MENTION_MAIN | CK_MENTION_SELF | CK_MENTION_ISSUE | CK_MENTION_ATTACH)) &&
          ck_record_get_type (m->rec) == CK_TYPE_BOOK && !ck_record_has (m->rec, CK_FIELD_CONTAINER_TITLE) &&
          !ck_record_has (m->rec, CK_FIELD_PUBLISHER) && ck_tok (ctx, ck_tok_at_byte (ctx, m->start))->kind == CK_TOK_QUOTE_OPEN)
        {
          guint cs, ce;
          if (ck_attr_container_after (ctx, m, &cs, &ce))
            {
              ck_record_take (m->rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, cs, ce));
              ck_record_set_type (m->rec, CK_TYPE_ARTICLE_MAGAZINE);
            }
        }
      /* "T (1961), translated by Ada Vell,": hers is the version, not T */
      if (!(m->flags & (CK_MENTION_MAIN | CK_MENTION_SELF | CK_MENTION_ISSUE | CK_MENTION_ATTACH)) &&
          ck_record_count_role (m->rec, CK_ROLE_TRANSLATOR) == 0 && ck_record_count_role (m->rec, CK_ROLE_EDITOR) == 0)
        {
          g_autoptr(GPtrArray) roles = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          ck_attr_roles_after (ctx, m, roles);
          for (guint q = 0; q < roles->len; q++)
            ck_record_add_name_unique (m->rec, ck_name_copy (g_ptr_array_index (roles, q)));
        }
      complete_names (m->rec, index);
      if (!(m->flags & (CK_MENTION_SELF | CK_MENTION_ISSUE | CK_MENTION_ATTACH)) &&
          ck_record_get_type (m->rec) != CK_TYPE_PERIODICAL)
        author_from_title (m->rec);
    }

  /* 2. group by title */
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      CkMention *m = g_ptr_array_index (ctx->mentions, i);
      g_autofree char *key = NULL;
      Group *g;
      if (m->flags & CK_MENTION_ATTACH)
        {
          g_ptr_array_add (attach, m);
          continue;
        }
      key = group_key (m);
      if (!*key)
        continue;
      g = g_hash_table_lookup (by_key, key);
      /* two full imprints of one title with different firms: two
       * editions or translations, each a work of its own */
      /* (and two authors' books of one title: Ann Reed's "Talleyrand" is
       * not Tom Orr's) */
      for (guint v = 1; g && v < 4 && (ck_distinct_edition_in (m->rec, g->mentions) || authors_differ (m->rec, g)); v++)
        {
          char *vk = g_strdup_printf ("%s\x02%u", key, v);
          g_free (key);
          key = vk;
          g = g_hash_table_lookup (by_key, key);
        }
      if (!g)
        {
          g = g_new0 (Group, 1);
          g->mentions = g_ptr_array_new ();
          g->first = m->start;
          g->order = groups->len;
          g_ptr_array_add (groups, g);
          g_hash_table_insert (by_key, g_steal_pointer (&key), g);
        }
      g_ptr_array_add (g->mentions, m);
      g->first = MIN (g->first, m->start);
      g->flags |= m->flags;
    }
  /* a mention without a subtitle joins the one group with that main title */
  {
    g_autoptr(GHashTable) with_sub = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GHashTable) twice = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    for (guint j = 0; j < groups->len; j++)
      {
        Group *h = g_ptr_array_index (groups, j);
        const CkMention *h0 = g_ptr_array_index (h->mentions, 0);
        char *hk;
        if ((h->flags & (CK_MENTION_SELF | CK_MENTION_ISSUE)) || !ck_record_has (h0->rec, CK_FIELD_SUBTITLE))
          continue;
        hk = norm_title (ck_record_get (h0->rec, CK_FIELD_TITLE));
        if (g_hash_table_contains (with_sub, hk))
          g_hash_table_add (twice, hk);
        else
          g_hash_table_insert (with_sub, hk, h);
      }
    for (guint i = 0; i < groups->len; i++)
      {
        Group *g = g_ptr_array_index (groups, i), *target;
        const CkMention *m0 = g_ptr_array_index (g->mentions, 0);
        g_autofree char *mk = NULL;
        gboolean any_sub = FALSE;
        if (g->dead || (g->flags & (CK_MENTION_SELF | CK_MENTION_ISSUE)))
          continue;
        for (guint k = 0; k < g->mentions->len; k++)
          any_sub |= ck_record_has (((CkMention *) g_ptr_array_index (g->mentions, k))->rec, CK_FIELD_SUBTITLE);
        if (any_sub)
          continue;
        mk = norm_title (ck_record_get (m0->rec, CK_FIELD_TITLE));
        target = g_hash_table_lookup (with_sub, mk);
        /* only when exactly one work has that main title, and the two
         * do not disagree on author, year or publisher */
        if (target && target != g && !target->dead && !g_hash_table_contains (twice, mk) &&
            compatible (target, g))
          merge_group_into (target, g);
      }
  }

  /* 3. records */
  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = g_ptr_array_index (groups, i);
      gboolean firm = FALSE;
      if (g->dead)
        continue;
      for (guint k = 0; k < g->mentions->len; k++)
        if (!(((CkMention *) g_ptr_array_index (g->mentions, k))->flags & CK_MENTION_WEAK))
          firm = TRUE;
      if (!firm)
        {
          g->dead = TRUE;
          continue;
        }
      build_group (g);
      if ((g->flags & CK_MENTION_MAIN) && !main_g && !(g->flags & CK_MENTION_SELF))
        main_g = g;
      if (g->flags & CK_MENTION_SELF)
        self_g = g;
    }

  /* 4. the reviewed book takes the catalogue lines */
  if (main_g && ctx->catalogue)
    {
      complete_names (ctx->catalogue, index);
      fill_from (main_g->rec, ctx->catalogue, FALSE);
      ck_record_take_provenance (main_g->rec, ck_provenance_at (ctx, ctx->cat_start, ctx->cat_end, "catalogue", 0.7));
    }

  /* 5. essays of the reviewed book — in a review of several, of the one
   *    the paragraph names nearest before */
  says_collection = text_says_collection (ctx);
  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = g_ptr_array_index (groups, i), *to = main_g;
      gboolean part;
      if (g->dead || g == main_g)
        continue;
      if (g->flags & (CK_MENTION_PART | CK_MENTION_PART_MAYBE))
        {
          const CkMention *near;
          if (!reviewed)
            reviewed = ck_ctx_reviewed_mentions (ctx);
          near = ck_attr_nearest_reviewed (ctx, g->first, reviewed);
          for (guint j = 0; near && j < groups->len; j++)
            {
              Group *h = g_ptr_array_index (groups, j);
              if (!h->dead && h != g && g_ptr_array_find (h->mentions, near, NULL))
                to = h;
            }
        }
      part = (g->flags & CK_MENTION_PART) ||
             ((g->flags & CK_MENTION_PART_MAYBE) && to && (is_collection (to->rec) || (to == main_g && says_collection))) ||
             (to && to == main_g && says_collection && bare_quoted (ctx, g, main_g));
      if (!part)
        continue;
      ck_record_set_type (g->rec, CK_TYPE_CHAPTER);
      if (to)
        {
          if (!ck_record_has (g->rec, CK_FIELD_CONTAINER_TITLE))
            ck_record_set (g->rec, CK_FIELD_CONTAINER_TITLE, ck_record_get (to->rec, CK_FIELD_TITLE));
          if (ck_record_count_role (g->rec, CK_ROLE_AUTHOR) == 0)
            copy_role (g->rec, to->rec, CK_ROLE_AUTHOR, CK_ROLE_AUTHOR);
          /* a chapter is cited with its book's editors, publisher, place
           * and year (CSL's chapter) */
          if (ck_record_count_role (g->rec, CK_ROLE_EDITOR) == 0)
            copy_role (g->rec, to->rec, CK_ROLE_EDITOR, CK_ROLE_EDITOR);
          {
            static const CkField book_fields[] = { CK_FIELD_PUBLISHER, CK_FIELD_PUBLISHER_PLACE };
            for (guint f = 0; f < G_N_ELEMENTS (book_fields); f++)
              if (!ck_record_has (g->rec, book_fields[f]) && ck_record_has (to->rec, book_fields[f]))
                ck_record_set (g->rec, book_fields[f], ck_record_get (to->rec, book_fields[f]));
            if (!ck_record_get_date (g->rec, CK_DATE_ISSUED) && ck_record_get_date (to->rec, CK_DATE_ISSUED))
              ck_record_take_date (g->rec, CK_DATE_ISSUED, ck_date_copy (ck_record_get_date (to->rec, CK_DATE_ISSUED)));
          }
          ck_record_add_relation (to->rec, CK_RELATION_CONSTITUENT, g->rec);
        }
    }

  /* 6. "published in French as …" goes to the record cited just before it
   *    in the same paragraph, else to the reviewed book */
  for (guint i = 0; i < attach->len; i++)
    {
      const CkMention *a = g_ptr_array_index (attach, i);
      Group *target = NULL;
      gsize best = 0;
      guint pa = ck_para_of (ctx, a->tok);
      /* "This novel, first published as T": the reviewed book, whatever
       * was cited before it */
      for (guint j = 0; j < groups->len && !(main_g && (a->flags & CK_MENTION_DEICTIC)); j++)
        {
          Group *g = g_ptr_array_index (groups, j);
          if (g->dead || (g->flags & (CK_MENTION_SELF | CK_MENTION_ISSUE)))
            continue;
          for (guint k = 0; k < g->mentions->len; k++)
            {
              const CkMention *m = g_ptr_array_index (g->mentions, k);
              if (m->end <= a->start && ck_para_of (ctx, m->tok) == pa && m->end >= best)
                {
                  best = m->end;
                  target = g;
                }
            }
        }
      if (!target)
        target = main_g;
      if (target)
        fill_from (target->rec, a->rec, TRUE);
    }

  /* 7. the review itself */
  if (self_g)
    {
      CkRecord *r = self_g->rec;
      if (!ctx->review_title)
        {
          /* no reviewed book, or no heading above its header: the
           * heading and byline before the prose (they may stand between
           * the book's header and the prose) */
          guint p = 0;
          while (p < ctx->t->paras->len && !(g_array_index (ctx->t->paras, CkPara, p).flags & CK_PARA_PROSE))
            p++;
          ck_find_review_heading (ctx, p);
        }
      /* an obituary under a paper's masthead keeps the type its reader
       * gave it (venue-masthead.c) */
      if (ck_record_get_type (r) != CK_TYPE_ARTICLE_NEWSPAPER)
        ck_record_set_type (r, CK_TYPE_REVIEW_BOOK);
      if (ck_record_count_role (r, CK_ROLE_AUTHOR) == 0)
        {
          guint ss, se;
          gboolean strong = FALSE;
          /* a name signed with its affiliation outranks a name read from
           * a bare line of the header */
          if (ck_review_signature (ctx, &ss, &se, &strong) && (strong || ctx->reviewers->len == 0))
            {
              g_ptr_array_set_size (ctx->reviewers, 0);
              ck_names_forward (ctx, ss, se, CK_ROLE_AUTHOR, ctx->reviewers);
            }
          ck_review_byline_late (ctx);
          if (ctx->reviewers->len == 0 && ck_review_standfirst_says (ctx, &ss, &se))
            ck_names_forward (ctx, ss, se, CK_ROLE_AUTHOR, ctx->reviewers);
          /* "JULIAN REED" signs as "Julian Reed", and is compared so */
          for (guint k = 0; k < ctx->reviewers->len; k++)
            {
              CkName *nm = g_ptr_array_index (ctx->reviewers, k);
              ck_upper_to_title (&nm->family);
              ck_upper_to_title (&nm->given);
            }
        }
      if (ck_record_count_role (r, CK_ROLE_AUTHOR) == 0)
        for (guint k = 0; k < ctx->reviewers->len; k++)
          {
            /* a standfirst "Ann Reed argues …" may name the book's own
             * author: the reviewer is someone else */
            const CkName *rv = g_ptr_array_index (ctx->reviewers, k);
            gboolean is_author = FALSE;
            for (guint q = 0; main_g && rv->family && q < ck_record_get_n_names (main_g->rec); q++)
              {
                const CkName *an = ck_record_get_name (main_g->rec, q);
                is_author |= an->role == CK_ROLE_AUTHOR && an->family && g_utf8_collate (an->family, rv->family) == 0;
              }
            if (!is_author)
              ck_record_add_name_unique (r, ck_name_copy (rv));
          }
      if (!ck_record_has (r, CK_FIELD_TITLE) && ctx->review_title)
        {
          /* "Book Review: Salt and the State": a site's label before
           * the review's own headline */
          static const char * const labels[] = { "book review:", "book reviews:", "review:", NULL };
          const char *t = ctx->review_title;
          for (guint k = 0; labels[k]; k++)
            if (g_ascii_strncasecmp (t, labels[k], strlen (labels[k])) == 0 && t[strlen (labels[k])])
              {
                t += strlen (labels[k]);
                while (*t == ' ')
                  t++;
                break;
              }
          ck_assemble_title (r, g_strdup (*t ? t : ctx->review_title));
        }
      if (ck_record_get_type (r) == CK_TYPE_REVIEW_BOOK)
        ck_record_set_type (r, column_type (r));
      /* no heading of its own: the review stays untitled (its
       * reviewed-title names the book) — given the book's title it would
       * be taken for the book */
      /* a book under review in a dated issue with no year of its own in
       * its header (a notice of a new book) came out that year */
      {
        const CkDate *sd = ck_record_get_date (r, CK_DATE_ISSUED);
        for (guint i = 0; sd && sd->year && i < groups->len; i++)
          {
            Group *g = g_ptr_array_index (groups, i);
            if (!g->dead && !(g->flags & CK_MENTION_SELF) && ck_record_get_type (g->rec) == CK_TYPE_BOOK &&
                !ck_record_get_date (g->rec, CK_DATE_ISSUED) &&
                (((g->flags & CK_MENTION_MAIN) &&
                  (ck_record_has (g->rec, CK_FIELD_PUBLISHER) || ck_record_has (g->rec, CK_FIELD_NOTE))) ||
                 (ck_record_has (g->rec, CK_FIELD_PRICE) && from_trade_header (g))))
              ck_record_take_date (g->rec, CK_DATE_ISSUED, ck_date_new_ymd (sd->year, 0, 0));
          }
      }
      if (main_g)
        {
          g_autofree char *rt = ck_record_dup_full_title (main_g->rec);
          ck_record_set (r, CK_FIELD_REVIEWED_TITLE, rt);
          copy_role (r, main_g->rec, CK_ROLE_AUTHOR, CK_ROLE_REVIEWED_AUTHOR);
          ck_record_add_relation (r, CK_RELATION_REVIEWS, main_g->rec);
        }
    }

  /* 7b. a reviewed book whose header gives no year: the year of the
   *     review that presents it as new ("The Tablet, 19 September 1992") */
  if (self_g && ck_record_get_date (self_g->rec, CK_DATE_ISSUED) &&
      ck_record_get_date (self_g->rec, CK_DATE_ISSUED)->year > 0)
    for (guint i = 0; i < groups->len; i++)
      {
        Group *g = g_ptr_array_index (groups, i);
        if (g->dead || g == self_g || !(g->flags & CK_MENTION_MAIN) || (g->flags & CK_MENTION_SELF) ||
            ck_record_get_date (g->rec, CK_DATE_ISSUED))
          continue;
        ck_record_take_date (g->rec, CK_DATE_ISSUED,
                             ck_date_new_ymd (ck_record_get_date (self_g->rec, CK_DATE_ISSUED)->year, 0, 0));
      }

  /* 8. an unattributed book: "X published …" in the sentence before */
  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = g_ptr_array_index (groups, i);
      const CkMention *m0;
      if (g->dead || g->flags & (CK_MENTION_SELF | CK_MENTION_ISSUE | CK_MENTION_MAIN) ||
          ck_record_get_type (g->rec) != CK_TYPE_BOOK || ck_record_get_n_names (g->rec) > 0)
        continue;
      m0 = g_ptr_array_index (g->mentions, 0);
      author_from_previous_sentence (ctx, g->rec, m0->tok);
      /* "the author of T", "Miss Vell, whose T (1928) …" */
      if (ck_record_get_n_names (g->rec) == 0)
        {
          g_autoptr(GPtrArray) owners = NULL;
          if (!reviewed)
            reviewed = ck_ctx_reviewed_mentions (ctx);
          if (!openers)
            openers = ck_attr_paragraph_openers (ctx);
          owners = ck_attr_reviewed_owner (ctx, m0, reviewed, ck_column_main_for (cols, m0->start, first_main),
                                           openers, index);
          for (guint k = 0; owners && k < owners->len; k++)
            ck_record_add_name_unique (g->rec, ck_name_copy (g_ptr_array_index (owners, k)));
        }
      /* a title with no owner at all in running prose about one of the
       * reviewed authors ("Miss Vell has gone back to Paris … the wit
       * which delighted us in “T”") is that author's */
      /* (a "his"/"her" mention had its owner sought above, and "her
       * stories in T" names a periodical's pieces) */
      if (ck_record_get_n_names (g->rec) == 0 &&
          !(g->flags & (CK_MENTION_PART | CK_MENTION_PART_MAYBE | CK_MENTION_PRONOUN)) && !ck_attr_pieces_in (ctx, m0) &&
          !(g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, m0->tok)).flags & CK_PARA_HEADER) &&
          !ck_para_is_list (ctx, &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, m0->tok))))
        {
          CkName *who = ck_ctx_paragraph_subject (ctx, m0->tok, index);
          if (!reviewed)
            reviewed = ck_ctx_reviewed_mentions (ctx);
          /* (not "Sophocles's T": T has an owner of its own) */
          if (who && ck_attr_reviewed_author_named (reviewed, who->family) && !ck_attr_character_named (ctx, m0->tok, who->family) &&
              !ck_attr_other_possessor (ctx, m0, who->family) &&
              !other_reviewed_before (ctx, reviewed, who->family, m0->tok))
            ck_record_take_name (g->rec, who);
          else if (who)
            ck_name_free (who);
        }
      complete_names (g->rec, index);
    }

  /* 8b. quoted short pieces in a text that italicises books */
  quoted_pieces (groups);

  /* 8c. a periodical that prose only names as the place where a cited
   *     piece appeared ("“T,” in the New Yorker") is that piece's
   *     container, no work cited of its own */
  container_only_periodicals (ctx, groups);

  /* 9. order, confidence, keys */
  {
    g_autoptr(GPtrArray) live = g_ptr_array_new ();
    for (guint i = 0; i < groups->len; i++)
      if (!((Group *) g_ptr_array_index (groups, i))->dead)
        g_ptr_array_add (live, g_ptr_array_index (groups, i));
    g_ptr_array_sort (live, group_cmp);
    for (guint i = 0; i < live->len; i++)
      {
        Group *g = g_ptr_array_index (live, i);
        g_autofree char *key = NULL;
        if (ck_record_get_confidence (g->rec) < min_confidence)
          continue;
        clean_record (g->rec);
        /* "T, first published in Holland as O (1919)": the only year the
         * text gives the work is its first publication's, and a reader
         * citing it dates it so */
        if (!ck_record_get_date (g->rec, CK_DATE_ISSUED) && ck_record_get_date (g->rec, CK_DATE_ORIGINAL))
          ck_record_take_date (g->rec, CK_DATE_ISSUED, ck_date_copy (ck_record_get_date (g->rec, CK_DATE_ORIGINAL)));
        key = ck_record_make_key (g->rec);
        ck_record_set_key (g->rec, ck_key_set_unique (keys, key && *key ? key : "anon"));
        g_ptr_array_add (out, ck_record_ref (g->rec));
      }
  }
  return out;
}
