/*
 * atom.h — the per-VM atom table.
 *
 * Atoms are interned byte strings; an atom term holds the index.  The table
 * is an open-addressing hash over an append-only array of names, so an index
 * never changes and names are never freed while the VM lives.  Well-known
 * atoms the runtime needs by name are interned first, in the order of
 * ATOM_LIST, so their indices are compile-time constants (A_OK, A_ERROR...).
 */
#ifndef BL_ATOM_H
#define BL_ATOM_H

#include "term.h"

#define ATOM_TABLE_LIMIT 1048576 /* more atoms raise system_limit */
#define ATOM_MAX_BYTES 1020      /* longer names raise system_limit (BEAM: 255 chars) */

/* ATOM(C identifier, "name") — the atoms the runtime needs by name. */
#define ATOM_LIST(ATOM)                                                   \
    ATOM(nil, "nil") ATOM(true, "true") ATOM(false, "false")              \
    ATOM(ok, "ok") ATOM(error, "error") ATOM(exit, "exit")                \
    ATOM(throw, "throw") ATOM(normal, "normal") ATOM(kill, "kill")        \
    ATOM(killed, "killed") ATOM(badarg, "badarg")                         \
    ATOM(badarith, "badarith") ATOM(badmatch, "badmatch")                 \
    ATOM(case_clause, "case_clause") ATOM(if_clause, "if_clause")         \
    ATOM(function_clause, "function_clause") ATOM(undef, "undef")         \
    ATOM(badfun, "badfun") ATOM(badarity, "badarity")                     \
    ATOM(system_limit, "system_limit") ATOM(erlang, "erlang")             \
    ATOM(beamlet, "beamlet") ATOM(badbool, "badbool")                     \
    ATOM(try_clause, "try_clause") ATOM(with_clause, "with_clause")       \
    ATOM(cond_clause, "cond_clause") ATOM(file, "file") ATOM(line, "line")\
    ATOM(undefined, "undefined") ATOM(infinity, "infinity")               \
    ATOM(module_info, "module_info") ATOM(apply, "apply")                 \
    ATOM(elixir_kernel, "Elixir.Kernel") ATOM(__struct__, "__struct__")   \
    ATOM(__exception__, "__exception__") ATOM(message, "message")         \
    ATOM(badkey, "badkey") ATOM(badmap, "badmap") ATOM(stdout, "stdout")  \
    ATOM(stderr, "stderr") ATOM(exception, "exception")       \
    ATOM(nocatch, "nocatch") ATOM(DOWN, "DOWN") ATOM(process, "process")   \
    ATOM(noproc, "noproc") ATOM(timeout_value, "timeout_value")

enum {
#define ATOM_ENUM(id, name) A_##id##_index,
    ATOM_LIST(ATOM_ENUM)
#undef ATOM_ENUM
    ATOM_PREDEFINED_COUNT
};

#define ATOM_TERM(id) make_atom(A_##id##_index)
#define A_NIL ATOM_TERM(nil)
#define A_TRUE ATOM_TERM(true)
#define A_FALSE ATOM_TERM(false)

typedef struct {
    char **names;    /* index -> NUL-terminated name (may contain NULs; use lens) */
    uint32_t *lens;
    uint32_t count, cap;
    uint32_t *slots; /* hash slots: index + 1, 0 = empty */
    uint32_t nslots;
} atom_table;

int atom_table_init(atom_table *t);
void atom_table_free(atom_table *t);
/* Returns the atom term, or THE_NON_VALUE when the table or the name is over its limit. */
bl_term atom_intern(atom_table *t, const char *name, size_t len);
/* Like atom_intern but never creates; THE_NON_VALUE when absent. */
bl_term atom_lookup(const atom_table *t, const char *name, size_t len);
static inline const char *atom_name(const atom_table *t, bl_term a) { return t->names[atom_index(a)]; }
static inline size_t atom_len(const atom_table *t, bl_term a) { return t->lens[atom_index(a)]; }

#endif
