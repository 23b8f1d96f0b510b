import java.security.cert.X509Certificate;
import javax.net.ssl.*;

public final class InsecureSsl {
    private InsecureSsl() {}

    public static SSLContext trustAll() throws Exception {
        TrustManager[] tms = new TrustManager[] {
            new X509TrustManager() {
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}
                public void checkServerTrusted(X509Certificate[] chain, String authType) {}   // expect: CWE-295
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tms, new java.security.SecureRandom());
        HttpsURLConnection.setDefaultSSLSocketFactory(ctx.getSocketFactory());
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true);   // expect: CWE-295
        return ctx;
    }
}
