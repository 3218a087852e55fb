/*
 * lexer.re — the tokenizer (re2c 3.0 input; the C output goes to build/).
 *
 * re2c matches the ordinary tokens; quoted text is scanned by hand
 * (lex_quoted) because its end depends on the delimiter, on escapes and on
 * interpolations, which re-enter lex_step for the code inside `#{...}` and
 * count braces to find the `}` that closes it.
 *
 * The buffer must end with a NUL sentinel at src[len]: re2c's `$` rule fires
 * only there ("sentinel with bounds checks"), and the source is checked for
 * NUL bytes and invalid UTF-8 before lexing, so hand-written scanners may
 * rely on valid UTF-8 and on `*lim == 0`.
 */
#include "lexer.h"

#include <stdlib.h>
#include <string.h>

/* Longest token text quoted back in an error message. */
#define LEX_MAX_QUOTED 32

typedef struct {
    const char *src;
    const char *cur;        /* next byte to read */
    const char *lim;        /* src + len; *lim == 0 */
    const char *tok;        /* start of the token being scanned */
    const char *line_start; /* first byte of the current line */
    int line;
    int space; /* LEX_F_SPACE pending for the next token */
    int depth; /* interpolation nesting */
    diag_list *diags;
    lex_tokens *out;
} lexer;

/* How a quoted construct ends and what it produces. */
typedef struct {
    lex_quote quote;
    char close;  /* closing delimiter (three of them for a heredoc) */
    int heredoc; /* """ or ''' */
    int sigil;   /* letter of ~x, or 0 */
    int line, col;
    const char *what; /* "string", "heredoc", ... for messages */
} lex_qspec;

static const char *const lex_texts[] = {
#define LEX_TEXT(name, text) text,
    LEX_TOKEN_LIST(LEX_TEXT)
#undef LEX_TEXT
};

const char *lex_kind_text(lex_kind k)
{
    return (unsigned)k < LEX_KIND_COUNT ? lex_texts[k] : "?";
}

/* ---- positions and errors ---------------------------------------------- */

static int lex_col(const lexer *lx, const char *p)
{
    return (int)(p - lx->line_start) + 1;
}

static void lex_newline(lexer *lx, const char *nl)
{
    lx->line++;
    lx->line_start = nl + 1;
}

static int lex_error_at(lexer *lx, diag_kind kind, int line, int col, const char *msg, const char *arg)
{
    diag_add(lx->diags, kind, line, col, "%s%s", msg, arg ? arg : "");
    return -1;
}

static int lex_error(lexer *lx, const char *at, const char *msg)
{
    return lex_error_at(lx, DIAG_SYNTAX_ERROR, lx->line, lex_col(lx, at), msg, NULL);
}

static int lex_missing(lexer *lx, const char *term, const char *what, int line)
{
    diag_add(lx->diags, DIAG_TOKEN_ERROR, lx->line, lex_col(lx, lx->cur),
             "missing terminator: %s (for %s starting at line %d)", term, what, line);
    return -1;
}

/* ---- UTF-8 ---------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (s < lim), or 0 if invalid. */
static int lex_utf8_len(const unsigned char *s, const unsigned char *lim)
{
    unsigned c = s[0];
    int n;
    unsigned min;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, min = 0x10000;
    else
        return 0;
    if (lim - s < n)
        return 0;
    unsigned cp = c & (0x7Fu >> n);
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

/* Decodes the (valid) UTF-8 character at s. */
static int32_t lex_utf8_decode(const char *s, size_t avail)
{
    const unsigned char *u = (const unsigned char *)s;
    int n = avail ? lex_utf8_len(u, u + avail) : 0;
    if (n <= 1)
        return avail ? u[0] : 0;
    int32_t cp = u[0] & (0x7F >> n);
    for (int i = 1; i < n; i++)
        cp = (cp << 6) | (u[i] & 0x3F);
    return cp;
}

static size_t lex_utf8_encode(int32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Rejects NUL bytes and invalid UTF-8 up front, so no scanner meets them. */
static int lex_check_source(lexer *lx)
{
    const unsigned char *p = (const unsigned char *)lx->src;
    const unsigned char *lim = (const unsigned char *)lx->lim;
    while (p < lim) {
        if (*p == '\n')
            lex_newline(lx, (const char *)p);
        if (*p == 0)
            return lex_error(lx, (const char *)p, "invalid null byte in source");
        int n = lex_utf8_len(p, lim);
        if (n == 0) {
            diag_add(lx->diags, DIAG_SYNTAX_ERROR, lx->line, lex_col(lx, (const char *)p),
                     "invalid UTF-8 in source (byte 0x%02X)", *p);
            return -1;
        }
        p += n;
    }
    lx->line = 1;
    lx->line_start = lx->src;
    return 0;
}

/* ---- token output ----------------------------------------------------------- */

static lex_token *lex_push(lexer *lx, lex_kind kind, const char *text, size_t len, int line, int col)
{
    lex_tokens *t = lx->out;
    if (t->count == t->cap) {
        int cap = t->cap ? t->cap * 2 : 256;
        lex_token *items = realloc(t->items, (size_t)cap * sizeof *items);
        if (!items) {
            lex_error(lx, text, "out of memory");
            return NULL;
        }
        t->items = items;
        t->cap = cap;
    }
    lex_token *tk = &t->items[t->count++];
    memset(tk, 0, sizeof *tk);
    tk->kind = kind;
    tk->line = line;
    tk->col = col;
    tk->text = text;
    tk->len = len;
    tk->flags = lx->space ? LEX_F_SPACE : 0;
    lx->space = 0;
    return tk;
}

/* Pushes [lx->tok, lx->cur) as a token of `kind` on the current line. */
/* Names and atoms become atoms in the VM, whose length is limited. */
static int lex_check_atom_length(lexer *lx, const char *s, size_t n)
{
    if (n <= LEX_MAX_ATOM_BYTES)
        return 0;
    diag_add(lx->diags, DIAG_SYNTAX_ERROR, lx->line, lex_col(lx, s),
             "atom length must be less than system limit: %.*s", 40, s);
    return -1;
}

static int lex_simple(lexer *lx, lex_kind kind)
{
    size_t len = (size_t)(lx->cur - lx->tok);
    return lex_push(lx, kind, lx->tok, len, lx->line, lex_col(lx, lx->tok)) ? (int)kind : -1;
}

static int lex_eol(lexer *lx)
{
    lex_tokens *t = lx->out;
    int line = lx->line, col = lex_col(lx, lx->tok);
    lex_newline(lx, lx->tok);
    lx->space = 1;
    /* Blank lines and comment lines add nothing. */
    if (t->count > 0 && t->items[t->count - 1].kind == LEX_EOL)
        return LEX_EOL;
    return lex_push(lx, LEX_EOL, lx->tok, 1, line, col) ? LEX_EOL : -1;
}

/* ---- identifiers and keywords ------------------------------------------------ */

static int lex_is_ident_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static int lex_is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static const struct {
    const char *word;
    lex_kind kind;
} lex_reserved[] = {
    {"do", LEX_DO},         {"end", LEX_END},     {"fn", LEX_FN},       {"else", LEX_ELSE},
    {"rescue", LEX_RESCUE}, {"catch", LEX_CATCH}, {"after", LEX_AFTER}, {"when", LEX_WHEN},
    {"and", LEX_AND},       {"or", LEX_OR},       {"not", LEX_NOT},     {"in", LEX_IN},
};

static lex_kind lex_reserved_kind(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof lex_reserved / sizeof lex_reserved[0]; i++)
        if (strlen(lex_reserved[i].word) == n && memcmp(lex_reserved[i].word, s, n) == 0)
            return lex_reserved[i].kind;
    return LEX_IDENT;
}

/*
 * `name:` is a keyword key; `name::` is not (`x::8`).  Like Elixir, the
 * colon must be followed by a blank, so `[a:1]` is an error, not `a` `:1`.
 */
static int lex_keyword_colon(lexer *lx, const char *name, size_t n)
{
    if (lx->cur[0] != ':' || lx->cur[1] == ':')
        return 0;
    if (lx->cur + 1 < lx->lim && !lex_is_blank(lx->cur[1])) {
        int shown = n < LEX_MAX_QUOTED ? (int)n : LEX_MAX_QUOTED;
        diag_add(lx->diags, DIAG_SYNTAX_ERROR, lx->line, lex_col(lx, name),
                 "keyword argument must be followed by space after: %.*s:", shown, name);
        return -1;
    }
    lx->cur++;
    return 1;
}

/* `not in` is one operator; `not` followed by anything else is unary. */
static int lex_not_in(lexer *lx)
{
    const char *p = lx->cur;
    while (*p == ' ' || *p == '\t')
        p++;
    if (p[0] != 'i' || p[1] != 'n' || lex_is_ident_char(p[2]) || p[2] == '?' || p[2] == '!' ||
        (p[2] == ':' && p[3] != ':'))
        return 0;
    lx->cur = p + 2;
    return 1;
}

static int lex_word(lexer *lx, lex_kind plain)
{
    const char *s = lx->tok;
    size_t n = (size_t)(lx->cur - s);
    if (lex_check_atom_length(lx, s, n) < 0)
        return -1;
    /* `a!=b` is `a != b`, not the identifier `a!`. */
    if (s[n - 1] == '!' && lx->cur[0] == '=') {
        lx->cur--;
        n--;
    }
    int kw = lex_keyword_colon(lx, s, n);
    if (kw < 0)
        return -1;
    if (kw)
        return lex_push(lx, LEX_KW, s, n, lx->line, lex_col(lx, s)) ? LEX_KW : -1;
    lex_kind kind = plain == LEX_IDENT ? lex_reserved_kind(s, n) : plain;
    if (kind == LEX_NOT && lex_not_in(lx))
        kind = LEX_NOT_IN;
    return lex_simple(lx, kind);
}

/* ---- numbers and chars --------------------------------------------------------- */

static int lex_number(lexer *lx, lex_kind kind)
{
    if (lex_is_ident_char(*lx->cur)) {
        diag_add(lx->diags, DIAG_SYNTAX_ERROR, lx->line, lex_col(lx, lx->tok),
                 "invalid character \"%c\" after number %.*s", *lx->cur,
                 (int)(lx->cur - lx->tok < LEX_MAX_QUOTED ? lx->cur - lx->tok : LEX_MAX_QUOTED), lx->tok);
        return -1;
    }
    return lex_simple(lx, kind);
}

/* Length of the character at p, or 0 at the end of input. */
static size_t lex_char_len(const lexer *lx, const char *p)
{
    if (p >= lx->lim)
        return 0;
    return (size_t)lex_utf8_len((const unsigned char *)p, (const unsigned char *)lx->lim);
}

/* `?a`, `?\n`: lx->cur is just past the `?`. */
static int lex_char(lexer *lx)
{
    const char *p = lx->cur;
    if (*p == '\\')
        p++;
    size_t n = lex_char_len(lx, p);
    if (n == 0 || (p == lx->cur && lex_is_blank(*p)))
        return lex_error(lx, lx->tok, "invalid character after ?");
    if (*p == '\n')
        lex_newline(lx, p);
    lx->cur = p + n;
    return lex_simple(lx, LEX_CHAR);
}

static int32_t lex_simple_escape(char c)
{
    switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 's': return ' ';
    case 'e': return 27;
    case '0': return 0;
    case 'a': return 7;
    case 'b': return 8;
    case 'f': return 12;
    case 'v': return 11;
    case 'd': return 127;
    default: return -1;
    }
}

int32_t lex_char_value(const char *text, size_t len)
{
    if (len >= 3 && text[1] == '\\') {
        int32_t e = lex_simple_escape(text[2]);
        return e >= 0 ? e : lex_utf8_decode(text + 2, len - 2);
    }
    return len >= 2 ? lex_utf8_decode(text + 1, len - 1) : 0;
}

/* ---- escapes ------------------------------------------------------------------ */

static int lex_hex(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/*
 * Reads the code point of `\uHHHH` or `\u{H...}` at p (just past the `u`).
 * Returns the number of bytes used, or 0 if malformed or not a scalar value.
 */
static size_t lex_unicode_escape(const char *p, const char *lim, int32_t *cp)
{
    int32_t v = 0;
    size_t i = 0;
    if (*p == '{') {
        for (i = 1; i <= 7 && p + i < lim && lex_hex(p[i]) >= 0; i++)
            v = v * 16 + lex_hex(p[i]);
        if (i == 1 || i > 7 || p + i >= lim || p[i] != '}')
            return 0;
        i++;
    } else {
        for (i = 0; i < 4; i++) {
            if (p + i >= lim || lex_hex(p[i]) < 0)
                return 0;
            v = v * 16 + lex_hex(p[i]);
        }
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return i;
}

/* Number of hex digits (1 or 2) of `\xHH` at p, or 0. */
static size_t lex_hex_escape(const char *p, const char *lim)
{
    if (p >= lim || lex_hex(p[0]) < 0)
        return 0;
    return (p + 1 < lim && lex_hex(p[1]) >= 0) ? 2 : 1;
}

/* Validates and skips the escape at lx->cur (a backslash). */
static int lex_escape(lexer *lx)
{
    const char *bs = lx->cur, *p = bs + 1;
    int32_t cp;
    size_t n;
    if (p >= lx->lim) {
        lx->cur = p; /* the caller reports the missing terminator */
        return 0;
    }
    if (*p == 'x') {
        if (!(n = lex_hex_escape(p + 1, lx->lim)))
            return lex_error(lx, bs, "invalid hex escape character, expected \\xHH where H is a hexadecimal digit");
        lx->cur = p + 1 + n;
        return 0;
    }
    if (*p == 'u') {
        if (!(n = lex_unicode_escape(p + 1, lx->lim, &cp)))
            return lex_error(lx, bs, "invalid Unicode escape character, expected \\uHHHH or \\u{H*} where H is a hexadecimal digit");
        lx->cur = p + 1 + n;
        return 0;
    }
    if (*p == '\n')
        lex_newline(lx, p);
    lx->cur = p + lex_char_len(lx, p);
    return 0;
}

/* Decodes the escape at raw[0] == '\\'; returns the bytes consumed. */
static size_t lex_decode_escape(const char *raw, size_t len, char *out, size_t *o, int *line_start)
{
    char c = raw[1];
    int32_t e = lex_simple_escape(c), cp = 0;
    if (e >= 0) {
        out[(*o)++] = (char)e;
        return 2;
    }
    if (c == 'x') {
        size_t n = lex_hex_escape(raw + 2, raw + len);
        int v = 0;
        for (size_t i = 0; i < n; i++)
            v = v * 16 + lex_hex(raw[2 + i]);
        out[(*o)++] = (char)v;
        return 2 + n;
    }
    if (c == 'u') {
        size_t n = lex_unicode_escape(raw + 2, raw + len, &cp);
        *o += lex_utf8_encode(cp, out + *o);
        return 2 + n;
    }
    if (c == '\n') { /* a line continuation: the newline disappears */
        *line_start = 1;
        return 2;
    }
    if (c == '\r' && len > 2 && raw[2] == '\n') {
        *line_start = 1;
        return 3;
    }
    out[(*o)++] = c; /* unknown escapes stand for the character itself */
    return 2;
}

size_t lex_unescape(const char *raw, size_t len, int indent, int at_line_start, char *out)
{
    size_t i = 0, o = 0;
    while (i < len) {
        if (at_line_start) {
            for (int k = 0; k < indent && i < len && (raw[i] == ' ' || raw[i] == '\t'); k++)
                i++;
            at_line_start = 0;
            continue;
        }
        char c = raw[i];
        if (c == '\\' && i + 1 < len) {
            i += lex_decode_escape(raw + i, len - i, out, &o, &at_line_start);
            continue;
        }
        out[o++] = c;
        i++;
        at_line_start = (c == '\n');
    }
    return o;
}

/* ---- quoted text ------------------------------------------------------------------ */

static int lex_step(lexer *lx);

/* Pushes the raw text [start, end) as a STR_PART (nothing if empty). */
static int lex_part(lexer *lx, const char *start, const char *end, int line, int col, unsigned flags)
{
    if (start == end)
        return 0;
    lex_token *t = lex_push(lx, LEX_STR_PART, start, (size_t)(end - start), line, col);
    if (!t)
        return -1;
    t->flags = flags;
    return 0;
}

/* At `#{`: pushes INTERP_BEGIN, the tokens inside, and INTERP_END. */
static int lex_interp(lexer *lx)
{
    int line = lx->line, col = lex_col(lx, lx->cur);
    if (++lx->depth > LEX_MAX_NESTING)
        return lex_error(lx, lx->cur, "string interpolation nested too deeply");
    if (!lex_push(lx, LEX_INTERP_BEGIN, lx->cur, 2, line, col))
        return -1;
    lx->cur += 2;
    for (int braces = 0;;) {
        int k = lex_step(lx);
        if (k < 0)
            return -1;
        if (k == LEX_EOF)
            return lex_missing(lx, "}", "\"#{\"", line);
        if (k == LEX_LBRACE)
            braces++;
        if (k == LEX_RBRACE && braces-- == 0) {
            lx->out->items[lx->out->count - 1].kind = LEX_INTERP_END;
            break;
        }
    }
    lx->depth--;
    return 0;
}

/* Handles one byte of quoted text at lx->cur: escape, newline or plain. */
static int lex_quoted_byte(lexer *lx)
{
    if (*lx->cur == '\\')
        return lex_escape(lx);
    if (*lx->cur == '\n')
        lex_newline(lx, lx->cur);
    lx->cur++;
    return 0;
}

static const char *lex_terminator(const lex_qspec *q)
{
    static const char *const closers[] = {"\"", "'", ")", "]", "}", ">", "|", "/"};
    for (size_t i = 0; i < sizeof closers / sizeof closers[0]; i++)
        if (closers[i][0] == q->close)
            return q->heredoc ? (q->close == '"' ? "\"\"\"" : "'''") : closers[i];
    return "?";
}

/* Scans a single-line-delimited body up to and including its closing char. */
static int lex_quoted_body(lexer *lx, const lex_qspec *q)
{
    const char *part = lx->cur;
    int pline = lx->line, pcol = lex_col(lx, part);
    for (;;) {
        if (lx->cur >= lx->lim)
            return lex_missing(lx, lex_terminator(q), q->what, q->line);
        if (*lx->cur == q->close)
            break;
        if (lx->cur[0] == '#' && lx->cur[1] == '{') {
            if (lex_part(lx, part, lx->cur, pline, pcol, 0) < 0 || lex_interp(lx) < 0)
                return -1;
            part = lx->cur;
            pline = lx->line;
            pcol = lex_col(lx, part);
            continue;
        }
        if (lex_quoted_byte(lx) < 0)
            return -1;
    }
    if (lex_part(lx, part, lx->cur, pline, pcol, 0) < 0)
        return -1;
    lx->cur++;
    return 0;
}

/* At the start of a heredoc line: is it the closing delimiter? Sets *indent. */
static int lex_heredoc_closes(const lexer *lx, const lex_qspec *q, int *indent)
{
    const char *p = lx->cur;
    while (*p == ' ' || *p == '\t')
        p++;
    if (p[0] != q->close || p[1] != q->close || p[2] != q->close)
        return 0;
    *indent = (int)(p - lx->cur);
    return 1;
}

static int lex_heredoc_open(lexer *lx)
{
    const char *p = lx->cur;
    while (*p == ' ' || *p == '\t' || *p == '\r')
        p++;
    if (*p != '\n')
        return lex_error(lx, lx->tok, "heredoc allows only zero or more whitespace characters followed by a new line after \"\"\"");
    lex_newline(lx, p);
    lx->cur = p + 1;
    return 0;
}

/* Scans heredoc lines up to the closing delimiter line; returns its indent. */
static int lex_heredoc_body(lexer *lx, const lex_qspec *q, int *indent)
{
    const char *part = lx->cur;
    int pline = lx->line, pcol = 1;
    unsigned pflags = LEX_F_LINE_START;
    int line_start = 1;
    for (;;) {
        if (line_start && lex_heredoc_closes(lx, q, indent))
            break;
        line_start = 0;
        if (lx->cur >= lx->lim)
            return lex_missing(lx, lex_terminator(q), q->what, q->line);
        if (lx->cur[0] == '#' && lx->cur[1] == '{') {
            if (lex_part(lx, part, lx->cur, pline, pcol, pflags) < 0 || lex_interp(lx) < 0)
                return -1;
            part = lx->cur;
            pline = lx->line;
            pcol = lex_col(lx, part);
            pflags = 0;
            continue;
        }
        int line = lx->line;
        if (lex_quoted_byte(lx) < 0)
            return -1;
        line_start = lx->line != line;
    }
    if (lex_part(lx, part, lx->cur, pline, pcol, pflags) < 0)
        return -1;
    lx->cur += *indent + 3;
    return 0;
}

/* Sigil modifiers: letters right after the closing delimiter. */
static int lex_modifiers(lexer *lx, const lex_qspec *q, const char **mods, size_t *nmods)
{
    const char *p = lx->cur;
    while (lex_is_ident_char(*p) && !(*p >= '0' && *p <= '9') && *p != '_')
        p++;
    *mods = lx->cur;
    *nmods = (size_t)(p - lx->cur);
    if (*nmods && (q->sigil != 'w' || *nmods > 1 || !strchr("acs", **mods)))
        return lex_error(lx, lx->cur, "invalid sigil modifier");
    lx->cur = p;
    return 0;
}

/*
 * A quoted keyword key `"k": v`: the quote must be followed by `:` and a
 * blank (`"a"::binary` is a type, not a key).
 */
static int lex_quoted_keyword(lexer *lx, const lex_qspec *q)
{
    if (q->quote == LEX_Q_ATOM || q->sigil || q->heredoc)
        return 0;
    if (lx->cur[0] != ':' || lx->cur[1] == ':' || !(lex_is_blank(lx->cur[1]) || lx->cur + 1 == lx->lim))
        return 0;
    lx->cur++;
    return 1;
}

/* lx->cur is past the opening delimiter(s). */
static int lex_quoted(lexer *lx, lex_qspec q)
{
    lex_token *t = lex_push(lx, LEX_STR_BEGIN, lx->tok, (size_t)(lx->cur - lx->tok), q.line, q.col);
    if (!t)
        return -1;
    int begin = lx->out->count - 1, indent = 0;
    t->quote = (int)q.quote;
    t->sigil = q.sigil;
    if (q.heredoc) {
        if (lex_heredoc_open(lx) < 0 || lex_heredoc_body(lx, &q, &indent) < 0)
            return -1;
    } else if (lex_quoted_body(lx, &q) < 0) {
        return -1;
    }
    const char *end = lx->cur - (q.heredoc ? 3 : 1), *mods = lx->cur;
    int eline = lx->line, ecol = lex_col(lx, end);
    size_t nmods = 0;
    if (q.sigil && lex_modifiers(lx, &q, &mods, &nmods) < 0)
        return -1;
    int keyword = lex_quoted_keyword(lx, &q);
    t = &lx->out->items[begin]; /* the array may have moved */
    t->indent = indent;
    t->flags |= (q.heredoc ? LEX_F_HEREDOC : 0) | (keyword ? LEX_F_KEYWORD : 0);
    return lex_push(lx, LEX_STR_END, mods, nmods, eline, ecol) ? LEX_STR_END : -1;
}

static int lex_string(lexer *lx, lex_quote quote, char close, int heredoc)
{
    lex_qspec q = {quote, close, heredoc, 0, lx->line, lex_col(lx, lx->tok), NULL};
    if (quote == LEX_Q_ATOM)
        q.what = "atom";
    else if (heredoc)
        q.what = "heredoc";
    else
        q.what = quote == LEX_Q_STRING ? "string" : "charlist";
    return lex_quoted(lx, q);
}

static char lex_sigil_closer(char open)
{
    switch (open) {
    case '(': return ')';
    case '[': return ']';
    case '{': return '}';
    case '<': return '>';
    case '"': case '\'': case '|': case '/': return open;
    default: return 0;
    }
}

/* `~x` has been matched; lx->cur is at the delimiter. */
static int lex_sigil(lexer *lx)
{
    char letter = lx->tok[1];
    if (letter != 'w' && letter != 's' && letter != 'c') {
        diag_add(lx->diags, DIAG_SYNTAX_ERROR, lx->line, lex_col(lx, lx->tok),
                 "sigil ~%c is not supported", letter);
        return -1;
    }
    char close = lex_sigil_closer(*lx->cur);
    if (!close)
        return lex_error(lx, lx->tok, "invalid sigil delimiter");
    lex_qspec q = {LEX_Q_SIGIL, close, 0, letter, lx->line, lex_col(lx, lx->tok), "sigil"};
    if ((close == '"' || close == '\'') && lx->cur[1] == close && lx->cur[2] == close) {
        q.heredoc = 1;
        lx->cur += 3;
    } else {
        lx->cur++;
    }
    return lex_quoted(lx, q);
}

static int lex_unexpected(lexer *lx)
{
    const char *p = lx->tok;
    size_t n = lex_char_len(lx, p);
    int32_t cp = lex_utf8_decode(p, n);
    diag_add(lx->diags, DIAG_SYNTAX_ERROR, lx->line, lex_col(lx, p),
             "unexpected token: \"%.*s\" (column %d, code point U+%04X)", (int)(n ? n : 1), p,
             lex_col(lx, p), (unsigned)cp);
    return -1;
}

/* ---- the re2c scanner ------------------------------------------------------------ */

/*
 * Scans one token and appends it (a newline only when it is not a repeat).
 * Returns its kind, LEX_EOF (nothing appended) at the end, or -1.
 */
static int lex_step(lexer *lx)
{
    const char *marker = lx->cur;
    for (;;) {
        lx->tok = lx->cur;
        /*!re2c
        re2c:api:style = free-form;
        re2c:define:YYCTYPE = "unsigned char";
        re2c:define:YYCURSOR = "lx->cur";
        re2c:define:YYLIMIT = "lx->lim";
        re2c:define:YYMARKER = "marker";
        re2c:yyfill:enable = 0;
        re2c:eof = 0;

        ident_char = [a-zA-Z0-9_];
        ident      = [a-z_] ident_char* [?!]?;
        alias      = [A-Z] ident_char*;
        dec        = [0-9] ("_"? [0-9])*;
        hex        = "0x" [0-9a-fA-F] ("_"? [0-9a-fA-F])*;
        oct        = "0o" [0-7] ("_"? [0-7])*;
        bin        = "0b" [01] ("_"? [01])*;
        exponent   = [eE] [+-]? dec;
        float      = dec "." [0-9] ("_"? [0-9])* exponent?;
        atom_name  = [a-zA-Z_] [a-zA-Z0-9_@]* [?!]?;
        op_atom    = "+" | "-" | "*" | "/" | "**" | "++" | "--" | "<>" | ".." | "==" | "!="
                   | "===" | "!==" | "=~" | "<" | ">" | "<=" | ">=" | "&&" | "||" | "&&&"
                   | "|||" | "!" | "^" | "|>" | "<<<" | ">>>" | "<-" | "->" | "\\\\" | "="
                   | "|" | "@" | "&" | "." | "<<>>" | "%{}" | "{}" | "%" | "[]";

        $ { return LEX_EOF; }
        * { return lex_unexpected(lx); }

        [ \t\r]+           { lx->space = 1; continue; }
        "#" [^\n]*         { lx->space = 1; continue; }
        "\\" "\r"? "\n"    { lex_newline(lx, lx->cur - 1); lx->space = 1; continue; }
        "\n"               { return lex_eol(lx); }
        ";"                { return lex_simple(lx, LEX_SEMI); }

        ident              { return lex_word(lx, LEX_IDENT); }
        alias              { return lex_word(lx, LEX_ALIAS); }
        dec | hex | oct | bin { return lex_number(lx, LEX_INT); }
        float              { return lex_number(lx, LEX_FLOAT); }
        "?"                { return lex_char(lx); }
        ":" atom_name      { return lex_check_atom_length(lx, lx->tok + 1, (size_t)(lx->cur - lx->tok - 1)) < 0 ? -1 : lex_simple(lx, LEX_ATOM); }
        ":" op_atom        { return lex_simple(lx, LEX_ATOM); }
        ":\""              { return lex_string(lx, LEX_Q_ATOM, '"', 0); }
        ":'"               { return lex_string(lx, LEX_Q_ATOM, '\'', 0); }
        "\"\"\""           { return lex_string(lx, LEX_Q_STRING, '"', 1); }
        "'''"              { return lex_string(lx, LEX_Q_CHARLIST, '\'', 1); }
        "\""               { return lex_string(lx, LEX_Q_STRING, '"', 0); }
        "'"                { return lex_string(lx, LEX_Q_CHARLIST, '\'', 0); }
        "~" [a-zA-Z]       { return lex_sigil(lx); }
        "&" [0-9]+         { return lex_simple(lx, LEX_CAPTURE_ARG); }

        "("   { return lex_simple(lx, LEX_LPAREN); }
        ")"   { return lex_simple(lx, LEX_RPAREN); }
        "["   { return lex_simple(lx, LEX_LBRACKET); }
        "]"   { return lex_simple(lx, LEX_RBRACKET); }
        "{"   { return lex_simple(lx, LEX_LBRACE); }
        "}"   { return lex_simple(lx, LEX_RBRACE); }
        "<<"  { return lex_simple(lx, LEX_LBIN); }
        ">>"  { return lex_simple(lx, LEX_RBIN); }
        ","   { return lex_simple(lx, LEX_COMMA); }
        "."   { return lex_simple(lx, LEX_DOT); }
        "%"   { return lex_simple(lx, LEX_PERCENT); }
        "+"   { return lex_simple(lx, LEX_PLUS); }
        "-"   { return lex_simple(lx, LEX_MINUS); }
        "*"   { return lex_simple(lx, LEX_STAR); }
        "/"   { return lex_simple(lx, LEX_SLASH); }
        "**"  { return lex_simple(lx, LEX_POW); }
        "++"  { return lex_simple(lx, LEX_CONCAT); }
        "--"  { return lex_simple(lx, LEX_SUBTRACT); }
        "+++" { return lex_simple(lx, LEX_PLUS3); }
        "---" { return lex_simple(lx, LEX_MINUS3); }
        ".."  { return lex_simple(lx, LEX_RANGE); }
        "//"  { return lex_simple(lx, LEX_STEP); }
        "<>"  { return lex_simple(lx, LEX_STRCAT); }
        "|>"  { return lex_simple(lx, LEX_PIPE); }
        "<<<" { return lex_simple(lx, LEX_LSHIFT3); }
        ">>>" { return lex_simple(lx, LEX_RSHIFT3); }
        "<<~" { return lex_simple(lx, LEX_LTILDE2); }
        "~>>" { return lex_simple(lx, LEX_RTILDE2); }
        "<~"  { return lex_simple(lx, LEX_LTILDE); }
        "~>"  { return lex_simple(lx, LEX_RTILDE); }
        "<~>" { return lex_simple(lx, LEX_LTILDER); }
        "<|>" { return lex_simple(lx, LEX_LBARR); }
        "<"   { return lex_simple(lx, LEX_LT); }
        ">"   { return lex_simple(lx, LEX_GT); }
        "<="  { return lex_simple(lx, LEX_LE); }
        ">="  { return lex_simple(lx, LEX_GE); }
        "=="  { return lex_simple(lx, LEX_EQ); }
        "!="  { return lex_simple(lx, LEX_NE); }
        "=~"  { return lex_simple(lx, LEX_MATCH_RE); }
        "===" { return lex_simple(lx, LEX_SEQ); }
        "!==" { return lex_simple(lx, LEX_SNE); }
        "&&"  { return lex_simple(lx, LEX_ANDAND); }
        "&&&" { return lex_simple(lx, LEX_AND3); }
        "||"  { return lex_simple(lx, LEX_OROR); }
        "|||" { return lex_simple(lx, LEX_OR3); }
        "="   { return lex_simple(lx, LEX_MATCH); }
        "&"   { return lex_simple(lx, LEX_AMP); }
        "=>"  { return lex_simple(lx, LEX_ASSOC); }
        "|"   { return lex_simple(lx, LEX_BAR); }
        "::"  { return lex_simple(lx, LEX_TYPE); }
        "->"  { return lex_simple(lx, LEX_STAB); }
        "<-"  { return lex_simple(lx, LEX_LARROW); }
        "\\\\" { return lex_simple(lx, LEX_DEFAULT); }
        "!"   { return lex_simple(lx, LEX_BANG); }
        "^"   { return lex_simple(lx, LEX_CARET); }
        "@"   { return lex_simple(lx, LEX_AT); }
        */
    }
}

int lex_tokenize(const char *src, size_t len, diag_list *diags, lex_tokens *out)
{
    lexer lx = {0};
    lx.src = lx.cur = lx.line_start = src;
    lx.lim = src + len;
    lx.line = 1;
    lx.space = 1;
    lx.diags = diags;
    lx.out = out;
    out->count = 0;
    if (lex_check_source(&lx) < 0)
        return -1;
    for (;;) {
        lx.tok = lx.cur;
        int k = lex_step(&lx);
        if (k < 0)
            return -1;
        if (k == LEX_EOF)
            break;
    }
    return lex_push(&lx, LEX_EOF, lx.lim, 0, lx.line, lex_col(&lx, lx.lim)) ? 0 : -1;
}

void lex_tokens_free(lex_tokens *t)
{
    free(t->items);
    t->items = NULL;
    t->count = t->cap = 0;
}
