/*
 * fuzz_compile.c — libFuzzer target for the lexer, parser and code
 * generator: any bytes are a source file.  Compile errors are expected;
 * a crash, a hang, a leak or a sanitizer report is a bug.
 *
 * What the compiler produces must also pass the loader's verifier: every
 * module of a successful compilation goes through loader_verify in a
 * scratch VM, and a rejection aborts the run.  The scratch VM is replaced
 * every so often so that the atoms the modules intern do not pile up.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../compiler/compile.h"
#include "loader.h"
#include "vm.h"

#define FUZZ_VM_REUSE 4096 /* inputs run against one scratch VM */

/* The standard library only: the compiler's view of other modules, kept
 * unchanged so that an input compiles the same way every time. */
static bl_vm *fuzz_reference_vm;
static bl_vm *fuzz_sink_vm;
static unsigned fuzz_sink_uses;

static bool fuzz_has_export(void *ctx, const char *module, const char *fun, int arity) {
    bl_vm *vm = ctx;
    bl_term mod = atom_lookup(&vm->atoms, module, strlen(module));
    bl_term f = atom_lookup(&vm->atoms, fun, strlen(fun));
    if (mod == THE_NON_VALUE || f == THE_NON_VALUE) return false;
    bl_export *e = vm_export_find(vm, mod, f, (uint32_t)arity);
    return e && (e->code || e->bif);
}

static void fuzz_load_output(const compile_result *res) {
    if (!fuzz_sink_vm || fuzz_sink_uses++ >= FUZZ_VM_REUSE) {
        bl_vm_free(fuzz_sink_vm);
        fuzz_sink_vm = bl_vm_new(NULL);
        fuzz_sink_uses = 0;
        if (!fuzz_sink_vm) abort();
    }
    for (int i = 0; i < res->count; i++) {
        bl_module *m = loader_verify(fuzz_sink_vm, "fuzz.blc", res->modules[i].data, res->modules[i].len);
        if (m) {
            loader_free_module(m);
            continue;
        }
        const char *err = bl_last_error(fuzz_sink_vm);
        if (strstr(err, "out of memory")) continue;
        fprintf(stderr, "compiler output rejected by the verifier: %s\n", err);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    if (!fuzz_reference_vm && !(fuzz_reference_vm = bl_vm_new(NULL))) abort();
    const char *src = (const char *)data;
    compile_options opts = {fuzz_has_export, fuzz_reference_vm, "beamlet_fuzz_script"};
    compile_result res = {0};
    diag_list diags;
    diag_init(&diags, "fuzz.exs", src, size);
    int rc = compile_source("fuzz.exs", src, size, &opts, &res, &diags);
    char *text = diag_render(&diags, 1); /* rendering walks the source too */
    if (rc != 0 && diags.errors == 0) {
        fprintf(stderr, "compilation failed without an error message\n");
        abort();
    }
    if (rc == 0) fuzz_load_output(&res);
    free(text);
    diag_free(&diags);
    compile_result_free(&res);
    return 0;
}
