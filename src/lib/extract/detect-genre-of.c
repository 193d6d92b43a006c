/* detect-genre-of.c — "The Diary of Name", "The Letters of Name": a title
 * made of a capitalised "The", a noun for a kind of personal writing, "of"
 * and the writer's name, with no year, cue or imprint:
 *
 *   "… not just the nine years of The Diary of Tom Vell, and …"
 *   "… quoted from The Collected Letters of Ada Quell in full …"
 *
 * In running prose the capital "The" in mid-sentence says the run is a
 * title (a common noun would take "the"), and the noun says the person
 * after "of" wrote it.  Runs whose head is an institution word ("The
 * Journal of Modern History" is a periodical, "The University of X" a
 * place) are left to other detectors: the run after "of" must be a
 * personal name, or an article and a noun ("The Diary of a Nobody").
 * "The Life of Name" names the subject, not the writer, so it is left out.
 */
#include "detect-context.h"
#include "detect-extra.h"

/* Nouns for what a person writes of their own life, plural forms too;
 * lower case.  "journal" is left out: "The Journal of X" is as often a
 * periodical. */
static const char * const own_writing[] = {
  "diary", "diaries", "letters", "memoirs", "notebooks", "notebook", "journals", "autobiography", "confessions",
  "correspondence", "travels", "table-talk", "recollections", "reminiscences", NULL,
};

/* Adjectives between "The" and the noun: "The Collected Letters of". */
static const char * const collected[] = { "collected", "complete", "selected", "private", "secret", "early",
                                          "late", "last", "unpublished", NULL };

void
ck_detect_genre_of (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 1; i + 3 < n; i++)
    {
      guint g = i + 1, of, ns, ne, floor, end;
      CkRecord *rec;
      if (!ck_tok_cap_word (ctx, i) || !ck_tok_is (ctx, i, "The") || ck_is_claimed (ctx, i, i + 1))
        continue;
      /* mid-sentence, after a lower-case word or a comma */
      floor = ck_sentence_start (ctx, i);
      if (i == floor || !(ck_tok_lower_word (ctx, i - 1) || ck_tok_is_punct (ctx, i - 1, ',')))
        continue;
      if (ck_tok_cap_word (ctx, g) && ck_tok_in_words (ctx, g, collected))
        g++;
      of = g + 1;
      if (of + 1 >= n || !ck_tok_cap_word (ctx, g) || !ck_tok_in_words (ctx, g, own_writing) ||
          !ck_tok_is (ctx, of, "of") || !ck_tok_lower_word (ctx, of) || ck_tok (ctx, g)->nl > 1)
        continue;
      ns = of + 1;
      end = MIN (n, ck_sentence_end (ctx, ns));
      ne = ck_name_span_forward (ctx, ns, end);
      if (ne > ns)
        {
          /* "The Diary of Tom Vell's wife": the name must end the run */
          if (ne < n && ck_tok (ctx, ne)->kind == CK_TOK_POSS)
            continue;
          if (ck_ctx_names_non_work (ctx, ns, ne) || ck_tok_in_lex (ctx, ns, CK_LEX_PLACES))
            continue;
          /* "The Diary of Tom": a given name alone is a character's */
          if (ne == ns + 1 && ck_tok_in_lex (ctx, ns, CK_LEX_GIVEN_NAMES))
            continue;
        }
      else if ((ck_tok_is (ctx, ns, "a") || ck_tok_is (ctx, ns, "an")) && ck_tok_lower_word (ctx, ns))
        {
          /* "The Diary of a Nobody": an article, then capitalised words */
          ne = ck_title_span_forward (ctx, ns + 1, end, TRUE);
          if (ne == ns + 1 || !ck_tok_cap_word (ctx, ns + 1))
            continue;
        }
      else
        continue;
      if (ck_is_claimed (ctx, i, ne) || !ck_title_plausible (ctx, i, ne))
        continue;
      /* the run ends the phrase: punctuation or a lower-case word next */
      if (ne < n && !(ck_tok (ctx, ne)->kind == CK_TOK_PUNCT || ck_tok_lower_word (ctx, ne)))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, i, ne));
      if (!ck_tok_is (ctx, ns, "a") && !ck_tok_is (ctx, ns, "an"))
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
          ck_names_forward (ctx, ns, ne, CK_ROLE_AUTHOR, names);
          for (guint k = 0; k < names->len; k++)
            ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, k)));
          ck_mention_add (ctx, det, rec, ck_tok (ctx, i)->start, ck_tok (ctx, ne - 1)->end, i, 0);
        }
      else
        ck_mention_add (ctx, det, rec, ck_tok (ctx, i)->start, ck_tok (ctx, ne - 1)->end, i, CK_MENTION_PRONOUN);
      ck_claim (ctx, i, ne);
      i = ne - 1;
    }
}
