/* pretty.c — inspect with options (see pretty.h). */
#include "pretty.h"

#include <string.h>

#include "print.h"

void pretty_opts_default(pretty_opts *o) {
    o->pretty = false;
    o->width = 80;
    o->limit = FMT_INSPECT_LIMIT;
    o->printable_limit = FMT_PRINTABLE_LIMIT;
    o->charlists = PRETTY_INFER;
    o->binaries = PRETTY_BIN_INFER;
}

static bool pretty_is(bl_vm *vm, bl_term atom, const char *name) {
    return is_atom(atom) && strcmp(atom_name(&vm->atoms, atom), name) == 0;
}

static bool pretty_limit(bl_vm *vm, bl_term v, size_t *out) {
    if (pretty_is(vm, v, "infinity")) *out = FMT_NO_LIMIT;
    else if (is_small(v) && small_val(v) >= 0) *out = (size_t)small_val(v);
    else return false;
    return true;
}

bool pretty_opts_parse(bl_vm *vm, bl_term keywords, pretty_opts *o) {
    for (bl_term l = keywords; is_list(l); l = list_tail(l)) {
        bl_term kv = list_head(l);
        if (!is_tuple(kv) || tuple_arity(kv) != 2 || !is_atom(tuple_elems(kv)[0])) return false;
        bl_term k = tuple_elems(kv)[0], v = tuple_elems(kv)[1];
        if (pretty_is(vm, k, "pretty")) o->pretty = v == A_TRUE;
        else if (pretty_is(vm, k, "width")) {
            size_t w;
            if (!pretty_limit(vm, v, &w)) return false;
            o->width = w > 100000 ? 100000 : (int)w;
        } else if (pretty_is(vm, k, "limit")) {
            if (!pretty_limit(vm, v, &o->limit)) return false;
        } else if (pretty_is(vm, k, "printable_limit")) {
            if (!pretty_limit(vm, v, &o->printable_limit)) return false;
        } else if (pretty_is(vm, k, "charlists")) {
            o->charlists = pretty_is(vm, v, "as_lists")        ? PRETTY_AS_LISTS
                           : pretty_is(vm, v, "as_charlists") ? PRETTY_AS_CHARLISTS
                                                              : PRETTY_INFER;
        } else if (pretty_is(vm, k, "binaries")) {
            o->binaries = pretty_is(vm, v, "as_binaries")  ? PRETTY_AS_BINARIES
                          : pretty_is(vm, v, "as_strings") ? PRETTY_AS_STRINGS
                                                           : PRETTY_BIN_INFER;
        }
        /* other Inspect.Opts keys (syntax_colors, structs, ...) are accepted */
    }
    return true;
}

void pretty_inspect(bl_vm *vm, fmt_buf *b, bl_term t, const pretty_opts *o) {
    (void)o;
    print_inspect(vm, b, t);
}
