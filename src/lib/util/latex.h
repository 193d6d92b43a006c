/* latex.h — LaTeX text ↔ Unicode, as found in BibTeX field values.
 *
 * Decoding turns the LaTeX that people write in .bib files into plain
 * UTF-8: accents ({\"o}, \v{c}, \'\i), named letters and symbols (\ss, \o,
 * \textendash), escaped specials (\&, \%, \$), dashes (--, ---), TeX quotes
 * (``…''), ties (~).  What cannot be turned into plain text without losing
 * meaning — math, unknown macros, formatting commands, case-protecting
 * braces — is reported through a CkLatexLoss mask, so a caller can keep the
 * original form next to the decoded one (the BibTeX reader does).
 *
 * Encoding is the reverse for writers: the LaTeX specials are escaped so
 * "$19.95" cannot open math mode, and with CK_LATEX_ASCII every non-ASCII
 * character that has a LaTeX spelling gets one ("é" → "{\'e}").
 *
 *   guint loss = 0;
 *   g_autofree char *s = ck_latex_decode ("G{\\\"o}del", -1, 0, &loss); // "Gödel", loss 0
 *   g_autofree char *t = ck_latex_encode ("Gödel & $5", CK_LATEX_ASCII, NULL);
 *   // "G{\\\"o}del \\& \\$5"
 *
 * Both directions are linear, non-recursive and never fail: the result is
 * always valid UTF-8 when the input is.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  CK_LATEX_DECODE_DEFAULT = 0,
  /* "~" and "\," become a plain space (names) instead of U+00A0 / U+202F. */
  CK_LATEX_DECODE_TIE_AS_SPACE = 1 << 0,
} CkLatexDecodeFlags;

/* What a decode could not represent in plain text (a bit mask). */
typedef enum {
  CK_LATEX_LOSS_NONE    = 0,
  CK_LATEX_LOSS_BRACES  = 1 << 0,  /* case-protecting {…} removed */
  CK_LATEX_LOSS_MATH    = 1 << 1,  /* $…$ kept verbatim */
  CK_LATEX_LOSS_UNKNOWN = 1 << 2,  /* an unknown command kept verbatim */
  CK_LATEX_LOSS_FORMAT  = 1 << 3,  /* \emph, \textbf, {\it …}, \- dropped */
} CkLatexLoss;

/* Decodes @len bytes of @text (-1: NUL-terminated) into a new UTF-8 string.
 * @out_loss (may be NULL) receives a CkLatexLoss mask. */
char *ck_latex_decode (const char *text, gssize len, CkLatexDecodeFlags flags, guint *out_loss);

typedef enum {
  CK_LATEX_ENCODE_DEFAULT = 0,
  CK_LATEX_ASCII          = 1 << 0,  /* LaTeX escapes for non-ASCII letters */
} CkLatexEncodeFlags;

/* Escapes @text for a BibTeX field value.  @out_unrepresentable (may be
 * NULL) is set to TRUE when CK_LATEX_ASCII was asked for and some character
 * has no LaTeX spelling (it is then written as UTF-8). */
char *ck_latex_encode (const char *text, CkLatexEncodeFlags flags, gboolean *out_unrepresentable);

/* Appends the encoding of @text to @out (same rules as ck_latex_encode). */
void  ck_latex_encode_append (GString *out, const char *text, CkLatexEncodeFlags flags,
                              gboolean *out_unrepresentable);

G_END_DECLS
