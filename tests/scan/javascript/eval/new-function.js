function compileFilter(expr) {
  return new Function('row', 'return ' + expr + ';'); // expect: CWE-95
}
