package com.shop.repo;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.springframework.stereotype.Repository;

@Repository
public class ProductSearchRepository {
    @PersistenceContext
    private EntityManager em;

    public List<Product> search(String name, String sort) {
        String jpql = "SELECT p FROM Product p WHERE p.name LIKE '%" + name + "%' ORDER BY p." + sort;
        return em.createQuery(jpql, Product.class)   // expect: CWE-89
                 .setMaxResults(50)
                 .getResultList();
    }

    public List<Product> byCategory(long categoryId) {
        return em.createQuery("SELECT p FROM Product p WHERE p.category.id = :cid", Product.class)   // ok: CWE-89
                 .setParameter("cid", categoryId)
                 .getResultList();
    }
}
