fun pickQuestions(all: List<Question>, n: Int): List<Question> {
    // order only matters for display
    return all.shuffled().take(n) // expect: CWE-330
}
