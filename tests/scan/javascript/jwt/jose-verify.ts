import { jwtVerify } from 'jose';
const { payload } = await jwtVerify(token, key, { issuer: 'urn:acme', algorithms: ['ES256'] }); // ok: CWE-347
