/*
 * map.h — maps: a header (SUB_MAP, arity 2n) followed by n key/value pairs
 * sorted by key in exact term order (1 and 1.0 are different keys).
 *
 * Lookups are binary searches; updates copy the pairs.  Every function that
 * allocates takes the process and may collect: terms held by the caller
 * must be in the BIF argument array or another root across the call.
 */
#ifndef BL_MAP_H
#define BL_MAP_H

#include "bif.h"

#define MAP_MAX_PAIRS (1u << 24) /* larger maps raise system_limit */

static inline bool is_map(bl_term t) { return is_boxed_of(t, SUB_MAP); }
static inline bl_uword map_size(bl_term m) { return header_arity(boxed_ptr(m)[0]) / 2; }
static inline bl_term *map_pairs(bl_term m) { return boxed_ptr(m) + 1; }

/* The value under `key`, or THE_NON_VALUE. */
bl_term map_get(bl_vm *vm, bl_term map, bl_term key);
/* Index of the pair with `key`, or -(insertion point) - 1. */
long map_find(bl_vm *vm, bl_term map, bl_term key);

/* Sorts `pairs` (n key/value pairs, in place) by key; with duplicate keys
 * the later pair wins.  Returns the number of pairs left. */
size_t map_sort_pairs(bl_vm *vm, bl_term *pairs, size_t n);

/* BIF helpers: operate on args[] (roots), return a new map or THE_NON_VALUE
 * with the exception set. */
bl_term map_put(bl_process *p, bl_term *args, int map_i, int key_i, int value_i);
bl_term map_remove(bl_process *p, bl_term *args, int map_i, int key_i);


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
bl_term bif_maps_from_list(bl_process *p, bl_term *a);
bl_term bif_maps_merge(bl_process *p, bl_term *a);
bl_term bif_maps_new(bl_process *p, bl_term *a);
bl_term bif_map_size(bl_process *p, bl_term *a);
bl_term bif_is_map(bl_process *p, bl_term *a);

#endif
