export function renderComment(el: HTMLElement, c: { author: string; body: string }) {
  el.innerHTML = `<p class="author">${c.author}</p><div>${c.body}</div>`; // expect: CWE-79
}
