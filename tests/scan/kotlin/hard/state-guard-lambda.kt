class TransitionBuilder<S, E> {
    private val transitions = mutableListOf<Transition<S, E>>()

    fun on(event: KClass<out E>, guard: (S, E) -> Boolean = { _, _ -> true }, to: (S) -> S) { // ok: CWE-295
        transitions += Transition(event, guard, to)
    }
}
