/*
 * hash.h — the 32-bit term hash that places keys in a big map's trie.
 *
 * A map of more than 32 keys is a hash trie (hamt.h) whose iteration order
 * is the order of its keys' hashes, so beamlet computes the hash OTP 25
 * computes for map keys (erts' internal hash, Bob Jenkins' 96-bit mix over
 * a fixed walk of the term).  Where the inputs are the same, the layout and
 * therefore the order of :maps.to_list/1 and friends is the same as on the
 * BEAM:
 *
 *   - small integers (OTP hashes the tagged word, rebuilt here from the
 *     value), bignums, floats, binaries, and tuples, lists and maps of those;
 *   - not atoms, pids, references or funs: OTP hashes an atom's table index
 *     (which depends on the order atoms were created in that BEAM), pids
 *     and references by their numbers and funs by their code entries.
 *     beamlet hashes an atom's name and the other three by their own
 *     numbers and names, so they are deterministic but their order differs
 *     from OTP's.
 *
 * `gen` is the hash generation: a trie uses 4 bits per level, so after
 * eight levels the 32 bits are used up and level 8 onward uses generation
 * 1, then 2 from level 16, each an independently salted hash of the key.
 *
 * Equal map keys (exactly equal: 1 and 1.0 differ) always hash equally;
 * 0.0 and -0.0 are the same key and hash as 0.0.
 */
#ifndef BL_HASH_H
#define BL_HASH_H

#include "vm.h"

uint32_t hash_term(bl_vm *vm, bl_term t, unsigned gen);

#endif
