/* test-detect-context.c — titles whose author is known only from the
 * context (src/lib/extract/detect-context.c and detect-bare.c).  Every
 * text is invented: made-up authors, titles and publishers. */
#include "extract-test-util.h"

/* Asserts a record titled @title with author family @family (NULL: any)
 * and year @year (0: any); returns it. */
static CkRecord *
expect (GPtrArray *recs, const char *title, const char *family, int year)
{
  CkRecord *r = xt_find (recs, title);
  if (!r)
    g_error ("no record titled \"%s\"", title);
  if (family)
    g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), ==, family);
  if (year)
    g_assert_cmpint (xt_year (r), ==, year);
  return r;
}

static void
test_list_in_dashes (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Mara Quell made her name with three coastal novels - Salting the Nets (1991), Harbourlight (1993) "
    "and Greyfen (1996) - full of smugglers and drowned bells.\n");
  expect (recs, "Salting the Nets", "Quell", 1991);
  expect (recs, "Harbourlight", "Quell", 1993);
  expect (recs, "Greyfen", "Quell", 1996);
}

static void
test_surname_paren_list (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Orla Wendle, The River Clerks. Slate Press, 2019.\n\n"
    "Wendle (The Copper Orchard, 2003; Night Ferries, 2009) sets out to explain how the river trade died, "
    "and the book is the best she has written about the estuary and its people.\n");
  CkRecord *r = expect (recs, "The Copper Orchard", "Wendle", 2003);
  g_assert_cmpstr (xt_given (r, CK_ROLE_AUTHOR, 0), ==, "Orla");
  expect (recs, "Night Ferries", "Wendle", 2009);
}

static void
test_published_title (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "She recalls how Ansel Murrow, who published The Lantern Atlas in 1871, found it hard to believe "
    "that the coast had ever been charted at all.\n");
  expect (recs, "The Lantern Atlas", "Murrow", 1871);
}

static void
test_subject_books (void)
{
  /* an obituary: the subject's books by title and year only */
  g_autoptr(GPtrArray) recs = xt_extract (
    "Edwin Talbot Harrow, who has died aged 90, was the most widely read naturalist of his generation. "
    "Born in Leeds in 1921, he studied at the Marine Institute before leaving for Canada. Harrow never "
    "stopped walking.\n\n"
    "His first book, Tidemarks (1950), was a modest field guide. Its successor was not. Saltgrass (Penwick, 1953) "
    "described the marshes near Lydia Vell Hospital; it became a radio play by Ansel Crane. The Heron Who Forgot the Sea (1961), "
    "a collection of short essays, made him famous, and On the Wing: A Memoir (1999) closed his career.\n");
  CkRecord *r;
  /* the subject of the text, named most often, is the author; not the
   * hospital, nor the playwright "by" whom the book was adapted */
  r = expect (recs, "Tidemarks", "Harrow", 1950);
  g_assert_cmpstr (xt_given (r, CK_ROLE_AUTHOR, 0), ==, "Edwin Talbot");
  r = expect (recs, "Saltgrass", "Harrow", 1953);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER_PLACE) ? ck_record_get (r, CK_FIELD_PUBLISHER_PLACE)
                                                               : ck_record_get (r, CK_FIELD_PUBLISHER), ==, "Penwick");
  expect (recs, "The Heron Who Forgot the Sea", "Harrow", 1961);
  expect (recs, "On the Wing", "Harrow", 1999);
  /* the places and institutions of the text are no works */
  g_assert_null (xt_find (recs, "Leeds"));
  g_assert_null (xt_find (recs, "Canada"));
}

static void
test_cue_after_and_preposition (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Pell Avery, The Glass Farm. Slate Press, 2020.\n\n"
    "Avery has not written so well about the prairie since Windbreak (1994), and the last chapters are "
    "her finest. The satire here has the cold glee that made Paper Lions (1987) the funniest book of "
    "its decade.\n");
  expect (recs, "Windbreak", "Avery", 1994);
  expect (recs, "Paper Lions", NULL, 1987);
}

static void
test_foreign_titles (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Claire Dussault has spent forty years avoiding the novel. Since La Grange (1979; A Man's Barn, 1984), "
    "the short account of her uncle's farm, each book has been a chronicle. Une saison (1990), about her "
    "sister, did the same. Whole pages read like an illustration of Lucien Morel's Le Goût des autres (1966). Dussault admits the debt.\n");
  CkRecord *r = expect (recs, "La Grange", NULL, 1979);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_TRANSLATED_TITLE), ==, "A Man's Barn");
  g_assert_null (xt_find (recs, "Since La Grange"));
  /* not "Man" of "A Man's Barn" */
  g_assert_cmpstr (xt_family (expect (recs, "Une saison", NULL, 1990), CK_ROLE_AUTHOR, 0), ==, "Dussault");
  expect (recs, "Le Goût des autres", "Morel", 1966);
}

static void
test_comma_titles (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The story has been told before, above all by Amos Greel in Ropes, Nets, and Anchors (Harbor House, "
    "1989). In Salt, Iron, Bread: Three Trades of the Coast (Slate Press, 2001) he argued the "
    "opposite. It belongs beside Ida Fenn's Little Harbour, What Next? (1932).\n");
  expect (recs, "Ropes, Nets, and Anchors", "Greel", 1989);
  expect (recs, "Salt, Iron, Bread", NULL, 2001);
  expect (recs, "Little Harbour, What Next?", "Fenn", 1932);
  g_assert_null (xt_find (recs, "Anchors"));
  g_assert_null (xt_find (recs, "Little Harbour"));
  {
    /* prose lists of places stay prose */
    g_autoptr(GPtrArray) more = xt_extract ("He lived in Paris, Rome, and Vienna (Hill Press, 1930) for a while.\n");
    for (guint i = 0; i < more->len; i++)
      g_assert_null (strchr (ck_record_get (g_ptr_array_index (more, i), CK_FIELD_TITLE), ','));
  }
}

static void
test_owner_capital_article (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Dorn has written about decline before. His The Long Ebb: Salt, Coal, and the End of the Ports (2011) "
    "was, on balance, a hopeful book. This one is not.\n");
  expect (recs, "The Long Ebb", NULL, 2011);
}

static void
test_opener_title (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Ward Tarrant, Cold Harbour. By Ward Tarrant. Slate Press. 7s. 6d.\n\n"
    "Mr. Tarrant's new novel is a very different affair. Like A Knife in Winter, it is a story of "
    "pursuit and of dockside gangs, and it moves at the speed of a thriller. Readers who came to Tarrant "
    "through The Lamplighters will know the fog and the long sentences.\n");
  expect (recs, "A Knife in Winter", NULL, 0);
  expect (recs, "The Lamplighters", NULL, 0);
}

static void
test_distractors (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The argument turns on four pictures: the View of the Harbour Fair of 1867, Marten's Evening on the "
    "Island of Saint Loup (1881-83), and the Mill at Arden (1879). Wallace (1858) had said as much, and the "
    "General Strike (1926) and the Revolution (1917) come up again. Wallace was right. In Kronholm (1921) "
    "the sailors rose. Born in Lyon (1907-1967), he settled in Rome. As argued in Gould (1977), the "
    "tides matter. Like The Evening Herald, it is a paper.\n");
  g_assert_null (xt_find (recs, "Evening on the Island of Saint Loup"));
  g_assert_null (xt_find (recs, "Wallace"));
  g_assert_null (xt_find (recs, "General Strike"));
  g_assert_null (xt_find (recs, "Revolution"));
  g_assert_null (xt_find (recs, "Lyon"));
  g_assert_cmpuint (recs->len, ==, 0);
}

static void
test_question_titles (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Ivo Sand frames it as physics. He asked it first in What is Salt? (Harbor House, 1944), and later "
    "Sand asked again in Why Do Rivers Bend? (1950).\n");
  expect (recs, "What is Salt?", "Sand", 1944);
  expect (recs, "Why Do Rivers Bend?", "Sand", 1950);
}

static void
test_appositive_list (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Readers who remember Rhee's two books of 1981, Salt of the Marsh: Ferrymen and the 1790 Floods and The "
    "Drowned Parish: Tithes and Tides in Essex, 1790-1811, will find her less certain now.\n");
  CkRecord *r = expect (recs, "Salt of the Marsh", "Rhee", 1981);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_SUBTITLE), ==, "Ferrymen and the 1790 Floods");
  r = expect (recs, "The Drowned Parish", "Rhee", 1981);
  g_assert_cmpstr (ck_record_get (r, CK_FIELD_SUBTITLE), ==, "Tithes and Tides in Essex, 1790-1811");
}

static void
test_authors_before (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The case was made by Ada Lind and Piet Orr, in Harbour Lights (London: Quay Books, 1991). "
    "Later critics will want to know what the author makes of Ivo Marsh, co-author of The Tin Lantern (1993). "
    "Most readers know Hedda Strom, if at all, as the author of Pip and the Pilots (1929).\n");
  CkRecord *r = expect (recs, "Harbour Lights", "Lind", 1991);
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 1), ==, "Orr");
  expect (recs, "The Tin Lantern", "Marsh", 1993);
  expect (recs, "Pip and the Pilots", "Strom", 1929);
}

static void
test_paragraph_subject (void)
{
  /* two novelists reviewed together; the hero's name is no author */
  g_autoptr(GPtrArray) recs = xt_extract (
    "Mr. Vell has gone back to the sea, or rather to an imaginary island. His hero, Tom Quarry, who writes "
    "the tide tables for a county paper, is sent out to cover a regatta by mistake. The machinery of the "
    "harbour office is shown with the cold glee that made Paper Anchors (1931) the funniest book of its "
    "year.\n\n"
    "Mrs. Dunmore's new novel is a different affair, and Ada Dunmore writes it with care.\n\n"
    "Later Ivo Vell, Ada Dunmore and Tom Quarry all appear again.\n");
  expect (recs, "Paper Anchors", "Vell", 1931);
}

static void
test_own_title (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "She draws heavily on Marten Vell's own Tidewater, though readers who want more will look elsewhere. "
    "Vell's own Party, and Vell's own Academy, are another matter.\n");
  CkRecord *r = expect (recs, "Tidewater", "Vell", 0);
  g_assert_nonnull (r);
  g_assert_null (xt_find (recs, "Party"));
  g_assert_null (xt_find (recs, "Academy"));
}

static void
test_range_title_and_full_name (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Orrin Vell, The Age of Tides. Slate Press, 1955.\n\n"
    "It is a long way from the author's first book, Salt Law in Coastal Towns, 1860-1915 (1944), and a "
    "longer way still from his youth. Vell's grandfather Piet was a poet too. Piet Vell set his theory of "
    "tides to rhyming couplets in The Moon Garden (1791), and was mocked for it.\n");
  CkRecord *r = expect (recs, "Salt Law in Coastal Towns, 1860-1915", "Vell", 1944);
  g_assert_cmpstr (xt_given (r, CK_ROLE_AUTHOR, 0), ==, "Orrin");
  r = expect (recs, "The Moon Garden", "Vell", 1791);
  g_assert_cmpstr (xt_given (r, CK_ROLE_AUTHOR, 0), ==, "Piet");
}

static void
test_cue_apposition (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Edda Kahl has written six books. Tidewater, her second novel, was not a success. Later came Grey "
    "Harbour, a collection of stories, and The Long Weir, published in 1988, which won prizes. Her 2001 "
    "novel The Glass Ferry is her best. Kahl grew up in Europe, its history all around her, and in "
    "Tarrow, her home town. Ivo Kahl, her husband, and the Quayside, a book lover's haven, stay offstage.\n");
  expect (recs, "Tidewater", "Kahl", 0);
  expect (recs, "Grey Harbour", "Kahl", 0);
  expect (recs, "The Long Weir", "Kahl", 1988);
  expect (recs, "The Glass Ferry", "Kahl", 2001);
  g_assert_null (xt_find (recs, "Europe"));
  g_assert_null (xt_find (recs, "Tarrow"));
  g_assert_null (xt_find (recs, "Ivo Kahl"));
  g_assert_null (xt_find (recs, "Quayside"));
  g_assert_cmpuint (recs->len, ==, 4);
}

static void
test_group_owners (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Salt and Iron. By Ada Lind and Piet Orr. Quay Books, 2001. 300 pp. $20.00.\n\n"
    "Readers of the authors' joint Harbour Law: A Study of Tides (London: Quay Books, 1994) will know the "
    "argument, and it owes much to Vell and Marsh's The Tin Lantern (1987), which the authors praise at length "
    "in a chapter that runs on for many pages.\n");
  CkRecord *r = expect (recs, "Harbour Law", "Lind", 1994);
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 1), ==, "Orr");
  r = expect (recs, "The Tin Lantern", "Vell", 1987);
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 1), ==, "Marsh");
}

/* "the novel T" with no owner or adjective: a title of two words, or
 * of one word that ends the clause; a person after the noun is none */
static void
test_bare_cue_noun (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Edda Kahl has written six books. In the novel Grey Harbour she turns to the sea. His memoir Lantern "
    "Days is the best of them. Ivo finished the novel Kahl never finished, and the biography Ada Pell "
    "wrote.\n");
  expect (recs, "Grey Harbour", "Kahl", 0);
  expect (recs, "Lantern Days", NULL, 0);
  g_assert_null (xt_find (recs, "Kahl"));
  g_assert_null (xt_find (recs, "Ada Pell"));
}

/* "Surname (T1, 1983; “T2,” 1991)": a quoted item in the list */
static void
test_surname_paren_quoted_item (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Orla Wendle, The River Clerks. Slate Press, 2019.\n\n"
    "Wendle (The Copper Orchard, 2003; \u201cNothing Left for the Ferryman,\u201d 2009) knows the estuary "
    "better than anyone.\n");
  expect (recs, "The Copper Orchard", "Wendle", 2003);
  expect (recs, "Nothing Left for the Ferryman", "Wendle", 2009);
}

/* A review of a life: works the context gives to the biographer are the
 * subject's; in a review of any other book they stay the author's. */
static void
test_biography_subject (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "MARA QUELL\nby Ada Vell\nSlate Press, 420 pp., \u00a320.00\n\n"
    "Quell wrote eleven novels and burned two. Vell writes well about Salt Meadow (1983) and best of all "
    "about The Long Weir, which Quell thought her best. Quell died in 1990, and Vell tells it plainly.\n");
  g_autoptr(GPtrArray) other = xt_extract (
    "The Salt Years\nby Ada Vell\nSlate Press, 420 pp., \u00a320.00\n\n"
    "Quell is the subject here and there, and Quell again. Vell writes well about Salt Meadow (1983), her "
    "own first book, and Quell would have agreed.\n");
  CkRecord *r = expect (recs, "Salt Meadow", "Quell", 1983);
  g_assert_cmpstr (xt_given (r, CK_ROLE_AUTHOR, 0), ==, "Mara");
  expect (recs, "The Long Weir", "Quell", 0);
  expect (recs, "MARA QUELL", "Vell", 0);
  expect (other, "Salt Meadow", "Vell", 1983);
}

/* "his edition of T": the person the context gives edited it; in a review
 * of a life the subject wrote it. */
static void
test_edition_of (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "MARA QUELL\nby Ada Vell\nSlate Press, 420 pp., \u00a320.00\n\n"
    "Quell wrote eleven novels and burned two. Since Ivo Marrant finished his edition of The Collected "
    "Letters in 2001, Quell has had few secrets, and Vell uses them well. Quell would have hated it.\n");
  CkRecord *r = xt_find (recs, "The Collected Letters");
  g_assert_nonnull (r);
  g_assert_cmpstr (xt_family (r, CK_ROLE_EDITOR, 0), ==, "Marrant");
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), ==, "Quell");
  g_assert_cmpint (xt_year (r), ==, 2001);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/context/list-in-dashes", test_list_in_dashes);
  g_test_add_func ("/extract/context/surname-paren-list", test_surname_paren_list);
  g_test_add_func ("/extract/context/published-title", test_published_title);
  g_test_add_func ("/extract/context/subject-books", test_subject_books);
  g_test_add_func ("/extract/context/cue-after-and-preposition", test_cue_after_and_preposition);
  g_test_add_func ("/extract/context/foreign-titles", test_foreign_titles);
  g_test_add_func ("/extract/context/comma-titles", test_comma_titles);
  g_test_add_func ("/extract/context/owner-capital-article", test_owner_capital_article);
  g_test_add_func ("/extract/context/opener-title", test_opener_title);
  g_test_add_func ("/extract/context/distractors", test_distractors);
  g_test_add_func ("/extract/context/question-titles", test_question_titles);
  g_test_add_func ("/extract/context/appositive-list", test_appositive_list);
  g_test_add_func ("/extract/context/authors-before", test_authors_before);
  g_test_add_func ("/extract/context/paragraph-subject", test_paragraph_subject);
  g_test_add_func ("/extract/context/own-title", test_own_title);
  g_test_add_func ("/extract/context/range-title-and-full-name", test_range_title_and_full_name);
  g_test_add_func ("/extract/context/cue-apposition", test_cue_apposition);
  g_test_add_func ("/extract/context/group-owners", test_group_owners);
  g_test_add_func ("/extract/context/bare-cue-noun", test_bare_cue_noun);
  g_test_add_func ("/extract/context/surname-paren-quoted-item", test_surname_paren_quoted_item);
  g_test_add_func ("/extract/context/biography-subject", test_biography_subject);
  g_test_add_func ("/extract/context/edition-of", test_edition_of);
  return g_test_run ();
}
