window.location.href = '/dashboard'; // ok: CWE-601
