/*
 * parser.h — source text to AST (see ast.h for the shape of the tree).
 *
 * A hand-written recursive-descent parser with precedence climbing for the
 * binary operators, over the token array of lexer.h.  Syntax errors are
 * recorded in the diag_list with 1-based line and byte column; parsing stops
 * at the first one, as Elixir's does.  Nesting deeper than PARSE_MAX_DEPTH
 * is an error rather than a stack overflow.
 */
#ifndef BL_PARSER_H
#define BL_PARSER_H

#include <stddef.h>

#include "ast.h"
#include "diag.h"

/* Deepest nesting of expressions (brackets, operators, blocks). */
#define PARSE_MAX_DEPTH 1000

/*
 * Parses a whole file: returns an AST_BLOCK of the top-level expressions,
 * allocated in `arena`, or NULL after recording the errors in `diags`.
 * `src` need not be NUL-terminated; NUL bytes and invalid UTF-8 in it are
 * syntax errors.
 */
ast *parse_program(ast_arena *arena, diag_list *diags, const char *src, size_t len);

#endif
