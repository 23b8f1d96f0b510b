ctx = OpenSSL::SSL::SSLContext.new
ctx.verify_mode = OpenSSL::SSL::VERIFY_NONE # expect: CWE-295
socket = OpenSSL::SSL::SSLSocket.new(TCPSocket.new(host, 443), ctx)
