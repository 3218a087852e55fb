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

static int atom_rehash(atom_table *t, uint32_t nslots) {
    uint32_t *slots = calloc(nslots, sizeof *slots);
    if (!slots) return -1;
    for (uint32_t i = 0; i < t->count; i++) {
        uint32_t j = atom_hash(t->names[i], t->lens[i]) & (nslots - 1);
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
    for (uint32_t i = 0; i < t->count; i++) free(t->names[i]);
    free(t->names);
    free(t->lens);
    free(t->slots);
    memset(t, 0, sizeof *t);
}

bl_term atom_lookup(const atom_table *t, const char *name, size_t len) {
    uint32_t j = atom_hash(name, len) & (t->nslots - 1);
    while (t->slots[j]) {
        uint32_t i = t->slots[j] - 1;
        if (t->lens[i] == len && memcmp(t->names[i], name, len) == 0) return make_atom(i);
        j = (j + 1) & (t->nslots - 1);
    }
    return THE_NON_VALUE;
}

bl_term atom_intern(atom_table *t, const char *name, size_t len) {
    bl_term found = atom_lookup(t, name, len);
    if (found != THE_NON_VALUE) return found;
    if (t->count >= ATOM_TABLE_LIMIT || len > ATOM_MAX_BYTES) return THE_NON_VALUE;
    if (t->count == t->cap) {
        uint32_t cap = t->cap ? t->cap * 2 : 256;
        char **names = realloc(t->names, cap * sizeof *names);
        if (!names) return THE_NON_VALUE;
        t->names = names;
        uint32_t *lens = realloc(t->lens, cap * sizeof *lens);
        if (!lens) return THE_NON_VALUE;
        t->lens = lens;
        t->cap = cap;
    }
    if ((t->count + 1) * 2 > t->nslots && atom_rehash(t, t->nslots * 2) != 0) return THE_NON_VALUE;
    char *copy = malloc(len + 1);
    if (!copy) return THE_NON_VALUE;
    memcpy(copy, name, len);
    copy[len] = '\0';
    uint32_t i = t->count++;
    t->names[i] = copy;
    t->lens[i] = (uint32_t)len;
    uint32_t j = atom_hash(name, len) & (t->nslots - 1);
    while (t->slots[j]) j = (j + 1) & (t->nslots - 1);
    t->slots[j] = i + 1;
    return make_atom(i);
}
