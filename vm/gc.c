/*
 * gc.c — the copying collector (see gc.h).
 *
 * Invariant kept between collections: every word in [heap, htop) is part of
 * an object that starts with a header word (boxed objects) or is one of the
 * two words of a cons cell.  Scanning to-space word by word therefore works:
 * a header announces how many raw (non-term) words follow when the object
 * holds raw data; every other word is a term to be forwarded.
 */
#include "gc.h"

#include <stdlib.h>
#include <string.h>

#include "sched.h"
#include "trace.h"
#include "vm.h"

typedef struct {
    bl_term *from, *from_end; /* the old heap */
    bl_term *top;             /* next free word in to-space */
    bl_fragment *frags;       /* received message blocks: from-space too */
} gc_state;

static bool gc_in_from(const gc_state *g, const bl_term *ptr) {
    if (ptr >= g->from && ptr < g->from_end) return true;
    for (const bl_fragment *f = g->frags; f; f = f->next)
        if (ptr >= f->data && ptr < f->data + f->words) return true;
    return false;
}

static bl_term gc_forward(gc_state *g, bl_term t) {
    if (is_boxed(t)) {
        bl_term *obj = boxed_ptr(t);
        if (!gc_in_from(g, obj)) return t;
        bl_term hdr = obj[0];
        if (is_boxed(hdr)) return hdr; /* already moved */
        size_t words = 1 + header_arity(hdr);
        bl_term *copy = g->top;
        memcpy(copy, obj, words * sizeof *copy);
        g->top += words;
        obj[0] = make_boxed(copy);
        return obj[0];
    }
    if (is_list(t)) {
        bl_term *cell = list_ptr(t);
        if (!gc_in_from(g, cell)) return t;
        if (cell[0] == THE_NON_VALUE) return cell[1];
        bl_term *copy = g->top;
        copy[0] = cell[0];
        copy[1] = cell[1];
        g->top += 2;
        cell[0] = THE_NON_VALUE;
        cell[1] = make_list(copy);
        return cell[1];
    }
    return t;
}

static void gc_forward_range(gc_state *g, bl_term *begin, bl_term *end) {
    for (bl_term *t = begin; t < end; t++) *t = gc_forward(g, *t);
}

/* Words after a header that hold raw data rather than terms. */
static size_t gc_raw_words(bl_term hdr) {
    switch (header_subtag(hdr)) {
    case SUB_TUPLE:
    case SUB_MAP:
    case SUB_HASHMAP:
    case SUB_HAMT_NODE:
    case SUB_SUBBIN: return 0;
    case SUB_FUN: return 1; /* the lambda pointer; captured values follow */
    default: return header_arity(hdr);
    }
}

static void gc_scan(gc_state *g, bl_term *scan) {
    while (scan < g->top) {
        bl_term w = *scan;
        if (is_header(w)) {
            scan += 1 + gc_raw_words(w);
        } else {
            *scan = gc_forward(g, w);
            scan++;
        }
    }
}

/* Off-heap binaries: the copies of live REFBIN objects form the new list;
 * a block whose REFBIN did not survive loses this process's reference. */
static void gc_absorb_fragments(bl_process *p);
static void gc_collect_timed(bl_process *p, size_t need, unsigned live, bl_term *x, bl_term *extra,
                             size_t nextra);

static void gc_sweep_offheap(bl_process *p) {
    bl_term *live = NULL;
    for (bl_term *obj = p->offheap, *next; obj; obj = next) {
        next = (bl_term *)(uintptr_t)obj[3];
        if (is_boxed(obj[0])) {
            bl_term *copy = boxed_ptr(obj[0]);
            copy[3] = (bl_term)(uintptr_t)live;
            live = copy;
        } else {
            binblock_release((bl_binblock *)(uintptr_t)obj[1]);
        }
    }
    p->offheap = live;
}

/* The received fragments have been copied from: their surviving off-heap
 * binaries join the process's list, the rest are released, and the blocks
 * are freed. */
static void gc_absorb_fragments(bl_process *p) {
    for (bl_fragment *f = p->frags, *next; f; f = next) {
        next = f->next;
        for (bl_term *obj = f->offheap, *onext; obj; obj = onext) {
            onext = (bl_term *)(uintptr_t)obj[3];
            if (is_boxed(obj[0])) {
                bl_term *copy = boxed_ptr(obj[0]);
                copy[3] = (bl_term)(uintptr_t)p->offheap;
                p->offheap = copy;
            } else {
                binblock_release((bl_binblock *)(uintptr_t)obj[1]);
            }
        }
        frag_recycle(f);
    }
    p->frags = NULL;
    p->frag_words = 0;
}

void binblock_release(bl_binblock *b) {
    if (b && __atomic_sub_fetch(&b->refc, 1, __ATOMIC_ACQ_REL) == 0) free(b);
}

void offheap_release(bl_term **list) {
    for (bl_term *obj = *list, *next; obj; obj = next) {
        next = (bl_term *)(uintptr_t)obj[3];
        binblock_release((bl_binblock *)(uintptr_t)obj[1]);
    }
    *list = NULL;
}

void gc_release_offheap(bl_process *p) { offheap_release(&p->offheap); }

static size_t gc_heap_size_for(size_t words) {
    size_t size = PROCESS_MIN_HEAP_WORDS;
    while (size < words) size = size + size / 2 + 1;
    return size;
}

/* Copies everything live into a new block of `size` words. */
static int gc_copy_into(bl_process *p, size_t size, unsigned live, bl_term *x, bl_term *extra,
                        size_t nextra) {
    bl_term *to = malloc(size * sizeof *to);
    if (!to) return -1;
    gc_state g = {p->heap, p->htop, to, p->frags};
    gc_forward_range(&g, x, x + live);
    gc_forward_range(&g, extra, extra + nextra);
    gc_forward_range(&g, p->E, p->stack_end);
    p->exc_class = gc_forward(&g, p->exc_class);
    p->exc_reason = gc_forward(&g, p->exc_reason);
    p->exc_stacktrace = gc_forward(&g, p->exc_stacktrace);
    p->exit_reason = gc_forward(&g, p->exit_reason);
    p->exc_top = gc_forward(&g, p->exc_top);
    p->dict = gc_forward(&g, p->dict);
    gc_forward_range(&g, p->saved_x, p->saved_x + p->nsaved_x);
    /* messages copied into this heap by their senders (mailbox.h) */
    uint32_t onheap = p->mbox.onheap;
    for (bl_message *m = p->mbox.head; m && onheap; m = m->next)
        if (msg_on_heap(m)) {
            m->term = gc_forward(&g, m->term);
            onheap--;
        }
    gc_scan(&g, to);
    gc_sweep_offheap(p);
    gc_absorb_fragments(p);
    free(p->heap);
    p->heap = to;
    p->htop = g.top;
    p->hend = to + size;
    return 0;
}

/* Words in use: the heap, and received message blocks (copied from too). */
static size_t gc_used_words(const bl_process *p) {
    size_t used = (size_t)(p->htop - p->heap);
    for (const bl_fragment *f = p->frags; f; f = f->next) used += f->words;
    return used;
}

void gc_collect(bl_process *p, size_t need, unsigned live, bl_term *x, bl_term *extra,
                size_t nextra) {
    int64_t started = sched_now_ns();
    size_t used_before = p->vm->trace ? gc_used_words(p) : 0;
    gc_collect_timed(p, need, live, x, extra, nextra);
    int64_t ended = sched_now_ns();
    p->vm->gc_count++;
    p->vm->gc_ns += (uint64_t)(ended - started);
    /* a collection costs reductions in proportion to what it copied */
    p->reds_left -= (int32_t)(1 + (size_t)(p->htop - p->heap) / 64);
    if (p->vm->trace) trace_gc(p->vm, p, started, ended, used_before, (size_t)(p->htop - p->heap));
    size_t heap = (size_t)(p->hend - p->heap) + (size_t)(p->stack_end - p->stack);
    if (p->vm->config.max_heap_words && heap > p->vm->config.max_heap_words) p->over_max_heap = true;
}

static void gc_collect_timed(bl_process *p, size_t need, unsigned live, bl_term *x, bl_term *extra,
                             size_t nextra) {
    size_t used = gc_used_words(p);
    size_t size = (size_t)(p->hend - p->heap);
    /* Worst case everything is live: to-space as large as what is used. */
    size_t first = gc_heap_size_for(used + need);
    if (first < size) first = size;
    if (gc_copy_into(p, first, live, x, extra, nextra) != 0) return;
    p->gc_count++;
    size_t live_words = (size_t)(p->htop - p->heap);
    size_t want = (live_words + need) * 2;
    /* A process that collects at all is doing work: its heap does not go
     * back below a working size, so it does not collect every few
     * messages.  Only processes that never collect stay at the minimum. */
    if (want < PROCESS_WORK_HEAP_WORDS) want = PROCESS_WORK_HEAP_WORDS;
    want = gc_heap_size_for(want);
    /* Grow when the survivors crowd the heap, shrink when it is mostly empty. */
    if (want > first || want * 4 < first)
        gc_copy_into(p, want, live, x, extra, nextra);
}

int gc_ensure_slow(bl_process *p, size_t need, unsigned live, bl_term *x, bl_term *extra,
                   size_t nextra) {
    gc_collect(p, need, live, x, extra, nextra);
    if (p->over_max_heap) return -1;
    return (size_t)(p->hend - p->htop) >= need ? 0 : -1;
}
