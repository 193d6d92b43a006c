/* test-year-paren.c — a title in running prose followed by a parenthesis
 * with its year, place and year or publisher and year ("T (1955)", "T
 * (Gannet, 1970)"): the signs that mark the run as a title
 * (src/lib/extract/title-yearparen.c, detect-bare.c) and the events,
 * people and places that share the shape.  Every text is invented:
 * made-up authors, titles and publishers. */
#include "extract-test-util.h"
#include "extract/title-yearparen.h"

/* the reviewed book's header and an opening sentence, so that the cited
 * works stand in running prose */
#define QUINT "Orla Quint, The Lantern Coast. Heron Books, 2006. 280 pp.\n\n" \
  "Quint is a patient and careful writer of history, and this is her best book so far. "

static const XtCase cases[] = {
  /* ------------------------------------------ the common shapes, a battery */
  { "/extract/year-paren/battery/place-year",
    QUINT "Her first book, Salt Meadow (London, 1979), was a study of fen drainage.\n",
    { XT_TITLE ("Salt Meadow"), XT_AUTHOR ("Quint"), XT_YEAR (1979), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London") } },
  { "/extract/year-paren/battery/publisher-year",
    QUINT "Her study The Tidal Mind (Harvard, 1953) is still read, and she began with Copper Lanes: A Memoir "
    "(Gannet, 1970).\n",
    { XT_TITLE ("The Tidal Mind"), XT_AUTHOR ("Quint"), XT_YEAR (1953), XT_TITLE ("Copper Lanes"),
      XT_FIELD (CK_FIELD_SUBTITLE, "A Memoir"), XT_YEAR (1970) } },
  { "/extract/year-paren/battery/after-verbs-and-prepositions",
    QUINT "Quint's Grey Rivers (1937) came first. The argument appeared in Copper Lanes (1984), she is the author "
    "of Moth Years (1986), and she wrote Salt Harbour (1990) in a single winter.\n",
    { XT_TITLE ("Grey Rivers"), XT_YEAR (1937), XT_TITLE ("Copper Lanes"), XT_YEAR (1984), XT_TITLE ("Moth Years"),
      XT_YEAR (1986), XT_TITLE ("Salt Harbour"), XT_AUTHOR ("Quint"), XT_YEAR (1990) } },
  { "/extract/year-paren/battery/list-opening-sentence",
    QUINT "Copper Lanes (1984), Moth Years (1986) and Salt Harbour (1990) form a cycle.\n",
    { XT_TITLE ("Copper Lanes"), XT_TITLE ("Moth Years"), XT_TITLE ("Salt Harbour"), XT_AUTHOR ("Quint"),
      XT_YEAR (1990) } },
  { "/extract/year-paren/battery/across-line-breaks",
    QUINT "Her early work -\nThe Long Harbour\nof Evening (1984) - was ignored.\n",
    { XT_TITLE ("The Long Harbour of Evening"), XT_YEAR (1984) } },
  { "/extract/year-paren/battery/inner-words",
    QUINT "The best of them is A Winter in Lisbon (1988). Her satire, Whose Harbour Is It? (1962), has dated; her "
    "history, The Salt Road, 1420-1560 (1963), made her name; Notes of a Fen Daughter (1955) is the best.\n",
    { XT_TITLE ("A Winter in Lisbon"), XT_YEAR (1988), XT_TITLE ("Whose Harbour Is It?"), XT_YEAR (1962),
      XT_TITLE ("The Salt Road, 1420-1560"), XT_YEAR (1963), XT_TITLE ("Notes of a Fen Daughter"), XT_YEAR (1955) } },
  { "/extract/year-paren/battery/sentence-start",
    QUINT "Copper Lanes (1984) is still her best book. In Moth Years (1986) she found her voice.\n",
    { XT_TITLE ("Copper Lanes"), XT_YEAR (1984), XT_TITLE ("Moth Years"), XT_YEAR (1986) } },
  /* the things dated the same way that are no works */
  { "/extract/year-paren/battery/distractors",
    QUINT "The book opens with the Russian Revolution (1917) and the General Strike (1926). Her grandfather, "
    "Carla Varro (1907-1967), was a docker; the strike (1926) ruined him. Congress (1955) and the Housing Act "
    "(1944) changed the town; the Revolution (1848) did not. She studied at Harvard University (1950) and "
    "lived in North Wales (1960). Tebb (1990) and Marsh (1992) disagree with her, and Orrin Tebb (1987) said "
    "so.\n",
    { XT_NO_WORK_HAS ("Revolution", "Strike", "strike", "Varro", "Congress", "Act", "Harvard", "Wales", "Tebb",
                      "Marsh") } },
  /* ---------------------------------------------- "readers of T (YYYY)" */
  { "/extract/year-paren/readers-of-one-word",
    "The readers of Quillon (1934) and\nof Salt and Ember (1936) will know that Ada Vell has only one subject.\n",
    { XT_TITLE ("Quillon"), XT_YEAR (1934), XT_TITLE ("Salt and Ember"), XT_YEAR (1936), XT_COUNT (2) } },
  { "/extract/year-paren/readers-of-sentence-start",
    "The new book is long. Readers of\nMarrow Lantern (1924) and of An Essay\non Tidal Method (1933) will find "
    "it familiar.\n",
    { XT_TITLE ("Marrow Lantern"), XT_YEAR (1924), XT_TITLE ("An Essay on Tidal Method"), XT_YEAR (1933),
      XT_NO_TITLE_HAS ("Readers"), XT_COUNT (2) } },
  /* a place that is read is a book */
  { "/extract/year-paren/reader-of-place",
    "The reader of Verses (1931) and of Lisbon (1934) will recognise the mixture of conscience and pride.\n",
    { XT_TITLE ("Verses"), XT_YEAR (1931), XT_TITLE ("Lisbon"), XT_YEAR (1934), XT_COUNT (2) } },
  { "/extract/year-paren/admirers-of",
    "Admirers of Dunmore (1962) will find the new novel thinner.\n",
    { XT_TITLE ("Dunmore"), XT_YEAR (1962), XT_COUNT (1) } },
  /* what readers read about is no work: people, events, periodicals, and
   * a place after admirers (who admire places too) */
  { "/extract/year-paren/readers-of-distractors",
    "Readers of history know the General Strike (1926) well. The readers of Carla Varro (1907-1967) are "
    "few. Admirers of Lisbon (1934) went there in May. Readers of "
    "the Revolution (1848) will learn little. Her readers of 1950 (a small band) were loyal.\n",
    { XT_COUNT (0) } },

  /* ------------------------------------- "Name from T", "Name in T" */
  { "/extract/year-paren/person-from-title",
    "Marra is a hard writer to love. Readers who know Marra from Bitter Hours (1987), her memoir of her father, "
    "or from The Long Table (2001) will recognise the voice.\n",
    { XT_TITLE ("Bitter Hours"), XT_YEAR (1987), XT_AUTHOR ("Marra"), XT_TITLE ("The Long Table"), XT_YEAR (2001),
      XT_NO_TITLE_HAS ("from"), XT_COUNT (2) } },
  { "/extract/year-paren/honorific-in-title-imprint",
    "The ground had been covered by Sir Anton Veel in Prelude to Ruin, 1938-1939 (Gannet, 1948) and its "
    "sequel.\n",
    { XT_TITLE ("Prelude to Ruin, 1938-1939"), XT_AUTHOR ("Veel"), XT_YEAR (1948), XT_NO_TITLE_HAS ("Sir"),
      XT_COUNT (1) } },
  /* a title with "from" or "in" of its own stays whole */
  { "/extract/year-paren/title-with-from",
    "Her best book is still Letters from Galway (1936), and Death in Lanark (1950) is close.\n",
    { XT_TITLE ("Letters from Galway"), XT_YEAR (1936), XT_TITLE ("Death in Lanark"), XT_YEAR (1950),
      XT_COUNT (2) } },

  /* ------------------------------------------ after an owner's possessive */
  { "/extract/year-paren/possessive-title-with-is",
    "The older studies were narrow. Professor Tomas Orrin's\nHow Norway is Governed (Harvard, 1953) is more "
    "alive to these questions. And Mr. Pell is inclined to treat Trotsky's What is to be\nAttempted? (1905) as "
    "if it held the whole of the later state.\n",
    { XT_TITLE ("How Norway is Governed"), XT_AUTHOR ("Orrin"), XT_YEAR (1953),
      XT_TITLE ("What is to be Attempted?"), XT_AUTHOR ("Trotsky"), XT_YEAR (1905),
      XT_ABSENT ("How Norway"), XT_ABSENT ("Governed"), XT_COUNT (2) } },
  /* "is" that is the sentence's verb stays out of the title */
  { "/extract/year-paren/possessive-verb-not-title",
    "The older studies were narrow. Ada Orrin's Salt Roads (1953) is more alive, and Vell's Grey Harbour "
    "(Gannet, 1960) is still in print.\n",
    { XT_TITLE ("Salt Roads"), XT_AUTHOR ("Orrin"), XT_TITLE ("Grey Harbour"), XT_AUTHOR ("Vell"),
      XT_COUNT (2) } },
  { "/extract/year-paren/owner-generic-title",
    "The memoirs of the members, Tom Brack's Book (New York, 1929) and Ada Lyle's Wobble (Chicago, 1948), "
    "are lively.\n",
    { XT_TITLE ("Tom Brack's Book"), XT_AUTHOR ("Brack"), XT_YEAR (1929), XT_TITLE ("Wobble"), XT_AUTHOR ("Lyle"),
      XT_ABSENT ("Book"), XT_COUNT (2) } },
  /* "Vell's book (1929)" in lower case is no title at all */
  { "/extract/year-paren/owner-generic-lower",
    "The memoirs are many. Tom Brack's book (1929) is lively.\n",
    { XT_ABSENT ("Book"), XT_ABSENT ("Tom Brack's Book"), XT_ABSENT ("book") } },
  { "/extract/year-paren/his-majesty-inside-title",
    "Bligh's version, as set out in his earlier Narrative of the Revolt on Board\nHis Majesty's Brig Swallow "
    "(1790), was not far from the truth.\n",
    { XT_TITLE ("Narrative of the Revolt on Board His Majesty's Brig Swallow"), XT_YEAR (1790),
      XT_ABSENT ("Brig Swallow"), XT_ABSENT ("Majesty's Brig Swallow"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Majesty"),
      XT_COUNT (1) } },

  /* ------------------------------------ titles closed by a span of years */
  { "/extract/year-paren/year-range-title-in-list",
    "Professor Quell, whose The Fall of the Hansa Towns (1963) and Imperial Venice, 1380-1520 (1963) made him "
    "famous, has written again.\n",
    { XT_TITLE ("The Fall of the Hansa Towns"), XT_YEAR (1963), XT_TITLE ("Imperial Venice, 1380-1520"), XT_YEAR (1963),
      XT_COUNT (2) } },
  { "/extract/year-paren/year-range-title-alone",
    "Quell wrote best in his Imperial Venice, 1380-1520 (1963) about the salt trade.\n",
    { XT_TITLE ("Imperial Venice, 1380-1520"), XT_YEAR (1963), XT_COUNT (1) } },
  /* a place or an event with its dates is no title */
  { "/extract/year-paren/year-range-distractors",
    "He fought in the Great War, 1914-1918 (1930). She worked in Paris, 1920-1930 (1931) and then moved.\n",
    { XT_COUNT (0) } },

  /* ------------------------------------------- lists and spans of works */
  /* ", and" after one item joins two clauses, not one title's items */
  { "/extract/year-paren/comma-and-two-clauses",
    "Vell has rebuilt herself since: Corvallo (2006) went down into the underworld with Persephone, and Faithful "
    "and Wintry Night (2014) was narrated by an old painter. Her best is Salt, Iron, and Rope (1990).\n",
    { XT_TITLE ("Faithful and Wintry Night"), XT_YEAR (2014), XT_TITLE ("Salt, Iron, and Rope"), XT_YEAR (1990),
      XT_NO_TITLE_HAS ("Persephone") } },
  { "/extract/year-paren/from-title-to-title",
    "Start with the collected poems, which gather everything from Firstling (1968) to A Harbour Life, and then "
    "read the prose. Her range runs from Cold Stair (1970) to Grey Lantern (1990).\n",
    { XT_TITLE ("Firstling"), XT_YEAR (1968), XT_TITLE ("Cold Stair"), XT_YEAR (1970), XT_TITLE ("Grey Lantern"),
      XT_YEAR (1990) } },
  /* people and places over a span of years */
  { "/extract/year-paren/from-to-distractors",
    "The book covers the years from Kennedy (1961) to Nixon (1969) and beyond, and from Kennedy (1961) to "
    "Richard Nixon (1969). The tour went from Lisbon (1934) to The Hague in a year.\n",
    { XT_COUNT (0) } },

  /* ------------------------------------------------ quoted, with a year */
  { "/extract/year-paren/quoted-title-with-comma",
    "For ten years Vell has been writing. In \"Will You Stay Awake, Please?\" (1976), which was nominated for a "
    "prize, and in \"What We Say When We Say Nothing\" (1981), his men sat at tables.\n",
    { XT_TITLE ("Will You Stay Awake, Please?"), XT_YEAR (1976), XT_TITLE ("What We Say When We Say Nothing"),
      XT_YEAR (1981), XT_NO_TITLE_HAS ("Please\""), XT_COUNT (2) } },
  /* quoted speech with commas has no year: no work */
  { "/extract/year-paren/quoted-speech-with-comma",
    "He shouted \"Come Here, John\" and left. She said \"Yes, Sir, At Once\" to him.\n",
    { XT_COUNT (0) } },

  /* ------------------------------------- "works by Name (Title, Year)" */
  { "/extract/year-paren/lives-by-name-title-year",
    "Since then there have been lives by Ada Quell (Varro, 1997), Tom Orrin (Ivo Varro: A Political Life, 1985) "
    "and, most fully, Ben Tull.\n",
    { XT_TITLE ("Varro"), XT_AUTHOR ("Quell"), XT_YEAR (1997), XT_TITLE ("Ivo Varro"), XT_FIELD (CK_FIELD_SUBTITLE, "A Political Life"),
      XT_AUTHOR ("Orrin"), XT_YEAR (1985), XT_COUNT (2) } },
  /* a place is an imprint's, and a visit is no work */
  { "/extract/year-paren/by-name-imprint-distractors",
    "There were visits by Ada Quell (London, 1997) and talks by Tom Orrin (Gannet, 1985). There are books by "
    "Ivo Marr (Boston, 1990) and others.\n",
    { XT_NO_TITLE_HAS ("London"), XT_NO_TITLE_HAS ("Gannet"), XT_NO_TITLE_HAS ("Boston") } },
  /* "X's novels, Name's T (2005) and T2 (2009)": the possessive is the
   * title's own, the works are the first owner's */
  { "/extract/year-paren/possessive-title-in-apposition",
    "Vell's first two novels, Tom Lane's Ghost (2005) and The Book of Salt Women (2009), were historical and "
    "rural.\n",
    { XT_TITLE ("Tom Lane's Ghost"), XT_AUTHOR ("Vell"), XT_YEAR (2005), XT_TITLE ("The Book of Salt Women"),
      XT_AUTHOR ("Vell"), XT_ABSENT ("Ghost"), XT_COUNT (2) } },
  /* with no owner before the noun the possessive names the author */
  { "/extract/year-paren/possessive-after-unowned-noun",
    "He reviewed two books, Tom Lane's Salt Roads (2005) and Ada Vell's Grey Days (2009), for the paper.\n",
    { XT_TITLE ("Salt Roads"), XT_AUTHOR ("Lane"), XT_TITLE ("Grey Days"), XT_AUTHOR ("Vell"), XT_COUNT (2) } },
  /* "in YYYY" after an owner's run dates an event, not a title's words */
  { "/extract/year-paren/possessive-run-ends-at-in-year",
    QUINT "She tells the century through its painters, from Orrin's Gannet Triptych in 1906 to Ada Vell.\n",
    { XT_NO_TITLE_HAS ("1906"), XT_NO_TITLE_HAS ("Ada Vell") } },
  /* …but "in" and a word stay a title's ("Salt in Winter") */
  { "/extract/year-paren/possessive-title-with-in",
    QUINT "Vell's Salt in Winter (1990) is good.\n",
    { XT_TITLE ("Salt in Winter"), XT_AUTHOR ("Vell"), XT_YEAR (1990) } },
  /* an owner right after a title's colon is part of the subtitle */
  { "/extract/year-paren/possessive-inside-subtitle",
    QUINT "Pair it with his Tidemark: The Harbour's Long Memory of Itself (2011).\n",
    { XT_TITLE ("Tidemark"), XT_FIELD (CK_FIELD_SUBTITLE, "The Harbour's Long Memory of Itself"), XT_YEAR (2011),
      XT_ABSENT ("Long Memory of Itself"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Harbour") } },
  /* a title's span of years wrapped onto the next line of prose */
  { "/extract/year-paren/year-range-wrapped",
    QUINT "Until the Gannet edition, The Harbour,\n1798-1799 (Ithaca, N.Y., 1977), it had never been printed.\n",
    { XT_TITLE ("The Harbour, 1798-1799"), XT_YEAR (1977), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Ithaca, N.Y.") } },
  /* an honorific and a surname alone may open a title; with a full name
   * and a preposition it is a person doing something */
  { "/extract/year-paren/honorific-title-and-person",
    QUINT "Her later Mrs Quell in Harbour Lodge (Gannet, 1969) is the best in the book. His chapters, which he "
    "wrote with Mr. J. N. L.\nMyres for the Harbour History of Wessex\n(1936), are the best in the book.\n",
    { XT_TITLE ("Mrs Quell in Harbour Lodge"), XT_YEAR (1969), XT_NO_TITLE_HAS ("Myres"),
      XT_NO_TITLE_HAS ("Harbour History") } },
  /* ---- a quoted title with ", and" inside it */
  { "/extract/year-paren/quoted-comma-and",
    "Benchley published \"My Ten Years in a Rowboat, and How They Grew\" (1936) and much else.\n",
    { XT_TITLE ("My Ten Years in a Rowboat, and How They Grew"), XT_YEAR (1936), XT_COUNT (1) } },
  { "/extract/year-paren/quoted-comma-and-speech",
    "He asked, \"Tea, and Biscuits?\" and left the room.\n", { XT_COUNT (0) } },
};

static void
test_helpers (void)
{
  CkExtractCtx *ctx = xt_ctx_new ("Readers of Salt Moon and of Tide were told by Sir Ivo Orr in Grey Rain.");
  guint r = xt_tok_index (ctx, "Readers"), sir = xt_tok_index (ctx, "Sir"), ivo = xt_tok_index (ctx, "Ivo");
  guint grey = xt_tok_index (ctx, "Grey");
  g_assert_cmpuint (ck_reader_opener_skip (ctx, r, r + 4), ==, r + 2);
  g_assert_true (ck_reader_cue_before (ctx, r + 2, r));
  g_assert_true (ck_reader_cue_strict (ctx, r + 2, r));
  g_assert_false (ck_reader_cue_before (ctx, sir, r));
  g_assert_cmpuint (ck_honorific_skip (ctx, sir, grey + 2), ==, ivo);
  g_assert_cmpuint (ck_honorific_skip (ctx, ivo, grey + 2), ==, ivo);
  g_assert_cmpuint (ck_person_prep_cut (ctx, sir, grey + 2), ==, grey);
  g_assert_cmpuint (ck_person_prep_cut (ctx, grey, grey + 2), ==, grey + 2);
  xt_ctx_free (ctx);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  g_test_add_func ("/extract/year-paren/helpers", test_helpers);
  return g_test_run ();
}
