/* bibutils-bridge.c — the long-tail formats, read and written through
 * libbibutils: EndNote refer and EndNote XML, ISI / Web of Science,
 * MEDLINE XML, PubMed NBIB, COPAC, EBI, Word 2007 bibliography and ADS.
 *
 * This is the only file that includes bibutils headers.  The library keeps
 * global state (BibTeX @string macros, XML namespace prefixes), prints its
 * diagnostics to stderr and has no buffer API, so every call into it:
 *   - holds bridge_lock (one GMutex for the whole process),
 *   - has stderr redirected into a scratch file whose text becomes CkDiag
 *     notes instead of reaching the terminal,
 *   - gets its input through fmemopen() and writes through open_memstream().
 * Inputs are checked and rewritten before the library sees them, because
 * it does not validate UTF-8, recurses without a limit and scans XML as
 * strings: see bridge-input.c.
 *
 * bibutils represents a reference as a flat list of (tag, value, level)
 * with levels 0 = the work, 1 = its host (journal, book) and 2 = the host's
 * series; a monograph has no host, so its series sits at level 1.  One table
 * (field_tags) maps those tags to CkField both ways; names and the record
 * type have their own tables.  Tags with no canonical slot become extras
 * "bibutils:TAG" (or "bibutils:TAG@1" above level 0) so a round trip
 * through the bridge loses nothing; writing reports every field the target
 * format did not use (bibutils' "used" flags) as a loss in the CkDiag.
 *
 * What libbibutils 7.2 does that we work around or live with (measured):
 *   - bibl_initparams() rejects BIBL_ISIIN: the per-format *_initparams
 *     functions are called directly;
 *   - its XML readers miss a record whose end tag is on the line where it
 *     starts and drop a second record on one line: see
 *     CkBridgeInput.record_ends;
 *   - bibl_write() leaks its last scratch record per call: see
 *     writef_and_release();
 *   - every writer emits a BOM unless told not to (utf8bom = 0);
 *   - the ISI writer spells the type "PT Journal", not "PT J", and writes
 *     authors with initials only;
 *   - the EndNote reader files a Book's %E as a series author and writes
 *     it back as %Y, which it does not read for books.
 *
 *   const CkFormat *isi = ck_format_lookup ("isi");
 *   ck_format_read (isi, data, len, "wos.isi", NULL, on_record, ctx, &error);
 */
#include "ck-format-private.h"
#include "bridge-input.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bibutils/bibutils.h>
#include <bibutils/bibformats.h>
#include <bibutils/bu_auth.h>
#include <bibutils/marc_auth.h>

#define BRIDGE_PROGNAME      "citekit"
#define BRIDGE_MAX_MESSAGES  100               /* captured stderr lines kept per call */

/* ------------------------------------------------------------------ */
/* Format descriptions                                                 */

typedef int (*BridgeInit) (param *p, const char *progname);

typedef struct {
  const char *name;        /* our format name, for messages */
  const char *label;       /* "EndNote (refer)" */
  BridgeInit  in_init;     /* NULL: cannot read */
  BridgeInit  out_init;    /* NULL: cannot write */
  CkBridgeInput input;     /* how its reader wants the input laid out */
} BridgeSpec;

static const char * const endnotexml_ends[] = { "</record>", NULL };
static const char * const medline_ends[]    = { "</PubmedArticle>", "</MedlineCitation>", "</PubmedBookArticle>", NULL };
static const char * const ebi_ends[]        = { "</Publication>", NULL };
static const char * const word_ends[]       = { "</b:Source>", "</Source>", NULL };

static const BridgeSpec spec_endnote    = { "endnote",    "EndNote (refer)",        endin_initparams,    endout_initparams,  { FALSE, NULL,            "%0 "   } };
static const BridgeSpec spec_endnotexml = { "endnotexml", "EndNote XML",            endxmlin_initparams, NULL,               { TRUE,  endnotexml_ends, NULL    } };
static const BridgeSpec spec_isi        = { "isi",        "ISI / Web of Science",   isiin_initparams,    isiout_initparams,  { FALSE, NULL,            NULL    } };
static const BridgeSpec spec_medline    = { "medline",    "MEDLINE XML",            medin_initparams,    NULL,               { TRUE,  medline_ends,    NULL    } };
static const BridgeSpec spec_nbib       = { "nbib",       "PubMed NBIB",            nbibin_initparams,   nbibout_initparams, { FALSE, NULL,            "PMID-" } };
static const BridgeSpec spec_copac      = { "copac",      "COPAC",                  copacin_initparams,  NULL,               { FALSE, NULL,            NULL    } };
static const BridgeSpec spec_ebi        = { "ebi",        "EBI XML",                ebiin_initparams,    NULL,               { TRUE,  ebi_ends,        NULL    } };
static const BridgeSpec spec_word       = { "word",       "Word 2007 bibliography", wordin_initparams,   wordout_initparams, { TRUE,  word_ends,       NULL    } };
static const BridgeSpec spec_ads        = { "ads",        "ADS abstract service",   NULL,                adsout_initparams,  { FALSE, NULL,            NULL    } };

/* ------------------------------------------------------------------ */
/* Serialised access and captured stderr                               */

static GMutex bridge_lock;
static FILE *capture_file;   /* guarded by bridge_lock */

typedef struct {
  int saved_fd;
} Capture;

/* Points fd 2 at the scratch file.  Must hold bridge_lock.  If anything
 * fails the library's messages simply reach the real stderr. */
static void
capture_begin (Capture *cap)
{
  cap->saved_fd = -1;
  if (!capture_file)
    capture_file = tmpfile ();
  if (!capture_file)
    return;
  fflush (stderr);
  if (ftruncate (fileno (capture_file), 0) != 0 ||
      lseek (fileno (capture_file), 0, SEEK_SET) < 0)
    return;
  cap->saved_fd = dup (STDERR_FILENO);
  if (cap->saved_fd < 0)
    return;
  if (dup2 (fileno (capture_file), STDERR_FILENO) < 0)
    {
      close (cap->saved_fd);
      cap->saved_fd = -1;
    }
}

/* Restores fd 2 and hands each captured line to @diag.  They are notes,
 * not warnings: most of the library's chatter ("Defaulting to Journal
 * article") is about its own guesses.  A message about "refnum N" is placed
 * at the line where record N starts, when @record_lines (1-based lines, in
 * record order) knows it. */
static void
capture_end (Capture *cap, CkDiag *diag, const char *source, GArray *record_lines)
{
  char buf[16384];
  ssize_t n;

  if (cap->saved_fd < 0)
    return;
  fflush (stderr);
  dup2 (cap->saved_fd, STDERR_FILENO);
  close (cap->saved_fd);
  cap->saved_fd = -1;

  if (!diag)
    return;
  n = pread (fileno (capture_file), buf, sizeof buf - 1, 0);
  if (n <= 0)
    return;
  buf[n] = '\0';

  g_auto(GStrv) lines = g_strsplit (buf, "\n", BRIDGE_MAX_MESSAGES + 1);
  guint line = 0;
  for (guint i = 0; lines[i] && i < BRIDGE_MAX_MESSAGES; i++)
    {
      const char *msg = lines[i];
      if (g_str_has_prefix (msg, BRIDGE_PROGNAME ": "))
        msg += strlen (BRIDGE_PROGNAME ": ");
      g_autofree char *clean = g_utf8_make_valid (msg, -1);
      g_strstrip (clean);
      const char *ref = strstr (clean, "refnum ");
      if (ref && record_lines)
        {
          guint64 refnum = g_ascii_strtoull (ref + 7, NULL, 10);
          line = (refnum >= 1 && refnum <= record_lines->len)
                 ? g_array_index (record_lines, guint, refnum - 1) : 0;
        }
      /* a message without a refnum continues the one before it
       * ("Did not recognize type … of refnum 2" / "Defaulting to …") */
      if (*clean)
        ck_diag_add (diag, CK_DIAG_NOTE, source, line, line ? 1 : 0, "libbibutils: %s", clean);
    }
}

/* bibutils' per-format init functions expect a zeroed struct; the generic
 * bibl_initparams() is not used because 7.2 rejects BIBL_ISIIN there. */
static gboolean
bridge_params (param *p, BridgeInit in_init, BridgeInit out_init)
{
  memset (p, 0, sizeof *p);
  if (in_init && in_init (p, BRIDGE_PROGNAME) != BIBL_OK)
    return FALSE;
  if (out_init && out_init (p, BRIDGE_PROGNAME) != BIBL_OK)
    return FALSE;
  p->utf8bom = 0;        /* every writer would start with a BOM */
  p->verbose = 0;
  p->nosplittitle = 1;   /* keep "Title: Subtitle" as the source had it */
  p->latexout = 0;
  return TRUE;
}

static const char *
bridge_status_text (int status)
{
  switch (status)
    {
    case BIBL_ERR_BADINPUT: return "bad input";
    case BIBL_ERR_MEMERR:   return "out of memory";
    case BIBL_ERR_CANTOPEN: return "cannot open";
    default:                return "unknown failure";
    }
}

/* ------------------------------------------------------------------ */
/* The tag tables                                                      */

/* Where a tag sits.  HOST and SERIES are resolved per record: a part
 * (article, chapter) has host 1 and series 2; a monograph has no host and
 * its series at 1.  PUB is the level of publisher-like facts: the host for
 * chapters and conference papers (bibutils' own convention), else 0. */
typedef enum { LV_MAIN, LV_HOST, LV_SERIES, LV_PUB, LV_ORIG } BridgeLevel;

/* Canonical field <-> bibutils tag, shared by reader and writer.  The
 * reader takes the first row whose tag and level match; the writer uses
 * every row of a field. */
static const struct {
  CkField     field;
  const char *tag;
  BridgeLevel level;
} field_tags[] = {
  { CK_FIELD_TITLE,                 "TITLE",        LV_MAIN   },
  { CK_FIELD_SUBTITLE,              "SUBTITLE",     LV_MAIN   },
  { CK_FIELD_SHORT_TITLE,           "SHORTTITLE",   LV_MAIN   },
  { CK_FIELD_TRANSLATED_TITLE,      "TRANSLATEDTITLE", LV_MAIN },
  { CK_FIELD_ORIGINAL_TITLE,        "TITLE",        LV_ORIG   },  /* EndNote %( */
  { CK_FIELD_CONTAINER_TITLE,       "TITLE",        LV_HOST   },  /* journal, book of a chapter */
  { CK_FIELD_CONTAINER_TITLE_SHORT, "SHORTTITLE",   LV_HOST   },  /* journal abbreviation */
  { CK_FIELD_COLLECTION_TITLE,      "TITLE",        LV_SERIES },
  { CK_FIELD_VOLUME,                "VOLUME",       LV_MAIN   },
  { CK_FIELD_NUMBER_OF_VOLUMES,     "NUMVOLUMES",   LV_MAIN   },
  { CK_FIELD_ISSUE,                 "ISSUE",        LV_MAIN   },
  { CK_FIELD_NUMBER,                "NUMBER",       LV_MAIN   },
  { CK_FIELD_NUMBER_OF_PAGES,       "PAGES:TOTAL",  LV_MAIN   },
  { CK_FIELD_CHAPTER_NUMBER,        "CHAPTER",      LV_MAIN   },
  { CK_FIELD_SECTION,               "SECTION",      LV_MAIN   },
  { CK_FIELD_EDITION,               "EDITION",      LV_PUB    },
  { CK_FIELD_PUBLISHER,             "PUBLISHER",    LV_PUB    },
  { CK_FIELD_PUBLISHER_PLACE,       "ADDRESS",      LV_PUB    },
  { CK_FIELD_ISBN,                  "ISBN",         LV_PUB    },
  { CK_FIELD_ISSN,                  "ISSN",         LV_HOST   },
  { CK_FIELD_DOI,                   "DOI",          LV_MAIN   },
  { CK_FIELD_URL,                   "URL",          LV_MAIN   },
  { CK_FIELD_PMID,                  "PMID",         LV_MAIN   },
  { CK_FIELD_PMCID,                 "PMC",          LV_MAIN   },
  { CK_FIELD_CALL_NUMBER,           "CALLNUMBER",   LV_MAIN   },
  { CK_FIELD_LANGUAGE,              "LANGUAGE",     LV_MAIN   },
  { CK_FIELD_ABSTRACT,              "ABSTRACT",     LV_MAIN   },
  { CK_FIELD_NOTE,                  "NOTES",        LV_MAIN   },
  { CK_FIELD_ANNOTE,                "ANNOTE",       LV_MAIN   },
  { CK_FIELD_KEYWORD,               "KEYWORD",      LV_MAIN   },  /* one tag per keyword */
  { CK_FIELD_ARCHIVE_LOCATION,      "LOCATION",     LV_MAIN   },  /* COPAC holdings */
  { CK_FIELD_AUTHORITY,             "DEGREEGRANTOR:ASIS", LV_MAIN }, /* thesis institution */
  { CK_FIELD_GENRE,                 "GENRE:UNKNOWN", LV_MAIN  },  /* free-text type ("Memo") */
};

/* Reading only: other spellings of a canonical field. */
static const struct {
  const char *tag;
  CkField     field;
} field_aliases[] = {
  { "ISBN13",             CK_FIELD_ISBN },
  { "DEGREEGRANTOR",      CK_FIELD_AUTHORITY },
  { "DEGREEGRANTOR:CORP", CK_FIELD_AUTHORITY },
  { "PAGES",              CK_FIELD_PAGES },           /* free-form page text */
  { "PHYSICALLOC",        CK_FIELD_ARCHIVE_LOCATION },/* EndNote %W */
  { "SERIALNUMBER",       CK_FIELD_ISBN },            /* ISBN or ISSN the reader could not tell apart */
};

/* Person tags <-> roles.  The level column says where the writer puts the
 * name; the reader decides by the level it finds (see name_role()). */
static const struct {
  CkRole      role;
  const char *tag;
  BridgeLevel level;
} role_tags[] = {
  { CK_ROLE_AUTHOR,            "AUTHOR",       LV_MAIN   },
  { CK_ROLE_EDITOR,            "EDITOR",       LV_HOST   },  /* a chapter's editors edit the book */
  { CK_ROLE_TRANSLATOR,        "TRANSLATOR",   LV_MAIN   },
  { CK_ROLE_INTRODUCER,        "INTROAUTHOR",  LV_MAIN   },
  { CK_ROLE_COMPILER,          "COMPILER",     LV_MAIN   },
  { CK_ROLE_CONTRIBUTOR,       "COLLABORATOR", LV_MAIN   },
  { CK_ROLE_COLLECTION_EDITOR, "EDITOR",       LV_SERIES },
  { CK_ROLE_CONTAINER_AUTHOR,  "AUTHOR",       LV_HOST   },
  { CK_ROLE_ILLUSTRATOR,       "ARTIST",       LV_MAIN   },
  { CK_ROLE_DIRECTOR,          "DIRECTOR",     LV_MAIN   },
  { CK_ROLE_RECIPIENT,         "ADDRESSEE",    LV_MAIN   },
};

/* Reading only: other person tags. */
static const struct {
  const char *tag;
  CkRole      role;
} role_aliases[] = {
  { "AFTERAUTHOR",  CK_ROLE_INTRODUCER },
  { "2ND_AUTHOR",   CK_ROLE_EDITOR },     /* EndNote %E before type fixing */
  { "SUB_AUTHOR",   CK_ROLE_CONTRIBUTOR },
  { "CARTOGRAPHER", CK_ROLE_AUTHOR },
  { "INVENTOR",     CK_ROLE_AUTHOR },
  { "WRITER",       CK_ROLE_AUTHOR },
  { "PERFORMER",    CK_ROLE_CONTRIBUTOR },
  { "PRODUCER",     CK_ROLE_CONTRIBUTOR },
};

/* Genre values -> CkType, most specific first; level -1 = any level. */
static const struct {
  const char *genre;
  int         level;
  CkType      type;
} genre_types[] = {
  { "journal article",           0, CK_TYPE_ARTICLE_JOURNAL },
  { "magazine article",         -1, CK_TYPE_ARTICLE_MAGAZINE },
  { "newspaper article",        -1, CK_TYPE_ARTICLE_NEWSPAPER },
  { "book chapter",              0, CK_TYPE_CHAPTER },
  { "thesis",                   -1, CK_TYPE_THESIS },
  { "Ph.D. thesis",             -1, CK_TYPE_THESIS },
  { "Masters thesis",           -1, CK_TYPE_THESIS },
  { "Doctoral thesis",          -1, CK_TYPE_THESIS },
  { "Diploma thesis",           -1, CK_TYPE_THESIS },
  { "Habilitation thesis",      -1, CK_TYPE_THESIS },
  { "Licentiate thesis",        -1, CK_TYPE_THESIS },
  { "technical report",          0, CK_TYPE_REPORT },
  { "report",                    0, CK_TYPE_REPORT },
  { "patent",                    0, CK_TYPE_PATENT },
  { "legislation",               0, CK_TYPE_LEGISLATION },
  { "hearing",                   0, CK_TYPE_LEGISLATION },
  { "legal case and case notes", 0, CK_TYPE_LEGAL_CASE },
  { "communication",             0, CK_TYPE_PERSONAL_COMMUNICATION },
  { "e-mail communication",      0, CK_TYPE_PERSONAL_COMMUNICATION },
  { "unpublished",               0, CK_TYPE_MANUSCRIPT },
  { "manuscript",                0, CK_TYPE_MANUSCRIPT },
  { "map",                       0, CK_TYPE_MAP },
  { "web site",                  0, CK_TYPE_WEBPAGE },
  { "web page",                  0, CK_TYPE_WEBPAGE },
  { "electronic",                0, CK_TYPE_WEBPAGE },
  { "pamphlet",                  0, CK_TYPE_PAMPHLET },
  { "motion picture",            0, CK_TYPE_MOTION_PICTURE },
  { "videorecording",            0, CK_TYPE_MOTION_PICTURE },
  { "interview",                 0, CK_TYPE_INTERVIEW },
  { "database",                  0, CK_TYPE_DATASET },
  { "standard or specification", 0, CK_TYPE_STANDARD },
  { "academic journal",          1, CK_TYPE_ARTICLE_JOURNAL },
  { "periodical",                1, CK_TYPE_ARTICLE_JOURNAL },
  { "journal",                   1, CK_TYPE_ARTICLE_JOURNAL },
  { "magazine",                  1, CK_TYPE_ARTICLE_MAGAZINE },
  { "newspaper",                 1, CK_TYPE_ARTICLE_NEWSPAPER },
  { "conference publication",    1, CK_TYPE_PAPER_CONFERENCE },
  { "encyclopedia",              1, CK_TYPE_ENTRY_ENCYCLOPEDIA },
  { "dictionary",                1, CK_TYPE_ENTRY_DICTIONARY },
  { "book",                      1, CK_TYPE_CHAPTER },
  { "collection",                1, CK_TYPE_CHAPTER },
  { "book",                      0, CK_TYPE_BOOK },
  { "collection",                0, CK_TYPE_BOOK },
  { "conference publication",    0, CK_TYPE_BOOK },  /* a proceedings volume */
  { "miscellaneous",             0, CK_TYPE_DOCUMENT },
};

/* Resource types (MODS typeOfResource) that settle the type on their own. */
static const struct {
  const char *resource;
  CkType      type;
} resource_types[] = {
  { "cartographic",         CK_TYPE_MAP },
  { "software, multimedia", CK_TYPE_SOFTWARE },
  { "moving image",         CK_TYPE_MOTION_PICTURE },
  { "sound recording",      CK_TYPE_SONG },
};

/* What the writer tells bibutils about a type: the same markers its own
 * readers produce, which every bibutils writer understands.  The GENRE tag
 * (MARC, BIBUTILS or UNKNOWN) is chosen by the library's own lists. */
typedef struct {
  const char *tag;    /* "RESOURCE", "ISSUANCE" or "GENRE" */
  const char *value;
  int         level;
} BridgeMark;

static const struct {
  CkType     type;
  BridgeMark marks[5];
} type_marks[] = {
  { CK_TYPE_BOOK,              { { "RESOURCE", "text", 0 }, { "ISSUANCE", "monographic", 0 }, { "GENRE", "book", 0 } } },
  { CK_TYPE_CHAPTER,           { { "RESOURCE", "text", 0 }, { "GENRE", "book chapter", 0 }, { "ISSUANCE", "monographic", 1 }, { "GENRE", "book", 1 } } },
  { CK_TYPE_ARTICLE_JOURNAL,   { { "RESOURCE", "text", 0 }, { "GENRE", "journal article", 0 }, { "ISSUANCE", "continuing", 1 }, { "GENRE", "periodical", 1 }, { "GENRE", "academic journal", 1 } } },
  { CK_TYPE_ARTICLE,           { { "RESOURCE", "text", 0 }, { "GENRE", "journal article", 0 }, { "ISSUANCE", "continuing", 1 }, { "GENRE", "periodical", 1 } } },
  { CK_TYPE_REVIEW,            { { "RESOURCE", "text", 0 }, { "GENRE", "journal article", 0 }, { "ISSUANCE", "continuing", 1 }, { "GENRE", "periodical", 1 } } },
  { CK_TYPE_REVIEW_BOOK,       { { "RESOURCE", "text", 0 }, { "GENRE", "journal article", 0 }, { "ISSUANCE", "continuing", 1 }, { "GENRE", "periodical", 1 } } },
  { CK_TYPE_ARTICLE_MAGAZINE,  { { "RESOURCE", "text", 0 }, { "GENRE", "magazine article", 0 }, { "ISSUANCE", "continuing", 1 }, { "GENRE", "periodical", 1 }, { "GENRE", "magazine", 1 } } },
  { CK_TYPE_ARTICLE_NEWSPAPER, { { "RESOURCE", "text", 0 }, { "GENRE", "newspaper article", 0 }, { "ISSUANCE", "continuing", 1 }, { "GENRE", "newspaper", 1 } } },
  { CK_TYPE_PERIODICAL,        { { "RESOURCE", "text", 0 }, { "ISSUANCE", "continuing", 0 }, { "GENRE", "periodical", 0 } } },
  { CK_TYPE_PAPER_CONFERENCE,  { { "RESOURCE", "text", 0 }, { "GENRE", "conference publication", 1 } } },
  { CK_TYPE_ENTRY_ENCYCLOPEDIA,{ { "RESOURCE", "text", 0 }, { "GENRE", "encyclopedia", 1 } } },
  { CK_TYPE_ENTRY_DICTIONARY,  { { "RESOURCE", "text", 0 }, { "GENRE", "dictionary", 1 } } },
  { CK_TYPE_THESIS,            { { "RESOURCE", "text", 0 }, { "GENRE", "thesis", 0 } } },
  { CK_TYPE_REPORT,            { { "RESOURCE", "text", 0 }, { "GENRE", "technical report", 0 } } },
  { CK_TYPE_PATENT,            { { "RESOURCE", "text", 0 }, { "GENRE", "patent", 0 } } },
  { CK_TYPE_LEGISLATION,       { { "RESOURCE", "text", 0 }, { "GENRE", "legislation", 0 } } },
  { CK_TYPE_LEGAL_CASE,        { { "RESOURCE", "text", 0 }, { "GENRE", "legal case and case notes", 0 } } },
  { CK_TYPE_PERSONAL_COMMUNICATION, { { "RESOURCE", "text", 0 }, { "GENRE", "communication", 0 } } },
  { CK_TYPE_MANUSCRIPT,        { { "RESOURCE", "text", 0 }, { "GENRE", "unpublished", 0 } } },
  { CK_TYPE_PAMPHLET,          { { "RESOURCE", "text", 0 }, { "GENRE", "pamphlet", 0 } } },
  { CK_TYPE_MAP,               { { "RESOURCE", "cartographic", 0 }, { "GENRE", "map", 0 } } },
  { CK_TYPE_SOFTWARE,          { { "RESOURCE", "software, multimedia", 0 } } },
  { CK_TYPE_WEBPAGE,           { { "RESOURCE", "text", 0 }, { "GENRE", "web site", 0 } } },
  { CK_TYPE_MOTION_PICTURE,    { { "RESOURCE", "moving image", 0 }, { "GENRE", "motion picture", 0 } } },
  { CK_TYPE_INTERVIEW,         { { "RESOURCE", "text", 0 }, { "GENRE", "interview", 0 } } },
  { CK_TYPE_DATASET,           { { "RESOURCE", "software, multimedia", 0 }, { "GENRE", "database", 0 } } },
};
static const BridgeMark default_marks[] = { { "RESOURCE", "text", 0 }, { "GENRE", "miscellaneous", 0 } };

/* Tags that only describe the type; consumed by the type logic. */
static gboolean
is_type_tag (const char *tag)
{
  return strcmp (tag, "INTERNAL_TYPE") == 0 || strcmp (tag, "RESOURCE") == 0 ||
         strcmp (tag, "ISSUANCE") == 0 || strcmp (tag, "GENRE:MARC") == 0 ||
         strcmp (tag, "GENRE:BIBUTILS") == 0 || strcmp (tag, "TYPE") == 0;
}

/* Types whose record is a part of something: level 1 is its host. */
static gboolean
type_is_part (CkType type)
{
  switch (type)
    {
    case CK_TYPE_CHAPTER:
    case CK_TYPE_ARTICLE:
    case CK_TYPE_ARTICLE_JOURNAL:
    case CK_TYPE_ARTICLE_MAGAZINE:
    case CK_TYPE_ARTICLE_NEWSPAPER:
    case CK_TYPE_REVIEW:
    case CK_TYPE_REVIEW_BOOK:
    case CK_TYPE_PAPER_CONFERENCE:
    case CK_TYPE_ENTRY_ENCYCLOPEDIA:
    case CK_TYPE_ENTRY_DICTIONARY:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Publisher-like facts sit at the host for these (bibutils' convention). */
static gboolean
type_pub_at_host (CkType type)
{
  return type == CK_TYPE_CHAPTER || type == CK_TYPE_PAPER_CONFERENCE ||
         type == CK_TYPE_ENTRY_ENCYCLOPEDIA || type == CK_TYPE_ENTRY_DICTIONARY;
}

/* The numeric level of @lv for a record that is (or is not) a part. */
static int
level_number (BridgeLevel lv, gboolean part, gboolean pub_host)
{
  switch (lv)
    {
    case LV_MAIN:   return LEVEL_MAIN;
    case LV_HOST:   return part ? LEVEL_HOST : LEVEL_MAIN;
    case LV_SERIES: return part ? LEVEL_SERIES : LEVEL_HOST;
    case LV_PUB:    return pub_host ? LEVEL_HOST : LEVEL_MAIN;
    case LV_ORIG:   return LEVEL_ORIG;
    }
  return LEVEL_MAIN;
}

/* ------------------------------------------------------------------ */
/* Reading: bibutils fields -> CkRecord                                */

typedef struct {
  fields *f;
  CkType  type;
  gboolean part;
} BuRef;

static const char *
bu_tag (fields *f, int i)
{
  return fields_tag (f, i, FIELDS_CHRP_NOUSE);
}

static const char *
bu_value (fields *f, int i)
{
  return fields_value (f, i, FIELDS_CHRP_NOUSE);
}

static gboolean
has_tag_at (fields *f, const char *tag, int level)
{
  return fields_find (f, tag, level) != FIELDS_NOTFOUND;
}

static CkType
infer_type (fields *f)
{
  int n = fields_num (f);

  for (guint r = 0; r < G_N_ELEMENTS (genre_types); r++)
    for (int i = 0; i < n; i++)
      {
        const char *tag = bu_tag (f, i);
        if (!g_str_has_prefix (tag, "GENRE:"))
          continue;
        if (genre_types[r].level >= 0 && fields_level (f, i) != genre_types[r].level)
          continue;
        if (g_ascii_strcasecmp (bu_value (f, i), genre_types[r].genre) == 0)
          return genre_types[r].type;
      }
  for (guint r = 0; r < G_N_ELEMENTS (resource_types); r++)
    for (int i = 0; i < n; i++)
      if (strcmp (bu_tag (f, i), "RESOURCE") == 0 &&
          g_ascii_strcasecmp (bu_value (f, i), resource_types[r].resource) == 0)
        return resource_types[r].type;
  for (int i = 0; i < n; i++)
    if (strcmp (bu_tag (f, i), "ISSUANCE") == 0)
      {
        gboolean mono = g_ascii_strcasecmp (bu_value (f, i), "monographic") == 0;
        if (fields_level (f, i) == LEVEL_MAIN && mono)
          return CK_TYPE_BOOK;
        if (fields_level (f, i) == LEVEL_HOST)
          return mono ? CK_TYPE_CHAPTER : CK_TYPE_ARTICLE_JOURNAL;
      }
  /* No type information at all (Word, COPAC): guess from the shape. */
  if (has_tag_at (f, "TITLE", LEVEL_HOST))
    {
      if (has_tag_at (f, "VOLUME", LEVEL_HOST) || has_tag_at (f, "ISSUE", LEVEL_HOST) ||
          has_tag_at (f, "ISSN", LEVEL_HOST) || has_tag_at (f, "ISSUE", LEVEL_MAIN))
        return CK_TYPE_ARTICLE_JOURNAL;
      return CK_TYPE_CHAPTER;
    }
  if (has_tag_at (f, "PUBLISHER", LEVEL_ANY) || has_tag_at (f, "ISBN", LEVEL_ANY))
    return CK_TYPE_BOOK;
  return CK_TYPE_DOCUMENT;
}

/* The specific thesis kind ("Ph.D. thesis") becomes the record's genre. */
static const char *
thesis_genre (fields *f)
{
  for (int i = 0; i < fields_num (f); i++)
    {
      const char *v = bu_value (f, i);
      if (strcmp (bu_tag (f, i), "GENRE:BIBUTILS") == 0 && g_str_has_suffix (v, " thesis"))
        return v;
    }
  return NULL;
}

/* Which role a person tag found at @level plays, or FALSE if @tag is not a
 * person tag.  @literal says the value is a corporate or as-is name. */
static gboolean
name_role (const BuRef *ref, const char *tag, int level, CkRole *role, gboolean *literal)
{
  g_autofree char *base = g_strdup (tag);
  char *colon = strchr (base, ':');

  *literal = FALSE;
  if (colon)
    {
      if (strcmp (colon, ":CORP") != 0 && strcmp (colon, ":ASIS") != 0 && strcmp (colon, ":CONF") != 0)
        return FALSE;
      *colon = '\0';
      *literal = TRUE;
    }

  if (strcmp (base, "AUTHOR") == 0)
    {
      if (level <= LEVEL_MAIN)
        *role = CK_ROLE_AUTHOR;
      else if (level == LEVEL_HOST && ref->part)
        *role = CK_ROLE_CONTAINER_AUTHOR;
      else
        *role = CK_ROLE_COLLECTION_EDITOR;   /* a series has editors, not authors */
      return TRUE;
    }
  if (strcmp (base, "EDITOR") == 0)
    {
      if (level <= LEVEL_MAIN || (level == LEVEL_HOST && ref->part))
        *role = CK_ROLE_EDITOR;
      else
        *role = CK_ROLE_COLLECTION_EDITOR;
      return TRUE;
    }
  for (guint r = 0; r < G_N_ELEMENTS (role_tags); r++)
    if (strcmp (base, role_tags[r].tag) == 0)
      {
        *role = role_tags[r].role;
        return TRUE;
      }
  for (guint r = 0; r < G_N_ELEMENTS (role_aliases); r++)
    if (strcmp (base, role_aliases[r].tag) == 0)
      {
        *role = role_aliases[r].role;
        return TRUE;
      }
  return FALSE;
}

/* "Family|Given|Given||Suffix" -> CkName. */
static CkName *
name_from_bu (CkRole role, const char *value, gboolean literal)
{
  if (literal)
    return ck_name_new_literal (role, value);
  /* A person tag without '|' is a family name alone ("Gramsci"). */
  if (!strchr (value, '|'))
    return ck_name_new_personal (role, value, NULL);

  g_autofree char *copy = g_strdup (value);
  char *suffix = strstr (copy, "||");
  if (suffix)
    {
      *suffix = '\0';
      suffix += 2;
    }
  g_auto(GStrv) parts = g_strsplit (copy, "|", -1);
  g_autofree char *given = parts[0] && parts[1] ? g_strjoinv (" ", parts + 1) : NULL;
  CkName *name = ck_name_new_personal (role, parts[0], given && *given ? given : NULL);
  if (suffix && *suffix)
    name->suffix = g_strdup (suffix);
  return name;
}

/* Canonical field for @tag at @level, or FALSE. */
static gboolean
field_for_tag (const BuRef *ref, const char *tag, int level, CkField *field)
{
  gboolean pub_host = type_pub_at_host (ref->type);

  for (guint r = 0; r < G_N_ELEMENTS (field_tags); r++)
    if (strcmp (tag, field_tags[r].tag) == 0 &&
        level == level_number (field_tags[r].level, ref->part, pub_host))
      {
        *field = field_tags[r].field;
        return TRUE;
      }
  /* Facts about the host that have no host-specific field of their own
   * (publisher of the book, volume of the journal) describe the record. */
  for (guint r = 0; r < G_N_ELEMENTS (field_tags); r++)
    if (strcmp (tag, field_tags[r].tag) == 0 && field_tags[r].level != LV_ORIG &&
        strcmp (tag, "TITLE") != 0 && strcmp (tag, "SHORTTITLE") != 0 &&
        strcmp (tag, "SUBTITLE") != 0 && level >= LEVEL_MAIN)
      {
        *field = field_tags[r].field;
        return TRUE;
      }
  for (guint r = 0; r < G_N_ELEMENTS (field_aliases); r++)
    if (strcmp (tag, field_aliases[r].tag) == 0)
      {
        *field = field_aliases[r].field;
        return TRUE;
      }
  return FALSE;
}

/* Appends @value to a field, joining repeated values the way the field's
 * consumers expect (keywords as a comma list, notes as paragraphs). */
static void
add_field_value (CkRecord *rec, CkField field, const char *value)
{
  const char *old = ck_record_get (rec, field);
  const char *sep;

  if (!old)
    {
      ck_record_set (rec, field, value);
      return;
    }
  if (field == CK_FIELD_KEYWORD)
    sep = ", ";
  else if (field == CK_FIELD_NOTE || field == CK_FIELD_ANNOTE || field == CK_FIELD_ABSTRACT)
    sep = "\n";
  else
    return;   /* first value wins, like every bibutils writer */
  ck_record_take (rec, field, g_strconcat (old, sep, value, NULL));
}

static void
add_extra (CkRecord *rec, const char *tag, int level, const char *value)
{
  g_autofree char *key = level == LEVEL_MAIN ? g_strconcat ("bibutils:", tag, NULL)
                                             : g_strdup_printf ("bibutils:%s@%d", tag, level);
  const char *old = ck_record_get_extra (rec, key);
  if (old)
    {
      g_autofree char *joined = g_strconcat (old, "; ", value, NULL);
      ck_record_set_extra (rec, key, joined);
    }
  else
    ck_record_set_extra (rec, key, value);
}

typedef struct {
  const char *year, *month, *day;
} DateParts;

static void
take_date (CkRecord *rec, CkDateKind kind, const DateParts *dp)
{
  if (!dp->year)
    return;
  g_autofree char *text = g_strdup_printf ("%s%s%s%s%s", dp->year,
                                           dp->month ? "-" : "", dp->month ? dp->month : "",
                                           dp->month && dp->day ? "-" : "",
                                           dp->month && dp->day ? dp->day : "");
  CkDate *date = NULL;
  char *endp = NULL;
  long y = strtol (dp->year, &endp, 10);
  if (endp && *endp == '\0' && y > 0 && y < 10000)
    {
      long m = dp->month ? strtol (dp->month, &endp, 10) : 0;
      if (dp->month && (*endp != '\0' || m < 1 || m > 12))
        m = ck_month_from_name (dp->month, strlen (dp->month));
      long d = dp->day && m ? strtol (dp->day, NULL, 10) : 0;
      date = ck_date_new_ymd ((int) y, (int) m, (d >= 1 && d <= 31) ? (int) d : 0);
    }
  else
    date = ck_date_parse (text);
  if (!date)
    {
      date = ck_date_new ();
      date->literal = g_strdup (dp->year);
    }
  ck_record_take_date (rec, kind, date);
}

static CkRecord *
record_from_bu (fields *f)
{
  BuRef ref = { f, infer_type (f), FALSE };
  CkRecord *rec;
  DateParts issued = { NULL, NULL, NULL }, part = { NULL, NULL, NULL };
  const char *start = NULL, *stop = NULL;

  ref.part = type_is_part (ref.type) || fields_maxlevel (f) >= LEVEL_SERIES;
  rec = ck_record_new (ref.type);
  if (ref.type == CK_TYPE_THESIS && thesis_genre (f))
    ck_record_set (rec, CK_FIELD_GENRE, thesis_genre (f));

  for (int i = 0; i < fields_num (f); i++)
    {
      const char *tag = bu_tag (f, i);
      const char *value = bu_value (f, i);
      int level = fields_level (f, i);
      CkField field;
      CkRole role;
      gboolean literal;

      if (!value || !*value || is_type_tag (tag))
        continue;
      if (strcmp (tag, "REFNUM") == 0 && level == LEVEL_MAIN)
        ck_record_set_key (rec, value);
      else if (name_role (&ref, tag, level, &role, &literal))
        {
          /* libbibutils files every one-word person name "as is"
           * ("%A Gramsci" → AUTHOR:ASIS); a single word is a family name. */
          if (literal && g_str_has_suffix (tag, ":ASIS") && !strpbrk (value, " \t"))
            literal = FALSE;
          ck_record_take_name (rec, name_from_bu (role, value, literal));
        }
      else if (g_str_has_prefix (tag, "DATE:") || g_str_has_prefix (tag, "PARTDATE:"))
        {
          DateParts *dp = g_str_has_prefix (tag, "DATE:") ? &issued : &part;
          const char *what = strchr (tag, ':') + 1;
          if (strcmp (what, "YEAR") == 0 && !dp->year)
            dp->year = value;
          else if (strcmp (what, "MONTH") == 0 && !dp->month)
            dp->month = value;
          else if (strcmp (what, "DAY") == 0 && !dp->day)
            dp->day = value;
          else
            add_extra (rec, tag, level, value);
        }
      else if (strcmp (tag, "PAGES:START") == 0 && !start)
        start = value;
      else if (strcmp (tag, "PAGES:STOP") == 0 && !stop)
        stop = value;
      else if (strcmp (tag, "SUBTITLE") == 0 && level != LEVEL_MAIN)
        {
          /* a host's subtitle joins the host's title */
          CkField host_field;
          if (field_for_tag (&ref, "TITLE", level, &host_field) && ck_record_get (rec, host_field))
            {
              g_autofree char *t = g_strconcat (ck_record_get (rec, host_field), ": ", value, NULL);
              ck_record_set (rec, host_field, t);
            }
          else
            add_extra (rec, tag, level, value);
        }
      else if (field_for_tag (&ref, tag, level, &field))
        add_field_value (rec, field, value);
      else if (strcmp (tag, "URLDATE") == 0 || strcmp (tag, "ACCESSDATE") == 0)
        {
          CkDate *d = ck_date_parse (value);
          if (d && !ck_record_get_date (rec, CK_DATE_ACCESSED))
            ck_record_take_date (rec, CK_DATE_ACCESSED, d);
          else
            {
              ck_date_free (d);
              add_extra (rec, tag, level, value);
            }
        }
      else if (strcmp (tag, "GENRE:UNKNOWN") == 0 && !ck_record_has (rec, CK_FIELD_GENRE))
        ck_record_set (rec, CK_FIELD_GENRE, value);
      else
        add_extra (rec, tag, level, value);
    }

  take_date (rec, CK_DATE_ISSUED, issued.year ? &issued : &part);
  if (start || stop)
    {
      g_autofree char *pages = start && stop ? g_strconcat (start, "-", stop, NULL)
                                             : g_strdup (start ? start : stop);
      ck_record_set (rec, CK_FIELD_PAGES, pages);
    }
  return rec;
}

static gboolean
bridge_read (const BridgeSpec *spec, const char *data, gsize len, const char *source,
             const CkReadOptions *options, CkRecordFunc func, gpointer user_data,
             GError **error)
{
  param p;
  bibl b;
  Capture cap;
  FILE *fp;
  int status;
  gboolean ok = TRUE;

  g_autoptr(GArray) record_lines = NULL;
  g_autoptr(GString) prepared = ck_bridge_input_prepare (&spec->input, data, len, source, options,
                                                         &record_lines, error);
  if (!prepared)
    return FALSE;
  if (prepared->len == 0)
    return TRUE;   /* nothing to read is not an error */
  data = prepared->str;
  len = prepared->len;
  g_mutex_lock (&bridge_lock);
  if (!bridge_params (&p, spec->in_init, modsout_initparams))
    {
      bibl_freeparams (&p);
      g_mutex_unlock (&bridge_lock);
      g_set_error (error, CK_ERROR, CK_ERROR_FAILED, "%s: cannot set up the %s reader", source, spec->label);
      return FALSE;
    }
  /* Everything was checked (or converted) to UTF-8 above. */
  p.charsetin = BIBL_CHARSET_UNICODE;
  p.charsetin_src = BIBL_SRC_USER;
  p.utf8in = 1;

  bibl_init (&b);
  fp = fmemopen ((void *) data, len, "r");
  if (!fp)
    {
      int saved = errno;
      bibl_freeparams (&p);
      g_mutex_unlock (&bridge_lock);
      g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s: %s", source, g_strerror (saved));
      return FALSE;
    }
  capture_begin (&cap);
  {
    g_autofree char *name = g_strdup (source);
    status = bibl_read (&b, fp, name, &p);
  }
  capture_end (&cap, options->diag, source, record_lines);
  fclose (fp);
  bibl_freeparams (&p);
  g_mutex_unlock (&bridge_lock);

  if (status != BIBL_OK)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_PARSE, "%s:1:1: libbibutils could not read this as %s (%s)",
                   source, spec->label, bridge_status_text (status));
      ok = FALSE;
    }
  else if (b.n == 0)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_PARSE, "%s:1:1: expected %s records, found none",
                   source, spec->label);
      ok = FALSE;
    }

  for (long i = 0; ok && i < b.n; i++)
    {
      g_autoptr(CkRecord) rec = record_from_bu (b.ref[i]);
      if (!func (rec, user_data, error))
        ok = FALSE;
    }
  bibl_free (&b);
  return ok;
}

/* ------------------------------------------------------------------ */
/* Writing: CkRecord -> bibutils fields                                */

typedef struct {
  const BridgeSpec *spec;
  param             p;
  gboolean          ready;
} BridgeWriter;

/* A fields list plus, for each entry, the canonical name it came from
 * (NULL for type markers), so unused entries can be reported. */
typedef struct {
  fields    *f;
  GPtrArray *origin;
  gboolean   failed;
  int        note_index;   /* the NOTES entry, or -1 */
  GPtrArray *folded;       /* fields appended to the note (borrowed names) */
} Builder;

/* Loss reports name fields the way users know them: CSL's private
 * "_price" is "price". */
static const char *
display_name (const char *csl)
{
  return csl[0] == '_' ? csl + 1 : csl;
}

static void
builder_add (Builder *bld, const char *tag, const char *value, int level, const char *origin)
{
  if (!value || !*value)
    return;
  /* Every bibutils writer puts one value on one tagged line (or into XML
   * as is): line breaks and control characters would break the output. */
  g_autofree char *flat = g_strdup (value);
  for (char *c = flat; *c; c++)
    if ((guchar) *c < 0x20 || *c == 0x7f)
      *c = ' ';
  int before = fields_num (bld->f);
  /* can_dup: two co-authors with the same name are two people */
  if (_fields_add (bld->f, tag, flat, NULL, level, FIELDS_CAN_DUP) != FIELDS_OK)
    {
      bld->failed = TRUE;
      return;
    }
  if (fields_num (bld->f) > before)
    g_ptr_array_add (bld->origin, g_strdup (origin));
}

/* '|' separates name parts in bibutils; one inside a part would split it. */
static void
append_name_part (GString *s, const char *sep, const char *part)
{
  g_string_append (s, sep);
  for (const char *p = part; *p; p++)
    g_string_append_c (s, *p == '|' ? '/' : *p);
}

/* CkName -> "Family|Given|Given||Suffix", or the literal for an
 * institution (@literal set). */
static char *
name_to_bu (const CkName *name, gboolean *literal)
{
  GString *s;

  *literal = FALSE;
  if (name->literal || !name->family)
    {
      *literal = TRUE;
      return g_strdup (name->literal ? name->literal : (name->given ? name->given : ""));
    }
  s = g_string_new (NULL);
  if (name->particle)
    {
      append_name_part (s, "", name->particle);
      g_string_append_c (s, ' ');
    }
  append_name_part (s, "", name->family);
  if (name->given)
    {
      g_auto(GStrv) parts = g_strsplit_set (name->given, " \t", -1);
      for (guint i = 0; parts[i]; i++)
        if (*parts[i])
          append_name_part (s, "|", parts[i]);
    }
  if (name->suffix)
    append_name_part (s, "||", name->suffix);
  return g_string_free (s, FALSE);
}

static void
add_marks (Builder *bld, const BridgeMark *marks, guint n)
{
  for (guint i = 0; i < n && marks[i].tag; i++)
    {
      const char *tag = marks[i].tag;
      if (strcmp (tag, "GENRE") == 0)
        tag = is_marc_genre (marks[i].value) ? "GENRE:MARC"
            : is_bu_genre (marks[i].value)   ? "GENRE:BIBUTILS" : "GENRE:UNKNOWN";
      builder_add (bld, tag, marks[i].value, marks[i].level, NULL);
    }
}

static void
add_type (Builder *bld, CkRecord *rec)
{
  CkType type = ck_record_get_type (rec);

  for (guint r = 0; r < G_N_ELEMENTS (type_marks); r++)
    if (type_marks[r].type == type)
      {
        add_marks (bld, type_marks[r].marks, G_N_ELEMENTS (type_marks[r].marks));
        if (type == CK_TYPE_THESIS)
          {
            const char *genre = ck_record_get (rec, CK_FIELD_GENRE);
            if (genre && is_bu_genre (genre))
              builder_add (bld, "GENRE:BIBUTILS", genre, LEVEL_MAIN, NULL);
          }
        return;
      }
  add_marks (bld, default_marks, G_N_ELEMENTS (default_marks));
}

static void
add_date (Builder *bld, const CkDate *date, gboolean part, const char *origin)
{
  const char *prefix = part ? "PARTDATE" : "DATE";
  char buf[16];

  if (!date)
    return;
  if (date->year <= 0)
    {
      /* no year: keep the text where a human reader of the output finds it */
      g_autofree char *tag = g_strconcat (prefix, ":YEAR", NULL);
      g_autofree char *text = ck_date_to_display (date);
      builder_add (bld, tag, text, LEVEL_MAIN, origin);
      return;
    }
  g_snprintf (buf, sizeof buf, "%d", date->year);
  {
    g_autofree char *tag = g_strconcat (prefix, ":YEAR", NULL);
    builder_add (bld, tag, buf, LEVEL_MAIN, origin);
  }
  if (date->month > 0)
    {
      g_autofree char *tag = g_strconcat (prefix, ":MONTH", NULL);
      g_snprintf (buf, sizeof buf, "%02d", date->month);
      builder_add (bld, tag, buf, LEVEL_MAIN, origin);
    }
  if (date->month > 0 && date->day > 0)
    {
      g_autofree char *tag = g_strconcat (prefix, ":DAY", NULL);
      g_snprintf (buf, sizeof buf, "%02d", date->day);
      builder_add (bld, tag, buf, LEVEL_MAIN, origin);
    }
}

/* Splits "101-119" (hyphen, en dash or "--") into start and stop. */
static void
add_pages (Builder *bld, const char *pages)
{
  const char *dash = NULL;
  gsize dash_len = 0;

  for (const char *p = pages; *p; p = g_utf8_next_char (p))
    if (*p == '-' || g_str_has_prefix (p, "\xE2\x80\x93"))
      {
        dash = p;
        dash_len = *p == '-' ? 1 : 3;
        while (dash[dash_len] == '-')
          dash_len++;
        break;
      }
  if (!dash || dash == pages)
    {
      builder_add (bld, "PAGES:START", pages, LEVEL_MAIN, "page");
      return;
    }
  g_autofree char *start = g_strstrip (g_strndup (pages, dash - pages));
  g_autofree char *stop = g_strstrip (g_strdup (dash + dash_len));
  builder_add (bld, "PAGES:START", start, LEVEL_MAIN, "page");
  builder_add (bld, "PAGES:STOP", stop, LEVEL_MAIN, "page");
}

/* Every canonical field the record has that the tables do not cover is
 * reported lost right away; returns the builder's field list. */
static void
build_fields (Builder *bld, CkRecord *rec, GPtrArray *unmapped)
{
  CkType type = ck_record_get_type (rec);
  gboolean part = type_is_part (type) || ck_record_has (rec, CK_FIELD_CONTAINER_TITLE);
  gboolean pub_host = type_pub_at_host (type);

  add_type (bld, rec);
  builder_add (bld, "REFNUM", ck_record_get_key (rec), LEVEL_MAIN, "key");

  for (guint i = 0; i < ck_record_get_n_names (rec); i++)
    {
      const CkName *name = ck_record_get_name (rec, i);
      const char *role = ck_role_to_csl (name->role);
      gboolean found = FALSE;
      for (guint r = 0; r < G_N_ELEMENTS (role_tags) && !found; r++)
        if (role_tags[r].role == name->role)
          {
            gboolean literal;
            g_autofree char *value = name_to_bu (name, &literal);
            g_autofree char *tag = literal ? g_strconcat (role_tags[r].tag, ":CORP", NULL)
                                           : g_strdup (role_tags[r].tag);
            int level = level_number (role_tags[r].level, part, FALSE);
            builder_add (bld, tag, value, level, role);
            found = TRUE;
          }
      if (!found)
        g_ptr_array_add (unmapped, g_strdup (role));
    }

  add_date (bld, ck_record_get_date (rec, CK_DATE_ISSUED), part, "issued");
  for (int k = 0; k < CK_DATE_N_KINDS; k++)
    if (k != CK_DATE_ISSUED && ck_record_get_date (rec, k))
      {
        if (k == CK_DATE_ACCESSED)
          {
            g_autofree char *iso = ck_date_to_iso (ck_record_get_date (rec, k));
            builder_add (bld, "URLDATE", iso, LEVEL_MAIN, ck_date_kind_to_csl (k));
          }
        else
          g_ptr_array_add (unmapped, g_strdup (ck_date_kind_to_csl (k)));
      }

  /* Binding and price have no tag anywhere in bibutils; like the RIS and
   * CSL-JSON writers (and Zotero), they join the note: "Paperback, $19.95". */
  {
    const char *note = ck_record_get (rec, CK_FIELD_NOTE);
    const char *binding = ck_record_get (rec, CK_FIELD_BINDING);
    const char *price = ck_record_get (rec, CK_FIELD_PRICE);
    g_autofree char *tail = binding && price ? g_strconcat (binding, ", ", price, NULL)
                                             : g_strdup (binding ? binding : price);
    g_autofree char *text = note && tail ? g_strconcat (note, " ", tail, NULL)
                                         : g_strdup (note ? note : tail);
    if (binding)
      g_ptr_array_add (bld->folded, (gpointer) display_name (ck_field_to_csl (CK_FIELD_BINDING)));
    if (price)
      g_ptr_array_add (bld->folded, (gpointer) display_name (ck_field_to_csl (CK_FIELD_PRICE)));
    if (text)
      {
        bld->note_index = fields_num (bld->f);
        builder_add (bld, "NOTES", text, LEVEL_MAIN, note ? ck_field_to_csl (CK_FIELD_NOTE) : NULL);
      }
  }

  for (int fld = 0; fld < CK_FIELD_N_FIELDS; fld++)
    {
      const char *value = ck_record_get (rec, fld);
      const char *csl = display_name (ck_field_to_csl (fld));
      gboolean found = FALSE;

      if (!value || fld == CK_FIELD_NOTE || fld == CK_FIELD_BINDING || fld == CK_FIELD_PRICE)
        continue;
      if (fld == CK_FIELD_PAGES)
        {
          add_pages (bld, value);
          continue;
        }
      if (fld == CK_FIELD_GENRE && type == CK_TYPE_THESIS && is_bu_genre (value))
        continue;   /* already a type marker */
      for (guint r = 0; r < G_N_ELEMENTS (field_tags); r++)
        {
          if (field_tags[r].field != (CkField) fld)
            continue;
          found = TRUE;
          if (fld == CK_FIELD_KEYWORD)
            {
              g_auto(GStrv) words = g_strsplit_set (value, ",;", -1);
              for (guint w = 0; words[w]; w++)
                builder_add (bld, "KEYWORD", g_strstrip (words[w]), LEVEL_MAIN, csl);
            }
          else if (fld == CK_FIELD_AUTHORITY && type != CK_TYPE_THESIS)
            {
              /* a report's institution is its publisher in bibutils */
              if (!ck_record_has (rec, CK_FIELD_PUBLISHER))
                builder_add (bld, "PUBLISHER", value, LEVEL_MAIN, csl);
              else
                g_ptr_array_add (unmapped, g_strdup (csl));
            }
          else
            builder_add (bld, field_tags[r].tag, value,
                         level_number (field_tags[r].level, part, pub_host), csl);
          break;
        }
      if (!found)
        g_ptr_array_add (unmapped, g_strdup (csl));
    }

  for (guint i = 0; i < ck_record_get_n_extras (rec); i++)
    {
      const char *key = ck_record_get_extra_key (rec, i);
      const char *value = ck_record_get_extra_value (rec, i);
      if (g_str_has_prefix (key, "bibutils:"))
        {
          g_autofree char *tag = g_strdup (key + strlen ("bibutils:"));
          char *at = strrchr (tag, '@');
          int level = LEVEL_MAIN;
          if (at && (g_ascii_isdigit (at[1]) || (at[1] == '-' && g_ascii_isdigit (at[2]))))
            {
              level = atoi (at + 1);   /* -2 = LEVEL_ORIG, the original work */
              *at = '\0';
            }
          if (*tag && level <= LEVEL_SERIES && level >= LEVEL_ORIG)
            builder_add (bld, tag, value, level, key);
        }
      else if (strstr (key, ":@") || g_str_has_prefix (key, "latex:"))
        continue;   /* a reader's bookkeeping ("bibtex:@aliases") or another
                     * spelling of a field written above ("latex:title") */
      else
        g_ptr_array_add (unmapped, g_strdup (key));
    }
}

static gpointer
bridge_writer_new (const BridgeSpec *spec)
{
  BridgeWriter *w = g_new0 (BridgeWriter, 1);
  w->spec = spec;
  g_mutex_lock (&bridge_lock);
  w->ready = bridge_params (&w->p, modsin_initparams, spec->out_init);
  g_mutex_unlock (&bridge_lock);
  w->p.charsetout = BIBL_CHARSET_UNICODE;
  w->p.charsetout_src = BIBL_SRC_USER;
  w->p.utf8out = 1;
  w->p.utf8bom = 0;
  return w;
}

static void
bridge_writer_free (gpointer state)
{
  BridgeWriter *w = state;
  if (!w)
    return;
  g_mutex_lock (&bridge_lock);
  bibl_freeparams (&w->p);
  g_mutex_unlock (&bridge_lock);
  g_free (w);
}

/* bibl_write() assembles each record into a scratch fields list that it
 * frees before the next record but never after the last one: a leak per
 * call, and this writer calls once per record.  The scratch list is only
 * read by writef, so a wrapper empties it right after (fields_free leaves
 * it initialised, so the library's own free stays harmless).  Set only
 * while bridge_lock is held. */
static int (*real_writef) (fields *, FILE *, param *, unsigned long);

static int
writef_and_release (fields *out, FILE *fp, param *p, unsigned long refnum)
{
  int status = real_writef (out, fp, p, refnum);
  fields_free (out);
  return status;
}

/* Runs bibl_write on @b into @out; @header / @footer say whether the
 * format's document header and footer are written this time. */
static gboolean
bridge_write_bibl (BridgeWriter *w, bibl *b, gboolean header, gboolean footer,
                   GString *out, CkDiag *diag, GError **error)
{
  void (*headerf) (FILE *, param *) = w->p.headerf;
  void (*footerf) (FILE *) = w->p.footerf;
  char *buf = NULL;
  size_t size = 0;
  FILE *fp;
  Capture cap;
  int status;

  if (!w->ready)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_FAILED, "cannot set up the %s writer", w->spec->label);
      return FALSE;
    }
  fp = open_memstream (&buf, &size);
  if (!fp)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s writer: %s", w->spec->label, g_strerror (errno));
      return FALSE;
    }
  g_mutex_lock (&bridge_lock);
  w->p.headerf = header ? headerf : NULL;
  w->p.footerf = footer ? footerf : NULL;
  if (w->p.assemblef)   /* without it, writef gets our own record */
    {
      real_writef = w->p.writef;
      w->p.writef = writef_and_release;
    }
  capture_begin (&cap);
  status = bibl_write (b, fp, &w->p);
  capture_end (&cap, diag, NULL, NULL);
  if (w->p.writef == writef_and_release)
    w->p.writef = real_writef;
  w->p.headerf = headerf;
  w->p.footerf = footerf;
  g_mutex_unlock (&bridge_lock);
  if (fclose (fp) != 0 && status == BIBL_OK)
    status = BIBL_ERR_MEMERR;
  if (status == BIBL_OK && buf)
    g_string_append_len (out, buf, size);
  free (buf);
  if (status != BIBL_OK)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_FAILED, "libbibutils failed to write %s (%s)",
                   w->spec->label, bridge_status_text (status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
bridge_begin (gpointer state, const CkWriteOptions *options, GString *out, GError **error)
{
  bibl empty;
  bibl_init (&empty);
  return bridge_write_bibl (state, &empty, TRUE, FALSE, out, options->diag, error);
}

static gboolean
bridge_end (gpointer state, const CkWriteOptions *options, GString *out, GError **error)
{
  bibl empty;
  bibl_init (&empty);
  return bridge_write_bibl (state, &empty, FALSE, TRUE, out, options->diag, error);
}

/* The ISI and NBIB writers abbreviate given names to their first *byte*,
 * which cuts a non-ASCII initial ("Øystein" -> "\xC3") into invalid UTF-8.
 * Each stray lead byte in what the library wrote for @rec (from @start on)
 * is put back together with the initial it was cut from, found among the
 * record's given names; anything else invalid becomes U+FFFD. */
static void
repair_utf8 (GString *out, gsize start, CkRecord *rec)
{
  g_autoptr(GPtrArray) initials = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) fixed = NULL;
  const char *p, *end, *bad;

  if (g_utf8_validate_len (out->str + start, out->len - start, NULL))
    return;
  for (guint i = 0; i < ck_record_get_n_names (rec); i++)
    {
      const char *given = ck_record_get_name (rec, i)->given;
      g_auto(GStrv) parts = given ? g_strsplit_set (given, " -.", -1) : NULL;
      for (guint j = 0; parts && parts[j]; j++)
        if ((guchar) parts[j][0] >= 0xC0)
          g_ptr_array_add (initials, g_strndup (parts[j], g_utf8_next_char (parts[j]) - parts[j]));
    }

  fixed = g_string_sized_new (out->len - start + 16);
  p = out->str + start;
  end = out->str + out->len;
  while (!g_utf8_validate_len (p, end - p, &bad))
    {
      const char *with = "\xEF\xBF\xBD";
      g_string_append_len (fixed, p, bad - p);
      for (guint i = 0; i < initials->len; i++)
        {
          const char *initial = g_ptr_array_index (initials, i);
          if (initial[0] == *bad)
            {
              with = initial;
              break;
            }
        }
      g_string_append (fixed, with);
      p = bad + 1;
    }
  g_string_append_len (fixed, p, end - p);
  g_string_truncate (out, start);
  g_string_append_len (out, fixed->str, fixed->len);
}

static gboolean
add_unique (GPtrArray *seen, const char *name)
{
  for (guint i = 0; i < seen->len; i++)
    if (strcmp (g_ptr_array_index (seen, i), name) == 0)
      return FALSE;
  g_ptr_array_add (seen, (gpointer) name);
  return TRUE;
}

static gboolean
bridge_record (gpointer state, const CkWriteOptions *options, GString *out,
               CkRecord *rec, GError **error)
{
  BridgeWriter *w = state;
  g_autoptr(GPtrArray) unmapped = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) lost = g_ptr_array_new ();
  g_autoptr(GPtrArray) folded = g_ptr_array_new ();
  Builder bld = { fields_new (), g_ptr_array_new_with_free_func (g_free), FALSE, -1, folded };
  bibl b;
  gboolean ok;

  if (!bld.f)
    {
      g_ptr_array_unref (bld.origin);
      g_set_error (error, CK_ERROR, CK_ERROR_FAILED, "out of memory");
      return FALSE;
    }
  build_fields (&bld, rec, unmapped);
  bibl_init (&b);
  if (bld.failed || bibl_addref (&b, bld.f) != BIBL_OK)
    {
      fields_delete (bld.f);
      g_ptr_array_unref (bld.origin);
      g_set_error (error, CK_ERROR, CK_ERROR_FAILED, "out of memory");
      return FALSE;
    }
  fields_clear_used (bld.f);
  {
    gsize start = out->len;
    ok = bridge_write_bibl (w, &b, FALSE, FALSE, out, options->diag, error);
    if (ok)
      repair_utf8 (out, start, rec);
    /* NBIB readers (libbibutils' own among them) start a record at its
     * PMID line; a record with no PMID gets an empty one so that what we
     * write can be read back. */
    if (ok && w->spec->input.record_start && out->len > start &&
        !g_str_has_prefix (out->str + start + strspn (out->str + start, "\n"), w->spec->input.record_start))
      {
        gsize at = start + strspn (out->str + start, "\n");
        g_string_insert (out, at, "PMID- \n");
      }
  }

  /* What the writer never looked at did not reach the output. */
  for (guint i = 0; ok && i < (guint) fields_num (bld.f) && i < bld.origin->len; i++)
    {
      const char *origin = g_ptr_array_index (bld.origin, i);
      if (origin && !fields_used (bld.f, i))
        add_unique (lost, origin);
    }
  for (guint i = 0; i < unmapped->len; i++)
    add_unique (lost, g_ptr_array_index (unmapped, i));
  for (guint i = 0; ok && i < folded->len; i++)
    {
      const char *name = g_ptr_array_index (folded, i);
      if (bld.note_index >= 0 && fields_used (bld.f, bld.note_index))
        {
          if (options->diag)
            ck_diag_add_loss (options->diag, name, w->spec->label, "written to the note");
        }
      else
        add_unique (lost, name);
    }

  for (guint i = 0; ok && i < lost->len; i++)
    {
      const char *name = g_ptr_array_index (lost, i);
      if (options->diag)
        ck_diag_add_loss (options->diag, name, w->spec->label, NULL);
      if (options->flags & CK_WRITE_STRICT)
        {
          g_set_error (error, CK_ERROR, CK_ERROR_LOSS, "%s: field '%s' has no place in %s",
                       ck_record_get_key (rec) ? ck_record_get_key (rec) : "record",
                       name, w->spec->label);
          ok = FALSE;
        }
    }
  bibl_free (&b);   /* frees bld.f */
  g_ptr_array_unref (bld.origin);
  return ok;
}

/* ------------------------------------------------------------------ */
/* Probes                                                              */

/* The first @max non-blank lines of @data, for line-oriented probes. */
static gboolean
line_starts_with (const char *data, gsize len, const char *prefix, guint max)
{
  const char *p = data, *end = data + len;
  gsize plen = strlen (prefix);
  guint seen = 0;

  if (len >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (p < end && seen < max)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *eol = nl ? nl : end;
      if (eol > p && !(eol - p == 1 && *p == '\r'))
        {
          if ((gsize) (eol - p) >= plen && memcmp (p, prefix, plen) == 0)
            return TRUE;
          seen++;
        }
      p = nl ? nl + 1 : end;
    }
  return FALSE;
}

static gboolean
contains (const char *data, gsize len, const char *needle)
{
  return g_strstr_len (data, len, needle) != NULL;
}

static int
probe_endnote (const char *data, gsize len)
{
  if (line_starts_with (data, len, "%0 ", 5))
    return 70;
  if (line_starts_with (data, len, "%A ", 5) && line_starts_with (data, len, "%T ", 40))
    return 50;
  return 0;
}

static int
probe_endnotexml (const char *data, gsize len)
{
  if (contains (data, len, "<records>") && contains (data, len, "<record>") &&
      (contains (data, len, "<ref-type") || contains (data, len, "<xml>")))
    return 80;
  return 0;
}

static int
probe_isi (const char *data, gsize len)
{
  if (line_starts_with (data, len, "FN ", 2) && contains (data, len, "\nPT "))
    return 80;
  if (line_starts_with (data, len, "PT ", 3) && contains (data, len, "\nER"))
    return 60;
  return 0;
}

static int
probe_medline (const char *data, gsize len)
{
  if (contains (data, len, "<PubmedArticleSet") || contains (data, len, "<MedlineCitationSet") ||
      contains (data, len, "<PubmedArticle>"))
    return 80;
  return 0;
}

static int
probe_nbib (const char *data, gsize len)
{
  if (line_starts_with (data, len, "PMID- ", 3))
    return 80;
  return 0;
}

static int
probe_copac (const char *data, gsize len)
{
  if (line_starts_with (data, len, "TI- ", 3) || line_starts_with (data, len, "AU- ", 3))
    return 50;
  return 0;
}

static int
probe_ebi (const char *data, gsize len)
{
  if (contains (data, len, "<Publication ") && contains (data, len, "Type=\""))
    return 60;
  return 0;
}

static int
probe_word (const char *data, gsize len)
{
  if (contains (data, len, "officeDocument/2006/bibliography") || contains (data, len, "<b:Sources"))
    return 80;
  return 0;
}

/* ------------------------------------------------------------------ */
/* The CkFormat descriptions                                           */

#define BRIDGE_READER(id)                                                          \
  static gboolean read_##id (const char *data, gsize len, const char *source,      \
                             const CkReadOptions *options, CkRecordFunc func,       \
                             gpointer user_data, GError **error)                    \
  {                                                                                \
    return bridge_read (&spec_##id, data, len, source, options, func, user_data,   \
                        error);                                                    \
  }

#define BRIDGE_WRITER(id)                                                          \
  static gpointer writer_new_##id (const CkWriteOptions *options)                  \
  {                                                                                \
    return bridge_writer_new (&spec_##id);                                         \
  }                                                                                \
  static const CkFormatWriter writer_##id = {                                      \
    writer_new_##id, bridge_writer_free, bridge_begin, bridge_record, bridge_end,  \
  };

BRIDGE_READER (endnote)
BRIDGE_READER (endnotexml)
BRIDGE_READER (isi)
BRIDGE_READER (medline)
BRIDGE_READER (nbib)
BRIDGE_READER (copac)
BRIDGE_READER (ebi)
BRIDGE_READER (word)

BRIDGE_WRITER (endnote)
BRIDGE_WRITER (isi)
BRIDGE_WRITER (nbib)
BRIDGE_WRITER (word)
BRIDGE_WRITER (ads)

static const char * const endnote_ext[]    = { "enw", "end", "refer", NULL };
static const char * const endnote_alias[]  = { "refer", "enw", "end", NULL };
static const char * const endnotexml_ext[] = { "xml", NULL };
static const char * const endnotexml_alias[] = { "endx", "endnote-xml", NULL };
static const char * const isi_ext[]        = { "isi", "ciw", NULL };
static const char * const isi_alias[]      = { "wos", "ciw", NULL };
static const char * const medline_ext[]    = { "xml", NULL };
static const char * const medline_alias[]  = { "pubmedxml", "med", NULL };
static const char * const nbib_ext[]       = { "nbib", NULL };
static const char * const nbib_alias[]     = { "pubmed", NULL };
static const char * const copac_ext[]      = { "copac", NULL };
static const char * const ebi_ext[]        = { "xml", NULL };
static const char * const word_ext[]       = { "xml", NULL };
static const char * const word_alias[]     = { "word2007", "wordbib", NULL };
static const char * const ads_ext[]        = { "ads", NULL };
static const char * const ads_alias[]      = { "adsabs", NULL };

const CkFormat ck_format_endnote = {
  "endnote", "EndNote tagged (refer) export, via libbibutils", endnote_ext, endnote_alias,
  probe_endnote, read_endnote, &writer_endnote,
};
const CkFormat ck_format_endnotexml = {
  "endnotexml", "EndNote XML, via libbibutils", endnotexml_ext, endnotexml_alias,
  probe_endnotexml, read_endnotexml, NULL,
};
const CkFormat ck_format_isi = {
  "isi", "ISI / Web of Science tagged export, via libbibutils", isi_ext, isi_alias,
  probe_isi, read_isi, &writer_isi,
};
const CkFormat ck_format_medline = {
  "medline", "MEDLINE / PubMed XML, via libbibutils", medline_ext, medline_alias,
  probe_medline, read_medline, NULL,
};
const CkFormat ck_format_nbib = {
  "nbib", "PubMed NBIB (MEDLINE tagged), via libbibutils", nbib_ext, nbib_alias,
  probe_nbib, read_nbib, &writer_nbib,
};
const CkFormat ck_format_copac = {
  "copac", "COPAC tagged records, via libbibutils", copac_ext, NULL,
  probe_copac, read_copac, NULL,
};
const CkFormat ck_format_ebi = {
  "ebi", "EBI (European Bioinformatics Institute) XML, via libbibutils", ebi_ext, NULL,
  probe_ebi, read_ebi, NULL,
};
const CkFormat ck_format_word = {
  "word", "Word 2007 bibliography XML, via libbibutils", word_ext, word_alias,
  probe_word, read_word, &writer_word,
};
const CkFormat ck_format_ads = {
  "ads", "ADS (Astrophysics Data System) tagged, via libbibutils", ads_ext, ads_alias,
  NULL, NULL, &writer_ads,
};
