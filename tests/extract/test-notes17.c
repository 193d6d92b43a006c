/* test-notes17.c — conventions read in the seventeenth session.  Every
 * text is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* ---- Chicago bibliography entries (detect-styles.c, scholar-shapes.c) */
  /* a star marks the books reviewed in the issue; a three-word family with a particle */
  { "/extract/notes17/style-entry-star-and-long-family",
    "BOOKS RECEIVED\n\n*Vell, Anna J. The Salt Harbours of the North. New York: Heron Books, 1974. Pp. xii, 330.\n\n"
    "Le Breton du Quell, Marie. The Tide Tables. Paris: Gannet, 1961.\n",
    { XT_TITLE ("The Salt Harbours of the North"), XT_AUTHOR ("Vell"), XT_YEAR (1974),
      XT_TITLE ("The Tide Tables"), XT_AUTHOR ("Le Breton du Quell"), XT_YEAR (1961), XT_COUNT (2) } },
  /* "4 vols." between the title and the imprint; an editor's "ed." */
  { "/extract/notes17/style-entry-volumes-sentence",
    "Bibliography\n\nQuell, Wayne D., ed. Salt Villages of the Baltic: A Documentary History. 4 vols. Boston: "
    "Harbour House, 1975.\n",
    { XT_TITLE ("Salt Villages of the Baltic"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"),
      XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "4"), XT_FIELD (CK_FIELD_PUBLISHER, "Harbour House"), XT_YEAR (1975) } },
  /* "Translated, with an introduction, by X." with Chicago's commas; "1932. Reprint, London: …" */
  { "/extract/notes17/style-entry-role-commas-and-reprint",
    "Bibliography\n\nVellman, Mark. The Silent Pier. Translated, with an introduction, by Ruth Quell. Urbana: "
    "Lantern Press, 1966.\n\nQuellman, Ralph. The Quay. 1932. Reprint, London: Gannet Press, 1970.\n",
    { XT_TITLE ("The Silent Pier"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Quell"), XT_YEAR (1966),
      XT_TITLE ("The Quay"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press") } },
  /* ---- author-date lists (detect-authordate.c) */
  /* AAA: the names on a line of their own, then one entry per line opening with its year; ", ed." */
  { "/extract/notes17/author-date-names-line-year-lines",
    "References Cited\n\nQuell, Clara\n  1962 The Salt Harbours of the North. London: Gannet Press.\n"
    "  1968 Tides and Tallies. Journal of Harbour Studies 12(2):101-119.\n\nVell, Oskar, ed.\n"
    "  1974 Fishing Villages of the Coast. New York: Heron Books.\n",
    { XT_TITLE ("The Salt Harbours of the North"), XT_AUTHOR ("Quell"), XT_YEAR (1962),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_TITLE ("Tides and Tallies"), XT_AUTHOR ("Quell"), XT_YEAR (1968),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Harbour Studies"), XT_FIELD (CK_FIELD_VOLUME, "12"),
      XT_TITLE ("Fishing Villages of the Coast"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_YEAR (1974), XT_COUNT (3) } },
  /* ---- review headers (detect-header.c, extract.c) */
  /* the history of science's header: authors parted by a semicolon, a note of the contents after the title */
  { "/extract/notes17/header-semicolon-authors-contents-note",
    "HARBOUR STUDIES, Vol. 78, No. 2\n\nAnn Quellman; Tom Vellard. Salt and the Pump: Harbours, Tides, and the "
    "Experimental Life. Including a translation of Ivo Marsh, Dialogus nauticus de natura salis, by Tom Vellard. "
    "xiv + 440 pp., illus., bibl., index. Princeton, N.J.: Gannet University Press, 1985. $55 (cloth); $19.95 (paper).\n\n"
    "In 1661 the harbour masters of the north quarrelled with the salt merchants over the new pumps, and the quarrel "
    "has long been treated as an embarrassing episode in the history of the trade.\n",
    { XT_TITLE ("Salt and the Pump"), XT_FIELD (CK_FIELD_SUBTITLE, "Harbours, Tides, and the Experimental Life"), XT_FAMILY (CK_ROLE_AUTHOR, 0, "Quellman"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vellard"), XT_YEAR (1985), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press") } },
  /* ---- titles after "whose" (detect-whose.c) */
  /* a writer's "whose" before a title in title case; a person the text names after it is the clause's subject */
  { "/extract/notes17/whose-title",
    "Tom Quell admired Ada Vellman. He quotes Vellman, whose Harbour Life in the North Quell reads on every page, "
    "and Ivo Marsh, whose earlier Salt of the Coast was a comic guide. Ann Reed, whose English was poor, spoke last.\n",
    { XT_TITLE ("Harbour Life in the North"), XT_AUTHOR ("Vellman"), XT_TITLE ("Salt of the Coast"), XT_AUTHOR ("Marsh"),
      XT_COUNT (2) } },
  /* ---- cue nouns (detect-context.c cue-apposition) */
  /* "our pamphlet T": a venue's own publication */
  { "/extract/notes17/cue-our-pamphlet",
    "The case was set out long ago in our pamphlet Salt and the Harbour Towns, which is still in print.\n",
    { XT_TITLE ("Salt and the Harbour Towns"), XT_COUNT (1) } },
  /* a letter's "review of my book T: Sub, 1660-1782 (April 18)": the bracket holds the review's date */
  { "/extract/notes17/cue-my-book-dated-review",
    "Sir, - Tom Vell's review of my book The Wandering Salt: Vagrancy and the Harbour Laws, 1660-1782 (April 18) "
    "attributes to me views I do not hold.\n",
    { XT_TITLE ("The Wandering Salt"), XT_FIELD (CK_FIELD_SUBTITLE, "Vagrancy and the Harbour Laws, 1660-1782"),
      XT_COUNT (1) } },
  /* ---- later titles (detectors.c published-as) */
  /* "later published as T", "came out in 1957 as T", "first appeared in 1951 as T": an English title is a work of
   * its own; a title set in apposition before ("T – published in 1916 as T2") keeps T2 as another name */
  { "/extract/notes17/published-as-english-title",
    "He wrote a critique of the harbour board later published as The Salt Revolution, which Tom Vell brought out. "
    "A first volume of the letters came out in 1957 as Letters of the Harbour Master; the rest waited. Ann Quell's "
    "memoir first appeared in 1951 as Conclusive Tides, a title she never liked. The Ferry Pamphlet \xe2\x80\x93 "
    "published in 1916 as The Crisis of the Harbour Trade \xe2\x80\x93 gets a page.\n",
    { XT_TITLE ("The Salt Revolution"), XT_TITLE ("Letters of the Harbour Master"), XT_YEAR (1957),
      XT_TITLE ("Conclusive Tides"), XT_YEAR (1951), XT_ABSENT ("The Crisis of the Harbour Trade") } },
  /* an occasion before the comma is no title the later one renames */
  { "/extract/notes17/published-as-after-occasion",
    "She taught at Leeds and Princeton, and gave the Quell Lectures at Leeds, published as How Harbours Think (1986).\n",
    { XT_TITLE ("How Harbours Think"), XT_YEAR (1986), XT_ABSENT ("Quell Lectures at Leeds") } },
  /* ---- titles in apposition to a work's noun (detect-context.c cue-apposition) */
  /* "her doctoral thesis, T", "one poem, T", "a festschrift, T"; a title with an inner comma set off by commas */
  { "/extract/notes17/cue-noun-comma-apposition",
    "Ann Quell taught for forty years. Her doctoral thesis, Broadside and Tide: Street Songs in the Ports, was never "
    "published. He is best known for "
    "one poem, Briggtides, written in 1965. Of Vell's own reply, One Step Harbour, Two Steps Back, he has nothing but "
    "praise.\n",
    { XT_TITLE ("Broadside and Tide"), XT_TITLE ("Briggtides"), XT_TITLE ("One Step Harbour, Two Steps Back") } },
  /* ---- numbered notes (detect-note-entry.c) */
  /* "See J. Name, T, Journal 52 (Autumn 1991)", a sentence-case article before "Journal (first series) 30, Autumn 1967" */
  { "/extract/notes17/note-entry-journal-number",
    "The harbour question was long debated by the salt merchants and the ferrymen of the northern ports, and the "
    "debate was never settled in their lifetimes, though many pamphlets were written about it and more were planned "
    "by the merchants' guild.\n\nNotes\n\n2. See J. Reesman, In Defence of the Harbour, International Socialism 52 "
    "(Autumn 1991), pp. 3-79.\n3. C. Harmer, How the harbour was lost, International Socialism (first series) 30, "
    "Autumn 1967.\n",
    { XT_TITLE ("In Defence of the Harbour"), XT_AUTHOR ("Reesman"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "International Socialism"),
      XT_FIELD (CK_FIELD_VOLUME, "52"), XT_YEAR (1991), XT_TITLE ("How the harbour was lost"), XT_AUTHOR ("Harmer"),
      XT_FIELD (CK_FIELD_VOLUME, "30"), XT_YEAR (1967) } },
  /* ---- syllabi (detect-bare.c bare-title-year) */
  /* a line opening "Surname, Title: Sub (1983)": the surname is the author's, not the title's */
  { "/extract/notes17/bare-title-year-surname-line",
    "Week 4: Colonial landscapes\n  Quellman, Changes in the Harbour: Ferries, Colonists, and the Ecology of the Coast "
    "(1983), chs. 1-3.\n",
    { XT_TITLE ("Changes in the Harbour"), XT_AUTHOR ("Quellman"), XT_YEAR (1983) } },
  /* ---- known works (known-works.c) */
  /* a lexicon title's "The" lowered by prose counts when its author stands near; a thing of that name does not */
  { "/extract/notes17/known-work-lowered-article",
    "Marx and Engels set out the programme in the Communist Manifesto long before the harbour strikes, "
    "when the Ottoman Empire was in decline and the Ottoman Empire's ports were closing.\n",
    { XT_TITLE_ANY ("Communist Manifesto", "The Communist Manifesto"), XT_AUTHOR ("Marx"), XT_COUNT (1) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
