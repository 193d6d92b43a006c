/* detect-stacked.c — a book-trade header stacked one field a line, as
 * shops' lists, newsletters and review pages set the books they discuss:
 *
 *   THE SALT ORCHARD                    Ada Quell, The Salt Orchard
 *   Ada Quell                           Harwell Press, 2019, 320 pages, $25
 *   Translated by Ben Vell
 *   Harwell Press, 320 pages, £12.95
 *
 *   The Salt Orchard: A Memoir
 *   Ada Quell
 *   Harwell Press, 2019 | Paperback | 320 pages | ISBN 9780000000000
 *   £14.99
 *
 * The title line (or "Names, Title") opens a paragraph or follows a
 * rule ("-----"); the names line holds names alone; role lines
 * ("Translated by X", "Edited by X") may follow; then comes the imprint
 * line, which must read wholly as a firm with a year, an extent or a
 * price (a shop's " | " separators and a binding's parentheses read as
 * commas).  The imprint line is
 * what keeps prose out: a heading over a byline is common, but a third
 * line that is a publisher, a year and a price is a book's header.  A
 * field ends at its line's end: a title never runs on into the firm.
 * Several such headers may follow one another (a list of books), each
 * after a blank line or a rule.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include "venue-masthead.h"
#include <string.h>

#define ST_MAX_TITLE_WORDS 25
#define ST_MAX_ROLE_LINES   3
#define ST_MAX_BLURB_LINES 12   /* lines a catalogue's blurb may run to */


/* Whether line @l is a rule: dashes, stars, equals or underscores only. */
static gboolean
rule_line (const CkExtractCtx *ctx, guint l)
{
  const CkLine *ln = ck_line (ctx, l);
  gsize n = 0;
  for (const char *p = ctx->text + ln->start; p < ctx->text + ln->end; p++)
    {
      if (*p == ' ' || *p == '\t')
        continue;
      if (*p != '-' && *p != '*' && *p != '=' && *p != '_' && *p != '~')
        return FALSE;
      n++;
    }
  return n >= 3;
}

/* Whether line @l is an e-mail's placeholder for a picture ("[image:
 * cover of …]", "[Cover image]"), which stands over a book's header as
 * a rule does. */
static gboolean
image_line (const CkExtractCtx *ctx, guint l)
{
  const CkLine *ln = ck_line (ctx, l);
  const char *p = ctx->text + ln->start;
  gsize n = ln->end - ln->start;
  while (n > 0 && g_ascii_isspace (p[n - 1]))
    n--;
  return n > 2 && p[0] == '[' && p[n - 1] == ']' && memchr (p, '\n', n) == NULL &&
         (g_ascii_strncasecmp (p + 1, "image", 5) == 0 || g_ascii_strncasecmp (p + 1, "cover", 5) == 0 ||
          g_ascii_strncasecmp (p + 1, "photo", 5) == 0);
}

/* Whether line @l opens a block: the first of its paragraph, or after a
 * rule. */
static gboolean
opens_block (const CkExtractCtx *ctx, guint l)
{
  const CkLine *ln = ck_line (ctx, l);
  if (ln->tok_first >= ln->tok_end)
    return FALSE;
  return l == 0 || ck_tok (ctx, ln->tok_first)->nl >= 2 || rule_line (ctx, l - 1) || image_line (ctx, l - 1);
}

/* Whether [f,e) is a title on a line of its own: a capital first, no
 * sentence of prose ("She was …"), a plausible title. */
static gboolean
title_line (const CkExtractCtx *ctx, guint f, guint e)
{
  static const char * const verbs[] = { "is", "was", "are", "were", "has", "have", "had", "will", NULL };
  while (e > f && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  /* ("77 DREAM SONGS": a number may open it) */
  if (e <= f ||
      !((ck_tok (ctx, f)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER)) ||
        (ck_tok (ctx, f)->kind == CK_TOK_NUMBER && f + 1 < e && ck_tok_cap_word (ctx, f + 1))) ||
      ck_count_words (ctx, f, e) > ST_MAX_TITLE_WORDS || !ck_title_plausible (ctx, f, e))
    return FALSE;
  for (guint k = f; k < e; k++)
    if (ck_tok_is_punct (ctx, k, '|') || ck_tok_is_punct (ctx, k, '[') ||
        (ck_tok_lower_word (ctx, k) && ck_tok_in_words (ctx, k, verbs)))
      return FALSE;
  return TRUE;
}

/* The imprint line [f,e) into @rec: a firm and at least one of year,
 * extent and price, nothing unread.  " | " separates as commas do, and a
 * bookshop's "[Add to basket]" is dropped. */
static gboolean
imprint_line (const CkExtractCtx *ctx, guint f, guint e, CkRecord *rec)
{
  g_autofree char *val = NULL;
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 0;
  gsize n;
  char *br;
  if (e <= f)
    return FALSE;
  val = ck_catalogue_value_copy (ctx->text, ck_tok (ctx, f)->start, ck_tok (ctx, e - 1)->end);
  if ((br = strchr (val, '[')) != NULL)
    *br = '\0';
  /* "15s. (paper 8s. 6d.)", "$25 (paper $12)": the other binding's price
   * closing the line is left off; the first price is the book's */
  {
    char *open = strrchr (val, '('), *close = strrchr (val, ')');
    if (open && close && close > open && strpbrk (open, "0123456789") &&
        (strstr (open, "s.") || strstr (open, "d.") || strchr (open, '$') || strstr (open, "\xc2\xa3") ||
         strstr (open, "\xe2\x82\xac")))
      {
        gboolean tail = TRUE;
        for (const char *q = close + 1; *q; q++)
          if (*q != ' ' && *q != '.')
            tail = FALSE;
        if (tail)
          *open = '\0';
      }
  }
  /* "| Paperback |", "$25 (hardcover)": the binding is one more element;
   * a newsletter's middle dot (two bytes) separates as a comma and space */
  for (char *p = val; *p; p++)
    if (*p == '|' || *p == '(' || *p == ')')
      *p = ',';
    else if ((guchar) p[0] == 0xc2 && (guchar) p[1] == 0xb7)
      {
        p[0] = ',';
        p[1] = ' ';
      }
  g_strstrip (val);
  n = strlen (val);
  while (n > 0 && (val[n - 1] == ',' || val[n - 1] == '.' || val[n - 1] == ' '))
    val[--n] = '\0';
  if (n == 0 || ck_assemble_elements (probe, val, 0, n, CK_ELEM_BLOCK, &unknown) == 0 || unknown > 0 ||
      !ck_record_has (probe, CK_FIELD_PUBLISHER) ||
      !(ck_record_get_date (probe, CK_DATE_ISSUED) || ck_record_has (probe, CK_FIELD_PRICE) ||
        ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES)))
    return FALSE;
  ck_assemble_elements (rec, val, 0, n, CK_ELEM_BLOCK, NULL);
  return TRUE;
}

/* A publisher's catalogue closes each entry, after its blurb, with a line
 * of the book's particulars set apart by runs of spaces or bars ("B format
 * paperback   144 pp   £1.95   ISBN 0 86068 118 7   September").  The
 * line must give an ISBN, or a price and an extent; at most two short
 * pieces (a format, a month) may go unread. */
static gboolean
spec_line (const CkExtractCtx *ctx, guint f, guint e, CkRecord *rec)
{
  g_autofree char *val = NULL;
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  g_auto(GStrv) pieces = NULL;
  guint known = 0, unread = 0;
  if (e <= f + 2)
    return FALSE;
  val = g_strndup (ctx->text + ck_tok (ctx, f)->start, ck_tok (ctx, e - 1)->end - ck_tok (ctx, f)->start);
  for (char *p = val; *p; p++)
    if (*p == '|' || *p == '\t')
      *p = ' ';
  if (!strstr (val, "   "))
    return FALSE;   /* one space between words: a sentence, not a row */
  pieces = g_regex_split_simple ("\\s{2,}", val, 0, 0);
  for (guint k = 0; pieces[k]; k++)
    {
      char *pc = g_strstrip (pieces[k]);
      guint unknown = 0, spaces = 0;
      g_autoptr(CkRecord) one = ck_record_new (CK_TYPE_BOOK);
      if (!*pc)
        continue;
      if (ck_assemble_elements (one, pc, 0, strlen (pc), CK_ELEM_BLOCK, &unknown) > 0 && unknown == 0 &&
          !ck_record_has (one, CK_FIELD_PUBLISHER))
        {
          ck_assemble_elements (probe, pc, 0, strlen (pc), CK_ELEM_BLOCK, NULL);
          known++;
          continue;
        }
      for (const char *q = pc; *q; q++)
        spaces += *q == ' ';
      if (spaces > 2 || ++unread > 2)
        return FALSE;
      pieces[k][0] = '\0';   /* a format or a month, left unread */
    }
  if (known < 2 || !(ck_record_has (probe, CK_FIELD_ISBN) ||
                     (ck_record_has (probe, CK_FIELD_PRICE) && ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES))))
    return FALSE;
  for (guint k = 0; pieces[k]; k++)
    if (pieces[k][0])
      ck_assemble_elements (rec, pieces[k], 0, strlen (pieces[k]), CK_ELEM_BLOCK, NULL);
  return TRUE;
}

/* "Translated by X", "Edited and introduced by X": a role line. */
static gboolean
role_line (const CkExtractCtx *ctx, guint f, guint e, CkRecord *rec)
{
  CkRole role;
  guint r = ck_role_phrase_at (ctx, f, e, &role);
  if (r == f)
    return FALSE;
  while (e > r && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  return ck_add_names_exact (ctx, rec, r, e, role);
}

/* "Ada Quell" or "by Ada Quell and Ben Vell" alone on [f,e), as authors. */
static gboolean
names_line (const CkExtractCtx *ctx, guint f, guint e, CkRecord *rec)
{
  if (f < e && ck_tok_is (ctx, f, "by"))
    f++;
  while (e > f && ck_tok_is_punct (ctx, e - 1, '.') && !(ck_tok (ctx, e - 2)->flags & CK_TOKF_INITIAL))
    e--;
  return e > f && ck_only_names (ctx, f, e) && ck_add_names_exact (ctx, rec, f, e, CK_ROLE_AUTHOR);
}

/* "Ada Quell, illustrated by Ben Vell, Harwell Press, 2022, 208 pages,
 * £14.99" on [f,e): the names, their roles and the imprint on one line
 * under the title, as newsletters set them. */
static gboolean
names_imprint_into (const CkExtractCtx *ctx, guint f, guint e, CkRecord *probe)
{
  guint c = f;
  while (c < e && !ck_tok_is_punct (ctx, c, ','))
    c++;
  if (c <= f || c + 1 >= e || !ck_only_names (ctx, f, c) || !ck_add_names_exact (ctx, probe, f, c, CK_ROLE_AUTHOR))
    return FALSE;
  /* ", illustrated by X", ", translated by X" */
  for (;;)
    {
      CkRole role;
      guint r = ck_role_phrase_at (ctx, c + 1, e, &role), n = r;
      if (r == c + 1)
        break;
      while (n < e && !ck_tok_is_punct (ctx, n, ','))
        n++;
      if (n >= e || !ck_add_names_exact (ctx, probe, r, n, role))
        return FALSE;
      c = n;
    }
  return imprint_line (ctx, c + 1, e, probe);
}

static gboolean
names_imprint_line (const CkExtractCtx *ctx, guint f, guint e, CkRecord *rec)
{
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  return names_imprint_into (ctx, f, e, probe) && names_imprint_into (ctx, f, e, rec);
}

/* Whether line @l closes its paragraph. */
static gboolean
para_last_line (const CkExtractCtx *ctx, guint l)
{
  return l + 1 >= ctx->t->lines->len || ck_tok (ctx, ck_line (ctx, l + 1)->tok_first)->nl >= 2;
}

/* "Ada Quell Harwell Books (2021)", "Ada Quell (transl. Ben Vell & Cy
 * Roe) Harwell (2021)" on [f,e): a science weekly's line under the
 * title, the names running into the firm with no comma, the year in
 * brackets closing the line.  The shortest name that leaves a firm wins
 * ("Ada Quell" before "Ada Quell Harwell"). */
static gboolean
names_firm_line (const CkExtractCtx *ctx, guint f, guint e, CkRecord *rec)
{
  guint y;
  while (e > f && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  if (e < f + 6 || !ck_tok_is_punct (ctx, e - 1, ')') || !(ck_tok (ctx, e - 2)->flags & CK_TOKF_YEAR) ||
      !ck_tok_is_punct (ctx, e - 3, '('))
    return FALSE;
  y = e - 3;
  for (guint s = f + 2; s <= f + 4 && s < y; s++)
    {
      g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
      CkRole role = CK_ROLE_AUTHOR;
      guint fs = s, r = s, c = s, words = 0;
      gboolean firm = TRUE;
      if ((ck_tok (ctx, s - 1)->flags & CK_TOKF_INITIAL) || !ck_only_names (ctx, f, s) ||
          !ck_add_names_exact (ctx, probe, f, s, CK_ROLE_AUTHOR))
        continue;
      /* "(transl. Ben Vell & Cy Roe)" */
      if (ck_tok_is_punct (ctx, s, '('))
        {
          r = ck_role_phrase_at (ctx, s + 1, y, &role);
          c = r;
          while (c < y && !ck_tok_is_punct (ctx, c, ')'))
            c++;
          if (r == s + 1 || c >= y || !ck_add_names_exact (ctx, probe, r, c, role))
            continue;
          fs = c + 1;
        }
      for (guint k = fs; k < y && firm; k++)
        firm = ck_tok_is_punct (ctx, k, '&') || (ck_tok_cap_word (ctx, k) && ++words <= 4);
      if (!firm || words == 0)
        continue;
      ck_add_names_exact (ctx, rec, f, s, CK_ROLE_AUTHOR);
      if (c > r)
        ck_add_names_exact (ctx, rec, r, c, role);
      ck_record_take (rec, CK_FIELD_PUBLISHER, ck_span_dup (ctx, fs, y));
      ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (ctx->text + ck_tok (ctx, e - 2)->start), 0, 0));
      return TRUE;
    }
  return FALSE;
}

/* "Ada Quell, The Salt Orchard" on [f,e): the names before the first
 * comma, the title after it.  Returns the title's first token, or @f. */
static guint
names_comma_title (const CkExtractCtx *ctx, guint f, guint e, CkRecord *rec)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  guint c = f;
  while (c < e && !ck_tok_is_punct (ctx, c, ','))
    c++;
  if (c <= f || c + 1 >= e || !ck_only_names (ctx, f, c) || ck_names_forward (ctx, f, c, CK_ROLE_AUTHOR, names) != c ||
      names->len == 0 || !title_line (ctx, c + 1, e))
    return f;
  /* "Ada Quell, Ben Vell, Title": the title must not be a name itself;
   * "Ada Quell, Title, Firm, 2019, 320 pp" is a whole header on its
   * line (the comma header's), and the next line another */
  if (ck_only_names (ctx, c + 1, e))
    return f;
  for (guint k = c + 2; k < e; k++)
    if ((ck_tok (ctx, k)->flags & CK_TOKF_YEAR) && ck_tok_is_punct (ctx, k - 1, ','))
      return f;
  for (guint q = 0; q < names->len; q++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
  return c + 1;
}

/* Whether line @m stands in the column of line @l: a field line, not a
 * hanging indent's continuation ("Ann Reed, The Salt Road: A History of
 * the\n    Northern Trade (Leeds: …)"). */
static gboolean
same_column (const CkExtractCtx *ctx, guint l, guint m)
{
  return ck_tok (ctx, ck_line (ctx, l)->tok_first)->col == ck_tok (ctx, ck_line (ctx, m)->tok_first)->col;
}

/* One stacked header opening at line @l: its last line, or @l when none.
 * With @comma, only the "Names, Title" form. */
static guint
stacked_at (CkExtractCtx *ctx, const CkDetector *det, guint l, gboolean comma)
{
  guint n_lines = ctx->t->lines->len, m, ts, te;
  const CkLine *l0 = ck_line (ctx, l);
  g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
  gboolean found = FALSE, over = FALSE;
  guint sub_f = 0, sub_e = 0, spec = G_MAXUINT;
  if (l + 1 >= n_lines)
    return l;
  ts = l0->tok_first;
  te = l0->tok_end;
  m = l + 1;
  /* "Names, Title" over the imprint, or the title over the names */
  {
    guint t2 = names_comma_title (ctx, ts, te, rec);
    if (t2 > ts)
      ts = t2;
    else if (comma)
      return l;
    else
      {
        const CkLine *l1 = ck_line (ctx, m);
        if (!title_line (ctx, ts, te))
          return l;
        /* "TITLE IN CAPITALS\nIts Subtitle\nNames": a catalogue's subtitle line */
        if (ck_all_caps (ctx, ts, te) && m + 1 < n_lines && ck_tok (ctx, l1->tok_first)->nl == 1 &&
            same_column (ctx, l, m) && !ck_all_caps (ctx, l1->tok_first, l1->tok_end) &&
            title_line (ctx, l1->tok_first, l1->tok_end) && !ck_only_names (ctx, l1->tok_first, l1->tok_end))
          {
            const CkLine *l2 = ck_line (ctx, m + 1);
            g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
            if (ck_tok (ctx, l2->tok_first)->nl == 1 && same_column (ctx, l, m + 1) &&
                names_line (ctx, l2->tok_first, l2->tok_end, probe))
              {
                sub_f = l1->tok_first;
                sub_e = l1->tok_end;
                l1 = l2;
                m++;
              }
          }
        if (ck_tok (ctx, l1->tok_first)->nl != 1 || !same_column (ctx, l, m))
          return l;
        if (names_imprint_line (ctx, l1->tok_first, l1->tok_end, rec) ||
            (para_last_line (ctx, m) && names_firm_line (ctx, l1->tok_first, l1->tok_end, rec)))
          found = TRUE;
        else if (!names_line (ctx, l1->tok_first, l1->tok_end, rec))
          return l;
        m++;
        over = !found;
      }
  }
  for (guint r = 0; m < n_lines && r <= ST_MAX_ROLE_LINES && !found; r++, m++)
    {
      const CkLine *lm = ck_line (ctx, m);
      g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
      if (ck_tok (ctx, lm->tok_first)->nl != 1 || !same_column (ctx, l, m) ||
          names_comma_title (ctx, lm->tok_first, lm->tok_end, probe) > lm->tok_first)
        break;
      if (imprint_line (ctx, lm->tok_first, lm->tok_end, rec))
        found = TRUE;
      else if (!role_line (ctx, lm->tok_first, lm->tok_end, rec))
        break;
    }
  /* a catalogue's entry: the blurb runs on under the header, and the
   * line of particulars closes it */
  if (!found && over)
    for (guint q = m; q < n_lines && q < m + ST_MAX_BLURB_LINES && ck_tok (ctx, ck_line (ctx, q)->tok_first)->nl == 1; q++)
      if (same_column (ctx, l, q) && spec_line (ctx, ck_line (ctx, q)->tok_first, ck_line (ctx, q)->tok_end, rec))
        {
          spec = q;
          found = TRUE;
          break;
        }
  if (!found || ck_is_claimed (ctx, l0->tok_first, ck_line (ctx, m - 1)->tok_end))
    return l;
  /* "Salt, Salt, Salt." keeps no stop, "J. R." its initial's */
  if (te > ts + 1 && ck_tok_is_punct (ctx, te - 1, '.') && !(ck_tok (ctx, te - 2)->flags & CK_TOKF_INITIAL))
    te--;
  {
    /* a title in capitals stays as set, as the header block keeps it */
    ck_assemble_title (rec, ck_catalogue_value_copy (ctx->text, ck_tok (ctx, ts)->start, ck_tok (ctx, te - 1)->end));
  }
  if (!ck_record_has (rec, CK_FIELD_TITLE))
    return l;
  if (sub_e > sub_f && !ck_record_has (rec, CK_FIELD_SUBTITLE))
    ck_record_take (rec, CK_FIELD_SUBTITLE, ck_span_dup (ctx, sub_f, sub_e));
  {
    const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, l0->tok_first));
    guint flags = (pp->flags & CK_PARA_HEADER) && !ck_have_main_mention (ctx) ? CK_MENTION_MAIN : 0;
    const CkLine *lz = ck_line (ctx, m - 1);
    ck_mention_add (ctx, det, g_steal_pointer (&rec), l0->start, lz->end, ts, flags);
    ck_claim (ctx, l0->tok_first, lz->tok_end);
    if (spec != G_MAXUINT)
      {
        /* the blurb between stays for the other readers */
        ck_claim (ctx, ck_line (ctx, spec)->tok_first, ck_line (ctx, spec)->tok_end);
        return spec;
      }
  }
  return m - 1;
}

/* "NAMES: Title. Firm, 1965. 101 pp. 10s. 6d." on line @l alone, into
 * @rec: the title's start in *@ts and its end in *@te; FALSE when the
 * line is not such a header. */
static gboolean
colon_header_line (const CkExtractCtx *ctx, guint l, CkRecord *rec, guint *ts, guint *te)
{
  const CkLine *ln = ck_line (ctx, l);
  guint f = ln->tok_first, e = ln->tok_end, c = f, se;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  while (c < e && c < f + 8 && !ck_tok_is_punct (ctx, c, ':'))
    c++;
  if (c >= e || c == f || !ck_only_names (ctx, f, c) || ck_names_forward (ctx, f, c, CK_ROLE_AUTHOR, names) != c ||
      names->len == 0)
    return FALSE;
  /* the title: to the first stop before a capital or a digit */
  for (se = c + 2; se < e; se++)
    if (ck_tok_is_punct (ctx, se, '.') && (ck_tok (ctx, se)->flags & CK_TOKF_SPACE) && se + 1 < e &&
        (ck_tok_cap_word (ctx, se + 1) || ck_tok (ctx, se + 1)->kind == CK_TOK_NUMBER) &&
        !(ck_tok (ctx, se - 1)->flags & CK_TOKF_INITIAL))
      break;
  if (se >= e || !title_line (ctx, c + 1, se) || !imprint_line (ctx, se + 1, e, rec))
    return FALSE;
  for (guint q = 0; q < names->len; q++)
    {
      CkName *nm = g_steal_pointer (&g_ptr_array_index (names, q));
      if (nm->family)
        {
          /* "WOLE SOYINKA": a name in capitals is set as a name */
          gboolean upper = TRUE;
          for (const char *p = nm->family; *p; p++)
            if (g_ascii_islower (*p))
              upper = FALSE;
          if (upper)
            {
              ck_upper_to_title (&nm->family);
              if (nm->given)
                ck_upper_to_title (&nm->given);
            }
        }
      ck_record_add_name_unique (rec, nm);
    }
  *ts = c + 1;
  *te = se;
  return TRUE;
}

/* "TITLE by Names. Firm, 21s." on line @l alone, into @rec, as
 * colon_header_line() reads its shape. */
static gboolean
by_header_line (const CkExtractCtx *ctx, guint l, CkRecord *rec, guint *ts, guint *te)
{
  const CkLine *ln = ck_line (ctx, l);
  guint f = ln->tok_first, e = ln->tok_end, b = f + 1, se;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  while (b < e && b < f + 20 && !(ck_tok_is (ctx, b, "by") && ck_tok_lower_word (ctx, b)))
    b++;
  if (b >= e || b < f + 1 || !title_line (ctx, f, b))
    return FALSE;
  se = ck_names_forward (ctx, b + 1, e, CK_ROLE_AUTHOR, names);
  if (se <= b + 1 || names->len == 0 || se >= e || !ck_tok_is_punct (ctx, se, '.') || !imprint_line (ctx, se + 1, e, rec))
    return FALSE;
  for (guint q = 0; q < names->len; q++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
  *ts = f;
  *te = b;
  return TRUE;
}

/* A paragraph of two or more headers, one a line, each "NAMES: Title.
 * Imprint." or "TITLE by Names. Imprint.": a notice of several books.
 * Every line must be one; a single line is the sentence header's. */
void
ck_detect_stacked_lines (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      guint n = pp->line_end - pp->line_first, ok = 0;
      if (n < 2 || n > 12 || ck_is_claimed (ctx, pp->tok_first, pp->tok_end))
        continue;
      for (guint l = pp->line_first; l < pp->line_end; l++)
        {
          g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
          guint ts, te;
          if (!same_column (ctx, pp->line_first, l) ||
              !(colon_header_line (ctx, l, probe, &ts, &te) || by_header_line (ctx, l, probe, &ts, &te)))
            break;
          ok++;
        }
      if (ok != n)
        continue;
      for (guint l = pp->line_first; l < pp->line_end; l++)
        {
          g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
          const CkLine *ln = ck_line (ctx, l);
          guint ts = 0, te = 0, flags;
          if (!colon_header_line (ctx, l, rec, &ts, &te))
            by_header_line (ctx, l, rec, &ts, &te);
          ck_assemble_title (rec, ck_catalogue_value_copy (ctx->text, ck_tok (ctx, ts)->start, ck_tok (ctx, te - 1)->end));
          if (!ck_record_has (rec, CK_FIELD_TITLE))
            continue;
          flags = (pp->flags & CK_PARA_HEADER) && !ck_have_main_mention (ctx) ? CK_MENTION_MAIN : 0;
          ck_mention_add (ctx, det, g_steal_pointer (&rec), ln->start, ln->end, ts, flags);
        }
      ck_claim (ctx, pp->tok_first, pp->tok_end);
    }
}

/* The particulars closing a publisher's list entry, [f,e) into @rec:
 * every piece read ("Demy 8vo. About 380 pp. 30s. net. Ready
 * September", "Second edition, revised (1947). 18s. net") and a price,
 * an extent or an ISBN among them. */
static gboolean
particulars (const CkExtractCtx *ctx, guint f, guint e, CkRecord *rec)
{
  g_autofree char *val = NULL;
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 0;
  if (e <= f)
    return FALSE;
  val = ck_catalogue_value_copy (ctx->text, ck_tok (ctx, f)->start, ck_tok (ctx, e - 1)->end);
  if (ck_assemble_elements (probe, val, 0, strlen (val), CK_ELEM_BLOCK, &unknown) == 0 || unknown > 0 ||
      !(ck_record_has (probe, CK_FIELD_PRICE) || ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES) ||
        ck_record_has (probe, CK_FIELD_ISBN)))
    return FALSE;
  ck_assemble_elements (rec, val, 0, strlen (val), CK_ELEM_BLOCK, NULL);
  return TRUE;
}

/* "A Novel", "Poems": a genre label under a list's title, no subtitle */
static gboolean
genre_label (const CkExtractCtx *ctx, guint f, guint e)
{
  static const char * const genres[] = { "novel", "romance", "play", "comedy", "tragedy", "novella", "stories",
                                         "poems", "verse", NULL };
  if (e > f && ck_tok_is_punct (ctx, e - 1, '.'))
    e--;
  if (e == f + 2 && (ck_tok_is (ctx, f, "A") || ck_tok_is (ctx, f, "An")))
    f++;
  return e == f + 1 && ck_tok_in_words (ctx, f, genres);
}

/* Whether [f,e) in capitals reads as a person's name: names only, and
 * an initial or a known forename among them ("SALT AND IRON" reads as
 * two names but is a title). */
static gboolean
caps_person (const CkExtractCtx *ctx, guint f, guint e)
{
  if (!ck_only_names (ctx, f, e))
    return FALSE;
  for (guint k = f; k < e; k++)
    if ((ck_tok (ctx, k)->flags & CK_TOKF_INITIAL) || ck_tok_in_lex (ctx, k, CK_LEX_GIVEN_NAMES))
      return TRUE;
  return FALSE;
}

/* Whether line @q goes on the entry opened at line @l: the next line of
 * the same paragraph, in the same column. */
static gboolean
entry_line (const CkExtractCtx *ctx, guint l, guint q)
{
  return q < ctx->t->lines->len && ck_tok (ctx, ck_line (ctx, q)->tok_first)->nl == 1 && same_column (ctx, l, q);
}

/* Claims [f,e) up to its first quotation mark: a title quoted among the
 * particulars ("New edition, with “Afterword”") is left to the quoted
 * reader. */
static void
claim_but_quotes (CkExtractCtx *ctx, guint f, guint e)
{
  guint k = f;
  while (k < e && ck_tok (ctx, k)->kind != CK_TOK_QUOTE_OPEN)
    k++;
  if (k > f)
    ck_claim (ctx, f, k);
}

static void
emit_entry (CkExtractCtx *ctx, const CkDetector *det, CkRecord *rec, guint l_first, guint l_last, guint ts, guint te)
{
  const CkLine *l0 = ck_line (ctx, l_first), *lz = ck_line (ctx, l_last);
  ck_assemble_title (rec, ck_catalogue_value_copy (ctx->text, ck_tok (ctx, ts)->start, ck_tok (ctx, te - 1)->end));
  if (!ck_record_has (rec, CK_FIELD_TITLE))
    return;
  ck_mention_add (ctx, det, ck_record_ref (rec), l0->start, lz->end, ts, 0);
}

/* A publisher's list sets its books under their author, all in capitals:
 *
 *   ADA QUELL                          ADA QUELL
 *   THE SALT ORCHARD                   THE SALT ORCHARD. 21s. net
 *   A Study of the Northern Trade      HARBOUR LIGHTS. Second edition,
 *   Crown 8vo. 320 pp. 16s. net          revised (1947). 18s. net
 *
 * each title over its subtitle and particulars, or "TITLE. particulars"
 * on one line.  The first book's blurb may stand between its title and
 * its particulars, down to the next paragraph's last line.  Returns the
 * last line read, or @l. */
static guint
author_list_at (CkExtractCtx *ctx, const CkDetector *det, guint l)
{
  const CkLine *l0 = ck_line (ctx, l);
  guint m = l + 1, entries = 0, last = l;
  g_autoptr(CkRecord) author = ck_record_new (CK_TYPE_BOOK);
  if (!ck_all_caps (ctx, l0->tok_first, l0->tok_end) || !caps_person (ctx, l0->tok_first, l0->tok_end) ||
      !names_line (ctx, l0->tok_first, l0->tok_end, author) || !entry_line (ctx, l, m))
    return l;
  while (entry_line (ctx, l, m))
    {
      const CkLine *lm = ck_line (ctx, m);
      guint f = lm->tok_first, e = lm->tok_end, k, q, sub_f = 0, sub_e = 0;
      g_autoptr(CkRecord) rec = ck_record_copy (author);
      gboolean done = FALSE;
      /* "TITLE. particulars" on one line */
      for (k = f + 1; k + 1 < e && !done; k++)
        if (ck_tok_is_punct (ctx, k, '.') && !(ck_tok (ctx, k - 1)->flags & CK_TOKF_INITIAL) &&
            ck_all_caps (ctx, f, k) && title_line (ctx, f, k) && particulars (ctx, k + 1, e, rec))
          {
            if (ck_is_claimed (ctx, f, e))
              return last;
            emit_entry (ctx, det, rec, m, m, f, k);
            claim_but_quotes (ctx, f, e);
            done = TRUE;
          }
      if (done)
        {
          last = m++;
          entries++;
          continue;
        }
      if (!ck_all_caps (ctx, f, e) || !title_line (ctx, f, e) || caps_person (ctx, f, e))
        break;
      /* its subtitle, on up to three lines not in capitals */
      for (q = m + 1; entry_line (ctx, l, q) && q <= m + 3; q++)
        {
          const CkLine *lq = ck_line (ctx, q);
          g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
          if (ck_all_caps (ctx, lq->tok_first, lq->tok_end) || particulars (ctx, lq->tok_first, lq->tok_end, probe) ||
              role_line (ctx, lq->tok_first, lq->tok_end, probe) ||
              !(ck_tok (ctx, lq->tok_first)->flags & (CK_TOKF_CAP | CK_TOKF_UPPER)) == (q == m + 1))
            break;
          if (q == m + 1)
            sub_f = lq->tok_first;
          sub_e = lq->tok_end;
        }
      while (entry_line (ctx, l, q) && role_line (ctx, ck_line (ctx, q)->tok_first, ck_line (ctx, q)->tok_end, rec))
        q++;
      if (entry_line (ctx, l, q) && particulars (ctx, ck_line (ctx, q)->tok_first, ck_line (ctx, q)->tok_end, rec))
        done = TRUE;
      else if (entries == 0 && q < ctx->t->lines->len && ck_tok (ctx, ck_line (ctx, q)->tok_first)->nl >= 2)
        {
          /* the blurb's paragraph, closed by the particulars */
          guint b = q;
          while (b + 1 < ctx->t->lines->len && b + 1 < q + ST_MAX_BLURB_LINES && entry_line (ctx, q, b + 1))
            b++;
          if (b > q && same_column (ctx, l, b) &&
              particulars (ctx, ck_line (ctx, b)->tok_first, ck_line (ctx, b)->tok_end, rec))
            {
              if (ck_is_claimed (ctx, f, ck_line (ctx, q - 1)->tok_end))
                return last;
              if (sub_e > sub_f && !genre_label (ctx, sub_f, sub_e))
                ck_record_take (rec, CK_FIELD_SUBTITLE, ck_span_dup (ctx, sub_f, sub_e));
              emit_entry (ctx, det, rec, l, q - 1, f, e);
              ck_claim (ctx, l0->tok_first, ck_line (ctx, q - 1)->tok_end);
              claim_but_quotes (ctx, ck_line (ctx, b)->tok_first, ck_line (ctx, b)->tok_end);
              return b;
            }
        }
      if (!done || ck_is_claimed (ctx, f, ck_line (ctx, q)->tok_end))
        break;
      if (sub_e > sub_f && !genre_label (ctx, sub_f, sub_e))
        ck_record_take (rec, CK_FIELD_SUBTITLE, ck_span_dup (ctx, sub_f, sub_e));
      emit_entry (ctx, det, rec, entries == 0 ? l : m, q, f, e);
      claim_but_quotes (ctx, f, ck_line (ctx, q)->tok_end);
      last = q;
      m = q + 1;
      entries++;
    }
  return last;
}

/* Whether token @k is a middle dot, a newsletter's field separator. */
static gboolean
mid_dot (const CkExtractCtx *ctx, guint k)
{
  return ck_tok_is_punct (ctx, k, 0xb7) || ck_tok_is_punct (ctx, k, 0x2022);
}

/* "Title: Sub · Ada Quell · Harwell Press · 2019 ·" / "ISBN … · hardback
 * · £20": a newsletter's row of fields between middle dots, wrapped
 * after a dot.  Title, then names, then the imprint.  Returns the row's
 * last line, or @l. */
static guint
dot_row_at (CkExtractCtx *ctx, const CkDetector *det, guint l)
{
  guint z = l, f = ck_line (ctx, l)->tok_first, d1, d2, e;
  g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
  while (z < l + 2 && ck_line (ctx, z)->tok_end > ck_line (ctx, z)->tok_first &&
         mid_dot (ctx, ck_line (ctx, z)->tok_end - 1) && entry_line (ctx, l, z + 1))
    z++;
  e = ck_line (ctx, z)->tok_end;
  for (d1 = f; d1 < e && !mid_dot (ctx, d1); d1++)
    ;
  for (d2 = d1 + 1; d2 < e && !mid_dot (ctx, d2); d2++)
    ;
  if (d2 >= e || d1 == f || d1 >= ck_line (ctx, l)->tok_end ||
      !title_line (ctx, f, d1) || !names_line (ctx, d1 + 1, d2, rec) || !imprint_line (ctx, d2 + 1, e, rec) ||
      ck_is_claimed (ctx, f, e))
    return l;
  emit_entry (ctx, det, rec, l, z, f, d1);
  ck_claim (ctx, f, e);
  return z;
}

static void
stacked_all (CkExtractCtx *ctx, const CkDetector *det, gboolean comma, gboolean ruled)
{
  guint n_lines = ctx->t->lines->len;
  for (guint l = 0; l + 1 < n_lines; l++)
    {
      const CkLine *ln = ck_line (ctx, l);
      guint z;
      if (!opens_block (ctx, l) || ck_is_claimed (ctx, ln->tok_first, ln->tok_end))
        continue;
      /* a row of fields between middle dots, before the header block
       * reads it as one title */
      if (ruled && (z = dot_row_at (ctx, det, l)) > l)
        {
          l = z;
          continue;
        }
      if (ruled && (l == 0 || !rule_line (ctx, l - 1)))
        continue;
      if (!comma && !ruled)
        {
          guint a = author_list_at (ctx, det, l);
          if (a > l)
            {
              l = a;
              continue;
            }
        }
      l = stacked_at (ctx, det, l, comma);
    }
}

/* Runs before the comma header, which would read "Names, Title" on
 * into the firm's line. */
void
ck_detect_stacked_comma (CkExtractCtx *ctx, const CkDetector *det)
{
  stacked_all (ctx, det, TRUE, FALSE);
}

/* Runs before the header block: a shop's list, each book under a rule,
 * whose block the header reader would run on into the description
 * above it. */
void
ck_detect_stacked_ruled (CkExtractCtx *ctx, const CkDetector *det)
{
  stacked_all (ctx, det, FALSE, TRUE);
}

/* Runs after the header block: the stacked headers it leaves, the
 * second and later of a list among them. */
void
ck_detect_stacked_header (CkExtractCtx *ctx, const CkDetector *det)
{
  stacked_all (ctx, det, FALSE, FALSE);
}
