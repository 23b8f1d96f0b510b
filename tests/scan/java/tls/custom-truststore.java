import java.io.InputStream;
import java.security.KeyStore;
import javax.net.ssl.*;

public final class PinnedSsl {
    private PinnedSsl() {}

    public static SSLContext withCompanyCa(InputStream trustStore, char[] pass) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(trustStore, pass);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);   // ok: CWE-295
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
