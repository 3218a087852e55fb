/*
 * hash.c — the map key hash (see hash.h).
 *
 * The walk visits a term in a fixed order and folds 32-bit words into the
 * running hash two at a time through Bob Jenkins' mix (lookup2): numbers by
 * their value, binaries as one block, tuples by arity then elements, lists
 * cell by cell with runs of bytes packed four to a word.  Every step, the
 * constants and the order are what OTP 25 uses for map keys, so that a
 * trie's layout, and the iteration order it decides, match the BEAM's.
 * Deep terms use an explicit stack.
 */
#include "hash.h"

#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "map.h"

/* The golden ratio; step constants are its multiples (HASH_K(n)). */
#define HASH_GOLDEN 0x9e3779b9u
#define HASH_K(n) ((uint32_t)(HASH_GOLDEN * (uint32_t)(n)))
/* XORed into the starting value so map hashes differ from phash2's. */
#define HASH_SALT 3432918353u

/* The tagged words OTP 25 hashes for immediates on a 64-bit BEAM. */
#define HASH_OTP_NIL 0x3Bu
#define HASH_OTP_SMALL_TAG 0xFu

static inline uint32_t hash_mix(uint32_t a, uint32_t b, uint32_t c) {
    a -= b; a -= c; a ^= c >> 13;
    b -= c; b -= a; b ^= a << 8;
    c -= a; c -= b; c ^= b >> 13;
    a -= b; a -= c; a ^= c >> 12;
    b -= c; b -= a; b ^= a << 16;
    c -= a; c -= b; c ^= b >> 5;
    a -= b; a -= c; a ^= c >> 3;
    b -= c; b -= a; b ^= a << 10;
    c -= a; c -= b; c ^= b >> 15;
    return c;
}

/* Folds two words, each offset by the step constant k. */
static inline uint32_t hash_words(uint32_t h, uint32_t x, uint32_t y, uint32_t k) {
    return hash_mix(k + x, k + y, h);
}

static inline uint32_t hash_word64(uint32_t h, uint64_t w, uint32_t k) {
    return hash_words(h, (uint32_t)w, (uint32_t)(w >> 32), k);
}

/* A light step that only marks structure (the head or tail of a cell). */
static inline uint32_t hash_mark(uint32_t h, uint32_t k) {
    h ^= k;
    return (h << 17) ^ (h >> 15);
}

/* Jenkins' lookup2 over a byte block, seeded with `seed`. */
static uint32_t hash_block(const unsigned char *k, size_t len, uint32_t seed) {
    uint32_t a = HASH_GOLDEN, b = HASH_GOLDEN, c = seed;
    size_t left = len;
    while (left >= 12) {
        a += k[0] | (uint32_t)k[1] << 8 | (uint32_t)k[2] << 16 | (uint32_t)k[3] << 24;
        b += k[4] | (uint32_t)k[5] << 8 | (uint32_t)k[6] << 16 | (uint32_t)k[7] << 24;
        c += k[8] | (uint32_t)k[9] << 8 | (uint32_t)k[10] << 16 | (uint32_t)k[11] << 24;
        a -= b; a -= c; a ^= c >> 13;
        b -= c; b -= a; b ^= a << 8;
        c -= a; c -= b; c ^= b >> 13;
        a -= b; a -= c; a ^= c >> 12;
        b -= c; b -= a; b ^= a << 16;
        c -= a; c -= b; c ^= b >> 5;
        a -= b; a -= c; a ^= c >> 3;
        b -= c; b -= a; b ^= a << 10;
        c -= a; c -= b; c ^= b >> 15;
        k += 12;
        left -= 12;
    }
    c += (uint32_t)len;
    /* The low byte of c is taken by the length. */
    switch (left) {
    case 11: c += (uint32_t)k[10] << 24; /* fall through */
    case 10: c += (uint32_t)k[9] << 16;  /* fall through */
    case 9: c += (uint32_t)k[8] << 8;    /* fall through */
    case 8: b += (uint32_t)k[7] << 24;   /* fall through */
    case 7: b += (uint32_t)k[6] << 16;   /* fall through */
    case 6: b += (uint32_t)k[5] << 8;    /* fall through */
    case 5: b += k[4];                   /* fall through */
    case 4: a += (uint32_t)k[3] << 24;   /* fall through */
    case 3: a += (uint32_t)k[2] << 16;   /* fall through */
    case 2: a += (uint32_t)k[1] << 8;    /* fall through */
    case 1: a += k[0];                   /* fall through */
    default: break;
    }
    return hash_mix(a, b, c);
}

/* The word an immediate stands for.  Small integers are OTP's exactly;
 * atoms and pids cannot be (see hash.h), so they get a word of their own
 * with OTP's tag bits. */
static uint64_t hash_immediate_word(bl_vm *vm, bl_term t) {
    if (is_small(t)) return ((uint64_t)small_val(t) << 4) | HASH_OTP_SMALL_TAG;
    if (t == NIL) return HASH_OTP_NIL;
    if (is_atom(t)) {
        uint32_t name = hash_block((const unsigned char *)atom_name(&vm->atoms, t), atom_len(&vm->atoms, t), 0);
        return ((uint64_t)name << 6) | 0x0Bu;
    }
    return ((uint64_t)pid_number(t) << 4) | 0x3u;
}

/* Markers on the walk's stack: header words, never values. */
#define HASH_CDR_MARK make_header(SUB_XREG, 1)

#define HASH_LOCAL_STACK 64 /* pending terms kept on the C stack; more go to malloc */

typedef struct {
    bl_term *items;
    size_t len, cap;
    bl_term local[HASH_LOCAL_STACK];
} hash_stack;

static void hash_push(hash_stack *s, bl_term t) {
    if (s->len == s->cap) {
        size_t cap = s->cap * 2;
        bl_term *items = s->items == s->local ? malloc(cap * sizeof *items) : realloc(s->items, cap * sizeof *items);
        /* Out of memory: the rest of the term is not hashed.  The hash
         * stays a function of the term only while memory lasts. */
        if (!items) return;
        if (s->items == s->local) memcpy(items, s->local, s->len * sizeof *items);
        s->items = items;
        s->cap = cap;
    }
    s->items[s->len++] = t;
}

/* A map as a key: its size, then its pairs, key first, in the order of
 * :maps.to_list/1 (OTP walks its maps the same way). */
static uint32_t hash_push_map(hash_stack *s, bl_term m, uint32_t h) {
    h = hash_words(h, (uint32_t)map_size(m), 0, HASH_K(16));
    map_iter it;
    map_iter_init(&it, m, MAP_ORDER_LIST_REVERSED);
    bl_term k, v;
    /* Pushed in reverse, popped (hashed) in list order. */
    while (map_iter_next(&it, &k, &v)) {
        hash_push(s, v);
        hash_push(s, k);
    }
    return h;
}

static uint32_t hash_boxed(bl_vm *vm, hash_stack *s, bl_term t, uint32_t h, bl_term *next) {
    bl_term *p = boxed_ptr(t);
    bl_uword n = header_arity(p[0]);
    *next = THE_NON_VALUE;
    switch (header_subtag(p[0])) {
    case SUB_TUPLE:
        h = hash_words(h, (uint32_t)n, 0, HASH_K(9));
        for (bl_uword i = n; i >= 2; i--) hash_push(s, p[i]);
        if (n) *next = p[1];
        return h;
    case SUB_FLOAT: {
        double d = float_val(t);
        if (d == 0.0) d = 0.0; /* -0.0 is the same key */
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        return hash_word64(h, bits, HASH_K(12));
    }
    case SUB_POSBIG:
    case SUB_NEGBIG: {
        uint32_t k = header_subtag(p[0]) == SUB_NEGBIG ? HASH_K(10) : HASH_K(11);
        for (bl_uword i = 1; i <= n; i++) h = hash_word64(h, p[i], k);
        return h;
    }
    case SUB_HEAPBIN:
    case SUB_SUBBIN:
    case SUB_REFBIN: {
        size_t len = binary_size(t);
        uint32_t seed = HASH_K(13) + h;
        return len == 0 ? seed : hash_block(binary_bytes(t), len, seed);
    }
    case SUB_MAP:
    case SUB_HASHMAP: return hash_push_map(s, t, h);
    case SUB_FUN: {
        const bl_lambda *l = (const bl_lambda *)(uintptr_t)p[1];
        h = hash_words(h, (uint32_t)(n - 1), (uint32_t)hash_immediate_word(vm, l->module->name), HASH_K(20));
        h = hash_words(h, l->index, l->uniq, HASH_K(21));
        for (bl_uword i = n; i >= 3; i--) hash_push(s, p[i]);
        if (n >= 2) *next = p[2];
        return h;
    }
    case SUB_EXPORT: {
        const bl_export *e = (const bl_export *)(uintptr_t)p[1];
        h = hash_words(h, (uint32_t)hash_immediate_word(vm, e->module), (uint32_t)hash_immediate_word(vm, e->function),
                       HASH_K(14));
        return hash_words(h, e->arity, 0, HASH_K(14));
    }
    default: /* references: their number */
        for (bl_uword i = 1; i <= n; i++) h = hash_word64(h, p[i], HASH_K(7));
        return h;
    }
}

/* A run of cells whose heads are bytes is hashed four bytes to a word;
 * returns the first cell whose head is not a byte, or the list's tail. */
static bl_term hash_byte_run(bl_term t, uint32_t *h) {
    uint32_t packed = 0, count = 0;
    while (is_list(t)) {
        bl_term head = list_head(t);
        if (!is_small(head) || small_val(head) < 0 || small_val(head) > 255) break;
        packed = (packed << 8) + (uint32_t)small_val(head);
        if (++count == 4) {
            *h = hash_words(*h, packed, 0, HASH_K(4));
            packed = count = 0;
        }
        t = list_tail(t);
    }
    if (count) *h = hash_words(*h, packed, count, HASH_K(22));
    return t;
}

uint32_t hash_term(bl_vm *vm, bl_term t, unsigned gen) {
    /* Each generation starts from its own salt; generation 0 from none. */
    uint32_t salt = gen ? hash_words(0, gen, 1, HASH_K(22)) : 0;
    uint32_t h = salt ^ HASH_SALT;
    if (is_immed(t)) return hash_word64(h, hash_immediate_word(vm, t), HASH_GOLDEN);
    hash_stack s;
    s.items = s.local;
    s.len = 0;
    s.cap = HASH_LOCAL_STACK;
    for (;;) {
        bl_term next = THE_NON_VALUE;
        if (is_list(t)) {
            t = hash_byte_run(t, &h);
            if (is_list(t)) {
                bl_term tail = list_tail(t);
                h = hash_mark(h, HASH_K(17));
                hash_push(&s, tail);
                if (!is_list(tail)) hash_push(&s, HASH_CDR_MARK);
                next = list_head(t);
            } else {
                next = t; /* an improper or [] tail */
            }
        } else if (is_boxed(t)) {
            h = hash_boxed(vm, &s, t, h, &next);
        } else {
            h = hash_word64(h, hash_immediate_word(vm, t), HASH_GOLDEN);
        }
        if (next != THE_NON_VALUE) {
            t = next;
            continue;
        }
        for (;;) {
            if (s.len == 0) goto done;
            t = s.items[--s.len];
            if (t != HASH_CDR_MARK) break;
            h = hash_mark(h, HASH_K(18));
        }
    }
done:
    if (s.items != s.local) free(s.items);
    return h;
}
