/*
 * embed.h — the embedding API's internals: environments (env.c) and the
 * host's work with the VM — calls, spawns, sends, run slices, the host
 * mailbox and natives (embed.c).
 *
 * An environment is the host's heap.  Its terms live in malloc'd blocks
 * that nothing but the environment frees and no collector scans or moves,
 * so a term the host holds stays put while processes collect.  Terms go
 * between an environment and the VM only by copying (copy_term): into a
 * process heap or a message fragment when the host gives them, into an
 * environment when the VM gives them back.  Off-heap binaries are shared
 * by reference count, which is atomic, so an environment may be freed on
 * another thread than the one running the VM.
 *
 * Public handles are the internal term words themselves, except that the
 * API's "no term" is BL_NONE (0, which is never a term: it would be a
 * header word) where the VM uses THE_NON_VALUE.
 */
#ifndef BL_EMBED_H
#define BL_EMBED_H

#include "vm.h"

typedef struct env_block {
    struct env_block *next;
    size_t words, used;
    bl_term data[];
} env_block;

/* A host function registered with bl_register_native. */
typedef struct bl_native {
    struct bl_native *next;
    bl_native_fn fn;
    void *userdata;
    bl_export *export;
} bl_native;

struct bl_env {
    bl_vm *vm;
    env_block *blocks;           /* newest first */
    bl_term *offheap;            /* REFBIN objects in the blocks, as on a process heap */
    const bl_native *native;     /* the native this environment was made for, or NULL */
    bl_term exception;           /* what a native raised, or THE_NON_VALUE */
};

/* Environments made on the C stack (a native's). */
void env_init(bl_env *env, bl_vm *vm);
void env_release(bl_env *env);
/* `words` words that stay where they are until the environment is
 * cleared; NULL when memory runs out. */
bl_term *env_alloc(bl_env *env, size_t words);
/* A copy of `t` owned by `env`; THE_NON_VALUE when memory runs out. */
bl_term env_copy_in(bl_env *env, bl_term t);
/* An exception struct %Module{message: text} (module as an Elixir alias,
 * e.g. "RuntimeError") in `env`; THE_NON_VALUE when memory runs out. */
bl_term env_make_exception(bl_env *env, const char *module, const char *message, size_t len);
/* The atom of a module name written as in Elixir ("Counter", ":lists"). */
bl_term env_module_atom(bl_vm *vm, const char *name);
/* The API's handle for an internal result. */
static inline bl_term env_handle(bl_term t) { return t == THE_NON_VALUE ? BL_NONE : t; }

/* Frees the natives of a VM that is going away. */
void embed_free(bl_vm *vm);
/* Called by the scheduler when process `p` exits: a pending bl_call
 * learns that its process is gone. */
void embed_process_exited(bl_vm *vm, bl_process *p);

/* BIF(module, "name", arity, function): the built-ins behind bl_call. */
bl_term bif_host_reply(bl_process *p, bl_term *args);
#define BIF_EMBED_LIST(BIF) BIF("beamlet", "host_reply", 2, bif_host_reply)

#endif
