/* test-detect-bare.c — titles with no mark at all (no italics, no quotes)
 * in running prose, followed by a parenthesised year or imprint: the
 * commonest way reviewers cite in plain text (src/lib/extract/detect-bare.c
 * and the title helpers it uses).  A battery written from the convention,
 * not from any evaluation text: every author, title and firm is invented.
 * One row per variant (XtCase, extract-test-util.h); the distractor rows
 * list words no work's title may contain. */
#include "extract-test-util.h"

/* the reviewed book, so the texts read like reviews */
#define HEAD "Ilse Varrow, The Tin Orchard. Heron Books, 2011. 312 pp.\n\n"

static const XtCase cases[] = {
  /* after a verb and a preposition */
  { "/extract/bare/after-verb-with",
    HEAD "Varrow's critics compare it with Copper Lanes (1990), her first book.\n",
    { XT_TITLE ("Copper Lanes"), XT_YEAR (1990), XT_AUTHOR ("Varrow") } },
  { "/extract/bare/followed-by",
    HEAD "Her debut was followed by Winter at Tarrow (1967), a quieter book.\n",
    { XT_TITLE ("Winter at Tarrow"), XT_YEAR (1967), XT_AUTHOR ("Varrow") } },
  { "/extract/bare/as-in-imprint",
    HEAD "The sea is always near, as in Night Crossings (Cape, 1972), and the sea is cold.\n",
    { XT_TITLE ("Night Crossings"), XT_YEAR (1972), XT_FIELD (CK_FIELD_PUBLISHER, "Cape") } },
  { "/extract/bare/genre-noun",
    HEAD "Her memoir Salt and Cinder (1988) tells the rest.\n",
    { XT_TITLE ("Salt and Cinder"), XT_YEAR (1988), XT_AUTHOR ("Varrow") } },
  { "/extract/bare/possessive-pronoun",
    HEAD "Varrow's brother Aldo wrote about the pits in his Pit Village Stories (1979).\n",
    { XT_TITLE ("Pit Village Stories"), XT_YEAR (1979) } },
  { "/extract/bare/readers-of-place-imprint",
    HEAD "Readers of A Cottage by the Weir (London: Faber, 1961) will know the valley.\n",
    { XT_TITLE ("A Cottage by the Weir"), XT_YEAR (1961), XT_FIELD (CK_FIELD_PUBLISHER, "Faber"),
      XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Weir"), XT_ABSENT ("Cottage") } },
  /* two titles after "with": the second must not take the first's last
   * word for an author */
  { "/extract/bare/two-with",
    HEAD "One compares it with Copper Lanes (1990) and with Moth Summers (Virago, 1993).\n",
    { XT_TITLE ("Copper Lanes"), XT_YEAR (1990), XT_TITLE ("Moth Summers"), XT_YEAR (1993),
      XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Lanes"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Lanes") } },
  /* inner lower-case words that look like cues */
  { "/extract/bare/inner-by",
    HEAD "Nothing she wrote matches A House by the Tarn (1961) for warmth.\n",
    { XT_TITLE ("A House by the Tarn"), XT_YEAR (1961), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Tarn") } },
  { "/extract/bare/inner-prepositions",
    HEAD "She went on to Songs for the Drowned (1955), Notes on a Burning Field (1960) and "
    "Voices from the Lower Deck (1966), then to Dinner at the Grand (1971).\n",
    { XT_TITLE ("Songs for the Drowned"), XT_YEAR (1955), XT_TITLE ("Notes on a Burning Field"), XT_YEAR (1960),
      XT_TITLE ("Voices from the Lower Deck"), XT_YEAR (1966), XT_TITLE ("Dinner at the Grand"), XT_YEAR (1971) } },
  { "/extract/bare/inner-to-with-of",
    HEAD "Then came A Letter to My Brother (1970), which sold, and Bread with Olives (1974), which did not; "
    "The Year of the Hare (1981) closed the decade.\n",
    { XT_TITLE ("A Letter to My Brother"), XT_YEAR (1970), XT_TITLE ("Bread with Olives"), XT_YEAR (1974),
      XT_TITLE ("The Year of the Hare"), XT_YEAR (1981) } },
  /* lists */
  { "/extract/bare/list-three",
    HEAD "Her novels Grey Shutters (1961), Tallow Lamps (1964) and The Brass Key (Cape, 1970) are all set in Leeds.\n",
    { XT_TITLE ("Grey Shutters"), XT_YEAR (1961), XT_TITLE ("Tallow Lamps"), XT_YEAR (1964),
      XT_TITLE ("The Brass Key"), XT_YEAR (1970), XT_AUTHOR ("Varrow") } },
  { "/extract/bare/list-and-later",
    HEAD "She wrote Marrow Field (1961) and later Thin Ice Country (1972).\n",
    { XT_TITLE ("Marrow Field"), XT_YEAR (1961), XT_TITLE ("Thin Ice Country"), XT_YEAR (1972) } },
  /* where the title stands */
  { "/extract/bare/sentence-start",
    HEAD "It is a long book. Copper Lanes (1990) is still her best.\n",
    { XT_TITLE ("Copper Lanes"), XT_YEAR (1990) } },
  { "/extract/bare/line-start",
    HEAD "It is a long book.\nA House of Small Rooms (1984) came next.\n",
    { XT_TITLE ("A House of Small Rooms"), XT_YEAR (1984) } },
  { "/extract/bare/after-colon",
    HEAD "Two earlier books matter: Ash Orchard (1975) and Lantern Hill Songs (1979).\n",
    { XT_TITLE ("Ash Orchard"), XT_YEAR (1975), XT_TITLE ("Lantern Hill Songs"), XT_YEAR (1979) } },
  { "/extract/bare/after-dash",
    HEAD "Her second book - Ash Orchard (1975) - was a failure.\n",
    { XT_TITLE ("Ash Orchard"), XT_YEAR (1975) } },
  /* the title's own shape */
  { "/extract/bare/subtitle",
    HEAD "It draws on her Deep Water: A Memoir of the Tyne (1985).\n",
    { XT_TITLE ("Deep Water"), XT_YEAR (1985) } },
  { "/extract/bare/number-words",
    HEAD "She made her name with Forty Days of Rain (1962).\n",
    { XT_TITLE ("Forty Days of Rain"), XT_YEAR (1962) } },
  { "/extract/bare/apostrophe",
    HEAD "Few now read The Ferryman's Daughter (1968) or A Miner's Christmas (1930).\n",
    { XT_TITLE ("The Ferryman's Daughter"), XT_YEAR (1968), XT_TITLE ("A Miner's Christmas"), XT_YEAR (1930) } },
  /* imprints */
  { "/extract/bare/imprint-place-firm",
    HEAD "The best account is still in Rivers of Slate (New York: Knopf, 1949).\n",
    { XT_TITLE ("Rivers of Slate"), XT_YEAR (1949), XT_FIELD (CK_FIELD_PUBLISHER, "Knopf"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New York") } },
  { "/extract/bare/imprint-two-word-firm",
    HEAD "She took the form from Glass Weather (Chatto & Windus, 1958).\n",
    { XT_TITLE ("Glass Weather"), XT_YEAR (1958) } },
  /* distractors: no work at all */
  { "/extract/bare/distractors",
    HEAD "Her father fought in the Spanish Civil War (1936) and joined the Labour Party (1900) late. "
    "Ben Vell (1907-1967) was her teacher. London (1990) was unkind. After the Treaty of Rome (1957) she "
    "moved, and Professor Ada Quell (Oxford) wrote to her. She worked for the BBC (1990). Chapter Three "
    "(pp. 40-52) is the best. The Marshall Plan (1948) paid for the school.\n",
    { XT_NO_WORK_HAS ("Spanish", "Labour", "Vell", "London", "Treaty", "Quell", "BBC", "Chapter", "Marshall"),
      XT_COUNT (1) } },
  /* a person before (Publisher, Year) is the author of the title after */
  { "/extract/bare/person-then-title",
    HEAD "Her model was Tomas Greer, whose Harbour Nights (Heron, 1950) she admired.\n",
    { XT_TITLE ("Harbour Nights"), XT_AUTHOR ("Greer"), XT_YEAR (1950), XT_ABSENT ("Tomas Greer") } },
  { "/extract/bare/person-with-life-dates",
    HEAD "Her teacher Ben Vell (1907-1967) wrote Ploughland (1950).\n",
    { XT_ABSENT ("Ben Vell"), XT_NO_WORK_HAS ("Vell") } },
  /* round two: more imprints, cues and shapes */
  { "/extract/bare/imprint-reissue",
    HEAD "She had read Harrow Fields (1961; reissued 1990) as a girl.\n",
    { XT_TITLE ("Harrow Fields"), XT_YEAR (1961) } },
  { "/extract/bare/imprint-two-firms",
    HEAD "The model is plainly Glass Weather (Chatto and Windus, 1958), which she admired.\n",
    { XT_TITLE ("Glass Weather"), XT_YEAR (1958) } },
  { "/extract/bare/imprint-place-only",
    HEAD "The voice is that of Small Hours at Mirren (Paris, 1931), her first book.\n",
    { XT_TITLE ("Small Hours at Mirren"), XT_YEAR (1931) } },
  { "/extract/bare/sentence-opening-in",
    HEAD "It is a long book. In Coal Town Stories (1979) she had tried the same thing.\n",
    { XT_TITLE ("Coal Town Stories"), XT_YEAR (1979) } },
  { "/extract/bare/like-unlike",
    HEAD "Unlike Moth Summers (1993), this book has a plot, and like Copper Lanes (1990) it is short.\n",
    { XT_TITLE ("Moth Summers"), XT_YEAR (1993), XT_TITLE ("Copper Lanes"), XT_YEAR (1990) } },
  { "/extract/bare/both-and",
    HEAD "She wrote both Grey Shutters (1961) and Tallow Lamps (1964) in Rome.\n",
    { XT_TITLE ("Grey Shutters"), XT_YEAR (1961), XT_TITLE ("Tallow Lamps"), XT_YEAR (1964) } },
  { "/extract/bare/and-its-sequel",
    HEAD "She wrote Grey Shutters (1961) and its sequel, Tallow Lamps (1964), in Rome.\n",
    { XT_TITLE ("Grey Shutters"), XT_YEAR (1961), XT_TITLE ("Tallow Lamps"), XT_YEAR (1964) } },
  { "/extract/bare/question-title",
    HEAD "Her only thriller, Who Drowned the Ferryman? (1955), is a lark.\n",
    { XT_TITLE ("Who Drowned the Ferryman?"), XT_YEAR (1955) } },
  { "/extract/bare/title-opens-with-preposition",
    HEAD "The islands are the subject of On Small Islands (1964) as well, and she wrote in Under the "
    "Lamp (1954) of her father.\n",
    { XT_TITLE ("On Small Islands"), XT_YEAR (1964), XT_TITLE ("Under the Lamp"), XT_YEAR (1954) } },
  { "/extract/bare/hyphenated",
    HEAD "She turned to the sea in Sea-Change at Orford (1960).\n",
    { XT_TITLE ("Sea-Change at Orford"), XT_YEAR (1960) } },
  { "/extract/bare/ampersand",
    HEAD "Then came Bread & Lanterns (1970), a cookery memoir.\n",
    { XT_TITLE ("Bread & Lanterns"), XT_YEAR (1970) } },
  { "/extract/bare/one-word-with-genre",
    HEAD "Her novel Ploughland (1950) was set on the same farm.\n",
    { XT_TITLE ("Ploughland"), XT_YEAR (1950), XT_AUTHOR ("Varrow") } },
  { "/extract/bare/one-word-with-firm",
    HEAD "It was followed by Ploughland (Cape, 1950).\n",
    { XT_TITLE ("Ploughland"), XT_YEAR (1950), XT_FIELD (CK_FIELD_PUBLISHER, "Cape") } },
  { "/extract/bare/title-with-title",
    HEAD "She sets Stone Cradle (1975) beside Moth Summers (Virago, 1993) and finds both wanting.\n",
    { XT_TITLE ("Stone Cradle"), XT_YEAR (1975), XT_TITLE ("Moth Summers"), XT_YEAR (1993),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Cradle"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Summers") } },
  { "/extract/bare/another-author-named",
    HEAD "Varrow learnt more from Tomas Greer than from anyone; his Harbour Nights (1950) and Iron Gulls "
    "(1956) are everywhere in it.\n",
    { XT_TITLE ("Harbour Nights"), XT_AUTHOR ("Greer"), XT_TITLE ("Iron Gulls"), XT_AUTHOR ("Greer") } },
  { "/extract/bare/distractors-two",
    HEAD "She was born in Edinburgh (1931) and remembers the Festival of Britain (1951), World War II (1939) "
    "and the Great Depression (1929). She won the Booker Prize (1980) and wrote for the Times Literary "
    "Supplement (1990); Harvard University Press (1990) published her essays. She met Queen Victoria's "
    "great-grandson and heard Pope John XXIII (1958) speak. Mrs Tallis (1979) was her landlady.\n",
    { XT_NO_WORK_HAS ("Edinburgh", "Festival", "World War", "Depression", "Booker", "Harvard", "Pope", "Tallis"),
      XT_COUNT (2) } },
  /* round three: places inside titles, lists of every kind, names next to titles */
  { "/extract/bare/place-inside-title",
    HEAD "Her debut was followed by Winter in Lisbon (1967) and A Summer at Ostend (1970).\n",
    { XT_TITLE ("Winter in Lisbon"), XT_YEAR (1967), XT_TITLE ("A Summer at Ostend"), XT_YEAR (1970) } },
  { "/extract/bare/imprint-with-pages-price",
    HEAD "The sequel is Tallow Lamps (London: Cape, 1972, 240 pp., 30s.), which is shorter.\n",
    { XT_TITLE ("Tallow Lamps"), XT_YEAR (1972), XT_FIELD (CK_FIELD_PUBLISHER, "Cape") } },
  { "/extract/bare/number-opens-title",
    HEAD "She then wrote Twelve Winters (1970), about her grandmother.\n",
    { XT_TITLE ("Twelve Winters"), XT_YEAR (1970) } },
  { "/extract/bare/list-mixed-imprints",
    HEAD "Her novels Grey Shutters (1961), Tallow Lamps (Cape, 1964) and Iron Gulls (1970) sold well.\n",
    { XT_TITLE ("Grey Shutters"), XT_YEAR (1961), XT_TITLE ("Tallow Lamps"), XT_YEAR (1964),
      XT_TITLE ("Iron Gulls"), XT_YEAR (1970) } },
  { "/extract/bare/list-semicolons",
    HEAD "The three are Grey Shutters (1961); Tallow Lamps (1964); and Iron Gulls (1970).\n",
    { XT_TITLE ("Grey Shutters"), XT_TITLE ("Tallow Lamps"), XT_TITLE ("Iron Gulls"), XT_YEAR (1970) } },
  { "/extract/bare/list-or",
    HEAD "Nobody now reads Grey Shutters (1961) or Tallow Lamps (1964).\n",
    { XT_TITLE ("Grey Shutters"), XT_TITLE ("Tallow Lamps"), XT_YEAR (1964) } },
  { "/extract/bare/from-to",
    HEAD "Her range runs from Grey Shutters (1961) to Iron Gulls (1970).\n",
    { XT_TITLE ("Grey Shutters"), XT_YEAR (1961), XT_TITLE ("Iron Gulls"), XT_YEAR (1970) } },
  { "/extract/bare/between-and",
    HEAD "Between Grey Shutters (1961) and Iron Gulls (1970) she wrote nothing.\n",
    { XT_TITLE ("Grey Shutters"), XT_YEAR (1961), XT_TITLE ("Iron Gulls"), XT_YEAR (1970) } },
  { "/extract/bare/name-comma-title",
    HEAD "Compare Tomas Greer, Harbour Nights (1950), with this.\n",
    { XT_TITLE ("Harbour Nights"), XT_YEAR (1950), XT_AUTHOR ("Greer") } },
  { "/extract/bare/title-year-by-author",
    HEAD "She learnt from Harbour Nights (1950) by Tomas Greer.\n",
    { XT_TITLE ("Harbour Nights"), XT_YEAR (1950), XT_AUTHOR ("Greer"), XT_ABSENT ("Tomas Greer") } },
  { "/extract/bare/life-dates-then-title",
    HEAD "Ben Vell (1907-1967), whose Ploughland (1950) she edited, was her uncle.\n",
    { XT_TITLE ("Ploughland"), XT_YEAR (1950), XT_ABSENT ("Ben Vell"), XT_NO_WORK_HAS ("Vell") } },
  { "/extract/bare/distractors-three",
    HEAD "She lived in Paris (1931) and The Hague (1899), holidayed on Lake Como (1950) and sailed to "
    "New York (1949). She read of the Hundred Years War (1337) and the Great Exhibition (1851), saw the "
    "Cuban Missile Crisis (1962) on television and the Beatles (1962) in Liverpool. Act Two (1990) and Book "
    "Three (1991) are weaker. Sir Walter Scott (1771) and King George V (1910) appear, as do Vell and "
    "Orr (1990), though Orr is wrong.\n",
    { XT_NO_WORK_HAS ("Paris", "Hague", "Como", "New York", "Hundred", "Exhibition", "Cuban", "Beatles", "Act Two",
                      "Book Three", "Scott", "George", "Orr"),
      XT_COUNT (1) } },
  /* round four: owners, line breaks, brackets, more distractors */
  { "/extract/bare/owner-adjective",
    HEAD "Her early Ash Meadows (1975) and her late Iron Gulls (1990) frame the career.\n",
    { XT_TITLE ("Ash Meadows"), XT_YEAR (1975), XT_TITLE ("Iron Gulls"), XT_YEAR (1990), XT_AUTHOR ("Varrow") } },
  { "/extract/bare/collected",
    HEAD "Everything is in her Collected Stories (1980).\n",
    { XT_TITLE ("Collected Stories"), XT_YEAR (1980), XT_AUTHOR ("Varrow") } },
  { "/extract/bare/pronoun-i-title",
    HEAD "The memoir she called I Remember Salt (1961) is the key.\n",
    { XT_TITLE ("I Remember Salt"), XT_YEAR (1961) } },
  { "/extract/bare/wrapped-line",
    HEAD "The sea is the subject of her second novel, which she called\nGrey Shutters (1961), and of the\n"
    "stories in Tallow\nLamps (1964).\n",
    { XT_TITLE ("Grey Shutters"), XT_YEAR (1961), XT_TITLE ("Tallow Lamps"), XT_YEAR (1964) } },
  { "/extract/bare/inside-aside",
    HEAD "The ending (her Grey Shutters (1961) ends the same way) is abrupt.\n",
    { XT_TITLE ("Grey Shutters"), XT_YEAR (1961) } },
  { "/extract/bare/year-then-colon",
    HEAD "Then came Iron Gulls (1970): a failure, and a brave one.\n",
    { XT_TITLE ("Iron Gulls"), XT_YEAR (1970) } },
  { "/extract/bare/distractors-four",
    HEAD "She served in the Second World War (1939-45) and remembers the Education Act (1944). Politics "
    "came later, after Suez (1956) and during Vietnam (1965). Hurricane Katrina (2005) took her house, and "
    "HMS Tarrant (1940) her brother. Dr Ada Quell (Leeds) and Professor Tom Orr (Oxford) read the proofs.\n",
    { XT_NO_WORK_HAS ("World War", "Education", "Suez", "Vietnam", "Katrina", "Tarrant", "Quell", "Orr"),
      XT_COUNT (1) } },
  /* two titles opening a sentence: the first is no author of the second */
  { "/extract/bare/pair-opens-sentence",
    HEAD "It is a long book. Copper Lanes (1990) and Moth Summers (Virago, 1993) are better. Stone Cradle "
    "(1975) and Iron Gulls (1980) are worse.\n",
    { XT_TITLE ("Copper Lanes"), XT_YEAR (1990), XT_TITLE ("Moth Summers"), XT_YEAR (1993),
      XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Lanes"), XT_TITLE ("Stone Cradle"), XT_TITLE ("Iron Gulls"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Lanes"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Cradle") } },
  { "/extract/bare/pair-of-people",
    HEAD "It is a long book. Ada Tebb (1950) and Tom Orr (1960) were her teachers. Pius XII (1939) and "
    "Tebb Orr (1958) are named too.\n",
    { XT_NO_WORK_HAS ("Tebb", "Orr", "Pius"), XT_COUNT (1) } },
  /* round five: a verb of sequence before "by", an owner in apposition after */
  { "/extract/bare/followed-by-plain",
    HEAD "Her debut was followed by Copper Lanes (1979). Her teacher was joined by Tebb Orr (1979) and "
    "followed by Ada Vell (1980).\n",
    { XT_TITLE ("Copper Lanes"), XT_YEAR (1979), XT_AUTHOR ("Varrow"), XT_NO_WORK_HAS ("Orr", "Vell") } },
  { "/extract/bare/owner-in-apposition",
    HEAD "It owes much to Harbour Nights (1950), Tomas Greer's best book, and to Iron Gulls (1953), "
    "Greer's second novel; nothing to Salt Clerks (1956), London's favourite novel.\n",
    { XT_TITLE ("Harbour Nights"), XT_AUTHOR ("Greer"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Tomas"),
      XT_TITLE ("Iron Gulls"), XT_AUTHOR ("Greer"), XT_TITLE ("Salt Clerks"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "London") } },
  /* round six: words before the year, "by Name" after a list */
  { "/extract/bare/lead-date-words",
    HEAD "She reworked Ash Meadows (first published 1975), Iron Gulls (first published in 1980) and "
    "Salt Clerks (c. 1984).\n",
    { XT_TITLE ("Ash Meadows"), XT_YEAR (1975), XT_TITLE ("Iron Gulls"), XT_YEAR (1980),
      XT_TITLE ("Salt Clerks"), XT_YEAR (1984) } },
  { "/extract/bare/lead-date-people",
    HEAD "She knew Tebb Orr (born 1950), the Salt Company (founded 1950) and Ada Vell (c. 1950), and lived "
    "in Orford Ness (in 1975).\n",
    { XT_NO_WORK_HAS ("Orr", "Company", "Vell", "Orford"), XT_COUNT (1) } },
  { "/extract/bare/list-by-author",
    HEAD "She admired Ash Meadows (1975) and Iron Gulls (1980) by Tomas Greer.\n",
    { XT_TITLE ("Ash Meadows"), XT_AUTHOR ("Greer"), XT_TITLE ("Iron Gulls"), XT_AUTHOR ("Greer"),
      XT_ABSENT ("Tomas Greer"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Gulls") } },
  { "/extract/bare/list-opens-sentence",
    HEAD "It is a long book. Copper Lanes (1961), Moth Summers (1964) and Stone Cradle (1966) are all set in Leeds.\n",
    { XT_TITLE ("Copper Lanes"), XT_YEAR (1961), XT_TITLE ("Moth Summers"), XT_TITLE ("Stone Cradle"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Lanes") } },
  { "/extract/bare/list-joiners",
    HEAD "She wrote Copper Lanes (1961) as well as Moth Summers (1964); Stone Cradle (1966), then Iron Gulls "
    "(1970); and Salt Clerks (1972) but not Ash Meadows (1975).\n",
    { XT_TITLE ("Copper Lanes"), XT_TITLE ("Moth Summers"), XT_TITLE ("Stone Cradle"), XT_TITLE ("Iron Gulls"),
      XT_TITLE ("Salt Clerks"), XT_TITLE ("Ash Meadows"), XT_YEAR (1975) } },
  /* a run opening the sentence is a title only before a book's predicate */
  { "/extract/bare/sentence-start-predicates",
    HEAD "It is a long book. Copper Lanes (1990) tells of a flood. Moth Summers (1993) was her first novel. "
    "Stone Cradle (1995) remains her finest.\n",
    { XT_TITLE ("Copper Lanes"), XT_YEAR (1990), XT_TITLE ("Moth Summers"), XT_YEAR (1993),
      XT_TITLE ("Stone Cradle"), XT_YEAR (1995) } },
  { "/extract/bare/sentence-start-distractors",
    HEAD "It is slow. New Labour (1997) promised much. Black Mountain (1950) attracted poets. Grand Central "
    "(1913) is a station. Anna Vell (1950) is her aunt. Tebb Orr (1950) is her uncle. Great Yarmouth (1950) "
    "is a town. Wall Street (1929) is the backdrop. Royal Navy (1940) is mentioned. General Motors (1950) is "
    "a firm. Cape Cod (1950) is lovely. Marks and Spencer (1950) is a shop. Tate Modern (2000) is big. Tin "
    "Pan Alley (1920) is noisy. Scotland Yard (1950) is busy. Whitehall (1950) is grey. Ellis Vane (1950) "
    "is a poet. Port Said (1956) is a port. Tebb Marsh (1950) was her first husband.\n",
    { XT_COUNT (1) } },
  { "/extract/bare/owner-who-liked-it",
    HEAD "It recalls Harbour Nights (1950), Tomas Greer's favourite book, and a stay at Salt House (first "
    "in 1975).\n",
    { XT_TITLE ("Harbour Nights"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Greer"), XT_NO_WORK_HAS ("Salt House") } },
  { "/extract/bare/later-date-words",
    HEAD "She went to Tarrow Hall (1950; rebuilt 1960). She read Ash Meadows (1975; 2nd edn 1980) and "
    "Iron Gulls (1961, trans. 1970).\n",
    { XT_TITLE ("Ash Meadows"), XT_YEAR (1975), XT_TITLE ("Iron Gulls"), XT_YEAR (1961),
      XT_NO_WORK_HAS ("Tarrow") } },
  { "/extract/bare/name-after-by",
    HEAD "A novel by Tebb Marsh (1965) came out that year, and the premier was succeeded by Tebb Orr (1964); "
    "her debut was preceded by Copper Lanes (1979).\n",
    { XT_NO_WORK_HAS ("Marsh", "Orr"), XT_TITLE ("Copper Lanes"), XT_YEAR (1979) } },
  { "/extract/bare/person-after-person-noun",
    HEAD "The novelist Tebb Marsh (1965) is her model. The poet Nan Quill (1975) praised it. The novel's hero, "
    "Tebb Hollis (1990), dies. Her film Tebb Grange (1990) is a documentary, and her careful book on Vell "
    "Harte (1980) a study.\n",
    { XT_NO_WORK_HAS ("Marsh", "Quill", "Hollis"), XT_TITLE ("Tebb Grange"), XT_YEAR (1990),
      XT_TITLE ("Vell Harte"), XT_YEAR (1980) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
