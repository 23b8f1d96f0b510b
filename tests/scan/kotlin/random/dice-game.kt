import kotlin.random.Random

class DiceGame(private val players: List<String>) {
    fun roll(): Int = Random.nextInt(1, 7) // expect: CWE-330

    fun playRound(): Map<String, Int> =
        players.associateWith { roll() }
}
