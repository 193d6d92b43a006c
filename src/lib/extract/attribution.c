/* attribution.c — who owns a work that running prose names without an
 * author: rules that keep a nearby name from being taken for the owner,
 * and that tie a name spoiled by OCR to the person the text names in full.
 *
 * The antecedent search in merge.c walks back from a title to the nearest
 * possessive or known person.  These rules say which of those names are
 * not owners: a possessive standing alone ("printed in Harper's -",
 * "the quiet of At Mrs. Lippincote's (1945)") is a shop, a magazine or the
 * end of a title; a person described by a noun ("his novel of the
 * jazzman Ivo Brant") is the book's subject, not its writer. */
#include "attribution.h"

#include <string.h>

/* A possessive that owns nothing: no word follows it ("in Harper's -",
 * "at Mrs. Vell's (1945)", "… Smith's.").  Token @k is the name, k + 1 the
 * possessive. */
gboolean
ck_attr_bare_possessive (const CkExtractCtx *ctx, guint k)
{
  guint n = ck_n_toks (ctx);
  const CkToken *t;
  if (k + 2 >= n)
    return TRUE;
  t = ck_tok (ctx, k + 2);
  return t->kind == CK_TOK_PUNCT || t->kind == CK_TOK_QUOTE_CLOSE;
}

/* A name used in apposition to a describing noun: "the jazzman Ivo
 * Brant", "a painter Mia Lund" — the person a book is about, not its
 * writer.  @ns is the first token of the name.  (A preposition alone is not
 * enough: "the work of Ivo Brant (see his T)" names the writer.) */
gboolean
ck_attr_described_person (const CkExtractCtx *ctx, guint ns, guint floor)
{
  static const char * const arts[] = { "the", "a", "an", NULL };
  /* an article, then one lower-case word that is no function word, then
   * the name; two words would reach back over a verb ("a formula was
   * Ivo Brant, whose T") */
  return ns > floor + 1 && ck_tok_lower_word (ctx, ns - 1) && !(ck_tok (ctx, ns - 1)->flags & CK_TOKF_FUNC) &&
         !ck_tok_in_words (ctx, ns - 1, arts) && ck_tok_in_words (ctx, ns - 2, arts);
}

/* "Nixon himself, in T (1962)": an emphatic reflexive marks a person. */
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
 * misreading of ("Snovv" for Snow, "Sarlre" for Sartre), or NULL: only
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
