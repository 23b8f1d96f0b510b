for (const name of names) {
  list.innerHTML += '<li>' + name + '</li>'; // expect: CWE-79
}
