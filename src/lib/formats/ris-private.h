/* ris-private.h — the RIS tag map shared by the reader (ris-read.c) and the
 * writer (ris-write.c).
 *
 * One const table (ris-tags.c) lists every tag once per meaning: a row is
 * either a base row that holds for every type, or an override that holds
 * for a set of types only (A2 on a BOOK is a series editor, on a CHAP the
 * book's editor).  Overrides come before base rows, so the first matching
 * row wins.  The writer uses a row only when the reader would map the tag
 * back to the same slot for the record's type, which keeps the two
 * directions consistent by construction.
 */
#pragma once

#include "ck-format-private.h"

/* Where a tag's value goes in the record. */
typedef enum {
  RIS_TO_FIELD,       /* a CkField (value) */
  RIS_TO_NAME,        /* a CkName with role (value) */
  RIS_TO_DATE,        /* a "YYYY/MM/DD/other" date of kind (value) */
  RIS_TO_YEAR,        /* PY: the year of the issued date only */
  RIS_TO_PAGE_START,  /* SP: start of CK_FIELD_PAGES */
  RIS_TO_PAGE_END,    /* EP: end of CK_FIELD_PAGES */
  RIS_TO_SERIAL,      /* SN: ISBN or ISSN, told apart by shape, else by type */
  RIS_TO_KEYWORD,     /* KW: one keyword per line */
  RIS_TO_KEY,         /* ID: the citation key */
  RIS_TO_TYPE,        /* TY */
  RIS_TO_END,         /* ER */
} RisTarget;

typedef enum {
  RIS_READ      = 1 << 0,  /* the reader maps this tag this way */
  RIS_WRITE     = 1 << 1,  /* the writer may use the row for its slot */
  RIS_MULTILINE = 1 << 2,  /* continuation lines keep their line breaks (notes, abstracts) */
  RIS_REPEAT    = 1 << 3,  /* each occurrence is a new value (names, keywords) */
} RisFlags;

/* A set of CkTypes as a bit mask (CK_TYPE_N_TYPES < 64); 0 = every type. */
typedef guint64 RisTypes;
#define RIS_TYPE_BIT(t) (G_GUINT64_CONSTANT (1) << (t))

typedef struct {
  const char *tag;     /* two characters */
  RisTypes    types;   /* 0 for a base row */
  RisTarget   target;
  int         slot;    /* CkField, CkRole or CkDateKind, per @target */
  RisFlags    flags;
} RisTag;

extern const RisTag ck_ris_tags[];
extern const guint  ck_ris_n_tags;

/* RIS reference types (TY) ⇄ CkType. */
typedef struct {
  const char *ty;
  CkType      type;
  gboolean    write;  /* FALSE: a synonym accepted when reading only */
} RisType;

extern const RisType ck_ris_types[];
extern const guint   ck_ris_n_types;

/* The row that says what @tag means in a record of @type, or NULL. */
const RisTag *ck_ris_lookup_read (const char *tag, CkType type);
/* The TY a record of @type is written as, and whether that is exact
 * (FALSE: the nearest RIS type; the reader will not give @type back). */
const char   *ck_ris_type_to_ty  (CkType type, gboolean *out_exact);
/* The CkType of @ty; FALSE for an unknown TY (then *out_type is DOCUMENT). */
gboolean      ck_ris_type_from_ty (const char *ty, CkType *out_type);

/* Prefix of the extras that hold RIS tags with no canonical slot ("ris:AD"),
 * so that RIS → anything → RIS gives them back. */
#define CK_RIS_EXTRA_PREFIX "ris:"

gboolean ck_ris_read  (const char *data, gsize len, const char *source,
                       const CkReadOptions *options, CkRecordFunc func,
                       gpointer user_data, GError **error);
int      ck_ris_probe (const char *data, gsize len);
extern const CkFormatWriter ck_ris_writer;

/* Which field an SN value fills: its shape decides (8 digits ISSN, 10 or
 * 13 ISBN, or a label), else the record's type. */
CkField  ck_ris_classify_serial (const char *value, CkType type);

/* Parses a RIS date ("1998", "1998///", "1998/03/04/", "1962///Summer 1962",
 * "2019 Dec"); NULL when nothing is there. */
CkDate  *ck_ris_parse_date (const char *text);
