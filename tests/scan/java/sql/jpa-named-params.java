package com.shop.repo;

import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.springframework.stereotype.Repository;

@Repository
public class ProductSearchRepository {
    private static final Set<String> SORTABLE = Set.of("name", "price", "created");

    @PersistenceContext
    private EntityManager em;

    public List<Product> search(String name, String sort) {
        String column = SORTABLE.contains(sort) ? sort : "name";
        return em.createQuery("SELECT p FROM Product p WHERE p.name LIKE :n ORDER BY p.name", Product.class)   // ok: CWE-89
                 .setParameter("n", "%" + name + "%")
                 .setMaxResults(50)
                 .getResultList();
    }
}
