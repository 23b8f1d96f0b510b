import DOMPurify from 'dompurify';
export function renderComment(el: HTMLElement, c: { author: string; body: string }) {
  el.innerHTML = DOMPurify.sanitize(`<p class="author">${c.author}</p><div>${c.body}</div>`); // ok: CWE-79
}
