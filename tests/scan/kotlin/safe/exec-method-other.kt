class CommandBus(private val handlers: Map<String, Handler>) {
    fun exec(name: String, payload: Payload) = handlers.getValue(name).handle(payload) // ok: CWE-78
}

fun dispatch(bus: CommandBus, req: Request) = bus.exec(req.command, req.payload)
