const id = 'field-' + Math.random().toString(36).slice(2); // expect: CWE-330
label.htmlFor = id;
