/*
 * test_gc.c — white-box tests of terms, the atom table and the copying
 * collector: structures survive collections intact, sharing is kept,
 * literals outside the heap stay put, and garbage is not retained.
 */
#include <stdio.h>
#include <string.h>

#include "atom.h"
#include "gc.h"
#include "vm.h"

static int passed, failed;
#define CHECK(cond)                                                  \
    do {                                                             \
        if (cond) passed++;                                          \
        else {                                                       \
            failed++;                                                \
            printf("FAIL: %s:%d: %s\n", __FILE__, __LINE__, #cond);  \
        }                                                            \
    } while (0)

static bl_term cons(bl_process *p, bl_term h, bl_term t) {
    bl_term *c = heap_take(p, 2);
    c[0] = h;
    c[1] = t;
    return make_list(c);
}

static void test_tagging(void) {
    CHECK(is_small(make_small(0)) && small_val(make_small(-5)) == -5);
    CHECK(small_val(make_small(MAX_SMALL)) == MAX_SMALL && small_val(make_small(MIN_SMALL)) == MIN_SMALL);
    CHECK(!small_fits(MAX_SMALL + 1) && !small_fits(MIN_SMALL - 1));
    CHECK(is_atom(make_atom(7)) && atom_index(make_atom(7)) == 7);
    CHECK(is_pid(make_pid(80)) && pid_number(make_pid(80)) == 80);
    CHECK(is_nil(NIL) && !is_atom(NIL) && !is_small(NIL) && !is_cp(NIL));
    int where;
    CHECK(is_cp(make_cp(&where)) && cp_val(make_cp(&where)) == &where);
    CHECK(!is_small(make_cp(&where)) && !is_atom(make_cp(&where)));
    bl_term hdr = make_header(SUB_TUPLE, 3);
    CHECK(is_header(hdr) && header_subtag(hdr) == SUB_TUPLE && header_arity(hdr) == 3);
}

static void test_atoms(void) {
    atom_table t;
    CHECK(atom_table_init(&t) == 0);
    CHECK(atom_intern(&t, "ok", 2) == ATOM_TERM(ok));
    bl_term a = atom_intern(&t, "fresh", 5);
    CHECK(a != THE_NON_VALUE && atom_lookup(&t, "fresh", 5) == a);
    CHECK(atom_lookup(&t, "absent", 6) == THE_NON_VALUE);
    CHECK(strcmp(atom_name(&t, a), "fresh") == 0 && atom_len(&t, a) == 5);
    char big[ATOM_MAX_BYTES + 2];
    memset(big, 'a', sizeof big);
    CHECK(atom_intern(&t, big, sizeof big) == THE_NON_VALUE);
    for (int i = 0; i < 5000; i++) {
        char name[32];
        snprintf(name, sizeof name, "atom_%d", i);
        atom_intern(&t, name, strlen(name));
    }
    CHECK(atom_lookup(&t, "atom_4999", 9) != THE_NON_VALUE);
    CHECK(atom_lookup(&t, "fresh", 5) == a);
    atom_table_free(&t);
}

static void test_collection(bl_vm *vm) {
    bl_process *p = proc_new(vm);
    CHECK(p != NULL);
    /* A list of 1000 tuples {i, float}, with garbage in between. */
    bl_term root = NIL;
    for (int i = 0; i < 1000; i++) {
        CHECK(gc_ensure(p, 10, 0, NULL, &root, 1) == 0);
        heap_take(p, 3)[0] = make_header(SUB_TUPLE, 2); /* garbage, never referenced */
        bl_term *f = heap_take(p, 2);
        f[0] = make_header(SUB_FLOAT, 1);
        double d = i + 0.5;
        memcpy(f + 1, &d, sizeof d);
        bl_term *t = heap_take(p, 3);
        t[0] = make_header(SUB_TUPLE, 2);
        t[1] = make_small(i);
        t[2] = make_boxed(f);
        root = cons(p, make_boxed(t), root);
    }
    bl_term shared = list_head(root);
    bl_term pair[2] = {root, shared};
    gc_collect(p, 0, 0, NULL, pair, 2);
    root = pair[0];
    CHECK(list_head(root) == pair[1]); /* sharing kept: one copy */
    int n = 999, ok = 1;
    for (bl_term l = root; is_list(l); l = list_tail(l), n--) {
        bl_term t = list_head(l);
        ok &= is_tuple(t) && small_val(tuple_elems(t)[0]) == n && float_val(tuple_elems(t)[1]) == n + 0.5;
    }
    CHECK(ok && n == -1);
    size_t live = (size_t)(p->htop - p->heap);
    CHECK(live == 1000 * (2 + 2 + 3)); /* cons + float + tuple; garbage gone */
    /* Dropping the root frees everything at the next collection. */
    gc_collect(p, 0, 0, NULL, NULL, 0);
    CHECK(p->htop == p->heap);
    CHECK((size_t)(p->hend - p->heap) < live); /* the heap shrank */
    /* Terms outside the heap (module literals) are left alone. */
    static bl_term literal[3] = {0};
    literal[0] = make_header(SUB_TUPLE, 2);
    literal[1] = make_small(1);
    literal[2] = make_small(2);
    bl_term lit = make_boxed(literal);
    gc_collect(p, 0, 0, NULL, &lit, 1);
    CHECK(lit == make_boxed(literal));
}

int main(void) {
    test_tagging();
    test_atoms();
    bl_vm *vm = bl_vm_new(NULL);
    CHECK(vm != NULL);
    if (vm) test_collection(vm);
    bl_vm_free(vm);
    printf("gc: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
