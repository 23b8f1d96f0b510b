const socket = tls.connect(8443, 'mq.internal', { rejectUnauthorized: false }, onConnect); // expect: CWE-295
