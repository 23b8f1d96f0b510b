request({ url: feed, strictSSL: false }, (err, resp, body) => parse(body)); // expect: CWE-295
