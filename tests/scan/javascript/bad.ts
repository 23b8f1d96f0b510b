// Vulnerable TypeScript (scanned with the JavaScript rules).
import { exec } from "child_process";
export function run(host: string): void {
  exec("ping -c 1 " + host);                                       // expect: CWE-78
  const token: string = Math.random().toString(36);                // expect: CWE-338
  const sql: string = "SELECT * FROM t WHERE id = " + host;        // expect: CWE-89
}
