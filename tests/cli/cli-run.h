/* cli-run.h — what a test keeps of one run of the built binary: its exit
 * status and everything it printed.  Shared by the CLI tests. */
#pragma once

#include <glib.h>

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static inline void
run_clear (Run *r)
{
  g_free (r->out);
  g_free (r->err);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)
