/*
 * fuzz_loader.c — libFuzzer target for the bytecode loader and verifier:
 * any bytes are a .blc file.  Rejection is expected; a crash, a hang, a
 * leak or a sanitizer report is a bug.
 *
 * Random edits almost never keep the CRC-32 right, and a checksum mismatch
 * stops the loader before it reads a section.  So that the fuzzer reaches
 * the verifier, the target rewrites the length and checksum fields of each
 * input (the checksum path itself is covered by tests/vm/verifier).  A file
 * that passes is then disassembled, which re-reads it trusting the verifier.
 * loader_verify registers nothing, so one VM serves many inputs; it is
 * replaced now and then so that the atoms the inputs name do not pile up.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytecode.h"
#include "disasm.h"
#include "loader.h"
#include "vm.h"

#define FUZZ_VM_REUSE 4096 /* inputs run against one VM */

static bl_vm *fuzz_vm;
static unsigned fuzz_vm_uses;

static void fuzz_fix_header(unsigned char *data, size_t len) {
    if (len < BC_HEADER_SIZE) return;
    for (int k = 0; k < 4; k++) data[12 + k] = (unsigned char)((uint32_t)len >> (8 * k));
    uint32_t crc = bc_crc32(data + 12, len - 12);
    for (int k = 0; k < 4; k++) data[8 + k] = (unsigned char)(crc >> (8 * k));
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    if (!fuzz_vm || fuzz_vm_uses++ >= FUZZ_VM_REUSE) {
        bl_vm_free(fuzz_vm);
        fuzz_vm = bl_vm_new(NULL);
        fuzz_vm_uses = 0;
        if (!fuzz_vm) abort();
    }
    unsigned char *copy = malloc(size ? size : 1);
    if (!copy) return 0;
    memcpy(copy, data, size);
    fuzz_fix_header(copy, size);
    bl_module *m = loader_verify(fuzz_vm, "fuzz.blc", copy, size);
    if (m) {
        FILE *sink = fopen("/dev/null", "w");
        if (sink) {
            disasm_verified(sink, copy, size);
            fclose(sink);
        }
        loader_free_module(m);
    }
    free(copy);
    return 0;
}
