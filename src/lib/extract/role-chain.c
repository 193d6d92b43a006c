/* role-chain.c — role statements that follow a title or its imprint and
 * belong to that title:
 *
 *   Title by A, translated by B, with an introduction by C (Publisher, $P)
 *   Title (Place: Publisher, 1981), translated by B
 *   Title [trans. B] (Place: Publisher, 1990)
 *   Title [Original Title], trans. B (Place, 1963)   (the original first)
 *   Title, 4th Edition 2006
 *   Title, ed. B (Place, 1968)               (notes: the short forms)
 *
 *   Title, published by Publisher in 1988     (ck_trailing_published)
 *
 * Each statement is ", role phrase NAMES" (the phrases of roles.txt) or a
 * bracketed "[trans. NAMES]", "[ed. NAMES]"; the names go to the record
 * with that role, and the imprint after them stays the title's.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "scholar-shapes.h"
#include <stdlib.h>
#include <string.h>

#define ROLE_CHAIN_MAX  4
#define ROLE_CHAIN_SPAN 24   /* tokens a chain before an imprint may take */

guint
ck_paren_ed_at (const CkExtractCtx *ctx, guint k)
{
  guint j = k + 1;
  /* ("edd.": the classicists' plural) */
  if (!ck_tok_is_punct (ctx, k, '(') || !(ck_tok_is (ctx, j, "ed") || ck_tok_is (ctx, j, "eds") || ck_tok_is (ctx, j, "edd")))
    return k;
  j++;
  if (ck_tok_is_punct (ctx, j, '.'))
    j++;
  return ck_tok_is_punct (ctx, j, ')') ? j + 1 : k;
}

guint
ck_role_abbrev_at (const CkExtractCtx *ctx, guint k, guint limit, CkRole *role)
{
  guint e = k + 1;
  if (k >= limit)
    return k;
  if (ck_tok_is (ctx, k, "trans") || ck_tok_is (ctx, k, "tr"))
    *role = CK_ROLE_TRANSLATOR;
  else if (ck_tok_is (ctx, k, "ed") || ck_tok_is (ctx, k, "eds") || ck_tok_is (ctx, k, "edd"))
    *role = CK_ROLE_EDITOR;
  else
    return k;
  if (e < limit && ck_tok_is_punct (ctx, e, '.'))
    e++;
  return e;
}

guint
ck_role_statement_at (const CkExtractCtx *ctx, guint k, guint limit, CkRole *role)
{
  guint e = ck_role_phrase_at (ctx, k, limit, role);
  return e > k ? e : ck_role_abbrev_at (ctx, k, limit, role);
}

/* "[trans. B]", "[ed. B]", "[translated by B]" at @k; returns the token
 * after "]", or @k. */
static guint
bracket_role (const CkExtractCtx *ctx, guint k, guint limit, CkRecord *rec)
{
  CkRole role;
  guint j = k + 1, e;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  if (!ck_tok_is_punct (ctx, k, '['))
    return k;
  e = ck_role_statement_at (ctx, j, limit, &role);
  if (e == j)
    return k;
  j = ck_names_forward (ctx, e, limit, role, names);
  if (j == e || !ck_tok_is_punct (ctx, j, ']'))
    return k;
  for (guint q = 0; q < names->len; q++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
  return j + 1;
}

guint
ck_bracket_original (const CkExtractCtx *ctx, guint k, guint limit, CkRecord *rec)
{
  guint j;
  CkRole role;
  limit = MIN (limit, ck_n_toks (ctx));
  if (!ck_tok_is_punct (ctx, k, '[') || k + 2 >= limit || !ck_tok_cap_word (ctx, k + 1) ||
      ck_role_statement_at (ctx, k + 1, limit, &role) > k + 1)
    return k;
  for (j = k + 1; j < limit && j < k + ROLE_CHAIN_SPAN; j++)
    {
      const CkToken *t = ck_tok (ctx, j);
      if (ck_tok_is_punct (ctx, j, ']'))
        break;
      /* words, the inner punctuation of a title; no year ("[1951]") */
      if (t->nl >= 2 || (t->flags & CK_TOKF_YEAR) || ck_tok_is_punct (ctx, j, '[') || ck_tok_is_punct (ctx, j, '(') ||
          !(t->kind == CK_TOK_WORD || t->kind == CK_TOK_NUMBER || t->kind == CK_TOK_POSS ||
            ck_tok_is_punct (ctx, j, ':') || ck_tok_is_punct (ctx, j, ',') || ck_tok_is_punct (ctx, j, '-')))
        return k;
    }
  if (j >= limit || !ck_tok_is_punct (ctx, j, ']'))
    return k;
  if (!ck_record_has (rec, CK_FIELD_ORIGINAL_TITLE))
    ck_record_take (rec, CK_FIELD_ORIGINAL_TITLE, ck_span_dup (ctx, k + 1, j));
  return j + 1;
}

guint
ck_role_chain (const CkExtractCtx *ctx, guint k, guint limit, CkRecord *rec)
{
  limit = MIN (limit, ck_n_toks (ctx));
  for (guint round = 0; round < ROLE_CHAIN_MAX && k < limit; round++)
    {
      CkRole role;
      guint r, ne;
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      if (ck_tok_is_punct (ctx, k, '['))
        {
          guint b = bracket_role (ctx, k, limit, rec);
          /* "T [Original Title], translated by B" */
          if (b == k && round == 0)
            b = ck_bracket_original (ctx, k, limit, rec);
          if (b == k)
            break;
          k = b;
          continue;
        }
      if (!ck_tok_is_punct (ctx, k, ',') && !ck_tok_is (ctx, k, "and"))
        break;
      CkRole role2 = CK_ROLE_AUTHOR;
      r = ck_role_statement_at (ctx, k + 1, limit, &role);
      if (r == k + 1 || role == CK_ROLE_AUTHOR)
        break;
      /* "ed. and trans. B": one set of names, two roles */
      if (ck_tok_is (ctx, r, "and") && ck_tok_lower_word (ctx, r))
        {
          guint r2 = ck_role_abbrev_at (ctx, r + 1, limit, &role2);
          if (r2 > r + 1 && role2 != role)
            r = r2;
          else
            role2 = CK_ROLE_AUTHOR;
        }
      /* names end with their line: "… translated by B\nPublisher £P" */
      {
        guint le = r + 1;
        while (le < limit && ck_tok (ctx, le)->nl == 0)
          le++;
        /* "ed. Ann Reed and\nPiet Vries (…)": a list of names wrapped
         * after its "and" goes on */
        if (le < limit && ck_tok (ctx, le)->nl == 1 && ck_tok_is (ctx, le - 1, "and") && ck_tok_lower_word (ctx, le - 1))
          for (le++; le < limit && ck_tok (ctx, le)->nl == 0; le++)
            ;
        ne = ck_names_forward (ctx, r, le, role, names);
      }
      if (ne == r || ck_count_words (ctx, r, ne) < 2)
        break;
      /* "trans. Given H. Family, Jr. (…)": the suffix ends the name */
      ne = ck_name_suffix_end (ctx, ne, limit);
      for (guint q = 0; q < names->len; q++)
        {
          if (role2 != CK_ROLE_AUTHOR)
            {
              CkName *both = ck_name_copy (g_ptr_array_index (names, q));
              both->role = role2;
              ck_record_add_name_unique (rec, both);
            }
          ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
        }
      k = ne;
    }
  return k;
}

guint
ck_role_chain_before (const CkExtractCtx *ctx, guint e, guint floor)
{
  guint start = e;
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  for (guint c = e; c > floor + 1 && c + ROLE_CHAIN_SPAN > e; c--)
    if (ck_tok_is_punct (ctx, c - 1, ',') && ck_role_chain (ctx, c - 1, e, probe) == e)
      start = c - 1;
  /* "T [Original Title], translated by B (…)": the original goes with it */
  if (start < e && start > floor + 2 && ck_tok_is_punct (ctx, start - 1, ']'))
    for (guint b = start - 1; b > floor && b + ROLE_CHAIN_SPAN > start; b--)
      if (ck_tok_is_punct (ctx, b - 1, '['))
        {
          if (ck_bracket_original (ctx, b - 1, start, probe) == start)
            start = b - 1;
          break;
        }
  return start;
}

gboolean
ck_this_book_subject (const CkExtractCtx *ctx, guint i)
{
  guint s = ck_sentence_start (ctx, i), k = s;
  if (!(ck_tok_is (ctx, k, "This") || ck_tok_is (ctx, k, "The")))
    return FALSE;
  if (ck_tok_is (ctx, k, "The") && !ck_tok_is (ctx, k + 1, "present"))
    return FALSE;
  for (k = s + 1; k < i && k < s + 4; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      const char *v;
      if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_LOWER))
        return FALSE;
      v = ck_lex_lookup (CK_LEX_CUES, ctx->text + t->start, t->end - t->start);
      if (v && g_str_equal (v, "book"))
        return TRUE;
    }
  return FALSE;
}

guint
ck_edition_after (const CkExtractCtx *ctx, guint k, guint limit, CkRecord *rec)
{
  guint j = k + 1, e;
  limit = MIN (limit, ck_n_toks (ctx));
  if (!ck_tok_is_punct (ctx, k, ',') || j + 1 >= limit)
    return k;
  /* "4th Edition", "new edition", "Revised Edition", "2nd ed." */
  if (!(ck_tok (ctx, j)->kind == CK_TOK_NUMBER || ck_tok_is (ctx, j, "new") || ck_tok_is (ctx, j, "revised") ||
        ck_tok_is (ctx, j, "second") || ck_tok_is (ctx, j, "third") || ck_tok_is (ctx, j, "enlarged") ||
        ck_tok_is (ctx, j, "expanded") || ck_tok_is (ctx, j, "updated")) ||
      (ck_tok (ctx, j)->flags & CK_TOKF_YEAR))
    return k;
  if (!(ck_tok_is (ctx, j + 1, "edition") || ck_tok_is (ctx, j + 1, "ed") || ck_tok_is (ctx, j + 1, "edn")))
    return k;
  e = j + 2;
  if (ck_tok_is_punct (ctx, e, '.') && !ck_tok_is (ctx, j + 1, "edition"))
    e++;
  ck_record_take (rec, CK_FIELD_EDITION, ck_span_dup (ctx, j, e));
  /* "4th Edition 2006" */
  if (e < limit && (ck_tok (ctx, e)->flags & CK_TOKF_YEAR) && ck_tok (ctx, e)->nl == 0)
    {
      if (!ck_record_get_date (rec, CK_DATE_ISSUED))
        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, e)->start), 0, 0));
      e++;
    }
  return e;
}

/* "Edited and translated by A and B": one phrase, two roles.  The role
 * lexicon gives each phrase one role, so the names it brought take the
 * other one too, when the record has none with that role yet. */
void
ck_joint_roles (CkRecord *rec, const char *text, gsize len)
{
  static const struct { const char *phrase; CkRole has, also; } joint[] = {
    { "edited and translated by", CK_ROLE_EDITOR, CK_ROLE_TRANSLATOR },
    { "translated and edited by", CK_ROLE_TRANSLATOR, CK_ROLE_EDITOR },
  };
  for (guint j = 0; j < G_N_ELEMENTS (joint); j++)
    {
      gsize pl = strlen (joint[j].phrase);
      gboolean found = FALSE;
      g_autoptr(GPtrArray) names = NULL;
      if (ck_record_count_role (rec, joint[j].has) == 0 || ck_record_count_role (rec, joint[j].also) > 0)
        continue;
      for (gsize i = 0; i + pl <= len && !found; i++)
        found = g_ascii_strncasecmp (text + i, joint[j].phrase, pl) == 0 && (i == 0 || !g_ascii_isalpha (text[i - 1]));
      if (!found)
        continue;
      names = ck_record_get_names_by_role (rec, joint[j].has);
      for (guint k = 0; k < names->len; k++)
        {
          CkName *copy = ck_name_copy (g_ptr_array_index (names, k));
          copy->role = joint[j].also;
          ck_record_add_name_unique (rec, copy);
        }
    }
}

/* ", published by Lantern Books in 1988", ", published in London in
 * 1958", ", published 1988", and the apposition ", a 1972 novel" or
 * "— a 1972 novel": a statement after a title that gives its publisher,
 * place or year in prose.  The publisher must be a known firm or carry a
 * firm's word unless a year comes with it, the place must be a known
 * place, and the statement must end the clause.  A quoted title's comma
 * may stand inside its quotes ('"Title," published in 1958'). */
static gboolean
clause_ends (const CkExtractCtx *ctx, guint k)
{
  return k >= ck_n_toks (ctx) || ck_tok_is_punct (ctx, k, ',') || ck_tok_is_punct (ctx, k, '.') ||
         ck_tok_is_punct (ctx, k, ';') || ck_tok_is_punct (ctx, k, ')') || ck_tok_is_punct (ctx, k, 0x2014) ||
         ck_tok_is (ctx, k, "and");
}

/* "novel", "memoir", "essay": a noun of the cues lexicon that names a
 * kind of work (not its verbs or adjectives) */
static gboolean
work_noun (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  const char *kind = ck_lex_lookup (CK_LEX_CUES, ctx->text + t->start, t->end - t->start);
  return kind && (strcmp (kind, "book") == 0 || strcmp (kind, "chapter") == 0 || strcmp (kind, "article") == 0);
}

static void
take_year (const CkExtractCtx *ctx, CkRecord *rec, guint year)
{
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year)->start), 0, 0));
}

void
ck_trailing_published (const CkExtractCtx *ctx, CkRecord *rec, gsize end)
{
  guint n = ck_n_toks (ctx), k = ck_tok_at_byte (ctx, end), ps = 0, pe = 0, year = 0, place = 0, place_end = 0;
  if (ck_record_has (rec, CK_FIELD_PUBLISHER) || ck_record_get_date (rec, CK_DATE_ISSUED) || k + 3 >= n)
    return;
  if (ck_tok_is_punct (ctx, k, ',') || ck_tok_is_punct (ctx, k, 0x2014) || ck_tok_is_punct (ctx, k, 0x2013))
    k++;
  else if (!(k >= 2 && ck_tok (ctx, k - 1)->kind == CK_TOK_QUOTE_CLOSE && ck_tok_is_punct (ctx, k - 2, ',')))
    return;
  if (ck_tok (ctx, k)->nl >= 2)
    return;
  /* "— a 1972 novel", ", her 1990 memoir": a year before a genre word */
  if (k + 2 < n && ck_tok_lower_word (ctx, k) &&
      (ck_tok_is (ctx, k, "a") || ck_tok_is (ctx, k, "an") || ck_tok_is (ctx, k, "his") || ck_tok_is (ctx, k, "her") ||
       ck_tok_is (ctx, k, "their")) &&
      (ck_tok (ctx, k + 1)->flags & CK_TOKF_YEAR) && ck_tok_lower_word (ctx, k + 2) && work_noun (ctx, k + 2))
    {
      take_year (ctx, rec, k + 1);
      return;
    }
  if ((ck_tok_is (ctx, k, "first") || ck_tok_is (ctx, k, "originally")) && ck_tok_lower_word (ctx, k))
    k++;
  /* ", appeared in 1961": the year alone */
  if ((ck_tok_is (ctx, k, "appeared") || ck_tok_is (ctx, k, "issued")) && ck_tok_lower_word (ctx, k) &&
      ck_tok_is (ctx, k + 1, "in") && k + 2 < n && (ck_tok (ctx, k + 2)->flags & CK_TOKF_YEAR))
    {
      take_year (ctx, rec, k + 2);
      return;
    }
  if (!ck_tok_is (ctx, k, "published") || !ck_tok_lower_word (ctx, k))
    return;
  k++;
  /* "in London", "in New York": a known place */
  if (ck_tok_is (ctx, k, "in") && k + 1 < n && ck_tok_cap_word (ctx, k + 1))
    {
      guint pl = k + 1, e2 = pl + 1;
      while (e2 < n && e2 < pl + 3 && ck_tok_cap_word (ctx, e2))
        e2++;
      for (; e2 > pl; e2--)
        if (ck_span_in_lex (ctx, pl, e2, CK_LEX_PLACES))
          break;
      if (e2 > pl)
        {
          place = pl;
          place_end = e2;
          k = e2;
        }
    }
  if (ck_tok_is (ctx, k, "by") && ck_tok_cap_word (ctx, k + 1))
    {
      ps = pe = k + 1;
      while (pe < n && pe < ps + 6 &&
             (ck_tok_cap_word (ctx, pe) || ck_tok_is_punct (ctx, pe, '&') ||
              (ck_tok_is (ctx, pe, "and") && pe + 1 < n && ck_tok_cap_word (ctx, pe + 1))))
        pe++;
      k = pe;
    }
  if (k + 1 < n && ck_tok_is (ctx, k, "in") && (ck_tok (ctx, k + 1)->flags & CK_TOKF_YEAR))
    {
      year = k + 1;
      k += 2;
    }
  /* ", published 1988": the year straight after the verb */
  else if (k < n && !ps && !place && (ck_tok (ctx, k)->flags & CK_TOKF_YEAR))
    year = k++;
  if (!clause_ends (ctx, k))
    return;
  if (ps < pe && !year)
    {
      gboolean firm = ck_span_in_lex (ctx, ps, pe, CK_LEX_PUBLISHERS);
      for (guint q = ps; q < pe && !firm; q++)
        firm = ck_tok_in_lex (ctx, q, CK_LEX_PUBLISHER_WORDS);
      if (!firm)
        return;
    }
  /* a place alone says too little: "published in London" of a paper */
  if (place && !year && ps == pe)
    return;
  if (ps < pe)
    ck_record_take (rec, CK_FIELD_PUBLISHER, ck_span_dup (ctx, ps, pe));
  if (place && !ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE))
    ck_record_take (rec, CK_FIELD_PUBLISHER_PLACE, ck_span_dup (ctx, place, place_end));
  if (year)
    take_year (ctx, rec, year);
}
