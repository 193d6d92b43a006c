/* scholar-shapes.h — small readers of the shapes scholarly references
 * take inside notes and reference lists (scholar-shapes.c), shared by the
 * reference detectors. */
#pragma once

#include "extract-private.h"

G_BEGIN_DECLS

/* "Title, Place: Publisher" with no stop before the imprint (Harvard):
 * the comma in [ts, te) after which only a known place, a colon and a
 * firm's capitalised words follow; @te when there is none. */
guint ck_place_publisher_tail (const CkExtractCtx *ctx, guint ts, guint te);

/* "Title, Given Family (tr.), Firm, 2018": the comma in [ts, te) that
 * opens a translator or editor marked by "(tr.)", "(trans.)", "(ed.)"
 * after the names; @te when there is none.  With @rec, the names go to
 * it with their role and *@after is set to the token after the mark. */
guint ck_names_role_mark_tail (const CkExtractCtx *ctx, guint ts, guint te, CkRecord *rec, guint *after);

/* ", Jr." / " Jr." / ", Sr." after a name ending at @k: the token after
 * the suffix, or @k. */
guint ck_name_suffix_end (const CkExtractCtx *ctx, guint k, guint limit);


/* Whether @rec and a record among @mentions (CkMention*) are two editions
 * of one title: both give a firm and a year, the firms differ (neither
 * name holds the other), and both name translators (or else editors) with
 * none in common.  "T (Oxford: Clarendon Press, 1977)" and "T,
 * Cambridge University Press, 2018" are two works. */
gboolean ck_distinct_edition_in (const CkRecord *rec, const GPtrArray *mentions);

/* "A Name and B Name (eds): Title: Subtitle" read as a header's title
 * and subtitle: the names become the editors and the rest the title.
 * Returns TRUE when it changed @rec (assemble.c's colon reader). */
gboolean ck_header_colon_editors (CkRecord *rec);

/* "Title, ed. A and B, Series Name, vol. 9 (…)": whether [s, e), the
 * segment between two commas read back from the imprint, is a series
 * title with a role statement before it (the comma at @s - 1 closes it).
 * Sets the collection title on @rec and returns TRUE. */
gboolean ck_series_after_roles (const CkExtractCtx *ctx, guint s, guint e, guint floor, CkRecord *rec);

/* "1951-2", "1951-52", "1951–2": the first year of a multi-volume
 * imprint's short range, or 0. */
int ck_short_year_range (const char *s);
/* "2 vols.", "3 volumes." at @k: the token after the stop, or @k. */
guint ck_volumes_statement_end (const CkExtractCtx *ctx, guint k, guint e);
/* "1960-1965" (a hyphen, a slash or an en dash, the second year no earlier
 * and within a century): the first year, or 0.  Read only as the last piece
 * of an imprint in brackets: alone it is a title's period or a life. */
int ck_full_year_range (const char *s);

/* "… from Holt, Title (Berlin, 1951)", "with Brun and Vey, Title (…)":
 * one or two surnames alone between a lower-case word and the comma at
 * @ts - 1 before a title, the short form of scholarly prose.  Appends the
 * authors to @names and returns TRUE. */
gboolean ck_surnames_cite_before (const CkExtractCtx *ctx, guint ts, guint floor, GPtrArray *names);

/* Whether token @k is a volume in roman numerals ("x", "lxxx", "XIV"). */
gboolean ck_roman_volume_tok (const CkExtractCtx *ctx, guint k);

/* The lawyers' citation of an article at @k, before @n: "(1978) 94
 * L.Q.R. 193".  Returns the page's token, or 0; sets the tokens of the
 * year, the volume and the journal's abbreviation [*js,*je). */
guint    ck_law_source (const CkExtractCtx *ctx, guint k, guint n, guint *y, guint *vol, guint *js, guint *je);

/* detect-classic-article.c: "A. Name's 'Title', C.Q. N.S. x (1960), 84-102". */
void ck_detect_classic_article (CkExtractCtx *ctx, const CkDetector *det);

/* "'Essay' - first printed in Book", "'Essay' (first published in Book":
 * the publication phrase after a quoted title at @j that leads to the
 * book's "in"; returns the token of that "in", or @j. */
guint ck_first_printed_in (const CkExtractCtx *ctx, guint j);

/* detect-with-paren.c: "his half of Title (with J. K. Name, 1973)". */
void ck_detect_with_paren (CkExtractCtx *ctx, const CkDetector *det);

/* "New Series", "Second Series", "3rd ser.": a periodical's series label
 * in [s, e), never a work's title. */
gboolean ck_series_label (const CkExtractCtx *ctx, guint s, guint e);
/* "Econ. Hist. Rev." at @s: two abbreviations or more, each with its stop
 * ("of", "and", "&" between them); the end after the last stop, or @s. */
guint ck_abbreviated_journal_end (const CkExtractCtx *ctx, guint s, guint e);

/* Words that name a publisher's series: "Harbour Series", "Occasional
 * Papers on Salt", "Fabian Tract". */
extern const char * const ck_series_words[];

/* "Harbour Series 4", "Occasional Papers on Salt, No. 17", "Fabian Tract
 * 355" at @s, before @e: a publisher's series and its number.  Returns
 * the series' end and sets *@num to the number's token, or returns @s. */
guint ck_series_numbered (const CkExtractCtx *ctx, guint s, guint e, guint *num);

/* "Notes" / "1. See A. Name, Title (…)": whether paragraph @pp opens with
 * a notes or references label alone on its line, numbered notes under
 * it: a section of notes, never a book's header. */
gboolean ck_para_opens_notes (const CkExtractCtx *ctx, const CkPara *pp);

/* Whether @s is a well-formed roman numeral in capitals ("XXXVII", not
 * "CIVIL" or "MID"). */
gboolean ck_roman_numeral_str (const char *s);

/* MLA's sentences between a title and its imprint: "Trans. A and B.",
 * "Ed. A.", "Translated by A." (the names go to @rec with their role)
 * and "1824-32." (the original's year, when more follows).  Reads them
 * from @k and returns the token after the last, or @k. */
guint ck_mla_middle_sentences (const CkExtractCtx *ctx, guint k, guint e, CkRecord *rec);

/* detect-narrative-cite.c: claims "Held and Vail (1989)" when the
 * reference list holds that entry; no record. */
void ck_detect_narrative_cite (CkExtractCtx *ctx, const CkDetector *det);
G_END_DECLS
