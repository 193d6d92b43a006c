/* test-catalogue-battery.c — library catalogue and bookseller records as
 * people paste them into reviews and notes: OPAC and union-catalogue
 * displays, MARC-derived labelled fields, ISBD lines, headings with life
 * dates and relator terms, search-result lists, dealers' entries; and the
 * parts of such pages that name no work (subjects, holdings, call numbers).
 *
 * Written from the conventions of library systems and the book trade, not
 * from any evaluation text.  Every author, title and firm here is invented
 * (the firms "Harwell Press", "Gannet Books", "Kestrel Press").
 * (src/lib/extract/detect-catalogue.c, detect-catalogue-notes.c,
 * detect-isbd.c, detect-bookseller.c) */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---------------------------------------------------------- headings */

  /* a card: the heading with life dates, the ISBD body indented under it */
  { "/extract/catalogue-battery/heading/card",
    "Quell, Ada, 1921-1999.\n"
    "   The glass orchard / Ada Quell. -- London : Harwell Press, 1958.\n"
    "   320 p. ; 22 cm.\n",
    { XT_COUNT (1), XT_TITLE ("The glass orchard"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_YEAR (1958) } },
  /* the fuller form in parentheses is no part of the given name */
  { "/extract/catalogue-battery/heading/fuller-form",
    "Title:       The glass orchard / A. B. Quell.\n"
    "Author:      Quell, A. B. (Ada Beth), 1921-\n"
    "Published:   London : Harwell Press, 1958.\n"
    "Description: 320 p. ; 22 cm.\n",
    { XT_COUNT (1), XT_TITLE ("The glass orchard"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "A. B."),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, NULL), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "320"), XT_YEAR (1958) } },
  /* a relator term after the dates names the role */
  { "/extract/catalogue-battery/heading/relator-terms",
    "Title:          The glass orchard / Ada Quell ; translated by Ben Vell.\n"
    "Creator:        Quell, Ada, author.\n"
    "Contributor(s): Vell, Ben, 1899-1970, translator.\n"
    "Publisher:      London : Harwell Press, 1958.\n",
    { XT_COUNT (1), XT_TITLE ("The glass orchard"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, NULL), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"),
      XT_GIVEN (CK_ROLE_TRANSLATOR, 0, "Ben"), XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press") } },
  /* the added names alone give the roles when the title line has none */
  { "/extract/catalogue-battery/heading/added-names-roles",
    "Title:          Letters from the salt marsh\n"
    "Author:         Fenn, Tomas, 1880-1941.\n"
    "Other authors:  Strand, Orla, 1930- editor.\n"
    "                Vell, Ben, translator.\n"
    "Published:      York : Kestrel Press, 1968.\n",
    { XT_COUNT (1), XT_TITLE ("Letters from the salt marsh"), XT_AUTHOR ("Fenn"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Strand"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, NULL), XT_YEAR (1968) } },

  /* ------------------------------------------------------------ labels */

  /* "Title / Author:" holds both, as some discovery layers print them */
  { "/extract/catalogue-battery/labels/title-author",
    "Title / Author:   The iron meadow : a history / Orla Strand.\n"
    "Publication:      Leeds : Gannet Books, 1974.\n"
    "Physical description: 412 p. : ill. ; 24 cm.\n"
    "ISBN:             0000000000\n",
    { XT_COUNT (1), XT_TITLE ("The iron meadow"), XT_FIELD (CK_FIELD_SUBTITLE, "a history"), XT_AUTHOR ("Strand"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "412"), XT_YEAR (1974) } },
  /* "Main title:", "Imprint:", "Edition:" spelled out, series with number */
  { "/extract/catalogue-battery/labels/main-title-imprint",
    "Main title:   The iron meadow / Orla Strand.\n"
    "Edition:      Second edition.\n"
    "Imprint:      Leeds : Gannet Books, [1974]\n"
    "Series:       Gannet histories ; 12\n"
    "Language:     English\n",
    { XT_COUNT (1), XT_TITLE ("The iron meadow"), XT_AUTHOR ("Strand"), XT_FIELD (CK_FIELD_EDITION, "Second edition."),
      XT_FIELD (CK_FIELD_COLLECTION_TITLE, "Gannet histories"), XT_FIELD (CK_FIELD_COLLECTION_NUMBER, "12"),
      XT_YEAR (1974) } },
  /* labels set as columns without colons */
  { "/extract/catalogue-battery/labels/columns",
    "Title      The iron meadow / Orla Strand\n"
    "Author     Strand, Orla, 1930-\n"
    "Publisher  Leeds : Gannet Books, 1974\n"
    "Format     Book\n",
    { XT_COUNT (1), XT_TITLE ("The iron meadow"), XT_AUTHOR ("Strand"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Orla"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Leeds"), XT_YEAR (1974) } },
  /* a copyright year and a "Published:" in RDA words */
  { "/extract/catalogue-battery/labels/rda-copyright",
    "Title:       The iron meadow / Orla Strand.\n"
    "Author:      Strand, Orla, author.\n"
    "Published:   Leeds : Gannet Books, \xc2\xa9" "1974.\n"
    "Description: 1 online resource (xvi, 412 pages)\n",
    { XT_COUNT (1), XT_TITLE ("The iron meadow"), XT_AUTHOR ("Strand"),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "xvi, 412"), XT_YEAR (1974) } },
  /* a WorldCat-style display: the title alone over its labels */
  { "/extract/catalogue-battery/labels/title-over-labels",
    "The iron meadow : a history\n"
    "Author: Orla Strand\n"
    "Publisher: Leeds : Gannet Books, 1974.\n"
    "Edition/Format: Print book : English\n",
    { XT_TITLE ("The iron meadow"), XT_AUTHOR ("Strand"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books"),
      XT_YEAR (1974) } },

  /* -------------------------------------------------------------- ISBD */

  /* the long-dash separators of printed ISBD, extent and series */
  { "/extract/catalogue-battery/isbd/long-dashes",
    "The iron meadow : a history / Orla Strand ; translated by Ben Vell. \xe2\x80\x94 2nd ed. \xe2\x80\x94 "
    "London : Harwell Press, 1958. \xe2\x80\x94 xii, 320 p. ; 22 cm. \xe2\x80\x94 (Harwell library ; 12)\n",
    { XT_COUNT (1), XT_TITLE ("The iron meadow"), XT_FIELD (CK_FIELD_SUBTITLE, "a history"), XT_AUTHOR ("Strand"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"), XT_FIELD (CK_FIELD_EDITION, "2nd ed."),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "xii, 320"),
      XT_FIELD (CK_FIELD_COLLECTION_TITLE, "Harwell library"), XT_FIELD (CK_FIELD_COLLECTION_NUMBER, "12"),
      XT_YEAR (1958) } },
  /* double hyphens, "by" in the statement, an introducer */
  { "/extract/catalogue-battery/isbd/by-and-introduction",
    "The salt marsh / by Tomas Fenn ; with an introduction by Ada Quell. -- York : Kestrel Press, 1961. -- 210 p.\n",
    { XT_COUNT (1), XT_TITLE ("The salt marsh"), XT_AUTHOR ("Fenn"), XT_FAMILY (CK_ROLE_INTRODUCER, 0, "Quell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Kestrel Press"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "210"), XT_YEAR (1961) } },
  /* "[et al.]" and a year in brackets */
  { "/extract/catalogue-battery/isbd/et-al",
    "Tide and harbour / Ada Quell [et al.]. -- York : Kestrel Press, [1966]\n",
    { XT_COUNT (1), XT_TITLE ("Tide and harbour"), XT_AUTHOR ("Quell"), XT_YEAR (1966) } },
  /* a uniform title in brackets gives the original title */
  { "/extract/catalogue-battery/isbd/uniform-title-brackets",
    "Vell, Ben, 1899-1970.\n"
    "   [Le pr\xc3\xa9 de fer. English]\n"
    "   The iron meadow / Ben Vell ; translated by Orla Strand. -- London : Harwell Press, 1958.\n",
    { XT_COUNT (1), XT_TITLE ("The iron meadow"), XT_AUTHOR ("Vell"),
      XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Le pr\xc3\xa9 de fer"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Strand") } },

  /* -------------------------------------------------------------- notes */

  /* "Uniform title:" and "Translation of:" give the original title */
  { "/extract/catalogue-battery/notes/uniform-title-label",
    "Title:          The iron meadow / Ben Vell ; translated by Orla Strand.\n"
    "Uniform title:  Pr\xc3\xa9 de fer. English\n"
    "Author:         Vell, Ben, 1899-1970.\n"
    "Published:      London : Harwell Press, 1958.\n",
    { XT_COUNT (1), XT_TITLE ("The iron meadow"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Pr\xc3\xa9 de fer") } },
  { "/extract/catalogue-battery/notes/translation-of",
    "Title:      The iron meadow / Ben Vell.\n"
    "Author:     Vell, Ben.\n"
    "Published:  London : Harwell Press, 1958.\n"
    "Notes:      Translation of: Le pr\xc3\xa9 de fer.\n",
    { XT_COUNT (1), XT_TITLE ("The iron meadow"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Le pr\xc3\xa9 de fer") } },
  /* "Originally published:" is the original imprint, not this one; the
   * first edition is a record of its own (test-catalogue8.c) */
  { "/extract/catalogue-battery/notes/originally-published",
    "Title:      The iron meadow / Ben Vell.\n"
    "Author:     Vell, Ben.\n"
    "Published:  London : Harwell Press, 1978.\n"
    "Notes:      Originally published: Paris : Rameau, 1950.\n"
    "            Includes bibliographical references (p. 301-310) and index.\n",
    { XT_COUNT (2), XT_TITLE ("The iron meadow"), XT_YEAR (1978), XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"),
      XT_FIELD (CK_FIELD_ORIGINAL_PUBLISHER, "Rameau") } },
  /* "Reprint. Originally published: 1930." */
  { "/extract/catalogue-battery/notes/reprint",
    "Title:      The salt marsh / Tomas Fenn.\n"
    "Author:     Fenn, Tomas, 1880-1941.\n"
    "Published:  York : Kestrel Press, 1975.\n"
    "Notes:      Reprint. Originally published: London : Harwell Press, 1930.\n",
    { XT_COUNT (2), XT_TITLE ("The salt marsh"), XT_YEAR (1975), XT_FIELD (CK_FIELD_PUBLISHER, "Kestrel Press"),
      XT_FIELD (CK_FIELD_ORIGINAL_PUBLISHER, "Harwell Press") } },

  /* ------------------------------------------------------ result lists */

  /* a search results page: numbered ISBD records, holdings under them */
  { "/extract/catalogue-battery/results/numbered",
    "Your search found 3 records.\n\n"
    "1. The glass orchard / Ada Quell. London : Harwell Press, 1958.\n"
    "   Available at Main Library (PR6063 .Q45 G5 1958)\n"
    "2. Tide and harbour / Ada Quell. York : Kestrel Press, 1966.\n"
    "   Checked out\n"
    "3. The salt marsh / Tomas Fenn. York : Kestrel Press, 1961.\n",
    { XT_COUNT (3), XT_TITLE ("The glass orchard"), XT_YEAR (1958), XT_TITLE ("Tide and harbour"), XT_YEAR (1966),
      XT_TITLE ("The salt marsh"), XT_AUTHOR ("Fenn"), XT_NO_TITLE_HAS ("Library"), XT_NO_TITLE_HAS ("Checked") } },
  /* records of labelled fields one after another */
  { "/extract/catalogue-battery/results/labelled-records",
    "Title: The glass orchard / Ada Quell.\n"
    "Published: London : Harwell Press, 1958.\n"
    "Description: 320 p.\n\n"
    "Title: Tide and harbour / Ada Quell.\n"
    "Published: York : Kestrel Press, 1966.\n"
    "Description: 198 p.\n",
    { XT_COUNT (2), XT_TITLE ("The glass orchard"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "320"),
      XT_TITLE ("Tide and harbour"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "198"), XT_YEAR (1966) } },

  /* ------------------------------------------------------- booksellers */

  { "/extract/catalogue-battery/bookseller/caps-surname",
    "QUELL, Ada. The Glass Orchard. London: Harwell Press, 1958. First edition. 8vo, original cloth. \xc2\xa3" "45.\n",
    { XT_COUNT (1), XT_TITLE ("The Glass Orchard"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1958) } },
  /* "Family (Given)." as older dealers' lists and sale catalogues set it */
  { "/extract/catalogue-battery/bookseller/paren-given",
    "Quell (Ada). The Glass Orchard. 1958.\n",
    { XT_COUNT (1), XT_TITLE ("The Glass Orchard"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_YEAR (1958) } },
  { "/extract/catalogue-battery/bookseller/paren-given-caps",
    "STRAND (Orla). The Iron Meadow. Leeds: Gannet Books, 1974. 8vo. Cloth, dust jacket. Fine. \xc2\xa3" "30.\n",
    { XT_COUNT (1), XT_TITLE ("The Iron Meadow"), XT_AUTHOR ("Strand"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Orla"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books"), XT_YEAR (1974) } },
  /* a numbered list of dealers' entries with descriptions of the copies */
  { "/extract/catalogue-battery/bookseller/numbered-list",
    "12. FENN, Tomas. The Salt Marsh. York: Kestrel Press, 1961. First edition. Original cloth, a little rubbed. \xc2\xa3" "25.\n\n"
    "13. QUELL, Ada. Tide and Harbour. York: Kestrel Press, 1966. Octavo. Wrappers. Inscribed by the author. \xc2\xa3" "60.\n",
    { XT_COUNT (2), XT_TITLE ("The Salt Marsh"), XT_AUTHOR ("Fenn"), XT_YEAR (1961),
      XT_TITLE ("Tide and Harbour"), XT_AUTHOR ("Quell"), XT_YEAR (1966), XT_NO_TITLE_HAS ("Inscribed"),
      XT_NO_TITLE_HAS ("Octavo") } },

  /* ------------------------------------------------------------ round 2 */

  /* an older card or union-catalogue entry: no statement of
   * responsibility, the heading gives the author */
  { "/extract/catalogue-battery/card/no-statement",
    "Quell, Ada, 1921-\n"
    "   The glass orchard. London, Harwell Press, 1958.\n"
    "   320 p. 22 cm.\n",
    { XT_COUNT (1), XT_TITLE ("The glass orchard"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1958) } },
  /* MARC tags with subfield marks, as a staff view shows them */
  { "/extract/catalogue-battery/marc/tagged",
    "100 1_ |a Quell, Ada, |d 1921-1999.\n"
    "245 14 |a The glass orchard / |c Ada Quell.\n"
    "250 __ |a 2nd ed.\n"
    "260 __ |a London : |b Harwell Press, |c 1958.\n"
    "300 __ |a 320 p. ; |c 22 cm.\n",
    { XT_COUNT (1), XT_TITLE ("The glass orchard"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_FIELD (CK_FIELD_EDITION, "2nd ed."), XT_YEAR (1958) } },
  /* an online bookshop's labels */
  { "/extract/catalogue-battery/labels/bookshop",
    "Title: The Glass Orchard\n"
    "Author: Ada Quell\n"
    "Published by: Harwell Press\n"
    "Publication date: 12 March 1958\n"
    "Format: Hardback, 320 pages\n",
    { XT_COUNT (1), XT_TITLE ("The Glass Orchard"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"),
      XT_YEAR (1958) } },
  /* "Reprint of the 1930 ed." keeps this edition's year */
  { "/extract/catalogue-battery/notes/reprint-of",
    "Title:      The salt marsh / Tomas Fenn.\n"
    "Author:     Fenn, Tomas, 1880-1941.\n"
    "Published:  York : Kestrel Press, 1975.\n"
    "Notes:      Reprint of the 1930 ed. published by Harwell Press, London.\n",
    { XT_COUNT (1), XT_TITLE ("The salt marsh"), XT_YEAR (1975), XT_FIELD (CK_FIELD_PUBLISHER, "Kestrel Press") } },
  /* a dealer's heading with life dates, initials */
  { "/extract/catalogue-battery/bookseller/dates-initials",
    "QUELL, Ada (1921-1999). The Glass Orchard. London: Harwell Press, 1958. First edition.\n\n"
    "VELL, B. T. Tide and Harbour. York: Kestrel Press, 1966. Wrappers.\n",
    { XT_COUNT (2), XT_TITLE ("The Glass Orchard"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_YEAR (1958), XT_TITLE ("Tide and Harbour"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "B. T."),
      XT_YEAR (1966) } },
  /* an auction house's lot: "FAMILY (Given)" then the title and a run of
   * commas */
  { "/extract/catalogue-battery/bookseller/auction-lot",
    "214. QUELL (ADA) The Glass Orchard, first edition, original cloth, dust jacket, 8vo, Harwell Press, 1958.\n",
    { XT_COUNT (1), XT_TITLE ("The Glass Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (1958) } },
  /* a biographical dictionary's entry is no dealer's */
  { "/extract/catalogue-battery/distractor/biographical-entry",
    "VELL, Ben. Poet and translator. Leeds, 1899.\n\n"
    "STRAND, Orla. Historian. London, 1930.\n",
    { XT_COUNT (0) } },

  /* ------------------------------------------------------------ round 3 */

  /* the Library of Congress's classic display: the title line in the
   * middle of the labels */
  { "/extract/catalogue-battery/labels/lc-classic",
    "LC control no.:    58012345\n"
    "Type of material:  Book (Print, Microform, Electronic, etc.)\n"
    "Personal name:     Quell, Ada, 1921-1999.\n"
    "Main title:        The glass orchard / Ada Quell ; with illustrations by Ben Vell.\n"
    "Published/Created: London : Harwell Press, 1958.\n"
    "Description:       320 p. : ill. ; 22 cm.\n"
    "Subjects:          Orchards--Fiction.\n",
    { XT_COUNT (1), XT_TITLE ("The glass orchard"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FAMILY (CK_ROLE_ILLUSTRATOR, 0, "Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"), XT_YEAR (1958),
      XT_NO_TITLE_HAS ("Orchards") } },
  /* a brief result: title, "by Name", format and year, imprint */
  { "/extract/catalogue-battery/results/brief-by",
    "1. The glass orchard\n"
    "   by Ada Quell\n"
    "   Print book, English, 1958\n"
    "   London : Harwell Press\n\n"
    "2. Tide and harbour : poems\n"
    "   by Ada Quell\n"
    "   Print book, English, 1966\n"
    "   York : Kestrel Press\n",
    { XT_COUNT (2), XT_TITLE ("The glass orchard"), XT_AUTHOR ("Quell"), XT_YEAR (1958),
      XT_TITLE ("Tide and harbour"), XT_YEAR (1966), XT_FIELD (CK_FIELD_PUBLISHER, "Kestrel Press") } },
  /* a dealer's entry with the subtitle and a translator as sentences of
   * their own before the imprint */
  { "/extract/catalogue-battery/bookseller/subtitle-translator",
    "VELL, Ben. The Iron Meadow. A Novel. Translated by Orla Strand. London: Harwell Press, 1958. "
    "First English edition. Original cloth. \xc2\xa3" "35.\n",
    { XT_COUNT (1), XT_TITLE ("The Iron Meadow"), XT_AUTHOR ("Vell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Strand"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"), XT_YEAR (1958) } },
  /* a bibliography's entry in the same shape is a work too */
  { "/extract/catalogue-battery/bookseller/bibliography-entry",
    "Fenn, Tomas. The Salt Marsh. York: Kestrel Press, 1961.\n"
    "Quell, Ada. Tide and Harbour. With an introduction by Ben Vell. York: Kestrel Press, 1966.\n",
    { XT_COUNT (2), XT_TITLE ("The Salt Marsh"), XT_AUTHOR ("Fenn"), XT_YEAR (1961),
      XT_TITLE ("Tide and Harbour"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_INTRODUCER, 0, "Vell") } },

  /* ------------------------------------------------------------ round 4 */

  { "/extract/catalogue-battery/bookseller/fuller-form",
    "QUELL, A. B. (Ada Beth). The Glass Orchard. London: Harwell Press, 1958.\n",
    { XT_COUNT (1), XT_TITLE ("The Glass Orchard"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "A. B."),
      XT_YEAR (1958) } },
  /* several authors, one a line or separated by ";" */
  { "/extract/catalogue-battery/labels/authors-lines",
    "Title:      Tide and harbour / Ada Quell and Ben Vell.\n"
    "Authors:    Quell, Ada.\n"
    "            Vell, Ben.\n"
    "Published:  York : Kestrel Press, 1966.\n",
    { XT_COUNT (1), XT_TITLE ("Tide and harbour"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Quell"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"), XT_FAMILY (CK_ROLE_AUTHOR, 2, NULL) } },
  { "/extract/catalogue-battery/labels/authors-semicolon",
    "Title:      Tide and harbour\n"
    "Author:     Ada Quell; Ben Vell\n"
    "Published:  York : Kestrel Press, 1966.\n",
    { XT_COUNT (1), XT_TITLE ("Tide and harbour"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Quell"),
      XT_GIVEN (CK_ROLE_AUTHOR, 1, "Ben"), XT_FAMILY (CK_ROLE_AUTHOR, 2, NULL), XT_YEAR (1966) } },
  /* a reprint's two dates: the imprint's first year is this edition's */
  { "/extract/catalogue-battery/labels/two-dates",
    "Title:       The glass orchard\n"
    "Author:      Quell, A. B. (Ada Beth), 1921-\n"
    "Published:   London : Harwell Press, 1958, c1957.\n"
    "Collation:   320 p.\n",
    { XT_COUNT (1), XT_TITLE ("The glass orchard"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "A. B."), XT_YEAR (1958),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "320") } },

  /* ------------------------------------------------------------ round 5 */

  /* what the cataloguer supplies stands in brackets */
  { "/extract/catalogue-battery/isbd/bracketed-by",
    "The glass orchard / [by] Ada Quell. -- London : Harwell Press, 1958.\n",
    { XT_COUNT (1), XT_TITLE ("The glass orchard"), XT_AUTHOR ("Quell"), XT_YEAR (1958) } },
  /* a parallel title after " = " is no part of the title proper */
  { "/extract/catalogue-battery/isbd/parallel-title",
    "The glass orchard = Le verger de verre / Ada Quell. -- London : Harwell Press, 1958.\n",
    { XT_COUNT (1), XT_TITLE ("The glass orchard"), XT_NO_TITLE_HAS ("verger") } },
  /* no publisher, a guessed year */
  { "/extract/catalogue-battery/isbd/sine-nomine",
    "The glass orchard / Ada Quell. -- London : [s.n.], [1958?]\n",
    { XT_COUNT (1), XT_TITLE ("The glass orchard"), XT_FIELD (CK_FIELD_PUBLISHER, NULL),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1958) } },
  /* a corrected year */
  { "/extract/catalogue-battery/isbd/i-e-year",
    "The glass orchard / Ada Quell. -- [S.l.] : Harwell Press, 1958 [i.e. 1959]\n",
    { XT_COUNT (1), XT_TITLE ("The glass orchard"), XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, NULL), XT_YEAR (1959) } },
  /* a dealer's heading for an editor */
  { "/extract/catalogue-battery/bookseller/editor-heading",
    "QUELL, Ada (editor). Tide Songs. London: Harwell Press, 1958.\n\n"
    "VELL, Ben, ed. Harbour Voices. York: Kestrel Press, 1962.\n",
    { XT_COUNT (2), XT_TITLE ("Tide Songs"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 0, NULL),
      XT_TITLE ("Harbour Voices"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_YEAR (1962) } },
  /* place or publisher alone before the year */
  { "/extract/catalogue-battery/bookseller/short-imprints",
    "QUELL, Ada. The Glass Orchard. London, 1958.\n\n"
    "FENN, Tomas. The Salt Marsh. Kestrel Press, 1961. 8vo.\n",
    { XT_COUNT (2), XT_TITLE ("The Glass Orchard"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1958),
      XT_TITLE ("The Salt Marsh"), XT_FIELD (CK_FIELD_PUBLISHER, "Kestrel Press"), XT_YEAR (1961) } },

  /* ------------------------------------------------------------ round 6 */

  /* the title in italics (Markdown emphasis reads as italics) */
  { "/extract/catalogue-battery/bookseller/italic-title",
    "QUELL, Ada. *The Glass Orchard*. London: Harwell Press, 1958. First edition.\n",
    { XT_COUNT (1), XT_TITLE ("The Glass Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (1958) } },
  /* the edition stated before the imprint is no subtitle */
  { "/extract/catalogue-battery/bookseller/edition-before-imprint",
    "QUELL, Ada. The Glass Orchard. First edition. London: Harwell Press, 1958.\n",
    { XT_COUNT (1), XT_TITLE ("The Glass Orchard"), XT_FIELD (CK_FIELD_SUBTITLE, NULL),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"), XT_YEAR (1958) } },
  /* a second work bound in the same lot */
  { "/extract/catalogue-battery/bookseller/with",
    "QUELL, Ada. The Glass Orchard. London: Harwell Press, 1958. [With:] Tide and Harbour. York: Kestrel Press, "
    "1966. Two volumes, 8vo, uniformly bound.\n",
    { XT_COUNT (2), XT_TITLE ("The Glass Orchard"), XT_YEAR (1958), XT_TITLE ("Tide and Harbour"), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Kestrel Press"), XT_YEAR (1966) } },

  /* a brief result's by-line with a fuller form, or a relator term */
  { "/extract/catalogue-battery/results/by-heading-forms",
    "Results\n\n"
    "1. The glass orchard\n   by Quell, A. B. (Ada Beth), 1921-\n   London : Harwell Press, 1958\n\n"
    "2. Tide and harbour\n   by Vell, Ben, 1899-1970, author.\n   York : Kestrel Press, 1966\n",
    { XT_COUNT (2), XT_TITLE ("The glass orchard"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "A. B."),
      XT_TITLE ("Tide and harbour"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ben"), XT_YEAR (1966) } },

  /* French and German catalogues' labels */
  { "/extract/catalogue-battery/labels/french",
    "Titre : Le verger de verre / Ada Quell\n"
    "Auteur : Quell, Ada (1921-1999)\n"
    "\xc3\x89" "diteur : Paris : Rameau, 1958\n"
    "Description : 1 vol. (320 p.) ; 22 cm\n",
    { XT_COUNT (1), XT_TITLE ("Le verger de verre"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Rameau"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Paris"), XT_YEAR (1958) } },
  { "/extract/catalogue-battery/labels/german",
    "Titel: Der gl\xc3\xa4serne Garten / Ada Quell\n"
    "Verfasser: Quell, Ada\n"
    "Verlag: Leipzig : Rameau, 1958\n"
    "Umfang: 320 S.\n",
    { XT_COUNT (1), XT_TITLE ("Der gl\xc3\xa4serne Garten"), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Leipzig"), XT_YEAR (1958) } },

  /* labels on lines of their own over their values, as a two-column
   * page pastes; with blank lines between, too */
  { "/extract/catalogue-battery/labels/stacked",
    "Title\nThe glass orchard / Ada Quell.\nAuthor\nQuell, Ada, 1921-1999.\nPublished\nLondon : Harwell Press, 1958.\n"
    "Description\n320 p. ; 22 cm.\n",
    { XT_COUNT (1), XT_TITLE ("The glass orchard"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "320"), XT_YEAR (1958) } },
  { "/extract/catalogue-battery/labels/stacked-blank-lines",
    "Title:\n\nTide and harbour / Ada Quell.\n\nAuthor:\n\nQuell, Ada, 1921-1999.\n\nPublished:\n\n"
    "York : Kestrel Press, 1966.\n\nSubjects:\n\nHarbours -- Poetry.\n",
    { XT_COUNT (1), XT_TITLE ("Tide and harbour"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Kestrel Press"),
      XT_YEAR (1966), XT_NO_TITLE_HAS ("Poetry") } },

  /* an older card's statement after the title, ", by Name" or "[by] Name";
   * "by" inside a title (no comma, no bracket) stays */
  { "/extract/catalogue-battery/card/by-statement",
    "Quell, Ada, 1921-\n   The glass orchard, by Ada Quell. London, Harwell Press, 1958.\n   320 p. 22 cm.\n\n"
    "Vell, Ben, 1899-1970.\n   Tide and harbour [by] Ben Vell. Leeds, Kestrel Press, 1966.\n\n"
    "QUELL, Ada. Stories Told by Moonlight. London: Harwell Press, 1961.\n",
    { XT_COUNT (3), XT_TITLE ("The glass orchard"), XT_AUTHOR ("Quell"), XT_YEAR (1958), XT_TITLE ("Tide and harbour"),
      XT_AUTHOR ("Vell"), XT_TITLE ("Stories Told by Moonlight"), XT_YEAR (1961) } },

  /* the general material designation is no part of the title */
  { "/extract/catalogue-battery/labels/gmd",
    "Title:       The glass orchard [electronic resource] / Ada Quell.\n"
    "Author:      Quell, Ada.\n"
    "Published:   London : Harwell Press, 1958.\n\n"
    "Tide and harbour [microform] : poems / Ada Quell. -- Leeds : Kestrel Press, 1966.\n",
    { XT_COUNT (2), XT_TITLE ("The glass orchard"), XT_YEAR (1958), XT_TITLE ("Tide and harbour"),
      XT_FIELD (CK_FIELD_SUBTITLE, "poems"), XT_NO_TITLE_HAS ("[") } },

  /* a card with ISBD's dashes and no statement of responsibility */
  { "/extract/catalogue-battery/card/isbd-dashes",
    "Quell, Ada, 1921-\n"
    "   The glass orchard : a novel. -- 2nd ed. -- London : Harwell Press, 1958. -- 320 p. ; 22 cm.\n",
    { XT_COUNT (1), XT_TITLE ("The glass orchard"), XT_FIELD (CK_FIELD_SUBTITLE, "a novel"), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harwell Press"), XT_YEAR (1958) } },

  /* an older record's statement without a slash; "by" inside a title stays */
  { "/extract/catalogue-battery/labels/title-bracket-by",
    "Title:       The glass orchard [by] Ada Quell.\nPublished:   London : Harwell Press, 1958.\nDescription: 320 p.\n\n"
    "Title:       Stories told by moonlight\nPublished:   Leeds : Kestrel Press, 1961.\nDescription: 210 p.\n",
    { XT_COUNT (2), XT_TITLE ("The glass orchard"), XT_AUTHOR ("Quell"), XT_TITLE ("Stories told by moonlight"),
      XT_FAMILY (CK_ROLE_AUTHOR, 0, NULL) } },
  /* MARC's part number and name go with the title */
  { "/extract/catalogue-battery/marc/part",
    "100 1_ |a Quell, Ada.\n245 10 |a The glass orchard. |n Part 2, |p The winter / |c Ada Quell.\n"
    "260 __ |a London : |b Harwell Press, |c 1958.\n",
    { XT_COUNT (1), XT_TITLE ("The glass orchard. Part 2, The winter"), XT_AUTHOR ("Quell"), XT_YEAR (1958) } },

  /* ------------------------------------------------------- distractors */

  /* stacked labels over prose values are no record */
  { "/extract/catalogue-battery/distractor/stacked-prose",
    "Title\nA few words on the sea\nAuthor\nI am the one who writes here, and I like long books.\n"
    "Published\nYesterday, in the evening\n",
    { XT_NONE_FIRED ("catalogue-record") } },

  /* subject headings, holdings and call numbers name no work */
  { "/extract/catalogue-battery/distractor/subjects-holdings",
    "Subjects:     Orchards -- Fiction.\n"
    "              Women gardeners -- England -- Fiction.\n"
    "Call number:  PR6063 .Q45 G5 1958\n"
    "Location:     Main Library, Floor 3\n"
    "Status:       Available\n",
    { XT_COUNT (0) } },
  /* a heading alone, over prose, is a person, not a work */
  { "/extract/catalogue-battery/distractor/heading-over-prose",
    "Quell, Ada, 1921-1999.\n\n"
    "She was born in a small town and worked as a teacher before she turned to writing.\n",
    { XT_COUNT (0) } },
  /* labels in an interview's prose are no record */
  { "/extract/catalogue-battery/distractor/labels-in-prose",
    "Author: I never think about it. I just write the next sentence.\n"
    "Publisher: We would like to know when the book will be done.\n"
    "Title: That is the last thing I decide, usually in the bath.\n",
    { XT_COUNT (0) } },
  /* "Available at" lines with a library's name */
  { "/extract/catalogue-battery/distractor/available-at",
    "Available at Harwell Central Library, Reference Stacks (PR6063 .Q45 1958).\n"
    "Available at Kestrel University Library, Special Collections.\n",
    { XT_COUNT (0) } },
  /* holdings under a record: locations, call numbers and status columns */
  { "/extract/catalogue-battery/distractor/holdings-table",
    "Location            Call number          Status\n"
    "Main Library        PR6063 .Q45 G5       Available\n"
    "Harwell Annexe      PR6063 .Q45 G5 c.2   Due 12-03-2026\n",
    { XT_COUNT (0) } },
  /* a dealer's catalogue heading and terms are no entries */
  { "/extract/catalogue-battery/distractor/dealer-front-matter",
    "CATALOGUE 42. Modern First Editions. Spring 2026.\n\n"
    "All items are first editions unless stated. Postage extra. Prices in sterling.\n",
    { XT_COUNT (0) } },
  /* a name over an address, a letter's date, an archive's papers and a
   * biographical note have a dealer's entry's shape but name no book */
  { "/extract/catalogue-battery/distractor/entry-shaped",
    "Quell, Ada. 12 High Street. London, 1958.\n\n"
    "Quell, Ada. Letter to Ben Vell. London, 12 March 1958.\n\n"
    "Quell, Ada. Papers. Harwell University Library, 1958.\n\n"
    "VELL, Ben. Born in Leeds. Died in London, 1970.\n",
    { XT_COUNT (0) } },
  /* a byline over the labels is the review's, not the book's title */
  { "/extract/catalogue-battery/distractor/byline-over-labels",
    "Reviewed by Ben Vell\n"
    "Author: Orla Strand\n"
    "Publisher: Leeds : Gannet Books, 2001\n"
    "Pages: 320\n",
    { XT_NONE_FIRED ("catalogue-record") } },
  /* holdings and item lines */
  { "/extract/catalogue-battery/distractor/holdings-lines",
    "PR6063 .Q45 G5 1958\n\n"
    "Holdings: Main Library PR6063.Q45 1958 Available\n"
    "Copy 1 \xe2\x80\x94 Main Library \xe2\x80\x94 On shelf\n"
    "Item status: Checked out, due 12/03/2026\n"
    "Barcode: 39000012345678\n\n"
    "Location: Harwell Central Library, Stack Level 2\n"
    "Call Number: PR6063.Q45 G5 1958\n"
    "Status: Available\n",
    { XT_COUNT (0) } },
  /* a subject heading string with dashes, alone */
  { "/extract/catalogue-battery/distractor/subject-string",
    "Women -- England -- Social conditions -- 20th century.\n"
    "Orchards -- History -- Fiction.\n",
    { XT_COUNT (0) } },
};

/* "Originally published: …" and "Reprint. Originally published: 1930."
 * put the first edition's date on the record as its original date; the
 * issued year stays this edition's */
static void
test_original_dates (void)
{
  static const struct { const char *text; int issued, original; } t[] = {
    { "Title:      The iron meadow / Ben Vell.\nAuthor:     Vell, Ben.\nPublished:  London : Harwell Press, 1978.\n"
      "Notes:      Originally published: Paris : Rameau, 1950.\n", 1978, 1950 },
    { "Title:      The salt marsh / Tomas Fenn.\nAuthor:     Fenn, Tomas.\nPublished:  Leeds : Kestrel Press, 1975.\n"
      "Notes:      Reprint. Originally published: 1930.\n", 1975, 1930 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (t); i++)
    {
      g_autoptr(GPtrArray) recs = xt_extract (t[i].text);
      const CkDate *d;
      /* the record first; a first edition with its publisher follows */
      g_assert_cmpuint (recs->len, >=, 1);
      g_assert_cmpint (xt_year (g_ptr_array_index (recs, 0)), ==, t[i].issued);
      d = ck_record_get_date (g_ptr_array_index (recs, 0), CK_DATE_ORIGINAL);
      g_assert_nonnull (d);
      g_assert_cmpint (d->year, ==, t[i].original);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  g_test_add_func ("/extract/catalogue-battery/notes/original-dates", test_original_dates);
  return g_test_run ();
}
