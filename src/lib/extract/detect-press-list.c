/* detect-press-list.c — a publisher's seasonal list: the press's name
 * over the season, then one entry a paragraph, the title in capitals on
 * its first line, perhaps a subtitle, the author's name, a blurb, and the
 * extent and price:
 *
 *   GANNET UNIVERSITY PRESS                         FALL 1962
 *
 *   THE SALT ROAD                      THE SALT ROAD
 *   A History of the Northern Ports    By ADA QUELL
 *   ADA QUELL                          (blank line)
 *   In these essays …                  The author of … examines …
 *   456 pages. $7.50                       352 pages.  $4.75
 *
 * or, as British lists set it, the author over the title (in capitals or
 * not), a subtitle or role lines under it:
 *
 *   Ada Quell
 *   THE SALT ROAD
 *   A History of the Northern Ports
 *   …
 *   320 pages · March 1991
 *
 * Every entry is a book the press publishes that season: the masthead
 * gives its publisher and year.  The list is read only under a press's
 * name, and an entry only when its block names an extent or a price.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <stdlib.h>
#include <string.h>

#define PL_MAX_TITLE_WORDS 16
#define PL_MAX_ENTRY_LINES 14


/* "New Haven and London · 23 Pond Street": the press's places on the line
 * under its name, before an address; NULL when that line names none. */
static char *
masthead_place (const CkExtractCtx *ctx, guint l0)
{
  guint nl = ctx->t->lines->len;
  if (l0 + 1 >= nl)
    return NULL;
  {
    const CkLine *ln = ck_line (ctx, l0 + 1);
    guint f = ln->tok_first, e = f, and = 0;
    while (e < ln->tok_end && (ck_tok (ctx, e)->kind == CK_TOK_WORD))
      {
        if (ck_tok_is (ctx, e, "and") && !and)
          and = e;
        e++;
      }
    if (e == f || (e < ln->tok_end && !(ck_tok (ctx, e)->kind == CK_TOK_PUNCT && ck_tok (ctx, e)->ch != '.')))
      return NULL;
    if (ck_span_in_lex (ctx, f, e, CK_LEX_PLACES) ||
        (and > f && and + 1 < e && ck_span_in_lex (ctx, f, and, CK_LEX_PLACES) &&
         ck_span_in_lex (ctx, and + 1, e, CK_LEX_PLACES)))
      return ck_span_dup (ctx, f, e);
  }
  return NULL;
}

/* Whether line @l opens its paragraph. */
static gboolean
para_first (const CkExtractCtx *ctx, guint l)
{
  const CkLine *ln = ck_line (ctx, l);
  if (ln->tok_end <= ln->tok_first)
    return TRUE;
  return g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, ln->tok_first)).line_first == l;
}

/* "McNEILL", "MacDONALD": a name in capitals with its prefix's small
 * letters */
static gboolean
mc_caps (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  const char *w = ctx->text + t->start;
  gsize n = t->end - t->start, p = ck_mc_prefix_len (w, n);
  if (p == 0 || n < p + 3)
    return FALSE;
  for (gsize i = p; i < n; i++)
    if (!g_ascii_isupper (w[i]) && w[i] != '\'')
      return FALSE;
  return TRUE;
}

/* Every word of [f,e) is in capitals (initials and function words too). */
static gboolean
caps_run (const CkExtractCtx *ctx, guint f, guint e)
{
  guint words = 0;
  for (guint k = f; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_WORD)
        {
          /* "A" in "DEATH OF A SALTER" is one capital letter; "McNEILL"
           * keeps its small c in capitals */
          if (!(t->flags & CK_TOKF_UPPER) && !(t->flags & CK_TOKF_INITIAL) &&
              !(t->end - t->start == 1 && g_ascii_isupper (ctx->text[t->start])) && !mc_caps (ctx, k))
            return FALSE;
          words++;
        }
    }
  return words > 0;
}

/* Names in capitals, joined by a lower-case "and" ("ADA QUELL and TOM
 * VELL"). */
static gboolean
caps_names (const CkExtractCtx *ctx, guint f, guint e)
{
  for (guint k = f; k < e; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_WORD && !ck_tok_is (ctx, k, "and") && !caps_run (ctx, k, k + 1))
      return FALSE;
  return e > f;
}

/* "1962", or "l962" as the OCR reads it: the year of token @k, or 0. */
static int
year_of (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  const char *s = ctx->text + t->start;
  if (t->end - t->start != 4)
    return 0;
  if ((s[0] == '1' || s[0] == 'l') && g_ascii_isdigit (s[1]) && g_ascii_isdigit (s[2]) && g_ascii_isdigit (s[3]))
    {
      int y = 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
      return y >= 1500 ? y : 0;
    }
  if (s[0] == '2' && s[1] == '0' && g_ascii_isdigit (s[2]) && g_ascii_isdigit (s[3]))
    return 2000 + (s[2] - '0') * 10 + (s[3] - '0');
  return 0;
}

/* The press's name on line @l ("GANNET UNIVERSITY PRESS", "THE UNIVERSITY
 * OF GANNET PRESS"): capitals closing with a firm's word, or a firm the
 * lexicon knows.  Returns the name's end, or the line's first token. */
static guint
press_name (const CkExtractCtx *ctx, const CkLine *ln)
{
  guint f = ln->tok_first, e = f;
  while (e < ln->tok_end && ck_tok (ctx, e)->kind == CK_TOK_WORD && (ck_tok (ctx, e)->flags & CK_TOKF_UPPER) &&
         !(e > f && ck_tok (ctx, e)->col > ck_tok (ctx, e - 1)->col + (ck_tok (ctx, e - 1)->end - ck_tok (ctx, e - 1)->start) + 2))
    e++;
  if (e < f + 2 || !(ck_tok_in_lex (ctx, e - 1, CK_LEX_PUBLISHER_WORDS) || ck_span_in_lex (ctx, f, e, CK_LEX_PUBLISHERS)))
    return f;
  return e;
}

/* Whether line @l holds the entry's extent or price ("456 pages.
 * $7.50", "xiv + 428 pages", "S6.00"): the mark that it is a book. */
static gboolean
trade_line (const CkExtractCtx *ctx, const CkLine *ln)
{
  return ck_has_imprint_signal (ctx->text, ln->start, ln->end) ||
         g_strstr_len (ctx->text + ln->start, ln->end - ln->start, " pages") != NULL;
}

/* The number of pages on line @l ("456 pages", "xiv + 428 pages"), or NULL. */
static char *
pages_on (const CkExtractCtx *ctx, const CkLine *ln)
{
  for (guint k = ln->tok_first; k + 1 < ln->tok_end; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_NUMBER && ck_tok_is (ctx, k + 1, "pages"))
      {
        guint s = k;
        if (k >= ln->tok_first + 2 && ck_tok_is_punct (ctx, k - 1, '+'))
          s = k - 2;
        return ck_span_dup (ctx, s, k + 1);
      }
  return NULL;
}

/* The author's line @ln: "By ADA QUELL", "ADA QUELL and TOM VELL" (with
 * @any_case also "Ada Quell").  Adds the names to @rec and returns TRUE. */
static gboolean
author_line (const CkExtractCtx *ctx, const CkLine *ln, CkRecord *rec, gboolean any_case)
{
  guint f = ln->tok_first, e = ln->tok_end;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  if (ck_tok_is (ctx, f, "By"))
    f++;
  while (e > f && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  if (f >= e || !(any_case || caps_names (ctx, f, e)) || ck_names_cover (ctx, f, e) < e ||
      ck_names_forward (ctx, f, e, CK_ROLE_AUTHOR, names) != e || names->len == 0)
    return FALSE;
  for (guint q = 0; q < names->len; q++)
    {
      CkName *nm = g_ptr_array_index (names, q);
      ck_upper_to_title (&nm->family);
      ck_upper_to_title (&nm->given);
      ck_record_add_name_unique (rec, ck_name_copy (nm));
    }
  return TRUE;
}

/* Line @l names a person in mixed case ("Pierre Vell", "John B. Quell")
 * and the line under it is in capitals: an author over a title. */
static gboolean
mixed_author_over_caps (const CkExtractCtx *ctx, guint l)
{
  const CkLine *ln = ck_line (ctx, l), *nx;
  guint f = ln->tok_first, e = ln->tok_end, words;
  if (l + 1 >= ctx->t->lines->len || e <= f)
    return FALSE;
  nx = ck_line (ctx, l + 1);
  words = ck_count_words (ctx, f, e);
  if (words < 2 || words > 4 || caps_run (ctx, f, e) || ck_names_cover (ctx, f, e) < e)
    return FALSE;
  for (guint k = f; k < e; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_WORD && !ck_tok_cap_word (ctx, k) && !(ck_tok (ctx, k)->flags & CK_TOKF_INITIAL))
      return FALSE;
  return nx->tok_end > nx->tok_first && caps_run (ctx, nx->tok_first, nx->tok_end) &&
         ck_count_words (ctx, nx->tok_first, nx->tok_end) >= 2;
}

/* A line under the subtitle: the edition ("Second edition, with a new
 * afterword by the author") or a role with its names ("Translated from
 * the Polish by Ann Reed", "Edited by ANN REED and TOM VELL"), read into
 * @rec.  With @names only a role line that names people will do (it
 * stands for the author line). */
static gboolean
side_line (const CkExtractCtx *ctx, const CkLine *ln, CkRecord *rec, gboolean names)
{
  guint f = ln->tok_first, e = ln->tok_end;
  CkRole role;
  if (e <= f)
    return FALSE;
  while (e > f && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  if (ck_role_phrase_at (ctx, f, e, &role) > f)
    {
      guint before = ck_record_get_n_names (rec);
      ck_catalogue_resp_into (ctx, rec, f, e);
      /* ("Edited by ANN REED": the capitals go) */
      ck_tidy_names (rec);
      return !names || ck_record_get_n_names (rec) > before;
    }
  if (names)
    return FALSE;
  {
    g_autofree char *txt = ck_span_dup (ctx, f, e);
    const char *ed = txt ? strstr (txt, "edition") : NULL;
    if (!ed || ed - txt > 24 || !ck_tok_cap_word (ctx, f))
      return FALSE;
    if (!ck_record_has (rec, CK_FIELD_EDITION))
      ck_record_take (rec, CK_FIELD_EDITION, g_strndup (txt, ed - txt + strlen ("edition")));
    return TRUE;
  }
}

/* The entry's block from line @from: to the next title in capitals after
 * a blank line, or a few lines; it must show the extent or the price.
 * Takes the number of pages into @rec; *@last is the block's last line.
 * Returns whether the block is a book's. */
static gboolean
trade_block (const CkExtractCtx *ctx, guint from, guint nl, CkRecord *rec, guint *last)
{
  for (guint m = from; m < nl && m < from + PL_MAX_ENTRY_LINES; m++)
    {
      const CkLine *x = ck_line (ctx, m);
      if (x->tok_end <= x->tok_first)
        continue;
      /* the next entry, or a heading of the list */
      if (para_first (ctx, m) && caps_run (ctx, x->tok_first, x->tok_end))
        break;
      *last = m;
      if (trade_line (ctx, x))
        {
          g_autofree char *pages = pages_on (ctx, x);
          if (pages)
            ck_record_take (rec, CK_FIELD_NUMBER_OF_PAGES, g_steal_pointer (&pages));
          return TRUE;
        }
    }
  return FALSE;
}

void
ck_detect_press_list (CkExtractCtx *ctx, const CkDetector *det)
{
  const CkLine *top;
  g_autofree char *press = NULL, *place = NULL;
  int year = 0;
  guint l0 = 0, nl = ctx->t->lines->len, entries = 0;
  while (l0 < nl && ck_line (ctx, l0)->tok_end <= ck_line (ctx, l0)->tok_first)
    l0++;
  if (l0 >= nl)
    return;
  top = ck_line (ctx, l0);
  {
    guint pe = press_name (ctx, top);
    if (pe == top->tok_first)
      return;
    press = ck_span_dup (ctx, top->tok_first, pe);
    ck_upper_to_title (&press);
  }
  /* the season's year, on the masthead or in the lines just under it */
  for (guint l = l0; l < nl && l < l0 + 5 && !year; l++)
    for (guint k = ck_line (ctx, l)->tok_first; k < ck_line (ctx, l)->tok_end && !year; k++)
      year = year_of (ctx, k);
  place = masthead_place (ctx, l0);

  for (guint l = l0 + 1; l < nl; l++)
    {
      const CkLine *ln = ck_line (ctx, l);
      guint f = ln->tok_first, e = ln->tok_end, last, q, sub_l = 0;
      gboolean authors;
      g_autoptr(CkRecord) rec = NULL;
      /* a title in capitals opening its paragraph, a line under it; or
       * an author in mixed case over a title in capitals */
      if (e <= f || !para_first (ctx, l) || l + 1 >= nl || para_first (ctx, l + 1) ||
          !(caps_run (ctx, f, e) || mixed_author_over_caps (ctx, l)) ||
          ck_count_words (ctx, f, e) < 1 || ck_count_words (ctx, f, e) > PL_MAX_TITLE_WORDS || ck_is_claimed (ctx, f, e))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      /* "SEAMUS VELL / DEATH OF A SALTER / Edited by A. B. Name", "Seamus
       * Vell / DEATH OF A SALTER / A Subtitle": the author over the title,
       * as British lists set it */
      if (caps_run (ctx, ck_line (ctx, l + 1)->tok_first, ck_line (ctx, l + 1)->tok_end) &&
          !ck_tok_is (ctx, ck_line (ctx, l + 1)->tok_first, "By") &&
          ck_count_words (ctx, ck_line (ctx, l + 1)->tok_first, ck_line (ctx, l + 1)->tok_end) <= PL_MAX_TITLE_WORDS &&
          !ck_is_claimed (ctx, ck_line (ctx, l + 1)->tok_first, ck_line (ctx, l + 1)->tok_end) &&
          author_line (ctx, ln, rec, mixed_author_over_caps (ctx, l)))
        {
          const CkLine *tl = ck_line (ctx, l + 1);
          guint r = l + 2, sub_r = 0;
          CkRole role;
          /* a subtitle in mixed case under the title */
          if (r < nl && !para_first (ctx, r) && ck_line (ctx, r)->tok_end > ck_line (ctx, r)->tok_first &&
              ck_role_phrase_at (ctx, ck_line (ctx, r)->tok_first, ck_line (ctx, r)->tok_end, &role) ==
                ck_line (ctx, r)->tok_first &&
              ck_tok_cap_word (ctx, ck_line (ctx, r)->tok_first) && !trade_line (ctx, ck_line (ctx, r)) &&
              !ck_tok_is_punct (ctx, ck_line (ctx, r)->tok_end - 1, '.') &&
              ck_count_words (ctx, ck_line (ctx, r)->tok_first, ck_line (ctx, r)->tok_end) <= PL_MAX_TITLE_WORDS)
            sub_r = r++;
          /* role lines under the title */
          while (r < nl && !para_first (ctx, r) && ck_line (ctx, r)->tok_end > ck_line (ctx, r)->tok_first &&
                 ck_role_phrase_at (ctx, ck_line (ctx, r)->tok_first, ck_line (ctx, r)->tok_end, &role) > ck_line (ctx, r)->tok_first)
            {
              guint be = ck_line (ctx, r)->tok_end;
              while (be > ck_line (ctx, r)->tok_first && ck_tok_is_punct (ctx, be - 1, '.'))
                be--;
              ck_catalogue_resp_into (ctx, rec, ck_line (ctx, r)->tok_first, be);
              r++;
            }
          last = r - 1;
          if (!trade_block (ctx, r, nl, rec, &last))
            continue;
          /* "Ola Vell / DE ZEE / 254pp. Amsterdam: Firm." names its own
           * publisher: a review's header under a column's name, no list */
          if (!caps_run (ctx, f, e) &&
              g_strstr_len (ctx->text + ck_line (ctx, last)->start, ck_line (ctx, last)->end - ck_line (ctx, last)->start, ": "))
            continue;
          if (sub_r)
            {
              g_autofree char *t0 = ck_span_dup (ctx, tl->tok_first, tl->tok_end);
              g_autofree char *s0 = ck_span_dup (ctx, ck_line (ctx, sub_r)->tok_first, ck_line (ctx, sub_r)->tok_end);
              ck_assemble_title (rec, g_strdup_printf ("%s: %s", t0, s0));
            }
          else
            ck_assemble_title (rec, ck_span_dup (ctx, tl->tok_first, tl->tok_end));
          if (!ck_record_has (rec, CK_FIELD_TITLE))
            continue;
          ck_record_set (rec, CK_FIELD_PUBLISHER, press);
          ck_record_set (rec, CK_FIELD_PUBLISHER_PLACE, place);
          if (year)
            ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (year, 0, 0));
          ck_mention_add (ctx, det, g_steal_pointer (&rec), ln->start, ck_line (ctx, r - 1)->end, tl->tok_first, 0);
          ck_claim (ctx, f, ck_line (ctx, r - 1)->tok_end);
          entries++;
          l = last;
          continue;
        }
      /* the author, under the title or under a subtitle line, and perhaps
       * lines of the edition or of roles ("Second edition, with a new
       * afterword", "Translated from the Polish by X") */
      q = l + 1;
      /* "By ADA QUELL", or a role line in its place ("Edited by ADA QUELL") */
      authors = author_line (ctx, ck_line (ctx, q), rec, FALSE) || side_line (ctx, ck_line (ctx, q), rec, TRUE);
      if (!authors && q + 1 < nl && !para_first (ctx, q + 1) &&
          !caps_run (ctx, ck_line (ctx, q)->tok_first, ck_line (ctx, q)->tok_end) &&
          !ck_tok_is_punct (ctx, ck_line (ctx, q)->tok_end - 1, '.'))
        {
          guint a = q + 1;
          /* edition and role lines between the subtitle and the author */
          while (a + 1 < nl && a < q + 3 && !para_first (ctx, a) && !para_first (ctx, a + 1) &&
                 ck_line (ctx, a + 1)->tok_end > ck_line (ctx, a + 1)->tok_first &&
                 !author_line (ctx, ck_line (ctx, a), rec, FALSE) && side_line (ctx, ck_line (ctx, a), rec, FALSE))
            a++;
          if (a < nl && !para_first (ctx, a) &&
              (author_line (ctx, ck_line (ctx, a), rec, FALSE) || side_line (ctx, ck_line (ctx, a), rec, TRUE)))
            {
              sub_l = q;
              q = a;
              authors = TRUE;
            }
        }
      if (!authors)
        continue;
      /* role lines under the author ("Translated from the Polish by X") */
      while (q + 1 < nl && !para_first (ctx, q + 1) && ck_line (ctx, q + 1)->tok_end > ck_line (ctx, q + 1)->tok_first)
        {
          CkRole role;
          const CkLine *rl = ck_line (ctx, q + 1);
          if (ck_role_phrase_at (ctx, rl->tok_first, rl->tok_end, &role) == rl->tok_first || !side_line (ctx, rl, rec, TRUE))
            break;
          q++;
        }
      /* a title may read as a name ("PERSONAL KNOWLEDGE"): then only a
       * "By" line or a subtitle under it says which is which */
      if (!sub_l && ck_names_cover (ctx, f, e) >= e && !ck_tok_is (ctx, ck_line (ctx, l + 1)->tok_first, "By"))
        continue;
      last = q;
      if (!trade_block (ctx, q + 1, nl, rec, &last))
        continue;
      {
        g_autofree char *title = ck_span_dup (ctx, f, e);
        g_autofree char *sub = sub_l ? ck_span_dup (ctx, ck_line (ctx, sub_l)->tok_first, ck_line (ctx, sub_l)->tok_end) : NULL;
        g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
        guint unknown = 1;
        /* "Revised Edition" under the title is the edition, no subtitle */
        if (sub && ck_assemble_elements (probe, sub, 0, strlen (sub), CK_ELEM_BLOCK, &unknown) > 0 && unknown == 0 &&
            ck_record_has (probe, CK_FIELD_EDITION))
          {
            ck_record_set (rec, CK_FIELD_EDITION, ck_record_get (probe, CK_FIELD_EDITION));
            g_clear_pointer (&sub, g_free);
          }
        if (sub)
          ck_assemble_title (rec, g_strdup_printf ("%s: %s", title, sub));
        else
          ck_assemble_title (rec, g_steal_pointer (&title));
      }
      if (!ck_record_has (rec, CK_FIELD_TITLE))
        continue;
      ck_record_set (rec, CK_FIELD_PUBLISHER, press);
      ck_record_set (rec, CK_FIELD_PUBLISHER_PLACE, place);
      if (year)
        ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (year, 0, 0));
      ck_mention_add (ctx, det, g_steal_pointer (&rec), ln->start, ck_line (ctx, q)->end, f, 0);
      ck_claim (ctx, f, ck_line (ctx, q)->tok_end);
      entries++;
      l = last;
    }
  /* the masthead is the list's, no work of its own */
  if (entries > 0)
    ck_claim (ctx, top->tok_first, top->tok_end);
}

/* A press's own catalogue in another layout ("GANNET SALT PRESS / NEW
 * BOOKS · SPRING 1997" over entries in title case that header readers took
 * one by one): every entry that names its price, extent or ISBN but no
 * publisher is the press's book.  Run after the detectors. */
void
ck_press_masthead_publisher (CkExtractCtx *ctx)
{
  guint l0 = 0, nl = ctx->t->lines->len, pe;
  g_autofree char *press = NULL;
  const CkLine *top;
  while (l0 < nl && ck_line (ctx, l0)->tok_end <= ck_line (ctx, l0)->tok_first)
    l0++;
  if (l0 >= nl)
    return;
  top = ck_line (ctx, l0);
  if ((pe = press_name (ctx, top)) == top->tok_first || pe != top->tok_end)
    return;
  press = ck_span_dup (ctx, top->tok_first, pe);
  ck_upper_to_title (&press);
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      CkMention *m = g_ptr_array_index (ctx->mentions, i);
      if (ck_record_get_type (m->rec) != CK_TYPE_BOOK || (m->flags & CK_MENTION_SELF) || m->start <= top->end ||
          ck_record_has (m->rec, CK_FIELD_PUBLISHER) ||
          !(ck_record_has (m->rec, CK_FIELD_PRICE) || ck_record_has (m->rec, CK_FIELD_ISBN) ||
            ck_record_has (m->rec, CK_FIELD_NUMBER_OF_PAGES)))
        continue;
      ck_record_set (m->rec, CK_FIELD_PUBLISHER, press);
    }
}
