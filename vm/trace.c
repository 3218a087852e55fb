/*
 * trace.c — the Chrome trace-event timeline (see trace.h).
 *
 * The file is one JSON object:
 *
 *   {"traceEvents":[
 *   {metadata: the trace process and the scheduler threads},
 *   {event}, {event}, ...
 *   ],
 *   "displayTimeUnit":"ns",
 *   "otherData":{... "truncated":false}}
 *
 * Every event is written whole, as one fwrite of a line built in `line`,
 * so the file can be ended after any event: at the limit, or when the VM
 * is freed (trace_close).  Timestamps are microseconds since the trace
 * was opened, with nanosecond decimals, from the scheduler's monotonic
 * clock (sched_now_ns).
 *
 * Slices are named after the process: its registered name, or else its
 * initial call, worked out once at spawn and interned (a program has few
 * distinct initial calls, however many processes it spawns).
 */
#include "trace.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "format.h"
#include "print.h"
#include "sched.h"
#include "unicode.h"

#define TRACE_PID 1       /* the trace "process" every track belongs to */
#define TRACE_SCHED_TID 1 /* the track of scheduler 1, the only one today (BEAM numbers them from 1) */
#define TRACE_STR(x) TRACE_STR_(x)
#define TRACE_STR_(x) #x
/* Where every event goes, as JSON fields. */
#define TRACE_TRACK "\"pid\":" TRACE_STR(TRACE_PID) ",\"tid\":" TRACE_STR(TRACE_SCHED_TID)

struct bl_trace {
    FILE *file;
    char *file_buffer; /* the FILE's buffer (setvbuf), freed after fclose */
    int64_t origin_ns; /* timestamp 0 */
    size_t limit, events;
    bool truncated; /* the limit was reached: the file is complete and closed */
    bool write_failed;
    int write_errno;
    fmt_buf line; /* the event being written */
    fmt_buf text; /* scratch: a name or an exit reason */

    /* Interned initial-call names, and an open-addressed index of them
     * (slot = name index + 1, 0 when empty; kept under half full). */
    struct trace_name {
        char *text; /* may hold NULs, as atom names may */
        size_t len;
    } *names;
    uint32_t nnames, names_cap;
    uint32_t *name_slots;
    uint32_t name_slots_cap;
    /* The initial call of each live process: a linear-probing table of
     * (pid, name index + 1), pid 0 when empty, kept under half full.  An
     * entry goes when its process exits, so the table holds no more than
     * the processes alive. */
    struct trace_pid_name {
        uint32_t pid, name;
    } *pid_names;
    uint32_t pid_names_cap, npid_names;
};

/* --- JSON text ---
 *
 * Events are built with these rather than printf, which would be most of
 * the cost of tracing a message-heavy program. */

/* A string literal (its length is known at compile time). */
#define trace_put(b, literal) fmt_buf_write((b), (literal), sizeof(literal) - 1)

static void trace_put_uint(fmt_buf *b, uint64_t v) {
    char digits[20];
    size_t n = 0;
    do {
        digits[sizeof digits - 1 - n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    fmt_buf_write(b, digits + sizeof digits - n, n);
}

/* `s` as a JSON string: quotes, backslashes and control characters
 * escaped, bytes that are not UTF-8 replaced by U+FFFD. */
static void trace_json_string(fmt_buf *b, const char *s, size_t n) {
    fmt_buf_putc(b, '"');
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            fmt_buf_putc(b, '\\');
            fmt_buf_putc(b, (char)c);
            i++;
        } else if (c < 0x20 || c == 0x7f) {
            fmt_buf_printf(b, "\\u%04x", c);
            i++;
        } else if (c < 0x80) {
            fmt_buf_putc(b, (char)c);
            i++;
        } else {
            uint32_t cp;
            size_t k = uni_utf8_decode((const uint8_t *)s + i, n - i, &cp);
            if (k) fmt_buf_write(b, s + i, k);
            else fmt_buf_puts(b, "\\ufffd");
            i += k ? k : 1;
        }
    }
    fmt_buf_putc(b, '"');
}

static void trace_json_pid(fmt_buf *b, const bl_process *p) {
    if (!p) {
        trace_put(b, "null");
        return;
    }
    trace_put(b, "\"#PID<0.");
    trace_put_uint(b, p->pid);
    trace_put(b, ".0>\"");
}

/* A time as microseconds since the origin, to the nanosecond. */
static void trace_json_time(fmt_buf *b, int64_t ns) {
    if (ns < 0) ns = 0;
    trace_put_uint(b, (uint64_t)ns / 1000);
    char frac[4] = {'.', (char)('0' + ns / 100 % 10), (char)('0' + ns / 10 % 10), (char)('0' + ns % 10)};
    fmt_buf_write(b, frac, sizeof frac);
}

/* --- the file --- */

/* Ends the JSON and closes the file, remembering whether any write failed. */
static void trace_finish_file(bl_trace *t) {
    fprintf(t->file,
            "\n],\n\"displayTimeUnit\":\"ns\",\n"
            "\"otherData\":{\"producer\":\"beamlet %s\",\"events\":%zu,\"limit\":%zu,\"truncated\":%s}}\n",
            BEAMLET_VERSION, t->events, t->limit, t->truncated ? "true" : "false");
    if (ferror(t->file)) {
        t->write_failed = true;
        t->write_errno = errno ? errno : EIO;
    }
    if (fclose(t->file) != 0 && !t->write_failed) {
        t->write_failed = true;
        t->write_errno = errno ? errno : EIO;
    }
    t->file = NULL;
}

/* --- events --- */

/* Starts an event at time `at_ns`: false when the trace is full.  The
 * event that would pass the limit is replaced by a note saying so, and the
 * file is completed there and then: the rest of the run costs nothing
 * more, and the file is whole even if the run is killed later. */
static bool trace_begin(bl_trace *t, const char *name, size_t name_len, const char *category, char phase,
                        int64_t at_ns) {
    if (t->truncated) return false;
    fmt_buf_reset(&t->line);
    trace_put(&t->line, ",\n{\"name\":");
    if (t->events == t->limit) {
        t->truncated = true;
        trace_put(&t->line, "\"trace truncated\",\"cat\":\"trace\",\"ph\":\"i\",\"s\":\"g\",\"ts\":");
        trace_json_time(&t->line, at_ns - t->origin_ns);
        trace_put(&t->line, "," TRACE_TRACK ",\"args\":{\"limit\":");
        trace_put_uint(&t->line, t->limit);
        trace_put(&t->line, "}}");
        if (!t->line.failed) fwrite(t->line.data, 1, t->line.len, t->file);
        trace_finish_file(t);
        return false;
    }
    t->events++;
    trace_json_string(&t->line, name, name_len);
    trace_put(&t->line, ",\"cat\":\"");
    fmt_buf_puts(&t->line, category);
    trace_put(&t->line, "\",\"ph\":\"");
    fmt_buf_putc(&t->line, phase);
    trace_put(&t->line, "\",");
    if (phase == 'i') trace_put(&t->line, "\"s\":\"t\",");
    trace_put(&t->line, "\"ts\":");
    trace_json_time(&t->line, at_ns - t->origin_ns);
    return true;
}

static void trace_duration(bl_trace *t, int64_t start_ns, int64_t end_ns) {
    trace_put(&t->line, ",\"dur\":");
    trace_json_time(&t->line, end_ns - start_ns);
}

/* Ends the event: its track, then `args` is opened for the caller's fields. */
static void trace_args(bl_trace *t) {
    trace_put(&t->line, "," TRACE_TRACK ",\"args\":{");
}

static void trace_end(bl_trace *t) {
    trace_put(&t->line, "}}");
    /* An event that could not be built (memory ran out) is left out whole. */
    if (!t->line.failed) fwrite(t->line.data, 1, t->line.len, t->file);
    else t->events--;
}

/* --- names --- */

static uint32_t trace_name_hash(const char *s, size_t n) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static bool trace_names_grow(bl_trace *t) {
    uint32_t cap = t->name_slots_cap ? t->name_slots_cap * 2 : 64;
    uint32_t *slots = calloc(cap, sizeof *slots);
    if (!slots) return false;
    for (uint32_t i = 0; i < t->nnames; i++) {
        uint32_t h = trace_name_hash(t->names[i].text, t->names[i].len) & (cap - 1);
        while (slots[h]) h = (h + 1) & (cap - 1);
        slots[h] = i + 1;
    }
    free(t->name_slots);
    t->name_slots = slots;
    t->name_slots_cap = cap;
    return true;
}

/* The index + 1 of name `s` (added if new), or 0 when memory runs out. */
static uint32_t trace_intern(bl_trace *t, const char *s, size_t n) {
    if ((t->nnames + 1) * 2 > t->name_slots_cap && !trace_names_grow(t)) return 0;
    uint32_t h = trace_name_hash(s, n) & (t->name_slots_cap - 1);
    for (; t->name_slots[h]; h = (h + 1) & (t->name_slots_cap - 1)) {
        const struct trace_name *name = &t->names[t->name_slots[h] - 1];
        if (name->len == n && memcmp(name->text, s, n) == 0) return t->name_slots[h];
    }
    if (t->nnames == t->names_cap) {
        uint32_t cap = t->names_cap ? t->names_cap * 2 : 32;
        struct trace_name *names = realloc(t->names, cap * sizeof *names);
        if (!names) return 0;
        t->names = names;
        t->names_cap = cap;
    }
    char *copy = malloc(n + 1);
    if (!copy) return 0;
    memcpy(copy, s, n);
    copy[n] = '\0';
    t->names[t->nnames++] = (struct trace_name){copy, n};
    t->name_slots[h] = t->nnames;
    return t->nnames;
}

static uint32_t trace_pid_slot(const bl_trace *t, uint32_t pid) {
    uint32_t mask = t->pid_names_cap - 1, i = (pid * 2654435761u) & mask;
    while (t->pid_names[i].pid && t->pid_names[i].pid != pid) i = (i + 1) & mask;
    return i;
}

static bool trace_pid_names_grow(bl_trace *t) {
    uint32_t old_cap = t->pid_names_cap, cap = old_cap ? old_cap * 2 : 256;
    struct trace_pid_name *old = t->pid_names, *table = calloc(cap, sizeof *table);
    if (!table) return false;
    t->pid_names = table;
    t->pid_names_cap = cap;
    for (uint32_t i = 0; i < old_cap; i++)
        if (old[i].pid) t->pid_names[trace_pid_slot(t, old[i].pid)] = old[i];
    free(old);
    return true;
}

/* Without memory the process's slices are named by its pid instead. */
static void trace_set_pid_name(bl_trace *t, uint32_t pid, uint32_t name) {
    if (!name || ((t->npid_names + 1) * 2 > t->pid_names_cap && !trace_pid_names_grow(t))) return;
    uint32_t i = trace_pid_slot(t, pid);
    if (!t->pid_names[i].pid) t->npid_names++;
    t->pid_names[i] = (struct trace_pid_name){pid, name};
}

/* The name index + 1 of pid's initial call, or 0. */
static uint32_t trace_pid_name(const bl_trace *t, uint32_t pid) {
    return t->pid_names_cap ? t->pid_names[trace_pid_slot(t, pid)].name : 0;
}

static void trace_drop_pid_name(bl_trace *t, uint32_t pid) {
    if (!t->pid_names_cap) return;
    uint32_t mask = t->pid_names_cap - 1, hole = trace_pid_slot(t, pid);
    if (!t->pid_names[hole].pid) return;
    t->pid_names[hole].pid = 0;
    t->npid_names--;
    /* Close the hole: move back each later entry of the run that it
     * would no longer be found from (its home lies cyclically after the
     * hole, up to itself). */
    for (uint32_t i = (hole + 1) & mask; t->pid_names[i].pid; i = (i + 1) & mask) {
        uint32_t home = (t->pid_names[i].pid * 2654435761u) & mask;
        bool reachable = hole <= i ? (home > hole && home <= i) : (home > hole || home <= i);
        if (reachable) continue;
        t->pid_names[hole] = t->pid_names[i];
        t->pid_names[i].pid = 0;
        hole = i;
    }
}

/* Module.function/arity, with the module and function as their atoms are spelled. */
static void trace_mfa(bl_vm *vm, fmt_buf *b, bl_term mod, bl_term fun, size_t arity) {
    fmt_buf_write(b, atom_name(&vm->atoms, mod), atom_len(&vm->atoms, mod));
    fmt_buf_putc(b, '.');
    fmt_buf_write(b, atom_name(&vm->atoms, fun), atom_len(&vm->atoms, fun));
    fmt_buf_printf(b, "/%zu", arity);
}

static size_t trace_list_length(bl_term list) {
    size_t n = 0;
    for (; is_list(list); list = list_tail(list)) n++;
    return n;
}

/* What a new process was spawned to run, as far as the VM can tell.
 * Every process starts in a Beamlet.Runner function (exception.ex), which
 * wraps the call the program asked for: a fun (spawn/1), or a module,
 * function and argument list at the end of the arguments (spawn/3,
 * bl_spawn, bl_call).  A script's top level runs as run(module). */
static void trace_initial_call(bl_vm *vm, fmt_buf *b, const bl_code *entry, const bl_term *args, unsigned nargs) {
    error_location loc;
    if (nargs == 1 && is_boxed_of(args[0], SUB_FUN)) {
        /* the fun's compiled name, as stack traces show it: -enclosing/arity-fun-N- */
        const bl_lambda *l = (const bl_lambda *)(uintptr_t)boxed_ptr(args[0])[1];
        bl_term fun = error_locate(vm, l->code, &loc) ? loc.function : l->fun_name;
        trace_mfa(vm, b, l->module->name, fun, l->arity);
    } else if (nargs == 1 && is_boxed_of(args[0], SUB_EXPORT)) {
        const bl_export *e = (const bl_export *)(uintptr_t)boxed_ptr(args[0])[1];
        trace_mfa(vm, b, e->module, e->function, e->arity);
    } else if (nargs >= 3 && is_atom(args[nargs - 3]) && is_atom(args[nargs - 2]) &&
               is_list_or_nil(args[nargs - 1])) {
        trace_mfa(vm, b, args[nargs - 3], args[nargs - 2], trace_list_length(args[nargs - 1]));
    } else if (nargs == 1 && is_atom(args[0])) {
        trace_mfa(vm, b, args[0], atom_intern(&vm->atoms, "__script__", 10), 0);
    } else {
        if (error_locate(vm, entry, &loc)) trace_mfa(vm, b, loc.module->name, loc.function, loc.arity);
        else fmt_buf_puts(b, "unknown");
    }
}

/* --- the hooks --- */

void trace_slice(bl_vm *vm, const bl_process *p, int64_t start_ns, uint64_t reductions) {
    bl_trace *t = vm->trace;
    if (t->truncated) return;
    int64_t now = sched_now_ns();
    const char *name = NULL;
    size_t len = 0;
    uint32_t known;
    if (p->registered != NIL) {
        name = atom_name(&vm->atoms, p->registered);
        len = atom_len(&vm->atoms, p->registered);
    } else if ((known = trace_pid_name(t, p->pid)) != 0) {
        name = t->names[known - 1].text;
        len = t->names[known - 1].len;
    }
    char pid_text[32];
    if (!name) {
        len = (size_t)snprintf(pid_text, sizeof pid_text, "#PID<0.%u.0>", p->pid);
        name = pid_text;
    }
    if (!trace_begin(t, name, len, "process", 'X', start_ns)) return;
    trace_duration(t, start_ns, now);
    trace_args(t);
    trace_put(&t->line, "\"pid\":");
    trace_json_pid(&t->line, p);
    trace_put(&t->line, ",\"reductions\":");
    trace_put_uint(&t->line, reductions);
    trace_end(t);
}

void trace_spawn(bl_vm *vm, const bl_process *parent, const bl_process *child, const bl_code *entry,
                 const bl_term *args, unsigned nargs) {
    bl_trace *t = vm->trace;
    if (t->truncated) return;
    fmt_buf_reset(&t->text);
    trace_initial_call(vm, &t->text, entry, args, nargs);
    if (!t->text.failed) trace_set_pid_name(t, child->pid, trace_intern(t, t->text.data, t->text.len));
    if (!trace_begin(t, "spawn", 5, "process", 'i', sched_now_ns())) return;
    trace_args(t);
    trace_put(&t->line, "\"pid\":");
    trace_json_pid(&t->line, child);
    trace_put(&t->line, ",\"parent\":");
    trace_json_pid(&t->line, parent);
    trace_put(&t->line, ",\"initial_call\":");
    trace_json_string(&t->line, fmt_buf_cstr(&t->text), t->text.len);
    trace_end(t);
}

void trace_exit(bl_vm *vm, const bl_process *p) {
    bl_trace *t = vm->trace;
    trace_drop_pid_name(t, p->pid);
    if (!trace_begin(t, "exit", 4, "process", 'i', sched_now_ns())) return;
    fmt_buf_reset(&t->text);
    print_inspect(vm, &t->text, p->exit_reason);
    size_t len = t->text.len;
    if (len > TRACE_REASON_MAX) {
        /* cut at a character boundary, and say it was cut */
        len = TRACE_REASON_MAX;
        while (len > 0 && ((unsigned char)t->text.data[len] & 0xC0) == 0x80) len--;
        t->text.len = len;
        fmt_buf_puts(&t->text, "...");
        len = t->text.len;
    }
    trace_args(t);
    trace_put(&t->line, "\"pid\":");
    trace_json_pid(&t->line, p);
    trace_put(&t->line, ",\"reason\":");
    trace_json_string(&t->line, t->text.failed ? "" : fmt_buf_cstr(&t->text), t->text.failed ? 0 : len);
    trace_end(t);
}

void trace_send(bl_vm *vm, const bl_process *from, const bl_process *to) {
    bl_trace *t = vm->trace;
    if (!trace_begin(t, "send", 4, "message", 'i', sched_now_ns())) return;
    trace_args(t);
    trace_put(&t->line, "\"from\":");
    trace_json_pid(&t->line, from);
    trace_put(&t->line, ",\"to\":");
    trace_json_pid(&t->line, to);
    trace_end(t);
}

void trace_gc(bl_vm *vm, const bl_process *p, int64_t start_ns, int64_t end_ns, size_t words_before,
              size_t words_after) {
    bl_trace *t = vm->trace;
    if (!trace_begin(t, "gc", 2, "gc", 'X', start_ns)) return;
    trace_duration(t, start_ns, end_ns);
    trace_args(t);
    trace_put(&t->line, "\"pid\":");
    trace_json_pid(&t->line, p);
    trace_put(&t->line, ",\"words_before\":");
    trace_put_uint(&t->line, words_before);
    trace_put(&t->line, ",\"words_after\":");
    trace_put_uint(&t->line, words_after);
    trace_end(t);
}

void trace_idle(bl_vm *vm, int64_t start_ns) {
    bl_trace *t = vm->trace;
    if (t->truncated) return;
    int64_t now = sched_now_ns();
    if (!trace_begin(t, "idle", 4, "scheduler", 'X', start_ns)) return;
    trace_duration(t, start_ns, now);
    trace_args(t);
    trace_end(t);
}

bl_trace *trace_open(const char *path, size_t limit) {
    bl_trace *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    t->file_buffer = malloc(TRACE_BUFFER_BYTES);
    t->file = t->file_buffer ? fopen(path, "w") : NULL;
    if (!t->file) {
        int err = t->file_buffer ? errno : ENOMEM;
        free(t->file_buffer);
        free(t);
        errno = err;
        return NULL;
    }
    setvbuf(t->file, t->file_buffer, _IOFBF, TRACE_BUFFER_BYTES);
    t->limit = limit ? limit : TRACE_DEFAULT_LIMIT;
    t->origin_ns = sched_now_ns();
    fmt_buf_init(&t->line);
    fmt_buf_init(&t->text);
    /* Metadata: not events of the run, so not counted against the limit. */
    fprintf(t->file,
            "{\"traceEvents\":[\n"
            "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":%d,\"tid\":%d,\"args\":{\"name\":\"beamlet\"}},\n"
            "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":%d,\"tid\":%d,\"args\":{\"name\":\"scheduler 1\"}}",
            TRACE_PID, TRACE_SCHED_TID, TRACE_PID, TRACE_SCHED_TID);
    return t;
}

bool trace_close(bl_trace *t) {
    if (t->file) trace_finish_file(t);
    bool ok = !t->write_failed;
    int err = t->write_errno;
    free(t->file_buffer);
    fmt_buf_free(&t->line);
    fmt_buf_free(&t->text);
    for (uint32_t i = 0; i < t->nnames; i++) free(t->names[i].text);
    free(t->names);
    free(t->name_slots);
    free(t->pid_names);
    free(t);
    if (!ok) errno = err;
    return ok;
}
