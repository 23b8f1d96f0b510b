        Session session = sessionFactory.getCurrentSession();
        List<Employee> list = session.createQuery("from Employee e where e.department = '" + dept + "'", Employee.class).list();   // expect: CWE-89
