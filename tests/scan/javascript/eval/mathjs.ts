import { evaluate } from 'mathjs';
export const calc = (expr: string) => evaluate(expr); // ok: CWE-95
