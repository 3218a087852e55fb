/* emit.c — the bytecode writer (see emit.h). */
#include "emit.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define EMIT_GROW(m, arr, n, cap)                                          \
    do {                                                                   \
        if ((n) == (cap)) {                                                \
            size_t newcap_ = (cap) ? (size_t)(cap) * 2 : 16;               \
            void *p_ = realloc((arr), newcap_ * sizeof *(arr));            \
            if (!p_) {                                                     \
                (m)->oom = 1;                                              \
                abort_grow_ = 1;                                           \
            } else {                                                       \
                (arr) = p_;                                                \
                (cap) = (uint32_t)newcap_;                                 \
            }                                                              \
        }                                                                  \
    } while (0)

void emit_bytes_byte(emit_bytes *b, unsigned char c) { emit_bytes_write(b, &c, 1); }

void emit_bytes_write(emit_bytes *b, const void *p, size_t n) {
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n) cap *= 2;
        unsigned char *d = realloc(b->data, cap);
        if (!d) return; /* the short result fails verification; emit_write checks oom */
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

void emit_bytes_varint(emit_bytes *b, uint64_t v) {
    do {
        unsigned char c = v & 0x7F;
        v >>= 7;
        if (v) c |= 0x80;
        emit_bytes_byte(b, c);
    } while (v);
}

void emit_bytes_svarint(emit_bytes *b, int64_t v) {
    emit_bytes_varint(b, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

void emit_init(emit_module *m, const char *module_name, size_t len, const char *file) {
    memset(m, 0, sizeof *m);
    emit_atom(m, module_name, len);
    m->file = strdup(file ? file : "nofile");
    if (!m->file) m->oom = 1;
}

void emit_free(emit_module *m) {
    for (uint32_t i = 0; i < m->natoms; i++) free(m->atoms[i]);
    free(m->atoms);
    free(m->atom_lens);
    for (uint32_t i = 0; i < m->nliterals; i++) free(m->literals[i].data);
    free(m->literals);
    free(m->imports);
    free(m->exports);
    free(m->lambdas);
    for (uint32_t i = 0; i < m->ncode; i++) free(m->code[i].ops);
    free(m->code);
    free(m->frame_sizes);
    free(m->struct_fields);
    free(m->file);
    memset(m, 0, sizeof *m);
}

uint32_t emit_atom(emit_module *m, const char *name, size_t len) {
    for (uint32_t i = 0; i < m->natoms; i++)
        if (m->atom_lens[i] == len && memcmp(m->atoms[i], name, len) == 0) return i;
    int abort_grow_ = 0;
    if (m->natoms == m->atoms_cap) {
        uint32_t cap = m->atoms_cap ? m->atoms_cap * 2 : 32;
        char **a = realloc(m->atoms, cap * sizeof *a);
        size_t *l = a ? realloc(m->atom_lens, cap * sizeof *l) : NULL;
        if (a) m->atoms = a;
        if (l) m->atom_lens = l;
        if (!a || !l) abort_grow_ = m->oom = 1;
        else m->atoms_cap = cap;
    }
    char *copy = abort_grow_ ? NULL : malloc(len + 1);
    if (!copy) {
        m->oom = 1;
        return 0;
    }
    memcpy(copy, name, len);
    copy[len] = '\0';
    m->atoms[m->natoms] = copy;
    m->atom_lens[m->natoms] = len;
    return m->natoms++;
}

uint32_t emit_import_atoms(emit_module *m, uint32_t mod, uint32_t fun, uint32_t arity) {
    for (uint32_t i = 0; i < m->nimports; i++)
        if (m->imports[i][0] == mod && m->imports[i][1] == fun && m->imports[i][2] == arity) return i;
    int abort_grow_ = 0;
    EMIT_GROW(m, m->imports, m->nimports, m->imports_cap);
    if (abort_grow_) return 0;
    m->imports[m->nimports][0] = mod;
    m->imports[m->nimports][1] = fun;
    m->imports[m->nimports][2] = arity;
    return m->nimports++;
}

uint32_t emit_import(emit_module *m, const char *mod, const char *fun, uint32_t arity) {
    return emit_import_atoms(m, emit_atom(m, mod, strlen(mod)), emit_atom(m, fun, strlen(fun)), arity);
}

void emit_export(emit_module *m, uint32_t fun, uint32_t arity, uint32_t label) {
    int abort_grow_ = 0;
    EMIT_GROW(m, m->exports, m->nexports, m->exports_cap);
    if (abort_grow_) return;
    m->exports[m->nexports][0] = fun;
    m->exports[m->nexports][1] = arity;
    m->exports[m->nexports][2] = label;
    m->nexports++;
}

uint32_t emit_lambda(emit_module *m, uint32_t fun, uint32_t fun_arity, uint32_t arity, uint32_t nfree,
                     uint32_t label) {
    int abort_grow_ = 0;
    EMIT_GROW(m, m->lambdas, m->nlambdas, m->lambdas_cap);
    if (abort_grow_) return 0;
    uint32_t *l = m->lambdas[m->nlambdas];
    l[0] = fun;
    l[1] = fun_arity;
    l[2] = arity;
    l[3] = nfree;
    l[4] = label;
    return m->nlambdas++;
}

uint32_t emit_new_label(emit_module *m) { return ++m->nlabels; }

emit_bytes *emit_literal_begin(emit_module *m, uint32_t *index) {
    int abort_grow_ = 0;
    EMIT_GROW(m, m->literals, m->nliterals, m->literals_cap);
    if (abort_grow_) return NULL;
    *index = m->nliterals;
    emit_bytes *b = &m->literals[m->nliterals++];
    memset(b, 0, sizeof *b);
    return b;
}

static bool emit_same_operand(const emit_operand *a, const emit_operand *b) {
    return a->tag == b->tag && a->value == b->value;
}

void emit_op_list(emit_module *m, bl_opcode op, const emit_operand *ops, int nops) {
    /* `move a, b` right after `move b, a` (nothing in between, not even a
     * label) changes nothing: b already holds a's value. */
    if (op == OP_move && m->ncode && m->code[m->ncode - 1].op == OP_move) {
        const emit_operand *prev = m->code[m->ncode - 1].ops;
        if (emit_same_operand(&prev[0], &ops[1]) && emit_same_operand(&prev[1], &ops[0])) return;
    }
    int abort_grow_ = 0;
    EMIT_GROW(m, m->code, m->ncode, m->code_cap);
    if (abort_grow_) return;
    emit_instr *in = &m->code[m->ncode];
    in->op = (uint8_t)op;
    in->nops = (uint16_t)nops;
    in->ops = nops ? malloc((size_t)nops * sizeof *in->ops) : NULL;
    if (nops && !in->ops) {
        m->oom = 1;
        return;
    }
    if (nops) memcpy(in->ops, ops, (size_t)nops * sizeof *ops);
    m->ncode++;
}

uint32_t emit_function_frame(emit_module *m) {
    int abort_grow_ = 0;
    EMIT_GROW(m, m->frame_sizes, m->nframes, m->frames_cap);
    if (abort_grow_) return 0;
    m->frame_sizes[m->nframes] = 0;
    return m->nframes++;
}

void emit_set_frame(emit_module *m, uint32_t frame_index, uint32_t size) {
    if (frame_index < m->nframes) m->frame_sizes[frame_index] = size;
}

static void emit_section(emit_bytes *file, const char *id, const emit_bytes *payload) {
    emit_bytes_write(file, id, 4);
    unsigned char len[4] = {(unsigned char)payload->len, (unsigned char)(payload->len >> 8),
                            (unsigned char)(payload->len >> 16), (unsigned char)(payload->len >> 24)};
    emit_bytes_write(file, len, 4);
    if (payload->len) emit_bytes_write(file, payload->data, payload->len);
}

static void emit_code_section(emit_module *m, emit_bytes *b) {
    emit_bytes_varint(b, m->nlabels + 1);
    uint32_t frame_index = 0;
    int seen_function = 0;
    for (uint32_t i = 0; i < m->ncode; i++) {
        emit_instr *in = &m->code[i];
        if (in->op == OP_func_info) {
            if (seen_function) frame_index++;
            seen_function = 1;
        }
        emit_bytes_byte(b, in->op);
        for (uint16_t k = 0; k < in->nops; k++) {
            emit_operand o = in->ops[k];
            if (o.tag == EMIT_TAG_FRAME) o = opnd(BC_U, frame_index < m->nframes ? m->frame_sizes[frame_index] : 0);
            emit_bytes_byte(b, o.tag);
            if (o.tag == BC_INT) emit_bytes_svarint(b, o.value);
            else emit_bytes_varint(b, (uint64_t)o.value);
        }
    }
}

int emit_write(emit_module *m, unsigned char **out, size_t *len) {
    emit_bytes sec[8] = {{0}};
    emit_bytes_varint(&sec[0], m->natoms);
    for (uint32_t i = 0; i < m->natoms; i++) {
        emit_bytes_varint(&sec[0], m->atom_lens[i]);
        emit_bytes_write(&sec[0], m->atoms[i], m->atom_lens[i]);
    }
    emit_bytes_varint(&sec[1], m->nimports);
    for (uint32_t i = 0; i < m->nimports; i++)
        for (int k = 0; k < 3; k++) emit_bytes_varint(&sec[1], m->imports[i][k]);
    emit_bytes_varint(&sec[2], m->nexports);
    for (uint32_t i = 0; i < m->nexports; i++)
        for (int k = 0; k < 3; k++) emit_bytes_varint(&sec[2], m->exports[i][k]);
    emit_bytes_varint(&sec[3], m->nlambdas);
    for (uint32_t i = 0; i < m->nlambdas; i++)
        for (int k = 0; k < 5; k++) emit_bytes_varint(&sec[3], m->lambdas[i][k]);
    emit_bytes_varint(&sec[4], m->nliterals);
    for (uint32_t i = 0; i < m->nliterals; i++) emit_bytes_write(&sec[4], m->literals[i].data, m->literals[i].len);
    emit_bytes_byte(&sec[5], m->is_struct ? 1 : 0);
    emit_bytes_varint(&sec[5], m->nstruct_fields);
    for (uint32_t i = 0; i < m->nstruct_fields; i++) emit_bytes_varint(&sec[5], m->struct_fields[i]);
    emit_bytes_varint(&sec[6], strlen(m->file));
    emit_bytes_write(&sec[6], m->file, strlen(m->file));
    emit_code_section(m, &sec[7]);

    emit_bytes file = {0};
    emit_bytes_write(&file, BC_MAGIC, 4);
    unsigned char hdr[12] = {BC_VERSION & 0xFF, BC_VERSION >> 8, 0, 0};
    emit_bytes_write(&file, hdr, 12);
    static const char *const ids[8] = {"ATOM", "IMPT", "EXPT", "LAMB", "LITS", "STRC", "FILE", "CODE"};
    for (int i = 0; i < 8; i++) {
        emit_section(&file, ids[i], &sec[i]);
        free(sec[i].data);
    }
    if (!file.data || m->oom) {
        free(file.data);
        return -1;
    }
    uint32_t total = (uint32_t)file.len;
    for (int k = 0; k < 4; k++) file.data[12 + k] = (unsigned char)(total >> (8 * k));
    uint32_t crc = bc_crc32(file.data + 12, file.len - 12);
    for (int k = 0; k < 4; k++) file.data[8 + k] = (unsigned char)(crc >> (8 * k));
    *out = file.data;
    *len = file.len;
    return 0;
}
