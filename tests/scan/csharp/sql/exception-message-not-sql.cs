            throw new InvalidOperationException("Update failed for order " + orderId);   // ok: CWE-89
            _logger.LogInformation($"Select returned {rows.Count} rows for {tenant}");
