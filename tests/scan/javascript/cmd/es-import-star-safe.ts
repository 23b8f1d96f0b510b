import * as cp from 'child_process';

export function openInEditor(file: string): void {
  cp.spawnSync('code', ['--goto', file], { stdio: 'inherit' }); // ok: CWE-78
}
