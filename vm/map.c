/* map.c — sorted-pair maps (see map.h). */
#include "map.h"

#include <string.h>

#include "gc.h"

long map_find(bl_vm *vm, bl_term map, bl_term key) {
    bl_term *pairs = map_pairs(map);
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

bl_term map_get(bl_vm *vm, bl_term map, bl_term key) {
    long i = map_find(vm, map, key);
    return i >= 0 ? map_pairs(map)[2 * i + 1] : THE_NON_VALUE;
}

size_t map_sort_pairs(bl_vm *vm, bl_term *pairs, size_t n) {
    /* Insertion sort, stable: map literals and from_list inputs are small
     * or already nearly sorted; equal keys keep their input order. */
    for (size_t i = 1; i < n; i++) {
        bl_term k = pairs[2 * i], v = pairs[2 * i + 1];
        size_t j = i;
        while (j > 0 && term_compare_exact(vm, pairs[2 * (j - 1)], k) > 0) {
            pairs[2 * j] = pairs[2 * (j - 1)];
            pairs[2 * j + 1] = pairs[2 * (j - 1) + 1];
            j--;
        }
        pairs[2 * j] = k;
        pairs[2 * j + 1] = v;
    }
    /* Drop all but the last of equal keys. */
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        if (out > 0 && term_compare_exact(vm, pairs[2 * (out - 1)], pairs[2 * i]) == 0) out--;
        pairs[2 * out] = pairs[2 * i];
        pairs[2 * out + 1] = pairs[2 * i + 1];
        out++;
    }
    return out;
}

bl_term map_put(bl_process *p, bl_term *args, int map_i, int key_i, int value_i) {
    bl_term map = args[map_i];
    if (!is_map(map)) return bif_error2(p, ATOM_TERM(badmap), map);
    long i = map_find(p->vm, map, args[key_i]);
    bl_uword n = map_size(map);
    if (i >= 0 && map_pairs(map)[2 * i + 1] == args[value_i]) return map;
    bl_uword m = i >= 0 ? n : n + 1;
    if (m > MAP_MAX_PAIRS) return bif_error(p, ATOM_TERM(system_limit));
    bl_term *obj = bif_alloc(p, 1 + 2 * m);
    if (!obj) return THE_NON_VALUE;
    map = args[map_i]; /* may have moved */
    bl_term *src = map_pairs(map);
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
    p->reds_left -= (int32_t)(n / 32);
    return make_boxed(obj);
}

bl_term map_remove(bl_process *p, bl_term *args, int map_i, int key_i) {
    bl_term map = args[map_i];
    if (!is_map(map)) return bif_error2(p, ATOM_TERM(badmap), map);
    long i = map_find(p->vm, map, args[key_i]);
    if (i < 0) return map;
    bl_uword n = map_size(map);
    bl_term *obj = bif_alloc(p, 1 + 2 * (n - 1));
    if (!obj) return THE_NON_VALUE;
    bl_term *src = map_pairs(args[map_i]);
    obj[0] = make_header(SUB_MAP, 2 * (n - 1));
    memcpy(obj + 1, src, 2 * (size_t)i * sizeof *obj);
    memcpy(obj + 1 + 2 * i, src + 2 * (i + 1), 2 * (n - (bl_uword)i - 1) * sizeof *obj);
    return make_boxed(obj);
}

/* --- BIFs of :maps and the map parts of :erlang --- */

/* {:badkey, key}, as BEAM raises it: the map is in the arguments of the
 * frame put on top of the stack trace, where KeyError finds it. */
static bl_term map_badkey(bl_process *p, bl_term key, bl_term map) {
    (void)map;
    bl_term r = bif_error2(p, ATOM_TERM(badkey), key);
    p->exc_arg = 0;
    p->exc_why = ""; /* a frame with the arguments, without a cause */
    return r;
}

bl_term bif_maps_get2(bl_process *p, bl_term *a) {
    if (!is_map(a[1])) return bif_error2(p, ATOM_TERM(badmap), a[1]);
    bl_term v = map_get(p->vm, a[1], a[0]);
    return v != THE_NON_VALUE ? v : map_badkey(p, a[0], a[1]);
}

bl_term bif_maps_get3(bl_process *p, bl_term *a) {
    if (!is_map(a[1])) return bif_error2(p, ATOM_TERM(badmap), a[1]);
    bl_term v = map_get(p->vm, a[1], a[0]);
    return v != THE_NON_VALUE ? v : a[2];
}

bl_term bif_maps_find(bl_process *p, bl_term *a) {
    if (!is_map(a[1])) return bif_error2(p, ATOM_TERM(badmap), a[1]);
    bl_term v = map_get(p->vm, a[1], a[0]);
    if (v == THE_NON_VALUE) return ATOM_TERM(error);
    bl_term *t = bif_alloc(p, 3);
    if (!t) return THE_NON_VALUE;
    t[0] = make_header(SUB_TUPLE, 2);
    t[1] = ATOM_TERM(ok);
    t[2] = map_get(p->vm, a[1], a[0]); /* re-read: the map may have moved */
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
    if (!is_map(a[2])) return bif_error2(p, ATOM_TERM(badmap), a[2]);
    if (map_get(p->vm, a[2], a[0]) == THE_NON_VALUE) return map_badkey(p, a[0], a[2]);
    return map_put(p, a, 2, 0, 1);
}

/* keys (what = 0), values (1) or {k, v} pairs (2) as a list. */
static bl_term map_list(bl_process *p, bl_term *a, int what) {
    if (!is_map(a[0])) return bif_error2(p, ATOM_TERM(badmap), a[0]);
    bl_uword n = map_size(a[0]);
    bl_term *cells = bif_alloc(p, n * (what == 2 ? 5 : 2));
    if (!cells) return THE_NON_VALUE;
    bl_term *pairs = map_pairs(a[0]);
    bl_term list = NIL;
    for (bl_uword i = n; i-- > 0;) {
        bl_term item;
        if (what == 2) {
            bl_term *t = cells + 2 * n + 3 * i;
            t[0] = make_header(SUB_TUPLE, 2);
            t[1] = pairs[2 * i];
            t[2] = pairs[2 * i + 1];
            item = make_boxed(t);
        } else {
            item = pairs[2 * i + (bl_uword)what];
        }
        cells[2 * i] = item;
        cells[2 * i + 1] = list;
        list = make_list(&cells[2 * i]);
    }
    /* The tuples sit after the cells: the heap stays a run of whole objects
     * because cells (2 words each) and tuples (3 words each) are laid out
     * contiguously. */
    return list;
}

bl_term bif_maps_keys(bl_process *p, bl_term *a) { return map_list(p, a, 0); }
bl_term bif_maps_values(bl_process *p, bl_term *a) { return map_list(p, a, 1); }
bl_term bif_maps_to_list(bl_process *p, bl_term *a) { return map_list(p, a, 2); }

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
    bl_term *obj = bif_alloc(p, 1 + 2 * n);
    if (!obj) return THE_NON_VALUE;
    bl_uword i = 0;
    for (t = a[0]; is_list(t); t = list_tail(t), i++) {
        obj[1 + 2 * i] = tuple_elems(list_head(t))[0];
        obj[2 + 2 * i] = tuple_elems(list_head(t))[1];
    }
    size_t m = map_sort_pairs(p->vm, obj + 1, n);
    obj[0] = make_header(SUB_MAP, 2 * m);
    p->htop -= 2 * (n - m); /* duplicates dropped: give the words back */
    p->reds_left -= (int32_t)(n / 16);
    return make_boxed(obj);
}

bl_term bif_maps_merge(bl_process *p, bl_term *a) {
    if (!is_map(a[0])) return bif_error2(p, ATOM_TERM(badmap), a[0]);
    if (!is_map(a[1])) return bif_error2(p, ATOM_TERM(badmap), a[1]);
    bl_uword n1 = map_size(a[0]), n2 = map_size(a[1]);
    bl_term *obj = bif_alloc(p, 1 + 2 * (n1 + n2));
    if (!obj) return THE_NON_VALUE;
    bl_term *x = map_pairs(a[0]), *y = map_pairs(a[1]), *out = obj + 1;
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
