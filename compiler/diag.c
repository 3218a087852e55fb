/*
 * diag.c — collecting diagnostics and rendering them in Elixir's shape.
 *
 * Nothing here prints: diag_render builds one malloc'd string.  Running out
 * of memory while adding a diagnostic drops its text but still counts an
 * error, so a failed compilation can never look successful.
 */
#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Widest part of a source line shown under a message. */
#define DIAG_EXCERPT_WIDTH 160

void diag_init(diag_list *d, const char *file, const char *source, size_t len)
{
    memset(d, 0, sizeof *d);
    d->file = file ? file : "nofile";
    d->source = source;
    d->source_len = len;
}

void diag_free(diag_list *d)
{
    for (int i = 0; i < d->count; i++)
        free(d->items[i].message);
    free(d->items);
    d->items = NULL;
    d->count = d->cap = 0;
}

static char *diag_format(const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0)
        return NULL;
    char *s = malloc((size_t)n + 1);
    if (s)
        vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

static int diag_reserve(diag_list *d)
{
    if (d->count < d->cap)
        return 0;
    int cap = d->cap ? d->cap * 2 : 8;
    diag *items = realloc(d->items, (size_t)cap * sizeof *items);
    if (!items)
        return -1;
    d->items = items;
    d->cap = cap;
    return 0;
}

void diag_addv(diag_list *d, diag_kind kind, int line, int col, const char *fmt, va_list ap)
{
    if (kind != DIAG_WARNING)
        d->errors++;
    if (diag_reserve(d) < 0)
        return;
    char *msg = diag_format(fmt, ap);
    if (!msg)
        return;
    diag *it = &d->items[d->count++];
    it->kind = kind;
    it->line = line;
    it->col = col;
    it->message = msg;
}

void diag_add(diag_list *d, diag_kind kind, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_addv(d, kind, line, col, fmt, ap);
    va_end(ap);
}

/* ---- rendering ----------------------------------------------------------- */

typedef struct {
    char *buf;
    size_t len, cap;
    int failed;
} diag_buf;

static void diag_put(diag_buf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *nb = realloc(b->buf, cap);
        if (!nb) {
            b->failed = 1;
            return;
        }
        b->buf = nb;
        b->cap = cap;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = 0;
}

static void diag_printf(diag_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void diag_printf(diag_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = diag_format(fmt, ap);
    va_end(ap);
    if (!s) {
        b->failed = 1;
        return;
    }
    diag_put(b, s, strlen(s));
    free(s);
}

/* Finds line `line` (1-based) of the source; returns its length or -1. */
static long diag_source_line(const diag_list *d, int line, const char **start)
{
    if (!d->source || line < 1)
        return -1;
    const char *p = d->source, *end = d->source + d->source_len;
    for (int l = 1; l < line; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return -1;
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t len = (size_t)((nl ? nl : end) - p);
    if (len && p[len - 1] == '\r')
        len--;
    *start = p;
    return (long)len;
}

/* Length of the well-formed UTF-8 sequence at s (at most n bytes), or 0. */
static size_t diag_utf8_len(const unsigned char *s, size_t n)
{
    size_t len = s[0] < 0x80 ? 1 : s[0] >= 0xC2 && s[0] <= 0xDF ? 2 : s[0] >= 0xE0 && s[0] <= 0xEF ? 3
               : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : 0;
    if (len == 0 || len > n)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    /* overlong 3- and 4-byte forms, surrogates, and code points past U+10FFFF */
    if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0) || (s[0] == 0xF0 && s[1] < 0x90) ||
        (s[0] == 0xF4 && s[1] >= 0x90))
        return 0;
    return len;
}

/* Puts source bytes, with control characters and bytes that are not UTF-8
 * shown as '?' so the text stays one printable line (a NUL would end the
 * rendered string, a stray byte would garble the terminal). */
static void diag_put_source(diag_buf *b, const char *text, size_t len)
{
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)text[i];
        size_t n = diag_utf8_len((const unsigned char *)text + i, len - i);
        if (n == 0 || (c < 0x20 && c != '\t') || c == 0x7F) {
            diag_put(b, "?", 1);
            i++;
        } else {
            diag_put(b, &text[i], n);
            i += n;
        }
    }
}

/*
 * The source line and a caret under the column, as Elixir prints them.  A
 * long line is cut to a window around the column.
 */
static void diag_excerpt(diag_buf *b, const diag_list *d, const diag *it)
{
    const char *text;
    long len = diag_source_line(d, it->line, &text);
    if (len < 0)
        return;
    long col = it->col > 0 ? it->col - 1 : 0, from = 0;
    if (col > len)
        col = len;
    if (col > DIAG_EXCERPT_WIDTH / 2)
        from = col - DIAG_EXCERPT_WIDTH / 2;
    long to = from + DIAG_EXCERPT_WIDTH < len ? from + DIAG_EXCERPT_WIDTH : len;
    int width = snprintf(NULL, 0, "%d", it->line);
    diag_printf(b, "%*s |\n  %d | %s", width + 2, "", it->line, from ? "..." : "");
    diag_put_source(b, text + from, (size_t)(to - from));
    diag_printf(b, "%s\n%*s | %s", to < len ? "..." : "", width + 2, "", from ? "   " : "");
    /* Tabs are copied so the caret lines up with what the terminal shows. */
    for (long i = from; i < col; i++)
        diag_put(b, text[i] == '\t' ? "\t" : " ", 1);
    diag_put(b, "^\n", 2);
}

static const char *diag_kind_title(diag_kind k)
{
    switch (k) {
    case DIAG_SYNTAX_ERROR: return "SyntaxError";
    case DIAG_TOKEN_ERROR: return "TokenMissingError";
    case DIAG_COMPILE_ERROR: return "CompileError";
    default: return "warning";
    }
}

static void diag_render_one(diag_buf *b, const diag_list *d, const diag *it)
{
    const char *msg = it->message ? it->message : "";
    if (it->kind == DIAG_WARNING) {
        diag_printf(b, "warning: %s\n  %s:%d:%d\n\n", msg, d->file, it->line, it->col);
        return;
    }
    diag_printf(b, "** (%s) %s:%d:%d: %s\n", diag_kind_title(it->kind), d->file, it->line, it->col, msg);
    diag_excerpt(b, d, it);
}

char *diag_render(const diag_list *d, int with_warnings)
{
    diag_buf b = {0};
    diag_put(&b, "", 0);
    for (int i = 0; i < d->count; i++)
        if (with_warnings || d->items[i].kind != DIAG_WARNING)
            diag_render_one(&b, d, &d->items[i]);
    if (b.failed) {
        free(b.buf);
        return NULL;
    }
    return b.buf;
}
