/* scholar-shapes.c — pieces of the scholarly reference that several
 * detectors meet at the end of a title:
 *
 *   Family, A. (1979) Title, Place: Publisher.      (Harvard, no stop)
 *   Given Family, Title, Given Family (tr.), Firm, 2018, 468pp.
 *   … trans. Given H. Family, Jr. (Place: Firm, 1969)
 *
 * Each reader is bounded by the span it is given and looks at each
 * token a fixed number of times.
 */
#include "scholar-shapes.h"
#include "detect-extra.h"
#include <stdlib.h>
#include <string.h>

#define PLACE_MAX_TOKENS 6   /* "Cambridge, Mass." / "London and New York" */
#define FIRM_MAX_TOKENS  8   /* "Cambridge University Press" and the like */

/* The place before a colon, [s, colon): capitalised words, "and", a
 * comma before a state ("Durham, NC"), the stops of "N.Y."; the place
 * lexicon must know it, or its first word. */
static gboolean
known_place (const CkExtractCtx *ctx, guint s, guint colon)
{
  if (colon <= s || colon > s + PLACE_MAX_TOKENS || !ck_tok_cap_word (ctx, s))
    return FALSE;
  for (guint k = s; k < colon; k++)
    if (!(ck_tok_cap_word (ctx, k) || ck_tok_is (ctx, k, "and") || ck_tok_is_punct (ctx, k, ',') ||
          ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, '/')))
      return FALSE;
  return ck_span_in_lex (ctx, s, colon, CK_LEX_PLACES) || ck_tok_in_lex (ctx, s, CK_LEX_PLACES);
}

guint
ck_place_publisher_tail (const CkExtractCtx *ctx, guint ts, guint te)
{
  /* the last comma that fits: a title may hold commas and even a place */
  for (guint c = te; c > ts + 1; c--)
    {
      guint colon = G_MAXUINT, k = c;   /* c - 1 is the comma */
      if (!ck_tok_is_punct (ctx, c - 1, ','))
        continue;
      if (te - c > PLACE_MAX_TOKENS + FIRM_MAX_TOKENS + 1)
        break;
      for (; k < te && k < c + PLACE_MAX_TOKENS + 1; k++)
        if (ck_tok_is_punct (ctx, k, ':'))
          {
            colon = k;
            break;
          }
      if (colon == G_MAXUINT || colon + 1 >= te || !known_place (ctx, c, colon) || !ck_tok_cap_word (ctx, colon + 1))
        continue;
      /* the firm: capitalised words, "&", "and", "of" ("University of X Press") */
      for (k = colon + 1; k < te; k++)
        if (!(ck_tok_cap_word (ctx, k) || ck_tok_is (ctx, k, "and") || ck_tok_is (ctx, k, "of") ||
              ck_tok_is_punct (ctx, k, '&') || ck_tok_is_punct (ctx, k, '.')))
          break;
      if (k == te)
        return c - 1;
    }
  return te;
}

/* "(tr.)", "(trans.)", "(transl.)", "(ed.)", "(eds)" at @k: its end, or
 * @k; the role in *@role. */
static guint
role_mark_end (const CkExtractCtx *ctx, guint k, guint limit, CkRole *role)
{
  static const char * const tr[] = { "tr", "trans", "transl", "translator", "translators", NULL };
  static const char * const ed[] = { "ed", "eds", "editor", "editors", NULL };
  guint j = k + 1;
  if (j + 1 >= limit || !ck_tok_is_punct (ctx, k, '('))
    return k;
  if (ck_tok_in_words (ctx, j, tr))
    *role = CK_ROLE_TRANSLATOR;
  else if (ck_tok_in_words (ctx, j, ed))
    *role = CK_ROLE_EDITOR;
  else
    return k;
  j++;
  if (j < limit && ck_tok_is_punct (ctx, j, '.'))
    j++;
  return j < limit && ck_tok_is_punct (ctx, j, ')') ? j + 1 : k;
}

guint
ck_names_role_mark_tail (const CkExtractCtx *ctx, guint ts, guint te, CkRecord *rec, guint *after)
{
  for (guint c = ts + 1; c + 3 < te; c++)
    {
      g_autoptr(GPtrArray) names = NULL;
      CkRole role = CK_ROLE_AUTHOR;
      guint ne, me;
      if (!ck_tok_is_punct (ctx, c, ',') || !ck_tok_cap_word (ctx, c + 1))
        continue;
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      ne = ck_names_forward (ctx, c + 1, te, CK_ROLE_TRANSLATOR, names);
      if (ne == c + 1 || names->len == 0 || ck_count_words (ctx, c + 1, ne) < 2)
        continue;
      me = role_mark_end (ctx, ne, te, &role);
      if (me == ne || me != te)
        continue;
      if (rec)
        for (guint q = 0; q < names->len; q++)
          {
            CkName *nm = g_steal_pointer (&g_ptr_array_index (names, q));
            nm->role = role;
            ck_record_add_name_unique (rec, nm);
          }
      if (after)
        *after = me;
      return c;
    }
  return te;
}

guint
ck_name_suffix_end (const CkExtractCtx *ctx, guint k, guint limit)
{
  static const char * const suffixes[] = { "Jr", "Sr", "Jnr", "Snr", NULL };
  guint j = k;
  if (j < limit && ck_tok_is_punct (ctx, j, ','))
    j++;
  if (j >= limit || !ck_tok_in_words (ctx, j, suffixes) || !(ck_tok (ctx, j)->flags & CK_TOKF_CAP))
    return k;
  j++;
  if (j < limit && ck_tok_is_punct (ctx, j, '.'))
    j++;
  return j;
}

static gboolean
distinct_edition (const CkRecord *a, const CkRecord *b)
{
  const char *pa = ck_record_get (a, CK_FIELD_PUBLISHER), *pb = ck_record_get (b, CK_FIELD_PUBLISHER);
  g_autofree char *la = NULL, *lb = NULL;
  if (!pa || !pb || !ck_record_get_date (a, CK_DATE_ISSUED) || !ck_record_get_date (b, CK_DATE_ISSUED))
    return FALSE;
  la = g_utf8_casefold (pa, -1);
  lb = g_utf8_casefold (pb, -1);
  if (strstr (la, lb) || strstr (lb, la))
    return FALSE;
  /* the translators (or else the editors) named on both, and none shared:
   * an original's year and title in brackets may pass for a firm */
  static const CkRole roles[] = { CK_ROLE_TRANSLATOR, CK_ROLE_EDITOR };
  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      if (!ck_record_count_role (a, roles[r]) || !ck_record_count_role (b, roles[r]))
        continue;
      for (guint i = 0; i < ck_record_get_n_names (a); i++)
        for (guint j = 0; j < ck_record_get_n_names (b); j++)
          {
            const CkName *x = ck_record_get_name (a, i), *y = ck_record_get_name (b, j);
            if (x->role == roles[r] && y->role == roles[r] && g_strcmp0 (x->family, y->family) == 0)
              return FALSE;
          }
      return TRUE;
    }
  return FALSE;
}

/* Mentions of one group compared with a new one: a text naming one title a
 * thousand times stays linear. */
#define EDITION_MAX_COMPARED 8

gboolean
ck_distinct_edition_in (const CkRecord *rec, const GPtrArray *mentions)
{
  if (!ck_record_get (rec, CK_FIELD_PUBLISHER))
    return FALSE;
  for (guint i = 0; i < mentions->len && i < EDITION_MAX_COMPARED; i++)
    if (distinct_edition (rec, ((const CkMention *) g_ptr_array_index (mentions, i))->rec))
      return TRUE;
  return FALSE;
}

/* "Given M. Family": two to five words, each capitalised, no function word. */
static gboolean
display_name (const char *s)
{
  g_auto(GStrv) words = g_strsplit (s, " ", -1);
  guint n = g_strv_length (words);
  if (n < 2 || n > 5)
    return FALSE;
  for (guint k = 0; k < n; k++)
    if (!g_unichar_isupper (g_utf8_get_char (words[k])) || ck_lex_lookup (CK_LEX_FUNCTION_WORDS, words[k], -1) ||
        ck_lex_lookup (CK_LEX_PUBLISHER_WORDS, words[k], -1))
      return FALSE;
  return TRUE;
}

/* The separators of a list of names, compiled once. */
static GRegex *
names_sep (void)
{
  static gsize init = 0;
  static GRegex *rx = NULL;
  if (g_once_init_enter (&init))
    {
      rx = g_regex_new (", and |, | and | & ", G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&init, 1);
    }
  return rx;
}

gboolean
ck_header_colon_editors (CkRecord *rec)
{
  static const char * const marks[] = { " (eds)", " (eds.)", " (ed.)", " (ed)", " (Eds.)", " (Ed.)", " (Eds)", NULL };
  const char *title = ck_record_get (rec, CK_FIELD_TITLE), *sub = ck_record_get (rec, CK_FIELD_SUBTITLE);
  g_autofree char *names = NULL, *rest = NULL;
  g_auto(GStrv) parts = NULL;
  gsize mlen = 0;
  if (!title || !sub || ck_record_get_n_names (rec) > 0)
    return FALSE;
  for (guint m = 0; marks[m] && !mlen; m++)
    if (g_str_has_suffix (title, marks[m]))
      mlen = strlen (marks[m]);
  if (!mlen)
    return FALSE;
  names = g_strndup (title, strlen (title) - mlen);
  /* "A, B and C", "A & B" */
  parts = g_regex_split (names_sep (), names, 0);
  if (!parts[0] || g_strv_length (parts) > 6)
    return FALSE;
  for (guint k = 0; parts[k]; k++)
    if (!display_name (parts[k]))
      return FALSE;
  for (guint k = 0; parts[k]; k++)
    ck_record_add_name_unique (rec, ck_name_parse_display (CK_ROLE_EDITOR, parts[k]));
  rest = g_strdup (sub);
  ck_record_set (rec, CK_FIELD_SUBTITLE, NULL);
  ck_assemble_title (rec, g_steal_pointer (&rest));
  return TRUE;
}

#define SERIES_ROLE_SPAN 24   /* tokens a role statement before a series may take */

gboolean
ck_series_after_roles (const CkExtractCtx *ctx, guint s, guint e, guint floor, CkRecord *rec)
{
  g_autoptr(CkRecord) probe = NULL;
  if (s < floor + 2 || e <= s || !ck_tok_is_punct (ctx, s - 1, ',') || !ck_tok_cap_word (ctx, s) ||
      ck_title_span_forward (ctx, s, e, FALSE) != e || ck_record_has (rec, CK_FIELD_COLLECTION_TITLE))
    return FALSE;
  probe = ck_record_new (CK_TYPE_BOOK);
  for (guint c = s - 1; c > floor && c + SERIES_ROLE_SPAN > s; c--)
    if (ck_tok_is_punct (ctx, c - 1, ',') && ck_role_chain (ctx, c - 1, s - 1, probe) == s - 1)
      {
        ck_record_take (rec, CK_FIELD_COLLECTION_TITLE, ck_span_dup (ctx, s, e));
        return TRUE;
      }
  return FALSE;
}

/* "1931-" of "1931-36" or "1931–1936": the year at @s (four digits,
 * 1450-2099) in *@year and the text after its hyphen, slash or en dash,
 * or NULL. */
static const char *
year_and_dash (const char *s, int *year)
{
  if (strlen (s) < 6 || strspn (s, "0123456789") < 4)
    return NULL;
  *year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  if (*year < 1450 || *year > 2099)
    return NULL;
  if (s[4] == '-' || s[4] == '/')
    return s + 5;
  if (g_str_has_prefix (s + 4, "\u2013"))
    return s + 4 + strlen ("\u2013");
  return NULL;
}

int
ck_short_year_range (const char *s)
{
  int y;
  const char *d = year_and_dash (s, &y);
  gsize tail;
  if (!d || y < 1500)
    return 0;
  tail = strlen (d);
  /* one or two digits only: a full "1931-1936" is a title's period */
  if (tail < 1 || tail > 2 || strspn (d, "0123456789") != tail)
    return 0;
  return y;
}

int
ck_full_year_range (const char *s)
{
  int a, b;
  const char *d = year_and_dash (s, &a);
  if (!d || strlen (d) != 4 || strspn (d, "0123456789") != 4)
    return 0;
  b = atoi (d);
  return b >= a && b <= a + 100 ? a : 0;
}

/* A capitalised word that may be a surname standing alone: no function
 * word, no place, no non-name word, no first person or month. */
static gboolean
lone_surname_tok (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  return t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_CAP) && !(t->flags & CK_TOKF_UPPER) &&
         t->end - t->start >= 3 && !ck_tok_in_lex (ctx, k, CK_LEX_FUNCTION_WORDS) &&
         !ck_tok_in_lex (ctx, k, CK_LEX_PLACES) && !ck_tok_in_lex (ctx, k, CK_LEX_NON_NAMES) &&
         !ck_tok_in_lex (ctx, k, CK_LEX_MONTHS) && !ck_tok_in_lex (ctx, k, CK_LEX_NON_TITLES) &&
         !ck_tok_in_lex (ctx, k, CK_LEX_GIVEN_NAMES) && !ck_tok_in_lex (ctx, k, CK_LEX_PUBLISHER_WORDS);
}

/* The words that lead into a short citation in scholarly prose. */
static const char * const cite_words[] = {
  "from", "with", "in", "see", "cf", "by", "than", "like", "unlike", "to", "also", NULL,
};

gboolean
ck_surnames_cite_before (const CkExtractCtx *ctx, guint ts, guint floor, GPtrArray *names)
{
  guint s;
  if (ts < floor + 3 || !ck_tok_is_punct (ctx, ts - 1, ',') || !lone_surname_tok (ctx, ts - 2))
    return FALSE;
  s = ts - 2;
  if (s >= floor + 3 && ck_tok_is (ctx, s - 1, "and") && ck_tok_lower_word (ctx, s - 1) && lone_surname_tok (ctx, s - 2))
    s -= 2;
  /* a preposition of citing before: "from", "with", "see" — not a
   * sentence's opening capital, a list of names, or a foreign title's
   * words ("Histoire des Civilisations, T (…)") */
  if (s <= floor || ck_tok (ctx, s)->nl >= 2)
    return FALSE;
  /* "See Orr and Lind, T (…)", "Cf. Orr, T (…)": a note's opening word */
  if (!(ck_tok_lower_word (ctx, s - 1) && ck_tok_in_words (ctx, s - 1, cite_words)) &&
      !(ck_tok_is (ctx, s - 1, "See") && ck_tok_cap_word (ctx, s - 1)) &&
      !(s >= floor + 2 && ck_tok_is_punct (ctx, s - 1, '.') && ck_tok_is (ctx, s - 2, "Cf") && ck_tok_cap_word (ctx, s - 2)))
    return FALSE;
  for (guint k = s; k < ts - 1; k += 2)
    {
      g_autofree char *fam = ck_tok_dup (ctx, k);
      g_ptr_array_add (names, ck_name_new_personal (CK_ROLE_AUTHOR, fam, NULL));
    }
  return TRUE;
}

guint
ck_first_printed_in (const CkExtractCtx *ctx, guint j)
{
  static const char * const first[] = { "first", "originally", "previously", "earlier", NULL };
  static const char * const verbs[] = { "printed", "published", "appeared", "reprinted", NULL };
  guint n = ck_n_toks (ctx), k = j;
  /* the dash or bracket that sets the phrase off */
  if (k < n && (ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, 0x2013) || ck_tok_is_punct (ctx, k, 0x2014) ||
                ck_tok_is_punct (ctx, k, '(')))
    k++;
  while (k < n && (ck_tok_is_punct (ctx, k, '-') || ck_tok_is_punct (ctx, k, 0x2013) || ck_tok_is_punct (ctx, k, 0x2014)))
    k++;
  if (k + 2 < n && ck_tok_in_words (ctx, k, first) && ck_tok_lower_word (ctx, k))
    k++;
  if (k + 1 >= n || !ck_tok_in_words (ctx, k, verbs) || !ck_tok_lower_word (ctx, k))
    return j;
  k++;
  return ck_tok_is (ctx, k, "in") && ck_tok_lower_word (ctx, k) ? k : j;
}

gboolean
ck_series_label (const CkExtractCtx *ctx, guint s, guint e)
{
  static const char * const which[] = { "new", "old", "first", "second", "third", "fourth", "fifth", "sixth", "1st",
                                        "2nd", "3rd", "4th", "5th", "6th", NULL };
  static const char * const series[] = { "series", "ser", NULL };
  while (e > s && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  return e == s + 2 && ck_tok_in_words (ctx, s, which) && ck_tok_in_words (ctx, s + 1, series);
}

const char * const ck_series_words[] = { "series", "library", "monographs", "texts", "studies", "papers", "tract",
                                         "tracts", NULL };

guint
ck_series_numbered (const CkExtractCtx *ctx, guint s, guint e, guint *num)
{
  static const char * const joins[] = { "on", "of", "in", "and", "the", "for", NULL };
  static const char * const number_words[] = { "no", "nr", "vol", NULL };
  guint k = s, series = 0, te;
  while (k < e && k < s + 10 && (ck_tok_cap_word (ctx, k) || (k > s && ck_tok_in_words (ctx, k, joins))))
    series += ck_tok_in_words (ctx, k++, ck_series_words) && !ck_tok_lower_word (ctx, k - 1);
  te = k;
  while (te > s && ck_tok_lower_word (ctx, te - 1))
    te--;
  if (!series || te < s + 2)
    return s;
  if (ck_tok_is_punct (ctx, k, ','))
    k++;
  if (k > te && k + 1 < e && ck_tok_in_words (ctx, k, number_words) && ck_tok_is_punct (ctx, k + 1, '.'))
    k += 2;
  if (k >= e || ck_tok (ctx, k)->kind != CK_TOK_NUMBER || (ck_tok (ctx, k)->flags & CK_TOKF_YEAR))
    return s;
  *num = k;
  return te;
}

gboolean
ck_para_opens_notes (const CkExtractCtx *ctx, const CkPara *pp)
{
  static const char * const labels[] = { "notes", "endnotes", "footnotes", "references", "bibliography", "sources", NULL };
  const CkLine *l0, *l1;
  guint last, k;
  if (pp->line_end < pp->line_first + 2)
    return FALSE;
  l0 = &g_array_index (ctx->t->lines, CkLine, pp->line_first);
  l1 = &g_array_index (ctx->t->lines, CkLine, pp->line_first + 1);
  last = l0->tok_end;
  while (last > l0->tok_first && ck_tok (ctx, last - 1)->kind == CK_TOK_PUNCT)
    last--;
  if (last != l0->tok_first + 1 || !ck_tok_in_words (ctx, l0->tok_first, labels))
    return FALSE;
  /* "1.", "1", "[1]", "¹" opening the next line */
  k = l1->tok_first;
  if (ck_tok_is_punct (ctx, k, '['))
    k++;
  return k < l1->tok_end && ck_tok (ctx, k)->kind == CK_TOK_NUMBER && !(ck_tok (ctx, k)->flags & CK_TOKF_YEAR);
}

gboolean
ck_roman_numeral_str (const char *s)
{
  static const struct { const char *sym; int val; } table[] = {
    { "M", 1000 }, { "CM", 900 }, { "D", 500 }, { "CD", 400 }, { "C", 100 }, { "XC", 90 },
    { "L", 50 },   { "XL", 40 },  { "X", 10 },  { "IX", 9 },   { "V", 5 },   { "IV", 4 }, { "I", 1 },
  };
  int total = 0;
  char canon[64];
  gsize n = strlen (s), o = 0;
  if (n == 0 || n > 15 || strspn (s, "IVXLCDM") != n)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      int v = 0, next = 0;
      for (guint t = 0; t < G_N_ELEMENTS (table); t++)
        {
          if (table[t].sym[1] == '\0' && table[t].sym[0] == s[i])
            v = table[t].val;
          if (i + 1 < n && table[t].sym[1] == '\0' && table[t].sym[0] == s[i + 1])
            next = table[t].val;
        }
      total += v < next ? -v : v;
    }
  if (total <= 0 || total >= 4000)
    return FALSE;
  /* written back the canonical way, it must read the same */
  for (guint t = 0; t < G_N_ELEMENTS (table); t++)
    while (total >= table[t].val && o + 2 < sizeof canon)
      {
        for (const char *c = table[t].sym; *c; c++)
          canon[o++] = *c;
        total -= table[t].val;
      }
  canon[o] = '\0';
  return strcmp (canon, s) == 0;
}

guint
ck_volumes_statement_end (const CkExtractCtx *ctx, guint k, guint e)
{
  static const char * const volumes_words[] = { "vols", "volumes", NULL };
  return k + 3 <= e && ck_tok (ctx, k)->kind == CK_TOK_NUMBER && ck_tok_in_words (ctx, k + 1, volumes_words) &&
         ck_tok_is_punct (ctx, k + 2, '.') ? k + 3 : k;
}

guint
ck_mla_middle_sentences (const CkExtractCtx *ctx, guint k, guint e, CkRecord *rec)
{
  static const char * const reprint_words[] = { "reprint", "reprinted", "repr", NULL };
  for (guint round = 0; round < 5 && k < e; round++)
    {
      CkRole role = CK_ROLE_AUTHOR;
      guint r;
      /* "Trans. A and B.", "Ed. and trans. A." */
      if (ck_tok_cap_word (ctx, k) && (r = ck_role_statement_at (ctx, k, e, &role)) > k && role != CK_ROLE_AUTHOR)
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          CkRole role2 = CK_ROLE_AUTHOR;
          guint ne;
          if (ck_tok_is (ctx, r, "and") && ck_role_abbrev_at (ctx, r + 1, e, &role2) > r + 1)
            r = ck_role_abbrev_at (ctx, r + 1, e, &role2);
          ne = ck_names_forward (ctx, r, e, role, names);
          ne = ck_name_suffix_end (ctx, ne, e);
          if (ne == r || names->len == 0 || ck_count_words (ctx, r, ne) < 2 || !ck_tok_is_punct (ctx, ne, '.') || ne + 1 >= e)
            break;
          for (guint q = 0; q < names->len; q++)
            {
              CkName *nm = g_steal_pointer (&g_ptr_array_index (names, q));
              if (role2 != CK_ROLE_AUTHOR && role2 != role)
                {
                  CkName *both = ck_name_copy (nm);
                  both->role = role2;
                  ck_record_add_name_unique (rec, both);
                }
              ck_record_add_name_unique (rec, nm);
            }
          k = ne + 1;
          continue;
        }
      /* Chicago's "1932. Reprint, London: …": the reprint's imprint */
      if (ck_tok_in_words (ctx, k, reprint_words) && k + 2 < e &&
          (ck_tok_is_punct (ctx, k + 1, ',') || ck_tok_is_punct (ctx, k + 1, '.')) && ck_tok_cap_word (ctx, k + 2))
        {
          k += 2;
          continue;
        }
      /* "4 vols." before the imprint: the set's size */
      if (!(ck_tok (ctx, k)->flags & CK_TOKF_YEAR) && ck_volumes_statement_end (ctx, k, e) > k && k + 3 < e &&
          ck_tok_cap_word (ctx, k + 3))
        {
          if (!ck_record_has (rec, CK_FIELD_NUMBER_OF_VOLUMES))
            ck_record_take (rec, CK_FIELD_NUMBER_OF_VOLUMES, ck_tok_dup (ctx, k));
          k += 3;
          continue;
        }
      /* "1824-32.", "1851." and then the edition's imprint */
      if (ck_tok (ctx, k)->flags & CK_TOKF_YEAR)
        {
          guint j = k + 1;
          if (j + 1 < e && (ck_tok_is_punct (ctx, j, '-') || ck_tok_is_punct (ctx, j, 0x2013)) &&
              ck_tok (ctx, j + 1)->kind == CK_TOK_NUMBER)
            j += 2;
          if (!ck_tok_is_punct (ctx, j, '.') || j + 2 >= e || !ck_tok_cap_word (ctx, j + 1))
            break;
          if (!ck_record_get_date (rec, CK_DATE_ORIGINAL))
            ck_record_take_date (rec, CK_DATE_ORIGINAL, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, k)->start), 0, 0));
          k = j + 1;
          continue;
        }
      break;
    }
  return k;
}

guint
ck_abbreviated_journal_end (const CkExtractCtx *ctx, guint s, guint e)
{
  guint k = s, abbrs = 0;
  while (k + 1 < e)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (ck_tok_cap_word (ctx, k) && t->end - t->start <= 8 && ck_tok_is_punct (ctx, k + 1, '.') &&
          ck_tok (ctx, k + 1)->start == t->end)
        {
          abbrs++;
          k += 2;
        }
      /* "J. of Salt Hist.", "Trans. & Proc." */
      else if (abbrs > 0 && (ck_tok_is (ctx, k, "of") || ck_tok_is (ctx, k, "and") || ck_tok_is_punct (ctx, k, '&') ||
                             /* "Proc. Salt Soc.": a word in full between */
                             (ck_tok_cap_word (ctx, k) && !ck_tok_is_punct (ctx, k + 1, ','))))
        k++;
      else
        break;
    }
  while (k > s && !ck_tok_is_punct (ctx, k - 1, '.'))
    k--;
  return abbrs >= 2 ? k : s;
}
