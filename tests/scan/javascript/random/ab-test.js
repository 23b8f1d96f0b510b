function bucket(userId) {
  return Math.random() < 0.5 ? 'A' : 'B'; // expect: CWE-330
}
