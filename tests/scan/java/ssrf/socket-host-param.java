        String host = request.getParameter("host");
        int port = Integer.parseInt(request.getParameter("port"));
        try (Socket s = new Socket(host, port)) {   // expect: CWE-918
            return s.isConnected() ? "open" : "closed";
        }
