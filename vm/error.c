/* error.c — exception reasons, stack traces and uncaught-error text. */
#include "error.h"

#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "binary.h"
#include "gc.h"
#include "print.h"

#define STACKTRACE_DEPTH 8 /* frames kept, as BEAM's default backtrace_depth */

bl_term error_make_pair(bl_process *p, bl_term tag, bl_term value) {
    if (gc_ensure(p, 3, 0, NULL, &value, 1) != 0) return ATOM_TERM(system_limit);
    bl_term *t = heap_take(p, 3);
    t[0] = make_header(SUB_TUPLE, 2);
    t[1] = tag;
    t[2] = value;
    return make_boxed(t);
}

bl_term error_badkey(bl_process *p, bl_term key, bl_term map) {
    bl_term keep[2] = {key, map};
    if (gc_ensure(p, 4, 0, NULL, keep, 2) != 0) return ATOM_TERM(system_limit);
    bl_term *t = heap_take(p, 4);
    t[0] = make_header(SUB_TUPLE, 3);
    t[1] = ATOM_TERM(badkey);
    t[2] = keep[0];
    t[3] = keep[1];
    return make_boxed(t);
}

/* A list of x[0..n-1]; the x registers are roots while allocating. */
static bl_term error_args_list(bl_process *p, bl_term *x, unsigned n, size_t extra_words) {
    if (gc_ensure(p, 2 * (size_t)n + extra_words, n + 1, x, NULL, 0) != 0) return NIL;
    bl_term list = NIL;
    for (unsigned i = n; i-- > 0;) {
        bl_term *cell = heap_take(p, 2);
        cell[0] = x[i];
        cell[1] = list;
        list = make_list(cell);
    }
    return list;
}

bl_term error_badarity(bl_process *p, bl_term *x, unsigned arity) {
    bl_term args = error_args_list(p, x, arity, 6);
    bl_term *inner = heap_take(p, 3);
    inner[0] = make_header(SUB_TUPLE, 2);
    inner[1] = x[arity];
    inner[2] = args;
    bl_term *outer = heap_take(p, 3);
    outer[0] = make_header(SUB_TUPLE, 2);
    outer[1] = ATOM_TERM(badarity);
    outer[2] = make_boxed(inner);
    return make_boxed(outer);
}

static bl_term error_frame(bl_process *p, bl_term mod, bl_term fun, bl_term arity_or_args,
                           const char *file, uint32_t line);

void error_function_clause_frame(bl_process *p, const bl_code *pc, bl_term *x) {
    unsigned arity = (unsigned)pc[3];
    bl_term args = error_args_list(p, x, arity, 0);
    error_location loc;
    bool found = error_locate(p->vm, pc, &loc);
    p->exc_top = error_frame(p, pc[1], pc[2], args, found ? loc.module->file : NULL,
                             found ? loc.line : 0);
    p->exc_top_replaces = true;
}

void error_undef_frame(bl_process *p, const bl_export *e, bl_term *x) {
    bl_term args = error_args_list(p, x, e->arity, 0);
    p->exc_top = error_frame(p, e->module, e->function, args, NULL, 0);
    p->exc_top_replaces = false;
}

void error_bif_frame(bl_process *p, const bl_export *e, bl_term *args, unsigned n) {
    const char *why = p->exc_why;
    int argno = p->exc_arg;
    p->exc_why = NULL;
    size_t wlen = strlen(why);
    size_t words = 2 * (size_t)n + binary_new_words(wlen) + 3 + 5 + 3 + 2 + 5;
    if (gc_ensure(p, words, 0, NULL, args, n) != 0) return;
    bool has_cause = wlen > 0;
    /* the module that explains the error: erlang's BIFs have their own */
    bl_term explainer = e->module == ATOM_TERM(erlang) ? atom_intern(&p->vm->atoms, "erl_erts_errors", 15)
                                                      : atom_intern(&p->vm->atoms, "erl_stdlib_errors", 17);
    bl_term list = NIL;
    for (unsigned i = n; i-- > 0;) {
        bl_term *cell = heap_take(p, 2);
        cell[0] = args[i];
        cell[1] = list;
        list = make_list(cell);
    }
    bl_term *info;
    if (has_cause) {
        unsigned char *bytes;
        bl_term text = binary_new(p, heap_take(p, binary_new_words(wlen)), wlen, &bytes);
        if (text == THE_NON_VALUE) return;
        memcpy(bytes, why, wlen);
        bl_term *cause = heap_take(p, 3);
        cause[0] = make_header(SUB_TUPLE, 2);
        cause[1] = make_small(argno);
        cause[2] = text;
        /* %{cause: ..., module: :erl_erts_errors}: keys in term order */
        info = heap_take(p, 5);
        info[0] = make_header(SUB_MAP, 4);
        info[1] = atom_intern(&p->vm->atoms, "cause", 5);
        info[2] = make_boxed(cause);
        info[3] = atom_intern(&p->vm->atoms, "module", 6);
        info[4] = explainer;
    } else {
        info = heap_take(p, 3);
        info[0] = make_header(SUB_MAP, 2);
        info[1] = atom_intern(&p->vm->atoms, "module", 6);
        info[2] = explainer;
    }
    bl_term *kv = heap_take(p, 3);
    kv[0] = make_header(SUB_TUPLE, 2);
    kv[1] = atom_intern(&p->vm->atoms, "error_info", 10);
    kv[2] = make_boxed(info);
    bl_term *loc = heap_take(p, 2);
    loc[0] = make_boxed(kv);
    loc[1] = NIL;
    bl_term *frame = heap_take(p, 5);
    frame[0] = make_header(SUB_TUPLE, 4);
    frame[1] = e->module;
    frame[2] = e->function;
    frame[3] = list;
    frame[4] = make_list(loc);
    p->exc_top = make_boxed(frame);
    p->exc_top_replaces = false;
}

bool error_locate(bl_vm *vm, const bl_code *pc, error_location *loc) {
    for (const bl_module *m = vm->modules; m; m = m->next) {
        if (pc < m->code || pc >= m->code + m->code_len) continue;
        uint32_t at = (uint32_t)(pc - m->code);
        loc->module = m;
        loc->function = A_NIL;
        loc->arity = 0;
        loc->line = 0;
        for (uint32_t i = 0; i < m->nfuncs && m->funcs[i].offset <= at; i++) {
            loc->function = m->funcs[i].name;
            loc->arity = m->funcs[i].arity;
        }
        for (uint32_t i = 0; i < m->nlines && m->lines[i].offset <= at; i++) loc->line = m->lines[i].line;
        return true;
    }
    return false;
}

/* {mod, fun, arity | args, [file: 'file', line: n]} — the location list is
 * empty when the file is unknown. */
static bl_term error_frame(bl_process *p, bl_term mod, bl_term fun, bl_term arity_or_args,
                           const char *file, uint32_t line) {
    size_t flen = file ? strlen(file) : 0;
    size_t words = 5 + (file ? 3 + 3 + 4 + 2 * flen : 0);
    if (gc_ensure(p, words, 0, NULL, &arity_or_args, 1) != 0) return NIL;
    bl_term loc = NIL;
    if (file) {
        bl_term chars = NIL;
        for (size_t i = flen; i-- > 0;) {
            bl_term *c = heap_take(p, 2);
            c[0] = make_small((unsigned char)file[i]);
            c[1] = chars;
            chars = make_list(c);
        }
        bl_term *ft = heap_take(p, 3), *lt = heap_take(p, 3), *cells = heap_take(p, 4);
        ft[0] = make_header(SUB_TUPLE, 2);
        ft[1] = ATOM_TERM(file);
        ft[2] = chars;
        lt[0] = make_header(SUB_TUPLE, 2);
        lt[1] = ATOM_TERM(line);
        lt[2] = make_small(line);
        cells[0] = make_boxed(ft);
        cells[1] = make_list(cells + 2);
        cells[2] = make_boxed(lt);
        cells[3] = NIL;
        loc = make_list(cells);
    }
    bl_term *t = heap_take(p, 5);
    t[0] = make_header(SUB_TUPLE, 4);
    t[1] = mod;
    t[2] = fun;
    t[3] = arity_or_args;
    t[4] = loc;
    return make_boxed(t);
}

static bl_term error_frame_at(bl_process *p, const bl_code *pc) {
    error_location loc;
    if (!error_locate(p->vm, pc, &loc)) return NIL;
    return error_frame(p, loc.module->name, loc.function, make_small(loc.arity), loc.module->file,
                       loc.line);
}

void error_build_stacktrace(bl_process *p, const bl_code *pc) {
    /* Collect code positions first: building frames may move the heap but
     * never the stack, so the CPs stay where they are. */
    const bl_code *pcs[STACKTRACE_DEPTH];
    int n = 0;
    if (!(p->exc_top != NIL && p->exc_top_replaces)) pcs[n++] = pc;
    for (bl_term *s = p->E; s < p->stack_end && n < STACKTRACE_DEPTH; s++) {
        if (!is_cp(*s)) continue;
        const bl_code *cp = (const bl_code *)cp_val(*s);
        if (cp) pcs[n++] = cp - 1;
    }
    bl_term list = NIL;
    for (int i = n; i-- > 0;) {
        bl_term frame = error_frame_at(p, pcs[i]);
        if (frame == NIL) continue;
        if (gc_ensure(p, 2, 0, NULL, &frame, 1) != 0) break;
        /* `list` may have moved: it is kept in exc_stacktrace meanwhile. */
        bl_term *cell = heap_take(p, 2);
        cell[0] = frame;
        cell[1] = p->exc_stacktrace == NIL ? NIL : p->exc_stacktrace;
        list = make_list(cell);
        p->exc_stacktrace = list;
    }
    if (p->exc_top != NIL) {
        bl_term top = p->exc_top;
        if (gc_ensure(p, 2, 0, NULL, &top, 1) == 0) {
            bl_term *cell = heap_take(p, 2);
            cell[0] = top;
            cell[1] = p->exc_stacktrace;
            p->exc_stacktrace = make_list(cell);
        }
        p->exc_top = NIL;
    }
}

bl_term error_exit_reason(bl_process *p) {
    if (p->exc_class == ATOM_TERM(exit)) return p->exc_reason;
    bl_term reason = p->exc_reason;
    if (p->exc_class == ATOM_TERM(throw)) reason = error_make_pair(p, ATOM_TERM(nocatch), reason);
    /* {reason, stacktrace}: reason is kept as a root while allocating. */
    if (gc_ensure(p, 3, 0, NULL, &reason, 1) != 0) return reason;
    bl_term *t = heap_take(p, 3);
    t[0] = make_header(SUB_TUPLE, 2);
    t[1] = reason;
    t[2] = p->exc_stacktrace;
    return make_boxed(t);
}

/* --- rendering an uncaught exception --- */

static void error_write_mfa(bl_vm *vm, fmt_buf *b, bl_term mod, bl_term fun, bl_sword arity) {
    print_module_name(vm, b, mod);
    fmt_buf_putc(b, '.');
    print_function_name(vm, b, fun);
    fmt_buf_printf(b, "/%lld", (long long)arity);
}

static bool error_is(bl_term t, bl_term tag, unsigned arity) {
    return is_tuple(t) && tuple_arity(t) == arity && tuple_elems(t)[0] == tag;
}

/* The first frame's module/function/arity, for messages that name them. */
static bool error_top_mfa(bl_term st, bl_term *mod, bl_term *fun, bl_sword *arity) {
    if (!is_list(st)) return false;
    bl_term f = list_head(st);
    if (!is_tuple(f) || tuple_arity(f) != 4) return false;
    bl_term a = tuple_elems(f)[2];
    bl_sword n = 0;
    if (is_small(a)) n = small_val(a);
    else for (; is_list(a); a = list_tail(a)) n++;
    *mod = tuple_elems(f)[0];
    *fun = tuple_elems(f)[1];
    *arity = n;
    return true;
}

/* An exit reason as Exception.format_exit/1 writes it. */
static void error_format_exit(bl_vm *vm, fmt_buf *b, bl_term reason) {
    static const struct {
        const char *atom, *text;
    } known[] = {
        {"normal", "normal"},
        {"shutdown", "shutdown"},
        {"killed", "killed"},
        {"timeout", "time out"},
        {"calling_self", "process attempted to call itself"},
        {"noproc", "no process: the process is not alive or there's no process currently associated with the "
                   "given name, possibly because its application isn't started"},
    };
    if (is_atom(reason)) {
        for (size_t i = 0; i < sizeof known / sizeof *known; i++)
            if (atom_len(&vm->atoms, reason) == strlen(known[i].atom) &&
                memcmp(atom_name(&vm->atoms, reason), known[i].atom, strlen(known[i].atom)) == 0) {
                fmt_buf_puts(b, known[i].text);
                return;
            }
    }
    if (is_tuple(reason) && tuple_arity(reason) == 2 && tuple_elems(reason)[0] == atom_intern(&vm->atoms, "shutdown", 8)) {
        fmt_buf_puts(b, "shutdown: ");
        print_inspect(vm, b, tuple_elems(reason)[1]);
        return;
    }
    print_inspect(vm, b, reason);
}

static void error_banner(bl_vm *vm, fmt_buf *b, bl_term kind, bl_term reason, bl_term st) {
    bl_term mod, fun;
    bl_sword arity;
    if (kind == ATOM_TERM(throw)) {
        fmt_buf_puts(b, "** (throw) ");
        print_inspect(vm, b, reason);
        return;
    }
    if (kind == ATOM_TERM(exit)) {
        fmt_buf_puts(b, "** (exit) ");
        error_format_exit(vm, b, reason);
        return;
    }
    if (error_is(reason, ATOM_TERM(badmatch), 2)) {
        fmt_buf_puts(b, "** (MatchError) no match of right hand side value: ");
        print_inspect(vm, b, tuple_elems(reason)[1]);
    } else if (error_is(reason, ATOM_TERM(case_clause), 2)) {
        fmt_buf_puts(b, "** (CaseClauseError) no case clause matching: ");
        print_inspect(vm, b, tuple_elems(reason)[1]);
    } else if (error_is(reason, ATOM_TERM(badbool), 3)) {
        fmt_buf_puts(b, "** (BadBooleanError) expected a boolean on left-side of \"");
        print_function_name(vm, b, tuple_elems(reason)[1]);
        fmt_buf_puts(b, "\", got: ");
        print_inspect(vm, b, tuple_elems(reason)[2]);
    } else if (reason == ATOM_TERM(cond_clause)) {
        fmt_buf_puts(b, "** (CondClauseError) no cond clause evaluated to a truthy value");
    } else if (reason == ATOM_TERM(badarith)) {
        fmt_buf_puts(b, "** (ArithmeticError) bad argument in arithmetic expression");
    } else if (reason == ATOM_TERM(badarg)) {
        fmt_buf_puts(b, "** (ArgumentError) argument error");
    } else if (reason == ATOM_TERM(system_limit)) {
        fmt_buf_puts(b, "** (SystemLimitError) a system limit has been reached");
    } else if (error_is(reason, ATOM_TERM(badfun), 2)) {
        fmt_buf_puts(b, "** (BadFunctionError) expected a function, got: ");
        print_inspect(vm, b, tuple_elems(reason)[1]);
    } else if (error_is(reason, ATOM_TERM(badarity), 2) && is_tuple(tuple_elems(reason)[1])) {
        bl_term fa = tuple_elems(reason)[1];
        bl_term f = tuple_elems(fa)[0], args = tuple_elems(fa)[1];
        bl_sword n = 0;
        for (bl_term a = args; is_list(a); a = list_tail(a)) n++;
        fmt_buf_puts(b, "** (BadArityError) ");
        print_inspect(vm, b, f);
        fmt_buf_printf(b, " with arity %d called with %lld argument%s (", print_fun_arity(f),
                       (long long)n, n == 1 ? "" : "s");
        for (bl_term a = args; is_list(a); a = list_tail(a)) {
            print_inspect(vm, b, list_head(a));
            if (is_list(list_tail(a))) fmt_buf_puts(b, ", ");
        }
        fmt_buf_putc(b, ')');
    } else if (reason == ATOM_TERM(function_clause) && error_top_mfa(st, &mod, &fun, &arity)) {
        fmt_buf_puts(b, "** (FunctionClauseError) no function clause matching in ");
        error_write_mfa(vm, b, mod, fun, arity);
    } else if (reason == ATOM_TERM(undef) && error_top_mfa(st, &mod, &fun, &arity)) {
        fmt_buf_puts(b, "** (UndefinedFunctionError) function ");
        error_write_mfa(vm, b, mod, fun, arity);
        if (vm_module_find(vm, mod)) fmt_buf_puts(b, " is undefined or private");
        else {
            fmt_buf_puts(b, " is undefined (module ");
            print_module_name(vm, b, mod);
            fmt_buf_puts(b, " is not available)");
        }
    } else {
        fmt_buf_puts(b, "** (ErlangError) Erlang error: ");
        print_inspect(vm, b, reason);
    }
}

static void error_write_frame(bl_vm *vm, fmt_buf *b, bl_term frame) {
    if (!is_tuple(frame) || tuple_arity(frame) != 4) return;
    bl_term *f = tuple_elems(frame);
    fmt_buf_puts(b, "    ");
    bl_term file = NIL, line = NIL;
    for (bl_term l = f[3]; is_list(l); l = list_tail(l)) {
        bl_term kv = list_head(l);
        if (!is_tuple(kv) || tuple_arity(kv) != 2) continue;
        if (tuple_elems(kv)[0] == ATOM_TERM(file)) file = tuple_elems(kv)[1];
        if (tuple_elems(kv)[0] == ATOM_TERM(line)) line = tuple_elems(kv)[1];
    }
    if (is_list(file)) {
        for (bl_term c = file; is_list(c); c = list_tail(c))
            fmt_buf_putc(b, (char)small_val(list_head(c)));
        if (is_small(line) && small_val(line) > 0) fmt_buf_printf(b, ":%lld", (long long)small_val(line));
        fmt_buf_puts(b, ": ");
    }
    bl_term script_fun = atom_lookup(&vm->atoms, "__script__", strlen("__script__"));
    if (f[1] == script_fun) {
        fmt_buf_puts(b, "(file)");
    } else if (is_small(f[2])) {
        error_write_mfa(vm, b, f[0], f[1], small_val(f[2]));
    } else {
        print_module_name(vm, b, f[0]);
        fmt_buf_putc(b, '.');
        print_function_name(vm, b, f[1]);
        fmt_buf_putc(b, '(');
        for (bl_term a = f[2]; is_list(a); a = list_tail(a)) {
            print_inspect(vm, b, list_head(a));
            if (is_list(list_tail(a))) fmt_buf_puts(b, ", ");
        }
        fmt_buf_putc(b, ')');
    }
    fmt_buf_putc(b, '\n');
}

char *error_format_uncaught(bl_vm *vm, bl_term kind, bl_term reason, bl_term stacktrace) {
    fmt_buf b;
    fmt_buf_init(&b);
    error_banner(vm, &b, kind, reason, stacktrace);
    fmt_buf_putc(&b, '\n');
    for (bl_term l = stacktrace; is_list(l); l = list_tail(l)) error_write_frame(vm, &b, list_head(l));
    char *s = strdup(fmt_buf_cstr(&b));
    fmt_buf_free(&b);
    return s;
}
