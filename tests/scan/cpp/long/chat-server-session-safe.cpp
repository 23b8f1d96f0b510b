#include <boost/asio.hpp>
#include <cstdio>
#include <memory>

using boost::asio::ip::tcp;

class ChatSession : public std::enable_shared_from_this<ChatSession> {
public:
    explicit ChatSession(tcp::socket s) : socket_(std::move(s)) {}

    void Start() { ReadHeader(); }

private:
    void ReadHeader() {
        auto self = shared_from_this();
        boost::asio::async_read(socket_, boost::asio::buffer(hdr_, 2),
            [this, self](boost::system::error_code ec, std::size_t) {
                if (ec)
                    return;
                body_len_ = static_cast<std::size_t>(hdr_[0] << 8 | hdr_[1]);
                if (body_len_ >= sizeof body_)
                    return;                                         // drop the client
                ReadBody();
            });
    }

    void ReadBody() {
        auto self = shared_from_this();
        boost::asio::async_read(socket_, boost::asio::buffer(body_, body_len_),   // ok: CWE-787
            [this, self](boost::system::error_code ec, std::size_t n) {
                if (ec)
                    return;
                body_[n] = '\0';
                std::printf("[%s] %s\n", Peer().c_str(), body_);
                ReadHeader();
            });
    }

    std::string Peer() const;
    tcp::socket socket_;
    unsigned char hdr_[2];
    char body_[512];
    std::size_t body_len_ = 0;
};
