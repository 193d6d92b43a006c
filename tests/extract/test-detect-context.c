/* test-detect-context.c — titles whose author is known only from the
 * context (src/lib/extract/detect-context.c and detect-bare.c).  Every
 * text is invented: made-up authors, titles and publishers.  One row per
 * convention (XtCase, extract-test-util.h): the records a text must give,
 * with their author and year, and the words it must not take for titles. */
#include "extract-test-util.h"

/* the review of a life (biography-subject, edition-of) */
#define QUELL_HEADER "MARA QUELL\nby Ada Vell\nSlate Press, 420 pp., \u00a320.00\n\n"

static const XtCase cases[] = {
  { "/extract/context/list-in-dashes",
    "Mara Quell made her name with three coastal novels - Salting the Nets (1991), Harbourlight (1993) "
    "and Greyfen (1996) - full of smugglers and drowned bells.\n",
    { XT_TITLE ("Salting the Nets"), XT_AUTHOR ("Quell"), XT_YEAR (1991),
      XT_TITLE ("Harbourlight"), XT_AUTHOR ("Quell"), XT_YEAR (1993),
      XT_TITLE ("Greyfen"), XT_AUTHOR ("Quell"), XT_YEAR (1996) } },
  { "/extract/context/surname-paren-list",
    "Orla Wendle, The River Clerks. Slate Press, 2019.\n\n"
    "Wendle (The Copper Orchard, 2003; Night Ferries, 2009) sets out to explain how the river trade died, "
    "and the book is the best she has written about the estuary and its people.\n",
    { XT_TITLE ("The Copper Orchard"), XT_AUTHOR ("Wendle"), XT_YEAR (2003), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Orla"),
      XT_TITLE ("Night Ferries"), XT_AUTHOR ("Wendle"), XT_YEAR (2009) } },
  { "/extract/context/published-title",
    "She recalls how Ansel Murrow, who published The Lantern Atlas in 1871, found it hard to believe "
    "that the coast had ever been charted at all.\n",
    { XT_TITLE ("The Lantern Atlas"), XT_AUTHOR ("Murrow"), XT_YEAR (1871) } },
  /* a firm that published is the publisher, and nobody's name */
  { "/extract/context/published-title-firm",
    "Ansel Murrow sailed for the coast in 1860. Slate Books published The Lantern Atlas in 1871, and it "
    "sold badly for a decade before anyone read it.\n",
    { XT_TITLE ("The Lantern Atlas"), XT_YEAR (1871), XT_FIELD (CK_FIELD_PUBLISHER, "Slate Books"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Books"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Slate") } },
  /* an obituary: the subject's books by title and year only.  The subject
   * of the text, named most often, is the author; not the hospital, nor
   * the playwright "by" whom the book was adapted; the places and
   * institutions of the text are no works */
  { "/extract/context/subject-books",
    "Edwin Talbot Harrow, who has died aged 90, was the most widely read naturalist of his generation. "
    "Born in Leeds in 1921, he studied at the Marine Institute before leaving for Canada. Harrow never "
    "stopped walking.\n\n"
    "His first book, Tidemarks (1950), was a modest field guide. Its successor was not. Saltgrass (Penwick, 1953) "
    "described the marshes near Lydia Vell Hospital; it became a radio play by Ansel Crane. The Heron Who Forgot the Sea (1961), "
    "a collection of short essays, made him famous, and On the Wing: A Memoir (1999) closed his career.\n",
    { XT_TITLE ("Tidemarks"), XT_AUTHOR ("Harrow"), XT_YEAR (1950), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Edwin Talbot"),
      XT_TITLE ("Saltgrass"), XT_AUTHOR ("Harrow"), XT_YEAR (1953),
      XT_FIELD_OR (CK_FIELD_PUBLISHER_PLACE, CK_FIELD_PUBLISHER, "Penwick"),
      XT_TITLE ("The Heron Who Forgot the Sea"), XT_AUTHOR ("Harrow"), XT_YEAR (1961),
      XT_TITLE ("On the Wing"), XT_AUTHOR ("Harrow"), XT_YEAR (1999),
      XT_ABSENT ("Leeds"), XT_ABSENT ("Canada") } },
  { "/extract/context/cue-after-and-preposition",
    "Pell Avery, The Glass Farm. Slate Press, 2020.\n\n"
    "Avery has not written so well about the prairie since Windbreak (1994), and the last chapters are "
    "her finest. The satire here has the cold glee that made Paper Lions (1987) the funniest book of "
    "its decade.\n",
    { XT_TITLE ("Windbreak"), XT_AUTHOR ("Avery"), XT_YEAR (1994),
      XT_TITLE ("Paper Lions"), XT_YEAR (1987) } },
  /* the author of "Une saison" is not "Man" of "A Man's Barn" */
  { "/extract/context/foreign-titles",
    "Claire Dussault has spent forty years avoiding the novel. Since La Grange (1979; A Man's Barn, 1984), "
    "the short account of her uncle's farm, each book has been a chronicle. Une saison (1990), about her "
    "sister, did the same. Whole pages read like an illustration of Lucien Morel's Le Goût des autres (1966). Dussault admits the debt.\n",
    { XT_TITLE ("La Grange"), XT_YEAR (1979), XT_FIELD (CK_FIELD_TRANSLATED_TITLE, "A Man's Barn"),
      XT_ABSENT ("Since La Grange"),
      XT_TITLE ("Une saison"), XT_YEAR (1990), XT_AUTHOR ("Dussault"),
      XT_TITLE ("Le Goût des autres"), XT_AUTHOR ("Morel"), XT_YEAR (1966) } },
  /* titles with commas; prose lists of places stay prose */
  { "/extract/context/comma-titles",
    "The story has been told before, above all by Amos Greel in Ropes, Nets, and Anchors (Harbor House, "
    "1989). In Salt, Iron, Bread: Three Trades of the Coast (Slate Press, 2001) he argued the "
    "opposite. It belongs beside Ida Fenn's Little Harbour, What Next? (1932).\n",
    { XT_TITLE ("Ropes, Nets, and Anchors"), XT_AUTHOR ("Greel"), XT_YEAR (1989),
      XT_TITLE ("Salt, Iron, Bread"), XT_YEAR (2001),
      XT_TITLE ("Little Harbour, What Next?"), XT_AUTHOR ("Fenn"), XT_YEAR (1932),
      XT_ABSENT ("Anchors"), XT_ABSENT ("Little Harbour"),
      XT_TEXT ("He lived in Paris, Rome, and Vienna (Hill Press, 1930) for a while.\n"),
      XT_NO_TITLE_HAS (",") } },
  { "/extract/context/owner-capital-article",
    "Dorn has written about decline before. His The Long Ebb: Salt, Coal, and the End of the Ports (2011) "
    "was, on balance, a hopeful book. This one is not.\n",
    { XT_TITLE ("The Long Ebb"), XT_YEAR (2011) } },
  { "/extract/context/opener-title",
    "Ward Tarrant, Cold Harbour. By Ward Tarrant. Slate Press. 7s. 6d.\n\n"
    "Mr. Tarrant's new novel is a very different affair. Like A Knife in Winter, it is a story of "
    "pursuit and of dockside gangs, and it moves at the speed of a thriller. Readers who came to Tarrant "
    "through The Lamplighters will know the fog and the long sentences.\n",
    { XT_TITLE ("A Knife in Winter"), XT_TITLE ("The Lamplighters") } },
  { "/extract/context/distractors",
    "The argument turns on four pictures: the View of the Harbour Fair of 1867, Marten's Evening on the "
    "Island of Saint Loup (1881-83), and the Mill at Arden (1879). Wallace (1858) had said as much, and the "
    "General Strike (1926) and the Revolution (1917) come up again. Wallace was right. In Kronholm (1921) "
    "the sailors rose. Born in Lyon (1907-1967), he settled in Rome. As argued in Gould (1977), the "
    "tides matter. Like The Evening Herald, it is a paper.\n",
    { XT_ABSENT ("Evening on the Island of Saint Loup"), XT_ABSENT ("Wallace"), XT_ABSENT ("General Strike"),
      XT_ABSENT ("Revolution"), XT_ABSENT ("Lyon"), XT_COUNT (0) } },
  { "/extract/context/question-titles",
    "Ivo Sand frames it as physics. He asked it first in What is Salt? (Harbor House, 1944), and later "
    "Sand asked again in Why Do Rivers Bend? (1950).\n",
    { XT_TITLE ("What is Salt?"), XT_AUTHOR ("Sand"), XT_YEAR (1944),
      XT_TITLE ("Why Do Rivers Bend?"), XT_AUTHOR ("Sand"), XT_YEAR (1950) } },
  { "/extract/context/appositive-list",
    "Readers who remember Rhee's two books of 1981, Salt of the Marsh: Ferrymen and the 1790 Floods and The "
    "Drowned Parish: Tithes and Tides in Essex, 1790-1811, will find her less certain now.\n",
    { XT_TITLE ("Salt of the Marsh"), XT_AUTHOR ("Rhee"), XT_YEAR (1981),
      XT_FIELD (CK_FIELD_SUBTITLE, "Ferrymen and the 1790 Floods"),
      XT_TITLE ("The Drowned Parish"), XT_AUTHOR ("Rhee"), XT_YEAR (1981),
      XT_FIELD (CK_FIELD_SUBTITLE, "Tithes and Tides in Essex, 1790-1811") } },
  { "/extract/context/authors-before",
    "The case was made by Ada Lind and Piet Orr, in Harbour Lights (London: Quay Books, 1991). "
    "Later critics will want to know what the author makes of Ivo Marsh, co-author of The Tin Lantern (1993). "
    "Most readers know Hedda Strom, if at all, as the author of Pip and the Pilots (1929).\n",
    { XT_TITLE ("Harbour Lights"), XT_AUTHOR ("Lind"), XT_YEAR (1991), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Orr"),
      XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Marsh"), XT_YEAR (1993),
      XT_TITLE ("Pip and the Pilots"), XT_AUTHOR ("Strom"), XT_YEAR (1929) } },
  /* two novelists reviewed together; the hero's name is no author */
  { "/extract/context/paragraph-subject",
    "Mr. Vell has gone back to the sea, or rather to an imaginary island. His hero, Tom Quarry, who writes "
    "the tide tables for a county paper, is sent out to cover a regatta by mistake. The machinery of the "
    "harbour office is shown with the cold glee that made Paper Anchors (1931) the funniest book of its "
    "year.\n\n"
    "Mrs. Dunmore's new novel is a different affair, and Ada Dunmore writes it with care.\n\n"
    "Later Ivo Vell, Ada Dunmore and Tom Quarry all appear again.\n",
    { XT_TITLE ("Paper Anchors"), XT_AUTHOR ("Vell"), XT_YEAR (1931) } },
  { "/extract/context/own-title",
    "She draws heavily on Marten Vell's own Tidewater, though readers who want more will look elsewhere. "
    "Vell's own Party, and Vell's own Academy, are another matter.\n",
    { XT_TITLE ("Tidewater"), XT_AUTHOR ("Vell"), XT_ABSENT ("Party"), XT_ABSENT ("Academy") } },
  { "/extract/context/range-title-and-full-name",
    "Orrin Vell, The Age of Tides. Slate Press, 1955.\n\n"
    "It is a long way from the author's first book, Salt Law in Coastal Towns, 1860-1915 (1944), and a "
    "longer way still from his youth. Vell's grandfather Piet was a poet too. Piet Vell set his theory of "
    "tides to rhyming couplets in The Moon Garden (1791), and was mocked for it.\n",
    { XT_TITLE ("Salt Law in Coastal Towns, 1860-1915"), XT_AUTHOR ("Vell"), XT_YEAR (1944),
      XT_GIVEN (CK_ROLE_AUTHOR, 0, "Orrin"),
      XT_TITLE ("The Moon Garden"), XT_AUTHOR ("Vell"), XT_YEAR (1791), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Piet") } },
  { "/extract/context/cue-apposition",
    "Edda Kahl has written six books. Tidewater, her second novel, was not a success. Later came Grey "
    "Harbour, a collection of stories, and The Long Weir, published in 1988, which won prizes. Her 2001 "
    "novel The Glass Ferry is her best. Kahl grew up in Europe, its history all around her, and in "
    "Tarrow, her home town. Ivo Kahl, her husband, and the Quayside, a book lover's haven, stay offstage.\n",
    { XT_TITLE ("Tidewater"), XT_AUTHOR ("Kahl"),
      XT_TITLE ("Grey Harbour"), XT_AUTHOR ("Kahl"),
      XT_TITLE ("The Long Weir"), XT_AUTHOR ("Kahl"), XT_YEAR (1988),
      XT_TITLE ("The Glass Ferry"), XT_AUTHOR ("Kahl"), XT_YEAR (2001),
      XT_ABSENT ("Europe"), XT_ABSENT ("Tarrow"), XT_ABSENT ("Ivo Kahl"), XT_ABSENT ("Quayside"), XT_COUNT (4) } },
  { "/extract/context/group-owners",
    "Salt and Iron. By Ada Lind and Piet Orr. Quay Books, 2001. 300 pp. $20.00.\n\n"
    "Readers of the authors' joint Harbour Law: A Study of Tides (London: Quay Books, 1994) will know the "
    "argument, and it owes much to Vell and Marsh's The Tin Lantern (1987), which the authors praise at length "
    "in a chapter that runs on for many pages.\n",
    { XT_TITLE ("Harbour Law"), XT_AUTHOR ("Lind"), XT_YEAR (1994), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Orr"),
      XT_TITLE ("The Tin Lantern"), XT_AUTHOR ("Vell"), XT_YEAR (1987), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Marsh") } },
  /* "the novel T" with no owner or adjective: a title of two words, or
   * of one word that ends the clause; a person after the noun is none */
  { "/extract/context/bare-cue-noun",
    "Edda Kahl has written six books. In the novel Grey Harbour she turns to the sea. His memoir Lantern "
    "Days is the best of them. Ivo finished the novel Kahl never finished, and the biography Ada Pell "
    "wrote.\n",
    { XT_TITLE ("Grey Harbour"), XT_AUTHOR ("Kahl"), XT_TITLE ("Lantern Days"),
      XT_ABSENT ("Kahl"), XT_ABSENT ("Ada Pell") } },
  /* "Surname (T1, 1983; “T2,” 1991)": a quoted item in the list */
  { "/extract/context/surname-paren-quoted-item",
    "Orla Wendle, The River Clerks. Slate Press, 2019.\n\n"
    "Wendle (The Copper Orchard, 2003; \u201cNothing Left for the Ferryman,\u201d 2009) knows the estuary "
    "better than anyone.\n",
    { XT_TITLE ("The Copper Orchard"), XT_AUTHOR ("Wendle"), XT_YEAR (2003),
      XT_TITLE ("Nothing Left for the Ferryman"), XT_AUTHOR ("Wendle"), XT_YEAR (2009) } },
  /* A review of a life: works the context gives to the biographer are the
   * subject's; in a review of any other book they stay the author's. */
  { "/extract/context/biography-subject",
    QUELL_HEADER
    "Quell wrote eleven novels and burned two. Vell writes well about Salt Meadow (1983) and best of all "
    "about The Long Weir, which Quell thought her best. Quell died in 1990, and Vell tells it plainly.\n",
    { XT_TITLE ("Salt Meadow"), XT_AUTHOR ("Quell"), XT_YEAR (1983), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Mara"),
      XT_TITLE ("The Long Weir"), XT_AUTHOR ("Quell"),
      XT_TITLE ("MARA QUELL"), XT_AUTHOR ("Vell"),
      XT_TEXT ("The Salt Years\nby Ada Vell\nSlate Press, 420 pp., \u00a320.00\n\n"
               "Quell is the subject here and there, and Quell again. Vell writes well about Salt Meadow (1983), her "
               "own first book, and Quell would have agreed.\n"),
      XT_TITLE ("Salt Meadow"), XT_AUTHOR ("Vell"), XT_YEAR (1983) } },
  /* "his edition of T": the person the context gives edited it; in a
   * review of a life the subject wrote it. */
  { "/extract/context/edition-of",
    QUELL_HEADER
    "Quell wrote eleven novels and burned two. Since Ivo Marrant finished his edition of The Collected "
    "Letters in 2001, Quell has had few secrets, and Vell uses them well. Quell would have hated it.\n",
    { XT_TITLE ("The Collected Letters"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Marrant"), XT_AUTHOR ("Quell"),
      XT_YEAR (2001) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
