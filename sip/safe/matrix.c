/*
 * safe-matrix — multiplies two 6x6 integer matrices (A[i][j] = i + 2j - 3,
 * B[i][j] = (i * j) % 5 - 2) through pointers to whole arrays, and raises
 * A to the 4th power. Prints:
 *   safe-matrix: trace(AB)=<t> sum(AB)=<s> AB[5][5]=<v> trace(A^4)=<t4>
 */
#include <insula/stdlib.h>

SIP_MANIFEST("safe-matrix", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

#define N 6

typedef struct {
    int64_t m[N][N];
} matrix_t;

static void multiply(const matrix_t *a, const matrix_t *b, matrix_t *out)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int64_t acc = 0;
            for (int k = 0; k < N; k++)
                acc += a->m[i][k] * b->m[k][j];
            out->m[i][j] = acc;
        }
}

static int64_t trace(const matrix_t *a)
{
    int64_t t = 0;
    for (int i = 0; i < N; i++)
        t += a->m[i][i];
    return t;
}

int main(const char *args)
{
    (void)args;
    matrix_t *a = new(matrix_t), *b = new(matrix_t), *ab = new(matrix_t);
    matrix_t *a2 = new(matrix_t), *a4 = new(matrix_t);
    if (a == NULL || b == NULL || ab == NULL || a2 == NULL || a4 == NULL)
        return 2;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a->m[i][j] = i + 2 * j - 3;
            b->m[i][j] = (i * j) % 5 - 2;
        }
    multiply(a, b, ab);
    multiply(a, a, a2);
    multiply(a2, a2, a4);
    int64_t sum = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            sum += ab->m[i][j];
    print("safe-matrix: trace(AB)=%lld sum(AB)=%lld AB[5][5]=%lld trace(A^4)=%lld\n",
          (long long)trace(ab), (long long)sum, (long long)ab->m[N - 1][N - 1],
          (long long)trace(a4));
    return 0;
}
