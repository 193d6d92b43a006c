/* test-detect-reflist.c — reference entries of notes, reading lists and
 * syllabi (src/lib/extract/detect-reflist.c).  Invented works only.  One
 * row per form of entry (XtCase, extract-test-util.h). */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* the week heading is no title */
  { "/extract/reflist/book-inner-commas",
    "Week 3 - Harbours\n"
    "   Chapter 2 of Nora Vell, The Port in Time: Its Ships, Its Docks, and Its People "
    "(Leeds: Pell, Crane & Hart, 1958).\n",
    { XT_TITLE ("The Port in Time"), XT_FIELD (CK_FIELD_SUBTITLE, "Its Ships, Its Docks, and Its People"),
      XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Pell, Crane & Hart"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Leeds"), XT_YEAR (1958), XT_COUNT (1) } },
  { "/extract/reflist/edition-translator",
    "1. Otto Brenn, Notes on Light, 2nd edition (Dover, NH: Lamp Press, 2004).\n"
    "- Ada Kroll, Essays on Rain, trans. Ian Moss, revised edition (York: Minster Press, 1990).\n",
    { XT_TITLE ("Essays on Rain"),
      XT_TITLE ("Notes on Light"), XT_FIELD (CK_FIELD_EDITION, "2nd edition"), XT_AUTHOR ("Brenn"),
      XT_TITLE ("Essays on Rain"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Moss"),
      XT_FIELD (CK_FIELD_EDITION, "revised edition"), XT_FIELD (CK_FIELD_PUBLISHER, "Minster Press") } },
  { "/extract/reflist/editor",
    "2. Lena M. Ward, ed., Readings in Weather (Boston: Gale House, 1999).\n",
    { XT_TITLE ("Readings in Weather"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Ward"), XT_AUTHOR (NULL) } },
  { "/extract/reflist/chicago-article",
    "Week 4   Tess Orme, \"Can a Stone Think?\" Review of Minds 71 (1969): 211-230.\n"
    "Week 5   Paul Dent, \"Cities of Salt,\" Journal of Towns 12, no. 3 (May 1951): 5-19.\n",
    { XT_TITLE ("Cities of Salt"),
      XT_TITLE ("Can a Stone Think?"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Review of Minds"), XT_FIELD (CK_FIELD_VOLUME, "71"),
      XT_FIELD (CK_FIELD_PAGES, "211-230"), XT_YEAR (1969), XT_AUTHOR ("Orme"),
      XT_TITLE ("Cities of Salt"), XT_FIELD (CK_FIELD_ISSUE, "3"), XT_FIELD (CK_FIELD_VOLUME, "12"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Towns") } },
  /* Notes often give no volume, only the number, and pages after ", pp.";
   * a superscript note mark glued to the name is no part of it. */
  { "/extract/reflist/note-article-no-volume",
    "Notes\n"
    "\u00B3Rosa Kell, \"The Salt Clerks,\" Harbour Review, no. 41 (March-April 1969), pp. 3-23.\n",
    { XT_TITLE ("The Salt Clerks"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Review"), XT_FIELD (CK_FIELD_ISSUE, "41"),
      XT_FIELD (CK_FIELD_VOLUME, NULL), XT_FIELD (CK_FIELD_PAGES, "3-23"), XT_AUTHOR ("Kell"),
      XT_GIVEN (CK_ROLE_AUTHOR, 0, "Rosa"), XT_YEAR (1969) } },
  /* "Journal, Vol. 6, No. 2 (Season Year)" in running text, and a
   * question that ends the title proper before its subtitle */
  { "/extract/reflist/article-vol-no-question",
    "The case is close to that of Rosa Kell, \"Who Keeps the Salt? The Clerks of the Harbour "
    "Trade,\" Review of Port Economics, Vol. 6, No. 2 (Summer 1974), though nobody cites it.\n",
    { XT_TITLE ("Who Keeps the Salt?"), XT_FIELD (CK_FIELD_SUBTITLE, "The Clerks of the Harbour Trade"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Review of Port Economics"), XT_FIELD (CK_FIELD_VOLUME, "6"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_AUTHOR ("Kell"), XT_YEAR (1974) } },
  /* a quote inside the article's title, closing with it */
  { "/extract/reflist/article-inner-quote",
    "Notes\n\n7. Ada Kroll, \"Second Thoughts on 'The Salt Road,'\" Harbour Review, no. 88 "
    "(May-June 1978), pp. 5-9.\n",
    { XT_TITLE ("Second Thoughts on 'The Salt Road'"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Review"),
      XT_AUTHOR ("Kroll"), XT_FIELD (CK_FIELD_PAGES, "5-9") } },
  /* some journals set the year after the publisher or place with no
   * comma: "(Cambridge: Gannet Press 1979)", "(Chicago 1979)" */
  { "/extract/reflist/year-without-comma",
    "Harbour Studies, 10 (Autumn 1982), 172-175\n\n"
    "Anna Holm, Salt Roads in Norway: Studies in the History of Trade, Ships, and Tides "
    "(Cambridge: Gannet Press 1979).\n\n"
    "THE SALT TRADE has come back into fashion, from Ola Brekke's Harbour Consent (Chicago 1979) "
    "to much else, and nobody minds.\n",
    { XT_TITLE ("Harbour Consent"),
      XT_TITLE ("Salt Roads in Norway"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Cambridge"), XT_YEAR (1979),
      XT_TITLE ("Harbour Consent"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Chicago"), XT_YEAR (1979) } },
  { "/extract/reflist/chapter",
    "Read Ivo Lund, Glass Cities (London: Kestrel, 1977), ch. 6, \"The Last Tram\" for Monday.\n",
    { XT_TITLE ("Glass Cities"),
      XT_TITLE ("The Last Tram"), XT_TYPE (CK_TYPE_CHAPTER), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Glass Cities"),
      XT_AUTHOR ("Lund") } },
  /* a name, a comma and capitalised words are not yet a citation */
  { "/extract/reflist/distractors",
    "Anna Brook, Head of Studies (since 2001), will teach it.\n"
    "Tom Hale, Room 12 (East Wing), holds office hours.\n",
    { XT_COUNT (0) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
