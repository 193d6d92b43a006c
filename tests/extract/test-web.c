/* test-web.c — reviews copied from web pages, blogs, e-mail newsletters,
 * CMS exports and word processors (normalize-web.c, detect-web.c).
 * Invented works and authors only. */
#include "extract-test-util.h"

#define OPENING "The review begins here, as reviews do. It cites nothing yet, and says so.\n\n"
/* prose around the case, so that the paragraph is read as running text */
#define IN_PROSE(t) OPENING "This paragraph is ordinary prose that goes on for a while, as prose does in a review. " t \
  " The rest of it is ordinary prose again, with nothing in it at all.\n"

static const XtCase cases[] = {
  /* character references, numeric and named */
  { "/extract/web/entity/decimal-apostrophe-amp",
    IN_PROSE ("Mara Quell&#39;s <i>The Tin Orchard</i> (Faber &amp; Faber, 2011) is her best novel."),
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Faber & Faber"),
      XT_YEAR (2011), XT_COUNT (1) } },
  { "/extract/web/entity/named-rsquo-nbsp-mdash",
    IN_PROSE ("Mara Quell&rsquo;s <em>The Tin Orchard</em> (Faber &amp; Faber, 2011) is her best&nbsp;&mdash; and "
              "longest&nbsp;&mdash; novel."),
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011), XT_COUNT (1) } },
  { "/extract/web/entity/hex-and-decimal",
    IN_PROSE ("Tomas Vell&#x2019;s <i>Gull Harbour</i> (Picador, 2015) and Mara Quell&#8217;s <i>The Tin Orchard</i> "
              "(Faber, 2011) share a coast."),
    { XT_TITLE ("Gull Harbour"), XT_AUTHOR ("Vell"), XT_YEAR (2015),
      XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011) } },
  /* "&#146;": a cp1252 byte written as a number, read as browsers read it */
  { "/extract/web/entity/cp1252-number",
    IN_PROSE ("Mara Quell&#146;s <i>The Tin Orchard</i> (Faber, 2011) is her best novel."),
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011) } },
  /* escaped twice by a CMS */
  { "/extract/web/entity/double-escaped",
    IN_PROSE ("Mara Quell&amp;#39;s <i>The Tin Orchard</i> (Faber &amp;amp; Faber, 2011) is her best novel."),
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Faber & Faber") } },
  /* accented letters as references, inside a foreign title */
  { "/extract/web/entity/accents",
    IN_PROSE ("Ren&eacute;e Dutour&rsquo;s <i>Le Caf&eacute; du Port</i> (Gallimard, 1998) was never translated."),
    { XT_TITLE ("Le Café du Port"), XT_AUTHOR ("Dutour"), XT_YEAR (1998) } },
  /* markup escaped as text: "&lt;i&gt;" is still italics */
  { "/extract/web/entity/escaped-markup",
    IN_PROSE ("Mara Quell&#39;s &lt;i&gt;The Tin Orchard&lt;/i&gt; (Faber, 2011) is her best novel."),
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011) } },
  /* no reference: a bare ampersand, a query string, an unknown name */
  { "/extract/web/entity/not-references",
    IN_PROSE ("Prices at Smith & Daughters rose; see example.com/?a=1&b=2 or &notanentity; for more."),
    { XT_COUNT (0) } },

  /* tags */
  { "/extract/web/tag/span-with-class",
    OPENING "<p>Mara Quell&#8217;s <span class=\"booktitle\">The Tin Orchard</span> (Faber &amp; Faber, 2011) is "
    "her best novel, and it is ordinary prose that goes on for a while.</p>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011), XT_COUNT (1) } },
  /* a link's attribute quotes open no quoted title */
  { "/extract/web/tag/link-attributes",
    OPENING "<p>Her earlier book, <a href=\"https://example.com/books/tin-orchard\" title=\"Buy it\">The Tin "
    "Orchard</a> (Faber, 2011), was a success, and this one will be too.</p>\n",
    { XT_TITLE ("The Tin Orchard"), XT_YEAR (2011), XT_NO_TITLE_HAS ("http"), XT_NO_TITLE_HAS ("Buy"),
      XT_COUNT (1) } },
  { "/extract/web/tag/cite-with-attribute",
    IN_PROSE ("Tomas Vell's <cite class=\"work\">Gull Harbour</cite> (Picador, 2015) is set on the coast."),
    { XT_TITLE ("Gull Harbour"), XT_AUTHOR ("Vell"), XT_YEAR (2015) } },
  /* italics followed by a by-line, as blogs set a book */
  { "/extract/web/tag/italics-by-line",
    OPENING "<p><em>The Tin Orchard</em> by Mara Quell, translated by Ivo Santer (Faber, 2011, 320 pages, "
    "$27)</p>\n\n<p>I resisted this book for a year, and then I read it in four days.</p>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_FAMILY (CK_ROLE_TRANSLATOR, 0, "Santer"),
      XT_YEAR (2011), XT_NO_TITLE_HAS ("Mara") } },
  /* a bold header line and a header broken by <br> */
  { "/extract/web/tag/strong-header-line",
    "<p><strong>The Tin Orchard</strong> by Mara Quell (Faber &amp; Faber, 2011, &pound;16.99)</p>\n"
    "<p>This is a novel about orchards, and it is a long one, with a great deal of weather in it.</p>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011), XT_NO_TITLE_HAS ("strong") } },
  { "/extract/web/tag/br-header-block",
    "<p><b>The Tin Orchard</b><br>by Mara Quell<br/>Faber &amp; Faber, 2011, 320 pp., &pound;16.99</p>\n"
    "<p>This is a novel about orchards, and it is a long one, with a great deal of weather in it.</p>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Faber & Faber"),
      XT_YEAR (2011) } },
  /* a list of links */
  { "/extract/web/tag/list-items",
    "Recommended reading\n\n<ul><li><a href=\"https://example.com/a\">The Tin Orchard</a> by Mara Quell (Faber, "
    "2011)</li><li><i>Gull Harbour</i> by Tomas Vell (Picador, 2015)</li></ul>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011),
      XT_TITLE ("Gull Harbour"), XT_AUTHOR ("Vell"), XT_YEAR (2015), XT_COUNT (2) } },
  /* comments, scripts and an image's alt text give nothing */
  { "/extract/web/tag/comments-scripts-images",
    "<!-- wp:paragraph {\"className\":\"The Hidden Title\"} -->\n"
    "<script>var t = \"The Scripted Title (2010)\";</script>\n"
    "<p><img src=\"cover.jpg\" alt=\"Cover of The Pictured Title (2012)\"> Nothing is cited in this paragraph, "
    "which goes on for a while as prose does.</p>\n<!-- /wp:paragraph -->\n",
    { XT_COUNT (0) } },
  /* <q> is a quotation mark */
  { "/extract/web/tag/q-element",
    IN_PROSE ("Her essay <q>The Salt Ledger</q>, by Mara Quell, appeared in the spring and was much discussed."),
    { XT_TITLE ("The Salt Ledger"), XT_AUTHOR ("Quell") } },
  /* "<" in prose that is no tag stays */
  { "/extract/web/tag/not-a-tag",
    IN_PROSE ("Sales were < 500 copies, and a < b held; Mara Quell's <i>The Tin Orchard</i> (Faber, 2011) sold more."),
    { XT_TITLE ("The Tin Orchard"), XT_YEAR (2011) } },

  /* a document: its source's line breaks are spaces, its blocks' tags
   * make the lines */
  { "/extract/web/document/hard-wrapped-italics",
    "<p>The review begins here, as reviews do. It cites nothing yet,\nand says so.</p>\n\n"
    "<p>Those who have followed her from the first book to this one, the readers of Mara Quell's <i>The Tin\n"
    "Orchard</i> (Faber, 2011), will know the weather of her books, and it is\n"
    "here again, in this long paragraph of ordinary prose that goes on for a while.</p>\n"
    "<p>Another paragraph.</p>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011), XT_COUNT (1) } },
  { "/extract/web/document/wrapped-italics-short-paragraph",
    "<p>The review begins here, as reviews do. It cites nothing yet,\nand says so.</p>\n\n"
    "<p>Readers of Mara Quell's <i>The Tin\nOrchard</i> (Faber, 2011) will know the weather of her books,\n"
    "and it is here again.</p>\n<p>Another paragraph.</p>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011), XT_COUNT (1) } },
  /* … but short lines before a capital stay lines, as their writer set them */
  { "/extract/web/document/short-lines-stay",
    "<p>The Tin Orchard\nby Mara Quell\nFaber &amp; Faber, 2011, 320 pp., &pound;16.99</p>\n"
    "<p>This is a novel about orchards, and it is a long one, with a great deal of weather in it, and the "
    "weather goes on for page after page until the reader is soaked through.</p>\n<p>Another paragraph.</p>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Faber & Faber"),
      XT_YEAR (2011), XT_COUNT (1) } },
  /* a blog post: the meta line, the post's <h1>, the blog's name line */
  { "/extract/web/document/blog-post",
    "<div class=\"meta\">Posted on May 4, 2019 by <a href=\"/author/lark\">lark</a> | 2 Comments</div>\n"
    "<h1 class=\"entry-title\">Weather in the branches: on <em>The Tin Orchard</em></h1>\n"
    "<p><strong>Field Notes</strong> &mdash; a reading log</p>\n\n"
    "<p><em>The Tin Orchard</em> by Mara Quell (Faber, 2011, 320 pages, $27)</p>\n\n"
    "<p>I put this book off for a year,\nand then read it in two days, which is not how I read most books, "
    "and not how\nI expected to read this one.</p>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011),
      XT_SELF, XT_FIELD (CK_FIELD_CONTAINER_TITLE, "Field Notes"), XT_DATE (2019, 5, 4), XT_COUNT (2) } },
  /* a header set as short paragraphs is one block of lines */
  { "/extract/web/document/header-in-short-paragraphs",
    "<p>The Tin Orchard</p>\n<p>by Mara Quell</p>\n<p>Faber &amp; Faber, 2011, 320 pp., &pound;16.99</p>\n"
    "<p>Reviewed by Anna Reed</p>\n"
    "<p>This is a novel about orchards, and it is a long one, with a great deal of weather in it, and the weather "
    "goes on for page after page after page until the reader is soaked.</p>\n<p>Another paragraph.</p>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Faber & Faber"),
      XT_FIELD (CK_FIELD_PRICE, "£16.99"), XT_YEAR (2011), XT_NO_TITLE_HAS ("Anna Reed") } },
  /* "<br /><br />" parts paragraphs, one "<br />" lines */
  { "/extract/web/document/br-paragraphs",
    "<p>The Tin Orchard<br />\nby Mara Quell<br />\nFaber &amp; Faber, 2011, 320 pp., &pound;16.99<br /><br />\n"
    "This is a novel about orchards, and it is a long one, with a great deal of weather in it, and the weather "
    "goes on for page after page.<br /><br />\nReaders of <i>Gull Harbour</i> (Picador, 2015) know it.</p>\n"
    "<p>x</p>\n<p>y</p>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Faber & Faber"),
      XT_TITLE ("Gull Harbour"), XT_YEAR (2015), XT_COUNT (2) } },
  /* a fact box as a table of labels over values, and as a definition
   * list of "Label:" and value */
  { "/extract/web/document/fact-table",
    "<table class=\"book-facts\">\n<tr><th>Title</th><td>The Tin Orchard</td></tr>\n"
    "<tr><th>Author</th><td>Mara Quell</td></tr>\n<tr><th>Publisher</th><td>Faber &amp; Faber</td></tr>\n"
    "<tr><th>Pages</th><td>320</td></tr>\n</table>\n"
    "<p>This is a novel about orchards, and it is a long one, with a great deal of weather in it, and the weather "
    "goes on for page after page until the reader is soaked through.</p>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Faber & Faber"),
      XT_COUNT (1) } },
  { "/extract/web/document/fact-definition-list",
    "<dl>\n<dt>Title:</dt><dd>The Tin Orchard</dd>\n<dt>Author:</dt><dd>Mara Quell</dd>\n"
    "<dt>Publisher:</dt><dd>Faber &amp; Faber</dd>\n<dt>Published:</dt><dd>2011</dd>\n</dl>\n"
    "<p>This is a novel about orchards, and it is a long one, with a great deal of weather in it, and the weather "
    "goes on for page after page until the reader is soaked through.</p>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Faber & Faber"),
      XT_YEAR (2011), XT_COUNT (1) } },
  /* <pre> keeps its lines */
  { "/extract/web/document/pre-keeps-lines",
    "<p>The review begins here, as reviews do.</p>\n<p>It cites nothing yet, and says so.</p>\n"
    "<p>Here is the list she sent, which is ordinary prose that goes on for a while, as prose does.</p>\n"
    "<pre>\nThe Tin Orchard by Mara Quell (Faber, 2011)\nGull Harbour by Tomas Vell (Picador, 2015)\n</pre>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_TITLE ("Gull Harbour"), XT_AUTHOR ("Vell") } },
  /* italics in sentence case before an imprint */
  { "/extract/web/tag/sentence-case-italics",
    IN_PROSE ("She had already written <em>Det tomme haven</em> (Oslo: Gannet, 2009), a novel never translated."),
    { XT_TITLE ("Det tomme haven"), XT_YEAR (2009), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet") } },
  /* … but not emphasis, nor another edition's title */
  { "/extract/web/tag/sentence-case-not",
    IN_PROSE ("She said it was <em>Really quite good</em> (in 2009), and it was first published as "
              "<em>Det tomme haven</em> (Oslo: Gannet, 2009) in Norway."),
    { XT_ABSENT ("Really quite good"), XT_ABSENT ("Det tomme haven") } },

  /* the closing line web papers give a reviewed book */
  { "/extract/web/tag/published-by-line",
    IN_PROSE ("<strong>The Tin Orchard</strong> by Mara Quell is published by Faber &amp; Faber (&pound;16.99). "
              "To order a copy go to bookshop.example.com. Delivery charges may apply."),
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Faber & Faber"),
      XT_FIELD (CK_FIELD_PRICE, "£16.99"), XT_NO_TITLE_HAS ("bookshop"), XT_COUNT (1) } },
  { "/extract/web/tag/published-in-paperback-at",
    IN_PROSE ("Gull Harbour by Tomas Vell is published in paperback by Gannet Books at &pound;9.99."),
    { XT_TITLE ("Gull Harbour"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Gannet Books"),
      XT_FIELD (CK_FIELD_PRICE, "£9.99") } },
  { "/extract/web/tag/out-now-from",
    IN_PROSE ("Gull Harbour by Tomas Vell is out now from Picador ($27)."),
    { XT_TITLE ("Gull Harbour"), XT_AUTHOR ("Vell"), XT_FIELD (CK_FIELD_PUBLISHER, "Picador") } },
  /* a prize's winner is no book */
  { "/extract/web/tag/published-by-not",
    IN_PROSE ("The prize was won by Mara Quell and is published by the committee each year."),
    { XT_COUNT (0) } },

  /* Markdown */
  { "/extract/web/markdown/link-with-hover-title",
    IN_PROSE ("Mara Quell's [*The Tin Orchard*](https://example.com/tin \"Buy The Hover Text\") (Faber, 2011) is "
              "her best."),
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011), XT_NO_TITLE_HAS ("Hover"), XT_COUNT (1) } },
  { "/extract/web/markdown/link",
    IN_PROSE ("Mara Quell's [*The Tin Orchard*](https://example.com/tin-orchard) (Faber, 2011) is her best."),
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011), XT_NO_TITLE_HAS ("http"), XT_COUNT (1) } },
  { "/extract/web/markdown/bold-by-line",
    "**The Tin Orchard** by Mara Quell (Faber, 2011, 320 pages)\n\n"
    "This is a novel about orchards, and it is a long one, with a great deal of weather in it.\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011) } },
  { "/extract/web/markdown/heading",
    "## The Tin Orchard by Mara Quell\n\n"
    "Faber, 2011. 320 pages.\n\n"
    "This is a novel about orchards, and it is a long one, with a great deal of weather in it.\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_NO_TITLE_HAS ("#") } },
  { "/extract/web/markdown/bullets",
    "Recommended reading\n\n- The Tin Orchard by Mara Quell (Faber, 2019)\n- Gull Harbour by Tomas Vell (Picador, 2015)\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2019),
      XT_TITLE ("Gull Harbour"), XT_AUTHOR ("Vell"), XT_COUNT (2) } },
  { "/extract/web/markdown/quoted-lines",
    OPENING "> Readers who loved Mara Quell's *The Tin Orchard* (Faber, 2011)\n> will find the same weather here.\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011) } },
  /* a static site's front matter is data, not prose */
  { "/extract/web/markdown/front-matter",
    "---\ntitle: \"Weather in the branches\"\ndate: 2019-05-04\nauthor: Anna Reed\ntags:\n  - fiction\n  - reviews\n---\n\n"
    "# Weather in the branches\n\n"
    "*The Tin Orchard* by Mara Quell. Faber & Faber, 2011. 320 pp.\n\n"
    "I put this book off for a year, and then I read it in two days. It is a novel about an orchard where "
    "nothing grows, and the family who will not leave it, and it is the best thing Quell has written.\n",
    { XT_ABSENT ("Weather in the branches"), XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"),
      XT_FIELD (CK_FIELD_PUBLISHER, "Faber & Faber"), XT_YEAR (2011), XT_COUNT (1) } },
  /* a reading list: the author opens the line, bold names are no titles */
  { "/extract/web/markdown/reading-list-authors",
    OPENING "## Further reading\n\n"
    "- Tomas Vell, *The Lamp Room* (Picador, 2009)\n"
    "- **Ivo Santer** — *North of the Orchard* (Faber, 2012)\n"
    "- *Salt and Weather* (Gannet, 2017)\n",
    { XT_TITLE ("The Lamp Room"), XT_AUTHOR ("Vell"), XT_YEAR (2009),
      XT_TITLE ("North of the Orchard"), XT_AUTHOR ("Santer"), XT_YEAR (2012),
      XT_TITLE ("Salt and Weather"), XT_AUTHOR (NULL), XT_ABSENT ("Ivo Santer"), XT_COUNT (3) } },
  /* "<i>Title</i>, Given Family (imprint)": the author after the title */
  { "/extract/web/tag/list-author-after-title",
    OPENING "<ol><li><em>The Tin Orchard</em>, Mara Quell (Faber, 2011)</li>"
    "<li><em>Gull Harbour</em> &mdash; Tomas Vell (Picador, 2015)</li></ol>\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011),
      XT_TITLE ("Gull Harbour"), XT_AUTHOR ("Vell"), XT_YEAR (2015), XT_COUNT (2) } },
  /* … but not a name followed by anything but an imprint */
  { "/extract/web/tag/list-author-after-title-not",
    IN_PROSE ("In <i>The Tin Orchard</i>, Mara Quell (born 1970) wrote of orchards."),
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR (NULL), XT_COUNT (1) } },
  /* in prose a name before a comma is no author of the italics */
  { "/extract/web/markdown/no-author-in-prose",
    IN_PROSE ("It was a gift from Tomas Vell, *The Lamp Room* (Picador, 2009) being his favourite."),
    { XT_TITLE ("The Lamp Room"), XT_AUTHOR (NULL) } },
  /* "\*" is a star, no emphasis */
  { "/extract/web/markdown/escaped-marks",
    IN_PROSE ("We give it four \\*Stars\\* out of five and a \\_Gold Mark\\_ for effort."),
    { XT_COUNT (0) } },

  /* a section trail before the heading */
  { "/extract/web/boilerplate/section-trail-heading",
    "Books | Fiction | The Tin Orchard by Mara Quell\n\nAnna Reed\n\n"
    "This is a novel about orchards, and it is a long one, with a great deal of weather in it, and the weather "
    "goes on for page after page until the reader is soaked through.\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_NO_TITLE_HAS ("Fiction"), XT_COUNT (1) } },
  { "/extract/web/boilerplate/breadcrumb-heading",
    "Home \u00bb Reviews \u00bb The Tin Orchard by Mara Quell\n\nAnna Reed\n\n"
    "This is a novel about orchards, and it is a long one, with a great deal of weather in it, and the weather "
    "goes on for page after page until the reader is soaked through.\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_COUNT (1) } },

  /* boilerplate, addresses and links give nothing */
  { "/extract/web/boilerplate/post-furniture",
    "Posted by Anna Reed in Fiction\n\nShare this:\nTwitter\nFacebook\n\nTags: fiction, Mara Quell, Faber\n\n"
    "Comments (3)\n\nRead more\n",
    { XT_COUNT (0) } },
  { "/extract/web/boilerplate/urls-and-mail",
    IN_PROSE ("Read the full review at https://www.example.com/reviews/The-Tin-Orchard-By-Mara-Quell/ or write to "
              "Letters.Editor@example.org with comments."),
    { XT_COUNT (0) } },

  /* word processors */
  { "/extract/web/wordproc/soft-hyphen-zero-width",
    IN_PROSE ("Mara Quell's <i>The Tin Or\u00adchard</i> (Faber,\u00a02011) and her <i>Salt\u200b Ledger</i> (Faber, "
              "2014) are both long."),
    { XT_TITLE ("The Tin Orchard"), XT_YEAR (2011), XT_TITLE ("Salt Ledger"), XT_YEAR (2014) } },
  { "/extract/web/wordproc/nbsp-in-names-and-prices",
    "The Tin Orchard\nby Mara\u00a0Quell\nFaber & Faber, 2011, 320\u00a0pp., £16.99\n\n"
    "This is a novel about orchards, and it is a long one, with a great deal of weather in it.\n",
    { XT_TITLE ("The Tin Orchard"), XT_GIVEN (CK_ROLE_AUTHOR, 0, "Mara"), XT_AUTHOR ("Quell"), XT_YEAR (2011) } },
  /* PDF ligatures, non-breaking hyphens and direction marks */
  { "/extract/web/wordproc/ligatures-hyphens-marks",
    IN_PROSE ("Ann Hart\u2011Lowe's <i>The Salt \uFB01eld</i> (Gannet, 2014) and \u200eMara Quell's\u200f "
              "<i>Gull Harbour</i> (Picador, 2015) are both long."),
    { XT_TITLE ("The Salt field"), XT_AUTHOR ("Hart-Lowe"), XT_YEAR (2014),
      XT_TITLE ("Gull Harbour"), XT_AUTHOR ("Quell"), XT_YEAR (2015) } },
  /* lone carriage returns end lines */
  { "/extract/web/wordproc/carriage-returns",
    "The Tin Orchard\rby Mara Quell\rFaber & Faber, 2011, 320 pp., £16.99\r\r"
    "This is a novel about orchards, and it is a long one, with a great deal of weather in it.\r",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Faber & Faber"),
      XT_YEAR (2011) } },
  /* a rating's stars and a blog's pictographs are no part of a title */
  { "/extract/web/wordproc/stars-and-pictographs",
    "The Tin Orchard by Mara Quell \u2605\u2605\u2605\u2605\u2606\nFaber & Faber, 2011, 320 pp., £16.99\n\n"
    "This is a novel about orchards \U0001F4DA, and it is a long one, with a great deal of weather in it.\n",
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_YEAR (2011) } },
  /* a no-break space through cp1252, whole or with its second byte lost */
  { "/extract/web/wordproc/mojibake-nbsp",
    IN_PROSE ("Mara\u00c2\u00a0Quell's <i>The Tin Orchard</i> (Faber,\u00c2 2011) is her best."),
    { XT_TITLE ("The Tin Orchard"), XT_AUTHOR ("Quell"), XT_FIELD (CK_FIELD_PUBLISHER, "Faber"), XT_YEAR (2011) } },
  { "/extract/web/wordproc/mixed-quotes",
    IN_PROSE ("Her essay \u201cThe Salt Ledger\", by Mara Quell, appeared in the spring and was much discussed."),
    { XT_TITLE ("The Salt Ledger"), XT_AUTHOR ("Quell") } },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xt_add_cases (cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
