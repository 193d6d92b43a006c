/* title-foreign.c — titles in French, Spanish, Italian or German, which
 * keep their own capitalisation: only the first word (and names) take a
 * capital, the function words are not English ones, and an article may
 * be elided onto the next word:
 *
 *   L'Ordre et la ruine (1951)                  elided article, lower case
 *   Portrait du marin (1962)                    no article at all
 *   Ports et havres de 1500 à 1700 (Paris, 1960) numbers between the words
 *   Les Îles et les ports (Paris, 1950)         an article opens it
 *   Souvenirs d'outre-mer                       an elided word
 *   Ocho noches de lluvia (1961)                the second word in lower case
 *
 * The title-case scanners of spans.c stop at the first lower-case word.
 * These scanners read the run word by word: a foreign function word
 * ("et", "du", "de la", "und") may be followed by a word of any case; a
 * lower-case word after anything else ends the run, unless a foreign
 * article opened it.  English function words ("the", "of", "and") and
 * punctuation always end it.  A line break inside a prose paragraph is
 * layout and does not.  Each scanner needs a marker that the run is
 * foreign: a foreign function word or an elision.
 */
#include "extract-private.h"
#include "detect-extra.h"
#include <string.h>

#define FOREIGN_MAX_TOKENS 16

/* Function words of French, Spanish, Italian and German that are no
 * English words (lower case; "a", "in", "die" and "den" are left out
 * because English prose has them too). */
static const char * const foreign_function_words[] = {
  "de", "du", "des", "la", "le", "les", "et", "à", "au", "aux", "sur", "sous", "pour", "dans", "par", "une", "un",
  "en", "ou", "del", "los", "las", "el", "y", "con", "sin", "por", "para", "di", "della", "delle", "dei", "degli",
  "il", "lo", "gli", "nel", "nella", "per", "der", "das", "dem", "des", "und", "vom", "zum", "zur", "im", "ein",
  "eine", "mit", "über", "als",
  /* prepositions, articles and conjunctions of the same languages that
   * English never uses ("Haus ohne Dach", "La luna e i fuochi") */
  "ohne", "auf", "aus", "bei", "nach", "vor", "gegen", "durch", "zwischen", "für", "unter", "einem", "einen",
  "einer", "eines", "beim", "ins", "tra", "fra", "dal", "dalla", "alla", "alle", "sul", "sulla", "negli", "nei",
  "e", "i", "una", "avec", "sans", "chez", "vers", "contre", "sobre", "desde", "hasta", "unos", "unas", NULL,
};

/* Pronouns, possessives, negations and common verbs of the same
 * languages: foreign too, and they may end a title ("Paesi tuoi", "Wo
 * warst du").  Words English has too ("son", "come", "war", "am", "so",
 * "no", "era", "ton", "al") are left out. */
static const char * const foreign_words[] = {
  "kein", "keine", "keinen", "nicht", "ich", "du", "wir", "ihr", "mein", "meine", "dein", "deine", "sein",
  "seine", "unser", "unsere", "wo", "wie", "wer", "ist", "sind", "mio", "mia", "miei", "mie", "tuo", "tua",
  "tuoi", "tue", "suo", "sua", "suoi", "sue", "nostro", "nostra", "nostri", "nostre", "vostro", "vostra",
  "vostri", "vostre", "loro", "che", "chi", "non", "sono", "uno", "mon", "ma", "mes", "ta", "tes", "sa", "ses",
  "notre", "votre", "leur", "leurs", "qui", "que", "ne", "pas", "est", "sont", "nous", "vous", "je", "tu",
  "elle", "ils", "mi", "mis", "tus", "sus", "su", "muy", NULL,
};

/* Articles that open a foreign title (capitalised). */
static const char * const foreign_openers[] = {
  "La", "Le", "Les", "Un", "Une", "Der", "Die", "Das", "Ein", "Eine", "El", "Los", "Las", "Il", "Lo", "Gli", NULL,
};

/* English words that never sit inside a foreign title. */
static const char * const english_words[] = {
  "the", "of", "and", "to", "is", "was", "a", "an", "with", "for", "his", "her", "that", "which", "in", "on",
  "by", "as", "its", "their", "this", "from", "at", "or", "but", "were", "are", "will", "would", "can", "could",
  "has", "have", "had", "been", "not", "also", "should", "must", NULL,
};

/* "l'ordre", "d'outre-mer", "L'Ordre", "dell'arte": an article or
 * preposition elided onto the word. */
static gboolean
elided (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  const char *s = ctx->text + t->start;
  gsize n = t->end - t->start;
  static const char * const heads[] = { "l'", "d'", "l\xe2\x80\x99", "d\xe2\x80\x99", "dell'", "dall'", "nell'",
                                        "dell\xe2\x80\x99", "qu'", NULL };
  if (t->kind != CK_TOK_WORD)
    return FALSE;
  for (guint k = 0; heads[k]; k++)
    {
      gsize m = strlen (heads[k]);
      if (n > m && g_ascii_strncasecmp (s, heads[k], m) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A foreign word that is no content word: a function word, pronoun or
 * possessive. */
static gboolean
ffw (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_lower_word (ctx, i) &&
         (ck_tok_in_words (ctx, i, foreign_function_words) || ck_tok_in_words (ctx, i, foreign_words));
}

/* One that links words and cannot end a title ("de", "und", "ohne"). */
static gboolean
linking (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_lower_word (ctx, i) && ck_tok_in_words (ctx, i, foreign_function_words);
}

static gboolean
english (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_lower_word (ctx, i) && ck_tok_in_words (ctx, i, english_words);
}

/* "La chiave a stella", "Reise in die Nacht": "a", "in" and "die" are
 * Italian, Spanish and German words too, between two lower-case words
 * that are no English function words */
static gboolean
shared_inner (const CkExtractCtx *ctx, guint i, guint floor, guint end)
{
  static const char * const shared[] = { "a", "in", "die", NULL };
  return i > floor && i + 1 < end && ck_tok_lower_word (ctx, i) && ck_tok_in_words (ctx, i, shared) &&
         ck_tok (ctx, i)->nl == 0 && ck_tok (ctx, i + 1)->nl == 0 && ck_tok_lower_word (ctx, i - 1) &&
         !english (ctx, i - 1) && ck_tok_lower_word (ctx, i + 1) && !english (ctx, i + 1) &&
         !ck_tok_in_lex (ctx, i - 1, CK_LEX_FUNCTION_WORDS) && !ck_tok_in_lex (ctx, i + 1, CK_LEX_FUNCTION_WORDS);
}

/* "In Aix en Provence (1960) she wrote": an English function word that
 * opens the sentence is the sentence's, not a foreign title's ("In
 * Sicilia" in mid-sentence may be one). */
static gboolean
sentence_opening_english (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  return t->kind == CK_TOK_WORD && ck_tok_in_words (ctx, i, english_words) && ck_sentence_start (ctx, i) == i;
}

/* Whether token @i opens a foreign title by itself: "La", "L'Ordre". */
static gboolean
opener (const CkExtractCtx *ctx, guint i)
{
  return ck_tok_cap_word (ctx, i) && (ck_tok_in_words (ctx, i, foreign_openers) || elided (ctx, i));
}

/* Whether the line break before token @i may sit inside a title: a
 * single break in a prose paragraph. */
static gboolean
joinable_break (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  if (t->nl == 0)
    return TRUE;
  if (t->nl > 1)
    return FALSE;
  return (g_array_index (ctx->t->paras, CkPara, ck_para_of (ctx, i)).flags & CK_PARA_PROSE) != 0;
}

/* Whether [s,e) reads as a foreign title: opened by a capital, every
 * lower-case word after a foreign function word or elision (or anywhere
 * after a foreign article), a foreign marker, and not just a personal
 * name with a particle ("Anne de Vere"). */
/* "Tra donne sole", "Und sagte kein …", "Sans famille": a capitalised
 * foreign function word of three letters or more opens a title (shorter
 * ones, "I", "E", "Ma", are English words or names as capitals). */
static gboolean
foreign_capital (const CkExtractCtx *ctx, guint i)
{
  const CkToken *t = ck_tok (ctx, i);
  return ck_tok_cap_word (ctx, i) && g_utf8_strlen (ctx->text + t->start, t->end - t->start) >= 3 &&
         (ck_tok_in_words (ctx, i, foreign_function_words) || ck_tok_in_words (ctx, i, foreign_words));
}

/* A foreign marker that is no name particle ("que", "ohne", "tuoi", an
 * elision) anywhere in [s,e): then the run is foreign, not a name. */
static gboolean
firm_marker (const CkExtractCtx *ctx, guint s, guint e)
{
  for (guint k = s; k < e; k++)
    if (elided (ctx, k) || foreign_capital (ctx, k) || (ffw (ctx, k) && !ck_tok_in_lex (ctx, k, CK_LEX_PARTICLES)))
      return TRUE;
  return FALSE;
}

/* "galiléennes", "démocratie": a lower-case word spelt with an accented
 * letter is foreign (English keeps few: "café", "naïve") */
static gboolean
accented_lower (const CkExtractCtx *ctx, guint k)
{
  const CkToken *t = ck_tok (ctx, k);
  if (!ck_tok_lower_word (ctx, k) || g_utf8_strlen (ctx->text + t->start, t->end - t->start) < 5)
    return FALSE;
  for (guint32 b = t->start; b < t->end; b++)
    if ((guchar) ctx->text[b] == 0xC3)
      return TRUE;
  return FALSE;
}

static gboolean
valid_run (const CkExtractCtx *ctx, guint s, guint e)
{
  /* after a foreign article or a foreign capital, and after a firm
   * marker, lower-case words may follow one another ("Así que pasen
   * cinco") */
  gboolean free_lower = opener (ctx, s) || foreign_capital (ctx, s), firm = FALSE;
  guint markers = 0, content = 0, particles = 0;
  if (s >= e || !ck_tok_cap_word (ctx, s) || ck_tok (ctx, e - 1)->kind == CK_TOK_PUNCT || linking (ctx, e - 1))
    return FALSE;
  for (guint k = s; k < e; k++)
    {
      if (k > s && !joinable_break (ctx, k))
        return FALSE;
      /* "Études galiléennes (Paris: …)" */
      if (k > s && accented_lower (ctx, k) && !english (ctx, k))
        {
          markers++;
          firm = TRUE;
          content++;
          continue;
        }
      if (ffw (ctx, k) || elided (ctx, k) || (k == s && foreign_capital (ctx, k)))
        {
          markers++;
          firm |= firm_marker (ctx, k, k + 1);
          particles += ck_tok_in_lex (ctx, k, CK_LEX_PARTICLES);
          if (elided (ctx, k) && ck_tok_lower_word (ctx, k))
            content++;
          continue;
        }
      if (ck_tok (ctx, k)->kind == CK_TOK_NUMBER || ck_tok_cap_word (ctx, k))
        continue;
      if (free_lower && shared_inner (ctx, k, s, e))
        continue;
      if (!ck_tok_lower_word (ctx, k) || english (ctx, k))
        return FALSE;
      /* "Cien años de soledad": the word after the first may be lower
       * case when a foreign function word follows it */
      if (!free_lower && !firm && !(ffw (ctx, k - 1) || elided (ctx, k - 1)) &&
          !(k == s + 1 && k + 1 < e && ffw (ctx, k + 1)))
        return FALSE;
      content++;
    }
  /* "La Condition humaine": a two-letter article is marker enough when a
   * lower-case word that is no English one follows it */
  if (markers == 0 && !(opener (ctx, s) && content > 0))
    return FALSE;
  /* "Marie de la Roche": a name with its particles — opened by a
   * forename or an initial ("Geschiedenis van de Zout" is none) */
  if (!free_lower && ck_name_span_forward (ctx, s, e) == e &&
      (e - s <= 3 || ck_tok_in_lex (ctx, s, CK_LEX_GIVEN_NAMES) || (ck_tok (ctx, s)->flags & CK_TOKF_INITIAL)))
    return FALSE;
  /* "Anne de Vere": one particle between capitals is a name ("Haus
   * ohne Dach" has no particle) */
  if (content == 0 && markers < 2 && particles == markers && !free_lower)
    return FALSE;
  return TRUE;
}

guint
ck_foreign_title_start (const CkExtractCtx *ctx, guint end, guint floor)
{
  guint best = end, k = end;
  if (end == 0 || end <= floor)
    return end;
  /* back over words and numbers to an English word, punctuation or a
   * paragraph break; the leftmost capital that opens a valid run wins */
  for (guint m = 0; k > floor && m < FOREIGN_MAX_TOKENS; m++)
    {
      guint j = k - 1;
      const CkToken *t = ck_tok (ctx, j);
      if (!joinable_break (ctx, k))
        break;
      if ((t->kind != CK_TOK_WORD && t->kind != CK_TOK_NUMBER) || (english (ctx, j) && !shared_inner (ctx, j, floor, end)))
        break;
      k = j;
    }
  for (guint s = k; s < end; s++)
    if (ck_tok_cap_word (ctx, s) && !sentence_opening_english (ctx, s) && valid_run (ctx, s, end))
      {
        best = s;
        break;
      }
  return best;
}

/* "Der moderne …", "Die alte …", "Das kurze …" at @s. */
static gboolean
german_adjective_phrase (const CkExtractCtx *ctx, guint s)
{
  static const char * const articles[] = { "Der", "Die", "Das", "Ein", "Eine", NULL };
  static const char * const endings[] = { "e", "en", "er", "es", NULL };
  const CkToken *t;
  gsize n;
  if (!ck_tok_cap_word (ctx, s) || !ck_tok_in_words (ctx, s, articles) || !ck_tok_lower_word (ctx, s + 1) ||
      english (ctx, s + 1) || !ck_tok_cap_word (ctx, s + 2) || ck_tok (ctx, s + 1)->nl > 0 || ck_tok (ctx, s + 2)->nl > 0)
    return FALSE;
  t = ck_tok (ctx, s + 1);
  n = t->end - t->start;
  for (guint k = 0; endings[k]; k++)
    if (n > strlen (endings[k]) + 2 && strncmp (ctx->text + t->end - strlen (endings[k]), endings[k], strlen (endings[k])) == 0)
      return TRUE;
  return FALSE;
}

guint
ck_foreign_title_end (const CkExtractCtx *ctx, guint ts, guint te, guint limit)
{
  guint n = MIN (limit, ck_n_toks (ctx)), k, last = te;
  gboolean strong = FALSE;
  if (te <= ts || te >= n)
    return te;
  for (k = te; k < n && k < ts + FOREIGN_MAX_TOKENS; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (!joinable_break (ctx, k))
        break;
      if (t->kind != CK_TOK_WORD && t->kind != CK_TOK_NUMBER)
        break;
      if (english (ctx, k))
        break;
      if (ck_tok_lower_word (ctx, k) && !ffw (ctx, k) && !elided (ctx, k) && !opener (ctx, ts) && !foreign_capital (ctx, ts) &&
          !(ffw (ctx, k - 1) || elided (ctx, k - 1)) && !(k == ts + 1 && k + 1 < n && ffw (ctx, k + 1)))
        break;
      strong |= elided (ctx, k) && ck_tok_lower_word (ctx, k);
      /* "Vermutungen über Jakob": a foreign preposition that is no name
       * particle between two capitals */
      strong |= linking (ctx, k) && !ck_tok_in_lex (ctx, k, CK_LEX_PARTICLES) && k + 1 < n &&
                ck_tok_cap_word (ctx, k + 1) && ck_tok_cap_word (ctx, k - 1) && ck_tok (ctx, k + 1)->nl == 0;
      if (!linking (ctx, k))
        last = k + 1;
    }
  /* "(" right after the run closes it; without one only an elided word
   * ("Souvenirs d'outre-mer") or a foreign article with a foreign
   * function word ("Les Marins de la mer") says the run is foreign */
  for (guint q = te; !strong && opener (ctx, ts) && q < last; q++)
    strong = ffw (ctx, q);
  /* "Der moderne Kapitalismus": a German article, an adjective with its
   * ending in lower case, a noun with its capital */
  if (!strong && last >= ts + 3 && german_adjective_phrase (ctx, ts))
    strong = TRUE;
  if (k < n && ck_tok_is_punct (ctx, k, '(') && last == k && valid_run (ctx, ts, k))
    return k;
  if (strong && last > te && valid_run (ctx, ts, last))
    return last;
  return te;
}

guint
ck_foreign_question_start (const CkExtractCtx *ctx, guint end, guint floor)
{
  guint k = end, commas = 0, s = end, lower = 0;
  gboolean marker = FALSE;
  /* "Wo bist du, Karl? (": the "?" glued to the last word */
  if (end < 2 || end <= floor + 2 || !ck_tok_is_punct (ctx, end - 1, '?') ||
      ck_tok (ctx, end - 2)->end != ck_tok (ctx, end - 1)->start)
    return end;
  k = end - 1;
  for (guint m = 0; k > floor && m < FOREIGN_MAX_TOKENS; m++)
    {
      guint j = k - 1;
      const CkToken *t = ck_tok (ctx, j);
      if (!joinable_break (ctx, k))
        break;
      if (ck_tok_is_punct (ctx, j, ','))
        {
          /* one inner comma ("…, Karl?"); the second ends the run */
          if (++commas > 1)
            break;
          k = j;
          continue;
        }
      if (t->kind != CK_TOK_WORD || english (ctx, j))
        break;
      /* "remembering Wo …": a lower-case word before the capital that
       * opens the run is the prose around it */
      if (ck_tok_lower_word (ctx, j) && !ffw (ctx, j) && !elided (ctx, j) && s == j + 1)
        break;
      k = j;
      if (ck_tok_cap_word (ctx, j))
        s = j;
    }
  /* the run opens with a capital, a foreign word inside says the
   * language, and it is short: two content words in lower case at most */
  if (s >= end - 1)
    return end;
  for (guint q = s; q < end - 1; q++)
    {
      if (ffw (ctx, q) || elided (ctx, q))
        marker = TRUE;
      else if (ck_tok_lower_word (ctx, q) && ++lower > 2)
        return end;
    }
  return marker ? s : end;
}

guint
ck_foreign_gloss_start (const CkExtractCtx *ctx, guint open, guint floor)
{
  /* "Brot ohne Butter [Bread without Butter] (": the "[" of a bracketed
   * gloss of two words or more right before @open, after a word */
  if (open < 4 || open <= floor + 4 || !ck_tok_is_punct (ctx, open - 1, ']'))
    return open;
  for (guint k = open - 1; k > floor + 1 && k + FOREIGN_MAX_TOKENS > open; k--)
    {
      const CkToken *t = ck_tok (ctx, k - 1);
      if (t->nl >= 2 || (t->kind == CK_TOK_PUNCT && t->ch != '[' && t->ch != ',' && t->ch != '-'))
        return open;
      if (t->kind == CK_TOK_PUNCT && t->ch == '[')
        return k - 1 + 3 <= open - 1 && ck_tok (ctx, k - 2)->kind == CK_TOK_WORD ? k - 1 : open;
    }
  return open;
}

gboolean
ck_title_looks_foreign (const CkExtractCtx *ctx, guint s, guint e)
{
  if (s < e && opener (ctx, s))
    return TRUE;
  for (guint k = s; k < e; k++)
    if ((ffw (ctx, k) && !english (ctx, k)) || elided (ctx, k))
      return TRUE;
  return FALSE;
}

guint
ck_foreign_marked_end (const CkExtractCtx *ctx, guint s, guint limit)
{
  guint n = MIN (limit, ck_n_toks (ctx)), k, best = s;
  /* "Considérations sur …", "Vermutungen über …": a linking word that is
   * no name's particle ("de", "von") right after the capital */
  if (s + 2 >= n || !ck_tok_cap_word (ctx, s) || !linking (ctx, s + 1) || ck_tok_in_lex (ctx, s + 1, CK_LEX_PARTICLES) ||
      ck_tok (ctx, s + 1)->nl > 0)
    return s;
  for (k = s + 1; k < n && k < s + FOREIGN_MAX_TOKENS; k++)
    {
      const CkToken *t = ck_tok (ctx, k);
      if (t->nl > 0 || (t->kind != CK_TOK_WORD && t->kind != CK_TOK_NUMBER) || english (ctx, k))
        break;
      /* a plain lower-case word stands after a foreign function word:
       * "… den Hafen appeared" is the sentence going on */
      if (ck_tok_lower_word (ctx, k) && !ffw (ctx, k) && !elided (ctx, k) && !accented_lower (ctx, k) &&
          !(ffw (ctx, k - 1) || elided (ctx, k - 1)))
        break;
      if (!linking (ctx, k) && valid_run (ctx, s, k + 1))
        best = k + 1;
    }
  /* a title in sentence case holds a word of content in lower case; "the
   * Querelle des Anciens et des Modernes" and "the Comisión para el
   * Esclarecimiento" name a quarrel and a body in capitals */
  for (k = s + 2; k < best; k++)
    if (ck_tok_lower_word (ctx, k) && !ffw (ctx, k) && !(ck_tok (ctx, k)->flags & CK_TOKF_FUNC))
      return best >= s + 3 ? best : s;
  return s;
}
