        String target = "http://" + request.getParameter("server") + ":8080/status";
        HttpURLConnection c = (HttpURLConnection) new URL(target).openConnection();   // expect: CWE-918
