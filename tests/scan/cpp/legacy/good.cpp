// Safe twins of bad.cpp: nothing here may be flagged.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>
#include <libgen.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <libxml/parser.h>

const std::string api_key = std::getenv("API_KEY") ? std::getenv("API_KEY") : ""; // ok: CWE-798

void copy(const std::string &name) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s", name.c_str());             // ok: CWE-120
    std::snprintf(buf, sizeof buf, "user=%s", name.c_str());        // ok: CWE-120
    std::memcpy(buf, name.c_str(), std::min(name.size(), sizeof buf - 1)); // ok: CWE-787
    std::vector<char> tmp(name.size());                             // ok: CWE-121
    std::printf("%s", buf);                                         // ok: CWE-134
    std::vector<int> v(name.size());                                // ok: CWE-190
    auto raw = R"(strcpy(buf, name) "quoted" inside a raw string)"; // ok: CWE-120
    (void)raw;
}

void run(const std::string &host) {
    const char *argv[] = {"ping", "-c", "1", host.c_str(), nullptr};
    execvp("ping", const_cast<char *const *>(argv));                // ok: CWE-78
}

void crypto(const std::string &password, unsigned char *out) {
    EVP_Digest("x", 1, out, nullptr, EVP_sha256(), nullptr);         // ok: CWE-328
    EVP_EncryptInit_ex(nullptr, EVP_aes_256_gcm(), nullptr, nullptr, nullptr); // ok: CWE-327
    PKCS5_PBKDF2_HMAC(password.data(), password.size(), out, 16, 600000, EVP_sha256(), 32, out); // ok: CWE-916
}

int reset_token() { int v; RAND_bytes(reinterpret_cast<unsigned char *>(&v), sizeof v); return v; } // ok: CWE-338

void tls(SSL_CTX *ctx) { SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr); } // ok: CWE-295

void sql(sqlite3 *db) {
    sqlite3_prepare_v2(db, "DELETE FROM sessions WHERE user = ?", -1, nullptr, nullptr); // ok: CWE-89
}

void files(const char *name) {
    char tmpl[] = "/tmp/cache-XXXXXX";
    int fd = mkstemp(tmpl);                                         // ok: CWE-377
    chmod("/srv/shared", 0750);                                     // ok: CWE-732
    std::string copy(name);
    char path[256];
    std::snprintf(path, sizeof path, "/var/www/%s", basename(copy.data())); // ok: CWE-22
    long big = 1'000'000;                                           // digit separators are not quotes
    (void)fd; (void)big;
}

void xml(const char *b, int n) { xmlReadMemory(b, n, nullptr, nullptr, XML_PARSE_NONET); } // ok: CWE-611
