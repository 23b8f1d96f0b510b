        Session session = sessionFactory.getCurrentSession();
        List<Employee> list = session.createQuery("from Employee e where e.department = :d", Employee.class)   // ok: CWE-89
                .setParameter("d", dept).list();
