/* bridge-input.c — what libbibutils is given to read.
 *
 * The library trusts its input: it does not validate UTF-8, recurses
 * without a limit, scans XML as strings and loops forever on some
 * malformed tagged text (each found by fuzzing).  So every input is
 * checked here (UTF-8, control bytes, line length, XML depth and width;
 * errors carry source:line:col) and rewritten into the plain form the
 * library's readers follow: XML in another declared encoding converted to
 * UTF-8, XML re-serialized by libxml2, line ends and byte order marks
 * normalized, records separated the way each reader expects.
 *
 * No bibutils header is included here; bibutils-bridge.c stays the only
 * file that talks to the library.
 */
#include "bridge-input.h"
#include "util/xml-safe.h"

#include <libxml/xmlreader.h>

#include <string.h>

#define BRIDGE_MAX_LINE      (1024 * 1024)     /* text formats: bytes per line */
#define BRIDGE_MAX_WIDTH     10000             /* XML: children of one element inside a record */

static void
position_of (const char *data, gsize offset, guint *line, guint *col)
{
  const char *nl = data;
  guint l = 1;
  for (const char *p = data; p < data + offset; p++)
    if (*p == '\n')
      {
        l++;
        nl = p + 1;
      }
  *line = l;
  /* columns count characters, not bytes */
  *col = (guint) g_utf8_pointer_to_offset (nl, data + offset) + 1;
}

/* The encoding an XML declaration names, or NULL (= UTF-8); @at and
 * @at_len locate the name in @data. */
static char *
xml_declared_encoding (const char *data, gsize len, gsize *at, gsize *at_len)
{
  gsize head = MIN (len, (gsize) 512);
  const char *decl_end, *enc, *close;
  char q;

  if (head < 5 || memcmp (data, "<?xml", 5) != 0)
    return NULL;
  decl_end = g_strstr_len (data, head, "?>");
  if (!decl_end)
    return NULL;
  enc = g_strstr_len (data, decl_end - data, "encoding");
  if (!enc)
    return NULL;
  enc += strlen ("encoding");
  while (enc < decl_end && (*enc == ' ' || *enc == '='))
    enc++;
  q = *enc;
  if (q != '"' && q != '\'')
    return NULL;
  enc++;
  close = memchr (enc, q, decl_end - enc);
  if (!close)
    return NULL;
  *at = enc - data;
  *at_len = close - enc;
  return g_strndup (enc, close - enc);
}

/* XML in another declared encoding is converted to UTF-8 here (iconv
 * knows more charsets than the library, and then one UTF-8 check covers
 * every input); the declaration is rewritten to match.  Returns NULL with
 * nothing to do, or on error with @error set. */
static GString *
xml_to_utf8 (const char *data, gsize len, const char *source, gboolean *failed, GError **error)
{
  gsize at = 0, at_len = 0, written = 0;
  g_autofree char *enc = xml_declared_encoding (data, len, &at, &at_len);
  g_autofree char *conv = NULL;
  g_autoptr(GError) local = NULL;
  GString *s;

  *failed = FALSE;
  if (!enc || g_ascii_strcasecmp (enc, "utf-8") == 0 || g_ascii_strcasecmp (enc, "utf8") == 0)
    return NULL;
  conv = g_convert (data, len, "UTF-8", enc, NULL, &written, &local);
  if (!conv)
    {
      /* the declared name is input: show it escaped, and not all of it */
      g_autofree char *shown_enc = g_strescape (enc, NULL);
      g_autofree char *shown_msg = g_utf8_make_valid (local->message, -1);
      if (strlen (shown_enc) > 40)
        strcpy (shown_enc + 37, "...");
      *failed = TRUE;
      g_set_error (error, CK_ERROR, CK_ERROR_ENCODING, "%s:1:1: cannot read text declared as \"%s\": %s",
                   source, shown_enc, shown_msg);
      return NULL;
    }
  /* the declaration is ASCII in every encoding we accept, so @at holds */
  s = g_string_new_len (conv, written);
  if (at + at_len <= s->len && g_ascii_strncasecmp (s->str + at, enc, at_len) == 0)
    {
      g_string_erase (s, at, at_len);
      g_string_insert (s, at, "UTF-8");
    }
  return s;
}

/* Skips an XML comment, CDATA section, declaration or processing
 * instruction starting at @p ('<' followed by '!' or '?'); returns the
 * position after it, or @end when it is not closed. */
static const char *
xml_skip_special (const char *p, const char *end)
{
  const char *close = ">";
  if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
    close = "-->";
  else if (end - p >= 9 && memcmp (p, "<![CDATA[", 9) == 0)
    close = "]]>";
  else if (p[1] == '?')
    close = "?>";
  const char *hit = g_strstr_len (p + 2, end - (p + 2), close);
  return hit ? hit + strlen (close) : end;
}

/* Refuses what libbibutils mishandles: invalid UTF-8 (it decodes it into
 * wrong characters), C0 control bytes (copied raw into XML output),
 * unbounded lines, and XML nested deeper or wider than its recursive
 * readers survive.  Errors carry source:line:col. */
static gboolean
check_input (const CkBridgeInput *in, const char *data, gsize len, const char *source,
             const CkReadOptions *options, GError **error)
{
  guint max_depth = options->max_depth ? options->max_depth : CK_BRIDGE_DEFAULT_DEPTH;
  gsize max_line = in->xml ? (options->max_field ? options->max_field : 16 * 1024 * 1024)
                             : BRIDGE_MAX_LINE;
  const char *end = data + len;
  const char *line_start = data;
  guint line, col;

  {
    const char *bad = NULL;
    if (!g_utf8_validate_len (data, len, &bad))
      {
        position_of (data, bad - data, &line, &col);
        g_set_error (error, CK_ERROR, CK_ERROR_ENCODING,
                     "%s:%u:%u: expected UTF-8 text, found byte 0x%02x",
                     source, line, col, (guint) (guchar) *bad);
        return FALSE;
      }
  }

  for (const char *p = data; p < end; p++)
    {
      guchar c = (guchar) *p;
      if (c == '\n')
        {
          line_start = p + 1;
          continue;
        }
      if (c < 0x20 && c != '\t' && c != '\r')
        {
          position_of (data, p - data, &line, &col);
          g_set_error (error, CK_ERROR, CK_ERROR_ENCODING,
                       "%s:%u:%u: expected text, found control character U+%04X",
                       source, line, col, (guint) c);
          return FALSE;
        }
      if ((gsize) (p - line_start) >= max_line)
        {
          position_of (data, line_start - data, &line, &col);
          g_set_error (error, CK_ERROR, CK_ERROR_LIMIT,
                       "%s:%u:1: line longer than %" G_GSIZE_FORMAT " bytes",
                       source, line, max_line);
          return FALSE;
        }
    }

  if (in->xml)
    {
      g_autofree guint *width = g_new0 (guint, max_depth + 2);
      guint depth = 0;
      const char *p = data;

      while ((p = memchr (p, '<', end - p)) != NULL)
        {
          if (p + 1 >= end)
            break;
          if (p[1] == '!' || p[1] == '?')
            {
              p = xml_skip_special (p, end);
              continue;
            }
          if (p[1] == '/')
            {
              if (depth > 0)
                depth--;
              p += 2;
              continue;
            }
          /* a start tag: find its end, honouring quoted attribute values */
          const char *q = p + 1;
          char quote = 0;
          for (; q < end; q++)
            {
              if (quote)
                {
                  if (*q == quote)
                    quote = 0;
                }
              else if (*q == '"' || *q == '\'')
                quote = *q;
              else if (*q == '>')
                break;
            }
          gboolean empty = q < end && q[-1] == '/';
          if (depth >= 3 && ++width[depth] > BRIDGE_MAX_WIDTH)
            {
              position_of (data, p - data, &line, &col);
              g_set_error (error, CK_ERROR, CK_ERROR_LIMIT,
                           "%s:%u:%u: more than %u child elements in one element",
                           source, line, col, BRIDGE_MAX_WIDTH);
              return FALSE;
            }
          if (!empty)
            {
              if (++depth > max_depth)
                {
                  position_of (data, p - data, &line, &col);
                  g_set_error (error, CK_ERROR, CK_ERROR_LIMIT,
                               "%s:%u:%u: elements nested deeper than %u",
                               source, line, col, max_depth);
                  return FALSE;
                }
              width[depth] = 0;
            }
          p = q;
        }
    }
  return TRUE;
}

/* Appends @text with the characters XML gives meaning to escaped. */
static void
append_xml_escaped (GString *s, const char *text)
{
  for (const char *p = text; *p; p++)
    switch (*p)
      {
      case '&': g_string_append (s, "&amp;"); break;
      case '<': g_string_append (s, "&lt;"); break;
      case '>': g_string_append (s, "&gt;"); break;
      case '"': g_string_append (s, "&quot;"); break;
      default:  g_string_append_c (s, *p); break;
      }
}

/* libbibutils' XML readers are string scanners, not parsers: malformed
 * XML, a '>' inside an attribute value, a comment or a CDATA section
 * trips assertions or loops in them (found by fuzzing).  So XML goes
 * through libxml2 first (no network, no DTD, no entity expansion) and
 * reaches the library re-written in the plain form it can scan: elements,
 * attributes and escaped text only.  Malformed XML stops here with a
 * positioned error. */
static GString *
xml_canonical (const char *data, gsize len, const char *source, guint max_depth, GError **error)
{
  CkXmlErrors errs = { .source = source };
  CkXmlErrorScope scope;
  g_autoptr(GString) s = g_string_sized_new (len + 64);
  int ret, line = 1, col = 1;

  if (len > G_MAXINT)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_LIMIT, "%s:1:1: XML input larger than 2 GiB", source);
      return NULL;
    }
  g_string_append (s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  ck_xml_error_scope_push (&scope, &errs);
  xmlTextReaderPtr r = xmlReaderForMemory (data, (int) len, NULL, NULL, CK_XML_SAFE_OPTIONS);
  if (!r)
    {
      ck_xml_error_scope_pop (&scope);
      ck_xml_errors_clear (&errs);
      g_set_error (error, CK_ERROR, CK_ERROR_PARSE, "%s:1:1: expected an XML document", source);
      return NULL;
    }
  xmlTextReaderSetStructuredErrorHandler (r, ck_xml_error_collect, &errs);
  xmlTextReaderSetParserProp (r, XML_PARSER_SUBST_ENTITIES, 0);
  xmlTextReaderSetParserProp (r, XML_PARSER_LOADDTD, 0);

  while ((ret = xmlTextReaderRead (r)) == 1 && !errs.first)
    {
      int type = xmlTextReaderNodeType (r);
      int depth = xmlTextReaderDepth (r);
      line = xmlTextReaderGetParserLineNumber (r);
      col = xmlTextReaderGetParserColumnNumber (r);
      if (depth < 0 || (guint) depth > max_depth)
        {
          ret = -2;
          break;
        }
      switch (type)
        {
        case XML_READER_TYPE_ELEMENT:
          {
            gboolean empty = xmlTextReaderIsEmptyElement (r);
            const char *name = (const char *) xmlTextReaderConstName (r);
            g_string_append_c (s, '<');
            g_string_append (s, name);
            while (xmlTextReaderMoveToNextAttribute (r) == 1)
              {
                g_string_append_c (s, ' ');
                g_string_append (s, (const char *) xmlTextReaderConstName (r));
                g_string_append (s, "=\"");
                append_xml_escaped (s, (const char *) xmlTextReaderConstValue (r));
                g_string_append_c (s, '"');
              }
            xmlTextReaderMoveToElement (r);
            g_string_append_c (s, '>');
            if (empty)
              g_string_append_printf (s, "</%s>", name);
            break;
          }
        case XML_READER_TYPE_END_ELEMENT:
          g_string_append_printf (s, "</%s>", (const char *) xmlTextReaderConstName (r));
          break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          append_xml_escaped (s, (const char *) xmlTextReaderConstValue (r));
          break;
        default:   /* comments, PIs, doctype, entity references: not content */
          break;
        }
    }
  xmlFreeTextReader (r);
  ck_xml_error_scope_pop (&scope);

  gboolean ok = ck_xml_errors_check (&errs, line, col, error);
  ck_xml_errors_clear (&errs);
  if (!ok)
    return NULL;
  if (ret == -2)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_LIMIT, "%s:%d:%d: elements nested deeper than %u",
                   source, line, col, max_depth);
      return NULL;
    }
  if (ret != 0)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_PARSE, "%s:%d:%d: expected well-formed XML",
                   source, line, col);
      return NULL;
    }
  g_string_append_c (s, '\n');
  return g_steal_pointer (&s);
}

/* A copy of line-oriented @data the library can digest: without any
 * U+FEFF (a byte order mark opening a later line hangs its EndNote
 * reader; the character has no meaning inside text), with a blank line
 * before each record_start tag, and ending in a blank line (COPAC's
 * reader only finishes a record at one). */
static GString *
prepare_text (const CkBridgeInput *in, const char *data, gsize len)
{
  GString *s = g_string_sized_new (len + 64);
  const char *p = data, *end = data + len;
  gsize start_len = in->record_start ? strlen (in->record_start) : 0;
  gboolean line_blank = TRUE;   /* the previous line was empty */

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *eol = nl ? nl : end;
      gsize line_at = s->len;

      if (start_len && !line_blank && (gsize) (eol - p) >= start_len &&
          memcmp (p, in->record_start, start_len) == 0)
        g_string_append_c (s, '\n');
      line_at = s->len;
      for (const char *q = p; q < eol; q++)
        {
          if (eol - q >= 3 && memcmp (q, "\xEF\xBB\xBF", 3) == 0)
            {
              q += 2;
              continue;
            }
          g_string_append_c (s, *q);
        }
      line_blank = TRUE;
      for (gsize k = line_at; k < s->len; k++)
        if (!g_ascii_isspace (s->str[k]))
          {
            line_blank = FALSE;
            break;
          }
      /* The library ends a record only at an empty line; one holding
       * spaces would let the next record's first tag in, and its reader
       * loops forever on two first tags in one record (found by fuzzing). */
      if (line_blank)
        g_string_truncate (s, line_at);
      g_string_append_c (s, '\n');
      p = nl ? nl + 1 : end;
    }
  g_string_append_c (s, '\n');
  return s;
}

/* A copy of @data with a newline after each record's closing tag (see
 * BridgeSpec.record_ends), ending in a newline. */
static GString *
split_xml_records (const CkBridgeInput *in, const char *data, gsize len)
{
  GString *s = g_string_sized_new (len + len / 64 + 2);
  const char *p = data, *end = data + len;

  while (p < end)
    {
      const char *lt = memchr (p, '<', end - p);
      if (!lt)
        {
          g_string_append_len (s, p, end - p);
          break;
        }
      g_string_append_len (s, p, lt - p);
      p = lt;
      if (p > data && p[-1] == '\xBF' && s->len >= 3 && memcmp (s->str + s->len - 3, "\xEF\xBB\xBF", 3) == 0)
        g_string_truncate (s, s->len - 3);   /* a stray U+FEFF before a tag */
      for (guint i = 0; in->record_ends[i]; i++)
        {
          gsize n = strlen (in->record_ends[i]);
          if ((gsize) (end - p) >= n && memcmp (p, in->record_ends[i], n) == 0)
            {
              g_string_append_len (s, p, n);
              g_string_append_c (s, '\n');
              p += n;
              break;
            }
        }
      if (p == lt)
        {
          g_string_append_c (s, '<');
          p++;
        }
    }
  g_string_append_c (s, '\n');
  return s;
}

/* The line where each record of tagged text starts: a line opening with
 * the record's first tag, or else the first non-blank line after blank
 * ones — how the library itself splits records. */
static GArray *
tagged_record_lines (const CkBridgeInput *in, const char *data, gsize len)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (guint));
  gsize start_len = in->record_start ? strlen (in->record_start) : 0;
  gboolean after_blank = TRUE;
  guint line = 1;

  for (gsize i = 0; i < len; )
    {
      const char *nl = memchr (data + i, '\n', len - i);
      gsize end = nl ? (gsize) (nl - data) : len;
      gboolean blank = TRUE;
      for (gsize k = i; k < end; k++)
        if (!g_ascii_isspace (data[k]) && (guchar) data[k] != 0xEF && (guchar) data[k] != 0xBB &&
            (guchar) data[k] != 0xBF)
          blank = FALSE;
      if (start_len ? (end - i >= start_len && memcmp (data + i, in->record_start, start_len) == 0)
                    : (!blank && after_blank))
        g_array_append_val (lines, line);
      after_blank = blank;
      line++;
      i = end + 1;
    }
  return lines;
}

GString *
ck_bridge_input_prepare (const CkBridgeInput *in, const char *data, gsize len, const char *source,
                         const CkReadOptions *options, GArray **record_lines, GError **error)
{
  guint max_depth = options->max_depth ? options->max_depth : CK_BRIDGE_DEFAULT_DEPTH;

  *record_lines = NULL;
  /* A BOM is not content; bibutils would otherwise keep it in the first tag. */
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  g_autoptr(GString) converted = NULL;
  if (in->xml)
    {
      gboolean failed;
      converted = xml_to_utf8 (data, len, source, &failed, error);
      if (failed)
        return NULL;
      if (converted)
        {
          data = converted->str;
          len = converted->len;
        }
    }
  if (!check_input (in, data, len, source, options, error))
    return NULL;
  g_autoptr(GString) canonical = NULL;
  if (in->xml)
    {
      canonical = xml_canonical (data, len, source, max_depth, error);
      if (!canonical)
        return NULL;
      data = canonical->str;
      len = canonical->len;
    }
  else if (memchr (data, '\r', len) || g_strstr_len (data, len, "\xEF\xBB\xBF"))
    {
      /* libbibutils' tagged readers loop forever when a record's first tag
       * hides behind a lone CR or a U+FEFF (found by fuzzing): CRLF and old
       * Mac CR line ends become LF, and byte-order marks go. */
      canonical = g_string_sized_new (len);
      for (gsize i = 0; i < len; i++)
        {
          if (i + 3 <= len && memcmp (data + i, "\xEF\xBB\xBF", 3) == 0)
            i += 2;
          else if (data[i] != '\r')
            g_string_append_c (canonical, data[i]);
          else if (i + 1 >= len || data[i + 1] != '\n')
            g_string_append_c (canonical, '\n');
        }
      data = canonical->str;
      len = canonical->len;
    }
  {
    gsize i = 0;
    while (i < len && g_ascii_isspace (data[i]))
      i++;
    if (i == len)
      return g_string_new (NULL);   /* nothing to read is not an error */
  }

  if (!in->xml)
    *record_lines = tagged_record_lines (in, data, len);
  if (in->record_ends)
    return split_xml_records (in, data, len);
  if (!in->xml)
    return prepare_text (in, data, len);
  return g_string_new_len (data, len);
}
