/* compile.c — the compiler driver: parse, generate, collect modules. */
#include "compile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen.h"
#include "parser.h"

typedef struct {
    compile_result *out;
    const compile_options *opts;
} compile_ctx;

static void compile_on_module(void *ctx, cg_module *m, unsigned char *data, size_t len) {
    compile_result *r = ((compile_ctx *)ctx)->out;
    if (r->count == r->cap) {
        int cap = r->cap ? r->cap * 2 : 8;
        compiled_module *mods = realloc(r->modules, (size_t)cap * sizeof *mods);
        if (!mods) {
            free(data);
            return;
        }
        r->modules = mods;
        r->cap = cap;
    }
    compiled_module *cm = &r->modules[r->count++];
    memset(cm, 0, sizeof *cm);
    cm->name = strdup(m->name);
    cm->data = data;
    cm->len = len;
    cm->exports = calloc((size_t)m->nfuns + 1, sizeof *cm->exports);
    for (int i = 0; i < m->nfuns && cm->exports; i++) {
        if (m->funs[i].private) continue;
        char buf[512];
        snprintf(buf, sizeof buf, "%.*s/%d", (int)m->funs[i].len, m->funs[i].name, m->funs[i].arity);
        cm->exports[cm->nexports++] = strdup(buf);
    }
}

bool compile_result_exports(const compile_result *r, const char *module, const char *fun, int arity) {
    char buf[512];
    snprintf(buf, sizeof buf, "%s/%d", fun, arity);
    for (int i = 0; i < r->count; i++) {
        if (strcmp(r->modules[i].name, module) != 0) continue;
        for (int k = 0; k < r->modules[i].nexports; k++)
            if (r->modules[i].exports[k] && strcmp(r->modules[i].exports[k], buf) == 0) return true;
    }
    return false;
}

/* Modules compiled earlier in this file count, then whatever the caller knows. */
static bool compile_has_export(void *ctx, const char *module, const char *fun, int arity) {
    compile_ctx *c = ctx;
    if (compile_result_exports(c->out, module, fun, arity)) return true;
    return c->opts && c->opts->has_export && c->opts->has_export(c->opts->ctx, module, fun, arity);
}

int compile_source(const char *file, const char *src, size_t len, const compile_options *opts,
                   compile_result *out, diag_list *diags) {
    ast_arena *arena = ast_arena_new();
    if (!arena) {
        diag_add(diags, DIAG_COMPILE_ERROR, 0, 0, "out of memory");
        return -1;
    }
    ast *program = parse_program(arena, diags, src, len);
    if (program && diags->errors == 0) {
        compile_ctx ctx = {out, opts};
        cg_state cg = {0};
        cg.arena = arena;
        cg.diags = diags;
        cg.file = file;
        cg.has_export = compile_has_export;
        cg.ctx = &ctx;
        cg.on_module = compile_on_module;
        cg.on_module_ctx = &ctx;
        cg_program(&cg, program, opts ? opts->script_module : NULL);
        out->has_script = cg.produced_script;
        free(cg.vars);
    }
    ast_arena_free(arena);
    return diags->errors ? -1 : 0;
}

void compile_result_free(compile_result *r) {
    for (int i = 0; i < r->count; i++) {
        free(r->modules[i].name);
        free(r->modules[i].data);
        for (int k = 0; k < r->modules[i].nexports; k++) free(r->modules[i].exports[k]);
        free(r->modules[i].exports);
    }
    free(r->modules);
    memset(r, 0, sizeof *r);
}
