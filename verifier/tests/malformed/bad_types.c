/* malformed: invalid types and casts clang rejects */
struct undefined_t x;
void f(void) { int a = (struct undefined_t)3; undefined_name(1)->y[2] = &&; _Generic(); }
