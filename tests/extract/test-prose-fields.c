/* test-prose-fields.c — author, year and type of works named in running
 * review prose (attribution.c, attr-context.c, merge.c, assemble.c): a
 * battery of invented review paragraphs, each naming many people — the
 * reviewed author, the reviewer, other critics, editors, translators,
 * subjects of lives, characters, publishers — and asserting who wrote
 * each work, when, and what kind of work it is.  Every author, title and
 * sentence is invented. */
#include "extract-test-util.h"

#define HDR "THE GLASS ORCHARD. By Nora Pellew. (Harwick Press. 15s.)\n\n"
/* a newspaper review with the reviewer's byline */
#define WEB "The Glass Orchard by Nora Pellew\nHarwick, 320pp, \u00a318.99\n\nReviewed by Simon Hale\n\n" \
  "Nora Pellew's last novel, Grey Shutters, appeared in 2005, and for a decade her readers assumed she " \
  "had stopped. "

static const XtCase cases[] = {
  /* a column of two reviews: a bare quoted title in the paragraph about
   * one reviewed author is that author's, not the other's */
  { "/extract/prose-fields/column-paragraph-subject",
    "THE SALT WIFE. By Orla Quennell.\n(Gannet. 7s. 6d.)\nTHE TIN BELL. By Ivo Marrant.\n(Hill Press. 8s. 6d.)\n\n"
    "MISS QUENNELL has gone back to the fens for her new story, and she has written the best of her "
    "books. It has the dry wit which delighted us in \"Marsh Lanterns\" ten years ago, and a passion "
    "that is new.\n\n"
    "Mr. Marrant's readers have waited four years since \"Copper Weather\" for this, and they will not "
    "be disappointed, though others may be.\n",
    { XT_TITLE ("Marsh Lanterns"), XT_AUTHOR ("Quennell"),
      XT_TITLE ("Copper Weather"), XT_AUTHOR ("Marrant"),
      XT_TITLE ("Marsh Lanterns"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Marrant") } },
  /* the author is the subject of the sentence */
  { "/extract/prose-fields/subject-followed-with",
    HDR "Tomas Ederly began as a poet and came late to fiction. Ederly followed it with Winter "
    "Ledger (1990), a novel of the docks, and then with Salt Accounts (1994).\n",
    { XT_TITLE ("Winter Ledger"), XT_AUTHOR ("Ederly"), XT_YEAR (1990), XT_TYPE (CK_TYPE_BOOK),
      XT_TITLE ("Salt Accounts"), XT_AUTHOR ("Ederly"), XT_YEAR (1994) } },
  { "/extract/prose-fields/in-title-turns-to",
    HDR "Nora Pellew has written about islands before. In The Harbour Clock (1979), Pellew turned "
    "to the mainland, and the critic Ivo Sandall never forgave her.\n",
    { XT_TITLE ("The Harbour Clock"), XT_AUTHOR ("Pellew"), XT_YEAR (1979) } },
  /* a pronoun owner after a sentence that introduces a person */
  { "/extract/prose-fields/her-second-novel",
    HDR "Marta Sollis was born in Leeds in 1931 and taught for twenty years. Her second novel, "
    "A Field of Larks, came out in 1966 and was widely praised.\n",
    { XT_TITLE ("A Field of Larks"), XT_AUTHOR ("Sollis"), XT_YEAR (1966), XT_TYPE (CK_TYPE_BOOK) } },
  { "/extract/prose-fields/his-year-novel",
    HDR "Ederly's 1958 novel The Tin Crown was banned in two countries.\n",
    { XT_TITLE ("The Tin Crown"), XT_AUTHOR ("Ederly"), XT_YEAR (1958) } },
  { "/extract/prose-fields/published-in-year",
    HDR "Pellew's first book, Lamp Street, published in 1958, was a slim memoir of her father.\n",
    { XT_TITLE ("Lamp Street"), XT_AUTHOR ("Pellew"), XT_YEAR (1958) } },
  { "/extract/prose-fields/appeared-in-year",
    HDR "Nora Pellew is no newcomer. The Cold Quay appeared in 1961 and was reprinted twice.\n",
    { XT_TITLE ("The Cold Quay"), XT_AUTHOR ("Pellew"), XT_YEAR (1961) } },
  /* a year about something else is not the title's */
  { "/extract/prose-fields/year-of-other-event",
    HDR "In 1958, after \"The Tin Crown\", Tomas Ederly moved to Spain and stopped writing.\n",
    { XT_TITLE ("The Tin Crown"), XT_YEAR (0) } },
  { "/extract/prose-fields/appositive-came-out",
    HDR "Pellew's second novel, The Cold Quay, came out in 1961 and sold well.\n",
    { XT_TITLE ("The Cold Quay"), XT_AUTHOR ("Pellew"), XT_YEAR (1961) } },
  { "/extract/prose-fields/genre-noun-appeared",
    HDR "Tomas Ederly's novel The Tin Crown, filmed by Paul Ostrander in 1972, first appeared in 1958.\n",
    { XT_TITLE ("The Tin Crown"), XT_AUTHOR ("Ederly"), XT_YEAR (1958) } },
  { "/extract/prose-fields/which-came-out",
    HDR "Readers of Pellew's \"The Cold Quay\", which came out in 1961, will know the town.\n",
    { XT_TITLE ("The Cold Quay"), XT_AUTHOR ("Pellew"), XT_YEAR (1961) } },
  /* a year in a clause about the reception is not the title's */
  { "/extract/prose-fields/reviewed-in-year",
    HDR "Her novel \"The Cold Quay\", reviewed in these pages in 1961, sold well.\n",
    { XT_TITLE ("The Cold Quay"), XT_AUTHOR ("Pellew"), XT_YEAR (0) } },
  /* the subject of a life is not its writer */
  { "/extract/prose-fields/study-of-person",
    HDR "Pellew's study of the painter Jonas Vane, The Restless Tide (2001), is the fullest account.\n",
    { XT_TITLE ("The Restless Tide"), XT_AUTHOR ("Pellew"), XT_YEAR (2001) } },
  { "/extract/prose-fields/life-of-no-writer",
    HDR "There is already a life of Jonas Vane, The Restless Tide (2001), but it is thin.\n",
    { XT_TITLE ("The Restless Tide"), XT_AUTHOR (NULL), XT_YEAR (2001) } },
  /* a translator or editor is not the author */
  { "/extract/prose-fields/translated-by",
    HDR "Karel Brenek wrote little, but The Mirror Lake (1961), translated by Hilda Groot, is the "
    "best of his three novels.\n",
    { XT_TITLE ("The Mirror Lake"), XT_AUTHOR ("Brenek"), XT_YEAR (1961),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Groot") } },
  { "/extract/prose-fields/translator-subject",
    HDR "Hilda Groot translated The Mirror Lake (1961) with great care.\n",
    { XT_TITLE ("The Mirror Lake"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Groot"), XT_YEAR (1961) } },
  { "/extract/prose-fields/translation-in",
    HDR "Karel Brenek's The Mirror Lake (1961), in Hilda Groot's translation, is the best of them.\n",
    { XT_TITLE ("The Mirror Lake"), XT_AUTHOR ("Brenek"), XT_YEAR (1961) } },
  { "/extract/prose-fields/edited-by",
    HDR "The letters were gathered long ago in Dear Harbour (1970), edited by Owen Tarrant.\n",
    { XT_TITLE ("Dear Harbour"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Tarrant"), XT_YEAR (1970) } },
  /* a person quoted or judging is not the author */
  { "/extract/prose-fields/critic-called",
    HDR "Nora Pellew's early work divided critics. Dora Aske called The Long Frost (1949) a book "
    "without weather.\n",
    { XT_TITLE ("The Long Frost"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Aske"), XT_YEAR (1949) } },
  { "/extract/prose-fields/critic-described",
    HDR "Dora Aske described The Long Frost (1949) as a book without weather.\n",
    { XT_TITLE ("The Long Frost"), XT_AUTHOR (NULL), XT_YEAR (1949) } },
  { "/extract/prose-fields/critic-said-of",
    HDR "As Ivo Sandall said of The Long Frost (1949), nothing happens in it.\n",
    { XT_TITLE ("The Long Frost"), XT_AUTHOR (NULL), XT_YEAR (1949) } },
  { "/extract/prose-fields/critic-openly-praised",
    HDR "Ivo Sandall openly praised The Long Frost (1949) in a lecture.\n",
    { XT_TITLE ("The Long Frost"), XT_AUTHOR (NULL), XT_YEAR (1949) } },
  /* a character is not the author */
  { "/extract/prose-fields/character-in",
    HDR "Nobody who has met Mrs Tallow in The Gilded Cage (1937) forgets her.\n",
    { XT_TITLE ("The Gilded Cage"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Tallow"), XT_YEAR (1937) } },
  /* a publisher is not the author */
  { "/extract/prose-fields/publisher-published",
    HDR "Harwick Press published Stone Weather in 1984, and it sold badly.\n",
    { XT_TITLE ("Stone Weather"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Harwick"), XT_YEAR (1984) } },
  /* the reviewer "I" is not the author */
  { "/extract/prose-fields/reviewer-reads",
    HDR "I first read Ida Fenwick's The Copper Bell (1958) at school, and I reread it this winter.\n",
    { XT_TITLE ("The Copper Bell"), XT_AUTHOR ("Fenwick"), XT_YEAR (1958) } },
  /* the poet's T */
  { "/extract/prose-fields/the-poets",
    HDR "The poet Ewan Carrow died last spring. The poet's Lanterns for the Drowned (1972) is "
    "still in print.\n",
    { XT_TITLE ("Lanterns for the Drowned"), XT_AUTHOR ("Carrow"), XT_YEAR (1972) } },
  /* the last writer named owns a title without a name of its own */
  { "/extract/prose-fields/last-writer-named",
    HDR "Pellew learned most from Agnes Merrow, whose Salt Garden (1952) she admired, and from "
    "Walter Ince.\n",
    { XT_TITLE ("Salt Garden"), XT_AUTHOR ("Merrow"), XT_YEAR (1952) } },
  /* by after the title */
  { "/extract/prose-fields/by-after",
    HDR "A better guide is The Drowned Parish (1983) by Simon Hale, a local historian.\n",
    { XT_TITLE ("The Drowned Parish"), XT_AUTHOR ("Hale"), XT_YEAR (1983) } },
  /* a poem named in the reviewed collection is a part of it */
  { "/extract/prose-fields/poem-in-collection",
    "HERON AT DUSK. By Nora Pellew. (Harwick Press. 7s. 6d.)\n\n"
    "The best poem in the collection is \"The Lock-Keeper\", which closes the second section.\n",
    { XT_TITLE ("The Lock-Keeper"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Pellew") } },
  { "/extract/prose-fields/poems-in-the-book",
    "HERON AT DUSK. By Nora Pellew. (Harwick Press. 7s. 6d.)\n\n"
    "The best poems in the book, \"The Lock-Keeper\" and \"Salt Light\", close the second section.\n",
    { XT_TITLE ("Salt Light"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Pellew"),
      XT_TITLE ("The Lock-Keeper"), XT_TYPE (CK_TYPE_CHAPTER) } },
  /* a periodical named in prose */
  { "/extract/prose-fields/periodical",
    HDR "Her first stories appeared in the magazine Harbour Lights in the 1950s.\n",
    { XT_TITLE ("Harbour Lights"), XT_TYPE (CK_TYPE_PERIODICAL), XT_AUTHOR (NULL) } },
  /* repeated mentions: a sure attribution stays */
  { "/extract/prose-fields/repeat-sure-stays",
    HDR "Simon Hale's The Drowned Parish (1983) is the model. Ivo Sandall praised The Drowned "
    "Parish in a long review.\n",
    { XT_TITLE ("The Drowned Parish"), XT_AUTHOR ("Hale"), XT_YEAR (1983) } },
  /* translations keep the original author */
  { "/extract/prose-fields/translation-keeps-author",
    HDR "Hilda Groot's version of Karel Brenek's The Mirror Lake (1961) is faithful.\n",
    { XT_TITLE ("The Mirror Lake"), XT_AUTHOR ("Brenek"), XT_YEAR (1961) } },
  /* "T, Reed's third novel" */
  { "/extract/prose-fields/apposition-possessive",
    HDR "Cold Quay (1961), Pellew's third novel, is set in a fishing town.\n",
    { XT_TITLE ("Cold Quay"), XT_AUTHOR ("Pellew"), XT_YEAR (1961) } },
  /* the new novel by */
  { "/extract/prose-fields/new-novel-by",
    HDR "Ivo Sandall reviewed The Wren House, the new novel by Agnes Merrow, last month.\n",
    { XT_TITLE ("The Wren House"), XT_AUTHOR ("Merrow") } },
  /* a play */
  { "/extract/prose-fields/her-play",
    HDR "Marta Sollis also wrote for the stage. Her play The Quiet Guest (1962) ran for a month.\n",
    { XT_TITLE ("The Quiet Guest"), XT_AUTHOR ("Sollis"), XT_YEAR (1962) } },
  /* pronoun after a female writer skips a man named between */
  { "/extract/prose-fields/her-skips-man",
    HDR "Marta Sollis married the painter Owen Tarrant in 1960. Her Winter Ledger (1971) is about "
    "that marriage.\n",
    { XT_TITLE ("Winter Ledger"), XT_AUTHOR ("Sollis"), XT_YEAR (1971) } },
  /* a bare surname the subject of a verb of writing */
  { "/extract/prose-fields/bare-surname-wrote",
    HDR "Three years later, in 1969, Sollis wrote Grey Shutters, her best book.\n",
    { XT_TITLE ("Grey Shutters"), XT_AUTHOR ("Sollis") } },
  { "/extract/prose-fields/bare-surname-finished",
    HDR "Ederly finished The Tin Crown in 1958, in a rented room.\n",
    { XT_TITLE ("The Tin Crown"), XT_AUTHOR ("Ederly"), XT_YEAR (1958) } },
  /* "wrote a life of NAME, T": the writer, not the subject */
  { "/extract/prose-fields/wrote-a-life-of",
    HDR "Pellew once wrote a life of Agnes Merrow, A Quiet Hand (1975).\n",
    { XT_TITLE ("A Quiet Hand"), XT_AUTHOR ("Pellew"), XT_YEAR (1975) } },
  /* "T (1950), NAME's early success" */
  { "/extract/prose-fields/apposition-success",
    HDR "It is a better book than The Wren House (1950), Agnes Merrow's early success.\n",
    { XT_TITLE ("The Wren House"), XT_AUTHOR ("Merrow"), XT_YEAR (1950) } },
  { "/extract/prose-fields/whose",
    HDR "Unlike Agnes Merrow, whose The Wren House (1950) is all talk, Pellew is silent.\n",
    { XT_TITLE ("The Wren House"), XT_AUTHOR ("Merrow"), XT_YEAR (1950) } },
  { "/extract/prose-fields/like-possessive",
    HDR "Like Agnes Merrow's The Wren House (1950), Pellew's book is set in a boarding house.\n",
    { XT_TITLE ("The Wren House"), XT_AUTHOR ("Merrow"), XT_YEAR (1950) } },
  /* a critic in apposition, then the verb of writing: the critic wrote it */
  { "/extract/prose-fields/appositive-critic-wrote",
    HDR "Pellew's husband, the critic Ivo Sandall, wrote The Thin Shelf (1980) about her.\n",
    { XT_TITLE ("The Thin Shelf"), XT_AUTHOR ("Sandall"), XT_YEAR (1980) } },
  /* "Surname, whose own novel T" */
  { "/extract/prose-fields/surname-whose",
    HDR "Sandall, whose own novel Dry Season (1977) sank without trace, was her fiercest critic.\n",
    { XT_TITLE ("Dry Season"), XT_AUTHOR ("Sandall"), XT_YEAR (1977) } },
  { "/extract/prose-fields/place-whose",
    HDR "London, whose Dry Season (1977) was wet, is a city.\n",
    { XT_TITLE ("Dry Season"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "London") } },
  /* "his" after a woman's review: no owner rather than the wrong sex */
  { "/extract/prose-fields/his-not-her",
    "THE GLASS ORCHARD. By Ann Pellew. (Harwick Press. 15s.)\n\n"
    "His first book of poems, Stone Lanterns (1963), was published by Harwick Press.\n",
    { XT_TITLE ("Stone Lanterns"), XT_AUTHOR (NULL), XT_YEAR (1963),
      XT_TEXT ("THE GLASS ORCHARD. By Ann Pellew. (Harwick Press. 15s.)\n\n"
               "Her first book of poems, Stone Lanterns (1963), was published by Harwick Press.\n"),
      XT_TITLE ("Stone Lanterns"), XT_AUTHOR ("Pellew"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ann") } },
  /* the year before the genre noun */
  { "/extract/prose-fields/year-novel-comma",
    HDR "Ann Reed's 1990 debut, The Salt Barn, won a prize.\n",
    { XT_TITLE ("The Salt Barn"), XT_AUTHOR ("Reed"), XT_YEAR (1990) } },
  { "/extract/prose-fields/year-comic-novel",
    HDR "Her 1971 comic novel The Salt Barn won a prize.\n",
    { XT_TITLE ("The Salt Barn"), XT_AUTHOR ("Pellew"), XT_YEAR (1971) } },
  { "/extract/prose-fields/year-essays-on",
    HDR "In her 1971 essays on The Salt Barn she wrote little.\n",
    { XT_TITLE ("The Salt Barn"), XT_YEAR (0) } },
  /* a character in apposition is no writer */
  { "/extract/prose-fields/heroine-of",
    HDR "Ada Quill, the heroine of The Long Frost (1949), is a schoolteacher.\n",
    { XT_TITLE ("The Long Frost"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Quill"), XT_YEAR (1949) } },
  /* "his review of T": the reviewer read it */
  { "/extract/prose-fields/his-review-of",
    HDR "Ivo Sandall, in his review of The Cold Quay (1961), called it timid.\n",
    { XT_TITLE ("The Cold Quay"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Sandall"), XT_YEAR (1961) } },
  { "/extract/prose-fields/according-to",
    HDR "According to Ivo Sandall, The Cold Quay (1961) is timid.\n",
    { XT_TITLE ("The Cold Quay"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Sandall"), XT_YEAR (1961) } },
  /* "her essays on NAME's T": the possessive still owns T */
  { "/extract/prose-fields/essays-on-possessive",
    HDR "Her essays on Agnes Merrow's The Wren House (1950) are generous.\n",
    { XT_TITLE ("The Wren House"), XT_AUTHOR ("Merrow"), XT_YEAR (1950) } },
  /* "NAME's teacher wrote T": the teacher, unnamed here; a later
   * possessive names her */
  { "/extract/prose-fields/teacher-wrote",
    HDR "Pellew's teacher wrote The Wren Garden (1950).\n",
    { XT_TITLE ("The Wren Garden"), XT_AUTHOR (NULL), XT_YEAR (1950),
      XT_TEXT (HDR "Pellew's teacher wrote The Wren Garden (1950).\n\n"
               "Merrow's The Wren Garden is her masterpiece, and everyone has read it.\n"),
      XT_TITLE ("The Wren Garden"), XT_AUTHOR ("Merrow"), XT_YEAR (1950) } },
  /* the reviewer's own book, named after "my … on NAME," */
  { "/extract/prose-fields/my-book-on",
    WEB "My own book on Merrow, A Quiet Hand (2010), got her wrong.\n",
    { XT_TITLE ("Grey Shutters"), XT_AUTHOR ("Pellew"), XT_YEAR (2005),
      XT_TITLE ("A Quiet Hand"), XT_AUTHOR ("Hale"), XT_YEAR (2010) } },
  { "/extract/prose-fields/my-students-her-book",
    WEB "My students love her book on Merrow, A Quiet Hand (2010).\n",
    { XT_TITLE ("A Quiet Hand"), XT_AUTHOR ("Pellew"), XT_YEAR (2010) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
