/* detect-extra.h — detectors that live in files of their own
 * (detect-*.c); each is one row of the table in detectors.c. */
#pragma once

#include "extract-private.h"

G_BEGIN_DECLS

/* detect-reflist.c: "Given Family, Title (Place: Publisher, Year)" note,
 * reading-list and syllabus entries, and Chicago journal articles. */
void ck_detect_reference_entry (CkExtractCtx *ctx, const CkDetector *det);
/* A book title between a reference entry's name and its imprint:
 * capitalised, mostly title case, no sentence inside (detect-reflist.c). */
gboolean ck_ref_title_ok (const CkExtractCtx *ctx, guint s, guint e);
/* venue-print-line.c: "A version of this review appears in print on DATE,
 * on Page P of the SECTION with the headline: H." */
void ck_detect_print_line (CkExtractCtx *ctx, const CkDetector *det);
/* detect-press-list.c: a press's seasonal list, "TITLE / Subtitle / By NAME / … / 456 pages. $7.50" */
void ck_detect_press_list (CkExtractCtx *ctx, const CkDetector *det);
/* detect-release.c: "TITLE / SUBTITLE / by Name ‧ RELEASE DATE: date" */
void ck_detect_release_byline (CkExtractCtx *ctx, const CkDetector *det);
/* detect-bookseller.c: "12.", "12)", "[12]" (and "12:" when @colon) at @f:
 * the token after an item's or a note's number, or @f. */
guint ck_item_mark_end (const CkExtractCtx *ctx, guint f, guint e, gboolean colon);
/* detect-note-entry.c: "1. A. Name, Title, Vol.1, Place Year, p.12." */
void ck_detect_note_entry (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_reference_article (CkExtractCtx *ctx, const CkDetector *det);
/* detect-reflist.c: claims syllabus headings ("Week 3: Topic") so that
 * they are never read as titles. */
void ck_detect_syllabus_heading (CkExtractCtx *ctx, const CkDetector *det);
/* detect-noncite.c: claims the numbered, quoted headings of the reviewed
 * book ("Chapter 3, 'T'", "Table 2 ('T')", "chapter titles: 'A', 'B'")
 * so that no title detector makes a work of them. */
void ck_detect_noncite (CkExtractCtx *ctx, const CkDetector *det);
/* detect-idem.c: "idem, “Article,” ibid. 13 (1992): 44-60": an article by
 * the author of the citation before, in its periodical after "ibid.". */
void ck_detect_idem_article (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_idem_ibid    (CkExtractCtx *ctx, const CkDetector *det);

/* detect-inbook.c: an essay cited in the book that holds it ("A. Name,
 * 'Essay', in his Book (London, 1967), pp. 9-30", "“Essay,” in Book, ed.
 * B. Name (…)", "in B. Name (ed.), Book, Series 9 (…)"): the chapter and
 * the book. */
void ck_detect_in_book (CkExtractCtx *ctx, const CkDetector *det);
/* detect-inbook.c: ", Series Name 9" ending at @e (an imprint's "(")
 * after a title starting at @s: returns its comma, or @e. */
guint ck_series_before (const CkExtractCtx *ctx, guint s, guint e);
/* detect-styles.c: a bibliography's entry in the MLA, Chicago or
 * Vancouver style: "Family, Given. Title. Publisher, Year.",
 * "Family, Given. “Article.” Journal, vol. 3, no. 2, 1990, pp. 1-20.",
 * "Family AB. Title. J Abbr. 1990;3(2):1-20." */
void ck_detect_style_entry (CkExtractCtx *ctx, const CkDetector *det);
/* detect-article.c: the type of an article in the periodical named by
 * [s,e): a newspaper's ("Times", "Daily"), a journal's, else a magazine's. */
CkType ck_periodical_type (const CkExtractCtx *ctx, guint s, guint e);
/* detect-styles.c: an issue's date after a periodical's comma, "3 May
 * 1990", "May 3, 1990", "12 Mar. 1990", "Spring 1990" at @k (before @e):
 * the token after the year, with the parsed date in *@out; @k when none
 * (a month or season must be named). */
guint ck_dated_issue_at (const CkExtractCtx *ctx, guint k, guint e, CkDate **out);
/* detect-styles.c: a title in italics whose tag opens at @open (its end
 * tag's next token is @after) inside a note or bibliography line: adds
 * the author before it ("12. Given Family, <i>T</i> (…)", "Family,
 * Given. <i>T</i>. Publisher, Year.") and, in the second form, the
 * imprint after it, to @rec.  Returns the first token of the names, or
 * @open when none; *@end is the token after what was read (@after). */
guint ck_style_entry_around (const CkExtractCtx *ctx, guint open, guint after, CkRecord *rec, guint *end);
/* Whether paragraph @p stands under a label of references ("Works Cited",
 * "Bibliography"), with no running prose between (detect-styles.c): its
 * entries are a bibliography's, not a dealer's. */
gboolean ck_under_reference_label (const CkExtractCtx *ctx, guint p);
/* detect-styles.c: the mark opening a note or a list's entry ("12.",
 * "[12]", "¹²", "12 A. Name") at @f: the token after it, or @f. */
guint    ck_note_mark_end (const CkExtractCtx *ctx, guint f, guint e);
/* detect-styles.c: "See A. Name, …", "Cf. …": the token after a note's
 * "see" or "cf" (and its stop) at @f, or @f. */
guint    ck_see_end       (const CkExtractCtx *ctx, guint f);
/* detect-edparen.c: an edited book cited author-date style in prose:
 * "The Social Life of Salt (Orr, ed. 1986)". */
void ck_detect_edited_paren (CkExtractCtx *ctx, const CkDetector *det);
/* detect-edparen.c: whether the "(" at @open opens an author-date
 * citation, "(Orr 1986)", "(Orr and Vail 1990)", "(Orr et al. 1990)":
 * a surname that is no place or publisher, then the year. */
gboolean ck_author_date_paren (const CkExtractCtx *ctx, guint open);
/* detect-comma.c: the author before the comma at @comma of a reference
 * ("Given Family, …", "A and B, …"): adds the names to @rec and returns
 * the first token, or @comma when there is none. */
guint ck_comma_author_before (const CkExtractCtx *ctx, guint comma, CkRecord *rec);
/* "ADA VELL, " or "A. R. VELL, " at @f: a name in capitals and its comma,
 * the opening of a journal's header */
gboolean ck_caps_name_comma (const CkExtractCtx *ctx, guint f, guint e);
/* detect-comma.c: "A Name, B Name, C Name and D Name, Title": at the
 * comma @c1 after the first name, the comma after the last name of a
 * serial list of full names closed by "and Name,", or @c1. */
guint ck_serial_names_end (const CkExtractCtx *ctx, guint c1, guint e);
/* detect-comma.c: "Family, Given." opening the line of the stop @dot (a
 * bibliography's entry: 'Family, Given. “Title.” …'): adds the author to
 * @rec and returns the entry's first token, or @dot when there is none. */
guint ck_inverted_author_before (const CkExtractCtx *ctx, guint dot, CkRecord *rec);

/* detect-comma.c: the first author of the one book of the review's
 * headers whose main title (before its subtitle) is the title of @m, a
 * mention in prose with no author ("The Hard Road" after a header "A. Name,
 * The Hard Road: A Subtitle, Publisher, 1988"); NULL when no header or
 * more than one has it. */
CkName *ck_header_title_owner (const CkExtractCtx *ctx, const CkMention *m);

/* detect-venue.c: the review's own venue in "Source: …", "Reviewed in
 * …", "Published on X (Month, Year)", dateline and page-foot forms. */
void ck_detect_venue_forms (CkExtractCtx *ctx, const CkDetector *det);
/* detect-cover.c: an archive's cover page of a review: "Reviewed Work(s):
 * Title by Author; …" (the reviewed books) and "Review by: Name". */
void ck_detect_cover_page (CkExtractCtx *ctx, const CkDetector *det);
/* detect-venue.c: whether token @i names a day of the week. */
gboolean ck_is_weekday (const CkExtractCtx *ctx, guint i);

/* detect-factbox.c: a web page's fact box, each label on a line over its
 * value ("Title" / "Grey Harbour" / "Author" / "Tom Vell" / …). */
void ck_detect_fact_box (CkExtractCtx *ctx, const CkDetector *det);

/* detect-notice.c: a notice whose paragraph opens with its header
 * ("TITLE. By Name. 565 pages. Publisher. $4.95. The notice …"). */
void ck_detect_notice_lead (CkExtractCtx *ctx, const CkDetector *det);

/* detect-header.c: a review header written as sentences in one short
 * paragraph ("Author. Title. Place: Publisher, Year. N pp. $P."). */
void ck_detect_sentence_header (CkExtractCtx *ctx, const CkDetector *det);
/* detect-header.c: "ALSO OUT: Title, by …", a column's label in capitals
 * before a colon at @s: the token after the colon, or @s. */
guint ck_caps_label_end (const CkExtractCtx *ctx, guint s, guint e);

/* title-extend.c: a title the title-case scanners cut at inner
 * punctuation, extended when "(" follows the longer title: "Word, What
 * Now? (…)", "Salt, Iron, and Rope (…)", "What is Weather? (…)", "Why
 * Does It Rain? A History (…)".  Forward from [ts,te) returns the new end;
 * backward from [ts,end) with "(" at @end returns the new start. */
gboolean ck_is_interrogative      (const CkExtractCtx *ctx, guint i);
guint    ck_title_extend_forward  (const CkExtractCtx *ctx, guint ts, guint te, guint limit);
/* "Name's The Salt Road, 1917-1923," with no bracket after: the span of
 * years closes the title when a stop, a comma or the clause's end
 * follows it.  Returns the new end. */
guint    ck_title_range_tail      (const CkExtractCtx *ctx, guint ts, guint te, guint limit);
guint    ck_title_extend_backward (const CkExtractCtx *ctx, guint ts, guint end, guint floor);
/* title-fragment.c: whether the token @i stands inside a short quoted
 * title in title case ("“The Sailor's Last Song.”"), so that a detector
 * reading from it would cut a piece out of that title. */
gboolean ck_inside_quoted_title   (const CkExtractCtx *ctx, guint i);
/* title-fragment.c: whether the quotation [open,close] quotes a word or a
 * name, not a text: a list of them after "wordplay", "nicknames",
 * "phrases"; "“X” means …", "“X” is a television programme"; "first
 * called “X”"; "the screenplay “X”", "her film “X”". */
gboolean ck_quote_is_phrase       (const CkExtractCtx *ctx, guint open, guint close);
/* detect-prose-cue.c: titles after weak cues in prose ("began with T",
 * "read T anyway", "the reception of T"), a kind of work in apposition
 * ("T, that bleak fable", "T (1977), a comic thriller"), sentence-opening
 * titles with an aside ("T, meanwhile,", "T, just out,") and the last
 * dated item of a list a clause broke. */
void ck_detect_prose_cue (CkExtractCtx *ctx, const CkDetector *det);
/* title-quoted.c: whether a quoted run [open+1,te) in title case with no
 * cue, "by" or imprint is a work all the same: two words or more, not a
 * term ("the “X”", "policy of “X”"), an event or a person's name. */
gboolean ck_quoted_title_firm     (const CkExtractCtx *ctx, guint open, guint te);
/* title-quoted.c: whether [s,te) inside quotes is in title case, allowing
 * one inner comma before a capital and a closing "?" or "!" ("Will You Be
 * Quiet, Please?", "A Small, Good Thing"). */
gboolean ck_quoted_title_case     (const CkExtractCtx *ctx, guint s, guint te);
/* title-weak.c: whether the run [ts,te) names an occasion, not a work:
 * an occasion noun placed or dated ("Rede Lecture at Cambridge", "Fenn
 * Address in Leeds") or a month and year inside ("… in May 1959"). */
gboolean ck_run_names_occasion    (const CkExtractCtx *ctx, guint ts, guint te);
/* title-foreign.c: a foreign title in its own capitalisation ("L'Ordre
 * et la ruine", "Portrait du marin", "Ports et havres de 1500 à 1700"):
 * the start of the one ending just before @end (or @end), and the end of
 * the one starting at @ts that the title-case scan stopped at @te (or
 * @te; without an "(" after it only when an elided word marks it). */
/* title-foreign.c: whether the run [s,e) reads as a foreign title: a
 * foreign article opens it ("La", "L'Image") or a foreign function word
 * stands inside ("Entstehung und Entwicklung"). */
gboolean ck_title_looks_foreign   (const CkExtractCtx *ctx, guint s, guint e);
/* title-extend.c: "T1 and Under the T2" in the run [ts,te): the "and"
 * before a capitalised function word that opens a second title, or @te. */
guint    ck_title_and_split       (const CkExtractCtx *ctx, guint ts, guint te);
/* title-extend.c: "A Cottage by the Weir (…)": with @ts at the first
 * capital after an inner "by the" and the title ending at @end, the start
 * of the title-case run before "by", or @ts when "by the" names a body, a
 * firm or a person instead ("a report by the Salt Commission"). */
guint    ck_title_inner_by        (const CkExtractCtx *ctx, guint ts, guint end, guint floor);
/* detect-genre-of.c: "The Diary of Name", "The Collected Letters of
 * Name" in mid-sentence, the named person its author. */
void     ck_detect_genre_of       (CkExtractCtx *ctx, const CkDetector *det);
/* detect-gloss-paren.c: "T (the Vell-Orr compendium of 1929-30)", "T (a
 * slim novel of 1951)": a parenthesis headed by a noun for a work. */
void     ck_detect_gloss_paren    (CkExtractCtx *ctx, const CkDetector *det);
/* detect-published-pair.c: "ORIGINAL (1941) -- published here as T
 * (Publisher, 1949)": one record, the translation with its original. */
void     ck_detect_published_pair (CkExtractCtx *ctx, const CkDetector *det);
/* detect-reading-line.c: after a list mark ("-", "1.") and a syllabus's
 * label ("Required:", "Further reading:") at @f on the line ending at
 * @le, the token after them, or @f; *@labelled says whether a label
 * stood there. */
guint    ck_reading_label_end     (const CkExtractCtx *ctx, guint f, guint le, gboolean *labelled);
/* detect-name-column.c: "ADA VELL   The Salt Road" a line, or a title over
 * its names in capitals, repeated down a list. */
void     ck_detect_name_column    (CkExtractCtx *ctx, const CkDetector *det);
/* detect-foreign-marked.c: "the Considérations sur le port de Brest": a
 * foreign title named bare, marked by its own linking word. */
void     ck_detect_foreign_marked (CkExtractCtx *ctx, const CkDetector *det);
/* detect-foreign-gloss.c: "Horak's Zimní světlo [Winter Light]": a title
 * in its own language after its owner, glossed in English in brackets. */
void     ck_detect_foreign_gloss  (CkExtractCtx *ctx, const CkDetector *det);
/* detect-prize.c: "When T won the Hill Prize": a title as the subject of
 * winning a book prize. */
void     ck_detect_prize_subject  (CkExtractCtx *ctx, const CkDetector *det);
/* detect-verb-title.c: "after Every Day Is Salt Day and Vacant Rooms had
 * made her name": a capitalised verb inside a run in mid-sentence. */
void     ck_detect_verb_title     (CkExtractCtx *ctx, const CkDetector *det);
/* "in The Long Title, first published in Germany as" with @pub at
 * "published": the first token of the title before the comma, or
 * G_MAXUINT. */
guint    ck_title_before_published (const CkExtractCtx *ctx, guint pub);
guint    ck_foreign_title_start   (const CkExtractCtx *ctx, guint end, guint floor);
guint    ck_foreign_title_end     (const CkExtractCtx *ctx, guint ts, guint te, guint limit);
/* "Considérations sur le port de Brest" at @s: a capital, a foreign
 * linking word that is no name particle ("sur", "über", "pour"), then
 * words of a foreign title, three words at least; the end, or @s. */
guint    ck_foreign_marked_end    (const CkExtractCtx *ctx, guint s, guint limit);
/* "Wo bist du, Karl? (": a question in a foreign language, with at most
 * one inner comma, ending at the "?" before @end; its first token, or
 * @end. */
guint    ck_foreign_question_start (const CkExtractCtx *ctx, guint end, guint floor);
/* "Brot ohne Butter [Bread without Butter] (": the "[" of a bracketed
 * gloss just before the "(" at @open, or @open. */
guint    ck_foreign_gloss_start   (const CkExtractCtx *ctx, guint open, guint floor);
/* ", 1700-1850 (" at @te: the end of the title with its span of years,
 * or @te. */
guint    ck_title_year_range_end  (const CkExtractCtx *ctx, guint te);

/* role-chain.c: ", translated by B, with an introduction by C" and
 * "[trans. B]" at @k: fills the roles on @rec and returns the token after
 * the last statement, or @k when there is none. */
guint ck_role_chain (const CkExtractCtx *ctx, guint k, guint limit, CkRecord *rec);
/* The comma that opens a role chain ending exactly at @e ("Title, ed. B
 * (…)": the "," before "ed."), or @e when none does. */
guint ck_role_chain_before (const CkExtractCtx *ctx, guint e, guint floor);
/* role-chain.c: "(ed.)", "(eds.)", "(eds)" at @k: the token after it, or @k. */
guint ck_paren_ed_at (const CkExtractCtx *ctx, guint k);
/* "trans.", "tr.", "ed.", "eds." at @k: the short role forms of notes
 * and brackets; returns the token after them (and their stop), or @k. */
guint ck_role_abbrev_at (const CkExtractCtx *ctx, guint k, guint limit, CkRole *role);
/* role-chain.c: "[Original Title]" at @k after a translated title: sets
 * the original title on @rec and returns the token after "]", or @k. */
guint ck_bracket_original (const CkExtractCtx *ctx, guint k, guint limit, CkRecord *rec);
/* role-chain.c: ", published by Firm in 1988" after a title ending at
 * byte @end gives @rec its publisher and year (when it has neither). */
void ck_trailing_published (const CkExtractCtx *ctx, CkRecord *rec, gsize end);
/* role-chain.c: the names of "edited and translated by A" take both
 * roles; @text[0,len) is the mention's evidence. */
void ck_joint_roles (CkRecord *rec, const char *text, gsize len);
/* A role phrase of roles.txt or a short form at @k. */
guint ck_role_statement_at (const CkExtractCtx *ctx, guint k, guint limit, CkRole *role);

/* role-chain.c: ", 4th Edition 2006", ", new edition" at @k: sets the
 * edition (and the year) on @rec and returns the token after it, or @k. */
guint ck_edition_after (const CkExtractCtx *ctx, guint k, guint limit, CkRecord *rec);
/* role-chain.c: whether the sentence holding @i opens with "This novel",
 * "This book", "The present volume": the reviewed book is its subject. */
gboolean ck_this_book_subject (const CkExtractCtx *ctx, guint i);

/* detect-catalogue.c: a library catalogue record ("Title: T / edited by
 * X.", "Main Author: Family, Given, 1900-1980.", "Published: Place :
 * Publisher, c1984.", "Contents: a -- b -- c"). */
void ck_detect_catalogue_record (CkExtractCtx *ctx, const CkDetector *det);
/* detect-catalogue.c: a copy of text[start,end) with white space folded,
 * "c1984" and "[1984]" read as years and " : " as ": ". */
char *ck_catalogue_value_copy (const char *text, gsize start, gsize end);
/* Drops year spans, volume counts and trailing notes from a catalogue
 * imprint (detect-catalogue.c). */
void  ck_catalogue_imprint_clean (char **val);
/* detect-catalogue.c: a series statement "Series ; 12" into @rec's
 * collection title and number (edits @val). */
void  ck_catalogue_series_into (CkRecord *rec, char *val);
/* detect-catalogue.c: an extent "xii, 320 p. ; 22 cm." into @rec's number
 * of pages; a uniform title "Pré de fer. English" into its original
 * title (only a translation's, closed by a language).  Both edit @val. */
void  ck_catalogue_extent_into (CkRecord *rec, char *val);
void  ck_catalogue_uniform_into (CkRecord *rec, char *val);
/* detect-catalogue.c: drops a general material designation ("[electronic
 * resource]") from @title in place; returns it. */
char *ck_catalogue_drop_gmd (char *title);
/* detect-catalogue.c: a heading "Family, Given, 1921-1999, translator."
 * into @rec with the roles of its relator terms (an @added name only with
 * one); the statement of responsibility in tokens [s,e) ("Ada Quell ;
 * translated by Ben Vell"). */
void  ck_catalogue_heading_into (CkRecord *rec, const char *val, gboolean added);
void  ck_catalogue_resp_into (const CkExtractCtx *ctx, CkRecord *rec, guint s, guint e);
/* detect-marc.c: a record in MARC tags ("245 14 |a Title / |c Name."). */
void  ck_detect_marc_record (CkExtractCtx *ctx, const CkDetector *det);
/* detect-catalogue.c: whether line @l opens with a known catalogue label
 * ("Publisher:", "ISBN:"); and the labelled lines after the brief entry
 * on line @l ("1. T / A." over "Publisher: …", "ISBN: …") read into
 * @rec, returning the last line read (@l when none); with @det, the
 * notes too (ck_catalogue_notes()). */
gboolean ck_catalogue_label_line  (const CkExtractCtx *ctx, guint l);
guint    ck_catalogue_fields_after (CkExtractCtx *ctx, const CkDetector *det, guint l, CkRecord *rec);
/* detect-catalogue-notes.c: works named in the notes [vs,ve) of the
 * catalogue record @owner ("Also by the author: T1 ; T2.", "Sequel to:
 * T.", "Given Family's T."), and its original title ("Translation of:
 * T."). */
void  ck_catalogue_notes (CkExtractCtx *ctx, const CkDetector *det, guint vs, guint ve, CkRecord *owner);
/* detect-catalogue-notes.c: CK_MENTION_EDITION when an earlier record of
 * a catalogue page has @rec's title and another year (a second edition
 * of one work in a results list), else 0. */
guint ck_catalogue_edition_flag (const CkExtractCtx *ctx, const CkRecord *rec);

/* detect-results.c: the brief records of a catalogue's results list,
 * one a block of short lines: "1. Title : sub" / "by Family, Given" /
 * "Place : Publisher, Year" / "Book - 280 p.". */
void ck_detect_results_list (CkExtractCtx *ctx, const CkDetector *det);

/* detect-isbd.c: one work per line in ISBD slash form ("Title : sub /
 * Given Family ; translated by X. -- 2nd ed. -- Place : Publisher, 1984."). */
void ck_detect_isbd_line (CkExtractCtx *ctx, const CkDetector *det);
/* detect-bookseller.c: a dealer's entry, "12. QUELL, Ada. Title. Place:
 * Publisher, 1958. First edition. 8vo, cloth. £45." or "Quell (Ada).
 * Title. 1958.": the heading, the title, an imprint with a year, then the
 * description of the copy (claimed; edition, binding and price read). */
void ck_detect_bookseller_entry (CkExtractCtx *ctx, const CkDetector *det);
/* detect-stacked.c: a header one field a line ("Title" / "Name" /
 * "Translated by X" / "Firm, 2019, 320 pages, £P"; "Name, Title" / "Firm,
 * 2019, …"), alone or one after another in a list. */
void ck_detect_stacked_header (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_stacked_comma (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_stacked_ruled (CkExtractCtx *ctx, const CkDetector *det);
void ck_detect_stacked_lines (CkExtractCtx *ctx, const CkDetector *det);
/* detect-poss-s.c: "Vallis' The Book of the Weir": the possessive of a
 * name in "s" with the apostrophe alone, before a title. */
void ck_detect_possessive_s (CkExtractCtx *ctx, const CkDetector *det);
/* detect-contents.c: a collection's contents, "Names, Title" a line. */
void ck_detect_contents_list (CkExtractCtx *ctx, const CkDetector *det);

/* detect-dash-entry.c: a weekly's list, "TITLE--Name--Firm, 226 p., $3.50." */
void ck_detect_dash_entry (CkExtractCtx *ctx, const CkDetector *det);
/* A dash at @k (before @limit): "—", "–" or a glued "--"; the token after it,
 * or @k (detect-dash-entry.c). */
guint ck_dash_at (const CkExtractCtx *ctx, guint k, guint limit);

/* detect-blurb.c: a press notice signed with its paper, '"…" — The Review'. */
void ck_detect_blurb_source (CkExtractCtx *ctx, const CkDetector *det);

/* detect-command-paper.c: "the Report of the Committee on X (Cmd. 4060,
 * 1932)", "Social Insurance (Cmd. 6404)": an official paper. */
void ck_detect_command_paper (CkExtractCtx *ctx, const CkDetector *det);

/* detect-whose.c: "Tocqueville, whose Democracy in America he quotes":
 * a title in title case after a writer's "whose". */
void ck_detect_whose_title (CkExtractCtx *ctx, const CkDetector *det);
/* detect-poss-lower.c: "Ada Quell's Salt, tides, and harbours (1997)", a title in sentence case */
void ck_detect_possessive_lower (CkExtractCtx *ctx, const CkDetector *det);

/* review-heading.c: bylines over a post, headings over a byline,
 * standfirsts closed by a byline, headlines in capitals on two or three
 * lines, breadcrumb trails; TRUE when paragraph @p was read (called by
 * ck_find_review_heading() for each paragraph above the book). */
gboolean ck_review_heading_layout (CkExtractCtx *ctx, guint p);
/* review-heading.c: a signature "Given Family / Affiliation" on two lines
 * after the prose, at the end or before the notes: sets [*s,*e) to the
 * name. */
gboolean ck_signature_affiliation (const CkExtractCtx *ctx, guint *s, guint *e);
/* review-heading.c: a closing note on the reviewer as the last paragraph
 * ("Given Family writes on geology."): sets [*s,*e) to the name. */
gboolean ck_signature_bio (const CkExtractCtx *ctx, guint *s, guint *e);
/* review-heading.c: the reviewer when nothing above the book named one:
 * a byline between the book's header and the prose ("by NAME", "NAME"),
 * or a name in capitals set apart on the text's last line. */
void ck_review_byline_late (CkExtractCtx *ctx);
/* review-signature.c: the reviewer's signature block after the prose or
 * under the header; @strong when an affiliation stands with the name */
gboolean ck_review_signature (const CkExtractCtx *ctx, guint *s, guint *e, gboolean *strong);
/* review-heading.c: whether paragraph @p opens like a note ("1 …", "¹…",
 * "[1]"); whether every word of [f,e) is in capitals (initials count) */
gboolean ck_note_para (const CkExtractCtx *ctx, guint p);
gboolean ck_all_caps  (const CkExtractCtx *ctx, guint f, guint e);
gboolean ck_review_standfirst_says (const CkExtractCtx *ctx, guint *s, guint *e);
/* detectors.c: the end of the personal names that cover [first,end) from
 * @first (@first when they are no names); "PRESCOTT" → "Prescott". */
guint    ck_names_cover    (const CkExtractCtx *ctx, guint first, guint end);
void     ck_upper_to_title (char **str);

/* detect-periodical.c: a periodical named in passing in running prose
 * ("first ran in the Daily Clarion", "wrote for the Harbour Review",
 * "Time magazine"), unless an article of it is cited or it is the
 * review's own venue. */
void ck_detect_prose_periodical (CkExtractCtx *ctx, const CkDetector *det);

/* detect-web.c: "<i>Title</i> by Given Family, translated by B" at @k
 * (the token after the closing tag): adds the names to @rec and returns
 * the token after the by-line, or @k when there is none. */
guint ck_italics_byline (const CkExtractCtx *ctx, guint k, guint limit, CkRecord *rec);
/* detect-web.c: whether the italics [@s,@e) hold a title in sentence case
 * ("<i>Det tomme haven</i>"), an imprint following them at @after. */
gboolean ck_italics_sentence_title (const CkExtractCtx *ctx, guint s, guint e, guint after);
/* detect-web.c: whether italic words [s,e) are one title-like phrase: two to
 * 24 tokens, a capital first, no stop, ";", "!", tag or paragraph break. */
gboolean ck_italics_phrase         (const CkExtractCtx *ctx, guint s, guint e);
/* detect-web.c: "… is published by Faber & Faber (£16.99)" at @k (after a
 * by-line's names): fills publisher, price and year into @rec and returns
 * the token after the clause, or @k when there is none. */
guint ck_published_by_tail (const CkExtractCtx *ctx, guint k, guint limit, CkRecord *rec);
/* detect-web.c: "Given Family, <i>Title</i>" opening a list's line, the
 * italics at @open: adds the names to @rec and returns the first name's
 * token, or @open. */
guint ck_italics_author_before (const CkExtractCtx *ctx, guint open, CkRecord *rec);
/* detect-web.c: whether [@first, @s) is a web page's section trail
 * ("Books | Fiction |"): returns @s if so, else @first. */
guint ck_trail_before (const CkExtractCtx *ctx, guint first, guint s);

/* detect-roundup.c: a column's list of books, one a line, the author
 * first with a colon or between title and imprint: "Ann Reed: Title.
 * Firm. 16s.", "Title. Ann Reed. Firm, 16s." */
void ck_detect_roundup_list (CkExtractCtx *ctx, const CkDetector *det);
/* detect-roundup.c: a round-up's run-in lead, "THE TITLE (Firm, 9s. 6d.)
 * is …", whose writer is named in its sentence or not at all. */
void ck_detect_roundup_lead (CkExtractCtx *ctx, const CkDetector *det);

/* detect-prose-clause.c: "T, which won the Pulitzer", "Six years after T",
 * "Name, whose T gave", "the Writer of T": titles a clause marks as works. */
void ck_detect_prose_clause (CkExtractCtx *ctx, const CkDetector *det);
/* detect-list-sibling.c: "T, A, B and C": the other items of a list that
 * holds a found title. */
void ck_detect_list_sibling (CkExtractCtx *ctx, const CkDetector *det);
/* detect-possessive-title.c: "in Ruth's Harbour or Pilot's Widow": a list
 * of titles that open with a possessive. */
void ck_detect_possessive_title (CkExtractCtx *ctx, const CkDetector *det);
/* detect-possessive-title.c: "I Want My Hat Back and This Is Not My Hat":
 * the "and" in [ts,te) before a pronoun or determiner that opens a second
 * title of three words or more (each part three words or more); @te when
 * none. */
guint ck_title_pronoun_split (const CkExtractCtx *ctx, guint ts, guint te);

/* detectors.c: "(Place: Firm, 1990)", "(1990)" between @open and @close
 * read into @rec (TRUE when it is an imprint); the bracket closing @open
 * before @limit, or 0. */
gboolean ck_paren_imprint (CkExtractCtx *ctx, CkRecord *rec, guint open, guint close);
/* detect-header.c: "A life.", "A Biography.", "A memoir of her father."
 * on [s,e): the subtitle of a life titled with its subject's name. */
gboolean ck_life_subtitle (const CkExtractCtx *ctx, guint s, guint e);
/* detectors.c: the imprint in brackets at @te after a title ("(Place:
 * Firm, 1960)", "[Cambridge, 1982]") read into @rec: the token after the
 * bracket, or @te when none is there. */
guint    ck_imprint_after (CkExtractCtx *ctx, CkRecord *rec, guint te, guint limit);
/* detectors.c: "later", "earlier", "famous": a lower-case cue of kind
 * "adj" (data/lexicons/cues.txt) that may stand between an owner and a
 * title. */
gboolean ck_is_title_adjective (const CkExtractCtx *ctx, guint i);
guint    ck_paren_close   (const CkExtractCtx *ctx, guint open, guint limit);

G_END_DECLS

/* known-works.c: a well-known work named bare ("from Middlemarch to The
 * Magic Mountain"), found by data/lexicons/works.txt with its author; and
 * the author of a bare title other detectors found, when the text has none. */
void ck_detect_known_work (CkExtractCtx *ctx, const CkDetector *det);
/* known-works.c: the byte just after @title matched at @p (a run of
 * white space in the text matches one space of the title, ’ matches
 * '), or NULL. */
const char *ck_match_title (const char *p, const char *end, const char *title);
/* known-works.c: the tokens [*@ts, *@te) where @title stands in
 * text[@start, @end) (white space and apostrophes as match_title reads
 * them); FALSE when it does not. */
gboolean ck_title_tokens (const CkExtractCtx *ctx, const char *title, gsize start, gsize end, guint *ts, guint *te);
/* detect-venue.c: "2019.03.14" in text[s, s+len): a date as year, month
 * and day joined by full stops (years 1800-2099). */
gboolean ck_dotted_ymd (const char *s, gsize len, int *y, int *m, int *d);
/* detect-venue.c: whether line @l goes on with an entry above it (after
 * a comma or a function word, or under a hanging indent after a line of
 * sentences): the rest of a reference, never a venue line of its own. */
gboolean ck_line_continues_entry (const CkExtractCtx *ctx, guint l);
/* detect-venue.c: token @i is a volume in capital roman numerals
 * ("XXIX"), or a season's name ("Spring"). */
gboolean ck_venue_roman  (const CkExtractCtx *ctx, guint i);
gboolean ck_venue_season (const CkExtractCtx *ctx, guint i);
/* venue-journal.c: a journal's citation of the issue at the top of a
 * review ("JOURNAL, Vol. XXIX, No. 4 (Oct.-Dec. 1968)", the name over
 * "Vol. 38, Part II (1990), pp. 187-9", "Name Review 2005.04.12"), for
 * the review's own record, whether or not the journal is known. */
void ck_detect_journal_venue (CkExtractCtx *ctx, const CkDetector *det);
/* title-mend.c: titles that other detectors read across a boundary
 * title case marks ("Knight Errant and And Now Goodbye", "Britain as The
 * Salt Road", "INES VELL The Salt Road", "Ada Orr, eds., Title"),
 * cut or split. */
void ck_detect_title_mend (CkExtractCtx *ctx, const CkDetector *det);
/* title-echo.c: a title found earlier named again bare ("as it was in
 * Seven Sluices."): claimed, no record, so that its words are no person
 * for merge.c's index of people.  Runs last. */
void ck_detect_title_echo (CkExtractCtx *ctx, const CkDetector *det);
/* detect-bare.c: whether a noun for a person stands before the run at @ts
 * ("the novelist T", "the hero, T"): a name there is a person, no title. */
gboolean ck_bare_person_before (const CkExtractCtx *ctx, guint ts);
/* detect-name-comma-title.c: "Ada Quell, The modern corporation and private
 * salt (1932)": a title in sentence case after its author and a comma. */
void ck_detect_name_comma_title (CkExtractCtx *ctx, const CkDetector *det);
/* detect-pipe-row.c: a catalogue's rows parted by bars ("Title | Name |
 * Firm | 2014 | 696 pp. | cloth $39.95"), and the row of particulars
 * closing a new book's entry under its title and author. */
void ck_detect_pipe_rows (CkExtractCtx *ctx, const CkDetector *det);
/* detect-reading-line.c: "Required: Ada Vell, The Harbour Wall, chs. 1-3." */
void ck_detect_reading_lines (CkExtractCtx *ctx, const CkDetector *det);
/* detect-place-year.c: a title in prose closed by its place and year
 * without brackets ("his Ada Quell: a life, New Haven–London 1996"). */
void ck_detect_place_year (CkExtractCtx *ctx, const CkDetector *det);
