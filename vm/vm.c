/*
 * vm.c — creating and destroying a VM, the export table, processes, and
 * running a script's main process.
 */
#include "vm.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bif.h"
#include "bif_ffi.h"
#include "dirty.h"
#include "embed.h"
#include "error.h"
#include "gc.h"
#include "interp.h"
#include "sched.h"
#include "loader.h"
#include "stdlib_image.h"
#include "trace.h"

void bl_config_init(bl_config *config) {
    memset(config, 0, sizeof *config);
    config->reductions = DEFAULT_REDUCTIONS;
}

static uint32_t vm_export_hash(bl_term mod, bl_term fun, uint32_t arity) {
    uint64_t h = mod * 0x9E3779B97F4A7C15ull ^ fun * 0xC2B2AE3D27D4EB4Full ^ arity;
    return (uint32_t)(h ^ h >> 29);
}

bl_export *vm_export_find(bl_vm *vm, bl_term mod, bl_term fun, uint32_t arity) {
    uint32_t i = vm_export_hash(mod, fun, arity) & (vm->nexport_slots - 1);
    for (bl_export *e = vm->export_slots[i]; e; e = e->next)
        if (e->module == mod && e->function == fun && e->arity == arity) return e;
    return NULL;
}

static int vm_export_grow(bl_vm *vm) {
    uint32_t n = vm->nexport_slots * 2;
    bl_export **slots = calloc(n, sizeof *slots);
    if (!slots) return -1;
    for (uint32_t i = 0; i < vm->nexport_slots; i++) {
        for (bl_export *e = vm->export_slots[i], *next; e; e = next) {
            next = e->next;
            uint32_t j = vm_export_hash(e->module, e->function, e->arity) & (n - 1);
            e->next = slots[j];
            slots[j] = e;
        }
    }
    free(vm->export_slots);
    vm->export_slots = slots;
    vm->nexport_slots = n;
    return 0;
}

bl_export *vm_export_get(bl_vm *vm, bl_term mod, bl_term fun, uint32_t arity) {
    bl_export *e = vm_export_find(vm, mod, fun, arity);
    if (e) return e;
    if (vm->nexports >= vm->nexport_slots && vm_export_grow(vm) != 0) return NULL;
    e = calloc(1, sizeof *e);
    if (!e) return NULL;
    e->module = mod;
    e->function = fun;
    e->arity = arity;
    uint32_t i = vm_export_hash(mod, fun, arity) & (vm->nexport_slots - 1);
    e->next = vm->export_slots[i];
    vm->export_slots[i] = e;
    vm->nexports++;
    return e;
}

static bl_module *vm_module_loaded(bl_vm *vm, bl_term name) {
    for (bl_module *m = vm->modules; m; m = m->next)
        if (m->name == name) return m;
    return NULL;
}

bl_module *vm_module_find(bl_vm *vm, bl_term name) {
    bl_module *m = vm_module_loaded(vm, name);
    if (!m && vm_autoload(vm, name)) m = vm_module_loaded(vm, name);
    return m;
}

void vm_set_error(bl_vm *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = NULL;
    if (vasprintf(&msg, fmt, ap) < 0) msg = NULL;
    va_end(ap);
    free(vm->last_error);
    vm->last_error = msg;
}

const char *bl_last_error(bl_vm *vm) { return vm->last_error ? vm->last_error : ""; }

void vm_write(bl_vm *vm, int to_stderr, const char *s, size_t n) {
    if (vm->config.write) {
        vm->config.write(vm->config.userdata, to_stderr ? BL_STDERR : BL_STDOUT, s, n);
        return;
    }
    FILE *f = to_stderr ? stderr : stdout;
    if (to_stderr) fflush(stdout);
    fwrite(s, 1, n, f);
}

static int vm_procs_grow(bl_vm *vm);

/* A process struct with its heap and stack blocks of the minimum sizes:
 * one kept by proc_free, reset, or a new one. */
static bl_process *proc_alloc(bl_sched *s) {
    bl_process *p = s->proc_cache;
    if (!p) {
        p = calloc(1, sizeof *p);
        if (!p) return NULL;
        p->heap = malloc(PROCESS_MIN_HEAP_WORDS * sizeof *p->heap);
        p->stack = malloc(PROCESS_MIN_STACK_WORDS * sizeof *p->stack);
        if (!p->heap || !p->stack) {
            free(p->heap);
            free(p->stack);
            free(p);
            return NULL;
        }
        return p;
    }
    s->proc_cache = p->next_run;
    s->proc_cache_count--;
    /* Every field starts at zero, as from calloc, but the blocks it kept. */
    bl_process kept = *p;
    memset(p, 0, sizeof *p);
    p->heap = kept.heap;
    p->stack = kept.stack;
    p->saved_x = kept.saved_x;
    p->saved_x_cap = kept.saved_x_cap;
    p->handlers = kept.handlers;
    p->handlers_cap = kept.handlers_cap;
    p->links = kept.links;
    p->links_cap = kept.links_cap;
    p->monitors = kept.monitors;
    p->monitors_cap = kept.monitors_cap;
    p->watchers = kept.watchers;
    p->watchers_cap = kept.watchers_cap;
    p->aliases = kept.aliases;
    p->aliases_cap = kept.aliases_cap;
    return p;
}

bl_process *proc_new(bl_vm *vm) {
    if (2 * (vm->procs_used + 1) > vm->procs_cap && vm_procs_grow(vm) != 0) return NULL;
    bl_process *p = proc_alloc(&vm->sched);
    if (!p) return NULL;
    p->vm = vm;
    p->htop = p->heap;
    p->hend = p->heap + PROCESS_MIN_HEAP_WORDS;
    p->stack_end = p->stack + PROCESS_MIN_STACK_WORDS;
    p->E = p->stack_end;
    p->exc_class = p->exc_reason = p->exc_stacktrace = p->exit_reason = NIL;
    p->exc_top = NIL;
    p->registered = NIL;
    p->dict = NIL;
    p->timeout_at = -1;
    p->priority = PRIO_NORMAL;
    p->status = PROC_RUNNABLE;
    mbox_init(&p->mbox);
    uint32_t mask = vm->procs_cap - 1, n = vm->next_pid;
    for (;; n++) {
        if (n < PID_FIRST) n = PID_FIRST; /* wrapped */
        if (!vm->procs[n & mask]) break;
    }
    vm->next_pid = n + 1;
    p->pid = n;
    vm->procs[n & mask] = p;
    vm->procs_used++;
    vm->procs_spawned++;
    vm->live_procs++;
    return p;
}

/* Doubles the process table.  Two live pids in different slots stay in
 * different slots under the wider mask, so nothing collides. */
static int vm_procs_grow(bl_vm *vm) {
    uint32_t cap = vm->procs_cap ? vm->procs_cap * 2 : 64;
    if (cap == 0) return -1;
    bl_process **procs = calloc(cap, sizeof *procs);
    if (!procs) return -1;
    for (uint32_t i = 0; i < vm->procs_cap; i++)
        if (vm->procs[i]) procs[vm->procs[i]->pid & (cap - 1)] = vm->procs[i];
    free(vm->procs);
    vm->procs = procs;
    vm->procs_cap = cap;
    return 0;
}

void vm_procs_remove(bl_vm *vm, bl_process *p) {
    if (!vm->procs_cap) return;
    bl_process **slot = &vm->procs[p->pid & (vm->procs_cap - 1)];
    if (*slot != p) return;
    *slot = NULL;
    vm->procs_used--;
}

/* Frees a process's blocks and the struct. */
static void proc_release(bl_process *p) {
    free(p->heap);
    free(p->stack);
    free(p->saved_x);
    free(p->handlers);
    free(p->links);
    free(p->monitors);
    free(p->aliases);
    free(p->watchers);
    free(p);
}

/* The arrays of a kept process: one of at most a few entries stays with
 * the struct, a larger one is freed. */
#define PROC_KEEP_ENTRIES 8
#define PROC_KEEP_SMALL(block, cap)           \
    do {                                      \
        if ((cap) > PROC_KEEP_ENTRIES) {      \
            free(block);                      \
            (block) = NULL;                   \
            (cap) = 0;                        \
        }                                     \
    } while (0)

/* Keeps p in the scheduler's cache if its heap and stack are still the
 * minimum blocks a new process gets (a process that grew either is
 * freed: the cache holds only small processes); false if not kept. */
static bool proc_recycle(bl_sched *s, bl_process *p) {
    if (s->proc_cache_count >= PROC_CACHE_MAX || p->hend - p->heap != PROCESS_MIN_HEAP_WORDS ||
        p->stack_end - p->stack != PROCESS_MIN_STACK_WORDS)
        return false;
    PROC_KEEP_SMALL(p->saved_x, p->saved_x_cap);
    PROC_KEEP_SMALL(p->handlers, p->handlers_cap);
    PROC_KEEP_SMALL(p->links, p->links_cap);
    PROC_KEEP_SMALL(p->monitors, p->monitors_cap);
    PROC_KEEP_SMALL(p->watchers, p->watchers_cap);
    PROC_KEEP_SMALL(p->aliases, p->aliases_cap);
    p->next_run = s->proc_cache;
    s->proc_cache = p;
    s->proc_cache_count++;
    return true;
}

void proc_cache_free(bl_sched *s) {
    for (bl_process *p = s->proc_cache, *next; p; p = next) {
        next = p->next_run;
        proc_release(p);
    }
    s->proc_cache = NULL;
    s->proc_cache_count = 0;
}

void proc_free(bl_process *p) {
    if (!p) return;
    gc_release_offheap(p);
    for (bl_fragment *f = p->frags, *next; f; f = next) {
        next = f->next;
        frag_free(f);
    }
    mbox_free(&p->mbox);
    vm_procs_remove(p->vm, p);
    p->vm->live_procs--;
    if (!proc_recycle(&p->vm->sched, p)) proc_release(p);
}

/* The standard library is loaded lazily: a new VM knows only the names
 * of the image's modules, and loads one the first time something needs
 * it (vm_autoload).  A script that prints a line loads a handful of the
 * image's modules instead of all of them. */
static bl_status vm_load_stdlib(bl_vm *vm) {
    vm->image_names = malloc(stdlib_image_count * sizeof *vm->image_names);
    vm->image_loaded = calloc(stdlib_image_count, sizeof *vm->image_loaded);
    if (!vm->image_names || !vm->image_loaded) return BL_ERR_NOMEM;
    for (size_t i = 0; i < stdlib_image_count; i++) {
        const char *name = stdlib_image[i].name;
        vm->image_names[i] = atom_intern(&vm->atoms, name, strlen(name));
        if (vm->image_names[i] == THE_NON_VALUE) return BL_ERR_NOMEM;
    }
    return BL_OK;
}

bool vm_autoload(bl_vm *vm, bl_term module) {
    for (size_t i = 0; i < stdlib_image_count; i++) {
        if (vm->image_names[i] != module || vm->image_loaded[i]) continue;
        vm->image_loaded[i] = true; /* before loading: the loader looks the name up */
        const stdlib_image_entry *e = &stdlib_image[i];
        vm->loading_image = true; /* its names may use the atom table's reserve */
        bool ok = loader_load(vm, e->name, e->data, e->len) != NULL;
        vm->loading_image = false;
        return ok;
    }
    return false;
}

bl_export *vm_export_lookup(bl_vm *vm, bl_term mod, bl_term fun, uint32_t arity) {
    bl_export *e = vm_export_find(vm, mod, fun, arity);
    if ((!e || (!e->code && !e->bif)) && vm_autoload(vm, mod)) e = vm_export_find(vm, mod, fun, arity);
    return e;
}

bl_vm *bl_vm_new(const bl_config *config) {
    bl_vm *vm = calloc(1, sizeof *vm);
    if (!vm) return NULL;
    if (sched_inbox_init(vm) != 0) {
        free(vm);
        return NULL;
    }
    if (config) vm->config = *config;
    else bl_config_init(&vm->config);
    if (vm->config.reductions <= 0) vm->config.reductions = DEFAULT_REDUCTIONS;
    vm->started_ns = sched_now_ns();
    vm->started_cpu_ns = vm_cpu_ns();
    vm->sched.vm = vm;
    vm->nexport_slots = 1024;
    vm->export_slots = calloc(vm->nexport_slots, sizeof *vm->export_slots);
    if (!vm->export_slots || atom_table_init(&vm->atoms) != 0 || bif_register_all(vm) != 0 ||
        vm_load_stdlib(vm) != BL_OK) {
        bl_vm_free(vm);
        return NULL;
    }
    if (vm->config.trace_path) {
        vm->trace = trace_open(vm->config.trace_path, vm->config.trace_limit);
        if (!vm->trace) {
            int err = errno;
            bl_vm_free(vm);
            errno = err;
            return NULL;
        }
        vm->config.trace_path = NULL; /* the caller's string need not outlive this call */
    }
    return vm;
}

bool vm_trace_finish(bl_vm *vm) {
    if (!vm->trace) return true;
    bool ok = trace_close(vm->trace);
    vm->trace = NULL;
    return ok;
}

void bl_vm_free(bl_vm *vm) {
    if (!vm) return;
    vm_trace_finish(vm);
    /* The dirty threads first (a call may still be running in a library),
     * then the libraries. */
    dirty_shutdown(vm);
    foreign_free(vm);
    /* Exited processes still sitting in a run queue (or about to run next)
     * are no longer in the table. */
    bl_process *next_up = vm->sched.runnext;
    if (next_up && next_up->status == PROC_EXITING && next_up != vm->main_zombie) proc_free(next_up);
    for (int q = 0; q < PRIO_COUNT; q++)
        for (bl_process *p = vm->sched.run_head[q], *next; p; p = next) {
            next = p->next_run;
            if (p->status == PROC_EXITING && p != vm->main_zombie) proc_free(p);
        }
    for (uint32_t i = 0; i < vm->procs_cap; i++) proc_free(vm->procs[i]);
    proc_free(vm->main_zombie);
    proc_cache_free(&vm->sched); /* after every proc_free: each may keep its process */
    free(vm->procs);
    free(vm->image_names);
    free(vm->image_loaded);
    free(vm->registry);
    for (uint32_t i = 0; i < vm->ntimers; i++)
        if (vm->timers[i].msg) {
            msg_free(vm->timers[i].msg);
        }
    free(vm->timers);
    for (bl_pterm *t = vm->pterms, *next; t; t = next) {
        next = t->next;
        msg_free(t->key);
        msg_free(t->value);
        free(t);
    }
    /* every message is gone: the slabs are all back */
    frag_cache_free(&vm->sched.frag_cache);
    node_cache_free(&vm->sched.node_cache);
    for (bl_module *m = vm->modules, *next; m; m = next) {
        next = m->next;
        loader_free_module(m);
    }
    embed_free(vm);
    for (uint32_t i = 0; i < vm->nexport_slots && vm->export_slots; i++) {
        for (bl_export *e = vm->export_slots[i], *next; e; e = next) {
            next = e->next;
            free(e);
        }
    }
    free(vm->export_slots);
    atom_table_free(&vm->atoms);
    sched_inbox_free(vm);
    free(vm->last_error);
    free(vm);
}

bl_status bl_load_bytecode(bl_vm *vm, const char *name, const unsigned char *data, size_t len) {
    return loader_load(vm, name, data, len) ? BL_OK : BL_ERR_LOAD;
}

/* Runs `entry` with `args` in a new (main) process, scheduling every
 * process, until the main one finishes.  Returns 0 when it returned
 * normally, 1 when it returned :error (the runner already reported an
 * uncaught exception) or died of an exception, reported here. */
int vm_run_main(bl_vm *vm, bl_export *entry, const bl_term *args, unsigned nargs) {
    bl_process *p = sched_spawn(vm, entry->code, args, nargs);
    if (!p) return 1;
    int status = sched_run(vm, p);
    bl_process *done = vm->main_zombie;
    if (vm->halted || !done) {
        if (!done && !vm->halted) vm_write(vm, 1, "** (EXIT) the main process is waiting forever: every process is blocked in receive\n", 83);
        return status;
    }
    if (done->exit_reason != ATOM_TERM(normal) && done->exc_class != THE_NON_VALUE &&
        done->exc_class != NIL) {
        char *text = error_format_uncaught(vm, done->exc_class, done->exc_reason, done->exc_stacktrace);
        if (text) {
            vm_write(vm, 1, text, strlen(text));
            free(text);
        }
    } else if (done->exit_reason != ATOM_TERM(normal)) {
        /* killed by a signal */
        char *text = error_format_uncaught(vm, ATOM_TERM(exit), done->exit_reason, NIL);
        if (text) {
            vm_write(vm, 1, text, strlen(text));
            free(text);
        }
    }
    vm->main_zombie = NULL;
    vm->main = NULL;
    proc_free(done);
    return status;
}

int64_t vm_cpu_ns(void) {
    struct timespec ts;
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0) return 0;
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void vm_print_stats(bl_vm *vm) {
    const bl_sched *s = &vm->sched;
    char buf[1024];
    int n = snprintf(buf, sizeof buf,
                     "beamlet stats:\n"
                     "  wall time:         %.3f ms\n"
                     "  cpu time:          %.3f ms\n"
                     "  idle time:         %.3f ms\n"
                     "  reductions:        %llu\n"
                     "  context switches:  %llu (%llu handed over)\n"
                     "  messages sent:     %llu\n"
                     "  garbage collections: %llu (%.3f ms)\n"
                     "  processes spawned: %u (peak %u alive)\n"
                     "  longest run queue: %u (high %u, normal %u, low %u)\n"
                     "  run queue at exit: %u\n",
                     (double)(sched_now_ns() - vm->started_ns) / 1e6, (double)(vm_cpu_ns() - vm->started_cpu_ns) / 1e6,
                     (double)s->idle_ns / 1e6, (unsigned long long)vm->total_reductions,
                     (unsigned long long)s->context_switches, (unsigned long long)s->handoffs, (unsigned long long)vm->messages_sent,
                     (unsigned long long)vm->gc_count, (double)vm->gc_ns / 1e6, vm->procs_spawned, vm->peak_procs,
                     vm->max_run_queue, s->run_len_max[PRIO_HIGH], s->run_len_max[PRIO_NORMAL],
                     s->run_len_max[PRIO_LOW], s->runnable);
    if (n > 0) vm_write(vm, 1, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}
