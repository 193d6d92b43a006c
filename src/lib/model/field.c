/* field.c — the canonical vocabularies of the record model: record types,
 * text fields and date kinds, each with its one CSL-JSON name.  Readers and
 * writers of every format map to and from these tables. */
#include "citekit.h"

#include <string.h>

/* Index of @name in @table (@n entries), or -1.  The tables are small and
 * this runs once per field name read, not per character. */
static int
index_of (const char * const *table, guint n, const char *name)
{
  for (guint i = 0; i < n; i++)
    if (strcmp (table[i], name) == 0)
      return (int) i;
  return -1;
}

static const char * const type_csl[CK_TYPE_N_TYPES] = {
  [CK_TYPE_BOOK]                   = "book",
  [CK_TYPE_CHAPTER]                = "chapter",
  [CK_TYPE_ARTICLE]                = "article",
  [CK_TYPE_ARTICLE_JOURNAL]        = "article-journal",
  [CK_TYPE_ARTICLE_MAGAZINE]       = "article-magazine",
  [CK_TYPE_ARTICLE_NEWSPAPER]      = "article-newspaper",
  [CK_TYPE_REVIEW]                 = "review",
  [CK_TYPE_REVIEW_BOOK]            = "review-book",
  [CK_TYPE_PERIODICAL]             = "periodical",
  [CK_TYPE_THESIS]                 = "thesis",
  [CK_TYPE_REPORT]                 = "report",
  [CK_TYPE_WEBPAGE]                = "webpage",
  [CK_TYPE_MANUSCRIPT]             = "manuscript",
  [CK_TYPE_PAPER_CONFERENCE]       = "paper-conference",
  [CK_TYPE_ENTRY_ENCYCLOPEDIA]     = "entry-encyclopedia",
  [CK_TYPE_ENTRY_DICTIONARY]       = "entry-dictionary",
  [CK_TYPE_PAMPHLET]               = "pamphlet",
  [CK_TYPE_PATENT]                 = "patent",
  [CK_TYPE_SOFTWARE]               = "software",
  [CK_TYPE_DATASET]                = "dataset",
  [CK_TYPE_MAP]                    = "map",
  [CK_TYPE_MOTION_PICTURE]         = "motion_picture",
  [CK_TYPE_SONG]                   = "song",
  [CK_TYPE_SPEECH]                 = "speech",
  [CK_TYPE_INTERVIEW]              = "interview",
  [CK_TYPE_PERSONAL_COMMUNICATION] = "personal_communication",
  [CK_TYPE_LEGISLATION]            = "legislation",
  [CK_TYPE_LEGAL_CASE]             = "legal_case",
  [CK_TYPE_STANDARD]               = "standard",
  [CK_TYPE_POST]                   = "post",
  [CK_TYPE_DOCUMENT]               = "document",
};

const char *
ck_type_to_csl (CkType type)
{
  g_return_val_if_fail (type < CK_TYPE_N_TYPES, "document");
  return type_csl[type];
}

gboolean
ck_type_from_csl (const char *csl, CkType *out_type)
{
  int i;
  g_return_val_if_fail (csl != NULL && out_type != NULL, FALSE);
  if ((i = index_of (type_csl, CK_TYPE_N_TYPES, csl)) >= 0)
    return (*out_type = (CkType) i, TRUE);
  /* CSL 1.0.1 spellings and common aliases */
  if (strcmp (csl, "motion-picture") == 0)
    return (*out_type = CK_TYPE_MOTION_PICTURE, TRUE);
  if (strcmp (csl, "personal-communication") == 0)
    return (*out_type = CK_TYPE_PERSONAL_COMMUNICATION, TRUE);
  if (strcmp (csl, "legal-case") == 0)
    return (*out_type = CK_TYPE_LEGAL_CASE, TRUE);
  return FALSE;
}

/* CSL-JSON names; "_x" marks citekit's own where CSL has no variable. */
static const char * const field_csl[CK_FIELD_N_FIELDS] = {
  [CK_FIELD_TITLE]                    = "title",
  [CK_FIELD_SUBTITLE]                 = "_subtitle",
  [CK_FIELD_SHORT_TITLE]              = "title-short",
  [CK_FIELD_ORIGINAL_TITLE]           = "original-title",
  [CK_FIELD_ORIGINAL_LANGUAGE]        = "_original-language",
  [CK_FIELD_TRANSLATED_TITLE]         = "_translated_title",
  [CK_FIELD_CONTAINER_TITLE]          = "container-title",
  [CK_FIELD_CONTAINER_TITLE_SHORT]    = "container-title-short",
  [CK_FIELD_COLLECTION_TITLE]         = "collection-title",
  [CK_FIELD_COLLECTION_NUMBER]        = "collection-number",
  [CK_FIELD_VOLUME]                   = "volume",
  [CK_FIELD_NUMBER_OF_VOLUMES]        = "number-of-volumes",
  [CK_FIELD_ISSUE]                    = "issue",
  [CK_FIELD_NUMBER]                   = "number",
  [CK_FIELD_PAGES]                    = "page",
  [CK_FIELD_NUMBER_OF_PAGES]          = "number-of-pages",
  [CK_FIELD_CHAPTER_NUMBER]           = "chapter-number",
  [CK_FIELD_EDITION]                  = "edition",
  [CK_FIELD_PUBLISHER]                = "publisher",
  [CK_FIELD_PUBLISHER_PLACE]          = "publisher-place",
  [CK_FIELD_ORIGINAL_PUBLISHER]       = "original-publisher",
  [CK_FIELD_ORIGINAL_PUBLISHER_PLACE] = "original-publisher-place",
  [CK_FIELD_EVENT]                    = "event-title",
  [CK_FIELD_EVENT_PLACE]              = "event-place",
  [CK_FIELD_GENRE]                    = "genre",
  [CK_FIELD_MEDIUM]                   = "medium",
  [CK_FIELD_BINDING]                  = "_binding",
  [CK_FIELD_PRICE]                    = "_price",
  [CK_FIELD_ISBN]                     = "ISBN",
  [CK_FIELD_ISSN]                     = "ISSN",
  [CK_FIELD_DOI]                      = "DOI",
  [CK_FIELD_URL]                      = "URL",
  [CK_FIELD_PMID]                     = "PMID",
  [CK_FIELD_PMCID]                    = "PMCID",
  [CK_FIELD_CALL_NUMBER]              = "call-number",
  [CK_FIELD_LANGUAGE]                 = "language",
  [CK_FIELD_ABSTRACT]                 = "abstract",
  [CK_FIELD_NOTE]                     = "note",
  [CK_FIELD_KEYWORD]                  = "keyword",
  [CK_FIELD_ANNOTE]                   = "annote",
  [CK_FIELD_ARCHIVE]                  = "archive",
  [CK_FIELD_ARCHIVE_LOCATION]         = "archive_location",
  [CK_FIELD_AUTHORITY]                = "authority",
  [CK_FIELD_SECTION]                  = "section",
  [CK_FIELD_SOURCE]                   = "source",
  [CK_FIELD_STATUS]                   = "status",
  [CK_FIELD_REFERENCES]               = "references",
  [CK_FIELD_DIMENSIONS]               = "dimensions",
  [CK_FIELD_SCALE]                    = "scale",
  [CK_FIELD_VERSION]                  = "version",
  [CK_FIELD_REVIEWED_TITLE]           = "reviewed-title",
};

const char *
ck_field_to_csl (CkField field)
{
  g_return_val_if_fail (field < CK_FIELD_N_FIELDS, "note");
  return field_csl[field];
}

gboolean
ck_field_from_csl (const char *name, CkField *out_field)
{
  int i;
  g_return_val_if_fail (name != NULL && out_field != NULL, FALSE);
  if ((i = index_of (field_csl, CK_FIELD_N_FIELDS, name)) < 0)
    return FALSE;
  *out_field = (CkField) i;
  return TRUE;
}

static const char * const date_kind_csl[CK_DATE_N_KINDS] = {
  [CK_DATE_ISSUED]    = "issued",
  [CK_DATE_ORIGINAL]  = "original-date",
  [CK_DATE_ACCESSED]  = "accessed",
  [CK_DATE_EVENT]     = "event-date",
  [CK_DATE_SUBMITTED] = "submitted",
};

const char *
ck_date_kind_to_csl (CkDateKind kind)
{
  g_return_val_if_fail (kind < CK_DATE_N_KINDS, "issued");
  return date_kind_csl[kind];
}

gboolean
ck_date_kind_from_csl (const char *name, CkDateKind *out_kind)
{
  int i;
  g_return_val_if_fail (name != NULL && out_kind != NULL, FALSE);
  if ((i = index_of (date_kind_csl, CK_DATE_N_KINDS, name)) < 0)
    return FALSE;
  *out_kind = (CkDateKind) i;
  return TRUE;
}
