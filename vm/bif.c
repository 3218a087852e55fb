/*
 * bif.c — the C built-ins: arithmetic, comparison, type tests, tuples,
 * lists, binaries, exceptions, and the few I/O primitives the standard
 * library is written on.  Each is listed once in BIF_LIST.
 */
#include "bif.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "hash.h"
#include "loader.h"
#include "opcodes.h"
#include "bif_ffi.h"
#include "bif_process.h"
#include "bif_system.h"
#include "bif_text.h"
#include "embed.h"
#include "integer.h"
#include "binary.h"
#include "map.h"
#include "pretty.h"
#include "print.h"

bl_term *bif_alloc(bl_process *p, size_t words) {
    if (gc_ensure(p, words, p->bif_live, p->bif_x, p->bif_args, p->bif_nargs) != 0) {
        bif_error(p, ATOM_TERM(system_limit));
        return NULL;
    }
    return heap_take(p, words);
}

bl_term bif_error(bl_process *p, bl_term reason) {
    p->exc_class = ATOM_TERM(error);
    p->exc_reason = reason;
    p->exc_stacktrace = NIL;
    return THE_NON_VALUE;
}

bl_term bif_error2(bl_process *p, bl_term tag, bl_term value) {
    bl_term keep[2] = {tag, value};
    if (gc_ensure(p, 3, p->bif_live, p->bif_x, keep, 2) != 0) return bif_error(p, ATOM_TERM(system_limit));
    bl_term *t = heap_take(p, 3);
    t[0] = make_header(SUB_TUPLE, 2);
    t[1] = keep[0];
    t[2] = keep[1];
    return bif_error(p, make_boxed(t));
}

bl_term bif_badarg(bl_process *p) { return bif_error(p, ATOM_TERM(badarg)); }

bl_term bif_badarg_why(bl_process *p, int argno, const char *why) {
    p->exc_arg = argno;
    p->exc_why = why;
    return bif_error(p, ATOM_TERM(badarg));
}

bl_term bif_raise_exception(bl_process *p, const char *module, const fmt_buf *message, const char *extra_key,
                            bl_term *extra_root) {
    size_t len = message->failed ? 0 : message->len;
    size_t pairs = extra_key ? 4 : 3;
    bl_term *hp = bif_alloc(p, 1 + 2 * pairs + binary_new_words(len));
    if (!hp) return THE_NON_VALUE;
    unsigned char *bytes;
    bl_term text = binary_new(p, hp + 1 + 2 * pairs, len, &bytes);
    if (text == THE_NON_VALUE) return bif_error(p, ATOM_TERM(system_limit));
    if (len) memcpy(bytes, message->data, len);
    hp[0] = make_header(SUB_MAP, 2 * pairs);
    hp[1] = ATOM_TERM(__exception__);
    hp[2] = A_TRUE;
    hp[3] = ATOM_TERM(__struct__);
    hp[4] = atom_intern(&p->vm->atoms, module, strlen(module));
    hp[5] = ATOM_TERM(message);
    hp[6] = text;
    if (extra_key) {
        hp[7] = atom_intern(&p->vm->atoms, extra_key, strlen(extra_key));
        hp[8] = *extra_root;
    }
    map_sort_pairs(p->vm, hp + 1, pairs);
    return bif_error(p, make_boxed(hp));
}

bl_term bif_float_result(bl_process *p, double d) {
    if (!isfinite(d)) return bif_error(p, ATOM_TERM(badarith));
    bl_term *f = bif_alloc(p, 2);
    if (!f) return THE_NON_VALUE;
    f[0] = make_header(SUB_FLOAT, 1);
    memcpy(f + 1, &d, sizeof d);
    return make_boxed(f);
}

static bl_term bif_int_result(bl_process *p, __int128 v) {
    if (v >= MIN_SMALL && v <= MAX_SMALL) return make_small((bl_sword)v);
    uint64_t buf[2];
    return int_make(p, big_from_i128(v, buf));
}

/* A number as a double; false for non-numbers and integers too large. */
static bool bif_to_double(bl_term t, double *d) {
    if (is_float(t)) *d = float_val(t);
    else if (is_integer(t)) return int_to_double(t, d);
    else return false;
    return true;
}

/* --- arithmetic --- */

#define ARITH_BIF(name, op, intop)                                                  \
    static bl_term name(bl_process *p, bl_term *a) {                                \
        if (is_small(a[0]) && is_small(a[1]))                                       \
            return bif_int_result(p, (__int128)small_val(a[0]) op(__int128) small_val(a[1])); \
        if (is_integer(a[0]) && is_integer(a[1])) return int_binop(p, intop, a[0], a[1]); \
        double x, y;                                                                \
        if (!bif_to_double(a[0], &x) || !bif_to_double(a[1], &y))                   \
            return bif_error(p, ATOM_TERM(badarith));                               \
        return bif_float_result(p, x op y);                                         \
    }
ARITH_BIF(bif_add, +, INT_ADD)
ARITH_BIF(bif_sub, -, INT_SUB)
ARITH_BIF(bif_mul, *, INT_MUL)
#undef ARITH_BIF

unsigned bif_arith_opcode(bl_bif_fn f) {
    if (f == bif_add) return OP_bif_add;
    if (f == bif_sub) return OP_bif_sub;
    if (f == bif_mul) return OP_bif_mul;
    return 0;
}

static bl_term bif_fdiv(bl_process *p, bl_term *a) {
    double x, y;
    if (!bif_to_double(a[0], &x) || !bif_to_double(a[1], &y) || y == 0.0)
        return bif_error(p, ATOM_TERM(badarith));
    return bif_float_result(p, x / y);
}

static bl_term bif_neg(bl_process *p, bl_term *a) {
    if (is_small(a[0])) return bif_int_result(p, -(__int128)small_val(a[0]));
    if (is_bignum(a[0])) return int_negate(p, a[0]);
    if (is_float(a[0])) return bif_float_result(p, -float_val(a[0]));
    return bif_error(p, ATOM_TERM(badarith));
}

static bl_term bif_plus1(bl_process *p, bl_term *a) {
    return is_number(a[0]) ? a[0] : bif_error(p, ATOM_TERM(badarith));
}

static bl_term bif_div(bl_process *p, bl_term *a) {
    if (is_small(a[0]) && is_small(a[1]) && small_val(a[1]) != 0)
        return bif_int_result(p, (__int128)small_val(a[0]) / small_val(a[1]));
    return int_binop(p, INT_DIV, a[0], a[1]);
}

static bl_term bif_rem(bl_process *p, bl_term *a) {
    if (is_small(a[0]) && is_small(a[1]) && small_val(a[1]) != 0) return make_small(small_val(a[0]) % small_val(a[1]));
    return int_binop(p, INT_REM, a[0], a[1]);
}

#define BITWISE_BIF(name, intop)                                                    \
    static bl_term name(bl_process *p, bl_term *a) {                                \
        if (!is_integer(a[0]) || !is_integer(a[1])) return bif_error(p, ATOM_TERM(badarith)); \
        return int_binop(p, intop, a[0], a[1]);                                     \
    }
BITWISE_BIF(bif_band, INT_BAND)
BITWISE_BIF(bif_bor, INT_BOR)
BITWISE_BIF(bif_bxor, INT_BXOR)
BITWISE_BIF(bif_bsl, INT_BSL)
BITWISE_BIF(bif_bsr, INT_BSR)
#undef BITWISE_BIF

static bl_term bif_bnot(bl_process *p, bl_term *a) {
    if (!is_integer(a[0])) return bif_error(p, ATOM_TERM(badarith));
    return int_bnot(p, a[0]);
}

/* Kernel.**: integer ** non-negative integer is an integer; otherwise a
 * float (an integer base with a negative integer exponent is an error). */
static bl_term bif_pow(bl_process *p, bl_term *a) {
    if (is_integer(a[0]) && is_integer(a[1])) {
        uint64_t bb[1], be[1];
        big_view base = int_view(a[0], bb), exp = int_view(a[1], be);
        if (exp.neg) return bif_error(p, ATOM_TERM(badarith));
        int64_t e;
        if (!big_fits_int64(exp, &e)) {
            /* only 0, 1 and -1 can be raised that far */
            if (base.n == 0) return make_small(0);
            if (base.n == 1 && base.limbs[0] == 1) return make_small(base.neg && (exp.limbs[0] & 1) ? -1 : 1);
            return bif_error(p, ATOM_TERM(system_limit));
        }
        size_t cap;
        big_status st = big_pow_size(base, (uint64_t)e, &cap);
        if (st != BIG_OK) return int_fail(p, st);
        uint64_t *limbs = malloc((cap ? cap : 1) * sizeof *limbs);
        if (!limbs) return bif_error(p, ATOM_TERM(system_limit));
        big_out r = big_out_make(limbs, cap ? cap : 1);
        st = big_pow(base, (uint64_t)e, &r);
        bl_term t = st == BIG_OK ? int_make(p, big_out_view(&r)) : int_fail(p, st);
        free(limbs);
        return t;
    }
    double x, y;
    if (!bif_to_double(a[0], &x) || !bif_to_double(a[1], &y)) return bif_error(p, ATOM_TERM(badarith));
    return bif_float_result(p, pow(x, y));
}

static bl_term bif_abs(bl_process *p, bl_term *a) {
    if (is_small(a[0])) return bif_int_result(p, small_val(a[0]) < 0 ? -(__int128)small_val(a[0]) : small_val(a[0]));
    if (is_bignum(a[0])) return header_subtag(boxed_ptr(a[0])[0]) == SUB_NEGBIG ? int_negate(p, a[0]) : a[0];
    /* as BEAM: negative floats are negated, so abs(-0.0) stays -0.0 */
    if (is_float(a[0])) return bif_float_result(p, float_val(a[0]) < 0 ? -float_val(a[0]) : float_val(a[0]));
    return bif_badarg(p);
}

static bl_term bif_float(bl_process *p, bl_term *a) {
    double d;
    if (!bif_to_double(a[0], &d)) return bif_badarg_why(p, 1, is_integer(a[0]) ? "out of range" : "not a number");
    return is_float(a[0]) ? a[0] : bif_float_result(p, d);
}

static bl_term bif_round_with(bl_process *p, bl_term *a, double (*fn)(double)) {
    if (is_integer(a[0])) return a[0];
    if (!is_float(a[0])) return bif_badarg_why(p, 1, "not a number");
    return int_from_double(p, fn(float_val(a[0])));
}
static bl_term bif_round(bl_process *p, bl_term *a) { return bif_round_with(p, a, round); }
static bl_term bif_trunc(bl_process *p, bl_term *a) { return bif_round_with(p, a, trunc); }
static bl_term bif_floor(bl_process *p, bl_term *a) { return bif_round_with(p, a, floor); }
static bl_term bif_ceil(bl_process *p, bl_term *a) { return bif_round_with(p, a, ceil); }

/* --- comparison and booleans --- */

static bl_term bif_bool(bool b) { return b ? A_TRUE : A_FALSE; }
static bl_term bif_eq(bl_process *p, bl_term *a) { (void)p; return bif_bool(term_equal(a[0], a[1])); }
static bl_term bif_ne(bl_process *p, bl_term *a) { (void)p; return bif_bool(!term_equal(a[0], a[1])); }
static bl_term bif_eqx(bl_process *p, bl_term *a) { (void)p; return bif_bool(term_equal_exact(a[0], a[1])); }
static bl_term bif_nex(bl_process *p, bl_term *a) { (void)p; return bif_bool(!term_equal_exact(a[0], a[1])); }
static bl_term bif_lt(bl_process *p, bl_term *a) { return bif_bool(term_compare(p->vm, a[0], a[1]) < 0); }
static bl_term bif_gt(bl_process *p, bl_term *a) { return bif_bool(term_compare(p->vm, a[0], a[1]) > 0); }
static bl_term bif_le(bl_process *p, bl_term *a) { return bif_bool(term_compare(p->vm, a[0], a[1]) <= 0); }
static bl_term bif_ge(bl_process *p, bl_term *a) { return bif_bool(term_compare(p->vm, a[0], a[1]) >= 0); }
static bl_term bif_max(bl_process *p, bl_term *a) { return term_compare(p->vm, a[0], a[1]) < 0 ? a[1] : a[0]; }
static bl_term bif_min(bl_process *p, bl_term *a) { return term_compare(p->vm, a[0], a[1]) > 0 ? a[1] : a[0]; }

static bool bif_is_bool(bl_term t) { return t == A_TRUE || t == A_FALSE; }

static bl_term bif_not(bl_process *p, bl_term *a) {
    if (!bif_is_bool(a[0])) return bif_badarg(p);
    return bif_bool(a[0] == A_FALSE);
}
static bl_term bif_and(bl_process *p, bl_term *a) {
    if (!bif_is_bool(a[0]) || !bif_is_bool(a[1])) return bif_badarg(p);
    return bif_bool(a[0] == A_TRUE && a[1] == A_TRUE);
}
static bl_term bif_or(bl_process *p, bl_term *a) {
    if (!bif_is_bool(a[0]) || !bif_is_bool(a[1])) return bif_badarg(p);
    return bif_bool(a[0] == A_TRUE || a[1] == A_TRUE);
}
static bl_term bif_xor(bl_process *p, bl_term *a) {
    if (!bif_is_bool(a[0]) || !bif_is_bool(a[1])) return bif_badarg(p);
    return bif_bool(a[0] != a[1]);
}

/* --- type tests --- */

#define TYPE_BIF(name, test) \
    static bl_term name(bl_process *p, bl_term *a) { (void)p; bl_term v = a[0]; return bif_bool(test); }
TYPE_BIF(bif_is_integer, is_integer(v))
TYPE_BIF(bif_is_float, is_float(v))
TYPE_BIF(bif_is_number, is_number(v))
TYPE_BIF(bif_is_atom, is_atom(v))
TYPE_BIF(bif_is_binary, is_binary(v))
TYPE_BIF(bif_is_bitstring, is_binary(v)) /* every bitstring beamlet makes is a binary */
TYPE_BIF(bif_is_list, is_list_or_nil(v))
TYPE_BIF(bif_is_tuple, is_tuple(v))
TYPE_BIF(bif_is_boolean, bif_is_bool(v))
TYPE_BIF(bif_is_function, is_fun(v))
TYPE_BIF(bif_is_pid, is_pid(v))
TYPE_BIF(bif_is_reference, is_boxed_of(v, SUB_REF))
#undef TYPE_BIF

static bl_term bif_is_function2(bl_process *p, bl_term *a) {
    if (!is_small(a[1]) || small_val(a[1]) < 0) return bif_badarg(p);
    return bif_bool(is_fun(a[0]) && print_fun_arity(a[0]) == small_val(a[1]));
}

/* --- lists and tuples --- */

static bl_term bif_hd(bl_process *p, bl_term *a) {
    return is_list(a[0]) ? list_head(a[0]) : bif_badarg_why(p, 1, "not a nonempty list");
}
static bl_term bif_tl(bl_process *p, bl_term *a) {
    return is_list(a[0]) ? list_tail(a[0]) : bif_badarg_why(p, 1, "not a nonempty list");
}

static bl_term bif_element(bl_process *p, bl_term *a) {
    if (!is_tuple(a[1])) return bif_badarg_why(p, 2, "not a tuple");
    if (!is_small(a[0])) return bif_badarg_why(p, 1, "not an integer");
    bl_sword i = small_val(a[0]);
    if (i < 1 || (bl_uword)i > tuple_arity(a[1])) return bif_badarg_why(p, 1, "out of range");
    return tuple_elems(a[1])[i - 1];
}

static bl_term bif_setelement(bl_process *p, bl_term *a) {
    if (!is_tuple(a[1])) return bif_badarg_why(p, 2, "not a tuple");
    if (!is_small(a[0])) return bif_badarg_why(p, 1, "not an integer");
    bl_sword i = small_val(a[0]);
    bl_uword n = tuple_arity(a[1]);
    if (i < 1 || (bl_uword)i > n) return bif_badarg_why(p, 1, "out of range");
    bl_term *t = bif_alloc(p, 1 + n);
    if (!t) return THE_NON_VALUE;
    memcpy(t, boxed_ptr(a[1]), (1 + n) * sizeof *t);
    t[i] = a[2];
    return make_boxed(t);
}

static bl_term bif_tuple_size(bl_process *p, bl_term *a) {
    return is_tuple(a[0]) ? make_small((bl_sword)tuple_arity(a[0])) : bif_badarg_why(p, 1, "not a tuple");
}

/* erlang:insert_element(index, tuple, value), 1-based */
static bl_term bif_insert_element(bl_process *p, bl_term *a) {
    if (!is_tuple(a[1])) return bif_badarg_why(p, 2, "not a tuple");
    bl_uword n = tuple_arity(a[1]);
    if (n >= TUPLE_MAX_ARITY) return bif_badarg_why(p, 2, "too large");
    if (!is_small(a[0]) || small_val(a[0]) < 1 || (bl_uword)small_val(a[0]) > n + 1)
        return bif_badarg_why(p, 1, "out of range");
    bl_uword at = (bl_uword)small_val(a[0]) - 1;
    bl_term *t = bif_alloc(p, 2 + n);
    if (!t) return THE_NON_VALUE;
    bl_term *src = tuple_elems(a[1]);
    t[0] = make_header(SUB_TUPLE, n + 1);
    memcpy(t + 1, src, at * sizeof *t);
    t[1 + at] = a[2];
    memcpy(t + 2 + at, src + at, (n - at) * sizeof *t);
    return make_boxed(t);
}

static bl_term bif_append_element(bl_process *p, bl_term *a) {
    if (!is_tuple(a[0])) return bif_badarg_why(p, 1, "not a tuple");
    bl_term args[3] = {make_small((bl_sword)tuple_arity(a[0]) + 1), a[0], a[1]};
    p->bif_args = args;
    p->bif_nargs = 3;
    return bif_insert_element(p, args);
}

static bl_term bif_delete_element(bl_process *p, bl_term *a) {
    if (!is_tuple(a[1])) return bif_badarg_why(p, 2, "not a tuple");
    bl_uword n = tuple_arity(a[1]);
    if (!is_small(a[0]) || small_val(a[0]) < 1 || (bl_uword)small_val(a[0]) > n)
        return bif_badarg_why(p, 1, "out of range");
    bl_uword at = (bl_uword)small_val(a[0]) - 1;
    bl_term *t = bif_alloc(p, n);
    if (!t) return THE_NON_VALUE;
    bl_term *src = tuple_elems(a[1]);
    t[0] = make_header(SUB_TUPLE, n - 1);
    memcpy(t + 1, src, at * sizeof *t);
    memcpy(t + 1 + at, src + at + 1, (n - at - 1) * sizeof *t);
    return make_boxed(t);
}

static bl_term bif_tuple_to_list(bl_process *p, bl_term *a) {
    if (!is_tuple(a[0])) return bif_badarg(p);
    bl_uword n = tuple_arity(a[0]);
    bl_term *cells = bif_alloc(p, 2 * n);
    if (!cells) return THE_NON_VALUE;
    bl_term list = NIL;
    for (bl_uword i = n; i-- > 0;) {
        cells[2 * i] = tuple_elems(a[0])[i];
        cells[2 * i + 1] = list;
        list = make_list(&cells[2 * i]);
    }
    return list;
}

static bl_term bif_list_to_tuple(bl_process *p, bl_term *a) {
    bl_uword n = 0;
    bl_term t = a[0];
    for (; is_list(t); t = list_tail(t)) n++;
    if (t != NIL || n > TUPLE_MAX_ARITY) return bif_badarg(p);
    bl_term *tup = bif_alloc(p, 1 + n);
    if (!tup) return THE_NON_VALUE;
    tup[0] = make_header(SUB_TUPLE, n);
    bl_uword i = 0;
    for (t = a[0]; is_list(t); t = list_tail(t)) tup[1 + i++] = list_head(t);
    return make_boxed(tup);
}

static bl_term bif_make_tuple(bl_process *p, bl_term *a) {
    if (!is_small(a[0]) || small_val(a[0]) < 0 || (bl_uword)small_val(a[0]) > TUPLE_MAX_ARITY)
        return bif_badarg_why(p, 1, "out of range");
    bl_uword n = (bl_uword)small_val(a[0]);
    bl_term *tup = bif_alloc(p, 1 + n);
    if (!tup) return THE_NON_VALUE;
    tup[0] = make_header(SUB_TUPLE, n);
    for (bl_uword i = 0; i < n; i++) tup[1 + i] = a[1];
    return make_boxed(tup);
}

/* --- lists: built-ins that yield ---
 *
 * A BIF that walks a list does at most as many cells per call as the rest
 * of the process's reduction budget pays for, CELLS_PER_REDUCTION cells a
 * reduction.  When the list is longer it returns a continuation
 * (bif_trap): an export of vm->bif_traps whose arguments are the BIF's
 * own followed by where it got to.  The interpreter calls the
 * continuation at once, or first switches the process out if its budget
 * is spent, so a million-cell list holds the scheduler for no more than a
 * slice at a time.  Reached through the `bif` instruction (a guard), a BIF
 * cannot be continued, because its arguments are not in x registers; it
 * then does the whole job at once.
 */

#define CELLS_PER_REDUCTION 16

/* How many cells this call of a BIF may walk. */
static bl_uword bif_slice(const bl_process *p) {
    if (p->bif_args != p->bif_x) return (bl_uword)-1;
    int32_t r = p->reds_left > 4 ? p->reds_left : 4;
    return (bl_uword)r * CELLS_PER_REDUCTION;
}

static void bif_charge(bl_process *p, bl_uword cells) {
    bl_uword r = cells / CELLS_PER_REDUCTION;
    p->reds_left -= r > (1u << 24) ? (int32_t)(1u << 24) : (int32_t)r;
}

/* Asks the interpreter to call continuation `which` with `args`. */
static bl_term bif_trap(bl_process *p, int which, const bl_term *args, unsigned n) {
    bl_term state[8];
    memcpy(state, args, n * sizeof *state);
    memcpy(p->bif_x, state, n * sizeof *state);
    p->bif_nargs = n;
    p->bif_export = &p->vm->bif_traps[which];
    p->trap = TRAP_BIF;
    p->exc_class = THE_NON_VALUE;
    return THE_NON_VALUE;
}

/* length(list), continued by (list, rest, count so far). */
static bl_term length_walk(bl_process *p, bl_term list, bl_term t, bl_uword n) {
    bl_uword slice = bif_slice(p), walked = 0;
    for (; is_list(t) && walked < slice; t = list_tail(t)) walked++;
    bif_charge(p, walked);
    n += walked;
    if (is_list(t)) {
        bl_term state[3] = {list, t, make_small((bl_sword)n)};
        return bif_trap(p, BT_LENGTH, state, 3);
    }
    if (t != NIL) return bif_badarg_why(p, 1, "not a list");
    return make_small((bl_sword)n);
}

static bl_term bif_length(bl_process *p, bl_term *a) { return length_walk(p, a[0], a[0], 0); }

static bl_term bif_length_cont(bl_process *p, bl_term *a) {
    return length_walk(p, a[0], a[1], (bl_uword)small_val(a[2]));
}

/* Moves up to `slice` cells from the front of st[from] onto st[onto],
 * updating both in place (st is the BIF's root array, so the collector
 * keeps it current).  False once an error is raised. */
static bool reverse_slice(bl_process *p, bl_term *st, unsigned from, unsigned onto, bl_uword slice,
                          const char *why) {
    bl_uword n = 0;
    bl_term t;
    for (t = st[from]; is_list(t) && n < slice; t = list_tail(t)) n++;
    if (!is_list(t) && t != NIL) {
        bif_badarg_why(p, 1, why);
        return false;
    }
    bl_term *cells = bif_alloc(p, 2 * n);
    if (!cells) return false;
    bl_term acc = st[onto];
    t = st[from];
    for (bl_uword i = 0; i < n; i++, t = list_tail(t)) {
        cells[2 * i] = list_head(t);
        cells[2 * i + 1] = acc;
        acc = make_list(&cells[2 * i]);
    }
    st[from] = t;
    st[onto] = acc;
    bif_charge(p, n);
    return true;
}

/* One step of reversing: `st` holds the two original arguments, then the
 * rest of the list and what is reversed so far.  Finishes within `slice`
 * cells, or hands over to continuation `which`. */
static bl_term reverse_step(bl_process *p, bl_term *st, bl_uword slice, int which) {
    if (!reverse_slice(p, st, 2, 3, slice, "not a proper list")) return THE_NON_VALUE;
    if (st[2] == NIL) return st[3];
    return bif_trap(p, which, st, 4);
}

static bl_term bif_lists_reverse2(bl_process *p, bl_term *a) {
    bl_uword slice = bif_slice(p);
    bl_term st[4] = {a[0], a[1], a[0], a[1]};
    p->bif_args = st;
    p->bif_nargs = 4;
    return reverse_step(p, st, slice, BT_REVERSE2);
}

/* lists:reverse(list) is reverse(list, []), and names itself so in errors
 * as BEAM's does: it goes straight to the continuation when it can. */
static bl_term bif_lists_reverse1(bl_process *p, bl_term *a) {
    bl_term st[4] = {a[0], NIL, a[0], NIL};
    if (p->bif_args == p->bif_x) return bif_trap(p, BT_REVERSE2, st, 4);
    p->bif_args = st;
    p->bif_nargs = 4;
    return reverse_step(p, st, (bl_uword)-1, BT_REVERSE2); /* this call cannot be continued */
}

static bl_term bif_reverse2_cont(bl_process *p, bl_term *a) { return reverse_step(p, a, bif_slice(p), BT_REVERSE2); }

/* list ++ tail.  A list that fits in a slice is copied in one go; a longer
 * one is reversed, continued by (list, tail, rest, reversed so far), and
 * the result reversed onto tail, continued by (list, tail, rest of the
 * reversed list, result so far). */
static bl_term bif_append(bl_process *p, bl_term *a) {
    bl_uword slice = bif_slice(p), n = 0;
    bl_term t;
    for (t = a[0]; is_list(t) && n < slice; t = list_tail(t)) n++;
    if (is_list(t)) {
        bif_charge(p, n);
        bl_term st[4] = {a[0], a[1], a[0], NIL};
        return bif_trap(p, BT_APPEND, st, 4);
    }
    if (t != NIL) return bif_badarg_why(p, 1, ""); /* BEAM says no more than "argument error" */
    if (n == 0) return a[1];
    bl_term *cells = bif_alloc(p, 2 * n);
    if (!cells) return THE_NON_VALUE;
    bl_uword i = 0;
    for (t = a[0]; is_list(t); t = list_tail(t), i++) {
        cells[2 * i] = list_head(t);
        cells[2 * i + 1] = make_list(&cells[2 * (i + 1)]);
    }
    cells[2 * (n - 1) + 1] = a[1];
    bif_charge(p, n);
    return make_list(cells);
}

static bl_term bif_append_cont(bl_process *p, bl_term *a) {
    if (!reverse_slice(p, a, 2, 3, bif_slice(p), "")) return THE_NON_VALUE;
    if (a[2] != NIL) return bif_trap(p, BT_APPEND, a, 4);
    bl_term st[4] = {a[0], a[1], a[3], a[1]};
    return bif_trap(p, BT_APPEND_BACK, st, 4);
}

/* the reversed list is proper: this step cannot fail */
static bl_term bif_append_back_cont(bl_process *p, bl_term *a) {
    return reverse_step(p, a, bif_slice(p), BT_APPEND_BACK);
}

/* lists:member(x, list), continued by (x, list, rest). */
static bl_term member_walk(bl_process *p, bl_term *a, bl_term t) {
    bl_uword slice = bif_slice(p), n = 0;
    for (; is_list(t) && n < slice; t = list_tail(t), n++) {
        if (term_equal_exact(list_head(t), a[0])) {
            bif_charge(p, n);
            return A_TRUE;
        }
    }
    bif_charge(p, n);
    if (is_list(t)) {
        bl_term state[3] = {a[0], a[1], t};
        return bif_trap(p, BT_MEMBER, state, 3);
    }
    if (t != NIL) return bif_badarg_why(p, 2, "not a proper list");
    return A_FALSE;
}

static bl_term bif_lists_member(bl_process *p, bl_term *a) { return member_walk(p, a, a[1]); }
static bl_term bif_member_cont(bl_process *p, bl_term *a) { return member_walk(p, a, a[2]); }

/* lists:keyfind(key, position, list): the first tuple whose element at
 * 1-based `position` equals key, or false; continued by (key, position,
 * list, rest). */
static bl_term keyfind_walk(bl_process *p, bl_term *a, bl_term t) {
    if (!is_small(a[1]) || small_val(a[1]) < 1)
        return bif_badarg_why(p, 2, is_integer(a[1]) ? "out of range" : "not an integer");
    bl_uword pos = (bl_uword)small_val(a[1]);
    bl_uword slice = bif_slice(p), n = 0;
    for (; is_list(t) && n < slice; t = list_tail(t), n++) {
        bl_term h = list_head(t);
        if (is_tuple(h) && tuple_arity(h) >= pos && term_equal(tuple_elems(h)[pos - 1], a[0])) {
            bif_charge(p, n);
            return h;
        }
    }
    bif_charge(p, n);
    if (is_list(t)) {
        bl_term state[4] = {a[0], a[1], a[2], t};
        return bif_trap(p, BT_KEYFIND, state, 4);
    }
    if (t != NIL) return bif_badarg_why(p, 3, "not a proper list");
    return A_FALSE;
}

static bl_term bif_lists_keyfind(bl_process *p, bl_term *a) { return keyfind_walk(p, a, a[2]); }
static bl_term bif_keyfind_cont(bl_process *p, bl_term *a) { return keyfind_walk(p, a, a[3]); }

/* a -- b: removes the first occurrence in a of each element of b (=:=).
 * Short lists are compared pairwise; for longer ones b's elements are
 * counted in a hash table first, so the work is linear, not a product.
 * (This one does not yield: it marks what to drop before it allocates.) */
typedef struct {
    bl_term term; /* THE_NON_VALUE when the slot is empty */
    uint32_t hash;
    bl_uword count;
} subtract_slot;

/* The slot holding `v` (hash `h`), or the empty slot where it would go. */
static subtract_slot *subtract_find(subtract_slot *slots, size_t cap, bl_term v, uint32_t h) {
    size_t i = h & (cap - 1);
    while (slots[i].term != THE_NON_VALUE && !(slots[i].hash == h && term_equal_exact(slots[i].term, v)))
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

static bool subtract_mark(bl_vm *vm, bl_term a, bl_term b, bl_uword nb, bool *removed) {
    size_t cap = 16;
    while (cap < 2 * (size_t)nb) cap *= 2;
    subtract_slot *slots = malloc(cap * sizeof *slots);
    if (!slots) return false;
    for (size_t i = 0; i < cap; i++) slots[i].term = THE_NON_VALUE;
    for (bl_term r = b; is_list(r); r = list_tail(r)) {
        bl_term v = list_head(r);
        uint32_t h = hash_term(vm, v, 0);
        subtract_slot *at = subtract_find(slots, cap, v, h);
        if (at->term == THE_NON_VALUE) *at = (subtract_slot){v, h, 0};
        at->count++;
    }
    bl_uword k = 0;
    for (bl_term t = a; is_list(t); t = list_tail(t), k++) {
        bl_term v = list_head(t);
        subtract_slot *at = subtract_find(slots, cap, v, hash_term(vm, v, 0));
        if (at->term != THE_NON_VALUE && at->count > 0) {
            at->count--;
            removed[k] = true;
        }
    }
    free(slots);
    return true;
}

static bl_term bif_subtract(bl_process *p, bl_term *a) {
    bl_uword na = 0, nb = 0;
    bl_term t;
    for (t = a[0]; is_list(t); t = list_tail(t)) na++;
    if (t != NIL) return bif_badarg_why(p, 1, "");
    for (t = a[1]; is_list(t); t = list_tail(t)) nb++;
    if (t != NIL) return bif_badarg_why(p, 2, "");
    bool *removed = calloc(na + 1, sizeof *removed);
    if (!removed) return bif_error(p, ATOM_TERM(system_limit));
    if (na > 16 && nb > 16) {
        if (!subtract_mark(p->vm, a[0], a[1], nb, removed)) {
            free(removed);
            return bif_error(p, ATOM_TERM(system_limit));
        }
        bif_charge(p, 4 * (na + nb));
    } else {
        for (bl_term r = a[1]; is_list(r); r = list_tail(r)) {
            bl_uword i = 0;
            for (t = a[0]; is_list(t); t = list_tail(t), i++) {
                if (!removed[i] && term_equal_exact(list_head(t), list_head(r))) {
                    removed[i] = true;
                    break;
                }
            }
        }
        bif_charge(p, na * nb);
    }
    bl_uword kept = 0;
    for (bl_uword i = 0; i < na; i++) kept += !removed[i];
    bl_term *cells = bif_alloc(p, 2 * kept);
    if (!cells) {
        free(removed);
        return THE_NON_VALUE;
    }
    bl_term list = NIL, *tail = &list;
    bl_uword i = 0, k = 0;
    for (t = a[0]; is_list(t); t = list_tail(t), i++) {
        if (removed[i]) continue;
        cells[2 * k] = list_head(t);
        cells[2 * k + 1] = NIL;
        *tail = make_list(&cells[2 * k]);
        tail = &cells[2 * k + 1];
        k++;
    }
    free(removed);
    return list;
}

/* lists:sort/1, usort/1, keysort/2, and sort/2 with the ordering =< or >=.
 *
 * A stable merge sort gives OTP's result whenever no two elements compare
 * equal without being the same term, for then the order among equal
 * elements cannot be seen.  Terms such as 1 and 1.0 (or {1} and {1.0}) are
 * the exception: OTP's lists:sort/1 and usort/1 merge ascending and
 * descending runs, and which of two such terms comes first (or survives,
 * for usort) depends on the exact comparisons they make.  A list holding
 * such a pair goes to :beamlet_sort (stdlib/sort.ex), a port of that code.
 * keysort/2 is stable but for one shortcut: a list that starts with
 * several elements equal as whole tuples takes them as one run, as if they
 * were interchangeable; when they are not all the same term that can be
 * seen, and such a list goes to the port too.  lists:sort/2
 * with =< or >= is stable in OTP, so it never needs the port; with any
 * other function it runs Enum.__sort__, the port of lists:sort/2. */

/* What an element is sorted by: itself (key 0) or its key-th element. */
static inline bl_term bif_sort_key(bl_term t, unsigned key) {
    return key ? tuple_elems(t)[key - 1] : t;
}

static void bif_merge_sort(bl_vm *vm, bl_term *items, bl_term *tmp, size_t n, unsigned key, int dir) {
    if (n < 2) return;
    size_t mid = n / 2;
    bif_merge_sort(vm, items, tmp, mid, key, dir);
    bif_merge_sort(vm, items + mid, tmp, n - mid, key, dir);
    size_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        int c = term_compare(vm, bif_sort_key(items[j], key), bif_sort_key(items[i], key));
        tmp[k++] = c * dir < 0 ? items[j++] : items[i++];
    }
    while (i < mid) tmp[k++] = items[i++];
    while (j < n) tmp[k++] = items[j++];
    memcpy(items, tmp, n * sizeof *items);
}

/* Hands the call over to mod:fun(args...), which the interpreter makes in
 * the BIF's place, as for apply/3. */
static bl_term bif_trap_to(bl_process *p, const char *mod, const char *fun, const bl_term *args, unsigned n) {
    bl_term m = atom_intern(&p->vm->atoms, mod, strlen(mod));
    bl_term f = atom_intern(&p->vm->atoms, fun, strlen(fun));
    if (m == THE_NON_VALUE || f == THE_NON_VALUE) return bif_error(p, ATOM_TERM(system_limit));
    bl_term copy[2];
    memcpy(copy, args, n * sizeof *args); /* args may be p->bif_x itself */
    memcpy(p->bif_x, copy, n * sizeof *args);
    p->bif_x[n] = m;
    p->bif_x[n + 1] = f;
    p->bif_nargs = n;
    p->trap = TRAP_APPLY;
    p->exc_class = THE_NON_VALUE;
    return THE_NON_VALUE;
}

typedef enum {
    SORT_ALL,    /* every element, stably */
    SORT_UNIQUE, /* drop an element equal to the one before it */
    SORT_CHECK,  /* stably, unless equal but different terms meet */
} bif_sort_mode;

/* Sorts the proper list of n elements in argument `arg` (ascending for dir
 * 1, descending for -1) by `key`.  In SORT_UNIQUE and SORT_CHECK modes,
 * equal elements that are different terms make it return THE_NON_VALUE
 * with *mixed set and no exception: OTP's own algorithm must decide. */
static bl_term bif_sort_list(bl_process *p, int arg, size_t n, unsigned key, int dir, bif_sort_mode mode,
                             bool *mixed) {
    *mixed = false;
    bl_term *cells = bif_alloc(p, 2 * n); /* may collect: elements are read after it */
    if (!cells) return THE_NON_VALUE;
    bl_term *items = malloc((2 * n + 1) * sizeof *items);
    if (!items) return bif_error(p, ATOM_TERM(system_limit));
    size_t i = 0;
    for (bl_term t = p->bif_args[arg]; is_list(t); t = list_tail(t)) items[i++] = list_head(t);
    bif_merge_sort(p->vm, items, items + n, n, key, dir);
    size_t m = n;
    if (mode != SORT_ALL) {
        m = n ? 1 : 0;
        for (i = 1; i < n && !*mixed; i++) {
            if (term_compare(p->vm, items[i - 1], items[i]) != 0) items[m++] = items[i];
            else if (!term_equal_exact(items[i - 1], items[i])) *mixed = true;
            else if (mode == SORT_CHECK) items[m++] = items[i];
        }
    }
    if (*mixed) m = 0;
    bl_term list = NIL;
    for (i = m; i-- > 0;) {
        cells[2 * i] = items[i];
        cells[2 * i + 1] = list;
        list = make_list(&cells[2 * i]);
    }
    free(items);
    /* The cells were the last words taken from the heap: give back the
     * ones the result does not use. */
    p->htop = cells + 2 * m;
    p->reds_left -= (int32_t)(n / 8);
    return *mixed ? THE_NON_VALUE : list;
}

/* The length of a proper list, or -1. */
static bl_term bif_lists_sort(bl_process *p, bl_term *a) {
    long n = list_proper_length(a[0]);
    if (n < 0) return bif_badarg(p);
    bool mixed;
    bl_term r = bif_sort_list(p, 0, (size_t)n, 0, 1, SORT_CHECK, &mixed);
    return mixed ? bif_trap_to(p, "beamlet_sort", "sort", p->bif_args, 1) : r;
}

static bl_term bif_lists_usort(bl_process *p, bl_term *a) {
    long n = list_proper_length(a[0]);
    if (n < 0) return bif_badarg(p);
    bool mixed;
    bl_term r = bif_sort_list(p, 0, (size_t)n, 0, 1, SORT_UNIQUE, &mixed);
    return mixed ? bif_trap_to(p, "beamlet_sort", "usort", p->bif_args, 1) : r;
}

/* Whether OTP's keysort, given `list` of at least four elements, takes its
 * shortcut for a leading run of whole-tuple equal elements and whether
 * that shows: the run must hold two different terms. */
static bool bif_keysort_shortcut_visible(bl_vm *vm, bl_term list, unsigned key) {
    bl_term x = list_head(list), rest = list_tail(list);
    bl_term y = list_head(rest);
    if (term_compare(vm, bif_sort_key(x, key), bif_sort_key(y, key)) > 0 || !term_equal(x, y)) return false;
    for (bl_term t = rest; is_list(t) && term_equal(list_head(t), x); t = list_tail(t))
        if (!term_equal_exact(list_head(t), x)) return true;
    return false;
}

static bl_term bif_lists_keysort(bl_process *p, bl_term *a) {
    long n = list_proper_length(a[1]);
    bool valid = is_small(a[0]) && small_val(a[0]) > 0 && n >= 0;
    unsigned key = valid ? (unsigned)small_val(a[0]) : 0;
    for (bl_term t = a[1]; valid && is_list(t); t = list_tail(t))
        valid = is_tuple(list_head(t)) && tuple_arity(list_head(t)) >= key;
    /* Invalid arguments raise from the port just as from OTP's code. */
    if (!valid || n < 2 || (n > 3 && bif_keysort_shortcut_visible(p->vm, a[1], key)))
        return n < 2 && valid ? a[1] : bif_trap_to(p, "beamlet_sort", "keysort", p->bif_args, 2);
    bool mixed;
    return bif_sort_list(p, 1, (size_t)n, key, 1, SORT_ALL, &mixed);
}

/* Whether `fun` is &:erlang.name/2. */
static bool bif_is_erlang_fun2(bl_process *p, bl_term fun, const char *name) {
    if (!is_boxed_of(fun, SUB_EXPORT)) return false;
    const bl_export *e = (const bl_export *)(uintptr_t)boxed_ptr(fun)[1];
    return e->module == ATOM_TERM(erlang) && e->arity == 2 &&
           e->function == atom_lookup(&p->vm->atoms, name, strlen(name));
}

static bl_term bif_lists_sort2(bl_process *p, bl_term *a) {
    long n = list_proper_length(a[1]);
    int dir = bif_is_erlang_fun2(p, a[0], "=<") ? 1 : bif_is_erlang_fun2(p, a[0], ">=") ? -1 : 0;
    if (n >= 0 && dir != 0) {
        bool mixed;
        return bif_sort_list(p, 1, (size_t)n, 0, dir, SORT_ALL, &mixed);
    }
    bl_term args[2] = {a[1], a[0]};
    return bif_trap_to(p, "Elixir.Enum", "__sort__", args, 2);
}

/* --- binaries --- */

bl_term bif_new_binary(bl_process *p, size_t len, unsigned char **bytes) {
    if (len > BINARY_MAX_BYTES) return bif_error(p, ATOM_TERM(system_limit));
    bl_term *hp = bif_alloc(p, binary_new_words(len));
    if (!hp) return THE_NON_VALUE;
    bl_term r = binary_new(p, hp, len, bytes);
    return r == THE_NON_VALUE ? bif_error(p, ATOM_TERM(system_limit)) : r;
}

bl_term bif_binary_from_buf(bl_process *p, const fmt_buf *buf) {
    if (buf->failed) return bif_error(p, ATOM_TERM(system_limit));
    unsigned char *bytes;
    bl_term r = bif_new_binary(p, buf->len, &bytes);
    if (r != THE_NON_VALUE && buf->len) memcpy(bytes, buf->data, buf->len);
    return r;
}

static bl_term bif_byte_size(bl_process *p, bl_term *a) {
    return is_binary(a[0]) ? make_small((bl_sword)binary_size(a[0])) : bif_badarg_why(p, 1, "not a binary");
}

static bl_term bif_bit_size(bl_process *p, bl_term *a) {
    return is_binary(a[0]) ? make_small((bl_sword)binary_size(a[0]) * 8) : bif_badarg_why(p, 1, "not a bitstring");
}

/* Collects an iolist's bytes; false if it is not an iolist. */
bool bif_iolist_bytes(fmt_buf *b, bl_term t) { return print_iodata(b, t, false); }

static bl_term bif_iolist_to_binary(bl_process *p, bl_term *a) {
    if (is_binary(a[0])) return a[0];
    fmt_buf buf;
    fmt_buf_init(&buf);
    bl_term r = bif_iolist_bytes(&buf, a[0]) ? bif_binary_from_buf(p, &buf)
                                                : bif_badarg_why(p, 1, "not an iodata term");
    fmt_buf_free(&buf);
    return r;
}

/* How many bytes iodata holds: collected as iolist_to_binary would, so
 * that any nesting depth works. */
static bl_term bif_iolist_size(bl_process *p, bl_term *a) {
    if (is_binary(a[0])) return make_small((bl_sword)binary_size(a[0]));
    fmt_buf buf;
    fmt_buf_init(&buf);
    bool ok = bif_iolist_bytes(&buf, a[0]) && !buf.failed;
    size_t n = buf.len;
    fmt_buf_free(&buf);
    return ok ? make_small((bl_sword)n) : bif_badarg_why(p, 1, "not an iodata term");
}

static bl_term bif_concat(bl_process *p, bl_term *a) {
    if (!is_binary(a[0]) || !is_binary(a[1])) return bif_badarg(p);
    size_t la = binary_size(a[0]), lb = binary_size(a[1]);
    unsigned char *bytes;
    bl_term r = bif_new_binary(p, la + lb, &bytes);
    if (r == THE_NON_VALUE) return r;
    memcpy(bytes, binary_bytes(a[0]), la); /* a[] re-read after the allocation */
    memcpy(bytes + la, binary_bytes(a[1]), lb);
    return r;
}

/* A binary pattern "prefix" <> rest: the rest, or failure. */
static bl_term bif_match_prefix(bl_process *p, bl_term *a) {
    if (!is_binary(a[0]) || !is_binary(a[1])) return bif_badarg(p);
    size_t n = binary_size(a[0]), k = binary_size(a[1]);
    if (k > n || memcmp(binary_bytes(a[0]), binary_bytes(a[1]), k) != 0) return bif_badarg(p);
    unsigned char *bytes;
    bl_term r = bif_new_binary(p, n - k, &bytes);
    if (r != THE_NON_VALUE) memcpy(bytes, binary_bytes(a[0]) + k, n - k);
    return r;
}

static bl_term bif_to_string(bl_process *p, bl_term *a) {
    if (is_binary(a[0])) return a[0];
    if (is_list(a[0])) return text_list_to_string(p, a);
    fmt_buf buf;
    fmt_buf_init(&buf);
    bl_term r;
    if (print_to_string(p->vm, &buf, a[0])) r = bif_binary_from_buf(p, &buf);
    else r = bif_error2(p, ATOM_TERM(badarg), a[0]);
    fmt_buf_free(&buf);
    return r;
}

static bl_term bif_inspect_with(bl_process *p, bl_term term, const pretty_opts *opts) {
    fmt_buf buf;
    fmt_buf_init(&buf);
    pretty_inspect(p->vm, &buf, term, opts);
    bl_term r = bif_binary_from_buf(p, &buf);
    fmt_buf_free(&buf);
    return r;
}

static bl_term bif_inspect(bl_process *p, bl_term *a) {
    pretty_opts opts;
    pretty_opts_default(&opts);
    return bif_inspect_with(p, a[0], &opts);
}

/* beamlet:inspect(term, opts): inspect/2 and IO.inspect with Inspect.Opts. */
static bl_term bif_inspect2(bl_process *p, bl_term *a) {
    pretty_opts opts;
    pretty_opts_default(&opts);
    if (!pretty_opts_parse(p->vm, a[1], &opts)) return bif_badarg(p);
    return bif_inspect_with(p, a[0], &opts);
}

static bl_term bif_atom_to_binary(bl_process *p, bl_term *a) {
    if (!is_atom(a[0])) return bif_badarg(p);
    fmt_buf buf;
    fmt_buf_init(&buf);
    fmt_buf_write(&buf, atom_name(&p->vm->atoms, a[0]), atom_len(&p->vm->atoms, a[0]));
    bl_term r = bif_binary_from_buf(p, &buf);
    fmt_buf_free(&buf);
    return r;
}

static bl_term bif_integer_to_binary(bl_process *p, bl_term *a) {
    if (!is_integer(a[0])) return bif_badarg_why(p, 1, "not an integer");
    fmt_buf buf;
    fmt_buf_init(&buf);
    int_to_text(a[0], 10, &buf);
    bl_term r = bif_binary_from_buf(p, &buf);
    fmt_buf_free(&buf);
    return r;
}

static bl_term bif_binary_to_atom(bl_process *p, bl_term *a) {
    if (!is_binary(a[0])) return bif_badarg(p);
    bl_term atom = atom_intern(&p->vm->atoms, (const char *)binary_bytes(a[0]), binary_size(a[0]));
    return atom == THE_NON_VALUE ? bif_error(p, ATOM_TERM(system_limit)) : atom;
}

/* --- I/O --- */

static bl_term bif_put_chars(bl_process *p, bl_term *a) {
    int to_stderr = a[0] == ATOM_TERM(stderr);
    if (is_binary(a[1])) {
        vm_write(p->vm, to_stderr, (const char *)binary_bytes(a[1]), binary_size(a[1]));
        return ATOM_TERM(ok);
    }
    fmt_buf buf;
    fmt_buf_init(&buf);
    bool ok = print_to_string(p->vm, &buf, a[1]);
    if (ok) vm_write(p->vm, to_stderr, buf.data ? buf.data : "", buf.len);
    fmt_buf_free(&buf);
    return ok ? ATOM_TERM(ok) : bif_badarg(p);
}

/* --- exceptions --- */

static bl_term bif_raise_class(bl_process *p, bl_term class, bl_term reason) {
    p->exc_class = class;
    p->exc_reason = reason;
    p->exc_stacktrace = NIL;
    return THE_NON_VALUE;
}
static bl_term bif_erlang_error(bl_process *p, bl_term *a) { return bif_raise_class(p, ATOM_TERM(error), a[0]); }
static bl_term bif_erlang_error2(bl_process *p, bl_term *a) { return bif_raise_class(p, ATOM_TERM(error), a[0]); }
static bl_term bif_erlang_throw(bl_process *p, bl_term *a) { return bif_raise_class(p, ATOM_TERM(throw), a[0]); }
static bl_term bif_erlang_exit(bl_process *p, bl_term *a) { return bif_raise_class(p, ATOM_TERM(exit), a[0]); }

static bl_term bif_erlang_raise(bl_process *p, bl_term *a) {
    if (a[0] != ATOM_TERM(error) && a[0] != ATOM_TERM(exit) && a[0] != ATOM_TERM(throw)) return bif_badarg(p);
    p->exc_class = a[0];
    p->exc_reason = a[1];
    p->exc_stacktrace = is_list(a[2]) ? a[2] : NIL;
    return THE_NON_VALUE;
}

/* apply/3 and apply/2 lay the call out in x registers and hand it back to
 * the interpreter (see interp.c), so no C recursion happens. */
static bl_term bif_apply_layout(bl_process *p, bl_term list, unsigned *n) {
    unsigned count = 0;
    for (bl_term t = list; is_list(t); t = list_tail(t)) count++;
    if (count > MAX_ARITY) return bif_badarg(p);
    bl_term t = list;
    for (unsigned i = 0; i < count; i++, t = list_tail(t)) p->bif_x[i] = list_head(t);
    if (t != NIL) return bif_badarg(p);
    *n = count;
    return ATOM_TERM(ok);
}

static bl_term bif_apply3(bl_process *p, bl_term *a) {
    bl_term mod = a[0], fun = a[1], args = a[2];
    unsigned n;
    if (bif_apply_layout(p, args, &n) == THE_NON_VALUE) return THE_NON_VALUE;
    p->bif_x[n] = mod;
    p->bif_x[n + 1] = fun;
    p->bif_nargs = n;
    p->trap = TRAP_APPLY;
    p->exc_class = THE_NON_VALUE;
    return THE_NON_VALUE;
}

static bl_term bif_apply2(bl_process *p, bl_term *a) {
    bl_term fun = a[0], args = a[1];
    unsigned n;
    if (bif_apply_layout(p, args, &n) == THE_NON_VALUE) return THE_NON_VALUE;
    p->bif_x[n] = fun;
    p->bif_nargs = n;
    p->trap = TRAP_CALL_FUN;
    p->exc_class = THE_NON_VALUE;
    return THE_NON_VALUE;
}

static bl_term bif_module_loaded(bl_process *p, bl_term *a) {
    if (!is_atom(a[0])) return bif_badarg(p);
    return vm_module_find(p->vm, a[0]) ? A_TRUE : A_FALSE;
}

static bl_term bif_function_exported(bl_process *p, bl_term *a) {
    if (!is_atom(a[0]) || !is_atom(a[1]) || !is_small(a[2])) return bif_badarg(p);
    bl_export *e = vm_export_lookup(p->vm, a[0], a[1], (uint32_t)small_val(a[2]));
    return e && e->code ? A_TRUE : A_FALSE;
}

/* erlang:fun_info(fun, :arity | :module | :name) -> {item, value} */
static bl_term bif_fun_info(bl_process *p, bl_term *a) {
    if (!is_fun(a[0]) || !is_atom(a[1])) return bif_badarg(p);
    bl_term value;
    const char *item = atom_name(&p->vm->atoms, a[1]);
    if (strcmp(item, "arity") == 0) value = make_small(print_fun_arity(a[0]));
    else if (strcmp(item, "module") == 0 || strcmp(item, "name") == 0) {
        bool module = item[0] == 'm';
        if (is_boxed_of(a[0], SUB_EXPORT)) {
            const bl_export *e = (const bl_export *)(uintptr_t)boxed_ptr(a[0])[1];
            value = module ? e->module : e->function;
        } else {
            const bl_lambda *l = (const bl_lambda *)(uintptr_t)boxed_ptr(a[0])[1];
            value = module ? l->module->name : l->fun_name;
        }
    } else return bif_badarg(p);
    bl_term *t = bif_alloc(p, 3);
    if (!t) return THE_NON_VALUE;
    t[0] = make_header(SUB_TUPLE, 2);
    t[1] = a[1];
    t[2] = value;
    return make_boxed(t);
}

/* The name of a function as Exception.format_mfa writes it. */
static bl_term bif_inspect_function_name(bl_process *p, bl_term *a) {
    if (!is_atom(a[0])) return bif_badarg(p);
    fmt_buf buf;
    fmt_buf_init(&buf);
    print_function_name(p->vm, &buf, a[0]);
    bl_term r = bif_binary_from_buf(p, &buf);
    fmt_buf_free(&buf);
    return r;
}

/* erlang:unique_integer/0,1.  One counter serves every VM in the host
 * process: values stay unique, and they only grow and are positive, which
 * is all the modifiers :positive and :monotonic ask for. */
static bl_term bif_unique_integer(bl_process *p, bl_term *a) {
    static uint64_t counter;
    (void)p;
    (void)a;
    uint64_t n = __atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED);
    return make_small((bl_sword)(n & (uint64_t)BIG_SMALL_MAX));
}

static bl_term bif_unique_integer1(bl_process *p, bl_term *a) {
    bl_term t;
    for (t = a[0]; is_list(t); t = list_tail(t)) {
        bl_term m = list_head(t);
        if (!is_atom(m) || (strcmp(atom_name(&p->vm->atoms, m), "positive") != 0 &&
                            strcmp(atom_name(&p->vm->atoms, m), "monotonic") != 0))
            return bif_badarg_why(p, 1, "invalid modifier");
    }
    if (t != NIL) return bif_badarg_why(p, 1, "not a proper list");
    return bif_unique_integer(p, a);
}

static bl_term bif_node(bl_process *p, bl_term *a) {
    (void)a;
    return ATOM_TERM(nonode);
}

static bl_term bif_self(bl_process *p, bl_term *a) {
    (void)a;
    return make_pid(p->pid);
}

/* BIF(module, "name", arity, function) */
#define BIF_LIST(BIF)                                                   \
    BIF("erlang", "+", 2, bif_add) BIF("erlang", "-", 2, bif_sub)      \
    BIF("erlang", "*", 2, bif_mul) BIF("erlang", "/", 2, bif_fdiv)     \
    BIF("erlang", "-", 1, bif_neg) BIF("erlang", "+", 1, bif_plus1)    \
    BIF("erlang", "div", 2, bif_div) BIF("erlang", "rem", 2, bif_rem)  \
    BIF("erlang", "band", 2, bif_band) BIF("erlang", "bor", 2, bif_bor) \
    BIF("erlang", "bxor", 2, bif_bxor) BIF("erlang", "bnot", 1, bif_bnot) \
    BIF("erlang", "bsl", 2, bif_bsl) BIF("erlang", "bsr", 2, bif_bsr)   \
    BIF("beamlet", "pow", 2, bif_pow)                                   \
    BIF("erlang", "abs", 1, bif_abs) BIF("erlang", "float", 1, bif_float) \
    BIF("erlang", "round", 1, bif_round) BIF("erlang", "trunc", 1, bif_trunc) \
    BIF("erlang", "floor", 1, bif_floor) BIF("erlang", "ceil", 1, bif_ceil) \
    BIF("erlang", "==", 2, bif_eq) BIF("erlang", "/=", 2, bif_ne)      \
    BIF("erlang", "=:=", 2, bif_eqx) BIF("erlang", "=/=", 2, bif_nex)  \
    BIF("erlang", "<", 2, bif_lt) BIF("erlang", ">", 2, bif_gt)        \
    BIF("erlang", "=<", 2, bif_le) BIF("erlang", ">=", 2, bif_ge)      \
    BIF("erlang", "max", 2, bif_max) BIF("erlang", "min", 2, bif_min)  \
    BIF("erlang", "not", 1, bif_not) BIF("erlang", "and", 2, bif_and)  \
    BIF("erlang", "or", 2, bif_or) BIF("erlang", "xor", 2, bif_xor)    \
    BIF("erlang", "is_integer", 1, bif_is_integer)                      \
    BIF("erlang", "is_float", 1, bif_is_float)                          \
    BIF("erlang", "is_number", 1, bif_is_number)                        \
    BIF("erlang", "is_atom", 1, bif_is_atom)                            \
    BIF("erlang", "is_binary", 1, bif_is_binary)                        \
    BIF("erlang", "is_list", 1, bif_is_list)                            \
    BIF("erlang", "is_tuple", 1, bif_is_tuple)                          \
    BIF("erlang", "is_boolean", 1, bif_is_boolean)                      \
    BIF("erlang", "is_function", 1, bif_is_function)                    \
    BIF("erlang", "is_function", 2, bif_is_function2)                   \
    BIF("erlang", "is_pid", 1, bif_is_pid)                              \
    BIF("erlang", "is_reference", 1, bif_is_reference)                  \
    BIF("erlang", "node", 0, bif_node)                                  \
    BIF("erlang", "unique_integer", 0, bif_unique_integer)              \
    BIF("erlang", "unique_integer", 1, bif_unique_integer1)             \
    BIF("erlang", "length", 1, bif_length) BIF("erlang", "hd", 1, bif_hd) \
    BIF("erlang", "tl", 1, bif_tl) BIF("erlang", "element", 2, bif_element) \
    BIF("erlang", "setelement", 3, bif_setelement)                      \
    BIF("erlang", "tuple_size", 1, bif_tuple_size)                      \
    BIF("erlang", "tuple_to_list", 1, bif_tuple_to_list)                \
    BIF("erlang", "list_to_tuple", 1, bif_list_to_tuple)                \
    BIF("erlang", "make_tuple", 2, bif_make_tuple)                      \
    BIF("erlang", "insert_element", 3, bif_insert_element)              \
    BIF("erlang", "append_element", 2, bif_append_element)              \
    BIF("erlang", "delete_element", 2, bif_delete_element)                      \
    BIF("erlang", "++", 2, bif_append) BIF("erlang", "--", 2, bif_subtract) \
    BIF("erlang", "byte_size", 1, bif_byte_size) BIF("erlang", "bit_size", 1, bif_bit_size) \
    BIF("erlang", "is_bitstring", 1, bif_is_bitstring)                  \
    BIF("erlang", "iolist_to_binary", 1, bif_iolist_to_binary)          \
    BIF("erlang", "iolist_size", 1, bif_iolist_size)                    \
    BIF("erlang", "atom_to_binary", 1, bif_atom_to_binary)              \
    BIF("erlang", "integer_to_binary", 1, bif_integer_to_binary)        \
    BIF("erlang", "binary_to_atom", 1, bif_binary_to_atom)              \
    BIF("erlang", "error", 1, bif_erlang_error)                         \
    BIF("erlang", "error", 2, bif_erlang_error2)                        \
    BIF("erlang", "throw", 1, bif_erlang_throw)                         \
    BIF("erlang", "exit", 1, bif_erlang_exit)                           \
    BIF("erlang", "raise", 3, bif_erlang_raise)                         \
    BIF("erlang", "apply", 3, bif_apply3) BIF("erlang", "apply", 2, bif_apply2) \
    BIF("erlang", "self", 0, bif_self)                                  \
    BIF("erlang", "module_loaded", 1, bif_module_loaded)                \
    BIF("erlang", "function_exported", 3, bif_function_exported)        \
    BIF("erlang", "fun_info", 2, bif_fun_info)                          \
    BIF("beamlet", "inspect_function_name", 1, bif_inspect_function_name)                                  \
    BIF("maps", "get", 2, bif_maps_get2) BIF("maps", "get", 3, bif_maps_get3) \
    BIF("maps", "find", 2, bif_maps_find) BIF("maps", "is_key", 2, bif_maps_is_key) \
    BIF("maps", "put", 3, bif_maps_put) BIF("maps", "remove", 2, bif_maps_remove) \
    BIF("maps", "update", 3, bif_maps_update) BIF("maps", "keys", 1, bif_maps_keys) \
    BIF("maps", "values", 1, bif_maps_values) BIF("maps", "to_list", 1, bif_maps_to_list) \
    BIF("maps", "from_list", 1, bif_maps_from_list) BIF("maps", "merge", 2, bif_maps_merge) \
    BIF("maps", "new", 0, bif_maps_new) BIF("erlang", "map_size", 1, bif_map_size) \
    BIF("beamlet", "map_fold_pairs", 1, bif_map_fold_pairs) \
    BIF("erlang", "is_map", 1, bif_is_map) BIF("erlang", "is_map_key", 2, bif_is_map_key) \
    BIF("erlang", "map_get", 2, bif_map_get) \
    BIF("lists", "reverse", 1, bif_lists_reverse1) BIF("lists", "reverse", 2, bif_lists_reverse2) \
    BIF("lists", "keyfind", 3, bif_lists_keyfind) BIF("lists", "member", 2, bif_lists_member) \
    BIF("lists", "sort", 1, bif_lists_sort) BIF("lists", "sort", 2, bif_lists_sort2) \
    BIF("lists", "usort", 1, bif_lists_usort) BIF("lists", "keysort", 2, bif_lists_keysort) \
    BIF("beamlet", "concat", 2, bif_concat)                             \
    BIF("beamlet", "to_string", 1, bif_to_string)                       \
    BIF("beamlet", "match_prefix", 2, bif_match_prefix)                       \
    BIF("beamlet", "inspect", 1, bif_inspect)                           \
    BIF("beamlet", "inspect", 2, bif_inspect2)                           \
    BIF("beamlet", "put_chars", 2, bif_put_chars)

int bif_register_all(bl_vm *vm) {
    static const struct {
        const char *module, *name;
        uint32_t arity;
        bl_bif_fn fn;
    } bifs[] = {
#define BIF_ENTRY(m, n, a, f) {m, n, a, f},
        BIF_LIST(BIF_ENTRY)
        BIF_TEXT_LIST(BIF_ENTRY)
        BIF_SYSTEM_LIST(BIF_ENTRY)
        BIF_PROCESS_LIST(BIF_ENTRY)
        BIF_FFI_LIST(BIF_ENTRY)
        BIF_EMBED_LIST(BIF_ENTRY)
#undef BIF_ENTRY
    };
    for (size_t i = 0; i < sizeof bifs / sizeof *bifs; i++) {
        bl_term mod = atom_intern(&vm->atoms, bifs[i].module, strlen(bifs[i].module));
        bl_term fun = atom_intern(&vm->atoms, bifs[i].name, strlen(bifs[i].name));
        if (mod == THE_NON_VALUE || fun == THE_NON_VALUE) return -1;
        bl_export *e = vm_export_get(vm, mod, fun, bifs[i].arity);
        if (!e) return -1;
        e->bif = bifs[i].fn;
    }
    static const struct {
        int which;
        const char *module, *name;
        uint32_t arity, of_arity;
        bl_bif_fn fn;
    } traps[] = {
        {BT_LENGTH, "erlang", "length", 3, 1, bif_length_cont},
        {BT_REVERSE2, "lists", "reverse", 4, 2, bif_reverse2_cont},
        {BT_APPEND, "erlang", "++", 4, 2, bif_append_cont},
        {BT_APPEND_BACK, "erlang", "++", 4, 2, bif_append_back_cont},
        {BT_MEMBER, "lists", "member", 3, 2, bif_member_cont},
        {BT_KEYFIND, "lists", "keyfind", 4, 3, bif_keyfind_cont},
    };
    for (size_t i = 0; i < sizeof traps / sizeof *traps; i++) {
        bl_export *e = &vm->bif_traps[traps[i].which];
        memset(e, 0, sizeof *e);
        e->module = atom_intern(&vm->atoms, traps[i].module, strlen(traps[i].module));
        e->function = atom_intern(&vm->atoms, traps[i].name, strlen(traps[i].name));
        e->arity = traps[i].arity;
        e->bif = traps[i].fn;
        e->trap_of = vm_export_find(vm, e->module, e->function, traps[i].of_arity);
        if (!e->trap_of) return -1;
    }
    vm->resume_code[0] = (bl_code)(uintptr_t)interp_dispatch_table()[OP_resume_bif];
    return 0;
}
