/* map.c — maps: flat ones here, tries through hamt.c (see map.h). */
#include "map.h"

#include <stdlib.h>
#include <string.h>

#include "gc.h"

long flatmap_search(bl_vm *vm, bl_term map, bl_term key) {
    bl_term *pairs = flatmap_pairs(map);
    long lo = 0, hi = (long)map_size(map) - 1;
    while (lo <= hi) {
        long mid = (lo + hi) / 2;
        bl_term k = pairs[2 * mid];
        int c = k == key ? 0 : term_compare_exact(vm, k, key);
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return -lo - 1;
}

bl_term map_get_any(bl_vm *vm, bl_term map, bl_term key) {
    if (is_flatmap(map)) {
        long i = flatmap_index(vm, map, key);
        return i >= 0 ? flatmap_pairs(map)[2 * i + 1] : THE_NON_VALUE;
    }
    hamt_key k;
    hamt_key_init(&k, key);
    return hamt_get(vm, map, &k);
}

size_t map_sort_pairs(bl_vm *vm, bl_term *pairs, size_t n) {
    /* Insertion sort into a growing prefix of distinct keys: a pair whose
     * key is there already replaces that pair, so the later one wins.
     * Keys that come in order, as a literal's often do, cost one
     * comparison each. */
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        bl_term k = pairs[2 * i], v = pairs[2 * i + 1];
        size_t j = out;
        int c = 1;
        while (j > 0 && (c = term_compare_exact(vm, pairs[2 * (j - 1)], k)) > 0) j--;
        if (j > 0 && c == 0) {
            pairs[2 * (j - 1)] = k;
            pairs[2 * (j - 1) + 1] = v;
            continue;
        }
        for (size_t m = out; m > j; m--) {
            pairs[2 * m] = pairs[2 * (m - 1)];
            pairs[2 * m + 1] = pairs[2 * (m - 1) + 1];
        }
        pairs[2 * j] = k;
        pairs[2 * j + 1] = v;
        out++;
    }
    return out;
}

/* --- iteration --- */

void map_iter_init(map_iter *it, bl_term map, map_order order) {
    bool flat = is_flatmap(map);
    /* A flat map is in key order both ways; a trie's list order is the
     * reverse of its fold order. */
    it->descending = flat ? order == MAP_ORDER_LIST_REVERSED : order == MAP_ORDER_LIST;
    if (flat) {
        it->flat = flatmap_pairs(map);
        it->at = 0;
        it->n = map_size(map);
        return;
    }
    it->flat = NULL;
    it->depth = 1;
    it->node[0] = boxed_ptr(map);
    it->next[0] = 0;
}

bool map_iter_next(map_iter *it, bl_term *key, bl_term *value) {
    if (it->flat) {
        if (it->at == it->n) return false;
        bl_uword i = it->descending ? it->n - 1 - it->at : it->at;
        it->at++;
        *key = it->flat[2 * i];
        *value = it->flat[2 * i + 1];
        return true;
    }
    while (it->depth) {
        const bl_term *n = it->node[it->depth - 1];
        unsigned c = hamt_nchildren(n), i = it->next[it->depth - 1];
        if (i == c) {
            it->depth--;
            continue;
        }
        it->next[it->depth - 1] = i + 1;
        bl_term child = hamt_children(n)[it->descending ? c - 1 - i : i];
        if (is_list(child)) {
            *key = list_head(child);
            *value = list_tail(child);
            return true;
        }
        it->node[it->depth] = boxed_ptr(child);
        it->next[it->depth] = 0;
        it->depth++;
    }
    return false;
}

/* Merge sort of n pairs by key (the keys are distinct). */
static int map_sort_by_key(bl_vm *vm, bl_term *pairs, size_t n) {
    bl_term *tmp = malloc(2 * n * sizeof *tmp);
    if (!tmp) return -1;
    bl_term *from = pairs, *to = tmp;
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid || j < hi) {
                bool right = i == mid || (j < hi && term_compare_exact(vm, from[2 * j], from[2 * i]) < 0);
                size_t s = right ? j++ : i++;
                to[2 * k] = from[2 * s];
                to[2 * k + 1] = from[2 * s + 1];
                k++;
            }
        }
        bl_term *swap = from;
        from = to;
        to = swap;
    }
    if (from != pairs) memcpy(pairs, from, 2 * n * sizeof *pairs);
    free(tmp);
    return 0;
}

const bl_term *map_pairs_by_key(bl_vm *vm, bl_term map, bl_term **owned) {
    *owned = NULL;
    if (is_flatmap(map)) return flatmap_pairs(map);
    bl_uword n = map_size(map);
    bl_term *pairs = malloc(2 * n * sizeof *pairs);
    if (!pairs) return NULL;
    map_iter it;
    map_iter_init(&it, map, MAP_ORDER_FOLD);
    for (bl_uword i = 0; map_iter_next(&it, &pairs[2 * i], &pairs[2 * i + 1]); i++) {}
    if (map_sort_by_key(vm, pairs, n) != 0) {
        free(pairs);
        return NULL;
    }
    *owned = pairs;
    return pairs;
}

/* --- building at once --- */

/* Stable insertion sort of a few entries by key. */
static void map_sort_entries_by_key(bl_vm *vm, hamt_entry *e, size_t n) {
    for (size_t i = 1; i < n; i++) {
        hamt_entry x = e[i];
        size_t j = i;
        while (j > 0 && term_compare_exact(vm, e[j - 1].k.key, x.k.key) > 0) {
            e[j] = e[j - 1];
            j--;
        }
        e[j] = x;
    }
}

int map_build_plan(bl_vm *vm, map_builder *b, const bl_term *pairs, size_t n) {
    b->e = NULL;
    b->n = 0;
    b->words = 1;
    if (n == 0) return 0;
    hamt_entry *e = malloc(n * sizeof *e);
    if (!e) return -1;
    b->e = e;
    for (size_t i = 0; i < n; i++) {
        hamt_key_init(&e[i].k, pairs[2 * i]);
        e[i].index = i;
    }
    size_t m = 0;
    if (n <= MAP_FLAT_MAX) {
        map_sort_entries_by_key(vm, e, n);
        for (size_t i = 0; i < n; i++) {
            if (m > 0 && term_compare_exact(vm, e[m - 1].k.key, e[i].k.key) == 0) m--;
            e[m++] = e[i];
        }
    } else {
        for (size_t i = 0; i < n; i++) hamt_nibble(vm, &e[i].k, 0);
        if (hamt_sort(vm, e, n) != 0) return -1;
        /* Equal keys are next to each other, in input order: keep the last. */
        for (size_t i = 0; i < n; i++) {
            if (m > 0 && e[m - 1].k.hash[0] == e[i].k.hash[0] && term_equal_exact(e[m - 1].k.key, e[i].k.key)) m--;
            e[m++] = e[i];
        }
        if (m <= MAP_FLAT_MAX) map_sort_entries_by_key(vm, e, m);
    }
    b->n = m;
    if (m <= MAP_FLAT_MAX) {
        b->words = 1 + 2 * m;
    } else {
        hamt_alloc count = {vm, NULL, 0};
        hamt_build(&count, e, m, pairs);
        b->words = count.words;
    }
    return 0;
}

bl_term map_build_emit(bl_vm *vm, map_builder *b, const bl_term *pairs, bl_term *hp) {
    if (b->n <= MAP_FLAT_MAX) {
        hp[0] = make_header(SUB_MAP, 2 * b->n);
        for (size_t i = 0; i < b->n; i++) {
            hp[1 + 2 * i] = pairs[2 * b->e[i].index];
            hp[2 + 2 * i] = pairs[2 * b->e[i].index + 1];
        }
        return make_boxed(hp);
    }
    hamt_alloc a = {vm, hp, 0};
    return hamt_build(&a, b->e, b->n, pairs);
}

void map_build_free(map_builder *b) {
    free(b->e);
    b->e = NULL;
}

/* Writes the pairs to build from, reading them from the BIF's roots. */
typedef void map_gather_fn(bl_term *pairs, const bl_term *args, const void *ctx);

/* The map of the `n` pairs `gather` writes: planned, then gathered again
 * after making room, since a collection moves them. */
static bl_term map_build_rooted(bl_process *p, bl_term *args, size_t n, map_gather_fn *gather, const void *ctx) {
    if (n > MAP_MAX_PAIRS) return bif_error(p, ATOM_TERM(system_limit));
    bl_term *pairs = malloc((2 * n + 1) * sizeof *pairs);
    map_builder b;
    if (!pairs) return bif_error(p, ATOM_TERM(system_limit));
    gather(pairs, args, ctx);
    if (map_build_plan(p->vm, &b, pairs, n) != 0) {
        map_build_free(&b);
        free(pairs);
        return bif_error(p, ATOM_TERM(system_limit));
    }
    bl_term r = THE_NON_VALUE;
    bl_term *hp = bif_alloc(p, b.words);
    if (hp) {
        gather(pairs, args, ctx);
        r = map_build_emit(p->vm, &b, pairs, hp);
    }
    map_build_free(&b);
    free(pairs);
    p->reds_left -= (int32_t)(n / 16);
    return r;
}

/* --- put and remove --- */

typedef struct {
    int map_i, key_i, value_i;
} map_put_args;

/* A full flat map's pairs and the new one. */
static void map_gather_grown(bl_term *pairs, const bl_term *args, const void *ctx) {
    const map_put_args *w = ctx;
    bl_uword n = map_size(args[w->map_i]);
    memcpy(pairs, flatmap_pairs(args[w->map_i]), 2 * n * sizeof *pairs);
    pairs[2 * n] = args[w->key_i];
    pairs[2 * n + 1] = args[w->value_i];
}

/* map_put and map_update on a trie; `missing` as for map_update, NULL for
 * a put. */
static bl_term map_put_trie(bl_process *p, bl_term *args, int map_i, int key_i, int value_i, bool *missing) {
    hamt_key k;
    hamt_key_init(&k, args[key_i]);
    bl_term old = hamt_get(p->vm, args[map_i], &k);
    if (old == args[value_i]) return args[map_i];
    if (old == THE_NON_VALUE && missing) {
        *missing = true;
        return THE_NON_VALUE;
    }
    if (old == THE_NON_VALUE && map_size(args[map_i]) >= MAP_MAX_PAIRS) return bif_error(p, ATOM_TERM(system_limit));
    hamt_alloc count = {p->vm, NULL, 0};
    hamt_put(&count, args[map_i], &k, args[value_i]);
    bl_term *hp = bif_alloc(p, count.words);
    if (!hp) return THE_NON_VALUE;
    k.key = args[key_i];
    hamt_alloc a = {p->vm, hp, 0};
    return hamt_put(&a, args[map_i], &k, args[value_i]);
}

/* map_put and map_update: one lookup of the key, then the copy. */
static bl_term map_put_or_update(bl_process *p, bl_term *args, int map_i, int key_i, int value_i, bool *missing) {
    bl_term map = args[map_i];
    if (!is_map(map)) return bif_error2(p, ATOM_TERM(badmap), map);
    if (is_hashmap(map)) return map_put_trie(p, args, map_i, key_i, value_i, missing);
    long i = flatmap_find(p->vm, map, args[key_i]);
    bl_uword n = map_size(map);
    if (i >= 0 && flatmap_pairs(map)[2 * i + 1] == args[value_i]) return map;
    if (i < 0 && missing) {
        *missing = true;
        return THE_NON_VALUE;
    }
    if (i < 0 && n == MAP_FLAT_MAX) {
        map_put_args w = {map_i, key_i, value_i};
        return map_build_rooted(p, args, n + 1, map_gather_grown, &w);
    }
    bl_uword m = i >= 0 ? n : n + 1;
    bl_term *obj = bif_alloc(p, 1 + 2 * m);
    if (!obj) return THE_NON_VALUE;
    map = args[map_i]; /* may have moved */
    bl_term *src = flatmap_pairs(map);
    obj[0] = make_header(SUB_MAP, 2 * m);
    if (i >= 0) {
        memcpy(obj + 1, src, 2 * n * sizeof *obj);
        obj[1 + 2 * i + 1] = args[value_i];
    } else {
        size_t at = (size_t)(-i - 1);
        memcpy(obj + 1, src, 2 * at * sizeof *obj);
        obj[1 + 2 * at] = args[key_i];
        obj[1 + 2 * at + 1] = args[value_i];
        memcpy(obj + 1 + 2 * (at + 1), src + 2 * at, 2 * (n - at) * sizeof *obj);
    }
    return make_boxed(obj);
}

bl_term map_put(bl_process *p, bl_term *args, int map_i, int key_i, int value_i) {
    return map_put_or_update(p, args, map_i, key_i, value_i, NULL);
}

bl_term map_update(bl_process *p, bl_term *args, int map_i, int key_i, int value_i, bool *missing) {
    *missing = false;
    return map_put_or_update(p, args, map_i, key_i, value_i, missing);
}

/* A trie of 33 keys losing one becomes a flat map. */
static bl_term map_remove_to_flat(bl_process *p, bl_term *args, int map_i, int key_i) {
    bl_uword n = map_size(args[map_i]) - 1;
    bl_term *obj = bif_alloc(p, 1 + 2 * n);
    if (!obj) return THE_NON_VALUE;
    map_iter it;
    map_iter_init(&it, args[map_i], MAP_ORDER_FOLD);
    bl_term k, v;
    bl_uword i = 0;
    while (map_iter_next(&it, &k, &v)) {
        if (term_equal_exact(k, args[key_i])) continue;
        obj[1 + 2 * i] = k;
        obj[2 + 2 * i] = v;
        i++;
    }
    map_sort_pairs(p->vm, obj + 1, n);
    obj[0] = make_header(SUB_MAP, 2 * n);
    return make_boxed(obj);
}

static bl_term map_remove_trie(bl_process *p, bl_term *args, int map_i, int key_i) {
    hamt_key k;
    hamt_key_init(&k, args[key_i]);
    if (hamt_get(p->vm, args[map_i], &k) == THE_NON_VALUE) return args[map_i];
    if (map_size(args[map_i]) - 1 <= MAP_FLAT_MAX) return map_remove_to_flat(p, args, map_i, key_i);
    hamt_alloc count = {p->vm, NULL, 0};
    hamt_remove(&count, args[map_i], &k);
    bl_term *hp = bif_alloc(p, count.words);
    if (!hp) return THE_NON_VALUE;
    k.key = args[key_i];
    hamt_alloc a = {p->vm, hp, 0};
    return hamt_remove(&a, args[map_i], &k);
}

bl_term map_remove(bl_process *p, bl_term *args, int map_i, int key_i) {
    bl_term map = args[map_i];
    if (!is_map(map)) return bif_error2(p, ATOM_TERM(badmap), map);
    if (is_hashmap(map)) return map_remove_trie(p, args, map_i, key_i);
    long i = flatmap_index(p->vm, map, args[key_i]);
    if (i < 0) return map;
    bl_uword n = map_size(map);
    bl_term *obj = bif_alloc(p, 1 + 2 * (n - 1));
    if (!obj) return THE_NON_VALUE;
    bl_term *src = flatmap_pairs(args[map_i]);
    obj[0] = make_header(SUB_MAP, 2 * (n - 1));
    memcpy(obj + 1, src, 2 * (size_t)i * sizeof *obj);
    memcpy(obj + 1 + 2 * i, src + 2 * (i + 1), 2 * (n - (bl_uword)i - 1) * sizeof *obj);
    return make_boxed(obj);
}

/* --- BIFs of :maps and the map parts of :erlang --- */

/* {:badkey, key}, as BEAM raises it: the map is in the arguments of the
 * frame put on top of the stack trace, where KeyError finds it. */
static bl_term map_badkey(bl_process *p, bl_term key) {
    bl_term r = bif_error2(p, ATOM_TERM(badkey), key);
    p->exc_arg = 0;
    p->exc_why = ""; /* a frame with the arguments, without a cause */
    return r;
}

bl_term bif_maps_get2(bl_process *p, bl_term *a) {
    if (!is_map(a[1])) return bif_error2(p, ATOM_TERM(badmap), a[1]);
    bl_term v = map_get(p->vm, a[1], a[0]);
    return v != THE_NON_VALUE ? v : map_badkey(p, a[0]);
}

bl_term bif_maps_get3(bl_process *p, bl_term *a) {
    if (!is_map(a[1])) return bif_error2(p, ATOM_TERM(badmap), a[1]);
    bl_term v = map_get(p->vm, a[1], a[0]);
    return v != THE_NON_VALUE ? v : a[2];
}

bl_term bif_maps_find(bl_process *p, bl_term *a) {
    if (!is_map(a[1])) return bif_error2(p, ATOM_TERM(badmap), a[1]);
    /* Room for {:ok, value} first, so that the value, found after any
     * collection, needs no second lookup. */
    bl_term *t = bif_alloc(p, 3);
    if (!t) return THE_NON_VALUE;
    bl_term v = map_get(p->vm, a[1], a[0]);
    if (v == THE_NON_VALUE) {
        p->htop = t; /* not needed: give the words back */
        return ATOM_TERM(error);
    }
    t[0] = make_header(SUB_TUPLE, 2);
    t[1] = ATOM_TERM(ok);
    t[2] = v;
    return make_boxed(t);
}

bl_term bif_maps_is_key(bl_process *p, bl_term *a) {
    if (!is_map(a[1])) return bif_error2(p, ATOM_TERM(badmap), a[1]);
    return map_get(p->vm, a[1], a[0]) != THE_NON_VALUE ? A_TRUE : A_FALSE;
}

bl_term bif_is_map_key(bl_process *p, bl_term *a) { return bif_maps_is_key(p, a); }

bl_term bif_maps_put(bl_process *p, bl_term *a) { return map_put(p, a, 2, 0, 1); }

/* erlang:map_get(key, map): the guard-safe lookup */
bl_term bif_map_get(bl_process *p, bl_term *a) { return bif_maps_get2(p, a); }

bl_term bif_maps_remove(bl_process *p, bl_term *a) { return map_remove(p, a, 1, 0); }

bl_term bif_maps_update(bl_process *p, bl_term *a) {
    bool missing;
    bl_term r = map_update(p, a, 2, 0, 1, &missing);
    return missing ? map_badkey(p, a[0]) : r;
}

/* keys (what = 0), values (1) or {k, v} pairs (2) as a list, in `order`. */
static bl_term map_list(bl_process *p, bl_term *a, int what, map_order order) {
    if (!is_map(a[0])) return bif_error2(p, ATOM_TERM(badmap), a[0]);
    bl_uword n = map_size(a[0]);
    if (n == 0) return NIL;
    /* The cells first, then the tuples: the heap stays a run of whole
     * objects (2-word cells, 3-word tuples). */
    bl_term *cells = bif_alloc(p, n * (what == 2 ? 5 : 2));
    if (!cells) return THE_NON_VALUE;
    map_iter it;
    map_iter_init(&it, a[0], order);
    bl_term k, v;
    for (bl_uword i = 0; map_iter_next(&it, &k, &v); i++) {
        bl_term item = what == 0 ? k : v;
        if (what == 2) {
            bl_term *t = cells + 2 * n + 3 * i;
            t[0] = make_header(SUB_TUPLE, 2);
            t[1] = k;
            t[2] = v;
            item = make_boxed(t);
        }
        cells[2 * i] = item;
        cells[2 * i + 1] = i + 1 < n ? make_list(&cells[2 * (i + 1)]) : NIL;
    }
    p->reds_left -= (int32_t)(n / 64);
    return make_list(cells);
}

bl_term bif_maps_keys(bl_process *p, bl_term *a) { return map_list(p, a, 0, MAP_ORDER_LIST); }
bl_term bif_maps_values(bl_process *p, bl_term *a) { return map_list(p, a, 1, MAP_ORDER_LIST); }
bl_term bif_maps_to_list(bl_process *p, bl_term *a) { return map_list(p, a, 2, MAP_ORDER_LIST); }

/* beamlet:map_fold_pairs(map): the {key, value} pairs in the order
 * :maps.fold/3 visits them, for Enum.reduce/3. */
bl_term bif_map_fold_pairs(bl_process *p, bl_term *a) { return map_list(p, a, 2, MAP_ORDER_FOLD); }

/* The pairs of a[0], a proper list of 2-tuples. */
static void map_gather_list(bl_term *pairs, const bl_term *args, const void *ctx) {
    (void)ctx;
    size_t i = 0;
    for (bl_term t = args[0]; is_list(t); t = list_tail(t), i++) {
        pairs[2 * i] = tuple_elems(list_head(t))[0];
        pairs[2 * i + 1] = tuple_elems(list_head(t))[1];
    }
}

bl_term bif_maps_from_list(bl_process *p, bl_term *a) {
    bl_uword n = 0;
    bl_term t;
    for (t = a[0]; is_list(t); t = list_tail(t)) {
        bl_term h = list_head(t);
        if (!is_tuple(h) || tuple_arity(h) != 2) return bif_badarg(p);
        n++;
    }
    if (t != NIL) return bif_badarg(p);
    if (n > MAP_MAX_PAIRS) return bif_error(p, ATOM_TERM(system_limit));
    if (n > MAP_FLAT_MAX) return map_build_rooted(p, a, n, map_gather_list, NULL);
    bl_term *obj = bif_alloc(p, 1 + 2 * n);
    if (!obj) return THE_NON_VALUE;
    map_gather_list(obj + 1, a, NULL);
    size_t m = map_sort_pairs(p->vm, obj + 1, n);
    obj[0] = make_header(SUB_MAP, 2 * m);
    p->htop -= 2 * (n - m); /* duplicates dropped: give the words back */
    return make_boxed(obj);
}

/* Both flat maps' pairs, the second's after the first's. */
static void map_gather_both(bl_term *pairs, const bl_term *args, const void *ctx) {
    (void)ctx;
    bl_uword n1 = map_size(args[0]), n2 = map_size(args[1]);
    memcpy(pairs, flatmap_pairs(args[0]), 2 * n1 * sizeof *pairs);
    memcpy(pairs + 2 * n1, flatmap_pairs(args[1]), 2 * n2 * sizeof *pairs);
}

static bl_term map_merge_flat(bl_process *p, bl_term *a) {
    bl_uword n1 = map_size(a[0]), n2 = map_size(a[1]);
    if (n1 + n2 > MAP_FLAT_MAX) return map_build_rooted(p, a, n1 + n2, map_gather_both, NULL);
    bl_term *obj = bif_alloc(p, 1 + 2 * (n1 + n2));
    if (!obj) return THE_NON_VALUE;
    bl_term *x = flatmap_pairs(a[0]), *y = flatmap_pairs(a[1]), *out = obj + 1;
    bl_uword i = 0, j = 0, k = 0;
    while (i < n1 || j < n2) {
        int c = i == n1 ? 1 : j == n2 ? -1 : term_compare_exact(p->vm, x[2 * i], y[2 * j]);
        if (c < 0) {
            out[2 * k] = x[2 * i];
            out[2 * k + 1] = x[2 * i + 1];
            i++;
        } else {
            out[2 * k] = y[2 * j];
            out[2 * k + 1] = y[2 * j + 1];
            if (c == 0) i++;
            j++;
        }
        k++;
    }
    obj[0] = make_header(SUB_MAP, 2 * k);
    p->htop -= 2 * (n1 + n2 - k);
    return make_boxed(obj);
}

/* A flat map's pairs put into a trie one by one (the flat map has at most
 * 32): all of them when the flat map was merge's second argument, only
 * the keys the trie lacks when it was the first. */
static bl_term map_merge_flat_into_trie(bl_process *p, bl_term *a) {
    int flat_i = is_flatmap(a[0]) ? 0 : 1;
    bool keep_old = flat_i == 0;
    /* The growing result is a root too: the BIF's roots become these
     * until the end. */
    enum { R_FIRST, R_SECOND, R_ACC, R_KEY, R_VALUE, R_COUNT };
    bl_term roots[R_COUNT] = {a[0], a[1], a[1 - flat_i], NIL, NIL};
    bl_term *saved_args = p->bif_args;
    unsigned saved_nargs = p->bif_nargs;
    p->bif_args = roots;
    p->bif_nargs = R_COUNT;
    bl_uword n = map_size(a[flat_i]);
    bl_term r = roots[R_ACC];
    for (bl_uword i = 0; i < n && r != THE_NON_VALUE; i++) {
        const bl_term *pairs = flatmap_pairs(roots[flat_i]);
        if (keep_old && map_get(p->vm, roots[R_ACC], pairs[2 * i]) != THE_NON_VALUE) continue;
        roots[R_KEY] = pairs[2 * i];
        roots[R_VALUE] = pairs[2 * i + 1];
        r = roots[R_ACC] = map_put(p, roots, R_ACC, R_KEY, R_VALUE);
    }
    a[0] = roots[R_FIRST];
    a[1] = roots[R_SECOND];
    p->bif_args = saved_args;
    p->bif_nargs = saved_nargs;
    return r;
}

static bl_term map_merge_tries(bl_process *p, bl_term *a) {
    hamt_alloc count = {p->vm, NULL, 0};
    if (hamt_merge(&count, a[0], a[1]) == THE_NON_VALUE) return bif_error(p, ATOM_TERM(system_limit));
    bl_term *hp = bif_alloc(p, count.words);
    if (!hp) return THE_NON_VALUE;
    hamt_alloc w = {p->vm, hp, 0};
    bl_term r = hamt_merge(&w, a[0], a[1]);
    if (r == THE_NON_VALUE) {
        p->htop = hp; /* nothing was built: give the words back */
        return bif_error(p, ATOM_TERM(system_limit));
    }
    if (map_size(r) > MAP_MAX_PAIRS) return bif_error(p, ATOM_TERM(system_limit));
    p->reds_left -= (int32_t)(count.words / 16);
    return r;
}

bl_term bif_maps_merge(bl_process *p, bl_term *a) {
    if (!is_map(a[0])) return bif_error2(p, ATOM_TERM(badmap), a[0]);
    if (!is_map(a[1])) return bif_error2(p, ATOM_TERM(badmap), a[1]);
    bool flat0 = is_flatmap(a[0]), flat1 = is_flatmap(a[1]);
    if (flat0 && flat1) return map_merge_flat(p, a);
    if (flat0 || flat1) return map_merge_flat_into_trie(p, a);
    return map_merge_tries(p, a);
}

bl_term bif_maps_new(bl_process *p, bl_term *a) {
    (void)a;
    bl_term *obj = bif_alloc(p, 1);
    if (!obj) return THE_NON_VALUE;
    obj[0] = make_header(SUB_MAP, 0);
    return make_boxed(obj);
}

bl_term bif_map_size(bl_process *p, bl_term *a) {
    return is_map(a[0]) ? make_small((bl_sword)map_size(a[0])) : bif_error2(p, ATOM_TERM(badmap), a[0]);
}

bl_term bif_is_map(bl_process *p, bl_term *a) {
    (void)p;
    return is_map(a[0]) ? A_TRUE : A_FALSE;
}
