/*
 * binary.h — building and matching binaries bit by bit.
 *
 * Binaries are byte sequences: heap binaries (SUB_HEAPBIN) hold their
 * bytes, sub-binaries (SUB_SUBBIN) are slices of a heap binary made by
 * matching, so walking a string segment by segment copies nothing.
 * Segments are read and written at bit offsets (big- or little-endian
 * integers of any size, UTF-8, floats, binaries); the whole binary must
 * come out byte-aligned, as the language subset requires.
 */
#ifndef BL_BINARY_H
#define BL_BINARY_H

#include "bif.h"

#define BINARY_MAX_BYTES ((size_t)1 << 40)

/* Bits a segment needs in bs_build (at most BINARY_MAX_BYTES * 8), or -1
 * if the value does not fit its type (a bad argument), or
 * BINARY_SEGMENT_TOO_LARGE (a system limit).  `size` is a small integer or
 * the atom `all`. */
#define BINARY_SEGMENT_TOO_LARGE (-2)
long long binary_segment_bits(bl_term value, bl_term size, unsigned flags);
/* Writes one segment at bit offset *bit of `out` (already zeroed). */
void binary_write_segment(unsigned char *out, size_t *bit, bl_term value, bl_term size, unsigned flags);

/* Reads an integer of `bits` bits at bit offset `bit`; false if it does not
 * fit a small integer. */
bool binary_read_integer(const unsigned char *data, size_t bit, size_t bits, unsigned flags, bl_sword *out);
/* Reads an integer of any size (a bignum when needed); collects, so the
 * caller's roots must be prepared as for a BIF. */
bl_term binary_read_big(bl_process *p, const unsigned char *data, size_t bit, size_t bits, unsigned flags);
/* Decodes a UTF-8 code point at byte `at` of data[0..len); 0 if invalid. */
size_t binary_read_utf8(const unsigned char *data, size_t len, uint32_t *cp);

/* A sub-binary of `bin` (heap or sub) at byte `offset`, `size` bytes, in
 * the 4 words at `hp`. */
bl_term binary_make_sub(bl_term *hp, bl_term bin, size_t offset, size_t size);
/* Words binary_new needs on the heap for a binary of `len` bytes. */
static inline size_t binary_new_words(size_t len) {
    return len > HEAPBIN_MAX_BYTES ? 4 : 1 + binary_words(len);
}
/* A binary of `len` bytes in the binary_new_words(len) words at `hp`:
 * on the heap when small, else off-heap (linked into the process's list).
 * *bytes receives where to write the contents; NULL when out of memory. */
bl_term binary_new(bl_process *p, bl_term *hp, size_t len, unsigned char **bytes);
/* The same anywhere (a message being built): an off-heap block is linked
 * into the list at *offheap. */
bl_term binary_new_at(bl_term *hp, size_t len, unsigned char **bytes, bl_term **offheap);

#endif
