// chat widget: renders messages pushed over a websocket
(function () {
  const socket = new WebSocket(`wss://${location.host}/chat`);
  const log = document.querySelector('#chat-log');
  const form = document.querySelector('#chat-form');
  const input = form.querySelector('input');

  function addMessage(msg) {
    const li = document.createElement('li');
    li.className = msg.self ? 'me' : 'them';
    const who = document.createElement('b');
    who.textContent = msg.user; // ok: CWE-79
    li.append(who, ': ' + msg.text);
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
  }

  socket.addEventListener('message', (ev) => {
    addMessage(JSON.parse(ev.data));
  });

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    socket.send(JSON.stringify({ text: input.value }));
    input.value = '';
  });
})();
