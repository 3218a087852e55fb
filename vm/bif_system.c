/*
 * bif_system.c — built-ins that reach outside the VM: clocks, command-line
 * arguments, environment variables, files, standard input, halting.
 */
#include "bif_system.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "sched.h"

static bl_term sys_atom(bl_process *p, const char *name) { return atom_intern(&p->vm->atoms, name, strlen(name)); }

/* Nanoseconds per unit of a time-unit atom; 0 for an unknown unit. */
static int64_t sys_unit_ns(bl_process *p, bl_term unit) {
    if (!is_atom(unit)) return 0;
    const char *u = atom_name(&p->vm->atoms, unit);
    if (!strcmp(u, "second") || !strcmp(u, "seconds")) return 1000000000;
    if (!strcmp(u, "millisecond") || !strcmp(u, "milli_seconds")) return 1000000;
    if (!strcmp(u, "microsecond") || !strcmp(u, "micro_seconds")) return 1000;
    if (!strcmp(u, "nanosecond") || !strcmp(u, "nano_seconds") || !strcmp(u, "native")) return 1;
    return 0;
}

static bl_term sys_clock(bl_process *p, clockid_t clock, bl_term unit) {
    int64_t per = sys_unit_ns(p, unit);
    if (!per) return bif_badarg(p);
    struct timespec ts;
    clock_gettime(clock, &ts);
    int64_t ns = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    /* floor division, as Erlang's time units round toward minus infinity */
    int64_t v = ns / per - (ns % per < 0 ? 1 : 0);
    return make_small(v);
}

bl_term bif_monotonic_time1(bl_process *p, bl_term *a) { return sys_clock(p, CLOCK_MONOTONIC, a[0]); }
bl_term bif_monotonic_time0(bl_process *p, bl_term *a) {
    (void)a;
    return sys_clock(p, CLOCK_MONOTONIC, sys_atom(p, "native"));
}
bl_term bif_system_time1(bl_process *p, bl_term *a) { return sys_clock(p, CLOCK_REALTIME, a[0]); }
bl_term bif_system_time0(bl_process *p, bl_term *a) {
    (void)a;
    return sys_clock(p, CLOCK_REALTIME, sys_atom(p, "native"));
}

static bl_term sys_binary(bl_process *p, const void *bytes, size_t len) {
    unsigned char *out;
    bl_term r = bif_new_binary(p, len, &out);
    if (r != THE_NON_VALUE && len) memcpy(out, bytes, len);
    return r;
}

/* A C string argument from a binary; false if it is not one or has NUL. */
static bool sys_cstring(bl_term t, char *out, size_t cap) {
    if (!is_binary(t) || binary_size(t) >= cap || memchr(binary_bytes(t), 0, binary_size(t))) return false;
    memcpy(out, binary_bytes(t), binary_size(t));
    out[binary_size(t)] = '\0';
    return true;
}

bl_term bif_argv(bl_process *p, bl_term *a) {
    (void)a;
    const bl_config *c = &p->vm->config;
    size_t words = 0;
    for (int i = 0; i < c->argc; i++) words += 2 + binary_new_words(strlen(c->argv[i]));
    if (gc_ensure(p, words, p->bif_live, p->bif_x, p->bif_args, p->bif_nargs) != 0)
        return bif_error(p, ATOM_TERM(system_limit));
    bl_term list = NIL;
    for (int i = c->argc; i-- > 0;) {
        size_t n = strlen(c->argv[i]);
        unsigned char *bytes;
        bl_term bin = binary_new(p, heap_take(p, binary_new_words(n)), n, &bytes);
        if (bin == THE_NON_VALUE) return bif_error(p, ATOM_TERM(system_limit));
        memcpy(bytes, c->argv[i], n);
        bl_term *cell = heap_take(p, 2);
        cell[0] = bin;
        cell[1] = list;
        list = make_list(cell);
    }
    return list;
}

bl_term bif_getenv(bl_process *p, bl_term *a) {
    char name[4096];
    if (!sys_cstring(a[0], name, sizeof name)) return bif_badarg(p);
    const char *v = getenv(name);
    return v ? sys_binary(p, v, strlen(v)) : A_NIL;
}

/* The errno of a failed file operation as Erlang's reason atom. */
static bl_term sys_errno_atom(bl_process *p, int err) {
    switch (err) {
    case ENOENT: return sys_atom(p, "enoent");
    case EACCES: return sys_atom(p, "eacces");
    case EISDIR: return sys_atom(p, "eisdir");
    case ENOTDIR: return sys_atom(p, "enotdir");
    case ENOSPC: return sys_atom(p, "enospc");
    case EEXIST: return sys_atom(p, "eexist");
    default: return sys_atom(p, "eio");
    }
}

static bl_term sys_tagged(bl_process *p, bl_term tag, bl_term value) {
    bl_term keep[2] = {tag, value};
    if (gc_ensure(p, 3, p->bif_live, p->bif_x, keep, 2) != 0) return bif_error(p, ATOM_TERM(system_limit));
    bl_term *t = heap_take(p, 3);
    t[0] = make_header(SUB_TUPLE, 2);
    t[1] = keep[0];
    t[2] = keep[1];
    return make_boxed(t);
}

/* beamlet:read_file(path) -> {:ok, binary} | {:error, reason} */
bl_term bif_read_file(bl_process *p, bl_term *a) {
    char path[4096];
    if (!sys_cstring(a[0], path, sizeof path)) return bif_badarg(p);
    size_t len;
    unsigned char *data = vm_read_file(path, &len);
    if (!data) {
        struct stat st;
        int err = stat(path, &st) == 0 && S_ISDIR(st.st_mode) ? EISDIR : errno;
        return sys_tagged(p, ATOM_TERM(error), sys_errno_atom(p, err));
    }
    bl_term bin = sys_binary(p, data, len);
    free(data);
    if (bin == THE_NON_VALUE) return bin;
    return sys_tagged(p, ATOM_TERM(ok), bin);
}

/* beamlet:write_file(path, iodata) -> :ok | {:error, reason} */
bl_term bif_write_file(bl_process *p, bl_term *a) {
    char path[4096];
    if (!sys_cstring(a[0], path, sizeof path)) return bif_badarg(p);
    fmt_buf buf;
    fmt_buf_init(&buf);
    if (!(is_binary(a[1]) ? (fmt_buf_write(&buf, binary_bytes(a[1]), binary_size(a[1])), true)
                          : bif_iolist_bytes(&buf, a[1]))) {
        fmt_buf_free(&buf);
        return bif_badarg(p);
    }
    FILE *f = fopen(path, "wb");
    int err = errno;
    bool ok = f && fwrite(fmt_buf_cstr(&buf), 1, buf.len, f) == buf.len;
    if (f && fclose(f) != 0) ok = false;
    fmt_buf_free(&buf);
    if (!f) return sys_tagged(p, ATOM_TERM(error), sys_errno_atom(p, err));
    return ok ? ATOM_TERM(ok) : sys_tagged(p, ATOM_TERM(error), sys_atom(p, "eio"));
}

bl_term bif_file_exists(bl_process *p, bl_term *a) {
    char path[4096];
    if (!sys_cstring(a[0], path, sizeof path)) return bif_badarg(p);
    struct stat st;
    return stat(path, &st) == 0 ? A_TRUE : A_FALSE;
}

/* beamlet:gets(prompt) -> line with its newline | :eof */
bl_term bif_gets(bl_process *p, bl_term *a) {
    fmt_buf prompt;
    fmt_buf_init(&prompt);
    if (is_binary(a[0])) fmt_buf_write(&prompt, binary_bytes(a[0]), binary_size(a[0]));
    if (prompt.len) vm_write(p->vm, 0, fmt_buf_cstr(&prompt), prompt.len);
    fmt_buf_free(&prompt);
    fflush(stdout);
    fmt_buf line;
    fmt_buf_init(&line);
    int c;
    while ((c = getchar()) != EOF) {
        fmt_buf_putc(&line, (char)c);
        if (c == '\n') break;
    }
    bl_term r = line.len == 0 ? sys_atom(p, "eof") : bif_binary_from_buf(p, &line);
    fmt_buf_free(&line);
    return r;
}

/* beamlet:halt(status): stops the VM; nothing can catch it. */
bl_term bif_halt(bl_process *p, bl_term *a) {
    if (!is_small(a[0]) || small_val(a[0]) < 0 || small_val(a[0]) > 255) return bif_badarg(p);
    p->vm->halted = true;
    p->vm->exit_status = (int)small_val(a[0]);
    p->trap = TRAP_HALT;
    p->exc_class = THE_NON_VALUE;
    return THE_NON_VALUE;
}

bl_term bif_schedulers_online(bl_process *p, bl_term *a) {
    (void)p, (void)a;
    return make_small(1);
}

/* erlang:statistics(item), in BEAM's shapes: {total, since the last call}
 * for :reductions, :runtime (CPU ms) and :wall_clock (ms since the VM was
 * made); {switches, 0} for :context_switches; the processes waiting to run
 * for :run_queue.  "The last call" is any process's: the VM keeps one. */
bl_term bif_statistics(bl_process *p, bl_term *a) {
    bl_vm *vm = p->vm;
    const char *item = is_atom(a[0]) ? atom_name(&vm->atoms, a[0]) : "";
    int64_t total, since;
    if (!strcmp(item, "reductions")) {
        /* with the running slice, as Process.info(self(), :reductions) counts it */
        int32_t slice = vm->sched.slice_reds - p->reds_left;
        uint64_t now = vm->total_reductions + (slice > 0 ? (uint64_t)slice : 0);
        total = (int64_t)now;
        since = (int64_t)(now - vm->stats_last_reductions);
        vm->stats_last_reductions = now;
    } else if (!strcmp(item, "runtime")) {
        total = vm_cpu_ns() / 1000000;
        since = total - vm->stats_last_runtime_ms;
        vm->stats_last_runtime_ms = total;
    } else if (!strcmp(item, "wall_clock")) {
        total = (sched_now_ns() - vm->started_ns) / 1000000;
        since = total - vm->stats_last_wall_ms;
        vm->stats_last_wall_ms = total;
    } else if (!strcmp(item, "context_switches")) {
        total = (int64_t)vm->sched.context_switches;
        since = 0;
    } else if (!strcmp(item, "run_queue")) {
        return make_small(vm->sched.runnable);
    } else {
        return bif_badarg_why(p, 1, "invalid statistics item");
    }
    return sys_tagged(p, make_small(total), make_small(since));
}

/* --- :persistent_term: VM-wide terms (a copy is kept; get copies it out) --- */

static bl_pterm **pterm_find(bl_vm *vm, bl_term key) {
    for (bl_pterm **link = &vm->pterms; *link; link = &(*link)->next)
        if (term_equal_exact((*link)->key->term, key)) return link;
    return NULL;
}

bl_term bif_pterm_put(bl_process *p, bl_term *a) {
    bl_message *value = mbox_copy_message(a[1]);
    if (!value) return bif_error(p, ATOM_TERM(system_limit));
    bl_pterm **link = pterm_find(p->vm, a[0]);
    if (link) {
        msg_free((*link)->value);
        (*link)->value = value;
        return ATOM_TERM(ok);
    }
    bl_pterm *t = malloc(sizeof *t);
    bl_message *key = mbox_copy_message(a[0]);
    if (!t || !key) {
        free(t);
        if (key) msg_free(key);
        msg_free(value);
        return bif_error(p, ATOM_TERM(system_limit));
    }
    *t = (bl_pterm){p->vm->pterms, key, value};
    p->vm->pterms = t;
    return ATOM_TERM(ok);
}

/* A copy of the entry's value on p's heap (THE_NON_VALUE when memory runs
 * out).  The entry lives outside every heap: a collection does not move it. */
static bl_term pterm_copy_out(bl_process *p, const bl_pterm *t) {
    bl_term v = t->value->term;
    size_t words = copy_size(v);
    if (words == 0) return v;
    bl_term *hp = bif_alloc(p, words);
    return hp ? copy_term(v, hp, &p->offheap) : THE_NON_VALUE;
}

bl_term bif_pterm_get1(bl_process *p, bl_term *a) {
    bl_pterm **link = pterm_find(p->vm, a[0]);
    if (!link) return bif_badarg_why(p, 1, "no persistent term stored with this key");
    return pterm_copy_out(p, *link);
}

bl_term bif_pterm_get2(bl_process *p, bl_term *a) {
    bl_pterm **link = pterm_find(p->vm, a[0]);
    return link ? pterm_copy_out(p, *link) : a[1];
}

bl_term bif_pterm_erase(bl_process *p, bl_term *a) {
    bl_pterm **link = pterm_find(p->vm, a[0]);
    if (!link) return ATOM_TERM(false);
    bl_pterm *t = *link;
    *link = t->next;
    msg_free(t->key);
    msg_free(t->value);
    free(t);
    return ATOM_TERM(true);
}
