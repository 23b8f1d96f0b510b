public interface CustomerRepository extends JpaRepository<Customer, Long> {
    @Query("SELECT c FROM Customer c WHERE c.email = :email")   // ok: CWE-89
    Optional<Customer> findByEmail(@Param("email") String email);
}
