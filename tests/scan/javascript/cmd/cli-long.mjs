#!/usr/bin/env node
// release helper: tag and publish the current package
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const args = process.argv.slice(2);
const message = args[0] || `release ${pkg.version}`;

function run(cmd) {
  console.log('$', cmd);
  return execSync(cmd, { stdio: 'inherit' }); // expect: CWE-78
}

run('npm test');
run(`git commit -am "${message}"`);
run(`git tag v${pkg.version}`);
run('git push --follow-tags');
run('npm publish');

console.log(`published ${pkg.name}@${pkg.version}`);
if (args.includes('--notify')) {
  await fetch('https://hooks.example.com/release', {
    method: 'POST',
    body: JSON.stringify({ name: pkg.name, version: pkg.version }),
  });
}
