/* test-notes13.c — conventions read in the thirteenth session.  Every text
 * is invented. */
#include "extract-test-util.h"

/* a reviewed book and a paragraph of prose under the venue line */
#define BOOK "The Salt Road. By Ann Quillan. London: Gannet Press, 1961. Pp. 300. 30s.\n\n"
#define PROSE_LONG "Ann Quillan has written a long book about salt, and the harbour towns that lived by it, over many " \
  "years.\nIt deserves a wide audience among readers of every kind. The chapters on the boilers are the best; those " \
  "on the\ntrade are thinner, but they will serve until something better comes along, and it will last.\n"
#define PROSE "Ann Quillan has written a book about salt that deserves a wide audience among readers of every kind, " \
  "and it will last a long while yet.\n"

static const XtCase cases[] = {
  /* ---- the journal's own citation of the review (detect-venue.c, venue-journal.c) */
  /* "Number" for the issue, the pages after a colon (a first page that reads as a year) */
  { "/extract/notes13/venue-number-colon-pages",
    "Harbour Journal of Sociology\nVolume 108 Number 6 (May 2003): 1402-4\n\n" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Journal of Sociology"), XT_FIELD (CK_FIELD_VOLUME, "108"),
      XT_FIELD (CK_FIELD_ISSUE, "6"), XT_FIELD (CK_FIELD_PAGES, "1402-4"), XT_DATE (2003, 5, 0) } },
  /* the volume in roman numerals between bullets, as a running foot */
  { "/extract/notes13/venue-bullets-roman",
    BOOK PROSE "\nTHE GANNET MAGAZINE \xe2\x80\xa2 CXLVII \xe2\x80\xa2 MARCH 2005\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE GANNET MAGAZINE"), XT_FIELD (CK_FIELD_VOLUME, "CXLVII"),
      XT_DATE (2005, 3, 0) } },
  /* the classicists' volume.issue after the year, a holder's copyright after the pages */
  { "/extract/notes13/venue-dotted-volume-copyright",
    "The Harbour Review (2016) 66.2 418\xe2\x80\x93" "420 \xc2\xa9 The Harbour Association\n\n" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Review"), XT_FIELD (CK_FIELD_VOLUME, "66"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_YEAR (2016) } },
  /* the serial numbers and the copyright's year at the foot */
  { "/extract/notes13/venue-issn-copyright-year",
    BOOK PROSE "\nGANNET QUARTERLY, Vol. 73, No. 4, pp. 91-93, ISSN 0015-1386, electronic ISSN 1533-863X. "
    "\xc2\xa9 2020 by the Regents of the Harbour.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "GANNET QUARTERLY"), XT_FIELD (CK_FIELD_VOLUME, "73"),
      XT_FIELD (CK_FIELD_ISSUE, "4"), XT_FIELD (CK_FIELD_PAGES, "91-93"), XT_YEAR (2020) } },
  /* a typewriter's double hyphen before the date */
  { "/extract/notes13/venue-double-hyphen",
    "THE HARBOUR HISTORICAL QUARTERLY\nVolume XXXI, Number 3 -- September, 1957\n\n" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_VOLUME, "XXXI"), XT_FIELD (CK_FIELD_ISSUE, "3"), XT_DATE (1957, 9, 0) } },
  /* the page's section between bars; an obituary's subject is its heading */
  { "/extract/notes13/venue-section-between-bars",
    "The Harbour Chronicle | Obituaries | Tuesday 24 February 2009\n\nAnn Quillan\n"
    "Historian who put the salt boilers of the coast back into the story of the harbour towns\n\n" PROSE,
    { XT_TITLE ("Ann Quillan"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Chronicle"), XT_DATE (2009, 2, 24),
      XT_TYPE (CK_TYPE_ARTICLE_NEWSPAPER) } },
  /* "From the March 2007 issue of the Lamp" */
  { "/extract/notes13/venue-from-dated-issue",
    "From the March 2007 issue of the Harbour Lamp\n\n" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Lamp"), XT_FIELD (CK_FIELD_ISSUE, "March 2007"),
      XT_DATE (2007, 3, 0) } },
  /* "vol." in lower case with a roman volume in lower case */
  { "/extract/notes13/venue-lower-roman",
    BOOK PROSE "\nThe Journal of Harbour Studies, vol. xxxiv (1933), pp. 410\xe2\x80\x93" "413.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_VOLUME, "xxxiv"), XT_YEAR (1933), XT_FIELD (CK_FIELD_PAGES, "410\xe2\x80\x93" "413") } },
  /* the weekly's one page, the date in brackets, the identifier after */
  { "/extract/notes13/venue-page-date-doi",
    "Harbour Weekly 537, 36 (01 September 2016) doi:10.1038/537036a\n\n" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_VOLUME, "537"), XT_FIELD (CK_FIELD_PAGES, "36"), XT_DATE (2016, 9, 1) } },
  /* the lawyers' citation of the review as the first line */
  { "/extract/notes13/venue-law-citation",
    "25 Harb. L. Rev. 240 (1962)\n\n" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harb. L. Rev."), XT_FIELD (CK_FIELD_VOLUME, "25"),
      XT_FIELD (CK_FIELD_PAGES, "240"), XT_YEAR (1962) } },
  /* a number, a name and a year in a sentence are no venue */
  { "/extract/notes13/no-law-citation-in-prose",
    "25 Harb. L. Rev. 240 (1962) is cited by the court in the judgment, and often since.\n\n" PROSE,
    { XT_NO_SELF } },
  /* one word in capitals between the page and a full date, in columns */
  { "/extract/notes13/venue-page-word-date",
    "376                          GANNET                      MARCH 12, 1932\n\n" BOOK PROSE,
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "GANNET"), XT_DATE (1932, 3, 12), XT_FIELD (CK_FIELD_PAGES, "376") } },
  /* ---- the reviewer's signature (review-signature.c) */
  /* affiliation and name across a column gap, before the notes */
  { "/extract/notes13/signature-affiliation-gap-before-notes",
    "Harbour Journal of History, Vol. 12, No. 3 (1975)\n\n" BOOK PROSE_LONG
    "\nGannet College                                   TOM B. REEDER\n\n"
    "\xc2\xb9 On salt see also Ada Vell, The Salt Trade (London, 1950), a study of the harbour and its trade over many "
    "centuries of its long history.\n",
    { XT_SELF, XT_AUTHOR ("Reeder"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Tom B.") } },
  /* a name over its affiliation, an e-mail line under them, between the header and the prose */
  { "/extract/notes13/signature-under-header",
    "Harbour Journal of Sociology\nVolume 18 Number 6 (May 2003): 102-4\n\n" BOOK
    "Tom Reeder\nUniversity of Gannet\nt.reeder@gannet.ac.uk\n\n" PROSE_LONG,
    { XT_SELF, XT_AUTHOR ("Reeder") } },
  /* a name in capitals alone after the prose, the notes after it */
  { "/extract/notes13/signature-caps-before-notes",
    "Harbour & Letters, Vol. 74, No. 2 (May, 1993)\n\n" BOOK PROSE "\nJULIAN REEDER\n\n"
    "\xc2\xb9 On salt see also Ada Vell, The Salt Trade (London, 1950).\n",
    { XT_SELF, XT_AUTHOR ("Reeder"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Julian") } },
  /* a heading in capitals is no name when the foot signs with an affiliation */
  { "/extract/notes13/signature-outranks-caps-heading",
    "The Harbour Review (2016) 66.2 418\xe2\x80\x93" "420\n\nSALT POPULAR MORALITY\n\n" BOOK PROSE_LONG
    "\nGannet College, Leeds                           M. A. TRELLON\n",
    { XT_SELF, XT_AUTHOR ("Trellon"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "MORALITY") } },
  /* ---- a standfirst names the reviewer after "says" (review-signature.c) */
  { "/extract/notes13/standfirst-says",
    "The killing fields of the salt coast\n\n"
    "Ada Vell's last, unfinished novel is a vast and frightening masterpiece, says Nora Farrant\n\n"
    "The Salt Road by Ada Vell, translated by Tom Reed, 898pp, Gannet, \xc2\xa3" "20\n\n" PROSE_LONG
    "\nThe Harbour Guardian, Saturday 10 January 2009\n",
    { XT_SELF, XT_AUTHOR ("Farrant") } },
  /* ---- a column of books received is an article, not a review (merge.c) */
  { "/extract/notes13/column-books-received",
    "THE HARBOUR REVIEW\nVol. XIV, No. 1, Spring 1973\n\nBOOKS RECEIVED\n\n" BOOK
    "The Gannet Tide. By Tom Reed. London: Gannet Press, 1972. Pp. 210. \xc2\xa3" "3.\n",
    { XT_TITLE ("BOOKS RECEIVED"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "THE HARBOUR REVIEW") } },
  /* ---- titles that run on (title-extend.c, function-words.txt) */
  /* a list of words, the last item longer, a subtitle closed by a span of years */
  { "/extract/notes13/list-title-subtitle-years",
    "We read Ada D. Vell's Salt, Prices, and Production in the Harbour: Gannet, 1920-1923 (Leeds, 1930) again.\n",
    { XT_TITLE ("Salt, Prices, and Production in the Harbour"), XT_FIELD (CK_FIELD_SUBTITLE, "Gannet, 1920-1923"),
      XT_AUTHOR ("Vell"), XT_YEAR (1930), XT_COUNT (1) } },
  /* a list in the subtitle whose last item opens with an article */
  { "/extract/notes13/subtitle-list-article",
    "Comparison with Tom F. Reed's Beyond Salt: Harbours, Boilers, and the Social Organization of Trade "
    "(Gannet Press, 1996) is instructive.\n",
    { XT_TITLE_ANY ("Beyond Salt: Harbours, Boilers, and the Social Organization of Trade", "Beyond Salt"),
      XT_YEAR (1996), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_COUNT (1) } },
  /* an older title carried on by a participle after its comma */
  { "/extract/notes13/participle-title",
    "Compare Vell's New Experiments Salino-Mechanicall, Touching the Weight of the Tide (Oxford, 1660) here.\n",
    { XT_TITLE ("New Experiments Salino-Mechanicall, Touching the Weight of the Tide"), XT_YEAR (1660), XT_COUNT (1) } },
  /* a long preposition stays lower case inside a title */
  { "/extract/notes13/long-preposition-in-title",
    "Comparison with Ada Vell's Night as Harbour: Colonizing the Coast after Dark (Gannet Press, 1987) is instructive.\n",
    { XT_TITLE ("Night as Harbour"), XT_FIELD (CK_FIELD_SUBTITLE, "Colonizing the Coast after Dark"), XT_YEAR (1987) } },
  /* ---- a newspaper's fact box: labels with colons over their values, a blank line between (detect-catalogue.c) */
  { "/extract/notes13/fact-box-labels-over-values",
    "Salt review: the harbour's own historian\n\nTom Reed\n\nBook Title:\nThe Salt Road: Hero or Villain?\n\n"
    "ISBN-13:\n9781910820025\n\nAuthor:\nAda Vell\n\nPublisher:\nGannet Press\n\nGuideline Price:\n\xe2\x82\xac" "40\n\n"
    PROSE_LONG,
    { XT_TITLE_ANY ("The Salt Road: Hero or Villain?", "The Salt Road"), XT_AUTHOR ("Vell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_ABSENT ("Guideline Price:"), XT_ABSENT ("Author:") } },
  /* ---- the typographer's apostrophe in a name is the plain one; a particle after an honorific (extract.c, spans.c) */
  { "/extract/notes13/name-apostrophe-particle",
    "Since Professor de Vell\xe2\x80\x99s Salt Review of Harbour Action (1959) appeared, Ada O\xe2\x80\x99Reed\xe2\x80\x99s "
    "Gannet Tides (Cork, 2002) has been plain.\n",
    { XT_TITLE ("Salt Review of Harbour Action"), XT_AUTHOR ("de Vell"), XT_TITLE ("Gannet Tides"), XT_AUTHOR ("O'Reed") } },
  /* ---- a quoted piece of a reviewed collection (detectors.c, merge.c) */
  { "/extract/notes13/piece-of-collection",
    "WHERE THE SALT LIES\nBy Ada Vell\n287pp. Gannet Press. \xc2\xa3" "20.\n\n"
    "The new collection argues nothing in particular. \xe2\x80\x9c" "Afterlives: The Case of Tom Reed\xe2\x80\x9d makes the "
    "case for a forgotten master, and the piece on the harbour, \xe2\x80\x9cWriting the Tide\xe2\x80\x9d, is among the best "
    "things she has done.\n",
    { XT_TITLE ("Writing the Tide"), XT_TYPE (CK_TYPE_CHAPTER), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "WHERE THE SALT LIES"),
      XT_AUTHOR ("Vell") } },
  /* a quoted title in a review of a novel stays a work of its own */
  { "/extract/notes13/quoted-not-piece-of-novel",
    "WHERE THE SALT LIES\nBy Ada Vell\n287pp. Gannet Press. \xc2\xa3" "20.\n\n"
    "The novel follows a harbour family. Its title recalls \xe2\x80\x9cWriting the Tide\xe2\x80\x9d, a much older book "
    "that everyone on the coast once owned.\n",
    { XT_TITLE ("Writing the Tide"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, NULL) } },
  /* ---- a library's list of acquisitions: older imprints (assemble.c, detect-bookseller.c, normalize.c) */
  { "/extract/notes13/imprint-firms-joined-by-and",
    "PRINTED BOOKS\n\nQUELL, Ada Maria. The Salt Housewife. Boston: Marsh & Capen, and Carter & Hendee,\n"
    "l829. 95 p. ; 15 cm.\nThe first edition of a book that went through many printings.\n",
    { XT_TITLE ("The Salt Housewife"), XT_AUTHOR ("Quell"), XT_YEAR (1829),
      XT_FIELD (CK_FIELD_PUBLISHER, "Marsh & Capen, and Carter & Hendee"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Boston") } },
  { "/extract/notes13/imprint-list-of-firms",
    "PRINTED BOOKS\n\nVELL, Catharine Ada. Hope Salt. New York: White, Gallaher, and White, 1827. 2 v. ; 19 cm.\n"
    "Original boards.\n",
    { XT_TITLE ("Hope Salt"), XT_YEAR (1827), XT_FIELD (CK_FIELD_PUBLISHER, "White, Gallaher, and White") } },
  { "/extract/notes13/imprint-supplied-in-brackets",
    "PRINTED BOOKS\n\nREED, Angelina Ada. Appeal to the Salt Women of the South.\n"
    "[New York: Harbour Anti-Salt Society, 1836.] 36 p. ; 23 cm.\nCaption title.\n",
    { XT_TITLE ("Appeal to the Salt Women of the South"), XT_AUTHOR ("Reed"), XT_YEAR (1836),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harbour Anti-Salt Society"), XT_NO_TITLE_HAS ("REED") } },
  /* ---- a press's seasonal list (detect-press-list.c) */
  /* a title that reads as a name, a subtitle and an edition line before the author */
  { "/extract/notes13/press-list-edition-line",
    "GANNET UNIVERSITY PRESS\nNew Books \xc2\xb7 Spring 1988\n\nSALT TOWN\nCoal and Community in the Harbour\n"
    "Second edition, with a new afterword by the author\nELLEN M. VELL\n\n"
    "First published in 1979 and long out of print, the oral history returns with a new afterword.\n\n"
    "April \xc2\xb7 288 pages \xc2\xb7 40 photographs\nPaper ISBN 0-912648-39-5 \xc2\xb7 $12.95\n",
    { XT_TITLE_ANY ("SALT TOWN: Coal and Community in the Harbour", "SALT TOWN"), XT_AUTHOR ("Vell"),
      XT_FIELD (CK_FIELD_EDITION, "Second edition"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"), XT_YEAR (1988) } },
  /* editors in the author's place */
  { "/extract/notes13/press-list-edited-by",
    "GANNET UNIVERSITY PRESS\nNew Books \xc2\xb7 Spring 1988\n\nREADING THE HARBOUR\nEssays in Salt History\n"
    "Edited by ANN BOWLER and LUIS ORTEL\n\nEleven essays by a new generation of critics reconsider the coast.\n\n"
    "May \xc2\xb7 264 pages\nCloth ISBN 0-912648-44-1 \xc2\xb7 $32.50\n",
    { XT_TITLE_ANY ("READING THE HARBOUR: Essays in Salt History", "READING THE HARBOUR"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Bowler"), XT_FAMILY (CK_ROLE_EDITOR, 1, "Ortel") } },
  /* a blurb with its praiser's name after a dash is no title */
  { "/extract/notes13/blurb-no-title",
    "She writes well.\n\n\"A model of harbour history\xe2\x80\x94humane, exact, and beautifully\nwritten.\" "
    "\xe2\x80\x94Laura K. Essen, University of Gannet\n",
    { XT_COUNT (0) } },
  /* ---- in a text on films a person in the publisher's place directed the film (extract.c) */
  { "/extract/notes13/film-director-paren",
    "The film is long. The films of the director are long; the camera moves slowly, and the cinema of the long shot "
    "is slow. Every film is slow.\n\nThe chapter on Salt Harbour (Roman Vell, 1994) is a tour de force.\n",
    { XT_TITLE ("Salt Harbour"), XT_TYPE (CK_TYPE_MOTION_PICTURE), XT_FAMILY (CK_ROLE_DIRECTOR, 0, "Vell"),
      XT_FIELD (CK_FIELD_PUBLISHER, NULL), XT_YEAR (1994) } },
  /* elsewhere it stays as it was read */
  { "/extract/notes13/no-film-text-no-director",
    "The chapter on Salt Harbour (Roman Vell, 1994) is a tour de force.\n",
    { XT_NO_TYPE (CK_TYPE_MOTION_PICTURE) } },
  /* ---- possessive titles (detectors.c detect_possessive) */
  /* a kind of book, then the title after a comma */
  { "/extract/notes13/possessive-genre-comma-title",
    "This is Ian Vell's Trotskyist history, Harbour Bolsheviks (1981), which matters.\n",
    { XT_TITLE ("Harbour Bolsheviks"), XT_AUTHOR ("Vell"), XT_YEAR (1981), XT_ABSENT ("Trotskyist history, Harbour Bolsheviks") } },
  /* "or of" between two owners' titles */
  { "/extract/notes13/possessive-or-of",
    "Nothing of Ada Vell's Into the Salt or of Tom Reed's Conspiracy of Tides (1952) is here.\n",
    { XT_TITLE ("Into the Salt"), XT_AUTHOR ("Vell"), XT_TITLE ("Conspiracy of Tides"), XT_AUTHOR ("Reed"), XT_COUNT (2) } },
  /* ---- a year after "in" closes a title found by its cue (detect-prose-cue.c) */
  { "/extract/notes13/prose-cue-title-in-year",
    "The concluding volume of the tetralogy that began with The Age of Salt in 1962 is personal.\n",
    { XT_TITLE ("The Age of Salt"), XT_YEAR (1962), XT_ABSENT ("The Age of Salt in 1962") } },
  /* ---- "Mr. Vell in An Essay (…)": an honorific and a surname before "in" and an article (title-yearparen.c) */
  { "/extract/notes13/honorific-in-article-title",
    "It was put by Mr. Vell in An Examination of the Place of Salt in Ethics\n(Cambridge, 1950), and answered.\n",
    { XT_TITLE ("An Examination of the Place of Salt in Ethics"), XT_AUTHOR ("Vell"), XT_YEAR (1950) } },
  /* without the article the words may be one title */
  { "/extract/notes13/honorific-in-title-kept",
    "We have read Mrs Quell in Harbour Lodge (London, 1950) twice.\n",
    { XT_TITLE ("Mrs Quell in Harbour Lodge") } },
  /* ---- "chapter of T" in prose opens no reference entry (detect-reflist.c) */
  { "/extract/notes13/prose-chapter-of-no-entry",
    "By it he means the view of Professor Vell in the sixth\nchapter of Language, Salt and Logic and, in a more "
    "elaborate form, of\nProfessor C. L. Reed's Ethics and Salt (New Haven, 1944). The criticism is the now "
    "familiar one that the theory cannot be stated.\n",
    { XT_TITLE ("Ethics and Salt"), XT_AUTHOR ("Reed"), XT_YEAR (1944), XT_NO_TITLE_HAS ("elaborate") } },
  /* ---- a person after "by" is never a title (detect-bare.c, detectors.c) */
  { "/extract/notes13/by-person-year-no-title",
    "He read the volume edited by Stephen Eric Vell in 1978, also called The Letters of Ada Reed.\n",
    { XT_ABSENT ("Stephen Eric Vell") } },
  { "/extract/notes13/by-honorific-imprint-no-title",
    "It is in the Harbour Beitr\xc3\xa4ge edited by Professor Vell (Vienna, 1933), which would have helped.\n",
    { XT_ABSENT ("Professor Vell") } },
  /* ---- the owner of an anthology, an edition or a translation (extract.c), roles in the imprint's brackets (detectors.c) */
  { "/extract/notes13/owner-anthology-editor",
    "It was the manner of Mr. Vell's anthology New Salt Lines, ironic and level.\n",
    { XT_TITLE ("New Salt Lines"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_FAMILY (CK_ROLE_AUTHOR, 0, NULL) } },
  { "/extract/notes13/owner-translation-as",
    "It is accessible in Mr. Reed's translation as Interest and Salt (1936); the early work.\n",
    { XT_TITLE ("Interest and Salt"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Reed"), XT_YEAR (1936) } },
  { "/extract/notes13/paren-translated-by-year",
    "He modified it in Monetary Theory and the Salt Cycle (translated by N. Kaldor and H. M. Croome, 1933). Nor does he.\n",
    { XT_TITLE ("Monetary Theory and the Salt Cycle"), XT_FAMILY (CK_ROLE_TRANSLATOR, 1, "Croome"), XT_YEAR (1933) } },
  /* a translator's line under the author in a press's list (detect-press-list.c) */
  { "/extract/notes13/press-list-translator-line",
    "GANNET UNIVERSITY PRESS\nNew Books \xc2\xb7 Spring 1988\n\nTHE SPARROW'S SALT\nA Novel\nMARIA VELLSKA\n"
    "Translated from the Polish by Edward Reed\n\nA schoolteacher in a mining town keeps a diary through the winter.\n\n"
    "June \xc2\xb7 220 pages\nPaper ISBN 0-912648-47-6 \xc2\xb7 $9.95\n",
    { XT_TITLE_ANY ("THE SPARROW'S SALT: A Novel", "THE SPARROW'S SALT"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Reed"),
      XT_AUTHOR ("Vellska") } },
  /* ---- a list of works cited, one entry a paragraph (detect-styles.c) */
  { "/extract/notes13/works-cited-blank-lines",
    "Works Cited\n\nBrack, Ivo. Tides and Men. Gannet Press, 1999.\n\nQuell, Ada. Harbour Lights. Yale UP, 2001.\n\n"
    "Reed, Tom, translator. Salt Songs. Gannet Press, 2003.\n",
    { XT_TITLE ("Tides and Men"), XT_TITLE ("Harbour Lights"), XT_YEAR (2001), XT_TITLE ("Salt Songs"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Reed"), XT_COUNT (3) } },
  /* ---- a web page's dateline and standfirst are no heading (detectors.c title_para) */
  { "/extract/notes13/heading-over-standfirst-dateline",
    "Ann Quillan obituary\n\nSalt boiler and singer who recorded the songs of the harbour before the works closed\n\n"
    "Tom Reed\n\nThu 14 Mar 2019 17.40 GMT\n\n" PROSE "\nThe Harbour Chronicle, Thursday 14 March 2019\n",
    { XT_TITLE ("Ann Quillan obituary"), XT_DATE (2019, 3, 14), XT_TYPE (CK_TYPE_ARTICLE_NEWSPAPER),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Chronicle") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
