/* test-note-source.c — tests of src/lib/extract/note-source.c: a footnote
 * that gives only the source of a title cited in the text.  Every text
 * is invented. */
#include "extract-test-util.h"

#define NOTES_TEXT                                                                                                   \
  "The model first appeared in \"A Theory of the Rise of Salt\",\xc2\xb9 and the later chapters "               \
  "follow the authors' \"The Making of the Salt System\".\xc2\xb2 The rule was first stated in "                \
  "\"The Salt Problem\".\xc2\xb3 He relied on Tom Reed's Salt and Tides.\xe2\x81\xb4\n\n"                          \
  "\xc2\xb9 Harbour History Review, 2nd ser., vol. XIV (1961), pp. 40\xe2\x80\x93" "58.\n"                       \
  "\xc2\xb2 Journal of Salt History, Vol. XIX, No. 4 [1965], pp. 301\xe2\x80\x93" "322.\n"                      \
  "\xc2\xb3 (1962) 75 Harv.L.Rev. 210.\n"                                                                          \
  "\xe2\x81\xb4 Chicago: Gannet Press, 1956.\n"

static const XtCase cases[] = {
  { "/extract/note-source/journal",
    NOTES_TEXT,
    { XT_TITLE ("A Theory of the Rise of Salt"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour History Review"), XT_FIELD (CK_FIELD_VOLUME, "XIV"),
      XT_FIELD (CK_FIELD_PAGES, "40\xe2\x80\x93" "58"), XT_YEAR (1961) } },
  { "/extract/note-source/journal-issue-bracket-year",
    NOTES_TEXT,
    { XT_TITLE ("The Making of the Salt System"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Salt History"), XT_FIELD (CK_FIELD_ISSUE, "4"), XT_YEAR (1965) } },
  { "/extract/note-source/law",
    NOTES_TEXT,
    { XT_TITLE ("The Salt Problem"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harv.L.Rev."), XT_FIELD (CK_FIELD_VOLUME, "75"), XT_YEAR (1962) } },
  { "/extract/note-source/imprint",
    NOTES_TEXT,
    { XT_TITLE ("Salt and Tides"), XT_TYPE (CK_TYPE_BOOK), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Chicago"), XT_YEAR (1956) } },
  /* a note with a work of its own gives its fields to that work only */
  { "/extract/note-source/note-with-own-work",
    "The rule was first stated in \"The Salt Problem\".\xc2\xb9\n\n"
    "\xc2\xb9 See Ada Quell, The Harbour Book (London: Gannet Press, 1956).\n",
    { XT_TITLE ("The Salt Problem"), XT_FIELD (CK_FIELD_PUBLISHER, NULL), XT_TITLE ("The Harbour Book"), XT_YEAR (1956) } },
  /* a mark with no note changes nothing */
  { "/extract/note-source/no-note",
    "The rule was first stated in \"The Salt Problem\".\xc2\xb9 Nothing follows it.\n",
    { XT_TITLE ("The Salt Problem"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, NULL) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
