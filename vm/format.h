/*
 * format.h — text the way Elixir 1.14 (OTP 25) prints it.
 *
 * Everything here works on plain C data (bytes, code points, doubles,
 * int64s), never on VM terms, so the inspect/to_string layers can use it
 * without this file knowing the term layout.  Output goes to an fmt_buf, a
 * growable byte buffer with a sticky `failed` flag: once an allocation
 * fails, every later write is ignored and the caller checks the flag once
 * at the end (the library never aborts).
 *
 * The functions print what single `inspect/1` calls print for one value
 * (Kernel.inspect/2 does not break lines).  Limits are explicit arguments:
 * Inspect.Opts defaults are FMT_INSPECT_LIMIT and FMT_PRINTABLE_LIMIT, and
 * FMT_NO_LIMIT means `:infinity`.  Line breaking at width 80 (IO.inspect)
 * is left to the document layer that assembles containers.
 */
#ifndef BL_FORMAT_H
#define BL_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Inspect.Opts defaults: `limit: 50`, `printable_limit: 4096`. */
#define FMT_INSPECT_LIMIT ((size_t)50)
#define FMT_PRINTABLE_LIMIT ((size_t)4096)
#define FMT_NO_LIMIT SIZE_MAX

/* ---- output buffer ------------------------------------------------------ */

typedef struct {
    char *data;  /* NUL-terminated whenever non-NULL; len excludes the NUL */
    size_t len, cap;
    bool failed; /* sticky: set by the first allocation failure */
} fmt_buf;

void fmt_buf_init(fmt_buf *b);
void fmt_buf_free(fmt_buf *b);
/* Empties the buffer, keeping its memory and clearing `failed`. */
void fmt_buf_reset(fmt_buf *b);
/* Makes room for `extra` more bytes; false (and `failed` set) if it cannot. */
bool fmt_buf_reserve(fmt_buf *b, size_t extra);
void fmt_buf_putc(fmt_buf *b, char c);
void fmt_buf_puts(fmt_buf *b, const char *s);
void fmt_buf_write(fmt_buf *b, const void *p, size_t n);
#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 3)))
#endif
void fmt_buf_printf(fmt_buf *b, const char *fmt, ...);
/* The contents as a C string; "" for a buffer never written to. */
const char *fmt_buf_cstr(const fmt_buf *b);

/* ---- UTF-8 -------------------------------------------------------------- */

#define FMT_UTF8_MAX 4

/* Decodes the code point at s[0..n).  Returns its length in bytes (1-4), or
 * 0 if the bytes are not well-formed UTF-8 as Erlang's `::utf8` match sees
 * it: truncated, overlong, a surrogate or above U+10FFFF. */
size_t fmt_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* Encodes cp into out; returns the length, or 0 for a negative value, a
 * surrogate or a value above U+10FFFF (which `<<cp::utf8>>` rejects).
 * Takes any integer a term holds, so no caller narrows one first. */
size_t fmt_utf8_encode(int64_t cp, unsigned char out[FMT_UTF8_MAX]);

/* ---- numbers ------------------------------------------------------------ */

/* Float.to_string/1, to_string/1, IO.puts/1 and "#{f}": Erlang's
 * float_to_binary(F, [short]), e.g. 1.0e3, 0.1, 1.0e-5, -0.0. */
void fmt_float(fmt_buf *b, double d);
/* inspect/1 of a float: like fmt_float, except that integral values with
 * 1.0 <= |d| < 1.0e16 print as integers with ".0" (1000.0, not 1.0e3). */
void fmt_inspect_float(fmt_buf *b, double d);
/* The shortest decimal digits that read back as |d| (d finite, non-zero):
 * writes up to 17 digits and a NUL to digits, returns how many, and sets
 * *exp10 so that |d| == 0.D * 10^(*exp10 + 1), i.e. D[0].D[1..]e(*exp10). */
size_t fmt_float_shortest(double d, char digits[18], int *exp10);

/* Integer.to_string(v, base) for base 2..36, digits in uppercase ("FF").
 * A base outside 2..36 prints in base 10. */
void fmt_int(fmt_buf *b, int64_t v, int base);

/* ---- binaries and strings ----------------------------------------------- */

/* String.printable?(s, limit): valid UTF-8 whose code points are printable
 * (or one of \n \r \t \v \b \f \e \d \a), looking at the first `limit` code
 * points only; what follows them is not examined. */
bool fmt_binary_is_printable(const unsigned char *s, size_t n, size_t limit);

/* Writes s with Elixir's escapes for a literal delimited by `quote` (either
 * '"' or '\''), without the delimiters, stopping after `limit` units (a
 * code point, an escaped delimiter, a "#{" pair or an invalid byte each
 * count one).  Returns true if it stopped before the end of s. */
bool fmt_escape(fmt_buf *b, const unsigned char *s, size_t n, char quote, size_t limit);

/* inspect/1 of a binary known to be printable: "..." with escapes, and
 * `"..." <> ...` when longer than printable_limit code points. */
void fmt_inspect_string(fmt_buf *b, const unsigned char *s, size_t n, size_t printable_limit);
/* inspect/1 of a bitstring as numbers: <<1, 2, 255>>, <<1, 5::size(3)>>,
 * "..." after `limit` bytes.  bit_size counts bits; a trailing partial byte
 * is taken from the high bits of the next byte, as the VM stores it. */
void fmt_inspect_bits(fmt_buf *b, const unsigned char *s, size_t bit_size, size_t limit);
/* The same for whole bytes. */
void fmt_inspect_bytes(fmt_buf *b, const unsigned char *s, size_t n, size_t limit);
/* inspect/1 of any binary, choosing the string or <<...>> form as
 * Inspect.BitString does (`binaries: :infer`). */
void fmt_inspect_binary(fmt_buf *b, const unsigned char *s, size_t n, size_t limit,
                        size_t printable_limit);

/* ---- charlists ---------------------------------------------------------- */

/* List.ascii_printable?(cps, limit): Elixir 1.14 prints a list of integers
 * as 'abc' only when its first `limit` elements are in 32..126, 7..13 or
 * 27 (so never for a non-ASCII code point such as ?é). */
bool fmt_charlist_is_printable(const uint32_t *cps, size_t n, size_t limit);
/* '...' with escapes, and `'...' ++ ...` past printable_limit. */
void fmt_inspect_charlist(fmt_buf *b, const uint32_t *cps, size_t n, size_t printable_limit);

/* ---- atoms -------------------------------------------------------------- */

/* Macro.classify_atom/1. */
typedef enum {
    FMT_ATOM_ALIAS,      /* Elixir.Foo.Bar (and Elixir itself) */
    FMT_ATOM_IDENTIFIER, /* foo, foo?, _bar, héllo */
    FMT_ATOM_UNQUOTED,   /* operators, Foo, foo@bar, <<>>, %{} */
    FMT_ATOM_QUOTED      /* everything else: "with space", "123" */
} fmt_atom_class;

/* name is the atom's UTF-8 text (atoms are always valid UTF-8). */
fmt_atom_class fmt_atom_classify(const char *name, size_t len);
/* inspect/1 of an atom: :ok, :"with space", Foo.Bar, true, :"Elixir.foo". */
void fmt_inspect_atom(fmt_buf *b, const char *name, size_t len);
/* A keyword-list or map key with its colon: `a:`, `"with space":`,
 * `"Elixir":`.  The caller adds the space before the value. */
void fmt_inspect_keyword_key(fmt_buf *b, const char *name, size_t len);
/* Whether an atom may be printed as a keyword key at all: Inspect.List
 * prints [{Foo, 1}] as a tuple list because of keys that start with
 * "Elixir." (maps use the same rule for `%{Foo => 1}`). */
bool fmt_atom_is_keyword_key(const char *name, size_t len);
/* The function name of a remote call (&Mod.fun/1): foo, +, "with space". */
void fmt_inspect_remote_name(fmt_buf *b, const char *name, size_t len);

#endif
