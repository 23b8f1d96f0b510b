Excon.defaults[:ssl_verify_peer] = false # expect: CWE-295
