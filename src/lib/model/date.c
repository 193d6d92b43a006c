/* date.c — CkDate: parsing and rendering of partial bibliographic dates.
 *
 * The parser is a small scanner over words: month names, seasons, years
 * (three or four digits), day numbers, "n.d.", "c."/"ca."/"circa", and the
 * range separators "-", "–", "/" and "to".  It is deliberately forgiving:
 * what it cannot place it ignores, and a text with no year is no date.
 */
#include "citekit.h"

#include <string.h>

static const struct {
  const char *name;
  int month;
} month_table[] = {
  /* English full names and abbreviations */
  { "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 }, { "may", 5 }, { "june", 6 },
  { "july", 7 }, { "august", 8 }, { "september", 9 }, { "october", 10 }, { "november", 11 }, { "december", 12 },
  { "jan", 1 }, { "feb", 2 }, { "mar", 3 }, { "apr", 4 }, { "jun", 6 }, { "jul", 7 }, { "aug", 8 },
  { "sep", 9 }, { "sept", 9 }, { "oct", 10 }, { "nov", 11 }, { "dec", 12 },
  /* French */
  { "janvier", 1 }, { "février", 2 }, { "fevrier", 2 }, { "mars", 3 }, { "avril", 4 }, { "mai", 5 },
  { "juin", 6 }, { "juillet", 7 }, { "août", 8 }, { "aout", 8 }, { "septembre", 9 }, { "octobre", 10 },
  { "novembre", 11 }, { "décembre", 12 }, { "decembre", 12 },
  /* German */
  { "januar", 1 }, { "februar", 2 }, { "märz", 3 }, { "juni", 6 }, { "juli", 7 }, { "oktober", 10 },
  { "dezember", 12 },
  /* Spanish */
  { "enero", 1 }, { "febrero", 2 }, { "marzo", 3 }, { "abril", 4 }, { "mayo", 5 }, { "junio", 6 },
  { "julio", 7 }, { "agosto", 8 }, { "septiembre", 9 }, { "octubre", 10 }, { "noviembre", 11 },
  { "diciembre", 12 },
};

static const char * const month_names[] = {
  NULL, "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"
};

int
ck_month_from_name (const char *name, gsize len)
{
  g_autofree char *lower = NULL;
  if (!name || len == 0 || len > 16)
    return 0;
  lower = g_utf8_strdown (name, (gssize) len);
  /* tolerate a trailing period: "Sept." */
  if (lower[0] && lower[strlen (lower) - 1] == '.')
    lower[strlen (lower) - 1] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (month_table); i++)
    if (strcmp (lower, month_table[i].name) == 0)
      return month_table[i].month;
  return 0;
}

const char *
ck_month_name (int month)
{
  return (month >= 1 && month <= 12) ? month_names[month] : NULL;
}

static CkSeason
season_from_name (const char *lower)
{
  if (strcmp (lower, "spring") == 0) return CK_SEASON_SPRING;
  if (strcmp (lower, "summer") == 0) return CK_SEASON_SUMMER;
  if (strcmp (lower, "autumn") == 0 || strcmp (lower, "fall") == 0) return CK_SEASON_AUTUMN;
  if (strcmp (lower, "winter") == 0) return CK_SEASON_WINTER;
  return CK_SEASON_NONE;
}

static const char * const season_names[] = { NULL, "Spring", "Summer", "Autumn", "Winter" };

CkDate *
ck_date_new (void)
{
  return g_new0 (CkDate, 1);
}

CkDate *
ck_date_new_ymd (int year, int month, int day)
{
  CkDate *d = ck_date_new ();
  d->year = year;
  d->month = month;
  d->day = day;
  return d;
}

CkDate *
ck_date_copy (const CkDate *date)
{
  CkDate *d;
  g_return_val_if_fail (date != NULL, NULL);
  d = g_memdup2 (date, sizeof *date);
  d->literal = g_strdup (date->literal);
  return d;
}

void
ck_date_free (CkDate *date)
{
  if (!date)
    return;
  g_free (date->literal);
  g_free (date);
}

gboolean
ck_date_is_empty (const CkDate *date)
{
  return !date || (date->year == 0 && date->literal == NULL);
}

gboolean
ck_date_equal (const CkDate *a, const CkDate *b)
{
  if (a == b)
    return TRUE;
  if (!a || !b)
    return FALSE;
  return a->year == b->year && a->month == b->month && a->day == b->day &&
         a->end_year == b->end_year && a->end_month == b->end_month && a->end_day == b->end_day &&
         a->season == b->season && a->circa == b->circa && g_strcmp0 (a->literal, b->literal) == 0;
}

/* A token of the date scanner. */
typedef enum { TOK_NUM, TOK_WORD, TOK_SEP } TokKind;

typedef struct {
  TokKind kind;
  int     num;      /* TOK_NUM value; digits count in ndigits */
  int     ndigits;
  char    word[24]; /* TOK_WORD, lower case */
} DateTok;

#define MAX_TOKS 24

static guint
tokenize (const char *text, DateTok *toks)
{
  guint n = 0;
  const char *p = text;

  while (*p && n < MAX_TOKS)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (g_unichar_isdigit (c) && c < 128)
        {
          int v = 0, nd = 0;
          while (*p >= '0' && *p <= '9')
            {
              if (nd < 9)
                v = v * 10 + (*p - '0');
              nd++;
              p++;
            }
          toks[n].kind = TOK_NUM;
          toks[n].num = v;
          toks[n].ndigits = nd;
          n++;
          continue;
        }
      if (g_unichar_isalpha (c))
        {
          const char *start = p;
          while (*p)
            {
              gunichar d = g_utf8_get_char_validated (p, -1);
              if (d == (gunichar) -1 || d == (gunichar) -2 || !(g_unichar_isalpha (d) || d == '.'))
                break;
              p = g_utf8_next_char (p);
            }
          gsize len = (gsize) (p - start);
          g_autofree char *lower = g_utf8_strdown (start, (gssize) len);
          toks[n].kind = TOK_WORD;
          g_strlcpy (toks[n].word, lower, sizeof toks[n].word);
          n++;
          continue;
        }
      if (c == '-' || c == '/' || c == 0x2013 || c == 0x2014)
        {
          toks[n].kind = TOK_SEP;
          n++;
        }
      p = g_utf8_next_char (p);
    }
  return n;
}

static gboolean
is_year (const DateTok *t)
{
  return t->kind == TOK_NUM && (t->ndigits == 4 || t->ndigits == 3) && t->num >= 500 && t->num <= 2999;
}

CkDate *
ck_date_parse (const char *text)
{
  DateTok toks[MAX_TOKS];
  guint n;
  g_autoptr(CkDate) d = NULL;
  /* The range parts: the scanner fills "start" until it sees a separator
   * after a complete part, then "end". */
  int ys[2] = { 0, 0 }, ms[2] = { 0, 0 }, ds[2] = { 0, 0 };
  int part = 0;
  CkSeason season = CK_SEASON_NONE;
  gboolean circa = FALSE;

  if (!text)
    return NULL;
  {
    g_autofree char *lower = g_utf8_strdown (text, -1);
    g_strstrip (lower);
    if (strcmp (lower, "n.d.") == 0 || strcmp (lower, "n.d") == 0 || strcmp (lower, "nd") == 0 ||
        strcmp (lower, "no date") == 0 || strcmp (lower, "s.d.") == 0)
      {
        d = ck_date_new ();
        d->literal = g_strdup ("n.d.");
        return g_steal_pointer (&d);
      }
  }

  /* ISO 8601 first: 1998-03-04, 1998-03. */
  {
    int y = 0, m = 0, dd = 0;
    const char *s = text;
    while (*s == ' ')
      s++;
    if (strlen (s) >= 7 && g_ascii_isdigit (s[0]) && g_ascii_isdigit (s[3]) && s[4] == '-' &&
        g_ascii_isdigit (s[5]) && g_ascii_isdigit (s[6]))
      {
        y = atoi (s);
        m = atoi (s + 5);
        if (strlen (s) >= 10 && s[7] == '-' && g_ascii_isdigit (s[8]))
          dd = atoi (s + 8);
        if (m >= 1 && m <= 12 && dd >= 0 && dd <= 31 && y > 0)
          return ck_date_new_ymd (y, m, dd);
      }
  }

  n = tokenize (text, toks);
  for (guint i = 0; i < n; i++)
    {
      const DateTok *t = &toks[i];
      if (t->kind == TOK_SEP)
        {
          if (part == 0 && (ys[0] || ms[0] || season))
            part = 1;
          continue;
        }
      if (t->kind == TOK_WORD)
        {
          int m;
          CkSeason s;
          if (strcmp (t->word, "c.") == 0 || strcmp (t->word, "ca.") == 0 || strcmp (t->word, "circa") == 0 ||
              strcmp (t->word, "c") == 0 || strcmp (t->word, "ca") == 0)
            circa = TRUE;
          else if (strcmp (t->word, "to") == 0 || strcmp (t->word, "and") == 0)
            {
              if (part == 0 && (ys[0] || ms[0]))
                part = 1;
            }
          else if ((m = ck_month_from_name (t->word, strlen (t->word))) != 0)
            {
              if (ms[part] && part == 0)
                part = 1;
              ms[part] = m;
            }
          else if ((s = season_from_name (t->word)) != CK_SEASON_NONE)
            season = s;
          continue;
        }
      /* a number */
      if (is_year (t))
        {
          if (ys[part] && part == 0)
            part = 1;
          ys[part] = t->num;
        }
      /* A two-digit number right after "YEAR-" ends a year range: "1936-37". */
      else if (t->ndigits == 2 && part == 1 && ys[0] && !ys[1] && !ms[0] && !ms[1] &&
               toks[i - 1].kind == TOK_SEP)
        ys[1] = (ys[0] / 100) * 100 + t->num;
      else if (t->ndigits <= 2 && t->num >= 1 && t->num <= 31)
        ds[part] = t->num;
    }

  if (!ys[0] && !ys[1])
    return NULL;
  d = ck_date_new ();
  /* "March-April 1998": the year given once belongs to both parts. */
  if (!ys[0])
    ys[0] = ys[1];
  d->year = ys[0];
  d->month = ms[0];
  d->day = ms[0] ? ds[0] : 0;
  if (part == 1 && (ys[1] || ms[1]))
    {
      d->end_year = ys[1] ? ys[1] : ys[0];
      d->end_month = ms[1];
      d->end_day = ms[1] ? ds[1] : 0;
      if (d->end_year == d->year && d->end_month == d->month && d->end_day == d->day)
        d->end_year = d->end_month = d->end_day = 0;
    }
  d->season = season;
  d->circa = circa;
  return g_steal_pointer (&d);
}

static void
append_iso_part (GString *s, int y, int m, int dd)
{
  g_string_append_printf (s, "%04d", y);
  if (m)
    {
      g_string_append_printf (s, "-%02d", m);
      if (dd)
        g_string_append_printf (s, "-%02d", dd);
    }
}

char *
ck_date_to_iso (const CkDate *date)
{
  GString *s;
  g_return_val_if_fail (date != NULL, NULL);
  if (date->year == 0)
    return g_strdup (date->literal ? date->literal : "");
  s = g_string_new (NULL);
  if (date->season && !date->month)
    g_string_append_printf (s, "%04d-%d", date->year, 20 + (int) date->season);
  else
    append_iso_part (s, date->year, date->month, date->day);
  if (date->end_year)
    {
      g_string_append_c (s, '/');
      append_iso_part (s, date->end_year, date->end_month, date->end_day);
    }
  if (date->circa)
    g_string_append_c (s, '~');
  return g_string_free (s, FALSE);
}

static void
append_display_part (GString *s, int y, int m, int dd, gboolean with_year)
{
  if (dd && m)
    g_string_append_printf (s, "%d ", dd);
  if (m)
    g_string_append_printf (s, "%s%s", ck_month_name (m), with_year ? " " : "");
  if (with_year)
    g_string_append_printf (s, "%d", y);
}

char *
ck_date_to_display (const CkDate *date)
{
  GString *s;
  g_return_val_if_fail (date != NULL, NULL);
  if (date->year == 0)
    return g_strdup (date->literal ? date->literal : "");
  s = g_string_new (NULL);
  if (date->circa)
    g_string_append (s, "c. ");
  if (date->season && !date->month)
    g_string_append_printf (s, "%s ", season_names[date->season]);
  if (date->end_year)
    {
      gboolean same_year = date->end_year == date->year;
      append_display_part (s, date->year, date->month, date->day, !same_year || !date->month);
      g_string_append_c (s, '-');
      append_display_part (s, date->end_year, date->end_month, date->end_day, TRUE);
    }
  else
    append_display_part (s, date->year, date->month, date->day, TRUE);
  return g_string_free (s, FALSE);
}
