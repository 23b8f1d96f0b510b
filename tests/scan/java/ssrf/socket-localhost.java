        try (Socket s = new Socket("localhost", 6379)) {   // ok: CWE-918
            s.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
        }
