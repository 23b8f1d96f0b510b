fun archiveOlderThan(days: Int) = transaction {
    Orders.update({ Orders.createdAt less LocalDateTime.now().minusDays(days.toLong()) }) {
        it[archived] = true
    }
}
