/* atom.c — the per-VM atom table (see atom.h). */
#include "atom.h"

#include <stdlib.h>
#include <string.h>

static uint32_t atom_hash(const char *s, size_t len) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static atom_entry *atom_slot_entry(atom_table *t, uint32_t i) {
    return &t->chunks[i >> ATOM_CHUNK_BITS][i & (ATOM_CHUNK_SIZE - 1)];
}

static int atom_rehash(atom_table *t, uint32_t nslots) {
    uint32_t *slots = calloc(nslots, sizeof *slots);
    if (!slots) return -1;
    for (uint32_t i = 0; i < t->count; i++) {
        const atom_entry *a = atom_slot_entry(t, i);
        uint32_t j = atom_hash(a->name, a->len) & (nslots - 1);
        while (slots[j]) j = (j + 1) & (nslots - 1);
        slots[j] = i + 1;
    }
    free(t->slots);
    t->slots = slots;
    t->nslots = nslots;
    return 0;
}

int atom_table_init(atom_table *t) {
    memset(t, 0, sizeof *t);
    if (pthread_mutex_init(&t->lock, NULL) != 0) return -1;
    if (atom_rehash(t, 1024) != 0) return -1;
    static const char *const predefined[] = {
#define ATOM_NAME(id, name) name,
        ATOM_LIST(ATOM_NAME)
#undef ATOM_NAME
    };
    for (size_t i = 0; i < sizeof predefined / sizeof *predefined; i++)
        if (atom_intern(t, predefined[i], strlen(predefined[i])) == THE_NON_VALUE) return -1;
    return 0;
}

void atom_table_free(atom_table *t) {
    for (uint32_t i = 0; i < t->count; i++) free(atom_slot_entry(t, i)->name);
    for (uint32_t c = 0; c < ATOM_CHUNKS; c++) free(t->chunks[c]);
    free(t->slots);
    pthread_mutex_destroy(&t->lock);
    memset(t, 0, sizeof *t);
}

/* The caller holds the lock. */
static bl_term atom_find_locked(atom_table *t, const char *name, size_t len) {
    uint32_t j = atom_hash(name, len) & (t->nslots - 1);
    while (t->slots[j]) {
        uint32_t i = t->slots[j] - 1;
        const atom_entry *a = atom_slot_entry(t, i);
        if (a->len == len && memcmp(a->name, name, len) == 0) return make_atom(i);
        j = (j + 1) & (t->nslots - 1);
    }
    return THE_NON_VALUE;
}

bl_term atom_lookup(atom_table *t, const char *name, size_t len) {
    pthread_mutex_lock(&t->lock);
    bl_term found = atom_find_locked(t, name, len);
    pthread_mutex_unlock(&t->lock);
    return found;
}

static bl_term atom_add_locked(atom_table *t, const char *name, size_t len, uint32_t limit) {
    if (t->count >= limit || len > ATOM_MAX_BYTES) return THE_NON_VALUE;
    uint32_t chunk = t->count >> ATOM_CHUNK_BITS;
    if (!t->chunks[chunk]) {
        t->chunks[chunk] = malloc(ATOM_CHUNK_SIZE * sizeof(atom_entry));
        if (!t->chunks[chunk]) return THE_NON_VALUE;
    }
    if ((t->count + 1) * 2 > t->nslots && atom_rehash(t, t->nslots * 2) != 0) return THE_NON_VALUE;
    char *copy = malloc(len + 1);
    if (!copy) return THE_NON_VALUE;
    memcpy(copy, name, len);
    copy[len] = '\0';
    uint32_t i = t->count;
    atom_entry *a = atom_slot_entry(t, i);
    a->name = copy;
    a->len = (uint32_t)len;
    __atomic_store_n(&t->count, i + 1, __ATOMIC_RELEASE);
    uint32_t j = atom_hash(name, len) & (t->nslots - 1);
    while (t->slots[j]) j = (j + 1) & (t->nslots - 1);
    t->slots[j] = i + 1;
    return make_atom(i);
}

static bl_term atom_intern_within(atom_table *t, const char *name, size_t len, uint32_t limit) {
    pthread_mutex_lock(&t->lock);
    bl_term found = atom_find_locked(t, name, len);
    if (found == THE_NON_VALUE) found = atom_add_locked(t, name, len, limit);
    pthread_mutex_unlock(&t->lock);
    return found;
}

bl_term atom_intern(atom_table *t, const char *name, size_t len) {
    return atom_intern_within(t, name, len, ATOM_TABLE_LIMIT);
}

bl_term atom_intern_reserved(atom_table *t, const char *name, size_t len) {
    return atom_intern_within(t, name, len, ATOM_TABLE_LIMIT + ATOM_RESERVE);
}
