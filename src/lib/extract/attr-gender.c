/* attr-gender.c — "his" and "her" against the people a text names: a
 * pronoun that owns a work ("Her first novel, T") cannot point back to a
 * person the text marks as the other sex ("Mr Vell", "Ben Vell").
 *
 * The marks are the honorific before a name (Mrs, Miss, Mr, Sir …) and a
 * common given name that is used for one sex only, from general
 * knowledge of English, French, German, Italian, Spanish, Dutch,
 * Scandinavian and Russian forenames.  Names used for both ("Leslie",
 * "Jean", "Andrea", "Kim") are left out; a family name the text marks
 * both ways is unknown.  Unknown never blocks a person. */
#include "attr-gender.h"

#include <string.h>

/* Honorifics with the sex they mark. */
static const struct { const char *word; CkGender g; } honorifics[] = {
  { "mrs", CK_GENDER_F },      /* English */
  { "miss", CK_GENDER_F },
  { "ms", CK_GENDER_F },
  { "lady", CK_GENDER_F },
  { "dame", CK_GENDER_F },
  { "madame", CK_GENDER_F },   /* French */
  { "mme", CK_GENDER_F },
  { "mlle", CK_GENDER_F },
  { "mademoiselle", CK_GENDER_F },
  { "frau", CK_GENDER_F },     /* German */
  { "fräulein", CK_GENDER_F },
  { "signora", CK_GENDER_F },  /* Italian */
  { "signorina", CK_GENDER_F },
  { "señora", CK_GENDER_F },   /* Spanish */
  { "mr", CK_GENDER_M },       /* English */
  { "sir", CK_GENDER_M },
  { "lord", CK_GENDER_M },
  { "monsieur", CK_GENDER_M }, /* French */
  { "herr", CK_GENDER_M },     /* German */
  { "signor", CK_GENDER_M },   /* Italian */
  { "señor", CK_GENDER_M },    /* Spanish */
};

/* Given names used for women only. */
static const char * const female_names[] = {
  "ada", "agnes", "alice", "amelia", "ann", "anna", "anne", "annie", "antonia", "barbara", "beatrice",
  "bettina", "brigitte", "carla", "carmen", "caroline", "catherine", "charlotte", "christa", "christina",
  "christine", "clara", "claire", "colette", "cynthia", "dora", "doris", "dorothy", "edith", "eleanor",
  "elena", "elisabeth", "elizabeth", "ella", "ellen", "elsa", "elsie", "emily", "emma", "erika", "ethel",
  "eva", "eve", "florence", "frances", "françoise", "gertrude", "gisela", "gwendolyn", "hannah", "harriet",
  "helen", "helena", "helene", "hilda", "ilse", "ingeborg", "ingrid", "irene", "iris", "isabel",
  "isabella", "jane", "janet", "jennifer", "joan", "johanna", "josephine", "judith", "julia", "karen",
  "katherine", "kathleen", "katharina", "laura", "lilian", "lillian", "lisa", "louise", "lucy", "lydia",
  "margaret", "margarete", "maria", "marie", "marguerite", "marianne", "martha", "mary", "maud", "maude",
  "mildred", "muriel", "nadezhda", "nadine", "nancy", "natalia", "natalie", "nina", "olga", "olive",
  "orla", "patricia", "pauline", "rachel", "rebecca", "rosa", "rosalind", "ruth", "sarah", "simone",
  "sophia", "sophie", "susan", "sylvia", "teresa", "ursula", "vera", "virginia", "winifred", NULL,
};

/* Given names used for men only. */
static const char * const male_names[] = {
  "albert", "alexander", "alfred", "andrew", "anthony", "antonio", "arthur", "ben", "benjamin",
  "bernard", "carl", "carlo", "charles", "christopher", "daniel", "david", "edward", "ernest", "ernst",
  "francis", "franz", "frederick", "friedrich", "george", "georg", "giovanni", "giuseppe", "gustav",
  "hans", "harold", "heinrich", "henri", "henry", "herbert", "hugh", "ivan", "jacques", "james", "johann",
  "john", "joseph", "juan", "karl", "lawrence", "leo", "leonard", "louis", "ludwig", "luis", "michael",
  "nicholas", "nikolai", "oliver", "oscar", "otto", "paul", "peter", "philip", "pierre", "piet",
  "pietro", "ralph", "raymond", "richard", "robert", "roger", "samuel", "sergei", "stephen", "thomas",
  "tom", "vladimir", "walter", "wilhelm", "william", NULL,
};

static CkGender
honorific_gender (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  if (t->kind != CK_TOK_WORD || !(t->flags & CK_TOKF_CAP))
    return CK_GENDER_UNKNOWN;
  for (guint i = 0; i < G_N_ELEMENTS (honorifics); i++)
    if (ck_tok_is (ctx, k, honorifics[i].word))
      return honorifics[i].g;
  return CK_GENDER_UNKNOWN;
}

static CkGender
given_gender (const CkExtractCtx *ctx, guint k)
{
  if (!ck_tok_cap_word (ctx, k))
    return CK_GENDER_UNKNOWN;
  if (ck_tok_in_words (ctx, k, female_names))
    return CK_GENDER_F;
  if (ck_tok_in_words (ctx, k, male_names))
    return CK_GENDER_M;
  return CK_GENDER_UNKNOWN;
}

/* The sex the words before the name [ns,k] mark: an honorific before
 * it ("Mrs. Vell") or its first word as a given name ("Ada Vell"). */
static CkGender
local_gender (const CkExtractCtx *ctx, guint ns, guint k)
{
  guint h = ns;
  if (h > 0 && ck_tok_is_punct (ctx, h - 1, '.'))
    h--;
  if (h > 0 && honorific_gender (ctx, h - 1) != CK_GENDER_UNKNOWN)
    return honorific_gender (ctx, h - 1);
  if (ns < k)
    return given_gender (ctx, ns);
  return CK_GENDER_UNKNOWN;
}

static void
note (GHashTable *map, const CkExtractCtx *ctx, guint k, CkGender g)
{
  const CkToken *t = ck_tok (ctx, k);
  char *key = g_utf8_casefold (ctx->text + t->start, t->end - t->start);
  gpointer old = g_hash_table_lookup (map, key);
  if (old && GPOINTER_TO_INT (old) != (int) g)
    g = CK_GENDER_BOTH;
  g_hash_table_replace (map, key, GINT_TO_POINTER (g));
}

GHashTable *
ck_attr_gender_map (const CkExtractCtx *ctx)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 1 < n; i++)
    {
      CkGender g = honorific_gender (ctx, i);
      guint j = i + 1, ne;
      if (g != CK_GENDER_UNKNOWN)
        {
          if (ck_tok_is_punct (ctx, j, '.'))
            j++;
          /* "Mrs Ada Vell", "Mr. Vell": the family is the name's last word */
          ne = j < n ? ck_name_span_forward (ctx, j, MIN (n, j + 5)) : j;
          if (ne > j)
            note (map, ctx, ne - 1, g);
          continue;
        }
      g = given_gender (ctx, i);
      /* a capital before the given name may be a heading's "By" */
      if (g == CK_GENDER_UNKNOWN || (i > 0 && ck_tok_cap_word (ctx, i - 1) && !ck_tok_is (ctx, i - 1, "by")))
        continue;
      ne = ck_name_span_forward (ctx, i, MIN (n, i + 5));
      if (ne > i + 1 && ck_tok (ctx, ne - 1)->kind == CK_TOK_WORD)
        {
          note (map, ctx, ne - 1, g);
          i = ne - 1;
        }
    }
  return map;
}

CkGender
ck_attr_name_gender (const CkExtractCtx *ctx, GHashTable *map, guint ns, guint k)
{
  CkGender g = local_gender (ctx, ns, k);
  if (g == CK_GENDER_UNKNOWN && map)
    {
      const CkToken *t = ck_tok (ctx, k);
      g_autofree char *key = g_utf8_casefold (ctx->text + t->start, t->end - t->start);
      g = GPOINTER_TO_INT (g_hash_table_lookup (map, key));
    }
  return g == CK_GENDER_BOTH ? CK_GENDER_UNKNOWN : g;
}

CkGender
ck_attr_owner_pronoun (const CkExtractCtx *ctx, guint tok)
{
  static const char * const preps[] = { "of", "to", "about", "on", "with", "by", "for", "from", "against",
                                        "than", "like", NULL };
  guint floor = ck_sentence_start (ctx, tok);
  for (guint k = tok + 1; k > floor && k + 8 > tok;)
    {
      const CkToken *t;
      k--;
      t = ck_tok (ctx, k);
      if (ck_tok_is (ctx, k, "her") || ck_tok_is (ctx, k, "his"))
        {
          /* "a study of her, T": the pronoun is what the work is about */
          if (k > floor && ck_tok_lower_word (ctx, k - 1) && ck_tok_in_words (ctx, k - 1, preps))
            return CK_GENDER_UNKNOWN;
          return ck_tok_is (ctx, k, "her") ? CK_GENDER_F : CK_GENDER_M;
        }
      /* only lower-case words, commas and numbers stand between the
       * pronoun and the title ("Her first novel, T") */
      if (k < tok && !(t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_LOWER)) && !ck_tok_is_punct (ctx, k, ',') &&
          t->kind != CK_TOK_NUMBER)
        return CK_GENDER_UNKNOWN;
    }
  return CK_GENDER_UNKNOWN;
}
