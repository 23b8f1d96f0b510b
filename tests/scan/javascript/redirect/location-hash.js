const target = new URLSearchParams(window.location.search).get('redirect');
window.location.href = target; // expect: CWE-601
