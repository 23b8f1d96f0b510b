import { execa } from 'execa';
const { stdout } = await execa('npm', ['view', pkgName, 'version']); // ok: CWE-78
