/* attr-gender.h — the sex "his" and "her" ask for and the sex a text
 * marks a person as (attr-gender.c), for the antecedent search in merge.c. */
#pragma once

#include "extract-private.h"

G_BEGIN_DECLS

typedef enum {
  CK_GENDER_UNKNOWN = 0,
  CK_GENDER_F = 1,
  CK_GENDER_M = 2,
  CK_GENDER_BOTH = 3,   /* marked both ways: unknown */
} CkGender;

/* Casefolded family name → CkGender, from every "Mrs Vell", "Mr. Ivo
 * Vell", "Ada Vell" of the text (one pass). */
GHashTable *ck_attr_gender_map    (const CkExtractCtx *ctx);
/* The sex of the person named by tokens [ns,k] (k the family name):
 * an honorific or given name there, else what @map (may be NULL) says. */
CkGender    ck_attr_name_gender   (const CkExtractCtx *ctx, GHashTable *map, guint ns, guint k);
/* "her"/"his" owning the title at token @tok ("Her first novel, T", "his
 * T"): the sex it asks for; UNKNOWN when no such pronoun stands there. */
CkGender    ck_attr_owner_pronoun (const CkExtractCtx *ctx, guint tok);

G_END_DECLS
