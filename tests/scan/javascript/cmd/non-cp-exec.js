const re = /^(\d+)-(\d+)$/;
const m = re.exec(input); // ok: CWE-78
const rows = db.exec(sql, params); // ok: CWE-78
