/*
 * sched.c — processes, signals, timers and the scheduler loop (see sched.h).
 *
 * Signals are delivered at once: with one scheduler thread, the receiver is
 * never running while another process sends to it, so an exit signal that
 * kills a process can run that process's exit (and its links' exits,
 * through a work list rather than recursion) immediately.
 */
#include "sched.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dirty.h"
#include "embed.h"
#include "error.h"
#include "gc.h"
#include "interp.h"
#include "trace.h"

int64_t sched_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

uint64_t sched_new_ref(bl_vm *vm) { return ++vm->next_ref; }

bool sched_may_wake(bl_vm *vm, int64_t next) { return next >= 0 || dirty_in_flight(vm); }

bl_process *sched_whereis(bl_vm *vm, bl_term name) {
    if (!is_atom(name) || atom_index(name) >= vm->registry_cap) return NULL;
    return sched_lookup(vm, vm->registry[atom_index(name)]); /* 0, for no one, finds no one */
}

/* --- run queues --- */

/* The run queue a process waits in: low shares normal's (sched_pick). */
static int sched_queue_of(const bl_process *p) { return p->priority == PRIO_HIGH ? PRIO_HIGH : PRIO_NORMAL; }

/* Counts p as runnable.  Queues only grow here: the maxima seen here
 * are exact.  Lengths count processes by priority (low waits in normal's
 * queue). */
static bool sched_count_runnable(bl_vm *vm, bl_process *p) {
    if (p->queued || p->status == PROC_EXITING || p->host) return false;
    p->status = PROC_RUNNABLE;
    p->queued = true;
    bl_sched *s = &vm->sched;
    if (++s->run_len[p->priority] > s->run_len_max[p->priority]) s->run_len_max[p->priority] = s->run_len[p->priority];
    if (++s->runnable > vm->max_run_queue) vm->max_run_queue = s->runnable;
    return true;
}

/* Links a process already counted as runnable onto the back of its queue. */
static void sched_enqueue(bl_sched *s, bl_process *p) {
    p->next_run = NULL;
    int q = sched_queue_of(p);
    if (s->run_tail[q]) s->run_tail[q]->next_run = p;
    else s->run_head[q] = p;
    s->run_tail[q] = p;
}

void sched_make_runnable(bl_vm *vm, bl_process *p) {
    if (sched_count_runnable(vm, p)) sched_enqueue(&vm->sched, p);
}

/* High runs before everything else.  Low and normal share a queue, as on
 * BEAM: a low process that reaches the front goes to the back again
 * until it has done so LOW_PRIORITY_SKIP - 1 times, and runs the next
 * time.  So among n normal processes a low one runs about once per 8n
 * slices — never starved, and never ahead of normal work. */
#define LOW_PRIORITY_SKIP 8

static bl_process *sched_pick(bl_vm *vm) {
    bl_sched *s = &vm->sched;
    int q = s->run_head[PRIO_HIGH] ? PRIO_HIGH : PRIO_NORMAL;
    for (;;) {
        bl_process *p = s->run_head[q];
        if (!p) return NULL;
        s->run_head[q] = p->next_run;
        if (!s->run_head[q]) s->run_tail[q] = NULL;
        if (p->priority == PRIO_LOW && s->run_head[q] && ++p->low_skips < LOW_PRIORITY_SKIP) {
            /* not its turn yet: to the back */
            p->next_run = NULL;
            s->run_tail[q]->next_run = p;
            s->run_tail[q] = p;
            continue;
        }
        p->low_skips = 0;
        p->queued = false;
        s->runnable--;
        s->run_len[p->priority]--;
        return p;
    }
}

/* --- timers: a binary min-heap of receive timeouts --- */

static void timer_swap(bl_timer *a, bl_timer *b) {
    bl_timer t = *a;
    *a = *b;
    *b = t;
}

static bool timer_push(bl_vm *vm, bl_timer t) {
    if (vm->ntimers == vm->timers_cap) {
        uint32_t cap = vm->timers_cap ? vm->timers_cap * 2 : 64;
        bl_timer *timers = realloc(vm->timers, cap * sizeof *timers);
        if (!timers) return false;
        vm->timers = timers;
        vm->timers_cap = cap;
    }
    uint32_t i = vm->ntimers++;
    vm->timers[i] = t;
    while (i > 0 && vm->timers[(i - 1) / 2].deadline > vm->timers[i].deadline) {
        timer_swap(&vm->timers[(i - 1) / 2], &vm->timers[i]);
        i = (i - 1) / 2;
    }
    return true;
}

static bl_timer timer_pop(bl_vm *vm) {
    bl_timer top = vm->timers[0];
    vm->timers[0] = vm->timers[--vm->ntimers];
    uint32_t i = 0;
    for (;;) {
        uint32_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < vm->ntimers && vm->timers[l].deadline < vm->timers[m].deadline) m = l;
        if (r < vm->ntimers && vm->timers[r].deadline < vm->timers[m].deadline) m = r;
        if (m == i) break;
        timer_swap(&vm->timers[i], &vm->timers[m]);
        i = m;
    }
    return top;
}

bool sched_send_after(bl_vm *vm, int64_t ms, uint32_t pid, bl_term name, bl_message *msg, uint64_t ref) {
    return timer_push(vm, (bl_timer){sched_now_ns() + ms * 1000000, pid, ref, name, msg});
}

int64_t sched_cancel_timer(bl_vm *vm, uint64_t ref, bool cancel) {
    for (uint32_t i = 0; i < vm->ntimers; i++) {
        bl_timer *t = &vm->timers[i];
        if (!t->msg || t->seq != ref) continue;
        int64_t left = (t->deadline - sched_now_ns()) / 1000000;
        if (cancel) {
            /* Fire it at once, harmlessly: no message, never a process. */
            msg_free(t->msg);
            t->msg = NULL;
            t->pid = 0;
        }
        return left < 0 ? 0 : left;
    }
    return -1;
}

void sched_arm_timeout(bl_vm *vm, bl_process *p, int64_t ms) {
    p->timeout_at = sched_now_ns() + ms * 1000000;
    p->timer_seq++;
    timer_push(vm, (bl_timer){p->timeout_at, p->pid, p->timer_seq, NIL, NULL});
}

/* Wakes processes whose receive timed out; returns the next deadline or -1. */
static int64_t sched_fire_timers(bl_vm *vm) {
    if (!vm->ntimers) return -1; /* no clock read between most slices */
    int64_t now = sched_now_ns();
    while (vm->ntimers && vm->timers[0].deadline <= now) {
        bl_timer t = timer_pop(vm);
        if (t.msg) { /* send_after */
            bl_process *to = t.name != NIL ? sched_whereis(vm, t.name) : sched_lookup(vm, t.pid);
            if (to) sched_deliver(vm, to, t.msg);
            else {
                msg_free(t.msg);
            }
            continue;
        }
        bl_process *p = sched_lookup(vm, t.pid);
        if (!p || p->timer_seq != t.seq || p->timeout_at < 0) continue; /* stale */
        p->timeout_at = -1;
        if (p->status == PROC_WAITING) {
            p->pc = p->timeout_pc;
            sched_make_runnable(vm, p);
        }
    }
    return vm->ntimers ? vm->timers[0].deadline : -1;
}

/* --- spawning --- */

/* Arguments whose sizes sched_spawn keeps while it copies them (spawn/3
 * passes 3); the sizes of any further ones are taken again. */
#define SPAWN_SIZED_ARGS 4

bl_process *sched_spawn(bl_vm *vm, const bl_code *entry, const bl_term *args, unsigned nargs) {
    if (vm->procs_used >= PROCESS_LIMIT) return NULL;
    size_t sizes[SPAWN_SIZED_ARGS], words = 0;
    for (unsigned i = 0; i < nargs; i++) {
        size_t w = copy_size(args[i]);
        if (w == SIZE_MAX) return NULL;
        if (i < SPAWN_SIZED_ARGS) sizes[i] = w;
        words += w;
    }
    bl_process *p = proc_new(vm);
    if (!p) return NULL;
    if (gc_ensure(p, words, 0, NULL, NULL, 0) != 0) goto failed;
    if (nargs + 1 > p->saved_x_cap) { /* a process from the cache may have room already */
        free(p->saved_x);
        p->saved_x = malloc((nargs + 1) * sizeof *p->saved_x);
        if (!p->saved_x) goto failed;
        p->saved_x_cap = nargs + 1;
    }
    for (unsigned i = 0; i < nargs; i++) {
        size_t w = i < SPAWN_SIZED_ARGS ? sizes[i] : copy_size(args[i]);
        p->saved_x[i] = w ? copy_term(args[i], heap_take(p, w), &p->offheap) : args[i];
    }
    p->nsaved_x = nargs;
    p->pc = entry;
    p->cp = NULL;
    sched_make_runnable(vm, p);
    if (vm->live_procs > vm->peak_procs) vm->peak_procs = vm->live_procs;
    if (vm->trace) trace_spawn(vm, vm->sched.current, p, entry, args, nargs);
    return p;

failed:
    proc_free(p);
    return NULL;
}

/* --- messages --- */

/* `from` is what the trace shows as the sender: NULL for a timer or a host. */
static inline void sched_deliver_from(bl_vm *vm, const bl_process *from, bl_process *to, bl_message *msg) {
    mbox_enqueue(&to->mbox, msg);
    vm->messages_sent++;
    if (vm->trace) trace_send(vm, from, to);
    if (to->status != PROC_WAITING) return;
    /* The first process the running one wakes in a slice may run next
     * (sched_run_one), so that a request and its reply need not each wait
     * for the whole queue.  Only at the same priority: a woken low process
     * must not pass normal ones, and high ones run first anyway. */
    bl_sched *s = &vm->sched;
    if (from && from == s->current && !s->runnext && to->priority == from->priority && !vm->config.handoff_disabled) {
        if (sched_count_runnable(vm, to)) s->runnext = to;
    } else {
        sched_make_runnable(vm, to);
    }
}

void sched_deliver(bl_vm *vm, bl_process *to, bl_message *msg) { sched_deliver_from(vm, vm->sched.current, to, msg); }

/* Sends the tuple of `elems` (at most 7) to `to` on behalf of `from`.
 * Nothing is built in the sender's heap: the sender may be a process
 * dying of an oversized heap.  As send does (bif_process.c), the tuple
 * goes straight into the receiver's heap while that has room and a short
 * queue, so that the message needs only a node; not into the running
 * process's heap, though, which a BIF may have reserved room in.
 * Otherwise it is assembled on the C stack and copied into a block of
 * its own. */
static void sched_send_tuple(bl_vm *vm, const bl_process *from, bl_process *to, const bl_term *elems, unsigned n) {
    if (to != vm->sched.current && sched_onheap_room(to, 1 + n)) {
        size_t sizes[7], words = 1 + n;
        for (unsigned i = 0; i < n && words != SIZE_MAX; i++) {
            sizes[i] = copy_size(elems[i]);
            words = sizes[i] == SIZE_MAX ? SIZE_MAX : words + sizes[i];
        }
        bl_message *msg;
        if (words != SIZE_MAX && sched_onheap_room(to, words) && (msg = node_take(&vm->sched.node_cache))) {
            bl_term *tuple = heap_take(to, words), *hp = tuple + 1 + n;
            tuple[0] = make_header(SUB_TUPLE, n);
            for (unsigned i = 0; i < n; i++) {
                tuple[1 + i] = sizes[i] ? copy_term(elems[i], hp, &to->offheap) : elems[i];
                hp += sizes[i];
            }
            msg->term = make_boxed(tuple);
            sched_deliver_from(vm, from, to, msg);
            return;
        }
    }
    bl_term tuple[8];
    tuple[0] = make_header(SUB_TUPLE, n);
    memcpy(tuple + 1, elems, n * sizeof *elems);
    size_t words = copy_size(make_boxed(tuple));
    bl_message *msg = words == SIZE_MAX ? NULL : mbox_copy_message_cached(&vm->sched.frag_cache, make_boxed(tuple), words);
    if (msg) sched_deliver_from(vm, from, to, msg);
}

/* --- links --- */

static bool sched_add_pid(uint32_t **arr, uint32_t *n, uint32_t *cap, uint32_t pid) {
    for (uint32_t i = 0; i < *n; i++)
        if ((*arr)[i] == pid) return true;
    if (*n == *cap) {
        uint32_t c = *cap ? *cap * 2 : 4;
        uint32_t *a = realloc(*arr, c * sizeof *a);
        if (!a) return false;
        *arr = a;
        *cap = c;
    }
    (*arr)[(*n)++] = pid;
    return true;
}

static void sched_remove_pid(uint32_t *arr, uint32_t *n, uint32_t pid) {
    for (uint32_t i = 0; i < *n; i++)
        if (arr[i] == pid) {
            arr[i] = arr[--*n];
            return;
        }
}

bool sched_link(bl_process *a, bl_process *b) {
    if (a == b) return true;
    return sched_add_pid(&a->links, &a->nlinks, &a->links_cap, b->pid) &&
           sched_add_pid(&b->links, &b->nlinks, &b->links_cap, a->pid);
}

void sched_unlink(bl_process *a, uint32_t b) {
    sched_remove_pid(a->links, &a->nlinks, b);
    bl_process *other = sched_lookup(a->vm, b);
    if (other) sched_remove_pid(other->links, &other->nlinks, a->pid);
}

/* --- exits --- */

static void sched_exit_process(bl_vm *vm, bl_process *p);

void sched_exit_signal(bl_vm *vm, uint32_t from, bl_process *to, bl_term reason, bl_process *owner,
                       bool from_link) {
    if (to->status == PROC_EXITING) return;
    bool kill = !from_link && reason == ATOM_TERM(kill);
    if (to->trap_exit && !kill) {
        bl_term elems[3] = {ATOM_TERM(EXIT), make_pid(from), reason};
        sched_send_tuple(vm, owner, to, elems, 3);
        return;
    }
    if (to->host) return; /* the host mailbox lives as long as the VM */
    if (reason == ATOM_TERM(normal) && !(from == to->pid && !from_link)) return;
    /* The process dies with the reason, copied onto its own heap. */
    bl_term own = kill ? ATOM_TERM(killed) : reason;
    if (!is_immed(own)) {
        size_t w = copy_size(own);
        if (w == SIZE_MAX || gc_ensure(to, w, 0, NULL, NULL, 0) != 0) own = ATOM_TERM(killed);
        else own = copy_term(reason, heap_take(to, w), &to->offheap);
    }
    to->exit_reason = own;
    to->exc_class = THE_NON_VALUE;
    if (to == vm->sched.current) {
        /* a process signalling itself: it stops when the BIF returns */
        to->status = PROC_EXITING;
        return;
    }
    sched_exit_process(vm, to);
}

/* Everything that happens when p has exited with p->exit_reason. */
static void sched_exit_process(bl_vm *vm, bl_process *p) {
    p->status = PROC_EXITING;
    if (vm->trace) trace_exit(vm, p);
    bl_term reason = p->exit_reason;
    uint32_t pid = p->pid;
    /* Monitors watching p get :DOWN; monitors p holds are dropped. */
    for (uint32_t i = 0; i < p->nwatchers; i++) {
        bl_process *w = sched_lookup(vm, p->watchers[i].pid);
        if (!w || w->status == PROC_EXITING) continue;
        for (uint32_t k = 0; k < w->nmonitors; k++)
            if (w->monitors[k].ref == p->watchers[i].ref) {
                w->monitors[k] = w->monitors[--w->nmonitors];
                break;
            }
        bl_term ref[3] = {make_header(SUB_REF, 2), p->watchers[i].ref, w->pid};
        proc_drop_alias(w, p->watchers[i].ref);
        /* a monitor made by name reports {name, node()} */
        bl_term named[3] = {make_header(SUB_TUPLE, 2), p->watchers[i].name, ATOM_TERM(nonode)};
        bl_term who = p->watchers[i].name != NIL ? make_boxed(named) : make_pid(pid);
        bl_term elems[5] = {ATOM_TERM(DOWN), make_boxed(ref), ATOM_TERM(process), who, reason};
        sched_send_tuple(vm, p, w, elems, 5);
    }
    p->nwatchers = 0;
    for (uint32_t i = 0; i < p->nmonitors; i++) {
        bl_process *t = sched_lookup(vm, p->monitors[i].pid);
        if (!t) continue;
        for (uint32_t k = 0; k < t->nwatchers; k++)
            if (t->watchers[k].ref == p->monitors[i].ref) {
                t->watchers[k] = t->watchers[--t->nwatchers];
                break;
            }
    }
    p->nmonitors = 0;
    if (p->registered != NIL) {
        vm->registry[atom_index(p->registered)] = 0;
        p->registered = NIL;
    }
    /* Links: each gets the exit signal.  Unlink first so signals that come
     * back do not loop. */
    uint32_t n = p->nlinks;
    uint32_t *links = p->links;
    p->links = NULL;
    p->nlinks = p->links_cap = 0;
    for (uint32_t i = 0; i < n; i++) {
        bl_process *l = sched_lookup(vm, links[i]);
        if (!l) continue;
        sched_remove_pid(l->links, &l->nlinks, pid);
        sched_exit_signal(vm, pid, l, p->exit_reason, p, true);
    }
    free(links);
    if (p->pid == vm->call.pid) embed_process_exited(vm, p);
    if (p == vm->main) {
        vm->main_done = true;
        vm->main_reason_is_error = p->exc_class != THE_NON_VALUE || p->exit_reason != ATOM_TERM(normal);
        vm->main_result = p->exc_reason;
    }
    vm_procs_remove(vm, p);
    /* A process still in a run queue is freed when the scheduler reaches it. */
    if (p == vm->main) vm->main_zombie = p;
    else if (!p->queued) proc_free(p);
}

/* --- the inbox: messages from host threads --- */

typedef struct bl_inbox_item {
    struct bl_inbox_item *next;
    bl_term dest; /* a pid or a registered name */
    bl_message *msg;
} bl_inbox_item;

int sched_inbox_init(bl_vm *vm) {
    pthread_condattr_t attr;
    if (pthread_condattr_init(&attr) != 0) return -1;
    /* Deadlines are on the monotonic clock, as the timers are. */
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    int rc = pthread_cond_init(&vm->inbox_cond, &attr);
    pthread_condattr_destroy(&attr);
    if (rc != 0) return -1;
    if (pthread_mutex_init(&vm->inbox_lock, NULL) != 0) {
        pthread_cond_destroy(&vm->inbox_cond);
        return -1;
    }
    vm->inbox_head = NULL;
    vm->inbox_tail = &vm->inbox_head;
    vm->inbox_ready = true;
    return 0;
}

void sched_inbox_free(bl_vm *vm) {
    if (!vm->inbox_ready) return;
    for (bl_inbox_item *it = vm->inbox_head, *next; it; it = next) {
        next = it->next;
        msg_free(it->msg);
        free(it);
    }
    vm->inbox_head = NULL;
    pthread_mutex_destroy(&vm->inbox_lock);
    pthread_cond_destroy(&vm->inbox_cond);
    vm->inbox_ready = false;
}

void sched_wake(bl_vm *vm) {
    pthread_mutex_lock(&vm->inbox_lock);
    __atomic_store_n(&vm->inbox_pending, true, __ATOMIC_RELEASE);
    pthread_cond_signal(&vm->inbox_cond);
    pthread_mutex_unlock(&vm->inbox_lock);
}

bool sched_inbox_push(bl_vm *vm, bl_term dest, bl_message *msg) {
    bl_inbox_item *it = malloc(sizeof *it);
    if (!it) {
        msg_free(msg);
        return false;
    }
    it->next = NULL;
    it->dest = dest;
    it->msg = msg;
    pthread_mutex_lock(&vm->inbox_lock);
    *vm->inbox_tail = it;
    vm->inbox_tail = &it->next;
    __atomic_store_n(&vm->inbox_pending, true, __ATOMIC_RELEASE);
    pthread_cond_signal(&vm->inbox_cond);
    pthread_mutex_unlock(&vm->inbox_lock);
    return true;
}

void sched_inbox_drain(bl_vm *vm) {
    if (!__atomic_load_n(&vm->inbox_pending, __ATOMIC_ACQUIRE)) return;
    pthread_mutex_lock(&vm->inbox_lock);
    bl_inbox_item *items = vm->inbox_head;
    vm->inbox_head = NULL;
    vm->inbox_tail = &vm->inbox_head;
    __atomic_store_n(&vm->inbox_pending, false, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&vm->inbox_lock);
    for (bl_inbox_item *it = items, *next; it; it = next) {
        next = it->next;
        bl_process *to = is_pid(it->dest) ? sched_lookup(vm, pid_number(it->dest)) : sched_whereis(vm, it->dest);
        if (to && to->status != PROC_EXITING) sched_deliver(vm, to, it->msg);
        else msg_free(it->msg); /* to a dead process or an unused name: dropped, as send does */
        free(it);
    }
}

/* --- the loop --- */

void sched_idle_wait(bl_vm *vm, int64_t deadline) {
    int64_t started = sched_now_ns();
    pthread_mutex_lock(&vm->inbox_lock);
    while (!__atomic_load_n(&vm->inbox_pending, __ATOMIC_ACQUIRE)) {
        if (deadline < 0) {
            pthread_cond_wait(&vm->inbox_cond, &vm->inbox_lock);
            continue;
        }
        if (sched_now_ns() >= deadline) break;
        struct timespec ts = {(time_t)(deadline / 1000000000), (long)(deadline % 1000000000)};
        if (pthread_cond_timedwait(&vm->inbox_cond, &vm->inbox_lock, &ts) == ETIMEDOUT) break;
    }
    pthread_mutex_unlock(&vm->inbox_lock);
    vm->sched.idle_ns += (uint64_t)(sched_now_ns() - started);
    if (vm->trace) trace_idle(vm, started);
}

int64_t sched_next_deadline(bl_vm *vm) {
    while (vm->ntimers) {
        const bl_timer *t = &vm->timers[0];
        if (t->msg) return t->deadline; /* send_after */
        const bl_process *p = sched_lookup(vm, t->pid);
        if (p && p->timer_seq == t->seq && p->timeout_at >= 0) return t->deadline;
        timer_pop(vm); /* a receive that got its message, or a cancelled send_after */
    }
    return -1;
}

bool sched_run_one(bl_vm *vm) {
    sched_inbox_drain(vm);
    if (dirty_in_flight(vm)) dirty_poll(vm);
    sched_fire_timers(vm);
    bl_sched *s = &vm->sched;
    bl_process *p = s->runnext;
    s->slice_reds = vm->config.reductions;
    if (p) {
        /* Handed the rest of the last slice, unless a timer or a host
         * thread has made a high priority process runnable since. */
        s->runnext = NULL;
        if (p->priority == PRIO_HIGH || !s->run_head[PRIO_HIGH]) {
            s->slice_reds = s->runnext_reds;
            s->handoffs++;
            p->queued = false;
            p->low_skips = 0;
            s->runnable--;
            s->run_len[p->priority]--;
        } else {
            sched_enqueue(s, p);
            p = sched_pick(vm);
        }
    } else {
        p = sched_pick(vm);
    }
    if (!p) return false;
    if (p->status == PROC_EXITING) {
        if (p != vm->main) proc_free(p);
        return true;
    }
    p->status = PROC_RUNNING;
    s->current = p;
    vm->running = true;
    int64_t started = vm->trace ? sched_now_ns() : 0;
    interp_result r = interp_run(s, p);
    vm->running = false;
    s->current = NULL;
    /* What the slice cost, overdraft included (BIFs charge after the fact). */
    int32_t spent = s->slice_reds - p->reds_left;
    if (spent > 0) {
        vm->total_reductions += (uint64_t)spent;
        p->reductions += (uint64_t)spent;
    }
    if (vm->trace) trace_slice(vm, p, started, spent > 0 ? (uint64_t)spent : 0);
    s->context_switches++;
    if (p->status == PROC_EXITING) r = RUN_EXIT; /* it signalled itself */
    /* The process p woke first runs next on what is left of p's slice when
     * p goes on to wait with reductions to spare, as a caller waits for
     * its reply: a pair that trades messages shares one slice, and goes to
     * the back of the queue once that is spent, so it cannot starve the
     * rest.  Otherwise the woken process queues, ahead of p if p is out of
     * reductions. */
    if (s->runnext) {
        if (r == RUN_WAIT && p->reds_left > 0) s->runnext_reds = p->reds_left;
        else {
            sched_enqueue(s, s->runnext);
            s->runnext = NULL;
        }
    }
    switch (r) {
    case RUN_YIELD: sched_make_runnable(vm, p); break;
    case RUN_WAIT:
        p->status = PROC_WAITING;
        if (p->mbox.len && *p->mbox.save) sched_make_runnable(vm, p); /* a message came meanwhile */
        break;
    case RUN_EXIT: sched_exit_process(vm, p); break;
    }
    return true;
}

int sched_run(bl_vm *vm, bl_process *main) {
    vm->main = main;
    vm->main_done = false;
    while (!vm->main_done && !vm->halted) {
        if (sched_run_one(vm)) continue;
        int64_t next = sched_next_deadline(vm);
        if (!sched_may_wake(vm, next)) {
            /* Every process waits for a message that cannot come. */
            vm->deadlocked = true;
            break;
        }
        sched_idle_wait(vm, next);
    }
    if (vm->halted) return vm->exit_status;
    if (!vm->main_done) return 1;
    return vm->main_reason_is_error || vm->main_result == ATOM_TERM(error) ? 1 : 0;
}
