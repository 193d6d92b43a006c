/* mods-private.h — what the MODS files share.
 *
 *   mods.c        the format description and the content probe
 *   mods-table.c  the const vocabularies: types ↔ genre/typeOfResource,
 *                 identifiers, typed notes, role texts
 *   mods-build.c  record → MODS element tree (the writer's mapping)
 *   mods-map.c    MODS element tree → record (the reader's mapping)
 *   mods-fix.c    the citekit <extension>: what the mapping cannot say,
 *                 computed as the difference between a record and what
 *                 mods-map.c reads back from mods-build.c's tree
 *   mods-read.c   the streaming reader (xmlReader, one <mods> at a time)
 *   mods-write.c  the writer hooks, serializing through xmlTextWriter
 *
 * Trees built by mods-build.c carry no namespace on MODS elements (the
 * writer declares the MODS namespace once, on <modsCollection>); the
 * mapping accepts MODS elements in the MODS namespace or in none.
 */
#pragma once

#include "ck-format-private.h"

#include <libxml/tree.h>

#define CK_MODS_NS      "http://www.loc.gov/mods/v3"
#define CK_MODS_XSI_NS  "http://www.w3.org/2001/XMLSchema-instance"
#define CK_MODS_SCHEMA_LOCATION \
  "http://www.loc.gov/mods/v3 http://www.loc.gov/standards/mods/v3/mods-3-8.xsd"
/* citekit's own extension vocabulary, inside <extension>. */
#define CK_MODS_EXT_NS  "urn:x-citekit:mods-extension:1"
#define CK_MODS_EXT_PREFIX "ck"

/* Relation targets are written inside <relatedItem>, which may hold further
 * relatedItems; deeper than this the writer keeps only the flat fields. */
#define CK_MODS_MAX_NESTING 8

/* ---- mods-table.c ---- */

typedef struct {
  const char *zotero;       /* <genre authority="local">: Zotero's item type */
  const char *marcgt;       /* <genre authority="marcgt"> on the record, or NULL */
  const char *resource;     /* <typeOfResource> */
  gboolean    manuscript;   /* typeOfResource/@manuscript="yes" */
  gboolean    partial;      /* lives in a host: container info goes into relatedItem[@type=host] */
  const char *host_marcgt;  /* genre of that host */
  const char *host_issuance;/* originInfo/issuance of that host */
} CkModsTypeInfo;

const CkModsTypeInfo *ck_mods_type_info (CkType type);
/* Genre words of every vocabulary we meet (Zotero types, marcgt, bibutils,
 * BibTeX entry types, CSL types) → a type. */
gboolean    ck_mods_type_from_genre   (const char *genre, CkType *out_type);
/* The genre of a host relatedItem → the type of the part it holds. */
gboolean    ck_mods_type_from_host_genre (const char *genre, CkType *out_type);
gboolean    ck_mods_type_from_resource (const char *resource, CkType *out_type);

/* identifier/@type ↔ field */
const char *ck_mods_identifier_type   (CkField field);   /* NULL when none */
gboolean    ck_mods_identifier_field  (const char *type, CkField *out_field);
/* note/@type ↔ field (binding, price, annotation) */
const char *ck_mods_note_type         (CkField field);
gboolean    ck_mods_note_field        (const char *type, CkField *out_field);
/* roleTerm[@type="text"] a Zotero import understands, or NULL */
const char *ck_mods_role_text         (CkRole role);
/* roleTerm text ("author", "Creator", "Addressee", "editor") → role */
gboolean    ck_mods_role_from_text    (const char *text, CkRole *out_role);

/* The extent Zotero reads the page count from: "xlvi + 345" → "xlvi, 345 p.";
 * NULL when @extent does not end in a page number or already names pages. */
char       *ck_mods_zotero_extent     (const char *extent);

/* ---- mods-build.c ---- */

/* Fills @node (an empty <mods> or <relatedItem>) with @rec.  Text XML
 * cannot hold is left out (see ck_mods_report_unclean).  @nesting counts
 * enclosing relatedItems. */
void        ck_mods_build_record      (xmlNode *node, CkRecord *rec, guint nesting, CkDiag *diag);

/* ---- mods-map.c ---- */

typedef struct {
  const char *source;      /* for messages */
  CkDiag     *diag;        /* may be NULL */
  guint       max_depth;   /* element nesting allowed below the record */
} CkModsMapContext;

/* Is @node the MODS element @name (MODS namespace or none)? */
gboolean    ck_mods_is (const xmlNode *node, const char *name);
/* Reads the record in @node (<mods> or <relatedItem>), applying a citekit
 * extension when it has one.  Never NULL. */
CkRecord   *ck_mods_map_record        (const xmlNode *node, const CkModsMapContext *ctx, guint nesting);
/* The text of @node's text children, trimmed (never entity contents). */
char       *ck_mods_node_text         (const xmlNode *node);

/* ---- mods-fix.c ---- */

/* Deep equality of everything a record says: type, key, fields, names,
 * dates, extras, relations (targets compared the same way, bounded). */
gboolean    ck_mods_record_equal      (const CkRecord *a, const CkRecord *b);
/* Appends to @node an <extension> holding what @want says and @got (what
 * the mapping read back from @node) does not.  @item_of_relation[i] is the
 * index among @node's relatedItem children written for @want's relation i
 * (-1 when none).  Each field kept only there is tallied in @diag (may be
 * NULL) as "kept in the citekit extension". */
void        ck_mods_fix_append        (xmlNode *node, const CkRecord *want, const CkRecord *got,
                                       const int *item_of_relation, CkDiag *diag);

/* Relations the mapping proposes before corrections: (kind, target, item). */
typedef struct {
  CkRelationKind kind;
  CkRecord      *target;   /* owned */
  int            item;     /* index of the relatedItem it came from */
} CkModsPendingRelation;

/* Applies the citekit extension child of @node (if any) to @rec, and
 * decides the relations: the extension's list when it has one, else
 * @pending.  @items holds the record read from each relatedItem child. */
void        ck_mods_fix_apply         (const xmlNode *node, CkRecord *rec, GPtrArray *pending,
                                       GPtrArray *items);

/* ---- mods-date: in mods-map.c and mods-build.c ---- */
/* Writes @date as one or two MODS date elements named @element under @parent. */
void        ck_mods_build_date        (xmlNode *parent, const char *element, const CkDate *date);

/* Warns in @diag (may be NULL) about each text of @rec that XML 1.0
 * cannot hold: the MODS text leaves those characters out, the extension
 * keeps them escaped. */
void        ck_mods_report_unclean    (const CkRecord *rec, CkDiag *diag);

/* ---- mods-write.c / mods-read.c ---- */
extern const CkFormatWriter ck_mods_writer;
gboolean    ck_mods_read              (const char *data, gsize len, const char *source,
                                       const CkReadOptions *options, CkRecordFunc func,
                                       gpointer user_data, GError **error);
