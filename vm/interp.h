/* interp.h — the interpreter loop (see interp.c). */
#ifndef BL_INTERP_H
#define BL_INTERP_H

#include "vm.h"

typedef enum {
    RUN_YIELD, /* reductions spent; runnable again */
    RUN_WAIT,  /* waiting for a message or a timer */
    RUN_EXIT   /* finished; p->exit_reason says how */
} interp_result;

/* Runs `p` on `sched` until it yields, waits or exits. */
interp_result interp_run(bl_sched *sched, bl_process *p);
/* With table_out non-NULL only returns the dispatch table (for the loader). */
interp_result interp_run_with(bl_sched *sched, bl_process *p, const void *const **table_out);

#endif
