/* latex.c — LaTeX text ↔ Unicode for BibTeX field values (see latex.h).
 *
 * Two const tables drive both directions: accents (a command → a Unicode
 * combining mark) and named symbols (a command → a UTF-8 string).  The
 * decoder is one left-to-right scan with a brace counter, no recursion;
 * the encoder walks code points and uses NFD to find base letter + accent.
 */
#include "latex.h"

#include <string.h>

/* ---- tables ------------------------------------------------------------ */

typedef struct {
  const char *cmd;       /* "'" or "v" */
  gunichar    mark;      /* combining code point */
} Accent;

static const Accent accents[] = {
  { "'",  0x0301 },  /* acute: \'e */
  { "`",  0x0300 },  /* grave */
  { "^",  0x0302 },  /* circumflex */
  { "\"", 0x0308 },  /* diaeresis */
  { "~",  0x0303 },  /* tilde */
  { "=",  0x0304 },  /* macron */
  { ".",  0x0307 },  /* dot above */
  { "u",  0x0306 },  /* breve */
  { "v",  0x030C },  /* caron (háček) */
  { "H",  0x030B },  /* double acute (Hungarian umlaut) */
  { "r",  0x030A },  /* ring above */
  { "c",  0x0327 },  /* cedilla */
  { "k",  0x0328 },  /* ogonek */
  { "d",  0x0323 },  /* dot below */
  { "b",  0x0331 },  /* macron below */
  { "t",  0x0361 },  /* tie (double inverted breve) */
};

typedef struct {
  const char *cmd;       /* without the backslash */
  const char *utf8;
  gboolean    encode;    /* the encoder may use this row for @utf8 */
} Symbol;

/* First row for a given string wins when encoding. */
static const Symbol symbols[] = {
  { "ss", "ß", TRUE },       { "o", "ø", TRUE },       { "O", "Ø", TRUE },
  { "aa", "å", FALSE },      { "AA", "Å", FALSE },     /* NFD gives {\r a} instead */
  { "ae", "æ", TRUE },       { "AE", "Æ", TRUE },
  { "oe", "œ", TRUE },       { "OE", "Œ", TRUE },
  { "l", "ł", TRUE },        { "L", "Ł", TRUE },
  { "i", "ı", TRUE },        { "j", "ȷ", TRUE },
  { "dh", "ð", TRUE },       { "DH", "Ð", TRUE },      { "th", "þ", TRUE },  { "TH", "Þ", TRUE },
  { "dj", "đ", TRUE },       { "DJ", "Đ", TRUE },      { "ng", "ŋ", TRUE },  { "NG", "Ŋ", TRUE },
  { "textendash", "–", FALSE },  /* the encoder writes -- */
  { "textemdash", "—", FALSE },  /* and --- */
  { "textquoteleft", "‘", FALSE },     { "textquoteright", "’", FALSE },
  { "textquotedblleft", "“", FALSE },  { "textquotedblright", "”", FALSE },
  { "quotesinglbase", "‚", TRUE },     { "quotedblbase", "„", TRUE },
  { "guillemotleft", "«", TRUE },      { "guillemotright", "»", TRUE },
  { "guilsinglleft", "‹", TRUE },      { "guilsinglright", "›", TRUE },
  { "textellipsis", "…", FALSE },      { "ldots", "…", TRUE },   { "dots", "…", FALSE },
  { "S", "§", TRUE },        { "textsection", "§", FALSE },
  { "P", "¶", TRUE },        { "textparagraph", "¶", FALSE },
  { "copyright", "©", TRUE },          { "textcopyright", "©", FALSE },
  { "pounds", "£", TRUE },   { "textsterling", "£", FALSE },
  { "texteuro", "€", TRUE }, { "euro", "€", FALSE },
  { "textyen", "¥", TRUE },  { "textcent", "¢", TRUE },
  { "textregistered", "®", TRUE },     { "texttrademark", "™", TRUE },
  { "textdegree", "°", TRUE },         { "textbullet", "•", TRUE },
  { "textdagger", "†", TRUE },         { "dag", "†", FALSE },
  { "textdaggerdbl", "‡", TRUE },      { "ddag", "‡", FALSE },
  { "textexclamdown", "¡", TRUE },     { "textquestiondown", "¿", TRUE },
  { "textperiodcentered", "·", TRUE }, { "textordfeminine", "ª", TRUE },
  { "textordmasculine", "º", TRUE },   { "texttimes", "×", TRUE },
  { "textdiv", "÷", TRUE },            { "textonehalf", "½", TRUE },
  { "textminus", "−", TRUE },
  /* ASCII specials spelled as commands: decoded, never used to encode
   * (the encoder has its own rules for these characters). */
  { "textasciitilde", "~", FALSE },    { "textasciicircum", "^", FALSE },
  { "textbackslash", "\\", FALSE },    { "textbar", "|", FALSE },
  { "textless", "<", FALSE },          { "textgreater", ">", FALSE },
  { "textunderscore", "_", FALSE },    { "textdollar", "$", FALSE },
  { "textbraceleft", "{", FALSE },     { "textbraceright", "}", FALSE },
  { "textquotesingle", "'", FALSE },   { "textquotedbl", "\"", FALSE },
  { "textasteriskcentered", "*", FALSE },
};

/* Commands whose argument is ordinary text: the command is dropped, the
 * text kept.  Formatting is lost, so decoding reports CK_LATEX_LOSS_FORMAT. */
static const char * const format_cmds[] = {
  "emph", "textit", "textbf", "textsc", "textrm", "texttt", "textsf", "textup",
  "textsl", "textmd", "textnormal", "mbox", "hbox", "text", "textsuperscript",
  "textsubscript", "enquote", "mkbibquote", "mkbibemph", "mkbibitalic", "mkbibbold",
  "textooalign", "uppercase", "lowercase", "MakeUppercase", "MakeLowercase", "ensuremath",
};

/* Font switches and no-ops: dropped. */
static const char * const switch_cmds[] = {
  "em", "it", "bf", "sc", "rm", "tt", "sf", "sl", "normalfont", "itshape", "bfseries",
  "scshape", "upshape", "mdseries", "slshape", "relax", "protect", "null", "nobreak",
  "unskip", "xspace",
};

/* Logos decode to their letters; that loses the typesetting, not the text. */
static const Symbol logos[] = {
  { "LaTeX", "LaTeX", FALSE }, { "TeX", "TeX", FALSE }, { "BibTeX", "BibTeX", FALSE },
  { "LaTeXe", "LaTeX2e", FALSE }, { "XeTeX", "XeTeX", FALSE }, { "LuaTeX", "LuaTeX", FALSE },
};

static gboolean
name_is (const char *name, gsize len, const char *want)
{
  return strlen (want) == len && memcmp (name, want, len) == 0;
}

static const Accent *
find_accent (const char *name, gsize len)
{
  for (guint i = 0; i < G_N_ELEMENTS (accents); i++)
    if (name_is (name, len, accents[i].cmd))
      return &accents[i];
  return NULL;
}

static const Symbol *
find_symbol (const Symbol *table, gsize n, const char *name, gsize len)
{
  for (guint i = 0; i < n; i++)
    if (name_is (name, len, table[i].cmd))
      return &table[i];
  return NULL;
}

static gboolean
in_list (const char * const *list, gsize n, const char *name, gsize len)
{
  for (guint i = 0; i < n; i++)
    if (name_is (name, len, list[i]))
      return TRUE;
  return FALSE;
}

/* ---- decoding ---------------------------------------------------------- */

typedef struct {
  const char *s;
  gsize       n, i;
  GString    *out;
  guint       loss;
  gboolean    combined;   /* a combining mark was written: NFC at the end */
  guint       nest;       /* accents inside accents ({\^{\d{e}}}), bounded */
  CkLatexDecodeFlags flags;
} Dec;

static gsize
utf8_len_at (const Dec *d, gsize i)
{
  const char *next = g_utf8_find_next_char (d->s + i, d->s + d->n);
  return next ? (gsize) (next - (d->s + i)) : d->n - i;
}

static void decode_command (Dec *d);

static void
skip_spaces (Dec *d)
{
  while (d->i < d->n && g_ascii_isspace (d->s[d->i]))
    d->i++;
}

/* Reads the base an accent applies to: "e", "{e}", "\i", "{\i}", "{ e }".
 * Returns FALSE when there is none (the accent then stands alone). */
static void
decode_accent (Dec *d, const Accent *acc, gboolean letter_cmd)
{
  gboolean braced = FALSE;

  if (letter_cmd)
    skip_spaces (d);
  if (d->i < d->n && d->s[d->i] == '{')
    {
      braced = TRUE;
      d->i++;
      skip_spaces (d);
    }
  if (d->i + 1 < d->n && d->s[d->i] == '\\' && (d->s[d->i + 1] == 'i' || d->s[d->i + 1] == 'j')
      && (d->i + 2 >= d->n || !g_ascii_isalpha (d->s[d->i + 2])))
    {
      g_string_append_c (d->out, d->s[d->i + 1]);  /* dotless i/j take the accent as i/j */
      d->i += 2;
      skip_spaces (d);
    }
  else if (braced && d->i < d->n && d->s[d->i] == '\\' && d->nest < 4)
    {
      /* A nested accent: decode it first, then add ours on top. */
      d->nest++;
      decode_command (d);
      d->nest--;
    }
  else if (d->i < d->n && d->s[d->i] != '}' && d->s[d->i] != '\\' && d->s[d->i] != '{')
    {
      gsize l = utf8_len_at (d, d->i);
      g_string_append_len (d->out, d->s + d->i, l);
      d->i += l;
    }
  g_string_append_unichar (d->out, acc->mark);
  d->combined = TRUE;
  if (braced)
    {
      skip_spaces (d);
      if (d->i < d->n && d->s[d->i] == '}')
        d->i++;
      else
        d->loss |= CK_LATEX_LOSS_BRACES;  /* "\'{ab}": the rest stays in a group */
    }
}

/* Copies a verbatim argument "{…}" (for \url) without interpreting it. */
static void
copy_verbatim_group (Dec *d)
{
  int depth = 0;
  gsize start;

  skip_spaces (d);
  if (d->i >= d->n || d->s[d->i] != '{')
    return;
  start = ++d->i;
  for (; d->i < d->n; d->i++)
    {
      if (d->s[d->i] == '{')
        depth++;
      else if (d->s[d->i] == '}' && depth-- == 0)
        break;
    }
  g_string_append_len (d->out, d->s + start, d->i - start);
  if (d->i < d->n)
    d->i++;
}

static void
decode_command (Dec *d)
{
  gsize start = d->i;      /* at the backslash */
  const char *name;
  gsize len;
  const Accent *acc;
  const Symbol *sym;
  char c;

  d->i++;
  if (d->i >= d->n)
    {
      g_string_append_c (d->out, '\\');
      d->loss |= CK_LATEX_LOSS_UNKNOWN;
      return;
    }
  c = d->s[d->i];
  if (!g_ascii_isalpha (c))
    {
      /* A control symbol: one non-letter character. */
      d->i++;
      if ((acc = find_accent (&c, 1)) != NULL)
        decode_accent (d, acc, FALSE);
      else if (strchr ("&%$#_{} ", c))
        g_string_append_c (d->out, c);
      else if (c == ',')
        {
          if (d->flags & CK_LATEX_DECODE_TIE_AS_SPACE)
            g_string_append_c (d->out, ' ');
          else
            g_string_append (d->out, "\u202F");
        }
      else if (c == '-' || c == '/' || c == '@')
        d->loss |= CK_LATEX_LOSS_FORMAT;   /* hyphenation point, italic correction */
      else
        {
          g_string_append_len (d->out, d->s + start, d->i - start);
          d->loss |= CK_LATEX_LOSS_UNKNOWN;
        }
      return;
    }

  name = d->s + d->i;
  while (d->i < d->n && g_ascii_isalpha (d->s[d->i]))
    d->i++;
  len = (gsize) (d->s + d->i - name);

  if ((acc = find_accent (name, len)) != NULL)
    {
      decode_accent (d, acc, TRUE);
      return;
    }
  if ((sym = find_symbol (symbols, G_N_ELEMENTS (symbols), name, len)) != NULL
      || (sym = find_symbol (logos, G_N_ELEMENTS (logos), name, len)) != NULL)
    {
      g_string_append (d->out, sym->utf8);
      if (sym >= logos && sym < logos + G_N_ELEMENTS (logos))
        d->loss |= CK_LATEX_LOSS_FORMAT;
      skip_spaces (d);   /* TeX eats the space after a control word */
      if (d->i + 1 < d->n && d->s[d->i] == '{' && d->s[d->i + 1] == '}')
        d->i += 2;
      return;
    }
  if (name_is (name, len, "url") || name_is (name, len, "nolinkurl") || name_is (name, len, "path"))
    {
      copy_verbatim_group (d);
      d->loss |= CK_LATEX_LOSS_FORMAT;
      return;
    }
  if (in_list (format_cmds, G_N_ELEMENTS (format_cmds), name, len))
    {
      /* The argument group is an ordinary group, but it is not a
       * case-protection group: enter it here so it is not counted as one. */
      d->loss |= CK_LATEX_LOSS_FORMAT;
      skip_spaces (d);
      if (d->i < d->n && d->s[d->i] == '{')
        d->i++;
      return;   /* its closing brace is simply skipped by the main loop */
    }
  if (in_list (switch_cmds, G_N_ELEMENTS (switch_cmds), name, len))
    {
      d->loss |= CK_LATEX_LOSS_FORMAT;
      skip_spaces (d);
      return;
    }
  /* Unknown: keep it verbatim, with the space that ended it. */
  g_string_append_len (d->out, d->s + start, d->i - start);
  d->loss |= CK_LATEX_LOSS_UNKNOWN;
}

static void
decode_math (Dec *d)
{
  gsize start = d->i;
  gboolean display = d->i + 1 < d->n && d->s[d->i + 1] == '$';

  d->i += display ? 2 : 1;
  while (d->i < d->n)
    {
      if (d->s[d->i] == '\\' && d->i + 1 < d->n)
        d->i += 2;
      else if (d->s[d->i] == '$')
        {
          d->i += (display && d->i + 1 < d->n && d->s[d->i + 1] == '$') ? 2 : 1;
          break;
        }
      else
        d->i++;
    }
  g_string_append_len (d->out, d->s + start, d->i - start);
  d->loss |= CK_LATEX_LOSS_MATH;
}

char *
ck_latex_decode (const char *text, gssize len, CkLatexDecodeFlags flags, guint *out_loss)
{
  Dec d = { 0 };

  g_return_val_if_fail (text != NULL || len == 0, NULL);
  d.s = text ? text : "";
  d.n = len < 0 ? strlen (d.s) : (gsize) len;
  d.out = g_string_sized_new (d.n);
  d.flags = flags;

  while (d.i < d.n)
    {
      char c = d.s[d.i];
      switch (c)
        {
        case '\\':
          decode_command (&d);
          break;
        case '{':
          /* "{\"o}" is a BibTeX special character, "{}" an empty group;
           * anything else protects case. */
          if (d.i + 1 < d.n && d.s[d.i + 1] == '}')
            d.i++;
          else if (!(d.i + 1 < d.n && d.s[d.i + 1] == '\\'))
            d.loss |= CK_LATEX_LOSS_BRACES;
          d.i++;
          break;
        case '}':
          d.i++;
          break;
        case '$':
          decode_math (&d);
          break;
        case '~':
          g_string_append (d.out, (flags & CK_LATEX_DECODE_TIE_AS_SPACE) ? " " : "\u00A0");
          d.i++;
          break;
        case '-':
          if (d.i + 2 < d.n && d.s[d.i + 1] == '-' && d.s[d.i + 2] == '-')
            {
              g_string_append (d.out, "\u2014");
              d.i += 3;
            }
          else if (d.i + 1 < d.n && d.s[d.i + 1] == '-')
            {
              g_string_append (d.out, "\u2013");
              d.i += 2;
            }
          else
            {
              g_string_append_c (d.out, '-');
              d.i++;
            }
          break;
        case '`':
          if (d.i + 1 < d.n && d.s[d.i + 1] == '`')
            {
              g_string_append (d.out, "\u201C");
              d.i += 2;
            }
          else
            {
              g_string_append (d.out, "\u2018");
              d.i++;
            }
          break;
        case '\'':
          if (d.i + 1 < d.n && d.s[d.i + 1] == '\'')
            {
              g_string_append (d.out, "\u201D");
              d.i += 2;
            }
          else
            {
              g_string_append_c (d.out, '\'');
              d.i++;
            }
          break;
        default:
          g_string_append_c (d.out, c);
          d.i++;
          break;
        }
    }

  if (out_loss)
    *out_loss = d.loss;
  if (d.combined && g_utf8_validate (d.out->str, d.out->len, NULL))
    {
      char *nfc = g_utf8_normalize (d.out->str, d.out->len, G_NORMALIZE_NFC);
      if (nfc)
        {
          g_string_free (d.out, TRUE);
          return nfc;
        }
    }
  return g_string_free (d.out, FALSE);
}

/* ---- encoding ---------------------------------------------------------- */

static const Accent *
accent_for_mark (gunichar mark)
{
  for (guint i = 0; i < G_N_ELEMENTS (accents); i++)
    if (accents[i].mark == mark)
      return &accents[i];
  return NULL;
}

static const char *
symbol_for (const char *utf8, gsize len)
{
  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (symbols[i].encode && strlen (symbols[i].utf8) == len && memcmp (symbols[i].utf8, utf8, len) == 0)
      return symbols[i].cmd;
  return NULL;
}

/* "é" → "{\'e}", "č" → "{\v{c}}", "ệ" → "{\^{\d{e}}}"; FALSE when @ch is
 * not an ASCII letter with accents from the table. */
static gboolean
encode_accented (GString *out, gunichar ch)
{
  gunichar decomp[8];
  gsize n = g_unichar_fully_decompose (ch, FALSE, decomp, G_N_ELEMENTS (decomp));
  g_autoptr(GString) inner = NULL;

  if (n < 2 || n > 4 || decomp[0] > 0x7F || !g_ascii_isalpha ((char) decomp[0]))
    return FALSE;
  for (gsize k = 1; k < n; k++)
    if (!accent_for_mark (decomp[k]))
      return FALSE;

  inner = g_string_new (NULL);
  g_string_append_c (inner, (char) decomp[0]);
  for (gsize k = 1; k < n; k++)
    {
      const Accent *acc = accent_for_mark (decomp[k]);
      g_autofree char *prev = g_strdup (inner->str);
      g_string_assign (inner, "\\");
      g_string_append (inner, acc->cmd);
      if (g_ascii_isalpha (acc->cmd[0]) || strlen (prev) > 1)
        g_string_append_printf (inner, "{%s}", prev);
      else
        g_string_append (inner, prev);
    }
  g_string_append_printf (out, "{%s}", inner->str);
  return TRUE;
}

void
ck_latex_encode_append (GString *out, const char *text, CkLatexEncodeFlags flags,
                        gboolean *out_unrepresentable)
{
  const char *p;

  g_return_if_fail (out != NULL);
  if (!text)
    return;
  for (p = text; *p; )
    {
      const char *next = g_utf8_next_char (p);
      gunichar ch = g_utf8_get_char_validated (p, -1);
      const char *cmd;

      if ((guchar) *p < 0x80)
        {
          switch (*p)
            {
            case '\\': g_string_append (out, "\\textbackslash{}"); break;
            case '~':  g_string_append (out, "\\textasciitilde{}"); break;
            case '^':  g_string_append (out, "\\textasciicircum{}"); break;
            /* BibTeX counts "\{" as a brace too: a lone brace must not
             * unbalance the value, so spell it as a command. */
            case '{':  g_string_append (out, "\\textbraceleft{}"); break;
            case '}':  g_string_append (out, "\\textbraceright{}"); break;
            case '$': case '&': case '%': case '#': case '_':
              g_string_append_c (out, '\\');
              g_string_append_c (out, *p);
              break;
            case '-':
              /* "--" would read back as a dash: keep literal hyphens apart. */
              if (out->len && out->str[out->len - 1] == '-')
                g_string_append (out, "{}");
              g_string_append_c (out, '-');
              break;
            default:
              g_string_append_c (out, *p);
            }
          p++;
          continue;
        }
      if (ch == (gunichar) -1 || ch == (gunichar) -2)
        {
          /* Not valid UTF-8: copy the byte so nothing is lost silently. */
          g_string_append_c (out, *p);
          p++;
          if (out_unrepresentable)
            *out_unrepresentable = TRUE;
          continue;
        }
      switch (ch)
        {
        case 0x00A0: g_string_append_c (out, '~'); goto done;
        case 0x2013:
        case 0x2014:
          if (out->len && out->str[out->len - 1] == '-')
            g_string_append (out, "{}");
          g_string_append (out, ch == 0x2013 ? "--" : "---");
          goto done;
        case 0x202F: g_string_append (out, "\\,"); goto done;
        default: break;
        }
      if (!(flags & CK_LATEX_ASCII))
        {
          g_string_append_len (out, p, next - p);
          goto done;
        }
      switch (ch)
        {
        case 0x201C: g_string_append (out, "``"); goto done;
        case 0x201D: g_string_append (out, "''"); goto done;
        case 0x2018: g_string_append (out, "`"); goto done;
        case 0x2019: g_string_append (out, "'"); goto done;
        default: break;
        }
      if ((cmd = symbol_for (p, next - p)) != NULL)
        g_string_append_printf (out, "{\\%s}", cmd);
      else if (!encode_accented (out, ch))
        {
          g_string_append_len (out, p, next - p);
          if (out_unrepresentable)
            *out_unrepresentable = TRUE;
        }
    done:
      p = next;
    }
}

char *
ck_latex_encode (const char *text, CkLatexEncodeFlags flags, gboolean *out_unrepresentable)
{
  GString *out = g_string_new (NULL);

  if (out_unrepresentable)
    *out_unrepresentable = FALSE;
  ck_latex_encode_append (out, text, flags, out_unrepresentable);
  return g_string_free (out, FALSE);
}
