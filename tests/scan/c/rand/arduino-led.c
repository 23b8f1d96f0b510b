void loop() {
  int level = random(0, 255);                   // expect: CWE-330
  analogWrite(LED_PIN, level);
  delay(50);
}
