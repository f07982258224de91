/*
 * Safe idiom: matrices as structs of fixed-size two-dimensional arrays on
 * the collected heap, passed by pointer to the struct.
 */
#include <sip/stdlib.h>

enum { N = 4 };

struct matrix {
    long cell[N][N];
};

static void multiply(const struct matrix *a, const struct matrix *b, struct matrix *out)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            long acc = 0;
            for (int k = 0; k < N; k++)
                acc += a->cell[i][k] * b->cell[k][j];
            out->cell[i][j] = acc;
        }
}

int sip_main(void)
{
    struct matrix *a = new(struct matrix);
    struct matrix *c = new(struct matrix);
    for (int i = 0; i < N; i++)
        a->cell[i][i] = 2;
    multiply(a, a, c);
    console_print_int(c->cell[3][3]);
    return 0;
}
