/* test-attribution.c — the owner of a work named in running prose
 * (attribution.c and the antecedent search in merge.c): bare possessives,
 * described people, "Name herself", OCR-spoilt surnames of the reviewed
 * author, columns of short notices, names that are titles, the review's
 * year for a reviewed book without one; and short titles (title-short.c,
 * "by NAME in T").  All titles, names and sentences are invented. */
#include "extract-test-util.h"

typedef struct {
  const char *path;
  const char *text;
  const char *title;    /* the record to look at */
  const char *family;   /* its first author, or NULL for none */
  const char *given;    /* that author's given name, or NULL to skip the check */
  int         year;     /* its year, 0 for none */
} AttrCase;

#define HEADER "THE SALT ROAD. By Ivo Marrant. (Hollin Press. 12s. 6d.)\n\n"

static const AttrCase cases[] = {
  /* a possessive that owns no word is a shop or a title's end */
  { "/extract/attribution/bare-possessive-shop",
    HEADER "Tessa Ormond edited the volume. Before that she kept a stall - her pamphlets sold at "
    "Pell's; she also published two tracts: Cold Pasture (1979) and Dry Country (1984).\n",
    "Cold Pasture", "Ormond", "Tessa", 1979 },
  { "/extract/attribution/bare-possessive-title-end",
    "Miss Ormond's new story is darker. Gone is the calm of Tea at Mrs. Penrose's (1951) and the "
    "wit of A Room over the Quay (1953).\n",
    "A Room over the Quay", "Ormond", NULL, 1953 },
  /* a possessive with its noun still owns the title */
  { "/extract/attribution/possessive-owner",
    "The heroine first appeared in Tessa Ormond's Cold Pasture (1979), a slow book.\n",
    "Cold Pasture", "Ormond", "Tessa", 1979 },
  /* "the fiddler NAME" is the book's subject; the sentence's subject wrote it */
  { "/extract/attribution/described-person",
    HEADER "Marrant likes to write in pieces: Blue Hour (1976), his book on the fiddler Lem "
    "Carbury, is one such patchwork, and in The Pale Ledger (1981), about his schooldays, the "
    "pieces are letters.\n",
    "The Pale Ledger", "Marrant", "Ivo", 1981 },
  /* "the work of NAME (see his T)" still names the writer */
  { "/extract/attribution/work-of-person",
    "Compare the work of D. Harlan Voss (see his Middle Rank and The Office Class), which "
    "shows how wealth gathers.\n",
    "Middle Rank", "Voss", NULL, 0 },
  /* "Name herself, in T (year)" */
  { "/extract/attribution/reflexive",
    HEADER "Ada Brill's Long March Home (1970) said it earlier. Corley herself, in Seven Trials "
    "(1962), had told the same story.\n",
    "Seven Trials", "Corley", NULL, 1962 },
  /* "Mr Marranl's …": OCR spoilt the reviewed author's surname */
  { "/extract/attribution/ocr-surname",
    HEADER "Mr Marranl's stories have argued this for a decade: The Tithe Barn (1951) followed a "
    "parish choosing its vicar.\n",
    "The Tithe Barn", "Marrant", "Ivo", 1951 },
  { "/extract/attribution/ocr-double-v",
    "THE COLD SPRING. By Ann Corwell. (Hollin Press. 8s. 6d.)\n\n"
    "Miss Corvvell's tales have long done this; The Iron Gate (1948) was the best of them.\n",
    "The Iron Gate", "Corwell", "Ann", 1948 },
  /* a different surname is a different person */
  { "/extract/attribution/not-ocr",
    HEADER "Mr Marsden's stories have argued this for a decade: The Tithe Barn (1951) followed a "
    "parish choosing its vicar.\n",
    "The Tithe Barn", "Marsden", NULL, 1951 },
  /* the reviewed book takes the year of the review that presents it */
  { "/extract/attribution/header-year-from-self",
    "THE SALT ROAD\nIvo Marrant\nHollin Press, £14.99, pp. 307\n\n"
    "An odd book, and a fine one; its final chapter is hard to like.\n\n"
    "MAREN OSSORY\n\nThe Weekly Lantern, 19 September 1992\n",
    "THE SALT ROAD", "Marrant", "Ivo", 1992 },
  /* a byline above the prose is no antecedent; the reviewed author is */
  { "/extract/attribution/byline-not-antecedent",
    "Tidewater\nIvo Marrant\nHollin Press, $23 (cloth)\n\nDANIEL OSSORY\n\n"
    "Harrowgate (1980) is, oddly, Ivo Marrant's one and only novel.\n",
    "Harrowgate", "Marrant", "Ivo", 1980 },
  /* one word after a possessive is a book when it is read or copied */
  { "/extract/attribution/reading-cue-possessive",
    "Tam is the boy. On the boat Tam reads Orrin's Tides with Tam's sister, slowly.\n",
    "Tides", "Orrin", NULL, 0 },
  { "/extract/attribution/reading-cue-companion",
    "Lise waits. The old man rereads Orrin's Tides with Lise and falls asleep.\n",
    "Tides", "Orrin", NULL, 0 },
  { "/extract/attribution/copy-of-possessive",
    "On his desk lay a battered copy of Strabo's Geographies, full of notes.\n",
    "Geographies", "Strabo", NULL, 0 },
  /* a name that is a title of the text is no owner; a regnal number no surname */
  { "/extract/attribution/title-not-person",
    "SALT HARBOUR. By Ivo Marrant. (Hollin Press. 9s.)\n\n"
    "Mr. Ivo Marrant ends with Salt Harbour the cycle he calls The Long Shore, which opened with "
    "Grey Morning in 1931.\n",
    "Grey Morning", "Marrant", "Ivo", 1931 },
  { "/extract/attribution/regnal-number",
    "Professor Lund's book on Otto IV and his court, Salt and Sword (1958), is the basis.\n",
    "Salt and Sword", "Lund", NULL, 1958 },
  /* “T,” her collection of …: the owner stands after the title */
  { "/extract/attribution/owner-after-quoted",
    "Tessa Ormond went north to study the fishing villages. Readers of \"Nets and Wives,\" her "
    "collection of harbour stories, will know her ear for talk.\n",
    "Nets and Wives", "Ormond", NULL, 0 },
  /* “a novel called “T”” takes the sentence's subject */
  { "/extract/attribution/named-quoted",
    "Six years ago Tessa Ormond came down from the hills with a thin, sharp novel called "
    "\"The Dry Ford,\" and the critics took notice.\n",
    "The Dry Ford", "Ormond", "Tessa", 0 },
  /* "W. K. Orrin in “T” (1929)": the name before "in" */
  { "/extract/attribution/name-in-quoted",
    "Where W. K. Orrin in \"The Salt Shrine\" (1929) saw only the strange, she sees a church.\n",
    "The Salt Shrine", "Orrin", "W. K.", 1929 },
  /* "T, just out in Canada, will reach us" */
  { "/extract/attribution/just-out",
    "Tessa Ormond has been silent for years. The Cold Orchard, just out in Canada, will reach us "
    "in the spring.\n",
    "The Cold Orchard", "Ormond", "Tessa", 0 },
  /* "compared with T": a title's shape makes it a title */
  { "/extract/attribution/compared-with",
    "Mr. Ivo Marrant's second novel will be compared with Rain on the Moor, and will lose.\n",
    "Rain on the Moor", "Marrant", "Ivo", 0 },
  /* "the cycle …, which went on last year with T" */
  { "/extract/attribution/series-went-on-with",
    "Mr. Ivo Marrant completes the cycle he calls The Long Shore, which began with Grey Morning "
    "in 1931 and went on last year with Salt Haven.\n",
    "Salt Haven", "Marrant", "Ivo", 0 },
  /* "the T by A and associates (Place, Year)" in prose */
  { "/extract/attribution/by-and-associates",
    "The second volume of the Annals of Shipping in the Baltic by Peter K. Horn and associates "
    "(Boston, 1941) stops in 1930.\n",
    "Annals of Shipping in the Baltic", "Horn", "Peter K.", 1941 },
  /* a web review's heading "Review: T by A" names the reviewed book */
  { "/extract/attribution/review-label-heading",
    "Review: Quiet Water by Tessa Ormond\n\nPosted 3 May 2019 | Fiction\n\n"
    "Ormond's third novel is her best, a slow story of two sisters and a boat.\n",
    "Quiet Water", "Ormond", "Tessa", 0 },
};

/* Owners in lives, obituaries and profiles (attribution.c): every text
 * is invented. */
static const XtCase owner_cases[] = {
  /* "her lives of A (T1, y) and B (T2, y)": the reviewed biographer wrote
   * them, not the subject of the life under review; nor does a name
   * joined by "of" to a capital ("a sequel to The Letters of NAME") own
   * them */
  { "/extract/attribution/lives-of-by-biographer",
    "Ada Vell: A Life by Tessa Ormond (Hollin Press, £20, 400pp)\n\n"
    "Vell burnt her papers in 1880. Tessa Ormond has rebuilt them patiently; the book is a kind of "
    "sequel to The Letters of Mark Dunne, and it is as sure as her lives of "
    "Lena Pross (The Quiet Harbour, 1990) and Karl Ebb (The Long Field, 1994).\n",
    { XT_TITLE ("The Quiet Harbour"), XT_AUTHOR ("Ormond"), XT_YEAR (1990),
      XT_TITLE ("The Long Field"), XT_AUTHOR ("Ormond") } },
  /* "her Peter Lusk: A Life (1997)": a life of someone else is the
   * biographer's own, not the reviewed life's subject's */
  { "/extract/attribution/life-of-other-by-biographer",
    "Ada Vell: A Life by Tessa Ormond (Hollin Press, £20, 400pp)\n\n"
    "Tessa Ormond's book is long and good. Critics liked her Peter Lusk: A Life (1997) less than "
    "this.\n",
    { XT_TITLE ("Peter Lusk"), XT_AUTHOR ("Ormond"), XT_YEAR (1997) } },
  /* an obituary: the books are the person the opening names, not a
   * relative named more often; a birth name, a kinsman and "the Danish
   * engraver NAME" own nothing */
  { "/extract/attribution/obituary-subject",
    "The Daily Lamp\nTuesday 3 May 2011\n\nIvo Brant\n\nFiddler, tinker and memoirist\n\n"
    "IVO BRANT, who died on Sunday at Hull, played the fiddle for sixty years.\n\n"
    "He was born Ivo Peter Lund, the son of Tom Lund, the painter, and the nephew of the sculptor "
    "Karl Lund and the Danish engraver Olaf Lund - a household he described, fondly, in The Lund "
    "Brothers (1970).\n\n"
    "Three books followed, Salt Water (1975), Grey Hours (1978) and Long Shore (1980), all about the road.\n",
    { XT_TITLE ("The Lund Brothers"), XT_AUTHOR ("Brant"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ivo"),
      XT_TITLE ("Grey Hours"), XT_AUTHOR ("Brant"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ivo") } },
  /* the subject's given name, though her husband's is the first full
   * name in mixed case */
  { "/extract/attribution/obituary-not-husband",
    "The Daily Lamp\nTuesday 3 May 2011\n\nOBITUARIES\n\nFiddler and memoirist\n\n"
    "ADA BRANT, who died on Sunday at Hull, played the fiddle for sixty years. In 1942 she married "
    "Tom Brant, a sailor.\n\n"
    "Her first book was a memoir, Salt Water (1975), written after his death.\n",
    { XT_TITLE ("Salt Water"), XT_AUTHOR ("Brant"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada") } },
  /* "Herr Vell's new novel": an honorific is no given name */
  { "/extract/attribution/honorific-not-given",
    "DAS HAUS. By Karl Vell. (Hollin Verlag. DM 19.80.)\n\n"
    "Herr Vell's new novel is his longest. Readers who know Herr Vell only through Grey Hours (1953) "
    "will find it harder going.\n",
    { XT_TITLE ("Grey Hours"), XT_AUTHOR ("Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Karl") } },
  /* the opening's full name gives way to the form the text uses */
  { "/extract/attribution/obituary-usual-name",
    "Ivo Brant (1921-2011)\n\nFiddler and writer\n\n"
    "Ivo Peter Brant, who died at Hull on Sunday, was the best fiddler of the north.\n\n"
    "His first book, Salt Water (1975), was a plain memoir.\n",
    { XT_TITLE ("Salt Water"), XT_AUTHOR ("Brant"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ivo") } },
  /* "the author of T" in a notice whose header opens the paragraph: the
   * notice's author, not the lead review's */
  { "/extract/attribution/notice-author-of",
    "BOOKS\n\nTHE WEEKLY LAMP, MAY 3, 1955\n\nThe Desert Road\n\n"
    "THE SALT ROAD. By Ivo Marrant. 412 pages. Hollin Press. $3.75.\n\n"
    "For ten years Ivo Marrant has written about deserts, and this long novel follows a caravan from "
    "the coast to the mountains. It is a slow march, but the reader is rewarded.\n\n"
    "THE GREY FIELD. By Ann Corwell. 300 pages. Scribner. $4.95. The author of \"Salt in the Wind\" "
    "turns from the sea to the farm, and the change suits her. The farm is a poor one, the family is "
    "large and quarrelsome, and the weather is against them all from the first page to the last; it "
    "is very well done.\n",
    { XT_TITLE ("Salt in the Wind"), XT_AUTHOR ("Corwell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ann") } },
  /* a sentence whose first person is a reviewed author owns the quoted
   * title; someone else between them and the title stops it */
  { "/extract/attribution/sentence-person-reviewed",
    "THE SALT ROAD. By Ivo Marrant. (Hollin Press. 8s. 6d.)\n"
    "THE GREY FIELD. By Ann Corwell. (Gale House. 7s. 6d.)\n\n"
    "Mr. Marrant writes of the desert again. Miss Corwell, a Canadian whose \"Cold Harbour\" (1928) "
    "was banned in Ottawa, writes of a farm. It is years since \"The Long Table\" made Mr. Marrant's "
    "name. Miss Corwell, like Peter Lusk in his youth, admires \"The Old Road\" (1920) above all.\n",
    { XT_TITLE ("Cold Harbour"), XT_AUTHOR ("Corwell"),
      XT_TITLE ("The Long Table"), XT_AUTHOR ("Marrant"),
      XT_TITLE ("The Old Road"), XT_AUTHOR (NULL) } },
  /* three books reviewed together: a story goes to the book the
   * paragraph names nearest before it, not to the first book; a title
   * that opens a sentence ("Grey Towers and Their Keepers sets …") is
   * no person */
  { "/extract/attribution/several-books-nearest",
    "NEW NOVELS\n\nThe Salt Road. By Ivo Marrant. (Hollin Press. 9s. 6d.)\n"
    "Grey Towers and Their Keepers. By Ann Corwell. (Gale House. 9s. 6d.)\n"
    "The Wrong Harbour. By Tom Kessel. (Scribner. 8s. 6d.)\n\n"
    "Readers who liked Mr. Marrant's first book will open The Salt Road with pleasure, and the desert "
    "is as hot as ever.\n\n"
    "Miss Corwell is not light, though she is often funny. Grey Towers and Their Keepers sets a school "
    "against a family, and the lessons become a study of tyranny. Those who were puzzled by the dialogue "
    "of Bell and Candle (1947) will find nothing easier here.\n\n"
    "Mr. Tom Kessel is a newcomer. The Wrong Harbour is a collection of ten stories of the coast, told in "
    "a cold voice. \"Low Tide\" and \"Sea Fret\" are the best of them.\n",
    { XT_TITLE ("Bell and Candle"), XT_AUTHOR ("Corwell"),
      XT_TITLE ("Low Tide"), XT_AUTHOR ("Kessel"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Wrong Harbour"),
      XT_TITLE ("Sea Fret"), XT_AUTHOR ("Kessel") } },
  /* editors by context: "the collections NAME edited, T1 and T2", "one of
   * the editors of T", "T, the collection NAME edited with NAME" */
  { "/extract/attribution/edited-by-context",
    "THE SALT ROAD. By Ivo Marrant. (Hollin Press. 12s. 6d.)\n\n"
    "The liberal view is given in the two collections Tessa Ormond edited for the Hollin Society, Salt "
    "and Stone (1965) and The Grey Coast (1967). Tom Kessel, one of the editors of The Labour Ledger "
    "(Boston, 1975), offers a broader account. Most of it goes back to 'The Long Shift' (1979), a "
    "single essay by Ann Corwell, and it was the centrepiece of The Lantern Years (Gale House, 1983), "
    "the collection Corwell edited with Peter Lusk.\n",
    { XT_TITLE ("Salt and Stone"), XT_AUTHOR (NULL), XT_FAMILY (CK_ROLE_EDITOR, 0, "Ormond"),
      XT_TITLE ("The Grey Coast"), XT_AUTHOR (NULL), XT_FAMILY (CK_ROLE_EDITOR, 0, "Ormond"),
      XT_TITLE ("The Labour Ledger"), XT_AUTHOR (NULL), XT_FAMILY (CK_ROLE_EDITOR, 0, "Kessel"),
      XT_TITLE ("The Lantern Years"), XT_AUTHOR (NULL), XT_FAMILY (CK_ROLE_EDITOR, 0, "Corwell"),
      XT_FAMILY (CK_ROLE_EDITOR, 1, "Lusk") } },
  /* "T, the volume which he edited"; "in A and B, eds., T" */
  { "/extract/attribution/edited-which-he-eds",
    "THE SALT ROAD. By Ivo Marrant. (Hollin Press. 12s. 6d.)\n\n"
    "The argument is not new to readers of The Grey Coast (London: Hollin, 1935), the volume of "
    "critical essays which he edited, nor to anyone who has followed the debate since.\n\n"
    "NOTES\n\n"
    "8 A. Lund and P. Vell, \"Harbours and Their Towns: An Introduction,\" in Lund and Vell, eds., "
    "Ports and Their Hinterlands (New York, 1967), 1-64.\n",
    { XT_TITLE ("The Grey Coast"), XT_AUTHOR (NULL), XT_FAMILY (CK_ROLE_EDITOR, 0, "Marrant"),
      XT_ABSENT ("Ports and Their Hinterlands"), XT_TITLE ("Harbours and Their Towns"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Ports and Their Hinterlands"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Lund"),
      XT_FAMILY (CK_ROLE_EDITOR, 1, "Vell") } },
  /* "the New Left's sources": a possessive after an article is a
   * movement, not the owner; "the author's father, whose T": an owner the
   * text does not name, so no one */
  { "/extract/attribution/entity-possessive-unnamed-owner",
    "THE FREE TOWN. By Ivo Marrant. (Hollin Press. 12s. 6d.)\n\n"
    "Marrant's book is the best of the year. Its formula has passed into common use, and his account "
    "of the New Left's intellectual sources is judicious. It builds on his earlier Salt and Stone "
    "(1981), whose thesis the new book extends.\n\n"
    "It owes something to Tom Kessel's Grain and Empire (New York, 1915), and something, one suspects, "
    "to the author's father, whose Old Roads in Country History (1922) first made the case.\n",
    { XT_TITLE ("Salt and Stone"), XT_AUTHOR ("Marrant"),
      XT_TITLE ("Grain and Empire"), XT_AUTHOR ("Kessel"),
      XT_TITLE ("Old Roads in Country History"), XT_AUTHOR (NULL) } },
  /* "NAME, whose essay T": NAME's, and no part of the reviewed book */
  { "/extract/attribution/whose-essay",
    "THE AGE OF SALT. By Ivo Marrant. (Hollin Press. 12s. 6d.)\n\n"
    "The sketches of the reformers are the best things here, above all Ada Quell, whose essay "
    "\"The Idle Hands\" (1840) Mr. Marrant saves from a century of neglect.\n",
    { XT_TITLE ("The Idle Hands"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, NULL) } },
  /* "The third volume, T, is promised": the reviewed author's series,
   * whoever the paragraph named first */
  { "/extract/attribution/series-next-volume",
    "THE SALT ROAD. By Ivo Marrant. (Hollin Press. 12s. 6d.)\n\n"
    "Historians have been less kind to the admiral. Tom Kessel's The Long Watch (1953) made him a "
    "villain. The third volume, The Harbour Light, is promised; it cannot come too soon.\n",
    { XT_TITLE ("The Harbour Light"), XT_AUTHOR ("Marrant") } },
  /* "his earlier T" sentences after the reviewed author was named: the
   * nearest person before, not the paragraph's first */
  { "/extract/attribution/nearest-reviewed-author",
    "THE SALT ROAD. By Ivo Marrant. (Hollin Press. 12s. 6d.)\n\n"
    "The argument is old. Mrs Ann Corwell made the same case in Grain and Chaff (1932), and Dr P. "
    "Lusk put it into the schools. What is new is Mr Marrant's refusal to preach. He writes as one "
    "who got out. Readers of his earlier Tide Tables (1951) will know that he reads closely.\n",
    { XT_TITLE ("Tide Tables"), XT_AUTHOR ("Marrant"),
      XT_TITLE ("Grain and Chaff"), XT_AUTHOR ("Corwell") } },
  /* "which NAME translated as T": a translator */
  { "/extract/attribution/translated-as",
    "THE SALT ROAD. By Ivo Marrant. (Hollin Press. 12s. 6d.)\n\n"
    "The Salt Road was the first book of the sequence that Ivo Marrant has been writing for a decade. "
    "It appeared in Italy as La strada in 1983, five years before Le nozze di Pietra, which Ann Corwell "
    "translated last year as The Stone Wedding (Cape, 1993).\n",
    { XT_TITLE ("The Stone Wedding"), XT_AUTHOR (NULL), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Corwell") } },
  /* "T (1986), the book on sport he wrote with NAME": a second author */
  { "/extract/attribution/wrote-with",
    "THE SALT ROAD. By Ivo Marrant. (Hollin Press. 12s. 6d.)\n\n"
    "Marrant never stopped applying the argument, most touchingly in The Quiet Ward (1985), and most "
    "surprisingly in Goals and Grounds (1986), the book on football he wrote with Tom Kessel.\n",
    { XT_TITLE ("Goals and Grounds"), XT_AUTHOR ("Marrant"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Kessel"),
      XT_TITLE ("The Quiet Ward"), XT_AUTHOR ("Marrant"), XT_FAMILY (CK_ROLE_AUTHOR, 1, NULL) } },
  /* "her stories in T": T printed them and is no work of hers */
  { "/extract/attribution/pieces-in",
    "THE GREY FIELD. By Ann Corwell. (Hollin Press. 12s. 6d.)\n\n"
    "Corwell's readers from the early days - her stories in The Salt Lantern, or her essay on "
    "debating, \"Win or Lose\", in The Harbour Review (Spring 2015) - will recognise the cool voice.\n",
    { XT_TITLE ("The Salt Lantern"), XT_AUTHOR (NULL),
      XT_TITLE ("Win or Lose"), XT_AUTHOR ("Corwell") } },
};

/* in a column of short notices the prose belongs to the header above it */
static void
test_column_of_notices (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Short notices\n\n"
    "Salt Meadows: A Parish Remembered. By Ivo Marrant. Hollin Press. 30s.\n\n"
    "A village talks about itself, the old ploughmen and the young mechanics alike. Mr Marrant has "
    "written it down with care and without sentiment, and the result is a quiet triumph.\n\n"
    "The Night Shift: Work and Wages. By Ada Brill and Tom Kessel. Gale Press. 25s.\n\n"
    "A survey of the factory towns. The authors made the case first in 'Wages and the Working "
    "Week' (Labour Quarterly, May 1961), and they make it again here.\n");
  CkRecord *r = xt_find (recs, "Wages and the Working Week");
  g_assert_nonnull (r);
  g_assert_cmpstr (xt_family (r, CK_ROLE_AUTHOR, 0), ==, "Brill");
}

/* "by NAME in T": the "by" says NAME wrote T, even without a title's
 * shape; a month after "on the" is a noun, not a date */
static void
test_by_name_in_title (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "The matter was treated earlier by Margaret Varga in Songs of the May and by Thomas Brede in "
    "Green Field, and both sold.\n");
  CkRecord *a = xt_find (recs, "Songs of the May"), *b = xt_find (recs, "Green Field");
  g_assert_nonnull (a);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Varga");
  g_assert_nonnull (b);
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Brede");
}

/* without "by", a name "in" a two-word run is somewhere, not in a book */
static void
test_name_in_place (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("Last summer Margaret Varga in Green Field met her brother.\n");
  g_assert_null (xt_find (recs, "Green Field"));
}

/* "T (1940) opened the cycle": a sentence may open with a title when a
 * verb of starting and a series noun follow; "the series of raids" is
 * no series of books */
static void
test_series_opener (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Mr Vell has written of the same town for years. Salt and Iron (1940) opened the cycle; "
    "The Grey Hall (1951) followed.\n");
  g_autoptr(GPtrArray) none = xt_extract ("The war was long. Dunmore (1916) ended the series of raids.\n");
  g_assert_nonnull (xt_find (recs, "Salt and Iron"));
  g_assert_null (xt_find (none, "Dunmore"));
}

/* a verb of writing takes people, periodicals and single words too */
static void
test_wrote_not_title (void)
{
  static const char * const texts[] = {
    "In 1950 she wrote Margaret Varga a long letter about the farm.\n",
    "Every week he wrote The Times a complaint.\n",
    "He wrote Parliament and the bishop.\n",
    "The port is often compared with Rio de Janeiro, and rightly.\n",
    "The port is often compared with Green Harbour, and rightly.\n",
    "The series of talks began with Peter Lund and ended with Anna Marsh.\n",
  };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) recs = xt_extract (texts[i]);
      g_assert_cmpuint (recs->len, ==, 0);
    }
}

/* a particle alone before a surname is part of it ("Le Varnier"), but
 * a given name that looks like one stays ("Van Horst") */
static void
test_particle_pseudonym (void)
{
  g_autoptr(GPtrArray) recs = xt_extract (
    "Le Varnier's The Glass Town (1930) is the villain, and Van Horst's Salt Meadow (1931) the hero.\n");
  CkRecord *a = xt_find (recs, "The Glass Town"), *b = xt_find (recs, "Salt Meadow");
  g_assert_nonnull (a);
  g_assert_cmpstr (xt_family (a, CK_ROLE_AUTHOR, 0), ==, "Le Varnier");
  g_assert_null (xt_given (a, CK_ROLE_AUTHOR, 0));
  g_assert_nonnull (b);
  g_assert_cmpstr (xt_family (b, CK_ROLE_AUTHOR, 0), ==, "Horst");
  g_assert_cmpstr (xt_given (b, CK_ROLE_AUTHOR, 0), ==, "Van");
}

/* without a cue, a possessive and one word is no title ("Vell's Harbour") */
static void
test_possessive_one_word_no_cue (void)
{
  g_autoptr(GPtrArray) recs = xt_extract ("They met at Vell's Harbour and walked on.\n");
  g_assert_null (xt_find (recs, "Harbour"));
}

static void
run_case (gconstpointer data)
{
  const AttrCase *c = data;
  g_autoptr(GPtrArray) recs = xt_extract (c->text);
  CkRecord *rec = xt_find (recs, c->title);
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, c->family);
  if (c->given)
    g_assert_cmpstr (xt_given (rec, CK_ROLE_AUTHOR, 0), ==, c->given);
  g_assert_cmpint (xt_year (rec), ==, c->year);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], run_case);
  xt_add_cases (owner_cases, G_N_ELEMENTS (owner_cases));
  g_test_add_func ("/extract/attribution/column-of-notices", test_column_of_notices);
  g_test_add_func ("/extract/attribution/possessive-one-word-no-cue", test_possessive_one_word_no_cue);
  g_test_add_func ("/extract/attribution/by-name-in-title", test_by_name_in_title);
  g_test_add_func ("/extract/attribution/name-in-place", test_name_in_place);
  g_test_add_func ("/extract/attribution/series-opener", test_series_opener);
  g_test_add_func ("/extract/attribution/wrote-not-title", test_wrote_not_title);
  g_test_add_func ("/extract/attribution/particle-pseudonym", test_particle_pseudonym);
  return g_test_run ();
}
