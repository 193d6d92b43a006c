/* test-headers.c — the umbrella header compiles on its own under
 * -pedantic, and the direct inclusion guard holds (see meson.build). */
#include <citekit/citekit.h>

int
main (void)
{
  /* Touch one symbol of each header so the link proves they are exported. */
  CkName *n = ck_name_new (CK_ROLE_AUTHOR);
  CkDate *d = ck_date_new ();
  CkRecord *r = ck_record_new (CK_TYPE_BOOK);
  CkDiag *g = ck_diag_new ();
  int ok = ck_error_quark () != 0 && ck_version () != NULL && ck_format_lookup ("csljson") != NULL;
  ck_name_free (n);
  ck_date_free (d);
  ck_record_unref (r);
  ck_diag_free (g);
  return ok ? 0 : 1;
}
