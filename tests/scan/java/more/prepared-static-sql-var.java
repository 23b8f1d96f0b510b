    private static final String FIND_BY_SKU = "SELECT id, sku, name FROM products WHERE sku = ?";

    public Optional<Product> findBySku(String sku) {
        List<Product> rows = jdbcTemplate.query(FIND_BY_SKU, productMapper, sku);   // ok: CWE-89
        return rows.stream().findFirst();
    }
