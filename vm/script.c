/*
 * script.c — compiling source into a VM and running scripts
 * (bl_load_source, bl_load_file, bl_run_script).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../compiler/compile.h"
#include "loader.h"
#include "vm.h"



/* The compiler asks which functions other modules export. */
static bool script_has_export(void *ctx, const char *module, const char *fun, int arity) {
    bl_vm *vm = ctx;
    bl_term mod = atom_lookup(&vm->atoms, module, strlen(module));
    /* load the module first if it is the standard library's: its
     * function names are atoms only once it is */
    if (mod == THE_NON_VALUE) return false;
    vm_module_find(vm, mod);
    bl_term f = atom_lookup(&vm->atoms, fun, strlen(fun));
    if (f == THE_NON_VALUE) return false;
    bl_export *e = vm_export_find(vm, mod, f, (uint32_t)arity);
    return e && (e->code || e->bif);
}

/* Compiles and loads; *script receives the top-level code's module name
 * (malloc'd) when there is top-level code. */
static bl_status script_compile_load(bl_vm *vm, const char *name, const char *src, size_t len, char **script) {
    char script_name[64];
    snprintf(script_name, sizeof script_name, "beamlet_script_%u", vm->scripts_loaded++);
    compile_options opts = {script_has_export, vm, script_name};
    compile_result res = {0};
    diag_list diags;
    diag_init(&diags, name, src, len);
    int rc = compile_source(name, src, len, &opts, &res, &diags);
    char *text = diag_render(&diags, 1);
    bl_status status = BL_OK;
    if (rc != 0) {
        vm_set_error(vm, "%s", text ? text : "compile error");
        status = BL_ERR_COMPILE;
    } else {
        if (text && *text) vm_write(vm, 1, text, strlen(text)); /* warnings */
        for (int i = 0; i < res.count && status == BL_OK; i++)
            if (!loader_load(vm, name, res.modules[i].data, res.modules[i].len)) status = BL_ERR_LOAD;
        if (status == BL_OK && script && res.has_script) *script = strdup(res.modules[res.count - 1].name);
    }
    free(text);
    diag_free(&diags);
    compile_result_free(&res);
    return status;
}

/* Runs a script module's __script__/0 under Beamlet.Runner.run/1, which
 * reports an uncaught error as Elixir does. */
static bl_status script_run_loaded(bl_vm *vm, const char *script_module, int *exit_status) {
    bl_term mod = atom_intern(&vm->atoms, script_module, strlen(script_module));
    bl_term fun = atom_intern(&vm->atoms, "__script__", strlen("__script__"));
    bl_export *e = vm_export_find(vm, mod, fun, 0);
    if (!e || !e->code) return BL_OK;
    bl_term runner_mod = atom_intern(&vm->atoms, "Elixir.Beamlet.Runner", strlen("Elixir.Beamlet.Runner"));
    bl_export *runner = vm_export_lookup(vm, runner_mod, atom_intern(&vm->atoms, "run", 3), 1);
    int status = runner && runner->code ? vm_run_main(vm, runner, &mod, 1) : vm_run_main(vm, e, NULL, 0);
    if (exit_status) *exit_status = status;
    return status == 0 ? BL_OK : BL_ERR_RUNTIME;
}

/* Code cannot run while code runs (a native loading a script). */
static bl_status script_busy(bl_vm *vm) {
    vm_set_error(vm, "cannot run code while the VM is running (from a native or an output callback)");
    return BL_ERR_BUSY;
}

bl_status bl_load_source(bl_vm *vm, const char *name, const char *src, size_t len) {
    if (vm->running) return script_busy(vm);
    char *script = NULL;
    bl_status st = script_compile_load(vm, name, src, len, &script);
    if (st == BL_OK && script) st = script_run_loaded(vm, script, NULL);
    free(script);
    return st;
}

bl_status bl_run_script(bl_vm *vm, const char *name, const char *src, size_t len, int *exit_status) {
    char *script = NULL;
    if (exit_status) *exit_status = 0;
    if (vm->running) return script_busy(vm);
    bl_status st = script_compile_load(vm, name, src, len, &script);
    if (st != BL_OK) {
        if (exit_status) *exit_status = 1;
        free(script);
        return st;
    }
    if (script) st = script_run_loaded(vm, script, exit_status);
    free(script);
    return st;
}

static unsigned char *script_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 65536, n = 0, got;
    unsigned char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            unsigned char *b = realloc(buf, cap * 2);
            if (!b) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = b;
            cap *= 2;
        }
    }
    bool failed = ferror(f);
    fclose(f);
    if (failed) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

unsigned char *vm_read_file(const char *path, size_t *len) { return script_read_file(path, len); }

bl_status bl_load_file(bl_vm *vm, const char *path) {
    size_t len;
    unsigned char *data = script_read_file(path, &len);
    if (!data) {
        vm_set_error(vm, "could not read file %s", path);
        return BL_ERR_IO;
    }
    bl_status st;
    size_t plen = strlen(path);
    if (plen > 4 && strcmp(path + plen - 4, ".blc") == 0) st = bl_load_bytecode(vm, path, data, len);
    else st = bl_load_source(vm, path, (const char *)data, len);
    free(data);
    return st;
}
