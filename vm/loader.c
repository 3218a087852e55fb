/*
 * loader.c — bytecode verification and translation to threaded code.
 *
 * The loader works in two passes over the CODE section.  The first decodes
 * every instruction, checks each operand against the opcode's format from
 * opcodes.h (kind, range, register bounds) and records where each label
 * lands.  The second writes the threaded words, now that every label has an
 * address.  Any defect stops the load with a message; a module is only
 * registered (its exports made callable) once everything succeeded.
 */
#include "loader.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "bif.h"
#include "bytecode.h"
#include "map.h"
#include "opcodes.h"

typedef struct {
    const unsigned char *p, *end;
    bool bad;
} ld_reader;

typedef struct {
    bl_vm *vm;
    const char *name;
    char *error; /* first defect found */
    bl_module *m;
    bl_term *atoms;
    uint32_t natoms;
    uint32_t nlabels;
    size_t *label_at; /* label -> threaded code index, SIZE_MAX if undefined */
    uint32_t *label_func; /* label -> the function (count of func_info before it, from 1) it is in */
    bool *label_entry;    /* label -> it is a function's entry: right after func_info */
    uint32_t *expt_fun, *expt_arity, *expt_label;
    uint32_t nexports;
    uint32_t *lambda_label;
    ld_reader code;
} ld_state;

static void ld_fail(ld_state *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void ld_fail(ld_state *s, const char *fmt, ...) {
    if (s->error) return;
    va_list ap;
    va_start(ap, fmt);
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    size_t n = strlen(s->name) + strlen(msg) + 3;
    s->error = malloc(n);
    if (s->error) snprintf(s->error, n, "%s: %s", s->name, msg);
}

static uint64_t ld_varint(ld_reader *r) {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (r->p >= r->end) {
            r->bad = true;
            return 0;
        }
        unsigned char b = *r->p++;
        v |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) return v;
    }
    r->bad = true;
    return 0;
}

static int64_t ld_svarint(ld_reader *r) {
    uint64_t u = ld_varint(r);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

static uint32_t ld_u32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static const unsigned char *ld_bytes(ld_reader *r, size_t n) {
    if ((size_t)(r->end - r->p) < n) {
        r->bad = true;
        return NULL;
    }
    const unsigned char *b = r->p;
    r->p += n;
    return b;
}

/* A count that must be plausible for the bytes left (each item >= 1 byte). */
static uint32_t ld_count(ld_state *s, ld_reader *r, const char *what) {
    uint64_t n = ld_varint(r);
    if (r->bad || n > (uint64_t)(r->end - r->p) || n > 0xFFFFFFu) {
        ld_fail(s, "%s count %llu is out of range", what, (unsigned long long)n);
        return 0;
    }
    return (uint32_t)n;
}

static bl_term ld_atom(ld_state *s, ld_reader *r) {
    uint64_t i = ld_varint(r);
    if (r->bad || i >= s->natoms) {
        ld_fail(s, "atom index %llu out of range", (unsigned long long)i);
        return A_NIL;
    }
    return s->atoms[i];
}

/* --- sections --- */

static void ld_read_atoms(ld_state *s, ld_reader *r) {
    s->natoms = ld_count(s, r, "atom");
    if (s->natoms == 0) {
        ld_fail(s, "no atoms (the module name is atom 0)");
        return;
    }
    s->atoms = calloc(s->natoms, sizeof *s->atoms);
    if (!s->atoms) return ld_fail(s, "out of memory");
    for (uint32_t i = 0; i < s->natoms && !s->error; i++) {
        uint64_t len = ld_varint(r);
        const unsigned char *b = ld_bytes(r, (size_t)len);
        if (r->bad) return ld_fail(s, "truncated atom table");
        bl_term a = s->vm->loading_image ? atom_intern_reserved(&s->vm->atoms, (const char *)b, (size_t)len)
                                         : atom_intern(&s->vm->atoms, (const char *)b, (size_t)len);
        if (a == THE_NON_VALUE) return ld_fail(s, "atom %u: system_limit (too long or too many atoms)", i);
        s->atoms[i] = a;
    }
    s->m->name = s->atoms[0];
}

static void ld_read_imports(ld_state *s, ld_reader *r) {
    bl_module *m = s->m;
    m->nimports = ld_count(s, r, "import");
    m->imports = calloc(m->nimports + 1, sizeof *m->imports);
    if (!m->imports) return ld_fail(s, "out of memory");
    for (uint32_t i = 0; i < m->nimports && !s->error; i++) {
        bl_term mod = ld_atom(s, r), fun = ld_atom(s, r);
        uint64_t arity = ld_varint(r);
        if (r->bad || arity > MAX_ARITY) return ld_fail(s, "import %u: bad arity", i);
        m->imports[i] = vm_export_get(s->vm, mod, fun, (uint32_t)arity);
        if (!m->imports[i]) return ld_fail(s, "out of memory");
    }
}

static void ld_read_exports(ld_state *s, ld_reader *r) {
    s->nexports = ld_count(s, r, "export");
    s->expt_fun = calloc(s->nexports + 1, sizeof(uint32_t));
    s->expt_arity = calloc(s->nexports + 1, sizeof(uint32_t));
    s->expt_label = calloc(s->nexports + 1, sizeof(uint32_t));
    if (!s->expt_fun || !s->expt_arity || !s->expt_label) return ld_fail(s, "out of memory");
    for (uint32_t i = 0; i < s->nexports && !s->error; i++) {
        s->expt_fun[i] = atom_index(ld_atom(s, r));
        uint64_t arity = ld_varint(r), label = ld_varint(r);
        if (r->bad || arity > MAX_ARITY) return ld_fail(s, "export %u: bad arity", i);
        s->expt_arity[i] = (uint32_t)arity;
        s->expt_label[i] = (uint32_t)(label > 0xFFFFFFFFu ? 0 : label);
    }
}

static void ld_read_lambdas(ld_state *s, ld_reader *r) {
    bl_module *m = s->m;
    m->nlambdas = ld_count(s, r, "lambda");
    m->lambdas = calloc(m->nlambdas + 1, sizeof *m->lambdas);
    s->lambda_label = calloc(m->nlambdas + 1, sizeof(uint32_t));
    if (!m->lambdas || !s->lambda_label) return ld_fail(s, "out of memory");
    uint32_t uniq = bc_crc32((const unsigned char *)atom_name(&s->vm->atoms, m->name),
                             atom_len(&s->vm->atoms, m->name)) & 0x7FFFFFF;
    for (uint32_t i = 0; i < m->nlambdas && !s->error; i++) {
        bl_lambda *l = &m->lambdas[i];
        l->module = m;
        l->index = i;
        l->uniq = uniq;
        l->fun_name = ld_atom(s, r);
        uint64_t fun_arity = ld_varint(r), arity = ld_varint(r), nfree = ld_varint(r),
                 label = ld_varint(r);
        if (r->bad || fun_arity > MAX_ARITY || arity > MAX_ARITY || nfree > MAX_ARITY ||
            arity + nfree > MAX_ARITY)
            return ld_fail(s, "lambda %u: bad arity", i);
        l->fun_arity = (uint32_t)fun_arity;
        l->arity = (uint32_t)arity;
        l->nfree = (uint32_t)nfree;
        s->lambda_label[i] = (uint32_t)(label > 0xFFFFFFFFu ? 0 : label);
    }
}

/* Literals: a sizing pass that validates, then a building pass. */
static size_t ld_literal_size(ld_state *s, ld_reader *r, int depth) {
    if (depth > BC_MAX_LITERAL_DEPTH) {
        ld_fail(s, "literal nested too deeply");
        return 0;
    }
    const unsigned char *tagp = ld_bytes(r, 1);
    if (!tagp) return 0;
    switch (*tagp) {
    case LIT_INT: {
        int64_t v = ld_svarint(r);
        return small_fits(v) ? 0 : 2;
    }
    case LIT_FLOAT: ld_bytes(r, 8); return 2;
    case LIT_ATOM: ld_atom(s, r); return 0;
    case LIT_NIL: return 0;
    case LIT_TUPLE: {
        uint32_t n = ld_count(s, r, "tuple");
        size_t words = 1 + n;
        for (uint32_t i = 0; i < n && !r->bad && !s->error; i++) words += ld_literal_size(s, r, depth + 1);
        return words;
    }
    case LIT_LIST: {
        uint32_t n = ld_count(s, r, "list");
        if (n == 0) ld_fail(s, "empty literal list");
        size_t words = 2 * (size_t)n;
        for (uint32_t i = 0; i < n && !r->bad && !s->error; i++) words += ld_literal_size(s, r, depth + 1);
        return words + ld_literal_size(s, r, depth + 1);
    }
    case LIT_BINARY: {
        uint64_t len = ld_varint(r);
        if (r->bad || len > (uint64_t)(r->end - r->p)) {
            r->bad = true;
            return 0;
        }
        ld_bytes(r, (size_t)len);
        return 1 + binary_words((size_t)len);
    }
    case LIT_BIGINT: {
        ld_bytes(r, 1);
        uint32_t n = ld_count(s, r, "limb");
        if (n == 0) ld_fail(s, "bignum without limbs");
        ld_bytes(r, (size_t)n * 8);
        return 1 + n;
    }
    case LIT_MAP: {
        uint32_t n = ld_count(s, r, "map");
        size_t words = 1 + 2 * (size_t)n;
        for (uint32_t i = 0; i < 2 * n && !r->bad && !s->error; i++) words += ld_literal_size(s, r, depth + 1);
        return words;
    }
    case LIT_EXPORT: {
        ld_atom(s, r);
        ld_atom(s, r);
        if (ld_varint(r) > MAX_ARITY) ld_fail(s, "export literal: bad arity");
        return 2;
    }
    default: ld_fail(s, "unknown literal tag %u", *tagp); return 0;
    }
}

/* A literal map of more than 32 keys: its pairs were built in the literal
 * area (where they stay, as filler once the trie refers to them); the trie
 * goes in a block of its own, since its size is only known from the built
 * keys. */
static bl_term ld_literal_trie(ld_state *s, const bl_term *pairs, size_t n) {
    map_builder b;
    if (map_build_plan(s->vm, &b, pairs, n) != 0) {
        map_build_free(&b);
        ld_fail(s, "out of memory");
        return NIL;
    }
    bl_term *block = malloc((1 + b.words) * sizeof *block);
    if (!block) {
        map_build_free(&b);
        ld_fail(s, "out of memory");
        return NIL;
    }
    block[0] = (bl_term)(uintptr_t)s->m->literal_blocks;
    s->m->literal_blocks = block;
    bl_term map = map_build_emit(s->vm, &b, pairs, block + 1);
    map_build_free(&b);
    return map;
}

static bl_term ld_literal_build(ld_state *s, ld_reader *r, bl_term **hp) {
    unsigned char tag = *ld_bytes(r, 1);
    switch (tag) {
    case LIT_INT: {
        int64_t v = ld_svarint(r);
        if (small_fits(v)) return make_small(v);
        bl_term *obj = *hp;
        *hp += 2;
        obj[0] = make_header(v < 0 ? SUB_NEGBIG : SUB_POSBIG, 1);
        obj[1] = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        return make_boxed(obj);
    }
    case LIT_FLOAT: {
        const unsigned char *b = ld_bytes(r, 8);
        uint64_t bits = 0;
        for (int i = 7; i >= 0; i--) bits = bits << 8 | b[i];
        bl_term *obj = *hp;
        *hp += 2;
        obj[0] = make_header(SUB_FLOAT, 1);
        obj[1] = bits;
        return make_boxed(obj);
    }
    case LIT_ATOM: return ld_atom(s, r);
    case LIT_NIL: return NIL;
    case LIT_TUPLE: {
        uint32_t n = (uint32_t)ld_varint(r);
        bl_term *obj = *hp;
        *hp += 1 + n;
        obj[0] = make_header(SUB_TUPLE, n);
        for (uint32_t i = 0; i < n; i++) obj[1 + i] = ld_literal_build(s, r, hp);
        return make_boxed(obj);
    }
    case LIT_LIST: {
        uint32_t n = (uint32_t)ld_varint(r);
        bl_term *cells = *hp;
        *hp += 2 * (size_t)n;
        for (uint32_t i = 0; i < n; i++) {
            cells[2 * i] = ld_literal_build(s, r, hp);
            cells[2 * i + 1] = make_list(&cells[2 * (i + 1)]);
        }
        cells[2 * (n - 1) + 1] = ld_literal_build(s, r, hp);
        return make_list(cells);
    }
    case LIT_BINARY: {
        size_t len = (size_t)ld_varint(r);
        const unsigned char *b = ld_bytes(r, len);
        bl_term *obj = *hp;
        size_t words = binary_words(len);
        *hp += 1 + words;
        obj[0] = make_header(SUB_HEAPBIN, words);
        obj[words] = 0; /* zero the padding */
        obj[1] = len;
        memcpy(obj + 2, b, len);
        return make_boxed(obj);
    }
    case LIT_MAP: {
        uint32_t n = (uint32_t)ld_varint(r);
        bl_term *obj = *hp;
        *hp += 1 + 2 * (size_t)n;
        for (uint32_t i = 0; i < 2 * n; i++) obj[1 + i] = ld_literal_build(s, r, hp);
        if (n > MAP_FLAT_MAX) return ld_literal_trie(s, obj + 1, n);
        size_t m = map_sort_pairs(s->vm, obj + 1, n);
        obj[0] = make_header(SUB_MAP, 2 * m);
        /* Words of dropped duplicates stay as filler inside the literal area,
         * which is never scanned by a collector. */
        return make_boxed(obj);
    }
    case LIT_EXPORT: {
        bl_term mod = ld_atom(s, r), fun = ld_atom(s, r);
        uint32_t arity = (uint32_t)ld_varint(r);
        bl_export *e = vm_export_get(s->vm, mod, fun, arity);
        if (!e) {
            ld_fail(s, "out of memory");
            return NIL;
        }
        bl_term *obj = *hp;
        *hp += 2;
        obj[0] = make_header(SUB_EXPORT, 1);
        obj[1] = (bl_term)(uintptr_t)e;
        return make_boxed(obj);
    }
    default: { /* LIT_BIGINT */
        unsigned char sign = *ld_bytes(r, 1);
        uint32_t n = (uint32_t)ld_varint(r);
        const unsigned char *b = ld_bytes(r, (size_t)n * 8);
        bl_term *obj = *hp;
        *hp += 1 + n;
        obj[0] = make_header(sign ? SUB_NEGBIG : SUB_POSBIG, n);
        for (uint32_t i = 0; i < n; i++) {
            uint64_t limb = 0;
            for (int k = 7; k >= 0; k--) limb = limb << 8 | b[i * 8 + (uint32_t)k];
            obj[1 + i] = limb;
        }
        return make_boxed(obj);
    }
    }
}

static void ld_read_literals(ld_state *s, ld_reader *r) {
    bl_module *m = s->m;
    m->nliterals = ld_count(s, r, "literal");
    ld_reader sizing = *r;
    size_t words = 0;
    for (uint32_t i = 0; i < m->nliterals && !sizing.bad && !s->error; i++)
        words += ld_literal_size(s, &sizing, 0);
    if (sizing.bad) return ld_fail(s, "truncated literal table");
    if (s->error) return;
    m->literals = calloc(m->nliterals + 1, sizeof *m->literals);
    m->literal_heap = malloc((words + 1) * sizeof(bl_term));
    if (!m->literals || !m->literal_heap) return ld_fail(s, "out of memory");
    m->literal_words = words;
    bl_term *hp = m->literal_heap;
    for (uint32_t i = 0; i < m->nliterals; i++) m->literals[i] = ld_literal_build(s, r, &hp);
}

static void ld_read_struct(ld_state *s, ld_reader *r) {
    const unsigned char *flag = ld_bytes(r, 1);
    if (!flag || *flag > 1) return ld_fail(s, "bad STRC section");
    s->m->is_struct = *flag == 1;
    s->m->nstruct_fields = ld_count(s, r, "struct field");
    s->m->struct_fields = calloc(s->m->nstruct_fields + 1, sizeof *s->m->struct_fields);
    if (!s->m->struct_fields) return ld_fail(s, "out of memory");
    for (uint32_t i = 0; i < s->m->nstruct_fields && !s->error; i++) s->m->struct_fields[i] = ld_atom(s, r);
}

static void ld_read_file(ld_state *s, ld_reader *r) {
    uint64_t len = ld_varint(r);
    const unsigned char *b = ld_bytes(r, (size_t)len);
    if (r->bad) return ld_fail(s, "truncated FILE section");
    s->m->file = malloc((size_t)len + 1);
    if (!s->m->file) return ld_fail(s, "out of memory");
    memcpy(s->m->file, b, (size_t)len);
    s->m->file[len] = '\0';
}

/* --- code --- */

typedef struct {
    uint8_t tag;
    uint64_t value;
} ld_operand;

/* Reads an operand's tag and value, unchecked: false at the end of the
 * code. */
static bool ld_next_operand(ld_reader *r, ld_operand *o) {
    const unsigned char *t = ld_bytes(r, 1);
    if (!t) return false;
    o->tag = *t;
    o->value = o->tag == BC_INT ? (uint64_t)ld_svarint(r) : ld_varint(r);
    return !r->bad;
}

static bool ld_read_operand(ld_state *s, ld_reader *r, ld_operand *o) {
    if (!ld_next_operand(r, o)) return false;
    if (o->tag >= BC_TAG_COUNT) {
        ld_fail(s, "unknown operand tag %u", o->tag);
        return false;
    }
    return true;
}

/* Checks one operand against its format letter. */
static bool ld_check_operand(ld_state *s, char kind, const ld_operand *o, uint32_t frame, const char *op) {
    bool ok;
    switch (kind) {
    case 'u': ok = o->tag == BC_U; break;
    case 'x': ok = o->tag == BC_X; break;
    case 'y': ok = o->tag == BC_Y; break;
    case 'd': ok = o->tag == BC_X || o->tag == BC_Y; break;
    case 's': ok = o->tag == BC_X || o->tag == BC_Y || o->tag == BC_INT || o->tag == BC_ATOM ||
                   o->tag == BC_LIT || o->tag == BC_NIL; break;
    case 'l': ok = o->tag == BC_LABEL && o->value != 0; break;
    case 'f': ok = o->tag == BC_LABEL; break;
    case 'a': ok = o->tag == BC_ATOM; break;
    case 'e': ok = o->tag == BC_IMPORT; break;
    case 'F': ok = o->tag == BC_LAMBDA; break;
    case 'L': ok = o->tag == BC_LIST; break;
    default: ok = false;
    }
    if (!ok) {
        ld_fail(s, "%s: operand of kind '%c' has the wrong tag %u", op, kind, o->tag);
        return false;
    }
    const char *what = NULL;
    switch (o->tag) {
    case BC_X: if (o->value >= MAX_X_REGS) what = "x register"; break;
    case BC_Y: if (o->value >= frame) what = "y register (outside the frame)"; break;
    case BC_INT: if (!small_fits((int64_t)o->value)) what = "small integer"; break;
    case BC_ATOM: if (o->value >= s->natoms) what = "atom"; break;
    case BC_LIT: if (o->value >= s->m->nliterals) what = "literal"; break;
    case BC_NIL: if (o->value != 0) what = "[]"; break;
    case BC_LABEL: if (o->value >= s->nlabels) what = "label"; break;
    case BC_IMPORT: if (o->value >= s->m->nimports) what = "import"; break;
    case BC_LAMBDA: if (o->value >= s->m->nlambdas) what = "lambda"; break;
    case BC_LIST: if (o->value > MAX_X_REGS) what = "list length"; break;
    case BC_U: if (o->value > 0xFFFFFFFFu) what = "number"; break;
    }
    if (what) {
        ld_fail(s, "%s: %s %llu out of range", op, what, (unsigned long long)o->value);
        return false;
    }
    return true;
}

/* Limits that depend on the instruction rather than the operand kind. */
static bool ld_check_instruction(ld_state *s, unsigned op, const ld_operand *ops) {
    uint64_t limit = 0, v = 0;
    switch (op) {
    case OP_allocate: v = ops[0].value; limit = MAX_Y_REGS; break;
    case OP_deallocate: v = ops[0].value; limit = MAX_Y_REGS; break;
    case OP_func_info: v = ops[2].value; limit = MAX_ARITY; break;
    case OP_call: case OP_call_last: case OP_call_only: case OP_call_ext: case OP_call_ext_last:
        v = ops[0].value; limit = MAX_ARITY; break;
    case OP_call_fun: case OP_call_fun_last: case OP_apply: case OP_apply_last:
        v = ops[0].value; limit = MAX_ARITY; break;
    default: return true;
    }
    if (v > limit) {
        ld_fail(s, "%s: operand %llu exceeds the limit %llu", bl_opcode_names[op],
                (unsigned long long)v, (unsigned long long)limit);
        return false;
    }
    return true;
}

/* Frames.  Every function is laid out as the compiler lays it out: its
 * entry label, then one `allocate`, then code that runs with that frame,
 * leaving it only by `deallocate` followed at once by `return`, or by a
 * tail call that pops it.  With jumps confined to their own function and
 * calls aimed at entry labels (ld_check_jumps), every path to an
 * instruction that names a y register has passed the function's allocate,
 * and every pop takes exactly that frame: a crafted file can neither read
 * outside its frame nor move the frame pointer into its caller's. */
typedef enum {
    FRAME_NONE,   /* after func_info, before the allocate */
    FRAME_LIVE,   /* the frame is there */
    FRAME_POPPED, /* after deallocate: only return may follow */
    FRAME_DEAD    /* after return, a tail call or a jump: unreachable until a label */
} ld_frame_state;

static bool ld_check_frame(ld_state *s, unsigned op, const ld_operand *ops, ld_frame_state *st, uint32_t *frame) {
    const char *name = bl_opcode_names[op];
    const ld_operand *pop = NULL;
    switch (op) {
    case OP_deallocate: pop = &ops[0]; break;
    case OP_call_last: case OP_call_ext_last: pop = &ops[2]; break;
    case OP_call_fun_last: case OP_apply_last: pop = &ops[1]; break;
    default: break;
    }
    if (op == OP_label) {
        if (*st == FRAME_POPPED) {
            ld_fail(s, "label between deallocate and return");
            return false;
        }
        if (*st == FRAME_DEAD) *st = FRAME_LIVE;
        return true;
    }
    if (op == OP_line) return true;
    if (op == OP_func_info) {
        *st = FRAME_NONE;
        *frame = 0; /* y operands must lie inside this function's allocate */
        return true;
    }
    /* even where no path reaches it: its size bounds the whole function */
    if (op == OP_allocate) {
        if (*st != FRAME_NONE) {
            ld_fail(s, "allocate: a function allocates its frame once, first");
            return false;
        }
        *frame = (uint32_t)ops[0].value;
        *st = FRAME_LIVE;
        return true;
    }
    if (*st == FRAME_DEAD) return true; /* no path reaches it */
    if (*st == FRAME_POPPED && op != OP_return) {
        ld_fail(s, "%s after deallocate: only return may follow it", name);
        return false;
    }
    if (*st == FRAME_NONE) {
        ld_fail(s, "%s before the function's allocate", name);
        return false;
    }
    if (pop) {
        if (pop->value != *frame) {
            ld_fail(s, "%s: pops a frame of %llu slots, but the function allocates %u", name,
                    (unsigned long long)pop->value, *frame);
            return false;
        }
        *st = op == OP_deallocate ? FRAME_POPPED : FRAME_DEAD;
        return true;
    }
    if (op == OP_return) {
        if (*st != FRAME_POPPED) {
            ld_fail(s, "return without deallocate");
            return false;
        }
        *st = FRAME_DEAD;
        return true;
    }
    if (op == OP_jump || op == OP_call_only || op == OP_badmatch || op == OP_case_end || op == OP_cond_end)
        *st = FRAME_DEAD;
    return true;
}

static bl_code ld_operand_word(ld_state *s, char kind, const ld_operand *o) {
    switch (o->tag) {
    case BC_U: return (bl_code)o->value;
    case BC_X: return kind == 'x' ? (bl_code)o->value : make_header(SUB_XREG, o->value);
    case BC_Y: return kind == 'y' ? (bl_code)o->value : make_header(SUB_YREG, o->value);
    case BC_INT: return make_small((int64_t)o->value);
    case BC_ATOM: return s->atoms[o->value];
    case BC_LIT: return s->m->literals[o->value];
    case BC_NIL: return NIL;
    case BC_LABEL: return o->value ? (bl_code)(s->m->code + s->label_at[o->value]) : 0;
    case BC_IMPORT: return (bl_code)s->m->imports[o->value];
    case BC_LAMBDA: return (bl_code)&s->m->lambdas[o->value];
    default: return (bl_code)o->value;
    }
}

typedef struct {
    size_t code_len;
    uint32_t nfuncs, nlines;
} ld_sizes;

/* Whether the threaded code at `label`, already written, runs `op`. */
static bool ld_runs_at(const ld_state *s, uint64_t label, size_t at, unsigned op) {
    size_t to = s->label_at[label];
    return to < at && s->m->code[to] == (bl_code)interp_dispatch_table()[op];
}

/* Whether the loop_rec at `label`, already written, stores into an x
 * register. */
static bool ld_loop_rec_to_x(const ld_state *s, uint64_t label, size_t at) {
    return ld_runs_at(s, label, at, OP_loop_rec) && header_subtag(s->m->code[s->label_at[label] + 2]) == SUB_XREG;
}

/* Whether an operand is a constant that is an immediate term (equal to
 * another term exactly when the words are equal), or a small integer. */
static bool ld_is_immediate(const ld_state *s, const ld_operand *o) {
    return o->tag == BC_INT || o->tag == BC_ATOM || o->tag == BC_NIL ||
           (o->tag == BC_LIT && is_immed(s->m->literals[o->value]));
}

/* The variant of a two-operand instruction for a first operand in an x or
 * a y register: `xv` and the y variant right after it, or 0. */
static unsigned ld_by_register(const ld_operand *o, unsigned xv) {
    return o->tag == BC_X ? xv : o->tag == BC_Y ? xv + 1 : 0;
}

/* The instruction to run for `op`.  The threaded code keeps the file's
 * operands word for word; what changes is the handler, which may assume
 * more about them (interp.c):
 *
 *  - a call of one of the arithmetic BIFs gets its own handler with a
 *    fast path for small integers, and + and - have more for a register
 *    and a small constant (`n - 1`) and for two registers, which are
 *    read without decoding;
 *  - move has a handler for each kind of source and destination;
 *  - comparisons of a register with a constant skip the decoding, and
 *    exact (in)equality with an immediate is one word compare;
 *  - the commonest tests and extractions on an x register, frames of one
 *    to four slots, and a loop_rec_end that runs the loop_rec it jumps
 *    back to have handlers of their own;
 *  - (in ld_code_pass) a deallocate right before a return does both.
 *
 * `list` is the start of a bif's argument list (read ahead, unchecked:
 * the pass checks it when it gets there); `at` is where the instruction
 * goes in the threaded code, all of it before `at` written. */
static unsigned ld_specialise(const ld_state *s, unsigned op, const ld_operand *ops, ld_reader list, size_t at) {
    unsigned v = 0;
    switch (op) {
    case OP_bif: {
        if (ops[4].value != 2) return op;
        const bl_export *e = s->m->imports[ops[0].value];
        if (e->module != ATOM_TERM(erlang) || e->arity != 2 || !e->bif) return op;
        unsigned special = bif_arith_opcode(e->bif);
        if (!special) return op;
        ld_operand a, b;
        if (special == OP_bif_mul || !ld_next_operand(&list, &a) || !ld_next_operand(&list, &b)) return special;
        if (b.tag == BC_INT) v = ld_by_register(&a, special == OP_bif_add ? OP_bif_add_xc : OP_bif_sub_xc);
        else if ((a.tag == BC_X || a.tag == BC_Y) && (b.tag == BC_X || b.tag == BC_Y))
            v = (special == OP_bif_add ? OP_bif_add_xx : OP_bif_sub_xx) + 2 * (a.tag == BC_Y) + (b.tag == BC_Y);
        return v ? v : special;
    }
    case OP_move:
        if (ops[1].tag == BC_X) v = OP_move_xx;
        else if (ops[1].tag == BC_Y) v = OP_move_xy;
        else return op;
        if (ops[0].tag == BC_X) return v;
        if (ops[0].tag == BC_Y) return v + 2;
        return v + 4;
    case OP_is_eq_exact:
    case OP_is_ne_exact:
        if (!ld_is_immediate(s, &ops[2])) return op;
        v = ld_by_register(&ops[1], op == OP_is_eq_exact ? OP_is_eq_exact_xc : OP_is_ne_exact_xc);
        return v ? v : op;
    case OP_is_lt:
    case OP_is_ge:
        if (ops[2].tag != BC_INT) return op;
        v = ld_by_register(&ops[1], op == OP_is_lt ? OP_is_lt_xc : OP_is_ge_xc);
        return v ? v : op;
    case OP_allocate: return ops[0].value >= 1 && ops[0].value <= 4 ? OP_allocate_1 + (unsigned)ops[0].value - 1 : op;
    case OP_is_tuple: return ops[1].tag == BC_X ? OP_is_tuple_x : op;
    case OP_is_nonempty_list: return ops[1].tag == BC_X ? OP_is_nonempty_list_x : op;
    case OP_is_nil: return ops[1].tag == BC_X ? OP_is_nil_x : op;
    case OP_test_arity: return ops[1].tag == BC_X ? OP_test_arity_x : op;
    case OP_get_tuple_element:
        if (ops[0].tag != BC_X) return op;
        return ops[2].tag == BC_X ? OP_get_tuple_element_xx : OP_get_tuple_element_x;
    case OP_get_list: return ops[0].tag == BC_X ? OP_get_list_x : op;
    case OP_loop_rec_end: return ld_loop_rec_to_x(s, ops[0].value, at) ? OP_loop_rec_end_next : op;
    default: return op;
    }
}

/* One pass over the instructions.  With `emit` false it verifies and places
 * labels; with `emit` true, after a verifying pass has passed, it writes
 * threaded code and the tables without checking again. */
static void ld_code_pass(ld_state *s, bool emit, ld_sizes *sz) {
    ld_reader r = s->code;
    const void *const *dispatch = interp_dispatch_table();
    size_t at = 0;
    uint32_t frame = 0, nfuncs = 0, nlines = 0;
    ld_frame_state fstate = FRAME_NONE;
    /* labels defined since the last instruction: they belong to the next
     * function if func_info comes next, and are its entry if they come
     * right after it */
    uint32_t pending[16], npending = 0;
    bool after_func_info = false;
    bl_term func_name = A_NIL;
    uint32_t func_arity = 0;
    size_t last_op_at = SIZE_MAX; /* where the last instruction written starts */
    while (r.p < r.end && !s->error) {
        unsigned op = *r.p++;
        if (op >= OP_COUNT) return ld_fail(s, "unknown opcode %u at byte %ld", op, (long)(r.p - s->code.p - 1));
        if (op >= OP_FIRST_INTERNAL)
            return ld_fail(s, "%s at byte %ld: the VM's own instruction, not allowed in a module",
                           bl_opcode_names[op], (long)(r.p - s->code.p - 1));
        const char *fmt = bl_opcode_formats[op];
        const char *name = bl_opcode_names[op];
        ld_operand ops[8];
        size_t nops = strlen(fmt);
        for (size_t i = 0; i < nops; i++) {
            if (!ld_read_operand(s, &r, &ops[i])) return ld_fail(s, "%s: truncated instruction", name);
            if (!emit && !ld_check_operand(s, fmt[i], &ops[i], frame, name)) return;
        }
        if (!emit && !ld_check_instruction(s, op, ops)) return;
        if (op == OP_func_info) {
            func_name = s->atoms[ops[1].value];
            func_arity = (uint32_t)ops[2].value;
            if (!emit)
                for (uint32_t i = 0; i < npending; i++) s->label_func[pending[i]] = nfuncs + 1;
            npending = 0;
            after_func_info = true;
        }
        if (!emit && !ld_check_frame(s, op, ops, &fstate, &frame)) return;
        if (op == OP_label) {
            if (ops[0].value == 0 || ops[0].value >= s->nlabels) return ld_fail(s, "label %llu out of range", (unsigned long long)ops[0].value);
            if (!emit) {
                if (s->label_at[ops[0].value] != SIZE_MAX) return ld_fail(s, "label %llu defined twice", (unsigned long long)ops[0].value);
                s->label_at[ops[0].value] = at;
                s->label_func[ops[0].value] = nfuncs;
                if (npending == sizeof pending / sizeof *pending) return ld_fail(s, "too many labels in a row");
                pending[npending++] = (uint32_t)ops[0].value;
            }
            continue;
        }
        if (op != OP_line && op != OP_func_info) {
            if (!emit && after_func_info)
                for (uint32_t i = 0; i < npending; i++) s->label_entry[pending[i]] = true;
            after_func_info = false;
            npending = 0;
        }
        if (op == OP_line) {
            if (emit) s->m->lines[nlines] = (bl_line_entry){(uint32_t)at, (uint32_t)ops[0].value};
            nlines++;
            continue;
        }
        if (op == OP_func_info) {
            if (emit) s->m->funcs[nfuncs] = (bl_func_range){(uint32_t)at, func_name, func_arity};
            nfuncs++;
        }
        if (emit) {
            s->m->code[at] = (bl_code)dispatch[ld_specialise(s, op, ops, r, at)];
            /* a deallocate written just before this return does both */
            if (op == OP_return && at >= 2 && s->m->code[at - 2] == (bl_code)dispatch[OP_deallocate] &&
                last_op_at == at - 2)
                s->m->code[at - 2] = (bl_code)dispatch[OP_deallocate_return];
            last_op_at = at;
        }
        at++;
        for (size_t i = 0; i < nops; i++) {
            if (emit) s->m->code[at] = ld_operand_word(s, fmt[i], &ops[i]);
            at++;
        }
        if (nops && fmt[nops - 1] == 'L') {
            uint64_t n = ops[nops - 1].value;
            for (uint64_t i = 0; i < n; i++) {
                ld_operand o;
                if (!ld_read_operand(s, &r, &o)) return ld_fail(s, "%s: truncated operand list", name);
                if (!emit && !ld_check_operand(s, 's', &o, frame, name)) return;
                if (emit) s->m->code[at] = ld_operand_word(s, 's', &o);
                at++;
            }
        }
    }
    if (r.bad) return ld_fail(s, "truncated code");
    sz->code_len = at;
    sz->nfuncs = nfuncs;
    sz->nlines = nlines;
}

static void ld_read_code(ld_state *s, ld_reader *r) {
    uint64_t nlabels = ld_varint(r);
    if (r->bad || nlabels > (uint64_t)(r->end - r->p) + 1) return ld_fail(s, "bad label count");
    s->nlabels = (uint32_t)nlabels;
    s->label_at = malloc((s->nlabels + 1) * sizeof *s->label_at);
    s->label_func = calloc(s->nlabels + 1, sizeof *s->label_func);
    s->label_entry = calloc(s->nlabels + 1, sizeof *s->label_entry);
    if (!s->label_at || !s->label_func || !s->label_entry) return ld_fail(s, "out of memory");
    for (uint32_t i = 0; i <= s->nlabels; i++) s->label_at[i] = SIZE_MAX;
    s->code = *r;
    ld_sizes sz = {0};
    ld_code_pass(s, false, &sz);
    if (s->error) return;
    /* Every label used must be defined: check the uses found in pass one by
     * scanning the label table against exports, lambdas and jump operands
     * (jumps are checked below while emitting). */
    bl_module *m = s->m;
    m->code_len = sz.code_len;
    m->code = calloc(sz.code_len + 1, sizeof *m->code);
    m->funcs = calloc(sz.nfuncs + 1, sizeof *m->funcs);
    m->lines = calloc(sz.nlines + 1, sizeof *m->lines);
    if (!m->code || !m->funcs || !m->lines) return ld_fail(s, "out of memory");
    m->nfuncs = sz.nfuncs;
    m->nlines = sz.nlines;
}

/* Jump operands must name labels that exist, in the same function; calls
 * must name a function's entry label (checked on the raw stream). */
static void ld_check_jumps(ld_state *s) {
    ld_reader r = s->code;
    uint32_t func = 0;
    while (r.p < r.end && !s->error) {
        unsigned op = *r.p++;
        const char *fmt = bl_opcode_formats[op];
        size_t nops = strlen(fmt);
        ld_operand o;
        for (size_t i = 0; i < nops; i++) {
            ld_read_operand(s, &r, &o);
            if (op == OP_func_info && i == 0) func++;
            if (o.tag == BC_LABEL && o.value && op != OP_label && s->label_at[o.value] == SIZE_MAX)
                return ld_fail(s, "%s: jump to undefined label %llu", bl_opcode_names[op], (unsigned long long)o.value);
            if (o.tag == BC_LABEL && o.value && op != OP_label) {
                bool call = op == OP_call || op == OP_call_last || op == OP_call_only;
                if (call && !s->label_entry[o.value])
                    return ld_fail(s, "%s: label %llu is not a function's entry", bl_opcode_names[op],
                                   (unsigned long long)o.value);
                if (!call && s->label_func[o.value] != func)
                    return ld_fail(s, "%s: jump to label %llu in another function", bl_opcode_names[op],
                                   (unsigned long long)o.value);
            }
            if (i == nops - 1 && fmt[i] == 'L') {
                uint64_t count = o.value;
                for (uint64_t k = 0; k < count; k++) ld_read_operand(s, &r, &o);
            }
        }
    }
}

static bool ld_label_ok(ld_state *s, uint32_t label, const char *what) {
    if (label == 0 || label >= s->nlabels || s->label_at[label] == SIZE_MAX) {
        ld_fail(s, "%s refers to undefined label %u", what, label);
        return false;
    }
    if (!s->label_entry[label]) {
        ld_fail(s, "%s refers to label %u, which is not a function's entry", what, label);
        return false;
    }
    return true;
}

static void ld_finish(ld_state *s) {
    bl_module *m = s->m;
    for (uint32_t i = 0; i < m->nlambdas; i++) {
        if (!ld_label_ok(s, s->lambda_label[i], "lambda")) return;
        m->lambdas[i].code = m->code + s->label_at[s->lambda_label[i]];
    }
    for (uint32_t i = 0; i < s->nexports; i++) {
        if (!ld_label_ok(s, s->expt_label[i], "export")) return;
        if (s->expt_fun[i] >= atom_count(&s->vm->atoms)) return ld_fail(s, "bad export");
    }
}

static void ld_register(ld_state *s) {
    bl_module *m = s->m;
    for (uint32_t i = 0; i < s->nexports; i++) {
        bl_export *e = vm_export_get(s->vm, m->name, make_atom(s->expt_fun[i]), s->expt_arity[i]);
        if (!e) return ld_fail(s, "out of memory");
        e->code = m->code + s->label_at[s->expt_label[i]];
        e->owner = m;
    }
    m->next = s->vm->modules;
    s->vm->modules = m;
}

static bool ld_section(ld_state *s, ld_reader *file, const char *id, ld_reader *out) {
    const unsigned char *h = ld_bytes(file, 8);
    if (!h) {
        ld_fail(s, "truncated file: section %s missing", id);
        return false;
    }
    if (memcmp(h, id, 4) != 0) {
        ld_fail(s, "expected section %s, found '%.4s'", id, (const char *)h);
        return false;
    }
    uint32_t len = ld_u32(h + 4);
    const unsigned char *payload = ld_bytes(file, len);
    if (!payload) {
        ld_fail(s, "section %s is truncated", id);
        return false;
    }
    *out = (ld_reader){payload, payload + len, false};
    return true;
}

void loader_free_module(bl_module *m) {
    if (!m) return;
    free(m->file);
    free(m->code);
    free(m->imports);
    free(m->lambdas);
    free(m->literals);
    free(m->literal_heap);
    for (bl_term *b = m->literal_blocks, *next; b; b = next) {
        next = (bl_term *)(uintptr_t)b[0];
        free(b);
    }
    free(m->funcs);
    free(m->lines);
    free(m->struct_fields);
    free(m);
}

static void ld_parse(ld_state *s, const unsigned char *data, size_t len) {
    if (len < BC_HEADER_SIZE) return ld_fail(s, "file too short to be bytecode");
    if (memcmp(data, BC_MAGIC, 4) != 0) return ld_fail(s, "not a beamlet bytecode file (bad magic)");
    unsigned version = (unsigned)data[4] | (unsigned)data[5] << 8;
    if (version != BC_VERSION) return ld_fail(s, "unsupported bytecode version %u (this VM reads %u)", version, BC_VERSION);
    if (ld_u32(data + 12) != len) return ld_fail(s, "file length %u does not match its header (%zu bytes read)", ld_u32(data + 12), len);
    if (ld_u32(data + 8) != bc_crc32(data + 12, len - 12)) return ld_fail(s, "checksum mismatch (file corrupted)");
    ld_reader file = {data + BC_HEADER_SIZE, data + len, false};
    ld_reader sec;
#define LD_SECTION(id, fn)                                          \
    if (!ld_section(s, &file, id, &sec)) return;                    \
    fn(s, &sec);                                                    \
    if (s->error) return;                                           \
    if (sec.bad) return ld_fail(s, "section %s is truncated", id);  \
    if (sec.p != sec.end) return ld_fail(s, "section %s has trailing bytes", id);
    LD_SECTION("ATOM", ld_read_atoms)
    LD_SECTION("IMPT", ld_read_imports)
    LD_SECTION("EXPT", ld_read_exports)
    LD_SECTION("LAMB", ld_read_lambdas)
    LD_SECTION("LITS", ld_read_literals)
    LD_SECTION("STRC", ld_read_struct)
    LD_SECTION("FILE", ld_read_file)
    if (!ld_section(s, &file, "CODE", &sec)) return;
    ld_read_code(s, &sec);
#undef LD_SECTION
    if (s->error) return;
    if (file.p != file.end) return ld_fail(s, "trailing bytes after the last section");
    ld_check_jumps(s);
    if (s->error) return;
    ld_sizes sz;
    ld_code_pass(s, true, &sz);
    if (!s->error) ld_finish(s);
}

static bl_module *ld_load(bl_vm *vm, const char *name, const unsigned char *data, size_t len, bool reg) {
    ld_state s = {.vm = vm, .name = name};
    s.m = calloc(1, sizeof *s.m);
    if (!s.m) {
        vm_set_error(vm, "%s: out of memory", name);
        return NULL;
    }
    ld_parse(&s, data, len);
    if (reg && !s.error && vm_module_find(vm, s.m->name))
        ld_fail(&s, "module %s is already loaded", atom_name(&vm->atoms, s.m->name));
    if (reg && !s.error) ld_register(&s);
    free(s.atoms);
    free(s.label_at);
    free(s.label_func);
    free(s.label_entry);
    free(s.expt_fun);
    free(s.expt_arity);
    free(s.expt_label);
    free(s.lambda_label);
    if (s.error) {
        vm_set_error(vm, "%s", s.error);
        free(s.error);
        loader_free_module(s.m);
        return NULL;
    }
    return s.m;
}

bl_module *loader_load(bl_vm *vm, const char *name, const unsigned char *data, size_t len) {
    return ld_load(vm, name, data, len, true);
}

bl_module *loader_verify(bl_vm *vm, const char *name, const unsigned char *data, size_t len) {
    return ld_load(vm, name, data, len, false);
}
