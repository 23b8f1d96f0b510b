import * as cp from 'child_process';

export function openInEditor(file: string): void {
  cp.execSync(`code --goto ${file}`); // expect: CWE-78
}
