/* bibtex-map.c — the one table of BibTeX / biblatex fields and entry types,
 * read by the reader and the writer alike.
 *
 * A field row says what a BibTeX field means (a canonical text field, a
 * name list with a role, a date part) for which entry types, and which
 * dialect's writer emits it.  Per-type rows come before the general row for
 * the same name, so the first matching row wins in both directions:
 * `number` is the issue of an @article, the report number of a
 * @techreport and the series number of a @book.
 *
 * Fields that no BibTeX style knows but that carry citekit data (price,
 * binding) have rows marked nonstd: the writer still emits them so a round
 * trip keeps them, and reports them as a loss for BibTeX styles.
 */
#include "bibtex-private.h"

#include <string.h>

#define T  BT_KIND_TEXT
#define V  BT_KIND_VERBATIM
#define N  BT_KIND_NAMES
#define D  BT_KIND_DATE

#define ARTICLES   " article periodical suppperiodical "
#define REPORTS    " techreport report patent standard "
#define THESES     " phdthesis mastersthesis thesis "
#define IN_BOOKS   " incollection inproceedings inbook conference bookinbook suppbook suppcollection inreference "

const BtFieldMap bt_field_map[] = {
  /* name            kind target                       types      write        nonstd */
  /* -- per-type rows: before the general row of the same name ---------------------- */
  { "number",        T, CK_FIELD_ISSUE,                ARTICLES,  BT_BOTH,     FALSE }, /* journal issue */
  { "number",        T, CK_FIELD_NUMBER,               REPORTS,   BT_BOTH,     FALSE }, /* report number */
  { "school",        T, CK_FIELD_PUBLISHER,            THESES,    BT_BIBTEX,   FALSE }, /* the degree-granting university */
  { "institution",   T, CK_FIELD_PUBLISHER,            THESES,    BT_BIBLATEX, FALSE }, /* biblatex's name for school */
  { "institution",   T, CK_FIELD_PUBLISHER,            REPORTS,   BT_BOTH,     FALSE }, /* the issuing body of a report */
  { "howpublished",  T, CK_FIELD_PUBLISHER,            " misc booklet ", BT_BIBTEX, FALSE }, /* BibTeX @misc has no publisher */
  { "booktitle",     T, CK_FIELD_CONTAINER_TITLE,      IN_BOOKS,  BT_BOTH,     FALSE }, /* the book holding a chapter/paper */
  /* -- titles ------------------------------------------------------------------------ */
  { "title",         T, CK_FIELD_TITLE,                NULL,      BT_BOTH,     FALSE },
  { "subtitle",      T, CK_FIELD_SUBTITLE,             NULL,      BT_BIBLATEX, FALSE }, /* BibTeX: joined to the title */
  { "shorttitle",    T, CK_FIELD_SHORT_TITLE,          NULL,      BT_BOTH,     FALSE },
  { "origtitle",     T, CK_FIELD_ORIGINAL_TITLE,       NULL,      BT_BOTH,     FALSE }, /* also in note, for Zotero */
  { "origlanguage",  T, CK_FIELD_ORIGINAL_LANGUAGE,    NULL,      BT_BOTH,     FALSE },
  { "translatedtitle", T, CK_FIELD_TRANSLATED_TITLE,   NULL,      BT_BOTH,     TRUE  },
  { "journal",       T, CK_FIELD_CONTAINER_TITLE,      NULL,      BT_BIBTEX,   FALSE },
  { "journaltitle",  T, CK_FIELD_CONTAINER_TITLE,      NULL,      BT_BIBLATEX, FALSE },
  { "booktitle",     T, CK_FIELD_CONTAINER_TITLE,      NULL,      0,           FALSE }, /* read anywhere */
  { "shortjournal",  T, CK_FIELD_CONTAINER_TITLE_SHORT, NULL,     BT_BOTH,     FALSE },
  { "series",        T, CK_FIELD_COLLECTION_TITLE,     NULL,      BT_BOTH,     FALSE },
  { "reviewedtitle", T, CK_FIELD_REVIEWED_TITLE,       NULL,      BT_BOTH,     TRUE  },
  /* -- numbering --------------------------------------------------------------------- */
  { "volume",        T, CK_FIELD_VOLUME,               NULL,      BT_BOTH,     FALSE },
  { "volumes",       T, CK_FIELD_NUMBER_OF_VOLUMES,    NULL,      BT_BOTH,     FALSE },
  { "number",        T, CK_FIELD_COLLECTION_NUMBER,    NULL,      BT_BOTH,     FALSE }, /* number in a series */
  { "issue",         T, CK_FIELD_ISSUE,                NULL,      BT_BOTH,     FALSE }, /* biblatex: "Spring" */
  { "pages",         T, CK_FIELD_PAGES,                NULL,      BT_BOTH,     FALSE },
  { "pagetotal",     T, CK_FIELD_NUMBER_OF_PAGES,      NULL,      BT_BOTH,     FALSE }, /* Zotero: numPages */
  { "chapter",       T, CK_FIELD_CHAPTER_NUMBER,       NULL,      BT_BOTH,     FALSE },
  { "edition",       T, CK_FIELD_EDITION,              NULL,      BT_BOTH,     FALSE },
  { "version",       T, CK_FIELD_VERSION,              NULL,      BT_BOTH,     FALSE },
  /* -- imprint ----------------------------------------------------------------------- */
  { "publisher",     T, CK_FIELD_PUBLISHER,            NULL,      BT_BOTH,     FALSE },
  { "address",       T, CK_FIELD_PUBLISHER_PLACE,      NULL,      BT_BIBTEX,   FALSE }, /* Zotero reads it first */
  { "location",      T, CK_FIELD_PUBLISHER_PLACE,      NULL,      BT_BIBLATEX, FALSE },
  { "origpublisher", T, CK_FIELD_ORIGINAL_PUBLISHER,   NULL,      BT_BOTH,     FALSE },
  { "origlocation",  T, CK_FIELD_ORIGINAL_PUBLISHER_PLACE, NULL,  BT_BOTH,     FALSE },
  { "organization",  T, CK_FIELD_AUTHORITY,            NULL,      BT_BOTH,     FALSE },
  { "institution",   T, CK_FIELD_AUTHORITY,            NULL,      0,           FALSE },
  { "eventtitle",    T, CK_FIELD_EVENT,                NULL,      BT_BOTH,     FALSE },
  { "venue",         T, CK_FIELD_EVENT_PLACE,          NULL,      BT_BOTH,     FALSE },
  { "type",          T, CK_FIELD_GENRE,                NULL,      BT_BOTH,     FALSE },
  { "howpublished",  T, CK_FIELD_MEDIUM,               NULL,      BT_BOTH,     FALSE },
  { "pubstate",      T, CK_FIELD_STATUS,               NULL,      BT_BOTH,     FALSE },
  /* -- physical description: no BibTeX field; the writer also puts them in note ------- */
  { "binding",       T, CK_FIELD_BINDING,              NULL,      BT_BOTH,     TRUE  },
  { "price",         T, CK_FIELD_PRICE,                NULL,      BT_BOTH,     TRUE  },
  { "dimensions",    T, CK_FIELD_DIMENSIONS,           NULL,      BT_BOTH,     TRUE  },
  { "scale",         T, CK_FIELD_SCALE,                NULL,      BT_BOTH,     TRUE  },
  /* -- identifiers, links: never LaTeX-decoded -------------------------------------- */
  { "isbn",          T, CK_FIELD_ISBN,                 NULL,      BT_BOTH,     FALSE },
  { "issn",          T, CK_FIELD_ISSN,                 NULL,      BT_BOTH,     FALSE },
  { "doi",           V, CK_FIELD_DOI,                  NULL,      BT_BOTH,     FALSE },
  { "url",           V, CK_FIELD_URL,                  NULL,      BT_BOTH,     FALSE },
  { "pmid",          V, CK_FIELD_PMID,                 NULL,      BT_BOTH,     TRUE  },
  { "pmcid",         V, CK_FIELD_PMCID,                NULL,      BT_BOTH,     TRUE  },
  { "callnumber",    T, CK_FIELD_CALL_NUMBER,          NULL,      BT_BOTH,     TRUE  },
  /* -- notes ------------------------------------------------------------------------- */
  { "language",      T, CK_FIELD_LANGUAGE,             NULL,      BT_BOTH,     FALSE },
  { "abstract",      T, CK_FIELD_ABSTRACT,             NULL,      BT_BOTH,     FALSE },
  { "note",          T, CK_FIELD_NOTE,                 NULL,      BT_BOTH,     FALSE },
  { "keywords",      T, CK_FIELD_KEYWORD,              NULL,      BT_BOTH,     FALSE },
  { "annote",        T, CK_FIELD_ANNOTE,               NULL,      BT_BIBTEX,   FALSE },
  { "annotation",    T, CK_FIELD_ANNOTE,               NULL,      BT_BIBLATEX, FALSE },
  { "archive",       T, CK_FIELD_ARCHIVE,              NULL,      BT_BOTH,     TRUE  },
  { "archivelocation", T, CK_FIELD_ARCHIVE_LOCATION,   NULL,      BT_BOTH,     TRUE  },
  { "section",       T, CK_FIELD_SECTION,              NULL,      BT_BOTH,     TRUE  },
  { "source",        T, CK_FIELD_SOURCE,               NULL,      BT_BOTH,     TRUE  },
  { "references",    T, CK_FIELD_REFERENCES,           NULL,      BT_BOTH,     TRUE  },
  /* -- names ------------------------------------------------------------------------- */
  { "author",        N, CK_ROLE_AUTHOR,                NULL,      BT_BOTH,     FALSE },
  { "editor",        N, CK_ROLE_EDITOR,                NULL,      BT_BOTH,     FALSE },
  { "translator",    N, CK_ROLE_TRANSLATOR,            NULL,      BT_BOTH,     FALSE }, /* Zotero reads it */
  { "bookauthor",    N, CK_ROLE_CONTAINER_AUTHOR,      NULL,      BT_BOTH,     FALSE },
  { "introduction",  N, CK_ROLE_INTRODUCER,            NULL,      BT_BOTH,     FALSE },
  { "foreword",      N, CK_ROLE_INTRODUCER,            NULL,      0,           FALSE },
  { "compiler",      N, CK_ROLE_COMPILER,              NULL,      BT_BOTH,     TRUE  },
  { "contributor",   N, CK_ROLE_CONTRIBUTOR,           NULL,      BT_BOTH,     TRUE  },
  { "serieseditor",  N, CK_ROLE_COLLECTION_EDITOR,     NULL,      BT_BOTH,     TRUE  },
  { "reviewedauthor", N, CK_ROLE_REVIEWED_AUTHOR,      NULL,      BT_BOTH,     TRUE  },
  { "illustrator",   N, CK_ROLE_ILLUSTRATOR,           NULL,      BT_BOTH,     TRUE  },
  { "director",      N, CK_ROLE_DIRECTOR,              NULL,      BT_BOTH,     TRUE  },
  { "interviewer",   N, CK_ROLE_INTERVIEWER,           NULL,      BT_BOTH,     TRUE  },
  { "recipient",     N, CK_ROLE_RECIPIENT,             NULL,      BT_BOTH,     TRUE  },
  /* -- dates ------------------------------------------------------------------------- */
  { "year",          BT_KIND_YEAR,  CK_DATE_ISSUED,    NULL,      BT_BIBTEX,   FALSE },
  { "month",         BT_KIND_MONTH, CK_DATE_ISSUED,    NULL,      BT_BIBTEX,   FALSE },
  { "day",           BT_KIND_DAY,   CK_DATE_ISSUED,    NULL,      0,           FALSE },
  { "date",          D, CK_DATE_ISSUED,                NULL,      BT_BIBLATEX, FALSE },
  { "origdate",      D, CK_DATE_ORIGINAL,              NULL,      BT_BOTH,     FALSE },
  { "urldate",       D, CK_DATE_ACCESSED,              NULL,      BT_BOTH,     FALSE },
  { "eventdate",     D, CK_DATE_EVENT,                 NULL,      BT_BOTH,     FALSE },
};
const gsize bt_field_map_len = G_N_ELEMENTS (bt_field_map);

#undef T
#undef V
#undef N
#undef D

gboolean
bt_map_applies (const BtFieldMap *row, const char *type)
{
  const char *p;
  gsize len;

  if (!row->types)
    return TRUE;
  if (!type)
    return FALSE;
  len = strlen (type);
  for (p = strstr (row->types, type); p; p = strstr (p + 1, type))
    if (p[-1] == ' ' && p[len] == ' ')
      return TRUE;
  return FALSE;
}

/* The linear scan that defines what a lookup means; the index below only
 * caches its answers. */
static const BtFieldMap *
map_lookup_slow (const char *type, const char *name)
{
  for (gsize i = 0; i < bt_field_map_len; i++)
    if (strcmp (bt_field_map[i].name, name) == 0 && bt_map_applies (&bt_field_map[i], type))
      return &bt_field_map[i];
  return NULL;
}

static gboolean
same_target (const BtFieldMap *row, BtKind kind, int target)
{
  gboolean text_a = row->kind == BT_KIND_TEXT || row->kind == BT_KIND_VERBATIM;
  gboolean text_b = kind == BT_KIND_TEXT || kind == BT_KIND_VERBATIM;

  if (text_a != text_b)
    return FALSE;
  return (text_a || row->kind == kind) && row->target == target;
}

static gboolean
word_in (const char *list, const char *word)
{
  gsize len = strlen (word);

  if (!list)
    return FALSE;
  for (const char *p = strstr (list, word); p; p = strstr (p + 1, word))
    if ((p == list || p[-1] == ' ') && (p[len] == ' ' || p[len] == '\0'))
      return TRUE;
  return FALSE;
}

static const BtFieldMap *
for_target_slow (const char *type, BtKind kind, int target, guint dialect, const char *aliases)
{
  const BtFieldMap *fallback = NULL;

  for (gsize i = 0; i < bt_field_map_len; i++)
    {
      const BtFieldMap *row = &bt_field_map[i];
      if (!same_target (row, kind, target) || !bt_map_applies (row, type))
        continue;
      /* A per-type row the source did not use may not hide a general row
       * it did use: keep looking when aliases name another row. */
      if (aliases && word_in (aliases, row->name) && map_lookup_slow (type, row->name) == row)
        return row;
      if (!fallback && (row->write & dialect))
        fallback = row;
    }
  return fallback;
}

/* ---- entry types ---------------------------------------------------------- */

const BtTypeMap bt_type_map[] = {
  /* name            CkType                         written by */
  { "article",       CK_TYPE_ARTICLE_JOURNAL,       BT_BOTH },
  { "article",       CK_TYPE_ARTICLE,               BT_BOTH },
  { "article",       CK_TYPE_ARTICLE_MAGAZINE,      BT_BOTH },
  { "article",       CK_TYPE_ARTICLE_NEWSPAPER,     BT_BOTH },
  { "article",       CK_TYPE_REVIEW,                BT_BOTH },   /* a review is printed as an article */
  { "article",       CK_TYPE_REVIEW_BOOK,           BT_BOTH },
  { "book",          CK_TYPE_BOOK,                  BT_BOTH },
  { "mvbook",        CK_TYPE_BOOK,                  0 },
  { "collection",    CK_TYPE_BOOK,                  0 },
  { "mvcollection",  CK_TYPE_BOOK,                  0 },
  { "proceedings",   CK_TYPE_BOOK,                  0 },
  { "mvproceedings", CK_TYPE_BOOK,                  0 },
  { "reference",     CK_TYPE_BOOK,                  0 },
  { "manual",        CK_TYPE_BOOK,                  0 },
  { "incollection",  CK_TYPE_CHAPTER,               BT_BOTH },
  { "inbook",        CK_TYPE_CHAPTER,               0 },
  { "bookinbook",    CK_TYPE_CHAPTER,               0 },
  { "suppbook",      CK_TYPE_CHAPTER,               0 },
  { "suppcollection", CK_TYPE_CHAPTER,              0 },
  { "inproceedings", CK_TYPE_PAPER_CONFERENCE,      BT_BOTH },
  { "conference",    CK_TYPE_PAPER_CONFERENCE,      0 },
  { "inreference",   CK_TYPE_ENTRY_ENCYCLOPEDIA,    BT_BIBLATEX },
  { "inreference",   CK_TYPE_ENTRY_DICTIONARY,      BT_BIBLATEX },
  { "incollection",  CK_TYPE_ENTRY_ENCYCLOPEDIA,    BT_BIBTEX },
  { "incollection",  CK_TYPE_ENTRY_DICTIONARY,      BT_BIBTEX },
  { "booklet",       CK_TYPE_PAMPHLET,              BT_BOTH },
  { "phdthesis",     CK_TYPE_THESIS,                BT_BIBTEX },
  { "thesis",        CK_TYPE_THESIS,                BT_BIBLATEX },
  { "mastersthesis", CK_TYPE_THESIS,                0 },
  { "techreport",    CK_TYPE_REPORT,                BT_BIBTEX },
  { "report",        CK_TYPE_REPORT,                BT_BIBLATEX },
  { "unpublished",   CK_TYPE_MANUSCRIPT,            BT_BOTH },
  { "online",        CK_TYPE_WEBPAGE,               BT_BIBLATEX },
  { "www",           CK_TYPE_WEBPAGE,               0 },
  { "electronic",    CK_TYPE_WEBPAGE,               0 },
  { "webpage",       CK_TYPE_WEBPAGE,               0 },
  { "periodical",    CK_TYPE_PERIODICAL,            BT_BIBLATEX },
  { "patent",        CK_TYPE_PATENT,                BT_BIBLATEX },
  { "software",      CK_TYPE_SOFTWARE,              BT_BIBLATEX },
  { "dataset",       CK_TYPE_DATASET,               BT_BIBLATEX },
  { "letter",        CK_TYPE_PERSONAL_COMMUNICATION, BT_BIBLATEX },
  { "movie",         CK_TYPE_MOTION_PICTURE,        0 },
  { "video",         CK_TYPE_MOTION_PICTURE,        0 },
  { "music",         CK_TYPE_SONG,                  0 },
  { "audio",         CK_TYPE_SONG,                  0 },
  { "standard",      CK_TYPE_STANDARD,              0 },
  { "legislation",   CK_TYPE_LEGISLATION,           0 },
  { "jurisdiction",  CK_TYPE_LEGAL_CASE,            0 },
  { "misc",          CK_TYPE_DOCUMENT,              BT_BOTH },
};
const gsize bt_type_map_len = G_N_ELEMENTS (bt_type_map);

static gboolean
type_lookup_slow (const char *name, CkType *out)
{
  for (gsize i = 0; i < bt_type_map_len; i++)
    if (strcmp (bt_type_map[i].name, name) == 0)
      {
        *out = bt_type_map[i].type;
        return TRUE;
      }
  return FALSE;
}

const char *
bt_type_name (CkType type, guint dialect)
{
  for (gsize i = 0; i < bt_type_map_len; i++)
    if (bt_type_map[i].type == type && (bt_type_map[i].write & dialect))
      return bt_type_map[i].name;
  return "misc";
}

/* ---- the index ---------------------------------------------------------- *
 *
 * The reader asks "which row reads field NAME of an entry of TYPE" and
 * "is that row the one the writer would choose" for every field of every
 * entry; scanning the tables with strcmp and strstr for each question cost
 * a quarter of a conversion.  The answers depend only on the (const)
 * tables, so they are computed once, by the scans above, for every entry
 * type the tables name plus one id standing for all other types, and kept
 * in small arrays.  Names and types are found by hashing.
 */

/* Field names → ids in an open-addressed table of their own: the reader
 * asks for every field of every entry, and GLib's string hash table
 * (hash, then strcmp through two calls) was a tenth of mapping. */
#define NAME_SLOTS 1024   /* a power of two, well over twice the table's names */

typedef struct {
  const char *name;   /* NULL: empty */
  gsize       len;
  guint       id;
} NameSlot;

/* FNV-1a over @name, and its length. */
static inline guint32
name_hash (const char *name, gsize *out_len)
{
  guint32 h = 2166136261u;
  const char *p = name;

  for (; *p; p++)
    h = (h ^ (guchar) *p) * 16777619u;
  *out_len = (gsize) (p - name);
  return h;
}

typedef struct {
  GHashTable *type_ids;     /* type name → id + 1; id n_types = any other type */
  NameSlot    name_slots[NAME_SLOTS]; /* the same ids, for bt_map_lookup_id */
  GHashTable *name_ids;     /* field name → id + 1 */
  guint       n_types, n_names;
  const char **type_names;  /* id → a type name to ask the slow scans with */
  gint16     *lookup;       /* [type][name] → row or -1 */
  gint16     *choice;       /* [dialect 1..3][type][row] → bt_map_for_target (…, NULL) row or -1 */
  gboolean   *type_known;   /* [type] */
  CkType     *type_value;   /* [type] */
  gsize      *type_ready;   /* [type]: the rows above filled (g_once_init_*) */
} MapIndex;

static void
add_type_word (MapIndex *ix, GPtrArray *names, const char *word, gsize len)
{
  char *w = g_strndup (word, len);
  if (len == 0 || g_hash_table_contains (ix->type_ids, w))
    {
      g_free (w);
      return;
    }
  g_ptr_array_add (names, w);
  g_hash_table_insert (ix->type_ids, w, GUINT_TO_POINTER (names->len));
}

static gpointer
map_index_build (gpointer unused)
{
  MapIndex *ix = g_new0 (MapIndex, 1);
  GPtrArray *types = g_ptr_array_new ();
  guint R = (guint) bt_field_map_len;

  ix->type_ids = g_hash_table_new (g_str_hash, g_str_equal);
  ix->name_ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (gsize i = 0; i < bt_type_map_len; i++)
    add_type_word (ix, types, bt_type_map[i].name, strlen (bt_type_map[i].name));
  for (gsize i = 0; i < R; i++)
    {
      const char *t = bt_field_map[i].types;
      while (t && *t)
        {
          const char *end = strchr (t, ' ');
          if (!end)
            end = t + strlen (t);
          add_type_word (ix, types, t, (gsize) (end - t));
          t = *end ? end + 1 : end;
        }
      if (!g_hash_table_contains (ix->name_ids, bt_field_map[i].name))
        {
          gsize len;
          guint32 h = name_hash (bt_field_map[i].name, &len);
          g_hash_table_insert (ix->name_ids, (gpointer) bt_field_map[i].name,
                               GUINT_TO_POINTER (++ix->n_names));
          while (ix->name_slots[h & (NAME_SLOTS - 1)].name)
            h++;
          ix->name_slots[h & (NAME_SLOTS - 1)] = (NameSlot) { bt_field_map[i].name, len, ix->n_names };
        }
    }
  ix->n_types = types->len;
  /* The last id stands for every type no table names: '@' never occurs
   * in a table, so the scans treat it like any unknown type. */
  g_ptr_array_add (types, (gpointer) "@other@");
  ix->type_names = (const char **) g_ptr_array_free (types, FALSE);

  ix->lookup = g_new (gint16, (ix->n_types + 1) * ix->n_names);
  ix->choice = g_new (gint16, 3 * (ix->n_types + 1) * R);
  ix->type_known = g_new0 (gboolean, ix->n_types + 1);
  ix->type_value = g_new0 (CkType, ix->n_types + 1);
  ix->type_ready = g_new0 (gsize, ix->n_types + 1);
  g_assert (ix->n_names < NAME_SLOTS / 2);
  return ix;
}

/* The answers for entry type @t, worked out the first time it is asked
 * about: a file uses a few of the tables' types, and working out all of
 * them cost more than reading a thousand entries. */
static void
type_rows_fill (MapIndex *ix, guint t)
{
  guint R = (guint) bt_field_map_len;
  GHashTableIter it;
  gpointer k, v;
  const char *tn = ix->type_names[t];

  g_hash_table_iter_init (&it, ix->name_ids);
  while (g_hash_table_iter_next (&it, &k, &v))
    {
      const BtFieldMap *row = map_lookup_slow (tn, k);
      ix->lookup[t * ix->n_names + GPOINTER_TO_UINT (v) - 1] = row ? (gint16) (row - bt_field_map) : -1;
    }
  for (guint d = 1; d <= 3; d++)
    for (guint r = 0; r < R; r++)
      {
        const BtFieldMap *row = for_target_slow (tn, bt_field_map[r].kind, bt_field_map[r].target, d, NULL);
        ix->choice[((d - 1) * (ix->n_types + 1) + t) * R + r] = row ? (gint16) (row - bt_field_map) : -1;
      }
  ix->type_known[t] = type_lookup_slow (tn, &ix->type_value[t]);
}

static inline void
type_rows (const MapIndex *ix, guint t)
{
  MapIndex *mix = (MapIndex *) ix;

  if (g_once_init_enter (&mix->type_ready[t]))
    {
      type_rows_fill (mix, t);
      g_once_init_leave (&mix->type_ready[t], 1);
    }
}

static const MapIndex *
map_index (void)
{
  static GOnce once = G_ONCE_INIT;
  return g_once (&once, map_index_build, NULL);
}

int
bt_map_type_id (const char *type)
{
  const MapIndex *ix = map_index ();
  gpointer v = type ? g_hash_table_lookup (ix->type_ids, type) : NULL;
  return v ? (int) GPOINTER_TO_UINT (v) - 1 : (int) ix->n_types;
}

const BtFieldMap *
bt_map_lookup_id (int type_id, const char *name)
{
  const MapIndex *ix = map_index ();
  gsize len;
  guint32 h = name_hash (name, &len);
  const NameSlot *slot;
  gint16 row;

  for (;; h++)
    {
      slot = &ix->name_slots[h & (NAME_SLOTS - 1)];
      if (!slot->name)
        return NULL;
      if (slot->len == len && memcmp (slot->name, name, len) == 0)
        break;
    }
  type_rows (ix, (guint) type_id);
  row = ix->lookup[(guint) type_id * ix->n_names + slot->id - 1];
  return row < 0 ? NULL : &bt_field_map[row];
}

const BtFieldMap *
bt_map_choice_id (int type_id, const BtFieldMap *row, guint dialect)
{
  const MapIndex *ix = map_index ();
  gsize R = bt_field_map_len;
  gint16 c;

  if (dialect < 1 || dialect > 3)
    return for_target_slow (ix->type_names[type_id], row->kind, row->target, dialect, NULL);
  type_rows (ix, (guint) type_id);
  c = ix->choice[((dialect - 1) * (ix->n_types + 1) + (guint) type_id) * R + (gsize) (row - bt_field_map)];
  return c < 0 ? NULL : &bt_field_map[c];
}

/* A type the index cannot stand for: one the word scan could match inside
 * a list ("article periodical") — only from hostile extras, never from the
 * reader, whose types are identifiers. */
static gboolean
odd_type (const char *type)
{
  return type && (!*type || strchr (type, ' '));
}

const BtFieldMap *
bt_map_lookup (const char *type, const char *name)
{
  if (odd_type (type))
    return map_lookup_slow (type, name);
  return bt_map_lookup_id (bt_map_type_id (type), name);
}

const BtFieldMap *
bt_map_for_target (const char *type, BtKind kind, int target, guint dialect, const char *aliases)
{
  /* Only the reader's question (no aliases) is indexed; the writer asks
   * once per slot and may pass aliases. */
  if (!aliases && !odd_type (type))
    for (gsize r = 0; r < bt_field_map_len; r++)
      if (same_target (&bt_field_map[r], kind, target))
        return bt_map_choice_id (bt_map_type_id (type), &bt_field_map[r], dialect);
  return for_target_slow (type, kind, target, dialect, aliases);
}

gboolean
bt_type_lookup (const char *name, CkType *out)
{
  const MapIndex *ix = map_index ();
  int t = bt_map_type_id (name);

  if (t < (int) ix->n_types)
    type_rows (ix, (guint) t);
  if (t < (int) ix->n_types && ix->type_known[t])
    {
      *out = ix->type_value[t];
      return TRUE;
    }
  return FALSE;
}
