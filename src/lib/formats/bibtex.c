/* bibtex.c — the BibTeX and biblatex format descriptions: one reader for
 * both dialects (bibtex-read.c), one writer with a dialect switch
 * (bibtex-write.c).  The dialect decides which of two synonyms a round trip
 * treats as the default (journal or journaltitle, year or date, address or
 * location); both readers accept everything. */
#include "bibtex-private.h"

#include <string.h>

static const char * const bibtex_extensions[] = { "bib", "bibtex", NULL };
static const char * const biblatex_extensions[] = { "bib", NULL };
static const char * const bibtex_aliases[] = { "bib", NULL };

/* How many "@type{" or "@type(" openings begin a line in @data. */
static guint
count_entries (const char *data, gsize len, guint *known)
{
  guint n = 0;
  gboolean line_start = TRUE;

  *known = 0;
  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];
      if (c == '@' && line_start)
        {
          gsize j = i + 1, start = i + 1;
          CkType type;
          while (j < len && (g_ascii_isalnum (data[j]) || data[j] == '_' || data[j] == '-'))
            j++;
          if (j > start && j - start < 32)
            {
              g_autofree char *name = g_ascii_strdown (data + start, j - start);
              while (j < len && (data[j] == ' ' || data[j] == '\t'))
                j++;
              if (j < len && (data[j] == '{' || data[j] == '('))
                {
                  n++;
                  if (bt_type_lookup (name, &type) || strcmp (name, "string") == 0
                      || strcmp (name, "comment") == 0 || strcmp (name, "preamble") == 0)
                    (*known)++;
                }
            }
        }
      if (c == '\n')
        line_start = TRUE;
      else if (c != ' ' && c != '\t' && c != '\r' && !(i < 3 && (guchar) c >= 0xEF))
        line_start = FALSE;
    }
  return n;
}

static int
bibtex_probe (const char *data, gsize len)
{
  guint known, n = count_entries (data, len, &known);

  if (known > 0)
    return 80;
  return n > 0 ? 50 : 0;
}

/* Fields only biblatex has: a file using them is read with biblatex's
 * defaults so that writing it back keeps its names. */
static int
biblatex_probe (const char *data, gsize len)
{
  static const char * const marks[] = { "journaltitle", "\tdate ", " date ", " date=", "location", "@online", "urldate" };
  int score = bibtex_probe (data, len);

  if (score == 0)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    if (g_strstr_len (data, len, marks[i]))
      return score + 5;
  return score - 5;
}

static gboolean
bibtex_read (const char *data, gsize len, const char *source, const CkReadOptions *options,
             CkRecordFunc func, gpointer user_data, GError **error)
{
  return bt_read (data, len, source, options, BT_BIBTEX, func, user_data, error);
}

static gboolean
biblatex_read (const char *data, gsize len, const char *source, const CkReadOptions *options,
               CkRecordFunc func, gpointer user_data, GError **error)
{
  return bt_read (data, len, source, options, BT_BIBLATEX, func, user_data, error);
}

const CkFormat ck_format_bibtex = {
  "bibtex", "BibTeX", bibtex_extensions, bibtex_aliases,
  bibtex_probe, bibtex_read, &bt_bibtex_writer,
};
const CkFormat ck_format_biblatex = {
  "biblatex", "biblatex (BibTeX dialect)", biblatex_extensions, NULL,
  biblatex_probe, biblatex_read, &bt_biblatex_writer,
};
