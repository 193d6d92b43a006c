/* test-styles.c — the citation styles of review notes, endnotes and short
 * reference lists (Chicago notes and bibliography, MLA, APA, Harvard,
 * Vancouver, older British notes), written from the style guides, with
 * the near misses a note section also holds ("Ibid.", "op. cit.").
 * Invented authors and titles only.  One row per form (XtCase,
 * extract-test-util.h). */
#include "extract-test-util.h"

/* a paragraph of prose first, so the entries below are no header */
#define LEAD "Ada Quell has written about the coast for years, and this new book keeps to that path: " \
  "it walks the shore from one harbour to the next and asks the keepers what the tides have taken.\n\n"

static const XtCase cases[] = {
  /* ---- Chicago notes */
  { "/extract/styles/chicago/note-full-and-short",
    LEAD "Notes\n\n12. Ada Quell, Salt Road: A History (London: Gannet Press, 1958), 44.\n"
    "13. Quell, Salt Road, 46.\n14. Ibid., 50.\n",
    { XT_TITLE ("Salt Road"), XT_FIELD (CK_FIELD_SUBTITLE, "A History"), XT_AUTHOR ("Quell"),
      XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1958), XT_COUNT (1) } },
  { "/extract/styles/chicago/note-editor",
    LEAD "Notes\n\n5. Bruno Vell, ed., Harbour Lives (Chicago: Lantern House, 1970), 12.\n",
    { XT_TITLE ("Harbour Lives"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_AUTHOR (NULL), XT_YEAR (1970) } },
  { "/extract/styles/chicago/note-translator",
    LEAD "Notes\n\n6. Hans Gralt, The Grey Coast, trans. Cora Nell (New York: Lantern House, 1988), 101-3.\n",
    { XT_TITLE ("The Grey Coast"), XT_AUTHOR ("Gralt"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Nell"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New York"), XT_YEAR (1988) } },
  { "/extract/styles/chicago/note-article",
    LEAD "Notes\n\n7. Ada Quell, \"Tides and Keepers,\" Journal of Harbour Studies 3, no. 2 (1990): 14.\n",
    { XT_TITLE ("Tides and Keepers"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Harbour Studies"), XT_FIELD (CK_FIELD_VOLUME, "3"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_YEAR (1990) } },
  { "/extract/styles/chicago/note-chapter",
    LEAD "Notes\n\n8. Cora Nell, \"The Keeper's Wife,\" in Harbour Lives, ed. Bruno Vell "
    "(Chicago: Lantern House, 1970), 45.\n",
    { XT_TITLE ("The Keeper's Wife"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Nell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Lives"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell") } },
  /* ---- Chicago bibliography */
  { "/extract/styles/chicago/bib-book",
    LEAD "Bibliography\n\nQuell, Ada. Salt Road: A History. London: Gannet Press, 1958.\n"
    "Vell, Bruno. The Tin Harbour. New York: Lantern House, 1962.\n",
    { XT_TITLE ("Salt Road"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_YEAR (1958),
      XT_TITLE ("The Tin Harbour"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "New York"),
      XT_YEAR (1962), XT_COUNT (2) } },
  { "/extract/styles/chicago/bib-two-authors",
    LEAD "Bibliography\n\nQuell, Ada, and Bruno Vell. Tide Tables. Boston: Lantern House, 1975.\n",
    { XT_TITLE ("Tide Tables"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 1, "Bruno"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Boston"), XT_YEAR (1975), XT_COUNT (1) } },
  { "/extract/styles/chicago/bib-article",
    LEAD "Bibliography\n\nQuell, Ada. \"Tides and Keepers.\" Journal of Harbour Studies 3, no. 2 (1990): 1-20.\n",
    { XT_TITLE ("Tides and Keepers"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Harbour Studies"), XT_FIELD (CK_FIELD_VOLUME, "3"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_FIELD (CK_FIELD_PAGES, "1-20"), XT_YEAR (1990), XT_COUNT (1) } },
  { "/extract/styles/chicago/bib-chapter",
    LEAD "Bibliography\n\nNell, Cora. \"The Keeper's Wife.\" In Harbour Lives, edited by Bruno Vell, 3-20. "
    "Chicago: Lantern House, 1970.\n",
    { XT_TITLE ("The Keeper's Wife"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Nell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Lives") } },
  /* ---- MLA */
  { "/extract/styles/mla/book",
    LEAD "Works Cited\n\nQuell, Ada. Salt Road. Gannet Press, 1958.\n"
    "Vell, Bruno. The Tin Harbour. Lantern House, 1962.\n",
    { XT_TITLE ("Salt Road"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_YEAR (1958),
      XT_TITLE ("The Tin Harbour"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern House"),
      XT_YEAR (1962), XT_COUNT (2) } },
  { "/extract/styles/mla/article",
    LEAD "Works Cited\n\nQuell, Ada. \"An Essay on Tides.\" Journal of Harbour Studies, vol. 3, no. 2, 1990, pp. 1-20.\n",
    { XT_TITLE ("An Essay on Tides"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Harbour Studies"), XT_FIELD (CK_FIELD_VOLUME, "3"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_FIELD (CK_FIELD_PAGES, "1-20"), XT_YEAR (1990), XT_COUNT (1) } },
  { "/extract/styles/mla/editor-translator",
    LEAD "Works Cited\n\nVell, Bruno, editor. Harbour Lives. Lantern House, 1970.\n"
    "Gralt, Hans. The Grey Coast. Translated by Cora Nell, Gannet Press, 1988.\n",
    { XT_TITLE ("Harbour Lives"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_AUTHOR (NULL), XT_YEAR (1970),
      XT_TITLE ("The Grey Coast"), XT_AUTHOR ("Gralt"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Nell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_YEAR (1988), XT_COUNT (2) } },
  { "/extract/styles/mla/three-authors",
    LEAD "Works Cited\n\nQuell, Ada, et al. Tide Tables of the North. Gannet Press, 1980.\n",
    { XT_TITLE ("Tide Tables of the North"), XT_AUTHOR ("Quell"), XT_YEAR (1980), XT_COUNT (1) } },
  /* ---- APA */
  { "/extract/styles/apa/book",
    LEAD "References\n\nQuell, A. B. (1958). Salt road: A history. Gannet Press.\n",
    { XT_TITLE ("Salt road"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "A. B."),
      XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_YEAR (1958), XT_COUNT (1) } },
  { "/extract/styles/apa/article-two-authors",
    LEAD "References\n\nQuell, A., & Vell, B. (1990). Tides and their keepers. Journal of Harbour Studies, 3(2), 1-20.\n",
    { XT_TITLE ("Tides and their keepers"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Quell"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"), XT_GIVEN (CK_ROLE_AUTHOR, 1, "B."),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Harbour Studies"), XT_FIELD (CK_FIELD_VOLUME, "3"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_FIELD (CK_FIELD_PAGES, "1-20"), XT_YEAR (1990), XT_COUNT (1) } },
  { "/extract/styles/apa/three-authors",
    LEAD "References\n\nQuell, A., Vell, B., & Nell, C. (2001). Salt and the sea. Gannet Press.\n",
    { XT_TITLE ("Salt and the sea"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"),
      XT_FAMILY (CK_ROLE_AUTHOR, 2, "Nell"), XT_YEAR (2001), XT_COUNT (1) } },
  { "/extract/styles/apa/edited",
    LEAD "References\n\nVell, B. (Ed.). (1970). Harbour lives. Lantern House.\n",
    { XT_TITLE ("Harbour lives"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_AUTHOR (NULL),
      XT_FIELD (CK_FIELD_PUBLISHER, "Lantern House"), XT_YEAR (1970), XT_COUNT (1) } },
  { "/extract/styles/apa/chapter",
    LEAD "References\n\nNell, C. (1970). The keeper's wife. In B. Vell (Ed.), Harbour lives (pp. 3-20). Lantern House.\n",
    { XT_TITLE ("The keeper's wife"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Nell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour lives"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"),
      XT_FIELD (CK_FIELD_PAGES, "3-20"), XT_YEAR (1970) } },
  /* ---- Harvard */
  { "/extract/styles/harvard/book",
    LEAD "References\n\nQuell, A. (1961) Salt Road. 2nd edn. London: Gannet Press.\n",
    { XT_TITLE ("Salt Road"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_EDITION, "2nd edn"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1961), XT_COUNT (1) } },
  { "/extract/styles/harvard/article",
    LEAD "References\n\nVell, B. and Nell, C. (1990) 'Tides and keepers', Journal of Harbour Studies, 3(2), pp. 1-20.\n",
    { XT_TITLE ("Tides and keepers"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Vell"),
      XT_FAMILY (CK_ROLE_AUTHOR, 1, "Nell"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Harbour Studies"),
      XT_FIELD (CK_FIELD_VOLUME, "3"), XT_FIELD (CK_FIELD_PAGES, "1-20"), XT_YEAR (1990), XT_COUNT (1) } },
  /* ---- Vancouver / numbered */
  { "/extract/styles/vancouver/article",
    LEAD "References\n\n[3] Quell A, Vell BT. Tides and their keepers. J Harb Stud. 1990;3(2):1-20.\n",
    { XT_TITLE ("Tides and their keepers"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_AUTHOR ("Quell"),
      XT_GIVEN (CK_ROLE_AUTHOR, 0, "A."), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "J Harb Stud"), XT_FIELD (CK_FIELD_VOLUME, "3"),
      XT_FIELD (CK_FIELD_ISSUE, "2"), XT_FIELD (CK_FIELD_PAGES, "1-20"), XT_YEAR (1990), XT_COUNT (1) } },
  { "/extract/styles/vancouver/book",
    LEAD "References\n\n4. Nell C. Salt and the sea. 2nd ed. London: Gannet Press; 1961.\n",
    { XT_TITLE ("Salt and the sea"), XT_AUTHOR ("Nell"), XT_FIELD (CK_FIELD_EDITION, "2nd ed"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_YEAR (1961), XT_COUNT (1) } },
  /* ---- older British notes */
  { "/extract/styles/british/short-title-volume",
    LEAD "Notes\n\n1 A. Quell, Salt Road (1958), p. 44.\n2 Quell, Salt Road, ii. 34.\n",
    { XT_TITLE ("Salt Road"), XT_AUTHOR ("Quell"), XT_YEAR (1958), XT_COUNT (1) } },
  { "/extract/styles/british/ed-no-author",
    LEAD "Notes\n\n3 A Harbour Miscellany, ed. B. Vell (Oxford, 1961), p. 12.\n",
    { XT_TITLE ("A Harbour Miscellany"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_AUTHOR (NULL),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Oxford"), XT_YEAR (1961), XT_COUNT (1) } },
  { "/extract/styles/british/trans-edn",
    LEAD "Notes\n\n4 Hans Gralt, The Grey Coast, trans. C. Nell, 2nd edn (Oxford, 1961), p. 9.\n",
    { XT_TITLE ("The Grey Coast"), XT_AUTHOR ("Gralt"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Nell"),
      XT_FIELD (CK_FIELD_EDITION, "2nd edn"), XT_YEAR (1961), XT_COUNT (1) } },
  { "/extract/styles/british/ed-paren-in-book",
    LEAD "Notes\n\n5 B. Vell (ed.), Harbour Lives (London, 1970).\n"
    "7 C. Nell, 'The Keeper's Wife', in B. Vell (ed.), Harbour Lives (London, 1970), pp. 3-20.\n",
    { XT_TITLE ("Harbour Lives"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_AUTHOR (NULL), XT_YEAR (1970),
      XT_TITLE ("The Keeper's Wife"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Nell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Lives"), XT_COUNT (2) } },
  { "/extract/styles/british/et-al",
    LEAD "Notes\n\n6 A. Quell et al., Tide Tables of the North (Leeds, 1980).\n",
    { XT_TITLE ("Tide Tables of the North"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Leeds"),
      XT_YEAR (1980), XT_COUNT (1) } },
  /* ---- more forms of the same styles */
  { "/extract/styles/chicago/note-see-two-works",
    LEAD "Notes\n\n1. See Ada Quell, Salt Road (London: Gannet Press, 1958), 44-46; and Bruno Vell, "
    "The Tin Harbour (New York: Lantern House, 1962), 12.\n",
    { XT_TITLE ("Salt Road"), XT_AUTHOR ("Quell"), XT_YEAR (1958),
      XT_TITLE ("The Tin Harbour"), XT_AUTHOR ("Vell"), XT_YEAR (1962), XT_COUNT (2) } },
  /* a reprint after the semicolon: the first imprint is the book's */
  { "/extract/styles/chicago/note-reprint",
    LEAD "Notes\n\n1. Ada Quell, Salt Road (London: Gannet Press, 1958; repr., New York: Lantern House, 1975), 44.\n",
    { XT_TITLE ("Salt Road"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1958), XT_COUNT (1) } },
  { "/extract/styles/chicago/bib-roles-edition",
    LEAD "Bibliography\n\nQuell, Ada. Salt Road: A History. 2nd ed. London: Gannet Press, 1961.\n"
    "Vell, Bruno, ed. Harbour Lives. Chicago: Lantern House, 1970.\n"
    "Gralt, Hans. The Grey Coast. Translated by Cora Nell. New York: Lantern House, 1988.\n"
    "Quell, Ada, Bruno Vell, and Cora Nell. Tide Tables. Boston: Lantern House, 1975.\n",
    { XT_TITLE ("Salt Road"), XT_FIELD (CK_FIELD_EDITION, "2nd ed"), XT_YEAR (1961),
      XT_TITLE ("Harbour Lives"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_AUTHOR (NULL),
      XT_TITLE ("The Grey Coast"), XT_AUTHOR ("Gralt"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Nell"),
      XT_TITLE ("Tide Tables"), XT_FAMILY (CK_ROLE_AUTHOR, 2, "Nell"), XT_COUNT (4) } },
  /* MLA's chapter names its book with no "In"; the book is cited too */
  { "/extract/styles/mla/chapter",
    LEAD "Works Cited\n\nNell, Cora. \"The Keeper's Wife.\" Harbour Lives, edited by Bruno Vell, "
    "Lantern House, 1970, pp. 3-20.\n",
    { XT_TITLE ("The Keeper's Wife"), XT_TYPE (CK_TYPE_CHAPTER), XT_AUTHOR ("Nell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Lives"), XT_FIELD (CK_FIELD_PAGES, "3-20"), XT_YEAR (1970),
      XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_ABSENT ("Harbour Lives"), XT_COUNT (1) } },
  { "/extract/styles/mla/university-press-edition",
    LEAD "Works Cited\n\nQuell, Ada. Salt Road. Harbour UP, 1990.\n"
    "Vell, Bruno. The Tin Harbour. 2nd ed., Lantern House, 1992.\n",
    { XT_TITLE ("Salt Road"), XT_FIELD (CK_FIELD_PUBLISHER, "Harbour UP"), XT_YEAR (1990),
      XT_TITLE ("The Tin Harbour"), XT_FIELD (CK_FIELD_EDITION, "2nd ed"), XT_YEAR (1992), XT_COUNT (2) } },
  /* MLA 7 gives the place and closes with the medium */
  { "/extract/styles/mla/seventh-medium",
    LEAD "Works Cited\n\nQuell, Ada. Salt Road. London: Gannet Press, 1958. Print.\n"
    "Vell, Bruno. \"Night Ferries.\" Harbour Review 12.3 (1990): 3-19. Print.\n",
    { XT_TITLE ("Salt Road"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1958),
      XT_TITLE ("Night Ferries"), XT_FIELD (CK_FIELD_VOLUME, "12"), XT_FIELD (CK_FIELD_ISSUE, "3"),
      XT_FIELD (CK_FIELD_PAGES, "3-19"), XT_COUNT (2) } },
  { "/extract/styles/apa/edition-place-doi",
    LEAD "References\n\nQuell, A. B. (1958). Salt road: A history. London: Gannet Press.\n"
    "Quell, A. (1961). Tide tables (2nd ed.). Gannet Press.\n"
    "Vell, B. (1990). Tides. Journal of Harbour Studies, 3(2), 1-20. https://doi.org/10.1234/jhs.3.2.1\n",
    { XT_TITLE ("Salt road"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"),
      XT_TITLE ("Tide tables"), XT_FIELD (CK_FIELD_EDITION, "2nd ed"), XT_YEAR (1961),
      XT_TITLE ("Tides"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Harbour Studies"), XT_COUNT (3) } },
  /* Harvard: a comma before the year; an article title left unquoted */
  { "/extract/styles/harvard/comma-year-unquoted",
    LEAD "References\n\nQuell, A., 1958. Salt road. London: Gannet Press.\n"
    "Vell, B. (1990) Tides, Journal of Harbour Studies, 3(2), pp. 1-20.\n",
    { XT_TITLE ("Salt road"), XT_AUTHOR ("Quell"), XT_YEAR (1958),
      XT_TITLE ("Tides"), XT_TYPE (CK_TYPE_ARTICLE_JOURNAL), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Journal of Harbour Studies"),
      XT_COUNT (2) } },
  { "/extract/styles/vancouver/et-al-month",
    LEAD "References\n\n2. Quell A, Vell B, Nell C, et al. Tides and keepers. Harb Rev. 1990 May;12(3):3-19.\n",
    { XT_TITLE ("Tides and keepers"), XT_FAMILY (CK_ROLE_AUTHOR, 2, "Nell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harb Rev"), XT_FIELD (CK_FIELD_VOLUME, "12"), XT_YEAR (1990), XT_COUNT (1) } },
  /* older British and European notes set the imprint with no brackets */
  { "/extract/styles/british/unbracketed-imprint",
    LEAD "Notes\n\n1 Ada Quell, Salt and Iron, London, 1958, p. 44.\n"
    "2 Bruno Vell, The Tin Harbour, London: Gannet Press, 1962, pp. 44-5.\n"
    "3 A. Quell and B. Vell, Tide Tables, Oxford, 1975, ii. 34.\n",
    { XT_TITLE ("Salt and Iron"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_YEAR (1958),
      XT_TITLE ("The Tin Harbour"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_YEAR (1962),
      XT_TITLE ("Tide Tables"), XT_FAMILY (CK_ROLE_AUTHOR, 1, "Vell"), XT_YEAR (1975), XT_COUNT (3) } },
  { "/extract/styles/british/unbracketed-near-misses",
    LEAD "Notes\n\n1 Ada Quell, Harbour College, London, 1958.\n"
    "2 Bruno Vell, Director, Harbour Museum, London, 1990, p. 3.\n"
    "3 Cora Nell, Ministry of Harbours, London, 12 May 1958.\n"
    "4 Ada Quell, Lecture at Harbour College, London, 1958.\n"
    "5 Ada Quell, The Times, London, 1958, p. 4.\n",
    { XT_COUNT (0) } },
  { "/extract/styles/apa/chapter-edition-pages",
    LEAD "References\n\nNell, C. (1970). The lamp room. In B. Vell & A. Quell (Eds.), Harbour lives "
    "(2nd ed., pp. 3-20). Lantern House.\n",
    { XT_TITLE ("The lamp room"), XT_TYPE (CK_TYPE_CHAPTER), XT_FIELD (CK_FIELD_PAGES, "3-20"),
      XT_FAMILY (CK_ROLE_EDITOR, 1, "Quell"), XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour lives") } },
  /* titles set in italics (HTML, or Markdown read as HTML): the author
   * before them, and MLA's imprint after them */
  { "/extract/styles/italics/note",
    LEAD "Notes\n\n12. Ada Quell, <i>Salt Road: A History</i> (London: Gannet Press, 1958), 44.\n"
    "13. Bruno Vell, *The Tin Harbour* (New York: Lantern House, 1962), 12.\n",
    { XT_TITLE ("Salt Road"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"), XT_YEAR (1958),
      XT_TITLE ("The Tin Harbour"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern House"), XT_COUNT (2) } },
  { "/extract/styles/italics/mla",
    LEAD "Works Cited\n\nQuell, Ada. <i>Salt Road</i>. Gannet Press, 1958.\n"
    "Vell, Bruno, editor. *The Tin Harbour*. Lantern House, 1962.\n",
    { XT_TITLE ("Salt Road"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Press"), XT_YEAR (1958),
      XT_TITLE ("The Tin Harbour"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Vell"), XT_AUTHOR (NULL), XT_YEAR (1962),
      XT_COUNT (2) } },
  /* italics in prose keep their reading: no author from the line's start */
  { "/extract/styles/italics/prose",
    LEAD "Bruno Vell, who taught her, praised <i>The Tin Harbour</i> (Lantern House, 1962), her first book.\n",
    { XT_TITLE ("The Tin Harbour"), XT_FAMILY_NOT (CK_ROLE_AUTHOR, 0, "Vell") } },
  /* newspapers and magazines are cited by the issue's date */
  { "/extract/styles/dated/mla",
    LEAD "Works Cited\n\nVell, Bruno. \"Night Ferries.\" The Harbour Times, 3 May 1990, p. 12.\n"
    "Nell, Cora. \"Lamps.\" Harbour Weekly, 12 Mar. 1990, pp. 3-5.\n",
    { XT_TITLE ("Night Ferries"), XT_TYPE (CK_TYPE_ARTICLE_NEWSPAPER), XT_AUTHOR ("Vell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "The Harbour Times"), XT_DATE (1990, 5, 3),
      XT_TITLE ("Lamps"), XT_TYPE (CK_TYPE_ARTICLE_MAGAZINE), XT_FIELD (CK_FIELD_PAGES, "3-5"), XT_YEAR (1990),
      XT_COUNT (2) } },
  { "/extract/styles/dated/chicago-note",
    LEAD "Notes\n\n1. Ada Quell, \"The Last Keeper,\" Harbour Weekly, May 3, 1990, 12.\n",
    { XT_TITLE ("The Last Keeper"), XT_TYPE (CK_TYPE_ARTICLE_MAGAZINE), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Harbour Weekly"), XT_DATE (1990, 5, 3), XT_COUNT (1) } },
  /* a question ends its title; particles, suffixes, a series */
  { "/extract/styles/mla/names-question-series",
    LEAD "Works Cited\n\nQuell, Ada. Who Keeps the Salt? Gannet Press, 1958.\n"
    "van der Berg, Anna. Tides of the North. Lantern House, 1990.\n"
    "King, Tom, Jr. Harbour Songs. Lantern House, 1971.\n"
    "Vell, Bruno. The Tin Harbour. Harbour Series 4. London: Gannet Press, 1962.\n",
    { XT_TITLE ("Who Keeps the Salt?"), XT_AUTHOR ("Quell"), XT_YEAR (1958),
      XT_TITLE ("Tides of the North"), XT_AUTHOR ("van der Berg"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Anna"),
      XT_TITLE ("Harbour Songs"), XT_AUTHOR ("King"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Tom"),
      XT_TITLE ("The Tin Harbour"), XT_FIELD (CK_FIELD_COLLECTION_TITLE, "Harbour Series"),
      XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "London"), XT_COUNT (4) } },
  /* APA: two works of one year, and works with no year yet */
  { "/extract/styles/apa/year-letters-undated",
    LEAD "References\n\nQuell, A. (1958a). Lamp rooms. Gannet Press.\nQuell, A. (1958b). Night ferries. Gannet Press.\n"
    "Vell, B. (in press). Tide tables. Lantern House.\nNell, C. (n.d.). Glass water. Lantern House.\n",
    { XT_TITLE ("Lamp rooms"), XT_YEAR (1958), XT_TITLE ("Night ferries"), XT_YEAR (1958),
      XT_TITLE ("Tide tables"), XT_AUTHOR ("Vell"), XT_YEAR (0), XT_TITLE ("Glass water"), XT_AUTHOR ("Nell"),
      XT_COUNT (4) } },
  /* a list that keeps names in their order: "Given Family. Title. …" */
  { "/extract/styles/direct-order-list",
    LEAD "Sources\n\nAda Quell. Salt and Iron. London: Gannet Press, 1958.\n"
    "Bruno Vell. The Tin Harbour. Lantern House, 1962.\n",
    { XT_TITLE ("Salt and Iron"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"), XT_YEAR (1958),
      XT_TITLE ("The Tin Harbour"), XT_AUTHOR ("Vell"), XT_YEAR (1962), XT_COUNT (2) } },
  /* entries wrap under a hanging indent, even after a stop */
  { "/extract/styles/wrapped-entries",
    LEAD "Works Cited\n\nQuell, Ada. Salt and Iron: A History of the Northern\n    Coast. Gannet Press, 1958.\n"
    "Vell, Bruno. The Tin Harbour.\n    Lantern House, 1962.\n"
    "Nell, Cora. \"Lamps.\" Journal of Harbour Studies, vol. 3,\n    no. 2, 1990, pp. 1-20.\n",
    { XT_TITLE ("Salt and Iron"), XT_FIELD (CK_FIELD_SUBTITLE, "A History of the Northern Coast"), XT_YEAR (1958),
      XT_TITLE ("The Tin Harbour"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern House"), XT_YEAR (1962),
      XT_TITLE ("Lamps"), XT_FIELD (CK_FIELD_ISSUE, "2"), XT_COUNT (3) } },
  /* the colon of German and other European lists ends the name */
  { "/extract/styles/colon-after-name",
    LEAD "Literatur\n\nQuell, Ada: Salz und Eisen. Hamburg 1958.\n"
    "Vell, Bruno: Der Zinnhafen. Berlin: Lantern Verlag, 1962.\n",
    { XT_TITLE ("Salz und Eisen"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER_PLACE, "Hamburg"), XT_YEAR (1958),
      XT_TITLE ("Der Zinnhafen"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Lantern Verlag"), XT_COUNT (2) } },
  { "/extract/styles/distractors/place-year-only",
    LEAD "Contributors\n\nNell, Cora: Harbour College. Boston 1991.\n"
    "Vell, Bruno. Harbour Museum. Boston, 1991.\n"
    "Quell, Ada. Summer Lecture at Harbour College. Boston, 1990.\n",
    { XT_NONE_FIRED ("style-entry"), XT_NONE_FIRED ("author-date") } },
  /* note numbers set as superscripts or in parentheses */
  { "/extract/styles/note-marks",
    LEAD "Notes\n\n\u00B9 Ada Quell, Salt and Iron, London, 1958, p. 44.\n"
    "(2) Quell, Ada. The Tin Harbour. Lantern House, 1962.\n",
    { XT_TITLE ("Salt and Iron"), XT_AUTHOR ("Quell"), XT_YEAR (1958),
      XT_TITLE ("The Tin Harbour"), XT_AUTHOR ("Quell"), XT_YEAR (1962), XT_COUNT (2) } },
  /* "———." repeats the names of the entry above */
  { "/extract/styles/ditto-names",
    LEAD "Works Cited\n\nQuell, Ada. Salt and Iron. Gannet Press, 1958.\n"
    "\u2014\u2014\u2014. The Tin Harbour. Lantern House, 1962.\n"
    "---, editor. Harbour Lives. Lantern House, 1970.\n",
    { XT_TITLE ("Salt and Iron"), XT_AUTHOR ("Quell"),
      XT_TITLE ("The Tin Harbour"), XT_AUTHOR ("Quell"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Ada"), XT_YEAR (1962),
      XT_TITLE ("Harbour Lives"), XT_FAMILY (CK_ROLE_EDITOR, 0, "Quell"), XT_AUTHOR (NULL), XT_COUNT (3) } },
  { "/extract/styles/ditto-author-date",
    LEAD "References\n\nQuell, Ada. 1958. Salt and Iron. London: Gannet Press.\n"
    "\u2014\u2014\u2014. 1962. The Tin Harbour. London: Gannet Press.\n",
    { XT_TITLE ("The Tin Harbour"), XT_AUTHOR ("Quell"), XT_YEAR (1962), XT_COUNT (2) } },
  /* ---- near misses: short references, nothing new */
  { "/extract/styles/distractors/ibid",
    LEAD "Notes\n\n1. Ibid.\n2. Ibid., p. 3.\n3. See above, n. 4.\n4. Quoted in Quell, p. 3.\n"
    "5. Ibid., pp. 45-47.\n6. Quell, p. 12.\n7. Interview with the author, London, 12 May 1990.\n"
    "8. Quell, 44; Vell, 12-13.\n9. Quell, op. cit., p. 3.\n10. Vell, loc. cit.\n",
    { XT_COUNT (0) } },
  { "/extract/styles/distractors/people-places",
    LEAD "Notes\n\n1. Quell, Ada. Letter to the author. 3 May 1990.\n"
    "2. Vell, Bruno. Personal interview. 12 June 1991.\n"
    "3. Nell, Cora (1907-1967). London.\n",
    { XT_COUNT (0) } },
  { "/extract/styles/distractors/archives-index",
    LEAD "Notes\n\n1. Quell Papers, Box 3, Folder 12, Harbour Library, Boston.\n"
    "2. Vell, Bruno. Letter to Ada Quell. 3 May 1958. Quell Papers, Harbour Library.\n"
    "3. Author interview with Bruno Vell, 12 June 1991.\n"
    "4. Vell, Bruno, and Cora Nell. Personal communication, 1991.\n"
    "5. Vell, B. (1990, May 3). Personal communication.\n\n"
    "Index\n\nQuell, Ada, 12, 34-36\nVell, Bruno, 7, 19\nNell, Cora. See Quell, Ada.\n\n"
    "Contributors\n\nQuell, Ada. Born 1907, London. Died 1967.\nVell, Bruno. Harbour College, Boston.\n"
    "Nell, Cora. Lecture. Harbour College, Boston, 1991.\n",
    /* only this convention's detectors are held to it here: the
     * bookseller-entry detector (detect-bookseller.c) reads the last
     * lines otherwise */
    { XT_NONE_FIRED ("style-entry"), XT_NONE_FIRED ("author-date"), XT_NONE_FIRED ("reference-entry") } },
  { "/extract/styles/distractors/apa-in-text",
    LEAD "As Quell (1958) and Vell and Nell (1990, p. 4) argue, the tide matters (Quell, 1958, pp. 3-4).\n",
    { XT_COUNT (0) } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
