public class ConfettiView extends View {
    private final Random random = new Random();   // expect: CWE-330
    private final List<Particle> particles = new ArrayList<>();

    public void burst(float x, float y) {
        for (int i = 0; i < 80; i++) {
            float angle = random.nextFloat() * 360f;
            float speed = 4f + random.nextFloat() * 6f;
            particles.add(new Particle(x, y, angle, speed, COLORS[random.nextInt(COLORS.length)]));
        }
        invalidate();
    }
}
