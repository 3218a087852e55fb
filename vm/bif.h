/*
 * bif.h — built-in functions written in C.
 *
 * A BIF is an export entry with a C function behind it.  It receives its
 * arguments as an array and returns the result, or THE_NON_VALUE after
 * setting the process's exception (bif_error and friends).  A BIF that
 * allocates does so through bif_alloc, which may collect garbage: the
 * argument array is a root and is updated in place, so a BIF re-reads its
 * arguments after allocating and holds no other heap pointers across it.
 */
#ifndef BL_BIF_H
#define BL_BIF_H

#include "format.h"
#include "vm.h"

/* Called before a BIF runs: what the collector must keep if it runs. */
static inline void bif_prepare(bl_process *p, bl_term *x, unsigned live, bl_term *args, unsigned nargs) {
    p->bif_x = x;
    p->bif_live = live;
    p->bif_args = args;
    p->bif_nargs = nargs;
}

/* Allocates `words` on the heap of the process running a BIF; NULL (with
 * a system_limit error set) when memory runs out. */
bl_term *bif_alloc(bl_process *p, size_t words);

bl_term bif_error(bl_process *p, bl_term reason);
bl_term bif_error2(bl_process *p, bl_term tag, bl_term value); /* raise {tag, value} */
bl_term bif_badarg(bl_process *p);
/* badarg explained: argument `argno` (from 1) is wrong because `why` (static
 * text).  The stack trace gets the BIF's own frame, as on BEAM, and
 * ArgumentError's message says "errors were found at the given arguments". */
bl_term bif_badarg_why(bl_process *p, int argno, const char *why);
/* Raises the exception struct `module` (an Elixir module name) with the
 * text of `message` and, when `extra_key` is set, that field holding
 * *extra_root (a root: the allocation may move it). */
bl_term bif_raise_exception(bl_process *p, const char *module, const fmt_buf *message, const char *extra_key,
                            bl_term *extra_root);

/* A binary holding what `buf` holds. */
bl_term bif_binary_from_buf(bl_process *p, const fmt_buf *buf);
/* Collects an iolist's bytes; false if it is not an iolist. */
bool bif_iolist_bytes(fmt_buf *b, bl_term t);
/* A new heap binary of `len` bytes; *bytes receives where to write them. */
bl_term bif_new_binary(bl_process *p, size_t len, unsigned char **bytes);
/* A float result; badarith for infinities and NaN. */
bl_term bif_float_result(bl_process *p, double d);

/* The internal opcode that runs BIF `f` with a small-integer fast path
 * (the loader puts it in place of `bif`), or 0. */
unsigned bif_arith_opcode(bl_bif_fn f);

/* Registers every C built-in as an export entry of the VM. */
int bif_register_all(bl_vm *vm);

/* Term helpers shared by BIFs and the interpreter. */
bl_term bif_make_float(bl_process *p, double d);  /* after bif_alloc-safe point */
int term_compare(bl_vm *vm, bl_term a, bl_term b); /* Erlang term order: <0, 0, >0 */
bool term_equal_exact(bl_term a, bl_term b);
/* Term order in which 1 and 1.0 differ (integer first): the order of map keys. */
int term_compare_exact(bl_vm *vm, bl_term a, bl_term b);
bool term_equal(bl_term a, bl_term b); /* == : 1 == 1.0 */

#endif
