/* detect-catalogue-notes.c — works named in the notes of a library
 * catalogue record:
 *
 *   Notes:   Sequel to: The salt road.
 *            Also by the author: Harbour lights ; The tide tables : a life.
 *            Written in answer to Ivo Orr's A harbour of glass.
 *            Translation of: Le long rivage.
 *            Originally published: Paris : Rameau, 1950.
 *
 * A lead phrase ending in ":" ("Also by the author:", "Sequel to:")
 * opens a list of titles by the record's own author, separated by " ; "
 * and closed by the note's stop; "Title : subtitle" splits as in the title
 * field.  A person's possessive ("Ivo Orr's") opens a title by that person
 * running to the note's stop.  "Translation of: T" gives the record's
 * original title; "Originally published: Place : Publisher, 1950." its
 * original publisher, place and date (the record's own imprint is this
 * edition's).  Notes are in catalogue sentence case
 * ("A harbour of glass"), so the title is the whole run, not a title-case
 * span.  Other notes ("Includes index.", "Translation of: …", prizes) name
 * no work of their own.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <string.h>

#define NOTE_MAX_TITLE_WORDS 20
#define NOTE_MAX_ITEMS       12
#define NOTE_MAX_EDITION_SCAN 64  /* mentions looked back at for an earlier edition */

/* Lead phrases (lower case, the words before the colon) of a list of
 * works by the record's author.  One row per phrase. */
static const char * const by_author_leads[] = {
  "also by the author",        /* publisher's and library notes */
  "also by this author",
  "by the same author",
  "other works by the author",
  "other books by the author",
  "other titles by the author",
  "sequel to",                 /* MARC 580 linking notes */
  "sequel",
  "prequel to",
  "continued by",
  "continues",
  "companion to",
  NULL,
};

/* Whether the stop at @k ends a note: not the stop of an initial
 * ("E. M.") and followed by the end, a new line or a capital. */
static gboolean
note_stop (const CkExtractCtx *ctx, guint k, guint e)
{
  if (!ck_tok_is_punct (ctx, k, '.'))
    return FALSE;
  if (k > 0 && (ck_tok (ctx, k - 1)->flags & CK_TOKF_INITIAL))
    return FALSE;
  return k + 1 >= e || ck_tok (ctx, k + 1)->nl > 0 || ck_tok_cap_word (ctx, k + 1) ||
         ck_tok (ctx, k + 1)->kind == CK_TOK_NUMBER;
}

/* Whether the lower-cased words of [s,e) end with one of @leads. */
static gboolean
ends_with_lead (const CkExtractCtx *ctx, guint s, guint e)
{
  g_autofree char *span = ck_span_dup (ctx, s, e);
  g_autofree char *low = NULL;
  gsize n;
  if (!span)
    return FALSE;
  low = g_utf8_strdown (span, -1);
  n = strlen (low);
  for (guint k = 0; by_author_leads[k]; k++)
    {
      gsize m = strlen (by_author_leads[k]);
      if (n >= m && strcmp (low + n - m, by_author_leads[k]) == 0 && (n == m || low[n - m - 1] == ' '))
        return TRUE;
    }
  return FALSE;
}

/* A title from tokens [s,e) (a " / statement" cut off), added as a work
 * with the authors of @owner (or @name when given). */
static void
add_title (CkExtractCtx *ctx, const CkDetector *det, guint s, guint e, const CkRecord *owner, CkName *name)
{
  g_autoptr(CkRecord) rec = NULL;
  for (guint k = s; k < e; k++)
    if (ck_tok_is_punct (ctx, k, '/'))
      e = k;
  while (e > s && (ck_tok_is_punct (ctx, e - 1, ':') || ck_tok_is_punct (ctx, e - 1, ',')))
    e--;
  if (e <= s || !ck_tok_cap_word (ctx, s) || ck_count_words (ctx, s, e) > NOTE_MAX_TITLE_WORDS ||
      !ck_title_plausible (ctx, s, e))
    {
      if (name)
        ck_name_free (name);
      return;
    }
  rec = ck_record_new (CK_TYPE_BOOK);
  ck_assemble_title (rec, ck_catalogue_value_copy (ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end));
  if (name)
    ck_record_take_name (rec, name);
  else
    for (guint k = 0; owner && k < ck_record_get_n_names (owner); k++)
      {
        const CkName *nm = ck_record_get_name (owner, k);
        if (nm->role == CK_ROLE_AUTHOR)
          ck_record_take_name (rec, ck_name_copy (nm));
      }
  ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end, s, 0);
}

/* What one record's notes say across notes: the title of the original
 * a note named in its language ("Originally published in French as T"),
 * for the imprint note after it. */
typedef struct {
  char *orig_title;
} NoteState;

/* Words of a periodical's name: a series in an imprint note that is
 * one of these is a journal's volume, a record of its own ("(Jahrbuch
 * für Forschung ; Bd. 8)"), not a publisher's series ("(Harwell
 * library ; 12)").  One word a row, in the languages of scholarship. */
static const char * const series_periodical_words[] = {
  "Journal", "Review", "Revue", "Quarterly", "Magazine", "Bulletin", "Annals", "Annales", "Proceedings",
  "Transactions", "Yearbook", "Jahrbuch", "Zeitschrift", "Archiv", "Zeitung", "Rivista", "Tijdschrift",
  "Anuario", "Revista", NULL,
};

/* "(Series ; Bd. 8)" closing [s,e): its "(", or @e. */
static guint
series_paren (const CkExtractCtx *ctx, guint s, guint e)
{
  guint depth = 0;
  while (e > s && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  if (e <= s + 2 || !ck_tok_is_punct (ctx, e - 1, ')'))
    return e;
  for (guint k = e - 1; k > s; k--)
    {
      if (ck_tok_is_punct (ctx, k, ')'))
        depth++;
      else if (ck_tok_is_punct (ctx, k, '(') && --depth == 0)
        return k;
    }
  return e;
}

/* The series [s,e) (inside its parentheses, " ; 8" left on) as a
 * periodical record when its name reads as a journal's. */
static void
series_periodical (CkExtractCtx *ctx, const CkDetector *det, guint s, guint e)
{
  guint ne = s, hit = 0;
  g_autoptr(CkRecord) rec = NULL;
  while (ne < e && !ck_tok_is_punct (ctx, ne, ';') && !ck_tok_is_punct (ctx, ne, ','))
    ne++;
  if (ne <= s || !ck_tok_cap_word (ctx, s) || ck_count_words (ctx, s, ne) > NOTE_MAX_TITLE_WORDS)
    return;
  for (guint k = s; k < ne; k++)
    if (ck_tok_cap_word (ctx, k) && ck_tok_in_words (ctx, k, series_periodical_words))
      hit++;
  if (!hit)
    return;
  rec = ck_record_new (CK_TYPE_PERIODICAL);
  ck_record_take (rec, CK_FIELD_TITLE, ck_catalogue_value_copy (ctx->text, ck_tok (ctx, s)->start, ck_tok (ctx, ne - 1)->end));
  ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, s)->start, ck_tok (ctx, ne - 1)->end, s, 0);
}

/* The earlier edition an imprint note names, as a work of its own:
 * @probe holds the imprint.  Its title is the original's when the note
 * is about the original language ("in French", or after a note that
 * named the original "in French as T"), with the author alone; else it
 * is the record's own title, with the author and translator (an
 * earlier edition of the same translation, "Originally published in
 * English: …"). */
static void
edition_record (CkExtractCtx *ctx, const CkDetector *det, guint s, guint e, const CkRecord *owner,
                const CkRecord *probe, gboolean original_language, const NoteState *st)
{
  g_autoptr(CkRecord) rec = NULL;
  const char *title = NULL;
  if (!owner || !ck_record_has (probe, CK_FIELD_PUBLISHER) || !ck_record_get_date (probe, CK_DATE_ISSUED))
    return;
  if (original_language)
    title = st->orig_title ? st->orig_title : ck_record_get (owner, CK_FIELD_ORIGINAL_TITLE);
  else
    title = ck_record_get (owner, CK_FIELD_TITLE);
  if (!title || !*title)
    return;
  rec = ck_record_new (CK_TYPE_BOOK);
  ck_record_set (rec, CK_FIELD_TITLE, title);
  for (guint k = 0; k < ck_record_get_n_names (owner); k++)
    {
      const CkName *nm = ck_record_get_name (owner, k);
      if (nm->role == CK_ROLE_AUTHOR || (!original_language && nm->role == CK_ROLE_TRANSLATOR))
        ck_record_take_name (rec, ck_name_copy (nm));
    }
  ck_record_set (rec, CK_FIELD_PUBLISHER, ck_record_get (probe, CK_FIELD_PUBLISHER));
  if (ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE))
    ck_record_set (rec, CK_FIELD_PUBLISHER_PLACE, ck_record_get (probe, CK_FIELD_PUBLISHER_PLACE));
  ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_copy (ck_record_get_date (probe, CK_DATE_ISSUED)));
  ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, s)->start, ck_tok (ctx, e - 1)->end, s,
                  CK_MENTION_EDITION);
}

/* "Originally published: Paris : Rameau, 1950." (MARC 500/534): the
 * imprint of the first edition goes on the record as its original
 * publisher, place and date; this edition's imprint is left alone, and
 * the first edition is a work of its own (edition_record()).  "First
 * published:" and "Originally published in English:" are the same note;
 * "Originally published as: T" and "Originally published in French as
 * T" name the earlier title.  A journal's volume after the imprint,
 * "(Jahrbuch für X ; Bd. 8)", is a periodical. */
static gboolean
originally_published (CkExtractCtx *ctx, const CkDetector *det, guint s, guint e, CkRecord *owner, NoteState *st)
{
  guint k, ns = s;
  gboolean language = FALSE, english = FALSE;
  /* a quoted note: ‘"Originally published in German as T"--T.p. verso’ */
  if (s < e && ck_tok (ctx, s)->kind == CK_TOK_QUOTE_OPEN)
    s++;
  k = s + 2;
  if (!(s + 2 < e && (ck_tok_is (ctx, s, "Originally") || ck_tok_is (ctx, s, "First")) && ck_tok_is (ctx, s + 1, "published")))
    return FALSE;
  if (!owner)
    return TRUE;
  /* "in English:", "in French as" */
  if (k + 2 < e && ck_tok_is (ctx, k, "in") && ck_tok_cap_word (ctx, k + 1) &&
      (ck_tok_is_punct (ctx, k + 2, ':') || ck_tok_is (ctx, k + 2, "as")))
    {
      language = TRUE;
      english = ck_tok_is (ctx, k + 1, "English");
      k += 2;
    }
  if (ck_tok_is (ctx, k, "as") || ck_tok_is (ctx, k, "under"))
    {
      /* "as: T", "as T", "under title: T", "under the title: T" */
      guint ts = k + 1, te;
      for (guint j = k; j < e && j < k + 5; j++)
        if (ck_tok_is_punct (ctx, j, ':'))
          ts = j + 1;
      te = ts;
      while (te < e && ck_tok (ctx, te)->kind != CK_TOK_QUOTE_CLOSE && !ck_tok_is_punct (ctx, te, '-'))
        te++;
      while (te > ts && (ck_tok_is_punct (ctx, te - 1, '.') || ck_tok_is_punct (ctx, te - 1, ',')))
        te--;
      if (te > ts && ck_tok_cap_word (ctx, ts) && ck_count_words (ctx, ts, te) <= NOTE_MAX_TITLE_WORDS)
        {
          char *t = ck_catalogue_value_copy (ctx->text, ck_tok (ctx, ts)->start, ck_tok (ctx, te - 1)->end);
          if (language && !english)
            {
              g_free (st->orig_title);
              st->orig_title = g_strdup (t);
            }
          if (!ck_record_has (owner, CK_FIELD_ORIGINAL_TITLE))
            ck_record_take (owner, CK_FIELD_ORIGINAL_TITLE, t);
          else
            g_free (t);
        }
      return TRUE;
    }
  /* ": Place : Publisher, 1950", " in 1950", ": 1950" */
  if (k < e && (ck_tok_is_punct (ctx, k, ':') || ck_tok_is (ctx, k, "in") || ck_tok_is (ctx, k, "by")))
    k++;
  if (k < e)
    {
      guint ie = series_paren (ctx, k, e);
      g_autofree char *val = ie > k ? ck_catalogue_value_copy (ctx->text, ck_tok (ctx, k)->start, ck_tok (ctx, ie - 1)->end)
                                    : g_strdup ("");
      g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
      guint unknown = 0;
      gsize n = strlen (val);
      while (n > 0 && (val[n - 1] == '.' || val[n - 1] == ' '))
        val[--n] = '\0';
      if (n > 0 && ck_assemble_elements (probe, val, 0, n, CK_ELEM_BLOCK, &unknown) > 0 && unknown == 0)
        {
          const CkDate *d = ck_record_get_date (probe, CK_DATE_ISSUED);
          if (ck_record_has (probe, CK_FIELD_PUBLISHER) && !ck_record_has (owner, CK_FIELD_ORIGINAL_PUBLISHER))
            ck_record_set (owner, CK_FIELD_ORIGINAL_PUBLISHER, ck_record_get (probe, CK_FIELD_PUBLISHER));
          if (ck_record_has (probe, CK_FIELD_PUBLISHER_PLACE) && !ck_record_has (owner, CK_FIELD_ORIGINAL_PUBLISHER_PLACE))
            ck_record_set (owner, CK_FIELD_ORIGINAL_PUBLISHER_PLACE, ck_record_get (probe, CK_FIELD_PUBLISHER_PLACE));
          if (d && !ck_record_get_date (owner, CK_DATE_ORIGINAL))
            ck_record_take_date (owner, CK_DATE_ORIGINAL, ck_date_copy (d));
          edition_record (ctx, det, ns, e, owner, probe, (language && !english) || (!language && st->orig_title), st);
          if (ie < e)
            series_periodical (ctx, det, ie + 1, e);
        }
    }
  return TRUE;
}

/* One note [s,e): a lead phrase with its list, or possessives. */
static void
one_note (CkExtractCtx *ctx, const CkDetector *det, guint s, guint e, CkRecord *owner, NoteState *st)
{
  if (originally_published (ctx, det, s, e, owner, st))
    return;
  /* "Translation of: Le long rivage." names the record's original */
  if (s + 3 < e && ck_tok_is (ctx, s, "Translation") && ck_tok_is (ctx, s + 1, "of") && ck_tok_is_punct (ctx, s + 2, ':'))
    {
      guint te = e;
      for (guint k = s + 3; k < e; k++)
        if (ck_tok_is_punct (ctx, k, '/'))
          te = MIN (te, k);
      while (te > s + 3 && (ck_tok_is_punct (ctx, te - 1, '.') || ck_tok_is_punct (ctx, te - 1, ',')))
        te--;
      if (owner && te > s + 3 && ck_tok_cap_word (ctx, s + 3) && !ck_record_has (owner, CK_FIELD_ORIGINAL_TITLE))
        ck_record_take (owner, CK_FIELD_ORIGINAL_TITLE,
                        ck_catalogue_value_copy (ctx->text, ck_tok (ctx, s + 3)->start, ck_tok (ctx, te - 1)->end));
      return;
    }
  for (guint k = s; k < e; k++)
    if (ck_tok_is_punct (ctx, k, ':') && k > s && ends_with_lead (ctx, s, k))
      {
        guint a = k + 1, n = 0;
        for (guint j = a; j <= e && n < NOTE_MAX_ITEMS; j++)
          if (j == e || ck_tok_is_punct (ctx, j, ';'))
            {
              add_title (ctx, det, a, j, owner, NULL);
              a = j + 1;
              n++;
            }
        return;
      }
  for (guint k = s + 1; k < e; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_POSS && k + 1 < e)
      {
        guint ns = ck_name_span_backward (ctx, k, s);
        g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
        /* a person, given name or initials and family: "E. M. Vane's" */
        if (ns + 2 > k || ck_names_forward (ctx, ns, k, CK_ROLE_AUTHOR, names) != k || names->len != 1)
          continue;
        add_title (ctx, det, k + 1, e, owner, g_ptr_array_steal_index (names, 0));
        return;
      }
}

void
ck_catalogue_notes (CkExtractCtx *ctx, const CkDetector *det, guint vs, guint ve, CkRecord *owner)
{
  guint s = vs;
  NoteState st = { NULL };
  guint depth = 0;
  for (guint k = vs; k <= ve; k++)
    {
      /* "Halle a.d.S." and "(Series ; Bd. 8)" hold stops inside a note:
       * a note's stop has space after it, outside parentheses */
      if (k < ve && ck_tok_is_punct (ctx, k, '('))
        depth++;
      else if (k < ve && ck_tok_is_punct (ctx, k, ')') && depth > 0)
        depth--;
      if (k < ve && (depth > 0 || (ck_tok_is_punct (ctx, k, '.') && k + 1 < ve &&
                                   !(ck_tok (ctx, k)->flags & CK_TOKF_SPACE) && ck_tok (ctx, k + 1)->nl == 0)))
        continue;
    if (k == ve || note_stop (ctx, k, ve))
      {
        if (k > s)
          one_note (ctx, det, s, k, owner, &st);
        s = k + 1;
      }
    }
  g_free (st.orig_title);
}

guint
ck_catalogue_edition_flag (const CkExtractCtx *ctx, const CkRecord *rec)
{
  const char *title = ck_record_get (rec, CK_FIELD_TITLE);
  const CkDate *d = ck_record_get_date (rec, CK_DATE_ISSUED);
  /* the index answers at once for a title met before; the scan back is
   * bounded, so a hostile list of one title stays linear */
  if (!title || !d || !ck_title_seen (ctx, title))
    return 0;
  for (guint i = ctx->mentions->len, n = 0; i > 0 && n < NOTE_MAX_EDITION_SCAN; i--, n++)
    {
      const CkMention *m = g_ptr_array_index (ctx->mentions, i - 1);
      const CkDate *md = ck_record_get_date (m->rec, CK_DATE_ISSUED);
      const char *mt = ck_record_get (m->rec, CK_FIELD_TITLE);
      if ((m->flags & CK_MENTION_MAIN) && md && md->year != d->year && mt && g_ascii_strcasecmp (mt, title) == 0)
        return CK_MENTION_EDITION;
    }
  return 0;
}
