function schedule(cb, delay) {
  setTimeout('window.' + cb + '()', delay); // expect: CWE-95
}
