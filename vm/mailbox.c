/* mailbox.c — message copying and the mailbox queue (see mailbox.h). */
#include "mailbox.h"

#include <stdlib.h>
#include <string.h>

#include "gc.h"

#define COPY_MAX_WORDS ((size_t)1 << 36) /* larger messages: system_limit */

void mbox_init(bl_mailbox *m) {
    m->head = NULL;
    m->tail = &m->head;
    m->save = &m->head;
    m->len = 0;
    m->onheap = 0;
}

void frag_free(bl_fragment *f) {
    if (!f) return;
    offheap_release(&f->offheap);
    frag_recycle(f);
}

void msg_free(bl_message *msg) {
    if (!msg) return;
    if (msg->frag) frag_free(msg->frag);
    else free(msg);
}

void mbox_free(bl_mailbox *m) {
    for (bl_message *msg = m->head, *next; msg; msg = next) {
        next = msg->next;
        msg_free(msg);
    }
    mbox_init(m);
}

void mbox_enqueue(bl_mailbox *m, bl_message *msg) {
    msg->next = NULL;
    *m->tail = msg;
    m->tail = &msg->next;
    m->len++;
    m->onheap += msg_on_heap(msg);
}

bl_message *mbox_remove_current(bl_mailbox *m) {
    bl_message *msg = *m->save;
    if (!msg) return NULL;
    *m->save = msg->next;
    if (m->tail == &msg->next) m->tail = m->save;
    m->save = &m->head;
    m->len--;
    m->onheap -= msg_on_heap(msg);
    return msg;
}

/* --- sizes --- */

/* The terms still to size: in `local` (on the C stack) until it fills,
 * then on the C heap, so that sizing a small message allocates nothing. */
typedef struct {
    bl_term *items;
    size_t len, cap;
    bl_term local[64];
} copy_stack;

static bool copy_push(copy_stack *s, bl_term t) {
    if (s->len == s->cap) {
        size_t cap = s->cap * 2;
        bl_term *items = s->items == s->local ? malloc(cap * sizeof *items) : realloc(s->items, cap * sizeof *items);
        if (!items) return false;
        if (s->items == s->local) memcpy(items, s->local, s->len * sizeof *items);
        s->items = items;
        s->cap = cap;
    }
    s->items[s->len++] = t;
    return true;
}

/* Words for a shallow copy of one object, and its term children pushed. */
static size_t copy_one_size(bl_term t, copy_stack *s, bool *ok) {
    if (is_list(t)) {
        *ok &= copy_push(s, list_head(t)) && copy_push(s, list_tail(t));
        return 2;
    }
    if (!is_boxed(t)) return 0;
    bl_term *p = boxed_ptr(t);
    bl_uword n = header_arity(p[0]);
    switch (header_subtag(p[0])) {
    case SUB_TUPLE:
    case SUB_MAP:
    case SUB_HASHMAP:
    case SUB_HAMT_NODE:
        for (bl_uword i = 1; i <= n; i++) *ok &= copy_push(s, p[i]);
        return 1 + n;
    case SUB_FUN:
        for (bl_uword i = 2; i <= n; i++) *ok &= copy_push(s, p[i]);
        return 1 + n;
    case SUB_SUBBIN: {
        size_t len = binary_size(t);
        return len > HEAPBIN_MAX_BYTES ? 4 : 1 + binary_words(len);
    }
    default: return 1 + n; /* floats, bignums, binaries, exports, refs */
    }
}

size_t copy_size(bl_term t) {
    if (is_immed(t)) return 0;
    size_t flat = copy_flat_words(t);
    if (flat) return flat;
    copy_stack s;
    s.items = s.local;
    s.len = 0;
    s.cap = sizeof s.local / sizeof *s.local;
    size_t words = 0;
    bool ok = copy_push(&s, t);
    while (ok && s.len) {
        bl_term u = s.items[--s.len];
        if (is_immed(u)) continue;
        words += copy_one_size(u, &s, &ok);
        if (words > COPY_MAX_WORDS) ok = false;
    }
    if (s.items != s.local) free(s.items);
    return ok ? words : SIZE_MAX;
}

/* --- copying: Cheney-style over the new block --- */

typedef struct {
    bl_term *start, *top;
    bl_term **offheap;
} copy_state;

static bool copy_inside(const copy_state *c, const bl_term *p) { return p >= c->start && p < c->top; }

static bl_term copy_shallow(copy_state *c, bl_term t) {
    if (is_list(t)) {
        bl_term *cell = list_ptr(t);
        if (copy_inside(c, cell)) return t;
        bl_term *dst = c->top;
        dst[0] = cell[0];
        dst[1] = cell[1];
        c->top += 2;
        return make_list(dst);
    }
    if (!is_boxed(t)) return t;
    bl_term *p = boxed_ptr(t);
    if (copy_inside(c, p)) return t;
    bl_uword n = header_arity(p[0]);
    bl_term *dst = c->top;
    switch (header_subtag(p[0])) {
    case SUB_SUBBIN: {
        /* a slice becomes a binary of its own bytes */
        size_t len = binary_size(t);
        const unsigned char *src = binary_bytes(t);
        if (len > HEAPBIN_MAX_BYTES) {
            bl_binblock *b = malloc(sizeof *b + len);
            if (!b) { /* keeps the block well-formed; the copy is empty */
                dst[0] = make_header(SUB_HEAPBIN, 1);
                dst[1] = 0;
                c->top += 2;
                break;
            }
            b->refc = 1;
            b->size = len;
            memcpy(b->data, src, len);
            dst[0] = make_header(SUB_REFBIN, 3);
            dst[1] = (bl_term)(uintptr_t)b;
            dst[2] = 0;
            dst[3] = (bl_term)(uintptr_t)*c->offheap;
            *c->offheap = dst;
            c->top += 4;
        } else {
            size_t words = binary_words(len);
            dst[0] = make_header(SUB_HEAPBIN, words);
            dst[words] = 0;
            dst[1] = len;
            memcpy(dst + 2, src, len);
            c->top += 1 + words;
        }
        break;
    }
    case SUB_REFBIN:
        memcpy(dst, p, 4 * sizeof *dst);
        __atomic_add_fetch(&((bl_binblock *)(uintptr_t)p[1])->refc, 1, __ATOMIC_RELAXED);
        dst[3] = (bl_term)(uintptr_t)*c->offheap;
        *c->offheap = dst;
        c->top += 4;
        break;
    default:
        memcpy(dst, p, (1 + n) * sizeof *dst);
        c->top += 1 + n;
    }
    return make_boxed(dst);
}

/* Words after a header that hold raw data (as the collector sees them). */
static size_t copy_raw_words(bl_term hdr) {
    switch (header_subtag(hdr)) {
    case SUB_TUPLE:
    case SUB_MAP:
    case SUB_HASHMAP:
    case SUB_HAMT_NODE:
    case SUB_SUBBIN: return 0;
    case SUB_FUN: return 1;
    default: return header_arity(hdr);
    }
}

bl_term copy_term(bl_term t, bl_term *hp, bl_term **offheap) {
    size_t flat = copy_flat_words(t);
    if (flat) return copy_flat(t, hp, flat);
    copy_state c = {hp, hp, offheap};
    bl_term root = copy_shallow(&c, t);
    for (bl_term *scan = hp; scan < c.top;) {
        bl_term w = *scan;
        if (is_header(w)) {
            scan += 1 + copy_raw_words(w);
        } else {
            *scan = copy_shallow(&c, w);
            scan++;
        }
    }
    return root;
}

/* --- slabs of small blocks --- */

static void slab_link(bl_frag_cache *c, bl_frag_slab *s) {
    s->prev = NULL;
    s->next = c->partial;
    if (c->partial) c->partial->prev = s;
    c->partial = s;
    s->listed = true;
}

static void slab_unlink(bl_frag_cache *c, bl_frag_slab *s) {
    if (s->prev) s->prev->next = s->next;
    else c->partial = s->next;
    if (s->next) s->next->prev = s->prev;
    s->listed = false;
}

static bl_fragment *slab_take(bl_frag_cache *c) {
    bl_frag_slab *s = c->partial;
    if (!s) {
        s = malloc(sizeof *s + FRAG_SLAB_BLOCKS * FRAG_BLOCK_BYTES);
        if (!s) return NULL;
        s->cache = c;
        s->used = 0;
        s->free = NULL;
        for (size_t i = FRAG_SLAB_BLOCKS; i-- > 0;) {
            bl_fragment *f = (bl_fragment *)(s->blocks + i * FRAG_BLOCK_BYTES);
            f->next = s->free;
            s->free = f;
        }
        slab_link(c, s);
        c->spare++;
    }
    bl_fragment *f = s->free;
    s->free = f->next;
    if (s->used++ == 0) c->spare--;
    if (!s->free) slab_unlink(c, s);
    f->slab = s;
    return f;
}

static void slab_give(bl_fragment *f) {
    bl_frag_slab *s = f->slab;
    bl_frag_cache *c = s->cache;
    f->next = s->free;
    s->free = f;
    if (!s->listed) slab_link(c, s);
    if (--s->used == 0) {
        if (c->spare < FRAG_SLAB_SPARE) {
            c->spare++;
        } else {
            slab_unlink(c, s);
            free(s);
        }
    }
}

void frag_recycle(bl_fragment *f) {
    if (f->slab) slab_give(f);
    else free(f);
}

void frag_cache_free(bl_frag_cache *cache) {
    for (bl_frag_slab *s = cache->partial, *next; s; s = next) {
        next = s->next;
        free(s);
    }
    cache->partial = NULL;
    cache->spare = 0;
}

void node_cache_free(bl_node_cache *cache) {
    for (bl_message *msg = cache->head, *next; msg; msg = next) {
        next = msg->next;
        free(msg);
    }
    cache->head = NULL;
    cache->count = 0;
}

static bl_message *mbox_copy_into(bl_fragment *f, size_t words, bl_term t) {
    f->next = NULL;
    f->offheap = NULL;
    f->words = words;
    bl_message *msg = &f->msg;
    msg->next = NULL;
    msg->term = copy_term(t, f->data, &f->offheap);
    msg->frag = f;
    return msg;
}

bl_message *mbox_copy_message_cached(bl_frag_cache *cache, bl_term t, size_t words) {
    if (words > FRAG_SMALL_WORDS) return mbox_copy_message(t);
    bl_fragment *f = slab_take(cache);
    if (!f) return NULL;
    return mbox_copy_into(f, words, t);
}

bl_message *mbox_copy_message(bl_term t) {
    if (is_immed(t)) {
        bl_message *msg = malloc(sizeof *msg);
        if (!msg) return NULL;
        msg->next = NULL;
        msg->frag = NULL;
        msg->term = t;
        return msg;
    }
    size_t words = copy_size(t);
    if (words == SIZE_MAX) return NULL;
    bl_fragment *f = malloc(sizeof *f + words * sizeof(bl_term));
    if (!f) return NULL;
    f->slab = NULL;
    return mbox_copy_into(f, words, t);
}
