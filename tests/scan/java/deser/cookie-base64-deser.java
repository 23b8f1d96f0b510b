        byte[] data = Base64.getDecoder().decode(cookie.getValue());
        ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(data));
        Preferences prefs = (Preferences) ois.readObject();   // expect: CWE-502
