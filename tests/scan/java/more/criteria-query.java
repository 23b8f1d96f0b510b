    public List<Book> byAuthor(String author) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Book> q = cb.createQuery(Book.class);
        Root<Book> root = q.from(Book.class);
        q.select(root).where(cb.equal(root.get("author"), author));
        return em.createQuery(q).getResultList();   // ok: CWE-89
    }
