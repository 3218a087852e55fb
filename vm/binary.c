/* binary.c — bit-level binary building and matching (see binary.h). */
#include "binary.h"

#include <stdlib.h>
#include <string.h>

#include "bytecode.h"
#include "format.h"
#include "integer.h"

static unsigned bs_unit(unsigned flags) { return (flags >> BS_UNIT_SHIFT) & 0x1FF; }

static void bs_put_bits(unsigned char *out, size_t *bit, uint64_t value, size_t nbits) {
    for (size_t i = nbits; i-- > 0;) {
        if ((value >> i) & 1) out[*bit / 8] |= (unsigned char)(0x80u >> (*bit % 8));
        (*bit)++;
    }
}

long long binary_segment_bits(bl_term value, bl_term size, unsigned flags) {
    unsigned type = flags & BS_TYPE_MASK, unit = bs_unit(flags);
    /* size * unit past the binary limit (and before it could overflow) */
    if (is_small(size) && unit && (unsigned long long)small_val(size) > BINARY_MAX_BYTES * 8 / unit &&
        small_val(size) > 0)
        return BINARY_SEGMENT_TOO_LARGE;
    switch (type) {
    case BS_INTEGER:
        if (!is_integer(value) || !is_small(size) || small_val(size) < 0) return -1;
        return (long long)small_val(size) * unit;
    case BS_FLOAT:
        if (!is_number(value)) return -1;
        if (!is_small(size) || (small_val(size) * unit != 64 && small_val(size) * unit != 32)) return -1;
        return (long long)small_val(size) * unit;
    case BS_UTF8: {
        if (!is_small(value)) return -1;
        unsigned char tmp[FMT_UTF8_MAX];
        size_t n = fmt_utf8_encode(small_val(value), tmp);
        return n ? (long long)n * 8 : -1;
    }
    case BS_BINARY: {
        if (!is_binary(value)) return -1;
        long long have = (long long)binary_size(value) * 8;
        if (is_atom(size)) return have; /* all */
        if (!is_small(size) || small_val(size) < 0) return -1;
        long long want = (long long)small_val(size) * unit;
        return want <= have ? want : -1;
    }
    default: return -1;
    }
}

/* Bit i (from the least significant) of the two's complement of a bignum. */
static int bs_big_bit(const uint64_t *mag, const uint64_t *mag_minus_1, size_t n, bool neg, size_t i) {
    const uint64_t *l = neg ? mag_minus_1 : mag;
    int b = i / 64 < n ? (int)((l[i / 64] >> (i % 64)) & 1) : 0;
    return neg ? !b : b;
}

/* Writes `bits` bits of a bignum (two's complement, wrapped to the size). */
static void binary_write_big(unsigned char *out, size_t *bit, bl_term value, size_t bits, unsigned flags) {
    uint64_t buf[1];
    big_view v = int_view(value, buf);
    uint64_t *m1 = malloc((v.n + 1) * sizeof *m1);
    if (!m1) return;
    /* |v| - 1, for the complement of negatives */
    uint64_t borrow = 1;
    for (size_t i = 0; i < v.n; i++) {
        m1[i] = v.limbs[i] - borrow;
        borrow = borrow && v.limbs[i] == 0;
    }
    if ((flags & BS_LITTLE) && bits % 8 == 0) {
        for (size_t byte = 0; byte < bits / 8; byte++)
            for (size_t k = 8; k-- > 0;) bs_put_bits(out, bit, (uint64_t)bs_big_bit(v.limbs, m1, v.n, v.neg, byte * 8 + k), 1);
    } else {
        for (size_t i = bits; i-- > 0;) bs_put_bits(out, bit, (uint64_t)bs_big_bit(v.limbs, m1, v.n, v.neg, i), 1);
    }
    free(m1);
}

void binary_write_segment(unsigned char *out, size_t *bit, bl_term value, bl_term size, unsigned flags) {
    unsigned type = flags & BS_TYPE_MASK;
    long long bits = binary_segment_bits(value, size, flags);
    switch (type) {
    case BS_INTEGER: {
        if (is_bignum(value)) {
            binary_write_big(out, bit, value, (size_t)bits, flags);
            break;
        }
        uint64_t v = (uint64_t)small_val(value);
        size_t n = (size_t)bits;
        if ((flags & BS_LITTLE) && n % 8 == 0) {
            for (size_t i = 0; i < n / 8; i++) bs_put_bits(out, bit, i < 8 ? (v >> (8 * i)) & 0xFF : (small_val(value) < 0 ? 0xFF : 0), 8);
        } else {
            /* big-endian: the top bits beyond 64 are the sign extension */
            for (size_t i = n; i > 64; i--) bs_put_bits(out, bit, small_val(value) < 0 ? 1 : 0, 1);
            bs_put_bits(out, bit, v, n > 64 ? 64 : n);
        }
        break;
    }
    case BS_FLOAT: {
        double d = is_small(value) ? (double)small_val(value) : float_val(value);
        uint64_t raw;
        if (bits == 32) {
            float f = (float)d;
            uint32_t r32;
            memcpy(&r32, &f, sizeof r32);
            raw = r32;
        } else {
            memcpy(&raw, &d, sizeof raw);
        }
        if (flags & BS_LITTLE)
            for (long long i = 0; i < bits / 8; i++) bs_put_bits(out, bit, (raw >> (8 * i)) & 0xFF, 8);
        else
            bs_put_bits(out, bit, raw, (size_t)bits);
        break;
    }
    case BS_UTF8: {
        unsigned char tmp[FMT_UTF8_MAX];
        size_t n = fmt_utf8_encode(small_val(value), tmp);
        for (size_t i = 0; i < n; i++) bs_put_bits(out, bit, tmp[i], 8);
        break;
    }
    case BS_BINARY: {
        const unsigned char *src = binary_bytes(value);
        size_t nbytes = (size_t)bits / 8;
        if (*bit % 8 == 0) {
            memcpy(out + *bit / 8, src, nbytes);
            *bit += nbytes * 8;
        } else {
            for (size_t i = 0; i < nbytes; i++) bs_put_bits(out, bit, src[i], 8);
        }
        break;
    }
    }
}

bl_term binary_read_big(bl_process *p, const unsigned char *data, size_t bit, size_t bits, unsigned flags) {
    size_t n = bits / 64 + 1;
    uint64_t *limbs = calloc(n + 1, sizeof *limbs);
    if (!limbs) return bif_error(p, ATOM_TERM(system_limit));
    /* bit i of the number, least significant first */
    for (size_t i = 0; i < bits; i++) {
        size_t src;
        if ((flags & BS_LITTLE) && bits % 8 == 0) src = bit + (i / 8) * 8 + (7 - i % 8);
        else src = bit + bits - 1 - i;
        if ((data[src / 8] >> (7 - src % 8)) & 1) limbs[i / 64] |= (uint64_t)1 << (i % 64);
    }
    bool neg = (flags & BS_SIGNED) && bits > 0 && ((limbs[(bits - 1) / 64] >> ((bits - 1) % 64)) & 1);
    if (neg) {
        /* magnitude = 2^bits - value */
        for (size_t i = 0; i < n; i++) limbs[i] = ~limbs[i];
        if (bits % 64) limbs[bits / 64] &= ((uint64_t)1 << (bits % 64)) - 1;
        for (size_t i = bits / 64 + 1; i < n; i++) limbs[i] = 0;
        for (size_t i = 0; i < n && ++limbs[i] == 0; i++) {}
    }
    big_out o = big_out_make(limbs, n);
    o.n = n;
    o.neg = neg;
    big_normalize(&o);
    bl_term r = int_make(p, big_out_view(&o));
    free(limbs);
    return r;
}

bool binary_read_integer(const unsigned char *data, size_t bit, size_t bits, unsigned flags, bl_sword *out) {
    if (bits > 64) return false;
    uint64_t v = 0;
    if ((flags & BS_LITTLE) && bits % 8 == 0) {
        for (size_t i = 0; i < bits / 8; i++) {
            uint64_t byte = 0;
            for (size_t k = 0; k < 8; k++) {
                size_t b = bit + 8 * i + k;
                byte = byte << 1 | ((data[b / 8] >> (7 - b % 8)) & 1);
            }
            v |= byte << (8 * i);
        }
    } else {
        for (size_t i = 0; i < bits; i++) {
            size_t b = bit + i;
            v = v << 1 | ((data[b / 8] >> (7 - b % 8)) & 1);
        }
    }
    bl_sword r;
    if ((flags & BS_SIGNED) && bits > 0 && bits < 64 && (v >> (bits - 1)) & 1) r = (bl_sword)(v | (~(uint64_t)0 << bits));
    else r = (bl_sword)v;
    if (!(flags & BS_SIGNED) && bits == 64 && (v >> 63)) return false;
    if (!small_fits(r)) return false;
    *out = r;
    return true;
}

size_t binary_read_utf8(const unsigned char *data, size_t len, uint32_t *cp) {
    return fmt_utf8_decode(data, len, cp);
}

bl_term binary_make_sub(bl_term *hp, bl_term bin, size_t offset, size_t size) {
    bl_term *p = boxed_ptr(bin);
    bl_term orig = bin;
    if (header_subtag(p[0]) == SUB_SUBBIN) {
        orig = p[1];
        offset += (size_t)((bl_sword)p[2] >> 4);
    }
    hp[0] = make_header(SUB_SUBBIN, 3);
    hp[1] = orig;
    hp[2] = make_small((bl_sword)offset);
    hp[3] = make_small((bl_sword)size);
    return make_boxed(hp);
}

bl_term binary_new(bl_process *p, bl_term *hp, size_t len, unsigned char **bytes) {
    return binary_new_at(hp, len, bytes, &p->offheap);
}

bl_term binary_new_at(bl_term *hp, size_t len, unsigned char **bytes, bl_term **offheap) {
    if (len <= HEAPBIN_MAX_BYTES) {
        size_t words = binary_words(len);
        hp[0] = make_header(SUB_HEAPBIN, words);
        hp[words] = 0;
        hp[1] = len;
        *bytes = (unsigned char *)(hp + 2);
        return make_boxed(hp);
    }
    bl_binblock *b = malloc(sizeof *b + len);
    /* Out of memory: an empty heap binary keeps the heap well-formed. */
    if (!b) {
        hp[0] = make_header(SUB_TUPLE, 3);
        hp[1] = hp[2] = hp[3] = NIL;
        *bytes = NULL;
        return THE_NON_VALUE;
    }
    b->refc = 1;
    b->size = len;
    hp[0] = make_header(SUB_REFBIN, 3);
    hp[1] = (bl_term)(uintptr_t)b;
    hp[2] = 0;
    hp[3] = (bl_term)(uintptr_t)*offheap;
    *offheap = hp;
    *bytes = b->data;
    return make_boxed(hp);
}
