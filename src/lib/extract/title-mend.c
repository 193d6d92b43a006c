/* title-mend.c — titles a detector read across a boundary that title
 * case itself marks:
 *
 *   "the earlier Knight Errant and And Now Goodbye (1931)"  two titles
 *   "published in Britain as The Salt Road (Heron, 1998)"   "Britain as" is prose
 *   "Ada Vell in A Lion Is in the Street (1946)"            "Ada Vell" is the author
 *   "INES VELL\nThe Salt Road by …"                          a name in capitals above
 *   "Ada Orr, and Ivo Lind, eds., Bringing the Salt In"      the editors
 *
 * In title case a short function word inside a title is written small, so
 * a small word followed by a capitalised article or conjunction ("and
 * And", "as The", "in A") ends one run and opens a title: after "and" or
 * "or" the run before is a title too; after any other small word the run
 * before is prose when it is a person or a place (the author, before
 * "in"), and part of the title otherwise ("Melodies in The Rite of
 * Spring" names a work inside a title).  Runs last among the finders,
 * on every book mention (a header only for its own marks).
 */
#include "detect-context.h"
#include "detect-extra.h"
#include <string.h>

/* Small words that, before a capitalised opener, end a run. */
static const char * const smalls[] = { "and", "or", "as", "in", "of", "to", "from", "with", "by", "at", "on", "for",
                                       "like", "than", NULL };
/* Words that open a title and are written small inside one. */
static const char * const openers[] = { "The", "A", "An", "And", "Of", "In", "On", "At", "To", "From", "With",
                                        "By", "For", "Or", NULL };

static void
set_title (CkMention *m, char *title)
{
  ck_record_set (m->rec, CK_FIELD_SUBTITLE, NULL);
  ck_assemble_title (m->rec, title);
}

/* @header: the reviewed book's header, whose title only the marks of a
 * header ("eds.,", a name in capitals) may cut */
static void
mend_one (CkExtractCtx *ctx, const CkDetector *det, CkMention *m, gboolean header)
{
  const char *title = ck_record_get (m->rec, CK_FIELD_TITLE);
  guint ts, te, k;
  if (!title || !ck_title_tokens (ctx, title, m->start, m->end, &ts, &te))
    return;
  /* "whose abridgment, 1848: Chapters of History, translated by X": a
   * title opening on its year and a colon, after a comma or a line's
   * start */
  if (ts >= 3 && ck_tok_is_punct (ctx, ts - 1, ':') && (ck_tok (ctx, ts - 2)->flags & CK_TOKF_YEAR) &&
      (ck_tok_is_punct (ctx, ts - 3, ',') || ck_tok (ctx, ts - 2)->nl >= 1) && ck_tok_cap_word (ctx, ts))
    {
      set_title (m, ck_span_dup (ctx, ts - 2, te));
      m->start = MIN (m->start, ck_tok (ctx, ts - 2)->start);
      return;
    }
  /* "NO MAN IS AN ISLAND. By Tom Vell. Firm", "T, 1940-1985 edited": a
   * by-line or a role word read into the title */
  for (k = ts + 2; k + 2 < te; k++)
    if (ck_tok_is_punct (ctx, k, '.') && ck_tok_is (ctx, k + 1, "By") && ck_tok_cap_word (ctx, k + 1) &&
        ck_tok_cap_word (ctx, k + 2))
      {
        if (ck_record_count_role (m->rec, CK_ROLE_AUTHOR) == 0)
          {
            guint ne = k + 2;
            while (ne < te && !(ck_tok_is_punct (ctx, ne, '.') && !(ck_tok (ctx, ne - 1)->flags & CK_TOKF_INITIAL) &&
                                ck_tok (ctx, ne - 1)->end - ck_tok (ctx, ne - 1)->start > 3))
              ne++;
            ck_add_names_exact (ctx, m->rec, k + 2, ne, CK_ROLE_AUTHOR);
          }
        set_title (m, ck_span_dup (ctx, ts, k));
        return;
      }
  /* "Jane Vell, The Salt Road", "Eric Vell's The Salt Road": a person's
   * name read into the title is its author */
  {
    guint ne = ck_name_span_forward (ctx, ts, te);
    /* "Washington's The Salt Harbour": an owner before a title that an
     * article opens, whatever the owner's name reads as */
    if (ts + 3 < te && ck_tok (ctx, ts + 1)->kind == CK_TOK_POSS && ck_tok_cap_word (ctx, ts) &&
        ck_tok_in_words (ctx, ts + 2, ck_articles) && ck_tok_cap_word (ctx, ts + 2))
      ne = ts + 1;
    else if (!ck_tok_in_lex (ctx, ts, CK_LEX_GIVEN_NAMES) || ne < ts + 2)
      ne = ts;
    if (ne > ts && ne <= ts + 4 && ne + 2 < te &&
        (ck_tok_is_punct (ctx, ne, ',') || ck_tok (ctx, ne)->kind == CK_TOK_POSS) && ck_tok_cap_word (ctx, ne + 1) &&
        ck_count_words (ctx, ne + 1, te) >= 2)
      {
        const char *sub = ck_record_get (m->rec, CK_FIELD_SUBTITLE);
        g_autofree char *main_title = ck_span_dup (ctx, ne + 1, te);
        if (ck_record_count_role (m->rec, CK_ROLE_AUTHOR) == 0)
          ck_add_names_exact (ctx, m->rec, ts, ne, CK_ROLE_AUTHOR);
        /* “Ada Vell's Salt Book” in quotes: the possessive is the
         * title's own, the owner its author too */
        if (ts > 0 && ck_tok (ctx, ts - 1)->kind == CK_TOK_QUOTE_OPEN && ck_tok (ctx, ne)->kind == CK_TOK_POSS &&
            te < ck_n_toks (ctx) && (ck_tok (ctx, te)->kind == CK_TOK_QUOTE_CLOSE ||
                                     (ck_tok_is_punct (ctx, te, ',') && ck_tok (ctx, te + 1)->kind == CK_TOK_QUOTE_CLOSE)))
          return;
        /* (the subtitle stays) */
        set_title (m, sub ? g_strdup_printf ("%s: %s", main_title, sub) : g_steal_pointer (&main_title));
        return;
      }
  }
  if (te > ts + 2 && ck_tok_lower_word (ctx, te - 1) &&
      (ck_tok_is (ctx, te - 1, "edited") || ck_tok_is (ctx, te - 1, "translated") || ck_tok_is (ctx, te - 1, "compiled")))
    {
      CkRole role = ck_tok_is (ctx, te - 1, "translated") ? CK_ROLE_TRANSLATOR : CK_ROLE_EDITOR;
      /* the authors the by-line after it gave are the editors */
      if (te + 1 < ck_n_toks (ctx) && ck_tok_is (ctx, te, "by"))
        {
          g_autofree char *after = ck_span_dup (ctx, te + 1, MIN (ck_n_toks (ctx), te + 8));
          for (guint q = ck_record_get_n_names (m->rec); after && q > 0; q--)
            {
              const CkName *nm = ck_record_get_name (m->rec, q - 1);
              if (nm->role == CK_ROLE_AUTHOR && nm->family && strstr (after, nm->family))
                {
                  CkName *ed = ck_name_copy (nm);
                  ed->role = role;
                  ck_record_remove_name (m->rec, q - 1);
                  ck_record_take_name (m->rec, ed);
                }
            }
        }
      set_title (m, ck_span_dup (ctx, ts, te - 1));
      return;
    }
  /* "INES VELL The Salt Road": a name in capitals glued before */
  if (ts + 3 < te && (ck_tok (ctx, ts)->flags & CK_TOKF_UPPER) && (ck_tok (ctx, ts + 1)->flags & CK_TOKF_UPPER) &&
      ck_tok_in_lex (ctx, ts, CK_LEX_GIVEN_NAMES))
    {
      guint u = ts + 2;
      if (u < te && (ck_tok (ctx, u)->flags & CK_TOKF_UPPER))
        u++;
      if (u + 1 < te && ck_tok_cap_word (ctx, u) && !(ck_tok (ctx, u)->flags & CK_TOKF_UPPER) &&
          !(ck_tok (ctx, u + 1)->flags & CK_TOKF_UPPER))
        {
          set_title (m, ck_span_dup (ctx, u, te));
          return;
        }
    }
  /* "Ada Orr, and Ivo Lind, eds., Title": the editors */
  for (k = ts + 2; k + 3 < te; k++)
    if (ck_tok_is_punct (ctx, k - 1, ',') && (ck_tok_is (ctx, k, "eds") || ck_tok_is (ctx, k, "ed")) &&
        ck_tok_is_punct (ctx, k + 1, '.') && ck_tok_is_punct (ctx, k + 2, ','))
      {
        g_autoptr(GPtrArray) authors = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
        /* the names read as authors before the title were the first
         * editors */
        for (guint q = ck_record_get_n_names (m->rec); q > 0; q--)
          if (ck_record_get_name (m->rec, q - 1)->role == CK_ROLE_AUTHOR)
            {
              CkName *nm = ck_name_copy (ck_record_get_name (m->rec, q - 1));
              nm->role = CK_ROLE_EDITOR;
              g_ptr_array_insert (authors, 0, nm);
              ck_record_remove_name (m->rec, q - 1);
            }
        for (guint q = 0; q < authors->len; q++)
          ck_record_take_name (m->rec, g_steal_pointer (&g_ptr_array_index (authors, q)));
        /* "Dietrich Orr, and Theda Lind": a serial comma before "and" */
        for (guint p = ts, q; p < k - 1; p = q)
          {
            g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
            if ((q = ck_names_forward (ctx, p, k - 1, CK_ROLE_EDITOR, names)) == p)
              break;
            for (guint r = 0; r < names->len; r++)
              ck_record_add_name_unique (m->rec, g_steal_pointer (&g_ptr_array_index (names, r)));
            if (ck_tok_is_punct (ctx, q, ','))
              q++;
            if (ck_tok_is (ctx, q, "and"))
              q++;
          }
        set_title (m, ck_span_dup (ctx, k + 3, te));
        return;
      }
  /* "from The Grey Quay to Salt Wind": one "to" inside a run opened by
   * "from" parts two titles */
  if (!header && ts > 0 && ck_tok_is (ctx, ts - 1, "from") && ck_tok_lower_word (ctx, ts - 1))
    {
      guint to = 0, tos = 0;
      for (k = ts + 1; k + 1 < te; k++)
        if (ck_tok_is (ctx, k, "to") && ck_tok_lower_word (ctx, k) && ck_tok_cap_word (ctx, k + 1))
          {
            to = k;
            tos++;
          }
      if (tos == 1 && ck_title_plausible (ctx, ts, to) && ck_title_plausible (ctx, to + 1, te))
        {
          CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
          ck_assemble_title (rec, ck_span_dup (ctx, to + 1, te));
          for (guint q = 0; q < ck_record_get_n_names (m->rec); q++)
            ck_record_take_name (rec, ck_name_copy (ck_record_get_name (m->rec, q)));
          ck_mention_add (ctx, det, rec, ck_tok (ctx, to + 1)->start, ck_tok (ctx, te - 1)->end, to + 1,
                          m->flags & (CK_MENTION_PRONOUN | CK_MENTION_WEAK));
          set_title (m, ck_span_dup (ctx, ts, to));
          m->end = MIN (m->end, ck_tok (ctx, to - 1)->end);
          return;
        }
    }
  for (k = ts + 1; !header && k + 2 < te; k++)
    {
      if (!ck_tok_lower_word (ctx, k) || !ck_tok_in_words (ctx, k, smalls) || !ck_tok_cap_word (ctx, k + 1) ||
          !ck_tok_in_words (ctx, k + 1, openers) || (ck_tok (ctx, k + 1)->flags & CK_TOKF_UPPER) ||
          !ck_tok_cap_word (ctx, k + 2))
        continue;
      if (ck_tok_is (ctx, k, "and") || ck_tok_is (ctx, k, "or"))
        {
          CkRecord *rec;
          if (ck_count_words (ctx, ts, k) < 2 || !ck_title_plausible (ctx, ts, k))
            return;
          rec = ck_record_new (CK_TYPE_BOOK);
          ck_assemble_title (rec, ck_span_dup (ctx, ts, k));
          for (guint q = 0; q < ck_record_get_n_names (m->rec); q++)
            ck_record_take_name (rec, ck_name_copy (ck_record_get_name (m->rec, q)));
          ck_mention_add (ctx, det, rec, ck_tok (ctx, ts)->start, ck_tok (ctx, k - 1)->end, m->tok,
                          m->flags & (CK_MENTION_PRONOUN | CK_MENTION_WEAK));
        }
      /* "Russian Melodies in The Rite of Spring", "The Destiny of A
       * Revolution": a title may name a title; only a person or a place
       * before the small word is prose */
      else if (ck_name_span_forward (ctx, ts, k) == k && ck_count_words (ctx, ts, k) >= 2)
        {
          /* "Ada Vell in A Lion …": the name before "in" wrote it */
          if (ck_tok_is (ctx, k, "in") && ck_record_get_n_names (m->rec) == 0)
            {
              ck_add_names_span (ctx, m->rec, ts, k, CK_ROLE_AUTHOR);
              m->flags &= ~(guint) CK_MENTION_PRONOUN;
            }
        }
      else if (!ck_span_in_lex (ctx, ts, k, CK_LEX_PLACES))
        return;
      set_title (m, ck_span_dup (ctx, k + 1, te));
      return;
    }
}

/* "Stalin as Revolutionary, 1879-1929, …", "in Land and Labour, 1868-1936.":
 * a span of years after a title's comma closes the title, whichever
 * detector read it and whatever follows (title-extend.c's extensions
 * need an imprint's bracket after it).  Only a title without a subtitle:
 * the span then belongs to the subtitle, which keeps the main title. */
static void
mend_range (CkExtractCtx *ctx, CkMention *m)
{
  const char *title = ck_record_get (m->rec, CK_FIELD_TITLE);
  guint ts, te, end;
  if (!title || ck_record_get (m->rec, CK_FIELD_SUBTITLE) || !ck_title_tokens (ctx, title, m->start, m->end, &ts, &te))
    return;
  end = ck_title_range_tail (ctx, ts, te, ck_n_toks (ctx));
  if (end == te)
    return;
  ck_assemble_title (m->rec, ck_span_dup (ctx, ts, end));
  m->end = MAX (m->end, ck_tok (ctx, end - 1)->end);
}

void
ck_detect_title_mend (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ctx->mentions->len;
  for (guint i = 0; i < n; i++)
    {
      CkMention *m = g_ptr_array_index (ctx->mentions, i);
      if (!(m->flags & (CK_MENTION_SELF | CK_MENTION_ISSUE)) && ck_record_get_type (m->rec) != CK_TYPE_PERIODICAL)
        mend_range (ctx, m);
      if (ck_record_get_type (m->rec) != CK_TYPE_BOOK ||
          (m->flags & (CK_MENTION_SELF | CK_MENTION_PART | CK_MENTION_ATTACH | CK_MENTION_ISSUE)))
        continue;
      mend_one (ctx, det, m, (m->flags & CK_MENTION_MAIN) != 0);
    }
}
