/*
 * compare.c — Erlang term order and equality.
 *
 *   number < atom < reference < fun < port < pid < tuple < map < [] < list < bitstring
 *
 * Integers and floats compare by value (1 == 1.0); exact equality (===)
 * also requires the same type.  Deep terms are compared with an explicit
 * work stack, not C recursion, so nesting depth cannot overflow the C
 * stack.
 */
#include <stdlib.h>
#include <string.h>

#include "bif.h"
#include "integer.h"
#include "map.h"

static int cmp_type_rank(bl_term t) {
    if (is_number(t)) return 0;
    if (is_atom(t)) return 1;
    if (is_boxed_of(t, SUB_REF)) return 2;
    if (is_fun(t)) return 3;
    if (is_pid(t)) return 5;
    if (is_tuple(t)) return 6;
    if (is_map(t)) return 7;
    if (t == NIL) return 8;
    if (is_list(t)) return 9;
    if (is_binary(t)) return 10;
    return 11;
}

static int cmp_numbers(bl_term a, bl_term b) {
    if (is_bignum(a) || is_bignum(b)) {
        uint64_t ba[1], bb[1];
        if (is_float(a)) return -big_cmp_double(int_view(b, bb), float_val(a));
        if (is_float(b)) return big_cmp_double(int_view(a, ba), float_val(b));
        return big_cmp(int_view(a, ba), int_view(b, bb));
    }
    if (is_small(a) && is_small(b)) {
        bl_sword x = small_val(a), y = small_val(b);
        return x < y ? -1 : x > y;
    }
    if (is_float(a) && is_float(b)) {
        double x = float_val(a), y = float_val(b);
        return x < y ? -1 : x > y;
    }
    /* A small integer and a float: compare exactly where doubles cannot
     * represent the integer (beyond 2^53). */
    bl_term i = is_small(a) ? a : b;
    double f = is_small(a) ? float_val(b) : float_val(a);
    int sign = is_small(a) ? 1 : -1;
    bl_sword v = small_val(i);
    if (f >= 9.3e18) return -sign;
    if (f <= -9.3e18) return sign;
    double fv = (double)v;
    if (fv < f) return -sign;
    if (fv > f) return sign;
    bl_sword fi = (bl_sword)f;
    return v < fi ? -sign : (v > fi ? sign : 0);
}

static int cmp_atoms(bl_vm *vm, bl_term a, bl_term b) {
    size_t la = atom_len(&vm->atoms, a), lb = atom_len(&vm->atoms, b);
    const unsigned char *na = (const unsigned char *)atom_name(&vm->atoms, a);
    const unsigned char *nb = (const unsigned char *)atom_name(&vm->atoms, b);
    /* Most pairs of names differ in their first byte (map keys sorting
     * into order do): no call to memcmp for them. */
    if (la && lb && na[0] != nb[0]) return na[0] < nb[0] ? -1 : 1;
    int c = memcmp(na, nb, la < lb ? la : lb);
    if (c) return c < 0 ? -1 : 1;
    return la < lb ? -1 : la > lb;
}

static int cmp_binaries(bl_term a, bl_term b) {
    size_t la = binary_size(a), lb = binary_size(b);
    int c = memcmp(binary_bytes(a), binary_bytes(b), la < lb ? la : lb);
    if (c) return c < 0 ? -1 : 1;
    return la < lb ? -1 : la > lb;
}

/* The comparison's work list starts in `local`, on the C stack; deeply
 * nested terms move it to the C heap. */
typedef struct {
    bl_term *items;
    size_t len, cap;
    bl_term local[96];
} cmp_stack;

/* Entries are triples: the two terms and whether to compare exactly (map
 * keys always are, even under ==). */
static bool cmp_push3(cmp_stack *s, bl_term a, bl_term b, int exact) {
    if (s->len + 3 > s->cap) {
        size_t cap = s->cap * 2;
        bl_term *items = s->items == s->local ? malloc(cap * sizeof *items) : realloc(s->items, cap * sizeof *items);
        if (!items) return false;
        if (s->items == s->local) memcpy(items, s->local, s->len * sizeof *items);
        s->items = items;
        s->cap = cap;
    }
    s->items[s->len++] = a;
    s->items[s->len++] = b;
    s->items[s->len++] = (bl_term)exact;
    return true;
}

#define cmp_push(s, a, b) cmp_push3((s), (a), (b), exact)

/* Two maps of the same size: their keys are compared first (exactly, even
 * under ==), then their values, both in key order.  Equality alone (no VM,
 * so no atom names to order by) can walk two tries side by side instead:
 * the same keys make the same trie. */
static bool cmp_push_maps(bl_vm *vm, cmp_stack *st, bl_term a, bl_term b, int exact) {
    if (!vm && is_hashmap(a) && is_hashmap(b)) {
        map_iter ia, ib;
        bl_term ka, va, kb, vb;
        map_iter_init(&ia, a, MAP_ORDER_FOLD);
        map_iter_init(&ib, b, MAP_ORDER_FOLD);
        while (map_iter_next(&ia, &ka, &va) && map_iter_next(&ib, &kb, &vb))
            if (!cmp_push(st, va, vb)) return false;
        map_iter_init(&ia, a, MAP_ORDER_FOLD);
        map_iter_init(&ib, b, MAP_ORDER_FOLD);
        while (map_iter_next(&ia, &ka, &va) && map_iter_next(&ib, &kb, &vb))
            if (!cmp_push3(st, ka, kb, 1)) return false;
        return true;
    }
    bl_term *owned_a, *owned_b;
    const bl_term *pa = map_pairs_by_key(vm, a, &owned_a);
    const bl_term *pb = pa ? map_pairs_by_key(vm, b, &owned_b) : NULL;
    bool ok = pa && pb;
    bl_uword n = 2 * map_size(a);
    for (bl_uword i = n; ok && i >= 2; i -= 2) ok = cmp_push(st, pa[i - 1], pb[i - 1]);
    for (bl_uword i = n; ok && i >= 2; i -= 2) ok = cmp_push3(st, pa[i - 2], pb[i - 2], 1);
    if (pa) free(owned_a);
    if (pb) free(owned_b);
    return ok;
}

/* exact: 1 for ===, 0 for the order/== comparison. */
static int cmp_terms(bl_vm *vm, bl_term a0, bl_term b0, int exact0) {
    /* the common cases first: equal words, two small integers, two atoms */
    if (a0 == b0) return 0;
    if (is_small(a0) && is_small(b0)) return small_val(a0) < small_val(b0) ? -1 : 1;
    if (vm && is_atom(a0) && is_atom(b0)) return cmp_atoms(vm, a0, b0);
    cmp_stack st;
    st.items = st.local;
    st.len = 0;
    st.cap = sizeof st.local / sizeof *st.local;
    int result = 0;
    int exact = exact0;
    if (!cmp_push(&st, a0, b0)) return 0;
    while (st.len && result == 0) {
        exact = (int)st.items[--st.len];
        bl_term b = st.items[--st.len], a = st.items[--st.len];
        if (a == b) continue;
        if (is_number(a) && is_number(b)) {
            /* Exact (=== and map key order): every integer sorts before
             * every float, as in BEAM's map key order. */
            if (exact && is_float(a) != is_float(b)) result = is_float(a) ? 1 : -1;
            else result = cmp_numbers(a, b);
            continue;
        }
        int ra = cmp_type_rank(a), rb = cmp_type_rank(b);
        if (ra != rb) {
            result = ra < rb ? -1 : 1;
            continue;
        }
        if (is_atom(a)) result = vm ? cmp_atoms(vm, a, b) : (a < b ? -1 : 1);
        else if (is_pid(a)) result = pid_number(a) < pid_number(b) ? -1 : 1;
        else if (is_binary(a)) result = cmp_binaries(a, b);
        else if (is_tuple(a)) {
            bl_uword na = tuple_arity(a), nb = tuple_arity(b);
            if (na != nb) result = na < nb ? -1 : 1;
            else
                for (bl_uword i = na; i-- > 0;)
                    if (!cmp_push(&st, tuple_elems(a)[i], tuple_elems(b)[i])) break;
        } else if (is_map(a)) {
            /* By size, then the keys in order, then the values in key order. */
            bl_uword na = map_size(a), nb = map_size(b);
            if (na != nb) {
                result = na < nb ? -1 : 1;
                continue;
            }
            if (!cmp_push_maps(vm, &st, a, b, exact)) break;
        } else if (is_list(a)) {
            /* Compare the tails after the heads: push tails first. */
            if (!cmp_push(&st, list_tail(a), list_tail(b))) break;
            if (!cmp_push(&st, list_head(a), list_head(b))) break;
        } else if (is_boxed(a) && is_boxed(b)) {
            /* funs and refs: by identity of their words */
            bl_term *pa = boxed_ptr(a), *pb = boxed_ptr(b);
            bl_uword n = header_arity(pa[0]), m = header_arity(pb[0]);
            if (n != m) result = n < m ? -1 : 1;
            else {
                int c = memcmp(pa + 1, pb + 1, n * sizeof(bl_term));
                result = c < 0 ? -1 : c > 0;
            }
        }
    }
    if (st.items != st.local) free(st.items);
    return result;
}

/* Two atoms, the commonest comparison of map keys, are told apart here,
 * before cmp_terms sets up its work stack. */
int term_compare(bl_vm *vm, bl_term a, bl_term b) {
    if (vm && is_atom(a) && is_atom(b)) return a == b ? 0 : cmp_atoms(vm, a, b);
    return cmp_terms(vm, a, b, 0);
}

int term_compare_exact(bl_vm *vm, bl_term a, bl_term b) {
    if (vm && is_atom(a) && is_atom(b)) return a == b ? 0 : cmp_atoms(vm, a, b);
    return cmp_terms(vm, a, b, 1);
}

bool term_equal_exact(bl_term a, bl_term b) {
    if (a == b) return true;
    if (is_immed(a) || is_immed(b)) return false;
    if (is_boxed(a) && is_boxed(b)) {
        /* references (a receive matching ^ref) are their words; tuples of
         * different sizes differ */
        const bl_term *pa = boxed_ptr(a), *pb = boxed_ptr(b);
        bl_subtag sa = header_subtag(pa[0]), sb = header_subtag(pb[0]);
        if (sa == SUB_REF && sb == SUB_REF)
            return pa[0] == pb[0] && !memcmp(pa + 1, pb + 1, header_arity(pa[0]) * sizeof *pa);
        if (sa == SUB_TUPLE && sb == SUB_TUPLE && pa[0] != pb[0]) return false;
    }
    return cmp_terms(NULL, a, b, 1) == 0;
}

bool term_equal(bl_term a, bl_term b) {
    if (a == b) return true;
    if (is_atom(a) || is_atom(b)) return false;
    return cmp_terms(NULL, a, b, 0) == 0;
}
