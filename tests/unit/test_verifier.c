/*
 * test_verifier.c — the loader rejects damaged bytecode whose checksum is
 * valid: every defect the verifier knows is produced by editing a good
 * module (and fixing its checksum), and must fail with its own message.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../compiler/compile.h"
#include "bytecode.h"
#include "loader.h"
#include "opcodes.h"

static int passed, failed;

static void check(int ok, const char *what, const char *detail) {
    if (ok) passed++;
    else {
        failed++;
        printf("FAIL: %s (%s)\n", what, detail ? detail : "");
    }
}

static void fix_checksum(unsigned char *data, size_t len) {
    uint32_t crc = bc_crc32(data + 12, len - 12);
    for (int k = 0; k < 4; k++) data[8 + k] = (unsigned char)(crc >> (8 * k));
}

/* Finds section `id`; returns the payload offset and length. */
static size_t section(const unsigned char *data, size_t len, const char *id, uint32_t *plen) {
    size_t p = BC_HEADER_SIZE;
    while (p + 8 <= len) {
        uint32_t l = (uint32_t)data[p + 4] | (uint32_t)data[p + 5] << 8 | (uint32_t)data[p + 6] << 16 |
                     (uint32_t)data[p + 7] << 24;
        if (memcmp(data + p, id, 4) == 0) {
            *plen = l;
            return p + 8;
        }
        p += 8 + l;
    }
    return 0;
}

/* Loads a copy with `patch` applied at `offset`; expects failure with `msg`. */
static void expect_defect(const unsigned char *good, size_t len, size_t offset, unsigned char value,
                          const char *msg, const char *what) {
    unsigned char *bad = malloc(len);
    memcpy(bad, good, len);
    bad[offset] = value;
    fix_checksum(bad, len);
    bl_vm *vm = bl_vm_new(NULL);
    bl_module *m = loader_load(vm, "t.blc", bad, len);
    check(m == NULL && strstr(bl_last_error(vm), msg) && strstr(bl_last_error(vm), "t.blc"), what,
          bl_last_error(vm));
    bl_vm_free(vm);
    free(bad);
}

/* Offset of the first operand byte with `tag` after an instruction `op`. */
static size_t find_operand(const unsigned char *code, uint32_t len, unsigned op, unsigned tag) {
    for (uint32_t i = 1; i + 2 < len; i++)
        if (code[i] == op && code[i + 1] == tag) return i + 1;
    return 0;
}

static size_t skip_varint(const unsigned char *p, size_t at) {
    while (p[at] & 0x80) at++;
    return at + 1;
}

/* Decodes the CODE section: the offset (from the section's payload) of
 * operand `k` of the `nth` (0-based) instruction `op`, or 0. */
static size_t operand_of(const unsigned char *code, uint32_t len, unsigned op, int nth, int k) {
    size_t at = skip_varint(code, 0); /* the label count */
    while (at < len) {
        unsigned this_op = code[at++];
        size_t nops = strlen(bl_opcode_formats[this_op]);
        bool hit = this_op == op && nth-- == 0;
        for (size_t i = 0; i < nops; i++) {
            if (hit && (int)i == k) return at;
            unsigned tag = code[at++];
            at = skip_varint(code, at);
            if (tag == BC_LIST) {
                /* the count was the varint; that many tagged operands follow */
                uint64_t n = 0;
                size_t v = at - 1;
                while (v > 0 && (code[v - 1] & 0x80)) v--;
                for (int shift = 0; v < at; v++, shift += 7) n |= (uint64_t)(code[v] & 0x7F) << shift;
                for (uint64_t j = 0; j < n; j++) at = skip_varint(code, at + 1);
            }
        }
    }
    return 0;
}

/* A copy of `good` with the bytes [at, at + oldn) replaced by `with`; the
 * length of the section holding `at` and the file's length follow. */
static unsigned char *splice(const unsigned char *good, size_t len, size_t at, size_t oldn, const unsigned char *with,
                             size_t n, size_t *outlen) {
    *outlen = len - oldn + n;
    unsigned char *bad = malloc(*outlen);
    memcpy(bad, good, at);
    memcpy(bad + at, with, n);
    memcpy(bad + at + n, good + at + oldn, len - at - oldn);
    for (size_t p = BC_HEADER_SIZE; p + 8 <= len;) {
        uint32_t l = (uint32_t)good[p + 4] | (uint32_t)good[p + 5] << 8 | (uint32_t)good[p + 6] << 16 |
                     (uint32_t)good[p + 7] << 24;
        if (at >= p + 8 && at < p + 8 + l) {
            l = (uint32_t)(l - oldn + n);
            for (int k = 0; k < 4; k++) bad[p + 4 + k] = (unsigned char)(l >> (8 * k));
            break;
        }
        p += 8 + l;
    }
    for (int k = 0; k < 4; k++) bad[12 + k] = (unsigned char)((uint32_t)*outlen >> (8 * k));
    return bad;
}

/* Loads `bad` (checksum fixed, then freed); expects failure with `msg`. */
static void expect_rejected(unsigned char *bad, size_t len, const char *msg, const char *what) {
    fix_checksum(bad, len);
    bl_vm *vm = bl_vm_new(NULL);
    bl_module *m = loader_load(vm, "t.blc", bad, len);
    check(m == NULL && strstr(bl_last_error(vm), msg) && strstr(bl_last_error(vm), "t.blc"), what,
          bl_last_error(vm));
    bl_vm_free(vm);
    free(bad);
}

/* Replaces one byte at `at` (1-byte varint) by the varint bytes `with`. */
static void expect_varint_defect(const unsigned char *good, size_t len, size_t at, const unsigned char *with,
                                 size_t n, const char *msg, const char *what) {
    size_t blen;
    unsigned char *bad = splice(good, len, at, 1, with, n, &blen);
    expect_rejected(bad, blen, msg, what);
}

int main(void) {
    const char *src =
        "defmodule T do\n"
        "  def f({:ok, x}, y) when x > y, do: [x | y]\n"
        "  def f(_, y), do: {y, \"lit\", 1.5}\n"
        "  def g(x), do: T.f(x, 2)\n"
        "end\n";
    compile_result res = {0};
    diag_list diags;
    diag_init(&diags, "t.ex", src, strlen(src));
    int rc = compile_source("t.ex", src, strlen(src), NULL, &res, &diags);
    check(rc == 0 && res.count == 1, "compiles", NULL);
    if (rc != 0) return 1;
    const unsigned char *good = res.modules[0].data;
    size_t len = res.modules[0].len;

    bl_vm *vm = bl_vm_new(NULL);
    check(loader_load(vm, "t.blc", good, len) != NULL, "good module loads", bl_last_error(vm));
    bl_vm_free(vm);

    uint32_t clen;
    size_t code = section(good, len, "CODE", &clen);
    check(code != 0, "has a CODE section", NULL);

    /* an opcode beyond the table */
    size_t first_op = code + 1; /* after the label count varint (small here) */
    expect_defect(good, len, first_op, 250, "unknown opcode", "unknown opcode");
    /* the VM's own resume instruction may not appear in a module */
    expect_defect(good, len, first_op, OP_resume_bif, "not allowed in a module", "internal opcode");
    /* a register operand with an unknown tag */
    size_t xop = find_operand(good + code, clen, OP_move, BC_X);
    if (!xop) xop = find_operand(good + code, clen, OP_move, BC_Y);
    check(xop != 0, "finds a move", NULL);
    expect_defect(good, len, code + xop, 77, "unknown operand tag", "bad operand tag");
    /* a y register outside the frame */
    size_t yop = find_operand(good + code, clen, OP_move, BC_Y);
    if (yop) {
        size_t at = code + yop;
        unsigned char *bad = malloc(len);
        memcpy(bad, good, len);
        bad[at + 1] = 120; /* y120: the frame is much smaller */
        fix_checksum(bad, len);
        vm = bl_vm_new(NULL);
        check(loader_load(vm, "t.blc", bad, len) == NULL && strstr(bl_last_error(vm), "outside the frame"),
              "y register out of frame", bl_last_error(vm));
        bl_vm_free(vm);
        free(bad);
    }
    /* an atom index out of range in func_info */
    size_t fi = find_operand(good + code, clen, OP_func_info, BC_ATOM);
    check(fi != 0, "finds func_info", NULL);
    expect_defect(good, len, code + fi + 1, 120, "atom 120 out of range", "atom out of range");
    /* a jump to a label that does not exist */
    size_t jl = find_operand(good + code, clen, OP_jump, BC_LABEL);
    if (jl) expect_defect(good, len, code + jl + 1, 125, "label", "undefined label");
    /* an operand of the wrong kind: jump takes a label, give it an x register */
    if (jl) expect_defect(good, len, code + jl, BC_X, "wrong tag", "wrong operand kind");
    /* a bad section id */
    expect_defect(good, len, BC_HEADER_SIZE, 'Z', "expected section ATOM", "section id");
    /* an import arity beyond the limit */
    uint32_t ilen;
    size_t impt = section(good, len, "IMPT", &ilen);
    expect_defect(good, len, impt + 3, 0xFF, "arity", "import arity");
    /* a literal with an unknown tag */
    uint32_t llen;
    size_t lits = section(good, len, "LITS", &llen);
    expect_defect(good, len, lits + 1, 99, "unknown literal tag", "literal tag");

    /* Each remaining defect, one per check (offsets are into the CODE payload). */
    const unsigned char *cp = good + code;
    size_t at;
    /* an x register beyond the register file: move x1, y1 -> move x2064, y1 */
    at = operand_of(cp, clen, OP_move, 0, 0);
    check(at && cp[at] == BC_X, "finds move x", NULL);
    expect_varint_defect(good, len, code + at + 1, (const unsigned char[]){0x90, 0x10}, 2,
                         "x register 2064 out of range", "x register out of range");
    /* a literal index out of range: the "lit" in make_tuple's list */
    at = operand_of(cp, clen, OP_make_tuple, 0, 2);
    check(at && cp[at] == BC_LIST, "finds make_tuple's list", NULL);
    while (at && at < clen && cp[at] != BC_LIT) at++;
    expect_defect(good, len, code + at + 1, 120, "literal 120 out of range", "literal out of range");
    /* an import index out of range in call_ext_last */
    at = operand_of(cp, clen, OP_call_ext_last, 0, 1);
    check(at && cp[at] == BC_IMPORT, "finds call_ext_last's import", NULL);
    expect_defect(good, len, code + at + 1, 50, "import 50 out of range", "import out of range");
    /* an arity past MAX_ARITY in func_info */
    at = operand_of(cp, clen, OP_func_info, 0, 2);
    check(at != 0, "finds func_info's arity", NULL);
    expect_varint_defect(good, len, code + at + 1, (const unsigned char[]){0x80, 0x02}, 2,
                         "operand 256 exceeds the limit 255", "func_info arity");
    /* a label defined twice: the second label instruction redefines the first's */
    size_t first = operand_of(cp, clen, OP_label, 0, 0), second = operand_of(cp, clen, OP_label, 1, 0);
    check(first && second, "finds two labels", NULL);
    expect_defect(good, len, code + second + 1, cp[first + 1], "defined twice", "label defined twice");
    /* a jump to label 0 ("none", not a place in the code) */
    at = operand_of(cp, clen, OP_jump, 0, 0);
    check(at != 0, "finds jump", NULL);
    expect_defect(good, len, code + at + 1, 0, "jump: operand of kind 'l'", "jump to label 0");
    /* popping more frame than the function allocates: deallocate 2 -> 3,
     * call_ext_last's 1 -> 5, and a deallocate where nothing is allocated */
    at = operand_of(cp, clen, OP_deallocate, 0, 0);
    check(at != 0, "finds deallocate", NULL);
    expect_defect(good, len, code + at + 1, 3, "pops a frame of 3 slots, but the function allocates 2",
                  "deallocate larger than the frame");
    /* the frame must go before return, and only return may follow its pop:
     * deallocate -> line (same operands), return -> try_end (none) */
    expect_defect(good, len, code + at - 1, OP_line, "return without deallocate", "return keeping the frame");
    expect_defect(good, len, code + at + 2, OP_try_end, "after deallocate: only return may follow it",
                  "instruction after deallocate");
    {
        /* a jump from f to a label of g (the first label after g's func_info) */
        size_t g_info = operand_of(cp, clen, OP_func_info, 1, 0), g_label = 0;
        for (int k = 0; (at = operand_of(cp, clen, OP_label, k, 0)) != 0; k++)
            if (at > g_info) {
                g_label = at;
                break;
            }
        size_t jump = operand_of(cp, clen, OP_jump, 0, 0);
        check(g_info && g_label && jump && jump < g_info, "finds a jump in f and a label in g", NULL);
        expect_defect(good, len, code + jump + 1, cp[g_label + 1], "in another function", "jump between functions");
    }
    at = operand_of(cp, clen, OP_call_ext_last, 0, 2);
    check(at != 0, "finds call_ext_last's frame", NULL);
    expect_defect(good, len, code + at + 1, 5, "pops a frame of 5 slots", "tail call popping too much");
    size_t alloc = operand_of(cp, clen, OP_allocate, 1, 0);
    check(alloc != 0, "finds g's allocate", NULL);
    {
        /* allocate 1, 1 -> deallocate 1 (both "uu"/"u": drop the live operand) */
        size_t blen;
        unsigned char *bad = splice(good, len, code + alloc - 1, 5,
                                    (const unsigned char[]){OP_deallocate, BC_U, 1, OP_line, BC_U}, 5, &blen);
        bad[code + alloc + 4] = 4; /* the line operand's value */
        expect_rejected(bad, blen, "deallocate before the function's allocate", "pop without a frame");
    }
    {
        /* a second allocate, larger, where no path reaches it (after a
         * jump): it must not widen the frame the y registers are checked
         * against */
        size_t jump = operand_of(cp, clen, OP_jump, 0, 0), blen;
        check(jump != 0, "finds a jump", NULL);
        unsigned char *bad = splice(good, len, code + jump + 2, 0,
                                    (const unsigned char[]){OP_allocate, BC_U, 100, BC_U, 0}, 5, &blen);
        expect_rejected(bad, blen, "allocates its frame once", "second allocate in dead code");
    }
    /* sections: a count beyond the bytes, a length beyond the file */
    uint32_t alen;
    size_t atoms = section(good, len, "ATOM", &alen);
    expect_defect(good, len, atoms, 0x7F, "atom count 127 is out of range", "atom count");
    expect_defect(good, len, atoms - 3, 0x10, "section ATOM is truncated", "section length");
    uint32_t flen;
    size_t file = section(good, len, "FILE", &flen);
    expect_defect(good, len, file, 0x7F, "truncated FILE section", "FILE string");

    compile_result_free(&res);
    diag_free(&diags);
    printf("verifier: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
