/* test-prose8.c — titles in running prose that nothing marks but the
 * clause around them (detect-prose-clause.c) and "Name in Title" lists
 * (detect-cue-list.c).  An invented battery: made-up writers and titles,
 * each shape with distractors that are capitalised but name no work —
 * people, places, institutions, events, prizes, theatres. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- what a book wins */
  { "/extract/prose8/won/which-won",
    "Walls of Ashbury, which won the Pulitzer in 1999, made her name.\n",
    { XT_TITLE ("Walls of Ashbury"), XT_FIRED ("prose-clause"), XT_COUNT (1) } },
  { "/extract/prose8/won/after-which-won",
    "It is her third book, after Tallow and Brine, which won the Femina prize in 1988, and a novel.\n",
    { XT_TITLE ("Tallow and Brine"), XT_COUNT (1) } },
  { "/extract/prose8/won/carried-off",
    "Mild Weather in Oxley, which carried off the Harwood Medal in 1933, is reprinted.\n",
    { XT_TITLE ("Mild Weather in Oxley"), XT_COUNT (1) } },
  { "/extract/prose8/won/person-who",
    "Ada Vellacott, who won the Pulitzer in 1999, made her name with poems.\n", { XT_COUNT (0) } },
  { "/extract/prose8/won/college",
    "Ferrand College, which won the Harwood Medal in 1933, is closing.\n", { XT_COUNT (0) } },
  { "/extract/prose8/won/no-prize",
    "The Northern Rovers, which won the match in 1999, were relegated.\n", { XT_COUNT (0) } },
  /* ---- a book introduces its writer */
  { "/extract/prose8/introduced/him",
    "Dry Season Hymns introduced him to readers in the north.\n",
    { XT_TITLE ("Dry Season Hymns"), XT_COUNT (1) } },
  { "/extract/prose8/introduced/person",
    "Thomas Hebbel introduced him to readers in the north.\n", { XT_COUNT (0) } },
  { "/extract/prose8/introduced/adverb-person",
    "Later Hilary Vell introduced him to readers in the north.\n", { XT_NO_WORK_HAS ("Hilary") } },
  { "/extract/prose8/introduced/body",
    "The Royal Academy introduced her to the painters of the coast.\n", { XT_COUNT (0) } },
  /* ---- ranked, an aside, the making */
  { "/extract/prose8/ranked/best-thing",
    "The Lantern Keeper's Wife, the best thing in the book, is placed last.\n",
    { XT_TITLE ("The Lantern Keeper's Wife"), XT_COUNT (1) } },
  { "/extract/prose8/ranked/person",
    "Tomas Hebbel, the best thing in the film, is on screen for a minute.\n", { XT_COUNT (0) } },
  { "/extract/prose8/ranked/best-story",
    "Rooks at Evening, easily the strongest story here, closes the book.\n",
    { XT_TITLE ("Rooks at Evening"), XT_COUNT (1) } },
  { "/extract/prose8/aside/for-my-money",
    "The Orchard Ledger, for my money, is the finest of them.\n",
    { XT_TITLE ("The Orchard Ledger"), XT_COUNT (1) } },
  { "/extract/prose8/aside/person",
    "Marta Quillon, for my money, is the finest of them.\n", { XT_COUNT (0) } },
  { "/extract/prose8/aside/place",
    "North Wales, for my money, is the finest walking country.\n", { XT_COUNT (0) } },
  { "/extract/prose8/making/written-with",
    "The Mechanics of Grief, written with colleagues at the institute, sold well.\n",
    { XT_TITLE ("The Mechanics of Grief"), XT_COUNT (1) } },
  { "/extract/prose8/making/written-off",
    "Tomas Hebbel, written off by the critics, came back.\n", { XT_COUNT (0) } },
  /* ---- a point in a career */
  { "/extract/prose8/time/years-after",
    "Six years after Wolves of Arden she has returned to the same valley.\n",
    { XT_TITLE ("Wolves of Arden"), XT_COUNT (1) } },
  { "/extract/prose8/time/years-after-and",
    "Nine years after Badger and Lark, Mrs Hood returns to the estuary.\n",
    { XT_TITLE ("Badger and Lark"), XT_COUNT (1) } },
  { "/extract/prose8/time/since-opening",
    "Since Pebbles for Ravens he has published nothing of note.\n",
    { XT_TITLE ("Pebbles for Ravens"), XT_COUNT (1) } },
  { "/extract/prose8/time/event",
    "Six years after the General Strike she moved to Leeds.\n", { XT_COUNT (0) } },
  { "/extract/prose8/time/war",
    "Two years after World War II he came home.\n", { XT_COUNT (0) } },
  { "/extract/prose8/time/place",
    "Since New Mexico he has painted nothing but deserts.\n", { XT_COUNT (0) } },
  /* ---- "whose T" and a verb */
  { "/extract/prose8/whose/gave",
    "Marta Lindqvist, whose Birds of the Lower Fen gave the movement its name, died last year.\n",
    { XT_TITLE ("Birds of the Lower Fen"), XT_AUTHOR ("Lindqvist"), XT_COUNT (1) } },
  { "/extract/prose8/whose/was-seen",
    "Mr. Hebbel, whose Tin Lanterns was seen in Leeds, writes novels too.\n",
    { XT_TITLE ("Tin Lanterns"), XT_COUNT (1) } },
  { "/extract/prose8/whose/party",
    "Mr. Hebbel, whose Labour Party was beaten in 1931, retired.\n", { XT_COUNT (0) } },
  { "/extract/prose8/whose/relative",
    "Mr. Hebbel, whose Uncle Tomas was a sailor, grew up in Hull.\n", { XT_COUNT (0) } },
  /* ---- "the Writer of T": a writer the text names again */
  { "/extract/prose8/phase/the-writer-of",
    "The model is obvious: Quenby. It is the Quenby of Saltmarsh and, still more, of The Eel Traps.\n",
    { XT_TITLE ("Saltmarsh"), XT_AUTHOR ("Quenby"), XT_COUNT (2) } },
  { "/extract/prose8/phase/duke",
    "He dined with Wellesley, and later with the Duke of Wellesley at Apsley.\n", { XT_ABSENT ("Wellesley") } },
  { "/extract/prose8/phase/not-recurring",
    "He was known as the Marquess of Kelby in those years.\n", { XT_COUNT (0) } },
  /* ---- "Name in T" lists and honorifics */
  { "/extract/prose8/name-in/honorific",
    "It was Mr. Quarrel in Dust of the Embers who was more careful.\n",
    { XT_TITLE ("Dust of the Embers"), XT_AUTHOR ("Quarrel"), XT_COUNT (1) } },
  { "/extract/prose8/name-in/list",
    "The writers he is set against -- George Verrill in In the\nCastle of My Hill, Samuel Kersh in The Weir "
    "Below, Ivo\nPerlman in Orchard of the Heron -- have all said it.\n",
    { XT_TITLE ("In the Castle of My Hill"), XT_TITLE ("The Weir Below"), XT_TITLE ("Orchard of the Heron"),
      XT_AUTHOR ("Perlman"), XT_COUNT (3) } },
  { "/extract/prose8/name-in/honorific-place",
    "It was Mr. Quarrel in New Mexico who was more careful.\n", { XT_COUNT (0) } },
  /* ---- the other items of a list holding a found title */
  { "/extract/prose8/list/comma-closed",
    "Readers of the book, which reprints it along with The Freedom of the Mill, Low Rooms, Gentry, Doom Mender "
    "and\nCrossings, will find the town there.\n",
    { XT_TITLE ("Low Rooms"), XT_TITLE ("Gentry"), XT_TITLE ("Doom Mender"), XT_TITLE ("Crossings"), XT_COUNT (5) } },
  { "/extract/prose8/list/repeated-word",
    "Readers of the book, which reprints it along with The Freedom of the Mill, Low Rooms, Gentry, Doom Mender "
    "and\nCrossings, will find the town there. Crossings is the best.\n",
    { XT_TITLE ("Crossings"), XT_TITLE ("Gentry") } },
  { "/extract/prose8/list/name-like-item",
    "It reprints it along with The Freedom of the Mill, Low Rooms, Gentry, Faith Mender and Crossings, all of "
    "them plays.\n",
    { XT_TITLE ("Faith Mender"), XT_TITLE ("Crossings"), XT_COUNT (5) } },
  { "/extract/prose8/list/places",
    "He set The Freedom of the Mill in London, and wrote it in Leeds, Paris and Rome.\n",
    { XT_NO_WORK_HAS ("Leeds", "Paris", "Rome") } },
  { "/extract/prose8/list/people",
    "The cast of The Freedom of the Mill, Mary Quint, Anna Vell and Tom Orr, was young.\n",
    { XT_NO_WORK_HAS ("Quint", "Vell", "Orr") } },
  { "/extract/prose8/list/one-word-after-and",
    "She staged The Freedom of the Mill and Hereford was pleased.\n", { XT_ABSENT ("Hereford") } },
  { "/extract/prose8/list/semicolons",
    "Five Plays gathers six years: A Wake for the Forest, written for the jubilee of 1960; The Salt and the "
    "Jewel, the comedy of the village; The Marsh Folk; and The Strong Tide, the darkest of them.\n",
    { XT_TITLE ("A Wake for the Forest"), XT_TITLE ("The Salt and the Jewel"), XT_TITLE ("The Marsh Folk"),
      XT_TITLE ("The Strong Tide") } },
  { "/extract/prose8/list/semicolons-one-found",
    "He went to London; The Strong Tide was written there; Leeds, then Hull; the rest is silence.\n",
    { XT_NO_WORK_HAS ("Leeds", "London") } },
  /* ---- titles that open with a possessive, in a list of them */
  { "/extract/prose8/possessive/pair",
    "Her stories are neat, but the best is as good as anything in Pilot's Widow\nor Ferryman's Acre.\n",
    { XT_TITLE ("Pilot's Widow"), XT_TITLE ("Ferryman's Acre"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Pilot"),
      XT_COUNT (2) } },
  { "/extract/prose8/possessive/three",
    "Nobody reads Ames's Harbour, Pell's Quarry or Lund's Widow now.\n",
    { XT_TITLE ("Ames's Harbour"), XT_TITLE ("Pell's Quarry"), XT_TITLE ("Lund's Widow") } },
  { "/extract/prose8/possessive/recurring-owner",
    "She read Smith's Wealth and Ricardo's Principles. Smith was a Scot, and Ricardo a banker.\n",
    { XT_ABSENT ("Smith's Wealth"), XT_ABSENT ("Ricardo's Principles") } },
  { "/extract/prose8/possessive/places",
    "We met at Queen's College and St John's Wood.\n", { XT_COUNT (0) } },
  { "/extract/prose8/possessive/people",
    "He drove from Mary's house to Tom's barn and Ann's cottage.\n", { XT_COUNT (0) } },
  { "/extract/prose8/possessive/alone",
    "It is as good as anything in Pilot's Widow.\n", { XT_ABSENT ("Pilot's Widow") } },
  /* ---- two titles after one owner, the second opened by a pronoun */
  { "/extract/prose8/and-split/pronoun",
    "Pell's I Lost My Red Coat and This Is Not My Coat (winner of a medal) are picture books.\n",
    { XT_TITLE ("I Lost My Red Coat"), XT_AUTHOR ("Pell"), XT_TITLE ("This Is Not My Coat") } },
  { "/extract/prose8/and-split/noun",
    "Pell's Lamps and Lanterns of the North (Leeds, 1990) is short.\n",
    { XT_TITLE ("Lamps and Lanterns of the North") } },
  /* ---- "to" and a capital article open a second title */
  { "/extract/prose8/to-split/through",
    "The trilogy began with Nettles (1941) and went on through To Be a\nWanderer to The Heron's Beak, "
    "he showed it.\n",
    { XT_TITLE ("To Be a Wanderer"), XT_TITLE ("The Heron's Beak") } },
  /* ---- a writer's own account in T */
  { "/extract/prose8/name-in/account",
    "He follows Vellacott's own account in Kein Abschied with proper scepticism.\n",
    { XT_TITLE ("Kein Abschied"), XT_AUTHOR ("Vellacott"), XT_COUNT (1) } },
  { "/extract/prose8/name-in/account-place",
    "He follows Vellacott's own account in New Mexico with proper scepticism.\n", { XT_COUNT (0) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
