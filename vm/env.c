/*
 * env.c — environments and the terms a host makes and reads in them
 * (bl_env_*, bl_make_*, bl_get_*, bl_is_*, bl_inspect; see embed.h).
 *
 * Everything here may run on a host thread other than the VM's: it
 * touches only the environment, the immutable terms it reads, the atom
 * table (which has its own lock) and off-heap binary counts (atomic).
 * bl_inspect is the exception: printing a struct looks up its module.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bif.h"
#include "embed.h"
#include "gc.h"
#include "integer.h"
#include "map.h"
#include "print.h"

#define ENV_BLOCK_MIN_WORDS 256
#define ENV_BLOCK_MAX_WORDS 65536 /* blocks double up to this; larger terms get a block of their own */

void env_init(bl_env *env, bl_vm *vm) {
    memset(env, 0, sizeof *env);
    env->vm = vm;
    env->exception = THE_NON_VALUE;
}

void env_release(bl_env *env) {
    offheap_release(&env->offheap);
    for (env_block *b = env->blocks, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    env->blocks = NULL;
    env->exception = THE_NON_VALUE;
}

bl_term *env_alloc(bl_env *env, size_t words) {
    env_block *b = env->blocks;
    if (!b || b->words - b->used < words) {
        size_t size = b ? b->words * 2 : ENV_BLOCK_MIN_WORDS;
        if (size > ENV_BLOCK_MAX_WORDS) size = ENV_BLOCK_MAX_WORDS;
        if (size < words) size = words;
        if (size > (SIZE_MAX - sizeof *b) / sizeof(bl_term)) return NULL;
        b = malloc(sizeof *b + size * sizeof(bl_term));
        if (!b) return NULL;
        b->words = size;
        b->used = 0;
        b->next = env->blocks;
        env->blocks = b;
    }
    bl_term *r = b->data + b->used;
    b->used += words;
    return r;
}

bl_term env_copy_in(bl_env *env, bl_term t) {
    if (is_immed(t)) return t;
    size_t words = copy_size(t);
    if (words == SIZE_MAX) return THE_NON_VALUE;
    bl_term *hp = env_alloc(env, words);
    if (!hp) return THE_NON_VALUE;
    return copy_term(t, hp, &env->offheap);
}

bl_term env_module_atom(bl_vm *vm, const char *name) {
    if (name[0] == ':') return atom_intern(&vm->atoms, name + 1, strlen(name + 1));
    if (name[0] >= 'A' && name[0] <= 'Z' && strncmp(name, "Elixir.", 7) != 0) {
        char buf[ATOM_MAX_BYTES + 8];
        int n = snprintf(buf, sizeof buf, "Elixir.%s", name);
        if (n < 0 || (size_t)n >= sizeof buf) return THE_NON_VALUE;
        return atom_intern(&vm->atoms, buf, (size_t)n);
    }
    return atom_intern(&vm->atoms, name, strlen(name));
}

/* --- environments --- */

bl_env *bl_env_new(bl_vm *vm) {
    bl_env *env = malloc(sizeof *env);
    if (env) env_init(env, vm);
    return env;
}

void bl_env_free(bl_env *env) {
    if (!env) return;
    env_release(env);
    free(env);
}

void bl_env_clear(bl_env *env) { env_release(env); }

bl_vm *bl_env_vm(bl_env *env) { return env->vm; }

void *bl_env_userdata(bl_env *env) { return env->native ? env->native->userdata : NULL; }

bl_term bl_copy(bl_env *env, bl_term term) {
    if (term == BL_NONE) return BL_NONE;
    return env_handle(env_copy_in(env, term));
}

/* --- making terms --- */

bl_term bl_make_int(bl_env *env, int64_t value) {
    if (small_fits(value)) return make_small(value);
    bl_term *obj = env_alloc(env, 2);
    if (!obj) return BL_NONE;
    /* The magnitude of INT64_MIN is 2^63, which fits a limb. */
    uint64_t mag = value < 0 ? (uint64_t)0 - (uint64_t)value : (uint64_t)value;
    obj[0] = make_header(value < 0 ? SUB_NEGBIG : SUB_POSBIG, 1);
    obj[1] = mag;
    return make_boxed(obj);
}

bl_term bl_make_float(bl_env *env, double value) {
    if (!isfinite(value)) return BL_NONE;
    bl_term *obj = env_alloc(env, 2);
    if (!obj) return BL_NONE;
    obj[0] = make_header(SUB_FLOAT, 1);
    memcpy(obj + 1, &value, sizeof value);
    return make_boxed(obj);
}

bl_term bl_make_atom_len(bl_env *env, const char *name, size_t len) {
    return env_handle(atom_intern(&env->vm->atoms, name, len));
}

bl_term bl_make_atom(bl_env *env, const char *name) { return bl_make_atom_len(env, name, strlen(name)); }

bl_term bl_make_bool(bl_env *env, int value) { return value ? A_TRUE : A_FALSE; }

bl_term bl_make_binary(bl_env *env, const void *data, size_t len) {
    if (len <= HEAPBIN_MAX_BYTES) {
        size_t words = binary_words(len);
        bl_term *obj = env_alloc(env, 1 + words);
        if (!obj) return BL_NONE;
        obj[0] = make_header(SUB_HEAPBIN, words);
        obj[words] = 0; /* the padding of the last word */
        obj[1] = len;
        if (len) memcpy(obj + 2, data, len);
        return make_boxed(obj);
    }
    bl_term *obj = env_alloc(env, 4);
    bl_binblock *b = obj ? malloc(sizeof *b + len) : NULL;
    if (!b) return BL_NONE; /* the 4 words stay unused until the environment is cleared */
    b->refc = 1;
    b->size = len;
    memcpy(b->data, data, len);
    obj[0] = make_header(SUB_REFBIN, 3);
    obj[1] = (bl_term)(uintptr_t)b;
    obj[2] = 0;
    obj[3] = (bl_term)(uintptr_t)env->offheap;
    env->offheap = obj;
    return make_boxed(obj);
}

bl_term bl_make_string(bl_env *env, const char *s) { return bl_make_binary(env, s, strlen(s)); }

static bool env_all_terms(size_t n, const bl_term *terms) {
    for (size_t i = 0; i < n; i++)
        if (terms[i] == BL_NONE) return false;
    return true;
}

bl_term bl_make_tuple(bl_env *env, size_t arity, const bl_term *elems) {
    if (arity > MAX_HEADER_ARITY || !env_all_terms(arity, elems)) return BL_NONE;
    bl_term *obj = env_alloc(env, 1 + arity);
    if (!obj) return BL_NONE;
    obj[0] = make_header(SUB_TUPLE, arity);
    if (arity) memcpy(obj + 1, elems, arity * sizeof *elems);
    return make_boxed(obj);
}

bl_term bl_make_list(bl_env *env, size_t n, const bl_term *elems) {
    if (n == 0) return NIL;
    if (n > SIZE_MAX / 2 || !env_all_terms(n, elems)) return BL_NONE;
    bl_term *cells = env_alloc(env, 2 * n);
    if (!cells) return BL_NONE;
    bl_term tail = NIL;
    for (size_t i = n; i-- > 0;) {
        cells[2 * i] = elems[i];
        cells[2 * i + 1] = tail;
        tail = make_list(cells + 2 * i);
    }
    return tail;
}

bl_term bl_make_list_cell(bl_env *env, bl_term head, bl_term tail) {
    if (head == BL_NONE || tail == BL_NONE) return BL_NONE;
    bl_term *cell = env_alloc(env, 2);
    if (!cell) return BL_NONE;
    cell[0] = head;
    cell[1] = tail;
    return make_list(cell);
}

bl_term bl_make_map(bl_env *env, size_t n, const bl_term *keys, const bl_term *values) {
    if (n > MAP_MAX_PAIRS || !env_all_terms(n, keys) || !env_all_terms(n, values)) return BL_NONE;
    bl_term *obj = env_alloc(env, 1 + 2 * n);
    if (!obj) return BL_NONE;
    for (size_t i = 0; i < n; i++) {
        obj[1 + 2 * i] = keys[i];
        obj[2 + 2 * i] = values[i];
    }
    /* Duplicates dropped leave unused words behind: nothing scans them. */
    size_t m = map_sort_pairs(env->vm, obj + 1, n);
    obj[0] = make_header(SUB_MAP, 2 * m);
    return make_boxed(obj);
}

bl_term env_make_exception(bl_env *env, const char *module, const char *message, size_t len) {
    bl_term keys[3] = {ATOM_TERM(__exception__), ATOM_TERM(__struct__), ATOM_TERM(message)};
    bl_term values[3] = {A_TRUE, env_module_atom(env->vm, module), bl_make_binary(env, message, len)};
    if (values[1] == THE_NON_VALUE) return THE_NON_VALUE;
    bl_term t = bl_make_map(env, 3, keys, values);
    return t == BL_NONE ? THE_NON_VALUE : t;
}

/* --- reading terms --- */

int bl_is_int(bl_env *env, bl_term t) { return is_integer(t); }
int bl_is_float(bl_env *env, bl_term t) { return is_float(t); }
int bl_is_number(bl_env *env, bl_term t) { return is_number(t); }
int bl_is_atom(bl_env *env, bl_term t) { return is_atom(t); }
int bl_is_binary(bl_env *env, bl_term t) { return is_binary(t); }
int bl_is_tuple(bl_env *env, bl_term t) { return is_tuple(t); }
int bl_is_list(bl_env *env, bl_term t) { return is_list_or_nil(t); }
int bl_is_empty_list(bl_env *env, bl_term t) { return t == NIL; }
int bl_is_map(bl_env *env, bl_term t) { return is_map(t); }
int bl_is_pid(bl_env *env, bl_term t) { return is_pid(t); }
int bl_is_ref(bl_env *env, bl_term t) { return is_boxed_of(t, SUB_REF); }
int bl_is_fun(bl_env *env, bl_term t) { return is_fun(t); }

int bl_is_atom_named(bl_env *env, bl_term t, const char *name) {
    if (!is_atom(t)) return 0;
    size_t len = strlen(name);
    return atom_len(&env->vm->atoms, t) == len && memcmp(atom_name(&env->vm->atoms, t), name, len) == 0;
}

int bl_get_int(bl_env *env, bl_term t, int64_t *value) {
    if (is_small(t)) {
        *value = small_val(t);
        return 1;
    }
    if (!is_bignum(t) || header_arity(boxed_ptr(t)[0]) != 1) return 0; /* one 64-bit limb */
    uint64_t mag = boxed_ptr(t)[1];
    if (header_subtag(boxed_ptr(t)[0]) == SUB_NEGBIG) {
        if (mag > (uint64_t)INT64_MAX + 1) return 0;
        *value = mag == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)mag;
    } else {
        if (mag > (uint64_t)INT64_MAX) return 0;
        *value = (int64_t)mag;
    }
    return 1;
}

int bl_get_float(bl_env *env, bl_term t, double *value) {
    if (!is_float(t)) return 0;
    *value = float_val(t);
    return 1;
}

int bl_get_number(bl_env *env, bl_term t, double *value) {
    if (is_float(t)) *value = float_val(t);
    else if (is_small(t)) *value = (double)small_val(t);
    else if (!is_bignum(t) || !int_to_double(t, value)) return 0;
    return 1;
}

int bl_get_atom(bl_env *env, bl_term t, const char **name, size_t *len) {
    if (!is_atom(t)) return 0;
    *name = atom_name(&env->vm->atoms, t);
    if (len) *len = atom_len(&env->vm->atoms, t);
    return 1;
}

int bl_get_binary(bl_env *env, bl_term t, const unsigned char **data, size_t *len) {
    if (!is_binary(t)) return 0;
    *data = binary_bytes(t);
    *len = binary_size(t);
    return 1;
}

int bl_get_tuple(bl_env *env, bl_term t, size_t *arity, const bl_term **elems) {
    if (!is_tuple(t)) return 0;
    *arity = tuple_arity(t);
    *elems = tuple_elems(t);
    return 1;
}

int bl_get_list_cell(bl_env *env, bl_term t, bl_term *head, bl_term *tail) {
    if (!is_list(t)) return 0;
    *head = list_head(t);
    *tail = list_tail(t);
    return 1;
}

int bl_get_list_length(bl_env *env, bl_term t, size_t *len) {
    long n = list_proper_length(t);
    if (n < 0) return 0;
    *len = (size_t)n;
    return 1;
}

int bl_get_map_size(bl_env *env, bl_term t, size_t *size) {
    if (!is_map(t)) return 0;
    *size = map_size(t);
    return 1;
}

int bl_get_map_value(bl_env *env, bl_term map, bl_term key, bl_term *value) {
    if (!is_map(map) || key == BL_NONE) return 0;
    bl_term v = map_get(env->vm, map, key);
    if (v == THE_NON_VALUE) return 0;
    *value = v;
    return 1;
}

int bl_get_map_entry(bl_env *env, bl_term map, size_t i, bl_term *key, bl_term *value) {
    if (!is_map(map) || i >= map_size(map)) return 0;
    /* the i-th pair in Map.to_list/1 order */
    map_iter it;
    map_iter_init(&it, map, MAP_ORDER_LIST);
    for (size_t k = 0; map_iter_next(&it, key, value); k++)
        if (k == i) return 1;
    return 0;
}

int bl_compare(bl_env *env, bl_term a, bl_term b) { return term_compare(env->vm, a, b); }

/* inspect/1 into a buffer the caller frees; false when memory runs out. */
static bool env_inspect(bl_env *env, bl_term t, fmt_buf *out) {
    fmt_buf_init(out);
    if (t != BL_NONE) print_inspect(env->vm, out, t);
    return !out->failed;
}

size_t bl_inspect(bl_env *env, bl_term t, char *buf, size_t size) {
    fmt_buf b;
    size_t len = 0;
    if (env_inspect(env, t, &b)) len = b.len;
    if (size > 0) {
        size_t n = len < size - 1 ? len : size - 1;
        if (n) memcpy(buf, b.data, n);
        buf[n] = '\0';
    }
    fmt_buf_free(&b);
    return len;
}

const char *bl_inspect_str(bl_env *env, bl_term t) {
    fmt_buf b;
    char *s = NULL;
    if (env_inspect(env, t, &b)) {
        s = (char *)env_alloc(env, (b.len + 1 + sizeof(bl_term) - 1) / sizeof(bl_term));
        if (s) memcpy(s, fmt_buf_cstr(&b), b.len + 1);
    }
    fmt_buf_free(&b);
    return s;
}
