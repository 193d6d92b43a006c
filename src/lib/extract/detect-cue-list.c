/* detect-cue-list.c — titles named with nothing but a plural genre noun
 * or a time possessive before them.
 *
 *   "her novels Salt Meadow and Grey Harbour sold well"
 *   "his plays The Lamp, Night Ferries and Low Water"
 *   "Last year's The Quiet Hours was short"
 *   "as Ada Vell put it in Notes on Salt,", "Ivo Orr in A Harbour of Glass,"
 *
 * A plural noun that names works ("novels", "memoirs", "plays") promises
 * two titles or more, so the run after it is split at its commas and at
 * its last "and"/"or" (a run with one "and" is two titles here, not one
 * like "Salt and Iron" elsewhere).  "Last year's", "this season's" before
 * a capitalised run mark it as a work the way an author's possessive
 * would.  After a full name or a verb of writing, "in" opens a work.
 * Every item must pass the checks of title-weak.c (no event,
 * place, institution, publisher or person), and the author is resolved
 * from the context like a pronoun's (merge.c).
 */
#include "detect-context.h"
#include "detect-extra.h"
#include <stdlib.h>
#include <string.h>

/* Plural nouns that name whole works (general English usage); "poems",
 * "stories", "essays" name parts of books as often and are left to
 * title-list and the part cues. */
static const char * const plural_cues[] = {
  "novels", "books", "memoirs", "plays", "novellas", "collections", "biographies", "histories", "studies",
  "monographs", "pamphlets", "films", "volumes",
  /* a set of books named as one: "his trilogy (A, B, C)" */
  "trilogy", "tetralogy", "quartet", NULL,
};

/* Verbs that open the list after the noun: "her books include X". */
static const char * const including[] = { "include", "includes", "included", "including", "are", "were",
                                          "comprise", "comprised", NULL };

/* Owners that may stand before the noun: "her novels", "the novels",
 * "Quint's two novels", "whose later novels". */
static const char * const owners[] = { "his", "her", "their", "its", "whose", "the", NULL };

/* Whether [ts,te) may stand as one item: a capitalised run that names no
 * event, place, institution, publisher, periodical or person and is not
 * a word the text repeats (a surname). */
static gboolean
item_ok (const CkExtractCtx *ctx, guint ts, guint te)
{
  guint words = ck_count_words (ctx, ts, te);
  if (te <= ts || words == 0 || !ck_tok_cap_word (ctx, ts) || (ck_tok (ctx, ts)->flags & CK_TOKF_UPPER) ||
      ck_is_claimed (ctx, ts, te) || !ck_title_plausible (ctx, ts, te))
    return FALSE;
  if (ck_ctx_names_non_work (ctx, ts, te) || ck_ctx_names_person (ctx, ts, te))
    return FALSE;
  if (words == 1 && (ck_ctx_word_recurs (ctx, ts, ts, te) || ck_tok_in_lex (ctx, ts, CK_LEX_NON_NAMES)))
    return FALSE;
  return TRUE;
}

void
ck_ctx_add_bare_title (CkExtractCtx *ctx, const CkDetector *det, guint ts, guint te, guint who)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
  ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, te - 1)->end, who, CK_MENTION_PRONOUN);
  ck_claim (ctx, ts, te);
}

/* The last lower-case "and"/"or" in [s,e) followed by a capital, or @e. */
static guint
last_conj (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = e; k > s + 1; k--)
    if ((ck_tok_is (ctx, k - 1, "and") || ck_tok_is (ctx, k - 1, "or")) && ck_tok_lower_word (ctx, k - 1) && ck_tok_cap_word (ctx, k))
      return k - 1;
  return e;
}

void
ck_detect_cue_list (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 2 < n; i++)
    {
      guint s, ceil, bounds[17], n_b = 0, e, k, own;
      gboolean ok = TRUE;
      if (!ck_tok_lower_word (ctx, i) || !ck_tok_in_words (ctx, i, plural_cues) || ck_is_claimed (ctx, i, i + 2))
        continue;
      /* an owner within three words before: "her two early novels" */
      own = G_MAXUINT;
      for (guint m = 0, q = i; m < 3 && q > 0; m++)
        {
          q--;
          if (ck_tok_in_words (ctx, q, owners) || ck_tok (ctx, q)->kind == CK_TOK_POSS)
            {
              own = q;
              break;
            }
          if (!ck_tok_lower_word (ctx, q) && !(ck_tok (ctx, q)->flags & CK_TOKF_YEAR))
            break;
        }
      if (own == G_MAXUINT)
        continue;
      s = i + 1;
      /* "her books include X, Y and Z", "his plays are X and Y": a verb
       * of including between the noun and the list */
      if (s + 1 < n && ck_tok_lower_word (ctx, s) && ck_tok_in_words (ctx, s, including))
        s++;
      else if (s + 2 < n && ck_tok_is (ctx, s, "such") && ck_tok_is (ctx, s + 1, "as"))
        s += 2;
      /* "his trilogy — A, B and C —", "his novels (A, B, C)", "her plays:
       * A and B": the list set off after the noun */
      else if (s + 1 < n && (ck_tok_is_punct (ctx, s, 0x2014) || ck_tok_is_punct (ctx, s, 0x2013) ||
                             ck_tok_is_punct (ctx, s, '(') || ck_tok_is_punct (ctx, s, ':')))
        s++;
      /* "her novels, X and Y," with a comma is title-list's, which reads
       * the list the same way; here the titles follow the noun directly */
      if (!ck_tok_cap_word (ctx, s))
        continue;
      ceil = ck_sentence_end (ctx, s);
      /* the list: runs separated by ", " and a last "and"/"or" */
      bounds[n_b++] = s;
      k = s;
      while (n_b < G_N_ELEMENTS (bounds) - 1)
        {
          guint te = ck_title_span_forward (ctx, k, MIN (ceil, k + 30), TRUE);
          if (te == k)
            break;
          e = te;
          if (ck_tok_is_punct (ctx, e, ',') && ck_tok_cap_word (ctx, e + 1))
            {
              bounds[n_b++] = e;  /* a comma ends the item */
              k = e + 1;
              continue;
            }
          if (ck_tok_is_punct (ctx, e, ',') && (ck_tok_is (ctx, e + 1, "and") || ck_tok_is (ctx, e + 1, "or")) &&
              ck_tok_cap_word (ctx, e + 2))
            {
              bounds[n_b++] = e;
              k = e + 2;
              continue;
            }
          bounds[n_b++] = e;
          break;
        }
      if (n_b < 2)
        continue;
      /* one run: split it at its last "and"/"or" — a plural promises two */
      if (n_b == 2)
        {
          guint c = last_conj (ctx, bounds[0], bounds[1]);
          if (c == bounds[1])
            continue;
          bounds[2] = bounds[1];
          bounds[1] = c;
          n_b = 3;
        }
      else
        {
          /* "X, Y and Z": the last item holds the final conjunction */
          guint ls = bounds[n_b - 2] + 1, c;
          if (ck_tok_is (ctx, ls, "and") || ck_tok_is (ctx, ls, "or"))
            ls++;
          c = last_conj (ctx, ls, bounds[n_b - 1]);
          if (c < bounds[n_b - 1] && n_b < G_N_ELEMENTS (bounds))
            {
              bounds[n_b] = bounds[n_b - 1];
              bounds[n_b - 1] = c;
              n_b++;
            }
        }
      /* every item must pass */
      for (guint b = 0; b + 1 < n_b && ok; b++)
        {
          guint is = b == 0 ? bounds[0] : bounds[b] + 1, ie = bounds[b + 1];
          if (is < ie && (ck_tok_is (ctx, is, "and") || ck_tok_is (ctx, is, "or")))
            is++;
          while (ie > is && (ck_tok (ctx, ie - 1)->flags & CK_TOKF_FUNC))
            ie--;
          ok = item_ok (ctx, is, ie);
        }
      if (!ok)
        continue;
      for (guint b = 0; b + 1 < n_b; b++)
        {
          guint is = b == 0 ? bounds[0] : bounds[b] + 1, ie = bounds[b + 1];
          if (is < ie && (ck_tok_is (ctx, is, "and") || ck_tok_is (ctx, is, "or")))
            is++;
          while (ie > is && (ck_tok (ctx, ie - 1)->flags & CK_TOKF_FUNC))
            ie--;
          ck_ctx_add_bare_title (ctx, det, is, ie, own);
        }
      i = bounds[n_b - 1];
    }
}

/* "Last year's T", "this season's T", "1988's T": a time possessive marks
 * the run after it as a work (the author comes from the context). */
void
ck_detect_time_possessive (CkExtractCtx *ctx, const CkDetector *det)
{
  static const char * const deictic[] = { "last", "this", "next", "that", NULL };
  static const char * const spans[] = { "year", "season", "month", "week", "spring", "summer", "autumn", "fall",
                                        "winter", NULL };
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 3 < n; i++)
    {
      guint s = i + 3, te, year = 0;
      CkRecord *rec;
      /* "1988's T": a year's possessive dates the work as well */
      if ((ck_tok (ctx, i)->flags & CK_TOKF_YEAR) && ck_tok (ctx, i + 1)->kind == CK_TOK_POSS &&
          !(i > 0 && ck_tok_is (ctx, i - 1, "the")))   /* "the 1920's": a decade */
        {
          year = i;
          s = i + 2;
        }
      else if (!ck_tok_in_words (ctx, i, deictic) || !ck_tok_lower_word (ctx, i + 1) || !ck_tok_in_words (ctx, i + 1, spans) ||
               ck_tok (ctx, i + 2)->kind != CK_TOK_POSS)
        continue;
      if (!ck_tok_cap_word (ctx, s) || ck_is_claimed (ctx, s, s + 1))
        continue;
      te = ck_title_span_forward (ctx, s, MIN (n, ck_sentence_end (ctx, s)), FALSE);
      while (te > s + 1 && (ck_tok (ctx, te - 1)->flags & CK_TOKF_FUNC))
        te--;
      /* two words at least ("last year's Booker" is a prize), ending the
       * phrase; "(…)" after it is for the imprint detectors */
      if (ck_count_words (ctx, s, te) < 2 || ck_tok_is_punct (ctx, te, '(') || !item_ok (ctx, s, te) ||
          ck_span_in_lex (ctx, s, te, CK_LEX_PERIODICALS))
        continue;
      if (te < n && !(ck_tok_lower_word (ctx, te) || ck_tok (ctx, te)->kind == CK_TOK_PUNCT))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, s, te));
      if (year)
        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, year)->start), 0, 0));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, te - 1)->end, i, CK_MENTION_PRONOUN);
      ck_claim (ctx, s, te);
      i = te;
    }
}

/* "as Ada Vell put it in Notes on Salt,", "Ivo Orr in A Harbour of
 * Glass, …": a work named after "in" that follows a full personal name
 * or a verb of writing.  The run must pass the weak test (title-weak.c)
 * and hold no place at all ("Vell in New Mexico"), no periodical ("Orr
 * in the Harbour Review"), and end the phrase; a person is so often "in"
 * a place the lexicons do not know ("in Key West") that the run must
 * have a title's shape too: a capital article, an inner "of", "to",
 * "the", or a possessive. */
/* "Vell's own account in": the owner's name before the noun of writing
 * ending at @i - 1, or G_MAXUINT. */
static guint
account_owner (const CkExtractCtx *ctx, guint i, guint floor)
{
  static const char * const accounts[] = { "account", "accounts", "description", "version", "portrait",
                                           "retelling", "memoir", "testimony", "words", NULL };
  guint k = i - 1, ns;
  if (k <= floor + 1 || !ck_tok_lower_word (ctx, k) || !ck_tok_in_words (ctx, k, accounts))
    return G_MAXUINT;
  k--;
  if (ck_tok_is (ctx, k, "own") && k > floor + 1)
    k--;
  if (ck_tok (ctx, k)->kind != CK_TOK_POSS || !ck_tok_cap_word (ctx, k - 1))
    return G_MAXUINT;
  ns = ck_name_span_backward (ctx, k, floor);
  if (ns >= k || ck_ctx_names_non_work (ctx, ns, k) || ck_tok_in_lex (ctx, k - 1, CK_LEX_PLACES))
    return G_MAXUINT;
  return ns;
}

/* "Mr. Vell", "Dr Orr": an honorific just before the surname at @ns. */
static gboolean
honorific_before (const CkExtractCtx *ctx, guint ns, guint floor)
{
  guint h = ns;
  if (ck_tok_cap_word (ctx, h) && !ck_tok_in_lex (ctx, h, CK_LEX_GIVEN_NAMES) && ck_ctx_opens_with_name (ctx, h))
    return TRUE;
  if (h > floor && ck_tok_is_punct (ctx, h - 1, '.'))
    h--;
  return h > floor && ck_tok_cap_word (ctx, h - 1) && !ck_tok_in_lex (ctx, h - 1, CK_LEX_GIVEN_NAMES) &&
         ck_ctx_opens_with_name (ctx, h - 1);
}

void
ck_detect_name_in_title (CkExtractCtx *ctx, const CkDetector *det)
{
  static const char * const verbs[] = {
    "wrote", "writes", "argued", "argues", "said", "says", "put", "recalled", "recalls", "described",
    "describes", "observed", "observes", "noted", "notes", "claimed", "claims", "complained", "suggested",
    "suggests", "insisted", "insists", "warned", "warns", NULL,
  };
  guint n = ck_n_toks (ctx), found_floor = G_MAXUINT;
  for (guint i = 2; i + 2 < n; i++)
    {
      guint s = i + 1, te, floor, who = G_MAXUINT, v;
      gboolean by = FALSE;
      CkRecord *rec;
      if (!ck_tok_is (ctx, i, "in") || !ck_tok_lower_word (ctx, i) || !ck_tok_cap_word (ctx, s))
        continue;
      floor = ck_sentence_start (ctx, i);
      if (ck_is_claimed (ctx, s, s + 1))
        {
          /* "Ada Vell in T1, Ivo Orr in T2": a title another detector
           * took after a full name opens such a list too */
          guint ns = ck_name_span_backward (ctx, i, floor);
          if (ns < i && ck_count_words (ctx, ns, i) >= 2 && ck_tok_in_lex (ctx, ns, CK_LEX_GIVEN_NAMES))
            found_floor = floor;
          continue;
        }
      /* a writing verb, perhaps with "it" ("put it in") */
      v = i - 1;
      if (ck_tok_is (ctx, v, "it") && v > floor)
        v--;
      /* "Vell's own account in T", "Orr's description in T": what a
       * writer set down, owned by the writer; as sure as "by Name in" */
      if (account_owner (ctx, i, floor) != G_MAXUINT)
        {
          who = account_owner (ctx, i, floor);
          by = TRUE;
        }
      else if (!(ck_tok_lower_word (ctx, v) && ck_tok_in_words (ctx, v, verbs)))
        {
          /* a full name written out just before */
          guint ns = ck_name_span_backward (ctx, i, floor);
          const CkToken *f;
          if (ns < i && ck_count_words (ctx, ns, i) == 1 && honorific_before (ctx, ns, floor))
            ns -= ck_tok_is_punct (ctx, ns - 1, '.') ? 2 : 1;
          if (ns >= i || ck_count_words (ctx, ns, i) < 2 || ck_is_claimed (ctx, ns, i) ||
              ck_ctx_names_non_work (ctx, ns, i) || ck_tok_in_lex (ctx, ns, CK_LEX_PLACES))
            continue;
          f = ck_tok (ctx, ns);
          /* a known given name, or a surname the text repeats; or "Mr.
           * Vell in T"; or a list of "Name in T" items in one sentence
           * whose earlier item was taken ("Ada Vell in T1, Ivo Orr in T2") */
          if (!ck_lex_lookup (CK_LEX_GIVEN_NAMES, ctx->text + f->start, f->end - f->start) &&
              !ck_ctx_word_recurs (ctx, i - 1, ns, i) && !honorific_before (ctx, ns, floor) && found_floor != floor)
            continue;
          who = ns;
          /* "Mr. Vell": the name after the honorific */
          if (ck_tok_cap_word (ctx, ns) && !ck_tok_in_lex (ctx, ns, CK_LEX_GIVEN_NAMES) && ck_ctx_opens_with_name (ctx, ns))
            who = ck_tok_is_punct (ctx, ns + 1, '.') ? ns + 2 : ns + 1;
          /* "argued by Ada Vell in Salt Marsh, Dry Marsh": "by" says she wrote it */
          by = ns > floor && ck_tok_is (ctx, ns - 1, "by") && ck_tok_lower_word (ctx, ns - 1);
        }
      te = ck_title_span_forward (ctx, s, MIN (n, ck_sentence_end (ctx, s)), FALSE);
      /* "Orr in Saltgrass and Ada Vell in The Lives of a Gull":
       * a second "name in" ends the first run at its "and" */
      for (guint k = s + 1; k < te; k++)
        if (ck_tok_is (ctx, k, "in") && ck_tok_lower_word (ctx, k))
          {
            for (guint j = k; j > s; j--)
              if (ck_tok_is (ctx, j - 1, "and") || ck_tok_is (ctx, j - 1, "or"))
                {
                  te = j - 1;
                  break;
                }
            break;
          }
      while (te > s + 1 && (ck_tok (ctx, te - 1)->flags & CK_TOKF_FUNC))
        te--;
      /* "Salt Marsh, Dry Marsh": a comma title after "by NAME in" */
      if (by)
        te = ck_title_extend_forward (ctx, s, ck_ctx_comma_title_forward (ctx, s, te, MIN (n, ck_sentence_end (ctx, s))),
                                      MIN (n, ck_sentence_end (ctx, s)));
      if (te >= n || ck_tok_is_punct (ctx, te, '(') ||
          !(ck_tok_lower_word (ctx, te) || ck_tok_is_punct (ctx, te, ',') || ck_tok_is_punct (ctx, te, '.') ||
            ck_tok_is_punct (ctx, te, ';') || ck_tok_is_punct (ctx, te, ':') || (by && ck_tok_is_punct (ctx, te, ')')) ||
            /* "-- Ivo Orr in T --": a dash closes an aside */
            (found_floor == floor && (ck_tok_is_punct (ctx, te, '-') || ck_tok_is_punct (ctx, te, 0x2014)))))
        continue;
      if (!ck_ctx_weak_title_ok (ctx, s, te, floor) || ck_names_periodical (ctx, s, te) ||
          ck_span_in_lex (ctx, s, te, CK_LEX_PERIODICALS))
        continue;
      {
        gboolean place = FALSE, shape = ck_tok_is (ctx, s, "The") || ck_tok_is (ctx, s, "A") || ck_tok_is (ctx, s, "An");
        for (guint k = s; k < te && !place; k++)
          {
            place = ck_tok_in_lex (ctx, k, CK_LEX_PLACES) || ck_tok_in_lex (ctx, k, CK_LEX_NON_TITLES);
            /* "Key West", "Grand Central" have no "of", "to" or "'s" */
            shape |= k > s && (ck_tok (ctx, k)->kind == CK_TOK_POSS ||
                               (ck_tok_lower_word (ctx, k) && (ck_tok (ctx, k)->flags & CK_TOKF_FUNC) &&
                                !ck_tok_in_lex (ctx, k, CK_LEX_PARTICLES)));
          }
        if (place || (!shape && !by))
          continue;
      }
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, s, te));
      if (who != G_MAXUINT)
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          ck_names_forward (ctx, who, i, CK_ROLE_AUTHOR, names);
          for (guint k = 0; k < names->len; k++)
            ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, k)));
        }
      ck_mention_add (ctx, det, rec, ck_tok (ctx, s)->start, ck_tok (ctx, te - 1)->end, who != G_MAXUINT ? who : i,
                      who != G_MAXUINT ? 0 : CK_MENTION_PRONOUN);
      ck_claim (ctx, s, te);
      found_floor = floor;
      i = te;
    }
}
