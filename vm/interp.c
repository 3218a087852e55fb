/*
 * interp.c — the interpreter loop.
 *
 * Threaded code (see module.h) is dispatched with computed goto under GCC
 * and Clang, or with a switch when BL_SWITCH_DISPATCH is defined; the
 * CASE/NEXT macros hide which.  Operands are pre-decoded words: SRC()
 * reads a source operand (a register reference or a constant term),
 * STORE() writes a destination.
 *
 * Protect before you can be interrupted: an instruction that may collect
 * garbage (an allocation, a BIF) first writes back the stack pointer E to
 * the process (SAVE_STATE), because the collector scans the stack through
 * p->E, and reloads nothing else: x registers are updated in place and
 * operands are re-read after the allocation.  Heap pointers held in C
 * locals across an allocation are a bug.
 *
 * Reductions: every call and return charges one; when the budget runs out
 * at a call, the process is suspended at the callee's entry with its
 * arguments saved, which is the only point a process is switched out
 * involuntarily.
 */
#include "interp.h"

#include <stdlib.h>
#include <string.h>

#include "bif.h"
#include "error.h"
#include "gc.h"
#include "binary.h"
#include "bytecode.h"
#include "map.h"
#include "sched.h"
#include "opcodes.h"

#if !defined(BL_SWITCH_DISPATCH) && (defined(__GNUC__) || defined(__clang__))
#define BL_COMPUTED_GOTO 1
#endif

#define X_INDEX(w) ((unsigned)header_arity(w))
#define SRC(w) \
    (is_header(w) ? (header_subtag(w) == SUB_XREG ? x[X_INDEX(w)] : E[1 + X_INDEX(w)]) : (bl_term)(w))
#define STORE(w, v)                                          \
    do {                                                     \
        bl_term store_v_ = (v);                              \
        if (header_subtag(w) == SUB_XREG) x[X_INDEX(w)] = store_v_; \
        else E[1 + X_INDEX(w)] = store_v_;                   \
    } while (0)

/* Operands the loader has found to be an x or a y register, or a
 * constant. */
#define XREG(w) x[X_INDEX(w)]
#define YREG(w) E[1 + X_INDEX(w)]
#define CONST(w) ((bl_term)(w))

#define SAVE_STATE() (p->E = E)

/* Allocate `words` keeping `live` x registers; jumps to the out-of-memory
 * path if the heap cannot grow. */
#define HEAP_NEED(words, live)                                              \
    do {                                                                    \
        SAVE_STATE();                                                       \
        if (gc_ensure(p, (words), (live), x, NULL, 0) != 0) goto heap_exhausted; \
    } while (0)

static bl_term interp_make_tuple_from(bl_process *p, const bl_code *srcs, unsigned n, bl_term *x,
                                      bl_term *E) {
    bl_term *t = heap_take(p, 1 + n);
    t[0] = make_header(SUB_TUPLE, n);
    for (unsigned i = 0; i < n; i++) t[1 + i] = SRC(srcs[i]);
    return make_boxed(t);
}

/* A match segment's size in bits: false for a negative size or one past
 * the largest binary, whose product with the unit could wrap. */
static inline bool bs_match_bits(bl_term size, unsigned flags, size_t *bits) {
    unsigned unit = (flags >> BS_UNIT_SHIFT) & 0x1FF;
    if (!is_small(size) || small_val(size) < 0) return false;
    if (unit && (size_t)small_val(size) > BINARY_MAX_BYTES * 8 / unit) return false;
    *bits = (size_t)small_val(size) * unit;
    return true;
}

/* Suspends the process at `target` with `arity` argument registers. */
static void interp_save_args(bl_process *p, const bl_term *x, unsigned arity) {
    if (arity > p->saved_x_cap) {
        unsigned cap = arity < 8 ? 8 : arity;
        bl_term *saved = realloc(p->saved_x, cap * sizeof *saved);
        if (!saved) return; /* cannot happen in practice; args stay in x */
        p->saved_x = saved;
        p->saved_x_cap = cap;
    }
    memcpy(p->saved_x, x, arity * sizeof *x);
    p->nsaved_x = arity;
}

/* Grows the stack so that `words` more fit below E.  Returns the new E, or
 * NULL when the process is over its stack limit. */
static bl_term *interp_grow_stack(bl_process *p, bl_term *E, size_t words) {
    size_t used = (size_t)(p->stack_end - E);
    size_t size = (size_t)(p->stack_end - p->stack);
    size_t want = size * 2;
    while (want < used + words) want *= 2;
    if (want > PROCESS_MAX_STACK_WORDS) return NULL;
    bl_term *stack = malloc(want * sizeof *stack);
    if (!stack) return NULL;
    memcpy(stack + want - used, E, used * sizeof *stack);
    free(p->stack);
    p->stack = stack;
    p->stack_end = stack + want;
    p->E = p->stack_end - used;
    return p->E;
}

const void *const *interp_dispatch_table(void) {
    static bl_process *none;
    const void *const *table = NULL;
    interp_run_with(NULL, none, &table);
    return table;
}

interp_result interp_run(bl_sched *sched, bl_process *p) { return interp_run_with(sched, p, NULL); }

interp_result interp_run_with(bl_sched *sched, bl_process *p, const void *const **table_out) {
#ifdef BL_COMPUTED_GOTO
    static const void *const dispatch[OP_COUNT] = {
#define OP_ADDR(name, fmt, doc) &&L_##name,
        OPCODE_LIST(OP_ADDR)
#undef OP_ADDR
    };
#define CASE(name) L_##name:
#define NEXT() goto *(const void *)pc[0]
#else
    static const void *const dispatch[OP_COUNT] = {
#define OP_NUM(name, fmt, doc) (const void *)(uintptr_t)OP_##name,
        OPCODE_LIST(OP_NUM)
#undef OP_NUM
    };
#define CASE(name) case OP_##name:
#define NEXT() goto dispatch_next
#endif
    if (table_out) {
        *table_out = dispatch;
        return RUN_EXIT;
    }

    bl_vm *vm = p->vm;
    const bl_export *call_e;
    unsigned call_arity;
    bl_term *x = sched->x;
    bl_term *E = p->E;
    const bl_code *pc = p->pc;
    const bl_code *cp = p->cp;
    if (p->nsaved_x) memcpy(x, p->saved_x, p->nsaved_x * sizeof *x);
    p->nsaved_x = 0;
    p->reds_left = sched->slice_reds;

    /* Charges a reduction before entering `target`; may suspend. */
#define ENTER(target, arity)                                \
    do {                                                    \
        const bl_code *enter_to_ = (target);                \
        if (--p->reds_left <= 0) {                          \
            p->pc = enter_to_;                              \
            p->cp = cp;                                     \
            SAVE_STATE();                                   \
            interp_save_args(p, x, (arity));                \
            return RUN_YIELD;                               \
        }                                                   \
        pc = enter_to_;                                     \
        NEXT();                                             \
    } while (0)

#ifdef BL_COMPUTED_GOTO
    NEXT();
#else
dispatch_next:
    switch ((bl_opcode)pc[0]) {
#endif

    CASE(label) CASE(line) {
        pc += 2; /* never present in loaded code */
        NEXT();
    }

    CASE(func_info) {
        /* Reached when no clause of the function matched. */
        p->exc_class = ATOM_TERM(error);
        p->exc_reason = ATOM_TERM(function_clause);
        p->exc_stacktrace = NIL;
        SAVE_STATE();
        error_function_clause_frame(p, pc, x);
        goto raise;
    }

    CASE(allocate)
    allocate_general: {
        unsigned n = (unsigned)pc[1];
        if ((size_t)(E - p->stack) < n + 1u) {
            SAVE_STATE();
            E = interp_grow_stack(p, E, n + 1);
            if (!E) {
                E = p->E;
                p->exc_class = ATOM_TERM(error);
                p->exc_reason = ATOM_TERM(system_limit);
                p->exc_stacktrace = NIL;
                goto raise;
            }
        }
        E -= n + 1;
        E[0] = make_cp(cp);
        for (unsigned i = 1; i <= n; i++) E[i] = NIL;
        pc += 3;
        NEXT();
    }

    /* The loader's variants for the common small frames: the slots are
     * cleared without a loop.  A stack that must grow takes the general
     * path. */
#define ALLOCATE_N(name, n, clear)                          \
    CASE(name) {                                            \
        if ((size_t)(E - p->stack) < (n) + 1u) goto allocate_general; \
        E -= (n) + 1;                                       \
        E[0] = make_cp(cp);                                 \
        clear;                                              \
        pc += 3;                                            \
        NEXT();                                             \
    }
    ALLOCATE_N(allocate_1, 1, E[1] = NIL)
    ALLOCATE_N(allocate_2, 2, (E[1] = NIL, E[2] = NIL))
    ALLOCATE_N(allocate_3, 3, (E[1] = NIL, E[2] = NIL, E[3] = NIL))
    ALLOCATE_N(allocate_4, 4, (E[1] = NIL, E[2] = NIL, E[3] = NIL, E[4] = NIL))
#undef ALLOCATE_N

    /* A deallocate the loader found right before a return does both. */
    CASE(deallocate_return) {
        cp = (const bl_code *)cp_val(E[0]);
        E += pc[1] + 1;
        if (!cp) goto normal_exit;
        p->reds_left--;
        pc = cp;
        NEXT();
    }

    CASE(deallocate) {
        cp = (const bl_code *)cp_val(E[0]);
        E += pc[1] + 1;
        pc += 2;
        NEXT();
    }

    CASE(return) {
        if (!cp) goto normal_exit;
        p->reds_left--;
        pc = cp;
        NEXT();
    }

    CASE(call) {
        cp = pc + 3;
        ENTER((const bl_code *)pc[2], (unsigned)pc[1]);
    }

    CASE(call_last) {
        cp = (const bl_code *)cp_val(E[0]);
        E += pc[3] + 1;
        ENTER((const bl_code *)pc[2], (unsigned)pc[1]);
    }

    CASE(call_only) {
        ENTER((const bl_code *)pc[2], (unsigned)pc[1]);
    }

    CASE(call_ext) {
        call_e = (bl_export *)pc[2];
        call_arity = (unsigned)pc[1];
        cp = pc + 3;
        goto call_export;
    }

    CASE(call_ext_last) {
        call_e = (bl_export *)pc[2];
        call_arity = (unsigned)pc[1];
        cp = (const bl_code *)cp_val(E[0]);
        E += pc[3] + 1;
        goto call_export;
    }

    CASE(call_fun) {
        call_arity = (unsigned)pc[1];
        cp = pc + 2;
        goto call_fun;
    }

    CASE(call_fun_last) {
        call_arity = (unsigned)pc[1];
        cp = (const bl_code *)cp_val(E[0]);
        E += pc[2] + 1;
        goto call_fun;
    }

    CASE(apply) {
        call_arity = (unsigned)pc[1];
        cp = pc + 2;
        goto do_apply;
    }

    CASE(apply_last) {
        call_arity = (unsigned)pc[1];
        cp = (const bl_code *)cp_val(E[0]);
        E += pc[2] + 1;
        goto do_apply;
    }

/* The shared tails of the call instructions.  On entry call_arity (and
 * call_e for exports) are set, arguments are in x registers and cp is the
 * continuation. */
call_export:
    if (call_e->code) ENTER(call_e->code, call_arity);
    if (call_e->bif) {
        SAVE_STATE();
        p->exc_class = ATOM_TERM(error);
        bif_prepare(p, x, call_arity, x, call_arity);
        p->bif_export = call_e;
        bl_term r = call_e->bif(p, x);
        E = p->E;
        if (r == THE_NON_VALUE) {
            /* :erlang.apply/3 lays out a call and asks for it this way. */
            if (p->exc_why) {
                /* a continuation's arguments start with those of the BIF it continues */
                const bl_export *shown = call_e->trap_of ? call_e->trap_of : call_e;
                error_bif_frame(p, shown, x, shown->arity);
            }
            if (p->exc_class == THE_NON_VALUE) {
                bl_trap trap = p->trap;
                p->trap = TRAP_NONE;
                call_arity = p->bif_nargs;
                if (trap == TRAP_BIF) {
                    /* the BIF did part of its work: continue it, after
                     * switching out if the budget is spent */
                    call_e = p->bif_export;
                    if (p->reds_left <= 0) {
                        p->pc = vm->resume_code;
                        p->cp = cp;
                        SAVE_STATE();
                        interp_save_args(p, x, call_arity);
                        return RUN_YIELD;
                    }
                    goto call_export;
                }
                if (trap == TRAP_HALT) {
                    SAVE_STATE();
                    p->exit_reason = ATOM_TERM(normal);
                    return RUN_EXIT;
                }
                if (trap == TRAP_EXIT) { /* an exit signal to itself: exit_reason is set */
                    SAVE_STATE();
                    return RUN_EXIT;
                }
                if (trap == TRAP_CALL_FUN) goto call_fun;
                goto do_apply;
            }
            goto raise;
        }
        x[0] = r;
        if (!cp) goto normal_exit;
        p->reds_left--;
        pc = cp;
        NEXT();
    }
    /* a module of the standard library not needed until now */
    if (vm_autoload(vm, call_e->module)) goto call_export;
    p->exc_class = ATOM_TERM(error);
    p->exc_reason = ATOM_TERM(undef);
    p->exc_stacktrace = NIL;
    SAVE_STATE();
    error_undef_frame(p, call_e, x);
    goto raise;

call_fun: {
    bl_term fun = x[call_arity];
    if (is_boxed_of(fun, SUB_FUN)) {
        bl_term *f = boxed_ptr(fun);
        const bl_lambda *l = (const bl_lambda *)(uintptr_t)f[1];
        if (l->arity != call_arity) goto bad_arity;
        for (unsigned i = 0; i < l->nfree; i++) x[call_arity + i] = f[2 + i];
        ENTER(l->code, call_arity + l->nfree);
    }
    if (is_boxed_of(fun, SUB_EXPORT)) {
        call_e = (bl_export *)(uintptr_t)boxed_ptr(fun)[1];
        if (call_e->arity != call_arity) goto bad_arity;
        goto call_export;
    }
    p->exc_class = ATOM_TERM(error);
    SAVE_STATE();
    p->exc_reason = error_make_pair(p, ATOM_TERM(badfun), fun);
    p->exc_stacktrace = NIL;
    goto raise;
}
bad_arity:
    p->exc_class = ATOM_TERM(error);
    SAVE_STATE();
    p->exc_reason = error_badarity(p, x, call_arity);
    p->exc_stacktrace = NIL;
    goto raise;

do_apply: {
    bl_term mod = x[call_arity], fun = x[call_arity + 1];
    if (!is_atom(mod) || !is_atom(fun)) {
        p->exc_class = ATOM_TERM(error);
        p->exc_reason = ATOM_TERM(badarg);
        p->exc_stacktrace = NIL;
        goto raise;
    }
    call_e = vm_export_get(vm, mod, fun, call_arity);
    if (!call_e) goto heap_exhausted;
    goto call_export;
}

/* The arithmetic BIFs the loader gives handlers of their own (operands
 * as for `bif`, with two arguments): +, - and * of two small integers
 * whose result is small, and the general bif for anything else (bignums,
 * floats, errors).  `reada`/`readb` read the two arguments: SRC for any
 * operand, or, in the loader's variants for known operand kinds, XREG,
 * YREG or CONST, which skip the decoding. */
#define ARITH(name, reada, readb, expr)                                \
    CASE(name) {                                                       \
        bl_term a = reada(pc[6]), b = readb(pc[7]);                    \
        bl_sword r;                                                    \
        if (is_small(a) && readb##_SMALL(b) && (expr) && small_fits(r)) { \
            STORE(pc[4], make_small(r));                               \
            pc += 8;                                                   \
            NEXT();                                                    \
        }                                                              \
        goto bif_general;                                              \
    }
/* whether b is a small integer: the loader's constants always are */
#define SRC_SMALL(b) is_small(b)
#define XREG_SMALL(b) is_small(b)
#define YREG_SMALL(b) is_small(b)
#define CONST_SMALL(b) true
#define ADD (r = small_val(a) + small_val(b), true)
#define SUB (r = small_val(a) - small_val(b), true)
    ARITH(bif_add, SRC, SRC, ADD)
    ARITH(bif_sub, SRC, SRC, SUB)
    ARITH(bif_mul, SRC, SRC, !__builtin_mul_overflow(small_val(a), small_val(b), &r))
    ARITH(bif_add_xc, XREG, CONST, ADD)
    ARITH(bif_add_yc, YREG, CONST, ADD)
    ARITH(bif_sub_xc, XREG, CONST, SUB)
    ARITH(bif_sub_yc, YREG, CONST, SUB)
    ARITH(bif_add_xx, XREG, XREG, ADD)
    ARITH(bif_add_xy, XREG, YREG, ADD)
    ARITH(bif_add_yx, YREG, XREG, ADD)
    ARITH(bif_add_yy, YREG, YREG, ADD)
    ARITH(bif_sub_xx, XREG, XREG, SUB)
    ARITH(bif_sub_xy, XREG, YREG, SUB)
    ARITH(bif_sub_yx, YREG, XREG, SUB)
    ARITH(bif_sub_yy, YREG, YREG, SUB)
#undef ADD
#undef SUB
#undef SRC_SMALL
#undef XREG_SMALL
#undef YREG_SMALL
#undef CONST_SMALL
#undef ARITH

    CASE(bif)
    bif_general: {
        bl_export *e = (bl_export *)pc[1];
        const bl_code *fail = (const bl_code *)pc[2];
        unsigned live = (unsigned)pc[3];
        bl_code dst = pc[4];
        unsigned n = (unsigned)pc[5];
        bl_term args[8];
        for (unsigned i = 0; i < n; i++) args[i] = SRC(pc[6 + i]);
        SAVE_STATE();
        bif_prepare(p, x, live, args, n);
        p->bif_export = e;
        bl_term r = e->bif(p, args);
        E = p->E;
        if (r == THE_NON_VALUE) {
            if (fail) {
                p->exc_why = NULL;
                pc = fail;
                NEXT();
            }
            if (p->exc_why) error_bif_frame(p, e, args, n);
            goto raise;
        }
        STORE(dst, r);
        pc += 6 + n;
        NEXT();
    }

    CASE(resume_bif) {
        call_e = p->bif_export;
        call_arity = call_e->arity;
        goto call_export;
    }

    CASE(move) {
        STORE(pc[2], SRC(pc[1]));
        pc += 3;
        NEXT();
    }

    /* The loader's variants of move (ld_specialise): the operand kinds
     * are known, so the words are read without decoding. */
#define MOVE_VARIANT(name, dst, src) \
    CASE(name) {                     \
        dst = src;                   \
        pc += 3;                     \
        NEXT();                      \
    }
    MOVE_VARIANT(move_xx, XREG(pc[2]), XREG(pc[1]))
    MOVE_VARIANT(move_xy, YREG(pc[2]), XREG(pc[1]))
    MOVE_VARIANT(move_yx, XREG(pc[2]), YREG(pc[1]))
    MOVE_VARIANT(move_yy, YREG(pc[2]), YREG(pc[1]))
    MOVE_VARIANT(move_cx, XREG(pc[2]), CONST(pc[1]))
    MOVE_VARIANT(move_cy, YREG(pc[2]), CONST(pc[1]))
#undef MOVE_VARIANT

    CASE(jump) {
        pc = (const bl_code *)pc[1];
        NEXT();
    }

/* Type tests: jump to the label unless the operand passes.  The _x
 * variants are the loader's, for an operand in an x register. */
#define TYPE_TEST(name, read, test)                  \
    CASE(name) {                                     \
        bl_term v = read(pc[2]);                     \
        if (!(test)) {                               \
            pc = (const bl_code *)pc[1];             \
            NEXT();                                  \
        }                                            \
        pc += 3;                                     \
        NEXT();                                      \
    }
    TYPE_TEST(is_integer, SRC, is_integer(v))
    TYPE_TEST(is_float, SRC, is_float(v))
    TYPE_TEST(is_number, SRC, is_number(v))
    TYPE_TEST(is_atom, SRC, is_atom(v))
    TYPE_TEST(is_boolean, SRC, v == A_TRUE || v == A_FALSE)
    TYPE_TEST(is_binary, SRC, is_binary(v))
    TYPE_TEST(is_list, SRC, is_list_or_nil(v))
    TYPE_TEST(is_nonempty_list, SRC, is_list(v))
    TYPE_TEST(is_nil, SRC, v == NIL)
    TYPE_TEST(is_tuple, SRC, is_tuple(v))
    TYPE_TEST(is_function, SRC, is_fun(v))
    TYPE_TEST(is_pid, SRC, is_pid(v))
    TYPE_TEST(is_map, SRC, is_map(v))
    TYPE_TEST(is_truthy, SRC, v != A_NIL && v != A_FALSE)
    TYPE_TEST(is_tuple_x, XREG, is_tuple(v))
    TYPE_TEST(is_nonempty_list_x, XREG, is_list(v))
    TYPE_TEST(is_nil_x, XREG, v == NIL)
#undef TYPE_TEST

#define TEST_ARITY(name, read)                                 \
    CASE(name) {                                               \
        bl_term v = read(pc[2]);                               \
        if (!is_tuple(v) || tuple_arity(v) != pc[3]) {         \
            pc = (const bl_code *)pc[1];                       \
            NEXT();                                            \
        }                                                      \
        pc += 4;                                               \
        NEXT();                                                \
    }
    TEST_ARITY(test_arity, SRC)
    TEST_ARITY(test_arity_x, XREG)
#undef TEST_ARITY

/* Comparisons: jump to the label unless the test holds.  The loader's
 * variants (a register and a constant: an immediate for the exact tests,
 * a small integer for the ordering ones) read without decoding. */
#define CMP_TEST(name, reada, readb, test)            \
    CASE(name) {                                      \
        bl_term a = reada(pc[2]), b = readb(pc[3]);   \
        if (!(test)) {                                \
            pc = (const bl_code *)pc[1];              \
            NEXT();                                   \
        }                                             \
        pc += 4;                                      \
        NEXT();                                       \
    }
#define LT_SMALL(a, b) (is_small(a) ? (bl_sword)(a) < (bl_sword)(b) : term_compare(vm, a, b) < 0)
    CMP_TEST(is_eq_exact, SRC, SRC, a == b || term_equal_exact(a, b))
    CMP_TEST(is_ne_exact, SRC, SRC, !(a == b || term_equal_exact(a, b)))
    CMP_TEST(is_eq, SRC, SRC, a == b || term_equal(a, b))
    CMP_TEST(is_ne, SRC, SRC, !(a == b || term_equal(a, b)))
    CMP_TEST(is_lt, SRC, SRC, (is_small(a) && is_small(b)) ? (bl_sword)a < (bl_sword)b : term_compare(vm, a, b) < 0)
    CMP_TEST(is_ge, SRC, SRC, (is_small(a) && is_small(b)) ? (bl_sword)a >= (bl_sword)b : term_compare(vm, a, b) >= 0)
    CMP_TEST(is_eq_exact_xc, XREG, CONST, a == b)
    CMP_TEST(is_eq_exact_yc, YREG, CONST, a == b)
    CMP_TEST(is_ne_exact_xc, XREG, CONST, a != b)
    CMP_TEST(is_ne_exact_yc, YREG, CONST, a != b)
    CMP_TEST(is_lt_xc, XREG, CONST, LT_SMALL(a, b))
    CMP_TEST(is_lt_yc, YREG, CONST, LT_SMALL(a, b))
    CMP_TEST(is_ge_xc, XREG, CONST, !LT_SMALL(a, b))
    CMP_TEST(is_ge_yc, YREG, CONST, !LT_SMALL(a, b))
#undef LT_SMALL
#undef CMP_TEST

#define GET_LIST(name, read)                                   \
    CASE(name) {                                               \
        bl_term l = read(pc[1]);                               \
        STORE(pc[2], list_head(l));                            \
        STORE(pc[3], list_tail(l));                            \
        pc += 4;                                               \
        NEXT();                                                \
    }
    GET_LIST(get_list, SRC)
    GET_LIST(get_list_x, XREG)
#undef GET_LIST

    CASE(get_hd) {
        STORE(pc[2], list_head(SRC(pc[1])));
        pc += 3;
        NEXT();
    }

    CASE(get_tl) {
        STORE(pc[2], list_tail(SRC(pc[1])));
        pc += 3;
        NEXT();
    }

#define XSTORE(w, v) (XREG(w) = (v))
#define GET_TUPLE_ELEMENT(name, read, store)                   \
    CASE(name) {                                               \
        store(pc[3], tuple_elems(read(pc[1]))[pc[2]]);         \
        pc += 4;                                               \
        NEXT();                                                \
    }
    GET_TUPLE_ELEMENT(get_tuple_element, SRC, STORE)
    GET_TUPLE_ELEMENT(get_tuple_element_x, XREG, STORE)
    GET_TUPLE_ELEMENT(get_tuple_element_xx, XREG, XSTORE)
#undef GET_TUPLE_ELEMENT
#undef XSTORE

    CASE(put_list) {
        HEAP_NEED(2, (unsigned)pc[4]);
        bl_term *cell = heap_take(p, 2);
        cell[0] = SRC(pc[1]);
        cell[1] = SRC(pc[2]);
        STORE(pc[3], make_list(cell));
        pc += 5;
        NEXT();
    }

    CASE(make_tuple) {
        unsigned n = (unsigned)pc[3];
        HEAP_NEED(1 + n, (unsigned)pc[2]);
        STORE(pc[1], interp_make_tuple_from(p, pc + 4, n, x, E));
        pc += 4 + n;
        NEXT();
    }

    CASE(make_list) {
        unsigned n = (unsigned)pc[4];
        HEAP_NEED(2 * (size_t)n, (unsigned)pc[2]);
        bl_term *cells = heap_take(p, 2 * (size_t)n);
        for (unsigned i = 0; i < n; i++) {
            cells[2 * i] = SRC(pc[5 + i]);
            cells[2 * i + 1] = i + 1 < n ? make_list(&cells[2 * (i + 1)]) : SRC(pc[3]);
        }
        STORE(pc[1], n ? make_list(cells) : SRC(pc[3]));
        pc += 5 + n;
        NEXT();
    }

    CASE(make_fun) {
        const bl_lambda *l = (const bl_lambda *)pc[2];
        unsigned n = (unsigned)pc[4];
        HEAP_NEED(2 + n, (unsigned)pc[3]);
        bl_term *f = heap_take(p, 2 + n);
        f[0] = make_header(SUB_FUN, 1 + n);
        f[1] = (bl_term)(uintptr_t)l;
        for (unsigned i = 0; i < n; i++) f[2 + i] = SRC(pc[5 + i]);
        STORE(pc[1], make_boxed(f));
        pc += 5 + n;
        NEXT();
    }

    CASE(make_map) {
        unsigned n = (unsigned)pc[3] / 2;
        if (n > MAP_FLAT_MAX) {
            /* A trie: planned from the pairs, which are gathered again
             * once there is room (a collection moves them). */
            bl_term *pairs = malloc(2 * (size_t)n * sizeof *pairs);
            map_builder b;
            if (!pairs) goto heap_exhausted;
            for (unsigned i = 0; i < 2 * n; i++) pairs[i] = SRC(pc[4 + i]);
            int planned = map_build_plan(vm, &b, pairs, n);
            SAVE_STATE();
            if (planned != 0 || gc_ensure(p, b.words, (unsigned)pc[2], x, NULL, 0) != 0) {
                map_build_free(&b);
                free(pairs);
                goto heap_exhausted;
            }
            for (unsigned i = 0; i < 2 * n; i++) pairs[i] = SRC(pc[4 + i]);
            bl_term m = map_build_emit(vm, &b, pairs, heap_take(p, b.words));
            map_build_free(&b);
            free(pairs);
            STORE(pc[1], m);
            pc += 4 + 2 * n;
            NEXT();
        }
        HEAP_NEED(1 + 2 * (size_t)n, (unsigned)pc[2]);
        bl_term *obj = heap_take(p, 1 + 2 * (size_t)n);
        for (unsigned i = 0; i < 2 * n; i++) obj[1 + i] = SRC(pc[4 + i]);
        size_t m = map_sort_pairs(vm, obj + 1, n);
        obj[0] = make_header(SUB_MAP, 2 * m);
        p->htop -= 2 * (n - m); /* duplicate keys: the later one was kept */
        STORE(pc[1], make_boxed(obj));
        pc += 4 + 2 * n;
        NEXT();
    }

    CASE(update_map) {
        unsigned n = (unsigned)pc[4] / 2;
        bl_term src = SRC(pc[3]), missing_key;
        if (!is_map(src)) {
            SAVE_STATE();
            p->exc_class = ATOM_TERM(error);
            p->exc_reason = error_make_pair(p, ATOM_TERM(badmap), src);
            p->exc_stacktrace = NIL;
            goto raise;
        }
        if (is_hashmap(src)) {
            /* One update per key, each a root while the next one allocates. */
            bl_term roots[3] = {src, NIL, NIL};
            for (unsigned i = 0; i < n; i++) {
                roots[1] = SRC(pc[5 + 2 * i]);
                roots[2] = SRC(pc[6 + 2 * i]);
                SAVE_STATE();
                bif_prepare(p, x, (unsigned)pc[2], roots, 3);
                bool missing;
                bl_term r = map_update(p, roots, 0, 1, 2, &missing);
                if (missing) {
                    missing_key = roots[1];
                    goto update_map_badkey;
                }
                if (r == THE_NON_VALUE) goto raise;
                roots[0] = r;
            }
            STORE(pc[1], roots[0]);
            pc += 5 + 2 * n;
            NEXT();
        }
        /* A flat map: copied once, each key found once, in the copy. */
        size_t size = map_size(src);
        HEAP_NEED(1 + 2 * size, (unsigned)pc[2]);
        src = SRC(pc[3]); /* re-read after a possible collection */
        bl_term *obj = heap_take(p, 1 + 2 * size);
        memcpy(obj, boxed_ptr(src), (1 + 2 * size) * sizeof *obj);
        bl_term tmp = make_boxed(obj);
        for (unsigned i = 0; i < n; i++) {
            bl_term key = SRC(pc[5 + 2 * i]);
            long at = flatmap_index(vm, tmp, key);
            if (at < 0) {
                p->htop = obj; /* the copy is dropped: give its words back */
                missing_key = key;
                goto update_map_badkey;
            }
            obj[2 + 2 * at] = SRC(pc[6 + 2 * i]);
        }
        STORE(pc[1], tmp);
        pc += 5 + 2 * n;
        NEXT();
    update_map_badkey:
        SAVE_STATE();
        p->exc_class = ATOM_TERM(error);
        p->exc_reason = error_make_pair(p, ATOM_TERM(badkey), missing_key);
        p->exc_stacktrace = NIL;
        goto raise;
    }

    CASE(get_map_elem) {
        bl_term m = SRC(pc[2]);
        bl_term v = is_map(m) ? map_get(vm, m, SRC(pc[3])) : THE_NON_VALUE;
        if (v == THE_NON_VALUE) {
            pc = (const bl_code *)pc[1];
            NEXT();
        }
        STORE(pc[4], v);
        pc += 5;
        NEXT();
    }

    CASE(bs_build) {
        unsigned n = (unsigned)pc[3] / 3;
        size_t bits = 0;
        for (unsigned i = 0; i < n; i++) {
            long long b = binary_segment_bits(SRC(pc[4 + 3 * i]), SRC(pc[5 + 3 * i]),
                                              (unsigned)small_val(SRC(pc[6 + 3 * i])));
            if (b == BINARY_SEGMENT_TOO_LARGE) goto heap_exhausted; /* system_limit */
            if (b < 0) goto bs_badarg;
            /* each b is at most BINARY_MAX_BYTES * 8: the sum cannot wrap */
            bits += (size_t)b;
        }
        if (bits / 8 > BINARY_MAX_BYTES) goto heap_exhausted;
        if (bits % 8 != 0) goto bs_badarg;
        size_t words = binary_new_words(bits / 8);
        HEAP_NEED(words, (unsigned)pc[2]);
        unsigned char *bytes;
        bl_term bin = binary_new(p, heap_take(p, words), bits / 8, &bytes);
        if (bin == THE_NON_VALUE) goto heap_exhausted;
        memset(bytes, 0, bits / 8);
        size_t at = 0;
        for (unsigned i = 0; i < n; i++)
            binary_write_segment(bytes, &at, SRC(pc[4 + 3 * i]), SRC(pc[5 + 3 * i]),
                                 (unsigned)small_val(SRC(pc[6 + 3 * i])));
        STORE(pc[1], bin);
        p->reds_left -= (int32_t)(bits / 8 / 64);
        pc += 4 + 3 * n;
        NEXT();
    bs_badarg:
        p->exc_class = ATOM_TERM(error);
        p->exc_reason = ATOM_TERM(badarg);
        p->exc_stacktrace = NIL;
        goto raise;
    }

    CASE(bs_get_integer) {
        bl_term bin = SRC(pc[2]), size = SRC(pc[4]);
        size_t pos = (size_t)small_val(x[pc[3]]);
        unsigned flags = (unsigned)pc[5];
        bl_sword v;
        size_t bits;
        if (!bs_match_bits(size, flags, &bits) || pos + bits > binary_size(bin) * 8) goto bs_fail;
        bl_term value;
        if (binary_read_integer(binary_bytes(bin), pos, bits, flags, &v)) {
            value = make_small(v);
        } else {
            /* beyond a small integer: a bignum, allocated like a BIF result */
            SAVE_STATE();
            bl_term keep[1] = {bin};
            bif_prepare(p, x, (unsigned)pc[3] + 1, keep, 1);
            value = binary_read_big(p, binary_bytes(bin), pos, bits, flags);
            if (value == THE_NON_VALUE) goto raise;
        }
        x[pc[3]] = make_small((bl_sword)(pos + bits));
        STORE(pc[6], value);
        pc += 7;
        NEXT();
    }

    CASE(bs_get_float) {
        bl_term bin = SRC(pc[2]), size = SRC(pc[4]);
        size_t pos = (size_t)small_val(x[pc[3]]);
        unsigned flags = (unsigned)pc[5];
        size_t bits;
        if (!bs_match_bits(size, flags, &bits)) goto bs_fail;
        if ((bits != 64 && bits != 32) || pos % 8 || pos + bits > binary_size(bin) * 8) goto bs_fail;
        HEAP_NEED(2, (unsigned)pc[3] + 1);
        bin = SRC(pc[2]);
        const unsigned char *data = binary_bytes(bin) + pos / 8;
        uint64_t raw = 0;
        for (size_t i = 0; i < bits / 8; i++)
            raw = (flags & BS_LITTLE) ? raw | (uint64_t)data[i] << (8 * i) : raw << 8 | data[i];
        double d;
        if (bits == 32) {
            float f;
            uint32_t r32 = (uint32_t)raw;
            memcpy(&f, &r32, sizeof f);
            d = f;
        } else {
            memcpy(&d, &raw, sizeof d);
        }
        bl_term *obj = heap_take(p, 2);
        obj[0] = make_header(SUB_FLOAT, 1);
        memcpy(obj + 1, &d, sizeof d);
        x[pc[3]] = make_small((bl_sword)(pos + bits));
        STORE(pc[6], make_boxed(obj));
        pc += 7;
        NEXT();
    }

    CASE(bs_get_binary) {
        bl_term bin = SRC(pc[2]), size = SRC(pc[4]);
        size_t pos = (size_t)small_val(x[pc[3]]);
        unsigned flags = (unsigned)pc[5];
        size_t total = binary_size(bin) * 8, bits;
        if (is_atom(size)) bits = total - pos;
        else if (!bs_match_bits(size, flags, &bits)) goto bs_fail;
        if (pos % 8 || bits % 8 || pos + bits > total) goto bs_fail;
        HEAP_NEED(4, (unsigned)pc[3] + 1);
        bin = SRC(pc[2]);
        bl_term sub = binary_make_sub(heap_take(p, 4), bin, pos / 8, bits / 8);
        x[pc[3]] = make_small((bl_sword)(pos + bits));
        STORE(pc[6], sub);
        pc += 7;
        NEXT();
    }

    CASE(bs_get_utf8) {
        bl_term bin = SRC(pc[2]);
        size_t pos = (size_t)small_val(x[pc[3]]);
        uint32_t cp;
        size_t len = binary_size(bin);
        if (pos % 8 || pos / 8 >= len) goto bs_fail;
        size_t n = binary_read_utf8(binary_bytes(bin) + pos / 8, len - pos / 8, &cp);
        if (n == 0) goto bs_fail;
        x[pc[3]] = make_small((bl_sword)(pos + 8 * n));
        STORE(pc[4], make_small(cp));
        pc += 5;
        NEXT();
    }

    CASE(bs_test_tail) {
        if ((size_t)small_val(x[pc[3]]) != binary_size(SRC(pc[2])) * 8) goto bs_fail;
        pc += 4;
        NEXT();
    bs_fail:
        pc = (const bl_code *)pc[1];
        NEXT();
    }

    CASE(badmatch) {
        p->exc_class = ATOM_TERM(error);
        SAVE_STATE();
        bl_term v = SRC(pc[1]);
        p->exc_reason = error_make_pair(p, ATOM_TERM(badmatch), v);
        p->exc_stacktrace = NIL;
        goto raise;
    }

    CASE(case_end) {
        p->exc_class = ATOM_TERM(error);
        SAVE_STATE();
        bl_term v = SRC(pc[1]);
        p->exc_reason = error_make_pair(p, ATOM_TERM(case_clause), v);
        p->exc_stacktrace = NIL;
        goto raise;
    }

    CASE(cond_end) {
        p->exc_class = ATOM_TERM(error);
        p->exc_reason = ATOM_TERM(cond_clause);
        p->exc_stacktrace = NIL;
        goto raise;
    }

    CASE(recv_set_mark) {
        bl_term r = SRC(pc[1]);
        if (p->recv_mark && is_boxed_of(r, SUB_REF) && boxed_ptr(r)[1] == p->recv_mark_ref &&
            p->mbox.save == &p->mbox.head)
            p->mbox.save = p->recv_mark;
        pc += 2;
        NEXT();
    }

    CASE(loop_rec) {
        if (p->frag_words > RECV_GC_WORDS && p->frag_words > (size_t)(p->hend - p->heap)) {
            SAVE_STATE(); /* received blocks piling up (mailbox.h); no x register is live here */
            gc_collect(p, 0, 0, x, NULL, 0);
        }
        bl_message *msg = *p->mbox.save;
        if (!msg) {
            pc = (const bl_code *)pc[1];
            NEXT();
        }
        STORE(pc[2], msg->term);
        pc += 3;
        NEXT();
    }

    CASE(loop_rec_end) {
        bl_message *msg = *p->mbox.save;
        p->mbox.save = &msg->next;
        p->reds_left--;
        pc = (const bl_code *)pc[1];
        NEXT();
    }

    /* loop_rec_end jumping back to its loop_rec (as the compiler always
     * has it), which it runs itself: one dispatch less per message
     * skipped. */
    CASE(loop_rec_end_next) {
        bl_message *msg = (*p->mbox.save)->next;
        p->mbox.save = &(*p->mbox.save)->next;
        p->reds_left--;
        pc = (const bl_code *)pc[1];
        if (!msg) {
            pc = (const bl_code *)pc[1];
            NEXT();
        }
        XREG(pc[2]) = msg->term;
        pc += 3;
        NEXT();
    }

    CASE(remove_message) {
        if (p->recv_mark == &(*p->mbox.save)->next) p->recv_mark = NULL; /* its anchor goes */
        bl_message *msg = mbox_remove_current(&p->mbox);
        if (msg->frag) {
            /* the message's block joins the heap at the next collection */
            msg->frag->next = p->frags;
            p->frags = msg->frag;
            p->frag_words += msg->frag->words + FRAG_OWN_WORDS;
        } else {
            node_recycle(&vm->sched.node_cache, msg);
        }
        p->timeout_at = -1;
        p->timer_seq++;
        pc += 1;
        NEXT();
    }

    CASE(wait) {
        p->pc = (const bl_code *)pc[1];
        p->cp = cp;
        SAVE_STATE();
        p->nsaved_x = 0;
        return RUN_WAIT;
    }

    CASE(wait_timeout) {
        bl_term t = SRC(pc[2]);
        if (p->timeout_at < 0) {
            if (t == ATOM_TERM(infinity)) {
                p->pc = (const bl_code *)pc[1];
                p->cp = cp;
                SAVE_STATE();
                p->nsaved_x = 0;
                return RUN_WAIT;
            }
            if (!is_small(t) || small_val(t) < 0) {
                p->exc_class = ATOM_TERM(error);
                p->exc_reason = ATOM_TERM(timeout_value);
                p->exc_stacktrace = NIL;
                goto raise;
            }
            if (small_val(t) == 0) { /* after 0: time out at once */
                pc += 3;
                NEXT();
            }
            sched_arm_timeout(vm, p, small_val(t));
        }
        p->timeout_pc = pc + 3;
        p->pc = (const bl_code *)pc[1];
        p->cp = cp;
        SAVE_STATE();
        p->nsaved_x = 0;
        return RUN_WAIT;
    }

    CASE(timeout) {
        p->timeout_at = -1;
        p->timer_seq++;
        p->mbox.save = &p->mbox.head;
        pc += 1;
        NEXT();
    }

    CASE(try) {
        if (p->nhandlers == p->handlers_cap) {
            uint32_t cap = p->handlers_cap ? p->handlers_cap * 2 : 4;
            bl_handler *h = realloc(p->handlers, cap * sizeof *h);
            if (!h) goto heap_exhausted;
            p->handlers = h;
            p->handlers_cap = cap;
        }
        p->handlers[p->nhandlers++] = (bl_handler){(const bl_code *)pc[1], (size_t)(p->stack_end - E)};
        pc += 2;
        NEXT();
    }

    CASE(try_end) {
        p->nhandlers--;
        pc += 1;
        NEXT();
    }

#ifndef BL_COMPUTED_GOTO
    default: break;
    }
    /* Unknown opcodes cannot reach here: the loader verified the code. */
    goto heap_exhausted;
#endif

heap_exhausted:
    SAVE_STATE();
    p->exc_class = ATOM_TERM(error);
    p->exc_reason = ATOM_TERM(system_limit);
    p->exc_stacktrace = NIL;
    goto raise;

raise:
    SAVE_STATE();
    p->pc = pc;
    p->exc_why = NULL; /* a built-in's explanation is in its frame by now, or not wanted */
    if (p->over_max_heap) {
        /* past --max-heap: killed, whatever handlers it has */
        char msg[160];
        int n = snprintf(msg, sizeof msg, "[error] Process #PID<0.%u.0> killed: its heap grew past the limit of %zu words (--max-heap)\n",
                         p->pid, vm->config.max_heap_words);
        vm_write(vm, 1, msg, (size_t)n);
        p->exit_reason = ATOM_TERM(killed);
        p->exc_class = THE_NON_VALUE;
        return RUN_EXIT;
    }
    if (p->exc_stacktrace == NIL) error_build_stacktrace(p, pc);
    if (p->nhandlers > 0) {
        bl_handler h = p->handlers[--p->nhandlers];
        E = p->stack_end - h.frame_depth;
        cp = (const bl_code *)cp_val(E[0]);
        x[0] = p->exc_class;
        x[1] = p->exc_reason;
        x[2] = p->exc_stacktrace;
        pc = h.pc;
        NEXT();
    }
    p->exit_reason = error_exit_reason(p);
    return RUN_EXIT;

normal_exit:
    SAVE_STATE();
    p->exit_reason = ATOM_TERM(normal);
    p->exc_class = THE_NON_VALUE;
    p->exc_reason = x[0]; /* the value the entry function returned */
    return RUN_EXIT;
#undef CASE
#undef NEXT
#undef ENTER
}
