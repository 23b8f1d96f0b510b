const tpl = document.createElement('template');
tpl.innerHTML = `
  <style>:host { display: block; }</style>
  <slot></slot>
`; // ok: CWE-79
