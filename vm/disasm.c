/*
 * disasm.c — prints a bytecode file in readable form.  The file is run
 * through the verifier first (in a scratch VM), so what is printed here has
 * already been checked and the reader below can trust its structure.
 */
#include "disasm.h"

#include <stdlib.h>
#include <string.h>

#include "bytecode.h"
#include "loader.h"
#include "opcodes.h"

typedef struct {
    const unsigned char *p, *end;
} ds_reader;

typedef struct {
    FILE *out;
    char **atoms;
    size_t *atom_lens;
    uint64_t natoms;
    uint64_t (*imports)[3];
    uint64_t nimports;
    const unsigned char **literals;
    uint64_t nliterals;
} ds_state;

static uint64_t ds_varint(ds_reader *r) {
    uint64_t v = 0;
    for (int shift = 0; shift < 64 && r->p < r->end; shift += 7) {
        unsigned char b = *r->p++;
        v |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) break;
    }
    return v;
}

static int64_t ds_svarint(ds_reader *r) {
    uint64_t u = ds_varint(r);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

static ds_reader ds_section(const unsigned char **p) {
    uint32_t len = (uint32_t)(*p)[4] | (uint32_t)(*p)[5] << 8 | (uint32_t)(*p)[6] << 16 | (uint32_t)(*p)[7] << 24;
    ds_reader r = {*p + 8, *p + 8 + len};
    *p += 8 + len;
    return r;
}

static void ds_atom(ds_state *s, uint64_t i) {
    if (i < s->natoms) fprintf(s->out, ":%.*s", (int)s->atom_lens[i], s->atoms[i]);
    else fprintf(s->out, ":?%llu", (unsigned long long)i);
}

static void ds_literal(ds_state *s, ds_reader *r) {
    unsigned char tag = r->p < r->end ? *r->p++ : 0xFF;
    switch (tag) {
    case LIT_INT: fprintf(s->out, "%lld", (long long)ds_svarint(r)); break;
    case LIT_FLOAT: {
        uint64_t bits = 0;
        for (int i = 7; i >= 0; i--) bits = bits << 8 | r->p[i];
        r->p += 8;
        double d;
        memcpy(&d, &bits, sizeof d);
        fprintf(s->out, "%.17g", d);
        break;
    }
    case LIT_ATOM: ds_atom(s, ds_varint(r)); break;
    case LIT_NIL: fprintf(s->out, "[]"); break;
    case LIT_TUPLE: {
        uint64_t n = ds_varint(r);
        fprintf(s->out, "{");
        for (uint64_t i = 0; i < n; i++) {
            if (i) fprintf(s->out, ", ");
            ds_literal(s, r);
        }
        fprintf(s->out, "}");
        break;
    }
    case LIT_LIST: {
        uint64_t n = ds_varint(r);
        fprintf(s->out, "[");
        for (uint64_t i = 0; i < n; i++) {
            if (i) fprintf(s->out, ", ");
            ds_literal(s, r);
        }
        fprintf(s->out, " | ");
        ds_literal(s, r);
        fprintf(s->out, "]");
        break;
    }
    case LIT_BINARY: {
        uint64_t n = ds_varint(r);
        fputc('"', s->out);
        for (uint64_t i = 0; i < n; i++) {
            unsigned char c = r->p[i];
            if (c == '"' || c == '\\') fprintf(s->out, "\\%c", c);
            else if (c >= 32 && c < 127) fputc(c, s->out);
            else fprintf(s->out, "\\x%02X", c);
        }
        fputc('"', s->out);
        r->p += n;
        break;
    }
    case LIT_BIGINT: {
        unsigned char sign = *r->p++;
        uint64_t n = ds_varint(r);
        fprintf(s->out, "%sbignum(%llu limbs)", sign ? "-" : "", (unsigned long long)n);
        r->p += n * 8;
        break;
    }
    case LIT_MAP: {
        uint64_t n = ds_varint(r);
        fprintf(s->out, "%%{");
        for (uint64_t i = 0; i < n; i++) {
            if (i) fprintf(s->out, ", ");
            ds_literal(s, r);
            fprintf(s->out, " => ");
            ds_literal(s, r);
        }
        fprintf(s->out, "}");
        break;
    }
    case LIT_EXPORT: {
        uint64_t m = ds_varint(r), f = ds_varint(r), a = ds_varint(r);
        fprintf(s->out, "&");
        ds_atom(s, m);
        fprintf(s->out, ".");
        ds_atom(s, f);
        fprintf(s->out, "/%llu", (unsigned long long)a);
        break;
    }
    default: fprintf(s->out, "?");
    }
}

static void ds_operand(ds_state *s, ds_reader *r) {
    unsigned char tag = *r->p++;
    if (tag == BC_INT) {
        fprintf(s->out, "%lld", (long long)ds_svarint(r));
        return;
    }
    uint64_t v = ds_varint(r);
    switch (tag) {
    case BC_U: fprintf(s->out, "%llu", (unsigned long long)v); break;
    case BC_X: fprintf(s->out, "x%llu", (unsigned long long)v); break;
    case BC_Y: fprintf(s->out, "y%llu", (unsigned long long)v); break;
    case BC_ATOM: ds_atom(s, v); break;
    case BC_NIL: fprintf(s->out, "[]"); break;
    case BC_LABEL: fprintf(s->out, v ? "L%llu" : "none", (unsigned long long)v); break;
    case BC_IMPORT:
        if (v < s->nimports) {
            ds_atom(s, s->imports[v][0]);
            fprintf(s->out, ".");
            ds_atom(s, s->imports[v][1]);
            fprintf(s->out, "/%llu", (unsigned long long)s->imports[v][2]);
        }
        break;
    case BC_LAMBDA: fprintf(s->out, "fun#%llu", (unsigned long long)v); break;
    case BC_LIT:
        if (v < s->nliterals) {
            ds_reader lr = {s->literals[v], r->end};
            lr.end = (const unsigned char *)-1;
            ds_literal(s, &lr);
        }
        break;
    default: fprintf(s->out, "?"); break;
    }
}

static void ds_code(ds_state *s, ds_reader *r) {
    ds_varint(r); /* label count */
    while (r->p < r->end) {
        unsigned op = *r->p++;
        const char *fmt = bl_opcode_formats[op];
        if (op == OP_label) {
            r->p++;
            fprintf(s->out, "  L%llu:\n", (unsigned long long)ds_varint(r));
            continue;
        }
        if (op == OP_line) {
            r->p++;
            fprintf(s->out, "    ; line %llu\n", (unsigned long long)ds_varint(r));
            continue;
        }
        fprintf(s->out, "    %-18s", bl_opcode_names[op]);
        size_t n = strlen(fmt);
        for (size_t i = 0; i < n; i++) {
            if (i) fprintf(s->out, ", ");
            if (fmt[i] == 'L') {
                r->p++;
                uint64_t count = ds_varint(r);
                fprintf(s->out, "[");
                for (uint64_t k = 0; k < count; k++) {
                    if (k) fprintf(s->out, ", ");
                    ds_operand(s, r);
                }
                fprintf(s->out, "]");
            } else {
                ds_operand(s, r);
            }
        }
        fprintf(s->out, "\n");
    }
}

static void ds_skip_literal(ds_reader *r) {
    unsigned char tag = *r->p++;
    switch (tag) {
    case LIT_INT: ds_varint(r); break;
    case LIT_FLOAT: r->p += 8; break;
    case LIT_ATOM: ds_varint(r); break;
    case LIT_NIL: break;
    case LIT_TUPLE: for (uint64_t n = ds_varint(r); n > 0; n--) ds_skip_literal(r); break;
    case LIT_LIST: {
        for (uint64_t n = ds_varint(r); n > 0; n--) ds_skip_literal(r);
        ds_skip_literal(r);
        break;
    }
    case LIT_BINARY: r->p += ds_varint(r); break;
    case LIT_BIGINT: r->p++; r->p += ds_varint(r) * 8; break;
    case LIT_EXPORT: ds_varint(r); ds_varint(r); ds_varint(r); break;
    case LIT_MAP: for (uint64_t n = 2 * ds_varint(r); n > 0; n--) ds_skip_literal(r); break;
    }
}

int disasm_bytecode(FILE *out, const char *name, const unsigned char *data, size_t len, char **error) {
    /* Verify first, in a scratch VM. */
    bl_vm *scratch = bl_vm_new(NULL);
    if (!scratch) {
        *error = strdup("out of memory");
        return -1;
    }
    bl_module *m = loader_load(scratch, name, data, len);
    if (!m) {
        *error = strdup(bl_last_error(scratch));
        bl_vm_free(scratch);
        return -1;
    }
    bl_vm_free(scratch);
    disasm_verified(out, data, len);
    return 0;
}

void disasm_verified(FILE *out, const unsigned char *data, size_t len) {
    ds_state s;
    memset(&s, 0, sizeof s);
    s.out = out;
    const unsigned char *p = data + BC_HEADER_SIZE;
    ds_reader atoms = ds_section(&p), imports = ds_section(&p), exports = ds_section(&p),
              lambdas = ds_section(&p), lits = ds_section(&p), strc = ds_section(&p), file = ds_section(&p),
              code = ds_section(&p);
    s.natoms = ds_varint(&atoms);
    s.atoms = calloc(s.natoms + 1, sizeof *s.atoms);
    s.atom_lens = calloc(s.natoms + 1, sizeof *s.atom_lens);
    for (uint64_t i = 0; i < s.natoms; i++) {
        s.atom_lens[i] = ds_varint(&atoms);
        s.atoms[i] = (char *)atoms.p;
        atoms.p += s.atom_lens[i];
    }
    s.nimports = ds_varint(&imports);
    s.imports = calloc(s.nimports + 1, sizeof *s.imports);
    for (uint64_t i = 0; i < s.nimports; i++)
        for (int k = 0; k < 3; k++) s.imports[i][k] = ds_varint(&imports);
    s.nliterals = ds_varint(&lits);
    s.literals = calloc(s.nliterals + 1, sizeof *s.literals);
    for (uint64_t i = 0; i < s.nliterals; i++) {
        s.literals[i] = lits.p;
        ds_skip_literal(&lits);
    }
    uint64_t flen = ds_varint(&file);
    fprintf(out, "module ");
    ds_atom(&s, 0);
    fprintf(out, "  (source %.*s, bytecode version %d)\n", (int)flen, (const char *)file.p, BC_VERSION);
    uint64_t nexports = ds_varint(&exports);
    fprintf(out, "exports:\n");
    for (uint64_t i = 0; i < nexports; i++) {
        uint64_t f = ds_varint(&exports), a = ds_varint(&exports), l = ds_varint(&exports);
        fprintf(out, "    ");
        ds_atom(&s, f);
        fprintf(out, "/%llu -> L%llu\n", (unsigned long long)a, (unsigned long long)l);
    }
    if (strc.p < strc.end && *strc.p++ == 1) {
        uint64_t nfields = ds_varint(&strc);
        fprintf(out, "struct fields:");
        for (uint64_t i = 0; i < nfields; i++) {
            fprintf(out, " ");
            ds_atom(&s, ds_varint(&strc));
        }
        fprintf(out, "\n");
    }
    uint64_t nlambdas = ds_varint(&lambdas);
    if (nlambdas) fprintf(out, "funs:\n");
    for (uint64_t i = 0; i < nlambdas; i++) {
        uint64_t f = ds_varint(&lambdas), fa = ds_varint(&lambdas), a = ds_varint(&lambdas),
                 nf = ds_varint(&lambdas), l = ds_varint(&lambdas);
        fprintf(out, "    fun#%llu: arity %llu, %llu captured, in ", (unsigned long long)i, (unsigned long long)a,
                (unsigned long long)nf);
        ds_atom(&s, f);
        fprintf(out, "/%llu -> L%llu\n", (unsigned long long)fa, (unsigned long long)l);
    }
    fprintf(out, "code:\n");
    ds_code(&s, &code);
    free(s.atoms);
    free(s.atom_lens);
    free(s.imports);
    free(s.literals);
}
