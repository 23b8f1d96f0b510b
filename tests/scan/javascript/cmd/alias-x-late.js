var x = require("child_process");
var fs = require("fs");

function cleanup(dir) {
  fs.readdirSync(dir).forEach(function (f) {
    x.exec("rm -rf " + dir + "/" + f); // expect: CWE-78
  });
}
