/* test-wrapped-titles.c — titles hard-wrapped across a line of prose
 * (spans.c), and foreign titles in their own capitalisation
 * (title-foreign.c).  Invented works only. */
#include "extract-test-util.h"

typedef struct {
  const char *path, *text, *title, *family;
  int year;
} Case;

static const Case cases[] = {
  /* the line breaks after a function word inside the title */
  { "/extract/wrapped-titles/imprint-after-break",
    "It is odd that the second of Mr. Vell's novels should reach us first. The Weight of\n"
    "Water (Gannet Books, 1951), translated by Ann Reed, has been with us for a year;\n",
    "The Weight of Water", NULL, 1951 },
  /* the line breaks after a capitalised word */
  { "/extract/wrapped-titles/break-after-capital",
    "readers who remember the long argument of the classic A Harbour\n"
    "of Glass (Gannet Books, 1962) will find the same argument here, shorter, ",
    "A Harbour of Glass", NULL, 1962 },
  /* initials inside a title */
  { "/extract/wrapped-titles/initials-inside",
    "Professor Vell continues the narrative begun in The S. D. of Q. in the Time of Marsh (1957), and he "
    "continues it in the same manner, ",
    "The S. D. of Q. in the Time of Marsh", NULL, 1957 },
  /* a title ending in a possessive, with an honorific's stop inside */
  { "/extract/wrapped-titles/possessive-end",
    "and it has the quiet of At Mrs. Kettle's (1945) and the malice of her later books, ",
    "At Mrs. Kettle's", NULL, 1945 },
  /* "Title, by Author (…)" with the title wrapped */
  { "/extract/wrapped-titles/title-by-wrapped",
    "and it recalls The Weight of\nWater, by Tom Orr (Gannet Books, 1951), in much else besides, ",
    "The Weight of Water", "Orr", 1951 },
  /* a foreign article and function words, no parenthesis */
  { "/extract/wrapped-titles/foreign-article-no-paren",
    "she had read Jean Morel's Les Marins\nde la mer and much else before she began, ",
    "Les Marins de la mer", "Morel", 0 },
  /* the second word in lower case before a foreign function word */
  { "/extract/wrapped-titles/foreign-second-lower",
    "she had read, in the original, Siete puertas de la casa (1964) before she began, ",
    "Siete puertas de la casa", NULL, 1964 },
  /* "by A and associates (…)" */
  { "/extract/wrapped-titles/title-by-and-associates",
    "and the fourth volume of the History of Harbours in the North by Ann C. Reed and associates "
    "(New York, 1935) carries the story only to 1932, ",
    "History of Harbours in the North", "Reed", 1935 },
  /* elided article, lower case, and the line broken inside */
  { "/extract/wrapped-titles/foreign-elided-wrapped",
    "and the reader who has laboured through L'Ordre et la\n"
    "ruine (1951) will find its argument here in a form he can bear.\n",
    "L'Ordre et la ruine", NULL, 1951 },
  /* no article; a possessive owner */
  { "/extract/wrapped-titles/foreign-no-article",
    "and, for those who read French, Paul Varenne's Portrait du marin (1962) is still the place to start.\n",
    "Portrait du marin", "Varenne", 1962 },
  /* numbers between the words, after a comma */
  { "/extract/wrapped-titles/foreign-numbers",
    "but behind every page lies the great thesis, Ports et havres de 1500 à 1700 (Paris, 1960), whose "
    "crises reappear here.\n",
    "Ports et havres de 1500 à 1700", NULL, 1960 },
  /* an elided word marks the title without a parenthesis */
  { "/extract/wrapped-titles/foreign-elided-word",
    "drawing on everything from Anne Morel's Souvenirs d'outre-mer to the sailors' songs themselves.\n",
    "Souvenirs d'outre-mer", "Morel", 0 },
};

static void
run_case (gconstpointer data)
{
  const Case *c = data;
  /* a paragraph of prose first, and prose around the case, so that the
   * paragraph is read as running text */
  g_autofree char *text = g_strconcat ("The review begins here, as reviews do. It cites nothing yet, and says so.\n\n",
                                       "This paragraph is ordinary prose that goes on for a while, as prose does in "
                                       "a review of some length, ", c->text,
                                       "and the rest of it is ordinary prose again, with nothing in it at all.\n", NULL);
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *r = xt_find (recs, c->title);
  if (!r)
    for (guint i = 0; i < recs->len; i++)
      g_test_message ("found: %s", ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE));
  g_assert_nonnull (r);
  if (c->family)
    g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), ==, c->family);
  if (c->year)
    g_assert_cmpint (xt_year (r), ==, c->year);
}

/* a header block is no prose: a line break there ends the title */
static void
test_header_lines_stay_apart (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("NEW BOOKS\n\n"
                                          "Gannet Books of\n"
                                          "Tides (Leeds, 1950)\n");
  g_assert_null (xt_find (recs, "Gannet Books of Tides"));
}

/* a name with particles before a date is no foreign title */
static void
test_particle_name (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "This paragraph is ordinary prose that goes on for a while, as prose does, and it mentions "
    "the admiral, Henri de Vautrin (1950), only in passing before it goes on with nothing at all.\n");
  g_assert_null (xt_find (recs, "Henri de Vautrin"));
  g_assert_null (xt_find (recs, "de Vautrin"));
}

/* English words end a foreign run: no title swallows the prose */
static void
test_english_ends_run (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "This paragraph is ordinary prose that goes on for a while, as prose does, and it cites "
    "Paul Varenne's Portrait du marin and the sea (1962) before it goes on with nothing at all.\n");
  for (guint i = 0; i < recs->len; i++)
    g_assert_null (strstr (ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE), "and the sea"));
}

/* note-style citations in prose: "Surname, Title (Place, Year)", wrapped */
static void
test_note_surname_book (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "The argument draws on a familiar lineage. Readers will hear echoes of\n"
    "Quarrie, The Logic of Harbours (New Haven, 1958), and of\n"
    "Thorsby, Salt Is the Measure of All Things: Essays on Trade (New\n"
    "York, 1982), whose chapter on ports anticipates the treatment here.\n");
  CkRecord *a = xt_find (recs, "The Logic of Harbours");
  CkRecord *b = xt_find (recs, "Salt Is the Measure of All Things");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Quarrie");
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Thorsby");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_SUBTITLE), ==, "Essays on Trade");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER_PLACE), ==, "New York");
  g_assert_cmpint (xt_year (b), ==, 1982);
}

/* "Surname, “Title 'Inner',” Journal, XIX (1959), 79-88" wrapped */
static void
test_note_surname_article (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "The closest ancestor, however, is Quarrie, \"The Art of 'Getting By',\"\n"
    "Harbour Studies Review, XIX (1959), 79-88, from which the author takes the\n"
    "idea that practical knowledge cannot be centralized in any useful way.\n");
  CkRecord *a = xt_find (recs, "The Art of 'Getting By'");
  g_assert_nonnull (a);
  g_assert_cmpint (ck_record_get_type (a), ==, CK_TYPE_ARTICLE_JOURNAL);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Quarrie");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_CONTAINER_TITLE), ==, "Harbour Studies Review");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_VOLUME), ==, "XIX");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PAGES), ==, "79-88");
  g_assert_cmpint (xt_year (a), ==, 1959);
}

/* a chapter in an edited book, reading-list style */
static void
test_note_chapter_in_edited_book (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "Those who want to go further should begin with the older studies, which are still the best of "
    "their kind and which the author of this book has read with care. Required: Ann Lee, Harbours (Leeds: "
    "Gannet, 1978), ch. 1; Tom Orr, \"Can the Harbour Speak?\" in Ada Lind and Bo Vell, eds., Ports and the "
    "Making of Trade (York: Kestrel Press, 1988), 271-313; and, for those who read French, the rest.\n");
  CkRecord *c = xt_find (recs, "Can the Harbour Speak?");
  CkRecord *b = xt_find (recs, "Ports and the Making of Trade");
  g_assert_nonnull (c);
  g_assert_nonnull (b);
  g_assert_cmpint (ck_record_get_type (c), ==, CK_TYPE_CHAPTER);
  g_assert_cmpstr (xt_family (c, CK_ROLE_AUTHOR, 0), ==, "Orr");
  g_assert_cmpstr (xt_family (c, CK_ROLE_EDITOR, 0), ==, "Lind");
  g_assert_cmpstr (xt_family (c, CK_ROLE_EDITOR, 1), ==, "Vell");
  g_assert_cmpstr (ck_record_get (c, CK_FIELD_CONTAINER_TITLE), ==, "Ports and the Making of Trade");
  g_assert_cmpstr (ck_record_get (c, CK_FIELD_PUBLISHER), ==, "Kestrel Press");
  g_assert_cmpstr (ck_record_get (c, CK_FIELD_PAGES), ==, "271-313");
  g_assert_cmpint (xt_year (c), ==, 1988);
}

/* reading-list entries with a hanging indent wrap onto the next line */
static void
test_list_entry_hanging_indent (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Further Reading\n\n"
    "Ann Reed, The Salt Road: A History of the\n    Northern Trade (Leeds: Gannet Books, 1990).\n"
    "Tom Orr, Harbours and Havens (York: Kestrel Press,\n    1988).\n");
  CkRecord *a = xt_find (recs, "The Salt Road");
  CkRecord *b = xt_find (recs, "Harbours and Havens");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_SUBTITLE), ==, "A History of the Northern Trade");
  g_assert_cmpint (xt_year (a), ==, 1990);
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Kestrel Press");
  g_assert_cmpint (xt_year (b), ==, 1988);
}

/* a bibliography in sentences with a hanging indent */
static void
test_bibliography_hanging_indent (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Bibliography\n\n"
    "Reed, Ann. The Salt Road: A History of the\n    Northern Trade. Leeds: Gannet Books, 1990.\n"
    "Orr, Tom. Harbours and Havens. York: Kestrel Press,\n    1988.\n");
  CkRecord *a = xt_find (recs, "The Salt Road");
  CkRecord *b = xt_find (recs, "Harbours and Havens");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_SUBTITLE), ==, "A History of the Northern Trade");
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Reed");
  g_assert_cmpint (xt_year (b), ==, 1988);
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Orr");
}

/* a place or a heading word before the comma is no author */
static void
test_note_no_place_author (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "The story moves on to London, The Harbour Almanac (London, 1958) being the only guide, "
    "and the rest of this paragraph is ordinary prose that goes on for a while as prose does.\n");
  for (guint i = 0; i < recs->len; i++)
    g_assert_cmpstr (xt_family (g_ptr_array_index (recs, i), CK_ROLE_AUTHOR, 0), !=, "London");
}

/* a header title wrapped over two lines, the imprint after the by-line */
static void
test_header_title_wrapped (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Harbour Quarterly, 3:4 (Spring, 2000), 70-74.\n\n"
    "Tide Tables: How Certain Plans to Chart the Coast Have\n"
    "Failed. By Ann C. Reed (Leeds, Gannet Books, 1998) 445 pp.\n"
    "$35.00\n\n"
    "Reed, best known for other things, here turns from the sailors to the charts that guide them, "
    "and says so at length in prose that goes on for a while.\n");
  CkRecord *r = xt_find (recs, "Tide Tables");
  g_assert_nonnull (r);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_SUBTITLE), ==, "How Certain Plans to Chart the Coast Have Failed");
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), ==, "Reed");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER), ==, "Gannet Books");
  g_assert_cmpint (xt_year (r), ==, 1998);
}

static gboolean
has_title (GPtrArray *recs, const char *title)
{
  return xt_find (recs, title) != NULL;
}

/* "his Fenn Lecture at Leeds in May 1961": an occasion, not a work */
static void
test_occasion_no_title (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "SIR TOBIAS VELL delivered his Fenn Lecture at Leeds in\n"
    "May 1961, and the rest of this paragraph is ordinary prose that goes on for a while, "
    "as prose does in a review of some length.\n");
  for (guint i = 0; i < recs->len; i++)
    g_assert_null (strstr (ck_record_get (g_ptr_array_index (recs, i), CK_FIELD_TITLE), "Lecture"));
}

/* a possessive inside a quoted title cuts no piece out of it */
static void
test_quoted_possessive (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "Her wordplay owes something to the older novel and to \"The Sailor's Last Song.\" But she is nearer "
    "in spirit to other writers, and the rest of this paragraph is ordinary prose that goes on.\n");
  g_assert_false (has_title (recs, "Last Song"));
}

/* quoted coined words after "wordplay", and a word that "means" */
static void
test_quoted_phrases (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "Comparisons will be made with Ann Reed's \"Tide Tables\" (1981), and Vell's wordplay - \"Sea Lo,\" "
    "\"Harb Our,\" \"Salt Pan Kiss\" - does owe something to it. The novel has become a brand: "
    "\"Little Harbour\" is a television programme, and \"Harbourish\" means whatever the speaker dislikes.\n");
  g_assert_true (has_title (recs, "Tide Tables"));
  g_assert_false (has_title (recs, "Sea Lo"));
  g_assert_false (has_title (recs, "Harb Our"));
  g_assert_false (has_title (recs, "Salt Pan Kiss"));
  g_assert_false (has_title (recs, "Little Harbour"));
  g_assert_false (has_title (recs, "Harbourish"));
}

/* "first called “X”": a name given; "a novel called “X”": a title */
static void
test_quoted_name_given (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "Here he turns to the towns themselves, which the Board, with characteristic delicacy, first called "
    "\"Slack\" and then \"Special\" Areas. In 1938 he wrote a novel called \"Tidewater Nights\" about them, "
    "and the rest of this paragraph is ordinary prose.\n");
  g_assert_false (has_title (recs, "Slack"));
  g_assert_true (has_title (recs, "Tidewater Nights"));
}

/* a film or a screenplay in quotes is no text */
static void
test_quoted_non_text (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "LEEDS, May 30 - Ann Reed, who was known, if at all, as the writer of the screenplay \"In Which the Tide "
    "Turns,\" has become the most talked-about novelist in the north. Her essay \"The Long Quay,\" is better.\n");
  g_assert_false (has_title (recs, "In Which the Tide Turns"));
  g_assert_true (has_title (recs, "The Long Quay"));
}

/* a column's heading in quotes is no work, and no surname either */
static void
test_quoted_heading (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "His hero, Tom Vell, who writes the shipping notes for the Daily Clarion under the heading \"Salt Lanes,\" "
    "is sent out to cover a strike by mistake. The cold glee made Harbour Bells (1930) the funniest book of "
    "its year, and the rest of this paragraph is ordinary prose.\n");
  CkRecord *r = xt_find (recs, "Harbour Bells");
  g_assert_false (has_title (recs, "Salt Lanes"));
  g_assert_nonnull (r);
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), !=, "Lanes");
}

/* a translated title with its original in brackets, in a reading list
 * and in prose */
static void
test_bracket_original (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "Required: Ann Lee, Harbours (Leeds: Gannet, 1978), ch. 1; Jean Morel, The Long Shore [Le Long rivage], "
    "trans. Ann Reed (London: Kestrel Press, 1963), pp. 35-106; and more.\n\n"
    "It reads like The Grey Quay [Le Quai gris], translated by Bo Lind (London: Kestrel Press, 1965), in tone "
    "and in much else besides, as prose does when it goes on for a while.\n");
  CkRecord *a = xt_find (recs, "The Long Shore");
  CkRecord *b = xt_find (recs, "The Grey Quay");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_ORIGINAL_TITLE), ==, "Le Long rivage");
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Morel");
  g_assert_cmpstr (xt_family (a, CK_ROLE_TRANSLATOR, 0), ==, "Reed");
  g_assert_cmpint (xt_year (a), ==, 1963);
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_ORIGINAL_TITLE), ==, "Le Quai gris");
  g_assert_cmpstr (xt_family (b, CK_ROLE_TRANSLATOR, 0), ==, "Lind");
  g_assert_cmpint (xt_year (b), ==, 1965);
}

/* a paragraph that cites works as "T (YYYY)" again and again: a run at
 * the sentence's start is one more, unless it names a person or event */
static void
test_series_paragraph (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "Tidewater (1980) was Ann Reed's first and, for years, only novel. In the interval she wrote essays "
    "and two books of argument: Mother Tongue (1989), an attack on the harbour board, and The Death of "
    "Salt: Essays on Trade (1998), a defense of the old ports. Readers of In the Lee of a Wall (1987) will "
    "know the voice. The General Strike (1926) is in none of them.\n");
  g_assert_nonnull (xt_find (recs, "Tidewater"));
  g_assert_nonnull (xt_find (recs, "Mother Tongue"));
  g_assert_nonnull (xt_find (recs, "In the Lee of a Wall"));
  g_assert_null (xt_find (recs, "Readers of In the Lee of a Wall"));
  g_assert_null (xt_find (recs, "General Strike"));
  g_assert_null (xt_find (recs, "The General Strike"));
}

/* a sentence header whose role statement wraps onto an indented line */
static void
test_header_role_wrapped (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "NEW NOVELS\n\n"
    "The Diary of a Lighthouse. By Jean Morel. Translated by\n"
    "  Ann Reed. (Gannet Books. 9s. 6d.)\n"
    "A Crown of Gulls. By Tom Orr. (Kestrel Press. 9s. 6d.)\n\n"
    "IT is a curious accident of publishing that the first of M. Morel's novels should reach English "
    "readers after the third, and the rest of this paragraph is ordinary prose that goes on.\n");
  CkRecord *r = xt_find (recs, "The Diary of a Lighthouse");
  g_assert_nonnull (r);
  g_assert_cmpstr (xt_family (r, CK_ROLE_TRANSLATOR, 0), ==, "Reed");
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER), ==, "Gannet Books");
}

/* a stacked header whose title line ends in "of": wrapped, no subtitle */
static void
test_header_block_wrapped (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The Weight of\nWater and Other Stories\nBy Tom Orr\nGannet Books, 320 pp., \xc2\xa3" "12.99\n\n"
    "This is a review of a book of stories and it goes on at length about the stories, which are many and "
    "various, as stories are in a book of stories of this kind.\n");
  CkRecord *r = xt_find (recs, "The Weight of Water and Other Stories");
  g_assert_nonnull (r);
  g_assert_null (ck_record_get (r, CK_FIELD_SUBTITLE));
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), ==, "Orr");
}

/* the same in capitals */
static void
test_header_block_wrapped_caps (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "THE WEIGHT OF\nWATER AND OTHER STORIES\nBy Tom Orr\nGannet Books, 320 pp., \xc2\xa3" "12.99\n\n"
    "This is a review of a book of stories and it goes on at length about the stories, which are many and "
    "various, as stories are in a book of stories of this kind.\n");
  CkRecord *r = xt_find (recs, "THE WEIGHT OF WATER AND OTHER STORIES");
  g_assert_nonnull (r);
  g_assert_null (ck_record_get (r, CK_FIELD_SUBTITLE));
}

/* a list after a cue: "and A Title" starts the next item */
static void
test_list_and_article (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so, at some length.\n\n"
    "Her earlier novels, The Weight of\nWater and A Harbour of Glass, were both admired by the critics "
    "of the day, and the rest of this paragraph is ordinary prose that goes on for a while.\n");
  g_assert_nonnull (xt_find (recs, "The Weight of Water"));
  g_assert_nonnull (xt_find (recs, "A Harbour of Glass"));
}

/* "began with T in YYYY": a two-word run that reads as no person */
static void
test_with_in_year (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "Mr. Vell completes the trilogy he began with Salt Meadow in 1932, and he says he met with Margaret "
    "Thorne in 1933 to plan it, and the rest of this paragraph is ordinary prose that goes on.\n");
  CkRecord *r = xt_find (recs, "Salt Meadow");
  g_assert_nonnull (r);
  g_assert_cmpint (xt_year (r), ==, 1932);
  g_assert_null (xt_find (recs, "Margaret Thorne"));
}

/* an author-date citation after a possessive is no title */
static void
test_possessive_author_date (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "The point rests on Ann Vell's (1990) argument and on Bo Lind's (1992) reply, and the rest of this "
    "paragraph is ordinary prose that goes on for a while.\n");
  g_assert_null (xt_find (recs, "Ann Vell's"));
  g_assert_null (xt_find (recs, "Vell's"));
  g_assert_null (xt_find (recs, "Bo Lind's"));
}

/* an author-date text cites people, not titles, with a year */
static void
test_series_not_author_date (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "Vell (1980) argued the point, as did Orr (1981) and Lind (1984). Marston (1990) disagreed, "
    "and the rest of this paragraph is ordinary prose that goes on for a while.\n");
  g_assert_null (xt_find (recs, "Marston"));
  g_assert_null (xt_find (recs, "Vell"));
}

/* "a copy of The Title": the copy names its book, not a periodical */
static void
test_copy_of (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
    "Marianne reads too much, and Connell has a copy of The Keeper of the Quay he is embarrassed by; "
    "his father keeps a copy of The Times under the bed, and the rest of this paragraph is ordinary prose.\n");
  g_assert_nonnull (xt_find (recs, "The Keeper of the Quay"));
  /* a periodical may be a record of its own, but never a book */
  {
    CkRecord *t = xt_find (recs, "The Times");
    if (!t)
      t = xt_find (recs, "Times");
    g_assert_true (t == NULL || ck_record_get_type (t) != CK_TYPE_BOOK);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], run_case);
  g_test_add_func ("/extract/wrapped-titles/header-lines-stay-apart", test_header_lines_stay_apart);
  g_test_add_func ("/extract/wrapped-titles/particle-name", test_particle_name);
  g_test_add_func ("/extract/wrapped-titles/english-ends-run", test_english_ends_run);
  g_test_add_func ("/extract/wrapped-titles/note-surname-book", test_note_surname_book);
  g_test_add_func ("/extract/wrapped-titles/note-surname-article", test_note_surname_article);
  g_test_add_func ("/extract/wrapped-titles/note-no-place-author", test_note_no_place_author);
  g_test_add_func ("/extract/wrapped-titles/header-title-wrapped", test_header_title_wrapped);
  g_test_add_func ("/extract/wrapped-titles/occasion-no-title", test_occasion_no_title);
  g_test_add_func ("/extract/wrapped-titles/quoted-possessive", test_quoted_possessive);
  g_test_add_func ("/extract/wrapped-titles/quoted-phrases", test_quoted_phrases);
  g_test_add_func ("/extract/wrapped-titles/bracket-original", test_bracket_original);
  g_test_add_func ("/extract/wrapped-titles/series-paragraph", test_series_paragraph);
  g_test_add_func ("/extract/wrapped-titles/series-not-author-date", test_series_not_author_date);
  g_test_add_func ("/extract/wrapped-titles/copy-of", test_copy_of);
  g_test_add_func ("/extract/wrapped-titles/possessive-author-date", test_possessive_author_date);
  g_test_add_func ("/extract/wrapped-titles/with-in-year", test_with_in_year);
  g_test_add_func ("/extract/wrapped-titles/list-and-article", test_list_and_article);
  g_test_add_func ("/extract/wrapped-titles/quoted-heading", test_quoted_heading);
  g_test_add_func ("/extract/wrapped-titles/header-block-wrapped", test_header_block_wrapped);
  g_test_add_func ("/extract/wrapped-titles/header-role-wrapped", test_header_role_wrapped);
  g_test_add_func ("/extract/wrapped-titles/note-chapter-in-edited-book", test_note_chapter_in_edited_book);
  g_test_add_func ("/extract/wrapped-titles/quoted-name-given", test_quoted_name_given);
  g_test_add_func ("/extract/wrapped-titles/quoted-non-text", test_quoted_non_text);
  g_test_add_func ("/extract/wrapped-titles/header-block-wrapped-caps", test_header_block_wrapped_caps);
  g_test_add_func ("/extract/wrapped-titles/list-entry-hanging-indent", test_list_entry_hanging_indent);
  g_test_add_func ("/extract/wrapped-titles/bibliography-hanging-indent", test_bibliography_hanging_indent);
  return g_test_run ();
}
