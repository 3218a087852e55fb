/*
 * codegen.c — from the syntax tree to register bytecode.
 *
 * Register discipline (the invariant every function here keeps):
 *
 *  - Every named variable lives in a y register (a slot of the function's
 *    frame).  Binding always takes a fresh slot, so rebinding never
 *    disturbs a value a closure or an outer scope still sees; slots are
 *    handed back when the scope that made them ends.
 *  - Expressions are evaluated "at" an x register tx: the result, if it is
 *    not a constant or a variable, lands in x[tx]; x[tx+1...] are scratch;
 *    x[0..tx-1] hold values the surrounding expression still needs and are
 *    left alone.  Those live registers are exactly the `live` count given
 *    to instructions that may collect garbage.
 *  - A real call clobbers every x register.  So before evaluating anything
 *    that may call, values still needed are moved ("spilled") to fresh y
 *    slots.  cg_may_call() decides conservatively.
 *
 * Patterns are compiled clause by clause into tests that jump to the next
 * clause's label on failure.  Calls in tail position become call_last and
 * friends, so recursion in tail position runs in constant stack.
 */
#include "codegen.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../vm/process.h"
#include "lexer.h"
#include "parser.h"

#define CG_MAX_PARTS 4096 /* elements of one tuple/list/interpolation built at once */

/* ------------------------------------------------------------------ */
/* Diagnostics                                                         */

static void cg_error(cg_state *cg, const ast *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void cg_error(cg_state *cg, const ast *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_addv(cg->diags, DIAG_COMPILE_ERROR, at ? at->line : 0, at ? at->col : 0, fmt, ap);
    va_end(ap);
}

static void cg_warn(cg_state *cg, const ast *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void cg_warn(cg_state *cg, const ast *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_addv(cg->diags, DIAG_WARNING, at ? at->line : 0, at ? at->col : 0, fmt, ap);
    va_end(ap);
}

#define EMIT(cg, OP, ...)                                              \
    emit_op_list(&(cg)->mod->em, OP, (emit_operand[]){__VA_ARGS__},    \
                 (int)(sizeof((emit_operand[]){__VA_ARGS__}) / sizeof(emit_operand)))
#define EMIT0(cg, OP) emit_op_list(&(cg)->mod->em, OP, NULL, 0)

static emit_operand X(int i) { return opnd(BC_X, i); }
static emit_operand Y(int i) { return opnd(BC_Y, i); }
static emit_operand U(int64_t v) { return opnd(BC_U, v); }
static emit_operand LBL(uint32_t l) { return opnd(BC_LABEL, l); }
static emit_operand FRAME(void) { return opnd(EMIT_TAG_FRAME, 0); }
static const emit_operand NIL_OP = {BC_NIL, 0};

static uint32_t cg_atom(cg_state *cg, const char *s, size_t len) { return emit_atom(&cg->mod->em, s, len); }
static uint32_t cg_atom_module(cg_module *m, const char *s, size_t len) { return emit_atom(&m->em, s, len); }
static emit_operand cg_atom_op(cg_state *cg, const char *s) { return opnd(BC_ATOM, cg_atom(cg, s, strlen(s))); }
static uint32_t cg_label(cg_state *cg) { return emit_new_label(&cg->mod->em); }
static void cg_place(cg_state *cg, uint32_t label) { EMIT(cg, OP_label, U(label)); }
static void cg_line(cg_state *cg, const ast *n) {
    if (n && n->line > 0 && n->line != cg->last_line) {
        EMIT(cg, OP_line, U(n->line));
        cg->last_line = n->line;
    }
}

static bool is_x(emit_operand o) { return o.tag == BC_X; }

/* ------------------------------------------------------------------ */
/* Scopes and variables                                                */

static int cg_new_slot(cg_state *cg) {
    int s = cg->next_y++;
    if (cg->next_y > cg->max_y) cg->max_y = cg->next_y;
    return s;
}

static cg_var *cg_lookup(cg_state *cg, const char *name, size_t len) {
    for (int i = cg->nvars; i-- > 0;)
        if (cg->vars[i].len == len && memcmp(cg->vars[i].name, name, len) == 0) return &cg->vars[i];
    return NULL;
}

static int cg_bind(cg_state *cg, const char *name, size_t len, const ast *at) {
    if (cg->nvars == cg->vars_cap) {
        int cap = cg->vars_cap ? cg->vars_cap * 2 : 32;
        cg_var *v = realloc(cg->vars, (size_t)cap * sizeof *v);
        if (!v) {
            cg_error(cg, at, "out of memory");
            return 0;
        }
        cg->vars = v;
        cg->vars_cap = cap;
    }
    int slot = cg_new_slot(cg);
    cg->vars[cg->nvars++] = (cg_var){name, len, slot, at ? at->line : 0, at ? at->col : 0, false};
    return slot;
}

typedef struct {
    int nvars, next_y;
} cg_scope;

static cg_scope cg_scope_enter(cg_state *cg) { return (cg_scope){cg->nvars, cg->next_y}; }

static void cg_scope_warn_unused(cg_state *cg, int from) {
    for (int i = from; i < cg->nvars; i++) {
        cg_var *v = &cg->vars[i];
        if (v->used || v->name[0] == '_') continue;
        /* A later binding of the same name in the same scope counts as a use
         * of the name only if it reads it; Elixir warns per binding. */
        ast at = {.line = v->line, .col = v->col};
        cg_warn(cg, &at, "variable \"%.*s\" is unused (if the variable is not meant to be used, prefix it with an underscore)",
                (int)v->len, v->name);
    }
}

static void cg_scope_leave(cg_state *cg, cg_scope s) {
    cg_scope_warn_unused(cg, s.nvars);
    cg->nvars = s.nvars;
    cg->next_y = s.next_y;
}

/* ------------------------------------------------------------------ */
/* Names                                                               */

static bool str_eq(const ast *n, const char *s) {
    return n && n->str && n->len == strlen(s) && memcmp(n->str, s, n->len) == 0;
}

/* "Elixir.Foo.Bar" for an alias, following `alias` directives. */
static char *cg_alias_name(cg_state *cg, const char *alias, size_t len) {
    /* Elixir and Elixir.Foo are already full names */
    if (len >= 6 && memcmp(alias, "Elixir", 6) == 0 && (len == 6 || alias[6] == '.')) return strndup(alias, len);
    size_t first = 0;
    while (first < len && alias[first] != '.') first++;
    for (cg_module *m = cg->mod; m; m = m->parent) {
        for (int i = m->nfaliases; i-- > 0;) {
            cg_alias *a = &m->faliases[i];
            if (a->short_len == first && memcmp(a->short_name, alias, first) == 0) {
                size_t n = strlen(a->full) + (len - first) + 1;
                char *r = malloc(n);
                if (r) snprintf(r, n, "%s%.*s", a->full, (int)(len - first), alias + first);
                return r;
            }
        }
    }
    size_t n = len + 8;
    char *r = malloc(n);
    if (r) snprintf(r, n, "Elixir.%.*s", (int)len, alias);
    return r;
}

static void cg_add_alias(cg_state *cg, cg_module *m, const char *short_name, size_t short_len, const char *full) {
    if (m->nfaliases == m->faliases_cap) {
        int cap = m->faliases_cap ? m->faliases_cap * 2 : 8;
        cg_alias *a = realloc(m->faliases, (size_t)cap * sizeof *a);
        if (!a) return;
        m->faliases = a;
        m->faliases_cap = cap;
    }
    char *copy = strdup(full);
    if (!copy) return;
    m->faliases[m->nfaliases++] = (cg_alias){short_name, short_len, copy};
}

/* ------------------------------------------------------------------ */
/* Constants                                                           */

static bool cg_is_const(const ast *n) {
    switch (n->kind) {
    case AST_INT: case AST_FLOAT: case AST_ATOM: case AST_STRING: case AST_CHARLIST: case AST_ALIAS:
        return true;
    case AST_UNOP:
        return (str_eq(n, "-") || str_eq(n, "+")) && (n->kids[0]->kind == AST_INT || n->kids[0]->kind == AST_FLOAT);
    case AST_TUPLE:
    case AST_LIST:
        for (int i = 0; i < n->nkids; i++)
            if (!cg_is_const(n->kids[i])) return false;
        return true;
    default: return false;
    }
}

/* Decimal digits to little-endian 64-bit limbs (for big literals). */
static int cg_decimal_limbs(const char *digits, size_t len, uint64_t *limbs, int max) {
    int n = 0;
    for (size_t i = 0; i < len; i++) {
        if (digits[i] < '0' || digits[i] > '9') continue;
        unsigned __int128 carry = (unsigned)(digits[i] - '0');
        for (int k = 0; k < n; k++) {
            unsigned __int128 v = (unsigned __int128)limbs[k] * 10 + carry;
            limbs[k] = (uint64_t)v;
            carry = v >> 64;
        }
        if (carry) {
            if (n == max) return -1;
            limbs[n++] = (uint64_t)carry;
        }
    }
    return n;
}

static void cg_encode_const(cg_state *cg, emit_bytes *b, const ast *n, bool negate);

static void cg_encode_int(emit_bytes *b, const ast *n, bool negate) {
    if (!n->big) {
        int64_t v = negate ? -n->ival : n->ival;
        emit_bytes_byte(b, LIT_INT);
        emit_bytes_svarint(b, v);
        return;
    }
    uint64_t limbs[1024];
    int count = cg_decimal_limbs(n->str, n->len, limbs, 1024);
    if (count <= 0) count = 1, limbs[0] = 0;
    emit_bytes_byte(b, LIT_BIGINT);
    emit_bytes_byte(b, negate ? 1 : 0);
    emit_bytes_varint(b, (uint64_t)count);
    for (int i = 0; i < count; i++)
        for (int k = 0; k < 8; k++) emit_bytes_byte(b, (unsigned char)(limbs[i] >> (8 * k)));
}

static void cg_encode_string_list(emit_bytes *b, const char *s, size_t len) {
    /* A charlist literal: decode UTF-8 into code points. */
    uint32_t *cps = malloc((len + 1) * sizeof *cps);
    size_t n = 0;
    if (!cps) return;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        uint32_t cp = c;
        size_t k = 1;
        if (c >= 0xF0 && i + 3 < len + 0) cp = (uint32_t)(c & 7) << 18 | (uint32_t)(s[i + 1] & 0x3F) << 12 | (uint32_t)(s[i + 2] & 0x3F) << 6 | (uint32_t)(s[i + 3] & 0x3F), k = 4;
        else if (c >= 0xE0 && i + 2 < len) cp = (uint32_t)(c & 0xF) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 | (uint32_t)(s[i + 2] & 0x3F), k = 3;
        else if (c >= 0xC0 && i + 1 < len) cp = (uint32_t)(c & 0x1F) << 6 | (uint32_t)(s[i + 1] & 0x3F), k = 2;
        cps[n++] = cp;
        i += k;
    }
    if (n == 0) {
        emit_bytes_byte(b, LIT_NIL);
    } else {
        emit_bytes_byte(b, LIT_LIST);
        emit_bytes_varint(b, n);
        for (size_t i = 0; i < n; i++) {
            emit_bytes_byte(b, LIT_INT);
            emit_bytes_svarint(b, cps[i]);
        }
        emit_bytes_byte(b, LIT_NIL);
    }
    free(cps);
}

static void cg_encode_const(cg_state *cg, emit_bytes *b, const ast *n, bool negate) {
    switch (n->kind) {
    case AST_INT: return cg_encode_int(b, n, negate);
    case AST_FLOAT: {
        double d = negate ? -n->fval : n->fval;
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        emit_bytes_byte(b, LIT_FLOAT);
        for (int k = 0; k < 8; k++) emit_bytes_byte(b, (unsigned char)(bits >> (8 * k)));
        return;
    }
    case AST_ATOM:
        emit_bytes_byte(b, LIT_ATOM);
        emit_bytes_varint(b, cg_atom(cg, n->str, n->len));
        return;
    case AST_ALIAS: {
        char *full = cg_alias_name(cg, n->str, n->len);
        emit_bytes_byte(b, LIT_ATOM);
        emit_bytes_varint(b, full ? cg_atom(cg, full, strlen(full)) : 0);
        free(full);
        return;
    }
    case AST_STRING:
        emit_bytes_byte(b, LIT_BINARY);
        emit_bytes_varint(b, n->len);
        emit_bytes_write(b, n->str, n->len);
        return;
    case AST_CHARLIST: return cg_encode_string_list(b, n->str, n->len);
    case AST_UNOP: return cg_encode_const(cg, b, n->kids[0], str_eq(n, "-"));
    case AST_TUPLE:
        emit_bytes_byte(b, LIT_TUPLE);
        emit_bytes_varint(b, (uint64_t)n->nkids);
        for (int i = 0; i < n->nkids; i++) cg_encode_const(cg, b, n->kids[i], false);
        return;
    case AST_LIST: {
        bool tail = n->flags & AST_F_TAIL;
        int items = n->nkids - (tail ? 1 : 0);
        if (items == 0) {
            if (tail) return cg_encode_const(cg, b, n->kids[0], false);
            emit_bytes_byte(b, LIT_NIL);
            return;
        }
        emit_bytes_byte(b, LIT_LIST);
        emit_bytes_varint(b, (uint64_t)items);
        for (int i = 0; i < items; i++) cg_encode_const(cg, b, n->kids[i], false);
        if (tail) cg_encode_const(cg, b, n->kids[n->nkids - 1], false);
        else emit_bytes_byte(b, LIT_NIL);
        return;
    }
    default: return;
    }
}

/* A constant expression as an operand: immediates inline, others as literals. */
static emit_operand cg_const(cg_state *cg, const ast *n) {
    bool negate = n->kind == AST_UNOP && str_eq(n, "-");
    const ast *v = n->kind == AST_UNOP ? n->kids[0] : n;
    if (v->kind == AST_INT && !v->big) {
        int64_t i = negate ? -v->ival : v->ival;
        if (i >= -(INT64_C(1) << 59) && i < (INT64_C(1) << 59)) return opnd(BC_INT, i);
    }
    if (v->kind == AST_ATOM) return opnd(BC_ATOM, cg_atom(cg, v->str, v->len));
    if (v->kind == AST_LIST && v->nkids == 0) return NIL_OP;
    if (v->kind == AST_CHARLIST && v->len == 0) return NIL_OP;
    if (v->kind == AST_ALIAS) {
        char *full = cg_alias_name(cg, v->str, v->len);
        emit_operand o = opnd(BC_ATOM, full ? cg_atom(cg, full, strlen(full)) : 0);
        free(full);
        return o;
    }
    uint32_t index = 0;
    emit_bytes *b = emit_literal_begin(&cg->mod->em, &index);
    if (b) cg_encode_const(cg, b, n, false);
    return opnd(BC_LIT, index);
}

static emit_operand cg_atom_literal(cg_state *cg, const char *name, size_t len) {
    return opnd(BC_ATOM, cg_atom(cg, name, len));
}

/* ------------------------------------------------------------------ */
/* Which expressions may make a real call                              */

static bool cg_may_call(cg_state *cg, const ast *n);

static bool cg_kids_may_call(cg_state *cg, const ast *n, int from) {
    for (int i = from; i < n->nkids; i++)
        if (n->kids[i] && cg_may_call(cg, n->kids[i])) return true;
    return false;
}

static const cg_inline *cg_find_inline(const char *name, size_t len, int arity);
static bool cg_binop_called(const ast *n);

/* Conservative: anything not known to stay within BIFs and allocation
 * instructions counts as a call. */
static bool cg_may_call(cg_state *cg, const ast *n) {
    switch (n->kind) {
    case AST_INT: case AST_FLOAT: case AST_ATOM: case AST_STRING: case AST_CHARLIST:
    case AST_VAR: case AST_ALIAS: case AST_FN: case AST_CAPTURE_ARG: case AST_CAPTURE: case AST_ATTR:
        return false;
    case AST_TUPLE: case AST_LIST: case AST_MAP: case AST_PAIR: case AST_BIN: case AST_INTERP:
    case AST_UNOP: case AST_PIN: case AST_BLOCK: case AST_ARROW: case AST_ARGS: case AST_CLAUSES:
        return cg_kids_may_call(cg, n, 0);
    case AST_CALL: {
        const cg_inline *in = cg_find_inline(n->str, n->len, n->nkids);
        if (in && in->kind != INLINE_CALL && in->kind != INLINE_GUARD_BIF) return cg_kids_may_call(cg, n, 0);
        if (str_eq(n, "if") || str_eq(n, "unless") || str_eq(n, "cond") || str_eq(n, "case"))
            return cg_kids_may_call(cg, n, 0);
        return true;
    }
    case AST_OP:
        if (str_eq(n, "|>") || str_eq(n, "..") || str_eq(n, "..//")) return true;
        if (cg_binop_called(n)) return true;
        if ((str_eq(n, "in") || str_eq(n, "not in")) && n->kids[1]->kind != AST_LIST) return true;
        return cg_kids_may_call(cg, n, 0);
    default: /* remote calls, fun calls, field access, [] access, structs */
        return true;
    }
}

/* Moves an x-register value to a fresh y slot when more calls follow. */
static emit_operand cg_spill(cg_state *cg, emit_operand o) {
    if (!is_x(o)) return o;
    int slot = cg_new_slot(cg);
    EMIT(cg, OP_move, o, Y(slot));
    return Y(slot);
}

/* ------------------------------------------------------------------ */
/* Inline built-ins: Kernel functions and operators that are BIFs      */

static const cg_inline cg_inlines[] = {
    {"is_integer", 1, "erlang", "is_integer", INLINE_BIF, OP_is_integer},
    {"is_float", 1, "erlang", "is_float", INLINE_BIF, OP_is_float},
    {"is_number", 1, "erlang", "is_number", INLINE_BIF, OP_is_number},
    {"is_atom", 1, "erlang", "is_atom", INLINE_BIF, OP_is_atom},
    {"is_binary", 1, "erlang", "is_binary", INLINE_BIF, OP_is_binary},
    {"is_list", 1, "erlang", "is_list", INLINE_BIF, OP_is_list},
    {"is_tuple", 1, "erlang", "is_tuple", INLINE_BIF, OP_is_tuple},
    {"is_boolean", 1, "erlang", "is_boolean", INLINE_BIF, OP_is_boolean},
    {"is_function", 1, "erlang", "is_function", INLINE_BIF, OP_is_function},
    {"is_function", 2, "erlang", "is_function", INLINE_BIF, 0},
    {"is_pid", 1, "erlang", "is_pid", INLINE_BIF, OP_is_pid},
    {"is_map", 1, "erlang", "is_map", INLINE_BIF, OP_is_map},
    {"map_size", 1, "erlang", "map_size", INLINE_BIF, 0},
    {"map_get", 2, "erlang", "map_get", INLINE_BIF, 0},
    {"is_bitstring", 1, "erlang", "is_binary", INLINE_BIF, OP_is_binary},
    {"binary_part", 3, "binary", "part", INLINE_BIF, 0},
    {"floor", 1, "erlang", "floor", INLINE_BIF, 0},
    {"ceil", 1, "erlang", "ceil", INLINE_BIF, 0},
    {"length", 1, "erlang", "length", INLINE_GUARD_BIF, 0},
    {"hd", 1, "erlang", "hd", INLINE_BIF, 0},
    {"tl", 1, "erlang", "tl", INLINE_BIF, 0},
    {"tuple_size", 1, "erlang", "tuple_size", INLINE_BIF, 0},
    {"byte_size", 1, "erlang", "byte_size", INLINE_BIF, 0},
    {"bit_size", 1, "erlang", "bit_size", INLINE_BIF, 0},
    {"abs", 1, "erlang", "abs", INLINE_BIF, 0},
    {"div", 2, "erlang", "div", INLINE_BIF, 0},
    {"rem", 2, "erlang", "rem", INLINE_BIF, 0},
    {"round", 1, "erlang", "round", INLINE_BIF, 0},
    {"trunc", 1, "erlang", "trunc", INLINE_BIF, 0},
    {"max", 2, "erlang", "max", INLINE_BIF, 0},
    {"min", 2, "erlang", "min", INLINE_BIF, 0},
    {"self", 0, "erlang", "self", INLINE_BIF, 0},
    {"send", 2, "erlang", "send", INLINE_BIF, 0},
    {"make_ref", 0, "erlang", "make_ref", INLINE_BIF, 0},
    {"spawn", 1, "erlang", "spawn", INLINE_BIF, 0},
    {"spawn", 3, "erlang", "spawn", INLINE_BIF, 0},
    {"spawn_link", 1, "erlang", "spawn_link", INLINE_BIF, 0},
    {"spawn_link", 3, "erlang", "spawn_link", INLINE_BIF, 0},
    {"spawn_monitor", 1, "erlang", "spawn_monitor", INLINE_BIF, 0},
    {"spawn_monitor", 3, "erlang", "spawn_monitor", INLINE_BIF, 0},
    {"is_reference", 1, "erlang", "is_reference", INLINE_BIF, 0},
    {"node", 0, "erlang", "node", INLINE_BIF, 0},
    {"not", 1, "erlang", "not", INLINE_BIF, 0},
    {"elem", 2, "erlang", "element", INLINE_ELEM, 0},
    {"put_elem", 3, "erlang", "setelement", INLINE_PUT_ELEM, 0},
    {"is_nil", 1, NULL, NULL, INLINE_IS_NIL, 0},
    {"throw", 1, "erlang", "throw", INLINE_CALL, 0},
    {"exit", 1, "erlang", "exit", INLINE_CALL, 0},
    {"apply", 2, "erlang", "apply", INLINE_CALL, 0},
    {"apply", 3, "erlang", "apply", INLINE_CALL, 0},
    {"to_string", 1, "beamlet", "to_string", INLINE_BIF, 0},
    {"inspect", 1, "beamlet", "inspect", INLINE_BIF, 0},
};

static const cg_inline *cg_find_inline(const char *name, size_t len, int arity) {
    if (!name) return NULL;
    for (size_t i = 0; i < sizeof cg_inlines / sizeof *cg_inlines; i++) {
        const cg_inline *in = &cg_inlines[i];
        if (in->arity == arity && strlen(in->name) == len && memcmp(in->name, name, len) == 0) return in;
    }
    return NULL;
}

typedef struct {
    const char *op;
    const char *bif;
    bl_opcode test;      /* jump test in guards, or 0 */
    bool swap, negate;   /* how the test maps: a > b is b < a */
    bool called;         /* a call outside guards, so the BIF can yield part-way on a long list */
} cg_binop;

static const cg_binop cg_binops[] = {
    {"+", "+", 0, false, false, false},     {"-", "-", 0, false, false, false},
    {"*", "*", 0, false, false, false},     {"/", "/", 0, false, false, false},
    {"==", "==", OP_is_eq, false, false, false},   {"!=", "/=", OP_is_ne, false, false, false},
    {"===", "=:=", OP_is_eq_exact, false, false, false}, {"!==", "=/=", OP_is_ne_exact, false, false, false},
    {"<", "<", OP_is_lt, false, false, false},     {">", ">", OP_is_lt, true, false, false},
    {"<=", "=<", OP_is_ge, true, false, false},    {">=", ">=", OP_is_ge, false, false, false},
    {"++", "++", 0, false, false, true}, {"--", "--", 0, false, false, true},
    {"&&&", "band", 0, false, false, false}, {"|||", "bor", 0, false, false, false},
    {"^^^", "bxor", 0, false, false, false}, {"<<<", "bsl", 0, false, false, false},
    {">>>", "bsr", 0, false, false, false},
};

static const cg_binop *cg_find_binop(const ast *n) {
    for (size_t i = 0; i < sizeof cg_binops / sizeof *cg_binops; i++)
        if (str_eq(n, cg_binops[i].op)) return &cg_binops[i];
    return NULL;
}

static bool cg_binop_called(const ast *n) {
    const cg_binop *b = cg_find_binop(n);
    return b && b->called;
}

/* ------------------------------------------------------------------ */
/* Expressions                                                         */

typedef enum { CG_VALUE, CG_TAIL } cg_mode;

static emit_operand cg_expr(cg_state *cg, ast *n, int tx);
static emit_operand cg_expr_mode(cg_state *cg, ast *n, int tx, cg_mode mode);
static void cg_match(cg_state *cg, ast *pat, emit_operand src, uint32_t fail, int tx);
static void cg_guard(cg_state *cg, ast *g, uint32_t fail, int tx);
static emit_operand cg_block(cg_state *cg, ast *n, int tx, cg_mode mode);
static void cg_match_var(cg_state *cg, ast *p, emit_operand src, uint32_t fail);
static void cg_match(cg_state *cg, ast *pat, emit_operand src, uint32_t fail, int tx);
static ast *cg_mk(cg_state *cg, ast_kind kind, const ast *at, const char *str);
static ast *cg_mk2(cg_state *cg, ast_kind kind, const ast *at, const char *str, ast *a, ast *b);
static ast *cg_mk_remote(cg_state *cg, const ast *at, const char *mod, const char *fun, ast **args, int n);
static ast *cg_mk_pair(cg_state *cg, const ast *at, const char *key, ast *value);

/* Emits the return of a value from the current function. */
static void cg_return(cg_state *cg, emit_operand v) {
    if (!(v.tag == BC_X && v.value == 0)) EMIT(cg, OP_move, v, X(0));
    EMIT(cg, OP_deallocate, FRAME());
    EMIT0(cg, OP_return);
}

/* Finishes an expression in the requested mode: in tail mode it returns. */
static emit_operand cg_finish(cg_state *cg, emit_operand v, cg_mode mode) {
    if (mode == CG_TAIL) cg_return(cg, v);
    return v;
}

/* Puts a value into x[tx] (for joins of branches). */
static void cg_to_x(cg_state *cg, emit_operand v, int tx) {
    if (!(v.tag == BC_X && v.value == tx)) EMIT(cg, OP_move, v, X(tx));
}

/* Evaluates arguments into operands, left to right, spilling to y what must
 * survive a later argument's call.  Returns the number of x registers the
 * operands occupy from tx. */
static int cg_operands(cg_state *cg, ast **args, int n, int tx, emit_operand *out) {
    int used = 0;
    for (int i = 0; i < n; i++) {
        bool later_calls = false;
        for (int k = i + 1; k < n && !later_calls; k++) later_calls = cg_may_call(cg, args[k]);
        if (later_calls) {
            /* Earlier x operands would be clobbered: they were spilled
             * already, because this argument was evaluated knowing that. */
            out[i] = cg_spill(cg, cg_expr(cg, args[i], tx));
        } else {
            out[i] = cg_expr(cg, args[i], tx + used);
            if (is_x(out[i])) used++;
        }
    }
    return used;
}

/* Calls a BIF (through the `bif` instruction) with evaluated operands. */
static emit_operand cg_bif_call(cg_state *cg, const char *mod, const char *fun, emit_operand *ops, int n,
                                int tx, uint32_t fail, int live) {
    emit_operand buf[16];
    int k = 0;
    buf[k++] = opnd(BC_IMPORT, emit_import(&cg->mod->em, mod, fun, (uint32_t)n));
    buf[k++] = LBL(fail);
    buf[k++] = U(live);
    buf[k++] = X(tx);
    buf[k++] = opnd(BC_LIST, n);
    for (int i = 0; i < n && k < 16; i++) buf[k++] = ops[i];
    emit_op_list(&cg->mod->em, OP_bif, buf, k);
    return X(tx);
}

static emit_operand cg_bif(cg_state *cg, const char *mod, const char *fun, ast **args, int n, int tx,
                           uint32_t fail) {
    emit_operand ops[8];
    if (n > 8) return NIL_OP;
    int used = cg_operands(cg, args, n, tx, ops);
    return cg_bif_call(cg, mod, fun, ops, n, tx, fail, tx + used);
}

/* Moves operands into x0..n-1 for a call: a parallel move.  A move is
 * made once no other pending move still reads its destination; a cycle
 * (x0 <-> x1) is broken through a scratch register above all of them. */
static void cg_setup_args(cg_state *cg, emit_operand *ops, int n) {
    bool pending[MAX_ARITY + 2];
    int scratch = n;
    for (int i = 0; i < n; i++) {
        pending[i] = !(ops[i].tag == BC_X && ops[i].value == i);
        if (ops[i].tag == BC_X && ops[i].value >= scratch) scratch = (int)ops[i].value + 1;
    }
    for (;;) {
        bool progress = false, left = false;
        for (int i = 0; i < n; i++) {
            if (!pending[i]) continue;
            bool needed = false;
            for (int j = 0; j < n && !needed; j++)
                needed = j != i && pending[j] && ops[j].tag == BC_X && ops[j].value == i;
            if (needed) {
                left = true;
                continue;
            }
            EMIT(cg, OP_move, ops[i], X(i));
            pending[i] = false;
            progress = true;
        }
        if (!left) return;
        if (!progress) {
            for (int i = 0; i < n; i++) {
                if (!pending[i]) continue;
                EMIT(cg, OP_move, X(i), X(scratch));
                for (int j = 0; j < n; j++)
                    if (ops[j].tag == BC_X && ops[j].value == i) ops[j] = X(scratch);
                scratch++;
                break;
            }
        }
    }
}

/* Calls and heads past MAX_ARITY would overrun the VM's limits (and
 * cg_setup_args's table): an error where the arguments start. */
static bool cg_arity_ok(cg_state *cg, const ast *at, int n) {
    if (n <= MAX_ARITY) return true;
    cg_error(cg, at, "too many arguments: %d (at most %d)", n, MAX_ARITY);
    return false;
}

static void cg_call_args(cg_state *cg, ast **args, int n) {
    if (!cg_arity_ok(cg, n ? args[0] : NULL, n)) return;
    emit_operand *ops = calloc((size_t)n + 1, sizeof *ops);
    if (!ops) return;
    cg_operands(cg, args, n, 0, ops);
    cg_setup_args(cg, ops, n);
    free(ops);
}

/* A call's result: x0, moved to x[tx] in value mode; nothing in tail mode. */
static emit_operand cg_call_result(cg_state *cg, int tx) {
    if (tx != 0) {
        EMIT(cg, OP_move, X(0), X(tx));
        return X(tx);
    }
    return X(0);
}

static cg_function *cg_find_function(cg_module *m, const char *name, size_t len, int arity) {
    for (int i = 0; i < m->nfuns; i++) {
        cg_function *f = &m->funs[i];
        if (f->arity == arity && f->len == len && memcmp(f->name, name, len) == 0) return f;
    }
    return NULL;
}

static emit_operand cg_local_call(cg_state *cg, cg_function *f, ast **args, int n, int tx, cg_mode mode) {
    cg_call_args(cg, args, n);
    if (mode == CG_TAIL) {
        EMIT(cg, OP_call_last, U(n), LBL(f->label), FRAME());
        return X(0);
    }
    EMIT(cg, OP_call, U(n), LBL(f->label));
    return cg_call_result(cg, tx);
}

static emit_operand cg_remote_call_atoms(cg_state *cg, uint32_t mod_atom, uint32_t fun_atom, ast **args, int n,
                                         int tx, cg_mode mode) {
    cg_call_args(cg, args, n);
    emit_operand imp = opnd(BC_IMPORT, emit_import_atoms(&cg->mod->em, mod_atom, fun_atom, (uint32_t)n));
    if (mode == CG_TAIL) {
        EMIT(cg, OP_call_ext_last, U(n), imp, FRAME());
        return X(0);
    }
    EMIT(cg, OP_call_ext, U(n), imp);
    return cg_call_result(cg, tx);
}

static emit_operand cg_remote_call(cg_state *cg, const char *mod, const char *fun, size_t fun_len, ast **args,
                                   int n, int tx, cg_mode mode) {
    return cg_remote_call_atoms(cg, cg_atom(cg, mod, strlen(mod)), cg_atom(cg, fun, fun_len), args, n, tx, mode);
}

/* Evaluates `head` (a module or a fun) then the arguments, left to right
 * as Elixir does, lays the arguments out in x0..n-1 and returns where the
 * head's value is (never an x register the arguments overwrite). */
static emit_operand cg_head_and_args(cg_state *cg, ast *head, ast **args, int n) {
    if (!cg_arity_ok(cg, head, n)) return NIL_OP;
    ast **all = calloc((size_t)n + 1, sizeof *all);
    emit_operand *ops = calloc((size_t)n + 2, sizeof *ops);
    if (!all || !ops) {
        free(all);
        free(ops);
        return NIL_OP;
    }
    all[0] = head;
    for (int i = 0; i < n; i++) all[i + 1] = args[i];
    cg_operands(cg, all, n + 1, 0, ops);
    emit_operand h = ops[0];
    if (is_x(h)) h = cg_spill(cg, h); /* x0 is about to hold argument 0 */
    cg_setup_args(cg, ops + 1, n);
    free(all);
    free(ops);
    return h;
}

/* mod.fun(args) with the module a run-time value. */
static emit_operand cg_apply(cg_state *cg, ast *target, const char *fun, size_t fun_len, ast **args, int n,
                             int tx, cg_mode mode) {
    emit_operand mod = cg_head_and_args(cg, target, args, n);
    EMIT(cg, OP_move, mod, X(n));
    EMIT(cg, OP_move, cg_atom_literal(cg, fun, fun_len), X(n + 1));
    if (mode == CG_TAIL) {
        EMIT(cg, OP_apply_last, U(n), FRAME());
        return X(0);
    }
    EMIT(cg, OP_apply, U(n));
    return cg_call_result(cg, tx);
}

/* fun.(args) */
static emit_operand cg_fun_call(cg_state *cg, ast *fun, ast **args, int n, int tx, cg_mode mode) {
    EMIT(cg, OP_move, cg_head_and_args(cg, fun, args, n), X(n));
    if (mode == CG_TAIL) {
        EMIT(cg, OP_call_fun_last, U(n), FRAME());
        return X(0);
    }
    EMIT(cg, OP_call_fun, U(n));
    return cg_call_result(cg, tx);
}

/* The module a call without a module resolves to, when not local. */
static const char *cg_resolve_import(cg_state *cg, const char *fun, size_t len, int arity) {
    char name[256];
    if (len >= sizeof name) return NULL;
    memcpy(name, fun, len);
    name[len] = '\0';
    for (cg_module *m = cg->mod; m; m = m->parent)
        for (int i = m->nimports; i-- > 0;)
            if (cg->has_export(cg->ctx, m->imports[i], name, arity)) return m->imports[i];
    if (cg->has_export(cg->ctx, "Elixir.Kernel", name, arity)) return "Elixir.Kernel";
    return NULL;
}

static emit_operand cg_make_tuple(cg_state *cg, ast **elems, int n, int tx) {
    if (n > CG_MAX_PARTS) {
        cg_error(cg, elems[0], "tuple literal too large");
        return NIL_OP;
    }
    emit_operand *ops = calloc((size_t)n + 4, sizeof *ops);
    if (!ops) return NIL_OP;
    int used = cg_operands(cg, elems, n, tx, ops + 4);
    ops[0] = X(tx);
    ops[1] = U(tx + used);
    ops[2] = opnd(BC_LIST, n);
    /* make_tuple d u L: shift into place */
    emit_operand buf_head[3] = {ops[0], ops[1], ops[2]};
    memcpy(ops + 1, buf_head, sizeof buf_head);
    emit_op_list(&cg->mod->em, OP_make_tuple, ops + 1, n + 3);
    free(ops);
    return X(tx);
}

static emit_operand cg_make_list(cg_state *cg, ast **elems, int n, ast *tail, int tx) {
    if (n > CG_MAX_PARTS) {
        cg_error(cg, elems[0], "list literal too large");
        return NIL_OP;
    }
    ast **all = calloc((size_t)n + 1, sizeof *all);
    emit_operand *ops = calloc((size_t)n + 5, sizeof *ops);
    if (!all || !ops) {
        free(all);
        free(ops);
        return NIL_OP;
    }
    memcpy(all, elems, (size_t)n * sizeof *all);
    int count = n;
    if (tail) all[count++] = tail;
    int used = cg_operands(cg, all, count, tx, ops + 4);
    emit_operand tail_op = tail ? ops[4 + n] : NIL_OP;
    ops[0] = X(tx);
    ops[1] = U(tx + used);
    ops[2] = tail_op;
    ops[3] = opnd(BC_LIST, n);
    emit_op_list(&cg->mod->em, OP_make_list, ops, n + 4);
    free(all);
    free(ops);
    return X(tx);
}

static emit_operand cg_list(cg_state *cg, ast *n, int tx) {
    if (cg_is_const(n)) return cg_const(cg, n);
    bool tail = n->flags & AST_F_TAIL;
    int items = n->nkids - (tail ? 1 : 0);
    return cg_make_list(cg, n->kids, items, tail ? n->kids[n->nkids - 1] : NULL, tx);
}

/* "a#{x}b" -> iolist_to_binary([a, to_string(x), b]) */
static emit_operand cg_interp(cg_state *cg, ast *n, int tx) {
    if (n->flags & AST_F_CHARLIST) {
        cg_error(cg, n, "interpolation in charlists is not supported yet");
        return NIL_OP;
    }
    int parts = n->nkids;
    if (parts > CG_MAX_PARTS) {
        cg_error(cg, n, "too many interpolated parts");
        return NIL_OP;
    }
    emit_operand *ops = calloc((size_t)parts + 4, sizeof *ops);
    if (!ops) return NIL_OP;
    int used = 0;
    for (int i = 0; i < parts; i++) {
        ast *part = n->kids[i];
        bool later_calls = false;
        for (int k = i + 1; k < parts && !later_calls; k++) later_calls = cg_may_call(cg, n->kids[k]);
        emit_operand v;
        if (part->kind == AST_STRING) {
            v = cg_const(cg, part);
        } else {
            int at = later_calls ? tx : tx + used;
            emit_operand raw = cg_expr(cg, part, at);
            v = cg_bif_call(cg, "beamlet", "to_string", &raw, 1, at, 0, at + (is_x(raw) && raw.value == at ? 1 : 0));
        }
        if (later_calls) v = cg_spill(cg, v);
        else if (is_x(v)) used++;
        ops[4 + i] = v;
    }
    ops[0] = X(tx);
    ops[1] = U(tx + used);
    ops[2] = NIL_OP;
    ops[3] = opnd(BC_LIST, parts);
    emit_op_list(&cg->mod->em, OP_make_list, ops, parts + 4);
    free(ops);
    emit_operand l = X(tx);
    return cg_bif_call(cg, "erlang", "iolist_to_binary", &l, 1, tx, 0, tx + 1);
}

static emit_operand cg_var_ref(cg_state *cg, ast *n) {
    if (str_eq(n, "__MODULE__")) {
        if (!cg->mod->is_script) return opnd(BC_ATOM, 0);
        return cg_atom_op(cg, "nil");
    }
    if (str_eq(n, "__STACKTRACE__")) {
        if (cg->stacktrace_slot < 0) {
            cg_error(cg, n, "__STACKTRACE__ is available only inside catch and rescue clauses of try expressions");
            return NIL_OP;
        }
        return Y(cg->stacktrace_slot);
    }
    cg_var *v = cg_lookup(cg, n->str, n->len);
    if (!v) {
        cg_error(cg, n, "undefined function %.*s/0 (there is no such import)", (int)n->len, n->str);
        return NIL_OP;
    }
    v->used = true;
    return Y(v->slot);
}

/* --- control flow --- */

/* Pattern matching starts a fresh set of bindings: a variable named twice
 * in the same pattern must match, but one bound before is rebound. */
static int cg_pattern_begin(cg_state *cg) {
    int saved = cg->pattern_base;
    cg->pattern_base = cg->nvars;
    return saved;
}

static void cg_pattern_end(cg_state *cg, int saved) { cg->pattern_base = saved; }

/* The one pattern of a case/receive clause head matched against src. */
static void cg_match_head(cg_state *cg, ast *clause, const char *kind, emit_operand src, uint32_t fail, int tx) {
    int saved = cg_pattern_begin(cg);
    if (clause->kids[0]->nkids != 1) cg_error(cg, clause, "%s clauses take exactly one pattern", kind);
    else cg_match(cg, clause->kids[0]->kids[0], src, fail, tx);
    cg_pattern_end(cg, saved);
}

/* A clause body's value goes to x[tx] and control to the join point;
 * in tail position the body has returned already. */
static void cg_clause_join(cg_state *cg, emit_operand v, int tx, cg_mode mode, uint32_t end) {
    if (mode != CG_VALUE) return;
    cg_to_x(cg, v, tx);
    EMIT(cg, OP_jump, LBL(end));
}

/* Each clause: patterns (NULL for cond), guard, body. */
static emit_operand cg_clauses(cg_state *cg, ast *subject_ast, ast *clauses, int tx, cg_mode mode,
                               bl_opcode no_match, const char *kind) {
    emit_operand subject = subject_ast ? cg_expr(cg, subject_ast, tx) : NIL_OP;
    if (subject_ast && is_x(subject) && subject.value != tx) {
        EMIT(cg, OP_move, subject, X(tx));
        subject = X(tx);
    }
    int scratch = tx + (is_x(subject) ? 1 : 0);
    uint32_t end = cg_label(cg);
    if (!clauses || clauses->kind != AST_CLAUSES) {
        cg_error(cg, clauses ? clauses : subject_ast, "expected -> clauses in %s", kind);
        return NIL_OP;
    }
    for (int i = 0; i < clauses->nkids; i++) {
        ast *cl = clauses->kids[i];
        ast *args = cl->kids[0];
        uint32_t next = cg_label(cg);
        cg_scope sc = cg_scope_enter(cg);
        if (subject_ast) {
            cg_match_head(cg, cl, kind, subject, next, scratch);
            if (cl->kids[1]) cg_guard(cg, cl->kids[1], next, scratch);
        } else {
            /* cond: the "pattern" is the condition */
            if (args->nkids != 1) cg_error(cg, cl, "cond clauses take exactly one condition");
            else {
                emit_operand c = cg_expr(cg, args->kids[0], tx);
                EMIT(cg, OP_is_truthy, LBL(next), c);
            }
        }
        cg_clause_join(cg, cg_block(cg, cl->kids[2], tx, mode), tx, mode, end);
        cg_scope_leave(cg, sc);
        cg_place(cg, next);
    }
    if (no_match == OP_case_end) EMIT(cg, OP_case_end, subject_ast ? subject : NIL_OP);
    else EMIT0(cg, OP_cond_end);
    cg_place(cg, end);
    return X(tx);
}

static ast *cg_kw(ast *call, const char *key) {
    if (!call || call->nkids == 0) return NULL;
    ast *last = call->kids[call->nkids - 1];
    if (last->kind != AST_LIST) return NULL;
    return ast_keyword_get(last, key);
}

/* if/unless: branch on truthiness. */
static emit_operand cg_if(cg_state *cg, ast *n, int tx, cg_mode mode, bool unless) {
    if (n->nkids != 2) {
        cg_error(cg, n, "invalid use of %s", unless ? "unless" : "if");
        return NIL_OP;
    }
    ast *then_b = cg_kw(n, "do"), *else_b = cg_kw(n, "else");
    if (!then_b) {
        cg_error(cg, n, "missing :do option in \"%s\"", unless ? "unless" : "if");
        return NIL_OP;
    }
    if (unless) {
        ast *t = then_b;
        then_b = else_b;
        else_b = t;
    }
    emit_operand c = cg_expr(cg, n->kids[0], tx);
    uint32_t lelse = cg_label(cg), lend = cg_label(cg);
    EMIT(cg, OP_is_truthy, LBL(lelse), c);
    cg_scope sc = cg_scope_enter(cg);
    emit_operand v = then_b ? cg_expr_mode(cg, then_b, tx, mode) : cg_finish(cg, cg_atom_op(cg, "nil"), mode);
    if (mode == CG_VALUE) {
        cg_to_x(cg, v, tx);
        EMIT(cg, OP_jump, LBL(lend));
    }
    cg_scope_leave(cg, sc);
    cg_place(cg, lelse);
    sc = cg_scope_enter(cg);
    v = else_b ? cg_expr_mode(cg, else_b, tx, mode) : cg_finish(cg, cg_atom_op(cg, "nil"), mode);
    if (mode == CG_VALUE) cg_to_x(cg, v, tx);
    cg_scope_leave(cg, sc);
    cg_place(cg, lend);
    return X(tx);
}

/* a && b, a || b: truthiness short circuit; a and b, a or b: strict. */
static emit_operand cg_short_circuit(cg_state *cg, ast *n, int tx, cg_mode mode) {
    bool is_and = str_eq(n, "&&") || str_eq(n, "and");
    bool strict = str_eq(n, "and") || str_eq(n, "or");
    emit_operand a = cg_expr(cg, n->kids[0], tx);
    cg_to_x(cg, a, tx);
    uint32_t lend = cg_label(cg), lrhs = cg_label(cg);
    if (strict) {
        uint32_t lbad = cg_label(cg), lok = cg_label(cg);
        EMIT(cg, OP_is_boolean, LBL(lbad), X(tx));
        EMIT(cg, OP_jump, LBL(lok));
        cg_place(cg, lbad);
        /* Not a boolean: raise {:badbool, :and | :or, value} (BadBooleanError). */
        EMIT(cg, OP_make_tuple, X(0), U(tx + 1), opnd(BC_LIST, 3), cg_atom_op(cg, "badbool"),
             cg_atom_op(cg, is_and ? "and" : "or"), X(tx));
        EMIT(cg, OP_call_ext, U(1), opnd(BC_IMPORT, emit_import(&cg->mod->em, "erlang", "error", 1)));
        cg_place(cg, lok);
        /* and: only true goes on to the right side; or: only false does. */
        EMIT(cg, OP_is_eq_exact, LBL(lend), X(tx), cg_atom_op(cg, is_and ? "true" : "false"));
    } else if (is_and) {
        EMIT(cg, OP_is_truthy, LBL(lend), X(tx));
    } else {
        EMIT(cg, OP_is_truthy, LBL(lrhs), X(tx));
        EMIT(cg, OP_jump, LBL(lend));
    }
    cg_place(cg, lrhs);
    emit_operand b = cg_expr(cg, n->kids[1], tx);
    cg_to_x(cg, b, tx);
    cg_place(cg, lend);
    return cg_finish(cg, X(tx), mode);
}

/* ! a */
static emit_operand cg_not_truthy(cg_state *cg, ast *n, int tx) {
    emit_operand a = cg_expr(cg, n->kids[0], tx);
    uint32_t lfalse = cg_label(cg), lend = cg_label(cg);
    EMIT(cg, OP_is_truthy, LBL(lfalse), a);
    EMIT(cg, OP_move, cg_atom_op(cg, "false"), X(tx));
    EMIT(cg, OP_jump, LBL(lend));
    cg_place(cg, lfalse);
    EMIT(cg, OP_move, cg_atom_op(cg, "true"), X(tx));
    cg_place(cg, lend);
    return X(tx);
}

/* x in [a, b, c] with a literal list: x === a or x === b ... */
static emit_operand cg_in_list(cg_state *cg, ast *n, int tx, bool negate) {
    ast *list = n->kids[1];
    if (list->kind != AST_LIST || (list->flags & AST_F_TAIL)) {
        /* Any enumerable: Enum.member?(rhs, x); negated for `not in`. */
        ast *args[2] = {list, n->kids[0]};
        ast *call = cg_mk_remote(cg, n, "Elixir.Enum", "member?", args, 2);
        if (negate) call = cg_mk2(cg, AST_UNOP, n, "not", call, NULL);
        return cg_expr(cg, call, tx);
    }
    emit_operand v = cg_expr(cg, n->kids[0], tx);
    if (is_x(v) && cg_kids_may_call(cg, list, 0)) v = cg_spill(cg, v);
    int at = tx + (is_x(v) ? 1 : 0);
    uint32_t lyes = cg_label(cg), lend = cg_label(cg);
    for (int i = 0; i < list->nkids; i++) {
        emit_operand e = cg_expr(cg, list->kids[i], at);
        uint32_t lno = cg_label(cg);
        EMIT(cg, OP_is_eq_exact, LBL(lno), v, e);
        EMIT(cg, OP_jump, LBL(lyes));
        cg_place(cg, lno);
    }
    EMIT(cg, OP_move, cg_atom_op(cg, negate ? "true" : "false"), X(tx));
    EMIT(cg, OP_jump, LBL(lend));
    cg_place(cg, lyes);
    EMIT(cg, OP_move, cg_atom_op(cg, negate ? "false" : "true"), X(tx));
    cg_place(cg, lend);
    return X(tx);
}

/* a |> f(b) is f(a, b). */
static ast *cg_pipe_rewrite(cg_state *cg, ast *n) {
    ast *lhs = n->kids[0], *rhs = n->kids[1];
    ast *call = NULL;
    if (rhs->kind == AST_CALL || rhs->kind == AST_REMOTE || rhs->kind == AST_DOTCALL) {
        int first = (rhs->kind == AST_CALL) ? 0 : 1;
        call = ast_new(cg->arena, rhs->kind, rhs->line, rhs->col);
        call->str = rhs->str;
        call->len = rhs->len;
        call->flags = rhs->flags;
        for (int i = 0; i < first; i++) ast_push(cg->arena, call, rhs->kids[i]);
        ast_push(cg->arena, call, lhs);
        for (int i = first; i < rhs->nkids; i++) ast_push(cg->arena, call, rhs->kids[i]);
    } else if (rhs->kind == AST_DOT && rhs->kids[0]->kind == AST_ALIAS) {
        call = ast_new(cg->arena, AST_REMOTE, rhs->line, rhs->col);
        call->str = rhs->str;
        call->len = rhs->len;
        ast_push(cg->arena, call, rhs->kids[0]);
        ast_push(cg->arena, call, lhs);
    } else {
        cg_error(cg, rhs, "cannot pipe into this expression: the right side of |> must be a call");
        return NULL;
    }
    return call;
}

static emit_operand cg_match_expr(cg_state *cg, ast *n, int tx, cg_mode mode) {
    emit_operand v = cg_expr(cg, n->kids[1], tx);
    uint32_t fail = cg_label(cg), ok = cg_label(cg);
    int saved_base = cg_pattern_begin(cg);
    cg_match(cg, n->kids[0], v, fail, tx + (is_x(v) ? 1 : 0));
    cg_pattern_end(cg, saved_base);
    EMIT(cg, OP_jump, LBL(ok));
    cg_place(cg, fail);
    EMIT(cg, OP_badmatch, v);
    cg_place(cg, ok);
    return cg_finish(cg, v, mode);
}

static emit_operand cg_fn(cg_state *cg, ast *n, int tx);
static emit_operand cg_capture(cg_state *cg, ast *n, int tx);


/* --- exceptions --- */

/* The AST of a remote call Mod.fun(args...) (mod is the atom text). */
static ast *cg_mk_remote(cg_state *cg, const ast *at, const char *mod, const char *fun, ast **args, int n) {
    ast *call = ast_new(cg->arena, AST_REMOTE, at->line, at->col);
    ast *target = ast_new(cg->arena, AST_ATOM, at->line, at->col);
    target->str = mod;
    target->len = strlen(mod);
    ast_push(cg->arena, call, target);
    call->str = fun;
    call->len = strlen(fun);
    for (int i = 0; i < n; i++) ast_push(cg->arena, call, args[i]);
    return call;
}

static ast *cg_mk_var(cg_state *cg, const ast *at, const char *name) {
    ast *v = ast_new(cg->arena, AST_VAR, at->line, at->col);
    v->str = ast_strdup(cg->arena, name, strlen(name));
    v->len = strlen(name);
    return v;
}

static ast *cg_mk_atom(cg_state *cg, const ast *at, const char *name) {
    ast *v = ast_new(cg->arena, AST_ATOM, at->line, at->col);
    v->str = name;
    v->len = strlen(name);
    return v;
}

/* raise x / raise Mod, attrs: :erlang.error(exception) from the caller's
 * own frame, so the stack trace starts where `raise` was written. */
static emit_operand cg_raise(cg_state *cg, ast *n, int tx) {
    ast *build = cg_mk_remote(cg, n, "Elixir.Exception", "__build__", n->kids, n->nkids);
    ast *err = cg_mk_remote(cg, n, "erlang", "error", &build, 1);
    return cg_expr(cg, err, tx);
}

/* reraise exception, stacktrace: raise again with the given stack trace. */
static emit_operand cg_reraise(cg_state *cg, ast *n, int tx) {
    ast *build = cg_mk_remote(cg, n, "Elixir.Exception", "__build__", n->kids, n->nkids - 1);
    ast *args[3] = {cg_mk_atom(cg, n, "error"), build, n->kids[n->nkids - 1]};
    return cg_expr(cg, cg_mk_remote(cg, n, "erlang", "raise", args, 3), tx);
}

/* One rescue clause head: `e in [A, B]`, `e in A`, `A`, `[A, B]` or `e`.
 * Tests the normalized exception in y[exc]; binds the variable. */
static void cg_rescue_head(cg_state *cg, ast *head, int exc, uint32_t fail, int tx) {
    ast *var = NULL, *mods = NULL;
    if (head->kind == AST_OP && str_eq(head, "in")) {
        var = head->kids[0];
        mods = head->kids[1];
    } else if (head->kind == AST_VAR) {
        var = head;
    } else {
        mods = head;
    }
    if (mods) {
        ast **list = mods->kind == AST_LIST ? mods->kids : &mods;
        int count = mods->kind == AST_LIST ? mods->nkids : 1;
        uint32_t ok = cg_label(cg);
        EMIT(cg, OP_get_map_elem, LBL(fail), Y(exc), cg_atom_op(cg, "__struct__"), X(tx));
        for (int i = 0; i < count; i++) {
            if (list[i]->kind != AST_ALIAS) {
                cg_error(cg, list[i], "expected an exception module in rescue");
                return;
            }
            uint32_t next = cg_label(cg);
            EMIT(cg, OP_is_eq_exact, LBL(next), X(tx), cg_const(cg, list[i]));
            EMIT(cg, OP_jump, LBL(ok));
            cg_place(cg, next);
        }
        EMIT(cg, OP_jump, LBL(fail));
        cg_place(cg, ok);
    }
    if (var && var->kind == AST_VAR) cg_match_var(cg, var, Y(exc), fail);
    else if (var) cg_error(cg, var, "expected a variable before \"in\" in rescue");
}

/* The handler part of try: rescue and catch clauses over the exception in
 * y[cls], y[rsn], y[st]; the value goes to y[result]; unmatched re-raises. */
static void cg_try_handlers(cg_state *cg, ast *n, int cls, int rsn, int st, int result, uint32_t done, int tx) {
    ast *rescue = cg_kw(n, "rescue"), *catch_ = cg_kw(n, "catch");
    int saved_st = cg->stacktrace_slot;
    cg->stacktrace_slot = st;
    if (rescue && rescue->kind == AST_CLAUSES) {
        uint32_t not_error = cg_label(cg);
        EMIT(cg, OP_is_eq_exact, LBL(not_error), Y(cls), cg_atom_op(cg, "error"));
        /* exc = Exception.normalize(:error, reason, stacktrace) */
        EMIT(cg, OP_move, cg_atom_op(cg, "error"), X(0));
        EMIT(cg, OP_move, Y(rsn), X(1));
        EMIT(cg, OP_move, Y(st), X(2));
        EMIT(cg, OP_call_ext, U(3), opnd(BC_IMPORT, emit_import(&cg->mod->em, "Elixir.Exception", "normalize", 3)));
        int exc = cg_new_slot(cg);
        EMIT(cg, OP_move, X(0), Y(exc));
        for (int i = 0; i < rescue->nkids; i++) {
            ast *cl = rescue->kids[i];
            uint32_t next = cg_label(cg);
            cg_scope sc = cg_scope_enter(cg);
            int saved_base = cg_pattern_begin(cg);
            if (cl->kids[0]->nkids != 1) cg_error(cg, cl, "rescue clauses take exactly one pattern");
            else cg_rescue_head(cg, cl->kids[0]->kids[0], exc, next, tx);
            cg_pattern_end(cg, saved_base);
            emit_operand v = cg_block(cg, cl->kids[2], tx, CG_VALUE);
            EMIT(cg, OP_move, v, Y(result));
            EMIT(cg, OP_jump, LBL(done));
            cg_scope_leave(cg, sc);
            cg_place(cg, next);
        }
        cg_place(cg, not_error);
    }
    if (catch_ && catch_->kind == AST_CLAUSES) {
        for (int i = 0; i < catch_->nkids; i++) {
            ast *cl = catch_->kids[i];
            ast *args = cl->kids[0];
            uint32_t next = cg_label(cg);
            cg_scope sc = cg_scope_enter(cg);
            int saved_base = cg_pattern_begin(cg);
            if (args->nkids == 1) {
                EMIT(cg, OP_is_eq_exact, LBL(next), Y(cls), cg_atom_op(cg, "throw"));
                cg_match(cg, args->kids[0], Y(rsn), next, tx);
            } else if (args->nkids == 2) {
                cg_match(cg, args->kids[0], Y(cls), next, tx);
                cg_match(cg, args->kids[1], Y(rsn), next, tx);
            } else {
                cg_error(cg, cl, "catch clauses take one or two patterns (kind, value)");
            }
            cg_pattern_end(cg, saved_base);
            if (cl->kids[1]) cg_guard(cg, cl->kids[1], next, tx);
            emit_operand v = cg_block(cg, cl->kids[2], tx, CG_VALUE);
            EMIT(cg, OP_move, v, Y(result));
            EMIT(cg, OP_jump, LBL(done));
            cg_scope_leave(cg, sc);
            cg_place(cg, next);
        }
    }
    cg->stacktrace_slot = saved_st;
    /* Nothing matched: raise it again, keeping its stack trace. */
    EMIT(cg, OP_move, Y(cls), X(0));
    EMIT(cg, OP_move, Y(rsn), X(1));
    EMIT(cg, OP_move, Y(st), X(2));
    EMIT(cg, OP_call_ext, U(3), opnd(BC_IMPORT, emit_import(&cg->mod->em, "erlang", "raise", 3)));
}

/* try/rescue/catch/else without after; the value ends in y[result]. */
static void cg_try_core(cg_state *cg, ast *n, int result, int tx) {
    ast *body = cg_kw(n, "do"), *else_ = cg_kw(n, "else");
    uint32_t handler = cg_label(cg), done = cg_label(cg);
    int cls = cg_new_slot(cg), rsn = cg_new_slot(cg), st = cg_new_slot(cg);
    EMIT(cg, OP_try, LBL(handler));
    cg_scope sc = cg_scope_enter(cg);
    emit_operand v = cg_block(cg, body, 0, CG_VALUE);
    EMIT(cg, OP_move, v, Y(result));
    cg_scope_leave(cg, sc);
    EMIT0(cg, OP_try_end);
    if (else_ && else_->kind == AST_CLAUSES) {
        ast *subject = cg_mk_var(cg, n, "&try_value");
        int slot = cg_bind(cg, subject->str, subject->len, NULL);
        cg->vars[cg->nvars - 1].used = true;
        EMIT(cg, OP_move, Y(result), Y(slot));
        emit_operand r = cg_clauses(cg, subject, else_, 0, CG_VALUE, OP_case_end, "else");
        EMIT(cg, OP_move, r, Y(result));
        cg->nvars--;
    }
    EMIT(cg, OP_jump, LBL(done));
    cg_place(cg, handler);
    EMIT(cg, OP_move, X(0), Y(cls));
    EMIT(cg, OP_move, X(1), Y(rsn));
    EMIT(cg, OP_move, X(2), Y(st));
    cg_try_handlers(cg, n, cls, rsn, st, result, done, 0);
    cg_place(cg, done);
    (void)tx;
}

/* try ... after: the after block runs on every way out. */
static emit_operand cg_try(cg_state *cg, ast *n, int tx, cg_mode mode) {
    if (!cg_kw(n, "do")) {
        cg_error(cg, n, "missing :do in try");
        return NIL_OP;
    }
    if (!cg_kw(n, "rescue") && !cg_kw(n, "catch") && !cg_kw(n, "after") && !cg_kw(n, "else")) {
        cg_error(cg, n, "try needs at least one of rescue, catch, else or after");
        return NIL_OP;
    }
    int result = cg_new_slot(cg);
    ast *after = cg_kw(n, "after");
    if (!after) {
        cg_try_core(cg, n, result, tx);
        return cg_finish(cg, Y(result), mode);
    }
    uint32_t handler = cg_label(cg), done = cg_label(cg);
    int cls = cg_new_slot(cg), rsn = cg_new_slot(cg), st = cg_new_slot(cg);
    EMIT(cg, OP_try, LBL(handler));
    cg_try_core(cg, n, result, tx);
    EMIT0(cg, OP_try_end);
    cg_scope sc = cg_scope_enter(cg);
    cg_block(cg, after, 0, CG_VALUE);
    cg_scope_leave(cg, sc);
    EMIT(cg, OP_jump, LBL(done));
    cg_place(cg, handler);
    EMIT(cg, OP_move, X(0), Y(cls));
    EMIT(cg, OP_move, X(1), Y(rsn));
    EMIT(cg, OP_move, X(2), Y(st));
    sc = cg_scope_enter(cg);
    cg_block(cg, after, 0, CG_VALUE);
    cg_scope_leave(cg, sc);
    EMIT(cg, OP_move, Y(cls), X(0));
    EMIT(cg, OP_move, Y(rsn), X(1));
    EMIT(cg, OP_move, Y(st), X(2));
    EMIT(cg, OP_call_ext, U(3), opnd(BC_IMPORT, emit_import(&cg->mod->em, "erlang", "raise", 3)));
    cg_place(cg, done);
    return cg_finish(cg, Y(result), mode);
}



/* --- binaries: <<...>> --- */

typedef struct {
    ast *value;
    ast *size;     /* size expression or NULL for the default */
    unsigned flags; /* BS_* type, signedness, endianness, unit */
    bool has_unit;
} cg_segment;

/* Reads `value::type-size(n)-unit(u)-little-signed` into a cg_segment. */
static bool cg_segment_spec(cg_state *cg, ast *spec, cg_segment *seg) {
    if (spec->kind == AST_OP && str_eq(spec, "-")) {
        return cg_segment_spec(cg, spec->kids[0], seg) && cg_segment_spec(cg, spec->kids[1], seg);
    }
    if (spec->kind == AST_INT) {
        seg->size = spec;
        return true;
    }
    if (spec->kind == AST_CALL && spec->nkids == 1 && str_eq(spec, "size")) {
        seg->size = spec->kids[0];
        return true;
    }
    if (spec->kind == AST_CALL && spec->nkids == 1 && str_eq(spec, "unit") && spec->kids[0]->kind == AST_INT) {
        seg->flags = (seg->flags & ~(0x1FFu << BS_UNIT_SHIFT)) | (unsigned)spec->kids[0]->ival << BS_UNIT_SHIFT;
        seg->has_unit = true;
        return true;
    }
    const char *name = spec->kind == AST_VAR || spec->kind == AST_CALL ? spec->str : NULL;
    size_t len = name ? spec->len : 0;
#define SPEC_IS(s) (len == strlen(s) && memcmp(name, s, len) == 0)
    if (!name) {
    } else if (SPEC_IS("integer")) {
        seg->flags = (seg->flags & ~BS_TYPE_MASK) | BS_INTEGER;
        return true;
    } else if (SPEC_IS("binary") || SPEC_IS("bytes")) {
        seg->flags = (seg->flags & ~BS_TYPE_MASK) | BS_BINARY;
        return true;
    } else if (SPEC_IS("utf8")) {
        seg->flags = (seg->flags & ~BS_TYPE_MASK) | BS_UTF8;
        return true;
    } else if (SPEC_IS("float")) {
        seg->flags = (seg->flags & ~BS_TYPE_MASK) | BS_FLOAT;
        return true;
    } else if (SPEC_IS("signed")) {
        seg->flags |= BS_SIGNED;
        return true;
    } else if (SPEC_IS("unsigned") || SPEC_IS("big")) {
        if (SPEC_IS("unsigned")) seg->flags &= ~(unsigned)BS_SIGNED;
        else seg->flags &= ~(unsigned)BS_LITTLE;
        return true;
    } else if (SPEC_IS("little")) {
        seg->flags |= BS_LITTLE;
        return true;
    } else if (SPEC_IS("bits") || SPEC_IS("bitstring") || SPEC_IS("utf16") || SPEC_IS("utf32") || SPEC_IS("native")) {
        cg_error(cg, spec, "bitstring segment type %.*s is not supported (binaries are byte-aligned)", (int)len, name);
        return false;
    }
#undef SPEC_IS
    cg_error(cg, spec, "unknown binary segment type");
    return false;
}

static bool cg_segment_parse(cg_state *cg, ast *n, cg_segment *seg) {
    memset(seg, 0, sizeof *seg);
    seg->value = n;
    if (n->kind == AST_OP && str_eq(n, "::")) {
        seg->value = n->kids[0];
        if (!cg_segment_spec(cg, n->kids[1], seg)) return false;
    } else if (n->kind == AST_STRING || n->kind == AST_INTERP) {
        seg->flags = BS_BINARY;
    }
    unsigned type = seg->flags & BS_TYPE_MASK;
    if (!seg->has_unit) seg->flags |= (type == BS_BINARY ? 8u : 1u) << BS_UNIT_SHIFT;
    return true;
}

/* The size operand of a segment: explicit, or the type's default. */
static emit_operand cg_segment_size(cg_state *cg, cg_segment *seg, int tx, bool pattern) {
    unsigned type = seg->flags & BS_TYPE_MASK;
    if (seg->size) {
        if (pattern) {
            if (seg->size->kind == AST_INT) return opnd(BC_INT, seg->size->ival);
            if (seg->size->kind == AST_VAR) {
                cg_var *v = cg_lookup(cg, seg->size->str, seg->size->len);
                if (v) {
                    v->used = true;
                    return Y(v->slot);
                }
            }
            cg_error(cg, seg->size, "the size of a binary segment in a pattern must be an integer or a bound variable");
            return opnd(BC_INT, 0);
        }
        return cg_expr(cg, seg->size, tx);
    }
    if (type == BS_INTEGER) return opnd(BC_INT, 8);
    if (type == BS_FLOAT) return opnd(BC_INT, 64);
    return cg_atom_op(cg, "all");
}

static emit_operand cg_bin(cg_state *cg, ast *n, int tx) {
    int count = n->nkids;
    if (count > CG_MAX_PARTS / 3) {
        cg_error(cg, n, "binary has too many segments");
        return NIL_OP;
    }
    cg_segment *segs = calloc((size_t)count + 1, sizeof *segs);
    emit_operand *ops = calloc((size_t)count * 3 + 4, sizeof *ops);
    if (!segs || !ops) {
        free(segs);
        free(ops);
        return NIL_OP;
    }
    int used = 0;
    for (int i = 0; i < count; i++) {
        if (!cg_segment_parse(cg, n->kids[i], &segs[i])) continue;
        bool later_calls = false;
        for (int k = i + 1; k < count && !later_calls; k++) later_calls = cg_may_call(cg, n->kids[k]);
        emit_operand v = cg_expr(cg, segs[i].value, tx + used);
        if (later_calls || (segs[i].size && cg_may_call(cg, segs[i].size))) v = cg_spill(cg, v);
        else if (is_x(v)) used++;
        emit_operand sz = cg_segment_size(cg, &segs[i], tx + used, false);
        if (later_calls) sz = cg_spill(cg, sz);
        else if (is_x(sz)) used++;
        ops[3 + 3 * i] = v;
        ops[4 + 3 * i] = sz;
        ops[5 + 3 * i] = opnd(BC_INT, segs[i].flags);
    }
    ops[0] = X(tx);
    ops[1] = U(tx + used);
    ops[2] = opnd(BC_LIST, count * 3);
    emit_op_list(&cg->mod->em, OP_bs_build, ops, count * 3 + 3);
    free(segs);
    free(ops);
    return X(tx);
}

/* <<segments>> as a pattern against src: a bit position in x[tx], each
 * segment read into x[tx+1] and matched, then the end checked. */
static void cg_match_bin(cg_state *cg, ast *p, emit_operand src, uint32_t fail, int tx) {
    EMIT(cg, OP_is_binary, LBL(fail), src);
    EMIT(cg, OP_move, opnd(BC_INT, 0), X(tx));
    bool open_end = false;
    for (int i = 0; i < p->nkids; i++) {
        cg_segment seg;
        if (!cg_segment_parse(cg, p->kids[i], &seg)) return;
        unsigned type = seg.flags & BS_TYPE_MASK;
        ast *value = seg.value;
        if (value->kind == AST_STRING) {
            /* a literal: read that many bytes and compare */
            EMIT(cg, OP_bs_get_binary, LBL(fail), src, opnd(BC_X, tx), opnd(BC_INT, (int64_t)value->len), U(8u << BS_UNIT_SHIFT | BS_BINARY), X(tx + 1));
            EMIT(cg, OP_is_eq_exact, LBL(fail), X(tx + 1), cg_const(cg, value));
            continue;
        }
        emit_operand size = cg_segment_size(cg, &seg, tx + 1, true);
        if (type == BS_BINARY && size.tag == BC_ATOM) {
            if (i != p->nkids - 1) {
                cg_error(cg, p->kids[i], "a binary segment without a size must be the last one in a pattern");
                return;
            }
            open_end = true;
        }
        if (type == BS_UTF8) EMIT(cg, OP_bs_get_utf8, LBL(fail), src, opnd(BC_X, tx), X(tx + 1));
        else
            EMIT(cg, type == BS_INTEGER ? OP_bs_get_integer : type == BS_FLOAT ? OP_bs_get_float : OP_bs_get_binary,
                 LBL(fail), src, opnd(BC_X, tx), size, U(seg.flags), X(tx + 1));
        cg_match(cg, value, X(tx + 1), fail, tx + 2);
    }
    if (!open_end) EMIT(cg, OP_bs_test_tail, LBL(fail), src, opnd(BC_X, tx));
}

/* --- desugared forms: ranges, `in`, for, with --- */

static ast *cg_mk2(cg_state *cg, ast_kind kind, const ast *at, const char *str, ast *a, ast *b) {
    ast *n = cg_mk(cg, kind, at, str);
    if (a) ast_push(cg->arena, n, a);
    if (b) ast_push(cg->arena, n, b);
    return n;
}

/* fn args... when guard -> body end, one clause. */
static ast *cg_mk_fn(cg_state *cg, const ast *at, ast **args, int n, ast *guard, ast *body) {
    ast *fn = cg_mk(cg, AST_FN, at, NULL);
    ast *arrow = cg_mk(cg, AST_ARROW, at, NULL);
    ast *head = cg_mk(cg, AST_ARGS, at, NULL);
    for (int i = 0; i < n; i++) ast_push(cg->arena, head, args[i]);
    ast_push(cg->arena, arrow, head);
    ast_push(cg->arena, arrow, guard);
    ast_push(cg->arena, arrow, body);
    ast_push(cg->arena, fn, arrow);
    return fn;
}

static ast *cg_mk_arrow(cg_state *cg, const ast *at, ast *pattern, ast *guard, ast *body) {
    ast *arrow = cg_mk(cg, AST_ARROW, at, NULL);
    ast *head = cg_mk(cg, AST_ARGS, at, NULL);
    ast_push(cg->arena, head, pattern);
    ast_push(cg->arena, arrow, head);
    ast_push(cg->arena, arrow, guard);
    ast_push(cg->arena, arrow, body);
    return arrow;
}

/* case subject do clauses end */
static ast *cg_mk_case(cg_state *cg, const ast *at, ast *subject, ast *clauses) {
    ast *kw = cg_mk(cg, AST_LIST, at, NULL);
    ast_push(cg->arena, kw, cg_mk2(cg, AST_TUPLE, at, NULL, cg_mk(cg, AST_ATOM, at, "do"), clauses));
    return cg_mk2(cg, AST_CALL, at, "case", subject, kw);
}

static ast *cg_fresh_var(cg_state *cg, const ast *at, const char *base) {
    char buf[48];
    snprintf(buf, sizeof buf, "&%s%d", base, cg->fresh++);
    return cg_mk_var(cg, at, buf);
}

/* a..b and a..b//s: a literal Range struct when the bounds are integer
 * constants, else Range.new/2,3. */
static emit_operand cg_range(cg_state *cg, ast *n, int tx) {
    bool constant = true;
    for (int i = 0; i < n->nkids && constant; i++)
        constant = cg_is_const(n->kids[i]) &&
                   (n->kids[i]->kind == AST_INT || (n->kids[i]->kind == AST_UNOP && n->kids[i]->kids[0]->kind == AST_INT));
    if (constant) {
        int64_t v[3];
        for (int i = 0; i < n->nkids; i++) {
            emit_operand o = cg_const(cg, n->kids[i]);
            if (o.tag != BC_INT) constant = false;
            v[i] = o.value;
        }
        if (constant && !(n->nkids == 3 && v[2] == 0)) {
            int64_t step = n->nkids == 3 ? v[2] : (v[0] <= v[1] ? 1 : -1);
            ast *map = cg_mk(cg, AST_MAP, n, NULL);
            const char *keys[3] = {"first", "last", "step"};
            ast_push(cg->arena, map, cg_mk_pair(cg, n, "__struct__", cg_mk_atom(cg, n, "Elixir.Range")));
            for (int i = 0; i < 3; i++) {
                ast *num = cg_mk(cg, AST_INT, n, NULL);
                num->ival = i < 2 ? v[i] : step;
                if (num->ival < 0) {
                    num->ival = -num->ival;
                    num = cg_mk2(cg, AST_UNOP, n, "-", num, NULL);
                }
                ast_push(cg->arena, map, cg_mk_pair(cg, n, keys[i], num));
            }
            return cg_expr(cg, map, tx);
        }
    }
    return cg_expr(cg, cg_mk_remote(cg, n, "Elixir.Range", "new", n->kids, n->nkids), tx);
}

/* x in range in a guard: is_integer(x) and first <= x <= last and on the step. */
static ast *cg_in_range_guard(cg_state *cg, ast *x, ast *range) {
    ast *lo = range->kids[0], *hi = range->kids[1];
    ast *is_int = cg_mk2(cg, AST_CALL, range, "is_integer", x, NULL);
    emit_operand a = cg_is_const(lo) ? cg_const(cg, lo) : NIL_OP, b = cg_is_const(hi) ? cg_const(cg, hi) : NIL_OP;
    bool descending = a.tag == BC_INT && b.tag == BC_INT && a.value > b.value && range->nkids == 2;
    ast *ge = cg_mk2(cg, AST_OP, range, ">=", x, descending ? hi : lo);
    ast *le = cg_mk2(cg, AST_OP, range, "<=", x, descending ? lo : hi);
    ast *g = cg_mk2(cg, AST_OP, range, "and", cg_mk2(cg, AST_OP, range, "and", is_int, ge), le);
    if (range->nkids == 3) {
        /* rem(x - first, step) == 0 */
        ast *diff = cg_mk2(cg, AST_OP, range, "-", x, lo);
        ast *r = cg_mk2(cg, AST_CALL, range, "rem", diff, range->kids[2]);
        ast *zero = cg_mk(cg, AST_INT, range, NULL);
        g = cg_mk2(cg, AST_OP, range, "and", g, cg_mk2(cg, AST_OP, range, "==", r, zero));
    }
    return g;
}

/* The generators, filters and options of a `for`. */
typedef struct {
    ast **items; /* generators (OP <-) and filters, in order */
    int nitems;
    ast *into, *reduce, *body;
    bool uniq;
} cg_for_parts;

/* Builds the reduction for items[i..]: the fold over generator i whose
 * inner step is the rest, ending in `leaf` applied to the accumulator. */
static ast *cg_for_level(cg_state *cg, cg_for_parts *fp, int i, ast *acc, ast *(*leaf)(cg_state *, cg_for_parts *, ast *));
static bool cg_is_bin_generator(const ast *item);
static ast *cg_for_bin_level(cg_state *cg, cg_for_parts *fp, int i, ast *acc,
                             ast *(*leaf)(cg_state *, cg_for_parts *, ast *));

static ast *cg_for_level(cg_state *cg, cg_for_parts *fp, int i, ast *acc, ast *(*leaf)(cg_state *, cg_for_parts *, ast *)) {
    if (i == fp->nitems) return leaf(cg, fp, acc);
    ast *item = fp->items[i];
    if (cg_is_bin_generator(item)) return cg_for_bin_level(cg, fp, i, acc, leaf);
    if (!(item->kind == AST_OP && str_eq(item, "<-"))) {
        /* a filter: if truthy go on, else keep the accumulator */
        ast *kw = cg_mk(cg, AST_LIST, item, NULL);
        ast_push(cg->arena, kw, cg_mk2(cg, AST_TUPLE, item, NULL, cg_mk_atom(cg, item, "do"), cg_for_level(cg, fp, i + 1, acc, leaf)));
        ast_push(cg->arena, kw, cg_mk2(cg, AST_TUPLE, item, NULL, cg_mk_atom(cg, item, "else"), acc));
        return cg_mk2(cg, AST_CALL, item, "if", item, kw);
    }
    ast *pattern = item->kids[0], *guard = NULL;
    if (pattern->kind == AST_OP && str_eq(pattern, "when")) {
        guard = pattern->kids[1];
        pattern = pattern->kids[0];
    }
    ast *value = cg_fresh_var(cg, item, "for_item");
    ast *inner_acc = cg_fresh_var(cg, item, "for_acc");
    ast *clauses = cg_mk(cg, AST_CLAUSES, item, NULL);
    ast_push(cg->arena, clauses, cg_mk_arrow(cg, item, pattern, guard, cg_for_level(cg, fp, i + 1, inner_acc, leaf)));
    ast_push(cg->arena, clauses, cg_mk_arrow(cg, item, cg_mk_var(cg, item, "_"), NULL, inner_acc));
    ast *args[2] = {value, inner_acc};
    ast *fn = cg_mk_fn(cg, item, args, 2, NULL, cg_mk_case(cg, item, value, clauses));
    ast *rargs[3] = {item->kids[1], acc, fn};
    return cg_mk_remote(cg, item, "Elixir.Enum", "reduce", rargs, 3);
}


/* <<segments <- binary>> inside for: the generator is the last segment. */
static bool cg_is_bin_generator(const ast *item) {
    if (item->kind != AST_BIN || item->nkids == 0) return false;
    const ast *last = item->kids[item->nkids - 1];
    return last->kind == AST_OP && str_eq(last, "<-");
}

/* A binary generator as a self-passing loop:
 *   loop = fn <<segs, rest::binary>>, acc, loop -> loop.(rest, inner(acc), loop)
 *             _, acc, _ -> acc end
 *   loop.(binary, acc, loop)
 * Iteration stops at the first remainder the segments do not match. */
static ast *cg_for_bin_level(cg_state *cg, cg_for_parts *fp, int i, ast *acc,
                             ast *(*leaf)(cg_state *, cg_for_parts *, ast *)) {
    ast *item = fp->items[i];
    ast *last = item->kids[item->nkids - 1];
    ast *pattern = cg_mk(cg, AST_BIN, item, NULL);
    for (int k = 0; k + 1 < item->nkids; k++) ast_push(cg->arena, pattern, item->kids[k]);
    ast_push(cg->arena, pattern, last->kids[0]);
    ast *rest = cg_fresh_var(cg, item, "bin_rest");
    ast_push(cg->arena, pattern, cg_mk2(cg, AST_OP, item, "::", rest, cg_mk_var(cg, item, "binary")));
    ast *inner_acc = cg_fresh_var(cg, item, "bin_acc");
    ast *loop = cg_fresh_var(cg, item, "bin_loop");
    ast *step_args[3] = {rest, cg_for_level(cg, fp, i + 1, inner_acc, leaf), loop};
    ast *again = cg_mk(cg, AST_DOTCALL, item, NULL);
    ast_push(cg->arena, again, loop);
    for (int k = 0; k < 3; k++) ast_push(cg->arena, again, step_args[k]);
    ast *fn = cg_mk(cg, AST_FN, item, NULL);
    ast *a1 = cg_mk(cg, AST_ARROW, item, NULL), *h1 = cg_mk(cg, AST_ARGS, item, NULL);
    ast_push(cg->arena, h1, pattern);
    ast_push(cg->arena, h1, inner_acc);
    ast_push(cg->arena, h1, loop);
    ast_push(cg->arena, a1, h1);
    ast_push(cg->arena, a1, NULL);
    ast_push(cg->arena, a1, again);
    ast *a2 = cg_mk(cg, AST_ARROW, item, NULL), *h2 = cg_mk(cg, AST_ARGS, item, NULL);
    ast *done_acc = cg_fresh_var(cg, item, "bin_done");
    ast_push(cg->arena, h2, cg_mk_var(cg, item, "_"));
    ast_push(cg->arena, h2, done_acc);
    ast_push(cg->arena, h2, cg_mk_var(cg, item, "_"));
    ast_push(cg->arena, a2, h2);
    ast_push(cg->arena, a2, NULL);
    ast_push(cg->arena, a2, done_acc);
    ast_push(cg->arena, fn, a1);
    ast_push(cg->arena, fn, a2);
    ast *bound = cg_fresh_var(cg, item, "bin_fn");
    ast *start = cg_mk(cg, AST_DOTCALL, item, NULL);
    ast_push(cg->arena, start, bound);
    ast_push(cg->arena, start, last->kids[1]);
    ast_push(cg->arena, start, acc);
    ast_push(cg->arena, start, bound);
    ast *block = cg_mk(cg, AST_BLOCK, item, NULL);
    ast_push(cg->arena, block, cg_mk2(cg, AST_OP, item, "=", bound, fn));
    ast_push(cg->arena, block, start);
    return block;
}

/* Collecting: [body | acc]. */
static ast *cg_for_leaf_collect(cg_state *cg, cg_for_parts *fp, ast *acc) {
    ast *cons = cg_mk(cg, AST_LIST, fp->body, NULL);
    cons->flags |= AST_F_TAIL;
    ast_push(cg->arena, cons, fp->body);
    ast_push(cg->arena, cons, acc);
    return cons;
}

/* reduce: case acc do clauses end */
static ast *cg_for_leaf_reduce(cg_state *cg, cg_for_parts *fp, ast *acc) {
    return cg_mk_case(cg, fp->body, acc, fp->body);
}

static emit_operand cg_for(cg_state *cg, ast *n, int tx) {
    cg_for_parts fp = {0};
    fp.items = calloc((size_t)n->nkids + 1, sizeof *fp.items);
    if (!fp.items) return NIL_OP;
    for (int i = 0; i < n->nkids; i++) {
        ast *k = n->kids[i];
        if (k->kind == AST_LIST && i == n->nkids - 1) {
            fp.body = ast_keyword_get(k, "do");
            fp.into = ast_keyword_get(k, "into");
            fp.reduce = ast_keyword_get(k, "reduce");
            ast *uniq = ast_keyword_get(k, "uniq");
            fp.uniq = uniq && uniq->kind == AST_ATOM && str_eq(uniq, "true");
        } else {
            fp.items[fp.nitems++] = k;
        }
    }
    if (!fp.body || fp.nitems == 0 ||
        !((fp.items[0]->kind == AST_OP && str_eq(fp.items[0], "<-")) || cg_is_bin_generator(fp.items[0]))) {
        cg_error(cg, n, "for needs at least one generator (x <- enumerable) and a do block");
        free(fp.items);
        return NIL_OP;
    }
    ast *expr;
    if (fp.reduce) {
        if (fp.body->kind != AST_CLAUSES) {
            cg_error(cg, n, "for with :reduce expects acc -> expression clauses in its do block");
            free(fp.items);
            return NIL_OP;
        }
        expr = cg_for_level(cg, &fp, 0, fp.reduce, cg_for_leaf_reduce);
    } else {
        ast *empty = cg_mk(cg, AST_LIST, n, NULL);
        ast *folded = cg_for_level(cg, &fp, 0, empty, cg_for_leaf_collect);
        ast *list = cg_mk_remote(cg, n, "lists", "reverse", &folded, 1);
        if (fp.uniq) list = cg_mk_remote(cg, n, "Elixir.Enum", "uniq", &list, 1);
        if (fp.into) {
            ast *args[2] = {list, fp.into};
            list = cg_mk_remote(cg, n, "Elixir.Enum", "into", args, 2);
        }
        expr = list;
    }
    free(fp.items);
    return cg_expr(cg, expr, tx);
}

/* with p1 <- e1, x = e2, ... do body else clauses end, as nested cases. */
static ast *cg_with_level(cg_state *cg, ast *n, int i, int count, ast *body, ast *else_clauses) {
    if (i == count) return body;
    ast *item = n->kids[i];
    ast *rest = cg_with_level(cg, n, i + 1, count, body, else_clauses);
    if (!(item->kind == AST_OP && str_eq(item, "<-"))) {
        /* a plain expression or match: evaluate, then go on */
        ast *block = cg_mk(cg, AST_BLOCK, item, NULL);
        ast_push(cg->arena, block, item);
        if (rest->kind == AST_BLOCK)
            for (int k = 0; k < rest->nkids; k++) ast_push(cg->arena, block, rest->kids[k]);
        else ast_push(cg->arena, block, rest);
        return block;
    }
    ast *pattern = item->kids[0], *guard = NULL;
    if (pattern->kind == AST_OP && str_eq(pattern, "when")) {
        guard = pattern->kids[1];
        pattern = pattern->kids[0];
    }
    ast *other = cg_fresh_var(cg, item, "with_other");
    ast *fallback = other;
    if (else_clauses) fallback = cg_mk_case(cg, item, other, else_clauses);
    ast *clauses = cg_mk(cg, AST_CLAUSES, item, NULL);
    ast_push(cg->arena, clauses, cg_mk_arrow(cg, item, pattern, guard, rest));
    ast_push(cg->arena, clauses, cg_mk_arrow(cg, item, other, NULL, fallback));
    return cg_mk_case(cg, item, item->kids[1], clauses);
}

static emit_operand cg_with(cg_state *cg, ast *n, int tx, cg_mode mode) {
    int count = n->nkids;
    ast *body = NULL, *else_clauses = NULL;
    if (count > 0 && n->kids[count - 1]->kind == AST_LIST) {
        body = ast_keyword_get(n->kids[count - 1], "do");
        else_clauses = ast_keyword_get(n->kids[count - 1], "else");
        count--;
    }
    if (!body) {
        cg_error(cg, n, "missing :do option in \"with\"");
        return NIL_OP;
    }
    if (else_clauses && else_clauses->kind != AST_CLAUSES) {
        cg_error(cg, n, "expected -> clauses for :else in \"with\"");
        return NIL_OP;
    }
    if (else_clauses) {
        /* No else clause matching raises WithClauseError. */
        ast *v = cg_fresh_var(cg, n, "with_value");
        ast *tuple = cg_mk2(cg, AST_TUPLE, n, NULL, cg_mk_atom(cg, n, "with_clause"), v);
        ast *raise = cg_mk_remote(cg, n, "erlang", "error", &tuple, 1);
        ast *all = cg_mk(cg, AST_CLAUSES, else_clauses, NULL);
        for (int i = 0; i < else_clauses->nkids; i++) ast_push(cg->arena, all, else_clauses->kids[i]);
        ast_push(cg->arena, all, cg_mk_arrow(cg, n, v, NULL, raise));
        else_clauses = all;
    }
    return cg_expr_mode(cg, cg_with_level(cg, n, 0, count, body, else_clauses), tx, mode);
}


/* ------------------------------------------------------------------ */
/* Kernel's operators and inlined functions as calls and captures      */

/* The Kernel functions Elixir's compiler inlines to Erlang built-ins (its
 * elixir_rewrite table, less is_port/1 and node/1, which beamlet lacks):
 * a capture of one is the built-in, so &+/2 is &:erlang.+/2. */
static const struct {
    const char *name;
    int arity;
    const char *erl;
} cg_kernel_inlines[] = {
    {"!=", 2, "/="}, {"!==", 2, "=/="}, {"*", 2, "*"}, {"+", 1, "+"}, {"+", 2, "+"}, {"++", 2, "++"},
    {"-", 1, "-"}, {"-", 2, "-"}, {"--", 2, "--"}, {"/", 2, "/"}, {"<", 2, "<"}, {"<=", 2, "=<"},
    {"==", 2, "=="}, {"===", 2, "=:="}, {">", 2, ">"}, {">=", 2, ">="}, {"abs", 1, "abs"},
    {"apply", 2, "apply"}, {"apply", 3, "apply"}, {"binary_part", 3, "binary_part"},
    {"bit_size", 1, "bit_size"}, {"byte_size", 1, "byte_size"}, {"ceil", 1, "ceil"}, {"div", 2, "div"},
    {"exit", 1, "exit"}, {"floor", 1, "floor"}, {"function_exported?", 3, "function_exported"},
    {"hd", 1, "hd"}, {"is_atom", 1, "is_atom"}, {"is_binary", 1, "is_binary"},
    {"is_bitstring", 1, "is_bitstring"}, {"is_boolean", 1, "is_boolean"}, {"is_float", 1, "is_float"},
    {"is_function", 1, "is_function"}, {"is_function", 2, "is_function"}, {"is_integer", 1, "is_integer"},
    {"is_list", 1, "is_list"}, {"is_map", 1, "is_map"}, {"is_number", 1, "is_number"},
    {"is_pid", 1, "is_pid"}, {"is_reference", 1, "is_reference"}, {"is_tuple", 1, "is_tuple"},
    {"length", 1, "length"}, {"make_ref", 0, "make_ref"}, {"map_size", 1, "map_size"}, {"max", 2, "max"},
    {"min", 2, "min"}, {"node", 0, "node"}, {"not", 1, "not"}, {"rem", 2, "rem"}, {"round", 1, "round"},
    {"self", 0, "self"}, {"send", 2, "send"}, {"spawn", 1, "spawn"}, {"spawn", 3, "spawn"},
    {"spawn_link", 1, "spawn_link"}, {"spawn_link", 3, "spawn_link"}, {"spawn_monitor", 1, "spawn_monitor"},
    {"spawn_monitor", 3, "spawn_monitor"}, {"throw", 1, "throw"}, {"tl", 1, "tl"}, {"trunc", 1, "trunc"},
    {"tuple_size", 1, "tuple_size"},
};

static const char *cg_kernel_inline_erl(const char *name, size_t len, int arity) {
    for (size_t i = 0; i < sizeof cg_kernel_inlines / sizeof *cg_kernel_inlines; i++)
        if (cg_kernel_inlines[i].arity == arity && strlen(cg_kernel_inlines[i].name) == len &&
            memcmp(cg_kernel_inlines[i].name, name, len) == 0)
            return cg_kernel_inlines[i].erl;
    return NULL;
}

static bool cg_name_in(const char *name, size_t len, const char *const *names, size_t count) {
    for (size_t i = 0; i < count; i++)
        if (strlen(names[i]) == len && memcmp(names[i], name, len) == 0) return true;
    return false;
}

/* Kernel's operators, which a call such as Kernel.+(1, 2) stands for. */
static const char *const cg_kernel_binary_ops[] = {"+",  "-",  "*",  "/",  "==", "!=", "===", "!==",
                                                   "<",  ">",  "<=", ">=", "++", "--", "<>",  "**",
                                                   "and", "or", "&&", "||", "in", ".."};
static const char *const cg_kernel_unary_ops[] = {"+", "-", "!", "not"};

/* Kernel macros the code generator expands from a call. */
static bool cg_kernel_macro_name(const char *name, size_t len, int arity) {
    static const char *const one_or_two[] = {"raise", "is_struct", "is_exception"};
    static const char *const two[] = {"if", "unless", "match?", "is_map_key", "reraise"};
    if (arity == 2 && cg_name_in(name, len, two, sizeof two / sizeof *two)) return true;
    if (arity == 3 && len == 7 && memcmp(name, "reraise", 7) == 0) return true;
    return (arity == 1 || arity == 2) && cg_name_in(name, len, one_or_two, sizeof one_or_two / sizeof *one_or_two);
}

/* What Kernel.name(args) is written as without the module: an operator
 * node for an operator, else a call. */
static ast *cg_kernel_local_form(cg_state *cg, const ast *at, const char *name, size_t len, ast **args, int n) {
    ast_kind kind = AST_CALL;
    if (n == 2 && cg_name_in(name, len, cg_kernel_binary_ops, sizeof cg_kernel_binary_ops / sizeof *cg_kernel_binary_ops))
        kind = AST_OP;
    else if (n == 1 && cg_name_in(name, len, cg_kernel_unary_ops, sizeof cg_kernel_unary_ops / sizeof *cg_kernel_unary_ops))
        kind = AST_UNOP;
    ast *form = ast_new(cg->arena, kind, at->line, at->col);
    form->str = name;
    form->len = len;
    for (int i = 0; i < n; i++) ast_push(cg->arena, form, args[i]);
    return form;
}

/* Whether Kernel.name/arity is something beamlet compiles in place (an
 * operator, an inlined built-in or a macro) rather than a function. */
static bool cg_kernel_compiled_in_place(const char *name, size_t len, int arity) {
    if (arity == 2 && cg_name_in(name, len, cg_kernel_binary_ops, sizeof cg_kernel_binary_ops / sizeof *cg_kernel_binary_ops))
        return true;
    if (arity == 1 && cg_name_in(name, len, cg_kernel_unary_ops, sizeof cg_kernel_unary_ops / sizeof *cg_kernel_unary_ops))
        return true;
    return cg_find_inline(name, len, arity) || cg_kernel_macro_name(name, len, arity);
}

/* Kernel.f(...) in a guard: f(...), as Elixir allows. */
static ast *cg_kernel_unqualify(cg_state *cg, ast *g) {
    if (g->kind != AST_REMOTE || (g->kids[0]->kind != AST_ALIAS && g->kids[0]->kind != AST_ATOM)) return NULL;
    ast *t = g->kids[0];
    char *mod = t->kind == AST_ALIAS ? cg_alias_name(cg, t->str, t->len) : strndup(t->str, t->len);
    bool kernel = mod && strcmp(mod, "Elixir.Kernel") == 0;
    free(mod);
    return kernel ? cg_kernel_local_form(cg, g, g->str, g->len, g->kids + 1, g->nkids - 1) : NULL;
}

/* Kernel guard macros, expanded into guard-safe built-ins:
 * is_map_key/2 (argument order of Elixir), is_struct/1,2, is_exception/1,2. */
static ast *cg_kernel_macro(cg_state *cg, ast *n) {
    if (n->kind != AST_CALL) return NULL;
    int argc = n->nkids;
    if (str_eq(n, "match?") && argc == 2) {
        /* case expr do pattern -> true; _ -> false end */
        ast *pat = n->kids[0], *guard = NULL;
        if (pat->kind == AST_OP && str_eq(pat, "when")) {
            guard = pat->kids[1];
            pat = pat->kids[0];
        }
        ast *clauses = cg_mk(cg, AST_CLAUSES, n, NULL);
        ast_push(cg->arena, clauses, cg_mk_arrow(cg, n, pat, guard, cg_mk_atom(cg, n, "true")));
        ast_push(cg->arena, clauses, cg_mk_arrow(cg, n, cg_mk_var(cg, n, "_"), NULL, cg_mk_atom(cg, n, "false")));
        return cg_mk_case(cg, n, n->kids[1], clauses);
    }
    if (str_eq(n, "is_map_key") && argc == 2) {
        ast *args[2] = {n->kids[1], n->kids[0]};
        return cg_mk_remote(cg, n, "erlang", "is_map_key", args, 2);
    }
    bool is_struct = str_eq(n, "is_struct"), is_exc = str_eq(n, "is_exception");
    if ((!is_struct && !is_exc) || argc < 1 || argc > 2) return NULL;
    ast *x = n->kids[0];
    const char *key = is_struct ? "__struct__" : "__exception__";
    ast *kargs[2] = {cg_mk_atom(cg, n, key), x};
    ast *test = cg_mk2(cg, AST_OP, n, "and", cg_mk2(cg, AST_CALL, n, "is_map", x, NULL),
                       cg_mk_remote(cg, n, "erlang", "is_map_key", kargs, 2));
    ast *get = cg_mk_remote(cg, n, "erlang", "map_get", kargs, 2);
    if (is_struct) test = cg_mk2(cg, AST_OP, n, "and", test, cg_mk2(cg, AST_CALL, n, "is_atom", get, NULL));
    else test = cg_mk2(cg, AST_OP, n, "and", test, cg_mk2(cg, AST_OP, n, "===", get, cg_mk_atom(cg, n, "true")));
    if (argc == 2) {
        ast *sargs[2] = {cg_mk_atom(cg, n, "__struct__"), x};
        ast *sget = cg_mk_remote(cg, n, "erlang", "map_get", sargs, 2);
        if (is_exc) {
            test = cg_mk2(cg, AST_OP, n, "and", test, cg_mk_remote(cg, n, "erlang", "is_map_key", sargs, 2));
        }
        test = cg_mk2(cg, AST_OP, n, "and", test, cg_mk2(cg, AST_OP, n, "===", sget, n->kids[1]));
    }
    return test;
}


/* The first pinned variable of a pattern, or NULL. */
static const ast *cg_first_pin(const ast *n) {
    if (!n) return NULL;
    if (n->kind == AST_PIN && n->kids[0]->kind == AST_VAR) return n->kids[0];
    for (int i = 0; i < n->nkids; i++) {
        const ast *found = cg_first_pin(n->kids[i]);
        if (found) return found;
    }
    return NULL;
}

/* A variable pinned in every clause's pattern, or NULL. */
static const ast *cg_common_pin(const ast *clauses) {
    const ast *pin = NULL;
    for (int i = 0; i < clauses->nkids; i++) {
        const ast *here = cg_first_pin(clauses->kids[i]->kids[0]);
        if (!here || (pin && (here->len != pin->len || memcmp(here->str, pin->str, pin->len) != 0))) return NULL;
        pin = here;
    }
    return pin;
}

/* receive do clauses after t -> body end:
 *   Lloop: loop_rec Lwait, x0
 *          <clause patterns on x0; on a match: remove_message, body>
 *          loop_rec_end Lloop        (no clause matched this message)
 *   Lwait: wait Lloop | wait_timeout Lloop, t; timeout; <after body>  */
static emit_operand cg_receive(cg_state *cg, ast *n, int tx, cg_mode mode) {
    ast *clauses = cg_kw(n, "do"), *after = cg_kw(n, "after");
    if ((!clauses && !after) || (clauses && clauses->kind != AST_CLAUSES && !(clauses->kind == AST_BLOCK && clauses->nkids == 0))) {
        cg_error(cg, n, "expected -> clauses in receive");
        return NIL_OP;
    }
    if (clauses && clauses->kind != AST_CLAUSES) clauses = NULL;
    if (after && (after->kind != AST_CLAUSES || after->nkids != 1 || after->kids[0]->kids[0]->nkids != 1)) {
        cg_error(cg, n, "expected a single timeout -> expression clause in after");
        return NIL_OP;
    }
    int timeout_slot = -1;
    if (after) {
        emit_operand t = cg_expr(cg, after->kids[0]->kids[0]->kids[0], tx);
        timeout_slot = cg_new_slot(cg);
        EMIT(cg, OP_move, t, Y(timeout_slot));
    }
    uint32_t lloop = cg_label(cg), lwait = cg_label(cg), lend = cg_label(cg);
    /* Every clause pins the same variable (a reply to a fresh reference):
     * the receive can skip the messages that came before the reference. */
    const ast *pin = clauses ? cg_common_pin(clauses) : NULL;
    if (pin) {
        cg_var *v = cg_lookup(cg, pin->str, pin->len);
        if (v) EMIT(cg, OP_recv_set_mark, Y(v->slot));
    }
    cg_place(cg, lloop);
    EMIT(cg, OP_loop_rec, LBL(lwait), X(0));
    for (int i = 0; clauses && i < clauses->nkids; i++) {
        ast *cl = clauses->kids[i];
        uint32_t next = cg_label(cg);
        cg_scope sc = cg_scope_enter(cg);
        cg_match_head(cg, cl, "receive", X(0), next, 1);
        if (cl->kids[1]) cg_guard(cg, cl->kids[1], next, 1);
        EMIT0(cg, OP_remove_message);
        cg_clause_join(cg, cg_block(cg, cl->kids[2], tx, mode), tx, mode, lend);
        cg_scope_leave(cg, sc);
        cg_place(cg, next);
    }
    EMIT(cg, OP_loop_rec_end, LBL(lloop));
    cg_place(cg, lwait);
    if (!after) {
        EMIT(cg, OP_wait, LBL(lloop));
    } else {
        EMIT(cg, OP_wait_timeout, LBL(lloop), Y(timeout_slot));
        EMIT0(cg, OP_timeout);
        cg_scope sc = cg_scope_enter(cg);
        emit_operand v = cg_block(cg, after->kids[0]->kids[2], tx, mode);
        if (mode == CG_VALUE) cg_to_x(cg, v, tx);
        cg_scope_leave(cg, sc);
    }
    cg_place(cg, lend);
    return X(tx);
}

/* Forms outside the subset for good: reports them and returns true. */
static bool cg_unsupported_form(cg_state *cg, ast *n) {
    static const char *const never[] = {"defmacro", "defmacrop", "quote", "unquote", "defprotocol", "defimpl",
                                        "defdelegate", "defguard", "defguardp", "defoverridable"};
    for (size_t i = 0; i < sizeof never / sizeof *never; i++)
        if (str_eq(n, never[i])) {
            cg_error(cg, n, "%s is not supported by beamlet", never[i]);
            return true;
        }
    return false;
}

/* A call without a module.  With `kernel` it is Kernel.f(...): local
 * functions and other imports do not shadow Kernel's. */
static emit_operand cg_call_in(cg_state *cg, ast *n, int tx, cg_mode mode, bool kernel) {
    int argc = n->nkids;
    ast *expanded = cg_kernel_macro(cg, n);
    if (expanded && (kernel || !cg_find_function(cg->mod, n->str, n->len, argc)))
        return cg_expr_mode(cg, expanded, tx, mode);
    if (str_eq(n, "if")) return cg_if(cg, n, tx, mode, false);
    if (str_eq(n, "unless")) return cg_if(cg, n, tx, mode, true);
    if (str_eq(n, "case")) {
        if (argc != 2 || !cg_kw(n, "do")) {
            cg_error(cg, n, "invalid case: expected case expr do clauses end");
            return NIL_OP;
        }
        return cg_clauses(cg, n->kids[0], cg_kw(n, "do"), tx, mode, OP_case_end, "case");
    }
    if (str_eq(n, "cond")) {
        if (argc != 1 || !cg_kw(n, "do")) {
            cg_error(cg, n, "invalid cond: expected cond do clauses end");
            return NIL_OP;
        }
        return cg_clauses(cg, NULL, cg_kw(n, "do"), tx, mode, OP_cond_end, "cond");
    }
    if (str_eq(n, "try")) return cg_try(cg, n, tx, mode);
    if (str_eq(n, "for")) return cg_finish(cg, cg_for(cg, n, tx), mode);
    if (str_eq(n, "with")) return cg_with(cg, n, tx, mode);
    if (str_eq(n, "receive") && argc == 1) return cg_receive(cg, n, tx, mode);
    if (str_eq(n, "raise") && (argc == 1 || argc == 2)) return cg_raise(cg, n, tx);
    if (str_eq(n, "reraise") && (argc == 2 || argc == 3)) return cg_reraise(cg, n, tx);
    static const char *const later[] = {"defstruct", "defexception"};
    for (size_t i = 0; i < sizeof later / sizeof *later; i++)
        if (str_eq(n, later[i]) && !cg_find_function(cg->mod, n->str, n->len, argc)) {
            cg_error(cg, n, "%s is not supported yet", later[i]);
            return NIL_OP;
        }
    if (cg_unsupported_form(cg, n)) return NIL_OP;
    if (str_eq(n, "def") || str_eq(n, "defp") || str_eq(n, "defmodule")) {
        cg_error(cg, n, "cannot invoke %.*s outside module", (int)n->len, n->str);
        return NIL_OP;
    }
    cg_function *f = kernel ? NULL : cg_find_function(cg->mod, n->str, n->len, argc);
    if (f) return cg_local_call(cg, f, n->kids, argc, tx, mode);
    const cg_inline *in = cg_find_inline(n->str, n->len, argc);
    if (in) {
        switch (in->kind) {
        case INLINE_BIF: return cg_finish(cg, cg_bif(cg, in->module, in->fun, n->kids, argc, tx, 0), mode);
        case INLINE_CALL:
        case INLINE_GUARD_BIF: return cg_remote_call(cg, in->module, in->fun, strlen(in->fun), n->kids, argc, tx, mode);
        case INLINE_ELEM:
        case INLINE_PUT_ELEM: {
            emit_operand ops[3];
            int used = cg_operands(cg, n->kids, argc, tx, ops);
            /* element(i + 1, t) / setelement(i + 1, t, v) */
            emit_operand idx[2] = {ops[1], opnd(BC_INT, 1)};
            int at = tx + used;
            emit_operand i1 = cg_bif_call(cg, "erlang", "+", idx, 2, at, 0, at);
            emit_operand args[3] = {i1, ops[0], argc == 3 ? ops[2] : NIL_OP};
            return cg_finish(cg, cg_bif_call(cg, "erlang", in->fun, args, argc, tx, 0, at + 1), mode);
        }
        case INLINE_IS_NIL: {
            emit_operand v = cg_expr(cg, n->kids[0], tx);
            emit_operand args[2] = {v, cg_atom_op(cg, "nil")};
            return cg_finish(cg, cg_bif_call(cg, "erlang", "=:=", args, 2, tx, 0, tx + (is_x(v) ? 1 : 0)), mode);
        }
        }
    }
    const char *mod = kernel ? "Elixir.Kernel" : cg_resolve_import(cg, n->str, n->len, argc);
    if (mod) return cg_remote_call(cg, mod, n->str, n->len, n->kids, argc, tx, mode);
    cg_error(cg, n, "undefined function %.*s/%d (there is no such import)", (int)n->len, n->str, argc);
    return NIL_OP;
}

static emit_operand cg_call(cg_state *cg, ast *n, int tx, cg_mode mode) { return cg_call_in(cg, n, tx, mode, false); }

/* Kernel.f(args): the operator, macro or function f(args) stands for. */
static emit_operand cg_kernel_remote(cg_state *cg, ast *n, int tx, cg_mode mode) {
    ast *local = cg_kernel_local_form(cg, n, n->str, n->len, n->kids + 1, n->nkids - 1);
    if (local->kind != AST_CALL) return cg_expr_mode(cg, local, tx, mode);
    return cg_call_in(cg, local, tx, mode, true);
}

static emit_operand cg_remote(cg_state *cg, ast *n, int tx, cg_mode mode) {
    ast *target = n->kids[0];
    int argc = n->nkids - 1;
    if (target->kind == AST_ALIAS && (str_eq(target, "Code") || str_eq(target, "Module") || str_eq(target, "Macro"))) {
        cg_error(cg, n, "%.*s is not supported by beamlet (no code or module introspection)", (int)target->len, target->str);
        return NIL_OP;
    }
    if (target->kind == AST_ALIAS || target->kind == AST_ATOM ||
        (target->kind == AST_VAR && str_eq(target, "__MODULE__"))) {
        char *mod;
        if (target->kind == AST_ALIAS) mod = cg_alias_name(cg, target->str, target->len);
        else if (target->kind == AST_ATOM) mod = strndup(target->str, target->len);
        else mod = strdup(cg->mod->name);
        if (!mod) return NIL_OP;
        if (strcmp(mod, "Elixir.Kernel") == 0) {
            free(mod);
            return cg_kernel_remote(cg, n, tx, mode);
        }
        emit_operand r = cg_remote_call(cg, mod, n->str, n->len, n->kids + 1, argc, tx, mode);
        free(mod);
        return r;
    }
    return cg_apply(cg, target, n->str, n->len, n->kids + 1, argc, tx, mode);
}

static emit_operand cg_op(cg_state *cg, ast *n, int tx, cg_mode mode) {
    if (str_eq(n, "=")) return cg_match_expr(cg, n, tx, mode);
    if (str_eq(n, "|>")) {
        ast *call = cg_pipe_rewrite(cg, n);
        return call ? cg_expr_mode(cg, call, tx, mode) : NIL_OP;
    }
    if (str_eq(n, "&&") || str_eq(n, "||") || str_eq(n, "and") || str_eq(n, "or"))
        return cg_short_circuit(cg, n, tx, mode);
    if (str_eq(n, "in")) return cg_finish(cg, cg_in_list(cg, n, tx, false), mode);
    if (str_eq(n, "not in")) return cg_finish(cg, cg_in_list(cg, n, tx, true), mode);
    if (str_eq(n, "<>")) return cg_finish(cg, cg_bif(cg, "beamlet", "concat", n->kids, 2, tx, 0), mode);
    if (str_eq(n, "**")) return cg_finish(cg, cg_bif(cg, "beamlet", "pow", n->kids, 2, tx, 0), mode);
    const cg_binop *b = cg_find_binop(n);
    if (b && b->called) return cg_remote_call(cg, "erlang", b->bif, strlen(b->bif), n->kids, 2, tx, mode);
    if (b) return cg_finish(cg, cg_bif(cg, "erlang", b->bif, n->kids, 2, tx, 0), mode);
    if (str_eq(n, "..") || str_eq(n, "..//")) return cg_finish(cg, cg_range(cg, n, tx), mode);
    cg_error(cg, n, "unexpected operator %.*s in this position", (int)n->len, n->str);
    return NIL_OP;
}

static emit_operand cg_attr(cg_state *cg, ast *n, int tx) {
    for (cg_module *m = cg->mod; m; m = m->parent)
        for (int i = (m == cg->mod ? cg->attr_limit : m->nattrs); i-- > 0;)
            if (m->attrs[i].len == n->len && memcmp(m->attrs[i].name, n->str, n->len) == 0)
                return cg_expr(cg, m->attrs[i].value, tx);
    cg_warn(cg, n, "undefined module attribute @%.*s, please remove access to @%.*s or explicitly set it before access",
            (int)n->len, n->str, (int)n->len, n->str);
    return cg_atom_op(cg, "nil");
}


/* --- maps and structs --- */

/* Key/value operands of the pairs kids[from..], evaluated left to right. */
static emit_operand *cg_pair_operands(cg_state *cg, ast *n, int from, int tx, int *used, int *count) {
    int pairs = n->nkids - from;
    ast **flat = calloc((size_t)pairs * 2 + 1, sizeof *flat);
    emit_operand *ops = calloc((size_t)pairs * 2 + 8, sizeof *ops);
    if (!flat || !ops) {
        free(flat);
        free(ops);
        return NULL;
    }
    for (int i = 0; i < pairs; i++) {
        ast *pair = n->kids[from + i];
        if (pair->kind != AST_PAIR && !(pair->kind == AST_TUPLE && pair->nkids == 2)) {
            cg_error(cg, pair, "expected key => value in a map");
            continue;
        }
        flat[2 * i] = pair->kids[0];
        flat[2 * i + 1] = pair->kids[1];
    }
    *count = pairs * 2;
    if (cg->diags->errors) {
        free(flat);
        free(ops);
        return NULL;
    }
    *used = cg_operands(cg, flat, pairs * 2, tx, ops + 4);
    free(flat);
    return ops;
}

static emit_operand cg_map_literal_or_build(cg_state *cg, ast *n, int tx) {
    bool constant = true;
    for (int i = 0; i < n->nkids && constant; i++)
        constant = cg_is_const(n->kids[i]->kids[0]) && cg_is_const(n->kids[i]->kids[1]);
    if (constant && n->nkids <= CG_MAX_PARTS) {
        uint32_t index = 0;
        emit_bytes *b = emit_literal_begin(&cg->mod->em, &index);
        if (b) {
            emit_bytes_byte(b, LIT_MAP);
            emit_bytes_varint(b, (uint64_t)n->nkids);
            for (int i = 0; i < n->nkids; i++) {
                cg_encode_const(cg, b, n->kids[i]->kids[0], false);
                cg_encode_const(cg, b, n->kids[i]->kids[1], false);
            }
        }
        return opnd(BC_LIT, index);
    }
    int used = 0, count = 0;
    emit_operand *ops = cg_pair_operands(cg, n, 0, tx, &used, &count);
    if (!ops) return NIL_OP;
    ops[1] = X(tx);
    ops[2] = U(tx + used);
    ops[3] = opnd(BC_LIST, count);
    emit_op_list(&cg->mod->em, OP_make_map, ops + 1, count + 3);
    free(ops);
    return X(tx);
}

/* %{base | k => v}: base first, then the pairs. */
static emit_operand cg_map_update(cg_state *cg, ast *base_ast, ast *n, int from, int tx) {
    emit_operand base = cg_expr(cg, base_ast, tx);
    bool later_calls = false;
    for (int i = from; i < n->nkids && !later_calls; i++) later_calls = cg_may_call(cg, n->kids[i]);
    if (later_calls) base = cg_spill(cg, base);
    int at = tx + (is_x(base) ? 1 : 0);
    int used = 0, count = 0;
    emit_operand *ops = cg_pair_operands(cg, n, from, at, &used, &count);
    if (!ops) return NIL_OP;
    ops[0] = X(tx);
    ops[1] = U(at + used);
    ops[2] = base;
    ops[3] = opnd(BC_LIST, count);
    emit_op_list(&cg->mod->em, OP_update_map, ops, count + 4);
    free(ops);
    return X(tx);
}

static emit_operand cg_map(cg_state *cg, ast *n, int tx) {
    if (n->flags & AST_F_UPDATE) return cg_map_update(cg, n->kids[0], n, 1, tx);
    return cg_map_literal_or_build(cg, n, tx);
}

/* The module atom a struct name stands for. */
static emit_operand cg_struct_module(cg_state *cg, ast *n) {
    if (n->len == strlen("__MODULE__") && memcmp(n->str, "__MODULE__", n->len) == 0) {
        if (cg->mod->is_script) cg_error(cg, n, "__MODULE__ is not available outside a module");
        return opnd(BC_ATOM, 0);
    }
    char *full = cg_alias_name(cg, n->str, n->len);
    emit_operand o = opnd(BC_ATOM, full ? cg_atom(cg, full, strlen(full)) : 0);
    free(full);
    return o;
}

/* %Mod{k: v}: Mod.__struct__() updated with the given keys (an unknown key
 * is a KeyError); %Mod{s | k: v} checks that s is a Mod first. */
static emit_operand cg_struct(cg_state *cg, ast *n, int tx) {
    ast *map = n->kids[0];
    if (n->nkids > 1) {
        const ast *v = n->kids[1]->kind == AST_PIN ? n->kids[1]->kids[0] : n->kids[1];
        cg_var *var = cg_lookup(cg, v->str, v->len);
        if (var) var->used = true; /* one error is enough */
        cg_error(cg, n, "expected struct name to be a compile time atom or alias, got: %.*s", (int)v->len, v->str);
        return NIL_OP;
    }
    emit_operand mod = cg_struct_module(cg, n);
    if (map->flags & AST_F_UPDATE) {
        emit_operand base = cg_expr(cg, map->kids[0], tx);
        base = cg_spill(cg, base);
        uint32_t ok = cg_label(cg), bad = cg_label(cg);
        EMIT(cg, OP_get_map_elem, LBL(bad), base, cg_atom_op(cg, "__struct__"), X(tx));
        EMIT(cg, OP_is_eq_exact, LBL(bad), X(tx), mod);
        EMIT(cg, OP_jump, LBL(ok));
        cg_place(cg, bad);
        EMIT(cg, OP_make_tuple, X(0), U(0), opnd(BC_LIST, 3), cg_atom_op(cg, "badstruct"), mod, base);
        EMIT(cg, OP_call_ext, U(1), opnd(BC_IMPORT, emit_import(&cg->mod->em, "erlang", "error", 1)));
        cg_place(cg, ok);
        ast *var = ast_new(cg->arena, AST_VAR, n->line, n->col);
        char buf[32];
        int slot = (int)base.value;
        snprintf(buf, sizeof buf, "&struct%d", slot);
        var->str = ast_strdup(cg->arena, buf, strlen(buf));
        var->len = strlen(buf);
        int bound = cg_bind(cg, var->str, var->len, NULL);
        cg->vars[cg->nvars - 1].used = true;
        EMIT(cg, OP_move, base, Y(bound));
        return cg_map_update(cg, var, map, 1, tx);
    }
    ast *call = ast_new(cg->arena, AST_REMOTE, n->line, n->col);
    ast *target = ast_new(cg->arena, AST_ATOM, n->line, n->col);
    const char *modname = cg->mod->em.atoms[mod.value];
    target->str = modname;
    target->len = strlen(modname);
    ast_push(cg->arena, call, target);
    call->str = "__struct__";
    call->len = strlen("__struct__");
    if (map->nkids == 0) return cg_expr(cg, call, tx);
    return cg_map_update(cg, call, map, 0, tx);
}

/* expr.name: a map field (KeyError when missing), else a zero-arity call. */
static emit_operand cg_field(cg_state *cg, ast *n, int tx) {
    emit_operand v = cg_spill(cg, cg_expr(cg, n->kids[0], tx));
    emit_operand key = cg_atom_literal(cg, n->str, n->len);
    uint32_t not_map = cg_label(cg), missing = cg_label(cg), end = cg_label(cg);
    EMIT(cg, OP_is_map, LBL(not_map), v);
    EMIT(cg, OP_get_map_elem, LBL(missing), v, key, X(tx));
    EMIT(cg, OP_jump, LBL(end));
    cg_place(cg, missing);
    EMIT(cg, OP_make_tuple, X(0), U(0), opnd(BC_LIST, 3), cg_atom_op(cg, "badkey"), key, v);
    EMIT(cg, OP_call_ext, U(1), opnd(BC_IMPORT, emit_import(&cg->mod->em, "erlang", "error", 1)));
    cg_place(cg, not_map);
    EMIT(cg, OP_move, v, X(0));
    EMIT(cg, OP_move, key, X(1));
    EMIT(cg, OP_apply, U(0));
    cg_to_x(cg, X(0), tx);
    cg_place(cg, end);
    return X(tx);
}

static emit_operand cg_expr_mode(cg_state *cg, ast *n, int tx, cg_mode mode) {
    if (tx + 8 >= MAX_X_REGS) {
        cg_error(cg, n, "expression too deeply nested");
        return NIL_OP;
    }
    cg_line(cg, n);
    switch (n->kind) {
    case AST_INT: case AST_FLOAT: case AST_ATOM: case AST_STRING: case AST_CHARLIST: case AST_ALIAS:
        return cg_finish(cg, cg_const(cg, n), mode);
    case AST_INTERP: return cg_finish(cg, cg_interp(cg, n, tx), mode);
    case AST_VAR: return cg_finish(cg, cg_var_ref(cg, n), mode);
    case AST_TUPLE:
        if (cg_is_const(n)) return cg_finish(cg, cg_const(cg, n), mode);
        return cg_finish(cg, cg_make_tuple(cg, n->kids, n->nkids, tx), mode);
    case AST_LIST: return cg_finish(cg, cg_list(cg, n, tx), mode);
    case AST_OP: return cg_op(cg, n, tx, mode);
    case AST_UNOP:
        if (cg_is_const(n)) return cg_finish(cg, cg_const(cg, n), mode);
        if (str_eq(n, "!")) return cg_finish(cg, cg_not_truthy(cg, n, tx), mode);
        if (str_eq(n, "not")) return cg_finish(cg, cg_bif(cg, "erlang", "not", n->kids, 1, tx, 0), mode);
        return cg_finish(cg, cg_bif(cg, "erlang", str_eq(n, "-") ? "-" : "+", n->kids, 1, tx, 0), mode);
    case AST_CALL: return cg_call(cg, n, tx, mode);
    case AST_REMOTE: return cg_remote(cg, n, tx, mode);
    case AST_DOT:
        if (n->kids[0]->kind == AST_ALIAS || n->kids[0]->kind == AST_ATOM) {
            ast call = *n;
            call.kind = AST_REMOTE;
            call.kids = n->kids;
            call.nkids = 1;
            return cg_remote(cg, &call, tx, mode);
        }
        return cg_finish(cg, cg_field(cg, n, tx), mode);
    case AST_DOTCALL: return cg_fun_call(cg, n->kids[0], n->kids + 1, n->nkids - 1, tx, mode);
    case AST_FN: return cg_finish(cg, cg_fn(cg, n, tx), mode);
    case AST_CAPTURE: return cg_finish(cg, cg_capture(cg, n, tx), mode);
    case AST_BLOCK: return cg_block(cg, n, tx, mode);
    case AST_ATTR:
        if (n->nkids) {
            cg_error(cg, n, "module attributes can only be set inside a module body");
            return NIL_OP;
        }
        return cg_finish(cg, cg_attr(cg, n, tx), mode);
    case AST_PIN:
        cg_error(cg, n, "misplaced operator ^%.*s: the pin operator is only allowed inside patterns",
                 (int)n->kids[0]->len, n->kids[0]->str);
        return NIL_OP;
    case AST_CAPTURE_ARG:
        cg_error(cg, n, "capture argument &%lld must be used within the capture operator &", (long long)n->ival);
        return NIL_OP;
    case AST_MAP: return cg_finish(cg, cg_map(cg, n, tx), mode);
    case AST_STRUCT: return cg_finish(cg, cg_struct(cg, n, tx), mode);
    case AST_PAIR:
        cg_error(cg, n, "unexpected => outside a map");
        return NIL_OP;
    case AST_BIN: return cg_finish(cg, cg_bin(cg, n, tx), mode);
    case AST_ACCESS:
        return cg_remote_call(cg, "Elixir.Access", "get", 3, n->kids, 2, tx, mode);
    default:
        cg_error(cg, n, "unexpected %s in expression", ast_kind_name(n->kind));
        return NIL_OP;
    }
}

static emit_operand cg_expr(cg_state *cg, ast *n, int tx) { return cg_expr_mode(cg, n, tx, CG_VALUE); }

static emit_operand cg_block(cg_state *cg, ast *n, int tx, cg_mode mode) {
    if (!n) return cg_finish(cg, cg_atom_op(cg, "nil"), mode);
    if (n->kind != AST_BLOCK) return cg_expr_mode(cg, n, tx, mode);
    if (n->nkids == 0) return cg_finish(cg, cg_atom_op(cg, "nil"), mode);
    for (int i = 0; i + 1 < n->nkids; i++) {
        int saved_y = cg->next_y, saved_vars = cg->nvars;
        cg_expr(cg, n->kids[i], tx);
        /* Temporaries of a finished statement are dead; bindings are not. */
        if (cg->nvars == saved_vars) cg->next_y = saved_y;
    }
    return cg_expr_mode(cg, n->kids[n->nkids - 1], tx, mode);
}

/* ------------------------------------------------------------------ */
/* Patterns                                                            */

static bool cg_is_new_var(cg_state *cg, const ast *p) {
    return p->kind == AST_VAR && !str_eq(p, "_") && !str_eq(p, "__MODULE__") &&
           !(cg_lookup(cg, p->str, p->len) && cg_lookup(cg, p->str, p->len) - cg->vars >= cg->pattern_base);
}

static void cg_match_var(cg_state *cg, ast *p, emit_operand src, uint32_t fail) {
    if (str_eq(p, "_")) return;
    cg_var *v = cg_lookup(cg, p->str, p->len);
    if (v && v - cg->vars >= cg->pattern_base) {
        /* The same variable twice in one pattern: the values must match. */
        v->used = true;
        EMIT(cg, OP_is_eq_exact, LBL(fail), src, Y(v->slot));
        return;
    }
    int slot = cg_bind(cg, p->str, p->len, p);
    EMIT(cg, OP_move, src, Y(slot));
}


/* %{k => pattern} and %Mod{k: pattern}: every key must be present; keys are
 * constants or pinned variables. */
static void cg_match_map(cg_state *cg, ast *p, emit_operand src, uint32_t fail, int tx) {
    ast *map = p->kind == AST_STRUCT ? p->kids[0] : p;
    if (map->flags & AST_F_UPDATE) {
        cg_error(cg, p, "cannot use map update syntax in a pattern");
        return;
    }
    EMIT(cg, OP_is_map, LBL(fail), src);
    if (p->kind == AST_STRUCT) {
        EMIT(cg, OP_get_map_elem, LBL(fail), src, cg_atom_op(cg, "__struct__"), X(tx));
        if (p->nkids > 1) { /* %mod{}: any struct, its module matched against mod */
            EMIT(cg, OP_is_atom, LBL(fail), X(tx));
            cg_match(cg, p->kids[1], X(tx), fail, tx + 1);
        } else {
            EMIT(cg, OP_is_eq_exact, LBL(fail), X(tx), cg_struct_module(cg, p));
        }
    }
    for (int i = 0; i < map->nkids; i++) {
        ast *pair = map->kids[i];
        ast *k = pair->kids[0];
        emit_operand key;
        if (cg_is_const(k)) key = cg_const(cg, k);
        else if (k->kind == AST_PIN && k->kids[0]->kind == AST_VAR) {
            cg_var *v = cg_lookup(cg, k->kids[0]->str, k->kids[0]->len);
            if (!v) {
                cg_error(cg, k, "undefined variable ^%.*s", (int)k->kids[0]->len, k->kids[0]->str);
                return;
            }
            v->used = true;
            key = Y(v->slot);
        } else {
            cg_error(cg, k, "cannot use variable as a map key inside a pattern (pin it with ^ or use a literal)");
            return;
        }
        ast *vp = pair->kids[1];
        if (cg_is_new_var(cg, vp)) {
            int slot = cg_bind(cg, vp->str, vp->len, vp);
            EMIT(cg, OP_get_map_elem, LBL(fail), src, key, Y(slot));
            continue;
        }
        EMIT(cg, OP_get_map_elem, LBL(fail), src, key, X(tx));
        cg_match(cg, vp, X(tx), fail, tx + 1);
    }
}

static void cg_match(cg_state *cg, ast *p, emit_operand src, uint32_t fail, int tx) {
    if (tx + 4 >= MAX_X_REGS) {
        cg_error(cg, p, "pattern too deeply nested");
        return;
    }
    switch (p->kind) {
    case AST_VAR:
        if (str_eq(p, "__MODULE__")) {
            EMIT(cg, OP_is_eq_exact, LBL(fail), src, opnd(BC_ATOM, 0));
            return;
        }
        return cg_match_var(cg, p, src, fail);
    case AST_INT: case AST_FLOAT: case AST_ATOM: case AST_STRING: case AST_CHARLIST: case AST_ALIAS:
    case AST_UNOP:
        if (!cg_is_const(p)) break;
        EMIT(cg, OP_is_eq_exact, LBL(fail), src, cg_const(cg, p));
        return;
    case AST_PIN: {
        ast *v = p->kids[0];
        cg_var *var = v->kind == AST_VAR ? cg_lookup(cg, v->str, v->len) : NULL;
        if (!var) {
            cg_error(cg, p, "undefined variable ^%.*s", (int)v->len, v->str);
            return;
        }
        var->used = true;
        EMIT(cg, OP_is_eq_exact, LBL(fail), src, Y(var->slot));
        return;
    }
    case AST_TUPLE: {
        EMIT(cg, OP_test_arity, LBL(fail), src, U(p->nkids)); /* which tests is_tuple too */
        for (int i = 0; i < p->nkids; i++) {
            ast *e = p->kids[i];
            if (e->kind == AST_VAR && str_eq(e, "_")) continue;
            if (cg_is_new_var(cg, e)) {
                int slot = cg_bind(cg, e->str, e->len, e);
                EMIT(cg, OP_get_tuple_element, src, U(i), Y(slot));
                continue;
            }
            EMIT(cg, OP_get_tuple_element, src, U(i), X(tx));
            cg_match(cg, e, X(tx), fail, tx + 1);
        }
        return;
    }
    case AST_LIST: {
        bool tail = p->flags & AST_F_TAIL;
        int items = p->nkids - (tail ? 1 : 0);
        emit_operand cur = src;
        for (int i = 0; i < items; i++) {
            EMIT(cg, OP_is_nonempty_list, LBL(fail), cur);
            EMIT(cg, OP_get_list, cur, X(tx), X(tx + 1));
            cg_match(cg, p->kids[i], X(tx), fail, tx + 2);
            /* The rest of the list moves down to x[tx] for the next round. */
            EMIT(cg, OP_move, X(tx + 1), X(tx));
            cur = X(tx);
        }
        if (tail) cg_match(cg, p->kids[p->nkids - 1], cur, fail, tx + 1);
        else EMIT(cg, OP_is_nil, LBL(fail), cur);
        return;
    }
    case AST_OP:
        if (str_eq(p, "=")) {
            cg_match(cg, p->kids[0], src, fail, tx);
            cg_match(cg, p->kids[1], src, fail, tx);
            return;
        }
        if (str_eq(p, "..") || str_eq(p, "..//")) {
            /* first..last (//step): a Range struct pattern */
            EMIT(cg, OP_is_map, LBL(fail), src);
            EMIT(cg, OP_get_map_elem, LBL(fail), src, cg_atom_op(cg, "__struct__"), X(tx));
            EMIT(cg, OP_is_eq_exact, LBL(fail), X(tx), cg_atom_op(cg, "Elixir.Range"));
            static const char *const keys[3] = {"first", "last", "step"};
            for (int i = 0; i < p->nkids && i < 3; i++) {
                EMIT(cg, OP_get_map_elem, LBL(fail), src, cg_atom_op(cg, keys[i]), X(tx));
                cg_match(cg, p->kids[i], X(tx), fail, tx + 1);
            }
            return;
        }
        if (str_eq(p, "<>")) {
            /* "literal" <> rest: strip a known prefix, then match the rest. */
            if (p->kids[0]->kind != AST_STRING) {
                cg_error(cg, p, "the left side of <> in a pattern must be a literal string");
                return;
            }
            emit_operand args[2] = {src, cg_const(cg, p->kids[0])};
            emit_operand rest = cg_bif_call(cg, "beamlet", "match_prefix", args, 2, tx, fail, tx);
            cg_match(cg, p->kids[1], rest, fail, tx + 1);
            return;
        }
        break;
    case AST_MAP: case AST_STRUCT: return cg_match_map(cg, p, src, fail, tx);
    case AST_BIN: return cg_match_bin(cg, p, src, fail, tx);
    default: break;
    }
    if (p->kind == AST_CALL || p->kind == AST_REMOTE)
        cg_error(cg, p, "cannot invoke remote function %.*s inside a match", (int)p->len, p->str);
    else
        cg_error(cg, p, "invalid pattern in match: %s", ast_kind_name(p->kind));
}

/* ------------------------------------------------------------------ */
/* Guards                                                              */

static emit_operand cg_guard_value(cg_state *cg, ast *g, uint32_t fail, int tx);

/* :erlang functions allowed in guards when called by their full name. */
static bool cg_guard_remote(const ast *g) {
    static const char *const ok[] = {"is_map_key", "map_get", "element", "tuple_size", "map_size", "length",
                                     "hd", "tl", "abs", "is_integer", "is_atom", "is_map", "byte_size",
                                     "is_binary", "is_list", "is_tuple", "float", "round", "trunc"};
    if (g->kind != AST_REMOTE || g->kids[0]->kind != AST_ATOM || !str_eq(g->kids[0], "erlang")) return false;
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
        if (str_eq(g, ok[i])) return true;
    return false;
}

static bool cg_guard_check(cg_state *cg, ast *g) {
    if (cg_guard_remote(g)) return true;
    switch (g->kind) {
    case AST_CALL: {
        const cg_inline *in = cg_find_inline(g->str, g->len, g->nkids);
        if (!in || in->kind == INLINE_CALL) {
            cg_error(cg, g, "cannot invoke %.*s/%d inside guards", (int)g->len, g->str, g->nkids);
            return false;
        }
        return true;
    }
    case AST_REMOTE: case AST_DOTCALL: case AST_FN: case AST_DOT:
        cg_error(cg, g, "invalid expression in guard");
        return false;
    default: return true;
    }
}

static emit_operand cg_guard_operands(cg_state *cg, ast **args, int n, uint32_t fail, int tx, emit_operand *out) {
    int used = 0;
    for (int i = 0; i < n; i++) {
        out[i] = cg_guard_value(cg, args[i], fail, tx + used);
        if (is_x(out[i])) used++;
    }
    return U(used);
}

/* A guard sub-expression as a value; a raising BIF fails the guard. */
static emit_operand cg_guard_value(cg_state *cg, ast *g, uint32_t fail, int tx) {
    ast *local = cg_kernel_unqualify(cg, g);
    if (local) return cg_guard_value(cg, local, fail, tx);
    ast *expanded = cg_kernel_macro(cg, g);
    if (expanded) return cg_guard_value(cg, expanded, fail, tx);
    if (g->kind == AST_DOT && g->nkids == 1 && g->kids[0]->kind != AST_ALIAS) {
        /* map.field in a guard: :erlang.map_get(:field, map) */
        ast *args[2] = {cg_mk_atom(cg, g, ast_strdup(cg->arena, g->str, g->len)), g->kids[0]};
        return cg_guard_value(cg, cg_mk_remote(cg, g, "erlang", "map_get", args, 2), fail, tx);
    }
    if (cg_guard_remote(g)) {
        emit_operand ops[8];
        int used = (int)cg_guard_operands(cg, g->kids + 1, g->nkids - 1, fail, tx, ops).value;
        char fun[64];
        snprintf(fun, sizeof fun, "%.*s", (int)g->len, g->str);
        return cg_bif_call(cg, "erlang", ast_strdup(cg->arena, fun, strlen(fun)), ops, g->nkids - 1, tx, fail, tx + used);
    }
    if (!cg_guard_check(cg, g)) return NIL_OP;
    if (g->kind == AST_VAR || cg_is_const(g) || g->kind == AST_ATTR) return cg_expr(cg, g, tx);
    emit_operand ops[8];
    if (g->kind == AST_OP) {
        const cg_binop *b = cg_find_binop(g);
        const char *fun = b ? b->bif : str_eq(g, "and") ? "and" : str_eq(g, "or") ? "or" : NULL;
        if (str_eq(g, "<>")) {
            int used = (int)cg_guard_operands(cg, g->kids, 2, fail, tx, ops).value;
            return cg_bif_call(cg, "beamlet", "concat", ops, 2, tx, fail, tx + used);
        }
        if (fun) {
            int used = (int)cg_guard_operands(cg, g->kids, 2, fail, tx, ops).value;
            return cg_bif_call(cg, "erlang", fun, ops, 2, tx, fail, tx + used);
        }
    }
    if (g->kind == AST_UNOP) {
        const char *fun = str_eq(g, "not") || str_eq(g, "!") ? "not" : str_eq(g, "-") ? "-" : "+";
        int used = (int)cg_guard_operands(cg, g->kids, 1, fail, tx, ops).value;
        return cg_bif_call(cg, "erlang", fun, ops, 1, tx, fail, tx + used);
    }
    if (g->kind == AST_CALL && g->nkids <= 3) {
        const cg_inline *in = cg_find_inline(g->str, g->len, g->nkids);
        int used = (int)cg_guard_operands(cg, g->kids, g->nkids, fail, tx, ops).value;
        if (in->kind == INLINE_IS_NIL) {
            emit_operand a[2] = {ops[0], cg_atom_op(cg, "nil")};
            return cg_bif_call(cg, "erlang", "=:=", a, 2, tx, fail, tx + used);
        }
        if (in->kind == INLINE_ELEM || in->kind == INLINE_PUT_ELEM) {
            emit_operand idx[2] = {ops[1], opnd(BC_INT, 1)};
            emit_operand i1 = cg_bif_call(cg, "erlang", "+", idx, 2, tx + used, fail, tx + used);
            emit_operand a[3] = {i1, ops[0], g->nkids == 3 ? ops[2] : NIL_OP};
            return cg_bif_call(cg, "erlang", in->fun, a, g->nkids, tx, fail, tx + used + 1);
        }
        return cg_bif_call(cg, in->module, in->fun, ops, g->nkids, tx, fail, tx + used);
    }
    if (g->kind == AST_TUPLE || g->kind == AST_LIST) return cg_expr(cg, g, tx);
    cg_error(cg, g, "invalid expression in guard");
    return NIL_OP;
}

static void cg_guard(cg_state *cg, ast *g, uint32_t fail, int tx) {
    ast *local = cg_kernel_unqualify(cg, g);
    if (local) return cg_guard(cg, local, fail, tx);
    ast *expanded = cg_kernel_macro(cg, g);
    if (expanded) return cg_guard(cg, expanded, fail, tx);
    if (g->kind == AST_OP && (str_eq(g, "and") || str_eq(g, "&&"))) {
        cg_guard(cg, g->kids[0], fail, tx);
        cg_guard(cg, g->kids[1], fail, tx);
        return;
    }
    if (g->kind == AST_OP && (str_eq(g, "or") || str_eq(g, "||"))) {
        uint32_t next = cg_label(cg), ok = cg_label(cg);
        cg_guard(cg, g->kids[0], next, tx);
        EMIT(cg, OP_jump, LBL(ok));
        cg_place(cg, next);
        cg_guard(cg, g->kids[1], fail, tx);
        cg_place(cg, ok);
        return;
    }
    if (g->kind == AST_OP && str_eq(g, "when")) { /* f(x) when a when b: either */
        uint32_t next = cg_label(cg), ok = cg_label(cg);
        cg_guard(cg, g->kids[0], next, tx);
        EMIT(cg, OP_jump, LBL(ok));
        cg_place(cg, next);
        cg_guard(cg, g->kids[1], fail, tx);
        cg_place(cg, ok);
        return;
    }
    if (g->kind == AST_UNOP && (str_eq(g, "not") || str_eq(g, "!"))) {
        uint32_t inner_fail = cg_label(cg);
        cg_guard(cg, g->kids[0], inner_fail, tx);
        EMIT(cg, OP_jump, LBL(fail));
        cg_place(cg, inner_fail);
        return;
    }
    if (g->kind == AST_OP && (str_eq(g, "in") || str_eq(g, "not in")) && g->kids[1]->kind == AST_OP &&
        (str_eq(g->kids[1], "..") || str_eq(g->kids[1], "..//"))) {
        ast *test = cg_in_range_guard(cg, g->kids[0], g->kids[1]);
        if (str_eq(g, "not in")) test = cg_mk2(cg, AST_UNOP, g, "not", test, NULL);
        cg_guard(cg, test, fail, tx);
        return;
    }
    if (g->kind == AST_OP && (str_eq(g, "in") || str_eq(g, "not in"))) {
        ast *list = g->kids[1];
        if (list->kind != AST_LIST || (list->flags & AST_F_TAIL)) {
            cg_error(cg, g, "the right side of \"in\" in a guard must be a literal list");
            return;
        }
        emit_operand v = cg_guard_value(cg, g->kids[0], fail, tx);
        int at = tx + (is_x(v) ? 1 : 0);
        bool negate = str_eq(g, "not in");
        uint32_t ok = cg_label(cg);
        for (int i = 0; i < list->nkids; i++) {
            emit_operand e = cg_guard_value(cg, list->kids[i], fail, at);
            uint32_t no = cg_label(cg);
            EMIT(cg, OP_is_eq_exact, LBL(no), v, e);
            EMIT(cg, OP_jump, LBL(negate ? fail : ok));
            cg_place(cg, no);
        }
        if (!negate) EMIT(cg, OP_jump, LBL(fail));
        cg_place(cg, ok);
        return;
    }
    if (g->kind == AST_OP) {
        const cg_binop *b = cg_find_binop(g);
        if (b && b->test) {
            emit_operand ops[2];
            cg_guard_operands(cg, g->kids, 2, fail, tx, ops);
            if (b->swap) EMIT(cg, b->test, LBL(fail), ops[1], ops[0]);
            else EMIT(cg, b->test, LBL(fail), ops[0], ops[1]);
            return;
        }
    }
    if (g->kind == AST_CALL && g->nkids == 1) {
        const cg_inline *in = cg_find_inline(g->str, g->len, 1);
        if (in && in->test) {
            emit_operand v = cg_guard_value(cg, g->kids[0], fail, tx);
            EMIT(cg, in->test, LBL(fail), v);
            return;
        }
    }
    emit_operand v = cg_guard_value(cg, g, fail, tx);
    EMIT(cg, OP_is_eq_exact, LBL(fail), v, cg_atom_op(cg, "true"));
}

/* ------------------------------------------------------------------ */
/* Functions and closures                                              */

/* Compiles a list of clauses (AST_ARROW-like triples) matching x0..arity-1.
 * Used for named functions (heads from def) and for fn bodies. */
typedef struct {
    ast **patterns;
    int npatterns;
    ast *guard;
    ast *body;
    ast *at;
    int attr_limit; /* module attributes defined before this clause */
} cg_clause;

static void cg_function_body(cg_state *cg, cg_clause *clauses, int n, int arity, uint32_t error_label) {
    for (int i = 0; i < n; i++) {
        cg_clause *c = &clauses[i];
        uint32_t next = cg_label(cg);
        cg_scope sc = cg_scope_enter(cg);
        cg->pattern_base = cg->nvars;
        cg->attr_limit = c->attr_limit;
        cg_line(cg, c->at);
        for (int k = 0; k < c->npatterns && k < arity; k++) cg_match(cg, c->patterns[k], X(k), next, arity);
        cg->pattern_base = 0;
        if (c->guard) cg_guard(cg, c->guard, next, arity);
        cg_block(cg, c->body, 0, CG_TAIL);
        cg_scope_leave(cg, sc);
        cg_place(cg, next);
    }
    /* No clause matched: raise function_clause at the function head, which
     * the interpreter does when control reaches func_info. */
    EMIT(cg, OP_jump, LBL(error_label));
}

/* Starts a function: func_info, entry label, frame. */
static uint32_t cg_function_begin(cg_state *cg, const char *name, size_t len, int arity, uint32_t entry,
                                  uint32_t *error_label, int line) {
    *error_label = cg_label(cg);
    cg_place(cg, *error_label);
    /* The head's line: where FunctionClauseError points. */
    if (line > 0) EMIT(cg, OP_line, U(line));
    EMIT(cg, OP_func_info, opnd(BC_ATOM, 0), cg_atom_literal(cg, name, len), U(arity));
    cg_place(cg, entry);
    uint32_t frame = emit_function_frame(&cg->mod->em);
    EMIT(cg, OP_allocate, FRAME(), U(arity));
    cg->next_y = cg->max_y = 0;
    cg->nvars = 0;
    cg->last_line = -1;
    cg->stacktrace_slot = -1;
    return frame;
}

static void cg_function_end(cg_state *cg, uint32_t frame) {
    emit_set_frame(&cg->mod->em, frame, (uint32_t)cg->max_y);
    if (cg->max_y >= MAX_Y_REGS) cg_error(cg, NULL, "function needs too many variables (limit %d)", MAX_Y_REGS);
}

/* Variables an fn body refers to that are bound outside it. */
static void cg_collect_free(cg_state *cg, const ast *n, const char ***names, size_t **lens, int *count, int *cap) {
    if (!n) return;
    if (n->kind == AST_VAR && cg_lookup(cg, n->str, n->len)) {
        for (int i = 0; i < *count; i++)
            if ((*lens)[i] == n->len && memcmp((*names)[i], n->str, n->len) == 0) return;
        if (*count == *cap) {
            *cap = *cap ? *cap * 2 : 8;
            *names = realloc(*names, (size_t)*cap * sizeof **names);
            *lens = realloc(*lens, (size_t)*cap * sizeof **lens);
            if (!*names || !*lens) return;
        }
        (*names)[*count] = n->str;
        (*lens)[*count] = n->len;
        (*count)++;
        return;
    }
    for (int i = 0; i < n->nkids; i++) cg_collect_free(cg, n->kids[i], names, lens, count, cap);
}

typedef struct cg_pending_fn {
    ast *fn;
    uint32_t label, lambda;
    const char **free_names;
    size_t *free_lens;
    int nfree, arity;
    const char *parent_name;
    size_t parent_len;
    int parent_arity;
    int attr_limit;
} cg_pending_fn_t;

static emit_operand cg_fn(cg_state *cg, ast *n, int tx) {
    if (n->nkids == 0) {
        cg_error(cg, n, "expected clauses in fn");
        return NIL_OP;
    }
    int arity = n->kids[0]->kids[0]->nkids;
    for (int i = 1; i < n->nkids; i++)
        if (n->kids[i]->kids[0]->nkids != arity) {
            cg_error(cg, n->kids[i], "cannot mix clauses with different arities in anonymous functions");
            return NIL_OP;
        }
    if (!cg_arity_ok(cg, n, arity)) return NIL_OP;
    cg_module *m = cg->mod;
    if (m->npending == m->pending_cap) {
        int cap = m->pending_cap ? m->pending_cap * 2 : 8;
        struct cg_pending_fn *p = realloc(m->pending, (size_t)cap * sizeof *p);
        if (!p) return NIL_OP;
        m->pending = p;
        m->pending_cap = cap;
    }
    struct cg_pending_fn *pf = &m->pending[m->npending];
    memset(pf, 0, sizeof *pf);
    int cap = 0;
    cg_collect_free(cg, n, &pf->free_names, &pf->free_lens, &pf->nfree, &cap);
    /* the body runs with the captured values as extra arguments */
    if (arity + pf->nfree > MAX_ARITY)
        cg_error(cg, n, "too many arguments and captured variables in fn: %d (at most %d)", arity + pf->nfree,
                 MAX_ARITY);
    pf->fn = n;
    pf->arity = arity;
    pf->label = cg_label(cg);
    pf->parent_name = cg->fun_name;
    pf->parent_len = cg->fun_len;
    pf->parent_arity = cg->fun_arity;
    pf->attr_limit = cg->attr_limit;
    pf->lambda = emit_lambda(&m->em, cg_atom(cg, cg->fun_name, cg->fun_len), (uint32_t)cg->fun_arity,
                             (uint32_t)arity, (uint32_t)pf->nfree, pf->label);
    m->npending++;
    int nfree = pf->nfree;
    emit_operand *ops = calloc((size_t)nfree + 4, sizeof *ops);
    if (!ops) return NIL_OP;
    ops[0] = X(tx);
    ops[1] = opnd(BC_LAMBDA, pf->lambda);
    ops[2] = U(tx);
    ops[3] = opnd(BC_LIST, nfree);
    for (int i = 0; i < nfree; i++) {
        cg_var *v = cg_lookup(cg, m->pending[m->npending - 1].free_names[i], m->pending[m->npending - 1].free_lens[i]);
        v->used = true;
        ops[4 + i] = Y(v->slot);
    }
    emit_op_list(&m->em, OP_make_fun, ops, nfree + 4);
    free(ops);
    return X(tx);
}

static void cg_emit_pending_fn(cg_state *cg, int index) {
    struct cg_pending_fn pf = cg->mod->pending[index];
    char name[300];
    snprintf(name, sizeof name, "-%.*s/%d-fun-%d-", (int)pf.parent_len, pf.parent_name, pf.parent_arity, index);
    uint32_t error_label;
    cg->fun_name = pf.parent_name;
    cg->fun_len = pf.parent_len;
    cg->fun_arity = pf.parent_arity;
    uint32_t frame = cg_function_begin(cg, name, strlen(name), pf.arity + pf.nfree, pf.label, &error_label, pf.fn->line);
    for (int i = 0; i < pf.nfree; i++) {
        int slot = cg_bind(cg, pf.free_names[i], pf.free_lens[i], NULL);
        cg->vars[cg->nvars - 1].used = true;
        EMIT(cg, OP_move, X(pf.arity + i), Y(slot));
    }
    int n = pf.fn->nkids;
    cg_clause *clauses = calloc((size_t)n, sizeof *clauses);
    if (!clauses) return;
    for (int i = 0; i < n; i++) {
        ast *arrow = pf.fn->kids[i];
        clauses[i] = (cg_clause){arrow->kids[0]->kids, arrow->kids[0]->nkids, arrow->kids[1], arrow->kids[2], arrow,
                                 pf.attr_limit};
    }
    cg_function_body(cg, clauses, n, pf.arity, error_label);
    free(clauses);
    cg_function_end(cg, frame);
    free(pf.free_names);
    free(pf.free_lens);
}

/* The :erlang function a binary operator capture (&&&&/2) stands for, or
 * NULL.  Kernel's own operators (and/or, unary -, +, not) never get here:
 * cg_capture compiles them as Kernel does. */
static const char *cg_operator_bif(const ast *head, int arity) {
    const cg_binop *b = arity == 2 ? cg_find_binop(head) : NULL;
    return b ? b->bif : NULL;
}

/* Marks which of &1..&MAX_ARITY a capture uses; false if one is past that. */
static bool cg_capture_used(const ast *n, bool *used, int64_t *beyond) {
    if (!n) return true;
    if (n->kind == AST_CAPTURE_ARG) {
        if (n->ival < 1 || n->ival > MAX_ARITY) {
            *beyond = n->ival;
            return false;
        }
        used[n->ival] = true;
        return true;
    }
    if (n->kind == AST_CAPTURE || n->kind == AST_FN) return true;
    for (int i = 0; i < n->nkids; i++)
        if (!cg_capture_used(n->kids[i], used, beyond)) return false;
    return true;
}

/* Elixir's rule: a capture numbers its arguments from &1 without gaps.
 * Returns how many it takes (0 for none), or -1 after an error. */
static int cg_capture_arity(cg_state *cg, const ast *at, const ast *e) {
    bool used[MAX_ARITY + 1] = {false};
    int64_t beyond = 0;
    if (!cg_capture_used(e, used, &beyond)) {
        cg_error(cg, at, "capture argument &%lld is out of range (a function takes at most %d arguments)",
                 (long long)beyond, MAX_ARITY);
        return -1;
    }
    int missing = 1;
    while (missing <= MAX_ARITY && used[missing]) missing++;
    for (int k = missing + 1; k <= MAX_ARITY; k++) {
        if (used[k]) {
            cg_error(cg, at,
                     "capture argument &%d cannot be defined without &%d (you cannot skip arguments, all arguments "
                     "must be numbered)",
                     k, missing);
            return -1;
        }
    }
    return missing - 1;
}

static ast *cg_capture_replace(cg_state *cg, ast *n) {
    if (!n) return n;
    if (n->kind == AST_CAPTURE_ARG) {
        ast *v = ast_new(cg->arena, AST_VAR, n->line, n->col);
        char buf[32];
        snprintf(buf, sizeof buf, "&%lld", (long long)n->ival);
        v->str = ast_strdup(cg->arena, buf, strlen(buf));
        v->len = strlen(buf);
        return v;
    }
    if (n->kind == AST_FN || n->kind == AST_CAPTURE) return n;
    ast *copy = ast_new(cg->arena, n->kind, n->line, n->col);
    ast kids_holder = *n;
    *copy = kids_holder;
    copy->kids = NULL;
    copy->nkids = 0;
    for (int i = 0; i < n->nkids; i++) ast_push(cg->arena, copy, cg_capture_replace(cg, n->kids[i]));
    return copy;
}

static emit_operand cg_capture(cg_state *cg, ast *n, int tx) {
    ast *e = n->kids[0];
    if (e->kind == AST_OP && str_eq(e, "/") && e->kids[1]->kind == AST_INT) {
        ast *head = e->kids[0];
        if (e->kids[1]->big || e->kids[1]->ival < 0 || e->kids[1]->ival > MAX_ARITY) {
            cg_error(cg, n, "invalid arity in capture: a function takes at most %d arguments", MAX_ARITY);
            return NIL_OP;
        }
        int arity = (int)e->kids[1]->ival;
        char *mod = NULL;
        const char *fun = head->str;
        size_t fun_len = head->len;
        bool remote = head->kind == AST_DOT || (head->kind == AST_REMOTE && head->nkids == 1);
        bool kernel = false;
        if (remote) {
            ast *t = head->kids[0];
            if (t->kind == AST_ALIAS) mod = cg_alias_name(cg, t->str, t->len);
            else if (t->kind == AST_ATOM) mod = strndup(t->str, t->len);
            if (mod && strcmp(mod, "Elixir.Kernel") == 0) {
                free(mod);
                mod = NULL;
                kernel = true;
            }
        } else if (head->kind == AST_VAR && cg_operator_bif(head, arity) &&
                   !cg_kernel_compiled_in_place(head->str, head->len, arity)) {
            /* &&&&/2, &<<</2 (Bitwise): the Erlang built-in behind the operator */
            mod = strdup("erlang");
            fun = cg_operator_bif(head, arity);
            fun_len = strlen(fun);
        } else if (head->kind == AST_VAR || (head->kind == AST_CALL && head->nkids == 0)) {
            cg_function *f = cg_find_function(cg->mod, head->str, head->len, arity);
            if (f && !f->private) mod = strdup(cg->mod->name);
            else if (!f) {
                const char *imp = cg_resolve_import(cg, head->str, head->len, arity);
                if (imp && strcmp(imp, "Elixir.Kernel") != 0) mod = strdup(imp);
                else kernel = true;
            }
        }
        if (kernel) {
            /* As Elixir: an inlined function is its Erlang built-in (&+/2 is
             * &:erlang.+/2), a function is &Kernel.f/n, and an operator or
             * macro becomes fn args -> Kernel.f(args) end. */
            const char *erl = cg_kernel_inline_erl(fun, fun_len, arity);
            char name[256];
            snprintf(name, sizeof name, "%.*s", (int)fun_len, fun);
            if (erl) {
                mod = strdup("erlang");
                fun = erl;
                fun_len = strlen(erl);
            } else if (cg->has_export(cg->ctx, "Elixir.Kernel", name, arity)) {
                mod = strdup("Elixir.Kernel");
            } else if (cg_kernel_compiled_in_place(fun, fun_len, arity)) {
                ast *args[MAX_ARITY];
                for (int i = 0; i < arity && i < MAX_ARITY; i++) {
                    ast *cap = ast_new(cg->arena, AST_CAPTURE_ARG, n->line, n->col);
                    cap->ival = i + 1;
                    args[i] = cg_capture_replace(cg, cap);
                }
                ast *body = cg_kernel_local_form(cg, n, fun, fun_len, args, arity);
                return cg_fn(cg, cg_mk_fn(cg, n, args, arity, NULL, body), tx);
            } else if (remote) {
                mod = strdup("Elixir.Kernel"); /* undefined: fails when called, as in Elixir */
            }
        }
        if (mod) {
            uint32_t index = 0;
            emit_bytes *b = emit_literal_begin(&cg->mod->em, &index);
            if (b) {
                emit_bytes_byte(b, LIT_EXPORT);
                emit_bytes_varint(b, cg_atom(cg, mod, strlen(mod)));
                emit_bytes_varint(b, cg_atom(cg, fun, fun_len));
                emit_bytes_varint(b, (uint64_t)arity);
            }
            free(mod);
            return opnd(BC_LIT, index);
        }
        if (head->kind == AST_VAR || head->kind == AST_CALL) {
            /* A private local function: fn a, b -> f(a, b) end */
            ast *fn = ast_new(cg->arena, AST_FN, n->line, n->col);
            ast *arrow = ast_new(cg->arena, AST_ARROW, n->line, n->col);
            ast *args = ast_new(cg->arena, AST_ARGS, n->line, n->col);
            ast *call = ast_new(cg->arena, AST_CALL, n->line, n->col);
            call->str = head->str;
            call->len = head->len;
            for (int i = 1; i <= arity; i++) {
                ast *cap = ast_new(cg->arena, AST_CAPTURE_ARG, n->line, n->col);
                cap->ival = i;
                ast *v = cg_capture_replace(cg, cap);
                ast_push(cg->arena, args, v);
                ast_push(cg->arena, call, v);
            }
            ast_push(cg->arena, arrow, args);
            ast_push(cg->arena, arrow, NULL);
            ast_push(cg->arena, arrow, call);
            ast_push(cg->arena, fn, arrow);
            return cg_fn(cg, fn, tx);
        }
        cg_error(cg, n, "invalid function capture");
        return NIL_OP;
    }
    int arity = cg_capture_arity(cg, n, e);
    if (arity < 0) return NIL_OP;
    if (arity == 0) {
        cg_error(cg, n, "invalid args for &, expected one of: &Mod.fun/arity, &local/arity, or a capture containing at least one argument as &1");
        return NIL_OP;
    }
    ast *fn = ast_new(cg->arena, AST_FN, n->line, n->col);
    ast *arrow = ast_new(cg->arena, AST_ARROW, n->line, n->col);
    ast *args = ast_new(cg->arena, AST_ARGS, n->line, n->col);
    for (int i = 1; i <= arity; i++) {
        ast *cap = ast_new(cg->arena, AST_CAPTURE_ARG, n->line, n->col);
        cap->ival = i;
        ast_push(cg->arena, args, cg_capture_replace(cg, cap));
    }
    ast_push(cg->arena, arrow, args);
    ast_push(cg->arena, arrow, NULL);
    ast_push(cg->arena, arrow, cg_capture_replace(cg, e));
    ast_push(cg->arena, fn, arrow);
    return cg_fn(cg, fn, tx);
}

/* ------------------------------------------------------------------ */
/* Modules                                                             */

/* Splits a def head into name, arguments and guard. */
static bool cg_def_head(cg_state *cg, ast *def, ast **head, ast **guard, ast **body) {
    if (def->nkids < 1) {
        cg_error(cg, def, "invalid function definition");
        return false;
    }
    ast *h = def->kids[0];
    *guard = NULL;
    if (h->kind == AST_OP && str_eq(h, "when")) {
        *guard = h->kids[1];
        h = h->kids[0];
    }
    if (h->kind == AST_VAR) {
        ast *call = ast_new(cg->arena, AST_CALL, h->line, h->col);
        call->str = h->str;
        call->len = h->len;
        h = call;
    }
    if (h->kind != AST_CALL) {
        cg_error(cg, h, "invalid function head");
        return false;
    }
    *head = h;
    *body = def->nkids >= 2 ? cg_kw(def, "do") : NULL;
    if (def->nkids >= 2 && (cg_kw(def, "rescue") || cg_kw(def, "catch") || cg_kw(def, "after"))) {
        /* def f do ... rescue ... end: the body is an implicit try. */
        ast *t = ast_new(cg->arena, AST_CALL, def->line, def->col);
        t->str = "try";
        t->len = 3;
        ast_push(cg->arena, t, def->kids[def->nkids - 1]);
        *body = t;
    }
    return true;
}

static cg_function *cg_add_function(cg_state *cg, cg_module *m, const char *name, size_t len, int arity,
                                    bool private, ast *at) {
    cg_function *f = cg_find_function(m, name, len, arity);
    if (f) {
        if (f->private != private)
            cg_error(cg, at, "%s %.*s/%d already defined as %s", private ? "defp" : "def", (int)len, name, arity,
                     f->private ? "defp" : "def");
        return f;
    }
    if (m->nfuns == m->funs_cap) {
        int cap = m->funs_cap ? m->funs_cap * 2 : 16;
        cg_function *fs = realloc(m->funs, (size_t)cap * sizeof *fs);
        if (!fs) return NULL;
        m->funs = fs;
        m->funs_cap = cap;
    }
    f = &m->funs[m->nfuns++];
    memset(f, 0, sizeof *f);
    f->name = name;
    f->len = len;
    f->arity = arity;
    f->private = private;
    f->label = emit_new_label(&m->em);
    f->line = at->line;
    f->col = at->col;
    f->defaults_of = -1;
    return f;
}

static void cg_push_clause(cg_function *f, ast *def, int nattrs) {
    if (f->nclauses == f->clauses_cap) {
        int cap = f->clauses_cap ? f->clauses_cap * 2 : 4;
        ast **c = realloc(f->clauses, (size_t)cap * sizeof *c);
        int *a = c ? realloc(f->clause_attrs, (size_t)cap * sizeof *a) : NULL;
        if (c) f->clauses = c;
        if (!c || !a) return;
        f->clause_attrs = a;
        f->clauses_cap = cap;
    }
    f->clause_attrs[f->nclauses] = nattrs;
    f->clauses[f->nclauses++] = def;
}

static void cg_collect_module(cg_state *cg, cg_module *m, ast *body);
static void cg_struct_finish(cg_state *cg, cg_module *m);
static ast *cg_mk_remote(cg_state *cg, const ast *at, const char *mod, const char *fun, ast **args, int n);

static void cg_collect_def(cg_state *cg, cg_module *m, ast *def) {
    bool private = str_eq(def, "defp");
    ast *head, *guard, *body;
    if (!cg_def_head(cg, def, &head, &guard, &body)) return;
    if (!cg_arity_ok(cg, head, head->nkids)) return;
    int arity = head->nkids, required = 0;
    for (int i = 0; i < arity; i++)
        if (!(head->kids[i]->kind == AST_OP && str_eq(head->kids[i], "\\\\"))) required++;
    cg_function *f = cg_add_function(cg, m, head->str, head->len, arity, private, def);
    if (!f) return;
    if (required < arity) {
        /* Default arguments: f/k for each k in required..arity-1 calls f/arity.
         * Adding functions may move the array: refer to f by index. */
        int target = (int)(f - m->funs);
        for (int k = required; k < arity; k++) {
            cg_function *d = cg_add_function(cg, m, head->str, head->len, k, private, def);
            if (d) {
                d->defaults_of = target;
                d->defaults_head = head;
                d->defaults_attrs = m->nattrs;
            }
        }
        f = &m->funs[target];
    }
    /* A head without a body only declares the function (and its defaults). */
    if (body || def->nkids >= 2) cg_push_clause(f, def, m->nattrs);
}

static void cg_directive_alias(cg_state *cg, cg_module *m, ast *n) {
    /* alias Foo.{A, B} */
    if (n->nkids == 1 && n->kids[0]->kind == AST_REMOTE && str_eq(n->kids[0], "{}") &&
        n->kids[0]->kids[0]->kind == AST_ALIAS) {
        ast *base = n->kids[0]->kids[0];
        for (int i = 1; i < n->kids[0]->nkids; i++) {
            ast *leaf = n->kids[0]->kids[i];
            if (leaf->kind != AST_ALIAS) {
                cg_error(cg, leaf, "invalid alias inside {}: expected an alias");
                continue;
            }
            size_t len = base->len + 1 + leaf->len;
            char *joined = ast_alloc(cg->arena, len + 1);
            snprintf(joined, len + 1, "%.*s.%.*s", (int)base->len, base->str, (int)leaf->len, leaf->str);
            ast one = *n;
            ast target = *leaf;
            target.str = joined;
            target.len = len;
            ast *kids[1] = {&target};
            one.kids = kids;
            one.nkids = 1;
            cg_directive_alias(cg, m, &one);
        }
        return;
    }
    if (n->nkids < 1 || n->kids[0]->kind != AST_ALIAS) {
        cg_error(cg, n, "invalid alias: expected an alias such as alias Foo.Bar");
        return;
    }
    ast *target = n->kids[0];
    char *full = cg_alias_name(cg, target->str, target->len);
    if (!full) return;
    ast *as = n->nkids >= 2 ? ast_keyword_get(n->kids[1], "as") : NULL;
    const char *short_name;
    size_t short_len;
    if (as && as->kind == AST_ALIAS) {
        short_name = as->str;
        short_len = as->len;
    } else {
        short_name = target->str;
        short_len = target->len;
        for (size_t i = target->len; i-- > 0;)
            if (target->str[i] == '.') {
                short_name = target->str + i + 1;
                short_len = target->len - i - 1;
                break;
            }
    }
    cg_add_alias(cg, m, short_name, short_len, full);
    free(full);
}

static void cg_directive_import(cg_state *cg, cg_module *m, ast *n) {
    if (n->nkids < 1 || (n->kids[0]->kind != AST_ALIAS && n->kids[0]->kind != AST_ATOM)) {
        cg_error(cg, n, "invalid import: expected a module");
        return;
    }
    ast *t = n->kids[0];
    char *full = t->kind == AST_ALIAS ? cg_alias_name(cg, t->str, t->len) : strndup(t->str, t->len);
    if (!full) return;
    if (m->nimports == m->imports_cap) {
        int cap = m->imports_cap ? m->imports_cap * 2 : 4;
        char **im = realloc(m->imports, (size_t)cap * sizeof *im);
        if (!im) {
            free(full);
            return;
        }
        m->imports = im;
        m->imports_cap = cap;
    }
    m->imports[m->nimports++] = full;
}

/* An attribute's value may read earlier attributes: they are replaced by
 * their values now, so a later redefinition does not change it. */
static ast *cg_attr_substitute(cg_state *cg, cg_module *m, ast *n) {
    if (!n) return n;
    if (n->kind == AST_ATTR && n->nkids == 0) {
        for (int i = m->nattrs; i-- > 0;)
            if (m->attrs[i].len == n->len && memcmp(m->attrs[i].name, n->str, n->len) == 0) return m->attrs[i].value;
        return n;
    }
    if (n->nkids == 0) return n;
    ast *copy = ast_new(cg->arena, n->kind, n->line, n->col);
    ast kids_holder = *n;
    *copy = kids_holder;
    copy->kids = NULL;
    copy->nkids = 0;
    for (int i = 0; i < n->nkids; i++) ast_push(cg->arena, copy, cg_attr_substitute(cg, m, n->kids[i]));
    return copy;
}

static void cg_add_attr(cg_state *cg, cg_module *m, ast *n) {
    if (m->nattrs == m->attrs_cap) {
        int cap = m->attrs_cap ? m->attrs_cap * 2 : 8;
        cg_attr_def *a = realloc(m->attrs, (size_t)cap * sizeof *a);
        if (!a) return;
        m->attrs = a;
        m->attrs_cap = cap;
    }
    ast *value = cg_attr_substitute(cg, m, n->kids[0]);
    m->attrs[m->nattrs++] = (cg_attr_def){n->str, n->len, value};
}

static bool cg_is_ignored_attr(const ast *n) {
    static const char *const ignored[] = {"doc", "moduledoc", "spec", "impl", "behaviour", "type", "typep",
                                          "opaque", "callback", "typedoc", "dialyzer", "compile", "deprecated",
                                          "since", "optional_callbacks"};
    for (size_t i = 0; i < sizeof ignored / sizeof *ignored; i++)
        if (str_eq(n, ignored[i])) return true;
    return false;
}

cg_module *cg_module_new(cg_state *cg, cg_module *parent, const char *name, const char *file, bool script);
void cg_module_compile(cg_state *cg, cg_module *m);

/* --- use --- */

/*
 * `use Behaviour, opts` injects the behaviour's default callbacks, each
 * overridable: a default is added only when the module defines no function
 * of that name and arity.  The defaults are Elixir source, parsed when a
 * module uses them; `use_opts` in a template stands for the options given
 * to `use`.  Modules that define __using__ would need macros, which the
 * subset does not have, so only the behaviours below can be used.
 */
typedef struct {
    const char *module; /* "Elixir.GenServer" */
    const char *source; /* the default definitions */
} cg_use_template;

#define CG_CHILD_SPEC(extra)                                                                            \
    "def child_spec(init_arg) do\n"                                                                     \
    "  Supervisor.child_spec(%{id: __MODULE__, start: {__MODULE__, :start_link, [init_arg]}" extra "}," \
    " use_opts)\n"                                                                                      \
    "end\n"

static const cg_use_template cg_use_templates[] = {
    {"Elixir.GenServer",
     CG_CHILD_SPEC("") "def handle_call(msg, _from, state), do: GenServer.__unhandled__(:call, __MODULE__, msg, state)\n"
                       "def handle_cast(msg, state), do: GenServer.__unhandled__(:cast, __MODULE__, msg, state)\n"
                       "def handle_info(msg, state), do: GenServer.__unhandled__(:info, __MODULE__, msg, state)\n"
                       "def terminate(_reason, _state), do: :ok\n"
                       "def code_change(_old, state, _extra), do: {:ok, state}\n"},
    {"Elixir.Agent", CG_CHILD_SPEC("")},
    {"Elixir.Task", CG_CHILD_SPEC(", restart: :temporary")},
    {"Elixir.Supervisor", CG_CHILD_SPEC(", type: :supervisor")},
    {"Elixir.DynamicSupervisor", CG_CHILD_SPEC(", type: :supervisor")},
};

/* A copy of template `n` placed at `at`, with `use_opts` replaced by `opts`. */
static ast *cg_use_instantiate(cg_state *cg, const ast *n, const ast *at, ast *opts) {
    if (n->kind == AST_VAR && n->len == 8 && memcmp(n->str, "use_opts", 8) == 0) return opts;
    ast *copy = ast_new(cg->arena, n->kind, at->line, at->col);
    *copy = *n;
    copy->line = at->line;
    copy->col = at->col;
    copy->kids = NULL;
    copy->nkids = 0;
    for (int i = 0; i < n->nkids; i++) ast_push(cg->arena, copy, cg_use_instantiate(cg, n->kids[i], at, opts));
    return copy;
}

/* The template `use` of the alias at n->kids[0] brings in, or NULL. */
static const cg_use_template *cg_use_template_for(cg_state *cg, const ast *n) {
    char *full = cg_alias_name(cg, n->kids[0]->str, n->kids[0]->len);
    if (!full) return NULL;
    const cg_use_template *t = NULL;
    for (size_t i = 0; i < sizeof cg_use_templates / sizeof *cg_use_templates; i++)
        if (strcmp(cg_use_templates[i].module, full) == 0) t = &cg_use_templates[i];
    free(full);
    return t;
}

static void cg_directive_use(cg_state *cg, cg_module *m, ast *n) {
    if (m->is_script) {
        cg_error(cg, n, "use must be inside a module");
        return;
    }
    if (n->nkids < 1 || n->nkids > 2 || n->kids[0]->kind != AST_ALIAS) {
        cg_error(cg, n, "invalid use: expected use Module or use Module, options");
        return;
    }
    if (!cg_use_template_for(cg, n)) {
        char *full = cg_alias_name(cg, n->kids[0]->str, n->kids[0]->len); /* as resolved, not as written */
        cg_error(cg, n, "use %s is not supported: beamlet has no macros, so only use GenServer, Agent, Task, "
                        "Supervisor and DynamicSupervisor are available",
                 full ? full + strlen("Elixir.") : "");
        free(full);
        return;
    }
    if (m->nuses == (int)(sizeof m->uses / sizeof *m->uses)) {
        cg_error(cg, n, "too many use directives in one module");
        return;
    }
    m->uses[m->nuses++] = n;
}

/* After the module body: the defaults its `use` directives bring in. */
static void cg_use_finish(cg_state *cg, cg_module *m) {
    for (int u = 0; u < m->nuses; u++) {
        ast *n = m->uses[u];
        const cg_use_template *t = cg_use_template_for(cg, n);
        if (!t) continue;
        ast *opts = n->nkids == 2 ? n->kids[1] : ast_new(cg->arena, AST_LIST, n->line, n->col);
        diag_list diags = {0};
        ast *body = parse_program(cg->arena, &diags, t->source, strlen(t->source));
        diag_free(&diags);
        if (!body) {
            cg_error(cg, n, "internal error: the defaults of this use do not parse");
            continue;
        }
        for (int i = 0; i < body->nkids; i++) {
            ast *def = cg_use_instantiate(cg, body->kids[i], n, opts);
            ast *head, *guard, *fbody;
            if (!cg_def_head(cg, def, &head, &guard, &fbody)) continue;
            bool defined = false;
            for (int k = 0; k < m->nfuns && !defined; k++)
                defined = m->funs[k].arity == head->nkids && m->funs[k].len == head->len &&
                          memcmp(m->funs[k].name, head->str, head->len) == 0;
            if (!defined) cg_collect_def(cg, m, def);
        }
    }
}


static void cg_nested_module(cg_state *cg, cg_module *m, ast *n) {
    if (n->nkids != 2 || (n->kids[0]->kind != AST_ALIAS && n->kids[0]->kind != AST_ATOM) || !cg_kw(n, "do")) {
        cg_error(cg, n, "invalid defmodule: expected defmodule Name do ... end");
        return;
    }
    ast *alias = n->kids[0];
    char *full;
    if (alias->kind == AST_ATOM) {
        full = strndup(alias->str, alias->len); /* defmodule :name, as Erlang modules are named */
    } else if (m && !m->is_script) {
        size_t len = strlen(m->name) + alias->len + 2;
        full = malloc(len);
        if (full) snprintf(full, len, "%s.%.*s", m->name, (int)alias->len, alias->str);
        /* defmodule B inside A also aliases B to A.B */
        if (full) {
            const char *short_name = alias->str;
            size_t short_len = alias->len;
            for (size_t i = 0; i < alias->len; i++)
                if (alias->str[i] == '.') {
                    short_len = i;
                    break;
                }
            char *target = strndup(full, strlen(m->name) + 1 + short_len);
            if (target) cg_add_alias(cg, m, short_name, short_len, target);
            free(target);
        }
    } else {
        full = cg_alias_name(cg, alias->str, alias->len);
    }
    if (!full) return;
    cg_module *sub = cg_module_new(cg, m, full, cg->file, false);
    free(full);
    if (!sub) return;
    cg_collect_module(cg, sub, cg_kw(n, "do"));
    cg_use_finish(cg, sub);
    cg_struct_finish(cg, sub);
    cg_module_compile(cg, sub);
}

/* First pass over a module body: functions, attributes, directives. */
static void cg_collect_module(cg_state *cg, cg_module *m, ast *body) {
    if (!body) return;
    ast **items = body->kind == AST_BLOCK ? body->kids : &body;
    int n = body->kind == AST_BLOCK ? body->nkids : 1;
    for (int i = 0; i < n; i++) {
        ast *it = items[i];
        if (it->kind == AST_CALL && (str_eq(it, "def") || str_eq(it, "defp"))) cg_collect_def(cg, m, it);
        else if (it->kind == AST_CALL && str_eq(it, "defmodule")) cg_nested_module(cg, m, it);
        else if (it->kind == AST_CALL && str_eq(it, "alias")) cg_directive_alias(cg, m, it);
        else if (it->kind == AST_CALL && (str_eq(it, "defstruct") || str_eq(it, "defexception")) && !m->is_script) {
            if (m->defstruct) cg_error(cg, it, "defstruct has already been called for %s", m->name);
            m->defstruct = it;
            m->exception = str_eq(it, "defexception");
        }
        else if (it->kind == AST_CALL && str_eq(it, "import")) cg_directive_import(cg, m, it);
        else if (it->kind == AST_CALL && str_eq(it, "use")) cg_directive_use(cg, m, it);
        else if (it->kind == AST_CALL && str_eq(it, "require")) {
        } else if (it->kind == AST_ATTR && it->nkids == 1) {
            if (!cg_is_ignored_attr(it)) cg_add_attr(cg, m, it);
        } else if (m->is_script) {
            if (m->nscript == m->script_cap) {
                int cap = m->script_cap ? m->script_cap * 2 : 16;
                ast **s = realloc(m->script, (size_t)cap * sizeof *s);
                if (!s) return;
                m->script = s;
                m->script_cap = cap;
            }
            m->script[m->nscript++] = it;
        } else if (!(it->kind == AST_CALL && cg_unsupported_form(cg, it))) {
            cg_error(cg, it, "only definitions (def, defp, defmodule, attributes, alias, import) are supported in a module body");
        }
    }
}

/* f/k with defaults: call f/arity with the given arguments and defaults. */
static void cg_emit_defaults(cg_state *cg, cg_function *f) {
    cg_function *target = &cg->mod->funs[f->defaults_of];
    ast *head = f->defaults_head;
    cg->attr_limit = f->defaults_attrs;
    uint32_t error_label;
    cg->fun_name = f->name;
    cg->fun_len = f->len;
    cg->fun_arity = f->arity;
    uint32_t frame = cg_function_begin(cg, f->name, f->len, f->arity, f->label, &error_label, f->line);
    int ndefaults = target->arity - f->arity;
    /* Elixir fills the leftmost defaults first?  No: the given arguments
     * fill the parameters left to right, skipping the last defaults. */
    int skip = ndefaults, given = 0;
    ast **args = calloc((size_t)target->arity + 1, sizeof *args);
    if (!args) return;
    int total_defaults = 0;
    for (int i = 0; i < target->arity; i++)
        if (head->kids[i]->kind == AST_OP && str_eq(head->kids[i], "\\\\")) total_defaults++;
    int use_defaults_from = total_defaults - skip; /* defaults before this index are overridden */
    int d = 0;
    for (int i = 0; i < target->arity; i++) {
        ast *p = head->kids[i];
        bool is_default = p->kind == AST_OP && str_eq(p, "\\\\");
        if (is_default && d++ >= use_defaults_from) {
            args[i] = p->kids[1];
        } else {
            char buf[32];
            snprintf(buf, sizeof buf, "&arg%d", given);
            ast *v = ast_new(cg->arena, AST_VAR, p->line, p->col);
            v->str = ast_strdup(cg->arena, buf, strlen(buf));
            v->len = strlen(buf);
            int slot = cg_bind(cg, v->str, v->len, NULL);
            cg->vars[cg->nvars - 1].used = true;
            EMIT(cg, OP_move, X(given), Y(slot));
            given++;
            args[i] = v;
        }
    }
    cg_local_call(cg, target, args, target->arity, 0, CG_TAIL);
    free(args);
    cg_function_end(cg, frame);
}

static void cg_emit_function(cg_state *cg, cg_function *f) {
    if (f->defaults_of >= 0) return cg_emit_defaults(cg, f);
    uint32_t error_label;
    cg->fun_name = f->name;
    cg->fun_len = f->len;
    cg->fun_arity = f->arity;
    uint32_t frame = cg_function_begin(cg, f->name, f->len, f->arity, f->label, &error_label, f->line);
    cg_clause *clauses = calloc((size_t)f->nclauses + 1, sizeof *clauses);
    if (!clauses) return;
    for (int i = 0; i < f->nclauses; i++) {
        ast *head, *guard, *body;
        cg_def_head(cg, f->clauses[i], &head, &guard, &body);
        /* Default markers in the head match like the plain parameter. */
        ast **pats = calloc((size_t)head->nkids + 1, sizeof *pats);
        for (int k = 0; k < head->nkids && pats; k++) {
            ast *p = head->kids[k];
            pats[k] = (p->kind == AST_OP && str_eq(p, "\\\\")) ? p->kids[0] : p;
        }
        clauses[i] = (cg_clause){pats, head->nkids, guard, body, f->clauses[i], f->clause_attrs[i]};
    }
    cg_function_body(cg, clauses, f->nclauses, f->arity, error_label);
    for (int i = 0; i < f->nclauses; i++) free(clauses[i].patterns);
    free(clauses);
    cg_function_end(cg, frame);
}

static void cg_emit_script(cg_state *cg, cg_module *m) {
    uint32_t label = emit_new_label(&m->em), error_label;
    cg->fun_name = "__script__";
    cg->fun_len = strlen("__script__");
    cg->fun_arity = 0;
    uint32_t frame = cg_function_begin(cg, "__script__", cg->fun_len, 0, label, &error_label, 0);
    ast block = {.kind = AST_BLOCK, .kids = m->script, .nkids = m->nscript};
    cg->attr_limit = m->nattrs;
    cg_block(cg, &block, 0, CG_TAIL);
    cg_scope_warn_unused(cg, 0);
    cg_function_end(cg, frame);
    emit_export(&m->em, cg_atom(cg, "__script__", strlen("__script__")), 0, label);
}

cg_module *cg_module_new(cg_state *cg, cg_module *parent, const char *name, const char *file, bool script) {
    cg_module *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->name = strdup(name);
    m->parent = parent;
    m->is_script = script;
    emit_init(&m->em, name, strlen(name), file);
    (void)cg;
    return m;
}

static void cg_module_free(cg_module *m) {
    for (int i = 0; i < m->nfuns; i++) {
        free(m->funs[i].clauses);
        free(m->funs[i].clause_attrs);
    }
    free(m->funs);
    for (int i = 0; i < m->nfaliases; i++) free(m->faliases[i].full);
    free(m->faliases);
    for (int i = 0; i < m->nimports; i++) free(m->imports[i]);
    free(m->imports);
    free(m->attrs);
    free(m->pending);
    free(m->script);
    emit_free(&m->em);
    free(m->name);
    free(m);
}

/* --- defstruct / defexception --- */

static ast *cg_mk(cg_state *cg, ast_kind kind, const ast *at, const char *str) {
    ast *n = ast_new(cg->arena, kind, at->line, at->col);
    if (str) {
        n->str = str;
        n->len = strlen(str);
    }
    return n;
}

/* def name(args) when guard, do: body */
static void cg_generate_def(cg_state *cg, cg_module *m, const ast *at, const char *name, ast **args, int n,
                            ast *guard, ast *body) {
    ast *head = cg_mk(cg, AST_CALL, at, name);
    for (int i = 0; i < n; i++) ast_push(cg->arena, head, args[i]);
    if (guard) {
        ast *when = cg_mk(cg, AST_OP, at, "when");
        ast_push(cg->arena, when, head);
        ast_push(cg->arena, when, guard);
        head = when;
    }
    ast *kw = cg_mk(cg, AST_LIST, at, NULL);
    ast *pair = cg_mk(cg, AST_TUPLE, at, NULL);
    ast_push(cg->arena, pair, cg_mk(cg, AST_ATOM, at, "do"));
    ast_push(cg->arena, pair, body);
    ast_push(cg->arena, kw, pair);
    ast *def = cg_mk(cg, AST_CALL, at, "def");
    ast_push(cg->arena, def, head);
    ast_push(cg->arena, def, kw);
    cg_collect_def(cg, m, def);
}

static ast *cg_mk_pair(cg_state *cg, const ast *at, const char *key, ast *value) {
    ast *pair = cg_mk(cg, AST_PAIR, at, NULL);
    ast_push(cg->arena, pair, cg_mk(cg, AST_ATOM, at, key));
    ast_push(cg->arena, pair, value);
    return pair;
}

/* __struct__/0,1 (and exception/1, message/1 for defexception), unless the
 * module defines them itself; the field order goes to the STRC section. */
static void cg_struct_finish(cg_state *cg, cg_module *m) {
    ast *d = m->defstruct;
    if (!d) return;
    ast *fields = d->nkids == 1 ? d->kids[0] : NULL;
    if (d->nkids > 1 || (fields && fields->kind != AST_LIST)) {
        cg_error(cg, d, "%.*s expects a list of fields, such as [:a, b: 1]", (int)d->len, d->str);
        return;
    }
    ast *map = cg_mk(cg, AST_MAP, d, NULL);
    ast *module = cg_mk(cg, AST_ATOM, d, m->name);
    ast_push(cg->arena, map, cg_mk_pair(cg, d, "__struct__", module));
    if (m->exception) ast_push(cg->arena, map, cg_mk_pair(cg, d, "__exception__", cg_mk(cg, AST_ATOM, d, "true")));
    m->em.is_struct = 1;
    int n = fields ? fields->nkids : 0;
    m->em.struct_fields = calloc((size_t)n + 2, sizeof *m->em.struct_fields);
    if (!m->em.struct_fields) return;
    for (int i = 0; i < n; i++) {
        ast *f = fields->kids[i];
        ast *key = f->kind == AST_TUPLE && f->nkids == 2 ? f->kids[0] : f;
        ast *value = f->kind == AST_TUPLE && f->nkids == 2 ? f->kids[1] : cg_mk(cg, AST_ATOM, f, "nil");
        if (key->kind != AST_ATOM) {
            cg_error(cg, f, "struct fields must be atoms");
            return;
        }
        ast *pair = cg_mk(cg, AST_PAIR, f, NULL);
        ast_push(cg->arena, pair, key);
        ast_push(cg->arena, pair, value);
        ast_push(cg->arena, map, pair);
        m->em.struct_fields[m->em.nstruct_fields++] = cg_atom_module(m, key->str, key->len);
    }
    cg_generate_def(cg, m, d, "__struct__", NULL, 0, NULL, map);
    /* __struct__(kv): Kernel.struct!(__struct__(), kv) */
    ast *kv = cg_mk(cg, AST_VAR, d, "&kv");
    ast *base = cg_mk(cg, AST_CALL, d, "__struct__");
    ast *args[2] = {base, kv};
    cg_generate_def(cg, m, d, "__struct__", &kv, 1, NULL, cg_mk_remote(cg, d, "Elixir.Kernel", "struct!", args, 2));
    if (!m->exception) return;
    if (!cg_find_function(m, "exception", 9, 1)) {
        /* exception(msg) when is_binary(msg): exception(message: msg) */
        ast *msg = cg_mk(cg, AST_VAR, d, "&msg");
        ast *guard = cg_mk(cg, AST_CALL, d, "is_binary");
        ast_push(cg->arena, guard, msg);
        ast *kw = cg_mk(cg, AST_LIST, d, NULL);
        ast *pair = cg_mk(cg, AST_TUPLE, d, NULL);
        ast_push(cg->arena, pair, cg_mk(cg, AST_ATOM, d, "message"));
        ast_push(cg->arena, pair, msg);
        ast_push(cg->arena, kw, pair);
        ast *call = cg_mk(cg, AST_CALL, d, "exception");
        ast_push(cg->arena, call, kw);
        cg_generate_def(cg, m, d, "exception", &msg, 1, guard, call);
        /* exception(args) when is_list(args): Kernel.struct!(__struct__(), args) */
        ast *a = cg_mk(cg, AST_VAR, d, "&args");
        ast *g2 = cg_mk(cg, AST_CALL, d, "is_list");
        ast_push(cg->arena, g2, a);
        ast *sargs[2] = {cg_mk(cg, AST_CALL, d, "__struct__"), a};
        cg_generate_def(cg, m, d, "exception", &a, 1, g2, cg_mk_remote(cg, d, "Elixir.Kernel", "struct!", sargs, 2));
    }
    bool has_message = false;
    for (int i = 0; i < n; i++) {
        ast *f = fields->kids[i];
        ast *key = f->kind == AST_TUPLE ? f->kids[0] : f;
        has_message |= str_eq(key, "message");
    }
    if (has_message && !cg_find_function(m, "message", 7, 1)) {
        ast *e = cg_mk(cg, AST_VAR, d, "&exception");
        ast *dot = cg_mk(cg, AST_DOT, d, "message");
        ast_push(cg->arena, dot, e);
        cg_generate_def(cg, m, d, "message", &e, 1, NULL, dot);
    }
}

/* Second pass: generate code for every function, then the closures they
 * created (which may create more), then write the file. */
void cg_module_compile(cg_state *cg, cg_module *m) {
    cg_module *saved = cg->mod;
    cg->mod = m;
    for (int i = 0; i < m->nfuns; i++) {
        cg_function *f = &m->funs[i];
        if (f->defaults_of < 0 && f->nclauses == 0) {
            /* Only bodiless heads (`def f(x)`): nothing to call. */
            ast at = {.line = f->line, .col = f->col};
            cg_error(cg, &at, "implementation not provided for predefined %s %.*s/%d", f->private ? "defp" : "def",
                     (int)f->len, f->name, f->arity);
            continue;
        }
        cg_emit_function(cg, f);
        if (!f->private) emit_export(&m->em, cg_atom(cg, f->name, f->len), (uint32_t)f->arity, f->label);
    }
    if (m->is_script) cg_emit_script(cg, m);
    for (int i = 0; i < m->npending; i++) cg_emit_pending_fn(cg, i);
    /* Names the lexer and parser did not see whole (module aliases joined,
     * keys of keyword lists, fun names made from function names) may still
     * pass the VM's atom length: an error here, not at load time. */
    for (uint32_t i = 0; i < m->em.natoms; i++)
        if (m->em.atom_lens[i] > LEX_MAX_ATOM_BYTES) {
            ast at = {.line = cg->last_line > 0 ? cg->last_line : 1, .col = 1};
            cg_error(cg, &at, "atom length must be less than system limit: %.40s", m->em.atoms[i]);
            break;
        }
    if (cg->diags->errors == 0) {
        unsigned char *data;
        size_t len;
        if (emit_write(&m->em, &data, &len) != 0) {
            cg_error(cg, NULL, "out of memory writing module %s", m->name);
        } else if (cg->on_module) {
            cg->on_module(cg->on_module_ctx, m, data, len);
        } else {
            free(data);
        }
    }
    cg->mod = saved;
    if (m != cg->root) cg_module_free(m);
}

void cg_program(cg_state *cg, ast *program, const char *script_name) {
    cg_module *top = cg_module_new(cg, NULL, script_name ? script_name : "", cg->file, true);
    if (!top) return;
    cg->root = top;
    cg->mod = top;
    cg_collect_module(cg, top, program);
    if (script_name && top->nscript) {
        cg_module_compile(cg, top);
        cg->produced_script = true;
    } else if (top->nscript) {
        cg_error(cg, top->script[0], "top-level code is not allowed here");
    }
    cg->root = NULL;
    cg_module_free(top);
}
