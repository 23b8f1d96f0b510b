        byte[] data = Base64.getDecoder().decode(cookie.getValue());
        Preferences prefs = gson.fromJson(new String(data, StandardCharsets.UTF_8), Preferences.class);   // ok: CWE-502
