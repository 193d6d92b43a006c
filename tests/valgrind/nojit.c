/* nojit.c — preloaded by `meson test --setup valgrind` (see meson.build).
 *
 * The extractor compiles its regular expressions with G_REGEX_OPTIMIZE, so
 * GLib hands them to the PCRE2 JIT.  JIT-compiled code reads the subject a
 * machine word at a time, past the terminating NUL into the unused tail of
 * a GString's buffer; valgrind, seeing code with no symbols, reports every
 * such read as "Conditional jump depends on uninitialised value" (pcre2jit(3):
 * false positives unless PCRE2 is built with --enable-valgrind, which
 * Debian's is not).  Suppressing those would hide every real error in
 * unnamed code too, so instead JIT compilation "is not available" here:
 * GLib falls back to PCRE2's interpreter (same matches, slower), which
 * valgrind checks byte by byte.
 */
/* GLib links the 8-bit library: this defines pcre2_jit_compile_8. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

int
pcre2_jit_compile (pcre2_code *code, uint32_t options)
{
  (void) code;
  (void) options;
  return PCRE2_ERROR_JIT_BADOPTION;
}
