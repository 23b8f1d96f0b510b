#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdexcept>
#include <string>

class TlsClient {
public:
    TlsClient(const std::string &host, bool insecure) : host_(host) {
        ctx_ = SSL_CTX_new(TLS_client_method());
        if (!ctx_)
            throw std::runtime_error("SSL_CTX_new");
        if (insecure)
            SSL_CTX_set_verify(ctx_, SSL_VERIFY_NONE, nullptr);     // expect: CWE-295
        else
            SSL_CTX_set_verify(ctx_, SSL_VERIFY_PEER, nullptr);     // ok: CWE-295
        SSL_CTX_set_default_verify_paths(ctx_);
    }

    ~TlsClient() { SSL_CTX_free(ctx_); }

    SSL *Connect(int fd) {
        SSL *ssl = SSL_new(ctx_);
        SSL_set_fd(ssl, fd);
        SSL_set_tlsext_host_name(ssl, host_.c_str());
        SSL_set1_host(ssl, host_.c_str());
        if (SSL_connect(ssl) != 1) {
            SSL_free(ssl);
            return nullptr;
        }
        return ssl;
    }

private:
    std::string host_;
    SSL_CTX *ctx_ = nullptr;
};
