/*
 * hamt.h — maps of more than 32 keys: a hash array mapped trie, laid out
 * as OTP 25 lays it out so that it iterates in the same order.
 *
 * Each level of the trie branches on 4 bits of the key's hash (hash.h),
 * the lowest 4 bits at the root.  A node keeps a 16-bit bitmap of the
 * branches in use and one child per set bit, in bit order; a child is a
 * leaf, the cons cell [Key | Value], or another node.  A key lives at the
 * shallowest level where no other key shares its branch, so the shape
 * depends only on the set of keys, never on the order they came in.
 *
 *   root  SUB_HASHMAP    [hdr arity 2+c][size][bitmap][child 0] ... [child c-1]
 *   node  SUB_HAMT_NODE  [hdr arity 1+c][bitmap][child 0] ... [child c-1]
 *   leaf  a cons cell    [Key | Value]
 *
 * size and bitmap are small integers, so every word after a header is a
 * term and the collector and message copying treat nodes like tuples.
 *
 * Levels 0-7 use generation 0 of the hash, levels 8-15 generation 1, as on
 * OTP.  Keys that agree on both (64 bits) meet in a collision bucket at
 * level HAMT_MAX_LEVEL: a node with bitmap 0 whose children are leaves in
 * exact term order.  (OTP 25 would go on to generation 2, so such keys,
 * and only they, may iterate in another order than on the BEAM.)  A node
 * below the root holds two keys or more: removing a key that leaves a lone
 * leaf in a node puts the leaf in the node's place.
 *
 * Iterating children in bitmap order from the root visits keys in the
 * order of :maps.fold/3 and maps:iterator; :maps.to_list/1 (and so
 * Map.keys, inspect, Enumerable) gives the reverse.
 *
 * Nothing here collects garbage.  An operation runs twice: once with a
 * hamt_alloc whose hp is NULL, which only counts the words it needs, then,
 * after the caller has made room (and re-read terms a collection may have
 * moved), for real.  The layout depends only on the terms, so both runs
 * agree.  Old nodes are never changed: new versions share what they can.
 */
#ifndef BL_HAMT_H
#define BL_HAMT_H

#include "vm.h"

#define HAMT_BITS 4
#define HAMT_MAX_LEVEL 16 /* nodes this deep are collision buckets */
#define HAMT_GENERATIONS (HAMT_MAX_LEVEL / 8)

static inline bool hamt_is_root(const bl_term *n) { return header_subtag(n[0]) == SUB_HASHMAP; }
static inline unsigned hamt_head_words(const bl_term *n) { return hamt_is_root(n) ? 3 : 2; }
static inline unsigned hamt_bitmap(const bl_term *n) { return (unsigned)small_val(n[hamt_head_words(n) - 1]); }
static inline bl_term *hamt_children(const bl_term *n) { return (bl_term *)n + hamt_head_words(n); }
static inline unsigned hamt_nchildren(const bl_term *n) {
    return (unsigned)header_arity(n[0]) + 1 - hamt_head_words(n);
}

/* A key with the generations of its hash worked out so far.  The hash
 * depends on the key's value only, so `key` may be refreshed after a
 * collection moved it and the hashes stay good. */
typedef struct {
    bl_term key;
    uint32_t hash[HAMT_GENERATIONS];
    unsigned known; /* bit g: hash[g] is computed */
} hamt_key;

static inline void hamt_key_init(hamt_key *k, bl_term key) {
    k->key = key;
    k->known = 0;
}
/* The branch `k` takes at `level` (< HAMT_MAX_LEVEL). */
unsigned hamt_nibble(bl_vm *vm, hamt_key *k, unsigned level);

/* Where new nodes go: hp == NULL only counts. */
typedef struct {
    bl_vm *vm;
    bl_term *hp;
    size_t words;
} hamt_alloc;

/* The value under k, or THE_NON_VALUE. */
bl_term hamt_get(bl_vm *vm, bl_term map, hamt_key *k);
/* The map with k set to value. */
bl_term hamt_put(hamt_alloc *a, bl_term map, hamt_key *k, bl_term value);
/* The map without k, which it holds; the map must keep more than 32 keys. */
bl_term hamt_remove(hamt_alloc *a, bl_term map, hamt_key *k);
/* Both maps' pairs; on a key in both, the second map's value. */
bl_term hamt_merge(hamt_alloc *a, bl_term first, bl_term second);

/* Building a map at once from many pairs: hamt_sort puts entries in trie
 * order (ties of the same key keep their input order); after dropping all
 * but one of each key, hamt_build makes the trie of the n > 32 distinct
 * keys.  Entries name their pair by its position in the caller's array. */
typedef struct {
    hamt_key k;
    size_t index;
} hamt_entry;
/* 0, or -1 when memory for the sort runs out. */
int hamt_sort(bl_vm *vm, hamt_entry *e, size_t n);
bl_term hamt_build(hamt_alloc *a, hamt_entry *e, size_t n, const bl_term *pairs);

#endif
