/*
 * print.h — terms as text: inspect/1 and to_string/1 (String.Chars) for
 * the built-in types, written into an fmt_buf (format.h).
 */
#ifndef BL_PRINT_H
#define BL_PRINT_H

#include "format.h"
#include "vm.h"

/* inspect/1: one line, Elixir 1.14's notation. */
void print_inspect(bl_vm *vm, fmt_buf *b, bl_term t);
/* to_string/1 for terms that have a String.Chars form (binaries, atoms,
 * numbers, chardata lists).  Returns false for other terms. */
bool print_to_string(bl_vm *vm, fmt_buf *b, bl_term t);
/* Appends the bytes of iodata (chars false: bytes 0..255, binaries and
 * nested lists of them) or of chardata (chars true: code points written as
 * UTF-8).  Returns false if `t` is neither; nesting depth is unlimited. */
bool print_iodata(fmt_buf *b, bl_term t, bool chars);
/* Foo.Bar for Elixir aliases, :lists for Erlang modules. */
void print_module_name(bl_vm *vm, fmt_buf *b, bl_term mod);
/* A function name as Exception.format_mfa writes it. */
void print_function_name(bl_vm *vm, fmt_buf *b, bl_term fun);
/* Whether map `m` has exactly the fields of struct module `sm`. */
bool print_is_whole_struct(bl_vm *vm, bl_term m, const bl_module *sm);
/* The arity of a fun term. */
int print_fun_arity(bl_term fun);

#endif
