particles.forEach((p) => {
  p.vx = (Math.random() - 0.5) * 2; // expect: CWE-330
  p.vy = Math.random() * -3; // expect: CWE-330
});
