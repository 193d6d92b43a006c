/* detect-web.c — conventions of reviews published on the web, for the
 * detectors that read markup left in the text (normalize-web.c has made
 * every italic "<i>…</i>").
 *
 *   guint k = ck_italics_byline (ctx, after, limit, rec);  // after "</i>"
 */
#include "detect-extra.h"
#include "title-short.h"

static gboolean imprint_paren (const CkExtractCtx *ctx, guint open);

/* "<i>Title</i> by Given Family, translated by X (…)": a web page's
 * italic title followed by its by-line, as blogs and CMS templates set
 * a book (print sets "Title, by Author"; the web drops the comma).  At
 * @k, the token after the closing tag: adds the names to @rec and returns
 * the token after them and their roles, or @k when no by-line of two
 * words or more follows. */
guint
ck_italics_byline (const CkExtractCtx *ctx, guint k, guint limit, CkRecord *rec)
{
  g_autoptr(GPtrArray) names = NULL;
  guint ne, s = k, plimit, is;
  if (s < limit && ck_tok_is_punct (ctx, s, ','))
    s++;
  /* "<i>Title</i>, Given Family (Firm, 2011)": a list's entry names the
   * author after a comma or a dash with no "by"; the imprint must follow */
  if (s < limit && !ck_tok_is (ctx, s, "by") &&
      (s > k || ck_tok_is_punct (ctx, k, 0x2014) || ck_tok_is_punct (ctx, k, 0x2013)))
    {
      if (s == k)
        s++;
      g_autoptr(CkRecord) roles = ck_record_new (CK_TYPE_BOOK);
      guint re;
      names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
      ne = ck_names_forward (ctx, s, limit, CK_ROLE_AUTHOR, names);
      if (ne == s || names->len == 0 || ck_count_words (ctx, s, ne) < 2)
        return k;
      /* "<i>Title</i>, Given Family, trans. B (Firm, 2022)": the other
       * roles may stand between the author and the imprint */
      re = ck_role_chain (ctx, ne, limit, roles);
      if (!imprint_paren (ctx, re))
        return k;
      for (guint q = 0; q < names->len; q++)
        ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
      for (guint q = 0; q < ck_record_get_n_names (roles); q++)
        ck_record_add_name_unique (rec, ck_name_copy (ck_record_get_name (roles, q)));
      return re;
    }
  if (s >= limit || !ck_tok_is (ctx, s, "by"))
    return k;
  names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  /* outside running prose a header's line ends the by-line ("T by A
   * Family\nFirm & Firm, 2012"): the next line is the imprint */
  {
    guint le = s + 1;
    plimit = limit;
    if (!(g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, s)).flags & CK_PARA_PROSE))
      {
        while (le < limit && (le == s + 1 || ck_tok (ctx, le)->nl == 0))
          le++;
        limit = le;
      }
  }
  ne = ck_names_forward (ctx, s + 1, limit, CK_ROLE_AUTHOR, names);
  if (ne == s + 1 || names->len == 0 || ck_count_words (ctx, s + 1, ne) < 2)
    return k;
  for (guint q = 0; q < names->len; q++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
  ne = ck_short_skip_unnamed (ctx, ne, limit);
  /* ", translated by B" */
  ne = ck_role_chain (ctx, ne, limit, rec);
  /* "<i>T</i> by A. Firm, 2011. 320 pp.": a header line's imprint after
   * the by-line, outside running prose */
  /* (or on the header's next line: "T by A\nFirm, 2011, 160 pages") */
  is = ne + 1;
  if (ne < plimit && ck_tok (ctx, ne)->nl == 1 && !ck_tok_is_punct (ctx, ne - 1, ','))
    is = ne;
  else if (!(ck_tok_is_punct (ctx, ne, '.') || ck_tok_is_punct (ctx, ne, ',')))
    is = plimit;
  if (is < plimit && ck_tok (ctx, is)->nl == (is == ne ? 1 : 0) &&
      !(g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, ne)).flags & CK_PARA_PROSE))
    {
      guint le = is + 1;
      while (le < plimit && ck_tok (ctx, le)->nl == 0)
        le++;
      if (ck_has_imprint_signal (ctx->text, ck_tok (ctx, is)->start, ck_tok (ctx, le - 1)->end))
        {
          ck_assemble_elements (rec, ctx->text, ck_tok (ctx, is)->start, ck_tok (ctx, le - 1)->end,
                                CK_ELEM_BLOCK, NULL);
          return le;
        }
    }
  return ne;
}

/* Whether the "(" at @open closes on the same paragraph within a few
 * tokens and holds an imprint: a year or a publisher, nothing unknown. */
static gboolean
imprint_paren (const CkExtractCtx *ctx, guint open)
{
  guint n = ck_n_toks (ctx), c;
  g_autoptr(CkRecord) probe = NULL;
  guint unknown = 0;
  if (open >= n || !ck_tok_is_punct (ctx, open, '('))
    return FALSE;
  for (c = open + 1; c < n && c < open + 24; c++)
    {
      if (ck_tok (ctx, c)->nl >= 2 || ck_tok_is_punct (ctx, c, '('))
        return FALSE;
      if (ck_tok_is_punct (ctx, c, ')'))
        break;
    }
  if (c >= n || c == open + 1 || !ck_tok_is_punct (ctx, c, ')'))
    return FALSE;
  probe = ck_record_new (CK_TYPE_BOOK);
  return ck_assemble_elements (probe, ctx->text, ck_tok (ctx, open + 1)->start, ck_tok (ctx, c - 1)->end,
                               CK_ELEM_INLINE, &unknown) > 0 &&
         unknown == 0 && (ck_record_get_date (probe, CK_DATE_ISSUED) || ck_record_has (probe, CK_FIELD_PUBLISHER));
}

gboolean
ck_italics_phrase (const CkExtractCtx *ctx, guint s, guint e)
{
  if (e <= s || e - s > 24 || !ck_tok_cap_word (ctx, s) || !ck_title_plausible (ctx, s, e) || ck_count_words (ctx, s, e) < 2)
    return FALSE;
  /* one phrase: no sentence's end and no line's gap inside */
  for (guint k = s; k < e; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->nl >= 2 || (t->kind == CK_TOK_PUNCT && (t->ch == '.' || t->ch == ';' || t->ch == '!' || t->ch == '<')))
        return FALSE;
    }
  return TRUE;
}

/* "<i>Det tomme haven</i> (Oslo: Gannet, 2009)": italics that hold a
 * title in sentence case, as foreign titles and some house styles set
 * them, where the title-case test of the spans would stop at the first
 * lower-case word.  Taken only when an imprint follows the italics (at
 * @after, the token after the closing tag): italics also set emphasis
 * and foreign phrases.  @s and @e bound the italic words. */
gboolean
ck_italics_sentence_title (const CkExtractCtx *ctx, guint s, guint e, guint after)
{
  /* "first published as <i>…</i>": another edition's title of a work
   * named elsewhere, which the published-as reading keeps on that work */
  return ck_italics_phrase (ctx, s, e) && !(s >= 4 && ck_tok_is (ctx, s - 4, "as")) && imprint_paren (ctx, after);
}

/* Whether the tokens [s,e) read wholly as imprint elements (a price, a
 * year, an extent), and if so fills them into @rec. */
static gboolean
take_elements (const CkExtractCtx *ctx, guint s, guint e, CkRecord *rec)
{
  g_autoptr(CkRecord) probe = ck_record_new (CK_TYPE_BOOK);
  guint unknown = 0;
  gsize bs, be;
  if (e <= s)
    return FALSE;
  bs = ck_tok (ctx, s)->start;
  be = ck_tok (ctx, e - 1)->end;
  if (ck_assemble_elements (probe, ctx->text, bs, be, CK_ELEM_INLINE, &unknown) == 0 || unknown > 0)
    return FALSE;
  ck_assemble_elements (rec, ctx->text, bs, be, CK_ELEM_INLINE, NULL);
  return TRUE;
}

/* "T by A is published by Faber & Faber (£16.99)", "… is published in
 * paperback by Gannet at £9.99", "… is out now from Gannet (£18)": the
 * closing line web papers give a reviewed book.  At @k (the token after
 * the by-line): fills the publisher and the price or year that follow
 * and returns the token after them, or @k when no such clause is there. */
guint
ck_published_by_tail (const CkExtractCtx *ctx, guint k, guint limit, CkRecord *rec)
{
  guint j = k, ps;
  if (!(ck_tok_is (ctx, j, "is") || ck_tok_is (ctx, j, "are")))
    return k;
  j++;
  if (ck_tok_is (ctx, j, "published"))
    {
      j++;
      if (ck_tok_is (ctx, j, "in") &&
          (ck_tok_is (ctx, j + 1, "paperback") || ck_tok_is (ctx, j + 1, "hardback") || ck_tok_is (ctx, j + 1, "hardcover")))
        j += 2;
      if (!ck_tok_is (ctx, j, "by"))
        return k;
    }
  else if (ck_tok_is (ctx, j, "out"))
    {
      if (ck_tok_is (ctx, j + 1, "now"))
        j++;
      if (!ck_tok_is (ctx, j + 1, "from"))
        return k;
      j++;
    }
  else
    return k;
  ps = ++j;
  /* the firm: capitalised words, with "&", "and" and "of" inside */
  while (j < limit && j < ps + 8 && ck_tok (ctx, j)->nl < 2)
    {
      const CkToken *t = ck_tok (ctx, j);
      if (t->kind == CK_TOK_WORD && ((t->flags & CK_TOKF_CAP) || (j > ps && (ck_tok_is (ctx, j, "and") || ck_tok_is (ctx, j, "of")))))
        j++;
      else if (j > ps && ck_tok_is_punct (ctx, j, '&'))
        j++;
      else
        break;
    }
  while (j > ps && !(ck_tok (ctx, j - 1)->kind == CK_TOK_WORD && (ck_tok (ctx, j - 1)->flags & CK_TOKF_CAP)))
    j--;
  if (j == ps)
    return k;
  ck_record_take (rec, CK_FIELD_PUBLISHER, ck_span_dup (ctx, ps, j));
  /* "(£16.99)", "(£16.99, 320pp)" */
  if (j < limit && ck_tok_is_punct (ctx, j, '('))
    {
      guint c;
      for (c = j + 1; c < limit && c < j + 16 && ck_tok (ctx, c)->nl < 2 && !ck_tok_is_punct (ctx, c, ')'); c++)
        ;
      if (c < limit && ck_tok_is_punct (ctx, c, ')') && take_elements (ctx, j + 1, c, rec))
        return c + 1;
    }
  /* "at £9.99", ", £18" up to the sentence's end */
  else if (j + 1 < limit && (ck_tok_is (ctx, j, "at") || ck_tok_is_punct (ctx, j, ',')))
    {
      guint e = j + 1;
      while (e < limit && e < j + 8 && ck_tok (ctx, e)->nl == 0 && !ck_tok_is_punct (ctx, e, ',') &&
             !ck_tok_is_punct (ctx, e, ';') && !ck_tok_is_punct (ctx, e, ')') &&
             !(ck_tok_is_punct (ctx, e, '.') && (e + 1 >= limit || (ck_tok (ctx, e)->flags & CK_TOKF_SPACE))))
        e++;
      if (take_elements (ctx, j + 1, e, rec) && ck_record_has (rec, CK_FIELD_PRICE))
        return e;
    }
  return j;
}

/* "Tomas Vell, <i>The Lamp Room</i> (…)", "- Ivo Santer — <i>T</i>": a
 * reading list's line that opens with the author, set apart from the
 * italic title by a comma, a colon or a dash.  At @open (the italics'
 * "<"): adds the names to @rec and returns the first name's token, or
 * @open when the line does not open so. */
guint
ck_italics_author_before (const CkExtractCtx *ctx, guint open, CkRecord *rec)
{
  g_autoptr(GPtrArray) names = NULL;
  guint sep, floor, ns;
  const CkToken *t;
  if (open < 3)
    return open;
  sep = open - 1;
  t = ck_tok (ctx, sep);
  if (t->kind != CK_TOK_PUNCT || !(t->ch == ',' || t->ch == ':' || t->ch == '-' || t->ch == 0x2013 || t->ch == 0x2014))
    return open;
  /* the line's first token, a few words back */
  for (floor = sep; floor > 0 && ck_tok (ctx, floor)->nl == 0 && sep - floor < 10; floor--)
    ;
  if (ck_tok (ctx, floor)->nl == 0 && floor > 0)
    return open;
  ns = ck_name_span_backward (ctx, sep, floor);
  if (ns >= sep || ck_count_words (ctx, ns, sep) < 2)
    return open;
  /* nothing before the name but a bullet ("-", "*", "•") or a number */
  if (ns > floor)
    {
      const CkToken *b = ck_tok (ctx, floor);
      gboolean bullet = ns == floor + 1 && b->kind == CK_TOK_PUNCT && (b->ch == '-' || b->ch == '*' || b->ch == 0x2022);
      gboolean number = ns == floor + 2 && b->kind == CK_TOK_NUMBER && ck_tok_is_punct (ctx, floor + 1, '.');
      if (!bullet && !number)
        return open;
    }
  names = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_name_free);
  if (ck_names_forward (ctx, ns, sep, CK_ROLE_AUTHOR, names) != sep || names->len == 0)
    return open;
  for (guint q = 0; q < names->len; q++)
    ck_record_add_name_unique (rec, g_steal_pointer (&g_ptr_array_index (names, q)));
  return ns;
}

/* "Books | Fiction | The Tin Orchard by …", "Home » Reviews » …": a web
 * page's section trail before a heading.  Returns @s (the heading's first
 * token) when [@first, @s) is such a trail — a few words, each part ended
 * by a separator, the last just before @s — or @first. */
guint
ck_trail_before (const CkExtractCtx *ctx, guint first, guint s)
{
  guint words = 0;
  gboolean sep_last = FALSE;
  if (s <= first || s - first > 10)
    return first;
  for (guint k = first; k < s; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->kind == CK_TOK_WORD)
        {
          words++;
          sep_last = FALSE;
        }
      /* ("»" is tokenized as a quote) */
      else if (t->kind != CK_TOK_WORD && t->kind != CK_TOK_NUMBER &&
               (t->ch == '|' || t->ch == 0x00BB || t->ch == 0x203A || t->ch == '>' || t->ch == '/' || t->ch == 0x00B7))
        {
          if (sep_last || k == first)
            return first;
          sep_last = TRUE;
        }
      else
        return first;
    }
  return sep_last && words > 0 && words <= 6 ? s : first;
}
