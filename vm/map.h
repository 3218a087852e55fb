/*
 * map.h — maps.  As on OTP, a map of at most MAP_FLAT_MAX keys is flat: a
 * header (SUB_MAP, arity 2n) followed by n key/value pairs sorted by key in
 * exact term order (1 and 1.0 are different keys), looked up by binary
 * search, or, for an immediate key, by comparing words.  A bigger map is
 * a hash trie (SUB_HASHMAP, hamt.h).  Every operation keeps that rule:
 * growing past 32 keys makes a trie, shrinking to 32 makes a flat map
 * again, so equal maps always have the same form.
 *
 * Two orders of iteration exist, as on the BEAM: :maps.to_list/1, keys,
 * values and inspect see a map in "list order"; :maps.fold/3 and
 * Enum.reduce/3 in "fold order".  For a flat map both are key order; for a
 * trie, fold order is the trie's and list order its reverse.
 *
 * Every function that allocates takes the process and may collect: terms
 * held by the caller must be in the BIF argument array or another root
 * across the call.
 */
#ifndef BL_MAP_H
#define BL_MAP_H

#include "bif.h"
#include "hamt.h"

#define MAP_FLAT_MAX 32          /* more keys: a hash trie (OTP's MAP_SMALL_MAP_LIMIT) */
#define MAP_MAX_PAIRS (1u << 24) /* larger maps raise system_limit */

static inline bool is_flatmap(bl_term t) { return is_boxed_of(t, SUB_MAP); }
static inline bool is_hashmap(bl_term t) { return is_boxed_of(t, SUB_HASHMAP); }
static inline bool is_map(bl_term t) {
    if (!is_boxed(t)) return false;
    bl_subtag sub = header_subtag(boxed_ptr(t)[0]);
    return sub == SUB_MAP || sub == SUB_HASHMAP;
}
static inline bl_uword map_size(bl_term m) {
    const bl_term *p = boxed_ptr(m);
    return header_subtag(p[0]) == SUB_MAP ? header_arity(p[0]) / 2 : (bl_uword)small_val(p[1]);
}
/* The sorted pairs of a flat map. */
static inline bl_term *flatmap_pairs(bl_term m) { return boxed_ptr(m) + 1; }

/* In a flat map: the index of the pair whose key is the immediate `key`
 * (an atom, small integer, pid or []), or -1.  An immediate is exactly
 * equal to nothing but the same word (an integer that fits a small one is
 * never a bignum), so a scan comparing words finds it;
 * the binary search in key order would compare atoms by name at every
 * probe, which costs more than scanning the at most 32 keys. */
static inline long flatmap_index_immediate(bl_term map, bl_term key) {
    const bl_term *pairs = flatmap_pairs(map);
    long n = (long)map_size(map);
    for (long i = 0; i < n; i++)
        if (pairs[2 * i] == key) return i;
    return -1;
}

/* In a flat map: the index of `key`'s pair, or -(where it would go) - 1,
 * by binary search in key order. */
long flatmap_search(bl_vm *vm, bl_term map, bl_term key);

/* In a flat map: the index of `key`'s pair, or -1. */
static inline long flatmap_index(bl_vm *vm, bl_term map, bl_term key) {
    if (is_immed(key)) return flatmap_index_immediate(map, key);
    long i = flatmap_search(vm, map, key);
    return i >= 0 ? i : -1;
}

/* In a flat map: the index of `key`'s pair, or -(where it would go) - 1.
 * An immediate key that is present is found by the scan; only a new one
 * needs the search, for where it goes. */
static inline long flatmap_find(bl_vm *vm, bl_term map, bl_term key) {
    if (is_immed(key)) {
        long i = flatmap_index_immediate(map, key);
        if (i >= 0) return i;
    }
    return flatmap_search(vm, map, key);
}

/* The value under `key` in any map, or THE_NON_VALUE; map_get is that
 * with the common case, an immediate key in a flat map, inline. */
bl_term map_get_any(bl_vm *vm, bl_term map, bl_term key);
static inline bl_term map_get(bl_vm *vm, bl_term map, bl_term key) {
    if (is_immed(key) && is_flatmap(map)) {
        long i = flatmap_index_immediate(map, key);
        return i >= 0 ? flatmap_pairs(map)[2 * i + 1] : THE_NON_VALUE;
    }
    return map_get_any(vm, map, key);
}

/* Sorts `pairs` (n key/value pairs, in place) by key; with duplicate keys
 * the later pair wins.  Returns the number of pairs left.  For the n of a
 * flat map: it takes O(n^2) comparisons. */
size_t map_sort_pairs(bl_vm *vm, bl_term *pairs, size_t n);

/* --- iteration: no allocation may happen while an iterator is in use --- */

typedef enum {
    MAP_ORDER_LIST,         /* :maps.to_list/1 */
    MAP_ORDER_FOLD,         /* :maps.fold/3 */
    MAP_ORDER_LIST_REVERSED /* the reverse of list order */
} map_order;

typedef struct {
    const bl_term *flat; /* a flat map's pairs, or NULL for a trie */
    bl_uword at, n;      /* flat: next pair, pair count */
    bool descending;
    unsigned depth; /* trie: nodes on the path */
    const bl_term *node[HAMT_MAX_LEVEL + 1];
    unsigned next[HAMT_MAX_LEVEL + 1]; /* children of node[i] visited so far */
} map_iter;

void map_iter_init(map_iter *it, bl_term map, map_order order);
bool map_iter_next(map_iter *it, bl_term *key, bl_term *value);

/* The map's pairs (key, value, key, value...) in exact key order, which
 * is how maps compare.  A flat map's own pairs come back; for a trie an
 * array is malloc'd and handed over in *owned.  NULL when memory runs out.
 * With vm NULL, atoms sort by index rather than name (enough for
 * equality). */
const bl_term *map_pairs_by_key(bl_vm *vm, bl_term map, bl_term **owned);

/* --- building a map from many pairs at once --- */

typedef struct {
    hamt_entry *e; /* the pairs kept, in the order they are laid out */
    size_t n;      /* distinct keys */
    size_t words;  /* heap words the map takes */
} map_builder;

/* Plans the map of `n` pairs (key, value, key, value...; a later key
 * replaces an earlier equal one).  0, or -1 when memory runs out. */
int map_build_plan(bl_vm *vm, map_builder *b, const bl_term *pairs, size_t n);
/* Writes the planned map (b->words words at hp) from the same pairs in the
 * same order, re-read if a collection has moved them since the plan. */
bl_term map_build_emit(bl_vm *vm, map_builder *b, const bl_term *pairs, bl_term *hp);
void map_build_free(map_builder *b);

/* BIF helpers: operate on args[] (roots), return a new map or THE_NON_VALUE
 * with the exception set. */
bl_term map_put(bl_process *p, bl_term *args, int map_i, int key_i, int value_i);
bl_term map_remove(bl_process *p, bl_term *args, int map_i, int key_i);
/* map_put of a key the map holds already (the update syntax and
 * :maps.update/3).  When it does not: THE_NON_VALUE with *missing set and
 * no exception, so that the caller raises its own {badkey, key}. */
bl_term map_update(bl_process *p, bl_term *args, int map_i, int key_i, int value_i, bool *missing);

bl_term bif_maps_get2(bl_process *p, bl_term *a);
bl_term bif_maps_get3(bl_process *p, bl_term *a);
bl_term bif_maps_find(bl_process *p, bl_term *a);
bl_term bif_maps_is_key(bl_process *p, bl_term *a);
bl_term bif_is_map_key(bl_process *p, bl_term *a);
bl_term bif_maps_put(bl_process *p, bl_term *a);
bl_term bif_map_get(bl_process *p, bl_term *a);
bl_term bif_maps_remove(bl_process *p, bl_term *a);
bl_term bif_maps_update(bl_process *p, bl_term *a);
bl_term bif_maps_keys(bl_process *p, bl_term *a);
bl_term bif_maps_values(bl_process *p, bl_term *a);
bl_term bif_maps_to_list(bl_process *p, bl_term *a);
bl_term bif_map_fold_pairs(bl_process *p, bl_term *a);
bl_term bif_maps_from_list(bl_process *p, bl_term *a);
bl_term bif_maps_merge(bl_process *p, bl_term *a);
bl_term bif_maps_new(bl_process *p, bl_term *a);
bl_term bif_map_size(bl_process *p, bl_term *a);
bl_term bif_is_map(bl_process *p, bl_term *a);

#endif
