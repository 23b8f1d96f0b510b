function open(url) {
  require('child_process').exec('xdg-open ' + url); // expect: CWE-78
}
