/* bench-extract.c — throughput of ck_extract_text() on about 1 MB of
 * review-like prose (generated here from invented paragraphs, so that the
 * benchmark needs no corpus).  Prints MB/s; asserts nothing about time.
 *
 *   meson test -C build --benchmark extract      # or run the binary: bench-extract [MB] [runs] [oneline|shapes]
 *
 * "oneline" joins everything into one paragraph on one line, with curly
 * quotes that the normalizer repairs: the worst case for anything that
 * scans a paragraph or a line per mention.
 */
#include "citekit.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* %d is replaced by a counter, so titles differ and merging has work. */
static const char * const paragraphs[] = {
  "The Harbour Lights %d\nBy Helen Marsh\nLeeds: Pell Books, 1954, 540 pp. $4.95 paperback\n\n",
  "Helen Marsh's new book is a sequel to her earlier Winter Tides %d (London, 1949), and readers of Emil "
  "Sarno's Roads of Iron %d (Toronto: Lake Press, 1962) will find much that is familiar. The war (1914-1918) "
  "is in the background, as is the life of Tom Reed (1887-1920); see the appendix (pp.84f.).\n\n",
  "In \"The Open Door %d,\" by James Kell, and \"Night Trains,\" by Ann Perry, the same theme appears. "
  "\"I will never go back,\" she said, and she never did. Her friend wrote for the exile weekly Novaya "
  "zarya (New Dawn) for years, and the Weekly Clarion (March 1931) said it was good.\n\n",
  "Accounts of this kind are rich in the small facts of a working day: what a clerk paid for coal, how "
  "long a ferry took to cross the estuary, which streets flooded in spring. Their value lies in that "
  "texture, in the way a single household ledger can show a whole town's economy, which the historian "
  "of the port cannot do without, however much he may doubt what they say about the mayors of the day.\n\n",
  "On one point the editor is right. The opening chapters, in which the author surveys the trades of the "
  "harbour (dockers, net-makers, carters, fishwives and the customs men) and the habits of the harbour "
  "board, rest largely on letters and diaries: how many nights a watchman worked for a week's rent; the "
  "fines imposed on late boats; and the slow decline of the rope walks along the river.\n\n",
  "Arthur Penn (The Green Valley %d, 1991; Stone Towers, 1996) covered the same ground, as did Mira Voss "
  "in her novels, Fields of Gold, and Salt and Iron %d. It is a long paragraph of ordinary prose with "
  "nothing much in it, which goes on for a while so that the scanner has plain text to walk through too, "
  "with words like revolution, history, politics and economy, and no titles at all.\n\n",
};

/* Hostile shapes, each repeated into one line of the given size: every
 * one once took seconds per MB through a scan per mention or per token. */
static const char * const shapes[] = {
  "Vell (London, 1990) and Reed (Hill Press, 1991); ",
  "Vell's Salt Road and Reed's Iron Road, ",
  "THE SALT ROAD OF THE NORTH BY ADA VELL ",
  "Salt Road\nBy Ada Vell\nGannet, 1990, 230 pp., $12\n",
  "12. Ada Vell, Salt Road (London: Gannet, 1990), p. 4.\n",
  "\"Salt,\" \"Road,\" \xe2\x80\x9cIron\xe2\x80\x9d and \xe2\x80\x98Tin\xe2\x80\x99 ",
  "A. B. C. D. E. F. ",
  "((((((((((((((((((((Salt)))))))))))))))))))) ",
};

static int
bench_shapes (double mb)
{
  gsize target = (gsize) (mb * 1024 * 1024);
  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    {
      g_autoptr(GString) text = g_string_sized_new (target + 256);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) recs = NULL;
      CkExtractOptions opts = CK_EXTRACT_OPTIONS_INIT;
      clock_t c0;
      double cpu;
      while (text->len < target)
        g_string_append (text, shapes[s]);
      c0 = clock ();
      recs = ck_extract_text (text->str, text->len, "bench", &opts, &error);
      cpu = (double) (clock () - c0) / CLOCKS_PER_SEC;
      if (!recs && !g_error_matches (error, CK_ERROR, CK_ERROR_EMPTY))
        {
          fprintf (stderr, "bench-extract: %s\n", error->message);
          return 1;
        }
      printf ("shape %u: %.2f MB, %u records, %.3f s CPU (%.2f MB/s)\n", s, text->len / 1048576.0,
              recs ? recs->len : 0, cpu, cpu > 0 ? text->len / 1048576.0 / cpu : 0.0);
    }
  return 0;
}

int
main (int argc, char **argv)
{
  double mb = argc > 1 ? atof (argv[1]) : 1.0;
  int runs = argc > 2 ? atoi (argv[2]) : 5;
  gboolean oneline = argc > 3 && strcmp (argv[3], "oneline") == 0;
  if (argc > 3 && strcmp (argv[3], "shapes") == 0)
    return bench_shapes (mb > 0 ? mb : 1.0);
  gsize target = (gsize) (mb * 1024 * 1024);
  GString *text = g_string_sized_new (target + 4096);
  double best = 0, total = 0, best_cpu = 0;
  guint n_records = 0;
  int counter = 0;

  if (mb <= 0 || runs <= 0)
    {
      fprintf (stderr, "usage: bench-extract [MB] [runs]\n");
      return 2;
    }
  while (text->len < target)
    for (guint p = 0; p < G_N_ELEMENTS (paragraphs); p++)
      for (const char *c = paragraphs[p]; *c; c++)
        {
          if (c[0] == '%' && c[1] == 'd')
            {
              g_string_append_printf (text, "%d", counter++);
              c++;
            }
          else if (oneline && *c == '\n')
            g_string_append_c (text, ' ');
          else if (oneline && *c == '"')
            g_string_append (text, counter % 2 ? "\xe2\x80\x9c" : "\xe2\x80\x9d");
          else
            g_string_append_c (text, *c);
        }

  for (int r = 0; r < runs; r++)
    {
      g_autoptr(GError) error = NULL;
      CkExtractOptions opts = CK_EXTRACT_OPTIONS_INIT;
      gint64 t0 = g_get_monotonic_time ();
      clock_t c0 = clock ();
      g_autoptr(GPtrArray) recs = ck_extract_text (text->str, text->len, "bench", &opts, &error);
      double secs = (g_get_monotonic_time () - t0) / 1e6;
      double cpu = (double) (clock () - c0) / CLOCKS_PER_SEC;
      if (!recs)
        {
          fprintf (stderr, "bench-extract: %s\n", error->message);
          return 1;
        }
      n_records = recs->len;
      total += secs;
      if (r == 0 || secs < best)
        best = secs;
      if (r == 0 || cpu < best_cpu)
        best_cpu = cpu;
    }
  /* CPU time too: on a loaded machine the wall clock measures the load */
  printf ("extract%s: %.2f MB, %u records, best %.3f s wall (%.2f MB/s), best %.3f s CPU (%.2f MB/s), "
          "mean %.3f s wall over %d runs\n",
          oneline ? " (one line)" : "", text->len / 1048576.0, n_records, best, text->len / 1048576.0 / best,
          best_cpu, best_cpu > 0 ? text->len / 1048576.0 / best_cpu : 0.0, total / runs, runs);
  g_string_free (text, TRUE);
  return 0;
}
