/* parser.h: contract source text to syntax tree. */
#ifndef CONTRACTC_PARSER_H
#define CONTRACTC_PARSER_H

#include "ast.h"

/*
 * parser_parse: parse every contract and shared type in src, appending them
 * to *out's lists. Syntax errors are reported (at most one per member; parsing
 * resumes at the next member) and make it return false.
 */
bool parser_parse(arena_t *arena, diag_t *diag, const source_t *src,
                  file_ast_t *out);

#endif
