/*
 * bignum.h — integers of any size, over plain limb arrays.
 *
 * The VM stores a bignum on a process heap as a header (holding the sign)
 * followed by 64-bit limbs of the magnitude, least significant first.  The
 * collector may move it, so nothing here allocates VM memory: inputs are
 * read-only views of limb arrays and results go to caller-provided
 * buffers.  The calling pattern is always:
 *
 *     size_t cap = big_mul_size(a, b);        (or a *_size(..., &cap) that
 *     uint64_t *limbs = <allocate cap limbs>;  can fail with BIG_ELIMIT)
 *     <re-read a and b if allocating may have moved them>
 *     big_out r = big_out_make(limbs, cap);
 *     if (big_mul(a, b, &r) != BIG_OK) ...
 *     <r.n limbs are used, r.n <= cap; if big_fits_small() store a small>
 *
 * Invariants: a view has no leading zero limbs (n == 0 is zero, and zero is
 * never negative); every operation leaves its result in that form.  An
 * output buffer must not overlap any input.  Scratch memory, when needed,
 * comes from malloc and is freed before returning; its failure is
 * BIG_ENOMEM.  (GMP itself takes large temporaries through its own
 * allocation functions, which abort on failure unless the embedder installs
 * others with mp_set_memory_functions.)
 *
 * Semantics are Erlang/Elixir's, checked against Elixir 1.14 / OTP 25:
 * div/rem truncate, floor_div/mod floor, bitwise operations act on infinite
 * two's complement, and results above BEAM's size limit are system_limit.
 */
#ifndef BL_BIGNUM_H
#define BL_BIGNUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BIG_LIMB_BITS 64
/* BEAM's largest integer has 2^19 - 1 64-bit digits: OTP 25 computes
 * bsl(1, 2^25 - 65) but raises system_limit for bsl(1, 2^25 - 64). */
#define BIG_MAX_LIMBS (((size_t)1 << 19) - 1)
/* The VM's small integers are 60-bit signed. */
#define BIG_SMALL_MIN (-((int64_t)1 << 59))
#define BIG_SMALL_MAX (((int64_t)1 << 59) - 1)
/* Integer.to_string/2 and Integer.parse/2 accept these bases. */
#define BIG_BASE_MIN 2
#define BIG_BASE_MAX 36

typedef enum {
    BIG_OK = 0,
    BIG_ENOMEM,   /* scratch memory could not be allocated */
    BIG_EDIVZERO, /* division by zero: badarith */
    BIG_ELIMIT,   /* result above BIG_MAX_LIMBS: system_limit */
    BIG_ERANGE,   /* integer too large for a double, or double not finite */
    BIG_ESYNTAX,  /* text is not an integer in the given base */
    BIG_EBASE,    /* base outside BIG_BASE_MIN..BIG_BASE_MAX */
    BIG_ESPACE,   /* output smaller than its size function asked: caller bug */
} big_status;

typedef struct {
    const uint64_t *limbs;
    size_t n; /* 0 means zero; limbs[n - 1] != 0 otherwise */
    bool neg;
} big_view;

typedef struct {
    uint64_t *limbs;
    size_t cap; /* limbs available, from the operation's size function */
    size_t n;   /* limbs used by the (normalised) result */
    bool neg;
} big_out;

const char *big_status_name(big_status s);

/* ---- construction and inspection ---------------------------------------- */

big_out big_out_make(uint64_t *limbs, size_t cap);
big_view big_out_view(const big_out *o);
big_view big_from_int64(int64_t v, uint64_t buf[1]);
/* For the overflow of small-integer arithmetic, done in 128 bits. */
big_view big_from_i128(__int128 v, uint64_t buf[2]);
/* Strips leading zero limbs (and the sign of zero) after writing limbs by hand. */
void big_normalize(big_out *o);
/* True when the value is in the VM's small range; *out receives it. */
bool big_fits_small(big_view a, int64_t *out);
bool big_fits_int64(big_view a, int64_t *out);
size_t big_bit_length(big_view a); /* of the magnitude; 0 for zero */

/* ---- comparison ---------------------------------------------------------- */

int big_cmp(big_view a, big_view b); /* -1, 0 or 1 */
bool big_eq(big_view a, big_view b);
/* Exact numeric comparison with a double, -1, 0 or 1 (2^53 + 1 > 2^53 as a
 * float, as in Erlang); infinities order beyond every integer, NaN as 0. */
int big_cmp_double(big_view a, double d);

/* ---- arithmetic ----------------------------------------------------------- */

size_t big_add_size(big_view a, big_view b); /* also for big_sub */
big_status big_add(big_view a, big_view b, big_out *out);
big_status big_sub(big_view a, big_view b, big_out *out);
size_t big_mul_size(big_view a, big_view b);
big_status big_mul(big_view a, big_view b, big_out *out);

typedef enum {
    BIG_TRUNC, /* div/2 and rem/2: quotient toward zero, rem has a's sign */
    BIG_FLOOR, /* Integer.floor_div/2 and Integer.mod/2: mod has b's sign */
} big_rounding;

size_t big_div_size(big_view a, big_view b); /* quotient, either rounding */
size_t big_rem_size(big_view a, big_view b); /* remainder, either rounding */
/* q or r may be NULL when not wanted (scratch is malloc'd for it); they
 * must not share limbs.  b == 0 is BIG_EDIVZERO. */
big_status big_divmod(big_view a, big_view b, big_rounding mode, big_out *q, big_out *r);
big_status big_div(big_view a, big_view b, big_out *q);
big_status big_rem(big_view a, big_view b, big_out *r);
big_status big_floor_div(big_view a, big_view b, big_out *q);
big_status big_mod(big_view a, big_view b, big_out *r);

/* base^exp (Integer.pow/2, **).  Exponents beyond uint64_t only fit for
 * bases 0, 1 and -1; the caller handles those. */
big_status big_pow_size(big_view base, uint64_t exp, size_t *cap);
big_status big_pow(big_view base, uint64_t exp, big_out *out);

/* ---- bitwise (infinite two's complement) ---------------------------------- */

size_t big_bitwise_size(big_view a, big_view b); /* band, bor, bxor */
big_status big_band(big_view a, big_view b, big_out *out);
big_status big_bor(big_view a, big_view b, big_out *out);
big_status big_bxor(big_view a, big_view b, big_out *out);
size_t big_bnot_size(big_view a);
big_status big_bnot(big_view a, big_out *out);
/* A negative count shifts the other way.  A bignum count is clamped by the
 * caller to INT64_MIN/INT64_MAX: the result is the same (0, -1 or
 * system_limit).  The size functions fail with BIG_ELIMIT up front. */
big_status big_bsl_size(big_view a, int64_t shift, size_t *cap);
big_status big_bsl(big_view a, int64_t shift, big_out *out);
big_status big_bsr_size(big_view a, int64_t shift, size_t *cap);
big_status big_bsr(big_view a, int64_t shift, big_out *out);

/* ---- text ------------------------------------------------------------------ */

/* Bytes for the text of a in base, sign and NUL included; 0 for a bad base. */
size_t big_to_string_size(big_view a, unsigned base);
/* Integer.to_string/2: uppercase letters, '-' for negatives, NUL-terminated;
 * *len (may be NULL) receives the length without the NUL. */
big_status big_to_string(big_view a, unsigned base, char *buf, size_t cap, size_t *len);
/* Limbs for parsing up to len characters in base; 0 for a bad base. */
size_t big_parse_size(size_t len, unsigned base);
/* Optional '+' or '-', then one or more digits of the base (either case).
 * With used == NULL the whole text must be that (String.to_integer/2);
 * otherwise the longest such prefix is read and its length stored in *used
 * (Integer.parse/2 returns the rest).  No digits at all is BIG_ESYNTAX. */
big_status big_parse(const char *s, size_t len, unsigned base, big_out *out, size_t *used);

/* ---- floats ----------------------------------------------------------------- */

/* float/1.  Rounds as OTP 25 does, which is not always to nearest (see
 * bignum.c); BIG_ERANGE when the result would be infinite. */
big_status big_to_double(big_view a, double *out);
size_t big_from_double_size(double d);
/* trunc/1 of a double of any magnitude; BIG_ERANGE for inf and NaN. */
big_status big_from_double(double d, big_out *out);

#endif
