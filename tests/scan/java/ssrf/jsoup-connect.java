        Document doc = Jsoup.connect(request.getParameter("page")).get();   // expect: CWE-918
        String title = doc.title();
