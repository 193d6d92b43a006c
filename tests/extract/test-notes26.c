/* test-notes26.c — conventions read in the twenty-sixth session.  Every
 * text is invented. */
#include "extract-test-util.h"

#define PROSE \
  "The prose of the review runs here, at the length of a paragraph of running text. It follows the " \
  "merchants along the coast and through the long silence after the war, and then it ends.\n"

static const XtCase cases[] = {
  /* ---- a books-received list: "Title" / "Name [trans. X], Firm, 1,104 pages, hardback, £31.95" /
   * "First published in France as Original (Firm, 2019)." (detectors.c header-block) */
  { "/extract/notes26/received-bracketed-translator-original",
    "Books Received\n\nThe following titles have been received by the editors.\n\n"
    "The Salt Road\nAda Quell [trans. Tom Vell], Gannet Press of Harwell\nUniversity Press, 1,104 pages, "
    "hardback, \xc2\xa3" "31.95\nFirst published in France as La route du sel (Seuil, 2019).\n\n"
    "Tide Tables: A History\nBen Orr, Gannet Lane, 336 pages, hardback, \xc2\xa3" "20\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"),
      XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "La route du sel"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "1,104"),
      XT_TITLE ("Tide Tables"), XT_AUTHOR ("Orr") } },
  /* ---- particulars running into the blurb are no title (detect-reflist.c) */
  { "/extract/notes26/received-blurb-cites-title",
    "Books Received\n\nThe following titles have been received by the editors. Inclusion in this\nlist does not "
    "preclude review in a future issue.\n\n"
    "The Salt Road: A Guide\nAda Quell, Gannet Lane, 272 pages, hardback, \xc2\xa3" "20\n"
    "Extends the argument of The Harbour State (Anthem, 2013) and The\nSalt Tax (2018) from the state to the sea.\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_TITLE ("The Harbour State"), XT_YEAR (2013),
      XT_NO_TITLE_HAS ("pages") } },
  /* ---- a title in prose closed by place and year without brackets (detect-place-year.c) */
  { "/extract/notes26/place-year-sentence-possessive",
    PROSE "\nFor most of the century the harbour belonged to Tom Vell. The salt revolution in government: "
    "changes in the reign of Henry VIII, Cambridge 1953, made him its architect. The early chapters build on "
    "Ben Orr's The rise of the harbour: power and politics, 1485\xe2\x80\x93" "1534, New Haven\xe2\x80\x93London 2015, "
    "and on his The Sovereignty of the People's Court in Salt, Odense 1974.\n",
    { XT_TITLE_ANY ("The salt revolution in government", "The salt revolution in government: changes in the reign of Henry VIII"),
      XT_YEAR (1953), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Cambridge"),
      XT_TITLE_ANY ("The rise of the harbour", "The rise of the harbour: power and politics, 1485\xe2\x80\x93" "1534"),
      XT_AUTHOR ("Orr"), XT_YEAR (2015),
      XT_TITLE ("The Sovereignty of the People's Court in Salt"), XT_YEAR (1974) } },
  /* a place and year closing a sentence with no colon and no owner is no title */
  { "/extract/notes26/place-year-needs-colon-or-owner",
    PROSE "\nThe salt trade moved from the old harbour to the new, London 1953, and the merchants went with it. "
    "He sailed to Lisbon, Paris 1920, and back.\n",
    { XT_NONE_FIRED ("place-year") } },
  /* ---- "Quell's General Theory of Salt, Interest and Money (1936)": the last piece's "and" (detect-context.c) */
  { "/extract/notes26/possessive-of-serial-title",
    PROSE "\nIt takes for granted that the instruments of Quell's General Theory of Salt, Interest\n"
    "and Money (1936) have abolished the slump.\n",
    { XT_TITLE ("General Theory of Salt, Interest and Money"), XT_AUTHOR ("Quell"), XT_YEAR (1936),
      XT_ABSENT ("Interest"), XT_ABSENT ("Money") } },
  /* ---- "in The Salt Crash, 1929 (1955)": a year closing the title (title-yearparen.c, opener-title) */
  { "/extract/notes26/title-closing-year-then-year-paren",
    PROSE "\nReaders who remember his lively account of the collapse in\nThe Salt Crash, 1929 (1955), will find "
    "him here in a more critical mood.\n",
    { XT_TITLE ("The Salt Crash, 1929"), XT_YEAR (1955), XT_ABSENT ("The Salt Crash") } },
  /* ---- "T (Modern Firm, with a foreword by X)": the firm is no title by X (title-by) */
  { "/extract/notes26/firm-with-foreword-no-title",
    PROSE "\nThere is Ada Quell, whose The Theory of the Salt Class (Modern Gannet, with a foreword by\n"
    "Tom Vell) is still the sharpest thing written on it.\n",
    { XT_ABSENT ("Modern Gannet"), XT_TITLE ("The Theory of the Salt Class") } },
  /* ---- "<p><b>Title</b> Name<br>\nFirm £8.99</p>": a bold title ends its line (normalize-web.c) */
  { "/extract/notes26/html-bold-title-name-break",
    "<p><b>The Salt Road</b> Ada Quell<br>\nGannet \xc2\xa3" "8.99</p>\n"
    "<p>" PROSE "</p>\n\n<p><b>The Rings of Salt</b> T. R. Vell, translated by Ben Orr<br>\nHarwell \xc2\xa3" "10.99</p>\n"
    "<p>" PROSE "</p>\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PRICE, "\xc2\xa3" "8.99"),
      XT_TITLE ("The Rings of Salt"), XT_AUTHOR ("Vell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Orr"),
      XT_NO_TITLE_HAS ("Quell") } },
  /* ---- a library card: the call number's year indented under its class, an open date (normalize-cards.c, detect-bookseller.c) */
  { "/extract/notes26/card-indented-year-code-open-date",
    "Q125\n.V45      Vell, Ada, 1884-1956.\n  1952      A history of salt.  Cambridge, Gannet University\n"
    "          Press, 1952-\n               v.  illus.  25 cm.\n\n            1. Salt--Hist.   I. Title.\n\n"
    "          Q125.V45  1952        509                  52-5041\n",
    { XT_TITLE ("A history of salt"), XT_AUTHOR ("Vell"), XT_YEAR (1952), XT_NO_TITLE_HAS ("1952") } },
  /* ---- "Quell's own Salt of the earth (1965)" (detect-name-comma-title.c) */
  { "/extract/notes26/possessive-own-sentence-case",
    PROSE "\nReaders who want the science should turn to Quell's own Salt biology of the tide (1965) instead.\n",
    { XT_TITLE ("Salt biology of the tide"), XT_AUTHOR ("Quell"), XT_YEAR (1965), XT_ABSENT ("Salt") } },
  /* ---- "his earlier books (Mirage of salt, 1959;\nMan adapting, 1965)" (detect-paren-title.c) */
  { "/extract/notes26/books-paren-sentence-case-list",
    PROSE "\nQuell continues the argument of his earlier books (Mirage of salt, 1959;\nMan adapting, 1965): that "
    "the coast shapes its people.\n",
    { XT_TITLE ("Mirage of salt"), XT_YEAR (1959), XT_TITLE ("Man adapting"), XT_YEAR (1965) } },
  /* a lower-case noun other than one for works: places and years are no titles */
  { "/extract/notes26/paren-sentence-case-needs-works-noun",
    PROSE "\nQuell spent two winters there (Harbour of the north, 1959; Salt town, 1965) and wrote little.\n",
    { XT_ABSENT ("Harbour of the north"), XT_ABSENT ("Salt town") } },
  /* ---- sentence-case titles after a cue with no name: "author of", "his", "readers of", "T1 (1951) and T2"
   * (detect-name-comma-title.c) */
  { "/extract/notes26/cue-sentence-case-titles",
    PROSE "\nThe author of The whig reading of salt (London, 1931) has written his best book. Readers who know\n"
    "The origins of the harbour (1951) and On tides (1963) will recognise it, and his Ada Quell: an intellectual "
    "biography\n(1970) is as sceptical as it is affectionate. He asks again in his Who governs the coast? (1961)\n",
    { XT_TITLE ("The whig reading of salt"), XT_YEAR (1931), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_TITLE ("The origins of the harbour"), XT_YEAR (1951), XT_TITLE ("On tides"), XT_YEAR (1963),
      XT_TITLE_ANY ("Ada Quell", "Ada Quell: an intellectual biography"), XT_YEAR (1970),
      XT_TITLE ("Who governs the coast?"), XT_YEAR (1961) } },
  /* a verb of prose in the run, or a second cue, ends it: no title */
  { "/extract/notes26/cue-sentence-case-prose-stops",
    PROSE "\nHis Harbour was rebuilt in stone (1958), and he is co-author of Salt Roads and author of Tide\n"
    "Tables (1954).\n",
    { XT_ABSENT ("Harbour was rebuilt in stone"), XT_NO_TITLE_HAS ("author of") } },
  /* ---- "assailed by Vell in T (…)", "by Quell, whose T (…)", "by A. B. Orr in The T (1913)": the person
   * who set his case out in the work is its author (attribution.c); "in The" opens the title (detect-context.c) */
  { "/extract/notes26/name-in-title-and-lone-whose",
    "THE SALT ROAD. By Ada Quell. London: Gannet, 1926. 320 pp.\n\n"
    "The argument of the book owes most to others. It is a long argument. It has been assailed by Vell in "
    "Die Anfänge des modernen Salzes (Munich, 1916), and turned upon its head by Sombar, whose Der Salzmann "
    "(Munich and Leipzig, 1913) finds it elsewhere. The rest were disposed of by J. M. Robertson in The "
    "Baconian Harbour (1913).\n",
    { XT_TITLE ("Die Anfänge des modernen Salzes"), XT_AUTHOR ("Vell"), XT_TITLE ("Der Salzmann"), XT_AUTHOR ("Sombar"),
      XT_TITLE ("The Baconian Harbour"), XT_AUTHOR ("Robertson"), XT_NO_TITLE_HAS ("Robertson") } },
  /* a preposition's object before "in T" wrote nothing */
  { "/extract/notes26/object-in-title-not-author",
    "THE SALT ROAD. By Ada Quell. London: Gannet, 1926. 320 pp.\n\n"
    "The argument of the book owes most to others. It is a long argument. Tom Orr wrote about Ben Vell in The "
    "Quiet Harbour (2001).\n",
    { XT_TITLE ("The Quiet Harbour"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Vell") } },
  /* ---- "Family, Given 1982: Title, ed. X. Place: Firm." — a colon after the year, roles after the title
   * (detect-authordate.c) */
  { "/extract/notes26/authordate-colon-year-roles",
    PROSE "\nReferences\n\nVell, Ada 1982: The Varieties of Salt, ed. Tom Orr. Oxford: Gannet Press.\n"
    "Quell, Ben 1929: Critique of Pure Salt, trans. Cy Reed. London: Harwell.\n",
    { XT_TITLE ("The Varieties of Salt"), XT_AUTHOR ("Vell"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Orr"), XT_YEAR (1982),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_TITLE ("Critique of Pure Salt"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Reed"),
      XT_YEAR (1929), XT_NO_TITLE_HAS ("trans") } },
  /* ---- "<li>Name, <i>Title</i>, trans. X (Place: Firm, 1991).</li>": the name opens the entry, not the
   * title (detect-reflist.c) */
  { "/extract/notes26/list-name-italic-title-trans",
    "<p>" PROSE "</p>\n<ul>\n<li>Ada Quell, <i>Principles of Salt History: The Problem of Style</i>, trans. T. R. Vell "
    "(London: Gannet, 1932).</li>\n<li>Orr, <i>Perspective as Salt Form</i>, trans. Ben Reed (New York: Harwell "
    "Books, 1991).</li>\n</ul>\n",
    { XT_TITLE ("Principles of Salt History"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vell"),
      XT_YEAR (1932), XT_TITLE ("Perspective as Salt Form"), XT_AUTHOR ("Orr"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Reed"),
      XT_NO_TITLE_HAS ("Quell,"), XT_NO_TITLE_HAS ("Orr,") } },
  /* ---- a page's reference list: "2012<em>a</em>." after the year; an affiliation in italics on its own line
   * (detect-authordate.c, html-italics) */
  { "/extract/notes26/authordate-italic-year-letter-affiliation",
    "<p>Ada Quell<br>\n<em>University of Gannet</em></p>\n<p>" PROSE "</p>\n<p>References</p>\n"
    "<p>Vell, Tom. 2012<em>a</em>. &ldquo;Eviction and the Salt Road.&rdquo; <em>Harbour Journal of Sociology</em> 118 (1): "
    "88&ndash;133.</p>\n",
    { XT_TITLE ("Eviction and the Salt Road"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_CONTAINER ("Harbour Journal of Sociology"),
      XT_FIELD (CK_FIELD_VOLUME, "118"), XT_FIELD (CK_FIELD_ISSUE, "1"), XT_YEAR (2012), XT_AUTHOR ("Vell"),
      XT_ABSENT ("University of Gannet") } },
  /* ---- a press's list: the places under its name give every entry's place (detect-press-list.c) */
  { "/extract/notes26/press-list-masthead-place",
    "GANNET UNIVERSITY PRESS                                        AUTUMN 1997\n"
    "New Haven and London \xc2\xb7 23 Pond Street, London NW3 2PN\n\nHISTORY\n\n"
    "THE SALT ROAD\nA History of the Ports\nADA QUELL\n\nFrom the first harbour to the last, told by the author of "
    "many books.\n\n326pp. 246 x 189mm.\nISBN 0-300-07332-1   Cloth \xc2\xa3" "29.95   October\n",
    { XT_TITLE ("THE SALT ROAD"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New Haven and London"), XT_YEAR (1997) } },
  /* ---- a blurb set on under a books-received header is prose (detectors.c header-block) */
  { "/extract/notes26/received-header-blurb-prose",
    "THE GLORIOUS HARBOUR. By Ada Quell.\n   The Gannet Company. $5.00.\n"
    "     In the wake of Ulysses, by the author of The Royal\n   Road to Salt (1925).\n\n" PROSE,
    { XT_TITLE ("THE GLORIOUS HARBOUR"), XT_AUTHOR ("Quell"), XT_TITLE ("The Royal Road to Salt"), XT_YEAR (1925) } },
  /* ---- "(Mrs. Quell, 1997; Salt in the Wilderness, 1999; Flint & Harbour, 2002)" (detect-paren-title.c) */
  { "/extract/notes26/paren-year-list-honorific-ampersand",
    PROSE "\nAda Vell has made a second career of the biography that reads like a novel (Mrs. Quell, 1997; Salt in "
    "the Wilderness,\n1999; Flint & Harbour, 2002), and here she turns to a new subject.\n",
    { XT_TITLE ("Mrs. Quell"), XT_YEAR (1997), XT_TITLE ("Salt in the Wilderness"), XT_YEAR (1999),
      XT_TITLE ("Flint & Harbour"), XT_YEAR (2002) } },
  /* ---- a newspaper page's footer in short blocks: "<p><strong>TITLE: Sub</strong></p>" / "<p>By Name</p>" /
   * "<p>Firm, 560 pp., $32.50</p>" (normalize-web.c) */
  { "/extract/notes26/web-footer-short-blocks",
    "<p>" PROSE "</p>\n\n<p>" PROSE "</p>\n\n<p><strong>EMPIRE OF SALT: The Secret History of the Quell Dynasty</strong></p>\n\n"
    "<p>By Ada Vell Orr</p>\n\n<p>Gannet, 560 pp., $32.50</p>\n\n<p><em>Ben Reed is a writer in Somerville.</em></p>\n",
    { XT_TITLE ("EMPIRE OF SALT"), XT_AUTHOR ("Orr"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet"),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "560") } },
  /* ---- single quotes inside a double-quoted title are its own (detectors.c quoted-title, title-fragment.c) */
  { "/extract/notes26/quoted-title-inner-single-quotes",
    PROSE "\nHe is generous to Ada Vell, whose \xe2\x80\x9cPain Salt: A \xe2\x80\x98Wonder\xe2\x80\x99 Drug\xe2\x80\x99s Trail of "
    "Harbour and Death\xe2\x80\x9d (2003) was the first account, and to Tom Orr (see his Salt Roads, 1944-1945 and "
    "\"Japan: 'The Light of Salt'\").\n",
    { XT_TITLE_ANY ("Pain Salt", "Pain Salt: A \xe2\x80\x98Wonder\xe2\x80\x99 Drug\xe2\x80\x99s Trail of Harbour and Death"),
      XT_YEAR (2003), XT_ABSENT ("Trail of Harbour and Death"), XT_NO_TITLE_HAS ("and \"Japan") } },
  /* ---- "X's T: A, B and C (Firm, 1988)": a subtitle with commas after a possessive (detect_possessive) */
  { "/extract/notes26/possessive-subtitle-commas",
    PROSE "\nIt draws heavily on Ada Vell's The Body and Salt: Men, Women and Sexual Renunciation in the Harbour "
    "(Gannet University Press, 1988), still the indispensable book.\n",
    { XT_TITLE ("The Body and Salt"), XT_FIELD (CK_FIELD_SUBTITLE, "Men, Women and Sexual Renunciation in the Harbour"),
      XT_AUTHOR ("Vell"), XT_YEAR (1988), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press") } },
  /* ---- "T1 and T2, both of 1948": one year for both (shared-year.c) */
  { "/extract/notes26/both-of-year",
    PROSE "\nIt belongs on the shelf beside Ada Quell's Our Plundered Harbour and Tom Vell's Road to Salt, both of "
    "1948, but it is better written.\n",
    { XT_TITLE ("Our Plundered Harbour"), XT_YEAR (1948), XT_TITLE ("Road to Salt"), XT_YEAR (1948) } },
  /* ---- "(co-author, with X, of T?, 1992)"; "Parliament's Harbour Act of 1714" is a statute (title-year, spans.c) */
  { "/extract/notes26/coauthor-comma-year-statute",
    PROSE "\nScience writer Quell (co-author, with Tom Vell, of Is Anyone Out Salting?, 1992) starts with the problem. "
    "Parliament's Harbour Act of 1714 offered a prize for a method.\n",
    { XT_TITLE ("Is Anyone Out Salting?"), XT_YEAR (1992), XT_ABSENT ("Harbour Act of 1714"), XT_NO_TITLE_HAS ("Act of") } },
  /* ---- "This article first appeared in Solidarity 296.": a paper's issue by number alone (detect-venue.c) */
  { "/extract/notes26/self-first-appeared-issue-number",
    "The salt charter and the first party\n\n" PROSE "\n" PROSE "\nThis article first appeared in Gannetry 296.\n",
    { XT_SELF, XT_CONTAINER ("Gannetry"), XT_FIELD (CK_FIELD_ISSUE, "296") } },
  /* ---- a column's headers one a line, "TITLE by Name. Firm, 21s.", a number opening one (detect-stacked.c) */
  { "/extract/notes26/stacked-by-lines",
    "NEW POEMS\n\nSALT by Ada Quell. Gannet and Gannet, 15s.\nFOR THE SALT DEAD by Tom Vell. Gannet and Gannet, 18s.\n"
    "77 SALT SONGS by Ben Orr. Gannet and Gannet, 21s.\n\n" PROSE,
    { XT_TITLE ("SALT"), XT_AUTHOR ("Quell"), XT_TITLE ("FOR THE SALT DEAD"), XT_AUTHOR ("Vell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet and Gannet"), XT_TITLE ("77 SALT SONGS"), XT_AUTHOR ("Orr") } },
  /* ---- "T (3 series, Paris, 1906-13)": a count of series opens the imprint (detectors.c paren_imprint) */
  { "/extract/notes26/paren-imprint-series-count",
    PROSE "\nThe reader must still go to Quell for the physics. Etudes sur le sel de Vell (3 series, Paris, 1906-13) "
    "remains indispensable.\n",
    { XT_TITLE ("Etudes sur le sel de Vell"), XT_YEAR (1906), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Paris") } },
  /* ---- "A, then B (1933)": "then" after the comma joins one title (detect-context.c, title-year) */
  { "/extract/notes26/comma-then-title",
    PROSE "\nHe is the author of First\nGannet, then Harwell (1933), and he has also written The Station (1928) and "
    "Salt Ways, Then Tides (1936).\n",
    { XT_TITLE ("First Gannet, then Harwell"), XT_YEAR (1933), XT_TITLE ("Salt Ways, Then Tides"), XT_YEAR (1936),
      XT_ABSENT ("Then Tides") } },
  /* ---- "T: Sub, 400–1000 [London, 1981]": a span of dates older than a year's closes the title (title-imprint) */
  { "/extract/notes26/title-date-range-bracket-imprint",
    PROSE "\nIts author has been working toward it (see his Salt Italy: Central Power and Local Society, "
    "400\xe2\x80\x93" "1000 [London, 1981] and much else), and it is good.\n",
    { XT_TITLE_ANY ("Salt Italy", "Salt Italy: Central Power and Local Society, 400\xe2\x80\x93" "1000"), XT_YEAR (1981),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_ABSENT ("Salt Italy: Central Power") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
