const { execSync: sh } = require('child_process');

function checkout(branch) {
  sh(`git checkout ${branch}`, { stdio: 'inherit' }); // expect: CWE-78
}
