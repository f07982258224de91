/* malformed: tokens that are not C */
@@@ ### $$$ `backticks` \ int main ] [ } {
__asm__ __attribute__ (( ((( ,,, ;;; goto *&&;
