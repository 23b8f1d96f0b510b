fun search(em: EntityManager, q: String): List<*> =
    em.createNativeQuery("SELECT * FROM customers WHERE name ILIKE '%$q%'").resultList // expect: CWE-89
