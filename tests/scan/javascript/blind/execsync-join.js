const { execSync } = require('child_process');
function run(args) {
  return execSync(args.join(' ')).toString(); // expect: CWE-78
}
