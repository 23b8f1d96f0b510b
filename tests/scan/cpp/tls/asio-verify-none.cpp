#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>

namespace ssl = boost::asio::ssl;
using tcp = boost::asio::ip::tcp;

std::string FetchMetrics(boost::asio::io_context &io, const std::string &host) {
    ssl::context ctx(ssl::context::tls_client);
    ctx.set_verify_mode(ssl::verify_none);                          // expect: CWE-295
    ssl::stream<tcp::socket> stream(io, ctx);
    tcp::resolver resolver(io);
    boost::asio::connect(stream.next_layer(), resolver.resolve(host, "443"));
    stream.handshake(ssl::stream_base::client);
    std::string req = "GET /metrics HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
    boost::asio::write(stream, boost::asio::buffer(req));
    boost::asio::streambuf resp;
    boost::system::error_code ec;
    boost::asio::read(stream, resp, ec);
    return {boost::asio::buffers_begin(resp.data()), boost::asio::buffers_end(resp.data())};
}
