/*
 * process.h — a process: its heap, stack, registers while switched out, and
 * exception state.
 *
 * Ownership: every field belongs to the scheduler running the process.  No
 * other process reads or writes a process's heap; messages (a later layer)
 * arrive as fragments linked onto the mailbox by the sender.
 *
 * The heap is one block [heap, hend) filled upward from heap to htop.  The
 * stack is a separate block filled downward from stack_end to E; a frame
 * is E[0] = saved CP, E[1..n] = y registers.  Exception handlers are kept
 * on their own small stack, each remembering the frame it belongs to as a
 * distance from stack_end, which survives the stack being moved.
 */
#ifndef BL_PROCESS_H
#define BL_PROCESS_H

#include <stdbool.h>
#include <stdlib.h>

#include "mailbox.h"
#include "module.h"

#define PROCESS_MIN_HEAP_WORDS 40      /* small: an idle process costs under 1 KB; the heap grows on demand */
#define PROCESS_WORK_HEAP_WORDS 200    /* the least heap a process keeps once it has collected */
#define PROCESS_MIN_STACK_WORDS 16
#define PROCESS_MAX_STACK_WORDS (64u * 1024 * 1024) /* deeper recursion: system_limit */
#define MAX_X_REGS 1024                /* x registers per scheduler */
#define MAX_Y_REGS 4096                /* slots in one frame */
#define MAX_ARITY 255                  /* function arity limit */

typedef enum {
    PROC_RUNNABLE,
    PROC_RUNNING,
    PROC_WAITING,
    PROC_EXITING,
    PROC_FREE
} bl_proc_status;

typedef enum { PRIO_LOW = 0, PRIO_NORMAL = 1, PRIO_HIGH = 2, PRIO_COUNT = 3 } bl_priority;

/* A monitor: who watches whom, under which reference. */
typedef struct {
    uint64_t ref; /* the number of the monitor's reference */
    uint32_t pid;
    bl_term name; /* the registered name it was made with (an atom), or [] */
} bl_monitor;

/* How a BIF that returned THE_NON_VALUE without an exception wants the
 * interpreter to continue (apply/2,3 lay out a call in x registers; a BIF
 * that did part of its work asks for its continuation, bif_export, to be
 * called with the state it left in x registers). */
typedef enum { TRAP_NONE, TRAP_APPLY, TRAP_CALL_FUN, TRAP_HALT, TRAP_EXIT, TRAP_BIF } bl_trap;

typedef struct {
    const bl_code *pc;
    size_t frame_depth; /* stack_end - E when the handler was pushed */
} bl_handler;

typedef struct bl_process {
    /* What a send and a switch touch come first, to share cache lines: a
     * ring of 10,000 processes finds each process cold in the cache. */
    uint32_t pid;
    bl_proc_status status;
    bool queued;             /* in a run queue */
    bool host;               /* the embedding host's mailbox: never runs, cannot be killed */
    bl_priority priority;
    uint8_t low_skips;       /* times a low process let others go first (sched_pick) */
    struct bl_process *next_run; /* run queue link */
    bl_term *heap, *htop, *hend;
    bl_mailbox mbox;
    int32_t reds_left;
    uint32_t nsaved_x;
    uint64_t reductions;
    bl_term *E;
    const bl_code *pc; /* where to resume */
    const bl_code *cp; /* continuation of the current call */
    bl_term *saved_x;  /* argument registers while switched out */
    /* The mailbox's end when the newest reference was made: a receive for a
     * reply carrying that reference starts there (messages older than the
     * reference cannot contain it). */
    bl_message **recv_mark;
    uint64_t recv_mark_ref;
    bl_fragment *frags;      /* received messages' blocks, absorbed by the next collection */
    size_t frag_words;       /* what those blocks hold, their own fields included */
    const bl_code *timeout_pc; /* where a receive timeout continues */
    int64_t timeout_at;      /* monotonic ns of the armed receive timeout, or -1 */
    uint64_t timer_seq;      /* invalidates timer entries of a cancelled timeout */

    struct bl_vm *vm;
    bl_term *offheap; /* the REFBIN objects on this heap, linked through their third word */
    bl_term *stack, *stack_end;

    bl_handler *handlers;
    uint32_t nhandlers, handlers_cap;

    bl_term exc_class, exc_reason, exc_stacktrace;
    bl_term exc_top; /* a frame to put on top of the stack trace, or [] */
    /* A BIF's explanation of its badarg: which argument and why (static text). */
    int exc_arg;
    uint32_t saved_x_cap; /* room in saved_x */
    const char *exc_why;
    bl_term exit_reason;

    /* Set while a BIF runs: the roots it must keep if it collects. */
    bl_term *bif_x, *bif_args;
    unsigned bif_live, bif_nargs;
    const struct bl_export *bif_export; /* the export whose BIF is running (natives read it),
                                         * or after TRAP_BIF the continuation to call */

    /* links, monitors (all owned by the scheduler running it) */
    uint32_t *links;
    uint32_t nlinks, links_cap;
    bl_monitor *monitors;    /* processes this one monitors */
    uint32_t nmonitors, monitors_cap;
    bl_monitor *watchers;    /* processes monitoring this one */
    uint32_t nwatchers, watchers_cap;
    uint64_t *aliases;       /* reference numbers that are active aliases of this process */
    uint32_t naliases, aliases_cap;
    bl_trap trap;
    bool exc_top_replaces; /* the frame in exc_top stands for the current function's */
    bool trap_exit;
    bool over_max_heap; /* grew past --max-heap: it is killed */
    bl_term registered;      /* its registered name, or [] */
    bl_term dict;            /* the process dictionary: a list of {key, value} */
    uint64_t gc_count;
} bl_process;

/* Aliases: a reference through which messages reach the process that made
 * it, while it is active.  GenServer calls use them so that a reply that
 * comes after the caller gave up is dropped instead of queued. */
static inline bool proc_has_alias(const bl_process *p, uint64_t id) {
    for (uint32_t i = 0; i < p->naliases; i++)
        if (p->aliases[i] == id) return true;
    return false;
}

static inline bool proc_add_alias(bl_process *p, uint64_t id) {
    if (p->naliases == p->aliases_cap) {
        uint32_t cap = p->aliases_cap ? p->aliases_cap * 2 : 4;
        uint64_t *a = realloc(p->aliases, cap * sizeof *a);
        if (!a) return false;
        p->aliases = a;
        p->aliases_cap = cap;
    }
    p->aliases[p->naliases++] = id;
    return true;
}

/* Deactivates alias `id`; false if it was not active. */
static inline bool proc_drop_alias(bl_process *p, uint64_t id) {
    for (uint32_t i = 0; i < p->naliases; i++)
        if (p->aliases[i] == id) {
            p->aliases[i] = p->aliases[--p->naliases];
            return true;
        }
    return false;
}

#endif
