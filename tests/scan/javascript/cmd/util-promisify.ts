import { promisify } from 'util';
import { exec as execCb } from 'child_process';

const exec = promisify(execCb);

export async function diskUsage(dir: string) {
  const { stdout } = await exec(`du -sh ${dir}`); // expect: CWE-78
  return stdout.split('\t')[0];
}
