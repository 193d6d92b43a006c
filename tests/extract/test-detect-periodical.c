/* test-detect-periodical.c — periodicals named in passing in running
 * prose (src/lib/extract/detect-periodical.c).  Invented texts; each
 * prose paragraph is long enough to count as running prose.  One row per
 * convention (XtCase, extract-test-util.h); XT_PERIODICAL asks for a
 * periodical record with a title only. */
#include "extract-test-util.h"

#define HEAD "Salt and Iron. By Ada Vell. Gannet Press, 1999. 300 pp.\n\n"

static const XtCase cases[] = {
  /* the lower-case "the" is no part of the name */
  { "/extract/prose-periodical/lexicon-name",
    HEAD "Vell spent a decade as a reporter before she turned to fiction, and most of what she wrote "
    "in those years first appeared in Bookforum and in the Manchester Guardian, where her editors "
    "let her run on at a length that no paper would allow today.\n",
    { XT_PERIODICAL ("Bookforum"), XT_PERIODICAL ("Manchester Guardian"), XT_ABSENT ("the Manchester Guardian") } },
  { "/extract/prose-periodical/lexicon-case-sensitive",
    HEAD "Vell spent a decade as a reporter before she turned to fiction, and she still talks of the "
    "manchester guardian and of pravda as if they were old friends, which is charming for a while "
    "but wears thin long before the end of the book.\n",
    { XT_ABSENT ("manchester guardian"), XT_ABSENT ("pravda") } },
  { "/extract/prose-periodical/unknown-tail-word",
    HEAD "Vell spent a decade as a reporter before she turned to fiction; she wrote for the Lantern "
    "Gazette and later sent her stories to the Ashby Quarterly, though neither paper ever paid "
    "her more than a pittance for anything she wrote.\n",
    { XT_PERIODICAL ("Lantern Gazette"), XT_PERIODICAL ("Ashby Quarterly") } },
  { "/extract/prose-periodical/strong-cues",
    HEAD "Vell spent a decade as a reporter before she turned to fiction; a series of articles in Zvonar "
    "made her name at home, and when Time magazine put her on its cover the rest of the world "
    "finally began to take notice of what she had been doing.\n",
    { XT_PERIODICAL ("Zvonar"), XT_PERIODICAL ("Time") } },
  /* a press, an office, an almanac; and examples of a kind of paper, not
   * where a work appeared */
  { "/extract/prose-periodical/not-periodicals",
    HEAD "Vell worked at the Post Office for ten years, and then in a print shop that did jobs for the "
    "Harbour Review Press and for Oxford University Press; she says she read the Lantern Gazette "
    "Almanac every winter. Time was short. She knew the Pell Review, the Ashby Weekly and the like "
    "only by name, and she never wrote a line for any of them.\n",
    { XT_ABSENT ("Harbour Review"), XT_ABSENT ("Harbour Review Press"), XT_ABSENT ("Lantern Gazette"),
      XT_ABSENT ("Post Office"), XT_ABSENT ("Time"), XT_ABSENT ("Pell Review"), XT_ABSENT ("Ashby Weekly") } },
  /* the article stands for its periodical */
  { "/extract/prose-periodical/container-not-repeated",
    HEAD "Vell spent a decade as a reporter before she turned to fiction. Her essay \"Rope Weather\" "
    "(Ashby Quarterly, May 1990) is still read, and she wrote much else for the Ashby Quarterly in "
    "those years, none of it collected here, which is a pity for her readers.\n",
    { XT_TITLE ("Rope Weather"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Ashby Quarterly"),
      XT_ABSENT ("Ashby Quarterly") } },
  /* the review's own venue, named in its prose, is no periodical cited */
  { "/extract/prose-periodical/own-venue",
    HEAD "Vell spent a decade as a reporter before she turned to fiction, and readers of the Pell "
    "Review will know her early stories, which first ran in these pages under another name "
    "and which she has now, to our regret, disowned.\n\n"
    "From the Pell Review, Vol. 3 No. 2, Spring 2000\n",
    { XT_NO_TYPE (CK_TYPE_PERIODICAL) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
