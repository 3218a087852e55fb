/*
 * trace.h — the scheduling timeline (--trace FILE.json, bl_config.trace_path).
 *
 * The trace is a Chrome trace-event file (the JSON object form, read by
 * Perfetto and chrome://tracing), streamed through a buffered FILE as
 * events happen: memory use does not grow with the run.  Each scheduler is
 * a thread track of trace process 1; on it are complete slices ("X") for
 * every process run, collection and idle wait, and instant events ("i")
 * for spawn, exit and send.  After `limit` events the trace stops
 * recording, says so in one last event and in "otherData", and completes
 * the file there and then.
 *
 * Cost when off: the VM holds no trace (vm->trace is NULL), and every hook
 * below is called behind `if (vm->trace)`, one predictable branch.
 *
 * Threads: only the thread running the scheduler calls these.
 */
#ifndef BL_TRACE_H
#define BL_TRACE_H

#include "vm.h"

#define TRACE_DEFAULT_LIMIT 1000000 /* events recorded when bl_config.trace_limit is 0 */
#define TRACE_REASON_MAX 200        /* bytes of an exit reason's inspect text kept in the event */
#define TRACE_BUFFER_BYTES (256 * 1024)

typedef struct bl_trace bl_trace;

/* Creates `path` and writes the header; NULL (errno says why) when it
 * cannot.  `limit` 0 means TRACE_DEFAULT_LIMIT. */
bl_trace *trace_open(const char *path, size_t limit);
/* Ends the JSON, closes the file and frees the trace.  False when a write
 * failed anywhere along the way (errno says why). */
bool trace_close(bl_trace *t);

/* Process p ran from start_ns (sched_now_ns) until now, spending `reductions`. */
void trace_slice(bl_vm *vm, const bl_process *p, int64_t start_ns, uint64_t reductions);
/* `child` was made to run `entry` with `args` (by `parent`, NULL for the
 * main process or a host's call).  Remembers the child's initial call. */
void trace_spawn(bl_vm *vm, const bl_process *parent, const bl_process *child, const bl_code *entry,
                 const bl_term *args, unsigned nargs);
/* p exits with p->exit_reason. */
void trace_exit(bl_vm *vm, const bl_process *p);
/* A message from `from` (NULL for a timer or a host thread) was queued for `to`. */
void trace_send(bl_vm *vm, const bl_process *from, const bl_process *to);
/* p was collected between start_ns and end_ns. */
void trace_gc(bl_vm *vm, const bl_process *p, int64_t start_ns, int64_t end_ns, size_t words_before,
              size_t words_after);
/* The scheduler slept from start_ns until now with nothing to run. */
void trace_idle(bl_vm *vm, int64_t start_ns);

#endif
