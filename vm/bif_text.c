/*
 * bif_text.c — built-ins on binaries and text, with Erlang/OTP semantics:
 * :binary (match, split, replace, part, copy, at), :unicode conversions,
 * and the :erlang conversions between binaries, lists, atoms and numbers.
 * String, Integer and Float in stdlib/ are written on top of these.
 */
#include "bif_text.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "binary.h"
#include "format.h"
#include "integer.h"
#include "print.h"
#include "unicode.h"

/* --- helpers --- */

typedef struct {
    const unsigned char *bytes;
    size_t len;
} text_slice;

/* The patterns of :binary.match/split/replace: a binary or a list of them. */
static int text_patterns(bl_term t, text_slice *out, int max) {
    if (is_binary(t)) {
        if (binary_size(t) == 0) return -1;
        out[0] = (text_slice){binary_bytes(t), binary_size(t)};
        return 1;
    }
    int n = 0;
    for (; is_list(t) && n < max; t = list_tail(t)) {
        bl_term h = list_head(t);
        if (!is_binary(h) || binary_size(h) == 0) return -1;
        out[n++] = (text_slice){binary_bytes(h), binary_size(h)};
    }
    return t == NIL && n > 0 ? n : -1;
}

/* The first match at or after `from`: the lowest position, the longest
 * pattern there.  Returns the position or SIZE_MAX; *mlen its length. */
static size_t text_find(const unsigned char *s, size_t n, size_t from, const text_slice *pats, int npats,
                        size_t *mlen) {
    for (size_t i = from; i < n; i++) {
        size_t best = 0;
        for (int k = 0; k < npats; k++)
            if (pats[k].len <= n - i && pats[k].len > best && memcmp(s + i, pats[k].bytes, pats[k].len) == 0)
                best = pats[k].len;
        if (best) {
            *mlen = best;
            return i;
        }
    }
    return SIZE_MAX;
}

#define TEXT_MAX_PATTERNS 64

static bool text_has_option(bl_term opts, const char *name, bl_vm *vm) {
    for (; is_list(opts); opts = list_tail(opts)) {
        bl_term o = list_head(opts);
        if (is_atom(o) && strcmp(atom_name(&vm->atoms, o), name) == 0) return true;
    }
    return false;
}

/* --- :binary --- */

static bl_term text_pair(bl_term *hp, bl_sword a, bl_sword b) {
    hp[0] = make_header(SUB_TUPLE, 2);
    hp[1] = make_small(a);
    hp[2] = make_small(b);
    return make_boxed(hp);
}

bl_term bif_binary_match(bl_process *p, bl_term *a) {
    text_slice pats[TEXT_MAX_PATTERNS];
    if (!is_binary(a[0])) return bif_badarg(p);
    int np = text_patterns(a[1], pats, TEXT_MAX_PATTERNS);
    if (np < 0) return bif_badarg(p);
    size_t mlen, at = text_find(binary_bytes(a[0]), binary_size(a[0]), 0, pats, np, &mlen);
    if (at == SIZE_MAX) return atom_intern(&p->vm->atoms, "nomatch", 7);
    bl_term *hp = bif_alloc(p, 3);
    return hp ? text_pair(hp, (bl_sword)at, (bl_sword)mlen) : THE_NON_VALUE;
}

bl_term bif_binary_matches(bl_process *p, bl_term *a) {
    text_slice pats[TEXT_MAX_PATTERNS];
    if (!is_binary(a[0])) return bif_badarg(p);
    int np = text_patterns(a[1], pats, TEXT_MAX_PATTERNS);
    if (np < 0) return bif_badarg(p);
    size_t n = binary_size(a[0]), count = 0, mlen;
    for (size_t at = 0; (at = text_find(binary_bytes(a[0]), n, at, pats, np, &mlen)) != SIZE_MAX; at += mlen) count++;
    bl_term *hp = bif_alloc(p, 5 * count);
    if (!hp) return THE_NON_VALUE;
    np = text_patterns(a[1], pats, TEXT_MAX_PATTERNS); /* re-read after a collection */
    const unsigned char *s = binary_bytes(a[0]);
    bl_term list = NIL, *tail = &list;
    size_t i = 0;
    for (size_t at = 0; (at = text_find(s, n, at, pats, np, &mlen)) != SIZE_MAX; at += mlen, i++) {
        bl_term *cell = hp + 5 * i;
        cell[0] = text_pair(cell + 2, (bl_sword)at, (bl_sword)mlen);
        cell[1] = NIL;
        *tail = make_list(cell);
        tail = &cell[1];
    }
    return list;
}

/* :binary.split(subject, pattern, opts): parts as sub-binaries. */
static bl_term text_split(bl_process *p, bl_term *a, bl_term opts) {
    text_slice pats[TEXT_MAX_PATTERNS];
    if (!is_binary(a[0])) return bif_badarg(p);
    int np = text_patterns(a[1], pats, TEXT_MAX_PATTERNS);
    if (np < 0) return bif_badarg(p);
    bool global = text_has_option(opts, "global", p->vm);
    bool trim_all = text_has_option(opts, "trim_all", p->vm);
    bool trim = text_has_option(opts, "trim", p->vm);
    size_t n = binary_size(a[0]);
    /* First count the parts, then build them. */
    size_t starts[2], count = 0;
    (void)starts;
    size_t from = 0, mlen;
    for (;;) {
        size_t at = text_find(binary_bytes(a[0]), n, from, pats, np, &mlen);
        if (at == SIZE_MAX) break;
        count++;
        from = at + mlen;
        if (!global) break;
    }
    count++;
    size_t *off = malloc(count * 2 * sizeof *off);
    if (!off) return bif_error(p, ATOM_TERM(system_limit));
    from = 0;
    size_t k = 0;
    for (;;) {
        size_t at = text_find(binary_bytes(a[0]), n, from, pats, np, &mlen);
        if (at == SIZE_MAX || k + 1 == count) break;
        off[2 * k] = from;
        off[2 * k + 1] = at - from;
        k++;
        from = at + mlen;
    }
    off[2 * k] = from;
    off[2 * k + 1] = n - from;
    k++;
    size_t keep = k;
    if (trim || trim_all)
        while (keep > 0 && off[2 * (keep - 1) + 1] == 0) keep--;
    size_t kept = 0;
    for (size_t i = 0; i < keep; i++)
        if (!(trim_all && off[2 * i + 1] == 0)) kept++;
    bl_term *hp = bif_alloc(p, 6 * kept);
    if (!hp) {
        free(off);
        return THE_NON_VALUE;
    }
    bl_term list = NIL, *tail = &list;
    size_t j = 0;
    for (size_t i = 0; i < keep; i++) {
        if (trim_all && off[2 * i + 1] == 0) continue;
        bl_term *cell = hp + 6 * j++;
        cell[0] = binary_make_sub(cell + 2, a[0], off[2 * i], off[2 * i + 1]);
        cell[1] = NIL;
        *tail = make_list(cell);
        tail = &cell[1];
    }
    free(off);
    return list;
}

bl_term bif_binary_split2(bl_process *p, bl_term *a) { return text_split(p, a, NIL); }
bl_term bif_binary_split3(bl_process *p, bl_term *a) { return text_split(p, a, a[2]); }

static bl_term text_replace(bl_process *p, bl_term *a, bl_term opts) {
    text_slice pats[TEXT_MAX_PATTERNS];
    if (!is_binary(a[0]) || !is_binary(a[2])) return bif_badarg(p);
    int np = text_patterns(a[1], pats, TEXT_MAX_PATTERNS);
    if (np < 0) return bif_badarg(p);
    bool global = text_has_option(opts, "global", p->vm);
    const unsigned char *s = binary_bytes(a[0]);
    size_t n = binary_size(a[0]), from = 0, mlen;
    fmt_buf buf;
    fmt_buf_init(&buf);
    for (;;) {
        size_t at = text_find(s, n, from, pats, np, &mlen);
        if (at == SIZE_MAX) break;
        fmt_buf_write(&buf, s + from, at - from);
        fmt_buf_write(&buf, binary_bytes(a[2]), binary_size(a[2]));
        from = at + mlen;
        if (!global) break;
    }
    fmt_buf_write(&buf, s + from, n - from);
    bl_term r = bif_binary_from_buf(p, &buf);
    fmt_buf_free(&buf);
    return r;
}

bl_term bif_binary_replace3(bl_process *p, bl_term *a) { return text_replace(p, a, NIL); }
bl_term bif_binary_replace4(bl_process *p, bl_term *a) { return text_replace(p, a, a[3]); }

bl_term bif_binary_part(bl_process *p, bl_term *a) {
    if (!is_binary(a[0]) || !is_small(a[1]) || !is_small(a[2])) return bif_badarg(p);
    bl_sword pos = small_val(a[1]), len = small_val(a[2]);
    if (len < 0) {
        pos += len;
        len = -len;
    }
    if (pos < 0 || (size_t)(pos + len) > binary_size(a[0])) return bif_badarg(p);
    bl_term *hp = bif_alloc(p, 4);
    return hp ? binary_make_sub(hp, a[0], (size_t)pos, (size_t)len) : THE_NON_VALUE;
}

bl_term bif_binary_copy(bl_process *p, bl_term *a) {
    if (!is_binary(a[0]) || !is_small(a[1]) || small_val(a[1]) < 0) return bif_badarg(p);
    size_t n = binary_size(a[0]), times = (size_t)small_val(a[1]);
    if (n && times > BINARY_MAX_BYTES / n) return bif_error(p, ATOM_TERM(system_limit));
    unsigned char *bytes;
    bl_term r = bif_new_binary(p, n * times, &bytes);
    if (r == THE_NON_VALUE) return r;
    for (size_t i = 0; i < times; i++) memcpy(bytes + i * n, binary_bytes(a[0]), n);
    return r;
}

bl_term bif_binary_at(bl_process *p, bl_term *a) {
    if (!is_binary(a[0]) || !is_small(a[1]) || small_val(a[1]) < 0 || (size_t)small_val(a[1]) >= binary_size(a[0]))
        return bif_badarg(p);
    return make_small(binary_bytes(a[0])[small_val(a[1])]);
}

bl_term bif_binary_first(bl_process *p, bl_term *a) {
    if (!is_binary(a[0]) || binary_size(a[0]) == 0) return bif_badarg(p);
    return make_small(binary_bytes(a[0])[0]);
}

bl_term bif_binary_last(bl_process *p, bl_term *a) {
    if (!is_binary(a[0]) || binary_size(a[0]) == 0) return bif_badarg(p);
    return make_small(binary_bytes(a[0])[binary_size(a[0]) - 1]);
}

/* --- lists of bytes and code points --- */

static bl_term text_list_of(bl_process *p, const uint32_t *items, size_t n) {
    bl_term *cells = bif_alloc(p, 2 * n);
    if (!cells) return THE_NON_VALUE;
    bl_term list = NIL;
    for (size_t i = n; i-- > 0;) {
        cells[2 * i] = make_small(items[i]);
        cells[2 * i + 1] = list;
        list = make_list(&cells[2 * i]);
    }
    return list;
}

bl_term bif_binary_to_list(bl_process *p, bl_term *a) {
    if (!is_binary(a[0])) return bif_badarg(p);
    size_t n = binary_size(a[0]);
    uint32_t *items = malloc((n + 1) * sizeof *items);
    if (!items) return bif_error(p, ATOM_TERM(system_limit));
    for (size_t i = 0; i < n; i++) items[i] = binary_bytes(a[0])[i];
    bl_term r = text_list_of(p, items, n);
    free(items);
    return r;
}

bl_term bif_list_to_binary(bl_process *p, bl_term *a) {
    fmt_buf buf;
    fmt_buf_init(&buf);
    bl_term r = is_list_or_nil(a[0]) && bif_iolist_bytes(&buf, a[0]) ? bif_binary_from_buf(p, &buf) : bif_badarg(p);
    fmt_buf_free(&buf);
    return r;
}


bl_term bif_characters_to_binary(bl_process *p, bl_term *a) {
    fmt_buf buf;
    fmt_buf_init(&buf);
    bl_term r = print_iodata(&buf, a[0], true) ? bif_binary_from_buf(p, &buf) : bif_badarg(p);
    fmt_buf_free(&buf);
    return r;
}

bl_term bif_characters_to_list(bl_process *p, bl_term *a) {
    fmt_buf buf;
    fmt_buf_init(&buf);
    if (!print_iodata(&buf, a[0], true) || buf.failed) {
        fmt_buf_free(&buf);
        return bif_badarg(p);
    }
    uint32_t *cps = malloc((buf.len + 1) * sizeof *cps);
    size_t n = 0;
    const unsigned char *s = (const unsigned char *)fmt_buf_cstr(&buf);
    bool ok = cps != NULL;
    for (size_t i = 0; ok && i < buf.len;) {
        size_t k = fmt_utf8_decode(s + i, buf.len - i, &cps[n]);
        if (!k) ok = false;
        n++;
        i += k;
    }
    bl_term r = ok ? text_list_of(p, cps, n) : bif_badarg(p);
    free(cps);
    fmt_buf_free(&buf);
    return r;
}

/* --- numbers <-> text --- */

/* Parses an integer in `base` (optional sign, digits only); false if not. */
static bool text_parse_int(const unsigned char *s, size_t n, int base, bl_sword *out) {
    size_t i = 0;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (i == n) return false;
    __int128 v = 0;
    for (; i < n; i++) {
        int d;
        unsigned char c = s[i];
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
        else return false;
        if (d >= base) return false;
        v = v * base + d;
        if (v > ((__int128)1 << 62)) return false; /* beyond small integers */
    }
    if (neg) v = -v;
    if (v < MIN_SMALL || v > MAX_SMALL) return false;
    *out = (bl_sword)v;
    return true;
}

static bl_term text_to_integer(bl_process *p, bl_term bin, bl_term base_t) {
    if (!is_small(base_t) || small_val(base_t) < 2 || small_val(base_t) > 36)
        return bif_badarg_why(p, 2, "not an integer in the range 2 through 36");
    if (!is_binary(bin)) return bif_badarg_why(p, 1, "not a binary");
    bl_sword v;
    if (text_parse_int(binary_bytes(bin), binary_size(bin), (int)small_val(base_t), &v)) return make_small(v);
    /* too large for a small integer, or not a number at all */
    size_t n = binary_size(bin);
    char *copy = malloc(n + 1);
    if (!copy) return bif_error(p, ATOM_TERM(system_limit));
    memcpy(copy, binary_bytes(bin), n);
    bl_term r = int_parse(p, copy, n, (unsigned)small_val(base_t));
    free(copy);
    if (r == THE_NON_VALUE && p->exc_class == ATOM_TERM(error) && p->exc_reason == ATOM_TERM(system_limit)) return r;
    return r != THE_NON_VALUE ? r : bif_badarg_why(p, 1, "not a textual representation of an integer");
}

bl_term bif_binary_to_integer1(bl_process *p, bl_term *a) { return text_to_integer(p, a[0], make_small(10)); }
bl_term bif_binary_to_integer2(bl_process *p, bl_term *a) { return text_to_integer(p, a[0], a[1]); }

bl_term bif_list_to_integer(bl_process *p, bl_term *a) {
    fmt_buf buf;
    fmt_buf_init(&buf);
    bl_term r = bif_badarg(p);
    if (is_list_or_nil(a[0]) && bif_iolist_bytes(&buf, a[0])) {
        bl_sword v;
        if (text_parse_int((const unsigned char *)fmt_buf_cstr(&buf), buf.len, 10, &v)) r = make_small(v);
        else {
            bl_term big = int_parse(p, fmt_buf_cstr(&buf), buf.len, 10);
            if (big != THE_NON_VALUE) r = big;
        }
    }
    fmt_buf_free(&buf);
    return r;
}

bl_term bif_integer_to_binary2(bl_process *p, bl_term *a) {
    if (!is_integer(a[0])) return bif_badarg_why(p, 1, "not an integer");
    if (!is_small(a[1]) || small_val(a[1]) < 2 || small_val(a[1]) > 36)
        return bif_badarg_why(p, 2, "not an integer in the range 2 through 36");
    fmt_buf buf;
    fmt_buf_init(&buf);
    int_to_text(a[0], (unsigned)small_val(a[1]), &buf);
    bl_term r = bif_binary_from_buf(p, &buf);
    fmt_buf_free(&buf);
    return r;
}

bl_term bif_integer_to_list(bl_process *p, bl_term *a) {
    if (!is_integer(a[0])) return bif_badarg_why(p, 1, "not an integer");
    fmt_buf buf;
    fmt_buf_init(&buf);
    int_to_text(a[0], 10, &buf);
    uint32_t *items = malloc((buf.len + 1) * sizeof *items);
    bl_term r = bif_error(p, ATOM_TERM(system_limit));
    if (items && !buf.failed) {
        for (size_t i = 0; i < buf.len; i++) items[i] = (unsigned char)buf.data[i];
        r = text_list_of(p, items, buf.len);
    }
    free(items);
    fmt_buf_free(&buf);
    return r;
}

/* Erlang's float syntax: digits '.' digits, optional exponent. */
static bool text_is_float_syntax(const char *s, size_t n) {
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    size_t d = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (i == d || i >= n || s[i] != '.') return false;
    i++;
    d = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (i == d) return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        d = i;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
        if (i == d) return false;
    }
    return i == n;
}

bl_term bif_binary_to_float(bl_process *p, bl_term *a) {
    if (!is_binary(a[0])) return bif_badarg_why(p, 1, "not a binary");
    if (binary_size(a[0]) > 512) return bif_badarg_why(p, 1, "not a textual representation of a float");
    char tmp[513];
    size_t n = binary_size(a[0]);
    memcpy(tmp, binary_bytes(a[0]), n);
    tmp[n] = '\0';
    if (!text_is_float_syntax(tmp, n)) return bif_badarg_why(p, 1, "not a textual representation of a float");
    errno = 0;
    double d = strtod(tmp, NULL);
    if (!isfinite(d)) return bif_badarg(p);
    return bif_float_result(p, d);
}

/* float_to_binary(f, [:short]) | [{:decimals, n}] | [{:decimals, n}, :compact] */
bl_term bif_float_to_binary2(bl_process *p, bl_term *a) {
    if (!is_float(a[0])) return bif_badarg(p);
    double d = float_val(a[0]);
    int decimals = -1;
    bool compact = false, is_short = false;
    for (bl_term o = a[1]; is_list(o); o = list_tail(o)) {
        bl_term h = list_head(o);
        if (is_atom(h) && strcmp(atom_name(&p->vm->atoms, h), "short") == 0) is_short = true;
        else if (is_atom(h) && strcmp(atom_name(&p->vm->atoms, h), "compact") == 0) compact = true;
        else if (is_tuple(h) && tuple_arity(h) == 2 && is_atom(tuple_elems(h)[0]) && is_small(tuple_elems(h)[1]) &&
                 strcmp(atom_name(&p->vm->atoms, tuple_elems(h)[0]), "decimals") == 0 &&
                 small_val(tuple_elems(h)[1]) >= 0 && small_val(tuple_elems(h)[1]) <= 253)
            decimals = (int)small_val(tuple_elems(h)[1]);
        else return bif_badarg(p);
    }
    fmt_buf buf;
    fmt_buf_init(&buf);
    if (decimals >= 0) {
        fmt_buf_printf(&buf, "%.*f", decimals, d);
        if (compact && decimals > 0 && buf.data) {
            while (buf.len > 0 && buf.data[buf.len - 1] == '0' && buf.data[buf.len - 2] != '.') buf.len--;
            buf.data[buf.len] = '\0';
        }
    } else if (is_short) {
        fmt_float(&buf, d);
    } else {
        fmt_buf_printf(&buf, "%.20e", d);
    }
    bl_term r = bif_binary_from_buf(p, &buf);
    fmt_buf_free(&buf);
    return r;
}

/* --- atoms --- */

bl_term bif_binary_to_atom2(bl_process *p, bl_term *a) {
    if (!is_binary(a[0])) return bif_badarg_why(p, 1, "not a binary");
    bl_term atom = atom_intern(&p->vm->atoms, (const char *)binary_bytes(a[0]), binary_size(a[0]));
    return atom == THE_NON_VALUE ? bif_error(p, ATOM_TERM(system_limit)) : atom;
}

bl_term bif_binary_to_existing_atom2(bl_process *p, bl_term *a) {
    if (!is_binary(a[0])) return bif_badarg_why(p, 1, "not a binary");
    bl_term atom = atom_lookup(&p->vm->atoms, (const char *)binary_bytes(a[0]), binary_size(a[0]));
    return atom == THE_NON_VALUE ? bif_badarg_why(p, 1, "not an already existing atom") : atom;
}

bl_term bif_atom_to_binary2(bl_process *p, bl_term *a) {
    if (!is_atom(a[0])) return bif_badarg_why(p, 1, "not an atom");
    unsigned char *bytes;
    size_t n = atom_len(&p->vm->atoms, a[0]);
    bl_term r = bif_new_binary(p, n, &bytes);
    if (r != THE_NON_VALUE) memcpy(bytes, atom_name(&p->vm->atoms, a[0]), n);
    return r;
}

bl_term bif_atom_to_list(bl_process *p, bl_term *a) {
    if (!is_atom(a[0])) return bif_badarg(p);
    const unsigned char *s = (const unsigned char *)atom_name(&p->vm->atoms, a[0]);
    size_t n = atom_len(&p->vm->atoms, a[0]), k = 0;
    uint32_t *cps = malloc((n + 1) * sizeof *cps);
    if (!cps) return bif_error(p, ATOM_TERM(system_limit));
    for (size_t i = 0; i < n;) {
        size_t step = fmt_utf8_decode(s + i, n - i, &cps[k]);
        if (!step) {
            cps[k] = s[i];
            step = 1;
        }
        k++;
        i += step;
    }
    bl_term r = text_list_of(p, cps, k);
    free(cps);
    return r;
}

bl_term bif_list_to_atom(bl_process *p, bl_term *a) {
    fmt_buf buf;
    fmt_buf_init(&buf);
    bl_term r;
    if (!print_iodata(&buf, a[0], true) || is_binary(a[0])) r = bif_badarg(p);
    else {
        r = atom_intern(&p->vm->atoms, fmt_buf_cstr(&buf), buf.len);
        if (r == THE_NON_VALUE) r = bif_error(p, ATOM_TERM(system_limit));
    }
    fmt_buf_free(&buf);
    return r;
}

/* --- :math --- */

static bl_term text_math1(bl_process *p, bl_term x, double (*fn)(double)) {
    double d;
    if (is_float(x)) d = float_val(x);
    else if (!is_integer(x) || !int_to_double(x, &d)) return bif_badarg(p);
    double r = fn(d);
    if (!isfinite(r)) return bif_error(p, ATOM_TERM(badarith));
    return bif_float_result(p, r);
}

#define MATH1(name, fn) \
    bl_term bif_math_##name(bl_process *p, bl_term *a) { return text_math1(p, a[0], fn); }
MATH1(sqrt, sqrt)
MATH1(floor, floor)
MATH1(ceil, ceil)
MATH1(log, log)
MATH1(log2, log2)
MATH1(log10, log10)
MATH1(exp, exp)
MATH1(sin, sin)
MATH1(cos, cos)
MATH1(tan, tan)
MATH1(atan, atan)
#undef MATH1

bl_term bif_math_pow(bl_process *p, bl_term *a) {
    double x, y;
    if (is_float(a[0])) x = float_val(a[0]);
    else if (!is_integer(a[0]) || !int_to_double(a[0], &x)) return bif_badarg(p);
    if (is_float(a[1])) y = float_val(a[1]);
    else if (!is_integer(a[1]) || !int_to_double(a[1], &y)) return bif_badarg(p);
    double r = pow(x, y);
    if (!isfinite(r)) return bif_error(p, ATOM_TERM(badarith));
    return bif_float_result(p, r);
}

bl_term bif_math_pi(bl_process *p, bl_term *a) {
    (void)a;
    return bif_float_result(p, 3.14159265358979323846);
}

/* --- Unicode case mapping (String.upcase/downcase/capitalize) --- */

static bl_term text_case(bl_process *p, bl_term *a, uni_case_mode mode) {
    if (!is_binary(a[0])) return bif_badarg(p);
    size_t need = uni_case_utf8(mode, binary_bytes(a[0]), binary_size(a[0]), NULL, 0);
    unsigned char *bytes;
    bl_term r = bif_new_binary(p, need, &bytes);
    if (r == THE_NON_VALUE) return r;
    uni_case_utf8(mode, binary_bytes(a[0]), binary_size(a[0]), bytes, need); /* a[0] re-read */
    return r;
}

bl_term bif_upcase(bl_process *p, bl_term *a) { return text_case(p, a, UNI_UPCASE); }
bl_term bif_downcase(bl_process *p, bl_term *a) { return text_case(p, a, UNI_DOWNCASE); }
bl_term bif_capitalize(bl_process *p, bl_term *a) { return text_case(p, a, UNI_CAPITALIZE); }

bl_term bif_is_whitespace(bl_process *p, bl_term *a) {
    if (!is_small(a[0])) return bif_badarg(p);
    return uni_is_whitespace((uint32_t)small_val(a[0])) ? A_TRUE : A_FALSE;
}
