feed.insertAdjacentHTML('beforeend', `<article>${msg.text}</article>`); // expect: CWE-79
