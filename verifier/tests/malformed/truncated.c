/* malformed: the file ends in the middle of a declaration */
struct s { int *p; union { long a; int *b; } u;
int g(struct s *x) { return x->
