// comments.js - plain DOM version of the comments widget
import { api } from './api.js';

const list = document.querySelector('#comments');
const form = document.querySelector('#comment-form');

function item(c) {
  const li = document.createElement('li');
  const who = document.createElement('strong');
  who.textContent = c.author;
  const p = document.createElement('p');
  p.textContent = c.text; // ok: CWE-79
  li.append(who, ' ', p);
  return li;
}

async function load(postId) {
  const comments = await api.get(`/posts/${postId}/comments`);
  list.replaceChildren(...comments.map(item));
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const data = new FormData(form);
  await api.post(`/posts/${form.dataset.post}/comments`, { text: data.get('text') });
  form.reset();
  load(form.dataset.post);
});
