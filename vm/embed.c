/*
 * embed.c — what a host does with a running VM: calls and spawns, sends
 * from any thread, run slices, the host mailbox and natives (see embed.h
 * and include/beamlet.h).
 *
 * The VM runs only inside the functions here (and script loading), each a
 * loop over sched_run_one that ends on its own condition: a call's reply,
 * a message in the host mailbox, idleness, a deadline.  While a process
 * runs, vm->running is set and those functions refuse to start (a native
 * or an output callback cannot re-enter the scheduler).
 *
 * A bl_call runs Beamlet.Runner.host_call/4 in a new process, which
 * catches whatever the call raises and hands the outcome to
 * :beamlet.host_reply/2; that built-in copies it into the caller's
 * environment.  One call is pending at most (bl_call cannot nest), named
 * by a token so that a reply from an abandoned call is ignored.
 *
 * The host mailbox is a process that never runs: code sends to it like to
 * any process, and bl_host_receive takes messages off its queue.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bif.h"
#include "dirty.h"
#include "embed.h"
#include "error.h"
#include "gc.h"
#include "sched.h"

const char *bl_status_name(bl_status status) {
    switch (status) {
    case BL_OK: return "BL_OK";
    case BL_ERR_COMPILE: return "BL_ERR_COMPILE";
    case BL_ERR_LOAD: return "BL_ERR_LOAD";
    case BL_ERR_IO: return "BL_ERR_IO";
    case BL_ERR_RUNTIME: return "BL_ERR_RUNTIME";
    case BL_ERR_NOMEM: return "BL_ERR_NOMEM";
    case BL_ERR_ARG: return "BL_ERR_ARG";
    case BL_ERR_TIMEOUT: return "BL_ERR_TIMEOUT";
    case BL_ERR_DEADLOCK: return "BL_ERR_DEADLOCK";
    case BL_ERR_HALTED: return "BL_ERR_HALTED";
    case BL_ERR_BUSY: return "BL_ERR_BUSY";
    }
    return "BL_ERR_UNKNOWN";
}

/* Whether the VM may run now; sets the error for the status it returns. */
static bl_status embed_can_run(bl_vm *vm, const char *what) {
    if (vm->running) {
        vm_set_error(vm, "%s: called while the VM is running (from a native or an output callback)", what);
        return BL_ERR_BUSY;
    }
    if (vm->halted) {
        vm_set_error(vm, "%s: System.halt(%d) was called; the VM runs no more code", what, vm->exit_status);
        return BL_ERR_HALTED;
    }
    return BL_OK;
}

/* Spawning needs a VM that still runs code (natives may spawn). */
static bl_status embed_can_run_spawn(bl_vm *vm) {
    if (!vm->halted) return BL_OK;
    vm_set_error(vm, "bl_spawn: System.halt(%d) was called; the VM runs no more code", vm->exit_status);
    return BL_ERR_HALTED;
}

static bool embed_inbox_pending(bl_vm *vm) { return __atomic_load_n(&vm->inbox_pending, __ATOMIC_ACQUIRE); }

static bl_export *embed_runner(bl_vm *vm, const char *fun, uint32_t arity) {
    bl_term mod = atom_intern(&vm->atoms, "Elixir.Beamlet.Runner", 21);
    bl_term f = atom_intern(&vm->atoms, fun, strlen(fun));
    bl_export *e = mod == THE_NON_VALUE || f == THE_NON_VALUE ? NULL : vm_export_lookup(vm, mod, f, arity);
    return e && e->code ? e : NULL;
}

/* Resolves a call's names and checks its argument list; *arity receives
 * the list's length. */
static bl_status embed_mfa(bl_vm *vm, const char *what, const char *module, const char *function, bl_term args,
                           bl_term *mod, bl_term *fun, size_t *arity) {
    long len = args == BL_NONE ? -1 : list_proper_length(args);
    size_t n = len < 0 ? 0 : (size_t)len;
    if (len < 0) {
        vm_set_error(vm, "%s: the arguments are not a proper list", what);
        return BL_ERR_ARG;
    }
    if (n > MAX_ARITY) {
        vm_set_error(vm, "%s: %zu arguments, more than %d", what, n, MAX_ARITY);
        return BL_ERR_ARG;
    }
    *mod = env_module_atom(vm, module);
    *fun = atom_intern(&vm->atoms, function, strlen(function));
    if (*mod == THE_NON_VALUE || *fun == THE_NON_VALUE) {
        vm_set_error(vm, "%s: the module or function name is too long", what);
        return BL_ERR_ARG;
    }
    *arity = n;
    return BL_OK;
}

/* --- spawn and call --- */

bl_term bl_spawn(bl_vm *vm, const char *module, const char *function, bl_term args) {
    bl_term mod, fun;
    size_t arity;
    if (embed_can_run_spawn(vm) != BL_OK) return BL_NONE;
    if (embed_mfa(vm, "bl_spawn", module, function, args, &mod, &fun, &arity) != BL_OK) return BL_NONE;
    bl_export *entry = embed_runner(vm, "spawned", 3);
    bl_term argv[3] = {mod, fun, args};
    bl_process *p = entry ? sched_spawn(vm, entry->code, argv, 3) : NULL;
    if (!p) {
        vm_set_error(vm, "bl_spawn: out of memory or over the process limit");
        return BL_NONE;
    }
    return make_pid(p->pid);
}

/* Takes the formatted text of a failed call (a binary) as the last error,
 * without the trailing newline. */
static void embed_set_error_text(bl_vm *vm, bl_term text) {
    if (!is_binary(text)) {
        vm_set_error(vm, "bl_call: the call failed");
        return;
    }
    size_t len = binary_size(text);
    const unsigned char *bytes = binary_bytes(text);
    while (len && bytes[len - 1] == '\n') len--;
    vm_set_error(vm, "%.*s", (int)len, (const char *)bytes);
}

/* The outcome of a finished call, as bl_call reports it. */
static bl_status embed_call_outcome(bl_vm *vm, bl_env *env, bl_term *result) {
    if (vm->call.reply == THE_NON_VALUE) {
        /* the process died without replying: killed, or over its heap limit */
        bl_term reason = vm->call.exit_reason;
        char *text = error_format_uncaught(vm, ATOM_TERM(exit), reason, NIL);
        if (text) {
            size_t n = strlen(text);
            while (n && text[n - 1] == '\n') text[--n] = '\0';
        }
        vm_set_error(vm, "%s", text ? text : "** (exit) the call's process died");
        free(text);
        bl_term pair[2] = {ATOM_TERM(exit), reason};
        *result = bl_make_tuple(env, 2, pair);
        return BL_ERR_RUNTIME;
    }
    const bl_term *e = tuple_elems(vm->call.reply);
    if (tuple_arity(vm->call.reply) == 2) { /* {:ok, value} */
        *result = e[1];
        return BL_OK;
    }
    embed_set_error_text(vm, e[2]);
    if (e[0] == ATOM_TERM(error)) {
        *result = e[1];
    } else {
        bl_term pair[2] = {e[0], e[1]};
        *result = bl_make_tuple(env, 2, pair);
    }
    return BL_ERR_RUNTIME;
}

bl_status bl_call(bl_vm *vm, const char *module, const char *function, bl_term args, bl_env *env,
                  bl_term *result) {
    *result = BL_NONE;
    bl_status st = embed_can_run(vm, "bl_call");
    bl_term mod, fun;
    size_t arity = 0;
    if (st == BL_OK) st = embed_mfa(vm, "bl_call", module, function, args, &mod, &fun, &arity);
    if (st != BL_OK) return st;
    bl_export *entry = embed_runner(vm, "host_call", 4);
    uint64_t token = vm->call.token + 1;
    bl_term argv[4] = {make_small((bl_sword)(token & (uint64_t)MAX_SMALL)), mod, fun, args};
    bl_process *p = entry ? sched_spawn(vm, entry->code, argv, 4) : NULL;
    if (!p) {
        vm_set_error(vm, "bl_call: out of memory or over the process limit");
        return BL_ERR_NOMEM;
    }
    vm->call.pid = p->pid;
    vm->call.token = token;
    vm->call.env = env;
    vm->call.reply = vm->call.exit_reason = THE_NON_VALUE;
    vm->call.done = false;
    bool deadlock = false;
    while (!vm->call.done && !vm->halted) {
        if (sched_run_one(vm) || embed_inbox_pending(vm)) continue;
        int64_t next = sched_next_deadline(vm);
        if (!sched_may_wake(vm, next)) {
            deadlock = true;
            break;
        }
        sched_idle_wait(vm, next);
    }
    if (deadlock) {
        bl_process *caller = sched_lookup(vm, vm->call.pid);
        vm->call.pid = 0;
        if (caller) sched_exit_signal(vm, caller->pid, caller, ATOM_TERM(kill), NULL, false);
        vm_set_error(vm, "bl_call: %s.%s/%zu waits for a message that no process can send", module, function,
                     arity);
    }
    vm->call.pid = 0;
    vm->call.env = NULL;
    if (deadlock) return BL_ERR_DEADLOCK;
    if (vm->halted) return embed_can_run(vm, "bl_call");
    if (vm->call.reply == THE_NON_VALUE && vm->call.exit_reason == THE_NON_VALUE) {
        vm_set_error(vm, "bl_call: out of memory copying the result");
        return BL_ERR_NOMEM;
    }
    return embed_call_outcome(vm, env, result);
}

/* :beamlet.host_reply(token, reply): the end of Beamlet.Runner.host_call. */
bl_term bif_host_reply(bl_process *p, bl_term *a) {
    bl_vm *vm = p->vm;
    uint64_t token = vm->call.token & (uint64_t)MAX_SMALL;
    if (!is_small(a[0]) || (uint64_t)small_val(a[0]) != token || vm->call.pid != p->pid || vm->call.done)
        return ATOM_TERM(ok); /* not the pending call's process: someone called it by hand */
    bl_term reply = a[1];
    if (!is_tuple(reply) || tuple_arity(reply) < 2 || tuple_arity(reply) > 3) return bif_badarg(p);
    vm->call.reply = env_copy_in(vm->call.env, reply);
    vm->call.done = true; /* an out-of-memory copy leaves reply unset: bl_call reports it */
    size_t words = is_immed(reply) ? 0 : copy_size(reply);
    p->reds_left -= (int32_t)(1 + words / 64);
    return ATOM_TERM(ok);
}

void embed_process_exited(bl_vm *vm, bl_process *p) {
    if (vm->call.done || !vm->call.env) return;
    vm->call.exit_reason = env_copy_in(vm->call.env, p->exit_reason);
    vm->call.done = true;
}

/* --- sending --- */

bl_status bl_send(bl_vm *vm, bl_term dest, bl_term message) {
    if (!(is_pid(dest) || is_atom(dest)) || message == BL_NONE) return BL_ERR_ARG;
    bl_message *msg = mbox_copy_message(message);
    if (!msg) return BL_ERR_NOMEM;
    return sched_inbox_push(vm, dest, msg) ? BL_OK : BL_ERR_NOMEM;
}

/* --- running --- */

bl_status bl_run(bl_vm *vm) {
    bl_status st = embed_can_run(vm, "bl_run");
    if (st != BL_OK) return st;
    while (!vm->halted) {
        if (sched_run_one(vm) || embed_inbox_pending(vm)) continue;
        int64_t next = sched_next_deadline(vm);
        if (!sched_may_wake(vm, next)) return BL_OK;
        sched_idle_wait(vm, next);
    }
    return embed_can_run(vm, "bl_run");
}

bl_status bl_run_for(bl_vm *vm, uint64_t usec) {
    bl_status st = embed_can_run(vm, "bl_run_for");
    if (st != BL_OK) return st;
    int64_t end = sched_now_ns() + (int64_t)(usec > INT64_MAX / 2000 ? INT64_MAX / 2 : usec * 1000);
    while (!vm->halted) {
        if (sched_run_one(vm)) {
            if (sched_now_ns() >= end) return BL_OK;
            continue;
        }
        if (embed_inbox_pending(vm)) continue;
        int64_t next = sched_next_deadline(vm);
        if (!sched_may_wake(vm, next)) return BL_OK;
        if (next < 0 || next > end) {
            if (!dirty_in_flight(vm)) return BL_OK; /* nothing due within the slice */
            next = end;                             /* a dirty call may finish meanwhile */
        }
        sched_idle_wait(vm, next);
        if (sched_now_ns() >= end) return BL_OK;
    }
    return embed_can_run(vm, "bl_run_for");
}

int64_t bl_idle_usec(bl_vm *vm) {
    if (vm->sched.runnable || embed_inbox_pending(vm)) return 0;
    int64_t next = sched_next_deadline(vm);
    if (next < 0) return -1;
    int64_t ns = next - sched_now_ns();
    return ns <= 0 ? 0 : (ns + 999) / 1000;
}

/* --- the host mailbox --- */

static bl_process *embed_host(bl_vm *vm) {
    if (vm->host) return vm->host;
    bl_process *p = proc_new(vm);
    if (!p) return NULL;
    p->host = true;
    p->trap_exit = true;
    p->status = PROC_WAITING;
    vm->host = p;
    return p;
}

bl_term bl_host_pid(bl_vm *vm) {
    bl_process *p = embed_host(vm);
    return p ? make_pid(p->pid) : BL_NONE;
}

bl_status bl_host_receive(bl_vm *vm, bl_env *env, bl_term *message, int timeout_ms) {
    *message = BL_NONE;
    if (vm->running) return embed_can_run(vm, "bl_host_receive");
    bl_process *host = embed_host(vm);
    if (!host) return BL_ERR_NOMEM;
    int64_t deadline = timeout_ms < 0 ? -1 : sched_now_ns() + (int64_t)timeout_ms * 1000000;
    for (;;) {
        sched_inbox_drain(vm);
        if (host->mbox.head) {
            bl_term t = env_copy_in(env, host->mbox.head->term);
            if (t == THE_NON_VALUE) return BL_ERR_NOMEM; /* the message stays for a later try */
            host->mbox.save = &host->mbox.head;
            msg_free(mbox_remove_current(&host->mbox));
            *message = t;
            return BL_OK;
        }
        if (vm->halted) return embed_can_run(vm, "bl_host_receive");
        if (timeout_ms == 0 || (deadline >= 0 && sched_now_ns() >= deadline)) return BL_ERR_TIMEOUT;
        /* a slice, or a timer it fired, may have sent to the host */
        if (sched_run_one(vm) || embed_inbox_pending(vm) || host->mbox.head) continue;
        int64_t next = sched_next_deadline(vm);
        int64_t wake = next < 0 ? deadline : deadline < 0 ? next : next < deadline ? next : deadline;
        sched_idle_wait(vm, wake);
    }
}

/* --- natives --- */

/* A term of an environment copied onto the heap of process p (which is in
 * a BIF: the collector keeps its registers); THE_NON_VALUE with the
 * exception set when memory runs out. */
static bl_term embed_copy_to_process(bl_process *p, bl_term t) {
    if (is_immed(t)) return t;
    size_t words = copy_size(t);
    if (words == SIZE_MAX) return bif_error(p, ATOM_TERM(system_limit));
    bl_term *hp = bif_alloc(p, words);
    if (!hp) return THE_NON_VALUE;
    p->reds_left -= (int32_t)(words / 16);
    return copy_term(t, hp, &p->offheap);
}

/* The BIF behind every native: the arguments are copied into an
 * environment of the call, so the host function holds nothing the
 * collector moves, and its result is copied back. */
static bl_term embed_native_call(bl_process *p, bl_term *args) {
    const bl_export *e = p->bif_export;
    const bl_native *n = e->native;
    bl_env env;
    env_init(&env, p->vm);
    env.native = n;
    bl_term argv[MAX_ARITY + 1];
    for (uint32_t i = 0; i < e->arity; i++) {
        argv[i] = env_copy_in(&env, args[i]);
        if (argv[i] == THE_NON_VALUE) {
            env_release(&env);
            return bif_error(p, ATOM_TERM(system_limit));
        }
    }
    bl_term r = n->fn(&env, (int)e->arity, argv);
    bl_term out;
    if (env.exception != THE_NON_VALUE) {
        out = embed_copy_to_process(p, env.exception);
        if (out != THE_NON_VALUE) out = bif_error(p, out);
    } else if (r == BL_NONE) {
        out = bif_badarg(p);
    } else {
        out = embed_copy_to_process(p, r);
    }
    env_release(&env);
    return out;
}

bl_status bl_register_native(bl_vm *vm, const char *module, const char *function, int arity, bl_native_fn fn,
                             void *userdata) {
    if (!fn || arity < 0 || arity > MAX_ARITY) {
        vm_set_error(vm, "bl_register_native: %s", fn ? "the arity must be 0 to 255" : "no function");
        return BL_ERR_ARG;
    }
    bl_term mod = env_module_atom(vm, module);
    bl_term fun = atom_intern(&vm->atoms, function, strlen(function));
    if (mod == THE_NON_VALUE || fun == THE_NON_VALUE) {
        vm_set_error(vm, "bl_register_native: the module or function name is too long");
        return BL_ERR_ARG;
    }
    vm_module_find(vm, mod); /* a standard library module is loaded first, to see what it defines */
    bl_export *e = vm_export_get(vm, mod, fun, (uint32_t)arity);
    if (!e) return BL_ERR_NOMEM;
    if (e->code || (e->bif && e->bif != embed_native_call)) {
        vm_set_error(vm, "bl_register_native: %s.%s/%d is already defined", module, function, arity);
        return BL_ERR_ARG;
    }
    if (e->native) { /* registered again: the new function replaces the old */
        e->native->fn = fn;
        e->native->userdata = userdata;
        return BL_OK;
    }
    bl_native *n = malloc(sizeof *n);
    if (!n) return BL_ERR_NOMEM;
    n->fn = fn;
    n->userdata = userdata;
    n->export = e;
    n->next = vm->natives;
    vm->natives = n;
    e->native = n;
    e->bif = embed_native_call;
    return BL_OK;
}

bl_term bl_raise(bl_env *env, bl_term reason) {
    if (env->native) env->exception = reason == BL_NONE ? ATOM_TERM(badarg) : reason;
    return BL_NONE;
}

bl_term bl_raise_message(bl_env *env, const char *fmt, ...) {
    if (!env->native) return BL_NONE;
    va_list ap;
    va_start(ap, fmt);
    char *text = NULL;
    int len = vasprintf(&text, fmt, ap);
    va_end(ap);
    bl_term exc = len < 0 ? THE_NON_VALUE : env_make_exception(env, "RuntimeError", text, (size_t)len);
    free(text);
    env->exception = exc == THE_NON_VALUE ? ATOM_TERM(system_limit) : exc;
    return BL_NONE;
}

void embed_free(bl_vm *vm) {
    for (bl_native *n = vm->natives, *next; n; n = next) {
        next = n->next;
        free(n);
    }
    vm->natives = NULL;
}
