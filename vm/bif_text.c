/*
 * bif_text.c — built-ins on binaries and text, with Erlang/OTP semantics:
 * :binary (match, split, replace, part, copy, at, the unsigned integer
 * encodings, ...), :unicode conversions,
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
#include "map.h"
#include "pretty.h"
#include "print.h"
#include "unicode.h"

/* --- helpers --- */

typedef struct {
    const unsigned char *bytes;
    size_t len;
} text_slice;

/* The patterns of :binary.match/split/replace: a binary, a non-empty list
 * of them, or what compile_pattern/1 made ({bm, Binary} or {ac, List}).
 * The count, or -1 when `t` is none of these. */
static int text_patterns(bl_vm *vm, bl_term t, text_slice *out, int max) {
    if (is_tuple(t) && tuple_arity(t) == 2 && is_atom(tuple_elems(t)[0])) {
        const char *kind = atom_name(&vm->atoms, tuple_elems(t)[0]);
        if (strcmp(kind, "bm") != 0 && strcmp(kind, "ac") != 0) return -1;
        t = tuple_elems(t)[1];
    }
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

/* The first match at or after `from` that ends by `to`: the lowest
 * position, the longest pattern there.  Returns the position or SIZE_MAX;
 * *mlen its length. */
static size_t text_find(const unsigned char *s, size_t to, size_t from, const text_slice *pats, int npats,
                        size_t *mlen) {
    for (size_t i = from; i < to; i++) {
        size_t best = 0;
        for (int k = 0; k < npats; k++)
            if (pats[k].len <= to - i && pats[k].len > best && memcmp(s + i, pats[k].bytes, pats[k].len) == 0)
                best = pats[k].len;
        if (best) {
            *mlen = best;
            return i;
        }
    }
    return SIZE_MAX;
}

#define TEXT_MAX_PATTERNS 64

/* --- errors explained per argument, as OTP's error_info does --- */

/* The explanation is built here and read right after the BIF returns, by
 * error_bif_frame on the same thread. */
static _Thread_local char text_why_buf[512];

/* Raises badarg explaining each argument whose why[i] is set; a plain
 * badarg when none is. */
static bl_term text_badarg(bl_process *p, const char *const *why, int nargs) {
    static const char *const ordinal[] = {"1st", "2nd", "3rd", "4th"};
    int first = -1;
    size_t len = 0;
    for (int i = 0; i < nargs; i++) {
        if (!why[i]) continue;
        int k;
        if (first < 0) {
            first = i;
            k = snprintf(text_why_buf, sizeof text_why_buf, "%s", why[i]);
        } else {
            k = snprintf(text_why_buf + len, sizeof text_why_buf - len, "\n  * %s argument: %s", ordinal[i], why[i]);
        }
        if (k > 0) len += (size_t)k;
        if (len >= sizeof text_why_buf) len = sizeof text_why_buf - 1;
    }
    return first < 0 ? bif_badarg(p) : bif_badarg_why(p, first + 1, text_why_buf);
}

static const char *text_not_binary(bl_term t) { return is_binary(t) ? NULL : "not a binary"; }

static bool text_is_negative(bl_term t) { return is_small(t) ? small_val(t) < 0 : is_boxed_of(t, SUB_NEGBIG); }

/* must_be_position / must_be_non_neg_integer of OTP's explanations. */
static const char *text_not_position(bl_term t) {
    if (!is_integer(t)) return "not an integer";
    return text_is_negative(t) ? "out of range" : NULL;
}

static const char *text_not_pattern(bl_vm *vm, bl_term t) {
    text_slice pats[TEXT_MAX_PATTERNS];
    return text_patterns(vm, t, pats, TEXT_MAX_PATTERNS) < 0 ? "not a valid pattern" : NULL;
}

/* --- options of match, matches, split and replace --- */

enum { TEXT_GLOBAL = 1, TEXT_TRIM = 2, TEXT_TRIM_ALL = 4, TEXT_SCOPE = 8, TEXT_INSERT = 16 };

typedef struct {
    unsigned flags;
    size_t from, to; /* matches must lie in [from, to) */
    bl_term insert;  /* the value of {insert_replaced, _} */
    bool outside;    /* a scope {Start, Length} not wholly inside the subject */
} text_opts;

/* {Start, Length} of part/2 and scope: Length may be negative. */
static bool text_range(bl_term pos, bl_term len, size_t size, size_t *from, size_t *count) {
    if (!is_small(pos) || !is_small(len)) return false;
    bl_sword s = small_val(pos), l = small_val(len);
    if (l < 0) {
        s += l;
        l = -l;
    }
    if (s < 0 || (size_t)s > size || (size_t)l > size - (size_t)s) return false;
    *from = (size_t)s;
    *count = (size_t)l;
    return true;
}

/* Reads the option list `opts` allowing `allowed`; false when malformed. */
static bool text_options(bl_vm *vm, bl_term opts, unsigned allowed, size_t size, text_opts *o) {
    *o = (text_opts){0, 0, size, THE_NON_VALUE, false};
    for (; is_list(opts); opts = list_tail(opts)) {
        bl_term h = list_head(opts);
        const char *name = is_atom(h) ? atom_name(&vm->atoms, h)
                           : is_tuple(h) && tuple_arity(h) == 2 && is_atom(tuple_elems(h)[0])
                               ? atom_name(&vm->atoms, tuple_elems(h)[0])
                               : "";
        unsigned flag = !strcmp(name, "global") && is_atom(h)               ? TEXT_GLOBAL
                        : !strcmp(name, "trim") && is_atom(h)               ? TEXT_TRIM
                        : !strcmp(name, "trim_all") && is_atom(h)           ? TEXT_TRIM_ALL
                        : !strcmp(name, "scope") && is_tuple(h)             ? TEXT_SCOPE
                        : !strcmp(name, "insert_replaced") && is_tuple(h) ? TEXT_INSERT
                                                                            : 0;
        if (!(flag & allowed)) return false;
        o->flags |= flag;
        if (flag == TEXT_INSERT) o->insert = tuple_elems(h)[1];
        if (flag == TEXT_SCOPE) {
            bl_term r = tuple_elems(h)[1];
            size_t from, count;
            if (!is_tuple(r) || tuple_arity(r) != 2) return false;
            if (!text_range(tuple_elems(r)[0], tuple_elems(r)[1], size, &from, &count)) {
                o->outside = is_integer(tuple_elems(r)[0]) && is_integer(tuple_elems(r)[1]);
                return false;
            }
            o->from = from;
            o->to = from + count;
        }
    }
    return opts == NIL;
}

/* --- :binary --- */

static bl_term text_pair(bl_term *hp, bl_sword a, bl_sword b) {
    hp[0] = make_header(SUB_TUPLE, 2);
    hp[1] = make_small(a);
    hp[2] = make_small(b);
    return make_boxed(hp);
}

/* The checks shared by match/2,3 and matches/2,3: false after raising. */
static bool text_match_args(bl_process *p, bl_term *a, int nargs, text_opts *o) {
    const char *why[3] = {text_not_binary(a[0]), text_not_pattern(p->vm, a[1]), NULL};
    if (!why[0] && !why[1] && nargs == 3 && !text_options(p->vm, a[2], TEXT_SCOPE, binary_size(a[0]), o))
        why[2] = o->outside && list_tail(a[2]) == NIL ? "specified part is not wholly inside binary" : "invalid options";
    if (why[0] || why[1] || why[2]) {
        text_badarg(p, why, nargs);
        return false;
    }
    if (nargs == 2) *o = (text_opts){0, 0, binary_size(a[0]), THE_NON_VALUE, false};
    return true;
}

static bl_term text_match(bl_process *p, bl_term *a, int nargs) {
    text_opts o;
    if (!text_match_args(p, a, nargs, &o)) return THE_NON_VALUE;
    text_slice pats[TEXT_MAX_PATTERNS];
    int np = text_patterns(p->vm, a[1], pats, TEXT_MAX_PATTERNS);
    size_t mlen, at = text_find(binary_bytes(a[0]), o.to, o.from, pats, np, &mlen);
    if (at == SIZE_MAX) return atom_intern(&p->vm->atoms, "nomatch", 7);
    bl_term *hp = bif_alloc(p, 3);
    return hp ? text_pair(hp, (bl_sword)at, (bl_sword)mlen) : THE_NON_VALUE;
}

bl_term bif_binary_match(bl_process *p, bl_term *a) { return text_match(p, a, 2); }
bl_term bif_binary_match3(bl_process *p, bl_term *a) { return text_match(p, a, 3); }

static bl_term text_matches(bl_process *p, bl_term *a, int nargs) {
    text_opts o;
    if (!text_match_args(p, a, nargs, &o)) return THE_NON_VALUE;
    text_slice pats[TEXT_MAX_PATTERNS];
    int np = text_patterns(p->vm, a[1], pats, TEXT_MAX_PATTERNS);
    size_t count = 0, mlen;
    for (size_t at = o.from; (at = text_find(binary_bytes(a[0]), o.to, at, pats, np, &mlen)) != SIZE_MAX; at += mlen)
        count++;
    bl_term *hp = bif_alloc(p, 5 * count);
    if (!hp) return THE_NON_VALUE;
    np = text_patterns(p->vm, a[1], pats, TEXT_MAX_PATTERNS); /* re-read after a collection */
    const unsigned char *s = binary_bytes(a[0]);
    bl_term list = NIL, *tail = &list;
    size_t i = 0;
    for (size_t at = o.from; (at = text_find(s, o.to, at, pats, np, &mlen)) != SIZE_MAX; at += mlen, i++) {
        bl_term *cell = hp + 5 * i;
        cell[0] = text_pair(cell + 2, (bl_sword)at, (bl_sword)mlen);
        cell[1] = NIL;
        *tail = make_list(cell);
        tail = &cell[1];
    }
    return list;
}

bl_term bif_binary_matches(bl_process *p, bl_term *a) { return text_matches(p, a, 2); }
bl_term bif_binary_matches3(bl_process *p, bl_term *a) { return text_matches(p, a, 3); }

/* :binary.split(subject, pattern, opts): parts as sub-binaries.  Only
 * matches inside the scope split, but the parts cover the whole subject. */
static bl_term text_split(bl_process *p, bl_term *a, int nargs) {
    text_slice pats[TEXT_MAX_PATTERNS];
    text_opts o = {0, 0, 0, THE_NON_VALUE, false};
    const char *why[3] = {text_not_binary(a[0]), text_not_pattern(p->vm, a[1]), NULL};
    if (!why[0] && !why[1]) {
        size_t size = binary_size(a[0]);
        if (nargs == 2) o.to = size;
        else if (!text_options(p->vm, a[2], TEXT_GLOBAL | TEXT_TRIM | TEXT_TRIM_ALL | TEXT_SCOPE, size, &o))
            why[2] = "invalid options";
    }
    if (why[0] || why[1] || why[2]) return text_badarg(p, why, nargs);
    int np = text_patterns(p->vm, a[1], pats, TEXT_MAX_PATTERNS);
    size_t n = binary_size(a[0]);
    /* Offsets and lengths of the parts, then the sub-binaries. */
    size_t count = 1, from = o.from, mlen, at;
    while ((at = text_find(binary_bytes(a[0]), o.to, from, pats, np, &mlen)) != SIZE_MAX) {
        count++;
        from = at + mlen;
        if (!(o.flags & TEXT_GLOBAL)) break;
    }
    size_t *off = malloc(count * 2 * sizeof *off);
    if (!off) return bif_error(p, ATOM_TERM(system_limit));
    size_t k = 0, start = 0;
    from = o.from;
    while (k + 1 < count && (at = text_find(binary_bytes(a[0]), o.to, from, pats, np, &mlen)) != SIZE_MAX) {
        off[2 * k] = start;
        off[2 * k + 1] = at - start;
        k++;
        start = from = at + mlen;
    }
    off[2 * k] = start;
    off[2 * k + 1] = n - start;
    k++;
    size_t keep = k;
    if (o.flags & (TEXT_TRIM | TEXT_TRIM_ALL))
        while (keep > 0 && off[2 * (keep - 1) + 1] == 0) keep--;
    size_t kept = 0;
    for (size_t i = 0; i < keep; i++)
        if (!((o.flags & TEXT_TRIM_ALL) && off[2 * i + 1] == 0)) kept++;
    bl_term *hp = bif_alloc(p, 6 * kept);
    if (!hp) {
        free(off);
        return THE_NON_VALUE;
    }
    bl_term list = NIL, *tail = &list;
    size_t j = 0;
    for (size_t i = 0; i < keep; i++) {
        if ((o.flags & TEXT_TRIM_ALL) && off[2 * i + 1] == 0) continue;
        bl_term *cell = hp + 6 * j++;
        cell[0] = binary_make_sub(cell + 2, a[0], off[2 * i], off[2 * i + 1]);
        cell[1] = NIL;
        *tail = make_list(cell);
        tail = &cell[1];
    }
    free(off);
    return list;
}

bl_term bif_binary_split2(bl_process *p, bl_term *a) { return text_split(p, a, 2); }
bl_term bif_binary_split3(bl_process *p, bl_term *a) { return text_split(p, a, 3); }

/* The positions {insert_replaced, N | [N]} names in a replacement of
 * `size` bytes, sorted; -1 when they are not all in 0..size. */
static int text_insert_positions(bl_term spec, size_t size, size_t *pos, int max) {
    int n = 0;
    if (is_small(spec)) {
        if (small_val(spec) < 0 || (size_t)small_val(spec) > size) return -1;
        pos[n++] = (size_t)small_val(spec);
        return n;
    }
    for (; is_list(spec); spec = list_tail(spec)) {
        bl_term h = list_head(spec);
        if (n == max || !is_small(h) || small_val(h) < 0 || (size_t)small_val(h) > size) return -1;
        size_t v = (size_t)small_val(h);
        int i = n++;
        for (; i > 0 && pos[i - 1] > v; i--) pos[i] = pos[i - 1];
        pos[i] = v;
    }
    return spec == NIL ? n : -1;
}

#define TEXT_MAX_INSERTS 64

static bl_term text_replace(bl_process *p, bl_term *a, int nargs) {
    text_slice pats[TEXT_MAX_PATTERNS];
    size_t ins[TEXT_MAX_INSERTS];
    int nins = 0;
    text_opts o = {0, 0, 0, THE_NON_VALUE, false};
    const char *why[4] = {text_not_binary(a[0]), text_not_pattern(p->vm, a[1]), text_not_binary(a[2]), NULL};
    if (!why[0] && !why[1] && !why[2]) {
        size_t size = binary_size(a[0]);
        if (nargs == 3) o.to = size;
        else if (!text_options(p->vm, a[3], TEXT_GLOBAL | TEXT_SCOPE | TEXT_INSERT, size, &o) ||
                 (o.insert != THE_NON_VALUE &&
                  (nins = text_insert_positions(o.insert, binary_size(a[2]), ins, TEXT_MAX_INSERTS)) < 0))
            why[3] = "invalid options";
    }
    if (why[0] || why[1] || why[2] || why[3]) return text_badarg(p, why, nargs);
    int np = text_patterns(p->vm, a[1], pats, TEXT_MAX_PATTERNS);
    const unsigned char *s = binary_bytes(a[0]), *r = binary_bytes(a[2]);
    size_t n = binary_size(a[0]), rlen = binary_size(a[2]), from = o.from, start = 0, mlen, at;
    fmt_buf buf;
    fmt_buf_init(&buf);
    while ((at = text_find(s, o.to, from, pats, np, &mlen)) != SIZE_MAX) {
        fmt_buf_write(&buf, s + start, at - start);
        size_t done = 0;
        for (int i = 0; i < nins; i++) { /* the matched part at each position */
            fmt_buf_write(&buf, r + done, ins[i] - done);
            fmt_buf_write(&buf, s + at, mlen);
            done = ins[i];
        }
        fmt_buf_write(&buf, r + done, rlen - done);
        start = from = at + mlen;
        if (!(o.flags & TEXT_GLOBAL)) break;
    }
    fmt_buf_write(&buf, s + start, n - start);
    bl_term result = bif_binary_from_buf(p, &buf);
    fmt_buf_free(&buf);
    return result;
}

bl_term bif_binary_replace3(bl_process *p, bl_term *a) { return text_replace(p, a, 3); }
bl_term bif_binary_replace4(bl_process *p, bl_term *a) { return text_replace(p, a, 4); }

/* OTP's explanation of a failed part(Subject, Pos, Len): each argument's
 * fault, or, all being well formed, the range: the position when it lies
 * past the end (then only two entries), else the length.  Returns how many
 * entries it filled. */
static int text_part_whys(bl_term bin, bl_term pos, bl_term len, const char *why[3]) {
    why[0] = text_not_binary(bin);
    why[1] = text_not_position(pos);
    why[2] = is_integer(len) ? NULL : "not an integer";
    if (why[0] || why[1] || why[2]) return 3;
    if (!is_small(pos) || (size_t)small_val(pos) > binary_size(bin)) {
        why[1] = "out of range";
        return 2;
    }
    why[2] = "out of range";
    return 3;
}

/* The slice part/3 (and bin_to_list/3) take, or false after raising. */
static bool text_part3(bl_process *p, bl_term *a, size_t *from, size_t *count) {
    if (is_binary(a[0]) && text_range(a[1], a[2], binary_size(a[0]), from, count)) return true;
    const char *why[3];
    text_badarg(p, why, text_part_whys(a[0], a[1], a[2], why));
    return false;
}

/* The slice part/2 (and bin_to_list/2) take from {Pos, Length}. */
static bool text_part2(bl_process *p, bl_term *a, size_t *from, size_t *count) {
    bl_term r = a[1];
    bool pair = is_tuple(r) && tuple_arity(r) == 2 && is_integer(tuple_elems(r)[0]) &&
                is_integer(tuple_elems(r)[1]);
    if (pair && is_binary(a[0]) && text_range(tuple_elems(r)[0], tuple_elems(r)[1], binary_size(a[0]), from, count))
        return true;
    if (!pair) {
        const char *why[2] = {text_not_binary(a[0]), "not a valid {Pos,Length} tuple"};
        text_badarg(p, why, 2);
        return false;
    }
    const char *why3[3];
    if (text_part_whys(a[0], tuple_elems(r)[0], tuple_elems(r)[1], why3) == 2) {
        bif_badarg(p); /* OTP's explanation has no case for a position past the end */
        return false;
    }
    const char *why[2] = {why3[0], why3[1] || why3[2] ? "out of range" : NULL};
    text_badarg(p, why, 2);
    return false;
}

static bl_term text_sub(bl_process *p, bl_term *a, size_t from, size_t count) {
    bl_term *hp = bif_alloc(p, 4);
    return hp ? binary_make_sub(hp, a[0], from, count) : THE_NON_VALUE;
}

bl_term bif_binary_part(bl_process *p, bl_term *a) {
    size_t from, count;
    return text_part3(p, a, &from, &count) ? text_sub(p, a, from, count) : THE_NON_VALUE;
}

bl_term bif_binary_part2(bl_process *p, bl_term *a) {
    size_t from, count;
    return text_part2(p, a, &from, &count) ? text_sub(p, a, from, count) : THE_NON_VALUE;
}

static bl_term text_copy(bl_process *p, bl_term *a, bl_term times_t) {
    const char *why[2] = {text_not_binary(a[0]), text_not_position(times_t)};
    if (why[0] || why[1]) return text_badarg(p, why, 2);
    if (!is_small(times_t)) return bif_error(p, ATOM_TERM(system_limit));
    size_t n = binary_size(a[0]), times = (size_t)small_val(times_t);
    if (n && times > BINARY_MAX_BYTES / n) return bif_error(p, ATOM_TERM(system_limit));
    unsigned char *bytes;
    bl_term r = bif_new_binary(p, n * times, &bytes);
    if (r == THE_NON_VALUE) return r;
    for (size_t i = 0; n && i < times; i++) memcpy(bytes + i * n, binary_bytes(a[0]), n);
    return r;
}

bl_term bif_binary_copy(bl_process *p, bl_term *a) { return text_copy(p, a, a[1]); }

bl_term bif_binary_copy1(bl_process *p, bl_term *a) {
    if (!is_binary(a[0])) return bif_badarg_why(p, 1, "not a binary");
    return text_copy(p, a, make_small(1));
}

bl_term bif_binary_at(bl_process *p, bl_term *a) {
    const char *why[2] = {text_not_binary(a[0]), text_not_position(a[1])};
    if (why[0] || why[1] || !is_small(a[1]) || (size_t)small_val(a[1]) >= binary_size(a[0]))
        return text_badarg(p, why, 2);
    return make_small(binary_bytes(a[0])[small_val(a[1])]);
}

static bl_term text_end_byte(bl_process *p, bl_term bin, bool last) {
    if (!is_binary(bin)) return bif_badarg_why(p, 1, "not a binary");
    size_t n = binary_size(bin);
    if (n == 0) return bif_badarg_why(p, 1, "a zero-sized binary is not allowed");
    return make_small(binary_bytes(bin)[last ? n - 1 : 0]);
}

bl_term bif_binary_first(bl_process *p, bl_term *a) { return text_end_byte(p, a[0], false); }
bl_term bif_binary_last(bl_process *p, bl_term *a) { return text_end_byte(p, a[0], true); }

/* Whether `t` is :big (false) or :little (true); -1 if neither. */
static int text_endianness(bl_vm *vm, bl_term t) {
    if (!is_atom(t)) return -1;
    const char *name = atom_name(&vm->atoms, t);
    return !strcmp(name, "little") ? 1 : !strcmp(name, "big") ? 0 : -1;
}

/* decode_unsigned(bin, endianness): the bytes as one unsigned integer. */
static bl_term text_decode_unsigned(bl_process *p, bl_term *a, int nargs) {
    int little = nargs == 2 ? text_endianness(p->vm, a[1]) : 0;
    const char *why[2] = {text_not_binary(a[0]), little < 0 ? "must be 'big' or 'little'" : NULL};
    if (why[0] || why[1]) return text_badarg(p, why, nargs);
    size_t n = binary_size(a[0]), nlimbs = (n + 7) / 8;
    if (nlimbs > BIG_MAX_LIMBS) return bif_error(p, ATOM_TERM(system_limit));
    uint64_t *limbs = calloc(nlimbs + 1, sizeof *limbs);
    if (!limbs) return bif_error(p, ATOM_TERM(system_limit));
    const unsigned char *s = binary_bytes(a[0]);
    for (size_t i = 0; i < n; i++) { /* byte i of significance, from the least */
        unsigned char byte = little ? s[i] : s[n - 1 - i];
        limbs[i / 8] |= (uint64_t)byte << (8 * (i % 8));
    }
    big_out out = big_out_make(limbs, nlimbs + 1);
    out.n = nlimbs;
    big_normalize(&out);
    bl_term r = int_make(p, big_out_view(&out));
    free(limbs);
    return r;
}

bl_term bif_binary_decode_unsigned1(bl_process *p, bl_term *a) { return text_decode_unsigned(p, a, 1); }
bl_term bif_binary_decode_unsigned2(bl_process *p, bl_term *a) { return text_decode_unsigned(p, a, 2); }

/* encode_unsigned(n, endianness): the fewest bytes holding n (one for 0). */
static bl_term text_encode_unsigned(bl_process *p, bl_term *a, int nargs) {
    int little = nargs == 2 ? text_endianness(p->vm, a[1]) : 0;
    const char *why[2] = {text_not_position(a[0]), little < 0 ? "must be 'big' or 'little'" : NULL};
    if (why[0] || why[1]) return text_badarg(p, why, nargs);
    uint64_t small[1];
    big_view v = int_view(a[0], small);
    size_t bytes = (big_bit_length(v) + 7) / 8;
    if (bytes == 0) bytes = 1;
    /* The bytes are computed before allocating moves the integer. */
    unsigned char *tmp = malloc(bytes);
    if (!tmp) return bif_error(p, ATOM_TERM(system_limit));
    for (size_t i = 0; i < bytes; i++) {
        unsigned char byte = i / 8 < v.n ? (unsigned char)(v.limbs[i / 8] >> (8 * (i % 8))) : 0;
        tmp[little ? i : bytes - 1 - i] = byte;
    }
    unsigned char *out;
    bl_term r = bif_new_binary(p, bytes, &out);
    if (r != THE_NON_VALUE) memcpy(out, tmp, bytes);
    free(tmp);
    return r;
}

bl_term bif_binary_encode_unsigned1(bl_process *p, bl_term *a) { return text_encode_unsigned(p, a, 1); }
bl_term bif_binary_encode_unsigned2(bl_process *p, bl_term *a) { return text_encode_unsigned(p, a, 2); }

/* longest_common_prefix/suffix: the length shared by every binary. */
static bl_term text_common(bl_process *p, bl_term list, bool suffix) {
    size_t common = SIZE_MAX;
    const unsigned char *first = NULL;
    size_t first_len = 0;
    bl_term t;
    for (t = list; is_list(t); t = list_tail(t)) {
        bl_term b = list_head(t);
        if (!is_binary(b)) break;
        const unsigned char *s = binary_bytes(b);
        size_t n = binary_size(b);
        if (!first) {
            first = s;
            first_len = n;
            common = n;
            continue;
        }
        size_t k = 0, lim = common < n ? common : n;
        if (suffix) while (k < lim && s[n - 1 - k] == first[first_len - 1 - k]) k++;
        else while (k < lim && s[k] == first[k]) k++;
        common = k;
    }
    if (t != NIL || !first) return bif_badarg_why(p, 1, "not a flat list of binaries");
    return make_small((bl_sword)common);
}

bl_term bif_binary_longest_common_prefix(bl_process *p, bl_term *a) { return text_common(p, a[0], false); }
bl_term bif_binary_longest_common_suffix(bl_process *p, bl_term *a) { return text_common(p, a[0], true); }

/* compile_pattern(pattern): {bm, Binary} for one pattern, {ac, List} for
 * several, which match, matches, split and replace take as the pattern. */
bl_term bif_binary_compile_pattern(bl_process *p, bl_term *a) {
    text_slice pats[TEXT_MAX_PATTERNS];
    int np = text_patterns(p->vm, a[0], pats, TEXT_MAX_PATTERNS);
    if (np < 0 || is_tuple(a[0])) return bif_badarg_why(p, 1, "not a valid pattern");
    bl_term *hp = bif_alloc(p, 3);
    if (!hp) return THE_NON_VALUE;
    bool one = np == 1;
    bl_term pattern = one && is_list(a[0]) ? list_head(a[0]) : a[0];
    hp[0] = make_header(SUB_TUPLE, 2);
    hp[1] = atom_intern(&p->vm->atoms, one ? "bm" : "ac", 2);
    hp[2] = pattern;
    return make_boxed(hp);
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

/* The bytes [from, from + count) of binary a[0] as a list of integers. */
static bl_term text_bytes_list(bl_process *p, bl_term *a, size_t from, size_t count) {
    uint32_t *items = malloc((count + 1) * sizeof *items);
    if (!items) return bif_error(p, ATOM_TERM(system_limit));
    for (size_t i = 0; i < count; i++) items[i] = binary_bytes(a[0])[from + i];
    bl_term r = text_list_of(p, items, count);
    free(items);
    return r;
}

bl_term bif_binary_to_list(bl_process *p, bl_term *a) {
    if (!is_binary(a[0])) return bif_badarg_why(p, 1, "not a binary");
    return text_bytes_list(p, a, 0, binary_size(a[0]));
}

bl_term bif_binary_bin_to_list2(bl_process *p, bl_term *a) {
    size_t from, count;
    return text_part2(p, a, &from, &count) ? text_bytes_list(p, a, from, count) : THE_NON_VALUE;
}

bl_term bif_binary_bin_to_list3(bl_process *p, bl_term *a) {
    size_t from, count;
    return text_part3(p, a, &from, &count) ? text_bytes_list(p, a, from, count) : THE_NON_VALUE;
}

static bl_term text_iolist_to_binary(bl_process *p, bl_term list, const char *why) {
    fmt_buf buf;
    fmt_buf_init(&buf);
    bl_term r = is_list_or_nil(list) && bif_iolist_bytes(&buf, list) ? bif_binary_from_buf(p, &buf)
                                                                        : bif_badarg_why(p, 1, why);
    fmt_buf_free(&buf);
    return r;
}

bl_term bif_list_to_binary(bl_process *p, bl_term *a) { return text_iolist_to_binary(p, a[0], "not an iolist term"); }
bl_term bif_binary_list_to_bin(bl_process *p, bl_term *a) { return text_iolist_to_binary(p, a[0], "not an iodata term"); }

/* --- :unicode.characters_to_binary/1 and characters_to_list/1 ---
 *
 * Chardata is code points, UTF-8 binaries and lists of them, with a
 * binary allowed as a list's tail.  A term of another shape is badarg; bad
 * or unfinished UTF-8 and bad code points give OTP's tuples
 * {error, Encoded, Rest} and {incomplete, Encoded, Rest}.  A sequence may
 * begin in one binary and end in the next.  Rest takes OTP's shape: at
 * each list level it is [FailingPart | Tail] (a code point fails with its
 * whole list, a binary with its bytes from the bad sequence on), a
 * binary tail stands alone, and when a sequence carried over from an
 * earlier binary is what fails, Rest is [Carried, ThatShape]. */

#define TEXT_MAX_DEPTH 10000

typedef struct {
    fmt_buf out;                /* the UTF-8 converted so far */
    unsigned char carry[4];     /* a sequence begun in an earlier binary */
    size_t ncarry;
    /* where conversion stopped: the index at each list level, then the
     * failing part (a code point, a binary element or a binary tail) */
    size_t *path;
    size_t depth;
    bool in_binary, in_tail;
    size_t offset;              /* where in that binary */
    unsigned char carried[4];   /* the carried sequence that failed */
    size_t ncarried;
} text_chars;

/* The shape check: badarg for anything but chardata; *depth receives the
 * deepest list nesting. */
static bool text_chardata_shape(bl_term t, size_t level, size_t *depth) {
    if (level > TEXT_MAX_DEPTH) return false;
    if (level > *depth) *depth = level;
    if (is_binary(t)) return true;
    for (; is_list(t); t = list_tail(t)) {
        bl_term h = list_head(t);
        if (!is_integer(h) && !is_binary(h) && !(is_list_or_nil(h) && text_chardata_shape(h, level + 1, depth)))
            return false;
    }
    return t == NIL || is_binary(t);
}

/* The UTF-8 sequence at s[0..n): its length when complete and valid (the
 * code point in *cp), 0 when invalid, or minus the bytes still missing
 * when the n bytes begin a sequence. */
static int text_utf8_step(const unsigned char *s, size_t n, uint32_t *cp) {
    unsigned char b = s[0];
    size_t len = b < 0x80 ? 1 : b < 0xC0 ? 0 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF8 ? 4 : 0;
    if (len == 0) return 0;
    for (size_t i = 1; i < len && i < n; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    if (n < len) return -(int)(len - n);
    uint32_t v = len == 1 ? b : b & (0x7F >> len);
    for (size_t i = 1; i < len; i++) v = v << 6 | (s[i] & 0x3F);
    static const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < least[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return (int)len;
}

static bool text_chars_fail_at(text_chars *c, size_t level, bool in_binary, bool in_tail, size_t offset,
                               const unsigned char *carried, size_t ncarried) {
    c->depth = level;
    c->in_binary = in_binary;
    c->in_tail = in_tail;
    c->offset = offset;
    if (ncarried) memcpy(c->carried, carried, ncarried);
    c->ncarried = ncarried;
    return false;
}

static bool text_chars_int(text_chars *c, bl_term h, size_t level) {
    if (c->ncarry) return text_chars_fail_at(c, level, false, false, 0, c->carry, c->ncarry);
    unsigned char out[FMT_UTF8_MAX];
    size_t k = is_small(h) ? fmt_utf8_encode(small_val(h), out) : 0;
    if (!k) return text_chars_fail_at(c, level, false, false, 0, NULL, 0);
    fmt_buf_write(&c->out, out, k);
    return true;
}

static bool text_chars_bin(text_chars *c, bl_term bin, size_t level, bool tail) {
    const unsigned char *s = binary_bytes(bin);
    size_t n = binary_size(bin), i = 0;
    uint32_t cp;
    if (c->ncarry) { /* finish the carried sequence first */
        unsigned char was[4];
        size_t nwas = c->ncarry;
        memcpy(was, c->carry, nwas);
        int missing = -text_utf8_step(c->carry, c->ncarry, &cp);
        for (; missing > 0 && i < n; missing--, i++) {
            if ((s[i] & 0xC0) != 0x80) return text_chars_fail_at(c, level, true, tail, 0, was, nwas);
            c->carry[c->ncarry++] = s[i];
        }
        if (missing > 0) return true; /* still unfinished: the next part may finish it */
        if (text_utf8_step(c->carry, c->ncarry, &cp) <= 0) return text_chars_fail_at(c, level, true, tail, 0, was, nwas);
        fmt_buf_write(&c->out, c->carry, c->ncarry);
        c->ncarry = 0;
    }
    while (i < n) {
        int k = text_utf8_step(s + i, n - i, &cp);
        if (k == 0) return text_chars_fail_at(c, level, true, tail, i, NULL, 0);
        if (k < 0) { /* the binary ends inside a sequence */
            memcpy(c->carry, s + i, n - i);
            c->ncarry = n - i;
            return true;
        }
        fmt_buf_write(&c->out, s + i, (size_t)k);
        i += (size_t)k;
    }
    return true;
}

/* Converts the list `t` at nesting `level`; false where it stops. */
static bool text_chars_list(text_chars *c, bl_term t, size_t level) {
    size_t i = 0;
    for (; is_list(t); t = list_tail(t), i++) {
        bl_term h = list_head(t);
        c->path[level] = i;
        bool ok = is_integer(h) ? text_chars_int(c, h, level + 1)
                  : is_binary(h)     ? text_chars_bin(c, h, level + 1, false)
                                     : text_chars_list(c, h, level + 1);
        if (!ok) return false;
    }
    c->path[level] = i;
    return t == NIL || text_chars_bin(c, t, level + 1, true);
}

/* The cell of the list `t` at `index`. */
static bl_term text_nth_cell(bl_term t, size_t index) {
    while (index--) t = list_tail(t);
    return t;
}

/* Builds {Tag, Encoded, Rest} where conversion of `chardata` stopped, in
 * the words at *hpp (text_characters counts them), and moves *hpp on. */
static bl_term text_chars_result(bl_process *p, text_chars *c, bl_term chardata, bool as_list, bool incomplete,
                                 bl_term *cells, bl_term **hpp) {
    bl_term *hp = *hpp;
    bl_term encoded;
    if (as_list) {
        encoded = NIL;
        bl_term *tail = &encoded;
        const unsigned char *s = (const unsigned char *)c->out.data;
        uint32_t cp;
        for (size_t i = 0; i < c->out.len; hp += 2) {
            i += (size_t)text_utf8_step(s + i, c->out.len - i, &cp); /* valid: it was checked */
            hp[0] = make_small(cp);
            hp[1] = NIL;
            *tail = make_list(hp);
            tail = &hp[1];
        }
    } else {
        unsigned char *bytes;
        encoded = binary_new(p, hp, c->out.len, &bytes);
        hp += binary_new_words(c->out.len);
        if (c->out.len) memcpy(bytes, c->out.data, c->out.len);
    }
    bl_term rest;
    if (incomplete) {
        unsigned char *bytes;
        rest = binary_new(p, hp, c->ncarry, &bytes);
        hp += binary_new_words(c->ncarry);
        memcpy(bytes, c->carry, c->ncarry);
    } else {
        /* cells[l]: the cell of the list at nesting l holding the way on
         * (at the last level, the failing cell or binary tail) */
        size_t d = c->depth;
        for (size_t l = 0; l < d; l++) cells[l] = text_nth_cell(l ? list_head(cells[l - 1]) : chardata, c->path[l]);
        if (d == 0 || c->in_tail) {
            bl_term bin = d == 0 ? chardata : cells[d - 1];
            rest = c->offset ? binary_make_sub(hp, bin, c->offset, binary_size(bin) - c->offset) : bin;
            hp += 4;
        } else {
            rest = cells[d - 1];
            if (c->in_binary && c->offset) {
                bl_term bin = list_head(rest);
                hp[0] = binary_make_sub(hp + 2, bin, c->offset, binary_size(bin) - c->offset);
                hp[1] = list_tail(rest);
                rest = make_list(hp);
                hp += 6;
            }
        }
        for (size_t l = d ? d - 1 : 0; l-- > 0; hp += 2) {
            hp[0] = rest;
            hp[1] = list_tail(cells[l]);
            rest = make_list(hp);
        }
        if (c->ncarried) {
            unsigned char *bytes;
            bl_term carried = binary_new(p, hp, c->ncarried, &bytes);
            hp += binary_new_words(c->ncarried);
            memcpy(bytes, c->carried, c->ncarried);
            hp[0] = carried;
            hp[1] = make_list(hp + 2);
            hp[2] = rest;
            hp[3] = NIL;
            rest = make_list(hp);
            hp += 4;
        }
    }
    hp[0] = make_header(SUB_TUPLE, 3);
    hp[1] = atom_intern(&p->vm->atoms, incomplete ? "incomplete" : "error", incomplete ? 10 : 5);
    hp[2] = encoded;
    hp[3] = rest;
    *hpp = hp + 4;
    return make_boxed(hp);
}

/* Whether s[0..n) is all whole, valid UTF-8 sequences. */
static bool text_valid_utf8(const unsigned char *s, size_t n) {
    uint32_t cp;
    for (size_t i = 0; i < n;) {
        int k = text_utf8_step(s + i, n - i, &cp);
        if (k <= 0) return false;
        i += (size_t)k;
    }
    return true;
}

static bl_term text_characters(bl_process *p, bl_term *a, bool as_list) {
    /* The common case first, without recursion however deep the nesting:
     * chardata that converts whole.  Anything else takes the walk below,
     * which finds where the conversion stops and builds OTP's
     * {:error | :incomplete, encoded, rest}. */
    if (!as_list) {
        fmt_buf whole;
        fmt_buf_init(&whole);
        if (print_iodata(&whole, a[0], true) && !whole.failed &&
            text_valid_utf8((const unsigned char *)whole.data, whole.len)) {
            bl_term r = bif_binary_from_buf(p, &whole);
            fmt_buf_free(&whole);
            return r;
        }
        fmt_buf_free(&whole);
    }
    size_t depth = 0;
    if (!text_chardata_shape(a[0], 0, &depth))
        return bif_badarg_why(p, 1, "not valid character data (an iodata term)");
    text_chars c = {0};
    fmt_buf_init(&c.out);
    c.path = malloc((depth + 1) * sizeof *c.path);
    if (!c.path) return bif_error(p, ATOM_TERM(system_limit));
    bool ok = is_binary(a[0]) ? text_chars_bin(&c, a[0], 0, true) : text_chars_list(&c, a[0], 0);
    bool incomplete = ok && c.ncarry > 0;
    bl_term r;
    if (ok && !incomplete) {
        if (!as_list) {
            r = bif_binary_from_buf(p, &c.out);
        } else {
            size_t n = 0;
            uint32_t *cps = malloc((c.out.len + 1) * sizeof *cps);
            const unsigned char *s = (const unsigned char *)c.out.data;
            for (size_t i = 0; cps && i < c.out.len; n++) i += (size_t)text_utf8_step(s + i, c.out.len - i, &cps[n]);
            r = cps ? text_list_of(p, cps, n) : bif_error(p, ATOM_TERM(system_limit));
            free(cps);
        }
    } else {
        /* the encoded part, the rest's cells and sub-binaries, the carried
         * bytes and the tuple */
        size_t words = (as_list ? 2 * c.out.len : binary_new_words(c.out.len)) + 2 * c.depth + 6 + 4 +
                       binary_new_words(4) + 4 + 4;
        bl_term *cells = malloc((c.depth + 1) * sizeof *cells);
        bl_term *hp = cells ? bif_alloc(p, words) : NULL; /* may collect: a[0] is read after it */
        if (!cells) {
            r = bif_error(p, ATOM_TERM(system_limit));
        } else if (!hp) {
            r = THE_NON_VALUE;
        } else {
            bl_term *end = hp;
            r = text_chars_result(p, &c, a[0], as_list, incomplete, cells, &end);
            p->htop = end; /* the words were the last taken: give back the unused */
        }
        free(cells);
    }
    free(c.path);
    fmt_buf_free(&c.out);
    return r;
}

bl_term bif_characters_to_binary(bl_process *p, bl_term *a) { return text_characters(p, a, false); }
bl_term bif_characters_to_list(bl_process *p, bl_term *a) { return text_characters(p, a, true); }

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

/* --- Kernel.to_string/1 of a list (List.to_string/1) --- */


/* UnicodeConversionError's "invalid encoding starting at <<255>>" or
 * "invalid code point 55296": the first part of Rest tells. */
static void text_conversion_detail(bl_vm *vm, fmt_buf *b, bl_term rest) {
    while (is_list(rest) && !is_integer(list_head(rest)) && !is_binary(list_head(rest))) rest = list_head(rest);
    if (is_list(rest) && is_binary(list_head(rest))) rest = list_head(rest);
    if (is_binary(rest)) {
        pretty_opts opts;
        pretty_opts_default(&opts);
        fmt_buf_puts(b, "encoding starting at ");
        pretty_inspect(vm, b, rest, &opts);
    } else if (is_list(rest)) {
        fmt_buf_puts(b, "code point ");
        int_to_text(list_head(rest), 10, b);
    }
}

bl_term text_list_to_string(bl_process *p, bl_term *a) {
    bl_term r = text_characters(p, a, false);
    if (r != THE_NON_VALUE && is_binary(r)) return r;
    fmt_buf msg;
    fmt_buf_init(&msg);
    if (r == THE_NON_VALUE) {
        if (p->exc_reason != ATOM_TERM(badarg)) return r; /* out of memory */
        p->exc_why = NULL;
        pretty_opts opts;
        pretty_opts_default(&opts);
        fmt_buf_puts(&msg, "cannot convert the given list to a string.\n\nTo be converted to a string, a list must "
                           "either be empty or only\ncontain the following elements:\n\n  * strings\n  * integers "
                           "representing Unicode code points\n  * a list containing one of these three elements\n\n"
                           "Please check the given list or call inspect/1 to get the list representation, got:\n\n");
        pretty_inspect(p->vm, &msg, a[0], &opts);
        fmt_buf_putc(&msg, '\n');
        r = bif_raise_exception(p, "Elixir.ArgumentError", &msg, NULL, NULL);
    } else {
        const bl_term *t = tuple_elems(r);
        fmt_buf_puts(&msg, t[0] == ATOM_TERM(error) ? "invalid " : "incomplete ");
        text_conversion_detail(p->vm, &msg, t[2]);
        a[0] = t[1]; /* the encoded part, kept where a collection finds it */
        r = bif_raise_exception(p, "Elixir.UnicodeConversionError", &msg, "encoded", &a[0]);
    }
    fmt_buf_free(&msg);
    return r;
}
