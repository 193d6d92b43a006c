/* detect-marc.c — a record in MARC tags, as a catalogue's staff view (or
 * MARCBreaker's text form) prints it, one field a line:
 *
 *   100 1_ |a Quell, Ada, |d 1921-1999, |e author.
 *   245 14 |a The glass orchard : |b a novel / |c Ada Quell ; translated by Ben Vell.
 *   250 __ |a 2nd ed.
 *   260 __ |a London : |b Harwell Press, |c 1958.
 *   300 __ |a 320 p. ; |c 22 cm.
 *   =490  1\$aHarwell library ;$v12
 *
 * A line is a tag of three digits, up to two indicators ("1_", "14", "#",
 * "\"), and subfields opened by the delimiter the line uses first ("|",
 * "$" or "‡") and a code letter.  The fields read are those of the book's
 * citation (the table below); a block needs the title (245) and a main
 * entry or an imprint, so a line of tags in prose makes no record.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <string.h>

#define MARC_MAX_LINES     80
#define MARC_MAX_SUBFIELDS 16

typedef enum {
  M_NAME,      /* main entry, a person: $a name, $e relator */
  M_ADDED,     /* added entry, a person: kept with a relator term */
  M_TITLE,     /* $a title, $b remainder, $c statement of responsibility */
  M_UNIFORM,   /* $a uniform title, $l language of the translation */
  M_EDITION,
  M_IMPRINT,   /* $a place, $b publisher, $c date */
  M_EXTENT,
  M_SERIES,    /* $a series, $v number */
  M_ISBN,
} MarcField;

/* The tags read, one row a tag (MARC 21 bibliographic). */
static const struct { const char *tag; MarcField field; } tags[] = {
  { "100", M_NAME },      /* main entry: personal name */
  { "700", M_ADDED },     /* added entry: personal name */
  { "245", M_TITLE },     /* title statement */
  { "240", M_UNIFORM },   /* uniform title */
  { "250", M_EDITION },   /* edition statement */
  { "260", M_IMPRINT },   /* publication (AACR2) */
  { "264", M_IMPRINT },   /* production and publication (RDA) */
  { "300", M_EXTENT },    /* physical description */
  { "490", M_SERIES },    /* series statement */
  { "440", M_SERIES },    /* series statement (obsolete, still printed) */
  { "020", M_ISBN },      /* ISBN */
};

typedef struct {
  char  code;
  char *value;   /* trimmed */
} Subfield;

typedef struct {
  char     tag[4];
  Subfield sub[MARC_MAX_SUBFIELDS];
  guint    n_sub;
} Line;

static void
line_clear (Line *ml)
{
  for (guint k = 0; k < ml->n_sub; k++)
    g_free (ml->sub[k].value);
  ml->n_sub = 0;
}

/* The length of the subfield delimiter at @p ("|", "$", "‡"), or 0. */
static gsize
delim_at (const char *p, const char *end)
{
  if (p < end && (*p == '|' || *p == '$'))
    return 1;
  if (p + 2 < end && (guchar) p[0] == 0xE2 && (guchar) p[1] == 0x80 && (guchar) p[2] == 0xA1)
    return 3;
  return 0;
}

/* Parses text[start,end) as a tagged line into @ml; FALSE when it is none. */
static gboolean
parse_line (const char *text, gsize start, gsize end, Line *ml)
{
  const char *p = text + start, *e = text + end, *d0;
  gsize dl;
  ml->n_sub = 0;
  while (p < e && (*p == ' ' || *p == '\t'))
    p++;
  if (p < e && *p == '=')
    p++;
  if (e - p < 6 || !g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) ||
      g_ascii_isdigit (p[3]))
    return FALSE;
  memcpy (ml->tag, p, 3);
  ml->tag[3] = '\0';
  p += 3;
  /* indicators and spaces: at most six characters before the first delimiter */
  for (guint n = 0; p < e && !delim_at (p, e); p++, n++)
    if (n >= 6 || !(*p == ' ' || *p == '\t' || *p == '_' || *p == '#' || *p == '\\' || g_ascii_isdigit (*p)))
      return FALSE;
  if (!(dl = delim_at (p, e)))
    return FALSE;
  d0 = p;
  while (p < e && ml->n_sub < MARC_MAX_SUBFIELDS)
    {
      const char *v, *q;
      char code;
      if (memcmp (p, d0, dl) != 0 || p + dl >= e || !g_ascii_isalnum (p[dl]))
        break;
      code = p[dl];
      v = p + dl + 1;
      /* the value runs to the next delimiter of the same kind and a code */
      for (q = v; q < e; q++)
        if (q + dl < e && memcmp (q, d0, dl) == 0 && g_ascii_isalnum (q[dl]) &&
            (q == v || q[-1] == ' ' || dl == 1))
          break;
      ml->sub[ml->n_sub].code = code;
      ml->sub[ml->n_sub].value = g_strstrip (g_strndup (v, q - v));
      ml->n_sub++;
      p = q;
    }
  return ml->n_sub > 0;
}

/* The value of subfield @code of @ml, or NULL. */
static const char *
sub (const Line *ml, char code)
{
  for (guint k = 0; k < ml->n_sub; k++)
    if (ml->sub[k].code == code)
      return ml->sub[k].value;
  return NULL;
}

/* The subfields of @codes joined with spaces ("London : Harwell Press, 1958."). */
static char *
join (const Line *ml, const char *codes)
{
  GString *s = g_string_new (NULL);
  for (guint k = 0; k < ml->n_sub; k++)
    if (strchr (codes, ml->sub[k].code) && *ml->sub[k].value)
      g_string_append_printf (s, "%s%s", s->len ? " " : "", ml->sub[k].value);
  return g_string_free (s, FALSE);
}

/* A copy of @v without ISBD's closing punctuation (" /", " :", " ;", ","). */
static char *
unpunct (const char *v)
{
  char *s = g_strdup (v);
  gsize n = strlen (s);
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '/' || s[n - 1] == ':' || s[n - 1] == ';' || s[n - 1] == ',' ||
                   s[n - 1] == '='))
    s[--n] = '\0';
  /* a title's closing stop, not an initial's ("… / A. B.") */
  if (n > 3 && s[n - 1] == '.' && s[n - 3] != ' ' && s[n - 3] != '.')
    s[--n] = '\0';
  return s;
}

/* The field of @tag, or FALSE when it is not read. */
static gboolean
field_of (const char *tag, MarcField *f)
{
  for (guint k = 0; k < G_N_ELEMENTS (tags); k++)
    if (strcmp (tags[k].tag, tag) == 0)
      {
        *f = tags[k].field;
        return TRUE;
      }
  return FALSE;
}

/* "Quell, Ada," + "|e author." → a heading string the catalogue reader takes. */
static void
name_into (CkRecord *rec, const Line *ml, gboolean added)
{
  g_autofree char *val = join (ml, "aqde");
  ck_catalogue_heading_into (rec, val, added);
}

static void
line_into (CkExtractCtx *ctx, CkRecord *rec, const Line *ml, MarcField f, gsize line_start)
{
  switch (f)
    {
    case M_NAME:
    case M_ADDED:
      name_into (rec, ml, f == M_ADDED);
      break;
    case M_TITLE:
      {
        const char *a = sub (ml, 'a'), *b = sub (ml, 'b'), *c = sub (ml, 'c');
        /* "$a Title. $n Part 2, $p The winter :": the part goes with the title */
        g_autofree char *an = sub (ml, 'n') || sub (ml, 'p') ? join (ml, "anp") : NULL;
        g_autofree char *ta = a ? unpunct (an ? an : a) : NULL, *tb = b ? unpunct (b) : NULL;
        if (!ta || !*ta || ck_record_has (rec, CK_FIELD_TITLE))
          break;
        ck_assemble_title (rec, tb && *tb ? g_strdup_printf ("%s: %s", ta, tb) : g_strdup (ta));
        if (c)
          {
            /* the statement's tokens, for the role-phrase reader */
            const char *at = strstr (ctx->text + line_start, c);
            guint s = at ? ck_tok_at_byte (ctx, at - ctx->text) : 0;
            /* MARCBreaker's "$cAda" glues the code to the first word:
             * no token starts the statement, which is then left unread */
            if (at && s < ck_n_toks (ctx) && ck_tok (ctx, s)->start == (gsize) (at - ctx->text))
              ck_catalogue_resp_into (ctx, rec, s, ck_tok_at_byte (ctx, at - ctx->text + strlen (c)));
          }
      }
      break;
    case M_UNIFORM:
      {
        const char *a = sub (ml, 'a'), *l = sub (ml, 'l');
        if (a && l)
          {
            g_autofree char *ta = unpunct (a), *tl = unpunct (l);
            g_autofree char *v = g_strdup_printf ("%s. %s", ta, tl);
            ck_catalogue_uniform_into (rec, v);
          }
      }
      break;
    case M_EDITION:
      {
        const char *a = sub (ml, 'a');
        g_autofree char *v = a ? g_strdup (a) : NULL;
        /* "2nd ed." keeps its stop; "Second edition." does not */
        if (v && g_str_has_suffix (v, ".") && !g_str_has_suffix (v, " ed."))
          v[strlen (v) - 1] = '\0';
        if (v && *v && !ck_record_has (rec, CK_FIELD_EDITION))
          ck_record_set (rec, CK_FIELD_EDITION, v);
      }
      break;
    case M_IMPRINT:
      {
        g_autofree char *j = join (ml, "abc");
        g_autofree char *v = ck_catalogue_value_copy (j, 0, strlen (j));
        gsize n;
        if (ck_record_has (rec, CK_FIELD_PUBLISHER) || ck_record_get_date (rec, CK_DATE_ISSUED))
          break;
        ck_catalogue_imprint_clean (&v);
        n = strlen (v);
        while (n > 0 && v[n - 1] == '.')
          v[--n] = '\0';
        ck_assemble_elements (rec, v, 0, n, CK_ELEM_BLOCK, NULL);
      }
      break;
    case M_EXTENT:
      {
        g_autofree char *v = join (ml, "ab");
        if (!ck_record_has (rec, CK_FIELD_NUMBER_OF_PAGES))
          ck_catalogue_extent_into (rec, v);
      }
      break;
    case M_SERIES:
      {
        const char *a = sub (ml, 'a'), *v = sub (ml, 'v');
        g_autofree char *ta = a ? unpunct (a) : NULL;
        g_autofree char *s = ta && v ? g_strdup_printf ("%s ; %s", ta, v) : g_strdup (ta);
        if (s && *s)
          ck_catalogue_series_into (rec, s);
      }
      break;
    case M_ISBN:
      {
        const char *a = sub (ml, 'a');
        gsize n = a ? strspn (a, "0123456789Xx-") : 0;
        if (n >= 10 && !ck_record_has (rec, CK_FIELD_ISBN))
          {
            g_autofree char *v = g_strndup (a, n);
            ck_record_set (rec, CK_FIELD_ISBN, v);
          }
      }
      break;
    }
}

void
ck_detect_marc_record (CkExtractCtx *ctx, const CkDetector *det)
{
  guint n_lines = ctx->t->lines->len;
  for (guint l = 0; l < n_lines; l++)
    {
      const CkLine *ln = &g_array_index (ctx->t->lines, CkLine, l);
      Line ml = { 0 };
      guint last = l, n_tagged = 0;
      gboolean title = FALSE, anchor = FALSE;
      g_autoptr(CkRecord) rec = NULL;
      if (ck_is_claimed (ctx, ln->tok_first, ln->tok_end) || !parse_line (ctx->text, ln->start, ln->end, &ml))
        continue;
      line_clear (&ml);
      /* the block: tagged lines one after another (control fields and
       * tags not read are passed over, but stay in the block) */
      for (guint m = l; m < n_lines && m < l + MARC_MAX_LINES; m++)
        {
          const CkLine *lm = &g_array_index (ctx->t->lines, CkLine, m);
          MarcField f;
          if (m > l && ck_tok (ctx, lm->tok_first)->nl > 1)
            break;
          if (!parse_line (ctx->text, lm->start, lm->end, &ml))
            {
              line_clear (&ml);
              break;
            }
          n_tagged++;
          if (field_of (ml.tag, &f))
            {
              title |= f == M_TITLE && sub (&ml, 'a');
              anchor |= f == M_NAME || f == M_IMPRINT;
            }
          line_clear (&ml);
          last = m;
        }
      if (!title || !anchor || n_tagged < 2)
        {
          l = last;
          continue;
        }
      rec = ck_record_new (CK_TYPE_BOOK);
      /* the headings first, the title next, then the rest: the names of
       * the statement are the headings' people, the headings' forms kept */
      for (guint pass = 0; pass < 3; pass++)
        for (guint m = l; m <= last; m++)
          {
            const CkLine *lm = &g_array_index (ctx->t->lines, CkLine, m);
            MarcField f;
            if (parse_line (ctx->text, lm->start, lm->end, &ml) && field_of (ml.tag, &f) &&
                pass == (f == M_NAME || f == M_ADDED ? 0u : f == M_TITLE ? 1u : 2u))
              line_into (ctx, rec, &ml, f, lm->start);
            line_clear (&ml);
          }
      if (ck_record_has (rec, CK_FIELD_TITLE))
        {
          const CkLine *ll = &g_array_index (ctx->t->lines, CkLine, last);
          ck_mention_add (ctx, det, g_steal_pointer (&rec), ln->start, ll->end, ln->tok_first, CK_MENTION_MAIN);
          ck_claim (ctx, ln->tok_first, ll->tok_end);
        }
      l = last;
    }
}
