/* bibtex-private.h — the pieces of the BibTeX / biblatex format shared
 * between its files:
 *
 *   bibtex-lex.c    syntax: buffer → raw entries (@string, @comment, #, recovery)
 *   bibtex-names.c  "von Last, Jr, First" ⇄ CkName
 *   bibtex-map.c    the one field table, shared by reader and writer
 *   bibtex-read.c   raw entries → records (crossref/xdata, LaTeX → Unicode)
 *   bibtex-write.c  records → BibTeX / biblatex text
 *   bibtex.c        the two CkFormat descriptions
 */
#pragma once

#include "ck-format-private.h"

/* ---- raw syntax (bibtex-lex.c) ----------------------------------------- */

typedef struct {
  char  *name;    /* lower case: "title" */
  char  *value;   /* macros expanded, # joined, whitespace collapsed; LaTeX as written */
  gsize  offset;  /* of the name in the input (bt_lexer_position gives line:column) */
} BtField;

typedef struct {
  char      *type;     /* lower case: "article", "preamble" */
  char      *key;      /* as written; "" when absent */
  gsize      offset;   /* of its "@" */
  guint      macro_gen;/* @string definitions read before it */
  GPtrArray *fields;   /* BtField*, in file order; they and their strings
                        * live in the entry's chunks (bibtex-lex.c) */
  gpointer   chunks;
} BtEntry;

void      bt_entry_free      (BtEntry *entry);
/* The first field named @name (lower case), or NULL. */
BtField  *bt_entry_find      (const BtEntry *entry, const char *name);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BtEntry, bt_entry_free)

/* Called once per entry (including @preamble, type "preamble"); takes
 * ownership of @entry.  Return FALSE with @error set to stop. */
typedef gboolean (*BtEntryFunc) (BtEntry *entry, gpointer user_data, GError **error);

/* Parses @data.  Syntax errors cost only the entry they occur in: a
 * warning goes to options->diag and parsing resumes at the next "@" at the
 * start of a line.  Fatal: invalid UTF-8 or NUL (CK_ERROR_ENCODING), a
 * brace depth over options->max_depth or a value over options->max_field
 * (CK_ERROR_LIMIT). */
gboolean  bt_parse (const char *data, gsize len, const char *source,
                    const CkReadOptions *options, BtEntryFunc func,
                    gpointer user_data, GError **error);

/* The same scanner, pulled one entry at a time, for a reader that needs
 * more than one look at the input (crossref targets after their children).
 * bt_lexer_new validates and cleans the buffer (messages to options->diag);
 * bt_lexer_next sets *@out to the next entry or NULL at the end, FALSE on a
 * fatal error.  Positions are worked out only when asked for. */
typedef struct _BtLexer BtLexer;
BtLexer  *bt_lexer_new       (const char *data, gsize len, const char *source,
                              const CkReadOptions *options, GError **error);
void      bt_lexer_free      (BtLexer *lexer);
gboolean  bt_lexer_next      (BtLexer *lexer, BtEntry **out, GError **error);
/* Gives back an entry of this lexer's that the caller is done with, for
 * the lexer to reuse its memory (or frees it). */
void      bt_lexer_recycle   (BtLexer *lexer, BtEntry *entry);
/* Messages of later reads go to @diag (NULL: none). */
void      bt_lexer_set_diag  (BtLexer *lexer, CkDiag *diag);
guint     bt_lexer_macro_gen (const BtLexer *lexer);
/* A first pass: field values other than crossref/xdata come back as "". */
void      bt_lexer_set_skim  (BtLexer *lexer, gboolean skim);
/* Back to the start, macros as before the first @string. */
void      bt_lexer_rewind    (BtLexer *lexer);
/* The entry whose "@" is at @offset, read silently with the macros that
 * stood after @gen @string definitions; NULL when none. */
BtEntry  *bt_lexer_read_at   (BtLexer *lexer, gsize offset, guint gen);
void      bt_lexer_position  (BtLexer *lexer, gsize offset, guint *line, guint *column);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BtLexer, bt_lexer_free)

/* ck_latex_decode, with the common case made cheap: a value holding none of
 * the characters the decoder treats specially decodes to itself (the
 * decoder copies every other byte as it is), so it is only copied. */
char     *bt_decode (const char *text, gssize len, guint flags, guint *out_loss);

/* ---- names (bibtex-names.c) -------------------------------------------- */

/* Splits a name list at top-level " and ", parses each name in any BibTeX
 * form and appends CkNames with @role to @out.  *@out_others is set when the
 * list ends in "and others". */
void      bt_names_parse  (const char *value, CkRole role, GPtrArray *out, gboolean *out_others);
/* One name as BibTeX text ("von Last, Jr, First" or "{Literal Name}"),
 * LaTeX-escaped with @latex_flags (CkLatexEncodeFlags). */
void      bt_name_append  (GString *out, const CkName *name, guint latex_flags,
                           gboolean *out_unrepresentable);

/* ---- the field table (bibtex-map.c) ------------------------------------ */

typedef enum {
  BT_KIND_TEXT,      /* a CkField, LaTeX decoded */
  BT_KIND_VERBATIM,  /* a CkField, taken as is (url, doi) */
  BT_KIND_NAMES,     /* a CkRole name list */
  BT_KIND_DATE,      /* a CkDateKind from an ISO-like biblatex date */
  BT_KIND_YEAR,      /* year part of CK_DATE_ISSUED */
  BT_KIND_MONTH,     /* month part of CK_DATE_ISSUED */
  BT_KIND_DAY,       /* day part of CK_DATE_ISSUED */
} BtKind;

/* Dialects a row applies to. */
enum {
  BT_BIBTEX   = 1 << 0,
  BT_BIBLATEX = 1 << 1,
  BT_BOTH     = BT_BIBTEX | BT_BIBLATEX,
};

typedef struct {
  const char *name;     /* BibTeX field name, lower case */
  BtKind      kind;
  int         target;   /* CkField, CkRole or CkDateKind, by @kind */
  const char *types;    /* NULL = every entry type; else " article inproceedings " */
  guint       write;    /* dialects whose writer emits this row (0 = read only) */
  gboolean    nonstd;   /* a name no BibTeX style knows (kept for round trips) */
} BtFieldMap;

extern const BtFieldMap bt_field_map[];
extern const gsize      bt_field_map_len;

/* The row for reading @name in an entry of @type (per-type rows first). */
const BtFieldMap *bt_map_lookup (const char *type, const char *name);
/* The row the writer of @dialect uses for (@kind, @target) in an entry of
 * @type; a row whose name is listed in @aliases (space-separated, may be
 * NULL) wins over the dialect's default.  NULL when there is none. */
const BtFieldMap *bt_map_for_target (const char *type, BtKind kind, int target,
                                     guint dialect, const char *aliases);
/* The same questions by a type id (bt_map_type_id: any name, known or
 * not), answered from an index built once; what the reader asks for every
 * field.  bt_map_choice_id is bt_map_for_target for @row's slot with no
 * aliases. */
int               bt_map_type_id    (const char *type);
const BtFieldMap *bt_map_lookup_id  (int type_id, const char *name);
const BtFieldMap *bt_map_choice_id  (int type_id, const BtFieldMap *row, guint dialect);
/* TRUE when @row applies to entries of @type. */
gboolean          bt_map_applies (const BtFieldMap *row, const char *type);

typedef struct {
  const char *name;     /* "incollection" */
  CkType      type;
  guint       write;    /* dialects whose writer uses this row for @type */
} BtTypeMap;

extern const BtTypeMap bt_type_map[];
extern const gsize     bt_type_map_len;

/* TRUE and *@out when @name (lower case) is a known entry type. */
gboolean    bt_type_lookup (const char *name, CkType *out);
/* The entry type to write for @type in @dialect. */
const char *bt_type_name   (CkType type, guint dialect);

/* ---- reader and writer (bibtex-read.c, bibtex-write.c) ------------------ */

gboolean  bt_read (const char *data, gsize len, const char *source, const CkReadOptions *options,
                   guint dialect, CkRecordFunc func, gpointer user_data, GError **error);
extern const CkFormatWriter bt_bibtex_writer;
extern const CkFormatWriter bt_biblatex_writer;
/* What the writer appends to note for Zotero ("Originally published as X.
 * Paperback, $19.95"), or NULL. */
char     *bt_note_suffix (const CkRecord *rec);

/* Extra keys the BibTeX reader and writer share (documented in bibtex-read.c). */
#define BT_EXTRA_PREFIX     "bibtex:"         /* "bibtex:timestamp" = an unknown field */
#define BT_EXTRA_LATEX      "latex:"          /* "latex:title" = the value as LaTeX */
#define BT_EXTRA_TYPE       "bibtex:@type"    /* entry type when the record type does not say it */
#define BT_EXTRA_OTHERS     "bibtex:@others"  /* "author editor": lists ending in "and others" */
#define BT_EXTRA_ALIASES    "bibtex:@aliases" /* field names used instead of the writer's choice */
#define BT_EXTRA_INHERITED  "bibtex:@inherited" /* fields that came from crossref/xdata */
