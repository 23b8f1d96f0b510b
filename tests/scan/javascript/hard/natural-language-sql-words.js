function check(spec, updatedVersion) {
  let message = 'package-lock.json has been renamed';
  if (updatedVersion) {
    message += ` and updated to version ${updatedVersion}`; // ok: CWE-89
  }
  if (!spec.name) throw new TypeError(`Update arguments must only contain package names, eg: ${spec.raw}`); // ok: CWE-89
  return message;
}
