/* test-venue-lines.c — the text's own venue (the review's "_self" record)
 * in the shapes newspapers, magazines, web pages and online journals set
 * it: page heads with the page or the town around the date, mastheads over
 * a date line, breadcrumb and site lines, journal issue lines, and the
 * headline under them as the review's title.  Every periodical, book and
 * person here is invented. */
#include "extract-test-util.h"

/* a reviewed book and prose under the header, so that the header block is
 * a header */
#define BOOK "THE SALT ROAD by Ann Quillan (Gannet Press, $12.95)\n\n"
/* prose of several lines, as a paragraph of running text */
#define PROSE_LONG "The prose of the review runs here, over several lines of running text, and it says\n" \
  "little of note about the book. It has a second sentence, which goes on for a while\n" \
  "before it ends. A third sentence closes the paragraph.\n"
#define PROSE "The prose of the review runs here. It says little of note about the book, and ends.\n"

static const XtCase lines[] = {
  /* ---- newspaper page heads */
  /* the page first, then the paper, its town and a weekday date */
  { "/extract/venue-lines/page-name-town-weekday",
    "6          THE HARBOUR ECHO AND MAIL, DUNDRUM, TUESDAY, MARCH 3, 1931\n\n"
    "        NEW BOOKS\n  ----------------\n  A TALE OF TWO PIERS\n\n" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR ECHO AND MAIL"), XT_DATE (1931, 3, 3) } },
  /* a page that carries its section's letter ("M7", "5C") */
  { "/extract/venue-lines/section-page-after-date",
    "THE EVENING LANTERN, Saturday, March 16, 1985          M7\n\nPAPERBACKS\n\nBy Ann Rowe\nLantern staff writer\n\n"
    BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE EVENING LANTERN"), XT_DATE (1985, 3, 16),
      XT_AUTHOR ("Rowe"), XT_NO_TITLE_HAS ("staff writer") } },
  { "/extract/venue-lines/columns-section-page",
    "MILLTOWN EVENING-COURIER          Sunday, September 25, 1983          5C\n\n"
    "Old sailors learn\nto sing again\n\nBy Ann Rowe\nCourier Book Critic\n\n" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "MILLTOWN EVENING-COURIER"), XT_DATE (1983, 9, 25),
      XT_FIELD (CK_FIELD_TITLE, "Old sailors learn to sing again"), XT_AUTHOR ("Rowe") } },
  /* the town in title case after a name in capitals */
  { "/extract/venue-lines/name-town-title-case",
    "THE SUNDAY LANTERN, Port Marrow, November 11, 1973                                page 29\n\n"
    "BOOKS\n\nA Sailor's Life in Verse\n\n" BOOK PROSE "\nANN ROWE\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE SUNDAY LANTERN"), XT_DATE (1973, 11, 11),
      XT_FIELD (CK_FIELD_TITLE, "A Sailor's Life in Verse") } },
  /* a running head under the page number of an OCR'd page, a month */
  { "/extract/venue-lines/page-number-over-running-head",
    "212\nHARBOUR OPINION                                        June, 1941\n\n         BOOKS IN REVIEW\n\nSalt Against the Iron Sea\n\n"
    "THE SALT ROAD. By Ann Quillan. London: Gannet Press. 1941. 335 pp. $2.75.\n\n"
    "The prose of the review runs here over\nlines set in a narrow column, and it\nsays little of note about the book. It\n"
    "has a second sentence, which ends here.\n"
    "                  -ANN ROWE-\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "HARBOUR OPINION"), XT_DATE (1941, 6, 0),
      XT_FIELD (CK_FIELD_TITLE, "Salt Against the Iron Sea"), XT_AUTHOR ("Rowe") } },
  /* an abbreviation with its full stop inside a name in capitals */
  { "/extract/venue-lines/abbreviation-in-caps-name",
    "FT. MARROW DAILY-LAMP          Sunday, May 25, 1986          3D\n\nOld docks, new\nsongs\n\nBy Ann Rowe\n\n" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "FT. MARROW DAILY-LAMP"), XT_DATE (1986, 5, 25), XT_AUTHOR ("Rowe") } },
  /* a page number alone over a line is no page head of a name and a
   * number ("3   Salt Road   1956" is a row of a list) */
  /* the headline over a rule in the book's own paragraph (the book's
   * header under it is then not read: the header detectors want the
   * paragraph whole; see the report) */
  { "/extract/venue-lines/headline-rule-in-header",
    "THE HARBOUR ECHO AND MAIL, FRIDAY, MAY 26, 1939.\n\nA PILOT LOOKS BACK\n-------\nAN AUTOBIOGRAPHY. By Ann Quil-\n"
    "lan. (Gannet Press.\n7s. 6d.)\n\n" PROSE_LONG,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR ECHO AND MAIL"), XT_FIELD (CK_FIELD_TITLE, "A PILOT LOOKS BACK"),
      XT_NO_TITLE_HAS ("-------") } },
  /* ---- mastheads over a date line */
  { "/extract/venue-lines/masthead-two-months",
    "LANTERN MAGAZINE\nApril/May 1986\n\nA Harbour Under Siege\n\nTHE SALT ROAD\nAnn Quillan\nGannet Press, 320 pages, £12.95\n\n"
    PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "LANTERN MAGAZINE"), XT_YEAR (1986),
      XT_FIELD (CK_FIELD_TITLE, "A Harbour Under Siege") } },
  { "/extract/venue-lines/masthead-comma-month-books-label",
    "LODESTONE, November 1949\n\nBooks: THE SALT ROAD, AND OTHERS\n\nby Ann Rowe\n\n"
    "THE SALT ROAD, by Ann Quillan. Gannet Press. $5.00.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "LODESTONE"), XT_DATE (1949, 11, 0),
      XT_FIELD (CK_FIELD_TITLE, "THE SALT ROAD, AND OTHERS"), XT_AUTHOR ("Rowe"),
      XT_NO_TITLE_PREFIX ("Books:") } },
  /* ---- web pages */
  { "/extract/venue-lines/bar-trail",
    "The Harbour Lamp  |  Entertainment  |  Books\n\nDark harbours, cold tides\n\nReviewed by Ann Rowe\nJune 16, 2007\n\n"
    BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Lamp"), XT_FIELD (CK_FIELD_TITLE, "Dark harbours, cold tides"),
      XT_AUTHOR ("Rowe"), XT_YEAR (2007) } },
  { "/extract/venue-lines/chevron-trail-date",
    "The Harbour Monitor  >  Books  >  November 30, 1995\n\nThe Pilot Who Read the Stars\n\n" BOOK
    "By Ann Rowe, Special to The Harbour Monitor\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Monitor"), XT_DATE (1995, 11, 30),
      XT_FIELD (CK_FIELD_TITLE, "The Pilot Who Read the Stars") } },
  { "/extract/venue-lines/site-over-slash-trail",
    "5:PM Review\nChatter  /  Reviews  /  December 2022\n\nNine nights, one breath\n\nBy Ann Rowe\n\n" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "5:PM Review"), XT_FIELD (CK_FIELD_TITLE, "Nine nights, one breath"),
      XT_AUTHOR ("Rowe"), XT_YEAR (2022) } },
  { "/extract/venue-lines/paper-over-weekday-date",
    "Harbour Examiner\nSaturday, December 05, 2015\n\nWeekend  ›  Books\n\n"
    "Under the tree: the season's best books for the young\n\nAnn Rowe picks the books of the season\n\n" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Examiner"), XT_DATE (2015, 12, 5),
      XT_FIELD_PREFIX (CK_FIELD_TITLE, "Under the tree") } },
  { "/extract/venue-lines/published-time-special-to",
    "Books\n\n'Pilot' charts the long, odd career of a harbour master\n\nOriginally published October 14, 2022 at 6:00 am\n\n"
    "By Ann Rowe\nSpecial to The Harbour Clarion\n\n" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Clarion"), XT_AUTHOR ("Rowe"),
      XT_FIELD_PREFIX (CK_FIELD_TITLE, "'Pilot' charts"), XT_ABSENT ("The Harbour Clarion"),
      XT_NO_TITLE_PREFIX ("Originally") } },
  { "/extract/venue-lines/posted-on-by",
    "Harbour Review of Books\n<< Previous | Next >>\n\n“The Salt Road: A Harbour's History” by Ann Quillan\n\n"
    "Posted on 2016-06-05 by Ann Rowe\n\nAnn Quillan, The Salt Road: A Harbour's History (Gannet Press, May 2016)\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Review of Books"), XT_AUTHOR ("Rowe"),
      XT_NO_TITLE_PREFIX ("Posted on") } },
  /* ---- journals */
  { "/extract/venue-lines/issue-paren-volume",
    "HARBOUR HISTORY\nIssue 3 (May/Jun 2012), Volume 20\n\nReviews\n\nA town that would not close its docks\n\n"
    "THE SALT ROAD\nANN QUILLAN\nGannet Press\n€24.99\n\nReviewed by Ann Rowe\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "HARBOUR HISTORY"), XT_FIELD (CK_FIELD_ISSUE, "3"),
      XT_FIELD (CK_FIELD_VOLUME, "20"), XT_YEAR (2012), XT_FIELD (CK_FIELD_TITLE, "A town that would not close its docks") } },
  { "/extract/venue-lines/new-series-cover",
    "The Review of Harbour Studies, New Series, Vol. 31, No. 124 (Nov., 1980), pp. 482-485\n\n"
    "The Salt Road. By ANN QUILLAN. Pp. xiv + 320. London: Gannet Press, 1979. £9.95.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Review of Harbour Studies"), XT_FIELD (CK_FIELD_VOLUME, "31"),
      XT_FIELD (CK_FIELD_ISSUE, "124"), XT_YEAR (1980) } },
  { "/extract/venue-lines/one-word-caps-vol-no",
    "LODESTONE, Vol. XCV, No. 212 (Jul., 1986)\n\n"
    "The Salt Road. By ANN QUILLAN. London: Gannet Press, 1985. Pp. 230. £3.95.\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "LODESTONE"), XT_FIELD (CK_FIELD_VOLUME, "XCV"),
      XT_FIELD (CK_FIELD_ISSUE, "212"), XT_YEAR (1986) } },
  { "/extract/venue-lines/online-journal-dotted-date",
    "Harbour Philosophical Reviews\n2019.03.14\n\n"
    "Ann Quillan, The Salt Road, Gannet Press, 2018, 468pp., $40.00 (hbk).\n\nReviewed by Ann Rowe, University of Dundrum\n\n"
    PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Philosophical Reviews"), XT_FIELD (CK_FIELD_ISSUE, "2019.03.14"),
      XT_YEAR (2019) } },
  { "/extract/venue-lines/network-review-heading",
    "Q-Net Reviews in the Arts & Letters\n\n"
    "Ann Quillan. The Salt Road: Harbours and Their People. Dundrum: Gannet Press, 2008. 320 pp. $35.00 (cloth).\n\n"
    "Reviewed by Ann Rowe (Dundrum University)\nPublished on Q-Harbour (July, 2009)\nCommissioned by Ben Tarrow\n\n"
    "Piers at Night\n\n" PROSE_LONG,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Q-Harbour"), XT_FIELD (CK_FIELD_TITLE, "Piers at Night"),
      XT_AUTHOR ("Rowe"), XT_ABSENT ("Q-Net Reviews in the Arts & Letters") } },
  { "/extract/venue-lines/month-line-section-label",
    "Harbour Review, February 2008\n\nReviews: Books\n\nBreaking the tide-table myths\n\n"
    "The Salt Road: Harbours and Their People\nAnn Quillan, Gannet Press, 276 pages, hardback, £18.99\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Review"), XT_FIELD (CK_FIELD_TITLE, "Breaking the tide-table myths"),
      XT_ABSENT ("Reviews: Books") } },
  { "/extract/venue-lines/site-over-section-bar",
    "Harbour Review of Books\n\nGEOGRAPHY | Review Essays\n\nTides, Salt and Trade\nBy Ann Rowe · May 4, 2018\n\n"
    "Ann Quillan, *The Salt Road* (Gannet Press, 2017), 440 pp., $35\n\n" PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Review of Books"), XT_FIELD (CK_FIELD_TITLE, "Tides, Salt and Trade"),
      XT_AUTHOR ("Rowe"), XT_ABSENT ("GEOGRAPHY | Review Essays") } },
  /* ---- a journal's citation of the issue atop a review, the journal unknown */
  { "/extract/venue-lines/journal/name-over-volume",
    "THE SALT HARBOUR REVIEW\nVol. 38, Part II (1990), pp. 187-9\n\nREVIEWS\n\n"
    "ADA VELL, The Orchard Ledger. Heron Books, 1989. 214 pp. $24.95.\n\n"
    "This is a fine book about apples and the people who grow them, and it is well written.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE SALT HARBOUR REVIEW"), XT_FIELD (CK_FIELD_VOLUME, "38"),
      XT_FIELD (CK_FIELD_ISSUE, "II"), XT_YEAR (1990), XT_TITLE ("The Orchard Ledger"), XT_YEAR (1989) } },
  { "/extract/venue-lines/journal/roman-volume",
    "JOURNAL OF SALT HISTORY, Vol. XXIX, No. 4 (Oct.-Dec. 1968)\n\n"
    "ADA VELL, The Orchard Ledger. Heron Books, 1967. 214 pp. $4.95.\n\n"
    "This is a fine book about apples and the people who grow them, and it is well written.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_VOLUME, "XXIX"), XT_FIELD (CK_FIELD_ISSUE, "4"), XT_YEAR (1968) } },
  { "/extract/venue-lines/journal/series",
    "The Salt History Review, 2nd ser., XXXIX, 1 (1986), pp. 142-143\n\n"
    "ADA VELL. The Orchard Ledger. Heron Books, 1985. 214 pp. $24.95.\n\n"
    "This is a fine book about apples and the people who grow them, and it is well written.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Salt History Review"), XT_FIELD (CK_FIELD_PAGES, "142-143") } },
  { "/extract/venue-lines/journal/dotted-number",
    "Salt Harbour Classical Review 2005.04.12\n\nAda Vell, The Orchard Ledger. Heron Books, 2004. Pp. 214. $24.95.\n\n"
    "This is a fine book about apples and the people who grow them, and it is well written.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Salt Harbour Classical Review"), XT_YEAR (2005) } },
  { "/extract/venue-lines/journal/person-is-no-journal",
    "Ada Vell, Vol. 2 (1990)\n\nThis is a fine book about apples and the people who grow them, and it is well written.\n",
    { XT_NONE_FIRED ("journal-venue") } },
  /* ---- an unknown periodical's name and the issue's date, first or last */
  { "/extract/venue-lines/dated-name/first-line",
    "Salt Woman, Spring 1974\n\nA KILLING IN THE ORCHARD\n\n"
    "This is a fine book about apples, and Ada Vell's The Orchard Ledger (Heron, 1989) is its model.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Salt Woman"), XT_YEAR (1974) } },
  { "/extract/venue-lines/dated-name/last-line",
    "A KILLING IN THE ORCHARD\n\nThis is a fine book about apples, and Ada Vell's The Orchard Ledger (Heron, 1989) "
    "is its model.\n\n                    Boston Evening Lamp, Sept. 24, 1932\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Boston Evening Lamp"), XT_DATE (1932, 9, 24) } },
  { "/extract/venue-lines/dated-name/place-dateline",
    "London, Spring 1974\n\nA KILLING IN THE ORCHARD\n\n"
    "This is a fine book about apples, and Ada Vell's The Orchard Ledger (Heron, 1989) is its model.\n",
    { XT_NO_SELF } },
  { "/extract/venue-lines/dated-name/person-signature",
    "A KILLING IN THE ORCHARD\n\nThis is a fine book about apples, and Ada Vell's The Orchard Ledger (Heron, 1989) "
    "is its model.\n\nAda Vell, June 2018\n",
    { XT_NONE_FIRED ("journal-venue") } },
};

/* periodicals named in prose: the name's own paper word, or the cue
 * around it */
#define HEADP "THE SALT ROAD. By Ann Quillan. Gannet Press. 320 pp. $3.50.\n\n"
static const XtCase prose[] = {
  { "/extract/venue-lines/prose/the-name-gazette",
    HEADP "Quillan has used the harbour board's minutes, but she draws far more heavily on the Tidewater Gazette "
    "and on the memoirs of the men who worked the docks. It is a sober book\nand a useful one, and the\nindex is good.\n",
    { XT_PERIODICAL ("Tidewater Gazette") } },
  { "/extract/venue-lines/prose/the-possessive-journal",
    HEADP "The book is long, and it is slow. Quillan draws on the harbour board's minutes and on the Sailor’s "
    "Journal,\nwhich printed the pilots' letters. It is a sober book\nand a useful one, and the\nindex is good.\n",
    { XT_PERIODICAL ("Sailor’s Journal") } },
  { "/extract/venue-lines/prose/until-its-suppression",
    HEADP "The chapter on the strike draws on the union's own records and on the Quayside Worker until its "
    "suppression in March 1913. It is a sober book\nand a useful one, and the\nindex is good.\n",
    { XT_PERIODICAL ("Quayside Worker") } },
  /* a paper named as an employer is an institution, no work cited */
  { "/extract/venue-lines/prose/correspondent-for",
    HEADP "Quillan knew the docks at first hand: she was a war correspondent for Iron Banner from 1941 until the "
    "paper closed. It is a sober book\nand a useful one, and the\nindex is good.\n",
    { XT_ABSENT ("Iron Banner") } },
  { "/extract/venue-lines/prose/quoted-in",
    HEADP "The harbour master's last letter, quoted in Lamplighter the week after his death, is the best thing in "
    "the book. It is a sober book\nand a useful one, and the\nindex is good.\n",
    { XT_PERIODICAL ("Lamplighter") } },
  { "/extract/venue-lines/prose/serialised-in-parts",
    HEADP "The first version of the book was serialised in four parts in Lamplighter in 1958, and much of it "
    "survives here. It is a sober book\nand a useful one, and the\nindex is good.\n",
    { XT_PERIODICAL ("Lamplighter") } },
  /* a book the text cites is no paper when quoted from */
  { "/extract/venue-lines/prose/neg/quoted-in-book",
    HEADP "Her earlier Harbour Lights (Gannet Press, 1981) made the case first, and the letter is quoted in "
    "Harbour Lights\nas well. It is a sober book\nand a useful one, and the\nindex is good.\n",
    { XT_NOT_PERIODICAL ("Harbour Lights"), XT_TITLE ("Harbour Lights") } },
  /* the ocean, a city, a phrase: no periodical */
  { "/extract/venue-lines/prose/neg/ocean",
    HEADP "In the last chapter the hero, torpedoed in the Atlantic, drifts for days with a mad shipmate. It is a "
    "sober book\nand a useful one, and the\nindex is good.\n",
    { XT_ABSENT ("Atlantic") } },
  { "/extract/venue-lines/prose/neg/ocean-wrapped",
    HEADP "The book is long, and it is slow. In the last chapter the hero, torpedoed in the\n"
    "Atlantic, drifts for days with a mad shipmate who talks. It is a sober book\nand a useful one, and the\nindex is good.\n",
    { XT_ABSENT ("Atlantic") } },
  /* the magazine after a cue of writing */
  { "/extract/venue-lines/prose/magazine-of-ocean-name",
    HEADP "The book is long, and it is slow. Quillan first wrote about the docks in an essay in the\n"
    "Atlantic, and the essay is better than the book. It is a sober book\nand a useful one, and the\nindex is good.\n",
    { XT_PERIODICAL ("Atlantic") } },
  { "/extract/venue-lines/prose/neg/quoted-in-place",
    HEADP "The letter, quoted in full by Quillan and quoted in Dublin at the inquest, is the best thing in the "
    "book. It is quoted in Reed's memoir as well. It is a sober book\nand a useful one, and the\nindex is good.\n",
    { XT_ABSENT ("Dublin"), XT_ABSENT ("Reed"), XT_COUNT (1) } },
  { "/extract/venue-lines/prose/neg/order-suppression",
    HEADP "The friars kept the harbour chapel until the suppression of their order, and the Harbour Board kept its "
    "records until its abolition in 1920. It is a sober book\nand a useful one, and the\nindex is good.\n",
    { XT_COUNT (1) } },
};

/* near misses: no venue, or no work */
static const XtCase negatives[] = {
  /* the book's header under a "From" line is the book's, no heading */
  { "/extract/venue-lines/neg/from-line-over-header",
    "Ann Rowe\n\nThe Salt Question\n\nFrom Lodestone, Vol. XII, No. 3, March 1937, pp. 40-41.\nTranscribed from a copy.\n\n"
    "THE SALT ROAD. By Ann Quillan. (Gannet Press. 5s.)\n\n" PROSE_LONG,
    { XT_TITLE ("THE SALT ROAD"), XT_AUTHOR ("Quillan"), XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Lodestone"),
      XT_FIELD (CK_FIELD_TITLE, "The Salt Question") } },
  /* a book's imprint is no page head */
  { "/extract/venue-lines/neg/imprint-line", "THE SALT ROAD, Gannet Press, March 16, 1985\n\n" PROSE,
    { XT_NO_SELF } },
  /* a person and a date, a place and a date */
  { "/extract/venue-lines/neg/signature-date", PROSE "\nANN ROWE, Saturday, March 16, 1985\n", { XT_NO_SELF } },
  /* a page number over a book's title and its year: no running head */
  { "/extract/venue-lines/neg/page-over-title-year", "12\nThe Salt Road      1956\n\n" PROSE, { XT_NO_SELF } },
  /* a genre heading is no work */
  { "/extract/venue-lines/neg/genre-heading", "FICTION & NONFICTION\n\n" BOOK PROSE,
    { XT_ABSENT ("FICTION & NONFICTION") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (lines, G_N_ELEMENTS (lines));
  xt_add_cases (prose, G_N_ELEMENTS (prose));
  xt_add_cases (negatives, G_N_ELEMENTS (negatives));
  return g_test_run ();
}
