/* ck-record.h — the one bibliographic record every reader produces and
 * every writer consumes.
 *
 * A CkRecord is reference counted (ck_record_ref/unref).  It holds:
 *   - a type (CSL vocabulary),
 *   - text fields keyed by CkField (the canonical field table in
 *     src/lib/model/field.c names each one in CSL),
 *   - contributors in order, each a CkName with a role,
 *   - dates (issued, original, accessed …) as CkDate,
 *   - relations to other records (container, reviewed work, original),
 *   - extra fields: format-specific keys that have no canonical field
 *     ("owner", "timestamp"), kept in order so that round trips lose nothing,
 *   - provenance: for extracted records, every mention in the source text.
 *
 *   g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
 *   ck_record_set (rec, CK_FIELD_TITLE, "The Accumulation of Capital");
 *   ck_record_take_name (rec, ck_name_new_personal (CK_ROLE_AUTHOR, "Luxemburg", "Rosa"));
 *   ck_record_take_date (rec, CK_DATE_ISSUED, ck_date_new_ymd (1913, 0, 0));
 */
#pragma once

#if !defined(CITEKIT_INSIDE) && !defined(CITEKIT_COMPILATION)
#error "Only <citekit/citekit.h> can be included directly."
#endif

#include <glib.h>
#include "ck-name.h"
#include "ck-date.h"

G_BEGIN_DECLS

/* Record types, in CSL's vocabulary (see the table in model/type.c). */
typedef enum {
  CK_TYPE_BOOK,
  CK_TYPE_CHAPTER,
  CK_TYPE_ARTICLE,
  CK_TYPE_ARTICLE_JOURNAL,
  CK_TYPE_ARTICLE_MAGAZINE,
  CK_TYPE_ARTICLE_NEWSPAPER,
  CK_TYPE_REVIEW,
  CK_TYPE_REVIEW_BOOK,
  CK_TYPE_PERIODICAL,
  CK_TYPE_THESIS,
  CK_TYPE_REPORT,
  CK_TYPE_WEBPAGE,
  CK_TYPE_MANUSCRIPT,
  CK_TYPE_PAPER_CONFERENCE,
  CK_TYPE_ENTRY_ENCYCLOPEDIA,
  CK_TYPE_ENTRY_DICTIONARY,
  CK_TYPE_PAMPHLET,
  CK_TYPE_PATENT,
  CK_TYPE_SOFTWARE,
  CK_TYPE_DATASET,
  CK_TYPE_MAP,
  CK_TYPE_MOTION_PICTURE,
  CK_TYPE_SONG,
  CK_TYPE_SPEECH,
  CK_TYPE_INTERVIEW,
  CK_TYPE_PERSONAL_COMMUNICATION,
  CK_TYPE_LEGISLATION,
  CK_TYPE_LEGAL_CASE,
  CK_TYPE_STANDARD,
  CK_TYPE_POST,
  CK_TYPE_DOCUMENT,          /* CSL "document": the catch-all */
  CK_TYPE_N_TYPES
} CkType;

const char *ck_type_to_csl   (CkType type);
gboolean    ck_type_from_csl (const char *csl, CkType *out_type);

/* Canonical text fields.  Each has exactly one CSL-JSON name (or a
 * citekit-private "_name" where CSL has none); see model/field.c. */
typedef enum {
  CK_FIELD_TITLE,
  CK_FIELD_SUBTITLE,
  CK_FIELD_SHORT_TITLE,
  CK_FIELD_ORIGINAL_TITLE,
  CK_FIELD_ORIGINAL_LANGUAGE,   /* language of ORIGINAL_TITLE, ISO 639 ("fr") */
  CK_FIELD_TRANSLATED_TITLE,    /* an English gloss of a foreign title */
  CK_FIELD_CONTAINER_TITLE,     /* journal, or the book holding a chapter */
  CK_FIELD_CONTAINER_TITLE_SHORT,
  CK_FIELD_COLLECTION_TITLE,    /* series */
  CK_FIELD_COLLECTION_NUMBER,
  CK_FIELD_VOLUME,
  CK_FIELD_NUMBER_OF_VOLUMES,
  CK_FIELD_ISSUE,
  CK_FIELD_NUMBER,              /* report / patent / standard number */
  CK_FIELD_PAGES,               /* page range of a part: "84-97" */
  CK_FIELD_NUMBER_OF_PAGES,     /* the extent of a whole book: "xlvi + 345" */
  CK_FIELD_CHAPTER_NUMBER,
  CK_FIELD_EDITION,
  CK_FIELD_PUBLISHER,
  CK_FIELD_PUBLISHER_PLACE,
  CK_FIELD_ORIGINAL_PUBLISHER,
  CK_FIELD_ORIGINAL_PUBLISHER_PLACE,
  CK_FIELD_EVENT,
  CK_FIELD_EVENT_PLACE,
  CK_FIELD_GENRE,               /* "PhD thesis", "Technical report" */
  CK_FIELD_MEDIUM,
  CK_FIELD_BINDING,             /* "Paperback", "cloth" */
  CK_FIELD_PRICE,               /* "$19.95", "£25" */
  CK_FIELD_ISBN,
  CK_FIELD_ISSN,
  CK_FIELD_DOI,
  CK_FIELD_URL,
  CK_FIELD_PMID,
  CK_FIELD_PMCID,
  CK_FIELD_CALL_NUMBER,
  CK_FIELD_LANGUAGE,
  CK_FIELD_ABSTRACT,
  CK_FIELD_NOTE,
  CK_FIELD_KEYWORD,             /* comma-separated list */
  CK_FIELD_ANNOTE,
  CK_FIELD_ARCHIVE,
  CK_FIELD_ARCHIVE_LOCATION,
  CK_FIELD_AUTHORITY,           /* institution for reports/theses */
  CK_FIELD_SECTION,
  CK_FIELD_SOURCE,
  CK_FIELD_STATUS,
  CK_FIELD_REFERENCES,
  CK_FIELD_DIMENSIONS,
  CK_FIELD_SCALE,
  CK_FIELD_VERSION,
  CK_FIELD_REVIEWED_TITLE,      /* flat form of the reviewed work's title */
  CK_FIELD_N_FIELDS
} CkField;

const char *ck_field_to_csl   (CkField field);   /* "container-title", "_binding" */
gboolean    ck_field_from_csl (const char *name, CkField *out_field);

/* Dates a record can carry. */
typedef enum {
  CK_DATE_ISSUED,
  CK_DATE_ORIGINAL,     /* first publication of the original */
  CK_DATE_ACCESSED,
  CK_DATE_EVENT,
  CK_DATE_SUBMITTED,
  CK_DATE_N_KINDS
} CkDateKind;

const char *ck_date_kind_to_csl   (CkDateKind kind);   /* "issued", "original-date" */
gboolean    ck_date_kind_from_csl (const char *name, CkDateKind *out_kind);

/* Relations to other records. */
typedef enum {
  CK_RELATION_CONTAINER,   /* this record is contained in the target (essay → book, article → journal) */
  CK_RELATION_CONSTITUENT, /* the target is contained in this record (book → essay) */
  CK_RELATION_REVIEWS,     /* this record is a review of the target */
  CK_RELATION_ORIGINAL,    /* the target is the original this record translates */
  CK_RELATION_SERIES,      /* the target is the series this record belongs to */
  CK_RELATION_N_KINDS
} CkRelationKind;

/* One place in a source text where a record is cited. */
typedef struct {
  char   *source;      /* file name, "-" for stdin */
  gsize   start, end;  /* byte span of the evidence in the source */
  guint   line;        /* 1-based line of @start */
  guint   column;      /* 1-based column (in characters) of @start */
  char   *evidence;    /* the exact text of the span */
  char   *detector;    /* name of the rule that fired */
  double  confidence;  /* 0..1 */
} CkProvenance;

CkProvenance *ck_provenance_new  (const char *source, gsize start, gsize end,
                                  guint line, guint column, const char *evidence,
                                  const char *detector, double confidence);
CkProvenance *ck_provenance_copy (const CkProvenance *prov);
void          ck_provenance_free (CkProvenance *prov);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CkProvenance, ck_provenance_free)

typedef struct _CkRecord CkRecord;

CkRecord   *ck_record_new          (CkType type);
CkRecord   *ck_record_ref          (CkRecord *rec);
void        ck_record_unref        (CkRecord *rec);
CkRecord   *ck_record_copy         (const CkRecord *rec);   /* deep; relations are shared refs */

CkType      ck_record_get_type     (const CkRecord *rec);
void        ck_record_set_type     (CkRecord *rec, CkType type);

/* Citation key, e.g. "luxemburg1913accumulation"; NULL until set. */
const char *ck_record_get_key      (const CkRecord *rec);
void        ck_record_set_key      (CkRecord *rec, const char *key);

/* Text fields.  get_ borrows (NULL when unset); set_ copies (NULL or "" unsets). */
const char *ck_record_get          (const CkRecord *rec, CkField field);
void        ck_record_set          (CkRecord *rec, CkField field, const char *value);
void        ck_record_take         (CkRecord *rec, CkField field, char *value);
gboolean    ck_record_has          (const CkRecord *rec, CkField field);

/* Names in order.  take_ consumes @name. */
guint         ck_record_get_n_names      (const CkRecord *rec);
const CkName *ck_record_get_name         (const CkRecord *rec, guint index);
void          ck_record_take_name        (CkRecord *rec, CkName *name);
void          ck_record_remove_name      (CkRecord *rec, guint index);
guint         ck_record_count_role       (const CkRecord *rec, CkRole role);
/* Borrowed names with @role, in order; free the array (not the names). */
GPtrArray    *ck_record_get_names_by_role (const CkRecord *rec, CkRole role);

/* Dates.  get_ borrows (NULL when unset); take_ consumes. */
const CkDate *ck_record_get_date   (const CkRecord *rec, CkDateKind kind);
void          ck_record_take_date  (CkRecord *rec, CkDateKind kind, CkDate *date);

/* Extra fields with no canonical slot, in insertion order, keyed by the
 * name they had in the source format ("owner", "bibtex:timestamp").
 * set_extra replaces an existing key's value; NULL removes it. */
guint         ck_record_get_n_extras   (const CkRecord *rec);
const char   *ck_record_get_extra_key  (const CkRecord *rec, guint index);
const char   *ck_record_get_extra_value(const CkRecord *rec, guint index);
const char   *ck_record_get_extra      (const CkRecord *rec, const char *key);
void          ck_record_set_extra      (CkRecord *rec, const char *key, const char *value);

/* Relations.  add_ takes a new reference on @target. */
void          ck_record_add_relation     (CkRecord *rec, CkRelationKind kind, CkRecord *target);
guint         ck_record_get_n_relations  (const CkRecord *rec);
CkRecord     *ck_record_get_relation     (const CkRecord *rec, guint index, CkRelationKind *out_kind);
CkRecord     *ck_record_find_relation    (const CkRecord *rec, CkRelationKind kind); /* first, borrowed */

/* Provenance: every mention of the record in a source text.  take_ consumes. */
void                ck_record_take_provenance  (CkRecord *rec, CkProvenance *prov);
guint               ck_record_get_n_provenance (const CkRecord *rec);
const CkProvenance *ck_record_get_provenance   (const CkRecord *rec, guint index);
/* Overall confidence: the highest of the mentions', or 1.0 for records
 * that were read, not extracted. */
double              ck_record_get_confidence   (const CkRecord *rec);

/* "Title: Subtitle", newly allocated; NULL when there is no title. */
char       *ck_record_dup_full_title (const CkRecord *rec);

/* A citation key from author family name, year and first significant title
 * word ("luxemburg1913accumulation"), ASCII only.  Newly allocated. */
char       *ck_record_make_key       (const CkRecord *rec);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CkRecord, ck_record_unref)

/* Hands out unique keys: the second "smith1937i" becomes "smith1937ia". */
typedef struct _CkKeySet CkKeySet;
CkKeySet   *ck_key_set_new     (void);
void        ck_key_set_free    (CkKeySet *set);
/* Returns a key not handed out before (borrowed, valid for the set's life). */
const char *ck_key_set_unique  (CkKeySet *set, const char *wanted);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CkKeySet, ck_key_set_free)

G_END_DECLS
