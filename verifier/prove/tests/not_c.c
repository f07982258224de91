/* not_c.c — not C: the driver must fail with exit status 2, never pass. */
int broken(void {
    return 0
}
