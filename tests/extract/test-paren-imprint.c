/* test-paren-imprint.c — a parenthesis after a title holding more than
 * one imprint: a note on a later edition after a semicolon, a count of
 * volumes before the place; and a title after "whose" that opens with a
 * word a name could start with.  Invented works only. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  { "/extract/paren-imprint/later-edition/anniversary",
    "We then read two classics in full: Ada Vell, Salt Marsh: The Southern Coast in the 1930s "
    "(Gannet University Press, 1979; 25th anniversary ed., 2004).\n",
    { XT_TITLE ("Salt Marsh"), XT_AUTHOR ("Vell"), XT_YEAR (1979),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet University Press"), XT_COUNT (1) } },
  { "/extract/paren-imprint/later-edition/revised",
    "His model is The Tide Tables (London: Heron Books, 1961; rev. ed. 1972), still in print.\n",
    { XT_TITLE ("The Tide Tables"), XT_YEAR (1961), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_COUNT (1) } },
  { "/extract/paren-imprint/later-edition/not-a-note",
    "His model is The Tide Tables (London: Heron Books, 1961; see also chapter 4), still in print.\n",
    { XT_NO_TITLE_HAS ("chapter") } },
  { "/extract/paren-imprint/volumes/lead",
    "It owes much to Ann Reed and Mary Lott, whose Children in Salt Society (2 vols., London: Gannet & Heron, 1969-73) "
    "is still read.\n",
    { XT_TITLE ("Children in Salt Society"), XT_FIELD (CK_FIELD_NUMBER_OF_VOLUMES, "2"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet & Heron"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Children"), XT_COUNT (1) } },
  { "/extract/paren-imprint/volumes/no-imprint",
    "The index fills the last of the (2 vols.) set.\n", { XT_COUNT (0) } },
  { "/extract/paren-imprint/owner/whose-name-like",
    "Ann Reed, whose Walter in the Marshes (London: Heron Books, 1958) made her name, died in May.\n",
    { XT_TITLE ("Walter in the Marshes"), XT_AUTHOR ("Reed"), XT_COUNT (1) } },
  { "/extract/paren-imprint/owner/name-in-title",
    "Raymond Vell in The Salt Road (London: Heron Books, 1958) says as much.\n",
    { XT_TITLE ("The Salt Road"), XT_AUTHOR ("Vell"), XT_COUNT (1) } },
  /* ---- a translator or editor opening the parenthesis */
  { "/extract/paren-imprint/role-lead/trans",
    "Sociologists will read it alongside Orrin's Community and Salt (trans. C. P.\nLoomis, East Lansing, 1957), "
    "and wish otherwise.\n",
    { XT_TITLE ("Community and Salt"), XT_AUTHOR ("Orrin"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Loomis"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "East Lansing"), XT_YEAR (1957), XT_NO_FAMILY (CK_ROLE_TRANSLATOR, 1, "Lansing") } },
  { "/extract/paren-imprint/role-lead/edited",
    "The standard text remains Vell's Letters from the Salt Coast (ed. Ann Reed and Ivo Lind, Oxford, 1961).\n",
    { XT_TITLE ("Letters from the Salt Coast"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Reed"), XT_FAMILY (CK_ROLE_EDITOR, 1, "Lind"),
      XT_YEAR (1961) } },
  /* ---- a person's name, then the title and its imprint in brackets */
  { "/extract/paren-imprint/name-title-imprint/place",
    "It is dismissed in a footnote, while the work of Ernst Vell (Explorations in Salt, New York, 1952) is ignored.\n",
    { XT_TITLE ("Explorations in Salt"), XT_AUTHOR ("Vell"), XT_YEAR (1952),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New York"), XT_NO_TITLE_HAS ("Ernst"), XT_COUNT (1) } },
  { "/extract/paren-imprint/name-title-imprint/firm-is-publisher",
    "He draws on Ivo Marrant (Gannet Books, London, 1958) throughout.\n", { XT_NO_TITLE_HAS ("Gannet") } },
  { "/extract/paren-imprint/name-title-imprint/list-is-not-one",
    "Timothy Vell Ash (The Salt Revolution: Solidarity, 1983; The Uses of Brine, 1989) knows the ground.\n",
    { XT_TITLE ("The Salt Revolution"), XT_YEAR (1983), XT_TITLE ("The Uses of Brine"), XT_YEAR (1989) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
