/* assemble.c — record assembly from the pieces of a citation: titles
 * ("Title: Subtitle", "Vol.1"), imprints ("Place: Publisher, Year",
 * "Boston: Lark Books; Leeds: Pell Press"), editions, extents
 * ("xlvi + 345 pp."), bindings, prices ("$19.95", "£12.99 in UK", "14s."),
 * ISBNs and role phrases ("prepared by X").
 *
 *   guint unknown;
 *   ck_assemble_elements (rec, text, start, end, CK_ELEM_INLINE, &unknown);
 *
 * A citation's elements are separated by commas, semicolons, line breaks
 * and full stops; each piece is classed on its own, in a fixed order (the
 * piece_rules table), so that "1996" is a year and "Paperback" a binding
 * wherever they stand.  Unknown capitalised pieces are kept until the end:
 * one right before "Ohio: Delta Press" joins the place; a lone
 * one is a place in "(Name, 1979)" and a publisher in a header line.
 */
#include "extract-private.h"
#include "scholar-shapes.h"
#include "detect-extra.h"
#include <string.h>

#define CK_MAX_PIECES 48

/* One row per language name that "translated from the X" or "published in
 * X as" can name. */
static const struct { const char *name; const char *code; } languages[] = {
  { "english", "en" },  { "french", "fr" },   { "german", "de" },    { "russian", "ru" },
  { "spanish", "es" },  { "italian", "it" },  { "portuguese", "pt" },{ "polish", "pl" },
  { "dutch", "nl" },    { "swedish", "sv" },  { "norwegian", "no" }, { "danish", "da" },
  { "czech", "cs" },    { "hungarian", "hu" },{ "greek", "el" },     { "latin", "la" },
  { "chinese", "zh" },  { "japanese", "ja" }, { "yiddish", "yi" },   { "hebrew", "he" },
  { "arabic", "ar" },   { "turkish", "tr" },  { "ukrainian", "uk" }, { "finnish", "fi" },
  { "romanian", "ro" }, { "serbian", "sr" },  { "croatian", "hr" },  { "bulgarian", "bg" },
};

const char *
ck_language_code (const char *word, gsize len)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (strlen (languages[i].name) == len && g_ascii_strncasecmp (languages[i].name, word, len) == 0)
      return languages[i].code;
  return NULL;
}

void
ck_record_add_name_unique (CkRecord *rec, CkName *name)
{
  if (!name)
    return;
  for (guint i = 0; i < ck_record_get_n_names (rec); i++)
    {
      const CkName *o = ck_record_get_name (rec, i);
      /* "Daniel Vell and Alice Vell": two people of one family differ in
       * the first letter of their given names */
      if (o->role == name->role && g_strcmp0 (o->family, name->family) == 0 &&
          g_strcmp0 (o->literal, name->literal) == 0 &&
          !(o->given && name->given && g_ascii_isupper (o->given[0]) && g_ascii_isupper (name->given[0]) &&
            o->given[0] != name->given[0]))
        {
          ck_name_free (name);
          return;
        }
    }
  ck_record_take_name (rec, name);
}

/* ------------------------------------------------------------ regexes */

typedef enum {
  RX_EXTENT,      /* "xlvi + 345 pp", "487 pages" */
  RX_PAGES,       /* "pp.12, 19", "pp201-4" */
  RX_PRICE,       /* "$19.95", "£12.99 in UK", "$28 paperback", "$18.95 in paperback", "S6.00" (OCR), "95 cents",
                   * "$29.50S" (a press's trade-discount code) */
  RX_SHILLINGS,   /* "14s.", "12s 6d", "10/6", "5/-" */
  RX_EDITION,     /* "4th Edition 2006", "New edition", "2nd ed." */
  RX_YEAR,        /* "1996", "c. 1900", "c1984", "[1984]", "March 2004", "10 May 2004" */
  RX_ISBN,
  RX_BARE_ISBN,
  RX_VOLUME,      /* "Vol.1", "Volume 2", "vol. II" inside a title */
  RX_WITH_EXTRA,  /* "with a new preface", "with “Retrospect”": what an edition adds */
  RX_COPYRIGHT,   /* "1966 (c1965)": the issue's year, then the copyright's */
  RX_SIGNAL,      /* any of the above that marks a book-trade header; "Place: Pub, Year" allows
                   * a comma or two inside the publisher ("Little, Brown and Company") */
  RX_N
} RxId;

static const char * const rx_src[RX_N] = {
  /* "xlvi + 345 pp", and "Pp. xiv + 312" with the label first */
  [RX_EXTENT]    = "^(?|(?:(?:[Aa]bout|c\\.|ca\\.|approx\\.)\\s+)?(?:([ivxlcdm]+)\\s*[+,]\\s*)?(\\d{1,2},\\d{3}|\\d{1,5})\\s*(?:pp\\.?|pages|p\\.|(?<=\\s)p|pgs?\\.?|(?<=\\s)S\\.?|Seiten)"
                   /* "Pp. xii+244+120 plates": the plates counted after the pages */
                   "|pp?\\.?\\s*([ivxlcdm]+)\\s*[+,]\\s*(\\d{1,5})(?:\\s*\\+\\s*\\d{1,4}\\s*(?:plates|pls?\\.?|maps|figures|figs?\\.?))*)$",
  [RX_PAGES]     = "^pp?\\.?\\s*(\\d[\\d\\s,\\-–f.]*)$",
  [RX_PRICE]     = "^((?:(?:(?:US|C|A|AU|CA|Can|NZ|HK|S)?\\$|£|€|¥|₹|DM\\s?|FF\\s?|(?:Dfl|Hfl|fl|Fl|Fr|Frs|NFr|NF|Lit|L|Ptas|Esc)\\.?\\s?|CHF\\s?|SFr\\.?\\s?|Rs\\.?\\s?|(?:[DSN]?[Kk]r)\\.?\\s?|"
                   "S(?=\\d+\\.\\d\\d))\\s?\\d+(?:[.,]\\d{2})?(?:[ST](?![A-Za-z]))?|\\d+(?:[.,]\\d{2})?\\s?(?:€|DM|FF|NF|kr\\.?|zł|cents|cts\\.?|¢))"
                   "(?:\\s+in\\s+(?:the\\s+)?[A-Z][A-Za-z.]*)?)"
                   "(?:\\s+(?:in\\s+)?(paperback|paper|cloth|hardcover|hardback|softback|pbk\\.?|hbk\\.?|hb\\.?|pb\\.?))?$",
  /* "7s. 6d.", "12/6", "21/-", pence alone ("6d.", a pamphlet's price)
   * and decimal pence, "60p" (below a pound: "254p." is a library
   * record's extent) */
  [RX_SHILLINGS] = "^(\\d{1,3}s\\.?(?:\\s*\\d{1,2}d\\.?)?|\\d{1,3}/\\d{1,2}|\\d{1,3}/-|\\d{1,2}p|\\d{1,2}d\\.)$",
  /* "Second edition", "25th anniversary ed.", "New and definitive
   * edition", "Second impression" (a printing, as dealers state it), and
   * the old cards' "3d ed.", "Amended and enl. ed." */
  [RX_EDITION]   = "^((?:\\d+(?:st|nd|rd|th|d)|first|second|third|fourth|fifth|sixth|new|revised|enlarged|expanded|amended|rev\\.|enl\\.|"
                   "updated|abridged|unabridged|second revised|new and revised|new revised|paperback|illustrated|cheap|popular|cheaper|definitive|complete|standard|library|school|student|collected|uniform|pocket)"
                   "(?:[\\s-]anniversary)?"
                   "(?:\\s+(?:and\\s+)?(?:revised|enlarged|expanded|updated|definitive|enl\\.|rev\\.))?\\s+(?:edition|ed\\.?|edn\\.?|impression))"
                   "(?:\\s*,?\\s*((?:1[5-9]|20)\\d\\d))?$",
  /* "March 2004", "May 3, 1984": a header's month of publication */
  [RX_YEAR]      = "^\\[?(?:c\\.?\\s?|ca\\.\\s?|©\\s?|(?:\\d{1,2}\\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|July|Aug(?:ust)?|"
                   "Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Autumn|Fall|Winter)\\.?\\s+"
                   "(?:\\d{1,2},?\\s+)?)?((?:1[5-9]|20)\\d\\d)\\]?-?$",   /* "1952-": a set still coming out */
  [RX_ISBN]      = "^ISBN(?:-1[03])?:?\\s*([0-9Xx][0-9Xx\\- ]{8,16}[0-9Xx])$",
  /* "0 674 25121 0", "978-0-00-000000-2", "9780000000002": an ISBN without its label (checked) */
  [RX_BARE_ISBN] = "^((?:97[89][\\- ])?\\d{1,5}[\\- ]\\d{1,7}[\\- ]\\d{1,7}[\\- ][0-9Xx]|97[89]\\d{10}|\\d{9}[0-9Xx])$",
  [RX_VOLUME]    = "\\s*\\b(?:Vol\\.?|Volume|VOL\\.?)\\s*([0-9]+|[IVXLC]+|One|Two|Three|Four|Five)\\b\\.?",
  [RX_WITH_EXTRA] = "^(?i)with (?:[\"“]|(?:a |an )?(?:new |additional )?"
                    "(?:introduction|preface|foreword|afterword|postscript|epilogue|appendix|index)\\b)",
  [RX_COPYRIGHT] = "^((?:1[5-9]|20)\\d\\d)\\s*\\[?\\((?:c|©)\\s?(?:1[5-9]|20)\\d\\d\\)\\]?$",
  [RX_SIGNAL]    = "(?:(?:US\\$|\\$|£|€)\\s?\\d|\\bS\\d+\\.\\d\\d\\b|\\b\\d{1,3}s\\.(?:\\s|$)|\\b\\d{1,5}\\s*(?:pp\\b|pages\\b)"
                   "|\\bISBN\\b|\\b\\d{1,3}s\\.?(?=[),;]|$)|\\([A-Z][\\w&.' ]{1,40},\\s*(?:1[5-9]|20)\\d\\d\\b|\\b(?:[Pp]aperback|[Hh]ardcover|[Hh]ardback|[Cc]loth)\\b"
                   "|\\b\\p{Lu}[\\w.]+(?:,? \\p{Lu}[\\w.]+)*: \\p{Lu}[^,;:\\n]{1,60}(?:, \\p{Lu}[^,;:\\n]{1,40}){0,2}[,;]\\s*(?:(?:1[5-9]|20)\\d\\d\\b|\\p{Lu}[\\w.]+(?: \\p{Lu}[\\w.]+)*: )"
                   /* "Pp. 823", "Pp. xi + 208": a scholarly header's extent */
                   "|\\bPp\\. (?:[ivxlc]+|\\d+)\\b"
                   /* "312 S.": a German header's extent; "DM 24,80", "12 NF": prices in marks and francs */
                   "|\\b\\d{1,4} S\\.(?=[\\s,;)]|$)"
                   "|\\b(?:DM|NF|FF|SFr|Lit)\\.? ?\\d|\\b\\d+(?:[.,]\\d\\d)? ?(?:DM|NF|FF)\\b"
                   "|\\b\\d+(?:st|nd|rd|th) [Ee]dition\\b"
                   /* "(Firm. 7s 6d.)": shillings and pence with no stop after the shillings */
                   "|\\b\\d{1,3}s\\s\\d{1,2}d\\b"
                   /* "(Firm, 12/6.)", "Firm. 21/-": shillings and pence after an element */
                   "|(?:(?<=, )|(?<=\\. )|(?<=\\())\\d{1,2}/(?:\\d{1,2}|-)(?=\\.?(?:\\)|\\s|$))"
                   /* "Firm, 60p.": decimal pence after an element */
                   "|(?<=, )\\d{1,2}p(?=\\.?(?:\\)|\\s|$))"
                   /* "(Penguin Special. 6d.)": pence alone after an element */
                   "|(?<=\\. |, )\\d{1,2}d\\.(?=\\)|\\s|$))",
};

static gpointer
compile_all (gpointer unused)
{
  GRegex **rx = g_new0 (GRegex *, RX_N);
  for (guint i = 0; i < RX_N; i++)
    {
      g_autoptr(GError) err = NULL;
      GRegexCompileFlags fl = G_REGEX_OPTIMIZE;
      if (i == RX_EDITION || i == RX_EXTENT || i == RX_PAGES)
        fl |= G_REGEX_CASELESS;
      rx[i] = g_regex_new (rx_src[i], fl, 0, &err);
      if (!rx[i])
        g_error ("citekit: bad built-in pattern %u: %s", i, err->message);
    }
  return rx;
}

static GRegex *
rx (RxId id)
{
  static GOnce once = G_ONCE_INIT;
  g_once (&once, compile_all, NULL);
  return ((GRegex **) once.retval)[id];
}

static char *
rx_group (RxId id, const char *s, int group)
{
  g_autoptr(GMatchInfo) mi = NULL;
  if (!g_regex_match (rx (id), s, 0, &mi))
    return NULL;
  {
    char *g = g_match_info_fetch (mi, group);
    if (g && !*g)
      {
        g_free (g);
        return g_strdup ("");
      }
    return g;
  }
}

/* "December 22", "Dec. 3": a month and a day */
static gboolean
month_day (const char *s)
{
  const char *sp = strchr (s, ' ');
  gsize l;
  if (!sp)
    return FALSE;
  l = sp - s;
  if (l > 0 && s[l - 1] == '.')
    l--;
  if (!ck_lex_lookup (CK_LEX_MONTHS, s, l))
    return FALSE;
  sp++;
  return g_ascii_isdigit (sp[0]) && (!sp[1] || (g_ascii_isdigit (sp[1]) && !sp[2]));
}

gboolean
ck_has_imprint_signal (const char *text, gsize start, gsize end)
{
  g_autofree char *s = g_strndup (text + start, end - start);
  return g_regex_match (rx (RX_SIGNAL), s, 0, NULL);
}

/* ------------------------------------------------------------- titles */

static char *
collapse_spaces (const char *s)
{
  GString *o = g_string_new (NULL);
  gboolean sp = FALSE;
  for (; *s; s++)
    {
      if (g_ascii_isspace (*s))
        sp = TRUE;
      else
        {
          if (sp && o->len)
            g_string_append_c (o, ' ');
          sp = FALSE;
          g_string_append_c (o, *s);
        }
    }
  return g_string_free (o, FALSE);
}

void
ck_assemble_title (CkRecord *rec, char *full)
{
  g_autofree char *s = NULL;
  char *colon;
  gsize n;
  if (!full)
    return;
  /* "Name, <i>Title</i>": a page's inline tags are no part of a title */
  if (strchr (full, '<'))
    {
      char *w = full;
      for (const char *r = full; *r;)
        {
          const char *q = r + 1;
          if (*r == '<' && (*q == '/' || g_ascii_isalpha (*q)))
            {
              if (*q == '/')
                q++;
              while (g_ascii_isalnum (*q))
                q++;
              if (*q == '>' && q - r <= 12)
                {
                  r = q + 1;
                  continue;
                }
            }
          *w++ = *r++;
        }
      *w = '\0';
    }
  s = collapse_spaces (full);
  g_free (full);
  /* trailing separators are not part of a title */
  n = strlen (s);
  while (n > 0 && strchr (",;. ", s[n - 1]))
    s[--n] = '\0';
  /* "Salt Investigations [Salzuntersuchungen]": a list's gloss of the
   * original title in square brackets closes the title; it is the
   * original's (a translator's "[trans. …]" opens in lower case) */
  if (n > 4 && s[n - 1] == ']')
    {
      char *open = strrchr (s, '[');
      if (open && open > s + 1 && open[-1] == ' ' && g_unichar_isupper (g_utf8_get_char (open + 1)) &&
          !strstr (open, " by ") && !strpbrk (open, "0123456789"))
        {
          s[n - 1] = '\0';
          if (!ck_record_has (rec, CK_FIELD_ORIGINAL_TITLE))
            ck_record_set (rec, CK_FIELD_ORIGINAL_TITLE, open + 1);
          open[-1] = '\0';
          n = strlen (s);
        }
    }
  /* "Salt Road, The": a library's or a list's title with its article
   * set last, for the alphabet's sake, goes back in front */
  {
    static const char * const articles[] = { ", The", ", A", ", An", NULL };
    for (guint a = 0; articles[a]; a++)
      if (n > strlen (articles[a]) + 2 && strcmp (s + n - strlen (articles[a]), articles[a]) == 0)
        {
          char *moved;
          s[n - strlen (articles[a])] = '\0';
          moved = g_strconcat (articles[a] + 2, " ", s, NULL);
          g_free (s);
          s = moved;
          n = strlen (s);
          break;
        }
  }
  /* "Tides of Trade Vol.2: The Ports" → volume 2 */
  {
    g_autoptr(GMatchInfo) mi = NULL;
    if (g_regex_match (rx (RX_VOLUME), s, 0, &mi))
      {
        int a, b;
        g_autofree char *vol = g_match_info_fetch (mi, 1);
        g_match_info_fetch_pos (mi, 0, &a, &b);
        if (a > 0)
          {
            /* "A Life, Volume I: 1881-1906": the comma before goes too */
            while (a > 0 && (s[a - 1] == ' ' || s[a - 1] == ','))
              a--;
            memmove (s + a, s + b, strlen (s + b) + 1);
            ck_record_set (rec, CK_FIELD_VOLUME, vol);
          }
      }
  }
  colon = strstr (s, ": ");
  /* "Why Does It Rain? A Short History": with no colon, a question ends
   * the main title when a capitalised subtitle follows */
  if (!colon)
    {
      char *q = strstr (s, "? ");
      if (q && q > s && g_ascii_isupper (q[2]))
        {
          ck_record_set (rec, CK_FIELD_SUBTITLE, q + 2);
          q[1] = '\0';
          ck_record_set (rec, CK_FIELD_TITLE, s);
          return;
        }
    }
  if (colon && colon > s)
    {
      *colon = '\0';
      g_strstrip (s);
      ck_record_set (rec, CK_FIELD_TITLE, s);
      ck_record_set (rec, CK_FIELD_SUBTITLE, g_strstrip (colon + 2));
    }
  else
    ck_record_set (rec, CK_FIELD_TITLE, g_strstrip (s));
}

/* Words of a biography's subtitle: "Ada Quell: A Life" is about her. */
static const char * const life_words[] = {
  "life", "lives", "biography", "memoir", "memoirs", "portrait", "letters", "diaries", "journals", "selected",
  "collected", "writings", "reader", "study", "critical", "years", "man", "woman", "poet", "novelist",
  "works", "chronicle", "remembered", "revisited", "reconsidered", NULL,
};

/* Whether @s is a person's name: two to four capitalised words, the
 * first a known given name, none a function word. */
static gboolean
person_name (const char *s)
{
  g_auto(GStrv) words = g_strsplit (s, " ", -1);
  guint n = g_strv_length (words);
  if (n < 2 || n > 4 || !ck_lex_lookup (CK_LEX_GIVEN_NAMES, words[0], -1))
    return FALSE;
  for (guint k = 0; k < n; k++)
    {
      if (!g_unichar_isupper (g_utf8_get_char (words[k])) || ck_lex_lookup (CK_LEX_FUNCTION_WORDS, words[k], -1))
        return FALSE;
      for (const char *c = words[k]; *c; c = g_utf8_next_char (c))
        {
          gunichar u = g_utf8_get_char (c);
          if (!g_unichar_isalpha (u) && u != '.' && u != '-' && u != '\'' && u != 0x2019)
            return FALSE;
        }
    }
  return !ck_lex_lookup (CK_LEX_PLACES, words[n - 1], -1) && !ck_lex_lookup (CK_LEX_PUBLISHER_WORDS, words[n - 1], -1);
}

void
ck_header_colon_author (CkRecord *rec)
{
  const char *title = ck_record_get (rec, CK_FIELD_TITLE), *sub = ck_record_get (rec, CK_FIELD_SUBTITLE);
  g_autofree char *rest = NULL;
  /* "A and B (eds): Title" (scholar-shapes.c) */
  if (ck_header_colon_editors (rec))
    return;
  if (!title || !sub || ck_record_get_n_names (rec) > 0 || !person_name (title))
    return;
  {
    g_auto(GStrv) words = g_strsplit_set (sub, " ,:;.", -1);
    for (guint k = 0; words[k]; k++)
      {
        g_autofree char *low = g_utf8_strdown (words[k], -1);
        for (guint w = 0; life_words[w]; w++)
          if (strcmp (low, life_words[w]) == 0)
            return;
      }
  }
  ck_record_add_name_unique (rec, ck_name_parse_display (CK_ROLE_AUTHOR, title));
  rest = g_strdup (sub);
  ck_record_set (rec, CK_FIELD_SUBTITLE, NULL);
  ck_assemble_title (rec, g_steal_pointer (&rest));
}

/* Words of a collected edition's title before "of NAME" or "by NAME":
 * "The Novels and Stories of", "Selected Essays by", "The Complete Poems
 * of" (general English publishing usage). */
static const char * const collected_words[] = {
  "the", "and", "collected", "selected", "complete", "uncollected", "early", "later", "last", "short", "shorter",
  "novels", "novellas", "stories", "tales", "poems", "verse", "essays", "letters", "writings", "works", "plays",
  "sketches", "journalism", NULL,
};

/* The genre nouns among them: one must be there. */
static const char * const collected_nouns[] = {
  "novels", "novellas", "stories", "tales", "poems", "verse", "essays", "letters", "writings", "works", "plays",
  "sketches", "journalism", NULL,
};

static gboolean
word_in (const char *w, const char * const *list)
{
  g_autofree char *low = g_utf8_strdown (w, -1);
  for (guint k = 0; list[k]; k++)
    if (strcmp (low, list[k]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @s names a person after "of"/"by": two to four capitalised
 * words, none a function word, the last no place and no firm's word (the
 * collected-edition words before make the given-name test unneeded). */
static gboolean
name_after_of (const char *s)
{
  g_auto(GStrv) words = g_strsplit (s, " ", -1);
  guint n = g_strv_length (words);
  if (n < 2 || n > 4)
    return FALSE;
  for (guint k = 0; k < n; k++)
    if (!g_unichar_isupper (g_utf8_get_char (words[k])) || ck_lex_lookup (CK_LEX_FUNCTION_WORDS, words[k], -1))
      return FALSE;
  return !ck_lex_lookup (CK_LEX_PLACES, words[n - 1], -1) && !ck_lex_lookup (CK_LEX_PUBLISHER_WORDS, words[n - 1], -1);
}

/* "The Novels and Stories of Ada Vell", "Essays by Ada Vell": the
 * person is the author.  Returns the name's display form or NULL. */
static char *
collected_name (const char *s)
{
  g_auto(GStrv) words = NULL;
  guint k = 0;
  gboolean noun = FALSE;
  GString *name;
  if (!s)
    return NULL;
  words = g_strsplit (s, " ", -1);
  for (; words[k] && word_in (words[k], collected_words); k++)
    noun |= word_in (words[k], collected_nouns);
  if (!noun || !words[k] || (g_ascii_strcasecmp (words[k], "of") != 0 && g_ascii_strcasecmp (words[k], "by") != 0) ||
      !words[k + 1])
    return NULL;
  name = g_string_new (NULL);
  for (guint j = k + 1; words[j]; j++)
    {
      /* "THE SELECTED LETTERS OF ADA VELL": the name in title case */
      g_autofree char *w = g_strdup (words[j]);
      ck_upper_to_title (&w);
      g_string_append_printf (name, "%s%s", j > k + 1 ? " " : "", w);
    }
  if (!name_after_of (name->str))
    {
      g_string_free (name, TRUE);
      return NULL;
    }
  return g_string_free (name, FALSE);
}

void
ck_collected_author (CkRecord *rec)
{
  g_autofree char *name = NULL;
  /* "The Letters of Ada Vell", edited by another: she is still the author */
  if (ck_record_count_role (rec, CK_ROLE_AUTHOR) > 0)
    return;
  name = collected_name (ck_record_get (rec, CK_FIELD_SUBTITLE));
  if (!name)
    name = collected_name (ck_record_get (rec, CK_FIELD_TITLE));
  if (name)
    ck_record_add_name_unique (rec, ck_name_parse_display (CK_ROLE_AUTHOR, name));
}

/* ------------------------------------------------------------ elements */

static void
append_field (CkRecord *rec, CkField f, const char *value)
{
  const char *old = ck_record_get (rec, f);
  g_autofree char *cut = NULL;
  if (!value || !*value)
    return;
  /* "Gannet: $1": the colon a weekly set between firm and price */
  if (f == CK_FIELD_PUBLISHER && g_str_has_suffix (value, ":") && strlen (value) > 1)
    value = cut = g_strndup (value, strlen (value) - 1);
  /* the same publisher from a label and an imprint line is one */
  if (old)
    {
      g_auto(GStrv) items = g_strsplit (old, "; ", -1);
      for (guint k = 0; items[k]; k++)
        if (strcmp (items[k], value) == 0)
          return;
    }
  if (old)
    {
      g_autofree char *both = g_strconcat (old, "; ", value, NULL);
      ck_record_set (rec, f, both);
    }
  else
    ck_record_set (rec, f, value);
}

static void
set_year (CkRecord *rec, const char *year)
{
  if (!ck_record_get_date (rec, CK_DATE_ISSUED) && year && *year)
    ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (atoi (year), 0, 0));
}

static gboolean
is_capitalised (const char *s)
{
  gunichar c = g_utf8_get_char (s);
  return g_unichar_isupper (c) || g_unichar_istitle (c);
}

/* How many words of @s open in lower case: a firm's name has few ("of",
 * "and"), a sentence many. */
static guint
lower_words (const char *s)
{
  guint n = 0;
  for (const char *p = s; *p; p++)
    if ((p == s || p[-1] == ' ') && g_ascii_islower (*p))
      n++;
  return n;
}

static gboolean
has_publisher_word (const char *s)
{
  g_auto(GStrv) words = g_strsplit_set (s, " ,", -1);
  for (guint i = 0; words[i]; i++)
    if (*words[i] && ck_lex_lookup (CK_LEX_PUBLISHER_WORDS, words[i], -1))
      return TRUE;
  return FALSE;
}

/* A role phrase inside @piece: returns the offset where the names start,
 * -1 when there is none; *@prefix_len is where the phrase starts. */
static gssize
find_role (const char *piece, CkRole *role, gsize *prefix_len)
{
  const GPtrArray *roles = ck_lex_role_phrases ();
  g_auto(GStrv) words = g_strsplit (piece, " ", -1);
  guint n = g_strv_length (words);
  for (guint k = 0; k < n; k++)
    for (guint r = 0; r < roles->len; r++)
      {
        const CkRolePhrase *rp = g_ptr_array_index (roles, r);
        guint w;
        if (k + rp->n_words > n)
          continue;
        for (w = 0; w < rp->n_words; w++)
          if (strcmp (rp->words[w], "*") != 0 && g_ascii_strcasecmp (rp->words[w], words[k + w]) != 0)
            break;
        if (w == rp->n_words)
          {
            gsize off = 0;
            for (guint q = 0; q < k + w; q++)
              off += strlen (words[q]) + 1;
            *prefix_len = 0;
            for (guint q = 0; q < k; q++)
              *prefix_len += strlen (words[q]) + 1;
            *role = rp->role;
            return (gssize) MIN (off, strlen (piece));
          }
      }
  return -1;
}

static void
add_names_text (CkRecord *rec, const char *text, CkRole role)
{
  /* "A and B", "A & B" */
  g_auto(GStrv) parts = NULL;
  g_autofree char *t = g_strdup (text);
  char *p;
  while ((p = strstr (t, " & ")))
    memcpy (p, " ; ", 3);
  {
    g_autofree char *u = NULL;
    GString *s = g_string_new (t);
    g_string_replace (s, " and ", " ; ", 0);
    u = g_string_free (s, FALSE);
    parts = g_strsplit (u, ";", -1);
  }
  for (guint i = 0; parts[i]; i++)
    {
      char *nm = g_strstrip (parts[i]);
      gsize n = strlen (nm);
      while (n > 0 && nm[n - 1] == '.' && !(n >= 2 && g_ascii_isupper (nm[n - 2]) && (n == 2 || nm[n - 3] == ' ')))
        nm[--n] = '\0';
      if (*nm && is_capitalised (nm))
        ck_record_add_name_unique (rec, ck_name_parse_display (role, nm));
    }
}

/* "12s.", "12/6", "21s": shillings after byte @i (spaces skipped) —
 * a price, which no page number is. */
static gboolean
price_after (const char *text, gsize i, gsize end)
{
  while (i < end && text[i] == ' ')
    i++;
  if (i >= end || !g_ascii_isdigit (text[i]))
    return FALSE;
  while (i < end && g_ascii_isdigit (text[i]))
    i++;
  return i < end && (text[i] == '/' || (text[i] == 's' && (i + 1 >= end || !g_ascii_isalpha (text[i + 1]))));
}

static gboolean
next_is_digit (const char *text, gsize i, gsize end)
{
  while (i < end && text[i] == ' ')
    i++;
  return i < end && g_ascii_isdigit (text[i]);
}

/* Splits text[start,end) into pieces at , ; newline and sentence-ending
 * full stops, not inside quotes or brackets. */
/* Abbreviations that end in a full stop inside a corporate or place name
 * ("Oxford Univ. Press", "St. Martin's Press", "Harper & Bros. Publishers"):
 * the stop does not end the piece when a capitalised word follows. */
static const char * const name_abbrevs[] = {
  "Univ", "Co", "Bros", "Inst", "Soc", "Assoc", "Acad", "Natl", "Intl", "Dept", "Publ", "Pubs",
  "St", "Ste", "Mt", "Ft", "Libr",
};

/* Whether a lower-case roman numeral and " +" or "," follow @i after
 * spaces: the front matter of "Pp. xiv + 312". */
static gboolean
roman_extent_at (const char *text, gsize i, gsize end)
{
  gsize k = i, r;
  while (k < end && text[k] == ' ')
    k++;
  r = k;
  while (k < end && strchr ("ivxlcdm", text[k]) && text[k])
    k++;
  if (k == r)
    return FALSE;
  while (k < end && text[k] == ' ')
    k++;
  return k < end && (text[k] == '+' || text[k] == ',');
}

/* Whether text[ps,i) is "Pp. xiv": a page label and a roman numeral. */
static gboolean
roman_extent_before (const char *text, gsize ps, gsize i)
{
  gsize k = ps, r;
  while (k < i && text[k] == ' ')
    k++;
  if (k + 1 >= i || (text[k] != 'p' && text[k] != 'P'))
    return FALSE;
  k++;
  if (k < i && (text[k] == 'p' || text[k] == 'P'))
    k++;
  if (k < i && text[k] == '.')
    k++;
  while (k < i && text[k] == ' ')
    k++;
  r = k;
  while (k < i && strchr ("ivxlcdm", text[k]) && text[k])
    k++;
  return k > r && k == i;
}

/* A header's note on the book's make-up, which names no firm or place:
 * "Illustrated. 544 pp.", "With maps." ("Two volumes in one" is left to
 * the title: it says the header names two works) */
static const char * const descriptions[] = {
  "illustrated", "illus", "ill", "ills", "with illustrations", "with maps", "with photographs", "with plates", "maps",
  "photographs", "plates", "index", "with index", "with an index", "bibliography", "with bibliography",
  "profusely illustrated", "fully illustrated",
};

/* "Demy 8vo", "Crown 4to", "Folio", "in-8°": a publisher's list gives
 * the book's size among its particulars, a format and no firm */
static gboolean
is_format (const char *s)
{
  static const char * const sizes[] = { "demy", "crown", "royal", "foolscap", "f'cap", "fcap", "post", "medium",
                                        "imperial", "pott", "large", "small", "super", "cr", "sm", "extra", NULL };
  static const char * const formats[] = { "8vo", "4to", "12mo", "16mo", "18mo", "24mo", "32mo", "folio", "fo",
                                          "quarto", "octavo", "duodecimo", NULL };
  g_auto(GStrv) words = NULL;
  guint n;
  /* the French "in-8°", "in-4o", "in-12", "in-folio" */
  if (g_ascii_strncasecmp (s, "in-", 3) == 0 && s[3] &&
      (g_ascii_isdigit (s[3]) || g_ascii_strcasecmp (s + 3, "folio") == 0 || g_ascii_strcasecmp (s + 3, "fol.") == 0))
    {
      const char *q = s + 3;
      while (g_ascii_isdigit (*q))
        q++;
      if (!*q || strcmp (q, "\xc2\xb0") == 0 || strcmp (q, "o") == 0 || g_ascii_isalpha (s[3]))
        return TRUE;
    }
  words = g_strsplit (s, " ", -1);
  n = g_strv_length (words);
  if (n == 0 || n > 4)
    return FALSE;
  for (guint k = 0; k < n; k++)
    {
      gsize wl = strlen (words[k]);
      gboolean ok = FALSE;
      while (wl > 0 && words[k][wl - 1] == '.')
        words[k][--wl] = '\0';
      for (guint j = 0; (k + 1 < n ? sizes : formats)[j] && !ok; j++)
        ok = g_ascii_strcasecmp (words[k], (k + 1 < n ? sizes : formats)[j]) == 0;
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* "revised", "enlarged (1947)", "revised, 1961": a revision's word
 * after an edition statement, its length in *@len and the year it came
 * out in *@year (or NULL) */
static gboolean
revision_note (const char *s, gsize *len, char **year)
{
  static const char * const words[] = { "revised", "enlarged", "corrected", "revised and enlarged", "reset", NULL };
  gsize wl = strcspn (s, "(0123456789");
  g_autofree char *w = g_strstrip (g_strndup (s, wl));
  gboolean ok = FALSE;
  *year = NULL;
  *len = strlen (w);
  for (guint k = 0; words[k] && !ok; k++)
    ok = g_ascii_strcasecmp (w, words[k]) == 0;
  if (!ok)
    return FALSE;
  if (s[wl])
    {
      g_autofree char *rest = g_strstrip (g_strdup (s + wl + (s[wl] == '(')));
      gsize rl = strlen (rest);
      if (rl > 0 && rest[rl - 1] == ')')
        rest[--rl] = '\0';
      if (rl != 4 || !(*year = rx_group (RX_YEAR, rest, 1)))
        return FALSE;
    }
  return TRUE;
}

/* "Ready September", "Ready shortly", "Now ready" (when a list's new
 * book comes out) and the "net" after its price: no element of the
 * citation */
static gboolean
is_ready_note (const char *s)
{
  static const char * const whens[] = { "shortly", "now", "immediately", "in the spring", "in the autumn", NULL };
  if (g_ascii_strcasecmp (s, "now ready") == 0 || g_ascii_strcasecmp (s, "just published") == 0 ||
      g_ascii_strcasecmp (s, "net") == 0)
    return TRUE;
  if (g_ascii_strncasecmp (s, "ready ", 6) != 0)
    return FALSE;
  s += 6;
  if (ck_lex_lookup (CK_LEX_MONTHS, s, -1))
    return TRUE;
  for (guint k = 0; whens[k]; k++)
    if (g_ascii_strcasecmp (s, whens[k]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_description (const char *s)
{
  gsize n = strlen (s);
  if (is_format (s) || is_ready_note (s) || g_regex_match (rx (RX_WITH_EXTRA), s, 0, NULL))
    return TRUE;
  while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ' '))
    n--;
  for (guint k = 0; k < G_N_ELEMENTS (descriptions); k++)
    if (strlen (descriptions[k]) == n && g_ascii_strncasecmp (descriptions[k], s, n) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_name_abbrev (const char *w, gsize n)
{
  for (guint k = 0; k < G_N_ELEMENTS (name_abbrevs); k++)
    if (strlen (name_abbrevs[k]) == n && strncmp (name_abbrevs[k], w, n) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
blank_between (const char *text, gsize a, gsize b)
{
  for (gsize k = a; k < b; k++)
    if (!g_ascii_isspace (text[k]))
      return FALSE;
  return TRUE;
}

/* Whether text from @i opens "Place: " — one to four capitalised words
 * and a colon — and holds a closing "]". */
static gboolean
bracket_imprint (const char *text, gsize i, gsize end)
{
  guint words = 0;
  gsize k = i;
  while (k < end && words < 4 && g_ascii_isupper (text[k]))
    {
      while (k < end && (g_ascii_isalpha (text[k]) || text[k] == '.' || text[k] == '-'))
        k++;
      words++;
      if (k + 1 < end && text[k] == ':' && text[k + 1] == ' ')
        return memchr (text + k, ']', end - k) != NULL;
      if (k < end && text[k] == ',')
        k++;
      while (k < end && text[k] == ' ')
        k++;
    }
  return FALSE;
}

/* A piece that may open a place before "Place: Firm": capitalised
 * words with no hyphen, digit or inner stop ("Cambridge", "Mass"). */
static gboolean
place_piece (const char *s)
{
  const char *dot = strchr (s, '.');
  return is_capitalised (s) && !strpbrk (s, "-0123456789:'") && (!dot || dot[1] == '\0') &&
         !has_publisher_word (s) && strlen (s) < 32;
}

/* Whether text[ps,i) is a capitalised name with no digit, and a year
 * alone follows the space at @i up to the end or a stop. */
static gboolean
name_then_year (const char *text, gsize ps, gsize i, gsize end)
{
  gsize w = ps, lw;
  while (w < i && g_ascii_isspace (text[w]))
    w++;
  if (w >= i || !g_ascii_isupper (text[w]) || i + 5 > end || !g_ascii_isdigit (text[i + 1]) ||
      !(text[i + 1] == '1' || text[i + 1] == '2') || !g_ascii_isdigit (text[i + 2]) || !g_ascii_isdigit (text[i + 3]) ||
      !g_ascii_isdigit (text[i + 4]) ||
      (i + 5 < end && !strchr (",.;)]", text[i + 5]) && !g_ascii_isspace (text[i + 5]) &&
       /* "(Oxford 1934-6)": a set's span of years */
       !(text[i + 5] == '-' && i + 6 < end && g_ascii_isdigit (text[i + 6])) &&
       !((guchar) text[i + 5] == 0xE2 && i + 8 < end && (guchar) text[i + 6] == 0x80 && (guchar) text[i + 7] == 0x93 &&
         g_ascii_isdigit (text[i + 8]))))
    return FALSE;
  for (gsize k = w; k < i; k++)
    if (g_ascii_isdigit (text[k]) || text[k] == '(' || text[k] == ':')
      return FALSE;
  /* the last word is no month or season (the months lexicon has both) */
  lw = i;
  while (lw > w && text[lw - 1] != ' ')
    lw--;
  return !ck_lex_lookup (CK_LEX_MONTHS, text + lw, i - lw - (i > lw && text[i - 1] == '.' ? 1 : 0));
}

/* At text[i], after a space: a middle dot or a bullet with a space after
 * it, or a dash with a space and no number after it (a span, "1951 –
 * 1960", stays whole).  The separator's length in bytes, or 0. */
static gsize
spaced_separator (const char *text, gsize i, gsize end)
{
  if ((guchar) text[i] == 0xC2 && i + 2 < end && (guchar) text[i + 1] == 0xB7 && text[i + 2] == ' ')
    return 2;
  if ((guchar) text[i] != 0xE2 || i + 3 >= end || (guchar) text[i + 1] != 0x80 || text[i + 3] != ' ')
    return 0;
  if ((guchar) text[i + 2] == 0xA2)
    return 3;
  if (((guchar) text[i + 2] == 0x93 || (guchar) text[i + 2] == 0x94) && i + 4 < end && !g_ascii_isdigit (text[i + 4]))
    return 3;
  return 0;
}

/* Whether text[ps, i) ends with a price's currency and its whole units:
 * "DM 24", "Fr. 12", "€ 24" (a decimal comma follows).  Only the
 * currencies written with a decimal comma: after "$" or "£" a comma parts
 * thousands or elements, so currency.txt's whole list will not do. */
static gboolean
price_before (const char *text, gsize ps, gsize i)
{
  static const char * const marks[] = { "DM", "FF", "NF", "Fr.", "SFr.", "Lit.", "Kr.", "kr.", "\xe2\x82\xac", NULL };
  gsize d = i;
  while (d > ps && g_ascii_isdigit (text[d - 1]))
    d--;
  while (d > ps && text[d - 1] == ' ')
    d--;
  for (guint m = 0; marks[m]; m++)
    {
      gsize ml = strlen (marks[m]);
      if (d >= ps + ml && strncmp (text + d - ml, marks[m], ml) == 0)
        return TRUE;
    }
  return FALSE;
}

static GPtrArray *
split_pieces (const char *text, gsize start, gsize end, CkElemMode mode)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  gsize ps = start;
  int depth = 0;
  gboolean quote = FALSE, open_imprint = FALSE;
  for (gsize i = start; i <= end; i++)
    {
      gboolean cut = (i == end);
      char c = i < end ? text[i] : '\0';
      gsize sep;
      if (!cut)
        {
          /* "By A. Reed. [London: Firm Ltd. 1961. 318 pp. £2.]": a law
           * review's imprint in square brackets is read piece by piece */
          if (c == '[' && depth == 0 && !quote && blank_between (text, ps, i) && bracket_imprint (text, i + 1, end))
            {
              open_imprint = TRUE;
              ps = i + 1;
              continue;
            }
          if (c == ']' && open_imprint && depth == 0)
            {
              open_imprint = FALSE;
              cut = TRUE;
            }
          else if (c == '(' || c == '[')
            depth++;
          else if ((c == ')' || c == ']') && depth > 0)
            depth--;
          else if (c == '"')
            quote = !quote;
          else if ((guchar) c == 0xE2 && i + 2 < end && (guchar) text[i + 1] == 0x80 &&
                   ((guchar) text[i + 2] == 0x9C || (guchar) text[i + 2] == 0x9D))
            quote = (guchar) text[i + 2] == 0x9C;
          if (depth == 0 && !quote)
            {
              /* inside "(…)" a newline is a wrapped line, not a new element */
              /* "Boston:\nHoughton Mifflin": a line ending in a colon
               * wraps "Place: Publisher" */
              /* "Pp. xiv, 312": the comma of an extent */
              if (c == ',' && roman_extent_before (text, ps, i) && next_is_digit (text, i + 1, end))
                ;
              /* "DM 24,80", "24,80 €": a decimal comma, two digits after
               * it and no space */
              else if (c == ',' && i > ps && g_ascii_isdigit (text[i - 1]) && i + 2 < end && g_ascii_isdigit (text[i + 1]) &&
                       g_ascii_isdigit (text[i + 2]) && (i + 3 >= end || !g_ascii_isdigit (text[i + 3])) &&
                       price_before (text, ps, i))
                ;
              else if (c == ',' || c == ';' ||
                  (c == '\n' && mode == CK_ELEM_BLOCK && !(i > ps && text[i - 1] == ':')))
                cut = TRUE;
              /* "(Princeton 1989)", "Odense 1974": a place or a firm and
               * its year with no comma between (not "Spring 1984") */
              else if (c == ' ' && name_then_year (text, ps, i, end))
                cut = TRUE;
              /* "Paper  $21.50S  978-1-23456-789-7": a catalogue's columns,
               * two spaces or more apart on a line */
              else if (c == ' ' && mode == CK_ELEM_BLOCK && i + 1 < end && text[i + 1] == ' ' && i > ps &&
                       !g_ascii_isspace (text[i - 1]) && text[i - 1] != '.' && text[i - 1] != ',')
                cut = TRUE;
              /* "Publisher, £30 / Other Publisher, $35": UK and US editions */
              else if (c == '/' && i > ps && text[i - 1] == ' ' && i + 1 < end && text[i + 1] == ' ')
                cut = TRUE;
              /* "ISBN … | Hardback | 320 pages | £25.00": a publisher's
               * site sets its elements apart with bars */
              else if (c == '|' && i > ps && text[i - 1] == ' ' && i + 1 < end && text[i + 1] == ' ')
                cut = TRUE;
              /* "1992 · 429 pp. · ISBN …", "Gannet Press, 2019 – £18.99": a
               * separator set apart by spaces */
              else if (i > ps && text[i - 1] == ' ' && (sep = spaced_separator (text, i, end)) > 0)
                {
                  g_ptr_array_add (out, g_strndup (text + ps, i - ps));
                  i += sep - 1;
                  ps = i + 1;
                  continue;
                }
              else if (c == '.' && (i + 1 >= end || g_ascii_isspace (text[i + 1])))
                {
                  /* not after an initial ("Mary K. Oduya") or "pp"/"No"/"Vol" */
                  gsize w = i;
                  while (w > ps && g_ascii_isalpha (text[w - 1]))
                    w--;
                  if (i - w == 1 && g_ascii_isupper (text[w]))
                    cut = FALSE;
                  /* "rev. ed.", "enl. edn": the edition's own abbreviations */
                  else if ((i - w == 3 && (g_ascii_strncasecmp (text + w, "rev", 3) == 0 ||
                                           g_ascii_strncasecmp (text + w, "enl", 3) == 0)) &&
                           i + 3 < end && text[i + 1] == ' ' && g_ascii_strncasecmp (text + i + 2, "ed", 2) == 0)
                    cut = FALSE;
                  else if (is_name_abbrev (text + w, i - w) && i + 2 < end && text[i + 1] == ' ' &&
                           g_ascii_isupper (text[i + 2]))
                    cut = FALSE;
                  /* "288 pp. 12s. 6d.", "288 pp. 12/6": an extent after its
                   * number, and a price after it, not "pp. 12" */
                  else if (i - w == 2 && g_ascii_strncasecmp (text + w, "pp", 2) == 0 && w >= 2 &&
                           text[w - 1] == ' ' && g_ascii_isdigit (text[w - 2]) && price_after (text, i + 1, end))
                    cut = TRUE;
                  else if ((i - w == 2 || i - w == 3) &&
                           (g_ascii_strncasecmp (text + w, "pp", 2) == 0 || g_ascii_strncasecmp (text + w, "no", 2) == 0 ||
                            g_ascii_strncasecmp (text + w, "vol", 3) == 0) &&
                           (next_is_digit (text, i + 1, end) || roman_extent_at (text, i + 1, end)))
                    cut = FALSE;
                  else
                    cut = TRUE;
                  if (cut)
                    {
                      /* keep the stop on "14s." and "ed." pieces */
                      g_ptr_array_add (out, g_strndup (text + ps, i + 1 - ps));
                      ps = i + 1;
                      continue;
                    }
                }
            }
        }
      if (cut)
        {
          if (i > ps)
            g_ptr_array_add (out, g_strndup (text + ps, i - ps));
          ps = i + 1;
        }
    }
  return out;
}

static char *
strip_piece (const char *raw)
{
  char *s = collapse_spaces (raw);
  gsize n;
  g_strstrip (s);
  n = strlen (s);
  /* "[translated by X]", "[X]": square brackets hold an editor's addition */
  if (n >= 2 && s[0] == '[' && s[n - 1] == ']')
    {
      memmove (s, s + 1, n - 2);
      s[n - 2] = '\0';
      n -= 2;
    }
  while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ',') &&
         !(n >= 3 && s[n - 1] == '.' && g_ascii_isdigit (s[n - 3]) && s[n - 2] == 's'))
    s[--n] = '\0';
  return s;
}

/* Whether the first word of @s (up to @n bytes) is a known place:
 * "Cambridge MA", "New York" (whole), "Leeds". */
static gboolean
starts_with_place (const char *s, gsize n)
{
  const char *sp;
  while (n > 0 && s[n - 1] == ' ')
    n--;
  if (n == 0)
    return FALSE;
  if (ck_lex_lookup (CK_LEX_PLACES, s, n))
    return TRUE;
  sp = memchr (s, ' ', n);
  return sp && ck_lex_lookup (CK_LEX_PLACES, s, sp - s) != NULL;
}

/* "Cambridge MA and London", "Leeds and Bath": a known place joined by
 * "and" to another place, known or one or two capitalised words. */
static gboolean
place_pair (const char *s)
{
  const char *and = strstr (s, " and ");
  const char *rest;
  guint words = 0;
  if (!and || !starts_with_place (s, and - s))
    return FALSE;
  rest = and + 5;
  if (starts_with_place (rest, strlen (rest)))
    return TRUE;
  for (const char *q = rest; *q; q++)
    {
      if (q == rest || q[-1] == ' ')
        {
          if (!g_ascii_isupper (*q))
            return FALSE;
          words++;
        }
      if (g_ascii_isdigit (*q))
        return FALSE;
    }
  return words >= 1 && words <= 2;
}

/* Whether @s, digits with "-" or " ", is an ISBN-10 or ISBN-13 whose check
 * digit agrees: a bare number in an imprint is an ISBN only then. */
static gboolean
isbn_checks (const char *s)
{
  int d[13], n = 0, sum = 0;
  for (const char *p = s; *p; p++)
    {
      if (g_ascii_isdigit (*p) || ((*p == 'X' || *p == 'x') && !p[1]))
        {
          if (n == 13)
            return FALSE;
          d[n++] = g_ascii_isdigit (*p) ? *p - '0' : 10;
        }
    }
  if (n == 10)
    {
      for (int k = 0; k < 10; k++)
        sum += d[k] * (10 - k);
      return sum % 11 == 0;
    }
  if (n == 13)
    {
      for (int k = 0; k < 13; k++)
        {
          if (d[k] == 10)
            return FALSE;
          sum += d[k] * (k % 2 ? 3 : 1);
        }
      return sum % 10 == 0;
    }
  return FALSE;
}

static gboolean is_us_state_code (const char *s);
static gboolean is_us_state_abbrev (const char *s);

/* A place as imprints write it: a known place, "City ST", or places
 * joined by "and", "&" or "/" ("Cambridge MA and London"). */
static gboolean
is_place_text (const char *s)
{
  g_auto(GStrv) parts = NULL;
  guint n = 0;
  if (ck_lex_lookup (CK_LEX_PLACES, s, -1))
    return TRUE;
  {
    const char *sp = strrchr (s, ' ');
    if (sp && sp > s && is_us_state_code (sp + 1))
      {
        g_autofree char *city = g_strndup (s, sp - s);
        if (is_capitalised (city) && !strpbrk (city, "0123456789,:") && !has_publisher_word (city))
          return TRUE;
      }
    /* "Berkeley, Calif." */
    sp = strstr (s, ", ");
    if (sp && sp > s && !strstr (sp + 2, ", "))
      {
        g_autofree char *city = g_strndup (s, sp - s);
        g_autofree char *state = g_strdup (sp + 2);
        gsize sl = strlen (state);
        if (sl > 1 && state[sl - 1] == '.')
          state[sl - 1] = '\0';
        if (is_us_state_abbrev (state) && is_capitalised (city) && !strpbrk (city, "0123456789,:") &&
            !has_publisher_word (city))
          return TRUE;
      }
  }
  /* "Köln-Wien", "Berlin–Leipzig": two places the lexicon knows joined
   * by a dash (each must be known: "Stoke-on-Trent" is one) */
  {
    const char *d = strchr (s, '-');
    const char *en = strstr (s, "\xe2\x80\x93");
    if ((d || en) && !strchr (s, ' '))
      {
        const char *cut = d ? d : en;
        gsize w = d ? 1 : 3;
        g_autofree char *a = g_strndup (s, cut - s);
        if (*a && cut[w] && !strchr (cut + w, '-') && ck_lex_lookup (CK_LEX_PLACES, a, -1) &&
            ck_lex_lookup (CK_LEX_PLACES, cut + w, -1))
          return TRUE;
      }
  }
  if (!strstr (s, " and ") && !strstr (s, " & ") && !strchr (s, '/'))
    return FALSE;
  {
    GString *g = g_string_new (s);
    g_string_replace (g, " and ", "\x1f", 0);
    g_string_replace (g, " & ", "\x1f", 0);
    g_string_replace (g, "/", "\x1f", 0);
    parts = g_strsplit (g->str, "\x1f", -1);
    g_string_free (g, TRUE);
  }
  for (; parts[n]; n++)
    {
      char *p = g_strstrip (parts[n]);
      const char *sp;
      gsize pl = strlen (p);
      /* "Chicago, IL, and London": the comma before "and" */
      if (pl > 1 && p[pl - 1] == ',')
        p[pl - 1] = '\0';
      sp = strrchr (p, ' ');
      if (ck_lex_lookup (CK_LEX_PLACES, p, -1))
        continue;
      if (sp && sp > p && is_us_state_code (sp + 1) && is_capitalised (p) && !has_publisher_word (p))
        continue;
      /* "Cambridge, Mass." of "Cambridge, Mass. and London" */
      if ((sp = strstr (p, ", ")) && sp > p && !strchr (sp + 2, ' '))
        {
          g_autofree char *state = g_strdup (sp + 2);
          gsize sl = strlen (state);
          if (sl > 1 && state[sl - 1] == '.')
            state[sl - 1] = '\0';
          if (is_us_state_abbrev (state) || is_us_state_code (state))
            continue;
        }
      return FALSE;
    }
  return n >= 2;
}

/* US postal state codes: "Boulder, CO" is one place, not a place and an
 * unknown name.  Kept out of places.txt because most of them are common
 * words when case is folded ("in", "or", "me", "la", "de"). */
static const char * const us_states[] = {
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
  "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
  "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
};

static gboolean
is_us_state_code (const char *s)
{
  for (guint k = 0; k < G_N_ELEMENTS (us_states); k++)
    if (strcmp (s, us_states[k]) == 0)
      return TRUE;
  return FALSE;
}

/* The older abbreviations of the states, as American imprints wrote them
 * before the postal codes ("Berkeley, Calif.", "Evanston, Ill."),
 * here without their final stop, as strip_piece() leaves them.  Only
 * after "City, " do they count: alone, "Miss" and "Wash" are words. */
static const char * const us_state_abbrevs[] = {
  "Ala", "Ariz", "Ark", "Calif", "Cal", "Colo", "Conn", "Del", "D.C", "Fla", "Ga", "Ill", "Ind", "Kans", "Kan",
  "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Nebr", "Neb", "Nev", "N.H", "N.J", "N.M",
  "N.Y", "N.C", "N.D", "Okla", "Ore", "Oreg", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex", "Vt", "Va", "Wash",
  "W.Va", "W. Va", "Wis", "Wisc", "Wyo",
  /* a card's or an older journal's spaced initials: "Garden City, N. Y." */
  "N. H", "N. J", "N. M", "N. Y", "N. C", "N. D", "R. I", "S. C", "S. D", "D. C",
};

static gboolean
is_us_state_abbrev (const char *s)
{
  for (guint k = 0; k < G_N_ELEMENTS (us_state_abbrevs); k++)
    if (strcmp (s, us_state_abbrevs[k]) == 0)
      return TRUE;
  return FALSE;
}

/* Pieces i, i+1 (and i+2) rejoined with ", " when the whole is a known
 * publisher or place: "Farrar, Straus and Giroux", "Little, Brown",
 * "Cambridge, Mass.", "Boulder, CO".  Returns how many pieces were joined
 * (0 for none). */
static guint
join_known_pieces (GPtrArray *pieces, guint i)
{
  /* "Cambridge, Mass. and London: Firm" (or "Mass., and"): the state's
   * stop cut the places apart; the whole is one "Place: Publisher" */
  if (i + 2 < pieces->len)
    {
      g_autofree char *head = strip_piece (g_ptr_array_index (pieces, i));
      g_autofree char *code = strip_piece (g_ptr_array_index (pieces, i + 1));
      g_autofree char *rest = strip_piece (g_ptr_array_index (pieces, i + 2));
      if (is_capitalised (head) && !strpbrk (head, "0123456789:") && !has_publisher_word (head) &&
          (is_us_state_abbrev (code) || is_us_state_code (code)) &&
          (g_str_has_prefix (rest, "and ") || g_str_has_prefix (rest, "& ")) && strstr (rest, ": "))
        {
          /* ("Chicago, IL, and London: Firm": the postal code keeps its comma) */
          gboolean postal = is_us_state_code (code);
          g_ptr_array_remove_index (pieces, i + 2);
          g_ptr_array_remove_index (pieces, i + 1);
          g_free (g_ptr_array_index (pieces, i));
          g_ptr_array_index (pieces, i) = g_strdup_printf (postal ? "%s, %s, %s" : "%s, %s. %s", head, code, rest);
          return 3;
        }
    }
  for (guint n = MIN (3u, pieces->len - i); n >= 2; n--)
    {
      GString *whole = g_string_new (NULL);
      gboolean known;
      gsize key = 0;   /* where the name starts: after "Place: " */
      for (guint k = 0; k < n; k++)
        {
          g_autofree char *part = strip_piece (g_ptr_array_index (pieces, i + k));
          const char *colon = k == 0 ? strstr (part, ": ") : NULL;
          if (!*part || strlen (part) > 80 || (k > 0 && strstr (part, ": ")))
            {
              g_string_free (whole, TRUE);
              whole = NULL;
              break;
            }
          if (colon)
            key = (gsize) (colon - part) + 2;
          if (k)
            g_string_append (whole, ", ");
          g_string_append (whole, part);
        }
      if (!whole)
        continue;
      known = ck_lex_lookup (CK_LEX_PUBLISHERS, whole->str + key, -1) ||
              ck_lex_lookup (CK_LEX_PLACES, whole->str + key, -1);
      if (!known)
        {
          g_autofree char *dotted = g_strconcat (whole->str + key, ".", NULL);
          known = ck_lex_lookup (CK_LEX_PUBLISHERS, dotted, -1) || ck_lex_lookup (CK_LEX_PLACES, dotted, -1);
          if (known)
            g_string_append_c (whole, '.');
        }
      if (!known && n == 2)
        {
          g_autofree char *head = strip_piece (g_ptr_array_index (pieces, i));
          g_autofree char *code = strip_piece (g_ptr_array_index (pieces, i + 1));
          known = is_capitalised (head) && !strpbrk (head, "0123456789:") && is_us_state_code (code);
          /* "Berkeley, Calif." keeps its stop */
          if (!known && is_capitalised (head) && !strpbrk (head, "0123456789:") && !has_publisher_word (head) &&
              is_us_state_abbrev (code))
            {
              known = TRUE;
              g_string_append_c (whole, '.');
            }
        }
      /* "Cambridge, Mass.": the stop of an abbreviation was tried above */
      if (known)
        {
          for (guint k = 1; k < n; k++)
            g_ptr_array_remove_index (pieces, i + 1);
          g_free (g_ptr_array_index (pieces, i));
          g_ptr_array_index (pieces, i) = g_string_free (whole, FALSE);
          return n;
        }
      g_string_free (whole, TRUE);
    }
  return 0;
}

/* "Published for the British Academy by Firm", "Firm Press for the
 * Institute": the body the book was issued for is no firm of the
 * book's.  Returns where the firm starts in @s (its end may be cut). */
static char *
after_published_for (char *s)
{
  char *by, *fr;
  /* "University Press for the International Institute": the firm alone */
  if ((fr = strstr (s, " Press for the ")) != NULL)
    fr[6] = '\0';
  if (g_ascii_strncasecmp (s, "published for ", 14) != 0 || !(by = strstr (s + 14, " by ")) || !g_ascii_isupper (by[4]))
    return s;
  return by + 4;
}

/* "First published September 15, 2020", "Published 10 May 2004",
 * "Originally published in 1931": a statement of the date, never a
 * publisher.  Returns TRUE when @s is one (the year, if any, is set). */
static gboolean
publication_statement (CkRecord *rec, const char *s, gboolean *saw_year)
{
  static const char * const openers[] = { "first published", "originally published", "published",
                                          "publication date", "date of publication", "first edition" };
  const char *rest = NULL;
  for (guint k = 0; k < G_N_ELEMENTS (openers) && !rest; k++)
    if (g_ascii_strncasecmp (s, openers[k], strlen (openers[k])) == 0 &&
        (s[strlen (openers[k])] == ' ' || s[strlen (openers[k])] == ':' || !s[strlen (openers[k])]))
      rest = s + strlen (openers[k]);
  if (!rest)
    return FALSE;
  /* "First edition." states the edition too (a dealer's, a catalogue's) */
  if (g_ascii_strncasecmp (s, "first edition", 13) == 0 && !ck_record_has (rec, CK_FIELD_EDITION))
    {
      g_autofree char *ed = g_strndup (s, 13);
      ck_record_set (rec, CK_FIELD_EDITION, ed);
    }
  while (*rest == ' ' || *rest == ':')
    rest++;
  /* "Published by X" names the publisher: not ours */
  if (g_ascii_strncasecmp (rest, "by ", 3) == 0)
    return FALSE;
  if (g_ascii_strncasecmp (rest, "in ", 3) == 0)
    rest += 3;
  for (const char *q = rest; *q; q++)
    if (g_ascii_isdigit (q[0]) && g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2]) && g_ascii_isdigit (q[3]) &&
        !g_ascii_isdigit (q[4]) && (q == rest || !g_ascii_isdigit (q[-1])) && (q[0] == '1' || q[0] == '2'))
      {
        g_autofree char *y = g_strndup (q, 4);
        set_year (rec, y);
        *saw_year = TRUE;
        return TRUE;
      }
  /* a bare date without its year ("September 15" before ", 2020") */
  return *rest == '\0' || g_regex_match_simple ("^(?:\\d{1,2}\\s+)?[A-Z][a-z]+\\.?(?:\\s+\\d{1,2})?$", rest, 0, 0);
}

/* "Pulitzer Prize", "Hugo Award": an honour with its year, never a
 * publisher or a place. */
static gboolean
names_award (const char *s)
{
  static const char * const awards[] = { " Prize", " Award", " Medal", NULL };
  gsize n = strlen (s);
  for (guint k = 0; awards[k]; k++)
    {
      gsize m = strlen (awards[k]);
      if (n > m && g_ascii_strcasecmp (s + n - m, awards[k]) == 0)
        return TRUE;
    }
  return FALSE;
}

guint
ck_assemble_elements (CkRecord *rec, const char *text, gsize start, gsize end,
                      CkElemMode mode, guint *out_unknown)
{
  g_autoptr(GPtrArray) pieces = split_pieces (text, start, end, mode);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (g_free);
  guint found = 0, unknown = 0;
  gboolean saw_year = FALSE, saw_price = FALSE, colon_publisher = FALSE;

  /* a citation has a dozen elements; hundreds mean this is not one */
  if (pieces->len > CK_MAX_PIECES)
    {
      if (out_unknown)
        *out_unknown = pieces->len;
      return 0;
    }
  for (guint i = 0; i < pieces->len; i++)
    {
      const char *raw = g_strstrip ((char *) g_ptr_array_index (pieces, i));
      gboolean bracketed = raw[0] == '[';
      g_autofree char *s = strip_piece (raw);
      g_autofree char *g1 = NULL, *g2 = NULL;
      CkRole role;
      gsize prefix = 0, rev_len = 0;
      gssize at;
      const char *v;

      if (!*s)
        continue;
      /* "Prix : 12 NF", "Preis: DM 24,80", "Price: $5": the label goes */
      {
        static const char * const labels[] = { "prix", "preis", "price", "prezzo", "precio", NULL };
        for (guint l = 0; labels[l]; l++)
          {
            gsize ll = strlen (labels[l]), c = ll;
            if (g_ascii_strncasecmp (s, labels[l], ll) != 0)
              continue;
            while (s[c] == ' ')
              c++;
            if (s[c] == ':' && s[c + 1])
              {
                c++;
                while (s[c] == ' ')
                  c++;
                memmove (s, s + c, strlen (s + c) + 1);
              }
            break;
          }
      }
      /* "12s 6d net", "15s. net": the trade's "net" after a price */
      {
        gsize sl = strlen (s);
        if (sl > 5 && g_ascii_isdigit (s[0]) &&
            (g_str_has_suffix (s, " net") || g_str_has_suffix (s, " net.") || g_str_has_suffix (s, " nett")))
          {
            char *cut = strrchr (s, ' ');
            *cut = '\0';
          }
      }
      /* "(1957; repr. London: Firm, 1990)": the reprint's imprint after
       * the first year, which stays the work's date */
      if (i > 0 && saw_year)
        {
          static const char * const marks[] = { "repr", "reprinted", "reprint", "rpt", "reissued", NULL };
          gboolean mark = FALSE;
          for (guint m = 0; marks[m] && !mark; m++)
            {
              gsize ml = strlen (marks[m]);
              if (g_str_has_prefix (s, marks[m]) && (s[ml] == '\0' || (s[ml] == '.' && s[ml + 1] == '\0')))
                mark = TRUE;
              else if (g_str_has_prefix (s, marks[m]) && (s[ml] == ' ' || (s[ml] == '.' && s[ml + 1] == ' ')))
                {
                  gsize skip = ml + (s[ml] == '.') + 1;
                  if (g_ascii_isupper (s[skip]))
                    memmove (s, s + skip, strlen (s) - skip + 1);
                }
            }
          if (mark)
            {
              found++;
              continue;
            }
        }
      /* "[Advance proofs; the publisher gives a date of May.]": a
       * cataloguer's note in brackets, a sentence, never a firm */
      if (bracketed && lower_words (s) >= 3 && !strchr (s, ':') && find_role (s, &role, &prefix) < 0)
        {
          unknown++;
          continue;
        }
      if (join_known_pieces (pieces, i) > 0)
        {
          g_free (g_steal_pointer (&s));
          s = g_strdup (g_ptr_array_index (pieces, i));
        }
      if (publication_statement (rec, s, &saw_year))
        {
          found++;
          continue;
        }
      /* "(Berlin, 1951-2)": the years of a set in several volumes close an
       * inline imprint; alone ("(1907-67)") they are a life's dates */
      /* "(London, 1931-6)", "Longman, 1855-6. 3 vols.": a work issued over
       * some years, dated by its first; inline only as the last piece */
      if (i > 0 && (mode != CK_ELEM_INLINE || i + 1 == pieces->len) && !saw_year &&
          (ck_short_year_range (s) || (mode == CK_ELEM_INLINE && i + 1 == pieces->len && ck_full_year_range (s))))
        {
          g_autofree char *y = g_strdup_printf ("%d", ck_short_year_range (s) ? ck_short_year_range (s) : ck_full_year_range (s));
          set_year (rec, y);
          saw_year = TRUE;
          found++;
          continue;
        }
      /* "Lantern Books £12.99": a price glued to the publisher without a
       * comma is a piece of its own */
      {
        const char *cur = NULL;
        for (const char *q = s + 1; *q; q++)
          if (q[-1] == ' ' && (*q == '$' || g_str_has_prefix (q, "£") || g_str_has_prefix (q, "€")))
            {
              cur = q;
              break;
            }
        if (cur && is_capitalised (s) && strcspn (s, "0123456789") >= (gsize) (cur - s) &&
            g_regex_match (rx (RX_PRICE), cur, 0, NULL))
          {
            char *head = g_strndup (s, cur - s - 1);
            g_ptr_array_insert (pieces, i + 1, g_strdup (cur));
            g_free (g_ptr_array_index (pieces, i));
            g_ptr_array_index (pieces, i) = head;
            i--;   /* read the head again (unsigned wrap-around is defined) */
            continue;
          }
      }
      /* "Cambridge University Press 1979", "New York 1980": a year glued
       * to the publisher or place without a comma (a house style of some
       * journals) is a piece of its own, unless the whole is a date */
      {
        gsize sl = strlen (s);
        if (sl > 6 && s[sl - 5] == ' ' && s[sl - 6] != ':' && g_ascii_isdigit (s[sl - 4]) && g_ascii_isdigit (s[sl - 3]) &&
            g_ascii_isdigit (s[sl - 2]) && g_ascii_isdigit (s[sl - 1]) &&
            (s[sl - 4] == '1' || (s[sl - 4] == '2' && s[sl - 3] == '0')) && is_capitalised (s) &&
            strcspn (s, "0123456789") == sl - 4 && !g_regex_match (rx (RX_YEAR), s, 0, NULL))
          {
            char *head = g_strndup (s, sl - 5);
            g_ptr_array_insert (pieces, i + 1, g_strdup (s + sl - 4));
            g_free (g_ptr_array_index (pieces, i));
            g_ptr_array_index (pieces, i) = head;
            i--;   /* read the head again (unsigned wrap-around is defined) */
            continue;
          }
      }
      /* "24,50 €": a decimal comma (no space after it) joins the number */
      if (i + 1 < pieces->len && strspn (s, "0123456789") == strlen (s) && strlen (s) <= 4 &&
          g_ascii_isdigit (*(const char *) g_ptr_array_index (pieces, i + 1)))
        {
          char *both = g_strconcat (s, ",", (const char *) g_ptr_array_index (pieces, i + 1), NULL);
          g_free (g_ptr_array_index (pieces, i + 1));
          g_ptr_array_index (pieces, i + 1) = both;
          continue;
        }
      /* "12s. 6d.": shillings and pence are one price */
      if (i + 1 < pieces->len && g_regex_match (rx (RX_SHILLINGS), s, 0, NULL))
        {
          g_autofree char *next = strip_piece (g_ptr_array_index (pieces, i + 1));
          gsize nl = strlen (next);
          if (nl >= 2 && nl <= 3 && g_ascii_isdigit (next[0]) && next[nl - 1] == 'd')
            {
              g_autofree char *both = g_strconcat (g_strstrip ((char *) g_ptr_array_index (pieces, i)), " ",
                                                   g_strstrip ((char *) g_ptr_array_index (pieces, i + 1)), NULL);
              g_free (g_ptr_array_index (pieces, i + 1));
              g_ptr_array_index (pieces, i + 1) = g_steal_pointer (&both);
              continue;
            }
        }
      /* "xii, 292 pages": the front matter's roman count joins the extent */
      if (i + 1 < pieces->len && strspn (s, "ivxlcdm") == strlen (s) && strlen (s) <= 8)
        {
          g_autofree char *next = strip_piece (g_ptr_array_index (pieces, i + 1));
          if (g_regex_match (rx (RX_EXTENT), next, 0, NULL))
            {
              g_autofree char *both = g_strconcat (s, " + ", next, NULL);
              g_free (g_ptr_array_index (pieces, i + 1));
              g_ptr_array_index (pieces, i + 1) = g_steal_pointer (&both);
              continue;
            }
        }
      if (!(g1 = rx_group (RX_ISBN, s, 1)) && (g1 = rx_group (RX_BARE_ISBN, s, 1)) && !isbn_checks (g1))
        g_clear_pointer (&g1, g_free);
      if (g1)
        {
          ck_record_set (rec, CK_FIELD_ISBN, g1);
          found++;
          continue;
        }
      /* a bare number whose check digit failed: not kept, not leaked */
      g_clear_pointer (&g1, g_free);
      if ((at = find_role (s, &role, &prefix)) >= 0)
        {
          if (prefix > 0)
            {
              g_autofree char *pre = g_strstrip (g_strndup (s, prefix));
              if (g_regex_match (rx (RX_EDITION), pre, 0, NULL) || strstr (pre, "edition"))
                ck_record_set (rec, CK_FIELD_EDITION, pre);
            }
          add_names_text (rec, s + at, role);
          found++;
          continue;
        }
      /* "Second edition, revised (1947)": the revision goes with the
       * edition stated just before it, its year is the book's */
      if (ck_record_has (rec, CK_FIELD_EDITION) && i > 0 && revision_note (s, &rev_len, &g1))
        {
          g_autofree char *ed = g_strdup_printf ("%s, %.*s", ck_record_get (rec, CK_FIELD_EDITION), (int) rev_len, s);
          ck_record_set (rec, CK_FIELD_EDITION, ed);
          if (g1 && !saw_year)
            {
              set_year (rec, g1);
              saw_year = TRUE;
            }
          found++;
          continue;
        }
      if ((g1 = rx_group (RX_EDITION, s, 1)))
        {
          g2 = rx_group (RX_EDITION, s, 2);
          ck_record_set (rec, CK_FIELD_EDITION, g1);
          if (g2 && *g2)
            {
              set_year (rec, g2);
              saw_year = TRUE;
            }
          found++;
          continue;
        }
      {
        g_autoptr(GMatchInfo) mi = NULL;
        if (g_regex_match (rx (RX_EXTENT), s, 0, &mi))
          {
            g_autofree char *roman = g_match_info_fetch (mi, 1);
            g_autofree char *num = g_match_info_fetch (mi, 2);
            g_autofree char *ext = roman && *roman ? g_strdup_printf ("%s + %s", roman, num) : g_strdup (num);
            ck_record_set (rec, CK_FIELD_NUMBER_OF_PAGES, ext);
            found++;
            continue;
          }
      }
      if ((g1 = rx_group (RX_PAGES, s, 1)))
        {
          g_strstrip (g1);
          /* "pp. 388" on a header's line is the book's length; inline
           * ("(London, 1979, p. 84)") it is the page cited */
          if (mode == CK_ELEM_BLOCK && strspn (g1, "0123456789") == strlen (g1) && strlen (g1) >= 2 &&
              ck_record_get_type (rec) == CK_TYPE_BOOK && !ck_record_has (rec, CK_FIELD_NUMBER_OF_PAGES))
            {
              ck_record_set (rec, CK_FIELD_NUMBER_OF_PAGES, g1);
              found++;
              continue;
            }
          ck_record_set (rec, CK_FIELD_PAGES, g1);
          found++;
          continue;
        }
      if ((g1 = rx_group (RX_PRICE, s, 1)))
        {
          g2 = rx_group (RX_PRICE, s, 2);
          if (g1[0] == 'S')   /* OCR read "$" as "S" */
            g1[0] = '$';
          append_field (rec, CK_FIELD_PRICE, g1);
          if (g2 && *g2 && !ck_record_has (rec, CK_FIELD_BINDING))
            {
              /* "hb." → "hardback": the binding lexicon's canonical word */
              const char *canon = ck_lex_lookup (CK_LEX_BINDING, g2, -1);
              ck_record_set (rec, CK_FIELD_BINDING, canon && *canon && strlen (g2) <= 4 ? canon : g2);
            }
          saw_price = TRUE;
          found++;
          continue;
        }
      if (g_regex_match (rx (RX_SHILLINGS), s, 0, NULL))
        {
          g_autofree char *whole = g_strstrip (g_strdup (g_ptr_array_index (pieces, i)));
          gsize wl = strlen (whole);
          /* "14s." keeps the stop of its abbreviation; "12/6." ends a sentence */
          append_field (rec, CK_FIELD_PRICE, wl >= 2 && whole[wl - 1] == '.' && g_ascii_isalpha (whole[wl - 2]) ? whole : s);
          saw_price = TRUE;
          found++;
          continue;
        }
      if (ck_lex_lookup (CK_LEX_BINDING, s, -1))
        {
          if (!ck_record_has (rec, CK_FIELD_BINDING))
            ck_record_set (rec, CK_FIELD_BINDING, s);
          found++;
          continue;
        }
      if ((g1 = rx_group (RX_YEAR, s, 1)))
        {
          set_year (rec, g1);
          saw_year = TRUE;
          found++;
          continue;
        }
      /* "1966 (c1965)": a library card's year of issue, then the
       * copyright's; the book is dated by its issue */
      if ((g1 = rx_group (RX_COPYRIGHT, s, 1)))
        {
          set_year (rec, g1);
          saw_year = TRUE;
          found++;
          continue;
        }
      if (g_ascii_strcasecmp (s, "n.d") == 0 || g_ascii_strcasecmp (s, "n.d.") == 0 || is_description (s))
        {
          found++;
          continue;
        }
      {
        char *colon = strstr (s, ": ");
        /* "Publisher: 2015" (or "Place: 1979"): the name waits with the
         * other names, the year is the year */
        if (colon && colon > s && is_capitalised (s) && (g1 = rx_group (RX_YEAR, colon + 2, 1)) &&
            strlen (g_strstrip (colon + 2)) == 4)
          {
            set_year (rec, g1);
            saw_year = TRUE;
            *colon = '\0';
            g_ptr_array_add (pending, g_steal_pointer (&s));
            found++;
            continue;
          }
        if (colon && colon > s && is_capitalised (s) && is_capitalised (colon + 2))
          {
            g_autofree char *place = g_strstrip (g_strndup (s, colon - s));   /* "Place : Publisher" */
            GString *full;
            guint from = pending->len;
            /* "Gannet Press: London": a review's "Firm: Place", the other
             * way round, when the firm says it is one and the place is known */
            if ((has_publisher_word (place) || ck_lex_lookup (CK_LEX_PUBLISHERS, place, -1)) && !is_place_text (place) &&
                is_place_text (g_strstrip (colon + 2)))
              {
                g_autofree char *firm = g_steal_pointer (&place);
                place = g_strdup (colon + 2);
                g_free (s);
                s = g_strdup_printf ("%s: %s", place, firm);
                colon = s + strlen (place);
              }
            full = g_string_new (NULL);
            /* "Cambridge, Mass.: Firm" joins the pieces before; a degree or
             * a calling ("LL.M., of Gray's Inn, Barrister-at-Law") does not */
            while (from > 0 && place_piece (g_ptr_array_index (pending, from - 1)))
              from--;
            for (guint k = from; k < pending->len; k++)
              g_string_append_printf (full, "%s, ", (char *) g_ptr_array_index (pending, k));
            g_string_append (full, place);
            g_ptr_array_set_size (pending, 0);
            append_field (rec, CK_FIELD_PUBLISHER_PLACE, full->str);
            g_string_free (full, TRUE);
            {
              /* "Oxford: OUP", "Oxford: Oxford Univ. Press": the lexicon's full name */
              char *pub = after_published_for (g_strstrip (colon + 2));
              const char *expanded;
              /* "Penguin Books (Pelican Philosophy Series)": the series in
               * brackets after the firm */
              {
                char *op = strchr (pub, '(');
                gsize pl = strlen (pub);
                if (op && op > pub && pl > 0 && pub[pl - 1] == ')' && op[-1] == ' ' && g_ascii_isupper (op[1]))
                  {
                    g_autofree char *series = g_strndup (op + 1, (gsize) (pub + pl - 1 - (op + 1)));
                    if (!ck_record_has (rec, CK_FIELD_COLLECTION_TITLE))
                      ck_record_set (rec, CK_FIELD_COLLECTION_TITLE, series);
                    op[-1] = '\0';
                  }
              }
              expanded = ck_lex_lookup (CK_LEX_PUBLISHERS, pub, -1);
              append_field (rec, CK_FIELD_PUBLISHER, expanded && *expanded ? expanded : pub);
            }
            colon_publisher = TRUE;
            found++;
            continue;
          }
      }
      if (bracketed && is_capitalised (s) && strlen (s) < 40 && !strchr (s, ':') &&
          !is_place_text (s) && !has_publisher_word (s))
        {
          /* "Title [Max Hayward]": a name in brackets is the translator */
          add_names_text (rec, s, CK_ROLE_TRANSLATOR);
          found++;
          continue;
        }
      /* "Boston: Marsh & Capen, and Carter & Hendee, 1829": the older
       * imprints join their firms with ", and"; the last joins the names
       * waiting after the colon's publisher */
      if (colon_publisher && g_str_has_prefix (s, "and ") && is_capitalised (s + 4) && !strpbrk (s, "0123456789") &&
          strlen (s) <= 60)
        {
          g_ptr_array_add (pending, g_steal_pointer (&s));
          continue;
        }
      /* "Oxford University Press, for the Royal Institute of International
       * Affairs": the body a firm published for is no firm of the book's */
      if (ck_record_has (rec, CK_FIELD_PUBLISHER) && g_str_has_prefix (s, "for the ") && is_capitalised (s + 8) &&
          !strpbrk (s, "0123456789") && strlen (s) <= 80)
        {
          found++;
          continue;
        }
      if (!is_capitalised (s) || strlen (s) > 60 || names_award (s))
        {
          unknown++;
          continue;
        }
      /* "(December 22, 1849)": a day's date before its year, no firm
       * (the year after it dates the record) */
      if (month_day (s))
        {
          found++;
          continue;
        }
      if (!is_place_text (s) &&
          ((v = ck_lex_lookup (CK_LEX_PUBLISHERS, s, -1)) || has_publisher_word (s)))
        {
          append_field (rec, CK_FIELD_PUBLISHER, v && *v ? v : s);
          found++;
          continue;
        }
      /* places and unknown names wait: "Ann Arbor, Michigan: Press" joins
       * them into one place */
      g_ptr_array_add (pending, g_steal_pointer (&s));
    }

  /* Unknown capitalised names left over. */
  for (guint k = 0; k < pending->len; k++)
    {
      const char *s = g_ptr_array_index (pending, k);
      if (is_place_text (s) || place_pair (s))
        append_field (rec, CK_FIELD_PUBLISHER_PLACE, s);
      /* "(Kestrel, 1990)": with ~750 places known, a lone unknown name is
       * the publisher; of two ("Ashby, Kestrel, 1990") the first is the place */
      else if (mode == CK_ELEM_INLINE && saw_year && !saw_price && !ck_record_has (rec, CK_FIELD_PUBLISHER_PLACE) &&
               k + 1 < pending->len)
        append_field (rec, CK_FIELD_PUBLISHER_PLACE, s);
      else if (!ck_record_has (rec, CK_FIELD_PUBLISHER))
        append_field (rec, CK_FIELD_PUBLISHER, s);
      else if (colon_publisher && !saw_price && !strpbrk (s, "0123456789") &&
               ((mode == CK_ELEM_INLINE && k + 1 == pending->len) ||
                g_str_has_prefix ((const char *) g_ptr_array_index (pending, pending->len - 1), "and ")))
        {
          /* "(Leeds: Pell, Crane & Hart, 1958)": a firm's name
           * with commas, after the colon, continues the publisher */
          g_autofree char *both = g_strconcat (ck_record_get (rec, CK_FIELD_PUBLISHER), ", ", s, NULL);
          ck_record_set (rec, CK_FIELD_PUBLISHER, both);
        }
      else
        {
          unknown++;
          continue;
        }
      found++;
    }
  if (out_unknown)
    *out_unknown = unknown;
  return found;
}
