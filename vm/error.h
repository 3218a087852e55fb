/*
 * error.h — building exception reasons and stack traces, and turning an
 * uncaught exception into the text Elixir prints.
 *
 * Exceptions raised by the VM carry Erlang reasons ({:badmatch, v},
 * :badarith, :function_clause, ...), exactly as on BEAM, so `catch` sees
 * what it sees in Elixir.  Stack traces are lists of
 * {module, function, arity | args, [file: charlist, line: n]}.
 */
#ifndef BL_ERROR_H
#define BL_ERROR_H

#include "vm.h"

/* {tag, value}; allocates (value is kept safe across the collection). */
bl_term error_make_pair(bl_process *p, bl_term tag, bl_term value);
/* {:badkey, key, map} (KeyError); allocates. */
bl_term error_badkey(bl_process *p, bl_term key, bl_term map);
/* {:badarity, {fun, args}} for a fun called with x[0..arity-1] and fun x[arity]. */
bl_term error_badarity(bl_process *p, bl_term *x, unsigned arity);
/* Top frame {M, F, args, loc} for function_clause raised at func_info `pc`. */
void error_function_clause_frame(bl_process *p, const bl_code *pc, bl_term *x);
/* Top frame {M, F, args, []} for a call to an undefined function. */
void error_undef_frame(bl_process *p, const bl_export *e, bl_term *x);
/* Top frame {M, F, args, [error_info: %{module: :erl_erts_errors, cause:
 * {argno, why}}]} for a BIF that explained its badarg; clears exc_why. */
void error_bif_frame(bl_process *p, const bl_export *e, bl_term *args, unsigned n);
/* Sets p->exc_stacktrace from `pc` and the CPs on the stack. */
void error_build_stacktrace(bl_process *p, const bl_code *pc);
/* The exit reason of a process dying of its current exception. */
bl_term error_exit_reason(bl_process *p);

/* Where `pc` is: module, function, arity and line; false if not in code. */
typedef struct {
    const bl_module *module;
    bl_term function;
    uint32_t arity;
    uint32_t line;
} error_location;
bool error_locate(bl_vm *vm, const bl_code *pc, error_location *loc);

/* Renders `** (Kind) message` and the stack trace, Elixir's way, into a
 * malloc'd string. */
char *error_format_uncaught(bl_vm *vm, bl_term kind, bl_term reason, bl_term stacktrace);

#endif
