public class PreferencesCodec {
    public static String toCookie(Preferences prefs) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(bos)) {
            oos.writeObject(prefs);
        }
        return Base64.getUrlEncoder().encodeToString(bos.toByteArray());
    }

    public static Preferences fromCookie(String value) throws IOException, ClassNotFoundException {
        byte[] data = Base64.getUrlDecoder().decode(value);
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return (Preferences) ois.readObject();   // expect: CWE-502
        }
    }
}
