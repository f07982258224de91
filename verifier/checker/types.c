/*
 * Type helpers. Every decision looks at canonical types, so a typedef,
 * typeof or _Generic cannot hide what a type really is.
 */
#include "sipcheck.h"

#include <stdlib.h>
#include <string.h>

CXType type_canon(CXType t)
{
    return clang_getCanonicalType(t);
}

bool type_is_pointer(CXType t)
{
    enum CXTypeKind k = type_canon(t).kind;
    return k == CXType_Pointer || k == CXType_BlockPointer;
}

bool type_is_integer(CXType t)
{
    enum CXTypeKind k = type_canon(t).kind;
    return (k >= CXType_Bool && k <= CXType_Int128) || k == CXType_Enum;
}

bool type_is_array(CXType t)
{
    enum CXTypeKind k = type_canon(t).kind;
    return k == CXType_ConstantArray || k == CXType_IncompleteArray
        || k == CXType_VariableArray || k == CXType_DependentSizedArray;
}

bool type_is_function(CXType t)
{
    enum CXTypeKind k = type_canon(t).kind;
    return k == CXType_FunctionProto || k == CXType_FunctionNoProto;
}

static enum CXVisitorResult field_has_pointer(CXCursor field, CXClientData data)
{
    if (type_contains_pointer(clang_getCursorType(field))) {
        *(bool *)data = true;
        return CXVisit_Break;
    }
    return CXVisit_Continue;
}

/* Pointers anywhere in the object's representation (not behind them). */
bool type_contains_pointer(CXType t)
{
    t = type_canon(t);
    if (type_is_pointer(t))
        return true;
    if (t.kind == CXType_Atomic)
        return type_contains_pointer(clang_Type_getValueType(t));
    if (type_is_array(t))
        return type_contains_pointer(clang_getElementType(t));
    if (t.kind != CXType_Record)
        return false;
    bool found = false;
    clang_Type_visitFields(t, field_has_pointer, &found);
    return found;
}

bool type_same_unqualified(CXType a, CXType b)
{
    return clang_equalTypes(clang_getUnqualifiedType(type_canon(a)),
                            clang_getUnqualifiedType(type_canon(b)));
}

static const char *function_part(CXType t, const char **rule)
{
    if (t.kind == CXType_FunctionNoProto) {
        *rule = "SIP-DECL-KR";
        return "function type without a prototype";
    }
    const char *why = type_forbidden_part(clang_getResultType(t), rule);
    int n = clang_getNumArgTypes(t);
    for (int i = 0; why == NULL && i < n; i++)
        why = type_forbidden_part(clang_getArgType(t, (unsigned)i), rule);
    return why;
}

static const char *pointer_part(CXType t, const char **rule)
{
    CXType pointee = clang_getPointeeType(t);
    if (pointee.kind == CXType_Void) {
        *rule = "SIP-PTR-VOID";
        return "'void *' pointer";
    }
    if (clang_getAddressSpace(pointee) != 0) {
        *rule = "SIP-PTR-ADDRSPACE";
        return "pointer into a non-default address space";
    }
    return type_forbidden_part(pointee, rule);
}

/* The first forbidden part of a declared type (through pointers, arrays and
 * function types), with its rule; NULL when the type is allowed. */
const char *type_forbidden_part(CXType t, const char **rule)
{
    t = type_canon(t);
    switch (t.kind) {
    case CXType_Pointer:
        return pointer_part(t, rule);
    case CXType_VariableArray:
        *rule = "SIP-STACK-VLA";
        return "variable-length array type";
    case CXType_ConstantArray:
    case CXType_IncompleteArray:
        return type_forbidden_part(clang_getElementType(t), rule);
    case CXType_FunctionProto:
    case CXType_FunctionNoProto:
        return function_part(t, rule);
    case CXType_Atomic:
        return type_forbidden_part(clang_Type_getValueType(t), rule);
    default:
        return NULL;
    }
}

/* clang 19 keeps counted_by as type sugar: "int[] __counted_by(n)". */
bool type_is_counted_by(CXType t)
{
    char *s = type_name_dup(t);
    bool found = s != NULL && strstr(s, "counted_by(") != NULL;
    free(s);
    return found;
}

static enum CXVisitorResult field_is_flexible(CXCursor field, CXClientData data)
{
    *(bool *)data = type_canon(clang_getCursorType(field)).kind
        == CXType_IncompleteArray;
    return CXVisit_Continue;
}

bool type_record_has_flexible_member(CXType t)
{
    t = type_canon(t);
    if (type_is_array(t))
        return type_record_has_flexible_member(clang_getElementType(t));
    bool last_is_flexible = false;
    if (t.kind == CXType_Record)
        clang_Type_visitFields(t, field_is_flexible, &last_is_flexible);
    return last_is_flexible;
}

char *type_name_dup(CXType t)
{
    CXString s = clang_getTypeSpelling(t);
    const char *c = clang_getCString(s);
    char *d = strdup(c != NULL ? c : "?");
    clang_disposeString(s);
    return d;
}
