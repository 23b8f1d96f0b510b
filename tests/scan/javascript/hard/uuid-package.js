import { v4 as uuidv4 } from 'uuid';
const resetToken = uuidv4(); // ok: CWE-338
