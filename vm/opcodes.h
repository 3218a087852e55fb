/*
 * opcodes.h — every instruction of the VM, listed once.
 *
 * OP(name, operands, semantics) is expanded into the opcode enum, the name
 * and operand-format tables (used by the compiler's writer, the loader's
 * verifier and the disassembler) and the interpreter's dispatch table.
 *
 * Operand letters:
 *   x  x register            y  y register (slot of the current frame)
 *   s  source: x, y, small integer, atom, [] or literal
 *   d  destination: x or y   u  unsigned integer
 *   l  label (a jump target) f  fail label, or 0 for "raise instead"
 *   a  atom                  e  import (module, function, arity)
 *   F  lambda (a fun body of this module)
 *   L  a list of sources: a count, then that many sources (last operand only)
 *
 * `live` operands count the x registers holding values at an instruction
 * that may collect garbage; they are the collector's roots besides the stack.
 */
#ifndef BL_OPCODES_H
#define BL_OPCODES_H

#define OPCODE_LIST(OP)                                                                      \
    OP(label, "u", "pseudo: defines label u here (removed by the loader)")                  \
    OP(line, "u", "pseudo: following code is from source line u (goes to the line table)") \
    OP(func_info, "aau", "function head: module, name, arity; raises function_clause")      \
    OP(allocate, "uu", "push a frame of u nil slots and the CP; live")                      \
    OP(deallocate, "u", "pop a frame of u slots, restoring the CP")                         \
    OP(return, "", "continue at the CP")                                                    \
    OP(call, "ul", "call local code at l with arity u")                                     \
    OP(call_last, "ulu", "deallocate u, then jump to l: a tail call")                       \
    OP(call_only, "ul", "jump to l: a tail call from a function without a frame")          \
    OP(call_ext, "ue", "call import e with arity u")                                        \
    OP(call_ext_last, "ueu", "deallocate u, then tail-call import e")                       \
    OP(call_fun, "u", "call the fun in x[u] with u arguments")                              \
    OP(call_fun_last, "uu", "deallocate, then tail-call the fun in x[u]")                   \
    OP(apply, "u", "call function x[u+1] of module x[u] with u arguments")                  \
    OP(apply_last, "uu", "deallocate, then tail-apply")                                     \
    OP(bif, "efudL", "d := import e (a built-in) applied to L; on error jump f or raise; live u") \
    OP(move, "sd", "d := s")                                                                \
    OP(jump, "l", "continue at l")                                                          \
    OP(is_integer, "ls", "jump to l unless s is an integer")                                \
    OP(is_float, "ls", "jump to l unless s is a float")                                     \
    OP(is_number, "ls", "jump to l unless s is a number")                                   \
    OP(is_atom, "ls", "jump to l unless s is an atom")                                      \
    OP(is_boolean, "ls", "jump to l unless s is true or false")                             \
    OP(is_binary, "ls", "jump to l unless s is a binary")                                   \
    OP(is_list, "ls", "jump to l unless s is a list or []")                                 \
    OP(is_nonempty_list, "ls", "jump to l unless s is a cons cell")                         \
    OP(is_nil, "ls", "jump to l unless s is []")                                            \
    OP(is_tuple, "ls", "jump to l unless s is a tuple")                                     \
    OP(is_function, "ls", "jump to l unless s is a fun")                                    \
    OP(is_pid, "ls", "jump to l unless s is a pid")                                         \
    OP(is_map, "ls", "jump to l unless s is a map")                                         \
    OP(test_arity, "lsu", "jump to l unless tuple s has arity u")                           \
    OP(is_eq_exact, "lss", "jump to l unless s1 === s2")                                    \
    OP(is_ne_exact, "lss", "jump to l if s1 === s2")                                        \
    OP(is_eq, "lss", "jump to l unless s1 == s2")                                           \
    OP(is_ne, "lss", "jump to l if s1 == s2")                                               \
    OP(is_lt, "lss", "jump to l unless s1 < s2")                                            \
    OP(is_ge, "lss", "jump to l unless s1 >= s2")                                           \
    OP(is_truthy, "ls", "jump to l if s is nil or false")                                   \
    OP(get_list, "sdd", "d1 := hd(s), d2 := tl(s)")                                         \
    OP(get_hd, "sd", "d := hd(s)")                                                          \
    OP(get_tl, "sd", "d := tl(s)")                                                          \
    OP(get_tuple_element, "sud", "d := element u (from 0) of tuple s")                      \
    OP(put_list, "ssdu", "d := [s1 | s2]; live u")                                          \
    OP(make_tuple, "duL", "d := a tuple of L; live u")                                      \
    OP(make_list, "dusL", "d := the list of L ending in tail s; live u")                    \
    OP(make_fun, "dFuL", "d := a closure of lambda F capturing L; live u")                  \
    OP(make_map, "duL", "d := a map of the key/value pairs in L; live u")                  \
    OP(update_map, "dusL", "d := map s with existing keys of L set; live u")                \
    OP(get_map_elem, "lssd", "d := value of key s2 in map s1; jump to l if absent or no map") \
    OP(bs_build, "duL", "d := a binary of the segments L (value, size, flags triples); live u") \
    OP(bs_get_integer, "lsxsud", "d := integer of size s2 (flags u) at bit x of binary s1; advance x; else jump l") \
    OP(bs_get_float, "lsxsud", "d := float of size s2 (flags u) at bit x of binary s1; advance x; else jump l") \
    OP(bs_get_binary, "lsxsud", "d := the s2 units (or :all) at bit x of binary s1; advance x; else jump l") \
    OP(bs_get_utf8, "lsxd", "d := the UTF-8 code point at bit x of binary s; advance x; else jump l") \
    OP(bs_test_tail, "lsx", "jump to l unless bit x is the end of binary s")                \
    OP(badmatch, "s", "raise {:badmatch, s}")                                               \
    OP(case_end, "s", "raise {:case_clause, s}")                                            \
    OP(cond_end, "", "raise cond_clause")                                                   \
    OP(recv_set_mark, "s", "if s is the newest reference, start the receive at its mark")   \
    OP(loop_rec, "ld", "d := the message at the save pointer; jump to l if there is none")  \
    OP(loop_rec_end, "l", "advance the save pointer past a rejected message; jump to l")    \
    OP(remove_message, "", "take the message at the save pointer out of the mailbox")       \
    OP(wait, "l", "wait for a message, then continue at l")                                 \
    OP(wait_timeout, "ls", "wait for a message (continue at l) or s ms (continue here)")    \
    OP(timeout, "", "a receive timed out: disarm it and rewind the save pointer")           \
    OP(try, "l", "push an exception handler at l for the current frame")                   \
    OP(try_end, "", "pop the innermost exception handler")                                  \
    OP(resume_bif, "", "internal: call the BIF continuation a switched-out process left")      \
    OP(bif_add, "efudL", "internal: bif for :erlang.+/2, with a small-integer fast path")     \
    OP(bif_sub, "efudL", "internal: bif for :erlang.-/2, with a small-integer fast path")     \
    OP(bif_mul, "efudL", "internal: bif for :erlang.*/2, with a small-integer fast path")     \
    OP(bif_add_xc, "efudL", "internal: bif_add of an x register and a small integer")          \
    OP(bif_add_yc, "efudL", "internal: bif_add of a y register and a small integer")           \
    OP(bif_sub_xc, "efudL", "internal: bif_sub of an x register and a small integer")          \
    OP(bif_sub_yc, "efudL", "internal: bif_sub of a y register and a small integer")           \
    OP(bif_add_xx, "efudL", "internal: bif_add of two x registers")                            \
    OP(bif_add_xy, "efudL", "internal: bif_add of an x and a y register")                      \
    OP(bif_add_yx, "efudL", "internal: bif_add of a y and an x register")                      \
    OP(bif_add_yy, "efudL", "internal: bif_add of two y registers")                            \
    OP(bif_sub_xx, "efudL", "internal: bif_sub of two x registers")                            \
    OP(bif_sub_xy, "efudL", "internal: bif_sub of an x and a y register")                      \
    OP(bif_sub_yx, "efudL", "internal: bif_sub of a y and an x register")                      \
    OP(bif_sub_yy, "efudL", "internal: bif_sub of two y registers")                            \
    OP(move_xx, "sd", "internal: move, x register to x register")                             \
    OP(move_xy, "sd", "internal: move, x register to y register")                             \
    OP(move_yx, "sd", "internal: move, y register to x register")                             \
    OP(move_yy, "sd", "internal: move, y register to y register")                             \
    OP(move_cx, "sd", "internal: move, constant to x register")                               \
    OP(move_cy, "sd", "internal: move, constant to y register")                               \
    OP(is_eq_exact_xc, "lss", "internal: is_eq_exact of an x register and an immediate")     \
    OP(is_eq_exact_yc, "lss", "internal: is_eq_exact of a y register and an immediate")      \
    OP(is_ne_exact_xc, "lss", "internal: is_ne_exact of an x register and an immediate")     \
    OP(is_ne_exact_yc, "lss", "internal: is_ne_exact of a y register and an immediate")      \
    OP(is_lt_xc, "lss", "internal: is_lt of an x register and a small integer")              \
    OP(is_lt_yc, "lss", "internal: is_lt of a y register and a small integer")               \
    OP(is_ge_xc, "lss", "internal: is_ge of an x register and a small integer")              \
    OP(is_ge_yc, "lss", "internal: is_ge of a y register and a small integer")                \
    OP(is_tuple_x, "ls", "internal: is_tuple of an x register")                               \
    OP(is_nonempty_list_x, "ls", "internal: is_nonempty_list of an x register")               \
    OP(is_nil_x, "ls", "internal: is_nil of an x register")                                   \
    OP(test_arity_x, "lsu", "internal: test_arity of an x register")                          \
    OP(get_tuple_element_x, "sud", "internal: get_tuple_element from an x register")          \
    OP(get_tuple_element_xx, "sud", "internal: get_tuple_element from an x to an x register") \
    OP(get_list_x, "sdd", "internal: get_list from an x register")                            \
    OP(allocate_1, "uu", "internal: allocate of one slot")                                    \
    OP(allocate_2, "uu", "internal: allocate of two slots")                                   \
    OP(allocate_3, "uu", "internal: allocate of three slots")                                 \
    OP(allocate_4, "uu", "internal: allocate of four slots")                                  \
    OP(deallocate_return, "u", "internal: deallocate, then return (a return follows it)")     \
    OP(loop_rec_end_next, "l", "internal: loop_rec_end whose target is a loop_rec into an x register, which it runs")

typedef enum {
#define OP_ENUM(name, fmt, doc) OP_##name,
    OPCODE_LIST(OP_ENUM)
#undef OP_ENUM
    OP_COUNT
} bl_opcode;

/* Opcodes from here on are the VM's own: the loader makes them, and
 * rejects them in a module. */
#define OP_FIRST_INTERNAL OP_resume_bif

extern const char *const bl_opcode_names[OP_COUNT];
extern const char *const bl_opcode_formats[OP_COUNT];

#endif
