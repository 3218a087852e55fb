/*
 * bytecode.h — the portable bytecode file format, shared by the compiler's
 * writer and the VM's loader.  docs/BYTECODE.md describes it for readers.
 *
 *   offset 0   "BLBC"                  magic
 *          4   u16 version, u16 0      little-endian
 *          8   u32 CRC-32 of every byte from offset 12 to the end
 *         12   u32 total file length
 *         16   sections, in the order of BC_SECTION_LIST, each:
 *              4-byte id, u32 payload length, payload
 *
 * Numbers inside sections are LEB128 varints (signed ones zig-zag encoded).
 */
#ifndef BL_BYTECODE_H
#define BL_BYTECODE_H

#include <stddef.h>
#include <stdint.h>

#define BC_MAGIC "BLBC"
#define BC_VERSION 1
#define BC_HEADER_SIZE 16

/* Section ids in file order. */
#define BC_SECTION_LIST(S) \
    S(ATOM) S(IMPT) S(EXPT) S(LAMB) S(LITS) S(STRC) S(FILE) S(CODE)

/* Operand tags in the CODE section: one byte, then a varint. */
typedef enum {
    BC_U = 0,      /* unsigned number */
    BC_X = 1,      /* x register */
    BC_Y = 2,      /* y register */
    BC_INT = 3,    /* small integer (signed varint) */
    BC_ATOM = 4,   /* atom table index */
    BC_LIT = 5,    /* literal table index */
    BC_NIL = 6,    /* [] (varint 0) */
    BC_LABEL = 7,  /* label number; 0 only for 'f' operands */
    BC_IMPORT = 8, /* import table index */
    BC_LAMBDA = 9, /* lambda table index */
    BC_LIST = 10,  /* count of the sources that follow */
    BC_TAG_COUNT
} bc_tag;

/* Literal encoding tags in the LITS section. */
typedef enum {
    LIT_INT = 0,    /* signed varint */
    LIT_FLOAT = 1,  /* 8 bytes, IEEE double, little-endian */
    LIT_ATOM = 2,   /* varint atom index */
    LIT_NIL = 3,
    LIT_TUPLE = 4,  /* varint n, n terms */
    LIT_LIST = 5,   /* varint n (>= 1), n terms, then the tail term */
    LIT_BINARY = 6, /* varint length, bytes */
    LIT_BIGINT = 7, /* sign byte (0/1), varint limb count, 8-byte limbs LE */
    LIT_EXPORT = 8, /* varint module atom, function atom, arity: &Mod.fun/arity */
    LIT_MAP = 9,    /* varint n, then n key/value term pairs (any order) */
} bc_lit_tag;

/* Segment flags of the binary instructions (bs_build, bs_get_*): the type
 * in the low bits, then signedness and endianness, then the unit. */
enum {
    BS_INTEGER = 0,
    BS_BINARY = 1,
    BS_UTF8 = 2,
    BS_FLOAT = 3,
    BS_TYPE_MASK = 7,
    BS_SIGNED = 8,
    BS_LITTLE = 16,
    BS_UNIT_SHIFT = 8 /* unit in bits (1..256) */
};

#define BC_MAX_LITERAL_DEPTH 10000 /* deeper literals are rejected */

uint32_t bc_crc32(const unsigned char *data, size_t len);

#endif
