/*
 * test_terms.c — environments and terms: every bl_make_*, bl_get_* and
 * bl_is_* function, bl_copy, bl_compare, bl_inspect, bl_env_clear, terms
 * surviving a trip through the VM, and two VMs whose atoms differ.
 */
#include <math.h>
#include <stdint.h>

#include "embed_test.h"

/* A term sent through the VM and back: :erlang.hd([term]). */
static bl_term round_trip(bl_vm *vm, bl_env *env, bl_term t) {
    bl_term inner = bl_make_list(env, 1, &t);
    bl_term args = bl_make_list(env, 1, &inner);
    bl_term r = BL_NONE;
    CHECK_STATUS(vm, bl_call(vm, ":erlang", "hd", args, env, &r), BL_OK);
    return r;
}

static void test_numbers(bl_vm *vm, bl_env *env) {
    int64_t i;
    double d;
    const int64_t ints[] = {0, 1, -1, 42, ((int64_t)1 << 59) - 1, (int64_t)1 << 59, -((int64_t)1 << 59) - 1,
                            INT64_MAX, INT64_MIN, INT64_MIN + 1};
    for (size_t k = 0; k < sizeof ints / sizeof *ints; k++) {
        bl_term t = bl_make_int(env, ints[k]);
        CHECK(bl_is_int(env, t) && bl_is_number(env, t) && !bl_is_float(env, t));
        CHECK(bl_get_int(env, t, &i) && i == ints[k]);
        CHECK(bl_get_number(env, t, &d) && d == (double)ints[k]);
        bl_term back = round_trip(vm, env, t);
        CHECK(bl_get_int(env, back, &i) && i == ints[k]);
        CHECK(bl_compare(env, t, back) == 0);
    }
    CHECK_INSPECT(env, bl_make_int(env, INT64_MAX), "9223372036854775807");
    CHECK_INSPECT(env, bl_make_int(env, INT64_MIN), "-9223372036854775808");

    /* 2^64 does not fit: computed by the VM as 9223372036854775807 * 2 + 2 */
    bl_term args[2] = {bl_make_int(env, INT64_MAX), bl_make_int(env, 2)};
    bl_term big = BL_NONE;
    CHECK_STATUS(vm, bl_call(vm, ":erlang", "*", bl_make_list(env, 2, args), env, &big), BL_OK);
    CHECK(bl_is_int(env, big) && !bl_get_int(env, big, &i));
    CHECK(bl_get_number(env, big, &d) && d == 18446744073709551614.0);

    bl_term f = bl_make_float(env, 1.5);
    CHECK(bl_is_float(env, f) && bl_is_number(env, f) && !bl_is_int(env, f));
    CHECK(bl_get_float(env, f, &d) && d == 1.5);
    CHECK(!bl_get_int(env, f, &i));
    CHECK(!bl_get_float(env, bl_make_int(env, 1), &d));
    CHECK_INSPECT(env, bl_make_float(env, 0.1), "0.1");
    CHECK_INSPECT(env, round_trip(vm, env, bl_make_float(env, 1e20)), "1.0e20");
    CHECK(bl_make_float(env, INFINITY) == BL_NONE);
    CHECK(bl_make_float(env, NAN) == BL_NONE);
    CHECK(bl_compare(env, bl_make_int(env, 1), bl_make_float(env, 1.0)) == 0);
    CHECK(bl_compare(env, bl_make_int(env, 1), bl_make_int(env, 2)) < 0);
}

static void test_atoms_binaries(bl_vm *vm, bl_env *env) {
    const char *name;
    size_t len;
    bl_term ok = bl_make_atom(env, "ok");
    CHECK(bl_is_atom(env, ok) && bl_is_atom_named(env, ok, "ok") && !bl_is_atom_named(env, ok, "o"));
    CHECK(bl_get_atom(env, ok, &name, &len) && len == 2 && strcmp(name, "ok") == 0);
    CHECK(bl_get_atom(env, ok, &name, NULL));
    CHECK(bl_make_atom_len(env, "okay", 2) == ok);
    CHECK_INSPECT(env, bl_make_atom(env, "with space"), ":\"with space\"");
    CHECK_INSPECT(env, bl_make_atom(env, "Elixir.Foo.Bar"), "Foo.Bar");
    CHECK_INSPECT(env, bl_make_bool(env, 1), "true");
    CHECK_INSPECT(env, bl_make_bool(env, 0), "false");
    char huge[1100];
    memset(huge, 'a', sizeof huge - 1);
    huge[sizeof huge - 1] = '\0';
    CHECK(bl_make_atom(env, huge) == BL_NONE);

    const unsigned char *data;
    bl_term s = bl_make_string(env, "héllo");
    CHECK(bl_is_binary(env, s) && !bl_is_atom(env, s));
    CHECK(bl_get_binary(env, s, &data, &len) && len == 6 && memcmp(data, "héllo", 6) == 0);
    CHECK_INSPECT(env, s, "\"héllo\"");
    CHECK_INSPECT(env, bl_make_binary(env, "\x01\x02", 2), "<<1, 2>>");
    CHECK_INSPECT(env, bl_make_binary(env, "", 0), "\"\"");

    /* Over 64 bytes: an off-heap binary, shared with the VM by count. */
    char text[1000];
    for (size_t k = 0; k < sizeof text; k++) text[k] = (char)('a' + k % 26);
    bl_term large = bl_make_binary(env, text, sizeof text);
    CHECK(bl_get_binary(env, large, &data, &len) && len == sizeof text && memcmp(data, text, len) == 0);
    bl_term back = round_trip(vm, env, large);
    CHECK(bl_get_binary(env, back, &data, &len) && len == sizeof text && memcmp(data, text, len) == 0);
    CHECK(bl_compare(env, large, back) == 0);
    bl_term sub_args[3] = {large, bl_make_int(env, 100), bl_make_int(env, 900)};
    bl_term part = BL_NONE; /* a slice made in the VM comes back as a binary of its own */
    CHECK_STATUS(vm, bl_call(vm, ":binary", "part", bl_make_list(env, 3, sub_args), env, &part), BL_OK);
    CHECK(bl_get_binary(env, part, &data, &len) && len == 900 && memcmp(data, text + 100, 900) == 0);
}

static void test_containers(bl_vm *vm, bl_env *env) {
    bl_term elems[3] = {bl_make_atom(env, "ok"), bl_make_int(env, 1), bl_make_string(env, "x")};
    bl_term tuple = bl_make_tuple(env, 3, elems);
    size_t arity, len;
    const bl_term *es;
    CHECK(bl_is_tuple(env, tuple) && !bl_is_list(env, tuple));
    CHECK(bl_get_tuple(env, tuple, &arity, &es) && arity == 3 && es[0] == elems[0]);
    CHECK_INSPECT(env, tuple, "{:ok, 1, \"x\"}");
    CHECK_INSPECT(env, bl_make_tuple(env, 0, NULL), "{}");

    bl_term list = bl_make_list(env, 3, elems);
    CHECK(bl_is_list(env, list) && !bl_is_empty_list(env, list));
    CHECK(bl_get_list_length(env, list, &len) && len == 3);
    bl_term head, tail;
    CHECK(bl_get_list_cell(env, list, &head, &tail) && head == elems[0]);
    CHECK(bl_get_list_length(env, tail, &len) && len == 2);
    bl_term empty = bl_make_list(env, 0, NULL);
    CHECK(bl_is_list(env, empty) && bl_is_empty_list(env, empty));
    CHECK(!bl_get_list_cell(env, empty, &head, &tail));
    CHECK(bl_get_list_length(env, empty, &len) && len == 0);
    bl_term improper = bl_make_list_cell(env, elems[1], elems[1]);
    CHECK(!bl_get_list_length(env, improper, &len));
    CHECK_INSPECT(env, improper, "[1 | 1]");
    bl_term chars[2] = {bl_make_int(env, 104), bl_make_int(env, 105)};
    CHECK_INSPECT(env, bl_make_list(env, 2, chars), "'hi'");

    bl_term keys[4] = {bl_make_atom(env, "b"), bl_make_atom(env, "a"), bl_make_int(env, 1), bl_make_atom(env, "b")};
    bl_term values[4] = {bl_make_int(env, 1), bl_make_int(env, 2), bl_make_int(env, 3), bl_make_int(env, 4)};
    bl_term map = bl_make_map(env, 4, keys, values);
    size_t size;
    bl_term v, k;
    int64_t i;
    CHECK(bl_is_map(env, map) && bl_get_map_size(env, map, &size) && size == 3);
    CHECK(bl_get_map_value(env, map, bl_make_atom(env, "b"), &v) && bl_get_int(env, v, &i) && i == 4);
    CHECK(!bl_get_map_value(env, map, bl_make_atom(env, "c"), &v));
    CHECK(bl_get_map_entry(env, map, 0, &k, &v) && bl_get_int(env, k, &i) && i == 1);
    CHECK(!bl_get_map_entry(env, map, 3, &k, &v));
    CHECK_INSPECT(env, map, "%{1 => 3, :a => 2, :b => 4}");
    CHECK_INSPECT(env, round_trip(vm, env, map), "%{1 => 3, :a => 2, :b => 4}");
    CHECK_INSPECT(env, bl_make_map(env, 0, NULL, NULL), "%{}");

    /* A failed make propagates instead of crashing. */
    bl_term bad[2] = {elems[0], BL_NONE};
    CHECK(bl_make_tuple(env, 2, bad) == BL_NONE);
    CHECK(bl_make_list(env, 2, bad) == BL_NONE);
    CHECK(bl_make_list_cell(env, BL_NONE, empty) == BL_NONE);
    CHECK(bl_make_map(env, 1, bad + 1, bad) == BL_NONE);
    CHECK(!bl_is_int(env, BL_NONE) && !bl_is_atom(env, BL_NONE) && !bl_is_tuple(env, BL_NONE));
    CHECK(bl_inspect_str(env, BL_NONE) && bl_inspect(env, BL_NONE, NULL, 0) == 0);
}

static void test_inspect_buffers(bl_vm *vm, bl_env *env) {
    bl_term t = bl_make_string(env, "abcdef");
    char buf[5];
    CHECK(bl_inspect(env, t, buf, sizeof buf) == 8 && strcmp(buf, "\"abc") == 0);
    CHECK(bl_inspect(env, t, NULL, 0) == 8);
    char one[1] = {'x'};
    CHECK(bl_inspect(env, t, one, 1) == 8 && one[0] == '\0');
    bl_term pid = bl_host_pid(vm);
    CHECK(bl_is_pid(env, pid) && !bl_is_ref(env, pid));
    char text[64];
    bl_inspect(env, pid, text, sizeof text);
    CHECK(strncmp(text, "#PID<0.", 7) == 0);
    bl_term ref = BL_NONE, fun = BL_NONE;
    CHECK_STATUS(vm, bl_call(vm, ":erlang", "make_ref", bl_make_list(env, 0, NULL), env, &ref), BL_OK);
    CHECK(bl_is_ref(env, ref) && !bl_is_fun(env, ref));
    test_load(vm, "funs.ex", "defmodule Funs do\n  def adder(n), do: fn x -> x + n end\nend\n");
    bl_term n = bl_make_int(env, 5);
    CHECK_STATUS(vm, bl_call(vm, "Funs", "adder", bl_make_list(env, 1, &n), env, &fun), BL_OK);
    CHECK(bl_is_fun(env, fun));
    /* the fun, copied into the host and back, still works */
    bl_term args[2] = {fun, bl_make_list(env, 1, &n)};
    bl_term r = BL_NONE;
    int64_t i;
    CHECK_STATUS(vm, bl_call(vm, ":erlang", "apply", bl_make_list(env, 2, args), env, &r), BL_OK);
    CHECK(bl_get_int(env, r, &i) && i == 10);
}

/* Terms from one environment copied into another outlive the first. */
static void test_copy_and_clear(bl_vm *vm) {
    bl_env *a = bl_env_new(vm), *b = bl_env_new(vm);
    CHECK(bl_env_vm(a) == vm && bl_env_userdata(a) == NULL);
    char text[200];
    memset(text, 'z', sizeof text);
    bl_term parts[2] = {bl_make_atom(a, "k"), bl_make_binary(a, text, sizeof text)};
    bl_term t = bl_make_tuple(a, 2, parts);
    bl_term c = bl_copy(b, t);
    CHECK(bl_copy(b, BL_NONE) == BL_NONE);
    bl_env_free(a);
    size_t arity, len;
    const bl_term *es;
    const unsigned char *data;
    CHECK(bl_get_tuple(b, c, &arity, &es) && arity == 2 && bl_is_atom_named(b, es[0], "k"));
    CHECK(bl_get_binary(b, es[1], &data, &len) && len == sizeof text && data[199] == 'z');
    /* many terms: the environment grows in blocks */
    for (int k = 0; k < 20000; k++) CHECK(bl_make_float(b, k) != BL_NONE);
    bl_env_clear(b);
    CHECK(bl_make_int(b, 7) != BL_NONE);
    bl_env_free(b);
    bl_env_free(NULL);
}

/* Two VMs side by side: atoms are per VM, and each runs its own code. */
static void test_two_vms(void) {
    bl_vm *one = test_vm(), *two = test_vm();
    bl_env *e1 = bl_env_new(one), *e2 = bl_env_new(two);
    bl_term only_one = bl_make_atom(e1, "only_in_vm_one");
    bl_term x = bl_make_atom(e2, "something_else"), y = bl_make_atom(e2, "only_in_vm_one");
    CHECK(bl_is_atom_named(e1, only_one, "only_in_vm_one"));
    CHECK(bl_is_atom_named(e2, y, "only_in_vm_one") && bl_is_atom_named(e2, x, "something_else"));
    test_load(one, "a.ex", "defmodule Which do\n  def vm(), do: :one\nend\n");
    test_load(two, "b.ex", "defmodule Which do\n  def vm(), do: :two\nend\n");
    bl_term r1 = BL_NONE, r2 = BL_NONE;
    CHECK_STATUS(one, bl_call(one, "Which", "vm", bl_make_list(e1, 0, NULL), e1, &r1), BL_OK);
    CHECK_STATUS(two, bl_call(two, "Which", "vm", bl_make_list(e2, 0, NULL), e2, &r2), BL_OK);
    CHECK(bl_is_atom_named(e1, r1, "one") && bl_is_atom_named(e2, r2, "two"));
    bl_env_free(e1);
    bl_vm_free(one);
    /* the other VM carries on */
    CHECK_STATUS(two, bl_call(two, "Which", "vm", bl_make_list(e2, 0, NULL), e2, &r2), BL_OK);
    CHECK(bl_is_atom_named(e2, r2, "two"));
    bl_env_free(e2);
    bl_vm_free(two);
}

int main(void) {
    CHECK(strcmp(bl_status_name(BL_ERR_TIMEOUT), "BL_ERR_TIMEOUT") == 0);
    CHECK(strcmp(bl_status_name(BL_OK), "BL_OK") == 0);
    bl_vm *vm = test_vm();
    bl_env *env = bl_env_new(vm);
    test_numbers(vm, env);
    test_atoms_binaries(vm, env);
    test_containers(vm, env);
    test_inspect_buffers(vm, env);
    bl_env_free(env);
    test_copy_and_clear(vm);
    bl_vm_free(vm);
    bl_vm_free(NULL);
    test_two_vms();
    return test_done("test_terms");
}
