/*
 * echo-client — test SIP: binds names through the name service
 * (insula/naming.h). Binding "secret" must be refused by the policy;
 * binding "nobody" (allowed, never published) must time out; binding
 * "echo" (retried while the server starts) gives a channel to the
 * server, past its Hello; then Goodbye, AckGoodbye.
 */
#include <insula/naming.h>
#include <insula/stdlib.h>

SIP_MANIFEST("echo-client", .stack_bytes = 16 * 1024, .heap_bytes = 128 * 1024,
             .imports = { "NameService", "Service" });

int main(const char *args)
{
    (void)args;
    if (service_bind("secret", 0).err != ERR_DENIED)
        return 2;
    print("echo-client: binding 'secret' refused by the policy\n");
    if (service_bind("nobody", 100).err != ERR_TIMEOUT)    /* allowed, never published */
        return 6;
    service_result_t echo = service_bind("echo", 2000);
    if (echo.err != OK)
        return 3;
    print("echo-client: bound 'echo'; the service said hello (version %u)\n", echo.version);
    return service_goodbye(echo.h) == OK ? 0 : 4;
}
