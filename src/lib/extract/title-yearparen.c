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
static gboolean works_noun (const CkExtractCtx *ctx, guint k);

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
      if (!ck_tok_is_honorific (ctx, k))
        break;
      k++;
      if (ck_tok_is_punct (ctx, k, '.') && ck_tok (ctx, k)->start == t->end)
        k++;
    }
  return k < te && ck_tok_cap_word (ctx, k) ? k : ts;
}

/* "The", "A", "An" in capitals at @k: after "Mr. Vell in" a title
 * opens, where "Mrs Quell in Harbour Lodge" may be one title. */
static gboolean
cap_article (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_cap_word (ctx, k) && (ck_tok_is (ctx, k, "The") || ck_tok_is (ctx, k, "A") || ck_tok_is (ctx, k, "An"));
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
   * surname the text uses alone; an honorific and a surname alone may
   * open a title ("Mrs Quell in Harbour Lodge"), an honorific and a full
   * name do not */
  if (!(ns > ts ? ck_count_words (ctx, ns, ne) >= 2 || cap_article (ctx, ne + 1) : ck_ctx_names_person (ctx, ns, ne)))
    return te;
  if (!ck_title_plausible (ctx, ne + 1, te) || ck_ctx_names_non_work (ctx, ne + 1, te))
    return te;
  return ne + 1;
}

/* whether a parenthesis at @open holds a year: "(1902)", "(Gannet,
 * 1953)", "(London, 1929)", with no more than eight tokens */
static gboolean
year_paren_at (const CkExtractCtx *ctx, guint open)
{
  guint n = ck_n_toks (ctx);
  if (!ck_tok_is_punct (ctx, open, '('))
    return FALSE;
  for (guint k = open + 1; k < n && k < open + 10; k++)
    {
      if (ck_tok (ctx, k)->nl > 1)
        return FALSE;
      if (ck_tok_is_punct (ctx, k, ')'))
        return k > open + 1 && (ck_tok (ctx, k - 1)->flags & CK_TOKF_YEAR);
    }
  return FALSE;
}

guint
ck_title_verb_bridge (const CkExtractCtx *ctx, guint ts, guint te, guint limit)
{
  static const char * const verbs[] = { "is", "are", "was", "were", "be", "to", "not", NULL };
  guint k = te, e;
  if (te <= ts || te >= limit)
    return te;
  while (k < limit && k < te + 3 && ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, verbs))
    k++;
  if (k == te || k >= limit || ck_tok (ctx, k)->nl > 1 || !ck_tok_cap_word (ctx, k))
    return te;
  e = ck_title_span_forward (ctx, k, limit, TRUE);
  if (e == k || e > k + 8)
    return te;
  /* "What is to be Done? (1902)": the "?" is the title's */
  if (e > k && (ck_tok_is_punct (ctx, e - 1, '?') || ck_tok_is_punct (ctx, e - 1, '!')))
    return year_paren_at (ctx, e) ? e : te;
  if (ck_tok_is_punct (ctx, e, '?') || ck_tok_is_punct (ctx, e, '!'))
    return year_paren_at (ctx, e + 1) ? e + 1 : te;
  return year_paren_at (ctx, e) ? e : te;
}

gboolean
ck_owner_generic_title (const CkExtractCtx *ctx, guint ts, guint te)
{
  /* nouns no review cites as a whole title after an owner: the owner is
   * part of it */
  static const char * const nouns[] = { "Book", "Diary", "Notebook", "Notebooks", "Journal", "Journals", "Story",
                                        "Testament", NULL };
  return te == ts + 1 && ck_tok_cap_word (ctx, ts) && ck_tok_in_words (ctx, ts, nouns) &&
         year_paren_at (ctx, te);
}

gboolean
ck_owner_in_style (const CkExtractCtx *ctx, guint ns)
{
  return ns > 0 && ck_tok_cap_word (ctx, ns - 1) && (ck_tok_is (ctx, ns - 1, "His") || ck_tok_is (ctx, ns - 1, "Her")) &&
         (ck_tok_is (ctx, ns, "Majesty") || ck_tok_is (ctx, ns, "Majesty's") || ck_tok_is (ctx, ns, "Highness") ||
          ck_tok_is (ctx, ns, "Grace") || ck_tok_is (ctx, ns, "Excellency") || ck_tok_is (ctx, ns, "Holiness"));
}

/* ", 1380-1520" at @k (the comma): the dates that close a history's title */
static gboolean
range_tail_at (const CkExtractCtx *ctx, guint k)
{
  /* (any date of three or four digits: "1380" is older than CK_TOKF_YEAR's years) */
  return k + 3 < ck_n_toks (ctx) && ck_tok_is_punct (ctx, k, ',') && ck_tok (ctx, k + 1)->kind == CK_TOK_NUMBER &&
         ck_tok (ctx, k + 1)->end - ck_tok (ctx, k + 1)->start >= 3 && ck_tok (ctx, k + 1)->end - ck_tok (ctx, k + 1)->start <= 4 &&
         (ck_tok_is_punct (ctx, k + 2, '-') || ck_tok_is_punct (ctx, k + 2, 0x2013)) &&
         ck_tok (ctx, k + 2)->start == ck_tok (ctx, k + 1)->end && ck_tok (ctx, k + 3)->kind == CK_TOK_NUMBER &&
         ck_tok (ctx, k + 3)->start == ck_tok (ctx, k + 2)->end;
}

guint
ck_range_title_before (const CkExtractCtx *ctx, guint open, guint floor)
{
  guint h;
  /* "The Great Crash, 1929 (1955)": one year closing the title, the
   * book's own in brackets after it */
  if (open >= floor + 4 && open + 1 < ck_n_toks (ctx) && (ck_tok (ctx, open - 1)->flags & CK_TOKF_YEAR) &&
      ck_tok_is_punct (ctx, open - 2, ',') && (ck_tok (ctx, open + 1)->flags & CK_TOKF_YEAR))
    {
      h = ck_title_span_backward (ctx, open - 2, floor);
      return h + 2 <= open - 2 && ck_title_plausible (ctx, h, open - 2) ? h : open;
    }
  if (open < floor + 5 || !range_tail_at (ctx, open - 4))
    return open;
  h = ck_title_span_backward (ctx, open - 4, floor);
  if (h >= open - 4 || !ck_title_plausible (ctx, h, open - 4))
    return open;
  return h;
}

guint
ck_range_title_after (const CkExtractCtx *ctx, guint e)
{
  return e > 0 && range_tail_at (ctx, e) && ck_tok_is_punct (ctx, e + 4, '(') ? e + 4 : e;
}

guint
ck_comma_pair_undo (const CkExtractCtx *ctx, guint s, guint ts, guint open)
{
  guint commas = 0, and_after = 0;
  if (s >= ts)
    return s;
  for (guint k = s; k < open; k++)
    {
      /* a subtitle or a question makes it one title whatever the list */
      if (ck_tok_is_punct (ctx, k, ':') || ck_tok_is_punct (ctx, k, '?'))
        return s;
      if (ck_tok_is_punct (ctx, k, ',') && k < ts)
        {
          commas++;
          and_after += ck_tok_is (ctx, k + 1, "and") || ck_tok_is (ctx, k + 1, "or");
        }
    }
  return commas == 1 && and_after == 1 ? ts : s;
}

gboolean
ck_work_span_from (const CkExtractCtx *ctx, guint ts, guint close)
{
  guint n = ck_n_toks (ctx), k = close + 2, e;
  if (ts == 0 || !ck_tok_is (ctx, ts - 1, "from") || !ck_tok_lower_word (ctx, ts - 1) || k + 1 >= n ||
      !ck_tok_is (ctx, close + 1, "to") || !ck_tok_lower_word (ctx, close + 1) || ck_tok (ctx, k)->nl > 1)
    return FALSE;
  /* "to The Harbour Life": a capital article in mid-sentence opens a title */
  if ((ck_tok_is (ctx, k, "The") || ck_tok_is (ctx, k, "A") || ck_tok_is (ctx, k, "An")) && ck_tok_cap_word (ctx, k) &&
      ck_tok_cap_word (ctx, k + 1))
    return TRUE;
  /* "to Grey Harbour (1990)" */
  e = ck_title_span_forward (ctx, k, MIN (n, k + 12), TRUE);
  return e > k && ck_count_words (ctx, k, e) >= 2 && year_paren_at (ctx, e) && (ck_tok (ctx, e + 1)->flags & CK_TOKF_YEAR) &&
         !ck_ctx_names_person (ctx, k, e) && !ck_ctx_names_non_work (ctx, k, e);
}

guint
ck_quoted_title_span (const CkExtractCtx *ctx, guint s, guint te, guint close)
{
  guint e = ck_title_span_forward (ctx, s, te, TRUE);
  if (!year_paren_at (ctx, close + 1))
    return e;
  for (guint m = 0; m < 4 && e > s && e + 1 < te && ck_tok_is_punct (ctx, e, ',') && ck_tok_cap_word (ctx, e + 1); m++)
    {
      guint e2 = ck_title_span_forward (ctx, e + 1, te, TRUE);
      if (e2 == e + 1)
        break;
      e = e2;
    }
  return e;
}

/* A plural noun for works (cues.txt's books, "lives", "memoirs") at @k */
static gboolean
works_noun (const CkExtractCtx *ctx, guint k)
{
  static const char * const more[] = { "lives", "memoirs", "accounts", "histories", "editions", "translations", NULL };
  const CkToken *t = ck_tok (ctx, k);
  const char *v;
  if (!ck_tok_lower_word (ctx, k) || ctx->text[t->end - 1] != 's')
    return FALSE;
  if (ck_tok_in_words (ctx, k, more))
    return TRUE;
  v = ck_lex_lookup (CK_LEX_CUES, ctx->text + t->start, t->end - t->start);
  return v && strcmp (v, "book") == 0;
}

gboolean
ck_works_by_before (const CkExtractCtx *ctx, guint ns)
{
  guint k = ns;
  /* back over at most three earlier items "Name (…)," of the list */
  for (guint m = 0; m < 4; m++)
    {
      guint q;
      if (k >= 2 && ck_tok_is (ctx, k - 1, "by") && ck_tok_lower_word (ctx, k - 1))
        return works_noun (ctx, k - 2);
      if (k < 3 || !ck_tok_is_punct (ctx, k - 1, ',') || !ck_tok_is_punct (ctx, k - 2, ')'))
        return FALSE;
      for (q = k - 2; q > 0 && q + 16 > k; q--)
        if (ck_tok_is_punct (ctx, q - 1, '('))
          break;
      if (q == 0 || q + 16 <= k)
        return FALSE;
      k = ck_name_span_backward (ctx, q - 1, ck_sentence_start (ctx, q - 1));
      if (k >= q - 1)
        return FALSE;
    }
  return FALSE;
}

gboolean
ck_owner_in_apposition (const CkExtractCtx *ctx, guint ns)
{
  static const char * const owners[] = { "his", "her", "their", NULL };
  if (ns < 3 || !ck_tok_is_punct (ctx, ns - 1, ',') || !works_noun (ctx, ns - 2))
    return FALSE;
  /* "Vell's first two novels,", "her early novels," */
  for (guint k = ns - 2, m = 0; k > 0 && m < 4; m++)
    {
      k--;
      if (ck_tok (ctx, k)->kind == CK_TOK_POSS || ck_tok_in_words (ctx, k, owners))
        return TRUE;
      if (!ck_tok_lower_word (ctx, k) && ck_tok (ctx, k)->kind != CK_TOK_NUMBER)
        return FALSE;
    }
  return FALSE;
}

guint
ck_title_end_in_clause (const CkExtractCtx *ctx, guint ts, guint te)
{
  static const char * const press_verbs[] = { "reviewed", "reviewing", "wrote", "writing", NULL };
  gboolean press = FALSE;
  for (guint k = ck_sentence_start (ctx, ts); k < ts && !press; k++)
    press = ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, press_verbs);
  for (guint k = ts + 1; k + 1 < te; k++)
    {
      if (ck_tok_is (ctx, k, "in") && ck_tok_lower_word (ctx, k) && (ck_tok (ctx, k + 1)->flags & CK_TOKF_YEAR))
        return k;
      /* "She reviewed Vell's The Harbour Wall for the Spectator": after a
       * verb of reviewing or writing, "for the" and a periodical the
       * lexicon knows are the sentence's ("Songs for the People" keeps
       * its words where no such verb stands) */
      if (press && ck_tok_is (ctx, k, "for") && ck_tok_lower_word (ctx, k) && ck_tok_is (ctx, k + 1, "the") && k + 2 < te)
        {
          guint j = k + 2;
          while (j < te && ck_tok_cap_word (ctx, j))
            j++;
          if (j > k + 2 && (ck_span_in_lex (ctx, k + 1, j, CK_LEX_PERIODICALS) || ck_span_in_lex (ctx, k + 2, j, CK_LEX_PERIODICALS)))
            return k;
        }
    }
  return te;
}

gboolean
ck_owner_in_subtitle (const CkExtractCtx *ctx, guint ns)
{
  /* (": The Harbour's …": the subtitle's article before the owner) */
  guint k = ns;
  if (k >= 3 && ck_tok_cap_word (ctx, k - 1) &&
      (ck_tok_is (ctx, k - 1, "The") || ck_tok_is (ctx, k - 1, "A") || ck_tok_is (ctx, k - 1, "An")))
    k--;
  return k >= 2 && ck_tok_is_punct (ctx, k - 1, ':') && ck_tok_cap_word (ctx, k - 2) && ck_tok (ctx, k)->nl == 0 &&
         ck_tok (ctx, k - 1)->start == ck_tok (ctx, k - 2)->end;
}

gboolean
ck_honorific_person_clause (const CkExtractCtx *ctx, guint ts, guint te)
{
  static const char * const preps[] = { "for", "with", "in", "from", "at", "on", "to", NULL };
  guint ns = ck_honorific_skip (ctx, ts, te), ne;
  if (ns == ts)
    return FALSE;
  ne = ck_name_span_forward (ctx, ns, te);
  return ne > ns && ck_count_words (ctx, ns, ne) >= 2 && ne + 1 < te && ck_tok_lower_word (ctx, ne) &&
         ck_tok_in_words (ctx, ne, preps) && ck_tok_lower_word (ctx, ne + 1);
}
