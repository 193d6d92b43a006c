/* fuzz-common.h — what every citekit fuzz target shares.
 *
 * Each target defines LLVMFuzzerTestOneInput (and may use
 * LLVMFuzzerInitialize).  The same object files are linked either with
 * libFuzzer (clang, -Dfuzzing=true) or with replay.c, a plain main() that
 * feeds committed corpus files to the target so that `meson test` replays
 * every input that once found a bug.
 *
 * A target reports a broken invariant by calling ck_fuzz_fail(), which
 * aborts: libFuzzer saves the input as a crasher, and the replay test fails.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "citekit.h"

int  LLVMFuzzerInitialize   (int *argc, char ***argv);
int  LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Prints "citekit fuzz invariant broken: …" to stderr and aborts. */
void ck_fuzz_fail (const char *format, ...) G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN;

/* Turns GLib criticals and warnings into aborts: a g_return_if_fail() that
 * fires on hostile input is a bug in the library, not in the input. */
void ck_fuzz_setup (void);

/* Checks the GError contract after a call that returned @ok: an error is
 * set exactly when @ok is FALSE, in the CK_ERROR domain, with a message. */
void ck_fuzz_check_result (gboolean ok, const GError *error, const char *what);

/* Reads every accessor of @rec (and of its related records, to a bounded
 * depth) so that sanitizers see every byte the reader produced, and checks
 * that strings are valid UTF-8. */
void ck_fuzz_walk_record (CkRecord *rec);

/* Checks that every diagnostic has a message and a sane position. */
void ck_fuzz_walk_diag (const CkDiag *diag);

/* The @index-th registered format that can read (and, with @need_write,
 * also write), counted modulo the number of such formats; NULL if none. */
const CkFormat *ck_fuzz_pick_format (guint index, gboolean need_write);
