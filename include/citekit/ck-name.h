/* ck-name.h — a personal or corporate name with its role in a work.
 *
 * CkName is a plain value struct: its strings are owned by the struct and
 * freed by ck_name_free().  A corporate name ("Harbour & Tide Press Ltd.") sets
 * only @literal.
 */
#pragma once

#if !defined(CITEKIT_INSIDE) && !defined(CITEKIT_COMPILATION)
#error "Only <citekit/citekit.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/* The role a name plays.  Order and spelling of the CSL names live in the
 * table in src/lib/model/name.c. */
typedef enum {
  CK_ROLE_AUTHOR,
  CK_ROLE_EDITOR,            /* "edited by", "prepared by" */
  CK_ROLE_TRANSLATOR,
  CK_ROLE_INTRODUCER,        /* introduction or foreword */
  CK_ROLE_COMPILER,
  CK_ROLE_CONTRIBUTOR,
  CK_ROLE_COLLECTION_EDITOR, /* series editor */
  CK_ROLE_CONTAINER_AUTHOR,  /* author of the containing book */
  CK_ROLE_REVIEWED_AUTHOR,   /* author of the work a review discusses */
  CK_ROLE_ILLUSTRATOR,
  CK_ROLE_DIRECTOR,
  CK_ROLE_INTERVIEWER,
  CK_ROLE_RECIPIENT,
  CK_ROLE_N_ROLES
} CkRole;

typedef struct {
  char  *family;   /* "Okafor"; NULL for a literal */
  char  *given;    /* "Susan" */
  char  *particle; /* "de", "von", "van der" */
  char  *suffix;   /* "Jr." */
  char  *literal;  /* institutions and unparseable names */
  CkRole role;
} CkName;

CkName     *ck_name_new             (CkRole role);
CkName     *ck_name_new_personal    (CkRole role, const char *family, const char *given);
CkName     *ck_name_new_literal     (CkRole role, const char *literal);
CkName     *ck_name_copy            (const CkName *name);
void        ck_name_free            (CkName *name);
gboolean    ck_name_equal           (const CkName *a, const CkName *b);
gboolean    ck_name_is_empty        (const CkName *name);
char       *ck_name_format_display  (const CkName *name);  /* "Ngozi Okafor" */
char       *ck_name_format_sorted   (const CkName *name);  /* "Okafor, Ngozi" */
CkName     *ck_name_parse_display   (CkRole role, const char *text); /* "Rosa Luxemburg", "Ludwig van Beethoven" */

const char *ck_role_to_csl          (CkRole role);          /* "author", "editor", … */
gboolean    ck_role_from_csl        (const char *csl, CkRole *out_role);
const char *ck_role_to_marc         (CkRole role);          /* "aut", "edt", "trl", … */
gboolean    ck_role_from_marc       (const char *code, CkRole *out_role);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CkName, ck_name_free)

G_END_DECLS
