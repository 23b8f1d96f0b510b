stmt.executeUpdate(String.format("UPDATE products SET price = %s WHERE sku = '%s'", price, sku));   // expect: CWE-89
