container.innerHTML = '<div class="spinner"></div>'; // ok: CWE-79
list.innerHTML = ''; // ok: CWE-79
