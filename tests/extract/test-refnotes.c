/* test-refnotes.c — reference-style citations in review headers, notes
 * and reading lists: essays in the books that hold them (detect-inbook.c),
 * header lines stacked one a line with serial author lists
 * (detect-comma.c), note entries after "E.g.," with two books of one
 * author, a list line dated by the year alone, a cited volume
 * (detect-reflist.c, detect-comma.c), and "Journal, 7 (Season Year),
 * pages".  Every text is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- essays in books (in-book) */
  { "/extract/refnotes/in-his-book",
    "NOTES\n\n3. H. K. Marrow, 'The Salt Trade of the Northern Ports', in his Harbour, the Guild and the Sea "
    "(London, 1961),\npp. 90-142.\n",
    { XT_COUNT (2),
      XT_TITLE ("The Salt Trade of the Northern Ports"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Marrow"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour, the Guild and the Sea"), XT_FIELD (CK_FIELD_PAGES, "90-142"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1961), XT_FIRED ("in-book"),
      XT_TITLE ("Harbour, the Guild and the Sea"), XT_TYPE (CK_TYPE_BOOK), XT_AUTHOR ("Marrow"), XT_YEAR (1961) } },
  { "/extract/refnotes/in-editor-ed-series",
    "NOTES\n\n4. Piet Loder, 'The Uses of Rumour in Village Life', in Anna Quell (ed.), Gossip and Rumour,\n"
    "R.A.S. Papers 12 (Oxford, 1972), pp. 47-79.\n",
    { XT_COUNT (1),
      XT_TITLE ("The Uses of Rumour in Village Life"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Loder"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Gossip and Rumour"),
      XT_FIELD (CK_FIELD_PAGES, "47-79"), XT_YEAR (1972), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Oxford") } },
  { "/extract/refnotes/in-surnames-eds",
    "8 Ada Renn and Tomas Vail, \"Harbours, Ports, and Canals: An Introduction,\" in Renn and Vail, eds., "
    "Ports of the North (Chicago, 1969), 1-64.\n",
    { XT_COUNT (1),
      XT_TITLE ("Harbours, Ports, and Canals"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Renn"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vail"), XT_FAMILY (CK_ROLE_EDITOR, 1, "Vail"), XT_FIELD (CK_FIELD_PAGES, "1-64"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Ports of the North"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Renn"), XT_YEAR (1969) } },
  { "/extract/refnotes/in-book-ed-after-title",
    "Ada Renn wrote the history. She has since set out its theory in \"Towards a Salt Poetics,\" in Reading the "
    "Harbour and Writing the Sea, ed. Lena Marsh (London: Gannet Press, 1980), pp. 22-41.\n",
    { XT_TITLE ("Towards a Salt Poetics"), XT_TYPE (CK_TYPE_CHAPTER),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Reading the Harbour and Writing the Sea"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Marsh"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_FIELD (CK_FIELD_PAGES, "22-41"), XT_YEAR (1980),
      XT_ABSENT ("Reading the Harbour and Writing the Sea"), XT_ABSENT ("Reading the Harbour") } },
  { "/extract/refnotes/in-book-cited-before",
    "NOTES\n\n1 \"Method in the Study of Tides,\" in Salt Power and Sea Theory, 111-159.\n",
    { XT_COUNT (1), XT_TITLE ("Method in the Study of Tides"), XT_TYPE (CK_TYPE_CHAPTER),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Salt Power and Sea Theory"), XT_FIELD (CK_FIELD_PAGES, "111-159") } },
  /* "their central chapter on X, “Title,”": a chapter of the reviewed book */
  { "/extract/refnotes/own-chapter",
    "The Lamp in the Cellar: Women at Sea, by Ada Renn and Lena Marsh; pp. xiv + 719. New Haven: Yale University "
    "Press, 1979, $25.00 cloth.\n\n"
    "Renn and Marsh tell a long story. Their central chapter on Mara Holt, \"A Dialogue of Salt and Soul,\" is the "
    "best thing in a very long book, and the rest is almost as good.\n",
    { XT_TITLE ("A Dialogue of Salt and Soul"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Renn"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Marsh"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Lamp in the Cellar") } },
  /* a periodical or a bare date is no book */
  { "/extract/refnotes/in-periodical-not-book",
    "His essay \"The Lantern Years\" in The Harbour Review (Spring 2015) was widely read.\n",
    { XT_NO_TYPE (CK_TYPE_CHAPTER), XT_ABSENT ("The Harbour Review (Spring 2015)") } },

  /* ---- header lines stacked one a line (comma-header) */
  { "/extract/refnotes/stacked-four-headers",
    "Review Article\n\nThe Harbour Decade\n\n"
    "Ada Renn, The Free Port and the Strong Guild: The Politics of Salt, Gannet Press, 1988, 272 pp, £27.50 hbk, £8.95 pbk\n"
    "Ivo Brandt, Kai Orr, Lena Marsh and Tomas Vail, Saltworks: A Tale of Two Harbours, Quay Books, 1988, 205 pp, £25.00 hbk\n"
    "Piet Loder, The Long Road to the Sea: Salt and the Crisis of the Guilds, Verso, 1988, 283 pp, £22.95 hbk\n"
    "Anna Quell, One of Them: A Life of Mara Holt, Macmillan, 1989, 570 pp, £16.95\n\n"
    "Eleven years on, the literature on the harbour has grown into a minor industry, and these four books "
    "are the best of it, though none of them is short and all of them are dear.\n",
    { XT_TITLE ("The Free Port and the Strong Guild"), XT_AUTHOR ("Renn"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_YEAR (1988),
      XT_TITLE ("Saltworks"), XT_AUTHOR ("Brandt"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Orr"),
      XT_FAMILY (CK_ROLE_AUTHOR, 2, "Marsh"), XT_FAMILY (CK_ROLE_AUTHOR, 3, "Vail"),
      XT_FIELD (CK_FIELD_SUBTITLE, "A Tale of Two Harbours"), XT_FIELD (CK_FIELD_PUBLISHER, "Quay Books"),
      XT_TITLE ("The Long Road to the Sea"), XT_AUTHOR ("Loder"),
      XT_TITLE ("One of Them"), XT_AUTHOR ("Quell"), XT_YEAR (1989),
      XT_ABSENT ("Kai Orr"), XT_ABSENT ("Ivo Brandt") } },
  /* "Title: Subtitle, by A and B; pp. N. Place: Publisher, Year, $P cloth" */
  { "/extract/refnotes/title-by-header-lines",
    "REVIEWS\n\n"
    "The Lamp in the Cellar: The Woman Sailor and the Northern Imagination, by Ada Renn and Lena Marsh; pp. xiv + 719. "
    "New Haven and London: Yale University Press, 1979, $25.00 cloth, $8.95 paper.\n"
    "A Harbour of Their Own: Women Pilots from Leith to Hull, by Anna Quell; pp. xi + 378. Princeton: Princeton "
    "University Press, 1977, $16.50 cloth, $4.95 paper.\n\n"
    "Ten years on there is no longer any need to argue the case; the argument is now about what kind of case.\n",
    { XT_TITLE ("The Lamp in the Cellar"), XT_AUTHOR ("Renn"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Marsh"),
      XT_FIELD (CK_FIELD_SUBTITLE, "The Woman Sailor and the Northern Imagination"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Yale University Press"), XT_YEAR (1979), XT_FIRED ("comma-header"),
      XT_TITLE ("A Harbour of Their Own"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Princeton"),
      XT_YEAR (1977), XT_NO_TITLE_HAS ("by Ada") } },
  /* "By A, B, C, and D.": the serial comma before the last name */
  { "/extract/refnotes/serial-comma-authors",
    "Salt Roads: Trade in the North. By\nAda Renn, Ivo Brandt, Lena Marsh, and Tomas Vail.\n"
    "New York: Gannet Books, 1975. Pp. 352. $12.95.\n\n"
    "These essays, written over a decade, announce a new history of the northern salt trade and its law.\n",
    { XT_TITLE ("Salt Roads"), XT_AUTHOR ("Renn"), XT_FAMILY (CK_ROLE_AUTHOR, 2, "Marsh"),
      XT_FAMILY (CK_ROLE_AUTHOR, 3, "Vail"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books") } },
  /* "A. Name, Title (Place: Publisher, Year), xii + 320 pp., £20.00."
   * stacked over the prose: reviewed books, the first is the main one */
  { "/extract/refnotes/header-reference-lines",
    "The Harbour Review, Vol. 12, No. 3 (Spring 1992), pp. 40-44\n\nSalt and the State\n\n"
    "Ada Renn, The Salt Road: A History of the Northern Trade (London: Gannet Press, 1990), xii + 320 pp., £20.00.\n"
    "Ivo Brandt and Lena Marsh, Harbours of the North (Cambridge, Mass., 1988), 214 pp., $25.\n"
    "Piet Loder, Kai Orr, Tomas Vail and Anna Quell, The Guild Year: Essays on Trade, 1700-1850 (Leeds, 1991).\n\n"
    "These three books, each in its way, take up the old question of salt and the state, and each answers it\n"
    "differently, though none of them answers it well enough to end the argument for good.\n\nTOM WREN\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Renn"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "xii + 320"),
      XT_FIELD (CK_FIELD_PRICE, "£20.00"),
      XT_TITLE ("Harbours of the North"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Marsh"), XT_FIELD (CK_FIELD_NUMBER_OF_PAGES, "214"),
      XT_TITLE ("The Guild Year"), XT_FAMILY (CK_ROLE_AUTHOR, 3, "Quell"),
      XT_SELF, XT_FIELD (CK_FIELD_REVIEWED_TITLE, "The Salt Road: A History of the Northern Trade"),
      XT_FIELD (CK_FIELD_TITLE, "Salt and the State") } },
  /* without "and Name," a list of names stops at the first comma */
  { "/extract/refnotes/serial-names-need-and",
    "Ada Renn, Kai Orr, Gannet Press, 1988, 272 pp, £27.50\n\nSome prose follows here about the book and "
    "its merits, which are many, though the reader may tire of them.\n",
    { XT_NO_WORK_HAS ("Gannet") } },

  /* a header book named again by its main title is that book, though
   * another header came first */
  { "/extract/refnotes/header-main-title-again",
    "Review Article\n\nAda Renn, The Free Port: Salt and the Guilds, Gannet Press, 1988, 272 pp, £27.50\n"
    "Ivo Brandt, The Long Road to Leith: Harbour Essays, Quay Books, 1989, 205 pp, £25.00\n\n"
    "Most of the debate still starts from one old article. The article is reprinted in The Long Road to "
    "Leith, with the rest of the pieces of the decade, and it was much read.\n",
    { XT_COUNT (2), XT_TITLE ("The Long Road to Leith"), XT_AUTHOR ("Brandt"), XT_FIELD (CK_FIELD_SUBTITLE, "Harbour Essays") } },
  /* "Marxism: A Tale" is titled with a doctrine, not with a person the
   * review is about */
  { "/extract/refnotes/doctrine-title-no-subject",
    "Ada Renn, Marxism: A Tale of Two Harbours, Gannet Press, 1988, 272 pp, £27.50\n\n"
    "Marxism is everywhere. Marxism is here. Renn has written about Marxism before, in The Red Quay (Leeds: "
    "Quay Books, 1979), and her later The Salt Road (1983) is the best thing she did.\n",
    { XT_TITLE ("The Red Quay"), XT_AUTHOR ("Renn"), XT_TITLE ("The Salt Road"), XT_AUTHOR ("Renn") } },

  /* ---- note and reading-list entries (reference-entry) */
  { "/extract/refnotes/eg-two-of-one-family",
    "NOTES\n\n4 E.g., Daniel Marrow and Alice Marrow, Salt and Labour in Bengal (Bombay, 1962).\n",
    { XT_COUNT (1), XT_TITLE ("Salt and Labour in Bengal"), XT_AUTHOR ("Marrow"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Daniel"),
      XT_GIVEN (CK_ROLE_AUTHOR, 1, "Alice"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Bombay"), XT_YEAR (1962) } },
  { "/extract/refnotes/two-books-one-author",
    "NOTES\n\n6 Ivo Brandt, Bread and Salt in Flanders (Berkeley, 1943) and Harbour Backwardness in Long "
    "Perspective (Cambridge, Mass., 1962).\n",
    { XT_COUNT (2), XT_TITLE ("Bread and Salt in Flanders"), XT_AUTHOR ("Brandt"), XT_YEAR (1943),
      XT_TITLE ("Harbour Backwardness in Long Perspective"), XT_AUTHOR ("Brandt"), XT_YEAR (1962),
      XT_FIELD_PREFIX (CK_FIELD_PUBLISHER_PLACE, "Cambridge, Mass"), XT_ABSENT ("Long Perspective") } },
  { "/extract/refnotes/list-line-year-alone",
    "Week 8 (Mar. 12/14) - Harbours\n"
    "  Lena Marsh, Making the Second Harbour: Salt and Trade in Leith, 1940-1960 (1983), ch. 2\n",
    { XT_COUNT (1), XT_TITLE ("Making the Second Harbour"), XT_AUTHOR ("Marsh"), XT_YEAR (1983),
      XT_FIELD (CK_FIELD_SUBTITLE, "Salt and Trade in Leith, 1940-1960") } },
  /* British notes: "(ed.)" after the names, ", 2 vols", "'Title',
   * Journal, 12 (1959), pp.", a title opening the note with its editor,
   * a series before the imprint */
  { "/extract/refnotes/british-notes",
    "The Salt Question\n\nSome prose opens the review here and runs on long enough to make this a paragraph of "
    "prose,\nwith no citations at all in it. It goes on for a second sentence, and then a third one, which\nis "
    "longer than the others and says even less than they do about the book.\n\nNOTES\n\n"
    "1. Mary Quell (ed.), Salt and Society in the North (London, 1970), pp. 4-9.\n"
    "2. Ivo Brandt, The Harbour Guilds, 2 vols (Oxford, 1961).\n"
    "3. Lena Marsh, 'Tides and Tolls', Harbour History Review, 12 (1959), pp. 3-18.\n"
    "4. Ibid., p. 5.\n"
    "5. Tomas Vail and Ada Renn (eds), The Salt Atlas (Cambridge, 1977).\n"
    "6. The Harbour Letters, ed. Kai Orr (London: Gannet Press, 1979).\n"
    "7. Piet Loder, Tolls and Tides, Quay Studies 14 (Leeds, 1968).\n",
    { XT_COUNT (6),
      XT_TITLE ("Salt and Society in the North"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"), XT_AUTHOR (NULL), XT_YEAR (1970),
      XT_TITLE ("The Harbour Guilds"), XT_AUTHOR ("Brandt"), XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "2"),
      XT_TITLE ("Tides and Tolls"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Marsh"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour History Review"), XT_FIELD (CK_FIELD_VOLUME, "12"),
      XT_FIELD (CK_FIELD_PAGES, "3-18"), XT_YEAR (1959),
      XT_TITLE ("The Salt Atlas"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vail"), XT_FAMILY (CK_ROLE_EDITOR, 1, "Renn"),
      XT_AUTHOR (NULL),
      XT_TITLE ("The Harbour Letters"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Orr"), XT_AUTHOR (NULL),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_TITLE ("Tolls and Tides"), XT_AUTHOR ("Loder"), XT_FIELD (CK_FIELD_COLLECTION_TITLE, "Quay Studies"),
      XT_FIELD (CK_FIELD_COLLECTION_NUMBER, "14") } },
  /* a bibliography in the Chicago style: inverted names, stops */
  { "/extract/refnotes/chicago-bibliography",
    "The Salt Question\n\nSome prose opens the review here and runs on long enough to make this a paragraph of "
    "prose,\nwith no citations at all in it. It goes on for a second sentence, and then a third one, which\nis "
    "longer than the others and says even less than they do about the book.\n\nReferences\n\n"
    "Marsh, Lena. \"Tides and Tolls.\" Harbour History Review 12 (1959): 3-18.\n"
    "Loder, Piet. \"The Guild Year.\" In The Harbour Reader, edited by B. Holm, 1-20. Leeds: Tide Press, 1980.\n",
    { XT_COUNT (2),
      XT_TITLE ("Tides and Tolls"), XT_AUTHOR ("Marsh"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Lena"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour History Review"),
      XT_TITLE ("The Guild Year"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Loder"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Holm"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Reader"), XT_FIELD (CK_FIELD_PAGES, "1-20"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Tide Press"), XT_YEAR (1980), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Leeds"),
      XT_ABSENT ("The Harbour Reader") } },
  /* note-style citations inside running prose */
  { "/extract/refnotes/prose-references",
    "A Review\n\nThis is a long first paragraph of prose that says a good deal about the book under review,\n"
    "and then says it again at greater length, because reviewers are paid by the word and like to be.\n\n"
    "Readers may also consult Ivo Brandt and Lena Marsh, Harbours of the North (New York: Quay Books, 1971), "
    "and the older survey by Piet Loder. Ada Renn wrote the rest; compare her essay \"The Lighthouse Keepers,\" "
    "Harbour Quarterly 4 (1975): 1-22. Nothing here is new.\n",
    { XT_TITLE ("Harbours of the North"), XT_AUTHOR ("Brandt"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Marsh"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Quay Books"), XT_YEAR (1971),
      XT_TITLE ("The Lighthouse Keepers"), XT_AUTHOR ("Renn"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Quarterly") } },
  /* note numbers flattened onto the words before them ("Guild2"); two
   * possessive citations joined by "and", the second with initials */
  { "/extract/refnotes/glued-note-numbers",
    "A Review\n\nThis is a long first paragraph of prose that says a good deal about the book under review,\n"
    "and then says it again at greater length, because reviewers are paid by the word and like to be.\n\n"
    "It invites comparison with Ivo Brandt's Harbour and Guild2 and S. M. Marsh's Salt Man,3 both of which "
    "treat it lightly. The B52 and the Catch-22 are other matters.\n",
    { XT_TITLE ("Harbour and Guild"), XT_AUTHOR ("Brandt"), XT_TITLE ("Salt Man"), XT_AUTHOR ("Marsh"),
      XT_NO_TITLE_HAS ("Guild2"), XT_NO_TITLE_HAS ("Marsh's") } },
  /* author-date citations of edited books ("Title (Surname, ed. Year)");
   * a bare "(Surname Year)" follows topics as often as titles */
  { "/extract/refnotes/edited-author-date",
    "A Review\n\nThis is a long first paragraph of prose that says a good deal about the book under review,\n"
    "and then says it again at greater length, because reviewers are paid by the word and like to be.\n\n"
    "Readers who know The Social Life of Salt (Orr, ed. 1986) or Harbour Peoples (Orr and Vail, eds. 1991) "
    "will find little new in the chapters on the salt trade (Orr 1986), the Leith Guild (Vail 1990) or the Quay Wars (Orr et al. 1992).\n",
    { XT_COUNT (2), XT_TITLE ("The Social Life of Salt"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Orr"), XT_AUTHOR (NULL),
      XT_YEAR (1986), XT_FIRED ("edited-paren"),
      XT_TITLE ("Harbour Peoples"), XT_FAMILY (CK_ROLE_EDITOR, 1, "Vail"), XT_YEAR (1991) } },
  { "/extract/refnotes/edited-author-date-place-not-name",
    "A Review\n\nThis is a long first paragraph of prose that says a good deal about the book under review,\n"
    "and then says it again at greater length, because reviewers are paid by the word and like to be.\n\n"
    "The Harbour Letters (London, ed. 1986) are a mess.\n",
    { XT_ABSENT ("The Harbour Letters") } },
  /* in running prose a year alone does not make a note entry */
  { "/extract/refnotes/prose-year-alone-not-entry",
    "The old account is Lena Marsh, Harbour (1983), which nobody reads.\n",
    { XT_ABSENT ("Harbour") } },
  { "/extract/refnotes/volume-cited",
    "The standard account remains Ada Renn, A History of the Salt Laws and Their Courts from 1750, vol. 1 "
    "(London, 1948), which is not superseded.\n",
    { XT_TITLE ("A History of the Salt Laws and Their Courts from 1750"), XT_AUTHOR ("Renn"),
      XT_FIELD (CK_FIELD_VOLUME, "1"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1948) } },
  { "/extract/refnotes/journal-comma-volume",
    "Ivo Brandt wrote the book. Readers of his \"Guild Society, Harbour Culture,\" Journal of Harbour "
    "History, 7 (Summer 1974), 382-405, will know the argument.\n",
    { XT_TITLE ("Guild Society, Harbour Culture"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Brandt"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Harbour History"), XT_FIELD (CK_FIELD_VOLUME, "7"),
      XT_FIELD (CK_FIELD_PAGES, "382-405"), XT_YEAR (1974), XT_ABSENT ("Journal of Harbour History") } },
  /* without pages after the date, the comma form is no article */
  { "/extract/refnotes/journal-comma-volume-needs-pages",
    "He quoted \"Salt Days,\" Harbour Review, 7 (Summer 1974) at length.\n",
    { XT_NO_TYPE (CK_TYPE_ARTICLE_JOURNAL) } },
  /* the older "volume [year]: pages"; the whole citation in brackets
   * after its author's name, or after a possessive */
  { "/extract/refnotes/journal-bracket-year-after-name",
    "The case was first made by Ada Quell (\"Salt and the Sea: An Essay on Trade,\" Harbour Studies 12 [1990]: "
    "45-67) and later refined.\n",
    { XT_TITLE ("Salt and the Sea"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Studies"), XT_FIELD (CK_FIELD_VOLUME, "12"),
      XT_FIELD (CK_FIELD_PAGES, "45-67"), XT_YEAR (1990), XT_COUNT (1) } },
  { "/extract/refnotes/journal-source-in-brackets",
    "Ben Vell's \"Tides of Commerce: A Reply\" (Journal of Estuary History 9 [1991]: 3) answered her.\n",
    { XT_TITLE ("Tides of Commerce"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Vell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Estuary History"), XT_FIELD (CK_FIELD_VOLUME, "9"),
      XT_FIELD (CK_FIELD_PUBLISHER, NULL), XT_YEAR (1991), XT_COUNT (1) } },
  /* a bracket that never closes after the pages is no such citation */
  { "/extract/refnotes/journal-source-bracket-unclosed",
    "Ben Vell's \"Tides\" (Estuary History 9 [1991]: 3, and more) answered her.\n",
    { XT_NO_TYPE (CK_TYPE_ARTICLE_JOURNAL) } },
};

/* Texts the in-book detector must leave to others: a date alone after
 * the book ("(1972)") may be a poem's book or a periodical's issue. */
static const char * const not_in_book[] = {
  "The poem \"Salt Fen\", in Winter Ground (1972), is his best.\n",
  "His essay \"The Lantern Years\" in The Harbour Review (Spring 2015) was widely read.\n",
  "She called it \"a quarrel,\" in Leith (1972), and left.\n",
};

static void
test_not_in_book (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (not_in_book); i++)
    {
      g_autoptr(GPtrArray) recs = xt_extract (not_in_book[i]);
      for (guint k = 0; k < recs->len; k++)
        g_assert_false (xt_fired (g_ptr_array_index (recs, k), "in-book"));
    }
}

/* normalize.c drops a note number glued to a word, and nothing else
 * that looks like one. */
static void
test_glued_note_numbers (void)
{
  static const struct { const char *in, *out; } rows[] = {
    { "his Harbour and Guild2 and more", "his Harbour and Guild and more" },
    { "the Citizenship12, then", "the Citizenship, then" },
    { "a B52 and Catch-22 and mp3 file", NULL },            /* no note numbers */
    { "see example.org/page2.html or /review12 now", NULL }, /* paths */
    { "the year 1990s and item123 end", NULL },              /* three digits */
  };
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      gsize n = 0;
      g_autofree guint32 *map = NULL;
      g_autofree char *out = ck_normalize_text (rows[i].in, strlen (rows[i].in), &n, &map);
      g_assert_cmpstr (out, ==, rows[i].out);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  g_test_add_func ("/extract/refnotes/not-in-book", test_not_in_book);
  g_test_add_func ("/extract/refnotes/glued-note-numbers-normalize", test_glued_note_numbers);
  return g_test_run ();
}
