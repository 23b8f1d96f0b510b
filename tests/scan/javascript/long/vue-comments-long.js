// comments.js - plain DOM version of the comments widget
import { api } from './api.js';

const list = document.querySelector('#comments');
const form = document.querySelector('#comment-form');

async function load(postId) {
  const comments = await api.get(`/posts/${postId}/comments`);
  list.innerHTML = comments // expect: CWE-79
    .map((c) => `<li><strong>${c.author}</strong> <time>${c.date}</time><p>${c.text}</p></li>`)
    .join('');
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const data = new FormData(form);
  await api.post(`/posts/${form.dataset.post}/comments`, {
    text: data.get('text'),
  });
  form.reset();
  load(form.dataset.post);
});

load(form.dataset.post);
