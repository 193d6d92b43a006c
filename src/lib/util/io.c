/* io.c — whole-file input and atomic output.
 *
 * Outputs go to a temporary file in the target's folder and are renamed
 * into place only after every byte is written and synced, so a full disk or
 * a crash leaves the previous file intact.  Standard output is written with
 * checked write(2) calls, so EPIPE/ENOSPC are reported, not ignored.
 */
#include "citekit.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CK_DEFAULT_MAX_INPUT ((gsize) 1 << 30)

/* A regular file of known size is read straight into a buffer of that
 * size plus the NUL: no 64 KiB bounce buffer, no growing copies (for a
 * 24 MB input those were a second copy of the file in memory and a few
 * percent of a conversion).  FALSE with *@out_data NULL when the file
 * turned out to be longer than it said (it is growing): the caller then
 * reads it the general way from where this stopped. */
static gboolean
read_sized (int fd, const char *name, gsize size, gsize max_bytes, char **out_data, gsize *out_len,
            GError **error)
{
  char *buf;
  gsize got = 0;

  *out_data = NULL;
  if (size > max_bytes)
    {
      g_set_error (error, CK_ERROR, CK_ERROR_LIMIT,
                   "%s: larger than the input limit of %" G_GSIZE_FORMAT " bytes", name, max_bytes);
      return FALSE;
    }
  buf = g_malloc (size + 2);
  while (got <= size)
    {
      /* One byte more than the size is asked for, to see the end. */
      ssize_t n = read (fd, buf + got, size + 1 - got);
      if (n < 0)
        {
          int saved = errno;
          if (saved == EINTR)
            continue;
          g_free (buf);
          g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s: %s", name, g_strerror (saved));
          return FALSE;
        }
      if (n == 0)
        break;
      got += (gsize) n;
    }
  if (got > size)
    {
      /* Longer than stat said: start over the general way. */
      g_free (buf);
      if (lseek (fd, 0, SEEK_SET) != 0)
        {
          int saved = errno;
          g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s: %s", name, g_strerror (saved));
          return FALSE;
        }
      return TRUE;
    }
  buf[got] = '\0';
  *out_data = buf;
  *out_len = got;
  return TRUE;
}

static gboolean
read_fd (int fd, const char *name, gsize max_bytes, char **out_data, gsize *out_len, GError **error)
{
  g_autoptr(GByteArray) buf = g_byte_array_new ();
  guint8 chunk[65536];

  for (;;)
    {
      ssize_t n = read (fd, chunk, sizeof chunk);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          int saved = errno;
          g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s: %s", name, g_strerror (saved));
          return FALSE;
        }
      if (n == 0)
        break;
      if (buf->len + (gsize) n > max_bytes)
        {
          g_set_error (error, CK_ERROR, CK_ERROR_LIMIT,
                       "%s: larger than the input limit of %" G_GSIZE_FORMAT " bytes", name, max_bytes);
          return FALSE;
        }
      g_byte_array_append (buf, chunk, (guint) n);
    }
  *out_len = buf->len;
  g_byte_array_append (buf, (const guint8 *) "", 1);
  *out_data = (char *) g_byte_array_free (g_steal_pointer (&buf), FALSE);
  return TRUE;
}

gboolean
ck_input_load (const char *path, gsize max_bytes, char **out_data, gsize *out_len, GError **error)
{
  struct stat st;
  int fd;
  gboolean ok;

  g_return_val_if_fail (path != NULL && out_data != NULL && out_len != NULL, FALSE);
  if (max_bytes == 0)
    max_bytes = CK_DEFAULT_MAX_INPUT;
  /* A GByteArray counts in guint: stay below 4 GiB however large the request. */
  max_bytes = MIN (max_bytes, (gsize) G_MAXUINT - 1);

  if (strcmp (path, "-") == 0)
    return read_fd (STDIN_FILENO, "-", max_bytes, out_data, out_len, error);

  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s: %s", path, g_strerror (saved));
      return FALSE;
    }
  if (fstat (fd, &st) == 0 && S_ISDIR (st.st_mode))
    {
      close (fd);
      g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s: is a directory, expected a file", path);
      return FALSE;
    }
  *out_data = NULL;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_size > 0)
    {
      if (!read_sized (fd, path, (gsize) st.st_size, max_bytes, out_data, out_len, error))
        {
          close (fd);
          return FALSE;
        }
    }
  ok = *out_data ? TRUE : read_fd (fd, path, max_bytes, out_data, out_len, error);
  close (fd);
  return ok;
}

struct _CkOutput {
  char *path;      /* target, NULL for stdout */
  char *tmp_path;  /* temporary file beside the target; NULL when writing directly */
  int   fd;
};

/* The file a symbolic link finally points at, so that the temporary file
 * goes beside it and the rename replaces it rather than the link; @path
 * itself when it is not a link or the link dangles. */
static char *
resolve_target (const char *path)
{
  struct stat lst;
  char *real;

  if (lstat (path, &lst) != 0 || !S_ISLNK (lst.st_mode))
    return g_strdup (path);
  real = realpath (path, NULL);
  if (!real)
    return g_strdup (path);
  {
    char *copy = g_strdup (real);
    free (real);
    return copy;
  }
}

CkOutput *
ck_output_open (const char *path, GError **error)
{
  CkOutput *out = g_new0 (CkOutput, 1);
  struct stat st;
  gboolean exists;
  mode_t mode;

  if (!path || strcmp (path, "-") == 0)
    {
      out->fd = STDOUT_FILENO;
      return out;
    }

  out->path = resolve_target (path);
  exists = stat (out->path, &st) == 0;
  if (exists && S_ISDIR (st.st_mode))
    {
      g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s: is a directory, expected a file", path);
      g_free (out->path);
      g_free (out);
      return NULL;
    }
  if (exists && !S_ISREG (st.st_mode))
    {
      /* A device, FIFO or socket (/dev/null, /dev/full, a shell's process
       * substitution): renaming a temporary file over it would replace the
       * node itself, so write to it directly; errors still surface. */
      out->fd = open (out->path, O_WRONLY | O_CLOEXEC);
      if (out->fd < 0)
        {
          int saved = errno;
          g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s: %s", path, g_strerror (saved));
          g_free (out->path);
          g_free (out);
          return NULL;
        }
      return out;
    }

  out->tmp_path = g_strdup_printf ("%s.ck-XXXXXX", out->path);
  out->fd = g_mkstemp_full (out->tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (out->fd < 0)
    {
      int saved = errno;
      g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s: cannot create a temporary file: %s",
                   path, g_strerror (saved));
      g_free (out->path);
      g_free (out->tmp_path);
      g_free (out);
      return NULL;
    }
  /* mkstemp makes 0600.  A replaced file keeps its own permissions (a
   * private file must not become world-readable); a new one gets what a
   * plain create would give. */
  if (exists)
    mode = st.st_mode & 07777;
  else
    {
      mode_t mask = umask (0);
      umask (mask);
      mode = 0666 & ~mask;
    }
  if (fchmod (out->fd, mode) != 0)
    { /* not fatal: the file is still correct, only stricter */ }
  return out;
}

static const char *
output_name (const CkOutput *out)
{
  return out->path ? out->path : "standard output";
}

gboolean
ck_output_write (CkOutput *out, GString *buf, GError **error)
{
  gsize done = 0;

  g_return_val_if_fail (out != NULL && buf != NULL, FALSE);
  while (done < buf->len)
    {
      ssize_t n = write (out->fd, buf->str + done, buf->len - done);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          int saved = errno;
          g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s: write failed: %s",
                       output_name (out), g_strerror (saved));
          return FALSE;
        }
      done += (gsize) n;
    }
  g_string_truncate (buf, 0);
  return TRUE;
}

gboolean
ck_output_commit (CkOutput *out, GError **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!out->path)
    {
      /* stdout: nothing to rename; fsync fails harmlessly on pipes and ttys. */
      g_free (out);
      return TRUE;
    }
  if (!out->tmp_path)
    {
      /* A device or FIFO written directly: only close can still fail. */
      if (close (out->fd) != 0)
        {
          int saved = errno;
          g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s: %s", out->path, g_strerror (saved));
          ok = FALSE;
        }
      g_free (out->path);
      g_free (out);
      return ok;
    }

  if (fsync (out->fd) != 0 && errno != EINVAL)
    {
      int saved = errno;
      g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s: %s", out->path, g_strerror (saved));
      ok = FALSE;
    }
  if (close (out->fd) != 0 && ok)
    {
      int saved = errno;
      g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s: %s", out->path, g_strerror (saved));
      ok = FALSE;
    }
  if (ok && rename (out->tmp_path, out->path) != 0)
    {
      int saved = errno;
      g_set_error (error, CK_ERROR, CK_ERROR_IO, "%s: cannot replace the file: %s",
                   out->path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    unlink (out->tmp_path);
  g_free (out->path);
  g_free (out->tmp_path);
  g_free (out);
  return ok;
}

void
ck_output_abort (CkOutput *out)
{
  if (!out)
    return;
  if (out->path)
    {
      close (out->fd);
      if (out->tmp_path)
        unlink (out->tmp_path);
    }
  g_free (out->path);
  g_free (out->tmp_path);
  g_free (out);
}
