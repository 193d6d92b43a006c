/* test-role-chain.c — role statements after a title or its imprint
 * (src/lib/extract/role-chain.c) and "This novel, first published as T".
 * Invented works only.  One row per convention (XtCase,
 * extract-test-util.h). */
#include "extract-test-util.h"

#define PROSE "The review begins here, as reviews do. It cites nothing yet, and says so at some length.\n\n"
#define TAIL " The rest of this paragraph is ordinary prose that goes on for a while, as prose does in a review.\n"

static const XtCase cases[] = {
  /* the introducer is no title */
  { "/extract/role-chain/title-by-roles-imprint",
    "The Salt Road: A Winter Journey by Anna Holm, translated by Piet Vries, with an introduction by "
    "Lena Marsh (Harbour Press, $14.95)\n\n"
    "Holm's book is long and slow, and the translation keeps its slowness, which is a virtue in a winter book like this.\n",
    { XT_TITLE ("The Salt Road"), XT_ABSENT ("Lena Marsh"), XT_AUTHOR ("Holm"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vries"), XT_FAMILY (CK_ROLE_INTRODUCER, 0, "Marsh"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Harbour Press") } },
  { "/extract/role-chain/translator-after-imprint",
    PROSE "Readers met the idea first in Jan Ostrow's The Quiet Harbour (London: Hill Press, 1971), "
    "translated by Mara Quist, and never forgot it." TAIL,
    { XT_TITLE ("The Quiet Harbour"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Quist"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Hill Press") } },
  { "/extract/role-chain/bracket-translator",
    PROSE "Readers of Ostrow's The Long Shore: Notes on Tides [trans. Mara Quist] (London: Hill Press, 1988) "
    "will know the method." TAIL,
    { XT_TITLE ("The Long Shore"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Quist"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Hill Press"), XT_YEAR (1988) } },
  /* the original title goes to the reviewed book, not to the other one */
  { "/extract/role-chain/this-novel-published-as",
    "Winter Lamps by Anna Holm, translated by Piet Vries (Harbour Press, $14.95)\n\n"
    "Most readers know Holm as the author of The Glass Dog (1950), a book for children. This novel, first "
    "published in Germany as Die Lampen (1961), is something else entirely, and much darker in every way." TAIL,
    { XT_TITLE ("The Glass Dog"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, NULL),
      XT_TITLE ("Winter Lamps"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Die Lampen") } },
  { "/extract/role-chain/longest-role-phrase",
    PROSE "We read it twice. Dock Letters, edited and introduced by Tomas Berle (Oxford: Hill Press, 1985) is "
    "the other collection." TAIL,
    { XT_TITLE ("Dock Letters"), XT_ABSENT ("Tomas Berle"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Berle"),
      XT_YEAR (1985) } },
  { "/extract/role-chain/edition-after-title",
    PROSE "Students still use Varga's Tides and Towns, 4th Edition 2006, as the textbook." TAIL,
    { XT_TITLE ("Tides and Towns"), XT_FIELD (CK_FIELD_EDITION, "4th Edition"), XT_YEAR (2006) } },
  { "/extract/role-chain/chicago-lone-surname",
    PROSE "Holm, \"Why Do Ports Fail?\" Harbour Review 83 (1974): 435-450, started it all." TAIL,
    { XT_TITLE ("Why Do Ports Fail?"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Holm"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Review"), XT_FIELD (CK_FIELD_VOLUME, "83"),
      XT_FIELD (CK_FIELD_PAGES, "435-450") } },
  /* Chicago articles inline: "Journal 12, no. 3 (Spring 1950): 77-90" */
  { "/extract/role-chain/chicago-issue-month",
    PROSE "It continued in Piet Vries, \"Canal Money,\" Journal of Water History 12, no. 3 (July 1950): 77-90, "
    "which nobody answered." TAIL,
    { XT_TITLE ("Canal Money"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Vries"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Water History"), XT_FIELD (CK_FIELD_VOLUME, "12"),
      XT_FIELD (CK_FIELD_ISSUE, "3"), XT_FIELD (CK_FIELD_PAGES, "77-90"), XT_YEAR (1950) } },
  /* a by-line with a translator over an imprint line, between prose */
  { "/extract/role-chain/byline-over-imprint-line",
    PROSE "Harbour by Anna Holm, translated by Piet Vries\nHill Press £16.99, pp415\n\n"
    "More prose follows here, as prose does, with lower-case words in it, for a long while yet, on and on.\n",
    { XT_TITLE ("Harbour"), XT_ABSENT ("Anna Holm"), XT_AUTHOR ("Holm"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Vries"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Hill Press") } },
  /* the short forms of notes: "in Book, ed. B (Place, Year)" — B edits
   * the book and is no title; "trans." and two statements in a row too */
  { "/extract/role-chain/short-role-before-imprint",
    PROSE "Ida Roe, \"On Tides,\" in Sea Papers, ed. Lars Berg (Oslo, 1968), p. 26. "
    "See also Field Notes, trans. Mia Holt, ed. Jon Vik (London: Kelp Press, 1971)." TAIL,
    { XT_ABSENT ("Lars Berg"), XT_ABSENT ("Jon Vik"),
      /* the edited volume is the essay's container, no record of its own */
      XT_ABSENT ("Sea Papers"), XT_TITLE ("On Tides"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Sea Papers"),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Berg"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Oslo"), XT_YEAR (1968),
      XT_TITLE ("Field Notes"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Holt"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vik"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Kelp Press") } },
  /* "ed. and trans. B": one name, both roles; the name is no title */
  { "/extract/role-chain/ed-and-trans",
    "See H. Gralt, The Salt Letters, ed. and trans. C. Nell (London, 1972), for the text.\n",
    { XT_TITLE ("The Salt Letters"), XT_AUTHOR ("Gralt"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Nell"),
      XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Nell"), XT_YEAR (1972), XT_COUNT (1) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
