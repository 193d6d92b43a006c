/* mods-table.c — the MODS vocabularies citekit maps to and from, one const
 * table each.  Sources: the MODS 3.8 schema (attribute values), the marcgt
 * genre list, MARC relator terms, and what Zotero's MODS import reads
 * (/work/shared/notes/zotero-import.md): a local genre naming a Zotero
 * item type wins, then marcgt, then typeOfResource, then the host. */
#include "formats/mods-private.h"

#include <string.h>

/* One row per CkType, in enum order. */
static const CkModsTypeInfo type_info[CK_TYPE_N_TYPES] = {
  /*                                zotero (local genre)   marcgt on the record           typeOfResource            ms     partial host marcgt               host issuance */
  [CK_TYPE_BOOK]                   = { "book",               "book",                     "text",                   FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_CHAPTER]                = { "bookSection",        NULL,                       "text",                   FALSE, TRUE,  "book",                  "monographic" },
  [CK_TYPE_ARTICLE]                = { "journalArticle",     NULL,                       "text",                   FALSE, TRUE,  "periodical",            "continuing" },
  [CK_TYPE_ARTICLE_JOURNAL]        = { "journalArticle",     NULL,                       "text",                   FALSE, TRUE,  "journal",               "continuing" },
  [CK_TYPE_ARTICLE_MAGAZINE]       = { "magazineArticle",    NULL,                       "text",                   FALSE, TRUE,  "periodical",            "continuing" },
  [CK_TYPE_ARTICLE_NEWSPAPER]      = { "newspaperArticle",   NULL,                       "text",                   FALSE, TRUE,  "newspaper",             "continuing" },
  /* Zotero has no review type; marcgt does. */
  [CK_TYPE_REVIEW]                 = { "journalArticle",     "review",                   "text",                   FALSE, TRUE,  "periodical",            "continuing" },
  [CK_TYPE_REVIEW_BOOK]            = { "journalArticle",     "review",                   "text",                   FALSE, TRUE,  "periodical",            "continuing" },
  [CK_TYPE_PERIODICAL]             = { NULL,                 "periodical",               "text",                   FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_THESIS]                 = { "thesis",             "thesis",                   "text",                   FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_REPORT]                 = { "report",             "technical report",         "text",                   FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_WEBPAGE]                = { "webpage",            NULL,                       "software, multimedia",   FALSE, TRUE,  "web site",              "integrating resource" },
  [CK_TYPE_MANUSCRIPT]             = { "manuscript",         NULL,                       "text",                   TRUE,  FALSE, NULL,                    NULL },
  [CK_TYPE_PAPER_CONFERENCE]       = { "conferencePaper",    NULL,                       "text",                   FALSE, TRUE,  "conference publication","monographic" },
  [CK_TYPE_ENTRY_ENCYCLOPEDIA]     = { "encyclopediaArticle",NULL,                       "text",                   FALSE, TRUE,  "encyclopedia",          "monographic" },
  [CK_TYPE_ENTRY_DICTIONARY]       = { "dictionaryEntry",    NULL,                       "text",                   FALSE, TRUE,  "dictionary",            "monographic" },
  [CK_TYPE_PAMPHLET]               = { "book",               NULL,                       "text",                   FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_PATENT]                 = { "patent",             "patent",                   "text",                   FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_SOFTWARE]               = { "computerProgram",    NULL,                       "software, multimedia",   FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_DATASET]                = { "dataset",            "numeric data",             "software, multimedia",   FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_MAP]                    = { "map",                "map",                      "cartographic",           FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_MOTION_PICTURE]         = { "film",               "motion picture",           "moving image",           FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_SONG]                   = { "audioRecording",     "sound",                    "sound recording-musical",FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_SPEECH]                 = { "presentation",       "speech",                   "text",                   FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_INTERVIEW]              = { "interview",          "interview",                "text",                   FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_PERSONAL_COMMUNICATION] = { "letter",             "letter",                   "text",                   FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_LEGISLATION]            = { "statute",            "legislation",              "text",                   FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_LEGAL_CASE]             = { "case",               "legal case and case notes","text",                   FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_STANDARD]               = { "standard",           "standard or specification","text",                   FALSE, FALSE, NULL,                    NULL },
  [CK_TYPE_POST]                   = { "forumPost",          NULL,                       "text",                   FALSE, TRUE,  "web site",              "integrating resource" },
  [CK_TYPE_DOCUMENT]               = { "document",           NULL,                       "text",                   FALSE, FALSE, NULL,                    NULL },
};

const CkModsTypeInfo *
ck_mods_type_info (CkType type)
{
  g_return_val_if_fail (type < CK_TYPE_N_TYPES, &type_info[CK_TYPE_DOCUMENT]);
  return &type_info[type];
}

/* Genre words → type, compared without case.  The first match wins, so
 * the readings we prefer for shared words come first. */
static const struct {
  const char *genre;
  CkType      type;
} genre_table[] = {
  /* Zotero item types (local genre) */
  { "book",                       CK_TYPE_BOOK },
  { "bookSection",                CK_TYPE_CHAPTER },
  { "journalArticle",             CK_TYPE_ARTICLE_JOURNAL },
  { "magazineArticle",            CK_TYPE_ARTICLE_MAGAZINE },
  { "newspaperArticle",           CK_TYPE_ARTICLE_NEWSPAPER },
  { "thesis",                     CK_TYPE_THESIS },
  { "report",                     CK_TYPE_REPORT },
  { "webpage",                    CK_TYPE_WEBPAGE },
  { "manuscript",                 CK_TYPE_MANUSCRIPT },
  { "conferencePaper",            CK_TYPE_PAPER_CONFERENCE },
  { "encyclopediaArticle",        CK_TYPE_ENTRY_ENCYCLOPEDIA },
  { "dictionaryEntry",            CK_TYPE_ENTRY_DICTIONARY },
  { "patent",                     CK_TYPE_PATENT },
  { "computerProgram",            CK_TYPE_SOFTWARE },
  { "dataset",                    CK_TYPE_DATASET },
  { "map",                        CK_TYPE_MAP },
  { "film",                       CK_TYPE_MOTION_PICTURE },
  { "audioRecording",             CK_TYPE_SONG },
  { "presentation",               CK_TYPE_SPEECH },
  { "interview",                  CK_TYPE_INTERVIEW },
  { "letter",                     CK_TYPE_PERSONAL_COMMUNICATION },
  { "statute",                    CK_TYPE_LEGISLATION },
  { "case",                       CK_TYPE_LEGAL_CASE },
  { "standard",                   CK_TYPE_STANDARD },
  { "forumPost",                  CK_TYPE_POST },
  { "blogPost",                   CK_TYPE_POST },
  { "document",                   CK_TYPE_DOCUMENT },
  /* marcgt terms */
  { "review",                     CK_TYPE_REVIEW },
  { "periodical",                 CK_TYPE_PERIODICAL },
  { "journal",                    CK_TYPE_PERIODICAL },
  { "series",                     CK_TYPE_PERIODICAL },
  { "theses",                     CK_TYPE_THESIS },
  { "technical report",           CK_TYPE_REPORT },
  { "web site",                   CK_TYPE_WEBPAGE },
  { "conference publication",     CK_TYPE_PAPER_CONFERENCE },
  { "encyclopedia",               CK_TYPE_ENTRY_ENCYCLOPEDIA },
  { "dictionary",                 CK_TYPE_ENTRY_DICTIONARY },
  { "numeric data",               CK_TYPE_DATASET },
  { "atlas",                      CK_TYPE_MAP },
  { "motion picture",             CK_TYPE_MOTION_PICTURE },
  { "videorecording",             CK_TYPE_MOTION_PICTURE },
  { "sound",                      CK_TYPE_SONG },
  { "speech",                     CK_TYPE_SPEECH },
  { "legislation",                CK_TYPE_LEGISLATION },
  { "legal case and case notes",  CK_TYPE_LEGAL_CASE },
  { "standard or specification",  CK_TYPE_STANDARD },
  { "article",                    CK_TYPE_ARTICLE_JOURNAL },
  /* bibutils' own genre words */
  { "journal article",            CK_TYPE_ARTICLE_JOURNAL },
  { "magazine article",           CK_TYPE_ARTICLE_MAGAZINE },
  { "newspaper article",          CK_TYPE_ARTICLE_NEWSPAPER },
  { "book chapter",               CK_TYPE_CHAPTER },
  { "collection",                 CK_TYPE_BOOK },
  { "Ph.D. thesis",               CK_TYPE_THESIS },
  { "Masters thesis",             CK_TYPE_THESIS },
  { "unpublished",                CK_TYPE_MANUSCRIPT },
  /* Library of Congress genre/form terms (lcgft) met in catalogue records */
  { "personal correspondence",    CK_TYPE_PERSONAL_COMMUNICATION },
  { "letters",                    CK_TYPE_PERSONAL_COMMUNICATION },
  { "academic theses",            CK_TYPE_THESIS },
  { "dissertations, academic",    CK_TYPE_THESIS },
  { "technical reports",          CK_TYPE_REPORT },
  { "conference papers and proceedings", CK_TYPE_PAPER_CONFERENCE },
  { "book reviews",               CK_TYPE_REVIEW_BOOK },
  { "interviews",                 CK_TYPE_INTERVIEW },
  { "maps",                       CK_TYPE_MAP },
  { "motion pictures",            CK_TYPE_MOTION_PICTURE },
  /* BibTeX entry types (JabRef writes them as genres) */
  { "inproceedings",              CK_TYPE_PAPER_CONFERENCE },
  { "conference",                 CK_TYPE_PAPER_CONFERENCE },
  { "incollection",               CK_TYPE_CHAPTER },
  { "inbook",                     CK_TYPE_CHAPTER },
  { "phdthesis",                  CK_TYPE_THESIS },
  { "mastersthesis",              CK_TYPE_THESIS },
  { "techreport",                 CK_TYPE_REPORT },
  { "booklet",                    CK_TYPE_PAMPHLET },
  { "manual",                     CK_TYPE_REPORT },
  { "proceedings",                CK_TYPE_BOOK },
  { "misc",                       CK_TYPE_DOCUMENT },
};

gboolean
ck_mods_type_from_genre (const char *genre, CkType *out_type)
{
  if (!genre || !*genre)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (genre_table); i++)
    if (g_ascii_strcasecmp (genre, genre_table[i].genre) == 0)
      return (*out_type = genre_table[i].type, TRUE);
  /* CSL's own names ("article-journal") last. */
  return ck_type_from_csl (genre, out_type);
}

/* The host's genre says what its part is. */
static const struct {
  const char *genre;
  CkType      type;
} host_genre_table[] = {
  { "book",                   CK_TYPE_CHAPTER },
  { "journal",                CK_TYPE_ARTICLE_JOURNAL },
  { "periodical",             CK_TYPE_ARTICLE_JOURNAL },
  { "academic journal",       CK_TYPE_ARTICLE_JOURNAL },
  { "magazine",               CK_TYPE_ARTICLE_MAGAZINE },
  { "newspaper",              CK_TYPE_ARTICLE_NEWSPAPER },
  { "conference publication", CK_TYPE_PAPER_CONFERENCE },
  { "encyclopedia",           CK_TYPE_ENTRY_ENCYCLOPEDIA },
  { "dictionary",             CK_TYPE_ENTRY_DICTIONARY },
  { "web site",               CK_TYPE_WEBPAGE },
};

gboolean
ck_mods_type_from_host_genre (const char *genre, CkType *out_type)
{
  if (!genre)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (host_genre_table); i++)
    if (g_ascii_strcasecmp (genre, host_genre_table[i].genre) == 0)
      return (*out_type = host_genre_table[i].type, TRUE);
  return FALSE;
}

static const struct {
  const char *resource;
  CkType      type;
} resource_table[] = {
  { "cartographic",               CK_TYPE_MAP },
  { "moving image",               CK_TYPE_MOTION_PICTURE },
  { "sound recording-musical",    CK_TYPE_SONG },
  { "sound recording",            CK_TYPE_SONG },
  { "sound recording-nonmusical", CK_TYPE_SPEECH },
  { "software, multimedia",       CK_TYPE_SOFTWARE },
};

gboolean
ck_mods_type_from_resource (const char *resource, CkType *out_type)
{
  if (!resource)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (resource_table); i++)
    if (g_ascii_strcasecmp (resource, resource_table[i].resource) == 0)
      return (*out_type = resource_table[i].type, TRUE);
  return FALSE;
}

/* identifier/@type, one row per field; readers also accept the aliases
 * further down. */
static const struct {
  const char *type;
  CkField     field;
} identifier_table[] = {
  { "isbn",  CK_FIELD_ISBN },   /* International Standard Book Number */
  { "issn",  CK_FIELD_ISSN },   /* International Standard Serial Number */
  { "doi",   CK_FIELD_DOI },    /* Digital Object Identifier */
  { "pmid",  CK_FIELD_PMID },   /* PubMed */
  { "pmcid", CK_FIELD_PMCID },  /* PubMed Central */
  { "report number", CK_FIELD_NUMBER }, /* MARC 088, as LC's MARC→MODS mapping writes it */
  /* read only: */
  { "uri",   CK_FIELD_URL },    /* the URL is written as location/url */
  { "url",   CK_FIELD_URL },
  { "pubmed",CK_FIELD_PMID },
};

const char *
ck_mods_identifier_type (CkField field)
{
  for (guint i = 0; i < G_N_ELEMENTS (identifier_table); i++)
    if (identifier_table[i].field == field && field != CK_FIELD_URL)
      return identifier_table[i].type;
  return NULL;
}

gboolean
ck_mods_identifier_field (const char *type, CkField *out_field)
{
  if (!type)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (identifier_table); i++)
    if (g_ascii_strcasecmp (type, identifier_table[i].type) == 0)
      return (*out_field = identifier_table[i].field, TRUE);
  return FALSE;
}

/* note/@type.  Zotero shows a typed note as "type: text", so the types
 * are words a reader understands. */
static const struct {
  const char *type;
  CkField     field;
} note_table[] = {
  { "binding",    CK_FIELD_BINDING },   /* "Paperback", "cloth" */
  { "price",      CK_FIELD_PRICE },     /* "$19.95" */
  { "annotation", CK_FIELD_ANNOTE },    /* a reader's annotation */
};

const char *
ck_mods_note_type (CkField field)
{
  for (guint i = 0; i < G_N_ELEMENTS (note_table); i++)
    if (note_table[i].field == field)
      return note_table[i].type;
  return NULL;
}

gboolean
ck_mods_note_field (const char *type, CkField *out_field)
{
  if (!type)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (note_table); i++)
    if (g_ascii_strcasecmp (type, note_table[i].type) == 0)
      return (*out_field = note_table[i].field, TRUE);
  return FALSE;
}

/* roleTerm[@type="text"].  Zotero takes a text role first when it is one
 * of its creator types (compared in lower case, so camel-case types such
 * as seriesEditor never match and are left to the code); roles Zotero
 * lacks are written as "contributor" so they are not imported as authors.
 * Readers take the code first, so the text never hides the real role. */
static const char * const role_text[CK_ROLE_N_ROLES] = {
  [CK_ROLE_AUTHOR]            = "author",
  [CK_ROLE_EDITOR]            = "editor",
  [CK_ROLE_TRANSLATOR]        = "translator",
  [CK_ROLE_INTRODUCER]        = "contributor",
  [CK_ROLE_COMPILER]          = "contributor",
  [CK_ROLE_CONTRIBUTOR]       = "contributor",
  [CK_ROLE_COLLECTION_EDITOR] = NULL,          /* code pbd: Zotero's series editor */
  [CK_ROLE_CONTAINER_AUTHOR]  = NULL,          /* written in the host, as its author */
  [CK_ROLE_REVIEWED_AUTHOR]   = NULL,          /* written in relatedItem[@type=reviewOf] */
  [CK_ROLE_ILLUSTRATOR]       = "contributor",
  [CK_ROLE_DIRECTOR]          = "director",
  [CK_ROLE_INTERVIEWER]       = "interviewer",
  [CK_ROLE_RECIPIENT]         = "recipient",
};

const char *
ck_mods_role_text (CkRole role)
{
  g_return_val_if_fail (role < CK_ROLE_N_ROLES, NULL);
  return role_text[role];
}

/* MARC relator terms and CSL names seen in roleTerm texts. */
static const struct {
  const char *text;
  CkRole      role;
} role_text_table[] = {
  { "author",                   CK_ROLE_AUTHOR },
  { "creator",                  CK_ROLE_AUTHOR },
  { "editor",                   CK_ROLE_EDITOR },
  { "translator",               CK_ROLE_TRANSLATOR },
  { "author of introduction",   CK_ROLE_INTRODUCER },
  { "author of introduction, etc.", CK_ROLE_INTRODUCER },
  { "writer of introduction",   CK_ROLE_INTRODUCER },
  { "author of afterword, colophon, etc.", CK_ROLE_INTRODUCER },
  { "compiler",                 CK_ROLE_COMPILER },
  { "contributor",              CK_ROLE_CONTRIBUTOR },
  { "publishing director",      CK_ROLE_COLLECTION_EDITOR },
  { "series editor",            CK_ROLE_COLLECTION_EDITOR },
  { "illustrator",              CK_ROLE_ILLUSTRATOR },
  { "director",                 CK_ROLE_DIRECTOR },
  { "film director",            CK_ROLE_DIRECTOR },
  { "interviewer",              CK_ROLE_INTERVIEWER },
  { "addressee",                CK_ROLE_RECIPIENT },
  { "recipient",                CK_ROLE_RECIPIENT },
};

gboolean
ck_mods_role_from_text (const char *text, CkRole *out_role)
{
  if (!text || !*text)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (role_text_table); i++)
    if (g_ascii_strcasecmp (text, role_text_table[i].text) == 0)
      return (*out_role = role_text_table[i].role, TRUE);
  return ck_role_from_csl (text, out_role);
}

char *
ck_mods_zotero_extent (const char *extent)
{
  g_autoptr(GString) s = NULL;
  gsize len;

  if (!extent || !*extent)
    return NULL;
  len = strlen (extent);
  /* Already a page statement such as "345 p." or "xvii, 389 pages". */
  for (const char *p = extent; *p; p++)
    if (g_ascii_isdigit (p[0]) && p[1] != '\0')
      {
        const char *q = p + 1;
        while (*q == ' ')
          q++;
        if ((*q == 'p' || *q == 'P') && (q[1] == '.' || q[1] == '\0' || q[1] == ' ' || q[1] == 'a' || q[1] == 'p'))
          return NULL;
      }
  if (!g_ascii_isdigit (extent[len - 1]))
    return NULL;
  /* "xlvi + 345" → "xlvi, 345 p.": Zotero drops everything after a "+". */
  s = g_string_new (NULL);
  for (const char *p = extent; *p; p++)
    {
      if (*p == '+')
        {
          while (s->len && s->str[s->len - 1] == ' ')
            g_string_truncate (s, s->len - 1);
          g_string_append_c (s, ',');
          continue;
        }
      g_string_append_c (s, *p);
    }
  g_string_append (s, " p.");
  return g_string_free (g_steal_pointer (&s), FALSE);
}
