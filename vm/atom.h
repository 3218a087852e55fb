/*
 * atom.h — the per-VM atom table.
 *
 * Atoms are interned byte strings; an atom term holds the index.  The table
 * is an open-addressing hash over an append-only array of names, so an index
 * never changes and names are never freed while the VM lives.  Well-known
 * atoms the runtime needs by name are interned first, in the order of
 * ATOM_LIST, so their indices are compile-time constants (A_OK, A_ERROR...).
 *
 * Threads: an embedding host may make atoms from any thread (bl_make_atom
 * while the VM runs elsewhere), so interning and lookups take the table's
 * lock.  Reading the name of an atom one already holds takes none: names
 * live in fixed-size chunks that are allocated once and never move, and an
 * atom term only reaches another thread through something that
 * synchronises (the host's inbox lock, or the thread that made it).
 */
#ifndef BL_ATOM_H
#define BL_ATOM_H

#include <pthread.h>

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
    ATOM(noproc, "noproc") ATOM(timeout_value, "timeout_value")           \
    ATOM(alias, "alias") ATOM(demonitor, "demonitor") ATOM(flush, "flush") \
    ATOM(EXIT, "EXIT") ATOM(nonode, "nonode@nohost")                      \
    ATOM(runner, "Elixir.Beamlet.Runner") ATOM(spawned, "spawned")

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

#define ATOM_CHUNK_BITS 12 /* names per chunk: 4096 */
#define ATOM_CHUNK_SIZE (1u << ATOM_CHUNK_BITS)
/* Past the limit, room kept for the standard library's own names, so
 * that its modules still load (they load on first use) after a program
 * has used up the table. */
#define ATOM_RESERVE 8192
#define ATOM_CHUNKS ((ATOM_TABLE_LIMIT + ATOM_RESERVE) / ATOM_CHUNK_SIZE)

typedef struct {
    char *name; /* NUL-terminated (may contain NULs; use len) */
    uint32_t len;
} atom_entry;

typedef struct {
    atom_entry *chunks[ATOM_CHUNKS]; /* index -> chunk[index >> ATOM_CHUNK_BITS]; never moved */
    uint32_t count;                  /* written under `lock`, read with atom_count */
    uint32_t *slots;                 /* hash slots: index + 1, 0 = empty (under `lock`) */
    uint32_t nslots;
    pthread_mutex_t lock;
} atom_table;

int atom_table_init(atom_table *t);
void atom_table_free(atom_table *t);
/* Returns the atom term, or THE_NON_VALUE when the table or the name is over its limit. */
bl_term atom_intern(atom_table *t, const char *name, size_t len);
/* atom_intern for the standard library's loader: may use ATOM_RESERVE. */
bl_term atom_intern_reserved(atom_table *t, const char *name, size_t len);
/* Like atom_intern but never creates; THE_NON_VALUE when absent. */
bl_term atom_lookup(atom_table *t, const char *name, size_t len);
static inline const atom_entry *atom_entry_of(const atom_table *t, uint32_t i) {
    return &t->chunks[i >> ATOM_CHUNK_BITS][i & (ATOM_CHUNK_SIZE - 1)];
}
static inline const char *atom_name(const atom_table *t, bl_term a) { return atom_entry_of(t, atom_index(a))->name; }
static inline size_t atom_len(const atom_table *t, bl_term a) { return atom_entry_of(t, atom_index(a))->len; }
/* How many atoms exist (atoms below it are valid indices). */
static inline uint32_t atom_count(const atom_table *t) { return __atomic_load_n(&t->count, __ATOMIC_ACQUIRE); }

#endif
