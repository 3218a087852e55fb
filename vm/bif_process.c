/*
 * bif_process.c — built-ins on processes: spawning, sending, links,
 * monitors, exit signals, flags, the registry, the process dictionary and
 * process information.  Names and semantics are Erlang's.
 */
#include "bif_process.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "mailbox.h"
#include "print.h"
#include "sched.h"

static bl_term proc_atom(bl_process *p, const char *name) { return atom_intern(&p->vm->atoms, name, strlen(name)); }

static bl_term proc_tuple2(bl_process *p, bl_term a, bl_term b) {
    bl_term keep[2] = {a, b};
    if (gc_ensure(p, 3, p->bif_live, p->bif_x, keep, 2) != 0) return bif_error(p, ATOM_TERM(system_limit));
    bl_term *t = heap_take(p, 3);
    t[0] = make_header(SUB_TUPLE, 2);
    t[1] = keep[0];
    t[2] = keep[1];
    return make_boxed(t);
}

static bl_term proc_ref(bl_process *p, uint64_t id) {
    bl_term *r = bif_alloc(p, 3);
    if (!r) return THE_NON_VALUE;
    r[0] = make_header(SUB_REF, 2);
    r[1] = id;
    r[2] = p->pid;
    return make_boxed(r);
}

static bool proc_ref_id(bl_term t, uint64_t *id) {
    if (!is_boxed_of(t, SUB_REF)) return false;
    *id = boxed_ptr(t)[1];
    return true;
}

/* The process a pid, registered name or {name, node()} refers to, or NULL. */
static bl_process *proc_resolve(bl_process *p, bl_term dest) {
    if (is_pid(dest)) return sched_lookup(p->vm, pid_number(dest));
    if (is_tuple(dest) && tuple_arity(dest) == 2 && is_atom(tuple_elems(dest)[0]) &&
        tuple_elems(dest)[1] == ATOM_TERM(nonode))
        dest = tuple_elems(dest)[0];
    return sched_whereis(p->vm, dest);
}

/* --- spawning --- */

/* Where a process spawned with a fun (arity 1) or with a module,
 * function and arguments (arity 3) starts: Beamlet.Runner.spawned. */
static const bl_code *proc_runner(bl_process *p, unsigned arity) {
    bl_vm *vm = p->vm;
    bl_export **runner = &vm->spawn_runner[arity == 3];
    if (!*runner || !(*runner)->code) *runner = vm_export_lookup(vm, ATOM_TERM(runner), ATOM_TERM(spawned), arity);
    return *runner ? (*runner)->code : NULL;
}

typedef enum { SPAWN_PLAIN, SPAWN_LINK, SPAWN_MONITOR } spawn_kind;

static bl_term proc_spawn(bl_process *p, bl_term *args, unsigned n, spawn_kind kind) {
    if (n == 1 && (!is_fun(args[0]) || print_fun_arity(args[0]) != 0)) return bif_badarg(p);
    if (n == 3 && (!is_atom(args[0]) || !is_atom(args[1]) || !is_list_or_nil(args[2]))) return bif_badarg(p);
    const bl_code *entry = proc_runner(p, n);
    if (!entry) return bif_error(p, ATOM_TERM(undef));
    bl_process *child = sched_spawn(p->vm, entry, args, n);
    if (!child) return bif_error(p, ATOM_TERM(system_limit));
    if (kind == SPAWN_LINK) sched_link(p, child);
    if (kind != SPAWN_MONITOR) return make_pid(child->pid);
    uint64_t id = sched_new_ref(p->vm);
    if (!proc_add_monitor(p, child, id, NIL)) return bif_error(p, ATOM_TERM(system_limit));
    bl_term ref = proc_ref(p, id);
    if (ref == THE_NON_VALUE) return ref;
    return proc_tuple2(p, make_pid(child->pid), ref);
}

bl_term bif_spawn1(bl_process *p, bl_term *a) { return proc_spawn(p, a, 1, SPAWN_PLAIN); }
bl_term bif_spawn3(bl_process *p, bl_term *a) { return proc_spawn(p, a, 3, SPAWN_PLAIN); }
bl_term bif_spawn_link1(bl_process *p, bl_term *a) { return proc_spawn(p, a, 1, SPAWN_LINK); }
bl_term bif_spawn_link3(bl_process *p, bl_term *a) { return proc_spawn(p, a, 3, SPAWN_LINK); }
bl_term bif_spawn_monitor1(bl_process *p, bl_term *a) { return proc_spawn(p, a, 1, SPAWN_MONITOR); }
bl_term bif_spawn_monitor3(bl_process *p, bl_term *a) { return proc_spawn(p, a, 3, SPAWN_MONITOR); }

/* --- messages --- */

/* The message that carries a copy of `t` to `to`.  While the receiver
 * has room in its heap and only a few messages queued, the copy goes
 * straight there, as BEAM does for a receiver whose lock it can take, and
 * the message needs only a node: receiving it frees nothing and its
 * collector finds it in the queue.  Otherwise the copy goes into a block
 * of its own, which joins the receiver's heap when it is received.  (With
 * several scheduler threads the heap path needs the receiver's heap lock,
 * taken without waiting, falling back to a block.) */
static bl_message *send_copy(bl_vm *vm, bl_process *to, bl_term t, size_t *words) {
    *words = 0;
    if (is_immed(t)) {
        bl_message *msg = node_take(&vm->sched.node_cache);
        if (msg) msg->term = t;
        return msg;
    }
    size_t flat = copy_flat_words(t);
    size_t need = flat ? flat : copy_size(t);
    if (need == SIZE_MAX) return NULL;
    *words = need;
    if (sched_onheap_room(to, need)) {
        bl_message *msg = node_take(&vm->sched.node_cache);
        if (!msg) return NULL;
        bl_term *hp = heap_take(to, need);
        msg->term = flat ? copy_flat(t, hp, flat) : copy_term(t, hp, &to->offheap);
        return msg;
    }
    return mbox_copy_message_cached(&vm->sched.frag_cache, t, need);
}

bl_term bif_send(bl_process *p, bl_term *a) {
    bl_process *to;
    if (is_boxed_of(a[0], SUB_REF)) {
        /* to an alias: delivered while the alias is active, else dropped */
        to = sched_lookup(p->vm, (uint32_t)boxed_ptr(a[0])[2]);
        if (!to || to->status == PROC_EXITING || !proc_has_alias(to, boxed_ptr(a[0])[1])) return a[1];
    } else {
        to = proc_resolve(p, a[0]);
    }
    if (!to) {
        if (is_pid(a[0]) || is_tuple(a[0])) return a[1]; /* to a dead process: dropped */
        return bif_badarg_why(p, 1, "invalid destination");
    }
    size_t words;
    bl_message *msg = send_copy(p->vm, to, a[1], &words);
    if (!msg) return bif_error(p, ATOM_TERM(system_limit));
    sched_deliver(p->vm, to, msg);
    p->reds_left -= (int32_t)(1 + words / 64);
    return a[1];
}

bl_term bif_make_ref(bl_process *p, bl_term *a) {
    (void)a;
    uint64_t id = sched_new_ref(p->vm);
    p->recv_mark = p->mbox.tail;
    p->recv_mark_ref = id;
    return proc_ref(p, id);
}

/* --- links and exits --- */

bl_term bif_link(bl_process *p, bl_term *a) {
    if (!is_pid(a[0])) return bif_badarg(p);
    bl_process *other = sched_lookup(p->vm, pid_number(a[0]));
    if (!other) {
        /* linking to a dead process: an exit signal with :noproc */
        if (p->trap_exit) {
            sched_exit_signal(p->vm, pid_number(a[0]), p, ATOM_TERM(noproc), NULL, true);
            return A_TRUE;
        }
        return bif_error(p, ATOM_TERM(noproc));
    }
    return sched_link(p, other) ? A_TRUE : bif_error(p, ATOM_TERM(system_limit));
}

bl_term bif_unlink(bl_process *p, bl_term *a) {
    if (!is_pid(a[0])) return bif_badarg(p);
    sched_unlink(p, pid_number(a[0]));
    return A_TRUE;
}

bl_term bif_exit2(bl_process *p, bl_term *a) {
    bl_process *to = proc_resolve(p, a[0]);
    if (!is_pid(a[0]) && !is_atom(a[0])) return bif_badarg(p);
    if (!to) return A_TRUE;
    sched_exit_signal(p->vm, p->pid, to, a[1], p, false);
    if (to == p && p->status == PROC_EXITING) {
        p->trap = TRAP_EXIT;
        p->exc_class = THE_NON_VALUE;
        return THE_NON_VALUE;
    }
    return A_TRUE;
}

bl_term bif_process_flag(bl_process *p, bl_term *a) {
    if (a[0] == proc_atom(p, "trap_exit")) {
        if (a[1] != A_TRUE && a[1] != A_FALSE) return bif_badarg(p);
        bl_term old = p->trap_exit ? A_TRUE : A_FALSE;
        p->trap_exit = a[1] == A_TRUE;
        return old;
    }
    if (a[0] == proc_atom(p, "priority")) {
        static const char *const names[PRIO_COUNT] = {"low", "normal", "high"};
        for (int i = 0; i < PRIO_COUNT; i++)
            if (a[1] == proc_atom(p, names[i])) {
                bl_term old = proc_atom(p, names[p->priority]);
                p->priority = (bl_priority)i;
                return old;
            }
        return bif_badarg(p);
    }
    return bif_badarg(p);
}

/* --- monitors --- */

static bool proc_push_monitor(bl_monitor **arr, uint32_t *n, uint32_t *cap, bl_monitor m) {
    if (*n == *cap) {
        uint32_t c = *cap ? *cap * 2 : 4;
        bl_monitor *na = realloc(*arr, c * sizeof *na);
        if (!na) return false;
        *arr = na;
        *cap = c;
    }
    (*arr)[(*n)++] = m;
    return true;
}

bool proc_add_monitor(bl_process *p, bl_process *target, uint64_t id, bl_term name) {
    return proc_push_monitor(&p->monitors, &p->nmonitors, &p->monitors_cap, (bl_monitor){id, target->pid, name}) &&
           proc_push_monitor(&target->watchers, &target->nwatchers, &target->watchers_cap,
                             (bl_monitor){id, p->pid, name});
}

static bool proc_monitors(const bl_process *p, uint64_t id);

/* monitor(:process, target, options): the one option is {:alias, :demonitor},
 * making the monitor's reference an alias of the caller until demonitor or
 * the :DOWN message. */
bl_term bif_monitor3(bl_process *p, bl_term *a) {
    bool alias = false;
    for (bl_term l = a[2]; l != NIL; l = list_tail(l)) {
        if (!is_list(l)) return bif_badarg(p);
        bl_term o = list_head(l);
        if (!(is_tuple(o) && tuple_arity(o) == 2 && tuple_elems(o)[0] == ATOM_TERM(alias) &&
              tuple_elems(o)[1] == ATOM_TERM(demonitor)))
            return bif_badarg_why(p, 3, "invalid monitor option");
        alias = true;
    }
    bl_term ref = bif_monitor(p, a);
    if (ref == THE_NON_VALUE || !alias) return ref;
    if (!proc_add_alias(p, boxed_ptr(ref)[1])) return bif_error(p, ATOM_TERM(system_limit));
    /* a dead target's :DOWN is already queued: the alias is over at once */
    if (!proc_monitors(p, boxed_ptr(ref)[1])) proc_drop_alias(p, boxed_ptr(ref)[1]);
    return ref;
}

/* alias(): a fresh reference that is an alias of the caller. */
bl_term bif_alias0(bl_process *p, bl_term *a) {
    (void)a;
    uint64_t id = sched_new_ref(p->vm);
    p->recv_mark = p->mbox.tail;
    p->recv_mark_ref = id;
    bl_term ref = proc_ref(p, id);
    if (ref == THE_NON_VALUE) return ref;
    if (!proc_add_alias(p, id)) return bif_error(p, ATOM_TERM(system_limit));
    return ref;
}

bl_term bif_unalias(bl_process *p, bl_term *a) {
    if (!is_boxed_of(a[0], SUB_REF)) return bif_badarg(p);
    return proc_drop_alias(p, boxed_ptr(a[0])[1]) ? ATOM_TERM(true) : ATOM_TERM(false);
}

bl_term bif_monitor(bl_process *p, bl_term *a) {
    if (a[0] != ATOM_TERM(process) || !(is_pid(a[1]) || is_atom(a[1]))) return bif_badarg(p);
    uint64_t id = sched_new_ref(p->vm);
    /* nothing older than the reference can mention it: a receive for the
     * reply or the :DOWN can start here (GenServer.call does) */
    p->recv_mark = p->mbox.tail;
    p->recv_mark_ref = id;
    bl_process *target = proc_resolve(p, a[1]);
    if (!target || target->status == PROC_EXITING) {
        /* a dead target: :DOWN with :noproc at once, all built in one go */
        bool named = is_atom(a[1]);
        if (gc_ensure(p, 3 + 6 + (named ? 3 : 0), p->bif_live, p->bif_x, p->bif_args, p->bif_nargs) != 0)
            return bif_error(p, ATOM_TERM(system_limit));
        bl_term *r = heap_take(p, 3);
        r[0] = make_header(SUB_REF, 2);
        r[1] = id;
        r[2] = p->pid;
        bl_term who = p->bif_args[1];
        if (named) {
            bl_term *nt = heap_take(p, 3);
            nt[0] = make_header(SUB_TUPLE, 2);
            nt[1] = who;
            nt[2] = ATOM_TERM(nonode);
            who = make_boxed(nt);
        }
        bl_term *t = heap_take(p, 6);
        t[0] = make_header(SUB_TUPLE, 5);
        t[1] = ATOM_TERM(DOWN);
        t[2] = make_boxed(r);
        t[3] = ATOM_TERM(process);
        t[4] = who;
        t[5] = ATOM_TERM(noproc);
        bl_message *msg = mbox_copy_message(make_boxed(t));
        if (msg) sched_deliver(p->vm, p, msg);
        return make_boxed(r);
    }
    bl_term ref = proc_ref(p, id);
    if (ref == THE_NON_VALUE) return ref;
    if (!proc_add_monitor(p, target, id, is_atom(p->bif_args[1]) ? p->bif_args[1] : NIL))
        return bif_error(p, ATOM_TERM(system_limit));
    return ref;
}

/* Removes the first message shaped {_, ref, _, _, _} for monitor `id`
 * from the mailbox, as BEAM does: the :DOWN of a monitor that fired. */
static void proc_flush_down(bl_process *p, uint64_t id) {
    p->recv_mark = NULL;
    for (bl_message **link = &p->mbox.head; *link; link = &(*link)->next) {
        bl_message *m = *link;
        bl_term t = m->term;
        uint64_t rid;
        if (is_tuple(t) && tuple_arity(t) == 5 && proc_ref_id(tuple_elems(t)[1], &rid) && rid == id) {
            *link = m->next;
            if (p->mbox.tail == &m->next) p->mbox.tail = link;
            p->mbox.len--;
            p->mbox.onheap -= msg_on_heap(m); /* a :DOWN may have been built in this heap */
            msg_free(m);
            break;
        }
    }
    p->mbox.save = &p->mbox.head;
}

static bool proc_monitors(const bl_process *p, uint64_t id) {
    for (uint32_t i = 0; i < p->nmonitors; i++)
        if (p->monitors[i].ref == id) return true;
    return false;
}

static bl_term proc_demonitor(bl_process *p, bl_term ref, bool flush) {
    uint64_t id;
    if (!proc_ref_id(ref, &id)) return bif_badarg(p);
    proc_drop_alias(p, id);
    bool active = false;
    for (uint32_t i = 0; i < p->nmonitors; i++) {
        if (p->monitors[i].ref != id) continue;
        active = true;
        bl_process *t = sched_lookup(p->vm, p->monitors[i].pid);
        if (t)
            for (uint32_t k = 0; k < t->nwatchers; k++)
                if (t->watchers[k].ref == id) {
                    t->watchers[k] = t->watchers[--t->nwatchers];
                    break;
                }
        p->monitors[i] = p->monitors[--p->nmonitors];
        break;
    }
    /* A monitor still active has sent no :DOWN, so there is nothing to
     * look for: a caller that demonitors after its reply does not walk a
     * long mailbox.  One that fired has its :DOWN somewhere in the queue. */
    if (flush && !active) proc_flush_down(p, id);
    return A_TRUE;
}

bl_term bif_demonitor1(bl_process *p, bl_term *a) { return proc_demonitor(p, a[0], false); }

bl_term bif_demonitor2(bl_process *p, bl_term *a) {
    bool flush = false;
    for (bl_term o = a[1]; is_list(o); o = list_tail(o))
        if (list_head(o) == ATOM_TERM(flush)) flush = true;
    return proc_demonitor(p, a[0], flush);
}

/* --- the registry --- */

bl_term bif_register(bl_process *p, bl_term *a) {
    bl_vm *vm = p->vm;
    if (!is_atom(a[0]) || a[0] == ATOM_TERM(undefined)) return bif_badarg_why(p, 1, "not an atom");
    bl_process *target = is_pid(a[1]) ? sched_lookup(vm, pid_number(a[1])) : NULL;
    if (!target) return bif_badarg_why(p, 2, "not a pid of a live process");
    uint32_t idx = atom_index(a[0]);
    if (idx >= vm->registry_cap) {
        uint32_t cap = vm->registry_cap ? vm->registry_cap : 1024;
        while (cap <= idx) cap *= 2;
        uint32_t *r = realloc(vm->registry, cap * sizeof *r);
        if (!r) return bif_error(p, ATOM_TERM(system_limit));
        memset(r + vm->registry_cap, 0, (cap - vm->registry_cap) * sizeof *r);
        vm->registry = r;
        vm->registry_cap = cap;
    }
    if (vm->registry[idx] && sched_lookup(vm, vm->registry[idx])) return bif_badarg_why(p, 1, "name is in use");
    if (target->registered != NIL) return bif_badarg_why(p, 2, "process already has a name");
    vm->registry[idx] = target->pid;
    target->registered = a[0];
    return A_TRUE;
}

bl_term bif_unregister(bl_process *p, bl_term *a) {
    bl_vm *vm = p->vm;
    if (!is_atom(a[0]) || atom_index(a[0]) >= vm->registry_cap || !vm->registry[atom_index(a[0])])
        return bif_badarg_why(p, 1, "not a registered name");
    bl_process *t = sched_lookup(vm, vm->registry[atom_index(a[0])]);
    if (t) t->registered = NIL;
    vm->registry[atom_index(a[0])] = 0;
    return A_TRUE;
}

bl_term bif_whereis(bl_process *p, bl_term *a) {
    if (!is_atom(a[0])) return bif_badarg(p);
    bl_process *t = proc_resolve(p, a[0]);
    return t ? make_pid(t->pid) : ATOM_TERM(undefined);
}

bl_term bif_registered(bl_process *p, bl_term *a) {
    (void)a;
    bl_vm *vm = p->vm;
    uint32_t n = 0;
    for (uint32_t i = 0; i < vm->registry_cap; i++)
        if (vm->registry[i] && sched_lookup(vm, vm->registry[i])) n++;
    bl_term *cells = bif_alloc(p, 2 * (size_t)n);
    if (!cells) return THE_NON_VALUE;
    bl_term list = NIL;
    uint32_t k = 0;
    for (uint32_t i = 0; i < vm->registry_cap; i++) {
        if (!vm->registry[i] || !sched_lookup(vm, vm->registry[i])) continue;
        cells[2 * k] = make_atom(i);
        cells[2 * k + 1] = list;
        list = make_list(&cells[2 * k]);
        k++;
    }
    return list;
}

/* --- process status --- */

bl_term bif_is_process_alive(bl_process *p, bl_term *a) {
    if (!is_pid(a[0])) return bif_badarg(p);
    bl_process *t = sched_lookup(p->vm, pid_number(a[0]));
    return t && t->status != PROC_EXITING ? A_TRUE : A_FALSE;
}

/* Ascending pid numbers: creation order until the numbers wrap. */
static int pid_order(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

bl_term bif_processes(bl_process *p, bl_term *a) {
    (void)a;
    bl_vm *vm = p->vm;
    /* the live pids, oldest first */
    uint32_t *pids = malloc(((size_t)vm->procs_used + 1) * sizeof *pids), n = 0;
    if (!pids) return bif_error(p, ATOM_TERM(system_limit));
    for (uint32_t i = 0; i < vm->procs_cap; i++) {
        bl_process *t = vm->procs[i];
        if (t && t->status != PROC_EXITING) pids[n++] = t->pid;
    }
    qsort(pids, n, sizeof *pids, pid_order);
    bl_term *cells = bif_alloc(p, 2 * (size_t)n);
    if (!cells) {
        free(pids);
        return THE_NON_VALUE;
    }
    bl_term list = NIL;
    for (uint32_t k = n; k-- > 0;) {
        cells[2 * k] = make_pid(pids[k]);
        cells[2 * k + 1] = list;
        list = make_list(&cells[2 * k]);
    }
    free(pids);
    return list;
}

/* Bytes a process occupies: its struct, heap, stack and queued messages. */
static size_t proc_memory(const bl_process *t) {
    size_t bytes = sizeof *t + (size_t)(t->hend - t->heap) * sizeof(bl_term) +
                   (size_t)(t->stack_end - t->stack) * sizeof(bl_term) + t->frag_words * sizeof(bl_term);
    for (const bl_message *m = t->mbox.head; m; m = m->next)
        bytes += sizeof *m + (m->frag ? sizeof *m->frag + m->frag->words * sizeof(bl_term) : 0);
    return bytes;
}

static bl_term proc_pid_list(bl_process *p, const uint32_t *pids, uint32_t n, bool tagged) {
    bl_term *cells = bif_alloc(p, (tagged ? 5 : 2) * (size_t)n);
    if (!cells) return THE_NON_VALUE;
    bl_term list = NIL;
    for (uint32_t i = n; i-- > 0;) {
        bl_term item = make_pid(pids[i]);
        if (tagged) {
            bl_term *t = cells + 2 * n + 3 * i;
            t[0] = make_header(SUB_TUPLE, 2);
            t[1] = ATOM_TERM(process);
            t[2] = item;
            item = make_boxed(t);
        }
        cells[2 * i] = item;
        cells[2 * i + 1] = list;
        list = make_list(&cells[2 * i]);
    }
    return list;
}

/* [process: pid | {name, node}] for Process.info(pid, :monitors). */
static bl_term proc_monitor_list(bl_process *p, bl_process *t) {
    uint32_t n = t->nmonitors;
    bl_term *cells = bif_alloc(p, 8 * (size_t)n);
    if (!cells) return THE_NON_VALUE;
    bl_term list = NIL;
    bl_term node = ATOM_TERM(nonode);
    for (uint32_t i = n; i-- > 0;) {
        bl_term *cell = cells + 8 * i, *tag = cell + 2, *named = cell + 5;
        bl_term who = make_pid(t->monitors[i].pid);
        if (t->monitors[i].name != NIL) {
            named[0] = make_header(SUB_TUPLE, 2);
            named[1] = t->monitors[i].name;
            named[2] = node;
            who = make_boxed(named);
        } else {
            named[0] = make_header(SUB_TUPLE, 2); /* unused: kept whole */
            named[1] = named[2] = NIL;
        }
        tag[0] = make_header(SUB_TUPLE, 2);
        tag[1] = ATOM_TERM(process);
        tag[2] = who;
        cell[0] = make_boxed(tag);
        cell[1] = list;
        list = make_list(cell);
    }
    return list;
}

bl_term bif_process_info2(bl_process *p, bl_term *a) {
    if (!is_pid(a[0]) || !is_atom(a[1])) return bif_badarg(p);
    bl_process *t = sched_lookup(p->vm, pid_number(a[0]));
    if (!t || t->status == PROC_EXITING) return ATOM_TERM(undefined);
    const char *item = atom_name(&p->vm->atoms, a[1]);
    bl_term value;
    if (!strcmp(item, "message_queue_len")) value = make_small(t->mbox.len);
    else if (!strcmp(item, "memory")) value = make_small((bl_sword)proc_memory(t));
    else if (!strcmp(item, "reductions")) /* the running process adds its current slice */
        value = make_small((bl_sword)(t->reductions + (t == p ? (uint64_t)(p->vm->sched.slice_reds - t->reds_left) : 0)));
    else if (!strcmp(item, "registered_name")) value = t->registered == NIL ? NIL : t->registered;
    else if (!strcmp(item, "trap_exit")) value = t->trap_exit ? A_TRUE : A_FALSE;
    else if (!strcmp(item, "priority")) {
        static const char *const names[PRIO_COUNT] = {"low", "normal", "high"};
        value = proc_atom(p, names[t->priority]);
    } else if (!strcmp(item, "status")) {
        value = proc_atom(p, t == p ? "running" : t->status == PROC_WAITING ? "waiting" : "runnable");
    } else if (!strcmp(item, "links")) {
        uint32_t n = t->nlinks, *copy = malloc((n + 1) * sizeof *copy);
        if (!copy) return bif_error(p, ATOM_TERM(system_limit));
        if (n) memcpy(copy, t->links, n * sizeof *copy);
        value = proc_pid_list(p, copy, n, false);
        free(copy);
    } else if (!strcmp(item, "monitors")) {
        value = proc_monitor_list(p, t);
    } else if (!strcmp(item, "current_function")) {
        error_location loc;
        if (t != p && t->pc == p->vm->resume_code && t->bif_export && t->bif_export->trap_of) {
            /* switched out part-way through a BIF that yields */
            const bl_export *e = t->bif_export->trap_of;
            bl_term *f = bif_alloc(p, 4);
            if (!f) return THE_NON_VALUE;
            f[0] = make_header(SUB_TUPLE, 3);
            f[1] = e->module;
            f[2] = e->function;
            f[3] = make_small(e->arity);
            value = make_boxed(f);
        } else if (t != p && t->pc && error_locate(p->vm, t->pc, &loc)) {
            bl_term *f = bif_alloc(p, 4);
            if (!f) return THE_NON_VALUE;
            f[0] = make_header(SUB_TUPLE, 3);
            f[1] = loc.module->name;
            f[2] = loc.function;
            f[3] = make_small(loc.arity);
            value = make_boxed(f);
        } else if (t == p) {
            /* the caller is in process_info itself, as BEAM reports */
            bl_term *f = bif_alloc(p, 4);
            if (!f) return THE_NON_VALUE;
            f[0] = make_header(SUB_TUPLE, 3);
            f[1] = ATOM_TERM(erlang);
            f[2] = proc_atom(p, "process_info");
            f[3] = make_small(2);
            value = make_boxed(f);
        } else {
            value = ATOM_TERM(undefined);
        }
    } else if (!strcmp(item, "messages")) {
        /* copies of the queued messages, oldest first */
        size_t w = 0;
        for (bl_message *m = t->mbox.head; m; m = m->next) {
            size_t one = copy_size(m->term);
            if (one == SIZE_MAX) return bif_error(p, ATOM_TERM(system_limit));
            w += one + 2;
        }
        if (gc_ensure(p, w, p->bif_live, p->bif_x, p->bif_args, p->bif_nargs) != 0)
            return bif_error(p, ATOM_TERM(system_limit));
        t = sched_lookup(p->vm, pid_number(p->bif_args[0]));
        bl_term *cells = heap_take(p, 2 * (size_t)t->mbox.len);
        value = NIL;
        size_t i = 0;
        for (bl_message *m = t->mbox.head; m; m = m->next, i++) {
            bl_term copy = copy_term(m->term, heap_take(p, copy_size(m->term)), &p->offheap);
            cells[2 * i] = copy;
            cells[2 * i + 1] = NIL;
            if (i > 0) cells[2 * i - 1] = make_list(&cells[2 * i]);
        }
        if (i > 0) value = make_list(&cells[0]);
    } else if (!strcmp(item, "dictionary")) {
        if (t == p) {
            value = p->dict;
        } else {
            /* another heap's terms: copied onto ours */
            size_t w = copy_size(t->dict);
            if (w == SIZE_MAX || gc_ensure(p, w, p->bif_live, p->bif_x, p->bif_args, p->bif_nargs) != 0)
                return bif_error(p, ATOM_TERM(system_limit));
            value = copy_term(t->dict, heap_take(p, w), &p->offheap);
        }
    } else {
        return bif_badarg(p);
    }
    if (value == THE_NON_VALUE) return value;
    return proc_tuple2(p, p->bif_args[1], value);
}

/* --- the process dictionary: a list of {key, value} on the heap --- */

static bl_term proc_dict_find(bl_process *p, bl_term key) {
    for (bl_term l = p->dict; is_list(l); l = list_tail(l)) {
        bl_term kv = list_head(l);
        if (term_equal_exact(tuple_elems(kv)[0], key)) return kv;
    }
    return THE_NON_VALUE;
}

/* Rebuilds the dictionary without `key` into `cells` (2 words per entry,
 * reserved by the caller); returns the removed value or THE_NON_VALUE. */
static bl_term proc_dict_remove(bl_process *p, bl_term key, bl_term *cells, size_t n) {
    bl_term removed = THE_NON_VALUE, list = NIL, *tail = &list;
    size_t k = 0;
    for (bl_term l = p->dict; is_list(l); l = list_tail(l)) {
        bl_term kv = list_head(l);
        if (removed == THE_NON_VALUE && term_equal_exact(tuple_elems(kv)[0], key)) {
            removed = tuple_elems(kv)[1];
            continue;
        }
        cells[2 * k] = kv;
        cells[2 * k + 1] = NIL;
        *tail = make_list(&cells[2 * k]);
        tail = &cells[2 * k + 1];
        k++;
    }
    for (; k < n; k++) cells[2 * k] = cells[2 * k + 1] = NIL; /* spare cells stay whole */
    p->dict = list;
    return removed;
}

static size_t proc_dict_len(bl_process *p) {
    size_t n = 0;
    for (bl_term l = p->dict; is_list(l); l = list_tail(l)) n++;
    return n;
}

bl_term bif_put(bl_process *p, bl_term *a) {
    size_t n = proc_dict_len(p);
    bl_term keep[2] = {a[0], a[1]};
    if (gc_ensure(p, 2 * n + 5, p->bif_live, p->bif_x, keep, 2) != 0) return bif_error(p, ATOM_TERM(system_limit));
    bl_term old = proc_dict_remove(p, keep[0], heap_take(p, 2 * n), n);
    bl_term *mem = heap_take(p, 5);
    mem[0] = make_header(SUB_TUPLE, 2);
    mem[1] = keep[0];
    mem[2] = keep[1];
    mem[3] = make_boxed(mem);
    mem[4] = p->dict;
    p->dict = make_list(mem + 3);
    return old == THE_NON_VALUE ? ATOM_TERM(undefined) : old;
}

bl_term bif_get1(bl_process *p, bl_term *a) {
    bl_term kv = proc_dict_find(p, a[0]);
    return kv == THE_NON_VALUE ? ATOM_TERM(undefined) : tuple_elems(kv)[1];
}

bl_term bif_get0(bl_process *p, bl_term *a) {
    (void)a;
    return p->dict;
}

bl_term bif_erase(bl_process *p, bl_term *a) {
    if (proc_dict_find(p, a[0]) == THE_NON_VALUE) return ATOM_TERM(undefined);
    size_t n = proc_dict_len(p);
    bl_term keep[1] = {a[0]};
    if (gc_ensure(p, 2 * n, p->bif_live, p->bif_x, keep, 1) != 0) return bif_error(p, ATOM_TERM(system_limit));
    return proc_dict_remove(p, keep[0], heap_take(p, 2 * n), n);
}

/* --- timers --- */

bl_term bif_send_after(bl_process *p, bl_term *a) {
    if (!is_small(a[0]) || small_val(a[0]) < 0) return bif_badarg(p);
    if (!is_pid(a[1]) && !is_atom(a[1])) return bif_badarg(p);
    bl_message *msg = mbox_copy_message(a[2]);
    if (!msg) return bif_error(p, ATOM_TERM(system_limit));
    uint64_t ref = sched_new_ref(p->vm);
    if (!sched_send_after(p->vm, small_val(a[0]), is_pid(a[1]) ? pid_number(a[1]) : 0, is_atom(a[1]) ? a[1] : NIL,
                          msg, ref)) {
        msg_free(msg);
        return bif_error(p, ATOM_TERM(system_limit));
    }
    return proc_ref(p, ref);
}

static bl_term proc_timer(bl_process *p, bl_term ref, bool cancel) {
    uint64_t id;
    if (!proc_ref_id(ref, &id)) return bif_badarg(p);
    int64_t left = sched_cancel_timer(p->vm, id, cancel);
    return left < 0 ? A_FALSE : make_small(left);
}

bl_term bif_cancel_timer(bl_process *p, bl_term *a) { return proc_timer(p, a[0], true); }
bl_term bif_read_timer(bl_process *p, bl_term *a) { return proc_timer(p, a[0], false); }
