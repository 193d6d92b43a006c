/* test-general.c — conventions that make the extractor generalize beyond
 * the texts it was written against: bare "Title (Year)" lists, roles
 * before an imprint, quoted articles with their periodical, OCR repairs,
 * issue lines without a periodical name.  Every text is invented.  One row
 * per convention (XtCase, extract-test-util.h). */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* "Vol. 9 No. 4 · 3 May 1987" names no periodical; the heading and the
   * byline on the two lines after it belong to the review itself. */
  { "/extract/general/venue/issue-line-without-name",
    "Vol. 9 No. 4 \xc2\xb7 3 May 1987\n\n"
    "The Price of Salt\nMarta Quell\n\n"
    "The Salt Roads by Piet Harlan\nMarrow, 312 pp, \xc2\xa3" "14.95, April 1987\n\n"
    "Harlan has written a long and careful book about the salt trade of the northern coast, "
    "and it is the better for the patience with which it treats its many sources.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_VOLUME, "9"), XT_FIELD (CK_FIELD_ISSUE, "4"),
      XT_FIELD (CK_FIELD_TITLE, "The Price of Salt"), XT_AUTHOR ("Quell"), XT_YEAR (1987),
      XT_FIRED ("venue-line") } },
  /* "From Journal, Vol.3 No.1, Spring 1971, pp.5-9." */
  { "/extract/general/venue/volume-and-number",
    "Ada Brisk\n\nFrom Northern Socialist Quarterly, Vol.3 No.1, Spring 1971, pp.5-9.\n\n"
    "A note on the coal trade, which was the subject of much writing in those years and "
    "which deserves a fuller treatment than it has so far been given by anyone.\n",
    { XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Northern Socialist Quarterly"), XT_FIELD (CK_FIELD_VOLUME, "3"),
      XT_FIELD (CK_FIELD_ISSUE, "1"), XT_FIELD (CK_FIELD_PAGES, "5-9") } },
  /* Scanned text: "â€œ…â€" quotes and "â€™s" (UTF-8 read as cp1252), a
   * publisher hyphenated across lines, "l952" for 1952; evidence and
   * position point into the text as given. */
  { "/extract/general/ocr/repairs",
    "The argument will be familiar to readers of Nora Vell\xc3\xa2\xe2\x82\xac\xe2\x84\xa2" "s The Quiet Har-\n"
    "bour (Leeds: Crom-\n   well Press, l952), and of her essay \xc3\xa2\xe2\x82\xac\xc5\x93" "On Mooring\n"
    "Lines\xc3\xa2\xe2\x82\xac in the same volume.\n",
    { XT_TITLE ("The Quiet Harbour"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Cromwell Press"),
      XT_YEAR (1952), XT_EVIDENCE (1, "Nora", "The Quiet"),
      XT_TITLE ("On Mooring Lines") } },
  /* Bare "Title (Year)": a list of them, a subtitle; events and people
   * with a year are not titles. */
  { "/extract/general/bare-title-year",
    "Mara Colt wrote three novels, Salt Harbour (1961), Grey Fen (1964) and The Last Weir (1969), "
    "before the trilogy that opened with Winter Roads: A Chronicle (1972). The town never forgot "
    "the General Strike (1926), and Tom Pell (1903) was its hero.\n",
    { XT_TITLE ("The Last Weir"),
      XT_TITLE ("Grey Fen"), XT_YEAR (1964),
      XT_TITLE ("Salt Harbour"), XT_AUTHOR ("Colt"),
      XT_TITLE ("Winter Roads"), XT_FIELD (CK_FIELD_SUBTITLE, "A Chronicle"),
      XT_ABSENT ("General Strike"), XT_ABSENT ("Tom Pell"), XT_COUNT (4) } },
  /* "Given Family, Title, trans. X, revised edition (imprint)", "Given
   * Family, ed., Title (imprint)" and a Chicago journal article. */
  { "/extract/general/comma-citations",
    "Reading list\n\n"
    "- Lena Marsh, ed., Rivers of the North: Essays (Oslo: Fjord Books, 1999).\n"
    "- Otto Brenn, Letters from a Lighthouse, trans. Ada Kell, revised edition (London: Hale Press, 1987).\n"
    "- Ivo Stark, \"Why Do Bells Ring?\" Campanology Review 12 (1977): 5-19.\n",
    { XT_TITLE ("Rivers of the North"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Marsh"), XT_AUTHOR (NULL),
      XT_TITLE ("Letters from a Lighthouse"), XT_AUTHOR ("Brenn"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Kell"),
      XT_FIELD (CK_FIELD_EDITION, "revised edition"), XT_FIELD (CK_FIELD_PUBLISHER, "Hale Press"),
      XT_TITLE ("Why Do Bells Ring?"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_FIELD (CK_FIELD_VOLUME, "12"),
      XT_FIELD (CK_FIELD_PAGES, "5-19"), XT_AUTHOR ("Stark"),
      XT_COUNT (3) } },
  /* "Name’s Title, translated by X (imprint)": the role fills the title
   * before it and the imprint is that title's, across a hard line wrap. */
  { "/extract/general/role-before-imprint",
    "Few have read Anna Holm\xe2\x80\x99s The Weaver of Small\nHours, translated by B. Ruud "
    "(Bergen: Kai Press, 1971), though it deserves it.\n",
    { XT_TITLE ("The Weaver of Small Hours"), XT_AUTHOR ("Holm"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Ruud"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Kai Press"), XT_YEAR (1971), XT_COUNT (1) } },
  /* "Title" in The Periodical (Month Day, Year): one article record; a
   * quotation with a parenthesis that holds no date is no article. */
  { "/extract/general/quoted-article-in",
    "Ruth Vale wrote about the ferry strike. Her account first appeared as \"The Last Crossing\" in "
    "The Northern Review of Letters (May 3, 1984). The mayor called it \"a fine thing\" (see above).\n",
    { XT_TITLE ("The Last Crossing"), XT_TYPE (CK_TYPE_ARTICLE_MAGAZINE),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Northern Review of Letters"), XT_YEAR (1984), XT_AUTHOR ("Vale"),
      XT_COUNT (1) } },
  /* A gloss that names no kind of periodical is no periodical. */
  { "/extract/general/gloss-without-periodical-word",
    "They met in the Teatro Luce (Light Theatre) and at Caffe Nero Bianco (Black White Cafe).\n",
    { XT_COUNT (0) } },
  /* A quoted phrase followed by "speech" or "slogan" is no title. */
  { "/extract/general/quoted-speech",
    "The senator never lived down his \"Iron Harvest\" speech of 1902, nor the \"Bread and Coal\" "
    "slogan that followed it.\n",
    { XT_COUNT (0) } },
  /* "Publisher, 240 pp, £18.00, March 2004": the month-and-year of a
   * header line gives the year. */
  { "/extract/general/header-month-year",
    "Ropes and Knots by Vera Strand\nHawser, 240 pp, \xc2\xa3" "18.00, March 2004\n\n"
    "Strand knows her knots, and this is a book for anyone who has ever tied one badly and wondered "
    "why the rope gave way at the worst possible moment.\n",
    { XT_TITLE ("Ropes and Knots"), XT_YEAR (2004), XT_FIELD (CK_FIELD_PUBLISHER, "Hawser") } },
  /* Markdown emphasis marks titles as HTML italics do, and the imprint
   * after the italics is the title's; snake_case and "2*3" are no emphasis */
  { "/extract/general/markdown-emphasis",
    "I loved *The Salt Road* (Lantern Books, 2019) and her earlier _Inland Water_ (2015); "
    "a_b_c and 2*3*4 are no titles.\n",
    { XT_COUNT (2), XT_TITLE ("The Salt Road"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books"), XT_YEAR (2019),
      XT_EVIDENCE (1, "The Salt Road* (Lantern Books, 2019)"), XT_TITLE ("Inland Water"), XT_YEAR (2015) } },
  { "/extract/general/html-italics-owner-imprint",
    "Ada Quell\xe2\x80\x99s <i>The Salt Road</i> (1990) is her best; <em>Inland Water</em> (p. 12) is not.\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_YEAR (1990), XT_TITLE ("Inland Water"), XT_YEAR (0) } },
  /* "Given Family (Two Words, 1991)": after a person's name a title, not
   * a publisher */
  { "/extract/general/person-paren-one-title",
    "Two novelists, Ada Quell (Inland Water, 2015) and Tom Vell, write of it.\n",
    { XT_COUNT (1), XT_TITLE ("Inland Water"), XT_AUTHOR ("Quell"), XT_YEAR (2015), XT_ABSENT ("Ada Quell") } },
  /* … but a firm's word keeps it an imprint */
  { "/extract/general/person-paren-firm",
    "Two novelists, Ada Quell (Lantern Books, 2015) and Tom Vell, write of it.\n",
    { XT_ABSENT ("Lantern Books") } },
  /* "(Journal 2(2):1-24, 1990)", "(Journal 2[2]: 1-24, 1990)": volume, issue, pages */
  { "/extract/general/journal-paren-issue",
    "It was first laid out in \"Salt and Difference in the Herring Economy\" (Public Harbour 2(2):1-24, 1990) "
    "and in \"Inland Water Rights\" (Public Harbour 3[1]:5-9, 1991).\n",
    { XT_TITLE ("Salt and Difference in the Herring Economy"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Public Harbour"), XT_FIELD (CK_FIELD_VOLUME, "2"), XT_FIELD (CK_FIELD_ISSUE, "2"),
      XT_FIELD (CK_FIELD_PAGES, "1-24"), XT_TITLE ("Inland Water Rights"), XT_FIELD (CK_FIELD_ISSUE, "1") } },
  /* ", published by Firm in 1988" after a title gives its imprint; a name
   * that is no firm's, with no year, gives nothing */
  { "/extract/general/trailing-published",
    "Nothing since Ada Quell's The Copper Gull, published by Lantern in 1988, has been so good. "
    "Tom Vell's Open Voices, published by Ivo Orr, was not.\n",
    { XT_TITLE ("The Copper Gull"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern"), XT_YEAR (1988), XT_AUTHOR ("Quell"),
      XT_TITLE ("Open Voices"), XT_FIELD (CK_FIELD_PUBLISHER, NULL), XT_YEAR (0) } },
  /* "Vell's 1990 novel T": the possessive owns the work */
  { "/extract/general/possessive-year-novel",
    "It is long. Ada Vell's 1990 novel The Copper Gull remains the best.\n",
    { XT_COUNT (1), XT_TITLE ("The Copper Gull"), XT_AUTHOR ("Vell"), XT_YEAR (1990) } },
  /* prose cues: "the author of T1 and The T2", "a sequel to T", "T
   * appeared in 1988", "1988's T"; the work in parentheses after a noun */
  { "/extract/general/author-of-two-titles",
    "It is long. She is the author of The Copper Gull and The Open Voices (1990).\n",
    { XT_COUNT (2), XT_TITLE ("The Copper Gull"), XT_YEAR (0), XT_TITLE ("The Open Voices"), XT_YEAR (1990) } },
  { "/extract/general/author-of-lower-the",
    "It is long. She is the author of The Gull and the Open Sea.\n",
    { XT_COUNT (1), XT_TITLE ("The Gull and the Open Sea") } },
  { "/extract/general/sequel-to",
    "It is long. The book, a sequel to The Copper Gull, is shorter.\n",
    { XT_COUNT (1), XT_TITLE ("The Copper Gull") } },
  { "/extract/general/appeared-in-year",
    "It is long. Since The Copper Gull appeared in 1988, she has written five more. "
    "The Harbour Review was first published in 1922.\n",
    { XT_COUNT (1), XT_TITLE ("The Copper Gull"), XT_YEAR (1988), XT_ABSENT ("The Harbour Review") } },
  { "/extract/general/year-possessive",
    "It is long. This is the sequel to 1988's The Copper Gull. In the 1920's Harlem Revival it was short.\n",
    { XT_COUNT (1), XT_TITLE ("The Copper Gull"), XT_YEAR (1988) } },
  { "/extract/general/paren-after-noun",
    "It is long. Her first novel (The Copper Gull, 1988) was long; her teacher (Ada Quell, 1960) was not, "
    "and the town (New Harbour, Maine, 1988) was small.\n",
    { XT_COUNT (1), XT_TITLE ("The Copper Gull"), XT_YEAR (1988) } },
  /* "It is long." is prose, no title of a header */
  { "/extract/general/pronoun-sentence-no-header",
    "It is long. The Copper Gull (Lantern, \xc2\xa3" "18.99) is out now.\n",
    { XT_COUNT (1), XT_TITLE ("The Copper Gull"), XT_ABSENT ("It is long") } },
  /* author-date reference lists (AAA, Chicago author-date): the year after
   * the inverted name, a journal "28(3):623-649" or an imprint after the title */
  { "/extract/general/author-date-list",
    "It is a long and careful book about harbours.\n\nReferences Cited\n\n"
    "Quell, Ada\n2005 The Copper Gull: Herring and Empire. Princeton: Lantern University Press.\n"
    "Vell, Tom, and Ann Bell\n1998 Open Voices. Journal of Harbour Studies 28(3):623-649.\n"
    "Orr, Ivo. 2001. Salt and the Sea. London: Lantern Books.\n"
    "Kirk, T. H. 1999. Nets of Empire. Leeds: Gannet Books.\n",
    { XT_COUNT (4), XT_TITLE ("The Copper Gull"), XT_AUTHOR ("Quell"), XT_YEAR (2005), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Princeton"),
      XT_TITLE ("Open Voices"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Bell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Harbour Studies"), XT_FIELD (CK_FIELD_VOLUME, "28"), XT_FIELD (CK_FIELD_ISSUE, "3"),
      XT_FIELD (CK_FIELD_PAGES, "623-649"), XT_TITLE ("Salt and the Sea"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books"), XT_YEAR (2001),
      XT_TITLE ("Nets of Empire"), XT_AUTHOR ("Kirk"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books") } },
  /* OCR's spaced quotes: '" The Title " (1932)' */
  { "/extract/general/ocr-spaced-quotes",
    "It is long. His best book is still \" The Copper Gull \" (1932), and \" Open\nVoices \" came close.\n",
    { XT_TITLE ("The Copper Gull"), XT_YEAR (1932), XT_TITLE ("Open Voices") } },
  /* a column of notices: "TITLE. By Name.\n(Publisher. 7s. 6d.)" wrapped,
   * and a header line over its notice's prose in one paragraph */
  { "/extract/general/notice-column-wrapped",
    "NEW NOVELS\n\nTHE COPPER GULL. By Ada Quell.\n(Lantern. 7s. 6d.)\nOPEN VOICES. By Tom Vell.\n(Harbour Press. 8s. 6d.)\n\n"
    "Miss Quell's new novel is a long and careful study of a fishing town, and it is the best thing she has done.\n\n"
    "SALT MEADOW. By Ann Bell. (Gannet, 25s.)\nTHE author of this book has kept otters for years, and she writes of them "
    "with great care and some humour, though the ending is sad.\n",
    { XT_TITLE ("THE COPPER GULL"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern"),
      XT_TITLE ("OPEN VOICES"), XT_AUTHOR ("Vell"), XT_TITLE ("SALT MEADOW"), XT_AUTHOR ("Bell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet") } },
  /* "and their" inside a title; "of his" before one is prose */
  { "/extract/general/inner-determiner",
    "It is long. Ada Quell's Harbour Towns and their Boats (Leeds, 1972) is standard. "
    "Readers of his Copper Gull (1952) will know it.\n",
    { XT_TITLE ("Harbour Towns and their Boats"), XT_AUTHOR ("Quell"), XT_YEAR (1972), XT_TITLE ("Copper Gull"),
      XT_ABSENT ("Readers of his Copper Gull") } },
  /* "(see Name, 1994)" is an author-date reference, no title; a quoted
   * title with a firm in its parenthesis is a book with that publisher */
  { "/extract/general/see-author-date",
    "The circle (see Quellmann, 1994) drew on serials.\n",
    { XT_COUNT (0) } },
  { "/extract/general/quoted-title-firm-paren",
    "His first novel, \"Salt Roads\" (Harwell Press, 1987), sold well.\n",
    { XT_COUNT (1), XT_TITLE ("Salt Roads"), XT_TYPE (CK_TYPE_BOOK), XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, NULL), XT_YEAR (1987) } },
  /* an imprint with a note on the original after a semicolon: the note's
   * title, place and year go on the book, and no other book takes them */
  { "/extract/general/imprint-original-note",
    "Salt Road by Ada Quell, translated from the Danish by Ben Vell, Gannet Press, 1990, is the book here.\n\n"
    "The Long Tide (Gannet, 1990; first published in Oslo as Langt tidevann, 1985) is a novel.\n",
    { XT_TITLE ("The Long Tide"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_YEAR (1990),
      XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Langt tidevann"), XT_FIELD (CK_FIELD_ORIGINAL_PUBLISHER_PLACE, "Oslo"),
      XT_TITLE ("Salt Road"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, NULL),
      /* a firm's name after the translator is no second translator */
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 1, NULL),
      XT_TEXT ("The Long Tide (Gannet, 1990; orig. 1985) is a novel.\n"),
      XT_TITLE ("The Long Tide"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"), XT_YEAR (1990) } },
  /* a statement after the title: place and year, a bare year, a comma
   * inside the quotes, a dated apposition after a dash */
  { "/extract/general/trailing-published-place-dash-quote",
    "Her \"Moth Years,\" published in London in 1958, was a success.\n\n"
    "Vell's \"Winter Ferries\" \u2014 a 1972 novel \u2014 was filmed.\n\n"
    "Quell's *Stone Harbour*, published 1988, sold well.\n\n"
    "His \"Salt Pans,\" published in London, is lost.\n",
    { XT_TITLE ("Moth Years"), XT_YEAR (1958), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_TITLE ("Winter Ferries"), XT_YEAR (1972),
      XT_TITLE ("Stone Harbour"), XT_YEAR (1988),
      /* a place alone dates nothing and is not taken */
      XT_TITLE ("Salt Pans"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, NULL) } },
  /* "Title, Given Family (imprint)" in prose: the name is the author,
   * the words before its comma the title; a title that is no name stays */
  { "/extract/general/title-comma-author-imprint",
    "In her study of the coast, The Salt Road, Ada Quell (Gannet, 2015) argues well.\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_YEAR (2015), XT_ABSENT ("Ada Quell"),
      XT_TEXT ("See also Ben Vell, Moth Years (Heron, 1990), for the other side.\n"),
      XT_TITLE ("Moth Years"), XT_AUTHOR ("Vell"), XT_YEAR (1990) } },
  /* ", appeared in 1961" after an apposed title dates it; a title read
   * before "and" is no first name of the next possessive's owner */
  { "/extract/general/appeared-in-year-and-possessive-pair",
    "Quell's third novel, Salt Road, appeared in 1961 to little notice.\n\n"
    "Like Nell Orr's The Glass Coast and Tom Pell's Winter Ferries, the book is about leaving.\n",
    { XT_TITLE ("Salt Road"), XT_AUTHOR ("Quell"), XT_YEAR (1961),
      XT_TITLE ("Winter Ferries"), XT_AUTHOR ("Pell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, NULL),
      XT_TITLE ("The Glass Coast"), XT_AUTHOR ("Orr") } },
  /* an imprint in square brackets, in prose or inside a parenthesis; a
   * firm and a year closing the clause after a by-line's roles */
  { "/extract/general/bracket-imprint-and-prose-firm-year",
    "The argument is made at length in his Salt Road [London: Gannet & Sons, 1961], a book still read.\n\n"
    "Quell (in a late chapter of her Stone Harbour [New York: Heron, 1970]) says the same.\n\n"
    "The Long Tide by Ada Quell, translated from the Danish by Ben Vell, Gannet Press, 1990, is the book here.\n",
    { XT_TITLE ("Salt Road"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet & Sons"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_YEAR (1961),
      XT_TITLE ("Stone Harbour"), XT_FIELD (CK_FIELD_PUBLISHER, "Heron"), XT_YEAR (1970),
      XT_TITLE ("The Long Tide"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_YEAR (1990) } },
  /* '"Title" by Given Family (Firm; 12/6)': the name is the author, never
   * a title of its own; old British prices in the bracket */
  { "/extract/general/quoted-by-name-imprint",
    "\"The Salt Road\" by Ada Quell (Gannet Press; 12/6) is the best of the month.\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_ABSENT ("Ada Quell"), XT_COUNT (1) } },
  /* "edited by Name as Title (imprint)": the name is the editor, the title
   * starts after "as"; a label of notes on the first line of its list is
   * no header */
  { "/extract/general/edited-as-title-and-notes-label",
    "Her evidence comes from the letters edited by Cora Lind as Letters from the Salt Coast (London: Gannet, "
    "1990), and from the port books.\n\nNotes\n1. See, for example, Ralph Davis, The Rise of the Salt "
    "Trade (London: Macmillan, 1962), 12-19.\n",
    { XT_TITLE ("Letters from the Salt Coast"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Lind"), XT_YEAR (1990),
      XT_TITLE ("The Rise of the Salt Trade"), XT_AUTHOR ("Davis"), XT_FIELD (CK_FIELD_PUBLISHER, "Macmillan"),
      XT_NO_TITLE_PREFIX ("Notes") } },
  /* "her second, “T”": the ordinal stands for a book of hers */
  { "/extract/general/pronoun-ordinal-quoted",
    "THE SALT ROAD. By Ada Quell. 312 pp. New York: Heron House. $3.95.\n\n"
    "Miss Quell, whose first novel was much admired, has written a long and quiet book about a port. It is "
    "better than her second, \"Winter Ferries,\" and nearly as good as the first.\n",
    { XT_TITLE ("Winter Ferries"), XT_AUTHOR ("Quell") } },
  /* "Mr. Vell, author of “T”,": the apposition's name wrote it */
  { "/extract/general/name-author-of-quoted",
    "MOTH YEARS. By Ben Vell. Heron. 8/6.\n\nMr. Vell, author of \"Stone Harbour,\" has written a tale of "
    "the war which will please his many readers, and it is a long one.\n",
    { XT_TITLE ("Stone Harbour"), XT_AUTHOR ("Vell") } },
  /* "her collection of stories T": the kind of pieces after the noun */
  { "/extract/general/collection-of-stories-title",
    "THE SALT ROAD. By Ada Quell. 312 pp. New York: Heron House. $3.95.\n\n"
    "Quell made her name in 1931, and her collection of stories Winter Ferries followed two years later.\n",
    { XT_TITLE ("Winter Ferries"), XT_AUTHOR ("Quell") } },
  /* "T, her best book,": the title's last word inside another title
   * found before ("Harbour Lights") is no surname that recurs */
  { "/extract/general/apposition-word-in-other-title",
    "THE SALT ROAD. By Ada Quell. 312 pp. New York: Heron House. $3.95.\n\n"
    "Quell made her name with the novel Harbour Lights in 1931. Like Stone Harbour, her best book, the new one "
    "is set on the coast.\n",
    { XT_TITLE ("Harbour Lights"), XT_TITLE ("Stone Harbour"), XT_AUTHOR ("Quell") } },
  /* "T (1951; translated as T2, 1960)": the original with its English
   * title and year after the semicolon */
  { "/extract/general/year-translated-as",
    "THE SALT ROAD. By Ada Quell. 312 pp. New York: Heron House. $3.95.\n\n"
    "Quell's earlier Havnelys (1951; translated as Harbour Lights, 1960) is better known here.\n",
    { XT_TITLE ("Havnelys"), XT_AUTHOR ("Quell"), XT_YEAR (1951) } },
};

/* Markdown emphasis becomes "<i>…</i>", strong emphasis loses its marks
 * (bold, like <b>), and the map points the tags at the marks they
 * replace. */
static void
test_normalize_markdown (void)
{
  gsize n = 0;
  g_autofree guint32 *map = NULL;
  const char *md = "See **Salt** and *Iron*.";
  g_autofree char *out = ck_normalize_text (md, strlen (md), &n, &map);
  g_assert_cmpstr (out, ==, "See Salt and <i>Iron</i>.");
  g_assert_cmpuint (map[4], ==, 6);                       /* "S" after the dropped "**" */
  g_assert_cmpuint (map[13], ==, 17);                     /* "<" of the tag: the "*" before "Iron" */
  g_assert_cmpuint (map[n], ==, strlen (md));
  g_assert_null (ck_normalize_text ("a * b and snake_case_name", 25, &n, &map));
}

/* A normalizer that finds nothing to repair leaves the text alone. */
static void
test_normalize_nothing (void)
{
  gsize n = 0;
  guint32 *map = NULL;
  const char *plain = "A well-\nKnown case, in 1937, \xe2\x80\x9c" "quoted\xe2\x80\x9d and fran\xc3\xa7" "aise.";
  g_assert_null (ck_normalize_text (plain, strlen (plain), &n, &map));
  g_assert_null (map);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  g_test_add_func ("/extract/general/ocr/nothing-to-repair", test_normalize_nothing);
  g_test_add_func ("/extract/general/markdown/normalized", test_normalize_markdown);
  return g_test_run ();
}
