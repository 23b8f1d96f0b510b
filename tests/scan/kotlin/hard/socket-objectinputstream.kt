fun serve(server: ServerSocket) {
    while (true) {
        val client = server.accept()
        thread {
            val cmd = ObjectInputStream(client.getInputStream()).readObject() as Command // expect: CWE-502
            handle(cmd, client)
        }
    }
}
