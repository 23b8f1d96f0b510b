@Composable
fun SelectionBar(selected: List<Photo>, onDelete: () -> Unit) {
    Row(verticalAlignment = Alignment.CenterVertically) {
        Text("Select ${selected.size} photos", style = MaterialTheme.typography.titleMedium)
        Spacer(Modifier.weight(1f))
        TextButton(onClick = onDelete) { Text("Delete ${selected.size}") }
        Text(text = "Update $lastSync", color = Color.Gray)
    }
}
