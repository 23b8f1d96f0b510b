function schedule(cb, delay) {
  setTimeout(() => window[cb](), delay); // ok: CWE-95
}
