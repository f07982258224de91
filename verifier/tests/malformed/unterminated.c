/* malformed: unterminated comment, brace and string */
int f(void) {
  const char *s = "abc;
  return (1 + ;
/* never closed
