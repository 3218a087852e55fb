/*
 * test_format.c — vm/format.c against what Elixir 1.14 / OTP 25 prints.
 *
 * Every expected string below was printed by the real `elixir` (the
 * oracle), mostly through inspect/1, Float.to_string/1, Integer.to_string/2
 * and Macro.inspect_atom/2.  Prints one line per failure and a summary;
 * exits non-zero if anything failed.
 */
#include "format.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    int passed, failed;
} tally;

static void check_str(tally *t, const char *what, fmt_buf *b, const char *want)
{
    const char *got = fmt_buf_cstr(b);
    if (!b->failed && strcmp(got, want) == 0) {
        t->passed++;
    } else {
        t->failed++;
        printf("FAIL %s: got [%s], want [%s]%s\n", what, got, want,
               b->failed ? " (buffer failed)" : "");
    }
    fmt_buf_reset(b);
}

static void check_true(tally *t, const char *what, bool ok)
{
    if (ok) {
        t->passed++;
    } else {
        t->failed++;
        printf("FAIL %s\n", what);
    }
}

/* ---- floats ------------------------------------------------------------- */

static void test_floats(tally *t, fmt_buf *b)
{
    /* {value, Float.to_string/1, inspect/1} */
    static const struct {
        double d;
        const char *to_string, *inspect;
    } cases[] = {
        {1.0e15, "1.0e15", "1000000000000000.0"},
        {1.0e16, "1.0e16", "1.0e16"},
        {1.0e17, "1.0e17", "1.0e17"},
        {123456789012345680.0, "1.2345678901234568e17", "1.2345678901234568e17"},
        {0.001, "0.001", "0.001"},
        {0.0001, "0.0001", "0.0001"},
        {1.0e-5, "1.0e-5", "1.0e-5"},
        {5.0e-324, "5.0e-324", "5.0e-324"},
        {1.7976931348623157e308, "1.7976931348623157e308", "1.7976931348623157e308"},
        {0.1 + 0.2, "0.30000000000000004", "0.30000000000000004"},
        {100.0, "100.0", "100.0"},
        {1.0 / 3, "0.3333333333333333", "0.3333333333333333"},
        {2.5, "2.5", "2.5"},
        {-1.5e-10, "-1.5e-10", "-1.5e-10"},
        {12345.678, "12345.678", "12345.678"},
        {0.0, "0.0", "0.0"},
        {-0.0, "-0.0", "-0.0"},
        {1.0e20, "1.0e20", "1.0e20"},
        {1.0e-7, "1.0e-7", "1.0e-7"},
        {1.5e300, "1.5e300", "1.5e300"},
        {1000.0, "1.0e3", "1000.0"},
        {-1000.0, "-1.0e3", "-1000.0"},
        {123.0, "123.0", "123.0"},
        {1.2345e15, "1.2345e15", "1234500000000000.0"},
        {0.001234, "0.001234", "0.001234"},
        {1.234e-4, "1.234e-4", "1.234e-4"},
        {9007199254740992.0, "9.007199254740992e15", "9007199254740992.0"},
        {2156948320284928.8, "2156948320284928.8", "2156948320284928.8"},
        {-9539946454330912.0, "-9.539946454330912e15", "-9539946454330912.0"},
        {2.2250738585072014e-308, "2.2250738585072014e-308", "2.2250738585072014e-308"},
        {1.0e23, "1.0e23", "1.0e23"},
        {0.5, "0.5", "0.5"},
        {1.0e10, "1.0e10", "10000000000.0"},
        {1.0e-100, "1.0e-100", "1.0e-100"},
    };
    char what[64];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(what, sizeof what, "Float.to_string(%.17g)", cases[i].d);
        fmt_float(b, cases[i].d);
        check_str(t, what, b, cases[i].to_string);
        snprintf(what, sizeof what, "inspect(%.17g)", cases[i].d);
        fmt_inspect_float(b, cases[i].d);
        check_str(t, what, b, cases[i].inspect);
    }
    char digits[18];
    int e;
    size_t n = fmt_float_shortest(0.1 + 0.2, digits, &e);
    check_true(t, "shortest digits of 0.1+0.2", n == 17 && e == -1 &&
                                                     strcmp(digits, "30000000000000004") == 0);
}

/* ---- integers ----------------------------------------------------------- */

static void test_ints(tally *t, fmt_buf *b)
{
    static const struct {
        int64_t v;
        int base;
        const char *want;
    } cases[] = {
        {255, 16, "FF"},
        {-255, 16, "-FF"},
        {0, 2, "0"},
        {35, 36, "Z"},
        {INT64_MIN, 16, "-8000000000000000"},
        {INT64_MAX, 36, "1Y2P0IJ32E8E7"},
        {1295, 36, "ZZ"},
        {-1, 2, "-1"},
        {10, 10, "10"},
        {-10, 7, "-13"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fmt_int(b, cases[i].v, cases[i].base);
        check_str(t, "Integer.to_string/2", b, cases[i].want);
    }
}

/* ---- binaries ----------------------------------------------------------- */

static void inspect_bin(fmt_buf *b, const char *s, size_t n)
{
    fmt_inspect_binary(b, (const unsigned char *)s, n, FMT_INSPECT_LIMIT, FMT_PRINTABLE_LIMIT);
}

#define BIN(s) s, sizeof(s) - 1

static void test_binaries(tally *t, fmt_buf *b)
{
    static const struct {
        const char *s;
        size_t n;
        const char *want;
    } cases[] = {
        {BIN("abc"), "\"abc\""},
        {BIN("a\"b"), "\"a\\\"b\""},
        {BIN("a\\b"), "\"a\\\\b\""},
        {BIN("a\nb"), "\"a\\nb\""},
        {BIN("\t\r\x1b\a\b\f\v"), "\"\\t\\r\\e\\a\\b\\f\\v\""},
        {BIN("\x7f"), "\"\\d\""},
        {BIN("#{x}"), "\"\\#{x}\""},
        {BIN("#a{"), "\"#a{\""},
        {BIN("'"), "\"'\""},
        {BIN(""), "\"\""},
        {BIN("\xc3\xa9\xe6\x97\xa5"), "\"\xc3\xa9\xe6\x97\xa5\""},             /* é日 */
        {BIN("\xef\xbb\xbf"), "\"\\uFEFF\""},                                   /* BOM */
        {BIN("\xf0\x9f\x98\x80"), "\"\xf0\x9f\x98\x80\""},                     /* 😀 */
        {BIN("\xc2\xa0"), "\"\xc2\xa0\""},                                      /* NBSP */
        {BIN("\x00"), "<<0>>"},
        {BIN("\x01\x02\x03"), "<<1, 2, 3>>"},
        {BIN("abc\xff"), "<<97, 98, 99, 255>>"},
        {BIN("\xc2\x85"), "<<194, 133>>"},                                      /* U+0085 */
        {BIN("\xef\xbf\xbf"), "<<239, 191, 191>>"},                             /* U+FFFF */
        {BIN("\xc0\x80"), "<<192, 128>>"},                                      /* overlong */
        {BIN("\xed\xa0\x80"), "<<237, 160, 128>>"},                             /* surrogate */
        {BIN("\xf4\x90\x80\x80"), "<<244, 144, 128, 128>>"},                    /* > 10FFFF */
        {BIN("\x1f"), "<<31>>"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        inspect_bin(b, cases[i].s, cases[i].n);
        check_str(t, "inspect(binary)", b, cases[i].want);
    }

    check_true(t, "String.printable?(\"\\d\")",
               fmt_binary_is_printable((const unsigned char *)"\x7f", 1, FMT_NO_LIMIT));
    check_true(t, "not String.printable?(<<0>>)",
               !fmt_binary_is_printable((const unsigned char *)"", 1, FMT_NO_LIMIT));

    /* 5000 a's: cut after printable_limit characters. */
    unsigned char big[5001];
    memset(big, 'a', 5000);
    fmt_inspect_binary(b, big, 5000, FMT_INSPECT_LIMIT, FMT_PRINTABLE_LIMIT);
    check_true(t, "inspect of 5000 a's is 4105 bytes", b->len == 4105);
    check_true(t, "inspect of 5000 a's ends with <> ...",
               b->len > 20 && strcmp(b->data + b->len - 20, "aaaaaaaaaaaa\" <> ...") == 0);
    fmt_buf_reset(b);
    fmt_inspect_binary(b, big, 4096, FMT_INSPECT_LIMIT, FMT_PRINTABLE_LIMIT);
    check_true(t, "inspect of 4096 a's is not cut", b->len == 4098);
    fmt_buf_reset(b);
    /* Only the first 4096 characters are checked for printability. */
    big[4096] = 0xFF;
    fmt_inspect_binary(b, big, 4097, FMT_INSPECT_LIMIT, FMT_PRINTABLE_LIMIT);
    check_true(t, "invalid byte past printable_limit", b->len == 4105);
    fmt_buf_reset(b);

    /* inspect(x, printable_limit: n) */
    fmt_inspect_binary(b, (const unsigned char *)"abcdef", 6, FMT_INSPECT_LIMIT, 3);
    check_str(t, "printable_limit: 3", b, "\"abc\" <> ...");
    fmt_inspect_binary(b, (const unsigned char *)"a#{bc", 5, FMT_INSPECT_LIMIT, 2);
    check_str(t, "#{ counts once", b, "\"a\\#{\" <> ...");
    fmt_inspect_binary(b, (const unsigned char *)"a#{", 3, FMT_INSPECT_LIMIT, 2);
    check_str(t, "#{ at the limit", b, "\"a\\#{\"");
    fmt_inspect_binary(b, (const unsigned char *)"abc\xff", 4, FMT_INSPECT_LIMIT, 3);
    check_str(t, "invalid byte just past the limit", b, "\"abc\" <> ...");
    fmt_inspect_binary(b, (const unsigned char *)"abc", 3, FMT_INSPECT_LIMIT, 0);
    check_str(t, "printable_limit: 0", b, "\"\" <> ...");

    /* inspect(x, limit: n) of non-printable binaries */
    unsigned char ones[100];
    memset(ones, 1, sizeof ones);
    fmt_inspect_bytes(b, ones, 100, FMT_INSPECT_LIMIT);
    char want[200] = "<<";
    for (int i = 0; i < 50; i++)
        strcat(want, "1, ");
    strcat(want, "...>>");
    check_str(t, "100 bytes, limit 50", b, want);
    fmt_inspect_bytes(b, (const unsigned char *)"\x01\x02\x03", 3, 2);
    check_str(t, "limit: 2 of 3 bytes", b, "<<1, 2, ...>>");
    fmt_inspect_bytes(b, (const unsigned char *)"\x01\x02", 2, 2);
    check_str(t, "limit: 2 of 2 bytes", b, "<<1, 2>>");
    fmt_inspect_bytes(b, (const unsigned char *)"\x01\x02", 2, 0);
    check_str(t, "limit: 0", b, "<<...>>");

    /* bitstrings */
    unsigned char bits[] = {0x20}; /* <<1::3>> */
    fmt_inspect_bits(b, bits, 3, FMT_INSPECT_LIMIT);
    check_str(t, "<<1::3>>", b, "<<1::size(3)>>");
    unsigned char bits2[] = {255, 0x10}; /* <<255, 1::4>> */
    fmt_inspect_bits(b, bits2, 12, FMT_INSPECT_LIMIT);
    check_str(t, "<<255, 1::4>>", b, "<<255, 1::size(4)>>");
    unsigned char bits3[] = {1, 0xA0, 0}; /* <<1, 2, 3::4>> */
    bits3[1] = 2, bits3[2] = 0x30;
    fmt_inspect_bits(b, bits3, 20, 2);
    check_str(t, "<<1, 2, 3::4>> limit: 2", b, "<<1, 2, ...>>");
    unsigned char bits4[] = {1, 0xA0}; /* <<1, 5::3>> */
    fmt_inspect_bits(b, bits4, 11, FMT_INSPECT_LIMIT);
    check_str(t, "<<1, 5::3>>", b, "<<1, 5::size(3)>>");
}

/* ---- charlists ---------------------------------------------------------- */

static void test_charlists(tally *t, fmt_buf *b)
{
    static const struct {
        uint32_t cps[6];
        size_t n;
        const char *want; /* NULL: printed as a list of integers */
    } cases[] = {
        {{104, 105}, 2, "'hi'"},
        {{1, 2}, 2, NULL},
        {{233}, 1, NULL},
        {{10}, 1, "'\\n'"},
        {{127}, 1, NULL},
        {{7}, 1, "'\\a'"},
        {{6}, 1, NULL},
        {{27}, 1, "'\\e'"},
        {{31}, 1, NULL},
        {{32}, 1, "' '"},
        {{'i', 't', '\'', 's'}, 4, "'it\\'s'"},
        {{'"', 'q', '"'}, 3, "'\"q\"'"},
        {{'#', '{', 'x', '}'}, 4, "'\\#{x}'"},
        {{'\\'}, 1, "'\\\\'"},
        {{0}, 1, NULL},
        {{11, 12, 8, 9}, 4, "'\\v\\f\\b\\t'"},
        {{'a', 'b', 1000}, 3, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        bool printable = fmt_charlist_is_printable(cases[i].cps, cases[i].n, FMT_PRINTABLE_LIMIT);
        if (!cases[i].want) {
            check_true(t, "charlist printed as integers", !printable);
            continue;
        }
        check_true(t, "charlist printable", printable);
        fmt_inspect_charlist(b, cases[i].cps, cases[i].n, FMT_PRINTABLE_LIMIT);
        check_str(t, "inspect(charlist)", b, cases[i].want);
    }
    static const uint32_t abcdef[] = {'a', 'b', 'c', 'd', 'e', 'f'};
    fmt_inspect_charlist(b, abcdef, 6, 3);
    check_str(t, "charlist printable_limit: 3", b, "'abc' ++ ...");
    static const uint32_t interp[] = {'a', 'b', '#', '{', 'c'};
    fmt_inspect_charlist(b, interp, 5, 3);
    check_str(t, "charlist #{ at the limit", b, "'ab\\#{' ++ ...");
}

/* ---- atoms -------------------------------------------------------------- */

static void test_atoms(tally *t, fmt_buf *b)
{
    /* {name, inspect/1, keyword key} */
    static const struct {
        const char *name, *literal, *key;
    } cases[] = {
        {"ok", ":ok", "ok:"},
        {"with space", ":\"with space\"", "\"with space\":"},
        {"foo?", ":foo?", "foo?:"},
        {"foo!", ":foo!", "foo!:"},
        {"foo?bar", ":\"foo?bar\"", "\"foo?bar\":"},
        {"foo?!", ":\"foo?!\"", "\"foo?!\":"},
        {"+", ":+", "+:"},
        {"==", ":==", "==:"},
        {"=:=", ":\"=:=\"", "\"=:=\":"},
        {"&&", ":&&", "&&:"},
        {".", ":.", ".:"},
        {"..//", ":..//", "..//:"},
        {"//", ":\"//\"", "\"//\":"},
        {"::", ":\"::\"", "\"::\":"},
        {"<|>", ":\"<|>\"", "\"<|>\":"},
        {"=>", ":\"=>\"", "\"=>\":"},
        {"\\\\", ":\\\\", "\\\\:"},
        {"\\", ":\"\\\\\"", "\"\\\\\":"},
        {"<<>>", ":<<>>", "<<>>:"},
        {"{}", ":{}", "{}:"},
        {"%{}", ":%{}", "%{}:"},
        {"%", ":%", "%:"},
        {"[]", ":\"[]\"", "\"[]\":"},
        {"123", ":\"123\"", "\"123\":"},
        {"_", ":_", "_:"},
        {"@", ":@", "@:"},
        {"@foo", ":\"@foo\"", "\"@foo\":"},
        {"foo@bar", ":foo@bar", "foo@bar:"},
        {"Foo", ":Foo", "Foo:"},
        {"Foo.Bar", ":\"Foo.Bar\"", "\"Foo.Bar\":"},
        {"Elixir.Foo", "Foo", "\"Elixir.Foo\":"},
        {"Elixir.Foo.Bar", "Foo.Bar", "\"Elixir.Foo.Bar\":"},
        {"Elixir.Foo_bar1", "Foo_bar1", "\"Elixir.Foo_bar1\":"},
        {"Elixir", "Elixir", "\"Elixir\":"},
        {"Elixir.Elixir", "Elixir.Elixir", "\"Elixir.Elixir\":"},
        {"Elixir.foo", ":\"Elixir.foo\"", "\"Elixir.foo\":"},
        {"Elixir.Foo-bar", ":\"Elixir.Foo-bar\"", "\"Elixir.Foo-bar\":"},
        {"true", "true", "true:"},
        {"false", "false", "false:"},
        {"nil", "nil", "nil:"},
        {"do", ":do", "do:"},
        {"fn", ":fn", "fn:"},
        {"when", ":when", "when:"},
        {"foo-bar", ":\"foo-bar\"", "\"foo-bar\":"},
        {"\n", ":\"\\n\"", "\"\\n\":"},
        {"", ":\"\"", "\"\":"},
        {"\x01", ":\"\\x01\"", "\"\\x01\":"},
        {"\xc2\x85", ":\"\\x85\"", "\"\\x85\":"},
        {"\xef\xbf\xbf", ":\"\\x{FFFF}\"", "\"\\x{FFFF}\":"},
        {"#{", ":\"\\#{\"", "\"\\#{\":"},
        {"h\xc3\xa9llo", ":h\xc3\xa9llo", "h\xc3\xa9llo:"},                         /* héllo */
        {"\xc3\xa9 \xc3\xa9", ":\"\xc3\xa9 \xc3\xa9\"", "\"\xc3\xa9 \xc3\xa9\":"},   /* é é */
        {"\xc3\x89lan", ":\xc3\x89lan", "\xc3\x89lan:"},                             /* Élan */
        {"\xe6\x97\xa5\xe6\x9c\xac", ":\xe6\x97\xa5\xe6\x9c\xac", "\xe6\x97\xa5\xe6\x9c\xac:"},
        {"\xe6\x97\xa5\xe6\x9c\xac" "a", ":\xe6\x97\xa5\xe6\x9c\xac" "a",
         "\xe6\x97\xa5\xe6\x9c\xac" "a:"},                                           /* 日本a */
        {"a\xd0\xb1", ":\"a\xd0\xb1\"", "\"a\xd0\xb1\":"},                           /* aб */
        {"\xef\xbc\xa1", ":\"\xef\xbc\xa1\"", "\"\xef\xbc\xa1\":"},                  /* Ａ */
        {"\xc2\xb5", ":\"\xc2\xb5\"", "\"\xc2\xb5\":"},                              /* µ */
        {"a\xcc\x81", ":\"a\xcc\x81\"", "\"a\xcc\x81\":"},                           /* a+U+0301 */
        {"x\xcc\xa3", ":x\xcc\xa3", "x\xcc\xa3:"},                                   /* x+U+0323 */
    };
    char what[64];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t len = strlen(cases[i].name);
        snprintf(what, sizeof what, "inspect(:\"%s\")", cases[i].name);
        fmt_inspect_atom(b, cases[i].name, len);
        check_str(t, what, b, cases[i].literal);
        snprintf(what, sizeof what, "key %s", cases[i].name);
        fmt_inspect_keyword_key(b, cases[i].name, len);
        check_str(t, what, b, cases[i].key);
    }
    /* The NUL atom needs an explicit length. */
    fmt_inspect_atom(b, "", 1);
    check_str(t, "inspect(:\"\\0\")", b, ":\"\\0\"");

    check_true(t, "Foo is not a keyword key", !fmt_atom_is_keyword_key("Elixir.Foo", 10));
    check_true(t, "Elixir.foo is not a keyword key", !fmt_atom_is_keyword_key("Elixir.foo", 10));
    check_true(t, "Elixir is a keyword key", fmt_atom_is_keyword_key("Elixir", 6));
    check_true(t, "classify foo", fmt_atom_classify("foo", 3) == FMT_ATOM_IDENTIFIER);
    check_true(t, "classify Foo", fmt_atom_classify("Foo", 3) == FMT_ATOM_UNQUOTED);
    check_true(t, "classify Elixir.Foo", fmt_atom_classify("Elixir.Foo", 10) == FMT_ATOM_ALIAS);
    check_true(t, "classify 1a", fmt_atom_classify("1a", 2) == FMT_ATOM_QUOTED);

    /* Macro.inspect_atom(:remote_call, atom) */
    static const struct {
        const char *name, *want;
    } remote[] = {
        {"with space", "\"with space\""},
        {"+", "+"},
        {"%{}", "\"%{}\""},
        {"Elixir.Foo", "\"Elixir.Foo\""},
        {"foo?", "foo?"},
        {"::", "::"},
        {"a\nb", "\"a\\nb\""},
        {"Foo", "\"Foo\""},
        {"foo@bar", "\"foo@bar\""},
    };
    for (size_t i = 0; i < sizeof remote / sizeof remote[0]; i++) {
        fmt_inspect_remote_name(b, remote[i].name, strlen(remote[i].name));
        check_str(t, "remote call name", b, remote[i].want);
    }
}

/* ---- UTF-8 and the buffer ------------------------------------------------ */

static void test_utf8(tally *t, fmt_buf *b)
{
    uint32_t cp = 0;
    check_true(t, "decode é",
               fmt_utf8_decode((const unsigned char *)"\xc3\xa9", 2, &cp) == 2 && cp == 0xE9);
    check_true(t, "decode U+10FFFF",
               fmt_utf8_decode((const unsigned char *)"\xf4\x8f\xbf\xbf", 4, &cp) == 4 &&
                   cp == 0x10FFFF);
    check_true(t, "reject overlong",
               fmt_utf8_decode((const unsigned char *)"\xe0\x80\xaf", 3, &cp) == 0);
    check_true(t, "reject surrogate",
               fmt_utf8_decode((const unsigned char *)"\xed\xb0\x80", 3, &cp) == 0);
    check_true(t, "reject above U+10FFFF",
               fmt_utf8_decode((const unsigned char *)"\xf4\x90\x80\x80", 4, &cp) == 0);
    check_true(t, "reject truncated",
               fmt_utf8_decode((const unsigned char *)"\xe6\x97", 2, &cp) == 0);
    check_true(t, "reject lone continuation",
               fmt_utf8_decode((const unsigned char *)"\x80", 1, &cp) == 0);
    unsigned char out[FMT_UTF8_MAX];
    check_true(t, "encode 😀", fmt_utf8_encode(0x1F600, out) == 4 &&
                                   memcmp(out, "\xf0\x9f\x98\x80", 4) == 0);
    check_true(t, "encode U+07FF", fmt_utf8_encode(0x7FF, out) == 2 &&
                                       memcmp(out, "\xdf\xbf", 2) == 0);
    check_true(t, "refuse to encode a surrogate", fmt_utf8_encode(0xD800, out) == 0);
    check_true(t, "refuse to encode U+110000", fmt_utf8_encode(0x110000, out) == 0);
    check_true(t, "refuse a negative code point", fmt_utf8_encode(-1, out) == 0);
    check_true(t, "refuse a value that wraps to 'A' in 32 bits", fmt_utf8_encode(INT64_C(4294967361), out) == 0);

    fmt_buf_printf(b, "%d-%s", 42, "x");
    fmt_buf_puts(b, "yz");
    fmt_buf_putc(b, '!');
    check_str(t, "buffer helpers", b, "42-xyz!");
    for (int i = 0; i < 1000; i++)
        fmt_buf_puts(b, "0123456789");
    check_true(t, "buffer grows", b->len == 10000 && strlen(b->data) == 10000);
    fmt_buf_reset(b);
}

int main(void)
{
    tally t = {0, 0};
    fmt_buf b;
    fmt_buf_init(&b);
    test_floats(&t, &b);
    test_ints(&t, &b);
    test_binaries(&t, &b);
    test_charlists(&t, &b);
    test_atoms(&t, &b);
    test_utf8(&t, &b);
    fmt_buf_free(&b);
    printf("format: %d passed, %d failed\n", t.passed, t.failed);
    return t.failed ? 1 : 0;
}
