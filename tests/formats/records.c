/* records.c — see records.h. */
#include "records.h"

static CkRecord *
book (void)
{
  CkRecord *r = ck_record_new (CK_TYPE_BOOK);
  ck_record_set_key (r, "moreau1931atlas");
  ck_record_set (r, CK_FIELD_TITLE, "An Atlas of Imaginary Harbours");
  ck_record_set (r, CK_FIELD_SUBTITLE, "Charts & Soundings, 1850–1900");
  ck_record_set (r, CK_FIELD_ORIGINAL_TITLE, "Atlas des ports imaginaires");
  ck_record_set (r, CK_FIELD_ORIGINAL_LANGUAGE, "fr");
  ck_record_take_name (r, ck_name_new_personal (CK_ROLE_AUTHOR, "Moreau", "Élise"));
  {
    CkName *n = ck_name_new_personal (CK_ROLE_AUTHOR, "Berg", "Hans");
    n->particle = g_strdup ("von");
    n->suffix = g_strdup ("Jr.");
    ck_record_take_name (r, n);
  }
  ck_record_take_name (r, ck_name_new_personal (CK_ROLE_EDITOR, "Okafor", "Ngozi"));
  ck_record_take_name (r, ck_name_new_personal (CK_ROLE_TRANSLATOR, "Lindqvist", "Per"));
  ck_record_take_name (r, ck_name_new_personal (CK_ROLE_INTRODUCER, "Ahmed", "Samira"));
  ck_record_set (r, CK_FIELD_EDITION, "Revised edition");
  ck_record_set (r, CK_FIELD_PUBLISHER, "Harbour & Tide Press");
  ck_record_set (r, CK_FIELD_PUBLISHER_PLACE, "Lyon");
  ck_record_take_date (r, CK_DATE_ISSUED, ck_date_new_ymd (1931, 0, 0));
  ck_record_take_date (r, CK_DATE_ORIGINAL, ck_date_new_ymd (1927, 0, 0));
  ck_record_set (r, CK_FIELD_NUMBER_OF_PAGES, "xii + 288");
  ck_record_set (r, CK_FIELD_BINDING, "Paperback");
  ck_record_set (r, CK_FIELD_PRICE, "$24.50");
  ck_record_set (r, CK_FIELD_ISBN, "978-0-00-000000-2");
  ck_record_set (r, CK_FIELD_COLLECTION_TITLE, "Maritime Studies");
  ck_record_set (r, CK_FIELD_COLLECTION_NUMBER, "7");
  ck_record_set (r, CK_FIELD_NOTE, "100% of the 2nd printing; see {braces} and ~tilde_ #hash");
  ck_record_set_extra (r, "owner", "library-desk");
  return r;
}

static CkRecord *
chapter (CkRecord *container)
{
  CkRecord *r = ck_record_new (CK_TYPE_CHAPTER);
  ck_record_set_key (r, "moreau1931tides");
  ck_record_set (r, CK_FIELD_TITLE, "On Tides That Never Were");
  ck_record_take_name (r, ck_name_new_personal (CK_ROLE_AUTHOR, "Moreau", "Élise"));
  ck_record_take_name (r, ck_name_new_personal (CK_ROLE_TRANSLATOR, "Ibáñez", "Lucía"));
  ck_record_set (r, CK_FIELD_CONTAINER_TITLE, ck_record_get (container, CK_FIELD_TITLE));
  ck_record_set (r, CK_FIELD_PAGES, "41-67");
  ck_record_take_date (r, CK_DATE_ISSUED, ck_date_new_ymd (1931, 0, 0));
  ck_record_add_relation (container, CK_RELATION_CONSTITUENT, r);
  return r;
}

static CkRecord *
article (void)
{
  CkRecord *r = ck_record_new (CK_TYPE_ARTICLE_JOURNAL);
  ck_record_set_key (r, "nakamura2004salt");
  ck_record_set (r, CK_FIELD_TITLE, "Salt, Silver and the Ledger");
  ck_record_take_name (r, ck_name_new_personal (CK_ROLE_AUTHOR, "Nakamura", "Kenji"));
  ck_record_take_name (r, ck_name_new_literal (CK_ROLE_AUTHOR, "Coastal History Group"));
  ck_record_set (r, CK_FIELD_CONTAINER_TITLE, "Journal of Invented Economies");
  ck_record_set (r, CK_FIELD_VOLUME, "12");
  ck_record_set (r, CK_FIELD_ISSUE, "3");
  ck_record_set (r, CK_FIELD_PAGES, "201-230");
  ck_record_set (r, CK_FIELD_DOI, "10.1234/jie.2004.12.3.201");
  ck_record_set (r, CK_FIELD_URL, "https://example.org/~ledger/salt_silver?x=1&y=2");
  {
    CkDate *d = ck_date_new ();
    d->year = 2004;
    d->season = CK_SEASON_AUTUMN;
    ck_record_take_date (r, CK_DATE_ISSUED, d);
  }
  return r;
}

static CkRecord *
review (CkRecord *reviewed)
{
  CkRecord *r = ck_record_new (CK_TYPE_REVIEW_BOOK);
  ck_record_set_key (r, "ferreira1932harbours");
  ck_record_set (r, CK_FIELD_TITLE, "Harbours of the Mind");
  ck_record_take_name (r, ck_name_new_personal (CK_ROLE_AUTHOR, "Ferreira", "Ana"));
  ck_record_set (r, CK_FIELD_CONTAINER_TITLE, "The Quarterly Lantern");
  ck_record_set (r, CK_FIELD_ISSUE, "73");
  {
    CkDate *d = ck_date_new_ymd (1932, 3, 0);
    d->end_year = 1932;
    d->end_month = 4;
    ck_record_take_date (r, CK_DATE_ISSUED, d);
  }
  ck_record_set (r, CK_FIELD_REVIEWED_TITLE, ck_record_get (reviewed, CK_FIELD_TITLE));
  ck_record_take_name (r, ck_name_new_personal (CK_ROLE_REVIEWED_AUTHOR, "Moreau", "Élise"));
  ck_record_add_relation (r, CK_RELATION_REVIEWS, reviewed);
  return r;
}

static CkRecord *
periodical (void)
{
  CkRecord *r = ck_record_new (CK_TYPE_PERIODICAL);
  ck_record_set_key (r, "morningbell");
  ck_record_set (r, CK_FIELD_TITLE, "Utrenniy kolokol");
  ck_record_set (r, CK_FIELD_TRANSLATED_TITLE, "The Morning Bell");
  return r;
}

static CkRecord *
undated (void)
{
  CkRecord *r = ck_record_new (CK_TYPE_BOOK);
  ck_record_set_key (r, "petrov-lighthouses");
  ck_record_set (r, CK_FIELD_TITLE, "Lighthouses Without Keepers");
  ck_record_take_name (r, ck_name_new_personal (CK_ROLE_AUTHOR, "Petrov", NULL));
  {
    CkDate *d = ck_date_new ();
    d->literal = g_strdup ("n.d.");
    ck_record_take_date (r, CK_DATE_ISSUED, d);
  }
  return r;
}

GPtrArray *
ck_test_records_new (void)
{
  GPtrArray *recs = g_ptr_array_new_with_free_func ((GDestroyNotify) ck_record_unref);
  CkRecord *b = book ();
  g_ptr_array_add (recs, b);
  g_ptr_array_add (recs, chapter (b));
  g_ptr_array_add (recs, article ());
  g_ptr_array_add (recs, review (b));
  g_ptr_array_add (recs, periodical ());
  g_ptr_array_add (recs, undated ());
  return recs;
}

gboolean
ck_test_format_is_native (const CkFormat *fmt)
{
  static const char * const native[] = { "bibtex", "biblatex", "ris", "mods", "csljson", NULL };
  return g_strv_contains (native, ck_format_get_name (fmt));
}
