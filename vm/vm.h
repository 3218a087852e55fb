/*
 * vm.h — the VM and scheduler structs: everything mutable hangs off these.
 *
 * There is no global mutable state anywhere in beamlet.  A bl_vm owns the
 * atom table, the export table, the loaded modules and the process table;
 * a bl_sched owns what one scheduler thread needs while it runs processes
 * (its x registers).  A host may create as many VMs as it likes.
 */
#ifndef BL_VM_H
#define BL_VM_H

#include <pthread.h>
#include <stdio.h>

#include "../include/beamlet.h"
#include "atom.h"
#include "process.h"

#define DEFAULT_REDUCTIONS 4000

/* The BIF continuations of bif_traps, below. */
enum { BT_LENGTH, BT_REVERSE2, BT_APPEND, BT_APPEND_BACK, BT_MEMBER, BT_KEYFIND, BIF_TRAP_COUNT };

/* Freed processes bl_sched keeps for reuse, about 1 KB each: enough that
 * a thousand processes exiting together (bench/sched/spawn.exs keeps a
 * thousand outstanding) are all made again from the cache. */
#define PROC_CACHE_MAX 1024

typedef struct bl_sched {
    struct bl_vm *vm;
    bl_term x[MAX_X_REGS];
    bl_process *current;
    int32_t slice_reds; /* the reductions the current slice started with */
    bl_process *run_head[PRIO_COUNT], *run_tail[PRIO_COUNT];
    /* The first process the running one woke with a message in this slice
     * (counted as runnable, but in no queue), and then, if the running one
     * went on to wait or exit, the process that runs next on what is left
     * of its slice (runnext_reds); see sched_run_one. */
    bl_process *runnext;
    int32_t runnext_reds;
    uint32_t runnable;
    /* Counters for --stats and :erlang.statistics/1. */
    uint64_t context_switches;
    uint64_t handoffs;                /* slices that were the rest of a waiting sender's (sched_run_one) */
    uint32_t run_len[PRIO_COUNT];     /* processes in each priority's queue */
    uint32_t run_len_max[PRIO_COUNT]; /* the longest each queue has been */
    uint64_t idle_ns;                 /* time slept with nothing to run, waiting for a timer or message */
    bl_frag_cache frag_cache; /* small message blocks for reuse (mailbox.h) */
    bl_node_cache node_cache; /* message nodes without a block, for reuse */
    /* Structs of freed processes, kept with their smallest heap and stack
     * blocks for the next spawn (proc_new, proc_free), linked through
     * next_run.  Emptied by bl_vm_free. */
    bl_process *proc_cache;
    uint32_t proc_cache_count;
} bl_sched;

/* A receive timeout (stale when the process's timer_seq moved on), or a
 * message to send (Process.send_after/3) when `msg` is set. */
typedef struct {
    int64_t deadline;
    uint32_t pid;    /* the waiting process, or the destination */
    uint64_t seq;    /* timeout: the process's timer_seq; send_after: the ref */
    bl_term name;    /* send_after to a registered name, or [] */
    struct bl_message *msg;
} bl_timer;

struct bl_vm {
    bl_config config;
    atom_table atoms;

    bl_export **export_slots;
    uint32_t nexport_slots, nexports;

    bl_module *modules;
    /* Beamlet.Runner.spawned/1 and /3, where spawned processes start,
     * once looked up (bif_process.c); an export never moves or goes away. */
    bl_export *spawn_runner[2];
    bl_term *image_names; /* the standard library image's modules (vm_autoload) */
    bool *image_loaded;
    bool loading_image;   /* vm_autoload is loading one of them */

    /* The process table: a live process with pid number n sits in slot
     * n & (procs_cap - 1).  Numbers only grow (wrapping past 2^32), and a
     * new process takes the next number whose slot is free, so slots are
     * reused while a stale pid never reaches the new owner of its slot.
     * At most half the slots are used; the table doubles beyond that. */
    bl_process **procs; /* NULL slots are free */
    uint32_t procs_cap, procs_used;
    uint32_t next_pid;
    uint32_t procs_spawned; /* for --stats */
    uint32_t live_procs, peak_procs;
    uint32_t *registry;  /* registered name (atom index) -> pid number, 0 if none */
    uint32_t registry_cap;
    struct bl_pterm *pterms; /* :persistent_term entries, newest first */
    bl_timer *timers;
    uint32_t ntimers, timers_cap;
    uint64_t next_ref;
    uint64_t messages_sent;
    uint64_t total_reductions, gc_count, gc_ns; /* for --stats */
    uint32_t max_run_queue;
    int64_t started_ns;     /* when the VM was made (monotonic): wall time for --stats and statistics/1 */
    int64_t started_cpu_ns; /* the OS process's CPU time then (vm_cpu_ns): CPU time for --stats */
    /* What :erlang.statistics/1 returned last, for its "since the last call" halves. */
    uint64_t stats_last_reductions;
    int64_t stats_last_runtime_ms, stats_last_wall_ms;
    struct bl_trace *trace; /* the --trace timeline (trace.h), or NULL; every hook tests it first */
    bl_process *main, *main_zombie;
    bool main_done, main_reason_is_error, deadlocked;
    bl_term main_result;

    bl_sched sched;
    /* Continuations of the BIFs that yield part-way through a long list
     * (bif.c); not in the export table, so no program can call one by
     * name.  A process switched out between two parts resumes at
     * resume_code, which calls the continuation its bif_export names. */
    bl_export bif_traps[BIF_TRAP_COUNT];
    bl_code resume_code[1];

    /* Messages host threads sent with bl_send, waiting for the scheduler
     * (sched.c).  The only VM state another thread touches, always under
     * inbox_lock; inbox_pending is also read without it, as a hint. */
    pthread_mutex_t inbox_lock;
    pthread_cond_t inbox_cond; /* signalled on every push; idle waits sleep on it */
    struct bl_inbox_item *inbox_head, **inbox_tail;
    bool inbox_pending, inbox_ready;
    bool running; /* inside interp_run: the VM cannot be entered again (from a native) */

    /* Embedding (embed.c). */
    bl_process *host;          /* the host mailbox, made by the first bl_host_pid */
    struct bl_native *natives; /* host functions, freed with the VM */
    struct {
        uint32_t pid;          /* the process running the pending bl_call, or 0 */
        uint64_t token;        /* names that call: a late reply to an older one is dropped */
        struct bl_env *env;    /* where the outcome is copied */
        bl_term reply;         /* {:ok, v} or {kind, exception, text}, in env */
        bl_term exit_reason;   /* in env, when the process died without replying */
        bool done;
    } call;

    char *last_error;
    unsigned scripts_loaded; /* names the modules holding top-level code */
    int exit_status;
    bool halted; /* System.halt/1 was called: every process stops */

    struct bl_dirty *dirty;     /* dirty threads and their completion queue (dirty.h), made on first use */
    struct bl_foreign *foreign; /* the FFI's libraries and prepared functions (bif_ffi.c), made on first use */
    /* Testing only: when set, map key hashes keep just these bits, so that
     * tries grow deep and collide (hamt.h).  0 in every real VM. */
    uint32_t map_hash_mask;
};

/* Looks up (module, function, arity), creating an undefined entry if absent.
 * NULL only when memory runs out. */
/* A :persistent_term entry: copies of its key and value, owned by the VM. */
typedef struct bl_pterm {
    struct bl_pterm *next;
    struct bl_message *key, *value;
} bl_pterm;

bl_export *vm_export_get(bl_vm *vm, bl_term mod, bl_term fun, uint32_t arity);
/* Looks up without creating. */
bl_export *vm_export_find(bl_vm *vm, bl_term mod, bl_term fun, uint32_t arity);
/* Looks up without creating, first loading the module from the standard
 * library's image if it is there and not loaded yet. */
bl_export *vm_export_lookup(bl_vm *vm, bl_term mod, bl_term fun, uint32_t arity);
/* A loaded module, loading it from the image if need be; NULL if none. */
bl_module *vm_module_find(bl_vm *vm, bl_term name);
/* Loads `module` from the standard library's image if it is there and not
 * loaded yet; true if it was loaded now. */
bool vm_autoload(bl_vm *vm, bl_term module);
/* Sets the text bl_last_error returns (printf-style). */
void vm_set_error(bl_vm *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void vm_write(bl_vm *vm, int to_stderr, const char *s, size_t n);

bl_process *proc_new(bl_vm *vm);
/* Takes a process out of the table (it has exited); its pid finds nothing. */
void vm_procs_remove(bl_vm *vm, bl_process *p);
/* Runs `entry` with `args` in a new process to the end; 0, or 1 after an
 * uncaught error (already reported on stderr). */
int vm_run_main(bl_vm *vm, bl_export *entry, const bl_term *args, unsigned nargs);
/* Prints the --stats counters to stderr. */
void vm_print_stats(bl_vm *vm);
/* CPU time the OS process has used (all its threads), in ns: BEAM's runtime. */
int64_t vm_cpu_ns(void);
/* Completes and closes the --trace file, if any; false when writing it
 * failed (errno says why).  bl_vm_free calls it too. */
bool vm_trace_finish(bl_vm *vm);
/* Reads a whole file (malloc'd); NULL on failure. */
unsigned char *vm_read_file(const char *path, size_t *len);
void proc_free(bl_process *p);
/* Frees the processes proc_free kept for reuse. */
void proc_cache_free(bl_sched *s);

#endif
