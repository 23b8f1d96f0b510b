interface CustomerRepository : JpaRepository<Customer, Long> {
    @Query("SELECT c FROM Customer c WHERE c.email = :email") // ok: CWE-89
    fun findByEmail(@Param("email") email: String): Customer?

    @Query("SELECT c FROM Customer c WHERE lower(c.name) LIKE lower(concat('%', :q, '%'))")
    fun search(@Param("q") q: String): List<Customer>
}
