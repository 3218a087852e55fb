/* bif_text.h — built-ins on binaries and text (see bif_text.c). */
#ifndef BL_BIF_TEXT_H
#define BL_BIF_TEXT_H

#include "bif.h"

#define BIF_TEXT_LIST(BIF)                                                          \
    BIF("binary", "match", 2, bif_binary_match) BIF("binary", "match", 3, bif_binary_match3)   \
    BIF("binary", "matches", 2, bif_binary_matches) BIF("binary", "matches", 3, bif_binary_matches3) \
    BIF("binary", "split", 2, bif_binary_split2) BIF("binary", "split", 3, bif_binary_split3) \
    BIF("binary", "replace", 3, bif_binary_replace3) BIF("binary", "replace", 4, bif_binary_replace4) \
    BIF("binary", "part", 3, bif_binary_part) BIF("erlang", "binary_part", 3, bif_binary_part) \
    BIF("binary", "part", 2, bif_binary_part2) BIF("erlang", "binary_part", 2, bif_binary_part2) \
    BIF("binary", "copy", 1, bif_binary_copy1) BIF("binary", "copy", 2, bif_binary_copy)  \
    BIF("binary", "at", 2, bif_binary_at) BIF("binary", "first", 1, bif_binary_first)    \
    BIF("binary", "last", 1, bif_binary_last)                                          \
    BIF("binary", "decode_unsigned", 1, bif_binary_decode_unsigned1)                   \
    BIF("binary", "decode_unsigned", 2, bif_binary_decode_unsigned2)                   \
    BIF("binary", "encode_unsigned", 1, bif_binary_encode_unsigned1)                   \
    BIF("binary", "encode_unsigned", 2, bif_binary_encode_unsigned2)                   \
    BIF("binary", "longest_common_prefix", 1, bif_binary_longest_common_prefix)        \
    BIF("binary", "longest_common_suffix", 1, bif_binary_longest_common_suffix)        \
    BIF("binary", "compile_pattern", 1, bif_binary_compile_pattern)                    \
    BIF("erlang", "binary_to_list", 1, bif_binary_to_list)                             \
    BIF("binary", "bin_to_list", 1, bif_binary_to_list)                                \
    BIF("binary", "bin_to_list", 2, bif_binary_bin_to_list2)                           \
    BIF("binary", "bin_to_list", 3, bif_binary_bin_to_list3)                           \
    BIF("erlang", "list_to_binary", 1, bif_list_to_binary)                             \
    BIF("binary", "list_to_bin", 1, bif_binary_list_to_bin)                            \
    BIF("unicode", "characters_to_binary", 1, bif_characters_to_binary)                \
    BIF("unicode", "characters_to_list", 1, bif_characters_to_list)                    \
    BIF("erlang", "binary_to_integer", 1, bif_binary_to_integer1)                      \
    BIF("erlang", "binary_to_integer", 2, bif_binary_to_integer2)                      \
    BIF("erlang", "list_to_integer", 1, bif_list_to_integer)                           \
    BIF("erlang", "integer_to_binary", 2, bif_integer_to_binary2)                      \
    BIF("erlang", "integer_to_list", 1, bif_integer_to_list)                           \
    BIF("erlang", "binary_to_float", 1, bif_binary_to_float)                           \
    BIF("erlang", "float_to_binary", 2, bif_float_to_binary2)                          \
    BIF("erlang", "binary_to_atom", 2, bif_binary_to_atom2)                            \
    BIF("erlang", "binary_to_existing_atom", 2, bif_binary_to_existing_atom2)          \
    BIF("erlang", "atom_to_binary", 2, bif_atom_to_binary2)                            \
    BIF("erlang", "atom_to_list", 1, bif_atom_to_list)                                 \
    BIF("erlang", "list_to_atom", 1, bif_list_to_atom)                                 \
    BIF("math", "sqrt", 1, bif_math_sqrt) BIF("math", "floor", 1, bif_math_floor)       \
    BIF("math", "ceil", 1, bif_math_ceil) BIF("math", "log", 1, bif_math_log)           \
    BIF("math", "log2", 1, bif_math_log2) BIF("math", "log10", 1, bif_math_log10)       \
    BIF("math", "exp", 1, bif_math_exp) BIF("math", "sin", 1, bif_math_sin)             \
    BIF("math", "cos", 1, bif_math_cos) BIF("math", "tan", 1, bif_math_tan)             \
    BIF("math", "atan", 1, bif_math_atan) BIF("math", "pow", 2, bif_math_pow)           \
    BIF("math", "pi", 0, bif_math_pi)                                                  \
    BIF("beamlet", "upcase", 1, bif_upcase) BIF("beamlet", "downcase", 1, bif_downcase) \
    BIF("beamlet", "capitalize", 1, bif_capitalize)                                    \
    BIF("beamlet", "is_whitespace", 1, bif_is_whitespace)

/* Kernel.to_string/1 of a list: the string, or List.to_string/1's
 * ArgumentError or UnicodeConversionError raised. */
bl_term text_list_to_string(bl_process *p, bl_term *args);

#define BIF_TEXT_DECLARE(m, n, a, f) bl_term f(bl_process *p, bl_term *args);
BIF_TEXT_LIST(BIF_TEXT_DECLARE)
#undef BIF_TEXT_DECLARE

#endif
