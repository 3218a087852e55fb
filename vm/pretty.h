/*
 * pretty.h — inspect with options, laid out as Elixir 1.14's
 * Inspect.Algebra lays it out: IO.inspect breaks a term that does not fit
 * in `width` columns exactly where Elixir breaks it.
 */
#ifndef BL_PRETTY_H
#define BL_PRETTY_H

#include "format.h"
#include "vm.h"

typedef enum { PRETTY_INFER, PRETTY_AS_LISTS, PRETTY_AS_CHARLISTS } pretty_charlists;
typedef enum { PRETTY_BIN_INFER, PRETTY_AS_BINARIES, PRETTY_AS_STRINGS } pretty_binaries;

typedef struct {
    bool pretty;            /* lay out to `width`; false: one line (inspect/2's default) */
    int width;              /* 80 unless given */
    size_t limit;           /* items shown per collection (FMT_INSPECT_LIMIT; FMT_NO_LIMIT = :infinity) */
    size_t printable_limit; /* code points shown per string/charlist */
    pretty_charlists charlists;
    pretty_binaries binaries;
} pretty_opts;

void pretty_opts_default(pretty_opts *o);
/* Reads an Inspect.Opts keyword list (pretty:, width:, limit:,
 * printable_limit:, charlists:, binaries:); false on a bad option. */
bool pretty_opts_parse(bl_vm *vm, bl_term keywords, pretty_opts *o);
void pretty_inspect(bl_vm *vm, fmt_buf *b, bl_term t, const pretty_opts *o);

#endif
