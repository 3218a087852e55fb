/*
 * dirty.h — work that runs off the scheduler thread ("dirty" calls).
 *
 * A process that starts a slow C call (an FFI call with `dirty: true`)
 * hands a job to its VM's dirty threads and waits in an ordinary receive
 * for the reply; meanwhile the scheduler goes on running other processes.
 * A finished job goes onto a completion queue.  The scheduler drains that
 * queue between time slices (dirty_poll), turning each job into a message
 * for the process that waits.  A dirty thread that finishes a job wakes
 * the scheduler (sched_wake) in case it sleeps with nothing runnable.
 * While a job is in flight the VM is not deadlocked, however many
 * processes wait.
 *
 * Which thread owns what:
 *  - the scheduler thread calls every function here and alone touches
 *    `in_flight`;
 *  - a dirty thread touches the queues (under `lock`) and the one job it
 *    runs.  A job's `run` must not touch the VM — no atoms, heaps or
 *    processes — only the job itself.  Its `finish` runs on the scheduler
 *    thread and may use the VM.
 * Threads start on demand, up to DIRTY_MAX_THREADS, and are joined when
 * the VM is freed (dirty_shutdown).  A C call cannot be interrupted, so
 * freeing a VM waits for the calls still running; jobs that no thread has
 * started yet are dropped.
 */
#ifndef BL_DIRTY_H
#define BL_DIRTY_H

#include <pthread.h>

#include "vm.h"

#define DIRTY_MAX_THREADS 4 /* more simultaneous dirty calls queue for a free thread */

typedef struct bl_dirty_job bl_dirty_job;

struct bl_dirty_job {
    bl_dirty_job *next;
    uint32_t pid; /* the process that waits for the reply */
    /* On a dirty thread: the slow work. */
    void (*run)(bl_dirty_job *job);
    /* On the scheduler thread, exactly once per submitted job: the reply
     * for `pid` when `reply` is set (NULL if it cannot be made), after
     * which the job frees itself. */
    bl_message *(*finish)(bl_vm *vm, bl_dirty_job *job, bool reply);
};

typedef struct bl_dirty {
    struct bl_vm *vm; /* woken through sched_wake when a call finishes */
    pthread_mutex_t lock;
    pthread_cond_t work; /* a job was queued, or the VM is going away */
    bl_dirty_job *queue, **queue_tail; /* waiting for a thread */
    bl_dirty_job *finished, **finished_tail; /* run, reply not yet delivered */
    uint32_t nqueued, idle;
    pthread_t threads[DIRTY_MAX_THREADS];
    unsigned nthreads;
    bool stopping;
    uint32_t in_flight; /* submitted and not yet finished (scheduler thread only) */
} bl_dirty;

/* Queues `job` for a dirty thread; false when no thread can be had (the
 * job is untouched and still the caller's). */
bool dirty_submit(bl_vm *vm, bl_dirty_job *job);
/* Whether a submitted job has not been finished yet. */
static inline bool dirty_in_flight(const bl_vm *vm) { return vm->dirty && vm->dirty->in_flight > 0; }
/* Delivers the replies of the jobs that have finished. */
void dirty_poll(bl_vm *vm);
/* Joins the threads (waiting for running calls) and drops what is left. */
void dirty_shutdown(bl_vm *vm);

#endif
