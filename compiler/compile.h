/*
 * compile.h — the compiler's entry point: Elixir source in, one bytecode
 * file per module out.
 *
 * A source file may define modules (defmodule, nested ones too) and hold
 * top-level code.  The top-level code becomes the function __script__/0 of
 * an extra module (`script_module`), which the caller runs to execute the
 * file as `elixir file.exs` would.
 */
#ifndef BL_COMPILE_H
#define BL_COMPILE_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

typedef struct {
    char *name; /* the module's atom text, e.g. "Elixir.Foo.Bar" */
    unsigned char *data;
    size_t len;
    char **exports; /* "name/arity" of each public function */
    int nexports;
} compiled_module;

/* Asks whether `module` exports fun/arity (for calls that resolve to
 * Kernel or to imported modules). */
typedef bool (*compile_export_query)(void *ctx, const char *module, const char *fun, int arity);

typedef struct {
    compile_export_query has_export; /* may be NULL */
    void *ctx;
    const char *script_module; /* name for the top-level code's module; NULL: none allowed */
} compile_options;

typedef struct {
    compiled_module *modules;
    int count, cap;
    bool has_script; /* the script module is the last one */
} compile_result;

/* Returns 0 on success; on failure diags holds the errors.  Warnings are
 * added to diags either way. */
int compile_source(const char *file, const char *src, size_t len, const compile_options *opts,
                   compile_result *out, diag_list *diags);
void compile_result_free(compile_result *r);

/* Whether a module in `r` exports fun/arity. */
bool compile_result_exports(const compile_result *r, const char *module, const char *fun, int arity);

#endif
