/* normalize-web.c — text copied from web pages, blogs, e-mail newsletters,
 * CMS exports and word processors, repaired into the prose the detectors
 * read.  ck_normalize_text() calls it at every byte that may start a repair:
 *
 *   CkWebState st;
 *   ck_web_state_init (&st, text, len);
 *   gsize used = ck_web_repair_at (&st, p, tail, out, &n);  // 0: none at p
 *
 * The repairs, each general:
 *  - character references: named ("&rsquo;", "&eacute;": libxml2's HTML 4
 *    table, plus XML's "&apos;"), decimal and hex ("&#8217;", "&#x2019;";
 *    128..159 are read as cp1252, as browsers read them), and escaped twice
 *    by a CMS ("&amp;#39;", "&amp;amp;");
 *  - HTML tags (one table, below): the italics of print ("<i>", "<em>",
 *    "<cite>") become a plain "<i>"/"</i>", which the html-italics detector
 *    reads; block tags become the line or paragraph breaks a browser shows;
 *    inline tags ("<a href=…>", "<span class=…>") go with their attributes,
 *    whose quotes would otherwise open quoted titles; comments, scripts and
 *    styles go whole.  In an HTML document (three lines or more open with a
 *    block's tag) the source's line breaks in a hard-wrapped line (long, or
 *    running on in lower case) are spaces, as a browser shows them (but in
 *    <pre>), "<br><br>" is a paragraph break, and a header set
 *    as short paragraphs before the first long one is one block of lines.
 *    <h1> and <title> keep their tags on a blog post (a "Posted …" line),
 *    where venue-masthead.c reads them, and so does a site's name line
 *    "<strong>Name</strong> — tagline";
 *  - Markdown: a static site's front matter ("---\ntitle: …\n---") goes,
 *    "[Title](url)" keeps its text and loses the address,
 *    "![alt](url)" goes, "## " and "> " at a line's start go, "\*" is a
 *    literal star that opens no emphasis;
 *  - word processors' invisible characters (soft hyphens, zero-width spaces
 *    and joiners, direction marks, byte-order marks) go, no-break spaces
 *    become spaces and non-breaking hyphens hyphens, so that "Or<SHY>chard"
 *    is one word and byte tests see a space; PDF ligatures ("ﬁ") are spelt
 *    out; rating stars go and pictographs ("📚") are spaces; line separators (U+2028), page breaks (\f, U+2029) and lone
 *    carriage returns become line or paragraph breaks.
 * Every search is bounded or done once (a failed search for a comment's end
 * is not repeated), so the pass stays linear on hostile text.
 */
#include "normalize-web.h"
#include "extract-private.h"
#include <libxml/HTMLparser.h>
#include <string.h>

typedef enum {
  WEB_TAG_DROP,    /* the tag goes, its text stays */
  WEB_TAG_LINE,    /* a line break */
  WEB_TAG_PARA,    /* a paragraph break (a blank line) */
  WEB_TAG_ITALIC,  /* "<i>" or "</i>" */
  WEB_TAG_QUOTE,   /* an opening or closing double quote */
  WEB_TAG_KEEP,    /* left as it is */
  WEB_TAG_SKIP,    /* the tag and everything up to its closing tag go */
} WebTagKind;

static const struct {
  const char *name;
  WebTagKind  kind;
} web_tags[] = {
  { "i",          WEB_TAG_ITALIC },  /* italics, which mark titles in print */
  { "em",         WEB_TAG_ITALIC },  /* what editors emit for italics */
  { "cite",       WEB_TAG_ITALIC },  /* HTML's element for the title of a work */
  { "h1",         WEB_TAG_KEEP },    /* a post's title: the blog-post reader finds it by the tag */
  { "title",      WEB_TAG_KEEP },    /* the page's title naming the blog: read there too */
  { "q",          WEB_TAG_QUOTE },   /* an inline quotation, shown in quotes */
  { "p",          WEB_TAG_PARA },    /* paragraphs and the blocks that hold them */
  { "div",        WEB_TAG_PARA },
  { "h2",         WEB_TAG_PARA },    /* headings stand apart from the prose */
  { "h3",         WEB_TAG_PARA },
  { "h4",         WEB_TAG_PARA },
  { "h5",         WEB_TAG_PARA },
  { "h6",         WEB_TAG_PARA },
  { "blockquote", WEB_TAG_PARA },
  { "ul",         WEB_TAG_PARA },
  { "ol",         WEB_TAG_PARA },
  { "dl",         WEB_TAG_PARA },
  { "table",      WEB_TAG_PARA },
  { "section",    WEB_TAG_PARA },
  { "article",    WEB_TAG_PARA },
  { "header",     WEB_TAG_PARA },
  { "footer",     WEB_TAG_PARA },
  { "aside",      WEB_TAG_PARA },
  { "nav",        WEB_TAG_PARA },
  { "main",       WEB_TAG_PARA },
  { "figure",     WEB_TAG_PARA },
  { "center",     WEB_TAG_PARA },
  { "hr",         WEB_TAG_PARA },
  { "pre",        WEB_TAG_PARA },
  { "body",       WEB_TAG_PARA },
  { "br",         WEB_TAG_LINE },    /* one line each: a list's items, a table's rows and cells */
  { "li",         WEB_TAG_LINE },
  { "tr",         WEB_TAG_LINE },
  { "td",         WEB_TAG_LINE },
  { "th",         WEB_TAG_LINE },
  { "dt",         WEB_TAG_LINE },
  { "dd",         WEB_TAG_LINE },
  { "figcaption", WEB_TAG_LINE },
  { "caption",    WEB_TAG_LINE },
  { "a",          WEB_TAG_DROP },    /* links: the text stays, the address goes */
  { "span",       WEB_TAG_DROP },    /* styling without meaning of its own */
  { "font",       WEB_TAG_DROP },
  { "b",          WEB_TAG_DROP },    /* bold marks labels and headings as often as titles */
  { "strong",     WEB_TAG_DROP },    /* (but a site's name line keeps it: name_line_close) */
  { "u",          WEB_TAG_DROP },
  { "s",          WEB_TAG_DROP },
  { "small",      WEB_TAG_DROP },
  { "big",        WEB_TAG_DROP },
  { "sup",        WEB_TAG_DROP },
  { "sub",        WEB_TAG_DROP },
  { "abbr",       WEB_TAG_DROP },
  { "acronym",    WEB_TAG_DROP },
  { "mark",       WEB_TAG_DROP },
  { "time",       WEB_TAG_DROP },
  { "ins",        WEB_TAG_DROP },
  { "del",        WEB_TAG_DROP },
  { "tt",         WEB_TAG_DROP },
  { "code",       WEB_TAG_DROP },
  { "img",        WEB_TAG_DROP },    /* an image and its alt text's quotes */
  { "wbr",        WEB_TAG_DROP },
  { "meta",       WEB_TAG_DROP },
  { "link",       WEB_TAG_DROP },
  { "html",       WEB_TAG_DROP },
  { "head",       WEB_TAG_DROP },
  { "tbody",      WEB_TAG_DROP },
  { "thead",      WEB_TAG_DROP },
  { "script",     WEB_TAG_SKIP },    /* code, never prose */
  { "style",      WEB_TAG_SKIP },
  { "noscript",   WEB_TAG_SKIP },
};

/* The table's row for the tag @name, or -1. */
static int
tag_row (const char *name)
{
  for (guint k = 0; k < G_N_ELEMENTS (web_tags); k++)
    if (strcmp (web_tags[k].name, name) == 0)
      return (int) k;
  return -1;
}

/* Output of a decoded character @u into @out: no-break spaces become
 * spaces, invisible characters nothing. */
static void
emit_char (gunichar u, char *out, guint *out_n)
{
  switch (u)
    {
    case 0x00A0: case 0x2007: case 0x202F:   /* no-break, figure and narrow no-break spaces */
      out[0] = ' ';
      *out_n = 1;
      return;
    case 0x00AD:                             /* soft hyphen: a possible break, not a character */
    case 0x200B: case 0x200C: case 0x200D:   /* zero-width space, non-joiner, joiner */
    case 0x200E: case 0x200F:                /* direction marks copied from web pages */
    case 0x2060: case 0xFEFF:                /* word joiner, byte-order mark */
      *out_n = 0;
      return;
    case 0x2010: case 0x2011:                /* hyphen, non-breaking hyphen: "Hart-Lowe" stays one word */
      out[0] = '-';
      *out_n = 1;
      return;
    case 0x2028:                             /* line separator */
      out[0] = '\n';
      *out_n = 1;
      return;
    case 0x2029:                             /* paragraph separator */
      memcpy (out, "\n\n", 2);
      *out_n = 2;
      return;
    case 0x2605: case 0x2606:                /* ★ ☆: a rating, never part of a title */
    case 0xFE0E: case 0xFE0F:                /* text and emoji presentation selectors */
      *out_n = 0;
      return;
    default:
      /* pictographs and dingbats ("📚", "✔", "⭐"): a blog's decoration; a
       * space, so that the words beside them stay apart */
      if ((u >= 0x1F000 && u <= 0x1FAFF) || (u >= 0x2700 && u <= 0x27BF) || (u >= 0x2B00 && u <= 0x2BFF))
        {
          out[0] = ' ';
          *out_n = 1;
          return;
        }
      /* "ﬁ", "ﬂ": the ligatures of text copied from a PDF, spelt out so
       * that words and lexicons match */
      if (u >= 0xFB00 && u <= 0xFB06)
        {
          static const char * const lig[] = { "ff", "fi", "fl", "ffi", "ffl", "st", "st" };
          *out_n = (guint) strlen (lig[u - 0xFB00]);
          memcpy (out, lig[u - 0xFB00], *out_n);
          return;
        }
      *out_n = g_unichar_to_utf8 (u, out);
    }
}

guint
ck_web_char (gunichar u, char *out)
{
  guint n = 0;
  emit_char (u, out, &n);
  return n;
}

/* A character reference's body at @q (just after its '&'): the character
 * in *@u and the bytes used up to its ';', or 0. */
/* Whether the text written so far (@tail) ends with a quoted title and
 * its comma, perhaps with "in": '”, ', ',” ', '’, in ', '," '. */
gboolean
ck_web_after_quoted_title (const char *tail)
{
  gsize n = strlen (tail);
  while (n > 0 && tail[n - 1] == ' ')
    n--;
  if (n >= 3 && tail[n - 1] == 'n' && tail[n - 2] == 'i' && tail[n - 3] == ' ')
    {
      n -= 3;
      while (n > 0 && tail[n - 1] == ' ')
        n--;
    }
  if (n > 0 && tail[n - 1] == ',')
    n--;
  else if (n >= 4 && tail[n - 4] == ',' && (guchar) tail[n - 3] == 0xE2)
    ;   /* ',”' : the comma inside the quotes */
  else if (n >= 2 && tail[n - 2] == ',' && tail[n - 1] == '"')
    return TRUE;
  else
    return FALSE;
  /* a closing quote: ” (E2 80 9D), ’ (E2 80 99) or a straight one */
  return (n >= 3 && (guchar) tail[n - 3] == 0xE2 && (guchar) tail[n - 2] == 0x80 &&
          ((guchar) tail[n - 1] == 0x9D || (guchar) tail[n - 1] == 0x99)) ||
         (n >= 1 && (tail[n - 1] == '"' || tail[n - 1] == '\''));
}

static gsize
entity_body (const char *q, const char *end, gunichar *u)
{
  const char *r = q;
  if (r < end && *r == '#')
    {
      gboolean hex = FALSE;
      guint64 v = 0;
      guint digits = 0;
      r++;
      if (r < end && (*r == 'x' || *r == 'X'))
        {
          hex = TRUE;
          r++;
        }
      while (r < end && digits < 8 && (hex ? g_ascii_isxdigit (*r) : g_ascii_isdigit (*r)))
        {
          v = v * (hex ? 16 : 10) + (guint64) (hex ? g_ascii_xdigit_value (*r) : *r - '0');
          r++;
          digits++;
        }
      if (!digits || r >= end || *r != ';')
        return 0;
      /* "&#146;": a cp1252 byte written as a number */
      if (v >= 0x80 && v <= 0x9F && !(v = ck_cp1252_char ((guchar) v)))
        return 0;
      if ((v < 0x20 && v != '\t' && v != '\n') || v == 0x7F || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF)
        return 0;
      *u = (gunichar) v;
      return r + 1 - q;
    }
  {
    char name[33];
    guint n = 0;
    while (r < end && n < sizeof name - 1 && g_ascii_isalnum (*r))
      name[n++] = *r++;
    if (n == 0 || r >= end || *r != ';')
      return 0;
    name[n] = '\0';
    if (strcmp (name, "apos") == 0)   /* XML's, not in HTML 4's table */
      *u = '\'';
    else
      {
        const htmlEntityDesc *d = htmlEntityLookup ((const xmlChar *) name);
        if (!d || d->value == 0)
          return 0;
        *u = d->value;
      }
    return r + 1 - q;
  }
}

/* "&amp;#39;": a reference, and the ones a second escaping made of it. */
static gsize
entity_at (const char *p, const char *end, char *out, guint *out_n)
{
  gunichar u = 0;
  gsize used = entity_body (p + 1, end, &u);
  if (!used)
    return 0;
  used++;
  for (guint k = 0; k < 3 && u == '&'; k++)
    {
      gsize more = entity_body (p + used, end, &u);
      if (!more)
        break;
      used += more;
    }
  emit_char (u, out, out_n);
  return used;
}

/* The end of the tag at @p ("<a href='x'>", "</p>", "<br/>"), its name in
 * lower case in @name and whether it closes; NULL when @p starts none.
 * Quotes open only after '=', so that an apostrophe in unquoted text
 * does not run on. */
static const char *
tag_end (const char *p, const char *end, char name[12], gboolean *closing)
{
  const char *q = p + 1, *limit = end - p > 1024 ? p + 1024 : end;
  guint n = 0;
  char quote = 0, last = 0;
  *closing = FALSE;
  if (q < limit && *q == '/')
    {
      *closing = TRUE;
      q++;
    }
  if (q >= limit || !g_ascii_isalpha (*q))
    return NULL;
  while (q < limit && g_ascii_isalnum (*q) && n < 11)
    name[n++] = g_ascii_tolower (*q++);
  name[n] = '\0';
  if (q >= limit || !(*q == '>' || *q == '/' || g_ascii_isspace (*q)))
    return NULL;
  for (; q < limit; q++)
    {
      /* a '<' ends the search even inside quotes, so that no byte is
       * searched twice on hostile text ("<a x=\"<a x=\"…") */
      if (*q == '<')
        return NULL;
      if (quote)
        {
          if (*q == quote)
            quote = 0;
          continue;
        }
      if ((*q == '"' || *q == '\'') && last == '=')
        quote = *q;
      else if (*q == '>')
        return q + 1;
      else if (*q == '<' || (*q == '\n' && q + 1 < limit && q[1] == '\n'))
        return NULL;
      if (!g_ascii_isspace (*q))
        last = *q;
    }
  return NULL;
}

/* The byte after the first @needle (ASCII, compared without case) in
 * [from, end), or NULL. */
static const char *
find_after (const char *from, const char *end, const char *needle)
{
  gsize n = strlen (needle);
  for (const char *q = from; q + n <= end; q++)
    if (*q == needle[0] && g_ascii_strncasecmp (q, needle, n) == 0)
      return q + n;
  return NULL;
}

static gboolean block_tag_at (const char *p, const char *end);

/* Non-space bytes of text outside tags in [p, end), counted up to @max. */
static gsize
text_bytes (const char *p, const char *end, gsize max)
{
  gsize n = 0;
  gboolean in_tag = FALSE;
  for (const char *q = p; q < end && n < max; q++)
    {
      if (*q == '<')
        in_tag = TRUE;
      else if (in_tag)
        in_tag = *q != '>';
      else if (!g_ascii_isspace (*q))
        n++;
    }
  return n;
}

/* The text of the next block after @q (a block tag's end): its non-space
 * bytes, counted up to @max, past empty blocks ("</p>\n<p>"). */
static gsize
next_block_bytes (const char *q, const char *end, gsize max)
{
  for (guint hops = 0; hops < 4 && q < end; hops++)
    {
      gsize n = 0;
      gboolean in_tag = FALSE;
      const char *r;
      for (r = q; r < end && n < max; r++)
        {
          if (*r == '<')
            {
              if (block_tag_at (r, end))
                break;
              in_tag = TRUE;
            }
          else if (in_tag)
            in_tag = *r != '>';
          else if (!g_ascii_isspace (*r))
            n++;
        }
      if (n > 0 || r >= end || *r != '<')
        return n;
      /* an empty block: past its tag */
      {
        char name[12];
        gboolean closing;
        if (!(q = tag_end (r, end, name, &closing)))
          return 0;
      }
    }
  return 0;
}

/* Line breaks to write for a block tag: @want less those already written
 * (@tail) and, in a fragment, those that follow in the text at @q (a
 * document's line breaks are spaces). */
static guint
breaks_needed (const CkWebState *st, guint want, const char *tail, const char *q)
{
  guint have = 0, tl = (guint) strlen (tail);
  if (tl == 0)
    return 0;   /* the text's start is a break */
  for (guint k = tl; k > 0 && tail[k - 1] == '\n'; k--)
    have++;
  for (; !st->html && q < st->end && have < want && (*q == '\n' || *q == '\r'); q++)
    have += *q == '\n';
  /* "</p><p>" and "<br>\n" on lines of their own add nothing twice */
  return have >= want ? 0 : want - have;
}

/* "<strong>Name</strong> — a tagline" opening a line: a site's name, which
 * venue-masthead.c finds by its tags under a post's <h1>.  Whether the
 * bold run whose opening tag ends at @q is one; if so the closing tag
 * is kept too. */
/* The closing tag of a bold run whose opening tag ends at @q, when the run
 * opens a line of output (@tail) and closes on it within @span bytes;
 * its length in *@tag_len.  NULL otherwise. */
static const char *
bold_run_close (const CkWebState *st, const char *q, const char *tail, gsize span, gsize *tag_len)
{
  const char *c, *limit = (gsize) (st->end - q) > span ? q + span : st->end;
  gsize tl = strlen (tail);
  if (tl > 0 && tail[tl - 1] != '\n')
    return NULL;
  for (c = q; c < limit && *c != '\n' && *c != '<'; c++)
    ;
  if (c == q)
    return NULL;
  if (c + 4 <= limit && g_ascii_strncasecmp (c, "</b>", 4) == 0)
    *tag_len = 4;
  else if (c + 9 <= limit && g_ascii_strncasecmp (c, "</strong>", 9) == 0)
    *tag_len = 9;
  else
    return NULL;
  return c;
}

static gboolean
name_line_close (CkWebState *st, const char *q, const char *tail)
{
  const char *limit = st->end - q > 200 ? q + 200 : st->end, *d, *c;
  gsize tag = 0;
  if (!(c = bold_run_close (st, q, tail, 200, &tag)) || tag != 9)
    return FALSE;
  for (d = c + 9; d < limit && *d == ' '; d++)
    ;
  if (!((limit - d >= 7 && (memcmp (d, "&mdash;", 7) == 0 || memcmp (d, "&ndash;", 7) == 0)) ||
        (limit - d >= 3 && (memcmp (d, "\u2014", 3) == 0 || memcmp (d, "\u2013", 3) == 0))))
    return FALSE;
  st->keep_close = c;
  return TRUE;
}

/* Whether the block after @q is short and a by-line ("By Name") or a
 * book's particulars ("Firm, 560 pp., $32.50"). */
static gboolean
footer_block_next (const CkWebState *st, const char *q)
{
  const char *r = q, *e;
  gsize n = next_block_bytes (q, st->end, 160);
  if (n == 0 || n >= 120)
    return FALSE;
  /* past blanks and tags to the block's text */
  while (r < st->end && (g_ascii_isspace (*r) || *r == '<'))
    {
      if (*r == '<')
        {
          const char *c = memchr (r, '>', (gsize) (st->end - r));
          if (!c)
            return FALSE;
          r = c;
        }
      r++;
    }
  for (e = r; e < st->end && *e != '<' && *e != '\n' && e < r + 160; e++)
    ;
  if (st->end - r > 3 && strncmp (r, "By ", 3) == 0 && g_ascii_isupper (r[3]))
    return TRUE;
  return e > r && ck_has_imprint_signal (st->text, r - st->text, e - st->text);
}

/* "<p><b>Title</b> Name<br>\nFirm £8.99</p>": a list's entry whose bold
 * title opens the paragraph, its author after it on the same line and a
 * break closing that line; the bold run ends a line of its own, as the
 * entry's layout means.  Whether the bold run opened at @q is one; if so
 * its closing tag is noted. */
static gboolean
bold_head_close (CkWebState *st, const char *q, const char *tail)
{
  const char *limit = st->end - q > 300 ? q + 300 : st->end, *c, *d;
  gsize tag = 0;
  if (!(c = bold_run_close (st, q, tail, 300, &tag)))
    return FALSE;
  d = c + tag;
  /* "<b>Title</b> by Name<br>" reads as it stands */
  if (d >= limit || *d != ' ' || (limit - d > 4 && g_ascii_strncasecmp (d + 1, "by ", 3) == 0))
    return FALSE;
  /* the rest of the line: a few words, then "<br" */
  for (const char *e = d; e + 3 <= limit && e < d + 120; e++)
    {
      if (*e == '\n')
        return FALSE;
      if (*e == '<')
        {
          if (g_ascii_strncasecmp (e, "<br", 3) != 0 || e - d < 4)
            return FALSE;
          st->break_close = c;
          return TRUE;
        }
    }
  return FALSE;
}

/* "<h2>Title</h2>\n<p>Name, Firm, 352 pages, £10.99</p>": a heading over
 * a short paragraph with a book's marks (an extent, a price, a binding)
 * is a review's header of lines, as in print. */
static gboolean
heading_over_imprint (CkWebState *st, const char *q)
{
  const char *r = q, *limit, *c;
  while (r < st->end && g_ascii_isspace (*r))
    r++;
  if (st->end - r < 4 || g_ascii_strncasecmp (r, "<p", 2) != 0 || !(r[2] == '>' || r[2] == ' '))
    return FALSE;
  if (!(r = memchr (r, '>', st->end - r)))
    return FALSE;
  r++;
  limit = st->end - r > 240 ? r + 240 : st->end;
  for (c = r; c + 3 < limit && g_ascii_strncasecmp (c, "</p", 3) != 0; c++)
    if (*c == '\n' && c + 1 < limit && c[1] == '\n')
      return FALSE;
  if (c + 3 >= limit)
    return FALSE;
  return ck_has_imprint_signal (st->text, r - st->text, c - st->text);
}

static gsize
tag_at (CkWebState *st, const char *p, const char *tail, char *out, guint *out_n)
{
  const char *end = st->end, *q;
  char name[12];
  gboolean closing;
  int k;
  *out_n = 0;
  /* comments, "<!DOCTYPE html>", "<?xml …?>" */
  if (p + 4 <= end && memcmp (p, "<!--", 4) == 0)
    {
      if (st->no_comment_close || !(q = find_after (p + 4, end, "-->")))
        {
          st->no_comment_close = TRUE;
          return 0;
        }
      return q - p;
    }
  if (p + 2 < end && (p[1] == '!' || p[1] == '?') && g_ascii_isalpha (p[2]))
    {
      for (q = p + 2; q < end && q < p + 1024 && *q != '<' && *q != '\n'; q++)
        if (*q == '>')
          return q + 1 - p;
      return 0;
    }
  if (!(q = tag_end (p, end, name, &closing)) || (k = tag_row (name)) < 0)
    return 0;   /* not HTML's: "<Title>" in prose stays */
  if (strcmp (name, "pre") == 0)
    st->in_pre = !closing;
  switch (web_tags[k].kind)
    {
    case WEB_TAG_KEEP:
      /* venue-masthead.c reads a blog post (a "Posted on DATE by
       * Name" line) by these tags; elsewhere they are a heading's
       * paragraph, whose tags would hide a "Title by Name" */
      if (!st->blog)
        {
          *out_n = breaks_needed (st, 2, tail, q);
          memset (out, '\n', *out_n);
          return q - p;
        }
      /* in a document the tag stands on a line of its own, as a
       * browser shows it; the opening tag is copied on after its
       * "<", the closing one written out */
      if (!st->html)
        return 0;
      if (!closing)
        {
          *out_n = breaks_needed (st, 2, tail, q);
          memset (out, '\n', *out_n);
          out[(*out_n)++] = '<';
          return 1;
        }
      *out_n = (guint) g_snprintf (out, CK_WEB_OUT_MAX, "</%s>\n\n", name);
      return q - p;
    case WEB_TAG_DROP:
      if (p == st->keep_close)
        return 0;
      if (p == st->break_close)
        {
          out[(*out_n)++] = '\n';
          return q - p;
        }
      if (!closing && strcmp (name, "strong") == 0 && name_line_close (st, q, tail))
        return 0;
      if (!closing && (strcmp (name, "b") == 0 || strcmp (name, "strong") == 0))
        bold_head_close (st, q, tail);
      return q - p;
    case WEB_TAG_LINE:
    case WEB_TAG_PARA:
      {
        guint want = web_tags[k].kind == WEB_TAG_PARA ? 2 : 1;
        gsize tl = strlen (tail);
        gboolean cell = strcmp (name, "td") == 0 || strcmp (name, "th") == 0 || strcmp (name, "dt") == 0 ||
                        strcmp (name, "dd") == 0 || strcmp (name, "li") == 0;
        /* a cell's or an item's end leaves the break to what follows */
        if (cell && closing)
          return q - p;
        /* "<dt>Publisher:</dt><dd>Firm</dd>": a label's value on its
         * line, "Publisher: Firm", as catalogue lines are read */
        if ((strcmp (name, "td") == 0 || strcmp (name, "dd") == 0) && tl > 0 &&
            (tail[tl - 1] == ':' || (tl > 1 && tail[tl - 1] == ' ' && tail[tl - 2] == ':')))
          {
            if (tail[tl - 1] == ':')
              out[(*out_n)++] = ' ';
            return q - p;
          }
        /* "<br><br>": a second break on an empty line is a paragraph's */
        if (strcmp (name, "br") == 0 && tl > 0 && tail[tl - 1] == '\n')
          want = 2;
        /* a heading over its book's imprint line: one header of lines */
        if (st->html && closing && name[0] == 'h' && name[1] >= '2' && name[1] <= '6' && !name[2] &&
            heading_over_imprint (st, q))
          {
            *out_n = breaks_needed (st, 1, tail, q);
            memset (out, '\n', *out_n);
            st->join_heading = TRUE;
            st->last_block_end = q;
            return q - p;
          }
        if (st->join_heading && !closing && strcmp (name, "p") == 0)
          {
            st->join_heading = FALSE;
            st->last_block_end = q;
            return q - p;
          }
        st->join_heading = FALSE;
        /* a document's header set as short blocks ("<p>Title</p>
         * <p>by Name</p><p>Firm, 2011</p>") is read as a header block
         * of lines, as in print, up to the first long block */
        if (st->html && want == 2)
          {
            gsize seg = text_bytes (st->last_block_end ? st->last_block_end : st->text, p, 200);
            if (seg > 0)
              st->prev_block = seg;
            st->seen_long |= seg >= 160;
            if (!st->seen_long && st->prev_block > 0 && st->prev_block < 120)
              {
                gsize next = next_block_bytes (q, end, 160);
                if (next > 0 && next < 120)
                  want = 1;
              }
            /* a newspaper's footer under the review, "<p>TITLE</p>
             * <p>By Name</p><p>Firm, 560 pp., $32.50</p>": the by-line
             * and the particulars join the short block above them */
            else if (st->seen_long && st->prev_block > 0 && st->prev_block < 120 && footer_block_next (st, q))
              want = 1;
          }
        st->last_block_end = q;
        *out_n = breaks_needed (st, want, tail, q);
        memset (out, '\n', *out_n);
        /* "<li>": an item opens its line with the bullet a browser shows,
         * so that a list of entries is read item by item */
        if (strcmp (name, "li") == 0 && (*out_n > 0 || tl == 0 || tail[tl - 1] == '\n'))
          {
            memcpy (out + *out_n, "\xe2\x80\xa2 ", 4);
            *out_n += 4;
          }
        return q - p;
      }
    case WEB_TAG_ITALIC:
      /* "“Essay,” <i>Journal</i> 53 (2008)", "‘Essay’, in <em>Book</em>":
       * the italics after a quoted title name its periodical or book,
       * which the readers of notes take from plain text, as print's
       * notes are copied; their marks go */
      if (!closing && ck_web_after_quoted_title (tail))
        {
          st->plain_italic = TRUE;
          return q - p;
        }
      if (closing && st->plain_italic)
        {
          st->plain_italic = FALSE;
          return q - p;
        }
      *out_n = closing ? 4 : 3;
      memcpy (out, closing ? "</i>" : "<i>", *out_n);
      return q - p;
    case WEB_TAG_QUOTE:
      emit_char (closing ? 0x201D : 0x201C, out, out_n);
      return q - p;
    case WEB_TAG_SKIP:
      {
        const char *c = NULL;
        if (!closing && !st->no_body_close)
          {
            char needle[16];
            g_snprintf (needle, sizeof needle, "</%s", name);
            if (!(c = find_after (q, end, needle)))
              st->no_body_close = TRUE;
            else if ((c = memchr (c, '>', (gsize) (end - c))) != NULL)
              c++;
          }
        return (c ? c : q) - p;
      }
    }
  return 0;
}

/* A Markdown link or image at @p ('[' or "!["): sets the link's close and
 * end and returns its ']' , or NULL.  "[text](address)" and "[text][ref]"
 * on one line; an address has a ':', '/', '.' or '#', so that "[sic](1990)"
 * stays. */
static const char *
link_at (CkWebState *st, const char *p)
{
  const char *end = st->end, *q, *r;
  for (q = p + 1; q < end && q < p + 300 && *q != ']'; q++)
    if (*q == '\n' || *q == '[')
      return NULL;
  if (q >= end || *q != ']' || q == p + 1 || q + 1 >= end)
    return NULL;
  if (q[1] == '(')
    {
      gboolean addr = FALSE;
      for (r = q + 2; r < end && r < q + 1000 && *r != ')' && !g_ascii_isspace (*r) && !strchr ("[]<\"", *r); r++)
        addr |= *r == ':' || *r == '/' || *r == '.' || *r == '#';
      /* '(url "a title")': the link's hover title goes with it */
      if (addr && r + 2 < end && *r == ' ' && r[1] == '"')
        {
          const char *t = r + 2;
          while (t < end && t < r + 200 && *t != '"' && *t != '\n')
            t++;
          if (t + 1 < end && *t == '"' && t[1] == ')')
            r = t + 1;
        }
      if (r >= end || *r != ')' || !addr)
        return NULL;
    }
  else if (q[1] == '[')
    {
      for (r = q + 2; r < end && r < q + 40 && g_ascii_isalnum (*r); r++)
        ;
      if (r >= end || *r != ']' || r == q + 2)
        return NULL;
    }
  else
    return NULL;
  st->link_close = q;
  st->link_end = r + 1;
  return q;
}

/* Whether a block's tag (a break of its own) starts at @p. */
static gboolean
block_tag_at (const char *p, const char *end)
{
  char name[12];
  gboolean closing;
  int k;
  if (p >= end || *p != '<' || !tag_end (p, end, name, &closing) || (k = tag_row (name)) < 0)
    return FALSE;
  return web_tags[k].kind == WEB_TAG_LINE || web_tags[k].kind == WEB_TAG_PARA || web_tags[k].kind == WEB_TAG_KEEP;
}

void
ck_web_state_init (CkWebState *st, const char *text, gsize len)
{
  const char *end = text + len;
  guint blocks = 0;
  memset (st, 0, sizeof *st);
  st->text = text;
  st->end = end;
  /* an HTML document, not text with a few tags in it: three lines or
   * more open with a block's tag, or the text opens as a document does */
  for (const char *p = text; p < end && blocks < 3;)
    {
      const char *q = p;
      while (q < end && (*q == ' ' || *q == '\t'))
        q++;
      if (q == text && end - q >= 5 && (g_ascii_strncasecmp (q, "<!doc", 5) == 0 || g_ascii_strncasecmp (q, "<html", 5) == 0))
        blocks = 3;
      else if (block_tag_at (q, end))
        blocks++;
      if (blocks && !st->html_from)
        st->html_from = p;
      if (!(p = memchr (q, '\n', (gsize) (end - q))))
        break;
      p++;
    }
  st->html = blocks >= 3;
  /* a blog post's meta line near the top (venue-masthead.c's reading) */
  for (const char *p = text; p + 7 <= end && p < text + 4000; p++)
    if (*p == 'P' && memcmp (p, "Posted ", 7) == 0)
      {
        st->blog = TRUE;
        break;
      }
}

/* In a document, a run of white space holding a line break at @p: one
 * space, as a browser shows it, or nothing at a line's start or before a
 * block's tag.  Returns the run's length (0: not such a run). */
static gsize
html_space_at (CkWebState *st, const char *p, const char *tail, char *out, guint *out_n)
{
  const char *q = p;
  gsize tl = strlen (tail);
  if (!st->html || st->in_pre || p < st->html_from)
    return 0;
  const char *b = p;
  while (q < st->end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
    q++;
  if (tl == 0 || tail[tl - 1] == '\n' || q == st->end || block_tag_at (q, st->end))
    return q - p;
  /* a blank line between plain lines of a page pasted as text ("By Name,
   * Updated June 3\n\nTITLE: Sub<br>") parts them, as in print */
  {
    guint nl = 0;
    for (const char *r = p; r < q; r++)
      nl += *r == '\n';
    if (nl >= 2)
      {
        out[(*out_n)++] = '\n';
        out[(*out_n)++] = '\n';
        return q - p;
      }
  }
  /* a hard-wrapped line is long or runs on in lower case; a short line
   * before a capital is a line of its own even in a document ("<p>Title\n
   * by Name\nFirm, 2011</p>"), as its writer set it */
  while (b > st->text && b[-1] != '\n' && p - b < 60)
    b--;
  while ((b == st->text || b[-1] == '\n') && b < p && (*b == ' ' || *b == '\t'))
    b++;
  if (p - b >= 60 || (q < st->end && g_ascii_islower (*q)))
    {
      if (tail[tl - 1] != ' ')
        out[(*out_n)++] = ' ';
    }
  else
    out[(*out_n)++] = '\n';
  return q - p;
}

/* A static site's front matter opening the text ("---\ntitle: \"…\"\n
 * date: 2019-05-04\n---"): its length, or 0.  It is data about the post,
 * whose quoted values would read as quoted titles; every line inside is
 * "key: value", a list item or blank, and it closes within 4000 bytes. */
static gsize
front_matter_end (const CkWebState *st)
{
  const char *p = st->text, *end = st->end, *limit = end - p > 4000 ? p + 4000 : end, *l;
  guint keys = 0;
  if (limit - p < 8 || memcmp (p, "---", 3) != 0 || !(p[3] == '\n' || (p[3] == '\r' && p[4] == '\n')))
    return 0;
  for (l = memchr (p, '\n', (gsize) (limit - p)) + 1; l && l < limit;)
    {
      const char *e = memchr (l, '\n', (gsize) (limit - l)), *k = l;
      if (!e)
        return 0;
      if (e - l >= 3 && memcmp (l, "---", 3) == 0 && (e - l == 3 || (e - l == 4 && l[3] == '\r')))
        return keys > 0 ? (gsize) (e + 1 - p) : 0;
      while (k < e && (*k == ' ' || *k == '\t'))
        k++;
      /* an indented line continues a value or a list */
      if (k == l && k < e && *k != '-' && *k != '\r')
        {
          const char *c = k;
          while (c < e && (g_ascii_isalnum (*c) || *c == '_' || *c == '-'))
            c++;
          if (c == k || c >= e || *c != ':')
            return 0;
          keys++;
        }
      l = e + 1;
    }
  return 0;
}

static gboolean
line_start (const CkWebState *st, const char *p)
{
  return p == st->text || p[-1] == '\n';
}

gsize
ck_web_repair_at (CkWebState *st, const char *p, const char *tail, char *out, guint *out_n)
{
  const char *end = st->end, *q;
  *out_n = 0;
  if (st->link_close && p > st->link_close)
    st->link_close = NULL;   /* another repair took the link's close */
  switch (*p)
    {
    case '\n':
      return html_space_at (st, p, tail, out, out_n);
    case '\r':
      if (st->html)
        return html_space_at (st, p, tail, out, out_n);
      /* a lone carriage return ends a line (old Mac and some exports) */
      if (p + 1 < end && p[1] == '\n')
        return 0;
      out[0] = '\n';
      *out_n = 1;
      return 1;
    case '\f':
      /* a page break (the only control byte the extractor accepts
       * besides tabs and line ends) */
      memcpy (out, "\n\n", 2);
      *out_n = 2;
      return 1;
    case '-':
      return p == st->text ? front_matter_end (st) : 0;
    case '&':
      return entity_at (p, end, out, out_n);
    case '<':
      return tag_at (st, p, tail, out, out_n);
    case '[':
      return !st->link_close && link_at (st, p) ? 1 : 0;
    case '!':
      if (p + 1 < end && p[1] == '[' && !st->link_close && link_at (st, p + 1))
        {
          gsize used = st->link_end - p;
          st->link_close = NULL;
          return used;   /* an image: its alt text is no prose */
        }
      return 0;
    case ']':
      if (p != st->link_close)
        return 0;
      st->link_close = NULL;
      return st->link_end - p;
    case '\\':
      /* "\*": Markdown's escape of a mark it would read */
      if (p + 1 < end && p[1] != '\0' && strchr ("\\`*_{}[]()#+-.!<>|~", p[1]))
        {
          out[0] = p[1];
          *out_n = 1;
          return 2;
        }
      return 0;
    case '#':
      /* "## Heading": the marks go, the heading stays on its line */
      if (!line_start (st, p))
        return 0;
      for (q = p; q < end && *q == '#' && q < p + 6; q++)
        ;
      if (q >= end || *q != ' ')
        return 0;
      while (q < end && *q == ' ')
        q++;
      return q - p;
    case '>':
      /* "> quoted", "> > quoted twice": a quotation's marks in e-mail and Markdown */
      if (!line_start (st, p) || (p + 1 < end && p[1] != ' ' && p[1] != '>' && p[1] != '\n'))
        return 0;
      for (q = p; q < end && *q == '>';)
        {
          q++;
          while (q < end && *q == ' ')
            q++;
        }
      return q - p;
    default:
      /* "Faber,Â 2011": a no-break space that went through cp1252 and
       * lost its second byte to a space; a capital before it ("CHÂ ")
       * leaves it be */
      if ((guchar) p[0] == 0xC3 && p + 2 < end && (guchar) p[1] == 0x82 && p[2] == ' ' &&
          (p == st->text || !g_ascii_isupper (p[-1])))
        return 2;
      if ((guchar) *p >= 0xC2)
        {
          gunichar u = g_utf8_get_char (p);
          char tmp[6];
          guint n = 0;
          emit_char (u, tmp, &n);
          /* only the characters emit_char changes */
          if (n == (guint) g_unichar_to_utf8 (u, NULL) && memcmp (tmp, p, n) == 0)
            return 0;
          memcpy (out, tmp, n);
          *out_n = n;
          return g_utf8_next_char (p) - p;
        }
      return 0;
    }
}
