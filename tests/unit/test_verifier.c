/*
 * test_verifier.c — the loader rejects damaged bytecode whose checksum is
 * valid: every defect the verifier knows is produced by editing a good
 * module (and fixing its checksum), and must fail with its own message.
 */
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

    compile_result_free(&res);
    diag_free(&diags);
    printf("verifier: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
