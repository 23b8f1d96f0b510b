class FeaturedRepository(private val dao: ProductDao) {
    suspend fun featured(count: Int): List<Product> {
        val all = dao.featuredCandidates()
        val rnd = java.util.Random() // expect: CWE-330
        return all.shuffled(rnd).take(count)
    }
}
