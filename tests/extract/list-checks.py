#!/usr/bin/env python3
"""list-checks.py — what the table-driven extraction tests assert, against
what the hand-written tests they replaced asserted.

  tests/extract/list-checks.py BUILD_DIR BASE_REV test-a.c test-b.c …

For each file it lists, per GLib test path, every check of the old version
(read statically from `git show BASE_REV:tests/extract/FILE`: each
g_assert_*, expect (), has_periodical (), not-title list, …) and every check
the new version performs (its program run with XT_TRACE=1, which makes the
table runner print one "# check PATH | SUBJECT | KIND | EXPECTED" comment
per check), as lines "PATH | SUBJECT | KIND | EXPECTED".  Every old line
must appear among the new ones (as a multiset); lines only in the new
version are fine.  It also compiles the old file with a shim that prints a
checksum of every text it extracts, and compares those with the new
program's: the inputs must be the same texts under the same paths.

Old test functions are read statement by statement; a table of cases run
by one data function (g_test_add_data_func (cases[i].path, &cases[i], fn))
is read as fn's body once per row, with the row's values for "c->field"
("if (c->f)" keeps or drops its statement, "for (… i < want …)" and
"c->titles[i]" are unrolled over the row's list).  Calls of an old file's
own helpers (has_title, has_periodical, self_record) are read as checks
only when the file defines them as HELPERS says.

An old assertion the parser does not understand is printed as UNPARSED and
fails the run, so nothing is skipped silently.  Exit status 0 when every
file passes."""
import codecs, collections, json, os, re, subprocess, sys, tempfile

STR = r'"(?:[^"\\]|\\.)*"'


def c_string(lits):
    """The value of adjacent C string literals (as written in the source)."""
    out = b''
    for lit in re.findall(STR, lits):
        body = lit[1:-1]
        i = 0
        while i < len(body):
            ch = body[i]
            if ch != '\\':
                out += ch.encode('utf-8')
                i += 1
                continue
            nxt = body[i + 1]
            if nxt == 'x':
                m = re.match(r'[0-9a-fA-F]+', body[i + 2:])
                out += bytes([int(m.group(0), 16)])
                i += 2 + len(m.group(0))
            elif nxt == 'u':
                out += chr(int(body[i + 2:i + 6], 16)).encode('utf-8')
                i += 6
            else:
                out += {'n': b'\n', 't': b'\t', '"': b'"', '\\': b'\\', "'": b"'"}[nxt].encode() if False else \
                    {'n': b'\n', 't': b'\t', '"': b'"', '\\': b'\\', "'": b"'"}[nxt]
                i += 2
    return out.decode('utf-8')


def statements(body):
    """The body split at ';' outside string literals, whitespace collapsed."""
    out, cur, i = [], '', 0
    while i < len(body):
        m = re.match(STR, body[i:])
        if m:
            cur += m.group(0)
            i += len(m.group(0))
            continue
        if body[i] == ';':
            out.append(' '.join(cur.split()))
            cur = ''
        else:
            cur += body[i]
        i += 1
    out.append(' '.join(cur.split()))
    return [s for s in out if s]


def split_top(text, sep=','):
    """@text split at @sep outside string literals, parentheses and braces."""
    out, cur, depth, i = [], '', 0, 0
    while i < len(text):
        m = re.match(STR, text[i:])
        if m:
            cur += m.group(0)
            i += len(m.group(0))
            continue
        ch = text[i]
        depth += ch in '({'
        depth -= ch in ')}'
        if ch == sep and depth == 0:
            out.append(cur.strip())
            cur = ''
        else:
            cur += ch
        i += 1
    if cur.strip():
        out.append(cur.strip())
    return out


def no_comments(text):
    """@text without /* */ comments (outside string literals)."""
    return re.sub(STR + r'|/\*.*?\*/', lambda m: m.group(0) if m.group(0).startswith('"') else ' ', text, flags=re.S)


def for_headers(body):
    """The ';' inside every "for (…)" header turned into ',', so that
    statements () keeps a loop and its body together; the header may hold
    calls ("k < ck_record_get_n_provenance (…)")."""
    out, i = '', 0
    while True:
        j = body.find('for (', i)
        if j < 0:
            return out + body[i:]
        out += body[i:j + 5]
        k, depth = j + 5, 1
        while depth:
            depth += body[k] == '('
            depth -= body[k] == ')'
            out += ',' if body[k] == ';' and depth == 1 else body[k]
            k += 1
        i = k


def unroll(body, src):
    """Repeats the body of "for (guint i = 0; i < G_N_ELEMENTS (arr); i++)"
    once per element of arr (defined in the function or in the file), with
    "i != K ? A : B" chosen for that i."""
    def one(m):
        arr, block = m.group(1), m.group(2)
        d = re.search(arr + r'\[\] = \{(.*?)\n?\};', body, re.S) or re.search(arr + r'\[\] = \{(.*?)\n\};', src, re.S)
        n = len(split_top(no_comments(d.group(1))))
        out = ''
        for i in range(n):
            out += re.sub(r'i != (\d+) \? (' + STR + r') : (' + STR + r')',
                          lambda t: t.group(2) if i != int(t.group(1)) else t.group(3), block)
            out = out.replace('texts[i]', 'TEXT%d' % i).replace('tails[i]', 'TAIL%d' % i)
        return out
    return re.sub(r'for \(guint i = 0; i < G_N_ELEMENTS \((\w+)\); i\+\+\)\s*\{(.*?)\n    \}', one, body, flags=re.S)


def old_checks(src, new_src):
    """The checks of the old source; the test functions the new source
    keeps word for word are left out (their checks are the same)."""
    paths = collections.defaultdict(list)
    for p, fn in re.findall(r'g_test_add_func \((' + STR + r'), (\w+)\)', src):
        paths[fn].append(c_string(p))
    lists = {}
    checks = []
    for m in re.finditer(r'^static void\n(\w+) \(void\)\n\{\n(.*?)^\}', src, re.S | re.M):
        fn, body = m.group(1), m.group(2)
        if m.group(0) in new_src:
            KEPT.extend(paths.get(fn, []))
            continue
        body = re.sub(r'/\*.*?\*/', ' ', body, flags=re.S)
        body = for_headers(unroll(body, src))
        for path in paths.get(fn, []):
            checks += function_checks(path, body, lists, src)
    for table, fn in re.findall(r'g_test_add_data_func \((\w+)\[i\]\.path, &\1\[i\], (\w+)\)', src):
        checks += table_checks(src, table, fn)
    return checks


def table_checks(src, table, fn):
    """The checks of a table of cases run by one data function: its body
    once per row, with the row's values for "c->field"."""
    m = re.search(r'static const (\w+) ' + table + r'\[\] = \{\n(.*?)\n\};', src, re.S)
    typ, rows = m.group(1), m.group(2)
    decls = re.search(r'typedef struct \{(.*?)\} ' + typ + ';', src, re.S).group(1)
    fields = []
    for decl in no_comments(decls).split(';'):
        for d in split_top(re.sub(r'^\s*(const\s+)?\w+\s*', '', decl)):
            fields.append(re.sub(r'[\s*]|\[\d+\]', '', d))
    fields = [f for f in fields if f]
    body = re.search(r'^static void\n' + fn + r' \(gconstpointer data\)\n\{\n(.*?)^\}', src, re.S | re.M).group(1)
    body = re.sub(r'/\*.*?\*/', ' ', body, flags=re.S)
    out = []
    for row in split_top(no_comments(rows)):
        vals = split_top(row.strip()[1:-1])
        if len(vals) != len(fields):
            out.append(('?', 'UNPARSED', 'row of %d values for %d fields: %s' % (len(vals), len(fields), row[:60]), ''))
            continue
        v = dict(zip(fields, vals))
        path = c_string(v['path'])
        b = body

        def items(f):
            return [x for x in split_top(v[f].strip()[1:-1]) if x != 'NULL']
        # "while (want < G_N_ELEMENTS (c->F) && c->F[want]) want++": the number of items
        for f in re.findall(r'while \(want < G_N_ELEMENTS \(c->(\w+)\) && c->\1\[want\]\)\s*want\+\+;', b):
            b = re.sub(r'while \(want < G_N_ELEMENTS \(c->' + f + r'\) && c->' + f + r'\[want\]\)\s*want\+\+;', '', b)
            b = re.sub(r'guint want = 0;', '', b)
            b = re.sub(r'\bwant\b', str(len(items(f))), b)
        # "for (guint i = 0; i < N; i++) STMT (c->F[i])": STMT once per item
        b = re.sub(r'for \(guint i = 0; i < \d+; i\+\+\)\s*([^;{}]*c->(\w+)\[i\][^;{}]*;)',
                   lambda t: ' '.join(t.group(1).replace('c->%s[i]' % t.group(2), x) for x in items(t.group(2))), b)
        # "if (c->F) STMT": STMT when the row sets F
        b = re.sub(r'if \(c->(\w+)\)\s*([^;{}]*;)',
                   lambda t: '' if v[t.group(1)] in ('NULL', '0') else t.group(2), b)
        b = re.sub(r'c->(\w+)', lambda t: v[t.group(1)], b)
        b = for_headers(b)
        out += function_checks(path, b, {}, src)
    return out


# Helpers of the old files whose calls the parser reads as the runner's
# checks; trusted only when the old file defines them as one of these
# (or not at all).  Both has_periodical () are implied by XT_PERIODICAL
# (a periodical without a container), and their negations by
# XT_NOT_PERIODICAL (no periodical at all).
HELPERS = {
    'has_title': ('static gboolean has_title (GPtrArray *recs, const char *title) '
                  '{ return xt_find (recs, title) != NULL; }',),
    'has_periodical': ('static gboolean has_periodical (GPtrArray *recs, const char *title) '
                       '{ CkRecord *r = xt_find (recs, title); '
                       'return r && ck_record_get_type (r) == CK_TYPE_PERIODICAL; }',
                       'static gboolean has_periodical (GPtrArray *recs, const char *title) '
                       '{ CkRecord *r = xt_find (recs, title); '
                       'return r && ck_record_get_type (r) == CK_TYPE_PERIODICAL '
                       '&& !ck_record_has (r, CK_FIELD_CONTAINER_TITLE); }'),
    'self_record': ('static CkRecord * self_record (GPtrArray *recs) { for (guint i = 0; i < recs->len; i++) '
                    'if (ck_record_get_type (g_ptr_array_index (recs, i)) == CK_TYPE_REVIEW_BOOK) '
                    'return g_ptr_array_index (recs, i); return NULL; }',),
}


def helper_ok(src, name):
    """Whether @src defines helper @name as HELPERS says (or not at all)."""
    flat = ' '.join(no_comments(src).split())
    if not re.search(r'\n\w+ \*?\n?' + name + r' \(', src) and not re.search(r'^' + name + r' \(', src, re.M):
        return True
    return any(d in flat for d in HELPERS[name])


KEPT = []


def function_checks(path, body, lists, src=''):
    out = []
    date = {}         # the parts of a CkDate variable's checks, by field
    var = {}          # variable -> subject
    not_titles = []   # the last list of words no title may contain
    from_expect = set()  # variables bound by expect (), which asserts the record exists

    def subj(expr):
        expr = expr.strip()
        m = re.fullmatch(r'xt_find \(\w+, (' + STR + r')\)', expr)
        if m:
            return c_string(m.group(1))
        if re.fullmatch(r'(self_record|find_self) \(\w+\)', expr):
            return 'self'
        m = re.fullmatch(r'expect \(\w+, (' + STR + r'), .*\)', expr)
        if m:
            return c_string(m.group(1))
        return var.get(expr, '?' + expr)

    def add(s, kind, exp):
        out.append((path, s, kind, exp))

    def do_expect(args):
        m = re.fullmatch(r'\w+, (' + STR + r'), (NULL|' + STR + r'), (\d+)', args)
        t = c_string(m.group(1))
        add(t, 'found', 'yes')
        if m.group(2) != 'NULL':
            add(t, 'family CK_ROLE_AUTHOR 0', c_string(m.group(2)))
        if m.group(3) != '0':
            add(t, 'year', m.group(3))
        return t

    for st in statements(body):
        # bindings of record variables, in the order they happen
        pm = re.search(r'prov = ck_record_get_provenance \((\w+), 0\)', st)
        if pm:
            var['prov'] = subj(pm.group(1))
        am = re.fullmatch(r'if \(!(\w+)\) \1 = xt_find \(\w+, (' + STR + r')\)', st)
        if am:
            # a second title to look for when the first is missing
            var[am.group(1)] = var[am.group(1)] + '|' + c_string(am.group(2))
            continue
        dm = re.search(r'(\w+) = ck_record_get_date \((\w+), CK_DATE_ISSUED\)', st)
        if dm:
            var[dm.group(1)] = subj(dm.group(2))
            date[dm.group(1)] = {}
        for v, e in re.findall(r'\*?(\w+) = (xt_find \(\w+, ' + STR + r'\)|self_record \(\w+\)|find_self \(\w+\))', st):
            var[v] = subj(e)
        if re.search(r'(\w+) = g_ptr_array_index \(recs, i\)', st) and 'CK_TYPE_REVIEW_BOOK' in st:
            var[re.search(r'(\w+) = g_ptr_array_index', st).group(1)] = 'self'
        m = re.search(r'not_titles\[\] = \{ (.*?), NULL,? \}', st)
        if m:
            not_titles = [c_string(x) for x in re.findall(STR, m.group(1))]
            continue
        # expect () with or without a binding, possibly nested in an assertion
        for em in re.finditer(r'expect \((\w+, ' + STR + r', (?:NULL|' + STR + r'), \d+)\)', st):
            t = do_expect(em.group(1))
            b = re.match(r'(?:CkRecord \*)?(\w+) = expect', st)
            if b:
                var[b.group(1)] = t
                from_expect.add(b.group(1))
        st2 = re.sub(r'expect \((\w+), (' + STR + r'), (?:NULL|' + STR + r'), \d+\)', r'xt_find (\1, \2)', st)
        if 'any_title_has (recs, not_titles[k])' in st2:
            for w in not_titles:
                add('*', 'no-work-has', w)
            continue
        for h in ('has_title', 'has_periodical', 'self_record'):
            if h + ' (' in st2 and not helper_ok(src, h):
                add('UNPARSED', 'helper %s defined otherwise' % h, '')
        st2 = re.sub(r'g_assert_(true|false) \(has_title \((\w+), (' + STR + r')\)\)$',
                     lambda t: 'g_assert_%s (xt_find (%s, %s))' % ('nonnull' if t.group(1) == 'true' else 'null',
                                                                    t.group(2), t.group(3)), st2)
        if not re.search(r'g_assert|assert_date|g_error', st2):
            continue
        if re.fullmatch(r'if \((self_record|find_self) \(\w+\)\) g_error \(.*\)', st2):
            add('*', 'no-self', 'yes')
            continue
        if st2.startswith('if (!r') or st2.startswith('if (!rec)') or re.match(r'if \(!r\) g_error', st2):
            continue
        a = re.search(r'(g_assert\w*|assert_date) \((.*)\)$', st2)
        if not a:
            add('UNPARSED', st2, '')
            continue
        fn, args = a.group(1), a.group(2)
        prefix = st2[:a.start()].strip()
        if prefix.startswith('for (guint i = 0, i < recs->len') or prefix.startswith('for (guint i = 0, i < more->len'):
            if 'CK_TYPE_PERIODICAL' in args:
                add('*', 'no-type', 'CK_TYPE_PERIODICAL')
                continue
            if "strchr" in args and "','" in args:
                add('*', 'no-title-has', ',')
                continue
            rec_i = r'g_ptr_array_index \(recs, i\)'
            m = re.fullmatch(r'strstr \(ck_record_get \(' + rec_i + r', CK_FIELD_TITLE\), (' + STR + r')\)', args)
            if fn == 'g_assert_null' and m:
                add('*', 'no-title-has', c_string(m.group(1)))
                continue
            m = re.fullmatch(r'g_str_has_prefix \(ck_record_get \(' + rec_i + r', CK_FIELD_TITLE\), (' + STR + r')\)',
                             args)
            if fn == 'g_assert_false' and m:
                add('*', 'no-title-prefix', c_string(m.group(1)))
                continue
            m = re.fullmatch(r'xt_family \(' + rec_i + r', (CK_ROLE_\w+), (\d+)\), !=, (' + STR + r')', args)
            if fn == 'g_assert_cmpstr' and m:
                add('*', 'no-family', '%s %s %s' % (m.group(1), m.group(2), c_string(m.group(3))))
                continue
            m = re.fullmatch(r'ck_record_get_provenance \(' + rec_i + r', k\)->detector, !=, (' + STR + r')', args)
            if (fn == 'g_assert_cmpstr' and m and prefix == 'for (guint i = 0, i < recs->len, i++) for (guint k = 0, '
                    'k < ck_record_get_n_provenance (g_ptr_array_index (recs, i)), k++)'):
                add('*', 'none-fired', c_string(m.group(1)))
                continue
        elif prefix:
            add('UNPARSED', st2, '')
            continue
        m = re.fullmatch(r'ck_record_get \((\w+), (CK_FIELD_\w+)\) \? ck_record_get \(\1, \2\) : '
                         r'ck_record_get \(\1, (CK_FIELD_\w+)\), ==, (' + STR + r')', args)
        if fn == 'g_assert_cmpstr' and m:
            add(subj(m.group(1)), '%s|%s' % (m.group(2), m.group(3)), c_string(m.group(4)))
            continue
        m = re.fullmatch(r'ck_record_get \((.+?), (CK_FIELD_\w+)\), ==, (' + STR + r'(?: ' + STR + r')*)', args)
        if fn == 'g_assert_cmpstr' and m:
            add(subj(m.group(1)), m.group(2), c_string(m.group(3)))
            continue
        m = re.fullmatch(r'ck_record_get \((.+?), (CK_FIELD_\w+)\), ==, NULL', args)
        if fn == 'g_assert_cmpstr' and m:
            add(subj(m.group(1)), m.group(2), '(null)')
            continue
        m = re.fullmatch(r'xt_(family|given) \((.+?), (CK_ROLE_\w+), (\d+)\), ==, (' + STR + r')', args)
        if fn == 'g_assert_cmpstr' and m:
            add(subj(m.group(2)), '%s %s %s' % (m.group(1), m.group(3), m.group(4)), c_string(m.group(5)))
            continue
        m = re.fullmatch(r'xt_family \((.+?), (CK_ROLE_\w+), (\d+)\), !=, (' + STR + r')', args)
        if fn == 'g_assert_cmpstr' and m:
            add(subj(m.group(1)), 'family-not', '%s %s %s' % (m.group(2), m.group(3), c_string(m.group(4))))
            continue
        m = re.fullmatch(r'(\w+)->(year|month|day), ==, (\d+)', args)
        if fn == 'g_assert_cmpint' and m and m.group(1) in date:
            # year, month and day of one date: the runner's one date check
            date[m.group(1)][m.group(2)] = m.group(3)
            if len(date[m.group(1)]) == 3:
                d = date[m.group(1)]
                add(var[m.group(1)], 'date', '%s-%s-%s' % (d['year'], d['month'], d['day']))
            continue
        if fn == 'g_assert_nonnull' and args in date:
            continue  # the date check fails on a missing date
        m = re.fullmatch(r'ck_record_has \((\w+), (CK_FIELD_\w+)\)', args)
        if fn == 'g_assert_false' and m:
            add(subj(m.group(1)), m.group(2), '(null)')
            continue
        m = re.fullmatch(r'g_ptr_array_index \((\w+), \1->len - 1\) == (\w+)', args)
        if fn == 'g_assert_true' and m:
            add(subj(m.group(2)), 'last', 'yes')
            continue
        m = re.fullmatch(r'(\w+) == NULL \|\| ck_record_get_type \(\1\) != (CK_TYPE_\w+)', args)
        if fn == 'g_assert_true' and m:
            add('*', 'not-type-if-any', '%s %s' % (m.group(2), subj(m.group(1))))
            continue
        m = re.fullmatch(r'has_periodical \(\w+, (' + STR + r')\)', args)
        if fn == 'g_assert_false' and m:
            add('*', 'not-periodical', c_string(m.group(1)))
            continue
        m = re.fullmatch(r'xt_(family|given) \((.+?), (CK_ROLE_\w+), (\d+)\)', args)
        if fn == 'g_assert_null' and m:
            add(subj(m.group(2)), '%s %s %s' % (m.group(1), m.group(3), m.group(4)), '(null)')
            continue
        m = re.fullmatch(r'ck_record_get \((.+?), (CK_FIELD_\w+)\)', args)
        if fn == 'g_assert_null' and m:
            add(subj(m.group(1)), m.group(2), '(null)')
            continue
        m = re.fullmatch(r'xt_year \((.+?)\), ==, (\d+)', args)
        if fn == 'g_assert_cmpint' and m:
            add(subj(m.group(1)), 'year', m.group(2))
            continue
        m = re.fullmatch(r'ck_record_get_type \((.+?)\), ==, (CK_TYPE_\w+)', args)
        if fn == 'g_assert_cmpint' and m:
            add(subj(m.group(1)), 'type', m.group(2))
            continue
        m = re.fullmatch(r'(.+?), (-?\d+), (\d+), (\d+)', args)
        if fn == 'assert_date' and m:
            add(subj(m.group(1)), 'date', '%s-%s-%s' % m.group(2, 3, 4))
            continue
        m = re.fullmatch(r'fired \((.+?), (' + STR + r')\)', args)
        if fn == 'g_assert_true' and m:
            add(subj(m.group(1)), 'fired', c_string(m.group(2)))
            continue
        m = re.fullmatch(r'has_periodical \(\w+, (' + STR + r')\)', args)
        if fn == 'g_assert_true' and m:
            add('*', 'periodical', c_string(m.group(1)))
            continue
        m = re.fullmatch(r'(\w+)->len, ==, (\d+)', args)
        if fn == 'g_assert_cmpuint' and m:
            add('*', 'count', m.group(2))
            continue
        m = re.fullmatch(r'any_title_has \(recs, (' + STR + r')\)', args)
        if fn == 'g_assert_false' and m:
            add('*', 'no-work-has', c_string(m.group(1)))
            continue
        m = re.fullmatch(r'xt_find \(\w+, (' + STR + r')\)', args)
        if fn == 'g_assert_null' and m:
            add('*', 'absent', c_string(m.group(1)))
            continue
        m = re.fullmatch(r'(self_record|find_self) \(\w+\)', args)
        if fn == 'g_assert_null' and m:
            add('*', 'no-self', 'yes')
            continue
        m = re.fullmatch(r'g_str_has_prefix \(ck_record_get \((\w+), (CK_FIELD_\w+)\), (' + STR + r')\)', args)
        if fn == 'g_assert_true' and m:
            add(subj(m.group(1)), 'field-prefix', '%s %s' % (m.group(2), c_string(m.group(3))))
            continue
        m = re.fullmatch(r'prov->line, ==, (\d+)', args)
        if fn == 'g_assert_cmpuint' and m:
            add(var['prov'], 'evidence-line', m.group(1))
            continue
        m = re.fullmatch(r'g_str_has_prefix \(text \+ prov->start, (' + STR + r')\)'
                         r'(?: \|\| g_str_has_prefix \(text \+ prov->start, (' + STR + r')\))*', args)
        if fn == 'g_assert_true' and m:
            for alt in re.findall(r'g_str_has_prefix \(text \+ prov->start, (' + STR + r')\)', args):
                add(var['prov'], 'evidence-starts', c_string(alt))
            continue
        if fn == 'g_assert_nonnull' and args in from_expect:
            continue  # expect () has asserted it already: the same check twice
        if fn == 'g_assert_nonnull':
            add(subj(args), 'found', 'yes')
            continue
        add('UNPARSED', st2, '')
    return out


def new_checks(exe):
    env = dict(os.environ, XT_TRACE='1')
    res = subprocess.run([exe], env=env, capture_output=True, text=True)
    checks, texts = [], []
    for line in res.stdout.splitlines():
        m = re.match(r'# check (.*?) \| (.*?) \| (.*?) \| (.*)$', line)
        if m:
            # the runner escapes subject and value with g_strescape
            s, kind, exp = (codecs.escape_decode(x)[0].decode('utf-8') for x in m.group(2, 3, 4))
            s = 'self' if s == "the review's own record" else re.sub(r'^record "(.*)"$', r'\1', s)
            checks.append((m.group(1), s, kind, exp))
            continue
        m = re.match(r'# text (.*?) \| (\w+)$', line)
        if m:
            texts.append((m.group(1), m.group(2)))
    return checks, texts, res.returncode


SHIM = r'''
#include "extract-test-util.h"
static inline GPtrArray *
xt_extract_traced (const char *text)
{
  if (g_getenv ("XT_TRACE"))
    {
      g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, text, -1);
      g_test_message ("text %s | %s", g_test_get_path (), sum);
    }
  return xt_extract (text);
}
#define xt_extract(t) xt_extract_traced (t)
'''


def old_texts(build, name, src, tmp):
    """Compiles the old source with the shim; the texts it extracts."""
    cc = json.load(open(os.path.join(build, 'compile_commands.json')))
    cmd = next(e['command'] for e in cc if e['file'].endswith('/test-general.c'))
    srcf = os.path.join(tmp, name)
    open(srcf, 'w').write(src)
    shim = os.path.join(tmp, 'shim.h')
    open(shim, 'w').write(SHIM)
    obj = os.path.join(tmp, name + '.o')
    cmd = re.sub(r' -MD -MQ .*$', '', cmd) + ' -Wno-unused-function -include %s -o %s -c %s' % (shim, obj, srcf)
    subprocess.run(cmd, shell=True, cwd=build, check=True)
    ninja = open(os.path.join(build, 'build.ninja')).read()
    link = re.search(r'build tests/extract/test-extract-general:.*?\n LINK_ARGS = (.*?)\n', ninja, re.S).group(1)
    exe = os.path.join(tmp, name + '.exe')
    subprocess.run('cc -o %s %s %s' % (exe, obj, link), shell=True, cwd=build, check=True)
    env = dict(os.environ, XT_TRACE='1')
    res = subprocess.run([exe], env=env, capture_output=True, text=True)
    return [tuple(m.groups()) for m in re.finditer(r'^# text (.*?) \| (\w+)$', res.stdout, re.M)], res.returncode


def main():
    build, base, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            src = subprocess.run(['git', 'show', '%s:tests/extract/%s' % (base, f)], capture_output=True,
                                 text=True, check=True).stdout
            new_src = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f)).read()
            del KEPT[:]
            old = old_checks(src, new_src)
            exe = os.path.join(build, 'tests/extract/test-extract-' + f[len('test-'):-len('.c')])
            new, ntexts, rc = new_checks(exe)
            otexts, orc = old_texts(build, f, src, tmp)
            missing = collections.Counter(old) - collections.Counter(new)
            unparsed = [c for c in old if c[1] == 'UNPARSED']
            text_diff = collections.Counter(otexts) - collections.Counter(ntexts)
            print('%-28s old checks %3d  new checks %3d  missing %d  unparsed %d  texts old %d new %d missing %d  '
                  'exit old %d new %d' % (f, len(old), len(new), sum(missing.values()), len(unparsed), len(otexts),
                                          len(ntexts), sum(text_diff.values()), orc, rc))
            for p in KEPT:
                print('  KEPT AS IS  ' + p)
            for c in sorted(missing.elements()):
                print('  MISSING  ' + ' | '.join(c))
            for c in unparsed:
                print('  UNPARSED ' + c[2])
            for t in sorted(text_diff.elements()):
                print('  TEXT NOT EXTRACTED  ' + ' | '.join(t))
            if os.environ.get('LIST_CHECKS_VERBOSE'):
                for c in old:
                    print('  old  ' + ' | '.join(c))
                for c in new:
                    print('  new  ' + ' | '.join(c))
            ok &= not missing and not unparsed and not text_diff and rc == 0 and orc == 0
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
