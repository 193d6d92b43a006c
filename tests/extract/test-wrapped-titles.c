/* test-wrapped-titles.c — titles hard-wrapped across a line of prose
 * (spans.c), and foreign titles in their own capitalisation
 * (title-foreign.c).  Invented works only. */
#include "extract-test-util.h"

/* a paragraph of prose first, and prose around the case, so that the
 * paragraph is read as running text */
#define IN_PROSE(t) \
  "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n" \
  "This paragraph is ordinary prose that goes on for a while, as prose does in a review of some length, " t \
  "and the rest of it is ordinary prose again, with nothing in it at all.\n"

static const XtCase wrapped[] = {
  /* the line breaks after a function word inside the title */
  { "/extract/wrapped-titles/imprint-after-break",
    IN_PROSE ("It is odd that the second of Mr. Vell's novels should reach us first. The Weight of\n"
              "Water (Gannet Books, 1951), translated by Ann Reed, has been with us for a year;\n"),
    { XT_TITLE ("The Weight of Water"), XT_YEAR (1951) } },
  /* the line breaks after a capitalised word */
  { "/extract/wrapped-titles/break-after-capital",
    IN_PROSE ("readers who remember the long argument of the classic A Harbour\n"
              "of Glass (Gannet Books, 1962) will find the same argument here, shorter, "),
    { XT_TITLE ("A Harbour of Glass"), XT_YEAR (1962) } },
  /* initials inside a title */
  { "/extract/wrapped-titles/initials-inside",
    IN_PROSE ("Professor Vell continues the narrative begun in The S. D. of Q. in the Time of Marsh (1957), and he "
              "continues it in the same manner, "),
    { XT_TITLE ("The S. D. of Q. in the Time of Marsh"), XT_YEAR (1957) } },
  /* a title ending in a possessive, with an honorific's stop inside */
  { "/extract/wrapped-titles/possessive-end",
    IN_PROSE ("and it has the quiet of At Mrs. Kettle's (1945) and the malice of her later books, "),
    { XT_TITLE ("At Mrs. Kettle's"), XT_YEAR (1945) } },
  /* "Title, by Author (…)" with the title wrapped */
  { "/extract/wrapped-titles/title-by-wrapped",
    IN_PROSE ("and it recalls The Weight of\nWater, by Tom Orr (Gannet Books, 1951), in much else besides, "),
    { XT_TITLE ("The Weight of Water"), XT_AUTHOR ("Orr"), XT_YEAR (1951) } },
  /* a foreign article and function words, no parenthesis */
  { "/extract/wrapped-titles/foreign-article-no-paren",
    IN_PROSE ("she had read Jean Morel's Les Marins\nde la mer and much else before she began, "),
    { XT_TITLE ("Les Marins de la mer"), XT_AUTHOR ("Morel") } },
  /* the second word in lower case before a foreign function word */
  { "/extract/wrapped-titles/foreign-second-lower",
    IN_PROSE ("she had read, in the original, Siete puertas de la casa (1964) before she began, "),
    { XT_TITLE ("Siete puertas de la casa"), XT_YEAR (1964) } },
  /* "by A and associates (…)" */
  { "/extract/wrapped-titles/title-by-and-associates",
    IN_PROSE ("and the fourth volume of the History of Harbours in the North by Ann C. Reed and associates "
              "(New York, 1935) carries the story only to 1932, "),
    { XT_TITLE ("History of Harbours in the North"), XT_AUTHOR ("Reed"), XT_YEAR (1935) } },
  /* elided article, lower case, and the line broken inside */
  { "/extract/wrapped-titles/foreign-elided-wrapped",
    IN_PROSE ("and the reader who has laboured through L'Ordre et la\n"
              "ruine (1951) will find its argument here in a form he can bear.\n"),
    { XT_TITLE ("L'Ordre et la ruine"), XT_YEAR (1951) } },
  /* no article; a possessive owner */
  { "/extract/wrapped-titles/foreign-no-article",
    IN_PROSE ("and, for those who read French, Paul Varenne's Portrait du marin (1962) is still the place to start.\n"),
    { XT_TITLE ("Portrait du marin"), XT_AUTHOR ("Varenne"), XT_YEAR (1962) } },
  /* numbers between the words, after a comma */
  { "/extract/wrapped-titles/foreign-numbers",
    IN_PROSE ("but behind every page lies the great thesis, Ports et havres de 1500 à 1700 (Paris, 1960), whose "
              "crises reappear here.\n"),
    { XT_TITLE ("Ports et havres de 1500 à 1700"), XT_YEAR (1960) } },
  /* an elided word marks the title without a parenthesis */
  { "/extract/wrapped-titles/foreign-elided-word",
    IN_PROSE ("drawing on everything from Anne Morel's Souvenirs d'outre-mer to the sailors' songs themselves.\n"),
    { XT_TITLE ("Souvenirs d'outre-mer"), XT_AUTHOR ("Morel") } },
};

#define OPENING "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"

static const XtCase cases[] = {
  /* a header block is no prose: a line break there ends the title */
  { "/extract/wrapped-titles/header-lines-stay-apart",
    "NEW BOOKS\n\n"
    "Gannet Books of\n"
    "Tides (Leeds, 1950)\n",
    { XT_ABSENT ("Gannet Books of Tides") } },
  /* a name with particles before a date is no foreign title */
  { "/extract/wrapped-titles/particle-name",
    OPENING
    "This paragraph is ordinary prose that goes on for a while, as prose does, and it mentions "
    "the admiral, Henri de Vautrin (1950), only in passing before it goes on with nothing at all.\n",
    { XT_ABSENT ("Henri de Vautrin"), XT_ABSENT ("de Vautrin") } },
  /* English words end a foreign run: no title swallows the prose */
  { "/extract/wrapped-titles/english-ends-run",
    OPENING
    "This paragraph is ordinary prose that goes on for a while, as prose does, and it cites "
    "Paul Varenne's Portrait du marin and the sea (1962) before it goes on with nothing at all.\n",
    { XT_NO_TITLE_HAS ("and the sea") } },
  /* note-style citations in prose: "Surname, Title (Place, Year)", wrapped */
  { "/extract/wrapped-titles/note-surname-book",
    OPENING
    "The argument draws on a familiar lineage. Readers will hear echoes of\n"
    "Quarrie, The Logic of Harbours (New Haven, 1958), and of\n"
    "Thorsby, Salt Is the Measure of All Things: Essays on Trade (New\n"
    "York, 1982), whose chapter on ports anticipates the treatment here.\n",
    { XT_TITLE ("The Logic of Harbours"), XT_AUTHOR ("Quarrie"),
      XT_TITLE ("Salt Is the Measure of All Things"), XT_AUTHOR ("Thorsby"),
      XT_FIELD (CK_FIELD_SUBTITLE, "Essays on Trade"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New York"),
      XT_YEAR (1982) } },
  /* "Surname, “Title 'Inner',” Journal, XIX (1959), 79-88" wrapped */
  { "/extract/wrapped-titles/note-surname-article",
    OPENING
    "The closest ancestor, however, is Quarrie, \"The Art of 'Getting By',\"\n"
    "Harbour Studies Review, XIX (1959), 79-88, from which the author takes the\n"
    "idea that practical knowledge cannot be centralized in any useful way.\n",
    { XT_TITLE ("The Art of 'Getting By'"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Quarrie"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Studies Review"), XT_FIELD (CK_FIELD_VOLUME, "XIX"),
      XT_FIELD (CK_FIELD_PAGES, "79-88"), XT_YEAR (1959) } },
  /* a chapter in an edited book, reading-list style */
  { "/extract/wrapped-titles/note-chapter-in-edited-book",
    OPENING
    "Those who want to go further should begin with the older studies, which are still the best of "
    "their kind and which the author of this book has read with care. Required: Ann Lee, Harbours (Leeds: "
    "Gannet, 1978), ch. 1; Tom Orr, \"Can the Harbour Speak?\" in Ada Lind and Bo Vell, eds., Ports and the "
    "Making of Trade (York: Kestrel Press, 1988), 271-313; and, for those who read French, the rest.\n",
    { XT_ABSENT ("Ports and the Making of Trade"),
      XT_TITLE ("Can the Harbour Speak?"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Orr"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Lind"), XT_FAMILY (CK_ROLE_EDITOR, 1, "Vell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Ports and the Making of Trade"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Kestrel Press"), XT_FIELD (CK_FIELD_PAGES, "271-313"), XT_YEAR (1988) } },
  /* reading-list entries with a hanging indent wrap onto the next line */
  { "/extract/wrapped-titles/list-entry-hanging-indent",
    "Further Reading\n\n"
    "Ann Reed, The Salt Road: A History of the\n    Northern Trade (Leeds: Gannet Books, 1990).\n"
    "Tom Orr, Harbours and Havens (York: Kestrel Press,\n    1988).\n",
    { XT_TITLE ("The Salt Road"), XT_FIELD (CK_FIELD_SUBTITLE, "A History of the Northern Trade"), XT_YEAR (1990),
      XT_TITLE ("Harbours and Havens"), XT_FIELD (CK_FIELD_PUBLISHER, "Kestrel Press"), XT_YEAR (1988) } },
  /* a bibliography in sentences with a hanging indent */
  { "/extract/wrapped-titles/bibliography-hanging-indent",
    "Bibliography\n\n"
    "Reed, Ann. The Salt Road: A History of the\n    Northern Trade. Leeds: Gannet Books, 1990.\n"
    "Orr, Tom. Harbours and Havens. York: Kestrel Press,\n    1988.\n",
    { XT_TITLE ("The Salt Road"), XT_FIELD (CK_FIELD_SUBTITLE, "A History of the Northern Trade"), XT_AUTHOR ("Reed"),
      XT_TITLE ("Harbours and Havens"), XT_YEAR (1988), XT_AUTHOR ("Orr") } },
  /* a place or a heading word before the comma is no author */
  { "/extract/wrapped-titles/note-no-place-author",
    OPENING
    "The story moves on to London, The Harbour Almanac (London, 1958) being the only guide, "
    "and the rest of this paragraph is ordinary prose that goes on for a while as prose does.\n",
    { XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "London") } },
  /* a header title wrapped over two lines, the imprint after the by-line */
  { "/extract/wrapped-titles/header-title-wrapped",
    "Harbour Quarterly, 3:4 (Spring, 2000), 70-74.\n\n"
    "Tide Tables: How Certain Plans to Chart the Coast Have\n"
    "Failed. By Ann C. Reed (Leeds, Gannet Books, 1998) 445 pp.\n"
    "$35.00\n\n"
    "Reed, best known for other things, here turns from the sailors to the charts that guide them, "
    "and says so at length in prose that goes on for a while.\n",
    { XT_TITLE ("Tide Tables"), XT_FIELD (CK_FIELD_SUBTITLE, "How Certain Plans to Chart the Coast Have Failed"),
      XT_AUTHOR ("Reed"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books"), XT_YEAR (1998) } },
  /* "his Fenn Lecture at Leeds in May 1961": an occasion, not a work */
  { "/extract/wrapped-titles/occasion-no-title",
    OPENING
    "SIR TOBIAS VELL delivered his Fenn Lecture at Leeds in\n"
    "May 1961, and the rest of this paragraph is ordinary prose that goes on for a while, "
    "as prose does in a review of some length.\n",
    { XT_NO_TITLE_HAS ("Lecture") } },
  /* a possessive inside a quoted title cuts no piece out of it */
  { "/extract/wrapped-titles/quoted-possessive",
    OPENING
    "Her wordplay owes something to the older novel and to \"The Sailor's Last Song.\" But she is nearer "
    "in spirit to other writers, and the rest of this paragraph is ordinary prose that goes on.\n",
    { XT_ABSENT ("Last Song") } },
  /* quoted coined words after "wordplay", and a word that "means" */
  { "/extract/wrapped-titles/quoted-phrases",
    OPENING
    "Comparisons will be made with Ann Reed's \"Tide Tables\" (1981), and Vell's wordplay - \"Sea Lo,\" "
    "\"Harb Our,\" \"Salt Pan Kiss\" - does owe something to it. The novel has become a brand: "
    "\"Little Harbour\" is a television programme, and \"Harbourish\" means whatever the speaker dislikes.\n",
    { XT_TITLE ("Tide Tables"), XT_ABSENT ("Sea Lo"), XT_ABSENT ("Harb Our"), XT_ABSENT ("Salt Pan Kiss"),
      XT_ABSENT ("Little Harbour"), XT_ABSENT ("Harbourish") } },
  /* "first called “X”": a name given; "a novel called “X”": a title */
  { "/extract/wrapped-titles/quoted-name-given",
    OPENING
    "Here he turns to the towns themselves, which the Board, with characteristic delicacy, first called "
    "\"Slack\" and then \"Special\" Areas. In 1938 he wrote a novel called \"Tidewater Nights\" about them, "
    "and the rest of this paragraph is ordinary prose.\n",
    { XT_ABSENT ("Slack"), XT_TITLE ("Tidewater Nights") } },
  /* a film or a screenplay in quotes is no text */
  { "/extract/wrapped-titles/quoted-non-text",
    OPENING
    "LEEDS, May 30 - Ann Reed, who was known, if at all, as the writer of the screenplay \"In Which the Tide "
    "Turns,\" has become the most talked-about novelist in the north. Her essay \"The Long Quay,\" is better.\n",
    { XT_ABSENT ("In Which the Tide Turns"), XT_TITLE ("The Long Quay") } },
  /* a column's heading in quotes is no work, and no surname either */
  { "/extract/wrapped-titles/quoted-heading",
    OPENING
    "His hero, Tom Vell, who writes the shipping notes for the Daily Clarion under the heading \"Salt Lanes,\" "
    "is sent out to cover a strike by mistake. The cold glee made Harbour Bells (1930) the funniest book of "
    "its year, and the rest of this paragraph is ordinary prose.\n",
    { XT_ABSENT ("Salt Lanes"), XT_TITLE ("Harbour Bells"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Lanes") } },
  /* a translated title with its original in brackets, in a reading list
   * and in prose */
  { "/extract/wrapped-titles/bracket-original",
    OPENING
    "Required: Ann Lee, Harbours (Leeds: Gannet, 1978), ch. 1; Jean Morel, The Long Shore [Le Long rivage], "
    "trans. Ann Reed (London: Kestrel Press, 1963), pp. 35-106; and more.\n\n"
    "It reads like The Grey Quay [Le Quai gris], translated by Bo Lind (London: Kestrel Press, 1965), in tone "
    "and in much else besides, as prose does when it goes on for a while.\n",
    { XT_TITLE ("The Long Shore"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Le Long rivage"), XT_AUTHOR ("Morel"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Reed"), XT_YEAR (1963),
      XT_TITLE ("The Grey Quay"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Le Quai gris"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Lind"), XT_YEAR (1965) } },
  /* a paragraph that cites works as "T (YYYY)" again and again: a run at
   * the sentence's start is one more, unless it names a person or event */
  { "/extract/wrapped-titles/series-paragraph",
    OPENING
    "Tidewater (1980) was Ann Reed's first and, for years, only novel. In the interval she wrote essays "
    "and two books of argument: Mother Tongue (1989), an attack on the harbour board, and The Death of "
    "Salt: Essays on Trade (1998), a defense of the old ports. Readers of In the Lee of a Wall (1987) will "
    "know the voice. The General Strike (1926) is in none of them.\n",
    { XT_TITLE ("Tidewater"), XT_TITLE ("Mother Tongue"), XT_TITLE ("In the Lee of a Wall"),
      XT_ABSENT ("Readers of In the Lee of a Wall"), XT_ABSENT ("General Strike"), XT_ABSENT ("The General Strike") } },
  /* a sentence header whose role statement wraps onto an indented line */
  { "/extract/wrapped-titles/header-role-wrapped",
    "NEW NOVELS\n\n"
    "The Diary of a Lighthouse. By Jean Morel. Translated by\n"
    "  Ann Reed. (Gannet Books. 9s. 6d.)\n"
    "A Crown of Gulls. By Tom Orr. (Kestrel Press. 9s. 6d.)\n\n"
    "IT is a curious accident of publishing that the first of M. Morel's novels should reach English "
    "readers after the third, and the rest of this paragraph is ordinary prose that goes on.\n",
    { XT_TITLE ("The Diary of a Lighthouse"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Reed"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books") } },
  /* a stacked header whose title line ends in "of": wrapped, no subtitle */
  { "/extract/wrapped-titles/header-block-wrapped",
    "The Weight of\nWater and Other Stories\nBy Tom Orr\nGannet Books, 320 pp., \xc2\xa3" "12.99\n\n"
    "This is a review of a book of stories and it goes on at length about the stories, which are many and "
    "various, as stories are in a book of stories of this kind.\n",
    { XT_TITLE ("The Weight of Water and Other Stories"), XT_FIELD (CK_FIELD_SUBTITLE, NULL), XT_AUTHOR ("Orr") } },
  /* the same in capitals */
  { "/extract/wrapped-titles/header-block-wrapped-caps",
    "THE WEIGHT OF\nWATER AND OTHER STORIES\nBy Tom Orr\nGannet Books, 320 pp., \xc2\xa3" "12.99\n\n"
    "This is a review of a book of stories and it goes on at length about the stories, which are many and "
    "various, as stories are in a book of stories of this kind.\n",
    { XT_TITLE ("THE WEIGHT OF WATER AND OTHER STORIES"), XT_FIELD (CK_FIELD_SUBTITLE, NULL) } },
  /* a list after a cue: "and A Title" starts the next item */
  { "/extract/wrapped-titles/list-and-article",
    "The review begins here, as reviews do. It cites nothing yet, and says so, at some length.\n\n"
    "Her earlier novels, The Weight of\nWater and A Harbour of Glass, were both admired by the critics "
    "of the day, and the rest of this paragraph is ordinary prose that goes on for a while.\n",
    { XT_TITLE ("The Weight of Water"), XT_TITLE ("A Harbour of Glass") } },
  /* "began with T in YYYY": a two-word run that reads as no person */
  { "/extract/wrapped-titles/with-in-year",
    OPENING
    "Mr. Vell completes the trilogy he began with Salt Meadow in 1932, and he says he met with Margaret "
    "Thorne in 1933 to plan it, and the rest of this paragraph is ordinary prose that goes on.\n",
    { XT_TITLE ("Salt Meadow"), XT_YEAR (1932), XT_ABSENT ("Margaret Thorne") } },
  /* an author-date citation after a possessive is no title */
  { "/extract/wrapped-titles/possessive-author-date",
    OPENING
    "The point rests on Ann Vell's (1990) argument and on Bo Lind's (1992) reply, and the rest of this "
    "paragraph is ordinary prose that goes on for a while.\n",
    { XT_ABSENT ("Ann Vell's"), XT_ABSENT ("Vell's"), XT_ABSENT ("Bo Lind's") } },
  /* an author-date text cites people, not titles, with a year */
  { "/extract/wrapped-titles/series-not-author-date",
    OPENING
    "Vell (1980) argued the point, as did Orr (1981) and Lind (1984). Marston (1990) disagreed, "
    "and the rest of this paragraph is ordinary prose that goes on for a while.\n",
    { XT_ABSENT ("Marston"), XT_ABSENT ("Vell") } },
  /* "a copy of The Title": the copy names its book, not a periodical;
   * a periodical may be a record of its own, but never a book */
  { "/extract/wrapped-titles/copy-of",
    OPENING
    "Marianne reads too much, and Connell has a copy of The Keeper of the Quay he is embarrassed by; "
    "his father keeps a copy of The Times under the bed, and the rest of this paragraph is ordinary prose.\n",
    { XT_TITLE ("The Keeper of the Quay"), XT_NOT_TYPE_IF_ANY (CK_TYPE_BOOK, "The Times", "Times") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (wrapped, G_N_ELEMENTS (wrapped));
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
