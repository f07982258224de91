/*
 * The catalogue of rules sipcheck reports. Every id here is documented in
 * verifier/SUBSET.md (a test keeps the two in step). Rules enforced only by
 * the compiler, the stdlib or the kernel are in SUBSET.md but not here.
 */
#include "sipcheck.h"

#include <string.h>

const struct rule_info rule_table[] = {
    { "SIP-INC-SYSTEM", "include of a header outside the trusted dirs and the freestanding set" },
    { "SIP-INC-MACRO", "macro defined in SIP code expanded inside a trusted header" },
    { "SIP-CAST-INT2PTR", "integer (other than a null constant) converted to a pointer" },
    { "SIP-CAST-PTR2INT", "pointer converted to an integer" },
    { "SIP-CAST-PTR", "data pointer converted to another pointee type or losing qualifiers" },
    { "SIP-CAST-FNPTR", "function pointer converted to or from another type" },
    { "SIP-PTR-VOID", "'void *' in a SIP declaration or cast" },
    { "SIP-PTR-ARITH", "pointer arithmetic (+, -, +=, -=, ++, --)" },
    { "SIP-PTR-INDEX", "indexing through a pointer or an unsized array" },
    { "SIP-PTR-ARRAY-PARAM", "parameter declared as an array (C makes it an unchecked pointer)" },
    { "SIP-PTR-ARRAY-ARG", "argument for a trusted parameter declared T p[N] that is not an array of at least N" },
    { "SIP-PTR-ELEMADDR", "address of an array element (&a[i])" },
    { "SIP-PTR-ADDR-LOCAL", "pointer to a local (automatic) object" },
    { "SIP-PTR-RETAINED", "object with automatic storage passed where a trusted function keeps a pointer to it (a view of the stack)" },
    { "SIP-PTR-OUT", "SIP_OUT parameter misused, or &local passed where no SIP_OUT parameter takes it" },
    { "SIP-PTR-DECAY", "unsized or zero-length array converted to a pointer" },
    { "SIP-PTR-FLEX", "flexible/zero-length array without a const counted_by length, or declared as an object" },
    { "SIP-STR-NUL", "'char *' not known to be NUL-terminated, or a format whose arguments cannot be checked" },
    { "SIP-LIB-READONLY", "member of a stdlib SIP_READONLY type (str_t) written, address taken or brace-initialized" },
    { "SIP-PTR-ADDRSPACE", "pointer into another address space (segment-relative access)" },
    { "SIP-DECL-UNION-PTR", "union with a pointer member" },
    { "SIP-DECL-KR", "function without a prototype or K&R definition" },
    { "SIP-DECL-IMPLICIT", "implicit function declaration or implicit int" },
    { "SIP-DECL-VARIADIC", "variadic function declared or defined in SIP code" },
    { "SIP-DECL-ATTR", "attribute outside the subset's allowlist" },
    { "SIP-DECL-RESERVED", "identifier reserved to the implementation, kernel or ABI" },
    { "SIP-DECL-TRUSTED", "declaration or definition of a name trusted code owns, other than its trusted declaration" },
    { "SIP-DECL-CONFLICT", "one name declared with different types in the files of one SIP" },
    { "SIP-DECL-EXTERN-VAR", "extern variable declaration" },
    { "SIP-DECL-TLS", "thread-local variable" },
    { "SIP-DECL-PACKED", "pointer member at a misaligned offset" },
    { "SIP-INIT-PTR", "local object holding a pointer declared without initializer" },
    { "SIP-INIT-SKIP", "goto or case label jumping past a pointer's initialization" },
    { "SIP-ASM-INLINE", "inline or file-scope assembly" },
    { "SIP-ASM-LABEL", "asm label renaming a symbol" },
    { "SIP-CTRL-GOTO-COMPUTED", "computed goto or label address" },
    { "SIP-CTRL-SETJMP", "setjmp/longjmp and context switching functions" },
    { "SIP-BUILTIN", "compiler builtin outside the allowlist" },
    { "SIP-MEM-DEALLOC", "explicit deallocation (free, realloc)" },
    { "SIP-MEM-RAWALLOC", "untyped allocation (malloc, calloc, mmap)" },
    { "SIP-MEM-RAWCOPY", "untyped memory copy or fill (memcpy, memset)" },
    { "SIP-STACK-VLA", "variable-length array or variably modified type" },
    { "SIP-STACK-ALLOCA", "alloca" },
    { "SIP-STACK-FRAME", "function with more automatic storage than one unsafe-stack frame may have" },
};

const size_t rule_count = sizeof rule_table / sizeof rule_table[0];

bool rule_known(const char *id)
{
    for (size_t i = 0; i < rule_count; i++) {
        if (strcmp(rule_table[i].id, id) == 0)
            return true;
    }
    return false;
}
