/* test-attribution.c — the owner of a work named in running prose
 * (attribution.c and the antecedent search in merge.c): bare possessives,
 * described people, "Name himself", OCR-spoilt surnames of the reviewed
 * author, and the review's year for a reviewed book without one.
 * All titles and names are invented. */
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
  /* a possessive that owns no word is a magazine or a title's end */
  { "/extract/attribution/bare-possessive-magazine",
    HEADER "Tessa Ormond wrote the introduction. In the interval she wrote essays - many printed in "
    "Fenwick's - and two books: Cold Pasture (1979) and Dry Country (1984).\n",
    "Cold Pasture", "Ormond", "Tessa", 1979 },
  { "/extract/attribution/bare-possessive-title-end",
    "Mrs Ormond's novel is of another kind. It has the quiet of At Mrs. Penrose's (1951) and the "
    "malice of A Room over the Quay (1953).\n",
    "A Room over the Quay", "Ormond", NULL, 1953 },
  /* a possessive with its noun still owns the title */
  { "/extract/attribution/possessive-owner",
    "We first met Hana in Tessa Ormond's Cold Pasture (1979), a slow book.\n",
    "Cold Pasture", "Ormond", "Tessa", 1979 },
  /* "the jazzman NAME" is the book's subject; the sentence's subject wrote it */
  { "/extract/attribution/described-person",
    HEADER "Marrant has always worked in fragments - Blue Hour (1976), his novel of the trumpeter "
    "Lem Carbury, is a mosaic - and in The Pale Ledger (1981), the memoir of his childhood, the "
    "fragments were family stories.\n",
    "The Pale Ledger", "Marrant", "Ivo", 1981 },
  /* "the work of NAME (see his T)" still names the writer */
  { "/extract/attribution/work-of-person",
    "Set against this the work of D. Harlan Voss (see his Middle Rank and The Office Class), which "
    "shows the concentration of wealth.\n",
    "Middle Rank", "Voss", NULL, 0 },
  /* "Name himself, in T (year)" */
  { "/extract/attribution/reflexive",
    HEADER "Ada Brill's Long March Home (1970) got there first. Corley himself, in Seven Trials "
    "(1962), had told the story.\n",
    "Seven Trials", "Corley", NULL, 1962 },
  /* "Mr Marranl's fiction": OCR spoilt the reviewed author's surname */
  { "/extract/attribution/ocr-surname",
    HEADER "Mr Marranl's fiction has made the same case for years: The Tithe Barn (1951) showed a "
    "parish electing its vicar.\n",
    "The Tithe Barn", "Marrant", "Ivo", 1951 },
  { "/extract/attribution/ocr-double-v",
    "THE COLD SPRING. By Ann Corwell. (Hollin Press. 8s. 6d.)\n\n"
    "Miss Corvvell's stories have long done this; The Iron Gate (1948) was the best of them.\n",
    "The Iron Gate", "Corwell", "Ann", 1948 },
  /* a different surname is a different person */
  { "/extract/attribution/not-ocr",
    HEADER "Mr Marsden's fiction has made the same case for years: The Tithe Barn (1951) showed a "
    "parish electing its vicar.\n",
    "The Tithe Barn", "Marsden", NULL, 1951 },
  /* the reviewed book takes the year of the review that presents it */
  { "/extract/attribution/header-year-from-self",
    "THE SALT ROAD\nIvo Marrant\nHollin Press, £14.99, pp. 307\n\n"
    "A strange book, and a good one; its last pages are hard to forgive.\n\n"
    "MAREN OSSORY\n\nThe Weekly Lantern, 19 September 1992\n",
    "THE SALT ROAD", "Marrant", "Ivo", 1992 },
};

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
  return g_test_run ();
}
