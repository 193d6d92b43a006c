/* venue-masthead.h — the block under a periodical's masthead: the
 * review's own heading, its byline and its dateline (venue-masthead.c),
 * and the helpers it shares with detect-venue.c and review-heading.c. */
#pragma once

#include "extract-private.h"

G_BEGIN_DECLS

/* Reads the paragraphs under the masthead paragraph @mp, down to the
 * first book header or the prose: section trails ("Culture | Fiction"),
 * section labels and column headings are passed over; the first heading
 * (its decks up to a rule line or a subhead) becomes the review's title,
 * claimed so that no detector reads it as a work; "By Name", "…
 * reviewed by Name", "Reviewer: Name, Affiliation" and a name line under
 * the heading name the reviewer; a dateline ("Published June 9, 2017",
 * "JUNE 9, 2017") dates @self when the masthead did not. */
void     ck_masthead_heading (CkExtractCtx *ctx, guint mp, CkRecord *self);

/* A blog post's own record: "Posted on June 9, 2017 by <a …>name</a>"
 * near the top, the page's first <h1> as its title, and "<p><strong>Blog
 * Name</strong> &mdash; a tagline</p>" under it as the blog.  TRUE when
 * it made the record. */
gboolean ck_blog_post (CkExtractCtx *ctx, const CkDetector *det);

/* A dateline in the header paragraphs from @from_para: a line (or its
 * part before a column gap) that is a full date, or "Published" /
 * "Posted on" before one; NULL when there is none. */
CkDate  *ck_masthead_dateline (const CkExtractCtx *ctx, guint from_para);

/* detect-venue.c: a full date alone at [j,e) ("Friday, 9 June 2017",
 * "JUNE 9, 2017"), or NULL. */
CkDate  *ck_venue_date_only (const CkExtractCtx *ctx, guint j, guint e);
/* detect-venue.c: "June 2008", "April/May 1986" alone at [j,e), or NULL. */
CkDate  *ck_venue_month_year (const CkExtractCtx *ctx, guint j, guint e);

/* venue-trail.c: a section trail at the top of a web page that names the
 * site and leads to its books pages ("Site | Culture | Books", "Site >
 * Books > DATE", the site over "Section / Reviews / DATE"): the review's
 * own record, with the heading under it.  TRUE when it made the record. */
gboolean ck_venue_trail (CkExtractCtx *ctx, const CkDetector *det);
/* venue-trail.c: a site's name alone over the heading and a dated byline
 * ("By Name · May 4, 2018", "Posted on 2016-06-05 by Name"). */
gboolean ck_venue_site_byline (CkExtractCtx *ctx, const CkDetector *det);
/* venue-trail.c: "By Name / Special to The Paper" in the header: the
 * paper's own piece, dated by "(Originally) published DATE". */
gboolean ck_venue_special_to (CkExtractCtx *ctx, const CkDetector *det);
/* venue-trail.c: "Saturday October 15, 2005 / The Paper", a web page's
 * dateline over the paper's name, under the heading (the first line alone
 * at the top, past the site's navigation) and its standfirst. */
gboolean ck_venue_dateline_paper (CkExtractCtx *ctx, const CkDetector *det);
/* venue-trail.c: "Reviewed by Name / Published on Network (July, 2009) /
 * Commissioned by Name" in paragraph @vp, then a heading of one line over
 * the prose: the review's title. */
void     ck_venue_heading_below (CkExtractCtx *ctx, guint vp);

/* review-heading.c: a column heading of a review page ("NEW NOVELS",
 * "Books in Brief"); "By", "Reviewed by", "Review by:" at @f (the token
 * after, or @f); one to three personal names and nothing else; the
 * reviewers named at [f,e), when none is known yet. */
gboolean ck_column_heading (const CkExtractCtx *ctx, guint f, guint e);
guint    ck_byline_cue     (const CkExtractCtx *ctx, guint f, guint e);
gboolean ck_only_names     (const CkExtractCtx *ctx, guint f, guint e);
void     ck_add_reviewers  (CkExtractCtx *ctx, guint f, guint e);

G_END_DECLS
