/*
 * diag.h — compile-time diagnostics (errors and warnings) with positions.
 *
 * Every stage of the compiler reports through one `diag_list` owned by the
 * compilation.  Nothing is printed from inside the compiler: the caller (the
 * CLI, or the embedding API's bl_last_error) renders the list with
 * diag_render, which prints Elixir's shape:
 *
 *   ** (SyntaxError) file.exs:4:2: unexpected token: )
 *       |
 *     4 |   foo(1))
 *       |          ^
 */
#ifndef BL_DIAG_H
#define BL_DIAG_H

#include <stdarg.h>
#include <stddef.h>

typedef enum {
    DIAG_SYNTAX_ERROR,  /* ** (SyntaxError) */
    DIAG_TOKEN_ERROR,   /* ** (TokenMissingError) */
    DIAG_COMPILE_ERROR, /* ** (CompileError) */
    DIAG_WARNING        /* warning: ... */
} diag_kind;

typedef struct {
    diag_kind kind;
    int line, col;
    char *message;
} diag;

typedef struct {
    const char *file;   /* name shown in messages */
    const char *source; /* whole source text, for the excerpt */
    size_t source_len;
    diag *items;
    int count, cap;
    int errors; /* number of non-warning items */
} diag_list;

void diag_init(diag_list *d, const char *file, const char *source, size_t len);
void diag_free(diag_list *d);
void diag_add(diag_list *d, diag_kind kind, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void diag_addv(diag_list *d, diag_kind kind, int line, int col, const char *fmt, va_list ap);

/* Appends the rendered text of every item to a malloc'd string. */
char *diag_render(const diag_list *d, int with_warnings);

#endif
