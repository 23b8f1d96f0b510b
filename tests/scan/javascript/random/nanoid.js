import { nanoid } from 'nanoid';
const inviteCode = nanoid(21); // ok: CWE-338
