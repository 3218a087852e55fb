/*
 * hamt.c — the hash trie behind maps of more than 32 keys (see hamt.h).
 *
 * Updates copy the path from the root to the changed node and share every
 * other node with the old version.  Recursion follows the trie's levels,
 * so it is never deeper than HAMT_MAX_LEVEL + 1 calls.
 *
 * Every function builds through hamt_take, which in a counting run
 * (hp == NULL) returns NULL; the node writers then skip their stores and
 * return HAMT_DRY.  Decisions are only ever taken on the old trie, never on
 * what a counting run returned, except for one thing: a lone leaf moving
 * up on removal is an old cons cell, returned as itself in both runs.
 */
#include "hamt.h"

#include <stdlib.h>
#include <string.h>

#include "bif.h"
#include "hash.h"

/* What a counting run returns in place of a new node. */
#define HAMT_DRY NIL

unsigned hamt_nibble(bl_vm *vm, hamt_key *k, unsigned level) {
    unsigned gen = level / 8;
    if (!(k->known & (1u << gen))) {
        uint32_t h = hash_term(vm, k->key, gen);
        if (vm->map_hash_mask) h &= vm->map_hash_mask;
        k->hash[gen] = h;
        k->known |= 1u << gen;
    }
    return (k->hash[gen] >> (HAMT_BITS * (level % 8))) & 0xFu;
}

static inline bool hamt_same_key(bl_term a, bl_term b) { return term_equal_exact(a, b); }

static bl_term *hamt_take(hamt_alloc *a, size_t words) {
    a->words += words;
    if (!a->hp) return NULL;
    bl_term *r = a->hp;
    a->hp += words;
    return r;
}

static bl_term hamt_leaf(hamt_alloc *a, bl_term key, bl_term value) {
    bl_term *cell = hamt_take(a, 2);
    if (!cell) return HAMT_DRY;
    cell[0] = key;
    cell[1] = value;
    return make_list(cell);
}

/* Position of the child for `bit` among a node's children. */
static inline unsigned hamt_slot(unsigned bitmap, unsigned bit) {
    return (unsigned)__builtin_popcount(bitmap & (bit - 1));
}

typedef enum { HAMT_SET, HAMT_ADD, HAMT_DROP } hamt_edit;

/* A copy of node n with one child set, added (at `slot`, for `bit`) or
 * dropped.  A root's size changes by `grow`. */
static bl_term hamt_copy_edit(hamt_alloc *a, const bl_term *n, hamt_edit op, unsigned slot, unsigned bit,
                              bl_term child, int grow) {
    unsigned head = hamt_head_words(n), c = hamt_nchildren(n);
    unsigned c2 = op == HAMT_ADD ? c + 1 : op == HAMT_DROP ? c - 1 : c;
    bl_term *o = hamt_take(a, head + c2);
    if (!o) return HAMT_DRY;
    unsigned bitmap = hamt_bitmap(n);
    if (op == HAMT_ADD) bitmap |= bit;
    if (op == HAMT_DROP) bitmap &= ~bit;
    o[0] = make_header(header_subtag(n[0]), head - 1 + c2);
    if (hamt_is_root(n)) o[1] = make_small(small_val(n[1]) + grow);
    o[head - 1] = make_small((bl_sword)bitmap);
    const bl_term *from = hamt_children(n);
    bl_term *to = o + head;
    memcpy(to, from, slot * sizeof *to);
    switch (op) {
    case HAMT_SET:
        to[slot] = child;
        memcpy(to + slot + 1, from + slot + 1, (c - slot - 1) * sizeof *to);
        break;
    case HAMT_ADD:
        to[slot] = child;
        memcpy(to + slot + 1, from + slot, (c - slot) * sizeof *to);
        break;
    case HAMT_DROP: memcpy(to + slot, from + slot + 1, (c - slot - 1) * sizeof *to); break;
    }
    return make_boxed(o);
}

/* A node with the given children (bitmap 0: a collision bucket). */
static bl_term hamt_node(hamt_alloc *a, unsigned bitmap, const bl_term *children, unsigned c) {
    bl_term *o = hamt_take(a, 2 + c);
    if (!o) return HAMT_DRY;
    o[0] = make_header(SUB_HAMT_NODE, 1 + c);
    o[1] = make_small((bl_sword)bitmap);
    memcpy(o + 2, children, c * sizeof *o);
    return make_boxed(o);
}

/* The subtree at `level` holding two leaves whose keys differ (x's key is
 * kx, y's ky): single-child nodes down to the level where their branches
 * part, or a bucket at the bottom. */
static bl_term hamt_pair(hamt_alloc *a, unsigned level, bl_term x, hamt_key *kx, bl_term y, hamt_key *ky) {
    unsigned split = level;
    while (split < HAMT_MAX_LEVEL && hamt_nibble(a->vm, kx, split) == hamt_nibble(a->vm, ky, split)) split++;
    bl_term two[2];
    bl_term sub;
    if (split == HAMT_MAX_LEVEL) {
        bool x_first = term_compare_exact(a->vm, kx->key, ky->key) < 0;
        two[0] = x_first ? x : y;
        two[1] = x_first ? y : x;
        sub = hamt_node(a, 0, two, 2);
    } else {
        unsigned nx = hamt_nibble(a->vm, kx, split), ny = hamt_nibble(a->vm, ky, split);
        two[0] = nx < ny ? x : y;
        two[1] = nx < ny ? y : x;
        sub = hamt_node(a, (1u << nx) | (1u << ny), two, 2);
    }
    while (split-- > level) sub = hamt_node(a, 1u << hamt_nibble(a->vm, kx, split), &sub, 1);
    return sub;
}

/* Index of the leaf with key `key` in a bucket, or -(insertion point) - 1. */
static long hamt_bucket_find(bl_vm *vm, const bl_term *n, bl_term key) {
    const bl_term *ch = hamt_children(n);
    unsigned c = hamt_nchildren(n);
    for (unsigned i = 0; i < c; i++) {
        int cmp = term_compare_exact(vm, key, list_head(ch[i]));
        if (cmp == 0) return (long)i;
        if (cmp < 0) return -(long)i - 1;
    }
    return -(long)c - 1;
}

bl_term hamt_get(bl_vm *vm, bl_term map, hamt_key *k) {
    const bl_term *n = boxed_ptr(map);
    for (unsigned level = 0;; level++) {
        const bl_term *ch = hamt_children(n);
        if (level == HAMT_MAX_LEVEL) {
            long i = hamt_bucket_find(vm, n, k->key);
            return i >= 0 ? list_tail(ch[i]) : THE_NON_VALUE;
        }
        unsigned bitmap = hamt_bitmap(n), bit = 1u << hamt_nibble(vm, k, level);
        if (!(bitmap & bit)) return THE_NON_VALUE;
        bl_term child = ch[hamt_slot(bitmap, bit)];
        if (is_list(child)) return hamt_same_key(list_head(child), k->key) ? list_tail(child) : THE_NON_VALUE;
        n = boxed_ptr(child);
    }
}

/* Node n at `level` with `leaf` (whose key is k) in it.  When the key is
 * there already the leaf replaces it, or, with keep_old, nothing changes
 * and THE_NON_VALUE comes back.  *added says whether the key was new. */
static bl_term hamt_insert(hamt_alloc *a, const bl_term *n, unsigned level, hamt_key *k, bl_term leaf,
                           bool keep_old, bool *added) {
    *added = false;
    if (level == HAMT_MAX_LEVEL) {
        long i = hamt_bucket_find(a->vm, n, k->key);
        if (i >= 0) return keep_old ? THE_NON_VALUE : hamt_copy_edit(a, n, HAMT_SET, (unsigned)i, 0, leaf, 0);
        *added = true;
        return hamt_copy_edit(a, n, HAMT_ADD, (unsigned)(-i - 1), 0, leaf, 1);
    }
    unsigned bitmap = hamt_bitmap(n), bit = 1u << hamt_nibble(a->vm, k, level);
    unsigned slot = hamt_slot(bitmap, bit);
    if (!(bitmap & bit)) {
        *added = true;
        return hamt_copy_edit(a, n, HAMT_ADD, slot, bit, leaf, 1);
    }
    bl_term child = hamt_children(n)[slot];
    bl_term sub;
    if (is_list(child)) {
        if (hamt_same_key(list_head(child), k->key))
            return keep_old ? THE_NON_VALUE : hamt_copy_edit(a, n, HAMT_SET, slot, bit, leaf, 0);
        hamt_key other;
        hamt_key_init(&other, list_head(child));
        *added = true;
        sub = hamt_pair(a, level + 1, child, &other, leaf, k);
    } else {
        sub = hamt_insert(a, boxed_ptr(child), level + 1, k, leaf, keep_old, added);
        if (sub == THE_NON_VALUE) return sub;
    }
    return hamt_copy_edit(a, n, HAMT_SET, slot, bit, sub, *added ? 1 : 0);
}

bl_term hamt_put(hamt_alloc *a, bl_term map, hamt_key *k, bl_term value) {
    bl_term leaf = hamt_leaf(a, k->key, value);
    bool added;
    return hamt_insert(a, boxed_ptr(map), 0, k, leaf, false, &added);
}

/* Node n at `level` without the key k; a node below the root left with
 * one leaf gives way to the leaf. */
static bl_term hamt_delete(hamt_alloc *a, const bl_term *n, unsigned level, hamt_key *k) {
    bool root = hamt_is_root(n);
    unsigned c = hamt_nchildren(n);
    const bl_term *ch = hamt_children(n);
    if (level == HAMT_MAX_LEVEL) {
        long i = hamt_bucket_find(a->vm, n, k->key);
        if (c == 2) return ch[1 - i];
        return hamt_copy_edit(a, n, HAMT_DROP, (unsigned)i, 0, NIL, -1);
    }
    unsigned bitmap = hamt_bitmap(n), bit = 1u << hamt_nibble(a->vm, k, level);
    unsigned slot = hamt_slot(bitmap, bit);
    bl_term child = ch[slot];
    if (is_list(child)) {
        if (!root && c == 2 && is_list(ch[1 - slot])) return ch[1 - slot];
        return hamt_copy_edit(a, n, HAMT_DROP, slot, bit, NIL, -1);
    }
    bl_term sub = hamt_delete(a, boxed_ptr(child), level + 1, k);
    if (!root && c == 1 && is_list(sub)) return sub;
    return hamt_copy_edit(a, n, HAMT_SET, slot, bit, sub, -1);
}

bl_term hamt_remove(hamt_alloc *a, bl_term map, hamt_key *k) { return hamt_delete(a, boxed_ptr(map), 0, k); }

/* --- merging two tries --- */

typedef struct {
    hamt_alloc *a;
    size_t both; /* keys found in both maps */
} hamt_merger;

static bl_term hamt_merge_nodes(hamt_merger *m, const bl_term *x, const bl_term *y, unsigned level);

/* Subtrees x (first map) and y (second map, whose values win) at `level`:
 * each a leaf or a node. */
static bl_term hamt_merge_sub(hamt_merger *m, bl_term x, bl_term y, unsigned level) {
    bool added;
    if (is_list(x) && is_list(y)) {
        if (hamt_same_key(list_head(x), list_head(y))) {
            m->both++;
            return y;
        }
        hamt_key kx, ky;
        hamt_key_init(&kx, list_head(x));
        hamt_key_init(&ky, list_head(y));
        return hamt_pair(m->a, level, x, &kx, y, &ky);
    }
    if (is_list(x)) {
        hamt_key kx;
        hamt_key_init(&kx, list_head(x));
        bl_term r = hamt_insert(m->a, boxed_ptr(y), level, &kx, x, true, &added);
        if (r != THE_NON_VALUE) return r;
        m->both++;
        return y;
    }
    if (is_list(y)) {
        hamt_key ky;
        hamt_key_init(&ky, list_head(y));
        bl_term r = hamt_insert(m->a, boxed_ptr(x), level, &ky, y, false, &added);
        if (!added) m->both++;
        return r;
    }
    return hamt_merge_nodes(m, boxed_ptr(x), boxed_ptr(y), level);
}

/* Two collision buckets: the union of their leaves in term order. */
static bl_term hamt_merge_buckets(hamt_merger *m, const bl_term *x, const bl_term *y) {
    const bl_term *cx = hamt_children(x), *cy = hamt_children(y);
    unsigned nx = hamt_nchildren(x), ny = hamt_nchildren(y), i = 0, j = 0, c = 0;
    bl_term *out = malloc((nx + ny) * sizeof *out);
    if (!out) return THE_NON_VALUE;
    while (i < nx || j < ny) {
        int cmp = i == nx ? 1 : j == ny ? -1 : term_compare_exact(m->a->vm, list_head(cx[i]), list_head(cy[j]));
        if (cmp < 0) {
            out[c++] = cx[i++];
        } else {
            if (cmp == 0) {
                i++;
                m->both++;
            }
            out[c++] = cy[j++];
        }
    }
    bl_term r = hamt_node(m->a, 0, out, c);
    free(out);
    return r;
}

static bl_term hamt_merge_nodes(hamt_merger *m, const bl_term *x, const bl_term *y, unsigned level) {
    if (level == HAMT_MAX_LEVEL) return hamt_merge_buckets(m, x, y);
    unsigned bx = hamt_bitmap(x), by = hamt_bitmap(y), bitmap = bx | by;
    const bl_term *cx = hamt_children(x), *cy = hamt_children(y);
    bl_term out[16];
    unsigned c = 0;
    for (unsigned bit = 1; bit < (1u << 16); bit <<= 1) {
        if (!(bitmap & bit)) continue;
        bl_term sub;
        if (!(by & bit)) sub = cx[hamt_slot(bx, bit)];
        else if (!(bx & bit)) sub = cy[hamt_slot(by, bit)];
        else sub = hamt_merge_sub(m, cx[hamt_slot(bx, bit)], cy[hamt_slot(by, bit)], level + 1);
        if (sub == THE_NON_VALUE) return sub;
        out[c++] = sub;
    }
    if (!hamt_is_root(x)) return hamt_node(m->a, bitmap, out, c);
    bl_term *o = hamt_take(m->a, 3 + c);
    if (!o) return HAMT_DRY;
    o[0] = make_header(SUB_HASHMAP, 2 + c);
    o[1] = make_small(small_val(x[1]) + small_val(y[1]) - (bl_sword)m->both);
    o[2] = make_small((bl_sword)bitmap);
    memcpy(o + 3, out, c * sizeof *o);
    return make_boxed(o);
}

bl_term hamt_merge(hamt_alloc *a, bl_term first, bl_term second) {
    hamt_merger m = {a, 0};
    return hamt_merge_nodes(&m, boxed_ptr(first), boxed_ptr(second), 0);
}

/* --- building from sorted pairs --- */

/* The 32 bits with their nibbles in reverse order: comparing these
 * compares the branches taken at levels 0, 1, 2, ... in turn. */
static inline uint32_t hamt_trie_order(uint32_t h) {
    h = ((h & 0x0F0F0F0Fu) << 4) | ((h >> 4) & 0x0F0F0F0Fu);
    return __builtin_bswap32(h);
}

static uint32_t hamt_gen_hash(bl_vm *vm, hamt_key *k, unsigned gen) {
    hamt_nibble(vm, k, gen * 8);
    return k->hash[gen];
}

static int hamt_entry_compare(bl_vm *vm, hamt_entry *x, hamt_entry *y) {
    for (unsigned g = 0; g < HAMT_GENERATIONS; g++) {
        uint32_t hx = hamt_trie_order(hamt_gen_hash(vm, &x->k, g)), hy = hamt_trie_order(hamt_gen_hash(vm, &y->k, g));
        if (hx != hy) return hx < hy ? -1 : 1;
    }
    int c = term_compare_exact(vm, x->k.key, y->k.key);
    if (c) return c;
    return x->index < y->index ? -1 : x->index > y->index;
}

int hamt_sort(bl_vm *vm, hamt_entry *e, size_t n) {
    /* Bottom-up merge sort: stable, O(n log n) comparisons, and most of
     * them settled by the generation-0 hash alone. */
    hamt_entry *tmp = malloc(n * sizeof *tmp);
    if (!tmp) return -1;
    hamt_entry *from = e, *to = tmp;
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) to[k++] = hamt_entry_compare(vm, &from[j], &from[i]) < 0 ? from[j++] : from[i++];
            while (i < mid) to[k++] = from[i++];
            while (j < hi) to[k++] = from[j++];
        }
        hamt_entry *swap = from;
        from = to;
        to = swap;
    }
    if (from != e) memcpy(e, from, n * sizeof *e);
    free(tmp);
    return 0;
}

/* The subtree at `level` of entries [lo, hi), which share their branches
 * above it. */
static bl_term hamt_build_sub(hamt_alloc *a, hamt_entry *e, size_t lo, size_t hi, unsigned level,
                              const bl_term *pairs) {
    if (hi - lo == 1) return hamt_leaf(a, pairs[2 * e[lo].index], pairs[2 * e[lo].index + 1]);
    if (level == HAMT_MAX_LEVEL) {
        bl_term *o = hamt_take(a, 2 + (hi - lo));
        for (size_t i = lo; i < hi; i++) {
            bl_term leaf = hamt_leaf(a, pairs[2 * e[i].index], pairs[2 * e[i].index + 1]);
            if (o) o[2 + i - lo] = leaf;
        }
        if (!o) return HAMT_DRY;
        o[0] = make_header(SUB_HAMT_NODE, 1 + (hi - lo));
        o[1] = make_small(0);
        return make_boxed(o);
    }
    bl_term out[16];
    unsigned bitmap = 0, c = 0;
    for (size_t i = lo; i < hi;) {
        unsigned nib = hamt_nibble(a->vm, &e[i].k, level);
        size_t j = i + 1;
        while (j < hi && hamt_nibble(a->vm, &e[j].k, level) == nib) j++;
        bitmap |= 1u << nib;
        out[c++] = hamt_build_sub(a, e, i, j, level + 1, pairs);
        i = j;
    }
    if (level > 0) return hamt_node(a, bitmap, out, c);
    bl_term *o = hamt_take(a, 3 + c);
    if (!o) return HAMT_DRY;
    o[0] = make_header(SUB_HASHMAP, 2 + c);
    o[1] = make_small((bl_sword)(hi - lo));
    o[2] = make_small((bl_sword)bitmap);
    memcpy(o + 3, out, c * sizeof *o);
    return make_boxed(o);
}

bl_term hamt_build(hamt_alloc *a, hamt_entry *e, size_t n, const bl_term *pairs) {
    for (size_t i = 0; i < n; i++) e[i].k.key = pairs[2 * e[i].index];
    return hamt_build_sub(a, e, 0, n, 0, pairs);
}
