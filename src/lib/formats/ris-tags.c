/* ris-tags.c — the one RIS tag table and the RIS type table, shared by the
 * reader and the writer.
 *
 * Sources: the RIS specification (Research Information Systems, 2011) for
 * what each tag means, and Zotero's RIS import (RIS.js) for how the most
 * used consumer reads it; where they disagree the table follows Zotero,
 * and the row says so.  The order of rows is the order the writer writes.
 */
#include "ris-private.h"

#include <string.h>

#define T(t) RIS_TYPE_BIT (CK_TYPE_##t)
#define BOOKISH   (T (BOOK))
#define RW        (RIS_READ | RIS_WRITE)
#define R         (RIS_READ)

const RisTag ck_ris_tags[] = {
  /* tag  types      target             slot                          flags */
  { "TY", 0,         RIS_TO_TYPE,       0,                            RW },
  { "ID", 0,         RIS_TO_KEY,        0,                            RW },
  /* Titles.  TI carries the full "Title: Subtitle": RIS has no subtitle. */
  { "TI", 0,         RIS_TO_FIELD,      CK_FIELD_TITLE,               RW },
  { "T1", 0,         RIS_TO_FIELD,      CK_FIELD_TITLE,               R },
  /* BT is the primary title of a whole book, the book title of a part. */
  { "BT", BOOKISH,   RIS_TO_FIELD,      CK_FIELD_TITLE,               R },
  { "BT", 0,         RIS_TO_FIELD,      CK_FIELD_CONTAINER_TITLE,     R },
  { "ST", 0,         RIS_TO_FIELD,      CK_FIELD_SHORT_TITLE,         RW },
  { "TT", 0,         RIS_TO_FIELD,      CK_FIELD_TRANSLATED_TITLE,    RW },
  { "OP", 0,         RIS_TO_FIELD,      CK_FIELD_ORIGINAL_TITLE,      RW },
  /* Contributors.  Zotero reads A2 on a BOOK as the series editor and A3
   * on a BOOK as the editor, so a book's editors are written as ED, which
   * every type reads as editor. */
  { "AU", 0,         RIS_TO_NAME,       CK_ROLE_AUTHOR,               RW | RIS_REPEAT },
  { "A1", 0,         RIS_TO_NAME,       CK_ROLE_AUTHOR,               R | RIS_REPEAT },
  { "ED", 0,         RIS_TO_NAME,       CK_ROLE_EDITOR,               RW | RIS_REPEAT },
  { "A2", BOOKISH,   RIS_TO_NAME,       CK_ROLE_COLLECTION_EDITOR,    RW | RIS_REPEAT },
  { "A2", 0,         RIS_TO_NAME,       CK_ROLE_EDITOR,               R | RIS_REPEAT },
  { "A3", BOOKISH,   RIS_TO_NAME,       CK_ROLE_EDITOR,               R | RIS_REPEAT },
  { "A3", 0,         RIS_TO_NAME,       CK_ROLE_COLLECTION_EDITOR,    RW | RIS_REPEAT },
  /* A4 is the "subsidiary author" of the spec; Zotero and EndNote use it
   * for the translator. */
  { "A4", 0,         RIS_TO_NAME,       CK_ROLE_TRANSLATOR,           RW | RIS_REPEAT },
  /* Where the work appears.  T2 on a BOOK is its series (Zotero), so a
   * book's series goes to T3 and T2 is written only for parts. */
  { "T2", BOOKISH,   RIS_TO_FIELD,      CK_FIELD_COLLECTION_TITLE,    R },
  { "T2", 0,         RIS_TO_FIELD,      CK_FIELD_CONTAINER_TITLE,     RW },
  { "JF", 0,         RIS_TO_FIELD,      CK_FIELD_CONTAINER_TITLE,     R },
  { "JO", 0,         RIS_TO_FIELD,      CK_FIELD_CONTAINER_TITLE,     R },
  { "J2", 0,         RIS_TO_FIELD,      CK_FIELD_CONTAINER_TITLE_SHORT, RW },
  { "JA", 0,         RIS_TO_FIELD,      CK_FIELD_CONTAINER_TITLE_SHORT, R },
  { "J1", 0,         RIS_TO_FIELD,      CK_FIELD_CONTAINER_TITLE_SHORT, R },
  { "T3", 0,         RIS_TO_FIELD,      CK_FIELD_COLLECTION_TITLE,    RW },
  /* M1 on a BOOK is the number in its series (Zotero seriesNumber). */
  { "M1", BOOKISH,   RIS_TO_FIELD,      CK_FIELD_COLLECTION_NUMBER,   RW },
  { "M1", T (REPORT) | T (PATENT) | T (STANDARD),
                     RIS_TO_FIELD,      CK_FIELD_NUMBER,              RW },
  /* Imprint. */
  { "CY", 0,         RIS_TO_FIELD,      CK_FIELD_PUBLISHER_PLACE,     RW },
  { "PP", 0,         RIS_TO_FIELD,      CK_FIELD_PUBLISHER_PLACE,     R },
  { "PB", 0,         RIS_TO_FIELD,      CK_FIELD_PUBLISHER,           RW },
  /* PY holds the year; DA the whole date, which Zotero prefers; Y1 is the
   * old form of DA.  Y2 is the access date. */
  { "PY", 0,         RIS_TO_YEAR,       CK_DATE_ISSUED,               RW },
  { "DA", 0,         RIS_TO_DATE,       CK_DATE_ISSUED,               RW },
  { "Y1", 0,         RIS_TO_DATE,       CK_DATE_ISSUED,               R },
  { "Y2", 0,         RIS_TO_DATE,       CK_DATE_ACCESSED,             RW },
  { "ET", 0,         RIS_TO_FIELD,      CK_FIELD_EDITION,             RW },
  { "VL", 0,         RIS_TO_FIELD,      CK_FIELD_VOLUME,              RW },
  { "VO", 0,         RIS_TO_FIELD,      CK_FIELD_VOLUME,              R },
  { "IS", 0,         RIS_TO_FIELD,      CK_FIELD_ISSUE,               RW },
  { "NV", 0,         RIS_TO_FIELD,      CK_FIELD_NUMBER_OF_VOLUMES,   RW },
  /* SP on a BOOK is its number of pages (Zotero numPages, verbatim). */
  { "SP", BOOKISH,   RIS_TO_FIELD,      CK_FIELD_NUMBER_OF_PAGES,     RW },
  { "SP", 0,         RIS_TO_PAGE_START, CK_FIELD_PAGES,               RW },
  { "EP", 0,         RIS_TO_PAGE_END,   CK_FIELD_PAGES,               RW },
  /* SE is the chapter of a CHAP, the section otherwise. */
  { "SE", T (CHAPTER), RIS_TO_FIELD,    CK_FIELD_CHAPTER_NUMBER,      RW },
  { "SE", 0,         RIS_TO_FIELD,      CK_FIELD_SECTION,             RW },
  { "M3", 0,         RIS_TO_FIELD,      CK_FIELD_GENRE,               RW },
  /* Identifiers and links. */
  { "SN", 0,         RIS_TO_SERIAL,     CK_FIELD_ISBN,                RW | RIS_REPEAT },
  { "BN", 0,         RIS_TO_FIELD,      CK_FIELD_ISBN,                R },
  { "DO", 0,         RIS_TO_FIELD,      CK_FIELD_DOI,                 RW },
  { "UR", 0,         RIS_TO_FIELD,      CK_FIELD_URL,                 RW },
  { "CN", 0,         RIS_TO_FIELD,      CK_FIELD_CALL_NUMBER,         RW },
  { "DB", 0,         RIS_TO_FIELD,      CK_FIELD_ARCHIVE,             RW },
  { "AV", 0,         RIS_TO_FIELD,      CK_FIELD_ARCHIVE_LOCATION,    RW },
  { "LA", 0,         RIS_TO_FIELD,      CK_FIELD_LANGUAGE,            RW },
  /* "Reviewed Item" in the spec; Zotero drops it, nothing else holds it. */
  { "RI", 0,         RIS_TO_FIELD,      CK_FIELD_REVIEWED_TITLE,      RW },
  /* Text. */
  { "AB", 0,         RIS_TO_FIELD,      CK_FIELD_ABSTRACT,            RW | RIS_MULTILINE },
  { "N2", 0,         RIS_TO_FIELD,      CK_FIELD_ABSTRACT,            R | RIS_MULTILINE },
  { "KW", 0,         RIS_TO_KEYWORD,    CK_FIELD_KEYWORD,             RW | RIS_REPEAT },
  /* N1 becomes a Zotero note; several N1 lines are joined into one note. */
  { "N1", 0,         RIS_TO_FIELD,      CK_FIELD_NOTE,                RW | RIS_MULTILINE | RIS_REPEAT },
  { "RN", 0,         RIS_TO_FIELD,      CK_FIELD_ANNOTE,              RW | RIS_MULTILINE | RIS_REPEAT },
  { "ER", 0,         RIS_TO_END,        0,                            RW },
};
const guint ck_ris_n_tags = G_N_ELEMENTS (ck_ris_tags);

const RisType ck_ris_types[] = {
  /* TY       CkType                             written */
  { "BOOK",   CK_TYPE_BOOK,                      TRUE },
  { "CHAP",   CK_TYPE_CHAPTER,                   TRUE },
  { "JOUR",   CK_TYPE_ARTICLE_JOURNAL,           TRUE },
  { "MGZN",   CK_TYPE_ARTICLE_MAGAZINE,          TRUE },
  { "NEWS",   CK_TYPE_ARTICLE_NEWSPAPER,         TRUE },
  { "JFULL",  CK_TYPE_PERIODICAL,                TRUE },
  { "THES",   CK_TYPE_THESIS,                    TRUE },
  { "RPRT",   CK_TYPE_REPORT,                    TRUE },
  { "ELEC",   CK_TYPE_WEBPAGE,                   TRUE },
  { "UNPB",   CK_TYPE_MANUSCRIPT,                TRUE },
  { "CONF",   CK_TYPE_PAPER_CONFERENCE,          TRUE },
  { "ENCYC",  CK_TYPE_ENTRY_ENCYCLOPEDIA,        TRUE },
  { "DICT",   CK_TYPE_ENTRY_DICTIONARY,          TRUE },
  { "PAMP",   CK_TYPE_PAMPHLET,                  TRUE },
  { "PAT",    CK_TYPE_PATENT,                    TRUE },
  { "COMP",   CK_TYPE_SOFTWARE,                  TRUE },
  { "DATA",   CK_TYPE_DATASET,                   TRUE },
  { "MAP",    CK_TYPE_MAP,                       TRUE },
  { "MPCT",   CK_TYPE_MOTION_PICTURE,            TRUE },
  { "SOUND",  CK_TYPE_SONG,                      TRUE },
  { "PCOMM",  CK_TYPE_PERSONAL_COMMUNICATION,    TRUE },
  { "STAT",   CK_TYPE_LEGISLATION,               TRUE },
  { "CASE",   CK_TYPE_LEGAL_CASE,                TRUE },
  { "STAND",  CK_TYPE_STANDARD,                  TRUE },
  { "BLOG",   CK_TYPE_POST,                      TRUE },
  { "EJOUR",  CK_TYPE_ARTICLE,                   TRUE },
  { "GEN",    CK_TYPE_DOCUMENT,                  TRUE },
  /* Synonyms read only (the spec's and EndNote's variants). */
  { "EBOOK",  CK_TYPE_BOOK,                      FALSE },
  { "EDBOOK", CK_TYPE_BOOK,                      FALSE },  /* AU are editors: see ris-read.c */
  { "CLSWK",  CK_TYPE_BOOK,                      FALSE },
  { "ECHAP",  CK_TYPE_CHAPTER,                   FALSE },
  { "ABST",   CK_TYPE_ARTICLE_JOURNAL,           FALSE },
  { "INPR",   CK_TYPE_ARTICLE_JOURNAL,           FALSE },
  { "CPAPER", CK_TYPE_PAPER_CONFERENCE,          FALSE },
  { "WEB",    CK_TYPE_WEBPAGE,                   FALSE },
  { "ICOMM",  CK_TYPE_WEBPAGE,                   FALSE },
  { "MANSCPT",CK_TYPE_MANUSCRIPT,                FALSE },
  { "VIDEO",  CK_TYPE_MOTION_PICTURE,            FALSE },
  { "MUSIC",  CK_TYPE_SONG,                      FALSE },
  { "BILL",   CK_TYPE_LEGISLATION,               FALSE },
  { "SER",    CK_TYPE_BOOK,                      FALSE },
};
const guint ck_ris_n_types = G_N_ELEMENTS (ck_ris_types);

/* Types RIS has no TY for, and the TY that comes nearest. */
static const struct {
  CkType      type;
  const char *ty;
} nearest[] = {
  { CK_TYPE_REVIEW,      "JOUR" },   /* a review is an article … */
  { CK_TYPE_REVIEW_BOOK, "JOUR" },   /* … read back as a review when it has RI */
  { CK_TYPE_SPEECH,      "GEN" },
  { CK_TYPE_INTERVIEW,   "GEN" },
};

/* Tags are [A-Z][A-Z0-9]: 26 × 36 codes.  An index from code to the rows
 * of that tag, built once, keeps lookups off the hot path of the reader
 * and the writer (every raw tag, and every row of every record). */
#define RIS_N_CODES (26 * 36)

static int
tag_code (const char *tag)
{
  char a = tag[0], b = tag[0] ? tag[1] : '\0';

  if (a < 'A' || a > 'Z' || tag[2] != '\0')
    return -1;
  if (b >= 'A' && b <= 'Z')
    return (a - 'A') * 36 + (b - 'A');
  if (b >= '0' && b <= '9')
    return (a - 'A') * 36 + 26 + (b - '0');
  return -1;
}

typedef struct {
  gint16 first[RIS_N_CODES];             /* first row of a tag, -1 for none */
  gint16 next[G_N_ELEMENTS (ck_ris_tags)]; /* next row of the same tag */
} RisIndex;

static const RisIndex *
ris_index (void)
{
  static RisIndex index;
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint c = 0; c < RIS_N_CODES; c++)
        index.first[c] = -1;
      for (int i = G_N_ELEMENTS (ck_ris_tags) - 1; i >= 0; i--)
        {
          int c = tag_code (ck_ris_tags[i].tag);
          g_assert (c >= 0);
          index.next[i] = index.first[c];
          index.first[c] = (gint16) i;
        }
      g_once_init_leave (&done, 1);
    }
  return &index;
}

const RisTag *
ck_ris_lookup_read (const char *tag, CkType type)
{
  const RisIndex *index = ris_index ();
  int c = tag_code (tag);

  if (c < 0)
    return NULL;
  for (int i = index->first[c]; i >= 0; i = index->next[i])
    {
      const RisTag *t = &ck_ris_tags[i];
      if (!(t->flags & RIS_READ))
        continue;
      if (t->types == 0 || (t->types & RIS_TYPE_BIT (type)))
        return t;
    }
  return NULL;
}

const char *
ck_ris_type_to_ty (CkType type, gboolean *out_exact)
{
  for (guint i = 0; i < ck_ris_n_types; i++)
    if (ck_ris_types[i].write && ck_ris_types[i].type == type)
      {
        if (out_exact)
          *out_exact = TRUE;
        return ck_ris_types[i].ty;
      }
  if (out_exact)
    *out_exact = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (nearest); i++)
    if (nearest[i].type == type)
      return nearest[i].ty;
  return "GEN";
}

gboolean
ck_ris_type_from_ty (const char *ty, CkType *out_type)
{
  for (guint i = 0; i < ck_ris_n_types; i++)
    if (g_ascii_strcasecmp (ck_ris_types[i].ty, ty) == 0)
      {
        *out_type = ck_ris_types[i].type;
        return TRUE;
      }
  *out_type = CK_TYPE_DOCUMENT;
  return FALSE;
}

/* ISBN: 10 or 13 digits (the last may be X); ISSN: 8.  Other characters
 * (hyphens, spaces, a trailing "(ISSN)") are ignored. */
static int
count_serial_digits (const char *s)
{
  int n = 0;
  for (; *s && *s != '('; s++)
    if (g_ascii_isdigit (*s) || *s == 'X' || *s == 'x')
      n++;
  return n;
}

CkField
ck_ris_classify_serial (const char *value, CkType type)
{
  int n = count_serial_digits (value);

  if (n == 8 || strstr (value, "ISSN"))
    return CK_FIELD_ISSN;
  if (n == 10 || n == 13 || strstr (value, "ISBN"))
    return CK_FIELD_ISBN;
  switch (type)
    {
    case CK_TYPE_BOOK: case CK_TYPE_CHAPTER: case CK_TYPE_REPORT: case CK_TYPE_THESIS:
    case CK_TYPE_PAMPHLET: case CK_TYPE_ENTRY_ENCYCLOPEDIA: case CK_TYPE_ENTRY_DICTIONARY:
      return CK_FIELD_ISBN;
    default:
      return CK_FIELD_ISSN;
    }
}
