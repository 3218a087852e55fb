/*
 * gc.h — allocation on a process heap and its copying collector.
 *
 * The collector is a Cheney copy from the process heap into a fresh block.
 * Roots are explicit: the x registers below `live`, every word of the stack,
 * the exception state, and any extra terms the caller passes (a BIF's
 * arguments).  Only objects inside the old heap block move; anything else a
 * term points to (module literals) is left where it is.  After a
 * collection every term the caller held outside those roots is stale.
 */
#ifndef BL_GC_H
#define BL_GC_H

#include "vm.h"

/* Makes room for `need` words, collecting if needed (always, in GC-stress
 * mode).  Returns 0, or -1 when memory cannot be had. */
/* (gc_ensure without the room check: it collects) */
int gc_ensure_slow(bl_process *p, size_t need, unsigned live, bl_term *x, bl_term *extra, size_t nextra);
static inline int gc_ensure(bl_process *p, size_t need, unsigned live, bl_term *x, bl_term *extra, size_t nextra) {
    if ((size_t)(p->hend - p->htop) >= need && !p->vm->config.gc_stress) return 0;
    return gc_ensure_slow(p, need, live, x, extra, nextra);
}
void gc_collect(bl_process *p, size_t need, unsigned live, bl_term *x, bl_term *extra, size_t nextra);

/* Drops one reference to an off-heap binary block. */
void binblock_release(bl_binblock *b);
/* Releases every REFBIN of an off-heap list (linked through their third
 * word) and empties it. */
void offheap_release(bl_term **list);
/* Releases every off-heap binary a process holds (when it dies). */
void gc_release_offheap(bl_process *p);

/* Allocation after gc_ensure: never collects. */
static inline bl_term *heap_take(bl_process *p, size_t words) {
    bl_term *r = p->htop;
    p->htop += words;
    return r;
}

#endif
