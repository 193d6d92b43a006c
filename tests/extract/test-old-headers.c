/* test-old-headers.c — review headers of old newspapers and weeklies,
 * often hard-wrapped in a narrow column (detect-header.c):
 *
 *   A HEADLINE / ------- / TITLE. By Name Fam-\nily. (Firm.\n7s. 6d.)
 *   ALSO RECEIVED / TITLE. By Name. (Firm.\n8s. 6d.)-The notice runs on …
 *   TITLE. By Name. (Firm. 7s 6d.)            pence without the stop
 *   NAME IN CAPITALS: Title. Firm, 1965. 101 pp. 10s. 6d.   one a line
 *   TITLE, by Name, translated from the German by Other. Firm. $5.00.
 *   ALSO OUT: Title, by Name (Firm, $32.95)   a column's label
 *
 * with their distractors: a title in capitals before its subtitle
 * ("SALT HARBOUR: A Novel", "SALT HARBOUR: Studies …, by Name"), a place
 * before its publisher, a heading over a line that is no notice.  Every
 * text is invented. */
#include "extract-test-util.h"

static const XtCase cases[] = {
  /* a headline and a rule over the notice in one paragraph; the author's
   * name broken across the line ("Vel-\nlington") */
  { "/extract/old-headers/colon-author-later-notice",
    "SHORT NOTICES\n\nWalter Orrin: The Salt Trade in Britain 1900-21. Gannet & Heron, 1969. xiv + 453 pp. 84s.\n\n"
    "James Tallis: History of the Salt Union. Vol. I: Formation\nand Early Years, 1919-1924. Heron & Gannet, 1968. 381 pp. 50s.\n\n"
    "Mr. Orrin is good on the early traders, and Mr. Tallis is official; both should be read\n"
    "alongside the articles in this Bulletin (No. 16, Spring 1968,\npp. 24-31).\n\n"
    "Sidney Quell: A History of Labour in Oxley. Oxley University Press,\n1959. 42s.\n\n"
    "Still the model of a local study.\n",
    { XT_TITLE ("The Salt Trade in Britain 1900-21"), XT_AUTHOR ("Orrin"), XT_TITLE ("A History of Labour in Oxley"),
      XT_AUTHOR ("Quell"), XT_YEAR (1959), XT_NO_TITLE_HAS ("Sidney") } },
  { "/extract/old-headers/headline-rule-notice",
    "THE DAILY LANTERN, TUESDAY, MARCH 3, 1936.\n\nA HARBOUR MASTER SPEAKS\n-------\n"
    "LOW TIDE AT NOON. By T. H. Vel-\nlington. (Gannet Press.\n7s. 6d.)\n\n"
    "MR. VELLINGTON, who kept the harbour at\nPortmere for thirty years, has written\n"
    "a plain book about the tides and the\nmen who worked them, and it is a good one.\n",
    { XT_TITLE ("LOW TIDE AT NOON"), XT_AUTHOR ("Vellington"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "T. H."),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_NO_TITLE_HAS ("-------"),
      XT_NO_TITLE_HAS ("SPEAKS LOW") } },
  /* "ALSO RECEIVED" labels a second notice whose description runs on
   * after the imprint's parenthesis */
  { "/extract/old-headers/also-received-runs-on",
    "THE GREY QUAY. By Ann Quell. (Gannet Press.\n7s. 6d.)\n\n"
    "Miss Quell has written a quiet novel about\na harbour town, and it is a good one.\n\n"
    "ALSO RECEIVED\nTHE FERRYMAN'S YEAR. By P. J. Orr-\nmond. (Lantern Books.\n"
    "8s. 6d.)-Twelve sketches of the river\nin every month, with drawings by the\nauthor.\n",
    { XT_TITLE ("THE FERRYMAN'S YEAR"), XT_AUTHOR ("Orrmond"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books"),
      XT_TITLE ("THE GREY QUAY"), XT_AUTHOR ("Quell"), XT_NO_TITLE_HAS ("RECEIVED") } },
  /* "7s 6d.": shillings with no stop before the pence */
  { "/extract/old-headers/shillings-no-stop",
    "NEW NOVELS\n\n  THE SALT WIFE. By Mary\nTrevanion. (Gannet. 7s 6d.)\n\n"
    "  Mrs. Trevanion has written a long novel\nabout a fishing family, and it is slow.\n",
    { XT_TITLE ("THE SALT WIFE"), XT_AUTHOR ("Trevanion"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet") } },
  /* two stacked "NAME: Title." headers, one a line: each its own imprint */
  { "/extract/old-headers/upper-name-colon-stacked",
    "JOHN ABERTHWAITE: Three Plays. Gannet Press, London and Leeds, 1964. 276 pp. 15s.\n"
    "JOHN ABERTHWAITE: The Ferry. Lantern Books, 1965. 101 pp. 10s. 6d.\n\n"
    "Mr. Aberthwaite is now so much a figure of the northern stage that it is easy to forget "
    "how few of his plays have been printed.\n",
    { XT_TITLE ("Three Plays"), XT_AUTHOR ("Aberthwaite"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "John"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_YEAR (1964),
      XT_TITLE ("The Ferry"), XT_AUTHOR ("Aberthwaite"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books"),
      XT_YEAR (1965) } },
  /* an unknown given name: the family name recurs in the review */
  { "/extract/old-headers/upper-name-colon-recurs",
    "TOMAS VELLIN: The Ferry. Lantern Books, 1965. 101 pp. 10s. 6d.\n\n"
    "Mr. Vellin is a playwright of the coast, and these are his plays.\n",
    { XT_TITLE ("The Ferry"), XT_AUTHOR ("Vellin"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Tomas") } },
  /* initials open the name */
  { "/extract/old-headers/upper-name-colon-initials",
    "R. K. OSBALDESTON: Harbour Songs. Lantern Books, 1962. 64 pp. 8s. 6d.\n\n"
    "These are short poems of the sea, plain and rather good.\n",
    { XT_TITLE ("Harbour Songs"), XT_AUTHOR ("Osbaldeston") } },
  /* distractor: a title in capitals before its subtitle is no name */
  { "/extract/old-headers/caps-title-subtitle-no-name",
    "SALT HARBOUR: A Novel. Lantern Books, 1965. 101 pp. 10s. 6d.\n\n"
    "This is a novel of the coast, and we like it well enough.\n",
    { XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Harbour"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Salt") } },
  /* distractor: a by-line after the subtitle names the author */
  { "/extract/old-headers/caps-title-subtitle-by",
    "SALT HARBOUR: Studies in the Tide, by Ann Quell. Gannet Press, $6.00; paper, $1.95.\n\n"
    "Miss Quell writes of the tide as few have done.\n",
    { XT_TITLE_ANY ("SALT HARBOUR", "SALT HARBOUR: Studies in the Tide"), XT_AUTHOR ("Quell"),
      XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Harbour"), XT_ABSENT ("Studies in the Tide") } },
  /* distractor: a place before its publisher opens an imprint line */
  { "/extract/old-headers/place-colon-no-name",
    "THE GREY QUAY. By Ann Quell.\nNEW YORK: Gannet Press, 1965. 210 pp. $4.50.\n\n"
    "Miss Quell has written a quiet novel about a harbour town.\n",
    { XT_TITLE ("THE GREY QUAY"), XT_AUTHOR ("Quell"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "York") } },
  /* the title stops at ", by"; the translator's phrase follows the author */
  { "/extract/old-headers/comma-by-translated",
    "MAGNUS HARBOUR, by Karl Wendt, translated from the German by Ann Quell. Gannet Press. $5.00.\n\n"
    "When Karl Wendt was young nobody read him; now everybody does.\n",
    { XT_TITLE ("MAGNUS HARBOUR"), XT_AUTHOR ("Wendt"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Quell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_NO_TITLE_HAS ("translated") } },
  { "/extract/old-headers/comma-by-edited",
    "THE LETTERS OF A LIGHTHOUSE KEEPER, by Tom Vell, edited by Ada Quell. Lantern Books. $4.00.\n\n"
    "These letters are plain and often moving.\n",
    { XT_TITLE ("THE LETTERS OF A LIGHTHOUSE KEEPER"), XT_AUTHOR ("Vell"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell") } },
  /* a column's label before the title is no part of it */
  { "/extract/old-headers/also-out-label",
    "Last year the award went to a first novel.\n\n"
    "ALSO OUT: The Long Quay, by Peter Vellaman (Gannet & Sons, $32.95), a short novel first serialised "
    "in weekly parts.\n",
    { XT_TITLE ("The Long Quay"), XT_AUTHOR ("Vellaman"), XT_NO_TITLE_HAS ("ALSO") } },
  { "/extract/old-headers/new-in-paperback-label",
    "NEW IN PAPERBACK: The Grey Quay by Ann Quell (Gannet, £8.99), her best book.\n",
    { XT_TITLE ("The Grey Quay"), XT_AUTHOR ("Quell"), XT_NO_TITLE_HAS ("PAPERBACK") } },
  /* distractor: a title in capitals before its subtitle keeps its head */
  { "/extract/old-headers/caps-head-not-label",
    "Among the new books:\n\n"
    "SALT HARBOUR: Studies in the Tide, by Ann Quell (Gannet, $6.00), is the best of them.\n",
    { XT_ABSENT ("Studies in the Tide"), XT_TITLE_ANY ("SALT HARBOUR", "SALT HARBOUR: Studies in the Tide") } },
  /* a journal's header: the editors in capitals after their role, the
   * series in parentheses before the imprint that names the publisher */
  { "/extract/old-headers/series-paren-editors-caps",
    "The Salt Road, 1790, 1800. By ANN QUELL. Edited by\nTOM VELL, R. S. ORR, and PETER GANNETT. (Harbour "
    "Critical\nEditions.) Pp. xiv + 384. New York and London: Lantern Books, 1979.\n$19.95 (cloth); $5.95 (paper).\n\n"
    "For half a century readers of the poem have worked from an old edition, and this one is better.\n",
    { XT_TITLE ("The Salt Road, 1790, 1800"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"),
      XT_FAMILY (CK_ROLE_EDITOR, 1, "Orr"), XT_GIVEN (CK_ROLE_EDITOR, 1, "R. S."), XT_FAMILY (CK_ROLE_EDITOR, 2, "Gannett"),
      XT_FIELD (CK_FIELD_COLLECTION_TITLE, "Harbour Critical Editions"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Books"),
      XT_YEAR (1979) } },
  /* distractor: the publisher in parentheses with no other imprint is no series */
  { "/extract/old-headers/paren-publisher-no-series",
    "THE GREY QUAY. By Ann Quell. (Gannet Press.) Pp. 310. 7s. 6d.\n\n"
    "Miss Quell has written a quiet novel about a harbour town.\n",
    { XT_TITLE ("THE GREY QUAY"), XT_FIELD (CK_FIELD_COLLECTION_TITLE, NULL), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press") } },
  /* OCR's "l" for "I" in the title in capitals, the pence without a stop */
  { "/extract/old-headers/ocr-caps-title",
    "NEW NOVELS\n\n  THE NlGHT FERRY. By Ann\nQuell. (Gannet. 7s 6d.)\n\n"
    "  Miss Quell has written a quiet novel about\na harbour town at night.\n",
    { XT_TITLE ("THE NIGHT FERRY"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet") } },
  /* distractor: a heading over a line that is no notice gives nothing */
  { "/extract/old-headers/heading-over-prose",
    "NEW NOVELS\n-------\nThe season has been a thin one for novels, and the\nbest of it is still to come.\n",
    { XT_COUNT (0) } },
};

/* OCR's confusions inside words in capitals (normalize.c): each between
 * two capitals; "ll" (which may be "LL"), model numbers and words in
 * lower case stay as they are. */
static void
test_normalize_ocr_caps (void)
{
  static const struct { const char *in, *out; } rows[] = {
    { "GREY NlGHT. By", "GREY NIGHT. By" },            /* "l" for "I" */
    { "THE N0RTH WlND", "THE NORTH WIND" },            /* "0" for "O" */
    { "A HAR5H WINTER", "A HARSH WINTER" },            /* "5" for "S" */
    { "THE FIllY RAN", NULL },                         /* "ll": "LL" or "II" */
    { "the RAF50 and the GT500", NULL },               /* model numbers */
    { "Hello world, alone", NULL },                    /* lower case */
    { "NlGHTS of the Ol", NULL },                      /* "Ol": one capital */
  };
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      gsize n = 0;
      g_autofree guint32 *map = NULL;
      g_autofree char *out = ck_normalize_text (rows[r].in, strlen (rows[r].in), &n, &map);
      if (r == G_N_ELEMENTS (rows) - 1)
        {
          /* the first word is repaired, the last is not */
          g_assert_cmpstr (out, ==, "NIGHTS of the Ol");
          continue;
        }
      g_assert_cmpstr (out, ==, rows[r].out);
      if (out)
        {
          g_assert_cmpuint (n, ==, strlen (rows[r].in));
          g_assert_cmpuint (map[n], ==, strlen (rows[r].in));
          g_assert_cmpuint (map[6], ==, 6);   /* one byte for one */
        }
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  g_test_add_func ("/extract/old-headers/normalize/ocr-caps", test_normalize_ocr_caps);
  return g_test_run ();
}
