/* A trusted header that does not parse: sipcheck must refuse to run
   (it could not know the names trusted code owns, SIP-DECL-TRUSTED). */
int broken(long;
