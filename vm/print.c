/* print.c — inspect/1 and to_string/1 for terms (see print.h). */
#include "print.h"

#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "integer.h"
#include "map.h"

static void print_atom(bl_vm *vm, fmt_buf *b, bl_term a) {
    fmt_inspect_atom(b, atom_name(&vm->atoms, a), atom_len(&vm->atoms, a));
}

void print_module_name(bl_vm *vm, fmt_buf *b, bl_term mod) {
    if (!is_atom(mod)) return print_inspect(vm, b, mod);
    print_atom(vm, b, mod);
}

void print_function_name(bl_vm *vm, fmt_buf *b, bl_term fun) {
    if (!is_atom(fun)) return print_inspect(vm, b, fun);
    fmt_inspect_remote_name(b, atom_name(&vm->atoms, fun), atom_len(&vm->atoms, fun));
}

int print_fun_arity(bl_term fun) {
    if (is_boxed_of(fun, SUB_FUN)) return (int)((const bl_lambda *)(uintptr_t)boxed_ptr(fun)[1])->arity;
    if (is_boxed_of(fun, SUB_EXPORT)) return (int)((const bl_export *)(uintptr_t)boxed_ptr(fun)[1])->arity;
    return 0;
}

/* A proper list of small integers that Elixir shows as 'abc'. */
static bool print_list_is_charlist(bl_term t, size_t *len) {
    size_t n = 0;
    for (; is_list(t); t = list_tail(t)) {
        bl_term h = list_head(t);
        if (!is_small(h) || small_val(h) < 0 || small_val(h) > 0x10FFFF) return false;
        n++;
    }
    *len = n;
    return t == NIL;
}

static bool print_list_is_keywords(bl_vm *vm, bl_term t) {
    for (; is_list(t); t = list_tail(t)) {
        bl_term h = list_head(t);
        if (!is_tuple(h) || tuple_arity(h) != 2 || !is_atom(tuple_elems(h)[0])) return false;
        bl_term k = tuple_elems(h)[0];
        if (!fmt_atom_is_keyword_key(atom_name(&vm->atoms, k), atom_len(&vm->atoms, k))) return false;
    }
    return t == NIL;
}

static void print_charlist(fmt_buf *b, bl_term t, size_t n) {
    uint32_t *cps = malloc((n ? n : 1) * sizeof *cps);
    if (!cps) {
        b->failed = true;
        return;
    }
    size_t i = 0;
    for (; is_list(t); t = list_tail(t)) cps[i++] = (uint32_t)small_val(list_head(t));
    fmt_inspect_charlist(b, cps, n, FMT_PRINTABLE_LIMIT);
    free(cps);
}

static void print_list(bl_vm *vm, fmt_buf *b, bl_term t) {
    size_t n;
    if (print_list_is_charlist(t, &n)) {
        uint32_t first[FMT_INSPECT_LIMIT];
        size_t k = 0;
        for (bl_term l = t; is_list(l) && k < FMT_INSPECT_LIMIT; l = list_tail(l))
            first[k++] = (uint32_t)small_val(list_head(l));
        if (fmt_charlist_is_printable(first, k, FMT_INSPECT_LIMIT) || n == 0) {
            if (n > 0) return print_charlist(b, t, n);
        }
    }
    bool keywords = print_list_is_keywords(vm, t);
    fmt_buf_putc(b, '[');
    size_t count = 0;
    for (; is_list(t); t = list_tail(t)) {
        if (count) fmt_buf_puts(b, ", ");
        if (count == FMT_INSPECT_LIMIT) {
            fmt_buf_puts(b, "...");
            break;
        }
        bl_term h = list_head(t);
        if (keywords) {
            bl_term k = tuple_elems(h)[0];
            fmt_inspect_keyword_key(b, atom_name(&vm->atoms, k), atom_len(&vm->atoms, k));
            fmt_buf_putc(b, ' ');
            print_inspect(vm, b, tuple_elems(h)[1]);
        } else {
            print_inspect(vm, b, h);
        }
        count++;
    }
    if (t != NIL && !is_list(t)) {
        fmt_buf_puts(b, " | ");
        print_inspect(vm, b, t);
    }
    fmt_buf_putc(b, ']');
}

static void print_tuple(bl_vm *vm, fmt_buf *b, bl_term t) {
    bl_uword n = tuple_arity(t);
    fmt_buf_putc(b, '{');
    for (bl_uword i = 0; i < n; i++) {
        if (i) fmt_buf_puts(b, ", ");
        if (i == FMT_INSPECT_LIMIT) {
            fmt_buf_puts(b, "...");
            break;
        }
        print_inspect(vm, b, tuple_elems(t)[i]);
    }
    fmt_buf_putc(b, '}');
}

static void print_fun(bl_vm *vm, fmt_buf *b, bl_term t) {
    if (is_boxed_of(t, SUB_EXPORT)) {
        const bl_export *e = (const bl_export *)(uintptr_t)boxed_ptr(t)[1];
        fmt_buf_puts(b, "&");
        print_module_name(vm, b, e->module);
        fmt_buf_putc(b, '.');
        print_function_name(vm, b, e->function);
        fmt_buf_printf(b, "/%u", e->arity);
        return;
    }
    const bl_lambda *l = (const bl_lambda *)(uintptr_t)boxed_ptr(t)[1];
    fmt_buf_printf(b, "#Function<%u.%u/%u in ", l->index, l->uniq, l->arity);
    print_module_name(vm, b, l->module->name);
    fmt_buf_putc(b, '.');
    print_function_name(vm, b, l->fun_name);
    fmt_buf_printf(b, "/%u>", l->fun_arity);
}

/* The key/value pairs of a map in :maps.to_list/1 order, without the
 * braces.  Atom keys that can be written as keywords use `k: v` when every
 * key can; otherwise `k => v`. */
static void print_map_pairs(bl_vm *vm, fmt_buf *b, bl_term m) {
    bool keywords = true;
    map_iter it;
    bl_term k, v;
    map_iter_init(&it, m, MAP_ORDER_LIST);
    while (keywords && map_iter_next(&it, &k, &v))
        keywords = is_atom(k) && fmt_atom_is_keyword_key(atom_name(&vm->atoms, k), atom_len(&vm->atoms, k));
    bl_uword shown = 0;
    map_iter_init(&it, m, MAP_ORDER_LIST);
    while (map_iter_next(&it, &k, &v)) {
        if (shown) fmt_buf_puts(b, ", ");
        if (shown == FMT_INSPECT_LIMIT) {
            fmt_buf_puts(b, "...");
            break;
        }
        if (keywords) {
            fmt_inspect_keyword_key(b, atom_name(&vm->atoms, k), atom_len(&vm->atoms, k));
            fmt_buf_putc(b, ' ');
        } else {
            print_inspect(vm, b, k);
            fmt_buf_puts(b, " => ");
        }
        print_inspect(vm, b, v);
        shown++;
    }
}

/* A map shows as %Mod{...} only when it has exactly the struct's fields. */
bool print_is_whole_struct(bl_vm *vm, bl_term m, const bl_module *sm) {
    bl_uword expected = 1 + sm->nstruct_fields;
    if (map_get(vm, m, ATOM_TERM(__exception__)) != THE_NON_VALUE) expected++;
    if (map_size(m) != expected) return false;
    for (uint32_t i = 0; i < sm->nstruct_fields; i++)
        if (map_get(vm, m, sm->struct_fields[i]) == THE_NON_VALUE) return false;
    return true;
}

/* A struct's fields in definition order, as Elixir shows them. */
static void print_struct_fields(bl_vm *vm, fmt_buf *b, bl_term m, const bl_module *sm) {
    bl_uword shown = 0;
    for (uint32_t i = 0; i < sm->nstruct_fields; i++) {
        bl_term v = map_get(vm, m, sm->struct_fields[i]);
        if (v == THE_NON_VALUE) continue;
        if (shown) fmt_buf_puts(b, ", ");
        if (shown == FMT_INSPECT_LIMIT) {
            fmt_buf_puts(b, "...");
            return;
        }
        bl_term k = sm->struct_fields[i];
        fmt_inspect_keyword_key(b, atom_name(&vm->atoms, k), atom_len(&vm->atoms, k));
        fmt_buf_putc(b, ' ');
        print_inspect(vm, b, v);
        shown++;
    }
}

/* first..last, or first..last//step unless the step is 1 and the range
 * is not empty (Elixir's Inspect for Range). */
static bool print_range(bl_vm *vm, fmt_buf *b, bl_term m, bl_term mod) {
    if (mod != atom_lookup(&vm->atoms, "Elixir.Range", 12) || map_size(m) != 4) return false;
    bl_term first = map_get(vm, m, atom_lookup(&vm->atoms, "first", 5));
    bl_term last = map_get(vm, m, atom_lookup(&vm->atoms, "last", 4));
    bl_term step = map_get(vm, m, atom_lookup(&vm->atoms, "step", 4));
    if (!is_value(first) || !is_value(last) || !is_value(step)) return false;
    print_inspect(vm, b, first);
    fmt_buf_puts(b, "..");
    print_inspect(vm, b, last);
    if (!(step == make_small(1) && term_compare(vm, last, first) >= 0)) {
        fmt_buf_puts(b, "//");
        print_inspect(vm, b, step);
    }
    return true;
}

static void print_map(bl_vm *vm, fmt_buf *b, bl_term m) {
    bl_term mod = map_get(vm, m, ATOM_TERM(__struct__));
    const bl_module *sm = mod != THE_NON_VALUE && is_atom(mod) ? vm_module_find(vm, mod) : NULL;
    if (sm && sm->is_struct && print_range(vm, b, m, mod)) return;
    if (sm && sm->is_struct && print_is_whole_struct(vm, m, sm)) {
        fmt_buf_putc(b, '%');
        print_module_name(vm, b, mod);
        fmt_buf_putc(b, '{');
        print_struct_fields(vm, b, m, sm);
        fmt_buf_putc(b, '}');
        return;
    }
    fmt_buf_puts(b, "%{");
    print_map_pairs(vm, b, m);
    fmt_buf_putc(b, '}');
}

void print_inspect(bl_vm *vm, fmt_buf *b, bl_term t) {
    if (is_small(t)) return fmt_int(b, small_val(t), 10);
    if (is_atom(t)) return print_atom(vm, b, t);
    if (t == NIL) return fmt_buf_puts(b, "[]");
    if (is_list(t)) return print_list(vm, b, t);
    if (is_pid(t)) return (void)fmt_buf_printf(b, "#PID<0.%u.0>", pid_number(t));
    if (!is_boxed(t)) return fmt_buf_puts(b, "#Term<?>");
    switch (header_subtag(boxed_ptr(t)[0])) {
    case SUB_TUPLE: return print_tuple(vm, b, t);
    case SUB_MAP:
    case SUB_HASHMAP: return print_map(vm, b, t);
    case SUB_FLOAT: return fmt_inspect_float(b, float_val(t));
    case SUB_POSBIG:
    case SUB_NEGBIG: int_to_text(t, 10, b); return;
    case SUB_HEAPBIN:
    case SUB_SUBBIN:
    case SUB_REFBIN:
        return fmt_inspect_binary(b, binary_bytes(t), binary_size(t), FMT_INSPECT_LIMIT,
                                  FMT_PRINTABLE_LIMIT);
    case SUB_FUN:
    case SUB_EXPORT: return print_fun(vm, b, t);
    case SUB_REF: return (void)fmt_buf_printf(b, "#Reference<0.0.0.%llu>", (unsigned long long)boxed_ptr(t)[1]);
    default: fmt_buf_puts(b, "#Term<?>");
    }
}

/* Any depth: the tails still to visit wait on a heap-allocated stack, not
 * the C one (a [[[...]]] chain pushes nothing, its tails being []). */
bool print_iodata(fmt_buf *b, bl_term t, bool chars) {
    bl_term *pending = NULL;
    size_t npending = 0, cap = 0;
    bool ok = true;
    for (;;) {
        if (is_list(t)) {
            bl_term h = list_head(t);
            t = list_tail(t);
            if (is_small(h) && chars) {
                unsigned char out[FMT_UTF8_MAX];
                size_t n = fmt_utf8_encode(small_val(h), out);
                if (n == 0) {
                    ok = false;
                    break;
                }
                fmt_buf_write(b, out, n);
            } else if (is_small(h) && small_val(h) >= 0 && small_val(h) <= 255) {
                fmt_buf_putc(b, (char)small_val(h));
            } else if (is_binary(h)) {
                fmt_buf_write(b, binary_bytes(h), binary_size(h));
            } else if (!is_list_or_nil(h)) {
                ok = false;
                break;
            } else {
                if (t != NIL) {
                    if (npending == cap) {
                        size_t ncap = cap ? 2 * cap : 64;
                        bl_term *grown = realloc(pending, ncap * sizeof *grown);
                        if (!grown) {
                            b->failed = true;
                            break;
                        }
                        pending = grown;
                        cap = ncap;
                    }
                    pending[npending++] = t;
                }
                t = h;
            }
            continue;
        }
        if (is_binary(t)) fmt_buf_write(b, binary_bytes(t), binary_size(t));
        else if (t != NIL) {
            ok = false;
            break;
        }
        if (npending == 0) break;
        t = pending[--npending];
    }
    free(pending);
    return ok;
}

bool print_to_string(bl_vm *vm, fmt_buf *b, bl_term t) {
    if (is_binary(t)) {
        fmt_buf_write(b, binary_bytes(t), binary_size(t));
        return true;
    }
    if (is_small(t)) {
        fmt_int(b, small_val(t), 10);
        return true;
    }
    if (is_bignum(t)) return int_to_text(t, 10, b);
    if (is_float(t)) {
        fmt_float(b, float_val(t));
        return true;
    }
    if (is_atom(t)) {
        if (t != A_NIL) fmt_buf_write(b, atom_name(&vm->atoms, t), atom_len(&vm->atoms, t));
        return true;
    }
    if (is_list_or_nil(t)) {
        size_t mark = b->len;
        if (print_iodata(b, t, true)) return true;
        b->len = mark; /* drop the partial output */
        if (b->data) b->data[mark] = '\0';
        return false;
    }
    return false;
}
