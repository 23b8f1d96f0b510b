import { execSync } from 'node:child_process';

export function branchExists(name) {
  try {
    execSync(`git rev-parse --verify ${name}`, { stdio: 'ignore' }); // expect: CWE-78
    return true;
  } catch {
    return false;
  }
}
