/* normalize-cards.h — the call-number column of a catalogue card. */
#pragma once
#include <glib.h>

/* At @p, a line's start in text[.., end): the length of a call number
 * set in the card's left margin, to be blanked, or 0. */
gsize ck_card_code_at (const char *text, const char *p, const char *end);
