public class ThumbnailService {
    private String sourceUrl;

    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }

    public BufferedImage thumbnail() throws IOException {
        BufferedImage img = ImageIO.read(new URL(this.sourceUrl));   // expect: CWE-918
        return Scalr.resize(img, 128);
    }
}
