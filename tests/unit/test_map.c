/*
 * test_map.c — white-box tests of big maps (hamt.h): with the key hash cut
 * down to a few bits, tries grow deep, chains of one-child nodes form and
 * keys meet in collision buckets.  After every put, remove and merge the
 * trie is checked whole: each key sits on its hash's path, sizes and
 * bitmaps agree, nodes below the root hold two keys or more, buckets only
 * at the bottom and in term order; and it equals the same map built at
 * once.  All of it again with a collection at every allocation.
 */
#include <stdio.h>
#include <string.h>

#include "gc.h"
#include "map.h"

static int passed, failed;
#define CHECK(cond)                                                  \
    do {                                                             \
        if (cond) passed++;                                          \
        else {                                                       \
            failed++;                                                \
            printf("FAIL: %s:%d: %s\n", __FILE__, __LINE__, #cond);  \
        }                                                            \
    } while (0)

/* Leaves under node n at `level`, checking it on the way; `path` holds the
 * branches taken to reach it. */
static size_t check_node(bl_vm *vm, const bl_term *n, unsigned level, unsigned *path, bool *ok) {
    const bl_term *ch = hamt_children(n);
    unsigned c = hamt_nchildren(n);
    size_t leaves = 0;
    if (level == HAMT_MAX_LEVEL) {
        *ok &= hamt_bitmap(n) == 0 && c >= 2;
        for (unsigned i = 0; i < c; i++) {
            *ok &= is_list(ch[i]);
            if (!is_list(ch[i])) continue;
            hamt_key k;
            hamt_key_init(&k, list_head(ch[i]));
            for (unsigned l = 0; l < level; l++) *ok &= hamt_nibble(vm, &k, l) == path[l];
            if (i > 0) *ok &= term_compare_exact(vm, list_head(ch[i - 1]), list_head(ch[i])) < 0;
            leaves++;
        }
        return leaves;
    }
    unsigned bitmap = hamt_bitmap(n);
    *ok &= bitmap != 0 && (unsigned)__builtin_popcount(bitmap) == c;
    if (!hamt_is_root(n) && c == 1) *ok &= !is_list(ch[0]); /* a lone leaf would have moved up */
    unsigned i = 0;
    for (unsigned nib = 0; nib < 16; nib++) {
        if (!(bitmap & (1u << nib))) continue;
        path[level] = nib;
        bl_term child = ch[i++];
        if (is_list(child)) {
            hamt_key k;
            hamt_key_init(&k, list_head(child));
            for (unsigned l = 0; l <= level; l++) *ok &= hamt_nibble(vm, &k, l) == path[l];
            leaves++;
        } else {
            *ok &= is_boxed_of(child, SUB_HAMT_NODE);
            if (!is_boxed_of(child, SUB_HAMT_NODE)) continue;
            size_t below = check_node(vm, boxed_ptr(child), level + 1, path, ok);
            *ok &= below >= 2;
            leaves += below;
        }
    }
    return leaves;
}

/* The form matches the size, and a trie is well made. */
static bool check_map(bl_vm *vm, bl_term m) {
    if (!is_map(m)) return false;
    if (map_size(m) <= MAP_FLAT_MAX) return is_flatmap(m);
    if (!is_hashmap(m)) return false;
    bool ok = true;
    unsigned path[HAMT_MAX_LEVEL + 1];
    ok &= check_node(vm, boxed_ptr(m), 0, path, &ok) == map_size(m);
    return ok;
}

/* Which of the keys 0..n-1 `m` holds must be exactly `present`, each with
 * the value 3 * key. */
static bool check_keys(bl_vm *vm, bl_term m, const bool *present, int n) {
    size_t count = 0;
    for (int k = 0; k < n; k++) {
        bl_term v = map_get(vm, m, make_small(k));
        if (present[k] ? v != make_small(3 * k) : v != THE_NON_VALUE) return false;
        count += present[k];
    }
    return map_size(m) == count;
}

enum { R_MAP, R_OTHER, R_KEY, R_VALUE, R_COUNT };
#define NKEYS 600

/* The map of the present keys, built at once. */
static bl_term build_at_once(bl_process *p, const bool *present, int n) {
    static bl_term pairs[2 * NKEYS];
    size_t np = 0;
    for (int k = 0; k < n; k++)
        if (present[k]) {
            pairs[2 * np] = make_small(k);
            pairs[2 * np + 1] = make_small(3 * k);
            np++;
        }
    map_builder b;
    if (map_build_plan(p->vm, &b, pairs, np) != 0) return THE_NON_VALUE;
    bl_term m = THE_NON_VALUE;
    if (gc_ensure(p, b.words, 0, p->bif_x, p->bif_args, p->bif_nargs) == 0)
        m = map_build_emit(p->vm, &b, pairs, heap_take(p, b.words));
    map_build_free(&b);
    return m;
}

/* Maps agree pair for pair, in the same iteration order. */
static bool same_map(bl_term a, bl_term b) {
    if (!term_equal_exact(a, b)) return false;
    map_iter ia, ib;
    bl_term ka, va, kb, vb;
    map_iter_init(&ia, a, MAP_ORDER_LIST);
    map_iter_init(&ib, b, MAP_ORDER_LIST);
    while (map_iter_next(&ia, &ka, &va))
        if (!map_iter_next(&ib, &kb, &vb) || ka != kb || va != vb) return false;
    return !map_iter_next(&ib, &kb, &vb);
}


static void test_with_mask(bl_vm *vm, uint32_t mask) {
    vm->map_hash_mask = mask;
    bl_process *p = proc_new(vm);
    CHECK(p != NULL);
    if (!p) return;
    bl_term x[1] = {NIL};
    bl_term r[R_COUNT] = {NIL, NIL, NIL, NIL};
    bif_prepare(p, x, 0, r, R_COUNT);
    bool present[NKEYS] = {false};
    r[R_MAP] = build_at_once(p, present, NKEYS);

    /* Puts in a scattered order; then each key again, first with another
     * value, then with the same one (which must change nothing). */
    bool ok = true;
    for (int i = 0; i < 2 * NKEYS && ok; i++) {
        int k = (int)((unsigned)i * 7919u % NKEYS);
        r[R_KEY] = make_small(k);
        if (i >= NKEYS) {
            r[R_VALUE] = make_small(-k);
            r[R_MAP] = map_put(p, r, R_MAP, R_KEY, R_VALUE);
            ok &= map_get(vm, r[R_MAP], r[R_KEY]) == r[R_VALUE];
        }
        r[R_VALUE] = make_small(3 * k);
        r[R_MAP] = map_put(p, r, R_MAP, R_KEY, R_VALUE);
        if (i >= NKEYS) ok &= map_put(p, r, R_MAP, R_KEY, R_VALUE) == r[R_MAP];
        present[k] = true;
        ok &= check_map(vm, r[R_MAP]);
        if (i % 37 == 0 || i == NKEYS - 1) ok &= check_keys(vm, r[R_MAP], present, NKEYS);
    }
    CHECK(ok);
    CHECK(map_size(r[R_MAP]) == NKEYS);
    r[R_OTHER] = build_at_once(p, present, NKEYS);
    CHECK(same_map(r[R_MAP], r[R_OTHER]));

    /* Removes, down through 32 keys to none; absent keys change nothing. */
    ok = true;
    for (int i = 0; i < NKEYS && ok; i++) {
        int k = (int)((unsigned)i * 4099u % NKEYS);
        r[R_KEY] = make_small(k);
        r[R_MAP] = map_remove(p, r, R_MAP, R_KEY);
        present[k] = false;
        bl_term again = map_remove(p, r, R_MAP, R_KEY);
        ok &= again == r[R_MAP];
        ok &= check_map(vm, r[R_MAP]);
        if (i % 29 == 0 || NKEYS - i <= 40) {
            ok &= check_keys(vm, r[R_MAP], present, NKEYS);
            r[R_OTHER] = build_at_once(p, present, NKEYS);
            ok &= same_map(r[R_MAP], r[R_OTHER]);
        }
    }
    CHECK(ok);
    CHECK(map_size(r[R_MAP]) == 0);

    /* Merges: overlapping tries, and a flat map into a trie both ways. */
    static const int ranges[][4] = {{0, 300, 200, 500}, {0, 40, 0, 600}, {0, 600, 100, 120}, {50, 90, 70, 110}};
    for (size_t t = 0; t < sizeof ranges / sizeof *ranges; t++) {
        bool first[NKEYS] = {false}, second[NKEYS] = {false}, both[NKEYS] = {false};
        for (int k = ranges[t][0]; k < ranges[t][1]; k++) first[k] = both[k] = true;
        for (int k = ranges[t][2]; k < ranges[t][3]; k++) second[k] = both[k] = true;
        r[R_MAP] = build_at_once(p, first, NKEYS);
        r[R_OTHER] = build_at_once(p, second, NKEYS);
        bl_term merged = bif_maps_merge(p, r);
        CHECK(check_map(vm, merged));
        CHECK(check_keys(vm, merged, both, NKEYS));
        r[R_KEY] = merged;
        r[R_VALUE] = build_at_once(p, both, NKEYS);
        CHECK(same_map(r[R_KEY], r[R_VALUE]));
        /* The second map's values win. */
        r[R_KEY] = make_small(ranges[t][2]);
        r[R_VALUE] = make_small(-1);
        r[R_OTHER] = map_put(p, r, R_OTHER, R_KEY, R_VALUE);
        merged = bif_maps_merge(p, r);
        CHECK(map_get(vm, merged, make_small(ranges[t][2])) == make_small(-1));
        bl_term swap = r[R_MAP];
        r[R_MAP] = r[R_OTHER];
        r[R_OTHER] = swap;
        merged = bif_maps_merge(p, r);
        CHECK(map_get(vm, merged, make_small(ranges[t][2])) == make_small(3 * ranges[t][2]));
        CHECK(check_map(vm, merged));
    }
    vm->map_hash_mask = 0;
}

int main(void) {
    bl_vm *vm = bl_vm_new(NULL);
    CHECK(vm != NULL);
    if (!vm) return 1;
    /* The full hash, one nibble, a few bits, a single bit: ever deeper
     * tries and ever bigger collision buckets. */
    static const uint32_t masks[] = {0, 0xF, 0x30F, 0x3, 0x1, 0x80000001u};
    for (int stress = 0; stress <= 1; stress++) {
        vm->config.gc_stress = stress;
        for (size_t i = 0; i < sizeof masks / sizeof *masks; i++) test_with_mask(vm, masks[i]);
    }
    bl_vm_free(vm);
    printf("map: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
