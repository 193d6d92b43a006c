/* detect-roundup.c — several books in one column or round-up.
 *
 * The list of books over a newspaper's fiction column, one book a line
 * (a line indented under one, or opening in lower case, continues it), in
 * the shapes the sentence-header detector cannot read because the author
 * comes first with a colon, or stands after the title with no "By":
 *
 *   Ann Reed: Salt Weather. Gannet. 16s.          (also "A and B:", "Name (ed.):")
 *   Tom Vell: The Long Shore (Hill Press, 18s. 6d.)
 *   Salt Weather. Ann Reed. [Translated by B.] Gannet, 16s.
 *   Salt Weather, Ann Reed, Gannet, £16.99
 *   Reed, Ann SALT WEATHER Gannet (320 pp.) $26.00 ISBN …   (a trade weekly's)
 *
 * One such line alone is too weak ("Chairman: Tea at Four. 2s." is a
 * programme, "Salt Weather. Ann Reed." a heading and a byline), so a line
 * counts only when another line of the same paragraph has the same shape
 * — a column lists its books together — and one of them opens its name
 * with a known given name.  The trade weekly's line is marked by its two
 * cases and stands alone.  Each line must end in a book-trade imprint
 * with a publisher and a price, an extent or an ISBN; each book is its
 * own record with its own author, publisher and price.
 *
 * And the round-up's run-in lead, "THE LONG SHORE (Hill, 9s. 6d.) is …",
 * whose writer is the one its sentence names, or nobody.
 */
#include "detect-extra.h"
#include <string.h>

/* Lines a paragraph of the list may have: a column lists 2-8 books, a
 * wrapped line counting twice. */
#define ROUNDUP_MAX_LINES 20
/* How far into its line the author's colon may be, in tokens. */
#define ROUNDUP_NAME_MAX 12

typedef enum {
  RU_NONE,
  RU_NAME_COLON,   /* "Given Family: Title. Publisher. Price." or "(Publisher, Price)" */
  RU_TITLE_NAME,   /* "Title. Given Family. Publisher, Price." */
  RU_INVERTED_CAPS,/* "Family, Given TITLE IN CAPITALS Publisher (320 pp.) $26.00" */
  RU_TITLE_COMMA,  /* "Title, Given Family, Publisher, £16.99" */
  RU_N_SHAPES
} RuShape;

typedef struct {
  RuShape shape;
  guint   ns, ne;      /* the author's name */
  guint   ts, te;      /* the title */
  guint   is, ie;      /* the imprint (parentheses excluded) */
  gboolean known;      /* the name opens with a known given name or an initial */
  CkRole  role;        /* the names' role: "Name (ed.): Title" edited it */
  guint   rs;          /* RU_TITLE_NAME: role sentences from here to .is */
} RuLine;

/* A person's name filling [s,e): two to four words, the rest a name
 * ("Ann Reed", "A. B. Reed").  *@known is set when it opens with a known
 * given name or an initial. */
static gboolean
person_fills (const CkExtractCtx *ctx, guint s, guint e, gboolean *known)
{
  guint words = ck_count_words (ctx, s, e);
  if (e <= s || words < 2 || words > 4 || ck_name_span_forward (ctx, s, e) != e)
    return FALSE;
  /* "Chairman: …", "Hall Two": a word that is never a name's */
  for (guint k = s; k < e; k++)
    if (ck_tok (ctx, k)->kind == CK_TOK_WORD && ck_tok_in_lex (ctx, k, CK_LEX_NON_NAMES))
      return FALSE;
  if (known)
    *known = ck_tok_in_lex (ctx, s, CK_LEX_GIVEN_NAMES) || (ck_tok (ctx, s)->flags & CK_TOKF_INITIAL) ||
             (ck_tok (ctx, s)->end - ck_tok (ctx, s)->start == 1 && ck_tok_is_punct (ctx, s + 1, '.'));
  return TRUE;
}

/* Names joined by "and", "&" or commas filling [s,e), each a person
 * ("Ann Reed and Tom Vell"); a closing "(ed.)" or ", ed." makes them
 * editors.  *@known when one opens with a known given name. */
static gboolean
names_fill (const CkExtractCtx *ctx, guint s, guint e, gboolean *known, CkRole *role, guint *names_end)
{
  guint a = s;
  *known = FALSE;
  *role = CK_ROLE_AUTHOR;
  /* "Name (ed.)", "Name, ed." */
  for (guint k = s + 1; k < e; k++)
    if (ck_paren_ed_at (ctx, k) == e ||
        (ck_tok_is_punct (ctx, k, ',') && k + 1 < e && (ck_tok_is (ctx, k + 1, "ed") || ck_tok_is (ctx, k + 1, "eds")) &&
         (k + 2 == e || (k + 3 == e && ck_tok_is_punct (ctx, k + 2, '.')))))
      {
        *role = CK_ROLE_EDITOR;
        e = k;
        break;
      }
  *names_end = e;
  for (guint k = s; k <= e; k++)
    if (k == e || ck_tok_is (ctx, k, "and") || ck_tok_is_punct (ctx, k, '&') || ck_tok_is_punct (ctx, k, ','))
      {
        gboolean kn = FALSE;
        if (!person_fills (ctx, a, k, &kn))
          return FALSE;
        *known |= kn;
        a = k + 1;
      }
  return TRUE;
}

/* "Translated by B. Illustrated by C." after a name, at @t: reads the
 * roles onto @rec (when not NULL) and returns the token after the last
 * statement's stop, or @t. */
static guint
role_sentences (const CkExtractCtx *ctx, guint t, guint e, CkRecord *rec)
{
  for (guint round = 0; round < 3 && t < e; round++)
    {
      CkRole role;
      guint r = ck_role_phrase_at (ctx, t, e, &role), ne;
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      if (r == t || role == CK_ROLE_AUTHOR)
        break;
      ne = ck_names_forward (ctx, r, e, role, names);
      if (ne == r || ne >= e || !(ck_tok_is_punct (ctx, ne, '.') || ck_tok_is_punct (ctx, ne, ',')))
        break;
      for (guint q = 0; rec && q < names->len; q++)
        ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
      t = ne + 1;
    }
  return t;
}

/* The first "." in [s,e) that ends a sentence unit, not an initial's. */
static guint
stop_in (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    if (ck_tok_is_punct (ctx, k, '.') &&
        !(k > s && ck_tok (ctx, k - 1)->kind == CK_TOK_WORD && ck_tok (ctx, k - 1)->end - ck_tok (ctx, k - 1)->start == 1 &&
          (ck_tok (ctx, k - 1)->flags & CK_TOKF_CAP)))
      return k;
  return e;
}

/* Reads the imprint elements of [s,e) onto @rec, a parenthesis by
 * itself ("Firm (320 pp.) $26.00"); returns how many, *@unknown counting
 * the pieces it could not place. */
static guint
imprint_into (const CkExtractCtx *ctx, CkRecord *rec, guint s, guint e, guint *unknown)
{
  guint found = 0, a = s;
  *unknown = 0;
  for (guint k = s; k <= e; k++)
    if (k == e || ck_tok_is_punct (ctx, k, '(') || ck_tok_is_punct (ctx, k, ')') ||
        /* "$26.00 ISBN: 978-…": the label opens an element of its own */
        (k > a && ck_tok_is (ctx, k, "ISBN")) ||
        /* "$24.95 Mar. 3 ISBN …": a trade weekly's publication day */
        (k > a && ck_tok_cap_word (ctx, k) && ck_tok_in_lex (ctx, k, CK_LEX_MONTHS) && k + 1 < e &&
         (ck_tok (ctx, k + 1)->kind == CK_TOK_NUMBER ||
          (ck_tok_is_punct (ctx, k + 1, '.') && k + 2 < e && ck_tok (ctx, k + 2)->kind == CK_TOK_NUMBER))))
      {
        /* the publication day is no element of the book's */
        if (k > a && !(k <= a + 3 && ck_tok_in_lex (ctx, a, CK_LEX_MONTHS)))
          {
            guint u = 0;
            found += ck_assemble_elements (rec, ctx->text, ck_tok (ctx, a)->start, ck_tok (ctx, k - 1)->end,
                                           CK_ELEM_BLOCK, &u);
            *unknown += u;
          }
        a = k < e && ck_tok (ctx, k)->kind == CK_TOK_WORD ? k : k + 1;
      }
  return found;
}

/* Whether [s,e) is a book-trade imprint: elements only, a publisher and
 * a price, an extent or an ISBN among them.  With @loose a piece it
 * cannot place ("Mar. 3", a trade weekly's publication day) is allowed
 * when the imprint has a price, an extent and an ISBN. */
static gboolean
imprint_ok_full (const CkExtractCtx *ctx, guint s, guint e, gboolean loose)
{
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 0;
  if (e <= s || imprint_into (ctx, probe, s, e, &unknown) == 0 || !ck_record_has (probe, CK_FIELD_PUBLISHER))
    return FALSE;
  if (unknown > 0)
    return loose && unknown <= 1 && ck_record_has (probe, CK_FIELD_PRICE) &&
           ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES) && ck_record_has (probe, CK_FIELD_ISBN);
  return ck_record_has (probe, CK_FIELD_PRICE) || ck_record_has (probe, CK_FIELD_NUMBER_OF_PAGES) ||
         ck_record_has (probe, CK_FIELD_ISBN);
}

static gboolean
imprint_ok (const CkExtractCtx *ctx, guint s, guint e)
{
  return imprint_ok_full (ctx, s, e, FALSE);
}

/* The title [ts,te) and imprint after it, up to @e: "Title. Imprint." or
 * "Title (Imprint)" closing the line. */
static gboolean
title_and_imprint (const CkExtractCtx *ctx, guint ts, guint e, RuLine *out)
{
  guint te = ts;
  while (te < e && !ck_tok_is_punct (ctx, te, '(') && te < ts + 30)
    te++;
  if (te < e && ck_tok_is_punct (ctx, te, '('))
    {
      guint c = e;
      /* the parenthesis closes the line (a stop may follow it) */
      if (ck_tok_is_punct (ctx, c - 1, '.'))
        c--;
      if (c <= te + 1 || !ck_tok_is_punct (ctx, c - 1, ')'))
        return FALSE;
      out->is = te + 1;
      out->ie = c - 1;
    }
  else
    {
      te = stop_in (ctx, ts, e);
      if (te >= e)
        return FALSE;
      out->is = te + 1;
      out->ie = e;
    }
  out->ts = ts;
  out->te = te;
  return te > ts && ck_title_plausible (ctx, ts, te) && imprint_ok (ctx, out->is, out->ie);
}

/* "Family, Given TITLE IN CAPITALS Imprint": the trade weeklies' entry,
 * the name inverted in title case and the title in capitals with no stop
 * between; the two cases mark it, so one line is enough. */
static RuShape
inverted_caps (const CkExtractCtx *ctx, guint f, guint e, RuLine *out)
{
  guint g = f + 2, ts, te;
  if (f + 4 >= e || (ck_tok (ctx, f)->flags & CK_TOKF_UPPER) || !ck_tok_is_punct (ctx, f + 1, ','))
    return RU_NONE;
  /* the given names: capitalised words and initials, none in capitals */
  while (g < e && g < f + 6 &&
         ((ck_tok_cap_word (ctx, g) && !(ck_tok (ctx, g)->flags & CK_TOKF_UPPER)) || ck_tok_is_punct (ctx, g, '.')))
    g++;
  if (g == f + 2 || g >= e || !(ck_tok (ctx, g)->flags & CK_TOKF_UPPER))
    return RU_NONE;
  ts = g;
  for (te = ts; te < e && te < ts + 20; te++)
    {
      const CkToken *t = ck_tok (ctx, te);
      if (t->kind == CK_TOK_WORD && !(t->flags & CK_TOKF_UPPER) &&
          !(t->end - t->start == 1 && (t->flags & CK_TOKF_CAP)))
        break;
      if (t->kind == CK_TOK_PUNCT && !ck_tok_is_punct (ctx, te, ':') && !ck_tok_is_punct (ctx, te, ',') &&
          !ck_tok_is_punct (ctx, te, '-'))
        break;
    }
  while (te > ts && ck_tok (ctx, te - 1)->kind == CK_TOK_PUNCT)
    te--;
  if (ck_count_words (ctx, ts, te) < 1 || te >= e || ck_count_words (ctx, f + 2, g) > 3 ||
      ck_tok_in_lex (ctx, f, CK_LEX_NON_NAMES) || ck_tok_in_lex (ctx, f + 2, CK_LEX_NON_NAMES) ||
      /* "Leeds, Yorkshire HARBOUR OFFICE …": a place and its county */
      ck_tok_in_lex (ctx, f, CK_LEX_PLACES) || ck_span_in_lex (ctx, f + 2, g, CK_LEX_PLACES) ||
      !ck_tok_cap_word (ctx, f) || !imprint_ok_full (ctx, te, e, TRUE))
    return RU_NONE;
  out->ns = f;
  out->ne = g;
  out->ts = ts;
  out->te = te;
  out->is = te;
  out->ie = e;
  out->known = TRUE;
  return out->shape = RU_INVERTED_CAPS;
}

/* Reads one line [f,e) of the list. */
static RuShape
read_line (const CkExtractCtx *ctx, guint f, guint e, RuLine *out)
{
  memset (out, 0, sizeof *out);
  if (f >= e || !ck_tok_cap_word (ctx, f))
    return RU_NONE;
  if (inverted_caps (ctx, f, e, out))
    return out->shape;
  /* "Given Family: Title …" */
  for (guint k = f + 1; k < e && k < f + ROUNDUP_NAME_MAX; k++)
    if (ck_tok_is_punct (ctx, k, ':'))
      {
        guint nend;
        if (names_fill (ctx, f, k, &out->known, &out->role, &nend) && k + 1 < e && ck_tok_cap_word (ctx, k + 1) &&
            title_and_imprint (ctx, k + 1, e, out))
          {
            out->ns = f;
            out->ne = nend;
            return out->shape = RU_NAME_COLON;
          }
        break;
      }
  /* "Title, Given Family, Imprint" */
  {
    guint c1 = f, c2;
    while (c1 < e && c1 < f + 30 && !ck_tok_is_punct (ctx, c1, ','))
      c1++;
    for (c2 = c1 + 1; c2 < e && c2 < c1 + 6 && !ck_tok_is_punct (ctx, c2, ','); c2++)
      ;
    if (c1 > f && c2 < e && ck_tok_is_punct (ctx, c1, ',') && ck_tok_is_punct (ctx, c2, ',') &&
        person_fills (ctx, c1 + 1, c2, &out->known) && ck_title_plausible (ctx, f, c1) && imprint_ok (ctx, c2 + 1, e))
      {
        gboolean kn = FALSE;
        /* "Ann Reed, Tom Vell, …" are two names, no title */
        if (person_fills (ctx, f, c1, &kn) && kn)
          return RU_NONE;
        /* "Spring Fair, Ann Reed, Town Hall, 2s.": an event's programme */
        for (guint k = f; k < c1; k++)
          if (ck_tok_cap_word (ctx, k) && ck_tok_in_lex (ctx, k, CK_LEX_NON_TITLES))
            return RU_NONE;
        out->ts = f;
        out->te = c1;
        out->ns = c1 + 1;
        out->ne = c2;
        out->is = c2 + 1;
        out->ie = e;
        return out->shape = RU_TITLE_COMMA;
      }
  }
  /* "Title. Given Family. Imprint" */
  {
    guint t1 = stop_in (ctx, f, e), ne, t2;
    if (t1 >= e || t1 == f || t1 + 1 >= e)
      return RU_NONE;
    ne = ck_name_span_forward (ctx, t1 + 1, e);
    if (ne <= t1 + 1 || ne >= e || !(ck_tok_is_punct (ctx, ne, '.') || ck_tok_is_punct (ctx, ne, ',')))
      return RU_NONE;
    /* a name's last initial carries its stop: "Ann B." is no name here */
    if (!person_fills (ctx, t1 + 1, ne, &out->known))
      return RU_NONE;
    /* the title is no person ("Ann Reed. Tom Vell. …"), though a title
     * has a name's shape ("Heron Island") */
    {
      gboolean kn = FALSE;
      if ((person_fills (ctx, f, t1, &kn) && kn) || !ck_title_plausible (ctx, f, t1))
        return RU_NONE;
    }
    out->rs = ne + 1;
    t2 = role_sentences (ctx, ne + 1, e, NULL);
    if (!imprint_ok (ctx, t2, e))
      return RU_NONE;
    out->ts = f;
    out->te = t1;
    out->ns = t1 + 1;
    out->ne = ne;
    out->is = t2;
    out->ie = e;
    return out->shape = RU_TITLE_NAME;
  }
}

static void
add_line (CkExtractCtx *ctx, const CkDetector *det, guint p, const RuLine *rl, guint f, guint e)
{
  const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  guint flags = 0;
  ck_assemble_title (rec, ck_span_dup (ctx, rl->ts, rl->te));
  if (rl->shape == RU_INVERTED_CAPS)
    {
      g_autofree char *family = ck_tok_dup (ctx, rl->ns);
      g_autofree char *given = ck_span_dup (ctx, rl->ns + 2, rl->ne);
      ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_AUTHOR, family, given));
    }
  else
    ck_add_names_span (ctx, rec, rl->ns, rl->ne, rl->role);
  if (rl->shape == RU_TITLE_NAME)
    role_sentences (ctx, rl->rs, rl->is, rec);
  {
    guint unknown;
    imprint_into (ctx, rec, rl->is, rl->ie, &unknown);
  }
  if ((pp->flags & CK_PARA_HEADER) && !ck_have_main_mention (ctx))
    {
      flags |= CK_MENTION_MAIN;
      ck_find_review_heading (ctx, p);
    }
  ck_mention_add (ctx, det, rec, ck_tok (ctx, f)->start, ck_tok (ctx, e - 1)->end, rl->ts, flags);
  ck_claim (ctx, f, e);
}

/* The last line of the entry that opens on line @l: a line indented
 * under it, or opening in lower case, continues it ("Name: Title and
 * Other\n   Stories. Firm. 16s."). */
static guint
entry_last_line (const CkExtractCtx *ctx, const CkPara *pp, guint l)
{
  guint col = ck_tok (ctx, g_array_index (ctx->t->lines, CkLine, l).tok_first)->col, last = l;
  while (last + 1 < pp->line_end && last < l + 2)
    {
      guint f = g_array_index (ctx->t->lines, CkLine, last + 1).tok_first;
      if (ck_tok (ctx, f)->col <= col && !ck_tok_lower_word (ctx, f))
        break;
      last++;
    }
  return last;
}

void
ck_detect_roundup_list (CkExtractCtx *ctx, const CkDetector *det)
{
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      guint n_lines = pp->line_end - pp->line_first, counts[RU_N_SHAPES] = { 0 }, known[RU_N_SHAPES] = { 0 };
      RuShape shape = RU_NONE;
      if (n_lines > ROUNDUP_MAX_LINES || ck_para_is_list (ctx, pp))
        continue;
      /* a first pass counts the lines of each shape */
      for (guint l = pp->line_first; l < pp->line_end; l++)
        {
          guint last = entry_last_line (ctx, pp, l);
          guint f = g_array_index (ctx->t->lines, CkLine, l).tok_first;
          guint e = g_array_index (ctx->t->lines, CkLine, last).tok_end;
          RuLine rl;
          l = last;
          if (!ck_is_claimed (ctx, f, e))
            {
              RuShape sh = read_line (ctx, f, e, &rl);
              counts[sh]++;
              known[sh] += rl.known;
            }
        }
      /* two lines of one shape, one of them naming a known given name */
      if (counts[RU_NAME_COLON] >= 2 && known[RU_NAME_COLON] >= 1)
        shape = RU_NAME_COLON;
      else if (counts[RU_TITLE_NAME] >= 2 && known[RU_TITLE_NAME] >= 1)
        shape = RU_TITLE_NAME;
      else if (counts[RU_TITLE_COMMA] >= 2 && known[RU_TITLE_COMMA] >= 1)
        shape = RU_TITLE_COMMA;
      else if (counts[RU_INVERTED_CAPS] >= 1)
        shape = RU_INVERTED_CAPS;
      else
        continue;
      for (guint l = pp->line_first; l < pp->line_end; l++)
        {
          guint last = entry_last_line (ctx, pp, l);
          guint f = g_array_index (ctx->t->lines, CkLine, l).tok_first;
          guint e = g_array_index (ctx->t->lines, CkLine, last).tok_end;
          RuLine rl;
          l = last;
          if (!ck_is_claimed (ctx, f, e) && read_line (ctx, f, e, &rl) == shape)
            add_line (ctx, det, p, &rl, f, e);
        }
    }
}

/* Words a title in capitals has; at least two, every one upper case. */
static gboolean
caps_title (const CkExtractCtx *ctx, guint s, guint e)
{
  guint upper = 0;
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_WORD && !(t->flags & CK_TOKF_UPPER) && !(t->end - t->start == 1 && (t->flags & CK_TOKF_CAP)))
        return FALSE;
      if (t->kind == CK_TOK_QUOTE_OPEN || t->kind == CK_TOK_QUOTE_CLOSE || ck_tok_is_punct (ctx, k, '.'))
        return FALSE;
      upper += t->kind == CK_TOK_WORD && (t->flags & CK_TOKF_UPPER);
    }
  return upper >= 2;
}

/* In the lead's sentence [s,e), its writer: "… is Ada Vell's first
 * novel", "… a first novel by Ada Vell"; "by a young schoolmaster" and
 * "Mr. Vell's" name nobody new. */
static void
lead_writer (const CkExtractCtx *ctx, CkRecord *rec, guint s, guint e)
{
  for (guint k = s; k + 1 < e; k++)
    {
      guint ns = k, ne;
      if (ck_tok_is (ctx, k, "by") && ck_tok_lower_word (ctx, k))
        ns = k + 1;
      else if (k > s && !ck_tok_lower_word (ctx, k - 1) && !ck_tok_is_punct (ctx, k - 1, ','))
        continue;
      /* after "by" any two-word name; a possessive needs a known given
       * name ("Mr. Vell's", "Salt Harbour's") */
      if (!ck_tok_cap_word (ctx, ns) || (ns == k && !ck_tok_in_lex (ctx, ns, CK_LEX_GIVEN_NAMES)) ||
          ck_tok_in_lex (ctx, ns, CK_LEX_NON_NAMES))
        continue;
      ne = ck_name_span_forward (ctx, ns, e);
      if (ne <= ns + 1 || ne > ns + 4)
        continue;
      /* "by Given Family" or "Given Family's" */
      if (ns == k + 1 || (ne < e && ck_tok (ctx, ne)->kind == CK_TOK_POSS))
        {
          ck_add_names_span (ctx, rec, ns, ne, CK_ROLE_AUTHOR);
          return;
        }
    }
}

/* "THE TIN LANTERN (Oakfield, 9s. 6d.) is a first novel …": a round-up's
 * run-in lead, the title in capitals opening the paragraph and the
 * imprint with its price in parentheses after it.  The book's writer is
 * the one the lead's sentence names or nobody: not the author of the
 * round-up's first book, whose name the context would otherwise lend. */
void
ck_detect_roundup_lead (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n = ck_n_toks (ctx);
  for (guint p = 0; p < ctx->t->paras->len; p++)
    {
      const CkPara *pp = &g_array_index (ctx->t->paras, CkPara, p);
      guint f = pp->tok_first, open = f, c;
      CkRecord *rec;
      while (open < pp->tok_end && open < f + 20 && !ck_tok_is_punct (ctx, open, '('))
        open++;
      if (open >= pp->tok_end || open == f || !ck_tok_is_punct (ctx, open, '(') || ck_tok (ctx, open)->nl > 0 ||
          !caps_title (ctx, f, open) || ck_is_claimed (ctx, f, open + 1))
        continue;
      for (c = open + 1; c < pp->tok_end && c < open + 30 && !ck_tok_is_punct (ctx, c, ')'); c++)
        ;
      /* the prose runs on after the parenthesis */
      if (c + 1 >= MIN (pp->tok_end, n) || !ck_tok_is_punct (ctx, c, ')') || ck_is_claimed (ctx, open, c + 1) ||
          !(ck_tok_lower_word (ctx, c + 1) || ck_tok_is_punct (ctx, c + 1, ',')) || !imprint_ok (ctx, open + 1, c))
        continue;
      rec = ck_record_new (CK_TYPE_BOOK);
      ck_assemble_title (rec, ck_span_dup (ctx, f, open));
      ck_assemble_elements (rec, ctx->text, ck_tok (ctx, open + 1)->start, ck_tok (ctx, c - 1)->end, CK_ELEM_BLOCK, NULL);
      lead_writer (ctx, rec, c + 1, MIN (ck_sentence_end (ctx, c + 1), pp->tok_end));
      ck_mention_add (ctx, det, rec, ck_tok (ctx, f)->start, ck_tok (ctx, c)->end, f, 0);
      ck_claim (ctx, f, c + 1);
    }
}
