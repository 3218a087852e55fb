/*
 * seed_blc.c — writes the bytecode of source files into a directory, as
 * seeds for fuzz_loader.  Unlike `beamlet compile` it accepts scripts:
 * top-level code becomes a module of its own, so every tests/lang program
 * yields valid files.  Usage: seed_blc OUTDIR FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../compiler/compile.h"
#include "vm.h"

static bool seed_has_export(void *ctx, const char *module, const char *fun, int arity) {
    bl_vm *vm = ctx;
    bl_term mod = atom_lookup(&vm->atoms, module, strlen(module));
    bl_term f = atom_lookup(&vm->atoms, fun, strlen(fun));
    if (mod == THE_NON_VALUE || f == THE_NON_VALUE) return false;
    bl_export *e = vm_export_find(vm, mod, f, (uint32_t)arity);
    return e && (e->code || e->bif);
}

static char *seed_read(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc(n > 0 ? (size_t)n : 1);
    *len = buf && n > 0 ? fread(buf, 1, (size_t)n, f) : 0;
    fclose(f);
    return buf;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: seed_blc OUTDIR FILE...\n");
        return 2;
    }
    bl_vm *vm = bl_vm_new(NULL);
    if (!vm) return 1;
    int written = 0;
    for (int i = 2; i < argc; i++) {
        size_t len;
        char *src = seed_read(argv[i], &len);
        if (!src) continue;
        compile_options opts = {seed_has_export, vm, "beamlet_script"};
        compile_result res = {0};
        diag_list diags;
        diag_init(&diags, argv[i], src, len);
        if (compile_source(argv[i], src, len, &opts, &res, &diags) == 0) {
            for (int k = 0; k < res.count; k++) {
                char path[4096];
                snprintf(path, sizeof path, "%s/%d-%s.blc", argv[1], i, res.modules[k].name);
                FILE *out = fopen(path, "wb");
                if (!out) continue;
                fwrite(res.modules[k].data, 1, res.modules[k].len, out);
                fclose(out);
                written++;
            }
        }
        compile_result_free(&res);
        diag_free(&diags);
        free(src);
    }
    bl_vm_free(vm);
    printf("%d bytecode files in %s\n", written, argv[1]);
    return 0;
}
