/*
 * unicode.h — Unicode case mapping and whitespace, as Elixir 1.14 does them.
 *
 * The mappings are those of String.upcase/1, String.downcase/1 and
 * String.capitalize/1 in their default mode: per code point, with no
 * context (1.14 lower-cases a final capital sigma to σ, not ς), and with
 * mappings that produce several code points (ß → "SS", ŉ → "ʼN", ﬁ → "FI").
 * Bytes that are not valid UTF-8 (as Erlang's utf8 segment decides: no
 * overlong forms, no surrogates, nothing above U+10FFFF) pass through
 * unchanged, one byte at a time, as they do in Elixir.
 *
 * Everything here is pure: no allocation, no state.
 */
#ifndef BL_UNICODE_H
#define BL_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The most code points one code point maps to (U+0390 ΐ upcases to three). */
#define UNI_CASE_MAX_OUT 3
/* A cased UTF-8 string is at most this many times longer, in bytes, than the
 * original (U+0390: 2 bytes in, 6 bytes out). */
#define UNI_CASE_MAX_GROWTH 3

typedef enum { UNI_UPCASE, UNI_DOWNCASE, UNI_CAPITALIZE } uni_case_mode;

/* Map one code point; write the result to out and return how many code
 * points it has (1..3).  A code point that does not change maps to itself. */
size_t uni_upcase(uint32_t cp, uint32_t out[UNI_CASE_MAX_OUT]);
size_t uni_downcase(uint32_t cp, uint32_t out[UNI_CASE_MAX_OUT]);
/* Title case, for the first character of String.capitalize/1 (ǆ → ǅ, ß → "Ss"). */
size_t uni_titlecase(uint32_t cp, uint32_t out[UNI_CASE_MAX_OUT]);

/* Whitespace as String.trim/1, trim_leading/1 and trim_trailing/1 see it
 * (the Unicode White_Space property, U+00A0 included). */
bool uni_is_whitespace(uint32_t cp);
/* Whitespace String.split/1 splits at: the above minus the non-breaking
 * spaces U+00A0, U+2007 and U+202F. */
bool uni_is_split_whitespace(uint32_t cp);

/* Decode one code point from s[0..len).  Returns the bytes it took (1..4),
 * or 0 when s does not start with a valid UTF-8 sequence (or len is 0). */
size_t uni_utf8_decode(const uint8_t *s, size_t len, uint32_t *cp);
/* Encode a scalar value; returns its length (1..4), 0 for a surrogate or a
 * value above U+10FFFF. */
size_t uni_utf8_encode(uint32_t cp, uint8_t out[4]);

/* Case a whole UTF-8 binary as String.upcase/downcase/capitalize do.
 * Writes at most cap bytes to dst (dst may be NULL when cap is 0) and
 * returns the full length of the result, like snprintf; a result never
 * exceeds len * UNI_CASE_MAX_GROWTH bytes.  src and dst must not overlap. */
size_t uni_case_utf8(uni_case_mode mode, const uint8_t *src, size_t len, uint8_t *dst, size_t cap);

#endif
