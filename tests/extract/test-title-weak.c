/* test-title-weak.c — titles with only a year after them
 * (src/lib/extract/title-weak.c, used by detect-bare.c): "T (YYYY)" and
 * "T in YYYY" with no cue word, and the events, places, institutions,
 * publishers and people that share the shape.  Every text is invented:
 * made-up authors, titles and publishers.  One row per shape (XtCase,
 * extract-test-util.h); XT_NO_WORK_HAS lists the words no work's title may
 * contain (a periodical named in prose is a record of its own). */
#include "extract-test-util.h"
#include "extract/detect-context.h"

#define QUINT_LANTERN "Orla Quint, The Lantern Coast. Heron Books, 2006. 280 pp.\n\n"
#define QUINT_CLERKS "Orla Quint, The Harbour Clerks. Heron Books, 2006. 280 pp.\n\n"
#define CORVO "Lena Corvo, The Salt Years. Pell Books, 2004. 320 pp.\n\n"

static const XtCase cases[] = {
  { "/extract/title-weak/year-paren-no-cue",
    QUINT_LANTERN
    "Quint is not read for her plots. Her early success - Salt Meadow (1983), set among drowned farms - "
    "was long and slow. The critics noted how Letters from Galicia (1988) found few buyers, and "
    "Quint says she is glad of it.\n",
    { XT_TITLE ("Salt Meadow"), XT_AUTHOR ("Quint"), XT_YEAR (1983),
      XT_TITLE ("Letters from Galicia"), XT_AUTHOR ("Quint"), XT_YEAR (1988) } },
  { "/extract/title-weak/in-year",
    QUINT_LANTERN
    "Quint's sea cycle opened with All the Quiet Hours in 1994 and closed a decade later. "
    "Ivo Marrant's edition of The Collected Letters in 2001 settled most questions.\n",
    { XT_TITLE ("All the Quiet Hours"), XT_AUTHOR ("Quint"), XT_YEAR (1994),
      XT_TITLE ("The Collected Letters"), XT_YEAR (2001) } },
  /* A title the text repeats whole is still a title; a name whose surname
   * recurs alone is a person. */
  { "/extract/title-weak/repeated-title-and-surname",
    QUINT_CLERKS
    "First came the drowned farms - Grey Lantern (1984), her first book - and Grey Lantern is still "
    "the one people ask for. The critic Orrin Tebb (1987) disliked it, and Tebb never changed his mind.\n",
    { XT_TITLE ("Grey Lantern"), XT_AUTHOR ("Quint"), XT_YEAR (1984), XT_ABSENT ("Orrin Tebb") } },
  /* The shapes that name no work: events, places, institutions,
   * publishers, periodicals and people with a year. */
  { "/extract/title-weak/distractors",
    CORVO
    "The book opens with the Russian Revolution (1917) and the General Strike of 1926, and follows Corvo's "
    "grandfather from Harvard (1936) to the docks. Carla Varro (1907-1967) appears on every page. Ezra Pound "
    "in 1945 was a prisoner; Paris in 1968 was a carnival. He went up to Oxford in 1936 and joined the "
    "Communist Party in 1931, long before he won the Nobel Prize in 1954. After the Treaty of Versailles in "
    "1919 and the Wall Street Crash in 1929, Franklin Roosevelt in 1933 promised a New Deal. Her aunt moved "
    "to Los Angeles in 1960 and then to New York in 1950. She studied at Columbia University in 1950 under "
    "Lionel Marsh (1951). Penguin Books in 1961 reissued the memoir, and Faber and Faber in 1930 had "
    "refused it. The Soviet Union in 1991 fell apart; Nazi Germany in 1938 annexed its neighbour; East "
    "Germany in 1953 rose. Bloody Sunday in 1972 ended the hope. The Radio Times in 1950 printed her "
    "portrait. Corvo met Tom Stoppard in 1967 and Mao Zedong in 1949. Kenneth Drury (1969) thinks "
    "otherwise, and so did Marsh in 1970. The Labour Government in 1945 nationalised the mines. Corvo "
    "taught at Bryn Mawr in 1940 and joined Time Magazine in 1941. Vatican Council II in 1962 changed her "
    "parish. Princeton in 1946 and Yale in 1947 offered her posts. Lake Geneva in 1816 is where it all "
    "began; Mont Blanc (1816) still stands. The Spanish Civil War (1936) took her brother; the Cold War in "
    "1947 took her job. Henry Jessop in 1904 came back to America. She sailed on the Queen Mary in 1947. "
    "Under Vell in Lisbon in 1953 nobody printed it. Her cousin reached Cork on a freighter in 1947. "
    "Corvo spent the war years at Bletchley Park (1940) and remembers the Marshall Plan (1948) as a boy. "
    "Operation Barbarossa (1941) took her uncle. Black Monday (1987) ruined her father. Vatican II (1962) "
    "and Henry VIII (1509) appear in passing, as do the Bloomsbury Group (1910) and Tiananmen Square in "
    "1989. She heard Simon and Garfunkel in 1966 and Ellis Island in 1907 saw her grandmother arrive. Kent "
    "State in 1970 and Silicon Valley in 1980 are the last chapters; the Battle of Britain (1940) the first. "
    "Her own work done at Gannet Labs in 1948 is described.\n",
    { XT_NO_WORK_HAS ("Russian Revolution", "General Strike", "Harvard", "Carla Varro", "Ezra Pound", "Paris",
                      "Oxford", "Communist Party", "Nobel Prize", "Treaty of Versailles", "Wall Street",
                      "Franklin Roosevelt", "Los Angeles", "New York", "Columbia University", "Lionel Marsh",
                      "Penguin", "Faber", "Soviet Union", "Germany", "Bloody Sunday", "Radio Times", "Tom Stoppard",
                      "Mao Zedong", "Kenneth Drury", "Marsh", "Labour Government", "Bryn Mawr", "Time Magazine",
                      "Vatican Council", "Princeton", "Lake Geneva", "Mont Blanc", "Spanish Civil War", "Cold War",
                      "Henry Jessop", "Queen Mary", "Vell in Lisbon", "Cork on a", "Bletchley", "Marshall Plan",
                      "Barbarossa", "Black Monday", "Vatican", "Henry", "Bloomsbury", "Tiananmen", "Simon",
                      "Ellis Island", "Kent State", "Silicon Valley", "Battle of", "Gannet Labs"),
      XT_TITLE ("The Salt Years"), XT_AUTHOR ("Corvo"), XT_YEAR (2004) } },
  /* A capital article after a preposition in mid-sentence opens a work;
   * places, periodicals and institutions written the same way do not.  A
   * run joined by "or" to such a title is one too, a person is not; the
   * article title first, "or" and a second title; a common noun the text
   * repeats ("Gull") is no surname. */
  { "/extract/title-weak/mid-sentence-article",
    CORVO
    "Corvo grew up in The Hague and later lived on The Strand, far from The Bronx where her father was born. "
    "She wrote for The New Yorker and in The Gannet Monthly in May 1951, a fellow of The Royal Society, "
    "and a member of The Labour Party. Her brother worked in The Netherlands with The Associated Press. "
    "She is weaker on The Long Pier, where the prose sags, and strongest on The Tides, which she rated "
    "highest. Ivo Marrant made the same case in The Quiet Salesmen, twenty years earlier, as did Ada Brisk. "
    "People who came to Corvo from Salt Meadow or A Book of Grey Hours are in for a shock, and "
    "friends of Carla Varro and The Harbour Clerks will not. She sailed on The Queen Mary and wrote on "
    "The Duke of Omnium, which nobody read. Those who know her from The Lamp Keepers or Bells in Winter "
    "will be surprised, and so will readers of Our Gull in Cork or The Third Gull.\n",
    { XT_NO_WORK_HAS ("Hague", "Strand", "Bronx", "Yorker", "Gannet", "Royal Society", "Labour", "Netherlands",
                      "Associated", "Queen Mary", "Duke"),
      XT_TITLE ("The New Yorker"), XT_TYPE (CK_TYPE_PERIODICAL),
      XT_TITLE ("The Long Pier"), XT_AUTHOR ("Corvo"),
      XT_TITLE ("The Tides"), XT_AUTHOR ("Corvo"),
      XT_TITLE ("The Quiet Salesmen"),
      XT_TITLE ("A Book of Grey Hours"), XT_AUTHOR ("Corvo"),
      XT_TITLE ("Salt Meadow"), XT_AUTHOR ("Corvo"),
      XT_NO_WORK_HAS ("Carla Varro"),
      XT_TITLE ("The Lamp Keepers"), XT_AUTHOR ("Corvo"),
      XT_TITLE ("Bells in Winter"), XT_AUTHOR ("Corvo"),
      XT_TITLE ("The Third Gull") } },
  /* A hard-wrapped text breaks a title across lines. */
  { "/extract/title-weak/title-across-lines",
    QUINT_LANTERN
    "Quint leans on her brother's memoir, in Slowly Along\n"
    "the Coast (1969), for the years at sea, and she says\n"
    "so plainly.\n",
    { XT_TITLE ("Slowly Along the Coast"), XT_YEAR (1969) } },
  /* Hard-wrapped newspaper prose: "whose The T", "The\nT in YYYY". */
  { "/extract/title-weak/wrapped-article-titles",
    "THE GLASS HOUSE. By Martha Quell. 340 pp. New York:\nHeron & Sons. $3.95.\n\n"
    "Mrs. Quell owes something to Ada Tarrant, whose The Magnificent\n"
    "Lamplighters won every prize going. Readers who enjoyed The\n"
    "Late Harbour Master in 1937 will like this one, and so will those\n"
    "who remember the Crash in 1929.\n",
    { XT_TITLE ("The Magnificent Lamplighters"), XT_AUTHOR ("Tarrant"),
      XT_TITLE ("The Late Harbour Master"), XT_YEAR (1937),
      XT_NO_WORK_HAS ("Crash") } },
  /* At the start of a sentence only a run with a title's shape (an inner
   * lower-case "of", "a", "to") counts; names, institutions and bands do
   * not. */
  { "/extract/title-weak/sentence-start",
    CORVO
    "It is a long book. University of Chicago (1950) hired her. Tebb and Gannet (1990) argue otherwise. "
    "During the Blitz in 1940 she stayed. Since the Revolution (1917) nothing was the same. Bank of "
    "England (1946) was taken over. Museum of Modern Art in 1939 showed her. The Rolling Stones in 1969 "
    "played. Van der Berg and Co (1950) printed it. The Red Army in 1945 reached the river. After the "
    "Treaty of Versailles in 1919 she left. Sermon of a Lamplighter (1949) opened on the coast. Born in "
    "Whitby in 1932, she never left. She lived through Operation Overlord in 1944, the Munich Agreement in "
    "1938 and Marshall Aid in 1948. Her brother came home after Black September (1970).\n",
    { XT_NO_WORK_HAS ("Chicago", "Tebb", "Blitz", "Revolution", "Bank", "Museum", "Rolling", "Berg", "Red Army",
                      "Treaty", "Whitby", "Overlord", "Munich", "Marshall Aid", "Black September"),
      XT_TITLE ("Sermon of a Lamplighter"), XT_YEAR (1949) } },
  /* a verb right after the year makes a sentence-initial run its subject,
   * a title when the weak test finds no person, place or event in it */
  { "/extract/title-weak/sentence-start-subject",
    CORVO
    "She has written much. Beyond Lanterns (1994) showed how well she handles the tides. Mabel Vell (1952) grew up "
    "in Derby. Northern Ireland (1969) saw riots. The General Strike (1926) failed. Great Britain (1945) voted. "
    "Salt Works (1950) closed.\n",
    { XT_TITLE ("Beyond Lanterns"), XT_YEAR (1994), XT_NO_WORK_HAS ("Mabel", "Ireland", "Strike", "Britain", "Salt Works") } },
  /* a parenthesis headed by a work noun glosses a title (detect-gloss-paren.c);
   * one headed by another noun, or after a person or an event, does not */
  { "/extract/title-weak/gloss-paren",
    "It is a long book. She twice read Harbour Lights (a slim novel of 1951) before the war. They sailed "
    "from Salt Harbour (the town of her first novel) at dawn. Then came the General Strike (the subject of a "
    "novel) and Ada Vell (the author of a novel) left.\n",
    { XT_TITLE ("Harbour Lights"), XT_YEAR (1951), XT_FIRED ("gloss-paren"),
      XT_NO_WORK_HAS ("Salt Harbour", "Strike", "Ada Vell") } },
  /* the subject of winning a book prize (detect-prize.c): a title when the
   * weak test finds no person, place or institution in it */
  { "/extract/title-weak/prize-subject",
    "It is a long book. When Salt Harbour won the Hill Prize in 2009, she was abroad. Later Hilary Vell won the "
    "Lamp Award. In 1990 North Wales won the Cup Prize. The Lamp Society won the Gold Medal.\n",
    { XT_TITLE ("Salt Harbour"), XT_YEAR (0), XT_FIRED ("prize-subject"),
      XT_NO_WORK_HAS ("Hilary", "Wales", "Society") } },
  /* a capitalised verb inside a run in mid-sentence (detect-verb-title.c);
   * at a sentence's start, or in capitals, it proves nothing */
  { "/extract/title-weak/verb-title",
    "It is a long book. It came out only after Every Day Is Salt Day and Vacant Rooms had made her name. "
    "Nothing Is Lost, she said. He shouted WHO IS THERE at the door. He told Tom Is Here and left.\n",
    { XT_TITLE ("Every Day Is Salt Day"), XT_TITLE ("Vacant Rooms"), XT_FIRED ("verb-title"),
      XT_NO_WORK_HAS ("Nothing", "THERE", "Tom") } },
  /* "The Diary of Name" in mid-sentence (detect-genre-of.c): the person
   * wrote it; a given name alone is a character, "the diary" a thing */
  { "/extract/title-weak/genre-of",
    "It is a long book. She quotes the whole of The Collected Letters of Ada Quell, and more. He met The Diary of "
    "Tom at noon. She kept the diary of Tom Orr for years.\n",
    { XT_TITLE ("The Collected Letters of Ada Quell"), XT_AUTHOR ("Quell"), XT_FIRED ("genre-of"),
      XT_NO_WORK_HAS ("Diary of Tom", "diary of Tom Orr") } },
  /* a title named after a person keeps the person's initials */
  { "/extract/title-weak/initials-kept",
    "He is known as the author of a careful book on Ada Quell (1939) and a short one on E. M. Vell (1943), and "
    "of a novel, The Salt Weir (1947), which was admired.\n",
    { XT_TITLE ("E. M. Vell"), XT_YEAR (1943), XT_ABSENT ("Vell"), XT_ABSENT ("M. Vell") } },
  /* "at Hogg House with Two Lamps (1919)": the title starts after the
   * preposition that ends a place or a name the text repeats */
  { "/extract/title-weak/cut-after-place",
    QUINT_LANTERN
    "The Hogg firm was run from a back room at Hogg House with Two Lamps (1919) to start with, "
    "printed by the Quints themselves.\n",
    { XT_TITLE ("Two Lamps"), XT_YEAR (1919), XT_NO_WORK_HAS ("Hogg House") } },
  /* Divisions of a text with a year, alone or in a list, are no titles. */
  { "/extract/title-weak/divisions",
    CORVO
    "The argument of Part Two (1990) is weaker, and Chapter Five in 1990 was cut. Volume Three (1951) "
    "never appeared; see Table 2 (1990) and Figure IV (2001).\n",
    { XT_COUNT (1) } },
  /* A book named for a character ("on Mrs Harrow (1923)") is a title when
   * the text never uses that name again; a politician it keeps naming, or
   * one with a given name, is a person. */
  { "/extract/title-weak/honorific-titles",
    QUINT_CLERKS
    "Quint writes best about Mrs Harrow (1923), and about the years when Mr Gallant (1957) led the council; "
    "Gallant was no reader. She met Mrs Ada Pell (1960) once, and wrote to Sir Toby (1961).\n",
    { XT_TITLE ("Mrs Harrow"), XT_AUTHOR ("Quint"), XT_YEAR (1923), XT_NO_WORK_HAS ("Gallant", "Pell", "Toby") } },
  /* A text that cites in author-date style: "Given Family (YYYY)" and lists
   * of surnames with years are references to people, not titles. */
  { "/extract/title-weak/author-date-text",
    "The Marsh State\nBy Marcus Pardell\nSlate University Press, 2011. 280 pp.\n\n"
    "Pardell returns to the debate opened by Orrick (1979) and Tebb (1978). Against Barrow Quint (1966), he "
    "argues that peasants mattered less than states; with Gannet (1991) he stresses demography. Jeffery "
    "Pardoe (1975) is treated with less respect. Pardell's own earlier Lords and Peasants (2003) made a "
    "similar case.\n",
    { XT_NO_WORK_HAS ("Orrick", "Tebb", "Barrow Quint", "Gannet", "Pardoe"),
      XT_TITLE ("Lords and Peasants"), XT_AUTHOR ("Pardell"), XT_YEAR (2003) } },
};

/* The helpers on their own. */
static void
test_helpers (void)
{
  CkExtractCtx *ctx = xt_ctx_new ("He saw the Congress of Vienna and North Wales and Salt Meadow today .");
  guint c = xt_tok_index (ctx, "Congress"), nw = xt_tok_index (ctx, "North"), sm = xt_tok_index (ctx, "Salt");
  g_assert_true (ck_ctx_names_non_work (ctx, c, c + 3));
  g_assert_true (ck_ctx_names_non_work (ctx, nw, nw + 2));
  g_assert_false (ck_ctx_names_non_work (ctx, sm, sm + 2));
  g_assert_true (ck_ctx_weak_title_ok (ctx, sm, sm + 2, 0));
  /* at the sentence start a capital proves nothing */
  g_assert_false (ck_ctx_weak_title_ok (ctx, sm, sm + 2, sm));
  g_assert_false (ck_ctx_weak_title_ok (ctx, sm, sm + 2, sm + 1));
  /* one word is a surname or a place */
  g_assert_false (ck_ctx_weak_title_ok (ctx, sm, sm + 1, 0));
  xt_ctx_free (ctx);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  g_test_add_func ("/extract/title-weak/helpers", test_helpers);
  return g_test_run ();
}
