/*
 * test_unicode.c — vm/unicode.c against values taken from Elixir 1.14.
 *
 * Every expected value below was produced by real Elixir (String.upcase/1,
 * String.downcase/1, String.capitalize/1, String.trim/1, String.split/1),
 * never written by hand.  The full tables were also compared against the
 * oracle for all 1,112,064 scalar values when they were generated.
 */
#include <stdio.h>
#include <string.h>

#include "unicode.h"

static int passed, failed;

static void check(int ok, const char *what, unsigned long detail) {
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL: %s (0x%lX)\n", what, detail);
    }
}

typedef struct {
    uint32_t cp;
    size_t up_n;
    uint32_t up[3];
    size_t down_n;
    uint32_t down[3];
    size_t title_n;
    uint32_t title[3];
} cp_case;

/* {cp, upcase, downcase, capitalize} from the oracle */
static const cp_case cp_cases[] = {
    {0x41, 1, {0x41, 0x0, 0x0}, 1, {0x61, 0x0, 0x0}, 1, {0x41, 0x0, 0x0}},
    {0x7A, 1, {0x5A, 0x0, 0x0}, 1, {0x7A, 0x0, 0x0}, 1, {0x5A, 0x0, 0x0}},
    {0x30, 1, {0x30, 0x0, 0x0}, 1, {0x30, 0x0, 0x0}, 1, {0x30, 0x0, 0x0}},
    {0xDF, 2, {0x53, 0x53, 0x0}, 1, {0xDF, 0x0, 0x0}, 2, {0x53, 0x73, 0x0}},
    {0x149, 2, {0x2BC, 0x4E, 0x0}, 1, {0x149, 0x0, 0x0}, 2, {0x2BC, 0x4E, 0x0}},
    {0x1F0, 2, {0x4A, 0x30C, 0x0}, 1, {0x1F0, 0x0, 0x0}, 2, {0x4A, 0x30C, 0x0}},
    {0xFB01, 2, {0x46, 0x49, 0x0}, 1, {0xFB01, 0x0, 0x0}, 2, {0x46, 0x69, 0x0}},
    {0x390, 3, {0x399, 0x308, 0x301}, 1, {0x390, 0x0, 0x0}, 3, {0x399, 0x308, 0x301}},
    {0x3A3, 1, {0x3A3, 0x0, 0x0}, 1, {0x3C3, 0x0, 0x0}, 1, {0x3A3, 0x0, 0x0}},
    {0x3C2, 1, {0x3A3, 0x0, 0x0}, 1, {0x3C2, 0x0, 0x0}, 1, {0x3A3, 0x0, 0x0}},
    {0x130, 1, {0x130, 0x0, 0x0}, 2, {0x69, 0x307, 0x0}, 1, {0x130, 0x0, 0x0}},
    {0x131, 1, {0x49, 0x0, 0x0}, 1, {0x131, 0x0, 0x0}, 1, {0x49, 0x0, 0x0}},
    {0x1C4, 1, {0x1C4, 0x0, 0x0}, 1, {0x1C6, 0x0, 0x0}, 1, {0x1C5, 0x0, 0x0}},
    {0x1C5, 1, {0x1C4, 0x0, 0x0}, 1, {0x1C6, 0x0, 0x0}, 1, {0x1C5, 0x0, 0x0}},
    {0x1C6, 1, {0x1C4, 0x0, 0x0}, 1, {0x1C6, 0x0, 0x0}, 1, {0x1C5, 0x0, 0x0}},
    {0x1E9E, 1, {0x1E9E, 0x0, 0x0}, 1, {0xDF, 0x0, 0x0}, 1, {0x1E9E, 0x0, 0x0}},
    {0x10400, 1, {0x10400, 0x0, 0x0}, 1, {0x10428, 0x0, 0x0}, 1, {0x10400, 0x0, 0x0}},
    {0x10428, 1, {0x10400, 0x0, 0x0}, 1, {0x10428, 0x0, 0x0}, 1, {0x10400, 0x0, 0x0}},
    {0x2C65, 1, {0x23A, 0x0, 0x0}, 1, {0x2C65, 0x0, 0x0}, 1, {0x23A, 0x0, 0x0}},
    {0x23A, 1, {0x23A, 0x0, 0x0}, 1, {0x2C65, 0x0, 0x0}, 1, {0x23A, 0x0, 0x0}},
    {0x345, 1, {0x399, 0x0, 0x0}, 1, {0x345, 0x0, 0x0}, 1, {0x399, 0x0, 0x0}},
    {0x1FB3, 2, {0x391, 0x399, 0x0}, 1, {0x1FB3, 0x0, 0x0}, 1, {0x1FBC, 0x0, 0x0}},
    {0x1FBC, 2, {0x391, 0x399, 0x0}, 1, {0x1FB3, 0x0, 0x0}, 1, {0x1FBC, 0x0, 0x0}},
    {0x587, 2, {0x535, 0x552, 0x0}, 1, {0x587, 0x0, 0x0}, 2, {0x535, 0x582, 0x0}},
    {0xAB70, 1, {0x13A0, 0x0, 0x0}, 1, {0xAB70, 0x0, 0x0}, 1, {0x13A0, 0x0, 0x0}},
    {0x13A0, 1, {0x13A0, 0x0, 0x0}, 1, {0xAB70, 0x0, 0x0}, 1, {0x13A0, 0x0, 0x0}},
    {0x212A, 1, {0x212A, 0x0, 0x0}, 1, {0x6B, 0x0, 0x0}, 1, {0x212A, 0x0, 0x0}},
    {0x2126, 1, {0x2126, 0x0, 0x0}, 1, {0x3C9, 0x0, 0x0}, 1, {0x2126, 0x0, 0x0}},
    {0xFF21, 1, {0xFF21, 0x0, 0x0}, 1, {0xFF41, 0x0, 0x0}, 1, {0xFF21, 0x0, 0x0}},
    {0x1E921, 1, {0x1E921, 0x0, 0x0}, 1, {0x1E943, 0x0, 0x0}, 1, {0x1E921, 0x0, 0x0}},
    {0x10FFFF, 1, {0x10FFFF, 0x0, 0x0}, 1, {0x10FFFF, 0x0, 0x0}, 1, {0x10FFFF, 0x0, 0x0}},
    {0xE000, 1, {0xE000, 0x0, 0x0}, 1, {0xE000, 0x0, 0x0}, 1, {0xE000, 0x0, 0x0}},
};

typedef struct {
    const char *in;
    size_t len;
    const char *up, *down, *cap;
} str_case;

/* whole strings, including invalid UTF-8, from the oracle */
static const str_case str_cases[] = {
    {"", 0, "", "", ""},
    {"\x68\x65\x6C\x6C\x6F\x20\x57\x6F\x72\x6C\x64", 11, "\x48\x45\x4C\x4C\x4F\x20\x57\x4F\x52\x4C\x44", "\x68\x65\x6C\x6C\x6F\x20\x77\x6F\x72\x6C\x64", "\x48\x65\x6C\x6C\x6F\x20\x77\x6F\x72\x6C\x64"},
    {"\xC3\x80\xC3\x89\xC3\x8E\xC3\x95\xC3\x9C\x20\xC3\xA0\xC3\xA9\xC3\xAE\xC3\xB5\xC3\xBC", 21, "\xC3\x80\xC3\x89\xC3\x8E\xC3\x95\xC3\x9C\x20\xC3\x80\xC3\x89\xC3\x8E\xC3\x95\xC3\x9C", "\xC3\xA0\xC3\xA9\xC3\xAE\xC3\xB5\xC3\xBC\x20\xC3\xA0\xC3\xA9\xC3\xAE\xC3\xB5\xC3\xBC", "\xC3\x80\xC3\xA9\xC3\xAE\xC3\xB5\xC3\xBC\x20\xC3\xA0\xC3\xA9\xC3\xAE\xC3\xB5\xC3\xBC"},
    {"\x73\x74\x72\x61\xC3\x9F\x65", 7, "\x53\x54\x52\x41\x53\x53\x45", "\x73\x74\x72\x61\xC3\x9F\x65", "\x53\x74\x72\x61\xC3\x9F\x65"},
    {"\xC5\x89", 2, "\xCA\xBC\x4E", "\xC5\x89", "\xCA\xBC\x4E"},
    {"\xC7\xB0", 2, "\x4A\xCC\x8C", "\xC7\xB0", "\x4A\xCC\x8C"},
    {"\xEF\xAC\x81\x78\x20\xEF\xAC\x82\x20\xEF\xAC\x83", 12, "\x46\x49\x58\x20\x46\x4C\x20\x46\x46\x49", "\xEF\xAC\x81\x78\x20\xEF\xAC\x82\x20\xEF\xAC\x83", "\x46\x69\x78\x20\xEF\xAC\x82\x20\xEF\xAC\x83"},
    {"\xCE\xA3\xCE\x91\xCE\xA3", 6, "\xCE\xA3\xCE\x91\xCE\xA3", "\xCF\x83\xCE\xB1\xCF\x83", "\xCE\xA3\xCE\xB1\xCF\x83"},
    {"\xE1\xBD\x92", 3, "\xCE\xA5\xCC\x93\xCC\x80", "\xE1\xBD\x92", "\xCE\xA5\xCC\x93\xCC\x80"},
    {"\xCE\x90", 2, "\xCE\x99\xCC\x88\xCC\x81", "\xCE\x90", "\xCE\x99\xCC\x88\xCC\x81"},
    {"\xC4\xB0\x73\x74\x61\x6E\x62\x75\x6C", 9, "\xC4\xB0\x53\x54\x41\x4E\x42\x55\x4C", "\x69\xCC\x87\x73\x74\x61\x6E\x62\x75\x6C", "\xC4\xB0\x73\x74\x61\x6E\x62\x75\x6C"},
    {"\xC7\x86\x65\x6D\x61\x6C\x20\xC7\x85\x20\xC7\x84", 12, "\xC7\x84\x45\x4D\x41\x4C\x20\xC7\x84\x20\xC7\x84", "\xC7\x86\x65\x6D\x61\x6C\x20\xC7\x86\x20\xC7\x86", "\xC7\x85\x65\x6D\x61\x6C\x20\xC7\x86\x20\xC7\x86"},
    {"\xC7\xB2", 2, "\xC7\xB1", "\xC7\xB3", "\xC7\xB2"},
    {"\xE1\x8E\xA0\xEA\xAD\xB0", 6, "\xE1\x8E\xA0\xE1\x8E\xA0", "\xEA\xAD\xB0\xEA\xAD\xB0", "\xE1\x8E\xA0\xEA\xAD\xB0"},
    {"\xF0\x90\x90\x80\xF0\x90\x90\xA8", 8, "\xF0\x90\x90\x80\xF0\x90\x90\x80", "\xF0\x90\x90\xA8\xF0\x90\x90\xA8", "\xF0\x90\x90\x80\xF0\x90\x90\xA8"},
    {"\xC7\x88", 2, "\xC7\x87", "\xC7\x89", "\xC7\x88"},
    {"\xC2\xB5", 2, "\xCE\x9C", "\xC2\xB5", "\xCE\x9C"},
    {"\xC3\xBF\xC5\xB8", 4, "\xC5\xB8\xC5\xB8", "\xC3\xBF\xC3\xBF", "\xC5\xB8\xC3\xBF"},
    {"\xEA\x9E\xB5", 3, "\xEA\x9E\xB4", "\xEA\x9E\xB5", "\xEA\x9E\xB4"},
    {"\xC9\x90\xE2\xB1\xAF", 5, "\xE2\xB1\xAF\xE2\xB1\xAF", "\xC9\x90\xC9\x90", "\xE2\xB1\xAF\xC9\x90"},
    {"\xCD\x85", 2, "\xCE\x99", "\xCD\x85", "\xCE\x99"},
    {"\xEF\xAC\x80", 3, "\x46\x46", "\xEF\xAC\x80", "\x46\x66"},
    {"\xD6\x87", 2, "\xD4\xB5\xD5\x92", "\xD6\x87", "\xD4\xB5\xD6\x82"},
    {"\xE1\xBE\xB3\x20\xE1\xBE\xBC", 7, "\xCE\x91\xCE\x99\x20\xCE\x91\xCE\x99", "\xE1\xBE\xB3\x20\xE1\xBE\xB3", "\xE1\xBE\xBC\x20\xE1\xBE\xB3"},
    {"\xE1\xBF\xBC", 3, "\xCE\xA9\xCE\x99", "\xE1\xBF\xB3", "\xE1\xBF\xBC"},
    {"\xE1\xBA\x9E", 3, "\xE1\xBA\x9E", "\xC3\x9F", "\xE1\xBA\x9E"},
    {"\xCE\xA9", 2, "\xCE\xA9", "\xCF\x89", "\xCE\xA9"},
    {"\x4B", 1, "\x4B", "\x6B", "\x4B"},
    {"\xC3\x85", 2, "\xC3\x85", "\xC3\xA5", "\xC3\x85"},
    {"\xFF\x61\xC3", 3, "\xFF\x41\xC3", "\xFF\x61\xC3", "\xFF\x61\xC3"},
    {"\xC9\x61\x62", 3, "\xC9\x61\x42", "\xC9\x61\x62", "\xC9\x61\x62"},
    {"\xED\xA0\x80\x7A", 4, "\xED\xA0\x80\x5A", "\xED\xA0\x80\x7A", "\xED\xA0\x80\x7A"},
    {"\xC2\x61", 2, "\xC2\x41", "\xC2\x61", "\xC2\x61"},
    {"\xE1\xB8\x61\x62", 4, "\xE1\xB8\x61\x42", "\xE1\xB8\x61\x62", "\xE1\xB8\x61\x62"},
    {"\x61\x42\x63\x20\x44\x65\x46", 7, "\x41\x42\x43\x20\x44\x45\x46", "\x61\x62\x63\x20\x64\x65\x66", "\x41\x62\x63\x20\x64\x65\x66"},
};

static int same_cps(const uint32_t *got, size_t got_n, const uint32_t *want, size_t want_n) {
    return got_n == want_n && memcmp(got, want, want_n * sizeof *want) == 0;
}

static void test_code_points(void) {
    for (size_t i = 0; i < sizeof cp_cases / sizeof cp_cases[0]; i++) {
        const cp_case *c = &cp_cases[i];
        uint32_t out[UNI_CASE_MAX_OUT];
        size_t n = uni_upcase(c->cp, out);
        check(same_cps(out, n, c->up, c->up_n), "uni_upcase", c->cp);
        n = uni_downcase(c->cp, out);
        check(same_cps(out, n, c->down, c->down_n), "uni_downcase", c->cp);
        n = uni_titlecase(c->cp, out);
        check(same_cps(out, n, c->title, c->title_n), "uni_titlecase", c->cp);
    }
}

static void check_string(uni_case_mode mode, const str_case *c, const char *want, const char *what, size_t index) {
    uint8_t out[256];
    size_t need = uni_case_utf8(mode, (const uint8_t *)c->in, c->len, NULL, 0);
    size_t n = uni_case_utf8(mode, (const uint8_t *)c->in, c->len, out, sizeof out);
    check(need == n && n == strlen(want) && memcmp(out, want, n) == 0 && n <= c->len * UNI_CASE_MAX_GROWTH, what,
          index);
}

static void test_strings(void) {
    for (size_t i = 0; i < sizeof str_cases / sizeof str_cases[0]; i++) {
        check_string(UNI_UPCASE, &str_cases[i], str_cases[i].up, "upcase string", i);
        check_string(UNI_DOWNCASE, &str_cases[i], str_cases[i].down, "downcase string", i);
        check_string(UNI_CAPITALIZE, &str_cases[i], str_cases[i].cap, "capitalize string", i);
    }
    /* a short buffer gets a prefix and the full length back */
    uint8_t small[3] = {0, 0, 0};
    size_t n = uni_case_utf8(UNI_UPCASE, (const uint8_t *)"stra\xC3\x9F" "e", 7, small, 2);
    check(n == 7 && small[0] == 'S' && small[1] == 'T' && small[2] == 0, "truncated output", n);
}

static void test_whitespace(void) {
    /* String.trim/1 removes these (White_Space) */
    static const uint32_t trim[] = {0x9,    0xA,    0xB,    0xC,    0xD,    0x20,   0x85,   0xA0,   0x1680,
                                    0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
                                    0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000};
    size_t count = 0;
    for (size_t i = 0; i < sizeof trim / sizeof trim[0]; i++) check(uni_is_whitespace(trim[i]), "whitespace", trim[i]);
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) count += uni_is_whitespace(cp);
    check(count == sizeof trim / sizeof trim[0], "whitespace count", count);
    /* String.split/1 does not split at the non-breaking ones */
    check(!uni_is_split_whitespace(0xA0), "split at U+00A0", 0xA0);
    check(!uni_is_split_whitespace(0x2007), "split at U+2007", 0x2007);
    check(!uni_is_split_whitespace(0x202F), "split at U+202F", 0x202F);
    check(uni_is_split_whitespace(0x3000) && uni_is_split_whitespace(' '), "split at U+3000", 0x3000);
    check(!uni_is_whitespace(0x200B) && !uni_is_whitespace(0xFEFF) && !uni_is_whitespace('a'), "not whitespace",
          0x200B);
}

static void test_utf8(void) {
    uint32_t cp = 0;
    check(uni_utf8_decode((const uint8_t *)"\xE2\x82\xAC", 3, &cp) == 3 && cp == 0x20AC, "decode euro", cp);
    check(uni_utf8_decode((const uint8_t *)"\xF0\x9F\x98\x80", 4, &cp) == 4 && cp == 0x1F600, "decode emoji", cp);
    check(uni_utf8_decode((const uint8_t *)"\xC0\x81", 2, &cp) == 0, "overlong rejected", 0xC0);
    check(uni_utf8_decode((const uint8_t *)"\xED\xA0\x80", 3, &cp) == 0, "surrogate rejected", 0xD800);
    check(uni_utf8_decode((const uint8_t *)"\xF4\x90\x80\x80", 4, &cp) == 0, "above U+10FFFF rejected", 0x110000);
    check(uni_utf8_decode((const uint8_t *)"\xE2\x82", 2, &cp) == 0, "truncated rejected", 0xE2);
    uint8_t out[4];
    check(uni_utf8_encode(0x10FFFF, out) == 4 && out[0] == 0xF4 && out[3] == 0xBF, "encode max", 0x10FFFF);
    check(uni_utf8_encode(0xD800, out) == 0, "encode surrogate", 0xD800);
}

int main(void) {
    test_code_points();
    test_strings();
    test_whitespace();
    test_utf8();
    printf("unicode: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
