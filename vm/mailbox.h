/*
 * mailbox.h — messages and the mailbox of a process.
 *
 * A message is always a copy, kept in one of two places:
 *
 *  - in the receiver's heap, while that has room and the queue is short
 *    (MBOX_ONHEAP_QUEUE): the sender copies the term there and links a
 *    bare node onto the queue, and the receiver's collector treats such
 *    queued terms as roots;
 *  - otherwise in a block of the sender's making (a fragment: the whole
 *    term, with its own list of off-heap binaries).  Unmatched messages
 *    stay in their fragments, which the collector does not move.  When
 *    one is received, its fragment is attached to the receiver, and the
 *    receiver's next collection copies what is still live out of it and
 *    frees it ("absorbs" it).
 *
 * The queue keeps a save pointer: the message the current receive looks
 * at next, so a receive that waits again does not re-scan messages it
 * already rejected.
 */
#ifndef BL_MAILBOX_H
#define BL_MAILBOX_H

#include <stdlib.h>

#include "term.h"

typedef struct bl_fragment bl_fragment;

typedef struct bl_message {
    struct bl_message *next;
    bl_term term;
    bl_fragment *frag; /* the block it lives in; NULL for an immediate or a term in the receiver's heap */
} bl_message;

typedef struct bl_frag_slab bl_frag_slab;

/* One block holds a message and the copy of its term.  After the message
 * is received the block stays attached to the receiver until its next
 * collection. */
struct bl_fragment {
    struct bl_fragment *next;
    bl_term *offheap;   /* REFBIN objects in this fragment, as in a process */
    size_t words;
    bl_frag_slab *slab; /* where a small block came from; NULL: malloc'd alone */
    bl_message msg;
    bl_term data[];
};

/* A process that receives many messages in blocks but allocates little
 * would hold them all until it happened to collect; instead a receive
 * collects once the blocks it holds reach this many words and its heap's
 * size.  (Nothing is in an x register at a receive, which is where the
 * check is made.) */
#define RECV_GC_WORDS 2048
#define FRAG_OWN_WORDS (sizeof(bl_fragment) / sizeof(bl_term))

/* Blocks of small messages (up to FRAG_SMALL_WORDS words) come from
 * slabs of FRAG_SLAB_BLOCKS blocks, a scheduler's own, touched only by
 * its thread.  A fan-in can queue hundreds of thousands of messages
 * before the receiver takes any, so no fixed-size cache of blocks keeps
 * up; slabs make a block a pointer pop, and a slab whose blocks have all
 * come back is freed (past a few kept spare).  Every slab with a free
 * block is on the cache's list. */
#define FRAG_SMALL_WORDS 8
#define FRAG_SLAB_BLOCKS 64
#define FRAG_SLAB_SPARE 4
#define FRAG_BLOCK_BYTES (sizeof(bl_fragment) + FRAG_SMALL_WORDS * sizeof(bl_term))

typedef struct {
    bl_frag_slab *partial; /* slabs with a free block */
    uint32_t spare;        /* of those, the ones with every block free */
} bl_frag_cache;

struct bl_frag_slab {
    bl_frag_slab *prev, *next; /* on the cache's list, while `listed` */
    bl_frag_cache *cache;
    bl_fragment *free;
    uint32_t used;
    bool listed;
    _Alignas(16) unsigned char blocks[];
};

/* Nodes of messages kept in the receiver's heap, or of immediates: a
 * scheduler's free list, refilled by every receive. */
#define NODE_CACHE_MAX 4096
typedef struct {
    bl_message *head;
    uint32_t count;
} bl_node_cache;

/* A message is copied straight into its receiver's heap only while the
 * receiver has fewer than this many messages queued.  Those messages are
 * roots for the receiver's collector, which finds them by walking the
 * queue from its head; with this bound the walk stops early however long
 * the queue grows behind them (a message's position only ever falls). */
#define MBOX_ONHEAP_QUEUE 16

typedef struct {
    bl_message *head;
    bl_message **tail;  /* where the next message is linked */
    bl_message **save;  /* the link to the message the receive examines next */
    uint32_t len;
    uint32_t onheap;    /* queued messages whose term is in the owner's heap */
} bl_mailbox;

void mbox_init(bl_mailbox *m);
/* Frees every queued message (the process is gone). */
void mbox_free(bl_mailbox *m);

/* A message holding a copy of `t`; NULL when memory runs out. */
bl_message *mbox_copy_message(bl_term t);
/* The same for a term that is not an immediate and whose copy_size is
 * `words`, in a block from `cache`'s slabs when it is small. */
bl_message *mbox_copy_message_cached(bl_frag_cache *cache, bl_term t, size_t words);
/* A message node with no block: an immediate, or a term the caller puts
 * in the receiver's heap; and gives one back. */
static inline bl_message *node_take(bl_node_cache *cache) {
    bl_message *msg = cache->head;
    if (msg) {
        cache->head = msg->next;
        cache->count--;
    } else if (!(msg = malloc(sizeof *msg))) {
        return NULL;
    }
    msg->next = NULL;
    msg->frag = NULL;
    return msg;
}

static inline void node_recycle(bl_node_cache *cache, bl_message *msg) {
    if (cache->count < NODE_CACHE_MAX) {
        msg->next = cache->head;
        cache->head = msg;
        cache->count++;
    } else {
        free(msg);
    }
}

void node_cache_free(bl_node_cache *cache);
/* Whether a queued message's term lives in its receiver's heap. */
static inline bool msg_on_heap(const bl_message *msg) { return !msg->frag && !is_immed(msg->term); }
/* Gives back a block whose off-heap binaries are already dealt with (to
 * its slab, or to malloc); and frees a cache's slabs, once every block
 * has come back. */
void frag_recycle(bl_fragment *f);
void frag_cache_free(bl_frag_cache *cache);
void mbox_enqueue(bl_mailbox *m, bl_message *msg);
/* Unlinks the message at the save pointer, resets the save pointer to the
 * start and returns it (its fragment now belongs to the caller). */
bl_message *mbox_remove_current(bl_mailbox *m);

void frag_free(bl_fragment *f); /* releases its off-heap binaries too */
/* Frees a message that will never be received, with its block. */
void msg_free(bl_message *msg);

/* A term held in one object of its own that refers to nothing else, such
 * as the common message (a tuple of immediates), a fun capturing only
 * immediates, a reference, a float or a small binary, is copied word for
 * word: its size in words, or 0 for any other term. */
static inline size_t copy_flat_words(bl_term t) {
    if (!is_boxed(t)) return 0;
    const bl_term *obj = boxed_ptr(t);
    bl_uword n = header_arity(obj[0]), first_term;
    switch (header_subtag(obj[0])) {
    case SUB_TUPLE: first_term = 1; break;
    case SUB_FUN: first_term = 2; break; /* word 1 is the lambda */
    case SUB_FLOAT:
    case SUB_POSBIG:
    case SUB_NEGBIG:
    case SUB_EXPORT:
    case SUB_HEAPBIN:
    case SUB_REF: return 1 + n; /* raw words only */
    default: return 0;
    }
    for (bl_uword i = first_term; i <= n; i++)
        if (!is_immed(obj[i])) return 0;
    return 1 + n;
}

/* Copies a term copy_flat_words found to be `words` words into hp. */
static inline bl_term copy_flat(bl_term t, bl_term *hp, size_t words) {
    const bl_term *src = boxed_ptr(t);
    for (size_t i = 0; i < words; i++) hp[i] = src[i];
    return make_boxed(hp);
}

/* Words a deep copy of `t` needs (sharing is not preserved); SIZE_MAX
 * when the term is too large to copy. */
size_t copy_size(bl_term t);
/* Deep-copies `t` into hp (copy_size(t) words), linking off-heap binaries
 * into *offheap; returns the copy. */
bl_term copy_term(bl_term t, bl_term *hp, bl_term **offheap);

#endif
