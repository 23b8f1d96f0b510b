        URL url = new URL("https://api.github.com/repos/acme/widget/releases/latest");   // ok: CWE-918
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
