/*
 * test_bignum.c — vm/bignum.c against what Elixir 1.14 / OTP 25 computes.
 *
 * Every expected value below was printed by the real `elixir` (the oracle):
 * the arithmetic by the Kernel operators, div/rem, Integer.floor_div/mod,
 * Integer.pow and Bitwise; text by Integer.to_string/2, Integer.parse/2 and
 * String.to_integer/2; floats by :erlang.float/1 (compared bit for bit),
 * trunc/1 and the < and > operators.  The comment on a check gives the
 * Elixir expression its operands came from.  Prints one line per failure
 * and a summary; exits non-zero if anything failed.
 */
#include "bignum.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    int passed, failed;
} tally;

static void record(tally *t, bool ok, const char *what, const char *got, const char *want)
{
    if (ok) {
        t->passed++;
        return;
    }
    t->failed++;
    printf("FAIL %s: got [%s], want [%s]\n", what, got ? got : "(error)", want ? want : "(error)");
}

static void check_true(tally *t, const char *what, bool ok)
{
    record(t, ok, what, "false", "true");
}

/* ---- numbers from and to text -------------------------------------------- */

/* A number parsed from decimal text into limbs of its own. */
typedef struct {
    uint64_t *limbs;
    big_view v;
    bool ok;
} num;

static num num_parse(const char *text)
{
    size_t len = strlen(text), cap = big_parse_size(len, 10);
    num r = {malloc(cap * sizeof(uint64_t)), {NULL, 0, false}, false};
    if (!r.limbs)
        return r;
    big_out o = big_out_make(r.limbs, cap);
    r.ok = big_parse(text, len, 10, &o, NULL) == BIG_OK;
    r.v = big_out_view(&o);
    return r;
}

static void num_free(num *n)
{
    free(n->limbs);
}

/* The text of v in base, malloc'd; NULL if conversion failed. */
static char *num_text(big_view v, unsigned base)
{
    size_t cap = big_to_string_size(v, base);
    char *s = malloc(cap ? cap : 1);
    if (s && big_to_string(v, base, s, cap, NULL) != BIG_OK) {
        free(s);
        s = NULL;
    }
    return s;
}

/* ---- operations by name ---------------------------------------------------- */

#define TEST_OPS(X)                                                          \
    X(ADD) X(SUB) X(MUL) X(DIV) X(REM) X(FLOOR_DIV) X(MOD) X(BAND) X(BOR)    \
    X(BXOR) X(BNOT) X(BSL) X(BSR) X(POW)

typedef enum {
#define TEST_OP_ENUM(name) OP_##name,
    TEST_OPS(TEST_OP_ENUM)
#undef TEST_OP_ENUM
} test_op;

static const char *const test_op_names[] = {
#define TEST_OP_NAME(name) #name,
    TEST_OPS(TEST_OP_NAME)
#undef TEST_OP_NAME
};

/* Shift counts and exponents come as text too; they fit 64 bits. */
static uint64_t count_of(big_view b)
{
    return b.n ? b.limbs[0] : 0;
}

static int64_t shift_of(big_view b)
{
    int64_t s = 0;
    big_fits_int64(b, &s);
    return s;
}

static big_status op_size(test_op op, big_view a, big_view b, size_t *cap)
{
    switch (op) {
    case OP_ADD: case OP_SUB: *cap = big_add_size(a, b); return BIG_OK;
    case OP_MUL: *cap = big_mul_size(a, b); return BIG_OK;
    case OP_DIV: case OP_FLOOR_DIV: *cap = big_div_size(a, b); return BIG_OK;
    case OP_REM: case OP_MOD: *cap = big_rem_size(a, b); return BIG_OK;
    case OP_BAND: case OP_BOR: case OP_BXOR: *cap = big_bitwise_size(a, b); return BIG_OK;
    case OP_BNOT: *cap = big_bnot_size(a); return BIG_OK;
    case OP_BSL: return big_bsl_size(a, shift_of(b), cap);
    case OP_BSR: return big_bsr_size(a, shift_of(b), cap);
    case OP_POW: return big_pow_size(a, count_of(b), cap);
    }
    return BIG_EBASE;
}

static big_status op_apply(test_op op, big_view a, big_view b, big_out *o)
{
    switch (op) {
    case OP_ADD: return big_add(a, b, o);
    case OP_SUB: return big_sub(a, b, o);
    case OP_MUL: return big_mul(a, b, o);
    case OP_DIV: return big_div(a, b, o);
    case OP_REM: return big_rem(a, b, o);
    case OP_FLOOR_DIV: return big_floor_div(a, b, o);
    case OP_MOD: return big_mod(a, b, o);
    case OP_BAND: return big_band(a, b, o);
    case OP_BOR: return big_bor(a, b, o);
    case OP_BXOR: return big_bxor(a, b, o);
    case OP_BNOT: return big_bnot(a, o);
    case OP_BSL: return big_bsl(a, shift_of(b), o);
    case OP_BSR: return big_bsr(a, shift_of(b), o);
    case OP_POW: return big_pow(a, count_of(b), o);
    }
    return BIG_EBASE;
}

/* Runs op the way the VM will: size first, then exactly that buffer.  On
 * success *text is the decimal result (malloc'd). */
static big_status op_run(test_op op, const char *as, const char *bs, char **text)
{
    num a = num_parse(as), b = num_parse(bs);
    size_t cap = 0;
    big_status st = a.ok && b.ok ? op_size(op, a.v, b.v, &cap) : BIG_ESYNTAX;
    uint64_t *limbs = st == BIG_OK ? malloc(cap * sizeof(uint64_t)) : NULL;
    if (st == BIG_OK && !limbs)
        st = BIG_ENOMEM;
    if (st == BIG_OK) {
        big_out o = big_out_make(limbs, cap);
        st = op_apply(op, a.v, b.v, &o);
        bool normal = o.n <= cap && (o.n == 0 ? !o.neg : o.limbs[o.n - 1] != 0);
        *text = st == BIG_OK ? (normal ? num_text(big_out_view(&o), 10) : strdup("(unnormalised)")) : NULL;
    }
    free(limbs);
    num_free(&a);
    num_free(&b);
    return st;
}

static void check_op(tally *t, test_op op, const char *a, const char *b, const char *want)
{
    char *got = NULL, what[160];
    big_status st = op_run(op, a, b, &got);
    snprintf(what, sizeof what, "%s(%.40s, %.40s)", test_op_names[op], a, b);
    record(t, st == BIG_OK && got && strcmp(got, want) == 0, what, st == BIG_OK ? got : big_status_name(st), want);
    free(got);
}

static void check_op_fails(tally *t, test_op op, const char *a, const char *b, big_status want)
{
    char *got = NULL, what[160];
    big_status st = op_run(op, a, b, &got);
    snprintf(what, sizeof what, "%s(%.40s, %.40s) fails", test_op_names[op], a, b);
    record(t, st == want, what, st == BIG_OK ? got : big_status_name(st), big_status_name(want));
    free(got);
}

/* ---- text, floats, comparison ------------------------------------------------ */

static void check_to_string(tally *t, const char *a, unsigned base, const char *want)
{
    num n = num_parse(a);
    char *got = n.ok ? num_text(n.v, base) : NULL, what[120];
    snprintf(what, sizeof what, "to_string(%.40s, %u)", a, base);
    record(t, got && strcmp(got, want) == 0, what, got, want);
    free(got);
    num_free(&n);
}

/* One parse, as Integer.parse/2 (used != NULL) or String.to_integer/2; the
 * result as decimal text, or NULL on error. */
static char *parse_text(const char *s, unsigned base, size_t *used)
{
    size_t len = strlen(s), cap = big_parse_size(len, base);
    uint64_t *limbs = malloc((cap ? cap : 1) * sizeof(uint64_t));
    big_out o = big_out_make(limbs, cap);
    char *text = NULL;
    if (limbs && big_parse(s, len, base, &o, used) == BIG_OK)
        text = num_text(big_out_view(&o), 10);
    free(limbs);
    return text;
}

static bool same_text(const char *got, const char *want)
{
    return got && want ? strcmp(got, want) == 0 : got == want;
}

static void check_parse(tally *t, const char *s, unsigned base, const char *want_prefix,
                        size_t want_used, const char *want_full)
{
    char what[120];
    size_t used = 0;
    char *prefix = parse_text(s, base, &used);
    snprintf(what, sizeof what, "Integer.parse(\"%.40s\", %u)", s, base);
    record(t, same_text(prefix, want_prefix) && (!prefix || used == want_used), what, prefix, want_prefix);
    char *full = parse_text(s, base, NULL);
    snprintf(what, sizeof what, "String.to_integer(\"%.40s\", %u)", s, base);
    record(t, same_text(full, want_full), what, full, want_full);
    free(prefix);
    free(full);
}

static void check_to_double(tally *t, const char *a, uint64_t want_bits)
{
    num n = num_parse(a);
    double d = 0;
    big_status st = n.ok ? big_to_double(n.v, &d) : BIG_ESYNTAX;
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    char what[120], got[64], want[64];
    snprintf(what, sizeof what, "float(%.40s)", a);
    snprintf(got, sizeof got, "%a", d);
    memcpy(&d, &want_bits, sizeof d);
    snprintf(want, sizeof want, "%a", d);
    record(t, st == BIG_OK && bits == want_bits, what, st == BIG_OK ? got : big_status_name(st), want);
    num_free(&n);
}

static void check_to_double_fails(tally *t, const char *a)
{
    num n = num_parse(a);
    double d = 0;
    big_status st = n.ok ? big_to_double(n.v, &d) : BIG_ESYNTAX;
    char what[120];
    snprintf(what, sizeof what, "float(%.40s) fails", a);
    record(t, st == BIG_ERANGE, what, big_status_name(st), big_status_name(BIG_ERANGE));
    num_free(&n);
}

static void check_from_double(tally *t, double d, const char *want)
{
    size_t cap = big_from_double_size(d);
    uint64_t *limbs = malloc(cap * sizeof(uint64_t));
    big_out o = big_out_make(limbs, cap);
    char *got = limbs && big_from_double(d, &o) == BIG_OK ? num_text(big_out_view(&o), 10) : NULL;
    char what[80];
    snprintf(what, sizeof what, "trunc(%.17g)", d);
    record(t, got && strcmp(got, want) == 0, what, got, want);
    free(got);
    free(limbs);
}

static void check_cmp_double(tally *t, const char *a, double d, int want)
{
    num n = num_parse(a);
    int got = n.ok ? big_cmp_double(n.v, d) : 99;
    char what[120], gs[8], ws[8];
    snprintf(what, sizeof what, "compare(%.40s, %.17g)", a, d);
    snprintf(gs, sizeof gs, "%d", got);
    snprintf(ws, sizeof ws, "%d", want);
    record(t, got == want, what, gs, ws);
    num_free(&n);
}

static void check_cmp(tally *t, const char *a, const char *b, int want)
{
    num x = num_parse(a), y = num_parse(b);
    int got = big_cmp(x.v, y.v);
    bool consistent = big_cmp(y.v, x.v) == -got && big_eq(x.v, y.v) == (got == 0);
    char what[120], gs[8], ws[8];
    snprintf(what, sizeof what, "compare(%.40s, %.40s)", a, b);
    snprintf(gs, sizeof gs, "%d%s", got, consistent ? "" : "?");
    snprintf(ws, sizeof ws, "%d", want);
    record(t, got == want && consistent, what, gs, ws);
    num_free(&x);
    num_free(&y);
}

static void test_arithmetic(tally *t)
{
    check_op(t, OP_ADD, "18446744073709551615", "1", "18446744073709551616"); /* 2**64-1, 1 */
    check_op(t, OP_ADD, "576460752303423487", "1", "576460752303423488"); /* 2**59-1, 1 */
    check_op(t, OP_ADD, "-576460752303423488", "-1", "-576460752303423489"); /* -(2**59), -1 */
    check_op(t, OP_ADD, "18446744073709551616", "-18446744073709551616", "0"); /* 2**64, -(2**64) */
    check_op(t, OP_ADD, "-340282366920938463463374607431768211456", "340282366920938463463374607431768211455", "-1"); /* -(2**128), 2**128-1 */
    check_op(t, OP_ADD, "0", "-1267650600228229401496703205376", "-1267650600228229401496703205376"); /* 0, -(2**100) */
    check_op(t, OP_ADD, "18446744073709551615", "18446744073709551615", "36893488147419103230"); /* 2**64-1, 2**64-1 */
    check_op(t, OP_ADD, "-18446744073709551616", "1", "-18446744073709551615"); /* -(2**64), 1 */
    check_op(t, OP_SUB, "0", "18446744073709551616", "-18446744073709551616"); /* 0, 2**64 */
    check_op(t, OP_SUB, "340282366920938463463374607431768211455", "340282366920938463463374607431768211456", "-1"); /* 2**128-1, 2**128 */
    check_op(t, OP_SUB, "-18446744073709551616", "-18446744073709551616", "0"); /* -(2**64), -(2**64) */
    check_op(t, OP_SUB, "-576460752303423488", "1", "-576460752303423489"); /* -(2**59), 1 */
    check_op(t, OP_SUB, "1606938044258990275541962092341162602522202993782792835301376", "-1606938044258990275541962092341162602522202993782792835301376", "3213876088517980551083924184682325205044405987565585670602752"); /* 2**200, -(2**200) */
    check_op(t, OP_SUB, "18446744073709551616", "1", "18446744073709551615"); /* 2**64, 1 */
    check_op(t, OP_MUL, "1267650600228229401496703205376", "717897987691852588770249", "910043815000214977332758527534256632492715260325658624"); /* 2**100, 3**50 */
    check_op(t, OP_MUL, "-18446744073709551616", "18446744073709551616", "-340282366920938463463374607431768211456"); /* -(2**64), 2**64 */
    check_op(t, OP_MUL, "0", "1267650600228229401496703205376", "0"); /* 0, 2**100 */
    check_op(t, OP_MUL, "-1", "-1267650600228229401496703205376", "1267650600228229401496703205376"); /* -1, -(2**100) */
    check_op(t, OP_MUL, "576460752303423488", "-576460752303423488", "-332306998946228968225951765070086144"); /* 2**59, -(2**59) */
    check_op(t, OP_MUL, "18446744073709551615", "18446744073709551615", "340282366920938463426481119284349108225"); /* 2**64-1, 2**64-1 */
}


static void test_division(tally *t)
{
    check_op(t, OP_DIV, "7", "2", "3"); /* 7, 2 */
    check_op(t, OP_REM, "7", "2", "1"); /* 7, 2 */
    check_op(t, OP_FLOOR_DIV, "7", "2", "3"); /* 7, 2 */
    check_op(t, OP_MOD, "7", "2", "1"); /* 7, 2 */
    check_op(t, OP_DIV, "-7", "2", "-3"); /* -7, 2 */
    check_op(t, OP_REM, "-7", "2", "-1"); /* -7, 2 */
    check_op(t, OP_FLOOR_DIV, "-7", "2", "-4"); /* -7, 2 */
    check_op(t, OP_MOD, "-7", "2", "1"); /* -7, 2 */
    check_op(t, OP_DIV, "7", "-2", "-3"); /* 7, -2 */
    check_op(t, OP_REM, "7", "-2", "1"); /* 7, -2 */
    check_op(t, OP_FLOOR_DIV, "7", "-2", "-4"); /* 7, -2 */
    check_op(t, OP_MOD, "7", "-2", "-1"); /* 7, -2 */
    check_op(t, OP_DIV, "-7", "-2", "3"); /* -7, -2 */
    check_op(t, OP_REM, "-7", "-2", "-1"); /* -7, -2 */
    check_op(t, OP_FLOOR_DIV, "-7", "-2", "3"); /* -7, -2 */
    check_op(t, OP_MOD, "-7", "-2", "-1"); /* -7, -2 */
    check_op(t, OP_DIV, "-1267650600228229401496703205376", "3", "-422550200076076467165567735125"); /* -(2**100), 3 */
    check_op(t, OP_REM, "-1267650600228229401496703205376", "3", "-1"); /* -(2**100), 3 */
    check_op(t, OP_FLOOR_DIV, "-1267650600228229401496703205376", "3", "-422550200076076467165567735126"); /* -(2**100), 3 */
    check_op(t, OP_MOD, "-1267650600228229401496703205376", "3", "2"); /* -(2**100), 3 */
    check_op(t, OP_DIV, "1267650600228229401496703205377", "-18446744073709551616", "-68719476736"); /* 2**100+1, -(2**64) */
    check_op(t, OP_REM, "1267650600228229401496703205377", "-18446744073709551616", "1"); /* 2**100+1, -(2**64) */
    check_op(t, OP_FLOOR_DIV, "1267650600228229401496703205377", "-18446744073709551616", "-68719476737"); /* 2**100+1, -(2**64) */
    check_op(t, OP_MOD, "1267650600228229401496703205377", "-18446744073709551616", "-18446744073709551615"); /* 2**100+1, -(2**64) */
    check_op(t, OP_DIV, "340282366920938463463374607431768211455", "-18446744073709551616", "-18446744073709551615"); /* 2**128-1, -(2**64) */
    check_op(t, OP_REM, "340282366920938463463374607431768211455", "-18446744073709551616", "18446744073709551615"); /* 2**128-1, -(2**64) */
    check_op(t, OP_FLOOR_DIV, "340282366920938463463374607431768211455", "-18446744073709551616", "-18446744073709551616"); /* 2**128-1, -(2**64) */
    check_op(t, OP_MOD, "340282366920938463463374607431768211455", "-18446744073709551616", "-1"); /* 2**128-1, -(2**64) */
    check_op(t, OP_DIV, "-18446744073709551616", "340282366920938463463374607431768211456", "0"); /* -(2**64), 2**128 */
    check_op(t, OP_REM, "-18446744073709551616", "340282366920938463463374607431768211456", "-18446744073709551616"); /* -(2**64), 2**128 */
    check_op(t, OP_FLOOR_DIV, "-18446744073709551616", "340282366920938463463374607431768211456", "-1"); /* -(2**64), 2**128 */
    check_op(t, OP_MOD, "-18446744073709551616", "340282366920938463463374607431768211456", "340282366920938463444927863358058659840"); /* -(2**64), 2**128 */
    check_op(t, OP_DIV, "5", "-1180591620717411303424", "0"); /* 5, -(2**70) */
    check_op(t, OP_REM, "5", "-1180591620717411303424", "5"); /* 5, -(2**70) */
    check_op(t, OP_FLOOR_DIV, "5", "-1180591620717411303424", "-1"); /* 5, -(2**70) */
    check_op(t, OP_MOD, "5", "-1180591620717411303424", "-1180591620717411303419"); /* 5, -(2**70) */
    check_op(t, OP_DIV, "-1361129467683753853853498429727072845824", "-36893488147419103232", "36893488147419103232"); /* -(2**130), -(2**65) */
    check_op(t, OP_REM, "-1361129467683753853853498429727072845824", "-36893488147419103232", "0"); /* -(2**130), -(2**65) */
    check_op(t, OP_FLOOR_DIV, "-1361129467683753853853498429727072845824", "-36893488147419103232", "36893488147419103232"); /* -(2**130), -(2**65) */
    check_op(t, OP_MOD, "-1361129467683753853853498429727072845824", "-36893488147419103232", "0"); /* -(2**130), -(2**65) */
    check_op(t, OP_DIV, "1361129467683753853853498429727072845824", "36893488147419103233", "36893488147419103231"); /* 2**130, 2**65+1 */
    check_op(t, OP_REM, "1361129467683753853853498429727072845824", "36893488147419103233", "1"); /* 2**130, 2**65+1 */
    check_op(t, OP_FLOOR_DIV, "1361129467683753853853498429727072845824", "36893488147419103233", "36893488147419103231"); /* 2**130, 2**65+1 */
    check_op(t, OP_MOD, "1361129467683753853853498429727072845824", "36893488147419103233", "1"); /* 2**130, 2**65+1 */
    check_op(t, OP_DIV, "-18446744073709551616", "18446744073709551616", "-1"); /* -(2**64), 2**64 */
    check_op(t, OP_REM, "-18446744073709551616", "18446744073709551616", "0"); /* -(2**64), 2**64 */
    check_op(t, OP_FLOOR_DIV, "-18446744073709551616", "18446744073709551616", "-1"); /* -(2**64), 2**64 */
    check_op(t, OP_MOD, "-18446744073709551616", "18446744073709551616", "0"); /* -(2**64), 2**64 */
}


/* Bitwise on infinite two's complement; shift counts of 2**63 - 1 and
 * -(2**63) stand for any larger count. */
static void test_bitwise(tally *t)
{
    check_op(t, OP_BAND, "-5", "3", "3"); /* -5, 3 */
    check_op(t, OP_BOR, "-5", "3", "-5"); /* -5, 3 */
    check_op(t, OP_BXOR, "-5", "3", "-8"); /* -5, 3 */
    check_op(t, OP_BAND, "-1267650600228229401496703205376", "1267650600228229401496703205375", "0"); /* -(2**100), 2**100-1 */
    check_op(t, OP_BOR, "-1267650600228229401496703205376", "1267650600228229401496703205375", "-1"); /* -(2**100), 2**100-1 */
    check_op(t, OP_BXOR, "-1267650600228229401496703205376", "1267650600228229401496703205375", "-1"); /* -(2**100), 2**100-1 */
    check_op(t, OP_BAND, "-1267650600228229401496703205376", "1", "0"); /* -(2**100), 1 */
    check_op(t, OP_BOR, "-1267650600228229401496703205376", "1", "-1267650600228229401496703205375"); /* -(2**100), 1 */
    check_op(t, OP_BXOR, "-1267650600228229401496703205376", "1", "-1267650600228229401496703205375"); /* -(2**100), 1 */
    check_op(t, OP_BAND, "-18446744073709551616", "-1", "-18446744073709551616"); /* -(2**64), -1 */
    check_op(t, OP_BOR, "-18446744073709551616", "-1", "-1"); /* -(2**64), -1 */
    check_op(t, OP_BXOR, "-18446744073709551616", "-1", "18446744073709551615"); /* -(2**64), -1 */
    check_op(t, OP_BAND, "-18446744073709551617", "-1180591620717411303424", "-1180591620717411303424"); /* -(2**64)-1, -(2**70) */
    check_op(t, OP_BOR, "-18446744073709551617", "-1180591620717411303424", "-18446744073709551617"); /* -(2**64)-1, -(2**70) */
    check_op(t, OP_BXOR, "-18446744073709551617", "-1180591620717411303424", "1162144876643701751807"); /* -(2**64)-1, -(2**70) */
    check_op(t, OP_BAND, "-1", "1267650600228229401496703205381", "1267650600228229401496703205381"); /* -1, 2**100+5 */
    check_op(t, OP_BOR, "-1", "1267650600228229401496703205381", "-1"); /* -1, 2**100+5 */
    check_op(t, OP_BXOR, "-1", "1267650600228229401496703205381", "-1267650600228229401496703205382"); /* -1, 2**100+5 */
    check_op(t, OP_BAND, "18446744073709551619", "-18446744073709551615", "18446744073709551617"); /* 2**64+3, -(2**64)+1 */
    check_op(t, OP_BOR, "18446744073709551619", "-18446744073709551615", "-18446744073709551613"); /* 2**64+3, -(2**64)+1 */
    check_op(t, OP_BXOR, "18446744073709551619", "-18446744073709551615", "-36893488147419103230"); /* 2**64+3, -(2**64)+1 */
    check_op(t, OP_BAND, "-9223372036854775808", "-9223372036854775808", "-9223372036854775808"); /* -(2**63), -(2**63) */
    check_op(t, OP_BOR, "-9223372036854775808", "-9223372036854775808", "-9223372036854775808"); /* -(2**63), -(2**63) */
    check_op(t, OP_BXOR, "-9223372036854775808", "-9223372036854775808", "0"); /* -(2**63), -(2**63) */
    check_op(t, OP_BAND, "0", "-18446744073709551616", "0"); /* 0, -(2**64) */
    check_op(t, OP_BOR, "0", "-18446744073709551616", "-18446744073709551616"); /* 0, -(2**64) */
    check_op(t, OP_BXOR, "0", "-18446744073709551616", "-18446744073709551616"); /* 0, -(2**64) */
    check_op(t, OP_BNOT, "5", "0", "-6"); /* 5 */
    check_op(t, OP_BNOT, "-1", "0", "0"); /* -1 */
    check_op(t, OP_BNOT, "0", "0", "-1"); /* 0 */
    check_op(t, OP_BNOT, "18446744073709551615", "0", "-18446744073709551616"); /* 2**64-1 */
    check_op(t, OP_BNOT, "-18446744073709551616", "0", "18446744073709551615"); /* -(2**64) */
    check_op(t, OP_BNOT, "-576460752303423488", "0", "576460752303423487"); /* -(2**59) */
    check_op(t, OP_BSL, "1", "200", "1606938044258990275541962092341162602522202993782792835301376"); /* bsl(1, 200) */
    check_op(t, OP_BSL, "5", "-1", "2"); /* bsl(5, -1) */
    check_op(t, OP_BSL, "-1", "64", "-18446744073709551616"); /* bsl(-1, 64) */
    check_op(t, OP_BSL, "-7", "-9223372036854775808", "-1"); /* bsl(-7, -(2**63)) */
    check_op(t, OP_BSL, "0", "9223372036854775807", "0"); /* bsl(0, 2**63-1) */
    check_op(t, OP_BSL, "-18446744073709551615", "63", "-170141183460469231722463931679029329920"); /* bsl(-(2**64)+1, 63) */
    check_op(t, OP_BSR, "-1", "100", "-1"); /* bsr(-1, 100) */
    check_op(t, OP_BSR, "5", "-2", "20"); /* bsr(5, -2) */
    check_op(t, OP_BSR, "-5", "1", "-3"); /* bsr(-5, 1) */
    check_op(t, OP_BSR, "-1267650600228229401496703205377", "100", "-2"); /* bsr(-(2**100)-1, 100) */
    check_op(t, OP_BSR, "-1267650600228229401496703205376", "100", "-1"); /* bsr(-(2**100), 100) */
    check_op(t, OP_BSR, "1267650600228229401496703205376", "101", "0"); /* bsr(2**100, 101) */
    check_op(t, OP_BSR, "-1267650600228229401496703205376", "101", "-1"); /* bsr(-(2**100), 101) */
    check_op(t, OP_BSR, "18446744073709551616", "64", "1"); /* bsr(2**64, 64) */
    check_op(t, OP_BSR, "-18446744073709551616", "64", "-1"); /* bsr(-(2**64), 64) */
    check_op(t, OP_BSR, "-18446744073709551617", "64", "-2"); /* bsr(-(2**64)-1, 64) */
    check_op(t, OP_BSR, "-7", "9223372036854775807", "-1"); /* bsr(-7, 2**63-1) */
    check_op(t, OP_BSR, "-18446744073709551615", "1", "-9223372036854775808"); /* bsr(-(2**64)+1, 1) */
}


static void test_pow(tally *t)
{
    check_op(t, OP_POW, "2", "64", "18446744073709551616"); /* Integer.pow(2, 64) */
    check_op(t, OP_POW, "-3", "41", "-36472996377170786403"); /* Integer.pow(-3, 41) */
    check_op(t, OP_POW, "7", "0", "1"); /* Integer.pow(7, 0) */
    check_op(t, OP_POW, "0", "0", "1"); /* Integer.pow(0, 0) */
    check_op(t, OP_POW, "0", "5", "0"); /* Integer.pow(0, 5) */
    check_op(t, OP_POW, "-1", "18446744073709551615", "-1"); /* Integer.pow(-1, 2**64-1) */
    check_op(t, OP_POW, "10", "30", "1000000000000000000000000000000"); /* Integer.pow(10, 30) */
    check_op(t, OP_POW, "-18446744073709551616", "3", "-6277101735386680763835789423207666416102355444464034512896"); /* Integer.pow(-(2**64), 3) */
    check_op(t, OP_POW, "3", "100", "515377520732011331036461129765621272702107522001"); /* Integer.pow(3, 100) */
    check_op(t, OP_POW, "18446744073709551615", "5", "2135987035920910081816061259982971137547620614667080038315646755056884185109834672074087649509375"); /* Integer.pow(2**64-1, 5) */
    check_op(t, OP_POW, "-2", "63", "-9223372036854775808"); /* Integer.pow(-2, 63) */
}


static void test_to_string(tally *t)
{
    check_to_string(t, "1267650600228229401496703205376", 16, "10000000000000000000000000"); /* 2**100 */
    check_to_string(t, "-1267650600228229401496703205411", 36, "-3EWFDNCA0N6LD1GGVFHF"); /* -(2**100)-35 */
    check_to_string(t, "-255", 2, "-11111111"); /* -255 */
    check_to_string(t, "0", 2, "0"); /* 0 */
    check_to_string(t, "-18446744073709551616", 16, "-10000000000000000"); /* -(2**64) */
    check_to_string(t, "18446744073709551615", 36, "3W5E11264SGSF"); /* 2**64-1 */
    check_to_string(t, "-576460752303423488", 2, "-100000000000000000000000000000000000000000000000000000000000"); /* -(2**59) */
    check_to_string(t, "576460752303423487", 10, "576460752303423487"); /* 2**59-1 */
    check_to_string(t, "717897987691852588770249", 7, "13632140121616200362302616562"); /* 3**50 */
    check_to_string(t, "-18446744073709551615", 8, "-1777777777777777777777"); /* -(2**64)+1 */
    check_to_string(t, "265252859812191058636308480000000", 36, "JUCOTKUO7QE0HS0000000"); /* 30! */
}


/* Integer.parse/2 (value and bytes read, or :error) and String.to_integer/2. */
static void test_parse(tally *t)
{
    check_parse(t, "+123abc", 10, "123", 4, NULL);
    check_parse(t, "-ff", 16, "-255", 3, "-255");
    check_parse(t, "zz", 36, "1295", 2, "1295");
    check_parse(t, "Zz9", 36, "46629", 3, "46629");
    check_parse(t, "-0", 10, "0", 2, "0");
    check_parse(t, "--1", 10, NULL, 0, NULL);
    check_parse(t, "+", 10, NULL, 0, NULL);
    check_parse(t, "", 10, NULL, 0, NULL);
    check_parse(t, "1_000", 10, "1", 1, NULL);
    check_parse(t, "0x1F", 10, "0", 1, NULL);
    check_parse(t, "1F", 16, "31", 2, "31");
    check_parse(t, "1g", 16, "1", 1, NULL);
    check_parse(t, " 1", 10, NULL, 0, NULL);
    check_parse(t, "-00012", 10, "-12", 6, "-12");
    check_parse(t, "12a", 10, "12", 2, NULL);
    check_parse(t, "+7", 10, "7", 2, "7");
    check_parse(t, "1010", 2, "10", 4, "10");
    check_parse(t, "102", 2, "2", 2, NULL);
    check_parse(t, "18446744073709551616", 10, "18446744073709551616", 20, "18446744073709551616");
    check_parse(t, "-10000000000000000000000000000000000000000", 10, "-10000000000000000000000000000000000000000", 42, "-10000000000000000000000000000000000000000");
    check_parse(t, "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", 16, "5444517870735015415413993718908291383295", 33, "5444517870735015415413993718908291383295");
    check_parse(t, "zzzzzzzzzzzzzzzzzzzz", 36, "13367494538843734067838845976575", 20, "13367494538843734067838845976575");
}


/* :erlang.float/1, bits as OTP 25 gives them; its rounding is not always
 * to nearest: 2**116 + 2**63 + 1 gives 2**116. */
static void test_to_double(tally *t)
{
    check_to_double(t, "9007199254740993", 0x4340000000000000); /* 2**53+1 -> 9.007199254740992e15 */
    check_to_double(t, "83076749736557251279859978122297345", 0x4730000000000000); /* 2**116+2**63+1 -> 8.307674973655724e34 */
    check_to_double(t, "340282366920938501242306470388929921025", 0x47F0000000000000); /* 2**128+2**75+1 -> 3.402823669209385e38 */
    check_to_double(t, "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", 0x7FEFFFFFFFFFFFFF); /* 2**1024-2**970-1 -> 1.7976931348623157e308 */
    check_to_double_fails(t, "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"); /* 2**1024-2**970 */
    check_to_double_fails(t, "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"); /* 10**400 */
    check_to_double(t, "-18446744073709551616", 0xC3F0000000000000); /* -(2**64) -> -1.8446744073709552e19 */
    check_to_double(t, "18446744073709551615", 0x43F0000000000000); /* 2**64-1 -> 1.8446744073709552e19 */
    check_to_double(t, "-89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", 0xFFE0000000000000); /* -(2**1023) -> -8.98846567431158e307 */
    check_to_double(t, "515377520732011331036461129765621272702107522001", 0x49D69194F299CDDA); /* 3**100 -> 5.153775207320113e47 */
    check_to_double(t, "0", 0x0000000000000000); /* 0 -> 0.0 */
}


static void test_from_double(tally *t)
{
    check_from_double(t, 1.0e20, "100000000000000000000");
    check_from_double(t, -1.5e300, "-1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240");
    check_from_double(t, 1.7976931348623157e308, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368");
    check_from_double(t, 2.5e18, "2500000000000000000");
    check_from_double(t, -1.0e19, "-10000000000000000000");
    check_from_double(t, 0.5, "0");
    check_from_double(t, -0.999, "0");
    check_from_double(t, 9.007199254740992e15, "9007199254740992");
    check_from_double(t, 4.611686018427388e18, "4611686018427387904");
    check_from_double(t, -5.764607523034235e17, "-576460752303423488");
    check_from_double(t, 1.0e-300, "0");
    check_from_double(t, 1.8446744073709552e19, "18446744073709551616");
    check_from_double(t, 123.9, "123");
}


static void test_compare_double(tally *t)
{
    check_cmp_double(t, "9007199254740993", 9.007199254740992e15, 1); /* 2**53+1 */
    check_cmp_double(t, "9007199254740992", 9.007199254740992e15, 0); /* 2**53 */
    check_cmp_double(t, "9007199254740991", 9.007199254740992e15, -1); /* 2**53-1 */
    check_cmp_double(t, "89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", 8.98846567431158e307, 0); /* 2**1023 */
    check_cmp_double(t, "89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068609", 8.98846567431158e307, 1); /* 2**1023+1 */
    check_cmp_double(t, "89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068607", 8.98846567431158e307, -1); /* 2**1023-1 */
    check_cmp_double(t, "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", 1.7976931348623157e308, 1); /* 2**1024 */
    check_cmp_double(t, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", 1.7976931348623157e308, 0); /* 2**1024-2**971 */
    check_cmp_double(t, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858369", 1.7976931348623157e308, 1); /* 2**1024-2**971+1 */
    check_cmp_double(t, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858367", 1.7976931348623157e308, -1); /* 2**1024-2**971-1 */
    check_cmp_double(t, "-18446744073709551616", -1.8446744073709552e19, 0); /* -(2**64) */
    check_cmp_double(t, "-18446744073709551617", -1.8446744073709552e19, -1); /* -(2**64)-1 */
    check_cmp_double(t, "-18446744073709551615", -1.8446744073709552e19, 1); /* -(2**64)+1 */
    check_cmp_double(t, "0", -0.0, 0); /* 0 */
    check_cmp_double(t, "0", 0.5, -1); /* 0 */
    check_cmp_double(t, "5", 5.5, -1); /* 5 */
    check_cmp_double(t, "-5", -5.5, 1); /* -5 */
    check_cmp_double(t, "-5", 4.0, -1); /* -5 */
    check_cmp_double(t, "1267650600228229401496703205376", -1.0, 1); /* 2**100 */
    check_cmp_double(t, "-1267650600228229401496703205376", 1.0e-300, -1); /* -(2**100) */
    check_cmp_double(t, "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 1.7976931348623157e308, 1); /* 10**400 */
    check_cmp_double(t, "83076749736557251279859978122297345", 8.307674973655724e34, 1); /* 2**116+2**63+1 */
}


static void test_compare(tally *t)
{
    check_cmp(t, "18446744073709551616", "18446744073709551617", -1); /* 2**64, 2**64+1 */
    check_cmp(t, "-18446744073709551616", "18446744073709551616", -1); /* -(2**64), 2**64 */
    check_cmp(t, "-18446744073709551616", "-18446744073709551617", 1); /* -(2**64), -(2**64)-1 */
    check_cmp(t, "1267650600228229401496703205376", "1267650600228229401496703205376", 0); /* 2**100, 2**100 */
    check_cmp(t, "0", "-1", 1); /* 0, -1 */
    check_cmp(t, "-340282366920938463463374607431768211456", "-18446744073709551616", -1); /* -(2**128), -(2**64) */
    check_cmp(t, "18446744073709551616", "9223372036854775808", 1); /* 2**64, 2**63 */
}

/* ---- hand-written checks ----------------------------------------------------- */

static void check_view_text(tally *t, const char *what, big_view v, const char *want)
{
    char *got = num_text(v, 10);
    record(t, got && strcmp(got, want) == 0, what, got, want);
    free(got);
}

static void test_small_boundary(tally *t)
{
    uint64_t buf[2];
    int64_t v = 1;
    check_true(t, "2^59-1 is small", big_fits_small(big_from_int64(BIG_SMALL_MAX, buf), &v) && v == BIG_SMALL_MAX);
    check_true(t, "-2^59 is small", big_fits_small(big_from_int64(BIG_SMALL_MIN, buf), &v) && v == BIG_SMALL_MIN);
    check_true(t, "2^59 is not small", !big_fits_small(big_from_int64(BIG_SMALL_MAX + 1, buf), &v));
    check_true(t, "-2^59-1 is not small", !big_fits_small(big_from_int64(BIG_SMALL_MIN - 1, buf), &v));
    big_view zero = big_from_int64(0, buf);
    check_true(t, "zero has no limbs and is small", zero.n == 0 && !zero.neg && big_fits_small(zero, &v) && v == 0);
    check_true(t, "INT64_MIN fits int64", big_fits_int64(big_from_int64(INT64_MIN, buf), &v) && v == INT64_MIN);
    check_view_text(t, "from_int64(INT64_MIN)", big_from_int64(INT64_MIN, buf), "-9223372036854775808");
    check_view_text(t, "from_int64(2^59)", big_from_int64(BIG_SMALL_MAX + 1, buf), "576460752303423488");
    num n = num_parse("9223372036854775808");
    check_true(t, "2^63 does not fit int64", n.ok && !big_fits_int64(n.v, &v));
    num_free(&n);
    n = num_parse("-9223372036854775808");
    check_true(t, "-2^63 fits int64", n.ok && big_fits_int64(n.v, &v) && v == INT64_MIN);
    num_free(&n);
    n = num_parse("-0");
    check_true(t, "-0 parses to an unsigned zero", n.ok && n.v.n == 0 && !n.v.neg);
    num_free(&n);
    /* The VM's small add/mul overflow into 128 bits; (2^59-1)^2 and -(2^127). */
    check_view_text(t, "from_i128((2^59-1)^2)", big_from_i128((__int128)BIG_SMALL_MAX * BIG_SMALL_MAX, buf),
                    "332306998946228967073030260463239169");
    __int128 min128 = -(__int128)(((unsigned __int128)1 << 127) - 1) - 1;
    check_view_text(t, "from_i128(INT128_MIN)", big_from_i128(min128, buf), "-170141183460469231731687303715884105728");
    check_true(t, "from_i128(0) is zero", big_from_i128(0, buf).n == 0);
}

static void test_factorial(tally *t)
{
    uint64_t a[16], b[16], k[1];
    big_out x = big_out_make(a, 16), y = big_out_make(b, 16);
    big_status st = BIG_OK;
    a[0] = 1;
    x.n = 1;
    for (int64_t i = 2; i <= 100 && st == BIG_OK; i++) {
        st = big_mul(big_out_view(&x), big_from_int64(i, k), &y);
        big_out swap = x;
        x = y;
        y = swap;
    }
    check_view_text(t, "100!", big_out_view(&x),
                    "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941"
                    "463976156518286253697920827223758251185210916864000000000000000000000000");
}

/* A thousand-digit number to decimal and back, as inspect and
 * String.to_integer do; 7**1200 has 1015 digits. */
static void test_long_text(tally *t)
{
    uint64_t seven[1];
    size_t cap = 0;
    big_view base = big_from_int64(7, seven);
    big_pow_size(base, 1200, &cap);
    uint64_t *limbs = malloc(cap * sizeof(uint64_t));
    big_out x = big_out_make(limbs, cap);
    check_true(t, "7**1200 computes", limbs && big_pow(base, 1200, &x) == BIG_OK);
    clock_t start = clock();
    char *text = num_text(big_out_view(&x), 10);
    num back = num_parse(text ? text : "");
    double ms = (double)(clock() - start) * 1000.0 / CLOCKS_PER_SEC;
    check_true(t, "7**1200 has 1015 digits", text && strlen(text) == 1015);
    check_true(t, "7**1200 starts 13111368304837323044", text && strncmp(text, "13111368304837323044", 20) == 0);
    check_true(t, "7**1200 ends 47491649640736720001", text && strlen(text) == 1015 &&
                   strcmp(text + 995, "47491649640736720001") == 0);
    check_true(t, "7**1200 reads back", back.ok && big_eq(back.v, big_out_view(&x)));
    check_true(t, "7**1200 round trip under 50 ms", ms < 50);
    num_free(&back);
    free(text);
    free(limbs);
}

static void test_zero_division(tally *t)
{
    check_op_fails(t, OP_DIV, "5", "0", BIG_EDIVZERO);
    check_op_fails(t, OP_REM, "-1267650600228229401496703205376", "0", BIG_EDIVZERO);
    check_op_fails(t, OP_FLOOR_DIV, "0", "0", BIG_EDIVZERO);
    check_op_fails(t, OP_MOD, "18446744073709551616", "0", BIG_EDIVZERO);
}

/* BEAM's size limit, 2^19 - 1 limbs: in OTP 25 bsl(1, 2**25 - 65) works,
 * bsl(1, 2**25 - 64), its double and Integer.pow(2, 2**25 - 64) raise
 * SystemLimitError, and bsl(0, huge) is 0. */
static void test_size_limit(tally *t)
{
    uint64_t one[1], two[1];
    big_view v1 = big_from_int64(1, one), v2 = big_from_int64(2, two);
    size_t cap = 0, cap2 = 0;
    check_true(t, "bsl(1, 2^25-65) size", big_bsl_size(v1, (1 << 25) - 65, &cap) == BIG_OK);
    uint64_t *a = malloc(cap * sizeof(uint64_t));
    big_out x = big_out_make(a, cap);
    check_true(t, "bsl(1, 2^25-65)", a && big_bsl(v1, (1 << 25) - 65, &x) == BIG_OK &&
                   big_bit_length(big_out_view(&x)) == (1 << 25) - 64 && x.n == BIG_MAX_LIMBS);
    check_true(t, "bsl(1, 2^25-64) is system_limit", big_bsl_size(v1, (1 << 25) - 64, &cap2) == BIG_ELIMIT);
    check_true(t, "bsr(-1, -2^63) is system_limit", big_bsr_size(big_from_int64(-1, one), INT64_MIN, &cap2) == BIG_ELIMIT);
    big_view xv = big_out_view(&x);
    cap2 = big_add_size(xv, xv);
    uint64_t *b = malloc(cap2 * sizeof(uint64_t));
    big_out y = big_out_make(b, cap2);
    check_true(t, "x + x is system_limit", b && big_add(xv, xv, &y) == BIG_ELIMIT);
    free(b);
    check_true(t, "pow(2, 2^25-65) size", big_pow_size(v2, (1 << 25) - 65, &cap2) == BIG_OK && cap2 <= cap);
    b = malloc(cap2 * sizeof(uint64_t));
    y = big_out_make(b, cap2);
    check_true(t, "pow(2, 2^25-65) == bsl(1, 2^25-65)", b && big_pow(v2, (1 << 25) - 65, &y) == BIG_OK &&
                   big_eq(big_out_view(&y), xv));
    free(b);
    free(a);
    check_true(t, "pow(2, 2^25-64) is system_limit", big_pow_size(v2, (1 << 25) - 64, &cap2) == BIG_ELIMIT);
    check_true(t, "pow(3, 2^40) is system_limit", big_pow_size(big_from_int64(3, one), UINT64_C(1) << 40, &cap2) == BIG_ELIMIT);
    check_true(t, "pow(3, 2^25) is system_limit", big_pow_size(big_from_int64(3, one), UINT64_C(1) << 25, &cap2) == BIG_ELIMIT);
}

static void test_caller_errors(tally *t)
{
    uint64_t a[1], b[1], out[4];
    big_view x = big_from_int64(INT64_MAX, a), y = big_from_int64(1, b);
    big_out small = big_out_make(out, 1);
    check_true(t, "add into a short buffer is BIG_ESPACE", big_add(x, x, &small) == BIG_ESPACE);
    char text[8];
    check_true(t, "to_string into a short buffer is BIG_ESPACE", big_to_string(x, 10, text, sizeof text, NULL) == BIG_ESPACE);
    check_true(t, "base 37 has no size", big_to_string_size(y, 37) == 0 && big_parse_size(3, 1) == 0);
    check_true(t, "to_string base 1 is BIG_EBASE", big_to_string(y, 1, text, sizeof text, NULL) == BIG_EBASE);
    big_out o = big_out_make(out, 4);
    check_true(t, "parse base 37 is BIG_EBASE", big_parse("1", 1, 37, &o, NULL) == BIG_EBASE);
    check_true(t, "trunc(inf) is BIG_ERANGE", big_from_double(INFINITY, &o) == BIG_ERANGE);
    check_true(t, "trunc(nan) is BIG_ERANGE", big_from_double(NAN, &o) == BIG_ERANGE);
    check_true(t, "integers are below +inf", big_cmp_double(x, INFINITY) == -1 && big_cmp_double(x, -INFINITY) == 1);
    out[0] = 5;
    out[1] = out[2] = 0;
    o.n = 3;
    o.neg = true;
    big_normalize(&o);
    check_true(t, "normalize strips leading zeros", o.n == 1 && o.neg);
    out[0] = 0;
    big_normalize(&o);
    check_true(t, "normalize drops the sign of zero", o.n == 0 && !o.neg);
}

int main(void)
{
    tally t = {0, 0};
    test_arithmetic(&t);
    test_division(&t);
    test_bitwise(&t);
    test_pow(&t);
    test_to_string(&t);
    test_parse(&t);
    test_to_double(&t);
    test_from_double(&t);
    test_compare_double(&t);
    test_compare(&t);
    test_small_boundary(&t);
    test_factorial(&t);
    test_long_text(&t);
    test_zero_division(&t);
    test_size_limit(&t);
    test_caller_errors(&t);
    printf("bignum: %d passed, %d failed\n", t.passed, t.failed);
    return t.failed != 0;
}
