/*
 * beamlet.h — the embedding API of beamlet, a small BEAM-like VM.
 *
 * A host links libbeamlet (static or shared) and includes only this header.
 * It creates any number of independent VMs — there is no global state, so
 * two VMs in one process never see each other — loads code into them
 * (Elixir source, files or bytecode), and runs it: calls a function and
 * waits for its result, spawns processes, sends them messages, receives
 * messages in a host mailbox, and lets the code call C functions the host
 * registers ("natives").  docs/EMBEDDING.md walks through all of it.
 *
 * The VM runs only while the host is inside one of bl_run, bl_run_for,
 * bl_call, bl_host_receive, bl_load_source/bl_load_file (top-level code)
 * or bl_run_script; between those calls every process is frozen.
 *
 * Terms.  Values are handled as bl_term, an opaque handle: compare a
 * handle only with BL_NONE (the "no term" result of a failed call); read
 * it with the bl_get_* and bl_is_* functions.  Every term the host holds
 * lives in an environment (bl_env) that owns it until the environment is
 * freed or cleared.  The VM's collector never moves or frees a term in an
 * environment; a term given to the VM (a message, arguments, a native's
 * result) is copied into the receiving process, so the host may free its
 * environment right after the call.  A term belongs to the VM its
 * environment was made for; never pass it to another VM.
 *
 * Threads.  A VM is not thread-safe as a whole: at any moment one thread
 * at most may be inside the functions marked "VM thread" below (it need not
 * always be the same thread).  Functions marked "any thread" may be called
 * from other threads concurrently with that: bl_send, and building and
 * reading terms in an environment that the calling thread alone uses.
 * bl_vm_free must not race with anything.
 *
 * Errors.  Functions that can fail return a bl_status (BL_OK or an error)
 * or BL_NONE, and leave a description in bl_last_error(vm): compile errors
 * with file:line:col, the formatted exception of a call that raised.
 * Nothing in the library prints, exits or aborts on an error.
 */
#ifndef BEAMLET_H
#define BEAMLET_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(BL_BUILDING_LIBRARY) && (defined(__GNUC__) || defined(__clang__))
#define BL_API __attribute__((visibility("default")))
#else
#define BL_API
#endif

#if defined(__GNUC__) || defined(__clang__)
#define BL_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define BL_PRINTF(fmt, args)
#endif

#define BEAMLET_VERSION "0.1.0"

typedef struct bl_vm bl_vm;
typedef struct bl_env bl_env;

/* A term: an opaque handle, valid while its environment holds it. */
typedef uint64_t bl_term;
/* Not a term: what term-making functions return on failure. */
#define BL_NONE ((bl_term)0)

typedef enum {
    BL_OK = 0,
    BL_ERR_COMPILE = 1,  /* source did not compile; see bl_last_error */
    BL_ERR_LOAD = 2,     /* bytecode rejected by the verifier */
    BL_ERR_IO = 3,       /* a file could not be read */
    BL_ERR_RUNTIME = 4,  /* the code raised, threw or exited; see bl_last_error */
    BL_ERR_NOMEM = 5,    /* memory ran out */
    BL_ERR_ARG = 6,      /* a bad argument: not a list, not a pid, a clashing name... */
    BL_ERR_TIMEOUT = 7,  /* bl_host_receive: no message came in time */
    BL_ERR_DEADLOCK = 8, /* bl_call: the call waits for a message nothing can send */
    BL_ERR_HALTED = 9,   /* System.halt/1 was called: the VM runs no more code */
    BL_ERR_BUSY = 10     /* called from inside the VM (a native or an output callback) */
} bl_status;

/* A short constant name for a status ("BL_ERR_TIMEOUT"); any thread. */
BL_API const char *bl_status_name(bl_status status);

/* ---- life cycle --------------------------------------------------------- */

typedef enum { BL_STDOUT = 0, BL_STDERR = 1 } bl_stream;

/* Output callback: receives everything the VM's code writes to stdout or
 * stderr (IO.puts, IO.inspect, Logger, crash reports), in pieces of any
 * size, on the VM thread.  It must not call back into the VM (calls that
 * would run code return BL_ERR_BUSY). */
typedef void (*bl_write_fn)(void *userdata, bl_stream stream, const char *data, size_t len);

/* How to build a VM.  Fill it with bl_config_init, then change fields.
 *
 * There is no allocator hook: the VM allocates through the C library's
 * malloc, and GMP (bignums) only has a process-wide allocator
 * (mp_set_memory_functions), which one VM among many cannot own.  A host
 * that needs its own allocator interposes malloc for the whole process.
 * The per-process limit below is how a host bounds the VM's memory use. */
typedef struct {
    int reductions;          /* reductions per time slice (default 4000, as BEAM) */
    int gc_stress;           /* collect at every allocation: testing only (default 0) */
    size_t max_heap_words;   /* a process growing past this is killed (default 0: no limit) */
    bl_write_fn write;       /* default NULL: write to the host's stdout/stderr */
    void *userdata;          /* passed to `write` (default NULL) */
    const char *const *argv; /* what System.argv() returns (default none) */
    int argc;
    int ffi_disabled;        /* nonzero: every FFI function raises RuntimeError (default 0) */
    /* A scheduling timeline in Chrome trace-event JSON (docs/SCHEDULING.md),
     * written to this file while the VM runs and completed by bl_vm_free
     * (default NULL: no trace).  Only bl_vm_new reads the string. */
    const char *trace_path;
    size_t trace_limit;      /* events recorded before the trace stops (default 0: 1,000,000) */
    /* Nonzero: a process woken by a message always joins the back of the
     * run queue, as on BEAM, instead of running next on the rest of its
     * waker's slice when the waker then waits (default 0; docs/SCHEDULING.md). */
    int handoff_disabled;
} bl_config;

/* Fills `config` with the defaults.  Any thread. */
BL_API void bl_config_init(bl_config *config);

/* Creates a VM with the standard library loaded; NULL when out of memory,
 * or when the trace file (trace_path) cannot be created, errno then saying why.
 * `config` may be NULL for the defaults; it is copied (argv is not: its
 * strings must outlive the VM).  Any thread; the new VM is independent of
 * every other. */
BL_API bl_vm *bl_vm_new(const bl_config *config);
/* Frees the VM, its processes, its natives' registrations and its host
 * mailbox.  Environments made for it can no longer be used, only freed
 * (before or after).  No other call on this VM may be running or follow,
 * from any thread (stop threads that bl_send first).  NULL is ignored. */
BL_API void bl_vm_free(bl_vm *vm);

/* The last error's text ("" if none); valid until the next call on this
 * VM from the VM thread.  VM thread. */
BL_API const char *bl_last_error(bl_vm *vm);

/* ---- loading code ------------------------------------------------------- */

/* Module names in this API are written as in Elixir source: "Counter" or
 * "Elixir.Counter" is the module Counter, "lists" or ":lists" the Erlang
 * module :lists. */

/* Compiles Elixir source and loads its modules.  `name` is the file name
 * used in messages; `src` need not be NUL-terminated.  Top-level code
 * other than module definitions runs, to the end, as `elixir file.exs`
 * runs it.  BL_ERR_COMPILE with file:line:col in bl_last_error, or
 * BL_ERR_RUNTIME when top-level code raised (reported on stderr).  VM
 * thread; BL_ERR_BUSY from a native. */
BL_API bl_status bl_load_source(bl_vm *vm, const char *name, const char *src, size_t len);
/* Loads a source (.ex/.exs) or bytecode (.blc) file: BL_ERR_IO if it
 * cannot be read, otherwise as bl_load_source / bl_load_bytecode.  VM thread. */
BL_API bl_status bl_load_file(bl_vm *vm, const char *path);
/* Verifies and loads one bytecode module (`beamlet compile` output);
 * BL_ERR_LOAD names what is wrong.  The data is copied.  VM thread. */
BL_API bl_status bl_load_bytecode(bl_vm *vm, const char *name, const unsigned char *data, size_t len);

/* Compiles and runs a script as `elixir script.exs` does: its modules are
 * loaded, then its top-level code runs in a new process until that process
 * finishes (other processes keep their state and run again with the next
 * call that runs the VM).  *exit_status receives 0, 1 after an uncaught
 * error (already reported on stderr), or the value given to System.halt/1.
 * VM thread. */
BL_API bl_status bl_run_script(bl_vm *vm, const char *name, const char *src, size_t len, int *exit_status);

/* ---- environments ------------------------------------------------------- */

/* A new, empty environment for terms of `vm`; NULL when out of memory.
 * The host owns it and frees it with bl_env_free.  Any thread (creating
 * one touches nothing in the VM); an environment is used by one thread at
 * a time. */
BL_API bl_env *bl_env_new(bl_vm *vm);
/* Frees the environment and every term in it.  NULL is ignored.  Any thread. */
BL_API void bl_env_free(bl_env *env);
/* Frees every term in the environment, keeping the environment for reuse
 * (a host loop clears one environment per iteration).  Any thread. */
BL_API void bl_env_clear(bl_env *env);
/* The VM an environment belongs to.  Any thread. */
BL_API bl_vm *bl_env_vm(bl_env *env);
/* Inside a native: the userdata given to bl_register_native.  NULL for
 * environments made with bl_env_new. */
BL_API void *bl_env_userdata(bl_env *env);
/* A copy of `term` (from any environment of the same VM) owned by `env`.
 * A native uses it to keep an argument after it returns. */
BL_API bl_term bl_copy(bl_env *env, bl_term term);

/* ---- making terms ------------------------------------------------------- */
/* Each returns a term owned by `env`, or BL_NONE when memory runs out or
 * an argument is invalid (as said).  Any thread, for the thread's own
 * environment.  Terms passed in must belong to the same VM. */

BL_API bl_term bl_make_int(bl_env *env, int64_t value);
/* BL_NONE for infinities and NaN, which the language has not. */
BL_API bl_term bl_make_float(bl_env *env, double value);
/* An atom from a NUL-terminated name (BL_NONE past 1020 bytes or the
 * VM's 1,048,576 atoms).  Atoms live as long as the VM. */
BL_API bl_term bl_make_atom(bl_env *env, const char *name);
BL_API bl_term bl_make_atom_len(bl_env *env, const char *name, size_t len);
/* `true` or `false`. */
BL_API bl_term bl_make_bool(bl_env *env, int value);
/* A binary holding a copy of `len` bytes (an Elixir string when UTF-8). */
BL_API bl_term bl_make_binary(bl_env *env, const void *data, size_t len);
/* A binary holding a NUL-terminated string's bytes. */
BL_API bl_term bl_make_string(bl_env *env, const char *s);
BL_API bl_term bl_make_tuple(bl_env *env, size_t arity, const bl_term *elems);
/* A proper list of `n` elements ([] when n is 0). */
BL_API bl_term bl_make_list(bl_env *env, size_t n, const bl_term *elems);
/* [head | tail]. */
BL_API bl_term bl_make_list_cell(bl_env *env, bl_term head, bl_term tail);
/* A map of `n` pairs; with duplicate keys the later value wins. */
BL_API bl_term bl_make_map(bl_env *env, size_t n, const bl_term *keys, const bl_term *values);

/* ---- reading terms ------------------------------------------------------ */
/* Type tests: 1 when the term is of that type, else 0.  Any thread. */

BL_API int bl_is_int(bl_env *env, bl_term t); /* integers of any size */
BL_API int bl_is_float(bl_env *env, bl_term t);
BL_API int bl_is_number(bl_env *env, bl_term t);
BL_API int bl_is_atom(bl_env *env, bl_term t);
/* Whether `t` is the atom named `name`. */
BL_API int bl_is_atom_named(bl_env *env, bl_term t, const char *name);
BL_API int bl_is_binary(bl_env *env, bl_term t);
BL_API int bl_is_tuple(bl_env *env, bl_term t);
BL_API int bl_is_list(bl_env *env, bl_term t); /* [] or a list cell */
BL_API int bl_is_empty_list(bl_env *env, bl_term t);
BL_API int bl_is_map(bl_env *env, bl_term t);
BL_API int bl_is_pid(bl_env *env, bl_term t);
BL_API int bl_is_ref(bl_env *env, bl_term t);
BL_API int bl_is_fun(bl_env *env, bl_term t);

/* Getters: 1 and the value through the pointer, or 0 (nothing written)
 * when the term is not of that type or does not fit.  Pointers they give
 * point into the term and stay valid as long as the term does; atom names
 * stay valid as long as the VM.  Any thread, for the thread's own
 * environment. */

/* An integer that fits in 64 bits. */
BL_API int bl_get_int(bl_env *env, bl_term t, int64_t *value);
/* A float (not an integer: see bl_get_number). */
BL_API int bl_get_float(bl_env *env, bl_term t, double *value);
/* An integer or a float, as a double. */
BL_API int bl_get_number(bl_env *env, bl_term t, double *value);
/* An atom's name: NUL-terminated, `len` bytes (may be NULL). */
BL_API int bl_get_atom(bl_env *env, bl_term t, const char **name, size_t *len);
/* A binary's bytes (not NUL-terminated). */
BL_API int bl_get_binary(bl_env *env, bl_term t, const unsigned char **data, size_t *len);
/* A tuple's arity and elements (elems[0 .. arity-1]). */
BL_API int bl_get_tuple(bl_env *env, bl_term t, size_t *arity, const bl_term **elems);
/* The head and tail of a list cell (0 for []). */
BL_API int bl_get_list_cell(bl_env *env, bl_term t, bl_term *head, bl_term *tail);
/* The length of a proper list (0 for an improper one). */
BL_API int bl_get_list_length(bl_env *env, bl_term t, size_t *len);
BL_API int bl_get_map_size(bl_env *env, bl_term t, size_t *size);
/* The value under `key` (0 when the key is absent). */
BL_API int bl_get_map_value(bl_env *env, bl_term map, bl_term key, bl_term *value);
/* The i-th pair in the order Map.to_list/1 gives (key order up to 32
 * keys), for i < size; O(i) for a map of more than 32 keys. */
BL_API int bl_get_map_entry(bl_env *env, bl_term map, size_t i, bl_term *key, bl_term *value);

/* Term order as Elixir's <, == and > see it (1 == 1.0): negative, zero
 * or positive.  Any thread. */
BL_API int bl_compare(bl_env *env, bl_term a, bl_term b);

/* inspect/1 of the term, as Elixir prints it.  Writes at most `size`
 * bytes including a terminating NUL into `buf` (truncating; buf may be
 * NULL when size is 0) and returns the full length, as snprintf does.
 * VM thread (struct printing reads the loaded modules). */
BL_API size_t bl_inspect(bl_env *env, bl_term t, char *buf, size_t size);
/* The same into a NUL-terminated string owned by `env` (freed with it);
 * NULL when memory runs out.  VM thread. */
BL_API const char *bl_inspect_str(bl_env *env, bl_term t);

/* ---- running code ------------------------------------------------------- */

/* Spawns a process running module.function(args...), where `args` is a
 * proper list (copied).  Returns its pid (an immediate term that needs no
 * environment), or BL_NONE with bl_last_error set.  The process runs when
 * the VM next runs; if it dies of an exception, an error report goes to
 * stderr, as for any process.  VM thread (natives may spawn). */
BL_API bl_term bl_spawn(bl_vm *vm, const char *module, const char *function, bl_term args);

/* Calls module.function(args...) in a new process and runs the VM until
 * that call returns or fails; other processes run meanwhile.  `args` is a
 * proper list (copied).
 *   BL_OK            *result is the return value, owned by `env`.
 *   BL_ERR_RUNTIME   the call raised, threw or exited: *result is the
 *                    exception struct for a raise (%RuntimeError{...}, as
 *                    `rescue e ->` sees it), {:throw, value} for a throw
 *                    and {:exit, reason} for an exit (also when the
 *                    process was killed); bl_last_error holds the text
 *                    Elixir prints for it, with the stack trace.
 *   BL_ERR_DEADLOCK  every process waits for a message and no timer is
 *                    pending, so the call can never finish: its process
 *                    is killed and *result is BL_NONE.  (Messages host
 *                    threads send meanwhile do not count: a call that
 *                    waits for one must use a timeout.)
 *   BL_ERR_HALTED, BL_ERR_ARG, BL_ERR_NOMEM, BL_ERR_BUSY (from a native).
 * A process the call links to (GenServer.start_link) is linked to this
 * short-lived caller: start long-lived servers with start/3 or under a
 * supervisor.  VM thread. */
BL_API bl_status bl_call(bl_vm *vm, const char *module, const char *function, bl_term args, bl_env *env,
                         bl_term *result);

/* Sends a copy of `message` to `dest`, a pid or a registered name (an
 * atom), as `send/2` does: to a dead process or an unused name it is
 * dropped.  The copy is made before bl_send returns, so the host may free
 * the environment at once.  The message is delivered when the VM next
 * runs (before the next process slice); a VM sleeping in bl_run,
 * bl_call or bl_host_receive wakes up for it.  BL_ERR_ARG when dest is
 * neither, BL_ERR_NOMEM.  Any thread — this is how other threads feed the
 * VM — including from inside natives. */
BL_API bl_status bl_send(bl_vm *vm, bl_term dest, bl_term message);

/* Runs every process until none is runnable and no timer is pending —
 * until everything waits for a message.  Sleeps (without spinning) until
 * each timer is due, so a process that keeps re-arming a timer keeps
 * bl_run going: use bl_run_for for such code.  BL_OK, BL_ERR_HALTED or
 * BL_ERR_BUSY.  VM thread. */
BL_API bl_status bl_run(bl_vm *vm);
/* Runs the VM for a bounded slice of at most about `usec` microseconds of
 * wall time (a process is switched only between reduction slices of
 * bl_config.reductions, so one slice may overrun by that much), so a host
 * event loop keeps control.  Returns early when nothing is runnable and no
 * timer falls due within the slice; bl_idle_usec then says how long the
 * host may wait before calling again.  BL_OK, BL_ERR_HALTED or
 * BL_ERR_BUSY.  VM thread. */
BL_API bl_status bl_run_for(bl_vm *vm, uint64_t usec);
/* How long the VM has nothing to do: 0 when a process is runnable or a
 * message from a host thread is waiting, the microseconds until the next
 * timer, or -1 when only a message can wake it.  VM thread. */
BL_API int64_t bl_idle_usec(bl_vm *vm);

/* ---- the host mailbox --------------------------------------------------- */

/* The pid of the host mailbox: code sends to it with send/2 like to any
 * process (the host passes it to the code as an argument).  It is made on
 * the first call; it cannot be killed, and exit signals from links arrive
 * in it as {:EXIT, pid, reason} messages.  BL_NONE when out of memory.
 * VM thread. */
BL_API bl_term bl_host_pid(bl_vm *vm);
/* Takes the oldest message from the host mailbox into `env` (*message).
 * When the mailbox is empty it runs the VM until a message arrives or
 * `timeout_ms` milliseconds pass (0: only look; negative: no limit),
 * sleeping while every process waits.  BL_OK, BL_ERR_TIMEOUT (*message
 * is BL_NONE), BL_ERR_HALTED, BL_ERR_NOMEM or BL_ERR_BUSY.  VM thread. */
BL_API bl_status bl_host_receive(bl_vm *vm, bl_env *env, bl_term *message, int timeout_ms);

/* ---- natives: host functions callable from the language --------------- */

/* A native gets an environment that lives for the call, and the call's
 * arguments, owned by that environment.  It returns a term made in it
 * (copied into the calling process), or raises with bl_raise /
 * bl_raise_message.  It runs on the VM thread while a process runs: it may
 * make and read terms, bl_send and bl_spawn, but not run the VM (bl_call,
 * bl_run, bl_host_receive... return BL_ERR_BUSY).  Returning BL_NONE
 * without raising raises ArgumentError in the caller. */
typedef bl_term (*bl_native_fn)(bl_env *env, int argc, const bl_term *argv);

/* Makes module.function/arity (e.g. "Host", "log", 1) callable from the
 * language as Host.log(x), also from code loaded before or after; the
 * compiler resolves `import Host` against it too.  `userdata` is given
 * back by bl_env_userdata inside the native.  Registering the same name
 * again replaces the native; BL_ERR_ARG when code or a built-in already
 * defines that function, or the arity is over 255.  VM thread. */
BL_API bl_status bl_register_native(bl_vm *vm, const char *module, const char *function, int arity,
                                    bl_native_fn fn, void *userdata);
/* Inside a native: raises `reason` in the calling process as
 * :erlang.error(reason) does (an exception struct is raised as itself;
 * anything else is seen by `rescue` as ErlangError).  Returns BL_NONE, for
 * `return bl_raise(env, t);`. */
BL_API bl_term bl_raise(bl_env *env, bl_term reason);
/* Inside a native: raises a RuntimeError with a printf-formatted message.
 * Returns BL_NONE. */
BL_API bl_term bl_raise_message(bl_env *env, const char *fmt, ...) BL_PRINTF(2, 3);

#ifdef __cplusplus
}
#endif

#endif
