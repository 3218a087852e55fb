/*
 * integer.h — integer terms of any size: small integers and heap bignums
 * (SUB_POSBIG / SUB_NEGBIG, limbs least significant first), computed with
 * bignum.c.
 *
 * The BIFs compute into scratch memory outside the heap and only then
 * allocate the result on the heap, so an argument moved by the collector is
 * never read after it moved.
 */
#ifndef BL_INTEGER_H
#define BL_INTEGER_H

#include "bif.h"
#include "bignum.h"

/* A view of an integer term; `buf` holds a small integer's limb. */
static inline big_view int_view(bl_term t, uint64_t buf[1]) {
    if (is_small(t)) return big_from_int64(small_val(t), buf);
    const bl_term *p = boxed_ptr(t);
    return (big_view){(const uint64_t *)(p + 1), header_arity(p[0]), header_subtag(p[0]) == SUB_NEGBIG};
}

/* The term for a computed result: a small integer when it fits, else a
 * bignum on the heap (may collect; THE_NON_VALUE with system_limit set). */
bl_term int_make(bl_process *p, big_view v);
/* Raises the error a big_status stands for. */
bl_term int_fail(bl_process *p, big_status st);

/* Arithmetic and bitwise BIFs on integers of any size (floats elsewhere). */
typedef enum { INT_ADD, INT_SUB, INT_MUL, INT_DIV, INT_REM, INT_BAND, INT_BOR, INT_BXOR, INT_BSL, INT_BSR } int_op;
bl_term int_binop(bl_process *p, int_op op, bl_term a, bl_term b);
bl_term int_negate(bl_process *p, bl_term a);
bl_term int_bnot(bl_process *p, bl_term a);

/* Integer.to_string(n, base) into a buffer; false for a bad base. */
bool int_to_text(bl_term t, unsigned base, fmt_buf *out);
/* Parses text as an integer in base (whole text); THE_NON_VALUE if not. */
bl_term int_parse(bl_process *p, const char *s, size_t len, unsigned base);
/* float/1 of an integer term; false when too large for a double. */
bool int_to_double(bl_term t, double *out);
/* trunc of a finite double as an integer term. */
bl_term int_from_double(bl_process *p, double d);

#endif
