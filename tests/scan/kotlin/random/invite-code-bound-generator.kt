class InviteService(private val repo: InviteRepository) {
    private val alphabet = ('A'..'Z') + ('2'..'9')

    fun create(teamId: Long): Invite {
        val rng = java.util.Random() // expect: CWE-338
        val inviteCode = (1..10).map { alphabet[rng.nextInt(alphabet.size)] }.joinToString("")
        return repo.save(Invite(teamId = teamId, code = inviteCode))
    }
}
