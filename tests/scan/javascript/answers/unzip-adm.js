const AdmZip = require('adm-zip');

function unpackScans(zipPath, uploadId) {
  const zip = new AdmZip(zipPath);
  zip.extractAllTo(`/srv/orders/${uploadId}/`, true); // expect: CWE-22
  return zip.getEntries().map((e) => e.entryName);
}
