/* test-roundup.c — several books in one notice or column: a newspaper's
 * fiction column, a paperback round-up, "books received", shorter
 * notices.  Each book has its header line or run-in lead, and each is its
 * own record with its own author, publisher and price; the column's
 * heading, the reviewer's by-line, prize lists, chapter lists and a shop's
 * price list yield nothing.  Every text is invented (detect-roundup.c,
 * detect-header.c, detect-notice.c, the title-by and possessive rows of
 * detectors.c). */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---------------------------------------------- list headers, one a line */
  /* "Name: Title. Publisher. Price." over a newspaper's fiction column */
  { "/extract/roundup/list/name-colon",
    "NEW NOVELS\n\nNell Harrow: The Tin Lantern. Oakfield. 16s.\nPiet Dunmore: Ash on the Stair. Coverly Press. 18s. 6d.\n"
    "Mary Quarne: A Lamp in the Orchard. Harwood and Lisle. 15s.\n\nBy JOHN PELLOW\n\n"
    "Miss Harrow's third novel is a quiet one, set in a village on the east coast where nothing much happens. "
    "Mr. Dunmore is louder, and his sea is rougher.\n",
    { XT_COUNT (3), XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Harrow"), XT_FIELD (CK_FIELD_PUBLISHER, "Oakfield"),
      XT_FIELD (CK_FIELD_PRICE, "16s."), XT_TITLE ("Ash on the Stair"), XT_AUTHOR ("Dunmore"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Coverly Press"), XT_FIELD (CK_FIELD_PRICE, "18s. 6d."),
      XT_TITLE ("A Lamp in the Orchard"), XT_AUTHOR ("Quarne"), XT_FAMILY (CK_ROLE_AUTHOR, 1, NULL),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Pellow"), XT_NO_TITLE_HAS ("NOVELS") } },
  /* "Name: Title (Publisher, Price)" */
  { "/extract/roundup/list/name-colon-paren",
    "Nell Harrow: The Tin Lantern (Oakfield, 18s)\nPiet Dunmore: Ash on the Stair (Coverly Press, 21s)\n\n"
    "Mr. Dunmore's book is about a house; Miss Harrow's is about a lamp.\n",
    { XT_COUNT (2), XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Harrow"), XT_FIELD (CK_FIELD_PRICE, "18s"),
      XT_TITLE ("Ash on the Stair"), XT_AUTHOR ("Dunmore"), XT_FIELD (CK_FIELD_PUBLISHER, "Coverly Press") } },
  /* "Title. Given Family. Publisher, Price." */
  { "/extract/roundup/list/title-name",
    "Ash on the Stair. Piet Dunmore. Coverly Press, 16s.\nThe Tin Lantern. Nell Harrow. Oakfield, 18s. 6d.\n\n"
    "These two are the best of the month, though neither is long.\n",
    { XT_COUNT (2), XT_TITLE ("Ash on the Stair"), XT_AUTHOR ("Dunmore"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Piet"),
      XT_FIELD (CK_FIELD_PRICE, "16s."), XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Harrow"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Oakfield"), XT_NO_TITLE_HAS ("Harrow") } },
  /* "TITLE. By Name. (Publisher. Price.)" stacked */
  { "/extract/roundup/list/caps-by-paren",
    "FICTION\n\nASH ON THE STAIR. By Piet Dunmore. (Coverly Press. 16s.)\nTHE TIN LANTERN. By Nell Harrow. "
    "(Oakfield. 18s. 6d.)\nA GATE IN THE FEN. By Mary Quarne. (Harwood. 15s.)\n\n"
    "Mr. Dunmore's third novel is a quiet one, and Miss Harrow's a loud one.\n",
    { XT_COUNT (3), XT_TITLE ("ASH ON THE STAIR"), XT_AUTHOR ("Dunmore"), XT_FIELD (CK_FIELD_PRICE, "16s."),
      XT_TITLE ("A GATE IN THE FEN"), XT_AUTHOR ("Quarne"), XT_FIELD (CK_FIELD_PUBLISHER, "Harwood"),
      XT_NO_TITLE_HAS ("FICTION") } },
  /* "Title, by Name (Publisher, 12s 6d)" */
  { "/extract/roundup/list/title-comma-by",
    "Paperbacks\n\nAsh on the Stair, by Piet Dunmore (Coverly Press, 12s 6d)\nThe Tin Lantern, by Nell Harrow "
    "(Oakfield, 9s 6d)\n\nBoth are reissues, and both deserve their new readers.\n",
    { XT_COUNT (2), XT_TITLE ("Ash on the Stair"), XT_AUTHOR ("Dunmore"), XT_FIELD (CK_FIELD_PRICE, "12s 6d"),
      XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Harrow"), XT_FIELD (CK_FIELD_PRICE, "9s 6d") } },
  /* "Name, Title (Publisher, £P)" */
  { "/extract/roundup/list/name-comma-title",
    "Nell Harrow, The Tin Lantern (Oakfield, \xc2\xa3" "16.99)\nPiet Dunmore, Ash on the Stair (Coverly Press, \xc2\xa3"
    "18.99)\n\nTwo novels of the coast this month, and the better is the quieter.\n",
    { XT_COUNT (2), XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Harrow"), XT_FIELD (CK_FIELD_PRICE, "\xc2\xa3" "16.99"),
      XT_TITLE ("Ash on the Stair"), XT_AUTHOR ("Dunmore"), XT_FIELD (CK_FIELD_PUBLISHER, "Coverly Press") } },
  /* "Title, Name, Publisher, £P" */
  { "/extract/roundup/list/title-comma-name",
    "The Tin Lantern, Nell Harrow, Oakfield, \xc2\xa3" "16.99\nAsh on the Stair, Piet Dunmore, Coverly Press, \xc2\xa3"
    "18.99\n\nTwo novels of houses.\n",
    { XT_COUNT (2), XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Harrow"), XT_FIELD (CK_FIELD_PUBLISHER, "Oakfield"),
      XT_TITLE ("Ash on the Stair"), XT_AUTHOR ("Dunmore"), XT_FIELD (CK_FIELD_PRICE, "\xc2\xa3" "18.99") } },
  /* "Title by Name, Publisher, £P, 320pp" */
  { "/extract/roundup/list/title-by-pages",
    "Ash on the Stair by Piet Dunmore, Coverly Press, \xc2\xa3" "16.99, 320pp\nThe Tin Lantern by Nell Harrow, "
    "Oakfield, \xc2\xa3" "18.99, 288pp\n\nTwo novels of the coast this month, and the better is the quieter.\n",
    { XT_COUNT (2), XT_TITLE ("Ash on the Stair"), XT_AUTHOR ("Dunmore"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "320"),
      XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Harrow"), XT_FIELD (CK_FIELD_PRICE, "\xc2\xa3" "18.99") } },
  /* a translator and an editor in the list; dollars, euros, rupees, ISBN */
  { "/extract/roundup/list/roles-currencies",
    "New in paperback\n\nAsh on the Stair by Piet Dunmore (Coverly Press, $24.95, ISBN 978-0-14-118776-1)\n"
    "The Tin Lantern by Nell Harrow, translated by Joost Ammer (Oakfield, \xe2\x82\xac" "20)\n"
    "Heron Island by Ravi Menon (Penguin India, Rs 395)\n\nThree books about islands, and the last is the best.\n",
    { XT_COUNT (3), XT_TITLE ("Ash on the Stair"), XT_FIELD (CK_FIELD_ISBN, "978-0-14-118776-1"),
      XT_FIELD (CK_FIELD_PRICE, "$24.95"), XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Harrow"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Ammer"), XT_TITLE ("Heron Island"), XT_AUTHOR ("Menon"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Penguin India") } },
  /* "books received": inverted names, places and years */
  { "/extract/roundup/list/books-received",
    "BOOKS RECEIVED\n\nHarrow, Nell. The Tin Lantern. London: Oakfield, 1958. 16s.\n"
    "Dunmore, Piet. Ash on the Stair. London: Coverly Press, 1958. 18s. 6d.\n"
    "Quarne, Mary, ed. Letters from the Fen. Edinburgh: Harwood, 1957. 25s.\n",
    { XT_COUNT (3), XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Harrow"), XT_YEAR (1958),
      XT_TITLE ("Letters from the Fen"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quarne"), XT_AUTHOR (NULL),
      XT_NO_TITLE_HAS ("RECEIVED") } },
  /* header lines whose translator wraps onto an indented line */
  { "/extract/roundup/list/wrapped-translator",
    "Ash on the Stair. By Piet Dunmore. Coverly Press. 18s.\nThe Tin Lantern. By Nell Harrow. Translated from the Dutch\n"
    "  by Joost Ammer. Oakfield. 21s.\nHeron Island. By Ravi Menon. Harwood. 15s.\n\nReviewed by JOHN PELLOW\n\n"
    "Three books about islands, and the last is the best by far; Mr. Dunmore has never seen the sea.\n",
    { XT_COUNT (3), XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Harrow"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Ammer"),
      XT_TITLE ("Heron Island"), XT_AUTHOR ("Menon"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Pellow") } },

  /* "Name (ed.): Title", "A and B: Title" */
  { "/extract/roundup/list/name-colon-editor-pair",
    "Mary Quarne (ed.): Letters from the Fen. Harwood. 30s.\nNell Harrow and Piet Dunmore: Salt and Iron. Oakfield. "
    "21s.\nRavi Menon: Heron Island. Harwood. 15s.\n\nThree books of the fens.\n",
    { XT_COUNT (3), XT_TITLE ("Letters from the Fen"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quarne"), XT_AUTHOR (NULL),
      XT_TITLE ("Salt and Iron"), XT_AUTHOR ("Harrow"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Dunmore"),
      XT_TITLE ("Heron Island"), XT_AUTHOR ("Menon"), XT_FIELD (CK_FIELD_PUBLISHER, "Harwood") } },
  /* "Title. Name. Translated by B. Firm, 15s.": a title with a name's
   * shape, and a role sentence before the imprint */
  { "/extract/roundup/list/title-name-translator",
    "Heron Island. Ravi Menon. Translated by Joost Ammer. Harwood, 15s.\nThe Tin Lantern. Nell Harrow. Oakfield, 18s.\n\n"
    "Two books.\n",
    { XT_COUNT (2), XT_TITLE ("Heron Island"), XT_AUTHOR ("Menon"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Ammer"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harwood"), XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Harrow") } },
  /* one such header alone: the sentence with the known given name is
   * the author, the other the title (detect-header.c) */
  { "/extract/roundup/list/title-name-alone",
    "Heron Island. Nell Harrow. Translated by Joost Ammer. Harwood, 15s.\n\nA book about an island, and little else.\n",
    { XT_COUNT (1), XT_TITLE ("Heron Island"), XT_AUTHOR ("Harrow"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Ammer"),
      XT_NO_TITLE_HAS ("Nell") } },
  /* a name-colon line whose title wraps onto an indented line */
  { "/extract/roundup/list/name-colon-wrapped",
    "Nell Harrow: The Tin Lantern and Other\n   Stories. Oakfield. 16s.\nPiet Dunmore: Ash on the Stair. Coverly "
    "Press. 18s. 6d.\n\nTwo books of houses, one quiet and one loud.\n",
    { XT_COUNT (2), XT_TITLE ("The Tin Lantern and Other Stories"), XT_AUTHOR ("Harrow"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Oakfield"), XT_TITLE ("Ash on the Stair"), XT_AUTHOR ("Dunmore") } },
  /* a trade weekly's entries: "Family, Given TITLE Firm (320 pp.) $26.00
   * Mar. 3 ISBN …", one line each or alone */
  { "/extract/roundup/list/trade-weekly",
    "Dunmore, Piet ASH ON THE STAIR Coverly Press (288 pp.) $24.95 Mar. 3 ISBN: 978-0-14-118776-1\n"
    "Quarne, Mary A. LETTERS FROM THE FEN Harwood (412 pp.) $30.00 Apr. 1 ISBN: 978-0-14-118777-8\n\n"
    "Two books, one long and one longer.\n",
    { XT_COUNT (2), XT_TITLE ("ASH ON THE STAIR"), XT_AUTHOR ("Dunmore"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Piet"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Coverly Press"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "288"),
      XT_FIELD (CK_FIELD_PRICE, "$24.95"), XT_FIELD (CK_FIELD_ISBN, "978-0-14-118776-1"),
      XT_TITLE ("LETTERS FROM THE FEN"), XT_AUTHOR ("Quarne"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Mary A."),
      XT_YEAR (0) } },
  { "/extract/roundup/list/trade-weekly-one",
    "Harrow, Nell THE TIN LANTERN Oakfield (320 pp.) $26.00 ISBN: 978-0-14-118776-1\n\n"
    "A quiet novel of a village where nothing happens, and the better for it.\n",
    { XT_COUNT (1), XT_TITLE ("THE TIN LANTERN"), XT_AUTHOR ("Harrow"), XT_FIELD (CK_FIELD_PRICE, "$26.00") } },

  /* ------------------------------------------- run-in leads in a round-up */
  /* "TITLE, by Name (Publisher, £P). …", "Name's Title (Publisher, £P) is …" */
  { "/extract/roundup/lead/title-by-and-possessive",
    "PAPERBACKS\n\nASH ON THE STAIR, by Piet Dunmore (Coverly Press, \xc2\xa3" "8.99). Dunmore's third novel is a "
    "quiet one, set in a village where nothing happens, and it is the better for it.\n\n"
    "Nell Harrow's The Tin Lantern (Oakfield, \xc2\xa3" "9.99) is louder, and its sea is rougher; the hero drowns "
    "on page forty.\n",
    { XT_COUNT (2), XT_TITLE ("ASH ON THE STAIR"), XT_AUTHOR ("Dunmore"), XT_FIELD (CK_FIELD_PRICE, "\xc2\xa3" "8.99"),
      XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Harrow"), XT_FIELD (CK_FIELD_PUBLISHER, "Oakfield") } },
  /* three leads in one paragraph of prose */
  { "/extract/roundup/lead/in-one-paragraph",
    "FICTION\n\nBy JOHN PELLOW\n\nNell Harrow's The Tin Lantern (Oakfield, \xc2\xa3" "8.99) is a quiet novel set in "
    "a village where nothing happens. Piet Dunmore's Ash on the Stair (Coverly Press, \xc2\xa3" "9.99) is louder. "
    "Heron Island, by Ravi Menon (Harwood, \xc2\xa3" "7.99), is the best of the three.\n",
    { XT_COUNT (3), XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Harrow"), XT_TITLE ("Ash on the Stair"),
      XT_AUTHOR ("Dunmore"), XT_TITLE ("Heron Island"), XT_AUTHOR ("Menon"), XT_FIELD (CK_FIELD_PRICE, "\xc2\xa3" "7.99"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Pellow") } },
  /* shorter notices: each paragraph opens with its header */
  { "/extract/roundup/lead/shorter-notices",
    "SHORTER NOTICES\n\nAsh on the Stair. By Piet Dunmore. Coverly Press. 288 pp. 12/6. A book about the sea by a "
    "man who has plainly never been on it, and it shows in every chapter.\n\n"
    "The Tin Lantern. By Nell Harrow. Translated by Joost Ammer. Oakfield. 21s. A good Dutch novel in a careful "
    "English version.\n\nLetters from the Fen. Edited by Mary Quarne. Harwood. 30s. The letters of a fruit-grower "
    "to his brother in Canada.\n",
    { XT_COUNT (3), XT_TITLE ("Ash on the Stair"), XT_AUTHOR ("Dunmore"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "288"),
      XT_TITLE ("The Tin Lantern"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Ammer"), XT_TITLE ("Letters from the Fen"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Quarne"), XT_AUTHOR (NULL) } },

  /* notices run on in one paragraph, each starting a line: only a title
   * in capitals opens a later one */
  { "/extract/roundup/lead/caps-notices-one-paragraph",
    "ASH ON THE STAIR. By Piet Dunmore. Coverly Press. 18s. Mr. Dunmore's book is about a house, which he knows "
    "well, and about the men who built it.\nTHE TIN LANTERN. By Nell Harrow. Oakfield. 21s. Miss Harrow's is "
    "about a lamp and the family that will not light it.\n",
    { XT_COUNT (2), XT_TITLE ("ASH ON THE STAIR"), XT_AUTHOR ("Dunmore"), XT_FIELD (CK_FIELD_PUBLISHER, "Coverly Press"),
      XT_TITLE ("THE TIN LANTERN"), XT_AUTHOR ("Harrow"), XT_FIELD (CK_FIELD_PUBLISHER, "Oakfield"),
      XT_FIELD (CK_FIELD_PRICE, "21s.") } },
  /* "THE TITLE (Firm, 9s. 6d.) is …": a lead whose writer is not named
   * is nobody's, not the author of the column's first book */
  { "/extract/roundup/lead/caps-paren-no-writer",
    "PAPERBACKS\n\nASH ON THE STAIR, by Piet Dunmore (Coverly Press, \xc2\xa3" "8.99). Dunmore's third novel is "
    "a quiet one, and it is the better for it.\n\nTHE TIN LANTERN (Oakfield, 9s. 6d.) is a first novel by a "
    "young schoolmaster, and it shows in every chapter.\n",
    { XT_COUNT (2), XT_TITLE ("THE TIN LANTERN"), XT_AUTHOR (NULL), XT_FIELD (CK_FIELD_PUBLISHER, "Oakfield"),
      XT_FIELD (CK_FIELD_PRICE, "9s. 6d."), XT_TITLE ("ASH ON THE STAIR"), XT_AUTHOR ("Dunmore") } },
  /* … and one whose sentence names the writer */
  { "/extract/roundup/lead/caps-paren-writer",
    "PAPERBACKS\n\nTHE TIN LANTERN (Oakfield, 9s. 6d.) is Nell Harrow's first novel, and it shows.\n\n"
    "HERON ISLAND (Harwood, \xc2\xa3" "7.99), a first book by Ravi Menon, is about an island.\n\n"
    "THE GREAT STRIKE (1926) was short.\n",
    { XT_COUNT (2), XT_TITLE ("THE TIN LANTERN"), XT_AUTHOR ("Harrow"), XT_TITLE ("HERON ISLAND"), XT_AUTHOR ("Menon"),
      XT_FIELD (CK_FIELD_PRICE, "\xc2\xa3" "7.99"), XT_ABSENT ("THE GREAT STRIKE") } },

  /* ------------------------------------------------- prices in old money */
  /* "12/6", "21/-" in the imprint; "288 pp. 12/6." keeps both */
  { "/extract/roundup/price/shillings-slash",
    "The Tin Lantern. By Nell Harrow. (Oakfield, 12/6.)\nAsh on the Stair. By Piet Dunmore. (Coverly Press, 21/-.)\n"
    "Heron Island. By Ravi Menon. Harwood. 288 pp. 15/-.\n\nThree novels, and the last is the best.\n",
    { XT_COUNT (3), XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Harrow"), XT_FIELD (CK_FIELD_PRICE, "12/6"),
      XT_TITLE ("Ash on the Stair"), XT_FIELD (CK_FIELD_PRICE, "21/-"), XT_TITLE ("Heron Island"),
      XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "288"), XT_FIELD (CK_FIELD_PRICE, "15/-") } },
  /* a date with slashes is no price */
  { "/extract/roundup/price/date-not-price",
    "Meeting of 12/6/58\n\nThe committee met on 12/6 and again on 19/6, and nothing was decided about the hall.\n",
    { XT_COUNT (0) } },

  /* ---------------------------------------------------------- distractors */
  /* a column's heading, a by-line, a prize list and a chapter list */
  { "/extract/roundup/distractor/heading-prizes-chapters",
    "NEW NOVELS\n\nBy John Pellow\n\nThis week's prizes: the Hawthornden Prize, the Tait Memorial Prize, the "
    "Maugham Award.\n\nContents: The Harbour; The Long Walk; Night Fishing; A Letter Home.\n\n"
    "There were few good novels this month, and none of them is worth your money.\n",
    { XT_COUNT (0) } },
  /* a place and its county over an office in capitals */
  { "/extract/roundup/distractor/place-office",
    "Leeds, Yorkshire HARBOUR OFFICE Notices (12 pp.) 2s.\n\nThe office is open on weekdays.\n",
    { XT_NO_TITLE_HAS ("HARBOUR OFFICE"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Leeds") } },
  /* a list of two names and a price is no book */
  { "/extract/roundup/distractor/names-price",
    "Nell Harrow, Piet Dunmore, Oakfield, \xc2\xa3" "16.99\nMary Quarne, Ravi Menon, Harwood, \xc2\xa3" "18.99\n\n"
    "Tickets for the dinner are on sale now.\n",
    { XT_NO_TITLE_HAS ("Harrow"), XT_NO_TITLE_HAS ("Quarne") } },
  /* a fair's programme: event, organiser, hall, price */
  { "/extract/roundup/distractor/fair-programme",
    "Spring Fair, Mary Quarne, Town Hall, 2s.\nHarvest Festival, Nell Harrow, Church Hall, 1s. 6d.\n\n"
    "All are welcome.\n",
    { XT_NO_TITLE_HAS ("Fair"), XT_NO_TITLE_HAS ("Festival") } },
  /* a bookshop's price list of goods that are no books */
  { "/extract/roundup/distractor/shop-price-list",
    "FROM OUR SHOP\n\nBook tokens, 5s. 6d.\nReading lamps, 21s.\nLeather bookmarks, 2s. 6d.\nGift wrapping, 1s.\n\n"
    "Open every day but Sunday.\n",
    { XT_COUNT (0) } },
  /* a programme: offices with a colon, and a single name-colon line */
  { "/extract/roundup/distractor/programme",
    "Chairman: Tea at Four. Hall Two. 2s.\nSecretary: Notes on the Year. Room Six. 1s.\n\n"
    "Members are asked to bring their own cups.\n",
    { XT_COUNT (0) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
