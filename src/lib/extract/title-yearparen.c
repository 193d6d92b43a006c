/* title-yearparen.c — what marks a title in running prose before its
 * year or imprint, beyond the signs detect-bare.c already reads.
 *
 *   "The readers of Quillon (1934) and of Salt and Ember (1936) know …"
 *   "Readers who know Marra from Bitter Hours (1987) …"
 *   "… covered by Sir Anton Veel in Prelude to Ruin (Gannet, 1948)"
 *
 * A reader reads a work (or a periodical), never a person, an event or a
 * place: "reader(s) of" before a capitalised run makes it a title even
 * when it is one word, and "… (1933) and of T2 (1934)" carries the cue on
 * through the list.  A person's name, then "from", "in" or "with", then a
 * capitalised run is someone and their book ("know Vell from T", "Namier
 * in T"), so the title starts after the preposition.
 */
#include "title-yearparen.h"
#include "detect-context.h"
#include <string.h>

/* How far back a list "of T1 (1933) and of T2 (1934)" is followed to its
 * reader noun, in tokens: a sentence's worth, so no scan is long. */
#define READER_LIST_WINDOW 80

/* The nouns of people who read or love works.  "lovers of", "fans of"
 * are left out: they take places, teams and bands as often. */
static const char * const readers[] = { "reader", "readers", NULL };
static const char * const admirers[] = { "admirer", "admirers", "rereader", "rereaders", NULL };

/* 2: "reader(s) of" at @of - 1, 1: "admirer(s) of", 0: none */
static guint
reader_noun_before_of (const CkExtractCtx *ctx, guint of)
{
  if (of == 0 || !ck_tok_is (ctx, of, "of") || !ck_tok_lower_word (ctx, of))
    return 0;
  if (ck_tok_in_words (ctx, of - 1, readers))
    return 2;
  if (ck_tok_in_words (ctx, of - 1, admirers))
    return 1;
  return 0;
}

static guint
reader_cue (const CkExtractCtx *ctx, guint ts, guint floor)
{
  guint k, kind;
  if (ts < 2 || ts <= floor)
    return 0;
  kind = reader_noun_before_of (ctx, ts - 1);
  if (kind)
    return kind;
  /* "… (1933) and of T2", "…, of T2", "… (1933), and of T2" */
  if (!ck_tok_is (ctx, ts - 1, "of") || !ck_tok_lower_word (ctx, ts - 1))
    return 0;
  k = ts - 2;
  if (ck_tok_is (ctx, k, "and") || ck_tok_is (ctx, k, "or"))
    k--;
  if (k > 0 && ck_tok_is_punct (ctx, k, ','))
    k--;
  if (k + 2 == ts || k <= floor || !ck_tok_is_punct (ctx, k, ')'))
    return 0;
  for (guint q = k; q > floor + 1 && q + READER_LIST_WINDOW > k; q--)
    {
      /* the list holds titles and their dates, nothing that ends a clause */
      if (ck_tok_is_punct (ctx, q, ';') || ck_tok_is_punct (ctx, q, ':'))
        return 0;
      kind = reader_noun_before_of (ctx, q);
      if (kind)
        return kind;
    }
  return 0;
}

gboolean
ck_reader_cue_before (const CkExtractCtx *ctx, guint ts, guint floor)
{
  return reader_cue (ctx, ts, floor) > 0;
}

gboolean
ck_reader_cue_strict (const CkExtractCtx *ctx, guint ts, guint floor)
{
  return reader_cue (ctx, ts, floor) == 2;
}

guint
ck_reader_opener_skip (const CkExtractCtx *ctx, guint ts, guint te)
{
  if (ts + 2 < te && ck_tok_cap_word (ctx, ts) && reader_noun_before_of (ctx, ts + 1) &&
      ck_tok_cap_word (ctx, ts + 2))
    return ts + 2;
  return ts;
}

guint
ck_honorific_skip (const CkExtractCtx *ctx, guint ts, guint te)
{
  guint k = ts;
  /* "Sir", "Dr.", "Professor Sir": at most two */
  for (guint m = 0; m < 2 && k + 1 < te && ck_tok_cap_word (ctx, k); m++)
    {
      const CkToken *t = ck_tok (ctx, k);
      const char *v = ck_lex_lookup (CK_LEX_NON_TITLES, ctx->text + t->start, t->end - t->start);
      if (!v || strcmp (v, "honorific") != 0)
        break;
      k++;
      if (ck_tok_is_punct (ctx, k, '.') && ck_tok (ctx, k)->start == t->end)
        k++;
    }
  return k < te && ck_tok_cap_word (ctx, k) ? k : ts;
}

guint
ck_person_prep_cut (const CkExtractCtx *ctx, guint ts, guint te)
{
  static const char * const preps[] = { "from", "in", "with", NULL };
  guint ns = ck_honorific_skip (ctx, ts, te), ne = ck_name_span_forward (ctx, ns, te);
  if (ne == ns || ne + 1 >= te || !ck_tok_lower_word (ctx, ne) || !ck_tok_in_words (ctx, ne, preps) ||
      !ck_tok_cap_word (ctx, ne + 1))
    return te;
  /* the part before is a person: an honorific, a known given name, or a
   * surname the text uses alone */
  if (!(ns > ts || ck_ctx_names_person (ctx, ns, ne)))
    return te;
  if (!ck_title_plausible (ctx, ne + 1, te) || ck_ctx_names_non_work (ctx, ne + 1, te))
    return te;
  return ne + 1;
}
