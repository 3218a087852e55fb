/* integer.c — integers of any size (see integer.h). */
#include "integer.h"

#include <stdlib.h>
#include <string.h>

#include "gc.h"

#define INT_STACK_LIMBS 8 /* results this small need no malloc */

bl_term int_fail(bl_process *p, big_status st) {
    switch (st) {
    case BIG_EDIVZERO: return bif_error(p, ATOM_TERM(badarith));
    case BIG_ERANGE: return bif_error(p, ATOM_TERM(badarith));
    case BIG_ESYNTAX:
    case BIG_EBASE: return bif_badarg(p);
    default: return bif_error(p, ATOM_TERM(system_limit));
    }
}

bl_term int_make(bl_process *p, big_view v) {
    int64_t small;
    if (big_fits_small(v, &small)) return make_small(small);
    /* v may point into the heap: copy the limbs out before allocating. */
    uint64_t stack[INT_STACK_LIMBS];
    uint64_t *limbs = v.n <= INT_STACK_LIMBS ? stack : malloc(v.n * sizeof *limbs);
    if (!limbs) return bif_error(p, ATOM_TERM(system_limit));
    memcpy(limbs, v.limbs, v.n * sizeof *limbs);
    bl_term r = THE_NON_VALUE;
    bl_term *obj = bif_alloc(p, 1 + v.n);
    if (obj) {
        obj[0] = make_header(v.neg ? SUB_NEGBIG : SUB_POSBIG, v.n);
        memcpy(obj + 1, limbs, v.n * sizeof *limbs);
        r = make_boxed(obj);
    }
    if (limbs != stack) free(limbs);
    return r;
}

/* Runs `op` into a scratch buffer of `cap` limbs and makes the term. */
static bl_term int_run(bl_process *p, int_op op, big_view a, big_view b, int64_t shift, size_t cap) {
    uint64_t stack[INT_STACK_LIMBS];
    if (cap == 0) cap = 1;
    uint64_t *limbs = cap <= INT_STACK_LIMBS ? stack : malloc(cap * sizeof *limbs);
    if (!limbs) return bif_error(p, ATOM_TERM(system_limit));
    big_out r = big_out_make(limbs, cap);
    big_status st;
    switch (op) {
    case INT_ADD: st = big_add(a, b, &r); break;
    case INT_SUB: st = big_sub(a, b, &r); break;
    case INT_MUL: st = big_mul(a, b, &r); break;
    case INT_DIV: st = big_div(a, b, &r); break;
    case INT_REM: st = big_rem(a, b, &r); break;
    case INT_BAND: st = big_band(a, b, &r); break;
    case INT_BOR: st = big_bor(a, b, &r); break;
    case INT_BXOR: st = big_bxor(a, b, &r); break;
    case INT_BSL: st = big_bsl(a, shift, &r); break;
    default: st = big_bsr(a, shift, &r); break;
    }
    bl_term t = st == BIG_OK ? int_make(p, big_out_view(&r)) : int_fail(p, st);
    if (limbs != stack) free(limbs);
    return t;
}

bl_term int_binop(bl_process *p, int_op op, bl_term ta, bl_term tb) {
    if (!is_integer(ta) || !is_integer(tb)) return bif_error(p, ATOM_TERM(badarith));
    uint64_t ba[1], bb[1];
    big_view a = int_view(ta, ba), b = int_view(tb, bb);
    size_t cap;
    switch (op) {
    case INT_ADD:
    case INT_SUB: cap = big_add_size(a, b); break;
    case INT_MUL: cap = big_mul_size(a, b); break;
    case INT_DIV:
        if (b.n == 0) return bif_error(p, ATOM_TERM(badarith));
        cap = big_div_size(a, b);
        break;
    case INT_REM:
        if (b.n == 0) return bif_error(p, ATOM_TERM(badarith));
        cap = big_rem_size(a, b);
        break;
    case INT_BSL:
    case INT_BSR: {
        int64_t shift;
        if (!big_fits_int64(b, &shift)) shift = b.neg ? INT64_MIN : INT64_MAX;
        big_status st = op == INT_BSL ? big_bsl_size(a, shift, &cap) : big_bsr_size(a, shift, &cap);
        if (st != BIG_OK) return int_fail(p, st);
        return int_run(p, op, a, b, shift, cap);
    }
    default: cap = big_bitwise_size(a, b); break;
    }
    if (cap > BIG_MAX_LIMBS) return bif_error(p, ATOM_TERM(system_limit));
    return int_run(p, op, a, b, 0, cap);
}

bl_term int_negate(bl_process *p, bl_term t) {
    uint64_t buf[1];
    big_view v = int_view(t, buf);
    if (v.n) v.neg = !v.neg;
    return int_make(p, v);
}

bl_term int_bnot(bl_process *p, bl_term t) {
    uint64_t buf[1];
    big_view v = int_view(t, buf);
    uint64_t stack[INT_STACK_LIMBS];
    size_t cap = big_bnot_size(v);
    uint64_t *limbs = cap <= INT_STACK_LIMBS ? stack : malloc(cap * sizeof *limbs);
    if (!limbs) return bif_error(p, ATOM_TERM(system_limit));
    big_out r = big_out_make(limbs, cap);
    big_status st = big_bnot(v, &r);
    bl_term res = st == BIG_OK ? int_make(p, big_out_view(&r)) : int_fail(p, st);
    if (limbs != stack) free(limbs);
    return res;
}

bool int_to_text(bl_term t, unsigned base, fmt_buf *out) {
    uint64_t buf[1];
    big_view v = int_view(t, buf);
    size_t cap = big_to_string_size(v, base);
    if (cap == 0) return false;
    char *text = malloc(cap);
    size_t len = 0;
    bool ok = text && big_to_string(v, base, text, cap, &len) == BIG_OK;
    if (ok) fmt_buf_write(out, text, len);
    free(text);
    return ok;
}

bl_term int_parse(bl_process *p, const char *s, size_t len, unsigned base) {
    size_t cap = big_parse_size(len, base);
    if (cap == 0) return THE_NON_VALUE;
    uint64_t *limbs = malloc((cap + 1) * sizeof *limbs);
    if (!limbs) return THE_NON_VALUE;
    big_out r = big_out_make(limbs, cap + 1);
    bl_term t = THE_NON_VALUE;
    if (big_parse(s, len, base, &r, NULL) == BIG_OK) t = int_make(p, big_out_view(&r));
    free(limbs);
    return t;
}

bool int_to_double(bl_term t, double *out) {
    if (is_small(t)) {
        *out = (double)small_val(t);
        return true;
    }
    uint64_t buf[1];
    return big_to_double(int_view(t, buf), out) == BIG_OK;
}

bl_term int_from_double(bl_process *p, double d) {
    if (d > -9.0e17 && d < 9.0e17) return make_small((int64_t)d);
    size_t cap = big_from_double_size(d);
    uint64_t *limbs = malloc((cap ? cap : 1) * sizeof *limbs);
    if (!limbs) return bif_error(p, ATOM_TERM(system_limit));
    big_out r = big_out_make(limbs, cap ? cap : 1);
    big_status st = big_from_double(d, &r);
    bl_term t = st == BIG_OK ? int_make(p, big_out_view(&r)) : int_fail(p, st);
    free(limbs);
    return t;
}
