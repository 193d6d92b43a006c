/* mods-test-common.h — helpers the MODS tests share: invented rich
 * records, writing, reading, schema validation, record comparison. */
#pragma once

#include "citekit.h"
#include "formats/mods-private.h"

CkRecord  *mt_rich_book        (void);
CkRecord  *mt_review           (void);
CkRecord  *mt_chapter          (void);
CkRecord  *mt_all_fields       (void);
/* Every rich record above plus one per type, role and date form. */
GPtrArray *mt_rich_set         (void);

/* A whole MODS document for @records; asserts success. */
char      *mt_write            (GPtrArray *records, CkDiag *diag);
char      *mt_write_one        (CkRecord *rec, CkDiag *diag);
GPtrArray *mt_read             (const char *xml, gsize len, CkDiag *diag, GError **error);
/* Validates against $CK_SCHEMA_DIR/mods-3-8.xsd; FALSE with the messages. */
gboolean   mt_validate         (const char *xml, gsize len, char **out_messages);
void       mt_assert_valid     (const char *xml);
/* Asserts equality, naming the first difference. */
void       mt_assert_equal     (const CkRecord *want, const CkRecord *got);
char      *mt_fixture_path     (const char *name);
