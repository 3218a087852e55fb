/*
 * sched.h — processes, their exits, signals and timers, and the scheduler
 * loop.
 *
 * One scheduler thread runs every process for now; what it owns lives in
 * bl_sched (the run queues, x registers) and what is VM-wide in bl_vm (the
 * process table, the registry, the timers).  A process runs until it
 * waits, exits or spends its reductions, then goes to the back of its
 * priority's queue; but a process that wakes another with a message and
 * then waits hands it the rest of its slice (sched_run_one).  An idle
 * scheduler sleeps until the next timer, or
 * until a host thread sends a message or a dirty call finishes (dirty.h).
 *
 * Threads: only the thread running the scheduler touches processes,
 * queues and timers.  Other threads reach the VM through one door, the
 * inbox: sched_inbox_push (bl_send) links a message that is already a
 * self-contained copy under vm->inbox_lock and signals vm->inbox_cond; the
 * scheduler drains the inbox before every slice and delivers each message
 * as if a process had sent it.  A dirty thread that finishes a call wakes
 * the scheduler the same way (sched_wake); its reply is delivered by
 * dirty_poll at the next slice.
 */
#ifndef BL_SCHED_H
#define BL_SCHED_H

#include "vm.h"

#define PID_FIRST 80 /* the first process's number, as on a fresh BEAM node */
#define PROCESS_LIMIT (1u << 26) /* processes alive at once */

/* The live process with that pid number, or NULL. */
static inline bl_process *sched_lookup(bl_vm *vm, uint32_t pid) {
    if (!vm->procs_cap) return NULL;
    bl_process *p = vm->procs[pid & (vm->procs_cap - 1)];
    return p && p->pid == pid ? p : NULL;
}
/* Whether a message of `words` words may be copied straight into `to`'s
 * heap rather than a block of its own (mailbox.h): there is room, and few
 * messages are queued. */
static inline bool sched_onheap_room(const bl_process *to, size_t words) {
    return !to->host && to->mbox.len < MBOX_ONHEAP_QUEUE && words <= (size_t)(to->hend - to->htop);
}
/* Whether anything can still make a process runnable when none is: a
 * timer (`next`, from sched_next_deadline, is not -1) or a dirty call in
 * flight.  Messages from host threads are the caller's to consider. */
bool sched_may_wake(bl_vm *vm, int64_t next);
/* The live process registered under the atom `name`, or NULL. */
bl_process *sched_whereis(bl_vm *vm, bl_term name);
/* A new process running `entry` with a copy of `args`; NULL at the limit. */
bl_process *sched_spawn(bl_vm *vm, const bl_code *entry, const bl_term *args, unsigned nargs);
void sched_make_runnable(bl_vm *vm, bl_process *p);
/* Delivers a message (already copied); wakes the receiver. */
void sched_deliver(bl_vm *vm, bl_process *to, bl_message *msg);
/* An exit signal from process `from` (a pid number) with `reason`, which
 * lives on `reason_owner`'s heap (or is an immediate). */
void sched_exit_signal(bl_vm *vm, uint32_t from, bl_process *to, bl_term reason, bl_process *reason_owner,
                       bool from_link);
/* Links and unlinks two processes (both ways). */
bool sched_link(bl_process *a, bl_process *b);
void sched_unlink(bl_process *a, uint32_t b);
/* Arms the receive timeout of p `ms` milliseconds from now. */
void sched_arm_timeout(bl_vm *vm, bl_process *p, int64_t ms);
/* Sends `msg` to pid (or registered `name`) in ms milliseconds; `ref`
 * identifies the timer for cancel/read. */
bool sched_send_after(bl_vm *vm, int64_t ms, uint32_t pid, bl_term name, struct bl_message *msg, uint64_t ref);
/* Milliseconds left on a send_after timer (and cancels it when asked);
 * -1 when there is no such timer (fired or cancelled). */
int64_t sched_cancel_timer(bl_vm *vm, uint64_t ref, bool cancel);
/* A fresh reference number. */
uint64_t sched_new_ref(bl_vm *vm);
int64_t sched_now_ns(void);

/* Runs until `main` exits; returns how it ended as vm_run_main does. */
int sched_run(bl_vm *vm, bl_process *main);

/* Delivers due timers and what host threads sent, then runs the next
 * runnable process for one slice.  False when no process was runnable. */
bool sched_run_one(bl_vm *vm);
/* The monotonic time (ns) of the next timer that can still fire, or -1.
 * Receive timeouts that were cancelled are dropped on the way. */
int64_t sched_next_deadline(bl_vm *vm);
/* Sleeps until the monotonic time `deadline` (ns; -1 for no limit) or
 * until a host thread sends a message, whichever comes first. */
void sched_idle_wait(bl_vm *vm, int64_t deadline);
/* Wakes an idle scheduler (any thread). */
void sched_wake(bl_vm *vm);

/* The inbox (any thread may call sched_inbox_push once the VM exists).
 * `dest` is a pid or a registered name; `msg` becomes the inbox's.  False
 * when memory runs out (msg is then freed). */
int sched_inbox_init(bl_vm *vm);
bool sched_inbox_push(bl_vm *vm, bl_term dest, struct bl_message *msg);
/* Delivers everything host threads sent, in the order they sent it. */
void sched_inbox_drain(bl_vm *vm);
void sched_inbox_free(bl_vm *vm);

#endif
