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


def unroll(body):
    """Repeats the body of "for (guint i = 0; i < G_N_ELEMENTS (arr); i++)"
    once per element of arr, with "i != K ? A : B" chosen for that i."""
    def one(m):
        arr, block = m.group(1), m.group(2)
        n = len(re.findall(STR + r'|\b[a-z_]+\b', re.search(arr + r'\[\] = \{(.*?)\}', body, re.S).group(1)))
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
        body = re.sub(r'for \(([^;()]*);([^;()]*);([^;()]*)\)', r'for (\1,\2,\3)', body)
        body = unroll(body)
        for path in paths.get(fn, []):
            checks += function_checks(path, body, lists)
    return checks


KEPT = []


def function_checks(path, body, lists):
    out = []
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
        if not re.search(r'g_assert|assert_date|g_error', st2):
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
        m = re.fullmatch(r'xt_(family|given) \((.+?), (CK_ROLE_\w+), (\d+)\), ==, (' + STR + r')', args)
        if fn == 'g_assert_cmpstr' and m:
            add(subj(m.group(2)), '%s %s %s' % (m.group(1), m.group(3), m.group(4)), c_string(m.group(5)))
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
        m = re.fullmatch(r'has_periodical \(recs, (' + STR + r')\)', args)
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
