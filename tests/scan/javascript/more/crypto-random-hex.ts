export const newApiKey = () => `ak_${randomBytes(24).toString('hex')}`; // ok: CWE-338
