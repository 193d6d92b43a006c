/* test-assemble.c — tests of src/lib/extract/assemble.c: titles and
 * imprint elements. */
#include "extract-test-util.h"

static CkRecord *
elements (const char *text, CkElemMode mode, guint *found, guint *unknown)
{
  CkRecord *rec = ck_record_new (CK_TYPE_BOOK);
  *found = ck_assemble_elements (rec, text, 0, strlen (text), mode, unknown);
  return rec;
}

static void
test_title_subtitle_volume (void)
{
  g_autoptr(CkRecord) rec = ck_record_new (CK_TYPE_BOOK);
  ck_assemble_title (rec, g_strdup ("Tides of Trade Vol.2: The Northern Ports."));
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_TITLE), ==, "Tides of Trade");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_SUBTITLE), ==, "The Northern Ports");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_VOLUME), ==, "2");
}

static void
test_full_imprint (void)
{
  guint found, unknown;
  g_autoptr(CkRecord) rec = elements ("Ann Arbor, Michigan: Delta Books, 1987. xii + 290 pp. Cloth, $31.50.",
                                      CK_ELEM_BLOCK, &found, &unknown);
  g_assert_cmpuint (unknown, ==, 0);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER_PLACE), ==, "Ann Arbor, Michigan");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Delta Books");
  g_assert_cmpint (xt_year (rec), ==, 1987);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_NUMBER_OF_PAGES), ==, "xii + 290");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_BINDING), ==, "Cloth");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PRICE), ==, "$31.50");
}

static void
test_two_places (void)
{
  guint found, unknown;
  g_autoptr(CkRecord) rec = elements ("Paris: Maison Bleue; Geneva: Rive Press, 30s.", CK_ELEM_BLOCK, &found, &unknown);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER_PLACE), ==, "Paris; Geneva");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PUBLISHER), ==, "Maison Bleue; Rive Press");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PRICE), ==, "30s.");
}

static void
test_inline_place_or_publisher (void)
{
  guint found, unknown;
  g_autoptr(CkRecord) a = elements ("Toronto, 1962", CK_ELEM_INLINE, &found, &unknown);
  g_autoptr(CkRecord) b = elements ("Kestrel, £7.50 in UK", CK_ELEM_INLINE, &found, &unknown);
  g_autoptr(CkRecord) c = elements ("OUP, 1990", CK_ELEM_INLINE, &found, &unknown);
  g_autoptr(CkRecord) d = elements ("Kestrel, 1997; US$18.95 in paperback", CK_ELEM_INLINE, &found, &unknown);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER_PLACE), ==, "Toronto");
  g_assert_null (ck_record_get (a, CK_FIELD_PUBLISHER));
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Kestrel");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PRICE), ==, "£7.50 in UK");
  g_assert_cmpstr (ck_record_get (c, CK_FIELD_PUBLISHER), ==, "Oxford University Press");
  /* "in paperback" after a price is the binding, not an unknown piece */
  g_assert_cmpuint (unknown, ==, 0);
  g_assert_cmpstr (ck_record_get (d, CK_FIELD_PRICE), ==, "US$18.95");
  g_assert_cmpstr (ck_record_get (d, CK_FIELD_BINDING), ==, "paperback");
  g_assert_cmpint (xt_year (d), ==, 1997);
}

static void
test_roles_and_editions (void)
{
  guint found, unknown;
  g_autoptr(CkRecord) rec = elements ("revised edition prepared by Lena Holt, translated by Piet de Vries",
                                      CK_ELEM_BLOCK, &found, &unknown);
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_EDITION), ==, "revised edition");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_EDITOR, 0), ==, "Holt");
  g_assert_cmpstr (xt_family (rec, CK_ROLE_TRANSLATOR, 0), ==, "Vries");
  {
    g_autoptr(CkRecord) ed = elements ("3rd Edition 2011", CK_ELEM_BLOCK, &found, &unknown);
    g_assert_cmpstr (ck_record_get (ed, CK_FIELD_EDITION), ==, "3rd Edition");
    g_assert_cmpint (xt_year (ed), ==, 2011);
  }
}

static void
test_bracketed_translator_and_ocr_price (void)
{
  guint found, unknown;
  g_autoptr(CkRecord) rec = elements ("[Olga Brun], 212 pages, S6.00", CK_ELEM_BLOCK, &found, &unknown);
  g_assert_cmpstr (xt_family (rec, CK_ROLE_TRANSLATOR, 0), ==, "Brun");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_PRICE), ==, "$6.00");
  g_assert_cmpstr (ck_record_get (rec, CK_FIELD_NUMBER_OF_PAGES), ==, "212");
}

static void
test_not_an_imprint (void)
{
  guint found, unknown;
  g_autoptr(CkRecord) rec = elements ("in which the author argues", CK_ELEM_INLINE, &found, &unknown);
  g_assert_cmpuint (found, ==, 0);
  g_assert_cmpuint (unknown, ==, 1);
  g_assert_true (ck_has_imprint_signal ("x 312 pages y", 0, 13));
  g_assert_true (ck_has_imprint_signal ("Leeds: Pell Books, 1970", 0, 23));
  g_assert_false (ck_has_imprint_signal ("Event of 1917", 0, 13));
}

/* Firm names with commas, "and" and abbreviations come out whole; a US
 * "City, ST" is one place; catalogue years and publication statements
 * are dates, not publishers. */
static void
test_known_firms_and_places (void)
{
  guint found, unknown;
  g_autoptr(CkRecord) a = elements ("New York: Farrar, Straus and Giroux, 1999", CK_ELEM_INLINE, &found, &unknown);
  g_autoptr(CkRecord) b = elements ("Boston: Little, Brown, 1961", CK_ELEM_INLINE, &found, &unknown);
  g_autoptr(CkRecord) c = elements ("Oxford Univ. Press, 1975", CK_ELEM_INLINE, &found, &unknown);
  g_autoptr(CkRecord) d = elements ("Fort Collins, CO: Larkspur Books, 2004", CK_ELEM_INLINE, &found, &unknown);
  g_autoptr(CkRecord) e = elements ("Cambridge, Mass.: Harvard University Press, 1971", CK_ELEM_INLINE,
                                    &found, &unknown);
  g_autoptr(CkRecord) f = elements ("Leeds: Tern\nPress, 1958", CK_ELEM_INLINE, &found, &unknown);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER), ==, "Farrar, Straus and Giroux");
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER_PLACE), ==, "New York");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Little, Brown");
  g_assert_cmpstr (ck_record_get (c, CK_FIELD_PUBLISHER), ==, "Oxford Univ. Press");   /* as written, whole */
  g_assert_cmpint (xt_year (c), ==, 1975);
  g_assert_cmpstr (ck_record_get (d, CK_FIELD_PUBLISHER_PLACE), ==, "Fort Collins, CO");
  g_assert_cmpstr (ck_record_get (d, CK_FIELD_PUBLISHER), ==, "Larkspur Books");
  g_assert_cmpstr (ck_record_get (e, CK_FIELD_PUBLISHER_PLACE), ==, "Cambridge, Mass.");
  {
    g_autoptr(CkRecord) g = elements ("Wenlock, 1990", CK_ELEM_INLINE, &found, &unknown);
    g_autoptr(CkRecord) h = elements ("Ashby, Kestrel, 1990", CK_ELEM_INLINE, &found, &unknown);
    /* a lone unknown name is the publisher; of two, the first is the place */
    g_assert_cmpstr (ck_record_get (g, CK_FIELD_PUBLISHER), ==, "Wenlock");
    g_assert_null (ck_record_get (g, CK_FIELD_PUBLISHER_PLACE));
    g_assert_cmpstr (ck_record_get (h, CK_FIELD_PUBLISHER_PLACE), ==, "Ashby");
    g_assert_cmpstr (ck_record_get (h, CK_FIELD_PUBLISHER), ==, "Kestrel");
  }
  {
    g_autoptr(CkRecord) u = elements ("Hamish Hamilton, 320pp, £25 / Farrar, Straus and Giroux, US$30",
                                      CK_ELEM_BLOCK, &found, &unknown);
    /* UK and US editions after one another */
    g_assert_cmpstr (ck_record_get (u, CK_FIELD_PUBLISHER), ==, "Hamish Hamilton; Farrar, Straus and Giroux");
    g_assert_cmpstr (ck_record_get (u, CK_FIELD_PRICE), ==, "£25; US$30");
  }
  {
    g_autoptr(CkRecord) m = elements ("Maison Grise, 2001, 280 pages, 24,50 €", CK_ELEM_BLOCK, &found, &unknown);
    g_autoptr(CkRecord) n = elements ("Kestrel, 2001, AU$32.99, CHF 41", CK_ELEM_BLOCK, &found, &unknown);
    /* prices in more currencies, and the symbol after the number */
    g_assert_cmpstr (ck_record_get (m, CK_FIELD_PRICE), ==, "24,50 €");
    g_assert_cmpstr (ck_record_get (n, CK_FIELD_PRICE), ==, "AU$32.99; CHF 41");
    g_assert_cmpstr (ck_record_get (n, CK_FIELD_PUBLISHER), ==, "Kestrel");
  }
  {
    g_autoptr(CkRecord) o = elements ("New York: Harcourt, Brace and Company, 1951", CK_ELEM_INLINE, &found, &unknown);
    g_autoptr(CkRecord) q = elements ("Oxford: OUP, 1990", CK_ELEM_INLINE, &found, &unknown);
    /* a firm with commas right after "Place: "; an abbreviation after the colon */
    g_assert_cmpstr (ck_record_get (o, CK_FIELD_PUBLISHER), ==, "Harcourt, Brace and Company");
    g_assert_cmpstr (ck_record_get (o, CK_FIELD_PUBLISHER_PLACE), ==, "New York");
    g_assert_cmpstr (ck_record_get (q, CK_FIELD_PUBLISHER), ==, "Oxford University Press");
  }
  {
    g_autoptr(CkRecord) r = elements ("Tern Books, Fort Collins CO and London, 2000. xvii + 478 pp., £19.95 hb., "
                                      "978 0 00 000000 2.", CK_ELEM_BLOCK, &found, &unknown);
    g_autoptr(CkRecord) t = elements ("Tern Books, 2000, 978-0-00-000000-3", CK_ELEM_BLOCK, &found, &unknown);
    /* places joined by "and", "City ST", an unlabelled ISBN whose check digit agrees */
    g_assert_cmpstr (ck_record_get (r, CK_FIELD_PUBLISHER_PLACE), ==, "Fort Collins CO and London");
    g_assert_cmpstr (ck_record_get (r, CK_FIELD_PRICE), ==, "£19.95");
    g_assert_cmpstr (ck_record_get (r, CK_FIELD_BINDING), ==, "hardback");
    g_assert_cmpstr (ck_record_get (r, CK_FIELD_ISBN), ==, "978 0 00 000000 2");
    g_assert_null (ck_record_get (t, CK_FIELD_ISBN));
  }
  /* inside "(…)" a wrapped line does not split the publisher */
  g_assert_cmpstr (ck_record_get (f, CK_FIELD_PUBLISHER), ==, "Tern Press");
}

static void
test_dates_not_publishers (void)
{
  guint found, unknown;
  g_autoptr(CkRecord) a = elements ("Wren Books, 310 pages, $27\nFirst published September 15, 2020",
                                    CK_ELEM_BLOCK, &found, &unknown);
  g_autoptr(CkRecord) b = elements ("Ashford : Quill House, c1984", CK_ELEM_BLOCK, &found, &unknown);
  g_autoptr(CkRecord) c = elements ("Published 3 March 2011", CK_ELEM_BLOCK, &found, &unknown);
  g_assert_cmpstr (ck_record_get (a, CK_FIELD_PUBLISHER), ==, "Wren Books");
  g_assert_cmpint (xt_year (a), ==, 2020);
  g_assert_cmpuint (unknown, ==, 0);
  g_assert_cmpint (xt_year (b), ==, 1984);
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER_PLACE), ==, "Ashford");
  g_assert_cmpstr (ck_record_get (b, CK_FIELD_PUBLISHER), ==, "Quill House");
  {
    /* one publisher named twice is one */
    g_autoptr(CkRecord) d = elements ("Quill House; Quill House, 1984", CK_ELEM_BLOCK, &found, &unknown);
    g_assert_cmpstr (ck_record_get (d, CK_FIELD_PUBLISHER), ==, "Quill House");
  }
  g_assert_cmpint (xt_year (c), ==, 2011);
  {
    /* "Publisher: Year" of science journals' headers */
    g_autoptr(CkRecord) d = elements ("Wrenfield: 2016", CK_ELEM_BLOCK, &found, &unknown);
    g_assert_cmpstr (ck_record_get (d, CK_FIELD_PUBLISHER), ==, "Wrenfield");
    g_assert_cmpint (xt_year (d), ==, 2016);
  }
  g_assert_null (ck_record_get (c, CK_FIELD_PUBLISHER));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/assemble/title", test_title_subtitle_volume);
  g_test_add_func ("/extract/assemble/imprint", test_full_imprint);
  g_test_add_func ("/extract/assemble/two-places", test_two_places);
  g_test_add_func ("/extract/assemble/inline", test_inline_place_or_publisher);
  g_test_add_func ("/extract/assemble/roles-editions", test_roles_and_editions);
  g_test_add_func ("/extract/assemble/bracket-ocr", test_bracketed_translator_and_ocr_price);
  g_test_add_func ("/extract/assemble/not-imprint", test_not_an_imprint);
  g_test_add_func ("/extract/assemble/known-firms", test_known_firms_and_places);
  g_test_add_func ("/extract/assemble/dates-not-publishers", test_dates_not_publishers);
  return g_test_run ();
}
