/*
 * bignum.c — integers of any size, over plain limb arrays, with GMP's mpn
 * layer doing the heavy arithmetic.
 *
 * Only mpn_* functions are used: they work on caller-supplied limb arrays,
 * so the VM keeps every result on its own heap.  A value is a magnitude
 * (limbs, least significant first, no leading zeros) plus a sign; every
 * public operation ends in big_finish, which normalises and enforces
 * BEAM's size limit.
 *
 * Negative numbers in bitwise operations behave as infinite two's
 * complement.  Rather than materialise a two's-complement copy, each
 * operand is read limb by limb through big_tc_reader, which subtracts one
 * from the magnitude on the fly and complements it; the result is turned
 * back into sign and magnitude in place.
 *
 * float/1 follows OTP 25's big_to_double, not IEEE round-to-nearest: it
 * folds limbs from the top, d = d * 2^64 + (double)limb, so each step
 * rounds.  Elixir 1.14 shows the difference: :erlang.float(2**116 + 2**63
 * + 1) is 2**116 (nearest would be 2**116 + 2**64), and 2**1024 - 2**970 -
 * 1 converts to the largest double while 2**1024 - 2**970 raises.
 * Comparison with a double, on the other hand, is exact in OTP, and here.
 */
#include "bignum.h"

#include <gmp.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* mpn_* take mp_limb_t; the VM's limbs are uint64_t.  On the 64-bit
 * targets beamlet supports they are the same type. */
_Static_assert(sizeof(mp_limb_t) == sizeof(uint64_t) && GMP_NUMB_BITS == 64,
               "GMP must use full 64-bit limbs");
#define MP(p) ((mp_limb_t *)(p))
#define MPC(p) ((const mp_limb_t *)(p))

/* "0123456789" then uppercase, as Integer.to_string/2 prints. */
static const char big_digit_chars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

const char *big_status_name(big_status s)
{
    switch (s) {
    case BIG_OK: return "ok";
    case BIG_ENOMEM: return "out of memory";
    case BIG_EDIVZERO: return "division by zero";
    case BIG_ELIMIT: return "integer too large";
    case BIG_ERANGE: return "out of float range";
    case BIG_ESYNTAX: return "invalid integer text";
    case BIG_EBASE: return "invalid base";
    case BIG_ESPACE: return "output buffer too small";
    }
    return "unknown";
}

/* ---- construction and inspection ---------------------------------------- */

big_out big_out_make(uint64_t *limbs, size_t cap)
{
    big_out o = {limbs, cap, 0, false};
    return o;
}

big_view big_out_view(const big_out *o)
{
    big_view v = {o->limbs, o->n, o->neg};
    return v;
}

big_view big_from_int64(int64_t v, uint64_t buf[1])
{
    /* Negating in unsigned arithmetic keeps INT64_MIN defined. */
    uint64_t mag = v < 0 ? -(uint64_t)v : (uint64_t)v;
    buf[0] = mag;
    big_view r = {buf, mag != 0, v < 0};
    return r;
}

big_view big_from_i128(__int128 v, uint64_t buf[2])
{
    unsigned __int128 mag = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
    buf[0] = (uint64_t)mag;
    buf[1] = (uint64_t)(mag >> 64);
    big_view r = {buf, buf[1] ? 2 : buf[0] != 0, v < 0};
    return r;
}

static size_t big_strip(const uint64_t *limbs, size_t n)
{
    while (n > 0 && limbs[n - 1] == 0)
        n--;
    return n;
}

void big_normalize(big_out *o)
{
    o->n = big_strip(o->limbs, o->n);
    if (o->n == 0)
        o->neg = false;
}

/* Every operation ends here: set, normalise, and apply BEAM's limit. */
static big_status big_finish(big_out *o, size_t n, bool neg)
{
    o->n = n;
    o->neg = neg;
    big_normalize(o);
    return o->n > BIG_MAX_LIMBS ? BIG_ELIMIT : BIG_OK;
}

static big_status big_set_view(big_out *o, big_view a, bool neg)
{
    if (o->cap < a.n)
        return BIG_ESPACE;
    if (a.n)
        memcpy(o->limbs, a.limbs, a.n * sizeof(uint64_t));
    return big_finish(o, a.n, neg);
}

static big_status big_set_u64(big_out *o, uint64_t mag, bool neg)
{
    if (o->cap < 1)
        return BIG_ESPACE;
    o->limbs[0] = mag;
    return big_finish(o, 1, neg);
}

bool big_fits_int64(big_view a, int64_t *out)
{
    if (a.n > 1)
        return false;
    uint64_t mag = a.n ? a.limbs[0] : 0;
    if (mag > (uint64_t)INT64_MAX + a.neg)
        return false;
    *out = a.neg ? (int64_t)(0 - mag) : (int64_t)mag;
    return true;
}

bool big_fits_small(big_view a, int64_t *out)
{
    int64_t v;
    if (!big_fits_int64(a, &v) || v < BIG_SMALL_MIN || v > BIG_SMALL_MAX)
        return false;
    *out = v;
    return true;
}

size_t big_bit_length(big_view a)
{
    if (a.n == 0)
        return 0;
    return a.n * 64 - (size_t)__builtin_clzll(a.limbs[a.n - 1]);
}

static size_t big_max(size_t a, size_t b)
{
    return a > b ? a : b;
}

/* ---- comparison ---------------------------------------------------------- */

static int big_cmp_mag(big_view a, big_view b)
{
    if (a.n != b.n)
        return a.n < b.n ? -1 : 1;
    int c = a.n ? mpn_cmp(MPC(a.limbs), MPC(b.limbs), (mp_size_t)a.n) : 0;
    return (c > 0) - (c < 0);
}

int big_cmp(big_view a, big_view b)
{
    if (a.neg != b.neg)
        return a.neg ? -1 : 1;
    int c = big_cmp_mag(a, b);
    return a.neg ? -c : c;
}

bool big_eq(big_view a, big_view b)
{
    return a.neg == b.neg && big_cmp_mag(a, b) == 0;
}

/* big_from_double_size of the largest double: the 53-bit significand
 * shifted left by 971 bits, plus big_lshift's spare limb. */
#define BIG_DOUBLE_LIMBS 17

int big_cmp_double(big_view a, double d)
{
    if (isnan(d))
        return 0;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    bool dneg = d < 0;
    if (a.n == 0 || d == 0 || a.neg != dneg) {
        int sa = a.n == 0 ? 0 : a.neg ? -1 : 1;
        int sd = (d > 0) - (d < 0);
        return (sa > sd) - (sa < sd);
    }
    /* Same sign, both non-zero: compare magnitudes exactly, the double's
     * integer part first, then its fraction. */
    double whole = trunc(fabs(d));
    uint64_t buf[BIG_DOUBLE_LIMBS];
    big_out w = big_out_make(buf, BIG_DOUBLE_LIMBS);
    big_from_double(whole, &w);
    int c = big_cmp_mag(a, big_out_view(&w));
    if (c == 0 && fabs(d) > whole)
        c = -1;
    return dneg ? -c : c;
}

/* ---- addition and subtraction ------------------------------------------- */

size_t big_add_size(big_view a, big_view b)
{
    return big_max(a.n, b.n) + 1;
}

/* |a| + |b|, a.n >= b.n >= 1. */
static size_t big_add_mag(big_view a, big_view b, uint64_t *r)
{
    mp_limb_t carry = mpn_add(MP(r), MPC(a.limbs), (mp_size_t)a.n, MPC(b.limbs), (mp_size_t)b.n);
    r[a.n] = carry;
    return a.n + 1;
}

/* a + b where b's sign is given separately, so subtraction is this too. */
static big_status big_add_signed(big_view a, big_view b, bool bneg, big_out *out)
{
    if (out->cap < big_add_size(a, b))
        return BIG_ESPACE;
    if (b.n == 0)
        return big_set_view(out, a, a.neg);
    if (a.n == 0)
        return big_set_view(out, b, bneg);
    if (a.neg == bneg) {
        size_t n = a.n >= b.n ? big_add_mag(a, b, out->limbs) : big_add_mag(b, a, out->limbs);
        return big_finish(out, n, a.neg);
    }
    int c = big_cmp_mag(a, b);
    if (c == 0)
        return big_finish(out, 0, false);
    big_view larger = c > 0 ? a : b, smaller = c > 0 ? b : a;
    mpn_sub(MP(out->limbs), MPC(larger.limbs), (mp_size_t)larger.n, MPC(smaller.limbs),
            (mp_size_t)smaller.n);
    return big_finish(out, larger.n, c > 0 ? a.neg : bneg);
}

big_status big_add(big_view a, big_view b, big_out *out)
{
    return big_add_signed(a, b, b.neg, out);
}

big_status big_sub(big_view a, big_view b, big_out *out)
{
    return big_add_signed(a, b, !b.neg, out);
}

/* ---- multiplication ------------------------------------------------------ */

size_t big_mul_size(big_view a, big_view b)
{
    return big_max(a.n + b.n, 1);
}

big_status big_mul(big_view a, big_view b, big_out *out)
{
    if (out->cap < big_mul_size(a, b))
        return BIG_ESPACE;
    if (a.n == 0 || b.n == 0)
        return big_finish(out, 0, false);
    if (a.n < b.n) {
        big_view t = a;
        a = b;
        b = t;
    }
    if (a.limbs == b.limbs && a.n == b.n)
        mpn_sqr(MP(out->limbs), MPC(a.limbs), (mp_size_t)a.n);
    else
        mpn_mul(MP(out->limbs), MPC(a.limbs), (mp_size_t)a.n, MPC(b.limbs), (mp_size_t)b.n);
    return big_finish(out, a.n + b.n, a.neg != b.neg);
}

/* ---- division ------------------------------------------------------------ */

size_t big_div_size(big_view a, big_view b)
{
    /* Floor division may add one to the truncated quotient and carry into
     * a new limb: floor_div(2^128 - 1, -2^64) is -2^64. */
    return a.n >= b.n ? a.n - b.n + 2 : 1;
}

size_t big_rem_size(big_view a, big_view b)
{
    (void)a; /* either remainder is below |b|, and is worked out in b.n limbs */
    return big_max(b.n, 1);
}

/* Scratch for a quotient or remainder the caller does not want. */
static uint64_t *big_scratch(big_out *o, size_t want, big_out *tmp)
{
    if (o)
        return o->cap >= want ? o->limbs : NULL;
    uint64_t *p = malloc(want * sizeof(uint64_t));
    *tmp = big_out_make(p, want);
    return p;
}

/* Truncated |a| / |b| into qp (qn limbs) and rp (b.n limbs, zero-padded). */
static size_t big_tdiv_mag(big_view a, big_view b, uint64_t *qp, uint64_t *rp)
{
    if (a.n < b.n) {
        if (a.n)
            memcpy(rp, a.limbs, a.n * sizeof(uint64_t));
        memset(rp + a.n, 0, (b.n - a.n) * sizeof(uint64_t));
        return 0;
    }
    mpn_tdiv_qr(MP(qp), MP(rp), 0, MPC(a.limbs), (mp_size_t)a.n, MPC(b.limbs), (mp_size_t)b.n);
    return a.n - b.n + 1;
}

/* Floor adjustment when the signs differ and the remainder is not zero:
 * q + 1 in magnitude, r = |b| - r. */
static size_t big_floor_adjust(big_view b, uint64_t *qp, size_t qn, uint64_t *rp)
{
    mpn_sub_n(MP(rp), MPC(b.limbs), MPC(rp), (mp_size_t)b.n);
    mp_limb_t carry = qn ? mpn_add_1(MP(qp), MPC(qp), (mp_size_t)qn, 1) : 1;
    if (carry)
        qp[qn++] = carry;
    return qn;
}

big_status big_divmod(big_view a, big_view b, big_rounding mode, big_out *q, big_out *r)
{
    if (b.n == 0)
        return BIG_EDIVZERO;
    big_out qtmp = {0}, rtmp = {0};
    uint64_t *qp = big_scratch(q, big_div_size(a, b), &qtmp);
    uint64_t *rp = big_scratch(r, big_rem_size(a, b), &rtmp);
    big_status st = BIG_OK;
    if (!qp || !rp) {
        st = (q && !qp) || (r && !rp) ? BIG_ESPACE : BIG_ENOMEM;
    } else {
        size_t qn = big_tdiv_mag(a, b, qp, rp);
        size_t rn = big_strip(rp, b.n);
        bool rneg = a.neg;
        if (mode == BIG_FLOOR && rn && a.neg != b.neg) {
            qn = big_floor_adjust(b, qp, qn, rp);
            rn = b.n;
            rneg = b.neg;
        }
        if (q)
            st = big_finish(q, qn, a.neg != b.neg);
        if (r && st == BIG_OK)
            st = big_finish(r, rn, rneg);
    }
    free(qtmp.limbs);
    free(rtmp.limbs);
    return st;
}

big_status big_div(big_view a, big_view b, big_out *q)
{
    return big_divmod(a, b, BIG_TRUNC, q, NULL);
}

big_status big_rem(big_view a, big_view b, big_out *r)
{
    return big_divmod(a, b, BIG_TRUNC, NULL, r);
}

big_status big_floor_div(big_view a, big_view b, big_out *q)
{
    return big_divmod(a, b, BIG_FLOOR, q, NULL);
}

big_status big_mod(big_view a, big_view b, big_out *r)
{
    return big_divmod(a, b, BIG_FLOOR, NULL, r);
}

/* ---- power --------------------------------------------------------------- */

/* 0, 1 and -1 raised to anything stay one limb. */
static bool big_pow_trivial(big_view base, uint64_t exp)
{
    return exp == 0 || base.n == 0 || (base.n == 1 && base.limbs[0] == 1);
}

/* exp * log2(base) for base >= 2, from the top 64 bits of base: base lies
 * in [top, top + 1) * 2^below, and with top >= 2^63 (or below == 0, when
 * top is base) the two ends differ by under 2^-62 in log2.  Callers allow
 * a relative 2^-40 for that and for the double's rounding. */
static double big_pow_log2(big_view base, uint64_t exp, uint64_t bits)
{
    uint64_t top = base.limbs[base.n - 1];
    uint64_t below = bits > 64 ? bits - 64 : 0;
    if (below) {
        unsigned shift = (unsigned)(bits - (base.n - 1) * 64); /* top limb's bits */
        top = shift == 64 ? top : top << (64 - shift) | base.limbs[base.n - 2] >> shift;
    }
    return (double)exp * ((double)below + log2((double)top));
}

big_status big_pow_size(big_view base, uint64_t exp, size_t *cap)
{
    *cap = 1;
    if (big_pow_trivial(base, exp))
        return BIG_OK;
    /* base^exp has from (bits - 1) * exp + 1 to bits * exp bits; first
     * rule out exponents too large for doubles to be exact enough. */
    unsigned __int128 bits = big_bit_length(base);
    unsigned __int128 limit = (unsigned __int128)BIG_MAX_LIMBS * 64;
    if ((bits - 1) * exp + 1 > limit)
        return BIG_ELIMIT;
    /* Exactly floor(exp * log2(base)) + 1 bits; bits * exp is twice that
     * for 2^k, so the estimate gives the capacity when it is smaller. */
    const double margin = 0x1p-40;
    double estimate = big_pow_log2(base, exp, (uint64_t)bits);
    if (floor(estimate * (1 - margin)) + 1 > (double)limit)
        return BIG_ELIMIT;
    double above = ceil(estimate * (1 + margin)) + 1;
    uint64_t most = (uint64_t)(bits * exp);
    uint64_t most_bits = above < (double)most ? (uint64_t)above : most;
    *cap = (size_t)((most_bits + 63) / 64);
    return BIG_OK;
}

/* Left-to-right square-and-multiply, alternating between two scratch
 * buffers; each is large enough for any intermediate product. */
static size_t big_pow_mag(big_view base, uint64_t exp, uint64_t *x, uint64_t *y, uint64_t **res)
{
    memcpy(x, base.limbs, base.n * sizeof(uint64_t));
    size_t n = base.n;
    for (int bit = 62 - __builtin_clzll(exp); bit >= 0; bit--) {
        mpn_sqr(MP(y), MPC(x), (mp_size_t)n);
        n = big_strip(y, 2 * n);
        uint64_t *t = x;
        x = y;
        y = t;
        if ((exp >> bit) & 1) {
            mpn_mul(MP(y), MPC(x), (mp_size_t)n, MPC(base.limbs), (mp_size_t)base.n);
            n = big_strip(y, n + base.n);
            t = x;
            x = y;
            y = t;
        }
    }
    *res = x;
    return n;
}

big_status big_pow(big_view base, uint64_t exp, big_out *out)
{
    size_t cap;
    big_status st = big_pow_size(base, exp, &cap);
    if (st != BIG_OK)
        return st;
    if (out->cap < cap)
        return BIG_ESPACE;
    bool neg = base.neg && (exp & 1);
    if (big_pow_trivial(base, exp))
        return exp == 0 ? big_set_u64(out, 1, false) : big_set_view(out, base, neg);
    /* Squaring n limbs writes 2n, which may pass cap by a limb or two. */
    size_t scratch = cap + base.n + 2;
    uint64_t *x = malloc(2 * scratch * sizeof(uint64_t));
    if (!x)
        return BIG_ENOMEM;
    uint64_t *res;
    size_t n = big_pow_mag(base, exp, x, x + scratch, &res);
    memcpy(out->limbs, res, n * sizeof(uint64_t));
    free(x);
    return big_finish(out, n, neg);
}

/* ---- bitwise ------------------------------------------------------------- */

/* Reads a value's infinite two's complement one limb at a time: for a
 * negative value, ~(|a| - 1), with the borrow of the subtraction carried
 * from limb to limb. */
typedef struct {
    big_view v;
    uint64_t borrow;
} big_tc_reader;

static big_tc_reader big_tc_start(big_view v)
{
    big_tc_reader r = {v, v.neg};
    return r;
}

static uint64_t big_tc_next(big_tc_reader *r, size_t i)
{
    uint64_t limb = i < r->v.n ? r->v.limbs[i] : 0;
    if (!r->v.neg)
        return limb;
    uint64_t dec = limb - r->borrow;
    r->borrow = r->borrow && limb == 0;
    return ~dec;
}

/* Turns n limbs of two's complement in place into sign and magnitude. */
static big_status big_tc_finish(big_out *out, size_t n)
{
    bool neg = out->limbs[n - 1] >> 63;
    if (neg) {
        for (size_t i = 0; i < n; i++)
            out->limbs[i] = ~out->limbs[i];
        mpn_add_1(MP(out->limbs), MPC(out->limbs), (mp_size_t)n, 1);
    }
    return big_finish(out, n, neg);
}

typedef enum { BIG_AND, BIG_OR, BIG_XOR } big_bitop;

size_t big_bitwise_size(big_view a, big_view b)
{
    /* One limb beyond the longer operand holds the sign. */
    return big_max(a.n, b.n) + 1;
}

static big_status big_bitwise(big_view a, big_view b, big_bitop op, big_out *out)
{
    size_t n = big_bitwise_size(a, b);
    if (out->cap < n)
        return BIG_ESPACE;
    big_tc_reader ra = big_tc_start(a), rb = big_tc_start(b);
    for (size_t i = 0; i < n; i++) {
        uint64_t x = big_tc_next(&ra, i), y = big_tc_next(&rb, i);
        out->limbs[i] = op == BIG_AND ? x & y : op == BIG_OR ? x | y : x ^ y;
    }
    return big_tc_finish(out, n);
}

big_status big_band(big_view a, big_view b, big_out *out)
{
    return big_bitwise(a, b, BIG_AND, out);
}

big_status big_bor(big_view a, big_view b, big_out *out)
{
    return big_bitwise(a, b, BIG_OR, out);
}

big_status big_bxor(big_view a, big_view b, big_out *out)
{
    return big_bitwise(a, b, BIG_XOR, out);
}

size_t big_bnot_size(big_view a)
{
    return a.n + 1;
}

big_status big_bnot(big_view a, big_out *out)
{
    /* bnot(a) = -a - 1: |a| + 1 negated for a >= 0, |a| - 1 for a < 0. */
    if (out->cap < big_bnot_size(a))
        return BIG_ESPACE;
    if (a.n == 0)
        return big_set_u64(out, 1, true);
    if (a.neg) {
        mpn_sub_1(MP(out->limbs), MPC(a.limbs), (mp_size_t)a.n, 1);
        return big_finish(out, a.n, false);
    }
    out->limbs[a.n] = mpn_add_1(MP(out->limbs), MPC(a.limbs), (mp_size_t)a.n, 1);
    return big_finish(out, a.n + 1, true);
}

/* ---- shifts -------------------------------------------------------------- */

static big_status big_lshift_size(big_view a, uint64_t s, size_t *cap)
{
    *cap = 1;
    if (a.n == 0)
        return BIG_OK;
    if (s > BIG_MAX_LIMBS * 64 - big_bit_length(a))
        return BIG_ELIMIT;
    *cap = a.n + (size_t)(s / 64) + 1;
    return BIG_OK;
}

static size_t big_rshift_size(big_view a, uint64_t s)
{
    /* A negative value may round to one more than the shifted magnitude. */
    return s / 64 < a.n ? a.n - (size_t)(s / 64) + 1 : 1;
}

/* A negative count to the other shift; INT64_MIN has no negation but shifts
 * as far as INT64_MAX does. */
static int64_t big_negate_shift(int64_t s)
{
    return s == INT64_MIN ? INT64_MAX : -s;
}

big_status big_bsl_size(big_view a, int64_t shift, size_t *cap)
{
    if (shift < 0) {
        *cap = big_rshift_size(a, (uint64_t)big_negate_shift(shift));
        return BIG_OK;
    }
    return big_lshift_size(a, (uint64_t)shift, cap);
}

big_status big_bsr_size(big_view a, int64_t shift, size_t *cap)
{
    return big_bsl_size(a, big_negate_shift(shift), cap);
}

static big_status big_lshift(big_view a, uint64_t s, big_out *out)
{
    size_t cap;
    big_status st = big_lshift_size(a, s, &cap);
    if (st != BIG_OK)
        return st;
    if (out->cap < cap)
        return BIG_ESPACE;
    if (a.n == 0)
        return big_finish(out, 0, false);
    size_t limbs = (size_t)(s / 64);
    unsigned bits = (unsigned)(s % 64);
    memset(out->limbs, 0, limbs * sizeof(uint64_t));
    uint64_t *dst = out->limbs + limbs;
    if (bits) {
        dst[a.n] = mpn_lshift(MP(dst), MPC(a.limbs), (mp_size_t)a.n, bits);
    } else {
        memcpy(dst, a.limbs, a.n * sizeof(uint64_t));
        dst[a.n] = 0;
    }
    return big_finish(out, limbs + a.n + 1, a.neg);
}

/* Whether the low s bits of |a| (s < a.n * 64) are all zero. */
static bool big_low_bits_zero(big_view a, uint64_t s)
{
    size_t limbs = (size_t)(s / 64);
    for (size_t i = 0; i < limbs; i++)
        if (a.limbs[i])
            return false;
    unsigned bits = (unsigned)(s % 64);
    return bits == 0 || (a.limbs[limbs] & ((UINT64_C(1) << bits) - 1)) == 0;
}

/* Arithmetic right shift: floor(a / 2^s), so negatives round down. */
static big_status big_rshift(big_view a, uint64_t s, big_out *out)
{
    if (out->cap < big_rshift_size(a, s))
        return BIG_ESPACE;
    if (s / 64 >= a.n)
        return a.neg ? big_set_u64(out, 1, true) : big_finish(out, 0, false);
    size_t limbs = (size_t)(s / 64), n = a.n - limbs;
    unsigned bits = (unsigned)(s % 64);
    if (bits)
        mpn_rshift(MP(out->limbs), MPC(a.limbs + limbs), (mp_size_t)n, bits);
    else
        memcpy(out->limbs, a.limbs + limbs, n * sizeof(uint64_t));
    out->limbs[n] = 0;
    if (a.neg && !big_low_bits_zero(a, s))
        out->limbs[n] = mpn_add_1(MP(out->limbs), MPC(out->limbs), (mp_size_t)n, 1);
    return big_finish(out, n + 1, a.neg);
}

big_status big_bsl(big_view a, int64_t shift, big_out *out)
{
    if (shift < 0)
        return big_rshift(a, (uint64_t)big_negate_shift(shift), out);
    return big_lshift(a, (uint64_t)shift, out);
}

big_status big_bsr(big_view a, int64_t shift, big_out *out)
{
    return big_bsl(a, big_negate_shift(shift), out);
}

/* ---- text ------------------------------------------------------------------ */

static bool big_base_ok(unsigned base)
{
    return base >= BIG_BASE_MIN && base <= BIG_BASE_MAX;
}

/* floor(log2(base)) bounds digits from above, ceil(log2(base)) bounds bits. */
static unsigned big_floor_log2(unsigned base)
{
    return 31 - (unsigned)__builtin_clz(base);
}

static unsigned big_ceil_log2(unsigned base)
{
    return big_floor_log2(base) + ((base & (base - 1)) != 0);
}

size_t big_to_string_size(big_view a, unsigned base)
{
    if (!big_base_ok(base))
        return 0;
    /* mpn_get_str wants room for the largest a.n-limb number plus one
     * digit; then a sign and the NUL. */
    size_t digits = (a.n * 64 + big_floor_log2(base) - 1) / big_floor_log2(base);
    return digits + 3;
}

/* Raw digit values (mpn_get_str's output) to text, dropping leading zeros. */
static size_t big_digits_to_text(char *s, size_t n)
{
    size_t skip = 0;
    while (skip + 1 < n && s[skip] == 0)
        skip++;
    for (size_t i = skip; i < n; i++)
        s[i - skip] = big_digit_chars[(unsigned char)s[i]];
    return n - skip;
}

big_status big_to_string(big_view a, unsigned base, char *buf, size_t cap, size_t *len)
{
    if (!big_base_ok(base))
        return BIG_EBASE;
    if (cap < big_to_string_size(a, base))
        return BIG_ESPACE;
    size_t pos = a.neg ? 1 : 0, n = 1;
    buf[0] = '-';
    if (a.n == 0) {
        buf[pos] = '0';
    } else {
        /* mpn_get_str destroys its input (except in power-of-two bases). */
        uint64_t *copy = malloc(a.n * sizeof(uint64_t));
        if (!copy)
            return BIG_ENOMEM;
        memcpy(copy, a.limbs, a.n * sizeof(uint64_t));
        unsigned char *digits = (unsigned char *)buf + pos;
        n = mpn_get_str(digits, (int)base, MP(copy), (mp_size_t)a.n);
        free(copy);
        n = big_digits_to_text(buf + pos, n);
    }
    buf[pos + n] = '\0';
    if (len)
        *len = pos + n;
    return BIG_OK;
}

size_t big_parse_size(size_t len, unsigned base)
{
    if (!big_base_ok(base))
        return 0;
    /* mpn_set_str wants room for the largest len-digit number plus a limb. */
    return (len * big_ceil_log2(base) + 63) / 64 + 1;
}

/* A character's digit value, or BIG_BASE_MAX when it is no digit at all. */
static unsigned big_digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    if (c >= 'a' && c <= 'z')
        return (unsigned)(c - 'a') + 10;
    if (c >= 'A' && c <= 'Z')
        return (unsigned)(c - 'A') + 10;
    return BIG_BASE_MAX;
}

/* Count of digits of the base at the start of s. */
static size_t big_scan_digits(const char *s, size_t len, unsigned base)
{
    size_t i = 0;
    while (i < len && big_digit_value(s[i]) < base)
        i++;
    return i;
}

/* Digits (already validated) to a magnitude in out. */
static big_status big_digits_to_limbs(const char *s, size_t n, unsigned base, big_out *out, bool neg)
{
    while (n > 1 && *s == '0')
        s++, n--;
    unsigned char *raw = malloc(n);
    if (!raw)
        return BIG_ENOMEM;
    for (size_t i = 0; i < n; i++)
        raw[i] = (unsigned char)big_digit_value(s[i]);
    size_t rn = raw[0] ? (size_t)mpn_set_str(MP(out->limbs), raw, n, (int)base) : 0;
    free(raw);
    return big_finish(out, rn, neg);
}

big_status big_parse(const char *s, size_t len, unsigned base, big_out *out, size_t *used)
{
    if (!big_base_ok(base))
        return BIG_EBASE;
    if (out->cap < big_parse_size(len, base))
        return BIG_ESPACE;
    size_t sign = len > 0 && (s[0] == '+' || s[0] == '-');
    size_t digits = big_scan_digits(s + sign, len - sign, base);
    if (digits == 0 || (!used && sign + digits != len))
        return BIG_ESYNTAX;
    big_status st = big_digits_to_limbs(s + sign, digits, base, out, sign && s[0] == '-');
    if (st == BIG_OK && used)
        *used = sign + digits;
    return st;
}

/* ---- floats ----------------------------------------------------------------- */

big_status big_to_double(big_view a, double *out)
{
    /* OTP 25's big_to_double, rounding included (see the top of the file). */
    const double limb_base = 18446744073709551616.0; /* 2^64 */
    double d = 0.0;
    for (size_t i = a.n; i-- > 0;)
        d = d * limb_base + (double)a.limbs[i];
    if (!isfinite(d))
        return BIG_ERANGE;
    *out = a.neg ? -d : d;
    return BIG_OK;
}

size_t big_from_double_size(double d)
{
    int exp;
    if (!isfinite(d))
        return 1;
    frexp(d, &exp); /* |d| < 2^exp */
    /* What big_lshift asks for when it places the significand. */
    return exp > 53 ? (size_t)(exp - 53) / 64 + 2 : 1;
}

big_status big_from_double(double d, big_out *out)
{
    if (!isfinite(d))
        return BIG_ERANGE;
    if (out->cap < big_from_double_size(d))
        return BIG_ESPACE;
    int exp;
    double frac = frexp(fabs(d), &exp); /* |d| = frac * 2^exp, frac in [0.5, 1) */
    if (exp <= 0)
        return big_finish(out, 0, false);
    /* The 53 significant bits as an integer, then placed at exp - 53. */
    uint64_t mant = (uint64_t)ldexp(frac, 53);
    if (exp <= 53)
        return big_set_u64(out, mant >> (53 - exp), d < 0);
    uint64_t one[1] = {mant};
    big_view m = {one, 1, d < 0};
    return big_lshift(m, (uint64_t)(exp - 53), out);
}
