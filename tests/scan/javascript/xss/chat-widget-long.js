// chat widget: renders messages pushed over a websocket
(function () {
  const socket = new WebSocket(`wss://${location.host}/chat`);
  const log = document.querySelector('#chat-log');
  const form = document.querySelector('#chat-form');
  const input = form.querySelector('input');

  function addMessage(msg) {
    const li = document.createElement('li');
    li.className = msg.self ? 'me' : 'them';
    li.innerHTML = '<b>' + msg.user + '</b>: ' + msg.text; // expect: CWE-79
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
