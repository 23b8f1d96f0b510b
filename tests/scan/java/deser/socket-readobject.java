    public void run() {
        try (Socket client = server.accept();
             ObjectInputStream in = new ObjectInputStream(client.getInputStream())) {
            Command cmd = (Command) in.readObject();   // expect: CWE-502
            dispatcher.handle(cmd);
        } catch (Exception e) {
            log.warn("bad client", e);
        }
    }
