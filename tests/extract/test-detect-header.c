/* test-detect-header.c — review headers written as sentences in one short
 * paragraph (src/lib/extract/detect-header.c).  Invented works only. */
#include "extract-test-util.h"

static gboolean
fired (CkRecord *rec, const char *detector)
{
  for (guint i = 0; i < ck_record_get_n_provenance (rec); i++)
    if (g_strcmp0 (ck_record_get_provenance (rec, i)->detector, detector) == 0)
      return TRUE;
  return FALSE;
}

static void
test_author_title_imprint_isbn (void)
{
  const char *text = "Mara Quell. The Salt Ledger: Trade, Debt, and the Sea. Halifax: Tidewater University Press, "
                     "2003. xiv + 310 pp. $42.00 (cloth), ISBN 0-000-00000-0.\n\n"
                     "Reviewed by Ott Brand\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The Salt Ledger");
  g_assert_nonnull (rec);
  g_assert_true (fired (rec, "sentence-header"));
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_SUBTITLE), ==, "Trade, Debt, and the Sea");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Quell");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Tidewater University Press");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER_PLACE), ==, "Halifax");
  g_assert_cmpint (xt_year (rec), ==, 2003);
}

static void
test_caps_title_ocr_imprint (void)
{
  const char *text = "THE LONG MARSH. By T. R. Velde. Boston: The Heron-\nford Company, l961. x + 220 pp. S5.00.\n\n"
                     "   The author, whose earlier book was widely read, returns here to the coast and its people.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "THE LONG MARSH");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Velde");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "The Heronford Company");
  g_assert_cmpint (xt_year (rec), ==, 1961);
}

static void
test_title_with_year_range_then_by (void)
{
  const char *text = "The Tin Years: Mines and Men, 1840–1890. By Ida Penn. Truro: Kernow Books, 2011. £25.00.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "The Tin Years");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_SUBTITLE), ==, "Mines and Men, 1840–1890");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Penn");
  g_assert_cmpint (xt_year (rec), ==, 2011);
}

static void
test_two_authors_comma_form (void)
{
  const char *text = "Ann Reed and Bo Lind, Harbour, Lantern University Press, Leeds MA and York, 2000. "
                     "xvii + 478 pp., £19.95 hb., 0 000 00000 0.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Harbour");
  g_assert_nonnull (rec);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, "Reed");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 1), ==, "Lind");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Lantern University Press");
  g_assert_cmpint (xt_year (rec), ==, 2000);
}

static void
test_short_sentences_with_price_are_no_header (void)
{
  const char *text = "It cost $5.00 then. Nobody bought it. Prices rose in 1971.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  g_assert_cmpuint (recs->len, ==, 0);
}

/* stacked notices (the header-block detector's) with the price glued to
 * the publisher: the price is no part of the publisher's name */
static void
test_price_glued_to_publisher (void)
{
  const char *text = "Glass Rain by Una Pike\nKestrel Books £12.99, pp300\n\n"
                     "A story of weather and families, told with a sure hand over many long and rainy chapters, "
                     "and the better for it.\n";
  g_autoptr(GPtrArray) recs = xt_extract (text);
  CkRecord *rec = xt_find (recs, "Glass Rain");
  g_assert_nonnull (rec);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Kestrel Books");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PRICE), ==, "£12.99");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/sentence-header/author-title-imprint-isbn", test_author_title_imprint_isbn);
  g_test_add_func ("/extract/sentence-header/caps-title-ocr", test_caps_title_ocr_imprint);
  g_test_add_func ("/extract/sentence-header/year-range-then-by", test_title_with_year_range_then_by);
  g_test_add_func ("/extract/sentence-header/two-authors-comma", test_two_authors_comma_form);
  g_test_add_func ("/extract/sentence-header/distractor", test_short_sentences_with_price_are_no_header);
  g_test_add_func ("/extract/sentence-header/price-glued-to-publisher", test_price_glued_to_publisher);
  return g_test_run ();
}
