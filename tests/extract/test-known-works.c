/* test-known-works.c — well-known works named bare, found by the lexicon
 * data/lexicons/works.txt (known-works.c).  The titles here are canonical
 * works the lexicon must hold; the distractors are the same words as a
 * common phrase, a place or an institution, a title glued into a longer
 * name, and a study that shares a classic's title. */
#include "extract-test-util.h"
#include <gio/gio.h>

static const XtCase cases[] = {
  /* ---- a title of several words stands alone */
  { "/extract/known-works/bare/mid-sentence",
    "It reads like Things Fall Apart rewritten for the suburbs.\n",
    { XT_TITLE ("Things Fall Apart"), XT_AUTHOR ("Achebe"), XT_FIRED ("known-work"), XT_COUNT (1) } },
  { "/extract/known-works/bare/sentence-opener",
    "In Things Fall Apart the village is the hero, and here the street is.\n",
    { XT_TITLE ("Things Fall Apart"), XT_AUTHOR ("Achebe"), XT_COUNT (1) } },
  { "/extract/known-works/bare/hard-wrapped",
    "Her model, plainly, is The Magic\nMountain, with a sanatorium in Kent.\n",
    { XT_TITLE ("The Magic Mountain"), XT_AUTHOR ("Mann"), XT_COUNT (1) } },
  { "/extract/known-works/bare/curly-apostrophe",
    "Nobody since Swann\u2019s Way has spent so long on falling asleep.\n",
    { XT_TITLE_ANY ("Swann\u2019s Way", "Swann's Way"), XT_AUTHOR ("Proust"), XT_COUNT (1) } },
  { "/extract/known-works/bare/two-in-a-sentence",
    "From Things Fall Apart to The Magic Mountain, every novel she loves is about an ending.\n",
    { XT_TITLE ("Things Fall Apart"), XT_TITLE ("The Magic Mountain"), XT_COUNT (2) } },
  /* ---- a title ending in an event's word is the book; the event's own name is not in the lexicon */
  { "/extract/known-works/event-word/book",
    "He defended The Permanent Revolution against all its critics.\n",
    { XT_TITLE ("The Permanent Revolution"), XT_AUTHOR ("Trotsky"), XT_COUNT (1) } },
  { "/extract/known-works/event-word/event",
    "During The Russian Revolution the city starved, and The Second World War finished it.\n",
    { XT_COUNT (0) } },
  /* ---- one content word: only with its author named in the text */
  { "/extract/known-works/one-word/author-named",
    "Like George Eliot in Middlemarch, she gives every villager a chapter.\n",
    { XT_TITLE ("Middlemarch"), XT_AUTHOR ("Eliot"), XT_COUNT (1) } },
  { "/extract/known-works/one-word/no-author",
    "It wants to be a Middlemarch for the motorway age and is not.\n",
    { XT_NONE_FIRED ("known-work") } },
  { "/extract/known-works/one-word/the-trial-possessive",
    "Kafka's The Trial is the model for the second half.\n",
    { XT_TITLE ("The Trial"), XT_AUTHOR ("Kafka"), XT_COUNT (1) } },
  { "/extract/known-works/one-word/the-trial-event",
    "The Trial was a long affair, and the jury sat for a month.\n",
    { XT_NONE_FIRED ("known-work") } },
  /* ---- glued into a longer capitalised name */
  { "/extract/known-works/glued/after",
    "They took the Magic Mountain Railway to the top.\n",
    { XT_NONE_FIRED ("known-work") } },
  { "/extract/known-works/glued/before",
    "We stayed at the Grand Magic Mountain Hotel.\n",
    { XT_NONE_FIRED ("known-work") } },
  { "/extract/known-works/glued/all-caps",
    "THE MAGIC MOUNTAIN AND OTHER PLACES\n\nA guide to the Alps.\n",
    { XT_NONE_FIRED ("known-work") } },
  /* ---- someone else's book of the same name */
  { "/extract/known-works/owner/other-possessive",
    "Thomas Mann is the subject, and Vellacott's Middlemarch is a study of the town.\n",
    { XT_NONE_FIRED ("known-work") } },
  /* ---- the author of a title other detectors found */
  { "/extract/known-works/enrich/year-paren",
    "The sanatorium novel, after The Magic Mountain (1924), became a genre.\n",
    { XT_TITLE ("The Magic Mountain"), XT_AUTHOR ("Mann"), XT_YEAR (1924), XT_COUNT (1) } },
  { "/extract/known-works/enrich/text-author-wins",
    "Ada Vellacott's Things Fall Apart (1991) is a book about bridges.\n",
    { XT_TITLE ("Things Fall Apart"), XT_AUTHOR ("Vellacott"), XT_NO_FAMILY (CK_ROLE_AUTHOR, 0, "Achebe"), XT_COUNT (1) } },
  /* ---- a mention another detector read too wide, mended */
  { "/extract/known-works/mend/from-to",
    "Ada Vell traces the comic mode of modern writing, from The Magic Mountain to Things Fall Apart, with verve.\n",
    { XT_TITLE ("The Magic Mountain"), XT_AUTHOR ("Mann"), XT_TITLE ("Things Fall Apart"), XT_AUTHOR ("Achebe"),
      XT_NO_TITLE_HAS (" to "), XT_COUNT (2) } },
  { "/extract/known-works/mend/lead-word",
    "The book was published earlier this year in Britain as The Magic Mountain (Heron, 1998), and sold well.\n",
    { XT_TITLE ("The Magic Mountain"), XT_YEAR (1998), XT_FIELD (CK_FIELD_PUBLISHER, "Heron"), XT_AUTHOR ("Mann"),
      XT_NO_TITLE_HAS ("Britain"), XT_COUNT (1) } },
  { "/extract/known-works/bare/year-paren",
    "She finds in it the Vellacott of The Magic Mountain (1924), cruel to himself.\n",
    { XT_TITLE ("The Magic Mountain"), XT_YEAR (1924), XT_AUTHOR ("Mann"), XT_COUNT (1) } },
  { "/extract/known-works/mend/unknown-title-kept",
    "She reads it again and finds in it the Vellacott of The Salt Meadows (1924), cruel to himself.\n",
    { XT_NO_TITLE_HAS ("Magic") } },
};

/* Every entry of the lexicon has a title and an author, the author as
 * "Family, Given" parts, and no title is listed twice for one author. */
/* The lines of a lexicon compiled into the library's resources. */
static GStrv
lexicon_lines (const char *path)
{
  g_autoptr(GBytes) bytes = (ck_lex_lookup (CK_LEX_PLACES, "London", -1), g_resources_lookup_data) (
    path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autofree char *copy = NULL;
  const char *data;
  gsize size;
  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &size);
  copy = g_strndup (data, size);
  g_assert_true (g_utf8_validate (copy, -1, NULL));
  return g_strsplit (copy, "\n", -1);
}

static void
test_lexicon_format (gconstpointer path)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = lexicon_lines (path);
  guint n = 0;
  for (guint i = 0; lines[i]; i++)
    {
      char **f;
      if (!*lines[i] || *lines[i] == '#')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (f), ==, 2);
      g_assert_cmpstr (g_strstrip (f[0]), !=, "");
      g_assert_cmpstr (g_strstrip (f[1]), !=, "");
      g_assert_null (strchr (f[0], ':'));
      if (!g_hash_table_add (seen, g_strdup (lines[i])))
        g_error ("%s lists \"%s\" twice", (const char *) path, lines[i]);
      g_strfreev (f);
      n++;
    }
  g_assert_cmpuint (n, >, 1000);
}

/* A two-word title of the second tier (works-more.txt) is taken only
 * when the sentence names its author: the first such entry with one
 * author, set in sentences of our own. */
static void
test_second_tier_needs_author (void)
{
  g_auto(GStrv) lines = lexicon_lines ("/org/citekit/lexicons/works-more.txt");
  gboolean tried = FALSE;
  for (guint i = 0; lines[i] && !tried; i++)
    {
      g_auto(GStrv) f = NULL, words = NULL;
      g_autofree char *family = NULL, *bare = NULL, *named = NULL;
      if (!*lines[i] || *lines[i] == '#')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      words = g_strsplit (f[0], " ", -1);
      /* two capitalised words, one author "Family, Given" */
      if (g_strv_length (words) != 2 || !g_ascii_isupper (words[0][0]) || !g_ascii_isupper (words[1][0]) ||
          strchr (f[1], ';') || !strchr (f[1], ',') || strchr (f[0], '\'') || !g_str_is_ascii (lines[i]))
        continue;
      family = g_strndup (f[1], strchr (f[1], ',') - f[1]);
      if (strchr (family, ' '))
        continue;
      tried = TRUE;
      bare = g_strdup_printf ("We spent the whole of a wet afternoon reading %s in the library.\n", f[0]);
      named = g_strdup_printf ("We spent the afternoon with %s and read %s in the library.\n", family, f[0]);
      {
        g_autoptr(GPtrArray) recs = xt_extract (bare);
        g_assert_null (xt_find (recs, f[0]));
      }
      {
        g_autoptr(GPtrArray) recs = xt_extract (named);
        CkRecord *rec = xt_find (recs, f[0]);
        g_assert_nonnull (rec);
        g_assert_cmpstr (xt_family (rec, CK_ROLE_AUTHOR, 0), ==, family);
      }
      /* the author named in the sentence before, in the same paragraph */
      {
        g_autofree char *before = g_strdup_printf (
          "We met %s on the pier. We spent the whole of a wet afternoon reading %s in the library.\n", family, f[0]);
        g_autofree char *apart = g_strdup_printf (
          "We met %s on the pier.\n\nWe spent the whole of a wet afternoon reading %s in the library.\n", family, f[0]);
        g_autoptr(GPtrArray) recs = xt_extract (before);
        g_autoptr(GPtrArray) recs2 = xt_extract (apart);
        g_assert_nonnull (xt_find (recs, f[0]));
        g_assert_null (xt_find (recs2, f[0]));
      }
    }
  g_assert_true (tried);
}

/* A known title printed with an inner small word in lower case ("T
 * within U" for the lexicon's "T Within U") is read whole, not as its
 * tail ("U (Firm, 1980)"): the first such entry with one author, in a
 * sentence of our own. */
static void
test_small_word_case (void)
{
  static const char * const smalls[] = { " Within ", " Against ", " Through ", " Between ", " Beyond ", " Without ", NULL };
  g_auto(GStrv) lines = lexicon_lines ("/org/citekit/lexicons/works.txt");
  gboolean tried = FALSE;
  for (guint i = 0; lines[i] && !tried; i++)
    {
      g_auto(GStrv) f = NULL, words = NULL;
      g_autofree char *family = NULL, *lower = NULL, *text = NULL;
      const char *hit = NULL, *which = NULL;
      if (!*lines[i] || *lines[i] == '#' || !g_str_is_ascii (lines[i]) || strchr (lines[i], ';') ||
          strchr (lines[i], '\''))
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      for (guint k = 0; smalls[k] && !hit; k++)
        if ((hit = strstr (f[0], smalls[k])))
          which = smalls[k];
      words = g_strsplit (f[0], " ", -1);
      if (!hit || !strchr (f[1], ',') || g_strv_length (words) < 4)
        continue;
      family = g_strndup (f[1], strchr (f[1], ',') - f[1]);
      if (strchr (family, ' '))
        continue;
      tried = TRUE;
      lower = g_strdup (f[0]);
      lower[hit - f[0] + 1] = g_ascii_tolower (lower[hit - f[0] + 1]);
      text = g_strdup_printf ("The harbour book is long.\n\nLater, %s argued in %s (Gannet Press, 1980) that nothing "
                              "had changed.\n", family, lower);
      {
        g_autoptr(GPtrArray) recs = xt_extract (text);
        CkRecord *rec = NULL;
        /* the title as the lexicon or the text prints it */
        for (guint k = 0; k < recs->len && !rec; k++)
          if (g_ascii_strcasecmp (ck_record_get (g_ptr_array_index (recs, k), CK_FIELD_TITLE), f[0]) == 0)
            rec = g_ptr_array_index (recs, k);
        if (!rec)
          g_error ("%s (%s): no record among %u", text, which, recs->len);
        g_assert_nonnull (ck_record_get_date (rec, CK_DATE_ISSUED));
      }
    }
  g_assert_true (tried);
}

/* A known title set in capitals is still that title: the first entry of
 * four plain ASCII words with one author, in capitals in a sentence. */
static void
test_caps_title (void)
{
  g_auto(GStrv) lines = lexicon_lines ("/org/citekit/lexicons/works.txt");
  gboolean tried = FALSE;
  for (guint i = 0; lines[i] && !tried; i++)
    {
      g_auto(GStrv) f = NULL, words = NULL;
      g_autofree char *caps = NULL, *text = NULL;
      gboolean plain = TRUE;
      if (!*lines[i] || *lines[i] == '#' || !g_str_is_ascii (lines[i]) || strchr (lines[i], ';'))
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      for (const char *c = f[0]; *c && plain; c++)
        plain = g_ascii_isalpha (*c) || *c == ' ';
      words = g_strsplit (f[0], " ", -1);
      if (!plain || g_strv_length (words) != 4 || !strchr (f[1], ','))
        continue;
      tried = TRUE;
      caps = g_ascii_strup (f[0], -1);
      text = g_strdup_printf ("In those years every student of the subject read %s twice.\n", caps);
      {
        g_autoptr(GPtrArray) recs = xt_extract (text);
        gboolean found = FALSE;
        for (guint k = 0; k < recs->len && !found; k++)
          found = g_ascii_strcasecmp (ck_record_get (g_ptr_array_index (recs, k), CK_FIELD_TITLE), f[0]) == 0;
        if (!found)
          g_error ("%s: no record titled %s among %u", text, f[0], recs->len);
      }
    }
  g_assert_true (tried);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  g_test_add_data_func ("/extract/known-works/lexicon-format", "/org/citekit/lexicons/works.txt", test_lexicon_format);
  g_test_add_data_func ("/extract/known-works/lexicon-format-more", "/org/citekit/lexicons/works-more.txt",
                        test_lexicon_format);
  g_test_add_func ("/extract/known-works/second-tier-needs-author", test_second_tier_needs_author);
  g_test_add_func ("/extract/known-works/small-word-case", test_small_word_case);
  g_test_add_func ("/extract/known-works/caps-title", test_caps_title);
  return g_test_run ();
}
