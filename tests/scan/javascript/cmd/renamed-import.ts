import { exec as run } from 'child_process';

export function lint(file: string) {
  run('eslint ' + file, (err, out) => console.log(out)); // expect: CWE-78
}
