/* test-detect-periodical.c — periodicals named in passing in running
 * prose (src/lib/extract/detect-periodical.c).  Invented texts; each
 * prose paragraph is long enough to count as running prose.  One row per
 * convention (XtCase, extract-test-util.h); XT_PERIODICAL asks for a
 * periodical record with a title only. */
#include "extract-test-util.h"

#define HEAD "Salt and Iron. By Ada Vell. Gannet Press, 1999. 300 pp.\n\n"

static const XtCase cases[] = {
  /* the lower-case "the" is no part of the name */
  { "/extract/prose-periodical/lexicon-name",
    HEAD "Vell spent a decade as a reporter before she turned to fiction, and most of what she wrote "
    "in those years first appeared in Bookforum and in the Manchester Guardian, where her editors "
    "let her run on at a length that no paper would allow today.\n",
    { XT_PERIODICAL ("Bookforum"), XT_PERIODICAL ("Manchester Guardian"), XT_ABSENT ("the Manchester Guardian") } },
  { "/extract/prose-periodical/lexicon-case-sensitive",
    HEAD "Vell spent a decade as a reporter before she turned to fiction, and she still talks of the "
    "manchester guardian and of pravda as if they were old friends, which is charming for a while "
    "but wears thin long before the end of the book.\n",
    { XT_ABSENT ("manchester guardian"), XT_ABSENT ("pravda") } },
  { "/extract/prose-periodical/unknown-tail-word",
    HEAD "Vell spent a decade as a reporter before she turned to fiction; she wrote for the Lantern "
    "Gazette and later sent her stories to the Ashby Quarterly, though neither paper ever paid "
    "her more than a pittance for anything she wrote.\n",
    { XT_PERIODICAL ("Lantern Gazette"), XT_PERIODICAL ("Ashby Quarterly") } },
  { "/extract/prose-periodical/strong-cues",
    HEAD "Vell spent a decade as a reporter before she turned to fiction; a series of articles in Zvonar "
    "made her name at home, and when Time magazine put her on its cover the rest of the world "
    "finally began to take notice of what she had been doing.\n",
    { XT_PERIODICAL ("Zvonar"), XT_PERIODICAL ("Time") } },
  /* a press, an office, an almanac; and examples of a kind of paper, not
   * where a work appeared */
  { "/extract/prose-periodical/not-periodicals",
    HEAD "Vell worked at the Post Office for ten years, and then in a print shop that did jobs for the "
    "Harbour Review Press and for Oxford University Press; she says she read the Lantern Gazette "
    "Almanac every winter. Time was short. She knew the Pell Review, the Ashby Weekly and the like "
    "only by name, and she never wrote a line for any of them.\n",
    { XT_ABSENT ("Harbour Review"), XT_ABSENT ("Harbour Review Press"), XT_ABSENT ("Lantern Gazette"),
      XT_ABSENT ("Post Office"), XT_ABSENT ("Time"), XT_ABSENT ("Pell Review"), XT_ABSENT ("Ashby Weekly") } },
  /* the article stands for its periodical */
  { "/extract/prose-periodical/container-not-repeated",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. Her essay \"Rope Weather\" "
    "(Ashby Quarterly, May 1990) is still read, and she wrote much else for the Ashby Quarterly in "
    "those years, none of it collected here, which is a pity for her readers.\n",
    { XT_TITLE ("Rope Weather"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Ashby Quarterly"),
      XT_ABSENT ("Ashby Quarterly") } },
  /* the review's own venue, named in its prose, is no periodical cited */
  { "/extract/prose-periodical/own-venue",
    HEAD "Vell spent a decade as a reporter before she turned to fiction, and readers of the Pell "
    "Review will know her early stories, which first ran in these pages under another name "
    "and which she has now, to our regret, disowned.\n\n"
    "From the Pell Review, Vol. 3 No. 2, Spring 2000\n",
    { XT_NO_TYPE (CK_TYPE_PERIODICAL) } },
  /* an appositive calls an unknown name a periodical (periodical-cues.c) */
  { "/extract/prose-periodical/appositive",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. In the early sixties she and her "
    "husband edited Harbour Lantern, a literary monthly which lost money steadily and folded after "
    "four years, and she has never written as freely since.\n",
    { XT_PERIODICAL ("Harbour Lantern") } },
  /* an appositive that names a person's trade is none */
  { "/extract/prose-periodical/appositive-not",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. Her friends were Gilbert Pell, "
    "a newspaper editor of some fame, Tom Brill, the editor of a weekly that nobody read, and Lena "
    "Orr, a weekly columnist, and the book is full of their gossip.\n",
    { XT_NO_TYPE (CK_TYPE_PERIODICAL) } },
  /* pieces a paper is printing now or by routine */
  { "/extract/prose-periodical/running-cue",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. The stories now appearing in "
    "Quaderni Lunari suggest that she has not lost her touch, and the poems published regularly in "
    "Gorse Leaves are better still.\n",
    { XT_PERIODICAL ("Quaderni Lunari"), XT_PERIODICAL ("Gorse Leaves") } },
  /* published once, or a character's appearance: no paper */
  { "/extract/prose-periodical/running-cue-not",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. The stories published in Cold "
    "Harbours, her first book, are her best; the sailor appearing in Marrow Lane is her father, and "
    "she never lets us forget it.\n",
    { XT_NO_TYPE (CK_TYPE_PERIODICAL) } },
  /* a paper's files or pages before a capital "The" in mid-sentence */
  { "/extract/prose-periodical/the-cue",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. The files of The Ember have "
    "been combed for her early work, and the back numbers of The Tollgate Watch yield sketches that "
    "nobody had seen since the war.\n",
    { XT_PERIODICAL ("The Ember"), XT_PERIODICAL ("The Tollgate Watch") } },
  { "/extract/prose-periodical/the-cue-not",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. She is a great reader of The "
    "Golden Lamp, and the author of The Salt Marsh taught her how to end a chapter; the pages of "
    "The Bitter Shore and the moral issues of The Long Tide are never far away.\n",
    { XT_NO_TYPE (CK_TYPE_PERIODICAL) } },
  /* rule 2 with the name's own capital article */
  { "/extract/prose-periodical/capital-the-tail",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. Readers who remember the long "
    "quarrel in The Ashby Journal will find some of this familiar, though she is kinder than "
    "her old opponents ever were.\n",
    { XT_PERIODICAL ("The Ashby Journal") } },
  /* "whose X": a lexicon name known with "The", a verb after it */
  { "/extract/prose-periodical/whose-name",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. Her mentor, whose Adelphi had "
    "printed her first story, appears here under another name, and the portrait is not kind to him "
    "or to his friends.\n",
    { XT_PERIODICAL ("Adelphi") } },
  /* a lexicon name ending an institution's or a post's name, or running
   * on with "of", is no periodical; after a sentence's opening word it is */
  { "/extract/prose-periodical/institution-tail",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. She was a fellow of the "
    "Council on Foreign Affairs, a lecturer in Political Theory, and wrote a report on the Economic "
    "Journal of Wessex Studies that nobody has ever read through.\n",
    { XT_NO_TYPE (CK_TYPE_PERIODICAL) } },
  { "/extract/prose-periodical/institution-tail-contrast",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. Readers of Foreign Affairs "
    "will know her as a sharp and impatient critic of the diplomats she once served.\n",
    { XT_PERIODICAL ("Foreign Affairs") } },
  /* the third pass of the lexicon: popular and possessive titles */
  { "/extract/prose-periodical/lexicon-popular",
    HEAD "Vell spent a decade as a reporter before she turned to fiction; she sold stories to McCall's "
    "and to Picturegoer, and in the fifties wrote a column for the Daily Sketch that paid the rent "
    "for years.\n",
    { XT_PERIODICAL ("McCall's"), XT_PERIODICAL ("Picturegoer"), XT_PERIODICAL ("Daily Sketch") } },
  /* an adjective before "magazine" is no name */
  { "/extract/prose-periodical/adjective-magazine",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. She wrote for an American "
    "magazine, then for a Catholic newspaper in the north, and her book says almost nothing about "
    "either of them.\n",
    { XT_NO_TYPE (CK_TYPE_PERIODICAL) } },
  /* newspapers' shapes after "in/for the": a place and a paper's word, a
   * head and a paper's word; a list going on with "and the" */
  { "/extract/prose-periodical/paper-shapes",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. She was the correspondent of "
    "the Brighton Evening Post, wrote for the Sunday Argus and the Fenwick Clarion, and sent "
    "notes to the Leeds Star when she could.\n",
    { XT_ABSENT ("Brighton Evening Post"), XT_PERIODICAL ("Sunday Argus"),
      XT_PERIODICAL ("Fenwick Clarion"), XT_PERIODICAL ("Leeds Star") } },
  /* a head and any other word is as often a paper in a novel; a head and
   * a thing; a place and a train */
  { "/extract/prose-periodical/paper-shapes-not",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. Her hero writes the weather "
    "notes for the Daily Trumpet, teaches in the Sunday School, rides in the Paris Express and "
    "writes a guide for the Oxford Press that nobody in the book ever reads.\n",
    { XT_NO_TYPE (CK_TYPE_PERIODICAL) } },
  /* an unknown name ending in a periodical's word after a cue, without
   * "the"; "the editor of X" names an employer, no work cited */
  { "/extract/prose-periodical/bare-tail-cues",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. She contributed to Harrow "
    "Quarterly, was the editor of Lantern Review and founded Tidewater Monthly with two friends "
    "who had more money than sense.\n",
    { XT_PERIODICAL ("Harrow Quarterly"), XT_ABSENT ("Lantern Review"), XT_PERIODICAL ("Tidewater Monthly") } },
  { "/extract/prose-periodical/bare-tail-cues-not",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. She edited The Collected Poems "
    "of Hal Brant, founded Gannet Press and was an editor of Modern Verse, and none of it made "
    "her rich.\n",
    { XT_NO_TYPE (CK_TYPE_PERIODICAL) } },
  /* a name of two words before "magazine" */
  { "/extract/prose-periodical/name-magazine",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. Her first poems appeared in "
    "Gorse Leaves magazine, and she has never let them be reprinted, which is a pity, since they are "
    "better than anything in this book.\n",
    { XT_PERIODICAL ("Gorse Leaves") } },
  /* "the left-wing weekly X, which": one word after a periodicity noun */
  { "/extract/prose-periodical/period-noun",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. Her first stories ran in the "
    "left-wing weekly Tallow, which paid nothing, and in the Paris monthly Verdure in 1951.\n",
    { XT_PERIODICAL ("Tallow"), XT_PERIODICAL ("Verdure") } },
  { "/extract/prose-periodical/period-noun-not",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. She went to the weekly Labour "
    "meeting and to a monthly Sunday lunch, and she wrote a weekly Brant column for years.\n",
    { XT_NO_TYPE (CK_TYPE_PERIODICAL) } },
  /* the container of a cited article that no detector read is not
   * named in passing */
  { "/extract/prose-periodical/citation-container",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. Readers of her essay \"Wet "
    "Rope and Tar,\" Political Quarterly, 12 (Spring 1990), 44-58, will know the argument, and "
    "those of her notes in Past and Present, vol. 9, will know the sources.\n",
    { XT_ABSENT ("Political Quarterly"), XT_NO_TYPE (CK_TYPE_PERIODICAL) } },
  /* a name the lexicon knows with "The", bare after "in the", with a date
   * or a clause after it; not before any preposition */
  { "/extract/prose-periodical/bare-name-date",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. Her first story was printed "
    "in the Adelphi in 1931, and she never tired of telling us so, though nobody else remembers it.\n",
    { XT_PERIODICAL ("Adelphi") } },
  { "/extract/prose-periodical/bare-name-person",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. She writes of the conversion "
    "of the Hindu in the third chapter with a tact that the rest of the book does not always show.\n",
    { XT_NO_TYPE (CK_TYPE_PERIODICAL) } },
  /* a learned journal's shape after a cue; a book's "Journal of" is none */
  { "/extract/prose-periodical/learned-shape",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. Her essay on tides appeared in "
    "the Journal of Wessex Studies and a note in the Bulletin of the Pell Institute of Historical "
    "Research, though she loved the Journal of the Plague Year and the Journal of a Tour to the "
    "Hebrides far more than either.\n",
    { XT_PERIODICAL ("Journal of Wessex Studies"), XT_PERIODICAL ("Bulletin of the Pell Institute of Historical Research"),
      XT_ABSENT ("Journal of the Plague Year"), XT_ABSENT ("Journal of a Tour to the Hebrides") } },
  /* a list of papers: the second, unknown, ends in a periodical's word */
  { "/extract/prose-periodical/and-tail-word",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. She wrote for the Harbour "
    "Review and Tidewater Weekly for years, and for the Pell Gazette or Ashby Lantern Quarterly "
    "later, though she says little about either of them in this long book.\n",
    { XT_PERIODICAL ("Harbour Review"), XT_PERIODICAL ("Tidewater Weekly"), XT_PERIODICAL ("Pell Gazette"),
      XT_PERIODICAL ("Ashby Lantern Quarterly") } },
  /* italics (HTML or Markdown) name a periodical when the lexicon knows
   * it, its last word is a periodical's, or a cue says so */
  { "/extract/prose-periodical/italics",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. She wrote for <i>Tallow</i> and "
    "for <i>The New Yorker</i>, sent poems to <i>The Fenwick Quarterly</i>, and *London Review of Books* "
    "printed her once, which she mentions more often than she should.\n",
    { XT_PERIODICAL ("Tallow"), XT_PERIODICAL ("The New Yorker"), XT_PERIODICAL ("The Fenwick Quarterly"),
      XT_PERIODICAL ("London Review of Books") } },
  { "/extract/prose-periodical/italics-books",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. She reread <i>Hard Times</i> "
    "every winter, was the editor of <i>The Collected Poems of Hal Brant</i>, and kept <i>A Sailor's "
    "Journal</i> for thirty years, none of which made her any happier.\n",
    { XT_NO_TYPE (CK_TYPE_PERIODICAL), XT_TITLE ("Hard Times"), XT_TYPE (CK_TYPE_BOOK) } },
  /* quoted names: a known one after "the" or a cue, an unknown one
   * ending in a periodical's word after "the"; an essay's title is none */
  { "/extract/prose-periodical/quoted",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. She wrote for the \"Adelphi\" "
    "and the \"Tidewater Weekly,\" and her stories appeared in \"New Statesman\" before her essay "
    "\"A Second Review\" made her briefly famous among people who read such things.\n",
    { XT_PERIODICAL ("Adelphi"), XT_PERIODICAL ("Tidewater Weekly"), XT_PERIODICAL ("New Statesman"),
      XT_TITLE ("A Second Review"), XT_TYPE (CK_TYPE_CHAPTER) } },
  /* rule 3's cues before a name of two words: a paper's piece, writing
   * for it ("in" after other pieces places them); a post on its staff
   * names an employer, no work cited */
  { "/extract/prose-periodical/multi-word-strong-cues",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. She reviewed novels for the "
    "Northern Lamp, wrote a weekly column in the Sunday Lantern and was for a while the literary editor "
    "of the Harbour Mail, though none of them paid her much.\n",
    { XT_PERIODICAL ("Northern Lamp"), XT_PERIODICAL ("Sunday Lantern"), XT_ABSENT ("Harbour Mail"),
      XT_TEXT (HEAD "The best of her essays, which are long and careful and full of the sea, are collected in a "
               "volume of their own; the rest remain in the files of the Quayside Post, where nobody reads them.\n"),
      XT_PERIODICAL ("Quayside Post"),
      XT_TEXT (HEAD "Vell spent a decade as a reporter before she turned to fiction; her son went south to work "
               "for a newspaper, the Morning Quay, and came back with a wife and a taste for city life.\n"),
      XT_PERIODICAL ("Morning Quay") } },
  { "/extract/prose-periodical/multi-word-cue-negatives",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. She wrote reports for the "
    "British Council and speeches for the Labour Party; her articles in the United States went "
    "unread, and the essays in the Middle Ages section are the weakest part of the book.\n",
    { XT_ABSENT ("British Council"), XT_ABSENT ("Labour Party"), XT_ABSENT ("United States"),
      XT_ABSENT ("Middle Ages") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
