var x;
x = require('child_process');

module.exports.kill = function (name) {
  x.exec('pkill -f ' + name); // expect: CWE-78
};
