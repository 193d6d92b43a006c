/* test-title-foreign.c — titles in their own language's capitalisation
 * before a year (title-foreign.c, detect-bare.c): one row per form of run.
 * Every title here is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* German capitalises nouns: the title-case scan sees only "Jahre" */
  { "/extract/title-foreign/noun-capitals/article-opens",
    "He gave us the plain Das Haus der alten Jahre (1955) at last.\n",
    { XT_TITLE ("Das Haus der alten Jahre"), XT_YEAR (1955), XT_ABSENT ("Jahre"), XT_COUNT (1) } },
  /* a capital, then lower-case words of the same language */
  { "/extract/title-foreign/sentence-case/verb-inside",
    "Readers who know only the translation of Und hatte kein einziges Haus (1953) will be lost.\n",
    { XT_TITLE ("Und hatte kein einziges Haus"), XT_YEAR (1953), XT_ABSENT ("Haus"), XT_COUNT (1) } },
  /* a possessive pronoun may end the run */
  { "/extract/title-foreign/sentence-case/pronoun-ends",
    "It is hard to read it without remembering Case nostre (1941), his first novel, once more.\n",
    { XT_TITLE ("Case nostre"), XT_YEAR (1941), XT_COUNT (1) } },
  /* a preposition between two nouns, and a gloss in brackets */
  { "/extract/title-foreign/gloss/brackets-before-year",
    "The manner is closer to that of Brot ohne Butter [Bread without Butter] (1954), with its voices.\n",
    { XT_TITLE ("Brot ohne Butter"), XT_YEAR (1954), XT_ABSENT ("Bread without Butter"), XT_COUNT (1) } },
  /* a question with an inner comma */
  { "/extract/title-foreign/question/inner-comma",
    "It is plainer than his first novel, Wo bist du, Karl? (1951), or the rest.\n",
    { XT_TITLE ("Wo bist du, Karl?"), XT_YEAR (1951), XT_ABSENT ("Wo"), XT_COUNT (1) } },
  /* after the run's capital a lower-case English word is prose, not title */
  { "/extract/title-foreign/sentence-case/prose-before",
    "She kept remembering Case nostre (1941), his first novel.\n",
    { XT_TITLE ("Case nostre"), XT_ABSENT ("remembering Case nostre"), XT_COUNT (1) } },
  /* after a possessive, a foreign preposition between two capitals */
  { "/extract/title-foreign/possessive/preposition-between-capitals",
    "The autumn also produced Ada Lenz's Vermutungen über Jakob, which may well last.\n",
    { XT_TITLE ("Vermutungen über Jakob"), XT_AUTHOR ("Lenz"), XT_COUNT (1) } },
  /* an English word that opens the sentence is no part of the title */
  { "/extract/title-foreign/sentence-case/english-opener-left-out",
    "It is long.\n\nIn Case nostre (1941) she wrote of home.\n",
    { XT_TITLE ("Case nostre"), XT_YEAR (1941), XT_ABSENT ("In Case nostre"), XT_COUNT (1) } },
  /* a capitalised foreign function word opens a title; lower-case words
   * follow it freely */
  { "/extract/title-foreign/sentence-case/foreign-capital-opens",
    "It is long.\n\nThen came Tra case vecchie (1949), and little else.\n",
    { XT_TITLE ("Tra case vecchie"), XT_YEAR (1949), XT_COUNT (1) } },
  /* after a marker that is no name particle, lower-case words follow one
   * another; the English words before the title stay out */
  { "/extract/title-foreign/sentence-case/after-firm-marker",
    "It is long.\n\nShe quoted Ojalá que vuelvan cinco barcos (1931) at length.\n",
    { XT_TITLE ("Ojalá que vuelvan cinco barcos"), XT_YEAR (1931), XT_NO_TITLE_HAS ("quoted"), XT_COUNT (1) } },
  /* a list item in sentence case before its year */
  { "/extract/title-foreign/list/sentence-case-item",
    "It is long.\n\nHis first novel, Les Jours calmes (1950), was quiet.\n",
    { XT_TITLE ("Les Jours calmes"), XT_YEAR (1950), XT_ABSENT ("Les Jours") } },
  /* "(La Condition humaine, 1933)" after an English title: the original's
   * title and year, not a publisher */
  { "/extract/title-foreign/original-in-paren/article-opens",
    "Those who admired Grey Harbour\n(Le Port gris, 1931) for its violence will be bored.\n",
    { XT_TITLE ("Grey Harbour"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Le Port gris"), XT_YEAR (1931),
      XT_FIELD (CK_FIELD_PUBLISHER, NULL), XT_COUNT (1) } },
  { "/extract/title-foreign/original-in-paren/function-word",
    "He wrote Sand and Glass (Sable et verre, 1950) in Paris.\n",
    { XT_TITLE ("Sand and Glass"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, "Sable et verre"), XT_YEAR (1950),
      XT_FIELD (CK_FIELD_PUBLISHER, NULL), XT_COUNT (1) } },
  /* a firm in the parenthesis stays a firm */
  { "/extract/title-foreign/original-in-paren/firm-stays",
    "He wrote Sand and Glass (Hill Press, 1950) in Paris.\n",
    { XT_TITLE ("Sand and Glass"), XT_FIELD (CK_FIELD_PUBLISHER, "Hill Press"), XT_FIELD (CK_FIELD_ORIGINAL_TITLE, NULL) } },
  /* a bracketed English gloss marks a title in its own language after
   * its owner, even one with no function word the scanners know */
  { "/extract/title-foreign/bracket-gloss/possessive",
    "It is long.\n\nTovar's La casa vacía [The Empty House] came out in Madrid in 1961 from a small firm.\n",
    { XT_TITLE ("La casa vacía"), XT_AUTHOR ("Tovar"), XT_ABSENT ("The Empty House"), XT_COUNT (1) } },
  { "/extract/title-foreign/bracket-gloss/pronoun",
    "It is long.\n\nIrma Horak wrote little, and only her Zimní světlo [Winter Light] was banned.\n",
    { XT_TITLE ("Zimní světlo"), XT_AUTHOR ("Horak"), XT_COUNT (1) } },
  /* an editor's bracket after an English title, or a year, is no gloss */
  { "/extract/title-foreign/bracket-gloss/editorial",
    "It is long.\n\nVell's Salt Road [sic] was praised, and Orr's Grey Water [1990] too.\n",
    { XT_NONE_FIRED ("foreign-gloss") } },
  { "/extract/title-foreign/bracket-gloss/english-title",
    "It is long.\n\nVell's Salt Road [The Long Way] was praised.\n",
    { XT_NONE_FIRED ("foreign-gloss"), XT_ABSENT ("The Long Way") } },
  /* a name with one particle is still a person */
  { "/extract/title-foreign/name/particle",
    "He met Karl de Rossi (1922) in Rome.\n",
    { XT_COUNT (0) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
