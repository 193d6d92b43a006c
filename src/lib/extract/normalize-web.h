/* normalize-web.h — repairs of text copied from web pages, e-mail and
 * word processors (normalize-web.c), called by ck_normalize_text(). */
#pragma once

#include <glib.h>

/* The longest output of one repair, in bytes. */
#define CK_WEB_OUT_MAX 16
/* The bytes written so far that a repair may look back on (and a NUL). */
#define CK_WEB_TAIL 12

/* What the repairs remember while ck_normalize_text() walks the text. */
typedef struct {
  const char *text, *end;
  const char *link_close;   /* the ']' of a Markdown link whose text is being copied */
  const char *link_end;     /* … and the byte after its "(url)" */
  const char *keep_close;   /* the "</strong>" of a site's name line, kept */
  const char *break_close;  /* the "</b>" of a list entry's bold title, read as a line's end */
  gboolean    no_comment_close;  /* a search for "-->" reached the end: later ones would too */
  gboolean    no_body_close;     /* the same for "</script>" and "</style>" */
  gboolean    html;              /* a document, whose line breaks are spaces */
  const char *html_from;         /* the line of its first block tag: plain lines before it
                                  * (a header pasted above the page's body) keep their breaks */
  gboolean    in_pre;            /* inside <pre>, whose line breaks are kept */
  const char *last_block_end;    /* the byte after the last block tag of a document */
  gsize       prev_block;        /* the last non-empty block's text bytes (up to 200) */
  gboolean    seen_long;         /* a long block was passed: the header is over */
  gboolean    blog;              /* a "Posted …" line near the top: <h1> and <title> stay */
  gboolean    plain_italic;      /* an italic span after a quoted title, its marks dropped */
  gboolean    join_heading;      /* a heading's close was a line break: so is the next "<p>" */
} CkWebState;

/* Readies @st for @text, and tells an HTML document (several lines open
 * with a block's tag) from text with a few tags in it. */
void ck_web_state_init (CkWebState *st, const char *text, gsize len);

/* @u as the repairs write it into @out (CK_WEB_OUT_MAX bytes): no-break
 * spaces as spaces, invisible characters as nothing, …; returns the bytes
 * written. */
guint ck_web_char (gunichar u, char *out);
/* Whether the text written so far (@tail) ends with a quoted title and
 * its comma, perhaps with "in": '”, ', ',” ', '’, in ', '," ' — italics
 * after it name a periodical or a book and are read as plain text. */
gboolean ck_web_after_quoted_title (const char *tail);

/* The character cp1252 shows for byte @b in 0x80..0x9F, or 0 (normalize.c). */
gunichar ck_cp1252_char (guchar b);

/* A web repair at @p (a byte of @st's text): its output in @out (up to
 * CK_WEB_OUT_MAX bytes, *@out_n of them, possibly none) and the number of
 * bytes it replaces; 0 when no repair applies at @p.  @tail is the last
 * bytes written so far (up to CK_WEB_TAIL - 1; "" at the start), so that
 * block tags add only the line breaks the text lacks. */
gsize ck_web_repair_at (CkWebState *st, const char *p, const char *tail, char *out, guint *out_n);
