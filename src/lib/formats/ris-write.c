/* ris-write.c — the RIS writer.
 *
 * Record → an ordered list of tag lines through the tag table (ris-tags.c)
 * → text.  TY comes first and ER last; the other tags follow the table's
 * order.  A row is used only when the reader maps its tag back to the same
 * slot for the record's type (ck_ris_lookup_read), so what the writer
 * writes the reader reads back, and Zotero reads it the same way: a book's
 * editors as ED (Zotero reads A2 on a BOOK as the series editor), the
 * translator as A4, T2 only for the book or journal holding a part, SP on
 * a BOOK as its number of pages.
 *
 * Lines end in CRLF: the RIS specification asks for it, Zotero, EndNote and
 * the publishers' exports write it, and every reader (ours included)
 * accepts it.  Each record ends with "ER  - " and a blank line.
 *
 * Fields with no tag are reported through ck_diag_add_loss; binding and
 * price go to an N1 note (Zotero makes N1 a child note), and the loss
 * tally says so.  With CK_WRITE_STRICT a dropped field is an error.
 */
#include "ris-private.h"

#include <string.h>

#define EOL "\r\n"

typedef struct {
  guint    n_written;
  GString *scratch;    /* one name at a time, reused for every record */
} RisWriter;

static gpointer
ris_writer_new (const CkWriteOptions *options)
{
  RisWriter *w = g_new0 (RisWriter, 1);
  w->scratch = g_string_sized_new (128);
  return w;
}

static void
ris_writer_free (gpointer state)
{
  RisWriter *w = state;
  g_string_free (w->scratch, TRUE);
  g_free (w);
}

/* g_string_append_len, with the common case (room left) inline: the
 * writer appends a few short pieces for every field of every record, and
 * GLib 2.74's append is an out-of-line insert. */
static inline void
append (GString *out, const char *p, gsize n)
{
  if (G_LIKELY (out->len + n < out->allocated_len))
    {
      memcpy (out->str + out->len, p, n);
      out->len += n;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, p, (gssize) n);
}

/* Does the line of @n bytes at @line read as a tag line ("AB  - …")? */
static gboolean
looks_like_tag_line (const char *line, gsize n)
{
  return n >= 5 && g_ascii_isupper (line[0]) && (g_ascii_isupper (line[1]) || g_ascii_isdigit (line[1]))
         && (line[2] == ' ' || line[2] == '\t');
}

/* A value line.  A value's own line breaks become continuation lines; one
 * that would read as a tag line is shifted by a blank, which the reader
 * strips again.  (Appends slices of @value in place: this runs for every
 * field of every record.) */
static void
put_len (GString *out, const char *tag, const char *value, gsize len)
{
  const char *p = value, *end = value + len;
  gboolean first = TRUE;

  if (!value || len == 0)
    return;
  for (;;)
    {
      const char *nl = memchr (p, '\n', (gsize) (end - p));
      const char *le = nl ? nl : end;
      gsize n = (gsize) (le - p);

      if (n > 0 && p[n - 1] == '\r')
        n--;
      if (first)
        {
          append (out, tag, 2);
          append (out, "  - ", 4);
          append (out, p, n);
          append (out, EOL, 2);
          first = FALSE;
        }
      else if (n > 0)
        {
          if (looks_like_tag_line (p, n))
            append (out, " ", 1);
          append (out, p, n);
          append (out, EOL, 2);
        }
      if (!nl)
        break;
      p = nl + 1;
    }
}

static void
put (GString *out, const char *tag, const char *value)
{
  if (value)
    put_len (out, tag, value, strlen (value));
}

/* "van der Berg, Anna, Jr." or a literal as it is.  @s is scratch space. */
static void
put_name (GString *out, GString *s, const char *tag, const CkName *n)
{
  g_string_truncate (s, 0);
  if (n->family && *n->family)
    {
      if (n->particle && *n->particle)
        {
          append (s, n->particle, strlen (n->particle));
          append (s, " ", 1);
        }
      append (s, n->family, strlen (n->family));
      append (s, ", ", 2);
      if (n->given)
        append (s, n->given, strlen (n->given));
      if (n->suffix && *n->suffix)
        {
          append (s, ", ", 2);
          append (s, n->suffix, strlen (n->suffix));
        }
      /* "Family, " → "Family," so that no trailing blank is written. */
      while (s->len > 0 && s->str[s->len - 1] == ' ')
        g_string_truncate (s, s->len - 1);
    }
  else if (n->literal && *n->literal)
    g_string_append (s, n->literal);
  else if (n->given && *n->given)
    g_string_append (s, n->given);
  put_len (out, tag, s->str, s->len);
}

/* @v as "%0*d" with @width digits, appended to @s (printf only for the
 * rare values outside 0 … 9999). */
static void
append_padded (GString *s, int v, int width)
{
  char buf[16];

  if (v >= 0 && v <= 9999)
    {
      int digits = v >= 1000 ? 4 : v >= 100 ? 3 : v >= 10 ? 2 : 1;
      int n = MAX (digits, width);
      for (int k = n - 1; k >= 0; k--, v /= 10)
        buf[k] = (char) ('0' + v % 10);
      append (s, buf, (gsize) n);
    }
  else
    g_string_append_printf (s, "%0*d", width, v);
}

/* "1998/03/04/", with the display form as the "other" part when numbers
 * cannot say it all (a season, a range, "c."). */
static char *
format_slash_date (const CkDate *d)
{
  g_autoptr(GString) s = NULL;

  if (d->year == 0)
    return g_strdup (d->literal);
  s = g_string_sized_new (32);
  append_padded (s, d->year, 4);
  append (s, "/", 1);
  if (d->month)
    append_padded (s, d->month, 2);
  append (s, "/", 1);
  if (d->month && d->day)
    append_padded (s, d->day, 2);
  append (s, "/", 1);
  if (d->season || d->circa || d->end_year || d->end_month || d->end_day)
    {
      g_autofree char *display = ck_date_to_display (d);
      g_string_append (s, display);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* @p[0, @n) without the white space g_strstrip removes. */
static void
strip_span (const char **p, gsize *n)
{
  while (*n > 0 && g_ascii_isspace ((*p)[0]))
    {
      (*p)++;
      (*n)--;
    }
  while (*n > 0 && g_ascii_isspace ((*p)[*n - 1]))
    (*n)--;
}

/* The page range split at its first dash ("84-97", "84–97", "84--97"),
 * as stripped stretches of @pages: the start, and the end (*@ep NULL when
 * there is none). */
static void
split_pages (const char *pages, const char **sp, gsize *sp_len, const char **ep, gsize *ep_len)
{
  const char *dash = NULL;
  gsize dash_len = 0;

  for (const char *p = pages; *p; p++)
    {
      if (*p == '-')
        {
          dash = p;
          dash_len = 1;
          while (dash[dash_len] == '-')
            dash_len++;
          break;
        }
      if (strncmp (p, "\xE2\x80\x93", 3) == 0)  /* – */
        {
          dash = p;
          dash_len = 3;
          break;
        }
    }
  *sp = pages;
  if (!dash || dash == pages || !dash[dash_len])
    {
      *sp_len = strlen (pages);
      *ep = NULL;
      *ep_len = 0;
    }
  else
    {
      *sp_len = (gsize) (dash - pages);
      *ep = dash + dash_len;
      *ep_len = strlen (*ep);
      strip_span (ep, ep_len);
    }
  strip_span (sp, sp_len);
}

/* What the writer has used of a record, for the loss tally. */
typedef struct {
  gboolean field[CK_FIELD_N_FIELDS];
  gboolean role[CK_ROLE_N_ROLES];
  gboolean date[CK_DATE_N_KINDS];
} Used;

/* Fields a related record can stand for (model-notes: writers use flat
 * fields first), with the relation. */
static const struct {
  CkField        field;
  CkRelationKind kind;
} via[] = {
  { CK_FIELD_CONTAINER_TITLE,  CK_RELATION_CONTAINER },
  { CK_FIELD_REVIEWED_TITLE,   CK_RELATION_REVIEWS },
  { CK_FIELD_ORIGINAL_TITLE,   CK_RELATION_ORIGINAL },
  { CK_FIELD_COLLECTION_TITLE, CK_RELATION_SERIES },
};

static gboolean
has_via (CkField field)
{
  for (guint i = 0; i < G_N_ELEMENTS (via); i++)
    if (via[i].field == field)
      return TRUE;
  return FALSE;
}

/* The flat value of @field, or the title of the related record that the
 * field stands for. */
static char *
dup_field (CkRecord *rec, CkField field)
{
  if (field == CK_FIELD_TITLE)
    return ck_record_dup_full_title (rec);
  if (field == CK_FIELD_NOTE)
    {
      /* Binding and price have no tag: they go into the N1 note, on a line
       * of their own after the record's note, so that one note holds both
       * and what the reader gets back is written the same way again. */
      const char *note = ck_record_get (rec, CK_FIELD_NOTE);
      const char *binding = ck_record_get (rec, CK_FIELD_BINDING);
      const char *price = ck_record_get (rec, CK_FIELD_PRICE);
      g_autofree char *physical = NULL;
      if (binding || price)
        physical = g_strdup_printf ("%s%s%s", binding ? binding : "",
                                    binding && price ? ", " : "", price ? price : "");
      if (note && physical)
        return g_strdup_printf ("%s\n%s", note, physical);
      return g_strdup (note ? note : physical);
    }
  if (ck_record_has (rec, field))
    return g_strdup (ck_record_get (rec, field));
  for (guint i = 0; i < G_N_ELEMENTS (via); i++)
    if (via[i].field == field)
      {
        CkRecord *target = ck_record_find_relation (rec, via[i].kind);
        return target ? ck_record_dup_full_title (target) : NULL;
      }
  return NULL;
}

/* dup_field without the copy when the flat field is there as it is. */
static const char *
borrow_field (CkRecord *rec, CkField field, char **owned)
{
  if (field != CK_FIELD_TITLE && field != CK_FIELD_NOTE)
    {
      const char *value = ck_record_get (rec, field);
      /* Absent, and not a field a related record can stand for: no copy
       * to make (most rows of most records). */
      if (value || !has_via (field))
        return value;
    }
  if (field == CK_FIELD_TITLE && !ck_record_has (rec, CK_FIELD_SUBTITLE))
    return ck_record_get (rec, CK_FIELD_TITLE);
  if (field == CK_FIELD_NOTE && !ck_record_has (rec, CK_FIELD_BINDING) && !ck_record_has (rec, CK_FIELD_PRICE))
    return ck_record_get (rec, CK_FIELD_NOTE);
  return *owned = dup_field (rec, field);
}

static void
write_keywords (GString *out, CkRecord *rec, const char *tag)
{
  const char *kw = ck_record_get (rec, CK_FIELD_KEYWORD);
  const char *lines = ck_record_get_extra (rec, CK_RIS_EXTRA_PREFIX "KW");
  g_auto(GStrv) parts = NULL;

  if (!kw)
    return;
  /* The reader kept keywords that hold commas one per line: use that list
   * when it still says the same as the field. */
  if (lines)
    {
      g_auto(GStrv) split = g_strsplit (lines, "\n", -1);
      g_autofree char *joined = g_strjoinv (", ", split);
      if (strcmp (joined, kw) == 0)
        {
          for (guint i = 0; split[i]; i++)
            put (out, tag, split[i]);
          return;
        }
    }
  parts = g_strsplit (kw, ",", -1);
  for (guint i = 0; parts[i]; i++)
    put (out, tag, g_strstrip (parts[i]));
}

/* Tags that cannot be written from extras: the writer makes them itself. */
static gboolean
is_reserved_extra (const char *tag)
{
  return strcmp (tag, "TY") == 0 || strcmp (tag, "ER") == 0 || strcmp (tag, "KW") == 0;
}

static gboolean
is_ris_tag (const char *tag)
{
  return strlen (tag) == 2 && g_ascii_isupper (tag[0]) && (g_ascii_isupper (tag[1]) || g_ascii_isdigit (tag[1]));
}

/* The TY to write: a synonym the reader kept (when it still means the
 * record's type), else the type's own TY. */
static const char *
choose_ty (CkRecord *rec, CkType type, gboolean *out_exact)
{
  const char *kept = ck_record_get_extra (rec, CK_RIS_EXTRA_PREFIX "TY");
  CkType kept_type;

  if (kept && *kept)
    {
      gboolean known = ck_ris_type_from_ty (kept, &kept_type);
      if (kept_type == type && (known || type == CK_TYPE_DOCUMENT) && !strpbrk (kept, "\r\n"))
        {
          *out_exact = TRUE;
          return kept;
        }
    }
  return ck_ris_type_to_ty (type, out_exact);
}

static void
write_row (GString *out, GString *scratch, CkRecord *rec, const RisTag *row, Used *used)
{
  switch (row->target)
    {
    case RIS_TO_FIELD:
      {
        g_autofree char *owned = NULL;
        const char *value = borrow_field (rec, row->slot, &owned);
        if (!value)
          break;
        put (out, row->tag, value);
        used->field[row->slot] = TRUE;
        if (row->slot == CK_FIELD_TITLE)
          used->field[CK_FIELD_SUBTITLE] = TRUE;   /* part of the full title */
      }
      break;
    case RIS_TO_NAME:
      for (guint i = 0; i < ck_record_get_n_names (rec); i++)
        {
          const CkName *n = ck_record_get_name (rec, i);
          if ((int) n->role != row->slot || ck_name_is_empty (n))
            continue;
          put_name (out, scratch, row->tag, n);
          used->role[n->role] = TRUE;
        }
      break;
    case RIS_TO_YEAR:
      {
        const CkDate *d = ck_record_get_date (rec, row->slot);
        if (d && d->year)
          {
            char year[16];
            if (d->year > 0 && d->year <= 9999)
              {
                /* "%04d" without printf: this runs for every record. */
                year[0] = (char) ('0' + d->year / 1000);
                year[1] = (char) ('0' + d->year / 100 % 10);
                year[2] = (char) ('0' + d->year / 10 % 10);
                year[3] = (char) ('0' + d->year % 10);
                year[4] = '\0';
              }
            else
              g_snprintf (year, sizeof year, "%04d", d->year);
            put (out, row->tag, year);
            used->date[row->slot] = TRUE;
          }
      }
      break;
    case RIS_TO_DATE:
      {
        const CkDate *d = ck_record_get_date (rec, row->slot);
        g_autofree char *text = NULL;
        if (!d || ck_date_is_empty (d))
          break;
        /* A bare year of the issued date is PY's alone. */
        if (row->slot == CK_DATE_ISSUED && d->year && !d->month && !d->day && !d->season
            && !d->circa && !d->end_year && !d->end_month && !d->end_day)
          break;
        text = format_slash_date (d);
        put (out, row->tag, text);
        used->date[row->slot] = TRUE;
      }
      break;
    case RIS_TO_PAGE_START:
    case RIS_TO_PAGE_END:
      {
        const char *sp, *ep;
        gsize sp_len, ep_len;
        const char *pages = ck_record_get (rec, CK_FIELD_PAGES);
        if (!pages)
          break;
        split_pages (pages, &sp, &sp_len, &ep, &ep_len);
        if (row->target == RIS_TO_PAGE_START)
          put_len (out, row->tag, sp, sp_len);
        else if (ep)
          put_len (out, row->tag, ep, ep_len);
        used->field[CK_FIELD_PAGES] = TRUE;
      }
      break;
    case RIS_TO_SERIAL:
      put (out, row->tag, ck_record_get (rec, CK_FIELD_ISBN));
      put (out, row->tag, ck_record_get (rec, CK_FIELD_ISSN));
      used->field[CK_FIELD_ISBN] = used->field[CK_FIELD_ISSN] = TRUE;
      break;
    case RIS_TO_KEYWORD:
      write_keywords (out, rec, row->tag);
      used->field[CK_FIELD_KEYWORD] = TRUE;
      break;
    case RIS_TO_KEY:
      put (out, row->tag, ck_record_get_key (rec));
      break;
    case RIS_TO_TYPE:
    case RIS_TO_END:
      break;
    }
}

static const char *
loss_name (CkField field)
{
  const char *csl = ck_field_to_csl (field);
  return csl[0] == '_' ? csl + 1 : csl;   /* "_price" → "price" */
}

/* The rows written for each record type, in table order: those the reader
 * reads back the same way for the type (the writer asked the reader's
 * lookup for every row of every record; the answer depends on the type
 * alone, so it is computed once). */
typedef struct {
  guint16 rows[CK_TYPE_N_TYPES][256];
  guint   n[CK_TYPE_N_TYPES];
} RowPlan;

static gpointer
row_plan_build (gpointer unused)
{
  RowPlan *plan = g_new0 (RowPlan, 1);

  for (int type = 0; type < CK_TYPE_N_TYPES; type++)
    for (guint i = 0; i < ck_ris_n_tags; i++)
      {
        const RisTag *row = &ck_ris_tags[i];
        if (!(row->flags & RIS_WRITE) || row->target == RIS_TO_TYPE || row->target == RIS_TO_END)
          continue;
        /* Only a row the reader reads back the same way for this type. */
        if (ck_ris_lookup_read (row->tag, type) != row)
          continue;
        /* EP alone is no page range: only with an SP that starts one (on a
         * BOOK, SP is the number of pages). */
        if (row->target == RIS_TO_PAGE_END)
          {
            const RisTag *sp = ck_ris_lookup_read ("SP", type);
            if (!sp || sp->target != RIS_TO_PAGE_START)
              continue;
          }
        g_assert (plan->n[type] < G_N_ELEMENTS (plan->rows[type]));
        plan->rows[type][plan->n[type]++] = (guint16) i;
      }
  return plan;
}

static const RowPlan *
row_plan (void)
{
  static GOnce once = G_ONCE_INIT;
  return g_once (&once, row_plan_build, NULL);
}

static gboolean
ris_write_record (gpointer state, const CkWriteOptions *options, GString *out,
                  CkRecord *rec, GError **error)
{
  RisWriter *w = state;
  CkType type = ck_record_get_type (rec);
  const RowPlan *plan = row_plan ();
  /* Names of what was dropped: static CSL names or keys borrowed from @rec. */
  const char *dropped_stack[64];
  g_autoptr(GPtrArray) dropped_more = NULL;
  guint n_dropped = 0;
  GString *scratch = w->scratch;
  gsize start = out->len;
  Used used = { { 0 } };
  gboolean exact;
  const char *ty = choose_ty (rec, type, &exact);

#define DROP(name) G_STMT_START {                                       \
    if (n_dropped < G_N_ELEMENTS (dropped_stack))                       \
      dropped_stack[n_dropped++] = (name);                              \
    else                                                                \
      {                                                                 \
        if (!dropped_more)                                              \
          dropped_more = g_ptr_array_new ();                            \
        g_ptr_array_add (dropped_more, (gpointer) (name));              \
      }                                                                 \
  } G_STMT_END

  /* A book review comes back as one when its RI is written. */
  if (!exact && type == CK_TYPE_REVIEW_BOOK && strcmp (ty, "JOUR") == 0)
    {
      g_autofree char *reviewed = dup_field (rec, CK_FIELD_REVIEWED_TITLE);
      exact = reviewed != NULL;
    }
  if (!exact && options->diag)
    {
      g_autofree char *fate = g_strdup_printf ("written as TY %s", ty);
      ck_diag_add_loss (options->diag, "type", "RIS", fate);
    }
  put (out, "TY", ty);
  for (guint i = 0; i < plan->n[type]; i++)
    write_row (out, scratch, rec, &ck_ris_tags[plan->rows[type][i]], &used);

  /* Extras: those under "ris:" whose tag the writer does not make itself
   * are written back; any other is dropped. */
  for (guint i = 0; i < ck_record_get_n_extras (rec); i++)
    {
      const char *key = ck_record_get_extra_key (rec, i);
      const char *value = ck_record_get_extra_value (rec, i);
      const char *tag = g_str_has_prefix (key, CK_RIS_EXTRA_PREFIX) ? key + strlen (CK_RIS_EXTRA_PREFIX) : NULL;

      if (!tag || !is_ris_tag (tag))
        {
          DROP (key);
          continue;
        }
      if (is_reserved_extra (tag) || !value)
        continue;
      /* Repeated tags were kept one per line. */
      for (const char *p = value;;)
        {
          const char *nl = strchr (p, '\n');
          put_len (out, tag, p, nl ? (gsize) (nl - p) : strlen (p));
          if (!nl)
            break;
          p = nl + 1;
        }
    }
  g_string_append (out, "ER  - " EOL EOL);

  /* The tally of what RIS could not hold, under the fields' CSL names
   * without citekit's private '_' ("field 'price' has no place in RIS"). */
  if (options->diag && ck_record_has (rec, CK_FIELD_SUBTITLE) && ck_record_has (rec, CK_FIELD_TITLE))
    ck_diag_add_loss (options->diag, loss_name (CK_FIELD_SUBTITLE), "RIS", "joined to the title in TI");
  for (int f = CK_FIELD_ISBN; f <= CK_FIELD_ISSN; f++)
    {
      const char *v = ck_record_get (rec, f);
      /* An "ISBN" shaped like an ISSN (or the other way round) is read
       * back as the other field: say so. */
      if (v && options->diag && ck_ris_classify_serial (v, type) != (CkField) f)
        ck_diag_add_loss (options->diag, loss_name (f), "RIS",
                          f == CK_FIELD_ISBN ? "written to SN, reads back as ISSN"
                                             : "written to SN, reads back as ISBN");
    }
  for (int f = 0; f < CK_FIELD_N_FIELDS; f++)
    {
      if (used.field[f] || !ck_record_has (rec, f))
        continue;
      if (f == CK_FIELD_BINDING || f == CK_FIELD_PRICE)
        {
          if (options->diag)
            ck_diag_add_loss (options->diag, loss_name (f), "RIS", "written to N1");
          continue;
        }
      DROP (loss_name (f));
    }
  if (ck_record_get_n_names (rec) > 0)
    {
      gboolean has_role[CK_ROLE_N_ROLES] = { 0 };
      for (guint i = 0; i < ck_record_get_n_names (rec); i++)
        {
          CkRole r = ck_record_get_name (rec, i)->role;
          if (r < CK_ROLE_N_ROLES)
            has_role[r] = TRUE;
        }
      for (int role = 0; role < CK_ROLE_N_ROLES; role++)
        if (!used.role[role] && has_role[role])
          DROP (ck_role_to_csl (role));
    }
  /* A date with a month but no year is not written (RIS dates start with
   * the year) and is reported like any other. */
  for (int k = 0; k < CK_DATE_N_KINDS; k++)
    {
      const CkDate *d = ck_record_get_date (rec, k);
      if (!used.date[k] && d && (d->year || d->month || d->season || (d->literal && *d->literal)))
        DROP (ck_date_kind_to_csl (k));
    }
#undef DROP

  if (n_dropped > 0 && (options->flags & CK_WRITE_STRICT))
    {
      g_set_error (error, CK_ERROR, CK_ERROR_LOSS, "field '%s' has no place in RIS", dropped_stack[0]);
      g_string_truncate (out, start);
      return FALSE;
    }
  for (guint i = 0; i < n_dropped && options->diag; i++)
    ck_diag_add_loss (options->diag, dropped_stack[i], "RIS", NULL);
  for (guint i = 0; dropped_more && i < dropped_more->len && options->diag; i++)
    ck_diag_add_loss (options->diag, g_ptr_array_index (dropped_more, i), "RIS", NULL);

  w->n_written++;
  return TRUE;
}

const CkFormatWriter ck_ris_writer = {
  ris_writer_new, ris_writer_free, NULL, ris_write_record, NULL,
};
