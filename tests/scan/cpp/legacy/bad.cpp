// Vulnerable C++: every line marked expect: must be flagged with that CWE.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <openssl/sha.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <libxml/parser.h>

const std::string api_key = "AK-93jf82hf8HF2";                      // expect: CWE-798

void copy(const std::string &name) {
    char buf[64];
    std::strcpy(buf, name.c_str());                                 // expect: CWE-120
    std::sprintf(buf, "user=%s", name.c_str());                     // expect: CWE-120
    std::memcpy(buf, name.c_str(), strlen(name.c_str()));           // expect: CWE-787
    char tmp[name.size()];                                          // expect: CWE-121
    std::printf(buf);                                               // expect: CWE-134
    auto *v = static_cast<int *>(std::malloc(name.size() * sizeof(int))); // expect: CWE-190
    (void)tmp; (void)v;
}

void run(const std::string &host) {
    std::string cmd = "ping -c 1 " + host;
    std::system(cmd.c_str());                                       // expect: CWE-78
}

void sql(const char *user) {
    char q[256];
    std::snprintf(q, sizeof q, "DELETE FROM sessions WHERE user = '%s'", user); // expect: CWE-89
}

void crypto(const std::string &password, unsigned char *out) {
    SHA1(reinterpret_cast<const unsigned char *>("x"), 1, out);      // expect: CWE-328
    EVP_EncryptInit_ex(nullptr, EVP_rc4(), nullptr, nullptr, nullptr); // expect: CWE-327
    SHA256(reinterpret_cast<const unsigned char *>(password.data()), password.size(), out); // expect: CWE-916
}

int reset_token() { return std::rand(); }                           // expect: CWE-338

void tls(SSL_CTX *ctx) { SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr); } // expect: CWE-295

void files(const char *name) {
    std::FILE *f = std::fopen("/tmp/cache.dat", "w");               // expect: CWE-377
    chmod("/srv/shared", 0777);                                     // expect: CWE-732
    char path[256];
    std::snprintf(path, sizeof path, "/var/www/%s", name);          // expect: CWE-22
    (void)f;
}

void xml(const char *b, int n) { xmlReadMemory(b, n, nullptr, nullptr, XML_PARSE_DTDLOAD); } // expect: CWE-611
