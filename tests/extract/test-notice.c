/* test-notice.c — notices that open with their header (detect-notice.c),
 * booksellers' entries ("23. FAMILY, Given. Title. Place: Publisher,
 * Year." over a description, detect-header.c), and the citations inside a
 * notice: "the author of “T”", an award in
 * parentheses that dates an honour, not a container or a publisher. */
#include "extract-test-util.h"

typedef struct {
  const char *path;
  const char *text;
  const char *title;       /* a record that must be found */
  const char *family;      /* its first author's family name, or NULL */
  CkField     field;       /* one more field, CK_FIELD_N_FIELDS for none */
  const char *value;
  guint       n_records;
} NoticeCase;

static const NoticeCase cases[] = {
  { "/extract/notice/caps-title-runs-on",
    "Briefly Noted\n\nGREY HARBOUR. By Tom Vell. 565 pages. Lantern Books. $4.95. A long and earnest book "
    "about a harbour town and the people who leave it, told in a plain and careful prose that rarely "
    "lifts but never falls, with a hundred pages too many and a good ending.\n",
    "GREY HARBOUR", "Vell", CK_FIELD_PRICE, "$4.95", 1 },
  { "/extract/notice/publisher-pages",
    "SALT AND IRON. By Ada Quell and Piet Orr. 408 pages. Random House. $3.95. Two writers on the "
    "mines of the north, and a better book than either has written alone, though it is a slow one.\n",
    "SALT AND IRON", "Quell", CK_FIELD_PUBLISHER, "Random House", 1 },
  { "/extract/notice/keeps-inner-citation",
    "LOW WATER. By Tom Vell. 251 pages. Lantern Books. $3.50. Ten stories from the author of "
    "\"The Salt Road\" (Booker Prize, 1952), and the best of them is the last, a long walk at night.\n",
    "The Salt Road", NULL, CK_FIELD_CONTAINER_TITLE, NULL, 2 },
  /* title case needs two imprint units besides the by-line */
  { "/extract/notice/title-case",
    "Low Water. By Tom Vell. 251 pages. Lantern Books. $3.50. Ten stories of the coast, the best of "
    "them the last, a long walk at night along the shore to a light that is never reached.\n",
    "Low Water", "Vell", CK_FIELD_NUMBER_OF_PAGES, "251", 1 },
  /* the notice's first sentence quotes a title and ends inside the quote */
  { "/extract/notice/quote-ends-header",
    "LOW WATER. By Tom Vell. 251 pages. Lantern Books. $3.50. Ten stories from the coastal author of "
    "\"Salt Water.\" It is the most frightening book this reviewer has read this year, and that says a lot.\n",
    "Salt Water", NULL, CK_FIELD_N_FIELDS, NULL, 2 },
  /* a bookseller's entry over the description of the copy */
  { "/extract/notice/bookseller-entry",
    "Catalogue 12\n\n23. VELL, Tom. Grey Harbour. London: Lantern Books, 1938.\nFirst edition. Original "
    "cloth, a very good copy in the rare dust-wrapper, a little faded at the spine, with a small chip.\n"
    "£3,750   [Ref: 2311]\n",
    "Grey Harbour", "Vell", CK_FIELD_PUBLISHER, "Lantern Books", 1 },
  /* a journal's header: "Title. By E. P. Name. Place:" wrapped before its
   * publisher, extent as "Pp. 313." */
  { "/extract/notice/journal-header-wrapped-place",
    "Review\n\nSalt and Iron. By E. P. Vell. New York:\nLantern Books, 1975. Pp. 313. $12.95.\n\n"
    "These two books, published within months of each other, announce a new history of the mines.\n",
    "Salt and Iron", "Vell", CK_FIELD_PUBLISHER, "Lantern Books", 1 },
  /* a header line's subtitle with commas before "by", and a possessive
   * that is the title's own */
  { "/extract/notice/header-line-subtitle-commas",
    "Books in this review\n\nFool's Dust: How Greed Corrupted a Dream, Shattered Markets and Unleashed "
    "a Catastrophe by Anna Vell (Lantern, £20)\n\n"
    "The crisis has produced many books, and this is the best of them, though it is not short.\n",
    "Fool's Dust", "Vell", CK_FIELD_SUBTITLE, "How Greed Corrupted a Dream, Shattered Markets and Unleashed a Catastrophe", 1 },
  /* a short paragraph of prose is no header: its first sentence is no title */
  { "/extract/notice/short-prose-paragraph",
    "Ada Vell has thought about mills for years. In the Age of the Salt Machine: The Future of Work "
    "(Lantern Books, 1988) was a study of them.\n",
    "In the Age of the Salt Machine", "Vell", CK_FIELD_PUBLISHER, "Lantern Books", 1 },
  /* a possessive opening a header's title, mentioned again in the prose */
  { "/extract/notice/possessive-title-again",
    "Review\n\nOrr's Salt Tree: Crime in the North. By\nAda Vell and Tom Quell.\nNew York: Lantern Books, "
    "1975. Pp. 352. $12.95.\n\nThe essays in Orr's Salt Tree extend the case, and they are long and careful "
    "and good, though the maps are poor.\n",
    "Orr's Salt Tree", "Vell", CK_FIELD_PUBLISHER, "Lantern Books", 1 },
  /* a sentence that opens with capitals and "By" but carries no imprint */
  { "/extract/notice/no-imprint",
    "THE END. By then the town had emptied, and the harbour was a place for gulls and old men who "
    "remembered the boats, though none of them would say so to a stranger.\n",
    NULL, NULL, CK_FIELD_N_FIELDS, NULL, 0 },
};

static void
run_case (gconstpointer data)
{
  const NoticeCase *c = data;
  g_autoptr(GPtrArray) recs = xt_extract (c->text);
  CkRecord *rec;
  g_assert_cmpuint (recs->len, ==, c->n_records);
  if (!c->title)
    return;
  rec = xt_find (recs, c->title);
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, c->family);
  if (c->field != CK_FIELD_N_FIELDS)
    g_assert_cmpstr (ck_record_get (rec, c->field), ==, c->value);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], run_case);
  return g_test_run ();
}
