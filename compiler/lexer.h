/*
 * lexer.h — turns source text into a flat array of tokens (re2c, lexer.re).
 *
 * The whole input is tokenized up front, so the parser can look ahead
 * freely.  Quoted text (strings, charlists, quoted atoms, sigils, heredocs)
 * becomes a bracketed run of tokens:
 *
 *   STR_BEGIN  (STR_PART | INTERP_BEGIN <tokens> INTERP_END)*  STR_END
 *
 * STR_PART spans raw source bytes; escapes are decoded later by
 * lex_unescape, which is what lets a heredoc strip its indentation (known
 * only at the closing delimiter) before escapes are applied.  The tokens
 * between INTERP_BEGIN and INTERP_END are ordinary tokens, so the parser
 * parses interpolations in place.  Nesting of interpolations is capped at
 * LEX_MAX_NESTING.
 *
 * Newlines are tokens (LEX_EOL, consecutive ones collapsed) because they end
 * expressions; `;` is LEX_SEMI.  LEX_F_SPACE is set on a token preceded by
 * whitespace, a comment or a newline: `f(x)` is a call but `f (x)` is not.
 *
 * The lexer stops at its first error, reports it in the diag_list and
 * returns non-zero; the token array is then unusable.
 */
#ifndef BL_LEXER_H
#define BL_LEXER_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"

/* Deepest nesting of string interpolations ("#{"#{...}"}"). */
#define LEX_MAX_NESTING 256
/* Longest name or atom, in bytes: the VM's ATOM_MAX_BYTES (vm/atom.h),
 * so that a longer one is a syntax error, not a load failure. */
#define LEX_MAX_ATOM_BYTES 1020

/* X(NAME, text shown in messages) */
#define LEX_TOKEN_LIST(X)                                                      \
    X(EOF, "end of file")                                                      \
    X(EOL, "newline")                                                          \
    X(SEMI, ";")                                                               \
    X(INT, "integer")                                                          \
    X(FLOAT, "float")                                                          \
    X(CHAR, "char")                                                            \
    X(ATOM, "atom")                                                            \
    X(KW, "keyword")                                                           \
    X(IDENT, "identifier")                                                     \
    X(ALIAS, "alias")                                                          \
    X(CAPTURE_ARG, "&N")                                                       \
    X(STR_BEGIN, "string")                                                     \
    X(STR_PART, "string")                                                      \
    X(INTERP_BEGIN, "#{")                                                      \
    X(INTERP_END, "}")                                                         \
    X(STR_END, "string")                                                       \
    X(LPAREN, "(")                                                             \
    X(RPAREN, ")")                                                             \
    X(LBRACKET, "[")                                                           \
    X(RBRACKET, "]")                                                           \
    X(LBRACE, "{")                                                             \
    X(RBRACE, "}")                                                             \
    X(LBIN, "<<")                                                              \
    X(RBIN, ">>")                                                              \
    X(COMMA, ",")                                                              \
    X(DOT, ".")                                                                \
    X(PERCENT, "%")                                                            \
    X(DO, "do")                                                                \
    X(END, "end")                                                              \
    X(FN, "fn")                                                                \
    X(ELSE, "else")                                                            \
    X(RESCUE, "rescue")                                                        \
    X(CATCH, "catch")                                                          \
    X(AFTER, "after")                                                          \
    X(WHEN, "when")                                                            \
    X(AND, "and")                                                              \
    X(OR, "or")                                                                \
    X(NOT, "not")                                                              \
    X(IN, "in")                                                                \
    X(NOT_IN, "not in")                                                        \
    X(PLUS, "+")                                                               \
    X(MINUS, "-")                                                              \
    X(STAR, "*")                                                               \
    X(SLASH, "/")                                                              \
    X(POW, "**")                                                               \
    X(CONCAT, "++")                                                            \
    X(SUBTRACT, "--")                                                          \
    X(PLUS3, "+++")                                                            \
    X(MINUS3, "---")                                                           \
    X(RANGE, "..")                                                             \
    X(STEP, "//")                                                              \
    X(STRCAT, "<>")                                                            \
    X(PIPE, "|>")                                                              \
    X(LSHIFT3, "<<<")                                                          \
    X(RSHIFT3, ">>>")                                                          \
    X(LTILDE2, "<<~")                                                          \
    X(RTILDE2, "~>>")                                                          \
    X(LTILDE, "<~")                                                            \
    X(RTILDE, "~>")                                                            \
    X(LTILDER, "<~>")                                                          \
    X(LBARR, "<|>")                                                            \
    X(LT, "<")                                                                 \
    X(GT, ">")                                                                 \
    X(LE, "<=")                                                                \
    X(GE, ">=")                                                                \
    X(EQ, "==")                                                                \
    X(NE, "!=")                                                                \
    X(MATCH_RE, "=~")                                                          \
    X(SEQ, "===")                                                              \
    X(SNE, "!==")                                                              \
    X(ANDAND, "&&")                                                            \
    X(AND3, "&&&")                                                             \
    X(OROR, "||")                                                              \
    X(OR3, "|||")                                                              \
    X(MATCH, "=")                                                              \
    X(AMP, "&")                                                                \
    X(ASSOC, "=>")                                                             \
    X(BAR, "|")                                                                \
    X(TYPE, "::")                                                              \
    X(STAB, "->")                                                              \
    X(LARROW, "<-")                                                            \
    X(DEFAULT, "\\\\")                                                         \
    X(BANG, "!")                                                               \
    X(CARET, "^")                                                              \
    X(AT, "@")

typedef enum {
#define LEX_ENUM(name, text) LEX_##name,
    LEX_TOKEN_LIST(LEX_ENUM)
#undef LEX_ENUM
        LEX_KIND_COUNT
} lex_kind;

/* What a STR_BEGIN opens. */
typedef enum {
    LEX_Q_STRING,   /* "..." and """...""" */
    LEX_Q_CHARLIST, /* '...' and '''...''' */
    LEX_Q_ATOM,     /* :"..." */
    LEX_Q_SIGIL     /* ~w(...), ~s(...), ~c(...); letter in `sigil` */
} lex_quote;

enum {
    LEX_F_SPACE = 1 << 0,      /* preceded by whitespace, comment or newline */
    LEX_F_KEYWORD = 1 << 1,    /* STR_BEGIN of a quoted keyword key "k": */
    LEX_F_HEREDOC = 1 << 2,    /* STR_BEGIN of """ or ''' */
    LEX_F_LINE_START = 1 << 3, /* STR_PART starting a heredoc line */
};

typedef struct {
    lex_kind kind;
    int line, col;    /* 1-based; col counts bytes */
    const char *text; /* the token's bytes in the source */
    size_t len;       /* STR_END: only the sigil modifiers, if any */
    unsigned flags;   /* LEX_F_* */
    int quote;        /* STR_BEGIN: lex_quote */
    int sigil;        /* STR_BEGIN of a sigil: its letter */
    int indent;       /* STR_BEGIN of a heredoc: indentation to strip */
} lex_token;

typedef struct {
    lex_token *items;
    int count, cap;
} lex_tokens;

/*
 * Tokenizes src[0..len).  src[len] must be a NUL byte (re2c's sentinel);
 * NUL bytes before it are reported as errors.  Always ends the array with
 * LEX_EOF on success.  Returns 0 on success, -1 after reporting an error.
 */
int lex_tokenize(const char *src, size_t len, diag_list *diags, lex_tokens *out);
void lex_tokens_free(lex_tokens *t);

const char *lex_kind_text(lex_kind k);

/*
 * Decodes the escapes of a STR_PART validated by lex_tokenize into `out`,
 * which must hold `len` bytes (decoding never grows the text).  `indent`
 * leading blanks are dropped from each line that starts in the part, the
 * first one too when `at_line_start` (heredocs).  Returns the length written.
 */
size_t lex_unescape(const char *raw, size_t len, int indent, int at_line_start, char *out);

/* The code point of a LEX_CHAR token's text (`?a`, `?\n`, `?é`). */
int32_t lex_char_value(const char *text, size_t len);

#endif
