/* detect-note-entry.c — numbered notes that cite without parentheses, as
 * transcribed journals and older British books print them:
 *
 *   1. A. Name, The Title of the Book, Vol.1, New York 1945, p.12.
 *   3. B. Name, Title, London 1938.
 *   2. C. Name, The Article, The Periodical, November 1939.
 *   4. D. Name, A Reply to Somebody, February 1940 (mimeographed).
 *
 * and, as art historians' journals print them, the names in capitals
 * before a colon, the year the book does not print in brackets:
 *
 *   ¹ M. QUELL: Giotto and the Harbour, New York [1960].
 *   3 W. L. VELL and M. VAN DER ORR: The Salt Documents, New York 1979.
 *
 * The title runs from the name's comma (or colon) to the first comma that
 * opens the tail: a volume, "Place Year", "Month Year" or a bare year, or
 * a periodical's name followed by one of those.  A note mark must open the
 * line, so prose with commas ("Vell, a Leeds man, 1938") is left alone.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <stdlib.h>
#include <string.h>

#define NE_MAX_TITLE_TOKENS 40
#define NE_MAX_CONTAINER_TOKENS 8

static gboolean
year_at (const CkExtractCtx *ctx, guint k, guint e)
{
  return k < e && (ck_tok (ctx, k)->flags & CK_TOKF_YEAR);
}

/* "1960" or the bracketed "[1960]" of a date the book does not print:
 * the token after it, or @k. */
static guint
year_end (const CkExtractCtx *ctx, guint k, guint e)
{
  if (year_at (ctx, k, e))
    {
      /* "1718-21", "1718-1721": a work issued over some years */
      if (k + 2 < e && (ck_tok_is_punct (ctx, k + 1, '-') || ck_tok_is_punct (ctx, k + 1, 0x2013)) &&
          ck_tok (ctx, k + 2)->kind == CK_TOK_NUMBER && ck_tok (ctx, k + 2)->start == ck_tok (ctx, k + 1)->end &&
          (ck_tok (ctx, k + 2)->end - ck_tok (ctx, k + 2)->start <= 2 || year_at (ctx, k + 2, e)))
        return k + 3;
      return k + 1;
    }
  if (k + 2 < e && ck_tok_is_punct (ctx, k, '[') && year_at (ctx, k + 1, e) && ck_tok_is_punct (ctx, k + 2, ']'))
    return k + 3;
  return k;
}

/* Whether the tail element at @k ends at a comma, a stop, a parenthesis
 * or the entry's end @e. */
static gboolean
element_ends (const CkExtractCtx *ctx, guint k, guint e)
{
  return k >= e || ck_tok_is_punct (ctx, k, ',') || ck_tok_is_punct (ctx, k, '.') || ck_tok_is_punct (ctx, k, '(') ||
         ck_tok_is_punct (ctx, k, ';');
}

/* "Vol.3", "vol. III", "Volume 2": returns the token after it, or @k. */
static guint
volume_at (const CkExtractCtx *ctx, guint k, guint e)
{
  guint j = k + 1;
  if (!(ck_tok_is (ctx, k, "Vol") || ck_tok_is (ctx, k, "vol") || ck_tok_is (ctx, k, "Volume") ||
        ck_tok_is (ctx, k, "volume")))
    return k;
  if (j < e && ck_tok_is_punct (ctx, j, '.'))
    j++;
  if (j < e && (ck_tok (ctx, j)->kind == CK_TOK_NUMBER || ck_venue_roman (ctx, j)) && element_ends (ctx, j + 1, e))
    return j + 1;
  /* a bare roman volume in capitals between commas, before a place and
   * year or a year: "…, I, 1625-1631, The Hague 1982" */
  if (ck_venue_roman (ctx, k) && (ck_tok (ctx, k)->flags & CK_TOKF_UPPER) && k + 2 < e && ck_tok_is_punct (ctx, k + 1, ',') &&
      (year_at (ctx, k + 2, e) || ck_tok_cap_word (ctx, k + 2)))
    return k + 1;
  return k;
}

/* "2 vols.", "4 vol": the size of a set; returns the token after it, or @k. */
static guint
set_size_at (const CkExtractCtx *ctx, guint k, guint e)
{
  guint j = k + 2;
  if (k + 1 >= e || ck_tok (ctx, k)->kind != CK_TOK_NUMBER || ck_tok (ctx, k)->end - ck_tok (ctx, k)->start > 2 ||
      !ck_tok_lower_word (ctx, k + 1) || !(ck_tok_is (ctx, k + 1, "vols") || ck_tok_is (ctx, k + 1, "vol")))
    return k;
  if (j < e && ck_tok_is_punct (ctx, j, '.'))
    j++;
  return element_ends (ctx, j, e) ? j : k;
}

/* A known place of one to three words at @k: returns its end, or @k. */
static guint
known_place_at (const CkExtractCtx *ctx, guint k, guint e)
{
  for (guint pe = MIN (e, k + 3); pe > k; pe--)
    if (ck_span_in_lex (ctx, k, pe, CK_LEX_PLACES))
      return pe;
  return k;
}

/* "New York 1945", "London, 1938", "Paris 1939", "Leith, Hull, and York,
 * 1931-40": returns the token after the year, or @k; the places are known
 * ones, or (@any_place, after a set's size) one capitalised word of any
 * name: "2 vols., Saltsburg-Harz, 1931-39". */
static guint
place_year_at (const CkExtractCtx *ctx, guint k, guint e, guint *place_end, gboolean any_place)
{
  guint pe = known_place_at (ctx, k, e);
  if (pe == k && any_place && ck_tok_cap_word (ctx, k) && !(ck_tok (ctx, k)->flags & CK_TOKF_YEAR))
    pe = k + 1;
  if (pe == k)
    return k;
  for (guint n = 0; n < 4; n++)
    {
      guint y = ck_tok_is_punct (ctx, pe, ',') ? pe + 1 : pe, ye = year_end (ctx, y, e), q = y, more;
      if (ye > y && element_ends (ctx, ye, e))
        {
          *place_end = pe;
          return ye;
        }
      /* another place in the list: ", Hull", ", and York", " and York" */
      if (q < e && ck_tok_is (ctx, q, "and") && ck_tok_lower_word (ctx, q))
        q++;
      if (q == pe || (more = known_place_at (ctx, q, e)) == q)
        return k;
      pe = more;
    }
  return k;
}

/* "November 1939", "1939": returns the token after the year, or @k. */
static guint
date_at (const CkExtractCtx *ctx, guint k, guint e)
{
  if (ck_tok_in_lex (ctx, k, CK_LEX_MONTHS) && (ck_tok (ctx, k)->flags & CK_TOKF_CAP) && year_at (ctx, k + 1, e) &&
      element_ends (ctx, k + 2, e))
    return k + 2;
  if (year_at (ctx, k, e) && element_ends (ctx, k + 1, e))
    return k + 1;
  return k;
}

/* A periodical's name at @k followed by ", Month Year": returns the
 * comma before the date, or @k. */
static guint
container_at (const CkExtractCtx *ctx, guint k, guint e)
{
  guint c = k;
  if (!ck_tok_cap_word (ctx, k))
    return k;
  while (c < e && c < k + NE_MAX_CONTAINER_TOKENS && !ck_tok_is_punct (ctx, c, ','))
    {
      if (ck_tok (ctx, c)->kind != CK_TOK_WORD || ck_tok (ctx, c)->nl > 0)
        return k;
      c++;
    }
  if (c >= e || !ck_tok_is_punct (ctx, c, ',') || !ck_tok_in_lex (ctx, c + 1, CK_LEX_MONTHS) ||
      date_at (ctx, c + 1, e) == c + 1)
    return k;
  return c;
}

/* "(Autumn 1991)", "Autumn 1967", "(March 1958)": a season's or a
 * month's date at @k, in brackets or not; sets *@year and returns the
 * token after it, or @k. */
static guint
issue_date_at (const CkExtractCtx *ctx, guint k, guint e, guint *year)
{
  static const char * const seasons[] = { "spring", "summer", "autumn", "fall", "winter", NULL };
  guint j = k, open = ck_tok_is_punct (ctx, k, '(');
  if (open)
    j++;
  if (j < e && (ck_tok_in_words (ctx, j, seasons) || ck_tok_in_lex (ctx, j, CK_LEX_MONTHS)) && ck_tok_cap_word (ctx, j))
    j++;
  if (!year_at (ctx, j, e))
    return k;
  *year = j++;
  if (open)
    {
      if (!ck_tok_is_punct (ctx, j, ')'))
        return k;
      j++;
    }
  return element_ends (ctx, j, e) ? j : k;
}

/* A journal the periodicals lexicon knows, its number and date at @k:
 * "International Socialism 52 (Autumn 1991)", "Past and Present (first
 * series) 30, Autumn 1967".  Fills the container, volume and year of
 * @tail and returns the token after the date, or @k. */
static guint
journal_number_at (const CkExtractCtx *ctx, guint k, guint e, guint *cont_e, guint *vol, guint *year)
{
  guint j = 0, d;
  for (guint q = MIN (e, k + 6); q > k; q--)
    if (ck_span_in_lex (ctx, k, q, CK_LEX_PERIODICALS))
      {
        j = q;
        break;
      }
  if (!j || !ck_tok_cap_word (ctx, k))
    return k;
  *cont_e = j;
  /* "(first series)", "(n.s.)" */
  if (ck_tok_is_punct (ctx, j, '(') && !year_at (ctx, j + 1, e))
    {
      guint c = j + 1;
      while (c < e && c < j + 5 && !ck_tok_is_punct (ctx, c, ')') && !year_at (ctx, c, e))
        c++;
      if (!ck_tok_is_punct (ctx, c, ')'))
        return k;
      j = c + 1;
    }
  if (j >= e || ck_tok (ctx, j)->kind != CK_TOK_NUMBER || year_at (ctx, j, e))
    return k;
  *vol = j++;
  if ((d = issue_date_at (ctx, j, e, year)) > j)
    return d;
  if (ck_tok_is_punct (ctx, j, ',') && (d = issue_date_at (ctx, j + 1, e, year)) > j + 1)
    return d;
  return k;
}

/* "A. QUELL", "W. L. VELL and M. VAN DER ORR", "J. BRUYN, B. HAAK and
 * E. VAN DE WETERING" before a colon at @s: adds the authors to @names and
 * returns the token after the colon, or @s.  Initials, then a family name
 * in capitals (particles too), each name. */
static guint
caps_names_colon (const CkExtractCtx *ctx, guint s, guint e, GPtrArray *names)
{
  guint k = s;
  while (k < e)
    {
      guint gs = k, fs, fe;
      g_autofree char *given = NULL, *family = NULL;
      while (k + 1 < e && (ck_tok (ctx, k)->flags & CK_TOKF_INITIAL) && ck_tok_is_punct (ctx, k + 1, '.'))
        k += 2;
      if (k == gs)
        return s;
      fs = k;
      while (k < e && ck_tok (ctx, k)->kind == CK_TOK_WORD && (ck_tok (ctx, k)->flags & CK_TOKF_UPPER) &&
             ck_tok (ctx, k)->end - ck_tok (ctx, k)->start >= 2)
        k++;
      if (k == fs || k >= e)
        return s;
      fe = k;
      given = ck_span_dup (ctx, gs, fs);
      family = ck_span_dup (ctx, fs, fe);
      ck_upper_to_title (&family);
      g_ptr_array_add (names, ck_name_new_personal (CK_ROLE_AUTHOR, family, given));
      if (ck_tok_is_punct (ctx, k, ':'))
        return k + 1;
      if (ck_tok_is_punct (ctx, k, ','))
        k++;
      if (k < e && ck_tok_is (ctx, k, "and") && (ck_tok (ctx, k)->flags & CK_TOKF_LOWER))
        k++;
      if (k == fe || names->len >= 8)
        return s;
    }
  return s;
}

typedef struct {
  guint title_end;     /* the comma that ends the title */
  guint vol_s, vol_e;  /* the volume's number, or 0 */
  guint sets;          /* the number of "2 vols.", or 0 */
  guint place_s, place_e;
  guint year;          /* the year's token, or 0 */
  guint cont_s, cont_e;
  guint end;           /* the token after the last element read */
} NeTail;

/* Reads the tail from the comma at @c: TRUE when at least one element
 * there is a volume, a place and year, a date or a periodical and date. */
static gboolean
read_tail (const CkExtractCtx *ctx, guint c, guint e, NeTail *tail)
{
  guint k = c + 1, got = 0, last = c;
  memset (tail, 0, sizeof *tail);
  tail->title_end = c;
  while (k < e)
    {
      guint v = volume_at (ctx, k, e), pe = 0, p = place_year_at (ctx, k, e, &pe, tail->sets > 0), d = date_at (ctx, k, e), ce,
            jn, z = set_size_at (ctx, k, e);
      if (z > k)
        {
          tail->sets = k;
          k = z;
        }
      else if (v > k)
        {
          tail->vol_s = v - 1;
          tail->vol_e = v;
          k = v;
        }
      else if (p > k)
        {
          tail->place_s = k;
          tail->place_e = pe;
          tail->year = pe;
          while (tail->year < p && !year_at (ctx, tail->year, e))
            tail->year++;
          k = p;
        }
      else if (d > k)
        {
          tail->year = d - 1;
          k = d;
        }
      else if (got == 0 && (jn = journal_number_at (ctx, k, e, &tail->cont_e, &tail->vol_s, &tail->year)) > k)
        {
          /* "International Socialism 52 (Autumn 1991)" */
          tail->cont_s = k;
          tail->vol_e = tail->vol_s + 1;
          k = jn;
        }
      else if (got == 0 && (ce = container_at (ctx, k, e)) > k)
        {
          tail->cont_s = k;
          tail->cont_e = ce;
          k = ce + 1;
          got++;
          continue;
        }
      else
        break;
      got++;
      last = k;
      if (k < e && ck_tok_is_punct (ctx, k, ','))
        k++;
      else
        break;
    }
  tail->end = last;
  /* a periodical is read only with its date */
  if (tail->cont_s && !tail->year)
    return FALSE;
  return got > 0 && (tail->year || tail->vol_s);
}

/* The note opening at @s whose title is [ts,te), its names in @names and
 * its tail read into @tail: a record of @type, claimed to the tail's end;
 * FALSE when the title reads as none. */
static gboolean
note_record (CkExtractCtx *ctx, const CkDetector *det, CkType type, guint s, guint ts, guint te, GPtrArray *names,
             const NeTail *tail)
{
  g_autoptr(CkRecord) rec = ck_record_new (type);
  ck_assemble_title (rec, ck_span_dup (ctx, ts, te));
  if (!ck_record_has (rec, CK_FIELD_TITLE))
    return FALSE;
  for (guint a = 0; a < names->len; a++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, a)));
  if (tail->cont_s)
    ck_record_take (rec, CK_FIELD_CONTAINER_TITLE, ck_span_dup (ctx, tail->cont_s, tail->cont_e));
  if (tail->place_s)
    ck_record_take (rec, CK_FIELD_PUBLISHER_PLACE, ck_span_dup (ctx, tail->place_s, tail->place_e));
  if (tail->vol_s)
    ck_record_take (rec, CK_FIELD_VOLUME, ck_tok_dup (ctx, tail->vol_s));
  if (tail->sets)
    ck_record_take (rec, CK_FIELD_NUMBER_OF_VOLUMES, ck_tok_dup (ctx, tail->sets));
  if (tail->year)
    ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, tail->year)->start), 0, 0));
  ck_mention_add (ctx, det, g_steal_pointer (&rec), ck_tok (ctx, s)->start, ck_tok (ctx, tail->end - 1)->end, ts, 0);
  ck_claim (ctx, s, tail->end);
  return TRUE;
}

/* "THE ART BULLETIN, XLI [1959], pp.75-87": a journal in capitals, its
 * volume (roman or not) and its year in brackets, the art historians'
 * note; fills @tail and returns TRUE when [k,e) opens so. */
static gboolean
journal_volume_year (const CkExtractCtx *ctx, guint k, guint e, NeTail *tail)
{
  guint cs = k, v, y;
  memset (tail, 0, sizeof *tail);
  while (k < e && k < cs + NE_MAX_CONTAINER_TOKENS && ck_tok (ctx, k)->kind == CK_TOK_WORD &&
         (ck_tok (ctx, k)->flags & (CK_TOKF_UPPER | CK_TOKF_CAP)))
    k++;
  if (k == cs || k + 2 >= e || !ck_tok_is_punct (ctx, k, ',') || !ck_all_caps (ctx, cs, k))
    return FALSE;
  v = k + 1;
  if (!(ck_tok (ctx, v)->kind == CK_TOK_NUMBER || ck_venue_roman (ctx, v)) || year_at (ctx, v, e))
    return FALSE;
  y = ck_tok_is_punct (ctx, v + 1, ',') ? v + 2 : v + 1;
  if (ck_tok_is_punct (ctx, y, '(') && year_at (ctx, y + 1, e) && ck_tok_is_punct (ctx, y + 2, ')'))
    tail->end = y + 3;
  else if ((tail->end = year_end (ctx, y, e)) == y)
    return FALSE;
  tail->cont_s = cs;
  tail->cont_e = k;
  tail->vol_s = v;
  tail->vol_e = v + 1;
  tail->year = ck_tok_is_punct (ctx, y, '(') || ck_tok_is_punct (ctx, y, '[') ? y + 1 : y;
  return TRUE;
}

/* The quoted title at @open after the names (in @names) of a note opening
 * at @s, its periodical and date after it: the record, and *@next at the
 * note's last token; FALSE when the tail reads as no periodical's. */
static gboolean
quoted_article (CkExtractCtx *ctx, const CkDetector *det, guint s, guint open, guint e, GPtrArray *names, guint *next)
{
  guint close = open + 1, te, c;
  NeTail tail;
  while (close < e && ck_tok (ctx, close)->kind != CK_TOK_QUOTE_CLOSE)
    close++;
  te = close;
  while (te > open + 1 && ck_tok_is_punct (ctx, te - 1, ','))
    te--;
  c = te < close ? te : close + 1;
  if (close >= e || te <= open + 1 || !ck_tok_cap_word (ctx, open + 1) || !ck_tok_is_punct (ctx, c, ','))
    return FALSE;
  if (!(read_tail (ctx, c, e, &tail) && tail.cont_s) && !journal_volume_year (ctx, c + 1, e, &tail))
    return FALSE;
  if (ck_is_claimed (ctx, open, tail.end) || !note_record (ctx, det, CK_TYPE_ARTICLE_JOURNAL, s, open + 1, te, names, &tail))
    return FALSE;
  *next = tail.end - 1;
  return TRUE;
}

void
ck_detect_note_entry (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint i = 0; i + 6 < n; i++)
    {
      guint s, ne, q, e, c;
      const CkPara *pp;
      NeTail tail;
      g_autoptr(GPtrArray) names = NULL;
      if (ck_tok (ctx, i)->nl == 0 && i > 0)
        continue;
      s = ck_item_mark_end (ctx, i, n, TRUE);
      if (s == i)
        s = ck_note_mark_end (ctx, i, n);
      if (s == i || ck_tok (ctx, s)->nl > 0 || !(ck_tok (ctx, s)->flags & CK_TOKF_CAP))
        continue;
      pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, s));
      if (pp->flags & CK_PARA_HEADER)
        continue;
      e = s;
      while (e < n && e < pp->tok_end && (e == s || ck_tok (ctx, e)->nl == 0))
        e++;
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      if ((q = caps_names_colon (ctx, s, e, names)) > s)
        {
          /* the names in capitals and their colon: the title follows */
          if (q >= e || ck_is_claimed (ctx, s, q + 1))
            continue;
          /* "C. NAME: 'The article', THE JOURNAL, XLI [1959], pp.75-87." */
          if (ck_tok (ctx, q)->kind == CK_TOK_QUOTE_OPEN && quoted_article (ctx, det, s, q, e, names, &i))
            continue;
          if (!ck_tok_cap_word (ctx, q))
            continue;
          goto title;
        }
      g_ptr_array_set_size (names, 0);
      /* the plain form has its number with a stop ("12."); a bare one
       * ("12 A. Name,") is the style detector's */
      if (ck_item_mark_end (ctx, i, n, TRUE) == i)
        continue;
      /* "2. See J. Name, T, …" */
      if (s + 2 < e)
        s = ck_see_end (ctx, s);
      ne = ck_name_span_forward (ctx, s, e);
      if (ne <= s + 1)
        continue;
      q = ne;
      if (ck_tok_is_punct (ctx, q, '.') && (ck_tok (ctx, q - 1)->flags & CK_TOKF_INITIAL))
        q++;
      /* "Bruno R. [Rizzi]": the editor's completion of a name */
      if (ck_tok_is_punct (ctx, q, '[') && q + 2 < e && ck_tok_is_punct (ctx, q + 2, ']'))
        q += 3;
      if (!ck_tok_is_punct (ctx, q, ',') || !ck_tok_cap_word (ctx, q + 1) || ck_is_claimed (ctx, s, q + 2))
        continue;
      q++;
      if (ck_names_forward (ctx, s, ne, CK_ROLE_AUTHOR, names) != ne || names->len == 0)
        continue;
    title:
      for (c = q + 1; c < e && c < q + NE_MAX_TITLE_TOKENS; c++)
        if (ck_tok_is_punct (ctx, c, ',') && read_tail (ctx, c, e, &tail))
          break;
      /* an article's title may be in sentence case ("How the revolution
       * was lost") when a journal the lexicon knows, with its number,
       * follows */
      if (c >= e || c >= q + NE_MAX_TITLE_TOKENS || ck_is_claimed (ctx, q, tail.end) ||
          !(ck_ref_title_ok (ctx, q, c) || (tail.vol_s && tail.cont_s && ck_tok_cap_word (ctx, q) &&
                                            ck_title_plausible (ctx, q, c))))
        continue;
      if (note_record (ctx, det, tail.cont_s ? CK_TYPE_ARTICLE_MAGAZINE : CK_TYPE_BOOK, s, q, c, names, &tail))
        i = tail.end - 1;
    }
}
