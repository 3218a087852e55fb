/*
 * term.h — the tagged 64-bit term word, written out once.
 *
 * Every Elixir value is one bl_term.  The two low bits say what the word is:
 *
 *   63                                              2 1 0
 *   +-------------------------------------------------+---+
 *   | address of a header word                        |1 0|  boxed
 *   | address of a cons cell (two words: head, tail)  |0 1|  list
 *   | arity / size                      | subtag(6)   |0 0|  header (heap only)
 *   | payload                                     |ss |1 1|  immediate
 *   +-------------------------------------------------+---+
 *
 * Immediates use two more bits (ss, bits 2-3):
 *
 *   value << 4 | 0011     small integer, 60-bit signed (as BEAM's)
 *   index << 4 | 0111     atom (index into the VM's atom table)
 *   number << 4 | 1011    pid
 *   .......... | 1111     special; bits 4-5 choose:
 *        00  constants: [] (nil list) and THE_NON_VALUE
 *        01  a saved code pointer (CP) on a process stack
 *
 * Header words never appear in registers or as values; they start every
 * boxed object on a heap and give its type and size in words (not counting
 * the header).  During a copying collection a moved object's header is
 * replaced by a boxed pointer to its new copy; a moved cons cell gets
 * THE_NON_VALUE in its head and the new address in its tail.
 *
 * Header words have one more use: the loader encodes register operands of
 * threaded code as header-tagged words (subtags XREG/YREG), so an operand
 * that may be a register or a constant needs one test to tell them apart.
 *
 * Pointers are 8-byte aligned, so the tag bits are free.  Code pointers are
 * stored on the stack shifted left by 3 (they need 61 bits; user-space
 * addresses need far fewer).
 */
#ifndef BL_TERM_H
#define BL_TERM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint64_t bl_term;
typedef uint64_t bl_uword;
typedef int64_t bl_sword;

#define TAG_PRIMARY_MASK 0x3u
#define TAG_HEADER 0x0u
#define TAG_LIST 0x1u
#define TAG_BOXED 0x2u
#define TAG_IMMED 0x3u

#define TAG_IMMED_MASK 0xFu
#define TAG_SMALL 0x3u
#define TAG_ATOM 0x7u
#define TAG_PID 0xBu
#define TAG_SPECIAL 0xFu

#define TAG_SPECIAL_MASK 0x3Fu
#define TAG_CONST 0x0Fu
#define TAG_CP 0x1Fu

#define NIL ((bl_term)((0u << 6) | TAG_CONST))
#define THE_NON_VALUE ((bl_term)((1u << 6) | TAG_CONST))

/* --- small integers --- */
#define SMALL_BITS 60
#define MAX_SMALL ((bl_sword)(((bl_uword)1 << (SMALL_BITS - 1)) - 1))
#define MIN_SMALL (-MAX_SMALL - 1)

static inline bool is_small(bl_term t) { return (t & TAG_IMMED_MASK) == TAG_SMALL; }
static inline bl_term make_small(bl_sword v) { return ((bl_uword)v << 4) | TAG_SMALL; }
static inline bl_sword small_val(bl_term t) { return (bl_sword)t >> 4; }
static inline bool small_fits(bl_sword v) { return v >= MIN_SMALL && v <= MAX_SMALL; }

/* --- atoms and pids --- */
static inline bool is_atom(bl_term t) { return (t & TAG_IMMED_MASK) == TAG_ATOM; }
static inline bl_term make_atom(uint32_t index) { return ((bl_uword)index << 4) | TAG_ATOM; }
static inline uint32_t atom_index(bl_term t) { return (uint32_t)(t >> 4); }

static inline bool is_pid(bl_term t) { return (t & TAG_IMMED_MASK) == TAG_PID; }
static inline bl_term make_pid(uint32_t number) { return ((bl_uword)number << 4) | TAG_PID; }
static inline uint32_t pid_number(bl_term t) { return (uint32_t)(t >> 4); }

static inline bool is_nil(bl_term t) { return t == NIL; }
static inline bool is_value(bl_term t) { return t != THE_NON_VALUE; }

/* --- code pointers saved on the stack --- */
static inline bool is_cp(bl_term t) { return (t & TAG_SPECIAL_MASK) == TAG_CP; }
static inline bl_term make_cp(const void *pc) { return ((bl_uword)(uintptr_t)pc << 3) | TAG_CP; }
static inline const void *cp_val(bl_term t) { return (const void *)(uintptr_t)((t & ~(bl_uword)TAG_SPECIAL_MASK) >> 3); }

/* --- pointers --- */
static inline bool is_boxed(bl_term t) { return (t & TAG_PRIMARY_MASK) == TAG_BOXED; }
static inline bool is_list(bl_term t) { return (t & TAG_PRIMARY_MASK) == TAG_LIST; }
static inline bool is_header(bl_term t) { return (t & TAG_PRIMARY_MASK) == TAG_HEADER; }
static inline bool is_immed(bl_term t) { return (t & TAG_PRIMARY_MASK) == TAG_IMMED; }
static inline bool is_ptr(bl_term t) { return (t & 0x3u) == TAG_BOXED || (t & 0x3u) == TAG_LIST; }

static inline bl_term *boxed_ptr(bl_term t) { return (bl_term *)(uintptr_t)(t - TAG_BOXED); }
static inline bl_term *list_ptr(bl_term t) { return (bl_term *)(uintptr_t)(t - TAG_LIST); }
static inline bl_term make_boxed(const bl_term *p) { return (bl_term)(uintptr_t)p + TAG_BOXED; }
static inline bl_term make_list(const bl_term *p) { return (bl_term)(uintptr_t)p + TAG_LIST; }

static inline bl_term list_head(bl_term t) { return list_ptr(t)[0]; }
static inline bl_term list_tail(bl_term t) { return list_ptr(t)[1]; }
/* The length of a proper list, or -1 when `t` is not one. */
static inline long list_proper_length(bl_term t) {
    long n = 0;
    for (; is_list(t); t = list_tail(t)) n++;
    return t == NIL ? n : -1;
}

/* --- headers --- */
typedef enum {
    SUB_TUPLE = 0,   /* arity elements */
    SUB_FLOAT = 1,   /* one word: the double's bits */
    SUB_POSBIG = 2,  /* arity limbs, magnitude, least significant first */
    SUB_NEGBIG = 3,  /* same, negative */
    SUB_FUN = 4,     /* word 1: bl_lambda *; then the captured values */
    SUB_EXPORT = 5,  /* word 1: bl_export * (a fun made by &Mod.f/n) */
    SUB_HEAPBIN = 6, /* word 1: byte size; then the bytes, padded */
    SUB_REF = 7,     /* 2 words: a reference's number, the pid number of its maker */
    SUB_MAP = 8,     /* 2n words: key/value pairs sorted by key; at most 32 (map.h) */
    SUB_SUBBIN = 9,  /* 3 words: the heap or refc binary, byte offset, byte size (small ints) */
    SUB_REFBIN = 10, /* 3 raw words: bl_binblock *, unused, next REFBIN of the same heap */
    SUB_HASHMAP = 11,   /* a map of more than 32 keys: the root of its hash trie (hamt.h) */
    SUB_HAMT_NODE = 12, /* a node inside a hash trie, never a value of its own */
    SUB_XREG = 62,   /* loader operand: x register (never on a heap) */
    SUB_YREG = 63,   /* loader operand: y register (never on a heap) */
} bl_subtag;

#define HEADER_ARITY_SHIFT 8
#define MAX_HEADER_ARITY (((bl_uword)1 << 48) - 1)
/* Larger tuples are refused with badarg, as on BEAM (make_tuple,
 * list_to_tuple, insert_element, append_element). */
#define TUPLE_MAX_ARITY (((bl_uword)1 << 24) - 1)

static inline bl_term make_header(bl_subtag sub, bl_uword arity) {
    return (arity << HEADER_ARITY_SHIFT) | ((bl_uword)sub << 2) | TAG_HEADER;
}
static inline bl_subtag header_subtag(bl_term h) { return (bl_subtag)((h >> 2) & 0x3F); }
static inline bl_uword header_arity(bl_term h) { return h >> HEADER_ARITY_SHIFT; }

static inline bool is_boxed_of(bl_term t, bl_subtag sub) {
    return is_boxed(t) && header_subtag(boxed_ptr(t)[0]) == sub;
}
static inline bool is_tuple(bl_term t) { return is_boxed_of(t, SUB_TUPLE); }
static inline bool is_float(bl_term t) { return is_boxed_of(t, SUB_FLOAT); }
static inline bool is_bignum(bl_term t) {
    return is_boxed(t) && (header_subtag(boxed_ptr(t)[0]) == SUB_POSBIG ||
                           header_subtag(boxed_ptr(t)[0]) == SUB_NEGBIG);
}
static inline bool is_integer(bl_term t) { return is_small(t) || is_bignum(t); }
static inline bool is_number(bl_term t) { return is_integer(t) || is_float(t); }
static inline bool is_binary(bl_term t) {
    if (!is_boxed(t)) return false;
    bl_subtag sub = header_subtag(boxed_ptr(t)[0]);
    return sub == SUB_HEAPBIN || sub == SUB_SUBBIN || sub == SUB_REFBIN;
}

/* The off-heap storage of a binary over HEAPBIN_MAX_BYTES: shared by
 * reference count between every process that holds it.  The count is
 * changed atomically: an embedding host's environment may hold a block
 * and drop it on another thread (bl_send, bl_env_free). */
typedef struct bl_binblock {
    size_t refc;
    size_t size;
    unsigned char data[];
} bl_binblock;

#define HEAPBIN_MAX_BYTES 64 /* larger binaries live off-heap, reference-counted */
static inline bool is_fun(bl_term t) {
    return is_boxed_of(t, SUB_FUN) || is_boxed_of(t, SUB_EXPORT);
}
static inline bool is_list_or_nil(bl_term t) { return is_list(t) || t == NIL; }

static inline bl_uword tuple_arity(bl_term t) { return header_arity(boxed_ptr(t)[0]); }
static inline bl_term *tuple_elems(bl_term t) { return boxed_ptr(t) + 1; }

static inline double float_val(bl_term t) {
    double d;
    __builtin_memcpy(&d, boxed_ptr(t) + 1, sizeof d);
    return d;
}

/* Bytes of a heap or refc binary (not a sub-binary). */
static inline unsigned char *binary_base_bytes(const bl_term *p) {
    if (header_subtag(p[0]) == SUB_REFBIN) return ((bl_binblock *)(uintptr_t)p[1])->data;
    return (unsigned char *)(p + 2);
}

/* A sub-binary (a slice made by binary matching) refers to a heap or refc
 * binary. */
static inline size_t binary_size(bl_term t) {
    bl_term *p = boxed_ptr(t);
    switch (header_subtag(p[0])) {
    case SUB_SUBBIN: return (size_t)((bl_sword)p[3] >> 4);
    case SUB_REFBIN: return ((bl_binblock *)(uintptr_t)p[1])->size;
    default: return (size_t)p[1];
    }
}
static inline unsigned char *binary_bytes(bl_term t) {
    bl_term *p = boxed_ptr(t);
    if (header_subtag(p[0]) == SUB_SUBBIN) return binary_base_bytes(boxed_ptr(p[1])) + ((bl_sword)p[2] >> 4);
    return binary_base_bytes(p);
}
static inline size_t binary_words(size_t bytes) { return 1 + (bytes + 7) / 8; }

#endif
