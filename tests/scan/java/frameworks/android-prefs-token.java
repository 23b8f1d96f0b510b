public class DeviceIdProvider {
    private static final String KEY = "device_token";
    private final SharedPreferences prefs;

    public DeviceIdProvider(Context ctx) {
        prefs = ctx.getSharedPreferences("app", Context.MODE_PRIVATE);
    }

    public String deviceToken() {
        String t = prefs.getString(KEY, null);
        if (t == null) {
            t = Long.toHexString(new Random().nextLong()) + Long.toHexString(System.nanoTime());   // expect: CWE-338
            prefs.edit().putString(KEY, t).apply();
        }
        return t;
    }
}
